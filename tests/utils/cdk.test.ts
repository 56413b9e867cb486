import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  cdkCallee,
  cdkEnumMember,
  isLambdaFunctionClass,
  readProps,
  resolveBoundExpression,
  resolveLambdaFunction,
  resolveRestResource,
  resolveRestResources,
} from '../../src/utils/cdk.js';
import { runProbe, type Dialect } from './probe.js';

/**
 * Run the helper named by each `__name(x)` call on its argument: `__fn` resolveLambdaFunction, `__resource`
 * resolveRestResource, `__resources` resolveRestResources (each resource's path and API line), `__enum` cdkEnumMember (aws-lambda FunctionUrlAuthType), `__prop(x, 'key')` readProps(x).get,
 * `__class(new X())` isLambdaFunctionClass(cdkCallee), `__bound` resolveBoundExpression.
 */
function probe(code: string, dialect: Dialect): unknown[] {
  const results: unknown[] = [];
  runProbe(code, dialect, (context) => ({
    CallExpression(node) {
      if (node.callee.type !== AST_NODE_TYPES.Identifier || !node.callee.name.startsWith('__')) return;
      const argument = node.arguments[0] as TSESTree.Node;
      const sourceCode = context.sourceCode;
      switch (node.callee.name) {
        case '__fn': {
          const fn = resolveLambdaFunction(argument, sourceCode);
          results.push(fn === null ? null : { line: fn.creation.loc.start.line, isConstruct: fn.isConstruct });
          break;
        }
        case '__resource': {
          const resource = resolveRestResource(argument, sourceCode);
          results.push(
            resource === null
              ? null
              : {
                  path: resource.path,
                  apiLine: resource.api.loc.start.line,
                  defaults: resource.defaults.map((level) => level.state),
                },
          );
          break;
        }
        case '__resources':
          results.push(
            resolveRestResources(argument, sourceCode)?.map((resource) => ({
              path: resource.path,
              apiLine: resource.api.loc.start.line,
            })) ?? null,
          );
          break;
        case '__enum':
          results.push(cdkEnumMember(argument, sourceCode, 'aws-lambda', 'FunctionUrlAuthType'));
          break;
        case '__prop': {
          const key = node.arguments[1] as TSESTree.Literal;
          const value = readProps(argument, sourceCode).get(String(key.value));
          results.push(value.state === 'present' ? `present:${value.value.kind}` : value.state);
          break;
        }
        case '__class':
          results.push(
            argument.type === AST_NODE_TYPES.NewExpression
              ? isLambdaFunctionClass(cdkCallee(argument, sourceCode))
              : 'not new',
          );
          break;
        case '__bound':
          results.push(resolveBoundExpression(argument, sourceCode).type);
          break;
      }
    },
  }));
  return results;
}

interface Case {
  name: string;
  code: string;
  expected: unknown[];
  dialects: Dialect[];
}

const ALL: Dialect[] = ['ts', 'esm', 'cjs'];
const ESM: Dialect[] = ['ts', 'esm'];
const TS: Dialect[] = ['ts'];

const cases: Case[] = [
  // Lambda functions
  {
    name: 'function construct classes, three import styles',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { aws_lambda as l } from 'aws-cdk-lib';
__class(new lambda.Function(this, 'a', {}));
__class(new lambda.DockerImageFunction(this, 'b', {}));
__class(new lambda.SingletonFunction(this, 'c', {}));
__class(new NodejsFunction(this, 'd', {}));
__class(new l.Function(this, 'e', {}));
__class(new lambda.CfnFunction(this, 'f', {}));
__class(new lambda.Alias(this, 'g', {}));`,
    expected: [true, true, true, true, true, false, false],
    dialects: ESM,
  },
  {
    name: 'alpha packages and CDK v1 language packages',
    code: `import { PythonFunction } from '@aws-cdk/aws-lambda-python-alpha';
import { GoFunction } from '@aws-cdk/aws-lambda-go';
__class(new PythonFunction(this, 'a', {}));
__class(new GoFunction(this, 'b', {}));`,
    expected: [true, true],
    dialects: ESM,
  },
  {
    name: 'CJS function classes',
    code: `const lambda = require('@aws-cdk/aws-lambda');
const { aws_lambda } = require('aws-cdk-lib');
__class(new lambda.Function(this, 'a', {}));
__class(new aws_lambda.DockerImageFunction(this, 'b', {}));`,
    expected: [true, true],
    dialects: ['cjs'],
  },
  {
    name: 'resolveLambdaFunction: constructs, imports, versions, aliases',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
const fn = new lambda.Function(this, 'F', {});
const imported = lambda.Function.fromFunctionArn(this, 'I', 'arn');
const alias = fn.addAlias('live');
__fn(fn);
__fn(imported);
__fn(fn.currentVersion);
__fn(alias);
__fn(new lambda.Alias(this, 'A', {}));
__fn(lambda.Version.fromVersionArn(this, 'V', 'arn'));
__fn(fn?.latestVersion);`,
    expected: [
      { line: 2, isConstruct: true },
      { line: 3, isConstruct: false },
      { line: 2, isConstruct: true },
      { line: 2, isConstruct: true },
      { line: 9, isConstruct: false },
      { line: 10, isConstruct: false },
      { line: 2, isConstruct: true },
    ],
    dialects: ESM,
  },
  {
    name: 'resolveLambdaFunction: unknown',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
class Function {}
let reassigned = new lambda.Function(this, 'F', {});
reassigned = other;
function f(param) { __fn(param); }
__fn(new Function());
__fn(reassigned);
__fn(new s3.Bucket(this, 'B'));
__fn(lambda.Function.fromFunctionArn);
__fn(this.fn);
__fn(lambda.Function.fromSomethingElse(this, 'x'));`,
    expected: [null, null, null, null, null, null, null],
    dialects: ESM,
  },
  // REST resources
  {
    name: 'resolveRestResource: root, chains, const-bound, resourceForPath, Resource, addProxy',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = new apigw.RestApi(this, 'Api', { defaultMethodOptions: { authorizer } });
const items = api.root.addResource('items', { defaultMethodOptions: { apiKeyRequired: true } });
__resource(api.root);
__resource(items);
__resource(items.addResource('{id}'));
__resource(api.root.resourceForPath('/a/b/'));
__resource(new apigw.Resource(this, 'R', { parent: items, pathPart: 'x' }));
__resource(items.addProxy({}));`,
    expected: [
      { path: '/', apiLine: 2, defaults: ['present'] },
      { path: '/items', apiLine: 2, defaults: ['present', 'present'] },
      { path: '/items/{id}', apiLine: 2, defaults: ['absent', 'present', 'present'] },
      { path: '/a/b', apiLine: 2, defaults: ['absent', 'present'] },
      { path: '/items/x', apiLine: 2, defaults: ['absent', 'present', 'present'] },
      { path: '/items/{proxy+}', apiLine: 2, defaults: ['absent', 'present', 'present'] },
    ],
    dialects: ESM,
  },
  {
    name: 'resolveRestResource: unresolved path part keeps the resource',
    code: `const { aws_apigateway: apigw } = require('aws-cdk-lib');
const api = new apigw.SpecRestApi(this, 'Api', {});
__resource(api.root.addResource(name));`,
    expected: [{ path: null, apiLine: 2, defaults: ['absent', 'absent'] }],
    dialects: ['cjs'],
  },
  {
    name: 'resolveRestResource: LambdaRestApi root only when proxy is false',
    code: `import { LambdaRestApi } from 'aws-cdk-lib/aws-apigateway';
const proxying = new LambdaRestApi(this, 'A', { handler });
const explicit = new LambdaRestApi(this, 'B', { handler, proxy: false });
const dynamic = new LambdaRestApi(this, 'C', { handler, proxy: flag });
__resource(proxying.root);
__resource(explicit.root);
__resource(dynamic.root);`,
    expected: [null, { path: '/', apiLine: 3, defaults: ['absent'] }, null],
    dialects: ESM,
  },
  {
    name: 'resolveRestResource: unknown',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
class RestApi { root = {}; }
const local = new RestApi();
const api = new apigw.RestApi(this, 'Api');
__resource(local.root);
__resource(this.api.root);
__resource(api.root.getResource('x'));
__resource(api.root.addResource(...parts));
__resource(api);
__resource(new apigw.Resource(this, 'R', { pathPart: 'x' }));`,
    expected: [null, null, null, null, null, null],
    dialects: ESM,
  },
  {
    name: 'resolveRestResources: parameters of helpers followed to what the calls of the file pass (each distinct once)',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const a = new apigw.RestApi(this, 'A');
const b = new apigw.RestApi(this, 'B');
function both(api) { __resources(api.root.addResource('x')); __resource(api.root); }
both(a);
both(b);
both(a);
function nested(resource) { __resources(resource.addResource('y')); }
nested(a.root.addResource('v1'));
function viaProps({ api }) { __resources(api.root); }
viaProps({ api: b });
function unknown(api) { __resources(api.root); }
unknown(a);
unknown(imported);
function uncalled(api) { __resources(api.root); }`,
    expected: [
      [
        { path: '/x', apiLine: 2 },
        { path: '/x', apiLine: 3 },
      ],
      null,
      [{ path: '/v1/y', apiLine: 2 }],
      [{ path: '/', apiLine: 3 }],
      null,
      null,
    ],
    dialects: ESM,
  },
  // Enums and props
  {
    name: 'cdkEnumMember through imports, barrels and constants',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import { FunctionUrlAuthType } from '@aws-cdk/aws-lambda';
import * as cdk from 'aws-cdk-lib';
const NONE = lambda.FunctionUrlAuthType.NONE;
__enum(lambda.FunctionUrlAuthType.NONE);
__enum(FunctionUrlAuthType.AWS_IAM);
__enum(cdk.aws_lambda.FunctionUrlAuthType['NONE']);
__enum(NONE);
__enum(lambda.Runtime.NODEJS_20_X);
__enum(lambda.FunctionUrlAuthType);
__enum('NONE');`,
    expected: ['NONE', 'AWS_IAM', 'NONE', 'NONE', null, null, null],
    dialects: ESM,
  },
  {
    name: 'readProps: present, absent, unknown, spreads, nullish values',
    code: `declare const unknownObject: object;
const base = { a: 1 };
__prop({ a: 'x' }, 'a');
__prop({ a: 'x' }, 'b');
__prop({ ...base, b: true }, 'a');
__prop({ a: 1, ...unknownObject }, 'a');
__prop({ ...unknownObject, a: 1 }, 'a');
__prop({ ...unknownObject }, 'zzz');
__prop({ a: undefined, b: null }, 'a');
__prop({ a: undefined, b: null }, 'b');
__prop(unknownObject, 'a');
__prop(undefined, 'a');
__prop({ a: someCall() }, 'a');`,
    expected: [
      'present:string',
      'absent',
      'present:number',
      'unknown',
      'present:number',
      'unknown',
      'absent',
      'absent',
      'unknown',
      'absent',
      'present:unknown',
    ],
    dialects: TS,
  },
  {
    // Object literals are read key by key (literalProps): the same answers as reading the whole object
    name: 'readProps of an object literal: right-most key wins, methods and accessors, quoted keys, wrappers',
    code: `const role = 'arn:aws:iam::1:role/r';
__prop({ a: 1, a: 'x' }, 'a');
__prop({ a: 'x', a: undefined }, 'a');
__prop({ a() { return 1; } }, 'a');
__prop({ get a() { return 1; } }, 'a');
__prop({ 'a': true }, 'a');
__prop({ role }, 'role');
__prop({ a: 1 } as const, 'a');
__prop({ [key]: 1 }, 'a');
__prop({ ['a']: 1 }, 'a');
__prop({ __proto__: null, a: 1 }, 'a');
__prop({ 1: 'x' }, '1');`,
    expected: [
      'present:string',
      'absent',
      'present:unknown',
      'present:unknown',
      'present:boolean',
      'present:string',
      'present:number',
      'unknown',
      'present:number',
      'present:number',
      'present:string',
    ],
    dialects: TS,
  },
  {
    name: 'resolveBoundExpression follows const and never-reassigned let, not reassigned or parameters',
    code: `const a = new Thing();
let b = a;
let c = 1;
c = 2;
function f(p) { __bound(p); }
__bound(b);
__bound(c);
__bound(undeclared);`,
    expected: ['Identifier', 'NewExpression', 'Identifier', 'Identifier'],
    dialects: ALL,
  },
  {
    name: 'resolveBoundExpression follows this.x given one value: a field initialiser or one constructor statement',
    code: `class Stack {
  field = new Field();
  #secret = new Secret();
  assigned;
  twice = new A();
  branch;
  late;
  static shared = new S();
  constructor(flag) {
    this.assigned = new Assigned();
    this.twice = new B();
    if (flag) this.branch = new C();
    const run = () => { __bound(this.field); __bound(this.#secret); };
    run();
    function plain() { __bound(this.field); }
    plain();
  }
  method() {
    this.late = new D();
    __bound(this.assigned);
    __bound(this.twice);
    __bound(this.branch);
    __bound(this.late);
    __bound(this.missing);
    __bound(this['field']);
  }
  static make() { __bound(this.shared); }
}
__bound(this.field);`,
    expected: [
      'NewExpression',
      'NewExpression',
      'MemberExpression',
      'NewExpression',
      'MemberExpression',
      'MemberExpression',
      'MemberExpression',
      'MemberExpression',
      'NewExpression',
      'MemberExpression',
      'MemberExpression',
    ],
    dialects: ['esm', 'cjs'],
  },
  {
    name: 'resolveBoundExpression follows this.x given one value in a method the constructor alone calls once, as a statement',
    code: `class Stack {
  constructor() {
    this.createRole();
    this.makeTwice();
    this.makeTwice();
    if (flag) this.inBranch();
    this.alsoLater();
    __bound(this.role);
    __bound(this.twice);
    __bound(this.branch);
    __bound(this.later);
  }
  createRole() { this.role = new Role(); }
  makeTwice() { this.twice = new Role(); }
  inBranch() { this.branch = new Role(); }
  alsoLater() { this.later = new Role(); }
  refresh() { this.alsoLater(); }
}`,
    expected: ['NewExpression', 'MemberExpression', 'MemberExpression', 'MemberExpression'],
    dialects: ['esm', 'cjs'],
  },
  {
    name: 'resolveBoundExpression: a computed this[key] write, destructuring, updates and parameter properties make members unknown',
    code: `class A {
  x = new X();
  constructor(key: string) { this[key] = 1; }
  m() { __bound(this.x); }
}
class B {
  x = new X();
  y = new Y();
  constructor(o: { x: unknown }) { ({ x: this.x } = o); [this.y] = [o]; }
  m() { __bound(this.x); __bound(this.y); }
}
class C {
  constructor(private readonly role: unknown) { this.role = new Role(); }
  m() { __bound(this.role); }
}`,
    expected: ['MemberExpression', 'MemberExpression', 'MemberExpression', 'MemberExpression'],
    dialects: TS,
  },
];

describe('cdk helpers', () => {
  const rows = cases.flatMap((testCase) => testCase.dialects.map((dialect) => ({ ...testCase, dialect })));
  it.each(rows)('$name ($dialect)', ({ code, dialect, expected }) => {
    expect(probe(code, dialect)).toEqual(expected);
  });

  it('bounds long alias chains and deep resource chains', () => {
    const aliases = Array.from({ length: 200 }, (_, index) => `const r${index + 1} = r${index};`).join('\n');
    const chain = ".addResource('a')".repeat(200);
    const code = `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const r0 = new apigw.RestApi(this, 'Api');
${aliases}
__bound(r200);
__resource(r0.root${chain});`;
    expect(probe(code, 'esm')).toEqual(['Identifier', null]);
  });
});
