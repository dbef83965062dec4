// The sequences drive requests and record them as steps; the client has the sequence's check judge
// the steps after each one, and stops at its first failure. Here against recorded answers (the real
// request building, no server): what each sequence sends and records, and where a failure stops it.
import { describe, expect, it } from 'vitest';
import { judgeSteps } from '../../src/checks/index.js';
import type { CheckId } from '../../src/checkIds.js';
import { CreateCommand } from '../../src/run/sequences/commands/CreateCommand.js';
import { DeleteCommand } from '../../src/run/sequences/commands/DeleteCommand.js';
import { FetchCommand } from '../../src/run/sequences/commands/FetchCommand.js';
import { ListCommand } from '../../src/run/sequences/commands/ListCommand.js';
import { concurrencySequence } from '../../src/run/sequences/concurrencySequence.js';
import { conflictSequence } from '../../src/run/sequences/conflictSequence.js';
import type { LifecycleCommand, LifecycleModel } from '../../src/run/sequences/lifecycleModel.js';
import { paginationSequence } from '../../src/run/sequences/paginationSequence.js';
import { SequenceClient } from '../../src/run/sequences/SequenceClient.js';
import { SequenceViolation } from '../../src/run/sequences/SequenceViolation.js';
import { timestampsSequence } from '../../src/run/sequences/timestampsSequence.js';
import { resourceRules } from '../../src/spec/resourceRules.js';
import type { Resource } from '../../src/spec/types.js';
import type { Answer } from '../checks/support/answer.js';
import { chatMember, conversationsParticipant, listPage, twilioError } from '../checks/support/bodies.js';
import { nthSid, pagesOf } from '../checks/support/sequenceData.js';
import { FIXTURES, OTHER_SID, SID, resourceOf } from '../checks/support/subjects.js';
import { asRunSession, replaySession, type Recorded, type ReplaySession } from './support/replay.js';

const chat = await resourceOf('chat_v2');
const conversations = await resourceOf('conversations_v1');
const member = chatMember();
const created: Answer = { status: 201, json: member };
const conflict: Answer = { status: 409, json: twilioError(409, 50404) };
const CHANNEL = FIXTURES.chat_v2!.ChannelSid!;

/** A client on recorded answers whose steps `check` judges, as in a run. */
function replayed(resource: Resource, check: CheckId, answers: Recorded[], burst: Recorded[] = []): { session: ReplaySession; client: SequenceClient } {
  const session = replaySession(answers, burst);
  return { session, client: new SequenceClient(asRunSession(session), resource, { steps: (steps) => judgeSteps(check, { resource }, steps) }) };
}

const actions = (client: SequenceClient) => client.steps.map((step) => step.action);
const addressed = (client: SequenceClient) => client.steps.map(({ action, sid, by }) => ({ action, sid, by }));

/** The violation a sequence ended with. */
async function violationOf(run: Promise<void>): Promise<SequenceViolation> {
  const error = await run.then(() => undefined, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(SequenceViolation);
  return error as SequenceViolation;
}

describe('lifecycle commands', () => {
  const create = new CreateCommand({ operation: chat.operations.create!, path: {}, query: [], headers: {}, form: [['Identity', 'jing']] });
  /** The commands after a create of `member` (the check knows the member from that step), on recorded answers. */
  const run = (commands: LifecycleCommand[], answers: Recorded[]) => {
    const { session, client } = replayed(chat, 'lifecycle', [created, ...answers]);
    const model: LifecycleModel = { live: [], gone: [] };
    const real = { client, rule: resourceRules(chat.listPath) };
    const done = [create, ...commands].reduce<Promise<void>>((before, command) => before.then(() => command.run(model, real)), Promise.resolve());
    return { session, client, model, done };
  };

  it('a fetch by identity sends the alias and records the SID it addressed', async () => {
    const { session, client, done } = run([new FetchCommand(0, 'instance alias')], [{ status: 200, json: member }]);
    await done;
    expect(new URL(session.sent[1]!.url).pathname).toMatch(/\/Members\/jing$/u);
    expect(addressed(client)[1]).toEqual({ action: 'fetch', sid: SID.chat_v2, by: 'instance alias' });
  });

  it('a fetch through the channel\'s unique name sends it in the channel\'s place', async () => {
    const { session, done } = run([new FetchCommand(0, 'parent alias')], [{ status: 200, json: member }]);
    await done;
    expect(session.sent[1]!.url).toContain(`/Channels/general/Members/${SID.chat_v2}`);
  });

  it('a delete by identity: the step says how it named the member, the model forgets it', async () => {
    const { client, model, done } = run([new DeleteCommand(0, true)], [{ status: 204 }]);
    await done;
    expect(addressed(client)[1]).toEqual({ action: 'delete', sid: SID.chat_v2, by: 'alias' });
    expect(model).toEqual({ live: [], gone: [SID.chat_v2] });
  });

  it('a list follows next_page_url, one step per page, each line as the report shows it', async () => {
    const first = listPage('chat_v2', [member], { page_size: 1, next_page_url: 'https://chat.twilio.com/v2/elsewhere?PageSize=1&Page=1' });
    const { client, done } = run([new ListCommand(1)], [{ status: 200, json: first }, { status: 200, json: listPage('chat_v2', [], { page: 1, page_size: 1 }) }]);
    await done;
    expect(actions(client)).toEqual(['create', 'list', 'next page']);
    expect(client.lines().slice(1)).toEqual([`ListMember ${CHANNEL} ?PageSize=1 → 200`, 'GET /v2/elsewhere?PageSize=1&Page=1 → 200']);
  });

  it('a created member missing from the list ends the sequence at the list\'s last page', async () => {
    const { session, client, done } = run([new ListCommand(50), new FetchCommand(0, 'sid')], [...pagesOf('chat_v2', [], 50), { status: 200, json: member }]);
    const violation = await violationOf(done);
    expect([violation.check, violation.message]).toEqual(['lifecycle', `list holds ${SID.chat_v2} 0 times; expected once`]);
    expect(violation.outcome).toBe(client.steps[1]!.outcome);
    expect(session.unused()).toBe(1);
  });
});

describe('the sequences of the other checks', () => {
  it('conflict on Chat: create, list, the same identity again, list; a duplicate accepted stops it there', async () => {
    const [listed] = pagesOf('chat_v2', [member], 50);
    const good = replayed(chat, 'conflict', [created, listed!, conflict, listed!]);
    await conflictSequence(asRunSession(good.session), chat, good.client);
    expect(actions(good.client)).toEqual(['create', 'list', 'create again', 'list']);
    expect(new Set(good.client.steps.filter((s) => s.action !== 'list').map((s) => JSON.stringify(s.form))).size).toBe(1);

    const bad = replayed(chat, 'conflict', [created, listed!, { status: 201, json: chatMember({ sid: OTHER_SID.chat_v2 }) }, listed!]);
    const violation = await violationOf(conflictSequence(asRunSession(bad.session), chat, bad.client));
    expect(violation.message).toMatch(/^a second create of Identity=".+": Received 201 \/ Expected 409$/u);
    expect(bad.session.unused()).toBe(1);
  });

  it('conflict on Conversations also updates another participant to the identity and fetches both', async () => {
    const holder = conversationsParticipant();
    const other = conversationsParticipant({ sid: OTHER_SID.conversations_v1, identity: 'other' });
    const [listed] = pagesOf('conversations_v1', [holder], 50);
    const answers = [{ status: 201, json: holder }, listed!, conflict, listed!, { status: 201, json: other }, conflict, { status: 200, json: other }, { status: 200, json: holder }];
    const { session, client } = replayed(conversations, 'conflict', answers);
    await conflictSequence(asRunSession(session), conversations, client);
    expect(addressed(client).slice(4)).toEqual([
      { action: 'create', sid: undefined, by: undefined },
      { action: 'update to a taken value', sid: OTHER_SID.conversations_v1, by: undefined },
      { action: 'fetch', sid: OTHER_SID.conversations_v1, by: 'sid' },
      { action: 'fetch', sid: SID.conversations_v1, by: 'sid' },
    ]);
    expect(client.steps[5]!.form).toEqual(client.steps[0]!.form);
  });

  it('pagination: seven creates, pages of three by next_page_url, the list without PageSize, the identity filter', async () => {
    const members = Array.from({ length: 7 }, (_, i) => chatMember({ sid: nthSid('MB', i), identity: `paged${i}` }));
    const answers = [...members.map((json) => ({ status: 201, json })), ...pagesOf('chat_v2', members, 3), { status: 200, json: listPage('chat_v2', members) }, { status: 200, json: listPage('chat_v2', members.slice(0, 2)) }];
    const { session, client } = replayed(chat, 'pagination', answers);
    await paginationSequence(asRunSession(session), chat, client);
    expect(actions(client)).toEqual([...Array<string>(7).fill('create'), 'list', 'next page', 'next page', 'list', 'list']);
    expect(client.steps.filter((s) => s.action === 'list').map((s) => s.query)).toEqual([
      [['PageSize', '3']],
      [],
      [['Identity', 'paged0'], ['Identity', 'paged1'], ['PageSize', '50']],
    ]);
  });

  it('pagination stops at the page that repeats an item, asking nothing more', async () => {
    const members = Array.from({ length: 7 }, (_, i) => chatMember({ sid: nthSid('MB', i), identity: `paged${i}` }));
    const pages = pagesOf('chat_v2', members, 3);
    const repeated = { status: 200, json: { ...(pages[1]!.json as object), members: [members[0], members[4], members[5]] } };
    const { session, client } = replayed(chat, 'pagination', [...members.map((json) => ({ status: 201, json })), pages[0]!, repeated, pages[2]!]);
    const violation = await violationOf(paginationSequence(asRunSession(session), chat, client));
    expect([violation.check, violation.message]).toEqual(['pagination', `page 1 repeats ${nthSid('MB', 0)} (first on page 0)`]);
    expect(session.unused()).toBe(1);
  });

  it('concurrency: 50 creates together, the list, 20 creates of one identity together; the report lines leave the bursts out', async () => {
    const members = Array.from({ length: 50 }, (_, i) => chatMember({ sid: nthSid('MB', i), identity: `parallel${i}` }));
    const burst = [...members.map((json) => ({ status: 201, json })), { status: 201, json: chatMember({ sid: nthSid('MB', 99) }) }, ...Array<Answer>(19).fill(conflict)];
    const { session, client } = replayed(chat, 'concurrency', pagesOf('chat_v2', members, 50), burst);
    await concurrencySequence(asRunSession(session), chat, client);
    expect(actions(client)).toEqual([...Array<string>(50).fill('create together'), 'list', ...Array<string>(20).fill('create together')]);
    expect(new Set(client.steps.slice(0, 50).map((s) => s.form[0]![1])).size).toBe(50);
    expect(new Set(client.steps.slice(51).map((s) => s.form[0]![1])).size).toBe(1);
    expect(client.lines()).toEqual([`ListMember ${CHANNEL} ?PageSize=50 → 200`]);
  });

  it('timestamps: a plain create, one restored from a backup, an update of that one without dates', async () => {
    const now = new Date().toISOString().replace(/\.\d+Z$/u, 'Z');
    const restored = chatMember({ sid: OTHER_SID.chat_v2, date_created: '2020-01-01T00:00:00Z', date_updated: '2020-01-02T00:00:00Z' });
    const answers = [{ status: 201, json: chatMember({ date_created: now, date_updated: now }) }, { status: 201, json: restored }, { status: 200, json: { ...restored, date_updated: now } }];
    const { session, client } = replayed(chat, 'timestamps', answers);
    await timestampsSequence(asRunSession(session), chat, client);
    expect(addressed(client).map(({ action, sid }) => `${action} ${sid ?? ''}`)).toEqual(['create ', 'create ', `update ${OTHER_SID.chat_v2}`]);
    expect(client.steps[1]!.form.slice(1)).toEqual([['DateCreated', '2020-01-01T00:00:00Z'], ['DateUpdated', '2020-01-02T00:00:00Z']]);
  });
});
