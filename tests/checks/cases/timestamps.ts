import { chatMember } from '../support/bodies.js';
import type { SequenceCase } from '../support/sequenceCase.js';
import { create, NOW, update } from '../support/steps.js';

// Steps of the timestamps sequence on Chat members: a plain create, a create restored from a backup
// with both dates sent, and an update of that one without dates; the answers came at NOW.
const PAST_CREATED = '2020-01-01T00:00:00Z';
const PAST_UPDATED = '2020-01-02T00:00:00Z';
const RESTORED_SID = `MB${'9'.repeat(32)}`;
const nowDated = chatMember({ date_created: NOW, date_updated: NOW });
const restored = chatMember({ sid: RESTORED_SID, identity: 'restored', date_created: PAST_CREATED, date_updated: PAST_UPDATED });
const touched = { ...restored, attributes: '{"touched":true}', date_updated: NOW };

const plainCreate = (json: unknown) => create([['Identity', 'plain']], { status: 201, json });
const restoredCreate = (json: unknown, status = 201) =>
  create([['Identity', 'restored'], ['DateCreated', PAST_CREATED], ['DateUpdated', PAST_UPDATED]], { status, json });
const undatedUpdate = (json: unknown, status = 200) => update(RESTORED_SID, [['Attributes', '{"touched":true}']], { status, json });

export const timestampsCases: SequenceCase[] = [
  { name: 'now on create, restored dates echoed, now on update', steps: [plainCreate(nowDated), restoredCreate(restored), undatedUpdate(touched)], expect: [] },
  { name: 'a plain create dated within a day of now', steps: [plainCreate(chatMember({ date_created: '2024-05-01T02:00:00Z', date_updated: '2024-05-01T02:00:00Z' }))], expect: [] },
  {
    name: 'a plain create dated in the past',
    steps: [plainCreate(chatMember())],
    expect: [{ kind: 'sequence', message: ['date_created 2016-03-24T21:05:50Z is not the time of the create'], step: 0 }],
  },
  {
    name: 'a plain create whose date_updated is not its date_created',
    steps: [plainCreate(chatMember({ date_created: NOW, date_updated: '2024-05-01T12:00:01Z' }))],
    expect: [{ kind: 'sequence', message: [`a create without DateUpdated has date_created ${NOW} but date_updated 2024-05-01T12:00:01Z`] }],
  },
  {
    name: 'a plain create answered 200',
    steps: [create([['Identity', 'plain']], { status: 200, json: nowDated })],
    expect: [{ kind: 'sequence', message: ['create: Received 200 / Expected 201'] }],
  },
  {
    name: 'the restored dates replaced by now',
    steps: [plainCreate(nowDated), restoredCreate({ ...restored, date_created: NOW, date_updated: NOW })],
    expect: [{ kind: 'sequence', message: [`DateCreated/DateUpdated sent as ${PAST_CREATED}/${PAST_UPDATED} came back as ${NOW}/${NOW}`], step: 1 }],
  },
  {
    name: 'the restored create refused',
    steps: [plainCreate(nowDated), restoredCreate({}, 400)],
    expect: [{ kind: 'sequence', message: ['create with DateCreated and DateUpdated: Received 400 / Expected 201'] }],
  },
  {
    name: 'an update that leaves date_updated in the past',
    steps: [plainCreate(nowDated), restoredCreate(restored), undatedUpdate({ ...touched, date_updated: PAST_UPDATED })],
    expect: [{ kind: 'sequence', message: [`an update without DateUpdated left date_updated at ${PAST_UPDATED}; it must move to the time of the update`], step: 2 }],
  },
  {
    name: 'an update that moves date_created too',
    steps: [plainCreate(nowDated), restoredCreate(restored), undatedUpdate({ ...touched, date_created: NOW })],
    expect: [{ kind: 'sequence', message: [`an update without DateCreated changed date_created from ${PAST_CREATED} to ${NOW}`] }],
  },
];
