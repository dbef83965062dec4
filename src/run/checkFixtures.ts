import { HarnessError } from '../errors.js';
import { compileSchema } from '../spec/compileSchema.js';
import type { SpecIndex } from '../spec/types.js';
import type { Fixtures } from '../target.js';
import type { SuiteOptions } from './runtime.js';
import { unmadeParams } from './parents/unmadeParent.js';
import { isSelected, sequencesSelected } from './selection.js';

type Selecting = Pick<SuiteOptions, 'operations' | 'resources' | 'changed'> & { readOnly?: boolean };

/**
 * Fixtures are config: a value its path parameter's schema rejects, an operation asked for by
 * --operations or --resources whose parents are neither given nor can be made, or a spec's fixtures that
 * give no selected resource all its parents (a typo, most likely), is an error that names the field.
 * Otherwise a parent that is not given is made on the fly when its spec can make it, and a resource whose
 * parents cannot be had is skipped, with the reason, by the plan: only the selected operations' parents
 * are needed.
 */
export function checkFixtures(index: SpecIndex, fixtures: Fixtures, selection: Selecting = {}): void {
  const asked = selection.operations !== undefined || selection.resources !== undefined;
  for (const spec of index.specs) {
    const given = fixtures[spec.id] ?? {};
    const selected = spec.resources.filter(
      (r) => Object.values(r.operations).some((op) => isSelected(selection, op, r)) || sequencesSelected(selection, r),
    );
    const missingOf = (r: (typeof selected)[number]) => r.parentParams.filter((name) => !given[name]);
    const unmade = (r: (typeof selected)[number]) => unmadeParams({ resources: index.resources, fixtures, readOnly: selection.readOnly ?? false }, r);
    const blocked = selected.find((r) => unmade(r).length > 0);
    if (!blocked) continue;
    const fits = selected.some((r) => r.parentParams.length > 0 && missingOf(r).length === 0);
    if (!asked && (fixtures[spec.id] === undefined || fits)) continue;
    throw new HarnessError(
      'FIXTURE',
      `fixtures.${spec.id}.${unmade(blocked)[0]} is missing: the ${spec.id} ${blocked.name} operations need it as a parent (${blocked.parentParams.join(', ')})`,
    );
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
