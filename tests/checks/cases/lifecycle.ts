import { chatMember, twilioError } from '../support/bodies.js';
import type { SequenceCase } from '../support/sequenceCase.js';
import { nthSid, pagesOf } from '../support/sequenceData.js';
import { create, fetch, noAnswer, read, remove, step, update } from '../support/steps.js';
import { OTHER_SID, SID } from '../support/subjects.js';

// Steps of lifecycle sequences on Chat members: what the creates made, the updates changed and the
// deletes removed is what each later step must show.
const member = chatMember();
const other = chatMember({ sid: OTHER_SID.chat_v2, identity: 'other' });
const third = chatMember({ sid: nthSid('MB', 9), identity: 'third' });
const ok = (json: unknown, status = 200) => ({ status, json });
const made = create([['Identity', 'jing']], ok(member, 201));
const madeOther = create([['Identity', 'other']], ok(other, 201));
const notFound = ok(twilioError(404, 20404), 404);
const touched = { ...member, attributes: '{"a":1}', date_updated: '2016-03-24T21:06:00Z' };

export const lifecycleCases: SequenceCase[] = [
  { name: 'create answers 201 with a sid', steps: [made], expect: [] },
  { name: 'fetch by SID: the same representation', steps: [made, fetch(SID.chat_v2, ok(member))], expect: [] },
  {
    name: 'fetch by SID: url on the target\'s own host',
    steps: [made, fetch(SID.chat_v2, ok({ ...member, url: String(member.url).replace('https://chat.twilio.com', 'http://127.0.0.1:4010') }))],
    expect: [],
  },
  { name: 'fetch by identity and through the channel\'s unique name', steps: [made, fetch(SID.chat_v2, ok(member), 'instance alias'), fetch(SID.chat_v2, ok(member), 'parent alias')], expect: [] },
  {
    name: 'list: each live item once, as it is, the deleted one left out',
    steps: [made, madeOther, create([['Identity', 'third']], ok(third, 201)), remove(nthSid('MB', 9), { status: 204 }), ...read(pagesOf('chat_v2', [member, other], 1), [['PageSize', '1']])],
    expect: [],
  },
  { name: 'update: what was sent and date_updated change; a fetch shows it', steps: [made, update(SID.chat_v2, [['Attributes', '{"a":1}']], ok(touched)), fetch(SID.chat_v2, ok(touched))], expect: [] },
  { name: 'delete by identity answers 204, then fetch and delete answer 404', steps: [made, remove(SID.chat_v2, { status: 204 }, 'alias'), step('fetch after delete', notFound, { sid: SID.chat_v2 }), step('delete after delete', notFound, { sid: SID.chat_v2 })], expect: [] },
  { name: 'a duplicate identity gets 409', steps: [made, create([['Identity', 'jing']], ok(twilioError(409, 50404), 409), 'create again')], expect: [] },
  {
    name: 'create answers 200',
    steps: [create([['Identity', 'jing']], ok(member))],
    expect: [{ kind: 'sequence', message: ['create: Received 200 / Expected 201'], step: 0 }],
  },
  {
    name: 'create answers no sid',
    steps: [create([['Identity', 'jing']], ok({ ...member, sid: null }, 201))],
    expect: [{ kind: 'sequence', message: ['create answered no sid'] }],
  },
  {
    name: 'a create without DateUpdated dated a second apart',
    steps: [create([['Identity', 'jing']], ok({ ...member, date_updated: '2016-03-24T21:05:51Z' }, 201))],
    expect: [{ check: 'timestamps', kind: 'sequence', message: ['a create without DateUpdated must have date_updated = date_created; got 2016-03-24T21:05:50Z and 2016-03-24T21:05:51Z'] }],
  },
  {
    name: 'fetch by identity answers 404',
    steps: [made, fetch(SID.chat_v2, notFound, 'instance alias')],
    expect: [{ kind: 'sequence', message: ['fetch by instance alias: Received 404 / Expected 200'], step: 1 }],
  },
  {
    name: 'fetch through the channel alias gives another identity',
    steps: [made, fetch(SID.chat_v2, ok({ ...member, identity: 'jin' }), 'parent alias')],
    expect: [{ kind: 'sequence', message: ['fetch by parent alias differs from what the resource is: identity: "jing" → "jin"'] }],
  },
  {
    name: 'list leaves a live item out (shown by its last page)',
    steps: [made, madeOther, ...read(pagesOf('chat_v2', [member], 50))],
    expect: [{ kind: 'sequence', message: [`list holds ${OTHER_SID.chat_v2} 0 times; expected once`], step: 2 }],
  },
  {
    name: 'list shows an item differently',
    steps: [made, ...read(pagesOf('chat_v2', [{ ...member, role_sid: null }], 50))],
    expect: [{ kind: 'sequence', message: [`list shows ${SID.chat_v2} differently: role_sid:`] }],
  },
  {
    name: 'list still holds a deleted item',
    steps: [made, madeOther, remove(OTHER_SID.chat_v2, { status: 204 }), ...read(pagesOf('chat_v2', [member, other], 50))],
    expect: [{ kind: 'sequence', message: [`list still holds ${OTHER_SID.chat_v2}, which was deleted`] }],
  },
  {
    name: 'a list page with no members array',
    steps: [made, ...read([ok({ items: [] })])],
    expect: [{ kind: 'sequence', message: ['a list page has no "members" array'] }],
  },
  {
    name: 'update changes a field it was not sent',
    steps: [made, update(SID.chat_v2, [['Attributes', '{"a":1}']], ok({ ...member, attributes: '{"a":1}', identity: 'someone' }))],
    expect: [{ kind: 'sequence', message: ['an update of Attributes also changed identity: "jing" → "someone"'] }],
  },
  {
    name: 'an update moves date_updated backwards',
    steps: [made, update(SID.chat_v2, [['Attributes', '{"a":1}']], ok({ ...member, attributes: '{"a":1}', date_updated: '2016-03-24T21:00:00Z' }))],
    expect: [{ check: 'timestamps', kind: 'sequence', message: ['an update moved date_updated backwards, from 2016-03-24T21:05:50Z to 2016-03-24T21:00:00Z'] }],
  },
  {
    name: 'a later fetch shows the update undone',
    steps: [made, update(SID.chat_v2, [['Attributes', '{"a":1}']], ok(touched)), fetch(SID.chat_v2, ok(member))],
    expect: [{ kind: 'sequence', message: ['fetch by sid differs from what the resource is: date_updated: "2016-03-24T21:06:00Z" → "2016-03-24T21:05:50Z"; attributes: "{\\"a\\":1}" → "{}"'] }],
  },
  {
    name: 'delete answers 404 for a live item',
    steps: [made, remove(SID.chat_v2, notFound)],
    expect: [{ kind: 'sequence', message: ['delete by sid: Received 404 / Expected 200 or 204'] }],
  },
  {
    name: 'a second delete succeeds again',
    steps: [made, remove(SID.chat_v2, { status: 204 }), step('delete after delete', { status: 204 }, { sid: SID.chat_v2 })],
    expect: [{ kind: 'sequence', message: ['delete after delete: Received 204 / Expected 404'], step: 2 }],
  },
  {
    name: 'a duplicate identity is accepted',
    steps: [made, create([['Identity', 'jing']], ok(other, 201), 'create again')],
    expect: [{ check: 'conflict', kind: 'sequence', message: [`a second create of Identity="jing" was accepted (201, ${OTHER_SID.chat_v2})`] }],
  },
  {
    name: 'a duplicate identity gets 400',
    steps: [made, create([['Identity', 'jing']], ok(twilioError(400, 21201), 400), 'create again')],
    expect: [{ check: 'conflict', kind: 'sequence', message: ['a second create of Identity="jing": Received 400 / Expected 409'] }],
  },
  {
    name: 'a 5xx inside a sequence is no_server_error',
    steps: [made, fetch(SID.chat_v2, ok(twilioError(500, 20500), 500))],
    expect: [{ check: 'no_server_error', kind: 'sequence', message: [`Received: 500 for FetchMember ${SID.chat_v2}`], step: 1 }],
  },
  {
    name: 'no answer inside a sequence is no_server_error',
    steps: [made, fetch(SID.chat_v2, noAnswer())],
    expect: [{ check: 'no_server_error', kind: 'sequence', message: ['no answer: TIMEOUT (TIMEOUT after 10000 ms)'] }],
  },
  {
    name: 'only the first broken rule: the sequence stopped there',
    steps: [create([['Identity', 'jing']], ok(member)), fetch(SID.chat_v2, notFound)],
    expect: [{ kind: 'sequence', message: ['create: Received 200 / Expected 201'], step: 0 }],
  },
];
