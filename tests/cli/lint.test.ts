// Specs that are hard to load, not wrong: a `$ref` cycle, and 10,000 operations. Both load, in bounded time.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/runCli.js';
import { runCliProcess } from '../hostile/support/cliProcess.js';
import { Workspace } from '../hostile/support/workspace.js';

let workspace: Workspace;
beforeAll(async () => {
  workspace = await Workspace.create('lint');
});
afterAll(() => workspace.dispose());

/** A valid OpenAPI 3.1 document: `resources` × (list, create, fetch, delete), each with its own inline schema. */
function generatedSpec(resources: number): unknown {
  const thing = (i: number) => ({
    type: 'object',
    required: ['sid', 'name'],
    properties: {
      sid: { type: 'string', pattern: `^T${String.fromCharCode(65 + (i % 26))}[0-9a-fA-F]{32}$` },
      name: { type: 'string', maxLength: (i % 300) + 1 },
      date_created: { type: ['string', 'null'], format: 'date-time' },
    },
  });
  const body = (status: string, i: number) => ({ [status]: { description: 'OK', content: { 'application/json': { schema: thing(i) } } } });
  const paths: Record<string, unknown> = {};
  for (let i = 0; i < resources; i += 1) {
    paths[`/v1/Things${i}`] = {
      get: { operationId: `ListThing${i}`, responses: body('200', i) },
      post: {
        operationId: `CreateThing${i}`,
        requestBody: { content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', required: ['Name'], properties: { Name: { type: 'string' } } } } } },
        responses: body('201', i),
      },
    };
    paths[`/v1/Things${i}/{Sid}`] = {
      parameters: [{ name: 'Sid', in: 'path', required: true, schema: { type: 'string' } }],
      get: { operationId: `FetchThing${i}`, responses: body('200', i) },
      delete: { operationId: `DeleteThing${i}`, responses: { '204': { description: 'gone' } } },
    };
  }
  return { openapi: '3.1.0', info: { title: 'generated', version: '1' }, paths };
}

describe.concurrent('apiconform lint on specs that are big or recursive', () => {
  it('a spec with a $ref cycle loads: exit 0, a warning about the recursion, in bounded time', async () => {
    const file = path.join(ROOT, 'tests/cli/fixtures/ref-cycle.yaml');
    const outcome = await runCliProcess(['lint', file], { killAfterMs: 150_000 });
    console.log(`$ref cycle: lint in ${outcome.ms} ms`);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).toMatch(/^\S+ref-cycle\.yaml#\/\S+ warning: .*recurs/imu);
    expect(outcome.stdout).toMatch(/^1 spec\(s\), 1 operation\(s\), 1 resource\(s\): 0 error\(s\), [1-9]\d* warning\(s\)$/mu);
    // A hang (the cycle followed for ever) fails this; a slow machine does not.
    expect(outcome.ms).toBeLessThan(120_000);
  }, 180_000);

  it('a generated spec with 10,000 operations loads in bounded time', async () => {
    const file = await workspace.write('generated-10000.json', generatedSpec(2500));
    const outcome = await runCliProcess(['lint', file], { killAfterMs: 360_000 });
    console.log(`10,000 operations: lint in ${outcome.ms} ms, peak RSS ${outcome.peakRssMb?.toFixed(0)} MiB`);
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(outcome.stdout).toBe('1 spec(s), 10000 operation(s), 2500 resource(s): 0 error(s), 0 warning(s)\n');
    // Minutes, not seconds: the figure is printed above; a quadratic blow-up would take far longer.
    expect(outcome.ms).toBeLessThan(300_000);
  }, 420_000);
});
