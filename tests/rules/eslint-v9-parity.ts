import tsParser from '@typescript-eslint/parser';
import type { InvalidTestCase, RuleModule } from '@typescript-eslint/utils/ts-eslint';
import { Linter } from 'eslint';
import { Linter as LinterV9 } from 'eslint-v9';
import * as espree from 'espree';
import { expect, it } from 'vitest';

/** Which tester a case belongs to: TypeScript (ESM), JavaScript ESM, JavaScript CommonJS. */
export type Flavour = 'ts' | 'js' | 'cjs';

function config(rule: RuleModule<string, readonly unknown[]>, flavour: Flavour, options: readonly unknown[] | undefined) {
  const languageOptions =
    flavour === 'ts'
      ? { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } }
      : {
          parser: espree,
          ecmaVersion: 'latest' as const,
          sourceType: flavour === 'cjs' ? ('commonjs' as const) : ('module' as const),
          parserOptions: { ecmaFeatures: { jsx: flavour === 'js' } },
        };
  const entry: ['error', ...unknown[]] = ['error', ...(options ?? [])];
  return [
    {
      files: ['**/*.tsx', '**/*.js'],
      languageOptions,
      plugins: { t: { rules: { rule: rule as never } } },
      rules: { 't/rule': entry },
    },
  ];
}

type Shape = (string | number | boolean | null | undefined)[];

function shape(messages: readonly (Linter.LintMessage | LinterV9.LintMessage)[]): Shape[] {
  return messages.map((message) => [
    message.ruleId,
    message.messageId,
    message.message,
    message.line,
    message.column,
    message.endLine,
    message.endColumn,
    message.fix === undefined,
    JSON.stringify(message.suggestions?.map((suggestion) => suggestion.fix) ?? []),
  ]);
}

/**
 * ESLint 9 gives exactly the findings ESLint 10 gives (the rule testers run on ESLint 10): same messages, locations
 * and suggestion edits, for every invalid case.
 */
export function itMatchesEslint9<MessageIds extends string, Options extends readonly unknown[]>(
  rule: RuleModule<MessageIds, Options>,
  cases: readonly (readonly [Flavour, InvalidTestCase<MessageIds, Options>])[],
): void {
  it.each(cases.map(([flavour, test]) => [test.name ?? test.code.slice(0, 60), flavour, test] as const))(
    'ESLint 9 agrees: %s (%s)',
    (_name, flavour, test) => {
      // The case's own path (rules that read it: test files, Serverless configs), with the extension the config matches
      const base = test.filename?.replace(/\.[cm]?[jt]sx?$/u, '') ?? 'file';
      const filename = flavour === 'ts' ? `${base}.tsx` : `${base}.js`;
      const ruleModule = rule as unknown as RuleModule<string, readonly unknown[]>;
      const v10 = new Linter({ configType: 'flat' }).verify(
        test.code,
        config(ruleModule, flavour, test.options) as Linter.Config[],
        filename,
      );
      const v9 = new LinterV9({ configType: 'flat' }).verify(
        test.code,
        config(ruleModule, flavour, test.options) as LinterV9.Config[],
        filename,
      );
      expect(v10.length).toBe(test.errors.length);
      expect(shape(v9)).toEqual(shape(v10));
    },
  );
}
