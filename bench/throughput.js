// Sections 2 and 3, in this process: validation throughput (project validators vs plain Ajv2020) and
// generation throughput (validCase / invalidCases per operation).
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { startEmulator } from '../dist/emulator/index.js';
import { invalidCases, uniqueTag, validCase } from '../dist/generate/index.js';
import { compileSchema, loadSpecs } from '../dist/spec/index.js';
import { median, PROJECT_SPECS, round } from './lib.js';

const addFormats = createRequire(import.meta.url)('ajv-formats');

/** Calls `fn` in batches until `ms` have passed; calls per second. */
function rate(fn, ms) {
  let calls = 0;
  let batch = 64;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i += 1) fn();
    calls += batch;
    elapsed = performance.now() - started;
    if (elapsed < ms / 20) batch *= 2;
  }
  return (calls / elapsed) * 1000;
}

/** A real Chat member and a real 50-member list page, from the emulator (so both are valid). */
async function chatBodies() {
  const emulator = await startEmulator({ seed: 7 });
  try {
    const { ServiceSid, ChannelSid } = emulator.fixtures.chat_v2;
    const base = `${emulator.baseUrl}/v2/Services/${ServiceSid}/Channels/${ChannelSid}/Members`;
    const authorization = `Basic ${Buffer.from(`${emulator.accountSid}:${emulator.authToken}`).toString('base64')}`;
    let member;
    for (let i = 0; i < 50; i += 1) {
      const response = await fetch(base, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ Identity: `bench-user-${i}`, Attributes: JSON.stringify({ i, role: 'bench' }) }),
      });
      if (response.status !== 201) throw new Error(`create member: ${response.status} ${await response.text()}`);
      member = await response.json();
    }
    const page = await (await fetch(`${base}?PageSize=50`, { headers: { authorization } })).json();
    return { member, page };
  } finally {
    await emulator.close();
  }
}

export async function benchValidation({ reps, ms, log }) {
  const index = await loadSpecs(PROJECT_SPECS);
  const op = (id) => index.operations.find((o) => o.operationId === id);
  const schemaOf = (id, status) => op(id).responses.find((r) => r.status === status).schema;
  const { member, page } = await chatBodies();
  if (page.members?.length !== 50) throw new Error(`expected a page of 50 members, got ${page.members?.length}`);
  let plainOptions = 'default options (new Ajv2020(); addFormats(ajv))';
  const plainAjv = () => {
    const ajv = new Ajv2020();
    addFormats(ajv);
    return ajv;
  };
  const subjects = [
    { name: 'Chat member (FetchMember 200)', schema: schemaOf('FetchMember', '200'), data: member },
    { name: 'Chat list page of 50 (ListMember 200)', schema: schemaOf('ListMember', '200'), data: page },
  ];
  const results = [];
  for (const subject of subjects) {
    const ours = compileSchema(subject.schema);
    let plain;
    try {
      plain = plainAjv().compile(subject.schema);
    } catch (error) {
      // Strict mode refuses something in the schema: say so and fall back to strict: false.
      plainOptions = `{ strict: false } (default options refused the schema: ${error.message})`;
      const ajv = new Ajv2020({ strict: false });
      addFormats(ajv);
      plain = ajv.compile(subject.schema);
    }
    const oursIssues = ours(subject.data);
    if (oursIssues.length > 0 || !plain(subject.data)) {
      throw new Error(`${subject.name}: the sample is not valid: ${JSON.stringify(oursIssues)} ${JSON.stringify(plain.errors)}`);
    }
    rate(() => ours(subject.data), 100);
    rate(() => plain(subject.data), 100);
    const samples = [];
    for (let rep = 0; rep < reps; rep += 1) {
      // Side by side, alternating which goes first.
      const [a, b] = rep % 2 === 0 ? [ours, plain] : [plain, ours];
      const first = rate(() => a(subject.data), ms);
      const second = rate(() => b(subject.data), ms);
      const oursRate = rep % 2 === 0 ? first : second;
      const plainRate = rep % 2 === 0 ? second : first;
      samples.push({ oursPerSec: oursRate, plainPerSec: plainRate, ratio: oursRate / plainRate });
    }
    const row = {
      name: subject.name,
      bytes: Buffer.byteLength(JSON.stringify(subject.data)),
      reps,
      oursPerSec: round(median(samples.map((s) => s.oursPerSec)), 0),
      plainPerSec: round(median(samples.map((s) => s.plainPerSec)), 0),
      ratio: round(median(samples.map((s) => s.ratio)), 3),
      samples: samples.map((s) => ({ oursPerSec: round(s.oursPerSec, 0), plainPerSec: round(s.plainPerSec, 0), ratio: round(s.ratio, 3) })),
    };
    log(`  validation ${row.name}: ours ${row.oursPerSec}/s, plain ${row.plainPerSec}/s, ratio ${row.ratio}`);
    results.push(row);
  }
  return { plainAjv: plainOptions, oursAjv: 'createAjv(): allErrors, strict false, vendor formats, contentMediaType keyword; wrapped by compileSchema (errors → issues)', subjects: results };
}

export async function benchGeneration({ reps, validPerRep, basesPerRep, seed, log }) {
  const index = await loadSpecs(PROJECT_SPECS);
  const emulator = await startEmulator({ seed });
  const fixtures = emulator.fixtures;
  await emulator.close();
  const rows = [];
  for (const resource of index.resources) {
    for (const operation of Object.values(resource.operations)) {
      const ids = resource.idParam ? { [resource.idParam]: 'placeholder' } : {};
      const arbitrary = validCase(operation, fixtures[operation.specId] ?? {}, { ids, unique: uniqueTag('bench') });
      const bases = fc.sample(arbitrary, { seed, numRuns: basesPerRep });
      fc.sample(arbitrary, { seed: seed + 1, numRuns: 20 }); // warm-up
      invalidCases(operation, bases[0]);
      const samples = [];
      for (let rep = 0; rep < reps; rep += 1) {
        let started = performance.now();
        const cases = fc.sample(arbitrary, { seed: seed + rep, numRuns: validPerRep });
        const validMs = performance.now() - started;
        started = performance.now();
        let invalid = 0;
        for (const base of bases) invalid += invalidCases(operation, base).length;
        const invalidMs = performance.now() - started;
        samples.push({ validPerSec: (cases.length / validMs) * 1000, invalidPerSec: (invalid / invalidMs) * 1000, invalidPerBase: invalid / bases.length, basesPerSec: (bases.length / invalidMs) * 1000 });
      }
      rows.push({
        spec: operation.specId,
        operationId: operation.operationId,
        validPerSec: round(median(samples.map((s) => s.validPerSec)), 0),
        invalidPerSec: round(median(samples.map((s) => s.invalidPerSec)), 0),
        invalidPerBase: round(median(samples.map((s) => s.invalidPerBase)), 1),
        invalidCallsPerSec: round(median(samples.map((s) => s.basesPerSec)), 0),
      });
    }
  }
  log(`  generation: ${rows.length} operations`);
  return { reps, validPerRep, basesPerRep, seed, how: 'fc.sample(validCase(op, fixtures, {ids, unique}), {seed, numRuns}) timed per rep; invalidCases(op, base) over fixed valid bases', operations: rows };
}
