import { parseFormText } from './parseFormText.js';

const FORM = 'application/x-www-form-urlencoded';

export class UnsupportedMediaType extends Error {
  override readonly name = 'UnsupportedMediaType';
}

/**
 * A request body as form pairs. An empty body is no parameters; a body with a media type other than
 * form encoding is refused (415); a body with none is read as a form, as curl's `-d` would send it.
 */
export function parseBody(bytes: Buffer, contentType: string | undefined): [string, string][] {
  if (bytes.length === 0) return [];
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== '' && mediaType !== FORM) {
    throw new UnsupportedMediaType(`Content-Type must be ${FORM}, not ${JSON.stringify(mediaType)}`);
  }
  return parseFormText(bytes.toString('utf8'));
}
