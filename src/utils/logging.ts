import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import {
  argumentAt,
  forEachNodeOfTypes,
  getCalleeName,
  getPropertyName,
  isMainModuleTest,
  isNullOrUndefined,
  isTypeWrapper,
  returnedExpressions,
  simpleName,
  skipTypeAndChainWrappers,
  skipTypeWrappers,
  type FunctionLike,
} from './ast.js';
import {
  boundFunction,
  boundInitializer,
  findVariableOf,
  isGlobalIdentifier,
  objectMemberInitializer,
  onceBoundDeclarator,
  patternPath,
  resolveCallee,
  resolveModuleRef,
  type ModuleRef,
} from './modules.js';

export { patternPath };
import { resolveProcessPath, type ProcessPathOptions } from './env-vars.js';
import { isFrameworkAdapterModule } from './framework-adapters.js';
import { mayMention } from './prefilter.js';
import { getChoiceBranches } from './static-value.js';
import { GLOBAL_OBJECT_NAMES } from './string-folds.js';

/**
 * Logging analysis shared by the logging rules: which calls are log calls, which library a logger comes from and
 * the argument order it takes, which calls write structured (JSON) logs, and which logging middleware or decorators
 * a file uses.
 *
 * Loggers are bound through imports and once-bound variables (`const logger = new Logger()`, `const log = pino()`,
 * `log.child({…})`), never by their names. The per-file analysis (`getFileLogging`) walks the file once, iteratively,
 * and is cached per SourceCode and options. Nothing here throws on odd input; anything unknown is null.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;
type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Variable = TSESLint.Scope.Variable;

export type LoggerLibrary =
  | 'console'
  | 'powertools'
  | 'pino'
  | 'bunyan'
  | 'winston'
  | 'lambda-log'
  | 'dazn'
  | 'stream'
  | 'custom';

/**
 * - `object-first`: `log.info({ id }, 'msg')` (pino, bunyan);
 * - `message-first`: `logger.info('msg', { id })` (Powertools, winston, lambda-log, dazn);
 * - `console`: `console.log(…args)` joins its arguments into one string;
 * - `stream`: `process.stdout.write(text)` writes its first argument as it is (Lambda sends stdout and stderr to
 *   CloudWatch Logs, a line per write that ends in a line break);
 * - `unknown`: a team's own logger module (option `loggers`).
 */
export type ArgumentOrder = 'object-first' | 'message-first' | 'console' | 'stream' | 'unknown';

export interface LoggerInfo {
  library: LoggerLibrary;
  order: ArgumentOrder;
  /** Writes JSON. `console` is decided per call (a single object argument); winston by its format. */
  structured: boolean;
}

export interface LoggingOptions {
  /** Module specifiers of a team's own logger modules: any call on an import of them is a log call. */
  loggers?: readonly string[];
  /** Module specifiers or function names of logging middleware / decorators / handler wrappers. */
  middlewares?: readonly string[];
}

/**
 * - `emit` writes a log line (`info`, `error`, …);
 * - `context` adds data to every later line (`appendKeys`, `child`);
 * - `dump` prints a value without being a log statement (`console.dir`, `console.table`);
 * - `event` logs the invocation's event when the configuration asks for it (Powertools `logEventIfEnabled(event)`,
 *   on when `POWERTOOLS_LOGGER_LOG_EVENT` is set): a structured log of the handler, but its argument is not a
 *   value logged unconditionally.
 */
export type LogCallKind = 'emit' | 'context' | 'dump' | 'event';

export interface LogCall {
  node: TSESTree.CallExpression;
  logger: LoggerInfo;
  /** `info`, `log`, …; null for a direct call of a custom logger import (`log('x')`). */
  method: string | null;
  kind: LogCallKind;
  /** Writes a JSON log line. */
  structured: boolean;
}

export type MiddlewareKind = 'powertools' | 'input-output-logger' | 'custom';

export interface LoggingMiddlewareUse {
  /** The `injectLambdaContext(…)` / `inputOutputLogger()` / wrapper call, or a decorator (`@logged`). */
  node: TSESTree.CallExpression | TSESTree.Decorator;
  kind: MiddlewareKind;
  /** The options argument of Powertools' `injectLambdaContext` (middleware: 2nd, decorator: 1st), when present. */
  options: TSESTree.Node | null;
}

export interface ModuleLogger {
  /** The name to call it by in the module scope. */
  name: string;
  variable: Variable;
  logger: LoggerInfo;
}

export interface FileLogging {
  /** Recognised log calls, in source order. */
  logCalls: readonly LogCall[];
  /**
   * A log-level call on a receiver we cannot identify but whose name says logger (`logger.info(…)` with `logger`
   * imported from your own module). Such a file may well log; rules that report missing logging stay quiet.
   */
  hasUnknownLogCall: boolean;
  /**
   * Those of them that call a log-level method (`logger.info(…)`, not `logger.logRequest(…)`, a helper that may pick
   * fields of what it is given), and the calls on such a receiver of a method that adds data to every later line
   * (`logger.appendKeys(…)`, `logger.child(…)`; no log line themselves), in source order, but for those run only
   * when the module runs as a program: they write what they are given.
   */
  unknownLevelCalls: readonly TSESTree.CallExpression[];
  /** Logging middleware and decorators used anywhere in the file. */
  middlewares: readonly LoggingMiddlewareUse[];
  /** Structured logger instances declared or imported at the top level of the module, in source order. */
  moduleLoggers: readonly ModuleLogger[];
  /**
   * A structured logger is handed to other code (`new Router({ logger })`, `new AppSyncEventsResolver({ logger })`,
   * `withLogging(handler, logger)`): that code may log through it, out of our sight.
   */
  loggerHandedOff: boolean;
  /**
   * The module uses a web framework adapter (`aws-serverless-express`, `serverless-http`, `@vendia/serverless-express`,
   * …): its handler hands requests to a framework whose logging is out of our sight.
   */
  usesFrameworkAdapter: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Libraries

interface LibrarySpec {
  order: ArgumentOrder;
  emit: ReadonlySet<string>;
  context: ReadonlySet<string>;
  dump?: ReadonlySet<string>;
  event?: ReadonlySet<string>;
}

const LIBRARIES: Readonly<Record<Exclude<LoggerLibrary, 'custom'>, LibrarySpec>> = {
  console: {
    order: 'console',
    emit: new Set(['log', 'info', 'warn', 'error', 'debug', 'trace']),
    context: new Set(),
    dump: new Set(['dir', 'dirxml', 'table']),
  },
  powertools: {
    order: 'message-first',
    emit: new Set(['trace', 'debug', 'info', 'warn', 'error', 'critical']),
    context: new Set([
      'appendKeys',
      'appendPersistentKeys',
      'addPersistentLogAttributes',
      'setPersistentLogAttributes',
      'createChild',
      // The correlation id goes on every line (`logger.setCorrelationId(event.headers['x-request-id'])`)
      'setCorrelationId',
    ]),
    event: new Set(['logEventIfEnabled']),
  },
  pino: {
    order: 'object-first',
    emit: new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']),
    context: new Set(['child', 'setBindings']),
  },
  bunyan: {
    order: 'object-first',
    emit: new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']),
    context: new Set(['child']),
  },
  winston: {
    order: 'message-first',
    emit: new Set(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly', 'log']),
    context: new Set(['child']),
  },
  'lambda-log': {
    order: 'message-first',
    emit: new Set(['info', 'warn', 'error', 'debug', 'log']),
    context: new Set(),
  },
  dazn: {
    order: 'message-first',
    emit: new Set(['debug', 'info', 'warn', 'error']),
    context: new Set(),
  },
  stream: {
    order: 'stream',
    emit: new Set(['write']),
    context: new Set(),
  },
};

/**
 * Every log-level method name any library uses: `x.info(…)` on an unknown logger-named receiver. (Not a stream's
 * `write`: a logger-named receiver's `write` is a transport's or a file's.)
 */
const LOG_LEVEL_METHODS: ReadonlySet<string> = new Set(
  Object.entries(LIBRARIES).flatMap(([library, spec]) => (library === 'stream' ? [] : [...spec.emit])),
);

/** Is `method` a log-level method some library has (`info`, `warn`, `error`, …)? */
export function isLogLevelMethod(method: string): boolean {
  return LOG_LEVEL_METHODS.has(method);
}

/** Every method some library adds data to every later line with: `x.appendKeys(…)` on an unknown logger. */
const CONTEXT_METHODS: ReadonlySet<string> = new Set(Object.values(LIBRARIES).flatMap((spec) => [...spec.context]));

/** Methods that make a child logger of the same library. */
const CHILD_METHODS: ReadonlySet<string> = new Set(['child', 'createChild']);

/** Every method some library logs or sets context with: without custom loggers, other calls are no log calls. */
const LIBRARY_METHODS: ReadonlySet<string> = new Set(
  Object.values(LIBRARIES).flatMap((spec) => [...spec.emit, ...spec.context, ...(spec.dump ?? []), ...(spec.event ?? [])]),
);

const CONSOLE: LoggerInfo = Object.freeze({ library: 'console', order: 'console', structured: false });
/** `process.stdout` / `process.stderr`: structured per call (a JSON text written, see isStructuredStreamWrite). */
const STREAM: LoggerInfo = Object.freeze({ library: 'stream', order: 'stream', structured: false });
const POWERTOOLS: LoggerInfo = Object.freeze({ library: 'powertools', order: 'message-first', structured: true });
const PINO: LoggerInfo = Object.freeze({ library: 'pino', order: 'object-first', structured: true });
const BUNYAN: LoggerInfo = Object.freeze({ library: 'bunyan', order: 'object-first', structured: true });
const WINSTON_JSON: LoggerInfo = Object.freeze({ library: 'winston', order: 'message-first', structured: true });
const WINSTON_TEXT: LoggerInfo = Object.freeze({ library: 'winston', order: 'message-first', structured: false });
/** The winston module as its own default logger: writes only once given a transport, so never suggested. */
const WINSTON_DEFAULT: LoggerInfo = Object.freeze({ library: 'winston', order: 'message-first', structured: true });
const LAMBDA_LOG: LoggerInfo = Object.freeze({ library: 'lambda-log', order: 'message-first', structured: true });
const DAZN: LoggerInfo = Object.freeze({ library: 'dazn', order: 'message-first', structured: true });
const CUSTOM: LoggerInfo = Object.freeze({ library: 'custom', order: 'unknown', structured: true });

/**
 * Other JSON loggers for serverless code, by module and the export constructed (`new SenseLogs()`): their instances
 * log structured lines, read as a team's own logger is (argument order unknown).
 */
const OTHER_JSON_LOGGERS: ReadonlyMap<string, string> = new Map([['senselogs', 'SenseLogs']]);

const POWERTOOLS_LOGGER = '@aws-lambda-powertools/logger';
const DAZN_LOGGER = '@dazn/lambda-powertools-logger';
/** Every module `loggerOfRef` / `loggerOfCreation` takes a structured library logger from (keep in step). */
const STRUCTURED_LOGGER_MODULES: readonly string[] = [
  POWERTOOLS_LOGGER,
  'pino',
  'bunyan',
  'winston',
  'lambda-log',
  DAZN_LOGGER,
  ...OTHER_JSON_LOGGERS.keys(),
];
const INPUT_OUTPUT_LOGGER = '@middy/input-output-logger';

/** Display name of a library in messages. */
export function libraryName(library: LoggerLibrary): string {
  switch (library) {
    case 'powertools':
      return 'Powertools Logger';
    case 'dazn':
      return '@dazn/lambda-powertools-logger';
    case 'custom':
      return 'your logger';
    default:
      return library;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Module specifiers

/** `./lib/logger.js` → `lib/logger`; `@acme/log/index.ts` → `@acme/log`. */
function normaliseSpecifier(specifier: string): string {
  let result = specifier.trim();
  while (result.startsWith('./')) result = result.slice(2);
  for (const extension of ['.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.jsx', '.tsx']) {
    if (result.endsWith(extension)) {
      result = result.slice(0, -extension.length);
      break;
    }
  }
  if (result.endsWith('/index')) result = result.slice(0, -'/index'.length);
  return result;
}

export function isRelative(specifier: string): boolean {
  return specifier.startsWith('.') || specifier.startsWith('/');
}

/**
 * A specifier that names a file of the project, not a package: relative, or a path alias, TypeScript `paths`
 * (`@/utils/logger`, `~/utils/logger`), Node subpath imports (`#utils/logger`) or a bare path from the source root
 * (`src/utils/logger`); no package is named `@`, `~`, `src` or starts with `#`.
 */
export function isProjectPath(specifier: string): boolean {
  return (
    isRelative(specifier) ||
    specifier.startsWith('@/') ||
    specifier.startsWith('~/') ||
    specifier.startsWith('#') ||
    specifier.startsWith('src/')
  );
}

/**
 * Does the imported `specifier` match an option entry? A package entry (`@acme/logger`) matches itself and its
 * subpaths; an entry for your own files (`lib/logger`, `./lib/logger.js`) matches relative imports and path aliases
 * ending in it (`../lib/logger`, `../../lib/logger.js`, `@/lib/logger`, `#lib/logger`).
 */
export function moduleMatches(specifier: string, entry: string): boolean {
  if (entry.trim() === '') return false;
  const spec = normaliseSpecifier(specifier);
  const wanted = normaliseSpecifier(entry);
  if (wanted === '' || spec === '') return false;
  if (spec === wanted) return true;
  if (!isProjectPath(specifier)) return !isRelative(entry) && spec.startsWith(`${wanted}/`);
  // a file of the project: compare trailing path segments, ignoring `..` and `.` prefixes of the specifier and the
  // `#` of a subpath import (`#lib/logger` ends in `lib/logger`)
  const specParts = (spec.startsWith('#') ? spec.slice(1) : spec)
    .split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..');
  const wantedParts = wanted.split('/').filter((part) => part !== '' && part !== '.' && part !== '..');
  if (wantedParts.length === 0 || wantedParts.length > specParts.length) return false;
  const offset = specParts.length - wantedParts.length;
  return wantedParts.every((part, index) => specParts[offset + index] === part);
}

function matchesAny(specifier: string, entries: readonly string[] | undefined): boolean {
  return entries !== undefined && entries.some((entry) => moduleMatches(specifier, entry));
}

function isPowertoolsLoggerModule(specifier: string): boolean {
  return specifier === POWERTOOLS_LOGGER || specifier.startsWith(`${POWERTOOLS_LOGGER}/`);
}

function lastOf(path: readonly string[]): string | undefined {
  return path[path.length - 1];
}

// ---------------------------------------------------------------------------------------------------------------
// Variables

/** The variable `node` refers to, or null (an undeclared global, or anything odd). */
export function variableOf(node: TSESTree.Identifier, sourceCode: SourceCode): Variable | null {
  // By name from the innermost scope: `ASTUtils.findVariable(scope, node)` searches every sibling scope for the
  // node, which is quadratic over a big file.
  return findVariableOf(node, sourceCode);
}

/** `node` is a global the file does not declare (`console`, `process`, `JSON`). */
export function isGlobal(node: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = variableOf(node, sourceCode);
  return variable === null || variable.defs.length === 0;
}

/**
 * A variable written once at its declaration (see `onceBoundDeclarator`), with where it sits in a destructuring
 * pattern: `const { a: { b } } = init` gives `b` the path ['a', 'b'].
 */
export function onceBound(
  variable: Variable,
): { declarator: TSESTree.VariableDeclarator; init: TSESTree.Expression; path: string[] } | null {
  const declarator = onceBoundDeclarator(variable);
  if (declarator === null || declarator.init === null) return null;
  const path = patternPath(declarator.id, variable.defs[0]!.name as TSESTree.Identifier);
  if (path === null) return null;
  return { declarator, init: declarator.init, path };
}

// ---------------------------------------------------------------------------------------------------------------
// Which logger is this?

/** Per file and options: memoised logger of each variable. */
interface Resolver {
  sourceCode: SourceCode;
  options: LoggingOptions;
  variables: Map<Variable, LoggerInfo | null>;
  /** The file pass's log calls and middleware calls (found ones only), reused when a hand-off is checked. */
  logCalls?: Map<TSESTree.CallExpression, LogCall>;
  callMiddlewares?: Map<TSESTree.CallExpression, LoggingMiddlewareUse>;
  /** The file spells a middleware found through its import (`injectLambdaContext`, the input-output logger). */
  importedMiddleware?: boolean;
  /** See `moduleMethodAliases`. */
  methodAliases?: Map<Variable, MethodAlias>;
  /** The calls forwarding functions among `methodAliases` make: their lines are written where those are called. */
  forwardingCalls?: Set<TSESTree.CallExpression>;
  /** See `renamedLevelImports`. */
  renamedLevelImports?: ReadonlySet<string>;
}

/** A name bound to a logger's method (`const log = console.log`). */
interface MethodAlias {
  logger: LoggerInfo;
  method: string;
}

const MAX_HOPS = 12;

function makeResolver(sourceCode: SourceCode, options: LoggingOptions): Resolver {
  return { sourceCode, options, variables: new Map() };
}

/** The logger a module export denotes by itself (a logger object, not a factory). */
function loggerOfRef(ref: ModuleRef, options: LoggingOptions): LoggerInfo | null {
  const path = ref.path[0] === 'default' ? ref.path.slice(1) : ref.path;
  // Node's `console` module is the global console (`import * as console from 'console'`)
  if ((ref.module === 'console' || ref.module === 'node:console') && path.length === 0) return CONSOLE;
  if (ref.module === 'lambda-log' && path.length === 0) return LAMBDA_LOG;
  if (ref.module === DAZN_LOGGER && path.length === 0) return DAZN;
  // `winston.info(…)`: the module is also its default logger, JSON unless `configure(…)` says otherwise
  if (ref.module === 'winston' && path.length === 0) return WINSTON_DEFAULT;
  if (matchesAny(ref.module, options.loggers)) return CUSTOM;
  return null;
}

/**
 * The logger library `node` evaluates to: `console`, a Powertools `Logger` instance, `pino()`, a winston
 * `createLogger(…)`, `bunyan.createLogger(…)`, lambda-log, dazn's `Log`, a child of any of them, or an import of a
 * module from option `loggers`. Null when unknown.
 */
export function resolveLogger(node: TSESTree.Node, sourceCode: SourceCode, options: LoggingOptions = {}): LoggerInfo | null {
  return loggerOf(node, makeResolver(sourceCode, options), 0);
}

function loggerOf(start: TSESTree.Node, resolver: Resolver, depth: number): LoggerInfo | null {
  if (depth > MAX_HOPS) return null;
  const node = skipTypeAndChainWrappers(start);
  const { sourceCode, options } = resolver;
  if (
    (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression) &&
    isProcessStream(node, sourceCode)
  ) {
    return STREAM;
  }
  switch (node.type) {
    case AST_NODE_TYPES.Identifier: {
      const variable = variableOf(node, sourceCode);
      if (variable === null || variable.defs.length === 0) return node.name === 'console' ? CONSOLE : null;
      return loggerOfVariable(variable, node, resolver, depth);
    }
    case AST_NODE_TYPES.MemberExpression: {
      if (node.object.type === AST_NODE_TYPES.ThisExpression) return loggerOfThisMember(node, resolver, depth);
      if (isGlobalConsole(node, sourceCode)) return CONSOLE;
      const ref = resolveModuleRef(node, sourceCode);
      return ref === null ? null : loggerOfRef(ref, options);
    }
    case AST_NODE_TYPES.NewExpression:
      return loggerOfCreation(node, resolver, depth);
    case AST_NODE_TYPES.CallExpression:
      return loggerOfCreation(node, resolver, depth) ?? loggerOfFactoryCall(node, resolver, depth);
    case AST_NODE_TYPES.AwaitExpression: {
      // `await createLogger()`: an async factory of the file gives its logger once awaited (a logger is no promise:
      // `await pino()` is the logger too)
      const awaited = skipTypeAndChainWrappers(node.argument);
      if (awaited.type !== AST_NODE_TYPES.CallExpression) return loggerOf(awaited, resolver, depth + 1);
      return loggerOfCreation(awaited, resolver, depth) ?? loggerOfFactoryCall(awaited, resolver, depth, true);
    }
    default:
      return null;
  }
}

/** `globalThis.console` (or on `window`, `global`, `self`, when the file does not declare them). */
function isGlobalConsole(node: TSESTree.MemberExpression, sourceCode: SourceCode): boolean {
  if (node.computed || getPropertyName(node) !== 'console') return false;
  const object = skipTypeAndChainWrappers(node.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return false;
  return GLOBAL_OBJECT_NAMES.has(object.name) && isGlobal(object, sourceCode);
}

/**
 * `process.stdout` / `process.stderr` of the global `process` or of Node's `process` module (`import { stdout } from
 * 'node:process'`, `import process from 'process'`), as written (no name bound to it is followed).
 */
function isProcessStream(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (!mayMention(sourceCode, 'std')) return false;
  const keys = resolveProcessPath(node, sourceCode, STREAM_PATH_OPTIONS)?.keys;
  return keys?.length === 1 && (keys[0] === 'stdout' || keys[0] === 'stderr');
}

const STREAM_PATH_OPTIONS: ProcessPathOptions = {
  maxSteps: 0,
  membersAreSteps: false,
  globalObjects: false,
  constantKeys: false,
};

function loggerOfVariable(
  variable: Variable,
  node: TSESTree.Identifier,
  resolver: Resolver,
  depth: number,
): LoggerInfo | null {
  if (resolver.variables.has(variable)) return resolver.variables.get(variable) ?? null;
  // Cycle guard: a variable being resolved is unknown to itself.
  resolver.variables.set(variable, null);
  let result: LoggerInfo | null = null;
  const def = variable.defs[0];
  if (variable.defs.length === 1 && def !== undefined) {
    if (def.type === 'ImportBinding') {
      const ref = resolveModuleRef(node, resolver.sourceCode);
      result = ref === null ? null : loggerOfRef(ref, resolver.options);
    } else if (def.type === 'Variable') {
      const bound = onceBound(variable);
      if (bound !== null) {
        if (bound.path.length === 0) result = loggerOf(bound.init, resolver, depth + 1);
        if (result === null) {
          // `const log = require('lambda-log')`, `const { logger } = require('./logger')`
          const ref = resolveModuleRef(node, resolver.sourceCode);
          result = ref === null ? null : loggerOfRef(ref, resolver.options);
        }
      } else {
        result = lazilyMadeLogger(variable, resolver, depth);
      }
    }
  }
  resolver.variables.set(variable, result);
  return result;
}

/** Assignments that give a lazily made logger its value: `logger ??= new Logger()`, `log ||= pino()`. */
const LAZY_ASSIGNMENT_OPERATORS: ReadonlySet<string> = new Set(['=', '??=', '||=']);
/** Writes of one variable looked at. */
const MAX_LAZY_WRITES = 16;

/**
 * `let logger; … logger ??= new Logger()`: a variable declared without a value (or with `null` / `undefined`) whose
 * every later write gives it a logger of one kind (`??=`, `||=` or `=`), wherever the writes sit (a function the
 * handler calls, the top of the module). It holds that logger or nothing; a write of anything else, or none, leaves
 * it unknown.
 */
function lazilyMadeLogger(variable: Variable, resolver: Resolver, depth: number): LoggerInfo | null {
  const declarator = variable.defs[0]!.node as TSESTree.Node;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) {
    return null;
  }
  // Declared with nothing in it yet: no value, `null` or `undefined`
  if (declarator.init !== null && !isNullOrUndefined(skipTypeAndChainWrappers(declarator.init))) return null;
  // `for (let log of logs)`: each turn gives it a value of the loop
  const loop = declarator.parent.parent;
  if (loop.type === AST_NODE_TYPES.ForInStatement || loop.type === AST_NODE_TYPES.ForOfStatement) return null;
  let result: LoggerInfo | null = null;
  let writes = 0;
  for (const reference of variable.references) {
    if (!reference.isWrite() || reference.init === true) continue;
    const assignment = reference.identifier.parent;
    if (
      ++writes > MAX_LAZY_WRITES ||
      assignment?.type !== AST_NODE_TYPES.AssignmentExpression ||
      assignment.left !== reference.identifier ||
      !LAZY_ASSIGNMENT_OPERATORS.has(assignment.operator)
    ) {
      return null;
    }
    const logger = loggerOf(assignment.right, resolver, depth + 1);
    if (logger === null || (result !== null && logger !== result)) return null;
    result = logger;
  }
  return result;
}

/** `this.logger` in a class whose field initialiser (or one constructor assignment) makes a logger. */
function loggerOfThisMember(node: TSESTree.MemberExpression, resolver: Resolver, depth: number): LoggerInfo | null {
  const name = getPropertyName(node);
  if (name === null || node.computed) return null;
  // The nearest non-arrow function decides what `this` is: it must be a method of a class.
  // espree gives the Program a `null` parent, not `undefined`
  let current: TSESTree.Node | null | undefined = node.parent;
  let classBody: TSESTree.ClassBody | null = null;
  for (let guard = 0; current !== undefined && current !== null && guard < 10_000; guard++, current = current.parent) {
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      const owner = current.parent;
      if (owner?.type === AST_NODE_TYPES.MethodDefinition && owner.parent.type === AST_NODE_TYPES.ClassBody) {
        if (owner.static) return null;
        classBody = owner.parent;
      }
      break;
    }
    if (current.type === AST_NODE_TYPES.PropertyDefinition && current.parent.type === AST_NODE_TYPES.ClassBody) {
      if (current.static) return null;
      classBody = current.parent;
      break;
    }
  }
  if (classBody === null) return null;
  const inits: TSESTree.Node[] = [];
  for (const element of classBody.body) {
    if (
      element.type === AST_NODE_TYPES.PropertyDefinition &&
      !element.static &&
      !element.computed &&
      getPropertyName(element) === name
    ) {
      if (element.value !== null) inits.push(element.value);
    }
    if (
      element.type === AST_NODE_TYPES.MethodDefinition &&
      element.kind === 'constructor' &&
      element.value.body !== null
    ) {
      for (const statement of element.value.body.body) {
        if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
        const expression = statement.expression;
        if (
          expression.type === AST_NODE_TYPES.AssignmentExpression &&
          expression.operator === '=' &&
          expression.left.type === AST_NODE_TYPES.MemberExpression &&
          expression.left.object.type === AST_NODE_TYPES.ThisExpression &&
          !expression.left.computed &&
          getPropertyName(expression.left) === name
        ) {
          inits.push(expression.right);
        }
      }
    }
  }
  if (inits.length !== 1) return null;
  return loggerOf(inits[0]!, resolver, depth + 1);
}

function loggerOfCreation(
  node: TSESTree.NewExpression | TSESTree.CallExpression,
  resolver: Resolver,
  depth: number,
): LoggerInfo | null {
  const { sourceCode, options } = resolver;
  const callee = skipTypeAndChainWrappers(node.callee);
  // `parent.child({…})`, `logger.createChild()`: same library as the parent
  if (node.type === AST_NODE_TYPES.CallExpression && callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getPropertyName(callee);
    if (method !== null && CHILD_METHODS.has(method)) {
      const parent = loggerOf(callee.object, resolver, depth + 1);
      if (parent !== null && parent.library !== 'console') return parent;
    }
  }
  if (node.type === AST_NODE_TYPES.CallExpression) {
    // `require('lambda-log')`
    const direct = resolveModuleRef(node, sourceCode);
    if (direct !== null) return loggerOfRef(direct, options);
  }
  const ref = resolveCallee(node, sourceCode);
  if (ref === null) return null;
  const path = ref.path[0] === 'default' ? ref.path.slice(1) : ref.path;
  const joined = path.join('.');
  const isNew = node.type === AST_NODE_TYPES.NewExpression;
  if (isPowertoolsLoggerModule(ref.module) && joined === 'Logger' && isNew) return POWERTOOLS;
  if (ref.module === 'pino' && (joined === '' || joined === 'pino')) return PINO;
  if (ref.module === 'bunyan' && ((joined === 'createLogger' && !isNew) || (joined === '' && isNew))) return BUNYAN;
  if (ref.module === 'winston' && joined === 'createLogger' && !isNew) {
    return winstonIsJson(node.arguments[0], resolver) ? WINSTON_JSON : WINSTON_TEXT;
  }
  if (ref.module === 'lambda-log' && joined === 'LambdaLog' && isNew) return LAMBDA_LOG;
  if (ref.module === DAZN_LOGGER && joined === '' && isNew) return DAZN;
  const other = OTHER_JSON_LOGGERS.get(ref.module);
  if (other !== undefined && isNew && (joined === '' || joined === other)) return CUSTOM;
  if (matchesAny(ref.module, options.loggers)) return CUSTOM;
  return null;
}

/**
 * `makeLogger()` with `function makeLogger() { return new Logger({ … }); }`, `getLog()` with `const getLog = () =>
 * pino()`: a function of the file whose every return gives a logger of one kind. One level: the returns must be
 * logger constructions themselves (not calls of another factory), a name bound to a logger (`return logger`, also one
 * made lazily, see lazilyMadeLogger) or such a name's lazy assignment (`return (logger ??= pino())`). An async
 * factory (`async function createLogger()`) gives a promise of the logger: only `awaited` (`await createLogger()`).
 */
function loggerOfFactoryCall(
  node: TSESTree.CallExpression,
  resolver: Resolver,
  depth: number,
  awaited = false,
): LoggerInfo | null {
  const callee = skipTypeAndChainWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const fn = boundFunction(callee, resolver.sourceCode);
  if (fn === null || fn.generator || (fn.async && !awaited)) return null;
  const returned = returnedExpressions(fn);
  if (returned === null || returned.length === 0) return null;
  let result: LoggerInfo | null = null;
  for (const expression of returned) {
    const logger = expression === null ? null : returnedLogger(expression, fn.async, resolver, depth + 1);
    if (logger === null || (result !== null && logger !== result)) return null;
    result = logger;
  }
  return result;
}

/**
 * Does every `return` of `fn` give a logger, as a factory's returns do (see loggerOfFactoryCall)? A function of the
 * project that takes what a handler takes and answers with a logger (`createLogger(event, context: Context) { return
 * pino({ base: { requestId: context.awsRequestId } }) }`) makes the handler's logger: it is no handler (Lambda would
 * send the logger back as the response).
 */
export function returnsLogger(fn: FunctionLike, sourceCode: SourceCode, options: LoggingOptions = {}): boolean {
  if (fn.generator) return false;
  const returned = returnedExpressions(fn);
  if (returned === null || returned.length === 0) return false;
  const resolver = makeResolver(sourceCode, options);
  return returned.every(
    (expression) => expression !== null && returnedLogger(expression, fn.async, resolver, 0) !== null,
  );
}

/** The logger a factory's `return` gives (see loggerOfFactoryCall), or null. */
function returnedLogger(
  expression: TSESTree.Node,
  inAsync: boolean,
  resolver: Resolver,
  depth: number,
): LoggerInfo | null {
  let value = skipTypeAndChainWrappers(expression);
  // An async function's `return await x` gives what `return x` gives
  if (inAsync && value.type === AST_NODE_TYPES.AwaitExpression) value = skipTypeAndChainWrappers(value.argument);
  switch (value.type) {
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.CallExpression:
      return loggerOfCreation(value, resolver, depth);
    case AST_NODE_TYPES.Identifier:
      return loggerOf(value, resolver, depth);
    case AST_NODE_TYPES.AssignmentExpression:
      // the variable's own writes, this one among them, say what it holds
      return LAZY_ASSIGNMENT_OPERATORS.has(value.operator) && value.left.type === AST_NODE_TYPES.Identifier
        ? loggerOf(value.left, resolver, depth)
        : null;
    default:
      return null;
  }
}

/**
 * winston writes JSON unless told otherwise: `createLogger({})` uses `format.json()` by default. With a `format`,
 * JSON needs evidence: a `json()` / `logstash()` call inside it. A format we cannot see is taken as JSON (unknown
 * stays quiet).
 */
function winstonIsJson(argument: TSESTree.Node | undefined, resolver: Resolver): boolean {
  if (argument === undefined) return true;
  const options = resolveObject(argument, resolver.sourceCode);
  if (options === null) return true;
  let format: TSESTree.Node | null = null;
  for (const property of options.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      format = null;
      continue;
    }
    if (getPropertyName(property) === 'format') format = property.value;
  }
  if (format === null) return !options.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement);
  return formatEvidence(format, resolver) !== 'text';
}

/** 'json' when a json()/logstash() call is found, 'text' when the whole format is visible without one. */
function formatEvidence(start: TSESTree.Node, resolver: Resolver): 'json' | 'text' | 'unknown' {
  const stack: { node: TSESTree.Node; depth: number }[] = [{ node: start, depth: 0 }];
  let unknown = false;
  for (let budget = 0; stack.length > 0 && budget < 500; budget++) {
    const { node: raw, depth } = stack.pop()!;
    const node = skipTypeAndChainWrappers(raw);
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression: {
        const name = getCalleeName(node);
        if (name === 'json' || name === 'logstash') return 'json';
        for (const argument of node.arguments) stack.push({ node: argument, depth });
        // `format.simple()`, `combine(…)`: winston's own formats are visible; anything else may be JSON
        if (!isWinstonFormat(skipTypeAndChainWrappers(node.callee), resolver)) unknown = true;
        break;
      }
      case AST_NODE_TYPES.Identifier: {
        const variable = variableOf(node, resolver.sourceCode);
        const bound = variable === null ? null : onceBound(variable);
        if (bound === null || bound.path.length > 0 || depth >= 4) unknown = true;
        else stack.push({ node: bound.init, depth: depth + 1 });
        break;
      }
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.TemplateLiteral:
        break;
      default:
        unknown = true;
    }
  }
  if (stack.length > 0) unknown = true;
  return unknown ? 'unknown' : 'text';
}

function isWinstonFormat(callee: TSESTree.Node, resolver: Resolver): boolean {
  if (callee.type !== AST_NODE_TYPES.Identifier && callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const ref = resolveModuleRef(callee, resolver.sourceCode);
  return ref !== null && (ref.module === 'winston' || ref.module === 'logform');
}

function resolveObject(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  let current = skipTypeAndChainWrappers(node);
  for (let hop = 0; hop < 4 && current.type === AST_NODE_TYPES.Identifier; hop++) {
    const variable = variableOf(current, sourceCode);
    const bound = variable === null ? null : onceBound(variable);
    if (bound === null || bound.path.length > 0) return null;
    current = skipTypeAndChainWrappers(bound.init);
  }
  return current.type === AST_NODE_TYPES.ObjectExpression ? current : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Calls

/** Is this `console.*` call structured: a single object literal, or `JSON.stringify(<not a string>)`? */
export function isStructuredConsoleArguments(
  args: readonly TSESTree.CallExpressionArgument[],
  sourceCode: SourceCode,
): boolean {
  if (args.length !== 1) return false;
  // `const entry = { message: 'saved', id }; console.log(entry)`: the object, written once before the call;
  // `` console.log(`${JSON.stringify(entry)}`) ``: the template prints what JSON.stringify prints (not an object,
  // which a template prints as `[object Object]`)
  const inTemplate = skipBareTemplates(args[0]!);
  const written = isJsonStringify(inTemplate, sourceCode) ? inTemplate : args[0]!;
  const argument = constInitializer(skipTypeAndChainWrappers(written), sourceCode);
  if (argument.type === AST_NODE_TYPES.ObjectExpression) return true;
  if (argument.type !== AST_NODE_TYPES.CallExpression || !isJsonStringify(argument, sourceCode)) return false;
  const value = argument.arguments[0];
  if (value === undefined || value.type === AST_NODE_TYPES.SpreadElement) return false;
  const inner = constInitializer(skipTypeAndChainWrappers(value), sourceCode);
  // `JSON.stringify('text')` is a quoted string, not an object
  return !(
    (inner.type === AST_NODE_TYPES.Literal && typeof inner.value !== 'object') ||
    inner.type === AST_NODE_TYPES.TemplateLiteral ||
    (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === '+')
  );
}

/**
 * `process.stdout.write(JSON.stringify({ … }) + '\n')`: a JSON object written as one line (the line break after it
 * added by `+` or a template, or none). A stream writes text only: an object argument is no log line.
 */
function isStructuredStreamWrite(args: readonly TSESTree.CallExpressionArgument[], sourceCode: SourceCode): boolean {
  const first = args[0];
  if (first === undefined || first.type === AST_NODE_TYPES.SpreadElement) return false;
  const written = withoutLineBreak(skipTypeAndChainWrappers(first));
  const value = constInitializer(skipTypeAndChainWrappers(written), sourceCode);
  return isJsonStringify(value, sourceCode) && isStructuredConsoleArguments([value], sourceCode);
}

/** `x + '\n'` and `` `${x}\n` ``: `x`; any other node itself. */
function withoutLineBreak(node: TSESTree.Node): TSESTree.Node {
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+' && isLineBreak(node.right)) return node.left;
  if (
    node.type === AST_NODE_TYPES.TemplateLiteral &&
    node.expressions.length === 1 &&
    node.quasis[0]?.value.cooked === '' &&
    /^\r?\n$/u.test(node.quasis[1]?.value.cooked ?? '')
  ) {
    return node.expressions[0]!;
  }
  return node;
}

function isLineBreak(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal && (node.value === '\n' || node.value === '\r\n');
}

/**
 * `${JSON.stringify(result)}`, `${id}`: a template with no text around its one expression prints what the expression
 * prints, so it is read as that expression (type wrappers skipped too).
 */
export function skipBareTemplates(node: TSESTree.Node): TSESTree.Node {
  let target = skipTypeWrappers(node);
  while (
    target.type === AST_NODE_TYPES.TemplateLiteral &&
    target.expressions.length === 1 &&
    target.quasis.every((quasi) => quasi.value.cooked === '')
  ) {
    target = skipTypeWrappers(target.expressions[0]!);
  }
  return target;
}

/** What a name bound once is initialised with (one step, wrappers skipped); the node itself otherwise. */
function constInitializer(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node {
  if (node.type !== AST_NODE_TYPES.Identifier) return node;
  const init = boundInitializer(node, sourceCode);
  return init === null ? node : skipTypeAndChainWrappers(init);
}

/** `JSON.stringify(…)` with the global JSON. */
export function isJsonStringify(node: TSESTree.Node, sourceCode: SourceCode): node is TSESTree.CallExpression {
  return isGlobalMethodCall(node, 'JSON', 'stringify', sourceCode);
}

/** `JSON.parse(…)` with the global JSON. */
export function isJsonParse(node: TSESTree.Node, sourceCode: SourceCode): node is TSESTree.CallExpression {
  return isGlobalMethodCall(node, 'JSON', 'parse', sourceCode);
}

/**
 * `object.method(…)` with the global `object` (`JSON.stringify`, `Object.assign`), also through a name bound once to
 * the method (`const { stringify } = JSON; stringify(…)`, `const assign = Object.assign`).
 */
export function isGlobalMethodCall(
  node: TSESTree.Node,
  object: string,
  method: string,
  sourceCode: SourceCode,
): node is TSESTree.CallExpression {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeAndChainWrappers(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return isGlobalMethodAlias(callee, object, method, sourceCode);
  return callee.type === AST_NODE_TYPES.MemberExpression && isGlobalMember(callee, object, method, sourceCode);
}

/** `object.method` with the global `object`. */
function isGlobalMember(node: TSESTree.Node, object: string, method: string, sourceCode: SourceCode): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(node) !== method) return false;
  const target = skipTypeAndChainWrappers(node.object);
  return target.type === AST_NODE_TYPES.Identifier && target.name === object && isGlobal(target, sourceCode);
}

/** A name bound once to the global `object.method`: `const { method } = object` or `const m = object.method`. */
function isGlobalMethodAlias(
  name: TSESTree.Identifier,
  object: string,
  method: string,
  sourceCode: SourceCode,
): boolean {
  const variable = variableOf(name, sourceCode);
  const bound = variable === null ? null : onceBound(variable);
  if (bound === null) return false;
  const init = skipTypeAndChainWrappers(bound.init);
  if (bound.path.length === 0) return isGlobalMember(init, object, method, sourceCode);
  return (
    bound.path.length === 1 &&
    bound.path[0] === method &&
    init.type === AST_NODE_TYPES.Identifier &&
    init.name === object &&
    isGlobal(init, sourceCode)
  );
}

/** Functions of Node's `util` module that turn their arguments into one string. */
export type NodeUtilFunction = 'format' | 'formatWithOptions' | 'inspect';

const NODE_UTIL_FUNCTIONS: ReadonlySet<string> = new Set<NodeUtilFunction>(['format', 'formatWithOptions', 'inspect']);

/**
 * `format(…)`, `util.inspect(…)`, `require('node:util').format(…)`: which function of Node's `util` module `node`
 * calls, bound through its import or require (any style, renamed included); null otherwise. Asked only about the
 * arguments of log calls.
 */
export function nodeUtilCall(node: TSESTree.Node, sourceCode: SourceCode): NodeUtilFunction | null {
  if (node.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = skipTypeAndChainWrappers(node.callee);
  // A member call names the function itself; an identifier may be a renamed import (`import { format as fmt }`)
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getPropertyName(callee);
    if (method === null || !NODE_UTIL_FUNCTIONS.has(method)) return null;
  } else if (callee.type !== AST_NODE_TYPES.Identifier) {
    return null;
  }
  const ref = resolveCallee(node, sourceCode);
  if (ref === null || (ref.module !== 'util' && ref.module !== 'node:util') || ref.path.length !== 1) return null;
  const name = ref.path[0]!;
  return NODE_UTIL_FUNCTIONS.has(name) ? (name as NodeUtilFunction) : null;
}

/** The log call `node` is, or null. */
/** `console[method](…)` with `const method = 'log'`: the name a computed member's constant holds, else null. */
function constantMethodName(callee: TSESTree.MemberExpression, sourceCode: SourceCode): string | null {
  if (!callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return null;
  const init = boundInitializer(callee.property, sourceCode);
  const value = init === null ? null : skipTypeWrappers(init);
  return value?.type === AST_NODE_TYPES.Literal && typeof value.value === 'string' ? value.value : null;
}

export function classifyLogCall(
  node: TSESTree.CallExpression,
  sourceCode: SourceCode,
  options: LoggingOptions = {},
): LogCall | null {
  return classify(node, makeResolver(sourceCode, options));
}

function classify(node: TSESTree.CallExpression, resolver: Resolver): LogCall | null {
  const callee = skipTypeAndChainWrappers(node.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getPropertyName(callee) ?? constantMethodName(callee, resolver.sourceCode);
    if (method === null) return null;
    // Only a custom logger (from option `loggers`) makes any other method a log call: skip the receiver's lookup
    if (!LIBRARY_METHODS.has(method) && (resolver.options.loggers?.length ?? 0) === 0) return null;
    const logger = loggerOf(callee.object, resolver, 0);
    if (logger === null) {
      // `log.info(…)` with `import * as log from '@acme/logger'`: the member itself is the import
      return customDirectCall(node, callee, resolver, method);
    }
    return methodCall(node, logger, method, resolver);
  }
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const aliases = moduleMethodAliases(resolver);
    const variable = aliases.size === 0 ? null : variableOf(callee, resolver.sourceCode);
    const alias = variable === null ? undefined : aliases.get(variable);
    if (alias !== undefined) return methodCall(node, alias.logger, alias.method, resolver);
    return customDirectCall(node, callee, resolver, null);
  }
  return null;
}

/** `node` calls `method` of `logger` (directly or through an alias of the method). */
function methodCall(
  node: TSESTree.CallExpression,
  logger: LoggerInfo,
  method: string,
  resolver: Resolver,
): LogCall | null {
  if (logger.library === 'custom') {
    return { node, logger, method, kind: CHILD_METHODS.has(method) ? 'context' : 'emit', structured: true };
  }
  const spec = LIBRARIES[logger.library];
  let kind: LogCallKind;
  if (spec.emit.has(method)) kind = 'emit';
  else if (spec.context.has(method)) kind = 'context';
  else if (spec.dump?.has(method)) kind = 'dump';
  else if (spec.event?.has(method)) kind = 'event';
  else return null;
  const structured =
    (kind === 'emit' || kind === 'event') &&
    (logger.library === 'console'
      ? isStructuredConsoleArguments(node.arguments, resolver.sourceCode)
      : logger.library === 'stream'
        ? isStructuredStreamWrite(node.arguments, resolver.sourceCode)
        : logger.structured);
  return { node, logger, method, kind, structured };
}

/**
 * Names bound once at the top of the module to a logger's method: `const log = console.log`,
 * `const info = logger.info.bind(logger)`, `const { log, error } = console`. Calling one is a call of the method.
 * Read from the module's own statements only (cheap: no walk), once per resolver.
 */
function moduleMethodAliases(resolver: Resolver): Map<Variable, MethodAlias> {
  if (resolver.methodAliases !== undefined) return resolver.methodAliases;
  const aliases = new Map<Variable, MethodAlias>();
  const forwardingCalls = new Set<TSESTree.CallExpression>();
  resolver.methodAliases = aliases;
  resolver.forwardingCalls = forwardingCalls;
  const { sourceCode } = resolver;
  for (const statement of (sourceCode.ast as TSESTree.Program).body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration) {
      // `function log(...args) { console.log(...args); }`
      const method = forwardedMethod(declaration);
      const logger = method === null ? null : loggerOf(method.object, resolver, 1);
      const variable = logger === null ? undefined : sourceCode.getDeclaredVariables(declaration)[0];
      // Not reassigned (`log = …` elsewhere makes it another function)
      const reassigned = variable?.references.some((reference) => reference.isWrite()) ?? true;
      if (logger !== null && variable !== undefined && variable.defs.length === 1 && !reassigned) {
        aliases.set(variable, { logger, method: method!.name });
        forwardingCalls.add(method!.call!);
      }
      continue;
    }
    if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of declaration.declarations) {
      if (declarator.init === null) continue;
      if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
        // `const { log, error: fail } = console`: the object is the logger, each key a method
        const logger = loggerOf(declarator.init, resolver, 1);
        if (logger === null) continue;
        for (const variable of sourceCode.getDeclaredVariables(declarator)) {
          const bound = onceBound(variable);
          if (bound?.path.length === 1) aliases.set(variable, { logger, method: bound.path[0]! });
        }
      } else if (declarator.id.type === AST_NODE_TYPES.Identifier) {
        // `const log = console.log`: the member's object is the logger; `const log = (...a) => console.log(...a)`
        // calls it with what it is given
        const init = skipTypeAndChainWrappers(declarator.init);
        const method =
          init.type === AST_NODE_TYPES.ArrowFunctionExpression || init.type === AST_NODE_TYPES.FunctionExpression
            ? forwardedMethod(init)
            : boundMethod(declarator.init);
        const logger = method === null ? null : loggerOf(method.object, resolver, 1);
        const variable = sourceCode.getDeclaredVariables(declarator)[0];
        if (logger !== null && variable !== undefined && onceBound(variable) !== null) {
          aliases.set(variable, { logger, method: method!.name });
          if (method!.call !== undefined) forwardingCalls.add(method!.call);
        }
      }
    }
  }
  return aliases;
}

/**
 * A function that hands all it is given on to one method call and does nothing else: `(...args) =>
 * console.log(...args)`, `function log(...args) { return logger.info(...args); }`. The method's object, name and the
 * call; null otherwise. A function that adds or reshapes anything writes lines of its own making; one that names its
 * parameters is read as the helper it is (what its callers hand it is followed into its log calls).
 */
function forwardedMethod(
  fn: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration,
): { object: TSESTree.Expression; name: string; call: TSESTree.CallExpression } | null {
  const rest = fn.params.length === 1 ? fn.params[0]! : null;
  if (rest?.type !== AST_NODE_TYPES.RestElement || rest.argument.type !== AST_NODE_TYPES.Identifier) return null;
  if (fn.async || fn.generator) return null;
  let body: TSESTree.Node = fn.body;
  if (body.type === AST_NODE_TYPES.BlockStatement) {
    if (body.body.length !== 1) return null;
    const only = body.body[0]!;
    if (only.type === AST_NODE_TYPES.ExpressionStatement) body = only.expression;
    else if (only.type === AST_NODE_TYPES.ReturnStatement && only.argument !== null) body = only.argument;
    else return null;
  }
  const call = skipTypeAndChainWrappers(body);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 1) return null;
  const spread = call.arguments[0]!;
  if (spread.type !== AST_NODE_TYPES.SpreadElement || spread.argument.type !== AST_NODE_TYPES.Identifier) return null;
  if (spread.argument.name !== rest.argument.name) return null;
  const callee = skipTypeAndChainWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return null;
  const name = getPropertyName(callee);
  return name === null ? null : { object: callee.object, name, call };
}

/** `x.m` or `x.m.bind(…)`: the object and the method's name. */
function boundMethod(
  init: TSESTree.Expression,
): { object: TSESTree.Expression; name: string; call?: TSESTree.CallExpression } | null {
  let target = skipTypeAndChainWrappers(init);
  if (target.type === AST_NODE_TYPES.CallExpression && target.arguments.length === 1) {
    const callee = skipTypeAndChainWrappers(target.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'bind') return null;
    target = skipTypeAndChainWrappers(callee.object);
  }
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.computed) return null;
  const name = getPropertyName(target);
  return name === null ? null : { object: target.object, name };
}

function customDirectCall(
  node: TSESTree.CallExpression,
  callee: TSESTree.Identifier | TSESTree.MemberExpression,
  resolver: Resolver,
  method: string | null,
): LogCall | null {
  if (resolver.options.loggers === undefined || resolver.options.loggers.length === 0) return null;
  const ref = resolveModuleRef(callee, resolver.sourceCode);
  if (ref === null || !matchesAny(ref.module, resolver.options.loggers)) return null;
  return { node, logger: CUSTOM, method, kind: 'emit', structured: true };
}

/** Split a name into lower-case word parts: `accessToken` → access, token; `X_API_KEY` → x, api, key. */
export function nameParts(name: string): string[] {
  const parts: string[] = [];
  let word = '';
  const flush = (): void => {
    if (word !== '') parts.push(word.toLowerCase());
    word = '';
  };
  for (let index = 0; index < name.length; index++) {
    const char = name[index]!;
    const isUpper = char >= 'A' && char <= 'Z';
    const isLower = char >= 'a' && char <= 'z';
    if (!isUpper && !isLower) {
      flush();
      continue;
    }
    if (isUpper && word !== '') {
      const previous = word[word.length - 1]!;
      const previousIsUpper = previous >= 'A' && previous <= 'Z';
      const next = name[index + 1];
      const nextIsLower = next !== undefined && next >= 'a' && next <= 'z';
      // `accessToken` → access|Token; `APIKey` → API|Key
      if (!previousIsUpper || nextIsLower) flush();
    }
    word += char;
  }
  flush();
  return parts;
}

/** The name a call's receiver is read by (`logger`, `this.logger` → `logger`), or null. */
function receiverName(node: TSESTree.Node, resolver: Resolver): string | null {
  const receiver = skipTypeAndChainWrappers(node);
  // `logger().info(…)`, `getLogger().info(…)`: a logger handed out by a getter, named by the getter; `Logger.
  // getInstance().info(…)`: a class's singleton, named by the class
  if (receiver.type === AST_NODE_TYPES.CallExpression && receiver.arguments.length === 0) {
    const getter = skipTypeAndChainWrappers(receiver.callee);
    const name = simpleName(getter);
    if (getter.type === AST_NODE_TYPES.MemberExpression && name !== null && SINGLETON_GETTERS.has(name)) {
      return simpleName(skipTypeAndChainWrappers(getter.object));
    }
    return name;
  }
  const name = simpleName(receiver);
  // `import { logger as l } from './logger'`: named by what the module exports it as
  if (receiver.type === AST_NODE_TYPES.Identifier && !namedLikeLogger(name)) {
    const ref = resolveModuleRef(receiver, resolver.sourceCode);
    const exported = ref?.path.length === 1 ? ref.path[0]! : null;
    if (exported !== null && exported !== 'default' && namedLikeLogger(exported)) return exported;
  }
  return name;
}

/** Static methods that hand out a class's one instance (`Logger.getInstance()`). */
const SINGLETON_GETTERS: ReadonlySet<string> = new Set(['getInstance', 'instance', 'getSingleton']);

/** The receiver's name reads like a logger (`logger`, `log`, `appLogger`): word parts. */
function namedLikeLogger(name: string | null): boolean {
  return name !== null && hasLogWord(name);
}

const LOG_WORDS: ReadonlySet<string> = new Set(['log', 'logger', 'logging']);

/**
 * A level call's receiver's name (see unknownLogCall) ends in a log word (`logger`, `auditLog`, `this.requestLogger`):
 * what the sensitive-data check reads as a log line of an unknown logger. A log word before another
 * (`logGroup.info`, `logLevel.debug`) names something about logs, not a logger.
 */
export function endsInLogWord(receiver: string | null): boolean {
  return receiver !== null && endsInWordOf(receiver, LOG_WORDS);
}

/** Is the last word part of `name` (see `nameParts`) one of `words` (`lazyDependencies` ends in `dependencies`)? */
export function endsInWordOf(name: string, words: ReadonlySet<string>): boolean {
  const parts = nameParts(name);
  return parts.length > 0 && words.has(parts[parts.length - 1]!);
}

/** What every name with a log word spells, in any case (a test that allocates nothing). */
const LOG_LETTERS = /[Ll][Oo][Gg]/;

/** Verbs that write a line when they come before a log word (`writeLog`, `auditLog`; not `createLogger`). */
const WRITING_VERBS: ReadonlySet<string> = new Set([
  'write',
  'audit',
  'emit',
  'send',
  'put',
  'print',
  'trace',
  'record',
]);

/**
 * Is `node` bound to an import of a module that may log for the application: not one of the packages known to write
 * no log line of its own (AWS SDKs and CDK, middy, Powertools other than its logger, which `loggerOf` knows:
 * `logMetrics` flushes metrics)?
 */
function importedFromUnknownModule(node: TSESTree.Node, resolver: Resolver): boolean {
  const ref = resolveModuleRef(node, resolver.sourceCode);
  return ref !== null && !NON_LOGGING_PACKAGE_PREFIXES.some((prefix) => ref.module.startsWith(prefix));
}

const NON_LOGGING_PACKAGE_PREFIXES: readonly string[] = [
  '@aws-lambda-powertools/',
  '@aws-sdk/',
  'aws-sdk',
  'aws-cdk-lib',
  '@aws-cdk/',
  'monocdk',
  '@middy/',
];

/** `log`, `logger`, `logging` as a word of the name (`requestLogger`; not `login`, `catalog`). */
function hasLogWord(name: string): boolean {
  return LOG_LETTERS.test(name) && nameParts(name).some((part) => LOG_WORDS.has(part));
}

/**
 * A function or method name that says it writes a log line: it starts with a log word (`logger`, `logRequestSuccess`,
 * `logError`), a writing verb before one (`writeLog`, `auditLog`), or it does something and then logs
 * (`catchAndLog`, `createAndLogError`: see logsAfterAnd); `createLogger`, `getLogger`, `setLogLevel`, `login` do not.
 */
function namesLogWrite(name: string): boolean {
  if (!LOG_LETTERS.test(name)) return false;
  const parts = nameParts(name);
  const [first, second] = parts;
  if (first === undefined) return false;
  // `logIn`, `logOut`: signing in and out
  if (first === 'log' && (second === 'in' || second === 'out')) return false;
  return (
    LOG_WORDS.has(first) ||
    // `writeLog`, `printLogs`
    (WRITING_VERBS.has(first) && parts.some((part) => LOG_WORDS.has(part) || part === 'logs')) ||
    // `debugLog(…)`, `errorLog(…)`: a level, then the verb
    (parts.length === 2 && LOG_LEVEL_METHODS.has(first) && second === 'log') ||
    logsAfterAnd(parts)
  );
}

/**
 * The verb `log` right after `and`, ending the name or followed by the one thing it logs when that is an error or a
 * warning (`validateAndLog`, `createAndLogError`). Any other word after it makes `log` a noun of the pair
 * (`createFunctionAndLogGroup`, `bucketAndLogStream`), and a log word elsewhere names a logger or a log's part
 * (`createLogger`, `getLogLevel`, `createLogGroup`): those write nothing.
 */
function logsAfterAnd(parts: readonly string[]): boolean {
  for (let index = 2; index < parts.length; index++) {
    if (parts[index] !== 'log' || parts[index - 1] !== 'and') continue;
    const after = parts.slice(index + 1);
    if (after.length === 0 || (after.length === 1 && LOGGED_OBJECTS.has(after[0]!))) return true;
  }
  return false;
}

/** What a log verb after `and` may log (see logsAfterAnd). */
const LOGGED_OBJECTS: ReadonlySet<string> = new Set([
  'error',
  'errors',
  'exception',
  'exceptions',
  'failure',
  'failures',
  'warning',
  'warnings',
]);

// ---------------------------------------------------------------------------------------------------------------
// Middleware and decorators

/**
 * The logging middleware `node` is: Powertools `injectLambdaContext(logger, …)` (middy middleware), a Powertools
 * `logger.injectLambdaContext(…)` decorator, middy's `inputOutputLogger()`, or a module / function named in option
 * `middlewares` (a middleware, decorator or handler wrapper). Null otherwise.
 */
export function classifyMiddleware(
  node: TSESTree.CallExpression | TSESTree.Decorator,
  sourceCode: SourceCode,
  options: LoggingOptions = {},
): LoggingMiddlewareUse | null {
  return middlewareOf(node, makeResolver(sourceCode, options));
}

function middlewareOf(node: TSESTree.CallExpression | TSESTree.Decorator, resolver: Resolver): LoggingMiddlewareUse | null {
  const { sourceCode } = resolver;
  if (node.type === AST_NODE_TYPES.Decorator) {
    const expression = skipTypeAndChainWrappers(node.expression);
    if (expression.type === AST_NODE_TYPES.CallExpression) return null; // handled as the call
    return matchesCustomMiddleware(expression, resolver) ? { node, kind: 'custom', options: null } : null;
  }
  const callee = skipTypeAndChainWrappers(node.callee);
  const inDecorator = node.parent.type === AST_NODE_TYPES.Decorator;
  if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === 'injectLambdaContext') {
    // `@logger.injectLambdaContext(…)`: the method name is Powertools' own; outside a decorator, bind the logger.
    const logger = loggerOf(callee.object, resolver, 0);
    if (inDecorator || logger?.library === 'powertools') {
      return { node, kind: 'powertools', options: argumentAt(node, 0) ?? null };
    }
  }
  resolver.importedMiddleware ??=
    mayMention(sourceCode, 'injectLambdaContext') || mayMention(sourceCode, INPUT_OUTPUT_LOGGER);
  const ref = resolver.importedMiddleware ? resolveCallee(node, sourceCode) : null;
  if (ref !== null) {
    const path = ref.path[0] === 'default' ? ref.path.slice(1) : ref.path;
    if (isPowertoolsLoggerModule(ref.module) && lastOf(path) === 'injectLambdaContext') {
      return { node, kind: 'powertools', options: argumentAt(node, 1) ?? null };
    }
    if (ref.module === INPUT_OUTPUT_LOGGER && path.length === 0) {
      return { node, kind: 'input-output-logger', options: null };
    }
  }
  if (matchesCustomMiddleware(callee, resolver)) return { node, kind: 'custom', options: null };
  return null;
}

/** middy `.use(requestLogger)` / `.use([a, requestLogger])` with a middleware object named in `middlewares`. */
function customUseArgument(node: TSESTree.CallExpression, resolver: Resolver): LoggingMiddlewareUse | null {
  const callee = skipTypeAndChainWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'use') return null;
  const candidates: TSESTree.Node[] = [];
  for (const argument of node.arguments) {
    const value = skipTypeAndChainWrappers(argument);
    if (value.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of value.elements) if (element !== null) candidates.push(element);
    } else {
      candidates.push(value);
    }
  }
  for (const candidate of candidates) {
    const value = skipTypeAndChainWrappers(candidate);
    if (
      (value.type === AST_NODE_TYPES.Identifier || value.type === AST_NODE_TYPES.MemberExpression) &&
      (matchesCustomMiddleware(value, resolver) ||
        (isNamedLoggingMiddleware(value, resolver) && isMiddyChainUse(node, resolver)))
    ) {
      return { node, kind: 'custom', options: null };
    }
    // `.use(requestLogger())`: a middleware made by a factory of a package or module of the project's, named so, in
    // a middy chain
    if (
      value.type === AST_NODE_TYPES.CallExpression &&
      isNamedLoggingMiddleware(value.callee, resolver) &&
      isMiddyChainUse(node, resolver)
    ) {
      return { node, kind: 'custom', options: null };
    }
  }
  return null;
}

/**
 * A middleware (or its factory) imported from a module that may log (not the SDK, CDK, middy's own or Powertools':
 * those are known by what they export) and named as logging: `requestLogger`, `httpLogger`, `logger`, `logRequest`
 * (a log word last, or a name that says it writes a line). What a project's own logging middleware is called; an
 * import leaves its code out of sight, as a logger handed to other code does.
 */
function isNamedLoggingMiddleware(node: TSESTree.Node, resolver: Resolver): boolean {
  const target = skipTypeAndChainWrappers(node);
  const name = simpleName(target);
  if (name === null || !(endsInLogWord(name) || namesLogWrite(name))) return false;
  // `disableLogging()`, `noConsoleLog`, `silenceLogger`: named for keeping lines out
  if (nameParts(name).some((part) => LOG_NEGATIONS.has(part))) return false;
  return importedFromUnknownModule(target, resolver);
}

/** Words that make a log-named middleware one that keeps lines out. */
const LOG_NEGATIONS: ReadonlySet<string> = new Set([
  'no',
  'not',
  'disable',
  'disabled',
  'silence',
  'silent',
  'mute',
  'muted',
  'suppress',
  'skip',
  'without',
  'quiet',
  'off',
  'stop',
  'remove',
  'strip',
]);

/**
 * Is `use` (`x.use(…)`) a call of a middy chain: its receiver, through `.use(…)` / `.before(…)` / `.after(…)` /
 * `.onError(…)` calls, is a call of middy's `@middy/core` default export or of a function named `middy…`?
 */
function isMiddyChainUse(use: TSESTree.CallExpression, resolver: Resolver): boolean {
  let callee = skipTypeAndChainWrappers(use.callee);
  for (let hop = 0; hop < MAX_MIDDY_CHAIN && callee.type === AST_NODE_TYPES.MemberExpression; hop++) {
    const object = skipTypeAndChainWrappers(callee.object);
    if (object.type !== AST_NODE_TYPES.CallExpression) return false;
    const inner = skipTypeAndChainWrappers(object.callee);
    if (inner.type === AST_NODE_TYPES.MemberExpression && MIDDY_CHAIN_METHODS.has(getPropertyName(inner) ?? '')) {
      callee = inner;
      continue;
    }
    const name = simpleName(inner);
    if (name !== null && /^middy/iu.test(name)) return true;
    return resolveCallee(object, resolver.sourceCode)?.module === '@middy/core';
  }
  return false;
}

const MIDDY_CHAIN_METHODS: ReadonlySet<string> = new Set(['use', 'before', 'after', 'onError']);
const MAX_MIDDY_CHAIN = 16;

function matchesCustomMiddleware(node: TSESTree.Node, resolver: Resolver): boolean {
  const entries = resolver.options.middlewares;
  if (entries === undefined || entries.length === 0) return false;
  const target = skipTypeAndChainWrappers(node);
  let name: string | null = null;
  if (target.type === AST_NODE_TYPES.Identifier) name = target.name;
  else if (target.type === AST_NODE_TYPES.MemberExpression) name = getPropertyName(target);
  if (target.type !== AST_NODE_TYPES.Identifier && target.type !== AST_NODE_TYPES.MemberExpression) return false;
  const ref = resolveModuleRef(target, resolver.sourceCode);
  if (ref !== null) {
    if (matchesAny(ref.module, entries)) return true;
    const exported = lastOf(ref.path[0] === 'default' ? ref.path.slice(1) : ref.path);
    if (exported !== undefined && entries.includes(exported)) return true;
  }
  return name !== null && entries.includes(name);
}

/**
 * The `loggers` option every logging rule takes (`effect`: what the rule does with calls on them). The same
 * modules are matched the same way by all three rules (`moduleMatches`).
 */
export function loggersOptionSchema(effect: string): JSONSchema4 {
  return {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    uniqueItems: true,
    description: `Your own logger modules: a package name ('@acme/logger', subpaths included) or a path suffix of your files ('lib/logger' matches '../lib/logger.js'). ${effect}`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Per-file analysis

const fileCache = new WeakMap<SourceCode, Map<string, FileLogging>>();

/** The logging facts of the current file. Computed once per file and options, shared by every logging rule. */
export function getFileLogging(context: Context, options: LoggingOptions = {}): FileLogging {
  const sourceCode = context.sourceCode;
  // The logging rules of one config share their option arrays: the last answer serves the next rule on this file
  if (sourceCode === lastFile.sourceCode && options.loggers === lastFile.loggers && options.middlewares === lastFile.middlewares) {
    return lastFile.result!;
  }
  const result = lookupFileLogging(sourceCode, options);
  lastFile.sourceCode = sourceCode;
  lastFile.loggers = options.loggers;
  lastFile.middlewares = options.middlewares;
  lastFile.result = result;
  return result;
}

const lastFile: {
  sourceCode: SourceCode | null;
  loggers: LoggingOptions['loggers'];
  middlewares: LoggingOptions['middlewares'];
  result: FileLogging | null;
} = { sourceCode: null, loggers: undefined, middlewares: undefined, result: null };

function lookupFileLogging(sourceCode: SourceCode, options: LoggingOptions): FileLogging {
  const key = JSON.stringify([options.loggers ?? [], options.middlewares ?? []]);
  let perFile = fileCache.get(sourceCode);
  if (perFile === undefined) {
    perFile = new Map();
    fileCache.set(sourceCode, perFile);
  }
  let result = perFile.get(key);
  if (result === undefined) {
    result = analyseFile(sourceCode, options);
    perFile.set(key, result);
  }
  return result;
}

/**
 * Browser-automation methods (Puppeteer, Playwright, Nightmare) that serialise the function they are given and run
 * it in the page, by the position of that function: its `console` is the page's, nothing reaches CloudWatch. Not
 * `exposeFunction` / `exposeBinding`, whose function runs in Node.
 */
const BROWSER_FUNCTION_ARGUMENT: ReadonlyMap<string, number> = new Map([
  ['evaluate', 0],
  ['evaluateHandle', 0],
  ['evaluateAll', 0],
  ['evaluateOnNewDocument', 0],
  ['waitForFunction', 0],
  ['addInitScript', 0],
  ['$eval', 1],
  ['$$eval', 1],
]);

/**
 * Is a log call at `node` never written by Lambda? Inside the `if (require.main === module) { … }` block of a module
 * (also `module === require.main`): that code runs only when the file is started with `node file.js`, and Lambda
 * loads the module and never runs it. Inside a function written as the page function of a browser-automation call
 * (`page.evaluate(() => …)`, `frame.$eval(selector, (el) => …)`): that code runs in the browser.
 */
function neverWrittenInLambda(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  let child: TSESTree.Node = node;
  // Program's parent is null in ESLint's AST
  for (let parent = node.parent; parent != null; child = parent, parent = parent.parent) {
    if (isLocalRunBranch(parent, child, sourceCode)) return true;
    if (
      (child.type === AST_NODE_TYPES.ArrowFunctionExpression || child.type === AST_NODE_TYPES.FunctionExpression) &&
      parent.type === AST_NODE_TYPES.CallExpression &&
      isBrowserFunctionArgument(parent, child)
    ) {
      return true;
    }
  }
  return false;
}

/** `fn` is the page function of `call`, a browser-automation method called on an object (see above). */
function isBrowserFunctionArgument(call: TSESTree.CallExpression, fn: TSESTree.Node): boolean {
  if (call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getPropertyName(call.callee);
  const index = name === null ? undefined : BROWSER_FUNCTION_ARGUMENT.get(name);
  return index !== undefined && call.arguments[index] === fn;
}

/**
 * Is `node` inside code that never runs: the branch of an `if` or `?:`, or the right side of `&&`, under a test that
 * is always falsy: `false`, `0`, `''`, `null`, `undefined`, or a name bound once to one (`const debug = false; if
 * (debug) console.log(…)`, a switch left off in the source).
 */
export function runsNever(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent != null; child = parent, parent = parent.parent) {
    const test =
      (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) &&
      parent.consequent === child
        ? parent.test
        : parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator === '&&' && parent.right === child
          ? parent.left
          : null;
    if (test !== null && isAlwaysFalsy(test, sourceCode, 0)) return true;
  }
  return false;
}

/** A literal falsy value, `undefined`, or a name bound once to one (followed a few times). */
function isAlwaysFalsy(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): boolean {
  const value = skipTypeAndChainWrappers(node);
  if (value.type === AST_NODE_TYPES.Literal) return !value.value && !('regex' in value) && !('bigint' in value);
  if (value.type !== AST_NODE_TYPES.Identifier || depth > 4) return false;
  if (value.name === 'undefined') return isGlobalIdentifier(value, sourceCode);
  const init = boundInitializer(value, sourceCode);
  return init !== null && isAlwaysFalsy(init, sourceCode, depth + 1);
}

/** Is `node` inside the branch of an `if` that runs only outside Lambda (see `isLocalRunLeaf`)? */
export function runsOnlyOutsideLambda(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  return insideBranchWhere(node, sourceCode, isLocalRunLeaf);
}

/**
 * Is `node` inside the branch of an `if` that a Serverless Framework config written in code takes only for a local
 * run: `process.env.IS_OFFLINE` / `IS_LOCAL` (serverless-offline's, `serverless invoke local`'s), or the command line
 * naming one (`process.argv.includes('offline')`), also through a name bound once to such a test. In a config,
 * `process.argv` is the Serverless CLI's: other words (`deploy`) select what is deployed.
 */
export function runsOnlyInLocalServerlessRun(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  return insideBranchWhere(node, sourceCode, isLocalServerlessRunTest);
}

/** Is `node` inside the branch of an `if` whose test holds only when `leaf` does (see `holdsOnlyWhen`)? */
function insideBranchWhere(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  leaf: (node: TSESTree.Expression) => boolean,
): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent != null; child = parent, parent = parent.parent) {
    if (isBranchWhere(parent, child, sourceCode, leaf)) return true;
  }
  return false;
}

function isBranchWhere(
  parent: TSESTree.Node,
  child: TSESTree.Node,
  sourceCode: SourceCode,
  leaf: (node: TSESTree.Expression) => boolean,
): boolean {
  return (
    parent.type === AST_NODE_TYPES.IfStatement &&
    parent.consequent === child &&
    holdsOnlyWhen(parent.test, sourceCode, 0, leaf)
  );
}

function isLocalServerlessRunTest(node: TSESTree.Expression): boolean {
  if (isLocalRunVariable(node)) return true;
  if (!isArgvMethodCall(node, 'includes')) return false;
  const word = (node as TSESTree.CallExpression).arguments[0] as TSESTree.StringLiteral;
  return LOCAL_RUN_WORD.test(word.value);
}

/** A word of the Serverless CLI's command line that runs functions locally (`offline`, `--local`, `invoke-local`). */
const LOCAL_RUN_WORD = /offline|local/iu;

function isLocalRunBranch(parent: TSESTree.Node, child: TSESTree.Node, sourceCode: SourceCode): boolean {
  return isBranchWhere(parent, child, sourceCode, isLocalRunLeaf);
}

/**
 * A test true only when the module runs outside Lambda: `require.main === module` (started as a script), a
 * command-line flag (`process.argv.includes('--webhook')`, `process.argv.indexOf('--local') > -1`,
 * `process.argv[2] === 'serve'`: Lambda's runtime starts Node with none of the module's), or the variables the
 * Serverless Framework sets when it runs a function on the developer's machine (`process.env.IS_OFFLINE`, serverless-
 * offline's; `process.env.IS_LOCAL`, `serverless invoke local`'s); also as one side of `&&`, or both of `||`.
 */
function isLocalRunLeaf(node: TSESTree.Expression): boolean {
  return isMainModuleTest(node) || isCommandLineFlagTest(node) || isLocalRunVariable(node);
}

/**
 * Is `test` true only when `leaf` holds: a test `leaf` accepts, one side of `&&`, both sides of `||`, or a name bound
 * once to such a test (`const isLocal = process.env.IS_OFFLINE === 'true'; if (isLocal) …`).
 */
function holdsOnlyWhen(
  test: TSESTree.Expression,
  sourceCode: SourceCode,
  depth: number,
  leaf: (node: TSESTree.Expression) => boolean,
): boolean {
  const node = skipTypeAndChainWrappers(test) as TSESTree.Expression;
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '&&') {
    return holdsOnlyWhen(node.left, sourceCode, depth, leaf) || holdsOnlyWhen(node.right, sourceCode, depth, leaf);
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '||') {
    return holdsOnlyWhen(node.left, sourceCode, depth, leaf) && holdsOnlyWhen(node.right, sourceCode, depth, leaf);
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    const init = depth < MAX_LOCAL_RUN_ALIASES ? boundInitializer(node, sourceCode) : null;
    return init !== null && holdsOnlyWhen(init, sourceCode, depth + 1, leaf);
  }
  return leaf(node);
}

/** Names followed to the local-run test they are bound to (`const isLocal = …; const offline = isLocal`). */
const MAX_LOCAL_RUN_ALIASES = 4;

/**
 * `process.argv.includes('--local')`, `process.argv.indexOf('--webhook') > -1` (`!== -1`, `>= 0`), `process.argv[2]
 * === 'serve'`: an argument the module's own command line is given, a flag or a word (not a path: the runtime's
 * own `argv[0]` and `argv[1]` are the node binary and its bootstrap script).
 */
function isCommandLineFlagTest(node: TSESTree.Expression): boolean {
  if (node.type === AST_NODE_TYPES.CallExpression) return isArgvMethodCall(node, 'includes');
  if (node.type !== AST_NODE_TYPES.BinaryExpression) return false;
  const { left, right, operator } = node;
  const isNumber = (side: TSESTree.Node, value: number): boolean =>
    (side.type === AST_NODE_TYPES.Literal && side.value === value) ||
    (value === -1 &&
      side.type === AST_NODE_TYPES.UnaryExpression &&
      side.operator === '-' &&
      side.argument.type === AST_NODE_TYPES.Literal &&
      side.argument.value === 1);
  if (isArgvMethodCall(left, 'indexOf')) {
    return (
      ((operator === '>' || operator === '!==' || operator === '!=') && isNumber(right, -1)) ||
      (operator === '>=' && isNumber(right, 0))
    );
  }
  // `argv[2]` on: what the command line gives the module (Lambda's runtime gives it nothing)
  const isArgvElement = (side: TSESTree.Node): boolean =>
    side.type === AST_NODE_TYPES.MemberExpression &&
    side.computed &&
    side.property.type === AST_NODE_TYPES.Literal &&
    typeof side.property.value === 'number' &&
    side.property.value >= 2 &&
    isProcessMember(side.object, 'argv');
  return (
    (operator === '===' || operator === '==') &&
    ((isArgvElement(left) && isCommandLineWord(right)) || (isArgvElement(right) && isCommandLineWord(left)))
  );
}

function isArgvMethodCall(node: TSESTree.Node, method: string): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const [argument] = node.arguments;
  return (
    getPropertyName(node.callee) === method &&
    isProcessMember(node.callee.object, 'argv') &&
    argument !== undefined &&
    isCommandLineWord(argument)
  );
}

/** `'--webhook'`, `'serve'`: a flag or a word, as a string literal (not a path, `/var/runtime/index.mjs`). */
function isCommandLineWord(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' && COMMAND_LINE_WORD.test(node.value);
}

const COMMAND_LINE_WORD = /^-{0,2}[A-Za-z][\w:-]*(?:=[\w:-]*)?$/u;

/** `process.env.IS_OFFLINE`, `process.env.IS_LOCAL`, alone or compared with `'true'`. */
function isLocalRunVariable(node: TSESTree.Expression): boolean {
  const isVariable = (side: TSESTree.Node): boolean =>
    side.type === AST_NODE_TYPES.MemberExpression &&
    isProcessMember(side.object, 'env') &&
    LOCAL_RUN_VARIABLES.has(getPropertyName(side) ?? '');
  if (isVariable(node)) return true;
  if (node.type !== AST_NODE_TYPES.BinaryExpression) return false;
  if (node.operator !== '===' && node.operator !== '==') return false;
  const isTrue = (side: TSESTree.Node): boolean => side.type === AST_NODE_TYPES.Literal && side.value === 'true';
  return (isVariable(node.left) && isTrue(node.right)) || (isTrue(node.left) && isVariable(node.right));
}

const LOCAL_RUN_VARIABLES: ReadonlySet<string> = new Set(['IS_OFFLINE', 'IS_LOCAL']);

/** `process.<name>` on the global `process` (by name: a module that shadows it is not worth a scope lookup here). */
function isProcessMember(node: TSESTree.Node, name: string): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === 'process' &&
    getPropertyName(node) === name
  );
}

/** The nodes `analyseFile` looks at; names too where a structured logger may be handed off (`isHandedOffLogger`). */
const FILE_LOGGING_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.Decorator,
  AST_NODE_TYPES.ImportDeclaration,
  AST_NODE_TYPES.ImportExpression,
]);
const FILE_LOGGING_TYPES_AND_NAMES: ReadonlySet<string> = new Set([...FILE_LOGGING_TYPES, AST_NODE_TYPES.Identifier]);

function analyseFile(sourceCode: SourceCode, options: LoggingOptions): FileLogging {
  const resolver = makeResolver(sourceCode, options);
  resolver.logCalls = new Map();
  resolver.callMiddlewares = new Map();
  const logCalls: LogCall[] = [];
  const middlewares: LoggingMiddlewareUse[] = [];
  let hasUnknownLogCall = false;
  const unknownLevelCalls: TSESTree.CallExpression[] = [];
  let loggerHandedOff = false;
  let usesFrameworkAdapter = false;
  const program = sourceCode.ast as TSESTree.Program;
  // Module loggers and hand-offs need a structured logger other than console: one from option `loggers` or an
  // import of a library module, whose specifier the file spells
  const structuredPossible =
    (options.loggers?.length ?? 0) > 0 || STRUCTURED_LOGGER_MODULES.some((module) => mayMention(sourceCode, module));

  // The nodes of these types in pre-order, from ESLint's own traversal of the file (no walk of our own)
  forEachNodeOfTypes(sourceCode, structuredPossible ? FILE_LOGGING_TYPES_AND_NAMES : FILE_LOGGING_TYPES, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression) {
      // A forwarding function's own call (`(...a) => console.log(...a)`) writes what its callers hand it: those calls
      // are the log calls (the aliases are read from the module's statements, once, when the first call asks)
      if (isForwardingCall(node, resolver)) return;
      const classified = classify(node, resolver);
      // A line written only when the module is run as a program (a local server), or in a browser page, is never
      // written in Lambda
      const call = classified !== null && neverWrittenInLambda(node, sourceCode) ? null : classified;
      // Only log calls are remembered: a map entry for every call of the file costs more than the rare second
      // classification of a non-log call (a call a logger is handed to)
      if (call !== null) {
        resolver.logCalls!.set(node, call);
        logCalls.push(call);
      } else {
        const unknown = unknownLogCall(node, resolver);
        // Adding keys writes no line; nor does a line under `require.main === module` in Lambda
        const written = unknown !== null && !neverWrittenInLambda(node, sourceCode);
        if (written && unknown.kind !== 'context') hasUnknownLogCall = true;
        const levelOrContext = written && unknown.kind !== 'named';
        // `logger.info(…)` on a logger-named receiver, or `qnabot.log(…)` on a logging module imported whole
        const loggerLike = levelOrContext && (endsInLogWord(unknown.receiver) || onLoggingModule(node, resolver));
        if (loggerLike) unknownLevelCalls.push(node);
      }
      const callMiddleware = middlewareOf(node, resolver);
      if (callMiddleware !== null) resolver.callMiddlewares!.set(node, callMiddleware);
      const middleware = callMiddleware ?? customUseArgument(node, resolver);
      if (middleware !== null) middlewares.push(middleware);
      if (!usesFrameworkAdapter && isAdapterRequire(node, sourceCode)) usesFrameworkAdapter = true;
    } else if (node.type === AST_NODE_TYPES.Decorator) {
      const middleware = middlewareOf(node, resolver);
      if (middleware !== null) middlewares.push(middleware);
    } else if (node.type === AST_NODE_TYPES.ImportDeclaration || node.type === AST_NODE_TYPES.ImportExpression) {
      if (!usesFrameworkAdapter && isAdapterModule(node.source)) usesFrameworkAdapter = true;
    } else if (
      structuredPossible &&
      !loggerHandedOff &&
      node.type === AST_NODE_TYPES.Identifier &&
      isHandedOffLogger(node, resolver)
    ) {
      loggerHandedOff = true;
    }
  });
  logCalls.sort((a, b) => a.node.range[0] - b.node.range[0]);
  return {
    logCalls,
    hasUnknownLogCall,
    unknownLevelCalls,
    middlewares,
    moduleLoggers: structuredPossible ? findModuleLoggers(program, resolver) : [],
    loggerHandedOff,
    usesFrameworkAdapter,
  };
}

/** Is `node` the call a forwarding function of the module's aliases makes (`moduleMethodAliases`)? */
function isForwardingCall(node: TSESTree.CallExpression, resolver: Resolver): boolean {
  // Only a call that is a function's body or its one statement can be one (through `?.`, `as`, `!`): any other call is
  // not worth the aliases' lookup
  let parent: TSESTree.Node = node.parent;
  for (let hops = 0; hops < MAX_HOPS && isExpressionWrapper(parent); hops++) parent = parent.parent!;
  if (
    parent.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
    parent.type !== AST_NODE_TYPES.ExpressionStatement &&
    parent.type !== AST_NODE_TYPES.ReturnStatement
  ) {
    return false;
  }
  moduleMethodAliases(resolver);
  return resolver.forwardingCalls!.has(node);
}

/** `a?.b()`, `x as T`, `x!`, `x satisfies T`, `<T>x`: a node that holds the same value as its expression. */
function isExpressionWrapper(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.ChainExpression || isTypeWrapper(node);
}

/** Does `source` (an import's or `require`'s specifier) name a framework adapter module (`serverless-http`, …)? */
export function isAdapterModule(source: TSESTree.Node | null | undefined): boolean {
  if (source === null || source === undefined) return false;
  let specifier: string | null = null;
  if (source.type === AST_NODE_TYPES.Literal && typeof source.value === 'string') specifier = source.value;
  else if (source.type === AST_NODE_TYPES.TemplateLiteral && source.expressions.length === 0) {
    specifier = source.quasis[0]?.value.cooked ?? null;
  }
  return specifier !== null && isFrameworkAdapterModule(specifier);
}

/** `require('serverless-http')` with the global `require`. */
function isAdapterRequire(node: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const callee = node.callee;
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'require' || node.arguments.length !== 1) return false;
  return isAdapterModule(node.arguments[0]) && isGlobal(callee, sourceCode);
}

/** How far up from an identifier a call argument may sit: `f({ a: { logger } })`, `f([logger])`. */
const HAND_OFF_DEPTH = 4;

/**
 * `node` is a structured logger passed to other code: an argument of a call or `new` (directly, or inside object
 * and array literals), other than a call on the logger itself or a console call.
 */
function isHandedOffLogger(node: TSESTree.Identifier, resolver: Resolver): boolean {
  let current: TSESTree.Node = node;
  let call: TSESTree.CallExpression | TSESTree.NewExpression | null = null;
  for (let depth = 0; depth <= HAND_OFF_DEPTH && call === null; depth++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (parent === undefined) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        if (parent.callee === current) return false;
        call = parent;
        break;
      case AST_NODE_TYPES.Property:
        if (parent.value !== current || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return false;
        current = parent.parent;
        break;
      case AST_NODE_TYPES.ArrayExpression:
        current = parent;
        break;
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
        current = parent;
        break;
      // `const params = { dir, log }; new Migrate(config, params)`: an object or array holding the logger, bound to a
      // name that is handed to a call as it is
      case AST_NODE_TYPES.VariableDeclarator:
        if (current === node || parent.init !== current || parent.id.type !== AST_NODE_TYPES.Identifier) return false;
        call = callGivenName(parent, resolver.sourceCode);
        if (call === null) return false;
        break;
      default:
        return false;
    }
  }
  if (call === null) return false;
  // `logger.info('x', { logger })`, `console.log(logger)`: logging the logger hands it to nobody;
  // `injectLambdaContext(logger)` is a middleware, attributed to the handler it wraps
  if (
    call.type === AST_NODE_TYPES.CallExpression &&
    (cachedClassify(call, resolver) !== null || cachedMiddlewareOf(call, resolver) !== null)
  ) {
    return false;
  }
  const logger = loggerOf(node, resolver, 0);
  return logger !== null && logger.structured && logger.library !== 'console';
}

/** A call or `new` that the name `declarator` binds is handed to as an argument, as it is; else null. */
function callGivenName(
  declarator: TSESTree.VariableDeclarator,
  sourceCode: SourceCode,
): TSESTree.CallExpression | TSESTree.NewExpression | null {
  for (const reference of sourceCode.getDeclaredVariables(declarator)[0]?.references ?? []) {
    const argument = reference.identifier as TSESTree.Node;
    const parent = argument.parent;
    const called = parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression;
    if (called && parent.callee !== argument) return parent;
  }
  return null;
}

function cachedClassify(node: TSESTree.CallExpression, resolver: Resolver): LogCall | null {
  return resolver.logCalls?.get(node) ?? classify(node, resolver);
}

function cachedMiddlewareOf(node: TSESTree.CallExpression, resolver: Resolver): LoggingMiddlewareUse | null {
  return resolver.callMiddlewares?.get(node) ?? middlewareOf(node, resolver);
}

/** A call that looks like logging through a logger the rule cannot read, and its receiver's name (see below). */
interface UnknownLogCall {
  kind: 'level' | 'context' | 'named';
  /** `logger` for `this.logger.info(…)`; null for a function call or a receiver not read by a name. */
  receiver: string | null;
}

/**
 * A call that looks like logging through a logger the rule cannot read: a level method on a logger-named receiver
 * (`logger.info(…)`), a method named for writing a log line (see namesLogWrite) on a logger-named or imported
 * receiver (`logger.logRequestSuccess(…)`, `utils.logError(…)`), or an imported function so named
 * (`logger({ … })`, `logInfo(…)` from your own module); `level` for the first kind and for a level function
 * imported by name from a logging module (`error(err)`, see importedLevelFunction; no receiver), `named` for the
 * others. Also `context`: a method some library adds data to every later line with, on a logger-named receiver
 * (`logger.appendKeys(…)`, `log.child(…)`), which writes no line itself. Null when the call is none of them.
 */
/** `logInfo`, `logError`, `log_warn`: `log` and a level, one method that writes a line at that level. */
function isLogLevelVerb(method: string): boolean {
  if (!LOG_LETTERS.test(method)) return false;
  const [first, second, third] = nameParts(method);
  return first === 'log' && second !== undefined && third === undefined && LOG_LEVEL_METHODS.has(second);
}

function unknownLogCall(node: TSESTree.CallExpression, resolver: Resolver): UnknownLogCall | null {
  const callee = skipTypeAndChainWrappers(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    // `logInfo(…)` imported from your own module; or `logger(…)`, `failedAuthLogger(…)` with `logger = await
    // createLogger(…)` from it: a logger made by code the rule cannot read, called as a function
    const unknown =
      ((namesLogWrite(callee.name) && importedFromUnknownModule(callee, resolver)) ||
        (endsInLogWord(callee.name) && madeByUnknownModule(callee, resolver))) &&
      loggerOf(callee, resolver, 0) === null;
    if (unknown) return { kind: 'named', receiver: null };
    // `error(err)` with `import { error } from '../utils/logger'`: `logger.error(err)` on the module imported whole
    return importedLevelFunction(callee, resolver) && loggerOf(callee, resolver, 0) === null
      ? { kind: 'level', receiver: null }
      : null;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getPropertyName(callee);
  if (method === null) return null;
  const level = LOG_LEVEL_METHODS.has(method) || isLogLevelVerb(method);
  const kind = level ? 'level' : CONTEXT_METHODS.has(method) ? 'context' : 'named';
  // Most calls of a file are named calls of other things (`s3.putObject`, `items.map`): answered before the receiver
  if (kind === 'named' && !namesLogWrite(method)) return null;
  const receiver = receiverName(callee.object, resolver);
  // `data.log({ … })` with `var data = { log: overrides.log || console.log }`: an object of the module carrying a
  // logger's method, maybe chosen at run time, writes a line we cannot judge
  if (kind === 'level' && !namedLikeLogger(receiver) && carriesLoggerMethod(callee, resolver)) {
    return { kind: 'named', receiver };
  }
  if (kind !== 'named') {
    // `qnabot.info(…)` with `const qnabot = require('qnabot/logging')`: a logging module imported whole
    if (!namedLikeLogger(receiver) && !isLoggingModule(callee.object, resolver)) return null;
  } else if (!namedLikeLogger(receiver) && !importedFromUnknownModule(callee.object, resolver)) {
    return null;
  }
  // A receiver we identified as something else is not unknown.
  if (loggerOf(callee.object, resolver, 0) !== null) return null;
  return { kind, receiver };
}

/**
 * `node` is a module imported whole (`import * as log from …`, `const qnabot = require('qnabot/logging')`) whose last
 * path segment has a log word, as `importedLevelFunction` reads the module of a level function imported by name.
 */
function isLoggingModule(node: TSESTree.Node, resolver: Resolver): boolean {
  const target = skipTypeAndChainWrappers(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const ref = resolveModuleRef(target, resolver.sourceCode);
  if (ref === null) return false;
  const whole = ref.path.length === 0 || (ref.path.length === 1 && ref.path[0] === 'default');
  return whole && isLoggingModuleSpecifier(ref.module);
}

/** `module.info(…)`: a method call on a logging module imported whole (see `isLoggingModule`). */
function onLoggingModule(call: TSESTree.CallExpression, resolver: Resolver): boolean {
  const callee = skipTypeAndChainWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && isLoggingModule(callee.object, resolver);
}

/** Not a package known to write no line, nor a logger library the rules read; its last path segment has a log word. */
function isLoggingModuleSpecifier(module: string): boolean {
  if (NON_LOGGING_PACKAGE_PREFIXES.some((prefix) => module.startsWith(prefix))) return false;
  if (STRUCTURED_LOGGER_MODULES.some((known) => module === known || module.startsWith(`${known}/`))) return false;
  const specifier = normaliseSpecifier(module);
  return hasLogWord(specifier.slice(specifier.lastIndexOf('/') + 1));
}

/**
 * A log-level function imported by name, renamed or not (`import { error } from '../utils/logger'`, `import { info as
 * note } from …`, `const { warn } = require('./log')`), from a module named for logging: its last path segment has a
 * log word (`…/logger`, `./log`, `@acme/logging`), as the receiver of `logger.error(…)` does when the module is
 * imported whole. Not from a logger library the rule reads (`lambda-log`) nor a package known to write no line.
 */
function importedLevelFunction(callee: TSESTree.Identifier, resolver: Resolver): boolean {
  // Only a level name or a name the file's own imports rename is looked up (no lookup for most calls)
  if (!LOG_LEVEL_METHODS.has(callee.name) && !renamedLevelImports(resolver).has(callee.name)) return false;
  const ref = resolveModuleRef(callee, resolver.sourceCode);
  if (ref === null || ref.path.length !== 1 || !LOG_LEVEL_METHODS.has(ref.path[0]!)) return false;
  return isLoggingModuleSpecifier(ref.module);
}

/**
 * Local names the module's own statements give a level name they import (`import { info as note } from …`,
 * `const { info: note } = require(…)`), read once per resolver; the binding itself is resolved where it is called.
 */
function renamedLevelImports(resolver: Resolver): ReadonlySet<string> {
  if (resolver.renamedLevelImports !== undefined) return resolver.renamedLevelImports;
  const names = new Set<string>();
  const add = (imported: TSESTree.Node, local: TSESTree.Node): void => {
    if (imported.type === AST_NODE_TYPES.Identifier && local.type === AST_NODE_TYPES.Identifier) {
      if (LOG_LEVEL_METHODS.has(imported.name) && imported.name !== local.name) names.add(local.name);
    }
  };
  for (const statement of (resolver.sourceCode.ast as TSESTree.Program).body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      for (const specifier of statement.specifiers) {
        if (specifier.type === AST_NODE_TYPES.ImportSpecifier) add(specifier.imported, specifier.local);
      }
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) continue;
        for (const property of declarator.id.properties) {
          if (property.type === AST_NODE_TYPES.Property && !property.computed) add(property.key, property.value);
        }
      }
    }
  }
  resolver.renamedLevelImports = names;
  return names;
}

/**
 * Methods that set up what a logger's later lines carry and write none themselves: every library's context methods
 * (CONTEXT_METHODS) and Powertools Logger's others.
 */
const SETUP_METHODS: ReadonlySet<string> = new Set([
  ...CONTEXT_METHODS,
  'addContext',
  'removeKeys',
  'removePersistentKeys',
  'removePersistentLogAttributes',
  'resetKeys',
  'setCorrelationId',
  'setLogLevel',
  'refreshSampleRateCalculation',
]);

/** A logger's own set-up by its name: `logger.configureLogger(event, context)`, `log.initLogging()`, `setupLogger`. */
const SETUP_METHOD_NAME = /^(?:configure|config|init|initiali[sz]e|setup|setUp)(?:Log|Logger|Logging)$/u;

/**
 * `logger.addContext(context)`, `log.appendKeys({ … })`, `this.logger.setCorrelationId(id)`,
 * `logger.configureLogger(event, context)`: a call that sets a logger up and writes no line, on a logger the rule
 * reads (not console) or on a receiver named like a logger; or a set-up so named imported by name
 * (`configureLogger(event, context)`).
 */
export function isLoggerSetupCall(
  node: TSESTree.CallExpression,
  sourceCode: SourceCode,
  options: LoggingOptions = {},
): boolean {
  const callee = skipTypeAndChainWrappers(node.callee);
  // `configureLogger(event, context)` imported by name from the project's logging module
  if (callee.type === AST_NODE_TYPES.Identifier) {
    // By the name it is exported as (`import { deleteAll as initLogger }` is deleteAll)
    const ref = resolveModuleRef(callee, sourceCode);
    const exported = ref === null ? null : ref.path.length === 1 ? ref.path[0]! : ref.path.length === 0 ? callee.name : null;
    return exported !== null && SETUP_METHOD_NAME.test(exported);
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getPropertyName(callee);
  if (method === null || !(SETUP_METHODS.has(method) || SETUP_METHOD_NAME.test(method))) return false;
  const resolver = makeResolver(sourceCode, options);
  if (namedLikeLogger(receiverName(callee.object, resolver))) return true;
  const logger = loggerOf(callee.object, resolver, 0);
  return logger !== null && logger.library !== 'console';
}

/**
 * Is the member an object literal's property (of a name bound once, whose members are not written) whose value, or
 * a branch of whose value (`overrides.log || console.log`), is a logger's method (`console.log`, `logger.info`)?
 */
function carriesLoggerMethod(callee: TSESTree.MemberExpression, resolver: Resolver): boolean {
  const value = objectMemberInitializer(callee, resolver.sourceCode);
  if (value === null) return false;
  const values = getChoiceBranches(value, resolver.sourceCode) ?? [value];
  return values.some((candidate) => {
    const method = boundMethod(candidate);
    return method !== null && loggerOf(method.object, resolver, 1) !== null;
  });
}

/**
 * Is `name` a variable whose every value is made by a call of a function imported from a module that may log (see
 * `importedFromUnknownModule`), awaited or not, besides an empty start (`let logger = null`)? The variable holds what
 * that module made; named like a logger, it is one.
 */
function madeByUnknownModule(name: TSESTree.Identifier, resolver: Resolver): boolean {
  const variable = variableOf(name, resolver.sourceCode);
  if (variable === null || variable.defs.length !== 1 || variable.defs[0]!.type !== 'Variable') return false;
  let made = false;
  for (const reference of variable.references) {
    if (!reference.isWrite()) continue;
    const written = reference.writeExpr as TSESTree.Node | null | undefined;
    if (written === null || written === undefined) return false;
    let value = skipTypeAndChainWrappers(written);
    if (isNullOrUndefined(value)) continue;
    if (value.type === AST_NODE_TYPES.AwaitExpression) value = skipTypeAndChainWrappers(value.argument);
    if (value.type !== AST_NODE_TYPES.CallExpression) return false;
    const maker = skipTypeAndChainWrappers(value.callee);
    if (!importedFromUnknownModule(maker, resolver)) return false;
    made = true;
  }
  return made;
}

/** Structured loggers a handler body could call: top-level `const logger = new Logger()` and logger imports. */
function findModuleLoggers(program: TSESTree.Program, resolver: Resolver): ModuleLogger[] {
  const found: ModuleLogger[] = [];
  const consider = (identifier: TSESTree.Identifier): void => {
    const logger = loggerOf(identifier, resolver, 0);
    if (logger === null || !logger.structured || logger.library === 'custom' || logger.library === 'console') return;
    if (logger === WINSTON_DEFAULT) return;
    const variable = variableOf(identifier, resolver.sourceCode);
    if (variable === null) return;
    // A logger made lazily (`let logger; … logger ??= new Logger()`) may be nothing yet where a handler would call it
    if (variable.defs[0]?.type === 'Variable' && onceBound(variable) === null) return;
    found.push({ name: identifier.name, variable, logger });
  };
  for (const statement of program.body) {
    let declaration: TSESTree.Node | null = statement;
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) declaration = statement.declaration;
    if (declaration === null) continue;
    if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier) consider(declarator.id);
      }
    } else if (declaration.type === AST_NODE_TYPES.ImportDeclaration && declaration.importKind !== 'type') {
      for (const specifier of declaration.specifiers) {
        if (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === 'type') continue;
        consider(specifier.local);
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Sensitive names

/**
 * Default names of values that hold secrets. A name matches a term when its last word parts spell the term or its
 * plural (`accessToken`, `X_API_KEY`, `user_password`, `tokens`), so `tokenizer`, `tokenCount`, `secretName` and
 * `secretsManagerArn` do not match. Plural terms listed here are reported under their own name.
 */
export const DEFAULT_SENSITIVE_NAMES: readonly string[] = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'secrets',
  'token',
  'authorization',
  'apiKey',
  'apiKeys',
  'accessKey',
  'secretKey',
  'privateKey',
  'credential',
  'credentials',
  'cookie',
  'cookies',
  'jwt',
];

/**
 * `…Token` names that are not secrets: AWS pagination and idempotency tokens (`NextToken`, `ContinuationToken`,
 * `ClientToken`, `ClientRequestToken`) and other cursors, Step Functions task tokens' siblings, cancellation tokens,
 * a lock's fencing number and lock token, and counts of a model's tokens.
 */
const NOT_SECRET_COMPOUNDS: ReadonlySet<string> = new Set([
  'nexttoken',
  'continuationtoken',
  // Kubernetes' list `continue`, S3's continuation token under a shorter name
  'continuetoken',
  'paginationtoken',
  'pagetoken',
  'cursortoken',
  'starttoken',
  'startingtoken',
  'canceltoken',
  'cancellationtoken',
  'idempotencytoken',
  'clienttoken',
  // CloudFormation, Secrets Manager, Chime, ECS, …: the idempotency token of a create call
  'clientrequesttoken',
  'sequencetoken',
  'synctoken',
  // A distributed lock's increasing number, checked by storage to refuse a stale holder's writes: it grants nothing
  'fencingtoken',
  // An optimistic-locking token (WAFv2's `LockToken`, a WebDAV or Service Bus lock token): it names the version or
  // lock to act on, and acting still needs the caller's own credentials
  'locktoken',
  // MCP's `_meta.progressToken`: the caller's id for the progress notifications of one request
  'progresstoken',
  // A Step Functions callback handle: completing the task still needs IAM permissions
  'tasktoken',
  // A workflow's or durable function's handle on one execution (its id under another name): as a task token
  'executiontoken',
  // SES's DKIM tokens (`DkimTokens`): published as CNAME records in the domain's public DNS
  'dkimtoken',
  // Service Catalog's `PortfolioShareToken`: the id of an asynchronous share (DescribePortfolioShareStatus reads it)
  'portfoliosharetoken',
  // Apple's `appAccountToken`: a UUID the app sets on a purchase to tie it to its own user account
  'appaccounttoken',
  // Counts of a language model's tokens (`inputTokens`, `usage.output_tokens`, `cacheReadInputTokens`)
  'inputtoken',
  'outputtoken',
  'prompttoken',
  'completiontoken',
  'reasoningtoken',
  'cachedtoken',
  'maxtoken',
  'totaltoken',
]);

/** First word parts that make a name a flag, a count or a limit about a secret rather than the secret. */
const FLAG_PREFIXES: ReadonlySet<string> = new Set([
  'is',
  'has',
  'have',
  'should',
  'can',
  'with',
  'without',
  'no',
  'use',
  'uses',
  'enable',
  'enabled',
  // Cognito's `issueTokens`: whether to issue them
  'issue',
  'require',
  'requires',
  'needs',
  'valid',
  'invalid',
  'missing',
  'num',
  'count',
  'max',
  'min',
  'total',
]);

/** Measures that, before `per`, `to` or `of`, make a name about tokens a number: `timeToFirstToken`, `costPerToken`. */
const TOKEN_MEASURES: ReadonlySet<string> = new Set([
  'time',
  'ms',
  'latency',
  'duration',
  'delay',
  'price',
  'cost',
  'usd',
  'rate',
  'number',
  'count',
  'length',
  'size',
  'amount',
]);
const TOKEN_MEASURE_LINKS: ReadonlySet<string> = new Set(['per', 'to', 'of']);
/** Words of a number, which alone may stand between `per` and the tokens: `perMillionTokens`, `per_1k_tokens`. */
const NUMBER_WORDS: ReadonlySet<string> = new Set(['k', 'm', 'hundred', 'thousand', 'million', 'billion']);
/** Words that, right before a plural `tokens`, count them: `estimatedTokens`, `remainingTokens`, `millionTokens`. */
const TOKEN_COUNTERS: ReadonlySet<string> = new Set([
  'estimated',
  'estimate',
  'approx',
  'approximate',
  'used',
  'remaining',
  'billed',
  'billable',
  'consumed',
  'hundred',
  'thousand',
  'million',
  'billion',
]);

/**
 * Do the words of a name ending in `token` / `tokens` say it is a number about a language model's tokens, not a
 * token: a measure before `per` / `to` / `of` (`pricePerMillionTokens`, `timeToFirstToken`, `numberOfTokens`), `per`
 * and number words only (`perMillionTokens`, `perToken`), or a plural counted by the word right before it
 * (`estimatedTokens`)? A credential word there keeps it a token (`remainingAuthTokens`, `perUserToken`), and so
 * does the singular after a counting word (`usedToken`: a one-time token, spent).
 */
function namesTokenMeasure(parts: readonly string[]): boolean {
  const last = parts.length - 1;
  const word = parts[last];
  if (word !== 'token' && word !== 'tokens') return false;
  if (word === 'tokens' && last > 0 && TOKEN_COUNTERS.has(parts[last - 1]!)) return true;
  let numbersOnly = true;
  for (let index = last - 1; index >= 0; index--) {
    const part = parts[index]!;
    if (part === 'per' && numbersOnly) return true;
    if (TOKEN_MEASURE_LINKS.has(part) && index > 0 && TOKEN_MEASURES.has(parts[index - 1]!)) return true;
    if (!NUMBER_WORDS.has(part)) numbersOnly = false;
  }
  return false;
}

/** Each term's letters, lower-cased (`apiKey` → `apikey`), computed once per term. */
const normalisedTerms = new Map<string, string>();

function normalisedTerm(term: string): string {
  let normalised = normalisedTerms.get(term);
  if (normalised === undefined) {
    normalised = nameParts(term).join('');
    // Terms come from the defaults and the options: a bound keeps a config that changes per file from growing it
    if (normalisedTerms.size > 10_000) normalisedTerms.clear();
    normalisedTerms.set(term, normalised);
  }
  return normalised;
}

/**
 * Last word parts that name a form of the value before them, not another thing: Secrets Manager's `SecretString`
 * and `SecretBinary`, `secretValue`, `tokenString`.
 */
const VALUE_FORMS: ReadonlySet<string> = new Set(['string', 'str', 'binary', 'value']);

/** Is `name` a word that names the form of a value (`value`, `string`, `binary`), which a name check looks past? */
export function isValueFormName(name: string): boolean {
  return VALUE_FORMS.has(name.toLowerCase());
}

/**
 * Answers about names, per terms list (the defaults, or a config's options array, shared by every file it applies to)
 * and name. The sensitive-data check asks about every name it meets in a logged value, and the same names (`event`,
 * `error`, `params`, `data`) come back in every file; splitting a name into word parts allocates.
 */
type NameAnswers<T> = WeakMap<readonly string[], Map<string, T>>;
const sensitiveNameAnswers: NameAnswers<string | null> = new WeakMap();
const secretIdentifierAnswers: NameAnswers<boolean> = new WeakMap();
const notSecretAnswers: NameAnswers<boolean> = new WeakMap();
/** Names remembered per terms list before its memo starts over (names come from the linted code). */
const MAX_REMEMBERED_NAMES = 20_000;

function remembered<T>(
  answers: NameAnswers<T>,
  terms: readonly string[],
  name: string,
  compute: (name: string, terms: readonly string[]) => T,
): T {
  let memo = answers.get(terms);
  if (memo === undefined) answers.set(terms, (memo = new Map()));
  let answer = memo.get(name);
  if (answer === undefined) {
    answer = compute(name, terms);
    if (memo.size >= MAX_REMEMBERED_NAMES) memo.clear();
    memo.set(name, answer);
  }
  return answer as T;
}

/**
 * Last word parts that name where a secret is kept or what kind it is, not its value: `secretName`, `tokenSecretArn`,
 * `apiKeyId`, `authorizationType`, `tokenKind`, `authorizationScheme`.
 */
const IDENTIFIER_PARTS: ReadonlySet<string> = new Set([
  'name',
  'names',
  'arn',
  'arns',
  'id',
  'ids',
  'path',
  'type',
  'types',
  'kind',
  'scheme',
]);

/**
 * Does `name` name where a secret is kept (`secretName`, `SECRET_ARN`, `tokenSecretArn`, `apiKeyId`): a term, then
 * a last part that names an identifier? Such a value is the secret's name or ARN (a `SecretId`), not the secret.
 */
export function namesSecretIdentifier(name: string, terms: readonly string[] = DEFAULT_SENSITIVE_NAMES): boolean {
  return remembered(secretIdentifierAnswers, terms, name, computeNamesSecretIdentifier);
}

function computeNamesSecretIdentifier(name: string, terms: readonly string[]): boolean {
  if (name.length > 200) return false;
  const parts = nameParts(name);
  if (parts.length < 2 || !IDENTIFIER_PARTS.has(parts[parts.length - 1]!)) return false;
  if (matchSensitiveName(name, terms) !== null) return false;
  const letters = parts.slice(0, -1).join('');
  // `accessKeyId`: a credential of its own (AWS's key ID), not where one is kept
  if (letters.endsWith('accesskey')) return false;
  return terms.some((term) => {
    const wanted = normalisedTerm(term);
    return wanted !== '' && letters.includes(wanted);
  });
}

/**
 * The term `name` matches, or null. Matching is on word parts, case-insensitive: the name's last parts, joined,
 * equal the term with its separators removed (`apiKey`, `api_key` and `x-api-key` all end in `apikey`), or its
 * plural (`tokens`, `passwords`, `accessTokens`); a last part that names the value's form (`SecretString`,
 * `secretValue`) is looked past.
 */
export function matchSensitiveName(name: string, terms: readonly string[] = DEFAULT_SENSITIVE_NAMES): string | null {
  return remembered(sensitiveNameAnswers, terms, name, computeMatchSensitiveName);
}

function computeMatchSensitiveName(name: string, terms: readonly string[]): string | null {
  if (name.length > 200) return null;
  const parts = nameParts(name);
  if (parts.length === 0) return null;
  // `hasToken`, `isSecret`, `requirePassword`, `maxTokens`: a flag or a count about the secret, not the secret
  if (parts.length > 1 && FLAG_PREFIXES.has(parts[0]!)) return null;
  // `estimatedTokens`, `timeToFirstToken`, `pricePerMillionTokens`: a number about a model's tokens
  if (namesTokenMeasure(parts)) return null;
  // `cookie_name_access_token`, `headerNameIdToken`: the name a token goes by (a cookie's, a header's), not it
  if (namesTokenContainer(parts)) return null;
  const found = matchParts(parts, terms, false) ?? matchParts(parts, terms, true);
  if (found !== null) return found;
  // `SecretString`, `secretValueString`: past the words that name the value's form
  let end = parts.length;
  while (end > 1 && VALUE_FORMS.has(parts[end - 1]!)) end--;
  if (end === parts.length) return null;
  const valueParts = parts.slice(0, end);
  if (namesTokenMeasure(valueParts)) return null;
  return matchParts(valueParts, terms, false) ?? matchParts(valueParts, terms, true);
}

/** Where a token travels, whose `name` a name may hold: `cookieNameAccessToken`, `header_name_id_token`. */
const TOKEN_CONTAINERS: ReadonlySet<string> = new Set(['cookie', 'header', 'param', 'query']);

/** A container's `name`, then a token: the name a token goes by (not `userNamePassword`, not a secret's). */
function namesTokenContainer(parts: readonly string[]): boolean {
  if (parts[parts.length - 1] !== 'token') return false;
  for (let index = 1; index < parts.length - 1; index++) {
    if (parts[index] === 'name' && TOKEN_CONTAINERS.has(parts[index - 1]!)) return true;
  }
  return false;
}

/**
 * The name says what kind of token it is, and that kind is not a secret: its last two or three words are one of
 * the compounds above (`taskToken`, `NextToken`, `client_request_token`, `outputTokens`), or it names a number
 * about tokens (`estimatedTokens`, `timeToFirstToken`).
 */
export function namesNotSecret(name: string): boolean {
  return remembered(notSecretAnswers, DEFAULT_SENSITIVE_NAMES, name, computeNamesNotSecret);
}

function computeNamesNotSecret(name: string): boolean {
  if (name.length > 200) return false;
  const parts = nameParts(name);
  if (namesTokenMeasure(parts)) return true;
  for (const count of [2, 3]) {
    if (parts.length < count) break;
    let joined = parts.slice(parts.length - count).join('');
    if (joined.endsWith('s')) joined = NOT_SECRET_COMPOUNDS.has(joined) ? joined : joined.slice(0, -1);
    if (NOT_SECRET_COMPOUNDS.has(joined)) return true;
  }
  return false;
}

/** The term the last `parts` spell (`plural`: with an `s` added); a term spelled as it is wins over a plural. */
function matchParts(parts: readonly string[], terms: readonly string[], plural: boolean): string | null {
  const letters = parts.join('');
  for (const term of terms) {
    const wanted = normalisedTerm(term);
    // The suffix below is made of the name's letters: a term they do not hold cannot be it
    if (wanted === '' || !letters.includes(wanted)) continue;
    const spelled = plural ? `${wanted}s` : wanted;
    // A bare `tokens` is as often a tokenizer's output or a model's count as credentials: its plural needs a
    // qualifier (`accessTokens`, `idTokens`)
    if (plural && wanted === 'token' && parts.join('') === spelled) continue;
    let suffix = '';
    for (let count = 1; count <= parts.length && suffix.length < spelled.length; count++) {
      suffix = parts[parts.length - count] + suffix;
      if (suffix === spelled) {
        // one or two words before it: `nextToken`, `ClientRequestToken`
        const qualifier = parts[parts.length - count - 1];
        if (qualifier !== undefined && NOT_SECRET_COMPOUNDS.has(qualifier + wanted)) break;
        const wider = parts[parts.length - count - 2];
        if (wider !== undefined && NOT_SECRET_COMPOUNDS.has(wider + qualifier + wanted)) break;
        return term;
      }
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Suggestion helpers

/** A JavaScript string literal for `text` in `quote` quotes, escaping what must be escaped. */
export function quoteString(text: string, quote: "'" | '"' = "'"): string {
  let result = quote;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === quote || char === '\\') result += `\\${char}`;
    else if (char === '\n') result += '\\n';
    else if (char === '\r') result += '\\r';
    else if (char === '\t') result += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) {
      result += `\\u${code.toString(16).padStart(4, '0')}`;
    } else result += char;
  }
  return result + quote;
}

/** A plain JavaScript identifier usable as a shorthand property / field name. */
export function isPlainIdentifierName(name: string): boolean {
  return name.length > 0 && name.length <= 100 && /^[A-Za-z_$][\w$]*$/.test(name);
}
