import type { Api } from '../../emulator/api.js';

/** One resource a user's account already held before a run: where it lives and how it read then. */
export interface Held {
  /** The instance path (by SID). */
  path: string;
  /** The fetch body before the run, byte for byte. */
  text: string;
}

/** The three lists a run may touch, by name: list path and list key. */
export const lists = (api: Api): Record<string, { path: string; key: string }> => ({
  chat: { path: api.chat(), key: 'members' },
  conversations: { path: api.conversations(), key: 'participants' },
  proxy: { path: api.proxy(), key: 'participants' },
});

/** What a real account might hold: a few members and participants of each kind, made over HTTP. */
const SEED: { list: 'chat' | 'conversations' | 'proxy'; form: Record<string, string> }[] = [
  { list: 'chat', form: { Identity: 'held-alice', Attributes: '{"team":"blue"}' } },
  { list: 'chat', form: { Identity: 'held-bob ünïcode 🐝', LastConsumedMessageIndex: '4' } },
  { list: 'chat', form: { Identity: 'held-carol', DateCreated: '2015-05-05T05:05:05Z' } },
  { list: 'conversations', form: { Identity: 'held-dave', Attributes: '{"x":[1,2]}' } },
  { list: 'conversations', form: { 'MessagingBinding.Address': '+15557770001', 'MessagingBinding.ProxyAddress': '+15017122661' } },
  { list: 'conversations', form: { Identity: 'held-erin', LastReadMessageIndex: '2' } },
  { list: 'proxy', form: { Identifier: '+15557770002', FriendlyName: 'held frank' } },
  { list: 'proxy', form: { Identifier: 'messenger:held-grace' } },
];

/** Creates the seed resources; returns each with its fetch body. */
export async function preload(api: Api): Promise<Held[]> {
  const held: Held[] = [];
  for (const { list, form } of SEED) {
    const created = await api.post(lists(api)[list]!.path, form);
    if (created.status !== 201) throw new Error(`preload ${list} ${JSON.stringify(form)}: ${created.status} ${created.text}`);
    const path = `${lists(api)[list]!.path}/${created.json.sid as string}`;
    held.push({ path, text: (await api.get(path)).text });
  }
  return held;
}

/** Every item of every list, by list name. */
export async function snapshot(api: Api): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const [name, { path, key }] of Object.entries(lists(api))) result[name] = await api.listAll(path, key);
  return result;
}

/** A config file body naming the emulator's parents as fixtures (for `--base-url` runs). */
export const fixturesConfig = (api: Api, specs: readonly string[] = ['chat_v2', 'conversations_v1', 'proxy_v1']): unknown => ({
  fixtures: Object.fromEntries(specs.map((spec) => [spec, api.fixtures[spec]])),
});
