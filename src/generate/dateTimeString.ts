import fc from 'fast-check';

const DAY = 86_400_000;
// A day inside 1970–9999 on both sides: any offset keeps the written date and the instant in range.
const MIN = Date.UTC(1970, 0, 2);
const MAX = Date.UTC(9999, 11, 30, 23, 59, 59);
const MAX_OFFSET = 23 * 60 + 59;

const pad = (value: number, width = 2): string => String(Math.abs(value)).padStart(width, '0');

interface DateTimeParts {
  ms: number;
  /** Minutes east of UTC; null writes `Z`. */
  offset: number | null;
  /** Digits after the seconds, '' for none. */
  fraction: string;
}

function format({ ms, offset, fraction }: DateTimeParts): string {
  const local = new Date(Math.floor(ms / 1000) * 1000 + (offset ?? 0) * 60_000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  const zone = offset === null ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${date}T${time}${fraction === '' ? '' : `.${fraction}`}${zone}`;
}

const PATTERN = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/u;

function parse(text: unknown): DateTimeParts {
  const match = typeof text === 'string' ? PATTERN.exec(text) : null;
  if (!match) throw new Error('not a generated date-time');
  const zone = match[3]!;
  const offset = zone === 'Z' ? null : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
  const ms = Date.parse(`${match[1]}Z`) - (offset ?? 0) * 60_000;
  return { ms, offset, fraction: match[2] ?? '' };
}

/**
 * RFC 3339 date-times as docs/conformance.md allows them: years 1970–9999 (written and as an instant), no leap
 * second, an optional fraction of 1–9 digits, `Z` or a `±hh:mm` offset. Shrinks to 1970-01-02T00:00:00Z.
 */
export const dateTimeString: fc.Arbitrary<string> = fc
  .record({
    ms: fc.integer({ min: MIN, max: MAX - DAY }),
    offset: fc.option(fc.integer({ min: -MAX_OFFSET, max: MAX_OFFSET }), { nil: null }),
    fraction: fc.oneof(fc.constant(''), fc.stringMatching(/^[0-9]{1,9}$/u)),
  })
  .map(format, parse);
