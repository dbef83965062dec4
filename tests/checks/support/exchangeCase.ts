import type { CheckContext, Scenario } from '../../../src/checks/types.js';
import type { Breakage } from '../../../src/generate/types.js';
import type { Exchange } from '../../../src/http/types.js';
import type { Operation } from '../../../src/spec/types.js';
import { exchangeOf, type Answer } from './answer.js';
import type { Expected } from './expected.js';
import { ACCOUNT, FIXTURES, subject, type SpecId } from './subjects.js';

/** One exchange a check judges, as data: what was sent, what came back, the failures it must give. */
export interface ExchangeCase {
  name: string;
  spec: SpecId;
  operation: string;
  /** Default `positive`. */
  scenario?: Scenario;
  /** Path values over the fixtures (an alias, the instance id). */
  path?: Record<string, string>;
  query?: [string, string][];
  form?: [string, string][];
  breaks?: Breakage;
  response: Answer;
  /** The URL the request went to, when a check reads it (a base URL with a path: `http://host/chat/v2/…`). */
  requestUrl?: string;
  listBefore?: unknown[];
  listAfter?: unknown[];
  createdSids?: string[];
  /** A change to the loaded operation (a documented header made required, say). */
  adjust?: (operation: Operation) => Operation;
  /** False when the check must not judge this exchange at all. Default true. */
  applies?: boolean;
  expect: Expected[];
}

/** The check context the runner would build for this case, and the exchange. */
export async function materialise(item: ExchangeCase): Promise<{ ctx: CheckContext; exchange: Exchange }> {
  const found = await subject(item.spec, item.operation);
  const operation = item.adjust ? item.adjust(found.operation) : found.operation;
  const ctx: CheckContext = {
    scenario: item.scenario ?? 'positive',
    operation,
    resource: found.resource,
    case: {
      operation,
      path: { ...FIXTURES[item.spec], ...item.path },
      query: item.query ?? [],
      headers: {},
      ...(item.form ? { form: item.form } : {}),
      ...(item.breaks ? { breaks: item.breaks } : {}),
    },
    accountSid: ACCOUNT,
    fixtures: FIXTURES[item.spec]!,
    ...(item.listBefore ? { listBefore: item.listBefore } : {}),
    ...(item.listAfter ? { listAfter: item.listAfter } : {}),
    ...(item.createdSids ? { createdSids: new Set(item.createdSids) } : {}),
  };
  return { ctx, exchange: item.requestUrl ? exchangeOf(item.response, { method: 'GET', url: item.requestUrl, headers: {} }) : exchangeOf(item.response) };
}

/** A negative case's label, as the generator writes it. */
export const breaking = (name: string, description: string, rule: Breakage['rule'] = 'required'): Breakage => ({
  rule,
  location: 'body',
  name,
  description,
});
