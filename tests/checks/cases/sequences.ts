import type { CheckId } from '../../../src/checkIds.js';
import type { SequenceTable } from '../support/sequenceCase.js';
import { concurrency } from './concurrency.js';
import { conflictTable } from './conflict.js';
import { lifecycle } from './lifecycle.js';
import { pagination } from './pagination.js';
import { timestamps } from './timestamps.js';

/** The cases of the checks judged inside sequences today (src/run/sequences), by check id. */
// `any`: each table has its own record type; the loop only hands a table its own records.
export const SEQUENCE_CASES: Partial<Record<CheckId, SequenceTable<any>>> = {
  lifecycle,
  timestamps,
  pagination,
  conflict: conflictTable,
  concurrency,
};
