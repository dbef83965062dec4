import type { Exchange } from '../http/types.js';
import type { OperationKind } from '../spec/types.js';
import type { CheckContext, Scenario } from './types.js';

/** Small predicates that say when a check applies, composed with {@link all}. */
export type Guard = (ctx: CheckContext, exchange: Exchange) => boolean;

export const all =
  (...guards: Guard[]): Guard =>
  (ctx, exchange) =>
    guards.every((guard) => guard(ctx, exchange));

export const inScenario =
  (...scenarios: Scenario[]): Guard =>
  (ctx) =>
    scenarios.includes(ctx.scenario);

export const ofKind =
  (...kinds: OperationKind[]): Guard =>
  (ctx) =>
    kinds.includes(ctx.operation.kind);

export const succeeded: Guard = (_ctx, { response }) => response.status >= 200 && response.status < 300;
export const isError: Guard = (_ctx, { response }) => response.status >= 400;
export const always: Guard = () => true;

/** The JSON object of a successful response, when it has one. */
export const jsonObject = (exchange: Exchange): Record<string, unknown> | undefined => {
  const json = exchange.response.json;
  return json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
};

export const hasJsonObject: Guard = (_ctx, exchange) => jsonObject(exchange) !== undefined;
