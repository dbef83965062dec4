import type { Fixtures } from '../../target.js';
import { instanceShape } from '../model/instanceShape.js';
import { representationSchema } from '../model/representationSchema.js';
import type { ResourceNode } from '../model/ResourceNode.js';
import type { App, Seed } from '../types.js';
import { baseFields } from '../generic/baseFields.js';

/** A parent the description does not describe (the bundled specs have no Services): it holds the fixture only. */
const implicitNode = (specId: string, shape: string): ResourceNode => ({
  key: `${shape} (fixture)`,
  specId,
  resource: { specId, name: shape, listPath: shape, parentParams: [], operations: {} },
  levels: [],
  checked: true,
  singleton: false,
  idField: 'sid',
  children: {},
});

/** Puts one seed's items in the stores of one description, from the root down. */
function plant(app: App, seed: Seed, specId: string): void {
  const chain: string[] = [];
  for (const level of seed.levels) {
    const shape = instanceShape(specId, level.shape);
    let node = app.model.byShape.get(shape);
    if (!node) {
      if (seed.specId === undefined) return;
      app.model.byShape.set(shape, (node = implicitNode(specId, shape)));
    }
    const schema = representationSchema(node.resource);
    const fields = { ...baseFields(node, schema, chain, app.state.credentials.accountSid, Date.now()), ...level.fields, [node.idField]: level.sid };
    app.stores.get(node, chain).insert(level.sid, fields);
    chain.push(level.sid);
  }
}

/**
 * The fixtures become items: a Chat service and channel (unique name `general`), a Conversations
 * service and conversation, a Proxy service and session, in the stores of the resources that hold them
 * when the loaded descriptions have those resources, or as implicit parents when they do not (the
 * bundled specs); the caller's account wherever the 2010 API is loaded. Returns the fixtures of the
 * loaded descriptions.
 */
export function seedFixtures(app: App, specIds: readonly string[]): Fixtures {
  for (const seed of app.state.seeds) {
    const targets = seed.specId === undefined ? specIds : specIds.filter((specId) => specId === seed.specId);
    for (const specId of targets) plant(app, seed, specId);
  }
  return Object.fromEntries(Object.entries(app.state.fixtures).filter(([specId]) => specIds.includes(specId)));
}
