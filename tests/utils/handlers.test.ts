import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { getCalleeName } from '../../src/utils/ast.js';
import {
  getEnclosingHandler,
  getInlineHandlers,
  getLambdaHandlers,
  isInsideHandler,
  type LambdaHandler,
} from '../../src/utils/handlers.js';
import { join } from 'node:path';
import { ESLINT_VERSIONS, runProbe, type Dialect, type EslintVersion } from './probe.js';
import { temporaryProject } from './temporary-project.js';

interface Summary {
  exportName: string;
  /** Source text of reportLoc (the exported name alone). */
  report: string;
  /** Source text of reportNode. */
  reportNode: string;
  /** Start of the handler function's text, whitespace collapsed (null when fn is null). */
  fn: string | null;
  opaque: boolean;
  /** Callee names of the wrappers, outermost first. */
  wrappers: (string | null)[];
  decorators: string[];
  event: string | null;
  context: string | null;
  payload: boolean;
  eventIndex: 0 | 1;
  eventTypeOnly: boolean;
  madeByFactory: boolean;
}

function summarise(
  handler: LambdaHandler,
  text: (node: { range: [number, number] }) => string,
  index: (position: TSESTree.Position) => number,
): Summary {
  return {
    exportName: handler.exportName,
    report: text({ range: [index(handler.reportLoc.start), index(handler.reportLoc.end)] }),
    reportNode: text(handler.reportNode),
    fn: handler.fn === null ? null : text(handler.fn).replace(/\s+/gu, ' ').slice(0, 30),
    opaque: handler.opaque,
    wrappers: handler.wrappers.map((call) => getCalleeName(call)),
    decorators: handler.decorators.map((decorator) => text(decorator)),
    event: handler.eventParam?.name ?? null,
    context: handler.contextParam?.name ?? null,
    payload: handler.payload,
    eventIndex: handler.eventIndex,
    eventTypeOnly: handler.eventTypeOnly,
    madeByFactory: handler.madeByFactory,
  };
}

function detect(
  code: string,
  dialect: Dialect,
  settings: Record<string, unknown> = {},
  eslintVersion: EslintVersion = 10,
  filename?: string,
): Summary[] {
  let result: Summary[] = [];
  runProbe(
    code,
    dialect,
    (context) => ({
      'Program:exit'() {
        const text = (node: { range: [number, number] }): string =>
          context.sourceCode.text.slice(node.range[0], node.range[1]);
        const index = (position: TSESTree.Position): number => context.sourceCode.getIndexFromLoc(position);
        result = getLambdaHandlers(context).map((handler) => summarise(handler, text, index));
      },
    }),
    settings,
    eslintVersion,
    filename,
  );
  return result;
}

const ALL: Dialect[] = ['ts', 'esm', 'cjs'];
const ESM: Dialect[] = ['ts', 'esm'];
const TS: Dialect[] = ['ts'];

interface Case {
  name: string;
  code: string;
  /** Partial summaries, in order; [] = no handler. */
  expected: Partial<Summary>[];
  dialects: Dialect[];
  settings?: Record<string, unknown>;
}

const plain = { opaque: false, wrappers: [], decorators: [] };

const cases: Case[] = [
  {
    name: "other platforms' functions exported as handler, by the types they are written with: Express's Handler, Azure Functions, Google's Functions Framework, Vercel, React, Koa",
    code: `import type { Handler as ExpressHandler } from 'express';
import type { HttpRequest, InvocationContext } from '@azure/functions';
import type * as ff from '@google-cloud/functions-framework';
import type { VercelRequest, VercelResponse } from '@vercel/node';
import type { MouseEvent } from 'react';
export const handler: ExpressHandler = async (req, res, next) => { next(); };
export async function azure(request: HttpRequest, context: InvocationContext) { return { body: 'ok' }; }
export async function azureContextFirst(context: InvocationContext) { return 1; }
export const gcf = async (cloudEvent: ff.CloudEvent<unknown>) => {};
export const vercel = async (req: VercelRequest, res: VercelResponse) => {};
export const click = (event: MouseEvent<HTMLButtonElement>) => {};`,
    expected: [],
    dialects: TS,
    settings: { 'lambda-guard': { handlerNames: ['azure', 'azureContextFirst', 'gcf', 'vercel', 'click'] } },
  },
  {
    name: "a route taking its framework's context and answering by setting its response (ctx.body, context.res); one only reading it is judged",
    code: `import type { AppContext } from './app';
export const handler = async (ctx: AppContext) => { ctx.body = await load(ctx.params.id); };
export async function main(context: AppContext) { context.res = { status: 200 }; }
export async function task(context: AppContext) { return fetch(context.url); }`,
    expected: [{ exportName: 'task', event: 'context' }],
    dialects: TS,
    settings: { 'lambda-guard': { handlerNames: ['main', 'task'] } },
  },
  {
    name: "types of @types/aws-lambda's global namespace AWSLambda, without an import: a typed event and context, a handler type",
    code: `export async function main(event: AWSLambda.SQSEvent, context: AWSLambda.Context) {}
export const api: AWSLambda.APIGatewayProxyHandler = async (event) => ({ statusCode: 200, body: '' });
export function helper(value: string) {}`,
    expected: [
      { exportName: 'main', event: 'event', context: 'context' },
      { exportName: 'api', event: 'event', context: null },
    ],
    dialects: TS,
  },
  {
    name: 'an event typed with a type of the file standing for an aws-lambda one: an alias, an intersection that holds one, an interface that extends one',
    code: `import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, SQSEvent } from 'aws-lambda';
type Event = APIGatewayProxyEventV2 & { headers: { authorization: string } };
type Batch = SQSEvent;
interface Upload extends APIGatewayProxyEventV2 { body: string }
export async function main(event: Event): Promise<APIGatewayProxyResultV2> { return { statusCode: 200 }; }
export async function consume(batch: Batch) {}
export async function upload(request: Upload) {}`,
    expected: [
      { exportName: 'main', event: 'event' },
      { exportName: 'consume', event: 'batch' },
      { exportName: 'upload', event: 'request' },
    ],
    dialects: TS,
    settings: { 'lambda-guard': { handlerNames: ['nothing'] } },
  },
  {
    name: "a type of the file standing for an aws-lambda event through a namespace import, the global namespace, or TypeScript's Omit",
    code: `import type * as lambda from 'aws-lambda';
import type { APIGatewayProxyEvent } from 'aws-lambda';
interface Upload extends lambda.APIGatewayProxyEvent { body: string }
interface Queued extends AWSLambda.SQSEvent { extra: number }
type Order = Omit<APIGatewayProxyEvent, 'body'> & { body: { id: string } };
type Stripped = Omit<lambda.APIGatewayProxyEventV2, 'cookies'>;
interface Parsed extends Omit<APIGatewayProxyEvent, 'body'> { body: { id: string } }
export async function upload(request: Upload) {}
export async function consume(batch: Queued) {}
export async function order(event: Order) {}
export async function stripped(event: Stripped) {}
export async function parsed(event: Parsed) {}
export async function inline(event: Omit<APIGatewayProxyEvent, 'body'>) {}
export async function nested(event: Omit<Omit<APIGatewayProxyEvent, 'body'>, 'headers'>) {}`,
    expected: [
      { exportName: 'upload', event: 'request' },
      { exportName: 'consume', event: 'batch' },
      { exportName: 'order', event: 'event' },
      { exportName: 'stripped', event: 'event' },
      { exportName: 'parsed', event: 'event' },
      { exportName: 'inline', event: 'event' },
      { exportName: 'nested', event: 'event' },
    ],
    dialects: TS,
    settings: { 'lambda-guard': { handlerNames: ['nothing'] } },
  },
  {
    name: 'an Omit imported from a module of the project is not TypeScript\'s',
    code: `import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { Omit } from './types';
export async function order(event: Omit<APIGatewayProxyEvent, 'body'>) {}`,
    expected: [],
    dialects: TS,
    settings: { 'lambda-guard': { handlerNames: ['nothing'] } },
  },
  {
    name: "a member of another module's namespace, an Omit of the file's own, or Omit of a generic event stands for no event",
    code: `import type * as lambda from 'aws-lambda';
import type * as other from './types';
type Omit<T, K> = { kept: T; dropped: K };
interface Upload extends other.APIGatewayProxyEvent { body: string }
type Order = Omit<lambda.APIGatewayProxyEvent, 'body'>;
type Typed = globalThis.Omit<lambda.SQSEvent, 'Records'>;
export async function upload(request: Upload) {}
export async function order(event: Order) {}
export async function typed(event: Typed) {}
export async function inline(event: Omit<lambda.SQSEvent, 'Records'>) {}`,
    expected: [],
    dialects: TS,
    settings: { 'lambda-guard': { handlerNames: ['nothing'] } },
  },
  {
    name: 'a type of the file given to an aws-lambda type with type arguments stands for the project type it makes (a detail of its own)',
    code: `import type { ScheduledEvent, SQSEvent } from 'aws-lambda';
type CloudTrailEvent = ScheduledEvent<{ eventName: string; userIdentity: { arn: string } }>;
interface Typed extends SQSEvent<string> {}
export async function audit(input: CloudTrailEvent) {}
export async function typed(input: Typed) {}`,
    expected: [],
    dialects: TS,
    settings: { 'lambda-guard': { handlerNames: ['nothing'] } },
  },
  {
    name: 'a type of the file that is a union with an aws-lambda event, a generic one, or a cycle of aliases stands for no event',
    code: `import type { SQSEvent } from 'aws-lambda';
type Either = SQSEvent | { id: string };
type Wrapped<T> = SQSEvent & { extra: T };
type A = B & { a: 1 };
type B = A;
export async function one(input: Either) {}
export async function two(input: Wrapped<string>) {}
export async function three(input: A) {}`,
    expected: [],
    dialects: TS,
    settings: { 'lambda-guard': { handlerNames: ['nothing'] } },
  },
  {
    name: 'a namespace of the file named AWSLambda is not the global one',
    code: `namespace AWSLambda { export type SQSEvent = { id: string }; }
export async function main(event: AWSLambda.SQSEvent) {}`,
    expected: [],
    dialects: TS,
  },
  {
    name: 'typed helpers: a second parameter of another type, a sync function returning plain values or declared so',
    code: `import type { APIGatewayAuthorizerEvent, APIGatewayProxyEvent, Context, PolicyDocument, StatementEffect } from 'aws-lambda';
import type { Result } from './types';
export const createPolicy = (event: APIGatewayAuthorizerEvent, effect: StatementEffect): PolicyDocument => ({
  Version: '2012-10-17', Statement: [{ Effect: effect, Action: 'execute-api:Invoke', Resource: [event.methodArn] }],
});
export const payloadValidator = (event: APIGatewayProxyEvent, _context: Context): Result => {
  if (!event.body) return { validated: false };
  return { validated: true };
};
export const describe = (event: APIGatewayProxyEvent, context: Context): string => event.path + context.awsRequestId;`,
    expected: [],
    dialects: TS,
  },
  {
    name: 'typed handlers stay: a context named or typed otherwise, a call returned, a declared handler type, a name',
    code: `import type { APIGatewayProxyEvent, APIGatewayProxyHandler, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { LambdaContext } from './types';
import { respond } from './respond';
export const viaLocalContext = async (event: APIGatewayProxyEvent, context: LambdaContext): Promise<APIGatewayProxyResult> =>
  ({ statusCode: 200, body: context.awsRequestId });
export const viaCall = (event: APIGatewayProxyEvent, context: Context) => respond(event, context);
export const viaType: APIGatewayProxyHandler = (event) => ({ statusCode: 200, body: event.path });
export const handler = (event: APIGatewayProxyEvent, id: string) => ({ statusCode: 200, body: id });
export const legacy = (event: APIGatewayProxyEvent, context: Context) => { context.succeed(event.body); return 'done'; };`,
    expected: [
      { exportName: 'viaLocalContext' },
      { exportName: 'viaCall' },
      { exportName: 'viaType' },
      { exportName: 'handler' },
      { exportName: 'legacy' },
    ],
    dialects: TS,
  },
  {
    name: 'a function exported as handler whose second parameter is an error: an error reporter, not Lambda',
    code: `const errHandler = async (event, _err) => ({ event });
module.exports = { handler: errHandler };`,
    expected: [],
    dialects: ['cjs'],
  },
  {
    name: 'module.exports = { [NAME]: fn } with a const string key; an unknown computed key exports nothing known',
    code: `const NAME = 'handler';\nmodule.exports = { [NAME]: async (event) => ({ event }), [Symbol.iterator]: async (event) => event };`,
    expected: [{ exportName: 'handler', event: 'event' }],
    dialects: ['cjs'],
  },
  {
    name: 'lambdaHandler, the export sam init templates name in Handler: app.lambdaHandler',
    code: `exports.lambdaHandler = async (event, context) => ({ statusCode: 200, body: event.body });`,
    expected: [{ exportName: 'lambdaHandler', event: 'event', context: 'context' }],
    dialects: ['cjs'],
  },
  {
    name: 'a handler with a differently named context is still one',
    code: `export const handler = async (event, ctx) => ctx.awsRequestId;`,
    expected: [{ exportName: 'handler', event: 'event', context: 'ctx' }],
    dialects: ESM,
  },
  // ESM export shapes
  {
    name: 'export const arrow',
    code: `export const handler = async (event, context) => { return 1; };`,
    expected: [{ exportName: 'handler', report: 'handler', fn: 'async (event, context) => { re', event: 'event', context: 'context', ...plain }],
    dialects: ESM,
  },
  {
    name: 'export async function',
    code: `export async function handler(evt) { return evt; }`,
    expected: [{ exportName: 'handler', report: 'handler', fn: 'async function handler(evt) { ', event: 'evt', context: null, ...plain }],
    dialects: ESM,
  },
  {
    name: 'export const function expression',
    code: `export const handler = function (e, c = {}) {};`,
    expected: [{ exportName: 'handler', fn: 'function (e, c = {}) {}', event: 'e', context: 'c' }],
    dialects: ESM,
  },
  {
    name: 'export { main as handler }',
    code: `async function main(event) {}\nexport { main as handler };`,
    expected: [{ exportName: 'handler', report: 'handler', fn: 'async function main(event) {}', event: 'event' }],
    dialects: ESM,
  },
  {
    name: 'export { handler } of a local const',
    code: `const handler = async (event) => event;\nexport { handler };`,
    expected: [{ exportName: 'handler', report: 'handler', fn: 'async (event) => event' }],
    dialects: ESM,
  },
  {
    name: "export { fn as 'handler' } (string name)",
    code: `const fn = async () => {};\nexport { fn as 'handler' };`,
    expected: [{ exportName: 'handler', report: "'handler'", fn: 'async () => {}' }],
    dialects: ESM,
  },
  {
    name: 'one identifier hop (ESM)',
    code: `const impl = async (event) => {};\nexport const handler = impl;`,
    expected: [{ exportName: 'handler', report: 'handler', fn: 'async (event) => {}' }],
    dialects: ESM,
  },
  {
    name: 'destructured params give null event/context',
    code: `export const handler = async ({ body }, [ctx]) => body;`,
    expected: [{ exportName: 'handler', event: null, context: null }],
    dialects: ESM,
  },
  // CommonJS export shapes
  {
    name: "modules of Google's functions frameworks: Firebase's (after an AWS SDK import too) and the Functions Framework's (required through a call of what require gives)",
    code: `const { S3 } = require('aws-sdk');
const functions = require('firebase-functions').region('europe-west1');
exports.handler = async (event, context) => {};`,
    expected: [],
    dialects: ['cjs'],
  },
  {
    name: 'firebase-functions and the Functions Framework imported as ES modules',
    code: `import * as functions from 'firebase-functions/v1';
import * as ff from '@google-cloud/functions-framework';
export const handler = async (event, context) => {};`,
    expected: [],
    dialects: ESM,
  },
  {
    name: "Google Cloud's client libraries alone: Lambda code may call Google's services (BigQuery, Dialogflow, Storage)",
    code: `const storage = require('@google-cloud/storage')();
exports.handler = async (event, context) => { await storage.bucket('b').file('x').save(event.body); };`,
    expected: [{ exportName: 'handler' }],
    dialects: ['cjs'],
  },
  {
    name: 'exports.handler =',
    code: `exports.handler = async (event, context) => {};`,
    expected: [{ exportName: 'handler', report: 'handler', fn: 'async (event, context) => {}', event: 'event', context: 'context', ...plain }],
    dialects: ALL,
  },
  {
    name: 'module.exports.handler =',
    code: `module.exports.handler = async function (event) {};`,
    expected: [{ exportName: 'handler', report: 'handler', fn: 'async function (event) {}' }],
    dialects: ALL,
  },
  {
    name: "module.exports['handler'] =",
    code: `module['exports']['handler'] = (event) => {};`,
    expected: [{ exportName: 'handler', report: "'handler'", fn: '(event) => {}' }],
    dialects: ALL,
  },
  {
    name: 'module.exports = { handler }',
    code: `async function handler(event) {}\nmodule.exports = { handler };`,
    expected: [{ exportName: 'handler', report: 'handler', fn: 'async function handler(event) ' }],
    dialects: ALL,
  },
  {
    name: 'module.exports = { handler: fn }',
    code: `const fn = async (event) => {};\nmodule.exports = { handler: fn, other: 1 };`,
    expected: [{ exportName: 'handler', report: 'handler', fn: 'async (event) => {}' }],
    dialects: ALL,
  },
  {
    name: 'module.exports = { async handler() {} }',
    code: `module.exports = { async handler(event, ctx) {} };`,
    expected: [{ exportName: 'handler', report: 'handler', fn: '(event, ctx) {}', event: 'event', context: 'ctx' }],
    dialects: ALL,
  },
  {
    name: 'module.exports = a const object',
    code: `const api = { handler: async (e) => e };\nmodule.exports = api;`,
    expected: [{ exportName: 'handler', report: 'handler', fn: 'async (e) => e' }],
    dialects: ALL,
  },
  {
    name: 'one identifier hop (CJS), function declaration',
    code: `exports.handler = run;\nasync function run(event) {}`,
    expected: [{ exportName: 'handler', fn: 'async function run(event) {}' }],
    dialects: ALL,
  },
  {
    name: 'TypeScript compiled CommonJS output',
    code: `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.handler = void 0;\nconst handler = async (event) => { return event; };\nexports.handler = handler;`,
    expected: [{ exportName: 'handler', report: 'handler', fn: 'async (event) => { return even' }],
    dialects: ALL,
  },
  {
    name: 'chained assignment',
    code: `module.exports.handler = exports.handler = async (event) => {};`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}' }],
    dialects: ALL,
  },
  {
    name: 'TypeScript export =',
    code: `const handler = async (event) => {};\nexport = { handler };`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}' }],
    dialects: TS,
  },
  // Names from settings, default export
  {
    name: 'handlerNames setting',
    code: `export const main = async (event) => {};\nexport const handler = async () => {};\nexport const other = async (event) => {};`,
    expected: [{ exportName: 'main' }, { exportName: 'handler' }],
    dialects: ESM,
    settings: { 'lambda-guard': { handlerNames: ['main'] } },
  },
  {
    // The names are looked for in the text with one pattern: `$` and `.`-free names alike
    name: 'handlerNames setting with a $ in the name, no other handler word in the file',
    code: `export const $main = async (event) => {};\nexport const main$ = async (event) => {};`,
    expected: [{ exportName: '$main' }],
    dialects: ESM,
    settings: { 'lambda-guard': { handlerNames: ['$main'] } },
  },
  {
    name: 'handlerNames setting (CJS)',
    code: `module.exports = { main: async (event) => {}, util: () => 1 };`,
    expected: [{ exportName: 'main', report: 'main' }],
    dialects: ALL,
    settings: { 'lambda-guard': { handlerNames: ['main'] } },
  },
  {
    name: "export default when 'default' is configured",
    code: `export default async function (event) {}`,
    expected: [
      {
        exportName: 'default',
        report: 'export default',
        reportNode: 'export default async function (event) {}',
        fn: 'async function (event) {}',
      },
    ],
    dialects: ESM,
    settings: { 'lambda-guard': { handlerNames: ['default'] } },
  },
  {
    name: "export default named function when 'default' is configured",
    code: `export default async function lambda(event) {}`,
    expected: [{ exportName: 'default', report: 'lambda' }],
    dialects: ESM,
    settings: { 'lambda-guard': { handlerNames: ['default'] } },
  },
  {
    name: "module.exports = fn is 'default'",
    code: `module.exports = async (event) => {};`,
    expected: [{ exportName: 'default', report: 'module.exports', fn: 'async (event) => {}' }],
    dialects: ALL,
    settings: { 'lambda-guard': { handlerNames: ['default'] } },
  },
  {
    name: "TypeScript export = fn is 'default', reported at `export =`",
    code: `export = async (event) => {};`,
    expected: [{ exportName: 'default', report: 'export =', fn: 'async (event) => {}' }],
    dialects: TS,
    settings: { 'lambda-guard': { handlerNames: ['default'] } },
  },
  // middy
  {
    name: 'middy(fn).use().use()',
    code: `import middy from '@middy/core';\nimport jsonBodyParser from '@middy/http-json-body-parser';\nconst base = async (event, context) => {};\nexport const handler = middy(base).use(jsonBodyParser()).use(cors());`,
    expected: [{ exportName: 'handler', fn: 'async (event, context) => {}', opaque: false, wrappers: ['use', 'use', 'middy'], event: 'event', context: 'context' }],
    dialects: ESM,
  },
  {
    name: 'middy().use().handler(fn)',
    code: `const middy = require('@middy/core');\nexports.handler = middy().use(x()).handler(async (event) => {});`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}', opaque: false, wrappers: ['handler', 'use', 'middy'] }],
    dialects: ALL,
  },
  {
    name: 'a middy chain continued on a const: base.use(…), base.handler(fn)',
    code: `import middy from '@middy/core';\nconst base = middy(async (event) => {}).use(a());\nexport const handler = base.use(b()).use(c());\nconst shared = middy().use(a());\nexport const other = shared.handler(async (event) => {});`,
    expected: [
      { exportName: 'handler', fn: 'async (event) => {}', opaque: false, wrappers: ['use', 'use', 'use', 'middy'] },
      { exportName: 'other', fn: 'async (event) => {}', opaque: false, wrappers: ['handler', 'use', 'middy'] },
    ],
    dialects: ESM,
  },
  {
    name: 'CJS: a middy chain continued on a const',
    code: `const middy = require('@middy/core');\nconst base = middy(async (event) => {});\nmodule.exports.handler = base.use(cors());`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}', opaque: false, wrappers: ['use', 'middy'] }],
    dialects: ALL,
  },
  {
    name: 'middy({ options }).handler(fn)',
    code: `import middy from '@middy/core';\nexport const handler = middy({ timeoutEarlyInMillis: 0 }).handler(async function (event) {});`,
    expected: [{ exportName: 'handler', fn: 'async function (event) {}', wrappers: ['handler', 'middy'] }],
    dialects: ESM,
  },
  {
    name: 'middy with an inline function',
    code: `import middy from '@middy/core';\nexport const handler = middy(async (event) => {});`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}', wrappers: ['middy'] }],
    dialects: ESM,
  },
  {
    name: 'middy without a visible handler is opaque',
    code: `import middy from '@middy/core';\nimport { impl } from './impl';\nexport const handler = middy(impl).use(x());`,
    expected: [{ exportName: 'handler', fn: null, opaque: true, wrappers: ['use', 'middy'] }],
    dialects: ESM,
  },
  {
    name: 'a local function called middy is not middy: an unknown wrapper (opaque: it may log for the handler)',
    code: `const middy = (f) => f;\nexport const handler = middy(async (event) => {});`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}', opaque: true, wrappers: ['middy'] }],
    dialects: ESM,
  },
  // Powertools class handlers
  {
    name: 'Powertools class with decorators, bind',
    code: [
      `import type { LambdaInterface } from '@aws-lambda-powertools/commons/types';`,
      `import { Logger } from '@aws-lambda-powertools/logger';`,
      `const logger = new Logger();`,
      `class Lambda implements LambdaInterface {`,
      `  @logger.injectLambdaContext({ logEvent: false })`,
      `  public async handler(event: unknown, context: unknown): Promise<void> {}`,
      `}`,
      `const handlerClass = new Lambda();`,
      `export const handler = handlerClass.handler.bind(handlerClass);`,
    ].join('\n'),
    expected: [
      {
        exportName: 'handler',
        report: 'handler',
        fn: '(event: unknown, context: unkn',
        opaque: false,
        wrappers: [],
        decorators: ['@logger.injectLambdaContext({ logEvent: false })'],
        event: 'event',
        context: 'context',
      },
    ],
    dialects: TS,
  },
  {
    name: 'Powertools class: new X().handler and exports.handler = inst.handler.bind(inst)',
    code: `class Lambda { async handler(event) {} }\nconst inst = new Lambda();\nexports.handler = inst.handler.bind(inst);\nexports.main = new Lambda().handler;`,
    expected: [{ exportName: 'handler', fn: '(event) {}' }, { exportName: 'main', fn: '(event) {}' }],
    dialects: ALL,
    settings: { 'lambda-guard': { handlerNames: ['main'] } },
  },
  {
    name: 'class arrow property and static method',
    code: `class A { handler = async (event) => {}; static run(event) {} }\nexports.handler = new A().handler;\nexports.main = A.run;`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}' }, { exportName: 'main', fn: '(event) {}' }],
    dialects: ALL,
    settings: { 'lambda-guard': { handlerNames: ['main'] } },
  },
  {
    name: 'implements LambdaInterface counts as type evidence',
    code: `import type { LambdaInterface } from '@aws-lambda-powertools/commons/types';\nclass L implements LambdaInterface { async handler(event: unknown) {} }\nconst l = new L();\nexport const run = l.handler.bind(l);`,
    expected: [{ exportName: 'run', fn: '(event: unknown) {}' }],
    dialects: TS,
  },
  {
    name: 'LambdaInterface through a namespace import of the commons types',
    code: `import type * as commons from '@aws-lambda-powertools/commons/types';\nclass L implements commons.LambdaInterface { async handler(event: unknown) {} }\nconst l = new L();\nexport const run = l.handler.bind(l);`,
    expected: [{ exportName: 'run', fn: '(event: unknown) {}' }],
    dialects: TS,
  },
  {
    name: 'aws-lambda types next to Powertools utility imports are type evidence',
    code: `import { isRecord } from '@aws-lambda-powertools/commons';\nimport type { Context } from 'aws-lambda';\nexport const run = async (event: unknown, context: Context) => isRecord(event);`,
    expected: [{ exportName: 'run', fn: 'async (event: unknown, context' }],
    dialects: TS,
  },
  {
    name: 'Powertools utility imports alone are no type evidence',
    code: `import { isRecord } from '@aws-lambda-powertools/commons';\nimport type { Context } from './types';\nexport const run = async (event: unknown, context: Context) => isRecord(event);`,
    expected: [],
    dialects: TS,
  },
  // Other wrappers
  {
    name: 'Sentry.AWSLambda.wrapHandler (@sentry/serverless)',
    code: `const Sentry = require('@sentry/serverless');\nexports.handler = Sentry.AWSLambda.wrapHandler(async (event) => {});`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}', wrappers: ['wrapHandler'] }],
    dialects: ALL,
  },
  {
    name: 'Sentry.wrapHandler (@sentry/aws-serverless)',
    code: `import * as Sentry from '@sentry/aws-serverless';\nconst fn = async (event) => {};\nexport const handler = Sentry.wrapHandler(fn);`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}', wrappers: ['wrapHandler'] }],
    dialects: ESM,
  },
  {
    name: 'datadog(fn)',
    code: `const { datadog } = require('datadog-lambda-js');\nasync function main(event) {}\nmodule.exports.handler = datadog(main, { mergeDatadogXrayTraces: true });`,
    expected: [{ exportName: 'handler', fn: 'async function main(event) {}', wrappers: ['datadog'] }],
    dialects: ALL,
  },
  {
    name: 'awslambda.streamifyResponse(fn)',
    code: `export const handler = awslambda.streamifyResponse(async (event, responseStream, context) => {});`,
    expected: [{ exportName: 'handler', fn: 'async (event, responseStream, ', wrappers: ['streamifyResponse'], event: 'event', context: 'context' }],
    dialects: ESM,
  },
  {
    name: 'awslambda.streamifyResponse(fn) on the global cast for TypeScript ((awslambda as any))',
    code: `export const handler = (awslambda as any).streamifyResponse(async (event: any, responseStream: any, context: any) => {});`,
    expected: [{ exportName: 'handler', fn: 'async (event: any, responseStr', wrappers: ['streamifyResponse'], event: 'event', context: 'context' }],
    dialects: TS,
  },
  {
    name: 'awslambda.streamifyResponse(fn) with the runtime global declared for TypeScript (declare const)',
    code: `declare const awslambda: { streamifyResponse: (f: unknown) => unknown };\nexport const handler = awslambda.streamifyResponse(async (request: unknown, responseStream: unknown) => {});`,
    expected: [{ exportName: 'handler', fn: 'async (request: unknown, respo', wrappers: ['streamifyResponse'], opaque: false }],
    dialects: TS,
  },
  {
    name: 'Architect: arc.http.async(fn), arc.http(fn), arc.events.subscribe(fn) and arc.queues.subscribe(fn)',
    code: `const arc = require('@architect/functions');\nasync function main(req) {}\nexports.handler = arc.http.async(main);\nexports.v6 = arc.http(async (req) => {});\nexports.onEvent = arc.events.subscribe(async (payload) => {});\nexports.onJob = arc.queues.subscribe((job) => {});`,
    expected: [
      { exportName: 'handler', fn: 'async function main(req) {}', wrappers: ['async'], event: 'req', payload: false },
      { exportName: 'v6', fn: 'async (req) => {}', wrappers: ['http'], event: 'req', payload: false },
      { exportName: 'onEvent', fn: 'async (payload) => {}', wrappers: ['subscribe'], event: 'payload', payload: true },
      { exportName: 'onJob', fn: '(job) => {}', wrappers: ['subscribe'], event: 'job', payload: true },
    ],
    dialects: ALL,
    settings: { 'lambda-guard': { handlerNames: ['handler', 'v6', 'onEvent', 'onJob'] } },
  },
  {
    name: 'SST bus.subscriber(events, fn) and its older names hand fn a payload, then the event',
    code: `const { bus } = require('sst/aws/bus');\nexports.handler = bus.subscriber([Created, Deleted], async (evt, raw) => {});\nexports.old = bus.handler(Created, async (payload, event) => {});\nexports.example = bus.handle(Created, async (payload) => {});`,
    expected: [
      { exportName: 'handler', fn: 'async (evt, raw) => {}', wrappers: ['subscriber'], event: 'raw', context: null, payload: false, eventIndex: 1 },
      { exportName: 'old', fn: 'async (payload, event) => {}', wrappers: ['handler'], event: 'event', context: null, eventIndex: 1 },
      { exportName: 'example', fn: 'async (payload) => {}', wrappers: ['handle'], event: null, context: null, eventIndex: 1 },
    ],
    dialects: ALL,
    settings: { 'lambda-guard': { handlerNames: ['handler', 'old', 'example'] } },
  },
  {
    name: 'SST bus: another module named bus, another method, a spread argument',
    code: `import { bus } from './bus';\nimport { bus as sstBus } from 'sst/aws/bus';\nexport const handler = bus.subscriber(Created, async (evt, raw) => {});\nexport const other = sstBus.publish(Created, async (evt, raw) => {});\nexport const spread = sstBus.subscriber(...args);`,
    expected: [
      { exportName: 'handler', fn: 'async (evt, raw) => {}', wrappers: ['subscriber'], event: 'evt', eventIndex: 0, opaque: true },
      { exportName: 'other', fn: 'async (evt, raw) => {}', wrappers: ['publish'], event: 'evt', eventIndex: 0, opaque: true },
      { exportName: 'spread', fn: null, wrappers: ['subscriber'], opaque: true },
    ],
    dialects: ESM,
    settings: { 'lambda-guard': { handlerNames: ['handler', 'other', 'spread'] } },
  },
  {
    name: 'Architect: middleware before the handler makes it opaque; an Express app is an adapter',
    code: `import arc from '@architect/functions';\nimport express from 'express';\nconst auth = async (req) => {};\nexport const handler = arc.http(auth, async (req) => ({ json: {} }));\nexport const app = arc.http.express(express());\nexport const other = arc.tables(async (req) => {});`,
    expected: [
      { exportName: 'handler', fn: 'async (req) => ({ json: {} })', opaque: true, wrappers: ['http'] },
      { exportName: 'app', fn: null, opaque: true, wrappers: ['express'] },
    ],
    dialects: ESM,
    settings: { 'lambda-guard': { handlerNames: ['handler', 'app', 'other'] } },
  },
  {
    name: 'handlerWrappers: a dotted name matches the whole callee, a plain name the last part',
    code: `const lib = require('./lib');\nexports.handler = lib.http.wrap(async (req) => {});\nexports.other = other.wrap(async (req) => {});\nexports.traced = tools.withTracing(async (req) => {});`,
    expected: [
      { exportName: 'handler', fn: 'async (req) => {}', wrappers: ['wrap'], event: 'req' },
      { exportName: 'traced', fn: 'async (req) => {}', wrappers: ['withTracing'], event: 'req' },
    ],
    dialects: ALL,
    settings: { 'lambda-guard': { handlerNames: ['handler', 'other', 'traced'], handlerWrappers: ['lib.http.wrap', 'withTracing'] } },
  },
  {
    name: 'nested wrappers: Sentry around middy',
    code: `import middy from '@middy/core';\nimport * as Sentry from '@sentry/aws-serverless';\nexport const handler = Sentry.wrapHandler(middy(async (event) => {}).use(x()));`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}', wrappers: ['wrapHandler', 'use', 'middy'] }],
    dialects: ESM,
  },
  {
    name: 'handlerWrappers setting',
    code: `import { withTracing } from './tracing';\nexport const handler = withTracing(async (event) => {});`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}', wrappers: ['withTracing'] }],
    dialects: ESM,
    settings: { 'lambda-guard': { handlerWrappers: ['withTracing'] } },
  },
  {
    name: 'DAZN Lambda Powertools patterns: wrap(fn) and obfuscaterPattern(filters, fn)',
    code: `const wrap = require('@dazn/lambda-powertools-pattern-basic');\nconst { obfuscaterPattern } = require('@perform/lambda-powertools-pattern-obfuscate');\nmodule.exports.handler = wrap(async (event) => {});\nmodule.exports.lambdaHandler = obfuscaterPattern(['Records.*.name'], async (event) => {});`,
    expected: [
      { exportName: 'handler', fn: 'async (event) => {}', wrappers: ['wrap'] },
      { exportName: 'lambdaHandler', fn: 'async (event) => {}', wrappers: ['obfuscaterPattern'] },
    ],
    dialects: ALL,
  },
  {
    name: 'DAZN wrap(fn) with more middlewares, and a configured builder with .use() before .handler(fn)',
    code: `const wrap = require('@dazn/lambda-powertools-pattern-basic');\nconst { bundle } = require('./bundle');\nmodule.exports.handler = wrap(async (event) => {}).use(extra());\nmodule.exports.lambdaHandler = bundle({ logger }).use(extra()).handler(async (event) => {});`,
    expected: [
      { exportName: 'handler', fn: 'async (event) => {}', wrappers: ['use', 'wrap'] },
      { exportName: 'lambdaHandler', fn: 'async (event) => {}', wrappers: ['handler', 'use', 'bundle'] },
    ],
    dialects: ALL,
    settings: { 'lambda-guard': { handlerWrappers: ['bundle'] } },
  },
  {
    name: 'Object.assign(module.exports, { … }) and Object.assign(exports, …)',
    code: `async function handler(event) {}\nObject.assign(module.exports, { handler });\nObject.assign(exports, { lambdaHandler: async (event) => {} }, { other: 1 });`,
    expected: [
      { exportName: 'handler', report: 'handler', event: 'event' },
      { exportName: 'lambdaHandler', report: 'lambdaHandler', fn: 'async (event) => {}' },
    ],
    dialects: ['cjs'],
  },
  {
    name: 'module.exports = { handler: exports.handler } after exports.handler = fn (also module.exports.x; one never assigned is no export): the same functions',
    code: `exports.handler = async (event, context) => {};\nmodule.exports.lambdaHandler = async (job) => {};\nmodule.exports = { handler: exports.handler, lambdaHandler: module.exports.lambdaHandler, main: exports.other };`,
    expected: [
      { exportName: 'handler', report: 'handler', fn: 'async (event, context) => {}' },
      { exportName: 'lambdaHandler', report: 'lambdaHandler', fn: 'async (job) => {}' },
    ],
    dialects: ['cjs'],
  },
  {
    name: 'a const bound to module.exports or exports: its members are exports',
    code: `const e = module.exports;\nconst x = exports;\ne.handler = async (event) => {};\nx.lambdaHandler = async (event) => {};\nObject.assign(e, { main: async (event) => {} });`,
    expected: [
      { exportName: 'handler', report: 'handler', fn: 'async (event) => {}' },
      { exportName: 'lambdaHandler', report: 'lambdaHandler', fn: 'async (event) => {}' },
    ],
    dialects: ['cjs'],
  },
  {
    name: 'a let bound to module.exports (it may change), a const of another object, a const of a module.exports member: no exports',
    code: `let e = module.exports;\nconst api = {};\nconst m = module.exports.inner;\ne.handler = async (event) => {};\napi.handler = async (event) => {};\nm.handler = async (event) => {};`,
    expected: [],
    dialects: ['cjs'],
  },
  {
    name: 'Object.assign onto another object, or a local Object, exports nothing',
    code: `const Object = { assign() {} };\nconst api = {};\nObject.assign(module.exports, { handler: async (event) => {} });\nglobalThis.Object.assign(api, { handler: async (event) => {} });`,
    expected: [],
    dialects: ['cjs'],
  },
  {
    name: 'handlerWrappers setting: a wrapper configured first, w(options)(fn)',
    code: `import { cors } from './cors';\nexport const handler = cors({ origin: '*' })(async (event) => {});`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}', wrappers: [null, 'cors'] }],
    dialects: ESM,
    settings: { 'lambda-guard': { handlerWrappers: ['cors'] } },
  },
  {
    name: 'handlerWrappers setting: a builder, w(options).handler(fn)',
    code: `const { baseMiddlewareBundle } = require('./middleware');\nmodule.exports.handler = baseMiddlewareBundle({ logger }).handler(async (event) => {});`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}', wrappers: ['handler', 'baseMiddlewareBundle'] }],
    dialects: ALL,
    settings: { 'lambda-guard': { handlerWrappers: ['baseMiddlewareBundle'] } },
  },
  {
    name: 'curried and builder forms of an unconfigured wrapper: unknown wrappers around a function written there',
    code: `import { cors } from './cors';\nexport const handler = cors({ origin: '*' })(async (event) => {});\nexport const lambdaHandler = cors({}).handler(async (event) => {});`,
    expected: [
      { exportName: 'handler', fn: 'async (event) => {}', opaque: true, wrappers: [null] },
      { exportName: 'lambdaHandler', fn: 'async (event) => {}', opaque: true, wrappers: ['handler'] },
    ],
    dialects: ESM,
    settings: { 'lambda-guard': { handlerWrappers: ['withTracing'] } },
  },
  {
    name: 'an unknown wrapper without the setting: the handler is the function it is given, opaque (the wrapper may log)',
    code: `import { withTracing } from './tracing';\nexport const handler = withTracing(async (event) => {});`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}', opaque: true, wrappers: ['withTracing'] }],
    dialects: ESM,
  },
  {
    name: 'unknown wrappers given a function of the file by name, or written last after options',
    code: `import { baseHandler, schedule } from './middleware';\nfunction createTask(event) {}\nexport const handler = baseHandler(createTask);\nexport const lambdaHandler = schedule('@daily', async (event) => {});`,
    expected: [
      { exportName: 'handler', fn: 'function createTask(event) {}', opaque: true, wrappers: ['baseHandler'] },
      { exportName: 'lambdaHandler', fn: 'async (event) => {}', opaque: true, wrappers: ['schedule'] },
    ],
    dialects: ESM,
  },
  {
    name: 'an export of another name wrapping a function typed as a handler in an unknown wrapper; untyped, not one',
    code: `import type { APIGatewayProxyHandler } from 'aws-lambda';\nimport { wrapApi } from '@libs/lambda';\nconst update: APIGatewayProxyHandler = async (event) => ({ statusCode: 200, body: '' });\nconst plain = async (event) => ({ statusCode: 200 });\nexport const main = wrapApi(update);\nexport const other = wrapApi(plain);`,
    expected: [{ exportName: 'main', fn: 'async (event) => ({ statusCode', opaque: true, wrappers: ['wrapApi'] }],
    dialects: TS,
  },
  {
    name: "the Serverless Framework TypeScript template: `main = middyfy(fn)` under any name, the type the project's own",
    code: `import { middyfy } from '@libs/lambda';\nimport type { ValidatedEventAPIGatewayProxyEvent } from '@libs/api-gateway';\nconst hello: ValidatedEventAPIGatewayProxyEvent<typeof schema> = async (event) => ({ statusCode: 200 });\nexport const main = middyfy(hello);`,
    expected: [{ exportName: 'main', fn: 'async (event) => ({ statusCode', opaque: true, wrappers: ['middyfy'] }],
    dialects: TS,
  },
  {
    name: 'a middy-named wrapper of the project around a function of the file, any export name, ESM and CommonJS',
    code: `const { middyfy } = require('../lib/lambda');\nconst hello = async (event, context) => ({ statusCode: 200 });\nexports.main = middyfy(hello);\nmodule.exports.run = lib.middyHandler(async (evt) => {});`,
    expected: [
      { exportName: 'main', fn: 'async (event, context) => ({ s', opaque: true, wrappers: ['middyfy'], context: 'context' },
      { exportName: 'run', fn: 'async (evt) => {}', opaque: true, wrappers: ['middyHandler'] },
    ],
    dialects: ['cjs'],
  },
  {
    name: "a middy-named wrapper around a function that destructures its event (not a middleware's request); another wrapper's only when typed as an event",
    code: `import type { APIGatewayProxyEvent } from 'aws-lambda';\nimport { middyfy, middyMiddleware, withAuth } from '@libs/lambda';\nconst pickup = async ({ body: { orderId } }) => ({ statusCode: 200, body: orderId });\nexport const main = middyfy(pickup);\nexport const typed = withAuth(async ({ body }: APIGatewayProxyEvent) => ({ statusCode: 200, body }));\nexport const other = withAuth(async ({ db }) => db);\nexport const before = middyMiddleware(async ({ event, context }) => event);`,
    expected: [
      { exportName: 'main', fn: 'async ({ body: { orderId } }) ', opaque: true, wrappers: ['middyfy'] },
      { exportName: 'typed', fn: 'async ({ body }: APIGatewayPro', opaque: true, wrappers: ['withAuth'] },
    ],
    dialects: TS,
  },
  {
    name: 'a middy chain from @middy/core under any name: a handler, judged with its middlewares (not opaque)',
    code: `import middy from '@middy/core';\nimport cors from '@middy/http-cors';\nconst getItems = async (event) => ({ statusCode: 200 });\nexport const main = middy(getItems).use(cors());\nexport const list = middy().handler(async (event) => {});`,
    expected: [
      { exportName: 'main', fn: 'async (event) => ({ statusCode', opaque: false, wrappers: ['use', 'middy'] },
      { exportName: 'list', fn: 'async (event) => {}', opaque: false, wrappers: ['handler', 'middy'] },
    ],
    dialects: ESM,
  },
  {
    name: 'middy evidence needs a function of the file taking the event: an imported one, a non-event one, the wrapper itself',
    code: `import middy from '@middy/core';\nimport { middyfy } from '@libs/lambda';\nimport { impl } from './impl';\nexport const main = middyfy(impl);\nexport const withDb = middyfy(async (db) => {});\nexport const wrap = (handler) => middy(handler);\nexport const other = wrapApi(async (event) => {});`,
    expected: [],
    dialects: ESM,
  },
  {
    name: 'an unknown wrapper given a factory: the handler is the function the factory returns',
    code: `import { metricScope } from 'aws-embedded-metrics';\nexport const handler = metricScope((metrics) => async (event) => {});\nexport const lambdaHandler = metricScope(function (metrics) { return async (event) => {}; });`,
    expected: [
      { exportName: 'handler', fn: 'async (event) => {}', opaque: true, wrappers: ['metricScope'] },
      { exportName: 'lambdaHandler', fn: 'async (event) => {}', opaque: true, wrappers: ['metricScope'] },
    ],
    dialects: ESM,
  },
  {
    name: 'an unknown wrapper given options by name, then the function',
    code: `import { wrap } from './w';\nconst OPTIONS = { retries: 2 };\nexport const handler = wrap(OPTIONS, async (event) => {});`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}', opaque: true, wrappers: ['wrap'] }],
    dialects: ESM,
  },
  {
    name: 'an unknown wrapper whose function gets something else first (the event comes later): not a handler',
    code: `import { withDb, validator } from './w';\nexport const handler = withDb(async (db, event) => {});\nexport const lambdaHandler = validator(async (context, event, callback) => {});`,
    expected: [],
    dialects: ESM,
  },
  {
    name: 'middy through a namespace import: middy.default(fn)',
    code: `import * as middy from '@middy/core';\nexport const handler = middy.default(async (event) => {});`,
    expected: [{ exportName: 'handler', fn: 'async (event) => {}', opaque: false, wrappers: ['default'] }],
    dialects: ESM,
  },
  {
    name: "another platform's (context, event, callback) signature: Twilio Functions",
    code: `exports.handler = function (context, event, callback) { callback(null, {}); };`,
    expected: [],
    dialects: ALL,
  },
  {
    name: "Twilio Functions' signature whatever the event is called: (context, _, callback), (ctx, params, cb)",
    code: `exports.handler = async (context, _, callback) => callback(null, {});\nmodule.exports.other = (ctx, params, cb) => cb(null, params);`,
    expected: [],
    dialects: ALL,
    settings: { 'lambda-guard': { handlerNames: ['other'] } },
  },
  {
    name: "Lambda's own order with a callback is still a handler: (event, context, callback)",
    code: `exports.handler = (event, context, callback) => {};`,
    expected: [{ exportName: 'handler', fn: '(event, context, callback) => ', opaque: false, wrappers: [] }],
    dialects: ALL,
  },
  {
    name: 'an unknown wrapper given several functions: the one whose first parameter is the event, by name or type',
    code: `import { withErrorHandler, wrap } from './w';\nimport type { SQSEvent } from 'aws-lambda';\nconst onError = (error) => ({ statusCode: 500 });\nexport const handler = withErrorHandler(onError, async (event) => {});\nexport const lambdaHandler = wrap(async (r: SQSEvent) => {});`,
    expected: [
      { exportName: 'handler', fn: 'async (event) => {}', opaque: true, wrappers: ['withErrorHandler'] },
      { exportName: 'lambdaHandler', fn: 'async (r: SQSEvent) => {}', opaque: true, wrappers: ['wrap'] },
    ],
    dialects: TS,
  },
  {
    name: 'unknown wrappers whose functions do not take the event first, or that nest: which are handlers',
    code: `import { withDb, compose, debounce, outer, inner, metricScope } from './w';\nexport const handler = withDb(async (db) => {});\nexport const lambdaHandler = compose((x) => x, (y) => y);\nexport const main = debounce(() => {});\nexport const nested = outer(inner(async (event) => {}));\nexport const scoped = metricScope((metrics) => { metrics.setNamespace('n'); return async (event) => {}; });`,
    expected: [
      { exportName: 'nested', fn: 'async (event) => {}', opaque: true, wrappers: ['outer', 'inner'] },
      { exportName: 'scoped', fn: 'async (event) => {}', opaque: true, wrappers: ['metricScope'] },
    ],
    dialects: ESM,
    settings: { 'lambda-guard': { handlerNames: ['main', 'nested', 'scoped'] } },
  },
  {
    name: 'a handler made by a factory of the file (dependencies injected), also behind an unknown wrapper',
    code: `import { withLogging } from './w';\nconst getHandler = ({ table }) => async (event) => {};\nfunction build(deps) { const t = deps.table; return async (event) => {}; }\nexport const handler = getHandler({ table: 't' });\nexport const lambdaHandler = withLogging(build({ table: 't' }));`,
    expected: [
      { exportName: 'handler', fn: 'async (event) => {}', opaque: false, wrappers: [] },
      { exportName: 'lambdaHandler', fn: 'async (event) => {}', opaque: true, wrappers: ['withLogging'] },
    ],
    dialects: ESM,
  },
  {
    name: 'a handler made by a factory of the file that reads no event (no parameter at all); not one whose first parameter is something else',
    code: `const makeHandler = (getLabels) => async () => { await getLabels(); };
const makeReader = (db) => async (id) => db.get(id);
export const handler = makeHandler(async () => ({}));
export const lambdaHandler = makeReader(new Map());`,
    expected: [{ exportName: 'handler', fn: 'async () => { await getLabels(', opaque: false, wrappers: [] }],
    dialects: ESM,
  },
  {
    name: "a handler made by a factory of the file that returns a middy chain, a name bound to one, or Sentry's wrapper: the function wrapped",
    code: `import middy from '@middy/core';
import { wrapHandler } from '@sentry/aws-serverless';
import { injectLambdaContext } from './log';
const newHandler = (deps) => middy(async (event) => deps).use(injectLambdaContext());
function build(deps) {
  const wrapped = middy().use(injectLambdaContext()).handler((request) => deps);
  return wrapped;
}
const traced = () => wrapHandler(async (event) => {});
export const handler = newHandler({ table: 't' });
export const api = build({ table: 't' });
export const lambdaHandler = traced();`,
    expected: [
      { exportName: 'handler', fn: 'async (event) => deps', opaque: false, wrappers: ['use', 'middy'] },
      { exportName: 'api', fn: '(request) => deps', opaque: false, wrappers: ['handler', 'use', 'middy'] },
      { exportName: 'lambdaHandler', fn: 'async (event) => {}', opaque: false, wrappers: ['wrapHandler'] },
    ],
    dialects: ESM,
  },
  {
    name: 'a factory of the file returning a middy chain, in CommonJS; one returning an unknown call or an imported factory: not followed',
    code: `const middy = require('@middy/core');
const { make } = require('./w');
const newHandler = (deps) => { const t = deps.table; return middy(async (event) => t); };
const other = (deps) => make(async (event) => deps);
module.exports.handler = newHandler({ table: 't' });
module.exports.lambdaHandler = other({});
module.exports.main = make({});`,
    expected: [{ exportName: 'handler', fn: 'async (event) => t', opaque: false, wrappers: ['middy'] }],
    dialects: ['cjs'],
  },
  {
    name: "Lambda's callback signature (event, context, callback) under any export name",
    code: `module.exports.hello = (event, context, callback) => {};\nfunction list(_event, ctx, cb) {}\nmodule.exports.list = list;\nmodule.exports.helper = (event, context) => {};\nmodule.exports.route = (req, res, next) => {};\nmodule.exports.other = (evt, context, callback) => {};\nmodule.exports.wrapped = wrap((event, context, callback) => {});`,
    expected: [
      { exportName: 'hello', fn: '(event, context, callback) => ', opaque: false, wrappers: [] },
      { exportName: 'list', fn: 'function list(_event, ctx, cb)', opaque: false, wrappers: [] },
    ],
    dialects: ALL,
  },
  {
    name: 'the callback signature with ctx and cb in a file that never spells context, and with types',
    code: `module.exports.list = (event, ctx, cb) => {};\nmodule.exports.commented = (event /* x */, ctx, cb) => {};`,
    expected: [
      { exportName: 'list', fn: '(event, ctx, cb) => {}', opaque: false, wrappers: [] },
      { exportName: 'commented', fn: '(event /* x */, ctx, cb) => {}', opaque: false, wrappers: [] },
    ],
    dialects: ALL,
  },
  {
    name: 'the callback signature with names in upper case',
    code: `module.exports.shout = (EVENT, CONTEXT, CALLBACK) => {};`,
    expected: [{ exportName: 'shout', fn: '(EVENT, CONTEXT, CALLBACK) => ', opaque: false, wrappers: [] }],
    dialects: ALL,
  },
  {
    // The file spells no `b`: only the escape says the name may be a callback's
    name: 'the callback signature with a callback name written with an escape',
    code: String.raw`module.exports.escaped = (event, context, c\u0062) => {};`,
    expected: [{ exportName: 'escaped', fn: String.raw`(event, context, c\u0062) => {`, opaque: false, wrappers: [] }],
    dialects: ALL,
  },
  // The text test before the walk finds the callback parameter after a `,`, a block comment or a line comment
  // (one export per file: the test answers for the whole file)
  {
    name: 'the callback signature with a block comment before the callback',
    code: `module.exports.a = (event, context, /* done */ _cb) => {};`,
    expected: [{ exportName: 'a', fn: '(event, context, /* done */ _c', opaque: false, wrappers: [] }],
    dialects: ALL,
  },
  {
    name: 'the callback signature with line comments and line breaks between the parameters',
    code: `module.exports.b = (\n  event, // the event\n  context, // Lambda's\n  Callback\n) => {};`,
    expected: [{ exportName: 'b', fn: '( event, // the event context,', opaque: false, wrappers: [] }],
    dialects: ALL,
  },
  {
    // The text finds the callback parameters; only the top-level statements holding one are read
    name: 'the callback signature after a statement with a nested callback parameter',
    code: `const retry = (task, done) => task((error, callback) => callback(error), done);\nmodule.exports.main = (event, context, callback) => {};`,
    expected: [{ exportName: 'main', fn: '(event, context, callback) => ', opaque: false, wrappers: [] }],
    dialects: ALL,
  },
  {
    // In a script, `<!--` and `-->` start comments to the end of the line
    name: 'the callback signature with HTML-like comments between the parameters (a script)',
    code: `module.exports.hello = function (event, context, <!-- done\ncallback) {};`,
    expected: [{ exportName: 'hello', fn: 'function (event, context, <!--', opaque: false, wrappers: [] }],
    dialects: ['cjs'],
  },
  {
    name: 'the callback signature after TypeScript\'s this parameter',
    code: `export function hello(this: void, event: any, context: any, callback: any) {}`,
    expected: [{ exportName: 'hello', fn: 'function hello(this: void, eve', opaque: false, wrappers: [] }],
    dialects: TS,
  },
  {
    name: 'the callback signature with a Unicode space before the callback',
    code: `module.exports.c = (event,context,\u00a0callback) => {};`,
    expected: [{ exportName: 'c', fn: '(event,context, callback) => {', opaque: false, wrappers: [] }],
    dialects: ALL,
  },
  {
    // `callback` handed on or called, and names that only contain it, are no callback parameter
    name: 'no callback signature: a callback passed, called or spelled inside a longer name',
    code: `module.exports.a = (event, context) => run(event, callback);\nmodule.exports.b = (event, context, callbacks) => {};\nmodule.exports.c = (event, context, mycb) => {};`,
    expected: [],
    dialects: ALL,
  },
  {
    name: 'the callback signature with TypeScript types',
    code: `export function list(event: any, context: Ctx, callback: (e: Error | null) => void) {}`,
    expected: [{ exportName: 'list', fn: 'function list(event: any, cont', opaque: false, wrappers: [] }],
    dialects: TS,
  },
  {
    name: "not Lambda's: a function of the name handed to the DOM as a listener (a typed one stays a handler)",
    code: `export function handler(event) { console.log(event.key); }\nwindow.addEventListener('keydown', handler);\nexport const lambdaHandler = (e) => e;\ndocument.body.addEventListener('click', lambdaHandler);`,
    expected: [],
    dialects: ESM,
  },
  {
    name: "not Lambda's: a yargs command module's handler, and functions taking a web framework's request",
    code: `module.exports.command = 'ingest';\nmodule.exports.describe = 'Ingest files';\nmodule.exports.handler = (argv) => {};`,
    expected: [],
    dialects: ALL,
  },
  {
    name: "not Lambda's: a CLI's command plugin, whose command export is a function declaring the command (Webiny's)",
    code: `module.exports.command = () => [{ type: 'cli-command', create({ yargs }) { yargs.command('link', 'Link', () => {}, handler); } }];
const handler = async ({ context }) => { console.log(\`Linked \${context.id}\`); };
module.exports.handler = handler;`,
    expected: [],
    dialects: ALL,
  },
  {
    name: "a CLI's command plugin bound to a name first and exported in an object: no handler either",
    code: `const command = () => [{ type: 'cli-command', create() {} }];
const handler = async ({ context }) => context;
module.exports = { command, handler };`,
    expected: [],
    dialects: ['cjs'],
  },
  {
    name: 'a command export that answers a list only sometimes keeps the handler',
    code: `export const command = (x) => { if (!x) return []; return run(x); };
export const handler = async (event) => ({ statusCode: 200, body: String(await command(event.body)) });`,
    expected: [{ exportName: 'handler', event: 'event' }],
    dialects: ESM,
  },
  {
    name: "a command export that answers no list of plugins (a Slack command's, beside its Lambda handler) keeps the handler",
    code: `export const command = async (text, user) => ({ text: 'ok ' + user });
export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify(await command(event.body)) });`,
    expected: [{ exportName: 'handler', event: 'event' }],
    dialects: ESM,
  },
  {
    name: "not Lambda's: functions typed with a web framework's request, also through a type parameter's constraint",
    code: `import type { NextApiRequest } from 'next';\nimport type { Request } from 'express';\nexport async function handler<R extends NextApiRequest>({ request }: { request: R }) {}\nexport const lambdaHandler = async (req: Request) => {};`,
    expected: [],
    dialects: TS,
  },
  {
    name: "a web framework's type inside the event's shape (a property's type) keeps the handler",
    code: `import type { IncomingHttpHeaders } from 'http';\nexport const handler = async (event: { headers: IncomingHttpHeaders }) => {};`,
    expected: [{ exportName: 'handler', fn: 'async (event: { headers: Incom', opaque: false, wrappers: [] }],
    dialects: TS,
  },
  {
    name: 'a command export alone, or a request type from aws-lambda or the project, keeps the handler',
    code: `import type { APIGatewayProxyEvent } from 'aws-lambda';\nimport type { Request } from './types';\nexport const command = 'x';\nexport const handler = async (event: APIGatewayProxyEvent) => {};\nexport const lambdaHandler = async (req: Request) => {};`,
    expected: [
      { exportName: 'handler', fn: 'async (event: APIGatewayProxyE', opaque: false, wrappers: [] },
      { exportName: 'lambdaHandler', fn: 'async (req: Request) => {}', opaque: false, wrappers: [] },
    ],
    dialects: TS,
  },
  {
    name: 'a factory called where it is written (IIFE), and a member of a const object literal',
    code: `const handlers = { handler: async (event) => {}, other: 1 };\nexport const handler = handlers.handler;\nexport const lambdaHandler = (() => { const t = 1; return async (event) => {}; })();\nexport const main = (function () { return (x) => x; })();`,
    expected: [
      { exportName: 'handler', fn: 'async (event) => {}', opaque: false, wrappers: [] },
      { exportName: 'lambdaHandler', fn: 'async (event) => {}', opaque: false, wrappers: [] },
    ],
    dialects: ESM,
    settings: { 'lambda-guard': { handlerNames: ['main'] } },
  },
  {
    name: 'a member of an object literal that is written later, or spread after, is not followed',
    code: `const handlers = { handler: async (event) => {} };\nhandlers.handler = other;\nexport const handler = handlers.handler;\nconst more = { lambdaHandler: async (event) => {}, ...extra };\nexport const lambdaHandler = more.lambdaHandler;`,
    expected: [],
    dialects: ESM,
  },
  {
    name: 'an exported factory returning a function typed as a handler: by a Context, an aws-lambda return type, a declared Handler',
    code: `import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context, Handler, SQSEvent } from 'aws-lambda';
export function createApiGatewayHandler(server: { handle(b: string): Promise<string> }): Handler {
  const prefix = '/';
  return async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => ({ statusCode: 200, body: prefix });
}
export const handleWriteInternal = (table: string) => async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> =>
  ({ statusCode: 200, body: table });
export const makeConsumer = (deps: object): Handler<SQSEvent> => async (event: SQSEvent, ctx) => {};
export const curried = (a: string) => (b: string) => function (event: SQSEvent, context: Context) {};`,
    expected: [
      { exportName: 'createApiGatewayHandler', report: 'createApiGatewayHandler', fn: 'async (event: APIGatewayProxyE', event: 'event', context: 'context', madeByFactory: true, eventTypeOnly: false, ...plain },
      { exportName: 'handleWriteInternal', fn: 'async (event: APIGatewayProxyE', event: 'event', context: null, madeByFactory: true },
      { exportName: 'makeConsumer', fn: 'async (event: SQSEvent, ctx) =', context: 'ctx', madeByFactory: true },
      { exportName: 'curried', fn: 'function (event: SQSEvent, con', context: 'context', madeByFactory: true },
    ],
    dialects: TS,
  },
  {
    name: "not a factory's handler: an event without Context, return or factory type; a part, a helper, a name, CloudFront, a router's step; made into an export here",
    code: `import type { APIGatewayAuthorizerEvent, APIGatewayProxyEvent, APIGatewayProxyResult, CloudFrontFunctionsEvent, Context, Handler, PolicyDocument, SQSRecord, StatementEffect } from 'aws-lambda';
import type { Deps } from './deps';
export const makeUntyped = (deps: Deps) => async (event: APIGatewayProxyEvent) => ({ statusCode: 200, body: '' });
export const makeForRecord = (deps: Deps) => async (record: SQSRecord, context: Context) => {};
export const makePolicy = (deps: Deps) => (event: APIGatewayAuthorizerEvent, effect: StatementEffect): PolicyDocument =>
  ({ Version: '2012-10-17', Statement: [] });
export const makeNamed = (deps: Deps) => async (event, context) => {};
export const makeEdge = (deps: Deps): Handler => async (event: CloudFrontFunctionsEvent) => event.request;
export const makeDeferred = (deps: Deps) => { const run = async (event: APIGatewayProxyEvent, context: Context) => {}; return run; };
export function routeStep(deps: Deps) {
  return async (event: APIGatewayProxyEvent, path: { requestId: string }, body: unknown): Promise<APIGatewayProxyResult> =>
    ({ statusCode: 202, body: path.requestId });
}
export const makeWithOptions = (deps: Deps): Handler => async (event: APIGatewayProxyEvent, options: { retries: number }) => {};
export function makeHandler(deps: Deps): Handler {
  return async (event: APIGatewayProxyEvent, context: Context) => ({ statusCode: 200, body: '' });
}
export const handler = makeHandler({} as Deps);`,
    expected: [{ exportName: 'handler', fn: 'async (event: APIGatewayProxyE', madeByFactory: false, eventTypeOnly: false }],
    dialects: TS,
  },
  {
    name: 'a factory of the file given a function: the handler is what the factory returns, not what it is given',
    code: `const makeHandler = (p) => async (event) => p(event);\nconst processRecord = async (record) => {};\nexport const handler = makeHandler(processRecord);`,
    expected: [{ exportName: 'handler', fn: 'async (event) => p(event)', opaque: false, wrappers: [] }],
    dialects: ESM,
  },
  {
    name: "the event typed with the project's own type (declared here or imported from a relative path), or followed by an aws-lambda Context",
    code: `import { w } from './w';\nimport type { Context } from 'aws-lambda';\nimport type { JobEvent } from './types';\nimport type { Payload } from 'some-lib';\ntype CE = { id: string };\nexport const handler = w(async (event: CE) => {});\nexport const lambdaHandler = w(async (e: JobEvent) => {});\nexport const main = w(async (input: Payload, context: Context) => {});`,
    expected: [
      { exportName: 'handler', fn: 'async (event: CE) => {}', opaque: true, wrappers: ['w'] },
      { exportName: 'lambdaHandler', fn: 'async (e: JobEvent) => {}', opaque: true, wrappers: ['w'] },
      { exportName: 'main', opaque: true, wrappers: ['w'] },
    ],
    dialects: TS,
    settings: { 'lambda-guard': { handlerNames: ['main'] } },
  },
  {
    name: "a browser's handler made by a factory or handed to a wrapper: typed with a DOM event, not the Lambda event",
    code: `import { track } from './t';\nconst onClick = (id: string) => (e: MouseEvent) => {};\nexport const handler = onClick('x');\nexport const lambdaHandler = track(async (e: KeyboardEvent) => {});`,
    expected: [],
    dialects: TS,
  },
  {
    name: 'not provably handlers: a factory of the file whose function does not take the event, imported factories behind an unknown wrapper',
    code: `import { withLogging, makeHandler } from './w';\nconst make = () => (x) => x;\nexport const handler = make();\nexport const lambdaHandler = withLogging(makeHandler({ table: 't' }));`,
    expected: [],
    dialects: ESM,
  },
  {
    name: 'an unknown wrapper given an imported function, options only, or a value that is not a function: not a handler',
    code: `import { wrap, make } from './w';\nimport { impl } from './impl';\nconst deps = { table: 't' };\nexport const handler = wrap(impl);\nexport const lambdaHandler = make(deps);\nexport const other = wrap({ retries: 2 });`,
    expected: [],
    dialects: ESM,
  },
  // Framework adapters
  {
    name: 'serverless-http',
    code: `const serverless = require('serverless-http');\nconst app = require('./app');\nmodule.exports.handler = serverless(app);`,
    expected: [{ exportName: 'handler', fn: null, opaque: true, wrappers: ['serverless'], event: null, context: null }],
    dialects: ALL,
  },
  {
    name: '@codegenie/serverless-express',
    code: `import serverlessExpress from '@codegenie/serverless-express';\nimport app from './app';\nexport const handler = serverlessExpress({ app });`,
    expected: [{ exportName: 'handler', fn: null, opaque: true }],
    dialects: ESM,
  },
  {
    name: '@vendia/serverless-express configure',
    code: `const { configure } = require('@vendia/serverless-express');\nconst h = configure({ app });\nexports.handler = h;`,
    expected: [{ exportName: 'handler', fn: null, opaque: true, wrappers: ['configure'] }],
    dialects: ALL,
  },
  {
    name: '@fastify/aws-lambda',
    code: `import awsLambdaFastify from '@fastify/aws-lambda';\nexport const handler = awsLambdaFastify(app);`,
    expected: [{ exportName: 'handler', fn: null, opaque: true }],
    dialects: ESM,
  },
  {
    name: 'hono handle',
    code: `import { handle } from 'hono/aws-lambda';\nexport const handler = handle(app);`,
    expected: [{ exportName: 'handler', fn: null, opaque: true }],
    dialects: ESM,
  },
  {
    name: "@as-integrations/aws-lambda's startServerAndCreateLambdaHandler (Apollo Server 4)",
    code: `import { ApolloServer } from '@apollo/server';
import { startServerAndCreateLambdaHandler, handlers } from '@as-integrations/aws-lambda';
const server = new ApolloServer({ typeDefs, resolvers });
export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventRequestHandler());`,
    expected: [{ exportName: 'handler', fn: null, opaque: true, wrappers: ['startServerAndCreateLambdaHandler'] }],
    dialects: ESM,
  },
  {
    name: "apollo-server-lambda: createHandler on an ApolloServer, bound to a name or not",
    code: `const { ApolloServer } = require('apollo-server-lambda');
const server = new ApolloServer({ typeDefs, resolvers });
exports.handler = server.createHandler({ expressGetMiddlewareOptions: { cors: { origin: '*' } } });
exports.graphql = new ApolloServer({ typeDefs, resolvers }).createHandler();`,
    expected: [
      { exportName: 'handler', fn: null, opaque: true, wrappers: ['createHandler'] },
      { exportName: 'graphql', fn: null, opaque: true, wrappers: ['createHandler'] },
    ],
    dialects: ALL,
    settings: { 'lambda-guard': { handlerNames: ['handler', 'graphql'] } },
  },
  {
    name: 'not an adapter: createHandler of an ApolloServer of another module or of this file, another method',
    code: `import { ApolloServer } from 'apollo-server-express';
import { ApolloServer as LambdaServer } from 'apollo-server-lambda';
class LocalServer { createHandler() { return async () => ({}); } }
export const handler = new ApolloServer({ typeDefs }).createHandler();
export const main = new LocalServer().createHandler();
export const lambdaHandler = new LambdaServer({ typeDefs }).executeOperation({ query: '{ ok }' });`,
    expected: [],
    dialects: ESM,
  },
  {
    name: "@h4ad/serverless-adapter: the builder chain ending in build()",
    code: `import { ServerlessAdapter } from '@h4ad/serverless-adapter';
import { ExpressFramework } from '@h4ad/serverless-adapter/frameworks/express';
import { DefaultHandler } from '@h4ad/serverless-adapter/handlers/default';
import { PromiseResolver } from '@h4ad/serverless-adapter/resolvers/promise';
import { ApiGatewayV2Adapter } from '@h4ad/serverless-adapter/adapters/aws';
import app from './app';
export const handler = ServerlessAdapter.new(app)
  .setFramework(new ExpressFramework())
  .setHandler(new DefaultHandler())
  .setResolver(new PromiseResolver())
  .addAdapter(new ApiGatewayV2Adapter())
  .build();`,
    expected: [{ exportName: 'handler', fn: null, opaque: true, wrappers: ['build'] }],
    dialects: ESM,
  },
  // Type evidence
  {
    name: 'typed Handler export under any name',
    code: `import type { APIGatewayProxyHandler } from 'aws-lambda';\nexport const getUser: APIGatewayProxyHandler = async (event) => ({ statusCode: 200, body: '' });`,
    expected: [
      {
        exportName: 'getUser',
        report: 'getUser',
        reportNode: 'getUser: APIGatewayProxyHandler',
        fn: 'async (event) => ({ statusCode',
        event: 'event',
      },
    ],
    dialects: TS,
  },
  {
    name: 'typed union and namespace-qualified type',
    code: `import * as lambda from 'aws-lambda';\nexport const a: lambda.SQSHandler | undefined = async (event) => {};\nexport const b: lambda.Handler<unknown, void> = async () => {};`,
    expected: [{ exportName: 'a' }, { exportName: 'b' }],
    dialects: TS,
  },
  {
    // Function URL and HTTP API handlers: the V2 types end in `V2` or an authorizer suffix, not in `Handler`
    name: 'typed V2 handler types with suffixes',
    code: `import type { APIGatewayProxyHandlerV2, APIGatewayProxyHandlerV2WithJWTAuthorizer, LambdaFunctionURLHandlerWithIAMAuthorizer } from 'aws-lambda';\nexport const getBook: APIGatewayProxyHandlerV2 = async (event) => ({ statusCode: 200 });\nexport const listBooks: APIGatewayProxyHandlerV2WithJWTAuthorizer = async (event) => ({ statusCode: 200 });\nexport const viaUrl: LambdaFunctionURLHandlerWithIAMAuthorizer = async (event) => ({ statusCode: 200 });`,
    expected: [{ exportName: 'getBook' }, { exportName: 'listBooks' }, { exportName: 'viaUrl' }],
    dialects: TS,
  },
  {
    name: 'a local alias of an aws-lambda handler type (through another alias and a union too)',
    code: `import type { Handler, SQSEvent } from 'aws-lambda';\ntype Consumer = Handler<SQSEvent>;\ntype Either = Consumer | undefined;\nexport const consume: Consumer = async (event) => {};\nexport const other: Either = async (event) => {};`,
    expected: [{ exportName: 'consume' }, { exportName: 'other' }],
    dialects: TS,
  },
  {
    name: 'a local alias inside a nested union',
    code: `import type { Handler } from 'aws-lambda';\ntype A = Handler;\ntype B = (A | string) | number;\nexport const consume: B = async (event) => {};`,
    expected: [{ exportName: 'consume' }],
    dialects: TS,
  },
  {
    name: 'a local alias of another type, or a type alias cycle, is not a handler type',
    code: `import type { SQSEvent } from 'aws-lambda';\ntype Input = SQSEvent;\ntype A = B;\ntype B = A;\nexport const parse: Input = JSON.parse('{}');\nexport const loop: A = async (event) => {};`,
    expected: [],
    dialects: TS,
  },
  {
    name: 'other aws-lambda types are not handler types',
    code: `import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';\nexport const parse: APIGatewayProxyEventV2 = JSON.parse('{}');\nexport const ctx: Context | null = null;`,
    expected: [],
    dialects: TS,
  },
  {
    name: 'satisfies Handler',
    code: `import type { Handler } from 'aws-lambda';\nexport const run = (async (event) => {}) satisfies Handler;`,
    expected: [{ exportName: 'run', fn: 'async (event) => {}' }],
    dialects: TS,
  },
  {
    name: 'typed through one hop',
    code: `import type { Handler } from 'aws-lambda';\nconst impl: Handler = async (event) => {};\nexport { impl as process };`,
    expected: [{ exportName: 'process', report: 'process', fn: 'async (event) => {}' }],
    dialects: TS,
  },
  {
    name: 'typed export with an unknown value is an opaque handler',
    code: `import type { Handler } from 'aws-lambda';\nexport const run: Handler = makeHandler();`,
    expected: [{ exportName: 'run', fn: null, opaque: true }],
    dialects: TS,
  },
  {
    name: 'parameters typed (event, context) under any name',
    code: `import { APIGatewayProxyEvent, Context } from 'aws-lambda';\nexport async function getUser(event: APIGatewayProxyEvent, context: Context) {}`,
    expected: [{ exportName: 'getUser', report: 'getUser', event: 'event', context: 'context' }],
    dialects: TS,
  },
  {
    name: 'event typed and aws-lambda return type',
    code: `import type { SQSEvent, SQSBatchResponse } from 'aws-lambda';\nexport const consume = async (event: SQSEvent): Promise<SQSBatchResponse> => ({ batchItemFailures: [] });`,
    expected: [{ exportName: 'consume', event: 'event', context: null }],
    dialects: TS,
  },
  {
    name: "an aws-lambda event first, exported under a name that says it handles it (AWS SAM's template style)",
    code: `import type { SQSEvent } from 'aws-lambda';\nexport const writeItemHandler = async (event: SQSEvent) => {};`,
    expected: [{ exportName: 'writeItemHandler', event: 'event', context: null }],
    dialects: TS,
  },
  {
    name: "a …Handler export taking a browser's event, a record or an error; an aws-lambda event under another name: not handlers",
    code: `import type { SQSEvent, S3EventRecord, APIGatewayProxyEvent } from 'aws-lambda';\nexport const clickHandler = (event: MouseEvent) => {};\nexport const formatEvent = (event: SQSEvent) => '';\nexport const recordHandler = async (record: S3EventRecord) => {};\nexport const errorHandler = (event: APIGatewayProxyEvent, error: unknown) => {};`,
    expected: [],
    dialects: TS,
  },
  {
    name: "@pulumi/aws's Lambda types through its namespace: an event, a Context, a Callback type, as aws-lambda's",
    code: `import * as aws from '@pulumi/aws';
export const sliceHandler = async (event: aws.s3.BucketEvent): Promise<void> => {};
export const onMessage = async (event: aws.sqs.QueueEvent) => {};
export const withContext = async (event: aws.dynamodb.TableEvent, context: aws.lambda.Context) => {};
export const typed: aws.lambda.Callback<aws.sns.TopicEvent, void> = async (event) => {};
export const onRule: aws.cloudwatch.EventRuleEventHandler = async (event) => {};
export const recordHandler = async (record: aws.kinesis.StreamEventRecord) => {};
export const formatHandler = (event: aws.kinesis.StreamEvent): string => '';
export const bucketHandler = async (bucket: aws.s3.Bucket) => {};`,
    expected: [
      { exportName: 'sliceHandler', event: 'event', context: null, eventTypeOnly: false, ...plain },
      { exportName: 'onMessage', event: 'event', eventTypeOnly: true },
      { exportName: 'withContext', event: 'event', context: 'context', eventTypeOnly: false },
      { exportName: 'typed', event: 'event', eventTypeOnly: false },
      { exportName: 'onRule', event: 'event', eventTypeOnly: false },
    ],
    dialects: TS,
  },
  {
    name: "@pulumi/aws's Lambda types imported by name, from a submodule or a file of one, and awsx's API request",
    code: `import { BucketEvent } from '@pulumi/aws/s3';
import type { EventRuleEvent } from '@pulumi/aws/cloudwatch/eventRuleMixins';
import { lambda, sqs } from '@pulumi/aws';
import * as awsx from '@pulumi/awsx';
export const sliceMessageInBatchesHandler = async (event: BucketEvent): Promise<void> => {};
export const aggregateHandler = async (event: EventRuleEvent) => {};
export const drain = async (event: sqs.QueueEvent, context: lambda.Context) => {};
export const getUserHandler = async (request: awsx.classic.apigateway.Request) => ({ statusCode: 200, body: '' });`,
    expected: [
      { exportName: 'sliceMessageInBatchesHandler', event: 'event', eventTypeOnly: false },
      { exportName: 'aggregateHandler', event: 'event', eventTypeOnly: false },
      { exportName: 'drain', event: 'event', context: 'context', eventTypeOnly: false },
      { exportName: 'getUserHandler', event: 'request', eventTypeOnly: false },
    ],
    dialects: TS,
  },
  {
    name: "`import aws = require('@pulumi/aws')` brings the types too",
    code: `import aws = require('@pulumi/aws');
export const onUpload = async (event: aws.s3.BucketEvent) => {};`,
    expected: [{ exportName: 'onUpload', eventTypeOnly: true }],
    dialects: TS,
  },
  {
    name: "Pulumi look-alikes: the project's own event types (named …Handler too), another package's, a resource type",
    code: `import * as aws from '@pulumi/aws';
import { QueueEvent } from './events';
import type { TopicEvent } from '@acme/pulumi-aws-events';
interface CreateMessageEvent { subject: string }
interface BucketEvent { Records: unknown[] }
export const createMessageHandler = async (event: CreateMessageEvent): Promise<any> => ({ ok: true });
export const sliceHandler = async (event: BucketEvent) => {};
export const onMessage = async (event: QueueEvent) => {};
export const onTopic = async (event: TopicEvent) => {};
export const onQueue = async (queue: aws.sqs.Queue) => {};
export const onBucketHandler = async (event: aws.s3.BucketEventSubscriptionArgs) => {};`,
    expected: [],
    dialects: TS,
  },
  {
    name: 'a whole aws-lambda event first, under any name or as the default export: found by the event type alone',
    code: `import type { APIGatewayProxyEvent, S3Event, ScheduledEvent, SQSEvent } from 'aws-lambda';
export const processQueue = async (event: SQSEvent) => {};
export async function getOrder(event: APIGatewayProxyEvent) { return { statusCode: 200, body: '' }; }
export const onUpload = async (event: S3Event): Promise<void> => {};
export const respond = async (event: APIGatewayProxyEvent): Promise<{ statusCode: number; body: string }> => ({ statusCode: 200, body: '' });
export function onTick(event: ScheduledEvent): void { console.log(event.time); }
export const consume = async (event: SQSEvent) => event.Records.length;
export default async function (event: APIGatewayProxyEvent) {}`,
    expected: [
      { exportName: 'processQueue', report: 'processQueue', event: 'event', context: null, eventTypeOnly: true, ...plain },
      { exportName: 'getOrder', report: 'getOrder', event: 'event', eventTypeOnly: true },
      { exportName: 'onUpload', eventTypeOnly: true },
      { exportName: 'respond', eventTypeOnly: true },
      { exportName: 'onTick', eventTypeOnly: true },
      { exportName: 'consume', eventTypeOnly: true },
      { exportName: 'default', report: 'export default', event: 'event', eventTypeOnly: true },
    ],
    dialects: TS,
  },
  {
    name: "the HTTP API and function URL events' authorizer variants are events; `typeof main` and a second export are not uses",
    code: `import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyEventV2WithLambdaAuthorizer,
  LambdaFunctionURLEventWithIAMAuthorizer,
  SQSEvent,
} from 'aws-lambda';
export const main = async (event: APIGatewayProxyEventV2WithJWTAuthorizer) => ({ statusCode: 200 });
export const custom = async (event: APIGatewayProxyEventV2WithLambdaAuthorizer<{ user: string }>) => ({ statusCode: 200 });
export const url = async (event: LambdaFunctionURLEventWithIAMAuthorizer) => ({ statusCode: 200 });
export const drain = async (event: SQSEvent) => {};
export type Drain = typeof drain;
async function consume(event: SQSEvent) {}
export { consume };
export default consume;`,
    expected: [
      { exportName: 'main', eventTypeOnly: true },
      { exportName: 'custom', eventTypeOnly: true },
      { exportName: 'url', eventTypeOnly: true },
      { exportName: 'drain', eventTypeOnly: true },
      { exportName: 'consume', eventTypeOnly: true },
      { exportName: 'default', eventTypeOnly: true },
    ],
    dialects: TS,
  },
  {
    name: 'found by the event type: under an unknown wrapper, exported by name (`export { drain }`); a handler name, type or Context: not eventTypeOnly',
    code: `import type { Context, Handler, SQSEvent } from 'aws-lambda';
import { applyMiddlewares } from './middlewares';
const run = async (event: SQSEvent): Promise<void> => {};
export const main = applyMiddlewares(run);
async function drain(event: SQSEvent) {}
export { drain };
export const handler = async (event: SQSEvent) => {};
export const typed: Handler = async (event: SQSEvent) => {};
export const withContext = async (event: SQSEvent, context: Context) => {};
export const writeItemHandler = async (event: SQSEvent) => {};`,
    expected: [
      { exportName: 'main', fn: 'async (event: SQSEvent): Promi', opaque: true, wrappers: ['applyMiddlewares'], eventTypeOnly: true },
      { exportName: 'drain', report: 'drain', reportNode: 'drain', eventTypeOnly: true },
      { exportName: 'handler', eventTypeOnly: false },
      { exportName: 'typed', eventTypeOnly: false },
      { exportName: 'withContext', eventTypeOnly: false },
      { exportName: 'writeItemHandler', eventTypeOnly: false },
    ],
    dialects: TS,
  },
  {
    name: 'a whole aws-lambda event first, but a util that reads it or a step the file runs: not handlers (a promise of any says nothing)',
    code: `import type { APIGatewayProxyEvent, CloudFrontFunctionsEvent, CloudWatchLogsLogEvent, SQSEvent } from 'aws-lambda';
import type { Order } from './types';
interface Caller { id: string }
export const getUserId = (event: APIGatewayProxyEvent): string => '';
export const isAdmin = async (event: APIGatewayProxyEvent): Promise<boolean> => true;
export const orderOf = async (event: APIGatewayProxyEvent): Promise<Order> => ({ id: '' }) as Order;
export const callerOf = async (event: APIGatewayProxyEvent): Promise<Caller> => ({ id: '' });
export const loose = async (event: APIGatewayProxyEvent): Promise<any> => null;
export function parseBody(event: APIGatewayProxyEvent) { return JSON.parse(event.body ?? '{}'); }
export const countOf = (event: SQSEvent) => event.Records.length;
export const bodiesOf = (event: SQSEvent) => { if (!event.Records) return; return event.Records.map((r) => r.body); };
export const onLine = async (line: CloudWatchLogsLogEvent) => {};
export const viewer = async (event: CloudFrontFunctionsEvent) => {};
export const drain = async (event: SQSEvent): Promise<void> => {};
export const step = async (event: SQSEvent) => {};
export const run = wrap(step);
export async function dispatch(event: SQSEvent) { await drain(event); }`,
    expected: [
      { exportName: 'loose', eventTypeOnly: true },
      { exportName: 'run', fn: 'async (event: SQSEvent) => {}', opaque: true, eventTypeOnly: true },
      { exportName: 'dispatch', eventTypeOnly: true },
    ],
    dialects: TS,
  },
  {
    name: 'a function both found by its event type and exported as the handler: only the handler export is one',
    code: `import type { SQSEvent } from 'aws-lambda';
export const main = async (event: SQSEvent) => {};
export const handler = main;`,
    expected: [{ exportName: 'handler', fn: 'async (event: SQSEvent) => {}', eventTypeOnly: false }],
    dialects: TS,
  },
  {
    name: 'a helper taking a promise, a function or an abort signal before the context: never an event, not a handler',
    code: `import type { Context, Handler } from 'aws-lambda';\nexport const handleTimeout = async (prom: Promise<unknown>, context: Context, deduction = 500) => {};\nexport const retry = async (task: () => Promise<void>, context: Context) => {};\nexport const race = async (signal: AbortSignal | undefined, context: Context) => {};\nexport const run = async (jobs: Map<string, Function>, ctx: Context) => {};`,
    expected: [],
    dialects: TS,
  },
  {
    name: "a dispatcher's sub-handlers, taking a part of an event (by its aws-lambda type or its name) before the Context: not handlers",
    code: `import type { CloudWatchLogsLogEvent, Context, DynamoDBRecord, EventBridgeEvent, KinesisStreamRecord, S3EventRecord, SNSMessage, SQSEvent, SQSRecord } from 'aws-lambda';
type Detail = EventBridgeEvent<'health', { id: string }>['detail'];
export async function handleHealthReport(eventDetail: Record<string, unknown>, context: Context): Promise<void> {}
export const handleResearchTask = async (eventDetail: Record<string, unknown>, context: Context): Promise<void> => {};
export const onDetail = async (_detail: { id: string }, _context: Context) => {};
export const onSnake = async (event_detail: any, context: Context) => {};
export const recordHandler = async (sqsRecord: unknown, context: Context) => {};
export const onMessage = async (message: SQSRecord, context: Context) => {};
export const onObject = async (entry: S3EventRecord, context: Context) => {};
export const onChange = async (change: DynamoDBRecord, context: Context) => {};
export const onNotice = async (notice: SNSMessage, context: Context) => {};
export const onShard = async (item: KinesisStreamRecord, context: Context) => {};
export const onAliased = async (input: Detail, context: Context) => {};
export const onIndexed = async (input: SQSEvent['Records'][number], context: Context) => {};
export const onBatch = async (input: SQSRecord[], context: Context) => {};
export const onEither = async (input: SQSRecord | SNSMessage | undefined, context: Context) => {};
export const onLogLine = async (line: CloudWatchLogsLogEvent, context: Context) => {};`,
    expected: [],
    dialects: TS,
  },
  {
    name: 'a Context after an event, or after a first parameter not named or typed for a part; a handler name, type or wrapper: still handlers',
    code: `import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context, EventBridgeEvent, Handler, SQSRecord } from 'aws-lambda';
import type { MyInput } from './types';
export const handler = async (record: SQSRecord, context: Context) => {};
export const main = async (input: MyInput, context: Context) => {};
export const run = async (event: Record<string, unknown>, context: Context) => {};
export const loose = async (payload: any, context: Context) => {};
export const bare = async (message, context: Context) => {};
export const onEvent = async (detail: EventBridgeEvent<'x', { id: string }>, context: Context) => {};
export const onJwt = async (record: APIGatewayProxyEventV2WithJWTAuthorizer, context: Context) => {};
export const consume = middy(async (record: SQSRecord, context: Context) => {});
export const typed: Handler = async (record: SQSRecord, context: Context) => {};
export const traced = withTracing(async (record: SQSRecord, context: Context) => {});
export const process = async (eventDetail: Record<string, unknown>, context: Context) => {};`,
    settings: { 'lambda-guard': { handlerNames: ['process'] } },
    expected: [
      { exportName: 'handler', event: 'record', context: 'context' },
      { exportName: 'main', event: 'input', context: 'context' },
      { exportName: 'run', event: 'event', context: 'context' },
      { exportName: 'loose', event: 'payload', context: 'context' },
      { exportName: 'bare', event: 'message', context: 'context' },
      { exportName: 'onEvent', event: 'detail', context: 'context' },
      { exportName: 'onJwt', event: 'record', context: 'context' },
      { exportName: 'consume', event: 'record', context: 'context', wrappers: ['middy'] },
      { exportName: 'typed', event: 'record', context: 'context' },
      { exportName: 'traced', event: 'record', context: 'context', wrappers: ['withTracing'], opaque: true },
      { exportName: 'process', event: 'eventDetail', context: 'context' },
    ],
    dialects: TS,
  },
  {
    name: 'a first parameter of a type of the project named like a global, or under a handler name: still a handler',
    code: `import type { Context } from 'aws-lambda';\nimport type { Set } from './types';\ninterface Promise { id: string }\nexport const put = async (event: Set, context: Context) => {};\nexport const get = async (event: Promise, context: Context) => {};\nexport const handler = async (prom: Promise<unknown>, context: Context) => {};`,
    expected: [
      { exportName: 'put', event: 'event', context: 'context' },
      { exportName: 'get', event: 'event', context: 'context' },
      { exportName: 'handler', event: 'prom', context: 'context' },
    ],
    dialects: TS,
  },
  {
    name: 'a util taking an event is not a handler',
    code: `import type { APIGatewayProxyEvent } from 'aws-lambda';\nexport function getUserId(event: APIGatewayProxyEvent): string { return ''; }`,
    expected: [],
    dialects: TS,
  },
  {
    name: 'typed but not exported is not a handler',
    code: `import type { Handler } from 'aws-lambda';\nconst run: Handler = async () => {};`,
    expected: [],
    dialects: TS,
  },
  {
    name: 'a local type named Handler is not aws-lambda',
    code: `type Handler = (e: unknown) => void;\nexport const run: Handler = async () => {};`,
    expected: [],
    dialects: TS,
  },
  // Not handlers
  {
    name: 'non-handler export names',
    code: `export const main = async (event) => {};\nexport function process(event, context) {}\nexports.run = async (event) => {};`,
    expected: [],
    dialects: ESM,
  },
  {
    name: "export default without 'default' configured",
    code: `export default async function (event, context) {}`,
    expected: [],
    dialects: ESM,
  },
  {
    name: 'a CDK file',
    code: `import { Stack } from 'aws-cdk-lib';\nimport * as lambda from 'aws-cdk-lib/aws-lambda';\nexport class ApiStack extends Stack {\n  constructor(scope, id) {\n    super(scope, id);\n    new lambda.Function(this, 'Fn', { handler: 'index.handler' });\n  }\n}`,
    expected: [],
    dialects: ESM,
  },
  {
    name: 'a util module',
    code: `export const formatResponse = (body) => ({ statusCode: 200, body: JSON.stringify(body) });\nexport function parse(event) { return JSON.parse(event.body); }`,
    expected: [],
    dialects: ESM,
  },
  {
    name: 'handler-named exports that are not functions',
    code: `export const handler = 'index.handler';`,
    expected: [],
    dialects: ESM,
  },
  {
    name: 'handler from an unknown factory',
    code: `exports.handler = createHandler({ routes });`,
    expected: [],
    dialects: ALL,
  },
  {
    name: 're-export from another file: its handler, out of sight (export * names nothing; a JSON value or another name is none)',
    code: `export { handler } from './impl';\nexport * from './other';\nexport { helper as lambdaHandler } from './util';\nexport { handler as main } from './config.json';`,
    settings: { 'lambda-guard': { handlerNames: ['main'] } },
    expected: [{ exportName: 'handler', fn: null, opaque: true, wrappers: [] }],
    dialects: ESM,
  },
  {
    name: 'imported binding re-exported: a function of another module, the handler of the module Lambda loads',
    code: `import { handler } from './impl';\nexport { handler };`,
    expected: [{ exportName: 'handler', fn: null, opaque: true, wrappers: [] }],
    dialects: ESM,
  },
  {
    name: 'handlers of other modules: a member of one, a require member, a bound event method of an instance of an imported class',
    code: `const lib = require('./lib');\nconst KH = require('kinesis-handler');\nconst kh = new KH.KinesisHandler();\nexports.handler = lib.ordersHandler;\nexports.lambdaHandler = require('./other').handler;\nexports.main = kh.processEvent.bind(kh);`,
    settings: { 'lambda-guard': { handlerNames: ['main'] } },
    expected: [
      { exportName: 'handler', fn: null, opaque: true, wrappers: [] },
      { exportName: 'lambdaHandler', fn: null, opaque: true, wrappers: [] },
      { exportName: 'main', fn: null, opaque: true, wrappers: [] },
    ],
    dialects: ['cjs'],
  },
  {
    name: 'not handlers of other modules: members not named as handlers (a route table, a logger method), JSON, a local object',
    code: `const Users = require('./users');\nconst { Logger } = require('@acme/logger');\nconst logger = new Logger();\nconst config = { run() {} };\nexports.handler = Users.get;\nexports.lambdaHandler = logger.error.bind(logger);\nexports.main = require('./config.json').handler;\nexports.other = config.run.bind(config).name;`,
    settings: { 'lambda-guard': { handlerNames: ['main', 'other'] } },
    expected: [],
    dialects: ['cjs'],
  },
  {
    name: 'local exports variable is not CommonJS exports',
    code: `const exports = {};\nexports.handler = async () => {};`,
    expected: [],
    dialects: ESM,
  },
  {
    name: 'assignments inside functions are ignored',
    code: `function setup() { exports.handler = async () => {}; }`,
    expected: [],
    dialects: ALL,
  },
  {
    name: 'reassigned let',
    code: `let fn = async (event) => {};\nfn = other;\nexports.handler = fn;`,
    expected: [],
    dialects: ALL,
  },
  {
    name: 'exports.handler reassigned to something unknown',
    code: `exports.handler = async (event) => {};\nexports.handler = wrapIt(exports.handler);`,
    expected: [],
    dialects: ALL,
  },
  {
    name: 'declare const',
    code: `export declare const handler: (event: unknown) => void;`,
    expected: [],
    dialects: TS,
  },
  {
    name: 'cyclic identifiers',
    code: `var a = b;\nvar b = a;\nexports.handler = a;`,
    expected: [],
    dialects: ALL,
  },
  // Odd input
  { name: 'empty file', code: ``, expected: [], dialects: ALL },
  {
    name: 'JSX',
    code: `export const handler = async (event) => <div>{event.body}</div>;`,
    expected: [{ exportName: 'handler' }],
    dialects: ['tsx', 'esm'],
  },
  {
    name: 'TS-only syntax',
    code: `enum E { A }\nnamespace N { export const handler = 1; }\ndeclare module 'x' { export const handler: () => void; }\nexport type handler = string;\nexport interface I {}\nexport abstract class C { abstract handler(): void }\nexport const handler = <T,>(event: T) => event;`,
    expected: [{ exportName: 'handler', fn: '<T,>(event: T) => event', event: 'event' }],
    dialects: TS,
  },
  {
    name: 'with statement and getters',
    code: `with (obj) { exports.handler = 1; }\nmodule.exports = { get handler() { return async () => {}; } };`,
    expected: [],
    dialects: ['cjs'],
  },
  {
    name: 'computed exports',
    code: `exports[name] = async () => {};\nmodule.exports = { [name]: async () => {}, ...rest };`,
    expected: [],
    dialects: ALL,
  },
  {
    name: "a CloudFront Function (it imports the runtime's `cloudfront` module) is no Lambda handler",
    code: `import cf from 'cloudfront';\nconst store = cf.kvs('id');\nexport async function handler(event) { const r = event.request; r.uri = await store.get('k'); return r; }`,
    expected: [],
    dialects: ['ts', 'esm'],
  },
  {
    name: "a CloudFront Function that requires the runtime's `cloudfront` module is no Lambda handler",
    code: `const cf = require('cloudfront');\nexports.handler = async (event) => { cf.updateRequestOrigin({}); return event.request; };`,
    expected: [],
    dialects: ['cjs'],
  },
  {
    name: 'a module that only names cloudfront elsewhere still exports its handler',
    code: `import { CloudFrontClient } from '@aws-sdk/client-cloudfront';\nconst service = 'cloudfront';\nexport const handler = async (event) => new CloudFrontClient({}).send(event);`,
    expected: [{ exportName: 'handler' }],
    dialects: ['ts', 'esm'],
  },
];

describe('getLambdaHandlers', () => {
  const rows = cases.flatMap((c) =>
    c.dialects.flatMap((dialect) => ESLINT_VERSIONS.map((eslint) => ({ ...c, dialect, eslint }))),
  );
  it.each(rows)('$name ($dialect, ESLint $eslint)', ({ code, dialect, eslint, expected, settings }) => {
    const handlers = detect(code, dialect, settings, eslint);
    expect(handlers).toHaveLength(expected.length);
    expected.forEach((partial, index) => expect(handlers[index]).toMatchObject(partial));
  });

  it('is computed once per file and settings, and shared between rules', () => {
    const seen: unknown[] = [];
    runProbe(`export const handler = async () => {};`, 'esm', (context) => ({
      Program() {
        seen.push(getLambdaHandlers(context));
      },
      'Program:exit'() {
        seen.push(getLambdaHandlers(context));
      },
    }));
    expect(seen[0]).toBe(seen[1]);
  });

  it('stays fast on a file with thousands of exports', () => {
    const count = 2_000;
    const code = Array.from(
      { length: count },
      (_, i) => `export const f${i} = async (event) => ${i};\nexports.g${i} = f${i};`,
    ).join('\n');
    let names: string[] = [];
    let elapsed = Infinity;
    for (const typed of [false, true]) {
      // With an `aws-lambda` import every export is examined for type evidence; without one only handler names.
      const prefix = typed ? `import type { Handler } from 'aws-lambda';\n` : '';
      runProbe(
        `${prefix}${code}\nexport const handler = f1;`,
        typed ? 'ts' : 'esm',
        (context) => ({
          'Program:exit'() {
            const start = performance.now();
            names = getLambdaHandlers(context).map((handler) => handler.exportName);
            elapsed = performance.now() - start;
          },
        }),
        { 'lambda-guard': { handlerNames: ['f7', 'g9'] } },
      );
      expect(names).toEqual(['f7', 'g9', 'handler']);
      // Linear work: a few microseconds per export (a quadratic scope search took over half a second here).
      expect(elapsed).toBeLessThan(1_000);
    }
  });

  it('does not blow the stack on 10,000-deep nesting', () => {
    const depth = 10_000;
    const code = `export const handler = async (event) => ${'['.repeat(depth)}${']'.repeat(depth)};\nexports.main = ${'('.repeat(depth)}x${')'.repeat(depth)};`;
    // The parsers and ESLint's own traversal are recursive and give up before 10,000 levels, so the probe runs
    // on the deepest copy they accept; handler detection itself only reads top-level statements.
    let handlers: Summary[] | null = null;
    for (const size of [depth, 2_000, 500]) {
      const shallower = code.replaceAll('['.repeat(depth), '['.repeat(size)).replaceAll(']'.repeat(depth), ']'.repeat(size)).replaceAll('('.repeat(depth), '('.repeat(size)).replaceAll(')'.repeat(depth), ')'.repeat(size));
      try {
        handlers = detect(shallower, 'ts');
        break;
      } catch (error) {
        if (!(error instanceof RangeError) && !/stack/iu.test(String(error))) throw error;
      }
    }
    expect(handlers).toMatchObject([{ exportName: 'handler' }]);
  });

  it('finds the enclosing handler of a node', () => {
    const found: (string | null)[] = [];
    runProbe(
      `import middy from '@middy/core';\nconst inner = async (event) => { log(event); };\nexport const handler = middy(inner);\nfunction util() { log(1); }`,
      'esm',
      (context) => ({
        CallExpression(node) {
          if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'log') {
            found.push(getEnclosingHandler(node, context)?.exportName ?? null);
          }
        },
      }),
    );
    expect(found).toEqual(['handler', null]);
  });

  it('throws a config error on bad settings', () => {
    expect(() =>
      detect(`export const handler = async () => {};`, 'esm', { 'lambda-guard': { handlerNames: 'main' } }),
    ).toThrow(/handlerNames must be an array of non-empty strings/u);
  });
});

describe('getLambdaHandlers with a Serverless Framework config', () => {
  const root = temporaryProject({
    '.git/': '',
    'serverless.yml': `functions:
  hello:
    handler: handler.hello
  user:
    handler: src/users.get
  app:
    handler: 'src/app.server' # express behind serverless-http
  vars:
    handler: \${self:custom.dir}/vars.main
`,
    'service/serverless.yml': 'functions:\n  other:\n    handler: handler.other\n',
  });
  const CJS_TEMPLATE = `module.exports.hello = async (event) => ({ statusCode: 200, body: JSON.stringify(event) });
module.exports.helper = async (event) => event;
exports.other = async (event) => event;`;
  const rows: [string, Dialect, string, string, Partial<Summary>[], Record<string, unknown>?][] = [
    [
      'CJS: the template, module.exports.hello',
      'cjs',
      'handler.js',
      CJS_TEMPLATE,
      [{ exportName: 'hello', event: 'event', ...plain }],
    ],
    [
      'ESM: export const get, not the export beside it',
      'esm',
      'src/users.js',
      `export const get = async (event) => ({ statusCode: 200, body: event.pathParameters.id });
export const list = async (event) => [];`,
      [{ exportName: 'get', event: 'event', ...plain }],
    ],
    [
      'TS: an untyped export the config names',
      'ts',
      'src/users.ts',
      `export async function get(event: { pathParameters: { id: string } }) {
  return { statusCode: 200, body: event.pathParameters.id };
}`,
      [{ exportName: 'get', event: 'event', ...plain }],
    ],
    [
      'a framework adapter the config names: opaque, as under a handler name',
      'cjs',
      'src/app.js',
      `const serverless = require('serverless-http');
const app = require('./express-app');
module.exports.server = serverless(app);`,
      [{ exportName: 'server', fn: null, opaque: true }],
    ],
    [
      "CJS: what an imported factory returns, under the name the config gives: opaque",
      'cjs',
      'handler.js',
      `const { createLambdaHandler } = require('@ts-rest/serverless/aws');
const { contract, router } = require('./api');
module.exports.hello = createLambdaHandler(contract, router);`,
      [{ exportName: 'hello', fn: null, opaque: true }],
    ],
    [
      'TS: an imported factory\'s product bound to a name first, exported under the name the config gives',
      'ts',
      'src/users.ts',
      `import * as rest from '@ts-rest/serverless/aws';
import { contract, router } from './api';
const api = rest.createLambdaHandler(contract, router) as unknown;
export { api as get };`,
      [{ exportName: 'get', fn: null, opaque: true }],
    ],
    [
      'an imported factory\'s product under a name the config does not give: none',
      'esm',
      'src/users.js',
      `import { createLambdaHandler } from '@ts-rest/serverless/aws';
export const list = createLambdaHandler(contract, router);`,
      [],
    ],
    [
      'a call of a function of the file that returns no function, under the name the config gives: none',
      'cjs',
      'handler.js',
      'function makeConfig() { return { retries: 3 }; }\nmodule.exports.hello = makeConfig();',
      [],
    ],
    [
      "a yargs-like module's export the config names is Lambda's all the same",
      'cjs',
      'handler.js',
      "module.exports.command = 'hello';\nmodule.exports.describe = 'Say hello';\nmodule.exports.hello = async (event) => event;",
      [{ exportName: 'hello', event: 'event', ...plain }],
    ],
    ['a file the config does not name', 'cjs', 'other.js', CJS_TEMPLATE, []],
    ['a nested service: its own config wins', 'cjs', 'service/handler.js', CJS_TEMPLATE, [{ exportName: 'other' }]],
    ['an entry with a Serverless variable is not read', 'esm', 'vars.js', 'export const main = async (e) => e;', []],
    ['a name the config gives that is not a function', 'cjs', 'handler.js', "module.exports.hello = 'hello';", []],
    ['a class under the name the config gives', 'cjs', 'handler.js', 'module.exports.hello = class Hello {};', []],
    // The config is read for a file only when an export may be a function: each shape of one still is
    [
      'CJS: a shorthand property of module.exports',
      'cjs',
      'handler.js',
      'const hello = async (event) => event;\nmodule.exports = { hello };',
      [{ exportName: 'hello', event: 'event', ...plain }],
    ],
    [
      'ESM: an export specifier, beside a class and a constant',
      'esm',
      'handler.js',
      'export class Stack {}\nexport const NAME = "x";\nconst hello = async (event) => event;\nexport { hello };',
      [{ exportName: 'hello', event: 'event', ...plain }],
    ],
    [
      'TS: a wrapper call under a type assertion',
      'ts',
      'handler.ts',
      'export const hello = withTiming(async (event: unknown) => event) as unknown;',
      [{ exportName: 'hello', event: 'event', opaque: true }],
    ],
    [
      'readServerlessConfig: false',
      'cjs',
      'handler.js',
      CJS_TEMPLATE,
      [],
      { 'lambda-guard': { readServerlessConfig: false } },
    ],
    [
      'handlerNames and the config together',
      'cjs',
      'handler.js',
      `${CJS_TEMPLATE}\nmodule.exports.main = async (event) => event;`,
      [{ exportName: 'hello' }, { exportName: 'main' }],
      { 'lambda-guard': { handlerNames: ['main'] } },
    ],
  ];
  const runs = rows.flatMap(([name, dialect, path, code, expected, settings = {}]) =>
    ESLINT_VERSIONS.map((eslint) => ({ name, dialect, path, code, expected, settings, eslint })),
  );
  it.each(runs)(
    '$name ($dialect, $path, ESLint $eslint)',
    ({ dialect, path, code, expected, settings, eslint }) => {
      const handlers = detect(code, dialect, settings, eslint, join(root, path));
      expect(handlers).toHaveLength(expected.length);
      expected.forEach((partial, index) => expect(handlers[index]).toMatchObject(partial));
    },
  );
});

describe('getInlineHandlers', () => {
  const inline = (code: string, dialect: Dialect): { name: string; fn: string; event: string | null; inside: boolean }[] => {
    let result: { name: string; fn: string; event: string | null; inside: boolean }[] = [];
    runProbe(code, dialect, (context) => ({
      'Program:exit'() {
        const text = (node: { range: [number, number] }): string =>
          context.sourceCode.text.slice(node.range[0], node.range[1]);
        const handlers = getInlineHandlers(context);
        result = handlers.map((handler) => {
          const body = handler.fn?.body;
          return {
            name: handler.exportName,
            fn: handler.fn === null ? '' : text(handler.fn).replace(/\s+/gu, ' ').slice(0, 20),
            event: handler.eventParam?.name ?? null,
            inside: body != null && isInsideHandler(body, handlers) && !isInsideHandler(context.sourceCode.ast, handlers),
          };
        });
      },
    }));
    return result;
  };

  it.each(['ts', 'esm', 'cjs'] as const)('finds the functions @pulumi/aws deploys as Lambda code (%s)', (dialect) => {
    const load =
      dialect === 'cjs'
        ? "const aws = require('@pulumi/aws');\nconst { CallbackFunction } = require('@pulumi/aws/lambda');"
        : "import * as aws from '@pulumi/aws';\nimport { CallbackFunction } from '@pulumi/aws/lambda';";
    const code = `${load}
const onPut = async (ev) => {};
new aws.lambda.CallbackFunction('a', { callback: async (event, context) => {} });
new CallbackFunction('b', { callbackFactory: () => { const s3 = 1; return async (evt) => {}; } });
aws.lambda.createFunctionFromEventHandler('c', onPut);
aws.cloudwatch.onSchedule('d', 'rate(1 day)', async (e) => {});
const bucket = new aws.s3.Bucket('e');
bucket.onObjectCreated('f', onPut);
new aws.sns.Topic('g').onEvent('h', async (message) => {});`;
    expect(inline(code, dialect)).toEqual([
      { name: 'callback', fn: 'async (event, contex', event: 'event', inside: true },
      { name: 'callbackFactory', fn: 'async (evt) => {}', event: 'evt', inside: true },
      { name: 'createFunctionFromEventHandler', fn: 'async (ev) => {}', event: 'ev', inside: true },
      { name: 'onSchedule', fn: 'async (e) => {}', event: 'e', inside: true },
      { name: 'onEvent', fn: 'async (message) => {', event: 'message', inside: true },
    ]);
  });

  it.each(['ts', 'esm', 'cjs'] as const)("finds the eventHandler of awsx's API routes (%s)", (dialect) => {
    const load =
      dialect === 'cjs'
        ? "const awsx = require('@pulumi/awsx');\nconst { apigateway } = require('@pulumi/awsx/classic');"
        : "import * as awsx from '@pulumi/awsx';\nimport { apigateway } from '@pulumi/awsx/classic';";
    const code = `${load}
const onGet = async (request) => {};
const routes = [{ path: '/a', method: 'GET', eventHandler: onGet }];
new awsx.apigateway.API('a', { routes });
new apigateway.API('b', { routes: [{ path: '/b', method: 'POST', eventHandler: async (event, context) => {} }] });`;
    expect(inline(code, dialect)).toEqual([
      { name: 'eventHandler', fn: 'async (request) => {', event: 'request', inside: true },
      { name: 'eventHandler', fn: 'async (event, contex', event: 'event', inside: true },
    ]);
  });

  it("finds no eventHandler of @pulumi/aws-apigateway's RestAPI, another module's API, or after a spread", () => {
    const code = `import * as aws from '@pulumi/aws';
import * as apigateway from '@pulumi/aws-apigateway';
import * as awsx from '@pulumi/awsx';
import { API } from './api';
const more = {};
new apigateway.RestAPI('a', { routes: [{ path: '/', method: 'GET', eventHandler: async (event) => {} }] });
new API('b', { routes: [{ path: '/', method: 'GET', eventHandler: async (event) => {} }] });
new awsx.apigateway.API('c', { routes: [{ path: '/', method: 'GET', eventHandler: async (event) => {}, ...more }] });
new awsx.apigateway.API('d', { routes: [{ path: '/', method: 'GET', eventHandler: new aws.lambda.Function('f', {}) }] });
const config = { eventHandler: async (event) => {} };`;
    expect(inline(code, 'ts')).toEqual([]);
  });

  it('finds none without @pulumi/aws, on objects it does not create, or for values that are not functions of the file', () => {
    const code = `import * as aws from '@pulumi/aws';
import { CallbackFunction } from './lambda';
import { handler } from './handler';
import { emitter } from './events';
new CallbackFunction('a', { callback: async (event) => {} });
new aws.lambda.CallbackFunction('b', { callback: handler });
new aws.lambda.CallbackFunction('c', { callbackFactory: async (event) => {} });
emitter.onEvent('d', async (event) => {});
aws.sns.Topic.get('e', 'arn').onEvent('f', async (event) => {});`;
    expect(inline(code, 'ts')).toEqual([]);
  });
});
