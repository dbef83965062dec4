import fc from 'fast-check';
import { dateTimeString } from './dateTimeString.js';

/**
 * The string formats with a generator of their own; any other format gets plain strings. Built on
 * first use: fast-check's URL and e-mail arbitraries take most of a second to construct, which every
 * command would otherwise pay at start-up.
 */
const FACTORIES: Readonly<Record<string, () => fc.Arbitrary<string>>> = {
  'date-time': () => dateTimeString,
  date: () =>
    dateTimeString.map(
      (text) => text.slice(0, 10),
      (text) => `${String(text)}T00:00:00Z`,
    ),
  uri: () => fc.webUrl({ withQueryParameters: true, withFragments: true }),
  url: () => fc.webUrl(),
  email: () => fc.emailAddress(),
  uuid: () => fc.uuid(),
  // The vendor formats the validator knows (src/spec/createAjv.ts), so that a valid case is valid.
  'iso-country-code': () => fc.constantFrom('US', 'GB', 'DE', 'FR', 'CA', 'AU', 'BR', 'IN', 'JP'),
  'http-method': () => fc.constantFrom('GET', 'POST'),
  currency: () => fc.constantFrom('USD', 'EUR', 'GBP', 'JPY'),
  'date-time-rfc-2822': () =>
    dateTimeString.map((text) => {
      const rfc2822 = new Date(Date.parse(text)).toUTCString().replace('GMT', '+0000');
      return /^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$/u.test(rfc2822) ? rfc2822 : 'Mon, 01 Jan 2024 00:00:00 +0000';
    }),
  // Twilio addresses: E.164 numbers mostly, channel addresses too.
  'phone-number': () =>
    fc.oneof(fc.stringMatching(/^\+[1-9][0-9]{7,14}$/u), fc.stringMatching(/^(whatsapp|messenger|client):[a-z0-9+]{1,20}$/u)),
};

const built = new Map<string, fc.Arbitrary<string>>();

/** The generator for a string format, or undefined when the format has none of its own. */
export function formatString(format: string): fc.Arbitrary<string> | undefined {
  const factory = Object.hasOwn(FACTORIES, format) ? FACTORIES[format] : undefined;
  if (!factory) return undefined;
  let arbitrary = built.get(format);
  if (!arbitrary) built.set(format, (arbitrary = factory()));
  return arbitrary;
}
