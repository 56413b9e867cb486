/**
 * Property-based: random and mutated code, built from the rules' own test cases, hand-written shapes and the seeded
 * generator, fed to every rule of the plugin through ESLint's Linter with espree and with the TypeScript parser.
 * Parse errors are fine (the rules never run); a rule exception fails. Seeded and bounded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Random, generateFiles, makeKeyId, makeSecret } from '../../bench/generate.js';
import {
  DIALECTS,
  NO_RULES_NOTE,
  describeCrash,
  leakingMessages,
  lint,
  nullFieldsParser,
  ruleNames,
  type Dialect,
  type LintOutcome,
} from './harness.js';
import { collectRuleTestCases } from './rule-cases.js';
import { DEEP_SHAPES, PLANTED, SNIPPETS } from './snippets.js';

const SEED = 20_240_601;
const rng = new Random(SEED);
const KEY = makeKeyId(rng, 'AKIA');
const SECRET = makeSecret(rng);

// ---------------------------------------------------------------------------------------------------------------
// Seeds

interface Seed {
  code: string;
  dialect: Dialect;
  origin: string;
}

const generated = generateFiles(120, SEED);
const testCases = collectRuleTestCases();
const seeds: Seed[] = [
  ...SNIPPETS.map((snippet) => ({ code: snippet.code, dialect: snippet.dialect, origin: `snippet "${snippet.name}"` })),
  ...generated.map((file) => ({ code: file.code, dialect: file.dialect, origin: `generated ${file.path}` })),
  ...testCases.map((testCase) => ({ code: testCase.code, dialect: testCase.dialect, origin: `${testCase.file} (${testCase.kind})` })),
];
const planted = new Set<string>([...PLANTED, KEY, SECRET, ...generated.flatMap((file) => file.planted)]);

// ---------------------------------------------------------------------------------------------------------------
// Mutations over a rough token stream (good enough to break and reshape code; linear-time pattern)

const TOKEN = /[A-Za-z_$][\w$]*|\d[\w.]*|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\[\s\S])*`|\/\/[^\n]*|\/\*[\s\S]*?\*\/|\s+|[\s\S]/g;

function tokenize(code: string): string[] {
  return code.match(TOKEN) ?? [];
}

const VOCABULARY = [
  '(', ')', '{', '}', '[', ']', ',', ';', ':', '?', '...', '=>', '?.', '+', '=', '`', '${', '@', '!', '#x', '<T>',
  'new', 'await', 'async', 'function', 'class', 'this', 'super', 'yield', 'return', 'export', 'default', 'import',
  'as', 'satisfies', 'typeof', 'delete', 'void', 'null', 'undefined', '0n', '/re+/g', '__proto__', 'constructor',
  'require', 'module.exports', 'exports.handler', 'handler', 'main', 'event', 'context', 'process.env',
  'process.env.AWS_ACCESS_KEY_ID', 'console.log', 'logger.info', 'JSON.stringify', 'JSON.parse', 'Buffer.from',
  'atob', "'base64'", '.join', "('')", 'PolicyStatement', 'AnyPrincipal', 'Effect', 'Action', 'NotAction',
  'Resource', 'Principal', 'Condition', 'Statement', "'2012-10-17'", "'*'", "'s3:*'", "'NONE'", 'credentials',
  'accessKeyId', 'secretAccessKey', 'sessionToken', 'authType', 'addMethod', 'addFunctionUrl', 'addToRolePolicy',
  'role', 'S3Client', 'AWS', "'aws-sdk'", "'@aws-sdk/client-s3'", "'aws-cdk-lib/aws-iam'", 'middy', '.use',
  'injectLambdaContext', '{ logEvent: true }', `'${KEY}'`, `'${SECRET}'`, `'${KEY.slice(0, 4)}' + '${KEY.slice(4)}'`,
  `// ${KEY}`, `/* ${SECRET} */`,
];

type Mutation =
  | { kind: 'delete' | 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert'; at: number; token: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'wrap'; wrapper: number }
  | { kind: 'nest'; depth: number; shape: number };

const WRAPPERS: ((code: string) => string)[] = [
  (code) => `function outer() {\n${code}\n}`,
  (code) => `const outer = async () => {\n${code}\n};`,
  (code) => `class Outer {\n  method() {\n${code}\n  }\n}`,
  (code) => `if (globalThis.flag) {\n${code}\n}`,
  (code) => `try {\n${code}\n} catch (error) {\n  console.log(error);\n}`,
  (code) => `export const handler = async (event) => {\n${code}\n};`,
  (code) => `(() => {\n${code}\n})();`,
];
const NESTERS: ((code: string, depth: number) => string)[] = [
  (code, depth) => `${'{ '.repeat(depth)}${code}${' }'.repeat(depth)}`,
  (code, depth) => `${'(() => { '.repeat(depth)}${code}${' })();'.repeat(depth)}`,
  (code, depth) => `const nested = ${'['.repeat(depth)}0${']'.repeat(depth)};\n${code}`,
  (code, depth) => `const nested = ${'{ Statement: '.repeat(depth)}'*'${' }'.repeat(depth)};\n${code}`,
  (code, depth) => `const nested = ${Array.from({ length: depth }, (_, i) => `'p${i}'`).join(' + ')};\n${code}`,
];

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...VOCABULARY) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wrap' as const), wrapper: fc.nat({ max: WRAPPERS.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('nest' as const), depth: fc.integer({ min: 1, max: 300 }), shape: fc.nat({ max: NESTERS.length - 1 }) }) },
);

function mutate(code: string, mutations: readonly Mutation[]): string {
  let tokens = tokenize(code);
  for (const mutation of mutations) {
    const meaningful = tokens.flatMap((token, index) => (/^\s+$/.test(token) ? [] : [index]));
    const pick = (n: number) => (meaningful.length ? meaningful[n % meaningful.length]! : 0);
    switch (mutation.kind) {
      case 'delete':
        tokens.splice(pick(mutation.at), 1);
        break;
      case 'duplicate': {
        const index = pick(mutation.at);
        tokens.splice(index, 0, tokens[index] ?? '');
        break;
      }
      case 'swap': {
        const a = pick(mutation.at);
        const b = pick(mutation.with);
        [tokens[a], tokens[b]] = [tokens[b] ?? '', tokens[a] ?? ''];
        break;
      }
      case 'insert':
        tokens.splice(pick(mutation.at), 0, ` ${mutation.token} `);
        break;
      case 'truncate':
        tokens = tokens.slice(0, pick(mutation.at));
        break;
      case 'wrap':
        tokens = tokenize(WRAPPERS[mutation.wrapper]!(tokens.join('')));
        break;
      case 'nest':
        tokens = tokenize(NESTERS[mutation.shape]!(tokens.join(''), mutation.depth));
        break;
    }
  }
  return tokens.join('');
}

// ---------------------------------------------------------------------------------------------------------------
// Random programs from a small grammar of the shapes the rules look at

const identifier = fc.constantFrom('event', 'ctx', 'cfg', 'ALL', 'statement', 'fn', 'api', 'role', 'client', 'logger', 'process.env', 'this');
const stringValue = fc.oneof(
  fc.constantFrom("'*'", "'s3:*'", "'s3:GetObject'", "'arn:aws:s3:::b/*'", "'2012-10-17'", "'Allow'", "'Deny'", "'NONE'", "'AWS_IAM'", "''", `'${KEY}'`, `'${SECRET}'`),
  fc.string({ maxLength: 12 }).map((text) => JSON.stringify(text)),
);
const keyName = fc.constantFrom(
  'Version', 'Statement', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition',
  'actions', 'resources', 'principals', 'effect', 'credentials', 'accessKeyId', 'secretAccessKey', 'sessionToken', 'authType',
  'authorizationType', 'authorizer', 'role', 'handler', 'endpoint', 'PolicyDocument', 'Policy', 'AuthType', 'logEvent', 'headers', 'body',
);
const { expression } = fc.letrec<{ expression: string; object: string; array: string; call: string }>((tie) => ({
  expression: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    stringValue,
    identifier,
    fc.integer().map(String),
    tie('object'),
    tie('array'),
    tie('call'),
    fc.tuple(tie('expression'), tie('expression')).map(([a, b]) => `${a} + ${b}`),
    fc.tuple(tie('expression'), tie('expression')).map(([a, b]) => `\`\${${a}}:${b.length}\${${b}}\``),
    tie('expression').map((e) => `JSON.stringify(${e})`),
    tie('expression').map((e) => `(${e} as any)`),
    tie('expression').map((e) => `...${e}`),
  ),
  object: fc
    .array(fc.tuple(keyName, tie('expression')), { maxLength: 5 })
    .map((entries) => `{ ${entries.map(([key, value]) => (value.startsWith('...') ? value : `${key}: ${value}`)).join(', ')} }`),
  array: fc.array(tie('expression'), { maxLength: 5 }).map((items) => `[${items.join(', ')}]`),
  call: fc
    .tuple(
      fc.constantFrom(
        'new PolicyStatement', 'new iam.PolicyStatement', 'new S3Client', 'new AWS.S3', 'AWS.config.update', 'new lambda.Function',
        'fn.addFunctionUrl', 'api.root.addMethod', 'statement.addActions', 'statement.addAllResources', 'console.log',
        'logger.info', 'client.send', 'new PutRolePolicyCommand', 'Buffer.from', 'middy(fn).use', 'injectLambdaContext',
      ),
      fc.array(tie('expression'), { maxLength: 3 }),
    )
    .map(([callee, args]) => `${callee}(${args.join(', ')})`),
}));

const IMPORTS = `import { PolicyStatement, AnyPrincipal } from 'aws-cdk-lib/aws-iam';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { PutRolePolicyCommand } from '@aws-sdk/client-iam';
import AWS from 'aws-sdk';
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
const logger = new Logger();
`;

const program = fc
  .tuple(fc.array(expression, { minLength: 1, maxLength: 6 }), fc.constantFrom('const', 'handler', 'cjs'))
  .map(([expressions, style]) => {
    const body = expressions.map((e, index) => `const v${index} = ${e.startsWith('...') ? e.slice(3) : e};`).join('\n');
    if (style === 'handler') return `${IMPORTS}export const handler = async (event, context) => {\n${body}\nreturn v0;\n};`;
    if (style === 'cjs') return `${IMPORTS.replace(/^import (.*) from (.*);$/gm, '// $1 $2')}const { S3 } = require('aws-sdk');\nexports.handler = async (event) => {\n${body}\n};`;
    return `${IMPORTS}${body}\nexport default v0;`;
  });

// ---------------------------------------------------------------------------------------------------------------

const stats = { linted: 0, parsed: 0, eslintLimit: 0, messages: 0 };

function assertNoCrash(code: string, dialects: readonly Dialect[]): void {
  for (const dialect of dialects) {
    const outcome: LintOutcome = lint(code, dialect);
    stats.linted++;
    if (outcome.eslintLimit) stats.eslintLimit++;
    if (!outcome.parseError && !outcome.eslintLimit) stats.parsed++;
    stats.messages += outcome.messages.length;
    if (outcome.crash) throw new Error(`a rule threw (${dialect}): ${describeCrash(outcome.crash, code)}`);
    const leaks = leakingMessages(outcome.messages, planted);
    if (leaks.length) throw new Error(`key-shaped text in a message (${dialect}):\n${leaks.join('\n')}`);
  }
}

describe('no rule throws', () => {
  it('has material to fuzz', () => {
    expect(seeds.length).toBeGreaterThan(100);
    if (ruleNames.length === 0) console.warn(`[no-throw] ${NO_RULES_NOTE}; the harness still runs the corpus through ESLint`);
    else console.info(`[no-throw] ${ruleNames.length} rules, ${seeds.length} seeds (${testCases.length} from tests/rules)`);
  });

  it.each(DIALECTS)('on every seed as-is (%s parser options)', (dialect) => {
    for (const seed of seeds) assertNoCrash(seed.code, [dialect]);
  });

  it('on every JavaScript seed under a parser that writes null for absent type fields (as hermes-eslint does), with the same findings', () => {
    let compared = 0;
    for (const seed of seeds) {
      if (seed.dialect === 'ts') continue;
      const outcome = lint(seed.code, seed.dialect, { languageOptions: { parser: nullFieldsParser } });
      if (outcome.crash) throw new Error(`a rule threw (null fields): ${describeCrash(outcome.crash, seed.code)}`);
      if (outcome.parseError || outcome.eslintLimit) continue;
      const plain = lint(seed.code, seed.dialect);
      const findings = (messages: readonly { line: number; column: number; ruleId: string | null; messageId?: string }[]): string[] =>
        messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.messageId}`);
      expect(findings(outcome.messages), seed.origin).toEqual(findings(plain.messages));
      compared++;
    }
    expect(compared).toBeGreaterThan(seeds.length / 4);
  });

  it('on mutated seeds, with espree and the TypeScript parser', () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutationArbitrary, { minLength: 1, maxLength: 6 }), (index, mutations) => {
        const seed = seeds[index]!;
        assertNoCrash(mutate(seed.code, mutations), seed.dialect === 'ts' ? ['ts', 'esm'] : [seed.dialect, 'ts']);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('on random programs of policy, SDK, CDK and logging shapes', () => {
    fc.assert(
      fc.property(program, (code) => assertNoCrash(code, code.includes('exports.handler') ? ['cjs', 'ts'] : ['esm', 'ts'])),
      { seed: SEED + 1, numRuns: 300 },
    );
  });

  it('on 10,000-deep nesting (or the deepest each parser accepts)', () => {
    const reached: string[] = [];
    for (const [name, make] of Object.entries(DEEP_SHAPES)) {
      for (const dialect of ['esm', 'ts'] as const) {
        // The parsers and ESLint have their own recursion limits; walk down until the input reaches the rules.
        for (const depth of [10_000, 3_000, 1_000, 300]) {
          const code = make(depth);
          const outcome = lint(code, dialect);
          if (outcome.crash) throw new Error(`a rule threw on ${name} nested ${depth} deep (${dialect}): ${describeCrash(outcome.crash, code)}`);
          if (!outcome.parseError && !outcome.eslintLimit) {
            reached.push(`${name}/${dialect}@${depth}`);
            break;
          }
        }
      }
    }
    // Every shape reaches the rules at some depth under at least one parser.
    expect(new Set(reached.map((entry) => entry.split('/')[0])).size).toBe(Object.keys(DEEP_SHAPES).length);
  });

  it('on megabyte inputs', () => {
    const big = 1 << 20;
    const base64 = new Random(5).chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ' + 'abcdefghijklmnopqrstuvwxyz' + '0123456789+/', big);
    const inputs = [
      `export const blob = '${base64}';`,
      `/*\n${base64.replace(/(.{76})/g, '$1\n')}\n*/\nexport {};`,
      `export const text = \`${'word '.repeat(big / 5)}${KEY} \${x}\`;`,
      `export const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [${Array.from({ length: 10_000 }, (_, i) => `'s3:Get${i}'`).join(', ')}], Resource: '*' }] };`,
      `const parts = [${Array.from({ length: 10_000 }, () => `'${KEY.slice(0, 4)}'`).join(', ')}].join('');`,
    ];
    for (const code of inputs) assertNoCrash(code, ['esm', 'ts']);
  });

  it('linted something real', () => {
    // The fuzz inputs are not all parse errors: the rules really ran on most of them.
    expect(stats.parsed).toBeGreaterThan(stats.linted / 4);
  });
});

describe('the harness', () => {
  it('catches a rule that throws, and tells it from a parse error', () => {
    const probe = {
      rules: {
        boom: {
          meta: { type: 'problem' as const, schema: [] },
          create: () => ({ Identifier(node: { name: string }) { if (node.name === 'explode') throw new Error('probe exploded'); } }),
        },
      },
    };
    const options = { plugins: { probe }, rules: { 'probe/boom': 'error' as const } };
    expect(lint('const explode = 1;', 'esm', options).crash?.message).toContain('probe exploded');
    expect(lint('const explode = ;', 'esm', options)).toMatchObject({ crash: null, parseError: expect.stringContaining('Parsing error') });
    expect(lint('const fine = 1;', 'ts', options).crash).toBeNull();
  });

  it('mutates deterministically', () => {
    const code = SNIPPETS[0]!.code;
    const mutations: Mutation[] = [{ kind: 'delete', at: 3 }, { kind: 'insert', at: 1, token: '(' }, { kind: 'wrap', wrapper: 0 }];
    expect(mutate(code, mutations)).toBe(mutate(code, mutations));
    expect(mutate(code, mutations)).not.toBe(code);
    expect(tokenize(code).join('')).toBe(code);
  });
});
