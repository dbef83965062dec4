import { formatFailures, formatMatrix } from '../run/formatMatrix.js';
import { mergeReports } from '../run/reports/mergeReports.js';
import { readReport } from '../run/reports/readReport.js';
import { headline } from '../run/reports/summaryLine.js';
import { exitCodeOf } from '../run/verdictOf.js';
import { HarnessError } from '../errors.js';
import type { Command } from './command.js';
import { printBaseline } from './printBaseline.js';
import { writeRunReports } from './writeRunReports.js';

export const mergeCommand: Command = {
  name: 'merge',
  summary:
    'Merges the JSON reports of `apiconform run --shard i/n` runs into one report, as one unsharded run\n' +
    'with the same seed would have written it, and prints its matrix and verdict.\n' +
    'Exit 0: every check passed; 1: at least one violation; 2: reports that are not shards of one run.',
  usage: 'apiconform merge A.json B.json ... [--report-json FILE] [--report-junit FILE] [--report-html FILE] [--report-markdown FILE]',
  options: {
    'report-json': { type: 'string' },
    'report-junit': { type: 'string' },
    'report-html': { type: 'string' },
    'report-markdown': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  },
  help: [
    '      --report-json FILE       write the merged JSON report',
    '      --report-junit FILE      write the merged JUnit XML report',
    '      --report-html FILE       write the merged single-file HTML report',
    '      --report-markdown FILE   write the Markdown summary (also appended to $GITHUB_STEP_SUMMARY when set)',
    '  -q, --quiet                  only the verdict line',
  ].join('\n'),
  async run(parsed, io) {
    if (parsed.positionals.length === 0) throw new HarnessError('USAGE', 'give the JSON reports to merge (see apiconform merge --help)');
    const reports = [];
    for (const file of parsed.positionals) reports.push({ file, report: await readReport(file, 'merge:') });
    const merged = mergeReports(reports);
    if (parsed.values.quiet !== true) {
      io.stdout(`${formatMatrix(merged)}\n`);
      if (merged.failures.length > 0) io.stdout(`\n${formatFailures(merged)}\n`);
      io.stdout('\n');
    }
    io.stdout(`${headline(merged)} (merged from ${reports.length} report(s))\n`);
    if (merged.error) io.stdout(`${merged.error.code}: ${merged.error.message}\n`);
    printBaseline(merged, io);
    const value = (flag: string) => parsed.values[flag] as string | undefined;
    await writeRunReports(
      merged,
      { reportJson: value('report-json'), reportJunit: value('report-junit'), reportHtml: value('report-html'), reportMarkdown: value('report-markdown') },
      io.env,
    );
    return exitCodeOf(merged);
  },
};
