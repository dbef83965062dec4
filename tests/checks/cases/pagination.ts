import { paginationSequence } from '../../../src/run/sequences/paginationSequence.js';
import { SequenceClient } from '../../../src/run/sequences/SequenceClient.js';
import type { Answer } from '../support/answer.js';
import { chatMember, listPage } from '../support/bodies.js';
import { asRunSession, replaySession } from '../support/replay.js';
import { allReplayed, failuresOf, type SequenceTable } from '../support/sequenceCase.js';
import { nthSid, pagesOf } from '../support/sequenceData.js';
import { resourceOf } from '../support/subjects.js';

/**
 * What the pagination scenario saw on Chat members: seven creates, the pages of three, a list
 * without PageSize, and a list filtered by two identities.
 */
interface PaginationRecord {
  pages: Answer[];
  whole?: Answer;
  filtered?: Answer;
}

const members = Array.from({ length: 7 }, (_, i) => chatMember({ sid: nthSid('MB', i), identity: `paged${i}` }));
const creates: Answer[] = members.map((json) => ({ status: 201, json }));
const pages = pagesOf('chat_v2', members, 3);
const whole: Answer = { status: 200, json: listPage('chat_v2', members) };
const filtered: Answer = { status: 200, json: listPage('chat_v2', members.slice(0, 2)) };
const json = (answer: Answer) => answer.json as { members: unknown[]; meta: Record<string, unknown> };

/** Page `at` of the good walk, with its meta or items changed. */
function pageWith(at: number, meta: Record<string, unknown>, items?: unknown[]): Answer[] {
  return pages.map((page, i) => (i === at ? { status: 200, json: { members: items ?? json(page).members, meta: { ...json(page).meta, ...meta } } } : page));
}

export const pagination: SequenceTable<PaginationRecord> = {
  async judge(record) {
    const resource = await resourceOf('chat_v2');
    const answers = [...creates, ...record.pages, ...(record.whole ? [record.whole] : []), ...(record.filtered ? [record.filtered] : [])];
    const session = replaySession(answers);
    const failures = await failuresOf(() => paginationSequence(asRunSession(session), resource, new SequenceClient(asRunSession(session), resource)));
    return allReplayed(failures, session.unused());
  },
  cases: [
    { name: 'three pages of three, the default of 50, the filter', record: { pages, whole, filtered }, expect: [] },
    {
      name: 'meta.key is not the list property',
      record: { pages: pageWith(0, { key: 'items' }) },
      expect: [{ kind: 'sequence', message: ['page 0: meta.key is "items", expected "members"'] }],
    },
    {
      name: 'the second page says it is page 0',
      record: { pages: pageWith(1, { page: 0 }) },
      expect: [{ kind: 'sequence', message: ['page 1: meta.page is 0, expected 1'] }],
    },
    {
      name: 'the first page says its size is 50, though 3 were asked for',
      record: { pages: pageWith(0, { page_size: 50 }) },
      expect: [{ kind: 'sequence', message: ['page 0: meta.page_size is 50, expected 3'] }],
    },
    {
      name: 'page 0 has a previous page',
      record: { pages: pageWith(0, { previous_page_url: json(pages[1]!).meta.url }) },
      expect: [{ kind: 'sequence', message: ['page 0: meta.previous_page_url is', 'on page 0, expected null'] }],
    },
    {
      name: 'a page holds more than its page size',
      record: { pages: pageWith(0, {}, members.slice(0, 4)) },
      expect: [{ kind: 'sequence', message: ['page 0: holds 4 items; at most 3 expected'] }],
    },
    {
      name: 'an item on two pages',
      record: { pages: pageWith(1, {}, [members[2], members[4], members[5]]) },
      expect: [{ kind: 'sequence', message: [`page 1 repeats ${nthSid('MB', 2)} (first on page 0)`] }],
    },
    {
      name: 'next_page_url null before the end',
      record: { pages: pageWith(1, { next_page_url: null }) },
      expect: [{ kind: 'sequence', message: [`next_page_url is null on page 1, but ${nthSid('MB', 6)} never appeared`] }],
    },
    {
      name: 'a next_page_url to an empty page',
      record: { pages: [...pageWith(2, { next_page_url: `${json(pages[2]!).meta.first_page_url}&Page=3` }), { status: 200, json: listPage('chat_v2', [], { page: 3, page_size: 3 }) }] },
      expect: [{ kind: 'sequence', message: ['page 2 gave a next_page_url, but no item was left'] }],
    },
    {
      name: 'the default page size is not 50',
      record: { pages, whole: { status: 200, json: listPage('chat_v2', members, { page_size: 20 }) } },
      expect: [{ kind: 'sequence', message: ['a list without PageSize has meta.page_size 20; the default is 50'] }],
    },
    {
      name: 'the identity filter lets another member through',
      record: { pages, whole, filtered: { status: 200, json: listPage('chat_v2', members.slice(0, 3)) } },
      expect: [{ kind: 'sequence', message: ['list filtered by Identity="paged0","paged1" returned 3 items (1 others); expected exactly 2'] }],
    },
  ],
};
