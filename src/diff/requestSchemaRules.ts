import { show, tick } from './show.js';
import type { Facts, Rule } from './types.js';

const b = (f: Facts) => show(f.before);
const a = (f: Facts) => show(f.after);

/** A bound rule of the request side: tightening rejects what was valid (breaking), loosening accepts more. */
const bounds = (key: string, label: string, reject: string, accept: string, unit = ''): Record<string, Rule> => {
  const tighter = key.startsWith('max') ? 'decreased' : 'increased';
  const looser = key.startsWith('max') ? 'increased' : 'decreased';
  return {
    [`${key}-${tighter}`]: { level: 'breaking', text: (f) => `${f.field} ${label} ${b(f)} → ${a(f)}; must reject ${f.name} ${reject} ${a(f)}${unit}` },
    [`${key}-${looser}`]: { level: 'info', text: (f) => `${f.field} ${label} ${b(f)} → ${a(f)}; must accept ${f.name} ${accept} ${a(f)}${unit}` },
    [`${key}-set`]: { level: 'warning', text: (f) => `${f.field} ${label} set to ${a(f)}; must reject ${f.name} ${reject} ${a(f)}${unit}` },
    [`${key}-removed`]: { level: 'info', text: (f) => `${f.field} ${label} ${b(f)} removed; must accept ${f.name} ${reject} ${b(f)}${unit}` },
  };
};

/** Rules for a schema a client sends (a parameter, a body field), keyed by facet; `prefix` makes the rule id. */
export const requestSchemaRules = (prefix: string): Record<string, Rule> => {
  const rules: Record<string, Rule> = {
    'type-added': { level: 'warning', text: (f) => `${f.field} type set to ${a(f)}; must reject ${f.name} that is not ${a(f)}` },
    'type-removed': { level: 'info', text: (f) => `${f.field} type ${b(f)} removed; must accept ${f.name} of any type` },
    'type-changed': { level: 'breaking', text: (f) => `${f.field} type ${b(f)} → ${a(f)}; must accept ${f.name} as ${a(f)}` },
    'became-nullable': { level: 'info', text: (f) => `${f.field} became nullable; must accept null for ${f.name}` },
    'became-not-nullable': { level: 'breaking', text: (f) => `${f.field} is no longer nullable; must reject null for ${f.name}` },
    'format-added': { level: 'warning', text: (f) => `${f.field} format set to ${a(f)}; must reject ${f.name} that is not ${a(f)}` },
    'format-removed': { level: 'info', text: (f) => `${f.field} format ${b(f)} removed; must accept ${f.name} that is not ${b(f)}` },
    'format-changed': { level: 'breaking', text: (f) => `${f.field} format ${b(f)} → ${a(f)}; must accept ${f.name} as ${a(f)} only` },
    'pattern-added': { level: 'warning', text: (f) => `${f.field} pattern set to ${a(f)}; must reject ${f.name} not matching it` },
    'pattern-removed': { level: 'info', text: (f) => `${f.field} pattern ${b(f)} removed; must accept any ${f.name}` },
    'pattern-changed': { level: 'warning', text: (f) => `${f.field} pattern ${b(f)} → ${a(f)}; must accept exactly the ${f.name} matching ${a(f)}` },
    ...bounds('max', 'maximum', 'above', 'up to'),
    ...bounds('min', 'minimum', 'below', 'down to'),
    ...bounds('max-length', 'maxLength', 'longer than', 'up to', ' characters'),
    ...bounds('min-length', 'minLength', 'shorter than', 'down to', ' characters'),
    'enum-value-added': { level: 'info', text: (f) => `${f.field} value ${tick(f.after)} added; must accept ${f.name} ${tick(f.after)}` },
    'enum-value-removed': { level: 'breaking', text: (f) => `${f.field} value ${tick(f.before)} removed; must reject ${f.name} ${tick(f.before)}` },
    'enum-set': { level: 'warning', text: (f) => `${f.field} restricted to ${a(f)}; must reject any other ${f.name}` },
    'enum-removed': { level: 'info', text: (f) => `${f.field} no longer restricted to ${b(f)}; must accept any ${f.name}` },
    'default-value-changed': { level: 'warning', text: (f) => `${f.field} default ${b(f)} → ${a(f)}; must use ${a(f)} when ${f.name} is left out` },
    'description-changed': { level: 'info', descriptionOnly: true, text: (f) => `${f.field} description changed; no change in behaviour` },
  };
  return Object.fromEntries(Object.entries(rules).map(([facet, rule]) => [`${prefix}-${facet}`, rule]));
};
