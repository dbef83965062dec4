/** A JSON Schema (2020-12 dialect) as the loader hands it out: normalised from OpenAPI 3.0 or 3.1. */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'TRACE';

export type ParamLocation = 'path' | 'query' | 'header' | 'cookie';

export interface Parameter {
  name: string;
  in: ParamLocation;
  required: boolean;
  schema: JsonSchema;
  /** `form` + `explode` (the OpenAPI default for query) repeats the key for each array item. */
  explode: boolean;
  /** JSON pointer of the parameter inside its file. */
  pointer: string;
}

export interface HeaderSpec {
  name: string;
  required: boolean;
  schema: JsonSchema;
}

export interface ResponseSpec {
  /** `"201"`, `"4XX"` or `"default"`, as written in the spec. */
  status: string;
  description: string;
  /** Absent when the response documents no body. */
  mediaType?: string;
  schema?: JsonSchema;
  headers: HeaderSpec[];
  pointer: string;
}

export interface RequestBodySpec {
  mediaType: string;
  required: boolean;
  schema: JsonSchema;
  pointer: string;
}

/** What an operation does to its resource, in the Twilio shape (list path + instance path). */
export type OperationKind = 'create' | 'fetch' | 'list' | 'update' | 'delete' | 'other';

export interface SecurityScheme {
  name: string;
  type: string;
  scheme?: string;
}

export interface Operation {
  specId: string;
  file: string;
  operationId: string;
  method: HttpMethod;
  /** Path template as written: `/v2/Services/{ServiceSid}/Channels/{ChannelSid}/Members`. */
  path: string;
  pointer: string;
  kind: OperationKind;
  parameters: Record<ParamLocation, Parameter[]>;
  requestBody?: RequestBodySpec;
  responses: ResponseSpec[];
  /** Schemes any one of which satisfies the operation; empty when it needs no auth. */
  security: SecurityScheme[];
  servers: string[];
  /** The path item's `x-twilio.dependentProperties`: the sub-resources an instance links to. */
  dependentProperties?: Record<string, DependentProperty>;
}

/** A sub-resource of an instance: `resource_url` filled from the instance's fields through `mapping`. */
export interface DependentProperty {
  /** Placeholder in `resource_url` → the instance's field that fills it (`{ channel_sid: 'sid' }`). */
  mapping: Record<string, string>;
  resource_url: string;
}

/** One REST resource: the list path and the instance path that pair create/fetch/list/update/delete. */
export interface Resource {
  specId: string;
  /** The list path's last word (`Members`), or more of the path where that word repeats in the description (see nameResources). */
  name: string;
  listPath: string;
  instancePath?: string;
  /** Name of the trailing path parameter of the instance path (`Sid`). */
  idParam?: string;
  /** Array property of the list response (`members`, `participants`). */
  listKey?: string;
  /** Two-letter prefix of the resource's own `sid`, read from its response schema. */
  sidPrefix?: string;
  /** Path parameters of the list path, in order: the parents. */
  parentParams: string[];
  operations: Partial<Record<OperationKind, Operation>>;
}

export type Severity = 'error' | 'warning';

/** A finding about a spec file (not about a target): where, and what is wrong. */
export interface Diagnostic {
  severity: Severity;
  file: string;
  pointer: string;
  message: string;
}

export interface LoadedSpec {
  id: string;
  file: string;
  openapi: string;
  title: string;
  operations: Operation[];
  resources: Resource[];
  diagnostics: Diagnostic[];
}

export interface SpecIndex {
  specs: LoadedSpec[];
  operations: Operation[];
  resources: Resource[];
  diagnostics: Diagnostic[];
}
