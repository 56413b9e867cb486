/**
 * Shared machinery of the robustness suites: the plugin's rules under each parser, linting that tells a rule
 * exception from a parse error, the key-shaped-text detector every suite applies to every message, and corpora
 * (hand-written odd snippets, the seeded generator of bench/generate.js, and the code of the rule tests).
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import * as espree from 'espree';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import plugin from '../../src/index.js';
import { rules } from '../../src/rules/index.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const NAMESPACE = 'lambda-guard';
export const ruleNames = Object.keys(rules).sort();
export const NO_RULES_NOTE = 'no lambda-guard rules are registered yet (src/rules/index.ts): per-rule checks skipped';

// ---------------------------------------------------------------------------------------------------------------
// Languages and configs

export type Dialect = 'esm' | 'cjs' | 'ts';
export const DIALECTS: readonly Dialect[] = ['esm', 'cjs', 'ts'];

const FILENAMES: Record<Dialect, string> = { esm: 'input.js', cjs: 'input.cjs', ts: 'input.ts' };

/** A file name that selects the dialect's config (used as the virtual file name when linting text). */
export function filenameFor(dialect: Dialect, name = 'input'): string {
  // ESLint ignores anything under node_modules/ (silently, with no messages): keep virtual names out of it.
  return FILENAMES[dialect].replace('input', name.replace(/(^|\/)node_modules\//g, '$1nm/'));
}

export function languageOptionsFor(dialect: Dialect): Linter.LanguageOptions {
  if (dialect === 'ts') {
    return { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } };
  }
  return {
    parser: espree,
    ecmaVersion: 'latest',
    sourceType: dialect === 'cjs' ? 'commonjs' : 'module',
    parserOptions: { ecmaFeatures: { jsx: dialect === 'esm' } },
  };
}

/**
 * Fields that ESTree leaves out when absent and that other parsers write as `null`: hermes-eslint (Flow) writes
 * `typeAnnotation: null` on every identifier and pattern, `returnType`, `typeParameters` and `predicate: null` on
 * every function, `typeArguments: null` on calls, `directive: null` on statements. A rule that tests such a field
 * with `!== undefined` and reads through it throws there.
 */
const NULL_WHEN_ABSENT: Readonly<Record<string, readonly string[]>> = {
  Identifier: ['typeAnnotation'],
  ObjectPattern: ['typeAnnotation'],
  ArrayPattern: ['typeAnnotation'],
  RestElement: ['typeAnnotation'],
  AssignmentPattern: ['typeAnnotation'],
  FunctionDeclaration: ['typeParameters', 'returnType', 'predicate'],
  FunctionExpression: ['typeParameters', 'returnType', 'predicate'],
  ArrowFunctionExpression: ['typeParameters', 'returnType', 'predicate'],
  CallExpression: ['typeArguments'],
  NewExpression: ['typeArguments'],
  ClassDeclaration: ['typeParameters', 'superTypeArguments'],
  ClassExpression: ['typeParameters', 'superTypeArguments'],
  ExpressionStatement: ['directive'],
};

/** espree, with the fields of `NULL_WHEN_ABSENT` set to `null` where espree leaves them out, as hermes-eslint does. */
export const nullFieldsParser = {
  meta: { name: 'espree-with-null-fields' },
  parse(code: string, options: Record<string, unknown>): unknown {
    const ast = espree.parse(code, options as espree.Options);
    const stack: unknown[] = [ast];
    while (stack.length > 0) {
      const node = stack.pop() as Record<string, unknown> | null;
      if (node === null || typeof node !== 'object') continue;
      if (Array.isArray(node)) {
        stack.push(...(node as unknown[]));
        continue;
      }
      for (const field of NULL_WHEN_ABSENT[node.type as string] ?? []) if (node[field] === undefined) node[field] = null;
      for (const key of Object.keys(node)) {
        if (key !== 'parent' && key !== 'loc' && key !== 'range' && typeof node[key] === 'object') stack.push(node[key]);
      }
    }
    return ast;
  },
};

/** Dialect of a file on disk, by extension (`.js` files are tried as ESM first by callers). */
export function dialectOf(path: string): Dialect | null {
  if (/\.(?:c?ts|mts|tsx)$/.test(path)) return 'ts';
  if (path.endsWith('.cjs')) return 'cjs';
  if (/\.(?:m?js|jsx)$/.test(path)) return 'esm';
  return null;
}

/** Rule entries for `ruleIds` (default: every rule of the plugin, i.e. the strict preset) at `error`. */
export function rulesRecord(ruleIds: readonly string[] = ruleNames.map((name) => `${NAMESPACE}/${name}`)): Linter.RulesRecord {
  return Object.fromEntries(ruleIds.map((id) => [id, 'error' as const]));
}

export interface ConfigOptions {
  /** Rules to turn on; default every rule (the `strict` preset). */
  rules?: Linter.RulesRecord;
  settings?: Record<string, unknown>;
  /** Extra plugins (the harness self-tests register probe rules this way). */
  plugins?: Record<string, unknown>;
  /** Language options laid over the dialect's (another parser). */
  languageOptions?: Linter.LanguageOptions;
}

/** A flat config that lints one dialect with the plugin. */
export function configFor(dialect: Dialect, options: ConfigOptions = {}): Linter.Config[] {
  return [
    {
      files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.jsx', '**/*.ts', '**/*.cts', '**/*.mts', '**/*.tsx'],
      languageOptions: { ...languageOptionsFor(dialect), ...options.languageOptions },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      plugins: { [NAMESPACE]: plugin, ...(options.plugins as Linter.Config['plugins']) },
      rules: options.rules ?? (plugin.configs.strict.rules as Linter.RulesRecord),
      settings: options.settings ?? {},
    },
  ];
}

/** The strict preset really is every rule: the suites lint with it. */
export const strictRules = plugin.configs.strict.rules as Linter.RulesRecord;

// ---------------------------------------------------------------------------------------------------------------
// Linting that separates rule exceptions from parse errors

export interface LintOutcome {
  messages: Linter.LintMessage[];
  /** The code did not parse: rules never ran (not a failure of ours). */
  parseError: string | null;
  /** A rule threw (ESLint propagates rule exceptions). */
  crash: Error | null;
  /** ESLint itself threw even with no rules on (its own recursion limits on absurd nesting): not ours. */
  eslintLimit: boolean;
}

const linter = new Linter({ configType: 'flat' });

export function lint(code: string, dialect: Dialect, options: ConfigOptions = {}, filename = filenameFor(dialect)): LintOutcome {
  if (/(^|\/)node_modules\//.test(filename)) throw new Error(`ESLint would ignore ${filename}`);
  try {
    const messages = linter.verify(code, configFor(dialect, options), filename);
    const fatal = messages.find((message) => message.fatal);
    return { messages, parseError: fatal ? fatal.message : null, crash: null, eslintLimit: false };
  } catch (error) {
    // Is it ours? Lint again with no rules: if ESLint still throws, the input is past ESLint's own limits.
    try {
      linter.verify(code, configFor(dialect, { ...options, rules: {} }), filename);
    } catch {
      return { messages: [], parseError: null, crash: null, eslintLimit: true };
    }
    return { messages: [], parseError: null, crash: error instanceof Error ? error : new Error(String(error)), eslintLimit: false };
  }
}

export interface FixOutcome {
  output: string;
  fixed: boolean;
  messages: Linter.LintMessage[];
}

export function lintAndFix(code: string, dialect: Dialect, options: ConfigOptions = {}, filename = filenameFor(dialect)): FixOutcome {
  const result = linter.verifyAndFix(code, configFor(dialect, options), { filename, fix: true });
  return { output: result.output, fixed: result.fixed, messages: result.messages };
}

/** A short, printable description of a crash for assertion messages. */
export function describeCrash(crash: Error, code: string): string {
  const head = code.length > 600 ? `${code.slice(0, 600)}… (${code.length} chars)` : code;
  return `${crash.message.split('\n').slice(0, 4).join(' | ')}\n--- input ---\n${head}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Key-shaped text in messages

/** An access key ID with a credential prefix. */
const KEY_ID = /(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}/;
/** A run of 40 or more base64 characters (a secret access key, a session token). */
const LONG_BASE64_RUN = /[A-Za-z0-9+/]{40,}/g;

/**
 * The first key-shaped piece of `text`, or null. `planted` holds the credentials the inputs contain: no message may
 * repeat 8 or more consecutive characters of one (the redaction helpers show at most a 4-character prefix and the
 * last 4 characters of a key ID).
 */
export function findKeyShapedText(text: string, planted: ReadonlySet<string> = new Set()): string | null {
  const keyId = KEY_ID.exec(text);
  if (keyId) return keyId[0];
  for (const match of text.matchAll(LONG_BASE64_RUN)) {
    const run = match[0];
    // Real keys mix cases and digits; a long word-only run (an identifier) is not a secret.
    if (/[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run)) return run;
  }
  if (planted.size > 0) {
    const windows = plantedWindows(planted);
    for (let start = 0; start + WINDOW <= text.length; start++) {
      const window = text.slice(start, start + WINDOW);
      if (windows.has(window)) return `${window} (from a planted credential)`;
    }
  }
  return null;
}

const WINDOW = 8;
const windowCache = new WeakMap<ReadonlySet<string>, Set<string>>();

/** Every 8-character slice of the planted credentials (computed once per set). */
function plantedWindows(planted: ReadonlySet<string>): Set<string> {
  let windows = windowCache.get(planted);
  if (!windows) {
    windows = new Set();
    for (const secret of planted) {
      for (let start = 0; start + WINDOW <= secret.length; start++) windows.add(secret.slice(start, start + WINDOW));
    }
    windowCache.set(planted, windows);
  }
  return windows;
}

/** Every message text a lint produced: the message and the suggestion descriptions. */
export function messageTexts(messages: readonly Linter.LintMessage[]): string[] {
  const texts: string[] = [];
  for (const message of messages) {
    if (message.ruleId === null) continue;
    texts.push(message.message);
    for (const suggestion of message.suggestions ?? []) texts.push(suggestion.desc);
  }
  return texts;
}

/** Messages (as `rule: text`) that contain key-shaped text. */
export function leakingMessages(messages: readonly Linter.LintMessage[], planted: ReadonlySet<string> = new Set()): string[] {
  const leaks: string[] = [];
  for (const message of messages) {
    if (message.ruleId === null) continue;
    for (const text of [message.message, ...(message.suggestions ?? []).map((suggestion) => suggestion.desc)]) {
      const found = findKeyShapedText(text, planted);
      if (found) leaks.push(`${message.ruleId} at ${message.line}:${message.column}: "${text}" contains ${found}`);
    }
  }
  return leaks;
}

// ---------------------------------------------------------------------------------------------------------------
// Files

/** Files under `dir` (recursively, sorted), skipping nested node_modules. */
export function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') walk(path, out);
    } else if (entry.isFile()) {
      out.push(path);
    }
  }
  return out;
}

export const EXAMPLES_DIR = join(ROOT, 'examples');

/** The example app's source files (not its config), with their dialects. */
export function exampleFiles(): { path: string; code: string; dialect: Dialect }[] {
  return walk(EXAMPLES_DIR)
    .filter((path) => !path.endsWith('eslint.config.js'))
    .flatMap((path) => {
      const dialect = dialectOf(path);
      return dialect ? [{ path, code: readFileSync(path, 'utf8'), dialect }] : [];
    });
}

/**
 * The `settings` of the example app's eslint.config.js (handler names from its serverless.yml). That config imports
 * the built plugin (dist/); without a build the suites lint the examples with no settings.
 */
export async function loadExampleSettings(): Promise<Record<string, unknown>> {
  const configPath = join(EXAMPLES_DIR, 'eslint.config.js');
  if (!existsSync(configPath)) return {};
  try {
    const config = ((await import(pathToFileURL(configPath).href)) as { default: unknown }).default;
    const entries = (Array.isArray(config) ? config : [config]) as { settings?: Record<string, unknown> }[];
    return Object.assign({}, ...entries.map((entry) => entry.settings ?? {})) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Lint `path`'s code as its dialect; a `.js` file that is not an ES module is retried as CommonJS. */
export function lintFile(code: string, dialect: Dialect, options: ConfigOptions = {}, name = 'file'): LintOutcome & { dialect: Dialect } {
  const first = lint(code, dialect, options, filenameFor(dialect, name));
  if (first.parseError && dialect === 'esm') {
    const retry = lint(code, 'cjs', options, filenameFor('cjs', name));
    if (!retry.parseError) return { ...retry, dialect: 'cjs' };
  }
  return { ...first, dialect };
}
