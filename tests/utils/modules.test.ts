import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  assignedOnceValue,
  awsApi,
  calleeMayBeExport,
  functionCalls,
  isAwsSdkV3Client,
  isCdkExport,
  resolveAwsCallee,
  resolveCallee,
  resolveInstance,
  resolveModuleRef,
  type AwsApi,
  type ModuleRef,
} from '../../src/utils/modules.js';
import { DIALECTS, ESLINT_VERSIONS, runProbe, type Dialect, type EslintVersion } from './probe.js';

/** Resolve the argument of every `__probe(x)` call; `__callee(new X())` resolves the callee, `__instance(x)` an instance. */
function probe(code: string, dialect: Dialect, eslintVersion: EslintVersion = 10): unknown[] {
  const results: unknown[] = [];
  runProbe(
    code,
    dialect,
    (context) => ({
    CallExpression(node) {
      if (node.callee.type !== AST_NODE_TYPES.Identifier) return;
      const argument = node.arguments[0] as TSESTree.Node;
      const sourceCode = context.sourceCode;
      switch (node.callee.name) {
        case '__probe':
          results.push(resolveModuleRef(argument, sourceCode));
          break;
        case '__callee':
          results.push(
            argument.type === AST_NODE_TYPES.CallExpression || argument.type === AST_NODE_TYPES.NewExpression
              ? resolveCallee(argument, sourceCode)
              : 'not a call',
          );
          break;
        case '__aws':
          results.push(
            argument.type === AST_NODE_TYPES.CallExpression || argument.type === AST_NODE_TYPES.NewExpression
              ? (resolveAwsCallee(argument, sourceCode)?.api ?? null)
              : 'not a call',
          );
          break;
        case '__instance': {
          const instance = resolveInstance(argument, sourceCode);
          results.push(instance === null ? null : { ...instance.ref, line: instance.creation.loc.start.line });
          break;
        }
      }
    },
  }),
    {},
    eslintVersion,
  );
  return results;
}

const ref = (module: string, ...path: string[]): ModuleRef => ({ module, path });

const ALL: Dialect[] = ['ts', 'esm', 'cjs'];
const ESM: Dialect[] = ['ts', 'esm'];
const TS: Dialect[] = ['ts'];

interface Case {
  name: string;
  code: string;
  expected: unknown;
  dialects: Dialect[];
}

const bindingCases: Case[] = [
  // ESM
  {
    name: 'named import',
    code: `import { S3Client } from '@aws-sdk/client-s3'; __probe(S3Client);`,
    expected: ref('@aws-sdk/client-s3', 'S3Client'),
    dialects: ESM,
  },
  {
    name: 'renamed import',
    code: `import { S3Client as Client } from '@aws-sdk/client-s3'; __probe(Client);`,
    expected: ref('@aws-sdk/client-s3', 'S3Client'),
    dialects: ESM,
  },
  {
    name: 'string-named import',
    code: `import { 'S3Client' as Client } from '@aws-sdk/client-s3'; __probe(Client);`,
    expected: ref('@aws-sdk/client-s3', 'S3Client'),
    dialects: ESM,
  },
  {
    name: 'default import is the namespace',
    code: `import AWS from 'aws-sdk'; __probe(AWS); __probe(AWS.S3);`,
    expected: [ref('aws-sdk'), ref('aws-sdk', 'S3')],
    dialects: ESM,
  },
  {
    name: '{ default as X } is the namespace',
    code: `import { default as AWS } from 'aws-sdk'; __probe(AWS.config);`,
    expected: ref('aws-sdk', 'config'),
    dialects: ESM,
  },
  {
    name: 'namespace import',
    code: `import * as iam from 'aws-cdk-lib/aws-iam'; __probe(iam); __probe(iam.PolicyStatement);`,
    expected: [ref('aws-cdk-lib/aws-iam'), ref('aws-cdk-lib/aws-iam', 'PolicyStatement')],
    dialects: ESM,
  },
  {
    name: 'root barrel renamed import',
    code: `import { aws_iam as iam } from 'aws-cdk-lib'; __probe(iam.Effect.ALLOW);`,
    expected: ref('aws-cdk-lib', 'aws_iam', 'Effect', 'ALLOW'),
    dialects: ESM,
  },
  {
    name: 'type-only import still binds',
    code: `import type { Handler } from 'aws-lambda'; __probe(null as unknown as Handler);`,
    expected: null,
    dialects: TS,
  },
  {
    name: 'import x = require()',
    code: `import AWS = require('aws-sdk'); __probe(AWS.S3);`,
    expected: ref('aws-sdk', 'S3'),
    dialects: TS,
  },
  {
    name: 'import x = ns.member',
    code: `import * as cdk from 'aws-cdk-lib'; import iam = cdk.aws_iam; __probe(iam.Role);`,
    expected: ref('aws-cdk-lib', 'aws_iam', 'Role'),
    dialects: TS,
  },
  {
    name: 'await import() with destructuring',
    code: `async function f() { const { S3Client } = await import('@aws-sdk/client-s3'); __probe(S3Client); }`,
    expected: ref('@aws-sdk/client-s3', 'S3Client'),
    dialects: ALL,
  },
  // CommonJS
  {
    name: 'require namespace',
    code: `const AWS = require('aws-sdk'); __probe(AWS); __probe(AWS.S3);`,
    expected: [ref('aws-sdk'), ref('aws-sdk', 'S3')],
    dialects: ALL,
  },
  {
    name: 'require call itself',
    code: `__probe(require('aws-sdk')); __probe(require(\`aws-sdk\`).S3);`,
    expected: [ref('aws-sdk'), ref('aws-sdk', 'S3')],
    dialects: ALL,
  },
  {
    name: 'require destructuring',
    code: `const { S3Client } = require('@aws-sdk/client-s3'); __probe(S3Client);`,
    expected: ref('@aws-sdk/client-s3', 'S3Client'),
    dialects: ALL,
  },
  {
    name: 'require destructuring renamed',
    code: `const { S3Client: C } = require('@aws-sdk/client-s3'); __probe(C);`,
    expected: ref('@aws-sdk/client-s3', 'S3Client'),
    dialects: ALL,
  },
  {
    name: 'require destructuring nested',
    code: `const { aws_iam: { PolicyStatement: PS } } = require('aws-cdk-lib'); __probe(PS);`,
    expected: ref('aws-cdk-lib', 'aws_iam', 'PolicyStatement'),
    dialects: ALL,
  },
  {
    name: 'require destructuring with a default value',
    code: `const { S3 = null } = require('aws-sdk'); __probe(S3);`,
    expected: ref('aws-sdk', 'S3'),
    dialects: ALL,
  },
  {
    name: 'require member access',
    code: `const S3 = require('aws-sdk').S3; __probe(S3); const D = require('aws-sdk')['DynamoDB']; __probe(D);`,
    expected: [ref('aws-sdk', 'S3'), ref('aws-sdk', 'DynamoDB')],
    dialects: ALL,
  },
  {
    name: 'require of a client file',
    code: `const S3 = require('aws-sdk/clients/s3'); __probe(S3);`,
    expected: ref('aws-sdk/clients/s3'),
    dialects: ALL,
  },
  {
    name: 'require(...).default is the namespace',
    code: `const AWS = require('aws-sdk').default; __probe(AWS.S3);`,
    expected: ref('aws-sdk', 'S3'),
    dialects: ALL,
  },
  {
    name: 'let never reassigned',
    code: `let AWS = require('aws-sdk'); var S3 = AWS.S3; __probe(S3);`,
    expected: ref('aws-sdk', 'S3'),
    dialects: ALL,
  },
  {
    name: 'require inside a function',
    code: `function f() { const AWS = require('aws-sdk'); return new AWS.SQS(__probe(AWS.SQS)); }`,
    expected: ref('aws-sdk', 'SQS'),
    dialects: ALL,
  },
  {
    name: 'optional chain and type wrappers',
    code: `const AWS = require('aws-sdk'); __probe(AWS?.S3); __probe((AWS as any).S3!);`,
    expected: [ref('aws-sdk', 'S3'), ref('aws-sdk', 'S3')],
    dialects: TS,
  },
  {
    name: 'compiled (0, x.y) callee',
    code: `const m = require('@aws-sdk/client-s3'); __probe((0, m.S3Client));`,
    expected: ref('@aws-sdk/client-s3', 'S3Client'),
    dialects: ALL,
  },
  {
    name: "X-Ray's captureAWS around the SDK v2 namespace: a require, or a name bound to one",
    code: `const AWSXRay = require('aws-xray-sdk-core');
const AWS = AWSXRay.captureAWS(require('aws-sdk'));
const raw = require('aws-sdk');
const traced = AWSXRay.captureAWS(raw);
__probe(AWS.DynamoDB.DocumentClient); __probe(traced.S3);`,
    expected: [ref('aws-sdk', 'DynamoDB', 'DocumentClient'), ref('aws-sdk', 'S3')],
    dialects: ALL,
  },
  {
    name: "tsc's __importStar around a require (compiled `import * as`)",
    code: `var __importStar = (this && this.__importStar) || function (mod) { return mod; };
const apigateway = __importStar(require('aws-cdk-lib/aws-apigateway')); __probe(apigateway.RestApi);`,
    expected: ref('aws-cdk-lib/aws-apigateway', 'RestApi'),
    dialects: ALL,
  },
  {
    name: "__importDefault (tslib's, through a member) reads .default as the module",
    code: `const tslib_1 = require('tslib'); const aws_sdk_1 = tslib_1.__importDefault(require('aws-sdk')); __probe(aws_sdk_1.default.S3);`,
    expected: ref('aws-sdk', 'S3'),
    dialects: ALL,
  },
  {
    name: "Babel's _interopRequireWildcard",
    code: `const a = _interopRequireWildcard(require('aws-sdk')); __probe(a.S3);`,
    expected: ref('aws-sdk', 'S3'),
    dialects: ALL,
  },
  {
    name: "esbuild's __toESM",
    code: `const b = __toESM(require('@aws-sdk/client-s3'), 1); __probe(b.S3Client);`,
    expected: ref('@aws-sdk/client-s3', 'S3Client'),
    dialects: ALL,
  },
  {
    name: 'another wrapper of a require is not read',
    code: `const m = wrapModule(require('aws-sdk')); __probe(m.S3);`,
    expected: null,
    dialects: ALL,
  },
  {
    name: 'createRequire from node:module',
    code: `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); const AWS = require('aws-sdk'); __probe(AWS.S3);`,
    expected: ref('aws-sdk', 'S3'),
    dialects: ESM,
  },
  {
    name: 'declare const require only describes the global',
    code: `declare const require: (id: string) => any; const AWS = require('aws-sdk'); __probe(AWS.S3);`,
    expected: ref('aws-sdk', 'S3'),
    dialects: TS,
  },
  // Re-binding
  {
    name: 'one hop: destructure a namespace',
    code: `import * as sdk from '@aws-sdk/client-s3'; const { S3Client } = sdk; __probe(S3Client);`,
    expected: ref('@aws-sdk/client-s3', 'S3Client'),
    dialects: ESM,
  },
  {
    name: 'one hop: member of a namespace',
    code: `const AWS = require('aws-sdk'); const S3 = AWS.S3; __probe(S3);`,
    expected: ref('aws-sdk', 'S3'),
    dialects: ALL,
  },
  {
    name: 'one hop: root barrel namespace',
    code: `const cdk = require('aws-cdk-lib'); const { aws_iam: iam } = cdk; __probe(iam.PolicyStatement);`,
    expected: ref('aws-cdk-lib', 'aws_iam', 'PolicyStatement'),
    dialects: ALL,
  },
  {
    name: 'multi hop',
    code: `const a = require('aws-cdk-lib'); const b = a; const c = b.aws_iam; const { PolicyStatement: d } = c; const e = d; __probe(e);`,
    expected: ref('aws-cdk-lib', 'aws_iam', 'PolicyStatement'),
    dialects: ALL,
  },
  {
    name: 'bare identifier of a global',
    code: `__probe(AWS); __probe(AWS.S3); __probe(awslambda.streamifyResponse);`,
    expected: [null, null, null],
    dialects: ALL,
  },
  // Must be null
  {
    name: 'local class sharing a name',
    code: `class PolicyStatement {} __probe(PolicyStatement);`,
    expected: null,
    dialects: ALL,
  },
  {
    name: 'local function',
    code: `function S3Client() {} __probe(S3Client);`,
    expected: null,
    dialects: ALL,
  },
  {
    name: 'parameter named AWS',
    code: `function f(AWS) { return __probe(AWS.S3); }`,
    expected: null,
    dialects: ALL,
  },
  {
    name: 'parameter shadows an import',
    code: `import AWS from 'aws-sdk'; function f(AWS) { return __probe(AWS.S3); }`,
    expected: null,
    dialects: ESM,
  },
  {
    name: 'user module with an AWS-like name',
    code: `import AWS from './aws-sdk-wrapper'; __probe(AWS.S3);`,
    expected: ref('./aws-sdk-wrapper', 'S3'),
    dialects: ESM,
  },
  {
    name: 'shadowed require',
    code: `function f(require) { const AWS = require('aws-sdk'); __probe(AWS.S3); }`,
    expected: null,
    dialects: ALL,
  },
  {
    name: 'local require variable',
    code: `const require = (x) => x; const AWS = require('aws-sdk'); __probe(AWS);`,
    expected: null,
    dialects: ESM,
  },
  {
    name: 'reassigned let',
    code: `let AWS = require('aws-sdk'); AWS = makeFake(); __probe(AWS.S3);`,
    expected: null,
    dialects: ALL,
  },
  {
    name: 'declared twice with var',
    code: `var AWS = require('aws-sdk'); var AWS = other; __probe(AWS);`,
    expected: null,
    dialects: ALL,
  },
  {
    name: 'let without initialiser assigned later',
    code: `let AWS; AWS = require('aws-sdk'); __probe(AWS);`,
    expected: null,
    dialects: ALL,
  },
  {
    name: 'computed member with an unknown key',
    code: `const AWS = require('aws-sdk'); __probe(AWS[name]);`,
    expected: null,
    dialects: ALL,
  },
  {
    name: 'array destructuring',
    code: `const [S3] = require('aws-sdk'); __probe(S3);`,
    expected: null,
    dialects: ALL,
  },
  {
    name: 'rest element',
    code: `const { ...rest } = require('aws-sdk'); __probe(rest.S3);`,
    expected: null,
    dialects: ALL,
  },
  {
    name: 'for-of binding',
    code: `for (const AWS of [require('aws-sdk')]) __probe(AWS);`,
    expected: null,
    dialects: ALL,
  },
  {
    name: 'require with a non-literal argument',
    code: `const AWS = require(name); __probe(AWS); __probe(require('a', 'b'));`,
    expected: [null, null],
    dialects: ALL,
  },
  {
    name: 'import() without await is a promise',
    code: `const p = import('aws-sdk'); __probe(p);`,
    expected: null,
    dialects: ALL,
  },
  {
    name: 'cycle',
    code: `const a = b.x; const b = a.y; __probe(a);`,
    expected: null,
    dialects: ALL,
  },
  {
    name: 'catch clause and class expression',
    code: `try {} catch (AWS) { __probe(AWS); } const C = class {}; __probe(C);`,
    expected: [null, null],
    dialects: ALL,
  },
  {
    name: 'literal and call results',
    code: `__probe('aws-sdk'); __probe(makeAws().S3); __probe(this);`,
    expected: [null, null, null],
    dialects: ALL,
  },
];

describe('resolveModuleRef', () => {
  const rows = bindingCases.flatMap((c) =>
    c.dialects.flatMap((dialect) => ESLINT_VERSIONS.map((eslint) => ({ ...c, dialect, eslint }))),
  );
  it.each(rows)('$name ($dialect, ESLint $eslint)', ({ code, dialect, eslint, expected }) => {
    const results = probe(code, dialect, eslint);
    expect(results).toEqual(Array.isArray(expected) ? expected : [expected]);
  });

  it('follows a long chain of re-bindings up to the depth bound, then gives up', () => {
    const chain = (length: number): string => {
      const lines = [`const v0 = require('aws-sdk');`];
      for (let i = 1; i <= length; i++) lines.push(`const v${i} = v${i - 1};`);
      lines.push(`__probe(v${length});`);
      return lines.join('\n');
    };
    expect(probe(chain(8), 'cjs')).toEqual([ref('aws-sdk')]);
    expect(probe(chain(200), 'cjs')).toEqual([null]);
  });

  it('resolves thousands of references in a file quickly', () => {
    const count = 3_000;
    const code = [`const AWS = require('aws-sdk');`, ...Array.from({ length: count }, (_, i) => `function f${i}() { return new AWS.S3({ id: ${i} }); }`)].join('\n');
    let resolved = 0;
    let elapsed = 0;
    runProbe(code, 'cjs', (context) => ({
      NewExpression(node) {
        const start = performance.now();
        if (resolveCallee(node, context.sourceCode)?.path[0] === 'S3') resolved++;
        elapsed += performance.now() - start;
      },
    }));
    expect(resolved).toBe(count);
    expect(elapsed).toBeLessThan(1_000);
  });

  // Names that no import reaches are answered without a scope search (moduleBoundNames): these pin that the
  // shortcut keeps every binding shape the scope search finds, and adds none.
  describe('names bound to modules, in any order and scope', () => {
    it.each(DIALECTS)('follows re-bindings declared after their use (%s)', (dialect) => {
      const code =
        dialect === 'cjs'
          ? `function f() { return __probe(C); }\nconst C = B.Client;\nconst B = A.sub;\nconst A = require('pkg');`
          : `function f() { return __probe(C); }\nconst C = B.Client;\nconst B = A.sub;\nimport A from 'pkg';`;
      expect(probe(code, dialect)).toEqual([ref('pkg', 'sub', 'Client')]);
    });

    it.each(DIALECTS)('resolves a binding made inside a function (%s)', (dialect) => {
      const code = `function handler() { const { S3 } = require('aws-sdk'); const s = S3; return __probe(s); }`;
      expect(probe(code, dialect)).toEqual([ref('aws-sdk', 'S3')]);
    });

    it.each(DIALECTS)('a local that shadows an imported name is not the import (%s)', (dialect) => {
      const code =
        dialect === 'cjs'
          ? `const S3 = require('aws-sdk').S3;\nfunction f(S3) { return __probe(S3); }\n__probe(S3);`
          : `import { S3 } from 'aws-sdk';\nfunction f(S3) { return __probe(S3); }\n__probe(S3);`;
      expect(probe(code, dialect)).toEqual([null, ref('aws-sdk', 'S3')]);
    });

    it.each(DIALECTS)('names never bound to a module resolve to null (%s)', (dialect) => {
      const code = `const local = { S3: 1 }; class K {} function g() {} __probe(local.S3); __probe(K); __probe(g); __probe(Missing);`;
      expect(probe(code, dialect)).toEqual([null, null, null, null]);
    });

    it('reads declarations of a script (no module scope)', () => {
      const code = `var AWS = require('aws-sdk'); var S3 = AWS.S3; __probe(S3);`;
      expect(probe(code, 'cjs')).toEqual([ref('aws-sdk', 'S3')]);
    });

    it.each(DIALECTS)('gives the same answers before and after a file has asked enough to build its name set (%s)', (dialect) => {
      // The first questions of a file are answered by a scope search, later ones through the set of bound names
      const load = dialect === 'cjs' ? `const A = require('pkg');` : `import A from 'pkg';`;
      const questions = Array.from({ length: 40 }, (_, index) =>
        index % 2 === 0 ? `__probe(B); __probe(local${index});` : `function f${index}(B) { return __probe(B); }`,
      );
      const locals = Array.from({ length: 40 }, (_, index) => `const local${index} = ${index};`);
      const code = `${load}\nconst B = A.sub;\n${locals.join('\n')}\n${questions.join('\n')}`;
      const expected = questions.flatMap((_, index) => (index % 2 === 0 ? [ref('pkg', 'sub'), null] : [null]));
      expect(probe(code, dialect)).toEqual(expected);
    });

    it('answers each file from its own bindings when files alternate', () => {
      expect(probe(`import { S3 } from 'aws-sdk'; __probe(S3);`, 'esm')).toEqual([ref('aws-sdk', 'S3')]);
      expect(probe(`const S3 = 1; __probe(S3);`, 'esm')).toEqual([null]);
      expect(probe(`import { S3 } from 'aws-sdk'; __probe(S3);`, 'esm')).toEqual([ref('aws-sdk', 'S3')]);
    });
  });

  it('handles a very long member chain without recursion', () => {
    const code = `const AWS = require('aws-sdk'); __probe(AWS${'.x'.repeat(2_000)});`;
    const [result] = probe(code, 'cjs') as [ModuleRef];
    expect(result.module).toBe('aws-sdk');
    expect(result.path).toHaveLength(2_000);
  });
});

describe('calleeMayBeExport', () => {
  interface GateResult {
    /** What the gate answered with an `accepts` that accepts nothing. */
    may: boolean;
    /** The names it asked `accepts` about. */
    asked: string[];
    ref: ModuleRef | null;
  }

  /** The gate's answer for every `new` / call passed to `__gate(…)`, next to what resolving finds. */
  function gate(code: string, dialect: Dialect, eslintVersion: EslintVersion = 10): GateResult[] {
    const results: GateResult[] = [];
    runProbe(
      code,
      dialect,
      (context) => ({
        CallExpression(node) {
          if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== '__gate') return;
          const argument = node.arguments[0] as TSESTree.Node;
          if (argument.type !== AST_NODE_TYPES.NewExpression && argument.type !== AST_NODE_TYPES.CallExpression) return;
          const asked: string[] = [];
          const may = calleeMayBeExport(argument, context.sourceCode, (name) => {
            asked.push(name);
            return false;
          });
          results.push({ may, asked, ref: resolveCallee(argument, context.sourceCode) });
        },
      }),
      {},
      eslintVersion,
    );
    return results;
  }

  const iam = `import * as iam from 'aws-cdk-lib/aws-iam';`;
  const cases: { name: string; code: string; dialects: Dialect[]; asked: string[] | null; resolves: boolean }[] = [
    { name: 'named import', code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam'; __gate(new PolicyStatement());`, dialects: ESM, asked: ['PolicyStatement'], resolves: true },
    { name: 'renamed import: the imported name', code: `import { PolicyStatement as PS } from 'aws-cdk-lib/aws-iam'; __gate(new PS());`, dialects: ESM, asked: ['PolicyStatement'], resolves: true },
    { name: 'an import named like a global', code: `import { Function } from 'aws-cdk-lib/aws-lambda'; __gate(new Function(this, 'f', {}));`, dialects: ESM, asked: ['Function'], resolves: true },
    { name: 'string-named import', code: `import { 'PolicyStatement' as PS } from 'aws-cdk-lib/aws-iam'; __gate(new PS());`, dialects: ESM, asked: ['PolicyStatement'], resolves: true },
    { name: 'namespace member', code: `${iam} __gate(new iam.PolicyStatement());`, dialects: ESM, asked: ['PolicyStatement'], resolves: true },
    { name: 'computed member with a literal key', code: `${iam} __gate(new iam['PolicyStatement']());`, dialects: ESM, asked: ['PolicyStatement'], resolves: true },
    { name: 'root barrel member chain', code: `import * as cdk from 'aws-cdk-lib'; __gate(new cdk.aws_iam.PolicyStatement());`, dialects: ESM, asked: ['PolicyStatement'], resolves: true },
    { name: 'a static method call', code: `${iam} __gate(iam.PolicyStatement.fromJson({}));`, dialects: ESM, asked: ['fromJson'], resolves: true },
    { name: 'type wrappers around the callee', code: `${iam} __gate(new (iam.PolicyStatement as any)());`, dialects: TS, asked: ['PolicyStatement'], resolves: true },
    { name: 'require member chain', code: `const iam = require('aws-cdk-lib/aws-iam'); __gate(new iam.Role());`, dialects: ALL, asked: ['Role'], resolves: true },
    // Only resolving can tell: no name asked, the gate lets it through
    { name: 'destructured require (a derived binding)', code: `const { PolicyStatement } = require('aws-cdk-lib/aws-iam'); __gate(new PolicyStatement());`, dialects: ALL, asked: null, resolves: true },
    { name: 'an alias of a member', code: `${iam} const PS = iam.PolicyStatement; __gate(new PS());`, dialects: ESM, asked: null, resolves: true },
    { name: 'default import (the module itself)', code: `import S3 from 'aws-sdk/clients/s3'; __gate(new S3());`, dialects: ESM, asked: null, resolves: true },
    { name: 'a default member', code: `const s3 = require('aws-sdk/clients/s3'); __gate(new s3.default());`, dialects: ALL, asked: null, resolves: true },
    { name: 'an import renamed from default', code: `import { default as S3 } from 'aws-sdk/clients/s3'; __gate(new S3());`, dialects: ESM, asked: null, resolves: true },
    { name: 'a computed member', code: `${iam} const k = 'Role'; __gate(new iam[k]());`, dialects: ESM, asked: null, resolves: false },
    {
      name: 'an import whose name is declared again elsewhere in the file',
      code: `${iam} import { Role } from 'aws-cdk-lib/aws-iam';\nfunction f() { const Role = iam.PolicyStatement; return __gate(new Role()); }\n__gate(new Role());`,
      dialects: ESM,
      asked: null,
      resolves: true,
    },
    // Names no import reaches cannot resolve: no name asked, and the gate says no
    { name: 'a local class', code: `class Local {} __gate(new Local());`, dialects: ALL, asked: [], resolves: false },
    { name: 'an undeclared global', code: `__gate(new Missing());`, dialects: ALL, asked: [], resolves: false },
  ];

  const rows = cases.flatMap((c) => c.dialects.flatMap((dialect) => ESLINT_VERSIONS.map((eslint) => ({ ...c, dialect, eslint }))));
  it.each(rows)('$name ($dialect, ESLint $eslint)', ({ code, dialect, eslint, asked, resolves }) => {
    const results = gate(code, dialect, eslint);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      if (asked === null) {
        // Let through without a name: resolving decides
        expect(result).toMatchObject({ may: true, asked: [] });
      } else {
        expect(result.asked).toEqual(asked);
        expect(result.may).toBe(false);
      }
      expect(result.ref !== null).toBe(resolves);
    }
  });

  // The gate is sound only if a resolved callee's path (and its AWS view) ends in the name the gate asked about
  it.each(rows.filter((row) => row.asked !== null && row.asked.length > 0))(
    'the asked name is the last name of the resolved path: $name ($dialect, ESLint $eslint)',
    ({ code, dialect, eslint }) => {
      for (const { asked, ref } of gate(code, dialect, eslint)) {
        expect(ref).not.toBeNull();
        expect(ref!.path.at(-1)).toBe(asked[0]);
        const api = awsApi(ref!);
        if (api !== null) expect(api.path.at(-1)).toBe(asked[0]);
      }
    },
  );

  it('accepts what `accepts` accepts', () => {
    const code = `${iam} __gate(new iam.PolicyStatement()); __gate(new iam.Role());`;
    const answers: boolean[] = [];
    runProbe(code, 'esm', (context) => ({
      NewExpression(node) {
        answers.push(calleeMayBeExport(node, context.sourceCode, (name) => name === 'Role'));
      },
    }));
    expect(answers).toEqual([false, true]);
  });
});

describe('resolveCallee and resolveInstance', () => {
  const cases: Case[] = [
    {
      name: 'new with a named import',
      code: `import { PolicyStatement } from 'aws-cdk-lib/aws-iam'; __callee(new PolicyStatement({}));`,
      expected: ref('aws-cdk-lib/aws-iam', 'PolicyStatement'),
      dialects: ESM,
    },
    {
      name: 'static method call',
      code: `const iam = require('aws-cdk-lib/aws-iam'); __callee(iam.PolicyStatement.fromJson({}));`,
      expected: ref('aws-cdk-lib/aws-iam', 'PolicyStatement', 'fromJson'),
      dialects: ALL,
    },
    {
      name: 'new on an inline require',
      code: `__callee(new (require('aws-sdk').S3)());`,
      expected: ref('aws-sdk', 'S3'),
      dialects: ALL,
    },
    {
      name: 'instance: direct new',
      code: `const iam = require('aws-cdk-lib/aws-iam');\n__instance(new iam.PolicyStatement());`,
      expected: { ...ref('aws-cdk-lib/aws-iam', 'PolicyStatement'), line: 2 },
      dialects: ALL,
    },
    {
      name: 'instance: const',
      code: `import * as lambda from 'aws-cdk-lib/aws-lambda';\nconst fn = new lambda.Function(this, 'F', {});\n__instance(fn);`,
      expected: { ...ref('aws-cdk-lib/aws-lambda', 'Function'), line: 2 },
      dialects: ESM,
    },
    {
      name: 'instance: never-reassigned let through an alias',
      code: `const { S3Client } = require('@aws-sdk/client-s3');\nlet c = new S3Client({});\nconst d = c;\n__instance(d);`,
      expected: { ...ref('@aws-sdk/client-s3', 'S3Client'), line: 2 },
      dialects: ALL,
    },
    {
      name: 'instance: unknown class gives null',
      code: `class PolicyStatement {}\nconst s = new PolicyStatement();\n__instance(s);`,
      expected: null,
      dialects: ALL,
    },
    {
      name: 'instance: reassigned let',
      code: `const { S3Client } = require('@aws-sdk/client-s3');\nlet c = new S3Client({});\nc = other;\n__instance(c);`,
      expected: null,
      dialects: ALL,
    },
    {
      name: 'instance: destructured or a call result',
      code: `const { a } = new Foo(); __instance(a); __instance(make()); __instance(param);`,
      expected: [null, null, null],
      dialects: ALL,
    },
    {
      name: 'instance: self-reference cycle',
      code: `var a = a; __instance(a);`,
      expected: null,
      dialects: ALL,
    },
  ];
  const rows = cases.flatMap((c) =>
    c.dialects.flatMap((dialect) => ESLINT_VERSIONS.map((eslint) => ({ ...c, dialect, eslint }))),
  );
  it.each(rows)('$name ($dialect, ESLint $eslint)', ({ code, dialect, eslint, expected }) => {
    expect(probe(code, dialect, eslint)).toEqual(Array.isArray(expected) ? expected : [expected]);
  });
});

describe('awsApi', () => {
  const cases: [string, ModuleRef, AwsApi | null][] = [
    ['sdk v2 aws-sdk/clients/all', ref('aws-sdk/clients/all', 'S3'), { family: 'sdk-v2', export: 'S3', path: ['S3'] }],
    [
      'sdk v3 client',
      ref('@aws-sdk/client-s3', 'S3Client'),
      {
        family: 'sdk-v3',
        packageName: '@aws-sdk/client-s3',
        service: 's3',
        lib: null,
        export: 'S3Client',
        path: ['S3Client'],
      },
    ],
    [
      'sdk v3 namespace',
      ref('@aws-sdk/client-iam'),
      { family: 'sdk-v3', packageName: '@aws-sdk/client-iam', service: 'iam', lib: null, export: null, path: [] },
    ],
    [
      'sdk v3 lib',
      ref('@aws-sdk/lib-dynamodb', 'DynamoDBDocumentClient', 'from'),
      {
        family: 'sdk-v3',
        packageName: '@aws-sdk/lib-dynamodb',
        service: null,
        lib: 'dynamodb',
        export: 'DynamoDBDocumentClient',
        path: ['DynamoDBDocumentClient', 'from'],
      },
    ],
    [
      'sdk v3 credential providers',
      ref('@aws-sdk/credential-providers', 'fromIni'),
      {
        family: 'sdk-v3',
        packageName: '@aws-sdk/credential-providers',
        service: null,
        lib: null,
        export: 'fromIni',
        path: ['fromIni'],
      },
    ],
    [
      'sdk v3 credential-provider-* package',
      ref('@aws-sdk/credential-provider-node', 'defaultProvider'),
      {
        family: 'sdk-v3',
        packageName: '@aws-sdk/credential-provider-node',
        service: null,
        lib: null,
        export: 'defaultProvider',
        path: ['defaultProvider'],
      },
    ],
    [
      'sdk v3 deep import',
      ref('@aws-sdk/client-s3/dist-cjs/index.js', 'S3Client'),
      {
        family: 'sdk-v3',
        packageName: '@aws-sdk/client-s3',
        service: 's3',
        lib: null,
        export: 'S3Client',
        path: ['S3Client'],
      },
    ],
    ['sdk v2 namespace', ref('aws-sdk'), { family: 'sdk-v2', export: null, path: [] }],
    ['sdk v2 class', ref('aws-sdk', 'S3'), { family: 'sdk-v2', export: 'S3', path: ['S3'] }],
    [
      'sdk v2 config.update',
      ref('aws-sdk', 'config', 'update'),
      { family: 'sdk-v2', export: 'config', path: ['config', 'update'] },
    ],
    [
      'sdk v2 global',
      ref('aws-sdk/global', 'Credentials'),
      { family: 'sdk-v2', export: 'Credentials', path: ['Credentials'] },
    ],
    ['sdk v2 client file', ref('aws-sdk/clients/s3'), { family: 'sdk-v2', export: 'S3', path: ['S3'] }],
    [
      'sdk v2 client file member',
      ref('aws-sdk/clients/dynamodb', 'DocumentClient'),
      { family: 'sdk-v2', export: 'DynamoDB', path: ['DynamoDB', 'DocumentClient'] },
    ],
    [
      'sdk v2 client file by table',
      ref('aws-sdk/clients/secretsmanager'),
      { family: 'sdk-v2', export: 'SecretsManager', path: ['SecretsManager'] },
    ],
    ['sdk v2 unknown client file', ref('aws-sdk/clients/braket'), { family: 'sdk-v2', export: null, path: [] }],
    [
      'cdk v2 root barrel namespace',
      ref('aws-cdk-lib', 'aws_iam', 'PolicyStatement'),
      { family: 'cdk', submodule: 'aws-iam', export: 'PolicyStatement', path: ['PolicyStatement'] },
    ],
    [
      'cdk v2 root barrel, two-part name',
      ref('aws-cdk-lib', 'aws_apigatewayv2', 'HttpApi'),
      { family: 'cdk', submodule: 'aws-apigatewayv2', export: 'HttpApi', path: ['HttpApi'] },
    ],
    [
      'cdk v2 root barrel, non-aws namespace',
      ref('aws-cdk-lib', 'custom_resources', 'AwsCustomResource'),
      { family: 'cdk', submodule: 'custom-resources', export: 'AwsCustomResource', path: ['AwsCustomResource'] },
    ],
    [
      'cdk v2 root export',
      ref('aws-cdk-lib', 'Duration', 'minutes'),
      { family: 'cdk', submodule: null, export: 'Duration', path: ['Duration', 'minutes'] },
    ],
    [
      'cdk v2 submodule',
      ref('aws-cdk-lib/aws-lambda', 'FunctionUrlAuthType', 'NONE'),
      {
        family: 'cdk',
        submodule: 'aws-lambda',
        export: 'FunctionUrlAuthType',
        path: ['FunctionUrlAuthType', 'NONE'],
      },
    ],
    [
      'cdk v1 submodule',
      ref('@aws-cdk/aws-iam', 'Role'),
      { family: 'cdk', submodule: 'aws-iam', export: 'Role', path: ['Role'] },
    ],
    ['cdk v1 core', ref('@aws-cdk/core', 'Stack'), { family: 'cdk', submodule: null, export: 'Stack', path: ['Stack'] }],
    [
      'cdk v1 monocdk root barrel namespace',
      ref('monocdk', 'aws_iam', 'PolicyStatement'),
      { family: 'cdk', submodule: 'aws-iam', export: 'PolicyStatement', path: ['PolicyStatement'] },
    ],
    ['cdk v1 monocdk root export', ref('monocdk', 'Stack'), { family: 'cdk', submodule: null, export: 'Stack', path: ['Stack'] }],
    [
      'cdk v1 monocdk submodule',
      ref('monocdk/aws-lambda', 'Function'),
      { family: 'cdk', submodule: 'aws-lambda', export: 'Function', path: ['Function'] },
    ],
    ['look-alike of monocdk', ref('monocdk-extra', 'Stack'), null],
    [
      "dynamoose 2's SDK v2",
      ref('dynamoose', 'aws', 'sdk', 'config', 'update'),
      { family: 'sdk-v2', export: 'config', path: ['config', 'update'] },
    ],
    [
      "dynamoose 3's DynamoDB client class (SDK v3)",
      ref('dynamoose', 'default', 'aws', 'ddb', 'DynamoDB'),
      { family: 'sdk-v3', packageName: '@aws-sdk/client-dynamodb', service: 'dynamodb', lib: null, export: 'DynamoDB', path: ['DynamoDB'] },
    ],
    ["dynamoose's own API", ref('dynamoose', 'aws', 'ddb', 'set'), null],
    ['the SDK v2 of the dynamodb mapper', ref('dynamodb', 'AWS', 'config'), { family: 'sdk-v2', export: 'config', path: ['config'] }],
    ["the dynamodb mapper's own API", ref('dynamodb', 'define'), null],
    ['user module', ref('./aws-sdk-wrapper', 'S3'), null],
    ['look-alike package', ref('aws-sdk-mock', 'mock'), null],
    ['look-alike scope', ref('@aws-sdkx/client-s3', 'S3Client'), null],
    ['other package', ref('@middy/core'), null],
    ['empty scope', ref('@aws-sdk/'), null],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(awsApi(input)).toEqual(expected);
  });

  it.each([
    [ref('aws-cdk-lib/aws-iam', 'PolicyStatement'), 'aws-iam', 'PolicyStatement', true],
    [ref('aws-cdk-lib', 'aws_iam', 'PolicyStatement'), 'aws-iam', 'PolicyStatement', true],
    [ref('@aws-cdk/aws-iam', 'PolicyStatement'), 'aws-iam', 'PolicyStatement', true],
    [ref('aws-cdk-lib', 'Stack'), null, 'Stack', true],
    [ref('aws-cdk-lib/aws-iam', 'PolicyStatement', 'fromJson'), 'aws-iam', 'PolicyStatement', false],
    [ref('aws-cdk-lib/aws-iam', 'Role'), 'aws-iam', 'PolicyStatement', false],
    [ref('./cdk', 'PolicyStatement'), 'aws-iam', 'PolicyStatement', false],
  ])('isCdkExport(%o, %s, %s) = %s', (input, submodule, name, expected) => {
    expect(isCdkExport(input, submodule, name)).toBe(expected);
  });

  it.each([
    [ref('@aws-sdk/client-s3', 'S3Client'), true],
    [ref('@aws-sdk/client-s3', 'S3'), true],
    [ref('@aws-sdk/client-s3', 'PutObjectCommand'), false],
    [ref('@aws-sdk/client-s3', 'NoSuchKeyException'), false],
    [ref('@aws-sdk/lib-dynamodb', 'DynamoDBDocumentClient'), false],
    [ref('@aws-sdk/client-s3'), false],
    [ref('aws-sdk', 'S3'), false],
  ])('isAwsSdkV3Client(%o) = %s', (input, expected) => {
    expect(isAwsSdkV3Client(input)).toBe(expected);
  });

  it('resolveAwsCallee joins both', () => {
    const code = `import { aws_iam as iam } from 'aws-cdk-lib'; __aws(new iam.PolicyStatement()); __aws(new Local());`;
    expect(probe(code, 'esm')).toEqual([
      { family: 'cdk', submodule: 'aws-iam', export: 'PolicyStatement', path: ['PolicyStatement'] },
      null,
    ]);
  });
});

describe('functionCalls', () => {
  /** The calls of the function named `target`, as the callee text of each call's line; null when not followed. */
  function callsOfTarget(code: string, dialect: Dialect = 'ts'): string[] | null {
    let result: string[] | null | undefined;
    runProbe(code, dialect, (context) => ({
      'FunctionDeclaration, ArrowFunctionExpression, FunctionExpression'(node: TSESTree.FunctionLike) {
        const name =
          node.type === AST_NODE_TYPES.FunctionDeclaration
            ? node.id?.name
            : node.parent?.type === AST_NODE_TYPES.VariableDeclarator && node.parent.id.type === AST_NODE_TYPES.Identifier
              ? node.parent.id.name
              : undefined;
        if (name !== 'target' || result !== undefined) return;
        const found = functionCalls(node, context.sourceCode);
        result = found === null ? null : found.calls.map((call) => context.sourceCode.getText(call));
      },
    }));
    return result ?? null;
  }

  it.each<[string, string, string[] | null]>([
    ['a function declaration', 'function target(x: unknown) {}\ntarget(1); target?.(2); other(target);', ['target(1)', 'target?.(2)']],
    ['a const arrow, called through a type assertion', 'const target = (x: unknown) => x;\n(target as any)(1);', ['(target as any)(1)']],
    ['TypeScript overloads', 'function target(x: string): void;\nfunction target(x: unknown) {}\ntarget(1);', ['target(1)']],
    ['a reassigned let', 'let target = (x: unknown) => x;\ntarget = () => 0;\ntarget(1);', null],
    ['a function declaration reassigned', 'function target() {}\ntarget = () => 0;\ntarget();', null],
  ])('%s', (_name, code, expected) => {
    expect(callsOfTarget(code)).toEqual(expected);
  });

  it('a name declared twice is not followed', () => {
    expect(callsOfTarget('var target = function () {};\nvar target = function () {};\ntarget();', 'cjs')).toBeNull();
  });
});

describe('assignedOnceValue', () => {
  /** The text of the value `assignedOnceValue` gives for the argument of `use(x)` (the last one), else null. */
  function assignedAtUse(code: string, dialect: Dialect = 'ts'): string | null {
    let result: string | null = null;
    runProbe(code, dialect, (context) => ({
      CallExpression(node) {
        const argument = node.arguments[0];
        if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'use') return;
        if (argument?.type !== AST_NODE_TYPES.Identifier) return;
        const value = assignedOnceValue(argument, context.sourceCode);
        result = value === null ? null : context.sourceCode.getText(value);
      },
    }));
    return result;
  }

  it.each<[string, string, string | null]>([
    ['a let assigned once, used after', 'let x: number;\nx = 1;\nuse(x);', '1'],
    ['assigned inside a branch (one value, or none)', 'let x;\nif (a) { x = 1; }\nuse(x);', '1'],
    ['a var in a function', 'function f() {\n  var x;\n  x = 1;\n  use(x);\n}', '1'],
    ['a let declared in a loop body, assigned there', 'for (const a of as) {\n  let x;\n  x = a;\n  use(x);\n}', 'a'],
    ['used before the assignment', 'let x;\nuse(x);\nx = 1;', null],
    ['assigned twice', 'let x;\nif (a) x = 1;\nelse x = 2;\nuse(x);', null],
    ['declared with a value and reassigned', 'let x = 0;\nx = 1;\nuse(x);', null],
    ['assigned in a loop', 'let x;\nfor (const a of as) { x = a; }\nuse(x);', null],
    ['assigned in a nested function', 'let x;\nfunction init() { x = 1; }\ninit();\nuse(x);', null],
    ['assigned by a compound operator', 'let x;\nx += 1;\nuse(x);', null],
    ['assigned by destructuring', 'let x;\n({ x } = o);\nuse(x);', null],
    ['a for-loop variable', 'for (let x; ; ) {\n  x = 1;\n  use(x);\n}', null],
    ['a const', 'const x = 1;\nuse(x);', null],
  ])('%s', (_name, code, expected) => {
    expect(assignedAtUse(code)).toBe(expected);
  });
});
