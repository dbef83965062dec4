import { pathShape } from '../../spec/resourceRules.js';
import { snakeCase } from '../../spec/snakeCase.js';
import type { Resource } from '../../spec/types.js';

/** `/v2/Services/{ServiceSid}/Channels/{Sid}` and `…/{ChannelSid}.json` alike: `/v2/Services/{}/Channels/{}`. */
const shapeOf = (template: string): string => pathShape(template).replace(/\.json$/u, '');

/**
 * The resource whose instances a parent path parameter names: the one whose instance path is the child's
 * list path up to that parameter (Members' `ChannelSid` → `/v2/Services/{ServiceSid}/Channels/{Sid}`, the
 * Channels resource). That is the path structure x-twilio's `parent` states, read from the paths
 * themselves, whatever the parameters are called. Only within the child's own spec.
 */
export function producerOf(resources: readonly Resource[], resource: Resource, param: string): Resource | undefined {
  const end = resource.listPath.indexOf(`{${param}}`);
  if (end < 0) return undefined;
  const prefix = shapeOf(resource.listPath.slice(0, end + param.length + 2));
  return resources.find(
    (r) => r !== resource && r.specId === resource.specId && r.instancePath !== undefined && shapeOf(r.instancePath) === prefix,
  );
}

/** The account a path's `{AccountSid}` names is the caller's own: it is never made or looked for. */
export const isAccount = (producer: Resource): boolean => producer.sidPrefix === 'AC';

/**
 * The value an instance puts in its children's paths: its id parameter's field (`{Sid}` → `sid`,
 * Verify's `{Identity}` → `identity`), or its `sid`.
 */
export function idValueOf(producer: Resource, item: unknown): string | undefined {
  const body = (item ?? {}) as Record<string, unknown>;
  const value = body[snakeCase(producer.idParam ?? 'Sid')] ?? body.sid;
  return typeof value === 'string' && value !== '' ? value : undefined;
}
