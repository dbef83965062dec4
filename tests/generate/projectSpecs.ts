import path from 'node:path';
import { loadSpecs } from '../../src/spec/loadSpecs.js';
import type { Operation, SpecIndex } from '../../src/spec/types.js';
import { ROOT } from '../helpers/runCli.js';

const hex = (digit: string): string => digit.repeat(32);

/** Parents and instance ids per spec, as a run's fixtures give them. */
export const FIXTURES: Record<string, Record<string, string>> = {
  chat_v2: { ServiceSid: `IS${hex('a')}`, ChannelSid: `CH${hex('b')}` },
  conversations_v1: { ChatServiceSid: `IS${hex('c')}`, ConversationSid: `CH${hex('d')}` },
  proxy_v1: { ServiceSid: `KS${hex('e')}`, SessionSid: `KC${hex('f')}` },
};
export const IDS: Record<string, Record<string, string>> = {
  chat_v2: { Sid: `MB${hex('1')}` },
  conversations_v1: { Sid: `MB${hex('2')}` },
  proxy_v1: { Sid: `KP${hex('3')}` },
};

let loaded: Promise<SpecIndex> | undefined;
export const projectSpecs = (): Promise<SpecIndex> => (loaded ??= loadSpecs(path.join(ROOT, 'specs')));

export async function operation(specId: string, operationId: string): Promise<Operation> {
  const found = (await projectSpecs()).operations.find((op) => op.specId === specId && op.operationId === operationId);
  if (!found) throw new Error(`no operation ${specId} ${operationId}`);
  return found;
}
