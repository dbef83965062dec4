import { formatUtcSeconds } from '../resources/toUtcSeconds.js';

/** `Fri, 24 May 2019 17:44:46 +0000`: the 2010 API's dates (`format: date-time-rfc-2822`). */
export const rfc2822 = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toUTCString().replace(/GMT$/u, '+0000');

/** An instant in the format a field documents: RFC 2822, a calendar date, or (default) ISO 8601 in UTC seconds. */
export function dateText(format: unknown, ms: number): string {
  if (format === 'date-time-rfc-2822') return rfc2822(ms);
  if (format === 'date') return formatUtcSeconds(ms).slice(0, 10);
  return formatUtcSeconds(ms);
}

/** Milliseconds of a date written in any of those formats; undefined when it is none. */
export function parseDateText(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}
