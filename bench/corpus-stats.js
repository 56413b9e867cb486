// The strict preset's cost on a directory of your own code, the way `eslint --stats` reports it: per rule, the
// rule's time as a share of ESLint's parse time for the same files. Use it on a checkout of real serverless code
// (the bench's corpora are published libraries and generated files).
//
//   npm run build && node bench/corpus-stats.js <dir> [--runs 3] [--rule no-hardcoded-aws-keys] [--split] [--top 20]
//
// Timings inside a busy process swing by 10-20% from run to run (garbage collection lands in whichever rule or
// parse is running). Each file is linted `--runs` times and, per file, the lowest parse time and the lowest time of
// each rule are kept: the sums are stable enough to compare two builds (`BENCH_PLUGIN=/path/to/dist/index.js`).
// `--split` also prints the shares by kind of file (CDK, SDK, handler, none of them), from the file's text;
// `--top N` the N files where the rules spend most, each with its own rules-to-parse share.

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, rule: { type: 'string', multiple: true }, split: { type: 'boolean' }, top: { type: 'string' } },
});
if (positionals.length !== 1) {
  console.error('usage: node bench/corpus-stats.js <dir> [--runs N] [--rule name]… [--split] [--top N]');
  process.exit(2);
}
const dir = resolve(positionals[0]);
const pluginPath = process.env.BENCH_PLUGIN ?? new URL('../dist/index.js', import.meta.url).pathname;
const plugin = (await import(pathToFileURL(pluginPath).href)).default;
const config = values.rule
  ? { plugins: { 'lambda-guard': plugin }, rules: Object.fromEntries(values.rule.map((name) => [`lambda-guard/${name}`, 'error'])) }
  : plugin.configs.strict;

const eslint = new ESLint({
  cwd: dir,
  overrideConfigFile: true,
  stats: true,
  errorOnUnmatchedPattern: false,
  overrideConfig: [
    { ignores: ['**/node_modules/**', '**/*.d.ts', '**/*.min.js', '**/cdk.out/**', '**/dist/**'] },
    { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser } },
    { files: ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
    config,
  ],
});

/** Per file: the lowest parse time and the lowest time of each rule over the runs. */
const best = new Map();
let findings = 0;
for (let run = 0; run < Number(values.runs); run++) {
  const results = await eslint.lintFiles(['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}']);
  findings = 0;
  for (const result of results) {
    findings += result.messages.filter((message) => message.ruleId?.startsWith('lambda-guard/')).length;
    const current = { parse: 0 };
    for (const pass of result.stats?.times.passes ?? []) {
      current.parse += pass.parse.total;
      for (const [rule, time] of Object.entries(pass.rules ?? {})) current[rule] = (current[rule] ?? 0) + time.total;
    }
    const kept = best.get(result.filePath) ?? {};
    for (const [key, time] of Object.entries(current)) kept[key] = Math.min(kept[key] ?? Infinity, time);
    best.set(result.filePath, kept);
  }
}

function print(label, entries) {
  let parse = 0;
  const rules = {};
  for (const times of entries) {
    parse += times.parse;
    for (const [key, time] of Object.entries(times)) if (key !== 'parse') rules[key] = (rules[key] ?? 0) + time;
  }
  const total = Object.values(rules).reduce((sum, time) => sum + time, 0);
  const share = (time) => `${((100 * time) / parse).toFixed(2)}%`;
  console.log(`${label}: ${entries.length} files, parse ${parse.toFixed(0)} ms, rules ${total.toFixed(0)} ms = ${share(total)} of parse`);
  for (const [rule, time] of Object.entries(rules).sort((a, b) => b[1] - a[1])) {
    console.log(`  ${rule.padEnd(45)} ${time.toFixed(1).padStart(8)} ms  ${share(time).padStart(7)}`);
  }
}

console.log(`${dir}: ${findings} findings, best of ${values.runs} run(s) per file`);
print('all files', [...best.values()]);
if (values.split) {
  const kinds = new Map();
  for (const [file, times] of best) {
    const text = readFileSync(file, 'utf8');
    const kind =
      ['aws-cdk', 'aws-sdk', 'handler'].filter((word) => text.includes(word)).join(' + ') || 'none of aws-cdk, aws-sdk, handler';
    kinds.set(kind, [...(kinds.get(kind) ?? []), times]);
  }
  for (const [kind, entries] of [...kinds].sort((a, b) => b[1].length - a[1].length)) print(`files spelling ${kind}`, entries);
}

if (values.top) {
  const ruleTotal = (times) => Object.entries(times).reduce((sum, [key, time]) => (key === 'parse' ? sum : sum + time), 0);
  console.log(`files where the rules spend most (rules ms, parse ms, share, slowest rule):`);
  for (const [file, times] of [...best].sort((a, b) => ruleTotal(b[1]) - ruleTotal(a[1])).slice(0, Number(values.top))) {
    const total = ruleTotal(times);
    const [slowest] = Object.entries(times).filter(([key]) => key !== 'parse').sort((a, b) => b[1] - a[1]);
    console.log(
      `  ${total.toFixed(1).padStart(7)} ${times.parse.toFixed(1).padStart(7)} ${`${((100 * total) / times.parse).toFixed(0)}%`.padStart(5)}  ${slowest?.[0]} ${slowest?.[1].toFixed(1)}  ${file.slice(dir.length + 1)}`,
    );
  }
}
