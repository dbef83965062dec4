import { expect } from 'vitest';
import type { CheckId } from '../../../src/checkIds.js';
import type { Failure } from '../../../src/checks/types.js';

/** One failure a case must produce: its kind, fragments of its message, and its pointer when it has one. */
export interface Expected {
  /** When the failure belongs to another check than the table's (a 5xx inside a sequence). */
  check?: CheckId;
  kind: string;
  message: string[];
  pointer?: string;
  /** Of a sequence check: the index of the step whose answer shows the failure. */
  step?: number;
}

/** The failures are exactly the expected ones, in order, all under `check`. */
export function expectFailures(check: CheckId, failures: readonly Failure[], expected: readonly Expected[]): void {
  const shown = failures.map((f) => `${f.check} ${f.kind}: ${f.message}`);
  expect(failures.map((f) => f.kind), shown.join('\n')).toEqual(expected.map((e) => e.kind));
  failures.forEach((failure, i) => {
    const want = expected[i]!;
    expect(failure.check).toBe(want.check ?? check);
    for (const fragment of want.message) expect(failure.message).toContain(fragment);
    if (want.pointer !== undefined) expect(failure.pointer).toBe(want.pointer);
    if (want.step !== undefined) expect(failure.step).toBe(want.step);
  });
}
