import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The files of the README's "In your own vitest suite" section: each ```ts block whose first line is
 * `// NAME ...` is the file NAME, exactly as printed.
 */
export function readmeFiles(root: string): Map<string, string> {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const start = readme.indexOf('### In your own vitest suite');
  if (start < 0) throw new Error('README.md has no "In your own vitest suite" section');
  const end = readme.indexOf('\n## ', start);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const files = new Map<string, string>();
  for (const [, text, name] of section.matchAll(/```ts\n(\/\/ ([\w.-]+?):? [^\n]*\n[\s\S]*?)```/gu)) files.set(name!, text!);
  return files;
}
