/** `url` and `links` are compared by path only: a target may answer with its own host or Twilio's. */
function comparable(value: unknown, key = ''): unknown {
  if (typeof value === 'string' && (key === 'url' || key.startsWith('links.'))) {
    try {
      return new URL(value).pathname;
    } catch {
      return value;
    }
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, comparable(v, key === 'links' ? `links.${k}` : k)]));
  }
  return value;
}

/** The top-level fields whose values differ between two representations of one resource. */
export function differingFields(a: Record<string, unknown>, b: Record<string, unknown>, ignore: readonly string[] = []): string[] {
  const left = comparable(a) as Record<string, unknown>;
  const right = comparable(b) as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].filter((key) => !ignore.includes(key) && JSON.stringify(left[key]) !== JSON.stringify(right[key]));
}

export const describeDifference = (fields: string[], a: Record<string, unknown>, b: Record<string, unknown>): string =>
  fields.map((f) => `${f}: ${JSON.stringify(a[f])} → ${JSON.stringify(b[f])}`).join('; ');
