import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/runCli.js';

// Each bad input: exit 2, one line on stderr that names the file, no stack trace.
const cases = [
  { name: 'a missing file', file: fixture('specs/does-not-exist.yaml'), says: 'no such file' },
  { name: 'invalid JSON', file: fixture('specs/broken-json.json'), says: 'invalid JSON' },
  { name: 'invalid YAML', file: fixture('specs/broken-yaml.yaml'), says: 'invalid YAML at line 3' },
  { name: 'a broken $ref', file: fixture('specs/broken-ref.yaml'), says: '#/components/schemas/missing_thing, which does not exist' },
  { name: 'Swagger 2.0', file: fixture('specs/swagger-2.json'), says: 'Swagger 2.0 is not supported' },
  { name: 'an unsupported OpenAPI version', file: fixture('specs/unsupported-version.yaml'), says: 'openapi "4.0.0"; expected OpenAPI 3.0.x or 3.1.x' },
  { name: 'a spec with no operations', file: fixture('specs/no-operations.yaml'), says: 'defines no operations' },
];

describe('apiconform lint on bad input', () => {
  it.each(cases)('$name: exit 2 and a message naming the file', async ({ file, says }) => {
    const result = await runCli(['lint', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`apiconform lint: ${file}`);
    expect(lines[0]).toContain(says);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });

  it('names the JSON pointer of a broken $ref', async () => {
    const result = await runCli(['lint', fixture('specs/broken-ref.yaml')]);
    expect(result.stderr).toContain('/paths/~1v1~1Things~1{Sid}/get/responses/200/content/application~1json/schema/$ref');
  });

  it('an unknown flag is a usage error', async () => {
    const result = await runCli(['lint', '--bogus', fixture('specs/minimal.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("apiconform lint: Unknown option '--bogus' (see apiconform lint --help)\n");
  });
});

describe('a schema that cannot be compiled (a pattern that is not a regular expression)', () => {
  const file = fixture('specs/bad-pattern.yaml');
  const pointer = '#/paths/~1v1~1Things~1{Sid}/get/parameters/0/schema';

  it('lint reports it as an error at its pointer and exits 1', async () => {
    const result = await runCli(['lint', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${file}${pointer} error: schema does not compile: Invalid regular expression: /^TH[0-9a-f/u`);
    expect(result.stdout).toContain('1 error(s), 0 warning(s)');
  });

  it('run refuses the spec with exit 2 and one line naming file and pointer', async () => {
    const result = await runCli(['run', '--spec', file]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^apiconform run: ${file.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: ${pointer.slice(1).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} schema does not compile: .+\n$`, 'u'));
  });
});

describe('apiconform lint on examples', () => {
  it('reports placeholder examples that break their own schema, as warnings', async () => {
    const file = fixture('specs/placeholder-example.yaml');
    const result = await runCli(['lint', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `${file}#/paths/~1v1~1Things~1{Sid}/get/responses/200/content/application~1json/examples/fetch/value warning: ` +
        'example does not match its schema: /sid must match pattern "^TH[0-9a-fA-F]{32}$"',
    );
    expect(result.stdout).toContain('0 error(s), 1 warning(s)');
  });

  it('--strict turns those warnings into exit 1', async () => {
    const result = await runCli(['lint', '--strict', fixture('specs/placeholder-example.yaml')]);
    expect(result.code).toBe(1);
  });

  it('a clean spec lints clean', async () => {
    const result = await runCli(['lint', '--strict', fixture('specs/minimal.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('1 spec(s), 1 operation(s), 1 resource(s): 0 error(s), 0 warning(s)\n');
  });
});
