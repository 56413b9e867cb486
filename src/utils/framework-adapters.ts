import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getPropertyName, skipTypeAndChainWrappers } from './ast.js';
import { boundInitializer, resolveCallee, resolveInstance, type ModuleRef } from './modules.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Framework adapters: modules that serve a web framework's app (Express, Koa, Fastify, Nest, Hono, Apollo, Remix,
 * React Router, …) as a Lambda handler. The framework's code, and its logging, live elsewhere.
 *
 * Each module maps to the exports whose call makes the handler, `export const handler = serverless(app)` (joined
 * with '.'; '' is the module's default export or namespace; `C.prototype.m` is the method `m` of an instance of the
 * exported class `C`: `new ApolloServer(…).createHandler()`). The set is empty for an adapter called inside a
 * handler body (the legacy `aws-serverless-express`'s and `aws-serverless-fastify`'s `proxy(server, event,
 * context)`) and for the request handlers a Remix or React Router server build is served through
 * (`createRequestHandler(build)` of `@remix-run/node` / `@react-router/node`, or their Architect adapters).
 *
 * Shared by handler detection (an export made by such a call is a handler whose body is not ours to analyse) and
 * the logging analysis (a module importing any of them hands its requests to a framework that logs out of sight).
 */
export const FRAMEWORK_ADAPTERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['serverless-http', new Set([''])],
  ['aws-serverless-express', new Set<string>()],
  ['@vendia/serverless-express', new Set(['', 'configure'])],
  ['@codegenie/serverless-express', new Set(['', 'configure'])],
  ['@fastify/aws-lambda', new Set(['', 'awsLambdaFastify'])],
  ['aws-lambda-fastify', new Set([''])],
  ['aws-serverless-fastify', new Set<string>()],
  ['hono/aws-lambda', new Set(['handle', 'streamHandle'])],
  ['apollo-server-lambda', new Set(['ApolloServer.prototype.createHandler'])],
  ['@as-integrations/aws-lambda', new Set(['startServerAndCreateLambdaHandler'])],
  ['@h4ad/serverless-adapter', new Set(['ServerlessAdapter.new'])],
  ['@nestjs/platform-serverless', new Set<string>()],
  ['@remix-run/architect', new Set<string>()],
  ['@remix-run/node', new Set<string>()],
  ['@react-router/architect', new Set<string>()],
  ['@react-router/node', new Set<string>()],
  // A Probot GitHub App: `createLambdaFunction(appFn, { probot: createProbot() })`, logging through Probot's pino
  ['@probot/adapter-aws-lambda-serverless', new Set(['createLambdaFunction'])],
]);

/**
 * Builders whose chain makes a Lambda handler of code the file writes, with no logging of their own (so not framework
 * adapters for the logging analysis): an Alexa skill, `Alexa.SkillBuilders.custom().addRequestHandlers(…).lambda()`
 * (ASK SDK v2), whose request handlers the SDK calls with the request envelope.
 */
const HANDLER_BUILDERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['ask-sdk-core', new Set(['SkillBuilders.custom'])],
  ['ask-sdk', new Set(['SkillBuilders.custom', 'SkillBuilders.standard'])],
]);

/** Every adapter module's name holds one of them (`@remix-run/…` and `@react-router/…` hold `-r`): a quick test. */
const ADAPTER_NAME_WORDS: readonly string[] = ['serverless', 'lambda', '-r'];

/** Is `specifier` a framework adapter module, or a subpath of one (`aws-serverless-express/middleware`)? */
export function isFrameworkAdapterModule(specifier: string): boolean {
  if (!ADAPTER_NAME_WORDS.some((word) => specifier.includes(word))) return false;
  if (FRAMEWORK_ADAPTERS.has(specifier)) return true;
  for (const module of FRAMEWORK_ADAPTERS.keys()) if (specifier.startsWith(`${module}/`)) return true;
  return false;
}

/**
 * Does `call` make a Lambda handler of a framework's app: a call of an adapter's export (`serverless(app)`), of its
 * method on an instance of an adapter's class (`server.createHandler()` with `const server = new ApolloServer(…)`),
 * or the last call of a method chain on one (`ServerlessAdapter.new(app).setFramework(…)….build()`)?
 */
export function makesFrameworkAdapterHandler(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  let current = call;
  for (let depth = 0; depth < MAX_CHAINED_CALLS; depth++) {
    if (callsAdapter(current, sourceCode)) return true;
    const callee = skipTypeAndChainWrappers(current.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    let object = skipTypeAndChainWrappers(callee.object);
    // `const skillBuilder = Alexa.SkillBuilders.custom(); … skillBuilder.addRequestHandlers(…).lambda()`
    if (object.type === AST_NODE_TYPES.Identifier) {
      const bound = boundInitializer(object, sourceCode);
      if (bound !== null) object = skipTypeAndChainWrappers(bound);
    }
    if (object.type !== AST_NODE_TYPES.CallExpression) return false;
    current = object;
  }
  return false;
}

/** Calls of a builder's chain looked through (`.setFramework(…).setHandler(…).setResolver(…)`, …). */
const MAX_CHAINED_CALLS = 16;

function callsAdapter(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const ref = resolveCallee(call, sourceCode);
  if (ref !== null) return isFrameworkAdapterCall(ref);
  const callee = skipTypeAndChainWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getPropertyName(callee);
  if (method === null) return false;
  const instance = resolveInstance(callee.object, sourceCode);
  if (instance === null || !FRAMEWORK_ADAPTERS.has(instance.ref.module)) return false;
  return isFrameworkAdapterCall({ module: instance.ref.module, path: [...instance.ref.path, 'prototype', method] });
}

/**
 * Does a call of the export `ref` make a Lambda handler of a framework's app (`serverless(app)`), or start a
 * handler builder's chain (`Alexa.SkillBuilders.custom()`)?
 */
export function isFrameworkAdapterCall(ref: ModuleRef): boolean {
  const exports = FRAMEWORK_ADAPTERS.get(ref.module) ?? HANDLER_BUILDERS.get(ref.module);
  return exports !== undefined && exports.has(ref.path.join('.'));
}

