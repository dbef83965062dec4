import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/diff/formatMarkdown.js';
import { formatText } from '../../src/diff/formatText.js';
import type { Change } from '../../src/diff/types.js';

const change = (operationId: string, message: string, level: Change['level'] = 'warning'): Change => ({
  id: 'request-parameter-pattern-changed', level, specId: 'things', operationId, method: 'GET', path: '/v1/Things', message,
});

describe('diff output formats', () => {
  it('markdown: a `|` in a message is escaped and a newline folded, so the row stays one table row', () => {
    const out = formatMarkdown([change('ListThing', 'ListThing: query Code pattern ^a|b$ → ^c\n$')]);
    expect(out).toContain('| 🟠 warning | `request-parameter-pattern-changed` | ListThing: query Code pattern ^a\\|b$ → ^c $ |\n');
  });

  it('text: one block per operation, in the order found, then the counts', () => {
    const out = formatText([change('A', 'A: one'), change('B', 'B: two', 'breaking'), change('A', 'A: three', 'info')], 2);
    expect(out).toBe(
      'things A · GET /v1/Things\n' +
        '  warning  request-parameter-pattern-changed: A: one\n' +
        '  info     request-parameter-pattern-changed: A: three\n\n' +
        'things B · GET /v1/Things\n' +
        '  breaking request-parameter-pattern-changed: B: two\n\n' +
        '3 change(s) in 2 operation(s): 1 breaking, 1 warning, 1 info; 2 description-only change(s) not shown (--all shows them)\n',
    );
  });
});
