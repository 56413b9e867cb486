// Measuring rule time with ESLint's own `stats` (the Node API equivalent of `eslint --stats`): each lint result
// carries `stats.times.passes[].parse.total` (parser plus scope analysis) and `rules[ruleId].total` (the rule's
// `create` and every listener call), in milliseconds.

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CORPUS_DIR, walk } from './corpus.js';

/** How each corpus file is parsed: by extension, and by the folder the real corpus sorts CommonJS into. */
export const LANGUAGES = [
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.ts'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
  { files: ['**/*.cjs', 'real/commonjs/**'], languageOptions: { sourceType: 'commonjs' } },
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  // Published code carries eslint-disable comments: they must not switch the measured rules off.
  { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
];

/**
 * ESLint's `stats` wrap every listener call in a timer, and that cost is charged to the rule: for a rule that
 * listens to `Identifier` it is a sizeable share of a 1.5% budget. A twin registers no-op listeners for exactly
 * the selectors the real rule returns for that file (it calls the real `create`, with reports swallowed), so the
 * twin's time is the instrumentation overhead plus `create`; net = rule − twin + create (create is timed inside
 * the twin, outside ESLint's timers).
 */
function withTwins(ruleIds, rulesById) {
  const createMs = new Map();
  const twinRules = {};
  const config = {};
  for (const id of ruleIds) {
    const rule = rulesById.get(id);
    const twinName = id.replace('/', '__');
    createMs.set(id, 0);
    twinRules[twinName] = {
      meta: { ...rule.meta, docs: undefined, fixable: undefined, hasSuggestions: undefined, messages: {} },
      create(context) {
        const start = performance.now();
        // Some rules report from `create` itself (no-secrets scans comments there): the twin stays silent.
        const listeners = rule.create(Object.create(context, { report: { value: () => {} } }));
        createMs.set(id, createMs.get(id) + performance.now() - start);
        const hollow = {};
        for (const key of Object.keys(listeners ?? {})) hollow[key] = () => {};
        return hollow;
      },
    };
    config[id] = 'error';
    config[`twin/${twinName}`] = 'error';
  }
  return { plugin: { rules: twinRules }, config, createMs };
}

/**
 * A measuring context over a set of plugins (`{ namespace: plugin }`): `run` lints once, `runs` repeats and
 * aggregates. Rule exceptions are collected in `crashes` (the bench exits non-zero on any).
 */
export function createMeasurer(plugins, { samplesOf = () => false } = {}) {
  const rulesById = new Map();
  for (const [namespace, plugin] of Object.entries(plugins)) {
    for (const [name, rule] of Object.entries(plugin.rules ?? {})) rulesById.set(`${namespace}/${name}`, rule);
  }
  const crashes = [];

  function makeEslint(ruleIds) {
    const twins = withTwins(ruleIds, rulesById);
    const eslint = new ESLint({
      cwd: CORPUS_DIR,
      overrideConfigFile: true,
      ignore: false,
      stats: true,
      overrideConfig: [...LANGUAGES, { plugins: { ...plugins, twin: twins.plugin }, rules: twins.config }],
    });
    return { eslint, twins };
  }

  /** After a crash: lint file by file to name every file (and rule) that throws. */
  async function locateCrashes(label, patterns, ruleIds) {
    const { eslint } = makeEslint(ruleIds);
    const isSource = (path) => /\.(?:c|m)?[jt]s$/.test(path);
    const files = patterns.flatMap((pattern) => (isSource(pattern) ? [join(CORPUS_DIR, pattern)] : walk(join(CORPUS_DIR, pattern)).filter(isSource)));
    let reported = 0;
    for (const path of files) {
      try {
        await eslint.lintText(readFileSync(path, 'utf8'), { filePath: path });
      } catch (error) {
        if (reported++ < 10) crashes.push({ label, message: `${path.slice(CORPUS_DIR.length + 1)}: ${firstLines(error, 3)}` });
      }
    }
  }

  /**
   * Lint `patterns` (relative to bench/.corpus) once with `ruleIds` (and their twins). Per rule: raw (ESLint's
   * figure), net (raw − twin + create) milliseconds and findings; parse time; null when a rule threw.
   */
  async function run(label, patterns, ruleIds) {
    const { eslint, twins } = makeEslint(ruleIds);
    let results;
    try {
      results = await eslint.lintFiles(patterns);
    } catch (error) {
      crashes.push({ label, message: firstLines(error, 4) });
      await locateCrashes(label, patterns, ruleIds);
      return null;
    }
    const raw = new Map(ruleIds.map((id) => [id, 0]));
    const twin = new Map(ruleIds.map((id) => [id, 0]));
    const findings = new Map(ruleIds.map((id) => [id, 0]));
    const samples = [];
    let parseMs = 0;
    let parseErrors = 0;
    for (const result of results) {
      for (const pass of result.stats?.times?.passes ?? []) {
        parseMs += pass.parse?.total ?? 0;
        for (const [id, { total }] of Object.entries(pass.rules ?? {})) {
          if (raw.has(id)) raw.set(id, raw.get(id) + total);
          else if (id.startsWith('twin/')) {
            const real = id.slice('twin/'.length).replace('__', '/');
            twin.set(real, twin.get(real) + total);
          }
        }
      }
      for (const message of result.messages) {
        if (message.fatal) parseErrors++;
        if (!message.ruleId || !findings.has(message.ruleId)) continue;
        findings.set(message.ruleId, findings.get(message.ruleId) + 1);
        if (samplesOf(message.ruleId) && samples.length < 15) {
          samples.push(`${result.filePath.slice(CORPUS_DIR.length + 1)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    const rules = new Map();
    for (const id of ruleIds) {
      rules.set(id, { raw: raw.get(id), net: Math.max(0, raw.get(id) - twin.get(id) + twins.createMs.get(id)), findings: findings.get(id) });
    }
    return { parseMs, files: results.length, parseErrors, rules, samples };
  }

  /**
   * `count` runs, aggregated per rule: medians of net and raw time and of the run-wise net share of parse time
   * (`ratio`; `ratioMin` the smallest), the fastest run's raw time (`rawMin`: contention only ever adds time) and the raw share pooled over
   * all runs (`pooled`: Σ rule ÷ Σ parse, steadier than any single small run). `total` aggregates the rules
   * together the same way (the preset when `ruleIds` is the preset). Null when a rule threw.
   */
  async function runs(label, patterns, ruleIds, count) {
    const all = [];
    for (let index = 0; index < count; index++) {
      const result = await run(label, patterns, ruleIds);
      if (!result) return null;
      all.push(result);
    }
    const parseSum = all.reduce((sum, r) => sum + r.parseMs, 0);
    const aggregate = (pick) => ({
      raw: median(all.map((r) => pick(r, 'raw'))),
      net: median(all.map((r) => pick(r, 'net'))),
      ratio: median(all.map((r) => pick(r, 'net') / r.parseMs)),
      ratioMin: Math.min(...all.map((r) => pick(r, 'net') / r.parseMs)),
      rawRatio: median(all.map((r) => pick(r, 'raw') / r.parseMs)),
      rawMin: Math.min(...all.map((r) => pick(r, 'raw'))),
      pooled: all.reduce((sum, r) => sum + pick(r, 'raw'), 0) / parseSum,
      findings: pick(all[0], 'findings'),
    });
    const rules = new Map(ruleIds.map((id) => [id, aggregate((r, key) => r.rules.get(id)[key])]));
    const total = aggregate((r, key) => ruleIds.reduce((sum, id) => sum + r.rules.get(id)[key], 0));
    return {
      label,
      runs: count,
      parseMs: median(all.map((r) => r.parseMs)),
      parseMin: Math.min(...all.map((r) => r.parseMs)),
      files: all[0].files,
      parseErrors: all[0].parseErrors,
      rules,
      total,
      samples: all[0].samples,
    };
  }

  /** Each rule of `ruleIds` alone (its own lint pass: it pays for every shared analysis it uses). */
  async function alone(label, patterns, ruleIds, count) {
    const out = new Map();
    for (const id of ruleIds) {
      const measured = await runs(`${label} [${id} alone]`, patterns, [id], count);
      if (measured) out.set(id, measured.rules.get(id));
    }
    return out;
  }

  return { run, runs, alone, crashes };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function firstLines(error, count) {
  return String(error?.message ?? error)
    .split('\n')
    .slice(0, count)
    .join(' | ');
}
