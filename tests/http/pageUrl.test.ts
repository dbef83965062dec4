// Following a list's next page on our target (src/http/pageUrl.ts, src/checks/support/nextPageOf.ts).
import { describe, expect, it } from 'vitest';
import { nextPageOf } from '../../src/checks/support/nextPageOf.js';
import { pageUrl } from '../../src/http/pageUrl.js';

describe('the next page of a list', () => {
  it("is meta.next_page_url, or the 2010 API's next_page_uri, or none", () => {
    expect(nextPageOf({ meta: { next_page_url: 'https://chat.twilio.com/v2/Services?Page=1' } })).toBe('https://chat.twilio.com/v2/Services?Page=1');
    expect(nextPageOf({ next_page_uri: '/2010-04-01/Accounts/AC1/Calls.json?Page=1' })).toBe('/2010-04-01/Accounts/AC1/Calls.json?Page=1');
    expect(nextPageOf({ meta: { next_page_url: null }, next_page_uri: null })).toBeUndefined();
    expect(nextPageOf(undefined)).toBeUndefined();
  });

  it("keeps our target's origin for an absolute URL, and puts a path below the spec's base URL", () => {
    expect(pageUrl('https://chat.twilio.com/chat/v2/Services?Page=1', 'http://127.0.0.1:9/chat')).toBe('http://127.0.0.1:9/chat/v2/Services?Page=1');
    expect(pageUrl('/2010-04-01/Accounts/AC1/Calls.json?Page=1', 'http://127.0.0.1:9/api')).toBe('http://127.0.0.1:9/api/2010-04-01/Accounts/AC1/Calls.json?Page=1');
    expect(pageUrl('/2010-04-01/Accounts.json', 'http://127.0.0.1:9/')).toBe('http://127.0.0.1:9/2010-04-01/Accounts.json');
  });
});
