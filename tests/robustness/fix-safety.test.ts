/**
 * Autofixes are safe to apply blindly: applying every fix (ESLint's own fix loop) to examples/, to every invalid
 * rule test case, to the hand-written snippets and to generated code yields code that still parses, and a second
 * run fixes nothing more (no fix that undoes or re-triggers itself).
 */
import { describe, expect, it } from 'vitest';
import { generateFiles } from '../../bench/generate.js';
import {
  NO_RULES_NOTE,
  exampleFiles,
  lint,
  lintAndFix,
  loadExampleSettings,
  rulesRecord,
  ruleNames,
  type ConfigOptions,
  type Dialect,
} from './harness.js';
import { collectRuleTestCases } from './rule-cases.js';
import { SNIPPETS } from './snippets.js';

interface FixInput {
  label: string;
  code: string;
  dialect: Dialect;
  options?: ConfigOptions;
}

interface FixReport {
  checked: number;
  fixed: number;
  problems: string[];
}

/** Fix `input` fully, then check the output parses and a second fix run changes nothing. */
function checkFixes(inputs: readonly FixInput[]): FixReport {
  const report: FixReport = { checked: 0, fixed: 0, problems: [] };
  for (const input of inputs) {
    const before = lint(input.code, input.dialect, input.options);
    if (before.parseError || before.eslintLimit || before.crash) continue; // not fix material (crashes: no-throw's job)
    report.checked++;
    const first = lintAndFix(input.code, input.dialect, input.options);
    if (!first.fixed) continue;
    report.fixed++;
    const reparsed = lint(first.output, input.dialect, { ...input.options, rules: {} });
    if (reparsed.parseError) {
      report.problems.push(`${input.label}: the fixed code does not parse (${reparsed.parseError})\n--- fixed ---\n${first.output}`);
      continue;
    }
    const second = lintAndFix(first.output, input.dialect, input.options);
    if (second.fixed) {
      report.problems.push(`${input.label}: a second fix run still changes the code\n--- after one run ---\n${first.output}\n--- after two ---\n${second.output}`);
    }
  }
  return report;
}

describe('fix safety', () => {
  it('holds on examples/', async () => {
    const files = exampleFiles();
    if (files.length === 0) {
      console.warn('[fix-safety] examples/ is absent or empty: nothing to check there yet');
      return;
    }
    const settings = await loadExampleSettings();
    const report = checkFixes(files.map((file) => ({ label: file.path, code: file.code, dialect: file.dialect, options: { settings } })));
    console.info(`[fix-safety] examples: ${report.checked} files checked, ${report.fixed} fixed`);
    expect(report.checked).toBeGreaterThan(0);
    expect(report.problems).toEqual([]);
  });

  it('holds on every invalid rule test case, with that rule and its options alone', () => {
    const cases = collectRuleTestCases().filter((testCase) => testCase.kind === 'invalid');
    if (ruleNames.length === 0 || cases.length === 0) {
      console.warn(`[fix-safety] ${ruleNames.length === 0 ? NO_RULES_NOTE : 'no rule test cases yet'}`);
      return;
    }
    const inputs = cases
      .filter((testCase) => ruleNames.includes(testCase.rule))
      .map((testCase) => {
        const id = `lambda-guard/${testCase.rule}`;
        const rules = testCase.options ? { [id]: ['error', ...testCase.options] as ['error', ...unknown[]] } : rulesRecord([id]);
        return { label: `${testCase.file} (${testCase.rule}): ${testCase.code.slice(0, 80)}`, code: testCase.code, dialect: testCase.dialect, options: { rules } };
      });
    const report = checkFixes(inputs);
    console.info(`[fix-safety] rule tests: ${report.checked} invalid cases checked, ${report.fixed} fixed`);
    expect(report.problems).toEqual([]);
  });

  it('holds on the snippets and on generated code, with the whole strict preset', () => {
    if (ruleNames.length === 0) console.warn(`[fix-safety] ${NO_RULES_NOTE}`);
    const inputs: FixInput[] = [
      ...SNIPPETS.map((snippet) => ({ label: `snippet "${snippet.name}"`, code: snippet.code, dialect: snippet.dialect })),
      ...generateFiles(150, 77).map((file) => ({ label: `generated ${file.path}`, code: file.code, dialect: file.dialect })),
    ];
    const report = checkFixes(inputs);
    console.info(`[fix-safety] snippets and generated code: ${report.checked} checked, ${report.fixed} fixed`);
    expect(report.checked).toBeGreaterThan(120);
    expect(report.problems).toEqual([]);
  });

  it('catches a broken fixer (harness self-test)', () => {
    const probe = {
      rules: {
        // Appends a character forever: the fix never converges.
        grow: {
          meta: { type: 'problem' as const, fixable: 'code' as const, schema: [], messages: { m: 'grow' } },
          create: (context: { report: (d: unknown) => void; sourceCode: { ast: unknown } }) => ({
            Program(node: unknown) {
              context.report({ node, messageId: 'm', fix: (fixer: { insertTextAfter: (n: unknown, t: string) => unknown }) => fixer.insertTextAfter(node, ';') });
            },
          }),
        },
        // Produces code that does not parse.
        breaker: {
          meta: { type: 'problem' as const, fixable: 'code' as const, schema: [], messages: { m: 'break' } },
          create: (context: { report: (d: unknown) => void }) => ({
            Literal(node: { value: unknown }) {
              if (node.value === 'break-me') {
                context.report({ node, messageId: 'm', fix: (fixer: { replaceText: (n: unknown, t: string) => unknown }) => fixer.replaceText(node, '((') });
              }
            },
          }),
        },
      },
    };
    const grow = checkFixes([{ label: 'grow', code: 'x;', dialect: 'esm', options: { plugins: { probe }, rules: { 'probe/grow': 'error' } } }]);
    expect(grow.problems).toHaveLength(1);
    const breaker = checkFixes([{ label: 'breaker', code: "f('break-me');", dialect: 'esm', options: { plugins: { probe }, rules: { 'probe/breaker': 'error' } } }]);
    expect(breaker.problems[0]).toContain('does not parse');
  });
});
