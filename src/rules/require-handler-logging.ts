import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isFunctionLike, simpleName, skipTypeAndChainWrappers, skipTypeWrappers } from '../utils/ast.js';
import { createRule } from '../utils/create-rule.js';
import { getLambdaGuardSettings } from '../utils/settings.js';
import { findVariableOf } from '../utils/modules.js';
import { getLambdaHandlers, type LambdaHandler } from '../utils/handlers.js';
import { isTestFile } from '../utils/test-files.js';
import {
  getFileLogging,
  loggersOptionSchema,
  type LoggingMiddlewareUse,
  type ModuleLogger,
  quoteString,
} from '../utils/logging.js';

export type Options = [
  {
    loggers: string[];
    middlewares: string[];
  },
];
export type MessageIds = 'missingLogging' | 'addLogCall';

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
    const { handlerNames } = getLambdaGuardSettings(context);
    const analysable = handlers.filter((handler) => !handler.opaque && handler.fn !== null);
    if (analysable.length === 0) return {};
    return {
      Program() {
        const logging = getFileLogging(context, { loggers: options.loggers, middlewares: options.middlewares });
        // Logging we cannot see: a logger we cannot identify, a logger handed to a router or resolver, a framework
        // behind an adapter (`proxy(server, event, context)`)
        if (logging.hasUnknownLogCall || logging.loggerHandedOff || logging.usesFrameworkAdapter) return;
        if (logging.logCalls.some((call) => (call.kind === 'emit' || call.kind === 'event') && call.structured)) return;
        for (const handler of analysable) {
          // One function exported twice (`export const main = …; export const handler = middy(main).use(…)`, the
          // bare one for tests): judged once, with every wrapper it runs behind, and reported on the export Lambda
          // most likely calls, the wrapped one
          const sharing = handlers.filter((other) => other.fn === handler.fn);
          if (sharing.some((other) => other.opaque)) continue;
          if (handsOffToUnseenFunction(handler, sourceCode, handlerNames)) continue;
          if (sharing.some((other) => usesLoggingMiddleware(other, handlers, logging.middlewares))) continue;
          const reportedOn = sharing.reduce((best, other) =>
            other.wrappers.length > best.wrappers.length ? other : best,
          );
          if (reportedOn !== handler) continue;
          const suggestion = buildSuggestion(handler, logging.moduleLoggers, sourceCode);
          context.report({
            loc: handler.reportLoc,
            messageId: 'missingLogging',
            data: { name: handler.exportName },
            suggest: suggestion === null ? [] : [suggestion],
          });
        }
      },
    };
  },
});

/**
 * The handler passes its own event and context on to another handler defined elsewhere (Amplify's generated trigger
 * dispatcher: `require(\`./${name}\`).handler(event, context, callback)`; `imported.lambdaHandler(event, context)`):
 * that function is the handler Lambda really runs, and its logging lives in its own file. Only a callee named as a
 * handler (`handler`, `…Handler`, or a configured handler name): a router's `app.resolve(event, context)` or
 * cfn-response's `send(event, context, …)` is not the work of the function.
 */
function handsOffToUnseenFunction(
  handler: LambdaHandler,
  sourceCode: Readonly<TSESLint.SourceCode>,
  handlerNames: readonly string[],
): boolean {
  const { fn, eventParam, contextParam } = handler;
  if (fn === null || eventParam === null || contextParam === null) return false;
  const parameters = sourceCode.getDeclaredVariables(fn);
  const event = parameters.find((variable) => variable.identifiers.includes(eventParam));
  const context = parameters.find((variable) => variable.identifiers.includes(contextParam));
  if (event === undefined || context === undefined) return false;
  return event.references.some((reference) => {
    const call = reference.identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(reference.identifier as TSESTree.Expression)) {
      return false;
    }
    const passesContext = call.arguments.some(
      (argument) =>
        argument.type === AST_NODE_TYPES.Identifier &&
        context.references.some((contextReference) => contextReference.identifier === argument),
    );
    if (!passesContext) return false;
    const name = simpleName(skipTypeAndChainWrappers(call.callee));
    const namedHandler =
      name !== null && (name === 'handler' || name.endsWith('Handler') || handlerNames.includes(name));
    return namedHandler && !isDefinedHere(call.callee, sourceCode);
  });
}

/** A callee whose function this file defines: a local function or class method (`this.process`). */
function isDefinedHere(callee: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const target = skipTypeAndChainWrappers(callee);
  if (target.type === AST_NODE_TYPES.MemberExpression) return target.object.type === AST_NODE_TYPES.ThisExpression;
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariableOf(target, sourceCode);
  return (
    variable !== null &&
    variable.defs.some(
      (def) =>
        def.type === 'FunctionName' ||
        def.type === 'ClassName' ||
        (def.type === 'Variable' && isFunctionLike(def.node.init === null ? null : skipTypeWrappers(def.node.init))),
    )
  );
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

function attachedTo(handler: LambdaHandler, use: LoggingMiddlewareUse): boolean {
  return (
    handler.wrappers.some((wrapper) => contains(wrapper, use.node)) ||
    handler.decorators.some((decorator) => contains(decorator, use.node))
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
  const fields = context === null ? null : `{ requestId: ${context.name}.awsRequestId }`;
  let call: string;
  if (logger.logger.order === 'object-first') {
    call = fields === null ? `${logger.name}.info(${message});` : `${logger.name}.info(${fields}, ${message});`;
  } else {
    call = fields === null ? `${logger.name}.info(${message});` : `${logger.name}.info(${message}, ${fields});`;
  }

  // After the directive prologue (`'use strict'`), else right after `{`.
  let anchor: TSESTree.Node | TSESTree.Token | null = null;
  for (const statement of body.body) {
    if (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined) anchor = statement;
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
