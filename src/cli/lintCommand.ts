import { BUNDLED_SPECS } from '../run/bundledSpecs.js';
import { loadSpecs } from '../spec/loadSpecs.js';
import type { Command } from './command.js';

export const lintCommand: Command = {
  name: 'lint',
  summary:
    'Loads OpenAPI files (JSON or YAML, 3.0 or 3.1) the way a run does and reports what is wrong with them,\n' +
    'including examples that do not match their own schema. Exit 0: no error; 1: errors (or, with --strict,\n' +
    'warnings); 2: a file that cannot be loaded at all.\nWith no file, it lints the bundled specs, the ones `run` tests by default.',
  usage: 'apiconform lint [--strict] [--quiet] [<spec file or directory>...]',
  options: {
    strict: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  },
  help:
    '      --strict             treat warnings as errors (exit 1 when there is any)\n' +
    '  -q, --quiet              print errors only, and the summary',
  async run({ values, positionals }, io) {
    const paths = positionals.length > 0 ? positionals : [BUNDLED_SPECS];
    const index = await loadSpecs(paths, { lintExamples: true, allowErrors: true });
    const errors = index.diagnostics.filter((d) => d.severity === 'error');
    const warnings = index.diagnostics.filter((d) => d.severity === 'warning');
    for (const d of values.quiet ? errors : index.diagnostics) {
      io.stdout(`${d.file}#${d.pointer} ${d.severity}: ${d.message}\n`);
    }
    io.stdout(
      `${index.specs.length} spec(s), ${index.operations.length} operation(s), ${index.resources.length} resource(s): ` +
        `${errors.length} error(s), ${warnings.length} warning(s)\n`,
    );
    return errors.length > 0 || (values.strict && warnings.length > 0) ? 1 : 0;
  },
};
