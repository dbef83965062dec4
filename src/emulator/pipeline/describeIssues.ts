import type { RequestIssue } from '../../spec/validateRequest.js';

const WHERE: Record<RequestIssue['location'], string> = {
  path: 'path parameter',
  query: 'query parameter',
  header: 'header',
  cookie: 'cookie',
  body: 'parameter',
};

/** One message naming every parameter at fault: `parameter Identity must NOT have fewer than 1 characters`. */
export function describeIssues(issues: readonly RequestIssue[]): string {
  const lines = issues.map((issue) =>
    issue.name === '' ? `request body ${issue.message}` : `${WHERE[issue.location]} ${issue.name} ${issue.message}`,
  );
  return `Invalid request: ${[...new Set(lines)].join('; ')}`;
}
