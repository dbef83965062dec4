/** Response headers with lower-case names, a repeated header joined with ", ". */
export function lowerCaseHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const key = name.toLowerCase();
    const text = Array.isArray(value) ? value.join(', ') : value;
    result[key] = result[key] === undefined ? text : `${result[key]}, ${text}`;
  }
  return result;
}
