import fc from 'fast-check';
import { dateTimeString } from './dateTimeString.js';

/** The string formats with a generator of their own; any other format gets plain strings. */
export const FORMAT_STRINGS: Readonly<Record<string, fc.Arbitrary<string>>> = {
  'date-time': dateTimeString,
  date: dateTimeString.map(
    (text) => text.slice(0, 10),
    (text) => `${String(text)}T00:00:00Z`,
  ),
  uri: fc.webUrl({ withQueryParameters: true, withFragments: true }),
  url: fc.webUrl(),
  email: fc.emailAddress(),
  uuid: fc.uuid(),
  // Twilio addresses: E.164 numbers mostly, channel addresses too.
  'phone-number': fc.oneof(
    fc.stringMatching(/^\+[1-9][0-9]{7,14}$/u),
    fc.stringMatching(/^(whatsapp|messenger|client):[a-z0-9+]{1,20}$/u),
  ),
};
