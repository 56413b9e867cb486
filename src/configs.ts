import type { Linter } from 'eslint';
import type { LambdaGuardRule } from './rules/index.js';

export type PresetName = 'recommended' | 'strict';

/** The rule entries of a preset, read from each rule's `meta.docs` so presets and docs cannot drift. */
export function presetRules(
  rules: Record<string, LambdaGuardRule>,
  preset: PresetName,
  namespace: string,
): Linter.RulesRecord {
  const entries: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(rules)) {
    const docs = rule.meta.docs;
    if (!docs) continue;
    if (preset === 'recommended' && docs.recommended !== 'recommended') continue;
    entries[`${namespace}/${name}`] = docs.severity ?? 'error';
  }
  return entries;
}
