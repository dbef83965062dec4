// A bounded soak of the reference emulator on loopback: 30,000 mixed valid writes and reads, every
// negative case the generator knows, and bursts of concurrent creates, from 8 clients at once, while
// the test keeps a model of what each list must hold. No 5xx ever; every answer is the expected one;
// the lists end as the model says; memory comes back once everything is deleted.
import v8 from 'node:v8';
import vm from 'node:vm';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../../src/prng.js';
import { projectSpecs, startApi, type Api, type Form } from '../emulator/api.js';
import { invalidRequests } from './support/invalidRequests.js';

/** The soak is a number of requests, not a duration: a slow machine sends as many, only later. */
const REQUESTS = 30_000;
/** Only ends a hung soak (which then fails on the count). */
const HANG_MS = 200_000;
const CLIENTS = 8;
/** Items one client keeps at most per list before it prefers deleting. */
const OWN_LIMIT = 120;

type ListName = 'chat' | 'conversations' | 'proxy';
const LISTS: ListName[] = ['chat', 'conversations', 'proxy'];
const KEYS: Record<ListName, string> = { chat: 'members', conversations: 'participants', proxy: 'participants' };

/** What the model says an item holds: the fields the soak sets. */
interface Expected {
  name: string;
  attributes: string | undefined;
}

/** A GC the test can call: --expose-gc turned on at run time when vitest did not start node with it. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

let api: Api;
let invalid: Awaited<ReturnType<typeof invalidRequests>>;
const gc = collector();

beforeAll(async () => {
  api = await startApi({ seed: 2024 });
  invalid = invalidRequests(await projectSpecs(), api.emulator);
});
afterAll(() => api.emulator.close());

const heapMb = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

describe('emulator soak', () => {
  it('30,000 requests of mixed traffic from 8 clients: no 5xx, every answer as expected, lists equal the model, memory returns', async () => {
    const path = (list: ListName) => ({ chat: api.chat(), conversations: api.conversations(), proxy: api.proxy() })[list];
    const nameField = (list: ListName) => (list === 'proxy' ? 'Identifier' : 'Identity');
    const createForm = (list: ListName, name: string): Form => ({ [nameField(list)]: name });
    const statuses = new Map<number, number>();
    const wrong: string[] = [];
    let sent = 0;
    const expectStatus = (what: string, got: number, allowed: (status: number) => boolean) => {
      sent += 1;
      statuses.set(got, (statuses.get(got) ?? 0) + 1);
      if (!allowed(got) && wrong.length < 20) wrong.push(`${what}: ${got}`);
    };
    const is = (...codes: number[]) => (status: number) => codes.includes(status);

    // Warm up every route once, so that the baseline holds compiled validators and route tables.
    for (const list of LISTS) {
      const made = await api.post(path(list), createForm(list, `warm-${list}`));
      await api.get(`${path(list)}?PageSize=5`);
      await api.delete(`${path(list)}/${made.json.sid as string}`);
    }
    for (const bad of invalid.slice(0, 50)) await request(bad.url, { method: bad.method as 'GET', headers: bad.headers, body: bad.body ?? null }).then((r) => r.body.dump());
    const heapStart = heapMb();

    const started = performance.now();
    const done = () => sent >= REQUESTS || performance.now() - started >= HANG_MS;

    async function client(id: number): Promise<Map<ListName, Map<string, Expected>>> {
      const random = prng(1000 + id);
      const own = new Map<ListName, Map<string, Expected>>(LISTS.map((list) => [list, new Map()]));
      let counter = 0;
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
      const anyOwn = (list: ListName): [string, Expected] | undefined => {
        const items = [...own.get(list)!];
        return items.length === 0 ? undefined : pick(items);
      };
      while (!done()) {
        const list = pick(LISTS);
        const mine = own.get(list)!;
        const roll = random();
        if (roll < 0.02) {
          // A burst: 20 distinct identities at once (all 201, distinct SIDs), then 10 of one identity (one 201, nine 409).
          const names = Array.from({ length: 20 }, () => `soak-${id}-${(counter += 1)}`);
          const replies = await Promise.all(names.map((name) => api.post(path(list), createForm(list, name))));
          replies.forEach((reply, i) => {
            expectStatus(`burst create ${list}`, reply.status, is(201));
            if (reply.status === 201) mine.set(reply.json.sid, { name: names[i]!, attributes: undefined });
          });
          if (new Set(replies.map((reply) => reply.json?.sid)).size !== replies.length) wrong.push(`burst ${list}: a SID was handed out twice`);
          const same = `soak-${id}-${(counter += 1)}`;
          const clash = await Promise.all(Array.from({ length: 10 }, () => api.post(path(list), createForm(list, same))));
          const codes = clash.map((reply) => reply.status).sort();
          clash.forEach((reply) => expectStatus(`burst clash ${list}`, reply.status, is(201, 409)));
          if (JSON.stringify(codes) !== JSON.stringify([201, ...Array(9).fill(409)])) wrong.push(`burst clash ${list}: ${codes.join(',')}`);
          const winner = clash.find((reply) => reply.status === 201);
          if (winner) mine.set(winner.json.sid, { name: same, attributes: undefined });
        } else if (roll < 0.35 && mine.size < OWN_LIMIT) {
          const name = `soak-${id}-${(counter += 1)}`;
          const reply = await api.post(path(list), createForm(list, name));
          expectStatus(`create ${list}`, reply.status, is(201));
          if (reply.status === 201) mine.set(reply.json.sid, { name, attributes: undefined });
        } else if (roll < 0.55) {
          const target = anyOwn(list);
          if (!target) continue;
          const reply = await api.delete(`${path(list)}/${target[0]}`);
          expectStatus(`delete ${list}`, reply.status, list === 'proxy' ? is(204, 200) : is(204));
          if (reply.status < 300) mine.delete(target[0]);
        } else if (roll < 0.65 && list !== 'proxy') {
          const target = anyOwn(list);
          if (!target) continue;
          const attributes = JSON.stringify({ n: (counter += 1), client: id });
          const reply = await api.post(`${path(list)}/${target[0]}`, { Attributes: attributes });
          expectStatus(`update ${list}`, reply.status, is(200));
          if (reply.status === 200) target[1].attributes = attributes;
        } else if (roll < 0.72) {
          const target = anyOwn(list);
          const reply = target ? await api.get(`${path(list)}/${target[0]}`) : await api.get(`${path(list)}?PageSize=50`);
          expectStatus(`read ${list}`, reply.status, is(200));
        } else {
          const bad = pick(invalid);
          const reply = await request(bad.url, { method: bad.method as 'GET', headers: bad.headers, body: bad.body ?? null });
          await reply.body.dump();
          expectStatus(`invalid ${bad.label}`, reply.statusCode, (status) => status >= 400 && status < 500);
        }
      }
      return own;
    }

    const owned = await Promise.all(Array.from({ length: CLIENTS }, (_, id) => client(id)));
    const seconds = (performance.now() - started) / 1000;

    // The lists hold exactly what the model says: nothing lost, nothing duplicated, nothing extra.
    for (const list of LISTS) {
      const model = new Map(owned.flatMap((own) => [...own.get(list)!]));
      const items = await api.listAll(path(list), KEYS[list]);
      expect(items.length, `${list}: list length`).toBe(model.size);
      expect(new Set(items.map((item) => item.sid)).size, `${list}: distinct SIDs`).toBe(items.length);
      for (const item of items) {
        const expected = model.get(item.sid);
        expect(expected, `${list}: ${item.sid} is not in the model`).toBeDefined();
        expect(list === 'proxy' ? item.identifier : item.identity).toBe(expected!.name);
        if (expected!.attributes !== undefined) expect(item.attributes).toBe(expected!.attributes);
      }
    }
    const peakItems = owned.reduce((sum, own) => sum + LISTS.reduce((n, list) => n + own.get(list)!.size, 0), 0);

    // Delete everything, then memory must be back near where it started.
    for (const own of owned) {
      for (const list of LISTS) {
        for (const sid of own.get(list)!.keys()) expect((await api.delete(`${path(list)}/${sid}`)).status).toBeLessThan(300);
      }
    }
    for (const list of LISTS) expect(await api.listAll(path(list), KEYS[list])).toEqual([]);
    const heapEnd = heapMb();

    const fivexx = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
    console.log(
      `soak: ${sent} requests in ${seconds.toFixed(1)} s (${Math.round(sent / seconds)} req/s) from ${CLIENTS} clients; ` +
        `statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}; ${invalid.length} distinct negative cases; ` +
        `${peakItems} items at the end; heap ${heapStart.toFixed(1)} MiB at start, ${heapEnd.toFixed(1)} MiB after deleting everything`,
    );
    expect(fivexx).toBe(0);
    expect(wrong).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(REQUESTS);
    expect(sent).toBeLessThanOrEqual(REQUESTS + CLIENTS * 30);
    expect(heapEnd - heapStart).toBeLessThan(16);
  }, 300_000);
});
