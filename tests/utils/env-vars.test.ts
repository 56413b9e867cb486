import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  getEnvRead,
  resolveProcessPath,
  type EnvRead,
  type ProcessPath,
  type ProcessPathOptions,
} from '../../src/utils/env-vars.js';
import { DIALECTS, ESLINT_VERSIONS, runProbe, type Dialect, type EslintVersion } from './probe.js';

/** `read` of the argument of every `__probe(x)` call. */
function probeWith<T>(
  code: string,
  dialect: Dialect,
  read: (node: TSESTree.Node, sourceCode: Parameters<typeof getEnvRead>[1]) => T,
  eslintVersion: EslintVersion = 10,
): T[] {
  const results: T[] = [];
  runProbe(
    code,
    dialect,
    (context) => ({
      CallExpression(node) {
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== '__probe') return;
        results.push(read(node.arguments[0] as TSESTree.Node, context.sourceCode));
      },
    }),
    {},
    eslintVersion,
  );
  return results;
}

/** getEnvRead of the argument of every `__probe(x)` call. */
function probe(code: string, dialect: Dialect, eslintVersion: EslintVersion = 10): (EnvRead | null)[] {
  return probeWith(code, dialect, getEnvRead, eslintVersion);
}

const read = (name: string, exact = true): EnvRead => ({ name, exact });

describe('getEnvRead', () => {
  describe.each(DIALECTS)('%s', (dialect) => {
    it.each<[string, string, EnvRead | null]>([
      ['member', '__probe(process.env.AWS_ACCESS_KEY_ID);', read('AWS_ACCESS_KEY_ID')],
      ['computed', "__probe(process.env['AWS_SECRET_ACCESS_KEY']);", read('AWS_SECRET_ACCESS_KEY')],
      ['computed template', '__probe(process.env[`AWS_SESSION_TOKEN`]);', read('AWS_SESSION_TOKEN')],
      ['computed constant', "const NAME = 'AWS_REGION';\n__probe(process.env[NAME]);", read('AWS_REGION')],
      ['optional chain', '__probe(process?.env?.AWS_REGION);', read('AWS_REGION')],
      ['once-bound variable', 'const key = process.env.KEY;\n__probe(key);', read('KEY')],
      ['let never reassigned', 'let key = process.env.KEY;\n__probe(key);', read('KEY')],
      ['destructured', 'const { AWS_ACCESS_KEY_ID } = process.env;\n__probe(AWS_ACCESS_KEY_ID);', read('AWS_ACCESS_KEY_ID')],
      ['destructured and renamed', 'const { AWS_ACCESS_KEY_ID: id } = process.env;\n__probe(id);', read('AWS_ACCESS_KEY_ID')],
      ['destructured with a default', "const { KEY = 'x' } = process.env;\n__probe(KEY);", read('KEY', false)],
      ['nested destructuring', 'const { env: { KEY } } = process;\n__probe(KEY);', read('KEY')],
      ['env alias', 'const { env } = process;\n__probe(env.KEY);', read('KEY')],
      ['env variable', 'const e = process.env;\n__probe(e.KEY);', read('KEY')],
      ['two hops', 'const e = process.env;\nconst k = e.KEY;\nconst j = k;\n__probe(j);', read('KEY')],
      ['process from require', "const proc = require('process');\n__probe(proc.env.KEY);", read('KEY')],
      ['env from node:process', "const { env } = require('node:process');\n__probe(env.KEY);", read('KEY')],
      // unknown: null
      ['process.env itself', '__probe(process.env);', null],
      ['process itself', '__probe(process);', null],
      ['unknown computed key', '__probe(process.env[name]);', null],
      ['another global', '__probe(proc.env.KEY);', null],
      ['not env', '__probe(process.argv.KEY);', null],
      ['deeper than a variable', '__probe(process.env.KEY.length);', null],
      ['a literal', "__probe('AWS_ACCESS_KEY_ID');", null],
      ['a call', '__probe(getEnv("KEY"));', null],
      ['reassigned', "let k = process.env.KEY;\nk = 'x';\n__probe(k);", null],
      ['parameter named process', 'function f(process) {\n  __probe(process.env.KEY);\n}', null],
      ['local process object', 'const process = { env: { KEY: 1 } };\n__probe(process.env.KEY);', null],
      ['rest element', 'const { ...rest } = process.env;\n__probe(rest.KEY);', null],
      ['array pattern', 'const [first] = process.env;\n__probe(first);', null],
      ['user module', "const { env } = require('./process');\n__probe(env.KEY);", null],
      ['a module other than process', "const cfg = require('config');\n__probe(cfg.env.KEY);", null],
    ])('%s', (_name, code, expected) => {
      expect(probe(code, dialect)).toEqual([expected]);
    });
  });

  it.each<[Dialect, string, EnvRead | null]>([
    ['esm', "import { env } from 'node:process';\n__probe(env.KEY);", read('KEY')],
    ['esm', "import process from 'process';\n__probe(process.env.KEY);", read('KEY')],
    ['esm', "import * as proc from 'node:process';\n__probe(proc.env['KEY']);", read('KEY')],
    ['ts', '__probe(process.env.KEY as string);', read('KEY')],
    ['ts', '__probe(process.env.KEY!);', read('KEY')],
    ['ts', '__probe((process.env as Record<string, string>).KEY);', read('KEY')],
    ['ts', 'const { KEY } = process.env as { KEY: string };\n__probe(KEY);', read('KEY')],
    ['ts', 'declare const process: { env: Record<string, string> };\n__probe(process.env.KEY);', null],
  ])('%s: %s', (dialect, code, expected) => {
    expect(probe(code, dialect)).toEqual([expected]);
  });

  it.each(ESLINT_VERSIONS)('works with ESLint %s', (version) => {
    expect(probe('const { A } = process.env;\n__probe(A);', 'esm', version)).toEqual([read('A')]);
  });

  it('stays bounded on long chains', () => {
    const hops = Array.from({ length: 200 }, (_, index) => `const v${index + 1} = v${index};`).join('\n');
    expect(probe(`const v0 = process.env.KEY;\n${hops}\n__probe(v200);`, 'esm')).toEqual([null]);
    expect(probe(`__probe(a${'.b'.repeat(1_000)});`, 'esm')).toEqual([null]);
  });
});

describe('resolveProcessPath', () => {
  // The two callers' settings: getEnvRead's, and no-sensitive-log-data's
  const ENV_READ: ProcessPathOptions = { maxSteps: 16, membersAreSteps: true, globalObjects: false, constantKeys: true };
  const LOG_DATA: ProcessPathOptions = { maxSteps: 8, membersAreSteps: false, globalObjects: true, constantKeys: false };
  const path = (keys: string[], exact = true): ProcessPath => ({ keys, exact });
  const resolve = (code: string, dialect: Dialect, options: ProcessPathOptions): (ProcessPath | null)[] =>
    probeWith(code, dialect, (node, sourceCode) => resolveProcessPath(node, sourceCode, options));

  describe.each(DIALECTS)('%s', (dialect) => {
    it.each<[string, string, ProcessPath | null, ProcessPath | null]>([
      ['process', '__probe(process);', path([]), path([])],
      ['process.env', '__probe(process.env);', path(['env']), path(['env'])],
      ['computed literal', "__probe(process['env']);", path(['env']), path(['env'])],
      ['optional chain', '__probe(process?.env?.A);', path(['env', 'A']), path(['env', 'A'])],
      ['any depth', '__probe(process.env.A.length);', path(['env', 'A', 'length']), path(['env', 'A', 'length'])],
      ['globalThis', '__probe(globalThis.process.env);', null, path(['env'])],
      ['global', '__probe(global.process.env);', null, path(['env'])],
      ['globalThis through a name', 'const p = globalThis.process;\n__probe(p.env);', null, path(['env'])],
      ['an alias of globalThis', 'const g = globalThis;\n__probe(g.process.env);', null, null],
      ['constant key', "const K = 'env';\n__probe(process[K]);", path(['env']), null],
      ['constant pattern key', "const K = 'env';\nconst { [K]: e } = process;\n__probe(e);", path(['env']), null],
      ['literal pattern key', "const { ['env']: e } = process;\n__probe(e);", path(['env']), path(['env'])],
      ['destructured', 'const { env } = process;\n__probe(env.A);', path(['env', 'A']), path(['env', 'A'])],
      ['with a default', 'const { env = {} } = process;\n__probe(env);', path(['env'], false), path(['env'], false)],
      ['aliases', 'const p = process;\nconst e = p.env;\n__probe(e.A);', path(['env', 'A']), path(['env', 'A'])],
      ['required', "const { env } = require('process');\n__probe(env.A);", path(['env', 'A']), path(['env', 'A'])],
      ['required node:process', "const p = require('node:process');\n__probe(p);", path([]), path([])],
      ['unknown key', '__probe(process[name]);', null, null],
      ['local process', 'const process = { env: {} };\n__probe(process.env);', null, null],
      ['parameter', 'function f(process) {\n  __probe(process.env);\n}', null, null],
      ['reassigned', 'let e = process.env;\ne = {};\n__probe(e);', null, null],
      ['another module', "const p = require('config');\n__probe(p.env);", null, null],
      ['a call', '__probe(getProcess().env);', null, null],
    ])('%s', (_name, code, forEnvRead, forLogData) => {
      expect(resolve(code, dialect, ENV_READ)).toEqual([forEnvRead]);
      expect(resolve(code, dialect, LOG_DATA)).toEqual([forLogData]);
    });
  });

  it.each<[string, string, ProcessPath | null]>([
    ['default import', "import process from 'node:process';\n__probe(process.env);", path(['env'])],
    ['named import', "import { env } from 'process';\n__probe(env.A);", path(['env', 'A'])],
    ['namespace import', "import * as p from 'node:process';\n__probe(p);", path([])],
    ['import of another module', "import { env } from './config';\n__probe(env);", null],
  ])('esm: %s', (_name, code, expected) => {
    expect(resolve(code, 'esm', ENV_READ)).toEqual([expected]);
    expect(resolve(code, 'esm', LOG_DATA)).toEqual([expected]);
  });

  it.each<[string, string, ProcessPath | null]>([
    ['type wrappers', '__probe((process as NodeJS.Process).env!);', path(['env'])],
    ['declared process', 'declare const process: { env: object };\n__probe(process.env);', null],
  ])('ts: %s', (_name, code, expected) => {
    expect(resolve(code, 'ts', ENV_READ)).toEqual([expected]);
    expect(resolve(code, 'ts', LOG_DATA)).toEqual([expected]);
  });

  /** `const v0 = process.env; const v1 = v0; …` read through `v<count>`: count + 1 hops to `process.env`. */
  const aliases = (count: number): string =>
    ['const v0 = process.env;', ...Array.from({ length: count }, (_, i) => `const v${i + 1} = v${i};`)]
      .concat(`__probe(v${count});`)
      .join('\n');

  it('follows at most maxSteps hops', () => {
    expect(resolve(aliases(7), 'esm', LOG_DATA)).toEqual([path(['env'])]);
    expect(resolve(aliases(8), 'esm', LOG_DATA)).toEqual([null]);
  });

  it('counts member levels as steps with membersAreSteps', () => {
    // 15 hops and the one member `.env` are 16 steps
    expect(resolve(aliases(14), 'esm', ENV_READ)).toEqual([path(['env'])]);
    expect(resolve(aliases(15), 'esm', ENV_READ)).toEqual([null]);
    expect(resolve(aliases(15), 'esm', { ...ENV_READ, membersAreSteps: false })).toEqual([path(['env'])]);
  });

  it('stays bounded on long member chains', () => {
    expect(resolve(`__probe(process${'.a'.repeat(1_000)});`, 'esm', LOG_DATA)).toEqual([null]);
  });
});
