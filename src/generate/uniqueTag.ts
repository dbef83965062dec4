/**
 * A tag factory for the `unique` option: `~` + a run id + a counter (`~k3f9.1`, `~k3f9.2`, …). The run
 * id keeps identities apart from a previous run that left resources behind.
 */
export function uniqueTag(runId: string = Math.random().toString(36).slice(2, 6)): () => string {
  let count = 0;
  return () => `~${runId}.${(++count).toString(36)}`;
}
