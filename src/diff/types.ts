/** What a change means for clients of the API, as oasdiff's ERR / WARN / INFO. */
export type Level = 'breaking' | 'warning' | 'info';

export const LEVELS: readonly Level[] = ['breaking', 'warning', 'info'];

/** One difference in an operation's contract between two releases of a description. */
export interface Change {
  /** Stable kebab-case rule id (`request-parameter-max-decreased`). */
  id: string;
  level: Level;
  specId: string;
  operationId: string;
  method: string;
  path: string;
  /** One line: the operation, the field, before → after, and what an implementation must now do. */
  message: string;
  /** `query PageSize`, `response 200 state`, `header X-Foo`: what changed inside the operation. */
  field?: string;
  before?: unknown;
  after?: unknown;
  /** An edit of documentation only, shown with --all. */
  descriptionOnly?: boolean;
}

/** One rule of the catalogue: its level, and the message's wording after the operation's name. */
export interface Rule {
  level: Level;
  /** `field` is the subject (`query PageSize`), `name` its bare name (`PageSize`). */
  text: (facts: Facts) => string;
  descriptionOnly?: boolean;
}

export interface Facts {
  field: string;
  name: string;
  before?: unknown;
  after?: unknown;
}
