// Lint a folder of real code (e.g. fetched public serverless repositories) with the strict preset and print every
// finding with its source line, for a precision review. Usage: npm run build && node scripts/lint-corpus.js DIR
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import tseslint from 'typescript-eslint';
import plugin from '../dist/index.js';

const directory = process.argv[2];
if (!directory) {
  console.error('usage: node scripts/lint-corpus.js DIR');
  process.exit(2);
}
const eslint = new ESLint({
  cwd: directory,
  overrideConfigFile: true,
  errorOnUnmatchedPattern: false,
  overrideConfig: [
    { ignores: ['**/node_modules/**', '**/cdk.out/**', '**/*.d.ts', '**/*.min.js'] },
    // Fetched code names its own rules in disable comments: they would only add "rule not found" and unused-directive
    // messages, and must not switch ours off
    { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
    { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tseslint.parser } },
    {
      files: ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    plugin.configs.strict,
  ],
});
const results = await eslint.lintFiles(['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}']);
const perRule = new Map();
let parseErrors = 0;
for (const result of results) {
  const lines = readFileSync(result.filePath, 'utf8').split('\n');
  for (const message of result.messages) {
    if (message.fatal) {
      parseErrors++;
      continue;
    }
    // A rule that throws stops the whole run (ESLint rethrows), so every message left here is a rule's finding
    if (!message.ruleId) continue;
    perRule.set(message.ruleId, (perRule.get(message.ruleId) ?? 0) + 1);
    const source = (lines[message.line - 1] ?? '').trim().slice(0, 160);
    console.log(`${message.ruleId} ${result.filePath.slice(directory.length)}:${message.line}:${message.column}`);
    console.log(`    ${message.message}`);
    console.log(`    | ${source}`);
  }
}
console.log(`\n${results.length} files, ${parseErrors} parse errors`);
for (const [rule, count] of [...perRule].sort()) console.log(`${String(count).padStart(6)} ${rule}`);
