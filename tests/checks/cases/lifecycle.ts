import type { LifecycleCommand, LifecycleModel } from '../../../src/run/sequences/lifecycleModel.js';
import { AfterDeleteCommand } from '../../../src/run/sequences/commands/AfterDeleteCommand.js';
import { CreateCommand } from '../../../src/run/sequences/commands/CreateCommand.js';
import { DeleteCommand } from '../../../src/run/sequences/commands/DeleteCommand.js';
import { FetchCommand, type FetchBy } from '../../../src/run/sequences/commands/FetchCommand.js';
import { ListCommand } from '../../../src/run/sequences/commands/ListCommand.js';
import { UpdateCommand } from '../../../src/run/sequences/commands/UpdateCommand.js';
import { resourceRules } from '../../../src/spec/resourceRules.js';
import { SequenceClient } from '../../../src/run/sequences/SequenceClient.js';
import type { Resource } from '../../../src/spec/types.js';
import { chatMember, twilioError } from '../support/bodies.js';
import { asRunSession, replaySession, type Recorded } from '../support/replay.js';
import { allReplayed, failuresOf, type SequenceTable } from '../support/sequenceCase.js';
import { nthSid, pagesOf } from '../support/sequenceData.js';
import { OTHER_SID, SID, resourceOf } from '../support/subjects.js';

type Form = [string, string][];
type Step =
  | { create: Form }
  | { fetch: FetchBy }
  | { list: number }
  | { update: Form }
  | { delete: 'sid' | 'alias' }
  | { afterDelete: 'fetch' | 'delete' };

/** One lifecycle command on Chat members, what the model held before it, the answers it got. */
interface LifecycleRecord {
  live?: Record<string, unknown>[];
  gone?: string[];
  step: Step;
  answers: Recorded[];
  /** Fragments of the request URLs, in order (which id or alias the command used). */
  urls?: string[];
}

function commandFor(step: Step, resource: Resource): LifecycleCommand {
  const generated = (form: Form, kind: 'create' | 'update') => ({ operation: resource.operations[kind]!, path: {}, query: [], headers: {}, form });
  if ('create' in step) return new CreateCommand(generated(step.create, 'create'));
  if ('fetch' in step) return new FetchCommand(0, step.fetch);
  if ('list' in step) return new ListCommand(step.list);
  if ('update' in step) return new UpdateCommand(0, generated(step.update, 'update'));
  if ('delete' in step) return new DeleteCommand(0, step.delete === 'alias');
  return new AfterDeleteCommand(0, step.afterDelete);
}

const member = chatMember();
const other = chatMember({ sid: OTHER_SID.chat_v2, identity: 'other' });
const ok = (json: unknown, status = 200) => ({ status, json });

export const lifecycle: SequenceTable<LifecycleRecord> = {
  async judge(record) {
    const resource = await resourceOf('chat_v2');
    const session = replaySession([...record.answers]);
    const client = new SequenceClient(asRunSession(session), resource);
    const model: LifecycleModel = { live: (record.live ?? []).map((repr) => ({ sid: repr.sid as string, repr, form: [] })), gone: [...(record.gone ?? [])] };
    const failures = await failuresOf(() => commandFor(record.step, resource).run(model, { client, rule: resourceRules(resource.listPath) }));
    record.urls?.forEach((fragment, i) => {
      if (!session.sent[i]?.url.includes(fragment)) throw new Error(`request ${i + 1} went to ${session.sent[i]?.url}, not …${fragment}…`);
    });
    return allReplayed(failures, session.unused());
  },
  cases: [
    { name: 'create answers 201 with a sid', record: { step: { create: [['Identity', 'jing']] }, answers: [ok(member, 201)] }, expect: [] },
    { name: 'fetch by SID: the same representation', record: { live: [member], step: { fetch: 'sid' }, answers: [ok(member)], urls: [`/Members/${SID.chat_v2}`] }, expect: [] },
    {
      name: 'fetch by SID: url on the target\'s own host',
      record: { live: [member], step: { fetch: 'sid' }, answers: [ok({ ...member, url: String(member.url).replace('https://chat.twilio.com', 'http://127.0.0.1:4010') })] },
      expect: [],
    },
    { name: 'fetch by identity', record: { live: [member], step: { fetch: 'instance alias' }, answers: [ok(member)], urls: ['/Members/jing'] }, expect: [] },
    { name: 'fetch through the channel\'s unique name', record: { live: [member], step: { fetch: 'parent alias' }, answers: [ok(member)], urls: ['/Channels/general/Members/'] }, expect: [] },
    { name: 'list: each live item once, as it is', record: { live: [member, other], gone: [nthSid('MB', 9)], step: { list: 1 }, answers: pagesOf('chat_v2', [member, other], 1) }, expect: [] },
    { name: 'update: what was sent and date_updated change', record: { live: [member], step: { update: [['Attributes', '{"a":1}']] }, answers: [ok({ ...member, attributes: '{"a":1}', date_updated: '2016-03-24T21:06:00Z' })] }, expect: [] },
    { name: 'delete by identity answers 204', record: { live: [member], step: { delete: 'alias' }, answers: [{ status: 204 }], urls: ['/Members/jing'] }, expect: [] },
    { name: 'fetch after delete answers 404', record: { gone: [SID.chat_v2], step: { afterDelete: 'fetch' }, answers: [ok(twilioError(404, 20404), 404)] }, expect: [] },
    {
      name: 'create answers 200',
      record: { step: { create: [['Identity', 'jing']] }, answers: [ok(member)] },
      expect: [{ kind: 'sequence', message: ['create: Received 200 / Expected 201'] }],
    },
    {
      name: 'create answers no sid',
      record: { step: { create: [['Identity', 'jing']] }, answers: [ok({ ...member, sid: null }, 201)] },
      expect: [{ kind: 'sequence', message: ['create answered no sid'] }],
    },
    {
      name: 'fetch by identity answers 404',
      record: { live: [member], step: { fetch: 'instance alias' }, answers: [ok(twilioError(404, 20404), 404)] },
      expect: [{ kind: 'sequence', message: ['fetch by instance alias: Received 404 / Expected 200'] }],
    },
    {
      name: 'fetch through the channel alias gives another identity',
      record: { live: [member], step: { fetch: 'parent alias' }, answers: [ok({ ...member, identity: 'jin' })] },
      expect: [{ kind: 'sequence', message: ['fetch by parent alias differs from what the resource is: identity: "jing" → "jin"'] }],
    },
    {
      name: 'list leaves a live item out',
      record: { live: [member, other], step: { list: 50 }, answers: pagesOf('chat_v2', [member], 50) },
      expect: [{ kind: 'sequence', message: [`list holds ${OTHER_SID.chat_v2} 0 times; expected once`] }],
    },
    {
      name: 'list shows an item differently',
      record: { live: [member], step: { list: 50 }, answers: pagesOf('chat_v2', [{ ...member, role_sid: null }], 50) },
      expect: [{ kind: 'sequence', message: [`list shows ${SID.chat_v2} differently: role_sid:`] }],
    },
    {
      name: 'list still holds a deleted item',
      record: { live: [member], gone: [OTHER_SID.chat_v2], step: { list: 50 }, answers: pagesOf('chat_v2', [member, other], 50) },
      expect: [{ kind: 'sequence', message: [`list still holds ${OTHER_SID.chat_v2}, which was deleted`] }],
    },
    {
      name: 'update changes a field it was not sent',
      record: { live: [member], step: { update: [['Attributes', '{"a":1}']] }, answers: [ok({ ...member, attributes: '{"a":1}', identity: 'someone' })] },
      expect: [{ kind: 'sequence', message: ['an update of Attributes also changed identity: "jing" → "someone"'] }],
    },
    {
      name: 'delete answers 404 for a live item',
      record: { live: [member], step: { delete: 'sid' }, answers: [ok(twilioError(404, 20404), 404)] },
      expect: [{ kind: 'sequence', message: ['delete by sid: Received 404 / Expected 200 or 204'] }],
    },
    {
      name: 'a second delete succeeds again',
      record: { gone: [SID.chat_v2], step: { afterDelete: 'delete' }, answers: [{ status: 204 }] },
      expect: [{ kind: 'sequence', message: ['delete after delete: Received 204 / Expected 404'] }],
    },
    {
      name: 'a 5xx inside a sequence is no_server_error',
      record: { live: [member], step: { fetch: 'sid' }, answers: [ok(twilioError(500, 20500), 500)] },
      expect: [{ check: 'no_server_error', kind: 'sequence', message: ['Received: 500 for FetchMember'] }],
    },
  ],
};
