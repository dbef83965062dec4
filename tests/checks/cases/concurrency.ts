import { concurrencySequence } from '../../../src/run/sequences/concurrencySequence.js';
import { SequenceClient } from '../../../src/run/sequences/SequenceClient.js';
import type { Answer } from '../support/answer.js';
import { chatMember, twilioError } from '../support/bodies.js';
import { asRunSession, replaySession } from '../support/replay.js';
import { allReplayed, failuresOf, type SequenceTable } from '../support/sequenceCase.js';
import { nthSid, pagesOf } from '../support/sequenceData.js';
import { resourceOf } from '../support/subjects.js';

/** What the concurrency scenario saw: 50 distinct creates, the list, then 20 creates of one identity. */
interface ConcurrencyRecord {
  distinct: Answer[];
  listed: Answer[];
  same?: Answer[];
}

const members = Array.from({ length: 50 }, (_, i) => chatMember({ sid: nthSid('MB', i), identity: `parallel${i}` }));
const createdAll: Answer[] = members.map((json) => ({ status: 201, json }));
const listedAll = pagesOf('chat_v2', members, 50);
const conflict: Answer = { status: 409, json: twilioError(409, 50404) };
const oneAndConflicts: Answer[] = [conflict, { status: 201, json: chatMember({ sid: nthSid('MB', 99) }) }, ...Array<Answer>(18).fill(conflict)];
const replaced = <T>(items: T[], at: number, item: T): T[] => items.map((old, i) => (i === at ? item : old));

export const concurrency: SequenceTable<ConcurrencyRecord> = {
  async judge(record) {
    const resource = await resourceOf('chat_v2');
    const session = replaySession([...record.listed], [...record.distinct, ...(record.same ?? [])]);
    const failures = await failuresOf(() => concurrencySequence(asRunSession(session), resource, new SequenceClient(asRunSession(session), resource)));
    return allReplayed(failures, session.unused());
  },
  cases: [
    { name: '50 distinct all created and listed; one identity: one 201, 19 × 409', record: { distinct: createdAll, listed: listedAll, same: oneAndConflicts }, expect: [] },
    {
      name: 'two distinct creates refused',
      record: { distinct: replaced(replaced(createdAll, 7, { status: 500, json: twilioError(500, 20500) }), 9, conflict), listed: [] },
      expect: [{ kind: 'sequence', message: ['2 of 50 concurrent creates with distinct Identity values failed (first: 500)'] }],
    },
    {
      name: 'one SID given out twice',
      record: { distinct: replaced(createdAll, 3, createdAll[4]!), listed: [] },
      expect: [{ kind: 'sequence', message: ['50 concurrent creates gave only 49 distinct SIDs'] }],
    },
    {
      name: 'a created item missing from the list',
      record: { distinct: createdAll, listed: pagesOf('chat_v2', members.slice(1), 50) },
      expect: [{ kind: 'sequence', message: [`1 of 50 concurrently created items are missing from the list (${nthSid('MB', 0)})`] }],
    },
    {
      name: 'one identity created twice',
      record: { distinct: createdAll, listed: listedAll, same: replaced(oneAndConflicts, 0, { status: 201, json: chatMember({ sid: nthSid('MB', 98) }) }) },
      expect: [{ kind: 'sequence', message: ['20 concurrent creates of one Identity: 2 × 201 and 18 × 409; expected 1 and 19'] }],
    },
    {
      name: 'one identity refused every time',
      record: { distinct: createdAll, listed: listedAll, same: Array<Answer>(20).fill(conflict) },
      expect: [{ kind: 'sequence', message: ['0 × 201 and 20 × 409; expected 1 and 19'] }],
    },
  ],
};
