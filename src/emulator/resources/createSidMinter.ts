import { randomBytes } from 'node:crypto';
import { mulberry32 } from '../../prng.js';

export interface SidMinter {
  /** `MB` → `MB` + 32 hex digits, never handed out before. */
  mint: (prefix: string) => string;
  /** `n` hex digits (an auth token is 32). */
  hex: (digits: number) => string;
  issued: Set<string>;
}

/** Seeded: the same seed gives the same SIDs in the same order. Unseeded: crypto-random. */
export function createSidMinter(seed?: number): SidMinter {
  const next = seed === undefined ? undefined : mulberry32(Math.floor(seed));
  const hex = (digits: number): string => {
    if (!next) return randomBytes(Math.ceil(digits / 2)).toString('hex').slice(0, digits);
    let text = '';
    while (text.length < digits) text += next().toString(16).padStart(8, '0');
    return text.slice(0, digits);
  };
  const issued = new Set<string>();
  const mint = (prefix: string): string => {
    let sid = prefix + hex(32);
    while (issued.has(sid)) sid = prefix + hex(32);
    issued.add(sid);
    return sid;
  };
  return { mint, hex, issued };
}
