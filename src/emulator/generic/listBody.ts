import type { JsonSchema } from '../../spec/types.js';
import { propertiesOf } from '../model/successResponse.js';
import { listMeta } from '../resources/listMeta.js';
import type { Page, PageRequest } from '../resources/paginate.js';
import { templateOf } from '../values/templateOf.js';
import type { Fields } from '../types.js';

export interface ListPlace {
  /** Where the description is served (origin and mount). */
  origin: string;
  /** The list's path inside its description. */
  path: string;
  /** The query parameters other than paging, kept on every page URL. */
  filters: readonly (readonly [string, string])[];
}

/**
 * A page in the shape the list documents: Twilio's `meta` (absolute URLs and the list key), or the
 * 2010 API's own keys (`first_page_uri`, `next_page_uri`, `previous_page_uri`, `uri`, `page`,
 * `page_size`, `start`, `end`), whose URIs are relative to the description's base URL, as Twilio's are.
 */
export function listBody(schema: JsonSchema, key: string, rows: unknown[], paging: PageRequest, page: Page, place: ListPlace): Fields {
  const properties = propertiesOf(schema);
  const body: Fields = { ...templateOf(schema), [key]: rows };
  if ('meta' in properties) body.meta = listMeta(place.origin + place.path, key, paging, page, place.filters);
  const relative = listMeta(place.path, key, paging, page, place.filters);
  const start = paging.page * paging.pageSize;
  const own: Fields = {
    first_page_uri: relative.first_page_url,
    next_page_uri: relative.next_page_url,
    previous_page_uri: relative.previous_page_url,
    uri: relative.url,
    page: relative.page,
    page_size: relative.page_size,
    start,
    end: rows.length === 0 ? start : start + rows.length - 1,
  };
  for (const [name, value] of Object.entries(own)) if (name in properties) body[name] = value;
  return body;
}
