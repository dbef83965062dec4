import { HarnessError } from '../errors.js';
import { compileSchema } from '../spec/compileSchema.js';
import type { SpecIndex } from '../spec/types.js';
import type { Fixtures } from '../target.js';

/**
 * Fixtures are config: a value its path parameter's schema rejects, a spec given some fixtures but not
 * all its parents, or an operation asked for by --operations whose parents are not given, is an
 * error that names the field. (A spec with no fixtures at all is skipped, with the reason, by the plan.)
 */
export function checkFixtures(index: SpecIndex, fixtures: Fixtures, operations?: readonly string[]): void {
  for (const spec of index.specs) {
    const needed = [...new Set(spec.resources.flatMap((r) => r.parentParams))];
    const given = fixtures[spec.id];
    const asked = operations?.some((id) => spec.operations.some((op) => op.operationId === id)) ?? false;
    if (given === undefined && !asked) continue;
    const missing = needed.filter((name) => !given?.[name]);
    if (missing.length > 0) {
      throw new HarnessError('FIXTURE', `fixtures.${spec.id}.${missing[0]} is missing: the ${spec.id} operations need it as a parent (${needed.join(', ')})`);
    }
  }
  for (const [spec, values] of Object.entries(fixtures)) {
    // Fixtures of specs this run did not load are left alone: one config serves runs of any --spec.
    if (!index.specs.some((s) => s.id === spec)) continue;
    const params = index.operations.filter((op) => op.specId === spec).flatMap((op) => op.parameters.path);
    for (const [name, value] of Object.entries(values)) {
      const param = params.find((p) => p.name === name);
      const issues = param ? compileSchema(param.schema)(value) : [];
      if (issues.length > 0) {
        throw new HarnessError('FIXTURE', `fixtures.${spec}.${name}: ${JSON.stringify(value)} ${issues.map((i) => i.message).join(' and ')}`);
      }
    }
  }
}
