import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  enclosingFunction,
  forEachNode,
  indexOfRangeAt,
  functionParams,
  getCalleeName,
  returnedExpressions,
  getPropertyName,
  memberPathNames,
  isFunctionLike,
  simpleName,
  skipTypeWrappers,
  someOwnNode,
  type FunctionLike,
  outermostTypeWrapper,
} from './ast.js';
import {
  boundInitializer,
  declaresTypeName,
  findVariableOf,
  functionCalls,
  functionOf,
  isGlobalIdentifier,
  localTypeDeclaration,
  localTypeDeclarationOf,
  objectMemberInitializer,
  onceBoundDeclarator,
  resolveCallee,
  resolveInstance,
  resolveModuleRef,
  typeNameRef,
  type ModuleRef,
} from './modules.js';
import { makesFrameworkAdapterHandler } from './framework-adapters.js';
import { lastFile } from './last-file.js';
import { mayHideNames, mayImportLambdaTypes, mayMention } from './prefilter.js';
import { isAsciiNameCode } from './strings.js';
import {
  importsPulumiLambdaTypes,
  isAwsxApiComponent,
  isPulumiLambdaAuthorizerFactory,
  PULUMI_AWS,
  pulumiAwsPath,
  pulumiLambdaTypeName,
  spellsPulumiAws,
} from './pulumi.js';
import { knowsServiceConfig, serviceConfigOf, type FileServiceConfig } from './serverless-config.js';
import { getLambdaGuardSettings, type LambdaGuardSettings } from './settings.js';

/**
 * Which functions of a file are Lambda handlers.
 *
 * Only the file's top-level statements are read (exports live there), so the cost is one shallow pass per file,
 * remembered for the file being linted and shared by every rule. A handler is an export whose name is a handler
 * name (`handler` plus `settings['lambda-guard'].handlerNames`, plus the exports of this file that the nearest
 * `serverless.yml` names in its `handler:` entries) and whose value is a function, a known wrapper
 * around one, or a known framework adapter; or any export typed with `aws-lambda` handler types, or wrapped by
 * middy (Lambda's own middleware engine). Anything else is not a handler.
 */

export interface LambdaHandler {
  /**
   * The export name (`handler`, `main`, `default`); for a handler written inline (`getInlineHandlers`), the option
   * or method that takes it (`callback`, `onObjectCreated`).
   */
  exportName: string;
  /**
   * Node to report on: the exported name (identifier in `export const handler`, `exports.handler` property, the
   * key in `module.exports = { handler }`, the exported name in `export { main as handler }`); for `export default`
   * the function's name when it has one, else the ExportDefaultDeclaration.
   */
  reportNode: TSESTree.Node;
  /**
   * The exported name alone: TypeScript's Identifier includes its type annotation (`handler: Handler`), so report
   * with `loc: reportLoc` to underline just `handler` (`export default` for a default export).
   */
  reportLoc: TSESTree.SourceLocation;
  /** The handler function after unwrapping wrappers; null when unseen (`serverless(app)`, `middy(imported)`). */
  fn: FunctionLike | null;
  /**
   * Code we cannot read runs around or instead of the handler's: a framework adapter or a known wrapper of a
   * function we cannot see (`fn` null), or a wrapper we do not know around a function of the file (`fn` set: the
   * rules that follow the event read it; require-handler-logging does not judge it, the wrapper may log).
   */
  opaque: boolean;
  /** Wrapper calls around the function, outermost first (`middy(fn).use(x)` → [use-call, middy-call]). */
  wrappers: TSESTree.CallExpression[];
  /** Class-based handlers (Powertools LambdaInterface): the method's decorators. */
  decorators: TSESTree.Decorator[];
  /** The event and context parameters when they are plain identifiers. */
  eventParam: TSESTree.Identifier | null;
  contextParam: TSESTree.Identifier | null;
  /**
   * The function's first parameter is a payload its wrapper took out of the event (Architect's
   * `arc.events.subscribe(fn)` gets the published message), not the event itself.
   */
  payload: boolean;
  /**
   * The parameter the event is: 0, or 1 when the wrapper hands the function a payload first and the event second
   * (SST's `bus.subscriber(events, async (payload, event) => …)`; `eventParam` is then that second parameter).
   */
  eventIndex: 0 | 1;
  /**
   * Found only by its first parameter's `aws-lambda` event type, under a name that is not a handler's
   * (`export const processQueue = async (event: SQSEvent) => …`): Lambda code that takes the event, but Lambda may
   * call it or a dispatcher of the project's may hand it the event (`handleTaskCancellation(event:
   * EventBridgeEvent<…>)`, run by a router in another file); the file cannot tell which. The rules that follow the
   * event read it; require-handler-logging, which judges entry points, does not.
   */
  eventTypeOnly: boolean;
  /**
   * The function an exported factory returns, typed as a handler (`export function makeHandler(deps): Handler {
   * return async (event: APIGatewayProxyEvent, context: Context) => … }`): the handler another module makes with it
   * (`export const handler = makeHandler(deps)`). The export is the factory (`exportName`, `reportNode`). The rules
   * that follow the event read it; require-handler-logging does not: the module that makes the handler may wrap it in
   * a logging middleware.
   */
  madeByFactory: boolean;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Export names that are handlers without type evidence: `handler`, and `lambdaHandler`, the `Handler: app.lambdaHandler`
 * every `sam init` Node.js template writes. Teams add theirs with the `handlerNames` setting.
 */
export const DEFAULT_HANDLER_NAMES: readonly string[] = ['handler', 'lambdaHandler'];

/** No export named by a service config. */
const NONE_CONFIGURED: ReadonlySet<string> = new Set();

/** Hops through `const a = b` / wrappers before giving up. */
const MAX_HOPS = 16;
/** Local type aliases (and union members) followed to an `aws-lambda` handler type. */
const MAX_TYPE_ALIAS_HOPS = 8;

/** Per handlers array: handler function → handler, for `getEnclosingHandler`. */
const byFunctionCache = new WeakMap<readonly LambdaHandler[], Map<TSESTree.Node, LambdaHandler>>();

/**
 * All handlers of the file. Computed once per file and shared by every rule: every rule linting a file sees the
 * same Program and settings object, so the last file's answer is the only one kept.
 */
export function getLambdaHandlers(context: Context): readonly LambdaHandler[] {
  const sourceCode = context.sourceCode;
  const program = sourceCode.ast as TSESTree.Program;
  const settingsObject: unknown = context.settings;
  // Every rule asks about the file being linted, with the same settings object: answered without a lookup
  if (program === last.program && settingsObject === last.settings) return last.handlers;
  // Settings errors are config errors: they propagate (getLambdaGuardSettings throws a clear message).
  const settings = getLambdaGuardSettings(context);
  // Every handler is an export, and every export spells `export` (`export const`, `exports.x`, `module.exports`,
  // `export =`): a file without it (a script, a test) has none, and needs no look for a Serverless config on disk
  const exports = mayMention(sourceCode, 'export');
  // The config names more handlers, or says their service is another cloud's or runs them on schedules: it matters
  // only to a file that may export a function (a CDK stack's module exports classes, a settings module values). The
  // disk is asked only then; an answer in memory costs less than reading the exports
  const filename = context.filename;
  const service =
    exports && settings.readServerlessConfig && (knowsServiceConfig(filename) || mayExportFunction(program, sourceCode))
      ? serviceConfigOf(filename)
      : NO_SERVICE;
  // Another cloud's service (OpenWhisk's `exports.handler`) has no Lambda handler
  const names = exports && !service.otherCloud ? handlerNamesWith(settings, service.exports) : null;
  let handlers =
    names !== null && mayExportHandlers(sourceCode, names)
      ? safeFindHandlers(program, sourceCode, settings, names, configuredExports(service))
      : NO_HANDLERS;
  // Nor has a module of Google's functions framework that no config names (asked only of the few files with a
  // handler: published bundles hold thousands of statements)
  if (handlers.length > 0 && service.exports.size === 0 && importsGoogleFunctionModules(program, sourceCode.text)) {
    handlers = NO_HANDLERS;
  }
  last.program = program;
  last.settings = settingsObject;
  last.handlers = handlers;
  last.scheduled = service.scheduled;
  return handlers;
}

/**
 * The exports the service config names as this module's own (`Analyser.isConfiguredImportedCall`); not those a CDK app
 * names by a file name many modules share (`index.handler` names `handler` in every `index.*` of the app).
 */
function configuredExports(service: FileServiceConfig): ReadonlySet<string> {
  return service.byFileNameOnly === true ? NONE_CONFIGURED : service.exports;
}

/**
 * The export names the nearest SAM template or Serverless Framework config runs only on schedules (see
 * `serviceConfigOf`), found with the file's handlers: a handler of such a name gets a schedule's event.
 */
export function getScheduledHandlerNames(context: Context): ReadonlySet<string> {
  getLambdaHandlers(context);
  return last.scheduled;
}

/**
 * Does the module import the framework of Google's functions: `firebase-functions` (Cloud Functions for Firebase) or
 * `@google-cloud/functions-framework`? A Pub/Sub function exported as `handler` with `(event, context)` is no Lambda
 * handler. (Google Cloud's client libraries alone say nothing: Lambda code calls BigQuery or Dialogflow too.) Top-level
 * imports and `require` calls only.
 */
function importsGoogleFunctionModules(program: TSESTree.Program, text: string): boolean {
  // The text says first whether a name is there at all (a long needle's native search skips through it)
  if (!text.includes('firebase-functions') && !text.includes('functions-framework')) return false;
  for (const module of topLevelModules(program)) if (GOOGLE_FUNCTION_MODULE.test(module)) return true;
  return false;
}

/** The frameworks of Google's functions: Cloud Functions for Firebase, and Cloud Functions' Functions Framework. */
const GOOGLE_FUNCTION_MODULE = /^(?:firebase-functions(?:\/|$)|@google-cloud\/functions-framework$)/u;

/** The modules the program's top level imports (`import … from 'x'`, `const y = require('x')`, `require('x').z`). */
function* topLevelModules(program: TSESTree.Program): Generator<string> {
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      yield statement.source.value;
      continue;
    }
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of statement.declarations) {
      // `require('x')`, through members and calls of what it gives (`require('@google-cloud/storage')()`)
      let init = declarator.init === null ? null : skipTypeWrappers(declarator.init);
      for (let depth = 0; depth < MAX_REQUIRE_STEPS && init !== null; depth++) {
        if (init.type === AST_NODE_TYPES.MemberExpression) init = skipTypeWrappers(init.object);
        else if (init.type === AST_NODE_TYPES.CallExpression && !isRequireCallee(init.callee)) {
          init = skipTypeWrappers(init.callee);
        } else break;
      }
      if (init?.type !== AST_NODE_TYPES.CallExpression || !isRequireCallee(init.callee)) continue;
      const argument = init.arguments[0];
      if (argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string') yield argument.value;
    }
  }
}

const MAX_REQUIRE_STEPS = 8;

function isRequireCallee(callee: TSESTree.Node): boolean {
  return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'require';
}

const NO_HANDLERS: readonly LambdaHandler[] = Object.freeze([]);
/** No config read (no export to name, or `readServerlessConfig: false`). */
const NO_SERVICE: FileServiceConfig = Object.freeze({
  exports: new Set<string>(),
  otherCloud: false,
  scheduled: new Set<string>(),
});

const last: {
  program: TSESTree.Program | null;
  settings: unknown;
  handlers: readonly LambdaHandler[];
  scheduled: ReadonlySet<string>;
} = {
  program: null,
  settings: undefined,
  scheduled: NO_SERVICE.scheduled,
  handlers: NO_HANDLERS,
};

/**
 * The words `mayExportHandlers`'s checks look for, in one pattern per set of handler names: `aws-lambda` (a types
 * import), `@pulumi/aws`, `ddy` (middy), `AWSLambda.`, each handler name, `export` for `default`, and the end of a
 * callback parameter's name in any case (`cb`, `callBack`: see `callbackNameStart`).
 */
function handlerWordsOf(names: ReadonlySet<string>): RegExp {
  let pattern = handlerWordPatterns.get(names);
  if (pattern === undefined) {
    // A config that names more exports gives each of its files a set of its own: the same names, one pattern
    const key = [...names].join('\n');
    pattern = handlerWordPatternsByKey.get(key);
    if (pattern === undefined) {
      const words = ['aws-lambda', PULUMI_AWS, 'ddy', `${LAMBDA_TYPES_GLOBAL}.`, ...names];
      if (names.has('default')) words.push('export');
      pattern = new RegExp([...words.map(escapeRegExp), '[cC][bB]|[lL][bB][aA][cC][kK]'].join('|'), 'u');
      if (handlerWordPatternsByKey.size >= MAX_HANDLER_WORD_PATTERNS) handlerWordPatternsByKey.clear();
      handlerWordPatternsByKey.set(key, pattern);
    }
    handlerWordPatterns.set(names, pattern);
  }
  return pattern;
}

const handlerWordPatterns = new WeakMap<ReadonlySet<string>, RegExp>();
const handlerWordPatternsByKey = new Map<string, RegExp>();
/** Sets of handler names remembered before the cache starts over (a long editor session across many projects). */
const MAX_HANDLER_WORD_PATTERNS = 1000;

function escapeRegExp(text: string): string {
  return text.replace(/[$()*+.?[\\\]^{|}/]/gu, '\\$&');
}

/**
 * Most files export no handler, and say so in their text: an export is named there (`export { x as handler }`,
 * `exports['handler']`; `default` also by `module.exports = fn` / `export = fn`, which spell `export`), and type
 * evidence needs an import of handler types, `aws-lambda`'s or Pulumi's (escapes aside: then the answer is yes).
 */
function mayExportHandlers(sourceCode: SourceCode, names: ReadonlySet<string>): boolean {
  // Without escapes, each check below first looks for a word in the text: one pass for all of them costs about half
  // as much as one pass each, and finds none in most files
  if (!mayHideNames(sourceCode) && !handlerWordsOf(names).test(sourceCode.text)) return false;
  if (mayImportLambdaTypes(sourceCode) || importsPulumiLambdaTypes(sourceCode)) return true;
  if (mayWriteCallbackSignature(sourceCode)) return true;
  if (mayWrapInMiddy(sourceCode)) return true;
  // `handler` and `lambdaHandler` both spell `andler`: one pass answers both for most files
  let andler: boolean | undefined;
  for (const name of names) {
    if (name.includes('andler') && !(andler ??= mayMention(sourceCode, 'andler'))) continue;
    if (mayMention(sourceCode, name) || (name === 'default' && mayMention(sourceCode, 'export'))) return true;
  }
  // `AWSLambda.SQSEvent` (see lambdaTypesGlobalMember): rare, so asked last
  return spellsLambdaTypesGlobal(sourceCode);
}

/**
 * Could an export run behind middy: `@middy/core` imported, or a wrapper named `middy…` (`middyfy`, the Serverless
 * Framework template's)? `ddy` spells both, in any case of the first letter (and its `d` is rarer in code than an
 * `i`, so the scan of most files is faster).
 */
const mayWrapInMiddy = lastFile((sourceCode: SourceCode): boolean => mayMention(sourceCode, 'ddy'));

/** Hops through `const main = wrapped` and `.use(…)` chains when looking for a middy call by its shape. */
const MAX_MIDDY_SHAPE_HOPS = 16;

/**
 * Could this export's value be a middy chain (`middy(fn).use(x)`, `middyfy(fn)`, a name bound to one, another
 * wrapper around one)? By shape only, before the full analysis: a call (through member calls on its result) whose
 * callee is a name spelling `middy`, or any called name when the file imports middy's module (an import may rename
 * it). Most exports of a file that mentions middy are functions, classes or constants, and are not analysed.
 */
function mayRunBehindMiddy(value: TSESTree.Node | null, sourceCode: SourceCode): boolean {
  let current = value === null ? null : skipTypeWrappers(value);
  for (let hop = 0; current !== null && hop < MAX_MIDDY_SHAPE_HOPS; hop++) {
    if (current.type === AST_NODE_TYPES.Identifier) {
      const bound = boundInitializer(current, sourceCode);
      // An import, a parameter or a function declaration: by its name, or any name where middy is imported
      if (bound === null) return MIDDY_WRAPPER_NAME.test(current.name) || importsMiddyModule(sourceCode);
      current = skipTypeWrappers(bound);
      continue;
    }
    if (current.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = skipTypeWrappers(current.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      // `lib.middyHandler(fn)`; else `middy(fn).use(x)`: the chain's base, `middy.default(fn)`: the object
      const name = getPropertyName(callee);
      if (name !== null && MIDDY_WRAPPER_NAME.test(name)) return true;
      current = skipTypeWrappers(callee.object);
      continue;
    }
    if (callee.type !== AST_NODE_TYPES.Identifier) return false;
    if (MIDDY_WRAPPER_NAME.test(callee.name) || importsMiddyModule(sourceCode)) return true;
    // Another wrapper around a middy chain (`withSentry(middyfy(fn))`)
    const first = current.arguments[0];
    current = first === undefined || first.type === AST_NODE_TYPES.SpreadElement ? null : skipTypeWrappers(first);
  }
  return false;
}

/** Does the file spell one of middy's modules (`@middy/core`, `'middy'`)? */
const importsMiddyModule = lastFile(
  (sourceCode: SourceCode): boolean =>
    sourceCode.text.includes('@middy/core') || /['"`]middy['"`]/u.test(sourceCode.text),
);

/**
 * A function with Lambda's callback signature, `(event, context, callback)`, at the top level of the file: declared,
 * bound to a name, exported, assigned to `exports.x`, or a value of `module.exports = { … }`. Only such files look
 * at exports of other names. The text says where a callback parameter may be written; only the top-level
 * statements holding such a place are read (bundles hold thousands, and their nested callbacks are many). With
 * escapes that could spell a name anywhere, every top-level statement is.
 */
const mayWriteCallbackSignature = lastFile((sourceCode: SourceCode): boolean => {
  const body = (sourceCode.ast as TSESTree.Program).body;
  if (mayHideNames(sourceCode)) return body.some(writesCallbackSignature);
  let checked = -1;
  for (const position of callbackParameterPositions(sourceCode.text)) {
    const index = indexOfRangeAt(body, position);
    // Positions come in order: a statement is read once
    if (index === -1 || index === checked) continue;
    checked = index;
    if (writesCallbackSignature(body[index]!)) return true;
  }
  return false;
});

/** Does this top-level statement declare, bind, export or assign a function with Lambda's callback signature? */
function writesCallbackSignature(statement: TSESTree.ProgramStatement): boolean {
  let node: TSESTree.Node = statement;
  if (node.type === AST_NODE_TYPES.ExportNamedDeclaration || node.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
    if (node.declaration === null) return false;
    node = node.declaration;
  }
  if (isCallbackFunction(node)) return true;
  if (node.type === AST_NODE_TYPES.VariableDeclaration) {
    return node.declarations.some((declarator) => isCallbackFunction(declarator.init));
  }
  if (node.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  if (node.expression.type !== AST_NODE_TYPES.AssignmentExpression) return false;
  const value = skipTypeWrappers(node.expression.right);
  if (isCallbackFunction(value)) return true;
  return (
    value.type === AST_NODE_TYPES.ObjectExpression &&
    value.properties.some((property) => property.type === AST_NODE_TYPES.Property && isCallbackFunction(property.value))
  );
}

/**
 * Where `text` may write a callback parameter (`callback` or `cb` in any case, after any underscores: what
 * `hasLambdaCallbackSignature` accepts) after another parameter, in order. Found from each `b` / `B` with `indexOf`
 * (`b` is rare in code): a whole name is there, and the code before it is a `,` (or could be a comment). Most files
 * that spell `callback` pass it as an argument or call it. Escapes in names are the caller's to look for.
 */
function callbackParameterPositions(text: string): number[] {
  const positions: number[] = [];
  for (const letter of ['b', 'B']) {
    for (let index = text.indexOf(letter, 1); index !== -1; index = text.indexOf(letter, index + 1)) {
      let start = callbackNameStart(text, index);
      if (start === -1) continue;
      while (text.charCodeAt(start - 1) === 0x5f /* _ */) start--;
      if (!isAsciiNameCode(text.charCodeAt(start - 1)) && mayFollowParameter(text, start)) positions.push(start);
    }
  }
  // The two letters' positions, merged
  return positions.sort((a, b) => a - b);
}

/** Where a whole `cb` / `callback` (any case) whose `b` is at `index` starts, or -1. */
function callbackNameStart(text: string, index: number): number {
  const before = text.charCodeAt(index - 1) | 0x20; // lower case
  if (before === 0x63 /* c */) return isAsciiNameCode(text.charCodeAt(index + 1)) ? -1 : index - 1;
  // call|b|ack
  if (before !== 0x6c /* l */ || index < 4 || isAsciiNameCode(text.charCodeAt(index + 4))) return -1;
  return text.slice(index - 4, index + 4).toLowerCase() === 'callback' ? index - 4 : -1;
}

/**
 * Is the code before `start` a `,` (white space aside), as before a parameter that is not the first? Also yes when
 * a comment could stand between: a `/` there (a block comment's end), or a line break after a line holding a line
 * comment.
 */
function mayFollowParameter(text: string, start: number): boolean {
  let index = start - 1;
  let lineBreak = -1;
  for (; index >= 0; index--) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) lineBreak = index;
    else if (!isSpaceCode(code)) break;
  }
  const code = text.charCodeAt(index);
  if (code === 0x2c /* , */ || code === 0x2f /* / */) return true;
  if (lineBreak === -1) return false;
  const lineStart = Math.max(text.lastIndexOf('\n', index), text.lastIndexOf('\r', index)) + 1;
  const line = text.slice(lineStart, index + 1);
  // `//`, or in a script the HTML-like comments `<!--` and `-->`
  return line.includes('//') || line.includes('<!--') || line.includes('-->');
}


/** White space other than line breaks (any non-ASCII character counts: it may be a Unicode space). */
function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || code >= 0x80;
}

function isCallbackFunction(node: TSESTree.Node | null | undefined): boolean {
  const value = node === null || node === undefined ? null : skipTypeWrappers(node);
  if (!isFunctionLike(value)) return false;
  // Three parameters first (four with TypeScript's `this`): most functions have another count, and their names are
  // not looked at
  const count = value.params.length;
  return (count === 3 || count === 4) && hasLambdaCallbackSignature(value);
}

/**
 * A global the runtime provides (`awslambda`): undeclared, or declared only for the type checker
 * (`declare const awslambda: …`, which TypeScript files write to use it).
 */
function isRuntimeGlobal(node: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  if (isGlobalIdentifier(node, sourceCode)) return true;
  const variable = findVariableOf(node, sourceCode);
  return (
    variable !== null &&
    variable.defs.every(
      (def) => def.type === 'Variable' && def.parent?.type === AST_NODE_TYPES.VariableDeclaration && def.parent.declare,
    )
  );
}

/** `findHandlers`, frozen; anything unexpected in the code means no handlers, never an exception. */
function safeFindHandlers(
  program: TSESTree.Program,
  sourceCode: SourceCode,
  settings: LambdaGuardSettings,
  names: ReadonlySet<string>,
  configured: ReadonlySet<string>,
): readonly LambdaHandler[] {
  try {
    return Object.freeze(findHandlers(program, sourceCode, settings, names, configured));
  } catch {
    return NO_HANDLERS;
  }
}

/** The handler whose (unwrapped) function contains `node`, or null. Walks up the parents iteratively. */
export function getEnclosingHandler(node: TSESTree.Node, context: Context): LambdaHandler | null {
  const handlers = getLambdaHandlers(context);
  if (handlers.length === 0) return null;
  let byFunction = byFunctionCache.get(handlers);
  if (byFunction === undefined) {
    byFunction = new Map();
    for (const handler of handlers) if (handler.fn !== null) byFunction.set(handler.fn, handler);
    byFunctionCache.set(handlers, byFunction);
  }
  for (let current: TSESTree.Node | null | undefined = node; current != null; current = current.parent) {
    const handler = byFunction.get(current);
    if (handler !== undefined) return handler;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Exports

interface ExportCandidate {
  exportName: string;
  reportNode: TSESTree.Node;
  /** The exported value (an expression, a function or class declaration). */
  value: TSESTree.Node | null;
  /** `export const handler: Handler = …`: the declared type. */
  typeAnnotation: TSESTree.TypeNode | null;
}

function findHandlers(
  program: TSESTree.Program,
  sourceCode: SourceCode,
  settings: LambdaGuardSettings,
  names: ReadonlySet<string>,
  configured: ReadonlySet<string>,
): LambdaHandler[] {
  // Type evidence needs an import from `aws-lambda` (or `@aws-lambda-powertools/commons`, or Pulumi's Lambda types
  // from `@pulumi/aws`): without one, only handler names can match, and other exports need no work.
  const mayHaveTypeEvidence =
    (mayImportLambdaTypes(sourceCode) && importsHandlerTypes(program)) ||
    importsPulumiLambdaTypes(sourceCode) ||
    spellsLambdaTypesGlobal(sourceCode);
  // Lambda's callback signature, `(event, context, callback)`, is evidence under any export name
  const mayHaveSignature = mayWriteCallbackSignature(sourceCode);
  // middy runs only in Lambda: an export wrapped by it is a handler under any name
  const mayHaveMiddy = mayWrapInMiddy(sourceCode);
  const wanted = (name: string): boolean =>
    mayHaveTypeEvidence || mayHaveSignature || mayHaveMiddy || names.has(name);
  const candidates: ExportCandidate[] = [];
  for (const statement of program.body) collectExports(statement, sourceCode, candidates, wanted);

  const analyser = new Analyser(sourceCode, settings, names, configured);
  // A yargs command module (`exports.command`, `builder`, `handler(argv)`) or an MCP tool module: another framework
  // calls its `handler`
  // Asked only when an untyped handler is found (most files have none): the module's exports are read again
  let otherFrameworkModule: boolean | undefined;
  const isOtherFramework = (): boolean => (otherFrameworkModule ??= isOtherFrameworkModule(program, sourceCode));
  const byName = new Map<string, LambdaHandler>();
  for (const candidate of candidates) {
    const nameMatches = names.has(candidate.exportName);
    const signature = mayHaveSignature && exportsCallbackSignature(candidate, sourceCode);
    const middy = mayHaveMiddy && !nameMatches && mayRunBehindMiddy(candidate.value, sourceCode);
    if (!nameMatches && !mayHaveTypeEvidence && !signature && !middy) {
      continue;
    }
    let handler: LambdaHandler | null;
    try {
      handler = analyser.toHandler(candidate, nameMatches, isOtherFramework);
      // `export function makeHandler(deps) { return async (event: APIGatewayProxyEvent, context: Context) => … }`
      if (handler === null && mayHaveTypeEvidence) handler = analyser.madeByExportedFactory(candidate);
    } catch {
      handler = null;
    }
    // Later assignments win, as at run time (`exports.handler = void 0; … exports.handler = handler;`).
    if (handler !== null) {
      byName.delete(candidate.exportName);
      byName.set(candidate.exportName, handler);
    } else if (byName.has(candidate.exportName) && candidate.value !== null && !isVoid(candidate.value)) {
      byName.delete(candidate.exportName);
    }
  }
  const handlers = [...byName.values()];
  // A CloudFront Function's `handler(event)` runs at the edge; asked only of the files with a handler (text scans)
  if (handlers.length > 0 && loadsCloudFrontRuntime(program, sourceCode)) return [];
  // A factory's handler that an export of the file is made with (`export const handler = makeHandler(deps)`) is
  // that export's
  const exported = new Set(handlers.filter((handler) => !handler.madeByFactory).map((handler) => handler.fn));
  return handlers.filter((handler) => !handler.madeByFactory || !exported.has(handler.fn));
}

/** Every export name is wanted. */
const ALL_EXPORTS = (): boolean => true;

/**
 * Could an export of the file be a handler under some name: a function, or a name, call or member that may resolve
 * to one (what `Analyser.toHandler` and `madeByExportedFactory` follow), or any export typed with a type (a typed
 * export is a handler even when its value cannot be seen)? Classes, literals, arrays and object literals never are.
 */
function mayExportFunction(program: TSESTree.Program, sourceCode: SourceCode): boolean {
  const candidates: ExportCandidate[] = [];
  for (const statement of program.body) {
    // `exports.a = exports.b = … = void 0` (TypeScript's CommonJS output declares every export so): no function,
    // and no scope lookup of `exports` for each name
    if (assignsNoFunction(statement)) continue;
    const collected = candidates.length;
    collectExports(statement, sourceCode, candidates, ALL_EXPORTS);
    // Most modules that export a function export one early: the statements after it need no look
    for (let index = collected; index < candidates.length; index++) {
      const candidate = candidates[index]!;
      if (candidate.typeAnnotation !== null || mayBeFunction(candidate.value)) return true;
    }
  }
  return false;
}

/** An assignment statement (`a = b = v`) whose value `v` is no function and no object literal (of exports). */
function assignsNoFunction(statement: TSESTree.Statement): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  let value = statement.expression;
  if (value.type !== AST_NODE_TYPES.AssignmentExpression) return false;
  while (value.type === AST_NODE_TYPES.AssignmentExpression) value = value.right;
  return !mayBeFunction(value) && skipTypeWrappers(value).type !== AST_NODE_TYPES.ObjectExpression;
}

function mayBeFunction(value: TSESTree.Node | null): boolean {
  if (value === null) return false;
  const node = skipTypeWrappers(value);
  return (
    isFunctionLike(node) ||
    node.type === AST_NODE_TYPES.Identifier ||
    node.type === AST_NODE_TYPES.CallExpression ||
    node.type === AST_NODE_TYPES.MemberExpression ||
    node.type === AST_NODE_TYPES.ChainExpression
  );
}

/**
 * Can a type in this file name an `aws-lambda` export or Powertools' `LambdaInterface` (the only type evidence)?
 * Such names come from imports, which are top-level statements (or sit inside a TypeScript namespace, which is
 * answered yes): an import from `aws-lambda`, or of `LambdaInterface` (or the whole module) from
 * `@aws-lambda-powertools/commons`. Most files that mention these modules import utilities, not these types.
 */
function importsHandlerTypes(program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    const node = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (node === null) continue;
    if (node.type === AST_NODE_TYPES.TSModuleDeclaration || node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      return true;
    }
    if (node.type !== AST_NODE_TYPES.ImportDeclaration) continue;
    const specifier = node.source.value;
    if (isAwsLambdaTypesModule(specifier)) return true;
    if (!specifier.startsWith('@aws-lambda-powertools/commons')) continue;
    for (const imported of node.specifiers) {
      if (imported.type !== AST_NODE_TYPES.ImportSpecifier) return true; // default or namespace: any member
      const name = imported.imported.type === AST_NODE_TYPES.Identifier ? imported.imported.name : imported.imported.value;
      if (name === 'LambdaInterface') return true;
    }
  }
  return false;
}

function isVoid(node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  return (
    (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === 'void') ||
    (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined')
  );
}

/** The handler names of a settings object (the validated settings are one object per config): built once. */
const handlerNameSets = new WeakMap<LambdaGuardSettings, ReadonlySet<string>>();

export function handlerNamesOf(settings: LambdaGuardSettings): ReadonlySet<string> {
  let names = handlerNameSets.get(settings);
  if (names === undefined) {
    names = new Set([...DEFAULT_HANDLER_NAMES, ...settings.handlerNames]);
    handlerNameSets.set(settings, names);
  }
  return names;
}

/**
 * The handler names of one file: the settings' names, and the exports the nearest Serverless Framework config names
 * as this file's handlers (`handler: src/users.get`; see `serviceConfigOf`).
 */
function handlerNamesWith(settings: LambdaGuardSettings, configured: ReadonlySet<string>): ReadonlySet<string> {
  const names = handlerNamesOf(settings);
  if (configured.size === 0) return names;
  // The files of one config share its sets: one union for each (and so one word pattern, see handlerWordsOf)
  const cached = namesWithConfigured.get(configured);
  if (cached?.base === names) return cached.names;
  let union = names;
  for (const name of configured) {
    if (!names.has(name)) {
      union = new Set([...names, ...configured]);
      break;
    }
  }
  namesWithConfigured.set(configured, { base: names, names: union });
  return union;
}

const namesWithConfigured = new WeakMap<ReadonlySet<string>, { base: ReadonlySet<string>; names: ReadonlySet<string> }>();

/**
 * Does the module use what exists only in the CloudFront Functions runtime: the helper module `cloudfront`
 * (`cf.kvs(…)`, `cf.updateRequestOrigin(…)`; an import, or a `require` in a top-level declaration), or
 * `String.bytesFrom(…)` (its 1.0 runtime's decoder)? Such a file is a CloudFront Function, whose `handler(event)`
 * runs at the edge, not in Lambda.
 */
function loadsCloudFrontRuntime(program: TSESTree.Program, sourceCode: SourceCode): boolean {
  if (mayMention(sourceCode, 'bytesFrom') && CLOUDFRONT_FUNCTIONS_DECODER.test(sourceCode.text)) return true;
  if (!mayMention(sourceCode, 'cloudfront')) return false;
  return program.body.some((statement) => {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      return statement.source.value === CLOUDFRONT_RUNTIME_MODULE;
    }
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) return false;
    return statement.declarations.some((declarator) => {
      const init = declarator.init === null ? null : skipTypeWrappers(declarator.init);
      return (
        init?.type === AST_NODE_TYPES.CallExpression &&
        init.callee.type === AST_NODE_TYPES.Identifier &&
        init.callee.name === 'require' &&
        init.arguments[0]?.type === AST_NODE_TYPES.Literal &&
        init.arguments[0].value === CLOUDFRONT_RUNTIME_MODULE
      );
    });
  });
}

/**
 * `function handler(event) { const response = event.response; response.statusCode = 404; return response; }`: a
 * CloudFront Function's shape. It takes the event alone and answers with the viewer request or response the event
 * carries (`event.request`, `event.response`), or with a response object of its own on other paths; Lambda@Edge
 * reads them under `event.Records[0].cf`, and a Cognito trigger, whose event also has `request` and `response`,
 * answers with the whole event.
 */
function returnsViewerMessage(fn: FunctionLike, sourceCode: SourceCode): boolean {
  const params = functionParams(fn);
  const event = params[0];
  if (params.length !== 1 || event?.type !== AST_NODE_TYPES.Identifier) return false;
  if (!readsOnlyViewerEventFields(fn, event, sourceCode)) return false;
  const returned = returnedExpressions(fn);
  if (returned === null || returned.length === 0) return false;
  const isViewerMessage = (node: TSESTree.Node): boolean => {
    const value = skipTypeWrappers(node);
    if (value.type !== AST_NODE_TYPES.MemberExpression) return false;
    const name = getPropertyName(value);
    const object = skipTypeWrappers(value.object);
    return (
      (name === 'request' || name === 'response') &&
      object.type === AST_NODE_TYPES.Identifier &&
      object.name === event.name
    );
  };
  const answersWithMessage = (value: TSESTree.Node | null): boolean => {
    if (value === null) return false;
    const node = skipTypeWrappers(value);
    if (node.type !== AST_NODE_TYPES.Identifier) return isViewerMessage(node);
    const init = boundInitializer(node, sourceCode);
    return init !== null && isViewerMessage(init);
  };
  // A response of its own beside them (`return { statusCode: 302, headers: { location: { value } } }`)
  const isObject = (value: TSESTree.Node | null): boolean =>
    value !== null && skipTypeWrappers(value).type === AST_NODE_TYPES.ObjectExpression;
  return (
    returned.some(answersWithMessage) && returned.every((value) => answersWithMessage(value) || isObject(value))
  );
}

/**
 * Is `event` read only through the fields of a CloudFront Functions event (`event.request`, `event.response`,
 * `event.viewer`, `event.context`, `event.version`)? A Lambda event read whole or through other fields (a Cognito
 * trigger's `userName`, a task's input) is not one.
 */
function readsOnlyViewerEventFields(fn: FunctionLike, event: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = sourceCode.getDeclaredVariables(fn).find((declared) => declared.identifiers[0] === event);
  if (variable === undefined) return false;
  return variable.references.every(({ identifier }) => {
    const member = identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) return false;
    const name = getPropertyName(member);
    return name !== null && VIEWER_EVENT_FIELDS.has(name);
  });
}

const VIEWER_EVENT_FIELDS: ReadonlySet<string> = new Set(['request', 'response', 'viewer', 'context', 'version']);

const CLOUDFRONT_RUNTIME_MODULE = 'cloudfront';
const CLOUDFRONT_FUNCTIONS_DECODER = /\bString\.bytesFrom\s*\(/u;

/** `wanted`: export names worth collecting; `exports.x = …` with other names skips its scope lookups. */
function collectExports(
  statement: TSESTree.Node,
  sourceCode: SourceCode,
  out: ExportCandidate[],
  wanted: (name: string) => boolean,
): void {
  switch (statement.type) {
    case AST_NODE_TYPES.ExportNamedDeclaration: {
      if (statement.exportKind === 'type') return;
      const declaration = statement.declaration;
      if (declaration !== null) {
        collectDeclaration(declaration, out, wanted);
        return;
      }
      // `export { handler } from './impl'`: the function is analysed in that file; this module is the one Lambda loads
      for (const specifier of statement.specifiers) {
        if (specifier.exportKind === 'type') continue;
        const exportName = moduleExportName(specifier.exported);
        if (exportName === null || !wanted(exportName) || specifier.local.type !== AST_NODE_TYPES.Identifier) continue;
        out.push({ exportName, reportNode: specifier.exported, value: specifier.local, typeAnnotation: null });
      }
      return;
    }
    case AST_NODE_TYPES.ExportDefaultDeclaration: {
      const declaration = statement.declaration;
      const id =
        (declaration.type === AST_NODE_TYPES.FunctionDeclaration ||
          declaration.type === AST_NODE_TYPES.ClassDeclaration) &&
        declaration.id !== null
          ? declaration.id
          : null;
      out.push({ exportName: 'default', reportNode: id ?? statement, value: declaration, typeAnnotation: null });
      return;
    }
    case AST_NODE_TYPES.TSExportAssignment:
      // `export = { handler }` (TypeScript's CommonJS export)
      collectModuleExports(statement.expression, sourceCode, statement, out);
      return;
    case AST_NODE_TYPES.ExpressionStatement:
      if (statement.expression.type === AST_NODE_TYPES.CallExpression) {
        collectObjectAssign(statement.expression, sourceCode, out);
        return;
      }
      collectAssignment(statement.expression, sourceCode, out, wanted);
      return;
    default:
      return;
  }
}

function collectDeclaration(
  declaration: TSESTree.Node,
  out: ExportCandidate[],
  wanted: (name: string) => boolean,
): void {
  if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
    if (declaration.declare) return;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type !== AST_NODE_TYPES.Identifier || !wanted(declarator.id.name)) continue;
      out.push({
        exportName: declarator.id.name,
        reportNode: declarator.id,
        value: declarator.init,
        typeAnnotation: declarator.id.typeAnnotation?.typeAnnotation ?? null,
      });
    }
  } else if (
    declaration.type === AST_NODE_TYPES.FunctionDeclaration &&
    declaration.id !== null &&
    wanted(declaration.id.name)
  ) {
    out.push({ exportName: declaration.id.name, reportNode: declaration.id, value: declaration, typeAnnotation: null });
  }
}

function moduleExportName(node: TSESTree.Node): string | null {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  return null;
}

/** `exports.handler = v`, `module.exports.handler = v`, `module.exports = { handler }`, chains `a = b = v`. */
function collectAssignment(
  expression: TSESTree.Node,
  sourceCode: SourceCode,
  out: ExportCandidate[],
  wanted: (name: string) => boolean,
): void {
  const targets: TSESTree.Node[] = [];
  let current = expression;
  while (current.type === AST_NODE_TYPES.AssignmentExpression && current.operator === '=') {
    targets.push(current.left);
    current = current.right;
  }
  if (targets.length === 0) return;
  const value = current;
  for (const target of targets) {
    if (target.type !== AST_NODE_TYPES.MemberExpression) continue;
    if (isModuleExports(target, sourceCode)) {
      // `module.exports = fn` is the export `default`: report on `module.exports`, not the whole function
      collectModuleExports(value, sourceCode, target, out);
      continue;
    }
    const name = getPropertyName(target);
    if (name === null || !wanted(name)) continue;
    const object = skipTypeWrappers(target.object);
    if (!isExportsObject(object, sourceCode)) continue;
    out.push({ exportName: name, reportNode: target.property, value, typeAnnotation: null });
  }
}

/** `Object.assign(module.exports, { handler })`, `Object.assign(exports, { handler: fn })`: the object literals' keys. */
function collectObjectAssign(call: TSESTree.CallExpression, sourceCode: SourceCode, out: ExportCandidate[]): void {
  const callee = skipTypeWrappers(call.callee);
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    getPropertyName(callee) !== 'assign' ||
    callee.object.type !== AST_NODE_TYPES.Identifier ||
    callee.object.name !== 'Object' ||
    !isGlobalIdentifier(callee.object, sourceCode)
  ) {
    return;
  }
  const [target, ...sources] = call.arguments;
  if (target === undefined || target.type === AST_NODE_TYPES.SpreadElement) return;
  if (!isExportsObject(skipTypeWrappers(target), sourceCode)) return;
  for (const source of sources) {
    const object = source.type === AST_NODE_TYPES.SpreadElement ? null : skipTypeWrappers(source);
    if (object?.type === AST_NODE_TYPES.ObjectExpression) collectObjectProperties(object, out, sourceCode);
  }
}

/**
 * Each `key: value` / shorthand property of an exported object literal is an export of that name. A value read from
 * the exports object (`module.exports = { handler: exports.handler }` after `exports.handler = fn`) is what an
 * earlier statement exported under that name: the object is built before `module.exports` is replaced.
 */
function collectObjectProperties(object: TSESTree.ObjectExpression, out: ExportCandidate[], sourceCode: SourceCode): void {
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init') continue;
    const name = getPropertyName(property) ?? constantKey(property, sourceCode);
    if (name === null) continue;
    const value = earlierExport(property.value, out, sourceCode) ?? property.value;
    out.push({ exportName: name, reportNode: property.key, value, typeAnnotation: null });
  }
}

/** `exports.handler` / `module.exports.handler` read where the exports hold an earlier candidate's value: that value. */
function earlierExport(value: TSESTree.Node, out: readonly ExportCandidate[], sourceCode: SourceCode): TSESTree.Node | null {
  const read = skipTypeWrappers(value);
  if (read.type !== AST_NODE_TYPES.MemberExpression || !isExportsObject(skipTypeWrappers(read.object), sourceCode)) {
    return null;
  }
  const name = getPropertyName(read);
  if (name === null) return null;
  for (let index = out.length - 1; index >= 0; index--) {
    const candidate = out[index]!;
    if (candidate.exportName === name) return candidate.value;
  }
  return null;
}

/** `{ [NAME]: fn }` with `const NAME = 'handler'`: the string a computed key's constant holds, else null. */
function constantKey(property: TSESTree.Property, sourceCode: SourceCode): string | null {
  if (!property.computed || property.key.type !== AST_NODE_TYPES.Identifier) return null;
  const bound = boundInitializer(property.key, sourceCode);
  const init = bound === null ? null : skipTypeWrappers(bound);
  return init?.type === AST_NODE_TYPES.Literal && typeof init.value === 'string' ? init.value : null;
}

/** The CommonJS exports object: the global `exports`, or `module.exports`. */
function isExportsObject(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (node.type === AST_NODE_TYPES.MemberExpression) return isModuleExports(node, sourceCode);
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  if (node.name === 'exports' && isGlobalIdentifier(node, sourceCode)) return true;
  // `const e = module.exports; e.handler = …`: a name for the exports object
  const variable = findVariableOf(node, sourceCode);
  const declarator = variable === null ? null : onceBoundDeclarator(variable);
  if (declarator?.parent.kind !== 'const' || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
  const init = skipTypeWrappers(declarator.init!);
  return init.type === AST_NODE_TYPES.MemberExpression
    ? isModuleExports(init, sourceCode)
    : init.type === AST_NODE_TYPES.Identifier && init.name === 'exports' && isGlobalIdentifier(init, sourceCode);
}

/**
 * Is `node` a value the module exports: `export const x = <node>`, `exports.x = <node>` / `module.exports.x =
 * <node>`, `module.exports = { x: <node> }`?
 */
export function isExportedValue(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator) {
    return parent.init === node && parent.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
  }
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression) {
    const target = parent.left;
    return (
      parent.right === node &&
      target.type === AST_NODE_TYPES.MemberExpression &&
      isExportsObject(skipTypeWrappers(target.object), sourceCode)
    );
  }
  if (parent?.type !== AST_NODE_TYPES.Property || parent.value !== node) return false;
  const assignment = parent.parent.parent;
  return (
    assignment?.type === AST_NODE_TYPES.AssignmentExpression &&
    assignment.right === parent.parent &&
    isExportsObject(skipTypeWrappers(assignment.left), sourceCode)
  );
}

function isModuleExports(node: TSESTree.MemberExpression, sourceCode: SourceCode): boolean {
  const object = skipTypeWrappers(node.object);
  return (
    getPropertyName(node) === 'exports' &&
    object.type === AST_NODE_TYPES.Identifier &&
    object.name === 'module' &&
    isGlobalIdentifier(object, sourceCode)
  );
}

/** `module.exports = { handler, main: fn }` (or a const bound to such an object); anything else is `default`. */
function collectModuleExports(
  value: TSESTree.Node,
  sourceCode: SourceCode,
  defaultReportNode: TSESTree.Node | null,
  out: ExportCandidate[],
): void {
  let object = skipTypeWrappers(value);
  if (object.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariableOf(object, sourceCode);
    const declarator = variable === null ? null : onceBoundDeclarator(variable);
    const init = declarator?.init ? skipTypeWrappers(declarator.init) : null;
    if (init?.type === AST_NODE_TYPES.ObjectExpression) {
      object = init;
      collectMemberAssignments(variable!, out);
    }
  }
  if (object.type !== AST_NODE_TYPES.ObjectExpression) {
    out.push({
      exportName: 'default',
      reportNode: defaultReportNode ?? value,
      value,
      typeAnnotation: null,
    });
    return;
  }
  collectObjectProperties(object, out, sourceCode);
}

/**
 * `const api = {}; api.handler = async (event) => …; module.exports = api;`: members the module's own top-level
 * statements assign to the exported object are exports of that name.
 */
function collectMemberAssignments(variable: TSESLint.Scope.Variable, out: ExportCandidate[]): void {
  for (const reference of variable.references) {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
    const assignment = member.parent;
    if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== member) continue;
    if (assignment.operator !== '=' || member.computed) continue;
    const statement = assignment.parent;
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.parent.type !== AST_NODE_TYPES.Program) continue;
    const name = getPropertyName(member);
    if (name === null) continue;
    out.push({ exportName: name, reportNode: member.property, value: assignment.right, typeAnnotation: null });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Values: functions, wrappers, adapters, class handlers

interface Resolved {
  fn: FunctionLike | null;
  opaque: boolean;
  wrappers: TSESTree.CallExpression[];
  decorators: TSESTree.Decorator[];
  /** Evidence from types met on the way (`const fn: Handler = …`, `satisfies Handler`, `implements LambdaInterface`). */
  typed: boolean;
  /** The wrapper hands the function a payload taken out of the event (see LambdaHandler.payload). */
  payload?: boolean;
  /** The wrapper hands the function the event as its second parameter, after a payload (see InnerStep.eventSecond). */
  eventSecond?: boolean;
  /**
   * Wrapped by middy (`@middy/core`) or by a wrapper named `middy…` around a function of the file: middy is
   * Lambda's middleware engine, so the export is a handler whatever its name.
   */
  behindMiddy?: boolean;
}

/**
 * A wrapper layer around `inner` (null when the wrapper has none we can see). `opaque`: the wrapper runs code of the
 * file's own besides it (middleware that may log); `payload`: it hands the function a payload taken out of the event.
 */
interface InnerStep {
  kind: 'inner';
  inner: TSESTree.Node | null;
  opaque?: boolean;
  payload?: boolean;
  /**
   * The wrapper calls the function with a payload it took out of the event first and the event itself second, and
   * no context (SST's `bus.subscriber(events, async (payload, event) => …)`).
   */
  eventSecond?: boolean;
  /** The layer is a middy chain (see Resolved.behindMiddy). */
  middy?: boolean;
}

/** middy's core module, current and legacy. */
export const MIDDY_MODULES: ReadonlySet<string> = new Set(['@middy/core', 'middy']);
/**
 * A project's own middy wrapper: `middyfy` (the Serverless Framework `aws-nodejs-typescript` template's
 * `middy(handler).use(middyJsonBodyParser())`), `middyHandler`.
 */
const MIDDY_WRAPPER_NAME = /^middy/iu;

const MIDDY_CHAIN_METHODS = new Set(['use', 'before', 'after', 'onError', 'handler', 'applyMiddleware']);
/** Names a middy chain is followed through (`base` of `base.use(…)`, a name bound to another chain). */
const MAX_CHAIN_NAMES = 8;

/**
 * `({ body, headers }) => …`: the function's first parameter is an event destructured in place, untyped. Not a
 * middleware's request (`({ event, context }) => …`, middy's `request` holds the event).
 */
function destructuresFirst(fn: FunctionLike): boolean {
  const first = functionParams(fn)[0];
  const pattern = first?.type === AST_NODE_TYPES.AssignmentPattern ? first.left : first;
  if (pattern?.type !== AST_NODE_TYPES.ObjectPattern || pattern.typeAnnotation != null) return false;
  return pattern.properties.every((property) => {
    const key = property.type === AST_NODE_TYPES.Property ? getPropertyName(property) : null;
    return key !== 'event' && key !== 'context';
  });
}

const SENTRY_MODULES = new Set(['@sentry/serverless', '@sentry/aws-serverless']);
/** Powertools idempotency: `makeIdempotent(fn, { persistenceStore })` runs `fn` at most once per payload. */
const POWERTOOLS_IDEMPOTENCY_MODULE = '@aws-lambda-powertools/idempotency';
/** DAZN Lambda Powertools (formerly `@perform/…`): middy bundles around the handler. */
const DAZN_BASIC_PATTERN_MODULES = new Set([
  '@dazn/lambda-powertools-pattern-basic',
  '@perform/lambda-powertools-pattern-basic',
]);
const DAZN_OBFUSCATE_PATTERN_MODULES = new Set([
  '@dazn/lambda-powertools-pattern-obfuscate',
  '@perform/lambda-powertools-pattern-obfuscate',
]);

class Analyser {
  /** Local type aliases and whether they name an `aws-lambda` handler type. */
  private readonly aliasIsHandlerType = new Map<TSESTree.TSTypeAliasDeclaration, boolean>();
  /** `awsLambdaTypeName` per type reference. */
  private readonly lambdaTypeNames = new Map<TSESTree.TypeNode, string | null>();

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly settings: LambdaGuardSettings,
    /** The export names that make a handler in this file (`handler`, configured ones, serverless.yml's). */
    private readonly handlerNames: ReadonlySet<string> = new Set(),
    /** Of `handlerNames`, those the nearest service config names as this file's handlers. */
    private readonly configured: ReadonlySet<string> = NONE_CONFIGURED,
  ) {}

  toHandler(
    candidate: ExportCandidate,
    nameMatches: boolean,
    isOtherFramework: () => boolean = () => false,
  ): LambdaHandler | null {
    const typedExport = candidate.typeAnnotation !== null && this.isHandlerType(candidate.typeAnnotation);
    if (candidate.value === null) return null;
    const resolved = this.resolveValue(candidate.value);
    const fn = resolved?.fn ?? null;
    // Parameter types only matter for an export not named as a handler (they are read last: the costliest)
    const typed =
      typedExport ||
      resolved?.typed === true ||
      resolved?.behindMiddy === true ||
      (!nameMatches && fn !== null && (hasLambdaCallbackSignature(fn) || this.hasLambdaParams(fn)));
    // `export const writeItemHandler = async (event: SQSEvent) => …` (AWS SAM's template style): the name says it
    // handles the event, the type says it is Lambda's; weaker than type evidence (the signature checks below apply)
    const namedForEvent =
      !nameMatches && !typed && fn !== null && candidate.exportName.endsWith('Handler') && this.takesLambdaEvent(fn);
    // `export const processQueue = async (event: SQSEvent) => …`: under any name, a function taking a whole
    // `aws-lambda` event is Lambda code that Lambda calls, or that a dispatcher of the project's hands the event
    // (see LambdaHandler.eventTypeOnly); not a util reading the event, nor a step the file itself calls
    const eventTypeOnly =
      !nameMatches &&
      !typed &&
      !namedForEvent &&
      fn !== null &&
      this.takesLambdaEvent(fn) &&
      !this.mayBeEventUtil(fn) &&
      !this.isUsedInFile(fn, candidate);
    if (!nameMatches && !typed && !namedForEvent && !eventTypeOnly) return null;
    // `export const handleRequest = async (event: APIGatewayProxyEventV2): Promise<…Result> => …` that the file's
    // `handler` calls: typed like a handler, used as a step (a type on the export itself is the author's word)
    const typedByParamsOnly = typed && !typedExport && resolved?.typed !== true && resolved?.behindMiddy !== true;
    if (!nameMatches && typedByParamsOnly && fn !== null && this.isCalledByFunctionOfFile(fn)) return null;
    // `<button onClick={handler}>`, `el.addEventListener('click', handler)`: a browser event handler of the same name
    if (!typed && this.isDomEventHandler(candidate)) return null;
    // A typed export whose value we cannot see is still a handler, just not one we can analyse; an untyped one
    // (`export const handler = makeHandler()`) is not provably a handler, unless the service config runs it as one
    // and it is what an imported function returns (`createLambdaHandler(contract, router)` of @ts-rest/serverless)
    if (resolved === null && !typedExport && !this.isConfiguredImportedCall(candidate)) return null;
    const result: Resolved = resolved ?? { fn: null, opaque: true, wrappers: [], decorators: [], typed };
    // A CloudFront Functions handler runs in CloudFront's own JavaScript runtime, not in Lambda
    if (result.fn !== null && this.takesCloudFrontFunctionsEvent(result.fn)) return null;
    if (!typed && result.fn !== null && returnsViewerMessage(result.fn, this.sourceCode)) return null;
    // A streamed handler takes `(event, responseStream, context)`
    const streamed = result.wrappers.some((wrapper) => isStreamifyCall(wrapper, this.sourceCode));
    const [eventParam, contextParam] =
      result.fn === null
        ? [null, null]
        : result.eventSecond === true
          ? [plainParam(functionParams(result.fn)[1]), null]
          : handlerParams(result.fn, streamed);
    // Named `handler` but not called by Lambda: an error reporter `handler(event, err)` other modules call, a
    // function of another platform (Twilio Functions: `handler(context, event, callback)`), a build script's
    const otherSignature =
      hasNonLambdaSignature(contextParam) ||
      (result.fn !== null &&
        result.eventSecond !== true &&
        !streamed &&
        // A name the service config gives is Lambda's, whatever its parameters are called
        !this.configured.has(candidate.exportName) &&
        hasContextFirst(result.fn)) ||
      takesOnlyPrimitives(eventParam, contextParam) ||
      (result.fn !== null && answersThroughSecondParameter(result.fn, contextParam, this.sourceCode));
    if (!typed && result.fn !== null && otherSignature) return null;
    // A CLI command's or an MCP tool's handler, or a function taking a web framework's request (`NextApiRequest`,
    // Express's `Request`)
    // (A name the service config gives is Lambda's whatever else the module exports)
    const otherFramework = !this.configured.has(candidate.exportName) && isOtherFramework();
    if (!typed && ((result.fn !== null && this.takesWebRequest(result.fn)) || otherFramework)) return null;
    // `function handler(lambda) { return async (event, context) => … }`: a factory of handlers under the name (Lambda
    // would send the function it returns back as the response)
    if (!typed && result.fn !== null && returnsOnlyFunctions(result.fn)) return null;
    // A script that exports `handler` and runs it itself at the top of the module, whatever the environment
    // (`handler();`, `await handler()`, `handler().catch(…)`): a program run with node, not a function Lambda calls
    if (!typed && result.fn !== null && this.isRunByModule(result.fn)) return null;
    // Found by its parameter types or its `…Handler` name alone: a helper exported beside handlers when its own
    // signature says Lambda does not call it directly (a wrapper may call its function otherwise; a handler name or
    // a handler type on the export is the author's word)
    const declaredHandler = nameMatches || typedExport || result.typed;
    if (!declaredHandler && result.fn !== null && result.wrappers.length === 0 && this.isHelperSignature(result.fn)) {
      return null;
    }
    return this.handlerOf(candidate, {
      fn: result.fn,
      opaque: result.fn === null || result.opaque,
      wrappers: result.wrappers,
      decorators: result.decorators,
      eventParam,
      contextParam,
      payload: result.payload === true,
      eventIndex: result.eventSecond === true ? 1 : 0,
      eventTypeOnly,
      madeByFactory: false,
    });
  }

  /** The handler exported as `candidate`, with its report location computed on first read. */
  private handlerOf(
    candidate: ExportCandidate,
    fields: Omit<LambdaHandler, 'exportName' | 'reportNode' | 'reportLoc'>,
  ): LambdaHandler {
    let reportLoc: TSESTree.SourceLocation | undefined;
    const nameLoc = (node: TSESTree.Node): TSESTree.SourceLocation => this.nameLoc(node);
    return {
      exportName: candidate.exportName,
      reportNode: candidate.reportNode,
      // Token lookups for a location only reporting rules need: computed on first read
      get reportLoc(): TSESTree.SourceLocation {
        return (reportLoc ??= nameLoc(candidate.reportNode));
      },
      ...fields,
    };
  }

  /**
   * After the event, only what Lambda passes: a second parameter typed `aws-lambda`'s `Context` (or untyped and
   * named `context` / `ctx`), a third untyped and named `callback` / `cb`. A router's step takes others (`(event,
   * path: { requestId: string }, body)`), and its router calls it.
   */
  private takesOnlyLambdaArguments(fn: FunctionLike): boolean {
    const params = functionParams(fn);
    if (params.length > 3) return false;
    const [, context, callback] = params;
    if (context !== undefined) {
      const type = parameterType(context);
      const name = context.type === AST_NODE_TYPES.Identifier ? bareName(context.name) : null;
      const untypedContext = type === undefined && name !== null && CONTEXT_PARAMETER_NAMES.has(name);
      if (!untypedContext && this.awsLambdaTypeName(type) !== 'Context') return false;
    }
    return (
      callback === undefined ||
      (callback.type === AST_NODE_TYPES.Identifier &&
        callback.typeAnnotation == null &&
        CALLBACK_PARAMETER_NAMES.has(bareName(callback.name)))
    );
  }

  /**
   * The handler an exported factory returns (see LambdaHandler.madeByFactory): a function the export's function
   * returns (`return async (event) => …`, an arrow's body, a few levels down: `(deps) => (config) => async (event) =>
   * …`) whose first parameter has a whole `aws-lambda` event type, and that is typed as a handler: a `Context` after
   * the event or an `aws-lambda` return type (`hasLambdaParams`), or the function returning it declares an
   * `aws-lambda` handler type (`makeHandler(deps): Handler`). Only Lambda's arguments after the event
   * (`takesOnlyLambdaArguments`), and not a helper's signature (`isHelperSignature`). Null otherwise.
   */
  madeByExportedFactory(candidate: ExportCandidate): LambdaHandler | null {
    let maker = candidate.value === null ? null : functionOf(candidate.value, this.sourceCode);
    for (let depth = 0; maker !== null && depth < MAX_FACTORY_DEPTH; depth++) {
      const made = returnedFunction(maker);
      if (made === null) return null;
      if (this.isMadeHandler(made, maker)) return this.handlerOf(candidate, plainHandlerFields(made, true));
      maker = made;
    }
    return null;
  }

  /** Is `made`, returned by `maker`, a handler by its types (see `madeByExportedFactory`)? */
  private isMadeHandler(made: FunctionLike, maker: FunctionLike): boolean {
    const declared = maker.returnType?.typeAnnotation;
    const declaredHandler = declared !== undefined && this.isHandlerType(declared);
    // `createHandler(): SQSHandler { return async (event) => … }`: the declared type types the parameters too
    const params = functionParams(made);
    const untyped = params.length > 0 && params.every((param) => parameterType(param) === undefined);
    const typedByMaker = declaredHandler && untyped;
    if (!(typedByMaker || this.takesLambdaEvent(made)) || this.takesCloudFrontFunctionsEvent(made)) return false;
    if (!this.takesOnlyLambdaArguments(made)) return false;
    const typed = this.hasLambdaParams(made) || declaredHandler;
    return typed && !this.isHelperSignature(made);
  }

  /**
   * Signatures Lambda's runtime cannot use: a first parameter typed as something an event never is
   * (`handleTimeout(prom: Promise<T>, context: Context)`, see `isNeverEventType`) or that is a part of an event
   * (`handleHealthReport(eventDetail, context: Context)`, a dispatcher's sub-handler, see `takesPartOfEvent`), a
   * second parameter declared with a type that is not the context (`(event: APIGatewayAuthorizerEvent, effect:
   * StatementEffect)`), a parameter Lambda never passes (a fourth, or a third typed as other than its callback:
   * `sendCfnResponse(event, context, response: CloudFormationCustomResourceResponse)`), or a function that is not
   * async, takes no callback and only returns values that are certainly not promises (declared so, `(…):
   * PolicyDocument`, or written so, `return { … }`): the runtime ignores a synchronous handler's value, so a caller
   * that uses it is code.
   */
  private isHelperSignature(fn: FunctionLike): boolean {
    const params = functionParams(fn);
    const eventType = parameterType(params[0]);
    if (eventType !== undefined && this.isNeverEventType(eventType, 0)) return true;
    if (this.takesPartOfEvent(params[0])) return true;
    const contextType = parameterType(params[1]);
    if (contextType !== undefined && !this.mayBeContextType(contextType, fn, 0)) return true;
    if (params.length > 3) return true;
    const callbackType = parameterType(params[2]);
    if (callbackType !== undefined && this.isNeverCallbackType(callbackType)) return true;
    if (fn.async || fn.generator || params.length >= 3) return false;
    const returnType = fn.returnType?.typeAnnotation;
    if (returnType !== undefined && this.isNonPromiseType(returnType, 0)) return true;
    // `(listener: MetricsListener, context: Context): void`: found by its context alone, answers nothing (an event of
    // `aws-lambda` first says handler: Lambda runs a synchronous one until its event loop is empty)
    const returnsVoid = returnType?.type === AST_NODE_TYPES.TSVoidKeyword;
    if (returnsVoid && eventType !== undefined && this.isPlainOtherType(eventType)) {
      return !callsLegacyContextMethods(fn, this.sourceCode);
    }
    // `validateSQSEvent(event: SQSEvent, context: Context): void` that only reads and throws: as a handler it would
    // do nothing Lambda could see; a check the handlers call
    if (returnsVoid && !this.callsAnything(fn)) return true;
    const returned = returnedExpressions(fn);
    return (
      returned !== null &&
      returned.length > 0 &&
      returned.every((value) => value !== null && isNonPromiseValue(value, 0)) &&
      !callsLegacyContextMethods(fn, this.sourceCode)
    );
  }

  /**
   * Does `fn`'s body (not its nested functions) call or construct anything, or load a module? What it throws
   * (`throw new Error(…)`) is not.
   */
  private callsAnything(fn: FunctionLike): boolean {
    const isWork = (node: TSESTree.Node): boolean => {
      switch (node.type) {
        case AST_NODE_TYPES.CallExpression:
        case AST_NODE_TYPES.TaggedTemplateExpression:
        case AST_NODE_TYPES.ImportExpression:
          return true;
        // What a check throws is no work (`throw new TraceException(…)`)
        case AST_NODE_TYPES.NewExpression:
          return outermostTypeWrapper(node).parent?.type !== AST_NODE_TYPES.ThrowStatement;
        default:
          return false;
      }
    };
    return someOwnNode(fn.body, this.sourceCode.visitorKeys, false, isWork);
  }

  /**
   * A plain named type that is not Lambda's (`MetricsListener`): a reference with no type arguments (not
   * `Readonly<SQSEvent>`), not of `aws-lambda` nor its global `AWSLambda` namespace; not a union or an inline type.
   */
  private isPlainOtherType(type: TSESTree.TypeNode): boolean {
    if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeArguments !== undefined) return false;
    const name = type.typeName;
    if (name.type === AST_NODE_TYPES.TSQualifiedName && name.left.type === AST_NODE_TYPES.Identifier) {
      if (name.left.name === 'AWSLambda') return false;
    }
    return this.awsLambdaTypeName(type) === null && !/event/iu.test(typeNameText(name));
  }

  /**
   * A type Lambda's callback never has: a string, number, boolean, array, tuple or literal type, or an `aws-lambda`
   * type other than a `…Callback`. (Not an object type: middy's handlers take `{ signal }` third.)
   */
  private isNeverCallbackType(type: TSESTree.TypeNode): boolean {
    switch (type.type) {
      case AST_NODE_TYPES.TSStringKeyword:
      case AST_NODE_TYPES.TSNumberKeyword:
      case AST_NODE_TYPES.TSBooleanKeyword:
      case AST_NODE_TYPES.TSArrayType:
      case AST_NODE_TYPES.TSTupleType:
      case AST_NODE_TYPES.TSLiteralType:
        return true;
      case AST_NODE_TYPES.TSTypeReference: {
        const name = this.awsLambdaTypeName(type);
        return name !== null && !name.endsWith('Callback');
      }
      default:
        return false;
    }
  }

  /**
   * `aws-lambda`'s `Context`, `any`, `unknown`, a type parameter, a type whose name says context (`LambdaContext`,
   * `DurableContext`), an object type or an import type, or a type built from one (`Partial<Context>`).
   */
  private mayBeContextType(type: TSESTree.TypeNode, fn: FunctionLike, hops: number): boolean {
    if (hops > MAX_TYPE_ALIAS_HOPS) return true;
    switch (type.type) {
      // `{ awsRequestId: string }`, `import('aws-lambda').Context`: the context described or named another way
      case AST_NODE_TYPES.TSAnyKeyword:
      case AST_NODE_TYPES.TSUnknownKeyword:
      case AST_NODE_TYPES.TSTypeLiteral:
      case AST_NODE_TYPES.TSImportType:
        return true;
      case AST_NODE_TYPES.TSUnionType:
      case AST_NODE_TYPES.TSIntersectionType:
        return type.types.some((member) => this.mayBeContextType(member, fn, hops + 1));
      case AST_NODE_TYPES.TSTypeReference: {
        const name = type.typeName.type === AST_NODE_TYPES.TSQualifiedName ? type.typeName.right : type.typeName;
        if (name.type !== AST_NODE_TYPES.Identifier || /context|ctx/iu.test(name.name)) return true;
        if (fn.typeParameters?.params.some((parameter) => parameter.name.name === name.name) === true) return true;
        if (this.awsLambdaTypeName(type) === 'Context') return true;
        const local = localTypeDeclaration(type, this.sourceCode);
        if (local?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) {
          return this.mayBeContextType(local.typeAnnotation, fn, hops + 1);
        }
        return type.typeArguments?.params.some((argument) => this.mayBeContextType(argument, fn, hops + 1)) === true;
      }
      default:
        return false;
    }
  }

  /**
   * The first parameter is a part of an event, which Lambda never passes: Lambda hands a handler the whole event
   * (the batch, the envelope), a dispatcher hands its sub-handlers the parts. By its type when it has an `aws-lambda`
   * one (`SQSRecord`, `EventBridgeEvent<…>['detail']` are parts; `detail: SQSEvent` is the event, whatever its name),
   * else by its name (see PART_PARAMETER_NAME).
   */
  private takesPartOfEvent(param: TSESTree.Parameter | undefined): boolean {
    const type = parameterType(param);
    if (type !== undefined) {
      if (this.isPartOfEventType(type, 0)) return true;
      if (this.awsLambdaTypeName(type) !== null) return false;
    }
    const name = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
    return name?.type === AST_NODE_TYPES.Identifier && PART_PARAMETER_NAME.test(name.name);
  }

  /**
   * A part of an `aws-lambda` event: a type whose name says record, message or detail (`SQSRecord`,
   * `S3EventRecord`, `DynamoDBRecord`, `SNSMessage`, `GuardDutyScanResultNotificationEventDetail`: no event type is
   * named so, events end in `Event`, `EventV2`, or an authorizer variant like `…EventV2WithJWTAuthorizer`), an
   * indexed access into an `aws-lambda` type (`EventBridgeEvent<…>['detail']`, `SQSEvent['Records'][number]`), an
   * array of parts, a union of parts, or a local alias of one.
   */
  private isPartOfEventType(type: TSESTree.TypeNode, hops: number): boolean {
    if (hops > MAX_TYPE_ALIAS_HOPS) return false;
    switch (type.type) {
      case AST_NODE_TYPES.TSIndexedAccessType:
        // `SQSEvent['Records'][number]`: an index into an index
        return type.objectType.type === AST_NODE_TYPES.TSIndexedAccessType
          ? this.isPartOfEventType(type.objectType, hops + 1)
          : this.awsLambdaTypeName(type.objectType) !== null;
      case AST_NODE_TYPES.TSArrayType:
        return this.isPartOfEventType(type.elementType, hops + 1);
      case AST_NODE_TYPES.TSUnionType:
        return everyValueMember(type, (member) => this.isPartOfEventType(member, hops + 1));
      case AST_NODE_TYPES.TSTypeReference: {
        const name = this.awsLambdaTypeName(type);
        if (name !== null) return LAMBDA_EVENT_PART_TYPE.test(name);
        const local = localTypeDeclaration(type, this.sourceCode);
        if (local?.type !== AST_NODE_TYPES.TSTypeAliasDeclaration) return false;
        return this.isPartOfEventType(local.typeAnnotation, hops + 1);
      }
      default:
        return false;
    }
  }

  /**
   * A type no Lambda event has: the event is parsed JSON, never a promise, a function, an abort signal or a
   * collection object. Function types and the global `Promise`, `PromiseLike`, `Function`, `AbortSignal`, `Map`,
   * `Set`, `WeakMap`, `WeakSet` (not a type of the file's or an import of that name), or a union of only these
   * (besides `null` / `undefined`).
   */
  private isNeverEventType(type: TSESTree.TypeNode, depth: number): boolean {
    // Unions nest only through parentheses; the bound is a guard, no alias is followed
    if (depth > MAX_TYPE_ALIAS_HOPS) return false;
    if (type.type === AST_NODE_TYPES.TSFunctionType || type.type === AST_NODE_TYPES.TSConstructorType) return true;
    if (type.type === AST_NODE_TYPES.TSUnionType) {
      return everyValueMember(type, (member) => this.isNeverEventType(member, depth + 1));
    }
    return (
      type.type === AST_NODE_TYPES.TSTypeReference &&
      type.typeName.type === AST_NODE_TYPES.Identifier &&
      NEVER_EVENT_GLOBAL_TYPES.has(type.typeName.name) &&
      isGlobalIdentifier(type.typeName, this.sourceCode)
    );
  }

  /**
   * A declared return type no promise can have: primitives, literals, object, array and function types, an
   * `aws-lambda` type, a local interface, a local alias of one of these. Not `void`, `any`, `unknown`, nor a type
   * imported from elsewhere (it may be a promise's alias).
   */
  private isNonPromiseType(type: TSESTree.TypeNode, hops: number): boolean {
    if (hops > MAX_TYPE_ALIAS_HOPS) return false;
    if (NON_PROMISE_TYPE_NODES.has(type.type)) return true;
    if (type.type === AST_NODE_TYPES.TSUnionType) {
      return everyValueMember(type, (member) => this.isNonPromiseType(member, hops + 1));
    }
    if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
    if (this.awsLambdaTypeName(type) !== null) return true;
    const local = localTypeDeclaration(type, this.sourceCode);
    if (local?.type === AST_NODE_TYPES.TSInterfaceDeclaration) return local.extends.length === 0;
    return local !== null && this.isNonPromiseType(local.typeAnnotation, hops + 1);
  }

  /**
   * Is the exported binding handed to the DOM in this file: the value of a JSX `on…` attribute, or the listener of
   * `addEventListener(…)`? Lambda never calls such a function (JSX and DOM listeners only run in a browser).
   */
  private isDomEventHandler(candidate: ExportCandidate): boolean {
    const text = this.sourceCode.text;
    if (!text.includes('addEventListener') && !text.includes('={')) return false;
    const names = [candidate.reportNode, candidate.value].filter(
      (node): node is TSESTree.Identifier => node?.type === AST_NODE_TYPES.Identifier,
    );
    for (const name of names) {
      const variable = findVariableOf(name, this.sourceCode);
      if (variable === null) continue;
      for (const reference of variable.references) {
        const use = reference.identifier as TSESTree.Node;
        const parent = use.parent;
        if (parent?.type === AST_NODE_TYPES.JSXExpressionContainer) {
          const attribute = parent.parent;
          if (attribute?.type === AST_NODE_TYPES.JSXAttribute && attribute.name.type === AST_NODE_TYPES.JSXIdentifier) {
            if (/^on[A-Z]/u.test(attribute.name.name)) return true;
          }
        }
        if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[1] === use) {
          const callee = skipTypeWrappers(parent.callee);
          const method = callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : null;
          if (method === 'addEventListener') return true;
        }
      }
    }
    return false;
  }

  private nameLoc(node: TSESTree.Node): TSESTree.SourceLocation {
    const first = this.sourceCode.getFirstToken(node);
    if (first === null) return node.loc;
    if (node.type === AST_NODE_TYPES.Identifier) return first.loc;
    // `export default` / `export =`
    if (node.type === AST_NODE_TYPES.ExportDefaultDeclaration || node.type === AST_NODE_TYPES.TSExportAssignment) {
      const second = this.sourceCode.getTokenAfter(first);
      return second === null ? first.loc : { start: first.loc.start, end: second.loc.end };
    }
    return node.loc;
  }

  /** The handler shape of `start`, or null when it is not one. Iterative over hops, bounded. */
  resolveValue(start: TSESTree.Node): Resolved | null {
    const state = {
      wrappers: [] as TSESTree.CallExpression[],
      typed: false,
      unknownWrapper: false,
      middleware: false,
      payload: false,
      eventSecond: false,
      behindMiddy: false,
    };
    const resolved = this.walkValue(start, state);
    if (resolved !== null && state.behindMiddy) resolved.behindMiddy = true;
    // A known wrapper around something we cannot see (`middy(importedFn)`) is a handler whose body is elsewhere
    // (not so behind a wrapper we do not know: `withX(makeHandler())` is not provably one).
    if (resolved === null && state.wrappers.length > 0 && !state.unknownWrapper) {
      const behindMiddy = state.behindMiddy;
      return { fn: null, opaque: true, wrappers: state.wrappers, decorators: [], typed: state.typed, behindMiddy };
    }
    return resolved;
  }

  private walkValue(
    start: TSESTree.Node,
    state: {
      wrappers: TSESTree.CallExpression[];
      typed: boolean;
      unknownWrapper: boolean;
      middleware: boolean;
      payload: boolean;
      eventSecond: boolean;
      behindMiddy: boolean;
    },
  ): Resolved | null {
    const wrappers = state.wrappers;
    let typed = false;
    let current: TSESTree.Node | null = start;
    // At most MAX_HOPS nodes: a short array, no Set for the one or two hops of most exports
    const seen: TSESTree.Node[] = [];
    for (let hop = 0; hop < MAX_HOPS && current !== null; hop++) {
      // `(async (e) => …) satisfies Handler`
      typed ||= this.typedByAssertion(current);
      state.typed = typed;
      const node = skipTypeWrappers(current);
      if (seen.includes(node)) return null;
      seen.push(node);
      if (isFunctionLike(node)) {
        // Behind a wrapper we do not know, or after middleware, the function is the handler's code but the wrapper
        // may log for it
        const opaque = state.unknownWrapper || state.middleware;
        return {
          fn: node,
          opaque,
          wrappers,
          decorators: [],
          typed,
          payload: state.payload,
          eventSecond: state.eventSecond,
        };
      }
      switch (node.type) {
        case AST_NODE_TYPES.Identifier: {
          // `export { handler } from './impl'`: another module's export, under a handler name there
          if (hop === 0 && isReExportedHandler(node, this.handlerNames)) {
            return { fn: null, opaque: true, wrappers, decorators: [], typed };
          }
          // `export const handler = handle` with `handle` imported: the function of another module
          if (hop === 0 && this.isOtherModuleFunction(node)) {
            return { fn: null, opaque: true, wrappers, decorators: [], typed };
          }
          const variable = findVariableOf(node, this.sourceCode);
          if (variable === null || variable.defs.length !== 1) return null;
          const def = variable.defs[0]!;
          if (def.type === 'FunctionName' && def.node.type === AST_NODE_TYPES.FunctionDeclaration) {
            current = def.node;
            continue;
          }
          const declarator = onceBoundDeclarator(variable);
          if (declarator === null || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
          const annotation = declarator.id.typeAnnotation?.typeAnnotation;
          if (annotation !== undefined && this.isHandlerType(annotation)) typed = state.typed = true;
          current = declarator.init;
          continue;
        }
        case AST_NODE_TYPES.CallExpression: {
          const step = this.unwrapCall(node, wrappers);
          if (step === null) {
            // `kh.processKinesisEvent.bind(kh)`: a method of another module's object, bound
            if (hop === 0 && this.bindsOtherModuleFunction(node)) {
              return { fn: null, opaque: true, wrappers, decorators: [], typed };
            }
            // `withErrors(async (event) => …)`, `baseHandler(createTask)`: a function of the file handed to a
            // wrapper we do not know
            // `makeHandler({ table })`, `withTiming(impl)`: a function of the file that returns the handler (what
            // Lambda calls is the function it returns, whatever it is given), or a known wrapper's chain around it
            // (`newHandler(deps)` returning `middy(async (event) => …).use(…)`: the chain is walked next)
            const made = this.madeByFactory(node);
            if (made !== null) {
              current = made;
              continue;
            }
            const inner = this.unknownWrapperArgument(node);
            if (inner === null) return null;
            // `export const main = withAuth(update)` with `const update: APIGatewayProxyHandler = …`: the type
            // evidence is on the function handed to the wrapper
            if (!typed && this.passesTypedHandler(node, inner)) typed = state.typed = true;
            // `export const main = middyfy(hello)`: the project's own middy wrapper (`middy(handler).use(…)`), the
            // Serverless Framework TypeScript template's shape
            if (MIDDY_WRAPPER_NAME.test(getCalleeName(node) ?? '')) state.behindMiddy = true;
            wrappers.push(node);
            state.unknownWrapper = true;
            current = inner;
            continue;
          }
          if (step === 'opaque') return { fn: null, opaque: true, wrappers, decorators: [], typed };
          if (step.kind === 'inner') {
            if (step.inner === null) return { fn: null, opaque: true, wrappers, decorators: [], typed };
            state.middleware ||= step.opaque === true;
            state.payload ||= step.payload === true;
            state.eventSecond ||= step.eventSecond === true;
            state.behindMiddy ||= step.middy === true;
            current = step.inner;
            continue;
          }
          // `inst.handler.bind(inst)`
          return { ...step.method, wrappers, typed: typed || step.method.typed };
        }
        case AST_NODE_TYPES.MemberExpression: {
          // `new X().handler`, `inst.handler`, `X.handler` (static)
          const method = this.classMethod(node);
          if (method !== null) return { ...method, wrappers, typed: typed || method.typed };
          // `handlers.handler` with `const handlers = { handler: async (event) => … }`
          current = objectMemberInitializer(node, this.sourceCode);
          if (current === null && hop === 0 && this.isOtherModuleFunction(node)) {
            return { fn: null, opaque: true, wrappers, decorators: [], typed };
          }
          continue;
        }
        case AST_NODE_TYPES.ChainExpression:
          current = node.expression;
          continue;
        default:
          return null;
      }
    }
    return null;
  }

  /**
   * Is `candidate` an export the service config names as a handler of this file whose value is, through names bound
   * once, a call of an imported function (`export const api = createLambdaHandler(contract, router)`, `const h =
   * lib.make(app); module.exports.api = h`)? The config says Lambda calls it; the function is another module's.
   */
  private isConfiguredImportedCall(candidate: ExportCandidate): boolean {
    if (!this.configured.has(candidate.exportName)) return false;
    let current = candidate.value;
    for (let hop = 0; hop < MAX_HOPS && current !== null; hop++) {
      const node = skipTypeWrappers(current);
      if (node.type === AST_NODE_TYPES.CallExpression) return resolveCallee(node, this.sourceCode) !== null;
      current = node.type === AST_NODE_TYPES.Identifier ? boundInitializer(node, this.sourceCode) : null;
    }
    return false;
  }

  /**
   * The export's value, as written, is another module's handler: an import of one (`import { handler } from
   * './impl'`, `const { handler } = require('./impl')`) or a member of one (`lib.handler`, `require('./impl').handler`)
   * exported under a handler name (`handler`, `…Handler`, a configured one), not of a JSON file. Lambda runs that
   * function; this module is still the one it loads, so its own top-level code runs there. (Another name, `Users.get`
   * in a route table, a logger's method, a configuration value, is not known to be one.)
   */
  private isOtherModuleFunction(node: TSESTree.Identifier | TSESTree.MemberExpression): boolean {
    const ref = resolveModuleRef(node, this.sourceCode);
    const exported = ref?.path.at(-1);
    return (
      ref !== null &&
      exported !== undefined &&
      !ref.module.endsWith('.json') &&
      namesHandlerExport(exported, this.handlerNames)
    );
  }

  /**
   * `lib.handler.bind(lib)`, or a method of an instance of an imported class named for handling events
   * (`kh.processKinesisEvent.bind(kh)` with `const kh = new KinesisHandler()`), bound.
   */
  private bindsOtherModuleFunction(call: TSESTree.CallExpression): boolean {
    const callee = skipTypeWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'bind') return false;
    const bound = skipTypeWrappers(callee.object);
    if (bound.type !== AST_NODE_TYPES.Identifier && bound.type !== AST_NODE_TYPES.MemberExpression) return false;
    if (this.isOtherModuleFunction(bound)) return true;
    if (bound.type !== AST_NODE_TYPES.MemberExpression) return false;
    const method = getPropertyName(bound);
    return (
      method !== null &&
      EVENT_HANDLING_METHOD.test(method) &&
      resolveInstance(bound.object, this.sourceCode) !== null
    );
  }

  /**
   * What a call of an unknown wrapper is given as the handler: the one function among its arguments (written there,
   * or a name bound once to a function of the file; a factory's returned function) whose first parameter is the
   * event by its name (`event`, `evt`, `e`, `…Event`) or its `aws-lambda` type; or, with no function argument, a
   * call in first position (wrappers nested: `a(b(async (event) => …))`). Null otherwise: `withDb(async (db) =>
   * …)`, `compose(respond, parse)`, `debounce(() => …)`, `makeHandler(deps)`.
   */
  private unknownWrapperArgument(call: TSESTree.CallExpression): TSESTree.Node | null {
    let found: FunctionLike | null = null;
    let functions = 0;
    for (const argument of call.arguments) {
      if (argument.type === AST_NODE_TYPES.SpreadElement) continue;
      const fn = functionOf(argument, this.sourceCode);
      if (fn === null) continue;
      functions++;
      const handler = returnedHandler(fn);
      // `middyfy(listHandler)` with `const listHandler: APIGatewayProxyHandler = async () => …`: typed as a handler,
      // whatever parameters it declares
      const typedHandler = handler === fn && this.passesTypedHandler(call, fn);
      // `middyfy(async ({ body: { orderId } }) => …)`: a middy wrapper's argument is the handler, its event
      // destructured in place
      const middyHandler = destructuresFirst(handler) && MIDDY_WRAPPER_NAME.test(getCalleeName(call) ?? '');
      if (!typedHandler && !middyHandler && !this.takesEventFirst(handler)) continue;
      if (found !== null) return null;
      found = handler;
    }
    if (found !== null || functions > 0) return found;
    const first = call.arguments[0];
    return first !== undefined && skipTypeWrappers(first).type === AST_NODE_TYPES.CallExpression ? first : null;
  }

  /** Is `inner` handed to `call` as a name bound to it with a handler type (`const update: Handler = …`)? */
  private passesTypedHandler(call: TSESTree.CallExpression, inner: TSESTree.Node): boolean {
    for (const argument of call.arguments) {
      if (argument.type !== AST_NODE_TYPES.Identifier) continue;
      const variable = findVariableOf(argument, this.sourceCode);
      const declarator = variable === null ? null : onceBoundDeclarator(variable);
      if (declarator?.init == null || declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
      if (skipTypeWrappers(declarator.init) !== skipTypeWrappers(inner)) continue;
      const annotation = declarator.id.typeAnnotation?.typeAnnotation;
      if (annotation !== undefined && this.isHandlerType(annotation)) return true;
    }
    return false;
  }

  /**
   * The handler a call of a function of the file returns (`getHandler({ detect, store })` with `const getHandler =
   * (deps) => async (event) => …`, set-up statements allowed), when it takes the event first or no parameter; or the
   * call of a known wrapper it returns around the handler (`const newHandler = (deps) => middy(async (event) =>
   * …).use(…)`, also through a name bound to it, `const wrapped = middy(fn); return wrapped`): what the wrapper
   * wraps is the handler whatever its parameters say (middy hands it the event). Null otherwise.
   */
  private madeByFactory(call: TSESTree.CallExpression): TSESTree.Node | null {
    // `(() => { …; return async (event) => … })()`: a factory called where it is written, or one of the file's
    const factory = functionOf(call.callee, this.sourceCode);
    if (factory === null) return null;
    const made = returnedHandler(factory);
    // `(getLabels) => async () => …`: a handler that reads no event (a schedule's) takes no parameter at all
    if (made !== factory) return this.takesEventFirst(made) || functionParams(made).length === 0 ? made : null;
    const returned = returnedExpression(factory);
    return returned === null ? null : this.knownWrapperCall(returned);
  }

  /**
   * `value` (or the name it is bound to once) as a call of a known wrapper (a middy chain, Sentry's `wrapHandler`, a
   * `handlerWrappers` entry, …) around something it is handed; null otherwise.
   */
  private knownWrapperCall(value: TSESTree.Node): TSESTree.CallExpression | null {
    let node = skipTypeWrappers(value);
    if (node.type === AST_NODE_TYPES.Identifier) {
      const bound = boundInitializer(node, this.sourceCode);
      if (bound === null) return null;
      node = skipTypeWrappers(bound);
    }
    if (node.type !== AST_NODE_TYPES.CallExpression) return null;
    const step = this.unwrapCall(node, []);
    return step !== null && step !== 'opaque' && step.kind === 'inner' && step.inner !== null ? node : null;
  }

  /**
   * The first parameter is the Lambda event: by its `aws-lambda` type or an `aws-lambda` `Context` after it
   * (`hasLambdaParams`), or by its name (`event`, `evt`, `e`, `ev`) when its type, if any, is the project's own
   * (declared in the file or imported from a relative path): `(e: MouseEvent) => …` is a browser's.
   */
  private takesEventFirst(fn: FunctionLike): boolean {
    const first = functionParams(fn)[0];
    const name = first?.type === AST_NODE_TYPES.AssignmentPattern ? first.left : first;
    // `async ({ body }: APIGatewayProxyEvent) => …`: destructured, typed as an event
    if (name?.type === AST_NODE_TYPES.ObjectPattern) {
      return this.awsLambdaTypeName(parameterType(first))?.endsWith('Event') === true || this.hasLambdaParams(fn);
    }
    if (name?.type !== AST_NODE_TYPES.Identifier) return false;
    const type = parameterType(first);
    if (this.awsLambdaTypeName(type)?.endsWith('Event') === true || this.hasLambdaParams(fn)) return true;
    return EVENT_PARAMETER_NAMES.has(bareName(name.name)) && (type === undefined || this.isOwnType(type));
  }

  /**
   * The first parameter's type (or a type parameter's constraint) names a type of a web framework or Node's HTTP
   * server: the function serves requests there, not Lambda events.
   */
  private takesWebRequest(fn: FunctionLike): boolean {
    const roots: TSESTree.Node[] = [];
    const first = functionParams(fn)[0];
    const type = parameterType(first);
    if (type !== undefined && this.takesFrameworkContext(first!, type, fn)) return true;
    if (type !== undefined) roots.push(type);
    if (fn.typeParameters) roots.push(fn.typeParameters);
    // `export const handler: Handler = async (req, res, next) => …` with express's `Handler`: the type the function
    // is declared with
    const declared = declaredType(fn);
    if (declared !== undefined) roots.push(declared);
    if (roots.length === 0) return false;
    // The type itself, the members of a union or intersection, and a type parameter's constraint: not the types of
    // its properties (`{ headers: IncomingHttpHeaders }` is an event shape)
    const stack = roots;
    for (let budget = 0; stack.length > 0 && budget < MAX_TYPE_NODES; budget++) {
      const node = stack.pop()!;
      switch (node.type) {
        case AST_NODE_TYPES.TSTypeParameterDeclaration:
          stack.push(...node.params);
          break;
        case AST_NODE_TYPES.TSTypeParameter:
          if (node.constraint) stack.push(node.constraint);
          break;
        case AST_NODE_TYPES.TSUnionType:
        case AST_NODE_TYPES.TSIntersectionType:
          stack.push(...node.types);
          break;
        case AST_NODE_TYPES.TSTypeReference: {
          const module = typeNameRef(node.typeName, this.sourceCode)?.module;
          // discord.js re-exports the raw API's payload types (`APIInteraction`), which a Lambda worker may take
          const raw = module === 'discord.js' && typeNameText(node.typeName).startsWith('API');
          if (module !== undefined && WEB_FRAMEWORK_MODULES.has(module) && !raw) return true;
          // A bot framework's own context (`Context` of telegraf or grammY, Bolt's `…MiddlewareArgs`), not its raw
          // updates (`Update`, `SlashCommand`), which a Lambda worker may take
          const botContext = module === undefined ? undefined : BOT_CONTEXT_TYPES.get(module);
          if (botContext !== undefined && botContext.test(typeNameText(node.typeName))) return true;
          break;
        }
        default:
          break;
      }
    }
    return false;
  }

  /**
   * `handler(context: AppContext)`: the first parameter is named a context (`context`, `ctx`) and typed with a type
   * so named that is not `aws-lambda`'s (nor a local alias of one of its types): a framework's request context
   * (Lambda passes the event first, its own `Context` second). Not with Lambda's `Context` second: then the first is
   * the event, whatever its type is named; nor a union.
   */
  private takesFrameworkContext(param: TSESTree.Parameter, type: TSESTree.TypeNode, fn: FunctionLike): boolean {
    const name = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
    if (name.type !== AST_NODE_TYPES.Identifier || !CONTEXT_PARAMETER_NAMES.has(bareName(name.name))) return false;
    if (type.type !== AST_NODE_TYPES.TSTypeReference || !FRAMEWORK_CONTEXT_TYPE.test(typeNameText(type.typeName))) {
      return false;
    }
    if (this.awsLambdaTypeName(type) !== null) return false;
    if (isAwsLambdaModule(typeNameRef(type.typeName, this.sourceCode)?.module)) return false;
    // `type ResolverContext = AppSyncResolverEvent<…>`: a local alias of an `aws-lambda` event
    const local = localTypeDeclaration(type, this.sourceCode);
    const aliased = local?.type === AST_NODE_TYPES.TSTypeAliasDeclaration ? local.typeAnnotation : undefined;
    if (this.awsLambdaTypeName(aliased) !== null) return false;
    if (this.awsLambdaTypeName(parameterType(functionParams(fn)[1])) === 'Context') return false;
    // It answers through it, as a framework's context does (`context.render(…)`, `c.json(…)`); a Step Functions
    // task's state named `context` is data
    return (
      answersThroughSecondParameter(fn, name, this.sourceCode, CONTEXT_RESPONSE_METHODS) ||
      setsContextResponse(fn, name, this.sourceCode)
    );
  }

  /** The first parameter is typed `aws-lambda`'s `CloudFrontFunctionsEvent`. */
  private takesCloudFrontFunctionsEvent(fn: FunctionLike): boolean {
    return this.awsLambdaTypeName(parameterType(functionParams(fn)[0])) === 'CloudFrontFunctionsEvent';
  }

  /** `any`, `unknown`, or a type the project declares: in this file, or imported from a relative path. */
  private isOwnType(type: TSESTree.TypeNode): boolean {
    if (type.type === AST_NODE_TYPES.TSAnyKeyword || type.type === AST_NODE_TYPES.TSUnknownKeyword) return true;
    if (type.type === AST_NODE_TYPES.TSTypeLiteral) return true;
    if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
    if (localTypeDeclaration(type, this.sourceCode) !== null) return true;
    return typeNameRef(type.typeName, this.sourceCode)?.module.startsWith('.') === true;
  }

  /**
   * One wrapper layer. `inner` is the wrapped function expression (null when the wrapper has none we can see);
   * 'opaque' for a framework adapter; `method` for a bound class method; null when the call is not a known wrapper.
   */
  private unwrapCall(
    call: TSESTree.CallExpression,
    wrappers: TSESTree.CallExpression[],
  ):
    | InnerStep
    | { kind: 'method'; method: Omit<Resolved, 'wrappers'> }
    | 'opaque'
    | null {
    // Powertools: `handlerClass.handler.bind(handlerClass)`
    const callee = skipTypeWrappers(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === 'bind') {
      const target = skipTypeWrappers(callee.object);
      if (target.type === AST_NODE_TYPES.MemberExpression) {
        const method = this.classMethod(target);
        if (method !== null) return { kind: 'method', method };
      }
    }

    // middy: `middy(fn).use(…)`, `middy().use(…).handler(fn)`, `middy({ … }).handler(fn)`
    const middy = this.middyChain(call);
    if (middy !== null) {
      wrappers.push(...middy.calls);
      return { kind: 'inner', inner: middy.inner, middy: middy.lambdaOnly };
    }

    if (makesFrameworkAdapterHandler(call, this.sourceCode)) {
      wrappers.push(call);
      return 'opaque';
    }
    const ref = resolveCallee(call, this.sourceCode);
    const firstArgument = call.arguments[0];
    const inner =
      firstArgument === undefined || firstArgument.type === AST_NODE_TYPES.SpreadElement ? null : firstArgument;
    const architect = ref !== null && ref.module === ARCHITECT_MODULE ? architectStep(ref, call) : null;
    if (architect !== null) {
      wrappers.push(call);
      return architect;
    }
    const sstBus =
      ref === null
        ? null
        : ref.module === SST_BUS_MODULE
          ? sstBusStep(ref, call)
          : ref.module === SST_V2_BUS_MODULE
            ? sstV2EventHandlerStep(ref, call)
            : null;
    if (sstBus !== null) {
      wrappers.push(call);
      return sstBus;
    }
    const wrappedAt = ref === null ? -1 : this.knownWrapperArgument(ref);
    if (wrappedAt !== -1) {
      wrappers.push(call);
      const argument = call.arguments[wrappedAt];
      const wrapped = argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement ? null : argument;
      return { kind: 'inner', inner: wrapped };
    }
    if (isStreamifyCall(call, this.sourceCode)) {
      wrappers.push(call);
      return { kind: 'inner', inner };
    }
    // settings['lambda-guard'].handlerWrappers: by callee name, `w(fn)` (and as a builder, `w(options).handler(fn)`,
    // through the chain above); also configured first, `w(options)(fn)`
    const configured = this.settings.handlerWrappers;
    if (configured.length === 0) return null;
    if (isConfiguredWrapper(call, configured)) {
      wrappers.push(call);
      return { kind: 'inner', inner };
    }
    if (callee.type === AST_NODE_TYPES.CallExpression) {
      if (isConfiguredWrapper(callee, configured)) {
        wrappers.push(call, callee);
        return { kind: 'inner', inner };
      }
    }
    return null;
  }

  /**
   * Where a middy-style chain (`.use(…)`, `.handler(fn)`) starts: `middy(fn?)`, a known wrapper that returns a middy
   * instance (DAZN's patterns), or, under a chained call, a wrapper named in `handlerWrappers` (alone, `w(x)` is
   * unwrapped by `unwrapCall`). The position of the handler argument, else -1.
   */
  private chainBaseArgument(call: TSESTree.CallExpression, chained: boolean): number {
    const ref = resolveCallee(call, this.sourceCode);
    if (ref !== null) {
      // `middy(fn)`, and through a namespace import or `require`, `middy.default(fn)`
      if (MIDDY_MODULES.has(ref.module)) return isModuleDefault(ref) ? 0 : -1;
      if (DAZN_BASIC_PATTERN_MODULES.has(ref.module) || DAZN_OBFUSCATE_PATTERN_MODULES.has(ref.module)) {
        return this.knownWrapperArgument(ref);
      }
    }
    if (!chained) return -1;
    return isConfiguredWrapper(call, this.settings.handlerWrappers) ? 0 : -1;
  }

  /** The argument position of the handler when `ref` is a known wrapper, else -1. */
  private knownWrapperArgument(ref: ModuleRef): number {
    const last = ref.path[ref.path.length - 1];
    if (SENTRY_MODULES.has(ref.module)) return last === 'wrapHandler' ? 0 : -1;
    if (ref.module === 'datadog-lambda-js') return ref.path.length === 1 && last === 'datadog' ? 0 : -1;
    if (ref.module === POWERTOOLS_IDEMPOTENCY_MODULE) {
      return ref.path.length === 1 && last === 'makeIdempotent' ? 0 : -1;
    }
    // DAZN Lambda Powertools' middy bundles: `wrap(fn)`, `obfuscaterPattern(filters, fn)`
    if (DAZN_BASIC_PATTERN_MODULES.has(ref.module)) return isModuleDefault(ref) ? 0 : -1;
    if (DAZN_OBFUSCATE_PATTERN_MODULES.has(ref.module)) {
      return ref.path.length === 1 && last === 'obfuscaterPattern' ? 1 : -1;
    }
    return -1;
  }

  /** The calls of a middy chain, outermost first, and the handler function passed to it. */
  private middyChain(
    outer: TSESTree.CallExpression,
  ): { calls: TSESTree.CallExpression[]; inner: TSESTree.Node | null; lambdaOnly: boolean } | null {
    const calls: TSESTree.CallExpression[] = [];
    let inner: TSESTree.Node | null = null;
    let current: TSESTree.Node = outer;
    let names = 0;
    for (let guard = 0; guard < 10_000; guard++) {
      current = skipTypeWrappers(current);
      // A chain continued on a name (`const base = middy(fn).use(a()); export const handler = base.use(b())`): the
      // chain the const holds, when it is bound once
      if (current.type === AST_NODE_TYPES.Identifier && calls.length > 0 && names++ < MAX_CHAIN_NAMES) {
        const bound = boundInitializer(current, this.sourceCode);
        if (bound === null) return null;
        current = bound;
        continue;
      }
      if (current.type !== AST_NODE_TYPES.CallExpression) return null;
      calls.push(current);
      const callee = skipTypeWrappers(current.callee);
      const argument = current.arguments[0];
      const method =
        callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed ? getPropertyName(callee) : null;
      if (method !== null && MIDDY_CHAIN_METHODS.has(method)) {
        // Walking from the outside in, the first `.handler(fn)` seen is the last one called: it wins.
        if (method === 'handler' && inner === null && argument !== undefined) {
          inner = argument.type === AST_NODE_TYPES.SpreadElement ? null : argument;
        }
        current = (callee as TSESTree.MemberExpression).object;
        continue;
      }
      // The chain's base: `middy(fn)`, also a member (`middy.default(fn)` through a namespace import)
      const at = this.chainBaseArgument(current, calls.length > 1);
      if (at === -1) return null;
      const wrapped = current.arguments[at];
      if (inner === null && wrapped !== undefined && wrapped.type !== AST_NODE_TYPES.SpreadElement) {
        // `middy({ timeoutEarlyInMillis })`: options, not a handler
        if (skipTypeWrappers(wrapped).type !== AST_NODE_TYPES.ObjectExpression) inner = wrapped;
      }
      // A chain on a configured wrapper (`bundle(options).handler(fn)`) may be anything's: not Lambda by itself
      return { calls, inner, lambdaOnly: this.isMiddyModuleCall(current) };
    }
    return null;
  }

  /** `middy(…)` from `@middy/core` (or the old `middy`). */
  private isMiddyModuleCall(call: TSESTree.CallExpression): boolean {
    const module = resolveCallee(call, this.sourceCode)?.module;
    return module !== undefined && MIDDY_MODULES.has(module);
  }

  /** `new X().m`, `inst.m` (inst = new X()), `X.m` (static) where X is a class of this file: the method. */
  private classMethod(member: TSESTree.MemberExpression): Omit<Resolved, 'wrappers'> | null {
    const name = getPropertyName(member);
    if (name === null) return null;
    let object = skipTypeWrappers(member.object);
    let isStatic = true;
    if (object.type === AST_NODE_TYPES.Identifier) {
      const variable = findVariableOf(object, this.sourceCode);
      const declarator = variable === null ? null : onceBoundDeclarator(variable);
      if (declarator?.init && declarator.id.type === AST_NODE_TYPES.Identifier) {
        const init = skipTypeWrappers(declarator.init);
        if (init.type === AST_NODE_TYPES.NewExpression) object = init;
      }
    }
    if (object.type === AST_NODE_TYPES.NewExpression) {
      isStatic = false;
      object = skipTypeWrappers(object.callee);
    }
    const classNode = this.localClass(object);
    if (classNode === null) return null;
    for (const element of classNode.body.body) {
      if (
        (element.type !== AST_NODE_TYPES.MethodDefinition && element.type !== AST_NODE_TYPES.PropertyDefinition) ||
        element.static !== isStatic ||
        getPropertyName(element) !== name
      ) {
        continue;
      }
      if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind !== 'method') continue;
      const value = element.value === null ? null : skipTypeWrappers(element.value);
      if (!isFunctionLike(value)) continue;
      return {
        fn: value,
        opaque: false,
        decorators: [...((element.decorators as TSESTree.Decorator[] | undefined) ?? [])],
        typed: this.implementsLambdaInterface(classNode),
      };
    }
    return null;
  }

  private localClass(node: TSESTree.Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | null {
    if (node.type === AST_NODE_TYPES.ClassExpression) return node;
    if (node.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = findVariableOf(node, this.sourceCode);
    if (variable === null) return null;
    const def = variable.defs.find((candidate) => candidate.type === 'ClassName');
    if (def?.node.type === AST_NODE_TYPES.ClassDeclaration) return def.node;
    const declarator = onceBoundDeclarator(variable);
    const init = declarator?.init ? skipTypeWrappers(declarator.init) : null;
    return init?.type === AST_NODE_TYPES.ClassExpression ? init : null;
  }

  private implementsLambdaInterface(classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression): boolean {
    // espree has no `implements` (nor `decorators`) arrays: TypeScript-only fields may be missing
    for (const clause of (classNode.implements as TSESTree.TSClassImplements[] | undefined) ?? []) {
      const ref = typeNameRef(clause.expression, this.sourceCode);
      if (ref?.module.startsWith('@aws-lambda-powertools/commons') && ref.path.join('.') === 'LambdaInterface') {
        return true;
      }
    }
    return false;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Type evidence (TypeScript only; plain JS has none)

  private typedByAssertion(node: TSESTree.Node): boolean {
    if (node.type !== AST_NODE_TYPES.TSSatisfiesExpression && node.type !== AST_NODE_TYPES.TSAsExpression) {
      return false;
    }
    return this.isHandlerType(node.typeAnnotation);
  }

  /**
   * `Handler`, `APIGatewayProxyHandler`, `APIGatewayProxyHandlerV2WithJWTAuthorizer`, `lambda.SQSHandler<…>`, unions
   * of them, from `aws-lambda` (every export of it that spells `Handler` is a handler function type), or Pulumi's
   * that stand for one (`aws.lambda.Callback`, `aws.s3.BucketEventHandler`).
   */
  private isHandlerType(type: TSESTree.TypeNode, hops = 0): boolean {
    if (hops > MAX_TYPE_ALIAS_HOPS) return false;
    if (type.type === AST_NODE_TYPES.TSUnionType || type.type === AST_NODE_TYPES.TSIntersectionType) {
      return type.types.some((member) => this.isHandlerType(member, hops + 1));
    }
    if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
    const name = this.awsLambdaTypeName(type);
    if (name !== null) return name.includes('Handler');
    // `type Consumer = Handler<SQSEvent>`: a local alias of one (each alias worked out once: aliases of unions of
    // aliases would otherwise be walked once per path)
    const local = localTypeDeclaration(type, this.sourceCode);
    if (local?.type !== AST_NODE_TYPES.TSTypeAliasDeclaration) return false;
    const known = this.aliasIsHandlerType.get(local);
    if (known !== undefined) return known;
    this.aliasIsHandlerType.set(local, false);
    const result = this.isHandlerType(local.typeAnnotation, hops + 1);
    this.aliasIsHandlerType.set(local, result);
    return result;
  }

  /**
   * The `aws-lambda` export a type reference names (`APIGatewayProxyEvent`), or the one a Pulumi Lambda type stands
   * for (`aws.s3.BucketEvent` → `S3Event`, `aws.lambda.Context` → `Context`: see `pulumiLambdaTypeName`), or null.
   */
  private awsLambdaTypeName(type: TSESTree.TypeNode | undefined): string | null {
    if (type?.type !== AST_NODE_TYPES.TSTypeReference) return null;
    // Each candidate's parameter types are asked about by several checks: resolved once
    let name = this.lambdaTypeNames.get(type);
    if (name === undefined) {
      name = awsLambdaTypeNameOf(type, this.sourceCode, true);
      this.lambdaTypeNames.set(type, name);
    }
    return name;
  }

  /**
   * The first parameter has an `aws-lambda` event type: `SQSEvent`, `APIGatewayProxyEventV2`, not a part of one
   * (`S3EventRecord`, `APIGatewayEventRequestContextV2`).
   */
  private takesLambdaEvent(fn: FunctionLike): boolean {
    const eventType = this.awsLambdaTypeName(parameterType(functionParams(fn)[0]));
    if (eventType === null || !LAMBDA_EVENT_TYPE.test(eventType)) return false;
    // `CloudWatchLogsLogEvent`: one line of the logs an event carries
    if (LAMBDA_EVENT_PART_TYPE.test(eventType)) return false;
    // `messageHandler(event): string`: a helper that reads the event (Lambda takes objects, promises or nothing)
    const returnType = fn.returnType?.typeAnnotation.type;
    return returnType === undefined || !PRIMITIVE_RETURN_TYPES.has(returnType);
  }

  /**
   * A function taking a whole event that reads like a util of the handler's rather than the handler: a declared
   * return type Lambda has no use for (anything but `void`, an `aws-lambda` type, an object type, or a promise of
   * one of these or of `any`: `getUserId(event): string`, `parseBody(event): Promise<Order>`), or a synchronous
   * function (not `async`, no callback, no declared promise) that returns a value (`parseBody(event) { return
   * JSON.parse(…) }`).
   */
  private mayBeEventUtil(fn: FunctionLike): boolean {
    const returnType = fn.returnType?.typeAnnotation;
    if (returnType !== undefined) {
      const promised = promisedType(returnType);
      // `Promise<any>`: a promise of anything says nothing of what it is for (a util returns what it computes)
      const anything =
        promised?.type === AST_NODE_TYPES.TSAnyKeyword || promised?.type === AST_NODE_TYPES.TSUnknownKeyword;
      if (!anything && !this.isHandlerResultType(promised ?? returnType, 0)) return true;
      if (promised !== null) return false;
    }
    if (fn.async || fn.generator || functionParams(fn).length >= 3) return false;
    const returned = returnedExpressions(fn);
    return returned === null || returned.some((value) => value !== null);
  }

  /**
   * Does the file use the function besides exporting it: call it (`await handleRegeneration(event)` in a dispatcher),
   * or hand it to another export (`export const handler = bundle(…).handler(generateReport)`)? Then it is a step of
   * another function, not an entry point. References inside the export's own statement (`export const main =
   * wrap(handler)`, `module.exports = { main }`) and inside the function (a retry) are the export's.
   */
  private isUsedInFile(fn: FunctionLike, candidate: ExportCandidate): boolean {
    const name = functionBindingName(fn);
    const variable = name === null ? null : findVariableOf(name, this.sourceCode);
    if (variable === null) return false;
    const statement = topLevelStatementOf(candidate.reportNode);
    return variable.references.some((reference) => {
      const identifier = reference.identifier as TSESTree.Node;
      const [start, end] = identifier.range;
      const within = (node: TSESTree.Node): boolean => node.range[0] <= start && end <= node.range[1];
      // `typeof main` in a type, `export { main }`, `export default main`: no use, the export's type or another name
      const parent = identifier.parent;
      const exportsOrTypes =
        parent?.type === AST_NODE_TYPES.TSTypeQuery ||
        parent?.type === AST_NODE_TYPES.ExportSpecifier ||
        parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration;
      return identifier !== name && !exportsOrTypes && !within(statement) && !within(fn);
    });
  }

  /** The calls `name(…)` of the name `fn` is bound to (`function name`, `const name = …`) in the file. */
  private callsOfBinding(fn: FunctionLike): TSESTree.CallExpression[] {
    const name = functionBindingName(fn);
    const variable = name === null ? null : findVariableOf(name, this.sourceCode);
    const calls: TSESTree.CallExpression[] = [];
    for (const reference of variable?.references ?? []) {
      const call = reference.identifier.parent;
      if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === reference.identifier) calls.push(call);
    }
    return calls;
  }

  /**
   * Is `fn` called by a function of the file named as a handler (`handler` calling `handleRequest(event)`)? Not by
   * another function (two deployed handlers, one reusing the other), nor at the top of the module (a local run), nor
   * merely mentioned (`{ authorize }` in an object exported for tests, a route table).
   */
  private isCalledByFunctionOfFile(fn: FunctionLike): boolean {
    return this.callsOfBinding(fn).some((call) => {
      const caller = enclosingFunction(call, MAX_CALLER_DEPTH);
      if (caller === null || caller === fn) return false;
      const callerName = boundName(caller);
      return callerName !== null && this.handlerNames.has(callerName);
    });
  }

  /**
   * Is `fn` called by a statement of the program itself, unconditionally: `main();`, `await main()`, `void main()`,
   * `main().then(…).catch(…)`? Not under `if (require.main === module)`, a local run beside the Lambda export.
   */
  private isRunByModule(fn: FunctionLike): boolean {
    return this.callsOfBinding(fn).some((call) => {
      let current: TSESTree.Node = call;
      for (let depth = 0; depth < MAX_RUN_CHAIN; depth++) {
        const parent: TSESTree.Node | undefined = current.parent;
        if (parent === undefined) return false;
        if (parent.type === AST_NODE_TYPES.ExpressionStatement) return parent.parent.type === AST_NODE_TYPES.Program;
        const chained =
          (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current) ||
          (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === current) ||
          (parent.type === AST_NODE_TYPES.AwaitExpression && parent.argument === current) ||
          (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void') ||
          parent.type === AST_NODE_TYPES.ChainExpression;
        if (!chained) return false;
        current = parent;
      }
      return false;
    });
  }

  /** `void`, `undefined`, an `aws-lambda` type, an object type, or a union of these: what a handler resolves to. */
  private isHandlerResultType(type: TSESTree.TypeNode, hops: number): boolean {
    if (hops > MAX_TYPE_ALIAS_HOPS) return false;
    switch (type.type) {
      case AST_NODE_TYPES.TSVoidKeyword:
      case AST_NODE_TYPES.TSUndefinedKeyword:
      case AST_NODE_TYPES.TSNullKeyword:
      case AST_NODE_TYPES.TSTypeLiteral:
        return true;
      case AST_NODE_TYPES.TSUnionType:
        return type.types.every((member) => this.isHandlerResultType(member, hops + 1));
      case AST_NODE_TYPES.TSTypeReference:
        return this.awsLambdaTypeName(type) !== null;
      default:
        return false;
    }
  }

  /**
   * Parameters typed with `aws-lambda` types, strong enough that a util taking an event is not mistaken for a
   * handler: a `Context` parameter, or an `…Event` first parameter with an `aws-lambda` return type
   * (`APIGatewayProxyResult`, `Promise<SQSBatchResponse>`).
   */
  private hasLambdaParams(fn: FunctionLike): boolean {
    const params = functionParams(fn);
    if (this.awsLambdaTypeName(parameterType(params[1])) === 'Context') return true;
    const eventType = this.awsLambdaTypeName(parameterType(params[0]));
    if (eventType === null || !eventType.includes('Event')) return false;
    const declared = fn.returnType?.typeAnnotation;
    const returnType = declared === undefined ? undefined : (promisedType(declared) ?? declared);
    if (returnType?.type === AST_NODE_TYPES.TSUnionType) {
      return returnType.types.some((member) => this.awsLambdaTypeName(member) !== null);
    }
    return this.awsLambdaTypeName(returnType) !== null;
  }
}

/** The name a function is bound to: its declaration's (`function main`) or its const's (`const main = …`). */
function functionBindingName(fn: FunctionLike): TSESTree.Identifier | null {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id;
  let node: TSESTree.Node = fn;
  // `const main = (async (event) => …) as Fn`
  while (
    node.parent?.type === AST_NODE_TYPES.TSAsExpression ||
    node.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.parent?.type === AST_NODE_TYPES.TSNonNullExpression
  ) {
    node = node.parent;
  }
  const parent = node.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator &&
    parent.init === node &&
    parent.id.type === AST_NODE_TYPES.Identifier
    ? parent.id
    : null;
}

/**
 * The name a function is written under: `function handler`, `const handler = …`, `exports.handler = …`, `{ handler:
 * … }`; null otherwise.
 */
function boundName(fn: FunctionLike): string | null {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id?.name ?? null;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
    return parent.id.name;
  }
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left.type === AST_NODE_TYPES.MemberExpression) {
    return getPropertyName(parent.left);
  }
  return parent?.type === AST_NODE_TYPES.Property ? getPropertyName(parent) : null;
}

/** Parents looked up from a call to the function that makes it. */
const MAX_CALLER_DEPTH = 64;

/** Links of `main().then(…).catch(…)` followed up to its statement. */
const MAX_RUN_CHAIN = 12;

/** The statement of the program that holds `node`. */
function topLevelStatementOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  // (ESLint sets the Program's parent to null)
  while (current.parent !== undefined && current.parent !== null && current.parent.type !== AST_NODE_TYPES.Program) {
    current = current.parent;
  }
  return current;
}

/** `T` of a declared `Promise<T>`, else null. */
function promisedType(type: TSESTree.TypeNode): TSESTree.TypeNode | null {
  if (
    type.type !== AST_NODE_TYPES.TSTypeReference ||
    type.typeName.type !== AST_NODE_TYPES.Identifier ||
    type.typeName.name !== 'Promise'
  ) {
    return null;
  }
  return type.typeArguments?.params[0] ?? null;
}

/** Does `test` hold for every member of a union besides `null` and `undefined` (and is there one)? */
function everyValueMember(union: TSESTree.TSUnionType, test: (member: TSESTree.TypeNode) => boolean): boolean {
  let values = 0;
  for (const member of union.types) {
    if (member.type === AST_NODE_TYPES.TSNullKeyword || member.type === AST_NODE_TYPES.TSUndefinedKeyword) continue;
    if (!test(member)) return false;
    values++;
  }
  return values > 0;
}

/** Global types no Lambda event (parsed JSON) ever has (see `isNeverEventType`). */
const NEVER_EVENT_GLOBAL_TYPES: ReadonlySet<string> = new Set([
  'Promise',
  'PromiseLike',
  'Function',
  'AbortSignal',
  'Map',
  'Set',
  'WeakMap',
  'WeakSet',
]);

/** Type nodes no promise matches. */
const NON_PROMISE_TYPE_NODES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.TSStringKeyword,
  AST_NODE_TYPES.TSNumberKeyword,
  AST_NODE_TYPES.TSBooleanKeyword,
  AST_NODE_TYPES.TSBigIntKeyword,
  AST_NODE_TYPES.TSSymbolKeyword,
  AST_NODE_TYPES.TSNullKeyword,
  AST_NODE_TYPES.TSLiteralType,
  AST_NODE_TYPES.TSTemplateLiteralType,
  AST_NODE_TYPES.TSTypeLiteral,
  AST_NODE_TYPES.TSArrayType,
  AST_NODE_TYPES.TSTupleType,
  AST_NODE_TYPES.TSFunctionType,
]);

/**
 * Expressions whose value is never a promise: literals, templates, object and array literals, JSX, functions; not a
 * call.
 */
function isNonPromiseValue(node: TSESTree.Node, depth: number): boolean {
  const value = skipTypeWrappers(node);
  switch (value.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.JSXElement:
    case AST_NODE_TYPES.JSXFragment:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
      return true;
    case AST_NODE_TYPES.ConditionalExpression:
      return (
        depth < 8 && isNonPromiseValue(value.consequent, depth + 1) && isNonPromiseValue(value.alternate, depth + 1)
      );
    default:
      return false;
  }
}

/** `context.succeed(…)`, `context.done(…)`, `context.fail(…)`: the legacy way a synchronous handler answers. */
function callsLegacyContextMethods(fn: FunctionLike, sourceCode: SourceCode): boolean {
  const [, contextParam] = handlerParams(fn);
  if (contextParam === null) return false;
  const variable = sourceCode
    .getDeclaredVariables(fn)
    .find((candidate) => candidate.identifiers.includes(contextParam));
  return (
    variable?.references.some((reference) => {
      const member = reference.identifier.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) return false;
      const name = getPropertyName(member);
      return name === 'succeed' || name === 'done' || name === 'fail';
    }) === true
  );
}

const PRIMITIVE_RETURN_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.TSStringKeyword,
  AST_NODE_TYPES.TSNumberKeyword,
  AST_NODE_TYPES.TSBooleanKeyword,
]);

/**
 * The name of an `aws-lambda` event type: `…Event`, `…EventV2`, and the authorizer variants of the HTTP API and
 * function URL events (`APIGatewayProxyEventV2WithJWTAuthorizer`, `…WithLambdaAuthorizer`, `…WithIAMAuthorizer`).
 */
const LAMBDA_EVENT_TYPE = /Event(?:V\d)?(?:With(?:JWT|Lambda|IAM)Authorizer)?$/u;

/**
 * An `aws-lambda` type of a part of an event (`SQSRecord`, `SNSMessage`, `…EventDetail`; `CloudWatchLogsLogEvent`,
 * one line of the logs an event carries; `CloudFrontRequest`, `CloudFrontResponse` and `CloudFrontHeaders`, what a
 * Lambda@Edge event's `Records[0].cf` holds): never an event (`…Event`).
 */
const LAMBDA_EVENT_PART_TYPE = /(?:Record|Message|Detail|LogsLogEvent)$|^CloudFront(?:Request|Response|Headers)$/u;

/**
 * A parameter named for a part of an event: its last word is `detail` or `record` (`detail`, `eventDetail`,
 * `sqsRecord`, `_record`, `event_detail`). Lambda never passes one: records come in a batch (`Records`), a detail
 * inside its envelope. Not `message`, `payload`, `body` or `input`: an IoT rule's or a direct invocation's event is
 * the message or payload itself. (An EventBridge target with an input path of `$.detail` does hand a handler the
 * detail: exported under a handler name, or typed, it stays a handler.)
 */
const PART_PARAMETER_NAME = /(?:^_*(?:detail|record)|[a-z\d](?:Detail|Record)|_(?:[dD]etail|[rR]ecord))$/u;

/**
 * A call of a wrapper named in `handlerWrappers`: by the name its callee ends in (`withTracing`, also
 * `tools.withTracing`), or by the whole dotted callee (`lib.http.wrap`) for a configured name with dots.
 */
function isConfiguredWrapper(call: TSESTree.CallExpression, configured: readonly string[]): boolean {
  if (configured.length === 0) return false;
  const name = getCalleeName(call);
  if (name !== null && configured.includes(name)) return true;
  const path = configured.some((entry) => entry.includes('.')) ? dottedName(call.callee) : null;
  return path !== null && configured.includes(path);
}

/** `a.b.c` for a callee written as a chain of plain names (not from `this`), else null. */
function dottedName(input: TSESTree.Node): string | null {
  const names = memberPathNames(input);
  // `this` is no name a configured wrapper can start with
  return names === null || names[0] === 'this' ? null : names.join('.');
}

/**
 * The `aws-lambda` export a type reference names (`APIGatewayProxyEvent`; `APIGatewayProxyEventBase<Auth>` gives its
 * name), with `pulumi` also the one a Pulumi Lambda type stands for (see `pulumiLambdaTypeName`); else null. A type
 * of the file that stands for one is read through (`localLambdaTypeName`).
 */
export function awsLambdaTypeNameOf(
  type: TSESTree.TypeNode | undefined,
  sourceCode: SourceCode,
  pulumi = false,
): string | null {
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return null;
  // `(event: Omit<APIGatewayProxyEvent, 'body'>)`: the event less a member
  const reference = omittedFrom(type, sourceCode) ?? type;
  return lambdaTypeNameOf(reference.typeName, reference.typeArguments !== undefined, sourceCode, pulumi, 0);
}

function lambdaTypeNameOf(
  name: TSESTree.EntityName,
  hasTypeArguments: boolean,
  sourceCode: SourceCode,
  pulumi: boolean,
  depth: number,
): string | null {
  const ref = typeNameRef(name, sourceCode);
  if (ref === null) {
    if (name.type !== AST_NODE_TYPES.Identifier) return lambdaTypesGlobalMember(name, sourceCode);
    return hasTypeArguments ? null : localLambdaTypeName(name, sourceCode, pulumi, depth);
  }
  if (isAwsLambdaTypesModule(ref.module)) return ref.path.length === 1 ? ref.path[0]! : null;
  return pulumi ? pulumiLambdaTypeName(ref) : null;
}

/** Local type declarations followed to the `aws-lambda` type they stand for (`type A = B`, `type B = SQSEvent`). */
const MAX_ALIAS_DEPTH = 3;

/**
 * The `aws-lambda` type a type of the file stands for: an alias of one (`type Event = SQSEvent`), an intersection
 * that holds one (`type Event = APIGatewayProxyEventV2 & { headers: { authorization: string } }`: the event with
 * more said of it), or an interface that extends one. Not a union (one of several types is not the event), a
 * generic declaration, nor one given type arguments (`type CloudTrailEvent = ScheduledEvent<Detail>`: its detail is
 * the project's, not a schedule's, and is read as the project's type).
 */
function localLambdaTypeName(
  name: TSESTree.Identifier,
  sourceCode: SourceCode,
  pulumi: boolean,
  depth: number,
): string | null {
  if (depth >= MAX_ALIAS_DEPTH) return null;
  const declaration = localTypeDeclarationOf(name, sourceCode);
  if (declaration === null || declaration.typeParameters !== undefined) return null;
  if (declaration.type === AST_NODE_TYPES.TSInterfaceDeclaration) {
    for (const heritage of declaration.extends) {
      const base = heritage.expression;
      // `extends Omit<APIGatewayProxyEvent, 'body'>`: the event less a member
      if (heritage.typeArguments !== undefined) {
        const omitted =
          base.type === AST_NODE_TYPES.Identifier ? omittedOf(base, heritage.typeArguments, sourceCode) : null;
        const found =
          omitted === null ? null : lambdaTypeNameOf(omitted.typeName, false, sourceCode, pulumi, depth + 1);
        if (found !== null) return found;
        continue;
      }
      // `extends SQSEvent`, or a member of a namespace import (`extends lambda.APIGatewayProxyEvent`)
      const found =
        base.type === AST_NODE_TYPES.Identifier
          ? lambdaTypeNameOf(base, false, sourceCode, pulumi, depth + 1)
          : base.type === AST_NODE_TYPES.MemberExpression
            ? lambdaTypeMemberName(base, sourceCode)
            : null;
      if (found !== null) return found;
    }
    return null;
  }
  const aliased = declaration.typeAnnotation;
  for (const part of aliased.type === AST_NODE_TYPES.TSIntersectionType ? aliased.types : [aliased]) {
    if (part.type !== AST_NODE_TYPES.TSTypeReference) continue;
    // `Omit<APIGatewayProxyEvent, 'body'> & { body: Order }`: the event with a member typed anew
    const reference = part.typeArguments === undefined ? part : omittedFrom(part, sourceCode);
    if (reference === null) continue;
    const found = lambdaTypeNameOf(reference.typeName, false, sourceCode, pulumi, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

/** `lambda.SQSEvent` written as an expression (an interface's `extends`): the `aws-lambda` type's name, or null. */
function lambdaTypeMemberName(member: TSESTree.MemberExpression, sourceCode: SourceCode): string | null {
  const ref = typeNameRef(member, sourceCode);
  if (ref !== null) return isAwsLambdaTypesModule(ref.module) && ref.path.length === 1 ? ref.path[0]! : null;
  const { object, property } = member;
  if (member.computed || object.type !== AST_NODE_TYPES.Identifier || property.type !== AST_NODE_TYPES.Identifier) {
    return null;
  }
  return isLambdaTypesGlobal(object, sourceCode) ? property.name : null;
}

/**
 * The type `Omit<T, …>` (TypeScript's own, not a type the file declares or imports so named) leaves members of: `T`,
 * through nested `Omit`s, when it is a reference with no type arguments of its own; else null.
 */
function omittedFrom(reference: TSESTree.TSTypeReference, sourceCode: SourceCode): TSESTree.TSTypeReference | null {
  const { typeName, typeArguments } = reference;
  if (typeName.type !== AST_NODE_TYPES.Identifier || typeArguments === undefined) return null;
  return omittedOf(typeName, typeArguments, sourceCode);
}

/** `omittedFrom` of `name<typeArguments>` (a type reference's, or an interface heritage's). */
function omittedOf(
  name: TSESTree.Identifier,
  typeArguments: TSESTree.TSTypeParameterInstantiation,
  sourceCode: SourceCode,
): TSESTree.TSTypeReference | null {
  let current: { name: TSESTree.Identifier; typeArguments: TSESTree.TSTypeParameterInstantiation } = {
    name,
    typeArguments,
  };
  for (let depth = 0; depth < MAX_ALIAS_DEPTH; depth++) {
    if (current.name.name !== 'Omit' || declaresTypeName(current.name, sourceCode)) return null;
    const target = current.typeArguments.params[0];
    if (target?.type !== AST_NODE_TYPES.TSTypeReference) return null;
    if (target.typeArguments === undefined) return target;
    // `Omit<Omit<APIGatewayProxyEvent, 'body'>, 'headers'>`
    if (target.typeName.type !== AST_NODE_TYPES.Identifier) return null;
    current = { name: target.typeName, typeArguments: target.typeArguments };
  }
  return null;
}

/**
 * `AWSLambda.SQSEvent`: `@types/aws-lambda` also declares its types in the global namespace `AWSLambda`, which code
 * reads without an import. The member's name, when `AWSLambda` is that global (the file declares nothing so named).
 */
function lambdaTypesGlobalMember(name: TSESTree.EntityName, sourceCode: SourceCode): string | null {
  if (name.type !== AST_NODE_TYPES.TSQualifiedName || name.left.type !== AST_NODE_TYPES.Identifier) return null;
  return isLambdaTypesGlobal(name.left, sourceCode) ? name.right.name : null;
}

/** Is `name` `AWSLambda`, the global namespace (the file declares nothing so named)? */
function isLambdaTypesGlobal(name: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  if (name.name !== LAMBDA_TYPES_GLOBAL) return false;
  const variable = findVariableOf(name, sourceCode);
  return variable === null || variable.defs.length === 0;
}

const LAMBDA_TYPES_GLOBAL = 'AWSLambda';

/** Does the file spell `AWSLambda.` (the global namespace of `@types/aws-lambda`), or could escapes spell it? */
const spellsLambdaTypesGlobal = lastFile(
  (sourceCode: SourceCode): boolean => sourceCode.text.includes(`${LAMBDA_TYPES_GLOBAL}.`) || mayHideNames(sourceCode),
);

/** `aws-lambda` (`@types/aws-lambda`), or one of its files (`aws-lambda/trigger/sqs`, `aws-lambda/handler`). */
function isAwsLambdaTypesModule(module: string): boolean {
  return module === 'aws-lambda' || module.startsWith('aws-lambda/');
}

/**
 * A handler record's fields for a function found as it is written (no wrapper, no decorator, the event whole), made
 * by an exported factory or not: the export's name and report location are the caller's.
 */
function plainHandlerFields(
  fn: FunctionLike,
  madeByFactory: boolean,
): Omit<LambdaHandler, 'exportName' | 'reportNode' | 'reportLoc'> {
  const [eventParam, contextParam] = handlerParams(fn);
  return {
    fn,
    opaque: false,
    wrappers: [],
    decorators: [],
    eventParam,
    contextParam,
    payload: false,
    eventIndex: 0,
    eventTypeOnly: false,
    madeByFactory,
  };
}

/** The type a function expression is declared with where it is bound (`const handler: T = async (…) => …`). */
function declaredType(fn: FunctionLike): TSESTree.TypeNode | undefined {
  const declarator = outermostTypeWrapper(fn).parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  return declarator.id.typeAnnotation?.typeAnnotation;
}

/** The type written on a parameter (`event: T`, `{ body }: T`, `event: T = …`), or undefined. */
export function parameterType(param: TSESTree.Parameter | undefined): TSESTree.TypeNode | undefined {
  const target = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  if (target === undefined || !('typeAnnotation' in target)) return undefined;
  return target.typeAnnotation?.typeAnnotation;
}

/** `Interaction` of `Interaction` or `Discord.Interaction`: the type's own name. */
function typeNameText(name: TSESTree.EntityName): string {
  if (name.type === AST_NODE_TYPES.TSQualifiedName) return name.right.name;
  return name.type === AST_NODE_TYPES.Identifier ? name.name : '';
}

/**
 * Modules whose request types mark a function as a web server's, not Lambda's; and discord.js, whose interactions a
 * bot's command router hands to its commands' `handler(interaction: ChatInputCommandInteraction)` (other bot
 * frameworks: BOT_CONTEXT_TYPES).
 */
const WEB_FRAMEWORK_MODULES: ReadonlySet<string> = new Set([
  'discord.js',
  'next',
  'next/server',
  'express',
  'fastify',
  'koa',
  '@koa/router',
  'koa-router',
  'hono',
  '@hapi/hapi',
  'http',
  'node:http',
  'http2',
  'node:http2',
  // Other platforms' functions: Azure Functions, Google Cloud's Functions Framework, Vercel's
  '@azure/functions',
  '@google-cloud/functions-framework',
  '@vercel/node',
  // A React component's event handler (`(event: React.MouseEvent<HTMLButtonElement>) => …`)
  'react',
]);
/**
 * The name of a request context type (`AppContext`, `RequestContext`, `Context`): as a handler's first parameter, a
 * web or bot framework's, never a Lambda event.
 */
const FRAMEWORK_CONTEXT_TYPE = /Context$/u;

/** `aws-lambda` or one of its files (`aws-lambda/trigger/sqs`): its `Context` is Lambda's own. */
function isAwsLambdaModule(module: string | undefined): boolean {
  return module === 'aws-lambda' || module?.startsWith('aws-lambda/') === true;
}

/** Chat-bot frameworks, and the names of the context types they hand a bot's commands. */
const BOT_CONTEXT_TYPES: ReadonlyMap<string, RegExp> = new Map([
  ['telegraf', /Context$|^Filter$/u],
  ['grammy', /Context$|^Filter$/u],
  ['@slack/bolt', /MiddlewareArgs$|^App$/u],
]);

/**
 * The name an `export { … } from './impl'` takes from its module, when that module exports it under a handler name
 * (`handler`, `…Handler`, a configured one) and is no JSON file.
 */
function isReExportedHandler(node: TSESTree.Identifier, handlerNames: ReadonlySet<string>): boolean {
  const specifier = node.parent;
  if (specifier?.type !== AST_NODE_TYPES.ExportSpecifier || specifier.local !== node) return false;
  const declaration = specifier.parent;
  if (declaration?.type !== AST_NODE_TYPES.ExportNamedDeclaration || declaration.source === null) return false;
  if (String(declaration.source.value).endsWith('.json')) return false;
  return namesHandlerExport(node.name, handlerNames);
}

/** An export name another module's handler goes by: `handler`, `…Handler`, or a configured handler name. */
function namesHandlerExport(name: string, handlerNames: ReadonlySet<string>): boolean {
  return handlerNames.has(name) || /handler$/iu.test(name);
}

/** A method named for handling events (`handle`, `processKinesisEvent`, `onEvent`): not `error`, `info`, `get`. */
const EVENT_HANDLING_METHOD = /handle|event/iu;

/** Type nodes looked at in a parameter's annotation. */
const MAX_TYPE_NODES = 200;

/**
 * A module whose `handler` another framework calls: a yargs command module, which exports `command` and one of
 * `builder`, `describe`, `desc`, `aliases` (loaded by `yargs.commandDir(…)`, its `handler(argv)` runs a CLI
 * command); or an MCP server's tool module, which exports its `name` beside an `inputSchema` or the `config` /
 * `description` holding it (the server registers the tool's `handler(args)`), in a file that spells `inputSchema`.
 */
function isOtherFrameworkModule(program: TSESTree.Program, sourceCode: SourceCode): boolean {
  const command = mayMention(sourceCode, 'command');
  const tool = mayMention(sourceCode, 'inputSchema');
  if (!command && !tool) return false;
  const found: ExportCandidate[] = [];
  const wanted = (name: string): boolean => COMMAND_MODULE_EXPORTS.has(name) || TOOL_MODULE_EXPORTS.has(name);
  for (const statement of program.body) collectExports(statement, sourceCode, found, wanted);
  const names = new Set(found.map((candidate) => candidate.exportName));
  if (command && names.has('command') && COMMAND_DETAILS.some((name) => names.has(name))) return true;
  // A CLI's command plugin (`module.exports.command = () => [{ type: 'cli-command', create({ yargs }) {…} }]`,
  // Webiny's): the command is a function answering a list of plugins (a function answering anything else may be a
  // Slack command's or a CQRS command's, beside its Lambda handler)
  const pluginCommand = (candidate: ExportCandidate): boolean =>
    candidate.exportName === 'command' && listsPlugins(candidate.value, sourceCode);
  if (command && found.some(pluginCommand)) return true;
  return tool && names.has('name') && TOOL_DETAILS.some((name) => names.has(name));
}

/** Is `value` (or the name bound once to it) a function whose every answer is an array literal, written or returned? */
function listsPlugins(value: TSESTree.Node | null, sourceCode: SourceCode): boolean {
  let node = value === null ? null : skipTypeWrappers(value);
  if (node?.type === AST_NODE_TYPES.Identifier) {
    const bound = boundInitializer(node, sourceCode);
    node = bound === null ? null : skipTypeWrappers(bound);
  }
  if (!isFunctionLike(node)) return false;
  const returned = returnedExpressions(node) ?? [];
  return (
    returned.length > 0 &&
    returned.every((value) => value !== null && skipTypeWrappers(value).type === AST_NODE_TYPES.ArrayExpression)
  );
}

/** What a yargs command module exports besides `command` (one at least). */
const COMMAND_DETAILS: readonly string[] = ['builder', 'describe', 'desc', 'aliases'];
const COMMAND_MODULE_EXPORTS: ReadonlySet<string> = new Set(['command', ...COMMAND_DETAILS]);
/** What an MCP tool module exports besides its `name` (one at least). */
const TOOL_DETAILS: readonly string[] = ['inputSchema', 'config', 'description'];
const TOOL_MODULE_EXPORTS: ReadonlySet<string> = new Set(['name', ...TOOL_DETAILS]);

const ARCHITECT_MODULE = '@architect/functions';

/**
 * Architect's wrappers (`@architect/functions`): `arc.http(fn)` / `arc.http.async(fn)` (the handler gets the parsed
 * request, the event by another name), `arc.events.subscribe(fn)`, `arc.queues.subscribe(fn)`. `arc.http(a, b, …)`
 * runs middleware before the last function, and any of them may log: the last is the handler's code, the step
 * opaque. `arc.http.express(app)` is a framework adapter.
 */
function architectStep(ref: ModuleRef, call: TSESTree.CallExpression): InnerStep | 'opaque' | null {
  const path = ref.path[0] === 'default' ? ref.path.slice(1) : ref.path;
  const name = path.join('.');
  if (name === 'http.express') return 'opaque';
  if (name !== 'http' && name !== 'http.async' && name !== 'events.subscribe' && name !== 'queues.subscribe') {
    return null;
  }
  const functions = call.arguments.filter((argument) => argument.type !== AST_NODE_TYPES.SpreadElement);
  if (functions.length !== call.arguments.length || functions.length === 0) return { kind: 'inner', inner: null };
  // `subscribe(fn)`: fn gets the published message, parsed; `http(fn)` gets the request, the event reshaped
  const payload = name.endsWith('.subscribe');
  if (functions.length === 1) return { kind: 'inner', inner: functions[0]!, payload };
  return { kind: 'inner', inner: functions[functions.length - 1]!, opaque: true, payload };
}

const SST_BUS_MODULE = 'sst/aws/bus';
/** The subscriber of SST's SDK and its deprecated names (`handler`; `handle`, as SST's own bus example calls it). */
const SST_BUS_SUBSCRIBERS: ReadonlySet<string> = new Set(['subscriber', 'handler', 'handle']);

/**
 * SST's EventBridge subscriber (`sst/aws/bus`): `bus.subscriber(events, async (payload, event) => …)` calls its
 * function with the event's payload (`{ type, properties, metadata }`, the app's own schema) and the EventBridge
 * event itself, and no context.
 */
function sstBusStep(ref: ModuleRef, call: TSESTree.CallExpression): InnerStep | null {
  if (ref.path.length !== 2 || ref.path[0] !== 'bus' || !SST_BUS_SUBSCRIBERS.has(ref.path[1]!)) return null;
  const callback = call.arguments[1];
  if (callback === undefined || call.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) {
    return { kind: 'inner', inner: null };
  }
  return { kind: 'inner', inner: callback, eventSecond: true };
}

const SST_V2_BUS_MODULE = 'sst/node/event-bus';

/**
 * SST v2's EventBridge subscriber (`sst/node/event-bus`): `EventHandler(Todo.Events.Created, async (evt) => …)`
 * calls its function with the event's payload (`{ properties, metadata }`, the app's own schema), not the event.
 */
function sstV2EventHandlerStep(ref: ModuleRef, call: TSESTree.CallExpression): InnerStep | null {
  if (ref.path.length !== 1 || ref.path[0] !== 'EventHandler') return null;
  const callback = call.arguments[1];
  if (callback === undefined || call.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) {
    return { kind: 'inner', inner: null };
  }
  return { kind: 'inner', inner: callback, payload: true };
}

/** A synchronous function whose every `return` (or expression body) is a function written there. */
function returnsOnlyFunctions(fn: FunctionLike): boolean {
  if (fn.async || fn.generator) return false;
  const returned = returnedExpressions(fn);
  return (
    returned !== null &&
    returned.length > 0 &&
    returned.every((value) => value !== null && isFunctionLike(skipTypeWrappers(value)))
  );
}

/** Names of a second parameter that make a function an error handler, not Lambda's `(event, context)`. */
const ERROR_PARAMETER_NAMES: ReadonlySet<string> = new Set(['err', 'error', 'exception']);

/** Second parameters of the Serverless Framework's own hooks (`serverless-stack-output`: `(data, serverless, options)`). */
const FRAMEWORK_PARAMETER_NAMES: ReadonlySet<string> = new Set(['serverless', 'sls']);

/**
 * A function exported as `handler` whose parameters say Lambda does not call it: a second parameter named like an
 * error (`module.exports = { handler: async (event, err) => … }`, `_err`, `lastError`: an error reporter the real
 * handlers call), or the Serverless Framework itself (a deploy hook run on the developer's machine). Lambda's second
 * argument is the context.
 */
function hasNonLambdaSignature(contextParam: TSESTree.Identifier | null): boolean {
  if (contextParam === null) return false;
  // `_err` (unused), `lastError`
  const name = bareName(contextParam.name);
  return ERROR_PARAMETER_NAMES.has(name) || name.endsWith('error') || FRAMEWORK_PARAMETER_NAMES.has(name);
}

/**
 * `handler = async (req, res) => { res.set(…); res.send('…') }`: a function of a web framework (a Google Cloud
 * Function, an Express route) answering through a response object. Lambda's second argument is the context, which
 * has none of a response's methods.
 */
function answersThroughSecondParameter(
  fn: FunctionLike,
  contextParam: TSESTree.Identifier | null,
  sourceCode: SourceCode,
  methods: ReadonlySet<string> = RESPONSE_METHODS,
): boolean {
  return (
    contextParam !== null &&
    someMemberUse(fn, contextParam, sourceCode, (member) => {
      const use = member.parent;
      return use?.type === AST_NODE_TYPES.CallExpression && use.callee === member && methods.has(getPropertyName(member) ?? '');
    })
  );
}

/**
 * Does `fn` answer by setting a response member of its context parameter (Koa's `ctx.body = …` / `ctx.status = …`,
 * Azure Functions' `context.res = …`)?
 */
function setsContextResponse(fn: FunctionLike, contextParam: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  return someMemberUse(fn, contextParam, sourceCode, (member) => {
    const use = member.parent;
    return (
      use?.type === AST_NODE_TYPES.AssignmentExpression &&
      use.left === member &&
      CONTEXT_RESPONSE_MEMBERS.has(getPropertyName(member) ?? '')
    );
  });
}

/** Does `test` hold for some member read on the parameter `param` of `fn` (`param.x`)? */
function someMemberUse(
  fn: FunctionLike,
  param: TSESTree.Identifier,
  sourceCode: SourceCode,
  test: (member: TSESTree.MemberExpression) => boolean,
): boolean {
  const variable = sourceCode.getDeclaredVariables(fn).find((declared) => declared.identifiers[0] === param);
  return (
    variable !== undefined &&
    variable.references.some(({ identifier }) => {
      const member = identifier.parent;
      return member?.type === AST_NODE_TYPES.MemberExpression && member.object === identifier && test(member);
    })
  );
}

const CONTEXT_RESPONSE_MEMBERS: ReadonlySet<string> = new Set(['body', 'status', 'res', 'response']);

/** What a framework's request context answers with (Hono's `c.json(…)`, a Remix route's `context.render(…)`). */
const CONTEXT_RESPONSE_METHODS: ReadonlySet<string> = new Set([
  'render',
  'json',
  'text',
  'html',
  'redirect',
  'send',
  'body',
  'notFound',
]);

/**
 * Methods of a web framework's response (Express, the Functions Framework, Node's `ServerResponse`); not `end` nor
 * `write`, which a Lambda response stream has too (`awslambda.streamifyResponse(async (event, responseStream) =>
 * …)`).
 */
const RESPONSE_METHODS: ReadonlySet<string> = new Set([
  'send',
  'sendStatus',
  'status',
  'json',
  'writeHead',
  'setHeader',
  'redirect',
  'render',
]);

/**
 * `handler(assetFolder: string, outputPath: string)`: both parameters declared as primitives, a build script's run
 * with its command line. Lambda's context is an object, and so is any event worth a handler (one declared as an
 * event beside a primitive second parameter is still the author's word for a handler).
 */
function takesOnlyPrimitives(
  eventParam: TSESTree.Identifier | null,
  contextParam: TSESTree.Identifier | null,
): boolean {
  const declared = (param: TSESTree.Identifier | null): boolean => {
    const type = param?.typeAnnotation?.typeAnnotation;
    return type !== undefined && isPrimitiveType(type, 0);
  };
  return declared(eventParam) && declared(contextParam);
}

/** Types of values that are no object, so never Lambda's context: `string`, `number`, literal types. */
const PRIMITIVE_TYPE_NODES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.TSStringKeyword,
  AST_NODE_TYPES.TSNumberKeyword,
  AST_NODE_TYPES.TSBooleanKeyword,
  AST_NODE_TYPES.TSBigIntKeyword,
  AST_NODE_TYPES.TSSymbolKeyword,
  AST_NODE_TYPES.TSLiteralType,
  AST_NODE_TYPES.TSTemplateLiteralType,
]);

/** A primitive type, or a union of them (`string | undefined`; `null` and `undefined` alone are not one). */
function isPrimitiveType(type: TSESTree.TypeNode, depth: number): boolean {
  if (type.type !== AST_NODE_TYPES.TSUnionType) return PRIMITIVE_TYPE_NODES.has(type.type);
  if (depth > MAX_TYPE_ALIAS_HOPS) return false;
  const absent = (member: TSESTree.TypeNode): boolean =>
    member.type === AST_NODE_TYPES.TSUndefinedKeyword || member.type === AST_NODE_TYPES.TSNullKeyword;
  return (
    type.types.some((member) => !absent(member)) &&
    type.types.every((member) => absent(member) || isPrimitiveType(member, depth + 1))
  );
}

/**
 * `(context, event)`, `(ctx, event)`, `(context, params, callback)`: a context first and the event or a callback after
 * it is another platform's signature (Twilio Functions, whatever the event is called) or a wrapper's own order;
 * Lambda's is `(event, context, callback)`.
 */
function hasContextFirst(fn: FunctionLike): boolean {
  const params = functionParams(fn);
  const first = plainParam(params[0]);
  if (first === null || !CONTEXT_PARAMETER_NAMES.has(bareName(first.name))) return false;
  const second = plainParam(params[1]);
  const third = plainParam(params[2]);
  return (
    (second !== null && EVENT_PARAMETER_NAMES.has(bareName(second.name))) ||
    (third !== null && CALLBACK_PARAMETER_NAMES.has(bareName(third.name)))
  );
}

/**
 * Does the module export a Twilio Function: `exports.handler = (context, event, callback) => …` (the context first,
 * `hasContextFirst`), as `exports.handler` or `module.exports.handler`? Such code runs in Twilio's runtime, where no
 * execution role of the user's AWS account exists. Top-level assignments only.
 */
export function exportsTwilioFunction(sourceCode: SourceCode): boolean {
  for (const statement of (sourceCode.ast as TSESTree.Program).body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    const assignment = statement.expression;
    if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=') continue;
    const target = skipTypeWrappers(assignment.left);
    if (target.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(target) !== 'handler') continue;
    const value = skipTypeWrappers(assignment.right);
    if (isFunctionLike(value) && isExportsObject(skipTypeWrappers(target.object), sourceCode) && hasContextFirst(value)) {
      return true;
    }
  }
  return false;
}

/** The export's value is a function of the file (written there, or bound once to its name) with that signature. */
function exportsCallbackSignature(candidate: ExportCandidate, sourceCode: SourceCode): boolean {
  if (candidate.value === null) return false;
  const fn = functionOf(candidate.value, sourceCode);
  return fn !== null && hasLambdaCallbackSignature(fn);
}

/**
 * Lambda's Node.js callback signature spelled out, `(event, context, callback)`: the Serverless Framework exports
 * named in `serverless.yml` (`module.exports.hello = …`). Helpers rarely take all three; Google Cloud Functions'
 * background functions can (a project linted for Lambda is not one).
 */
function hasLambdaCallbackSignature(fn: FunctionLike): boolean {
  const params = functionParams(fn);
  if (params.length !== 3) return false;
  const [event, context] = handlerParams(fn);
  const callback = params[2];
  return (
    event !== null &&
    context !== null &&
    callback?.type === AST_NODE_TYPES.Identifier &&
    bareName(event.name) === 'event' &&
    CONTEXT_PARAMETER_NAMES.has(bareName(context.name)) &&
    CALLBACK_PARAMETER_NAMES.has(bareName(callback.name))
  );
}

/** Each spells a `b` after a `c` or an `l` (`callbackParameterPositions`, the text test that comes first). */
const CALLBACK_PARAMETER_NAMES: ReadonlySet<string> = new Set(['callback', 'cb']);

/** A parameter's name without leading underscores (an unused `_event`), in lower case. */
function bareName(name: string): string {
  let start = 0;
  while (name.charCodeAt(start) === 95 /* _ */) start++;
  return name.slice(start).toLowerCase();
}

const CONTEXT_PARAMETER_NAMES: ReadonlySet<string> = new Set(['context', 'ctx']);
const EVENT_PARAMETER_NAMES: ReadonlySet<string> = new Set(['event', 'evt', 'e', 'ev']);

/** First and second parameters when they are identifiers (optionally with a default or a type). */
/** `awslambda.streamifyResponse(fn)` (global provided by the Node.js runtime). */
function isStreamifyCall(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'streamifyResponse') return false;
  // `(awslambda as any).streamifyResponse(…)`: TypeScript code without the runtime's global declared
  const runtime = skipTypeWrappers(callee.object);
  return (
    runtime.type === AST_NODE_TYPES.Identifier && runtime.name === 'awslambda' && isRuntimeGlobal(runtime, sourceCode)
  );
}

/** The event and context parameters; a streamed handler's context comes after its response stream. */
function handlerParams(fn: FunctionLike, streamed = false): [TSESTree.Identifier | null, TSESTree.Identifier | null] {
  const params = functionParams(fn);
  return [plainParam(params[0]), plainParam(params[streamed ? 2 : 1])];
}

/** A parameter's name, with a default or without (`event`, `event = {}`); null for a pattern or none. */
function plainParam(param: TSESTree.Parameter | undefined): TSESTree.Identifier | null {
  if (param === undefined) return null;
  if (param.type === AST_NODE_TYPES.Identifier) return param;
  if (param.type === AST_NODE_TYPES.AssignmentPattern && param.left.type === AST_NODE_TYPES.Identifier) {
    return param.left;
  }
  return null;
}

/**
 * A factory handed to a wrapper returns the handler: `metricScope((metrics) => async (event) => …)` (the wrapper
 * calls it with its own helper). The function `fn` returns at the end of its body (an arrow's expression body, or
 * a last `return`), followed a few levels; else `fn` itself.
 */
function returnedHandler(fn: FunctionLike): FunctionLike {
  let current = fn;
  for (let depth = 0; depth < MAX_FACTORY_DEPTH; depth++) {
    const inner = returnedFunction(current);
    if (inner === null) return current;
    current = inner;
  }
  return current;
}

/** Levels of functions returning functions followed (`(deps) => (config) => async (event) => …`). */
const MAX_FACTORY_DEPTH = 4;

/**
 * The function `fn` returns at the end of its body, written there: an arrow's expression body, or a last `return`
 * after set-up statements (`return async (event) => …`). Else null.
 */
function returnedFunction(fn: FunctionLike): FunctionLike | null {
  const returned = returnedExpression(fn);
  const inner = returned === null ? null : skipTypeWrappers(returned);
  return isFunctionLike(inner) ? inner : null;
}

/** What `fn` returns at the end of its body: an arrow's expression body, or the argument of a last `return`. */
function returnedExpression(fn: FunctionLike): TSESTree.Node | null {
  const body = fn.body;
  if (body?.type === AST_NODE_TYPES.BlockStatement) {
    const last = body.body[body.body.length - 1];
    return last?.type === AST_NODE_TYPES.ReturnStatement ? last.argument : null;
  }
  return body ?? null;
}

/** `ref` is a module's default export: `import m from 'm'` / `require('m')`, or `.default` of either. */
function isModuleDefault(ref: ModuleRef): boolean {
  return ref.path.length === 0 || (ref.path.length === 1 && ref.path[0] === 'default');
}

// ---------------------------------------------------------------------------------------------------------------
// Inline handlers: Pulumi's "magic functions"

/**
 * Lambda handlers written inline in a Pulumi program: functions `@pulumi/aws` serialises and deploys as a Lambda's
 * code. `new aws.lambda.CallbackFunction(name, { callback })` (or the function `callbackFactory` returns),
 * `aws.lambda.createFunctionFromEventHandler(name, fn)`, `aws.cloudwatch.onSchedule(name, schedule, fn)`, and the
 * event subscriptions of a resource the file creates (`bucket.onObjectCreated(name, fn)`, `topic.onEvent(name, fn)`
 * with `const bucket = new aws.s3.Bucket(…)`), and the `eventHandler` of a route of awsx's API
 * (`new awsx.apigateway.API(name, { routes: [{ path, method, eventHandler }] })`, which deploys it as a
 * CallbackFunction; its event is API Gateway's proxy event), and the `handler` of a Lambda authorizer Pulumi's
 * helpers make (`getTokenLambdaAuthorizer({ header, handler })`). The function is a function of the file (written there,
 * or a name bound once to one); its first parameter is the event.
 *
 * They are not exports: the module around them is the program `pulumi up` runs, not Lambda code, so rules that
 * judge a whole handler module (`getLambdaHandlers`) do not count them; rules that follow the event, or judge the
 * code inside a handler, read them here. Computed once per file, only for files that spell `@pulumi/aws` (the
 * import these functions need: SST v3's global `aws` builds its functions from handler paths) and one of these
 * names.
 */
export function getInlineHandlers(context: Context): readonly LambdaHandler[] {
  // Once per file for every rule that asks, the text tests included
  return inlineHandlersOf(context.sourceCode);
}

/** Is `node` inside (or) one of the handlers' functions? */
export function isInsideHandler(node: TSESTree.Node, handlers: readonly LambdaHandler[]): boolean {
  if (handlers.length === 0) return false;
  for (let current: TSESTree.Node | null | undefined = node; current != null; current = current.parent) {
    const enclosing = current;
    if (handlers.some((handler) => handler.fn === enclosing)) return true;
  }
  return false;
}

/**
 * Where a file's Lambda code is: all of a module that exports a handler; in a Pulumi program that exports none,
 * only the code inside the handlers written inline (the rest runs on `pulumi up`). See `isLambdaCode`.
 */
export interface LambdaCode {
  /** The handlers the module exports (`getLambdaHandlers`). */
  readonly exported: readonly LambdaHandler[];
  /**
   * The handlers written inline (`getInlineHandlers`): looked for only in a module that exports none, unless
   * `withInline` asks for them anyway (a rule that follows their event too).
   */
  readonly inline: readonly LambdaHandler[];
}

export function lambdaCode(context: Context, withInline = false): LambdaCode {
  const exported = getLambdaHandlers(context);
  const inline = withInline || exported.length === 0 ? getInlineHandlers(context) : NO_HANDLERS;
  // Most files have no handler: nothing allocated for them
  return exported.length === 0 && inline.length === 0 ? NO_LAMBDA_CODE : { exported, inline };
}

const NO_LAMBDA_CODE: LambdaCode = Object.freeze({ exported: NO_HANDLERS, inline: NO_HANDLERS });

/**
 * Does `node` run in Lambda (see `LambdaCode`)? In a Pulumi program, inside an inline handler, or inside a function of
 * the program an inline handler calls (`handler: async (event) => authenticate(event)`), directly or through at most
 * MAX_CALL_HOPS such functions.
 */
export function isLambdaCode(node: TSESTree.Node, code: LambdaCode, sourceCode: SourceCode): boolean {
  if (code.exported.length > 0) return true;
  if (code.inline.length === 0) return false;
  return isInsideHandler(node, code.inline) || isCalledFromInline(node, code.inline, sourceCode, 0);
}

const MAX_CALL_HOPS = 3;
/** Calls of one function looked at: a helper of an inline handler is called from a few places. */
const MAX_CALLS_SEEN = 20;

function isCalledFromInline(
  node: TSESTree.Node,
  inline: readonly LambdaHandler[],
  sourceCode: SourceCode,
  hops: number,
): boolean {
  for (let current = node.parent; current != null; current = current.parent) {
    if (!isFunctionLike(current)) continue;
    const calls = functionCalls(current, sourceCode)?.calls ?? [];
    for (const call of calls.slice(0, MAX_CALLS_SEEN)) {
      if (isInsideHandler(call, inline)) return true;
      if (hops < MAX_CALL_HOPS && isCalledFromInline(call, inline, sourceCode, hops + 1)) return true;
    }
  }
  return false;
}

/** Words one of the shapes spells (`onObjectCreated` and `onObjectRemoved` both spell `onObject`). */
const INLINE_HANDLER_WORDS: readonly string[] = [
  'CallbackFunction',
  'createFunctionFromEventHandler',
  'onSchedule',
  'onObject',
  'onEvent',
  'eventHandler',
  'LambdaAuthorizer',
];

/** Pulumi's helpers that make a Lambda authorizer of a function (see `isPulumiLambdaAuthorizerFactory`). */
const AUTHORIZER_FACTORY_NAMES: ReadonlySet<string> = new Set(['getTokenLambdaAuthorizer', 'getRequestLambdaAuthorizer']);

/** Methods of `@pulumi/aws` resources that subscribe a Lambda to the resource's events: the handler is argument 1. */
const SUBSCRIPTION_METHODS: ReadonlySet<string> = new Set(['onObjectCreated', 'onObjectRemoved', 'onEvent']);

const inlineHandlersOf = lastFile((sourceCode: SourceCode): readonly LambdaHandler[] => {
  if (!spellsPulumiAws(sourceCode) || !INLINE_HANDLER_WORDS.some((word) => mayMention(sourceCode, word))) {
    return NO_HANDLERS;
  }
  const found: LambdaHandler[] = [];
  const seen = new Set<FunctionLike>();
  let routesMentioned: boolean | undefined;
  const add = (argument: TSESTree.Node | undefined, reportNode: TSESTree.Node, factory = false): void => {
    if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return;
    const written = functionOf(argument, sourceCode);
    const fn = written !== null && factory ? returnedHandler(written) : written;
    if (fn === null || (factory && fn === written) || seen.has(fn)) return;
    seen.add(fn);
    found.push({
      exportName: reportNode.type === AST_NODE_TYPES.Identifier ? reportNode.name : 'callback',
      reportNode,
      reportLoc: reportNode.loc,
      ...plainHandlerFields(fn, false),
    });
  };
  try {
    forEachNode(sourceCode, (node) => {
      if (node.type === AST_NODE_TYPES.NewExpression) {
        const path = pulumiAwsPath(node.callee, sourceCode);
        if (path === null) {
          // awsx's API: each route's eventHandler
          routesMentioned ??= mayMention(sourceCode, 'eventHandler');
          if (!routesMentioned || !isAwsxApiComponent(node.callee, sourceCode)) return;
          for (const route of routesOf(node.arguments[1], sourceCode)) {
            const handler = optionProperty(route, 'eventHandler');
            if (handler !== null) add(handler.value, handler.key);
          }
          return;
        }
        if (path.join('.') !== 'lambda.CallbackFunction') return;
        const args = node.arguments[1];
        const options = args === undefined ? null : skipTypeWrappers(args);
        if (options?.type !== AST_NODE_TYPES.ObjectExpression) return;
        for (const property of options.properties) {
          if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
          const key = getPropertyName(property);
          if (key === 'callback') add(property.value, property.key);
          else if (key === 'callbackFactory') add(property.value, property.key, true);
        }
      } else if (node.type === AST_NODE_TYPES.CallExpression) {
        const callee = skipTypeWrappers(node.callee);
        const name = callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : simpleName(callee);
        if (name === 'createFunctionFromEventHandler' || name === 'onSchedule') {
          const path = pulumiAwsPath(callee, sourceCode)?.join('.');
          const nameNode = callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee;
          if (path === 'lambda.createFunctionFromEventHandler') add(node.arguments[1], nameNode);
          else if (path === 'cloudwatch.onSchedule') add(node.arguments[2], nameNode);
        } else if (
          name !== null &&
          SUBSCRIPTION_METHODS.has(name) &&
          callee.type === AST_NODE_TYPES.MemberExpression &&
          createsPulumiAwsResource(callee.object, sourceCode)
        ) {
          add(node.arguments[1], callee.property);
        } else if (name !== null && AUTHORIZER_FACTORY_NAMES.has(name) && isPulumiLambdaAuthorizerFactory(callee, sourceCode)) {
          // `getTokenLambdaAuthorizer({ header, handler })`: the authorizer's function
          const options = node.arguments[0] === undefined ? null : skipTypeWrappers(node.arguments[0]);
          const handler = options?.type === AST_NODE_TYPES.ObjectExpression ? optionProperty(options, 'handler') : null;
          if (handler !== null) add(handler.value, handler.key);
        }
      }
    });
  } catch {
    return NO_HANDLERS;
  }
  return Object.freeze(found);
});

/** The route objects of awsx's API options (`{ routes: [{ … }, route] }`, the array or a route bound once). */
function routesOf(argument: TSESTree.Node | undefined, sourceCode: SourceCode): TSESTree.ObjectExpression[] {
  const options = argument === undefined ? null : objectOrArray(argument, sourceCode);
  const routes = options?.type === AST_NODE_TYPES.ObjectExpression ? optionProperty(options, 'routes') : null;
  const list = routes === null ? null : objectOrArray(routes.value, sourceCode);
  if (list?.type !== AST_NODE_TYPES.ArrayExpression) return [];
  const objects: TSESTree.ObjectExpression[] = [];
  for (const element of list.elements) {
    const route = element === null ? null : objectOrArray(element, sourceCode);
    if (route?.type === AST_NODE_TYPES.ObjectExpression) objects.push(route);
  }
  return objects;
}

/** `node`, or the value of a name bound once, when it is an object or array literal. */
function objectOrArray(
  node: TSESTree.Node,
  sourceCode: SourceCode,
): TSESTree.ObjectExpression | TSESTree.ArrayExpression | null {
  let value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Identifier) {
    const bound = boundInitializer(value, sourceCode);
    value = bound === null ? value : skipTypeWrappers(bound);
  }
  return value.type === AST_NODE_TYPES.ObjectExpression || value.type === AST_NODE_TYPES.ArrayExpression
    ? value
    : null;
}

/** The last non-computed property `name` of an object literal, when no spread follows it (it could replace it). */
function optionProperty(object: TSESTree.ObjectExpression, name: string): TSESTree.Property | null {
  let found: TSESTree.Property | null = null;
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) found = null;
    else if (!property.computed && getPropertyName(property) === name) found = property;
  }
  return found;
}

/** `bucket` with `const bucket = new aws.s3.Bucket(…)` (bound once), or `new aws.s3.Bucket(…)` itself. */
function createsPulumiAwsResource(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  let value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Identifier) {
    const bound = boundInitializer(value, sourceCode);
    if (bound === null) return false;
    value = skipTypeWrappers(bound);
  }
  return value.type === AST_NODE_TYPES.NewExpression && pulumiAwsPath(value.callee, sourceCode) !== null;
}
