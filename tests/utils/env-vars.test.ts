import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { getEnvRead, type EnvRead } from '../../src/utils/env-vars.js';
import { DIALECTS, ESLINT_VERSIONS, runProbe, type Dialect, type EslintVersion } from './probe.js';

/** getEnvRead of the argument of every `__probe(x)` call. */
function probe(code: string, dialect: Dialect, eslintVersion: EslintVersion = 10): (EnvRead | null)[] {
  const results: (EnvRead | null)[] = [];
  runProbe(
    code,
    dialect,
    (context) => ({
      CallExpression(node) {
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== '__probe') return;
        results.push(getEnvRead(node.arguments[0] as TSESTree.Node, context.sourceCode));
      },
    }),
    {},
    eslintVersion,
  );
  return results;
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
