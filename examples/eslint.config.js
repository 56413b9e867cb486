// How a team turns the plugin on: one import, one preset. (Inside this repository the package name resolves to
// the built plugin in ../dist through Node's package self-reference.)
import tseslint from 'typescript-eslint';
import lambdaGuard from 'eslint-plugin-lambda-guard';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
  },
  lambdaGuard.configs.recommended,
  {
    // serverless.yml points one function at `main` instead of `handler`.
    settings: { 'lambda-guard': { handlerNames: ['main'] } },
  },
];
