// The terminal matrix fits 100 columns whatever the operation names; the full-width form stays as it was.
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, type CheckId } from '../../src/checkIds.js';
import { formatCompactMatrix } from '../../src/run/formatCompactMatrix.js';
import { formatMatrix } from '../../src/run/formatMatrix.js';
import type { CheckResult, RunReport } from '../../src/run/report.js';
import { runCli } from '../helpers/runCli.js';

const columns = (line: string): number => [...line].length;

const OPERATIONS: Record<string, string[]> = {
  chat_v2: ['ListMember', 'CreateMember', 'Members sequences'],
  conversations_v1: ['CreateServiceConversationParticipant', 'Participants sequences'],
  vendor_v1: ['UpdateAVeryLongVendorSpecificOperationIdThatNeverEndsAtAllReally'],
};

function report(status: (spec: string, operation: string, check: CheckId) => CheckResult['status'] | undefined): RunReport {
  const results = Object.entries(OPERATIONS).flatMap(([spec, operations]) =>
    operations.flatMap((operation) =>
      CHECK_IDS.flatMap((check) => {
        const s = status(spec, operation, check);
        return s ? [{ spec, operation, check, status: s, cases: 1 }] : [];
      }),
    ),
  );
  return { results } as unknown as RunReport;
}

describe('formatCompactMatrix', () => {
  const failing = report((spec, operation, check) =>
    operation.endsWith('sequences') ? (check === 'lifecycle' ? 'failed' : undefined) : check === 'auth' ? 'skipped' : 'passed',
  );
  const text = formatCompactMatrix(failing);
  const lines = text.split('\n');

  it('keeps every line within 100 columns, even with a 65-character operationId', () => {
    expect(lines.filter((line) => columns(line) > 100)).toEqual([]);
    expect(Math.max(...formatMatrix(failing).split('\n').map(columns))).toBeGreaterThan(200);
  });

  it('has one block per spec with two-letter headers, marks under them, and a legend', () => {
    expect(lines[0]).toBe(`chat_v2${' '.repeat(37)}st ct rs sp sc re df su lc ts pg nr nf au es ns cf cc rh`);
    expect(lines[1]).toBe(`  ListMember${' '.repeat(32)}✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  -  ✓  ✓  ✓  ✓  ✓`);
    expect(lines[3]).toBe(`  Members sequences${' '.repeat(25)}·  ·  ·  ·  ·  ·  ·  ·  ✗${'  ·'.repeat(10)}`);
    expect(lines).toContain('  UpdateAVeryLongVendorSpecificOperationI…  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  -  ✓  ✓  ✓  ✓  ✓');
    expect(text).toContain('\n\nconversations_v1 ');
    for (const id of CHECK_IDS) expect(text).toMatch(new RegExp(`(^|  )[a-z]{2} ${id}(  |$)`, 'mu'));
    expect(lines.at(-1)).toMatch(/✓ pass {2}✗ FAIL {2}- skipped {2}· does not apply$/u);
  });
});

describe('apiconform run prints the compact matrix', () => {
  it('every line from the matrix to its legend fits 100 columns', async () => {
    const { code, stdout } = await runCli(['run', '--runs', '2', '--seed', '1', '-q']);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    const from = lines.findIndex((line) => line.startsWith('chat_v2 '));
    const to = lines.findIndex((line) => line.startsWith('PASSED:'));
    expect(from).toBeGreaterThan(0);
    expect(lines.slice(from, to).filter((line) => columns(line) > 100)).toEqual([]);
    expect(lines.slice(from, to)).toContain('  Participants sequences                ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ✓  ·  ·  ·  ✓  ✓  ✓  ✓  ✓');
  });
});
