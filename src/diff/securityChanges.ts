import type { Operation } from '../spec/types.js';
import type { Emit } from './emitter.js';
import type { Rule } from './types.js';

export const SECURITY_RULES: Record<string, Rule> = {
  'security-added': { level: 'breaking', text: (f) => `${f.field} now required (${f.name}); must reject requests without credentials` },
  'security-removed': { level: 'info', text: (f) => `${f.field} no longer required; must accept requests without credentials` },
  'security-scheme-added': { level: 'info', text: (f) => `${f.field} scheme ${f.name} added; must accept ${f.name} credentials` },
  'security-scheme-removed': { level: 'breaking', text: (f) => `${f.field} scheme ${f.name} removed; may reject ${f.name} credentials` },
};

const schemeName = (s: Operation['security'][number]) => (s.scheme ? `${s.name} (${s.type} ${s.scheme})` : `${s.name} (${s.type})`);

/** Authentication: whether the operation needs credentials, and which schemes satisfy it. */
export function securityChanges(before: Operation, after: Operation, emit: Emit): void {
  const [old, now] = [new Set(before.security.map(schemeName)), new Set(after.security.map(schemeName))];
  if (old.size === 0 && now.size > 0) return emit('security-added', { field: 'security', name: [...now].join(' or '), after: [...now] });
  if (old.size > 0 && now.size === 0) return emit('security-removed', { field: 'security', name: [...old].join(' or '), before: [...old] });
  for (const name of now) if (!old.has(name)) emit('security-scheme-added', { field: 'security', name });
  for (const name of old) if (!now.has(name)) emit('security-scheme-removed', { field: 'security', name });
}
