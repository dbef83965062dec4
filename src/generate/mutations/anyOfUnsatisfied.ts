import { anyOfRequired } from '../bodyVariants.js';
import type { Breakage, Mutation, RequestCase } from '../types.js';

const without = (base: RequestCase, names: readonly string[], breaks: Breakage, fill?: string): RequestCase => ({
  ...base,
  form: [...(base.form ?? []).filter(([name]) => !names.includes(name)), ...(fill === undefined ? [] : names.map((name): [string, string] => [name, fill]))],
  breaks,
});

/**
 * A body that satisfies no `anyOf` branch (Conversations create with neither `Identity` nor
 * `MessagingBinding.Address`): every name a branch requires left out, and every one sent empty.
 */
export const anyOfUnsatisfied: Mutation = (base) => {
  const names = [...new Set(anyOfRequired(base.operation.requestBody?.schema ?? {}).flat())];
  if (names.length === 0) return [];
  const list = names.join(', ');
  return [
    without(base, names, { rule: 'required', location: 'body', name: '', description: `none of ${list} is given` }),
    without(base, names, { rule: 'empty', location: 'body', name: '', description: `${list} are all empty` }, ''),
  ];
};
