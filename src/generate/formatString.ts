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
