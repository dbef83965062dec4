import { chatMember, twilioError } from '../support/bodies.js';
import type { SequenceCase } from '../support/sequenceCase.js';
import { pagesOf } from '../support/sequenceData.js';
import { create, fetch, read, update } from '../support/steps.js';
import { OTHER_SID, SID } from '../support/subjects.js';

// Steps of the conflict sequence: create, read the list, create the same identity again, read the
// list again; then (where the update takes Identity) create another, update it to the first one's
// identity, fetch both.
const member = chatMember();
const other = chatMember({ sid: OTHER_SID.chat_v2, identity: 'other' });
const conflict = { status: 409, json: twilioError(409, 50404) };
const first = create([['Identity', 'jing']], { status: 201, json: member });
const again = (answer: { status: number; json: unknown }) => create([['Identity', 'jing']], answer, 'create again');
const listedOne = read(pagesOf('chat_v2', [member], 50));
const duplicate = [first, ...listedOne, again(conflict), ...listedOne];
const madeOther = create([['Identity', 'other']], { status: 201, json: other });
const taken = (answer: { status: number; json: unknown }) => update(OTHER_SID.chat_v2, [['Identity', 'jing']], answer, 'update to a taken value');

export const conflictCases: SequenceCase[] = [
  { name: '201, then 409, the list unchanged', steps: duplicate, expect: [] },
  {
    name: 'an update to a taken identity gets 409, and both stay as they were',
    steps: [...duplicate, madeOther, taken(conflict), fetch(OTHER_SID.chat_v2, { status: 200, json: other }), fetch(SID.chat_v2, { status: 200, json: member })],
    expect: [],
  },
  {
    name: 'the second create answers 200',
    steps: [first, ...listedOne, again({ status: 200, json: member })],
    expect: [{ kind: 'sequence', message: ['a second create of Identity="jing": Received 200 / Expected 409'], step: 2 }],
  },
  {
    name: 'refused, but the list grew (shown by the refused create)',
    steps: [first, ...listedOne, again(conflict), ...read(pagesOf('chat_v2', [member, other], 50))],
    expect: [{ kind: 'sequence', message: ['the refused duplicate still changed the list from 1 to 2 items'], step: 2 }],
  },
  {
    name: 'the first create already refused',
    steps: [create([['Identity', 'jing']], conflict)],
    expect: [{ kind: 'sequence', message: ['create Identity="jing": Received 409 / Expected 201'] }],
  },
  {
    name: 'the list cannot be read',
    steps: [first, ...read([{ status: 403, json: twilioError(403, 20403) }])],
    expect: [{ kind: 'sequence', message: ['list: Received 403 / Expected 200'], step: 1 }],
  },
  {
    name: 'an update to a taken identity is accepted',
    steps: [...duplicate, madeOther, taken({ status: 200, json: { ...other, identity: 'jing' } })],
    expect: [{ kind: 'sequence', message: [`an update of ${OTHER_SID.chat_v2} to the Identity "jing" of ${SID.chat_v2}: Received 200 / Expected 409`] }],
  },
  {
    name: 'the refused update still changed the resource (shown by the update)',
    steps: [...duplicate, madeOther, taken(conflict), fetch(OTHER_SID.chat_v2, { status: 200, json: { ...other, identity: 'jing' } })],
    expect: [{ kind: 'sequence', message: ['the refused update still changed the updated resource: identity: "other" → "jing"'], step: 5 }],
  },
  {
    name: 'the holder cannot be fetched after the refused update',
    steps: [...duplicate, madeOther, taken(conflict), fetch(OTHER_SID.chat_v2, { status: 200, json: other }), fetch(SID.chat_v2, { status: 404, json: twilioError(404, 20404) })],
    expect: [{ kind: 'sequence', message: ['fetch the holder after the refused update: Received 404 / Expected 200'], step: 7 }],
  },
];

