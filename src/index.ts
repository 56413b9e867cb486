import { readFileSync } from 'node:fs';
import type { ESLint, Linter } from 'eslint';
import { presetRules, type PresetName } from './configs.js';
import { rules } from './rules/index.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

const namespace = 'lambda-guard';

type LambdaGuardPlugin = ESLint.Plugin & {
  meta: { name: string; version: string; namespace: string };
  configs: Record<PresetName, Linter.Config>;
};

const plugin: LambdaGuardPlugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace },
  // typescript-eslint's RuleModule is structurally ESLint's, but its types are stricter in places.
  rules: rules as unknown as ESLint.Plugin['rules'],
  configs: {} as Record<PresetName, Linter.Config>,
};

for (const preset of ['recommended', 'strict'] as const) {
  plugin.configs[preset] = {
    name: `${namespace}/${preset}`,
    plugins: { [namespace]: plugin },
    rules: presetRules(rules, preset, namespace),
  };
}

export default plugin;
// CommonJS consumers: `require('eslint-plugin-lambda-guard')` returns the plugin itself on Node >= 20.19.
export { plugin as 'module.exports' };
