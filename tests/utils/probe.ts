import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { Linter as LinterV9 } from 'eslint-v9';
import * as espree from 'espree';
import { isAbsolute, parse } from 'node:path';

/** Which parser / module system a probe runs with. */
export type Dialect = 'ts' | 'tsx' | 'esm' | 'cjs';

export const DIALECTS: readonly Dialect[] = ['ts', 'esm', 'cjs'];

/** ESLint major version to run the probe with (both are supported by the plugin). */
export type EslintVersion = 9 | 10;

export const ESLINT_VERSIONS: readonly EslintVersion[] = [10, 9];

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Run `listeners` (a tiny rule) over `code` with ESLint's own Linter, so the helpers under test see exactly the
 * SourceCode, scope manager and settings that a real rule does. Throws on a parse error so a test never passes by
 * linting nothing; exceptions thrown by the listeners propagate.
 */
export function runProbe(
  code: string,
  dialect: Dialect,
  create: (context: Context) => TSESLint.RuleListener,
  settings: Record<string, unknown> = {},
  eslintVersion: EslintVersion = 10,
  /** The linted file's name (default `file.ts` / `file.tsx` / `file.js`); an absolute path names a file on disk. */
  filename?: string,
): void {
  const languageOptions =
    dialect === 'ts' || dialect === 'tsx'
      ? { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } }
      : {
          parser: espree,
          ecmaVersion: 'latest' as const,
          sourceType: dialect === 'cjs' ? ('commonjs' as const) : ('module' as const),
          parserOptions: { ecmaFeatures: { jsx: true } },
        };
  const probe = { meta: { type: 'problem' as const, schema: [] }, create };
  const config = [
    {
      files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs'],
      languageOptions,
      plugins: { t: { rules: { probe: probe as never } } },
      rules: { 't/probe': 'error' },
      settings,
    },
  ];
  filename ??= dialect === 'ts' ? 'file.ts' : dialect === 'tsx' ? 'file.tsx' : 'file.js';
  // A file outside the working directory matches no configuration: an absolute name is linted from its root
  const cwd = isAbsolute(filename) ? parse(filename).root : undefined;
  const messages: { ruleId: string | null; message: string }[] =
    eslintVersion === 9
      ? new LinterV9({ configType: 'flat', cwd }).verify(code, config as LinterV9.Config[], { filename })
      : new Linter({ configType: 'flat', cwd }).verify(code, config as Linter.Config[], { filename });
  // A parse error, or "no matching configuration": the probe did not run.
  const problem = messages.find((message) => message.ruleId === null);
  if (problem !== undefined) throw new Error(`probe did not run (${dialect}): ${problem.message}`);
}
