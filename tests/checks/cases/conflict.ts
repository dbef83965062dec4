import { DuplicateCreateCommand } from '../../../src/run/sequences/commands/DuplicateCreateCommand.js';
import { conflictSequence } from '../../../src/run/sequences/conflictSequence.js';
import type { LifecycleModel } from '../../../src/run/sequences/lifecycleModel.js';
import { resourceRules } from '../../../src/spec/resourceRules.js';
import { SequenceClient } from '../../../src/run/sequences/SequenceClient.js';
import { chatMember, twilioError } from '../support/bodies.js';
import { asRunSession, replaySession, type Recorded } from '../support/replay.js';
import { allReplayed, failuresOf, type SequenceTable } from '../support/sequenceCase.js';
import { pagesOf } from '../support/sequenceData.js';
import { OTHER_SID, resourceOf } from '../support/subjects.js';

/**
 * A duplicate create of a live member (the lifecycle's DuplicateCreateCommand), or the conflict
 * scenario's four requests: create, list, the same create again, list.
 */
type ConflictRecord = { duplicateOf: Record<string, unknown>; answers: Recorded[] } | { scenario: Recorded[] };

const member = chatMember();
const other = chatMember({ sid: OTHER_SID.chat_v2, identity: 'jing2' });
const conflict = { status: 409, json: twilioError(409, 50404) };
const created = { status: 201, json: member };
const [listedOne] = pagesOf('chat_v2', [member], 50);
const [listedTwo] = pagesOf('chat_v2', [member, other], 50);

export const conflictTable: SequenceTable<ConflictRecord> = {
  async judge(record) {
    const resource = await resourceOf('chat_v2');
    const session = replaySession('scenario' in record ? [...record.scenario] : [...record.answers]);
    const client = new SequenceClient(asRunSession(session), resource);
    const failures = await failuresOf(() => {
      if ('scenario' in record) return conflictSequence(asRunSession(session), resource, client);
      const model: LifecycleModel = { live: [{ sid: String(record.duplicateOf.sid), repr: record.duplicateOf, form: [] }], gone: [] };
      return new DuplicateCreateCommand(0).run(model, { client, rule: resourceRules(resource.listPath) });
    });
    return allReplayed(failures, session.unused());
  },
  cases: [
    { name: 'a duplicate identity gets 409', record: { duplicateOf: member, answers: [conflict] }, expect: [] },
    { name: 'the scenario: 201, then 409, the list unchanged', record: { scenario: [created, listedOne!, conflict, listedOne!] }, expect: [] },
    {
      name: 'a duplicate identity is accepted',
      record: { duplicateOf: member, answers: [{ status: 201, json: other }] },
      expect: [{ kind: 'sequence', message: [`a second create of Identity="jing" was accepted (201, ${OTHER_SID.chat_v2})`] }],
    },
    {
      name: 'a duplicate identity gets 400',
      record: { duplicateOf: member, answers: [{ status: 400, json: twilioError(400, 21201) }] },
      expect: [{ kind: 'sequence', message: ['a second create of Identity="jing": Received 400 / Expected 409'] }],
    },
    {
      name: 'the scenario: the second create answers 200',
      record: { scenario: [created, listedOne!, { status: 200, json: member }] },
      expect: [{ kind: 'sequence', message: ['a second create of Identity=', 'Received 200 / Expected 409'] }],
    },
    {
      name: 'the scenario: refused, but the list grew',
      record: { scenario: [created, listedOne!, conflict, listedTwo!] },
      expect: [{ kind: 'sequence', message: ['the refused duplicate still changed the list from 1 to 2 items'] }],
    },
    {
      name: 'the scenario: the first create already refused',
      record: { scenario: [{ status: 409, json: twilioError(409, 50404) }] },
      expect: [{ kind: 'sequence', message: ['create Identity=', 'Received 409 / Expected 201'] }],
    },
  ],
};
