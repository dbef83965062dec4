/**
 * Twilio's naming: the request parameter `FooBar` is reflected by the response field `foo_bar`;
 * a dotted name addresses a nested field (`MessagingBinding.Address` → `messaging_binding.address`).
 */
export const snakeCase = (name: string): string =>
  name
    .split('.')
    .map((part) => part.replace(/([a-z0-9])([A-Z])/gu, '$1_$2').replace(/([A-Z])([A-Z][a-z])/gu, '$1_$2').toLowerCase())
    .join('.');
