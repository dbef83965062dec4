/** A well-formed SID that names nothing: the prefix and 32 hex digits from the PRNG. */
export function unknownSid(prefix: string, random: () => number): string {
  let hex = '';
  for (let i = 0; i < 32; i += 1) hex += Math.floor(random() * 16).toString(16);
  return `${prefix}${hex}`;
}
