import { loadSpecs } from '../spec/loadSpecs.js';
import { specIdOfName } from '../spec/specIdOf.js';
import type { LoadedSpec, SpecIndex } from '../spec/types.js';
import { diffOperations } from './diffOperations.js';
import type { Change } from './types.js';

/** `twilio_chat_v2.json` and `chat_v2.yaml` describe the same API (the loader's spec ids already say so). */
export const specKey = specIdOfName;

export interface SpecPair {
  /** The id changes are listed under: the newer file's when both exist. */
  id: string;
  before?: LoadedSpec;
  after?: LoadedSpec;
}

/** One spec on each side is compared whatever the names; otherwise specs are matched by {@link specKey}. */
export function pairSpecs(before: readonly LoadedSpec[], after: readonly LoadedSpec[]): SpecPair[] {
  if (before.length === 1 && after.length === 1) return [{ id: after[0]!.id, before: before[0]!, after: after[0]! }];
  const old = new Map(before.map((spec) => [specKey(spec.id), spec]));
  const pairs: SpecPair[] = after.map((spec) => ({ id: spec.id, after: spec, ...optionalBefore(old.get(specKey(spec.id))) }));
  const matched = new Set(after.map((spec) => specKey(spec.id)));
  for (const spec of before) if (!matched.has(specKey(spec.id))) pairs.push({ id: spec.id, before: spec });
  return pairs;
}

const optionalBefore = (spec: LoadedSpec | undefined) => (spec ? { before: spec } : {});

/** Every change between two loaded sets of specs; a spec on one side only is all added or all removed. */
export function diffIndexes(before: SpecIndex, after: SpecIndex): Change[] {
  return pairSpecs(before.specs, after.specs).flatMap((pair) =>
    diffOperations(pair.before?.operations ?? [], pair.after?.operations ?? []).map((change) => ({ ...change, specId: pair.id })),
  );
}

/** Loads for comparing only: the same loader as a run (3.0 → 3.1, flattened, dereferenced), no validators compiled. */
export const loadForDiff = (paths: string | readonly string[]): Promise<SpecIndex> => loadSpecs(paths, { compile: false });

export async function diffPaths(before: string | readonly string[], after: string | readonly string[]): Promise<Change[]> {
  return diffIndexes(await loadForDiff(before), await loadForDiff(after));
}
