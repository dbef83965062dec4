const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/u;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** `YYYY-MM-DDTHH:MM:SSZ` of an instant (milliseconds since the epoch), the fraction dropped. */
export function formatUtcSeconds(ms: number): string {
  const date = new Date(Math.floor(ms / 1000) * 1000);
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}Z`
  );
}

/** Milliseconds since the epoch of an RFC 3339 date-time (any offset, any fraction); undefined if it is not one. */
export function parseRfc3339(text: string): number | undefined {
  const match = RFC3339.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, , sign, offsetHours, offsetMinutes] = match;
  const date = new Date(0);
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  date.setUTCHours(Number(hour), Number(minute), Number(second), 0);
  const offset = sign === undefined ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes ?? 0));
  return date.getTime() - offset * 60_000;
}

/**
 * The same instant in UTC, whole seconds (docs/conformance.md "Conventions"): `2016-03-24T23:05:50.9+02:00`
 * → `2016-03-24T21:05:50Z`. Text that is not a date-time comes back unchanged (validation rejects it first).
 */
export function toUtcSeconds(text: string): string {
  const ms = parseRfc3339(text);
  return ms === undefined || Number.isNaN(ms) ? text : formatUtcSeconds(ms);
}

/** Now, in whole seconds. */
export const nowUtcSeconds = (): string => formatUtcSeconds(Date.now());
