/**
 * Harness errors: something is wrong with what the user gave us (a spec, a flag, a config, a target
 * that cannot be reached), never a verdict about the target. Each has a stable code and ends a run
 * with exit 2 and one message.
 */
export type HarnessErrorCode =
  | 'SPEC_NOT_FOUND'
  | 'SPEC_PARSE'
  | 'SPEC_INVALID'
  | 'SPEC_REF'
  | 'SPEC_VERSION'
  | 'SPEC_EMPTY'
  | 'USAGE'
  | 'CONFIG'
  | 'FIXTURE'
  | 'TARGET_UNREACHABLE'
  | 'UNSUPPORTED_VITEST'
  /** The target answered only 429 for longer than the run's budget for them. */
  | 'RATE_LIMITED';

export class HarnessError extends Error {
  override readonly name = 'HarnessError';

  constructor(
    readonly code: HarnessErrorCode,
    message: string,
    readonly details: { file?: string; pointer?: string } = {},
  ) {
    super(message);
  }
}

export const isHarnessError = (error: unknown): error is HarnessError => error instanceof HarnessError;
