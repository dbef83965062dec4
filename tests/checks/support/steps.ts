import type { Step, StepAction } from '../../../src/checks/types.js';
import type { TransportFailure } from '../../../src/http/types.js';
import { exchangeOf, type Answer } from './answer.js';

/** When every case's answers came: "now" for the rules on the dates a target sets itself. */
export const NOW = '2024-05-01T12:00:00Z';

type Form = [string, string][];
/** An answer, or none (a transport failure). */
type Got = Answer | TransportFailure;

/** What a Chat sequence sends for each action, as the report's lines name it. */
const OPERATION: Record<StepAction, string> = {
  create: 'CreateMember',
  'create again': 'CreateMember',
  'create together': 'CreateMember',
  fetch: 'FetchMember',
  'fetch after delete': 'FetchMember',
  update: 'UpdateMember',
  'update to a taken value': 'UpdateMember',
  delete: 'DeleteMember',
  'delete after delete': 'DeleteMember',
  list: 'ListMember',
  'next page': 'ListMember',
};

/** One recorded step of a Chat sequence: the action, what it sent, the answer (or none: a transport failure). */
export function step(action: StepAction, answer: Got, sent: Partial<Pick<Step, 'form' | 'query' | 'sid' | 'by'>> = {}): Step {
  const outcome = 'code' in answer ? answer : exchangeOf(answer);
  const words = [OPERATION[action], sent.sid, ...(sent.query ?? []).map(([k, v]) => `${k}=${v}`), ...(sent.form ?? []).map(([k, v]) => `${k}=${JSON.stringify(v)}`)];
  return { action, line: words.filter(Boolean).join(' '), form: [], query: [], at: Date.parse(NOW), ...sent, outcome };
}

export const create = (form: Form, answer: Got, action: StepAction = 'create'): Step => step(action, answer, { form });
export const fetch = (sid: string, answer: Got, by = 'sid'): Step => step('fetch', answer, { sid, by });
export const update = (sid: string, form: Form, answer: Got, action: StepAction = 'update'): Step => step(action, answer, { sid, form });
export const remove = (sid: string, answer: Got, by = 'sid'): Step => step('delete', answer, { sid, by });

/** A list read: its first page (`query` sent), then the pages it reached by next_page_url. */
export const read = (pages: readonly Got[], query: Form = [['PageSize', '50']]): Step[] =>
  pages.map((page, i) => (i === 0 ? step('list', page, { query }) : step('next page', page)));

/** Creates sent together: one per form, with the answer at the same place. */
export const together = (forms: readonly Form[], answers: readonly Got[]): Step[] =>
  forms.map((form, i) => step('create together', answers[i]!, { form }));

/** An answer that never came. */
export const noAnswer = (code: TransportFailure['code'] = 'TIMEOUT'): TransportFailure => ({
  request: { method: 'GET', url: 'http://replay.invalid/', headers: {} },
  code,
  message: `${code} after 10000 ms`,
  durationMs: 10_000,
});
