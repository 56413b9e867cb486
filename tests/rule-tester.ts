import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';

/** TypeScript files (ESM), parsed by @typescript-eslint/parser without type information. */
export const tsRuleTester = new RuleTester({
  languageOptions: {
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

/** Plain JavaScript ES modules, parsed by espree (ESLint's default parser). */
export const jsRuleTester = new RuleTester({
  languageOptions: {
    parser: espree,
    ecmaVersion: 'latest',
    sourceType: 'module',
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

/** Plain JavaScript CommonJS, parsed by espree. */
export const cjsRuleTester = new RuleTester({
  languageOptions: {
    parser: espree,
    ecmaVersion: 'latest',
    sourceType: 'commonjs',
  },
});
