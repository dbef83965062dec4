import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { createRequire } from 'node:module';

// ajv-formats is CommonJS with an `exports.default`; require() gives the plugin without interop guesswork.
const require = createRequire(import.meta.url);
const addFormats = require('ajv-formats') as (ajv: Ajv2020) => Ajv2020;
const absoluteUri = (require('ajv-formats/dist/formats.js') as { fullFormats: { uri: (text: string) => boolean } }).fullFormats.uri;

/**
 * `format: uri`: an absolute URI, or an absolute path (`/2010-04-01/Accounts/AC…/Calls.json?Page=1`).
 * Twilio's 2010 API writes its `uri` and page URIs as paths, in its live answers and in the examples of
 * its own descriptions, which still say `format: uri` (docs/conformance.md `response_schema`).
 */
const uriOrAbsolutePath = (text: string): boolean => absoluteUri(text) || /^\/(?!\/)\S*$/u.test(text);

/**
 * Formats that real Twilio descriptions use beyond JSON Schema's own, with the meaning we give them.
 * A vendor format we do not know is registered as "anything goes" by {@link registerUnknownFormats}.
 */
const VENDOR_FORMATS: Record<string, RegExp | true> = {
  // Twilio addresses: E.164 numbers, but also `client:alice`, `sip:…`, `whatsapp:+1…`, `messenger:…`.
  'phone-number': /^\S/u,
  // An object of URLs; formats only apply to strings, so this never rejects anything.
  'uri-map': true,
  'http-method': /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/iu,
  'date-time-rfc-2822':
    /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/u,
  'iso-country-code': /^[A-Z]{2}$/u,
  currency: /^[A-Za-z]{3}$/u,
};

export type SchemaAjv = Ajv2020;

/** One Ajv (JSON Schema 2020-12) configured the way every apiconform validator needs it. */
export function createAjv(): SchemaAjv {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    validateSchema: false,
    // Lengths count Unicode code points, as JSON Schema says (the default, stated on purpose).
    unicodeRegExp: true,
  });
  addFormats(ajv);
  ajv.addFormat('uri', uriOrAbsolutePath);
  for (const [name, rule] of Object.entries(VENDOR_FORMATS)) {
    ajv.addFormat(name, rule === true ? () => true : rule);
  }
  // `contentMediaType: application/json` on a string means "must be a JSON document". JSON Schema lets
  // an implementation validate it; we do, because Twilio's `Attributes` parameters require it.
  ajv.removeKeyword('contentMediaType');
  ajv.addKeyword({
    keyword: 'contentMediaType',
    type: 'string',
    schemaType: 'string',
    errors: true,
    validate: function jsonDocument(mediaType: string, data: string) {
      if (!/^application\/(.+\+)?json$/u.test(mediaType)) return true;
      try {
        JSON.parse(data);
        return true;
      } catch {
        (jsonDocument as unknown as { errors: Partial<ErrorObject>[] }).errors = [
          { keyword: 'contentMediaType', message: 'must be a JSON document', params: { contentMediaType: mediaType } },
        ];
        return false;
      }
    },
  });
  return ajv;
}

/** Every format name Ajv knows after {@link createAjv}. */
export const knownFormat = (ajv: SchemaAjv, name: string): boolean => ajv.formats[name] !== undefined;
