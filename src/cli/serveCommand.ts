import { FAULTS, startEmulator, type FaultName } from '../emulator/index.js';
import { intOption, type Command } from './command.js';
import { listenForStop } from './listenForStop.js';

const faultList = (): string => {
  const width = Math.max(...FAULTS.map((fault) => fault.name.length));
  const checkWidth = Math.max(...FAULTS.map((fault) => fault.check.length));
  return FAULTS.map((fault) => `${fault.name.padEnd(width)}  ${fault.check.padEnd(checkWidth)}  ${fault.description}\n`).join('');
};

export const serveCommand: Command = {
  name: 'serve',
  summary:
    'Runs the reference emulator on loopback: every resource of the descriptions given with --spec (default:\n' +
    'the bundled Chat v2 Members, Conversations v1 Participants and Proxy v1 Participants), statefully.\n' +
    'Each description is served under /{domain} of its server (https://chat.twilio.com → /chat, api → /api),\n' +
    'and every path that only one loaded description has is also served at the root.\n' +
    'Prints one JSON line {baseUrl, accountSid, authToken, fixtures, baseUrls} and serves until stopped;\n' +
    'baseUrls names where each spec id is served. With --fault, one named defect is switched on (see\n' +
    '--list-faults).\n\n' +
    'To stop it: SIGTERM, SIGINT (Ctrl-C) or SIGHUP to this process. It also stops when its parent process\n' +
    'exits (npx, a supervisor), and, when spawned with a pipe as stdin, when that pipe is closed: from code,\n' +
    "spawn it with stdio ['pipe', 'pipe', 'inherit'] and call child.stdin.end() (or child.kill()).",
  usage: 'apiconform serve [--spec FILE|DIR]... [--port N] [--host ADDRESS] [--seed N] [--fault NAME] [--list-faults]',
  options: {
    spec: { type: 'string', multiple: true },
    port: { type: 'string' },
    host: { type: 'string' },
    seed: { type: 'string' },
    fault: { type: 'string' },
    'list-faults': { type: 'boolean' },
  },
  help:
    '      --spec FILE|DIR      an OpenAPI description, or a directory of them (repeatable; default: the bundled specs)\n' +
    '      --port N             port to listen on (default 0: a free port)\n' +
    '      --host ADDRESS       address to listen on (default 127.0.0.1)\n' +
    '      --seed N             same seed, same SIDs and credentials (default: random)\n' +
    '      --fault NAME         switch on one named defect (for testing the conformance suite)\n' +
    '      --list-faults        print the faults (name, check id, description) and exit',
  async run({ values }, io) {
    if (values['list-faults']) {
      io.stdout(faultList());
      return 0;
    }
    const port = intOption('port', values.port, 0, 65535);
    const seed = intOption('seed', values.seed, 0, 4294967295);
    // Listen for signals before the line is printed: a caller may signal as soon as it reads it.
    const signals = listenForStop();
    const specs = ([values.spec ?? []].flat() as string[]).filter((given) => given !== '');
    const emulator = await startEmulator({
      ...(specs.length === 0 ? {} : { specs }),
      ...(port === undefined ? {} : { port }),
      ...(seed === undefined ? {} : { seed }),
      ...(typeof values.host === 'string' ? { host: values.host } : {}),
      ...(typeof values.fault === 'string' ? { fault: values.fault as FaultName } : {}),
    }).catch((error: unknown) => {
      signals.dispose();
      throw error;
    });
    const { baseUrl, accountSid, authToken, fixtures, fault, baseUrls } = emulator;
    signals.watchParent();
    io.stdout(`${JSON.stringify({ baseUrl, accountSid, authToken, fixtures, ...(fault ? { fault } : {}), baseUrls })}\n`);
    await signals.stopped;
    await emulator.close();
    return 0;
  },
};
