import { describe, expect, it } from 'vitest';
import { negativeRejection } from '../../src/checks/negativeRejection.js';
import type { CheckContext } from '../../src/checks/types.js';
import type { Exchange } from '../../src/http/types.js';
import { projectSpecs } from '../generate/projectSpecs.js';

// #11 point 3: "changes nothing" compares the addressed resource itself, fetched before and after.
const index = await projectSpecs();
const operation = index.operations.find((op) => op.operationId === 'UpdateMember')!;
const resource = index.resources.find((r) => r.specId === 'chat_v2')!;
const refused: Exchange = {
  request: { method: 'POST', url: 'http://127.0.0.1:1/v2/x', headers: {} },
  response: { status: 400, headers: {}, body: '{}', truncated: false, json: { code: 20001, message: 'bad', more_info: 'https://x', status: 400 }, durationMs: 1 },
};
const member = { sid: `MB${'1'.repeat(32)}`, attributes: '{}', role_sid: null };
const ctx = (extra: Partial<CheckContext>): CheckContext => ({
  scenario: 'negative',
  operation,
  resource,
  case: { operation, path: {}, query: [], headers: {}, breaks: { rule: 'pattern', location: 'body', name: 'RoleSid', description: 'RoleSid does not match' } },
  accountSid: `AC${'0'.repeat(32)}`,
  fixtures: {},
  listBefore: [member],
  listAfter: [member],
  ...extra,
});

describe('negative_rejection: a refused write changes nothing', () => {
  it('fails when the fetched resource changed, naming the fields', () => {
    const failures = negativeRejection.run(ctx({ resourceBefore: member, resourceAfter: { ...member, attributes: '{"a":1}' } }), refused);
    expect(failures).toEqual([
      { check: 'negative_rejection', kind: 'changed_resource', message: `the request was refused but changed ${member.sid}: attributes "{}" → "{\\"a\\":1}"` },
    ]);
  });

  it('passes when the resource is as it was', () => {
    expect(negativeRejection.run(ctx({ resourceBefore: member, resourceAfter: { ...member } }), refused)).toEqual([]);
  });
});
