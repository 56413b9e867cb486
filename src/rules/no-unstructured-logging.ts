import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  ELEMENT_CALLBACK_METHODS,
  findProperty,
  getCalleeName,
  getPropertyName,
  isFunctionLike,
  iteratedBy,
  memberChain,
  parenthesizedRange,
  simpleName,
  skipTypeAndChainWrappers,
  skipTypeWrappers,
} from '../utils/ast.js';
import { createRule } from '../utils/create-rule.js';
import { isLambdaCode, lambdaCode, type LambdaCode } from '../utils/handlers.js';
import {
  getFileLogging,
  isGlobal,
  isJsonParse,
  isJsonStringify,
  isLogLevelMethod,
  isPlainIdentifierName,
  libraryName,
  type LogCall,
  type LoggerInfo,
  type LoggerLibrary,
  loggersOptionSchema,
  nameParts,
  nodeUtilCall,
  onceBound,
  quoteString,
  runsNever,
  skipBareTemplates,
  variableOf,
} from '../utils/logging.js';
import { boundInitializer, findVariableOf, isGlobalNameAt, isImportedConstant, isMemberWritten, resolveModuleRef } from '../utils/modules.js';
import { mayMention } from '../utils/prefilter.js';
import { isAsciiNameCode } from '../utils/strings.js';
import { getStaticValue, type StaticValue } from '../utils/static-value.js';
import { isTestFile } from '../utils/test-files.js';

type Variable = TSESLint.Scope.Variable;

export type Options = [
  {
    loggers: string[];
  },
];
export type MessageIds = 'dataInMessage' | 'multipleArguments' | 'argumentOrder' | 'droppedArgument' | 'useFields';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

const defaultOptions: Options[0] = { loggers: [] };

/** console methods that write a log line (`console.dir`/`table` print a value; not a message). */
const CONSOLE_LOG_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace']);

/** Keys each library writes itself: a field of that name would clash, so no suggestion uses one. */
const RESERVED_FIELDS: Readonly<Record<LoggerLibrary, ReadonlySet<string>>> = {
  console: new Set(['message']),
  powertools: new Set([
    'level',
    'message',
    'timestamp',
    'service',
    'sampling_rate',
    'xray_trace_id',
    'error',
    'cold_start',
  ]),
  pino: new Set(['level', 'time', 'pid', 'hostname', 'msg']),
  bunyan: new Set(['v', 'level', 'name', 'hostname', 'pid', 'time', 'msg', 'src']),
  winston: new Set(['level', 'message']),
  'lambda-log': new Set(['msg', 'message', '_logLevel', '_tags']),
  dazn: new Set(['level', 'sLevel', 'message']),
  // (no suggestion rewrites a stream's write)
  stream: new Set(),
  custom: new Set(['message', 'msg', 'level']),
};

/** A value's type when the syntax shows it is a primitive (`3`, `!x`, `a - b`, `xs.length`, `String(x)`). */
type PrimitiveKind = 'string' | 'number' | 'boolean' | 'bigint';

/**
 * Message-first libraries that silently drop some kinds of value passed after the message, checked against the
 * libraries' code: Powertools Logger (`#processExtraInput`) keeps an Error (as `error`), a string (as `extra`) and
 * an object's own keys, so a number, boolean or bigint leaves nothing; winston (`Logger.log`) merges only an object
 * meta, and keeps anything else for `format.splat()`, which reads it only for `%` placeholders.
 */
const DROPPED_EXTRAS: Partial<Record<LoggerLibrary, { kinds: ReadonlySet<PrimitiveKind>; kept: string }>> = {
  powertools: { kinds: new Set(['number', 'boolean', 'bigint']), kept: 'objects, Errors and strings' },
  winston: { kinds: new Set(['number', 'boolean', 'bigint', 'string']), kept: 'an object' },
};

/** printf-style placeholders (`%s`, `%d`, `%o`, …) that pino, bunyan, winston's splat and console interpolate. */
function hasFormatSpecifier(text: string): boolean {
  for (let index = text.indexOf('%'); index !== -1 && index < text.length - 1; index = text.indexOf('%', index + 1)) {
    if ('sdifjoOc'.includes(text[index + 1]!)) return true;
  }
  return false;
}

export default createRule<Options, MessageIds>({
  name: 'no-unstructured-logging',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow log messages built from data in Lambda handler modules instead of structured fields',
      recommended: 'recommended',
      severity: 'warn',
    },
    hasSuggestions: true,
    messages: {
      dataInMessage:
        'Log message built from data ({{how}}): the values end up inside the text, where CloudWatch Logs Insights cannot query them. Pass them as fields.',
      multipleArguments:
        'console.{{method}} with several arguments writes one unstructured line. Log a single object instead.',
      argumentOrder:
        '{{library}} takes the fields object first, then the message: the arguments after the message are {{fate}}.',
      droppedArgument:
        '{{library}} drops a {{kind}} passed after the message (it keeps {{kept}}): this value never reaches the log. Pass it as a field of an object.',
      useFields: 'Log the values as fields of a structured entry.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          loggers: loggersOptionSchema('Calls on their imports are checked for messages built from data.'),
        },
      },
    ],
    defaultOptions: [defaultOptions],
  },
  defaultOptions: [defaultOptions],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    // Handlers come from the file's top-level statements, known before traversal: most files need no listener.
    // Test files first: the path answers without handler detection.
    if (isTestFile(context)) return {};
    // A module that exports a handler is Lambda code; in a Pulumi program, only the handlers written inline
    // (`new aws.lambda.CallbackFunction(name, { callback })`) are: the rest runs on `pulumi up`
    const code = lambdaCode(context);
    if (code.exported.length === 0 && code.inline.length === 0) return {};
    const jsonSafety = new JsonSafety(code, sourceCode);
    return {
      Program() {
        const logging = getFileLogging(context, { loggers: options.loggers });
        for (const call of logging.logCalls) {
          if (call.kind !== 'emit') continue;
          if (!isLambdaCode(call.node, code, sourceCode)) continue;
          // `if (debug) console.log(…)` with `const debug = false`: a line that never runs
          if (runsNever(call.node, sourceCode)) continue;
          const args = call.node.arguments;
          if (args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) {
            // `console.log('processing', ...ids)`: several arguments whenever the list holds one (no suggestion: the
            // values have no names)
            const method = call.method ?? '';
            if (call.logger.order === 'console' && CONSOLE_LOG_METHODS.has(method) && args.length >= 2) {
              context.report({
                loc: { start: args[0]!.loc.start, end: args[args.length - 1]!.loc.end },
                messageId: 'multipleArguments',
                data: { method },
              });
            }
            continue;
          }
          const checker = new CallChecker(call, sourceCode, context, jsonSafety);
          checker.check();
        }
        // `logger.error(\`Invalid method: ${event.httpMethod}\`)` with `logger` imported from the project's own module
        // (Powertools' recommended layout): whatever the library, a message built from data holds the values in its
        // text. Only that is judged: the argument order and the fate of other arguments depend on the library
        for (const node of logging.unknownLevelCalls) {
          const callee = skipTypeAndChainWrappers(node.callee);
          const method = callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : null;
          if (method === null || !isLogLevelMethod(method)) continue;
          if (!isLambdaCode(node, code, sourceCode) || runsNever(node, sourceCode)) continue;
          if (node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) continue;
          const call: LogCall = { node, logger: UNKNOWN_LOGGER, method, kind: 'emit', structured: false };
          new CallChecker(call, sourceCode, context, jsonSafety).check();
        }
      },
    };
  },
});

// ---------------------------------------------------------------------------------------------------------------
// Messages

/**
 * `text`: constant text; `expr`: a value from data; `fixed`: a constant whose text we cannot compute
 * (`'='.repeat(60)`): not data, but no suggestion can rewrite it.
 */
type Piece = { text: string } | { expr: TSESTree.Node } | { fixed: TSESTree.Node };

interface MessageShape {
  /** Some part is not a constant. */
  dataBuilt: boolean;
  how: 'template literal' | 'string concatenation' | 'util.format' | 'concat()' | 'join()' | 'constant';
  /** Constant text and value pieces, in order; null when a piece cannot be read (a raw template escape). */
  pieces: Piece[] | null;
  /** Splitting into pieces keeps the meaning: `a + b + 'x'` may add numbers first. */
  safe: boolean;
  /** The whole constant text when not data-built. */
  constant: string | null;
  /** Built where a name is bound, not in the call (`const line = 'order ' + id; log(line)`): no pieces to rewrite. */
  viaName?: boolean;
}

const MAX_LEAVES = 200;
/** Names followed to the message they are bound to (`const a = …; const b = a; log(b)`). */
const MAX_MESSAGE_HOPS = 4;

/**
 * A name with its first word in lower case, as a camelCase field begins: `Records` → `records`, `IDs` → `ids`,
 * `URL` → `url`, `URLPath` → `urlPath` (an acronym's last capital starts the next word when more follow).
 */
function lowerInitialWord(name: string): string {
  let capitals = 0;
  while (capitals < name.length && name[capitals]! >= 'A' && name[capitals]! <= 'Z') capitals++;
  if (capitals <= 1) return name.charAt(0).toLowerCase() + name.slice(1);
  // `URLPath`: the run ends with the next word's capital, unless what follows is a plural `s` (`IDs`)
  const rest = name.slice(capitals);
  const keep = rest.length > 1 && rest[0]! >= 'a' && rest[0]! <= 'z' && rest !== 's' ? 1 : 0;
  return name.slice(0, capitals - keep).toLowerCase() + name.slice(capitals - keep);
}


/** A logger the file does not show (imported from the project's own module): its library and argument order unknown. */
const UNKNOWN_LOGGER: LoggerInfo = { library: 'custom', order: 'unknown', structured: false };

/** How far `isJsonSafe` follows names bound to other values, and the parts of a literal. */
const MAX_JSON_SAFE_DEPTH = 8;
/** Names written more often than this are not followed. */
const MAX_CHECKED_WRITES = 16;
/** Values looked at for one answer of `isJsonSafe`. */
const MAX_JSON_SAFE_STEPS = 200;

/**
 * What `JSON.stringify` can write without throwing, for the console suggestion; the file's handlers' event and
 * context parameters are found on the first question (most files get no console suggestion).
 */
class JsonSafety {
  #variables: ReadonlySet<Variable> | null = null;
  #steps = 0;

  constructor(
    private readonly code: LambdaCode,
    private readonly sourceCode: SourceCode,
  ) {}

  /**
   * Can `JSON.stringify` write this value without throwing, as console prints it: a string, number or boolean; a
   * handler's event or context (the event is parsed JSON: no cycle, no bigint), a value of `JSON.parse(…)`, an element
   * of one in a loop or an array method's callback, a part of one (`phone.substring(0, 2)`), a `for…in` key, a
   * `new Date()`; a member read of anything but a stream or an HTTP message
   * (`order.id`, `response.data`; not `output.Body`, `err.response`, nor a member of `this` or of a name bound to a
   * `new` instance, `s3.config`); a name typed with primitives only; an object
   * or array literal of such values. A whole object of other code (a response of axios, an SDK output with a stream
   * body, an HTTP request) may hold a cycle: the rewrite would throw where console printed.
   */
  isJsonSafe(node: TSESTree.Node, depth = 0): boolean {
    // Names written many times, each to other names: a bound on the whole walk, not only its depth
    if (depth === 0) this.#steps = 0;
    if (depth > MAX_JSON_SAFE_DEPTH || ++this.#steps > MAX_JSON_SAFE_STEPS) return false;
    const kind = primitiveKind(node, this.sourceCode, 0);
    if (kind !== null) return kind !== 'bigint';
    const target = skipTypeAndChainWrappers(node);
    switch (target.type) {
      case AST_NODE_TYPES.Literal:
        return target.value === null && !('regex' in target && target.regex !== undefined);
      case AST_NODE_TYPES.MemberExpression: {
        const name = getPropertyName(target);
        if (name !== null && CYCLIC_MEMBERS.has(name)) return false;
        // `this.http.agent`, `s3.config` of `const s3 = new S3Client({})`: a member of an instance is its state
        const root = memberChain(target, () => '')?.base;
        if (root === undefined || root.type === AST_NODE_TYPES.ThisExpression || this.isInstance(root)) return false;
        if (name === null) return this.isJsonSafe(target.object, depth + 1);
        // `config.limit` of `const config = { limit: 10n }`, `config.client` of `{ client: new S3Client({}) }`: the
        // value written there shows it is not (other members are read as data, as everywhere)
        const written = propertyOfConstant(target.object, name, this.sourceCode);
        if (written !== null && (primitiveKind(written, this.sourceCode, 0) === 'bigint' || isNewInstance(written))) {
          return false;
        }
        // `result.value` of `Promise.allSettled(…)`: whatever the promise gave (an SDK output, a response)
        return !(SETTLED_MEMBERS.has(name) && this.isSettledResult(target.object));
      }
      case AST_NODE_TYPES.Identifier:
        if (target.name === 'undefined' && isGlobal(target, this.sourceCode)) return true;
        return this.isJsonSafeName(target, depth);
      case AST_NODE_TYPES.CallExpression: {
        const call: TSESTree.CallExpression = target;
        if (isJsonParse(call as TSESTree.Node, this.sourceCode) || makesId(call, this.sourceCode)) return true;
        // `phone.substring(0, 2)`, `event.Records.filter(…)`: a part of a safe string or array
        const callee = skipTypeAndChainWrappers(call.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
        const method = getPropertyName(callee);
        return method !== null && PART_METHODS.has(method) && this.isJsonSafe(callee.object, depth + 1);
      }
      case AST_NODE_TYPES.NewExpression: {
        // `new Date()` writes its ISO text
        const callee = skipTypeWrappers(target.callee);
        return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Date' && isGlobal(callee, this.sourceCode);
      }
      case AST_NODE_TYPES.LogicalExpression:
        return this.isJsonSafe(target.left, depth + 1) && this.isJsonSafe(target.right, depth + 1);
      case AST_NODE_TYPES.ConditionalExpression:
        return this.isJsonSafe(target.consequent, depth + 1) && this.isJsonSafe(target.alternate, depth + 1);
      case AST_NODE_TYPES.ArrayExpression:
        return target.elements.every(
          (element) => element === null || (element.type !== AST_NODE_TYPES.SpreadElement && this.isJsonSafe(element, depth + 1)),
        );
      case AST_NODE_TYPES.ObjectExpression:
        return target.properties.every(
          (property) =>
            property.type === AST_NODE_TYPES.Property &&
            property.kind === 'init' &&
            !property.method &&
            this.isJsonSafe(property.value, depth + 1),
        );
      default:
        return false;
    }
  }

  private isJsonSafeName(name: TSESTree.Identifier, depth: number): boolean {
    const variable = findVariableOf(name, this.sourceCode);
    if (variable === null) return false;
    if (this.variables().has(variable)) return true;
    const definition = variable.defs.length === 1 ? variable.defs[0]! : null;
    if (definition === null) return false;
    // `declare const result: { stack: string }`, `(id: string) => …`: the type says
    const declared = definition.name as TSESTree.Identifier;
    if (declared.typeAnnotation != null && isPrimitiveDataType(declared.typeAnnotation.typeAnnotation, 0)) return true;
    if (isForInKey(declared)) return true;
    // `const { id, items } = body`: a part of what the pattern takes apart (or its default, `{ id = 'none' }`)
    const declarator = definition.node;
    if (
      declarator.type === AST_NODE_TYPES.VariableDeclarator &&
      declarator.id.type !== AST_NODE_TYPES.Identifier &&
      declarator.init !== null
    ) {
      const fallback = declared.parent?.type === AST_NODE_TYPES.AssignmentPattern ? declared.parent.right : null;
      return (fallback === null || this.isJsonSafe(fallback, depth + 1)) && this.isJsonSafe(declarator.init, depth + 1);
    }
    // `records.find((e) => …)`, `for (const record of event.Records)`: an element of a safe array
    const element = elementSource(declared);
    if (element !== null) return this.isJsonSafe(element, depth + 1);
    const init = boundInitializer(name, this.sourceCode);
    if (init !== null) return this.isJsonSafe(init, depth + 1);
    // `let attempt = 0; … attempt++`: every value written to it is safe
    return this.isEveryWriteJsonSafe(variable, depth);
  }

  /**
   * An element of what `Promise.allSettled(…)` gives (`for (const result of await Promise.allSettled(calls))`,
   * `results.map((result) => …)`).
   */
  private isSettledResult(node: TSESTree.Node): boolean {
    let target = skipTypeAndChainWrappers(node);
    if (target.type !== AST_NODE_TYPES.Identifier) return false;
    const declared = findVariableOf(target, this.sourceCode)?.defs[0]?.name;
    const element = declared?.type === AST_NODE_TYPES.Identifier ? elementSource(declared) : null;
    if (element === null) return false;
    target = skipTypeAndChainWrappers(element);
    if (target.type === AST_NODE_TYPES.Identifier) {
      const init = boundInitializer(target, this.sourceCode);
      if (init === null) return false;
      target = skipTypeAndChainWrappers(init);
    }
    if (target.type === AST_NODE_TYPES.AwaitExpression) target = skipTypeAndChainWrappers(target.argument);
    if (target.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = skipTypeAndChainWrappers(target.callee);
    return (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      getPropertyName(callee) === 'allSettled' &&
      callee.object.type === AST_NODE_TYPES.Identifier &&
      callee.object.name === 'Promise' &&
      isGlobal(callee.object, this.sourceCode)
    );
  }

  /** A name bound once to an instance of a class (`new S3Client({})`), not a `new Date()`. */
  private isInstance(node: TSESTree.Node): boolean {
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const init = boundInitializer(node, this.sourceCode);
    return init !== null && isNewInstance(init);
  }

  private isEveryWriteJsonSafe(variable: Variable, depth: number): boolean {
    let writes = 0;
    for (const reference of variable.references) {
      if (!reference.isWrite()) continue;
      if (++writes > MAX_CHECKED_WRITES) return false;
      if (reference.identifier.parent?.type === AST_NODE_TYPES.UpdateExpression) continue;
      const written = reference.writeExpr;
      if (written === null || written === undefined || !this.isJsonSafe(written, depth + 1)) return false;
    }
    return writes > 0;
  }

  private variables(): ReadonlySet<Variable> {
    if (this.#variables === null) {
      const found = new Set<Variable>();
      for (const handler of [...this.code.exported, ...this.code.inline]) {
        for (const param of [handler.eventParam, handler.contextParam]) {
          const variable = param === null ? null : findVariableOf(param, this.sourceCode);
          // `event = await axios.get(url)`: no longer the event
          if (variable !== null && !variable.references.some((reference) => reference.isWrite())) found.add(variable);
        }
      }
      this.#variables = found;
    }
    return this.#variables;
  }
}

/** An instance of a class made in place (`new S3Client({})`), not a `new Date()`. */
function isNewInstance(node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  if (value.type !== AST_NODE_TYPES.NewExpression) return false;
  const callee = skipTypeWrappers(value.callee);
  return !(callee.type === AST_NODE_TYPES.Identifier && callee.name === 'Date');
}

/** The members of a `Promise.allSettled` result that hold what the promise gave. */
const SETTLED_MEMBERS: ReadonlySet<string> = new Set(['value', 'reason']);

/**
 * The value written for `name` in the object literal `object` is bound to once (`const limits = { max: 10n }`), when
 * the literal writes it as a property of its own; null otherwise.
 */
function propertyOfConstant(object: TSESTree.Node, name: string, sourceCode: SourceCode): TSESTree.Node | null {
  const target = skipTypeAndChainWrappers(object);
  if (target.type !== AST_NODE_TYPES.Identifier) return null;
  const init = boundInitializer(target, sourceCode);
  const literal = init === null ? null : skipTypeWrappers(init);
  if (literal?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const property = findProperty(literal, name);
  if (property === null || property.kind !== 'init' || property.method) return null;
  // `{ limit: 10, ...overrides }`: a spread after it may write another value
  const after = literal.properties.slice(literal.properties.indexOf(property) + 1);
  return after.some((other) => other.type === AST_NODE_TYPES.SpreadElement) ? null : property.value;
}

/**
 * Members that hold a stream or an HTTP message, whose objects point back at each other: an SDK output's `Body`,
 * an axios error's `response` and `request`, a server's `req`, `res` and `socket`.
 */
const CYCLIC_MEMBERS: ReadonlySet<string> = new Set([
  'Body',
  '$response',
  'request',
  'response',
  'req',
  'res',
  'socket',
  'connection',
  'client',
  'stream',
]);

/**
 * A value written into a message's text that is named as a stream or an HTTP message (`${response}`, `${err.request}`):
 * text printed `[object Object]`, and `JSON.stringify` throws on its cycles.
 */
function namedLikeCyclicValue(node: TSESTree.Node): boolean {
  const target = skipTypeAndChainWrappers(node);
  if (target.type === AST_NODE_TYPES.Identifier) return CYCLIC_MEMBERS.has(target.name);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getPropertyName(target);
  return name !== null && CYCLIC_MEMBERS.has(name);
}

/** A type of strings, numbers and booleans only: a keyword, a literal, an array or an object type literal of them. */
function isPrimitiveDataType(type: TSESTree.TypeNode, depth: number): boolean {
  if (depth > MAX_JSON_SAFE_DEPTH) return false;
  switch (type.type) {
    case AST_NODE_TYPES.TSStringKeyword:
    case AST_NODE_TYPES.TSNumberKeyword:
    case AST_NODE_TYPES.TSBooleanKeyword:
    case AST_NODE_TYPES.TSNullKeyword:
    case AST_NODE_TYPES.TSUndefinedKeyword:
      return true;
    case AST_NODE_TYPES.TSLiteralType:
      return type.literal.type === AST_NODE_TYPES.Literal && !('bigint' in type.literal && type.literal.bigint !== undefined);
    case AST_NODE_TYPES.TSArrayType:
      return isPrimitiveDataType(type.elementType, depth + 1);
    case AST_NODE_TYPES.TSUnionType:
      return type.types.every((member) => isPrimitiveDataType(member, depth + 1));
    case AST_NODE_TYPES.TSTypeLiteral:
      return type.members.every(
        (member) =>
          member.type === AST_NODE_TYPES.TSPropertySignature &&
          member.typeAnnotation !== undefined &&
          isPrimitiveDataType(member.typeAnnotation.typeAnnotation, depth + 1),
      );
    default:
      return false;
  }
}

/**
 * The array a name takes its elements from: the receiver of the array method whose callback's first parameter it
 * is (`records.find((e) => …)`), or what a `for…of` loop iterates; null otherwise.
 */
function elementSource(name: TSESTree.Identifier): TSESTree.Node | null {
  const parent = name.parent;
  if (parent !== undefined && isFunctionLike(parent)) return parent.params[0] === name ? iteratedBy(parent) : null;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id === name ? iteratedBy(parent) : null;
}

/**
 * `uuidv4()`, `randomUUID()`, `nanoid()`: a call of an id maker of `uuid`, `nanoid` or Node's `crypto` (imported or
 * required, under any name): a string.
 */
function makesId(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const ref = resolveModuleRef(call.callee, sourceCode);
  if (ref === null) return false;
  const name = ref.path.length === 1 ? ref.path[0]! : ref.path.length === 0 ? 'default' : '';
  const makers = ID_MAKERS.get(ref.module.startsWith('node:') ? ref.module.slice('node:'.length) : ref.module);
  return makers?.has(name) === true;
}

const ID_MAKERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['uuid', new Set(['v1', 'v4', 'v6', 'v7'])],
  ['nanoid', new Set(['nanoid'])],
  ['crypto', new Set(['randomUUID'])],
]);

/** Is `name` the key of a `for…in` loop (a string, whatever the object)? */
function isForInKey(name: TSESTree.Identifier): boolean {
  const declaration = name.parent?.type === AST_NODE_TYPES.VariableDeclarator ? name.parent.parent : null;
  const loop = declaration?.parent;
  return loop?.type === AST_NODE_TYPES.ForInStatement && loop.left === declaration;
}

/** Methods of a string or an array that give a part of it (or the parts of it joined): as safe as it is. */
const PART_METHODS: ReadonlySet<string> = new Set([
  'substring',
  'substr',
  'slice',
  'trim',
  'trimStart',
  'trimEnd',
  'split',
  'at',
  'filter',
  'join',
  'concat',
  'flat',
  'padStart',
  'padEnd',
  'replace',
  'replaceAll',
]);

class CallChecker {
  private readonly args: TSESTree.Expression[];
  private readonly library: LoggerLibrary;

  constructor(
    private readonly call: LogCall,
    private readonly sourceCode: SourceCode,
    private readonly context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
    private readonly jsonSafety: JsonSafety,
  ) {
    this.args = call.node.arguments as TSESTree.Expression[];
    this.library = call.logger.library;
  }

  check(): void {
    switch (this.call.logger.order) {
      case 'console':
        this.checkConsole();
        break;
      case 'message-first':
        this.checkMessageFirst();
        break;
      case 'object-first':
        this.checkObjectFirst();
        break;
      case 'stream':
        // `process.stdout.write(\`order ${id}\n\`)`: the text written, judged as a message of unknown order is (a
        // JSON line written is structured: nothing to say)
        if (!this.call.structured) this.checkUnknown();
        break;
      default:
        this.checkUnknown();
    }
  }

  // ---- per argument order ------------------------------------------------------------------------------------

  private checkConsole(): void {
    const method = this.call.method ?? '';
    if (!CONSOLE_LOG_METHODS.has(method)) return;
    const args = this.args;
    if (args.length === 0) return;
    if (args.length === 1) {
      const shape = this.shape(args[0]!);
      if (shape?.dataBuilt) {
        this.reportData(args[0]!, shape, () => this.consoleSuggestion(args));
        return;
      }
      // `console.log(JSON.stringify({ message: `order ${id}` }))` is as structured as the object itself
      const single = skipBareTemplates(args[0]!);
      const inner = isJsonStringify(single, this.sourceCode) ? single.arguments[0] : undefined;
      if (inner !== undefined && inner.type !== AST_NODE_TYPES.SpreadElement) {
        // `console.log(JSON.stringify('order ' + id))` still writes the text, quoted
        const innerShape = this.shape(inner);
        if (innerShape?.dataBuilt) {
          this.reportData(inner, innerShape, () => null);
          return;
        }
      }
      this.checkMessageProperty(inner !== undefined && inner.type !== AST_NODE_TYPES.SpreadElement ? inner : args[0]!);
      return;
    }
    // Constants only (`console.log('status:', apiKey ? 'Found' : 'Not found')`: a choice between texts written in
    // place is one of them): the line is one of fixed texts
    const fixed = (argument: TSESTree.Expression): boolean =>
      this.constantText(argument) !== null || isLiteralOnly(argument) || choosesText(argument, this.sourceCode);
    if (args.every(fixed)) return;
    if (this.isMessageWithError(args)) return;
    const first = args[0]!;
    const last = args[args.length - 1]!;
    this.context.report({
      loc: { start: first.loc.start, end: last.loc.end },
      messageId: 'multipleArguments',
      data: { method },
      suggest: this.suggestions(() => this.consoleSuggestion(args)),
    });
  }

  /**
   * `console.error('Failed to save order', err)`: a constant message and one Error, in either order. Lambda's JSON
   * log format keeps the Error as fields (`errorType`, `errorMessage`, `stackTrace`) next to the message, whatever
   * its position among the arguments, so nothing is lost to the text; the "`console.error(err)` with one
   * Error is fine" extends to a constant message before or after it.
   */
  private isMessageWithError(args: readonly TSESTree.Expression[]): boolean {
    if (args.length !== 2) return false;
    if (this.isConstantMessage(args[0]!)) return isErrorValue(args[1]!, this.sourceCode);
    if (isErrorValue(args[0]!, this.sourceCode) && this.isConstantMessage(args[1]!)) return true;
    // `console.error(err, err.stack)`: the Error and text of its own, which the Error's fields already carry
    const [first, second] = args as [TSESTree.Expression, TSESTree.Expression];
    return isErrorWithOwnText(first, second, this.sourceCode) || isErrorWithOwnText(second, first, this.sourceCode);
  }

  private isConstantMessage(node: TSESTree.Expression): boolean {
    const shape = this.shape(node);
    return shape !== null && !shape.dataBuilt && shape.constant !== null;
  }

  private checkMessageFirst(): void {
    const args = this.args;
    const method = this.call.method;
    const index = method === 'log' && (this.library === 'winston' || this.library === 'lambda-log') && args.length >= 2 ? 1 : 0;
    const message = args[index];
    if (message === undefined) return;
    const shape = this.shape(message);
    if (shape?.dataBuilt) {
      this.reportData(message, shape, () => this.messageFirstSuggestion(index, shape));
    } else if (
      this.library === 'winston' &&
      shape?.constant !== null &&
      shape?.constant !== undefined &&
      hasFormatSpecifier(shape.constant) &&
      args.length > index + 1
    ) {
      // The arguments fill the placeholders (with `format.splat()`): not dropped, but data in the message (constants
      // make the same text on every call)
      if (this.fillsWithData(args.slice(index + 1))) this.reportSpecifiers(message);
      return;
    } else {
      this.checkMessageProperty(message);
    }
    this.checkDroppedExtras(index + 1);
  }

  /** Is every argument from `start` on an Error or a text: kept by Powertools under keys of its own? */
  private keepsExtrasApart(start: number): boolean {
    for (let index = start; index < this.args.length; index++) {
      const argument = this.args[index]!;
      // The arguments are cast as expressions: a spread may be among them
      if ((argument as TSESTree.Node).type === AST_NODE_TYPES.SpreadElement) return false;
      if (isErrorLike(argument, this.sourceCode)) continue;
      if (primitiveKind(argument, this.sourceCode, 0) !== 'string') return false;
    }
    return true;
  }

  /** `logger.info('records', event.Records.length)`: a value the library drops after the message. */
  private checkDroppedExtras(start: number): void {
    const spec = DROPPED_EXTRAS[this.library];
    if (spec === undefined || this.args.length <= start) return;
    // winston: a JSON format drops the extras (kept under a symbol key); a text one, or a format that reads them
    // (`info[Symbol.for('splat')]`, triple-beam's SPLAT), may print them
    if (this.library === 'winston' && (!this.call.logger.structured || readsWinstonSplat(this.sourceCode))) return;
    for (let index = start; index < this.args.length; index++) {
      const argument = this.args[index]!;
      const kind = primitiveKind(argument, this.sourceCode, 0);
      if (kind === null || !spec.kinds.has(kind)) continue;
      this.context.report({
        node: argument,
        messageId: 'droppedArgument',
        data: { library: libraryName(this.library), kind, kept: spec.kept },
        // Wrapping keeps the value; only a sole extra argument is wrapped (no clash with the keys of others)
        suggest: this.args.length === start + 1 ? this.suggestions(() => this.wrapSuggestion(argument)) : [],
      });
    }
  }

  private checkObjectFirst(): void {
    const args = this.args;
    const first = args[0];
    if (first === undefined) return;
    const shape = this.shape(first);
    if (shape !== null) {
      // `log.info('msg', …)`: the message came first
      if (args.length === 1) {
        if (shape.dataBuilt) this.reportData(first, shape, () => this.objectFirstSuggestion(shape, [], null));
        return;
      }
      if (!shape.dataBuilt && shape.constant !== null && hasFormatSpecifier(shape.constant)) {
        if (this.fillsWithData(args.slice(1))) this.reportSpecifiers(first);
        return;
      }
      const extras = args.slice(1);
      this.context.report({
        loc: { start: extras[0]!.loc.start, end: extras[extras.length - 1]!.loc.end },
        messageId: 'argumentOrder',
        data: {
          library: libraryName(this.library),
          fate: this.library === 'pino' ? 'dropped' : 'formatted into the message text',
        },
        suggest: this.suggestions(() => this.objectFirstSuggestion(shape, extras, null)),
      });
      return;
    }
    // `log.info({ … }, message, …)`
    const message = args[1];
    if (message === undefined) {
      this.checkMessageProperty(first);
      return;
    }
    const messageShape = this.shape(message);
    if (messageShape === null) return;
    if (messageShape.dataBuilt) {
      const base = skipTypeWrappers(first);
      this.reportData(message, messageShape, () =>
        args.length === 2 && base.type === AST_NODE_TYPES.ObjectExpression
          ? this.objectFirstSuggestion(messageShape, [], base)
          : null,
      );
      return;
    }
    if (messageShape.constant !== null && hasFormatSpecifier(messageShape.constant) && args.length > 2) {
      if (this.fillsWithData(args.slice(2))) this.reportSpecifiers(message);
    }
  }

  /** Does an argument that fills a placeholder hold data: not a string, number or boolean constant? */
  private fillsWithData(values: readonly TSESTree.CallExpressionArgument[]): boolean {
    return values.some((value) => value.type === AST_NODE_TYPES.SpreadElement || !isConstantText(value, this.sourceCode));
  }

  private checkUnknown(): void {
    // The message first, or after an object of fields (`log.info({ id }, \`order ${id}\`)`, pino's order)
    const first = this.args[0];
    const second = this.args[1];
    const message =
      first !== undefined && skipTypeWrappers(first).type === AST_NODE_TYPES.ObjectExpression ? second : first;
    if (message === undefined) return;
    const shape = this.shape(message);
    if (shape?.dataBuilt) this.reportData(message, shape, () => null);
  }

  /** `{ message: \`order ${id}\` }`: the message property itself built from data. */
  private checkMessageProperty(argument: TSESTree.Node): void {
    const object = skipTypeWrappers(argument);
    if (object.type !== AST_NODE_TYPES.ObjectExpression) return;
    for (const property of object.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
      const name = getPropertyName(property);
      if (name !== 'message' && name !== 'msg') continue;
      const shape = this.shape(property.value);
      if (!shape?.dataBuilt) continue;
      this.reportData(property.value, shape, () => this.messagePropertySuggestion(object, property, shape));
    }
  }

  // ---- reports ---------------------------------------------------------------------------------------------

  private reportData(node: TSESTree.Node, shape: MessageShape, suggestion: () => Suggestion | null): void {
    this.context.report({
      node,
      messageId: 'dataInMessage',
      data: { how: shape.how },
      suggest: this.suggestions(suggestion),
    });
  }

  private reportSpecifiers(node: TSESTree.Node): void {
    this.context.report({ node, messageId: 'dataInMessage', data: { how: 'format specifiers' }, suggest: [] });
  }

  private suggestions(build: () => Suggestion | null): Suggestion[] {
    // A comment inside the call would be lost by the rewrite.
    if (this.sourceCode.getCommentsInside(this.call.node).length > 0) return [];
    const suggestion = build();
    return suggestion === null ? [] : [suggestion];
  }

  // ---- suggestions -----------------------------------------------------------------------------------------

  /** `console.log(JSON.stringify({ message: 'Processing order', id }))` */
  private consoleSuggestion(args: readonly TSESTree.Expression[]): Suggestion | null {
    const pieces: Piece[] = [];
    // `console.log('order placed', { id, total })`: an object literal argument's properties become fields as written
    const objectEntries: string[] = [];
    // The arguments console printed whole, and the values of an object literal argument
    const printedWhole: TSESTree.Node[] = [];
    const taken = new Set<string>();
    for (const argument of args) {
      // console joins its arguments with a space: `console.log('order', 42)` prints `order 42`
      if (argument !== args[0]) pieces.push({ text: ' ' });
      const shape = this.shape(argument);
      // A message built into a name is a value here, named after it (`console.log(prefix, …)` → `{ prefix }`);
      // alone, it would stay the message, data inside: no suggestion
      if (shape?.viaName === true && args.length === 1) return null;
      if (shape !== null && shape.viaName !== true) {
        if (shape.pieces === null || !shape.safe) return null;
        pieces.push(...shape.pieces);
        continue;
      }
      const object = skipTypeWrappers(argument);
      if (object.type === AST_NODE_TYPES.ObjectExpression) {
        for (const property of object.properties) {
          if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init' || property.method) return null;
          const name = property.computed ? null : getPropertyName(property);
          if (name === null || RESERVED_FIELDS.console.has(name) || taken.has(name)) return null;
          // An Error serialises to `{}` in JSON.stringify, a bigint throws: leave them to a human
          if (isErrorLike(property.value, this.sourceCode)) return null;
          if (holdsBigint(property.value, this.sourceCode)) return null;
          taken.add(name);
          objectEntries.push(this.sourceCode.getText(property));
          printedWhole.push(property.value);
        }
        continue;
      }
      const piece = this.piece(argument);
      if ('expr' in piece) printedWhole.push(piece.expr);
      pieces.push(piece);
    }
    if (pieces.some((piece) => 'fixed' in piece)) return null;
    // `console.log('order %s', id)`: interpolation we would have to re-implement
    if (pieces.some((piece) => 'text' in piece && piece.text.includes('%'))) return null;
    // JSON.stringify throws on a bigint: the rewrite would make the line fail where it printed before; and it writes
    // an Error, a Set or a Map as `{}`, where console printed what they hold
    if (pieces.some((piece) => 'expr' in piece && holdsBigint(piece.expr, this.sourceCode))) return null;
    if (pieces.some((piece) => 'expr' in piece && serialisesEmpty(piece.expr, this.sourceCode))) return null;
    // Nor may a value console printed whole hold a cycle (an HTTP response, a request, an SDK output's stream):
    // JSON.stringify throws on one. A value written into a message's text printed as text: seldom an object
    if (printedWhole.some((value) => !this.jsonSafety.isJsonSafe(value))) return null;
    if (pieces.some((piece) => 'expr' in piece && namedLikeCyclicValue(piece.expr))) return null;
    const fields = this.fields(pieces, 'console', taken);
    if (fields === null) return null;
    fields.push(...objectEntries);
    if (fields.length === 0) return null;
    // `import JSON from 'json5'`: the rewrite would call another stringify than the global's
    if (!isGlobalNameAt('JSON', args[0]!, this.sourceCode)) return null;
    const text = messageText(pieces);
    const entries = text === '' ? fields : [`message: ${this.quote(text, args[0]!)}`, ...fields];
    const first = args[0]!;
    const last = args[args.length - 1]!;
    return {
      messageId: 'useFields',
      fix: (fixer) =>
        fixer.replaceTextRange(
          [parenthesizedRange(first, this.sourceCode)[0], parenthesizedRange(last, this.sourceCode)[1]],
          `JSON.stringify({ ${entries.join(', ')} })`,
        ),
    };
  }

  /** `{ message: \`order ${id} placed\` }` → `{ message: 'order placed', id }`, beside the entry's other fields. */
  private messagePropertySuggestion(
    object: TSESTree.ObjectExpression,
    property: TSESTree.Property,
    shape: MessageShape,
  ): Suggestion | null {
    if (property.shorthand || shape.pieces === null || !shape.safe) return null;
    // A spread may hold the new fields' names (one would hide the other), and a replacer given to `JSON.stringify`
    // may drop them
    if (object.properties.some((member) => member.type === AST_NODE_TYPES.SpreadElement)) return null;
    const holder = object.parent;
    const stringified = holder?.type === AST_NODE_TYPES.CallExpression && isJsonStringify(holder, this.sourceCode);
    if (stringified && holder.arguments.length > 1) return null;
    // JSON.stringify throws on a bigint
    if (shape.pieces.some((piece) => 'expr' in piece && holdsBigint(piece.expr, this.sourceCode))) return null;
    const taken = objectKeys(object);
    if (taken === null) return null;
    const fields = this.fields(shape.pieces, this.library, taken);
    if (fields === null || fields.length === 0) return null;
    const text = messageText(shape.pieces);
    if (text === '') return null;
    const entry = `${this.sourceCode.getText(property.key)}: ${this.quote(text, property.value)}, ${fields.join(', ')}`;
    return { messageId: 'useFields', fix: (fixer) => fixer.replaceText(property, entry) };
  }

  /** `logger.info('order placed', { id })`, merging into an existing fields object. */
  private messageFirstSuggestion(index: number, shape: MessageShape): Suggestion | null {
    if (shape.pieces === null || !shape.safe) return null;
    // A winston text format prints what it chooses (`printf(({ message }) => …)` prints no field): values moved out
    // of the message may vanish from the line
    if (this.library === 'winston' && !this.call.logger.structured) return null;
    const message = this.args[index]!;
    const next = this.args[index + 1];
    let nextObject = next === undefined ? null : skipTypeWrappers(next);
    let reserved: readonly string[] = [];
    if (nextObject !== null && nextObject.type !== AST_NODE_TYPES.ObjectExpression) {
      // Powertools takes any number of extras (`logger.error('failed', { id }, err)`): the fields go in an object of
      // their own before them, when each later one is an Error (kept under `error`) or a text (under `extra`). An
      // object held in a name may hold the fields' keys, and a later one wins.
      if (this.library !== 'powertools' || !this.keepsExtrasApart(index + 1)) return null;
      nextObject = null;
      reserved = ['error', 'extra'];
    }
    const taken = nextObject === null ? new Set<string>(reserved) : objectKeys(nextObject);
    if (taken === null) return null;
    const fields = this.fields(shape.pieces, this.library, taken);
    if (fields === null || fields.length === 0) return null;
    const text = messageText(shape.pieces);
    if (text === '') return null;
    const literal = this.quote(text, message);
    return {
      messageId: 'useFields',
      fix: (fixer) => {
        // `logger.info(('order ' + id))`: the parentheses go too, or the two arguments would be a comma expression
        if (nextObject === null) {
          return fixer.replaceTextRange(parenthesizedRange(message, this.sourceCode), `${literal}, { ${fields.join(', ')} }`);
        }
        if (nextObject.properties.length === 0) {
          return [fixer.replaceText(message, literal), fixer.replaceText(nextObject, `{ ${fields.join(', ')} }`)];
        }
        const brace = this.sourceCode.getFirstToken(nextObject)!;
        return [fixer.replaceText(message, literal), fixer.insertTextAfter(brace, ` ${fields.join(', ')},`)];
      },
    };
  }

  /** `logger.info('records', { count })`: the dropped value as a field named after its identifier or member. */
  private wrapSuggestion(argument: TSESTree.Expression): Suggestion | null {
    const field = this.field(argument, this.library);
    if (field === null) return null;
    const target = skipTypeWrappers(argument);
    const shorthand = target.type === AST_NODE_TYPES.Identifier && field.name === field.value;
    const entry = shorthand ? field.name : `${field.name}: ${field.value}`;
    return { messageId: 'useFields', fix: (fixer) => fixer.replaceText(argument, `{ ${entry} }`) };
  }

  /** pino / bunyan: `log.info({ id, …fields }, 'order placed')`. */
  private objectFirstSuggestion(
    shape: MessageShape,
    extras: readonly TSESTree.Expression[],
    base: TSESTree.ObjectExpression | null,
  ): Suggestion | null {
    const taken = new Set<string>();
    const entries: string[] = [];
    let pieces: Piece[];
    if (shape.dataBuilt) {
      if (shape.pieces === null || !shape.safe) return null;
      pieces = shape.pieces;
    } else if (shape.constant !== null) {
      pieces = [{ text: shape.constant }];
    } else {
      return null;
    }
    const extraEntries: string[] = [];
    for (const extra of extras) {
      const value = skipTypeWrappers(extra);
      if (value.type === AST_NODE_TYPES.ObjectExpression) {
        const keys = objectKeys(value);
        if (keys === null) return null;
        for (const key of keys) {
          if (taken.has(key)) return null;
          taken.add(key);
        }
        for (const property of value.properties) extraEntries.push(this.sourceCode.getText(property));
        continue;
      }
      const field = this.field(extra, this.library);
      if (field === null) return null;
      let name = field.name;
      let valueText = field.value;
      if (isErrorLike(extra, this.sourceCode)) {
        // pino and bunyan serialise an Error under `err` (stack included)
        name = 'err';
        valueText = this.sourceCode.getText(extra);
      }
      if (taken.has(name)) return null;
      taken.add(name);
      extraEntries.push(name === valueText ? name : `${name}: ${valueText}`);
    }
    let baseEntries: string[] = [];
    if (base !== null) {
      const keys = objectKeys(base);
      if (keys === null) return null;
      for (const key of keys) taken.add(key);
      baseEntries = base.properties.map((property) => this.sourceCode.getText(property));
    }
    const fields = this.fields(pieces, this.library, taken);
    if (fields === null) return null;
    entries.push(...fields, ...baseEntries, ...extraEntries);
    if (entries.length === 0) return null;
    const text = messageText(pieces);
    const args = this.args;
    const firstArg = args[0]!;
    const lastArg = args[args.length - 1]!;
    const original = base === null ? firstArg : args[1]!;
    const replacement =
      text === '' ? `{ ${entries.join(', ')} }` : `{ ${entries.join(', ')} }, ${this.quote(text, original)}`;
    return {
      messageId: 'useFields',
      fix: (fixer) =>
        fixer.replaceTextRange(
          [parenthesizedRange(firstArg, this.sourceCode)[0], parenthesizedRange(lastArg, this.sourceCode)[1]],
          replacement,
        ),
    };
  }

  // ---- pieces and fields -----------------------------------------------------------------------------------

  /** Field entries (`id`, `id: order.id`) for the value pieces; null when a name cannot be derived safely. */
  private fields(pieces: readonly Piece[], library: LoggerLibrary, taken: Set<string>): string[] | null {
    const entries: string[] = [];
    for (const piece of pieces) {
      if ('fixed' in piece) return null;
      if (!('expr' in piece)) continue;
      // An Error serialises to `{}` in JSON.stringify and is special-cased by each library: leave it to a human.
      if (isErrorLike(piece.expr, this.sourceCode)) return null;
      const field = this.field(piece.expr, library);
      if (field === null || taken.has(field.name)) return null;
      taken.add(field.name);
      entries.push(field.name === field.value ? field.name : `${field.name}: ${field.value}`);
    }
    return entries;
  }

  /** `id` → id; `order.id`, `order?.id`, `this.id` → id. Null for anything else or a reserved name. */
  private field(node: TSESTree.Node, library: LoggerLibrary): { name: string; value: string } | null {
    let target = skipTypeWrappers(node);
    if (target.type === AST_NODE_TYPES.ChainExpression) target = skipTypeWrappers(target.expression);
    let name: string | null = null;
    if (target.type === AST_NODE_TYPES.Identifier) name = target.name;
    else if (target.type === AST_NODE_TYPES.MemberExpression && !target.computed) name = getPropertyName(target);
    if (name === null || !isPlainIdentifierName(name) || RESERVED_FIELDS[library].has(name)) return null;
    // `{ __proto__: x }` sets the prototype instead of adding a field
    if (name === '__proto__') return null;
    if (target.type === AST_NODE_TYPES.MemberExpression && !isNameChain(target)) return null;
    // `event.Records.length` → `recordsLength`: a bare `length` would not say what it counts
    if (target.type === AST_NODE_TYPES.MemberExpression && name === 'length') {
      const counted = skipTypeWrappers(target.object);
      const countedName =
        counted.type === AST_NODE_TYPES.Identifier
          ? counted.name
          : counted.type === AST_NODE_TYPES.MemberExpression && !counted.computed
            ? getPropertyName(counted)
            : null;
      if (countedName === null || !isPlainIdentifierName(countedName)) return null;
      name = `${lowerInitialWord(countedName)}Length`;
    }
    return { name, value: this.sourceCode.getText(node) };
  }

  /** The message's shape when it is a string (constant, template or concatenation with a string), else null. */
  private shape(node: TSESTree.Node, depth = 0): MessageShape | null {
    const target = skipBareTemplates(node);
    if (target.type === AST_NODE_TYPES.Identifier && depth < MAX_MESSAGE_HOPS) {
      // `const message = \`order ${id} placed\`; console.log(message)`: built before the call. No suggestion: the
      // pieces are written elsewhere, where other names may be in scope.
      const init = boundInitializer(target, this.sourceCode);
      const built = init === null ? null : this.shape(init, depth + 1);
      if (built?.dataBuilt) return { ...built, pieces: null, safe: false, viaName: true };
      if (init === null && this.isAppendBuilt(target, depth)) {
        return { dataBuilt: true, how: 'string concatenation', pieces: null, safe: false, constant: null, viaName: true };
      }
    }
    if (target.type === AST_NODE_TYPES.TemplateLiteral) {
      if (target.expressions.length === 0) {
        const cooked = target.quasis[0]?.value.cooked ?? null;
        return { dataBuilt: false, how: 'constant', pieces: null, safe: true, constant: cooked };
      }
      const pieces = this.templatePieces(target);
      // `mode: ${abTest ? 'a' : 'b'}`: one of fixed texts, each searchable as written
      const choices = new Set(
        target.expressions.filter((expression) => choosesText(expression, this.sourceCode)).map(skipTypeWrappers),
      );
      const dataBuilt = pieces === null || pieces.some((piece) => 'expr' in piece && !choices.has(piece.expr));
      return {
        dataBuilt,
        how: 'template literal',
        pieces,
        safe: true,
        constant: dataBuilt || pieces === null || choices.size > 0 ? null : joinConstant(pieces),
      };
    }
    if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
      return this.concatenation(target);
    }
    // `ok ? 'Processed order ' + id : 'Order failed'`: a branch built from data is such a message (no suggestion: a
    // rewrite would have to split the choice)
    if (target.type === AST_NODE_TYPES.ConditionalExpression && depth < MAX_MESSAGE_HOPS) {
      for (const branch of [target.consequent, target.alternate]) {
        const built = this.shape(branch, depth + 1);
        if (built?.dataBuilt) return { ...built, pieces: null, safe: false, viaName: true };
      }
    }
    if (target.type === AST_NODE_TYPES.CallExpression) {
      const util = nodeUtilCall(target, this.sourceCode);
      if (util === 'format' || util === 'formatWithOptions') return this.formatted(target, util);
      const joined = this.joinedText(target, depth);
      if (joined !== null) return joined;
    }
    const constant = getStaticValue(target, this.sourceCode);
    if (constant.kind === 'string') {
      return { dataBuilt: false, how: 'constant', pieces: [{ text: constant.value }], safe: true, constant: constant.value };
    }
    return null;
  }

  /**
   * `let line = 'Processed: '; line += order.id; console.log(line)`: a text variable that only `+=` writes after its
   * declaration, with data appended (or in its first value). Any other write (`line = …`, `line++`, a loop's) and
   * it is not read.
   */
  private isAppendBuilt(name: TSESTree.Identifier, depth: number): boolean {
    const variable = findVariableOf(name, this.sourceCode);
    if (variable === null || variable.defs.length !== 1) return false;
    const def = variable.defs[0]!;
    if (def.type !== 'Variable' || def.node.type !== AST_NODE_TYPES.VariableDeclarator) return false;
    const declarator = def.node;
    const declaration = declarator.parent;
    if (declarator.init === null || declarator.id !== def.name || declaration.kind === 'const') return false;
    // `for (let line of lines)`: the loop writes it
    if (declaration.parent.type === AST_NODE_TYPES.ForInStatement || declaration.parent.type === AST_NODE_TYPES.ForOfStatement) {
      return false;
    }
    let appended = false;
    let dataAppended = false;
    for (const reference of variable.references) {
      if (!reference.isWrite() || reference.init) continue;
      const write = reference.identifier.parent;
      if (write?.type !== AST_NODE_TYPES.AssignmentExpression || write.operator !== '+=' || write.left !== reference.identifier) {
        return false;
      }
      appended = true;
      if (!dataAppended && !isConstantText(write.right, this.sourceCode)) dataAppended = true;
    }
    if (!appended) return false;
    // The first value is text (not a number summed up): a string, a template, a message built itself
    const first = this.shape(declarator.init, depth + 1);
    return first !== null && (dataAppended || first.dataBuilt);
  }

  /**
   * `'Processing order '.concat(id)` on a string, `['Processing order', id].join(' ')` of a list holding text: a
   * message built from data when a value added is not a constant (no suggestion: the rewrite is the author's).
   * Null for any other call (`list.concat(x)` of an array, a join of values only).
   */
  private joinedText(call: TSESTree.CallExpression, depth: number): MessageShape | null {
    const callee = skipTypeWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || depth >= MAX_MESSAGE_HOPS) return null;
    const method = getPropertyName(callee);
    const receiver = skipTypeWrappers(callee.object);
    let parts: TSESTree.Node[];
    let how: MessageShape['how'];
    if (method === 'concat') {
      // The receiver is text: a string, a template, or a message built itself
      if (this.shape(receiver, depth + 1) === null) return null;
      parts = [receiver, ...call.arguments];
      how = 'concat()';
    } else if (method === 'join' && receiver.type === AST_NODE_TYPES.ArrayExpression && call.arguments.length <= 1) {
      const elements = receiver.elements.filter((element): element is TSESTree.Expression | TSESTree.SpreadElement => element !== null);
      // A list holding words of a message, not values alone (`[a, b].join(',')`)
      const holdsText = elements.some(
        (element) => element.type !== AST_NODE_TYPES.SpreadElement && getStaticValue(element, this.sourceCode).kind === 'string',
      );
      if (!holdsText) return null;
      parts = elements;
      how = 'join()';
    } else {
      return null;
    }
    const dataBuilt = parts.some(
      (part) => part.type === AST_NODE_TYPES.SpreadElement || !isConstantText(part, this.sourceCode),
    );
    return { dataBuilt, how, pieces: null, safe: false, constant: null };
  }

  private templatePieces(node: TSESTree.TemplateLiteral): Piece[] | null {
    const pieces: Piece[] = [];
    for (let index = 0; index < node.quasis.length; index++) {
      const cooked = node.quasis[index]!.value.cooked;
      if (cooked === null || cooked === undefined) return null;
      if (cooked !== '') pieces.push({ text: cooked });
      const expression = node.expressions[index];
      if (expression === undefined) continue;
      pieces.push(this.piece(expression));
    }
    return pieces;
  }

  /** `'Processing order ' + id`: flattened iteratively (a 10,000-term chain cannot overflow the stack). */
  private concatenation(node: TSESTree.BinaryExpression): MessageShape | null {
    const leaves: TSESTree.Node[] = [];
    // Each node with whether it is the right operand of a `+` (only parentheses put a `+` there)
    const stack: [TSESTree.Node, boolean][] = [[node, false]];
    while (stack.length > 0) {
      const [next, isRight] = stack.pop()!;
      const current = skipTypeWrappers(next);
      // `'record ' + (i + 1)`: a sum in parentheses is one value unless it joins text itself (`'a' + ('b' + c)`)
      if (
        current.type === AST_NODE_TYPES.BinaryExpression &&
        current.operator === '+' &&
        (!isRight || this.joinsText(current))
      ) {
        if (leaves.length + stack.length > MAX_LEAVES) return null;
        stack.push([current.right, true], [current.left, false]);
      } else {
        leaves.push(current);
      }
    }
    const pieces: Piece[] | null = [];
    let readable = true;
    let hasString = false;
    const stringAt: boolean[] = [];
    const choices = new Set<Piece>();
    for (const leaf of leaves) {
      if (leaf.type === AST_NODE_TYPES.TemplateLiteral) {
        hasString = true;
        stringAt.push(true);
        const inner = this.templatePieces(leaf);
        if (inner === null) readable = false;
        else pieces.push(...inner);
        continue;
      }
      const value = getStaticValue(leaf, this.sourceCode);
      if (value.kind === 'string') {
        hasString = true;
        stringAt.push(true);
        if (value.value !== '') pieces.push({ text: value.value });
        continue;
      }
      const piece = this.piece(leaf);
      // `(abTest ? 'A/B test active' : 'not a list send')`: one of fixed texts, each searchable as written
      if (choosesText(leaf, this.sourceCode)) {
        hasString = true;
        stringAt.push(true);
        choices.add(piece);
      } else stringAt.push(false);
      pieces.push(piece);
    }
    // `total + tax`: not a message at all
    if (!hasString) return null;
    const dataBuilt = !readable || pieces.some((piece) => 'expr' in piece && !choices.has(piece));
    return {
      dataBuilt,
      how: 'string concatenation',
      pieces: readable ? pieces : null,
      // `a + b + 'x'` adds a and b first when they are numbers: only split when the chain is a string from the start
      safe: stringAt[0] === true || stringAt[1] === true,
      constant: dataBuilt || !readable || choices.size > 0 ? null : joinConstant(pieces),
    };
  }

  /**
   * Whether a `+` joins text from its first step: its leftmost operand or the one added to it is a string (`'a' +
   * b + c`, `a + 'b' + c`). `i + 1 + 'x'` adds numbers first: not text.
   */
  private joinsText(node: TSESTree.BinaryExpression): boolean {
    let innermost = node;
    for (let guard = 0; guard < MAX_LEAVES; guard++) {
      const left = skipTypeWrappers(innermost.left);
      if (left.type !== AST_NODE_TYPES.BinaryExpression || left.operator !== '+') break;
      innermost = left;
    }
    const isText = (operand: TSESTree.Node): boolean => {
      const target = skipTypeWrappers(operand);
      return (
        target.type === AST_NODE_TYPES.TemplateLiteral || getStaticValue(target, this.sourceCode).kind === 'string'
      );
    };
    return isText(innermost.left) || isText(innermost.right);
  }

  /**
   * `format('Processing order %s', id)` (Node's `util.format`): a string built from its arguments. No pieces: a
   * rewrite would have to re-implement the placeholders.
   */
  private formatted(node: TSESTree.CallExpression, util: 'format' | 'formatWithOptions'): MessageShape {
    const args = util === 'formatWithOptions' ? node.arguments.slice(1) : node.arguments;
    const dataBuilt = args.some(
      (argument) =>
        argument.type === AST_NODE_TYPES.SpreadElement ||
        (this.constantText(argument) === null && !isLiteralOnly(argument)),
    );
    return { dataBuilt, how: dataBuilt ? 'util.format' : 'constant', pieces: null, safe: false, constant: null };
  }

  private piece(node: TSESTree.Node): Piece {
    const constant = this.constantText(node);
    if (constant !== null) return { text: constant };
    return isLiteralOnly(node) || this.isFixedImport(node) ? { fixed: node } : { expr: node };
  }

  /**
   * `${Constants.SESSION_ID}`, `${MAX_RETRIES}`: a name in constant case that another module exports (or a member of
   * one, `Headers.SESSION_ID`, that this file never writes). Its value is not in this file, but by its name it is the
   * same on every call.
   */
  private isFixedImport(node: TSESTree.Node): boolean {
    const target = skipTypeWrappers(node);
    if (!isImportedConstant(target, this.sourceCode)) return false;
    return target.type !== AST_NODE_TYPES.MemberExpression || !this.isWrittenHere(target, getPropertyName(target)!);
  }

  /**
   * The text of a constant string, number or boolean, or of a constant array of them (`${SUPPORTED}` with `const
   * SUPPORTED = ['en', 'fr']` prints `en,fr` on every call: fixed text, no data); null otherwise.
   */
  private constantText(node: TSESTree.Node): string | null {
    return printedText(getStaticValue(node, this.sourceCode), 0);
  }

  /** `globals.REQUEST_ID = context.awsRequestId` somewhere in the file: the member `object.name` is assigned here. */
  private isWrittenHere(member: TSESTree.MemberExpression, name: string): boolean {
    const object = skipTypeWrappers(member.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return true;
    const variable = findVariableOf(object, this.sourceCode);
    if (variable === null) return true;
    return variable.references.some(({ identifier }) => {
      const parent = identifier.parent;
      return (
        parent?.type === AST_NODE_TYPES.MemberExpression &&
        parent.object === identifier &&
        getPropertyName(parent) === name &&
        isMemberWritten(parent)
      );
    });
  }

  /** A string literal in the quotes the original message used. */
  private quote(text: string, original: TSESTree.Node): string {
    const target = skipTypeWrappers(original);
    const first = target.type === AST_NODE_TYPES.Literal ? target.raw[0] : null;
    if (first === '"') return quoteString(text, '"');
    if (target.type === AST_NODE_TYPES.BinaryExpression) {
      const token = this.sourceCode.getFirstToken(target);
      if (token?.type === 'String' && token.value.startsWith('"')) return quoteString(text, '"');
    }
    return quoteString(text, "'");
  }
}

const ARITHMETIC_OPERATORS: ReadonlySet<string> = new Set(['-', '*', '/', '%', '**', '<<', '>>', '>>>', '&', '|', '^']);
const COMPARISON_OPERATORS: ReadonlySet<string> = new Set([
  '==',
  '!=',
  '===',
  '!==',
  '<',
  '>',
  '<=',
  '>=',
  'in',
  'instanceof',
]);
/** Global functions and static methods whose result is a primitive of a known kind. */
const GLOBAL_FUNCTION_KINDS: ReadonlyMap<string, PrimitiveKind> = new Map<string, PrimitiveKind>([
  ['Number', 'number'],
  ['parseInt', 'number'],
  ['parseFloat', 'number'],
  ['Boolean', 'boolean'],
  ['isNaN', 'boolean'],
  ['isFinite', 'boolean'],
  ['String', 'string'],
  ['BigInt', 'bigint'],
]);
const GLOBAL_METHOD_KINDS: ReadonlyMap<string, PrimitiveKind> = new Map<string, PrimitiveKind>([
  ['Date.now', 'number'],
  ['Number.parseInt', 'number'],
  ['Number.parseFloat', 'number'],
  ['Number.isInteger', 'boolean'],
  ['Number.isSafeInteger', 'boolean'],
  ['Number.isFinite', 'boolean'],
  ['Number.isNaN', 'boolean'],
  ['Array.isArray', 'boolean'],
  ['JSON.stringify', 'string'],
]);
/** Methods of strings, numbers, arrays and dates whose result is a primitive of a known kind, on any receiver. */
const METHOD_KINDS: ReadonlyMap<string, PrimitiveKind> = new Map<string, PrimitiveKind>([
  ['toString', 'string'],
  ['toFixed', 'string'],
  ['toPrecision', 'string'],
  ['toISOString', 'string'],
  ['toUpperCase', 'string'],
  ['toLowerCase', 'string'],
  ['startsWith', 'boolean'],
  ['endsWith', 'boolean'],
  ['getTime', 'number'],
  // `process.hrtime.bigint()`
  ['bigint', 'bigint'],
]);
const MAX_KIND_DEPTH = 16;

/**
 * The primitive kind of `node` when the syntax shows it (literals, templates, `!x`, `a - b`, `a < b`, `xs.length`,
 * `Number(x)`, `Math.round(x)`, `x.toFixed(2)`, a constant); null when unknown (an identifier of unknown type, a
 * member, a call of anything else). Bounded depth.
 */
function primitiveKind(node: TSESTree.Node, sourceCode: SourceCode, depth: number): PrimitiveKind | null {
  if (depth > MAX_KIND_DEPTH) return null;
  const target = skipTypeAndChainWrappers(node);
  switch (target.type) {
    case AST_NODE_TYPES.Literal:
      if ('bigint' in target && target.bigint !== undefined) return 'bigint';
      if (typeof target.value === 'string') return 'string';
      if (typeof target.value === 'number') return 'number';
      if (typeof target.value === 'boolean') return 'boolean';
      return null;
    case AST_NODE_TYPES.TemplateLiteral:
      return 'string';
    case AST_NODE_TYPES.UnaryExpression:
      if (target.operator === '!') return 'boolean';
      if (target.operator === 'typeof') return 'string';
      if (target.operator === '+') return 'number';
      if (target.operator === '-' || target.operator === '~') {
        return primitiveKind(target.argument, sourceCode, depth + 1) === 'bigint' ? 'bigint' : 'number';
      }
      return null;
    case AST_NODE_TYPES.UpdateExpression:
      return 'number';
    case AST_NODE_TYPES.BinaryExpression: {
      if (COMPARISON_OPERATORS.has(target.operator)) return 'boolean';
      if (target.left.type === AST_NODE_TYPES.PrivateIdentifier) return null;
      if (ARITHMETIC_OPERATORS.has(target.operator)) {
        // `a - b` is a number, or a bigint when a side is one
        const left = primitiveKind(target.left, sourceCode, depth + 1);
        const right = left === 'bigint' ? left : primitiveKind(target.right, sourceCode, depth + 1);
        return right === 'bigint' ? 'bigint' : 'number';
      }
      if (target.operator !== '+') return null;
      const left = primitiveKind(target.left, sourceCode, depth + 1);
      const right = primitiveKind(target.right, sourceCode, depth + 1);
      // `'x' + anything` is a string; `1 + 2` a number; `a + b` unknown (an object's toString, a string)
      if (left === 'string' || right === 'string') return 'string';
      return left === right && (left === 'number' || left === 'bigint') ? left : null;
    }
    case AST_NODE_TYPES.ConditionalExpression: {
      const consequent = primitiveKind(target.consequent, sourceCode, depth + 1);
      if (consequent === null) return null;
      return consequent === primitiveKind(target.alternate, sourceCode, depth + 1) ? consequent : null;
    }
    case AST_NODE_TYPES.CallExpression:
      return callKind(target, sourceCode);
    case AST_NODE_TYPES.MemberExpression:
      if (!target.computed && getPropertyName(target) === 'length') return 'number';
      return constantKind(target, sourceCode);
    case AST_NODE_TYPES.Identifier: {
      const constant = constantKind(target, sourceCode);
      if (constant !== null) return constant;
      // `const count = event.Records.length`: what the name is bound to once shows its kind
      const init = boundInitializer(target, sourceCode);
      return init === null ? null : primitiveKind(init, sourceCode, depth + 1);
    }
    default:
      return null;
  }
}

/**
 * Does `JSON.stringify` write this value as `{}`, losing what console prints of it: an Error (see isErrorValue, and an
 * Error's `cause`), or a `Set`, `Map`, `WeakSet` or `WeakMap` made in place or bound once to a name?
 */
function serialisesEmpty(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (isErrorValue(node, sourceCode)) return true;
  let target = skipTypeAndChainWrappers(node);
  // `err.cause`: what an Error was caused by, most often another Error
  if (target.type === AST_NODE_TYPES.MemberExpression && getPropertyName(target) === 'cause') {
    return isErrorLike(target.object, sourceCode);
  }
  if (target.type === AST_NODE_TYPES.Identifier) {
    const init = boundInitializer(target, sourceCode);
    if (init === null) return false;
    target = skipTypeWrappers(init);
  }
  return target.type === AST_NODE_TYPES.NewExpression && EMPTY_IN_JSON_CLASSES.has(getCalleeName(target) ?? '');
}

const EMPTY_IN_JSON_CLASSES: ReadonlySet<string> = new Set(['Set', 'Map', 'WeakSet', 'WeakMap']);

/** A bigint, written here or bound once to a name (`const total = BigInt(n)`), as far as `primitiveKind` tells. */
function holdsBigint(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (primitiveKind(node, sourceCode, 0) === 'bigint') return true;
  const target = skipTypeAndChainWrappers(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const init = boundInitializer(target, sourceCode);
  return init !== null && primitiveKind(init, sourceCode, 0) === 'bigint';
}

function callKind(node: TSESTree.CallExpression, sourceCode: SourceCode): PrimitiveKind | null {
  const callee = skipTypeWrappers(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const kind = GLOBAL_FUNCTION_KINDS.get(callee.name);
    return kind !== undefined && isGlobal(callee, sourceCode) ? kind : null;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return null;
  const method = getPropertyName(callee);
  if (method === null) return null;
  const object = skipTypeWrappers(callee.object);
  if (object.type === AST_NODE_TYPES.Identifier && isGlobal(object, sourceCode)) {
    if (object.name === 'Math') return 'number';
    const kind = GLOBAL_METHOD_KINDS.get(`${object.name}.${method}`);
    if (kind !== undefined) return kind;
  }
  if (nodeUtilCall(node, sourceCode) !== null) return 'string';
  return METHOD_KINDS.get(method) ?? null;
}

/** The kind of a constant (`const LIMIT = 5`, `CONFIG.retries`); null when not a known primitive. */
function constantKind(node: TSESTree.Node, sourceCode: SourceCode): PrimitiveKind | null {
  const value = getStaticValue(node, sourceCode);
  switch (value.kind) {
    case 'string':
    case 'partial-string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return null;
  }
}

/**
 * The file may print winston's extra arguments in a format of its own: it reads `Symbol.for('splat')` or
 * triple-beam's `SPLAT`.
 */
function readsWinstonSplat(sourceCode: SourceCode): boolean {
  if (mayMention(sourceCode, 'triple-beam')) return true;
  return mayMention(sourceCode, 'Symbol.for') && mayMention(sourceCode, 'splat');
}

/** Built only from literals: `'='.repeat(60)`, `'-'.padEnd(10, '-')`, `(1).toFixed(2)`. Bounded. */
function isLiteralOnly(start: TSESTree.Node): boolean {
  const stack: TSESTree.Node[] = [start];
  for (let budget = 0; stack.length > 0; budget++) {
    if (budget > 50) return false;
    const node = skipTypeWrappers(stack.pop()!);
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        break;
      case AST_NODE_TYPES.Identifier:
        // The global constants (a local binding of these names is not written in practice)
        if (node.name !== 'undefined' && node.name !== 'NaN' && node.name !== 'Infinity') return false;
        break;
      case AST_NODE_TYPES.TemplateLiteral:
        stack.push(...node.expressions);
        break;
      case AST_NODE_TYPES.BinaryExpression:
        if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return false;
        stack.push(node.left, node.right);
        break;
      case AST_NODE_TYPES.UnaryExpression:
        stack.push(node.argument);
        break;
      case AST_NODE_TYPES.MemberExpression:
        if (node.computed) stack.push(node.property);
        stack.push(node.object);
        break;
      case AST_NODE_TYPES.CallExpression:
        if (node.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
        for (const argument of node.arguments) {
          if (argument.type === AST_NODE_TYPES.SpreadElement) return false;
          stack.push(argument);
        }
        stack.push(node.callee);
        break;
      default:
        return false;
    }
  }
  return true;
}

/** The text of constant pieces; null when one of them cannot be computed. */
function joinConstant(pieces: readonly Piece[]): string | null {
  if (pieces.some((piece) => !('text' in piece))) return null;
  return pieces.map((piece) => ('text' in piece ? piece.text : '')).join('');
}

/**
 * Separators that belong to the value next to them: `id=${id}`, `order #${n}`, `'${name}'`, `${key}: ${value}`,
 * `s3://${bucket}`, `${name}.${method}`, `${dir}/file`.
 */
const BEFORE_VALUE = ' :=#([{\'"“‘./';
const AFTER_VALUE = ' :,;)]}\'"”’/';
/** A letter or digit, in any script. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** `'s` after a value (`id + "'s items"`): the value's possessive, gone with it. */
const POSSESSIVE = /^['’]s(?=\s|$)/u;

/** The message's constant text with the values taken out: `order ${id} placed` → `order placed`. */
function messageText(pieces: readonly Piece[]): string {
  // Runs of constant text between values; adjacent constants (`'a' + 'b'`) join without a gap.
  const runs: string[] = [''];
  for (const piece of pieces) {
    if ('text' in piece) runs[runs.length - 1] += piece.text;
    else runs.push('');
  }
  let joined = '';
  for (let index = 0; index < runs.length; index++) {
    let text = runs[index]!;
    // Only punctuation between two values joins them (`${table}.${key}`, `${used} / ${total}`): gone with them,
    // as does punctuation after the last one (`order ${id}.`)
    if (index > 0 && !WORD_CHARACTER.test(text)) continue;
    if (index < runs.length - 1) text = trimValueEnd(text);
    if (index > 0) text = trimValueStart(text.replace(POSSESSIVE, ''));
    if (text === '') continue;
    // A value's gap becomes one space, except before punctuation (`email=${e}, then` → `email, then`).
    joined += joined === '' || '.,;:!?'.includes(text[0]!) ? text : ` ${text}`;
  }
  const text = dropUnmatched(joined).replace(/\s+/g, ' ');
  return trimStart(trimEnd(text, ' :=,;-#([{'), ' :=,;-)]}');
}

const CLOSING: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{', '”': '“' };

/**
 * The text without the brackets and double quotes a value took its partner from (`items (page ${n})` → `items
 * page`, `say "${word}"` → `say`): a bracket with no partner, and every `"` when their count is odd.
 */
function dropUnmatched(text: string): string {
  const unmatched = new Set<number>();
  const open: number[] = [];
  const quotes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (character === '(' || character === '[' || character === '{' || character === '“') open.push(index);
    else if (character === '"') quotes.push(index);
    else if (character in CLOSING) {
      if (open.length > 0 && text[open.at(-1)!] === CLOSING[character]) open.pop();
      else unmatched.add(index);
    }
  }
  for (const index of open) unmatched.add(index);
  if (quotes.length % 2 === 1) for (const index of quotes) unmatched.add(index);
  if (unmatched.size === 0) return text;
  let kept = '';
  for (let index = 0; index < text.length; index++) if (!unmatched.has(index)) kept += text[index];
  return kept;
}

/** A string, number or boolean known where it is written: the same text on every call. */
function isConstantText(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const kind = getStaticValue(node, sourceCode).kind;
  return kind === 'string' || kind === 'number' || kind === 'boolean';
}

/** Quotes around a value: trimmed with it only when they touch it (`'${name}'`), not past a gap (`say "hi" ${x}`). */
const QUOTES = '\'"“”‘’';

/** `text` before a value without the separators that belong to the value (BEFORE_VALUE). */
function trimValueEnd(text: string): string {
  let end = text.length;
  for (let gap = false; end > 0 && BEFORE_VALUE.includes(text[end - 1]!); end--) {
    const character = text[end - 1]!;
    if (QUOTES.includes(character) && gap) break;
    if (!QUOTES.includes(character)) gap = true;
  }
  return text.slice(0, end);
}

/** `text` after a value without the separators that belong to the value (AFTER_VALUE). */
function trimValueStart(text: string): string {
  let start = 0;
  for (let gap = false; start < text.length && AFTER_VALUE.includes(text[start]!); start++) {
    const character = text[start]!;
    if (QUOTES.includes(character) && gap) break;
    if (!QUOTES.includes(character)) gap = true;
  }
  return text.slice(start);
}

function trimEnd(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

function trimStart(text: string, characters: string): string {
  let start = 0;
  while (start < text.length && characters.includes(text[start]!)) start++;
  return text.slice(start);
}

/** Identifier-only member chain: `order.id`, `this.order.id`, `event.pathParameters.id`. */
function isNameChain(node: TSESTree.MemberExpression): boolean {
  let current: TSESTree.Node = node;
  for (let guard = 0; guard < 32; guard++) {
    current = skipTypeWrappers(current);
    if (current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.ThisExpression) return true;
    if (current.type !== AST_NODE_TYPES.MemberExpression || current.computed) return false;
    current = current.object;
  }
  return false;
}

/** The static keys of an object literal; null when a key is computed from something else. */
function objectKeys(node: TSESTree.ObjectExpression): Set<string> | null {
  const keys = new Set<string>();
  for (const property of node.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) continue;
    const name = getPropertyName(property);
    if (name === null) return null;
    keys.add(name);
  }
  return keys;
}

/** `p.catch((reason) => …)`, `p.then(onFulfilled, function (reason) { … })`: the rejection reason parameter. */
function isRejectionParameter(name: TSESTree.Node): boolean {
  const fn = name.parent;
  if (
    fn === undefined ||
    (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) ||
    fn.params[0] !== name
  ) {
    return false;
  }
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getPropertyName(callee);
  return (method === 'catch' && call.arguments[0] === fn) || (method === 'then' && call.arguments[1] === fn);
}

/** Members of an Error that only repeat what the Error's own fields carry (`errorMessage`, `stackTrace`). */
const ERROR_OWN_TEXT: ReadonlySet<string> = new Set(['stack', 'message']);

/** `error` is an Error named by an identifier (see isErrorValue) and `text` its `stack` or `message`. */
function isErrorWithOwnText(error: TSESTree.Node, text: TSESTree.Node, sourceCode: SourceCode): boolean {
  const named = skipTypeWrappers(error);
  const member = skipTypeWrappers(text);
  if (named.type !== AST_NODE_TYPES.Identifier || member.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = skipTypeWrappers(member.object);
  const name = member.computed ? null : getPropertyName(member);
  if (object.type !== AST_NODE_TYPES.Identifier || object.name !== named.name) return false;
  return name !== null && ERROR_OWN_TEXT.has(name) && isErrorValue(named, sourceCode);
}

/**
 * An Error, as far as names and syntax show: a caught error (`catch` binding, promise rejection reason, an alias of
 * one), `new Error(…)` / `new …Error(…)`, or a variable named like one (`err`, `error`, `e`, `ex`, `exception`,
 * `…Error`). Members (`result.error`) are not: an API's error field is often a string or a plain object.
 */
function isErrorValue(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.NewExpression) return isErrorClass(target.callee, sourceCode, 0);
  if (target.type === AST_NODE_TYPES.MemberExpression) return isSettledRejectionReason(target, sourceCode);
  return target.type === AST_NODE_TYPES.Identifier && isErrorLike(target, sourceCode);
}

/**
 * A class named as an Error (`Error`, `…Error`, `…Exception`), or a class of the file that extends one (`class
 * NotFound extends Error`), a few levels up.
 */
function isErrorClass(callee: TSESTree.Node, sourceCode: SourceCode, depth: number): boolean {
  const target = skipTypeWrappers(callee);
  const name = target.type === AST_NODE_TYPES.Identifier ? target.name : target.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(target) : null;
  if (name === null) return false;
  if (name === 'Error' || name.endsWith('Error') || name.endsWith('Exception')) return true;
  if (target.type !== AST_NODE_TYPES.Identifier || depth >= 4) return false;
  const def = variableOf(target, sourceCode)?.defs[0];
  const declared = def?.type === 'ClassName' ? def.node : null;
  const superClass = declared !== null && 'superClass' in declared ? declared.superClass : null;
  return superClass !== null && superClass !== undefined && isErrorClass(superClass, sourceCode, depth + 1);
}

/**
 * `result.reason` in a file that settles promises with `Promise.allSettled` and reads the `status` of a value of that
 * name (`result.status`): a rejected result's reason, the Error its promise was rejected with (`if (result.status ===
 * 'rejected') console.error('Record failed', result.reason)`). Written out as JSON it would lose its message and stack.
 */
function isSettledRejectionReason(node: TSESTree.MemberExpression, sourceCode: SourceCode): boolean {
  if (node.computed || getPropertyName(node) !== 'reason') return false;
  const object = skipTypeAndChainWrappers(node.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return false;
  const text = sourceCode.text;
  if (!text.includes('allSettled')) return false;
  return readsMember(text, `${object.name}.status`) || readsMember(text, `${object.name}?.status`);
}

/** Does `text` hold `read` (`result.status`) as a whole name: not part of a longer name on either side? */
function readsMember(text: string, read: string): boolean {
  for (let index = text.indexOf(read); index !== -1; index = text.indexOf(read, index + 1)) {
    const before = text.charCodeAt(index - 1);
    const after = text.charCodeAt(index + read.length);
    if (!isAsciiNameCode(before) && !isAsciiNameCode(after)) return true;
  }
  return false;
}

/**
 * A caught error (a `catch` binding, the parameter of a promise's `.catch(…)` callback or of `.then(…)`'s rejection
 * callback, or a once-bound alias of one of these) or a value named like one (`err`, `error`, `e`, `ex`, `exception`,
 * `…Error`).
 */
function isErrorLike(node: TSESTree.Node, sourceCode: SourceCode, depth = 0): boolean {
  let target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.ChainExpression) target = skipTypeWrappers(target.expression);
  if (target.type === AST_NODE_TYPES.NewExpression) return true;
  let name: string | null = null;
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(target, sourceCode);
    if (variable?.defs.some((def) => def.type === 'CatchClause')) return true;
    if (variable !== null && variable.defs.length === 1) {
      const def = variable.defs[0]!;
      if (def.type === 'Parameter' && isRejectionParameter(def.name as TSESTree.Node)) return true;
      // `const cause = err`: an alias of a caught error (not of a member: `result.error` may be a string); `const
      // problem = new Error('…')`, `new ValidationError(…)`: an Error made there, whatever the name
      if (def.type === 'Variable' && depth < 4) {
        const bound = onceBound(variable);
        const init = bound === null || bound.path.length > 0 ? null : skipTypeWrappers(bound.init);
        if (init?.type === AST_NODE_TYPES.Identifier && isErrorLike(init, sourceCode, depth + 1)) return true;
        if (init?.type === AST_NODE_TYPES.NewExpression && isErrorValue(init, sourceCode)) return true;
      }
    }
    name = target.name;
  } else if (target.type === AST_NODE_TYPES.MemberExpression) {
    // A rejected `Promise.allSettled` result's reason: as the allowance of one Error reads it
    if (isSettledRejectionReason(target, sourceCode)) return true;
    name = getPropertyName(target);
  }
  if (name === null) return false;
  const parts = nameParts(name);
  const last = parts[parts.length - 1];
  if (last === 'err' || last === 'error' || last === 'exception') return true;
  return parts.length === 1 && (last === 'e' || last === 'ex') && !isNamedShortForOther(target, sourceCode);
}

/**
 * `e` and `ex` also name other things: a handler's event (`(e, context) => …`) and the element of a loop
 * (`for (const e of event.Records)`, `records.map((e) => …)`), unless what is iterated holds errors.
 */
function isNamedShortForOther(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(node, sourceCode);
  if (variable === null || variable.defs.length !== 1) return false;
  const def = variable.defs[0]!;
  const binding = def.name as TSESTree.Node;
  if (def.type === 'Parameter') {
    const fn = binding.parent;
    if (!isFunctionLike(fn) || fn.params[0] !== binding) return false;
    const second = fn.params[1];
    if (second?.type === AST_NODE_TYPES.Identifier && /^_*(?:context|ctx)$/iu.test(second.name)) return true;
    // The element callback of an array method
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return false;
    const callee = skipTypeWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    if (!ELEMENT_CALLBACK_METHODS.has(getPropertyName(callee) ?? '')) return false;
    return !namesErrors(callee.object);
  }
  if (def.type !== 'Variable') return false;
  const declaration = def.parent;
  const loop = declaration?.parent;
  if (loop?.type !== AST_NODE_TYPES.ForOfStatement || loop.left !== declaration) return false;
  return !namesErrors(loop.right);
}

/** The iterated value's name says it holds errors (`errors`, `result.failures`). */
function namesErrors(node: TSESTree.Node): boolean {
  const name = simpleName(skipTypeWrappers(node));
  return name === null || /err|fail|exception/iu.test(name);
}

/** Arrays nested deeper than this inside a printed constant are not read. */
const MAX_PRINTED_DEPTH = 4;

/**
 * What a template or `String(…)` prints for a known value: a string, number or boolean as itself, an array as its
 * elements' texts joined by commas (`null` and `undefined` elements print nothing, as `Array.prototype.toString`
 * does); null for anything else (an object prints `[object Object]`, but that is a bug to see, not constant text).
 */
function printedText(value: StaticValue, depth: number): string | null {
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
    case 'boolean':
      return String(value.value);
    case 'array': {
      if (depth >= MAX_PRINTED_DEPTH) return null;
      const texts: string[] = [];
      for (const element of value.elements) {
        const text = element.kind === 'null' || element.kind === 'undefined' ? '' : printedText(element, depth + 1);
        if (text === null) return null;
        texts.push(text);
      }
      return texts.join(',');
    }
    default:
      return null;
  }
}

/** `flag ? 'a' : 'b'` (nested too): a choice between texts known as written. */
function choosesText(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): boolean {
  const value = skipTypeWrappers(node);
  if (value.type !== AST_NODE_TYPES.ConditionalExpression || depth > 4) return false;
  const isText = (branch: TSESTree.Node): boolean =>
    getStaticValue(branch, sourceCode).kind === 'string' || choosesText(branch, sourceCode, depth + 1);
  return isText(value.consequent) && isText(value.alternate);
}
