import type { Answer } from '../support/answer.js';
import { chatMember, listPage, twilioError } from '../support/bodies.js';
import type { SequenceCase } from '../support/sequenceCase.js';
import { nthSid, pagesOf } from '../support/sequenceData.js';
import { create, read, step } from '../support/steps.js';

// Steps of the pagination sequence on Chat members: seven creates, the pages of three walked by
// next_page_url, a list without PageSize, and a list filtered by two of the created identities.
const members = Array.from({ length: 7 }, (_, i) => chatMember({ sid: nthSid('MB', i), identity: `paged${i}` }));
const creates = members.map((json) => create([['Identity', String(json.identity)]], { status: 201, json }));
const pages = pagesOf('chat_v2', members, 3);
const walk = (answers: Answer[]) => read(answers, [['PageSize', '3']]);
const whole = (answer: Answer = { status: 200, json: listPage('chat_v2', members) }) => step('list', answer);
const filtered = (items: Record<string, unknown>[]) => read([{ status: 200, json: listPage('chat_v2', items) }], [['Identity', 'paged0'], ['Identity', 'paged1'], ['PageSize', '50']]);
const json = (answer: Answer) => answer.json as { members: unknown[]; meta: Record<string, unknown> };

/** Page `at` of the good walk, with its meta or items changed. */
function pageWith(at: number, meta: Record<string, unknown>, items?: unknown[]): Answer[] {
  return pages.map((page, i) => (i === at ? { status: 200, json: { members: items ?? json(page).members, meta: { ...json(page).meta, ...meta } } } : page));
}

export const paginationCases: SequenceCase[] = [
  { name: 'three pages of three, the default of 50, the filter', steps: [...creates, ...walk(pages), whole(), ...filtered(members.slice(0, 2))], expect: [] },
  {
    name: 'a create before paging refused',
    steps: [create([['Identity', 'paged0']], { status: 400, json: twilioError(400, 21201) })],
    expect: [{ kind: 'sequence', message: ['create before paging: Received 400 / Expected 201'] }],
  },
  {
    name: 'meta.key is not the list property',
    steps: [...creates, ...walk(pageWith(0, { key: 'items' }))],
    expect: [{ kind: 'sequence', message: ['page 0: meta.key is "items", expected "members"'], step: 7 }],
  },
  {
    name: 'the second page says it is page 0',
    steps: [...creates, ...walk(pageWith(1, { page: 0 }))],
    expect: [{ kind: 'sequence', message: ['page 1: meta.page is 0, expected 1'], step: 8 }],
  },
  {
    name: 'the first page says its size is 50, though 3 were asked for',
    steps: [...creates, ...walk(pageWith(0, { page_size: 50 }))],
    expect: [{ kind: 'sequence', message: ['page 0: meta.page_size is 50, expected 3'] }],
  },
  {
    name: 'page 0 has a previous page',
    steps: [...creates, ...walk(pageWith(0, { previous_page_url: json(pages[1]!).meta.url }))],
    expect: [{ kind: 'sequence', message: ['page 0: meta.previous_page_url is', 'on page 0, expected null'] }],
  },
  {
    name: 'a page holds more than its page size',
    steps: [...creates, ...walk(pageWith(0, {}, members.slice(0, 4)))],
    expect: [{ kind: 'sequence', message: ['page 0: holds 4 items; at most 3 expected'] }],
  },
  {
    name: 'the second page answers 404',
    steps: [...creates, ...walk([pages[0]!, { status: 404, json: twilioError(404, 20404) }])],
    expect: [{ kind: 'sequence', message: ['page 1: Received 404 / Expected 200'] }],
  },
  {
    name: 'an item on two pages',
    steps: [...creates, ...walk(pageWith(1, {}, [members[2], members[4], members[5]]))],
    expect: [{ kind: 'sequence', message: [`page 1 repeats ${nthSid('MB', 2)} (first on page 0)`] }],
  },
  {
    name: 'next_page_url null before the end',
    steps: [...creates, ...walk(pageWith(1, { next_page_url: null }))],
    expect: [{ kind: 'sequence', message: [`next_page_url is null on page 1, but ${nthSid('MB', 6)} never appeared`], step: 8 }],
  },
  {
    name: 'a next_page_url to an empty page',
    steps: [
      ...creates,
      ...walk([...pageWith(2, { next_page_url: `${json(pages[2]!).meta.first_page_url}&Page=3` }), { status: 200, json: listPage('chat_v2', [], { page: 3, page_size: 3 }) }]),
    ],
    expect: [{ kind: 'sequence', message: ['page 2 gave a next_page_url, but no item was left'], step: 10 }],
  },
  {
    name: 'following next_page_url gets a 500',
    steps: [...creates, ...walk([pages[0]!, { status: 500, json: twilioError(500, 20500) }])],
    expect: [{ check: 'no_server_error', kind: 'sequence', message: ['Received: 500 following next_page_url'] }],
  },
  {
    name: 'the default page size is not 50',
    steps: [...creates, ...walk(pages), whole({ status: 200, json: listPage('chat_v2', members, { page_size: 20 }) })],
    expect: [{ kind: 'sequence', message: ['a list without PageSize has meta.page_size 20; the default is 50'], step: 10 }],
  },
  {
    name: 'the identity filter lets another member through',
    steps: [...creates, ...walk(pages), whole(), ...filtered(members.slice(0, 3))],
    expect: [{ kind: 'sequence', message: ['list filtered by Identity="paged0","paged1" returned 3 items (1 others); expected exactly 2'], step: 11 }],
  },
];
