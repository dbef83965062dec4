import { pathShape } from '../../spec/resourceRules.js';

/**
 * The key under which instances of a path are found: spec id and the path's shape, parameter names and
 * the 2010 API's `.json` left out (`api_v2010 /2010-04-01/Accounts/{}`), so that a list path's prefix
 * `/2010-04-01/Accounts/{AccountSid}` finds the Accounts resource of `/2010-04-01/Accounts/{Sid}.json`.
 */
export const instanceShape = (specId: string, path: string): string => `${specId} ${pathShape(path).replace(/\.json$/u, '')}`;
