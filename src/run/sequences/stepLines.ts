import type { Step } from '../../checks/types.js';
import type { RequestCase } from '../../generate/types.js';
import { isExchange } from '../../http/isExchange.js';

/** Long generated values make unreadable steps: show the start and the length. */
const shown = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…(${value.length})` : value);

/** A request in words: `CreateMember Identity="jing"`, `FetchMember jing`, `ListMember ?PageSize=3`. */
export function describeCase(requestCase: RequestCase): string {
  const form = requestCase.form?.map(([k, v]) => `${k}=${shown(v)}`).join(' ') ?? '';
  const query = requestCase.query.map(([k, v]) => `${k}=${v}`).join('&');
  const id = Object.entries(requestCase.path).at(-1)?.[1] ?? '';
  return `${requestCase.operation.operationId}${id ? ` ${id}` : ''}${query ? ` ?${query}` : ''}${form ? ` ${form}` : ''}`;
}

/** The steps as a report lists them, one line each with what came back (a burst's creates are left out). */
export const stepLines = (steps: readonly Step[]): string[] =>
  steps
    .filter((step) => step.action !== 'create together')
    .map((step) => `${step.line} → ${isExchange(step.outcome) ? step.outcome.response.status : `no answer (${step.outcome.code})`}`);
