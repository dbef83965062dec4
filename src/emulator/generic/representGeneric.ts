import { compileSchema } from '../../spec/compileSchema.js';
import { ANY_SID } from '../../spec/sids.js';
import type { JsonSchema } from '../../spec/types.js';
import { propertiesOf } from '../model/successResponse.js';
import { sampleValue } from '../values/sampleValue.js';
import { templateOf } from '../values/templateOf.js';
import type { Fields, HandlerContext, Item } from '../types.js';
import { linkPaths } from './linkPaths.js';
import { selfPath } from './selfPath.js';

const prefixed = (origin: string, paths: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(paths).map(([name, path]) => [name, origin + path]));

/**
 * An item as one operation documents it: every property of that operation's schema, from the stored
 * fields where they have a value valid for it and a valid sample where not (a description whose
 * operations disagree, such as a fetch path that wants WF SIDs and a body that documents AP ones), with `url` and `links` (absolute) or the 2010
 * API's `uri` and `subresource_uris` (inside the description) worked out from where the item lives.
 */
export function representGeneric(item: Item, schema: JsonSchema | undefined, ctx: HandlerContext): unknown {
  if (schema === undefined) return undefined;
  const properties = propertiesOf(schema);
  if (Object.keys(properties).length === 0) return sampleValue(schema);
  const template = templateOf(schema);
  const body: Fields = {};
  for (const [name, property] of Object.entries(properties)) {
    const stored = Object.hasOwn(item.fields, name) && compileSchema(property)(item.fields[name]).length === 0;
    body[name] = stored ? item.fields[name] : template[name];
  }
  const { node } = ctx.route;
  // An item keyed by another id that holds a SID of its own (a Verify entity) lives at its SID: the instance path takes either.
  const ownSid = item.fields.sid;
  const self = selfPath(node.resource, ctx.parent.path, typeof ownSid === 'string' && ANY_SID.test(ownSid) ? ownSid : item.sid);
  const { origin } = ctx.request;
  if ('url' in properties) body.url = origin + self;
  if ('uri' in properties) body.uri = self;
  if ('links' in properties) body.links = prefixed(origin, linkPaths(node, body, self));
  if ('subresource_uris' in properties) body.subresource_uris = linkPaths(node, body, self);
  return body;
}
