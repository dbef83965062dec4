// `format: uri` as the harness reads it (docs/conformance.md `response_schema`): an absolute URI, or an
// absolute path, as Twilio's 2010 API writes `uri` and its page URIs.
import { describe, expect, it } from 'vitest';
import { compileSchema } from '../../src/spec/compileSchema.js';

const validate = compileSchema({ type: 'string', format: 'uri' });
const messages = (text: string) => validate(text).map((issue) => issue.message);

describe('format: uri', () => {
  it.each([
    'https://api.twilio.com/2010-04-01/Accounts/AC0123/Calls.json',
    '/2010-04-01/Accounts/AC0123/Calls.json?PageSize=50&Page=0',
    '/',
  ])('holds %s', (text) => {
    expect(messages(text)).toEqual([]);
  });

  it.each(['2010-04-01/Accounts.json', '//api.twilio.com/2010-04-01', 'not a uri', ''])('refuses %j', (text) => {
    expect(messages(text)).toEqual(['must match format "uri"']);
  });
});
