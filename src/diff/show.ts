/** A value as a message shows it: strings bare, anything else as JSON. */
export const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? 'none');

/** An enum value as a message shows it: `initializing`. */
export const tick = (value: unknown): string => `\`${show(value)}\``;
