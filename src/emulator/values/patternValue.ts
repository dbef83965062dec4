import fc from 'fast-check';
import { prefixesOfPattern } from '../../spec/sids.js';

const compiled = new Map<string, RegExp | null>();

function regexOf(pattern: string): RegExp | null {
  if (!compiled.has(pattern)) {
    let regex: RegExp | null = null;
    try {
      regex = new RegExp(pattern, 'u');
    } catch {
      regex = null;
    }
    compiled.set(pattern, regex);
  }
  return compiled.get(pattern)!;
}

/** The literal text a pattern starts with: `^aia_asst_.+$` → `aia_asst_`. */
const literalPrefix = (pattern: string): string => /^\^?([A-Za-z0-9_-]*)/u.exec(pattern)?.[1] ?? '';

/**
 * A string that matches `pattern`, built around `hex` (32 hex digits, unique per call when the caller
 * makes it so): the SID prefix the pattern documents (the first of an alternation) or its literal start,
 * then the digits; fast-check's generator, seeded by the digits, for anything else.
 */
export function patternValue(pattern: string, hex: string, fallbackPrefix = 'XX'): string | undefined {
  const regex = regexOf(pattern);
  if (!regex) return undefined;
  const candidates = [...prefixesOfPattern(pattern).map((prefix) => prefix + hex), literalPrefix(pattern) + hex, fallbackPrefix + hex, hex];
  const fitting = candidates.find((candidate) => regex.test(candidate));
  if (fitting !== undefined) return fitting;
  const [sample] = fc.sample(fc.stringMatching(regex), { seed: Number.parseInt(hex.slice(0, 8), 16) | 0, numRuns: 1 });
  return sample;
}
