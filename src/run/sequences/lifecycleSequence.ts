import fc from 'fast-check';
import { validCase } from '../../generate/validCase.js';
import type { Resource } from '../../spec/types.js';
import type { RunSession } from '../session/RunSession.js';
import type { Tally } from '../tally.js';
import { AfterDeleteCommand } from './commands/AfterDeleteCommand.js';
import { CreateCommand } from './commands/CreateCommand.js';
import { DeleteCommand } from './commands/DeleteCommand.js';
import { DuplicateCreateCommand } from './commands/DuplicateCreateCommand.js';
import { FetchCommand } from './commands/FetchCommand.js';
import { ListCommand } from './commands/ListCommand.js';
import { UpdateCommand } from './commands/UpdateCommand.js';
import type { LifecycleCommand, LifecycleModel, LifecycleReal } from './lifecycleModel.js';
import { resourceRules } from '../../spec/resourceRules.js';
import { SequenceClient, type Judges } from './SequenceClient.js';
import { recordViolation } from './recordViolation.js';
import type { CheckId } from '../../checkIds.js';
import { NotSent, SequenceViolation } from './SequenceViolation.js';
import { isExchange } from '../../http/isExchange.js';
import { shrinkBudget } from '../shrinkBudget.js';

const index = fc.nat({ max: 7 });

/** The commands a resource supports, as arbitraries (indexes and generated bodies shrink). */
function commandArbitraries(session: RunSession, resource: Resource): fc.Arbitrary<LifecycleCommand>[] {
  const { create, fetch, list, update } = resource.operations;
  const rule = resourceRules(resource.listPath);
  const fixtures = session.fixtures(resource);
  const ids = resource.idParam ? { [resource.idParam]: 'placeholder' } : {};
  const creates = validCase(create!, fixtures, { unique: session.uniqueFor(resource) }).map((c) => new CreateCommand(c));
  const commands: fc.Arbitrary<LifecycleCommand>[] = [
    creates,
    creates, // twice: most commands need something to act on
    index.map((i) => new DeleteCommand(i, false)),
    index.map((i) => new AfterDeleteCommand(i, 'delete')),
  ];
  if (fetch) {
    commands.push(fc.tuple(index, fc.constantFrom('sid', 'instance alias', 'parent alias') as fc.Arbitrary<'sid'>).map(([i, by]) => new FetchCommand(i, by)));
    commands.push(index.map((i) => new AfterDeleteCommand(i, 'fetch')));
  }
  if (list) commands.push(fc.tuple(fc.constantFrom(5, 50), fc.boolean()).map(([size, throughAlias]) => new ListCommand(size, throughAlias)));
  if (update) {
    const uniqueNames = rule.uniqueParameter ? [rule.uniqueParameter] : [];
    commands.push(fc.tuple(index, validCase(update, fixtures, { ids, unique: session.uniqueFor(resource), uniqueNames })).map(([i, c]) => new UpdateCommand(i, c)));
  }
  if (rule.instanceAlias?.on.includes('delete')) commands.push(index.map((i) => new DeleteCommand(i, true)));
  if (rule.uniqueParameter) commands.push(index.map((i) => new DuplicateCreateCommand(i)));
  return commands;
}

/**
 * The documented lifecycle, once, in order: create, fetch by SID and by each alias, list, update,
 * delete, then fetch and delete again (404) and list (gone). Every rule of `lifecycle` is exercised
 * at least once whatever the random sequences happen to draw.
 */
function canonicalLifecycle(session: RunSession, resource: Resource): LifecycleCommand[] {
  const fixtures = session.fixtures(resource);
  const [createCase] = fc.sample(validCase(resource.operations.create!, fixtures, { unique: session.uniqueFor(resource), omit: ['Attributes', 'RoleSid'] }), {
    seed: session.seedFor(resource.operations.create!, 'canonical'),
    numRuns: 1,
  });
  const steps: LifecycleCommand[] = [new CreateCommand(createCase!)];
  if (resource.operations.fetch) steps.push(new FetchCommand(0, 'sid'), new FetchCommand(0, 'instance alias'), new FetchCommand(0, 'parent alias'));
  if (resource.operations.list) steps.push(new ListCommand(50), new ListCommand(50, true));
  if (resource.operations.update && resource.idParam) {
    const ids = { [resource.idParam]: 'placeholder' };
    const [updateCase] = fc.sample(validCase(resource.operations.update, fixtures, { ids, omit: ['Identity', 'DateCreated', 'DateUpdated'] }), {
      seed: session.seedFor(resource.operations.update, 'canonical'),
      numRuns: 1,
    });
    steps.push(new UpdateCommand(0, updateCase!), new FetchCommand(0, 'sid'));
  }
  steps.push(new DeleteCommand(0, false));
  if (resource.operations.fetch) steps.push(new AfterDeleteCommand(0, 'fetch'));
  steps.push(new AfterDeleteCommand(0, 'delete'));
  if (resource.operations.list) steps.push(new ListCommand(50));
  return steps;
}

/**
 * Runs commands against a fresh model; a violation comes back with the steps that led to it. What
 * the sequence left alive is deleted afterwards: fast-check replays the same commands while it
 * shrinks, and a replayed create must not meet its own earlier self (409).
 */
async function runCommands(session: RunSession, resource: Resource, commands: Iterable<LifecycleCommand>, judges: Judges) {
  const client = new SequenceClient(session, resource, judges);
  const rule = resourceRules(resource.listPath);
  const model: LifecycleModel = { live: [], gone: [] };
  const setup = () => ({ model, real: { client, rule } as LifecycleReal });
  try {
    await fc.asyncModelRun(setup, commands);
    return undefined;
  } catch (error) {
    if (error instanceof NotSent) return undefined; // no verdict; the run reports itself incomplete
    if (!(error instanceof SequenceViolation)) throw error;
    return { violation: error, steps: client.lines() };
  } finally {
    await tidy(client, model);
  }
}

async function tidy(client: SequenceClient, model: LifecycleModel): Promise<void> {
  for (const sid of client.created.filter((created) => !model.gone.includes(created))) {
    const outcome = await client.session.transport.send(client.session.request(client.caseFor({ action: 'delete', id: sid })));
    if (isExchange(outcome) && (outcome.response.status < 300 || outcome.response.status === 404)) client.session.created.untrack(client.resource, sid);
  }
}

/**
 * fast-check model-based sequences of create, fetch (by SID and alias), list, update, delete, fetch
 * and delete after delete, and duplicate create, against a model of what the target should hold;
 * `judges.steps` (the lifecycle check) judges each sequence's steps as they are recorded. A failing
 * sequence shrinks to the shortest that still fails; the report shows its steps.
 */
export async function lifecycleSequence(
  session: RunSession,
  resource: Resource,
  tally: Tally,
  runs: number,
  selected: readonly CheckId[],
  judges: Judges,
): Promise<void> {
  const canonical = await runCommands(session, resource, canonicalLifecycle(session, resource), judges);
  tally.get('lifecycle').cases += 1;
  if (canonical) {
    recordViolation(tally, 'lifecycle', selected, canonical.violation, { steps: canonical.steps });
    return;
  }
  let last: { violation: SequenceViolation; steps: string[] } | undefined;
  let sequences = 0;
  const arbitrary = fc.commands(commandArbitraries(session, resource), { maxCommands: 16, size: 'large' });
  const property = fc.asyncProperty(arbitrary, shrinkBudget(async (commands: Iterable<LifecycleCommand>) => {
    sequences += 1;
    const failed = await runCommands(session, resource, commands, judges);
    if (failed) last = failed;
    return failed === undefined;
  }));
  const result = await fc.check(property, { seed: session.seedFor(resource.operations.create!, 'lifecycle'), numRuns: runs, interruptAfterTimeLimit: 30_000 });
  tally.get('lifecycle').cases += sequences;
  if (result.failed && last) {
    recordViolation(tally, 'lifecycle', selected, last.violation, {
      steps: last.steps,
      ...(result.counterexamplePath ? { replayPath: result.counterexamplePath } : {}),
    });
  } else if (result.failed && result.errorInstance) {
    throw result.errorInstance;
  }
}
