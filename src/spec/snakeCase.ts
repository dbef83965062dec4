const known = new Map<string, string>();

/**
 * Twilio's naming: the request parameter `FooBar` is reflected by the response field `foo_bar`;
 * a dotted name addresses a nested field (`MessagingBinding.Address` → `messaging_binding.address`).
 * Checks ask for the same few names on every exchange, so each is worked out once.
 */
export function snakeCase(name: string): string {
  let snake = known.get(name);
  if (snake === undefined) {
    snake = name
      .split('.')
      .map((part) => part.replace(/([a-z0-9])([A-Z])/gu, '$1_$2').replace(/([A-Z])([A-Z][a-z])/gu, '$1_$2').toLowerCase())
      .join('.');
    if (known.size >= 4096) known.clear(); // names come from specs, and in the emulator from requests
    known.set(name, snake);
  }
  return snake;
}
