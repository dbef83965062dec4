import { resourceOf } from '../support/subjects.js';
import { chatMember } from '../support/bodies.js';
import { allReplayed, failuresOf, type SequenceTable } from '../support/sequenceCase.js';
import { asRunSession, replaySession, type Recorded } from '../support/replay.js';
import { SequenceClient } from '../../../src/run/sequences/SequenceClient.js';
import { createTimestampFailure, updateTimestampFailure } from '../../../src/checks/support/timestampFailure.js';
import { timestampsSequence } from '../../../src/run/sequences/timestampsSequence.js';

type Repr = Record<string, unknown>;

/** The data the timestamp rules take (a create, or an update's before and after), or a recorded scenario. */
type TimestampsRecord = { create: Repr; sent?: string[] } | { before: Repr; after: Repr; sent?: string[] } | { scenario: Recorded[] };

const T0 = '2016-03-24T21:05:50Z';
const T1 = '2016-03-24T21:06:00Z';
const NOW = new Date().toISOString().replace(/\.\d+Z$/u, 'Z');
const PAST_CREATED = '2020-01-01T00:00:00Z';
const PAST_UPDATED = '2020-01-02T00:00:00Z';
const RESTORED = chatMember({ date_created: PAST_CREATED, date_updated: PAST_UPDATED });

/** timestampsSequence's three requests on Chat: a plain create, a create restored from a backup, an update. */
const scenario = (plain: Repr, restored: Repr, updated: Repr): Recorded[] => [
  { status: 201, json: plain },
  { status: 201, json: restored },
  { status: 200, json: updated },
];

export const timestamps: SequenceTable<TimestampsRecord> = {
  async judge(record) {
    if ('scenario' in record) {
      const session = replaySession(record.scenario);
      const resource = await resourceOf('chat_v2');
      const failures = await failuresOf(() => timestampsSequence(asRunSession(session), resource, new SequenceClient(asRunSession(session), resource)));
      return allReplayed(failures, session.unused());
    }
    const sent = new Set(record.sent ?? []);
    const failure = 'create' in record ? createTimestampFailure(record.create, sent) : updateTimestampFailure(record.before, record.after, sent);
    return failure ? [failure] : [];
  },
  cases: [
    { name: 'a create: date_updated equal to date_created', record: { create: chatMember() }, expect: [] },
    { name: 'a create that sent DateUpdated echoes it', record: { create: chatMember({ date_updated: T1 }), sent: ['DateUpdated'] }, expect: [] },
    { name: 'an update moves date_updated forward, keeps date_created', record: { before: chatMember(), after: chatMember({ date_updated: T1 }) }, expect: [] },
    { name: 'an update that sent an older DateUpdated', record: { before: chatMember({ date_updated: T1 }), after: chatMember(), sent: ['DateUpdated'] }, expect: [] },
    {
      name: 'a create: date_updated a second after date_created',
      record: { create: chatMember({ date_updated: '2016-03-24T21:05:51Z' }) },
      expect: [{ kind: 'sequence', message: [`a create without DateUpdated must have date_updated = date_created; got ${T0} and 2016-03-24T21:05:51Z`] }],
    },
    {
      name: 'an update changes date_created',
      record: { before: chatMember(), after: chatMember({ date_created: T1, date_updated: T1 }) },
      expect: [{ kind: 'sequence', message: [`an update without DateCreated changed date_created from ${T0} to ${T1}`] }],
    },
    {
      name: 'an update moves date_updated backwards',
      record: { before: chatMember({ date_updated: T1 }), after: chatMember() },
      expect: [{ kind: 'sequence', message: [`an update moved date_updated backwards, from ${T1} to ${T0}`] }],
    },
    {
      name: 'the scenario: now on create, restored dates echoed, now on update',
      record: { scenario: scenario(chatMember({ date_created: NOW, date_updated: NOW }), RESTORED, { ...RESTORED, date_updated: NOW }) },
      expect: [],
    },
    {
      name: 'the scenario: a plain create dated in the past',
      record: { scenario: scenario(chatMember(), RESTORED, RESTORED) },
      expect: [{ kind: 'sequence', message: [`date_created ${T0} is not the time of the create`] }],
    },
    {
      name: 'the scenario: the restored dates replaced by now',
      record: { scenario: scenario(chatMember({ date_created: NOW, date_updated: NOW }), chatMember({ date_created: NOW, date_updated: NOW }), RESTORED) },
      expect: [{ kind: 'sequence', message: [`DateCreated/DateUpdated sent as ${PAST_CREATED}/${PAST_UPDATED} came back as ${NOW}/${NOW}`] }],
    },
    {
      name: 'the scenario: an update that leaves date_updated in the past',
      record: { scenario: scenario(chatMember({ date_created: NOW, date_updated: NOW }), RESTORED, { ...RESTORED, attributes: '{"touched":true}' }) },
      expect: [{ kind: 'sequence', message: [`an update without DateUpdated left date_updated at ${PAST_UPDATED}; it must move to the time of the update`] }],
    },
  ],
};
