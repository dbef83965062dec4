import type { Answer } from '../support/answer.js';
import { chatMember, twilioError } from '../support/bodies.js';
import type { SequenceCase } from '../support/sequenceCase.js';
import { nthSid, pagesOf } from '../support/sequenceData.js';
import { noAnswer, read, together } from '../support/steps.js';

// Steps of the concurrency sequence: 50 creates of distinct identities sent together, the list
// read, then 20 creates of one identity sent together.
const members = Array.from({ length: 50 }, (_, i) => chatMember({ sid: nthSid('MB', i), identity: `parallel${i}` }));
const distinct = (answers: readonly (Answer | ReturnType<typeof noAnswer>)[]) => together(members.map((m) => [['Identity', String(m.identity)]]), answers);
const same = (answers: readonly Answer[]) => together(answers.map(() => [['Identity', 'together']]), answers);
const createdAll: Answer[] = members.map((json) => ({ status: 201, json }));
const listedAll = read(pagesOf('chat_v2', members, 50));
const conflict: Answer = { status: 409, json: twilioError(409, 50404) };
const oneAndConflicts: Answer[] = [conflict, { status: 201, json: chatMember({ sid: nthSid('MB', 99) }) }, ...Array<Answer>(18).fill(conflict)];
const replaced = <T>(items: readonly T[], at: number, item: T): T[] => items.map((old, i) => (i === at ? item : old));

export const concurrencyCases: SequenceCase[] = [
  { name: '50 distinct all created and listed; one identity: one 201, 19 × 409', steps: [...distinct(createdAll), ...listedAll, ...same(oneAndConflicts)], expect: [] },
  {
    name: 'two distinct creates refused (shown by the first)',
    steps: distinct(replaced(replaced(createdAll, 7, { status: 500, json: twilioError(500, 20500) }), 9, conflict)),
    expect: [{ kind: 'sequence', message: ['2 of 50 concurrent creates with distinct Identity values failed (first: 500)'], step: 7 }],
  },
  {
    name: 'a distinct create with no answer',
    steps: distinct(replaced<Answer | ReturnType<typeof noAnswer>>(createdAll, 3, noAnswer('CONNECTION_RESET'))),
    expect: [{ kind: 'sequence', message: ['1 of 50 concurrent creates with distinct Identity values failed (first: CONNECTION_RESET)'], step: 3 }],
  },
  {
    name: 'one SID given out twice',
    steps: distinct(replaced(createdAll, 3, createdAll[4]!)),
    expect: [{ kind: 'sequence', message: ['50 concurrent creates gave only 49 distinct SIDs'], step: 0 }],
  },
  {
    name: 'a created item missing from the list (shown by its last page)',
    steps: [...distinct(createdAll), ...read(pagesOf('chat_v2', members.slice(1), 25))],
    expect: [{ kind: 'sequence', message: [`1 of 50 concurrently created items are missing from the list (${nthSid('MB', 0)})`], step: 51 }],
  },
  {
    name: 'one identity created twice (shown by the first 201)',
    steps: [...distinct(createdAll), ...listedAll, ...same(replaced(oneAndConflicts, 0, { status: 201, json: chatMember({ sid: nthSid('MB', 98) }) }))],
    expect: [{ kind: 'sequence', message: ['20 concurrent creates of one Identity: 2 × 201 and 18 × 409; expected 1 and 19'], step: 51 }],
  },
  {
    name: 'one identity refused every time',
    steps: [...distinct(createdAll), ...listedAll, ...same(Array<Answer>(20).fill(conflict))],
    expect: [{ kind: 'sequence', message: ['0 × 201 and 20 × 409; expected 1 and 19'], step: 51 }],
  },
];
