import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { describe } from 'vitest';
import rule, { type MessageIds, type Options } from '../../src/rules/no-shared-execution-role.js';
import { cjsRuleTester, jsRuleTester, tsRuleTester } from '../rule-tester.js';
import { itMatchesEslint9 } from './eslint-v9-parity.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

const tsValid: Valid[] = [
  {
    name: "SST: each Function its own role, and a Function class of the project's own module",
    code: `import { Function as SstFunction, type StackContext } from 'sst/constructs';
import { Function } from './my-function';
import * as iam from 'aws-cdk-lib/aws-iam';
export function API({ stack }: StackContext) {
  const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  new SstFunction(stack, 'Orders', { handler: 'src/orders.handler', role });
  new SstFunction(stack, 'Reports', { handler: 'src/reports.handler', role: new iam.Role(stack, 'R2', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }) });
  new Function(stack, 'Mine', { role });
}`,
  },
  {
    name: 'a helper whose second creation is pushed only under a condition or in an optional call: one function per call',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const base = { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('x') };
export class S extends cdk.Stack {
  fns?: lambda.Function[];
  constructor(scope: cdk.App, id: string, withWriter: boolean) {
    super(scope, id);
    const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const pair = (name: string, r: iam.IRole): void => {
      const fns: lambda.Function[] = [new lambda.Function(this, \`\${name}Reader\`, { ...base, role: r })];
      if (withWriter) fns.push(new lambda.Function(this, \`\${name}Writer\`, { ...base, role: r }));
      this.fns?.push(new lambda.Function(this, \`\${name}Auditor\`, { ...base, role: r }));
    };
    pair('orders', role);
  }
}`,
  },
  {
    name: 'a table whose rows the file changes before the loop (c.role = …) is not read as sharing one role',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const base = { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('x') };
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const shared = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const cfg = [{ name: 'a', role: shared }, { name: 'b', role: shared }];
    cfg.forEach((c) => { c.role = new iam.Role(this, c.name, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }); });
    cfg.forEach((c) => new lambda.Function(this, c.name, { ...base, role: c.role }));
  }
}`,
  },
  {
    name: 'loops that create one function each, told by a continue guard, a switch case, a const bound to the test, or a destructured variable',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
const lambdaRole = (scope: cdk.Stack, id: string) => new iam.Role(scope, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const entry = 'src/x.ts';
    const a = lambdaRole(this, 'A');
    for (const name of ['a', 'b', 'admin']) { if (name !== 'admin') continue; new NodejsFunction(this, name, { entry, role: a }); }
    const b = lambdaRole(this, 'B');
    for (const name of ['c', 'd', 'admin']) { switch (name) { case 'admin': new NodejsFunction(this, name, { entry, role: b }); } }
    const c = lambdaRole(this, 'C');
    for (const name of ['e', 'f', 'admin']) { const isAdmin = name === 'admin'; if (isAdmin) new NodejsFunction(this, name, { entry, role: c }); }
    const d = lambdaRole(this, 'D');
    for (const [name] of [['g'], ['h']]) { if (name === 'g') new NodejsFunction(this, name, { entry, role: d }); }
  }
}`,
  },
  {
    name: 'a helper whose creations may not all run (exclusive branches, after an early return), and a table whose rows hold different roles',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
const base = { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler' };
function createOne(scope: Construct, role: iam.IRole, worker: boolean) {
  if (worker) new lambda.Function(scope, 'W', { ...base, code: lambda.Code.fromAsset('w'), role });
  else new lambda.Function(scope, 'A', { ...base, code: lambda.Code.fromAsset('a'), role });
}
function createMaybe(scope: Construct, role: iam.IRole, withWorker: boolean) {
  new lambda.Function(scope, 'Api', { ...base, code: lambda.Code.fromAsset('a'), role });
  if (!withWorker) return;
  new lambda.Function(scope, 'Worker', { ...base, code: lambda.Code.fromAsset('w'), role });
}
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const apiRole = new iam.Role(this, 'R1', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const workerRole = new iam.Role(this, 'R2', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    createOne(this, apiRole, false);
    createMaybe(this, workerRole, false);
    const configs = [{ name: 'a', role: apiRole }, { name: 'b', role: workerRole }];
    configs.forEach((c) => new lambda.Function(this, c.name, { ...base, code: lambda.Code.fromAsset(c.name), role: c.role }));
  }
}`,
  },
  {
    name: 'a loop whose branches each create one function, tested on the loop variable over a list written there: no role is shared',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const adminRole = new iam.Role(this, 'AR', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    for (const name of ['api', 'admin']) {
      if (name === 'admin') {
        new lambda.Function(this, name, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'x.handler', code: lambda.Code.fromAsset(name), role: adminRole });
      } else {
        new lambda.Function(this, name, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'x.handler', code: lambda.Code.fromAsset(name), role });
      }
    }
  }
}`,
  },
  {
    name: 'a helper handed to an iteration over one element or none: once at most, and never over none',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
export function one(scope: any, code: lambda.Code) {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const make = (name: string) => new lambda.Function(scope, name, { role, code, handler: 'i.h', runtime: lambda.Runtime.NODEJS_20_X });
  ['api'].map(make);
}
export function none(scope: any, code: lambda.Code) {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const make = (name: string) => new lambda.Function(scope, name, { role, code, handler: 'i.h', runtime: lambda.Runtime.NODEJS_20_X });
  Array.from([], make);
}
export function soloAndNone(scope: any, code: lambda.Code) {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const make = (name: string) => new lambda.Function(scope, name, { role, code, handler: 'i.h', runtime: lambda.Runtime.NODEJS_20_X });
  make('solo');
  ([] as string[]).forEach(make);
}`,
  },
  {
    name: 'a helper handed to Array.from over one element, or to another class from',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
export function stack(scope: any, code: lambda.Code, names: string[], Things: any) {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const make = (name: string) => new lambda.Function(scope, name, { role, code, handler: 'i.h', runtime: lambda.Runtime.NODEJS_20_X });
  Array.from(['api'], make);
  Things.from(names, make);
}`,
  },
  {
    name: 'Array.from over one element, a role made in the map function, a map function of another class',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
const runtime = lambda.Runtime.NODEJS_20_X;
const makeRole = (scope: any, id: string) => new iam.Role(scope, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
export function a(scope: any, code: lambda.Code) {
  const role = makeRole(scope, 'A');
  Array.from({ length: 1 }, () => new lambda.Function(scope, 'One', { role, code, handler: 'i.h', runtime }));
}
export function b(scope: any, code: lambda.Code) {
  const role = makeRole(scope, 'B');
  Array.from(['api'], (name) => new lambda.Function(scope, name, { role, code, handler: 'i.h', runtime }));
}
export function c(scope: any, code: lambda.Code, names: string[]) {
  Array.from(names, (name) => new lambda.Function(scope, name, { role: makeRole(scope, name), code, handler: 'i.h', runtime }));
}
export function d(scope: any, code: lambda.Code, names: string[], Things: any) {
  const role = makeRole(scope, 'D');
  Things.from(names, (name: string) => new lambda.Function(scope, name, { role, code, handler: 'i.h', runtime }));
}`,
  },
  {
    name: 'a loop over a list of one element makes one function',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
declare const stack: cdk.Stack;
const FUNCTIONS = ['api'];
const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
for (const name of FUNCTIONS) {
  new NodejsFunction(stack, name, { entry: \`src/\${name}.ts\`, role });
}`,
  },
  {
    name: 'a SingletonFunction of a fixed uuid made in a loop, or by a construct made twice, is one function',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
class TableSeeder extends Construct {
  constructor(scope: Construct, id: string, props: { role: iam.IRole }) {
    super(scope, id);
    const provider = new lambda.SingletonFunction(this, 'Provider', { uuid: '2f2a3f8e-6b3c-4a7e-9c61-0f0b1d8a7c11', runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('seeder'), role: props.role });
    new cdk.CustomResource(this, 'Resource', { serviceToken: provider.functionArn });
  }
}
export class SeedStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const seederRole = new iam.Role(this, 'SeederRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    new TableSeeder(this, 'Orders', { role: seederRole });
    new TableSeeder(this, 'Users', { role: seederRole });
    const providerRole = new iam.Role(this, 'ProviderRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    for (const table of ['orders', 'users']) {
      new lambda.SingletonFunction(this, \`Seed\${table}\`, { uuid: 'a1b2c3d4-0000-4000-8000-000000000001', runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('seeder'), role: providerRole });
    }
  }
}`,
  },
  {
    name: 'props passed on with two spreads: either may hold the role, so the one shared is not known',
    code: `import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
interface P { role: iam.IRole }
export class S extends Stack {
  constructor(scope: any, id: string, routes: string[], defaults: Partial<P>) {
    super(scope, id);
    const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    for (const r of routes) this.addMethod(r, { role }, defaults);
  }
  addMethod(r: string, props: P, defaults: Partial<P>) { this.createLambda(r, { ...props, ...defaults }); }
  createLambda(id: string, props: P) {
    return new lambda.Function(this, id, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline(''), role: props.role });
  }
}`,
  },
  {
    name: 'a role passed on after a helper reassigns, wraps or chooses it, a role chosen per route in a let (DEA), a helper making its own role, a helper calling itself, a non-iteration callback',
    code: `import { Role, ServicePrincipal, IRole } from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
declare function wrap(role: IRole): IRole;
export class Api extends Construct {
  public base: Role;
  constructor(scope: Construct, id: string, routes: { name: string; roleName?: string }[]) {
    super(scope, id);
    this.base = new Role(this, 'Base', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    routes.forEach((route) => {
      let lambdaRole = this.base;
      if (route.roleName) lambdaRole = new Role(this, route.roleName, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
      this.addMethod(route, lambdaRole);
    });
    routes.forEach((route) => this.addReassigned(route, this.base));
    routes.forEach((route) => this.addWrapped(route, this.base));
    routes.forEach((route) => this.addChosen(route, this.base));
    routes.forEach((route) => this.addOwn(route));
    this.addTree(routes[0]!, this.base);
    routes.forEach((route) => this.later(route, this.base));
  }
  private addMethod(route: { name: string }, role: IRole): void {
    this.createLambda(route.name, role);
  }
  private addReassigned(route: { name: string; roleName?: string }, role: IRole): void {
    if (route.roleName) role = Role.fromRoleName(this, route.name, route.roleName);
    this.createLambda(route.name, role);
  }
  private addWrapped(route: { name: string }, role: IRole): void {
    this.createLambda(route.name, wrap(role));
  }
  private addChosen(route: { name: string; roleName?: string }, role: IRole): void {
    this.createLambda(route.name, route.roleName ? Role.fromRoleName(this, route.name, route.roleName) : role);
  }
  private addOwn(route: { name: string }): void {
    const own = new Role(this, \`\${route.name}Role\`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.createLambda(route.name, own);
  }
  private addTree(route: { name: string; next?: { name: string } }, role: IRole): void {
    this.createLambda(route.name, role);
    if (route.next) this.addTree(route.next, role);
  }
  private later(route: { name: string }, role: IRole): void {
    this.node.addValidation({ validate: () => { this.createLambda(route.name, role); return []; } });
  }
  private createLambda(id: string, role: IRole): NodejsFunction {
    return new NodejsFunction(this, id, { role, entry: 'src/x.ts' });
  }
}`,
  },
  {
    name: 'helpers calling each other (recursion), and a role passed on through more helpers than are followed',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const shared = new iam.Role(this, 'S', { assumedBy });
function ping(n: number, role: iam.IRole): void { if (n > 0) pong(n - 1, role); else make('F', role); }
function pong(n: number, role: iam.IRole): void { ping(n, role); }
function make(id: string, role: iam.IRole) { return new lambda.Function(this, id, { runtime, handler: 'h', code, role }); }
ping(3, shared);
function l5(id: string, role: iam.IRole) { return new lambda.Function(this, id, { runtime, handler: 'h', code, role }); }
function l4(id: string, role: iam.IRole) { return l5(id, role); }
function l3(id: string, role: iam.IRole) { return l4(id, role); }
function l2(id: string, role: iam.IRole) { return l3(id, role); }
function l1(id: string, role: iam.IRole) { return l2(id, role); }
l1('A', shared);
l1('B', shared);`,
  },
  {
    name: 'members of a construct built from another module: other receivers, other members, a parameter, a let, a call, a computed or this member, a written member, an accessor, Object.assign, a const per iteration or per helper call',
    code: `import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Resources } from './resources';
export class Stack {
  constructor(scope: any, res: Resources) {
    const a = new Resources(scope, 'A');
    const b = new Resources(scope, 'B');
    new NodejsFunction(scope, 'F1', { role: a.lambdaRole });
    new NodejsFunction(scope, 'F2', { role: b.lambdaRole });
    new NodejsFunction(scope, 'F3', { role: a.otherRole });
    new NodejsFunction(scope, 'P1', { role: res.lambdaRole });
    new NodejsFunction(scope, 'P2', { role: res.lambdaRole });
    let l = new Resources(scope, 'L');
    new NodejsFunction(scope, 'L1', { role: l.lambdaRole });
    new NodejsFunction(scope, 'L2', { role: l.lambdaRole });
    const made = makeResources(scope);
    new NodejsFunction(scope, 'M1', { role: made.lambdaRole });
    new NodejsFunction(scope, 'M2', { role: made.lambdaRole });
    new NodejsFunction(scope, 'C1', { role: a['computedRole'] });
    new NodejsFunction(scope, 'C2', { role: a['computedRole'] });
    new NodejsFunction(scope, 'T1', { role: this.res.lambdaRole });
    new NodejsFunction(scope, 'T2', { role: this.res.lambdaRole });
    const w = new Resources(scope, 'W');
    new NodejsFunction(scope, 'W1', { role: w.writtenRole });
    w.writtenRole = new Resources(scope, 'X').lambdaRole;
    new NodejsFunction(scope, 'W2', { role: w.writtenRole });
    new NodejsFunction(scope, 'G1', { role: w.getterRole });
    new NodejsFunction(scope, 'G2', { role: w.getterRole });
    new NodejsFunction(scope, 'O1', { role: w.assignedRole });
    Object.assign(w, { assignedRole: undefined });
    new NodejsFunction(scope, 'O2', { role: w.assignedRole });
    for (const id of ['a', 'b']) {
      const perIteration = new Resources(scope, id);
      new NodejsFunction(scope, id, { role: perIteration.lambdaRole });
    }
  }
}
class Other { get getterRole() { return undefined; } }
function helper(scope: any, id: string) {
  const own = new Resources(scope, id);
  new NodejsFunction(scope, id, { role: own.lambdaRole });
}
helper(this, 'H1');
helper(this, 'H2');`,
  },
  {
    name: 'imported roles: one function each, a different export each, and what the AWS packages export',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Role } from 'aws-cdk-lib/aws-iam';
import { ordersRole, reportsRole } from './roles';
import roles from './roles';
new lambda.Function(this, 'Orders', { runtime, handler: 'orders.handler', code, role: ordersRole });
new lambda.Function(this, 'Reports', { runtime, handler: 'reports.handler', code, role: reportsRole });
new lambda.Function(this, 'Jobs', { runtime, handler: 'jobs.handler', code, role: roles.jobs });
new lambda.Function(this, 'Audit', { runtime, handler: 'audit.handler', code, role: roles.audit });
for (const name of ['a', 'b']) new lambda.Function(this, name, { runtime, handler: 'i.handler', code, role: Role as never });`,
  },
  {
    name: 'Pulumi and SDK helpers given a different role by each call, or one the rule cannot resolve',
    code: `import * as aws from '@pulumi/aws';
import { LambdaClient, CreateFunctionCommand } from '@aws-sdk/client-lambda';
const ordersRole = new aws.iam.Role('orders-role', { assumeRolePolicy });
const reportsRole = new aws.iam.Role('reports-role', { assumeRolePolicy });
const createLambda = (name: string, roleArn: unknown) => new aws.lambda.Function(name, { role: roleArn, handler: 'index.handler' });
createLambda('orders', ordersRole.arn);
createLambda('reports', reportsRole.arn);
export const make = (name: string, roleArn: unknown) => createLambda(name, roleArn);
const lambda = new LambdaClient({});
const createFunction = (name: string, roleArn: string) => lambda.send(new CreateFunctionCommand({ FunctionName: name, Role: roleArn }));
await createFunction('a', 'arn:aws:iam::123456789012:role/a');
await createFunction('b', 'arn:aws:iam::123456789012:role/b');
await createFunction('c', await lookUpRole('c'));`,
  },
  {
    name: "CDK: a role that grants only logging (AWS's basic execution policy, logs statements), shared by functions that add nothing to it",
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
export class TextStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const execRole = new iam.Role(this, 'ExecRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    execRole.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole'));
    execRole.addToPolicy(new iam.PolicyStatement({ actions: ['logs:CreateLogGroup', 'logs:PutLogEvents'], resources: ['*'] }));
    const decode = new lambda.Function(this, 'Decode', { runtime, handler: 'decode.handler', code, role: execRole });
    new lambda.Function(this, 'Count', { runtime, handler: 'count.handler', code, role: execRole });
    for (const name of ['a', 'b']) new lambda.Function(this, name, { runtime, handler: 'i.handler', code, role: execRole });
    new tasks.LambdaInvoke(this, 'DecodeTask', { lambdaFunction: decode });
    new cdk.CfnOutput(this, 'Arn', { value: decode.functionArn });
  }
}`,
  },
  {
    name: 'Pulumi: a role that grants only logging (the basic and VPC execution policies, a RolePolicy of logs actions), shared',
    code: `import * as aws from '@pulumi/aws';
const role = new aws.iam.Role('lambda-role', {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
  managedPolicyArns: [aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole],
});
new aws.iam.RolePolicy('logs', {
  role: role.id,
  policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: 'arn:aws:logs:*:*:*' }] }),
});
new aws.iam.RolePolicyAttachment('vpc', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole' });
export const hello = new aws.lambda.CallbackFunction('hello', { role, callback: async () => 'hello' });
export const world = new aws.lambda.Function('world', { role: role.arn, handler: 'index.handler' });`,
  },
  {
    name: "Pulumi functions with a role each, and a local class named Function",
    code: `import * as aws from '@pulumi/aws';
import { Function } from './lambda';
const ordersRole = new aws.iam.Role('orders-role', { assumeRolePolicy });
const reportsRole = new aws.iam.Role('reports-role', { assumeRolePolicy });
export const orders = new aws.lambda.Function('orders', { role: ordersRole.arn, handler: 'index.handler', code });
export const reports = new aws.lambda.Function('reports', { role: reportsRole.arn, handler: 'index.handler', code });
export const a = new Function('a', { role: ordersRole.arn });`,
  },
  {
    name: 'a helper called once outside any loop, and one handed to map that makes its own role',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
const role = new iam.Role(this, 'R', { assumedBy });
const createOne = (name: string) => new NodejsFunction(this, name, { role });
createOne('orders');
const createOwn = (name: string) => new NodejsFunction(this, name, { role: new iam.Role(this, name + 'Role', { assumedBy }) });
['a', 'b'].map(createOwn);
[createOne].forEach((f) => f);
for (const name of ['x', 'y']) {
  const perName = new iam.Role(this, name, { assumedBy });
  const make = () => new NodejsFunction(this, name, { role: perName });
  make();
}`,
  },
  {
    name: 'a helper given the role that creates its function in one of two exclusive branches',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
function makeFn(scope: any, id: string, role: iam.IRole, docker: boolean) {
  if (docker) return new lambda.DockerImageFunction(scope, id, { code, role });
  return new lambda.Function(scope, id, { runtime, handler: 'h', code, role });
}
makeFn(this, 'Orders', new iam.Role(this, 'OrdersRole', { assumedBy }), false);
makeFn(this, 'Reports', new iam.Role(this, 'ReportsRole', { assumedBy }), true);`,
  },
  {
    name: 'a helper given a different role on each call',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
function createFn(scope: any, id: string, props: lambda.FunctionProps) {
  return new lambda.Function(scope, id, { ...props, runtime });
}
createFn(this, 'A', { role: new iam.Role(this, 'ARole', { assumedBy }), handler: 'a', code });
createFn(this, 'B', { role: new iam.Role(this, 'BRole', { assumedBy }), handler: 'b', code });
createFn(this, 'C', { handler: 'c', code });
createFn(this, 'D', { ...shared, handler: 'd', code });`,
  },
  {
    name: 'a helper that calls itself creates one function per outside call',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const shared = new iam.Role(this, 'S', { assumedBy });
const make = (n: number): lambda.Function => (n > 0 ? make(n - 1) : new lambda.Function(this, 'F', { runtime, handler: 'h', code, role: shared }));
make(3);`,
  },
  {
    name: 'functions built in test files are not the deployed ones',
    filename: 'src/__tests__/stack.spec.ts',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = new iam.Role(stack, 'R', { assumedBy });
new lambda.Function(stack, 'A', { runtime, handler: 'a.handler', code, role });
new lambda.Function(stack, 'B', { runtime, handler: 'b.handler', code, role });`,
  },
  {
    name: 'functions in exclusive branches of a guard clause (the first branch returns)',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
const role = new iam.Role(this, 'R', { assumedBy });
export function build(kind: string): lambda.IFunction {
  if (kind === 'docker') {
    return new lambda.DockerImageFunction(this, 'Fn', { code: lambda.DockerImageCode.fromImageAsset('x'), role });
  }
  return new NodejsFunction(this, 'Fn', { entry: 'x.ts', role });
}`,
  },
  {
    name: 'a helper called once',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
const role = new iam.Role(this, 'R', { assumedBy });
const once = (name: string) => new NodejsFunction(this, name, { entry: 'y.ts', role });
once('Only');`,
  },
  {
    name: 'a helper that makes a role per call, and one that is given the role',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
const role = new iam.Role(this, 'R', { assumedBy });
const withOwnRole = (name: string) => {
  const own = new iam.Role(this, \`\${name}Role\`, { assumedBy });
  return new NodejsFunction(this, name, { entry: 'z.ts', role: own });
};
withOwnRole('A');
withOwnRole('B');
const withGivenRole = (name: string, given: iam.IRole) => new NodejsFunction(this, name, { entry: 'w.ts', role: given });
withGivenRole('C', role);`,
  },
  {
    name: 'a helper called in exclusive branches',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
const role = new iam.Role(this, 'R', { assumedBy });
const either = (name: string) => new NodejsFunction(this, name, { entry: 'v.ts', role });
if (process.env.STAGE === 'prod') either('Prod');
else either('Dev');`,
  },
  {
    name: 'a factory that makes a new role per call, and an object member written twice',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
const role = new iam.Role(this, 'R', { assumedBy });
function newRole(id: string) { return new iam.Role(this, id, { assumedBy }); }
new NodejsFunction(this, 'D', { entry: 'd.ts', role: newRole('DRole') });
new NodejsFunction(this, 'E', { entry: 'e.ts', role: newRole('ERole') });
const roles = { api: new iam.Role(this, 'ApiRole', { assumedBy }) };
roles.api = new iam.Role(this, 'Other', { assumedBy });
new NodejsFunction(this, 'F', { entry: 'f.ts', role: roles.api });
new NodejsFunction(this, 'G', { entry: 'g.ts', role: roles.api });`,
  },
  {
    name: 'a role destructured from an object whose member is written again (also by Object.assign), or from a parameter',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
const roles = { api: new iam.Role(this, 'ApiRole', { assumedBy }) };
roles.api = new iam.Role(this, 'Other', { assumedBy });
const { api } = roles;
new NodejsFunction(this, 'F', { entry: 'f.ts', role: api });
const pool = { main: new iam.Role(this, 'Main', { assumedBy }) };
const { main } = pool;
Object.assign(pool, { main: new iam.Role(this, 'Replaced', { assumedBy }) });
new NodejsFunction(this, 'M1', { entry: 'm1.ts', role: main });
new NodejsFunction(this, 'M2', { entry: 'm2.ts', role: pool.main });
export function make(props: { roles: { api: iam.IRole } }) {
  const { api: given } = props.roles;
  new NodejsFunction(this, 'G', { entry: 'g.ts', role: given });
  new NodejsFunction(this, 'H', { entry: 'h.ts', role: roles.api });
}`,
  },
  {
    name: 'each function gets its own role',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const a = new iam.Role(this, 'ARole', { assumedBy });
const b = new iam.Role(this, 'BRole', { assumedBy });
new lambda.Function(this, 'A', { runtime, handler: 'a.handler', code, role: a });
new lambda.Function(this, 'B', { runtime, handler: 'b.handler', code, role: b });`,
  },
  {
    name: 'functions without role get a generated one',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
new lambda.Function(this, 'A', { runtime, handler: 'a.handler', code });
new lambda.Function(this, 'B', { runtime, handler: 'b.handler', code });
new lambda.Function(this, 'C', { runtime, handler: 'c.handler', code, role: undefined });`,
  },
  {
    name: 'one function per role',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = new iam.Role(this, 'FunctionsRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
new lambda.Function(this, 'A', { runtime, handler: 'a.handler', code, role });`,
  },
  {
    name: 'roles that cannot be resolved: an optional prop (left out, each function makes its own), an untyped one, a parameter property',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class Stack {
  constructor(scope: any, props: { role?: iam.IRole; other: any }, private readonly shared: iam.IRole) {
    new lambda.Function(scope, 'A', { runtime, handler: 'a', code, role: props.role });
    new lambda.Function(scope, 'B', { runtime, handler: 'b', code, role: props.role });
    new lambda.Function(scope, 'C', { runtime, handler: 'c', code, role: this.shared });
    new lambda.Function(scope, 'D', { runtime, handler: 'd', code, role: this.shared });
    new lambda.Function(scope, 'E', { runtime, handler: 'e', code, role: props.other });
    new lambda.Function(scope, 'F', { runtime, handler: 'f', code, role: props.other });
  }
}`,
  },
  {
    name: 'a reassigned variable is not one role',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
let role = new iam.Role(this, 'R1', { assumedBy });
new lambda.Function(this, 'A', { runtime, handler: 'a', code, role });
role = new iam.Role(this, 'R2', { assumedBy });
new lambda.Function(this, 'B', { runtime, handler: 'b', code, role });`,
  },
  {
    name: 'different ARNs, and imports whose ARN cannot be read',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const arn: string;
new lambda.Function(this, 'A', { runtime, handler: 'a', code, role: iam.Role.fromRoleArn(this, 'RA', 'arn:aws:iam::123456789012:role/app-lambda') });
new lambda.Function(this, 'B', { runtime, handler: 'b', code, role: iam.Role.fromRoleArn(this, 'RB', 'arn:aws:iam::123456789012:role/other-lambda') });
new lambda.Function(this, 'C', { runtime, handler: 'c', code, role: iam.Role.fromRoleArn(this, 'RC', arn) });
new lambda.Function(this, 'D', { runtime, handler: 'd', code, role: iam.Role.fromRoleArn(this, 'RD', arn) });`,
  },
  {
    name: 'the role also used by constructs that are not Lambda functions',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
const role = new iam.Role(this, 'FunctionsRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
new codebuild.Project(this, 'Build', { role });
new lambda.Function(this, 'A', { runtime, handler: 'a', code, role });`,
  },
  {
    name: 'local classes named like CDK ones',
    code: `class Role {}
class Function { constructor(...args: unknown[]) { void args; } }
const role = new Role();
new Function(this, 'A', { role });
new Function(this, 'B', { role });`,
  },
  {
    name: 'a role that is not an IAM role construct',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = { roleArn: 'x' };
const other = new Map();
new lambda.Function(this, 'A', { runtime, handler: 'a', code, role: role as any });
new lambda.Function(this, 'B', { runtime, handler: 'b', code, role: role as any });
new lambda.Function(this, 'C', { runtime, handler: 'c', code, role: other as any });
new lambda.Function(this, 'D', { runtime, handler: 'd', code, role: other as any });`,
  },
  {
    name: 'props that cannot be read',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = new iam.Role(this, 'FunctionsRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
declare const props: lambda.FunctionProps;
new lambda.Function(this, 'A', props);
new lambda.Function(this, 'B', { ...props, role });`,
  },
  {
    name: 'SDK calls with different roles or on another client',
    code: `import { CreateFunctionCommand } from '@aws-sdk/client-lambda';
import { IAM } from '@aws-sdk/client-iam';
new CreateFunctionCommand({ FunctionName: 'a', Role: 'arn:aws:iam::123456789012:role/app-lambda' });
new CreateFunctionCommand({ FunctionName: 'b', Role: 'arn:aws:iam::123456789012:role/other-lambda' });
const iam = new IAM({});
(iam as any).createFunction({ Role: 'arn:aws:iam::123456789012:role/app-lambda' });`,
  },
  {
    name: 'a loop that creates its role per iteration, and loops over roles',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const roles: iam.IRole[];
for (const name of ['a', 'b']) {
  const role = new iam.Role(this, name + 'Role', { assumedBy });
  new lambda.Function(this, name, { runtime, handler: 'h', code, role });
}
roles.forEach((role, i) => new lambda.Function(this, 'F' + i, { runtime, handler: 'h', code, role }));
for (const role of roles) new lambda.Function(this, 'G', { runtime, handler: 'h', code, role });`,
  },
  {
    name: 'fn.role of a function that is not a construct of this file',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const imported = lambda.Function.fromFunctionArn(this, 'I', 'arn:aws:lambda:us-east-1:123456789012:function:f');
new lambda.Function(this, 'A', { runtime, handler: 'a', code, role: imported.role });
new lambda.Function(this, 'B', { runtime, handler: 'b', code, role: imported.role });`,
  },
  {
    name: 'one role for functions in exclusive branches: only one of them is ever created',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = new iam.Role(this, 'R', { assumedBy });
let fn: lambda.IFunction;
if (props.docker) {
  fn = new lambda.DockerImageFunction(this, 'Fn', { code, role });
} else {
  fn = new lambda.Function(this, 'Fn', { code, handler, runtime, role });
}`,
  },
  {
    name: 'exclusive branches of a conditional and of a switch',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = iam.Role.fromRoleArn(this, 'R', props.roleArn);
const fn = props.arm ? new lambda.Function(this, 'A', { role }) : new lambda.Function(this, 'B', { role });
const CFN_ROLE = 'arn:aws:iam::123456789012:role/shared';
switch (props.kind) {
  case 'zip':
    new lambda.CfnFunction(this, 'C', { role: CFN_ROLE, code });
    break;
  default:
    new lambda.CfnFunction(this, 'D', { role: CFN_ROLE, code });
}`,
  },
  {
    name: 'two ifs of one block whose tests are a flag and its negation (or === and !==): one function is made',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = new iam.Role(this, 'R', { assumedBy });
if (props.useDocker) {
  new lambda.DockerImageFunction(this, 'Docker', { code, role });
}
if (!props.useDocker) {
  new lambda.Function(this, 'Zip', { code, handler, runtime, role });
}
if (props.kind === 'arm') new lambda.Function(this, 'Arm', { code, handler, runtime, role: iam.Role.fromRoleName(this, 'I1', 'exec') });
if (props.kind !== 'arm') new lambda.Function(this, 'X86', { code, handler, runtime, role: iam.Role.fromRoleName(this, 'I2', 'exec') });`,
  },
  {
    name: 'this.role written by a method called twice, or by one not called from the constructor, is not one role',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class Stack {
  role?: iam.Role;
  other?: iam.Role;
  constructor() {
    this.makeRole();
    new lambda.Function(this, 'A', { runtime, handler: 'a', code, role: this.role });
    this.makeRole();
    new lambda.Function(this, 'B', { runtime, handler: 'b', code, role: this.role });
    new lambda.Function(this, 'C', { runtime, handler: 'c', code, role: this.other });
    new lambda.Function(this, 'D', { runtime, handler: 'd', code, role: this.other });
  }
  private makeRole(): void {
    this.role = new iam.Role(this, 'R', { assumedBy });
  }
  refresh(): void {
    this.other = new iam.Role(this, 'O', { assumedBy });
  }
}`,
  },
  {
    name: 'this.role written twice, or only in a branch, is not one role',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class Stack {
  role: iam.Role = new iam.Role(this, 'First', { assumedBy });
  other?: iam.Role;
  constructor(flag: boolean) {
    new lambda.Function(this, 'A', { runtime, handler: 'a', code, role: this.role });
    this.role = new iam.Role(this, 'Second', { assumedBy });
    new lambda.Function(this, 'B', { runtime, handler: 'b', code, role: this.role });
    if (flag) this.other = new iam.Role(this, 'Third', { assumedBy });
    new lambda.Function(this, 'C', { runtime, handler: 'c', code, role: this.other });
    new lambda.Function(this, 'D', { runtime, handler: 'd', code, role: this.other });
  }
}`,
  },
  {
    name: 'construct classes of the file: one that makes its own role, one whose functions are exclusive, one whose role is not read',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
class OwnRole extends NodejsFunction {
  constructor(scope: Construct, id: string, props: NodejsFunctionProps) {
    super(scope, id, { ...props, role: new iam.Role(scope, id + 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }) });
  }
}
class Either extends Construct {
  constructor(scope: Construct, id: string, props: { role: iam.IRole; docker: boolean }) {
    super(scope, id);
    if (props.docker) new lambda.DockerImageFunction(this, 'Image', { code: lambda.DockerImageCode.fromImageAsset('w'), role: props.role });
    else new NodejsFunction(this, 'Node', { entry: 'w.ts', role: props.role });
  }
}
class Unread extends Construct {
  constructor(scope: Construct, id: string, props: { roles: iam.IRole[] }) {
    super(scope, id);
    new NodejsFunction(this, 'Fn', { entry: 'u.ts', role: props.roles[0] });
  }
}
export function build(scope: Construct) {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  new OwnRole(scope, 'A', { entry: 'a.ts', role });
  new OwnRole(scope, 'B', { entry: 'b.ts', role });
  new Either(scope, 'E', { role, docker: true });
  new Unread(scope, 'U1', { roles: [role] });
  new Unread(scope, 'U2', { roles: [role] });
}`,
  },
  {
    name: 'one role name in two accounts is not joined to its fromRoleName; an ARN built from tokens is not read',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const a = iam.Role.fromRoleArn(this, 'A1', 'arn:aws:iam::111111111111:role/app');
const b = iam.Role.fromRoleArn(this, 'B1', 'arn:aws:iam::222222222222:role/app');
new lambda.Function(this, 'A', { runtime, handler: 'a', code, role: a });
new lambda.Function(this, 'B', { runtime, handler: 'b', code, role: b });
new lambda.Function(this, 'C', { runtime, handler: 'c', code, role: iam.Role.fromRoleName(this, 'C1', 'app') });
const t = iam.Role.fromRoleArn(this, 'T1', \`arn:aws:iam::\${this.account}:role/jobs\`);
new lambda.Function(this, 'T', { runtime, handler: 't', code, role: t });
new lambda.Function(this, 'U', { runtime, handler: 'u', code, role: iam.Role.fromRoleName(this, 'U1', 'jobs') });`,
  },
  {
    name: 'roles imported by an ARN bound per call or per iteration (a helper parameter, a loop variable, a const in the loop), read by another call, or held by a member written later or by another class',
    code: `import { Fn, Stack } from 'aws-cdk-lib';
import { Role } from 'aws-cdk-lib/aws-iam';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
export class PerCallStack extends Stack {
  roleArn = 'x';
  constructor(scope: Stack, id: string, props: { stages: string[]; arns: string[] }) {
    super(scope, id);
    this.withArn('A', Fn.importValue('a-role'));
    this.withArn('B', Fn.importValue('b-role'));
    for (const arn of props.arns) new LambdaFunction(this, arn, { role: Role.fromRoleArn(this, \`\${arn}R\`, arn) });
    props.arns.forEach((arn) => new LambdaFunction(this, arn, { role: Role.fromRoleArn(this, \`\${arn}R\`, arn) }));
    for (const stage of props.stages) {
      const arn = Fn.importValue(\`\${stage}-role\`);
      new LambdaFunction(this, stage, { role: Role.fromRoleArn(this, \`\${stage}R\`, arn) });
    }
    this.fromSsm('C');
    this.fromSsm('D');
    this.fromField('E');
    this.fromField('F');
    let reassigned = Fn.importValue('r');
    new LambdaFunction(this, 'G', { role: Role.fromRoleArn(this, 'GR', reassigned) });
    reassigned = Fn.importValue('s');
    new LambdaFunction(this, 'H', { role: Role.fromRoleArn(this, 'HR', reassigned) });
  }
  private withArn(id: string, arn: string): LambdaFunction {
    return new LambdaFunction(this, id, { role: Role.fromRoleArn(this, \`\${id}Role\`, arn) });
  }
  private fromSsm(id: string): LambdaFunction {
    return new LambdaFunction(this, id, { role: Role.fromRoleArn(this, \`\${id}Role\`, ssm.StringParameter.valueForStringParameter(this, \`/\${id}/role\`)) });
  }
  private fromField(id: string): LambdaFunction {
    return new LambdaFunction(this, id, { role: Role.fromRoleArn(this, \`\${id}Role\`, this.roleArn) });
  }
  rotate(): void {
    this.roleArn = 'y';
  }
}
class One extends Stack {
  private readonly arn = Fn.importValue('one');
  build(): void { new LambdaFunction(this, 'One', { role: Role.fromRoleArn(this, 'OneR', this.arn) }); }
}
class Two extends Stack {
  private readonly arn = Fn.importValue('two');
  build(): void { new LambdaFunction(this, 'Two', { role: Role.fromRoleArn(this, 'TwoR', this.arn) }); }
}
function plain(scope: Stack, id: string) {
  return new LambdaFunction(scope, id, { role: Role.fromRoleArn(scope, \`\${id}R\`, this.arn) });
}
plain(stack, 'P');
plain(stack, 'Q');`,
  },
];

const tsInvalid: Invalid[] = [
  {
    name: "SST: v2's Function (sst/constructs) and v3's sst.aws.Function given one role",
    code: `import { Function, type StackContext } from 'sst/constructs';
import * as iam from 'aws-cdk-lib/aws-iam';
export function API({ stack }: StackContext) {
  const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  new Function(stack, 'Orders', { handler: 'src/orders.handler', role });
  new Function(stack, 'Reports', { handler: 'src/reports.handler', role });
  new Function(stack, 'Own', { handler: 'src/own.handler' });
}
export async function run(shared: { arn: string }) {
  new sst.aws.Function('A', { handler: 'a.handler', role: shared.arn });
  new sst.aws.Function('B', { handler: 'b.handler', role: shared.arn });
}`,
    errors: [
      { messageId: 'sharedRole', data: { name: "'Reports'", role: 'role', first: "'Orders'" }, line: 6, column: 68, endLine: 6, endColumn: 72 },
      { messageId: 'sharedRole', data: { name: "'B'", role: 'shared.arn', first: "'A'" }, line: 11, column: 59, endLine: 11, endColumn: 69 },
    ],
  },
  {
    name: 'CfnFunction roles given one ARN built from tokens (a const, or the same template twice) share it; ARNs per loop element or from another call do not',
    code: `import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { getAccount } from './account';
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const code = { zipFile: 'x' };
    const arn = \`arn:aws:iam::\${cdk.Aws.ACCOUNT_ID}:role/worker\`;
    new lambda.CfnFunction(this, 'A', { role: arn, code });
    new lambda.CfnFunction(this, 'B', { role: arn, code });
    new lambda.CfnFunction(this, 'C', { role: \`arn:aws:iam::\${cdk.Aws.ACCOUNT_ID}:role/api\`, code });
    new lambda.CfnFunction(this, 'D', { role: \`arn:aws:iam::\${cdk.Aws.ACCOUNT_ID}:role/api\`, code });
    new lambda.CfnFunction(this, 'E', { role: \`arn:aws:iam::\${getAccount()}:role/x\`, code });
    new lambda.CfnFunction(this, 'F', { role: \`arn:aws:iam::\${getAccount()}:role/x\`, code });
    for (const n of ['g', 'h']) new lambda.CfnFunction(this, n, { role: \`arn:aws:iam::\${cdk.Aws.ACCOUNT_ID}:role/\${n}\`, code });
  }
}`,
    errors: [
      { messageId: 'sharedRole', data: { name: "'B'", role: 'arn', first: "'A'" }, line: 10, column: 47, endLine: 10, endColumn: 50 },
      {
        messageId: 'sharedRole',
        data: { name: "'D'", role: '`arn:aws:iam::${cdk.Aws.ACCOUNT_ID}:role/api`', first: "'C'" },
        line: 12,
        column: 47,
        endLine: 12,
        endColumn: 92,
      },
    ],
  },
  {
    name: 'a loop over a table destructuring the role, or over a list of one role twice: the loop shares it; rows of two roles do not',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const base = { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler' };
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const shared = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const other = new iam.Role(this, 'O', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const configs = [{ name: 'a', role: shared }, { name: 'b', role: shared }];
    configs.forEach(({ name, role }) => new lambda.Function(this, name, { ...base, code: lambda.Code.fromAsset(name), role }));
    for (const role of [shared, shared]) new lambda.Function(this, role.node.id, { ...base, code: lambda.Code.fromAsset('x'), role });
    const own = [{ name: 'c', role: shared }, { name: 'd', role: other }];
    for (const { name, role } of own) new lambda.Function(this, name, { ...base, code: lambda.Code.fromAsset(name), role });
  }
}`,
    errors: [
      { messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 11, column: 119, endLine: 11, endColumn: 123 },
      { messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 12, column: 127, endLine: 12, endColumn: 131 },
    ],
  },
  {
    name: 'props spread from a local function that returns an object literal (called there or bound to a name): the role it names is read; one it creates is per call',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const shared = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const fnProps = (entry: string) => ({ runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset(entry), role: shared });
    new lambda.Function(this, 'A', { ...fnProps('a'), memorySize: 256 });
    const b = fnProps('b');
    new lambda.Function(this, 'B', { ...b, memorySize: 512 });
    const own = (entry: string) => ({ runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset(entry), role: new iam.Role(this, \`\${entry}R\`, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }) });
    new lambda.Function(this, 'C', { ...own('c'), memorySize: 256 });
    new lambda.Function(this, 'D', { ...own('d') });
  }
}`,
    errors: [{ messageId: 'sharedRole', data: { name: "'B'", role: 'shared', first: "'A'" }, line: 11, column: 9, endLine: 11, endColumn: 24 }],
  },
  {
    name: 'props a local function returns with the role its caller gives: each call\'s role is read (the same one twice is shared, two roles are not)',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const other = new iam.Role(this, 'Other', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const fnProps = (dir: string, r: iam.IRole): lambda.FunctionProps => ({ runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset(dir), role: r });
    new lambda.Function(this, 'A', fnProps('a', role));
    new lambda.Function(this, 'B', fnProps('b', role));
    new lambda.Function(this, 'C', fnProps('c', other));
  }
}`,
    errors: [{ messageId: 'sharedRole', data: { name: "'B'", role: 'role', first: "'A'" }, line: 11, column: 49, endLine: 11, endColumn: 53 }],
  },
  {
    name: 'a helper that always creates two functions inside push calls, ids from its parameter: told apart by their lines',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const base = { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('x') };
export class S extends cdk.Stack {
  readonly fns: lambda.Function[] = [];
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const pair = (name: string, r: iam.IRole): void => {
      this.fns.push(new lambda.Function(this, \`\${name}Reader\`, { ...base, role: r }));
      this.fns.push(new lambda.Function(this, \`\${name}Writer\`, { ...base, role: r }) as lambda.Function);
    };
    pair('orders', role);
  }
}`,
    errors: [
      { messageId: 'sharedRole', data: { name: 'on line 12', role: 'role', first: 'on line 11' }, line: 14, column: 20, endLine: 14, endColumn: 24 },
    ],
  },
  {
    name: 'props a local function makes, bound to a name first: the role it names is read',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const base = { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler' };
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const shared = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const fnProps = (entry: string) => ({ ...base, code: lambda.Code.fromAsset(entry), role: shared });
    const e = fnProps('e');
    new lambda.Function(this, 'E', e);
    new lambda.Function(this, 'F', fnProps('f'));
  }
}`,
    errors: [{ messageId: 'sharedRole', data: { name: "'F'", role: 'shared', first: "'E'" }, line: 12, column: 9, endLine: 12, endColumn: 24 }],
  },
  {
    name: 'grouped case labels count every element they match; a case after one that ends in break is read on its own',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const base = { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('x') };
const mk = (s: cdk.Stack, id: string) => new iam.Role(s, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const r1 = mk(this, 'R1');
    for (const name of ['orders', 'users', 'admin']) switch (name) { case 'orders': case 'users': new lambda.Function(this, name, { ...base, role: r1 }); break; }
    const r2 = mk(this, 'R2');
    for (const name of ['orders', 'users', 'admin']) switch (name) { case 'orders': new lambda.Function(this, name, { ...base, role: r2 }); break; case 'users': new lambda.Function(this, name, { ...base, role: mk(this, name) }); break; case 'admin': break; }
  }
}`,
    errors: [{ messageId: 'sharedRoleInLoop', data: { role: 'r1' }, line: 10, column: 148, endLine: 10, endColumn: 150 }],
  },
  {
    name: 'props made by a function of the file that returns an object literal: a role it names is read (a role it creates is one per call)',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const base = { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler' };
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const shared = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const fnProps = (entry: string) => ({ ...base, code: lambda.Code.fromAsset(entry), role: shared });
    new lambda.Function(this, 'A', fnProps('a'));
    new lambda.Function(this, 'B', fnProps('b'));
    const ownProps = (entry: string) => ({ ...base, code: lambda.Code.fromAsset(entry), role: new iam.Role(this, entry, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }) });
    new lambda.Function(this, 'C', ownProps('c'));
    new lambda.Function(this, 'D', ownProps('d'));
  }
}`,
    errors: [{ messageId: 'sharedRole', data: { name: "'B'", role: 'shared', first: "'A'" }, line: 11, column: 9, endLine: 11, endColumn: 24 }],
  },
  {
    name: 'an inner loop that takes a branch once, inside an outer loop over three stages, and a continue guard two elements pass: both loops share the role',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const entry = 'src/x.ts';
    for (const stage of ['dev', 'staging', 'prod'])
      for (const name of ['orders', 'admin'])
        if (name === 'admin') new NodejsFunction(this, \`\${stage}-\${name}\`, { entry, role });
    for (const name of ['i', 'j', 'k']) { if (name === 'k') continue; new NodejsFunction(this, name, { entry, role }); }
  }
}`,
    errors: [
      { messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 11, column: 85, endLine: 11, endColumn: 89 },
      { messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 12, column: 111, endLine: 12, endColumn: 115 },
    ],
  },
  {
    name: 'a helper that always creates two functions with the role it is given, and a loop over a table whose rows hold one role',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
const base = { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler' };
function createPair(scope: Construct, role: iam.IRole) {
  new lambda.Function(scope, 'A', { ...base, code: lambda.Code.fromAsset('a'), role });
  new lambda.Function(scope, 'B', { ...base, code: lambda.Code.fromAsset('b'), role });
}
export class S1 extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    createPair(this, role);
  }
}
export class S2 extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const shared = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const configs = [{ name: 'a', role: shared }, { name: 'b', role: shared }];
    configs.forEach((c) => new lambda.Function(this, c.name, { ...base, code: lambda.Code.fromAsset(c.name), role: c.role }));
  }
}`,
    errors: [
      { messageId: 'sharedRole', data: { name: "'B'", role: 'role', first: "'A'" }, line: 14, column: 22, endLine: 14, endColumn: 26 },
      { messageId: 'sharedRoleInLoop', data: { role: 'c.role' }, line: 22, column: 116, endLine: 22, endColumn: 122 },
    ],
  },
  {
    name: 'a loop branch on the loop variable: the branch two elements take shares its role, the one one element takes does not',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class T extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    const adminRole = new iam.Role(this, 'AR', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    for (const name of ['a', 'b', 'admin']) {
      if (name === 'admin') {
        new lambda.Function(this, name, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'x.handler', code: lambda.Code.fromAsset(name), role: adminRole });
      } else {
        new lambda.Function(this, name, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'x.handler', code: lambda.Code.fromAsset(name), role });
      }
    }
  }
}`,
    errors: [{ messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 13, column: 137, endLine: 13, endColumn: 141 }],
  },
  {
    name: 'a helper called directly and handed to an iteration over one element: two calls',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
export function stack(scope: any, code: lambda.Code) {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const make = (name: string) => new lambda.Function(scope, name, { role, code, handler: 'i.h', runtime: lambda.Runtime.NODEJS_20_X });
  make('solo');
  Array.from(['api'], make);
}`,
    errors: [
      { messageId: 'sharedRoleInHelper', data: { helper: 'make', role: 'role', count: '2' }, line: 5, column: 69, endLine: 5, endColumn: 73 },
    ],
  },
  {
    name: 'a helper handed to Array.from as its map function creates a function per element with the role made outside',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
export function stack(scope: any, code: lambda.Code, names: string[]) {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const make = (name: string) => new lambda.Function(scope, name, { role, code, handler: 'i.h', runtime: lambda.Runtime.NODEJS_20_X });
  Array.from(names, make);
}`,
    errors: [{ messageId: 'sharedRoleInHelperLoop', data: { helper: 'make', role: 'role' }, line: 5, column: 69, endLine: 5, endColumn: 73 }],
  },
  {
    name: 'functions made by the map function of Array.from (a list, or an array-like of a length) share the role',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
export function stack(scope: any, code: lambda.Code, names: string[]) {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const runtime = lambda.Runtime.NODEJS_20_X;
  Array.from({ length: 3 }, (_, i) => new lambda.Function(scope, \`F\${i}\`, { role, code, handler: 'i.h', runtime }));
  Array.from(names, (name) => new lambda.Function(scope, name, { role, code, handler: 'i.h', runtime }));
}`,
    errors: [
      { messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 6, column: 77, endLine: 6, endColumn: 81 },
      { messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 7, column: 66, endLine: 7, endColumn: 70 },
    ],
  },
  {
    name: 'SingletonFunctions of one uuid but another lambdaPurpose on each pass are other functions',
    code: `import { Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
export class Jobs extends Stack {
  constructor(scope: any, id: string) {
    super(scope, id);
    const role = new iam.Role(this, 'JobRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    for (const job of ['export', 'import']) {
      new lambda.SingletonFunction(this, \`Job-\${job}\`, {
        uuid: 'f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc',
        lambdaPurpose: \`Job\${job}\`,
        role,
        runtime: lambda.Runtime.NODEJS_20_X,
        handler: \`\${job}.handler\`,
        code: lambda.Code.fromAsset('jobs'),
      });
    }
  }
}`,
    output: null,
    errors: [{ messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 12, column: 9, endLine: 12, endColumn: 13 }],
  },
  {
    name: 'a SingletonFunction a helper makes in the stack it is given, called for a stack per region, is one per stack',
    code: `import { App, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';

function addCleanup(stack: Stack, role: iam.IRole) {
  return new lambda.SingletonFunction(stack, 'Cleanup', {
    uuid: '3a6c5b2e-8f1d-4c7a-9e0b-2d4f6a8c1e3b',
    role,
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromAsset('cleanup'),
  });
}

const app = new App();
const role = iam.Role.fromRoleArn(new Stack(app, 'Shared'), 'Role', 'arn:aws:iam::123456789012:role/cleanup');
for (const region of ['us-east-1', 'eu-west-1']) {
  const stack = new Stack(app, \`Cleanup-\${region}\`, { env: { region } });
  addCleanup(stack, role);
}`,
    output: null,
    errors: [{ messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 19, column: 21, endLine: 19, endColumn: 25 }],
  },
  {
    name: 'props passed on with a spread and another key (`{ ...props, memory: 512 }`) carry the role they hold',
    code: `import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
interface P { role: iam.IRole; memory?: number }
export class S extends Stack {
  constructor(scope: any, id: string, routes: string[]) {
    super(scope, id);
    const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    for (const r of routes) this.addMethod(r, { role });
  }
  addMethod(r: string, props: P) { this.createLambda(r, { ...props, memory: 512 }); }
  createLambda(id: string, props: P) {
    return new lambda.Function(this, id, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline(''), role: props.role });
  }
}`,
    output: null,
    errors: [{ messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 9, column: 49, endLine: 9, endColumn: 53 }],
  },
  {
    name: 'a role passed on as it is through two helpers of the class, called in a loop (as with one helper)',
    code: `import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
export class Api extends Construct {
  public lambdaBaseRole: Role;
  constructor(scope: Construct, id: string, routes: { name: string }[]) {
    super(scope, id);
    this.lambdaBaseRole = new Role(this, 'Base', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    routes.forEach((route) => {
      this.addMethod(route, this.lambdaBaseRole);
    });
  }
  private addMethod(route: { name: string }, role: Role): void {
    this.createLambda(\`B_\${route.name}\`, role);
  }
  private createLambda(id: string, role: Role): NodejsFunction {
    return new NodejsFunction(this, id, { role, entry: 'src/x.ts', handler: 'handler' });
  }
}`,
    output: null,
    errors: [
      { messageId: 'sharedRoleInLoop', data: { role: 'this.lambdaBaseRole' }, line: 10, column: 29, endLine: 10, endColumn: 48 },
    ],
  },
  {
    name: "a role passed on through helpers: two calls two helpers out, and a loop three helpers out in a helper's own array callback",
    code: `import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
export class Api extends Construct {
  constructor(scope: Construct, id: string, names: string[]) {
    super(scope, id);
    const shared = new Role(this, 'Base', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.addMethod('GetCase', shared);
    this.addMethod('PutCase', shared);
    this.addAll(names, shared);
  }
  private addAll(names: string[], role: Role): void {
    names.forEach((name) => this.addMethod(name, role));
  }
  private addMethod(name: string, role: Role): void {
    this.createLambda(name, role);
  }
  private createLambda(id: string, role: Role): NodejsFunction {
    return new NodejsFunction(this, id, { role, entry: 'src/x.ts' });
  }
}`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'PutCase'", role: 'shared', first: "'GetCase'" }, line: 9, column: 31, endLine: 9, endColumn: 37 },
      { messageId: 'sharedRoleInLoop', data: { role: 'shared' }, line: 13, column: 50, endLine: 13, endColumn: 54 },
    ],
  },
  {
    name: 'props passed on whole through three helpers (function declarations): the role each outside call puts in them',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = new iam.Role(this, 'R', { assumedBy });
function makeFn(scope: any, id: string, props: lambda.FunctionProps) {
  return new lambda.Function(scope, id, { ...props, runtime });
}
function addRoute(scope: any, id: string, props: lambda.FunctionProps) {
  return makeFn(scope, id, props);
}
function addApi(scope: any, name: string, props: lambda.FunctionProps) {
  return addRoute(scope, name, props);
}
addApi(this, 'Orders', { role, handler: 'a', code });
addApi(this, 'Reports', { role, handler: 'b', code });`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'Reports'", role: 'role', first: "'Orders'" }, line: 14, column: 27, endLine: 14, endColumn: 31 },
    ],
  },
  {
    name: 'a role the props must hold (typed as required, IRole or Role) of a construct the file never makes: one role for its functions',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
export interface ComputeProps { readonly lambdaRole: iam.IRole }
export class ComputeStack {
  constructor(scope: any, id: string, props: ComputeProps) {
    new NodejsFunction(this, 'CreateOrder', { entry: 'src/create.ts', role: props.lambdaRole });
    new NodejsFunction(this, 'DeleteOrder', { entry: 'src/delete.ts', role: props.lambdaRole });
    const { lambdaRole } = props;
    new NodejsFunction(this, 'ListOrders', { entry: 'src/list.ts', role: lambdaRole });
  }
}`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'DeleteOrder'", role: 'props.lambdaRole', first: "'CreateOrder'" }, line: 7, column: 77, endLine: 7, endColumn: 93 },
      { messageId: 'sharedRole', data: { name: "'ListOrders'", role: 'lambdaRole', first: "'CreateOrder'" }, line: 9, column: 74, endLine: 9, endColumn: 84 },
    ],
  },
  {
    name: "a class constructor passing its props' role on to a method that creates the function: named by instance and id",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
class Service extends Construct {
  constructor(scope: Construct, id: string, props: { role: iam.IRole }) {
    super(scope, id);
    this.addHandler('Handler', props.role);
  }
  addHandler(name: string, role: iam.IRole) {
    new NodejsFunction(this, name, { entry: 'x.ts', role });
  }
}
const role = new iam.Role(this, 'R', { assumedBy });
new Service(this, 'Orders', { role });
new Service(this, 'Reports', { role });`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'Reports/Handler'", role: 'role', first: "'Orders/Handler'" }, line: 15, column: 32, endLine: 15, endColumn: 36 },
    ],
  },
  {
    name: 'roles imported by one ARN or name that is not a string: Fn.importValue of a constant in a helper, the props\' ARN twice, this.roleArn in a helper, a parameter\'s value in a loop',
    code: `import { CfnParameter, Fn, Stack } from 'aws-cdk-lib';
import { Role } from 'aws-cdk-lib/aws-iam';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
const EXPORT = 'ride-LambdaExecutionRoleArn';
export class ServicesStack extends Stack {
  private readonly roleArn: string;
  constructor(scope: Stack, id: string, props: { roleArn: string; names: string[] }) {
    super(scope, id);
    this.roleArn = props.roleArn;
    this.createLambda('Rides');
    this.createLambda('Payments');
    new LambdaFunction(this, 'A', { runtime, handler: 'a', code, role: Role.fromRoleArn(this, 'RA', props.roleArn) });
    new LambdaFunction(this, 'B', { runtime, handler: 'b', code, role: Role.fromRoleArn(this, 'RB', props.roleArn) });
    const make = (name: string) => new LambdaFunction(this, name, { runtime, handler: 'h', code, role: Role.fromRoleArn(this, \`\${name}R\`, this.roleArn) });
    make('C');
    make('D');
    const param = new CfnParameter(this, 'RoleArn');
    for (const name of props.names) {
      new LambdaFunction(this, name, { runtime, handler: 'h', code, role: Role.fromRoleName(this, \`\${name}R\`, param.valueAsString) });
    }
  }
  private createLambda(id: string): LambdaFunction {
    return new LambdaFunction(this, id, { runtime: Runtime.NODEJS_20_X, handler: 'index.handler', code: Code.fromAsset(id), role: Role.fromRoleArn(this, \`\${id}Role\`, Fn.importValue(EXPORT)) });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'B'", role: 'props.roleArn', first: "'A'" },
        line: 13,
        column: 72,
        endLine: 13,
        endColumn: 115,
      },
      {
        messageId: 'sharedRoleInHelper',
        data: { helper: 'make', role: 'this.roleArn', count: '2' },
        line: 14,
        column: 104,
        endLine: 14,
        endColumn: 152,
      },
      {
        messageId: 'sharedRoleInLoop',
        data: { role: 'param.valueAsString' },
        line: 19,
        column: 75,
        endLine: 19,
        endColumn: 131,
      },
      {
        messageId: 'sharedRoleInHelper',
        data: { helper: 'this.createLambda', role: 'Fn.importValue(EXPORT)', count: '2' },
        line: 23,
        column: 131,
        endLine: 23,
        endColumn: 190,
      },
    ],
  },
  {
    name: 'one member of one const construct (from another module, or a class of the file) is one role: in a loop, twice (through as), twice in one helper call',
    code: `import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Resources } from './resources';
class Local {
  role2: any;
  constructor(scope: any) { this.role2 = new Resources(scope, 'R').lambdaRole; }
}
export class Stack {
  constructor(scope: any) {
    const shared = new Resources(scope, 'Shared');
    for (const id of ['a', 'b']) new NodejsFunction(scope, id, { role: shared.lambdaRole });
    const local = new Local(scope);
    new lambda.Function(scope, 'A', { role: local.role2 });
    new lambda.Function(scope, 'B', { role: (local.role2 as any) });
  }
}
function helper(scope: any, id: string) {
  const own = new Resources(scope, id);
  new NodejsFunction(scope, \`\${id}1\`, { role: own.lambdaRole });
  new NodejsFunction(scope, \`\${id}2\`, { role: own.lambdaRole });
}
helper(this, 'H1');
helper(this, 'H2');`,
    output: null,
    errors: [
      {
        messageId: 'sharedRoleInLoop',
        data: { role: 'shared.lambdaRole' },
        line: 11,
        column: 72,
        endLine: 11,
        endColumn: 89,
      },
      {
        messageId: 'sharedRole',
        data: { name: "'B'", role: 'local.role2', first: "'A'" },
        line: 14,
        column: 46,
        endLine: 14,
        endColumn: 64,
      },
      {
        messageId: 'sharedRole',
        data: { name: 'on line 20', role: 'own.lambdaRole', first: 'on line 19' },
        line: 20,
        column: 47,
        endLine: 20,
        endColumn: 61,
      },
    ],
  },
  {
    name: "a function's role borrowed (a.role) is its role whatever its props say, even unreadable ones",
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
export function build(scope: any, props: lambda.FunctionProps) {
  const a = new lambda.Function(scope, 'A', props);
  new lambda.Function(scope, 'B', { ...props, role: a.role! });
}`,
    errors: [
      { messageId: 'sharedRole', data: { name: "'B'", role: 'a.role', first: "'A'" }, line: 4, column: 53, endLine: 4, endColumn: 60 },
    ],
  },
  {
    name: 'a switch case that falls through creates its function and the next case\'s: not exclusive (a case that breaks is)',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
export function build(scope: any, kind: string) {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  switch (kind) {
    case 'full':
      new NodejsFunction(scope, 'Admin', { entry: 'admin.ts', role });
    // falls through
    case 'basic':
      new NodejsFunction(scope, 'Public', { entry: 'public.ts', role });
      break;
    default:
      new NodejsFunction(scope, 'Other', { entry: 'other.ts', role });
  }
}`,
    errors: [
      { messageId: 'sharedRole', data: { name: "'Public'", role: 'role', first: "'Admin'" }, line: 10, column: 65, endLine: 10, endColumn: 69 },
    ],
  },
  {
    name: 'helpers that hand their props parameter to the construct as it is: the role is what each call puts in the props',
    code: `import { NodejsFunction, NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
function makeFn(scope: Construct, id: string, props: NodejsFunctionProps) {
  return new NodejsFunction(scope, id, props);
}
export class Api extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    makeFn(this, 'A', { entry: 'a.ts', role });
    makeFn(this, 'B', { entry: 'b.ts', role });
    this.createFn('C', { entry: 'c.ts', role });
    makeFn(this, 'D', { entry: 'd.ts' });
  }
  createFn(id: string, props: NodejsFunctionProps) {
    return new NodejsFunction(this, id, props);
  }
}`,
    errors: [
      { messageId: 'sharedRole', data: { name: "'B'", role: 'role', first: "'A'" }, line: 12, column: 40, endLine: 12, endColumn: 44 },
      { messageId: 'sharedRole', data: { name: "'C'", role: 'role', first: "'A'" }, line: 13, column: 41, endLine: 13, endColumn: 45 },
    ],
  },
  {
    name: 'SingletonFunctions of one uuid are one function (CDK makes one per stack); another uuid is another function',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
export function build(scope: any, code: lambda.Code) {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  new lambda.SingletonFunction(scope, 'A', { uuid: 'f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc', runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code, role });
  new lambda.SingletonFunction(scope, 'B', { uuid: 'f7d4f730-4ee1-11e8-9c2d-fa7ae01bbebc', runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code, role });
  new lambda.SingletonFunction(scope, 'C', { uuid: '0b5e2a52-0000-4000-8000-000000000000', runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code, role });
}`,
    errors: [
      { messageId: 'sharedRole', data: { name: "'C'", role: 'role', first: "'A'" }, line: 7, column: 161, endLine: 7, endColumn: 165 },
    ],
  },
  {
    name: 'a role imported from another module, given to two functions and to every function of a loop',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import { sharedRole } from './roles';
new lambda.Function(this, 'Orders', { runtime, handler: 'orders.handler', code, role: sharedRole });
new lambda.Function(this, 'Reports', { runtime, handler: 'reports.handler', code, role: sharedRole });
for (const name of ['a', 'b']) {
  new lambda.Function(this, name, { runtime, handler: \`\${name}.handler\`, code, role: sharedRole });
}`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'Reports'", role: 'sharedRole', first: "'Orders'" }, line: 4, column: 89, endLine: 4, endColumn: 99 },
      { messageId: 'sharedRoleInLoop', data: { role: 'sharedRole' }, line: 6, column: 86, endLine: 6, endColumn: 96 },
    ],
  },
  {
    name: 'a role of a namespace import, and Pulumi functions given an imported role\'s ARN in a loop',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as aws from '@pulumi/aws';
import * as roles from '../shared/roles';
['a', 'b'].forEach((name) => new lambda.Function(this, name, { runtime, handler: 'i.handler', code, role: roles.lambda }));
for (const name of ['c', 'd']) new aws.lambda.Function(name, { role: roles.pulumiRole.arn, handler: 'i.handler', code });`,
    output: null,
    errors: [
      { messageId: 'sharedRoleInLoop', data: { role: 'roles.lambda' }, line: 4, column: 107, endLine: 4, endColumn: 119 },
      { messageId: 'sharedRoleInLoop', data: { role: 'roles.pulumiRole.arn' }, line: 5, column: 70, endLine: 5, endColumn: 90 },
    ],
  },
  {
    name: 'Role.fromRoleArn of one imported ARN, in two places',
    code: `import { aws_iam as iam, aws_lambda as lambda } from 'aws-cdk-lib';
import { config } from './config';
new lambda.Function(this, 'A', { runtime, handler: 'a.handler', code, role: iam.Role.fromRoleArn(this, 'RA', config.roleArn) });
new lambda.Function(this, 'B', { runtime, handler: 'b.handler', code, role: iam.Role.fromRoleArn(this, 'RB', config.roleArn) });`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'B'", role: 'the same role', first: "'A'" }, line: 4, column: 77, endLine: 4, endColumn: 125 },
    ],
  },
  {
    name: 'Pulumi: a helper and a component class given the role by their callers: each call is a function with the role it passes',
    code: `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
const execRole = new aws.iam.Role('r', { assumeRolePolicy: '{}' });
const createLambda = (name: string, roleArn: pulumi.Input<string>) =>
  new aws.lambda.Function(name, { role: roleArn, handler: 'index.handler', runtime: 'nodejs20.x' });
createLambda('a', execRole.arn);
createLambda('b', execRole.arn);
for (const n of ['c', 'd']) createLambda(n, execRole.arn);
class Svc extends pulumi.ComponentResource {
  constructor(name: string, args: { role: pulumi.Input<string> }) {
    super('x:Svc', name);
    new aws.lambda.Function(name, { role: args.role, handler: 'index.handler', runtime: 'nodejs20.x' }, { parent: this });
  }
}
new Svc('s1', { role: execRole.arn });
new Svc('s2', { role: execRole.arn });`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'b'", role: 'execRole.arn', first: "'a'" }, line: 7, column: 19, endLine: 7, endColumn: 31, suggestions: [] },
      { messageId: 'sharedRoleInLoop', data: { role: 'execRole.arn' }, line: 8, column: 45, endLine: 8, endColumn: 57, suggestions: [] },
      { messageId: 'sharedRole', data: { name: "'s1'", role: 'execRole.arn', first: "'a'" }, line: 15, column: 23, endLine: 15, endColumn: 35, suggestions: [] },
      { messageId: 'sharedRole', data: { name: "'s2'", role: 'execRole.arn', first: "'a'" }, line: 16, column: 23, endLine: 16, endColumn: 35, suggestions: [] },
    ],
  },
  {
    name: 'SDK v3: a helper given the role ARN by its callers, called twice with one ARN',
    code: `import { LambdaClient, CreateFunctionCommand } from '@aws-sdk/client-lambda';
const lambda = new LambdaClient({});
const ROLE_ARN = 'arn:aws:iam::123456789012:role/exec';
const createFunction = (name, roleArn) => lambda.send(new CreateFunctionCommand({ FunctionName: name, Role: roleArn, Runtime: 'nodejs20.x' }));
await createFunction('a', ROLE_ARN);
await createFunction('b', ROLE_ARN);`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: 'on line 6', role: 'ROLE_ARN', first: 'on line 5' }, line: 6, column: 27, endLine: 6, endColumn: 35, suggestions: [] },
    ],
  },
  {
    name: 'CDK: a logging role that grants more through a function (a grant, an event source, a helper handed it) or a wider statement is shared',
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
const basic = iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole');
export class AppStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const granted = new iam.Role(this, 'Granted', { assumedBy, managedPolicies: [basic] });
    const orders = new lambda.Function(this, 'Orders', { runtime, handler: 'orders.handler', code, role: granted });
    new lambda.Function(this, 'Reports', { runtime, handler: 'reports.handler', code, role: granted });
    table.grantReadData(orders);
    const sourced = new iam.Role(this, 'Sourced', { assumedBy, managedPolicies: [basic] });
    const consumer = new lambda.Function(this, 'Consumer', { runtime, handler: 'c.handler', code, role: sourced });
    new lambda.Function(this, 'Other', { runtime, handler: 'o.handler', code, role: sourced });
    consumer.addEventSource(new SqsEventSource(queue));
    const wider = new iam.Role(this, 'Wider', { assumedBy, managedPolicies: [basic] });
    wider.addToPolicy(new iam.PolicyStatement({ actions: ['logs:PutLogEvents', 's3:GetObject'], resources: ['*'] }));
    new lambda.Function(this, 'W1', { runtime, handler: 'w.handler', code, role: wider });
    new lambda.Function(this, 'W2', { runtime, handler: 'w.handler', code, role: wider });
    const handed = new iam.Role(this, 'Handed', { assumedBy, managedPolicies: [basic] });
    const h1 = new lambda.Function(this, 'H1', { runtime, handler: 'h.handler', code, role: handed });
    new lambda.Function(this, 'H2', { runtime, handler: 'h.handler', code, role: handed });
    allowQueue(h1);
  }
}`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'Reports'", role: 'granted', first: "'Orders'" }, line: 11, column: 93, endLine: 11, endColumn: 100, suggestions: [] },
      { messageId: 'sharedRole', data: { name: "'Other'", role: 'sourced', first: "'Consumer'" }, line: 15, column: 85, endLine: 15, endColumn: 92, suggestions: [] },
      { messageId: 'sharedRole', data: { name: "'W2'", role: 'wider', first: "'W1'" }, line: 20, column: 82, endLine: 20, endColumn: 87, suggestions: [] },
      { messageId: 'sharedRole', data: { name: "'H2'", role: 'handed', first: "'H1'" }, line: 23, column: 82, endLine: 23, endColumn: 88, suggestions: [] },
    ],
  },
  {
    name: 'Pulumi: a logging role given another managed policy, or inline policies, is shared',
    code: `import * as aws from '@pulumi/aws';
const role = new aws.iam.Role('lambda-role', { assumeRolePolicy, managedPolicyArns: [aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole] });
new aws.iam.RolePolicyAttachment('s3', { role: role.name, policyArn: aws.iam.ManagedPolicy.AmazonS3ReadOnlyAccess });
export const a = new aws.lambda.Function('a', { role: role.arn, handler: 'index.handler' });
export const b = new aws.lambda.Function('b', { role: role.arn, handler: 'index.handler' });
const inline = new aws.iam.Role('inline-role', { assumeRolePolicy, managedPolicyArns: [aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole], inlinePolicies: [{ name: 'x', policy }] });
export const c = new aws.lambda.Function('c', { role: inline.arn, handler: 'index.handler' });
export const d = new aws.lambda.Function('d', { role: inline.arn, handler: 'index.handler' });`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'b'", role: 'role.arn', first: "'a'" }, line: 5, column: 55, endLine: 5, endColumn: 63, suggestions: [] },
      { messageId: 'sharedRole', data: { name: "'d'", role: 'inline.arn', first: "'c'" }, line: 8, column: 55, endLine: 8, endColumn: 65, suggestions: [] },
    ],
  },
  {
    name: "Pulumi: two functions and a loop given one role's ARN",
    code: `import * as aws from '@pulumi/aws';
const role = new aws.iam.Role('lambda-role', { assumeRolePolicy });
export const orders = new aws.lambda.Function('orders', { role: role.arn, handler: 'index.handler', code });
export const reports = new aws.lambda.Function('reports', { role: role.arn, handler: 'index.handler', code });
for (const name of ['a', 'b']) {
  new aws.lambda.Function(name, { role: role.arn, handler: 'index.handler', code });
}`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'reports'", role: 'role.arn', first: "'orders'" }, line: 4, column: 67, endLine: 4, endColumn: 75 },
      { messageId: 'sharedRoleInLoop', data: { role: 'role.arn' }, line: 6, column: 41, endLine: 6, endColumn: 49 },
    ],
  },
  {
    name: 'SDK v3: two functions given the role ARN of one environment variable (through a const)',
    code: `import { LambdaClient, CreateFunctionCommand } from '@aws-sdk/client-lambda';
const client = new LambdaClient({});
const roleArn = process.env.LAMBDA_ROLE_ARN;
await client.send(new CreateFunctionCommand({ FunctionName: 'a', Role: roleArn, Code: {} }));
await client.send(new CreateFunctionCommand({ FunctionName: 'b', Role: roleArn, Code: {} }));
await client.send(new CreateFunctionCommand({ FunctionName: 'c', Role: process.env.OTHER_ROLE ?? roleArn, Code: {} }));`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'b'", role: 'roleArn', first: "'a'" },
        line: 5,
        column: 72,
        endLine: 5,
        endColumn: 79,
      },
    ],
  },
  {
    name: 'SDK v3: a role ARN read from a CreateRole output, written out for one function and through a const for another',
    code: `import { IAMClient, CreateRoleCommand } from '@aws-sdk/client-iam';
import { LambdaClient, CreateFunctionCommand } from '@aws-sdk/client-lambda';
const iam = new IAMClient({});
const l = new LambdaClient({});
const { Role } = await iam.send(new CreateRoleCommand({ RoleName: 'r', AssumeRolePolicyDocument: '{}' }));
await l.send(new CreateFunctionCommand({ FunctionName: 'a', Role: Role.Arn, Code: {} }));
const roleArn = Role.Arn;
await l.send(new CreateFunctionCommand({ FunctionName: 'c', Role: roleArn, Code: {} }));`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'c'", role: 'roleArn', first: "'a'" },
        line: 8,
        column: 67,
        endLine: 8,
        endColumn: 74,
      },
    ],
  },
  {
    name: 'SAM in CDK: two CfnFunctions given one role ARN',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as sam from 'aws-cdk-lib/aws-sam';
const role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
new sam.CfnFunction(this, 'A', { codeUri: 'a/', role: role.roleArn });
new sam.CfnFunction(this, 'B', { codeUri: 'b/', role: role.roleArn });`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'B'", role: 'role.roleArn', first: "'A'" },
        line: 5,
        column: 55,
        endLine: 5,
        endColumn: 67,
      },
    ],
  },
  {
    name: 'role.withoutPolicyUpdates() is the same role',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const shared = new iam.Role(this, 'Shared', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
new lambda.Function(this, 'One', { runtime, handler: 'a.handler', code, role: shared.withoutPolicyUpdates() });
new lambda.Function(this, 'Two', { runtime, handler: 'b.handler', code, role: shared.withoutPolicyUpdates() });`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'Two'", role: 'shared', first: "'One'" },
        line: 5,
        column: 79,
        endLine: 5,
        endColumn: 108,
      },
    ],
  },
  {
    name: 'a helper given the role through its props (spread) or a parameter: its calls are compared',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const ordersRole = new iam.Role(this, 'OrdersRole', { assumedBy });
const reportsRole = new iam.Role(this, 'ReportsRole', { assumedBy });
function createFn(scope: any, id: string, props: { role: iam.IRole; handler: string }) {
  return new lambda.Function(scope, id, { ...props, runtime, code });
}
createFn(this, 'GetOrder', { role: ordersRole, handler: 'a.handler' });
createFn(this, 'PutOrder', { role: ordersRole, handler: 'b.handler' });
createFn(this, 'Report', { role: reportsRole, handler: 'c.handler' });
const make = (id: string, role: iam.IRole) => new lambda.Function(this, id, { runtime, code, handler: 'x', role });
make('X', reportsRole);
make('Y', new iam.Role(this, 'YRole', { assumedBy }));`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'PutOrder'", role: 'ordersRole', first: "'GetOrder'" },
        line: 9,
        column: 36,
        endLine: 9,
        endColumn: 46,
      },
      {
        messageId: 'sharedRole',
        data: { name: "'X'", role: 'reportsRole', first: "'Report'" },
        line: 12,
        column: 11,
        endLine: 12,
        endColumn: 22,
      },
    ],
  },
  {
    name: "a helper with TypeScript's `this` parameter: the role is counted among the call's arguments without it",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const shared = new iam.Role(this, 'Shared', { assumedBy });
function make(this: void, id: string, role: iam.IRole) {
  return new lambda.Function(scope, id, { runtime, code, handler: 'x', role });
}
make('A', shared);
make('B', shared);`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'B'", role: 'shared', first: "'A'" },
        line: 8,
        column: 11,
        endLine: 8,
        endColumn: 17,
      },
    ],
  },
  {
    name: 'a helper called twice creates two functions with the role made outside it',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
const role = new iam.Role(this, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const createFn = (name: string) => new NodejsFunction(this, name, { entry: \`src/\${name}.ts\`, role });
createFn('GetOrders');
createFn('PutOrder');`,
    output: null,
    errors: [
      {
        messageId: 'sharedRoleInHelper',
        data: { helper: 'createFn', role: 'role', count: '2' },
        line: 4,
        column: 94,
        endLine: 4,
        endColumn: 98,
      },
    ],
  },
  {
    name: 'a helper called once, in a loop or handed to map, creates a function per element with the role made outside',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
export class S {
  private readonly role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  constructor() {
    for (const name of ['orders', 'reports']) this.makeFunction(name);
    const shared = new iam.Role(this, 'S', { assumedBy });
    const createFn = (name: string) => new NodejsFunction(this, name, { entry: \`src/\${name}.ts\`, role: shared });
    ['a', 'b'].map(createFn);
  }
  private makeFunction(name: string) { return new NodejsFunction(this, name, { entry: \`src/\${name}.ts\`, role: this.role }); }
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedRoleInHelperLoop',
        data: { helper: 'createFn', role: 'shared' },
        line: 8,
        column: 104,
        endLine: 8,
        endColumn: 110,
      },
      {
        messageId: 'sharedRoleInHelperLoop',
        data: { helper: 'this.makeFunction', role: 'this.role' },
        line: 11,
        column: 111,
        endLine: 11,
        endColumn: 120,
      },
    ],
  },
  {
    name: 'a role made in a function called where it is written (IIFE), passed to two functions',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = (() => new iam.Role(this, 'R', { assumedBy }))();
new lambda.Function(this, 'A', { runtime, handler: 'a', code, role });
new lambda.Function(this, 'B', { runtime, handler: 'b', code, role });`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'B'", role: 'role', first: "'A'" },
        line: 5,
        column: 63,
        endLine: 5,
        endColumn: 67,
      },
    ],
  },
  {
    name: 'a getter read as this.factory(…) twice: a class member called twice (as before methodCalls was shared)',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class ApiStack {
  private readonly role = new iam.Role(this, 'Role', { assumedBy });
  constructor() {
    this.factory('Orders');
    this.factory('Reports');
  }
  private get factory() {
    const fn = new lambda.Function(this, 'F', { runtime, handler: 'index.handler', code, role: this.role });
    return (name: string) => fn;
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedRoleInHelper',
        data: { helper: 'this.factory', role: 'this.role', count: '2' },
        line: 10,
        column: 96,
        endLine: 10,
        endColumn: 105,
      },
    ],
  },
  {
    name: 'a method called twice as this.makeFunction() with the stack role',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class ApiStack {
  private readonly role = new iam.Role(this, 'Role', { assumedBy });
  constructor() {
    this.makeFunction('Orders');
    this.makeFunction('Reports');
  }
  private makeFunction(name: string) {
    return new lambda.Function(this, name, { runtime, handler: \`\${name}.handler\`, code, role: this.role });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedRoleInHelper',
        data: { helper: 'this.makeFunction', role: 'this.role', count: '2' },
        line: 10,
        column: 95,
        endLine: 10,
        endColumn: 104,
      },
    ],
  },
  {
    name: 'one new iam.Role passed to two functions (namespace imports)',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = new iam.Role(this, 'FunctionsRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const createOrder = new lambda.Function(this, 'CreateOrder', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'create-order.handler',
  code: lambda.Code.fromAsset('functions'),
  role,
});
const nightlyReport = new lambda.Function(this, 'NightlyReport', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'nightly-report.handler',
  code: lambda.Code.fromAsset('functions'),
  role,
});`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'NightlyReport'", role: 'role', first: "'CreateOrder'" },
        line: 14,
        column: 3,
        endLine: 14,
        endColumn: 7,
      },
    ],
  },
  {
    name: 'named imports; every function construct class',
    code: `import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Function as LambdaFunction, DockerImageFunction, SingletonFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { PythonFunction } from '@aws-cdk/aws-lambda-python-alpha';
import { GoFunction } from '@aws-cdk/aws-lambda-go-alpha';
const shared = new Role(this, 'Shared', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
new NodejsFunction(this, 'Api', { entry: 'src/api.ts', role: shared });
new DockerImageFunction(this, 'Worker', { code, role: shared });
new SingletonFunction(this, 'Once', { uuid: 'u', runtime, handler: 'h', code, role: shared });
new PythonFunction(this, 'Py', { entry: 'py', role: shared });
new GoFunction(this, 'Go', { entry: 'go', role: shared });
new LambdaFunction(this, 'Plain', { runtime, handler: 'h', code, role: shared as any });`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'Worker'", role: 'shared', first: "'Api'" },
        line: 8,
        column: 55,
        endLine: 8,
        endColumn: 61,
      },
      {
        messageId: 'sharedRole',
        data: { name: "'Once'", role: 'shared', first: "'Api'" },
        line: 9,
        column: 85,
        endLine: 9,
        endColumn: 91,
      },
      {
        messageId: 'sharedRole',
        data: { name: "'Py'", role: 'shared', first: "'Api'" },
        line: 10,
        column: 53,
        endLine: 10,
        endColumn: 59,
      },
      {
        messageId: 'sharedRole',
        data: { name: "'Go'", role: 'shared', first: "'Api'" },
        line: 11,
        column: 49,
        endLine: 11,
        endColumn: 55,
      },
      {
        messageId: 'sharedRole',
        data: { name: "'Plain'", role: 'shared', first: "'Api'" },
        line: 12,
        column: 72,
        endLine: 12,
        endColumn: 85,
      },
    ],
  },
  {
    name: 'root barrel imports; an alias of the role variable',
    code: `import { aws_iam as iam, aws_lambda as lambda } from 'aws-cdk-lib';
const role = new iam.Role(this, 'R', { assumedBy });
const alias = role;
new lambda.Function(this, 'A', { runtime, handler: 'a', code, role });
new lambda.Function(this, 'B', { runtime, handler: 'b', code, role: alias });`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'B'", role: 'alias', first: "'A'" },
        line: 5,
        column: 69,
        endLine: 5,
        endColumn: 74,
      },
    ],
  },
  {
    name: 'CDK v1; Role.fromRoleArn, and another import of the same ARN',
    code: `import * as iam from '@aws-cdk/aws-iam';
import * as lambda from '@aws-cdk/aws-lambda';
const role = iam.Role.fromRoleArn(this, 'Imported', 'arn:aws:iam::123456789012:role/app-lambda');
new lambda.Function(this, 'A', { runtime, handler: 'a', code, role });
new lambda.Function(this, 'B', { runtime, handler: 'b', code, role });
new lambda.Function(this, 'C', { runtime, handler: 'c', code, role: iam.Role.fromRoleArn(this, 'Again', 'arn:aws:iam::123456789012:role/app-lambda') });`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'B'", role: 'role', first: "'A'" },
        line: 5,
        column: 63,
        endLine: 5,
        endColumn: 67,
      },
      {
        messageId: 'sharedRole',
        data: { name: "'C'", role: 'role/app-lambda', first: "'A'" },
        line: 6,
        column: 69,
        endLine: 6,
        endColumn: 149,
      },
    ],
  },
  {
    name: 'Role.fromRoleName; names from functionName, the variable, or the line',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const byName = iam.Role.fromRoleName(this, 'ByName', 'app-lambda');
declare const id: string;
new lambda.Function(this, id, { runtime, handler: 'a', code, role: byName, functionName: 'orders-api' });
const worker = new lambda.Function(this, id, { runtime, handler: 'b', code, role: byName });
new lambda.Function(this, id, { runtime, handler: 'c', code, role: iam.Role.fromRoleName(this, 'Again', 'app-lambda') });`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'worker'", role: 'byName', first: "'orders-api'" },
        line: 6,
        column: 83,
        endLine: 6,
        endColumn: 89,
      },
      {
        messageId: 'sharedRole',
        data: { name: 'on line 7', role: 'app-lambda', first: "'orders-api'" },
        line: 7,
        column: 68,
        endLine: 7,
        endColumn: 118,
      },
    ],
  },
  {
    name: 'CfnFunction with the same ARN literal or constant; roleArn of a Role construct',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const ROLE_ARN = 'arn:aws:iam::123456789012:role/app-lambda';
new lambda.CfnFunction(this, 'A', { code: {}, role: 'arn:aws:iam::123456789012:role/app-lambda' });
new lambda.CfnFunction(this, 'B', { code: {}, role: ROLE_ARN });
const role = new iam.Role(this, 'R', { assumedBy });
new lambda.CfnFunction(this, 'C', { code: {}, role: role.roleArn });
new lambda.Function(this, 'D', { runtime, handler: 'd', code, role });`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'B'", role: 'ROLE_ARN', first: "'A'" },
        line: 5,
        column: 53,
        endLine: 5,
        endColumn: 61,
      },
      {
        messageId: 'sharedRole',
        data: { name: "'D'", role: 'role', first: "'C'" },
        line: 8,
        column: 63,
        endLine: 8,
        endColumn: 67,
      },
    ],
  },
  {
    name: 'role from spread props: reported on the function',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = new iam.Role(this, 'FunctionsRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const common = { runtime: lambda.Runtime.NODEJS_20_X, code, role };
new lambda.Function(this, 'A', { ...common, handler: 'a.handler' });
new lambda.Function(this, 'B', { ...common, handler: 'b.handler' });`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'B'", role: 'role', first: "'A'" },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 20,
      },
    ],
  },
  {
    name: "borrowing another function's role (generated or explicit)",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const first = new lambda.Function(this, 'First', { runtime, handler: 'a', code });
new lambda.Function(this, 'Second', { runtime, handler: 'b', code, role: first.role! });
const explicit = new iam.Role(this, 'R', { assumedBy });
const third = new lambda.Function(this, 'Third', { runtime, handler: 'c', code, role: explicit });
new lambda.Function(this, 'Fourth', { runtime, handler: 'd', code, role: third.role });`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'Second'", role: 'first.role', first: "'First'" },
        line: 4,
        column: 74,
        endLine: 4,
        endColumn: 85,
      },
      {
        messageId: 'sharedRole',
        data: { name: "'Fourth'", role: 'third.role', first: "'Third'" },
        line: 7,
        column: 74,
        endLine: 7,
        endColumn: 84,
      },
    ],
  },
  {
    name: 'SDK v3 CreateFunctionCommand with the same Role',
    code: `import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
const client = new LambdaClient({});
const ROLE = 'arn:aws:iam::123456789012:role/app-lambda';
await client.send(new CreateFunctionCommand({ FunctionName: 'orders', Role: ROLE, Runtime: 'nodejs20.x' }));
await client.send(new CreateFunctionCommand({ FunctionName: 'reports', Role: ROLE, Runtime: 'nodejs20.x' }));
const params = { FunctionName: 'billing', Role: ROLE };
await client.send(new CreateFunctionCommand(params));`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'reports'", role: 'ROLE', first: "'orders'" },
        line: 5,
        column: 78,
        endLine: 5,
        endColumn: 82,
      },
      {
        messageId: 'sharedRole',
        data: { name: "'billing'", role: 'ROLE', first: "'orders'" },
        line: 7,
        column: 23,
        endLine: 7,
        endColumn: 44,
      },
    ],
  },
  {
    name: 'functions created in a loop with a role made outside it',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = new iam.Role(this, 'FunctionsRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
for (const name of ['Orders', 'Reports']) {
  new lambda.Function(this, name, { runtime, handler: \`\${name}.handler\`, code, role });
}
['a', 'b'].forEach((name) => new lambda.CfnFunction(this, name, { code: {}, role: 'arn:aws:iam::123456789012:role/app-lambda' }));
const fns = ['c', 'd'].map((name) => {
  const own = new iam.Role(this, \`\${name}Role\`, { assumedBy });
  return new lambda.Function(this, name, { runtime, handler: 'h', code, role: own });
});`,
    output: null,
    errors: [
      {
        messageId: 'sharedRoleInLoop',
        data: { role: 'role' },
        line: 5,
        column: 80,
        endLine: 5,
        endColumn: 84,
      },
      {
        messageId: 'sharedRoleInLoop',
        data: { role: 'role/app-lambda' },
        line: 7,
        column: 83,
        endLine: 7,
        endColumn: 126,
      },
    ],
  },
  {
    name: 'functions made in a reduce callback with an initial value (once per element); not without one',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = new iam.Role(this, 'FunctionsRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const fns = ['Ride', 'Payment'].reduce((acc, name) => ({ ...acc, [name]: new lambda.Function(this, name, { runtime, handler: 'h', code, role }) }), {});
const other = new iam.Role(this, 'OtherRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
const pair = [a, b].reduce((x, y) => new lambda.Function(this, 'Pair', { runtime, handler: 'h', code, role: other }));`,
    output: null,
    errors: [{ messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 4, column: 137, endLine: 4, endColumn: 141 }],
  },
  {
    name: 'a loop use is reported once, and can follow a first use',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = new iam.Role(this, 'FunctionsRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
new lambda.Function(this, 'First', { runtime, handler: 'h', code, role });
let i = 0;
while (i++ < 3) new lambda.Function(this, \`F\${i}\`, { runtime, handler: 'h', code, role });`,
    output: null,
    errors: [
      {
        messageId: 'sharedRoleInLoop',
        data: { role: 'role' },
        line: 6,
        column: 83,
        endLine: 6,
        endColumn: 87,
      },
    ],
  },
  {
    name: 'two ifs on the same test, or complementary ones with the flag written between, may both run',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = new iam.Role(this, 'R', { assumedBy });
let docker = props.useDocker;
if (docker) {
  new lambda.DockerImageFunction(this, 'A', { code, role });
  docker = false;
}
if (!docker) {
  new lambda.Function(this, 'B', { code, handler, runtime, role });
}
if (props.arm) new lambda.Function(this, 'C', { code, handler, runtime, role });`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'B'", role: 'role', first: "'A'" }, line: 10, column: 60, endLine: 10, endColumn: 64 },
      { messageId: 'sharedRole', data: { name: "'C'", role: 'role', first: "'A'" }, line: 12, column: 73, endLine: 12, endColumn: 77 },
    ],
  },
  {
    name: 'functions in exclusive branches still share with a function created alongside both',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = new iam.Role(this, 'R', { assumedBy });
let fn;
if (props.docker) {
  fn = new lambda.DockerImageFunction(this, 'Fn', { code, role });
} else {
  fn = new lambda.Function(this, 'Fn', { code, handler, runtime, role });
}
const other = props.arm ? new lambda.Function(this, 'A', { role }) : new lambda.Function(this, 'B', { role });
switch (kind) {
  case 'a': new lambda.Function(this, 'C', { role }); break;
  case 'b': new lambda.Function(this, 'D', { role }); break;
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'A'", role: 'role', first: "'Fn'" },
        line: 10,
        column: 60,
        endLine: 10,
        endColumn: 64,
      },
      {
        messageId: 'sharedRole',
        data: { name: "'B'", role: 'role', first: "'Fn'" },
        line: 10,
        column: 103,
        endLine: 10,
        endColumn: 107,
      },
      {
        messageId: 'sharedRole',
        data: { name: "'C'", role: 'role', first: "'Fn'" },
        line: 12,
        column: 46,
        endLine: 12,
        endColumn: 50,
      },
      {
        messageId: 'sharedRole',
        data: { name: "'D'", role: 'role', first: "'Fn'" },
        line: 13,
        column: 46,
        endLine: 13,
        endColumn: 50,
      },
    ],
  },
  {
    name: 'a role kept on the stack (this.role, assigned once in the constructor) passed to two functions',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class Stack {
  private readonly role: iam.Role;
  constructor() {
    this.role = new iam.Role(this, 'Shared', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    new lambda.Function(this, 'Api', { runtime, handler: 'a.handler', code, role: this.role });
    this.worker();
  }
  worker(): void {
    new lambda.Function(this, 'Worker', { runtime, handler: 'w.handler', code, role: this.role });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'Worker'", role: 'this.role', first: "'Api'" },
        line: 11,
        column: 86,
        endLine: 11,
        endColumn: 95,
      },
    ],
  },
  {
    name: "a role kept on the stack by a method the constructor calls once (this.createRole()) passed to two functions",
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class EmbeddingStack {
  public role?: iam.Role;
  constructor() {
    this.createRole();
    new lambda.Function(this, 'A', { runtime, handler: 'a.handler', code, role: this.role });
    new lambda.Function(this, 'B', { runtime, handler: 'b.handler', code, role: this.role });
  }
  private createRole(): void {
    this.role = new iam.Role(this, 'Bedrock', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'B'", role: 'this.role', first: "'A'" },
        line: 8,
        column: 81,
        endLine: 8,
        endColumn: 90,
      },
    ],
  },
  {
    name: 'a subclass of NodejsFunction that spreads its props into super: two instantiations with one role',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
class AppFunction extends NodejsFunction {
  constructor(scope: any, id: string, props: NodejsFunctionProps) {
    super(scope, id, { runtime: lambda.Runtime.NODEJS_20_X, ...props });
  }
}
export function build(scope: any) {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  new AppFunction(scope, 'A', { entry: 'a.ts', role });
  new AppFunction(scope, 'B', { entry: 'b.ts', role });
}`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'B'", role: 'role', first: "'A'" }, line: 12, column: 48, endLine: 12, endColumn: 52 },
    ],
  },
  {
    name: "a construct class that gives props.role to the function it creates: each new is a function with that role",
    code: `import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
interface ServiceProps { role: iam.IRole; entry: string }
class Service extends Construct {
  constructor(scope: Construct, id: string, props: ServiceProps) {
    super(scope, id);
    new lambda.Function(this, 'Handler', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset(props.entry), role: props.role });
  }
}
export class S extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const role = new iam.Role(this, 'Shared', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    new Service(this, 'Orders', { role, entry: 'orders' });
    new Service(this, 'Reports', { role, entry: 'reports' });
  }
}`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'Reports'", role: 'role', first: "'Orders'" }, line: 17, column: 36, endLine: 17, endColumn: 40 },
    ],
  },
  {
    name: 'construct classes given { role } (a destructured parameter, or destructured in the body): two functions of one new, and exclusive ones per new',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
class Api extends Construct {
  constructor(scope: Construct, id: string, { role }: { role: iam.IRole }) {
    super(scope, id);
    new NodejsFunction(this, 'Get', { entry: 'get.ts', role });
    new NodejsFunction(this, 'Put', { entry: 'put.ts', role });
  }
}
class Worker extends Construct {
  constructor(scope: Construct, id: string, props: { role: iam.IRole; docker: boolean }) {
    super(scope, id);
    const { role } = props;
    if (props.docker) new lambda.DockerImageFunction(this, 'Image', { code: lambda.DockerImageCode.fromImageAsset('w'), role });
    else new NodejsFunction(this, 'Node', { entry: 'w.ts', role });
  }
}
export function build(scope: Construct) {
  const apiRole = new iam.Role(scope, 'ApiRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  new Api(scope, 'Orders', { role: apiRole });
  const workerRole = new iam.Role(scope, 'WorkerRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  new Worker(scope, 'Resize', { role: workerRole, docker: true });
  new Worker(scope, 'Thumbnail', { role: workerRole, docker: false });
}`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'Orders/Put'", role: 'apiRole', first: "'Orders/Get'" }, line: 22, column: 36, endLine: 22, endColumn: 43 },
      { messageId: 'sharedRole', data: { name: "'Thumbnail'", role: 'workerRole', first: "'Resize'" }, line: 25, column: 42, endLine: 25, endColumn: 52 },
    ],
  },
  {
    name: 'one role imported by name and by ARN (a path in the ARN too): the same role',
    code: `import { Stack, aws_iam as iam, aws_lambda as lambda } from 'aws-cdk-lib';
const byName = iam.Role.fromRoleName(this, 'N1', 'shared-role');
const byArn = iam.Role.fromRoleArn(this, 'N2', 'arn:aws:iam::123456789012:role/shared-role');
new lambda.Function(this, 'D', { runtime, handler: 'd', code, role: byName });
new lambda.Function(this, 'E', { runtime, handler: 'e', code, role: byArn });
new lambda.Function(this, 'F', { runtime, handler: 'f', code, role: iam.Role.fromRoleArn(this, 'P', 'arn:aws:iam::123456789012:role/jobs/worker') });
new lambda.CfnFunction(this, 'G', { code, role: 'arn:aws:iam::123456789012:role/jobs/worker' });
new lambda.Function(this, 'H', { runtime, handler: 'h', code, role: iam.Role.fromRoleName(this, 'W', 'worker') });`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'E'", role: 'byArn', first: "'D'" }, line: 5, column: 69, endLine: 5, endColumn: 74 },
      { messageId: 'sharedRole', data: { name: "'G'", role: 'role/jobs/worker', first: "'F'" }, line: 7, column: 49, endLine: 7, endColumn: 93 },
      { messageId: 'sharedRole', data: { name: "'H'", role: 'worker', first: "'F'" }, line: 8, column: 69, endLine: 8, endColumn: 111 },
    ],
  },
];

const jsValid: Valid[] = [
  {
    name: 'SDK v3: a helper handed its client, called with a local (LocalStack) client: its calls are not followed',
    code: `import { LambdaClient, CreateFunctionCommand } from '@aws-sdk/client-lambda';
const ROLE = 'arn:aws:iam::123456789012:role/exec';
const create = (client, name, roleArn) => client.send(new CreateFunctionCommand({ FunctionName: name, Role: roleArn }));
const local = new LambdaClient({ endpoint: 'http://localhost:4566' });
await create(local, 'a', ROLE);
await create(local, 'b', ROLE);`,
  },
  {
    name: 'JS: a role a helper reassigns before passing it on, a helper passing on a role it makes, a recursive helper',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
const shared = new iam.Role(this, 'R', { assumedBy });
function createFn(scope, id, role) {
  return new NodejsFunction(scope, id, { entry: \`src/\${id}.js\`, role });
}
function withFallback(scope, id, role) {
  role = role || new iam.Role(scope, \`\${id}Role\`, { assumedBy });
  return createFn(scope, id, role);
}
function withOwn(scope, id) {
  return createFn(scope, id, new iam.Role(scope, \`\${id}Role\`, { assumedBy }));
}
function recurse(scope, ids, role) {
  if (ids.length === 0) return;
  createFn(scope, ids[0], role);
  recurse(scope, ids.slice(1), role);
}
for (const name of ['orders', 'reports']) {
  withFallback(this, name, shared);
  withOwn(this, name);
}
recurse(this, ['a', 'b'], shared);`,
  },
  {
    name: 'JS: two instances of an imported construct, one member each; a member written after construction',
    code: `import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import BulkExportResources from './bulkExport';
const first = new BulkExportResources(this, 'First');
const second = new BulkExportResources(this, 'Second');
new NodejsFunction(this, 'A', { role: first.lambdaRole });
new NodejsFunction(this, 'B', { role: second.lambdaRole });
new NodejsFunction(this, 'C', { role: first.swappedRole });
first.swappedRole = second.lambdaRole;
new NodejsFunction(this, 'D', { role: first.swappedRole });`,
  },
  {
    name: 'functions created in a loop on a local emulator (LocalStack): they never reach AWS',
    code: `import { LambdaClient, CreateFunctionCommand } from '@aws-sdk/client-lambda';
const lambda = new LambdaClient({ endpoint: 'http://localhost:4566', region: 'us-east-1' });
const ROLE = 'arn:aws:iam::000000000000:role/lambda-role';
for (const name of ['a', 'b']) {
  await lambda.send(new CreateFunctionCommand({ FunctionName: name, Runtime: 'nodejs20.x', Role: ROLE, Handler: 'index.handler', Code: {} }));
}
`,
  },
  {
    name: 'functions created on a client whose endpoint may be local (an environment override of LocalStack)',
    code: `import { LambdaClient, CreateFunctionCommand } from '@aws-sdk/client-lambda';
const ENDPOINT = process.env.AWS_ENDPOINT_URL || 'http://localhost:4566';
const lambda = new LambdaClient({ endpoint: ENDPOINT, region: 'us-east-1' });
for (const name of ['a', 'b']) {
  await lambda.send(new CreateFunctionCommand({ FunctionName: name, Role: 'arn:aws:iam::000000000000:role/r', Code: {} }));
}`,
  },
  { name: 'empty file', code: '' },
  {
    name: 'unicode, JSX, odd syntax',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
const ü = <div>{'🚀'}</div>;
new lambda.Function(this, 'Ä', { role: void 0 });
new lambda.Function(this, 'Ö', { role: null });
new lambda.Function(this, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', { role: '' });
new lambda.Function(this, 'Y', { role: '' });`,
  },
  {
    name: 'deeply nested role aliases are bounded',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const r0 = new iam.Role(this, 'R', {});
const r1 = r0;
const r2 = r1;
const r3 = r2;
const r4 = r3;
const r5 = r4;
const r6 = r5;
const r7 = r6;
const r8 = r7;
const r9 = r8;
const r10 = r9;
const r11 = r10;
const r12 = r11;
const r13 = r12;
const r14 = r13;
const r15 = r14;
const r16 = r15;
const r17 = r16;
const r18 = r17;
const r19 = r18;
const r20 = r19;
const r21 = r20;
const r22 = r21;
const r23 = r22;
const r24 = r23;
const r25 = r24;
const r26 = r25;
const r27 = r26;
const r28 = r27;
const r29 = r28;
const r30 = r29;
const r31 = r30;
const r32 = r31;
const r33 = r32;
const r34 = r33;
const r35 = r34;
const r36 = r35;
const r37 = r36;
const r38 = r37;
const r39 = r38;
const r40 = r39;
const r41 = r40;
const r42 = r41;
const r43 = r42;
const r44 = r43;
const r45 = r44;
const r46 = r45;
const r47 = r46;
const r48 = r47;
const r49 = r48;
const r50 = r49;
const r51 = r50;
const r52 = r51;
const r53 = r52;
const r54 = r53;
const r55 = r54;
const r56 = r55;
const r57 = r56;
const r58 = r57;
const r59 = r58;
const r60 = r59;
const r61 = r60;
const r62 = r61;
const r63 = r62;
const r64 = r63;
const r65 = r64;
const r66 = r65;
const r67 = r66;
const r68 = r67;
const r69 = r68;
const r70 = r69;
const r71 = r70;
const r72 = r71;
const r73 = r72;
const r74 = r73;
const r75 = r74;
const r76 = r75;
const r77 = r76;
const r78 = r77;
const r79 = r78;
const r80 = r79;
new lambda.Function(this, 'A', { role: r80 });
new lambda.Function(this, 'B', { role: r80 });`,
  },
];

const jsInvalid: Invalid[] = [
  {
    name: 'JS: a logging role whose function is handed to a grant is shared',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const role = new iam.Role(this, 'Logs', { assumedBy, managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')] });
const a = new lambda.Function(this, 'A', { runtime, handler: 'a.handler', code, role });
new lambda.Function(this, 'B', { runtime, handler: 'b.handler', code, role });
bucket.grantRead(a);`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'B'", role: 'role', first: "'A'" }, line: 5, column: 71, endLine: 5, endColumn: 75, suggestions: [] },
    ],
  },
  {
    name: "ESM: SST v2's Function given one role twice",
    code: `import { Function } from 'sst/constructs';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
export function Stack({ stack }) {
  const role = new Role(stack, 'R', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
  const a = new Function(stack, 'A', { handler: 'a.handler', role });
  const b = new Function(stack, 'B', { handler: 'b.handler', role });
  return { a, b };
}`,
    errors: [{ messageId: 'sharedRole', data: { name: "'B'", role: 'role', first: "'A'" }, line: 6, column: 62, endLine: 6, endColumn: 66 }],
  },
  {
    name: 'JS: a role declared first and assigned once before the functions that share it',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export function build(scope) {
  const base = { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('x') };
  let role;
  role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  new lambda.Function(scope, 'A', { ...base, role });
  new lambda.Function(scope, 'B', { ...base, role });
  let other;
  if (scope.node.tryGetContext('x')) other = new iam.Role(scope, 'O', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  new lambda.Function(scope, 'C', { ...base, role: other });
  new lambda.Function(scope, 'D', { ...base, role: other });
}`,
    errors: [{ messageId: 'sharedRole', data: { name: "'B'", role: 'role', first: "'A'" }, line: 8, column: 46, endLine: 8, endColumn: 50 }],
  },
  {
    name: 'JS: SDK v2 createFunction calls given one ARN const built from an environment variable',
    code: `import AWS from 'aws-sdk';
const lambda = new AWS.Lambda();
const Role = 'arn:aws:iam::' + process.env.ACCOUNT_ID + ':role/exec';
export async function deploy(Code) {
  await lambda.createFunction({ FunctionName: 'one', Role, Code, Runtime: 'nodejs20.x', Handler: 'index.handler' }).promise();
  await lambda.createFunction({ FunctionName: 'two', Role, Code, Runtime: 'nodejs20.x', Handler: 'index.handler' }).promise();
}`,
    errors: [{ messageId: 'sharedRole', data: { name: "'two'", role: 'Role', first: "'one'" }, line: 6, column: 54, endLine: 6, endColumn: 58 }],
  },
  {
    name: 'JS: a for-of over a table destructuring one shared role',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export function build(scope) {
  const shared = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  for (const { name, role } of [{ name: 'orders', role: shared }, { name: 'users', role: shared }]) {
    new lambda.Function(scope, name, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset(name), role });
  }
}`,
    errors: [{ messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 6, column: 138, endLine: 6, endColumn: 142 }],
  },
  {
    name: 'JS: props spread from a local function that names one role',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export function build(scope) {
  const shared = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  function fnProps(entry) {
    return { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset(entry), role: shared };
  }
  new lambda.Function(scope, 'Orders', { ...fnProps('orders'), timeout: undefined });
  new lambda.Function(scope, 'Users', { memorySize: 256, ...fnProps('users') });
}`,
    errors: [{ messageId: 'sharedRole', data: { name: "'Users'", role: 'shared', first: "'Orders'" }, line: 9, column: 7, endLine: 9, endColumn: 22 }],
  },
  {
    name: 'JS: a helper that always pushes two new functions with its role parameter',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const base = { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('x') };
export function build(scope) {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const fns = [];
  function pair(name, r) {
    fns.push(
      new lambda.Function(scope, name + 'Reader', { ...base, role: r }),
      new lambda.Function(scope, name + 'Writer', { ...base, role: r }),
    );
  }
  pair('orders', role);
  return fns;
}`,
    errors: [
      { messageId: 'sharedRole', data: { name: 'on line 10', role: 'role', first: 'on line 9' }, line: 13, column: 18, endLine: 13, endColumn: 22 },
    ],
  },
  {
    name: 'JS: branches on a member of the loop variable are counted (a side that does not read it is left out); a test the file does not settle is not',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
export function build(stack, flags) {
  const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const FUNCTIONS = [{ name: 'api', kind: 'http' }, { name: 'worker', kind: 'queue' }, { name: 'cron', kind: 'schedule' }];
  FUNCTIONS.forEach((fn) => {
    if (fn.kind === 'http') new lambda.Function(stack, fn.name, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'h.handler', code: lambda.Code.fromAsset(fn.name), role });
    if (fn.kind !== 'http' && flags.workers) new lambda.Function(stack, fn.name, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'w.handler', code: lambda.Code.fromAsset(fn.name), role });
  });
  for (const name of ['a', 'b', 'c']) {
    if (name.startsWith('a')) new lambda.Function(stack, name, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'x.handler', code: lambda.Code.fromAsset(name), role });
  }
}`,
    errors: [
      { messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 8, column: 181, endLine: 8, endColumn: 185 },
      { messageId: 'sharedRole', data: { name: 'on line 11', role: 'role', first: 'on line 7' }, line: 11, column: 160, endLine: 11, endColumn: 164 },
    ],
  },
  {
    name: 'functions made by Array.from share the role (ES modules)',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
export function stack(scope, code, names) {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  return Array.from(names, (name) => new lambda.Function(scope, name, { role, code, handler: 'i.h', runtime: lambda.Runtime.NODEJS_20_X }));
}`,
    errors: [{ messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 5, column: 73, endLine: 5, endColumn: 77 }],
  },
  {
    name: 'ESM: a loop over a list of two elements, and one whose spread may hold any number',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
export function build(stack, code, more) {
  const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  for (const name of ['api', 'worker']) new lambda.Function(stack, name, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'i.h', code, role });
  for (const name of [...more]) new lambda.Function(stack, 'M' + name, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'i.h', code, role });
}`,
    output: null,
    errors: [
      { messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 5, column: 135, endLine: 5, endColumn: 139 },
      { messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 6, column: 133, endLine: 6, endColumn: 137 },
    ],
  },
  {
    name: 'ESM: a SingletonFunction made in a loop shares its role with a SingletonFunction of another uuid',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as iam from 'aws-cdk-lib/aws-iam';
export function build(stack, code) {
  const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  for (const t of ['a', 'b']) new lambda.SingletonFunction(stack, 'S' + t, { uuid: 'one', runtime: lambda.Runtime.NODEJS_20_X, handler: 'i.h', code, role });
  new lambda.SingletonFunction(stack, 'Other', { uuid: 'two', runtime: lambda.Runtime.NODEJS_20_X, handler: 'i.h', code, role });
}`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'Other'", role: 'role', first: 'on line 5' }, line: 6, column: 122, endLine: 6, endColumn: 126 },
    ],
  },
  {
    name: 'JS: a role passed on through two and three helpers, in a loop and by separate calls',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
const role = new iam.Role(this, 'R', { assumedBy });
function createFn(scope, id, role) {
  return new NodejsFunction(scope, id, { entry: \`src/\${id}.js\`, role });
}
function addRoute(scope, id, role) {
  return createFn(scope, id, role);
}
function addApi(scope, id, role) {
  return addRoute(scope, id, role);
}
for (const name of ['orders', 'reports']) {
  addApi(this, name, role);
}
addRoute(this, 'Admin', role);
addApi(this, 'Public', role);`,
    output: null,
    errors: [
      { messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 14, column: 22, endLine: 14, endColumn: 26 },
      { messageId: 'sharedRole', data: { name: "'Admin'", role: 'role', first: 'on line 14' }, line: 16, column: 25, endLine: 16, endColumn: 29 },
      { messageId: 'sharedRole', data: { name: "'Public'", role: 'role', first: 'on line 14' }, line: 17, column: 24, endLine: 17, endColumn: 28 },
    ],
  },
  {
    name: 'JS: a role member of a construct imported from another module, spread from shared props into three functions',
    code: `import { Duration } from 'aws-cdk-lib';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import BulkExportResources from './bulkExport';
export class ExportStack {
  constructor(scope) {
    const bulkExportResources = new BulkExportResources(scope, 'BulkExport');
    const defaultProps = { timeout: Duration.seconds(30), role: bulkExportResources.glueJobRelatedLambdaRole };
    new NodejsFunction(scope, 'StartExport', { ...defaultProps, handler: 'start' });
    new NodejsFunction(scope, 'StopExport', { ...defaultProps, handler: 'stop' });
    new NodejsFunction(scope, 'GetJobStatus', { ...defaultProps, handler: 'status' });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'StopExport'", role: 'bulkExportResources.glueJobRelatedLambdaRole', first: "'StartExport'" },
        line: 9,
        column: 9,
        endLine: 9,
        endColumn: 23,
      },
      {
        messageId: 'sharedRole',
        data: { name: "'GetJobStatus'", role: 'bulkExportResources.glueJobRelatedLambdaRole', first: "'StartExport'" },
        line: 10,
        column: 9,
        endLine: 10,
        endColumn: 23,
      },
    ],
  },
  {
    name: 'a role returned by a factory function, bound once and passed twice',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
function createLambdaRole(scope, id) {
  return new iam.Role(scope, id, { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
}
const shared = createLambdaRole(this, 'Shared');
new lambda.Function(this, 'A', { runtime, handler: 'a.handler', code, role: shared });
new lambda.Function(this, 'B', { runtime, handler: 'b.handler', code, role: shared });`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'B'", role: 'shared', first: "'A'" },
        line: 8,
        column: 77,
        endLine: 8,
        endColumn: 83,
      },
    ],
  },
  {
    name: 'JS ESM: each function after the first is reported, naming the first',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { Function } from 'aws-cdk-lib/aws-lambda';
const role = new iam.Role(this, 'R', {});
export const fns = ['a', 'b'].map(() => null);
new Function(this, 'A', { role });
new Function(this, 'B', { role });
new Function(this, 'C', { role });`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'B'", role: 'role', first: "'A'" },
        line: 6,
        column: 27,
        endLine: 6,
        endColumn: 31,
      },
      {
        messageId: 'sharedRole',
        data: { name: "'C'", role: 'role', first: "'A'" },
        line: 7,
        column: 27,
        endLine: 7,
        endColumn: 31,
      },
    ],
  },
  {
    name: 'a subclass of a function construct without a constructor: its props are the function\'s',
    code: `import * as iam from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
class AppFunction extends NodejsFunction {}
const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
new AppFunction(this, 'A', { entry: 'a.js', role });
new AppFunction(this, 'B', { entry: 'b.js', role });`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'B'", role: 'role', first: "'A'" }, line: 6, column: 45, endLine: 6, endColumn: 49 },
    ],
  },
];

const cjsValid: Valid[] = [
  {
    name: 'CJS: a role given only the basic execution policy in its props, shared by two functions',
    code: `const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const basic = iam.ManagedPolicy.fromManagedPolicyArn(this, 'Basic', 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole');
const role = new iam.Role(this, 'Logs', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), managedPolicies: [basic] });
new lambda.Function(this, 'A', { runtime, handler: 'a.handler', code, role });
new lambda.Function(this, 'B', { runtime, handler: 'b.handler', code, role });`,
  },
  {
    name: 'CJS: each branch of a forEach over a list of two, tested on a member of the element, creates one function with its own role',
    code: `const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
module.exports = (stack) => {
  const httpRole = new iam.Role(stack, 'H', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const queueRole = new iam.Role(stack, 'Q', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  [{ name: 'api', kind: 'http' }, { name: 'worker', kind: 'queue' }].forEach((fn) => {
    const role = fn.kind === 'http' ? httpRole : queueRole;
    if (fn.kind === 'http') new lambda.Function(stack, fn.name, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'h.handler', code: lambda.Code.fromAsset(fn.name), role: httpRole });
    else new lambda.Function(stack, fn.name, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'w.handler', code: lambda.Code.fromAsset(fn.name), role: queueRole });
    return role;
  });
};`,
  },
  {
    name: 'CJS: an array callback over one element written in place',
    code: `const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
module.exports.build = (stack, code) => {
  const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  ['api'].forEach((name) => new lambda.Function(stack, name, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'i.h', code, role }));
};`,
  },
  {
    name: 'CJS: a SingletonFunction of a fixed uuid in an array callback is one function',
    code: `const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
module.exports.build = (stack, code) => {
  const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  ['a', 'b'].forEach((t) => new lambda.SingletonFunction(stack, 'S' + t, { uuid: 'one', runtime: lambda.Runtime.NODEJS_20_X, handler: 'i.h', code, role }));
};`,
  },
  {
    name: 'SDK v2: functions created on a local emulator',
    code: `const AWS = require('aws-sdk');
const lambda = new AWS.Lambda({ endpoint: 'http://127.0.0.1:4566' });
const role = 'arn:aws:iam::000000000000:role/dummy';
exports.deploy = async () => {
  await lambda.createFunction({ FunctionName: 'one', Role: role }).promise();
  await lambda.createFunction({ FunctionName: 'two', Role: role }).promise();
};
`,
  },
  {
    name: 'CJS: separate roles',
    code: `const { aws_iam: iam, aws_lambda: lambda } = require('aws-cdk-lib');
new lambda.Function(this, 'A', { role: new iam.Role(this, 'RA', {}) });
new lambda.Function(this, 'B', { role: new iam.Role(this, 'RB', {}) });`,
  },
];

const cjsInvalid: Invalid[] = [
  {
    name: "CJS: SST v1's Function (@serverless-stack/resources) given one role twice",
    code: `const sst = require('@serverless-stack/resources');
const iam = require('aws-cdk-lib/aws-iam');
module.exports = function Stack(stack) {
  const role = new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  new sst.Function(stack, 'A', { handler: 'a.handler', role });
  new sst.Function(stack, 'B', { handler: 'b.handler', role });
};`,
    errors: [{ messageId: 'sharedRole', data: { name: "'B'", role: 'role', first: "'A'" }, line: 6, column: 56, endLine: 6, endColumn: 60 }],
  },
  {
    name: 'CJS: SDK CreateFunctionCommand given one ARN built from an environment variable, in a loop and in two calls',
    code: `const { LambdaClient, CreateFunctionCommand } = require('@aws-sdk/client-lambda');
const client = new LambdaClient({});
const ROLE_ARN = \`arn:aws:iam::\${process.env.AWS_ACCOUNT_ID}:role/lambda-exec\`;
exports.deploy = async (Code) => {
  for (const name of ['orders', 'reports'])
    await client.send(new CreateFunctionCommand({ FunctionName: name, Role: ROLE_ARN, Code }));
  await client.send(new CreateFunctionCommand({ FunctionName: 'a', Role: 'arn:aws:iam::' + process.env.ACCOUNT + ':role/app', Code }));
  await client.send(new CreateFunctionCommand({ FunctionName: 'b', Role: 'arn:aws:iam::' + process.env.ACCOUNT + ':role/app', Code }));
  for (const name of ['x', 'y'])
    await client.send(new CreateFunctionCommand({ FunctionName: name, Role: \`arn:aws:iam::\${process.env.ACCOUNT}:role/\${name}\`, Code }));
};`,
    errors: [
      { messageId: 'sharedRoleInLoop', data: { role: 'ROLE_ARN' }, line: 6, column: 77, endLine: 6, endColumn: 85 },
      {
        messageId: 'sharedRole',
        data: { name: "'b'", role: "'arn:aws:iam::' + process.env.ACCOUNT + ':role/…", first: "'a'" },
        line: 8,
        column: 74,
        endLine: 8,
        endColumn: 125,
      },
    ],
  },
  {
    name: 'CJS: map over a table destructuring one shared role',
    code: `const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
module.exports.build = (scope) => {
  const shared = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const FUNCTIONS = [{ name: 'orders', role: shared }, { name: 'users', role: shared }];
  return FUNCTIONS.map(({ name, role }) => new lambda.Function(scope, name, { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset(name), role }));
};`,
    errors: [{ messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 6, column: 177, endLine: 6, endColumn: 181 }],
  },
  {
    name: 'CJS: props spread from a local function that names one role',
    code: `const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
module.exports.build = (scope) => {
  const shared = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const fnProps = (entry) => ({ runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset(entry), role: shared });
  new lambda.Function(scope, 'Orders', { ...fnProps('orders') });
  new lambda.Function(scope, 'Users', { ...fnProps('users'), description: 'users' });
};`,
    errors: [{ messageId: 'sharedRole', data: { name: "'Users'", role: 'shared', first: "'Orders'" }, line: 7, column: 7, endLine: 7, endColumn: 22 }],
  },
  {
    name: 'CJS: a helper that always pushes two new functions with its role parameter',
    code: `const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const base = { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('x') };
module.exports.build = (scope) => {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  const fns = [];
  const pair = (name, r) => {
    fns.push(new lambda.Function(scope, \`\${name}-reader\`, { ...base, role: r }));
    fns.push(new lambda.Function(scope, \`\${name}-writer\`, { ...base, role: r }));
  };
  pair('orders', role);
  return fns;
};`,
    errors: [
      { messageId: 'sharedRole', data: { name: 'on line 9', role: 'role', first: 'on line 8' }, line: 11, column: 18, endLine: 11, endColumn: 22 },
    ],
  },
  {
    name: 'CJS: a helper creating two functions from props holding its role parameter',
    code: `const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
function createApi(scope, role) {
  const props = { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', role };
  new lambda.Function(scope, 'Get', { ...props, code: lambda.Code.fromAsset('get') });
  new lambda.Function(scope, 'Put', { ...props, code: lambda.Code.fromAsset('put') });
}
module.exports = (stack) => {
  createApi(stack, new iam.Role(stack, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') }));
};`,
    errors: [{ messageId: 'sharedRole', data: { name: "'Put'", role: 'the same role', first: "'Get'" }, line: 9, column: 20, endLine: 9, endColumn: 109 }],
  },
  {
    name: 'CJS: a function declaration handed to Array.from over an array-like of a length',
    code: `const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
exports.stack = (scope, code) => {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  function make(_, i) { return new lambda.Function(scope, 'F' + i, { role, code, handler: 'i.h', runtime: lambda.Runtime.NODEJS_20_X }); }
  return Array.from({ length: 3 }, make);
};`,
    errors: [{ messageId: 'sharedRoleInHelperLoop', data: { helper: 'make', role: 'role' }, line: 5, column: 70, endLine: 5, endColumn: 74 }],
  },
  {
    name: 'functions made by Array.from share the role (CommonJS)',
    code: `const lambda = require('aws-cdk-lib/aws-lambda');
const iam = require('aws-cdk-lib/aws-iam');
exports.stack = (scope, code) => {
  const role = new iam.Role(scope, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
  return Array.from({ length: 2 }, function (_, i) { return new lambda.Function(scope, 'F' + i, { role, code, handler: 'i.h', runtime: lambda.Runtime.NODEJS_20_X }); });
};`,
    errors: [{ messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 5, column: 99, endLine: 5, endColumn: 103 }],
  },
  {
    name: "CJS: a class constructor passing its props' role on through three helpers, in an array callback",
    code: `const { Role, ServicePrincipal } = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
class Api {
  constructor(scope, props) {
    props.routes.forEach((route) => this.addRoute(route, props.role));
  }
  addRoute(route, role) {
    this.addMethod(route.path, role);
  }
  addMethod(path, role) {
    return this.createFunction(path, { role, handler: 'index.handler' });
  }
  createFunction(id, props) {
    return new lambda.Function(this, id, { ...props, runtime, code });
  }
}
const role = new Role(this, 'R', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
new Api(this, { routes, role });`,
    output: null,
    errors: [
      { messageId: 'sharedRoleInLoop', data: { role: 'role' }, line: 5, column: 58, endLine: 5, endColumn: 68 },
    ],
  },
  {
    name: 'CJS: a helper importing one role by name through Fn.importValue, called twice',
    code: `const { Fn } = require('aws-cdk-lib');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
function make(scope, id) {
  return new lambda.Function(scope, id, { role: iam.Role.fromRoleName(scope, id + 'R', Fn.importValue('shared-role-name')) });
}
make(stack, 'A');
make(stack, 'B');`,
    output: null,
    errors: [
      {
        messageId: 'sharedRoleInHelper',
        data: { helper: 'make', role: "Fn.importValue('shared-role-name')", count: '2' },
        line: 5,
        column: 49,
        endLine: 5,
        endColumn: 123,
      },
    ],
  },
  {
    name: 'CJS: a role required from another module, given to two functions',
    code: `const lambda = require('aws-cdk-lib/aws-lambda');
const { executionRole } = require('./iam');
new lambda.Function(this, 'A', { runtime, handler: 'a.handler', code, role: executionRole });
new lambda.Function(this, 'B', { runtime, handler: 'b.handler', code, role: require('./iam').executionRole });`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'B'", role: 'the same role', first: "'A'" }, line: 4, column: 77, endLine: 4, endColumn: 107 },
    ],
  },
  {
    name: 'CJS: Pulumi functions through require',
    code: `const aws = require('@pulumi/aws');
const role = new aws.iam.Role('r', { assumeRolePolicy });
exports.a = new aws.lambda.Function('a', { role: role.arn, handler: 'a.handler', code });
exports.b = new aws.lambda.CallbackFunction('b', { role: role.arn, callback });`,
    output: null,
    errors: [{ messageId: 'sharedRole', data: { name: "'b'", role: 'role.arn', first: "'a'" }, line: 4, column: 58, endLine: 4, endColumn: 66 }],
  },
  {
    name: 'a role held by a member of a const object literal',
    code: `const { aws_iam: iam, aws_lambda: lambda } = require('aws-cdk-lib');
const roles = { api: new iam.Role(this, 'ApiRole', { assumedBy }), jobs: new iam.Role(this, 'JobsRole', { assumedBy }) };
new lambda.Function(this, 'A', { runtime, handler: 'a.handler', code, role: roles.api });
new lambda.Function(this, 'B', { runtime, handler: 'b.handler', code, role: roles.jobs });
new lambda.Function(this, 'C', { runtime, handler: 'c.handler', code, role: roles.api });`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'C'", role: 'roles.api', first: "'A'" },
        line: 5,
        column: 77,
        endLine: 5,
        endColumn: 86,
      },
    ],
  },
  {
    name: 'a role destructured from a const object literal (also renamed)',
    code: `const { aws_iam: iam, aws_lambda: lambda } = require('aws-cdk-lib');
const roles = { api: new iam.Role(this, 'ApiRole', { assumedBy }), jobs: new iam.Role(this, 'JobsRole', { assumedBy }) };
const { api } = roles;
const { jobs: jobsRole } = roles;
new lambda.Function(this, 'A', { runtime, handler: 'a.handler', code, role: api });
new lambda.Function(this, 'B', { runtime, handler: 'b.handler', code, role: jobsRole });
new lambda.Function(this, 'C', { runtime, handler: 'c.handler', code, role: api });
new lambda.Function(this, 'D', { runtime, handler: 'd.handler', code, role: roles.jobs });`,
    output: null,
    errors: [
      { messageId: 'sharedRole', data: { name: "'C'", role: 'api', first: "'A'" }, line: 7, column: 77, endLine: 7, endColumn: 80 },
      { messageId: 'sharedRole', data: { name: "'D'", role: 'roles.jobs', first: "'B'" }, line: 8, column: 77, endLine: 8, endColumn: 87 },
    ],
  },
  {
    name: 'CJS root barrel',
    code: `const { aws_iam: iam, aws_lambda: lambda } = require('aws-cdk-lib');
const role = new iam.Role(this, 'R', {});
new lambda.Function(this, 'A', { role });
new lambda.Function(this, 'B', { role });`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'B'", role: 'role', first: "'A'" },
        line: 4,
        column: 34,
        endLine: 4,
        endColumn: 38,
      },
    ],
  },
  {
    name: 'SDK v2 createFunction with the same Role ARN',
    code: `const AWS = require('aws-sdk');
const lambda = new AWS.Lambda();
lambda.createFunction({ FunctionName: 'a', Role: 'arn:aws:iam::123456789012:role/app-lambda' }).promise();
lambda.createFunction({ FunctionName: 'b', Role: 'arn:aws:iam::123456789012:role/app-lambda' }, () => {});`,
    output: null,
    errors: [
      {
        messageId: 'sharedRole',
        data: { name: "'b'", role: 'role/app-lambda', first: "'a'" },
        line: 4,
        column: 50,
        endLine: 4,
        endColumn: 93,
      },
    ],
  },
];

tsRuleTester.run('no-shared-execution-role', rule, { valid: tsValid, invalid: tsInvalid });
jsRuleTester.run('no-shared-execution-role', rule, { valid: jsValid, invalid: jsInvalid });
cjsRuleTester.run('no-shared-execution-role', rule, { valid: cjsValid, invalid: cjsInvalid });

describe('no-shared-execution-role on ESLint 9', () => {
  itMatchesEslint9(rule, [
    ...tsInvalid.map((test) => ['ts', test] as const),
    ...jsInvalid.map((test) => ['js', test] as const),
    ...cjsInvalid.map((test) => ['cjs', test] as const),
  ]);
});
