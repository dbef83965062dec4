import type { RunReport } from './report.js';

/**
 * One line when most failures are 404s: a wrong base URL or path prefix (or wrong fixture parents)
 * fails every check the same way, and the cause is easier to see said once than in every failure.
 */
export function notFoundHint(report: Pick<RunReport, 'failures'>): string | undefined {
  const answered = report.failures.filter((failure) => failure.response !== null);
  const notFound = answered.filter((failure) => failure.response!.status === 404);
  // Enough failures that it is a pattern, and nearly all of them 404: not one check's own 404s.
  if (notFound.length < 5 || notFound.length < 0.8 * answered.length) return undefined;
  const first = notFound[0]!.request;
  return (
    `hint: most requests got 404 (${notFound.length} of ${report.failures.length} failures): ` +
    `check the base URL / path prefix and the fixtures; e.g. ${first.method} ${first.url}`
  );
}
