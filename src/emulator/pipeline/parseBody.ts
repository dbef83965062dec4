import { MalformedEncoding, parseFormText } from './parseFormText.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = /^application\/(.+\+)?json$/u;

export class UnsupportedMediaType extends Error {
  override readonly name = 'UnsupportedMediaType';
}

export interface Body {
  form: [string, string][];
  /** The parsed document, for an operation that documents a JSON body. */
  json?: unknown;
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new MalformedEncoding(`Malformed JSON body: ${(error as Error).message}`);
  }
}

/**
 * A request body in the media type its operation documents: form pairs (Twilio's usual), or a JSON
 * document where the operation says `application/json`. An empty body is no parameters; a body of
 * another media type is refused (415); a body with none is read as the documented type, as curl's
 * `-d` would send it.
 */
export function parseBody(bytes: Buffer, contentType: string | undefined, documented = FORM): Body {
  if (bytes.length === 0) return { form: [] };
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const wantsJson = JSON_TYPE.test(documented);
  const expected = wantsJson ? 'application/json' : FORM;
  if (mediaType !== '' && (wantsJson ? !JSON_TYPE.test(mediaType) : mediaType !== FORM)) {
    throw new UnsupportedMediaType(`Content-Type must be ${expected}, not ${JSON.stringify(mediaType)}`);
  }
  return wantsJson ? { form: [], json: parseJson(bytes) } : { form: parseFormText(bytes.toString('utf8')) };
}
