import { describe, expect, it } from 'vitest';
import { diffPaths } from '../../src/diff/diffSpecs.js';
import { RULES } from '../../src/diff/rules.js';
import type { Change } from '../../src/diff/types.js';
import { fixture } from '../helpers/runCli.js';

// One pair of small specs per rule family (tests/fixtures/diff/<family>/old.yaml → new.yaml), and every
// change it must give, in order: operation, rule id, level, field.
const FAMILIES: Record<string, [string, string, string, string][]> = {
  operations: [
    ['ListThings', 'operation-id-changed', 'warning', 'operationId'],
    ['CreateThing', 'operation-added', 'info', 'operation'],
    ['DeleteThing', 'operation-removed', 'breaking', 'operation'],
  ],
  parameters: [
    ['ListThing', 'request-parameter-max-decreased', 'breaking', 'query PageSize'],
    ['ListThing', 'request-parameter-min-increased', 'breaking', 'query PageSize'],
    ['ListThing', 'request-parameter-enum-value-added', 'info', 'query Status'],
    ['ListThing', 'request-parameter-enum-value-removed', 'breaking', 'query Status'],
    ['ListThing', 'request-parameter-max-length-decreased', 'breaking', 'query Name'],
    ['ListThing', 'request-parameter-format-added', 'warning', 'query Code'],
    ['ListThing', 'request-parameter-pattern-changed', 'warning', 'query Code'],
    ['ListThing', 'request-parameter-became-optional', 'info', 'query Since'],
    ['ListThing', 'request-parameter-default-value-changed', 'warning', 'query Order'],
    ['ListThing', 'request-parameter-type-changed', 'breaking', 'query Count'],
    ['ListThing', 'request-parameter-description-changed', 'info', 'query Filter'],
    ['ListThing', 'new-required-request-parameter', 'breaking', 'query Region'],
    ['ListThing', 'request-parameter-became-required', 'breaking', 'header X-Trace'],
    ['ListThing', 'request-parameter-removed', 'warning', 'query Legacy'],
  ],
  'request-body': [
    ['ListThing', 'request-body-media-type-changed', 'breaking', 'request body'],
    ['CreateThing', 'request-body-became-required', 'breaking', 'request body'],
    ['CreateThing', 'request-property-max-length-decreased', 'breaking', 'body FriendlyName'],
    ['CreateThing', 'request-property-enum-value-removed', 'breaking', 'body Webhook.Method'],
    ['CreateThing', 'new-required-request-property', 'breaking', 'body Kind'],
    ['CreateThing', 'request-property-removed', 'warning', 'body Notes'],
  ],
  responses: [
    ['ListThing', 'response-non-success-status-added', 'info', 'response 429'],
    ['ListThing', 'response-non-success-status-removed', 'info', 'response 400'],
    ['ListThing', 'response-media-type-changed', 'breaking', 'response 200'],
    ['CreateThing', 'response-success-status-removed', 'breaking', 'response 202'],
    ['CreateThing', 'response-description-changed', 'info', 'response 201'],
  ],
  'response-properties': [
    ['FetchThing', 'response-property-pattern-changed', 'warning', 'response 200 sid'],
    ['FetchThing', 'response-property-enum-value-added', 'warning', 'response 200 state'],
    ['FetchThing', 'response-property-enum-value-removed', 'info', 'response 200 state'],
    ['FetchThing', 'response-property-became-nullable', 'breaking', 'response 200 count'],
    ['FetchThing', 'response-property-format-removed', 'warning', 'response 200 date_created'],
    ['FetchThing', 'response-required-property-added', 'info', 'response 200 owner'],
    ['FetchThing', 'response-optional-property-added', 'info', 'response 200 links.owners'],
    ['FetchThing', 'response-property-type-changed', 'breaking', 'response 200 tags[].name'],
    ['FetchThing', 'response-optional-property-removed', 'warning', 'response 200 legacy_field'],
  ],
  headers: [
    ['ListThing', 'response-header-became-optional', 'breaking', 'response 200 header X-Rate-Limit'],
    ['ListThing', 'response-header-became-required', 'info', 'response 200 header x-request-id'],
    ['ListThing', 'new-optional-response-header', 'info', 'response 200 header X-New'],
    ['ListThing', 'response-header-enum-value-added', 'warning', 'response 200 header Access-Control-Allow-Origin'],
    ['ListThing', 'response-optional-header-removed', 'warning', 'response 200 header X-Old'],
  ],
  security: [
    ['ListThing', 'security-scheme-added', 'info', 'security'],
    ['ListThing', 'security-scheme-removed', 'breaking', 'security'],
    ['CreateThing', 'security-added', 'breaking', 'security'],
    ['FetchThing', 'security-removed', 'info', 'security'],
  ],
};

const diffFamily = (family: string): Promise<Change[]> =>
  diffPaths(fixture('diff', family, 'old.yaml'), fixture('diff', family, 'new.yaml'));

describe('apiconform diff: one fixture pair per rule family', () => {
  for (const [family, expected] of Object.entries(FAMILIES)) {
    it(`${family}: every change, under its operation, at its level`, async () => {
      const changes = await diffFamily(family);
      expect(changes.map((c) => [c.operationId, c.id, c.level, c.field])).toEqual(expected);
      for (const change of changes) expect(RULES[change.id]?.level).toBe(change.level);
    });
    it(`${family}: a file against itself gives no change`, async () => {
      expect(await diffPaths(fixture('diff', family, 'new.yaml'), fixture('diff', family, 'new.yaml'))).toEqual([]);
    });
  }

  it('messages name the operation, the field, before → after and what an implementation must do', async () => {
    const messages = (await diffFamily('parameters')).map((c) => c.message);
    expect(messages).toContain('ListThing: query PageSize maximum 1000 → 100; must reject PageSize above 100');
    expect(messages).toContain('ListThing: query Status value `archived` removed; must reject Status `archived`');
    expect(messages).toContain('ListThing: query Name maxLength 64 → 32; must reject Name longer than 32 characters');
    const properties = (await diffFamily('response-properties')).map((c) => c.message);
    expect(properties).toContain('FetchThing: response 200 state value `initializing` added; may return state `initializing`');
    expect(properties).toContain('FetchThing: response 200 count became nullable; may return count as null');
  });

  it('keeps the facts as data: before, after, and whether the edit is documentation only', async () => {
    const changes = await diffFamily('parameters');
    expect(changes.find((c) => c.id === 'request-parameter-max-decreased')).toMatchObject({
      specId: 'new', method: 'GET', path: '/v1/Things', before: 1000, after: 100,
    });
    expect(changes.filter((c) => c.descriptionOnly).map((c) => c.id)).toEqual(['request-parameter-description-changed']);
  });

  it('a renamed path parameter ({Sid} → {ThingSid}) is the same operation, unchanged', async () => {
    const changes = await diffFamily('operations');
    expect(changes.filter((c) => c.operationId === 'FetchThing')).toEqual([]);
  });
});
