import { describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../src/http/retryAfterMs.js';
import { transportFailureCode } from '../../src/http/transportFailureCode.js';

const NOW = Date.UTC(2024, 0, 1, 12, 0, 0);

describe('retryAfterMs', () => {
  it.each([
    ['3', 3000],
    [' 0 ', 0],
    ['Mon, 01 Jan 2024 12:00:05 GMT', 5000],
    ['Mon, 01 Jan 2024 11:00:00 GMT', 0],
  ])('%j waits %d ms', (value, ms) => {
    expect(retryAfterMs(value, NOW)).toBe(ms);
  });

  it.each([undefined, '', 'soon', '-1', '1.5'])('%j is not readable', (value) => {
    expect(retryAfterMs(value, NOW)).toBeUndefined();
  });
});

describe('transportFailureCode', () => {
  const error = (props: Record<string, unknown>): Error => Object.assign(new Error('x'), props);
  it.each([
    [error({ code: 'ECONNREFUSED' }), 'CONNECTION_REFUSED'],
    [Object.assign(new AggregateError([error({ code: 'ECONNREFUSED' })]), {}), 'CONNECTION_REFUSED'],
    [error({ code: 'UND_ERR_SOCKET' }), 'CONNECTION_RESET'],
    [error({ cause: error({ code: 'ECONNRESET' }) }), 'CONNECTION_RESET'],
    [error({ code: 'UND_ERR_HEADERS_TIMEOUT' }), 'TIMEOUT'],
    [error({ code: 'UND_ERR_CONNECT_TIMEOUT' }), 'TIMEOUT'],
    [error({ name: 'AbortError' }), 'TIMEOUT'],
    [error({ code: 'UND_ERR_BODY_TIMEOUT' }), 'BODY_TIMEOUT'],
    [error({ code: 'ENOTFOUND' }), 'DNS'],
    [error({ code: 'HPE_INVALID_CONSTANT' }), 'PROTOCOL'],
    [error({ code: 'UND_ERR_INVALID_ARG' }), 'OTHER'],
    ['a string', 'OTHER'],
  ])('%#: %s', (thrown, code) => {
    expect(transportFailureCode(thrown)).toBe(code);
  });
});
