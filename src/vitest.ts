// `apiconform/vitest`: register the conformance suite in your own vitest test files.
//
//     import { defineConformanceSuite } from 'apiconform/vitest';
//     defineConformanceSuite({ baseUrl, auth: { accountSid, authToken }, fixtures });
export { defineConformanceSuite, registerConformanceSuite, type ConformanceSuiteInput, type ConformanceMeta } from './run/defineConformanceSuite.js';
import { assertSupportedVitest } from './run/supportedVitest.js';

// On another vitest major the suite would fail deep inside vitest ("reading 'config'"): say which versions work.
assertSupportedVitest('apiconform/vitest');
