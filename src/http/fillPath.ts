/** One path segment, percent-encoded; `.` and `..` too, so that no one resolves them as dot segments. */
export function encodeSegment(value: string): string {
  if (value === '.' || value === '..') return value.replace(/\./gu, '%2E');
  return encodeURIComponent(value);
}

/** The path template with each `{Name}` replaced by its encoded value (`/Members/{Sid}` → `/Members/MB…`). */
export function fillPath(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([^}/]+)\}/gu, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for path parameter ${name} of ${template}`);
    return encodeSegment(value);
  });
}
