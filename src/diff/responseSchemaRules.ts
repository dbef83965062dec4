import { show, tick } from './show.js';
import type { Facts, Rule } from './types.js';

const b = (f: Facts) => show(f.before);
const a = (f: Facts) => show(f.after);

/** A bound of the response side: tightening is a promise clients gain (info), loosening one they lose (warning). */
const bounds = (key: string, label: string, within: string, beyond: string, unit = ''): Record<string, Rule> => {
  const tighter = key.startsWith('max') ? 'decreased' : 'increased';
  const looser = key.startsWith('max') ? 'increased' : 'decreased';
  return {
    [`${key}-${tighter}`]: { level: 'info', text: (f) => `${f.field} ${label} ${b(f)} → ${a(f)}; must return ${f.name} ${within} ${a(f)}${unit}` },
    [`${key}-${looser}`]: { level: 'warning', text: (f) => `${f.field} ${label} ${b(f)} → ${a(f)}; may return ${f.name} ${beyond} ${b(f)}${unit}` },
    [`${key}-set`]: { level: 'info', text: (f) => `${f.field} ${label} set to ${a(f)}; must return ${f.name} ${within} ${a(f)}${unit}` },
    [`${key}-removed`]: { level: 'warning', text: (f) => `${f.field} ${label} ${b(f)} removed; may return ${f.name} ${beyond} ${b(f)}${unit}` },
  };
};

/** Rules for a schema a client receives (a response property, a response header), keyed by facet. */
export const responseSchemaRules = (prefix: string): Record<string, Rule> => {
  const rules: Record<string, Rule> = {
    'type-added': { level: 'info', text: (f) => `${f.field} type set to ${a(f)}; must return ${f.name} as ${a(f)}` },
    'type-removed': { level: 'warning', text: (f) => `${f.field} type ${b(f)} removed; may return ${f.name} of any type` },
    'type-changed': { level: 'breaking', text: (f) => `${f.field} type ${b(f)} → ${a(f)}; must return ${f.name} as ${a(f)}` },
    'became-nullable': { level: 'breaking', text: (f) => `${f.field} became nullable; may return ${f.name} as null` },
    'became-not-nullable': { level: 'info', text: (f) => `${f.field} is no longer nullable; must never return ${f.name} as null` },
    'format-added': { level: 'info', text: (f) => `${f.field} format set to ${a(f)}; must return ${f.name} as ${a(f)}` },
    'format-removed': { level: 'warning', text: (f) => `${f.field} format ${b(f)} removed; may return ${f.name} in any format` },
    'format-changed': { level: 'breaking', text: (f) => `${f.field} format ${b(f)} → ${a(f)}; must return ${f.name} as ${a(f)}` },
    'pattern-added': { level: 'info', text: (f) => `${f.field} pattern set to ${a(f)}; must return ${f.name} matching it` },
    'pattern-removed': { level: 'warning', text: (f) => `${f.field} pattern ${b(f)} removed; may return any ${f.name}` },
    'pattern-changed': { level: 'warning', text: (f) => `${f.field} pattern ${b(f)} → ${a(f)}; must return ${f.name} matching ${a(f)}` },
    ...bounds('max', 'maximum', 'at most', 'above'),
    ...bounds('min', 'minimum', 'at least', 'below'),
    ...bounds('max-length', 'maxLength', 'at most', 'longer than', ' characters'),
    ...bounds('min-length', 'minLength', 'at least', 'shorter than', ' characters'),
    'enum-value-added': { level: 'warning', text: (f) => `${f.field} value ${tick(f.after)} added; may return ${f.name} ${tick(f.after)}` },
    'enum-value-removed': { level: 'info', text: (f) => `${f.field} value ${tick(f.before)} removed; must no longer return ${f.name} ${tick(f.before)}` },
    'enum-set': { level: 'info', text: (f) => `${f.field} restricted to ${a(f)}; must return no other ${f.name}` },
    'enum-removed': { level: 'warning', text: (f) => `${f.field} no longer restricted to ${b(f)}; may return any ${f.name}` },
    'default-value-changed': { level: 'info', text: (f) => `${f.field} default ${b(f)} → ${a(f)}; must return ${a(f)} where ${f.name} was never set` },
    'description-changed': { level: 'info', descriptionOnly: true, text: (f) => `${f.field} description changed; no change in behaviour` },
  };
  return Object.fromEntries(Object.entries(rules).map(([facet, rule]) => [`${prefix}-${facet}`, rule]));
};
