import { shellQuote } from '../http/shellQuote.js';
import type { ParsedArgs } from './command.js';

/** The command line as it was given (flag by flag), for reports; a token given as a flag shows as ***. */
export function commandLine(name: string, { values, positionals }: ParsedArgs): string {
  const words = ['apiconform', name, ...positionals];
  for (const [flag, raw] of Object.entries(values)) {
    for (const value of [raw].flat()) {
      if (value === undefined || value === false) continue;
      words.push(`--${flag}`);
      if (value !== true) words.push(flag === 'auth-token' ? '***' : value);
    }
  }
  return words.map((word) => (/^[\w@%+=:,./-]+$/u.test(word) ? word : shellQuote(word))).join(' ');
}
