import { isBuiltin } from 'node:module';
import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  getPropertyName,
  isFunctionLike,
  isInside,
  isNullOrUndefined,
  memberChain,
  outermostTypeWrapper,
  isTypeWrapper,
  returnedExpressions,
  skipAwait,
  skipTypeAndChainWrappers,
  skipTypeWrappers,
  someOwnNode,
  type FunctionLike,
} from '../utils/ast.js';
import { createRule } from '../utils/create-rule.js';
import { someCodeWord } from '../utils/prefilter.js';
import { getLambdaGuardSettings } from '../utils/settings.js';
import {
  boundInitializer,
  findVariableOf,
  functionOf,
  isGlobalIdentifier,
  isWriteTarget,
  resolveModuleRef,
} from '../utils/modules.js';
import { isFrameworkAdapterModule } from '../utils/framework-adapters.js';
import { getLambdaHandlers, handlerNamesOf, isExportedValue, type LambdaHandler } from '../utils/handlers.js';
import { isTestFile, pathBelowWorkingDirectory } from '../utils/test-files.js';
import {
  answeredThrough,
  AUTHORIZER_ANSWER_KEYS,
  CONSTANT_GLOBALS,
  delegatesToImportedCode,
  handsOffToUnseenFunction,
  isRequireOfModule,
  readsClock,
} from '../utils/hand-offs.js';
import {
  getFileLogging,
  isAdapterModule,
  isGlobalMethodCall,
  loggersOptionSchema,
  type LogCall,
  type LoggingMiddlewareUse,
  type ModuleLogger,
  nameParts,
  quoteString,
  returnsLogger,
  runsNever,
} from '../utils/logging.js';

export type Options = [
  {
    loggers: string[];
    middlewares: string[];
  },
];
export type MessageIds = 'missingLogging' | 'unstructuredLogging' | 'addLogCall';

const defaultOptions: Options[0] = { loggers: [], middlewares: [] };

export default createRule<Options, MessageIds>({
  name: 'require-handler-logging',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require Lambda handlers to write structured logs or use logging middleware',
      recommended: 'strict',
    },
    hasSuggestions: true,
    messages: {
      missingLogging:
        "Handler '{{name}}' writes no structured log and uses no logging middleware, so its invocations leave no audit trail that can be queried. Log what it does as JSON (Powertools Logger, pino, a single-object console call) or add injectLambdaContext.",
      unstructuredLogging:
        "Handler '{{name}}' logs only unstructured text and uses no logging middleware, so its lines cannot be queried by field. Log what it does as JSON (Powertools Logger, pino, a single-object console call) or add injectLambdaContext.",
      addLogCall: "Log each invocation with '{{logger}}'.",
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          loggers: loggersOptionSchema('Any call on an import of them counts as structured logging.'),
          middlewares: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              'Logging middleware, decorators or handler wrappers that count as logging for a handler: module names or function names (`withLogging`).',
          },
        },
      },
    ],
    defaultOptions: [defaultOptions],
  },
  defaultOptions: [defaultOptions],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    // A handler inside a test is not a deployed function; the path answers before any handler detection
    if (isTestFile(context)) return {};
    // Handlers come from the file's top-level statements, known before traversal: most files have none and need
    // no listener at all
    const handlers = getLambdaHandlers(context);
    if (handlers.length === 0) return {};
    const handlerNames = handlerNamesOf(getLambdaGuardSettings(context));
    // A function found only by its event's type may be a dispatcher's step (see LambdaHandler.eventTypeOnly); a
    // factory's handler may be wrapped in logging middleware where it is made (LambdaHandler.madeByFactory)
    const analysable = handlers.filter(
      (handler) => !handler.opaque && handler.fn !== null && !handler.eventTypeOnly && !handler.madeByFactory,
    );
    if (analysable.length === 0) return {};
    // A CloudWatch Synthetics canary's run is recorded by Synthetics itself (its result, logs, screenshots, metrics)
    if (isSyntheticsCanary(context)) return {};
    return {
      Program() {
        const logging = getFileLogging(context, { loggers: options.loggers, middlewares: options.middlewares });
        // Logging we cannot see: a logger we cannot identify, a logger handed to a router or resolver (a framework
        // behind an adapter, `proxy(server, event, context)`, is asked per handler below)
        if (logging.hasUnknownLogCall || logging.loggerHandedOff) return;
        // A line that never runs (`if (debug) logger.info(…)` with `const debug = false`) writes no audit trail
        const writes = (call: LogCall): boolean =>
          (call.kind === 'emit' || call.kind === 'event') && call.structured && !runsNever(call.node, sourceCode);
        if (logging.logCalls.some(writes)) return;
        // Lines written, none a query can read by field (said so, not "no audit trail"), by range. A line only a
        // `catch` writes (`console.error('Save failed:', error)`) leaves the handler's work itself untraced: that
        // handler is told it writes no structured log, as one that logs nothing is
        const textLines = logging.logCalls
          .filter(
            (call) =>
              (call.kind === 'emit' || call.kind === 'event') &&
              !runsNever(call.node, sourceCode) &&
              !isInsideCatch(call.node),
          )
          .map((call) => call.node.range[0]);
        // Asked of each reported handler: found once (a file of hundreds of handlers asks hundreds of times)
        let textWriters: TextWriters | null = null;
        // The factory call that makes each export's handler, found once per export
        const madeBy = new Map(handlers.map((handler) => [handler, makingCall(handler, sourceCode)]));
        // The exports of each function: a file of hundreds of handlers looks each one's up, not through all of them
        const byFunction = new Map<FunctionLike | null, LambdaHandler[]>();
        for (const handler of handlers) {
          const same = byFunction.get(handler.fn);
          if (same === undefined) byFunction.set(handler.fn, [handler]);
          else same.push(handler);
        }
        for (const handler of analysable) {
          // One function exported twice (`export const main = …; export const handler = middy(main).use(…)`, the
          // bare one for tests): judged once, with every wrapper it runs behind, and reported on the export Lambda
          // most likely calls, the wrapped one. Two exports a factory of the file makes (`createHandler('A')`,
          // `createHandler('B')`) are two handlers; an export no factory call of its own makes (`middy(main)` of
          // `main = createHandler()`) goes with any
          const own = madeBy.get(handler)!;
          const sharing = byFunction.get(handler.fn)!.filter((other) => {
            const otherMadeBy = madeBy.get(other)!;
            return own === null || otherMadeBy === null || otherMadeBy === own;
          });
          if (sharing.some((other) => other.opaque)) continue;
          // A handler that hands the request to a web framework through an adapter: the framework may log for it.
          // Another export of the module (an SQS worker beside `serverless(app)`) is judged
          if (logging.usesFrameworkAdapter && handsToAdapter(handler.fn!, sourceCode)) continue;
          // `export const handler = async (event) => …` beside `export const main = withHooks(handler)`: Lambda most
          // likely calls the wrapped export, and a wrapper the rule does not know may log for it
          const bare = sharing.length === 1 && handler.wrappers.length === 0;
          if (bare && isExportedWrapped(handler.fn!, sourceCode)) continue;
          // `exports.handler = () => {}`: a placeholder that does nothing has nothing to audit (Lambda's own START,
          // END and REPORT lines record each call)
          if (doesNothing(handler.fn!)) continue;
          // A constant answer in an authorizer's file may be a gate left open, unless each answer is an HTTP
          // response (`callback(null, { statusCode: 200, body: 'Connected.' })`: a public route beside the authorizer)
          const answers: TSESTree.Node[] = [];
          if (
            answersConstant(handler.fn!, sourceCode, answers) &&
            ((answers.length > 0 && answers.every(isHttpResponse)) || !mayBeAuthorizer(handler, sourceCode))
          ) {
            continue;
          }
          // `createLogger(event, context: Context)` returning `pino(…)`: the handler's logger factory, typed like one
          if (returnsLogger(handler.fn!, sourceCode, options)) continue;
          if (handsOffToUnseenFunction(handler, sourceCode, handlerNames, options)) continue;
          if (delegatesToImportedCode(handler, sourceCode, options)) continue;
          if (sharing.some((other) => usesLoggingMiddleware(other, handlers, logging.middlewares))) continue;
          const reportedOn = sharing.reduce((best, other) =>
            other.wrappers.length > best.wrappers.length ? other : best,
          );
          if (reportedOn !== handler) continue;
          const suggestion = buildSuggestion(handler, logging.moduleLoggers, sourceCode);
          context.report({
            loc: handler.reportLoc,
            messageId: (textWriters ??= findTextWriters(textLines, analysable)).writes(handler.fn!)
              ? 'unstructuredLogging'
              : 'missingLogging',
            data: { name: handler.exportName },
            suggest: suggestion === null ? [] : [suggestion],
          });
        }
      },
    };
  },
});

/** Is `node` inside a `catch` block (before any function boundary)? */
function isInsideCatch(node: TSESTree.Node): boolean {
  // espree gives the Program a null parent, typescript-eslint none
  for (let current = node.parent; current !== undefined && current !== null; current = current.parent) {
    if (current.type === AST_NODE_TYPES.CatchClause) return true;
    if (isFunctionLike(current)) return false;
  }
  return false;
}

interface TextWriters {
  /**
   * Does one of the lines sit in the handler function `fn`, or outside every handler of the file (a helper's, which
   * the handler may call)? A line of another handler is that handler's.
   */
  writes(fn: FunctionLike): boolean;
}

/**
 * Which handler functions hold a text line (`lines`: log calls' start offsets), and whether one holds none. One sweep
 * over both in order of position: functions nest or stand apart, so those open at a line form a chain.
 */
function findTextWriters(lines: readonly number[], handlers: readonly LambdaHandler[]): TextWriters {
  const functions = [...new Set(handlers.map((handler) => handler.fn).filter((fn) => fn !== null))].sort(
    (a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1],
  );
  const holders = new Set<FunctionLike>();
  let outside = false;
  const open: FunctionLike[] = [];
  let next = 0;
  for (const start of [...lines].sort((a, b) => a - b)) {
    while (next < functions.length && functions[next]!.range[0] <= start) {
      const fn = functions[next++]!;
      while (open.length > 0 && open[open.length - 1]!.range[1] <= fn.range[0]) open.pop();
      open.push(fn);
    }
    while (open.length > 0 && open[open.length - 1]!.range[1] <= start) open.pop();
    if (open.length === 0) outside = true;
    for (const fn of open) holders.add(fn);
  }
  return { writes: (fn) => outside || holders.has(fn) };
}

/**
 * The call of a factory of the file that makes the handler an export holds (`export const ipv = createHandler('Ipv')`:
 * each call makes a handler of its own, though all are one function in the source), else null.
 */
function makingCall(handler: LambdaHandler, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.CallExpression | null {
  if (handler.fn === null) return null;
  const value = exportedValue(handler.reportNode);
  if (value === null) return null;
  const init = skipTypeAndChainWrappers(value);
  if (init.type !== AST_NODE_TYPES.CallExpression) return null;
  const factory = functionOf(init.callee, sourceCode);
  return factory !== null && factory !== handler.fn && isInside(handler.fn, factory) ? init : null;
}

/**
 * Is `fn`, by the name it is bound to, handed to an imported wrapper whose result the module exports
 * (`export const main = withHooks(handler)`, `exports.main = wrap(handler)`, `module.exports = { main: wrap(h) }`)?
 */
function isExportedWrapped(fn: FunctionLike, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const holder = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn : outermostTypeWrapper(fn).parent;
  if (holder?.type !== AST_NODE_TYPES.FunctionDeclaration && holder?.type !== AST_NODE_TYPES.VariableDeclarator) {
    return false;
  }
  const variable = sourceCode.getDeclaredVariables(holder)[0];
  return (
    variable?.references.some((reference) => {
      const argument = outermostTypeWrapper(reference.identifier as TSESTree.Node);
      const call = argument.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee === argument) return false;
      // An imported wrapper (`withHooks` from `../hooks` or `@hooks/…`), as a wrapper the rule does not know is
      // elsewhere: one the plugin knows is judged with the handler, a local one can be read, Node's (`callbackify`)
      // logs nothing, and a method (`registry.register(…)`, `Sentry.AWSLambda.wrapHandler(…)`) is no such wrapper
      const callee = skipTypeWrappers(call.callee);
      const ref = callee.type === AST_NODE_TYPES.Identifier ? resolveModuleRef(callee, sourceCode) : null;
      if (ref === null || isBuiltin(ref.module)) return false;
      return isExportedValue(outermostTypeWrapper(call), sourceCode);
    }) === true
  );
}

/**
 * Does `fn` run in strict mode, where a write to an undeclared name throws? In an ES module (the file imports or
 * exports: ESLint may parse a CommonJS `.js` file as a module), a class, or under a `'use strict'` directive.
 */
function isStrictCode(fn: FunctionLike, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const program = sourceCode.ast as TSESTree.Program;
  const esm = program.body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration ||
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration ||
      statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
      statement.type === AST_NODE_TYPES.ExportAllDeclaration,
  );
  if (esm) return true;
  const strictIn = (body: readonly TSESTree.Node[]): boolean =>
    body.some(
      (statement) => statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive === 'use strict',
    );
  for (let node: TSESTree.Node | undefined = fn; node !== undefined; node = node.parent) {
    if (node.type === AST_NODE_TYPES.ClassBody) return true;
    if (node.type === AST_NODE_TYPES.Program) return strictIn(node.body);
    if (isFunctionBlock(node) && strictIn(node.body)) return true;
  }
  return false;
}

/** A function's body block (where a directive may sit). */
function isFunctionBlock(node: TSESTree.Node): node is TSESTree.BlockStatement {
  const parent = node.parent as TSESTree.Node | null | undefined;
  if (node.type !== AST_NODE_TYPES.BlockStatement) return false;
  return parent !== undefined && parent !== null && isFunctionLike(parent);
}

/** The value written at an export's name: `export const a = <value>`, `exports.a = <value>`; else null. */
function exportedValue(name: TSESTree.Node): TSESTree.Node | null {
  const parent = name.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator) return parent.id === name ? parent.init : null;
  const assignment = parent?.type === AST_NODE_TYPES.MemberExpression ? parent.parent : null;
  const assigned = assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === parent;
  return assigned ? assignment.right : null;
}

/**
 * Is the file a CloudWatch Synthetics canary's script: below the working directory in a `canaries` directory
 * (`src/canaries/public-api.ts`), or loading Synthetics' runtime modules (`require('Synthetics')`,
 * `SyntheticsLogger`, `@amzn/synthetics-playwright`) or a helper of a `canaries` directory (`…/infra/canaries/
 * url-checker`)? Synthetics runs it on a schedule and records each run; there is no caller to audit.
 */
function isSyntheticsCanary(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): boolean {
  // Directories above the working directory (`/home/me/canaries/app/…`) say nothing of the project
  const below = pathBelowWorkingDirectory(context.physicalFilename, context.cwd) ?? '';
  if (below.split(/[\\/]/u).slice(0, -1).some(isCanaryDirectory)) return true;
  const text = context.sourceCode.text;
  if (!text.includes('ynthetics') && !text.includes('anar')) return false;
  const program = context.sourceCode.ast as TSESTree.Program;
  for (const statement of program.body) {
    let specifier: unknown = null;
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) specifier = statement.source.value;
    else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      const init = statement.declarations[0]?.init;
      if (init !== null && init !== undefined && isRequireOfModule(init)) {
        specifier = ((init as TSESTree.CallExpression).arguments[0] as TSESTree.Literal).value;
      }
    }
    if (typeof specifier === 'string' && isCanaryModule(specifier)) return true;
  }
  return false;
}

/**
 * `canaries`: a directory of Synthetics canary scripts. Not `canary`, which in a Lambda project usually means canary
 * deployments (`src/canary/pre-traffic-hook.js`, a CodeDeploy hook, is a handler like any other).
 */
function isCanaryDirectory(name: string): boolean {
  return name.toLowerCase() === 'canaries';
}

/** Synthetics' runtime modules, or a module of a `canaries` directory (`./canaries/checks`). */
function isCanaryModule(specifier: string): boolean {
  if (specifier === 'Synthetics' || specifier === 'SyntheticsLogger') return true;
  if (specifier.startsWith('@amzn/synthetics-') || specifier.startsWith('@aws/synthetics-')) return true;
  return specifier.split('/').slice(0, -1).some(isCanaryDirectory);
}

/** A function whose body is an empty block or a bare `return;`: `() => {}`, `async function handler() { return; }`. */
function doesNothing(fn: FunctionLike): boolean {
  if (fn.body?.type !== AST_NODE_TYPES.BlockStatement) return false;
  const statements = fn.body.body;
  if (statements.length === 0) return true;
  const only = statements.length === 1 ? statements[0]! : null;
  return only?.type === AST_NODE_TYPES.ReturnStatement && only.argument === null;
}

/**
 * A stub that reads none of its input and does nothing but answer a constant: `async () => ({ statusCode: 200 })`, a
 * health check, a module's OpenAPI document returned as `JSON.stringify(spec)`, `callback(null, 'ok')`, `throw new
 * Error('not implemented')`, a Cognito trigger's `return event`. Like the empty placeholder there is nothing to
 * audit. Its parameters may be read only to call back (`cb(null, { statusCode: 200 })`) or be handed back whole;
 * anything else (an await, a call other than `JSON.stringify`, an assignment, a read of the event or of
 * `process.env`) is work, and an authorizer's constant answer is a gate left open, not a stub. Each value the
 * handler answers with (returned, or handed to a call back) is added to `answers`.
 */
function answersConstant(
  fn: FunctionLike,
  sourceCode: Readonly<TSESLint.SourceCode>,
  answers: TSESTree.Node[] = [],
): boolean {
  const body = fn.body;
  if (body === null || body === undefined) return false;
  const parameters = sourceCode.getDeclaredVariables(fn).filter((variable) => variable.defs[0]?.type === 'Parameter');
  const callbacks = new Set<TSESTree.Node>();
  const isConstant = (node: TSESTree.Node | null, depth = 0): boolean => {
    if (node === null) return true;
    if (depth > 32) return false;
    const value = skipTypeWrappers(node);
    switch (value.type) {
      case AST_NODE_TYPES.Literal:
        return true;
      case AST_NODE_TYPES.Identifier:
        // The parameters are checked below by their references
        return isParameterRead(value) || isConstantBinding(value, depth);
      case AST_NODE_TYPES.ImportExpression:
        return false;
      case AST_NODE_TYPES.TemplateLiteral:
        return value.expressions.every((expression) => isConstant(expression, depth + 1));
      case AST_NODE_TYPES.MemberExpression:
        return (!value.computed || isConstant(value.property, depth + 1)) && isConstant(value.object, depth + 1);
      case AST_NODE_TYPES.ArrayExpression:
        return value.elements.every((element) => isConstant(element, depth + 1));
      case AST_NODE_TYPES.ObjectExpression:
        // (An authorizer's answer, `{ principalId, policyDocument }`, never gets here: see mayBeAuthorizer)
        return value.properties.every((property) =>
          property.type === AST_NODE_TYPES.SpreadElement
            ? isConstant(property.argument, depth + 1)
            : property.kind === 'init' &&
              !property.method &&
              (!property.computed || isConstant(property.key, depth + 1)) &&
              isConstant(property.value, depth + 1),
        );
      case AST_NODE_TYPES.SpreadElement:
        return isConstant(value.argument, depth + 1);
      case AST_NODE_TYPES.UnaryExpression:
        return value.operator !== 'delete' && isConstant(value.argument, depth + 1);
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.LogicalExpression:
        return isConstant(value.left, depth + 1) && isConstant(value.right, depth + 1);
      case AST_NODE_TYPES.ConditionalExpression:
        return [value.test, value.consequent, value.alternate].every((part) => isConstant(part, depth + 1));
      case AST_NODE_TYPES.CallExpression:
        return (
          (isGlobalMethodCall(value, 'JSON', 'stringify', sourceCode) &&
            value.arguments.every((argument) => isConstant(argument, depth + 1))) ||
          (readsClock(value, sourceCode) && isAnswerField(value))
        );
      case AST_NODE_TYPES.NewExpression:
        return isConstantError(value, depth) || (readsClock(value, sourceCode) && isAnswerField(value));
      default:
        return false;
    }
  };
  const parameterIdentifiers = new Set(parameters.flatMap((variable) => variable.identifiers));
  const isParameterRead = (identifier: TSESTree.Identifier): boolean => {
    const variable = findVariableOf(identifier, sourceCode);
    return variable !== null && variable.identifiers.some((declared) => parameterIdentifiers.has(declared));
  };
  /**
   * A name for a constant: `undefined`, `NaN`, `Infinity`; an import (a module's document, `import spec from
   * './openapi.json'`); a `const` of the module bound to a constant value or a `require(…)`. Not `process`,
   * `globalThis` or any other global (the environment is input), nor a `let` or an object with getters.
   */
  const isConstantBinding = (identifier: TSESTree.Identifier, depth: number): boolean => {
    const variable = findVariableOf(identifier, sourceCode);
    if (variable === null || variable.defs.length === 0) {
      if (CONSTANT_GLOBALS.has(identifier.name)) return true;
      // SAM's hello-world with its `let response;` left out, in a script (a module throws on the write): an implicit
      // global that only the handler gives constants and only returns
      if (isStrictCode(fn, sourceCode)) return false;
      const references = implicitGlobalReferences(identifier.name);
      const onlyReturned = references.every(
        (reference) =>
          isInside(reference.identifier, fn) &&
          (reference.isWrite() || reference.identifier.parent?.type === AST_NODE_TYPES.ReturnStatement),
      );
      const written = references.some((reference) => reference.isWrite());
      return onlyReturned && written && writesOnlyConstants(references, depth);
    }
    if (variable.defs.length !== 1) return false;
    const def = variable.defs[0]!;
    if (def.type === 'ImportBinding') return depth > 0;
    if (def.type !== 'Variable' || def.parent?.type !== AST_NODE_TYPES.VariableDeclaration) return false;
    const declarator = def.node;
    // `var config = require('./config')` of code older than `const`, never written again: a `const` in all but the
    // keyword (a `let` says the code means to change it)
    const fixed =
      def.parent.kind === 'const' ||
      (def.parent.kind === 'var' &&
        declarator.init !== null &&
        variable.references.every((reference) => reference.init === true || !reference.isWrite()));
    if (!fixed && declarator.id === def.name) {
      const where = def.parent.parent;
      // `let response;` of the module (or of the handler's body) that only the handler gives a value, a constant
      // (SAM's hello-world: `response = { … }` in a `try`, then `return response`)
      if (declarator.init === null) {
        return (!isInside(declarator, fn) || where === fn.body) && writesOnlyConstants(variable.references, depth);
      }
      // `let err = null;` of the handler's body, given constants only, or only in a `catch` that never runs
      if (where !== fn.body) return false;
      return isConstant(declarator.init, depth + 1) && writesOnlyConstants(variable.references, depth);
    }
    if (!fixed || declarator.id !== def.name || declarator.init === null) return false;
    // A `const` of the handler's own body (`const response = { statusCode: 200 }; return response;`) answers the
    // same each time; one in a nested block or function may not run
    const holder = def.parent.parent;
    const topTry = holder?.parent?.type === AST_NODE_TYPES.TryStatement && holder.parent.parent === fn.body;
    if (isInside(declarator, fn) && holder !== fn.body && !topTry) return false;
    const init = skipTypeWrappers(declarator.init);
    // A loaded module is a constant inside an answer (`JSON.stringify(spec)`), not as the whole answer: that may be
    // anything, an authorizer's policy document too
    return isRequireOfModule(init) ? depth > 0 : isConstant(init, depth + 1);
  };
  /** The file's references of an undeclared name (none when the file declares it anywhere). */
  const implicitGlobalReferences = (name: string): TSESLint.Scope.Reference[] =>
    sourceCode.scopeManager?.globalScope?.through.filter((reference) => reference.identifier.name === name) ?? [];
  /** Every value the variable (its references) is given is a constant, by a plain `=` in the handler. */
  const writesOnlyConstants = (references: readonly TSESLint.Scope.Reference[], depth: number): boolean => {
    if (depth > 8) return false;
    return references.every((reference) => {
      // The declaration's own value is checked by the caller; a write in a `catch` that never runs never happens
      if (reference.init === true || [...deadCatches].some((clause) => isInside(reference.identifier, clause))) {
        return true;
      }
      // `response.body = …` elsewhere changes what it holds
      if (!reference.isWrite()) {
        const member = (reference.identifier as TSESTree.Node).parent;
        const written = member?.type === AST_NODE_TYPES.MemberExpression && member.object === reference.identifier;
        return !(written && (isWriteTarget(member) || member.parent.type === AST_NODE_TYPES.UnaryExpression));
      }
      const write = reference.writeExpr;
      const assignment = reference.identifier.parent;
      const plain = assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.operator === '=';
      return plain && isInside(assignment, fn) && write != null && isConstant(write, depth + 1);
    });
  };
  /** `response = { statusCode: 200 }`: a module `let` given a constant (see `isConstantBinding`). */
  const isConstantAssignment = (expression: TSESTree.Expression): boolean => {
    const assignment = skipTypeWrappers(expression);
    if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=') return false;
    const target = skipTypeWrappers(assignment.left);
    return target.type === AST_NODE_TYPES.Identifier && isConstantBinding(target, 0);
  };
  /**
   * A value written as a field of an answer (`{ status: 'healthy', timestamp: new Date().toISOString() }`), an
   * element or a template's part: the time there stamps a constant answer; a time the answer is computed from
   * (`Date.now() % 2 ? 200 : 500`) or is whole is the handler's own doing.
   */
  const isAnswerField = (node: TSESTree.Node): boolean => {
    const holder = outermostTypeWrapper(node).parent;
    return (
      (holder?.type === AST_NODE_TYPES.Property && holder.value === outermostTypeWrapper(node)) ||
      holder?.type === AST_NODE_TYPES.TemplateLiteral ||
      holder?.type === AST_NODE_TYPES.ArrayExpression
    );
  };
  /** `new Error('not implemented')` (any global `…Error` class), as what a stub throws or calls back with. */
  const isConstantError = (node: TSESTree.NewExpression, depth: number): boolean => {
    const callee = skipTypeWrappers(node.callee);
    return (
      callee.type === AST_NODE_TYPES.Identifier &&
      callee.name.endsWith('Error') &&
      isGlobalIdentifier(callee, sourceCode) &&
      node.arguments.every((argument) => isConstant(argument, depth + 1))
    );
  };
  const isConstantStatement = (statement: TSESTree.Statement): boolean => {
    switch (statement.type) {
      case AST_NODE_TYPES.ReturnStatement:
        if (isAnswer(statement.argument)) return true;
        // `return callback(null, { statusCode: 200 })`
        return statement.argument !== null && isCallBack(statement.argument);
      case AST_NODE_TYPES.ThrowStatement:
        return isConstant(statement.argument);
      // `const response = { statusCode: 200, body: JSON.stringify(items) };` before it is returned; `let response;`
      // given constants below (see `isConstantBinding`)
      case AST_NODE_TYPES.VariableDeclaration:
        return statement.declarations.every(
          (declarator) =>
            declarator.id.type === AST_NODE_TYPES.Identifier &&
            // `let response;` and `let err = null;` too: what a `let` holds is checked where it is read
            isConstant(declarator.init),
        );
      case AST_NODE_TYPES.ExpressionStatement:
        return (
          statement.directive != null ||
          isCallBack(statement.expression) ||
          isConstantConsoleLine(statement.expression) ||
          isConstantAssignment(statement.expression) ||
          isTimerWait(statement.expression, sourceCode) ||
          isConstantResponseFlag(statement.expression)
        );
      // `if ('email' in event.request.userAttributes) event.response.autoVerifyEmail = true;` (AWS's pre sign-up
      // example): a constant answer on the event, given when a plain test of the event holds
      case AST_NODE_TYPES.IfStatement:
        return (
          writesOnlyResponseFlags(statement.consequent) &&
          (statement.alternate === null || writesOnlyResponseFlags(statement.alternate)) &&
          isPlainEventTest(statement.test, 0)
        );
      // `try { return { statusCode: 200 } } catch { return { statusCode: 500 } }`: SAM's hello-world. A `try` of
      // constants throws nothing but its own `throw`: without one its `catch` (`console.log(err); return err;`) never
      // runs
      case AST_NODE_TYPES.TryStatement: {
        if (statement.finalizer !== null || !statement.block.body.every(isConstantStatement)) return false;
        return (
          statement.handler === null ||
          deadCatches.has(statement.handler) ||
          statement.handler.body.body.every(isConstantStatement)
        );
      }
      default:
        return false;
    }
  };
  /**
   * `event.response.autoConfirmUser = true`: a Cognito trigger's answer set in place to a constant (the trigger hands
   * its event back, `return event`), the same for every call: one of `CONSTANT_RESPONSE_FLAGS` (not a custom
   * authentication challenge's `issueTokens` or `answerCorrect`, a gate left open). The event is read only to write
   * it (see `flagWrites`).
   */
  const isConstantResponseFlag = (expression: TSESTree.Expression): boolean => {
    const assignment = skipTypeWrappers(expression);
    if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=') return false;
    const target = skipTypeWrappers(assignment.left);
    if (target.type !== AST_NODE_TYPES.MemberExpression || (target.computed && !isConstant(target.property))) return false;
    const flag = getPropertyName(target);
    if (flag === null || !CONSTANT_RESPONSE_FLAGS.has(flag)) return false;
    const response = skipTypeWrappers(target.object);
    if (response.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(response) !== 'response') return false;
    const event = skipTypeWrappers(response.object);
    if (event.type !== AST_NODE_TYPES.Identifier || event !== response.object || !isEventRead(event)) return false;
    if (!isConstant(assignment.right)) return false;
    flagWrites.add(event);
    return true;
  };
  /** Is `identifier` a read of the handler's first parameter (the event)? */
  const isEventRead = (identifier: TSESTree.Identifier): boolean => {
    const first = fn.params[0];
    const declared = first?.type === AST_NODE_TYPES.AssignmentPattern ? first.left : first;
    const variable = findVariableOf(identifier, sourceCode);
    return declared !== undefined && variable !== null && variable.identifiers.includes(declared as TSESTree.Identifier);
  };
  const flagWrites = new Set<TSESTree.Node>();
  /** A statement, or a block of them, that only marks attributes verified (`autoVerifyEmail = true`, see `VERIFY_FLAGS`). */
  const writesOnlyResponseFlags = (statement: TSESTree.Statement): boolean => {
    const statements = statement.type === AST_NODE_TYPES.BlockStatement ? statement.body : [statement];
    return (
      statements.length > 0 &&
      statements.every((inner) => {
        if (inner.type !== AST_NODE_TYPES.ExpressionStatement) return false;
        const assignment = skipTypeWrappers(inner.expression);
        const target = assignment.type === AST_NODE_TYPES.AssignmentExpression ? skipTypeWrappers(assignment.left) : null;
        const flag = target?.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(target) : null;
        return flag !== null && VERIFY_FLAGS.has(flag) && isConstantResponseFlag(inner.expression);
      })
    );
  };
  /**
   * A test of which attributes the user signs up with, or of the trigger's source: `'email' in
   * event.request.userAttributes`, `event.request.userAttributes.phone_number !== undefined` (or its truthiness),
   * `event.triggerSource === 'PreSignUp_SignUp'`, joined by `!`, `&&`, `||`. Not an attribute's value (`custom:role
   * === 'admin'`), nor what the caller sends (`clientMetadata`, `validationData`): a decision on those is a gate. Its
   * event reads are recorded in `testReads`.
   */
  const isPlainEventTest = (node: TSESTree.Node, depth: number): boolean => {
    if (depth > 8) return false;
    const test = skipTypeWrappers(node);
    switch (test.type) {
      case AST_NODE_TYPES.UnaryExpression:
        return test.operator === '!' && isPlainEventTest(test.argument, depth + 1);
      case AST_NODE_TYPES.LogicalExpression:
        return isPlainEventTest(test.left, depth + 1) && isPlainEventTest(test.right, depth + 1);
      case AST_NODE_TYPES.BinaryExpression: {
        const { left, right, operator } = test;
        if (operator === 'in') {
          return (
            left.type === AST_NODE_TYPES.Literal &&
            typeof left.value === 'string' &&
            isEventPath(right, USER_ATTRIBUTES_PATH, 0)
          );
        }
        if (!EQUALITY_OPERATORS.has(operator)) return false;
        const compared = (side: TSESTree.Node, other: TSESTree.Node): boolean =>
          (isEventPath(side, TRIGGER_SOURCE_PATH, 0) && isStringLiteral(other)) ||
          (isEventPath(side, USER_ATTRIBUTES_PATH, 1) && isNullOrUndefined(other));
        return compared(left, right) || compared(right, left);
      }
      case AST_NODE_TYPES.MemberExpression:
        return isEventPath(test, USER_ATTRIBUTES_PATH, 1);
      case AST_NODE_TYPES.CallExpression: {
        // `Object.hasOwn(event.request.userAttributes, 'email')` (AWS's current example), `….hasOwnProperty('email')`
        const [first, second] = test.arguments;
        const count = test.arguments.length;
        const callee = skipTypeWrappers(test.callee);
        if (isGlobalMethodCall(test, 'Object', 'hasOwn', sourceCode)) {
          return count === 2 && isStringLiteral(second!) && isEventPath(first!, USER_ATTRIBUTES_PATH, 0);
        }
        return (
          callee.type === AST_NODE_TYPES.MemberExpression &&
          getPropertyName(callee) === 'hasOwnProperty' &&
          count === 1 &&
          isStringLiteral(first!) &&
          isEventPath(callee.object, USER_ATTRIBUTES_PATH, 0)
        );
      }
      default:
        return false;
    }
  };
  /** `event.<path…>` and then `extra` more keys written as names or literals; the event read is recorded. */
  const isEventPath = (node: TSESTree.Node, path: readonly string[], extra: number): boolean => {
    const chain = memberChain(node);
    const keys = chain?.names ?? [];
    const base = chain?.base;
    const matches = keys.length === path.length + extra && path.every((key, index) => keys[index] === key);
    if (!matches || base?.type !== AST_NODE_TYPES.Identifier || !isEventRead(base)) return false;
    testReads.add(base);
    return true;
  };
  const testReads = new Set<TSESTree.Node>();
  /** `console.log('hello world')`: a line that says nothing of the invocation (a demo's or a cron placeholder's). */
  const isConstantConsoleLine = (expression: TSESTree.Expression): boolean => {
    const call = skipTypeWrappers(expression);
    if (call.type !== AST_NODE_TYPES.CallExpression) return false;
    if (call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const receiver = call.callee.object;
    return (
      receiver.type === AST_NODE_TYPES.Identifier &&
      receiver.name === 'console' &&
      isGlobalIdentifier(receiver, sourceCode) &&
      call.arguments.length > 0 &&
      call.arguments.every((argument) => isConstant(argument))
    );
  };
  /**
   * `callback(null, { statusCode: 200 })`, or the old `context.succeed('')` / `context.done(null, …)` /
   * `context.fail(…)`: a call of a parameter (checked below) with constants.
   */
  const isCallBack = (expression: TSESTree.Expression): boolean => {
    const call = skipTypeWrappers(expression);
    if (call.type !== AST_NODE_TYPES.CallExpression) return false;
    const target = answeredThrough(call.callee);
    if (target.type !== AST_NODE_TYPES.Identifier) return false;
    // `callback(null, event)`: a Cognito trigger's placeholder hands its event back whole
    if (!call.arguments.every((argument) => isPassThrough(argument) || isConstant(argument))) return false;
    callbacks.add(target);
    answers.push(...call.arguments);
    return true;
  };
  /** A value handed back as it is (`return event`) or a constant, recorded as an answer. */
  const isAnswer = (value: TSESTree.Node | null): boolean => {
    if (!isPassThrough(value) && !isConstant(value)) return false;
    if (value !== null) answers.push(value);
    return true;
  };
  /** `return event`: a Cognito trigger's placeholder hands its event back unchanged (checked below to be one). */
  const isPassThrough = (argument: TSESTree.Node | null): boolean => {
    const value = argument === null ? null : skipTypeWrappers(argument);
    if (value?.type !== AST_NODE_TYPES.Identifier || !isParameterRead(value)) return false;
    passedThrough.add(value);
    return true;
  };
  const passedThrough = new Set<TSESTree.Node>();
  /**
   * The `catch` clauses of a `try` with no `throw` of its own (a nested `try` may rethrow): when the rest holds only
   * constants they never run. Found before any statement is checked, since a `let` the `try` gives a constant may be
   * given the error in the `catch` (when the `try` turns out to do work the handler is no stub, so the guess is moot).
   */
  const deadCatches = new Set<TSESTree.CatchClause>();
  const recordDeadCatches = (statements: readonly TSESTree.Statement[], depth: number): void => {
    if (depth > 8) return;
    for (const statement of statements) {
      if (statement.type !== AST_NODE_TYPES.TryStatement) continue;
      const throws = someOwnNode(statement.block, sourceCode.visitorKeys, false, isThrow);
      if (!throws && statement.handler !== null) deadCatches.add(statement.handler);
      recordDeadCatches(statement.block.body, depth + 1);
      if (statement.handler !== null) recordDeadCatches(statement.handler.body.body, depth + 1);
    }
  };
  if (body.type === AST_NODE_TYPES.BlockStatement) recordDeadCatches(body.body, 0);
  const constant =
    body.type === AST_NODE_TYPES.BlockStatement
      ? body.body.length > 0 && body.body.every(isConstantStatement)
      : isAnswer(body) || isCallBack(body);
  if (!constant) return false;
  // A call of anything but a parameter is work; a parameter read anywhere but as the callee of a call back, or
  // handed back whole, is input the stub uses
  // A constant default (`event: any = {}`) is no read: the runtime always passes an event
  const isConstantDefault = (reference: TSESLint.Scope.Reference): boolean =>
    reference.init === true && reference.writeExpr != null && isConstant(reference.writeExpr);
  const parameterReads = new Set(
    parameters.flatMap((variable) =>
      variable.references.filter((reference) => !isConstantDefault(reference)).map((reference) => reference.identifier),
    ),
  );
  return (
    [...callbacks].every((callee) => parameterReads.has(callee as TSESTree.Identifier)) &&
    [...parameterReads].every(
      (read) => callbacks.has(read) || passedThrough.has(read) || flagWrites.has(read) || testReads.has(read),
    )
  );
}

/** Comparisons a plain test of the event may make (see `isPlainEventTest` in `answersConstant`). */
const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(['===', '!==', '==', '!=']);
const USER_ATTRIBUTES_PATH: readonly string[] = ['request', 'userAttributes'];
const TRIGGER_SOURCE_PATH: readonly string[] = ['triggerSource'];
/** The answers a Cognito trigger may give under a plain test: marking an attribute it was given as verified. */
const VERIFY_FLAGS: ReadonlySet<string> = new Set(['autoVerifyEmail', 'autoVerifyPhone']);

function isStringLiteral(node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  return value.type === AST_NODE_TYPES.Literal && typeof value.value === 'string';
}

/**
 * `await new Promise((resolve) => setTimeout(resolve, 300))`, or `await setTimeout(300)` of `node:timers/promises`:
 * a pause (a stub's simulated latency) does no work, when its delay is a literal.
 */
function isTimerWait(expression: TSESTree.Expression, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const awaited = skipTypeWrappers(expression);
  if (awaited.type !== AST_NODE_TYPES.AwaitExpression) return false;
  const waited = skipTypeWrappers(awaited.argument);
  if (waited.type === AST_NODE_TYPES.CallExpression) {
    const callee = skipTypeWrappers(waited.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier || !isLiteralDelay(waited.arguments[0]) || waited.arguments.length > 1) {
      return false;
    }
    const imported = resolveModuleRef(callee, sourceCode);
    return imported !== null && TIMER_PROMISE_MODULES.has(imported.module) && imported.path.join('.') === 'setTimeout';
  }
  if (waited.type !== AST_NODE_TYPES.NewExpression || waited.arguments.length !== 1) return false;
  const promise = skipTypeWrappers(waited.callee);
  if (promise.type !== AST_NODE_TYPES.Identifier || promise.name !== 'Promise') return false;
  if (!isGlobalIdentifier(promise, sourceCode)) return false;
  const executor = waited.arguments[0]!;
  if (!isFunctionLike(executor) || executor.params[0]?.type !== AST_NODE_TYPES.Identifier) return false;
  const resolve = executor.params[0].name;
  // The executor's one expression: `(resolve) => setTimeout(resolve, 300)` or `{ setTimeout(resolve, 300); }`
  const body = executor.body;
  const only =
    body?.type === AST_NODE_TYPES.BlockStatement
      ? body.body.length === 1 && body.body[0]!.type === AST_NODE_TYPES.ExpressionStatement
        ? body.body[0].expression
        : null
      : body;
  const timer = only === null || only === undefined ? null : skipTypeWrappers(only);
  if (timer?.type !== AST_NODE_TYPES.CallExpression || timer.arguments.length !== 2) return false;
  const setTimeoutCallee = skipTypeWrappers(timer.callee);
  if (setTimeoutCallee.type !== AST_NODE_TYPES.Identifier || setTimeoutCallee.name !== 'setTimeout') return false;
  if (!isGlobalIdentifier(setTimeoutCallee, sourceCode) || !isLiteralDelay(timer.arguments[1])) return false;
  // `resolve` itself, or `() => resolve()`
  const callback = skipTypeWrappers(timer.arguments[0]!);
  if (callback.type === AST_NODE_TYPES.Identifier) return callback.name === resolve;
  if (callback.type !== AST_NODE_TYPES.ArrowFunctionExpression || callback.params.length > 0) return false;
  const resolved = skipTypeWrappers(callback.body);
  return (
    resolved.type === AST_NODE_TYPES.CallExpression &&
    resolved.arguments.length === 0 &&
    resolved.callee.type === AST_NODE_TYPES.Identifier &&
    resolved.callee.name === resolve
  );
}

const TIMER_PROMISE_MODULES: ReadonlySet<string> = new Set(['timers/promises', 'node:timers/promises']);

/**
 * A Cognito trigger's answers that configure a step rather than decide who gets in: sign-up confirmation and
 * verification (pre sign-up), token claims (pre token generation), message texts (custom message).
 */
const CONSTANT_RESPONSE_FLAGS: ReadonlySet<string> = new Set([
  'autoConfirmUser',
  'autoVerifyEmail',
  'autoVerifyPhone',
  'claimsOverrideDetails',
  'claimsAndScopeOverrideDetails',
  'emailSubject',
  'emailMessage',
  'smsMessage',
]);

/** A delay written as a number (`300`, `1_000`, `2 * 1000`). */
function isLiteralDelay(node: TSESTree.Node | undefined): boolean {
  if (node === undefined) return false;
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Literal) return typeof value.value === 'number';
  return (
    value.type === AST_NODE_TYPES.BinaryExpression &&
    value.left.type !== AST_NODE_TYPES.PrivateIdentifier &&
    isLiteralDelay(value.left) &&
    isLiteralDelay(value.right)
  );
}

const isThrow = (node: TSESTree.Node): boolean => node.type === AST_NODE_TYPES.ThrowStatement;

/**
 * An HTTP response written in place (`{ statusCode: 200, body: 'ok' }`), or the `null` error before one in a call
 * back: never what an authorizer answers (a policy, `{ isAuthorized }`).
 */
function isHttpResponse(node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Literal) return value.value === null;
  return (
    value.type === AST_NODE_TYPES.ObjectExpression &&
    value.properties.some(
      (property) =>
        property.type === AST_NODE_TYPES.Property && !property.computed && getPropertyName(property) === 'statusCode',
    )
  );
}

/**
 * A handler that may be a Lambda authorizer: named for it (`authorize`, `authorizerHandler`), its event typed as an
 * authorizer's (`APIGatewayTokenAuthorizerEvent`), or in a file that spells an authorizer's answer (`principalId`,
 * `policyDocument`, `isAuthorized`). An authorizer decides who gets in: a constant answer there is a gate left open,
 * so it is never taken for a stub.
 */
function mayBeAuthorizer(handler: LambdaHandler, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (namesAuthorizer(handler.exportName)) return true;
  const type = handler.eventParam?.typeAnnotation?.typeAnnotation;
  if (type?.type === AST_NODE_TYPES.TSTypeReference && namesAuthorizer(sourceCode.getText(type.typeName))) return true;
  // Spelled in code, not in a comment: a key or a string (`principalId`, `'policyDocument'`)
  const text = sourceCode.text;
  if (![...AUTHORIZER_ANSWER_KEYS].some((key) => text.includes(key))) return false;
  return someCodeWord(sourceCode, (value) => AUTHORIZER_ANSWER_KEYS.has(value));
}

/** A name with the word authorizer or authorize (`authorizerHandler`, `TokenAuthorizerEvent`; not `notAuthorized`). */
function namesAuthorizer(name: string): boolean {
  return nameParts(name).some((part) => AUTHORIZER_PARTS.has(part));
}

const AUTHORIZER_PARTS: ReadonlySet<string> = new Set([
  'authorizer',
  'authoriser',
  'authorize',
  'authorise',
  'authorizers',
]);


function attachedTo(handler: LambdaHandler, use: LoggingMiddlewareUse): boolean {
  return (
    handler.wrappers.some((wrapper) => isInside(use.node, wrapper)) ||
    handler.decorators.some((decorator) => isInside(use.node, decorator))
  );
}

/**
 * A middleware inside this handler's wrapper chain or decorators counts for it; one we cannot attribute to any
 * handler (`const base = middy().use(injectLambdaContext(logger))`) counts for every handler of the file.
 */
function usesLoggingMiddleware(
  handler: LambdaHandler,
  handlers: readonly LambdaHandler[],
  uses: readonly LoggingMiddlewareUse[],
): boolean {
  return uses.some((use) => attachedTo(handler, use) || !handlers.some((other) => attachedTo(other, use)));
}

/**
 * Does `context.awsRequestId` type-check on this parameter: untyped (JavaScript), `any`, a named type (`Context`),
 * or an object type with that field, and not optional? Not `context?: Context` (possibly undefined) nor `_context:
 * unknown` (Powertools' class handler example), where the suggestion would not compile.
 */
function readsRequestId(context: TSESTree.Identifier): boolean {
  if (context.optional === true) return false;
  const type = context.typeAnnotation?.typeAnnotation;
  if (type === undefined || type.type === AST_NODE_TYPES.TSAnyKeyword) return true;
  // A named type: Lambda's `Context` (or the project's own, which the rule cannot read)
  if (type.type === AST_NODE_TYPES.TSTypeReference || type.type === AST_NODE_TYPES.TSImportType) return true;
  return (
    type.type === AST_NODE_TYPES.TSTypeLiteral &&
    type.members.some(
      (member) =>
        member.type === AST_NODE_TYPES.TSPropertySignature &&
        member.optional !== true &&
        getPropertyName(member) === 'awsRequestId',
    )
  );
}

/** Insert `logger.info('<name> invoked', { requestId: context.awsRequestId });` at the top of a block body. */
function buildSuggestion(
  handler: LambdaHandler,
  loggers: readonly ModuleLogger[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): TSESLint.SuggestionReportDescriptor<MessageIds> | null {
  const fn = handler.fn;
  if (fn === null || fn.body === null || fn.body === undefined || fn.body.type !== AST_NODE_TYPES.BlockStatement) {
    return null;
  }
  const body = fn.body;
  const scope = sourceCode.getScope(body);
  const logger = loggers.find((candidate) => ASTUtils.findVariable(scope, candidate.name) === candidate.variable);
  if (logger === undefined) return null;
  const context = handler.contextParam;
  if (context !== null && ASTUtils.findVariable(scope, context.name)?.defs[0]?.name !== context) return null;

  const message = quoteString(`${handler.exportName} invoked`);
  const fields = context === null || !readsRequestId(context) ? null : `{ requestId: ${context.name}.awsRequestId }`;
  let call: string;
  if (logger.logger.order === 'object-first') {
    call = fields === null ? `${logger.name}.info(${message});` : `${logger.name}.info(${fields}, ${message});`;
  } else {
    call = fields === null ? `${logger.name}.info(${message});` : `${logger.name}.info(${message}, ${fields});`;
  }

  // After the directive prologue (`'use strict'`), else right after `{`.
  let anchor: TSESTree.Node | TSESTree.Token | null = null;
  for (const statement of body.body) {
    if (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive != null) anchor = statement;
    else break;
  }
  const openBrace = sourceCode.getFirstToken(body);
  if (openBrace === null) return null;
  anchor ??= openBrace;
  const first = body.body[0];
  const outerIndent = indentOf(openBrace.loc.start.line, sourceCode);
  let indent = `${outerIndent}  `;
  if (first !== undefined && first.loc.start.line > openBrace.loc.start.line) {
    const line = sourceCode.lines[first.loc.start.line - 1] ?? '';
    const prefix = line.slice(0, first.loc.start.column);
    if (prefix.trim() === '') indent = prefix;
  }
  const text = body.body.length === 0 ? `\n${indent}${call}\n${outerIndent}` : `\n${indent}${call}`;
  return {
    messageId: 'addLogCall',
    data: { logger: logger.name },
    fix: (fixer) => fixer.insertTextAfter(anchor, text),
  };
}

function indentOf(line: number, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = sourceCode.lines[line - 1] ?? '';
  let end = 0;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return text.slice(0, end);
}

/** Is the name `node` called where it is read (`handler(event)`, `(await handler)(event, context)`)? */
function isCalledValue(node: TSESTree.Identifier): boolean {
  let value: TSESTree.Node = node;
  const wrapped = (parent: TSESTree.Node): boolean =>
    isTypeWrapper(parent) || parent.type === AST_NODE_TYPES.ChainExpression;
  while (value.parent !== undefined && wrapped(value.parent)) value = value.parent;
  if (value.parent?.type === AST_NODE_TYPES.AwaitExpression) value = value.parent;
  while (value.parent !== undefined && wrapped(value.parent)) value = value.parent;
  return value.parent?.type === AST_NODE_TYPES.CallExpression && value.parent.callee === value;
}

/** Functions of the file followed from a handler when looking for its adapter (`main` calling `proxyToApp`). */
const MAX_ADAPTER_HOPS = 2;

/**
 * Does the handler (or a function of the file it calls, a level or two down) reach a web framework adapter: a name
 * bound to the adapter's module (`proxy(server, event, context)` with `proxy` of `aws-serverless-express`, `serverless`
 * of `serverless-http`), a name bound to what one makes (`const handler = serverless(app)`, also through a function
 * of the file that makes it, `const handler = build()`), or an import of the module written inside it (`await
 * import('serverless-http')`)?
 */
function handsToAdapter(fn: FunctionLike, sourceCode: Readonly<TSESLint.SourceCode>, hops = 0): boolean {
  const isAdapterRef = (node: TSESTree.Node): boolean => {
    const target = skipTypeAndChainWrappers(node);
    if (target.type !== AST_NODE_TYPES.Identifier && target.type !== AST_NODE_TYPES.MemberExpression) return false;
    const module = resolveModuleRef(target, sourceCode)?.module;
    return module !== undefined && isFrameworkAdapterModule(module);
  };
  /** `serverless(app)`, `new ApolloServer(…)`, `server.createHandler()` on an adapter's instance, awaited or not. */
  const makesAdapter = (value: TSESTree.Node): boolean => {
    const made = skipAwait(value);
    if (made.type !== AST_NODE_TYPES.CallExpression && made.type !== AST_NODE_TYPES.NewExpression) return false;
    const callee = skipTypeAndChainWrappers(made.callee);
    return isAdapterRef(callee) || (callee.type === AST_NODE_TYPES.MemberExpression && isAdapterRef(callee.object));
  };
  /** Does every return of `maker` give what an adapter makes (`return serverless(app)`, or a name bound to it)? */
  const returnsAdapter = (maker: FunctionLike): boolean => {
    const returned = returnedExpressions(maker);
    if (returned === null || returned.length === 0) return false;
    return returned.every((value) => {
      if (value === null) return false;
      const target = skipAwait(value);
      const bound = target.type === AST_NODE_TYPES.Identifier ? boundInitializer(target, sourceCode) : null;
      return makesAdapter(bound ?? target);
    });
  };
  return someOwnNode(fn, sourceCode.visitorKeys, true, (node) => {
    if (node.type === AST_NODE_TYPES.ImportExpression) return isAdapterModule(node.source);
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    if (isAdapterRef(node)) return true;
    const init = boundInitializer(node, sourceCode);
    if (init !== null) {
      // `const handler = serverless(app)`, `const server = createServer(app)`, `new ApolloServer(…)`
      if (makesAdapter(init)) return true;
      // `const handler = build()` (or its promise), called by the handler (`(await handler)(event, context)`), with
      // `async function build() { return serverless(await createApp()); }`: a function of the file that returns one
      const made = skipAwait(init);
      const callee = made.type === AST_NODE_TYPES.CallExpression ? skipTypeAndChainWrappers(made.callee) : null;
      const maker = callee?.type === AST_NODE_TYPES.Identifier ? functionOf(callee, sourceCode) : null;
      if (maker !== null && maker !== fn && isCalledValue(node) && returnsAdapter(maker)) return true;
    }
    const callee = node.parent?.type === AST_NODE_TYPES.CallExpression && node.parent.callee === node;
    const helper = callee && hops < MAX_ADAPTER_HOPS ? functionOf(node, sourceCode) : null;
    return helper !== null && helper !== fn && handsToAdapter(helper, sourceCode, hops + 1);
  });
}
