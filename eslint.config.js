// Self-lint: typescript-eslint recommended plus eslint-plugin-eslint-plugin for the rule sources.
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'examples/', 'bench/.corpus/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Disallow|Require) ' }],
      // Misfires on RuleCreator rules (the URL is built by createRule); tests/plugin.test.ts asserts the URLs.
      'eslint-plugin/require-meta-docs-url': 'off',
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/require-meta-default-options': 'error',
    },
  },
  {
    files: ['tests/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-test-error-positions': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
  },
);
