import type { CheckResult } from './report.js';

/** One line per operation as its checks finish: `  ✓ chat_v2 CreateMember  11 checks, 412 cases`. */
export function progressPrinter(io: { stdout(text: string): void }) {
  let current: { key: string; results: CheckResult[] } | undefined;
  const flush = () => {
    if (!current) return;
    const failed = current.results.filter((r) => r.status === 'failed').map((r) => r.check);
    const skipped = current.results.filter((r) => r.status === 'skipped').length;
    const cases = current.results.reduce((sum, r) => sum + r.cases, 0);
    // ✓ only where something was judged: a subject whose every check was skipped says why instead.
    const untested = skipped === current.results.length;
    const mark = failed.length > 0 ? '✗' : untested ? '-' : '✓';
    const reasons = [...new Set(current.results.map((r) => r.reason ?? ''))].filter(Boolean);
    const tail = untested
      ? [`not tested: ${reasons.join('; ') || 'every check skipped'}`]
      : [`${current.results.length} checks`, `${cases} cases`, ...(skipped ? [`${skipped} skipped`] : []), ...(failed.length ? [`FAILED: ${failed.join(', ')}`] : [])];
    io.stdout(`  ${mark} ${current.key.padEnd(58)} ${tail.join(', ')}\n`);
    current = undefined;
  };
  return {
    onResult(result: CheckResult) {
      const key = `${result.spec} ${result.operation}`;
      if (current?.key !== key) flush();
      current ??= { key, results: [] };
      current.results.push(result);
    },
    finish: flush,
  };
}
