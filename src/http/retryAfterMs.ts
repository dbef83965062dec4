/**
 * How long a `Retry-After` asks to wait, in ms: delay-seconds or an HTTP date (RFC 9110). Undefined
 * when absent or unreadable; never negative.
 */
export function retryAfterMs(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/u.test(text)) return Number(text) * 1000;
  // An HTTP date names its weekday and month; V8's Date.parse would also take `-1` or `1.5`.
  const at = /^[A-Za-z]{3}/u.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
