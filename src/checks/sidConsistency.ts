import { all, inScenario, succeeded } from './guards.js';
import { representations } from './representations.js';
import { ANY_SID } from '../spec/sids.js';
import { snakeCase } from '../spec/snakeCase.js';
import type { CheckContext, ExchangeCheck, Failure } from './types.js';

/** The SID a parent field must hold: the fixture's SID even when the path named the parent by alias. */
function expectedParents(ctx: CheckContext): Map<string, string> {
  const expected = new Map<string, string>();
  for (const param of ctx.resource.parentParams) {
    const fixture = ctx.fixtures[param];
    const inPath = ctx.case.path[param];
    const sid = fixture !== undefined && ANY_SID.test(fixture) ? fixture : inPath;
    if (sid !== undefined) expected.set(snakeCase(param), sid);
  }
  return expected;
}

/** Whether a create or update of the resource takes an `AccountSid` body parameter. */
const movesAccounts = (ctx: CheckContext): boolean =>
  [ctx.resource.operations.create, ctx.resource.operations.update].some(
    (operation) => 'AccountSid' in (((operation?.requestBody?.schema as { properties?: object } | undefined)?.properties ?? {}) as object),
  );

/** `account_sid` is the caller's account (or the one the request named), parent SIDs are the path's parents, a new SID is new. */
export const sidConsistency: ExchangeCheck = {
  id: 'sid_consistency',
  judges: 'exchange',
  appliesTo: all(inScenario('positive'), succeeded),
  run(ctx, exchange) {
    const failures: Failure[] = [];
    const expected = expectedParents(ctx);
    // A request may name the (sub)account the resource belongs to (accounts_v1 credentials' AccountSid,
    // a Super SIM moved to another account): then that one; a resource that can be given another
    // account is not judged by the caller's.
    const named = [...(ctx.case.form ?? []), ...ctx.case.query].find(([name]) => name === 'AccountSid')?.[1];
    if (named !== undefined && ANY_SID.test(named) && named.startsWith('AC')) expected.set('account_sid', named);
    else if (movesAccounts(ctx)) expected.delete('account_sid'); // the 2010 API's {AccountSid} included
    else expected.set('account_sid', ctx.accountSid);
    for (const { pointer, value } of representations(ctx, exchange)) {
      for (const [field, sid] of expected) {
        if (field in value && value[field] !== sid) {
          failures.push({
            check: 'sid_consistency',
            kind: 'wrong_parent',
            pointer: `${pointer}/${field}`,
            message: `Received: ${pointer}/${field} ${JSON.stringify(value[field])} / Expected: ${sid}`,
          });
        }
      }
    }
    const created = exchange.response.json as { sid?: unknown } | undefined;
    if (ctx.operation.kind === 'create' && typeof created?.sid === 'string' && ctx.createdSids?.has(created.sid)) {
      failures.push({
        check: 'sid_consistency',
        kind: 'duplicate_sid',
        pointer: '/sid',
        message: `create answered sid ${created.sid}, which an earlier create in this run already got`,
      });
    }
    return failures;
  },
};
