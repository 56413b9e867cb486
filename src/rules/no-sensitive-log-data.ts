import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  enclosingFunction,
  functionParams,
  getCalleeName,
  getPropertyName,
  isFunctionLike,
  isInside,
  isNullOrUndefined,
  isTypeWrapper,
  iteratedBy,
  memberChain,
  LOOP_TYPES,
  outermostTypeWrapper,
  parenthesizedRange,
  simpleName,
  returnedExpressions,
  singleReturnedValue,
  skipTypeAndChainWrappers,
  skipTypeWrappers,
  type FunctionLike,
} from '../utils/ast.js';
import { createRule } from '../utils/create-rule.js';
import { processRootKeys, resolveProcessPath, type ProcessPathOptions } from '../utils/env-vars.js';
import {
  awsLambdaTypeNameOf,
  getScheduledHandlerNames,
  isLambdaCode,
  lambdaCode,
  MIDDY_MODULES,
  parameterType,
  type LambdaHandler,
} from '../utils/handlers.js';
import {
  classifyMiddleware,
  DEFAULT_SENSITIVE_NAMES,
  type FileLogging,
  getFileLogging,
  isGlobal,
  isJsonParse,
  isGlobalMethodCall,
  endsInLogWord,
  isJsonStringify,
  isPlainIdentifierName,
  isValueFormName,
  loggersOptionSchema,
  type LoggerLibrary,
  matchSensitiveName,
  endsInWordOf,
  nameParts,
  namesNotSecret,
  namesSecretIdentifier,
  nodeUtilCall,
  onceBound,
  patternPath,
  resolveLogger,
  runsNever,
  variableOf,
} from '../utils/logging.js';
import {
  boundFunction,
  boundInitializer,
  functionCalls,
  functionOf,
  isGlobalIdentifier,
  localTypeDeclaration,
  methodCalls,
  objectMethodCalls,
  onceBoundDeclarator,
  plainAssignments,
  awsApi,
  resolveAwsCallee,
  resolveCallee,
  resolveInstance,
  resolveModuleRef,
} from '../utils/modules.js';
import { mayHideNames, mayImportSdkClientOf, mayMention, someCodeWord } from '../utils/prefilter.js';
import { POWERTOOLS_PARAMETERS_MODULE, SECRET_ANSWER_SERVICES, secretAnswerOf } from '../utils/secret-answers.js';

/** The Secrets Manager operations whose answer holds a secret's value, or a new one (`RandomPassword`). */
const SECRET_VALUE_OPERATIONS: ReadonlySet<string> = new Set([
  'GetSecretValue',
  'BatchGetSecretValue',
  'GetRandomPassword',
]);
import {
  getChoiceBranches,
  getLoopValues,
  getStaticPropertyName,
  getStaticValue,
  isVisiblyMutated,
  type StaticValue,
} from '../utils/static-value.js';
import { isTestFile } from '../utils/test-files.js';
import { canRemoveProperties, removeProperties } from '../utils/remove-properties.js';
import { clipText } from '../utils/strings.js';

export type Options = [
  {
    loggers: string[];
    sensitiveNames: string[];
  },
];
export type MessageIds =
  | 'wholeEvent'
  | 'eventPart'
  | 'processEnv'
  | 'sensitiveName'
  | 'secretAnswer'
  | 'logEventOption'
  | 'logEventEnv'
  | 'logEventEnvChoice'
  | 'logEventChoice'
  | 'logEventIfEnabled'
  | 'inputOutputLogger'
  | 'removeLogEvent'
  | 'removeSetting';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const defaultOptions: Options[0] = { loggers: [], sensitiveNames: [] };

/**
 * The default terms and the configured ones: one array per configured list (options are shared by every file a
 * config applies to), so the answers logging.ts remembers per terms list carry over from file to file.
 */
const termsByOption = new WeakMap<readonly string[], readonly string[]>();
function sensitiveTerms(configured: readonly string[]): readonly string[] {
  if (configured.length === 0) return DEFAULT_SENSITIVE_NAMES;
  let terms = termsByOption.get(configured);
  if (terms === undefined) {
    terms = [...new Set([...DEFAULT_SENSITIVE_NAMES, ...configured])];
    termsByOption.set(configured, terms);
  }
  return terms;
}

const LOG_EVENT_ENV = 'POWERTOOLS_LOGGER_LOG_EVENT';

/** Values Powertools reads as true in an environment variable (`isValueTrue`). */
const TRUTHY_ENV_VALUES = new Set(['1', 'y', 'yes', 't', 'true', 'on']);

/** Parts of an API Gateway (REST, HTTP) or function URL event that carry caller secrets and personal data whole. */
const SENSITIVE_API_EVENT_PATHS: readonly string[] = [
  'headers',
  'multiValueHeaders',
  'body',
  'cookies',
  // The whole request context holds the authorizer's claims and, on REST APIs, the caller's identity
  'requestContext',
  // REST APIs: the caller's API key, access key ID, ARN, Cognito identity, address
  'requestContext.identity',
  'requestContext.authorizer',
  // The authorizer's own objects: Cognito / JWT claims, a Lambda authorizer's context, IAM caller details (a
  // field picked from them, `claims.sub`, is the code's choice)
  'requestContext.authorizer.claims',
  'requestContext.authorizer.jwt',
  'requestContext.authorizer.jwt.claims',
  'requestContext.authorizer.lambda',
  'requestContext.authorizer.iam',
];

/**
 * Lambda@Edge: the viewer's request CloudFront hands the function (its one record's), whose headers carry the
 * viewer's cookies and `Authorization`; its body, when the trigger includes it.
 */
const EDGE_EVENT_PATHS: readonly string[] = [
  // The whole CloudFront part of the record: the request, and in a response trigger the response too
  'Records.0.cf',
  'Records.0.cf.request',
  'Records.0.cf.request.headers',
  'Records.0.cf.request.body',
  // The body's content (base64 or text, as the trigger's option says); `body.encoding` and `body.action` name no data
  'Records.0.cf.request.body.data',
];

/** Parts of an event that carry caller secrets and personal data as a whole. */
const SENSITIVE_EVENT_PATHS: readonly string[] = [
  ...SENSITIVE_API_EVENT_PATHS,
  // An HTTP API Lambda authorizer's identity sources: the values of the headers it names, `Authorization` as a rule
  // (not a key a rest of any event is judged by: only an authorizer's event has it)
  'identitySource',
  // AppSync resolvers: the request's headers (`authorization` included) and the caller's identity (JWT claims,
  // source IP); Cognito triggers: the request (user attributes; the password, in a user migration trigger)
  'request',
  'request.headers',
  'request.userAttributes',
  'identity',
  'identity.claims',
  // API Gateway's REST Lambda (non-proxy) integration with its method request passthrough template: the body as
  // `body-json`, the caller's headers under `params.header`
  'body-json',
  'params.header',
  ...EDGE_EVENT_PATHS,
];

/**
 * The top-level parts of SENSITIVE_EVENT_PATHS that are text (`body`) or an array of text (`cookies`,
 * `identitySource`).
 */
const TEXT_EVENT_PATHS: ReadonlySet<string> = new Set(['body', 'cookies', 'identitySource']);

/**
 * The parts of SENSITIVE_EVENT_PATHS that are objects: turned into text by a template or `+` they print
 * `[object Object]`, nothing of what they hold (`body` is a string and `cookies` an array of strings: those print).
 */
const OBJECT_EVENT_PATHS: ReadonlySet<string> = new Set(
  SENSITIVE_EVENT_PATHS.filter((path) => !TEXT_EVENT_PATHS.has(path)),
);

/**
 * The top-level keys of an API event under which its sensitive parts sit: a rest of the event holding one is logged.
 * (A rest with all of them picked out is not judged by the keys of other kinds of events, which it cannot know.)
 */
const SENSITIVE_EVENT_KEYS: readonly string[] = [
  ...new Set(SENSITIVE_API_EVENT_PATHS.map((path) => path.split('.')[0]!)),
];

/**
 * The top-level keys of an event's sensitive parts, by the `aws-lambda` type it is declared with: an API event has
 * only some of `SENSITIVE_EVENT_KEYS` (a REST API's no `cookies`, an HTTP API's no `multiValueHeaders`, an ALB's
 * neither `requestContext` nor `cookies`), a queue's, topic's, bucket's or stream's event carries its messages under
 * `Records`, EventBridge's its payload under `detail`. A rest of the event, or a copy with these replaced, holds
 * nothing of them once they are picked out. Any other type, or none: every key of `SENSITIVE_EVENT_KEYS`.
 */
function eventKeysOf(type: TSESTree.TypeNode | undefined, sourceCode: SourceCode): readonly string[] {
  const name = type === undefined ? null : awsLambdaTypeNameOf(type, sourceCode);
  return (name === null ? undefined : EVENT_KEYS_BY_TYPE.get(name)) ?? SENSITIVE_EVENT_KEYS;
}

const REST_API_EVENT_KEYS = ['headers', 'multiValueHeaders', 'body', 'requestContext'];
const HTTP_API_EVENT_KEYS = ['headers', 'body', 'cookies', 'requestContext'];
const RECORDS_EVENT_KEYS = ['Records'];
const EVENT_KEYS_BY_TYPE: ReadonlyMap<string, readonly string[]> = new Map([
  ['APIGatewayProxyEvent', REST_API_EVENT_KEYS],
  ['APIGatewayEvent', REST_API_EVENT_KEYS],
  ['APIGatewayProxyWithCognitoAuthorizerEvent', REST_API_EVENT_KEYS],
  ['APIGatewayProxyWithLambdaAuthorizerEvent', REST_API_EVENT_KEYS],
  ['APIGatewayProxyEventV2', HTTP_API_EVENT_KEYS],
  ['APIGatewayProxyEventV2WithJWTAuthorizer', HTTP_API_EVENT_KEYS],
  ['APIGatewayProxyEventV2WithLambdaAuthorizer', HTTP_API_EVENT_KEYS],
  ['APIGatewayProxyEventV2WithIAMAuthorizer', HTTP_API_EVENT_KEYS],
  ['APIGatewayProxyEventV2WithRequestContext', HTTP_API_EVENT_KEYS],
  ['LambdaFunctionURLEvent', HTTP_API_EVENT_KEYS],
  ['ALBEvent', ['headers', 'multiValueHeaders', 'body']],
  ['SQSEvent', RECORDS_EVENT_KEYS],
  ['SNSEvent', RECORDS_EVENT_KEYS],
  ['S3Event', RECORDS_EVENT_KEYS],
  ['DynamoDBStreamEvent', RECORDS_EVENT_KEYS],
  ['KinesisStreamEvent', RECORDS_EVENT_KEYS],
  ['EventBridgeEvent', ['detail']],
  ['ScheduledEvent', ['detail']],
]);

/** Last word parts of a key that says its value is a measure of something (`tokenCount: event.tokens`). */
const MEASURE_WORDS: ReadonlySet<string> = new Set(['count', 'length', 'size', 'total']);

/**
 * Options of a logger's creation whose value goes on every line the logger writes, by library: Powertools
 * `new Logger({ persistentKeys })`, pino's `pino({ base })`, winston's `createLogger({ defaultMeta })`, lambda-log's
 * `new LambdaLog({ meta })`. (bunyan writes every field of `createLogger({ … })` that is not one of its options.)
 */
const PERSISTENT_OPTIONS: Readonly<Partial<Record<LoggerLibrary, ReadonlySet<string>>>> = {
  powertools: new Set(['persistentKeys', 'persistentLogAttributes']),
  pino: new Set(['base']),
  winston: new Set(['defaultMeta']),
  'lambda-log': new Set(['meta']),
};

/** bunyan's own options: `createLogger({ name, level, … })` writes every other field on each record. */
const BUNYAN_OPTIONS: ReadonlySet<string> = new Set(['name', 'level', 'stream', 'streams', 'serializers', 'src']);

/**
 * Does the file spell a logger module with one of its options for data on every line, one made by `new`
 * (Powertools, lambda-log, bunyan), one made by a call (pino, winston, bunyan)? Cheap tests before any listener,
 * both answered at once (`bunyan` is read once).
 */
function mayCreateWithPersistentData(sourceCode: SourceCode): { byNew: boolean; byCall: boolean } {
  if (mayMention(sourceCode, 'bunyan')) return { byNew: true, byCall: true };
  const spells = (module: string, option: string): boolean =>
    mayMention(sourceCode, module) && mayMention(sourceCode, option);
  return {
    byNew: spells('@aws-lambda-powertools/logger', 'ersistent') || spells('lambda-log', 'meta'),
    byCall: spells('pino', 'base') || spells('winston', 'defaultMeta'),
  };
}

/** Calls the setting checks look at (a renamed `injectLambdaContext` still spells it in its import). */
const SETTING_CALLS: readonly string[] = ['injectLambdaContext', 'logEventIfEnabled', 'addEnvironment'];

/**
 * Does `text` spell one of SETTING_CALLS or LOG_EVENT_ENV? Decides most files: `injectLambdaContext` by its rarer
 * tail, the three others from each `E` (upper case is rare in code) with `indexOf`, twice as fast as one regex.
 */
function spellsSettingWord(text: string): boolean {
  if (text.includes('LambdaContext') && text.includes('injectLambdaContext')) return true;
  for (let index = text.indexOf('E'); index !== -1; index = text.indexOf('E', index + 1)) {
    if (
      (text.startsWith('EventIfEnabled', index) && text.startsWith('log', index - 3)) ||
      (text.startsWith('Environment', index) && text.startsWith('add', index - 3)) ||
      (text.startsWith('EVENT', index) && text.startsWith('POWERTOOLS_LOGGER_LOG_', index - 22))
    ) {
      return true;
    }
  }
  return false;
}

/** String methods that take spaces off the text they are called on: what is left is that text. */
const TRIMMING_METHODS: ReadonlySet<string> = new Set(['trim', 'trimStart', 'trimEnd']);
/** String methods that take a pattern out of the text when the replacement is empty (`replace('Bearer ', '')`). */
const REPLACING_METHODS: ReadonlySet<string> = new Set(['replace', 'replaceAll']);
/** How far aliases (`const h = event.headers`) and nested structures are followed. */
const MAX_HOPS = 8;
/** Returns of a function of the file read as what a call of it gives (`returnedByFunctionOfFile`). */
const MAX_RETURNED_VALUES = 8;
/** `process` as this rule finds it: through as many aliases, also as `globalThis.process`, by literal keys. */
const PROCESS_PATH_OPTIONS: ProcessPathOptions = {
  maxSteps: MAX_HOPS,
  membersAreSteps: false,
  globalObjects: true,
  constantKeys: false,
};
/**
 * What the replacer of `JSON.stringify(x, replacer)` lets through:
 * - `all`: no replacer, a literal (`null`, a mistaken indent `JSON.stringify(event, 2)`: ignored), or a function that
 *   writes every value (a BigInt converter; `getCircularReplacer()`, which we cannot read, by its name);
 * - `keys`: an allow-list (an array of keys, written there or bound to a name): only those keys, at every depth;
 * - `picked`: what is written is the code's choice (a function of the file that does more than keep every value,
 *   one we cannot read whose name says it redacts, `redact`, `maskSecrets`; an array we cannot read).
 */
type ReplacerEffect =
  | { kind: 'all' }
  | { kind: 'picked' }
  | { kind: 'keys'; keys: readonly { name: string; node: TSESTree.Node }[] };

const WRITES_ALL: ReplacerEffect = { kind: 'all' };
const PICKED: ReplacerEffect = { kind: 'picked' };

function replacerEffect(args: readonly TSESTree.CallExpressionArgument[], sourceCode: SourceCode): ReplacerEffect {
  const replacer = args[1];
  if (replacer === undefined || replacer.type === AST_NODE_TYPES.SpreadElement) return WRITES_ALL;
  const value = skipTypeAndChainWrappers(replacer);
  if (value.type === AST_NODE_TYPES.ArrayExpression || value.type === AST_NODE_TYPES.Identifier) {
    const array = getStaticValue(value, sourceCode);
    if (array.kind === 'array') return allowList(array.elements, value);
    if (value.type === AST_NODE_TYPES.ArrayExpression) return PICKED;
  }
  const fn = functionOf(value, sourceCode);
  if (fn !== null) {
    // Its body says what it does, whatever its name (`bigintFilter` keeps every value)
    const effect = replacerFunctionEffect(fn, sourceCode);
    if (effect !== null) return effect;
  }
  const named = value.type === AST_NODE_TYPES.CallExpression ? getCalleeName(value) : simpleName(value);
  return named !== null && REDACTING_NAME.test(named) ? PICKED : WRITES_ALL;
}

/**
 * The keys of an allow-list (a number is its text); each reported where it is written inside the list, else at the
 * list (`replacer`: a name it is bound to, or an array whose key comes from a constant or a spread), so a finding
 * stays on the log call it is about. An element we cannot read may be any key: what is written is then unknown.
 */
function allowList(elements: readonly StaticValue[], replacer: TSESTree.Node): ReplacerEffect {
  const keys: { name: string; node: TSESTree.Node }[] = [];
  for (const element of elements) {
    if (element.kind !== 'string' && element.kind !== 'number') return PICKED;
    const written = element.node.range[0] >= replacer.range[0] && element.node.range[1] <= replacer.range[1];
    keys.push({ name: String(element.value), node: written ? element.node : replacer });
  }
  return { kind: 'keys', keys };
}

/**
 * A replacer function of the file, read: `all` when every value comes out as it went in or as another form of the
 * same data chosen by its type only (`typeof value === 'bigint' ? value.toString() : value`, `value === undefined ?
 * undefined : value`); otherwise `picked` (it decides by key, masks, drops: what it writes is unknown). Null when it
 * is not a plain `(key, value)` function (its name decides).
 */
function replacerFunctionEffect(fn: FunctionLike, sourceCode: SourceCode): ReplacerEffect | null {
  const [keyParam, valueParam] = functionParams(fn);
  if (fn.async || fn.generator || keyParam?.type !== AST_NODE_TYPES.Identifier) return null;
  if (valueParam?.type !== AST_NODE_TYPES.Identifier) return null;
  return keepsEveryValue(fn.body, valueParam.name, sourceCode) ? WRITES_ALL : PICKED;
}

/** `value => …` or `{ if (typeof value === 'bigint') return value.toString(); return value; }`. */
function keepsEveryValue(
  body: TSESTree.BlockStatement | TSESTree.Expression,
  value: string,
  sourceCode: SourceCode,
): boolean {
  const reading: ValueReading = { name: value, sourceCode };
  if (body.type !== AST_NODE_TYPES.BlockStatement) return keepsData(body, reading, 'any');
  const statements = body.body;
  for (const [index, statement] of statements.entries()) {
    if (statement.type === AST_NODE_TYPES.ReturnStatement) {
      const last = index === statements.length - 1;
      return last && statement.argument !== null && keepsData(statement.argument, reading, 'any');
    }
    if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate !== null) return false;
    const consequent = statement.consequent;
    const only =
      consequent.type === AST_NODE_TYPES.BlockStatement && consequent.body.length === 1
        ? consequent.body[0]!
        : consequent;
    if (
      only.type !== AST_NODE_TYPES.ReturnStatement ||
      only.argument === null ||
      !isTypeTest(statement.test, reading) ||
      !keepsData(only.argument, reading, narrowedBy(statement.test, reading, 'any'))
    ) {
      return false;
    }
  }
  return false;
}

/** The replacer's value parameter, and the file (to tell the global `String`, `Array`… from local ones). */
interface ValueReading {
  name: string;
  sourceCode: SourceCode;
}

/**
 * What a branch of a replacer may receive, as its type tests narrow it: `any` value; only `primitive`s (`typeof
 * value === 'string'`); only `array`s (`Array.isArray(value)`); or only `foreign` values, no data of a Lambda event
 * (parsed from JSON) among them: a BigInt, a Map, a Buffer, `undefined` or `null`.
 */
type Narrowing = 'any' | 'primitive' | 'array' | 'foreign';

/**
 * `expression` gives every value its branch may receive as the same data: the value itself anywhere; in another form
 * only where the type tests say which kind of value it is (`String(value)`, `` `${value}` ``, `value.toString()` for
 * a primitive: for a plain object they write `[object Object]`; `[...value]`, `Array.from(value)` for an array);
 * anything in a branch that only foreign values reach.
 */
function keepsData(expression: TSESTree.Node, reading: ValueReading, narrowing: Narrowing, depth = 0): boolean {
  const node = skipTypeAndChainWrappers(expression);
  if (depth > 8) return false;
  if (isNamed(node, reading.name) || narrowing === 'foreign') return true;
  const textual = narrowing === 'primitive';
  switch (node.type) {
    case AST_NODE_TYPES.ConditionalExpression:
      return (
        isTypeTest(node.test, reading) &&
        keepsData(node.consequent, reading, narrowedBy(node.test, reading, narrowing), depth + 1) &&
        keepsData(node.alternate, reading, narrowing, depth + 1)
      );
    case AST_NODE_TYPES.TemplateLiteral:
      return textual && node.expressions.length === 1 && isNamed(node.expressions[0]!, reading.name);
    case AST_NODE_TYPES.ArrayExpression:
      return (
        narrowing === 'array' &&
        node.elements.length === 1 &&
        node.elements[0]?.type === AST_NODE_TYPES.SpreadElement &&
        isNamed(node.elements[0].argument, reading.name)
      );
    case AST_NODE_TYPES.CallExpression: {
      const callee = skipTypeAndChainWrappers(node.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && isNamed(callee.object, reading.name)) {
        const method = getPropertyName(callee);
        return textual && method !== null && SAME_DATA_METHODS.has(method);
      }
      const argument = node.arguments[0];
      if (node.arguments.length !== 1 || argument === undefined || !isNamed(argument, reading.name)) return false;
      if (callee.type === AST_NODE_TYPES.Identifier) {
        return textual && callee.name === 'String' && isGlobal(callee, reading.sourceCode);
      }
      return narrowing === 'array' && isGlobalMethodCall(node, 'Array', 'from', reading.sourceCode);
    }
    default:
      return false;
  }
}

/**
 * What `narrowing` becomes where `test` holds: a `typeof` comparison to a type JSON text holds (`string`, `number`,
 * `boolean`) makes it `primitive`, to one it never holds (`bigint`, `undefined`…), `instanceof` (a class's instance,
 * `Object` and `Array` aside), `Buffer.isBuffer`, and `value == null` make it `foreign`; `Array.isArray` makes it
 * `array`. `&&` takes the narrower side; anything else leaves it as it was.
 */
function narrowedBy(test: TSESTree.Node, reading: ValueReading, narrowing: Narrowing, depth = 0): Narrowing {
  const node = skipTypeAndChainWrappers(test);
  if (depth > 8 || narrowing === 'foreign') return narrowing;
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '&&') {
    return narrowedBy(node.right, reading, narrowedBy(node.left, reading, narrowing, depth + 1), depth + 1);
  }
  if (node.type === AST_NODE_TYPES.CallExpression) {
    if (isGlobalMethodCall(node, 'Array', 'isArray', reading.sourceCode)) return 'array';
    const binary = TYPE_TEST_CALLS.some(
      ([object, method]) => object !== 'Array' && isGlobalMethodCall(node, object, method, reading.sourceCode),
    );
    return binary ? 'foreign' : narrowing;
  }
  if (node.type !== AST_NODE_TYPES.BinaryExpression) return narrowing;
  if (node.operator === 'instanceof') {
    const type = simpleName(node.right);
    return type !== null && type !== 'Object' && type !== 'Array' ? 'foreign' : narrowing;
  }
  if (node.operator !== '===' && node.operator !== '==') return narrowing;
  const type = typeofComparison(node, reading.name);
  if (type === null) return nullishComparison(node, reading.name) ? 'foreign' : narrowing;
  if (JSON_PRIMITIVE_TYPES.has(type)) return 'primitive';
  return type === 'object' ? narrowing : 'foreign';
}

/** `typeof` answers for the primitive values JSON text holds. */
const JSON_PRIMITIVE_TYPES: ReadonlySet<string> = new Set(['string', 'number', 'boolean']);

/** Methods that give the same data in another form (`toString`, `toJSON`, `toISOString`). */
const SAME_DATA_METHODS: ReadonlySet<string> = new Set(['toString', 'toJSON', 'toISOString', 'valueOf']);

function isNamed(node: TSESTree.Node, name: string): boolean {
  const target = skipTypeAndChainWrappers(node);
  return target.type === AST_NODE_TYPES.Identifier && target.name === name;
}

/**
 * A test of the value's type only: `typeof value === 'bigint'`, `value instanceof Map`, `Array.isArray(value)`,
 * `value === undefined`, and their negations and combinations.
 */
function isTypeTest(test: TSESTree.Node, reading: ValueReading, depth = 0): boolean {
  const node = skipTypeAndChainWrappers(test);
  const name = reading.name;
  if (depth > 8) return false;
  switch (node.type) {
    case AST_NODE_TYPES.LogicalExpression:
      return isTypeTest(node.left, reading, depth + 1) && isTypeTest(node.right, reading, depth + 1);
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === '!' && isTypeTest(node.argument, reading, depth + 1);
    case AST_NODE_TYPES.BinaryExpression: {
      if (node.operator === 'instanceof') return isNamed(node.left, name);
      if (!EQUALITY_OPERATORS.has(node.operator)) return false;
      return typeofComparison(node, name) !== null || nullishComparison(node, name);
    }
    case AST_NODE_TYPES.CallExpression: {
      const argument = node.arguments[0];
      return (
        node.arguments.length === 1 &&
        argument !== undefined &&
        isNamed(argument, name) &&
        TYPE_TEST_CALLS.some(([object, method]) => isGlobalMethodCall(node, object, method, reading.sourceCode))
      );
    }
    default:
      return false;
  }
}

const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(['===', '==', '!==', '!=']);
const TYPE_TEST_CALLS: readonly (readonly [string, string])[] = [
  ['Array', 'isArray'],
  ['Buffer', 'isBuffer'],
  ['ArrayBuffer', 'isView'],
];

/** `typeof value === 'bigint'` (either side): the type named; else null. */
function typeofComparison(node: TSESTree.BinaryExpression, name: string): string | null {
  const sides = [node.left, node.right];
  const typeOf = sides.find(
    (side) =>
      side.type === AST_NODE_TYPES.UnaryExpression && side.operator === 'typeof' && isNamed(side.argument, name),
  );
  const literal = sides.find((side) => side.type === AST_NODE_TYPES.Literal && typeof side.value === 'string');
  return typeOf !== undefined && literal?.type === AST_NODE_TYPES.Literal ? String(literal.value) : null;
}

/** `value === undefined`, `value == null` (either side). */
function nullishComparison(node: TSESTree.BinaryExpression, name: string): boolean {
  return (
    (isNamed(node.left, name) && isNullOrUndefined(node.right)) ||
    (isNamed(node.right, name) && isNullOrUndefined(node.left))
  );
}


/** Names of functions that hide what they are given: `redact`, `maskSecrets`, `sanitizeEvent`, `scrub`, `censor`. */
const REDACTING_NAME = /redact|mask|saniti[sz]|scrub|censor|obfuscat|omit|strip|filter|pick|allow/iu;

/** `token`, `Token`, `_token`: a name that says no more than "a token". */
function isBareToken(name: string): boolean {
  const parts = nameParts(name);
  return parts.length === 1 && (parts[0] === 'token' || parts[0] === 'tokens');
}

/** Global calls that keep what a value is (its text, escaped, encoded in base64 or decoded from it, or not). */
const VALUE_KEEPING_CALLS: ReadonlySet<string> = new Set([
  'String',
  'encodeURIComponent',
  'decodeURIComponent',
  'encodeURI',
  'decodeURI',
  'atob',
  'btoa',
]);
const MAX_ITEMS = 2_000;
/** Calls of one function looked at for what its parameters receive. */
const MAX_CALLS = 256;

export default createRule<Options, MessageIds>({
  name: 'no-sensitive-log-data',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow logging whole Lambda events, request headers and bodies, process.env and secrets',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      wholeEvent:
        'Do not log the whole Lambda event ({{expression}}): it carries whatever its sender put in it (an HTTP request\'s headers, tokens and body; a message\'s or a record\'s payload). Log the fields you need.',
      eventPart:
        'Do not log {{expression}}: it can carry credentials, session cookies or personal data. Log the fields you need.',
      processEnv:
        "Do not log {{expression}}: process.env holds the function's configuration and its temporary AWS credentials (AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN).",
      sensitiveName:
        "Do not log {{expression}}: its name says it holds a secret ('{{term}}'). Leave it out or log a redacted form.",
      secretAnswer:
        'Do not log {{expression}}: it holds the answer of {{operation}}, with {{what}}. Log the fields you need.',
      logEventOption:
        'logEvent: true makes Powertools log every incoming event in full (an HTTP request with its headers, tokens and body; a message\'s or a record\'s payload).',
      logEventChoice:
        'logEvent can be true, as chosen when this runs, and Powertools then logs every incoming event in full (an HTTP request with its headers, tokens and body; a message\'s or a record\'s payload).',
      logEventEnv:
        'POWERTOOLS_LOGGER_LOG_EVENT={{value}} makes Powertools log every incoming event in full (an HTTP request with its headers, tokens and body; a message\'s or a record\'s payload).',
      logEventEnvChoice:
        'POWERTOOLS_LOGGER_LOG_EVENT can be {{value}}, as chosen when this runs, and Powertools then logs every incoming event in full (an HTTP request with its headers, tokens and body; a message\'s or a record\'s payload).',
      logEventIfEnabled:
        'logEventIfEnabled(…, true) logs the whole event on every invocation (an HTTP request with its headers, tokens and body; a message\'s or a record\'s payload).',
      inputOutputLogger:
        '@middy/input-output-logger writes every incoming event and every response whole ({{writer}}), headers, tokens and body included. Leave out the sensitive parts with omitPaths (such as event.headers, event.multiValueHeaders, event.body, response.body), or log the fields you need.',
      removeLogEvent: 'Remove the `logEvent` option.',
      removeSetting: 'Remove the POWERTOOLS_LOGGER_LOG_EVENT setting.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          loggers: loggersOptionSchema('Calls on their imports are checked like other log calls.'),
          sensitiveNames: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description:
              "Names of values that hold secrets, matched case-insensitively on the last word parts of an identifier, member or key ('apiKey' matches `x_api_key` and `partnerApiKey`, not `apiKeyId`). Added to the defaults (password, token, authorization, secret, apiKey, …).",
          },
        },
      },
    ],
    defaultOptions: [defaultOptions],
  },
  defaultOptions: [defaultOptions],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    // A handler inside a test, a test stack's environment: not what a deployed function writes to CloudWatch (the
    // path answers before any handler detection)
    if (isTestFile(context)) return {};
    // Handlers come from the file's top-level statements, known before traversal: log calls matter only with some.
    // Those written inline in a Pulumi program (`new aws.lambda.CallbackFunction(name, { callback })`) too: their
    // event is followed; in a module that exports none, only log calls inside them run in Lambda (`isLambdaCode`)
    const code = lambdaCode(context, true);
    const handlers = code.inline.length === 0 ? code.exported : [...code.exported, ...code.inline];
    // One pass for the four names the setting checks look for: most files spell none of them
    const settingsSpelled = spellsSettingWord(sourceCode.text) || mayHideNames(sourceCode);
    // A module of shared middy set-up that exports no handler (`middyfy = (fn) => middy(fn).use(…)`) may still use
    // the input-output logger in an HTTP chain
    const sharedChains = handlers.length === 0 && spellsSharedHttpChain(sourceCode);
    // Nothing to look at: no listener, and nothing allocated for this file
    if (handlers.length === 0 && !settingsSpelled && !sharedChains) return {};
    // A logger created with data for every line: a handler's file spelling its module and option
    const creations = handlers.length > 0 ? mayCreateWithPersistentData(sourceCode) : null;
    const constructionsChecked = creations?.byNew === true;
    const creationCallsChecked = creations?.byCall === true;
    // The settings checked outside log calls are spelled in the file
    const settingsChecked = settingsSpelled && SETTING_CALLS.some((name) => mayMention(sourceCode, name));
    let injectMentioned: boolean | undefined;
    const reported = new Set<string>();
    const report = (descriptor: TSESLint.ReportDescriptor<MessageIds> & { node: TSESTree.Node }): void => {
      const key = `${descriptor.node.range[0]}:${descriptor.node.range[1]}:${descriptor.messageId}`;
      if (reported.has(key)) return;
      reported.add(key);
      context.report(descriptor);
    };
    let scanner: Scanner | null = null;
    const getScanner = (): Scanner => {
      if (scanner === null) {
        // The option adds names: a team's own `ssn` must not turn off `password`
        const terms = sensitiveTerms(options.sensitiveNames);
        const receivers = eventReceivers(handlers, sourceCode, terms, getScheduledHandlerNames(context));
        const handlerFunctions = new Set<FunctionLike>(receivers.map((receiver) => receiver.fn));
        for (const handler of handlers) if (handler.fn !== null) handlerFunctions.add(handler.fn);
        const { bindings, containers } = eventVariables(receivers, sourceCode);
        scanner = new Scanner(sourceCode, bindings, containers, handlerFunctions, terms, report);
      }
      return scanner;
    };

    const listeners: TSESLint.RuleListener = {
      Program() {
        const logging = getFileLogging(context, { loggers: options.loggers });
        // middy's input-output logger in a handler's module: it writes each event and response with no log call
        if ((code.exported.length > 0 && mayMention(sourceCode, INPUT_OUTPUT_LOGGER_WORD)) || sharedChains) {
          checkInputOutputLoggers(logging, code.exported, sourceCode, report);
        }
        // A module of shared set-up with no handler: no log call of its runs in Lambda on its own
        if (handlers.length === 0) return;
        if (logging.logCalls.length === 0 && logging.unknownLevelCalls.length === 0) return;
        const judged = new Set<TSESTree.CallExpression>();
        for (const call of logging.logCalls) {
          // `logEventIfEnabled(event)` is checked for its `true` argument below, not as a value logged every time
          if (call.kind === 'event' || !isLambdaCode(call.node, code, sourceCode)) continue;
          // `if (debug) console.log(event)` with `const debug = false`: a line that never runs
          if (runsNever(call.node, sourceCode)) continue;
          // `logger.setCorrelationId(event, correlationPaths.API_GATEWAY_REST)`: Powertools adds only what the path
          // finds in the value
          if (call.method === 'setCorrelationId' && call.node.arguments.length >= 2) continue;
          judged.add(call.node);
        }
        // A level method of the team's own logger (`logger.info(…)` with `logger` from `../lib/log`): it writes what
        // it is given, in whatever order it takes it
        for (const call of logging.unknownLevelCalls) {
          if (isLambdaCode(call, code, sourceCode) && !runsNever(call, sourceCode)) judged.add(call);
        }
        const scanner = getScanner();
        scanner.judgedCalls = judged;
        for (const call of judged) for (const argument of call.arguments) scanner.scan(argument);
      },

      // `new Logger({ persistentKeys: { env: process.env } })`: on every line, like `appendPersistentKeys`
      NewExpression(node) {
        if (!isLambdaCode(node, code, sourceCode)) return;
        for (const value of persistentAttributes(node, sourceCode)) getScanner().scan(value);
      },

      CallExpression(node) {
        // `pino({ base: { env: process.env } })`, `winston.createLogger({ defaultMeta: { event } })`
        if (creationCallsChecked && isLambdaCode(node, code, sourceCode)) {
          for (const value of persistentAttributes(node, sourceCode)) getScanner().scan(value);
        }
        if (!settingsChecked) return;
        const callee = skipTypeWrappers(node.callee);
        const name = simpleName(callee);
        if (name === 'injectLambdaContext') checkInjectLambdaContext(node, context, report, handlers);
        else if (name === 'logEventIfEnabled') checkLogEventIfEnabled(node, context, report);
        else if (name === 'addEnvironment') checkAddEnvironment(node, context, report);
        // `injectLambdaContext` imported under another name (the import still spells it)
        else if (
          name !== null &&
          callee.type === AST_NODE_TYPES.Identifier &&
          node.arguments.length >= 2 &&
          (injectMentioned ??= mayMention(sourceCode, 'injectLambdaContext'))
        ) {
          const ref = resolveCallee(node, sourceCode);
          if (ref?.path[ref.path.length - 1] === 'injectLambdaContext') {
            checkInjectLambdaContext(node, context, report, handlers);
          }
        }
      },

      Property(node) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
        if (getStaticPropertyName(node, sourceCode) !== LOG_EVENT_ENV) return;
        const setting = truthyEnvSetting(node.value, sourceCode);
        if (setting === null) return;
        const object = node.parent;
        report({
          node,
          messageId: setting.chosen ? 'logEventEnvChoice' : 'logEventEnv',
          data: { value: setting.value },
          suggest: canRemove(node, sourceCode)
            ? [{ messageId: 'removeSetting', fix: (fixer) => removeProperty(fixer, object, node, sourceCode) }]
            : [],
        });
      },

      AssignmentExpression(node) {
        // `=`, and `??=` / `||=` (they set it when unset)
        if (!ENV_SETTING_OPERATORS.has(node.operator) || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
        if (getStaticPropertyName(node.left, sourceCode) !== LOG_EVENT_ENV) return;
        if (!isProcessEnv(node.left.object, sourceCode)) return;
        const setting = truthyEnvSetting(node.right, sourceCode);
        if (setting === null) return;
        const messageId = setting.chosen ? 'logEventEnvChoice' : 'logEventEnv';
        report({ node, messageId, data: { value: setting.value } });
      },
    };
    if (handlers.length === 0 && !sharedChains) delete listeners.Program;
    if (!constructionsChecked) delete listeners.NewExpression;
    if (!creationCallsChecked && !settingsChecked) delete listeners.CallExpression;
    if (!settingsSpelled || !mayMention(sourceCode, LOG_EVENT_ENV)) {
      delete listeners.Property;
      delete listeners.AssignmentExpression;
    }
    return listeners;
  },
});

// ---------------------------------------------------------------------------------------------------------------
// Powertools logEvent

type Report = (descriptor: TSESLint.ReportDescriptor<MessageIds> & { node: TSESTree.Node }) => void;

function checkInjectLambdaContext(
  node: TSESTree.CallExpression,
  context: Context,
  report: Report,
  handlers: readonly LambdaHandler[],
): void {
  const sourceCode = context.sourceCode;
  const use = classifyMiddleware(node, sourceCode);
  if (use?.kind !== 'powertools' || use.options === null) return;
  const direct = skipTypeWrappers(use.options);
  let object: TSESTree.ObjectExpression | null = null;
  // The options are this call's alone: written in place, or in a name read only here (`const options = { … }`)
  let own = false;
  if (direct.type === AST_NODE_TYPES.ObjectExpression) {
    object = direct;
    own = true;
  } else if (direct.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(direct, sourceCode);
    object = boundObjectLiteral(direct, 'logEvent', sourceCode);
    const reads = variable?.references.filter((reference) => reference.init !== true) ?? [];
    // `export const options = { … }`: other modules may read it
    const exported = variable?.defs[0]?.node.parent?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
    own = !exported && reads.length === 1 && reads[0]!.identifier === direct;
  }
  if (object === null) return;
  const found = ownOrSpreadProperty(object, 'logEvent', sourceCode, 0);
  if (found === null) return;
  const property = found.property;
  const value = getStaticValue(property.value, sourceCode);
  // `logEvent: process.env.STAGE !== 'prod'`: true on the runs the test passes (a name bound once to such a test too)
  const chosen = !(value.kind === 'boolean' && value.value) && isRunTimeTest(boundTest(property.value, sourceCode), sourceCode, 0);
  if (!chosen && (value.kind !== 'boolean' || !value.value)) return;
  // The middleware of schedule handlers only logs what EventBridge wrote (see `takesScheduleEvent`)
  if (appliesOnlyToSchedules(node, handlers, context)) return;
  // A property spread in from another object (`{ ...DEBUG_OPTIONS }`) is that object's, which others may spread too
  const inline = own && found.object === object;
  // With comments in the object, a property beside others goes with its own comments (remove-properties.ts)
  const plain = canRemove(property, sourceCode);
  const withComments = !plain && object.properties.length > 1 && canRemoveProperties(object, [property]);
  report({
    node: property,
    messageId: chosen ? 'logEventChoice' : 'logEventOption',
    suggest:
      inline && (plain || withComments)
        ? [
            {
              messageId: 'removeLogEvent',
              fix: (fixer) =>
                plain
                  ? removeProperty(fixer, object, property, sourceCode)
                  : removeProperties(sourceCode, fixer, object, [property]),
            },
          ]
        : [],
  });
}

/**
 * Is `call` (an `injectLambdaContext(…)`) applied only to handlers whose event is a schedule's: by a middy `.use(…)`
 * among a handler's wrappers, or as the decorator of a class handler's method? False when it is applied to no handler
 * the file exports (a shared chain, a handler of another module).
 */
function appliesOnlyToSchedules(
  call: TSESTree.CallExpression,
  handlers: readonly LambdaHandler[],
  context: Context,
): boolean {
  let applied = false;
  for (const handler of handlers) {
    const here =
      handler.wrappers.some((wrapper) => wrapper.arguments.some((argument) => skipTypeWrappers(argument) === call)) ||
      handler.decorators.some((decorator) => decorator.expression === call);
    if (!here) continue;
    applied = true;
    if (!isScheduleHandler(handler, getScheduledHandlerNames(context), context.sourceCode)) return false;
  }
  return applied;
}

function checkLogEventIfEnabled(node: TSESTree.CallExpression, context: Context, report: Report): void {
  const callee = skipTypeWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
  const force = node.arguments[1];
  if (force === undefined || force.type === AST_NODE_TYPES.SpreadElement) return;
  const value = getStaticValue(force, context.sourceCode);
  if (value.kind !== 'boolean' || !value.value) return;
  // The method is Powertools' own; a receiver bound to another logger library is not it.
  const logger = resolveLogger(callee.object, context.sourceCode);
  if (logger !== null && logger.library !== 'powertools') return;
  report({ node: force, messageId: 'logEventIfEnabled' });
}

// ---------------------------------------------------------------------------------------------------------------
// middy's input-output logger

/** Spelled by the import of `@middy/input-output-logger`, which binds the middleware. */
const INPUT_OUTPUT_LOGGER_WORD = 'input-output-logger';

/**
 * Options of `@middy/input-output-logger` that leave what it writes whole: the context it adds, and `mask`, which only
 * replaces the values `omitPaths` names (the middleware's source, v4 to v7). Any other option (`omitPaths` with
 * paths, v3-v4's `replacer`, one we do not know) may keep parts out.
 */
const INPUT_OUTPUT_LOGGER_NEUTRAL_OPTIONS: ReadonlySet<string> = new Set([
  'awsContext',
  'executionContext',
  'lambdaContext',
  'mask',
]);

/** Methods of the global console that write what they are given (as `logger: console.info` would). */
const CONSOLE_WRITING_METHODS: ReadonlySet<string> = new Set(['log', 'info', 'debug', 'warn', 'error', 'trace']);

/** middy's chain methods that return the chain (`middy(fn).use(a).before(b)`). */
const MIDDY_CHAINING_METHODS: ReadonlySet<string> = new Set(['use', 'before', 'after', 'onError']);

/** How far aliases of what the logger function is given are followed (`const response = message.response`). */
const MAX_MESSAGE_ALIAS_DEPTH = 2;

/**
 * `aws-lambda` event types that carry a caller's request: API Gateway (REST, HTTP, WebSocket, authorizers), ALB,
 * function URLs, AppSync, Lambda@Edge's CloudFront requests and responses, and Cognito user pool triggers
 * (`…TriggerEvent`: user attributes, a migrating user's password). Other events (schedules, queues, streams, AWS
 * services' own) carry what the project or AWS put there.
 */
const CALLER_REQUEST_EVENT_TYPE =
  /^(?:APIGateway|ALB|LambdaFunctionURL|AppSync|CloudFrontRequest|CloudFrontResponse)|TriggerEvent$/u;

/** middy's HTTP middleware packages (`@middy/http-header-normalizer`, `@middy/http-json-body-parser`, …). */
const MIDDY_HTTP_MIDDLEWARE_PREFIX = '@middy/http-';

/**
 * `inputOutputLogger(…)` of `@middy/input-output-logger` (bound through its import, under any name), used as a
 * middleware of a handler's middy chain, that writes each event and response whole: with its default logger
 * (console.log of `{ event }` / `{ response }`), `console.*` as its logger, or a logger function of the file that hands
 * what it is given whole to a log call (`logger: (request) => logger.info('request', { request })`). Only for a
 * handler that takes a caller's request (`takesCallerRequest`). Quiet when `omitPaths` lists paths, when an option
 * may redact or cannot be read, and for a logger function that picks fields or that we cannot read.
 */
function checkInputOutputLoggers(
  logging: FileLogging,
  handlers: readonly LambdaHandler[],
  sourceCode: SourceCode,
  report: Report,
): void {
  let logCalls: Set<TSESTree.Node> | undefined;
  for (const use of logging.middlewares) {
    if (use.kind !== 'input-output-logger' || use.node.type !== AST_NODE_TYPES.CallExpression) continue;
    const call = use.node;
    const chain = middyChainUsing(call, handlers, sourceCode);
    if (chain === null ? !inSharedHttpChain(call, sourceCode) : !takesCallerRequest(chain, sourceCode)) continue;
    logCalls ??= new Set<TSESTree.Node>([
      ...logging.logCalls.map((logCall) => logCall.node),
      ...logging.unknownLevelCalls,
    ]);
    const writer = inputOutputLoggerWriter(call, logCalls, sourceCode);
    if (writer === null) continue;
    report({ node: call.callee, messageId: 'inputOutputLogger', data: { writer } });
  }
}

/** A handler's middy chain: the handler, and the calls of the chain (its `.use(…)` calls among them). */
interface MiddyChainOfHandler {
  handler: LambdaHandler;
  calls: readonly TSESTree.CallExpression[];
}

/**
 * The handler's middy chain the middleware `call` makes is handed to by a `.use(…)` (alone or in an array), where it
 * is written or through the name it, or a list holding it, is bound to: a chain of the handler's wrappers, or one on a name bound to a middy
 * call that is (`const base = middy(fn); base.use(m); export const handler = base`). Null otherwise.
 */
function middyChainUsing(
  call: TSESTree.CallExpression,
  handlers: readonly LambdaHandler[],
  sourceCode: SourceCode,
): MiddyChainOfHandler | null {
  const value = outermostTypeWrapper(call);
  const direct = middyUseChain(value, handlers, sourceCode);
  if (direct !== null) return direct;
  // `const middlewares = [cors(), inputOutputLogger()]; … .use(middlewares)`: a list handed on by its name
  const bound = value.parent?.type === AST_NODE_TYPES.ArrayExpression ? outermostTypeWrapper(value.parent) : value;
  const declarator = bound.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== bound) return null;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = sourceCode.getDeclaredVariables(declarator)[0];
  if (variable === undefined || onceBoundDeclarator(variable) !== declarator) return null;
  // A list changed after it is written (`middlewares.pop()`) may no longer hold the middleware
  if (bound !== value && isVisiblyMutated(variable, sourceCode)) return null;
  for (const reference of variable.references) {
    if (reference.init === true) continue;
    const chain = middyUseChain(outermostTypeWrapper(reference.identifier as TSESTree.Node), handlers, sourceCode);
    if (chain !== null) return chain;
  }
  return null;
}

function middyUseChain(
  node: TSESTree.Node,
  handlers: readonly LambdaHandler[],
  sourceCode: SourceCode,
): MiddyChainOfHandler | null {
  const found = useCallTaking(node);
  if (found === null) return null;
  const { use, callee } = found;
  const wrapped = handlers.find((handler) => handler.wrappers.includes(use));
  if (wrapped !== undefined) return { handler: wrapped, calls: wrapped.wrappers };
  // `base.use(m)` on its own, with `base` bound to a middy chain a handler is made of
  const calls = [use];
  const base = middyChainBase(callee.object, sourceCode, calls);
  const handler = base === null ? undefined : handlers.find((candidate) => candidate.wrappers.includes(base));
  return handler === undefined ? null : { handler, calls: [...calls, ...handler.wrappers] };
}

/** The `.use(…)` call that hands `node` to a middy chain, alone or in an array (`.use([cors(), node])`), or null. */
function useCallTaking(
  node: TSESTree.Node,
): { use: TSESTree.CallExpression; callee: TSESTree.MemberExpression } | null {
  // `.use([a, b])`: middy takes an array of middlewares
  const argument = node.parent?.type === AST_NODE_TYPES.ArrayExpression ? outermostTypeWrapper(node.parent) : node;
  const use = argument.parent;
  if (use?.type !== AST_NODE_TYPES.CallExpression || !use.arguments.includes(argument as TSESTree.Expression)) {
    return null;
  }
  const callee = skipTypeAndChainWrappers(use.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'use') return null;
  return { use, callee };
}

/**
 * The call of `@middy/core` a chain starts at (`middy(fn).use(a)`, through names bound once to the chain), or null;
 * the chain's calls met on the way are added to `calls`.
 */
function middyChainBase(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  calls: TSESTree.CallExpression[],
): TSESTree.CallExpression | null {
  let current = skipTypeAndChainWrappers(node);
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    if (current.type === AST_NODE_TYPES.Identifier) {
      const init = boundInitializer(current, sourceCode);
      if (init === null) return null;
      current = skipTypeAndChainWrappers(init);
      continue;
    }
    if (current.type !== AST_NODE_TYPES.CallExpression) return null;
    calls.push(current);
    const callee = skipTypeAndChainWrappers(current.callee);
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : null;
    if (callee.type === AST_NODE_TYPES.MemberExpression && method !== null && MIDDY_CHAINING_METHODS.has(method)) {
      current = skipTypeAndChainWrappers(callee.object);
      continue;
    }
    const module = resolveCallee(current, sourceCode)?.module;
    return module !== undefined && MIDDY_MODULES.has(module) ? current : null;
  }
  return null;
}

/**
 * Does the chain's handler take a caller's request? By the `aws-lambda` type of its event parameter (see
 * CALLER_REQUEST_EVENT_TYPE; any other `aws-lambda` type says no), else by an HTTP middleware of middy's in the chain
 * (`.use(httpHeaderNormalizer())`). An event we cannot tell (untyped, the project's own type, a function of another
 * module) with no such middleware may be a schedule's or a service's: what the logger writes of it is not judged.
 */
function takesCallerRequest(chain: MiddyChainOfHandler, sourceCode: SourceCode): boolean {
  const fn = chain.handler.fn;
  const eventType = fn === null ? null : awsLambdaTypeNameOf(parameterType(functionParams(fn)[0]), sourceCode);
  if (eventType !== null) return CALLER_REQUEST_EVENT_TYPE.test(eventType);
  return usesMiddyHttpMiddleware(chain.calls, sourceCode);
}

/**
 * Does one of the chain's `.use(…)` calls hand it one of middy's HTTP middlewares (`.use(httpErrorHandler())`, also in
 * a list, written there or bound to a name)?
 */
function usesMiddyHttpMiddleware(calls: readonly TSESTree.CallExpression[], sourceCode: SourceCode): boolean {
  return calls.some((call) => {
    const callee = skipTypeAndChainWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'use') return false;
    return call.arguments.some((argument) => {
      let value = skipTypeWrappers(argument);
      // `.use(middlewares)` with `const middlewares = [cors(), …]`
      if (value.type === AST_NODE_TYPES.Identifier) {
        const init = boundInitializer(value, sourceCode);
        if (init !== null && skipTypeWrappers(init).type === AST_NODE_TYPES.ArrayExpression) value = skipTypeWrappers(init);
      }
      const middlewares = value.type === AST_NODE_TYPES.ArrayExpression ? value.elements : [value];
      return middlewares.some((middleware) => {
        const made = middleware === null ? null : skipTypeWrappers(middleware);
        if (made?.type !== AST_NODE_TYPES.CallExpression) return false;
        return resolveCallee(made, sourceCode)?.module.startsWith(MIDDY_HTTP_MIDDLEWARE_PREFIX) === true;
      });
    });
  });
}

/**
 * Does the module spell the input-output logger's module and one of middy's HTTP middleware modules, as written (not
 * `mayMention`, which says yes to any file with an escape that could spell a name: a minified bundle would then pay
 * for the logging analysis of a module with no handler, for two specifiers nobody writes with escapes)?
 */
function spellsSharedHttpChain(sourceCode: SourceCode): boolean {
  const text = sourceCode.text;
  // The prefix first: `@` is rare in code, so most texts are turned away at the speed of `memchr`
  return text.includes(MIDDY_HTTP_MIDDLEWARE_PREFIX) && text.includes(INPUT_OUTPUT_LOGGER_WORD);
}

/**
 * Is the middleware `call` handed by a `.use(…)` to a middy chain (from `middy(…)` on) that also takes one of middy's
 * HTTP middlewares, before or after it: a chain of a module's shared set-up (`middyfy = (fn) =>
 * middy(fn).use(httpJsonBodyParser()).use(inputOutputLogger())`) that serves HTTP requests, whichever handler it wraps?
 */
function inSharedHttpChain(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const found = useCallTaking(outermostTypeWrapper(call));
  if (found === null) return false;
  const { use, callee } = found;
  const calls = [use];
  if (middyChainBase(callee.object, sourceCode, calls) === null) return false;
  // The chain's later calls: `.use(inputOutputLogger()).use(httpErrorHandler())`
  let outer: TSESTree.Node = use;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const member: TSESTree.Node | undefined = outer.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== outer) break;
    const method = getPropertyName(member);
    const next: TSESTree.Node | undefined = member.parent;
    if (method === null || !MIDDY_CHAINING_METHODS.has(method)) break;
    if (next?.type !== AST_NODE_TYPES.CallExpression || next.callee !== member) break;
    calls.push(next);
    outer = next;
  }
  return usesMiddyHttpMiddleware(calls, sourceCode);
}

/**
 * What writes the event and response whole, for the message: the default logger, a console method, or a logger
 * function of the file (see `logsWhatItIsGiven`). Null when the options may keep parts out or cannot be read.
 */
function inputOutputLoggerWriter(
  call: TSESTree.CallExpression,
  logCalls: ReadonlySet<TSESTree.Node>,
  sourceCode: SourceCode,
): string | null {
  const first = call.arguments[0];
  if (first === undefined) return 'to console.log, its default logger';
  if (first.type === AST_NODE_TYPES.SpreadElement) return null;
  let options = skipTypeWrappers(first);
  if (options.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(options, sourceCode);
    const bound = variable === null ? null : onceBound(variable);
    if (bound === null || bound.path.length > 0) return null;
    options = skipTypeWrappers(bound.init);
  }
  if (options.type !== AST_NODE_TYPES.ObjectExpression) return null;
  let logger: TSESTree.Node | null = null;
  for (const property of options.properties) {
    if (property.type !== AST_NODE_TYPES.Property) return null;
    const name = getStaticPropertyName(property, sourceCode);
    if (name === 'logger') logger = property.value;
    else if (name === 'omitPaths') {
      const paths = getStaticValue(property.value, sourceCode);
      if (paths.kind !== 'array' || paths.elements.length > 0) return null;
    } else if (name === null || !INPUT_OUTPUT_LOGGER_NEUTRAL_OPTIONS.has(name)) return null;
  }
  if (logger === null) return 'to console.log, its default logger';
  const value = skipTypeWrappers(logger);
  // `logger: console.info`
  if (value.type === AST_NODE_TYPES.MemberExpression && value.object.type === AST_NODE_TYPES.Identifier) {
    const method = getPropertyName(value);
    const writes = method !== null && CONSOLE_WRITING_METHODS.has(method);
    const console = value.object.name === 'console' && isGlobal(value.object, sourceCode);
    return writes && console ? `to console.${method}` : null;
  }
  const fn = functionOf(value, sourceCode);
  return fn !== null && logsWhatItIsGiven(fn, logCalls, sourceCode) ? 'through its logger function' : null;
}

/** The variable of a function's parameter written as a plain name. */
function parameterVariable(
  param: TSESTree.Identifier,
  fn: FunctionLike,
  sourceCode: SourceCode,
): TSESLint.Scope.Variable | undefined {
  return sourceCode.getDeclaredVariables(fn).find((declared) => declared.name === param.name);
}

/**
 * Does the logger function hand what it is given (`{ event }`, then `{ response }`) whole to a log call, and do
 * nothing else with it but read its parts (`message.response === undefined`, `const response = message.response`,
 * logging a part)? A call it is handed to, a write to it or to a part (`delete message.event.headers`) may redact it.
 */
function logsWhatItIsGiven(fn: FunctionLike, logCalls: ReadonlySet<TSESTree.Node>, sourceCode: SourceCode): boolean {
  const param = functionParams(fn)[0];
  if (param?.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = parameterVariable(param, fn, sourceCode);
  if (variable === undefined) return false;
  const uses = { logged: false };
  return readsOnly(variable, logCalls, sourceCode, 0, uses) && uses.logged;
}

/**
 * Is every use of `variable` (what the logger function is given, or at `depth` > 0 an alias of it or of a part) a
 * read: logged whole or in part, compared or tested, or bound to a name whose own uses are reads? `uses.logged` is set
 * when the whole message is logged.
 */
function readsOnly(
  variable: Variable,
  logCalls: ReadonlySet<TSESTree.Node>,
  sourceCode: SourceCode,
  depth: number,
  uses: { logged: boolean },
  whole = true,
): boolean {
  for (const reference of variable.references) {
    if (reference.init === true) continue;
    if (reference.isWrite()) return false;
    // `message`, `message.response`, `(message as T)?.response`: climb to the outermost member read
    let current = outermostTypeWrapper(reference.identifier as TSESTree.Node);
    let members = 0;
    for (let guard = 0; guard < MAX_HOPS; guard++) {
      const parent: TSESTree.Node | undefined = current.parent;
      if (parent === undefined) break;
      if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current) members++;
      else if (parent.type !== AST_NODE_TYPES.ChainExpression && !isTypeWrapper(parent)) break;
      current = parent;
    }
    if (loggedWhole(current, logCalls, sourceCode)) {
      if (whole && members === 0) uses.logged = true;
      continue;
    }
    const parent = current.parent;
    if (parent === undefined) return false;
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current) {
      // `const response = message.response`, `const { event } = message`: the names bound must be read only
      if (depth >= MAX_MESSAGE_ALIAS_DEPTH) return false;
      const aliasesWhole = whole && members === 0 && parent.id.type === AST_NODE_TYPES.Identifier;
      for (const alias of sourceCode.getDeclaredVariables(parent)) {
        if (!readsOnly(alias, logCalls, sourceCode, depth + 1, uses, aliasesWhole)) return false;
      }
      continue;
    }
    if (!isTest(current, parent)) return false;
  }
  return true;
}

/**
 * `value` is compared or tested: `x === undefined`, `if (x)`, `x ? a : b`, `!x`, `typeof x`, and `x && y` or `x || y`
 * where that is tested.
 */
function isTest(value: TSESTree.Node, parent: TSESTree.Node, depth = 0): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.BinaryExpression:
      return true;
    case AST_NODE_TYPES.LogicalExpression:
      return depth < MAX_HOPS && parent.parent !== undefined && isTest(parent, parent.parent, depth + 1);
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === value;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === '!' || parent.operator === 'typeof';
    default:
      return false;
  }
}

/**
 * Is `value` written whole by a log call: one of its arguments, or inside one (a field, a spread, an array element,
 * `JSON.stringify` with no replacer that picks, a template holding that)?
 */
function loggedWhole(value: TSESTree.Node, logCalls: ReadonlySet<TSESTree.Node>, sourceCode: SourceCode): boolean {
  let current = value;
  let serialised = false;
  for (let depth = 0; depth < MAX_HOPS; depth++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (parent === undefined) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.CallExpression: {
        if (!parent.arguments.includes(current as TSESTree.Expression)) return false;
        if (logCalls.has(parent)) return true;
        const stringified =
          parent.arguments[0] === current &&
          isJsonStringify(parent, sourceCode) &&
          replacerEffect(parent.arguments, sourceCode).kind === 'all';
        if (!stringified) return false;
        serialised = true;
        break;
      }
      case AST_NODE_TYPES.Property:
        if (parent.value !== current || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return false;
        current = parent.parent;
        continue;
      case AST_NODE_TYPES.SpreadElement:
        // `{ ...message }`, `[...messages]`
        current = parent.parent;
        if (current.type === AST_NODE_TYPES.ObjectExpression) continue;
        if (current.type === AST_NODE_TYPES.ArrayExpression) continue;
        return false;
      case AST_NODE_TYPES.ArrayExpression:
        break;
      case AST_NODE_TYPES.TemplateLiteral:
        // An object in a template prints `[object Object]`
        if (!serialised) return false;
        break;
      default:
        if (!isTypeWrapper(parent)) return false;
    }
    current = parent;
  }
  return false;
}

/**
 * The values a logger's creation puts on every line it writes (see PERSISTENT_OPTIONS; for bunyan, every field that
 * is not one of its options), from its options written inline or bound once to a name. The callee is bound to the
 * library through its import, after the options were seen to hold such a key.
 */
function persistentAttributes(
  node: TSESTree.NewExpression | TSESTree.CallExpression,
  sourceCode: SourceCode,
): TSESTree.Node[] {
  const first = node.arguments[0];
  if (first === undefined || first.type === AST_NODE_TYPES.SpreadElement) return [];
  let object = skipTypeWrappers(first);
  if (object.type !== AST_NODE_TYPES.ObjectExpression && object.type !== AST_NODE_TYPES.Identifier) return [];
  if (object.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(object, sourceCode);
    const bound = variable === null ? null : onceBound(variable);
    if (bound === null || bound.path.length > 0) return [];
    object = skipTypeWrappers(bound.init);
  }
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return [];
  const keyed: { name: string; value: TSESTree.Node }[] = [];
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const name = getPropertyName(property);
    if (name !== null) keyed.push({ name, value: property.value });
  }
  if (keyed.length === 0) return [];
  const library = resolveLogger(node, sourceCode)?.library;
  if (library === undefined) return [];
  if (library === 'bunyan') return keyed.filter(({ name }) => !BUNYAN_OPTIONS.has(name)).map(({ value }) => value);
  const options = PERSISTENT_OPTIONS[library];
  return options === undefined ? [] : keyed.filter(({ name }) => options.has(name)).map(({ value }) => value);
}

/** CDK: `fn.addEnvironment('POWERTOOLS_LOGGER_LOG_EVENT', 'true')`. */
function checkAddEnvironment(node: TSESTree.CallExpression, context: Context, report: Report): void {
  const [key, value] = node.arguments;
  if (key === undefined || value === undefined || key.type === AST_NODE_TYPES.SpreadElement) return;
  const name = getStaticValue(key, context.sourceCode);
  if (name.kind !== 'string' || name.value !== LOG_EVENT_ENV) return;
  const setting = truthyEnvSetting(value, context.sourceCode);
  if (setting === null) return;
  report({ node, messageId: setting.chosen ? 'logEventEnvChoice' : 'logEventEnv', data: { value: setting.value } });
}

/** Nested run-time choices read through for a true branch (`a ? (b ?? 'true') : 'false'`). */
const MAX_ENV_CHOICE_DEPTH = 4;

/**
 * The value an environment setting gives Powertools when it reads as true, or, for a choice made at run time
 * (`logEvent ? 'true' : 'false'`, a default `props.logEvent ?? 'true'`, either bound once to a name), the first of
 * its branches that does (`chosen`): whenever that branch is taken, every event is logged. Null when no value read
 * reads as true.
 */
function truthyEnvSetting(node: TSESTree.Node, sourceCode: SourceCode): { value: string; chosen: boolean } | null {
  const value = getStaticValue(node, sourceCode);
  const plain = truthyValue(value);
  if (plain !== null) return { value: plain, chosen: false };
  const branch = truthyBranch(value, sourceCode, 0);
  return branch === null ? null : { value: branch, chosen: true };
}

function truthyBranch(value: StaticValue, sourceCode: SourceCode, depth: number): string | null {
  if (value.node !== null && textOfRunTimeTest(value.node, sourceCode, depth)) return 'true';
  if (value.kind !== 'unknown' || depth >= MAX_ENV_CHOICE_DEPTH) return null;
  for (const branch of getChoiceBranches(value.node, sourceCode) ?? []) {
    const branchValue = getStaticValue(branch, sourceCode);
    const truthy = truthyValue(branchValue) ?? truthyBranch(branchValue, sourceCode, depth + 1);
    if (truthy !== null) return truthy;
  }
  return null;
}

/** Comparison operators: their result is a boolean. */
const COMPARISONS: ReadonlySet<string> = new Set(['===', '!==', '==', '!=', '<', '<=', '>', '>=', 'in', 'instanceof']);

/**
 * A boolean made text (`String(stage === 'dev')`, `` `${isDev}` `` for a test, `(a && b).toString()`,
 * `JSON.stringify(!prod)`), whose test is made at run time: 'true' on some runs. The test is a comparison, a `!`, or
 * `&&` / `||` of tests (a name alone may hold any value: not read).
 */
function textOfRunTimeTest(node: TSESTree.Node, sourceCode: SourceCode, depth: number): boolean {
  let text = skipTypeWrappers(node);
  // `const logEvent = String(stage === 'dev')`, bound once
  if (text.type === AST_NODE_TYPES.Identifier) {
    const bound = boundInitializer(text, sourceCode);
    if (bound === null) return false;
    text = skipTypeWrappers(bound);
  }
  let test: TSESTree.Node | null = null;
  if (text.type === AST_NODE_TYPES.TemplateLiteral) {
    const only = text.expressions.length === 1 && text.quasis.every((quasi) => quasi.value.cooked === '');
    test = only ? text.expressions[0]! : null;
  } else if (text.type === AST_NODE_TYPES.CallExpression && text.arguments.length <= 1) {
    const callee = skipTypeWrappers(text.callee);
    const argument = text.arguments[0];
    const plainArgument = argument !== undefined && argument.type !== AST_NODE_TYPES.SpreadElement ? argument : null;
    if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'String' && isGlobalIdentifier(callee, sourceCode)) {
      test = plainArgument;
    } else if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === 'toString') {
      test = text.arguments.length === 0 ? callee.object : null;
    } else if (isGlobalMethodCall(text, 'JSON', 'stringify', sourceCode)) {
      test = plainArgument;
    }
  }
  return test !== null && isRunTimeTest(test, sourceCode, depth);
}

/** `node`, or the test a name is bound to once (`const verbose = stage !== 'prod'`). */
function boundTest(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node {
  const value = skipTypeWrappers(node);
  if (value.type !== AST_NODE_TYPES.Identifier) return value;
  return boundInitializer(value, sourceCode) ?? value;
}

/**
 * The object a loop walks whose values `variable` holds in turn: `value` of `for (const [key, value] of
 * Object.entries(obj))`, or `for (const value of Object.values(obj))` (a `const` of the loop's head), or the same
 * parameter of a callback that visits each entry (`Object.entries(obj).forEach(([key, value]) => …)`,
 * `Object.values(obj).map((value) => …)`). Null otherwise.
 */
function loopedValuesOf(variable: Variable, sourceCode: SourceCode): TSESTree.Node | null {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def === undefined) return null;
  if (def.type === 'Parameter') {
    const walked = elementCallbackOf(def.node, sourceCode);
    if (walked === null) return null;
    const first = def.node.params[0];
    if (walked.method === 'values') return first === def.name ? walked.object : null;
    if (walked.method !== 'entries' || first?.type !== AST_NODE_TYPES.ArrayPattern) return null;
    return first.elements[1] === def.name ? walked.object : null;
  }
  if (def.type !== 'Variable' || def.node.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  const declarator = def.node;
  const loop = declarator.parent.parent;
  if (loop?.type !== AST_NODE_TYPES.ForOfStatement || loop.left !== declarator.parent) return null;
  const values = objectWalked(loop.right, 'values', sourceCode);
  if (values !== null) return declarator.id === def.name ? values : null;
  const entries = objectWalked(loop.right, 'entries', sourceCode);
  if (entries === null || declarator.id.type !== AST_NODE_TYPES.ArrayPattern) return null;
  return declarator.id.elements[1] === def.name ? entries : null;
}

/**
 * `fn` as the callback of `Object.keys(obj).forEach(fn)` (or `.map`, `.filter`, … of `Object.values` /
 * `Object.entries`): the object and which of its lists is walked. Null for any other function.
 */
function elementCallbackOf(
  fn: TSESTree.Node,
  sourceCode: SourceCode,
): { object: TSESTree.Node; method: 'keys' | 'values' | 'entries' } | null {
  // The list an element method walks (a loop's declarator is no callback)
  const list = fn.type === AST_NODE_TYPES.VariableDeclarator ? null : iteratedBy(fn);
  if (list === null) return null;
  for (const method of ['keys', 'values', 'entries'] as const) {
    const object = objectWalked(list, method, sourceCode);
    if (object !== null) return { object, method };
  }
  return null;
}

/** The object of `Object.<method>(obj)` (the global `Object`'s `keys`, `values` or `entries`), else null. */
function objectWalked(node: TSESTree.Node, method: string, sourceCode: SourceCode): TSESTree.Node | null {
  const call = skipTypeWrappers(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || !isGlobalMethodCall(call, 'Object', method, sourceCode)) return null;
  const object = call.arguments.length === 1 ? call.arguments[0]! : null;
  return object === null || object.type === AST_NODE_TYPES.SpreadElement ? null : object;
}

/**
 * `obj[key]` where `key` is the `const` of `for (const key in obj)` or `for (const key of Object.keys(obj))`, the same
 * object written the same way: each of its values in turn, so the object's. Null otherwise.
 */
function keyedByLoop(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node | null {
  const member = skipTypeWrappers(node);
  if (member.type !== AST_NODE_TYPES.MemberExpression || !member.computed) return null;
  const key = skipTypeWrappers(member.property);
  if (key.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = variableOf(key, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  let walked: TSESTree.Node | null = null;
  // `Object.keys(obj).forEach((key) => … obj[key] …)`
  if (def?.type === 'Parameter') {
    const callback = elementCallbackOf(def.node, sourceCode);
    if (callback?.method === 'keys' && def.node.params[0] === def.name) walked = callback.object;
    return walked !== null && sameText(walked, member.object, sourceCode) ? member.object : null;
  }
  if (def?.type !== 'Variable' || def.node.type !== AST_NODE_TYPES.VariableDeclarator || def.node.id !== def.name) {
    return null;
  }
  const loop = def.node.parent.parent;
  if (loop?.type === AST_NODE_TYPES.ForInStatement && loop.left === def.node.parent) walked = loop.right;
  else if (loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === def.node.parent) {
    walked = objectWalked(loop.right, 'keys', sourceCode);
  }
  return walked !== null && sameText(walked, member.object, sourceCode) ? member.object : null;
}

/**
 * `obj[key]` read only where a test has compared the key with a string (`if (key === 'host')`, `key.toLowerCase() ===
 * 'host' && …`, `'host' == key ? obj[key] : …`): that string (lower-cased when the key was); else null.
 */
function keyNarrowedByTest(node: TSESTree.Node): string | null {
  const member = skipTypeWrappers(node);
  if (member.type !== AST_NODE_TYPES.MemberExpression) return null;
  const key = skipTypeWrappers(member.property);
  if (key.type !== AST_NODE_TYPES.Identifier) return null;
  let child: TSESTree.Node = member;
  for (let depth = 0; depth < MAX_NARROWING_DEPTH; depth++) {
    const parent: TSESTree.Node | undefined = child.parent;
    if (parent === undefined || isFunctionLike(parent)) return null;
    let test: TSESTree.Node | null = null;
    if (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) {
      test = parent.consequent === child ? parent.test : null;
    } else if (parent.type === AST_NODE_TYPES.LogicalExpression) {
      test = parent.operator === '&&' && parent.right === child ? parent.left : null;
    }
    const compared = test === null ? null : comparedKey(test, key.name);
    if (compared !== null) return compared;
    child = parent;
  }
  return null;
}

/** Statements and expressions climbed from a keyed read to the test that guards it. */
const MAX_NARROWING_DEPTH = 12;

/** The string a test (or one of the tests of an `&&`) says the key named `name` equals, else null. */
function comparedKey(node: TSESTree.Node, name: string): string | null {
  const test = skipTypeWrappers(node);
  if (test.type === AST_NODE_TYPES.LogicalExpression && test.operator === '&&') {
    return comparedKey(test.left, name) ?? comparedKey(test.right, name);
  }
  if (test.type !== AST_NODE_TYPES.BinaryExpression || (test.operator !== '===' && test.operator !== '==')) return null;
  for (const [keySide, valueSide] of [
    [test.left, test.right],
    [test.right, test.left],
  ] as const) {
    const value = skipTypeWrappers(valueSide);
    if (value.type !== AST_NODE_TYPES.Literal || typeof value.value !== 'string') continue;
    let side = skipTypeAndChainWrappers(keySide);
    let lowered = false;
    // `key.toLowerCase()`: the key in any case
    if (side.type === AST_NODE_TYPES.CallExpression && side.arguments.length === 0) {
      const callee = skipTypeAndChainWrappers(side.callee);
      const method = callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : null;
      if (method !== 'toLowerCase' && method !== 'toUpperCase') continue;
      side = skipTypeAndChainWrappers((callee as TSESTree.MemberExpression).object);
      lowered = true;
    }
    if (side.type === AST_NODE_TYPES.Identifier && side.name === name) {
      return lowered ? value.value.toLowerCase() : value.value;
    }
  }
  return null;
}

/** A comparison or `!x` of a value known only at run time, or `&&` / `||` of such tests. */
function isRunTimeTest(node: TSESTree.Node, sourceCode: SourceCode, depth: number): boolean {
  if (depth >= MAX_ENV_CHOICE_DEPTH) return false;
  const test = skipTypeWrappers(node);
  const runTime = (operand: TSESTree.Node): boolean => !isConstantValue(getStaticValue(operand, sourceCode));
  switch (test.type) {
    case AST_NODE_TYPES.BinaryExpression:
      // (`'prod' === 'dev'` is decided where it is written)
      return COMPARISONS.has(test.operator) && (runTime(test.left) || runTime(test.right));
    case AST_NODE_TYPES.UnaryExpression:
      return test.operator === '!' && runTime(test.argument);
    case AST_NODE_TYPES.LogicalExpression:
      return (
        test.operator !== '??' &&
        isRunTimeTest(test.left, sourceCode, depth + 1) &&
        isRunTimeTest(test.right, sourceCode, depth + 1)
      );
    default:
      return false;
  }
}

/** A string, number, boolean, `null` or `undefined` known where it is written. */
function isConstantValue(value: StaticValue): boolean {
  return (
    value.kind === 'string' ||
    value.kind === 'number' ||
    value.kind === 'boolean' ||
    value.kind === 'null' ||
    value.kind === 'undefined'
  );
}

/** The value as Powertools would read it, when it reads as true; else null. */
function truthyValue(value: StaticValue): string | null {
  if (value.kind === 'string') return TRUTHY_ENV_VALUES.has(value.value.trim().toLowerCase()) ? value.value.trim() : null;
  if (value.kind === 'boolean') return value.value ? 'true' : null;
  if (value.kind === 'number') return value.value === 1 ? '1' : null;
  return null;
}

/**
 * `process.env`, also as `globalThis.process.env`, through an import of Node's `process` module (`import { env }
 * from 'node:process'`) or a name bound once to one of them (`const { env } = process`).
 */
function isProcessEnv(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const keys = resolveProcessPath(node, sourceCode, PROCESS_PATH_OPTIONS)?.keys;
  return keys !== undefined && keys.length === 1 && keys[0] === 'env';
}

/** Functions that decode a JWT into its claims: `jwt-decode`'s, jose's `decodeJwt`, a `decode` of a JWT library. */
const JWT_DECODERS: ReadonlySet<string> = new Set(['jwtDecode', 'jwt_decode', 'decodeJwt', 'decodeJWT']);
/** Receivers whose `decode` / `verify` answers a JWT's claims: `jwt.decode(token)`, `jsonwebtoken.verify(token, key)`. */
const JWT_LIBRARY = /^(?:jwt|jsonwebtoken|jose|jws)$/iu;

/**
 * Is `target` a name bound once to what a JWT decoder answers (`jwtDecode(token)`, `jwt.decode(token)`,
 * `jwt.verify(token, key)`), awaited or not? A JWT decoded is its claims: anyone holding the token can read them, and
 * without the signature they grant nothing. A token decoded some other way (`Buffer.from(t, 'base64')`) is the token.
 */
function holdsDecodedJwt(target: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const init = boundInitializer(target, sourceCode);
  if (init === null) return false;
  let value = skipTypeAndChainWrappers(init);
  if (value.type === AST_NODE_TYPES.AwaitExpression) value = skipTypeAndChainWrappers(value.argument);
  if (value.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeAndChainWrappers(value.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return JWT_DECODERS.has(callee.name);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getPropertyName(callee);
  if (method !== null && JWT_DECODERS.has(method)) return true;
  const receiver = skipTypeAndChainWrappers(callee.object);
  if ((method === 'verify' || method === 'verifySync') && isAwsJwtVerifier(receiver, sourceCode)) return true;
  return (
    (method === 'decode' || method === 'verify') &&
    receiver.type === AST_NODE_TYPES.Identifier &&
    JWT_LIBRARY.test(receiver.name)
  );
}

/**
 * A verifier of `aws-jwt-verify` (`CognitoJwtVerifier.create({ … })`, `JwtRsaVerifier.create(…)`, in place or bound
 * once): its `verify(token)` answers the token's claims.
 */
function isAwsJwtVerifier(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const value = node.type === AST_NODE_TYPES.Identifier ? boundInitializer(node, sourceCode) : node;
  const call = value === null ? null : skipTypeAndChainWrappers(value);
  if (call?.type !== AST_NODE_TYPES.CallExpression) return false;
  const create = skipTypeAndChainWrappers(call.callee);
  if (create.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(create) !== 'create') return false;
  const module = resolveModuleRef(create.object, sourceCode)?.module;
  return module === 'aws-jwt-verify' || module?.startsWith('aws-jwt-verify/') === true;
}

/** Spreads of objects followed into the objects they spread (`{ ...DEBUG_OPTIONS }`). */
const MAX_SPREAD_DEPTH = 4;

/**
 * The property that gives `object` its key `name` (the last one written), also from an object literal spread into it
 * (`{ ...DEBUG_OPTIONS }` with `const DEBUG_OPTIONS = { logEvent: true }`), with the object literal that holds it;
 * null when no property gives it, or a later spread whose keys the file does not show may.
 */
function ownOrSpreadProperty(
  object: TSESTree.ObjectExpression,
  name: string,
  sourceCode: SourceCode,
  depth: number,
): { property: TSESTree.Property; object: TSESTree.ObjectExpression } | null {
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const property = object.properties[index]!;
    if (property.type !== AST_NODE_TYPES.SpreadElement) {
      if (getPropertyName(property) === name) return { property, object };
      continue;
    }
    const spread = skipTypeWrappers(property.argument);
    const inner =
      spread.type === AST_NODE_TYPES.ObjectExpression
        ? spread
        : spread.type === AST_NODE_TYPES.Identifier
          ? boundObjectLiteral(spread, name, sourceCode)
          : null;
    const found = inner !== null && depth < MAX_SPREAD_DEPTH ? ownOrSpreadProperty(inner, name, sourceCode, depth + 1) : null;
    if (found !== null) return found;
    // Not given by the spread when every key it has is known: the properties before it may give it
    const value = getStaticValue(property.argument, sourceCode);
    if (value.kind === 'object' && !value.hasUnknownKeys && !value.properties.has(name)) continue;
    return null;
  }
  return null;
}

/** The object literal a name is bound to once (`const options = { … }`), its `key` never changed later, or null. */
function boundObjectLiteral(name: TSESTree.Identifier, key: string, sourceCode: SourceCode): TSESTree.ObjectExpression | null {
  const variable = variableOf(name, sourceCode);
  const bound = variable === null ? null : onceBound(variable);
  const init = bound === null || bound.path.length > 0 ? null : skipTypeWrappers(bound.init);
  // `options.logEvent = false` after the literal: what the call reads is not what it says
  return init?.type === AST_NODE_TYPES.ObjectExpression && !mayChangeKey(variable!, key, sourceCode) ? init : null;
}

/**
 * Is the value a name holds given key `key` later, or may it be: a write, update or `delete` of that key or of a
 * computed one (`options.logEvent = false`, `options[name] = x`), or `Object.assign(options, …)`,
 * `Object.defineProperty(options, …)`, `Reflect.set(options, …)`. Other keys' writes leave it (`options.clearState =
 * true`), as do writes deeper down (`options.extra.n++`).
 */
function mayChangeKey(variable: Variable, key: string, sourceCode: SourceCode): boolean {
  for (const reference of variable.references) {
    if (reference.init === true) continue;
    const use = outermostTypeWrapper(reference.identifier as TSESTree.Node);
    const parent = use.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === use) {
      const member = outermostTypeWrapper(parent);
      const holder = member.parent;
      const written =
        (holder?.type === AST_NODE_TYPES.AssignmentExpression && holder.left === member) ||
        holder?.type === AST_NODE_TYPES.UpdateExpression ||
        (holder?.type === AST_NODE_TYPES.UnaryExpression && holder.operator === 'delete');
      if (!written) continue;
      const name = getStaticPropertyName(parent, sourceCode);
      if (name !== null && name !== key) continue;
      // `options.logEvent = true` again keeps what the literal says
      const assigned = holder.type === AST_NODE_TYPES.AssignmentExpression && holder.operator === '=';
      const value = assigned ? getStaticValue(holder.right, sourceCode) : null;
      if (name === key && value?.kind === 'boolean' && value.value) continue;
      return true;
    }
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === use) {
      const callee = skipTypeWrappers(parent.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) continue;
      const owner = skipTypeWrappers(callee.object);
      const method = getPropertyName(callee);
      if (owner.type !== AST_NODE_TYPES.Identifier || !isGlobalIdentifier(owner, sourceCode)) continue;
      if (method !== null && KEY_CHANGING_FUNCTIONS[owner.name]?.includes(method) === true) return true;
    }
  }
  return false;
}

/** The built-ins that may give an object they are handed first a key (`Object.assign(options, { logEvent: false })`). */
const KEY_CHANGING_FUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  Object: ['assign', 'defineProperty', 'defineProperties'],
  Reflect: ['set', 'defineProperty', 'deleteProperty'],
};

function canRemove(property: TSESTree.Property, sourceCode: SourceCode): boolean {
  const object = property.parent as TSESTree.ObjectExpression;
  return sourceCode.getCommentsInside(object).length === 0;
}

/** Remove a property with its comma; a sole property that is a call's last argument takes the argument with it. */
function removeProperty(
  fixer: TSESLint.RuleFixer,
  object: TSESTree.ObjectExpression,
  property: TSESTree.Property,
  sourceCode: SourceCode,
): TSESLint.RuleFix | TSESLint.RuleFix[] {
  if (object.properties.length > 1) {
    // Beside others: with its own line when it has one, commas kept tidy (remove-properties.ts)
    const fixes = removeProperties(sourceCode, fixer, object, [property]);
    if (fixes.length > 0) return fixes;
  }
  if (object.properties.length === 1) {
    const call = object.parent;
    if (
      call?.type === AST_NODE_TYPES.CallExpression &&
      call.arguments[call.arguments.length - 1] === object &&
      call.callee !== object
    ) {
      // `f(logger, ({ logEvent: true }))`: with the parentheses around it
      const [start, end] = parenthesizedRange(object, sourceCode);
      const before = sourceCode.getTokenBefore({ range: [start, end] } as TSESTree.Node);
      if (before !== null && before.value === ',') return fixer.removeRange([before.range[0], end]);
      return fixer.removeRange([start, end]);
    }
    return fixer.replaceText(object, '{}');
  }
  const after = sourceCode.getTokenAfter(property);
  if (after !== null && after.value === ',') {
    const next = sourceCode.getTokenAfter(after);
    return fixer.removeRange([property.range[0], next === null ? after.range[1] : next.range[0]]);
  }
  const before = sourceCode.getTokenBefore(property);
  if (before !== null && before.value === ',') return fixer.removeRange([before.range[0], property.range[1]]);
  return fixer.remove(property);
}

// ---------------------------------------------------------------------------------------------------------------
// Event parameters

interface EventBinding {
  /** Path of this variable under the event (`[]` for the event itself, `['headers']` for `{ headers }`). */
  path: string[];
  /** How to name the event in messages: the parameter's name, or `event` when destructured. */
  rootText: string;
  /** A rest element (`({ body, ...rest }) => …`): the keys picked out of the object at `path`. */
  rest?: ReadonlySet<string>;
  /** The handler. */
  fn: FunctionLike;
  /**
   * Writes that give the variable another value (`event = normalise(event)`): a read they may precede holds what
   * they wrote (see `Scanner.rewrittenSource`).
   */
  rewrites: RewriteSummary | null;
  /** The top-level keys of the event's sensitive parts, by its declared `aws-lambda` type (see `eventKeysOf`). */
  keys: readonly string[];
}

/** Where a variable's rewrites sit, read once per variable for `rewrittenBefore`. */
interface RewriteSummary {
  /** Where the first one takes effect: the end of its assignment (its value's reads come before it). */
  first: number;
  /** One sits in a function nested in the handler (it may run at any time). */
  nested: boolean;
  /** The ranges of the handler's loops that hold one (their next turn reads the new value). */
  loops: readonly (readonly [number, number])[];
}

function summariseRewrites(rewrites: readonly TSESTree.Node[], fn: FunctionLike): RewriteSummary | null {
  if (rewrites.length === 0) return null;
  const summary = { first: Infinity, nested: false, loops: [] as (readonly [number, number])[] };
  for (const write of rewrites) {
    const assignment = write.parent;
    const done = assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === write ? assignment : write;
    summary.first = Math.min(summary.first, done.range[1]);
    if (enclosingFunction(write, Infinity) !== fn) summary.nested = true;
    for (let node: TSESTree.Node | undefined = write.parent; node !== undefined && node !== fn; node = node.parent) {
      if (LOOP_TYPES.has(node.type)) summary.loops.push(node.range);
    }
  }
  return summary;
}

/** A function of the file that Lambda's event reaches, and the argument it takes it as. */
interface EventReceiver {
  fn: FunctionLike;
  eventIndex: number;
  /** The event is a member of that parameter, not the parameter: middy's `request.event` (`['event']`). */
  under?: readonly string[];
}

/**
 * The functions the event reaches: each handler's (its first argument, or the second after a payload), and the hooks
 * of a serverless-http adapter that a handler is (`serverless(app, { request(request, event, context) {…},
 * response(response, event, context) {…} })`: the adapter hands them the event as their second argument).
 */
function eventReceivers(
  handlers: readonly LambdaHandler[],
  sourceCode: SourceCode,
  terms: readonly string[],
  scheduled: ReadonlySet<string>,
): EventReceiver[] {
  const receivers: EventReceiver[] = [];
  for (const handler of handlers) {
    // A payload its wrapper took out of the event (Architect's `subscribe`) is data the code chose to send, as is
    // what Powertools' parser hands the handler from a schema of the project's own
    const payload = handler.payload || parsesPayload(handler, sourceCode, terms);
    const schedule = isScheduleHandler(handler, scheduled, sourceCode);
    if (handler.fn !== null && !payload && !schedule && !takesScalarFieldsEvent(handler.fn, sourceCode)) {
      receivers.push({ fn: handler.fn, eventIndex: handler.eventIndex });
    }
    for (const wrapper of handler.wrappers) {
      for (const hook of serverlessHttpHooks(wrapper, sourceCode)) receivers.push({ fn: hook, eventIndex: 1 });
      // A middy chain's middlewares of the file: each hook gets middy's request, the event at `request.event`
      if (payload || schedule) continue;
      for (const hook of middyHooks(wrapper, sourceCode)) receivers.push({ fn: hook, eventIndex: 0, under: MIDDY_EVENT_PATH });
    }
  }
  return receivers;
}

const MIDDY_EVENT_PATH: readonly string[] = ['event'];
/** The hooks of a middy middleware object, and the chain methods that take one hook. */
const MIDDY_HOOKS: ReadonlySet<string> = new Set(['before', 'after', 'onError']);
/** Names and calls followed to a middleware object. */
const MAX_MIDDLEWARE_HOPS = 4;

/**
 * The functions of the file a middy chain call runs with middy's request: `.use(middleware)` with an object of
 * `before` / `after` / `onError` hooks written there, bound to a name, or returned by a function of the file
 * (`const logRequest = () => ({ before: async (request) => … })`, `.use(logRequest())`; a list of them too), and
 * `.before(fn)` / `.after(fn)` / `.onError(fn)`. A middleware of another module is not read.
 */
function middyHooks(call: TSESTree.CallExpression, sourceCode: SourceCode): FunctionLike[] {
  const callee = skipTypeAndChainWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const method = getPropertyName(callee);
  const argument = call.arguments[0];
  if (method === null || argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return [];
  if (MIDDY_HOOKS.has(method)) {
    const fn = functionOf(argument, sourceCode);
    return fn === null ? [] : [fn];
  }
  if (method !== 'use') return [];
  const hooks: FunctionLike[] = [];
  const collect = (node: TSESTree.Node, hops: number): void => {
    let value: TSESTree.Node | null = skipTypeAndChainWrappers(node);
    if (value.type === AST_NODE_TYPES.Identifier) value = boundInitializer(value, sourceCode);
    if (value === null || hops > MAX_MIDDLEWARE_HOPS) return;
    value = skipTypeAndChainWrappers(value);
    if (value.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of value.elements) if (element !== null && element.type !== AST_NODE_TYPES.SpreadElement) collect(element, hops + 1);
      return;
    }
    if (value.type === AST_NODE_TYPES.CallExpression) {
      const maker = functionOf(value.callee, sourceCode);
      const made = maker === null ? null : singleReturnedValue(maker);
      if (made !== null) collect(made, hops + 1);
      return;
    }
    if (value.type !== AST_NODE_TYPES.ObjectExpression) return;
    for (const property of value.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
      const name = getPropertyName(property);
      const fn = name !== null && MIDDY_HOOKS.has(name) ? functionOf(property.value, sourceCode) : null;
      if (fn !== null) hooks.push(fn);
    }
  };
  collect(argument, 0);
  return hooks;
}

/** A schedule's handler: by its event's type, or by the config that runs the function only on schedules. */
function isScheduleHandler(handler: LambdaHandler, scheduled: ReadonlySet<string>, sourceCode: SourceCode): boolean {
  return scheduled.has(handler.exportName) || (handler.fn !== null && takesScheduleEvent(handler.fn, sourceCode));
}

/** `aws-lambda`'s types of a Secrets Manager rotation function: its event holds no secret (see `takesScheduleEvent`). */
const ROTATION_EVENT = 'SecretsManagerRotationEvent';
const ROTATION_HANDLER = 'SecretsManagerRotationHandler';

/**
 * Is the handler's event typed as a schedule's (`aws-lambda`'s `ScheduledEvent`, or `EventBridgeEvent<'Scheduled
 * Event', …>`)? EventBridge writes every field of it (the rule's time, account, region, the rule's ARN and the input
 * the rule was configured with): no caller sends one, so the whole of it holds nothing of anyone's. So is a CDK
 * provider's request (`CdkCustomResourceEvent`): no presigned URL, properties from the stack's template; and
 * Secrets Manager's rotation request (`SecretsManagerRotationEvent`): the secret's ARN, the new version's id and the
 * step, never the secret.
 */
function takesScheduleEvent(fn: FunctionLike, sourceCode: SourceCode): boolean {
  const param = functionParams(fn)[0];
  if (param?.type !== AST_NODE_TYPES.Identifier) return false;
  const type = parameterType(param);
  if (type === undefined) {
    // `export const handler: ScheduledHandler = async (event) => …`: the handler's own type says what it gets
    const handlerType = handlerTypeOf(fn);
    const handlerName = awsLambdaTypeNameOf(handlerType, sourceCode);
    if (handlerType?.type !== AST_NODE_TYPES.TSTypeReference || handlerName === null) return false;
    if (handlerName === ROTATION_HANDLER) return true;
    const handlerArguments = handlerType.typeArguments?.params ?? [];
    const schedule =
      (handlerName === 'ScheduledHandler' && handlerArguments.length === 0) ||
      (handlerName === 'EventBridgeHandler' && isScheduledDetailType(handlerArguments[0]));
    return schedule && readsEnvelopeOnly(param, fn, sourceCode);
  }
  // `ScheduledEvent | LocalTestEvent`: a schedule's event, or one of the module's own types for local runs (only
  // the schedule's reaches the deployed function); any other member (another AWS event, an import) keeps it followed
  if (type.type === AST_NODE_TYPES.TSUnionType) {
    const schedule =
      type.types.some((member) => isScheduleEventType(member, sourceCode)) &&
      type.types.every((member) => isScheduleEventType(member, sourceCode) || isModuleOwnType(member, sourceCode));
    return schedule && readsEnvelopeOnly(param, fn, sourceCode);
  }
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
  if (awsLambdaTypeNameOf(type, sourceCode) === ROTATION_EVENT) return true;
  // A CDK provider's request: the framework hands its handlers the CloudFormation request with its presigned
  // `ResponseURL` already replaced by `'...'` (the type says so), properties the stack's own template holds
  if (isCdkProviderRequestType(type, sourceCode)) return !readsResponseUrl(param, fn, sourceCode);
  return isScheduleEventType(type, sourceCode) && readsEnvelopeOnly(param, fn, sourceCode);
}

/**
 * `aws-lambda`'s bare `ScheduledEvent`, or `EventBridgeEvent<'Scheduled Event', …>`. `ScheduledEvent` is often
 * written for any EventBridge event (a CloudTrail API call's, whose detail holds the caller's identity and request):
 * taken for a schedule only bare (`ScheduledEvent<Detail>` declares a detail), and by the caller only when the code
 * reads nothing of it but the envelope.
 */
function isScheduleEventType(type: TSESTree.TypeNode, sourceCode: SourceCode): boolean {
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
  const name = awsLambdaTypeNameOf(type, sourceCode);
  const typeArguments = type.typeArguments?.params ?? [];
  if (name === 'ScheduledEvent') return typeArguments.length === 0;
  return name === 'EventBridgeEvent' && isScheduledDetailType(typeArguments[0]);
}

/**
 * A type of the module's own for a local run: written in place (`{ dryRun: boolean }`), `undefined`, or an interface
 * (extending nothing) or an object type alias the module declares, none of them declaring a part of a request
 * (`declaresRequestParts`). An alias of another type (`type Input = APIGatewayProxyEvent`) is not.
 */
function isModuleOwnType(type: TSESTree.TypeNode, sourceCode: SourceCode): boolean {
  if (type.type === AST_NODE_TYPES.TSUndefinedKeyword) return true;
  const members = ownObjectTypeMembers(type, sourceCode);
  return members !== null && !declaresRequestParts(members);
}

/**
 * The members of an object type of the module's own: written in place (`{ dryRun: boolean }`), or an interface
 * extending nothing or a type alias of an object type the module declares (not one with type arguments). Null for
 * any other type.
 */
function ownObjectTypeMembers(
  type: TSESTree.TypeNode | undefined,
  sourceCode: SourceCode,
): readonly TSESTree.TypeElement[] | null {
  let written = type;
  if (written?.type === AST_NODE_TYPES.TSTypeReference) {
    if (written.typeArguments != null) return null;
    const declared = localTypeDeclaration(written, sourceCode);
    if (declared?.type === AST_NODE_TYPES.TSInterfaceDeclaration) {
      return declared.extends.length === 0 ? declared.body.body : null;
    }
    written = declared?.typeAnnotation;
  }
  return written?.type === AST_NODE_TYPES.TSTypeLiteral ? written.members : null;
}

/**
 * Does a type declare a part of an event that carries a caller's data (`headers`, `body`, `requestContext`,
 * `Records`, `detail`, …)? Then it is some service's event written out (a copy of `APIGatewayProxyEvent`), not a
 * local run's input.
 */
function declaresRequestParts(members: readonly TSESTree.TypeElement[]): boolean {
  return members.some((member) => {
    if (member.type !== AST_NODE_TYPES.TSPropertySignature) return false;
    const name = getPropertyName(member);
    return name === null || REQUEST_PART_NAMES.has(name);
  });
}

const REQUEST_PART_NAMES: ReadonlySet<string> = new Set([
  'headers',
  'multiValueHeaders',
  'body',
  'requestContext',
  'queryStringParameters',
  'multiValueQueryStringParameters',
  'pathParameters',
  'cookies',
  'rawQueryString',
  'Records',
  'detail',
  'request',
]);

/**
 * Is the handler's event typed as an object of the project's own whose every field is a boolean or a number
 * (`type Input = { operationSuccessful: boolean }`, a Step Functions task's input): written in place or as a type
 * alias or interface of the module? Such an event holds no text, so nothing a caller could hide a secret in. A field
 * of any other type (`{ path: any }`, a string, an object) keeps the event followed.
 */
function takesScalarFieldsEvent(fn: FunctionLike, sourceCode: SourceCode): boolean {
  const members = ownObjectTypeMembers(parameterType(functionParams(fn)[0]), sourceCode);
  return members !== null && hasScalarFieldsOnly(members);
}

/** At least one member, and every member a property of a boolean or number type (`Boolean`, `1`, `true | false`). */
function hasScalarFieldsOnly(members: readonly TSESTree.TypeElement[]): boolean {
  return (
    members.length > 0 &&
    members.every(
      (member) =>
        member.type === AST_NODE_TYPES.TSPropertySignature &&
        member.typeAnnotation !== undefined &&
        isScalarType(member.typeAnnotation.typeAnnotation),
    )
  );
}

function isScalarType(type: TSESTree.TypeNode): boolean {
  switch (type.type) {
    case AST_NODE_TYPES.TSBooleanKeyword:
    case AST_NODE_TYPES.TSNumberKeyword:
      return true;
    case AST_NODE_TYPES.TSLiteralType:
      return type.literal.type === AST_NODE_TYPES.Literal && typeof type.literal.value !== 'string';
    case AST_NODE_TYPES.TSUnionType:
      return type.types.every(isScalarType);
    case AST_NODE_TYPES.TSTypeReference:
      return (
        type.typeName.type === AST_NODE_TYPES.Identifier &&
        (type.typeName.name === 'Boolean' || type.typeName.name === 'Number')
      );
    default:
      return false;
  }
}

/** `'Scheduled Event'` as a literal type (EventBridge's detail type of a schedule). */
function isScheduledDetailType(type: TSESTree.TypeNode | undefined): boolean {
  return (
    type?.type === AST_NODE_TYPES.TSLiteralType &&
    type.literal.type === AST_NODE_TYPES.Literal &&
    type.literal.value === 'Scheduled Event'
  );
}

/** The type annotation of the `const` a function is bound to (`const handler: ScheduledHandler = …`). */
function handlerTypeOf(fn: FunctionLike): TSESTree.TypeNode | undefined {
  const declarator = fn.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== fn) return undefined;
  return declarator.id.type === AST_NODE_TYPES.Identifier ? declarator.id.typeAnnotation?.typeAnnotation : undefined;
}

/**
 * `aws-lambda`'s `CdkCustomResourceEvent` / `CdkCustomResourceIsCompleteEvent`, or aws-cdk-lib's global
 * `AWSCDKAsyncCustomResource.OnEventRequest` / `IsCompleteRequest`: the requests CDK's provider framework hands its
 * `onEvent` and `isComplete` handlers.
 */
function isCdkProviderRequestType(type: TSESTree.TSTypeReference, sourceCode: SourceCode): boolean {
  const name = awsLambdaTypeNameOf(type, sourceCode);
  if (name !== null) return CDK_PROVIDER_EVENT_TYPES.has(name);
  const typeName = type.typeName;
  return (
    typeName.type === AST_NODE_TYPES.TSQualifiedName &&
    typeName.left.type === AST_NODE_TYPES.Identifier &&
    typeName.left.name === 'AWSCDKAsyncCustomResource' &&
    CDK_PROVIDER_REQUEST_TYPES.has(typeName.right.name)
  );
}

/** aws-cdk-lib's global namespace `AWSCDKAsyncCustomResource`: its request types. */
const CDK_PROVIDER_REQUEST_TYPES: ReadonlySet<string> = new Set(['OnEventRequest', 'IsCompleteRequest']);

/**
 * Does the code read `event.ResponseURL` (to answer CloudFormation itself: then the type is a claim the deployment
 * does not keep, and the URL is a presigned one)?
 */
function readsResponseUrl(param: TSESTree.Identifier, fn: FunctionLike, sourceCode: SourceCode): boolean {
  const variable = parameterVariable(param, fn, sourceCode);
  if (variable === undefined) return true;
  return variable.references.some((reference) => {
    const use = outermostTypeWrapper(reference.identifier as TSESTree.Node);
    const parent = use.parent;
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== use) return false;
    return getPropertyName(parent) === 'ResponseURL';
  });
}

/** `aws-lambda`'s types of the events CDK's provider framework hands its `onEvent` and `isComplete` handlers. */
const CDK_PROVIDER_EVENT_TYPES: ReadonlySet<string> = new Set([
  'CdkCustomResourceEvent',
  'CdkCustomResourceIsCompleteEvent',
]);

/**
 * Is every use of the event parameter a read of an envelope field (`event.time`, `event.resources`), or the event
 * whole (also inside object and array literals) in `JSON.stringify(…)` or a log call (`console.log`,
 * `logger.debug`)? Its `detail`, or the event handed to another function, says it is an event whose detail matters
 * (a schedule's is `{}`).
 */
function readsEnvelopeOnly(param: TSESTree.Identifier, fn: FunctionLike, sourceCode: SourceCode): boolean {
  const variable = parameterVariable(param, fn, sourceCode);
  if (variable === undefined) return false;
  return variable.references.every((reference) => {
    let use = outermostTypeWrapper(reference.identifier as TSESTree.Node);
    if (use.parent?.type === AST_NODE_TYPES.MemberExpression && use.parent.object === use) {
      const field = getPropertyName(use.parent);
      return field !== null && SCHEDULE_ENVELOPE_FIELDS.has(field);
    }
    // `{ message: 'tick', event }`, `[event]`: followed out to what takes the literal
    for (let depth = 0; depth < MAX_HOPS && use.parent !== undefined; depth++) {
      const holder = use.parent;
      const held =
        (holder.type === AST_NODE_TYPES.Property && holder.value === use) ||
        holder.type === AST_NODE_TYPES.ArrayExpression;
      if (!held) break;
      use = holder.type === AST_NODE_TYPES.Property ? holder.parent : holder;
    }
    // `JSON.stringify(event)` (or a template holding it), as an argument of a log call
    let parent = use.parent;
    const call = parent?.type === AST_NODE_TYPES.CallExpression && parent.callee !== use ? parent : null;
    if (call !== null && isJsonStringify(call, sourceCode)) {
      use = call;
      parent = use.parent;
      if (parent?.type === AST_NODE_TYPES.TemplateLiteral) {
        use = parent;
        parent = use.parent;
      }
    }
    return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee !== use && isPlainLogCall(parent);
  });
}

/** `console.log(…)`, `logger.debug(…)`: a level method on `console` or on a receiver named as a logger. */
function isPlainLogCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getPropertyName(callee);
  if (method === null || !ENVELOPE_LOG_METHODS.has(method)) return false;
  const receiver = simpleName(skipTypeWrappers(callee.object));
  return receiver === 'console' || endsInLogWord(receiver);
}

/** Methods that write what they are given (console's and every logger's levels). */
const ENVELOPE_LOG_METHODS: ReadonlySet<string> = new Set(['log', 'trace', 'debug', 'info', 'warn', 'error', 'fatal']);

/**
 * The fields EventBridge writes on every event, a schedule's included (its `detail` is `{}`); not `source` nor
 * `detail-type`: a schedule's code has no need to tell what kind of event it got.
 */
const SCHEDULE_ENVELOPE_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'version',
  'account',
  'time',
  'region',
  'resources',
]);

/**
 * Does Powertools' parser (`@parser({ schema })` on a class handler's method, `.use(parser({ schema }))` in a middy
 * chain) hand the handler a payload that holds nothing sensitive rather than the event? Only for a schema written in
 * the file as a zod object whose keys (at every depth) are neither parts of an event that carry caller data
 * (`headers`, `body`, `requestContext`, …) nor named like secrets: zod's objects keep only the keys they declare.
 * Not with `safeParse` (the handler then gets the original event too), nor for a schema built on Powertools' event
 * schemas, imported, open to other keys (`passthrough`, `catchall`, `z.any()`, `z.record(…)`), or options the rule
 * cannot read.
 */
function parsesPayload(handler: LambdaHandler, sourceCode: SourceCode, terms: readonly string[]): boolean {
  const calls: TSESTree.Node[] = handler.decorators.map((decorator) => decorator.expression);
  for (const wrapper of handler.wrappers) calls.push(...wrapper.arguments);
  for (const node of calls) {
    const call = skipTypeWrappers(node);
    if (call.type !== AST_NODE_TYPES.CallExpression) continue;
    const ref = resolveCallee(call, sourceCode);
    if (ref === null || !POWERTOOLS_PARSER_MODULES.has(ref.module) || ref.path.join('.') !== 'parser') continue;
    const options = call.arguments[0] === undefined ? null : skipTypeWrappers(call.arguments[0]);
    if (options?.type !== AST_NODE_TYPES.ObjectExpression) return false;
    let schema: TSESTree.Node | null = null;
    for (const property of options.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed) return false;
      const name = getPropertyName(property);
      if (name === 'safeParse' && !(property.value.type === AST_NODE_TYPES.Literal && property.value.value === false)) {
        return false;
      }
      if (name === 'schema') schema = property.value;
    }
    if (schema === null) return false;
    if (isHarmlessZodObject(schema, sourceCode, terms, 0)) return true;
    // A schema of another module of the project, which the rule cannot read: the handler's own word for what it
    // gets (`event: Order`, a type of the project), not a Lambda event type, `any` or nothing
    return isProjectImport(schema, sourceCode) && handler.fn !== null && declaresProjectType(handler.fn, sourceCode);
  }
  return false;
}

/** A name imported from a relative module (`./schema.js`): the project's own. */
function isProjectImport(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const value = skipTypeWrappers(node);
  if (value.type !== AST_NODE_TYPES.Identifier) return false;
  return resolveModuleRef(value, sourceCode)?.module.startsWith('.') === true;
}

/**
 * The function's first parameter is declared with a named type of the project (`event: Order`: an interface or
 * alias of the file, or a type imported from a relative module), not one of `aws-lambda` or Powertools.
 */
function declaresProjectType(fn: FunctionLike, sourceCode: SourceCode): boolean {
  const first = functionParams(fn)[0];
  const param = first?.type === AST_NODE_TYPES.AssignmentPattern ? first.left : first;
  const annotation =
    param !== undefined && 'typeAnnotation' in param ? param.typeAnnotation?.typeAnnotation : undefined;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference || annotation.typeName.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  if (localTypeDeclaration(annotation, sourceCode) !== null) return true;
  return resolveModuleRef(annotation.typeName, sourceCode)?.module.startsWith('.') === true;
}

const POWERTOOLS_PARSER_MODULES: ReadonlySet<string> = new Set([
  '@aws-lambda-powertools/parser',
  '@aws-lambda-powertools/parser/middleware',
]);
/** How deep nested zod types are read. */
const MAX_SCHEMA_DEPTH = 8;
/**
 * Top-level keys of events whose values carry caller data (the roots of SENSITIVE_EVENT_PATHS; not `Records`, which
 * queues and streams hand their records in as well as CloudFront).
 */
const SENSITIVE_EVENT_ROOTS: ReadonlySet<string> = new Set(
  SENSITIVE_EVENT_PATHS.filter((path) => !EDGE_EVENT_PATHS.includes(path)).map((path) => path.split('.')[0]!),
);
/** zod types and methods that take any value, or keys the schema does not name. */
const OPEN_ZOD_TYPES: ReadonlySet<string> = new Set([
  'any',
  'unknown',
  'record',
  'map',
  'custom',
  'passthrough',
  'catchall',
  'looseObject',
]);
/** Methods after `z.object({ … })` that keep its keys as they are. */
const SAME_KEYS_METHODS: ReadonlySet<string> = new Set(['strict', 'strip', 'describe', 'readonly']);

/**
 * `z.object({ id: z.number(), items: z.array(z.object({ sku: z.string() })) })`, zod bound by its import, written
 * in place or bound to a `const` of the file, with every key harmless (see `parsesPayload`).
 */
function isHarmlessZodObject(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  terms: readonly string[],
  depth: number,
): boolean {
  if (depth > MAX_SCHEMA_DEPTH) return false;
  let value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Identifier) {
    const init = boundInitializer(value, sourceCode);
    if (init === null) return false;
    value = skipTypeWrappers(init);
  }
  // `z.object({ … }).strict()`
  while (value.type === AST_NODE_TYPES.CallExpression && value.callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getPropertyName(value.callee);
    if (method === 'object') break;
    if (method === null || !SAME_KEYS_METHODS.has(method)) return false;
    value = skipTypeWrappers(value.callee.object);
  }
  if (value.type !== AST_NODE_TYPES.CallExpression || value.callee.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  if (resolveModuleRef(value.callee.object, sourceCode)?.module !== 'zod') return false;
  const shape = value.arguments[0] === undefined ? null : skipTypeWrappers(value.arguments[0]);
  if (shape?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return shape.properties.every((property) => {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) return false;
    const key = getPropertyName(property);
    if (key === null || SENSITIVE_EVENT_ROOTS.has(key) || matchSensitiveName(key, terms) !== null) return false;
    return isHarmlessZodType(property.value, sourceCode, terms, depth + 1);
  });
}

/** A zod type that holds nothing its schema does not name: no open type in it, nested objects harmless. */
function isHarmlessZodType(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  terms: readonly string[],
  depth: number,
): boolean {
  if (depth > MAX_SCHEMA_DEPTH) return false;
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Identifier) return isHarmlessZodObject(value, sourceCode, terms, depth);
  if (value.type !== AST_NODE_TYPES.CallExpression || value.callee.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  const method = getPropertyName(value.callee);
  if (method === null || OPEN_ZOD_TYPES.has(method)) return false;
  if (method === 'object') return isHarmlessZodObject(value, sourceCode, terms, depth);
  // `z.array(item)`, `z.string().optional()`: the receiver (zod itself, or a type) and every argument that is a type
  const receiver = skipTypeWrappers(value.callee.object);
  if (receiver.type !== AST_NODE_TYPES.Identifier && !isHarmlessZodType(receiver, sourceCode, terms, depth + 1)) {
    return false;
  }
  // `z.union([z.string(), z.number()])`: the elements of an array argument too
  const types: (TSESTree.Node | null)[] = [];
  for (const argument of value.arguments) {
    const inner = skipTypeWrappers(argument);
    if (inner.type === AST_NODE_TYPES.ArrayExpression) types.push(...inner.elements);
    else types.push(inner);
  }
  return types.every(
    (type) =>
      type === null ||
      type.type !== AST_NODE_TYPES.CallExpression ||
      isHarmlessZodType(type, sourceCode, terms, depth + 1),
  );
}

/** serverless-http's options that are hooks called with the event: `(request | response, event, context)`. */
const SERVERLESS_HTTP_HOOKS: ReadonlySet<string> = new Set(['request', 'response']);

/** The `request` / `response` hooks of a `serverless(app, options)` call of serverless-http (bound by import). */
function serverlessHttpHooks(call: TSESTree.CallExpression, sourceCode: SourceCode): FunctionLike[] {
  const optionsNode = call.arguments[1];
  const options = optionsNode === undefined ? null : skipTypeWrappers(optionsNode);
  if (options?.type !== AST_NODE_TYPES.ObjectExpression) return [];
  const ref = resolveCallee(call, sourceCode);
  if (ref?.module !== 'serverless-http' || ref.path.length > (ref.path[0] === 'default' ? 1 : 0)) return [];
  const hooks: FunctionLike[] = [];
  for (const property of options.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const name = getPropertyName(property);
    const fn = name !== null && SERVERLESS_HTTP_HOOKS.has(name) ? functionOf(property.value, sourceCode) : null;
    if (fn !== null) hooks.push(fn);
  }
  return hooks;
}

/**
 * The variables the event is bound to in the receivers, and the parameters that hold it as a member (middy's
 * `request`, whose `event` is the event: `containers`, with that path).
 */
function eventVariables(
  receivers: readonly EventReceiver[],
  sourceCode: SourceCode,
): { bindings: Map<Variable, EventBinding>; containers: Map<Variable, readonly string[]> } {
  const bindings = new Map<Variable, EventBinding>();
  const containers = new Map<Variable, readonly string[]>();
  for (const { fn, eventIndex, under } of receivers) {
    const param = functionParams(fn)[eventIndex];
    const pattern = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
    if (pattern === undefined) continue;
    if (pattern.type !== AST_NODE_TYPES.Identifier && pattern.type !== AST_NODE_TYPES.ObjectPattern) continue;
    const rootText = under === undefined && pattern.type === AST_NODE_TYPES.Identifier ? pattern.name : 'event';
    const keys = under === undefined ? eventKeysOf(parameterType(pattern), sourceCode) : SENSITIVE_EVENT_KEYS;
    for (const variable of sourceCode.getDeclaredVariables(fn)) {
      // A rewritten event is still the event where it is read before the write (see `rewrittenBefore`)
      const position = parameterPosition(variable, sourceCode, true);
      if (position === null || position.index !== eventIndex) continue;
      let path = position.path;
      if (under !== undefined) {
        // `(request) => …`: the request, which holds the event; `({ event }) => …`: the event itself
        if (path.length === 0 && position.rest === undefined) {
          containers.set(variable, under);
          continue;
        }
        if (path.length < under.length || under.some((key, index) => path[index] !== key)) continue;
        path = path.slice(under.length);
      }
      const rewrites = summariseRewrites(rewritingWrites(variable, sourceCode), fn);
      bindings.set(variable, { path, rootText, rest: position.rest, fn, rewrites, keys });
    }
  }
  return { bindings, containers };
}

/**
 * Where a parameter variable sits among its function's arguments: the argument's index and the path inside it
 * (`[]` for `(event)`, `['headers']` for `({ headers })`, a rest's path and picked keys for `({ body, ...rest })`).
 * Null for anything else, and (unless `rewritesAllowed`) for a parameter the function writes again (`event = { id:
 * event.id }`: no longer the argument).
 */
function parameterPosition(
  variable: Variable,
  sourceCode: SourceCode,
  rewritesAllowed = false,
): { fn: FunctionLike; index: number; path: string[]; rest?: ReadonlySet<string> } | null {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def === undefined || def.type !== 'Parameter' || !isFunctionLike(def.node)) {
    return null;
  }
  if (!rewritesAllowed && rewritingWrites(variable, sourceCode).length > 0) return null;
  const fn = def.node;
  const name = def.name as TSESTree.Node;
  const params = functionParams(fn);
  const index = params.findIndex((param) => param.range[0] <= name.range[0] && name.range[1] <= param.range[1]);
  if (index === -1) return null;
  const param = params[index]!;
  const pattern = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  if (pattern === name) return { fn, index, path: [] };
  const path = patternPath(pattern, name);
  if (path !== null) return { fn, index, path };
  const rest = restOf(name, pattern);
  return rest === null ? null : { fn, index, path: rest.path, rest: rest.picked };
}

/**
 * A plain parameter (`data`, also with a default) or a rest parameter (`...args`) of a function, never written again:
 * the function and the argument index it takes (from which a rest one takes every argument). Null otherwise
 * (destructured, reassigned).
 */
function handedParameter(
  variable: Variable,
  sourceCode: SourceCode,
): { fn: FunctionLike; index: number; rest: boolean } | null {
  const position = parameterPosition(variable, sourceCode);
  if (position !== null) {
    return position.path.length === 0 && position.rest === undefined
      ? { fn: position.fn, index: position.index, rest: false }
      : null;
  }
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def?.type !== 'Parameter' || !isFunctionLike(def.node)) return null;
  const element = (def.name as TSESTree.Node).parent;
  if (element?.type !== AST_NODE_TYPES.RestElement || element.argument !== def.name) return null;
  const index = functionParams(def.node).indexOf(element);
  if (index === -1 || rewritingWrites(variable, sourceCode).length > 0) return null;
  return { fn: def.node, index, rest: true };
}

/** The writes of a parameter that give it another value: not its default, not a parse or default of itself. */
function rewritingWrites(variable: Variable, sourceCode: SourceCode): TSESTree.Node[] {
  const writes: TSESTree.Node[] = [];
  for (const reference of variable.references) {
    if (reference.isWrite() && !isDefaultValue(reference.identifier) && !keepsValue(reference, variable, sourceCode)) {
      writes.push(reference.identifier);
    }
  }
  return writes;
}

/**
 * May one of `binding`'s rewrites run before `use` reads the parameter? Not when they all come after the read in the
 * source, sit in the handler itself (a nested function may run at any time) and no loop of the handler holds both
 * (its next turn reads the new value).
 */
function rewrittenBefore(binding: EventBinding, use: TSESTree.Node): boolean {
  const rewrites = binding.rewrites;
  if (rewrites === null) return false;
  if (rewrites.nested || rewrites.first <= use.range[0] || enclosingFunction(use, Infinity) !== binding.fn) return true;
  return rewrites.loops.some(([start, end]) => start <= use.range[0] && use.range[1] <= end);
}

/**
 * `{ a, b: { c }, ...rest }`: for the `rest` identifier, the path of its object pattern inside `pattern` and the keys
 * picked out next to it; null for anything else (a computed key: what is left is unknown).
 */
function restOf(name: TSESTree.Node, pattern: TSESTree.Node): { path: string[]; picked: ReadonlySet<string> } | null {
  const element = name.parent;
  if (element?.type !== AST_NODE_TYPES.RestElement || element.argument !== name) return null;
  const object = element.parent;
  if (object?.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const path = patternPath(pattern, object);
  if (path === null) return null;
  const picked = new Set<string>();
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.RestElement) continue;
    const key = getPropertyName(property);
    if (key === null) return null;
    picked.add(key);
  }
  return { path, picked };
}

/** A key whose last word says its value measures something: `tokenCount`, `body_length`, `size`. */
function isMeasureKey(key: string): boolean {
  return endsInWordOf(key, MEASURE_WORDS);
}

/**
 * A write that leaves the variable holding what it held, parsed or defaulted: `event = JSON.parse(event)`,
 * `event = event || {}`, `event = typeof event === 'string' ? JSON.parse(event) : event`.
 */
function keepsValue(reference: TSESLint.Scope.Reference, variable: Variable, sourceCode: SourceCode): boolean {
  const assignment = reference.identifier.parent;
  if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression) return false;
  if (assignment.left !== reference.identifier) return false;
  const derived = (node: TSESTree.Node, depth: number): boolean => {
    const target = skipTypeAndChainWrappers(node);
    if (depth > 4) return false;
    switch (target.type) {
      case AST_NODE_TYPES.Identifier:
        return variable.references.some((other) => other.identifier === target);
      case AST_NODE_TYPES.AwaitExpression:
        return derived(target.argument, depth + 1);
      case AST_NODE_TYPES.CallExpression: {
        const argument = target.arguments[0];
        if (!isJsonParse(target, sourceCode) || argument === undefined) return false;
        return argument.type !== AST_NODE_TYPES.SpreadElement && derived(argument, depth + 1);
      }
      case AST_NODE_TYPES.LogicalExpression:
        return derived(target.left, depth + 1) && isEmptyValue(target.right);
      case AST_NODE_TYPES.ConditionalExpression:
        return derived(target.consequent, depth + 1) && derived(target.alternate, depth + 1);
      default:
        return false;
    }
  };
  return assignment.operator === '=' ? derived(assignment.right, 0) : false;
}

/** The write of a parameter default (`(event = {}) => …`) is not a reassignment. */
function isDefaultValue(identifier: TSESTree.Node): boolean {
  const parent = identifier.parent;
  return parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === identifier;
}

// ---------------------------------------------------------------------------------------------------------------
// Scanning logged values

interface Source {
  root: 'event' | 'process';
  rootText: string;
  path: string[];
  /** The rest of the object at `path` (`const { body, ...meta } = event`): the keys picked out of it. */
  rest?: ReadonlySet<string>;
  /** `JSON.parse(event.body)`: the body's content, parsed into an object (as text: `[object Object]`). */
  parsed?: boolean;
  /** `new URLSearchParams(event.body)`: serialised as JSON it is `{}` (its fields are no own properties). */
  searchParams?: boolean;
  /** For the event: the top-level keys of its sensitive parts, by its declared type (see `eventKeysOf`). */
  eventKeys?: readonly string[];
  /**
   * One value of the object at `path` in turn, as a loop over it reads them (`process.env[key]`, `value` of
   * `Object.entries(event.headers)`): a reviewer sees the object's values logged, and as text each one prints
   * itself (see `EACH_VALUE_IS_TEXT`).
   */
  each?: boolean;
}

interface Item {
  node: TSESTree.Node;
  /** The identifier in the log call this value was reached through (`data` in `log(data)`), else null. */
  via: TSESTree.Identifier | null;
  hops: number;
  /** The value of a key that says it is a measure (`tokenCount`): its own name is not reported. */
  measured?: boolean;
  /**
   * Spread into an object whose later keys replace these (`{ ...event, ResponseURL: '…' }`): what of the value is
   * written (see `redactsEverySensitivePart`).
   */
  overridden?: ReadonlySet<string>;
  /** Reached through a name that says its token is not a secret (`taskToken`): a bare `token` there is that one. */
  notSecretToken?: boolean;
  /**
   * Reached through a name for where a secret is kept (`const secretName = process.env.TOKEN_SECRET`): the nearer
   * name says the value is the secret's name or ARN, and the name of the environment variable behind it is not
   * reported.
   */
  secretIdentifier?: boolean;
  /**
   * Turned into text by a template or `+` (or `String(…)`), not serialised: an object prints `[object Object]`
   * there, so the event itself, its object parts and process.env leak nothing.
   */
  stringified?: boolean;
}

class Scanner {
  /** What each function parameter receives from the calls in the file (see `parameterSources`). */
  private readonly parameters = new Map<Variable, Source[]>();
  private readonly parametersInProgress = new Set<Variable>();
  /** Answers cut short by the hop bound or a cycle so far: such answers are not memoised. */
  private cutoffs = 0;
  /**
   * `sources` per node, as found `hops` away from a logged value without a cutoff: the same for any walk that meets
   * the node as near or nearer (the log calls of a handler read the same locals: `msg`, `record`, `key`).
   */
  private readonly sourcesOfNodes = new Map<TSESTree.Node, { hops: number; sources: readonly (Source | null)[] }>();
  /** The log calls whose arguments the rule scans (see `callsOf`); set before the first scan. */
  judgedCalls: ReadonlySet<TSESTree.Node> = new Set();
  /** Per leaf found to say nothing (see `leafFinding`): one bit per combination of the flags that decide it. */
  private readonly quietLeaves = new Map<TSESTree.Node, number>();
  /** Does the module rotate secrets (see `isRotationRequestToken`)? Asked once, when a bare token is logged. */
  private rotatesSecrets: boolean | undefined;
  /** Nodes the whole event was reported on, and the parts of it found during the current walk (see `scan`). */
  private readonly wholeEventNodes = new Set<TSESTree.Node>();
  /** Per function of the file called where something is logged: its returns as followed (`followedReturns`). */
  private readonly returnsOfFunctions = new Map<FunctionLike, TSESTree.Node[] | null>();
  private heldParts: Parameters<Report>[0][] | null = null;
  /** May the file call an operation whose answer carries secrets (see `secretAnswerOf`)? */
  private readonly secretAnswers: boolean;

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly events: Map<Variable, EventBinding>,
    /** Parameters that hold the event as a member (middy's `request`, see `eventVariables`). */
    private readonly containers: Map<Variable, readonly string[]>,
    /** The handlers' own functions: Lambda calls them, whatever calls of them the file holds. */
    private readonly handlerFunctions: ReadonlySet<FunctionLike>,
    private readonly terms: readonly string[],
    private readonly report: Report,
  ) {
    this.secretAnswers =
      mayImportSdkClientOf(sourceCode, SECRET_ANSWER_SERVICES) || mayMention(sourceCode, POWERTOOLS_PARAMETERS_MODULE);
  }

  /**
   * Walk one logged argument. The parts of the event found where the whole event is too (a helper's parameter handed
   * the event by one call, its headers by another) are not reported again: every finding on a node is made while its
   * argument is walked, so the parts wait for the end of the walk.
   */
  scan(argument: TSESTree.Node): void {
    const parts: Parameters<Report>[0][] = [];
    this.heldParts = parts;
    try {
      this.walk(argument);
    } finally {
      this.heldParts = null;
    }
    for (const part of parts) if (!this.wholeEventNodes.has(part.node)) this.report(part);
  }

  /** Objects, arrays, templates, `+`, `JSON.stringify`, aliases. */
  private walk(argument: TSESTree.Node): void {
    const stack: Item[] = [{ node: argument, via: null, hops: 0 }];
    for (let budget = 0; stack.length > 0 && budget < MAX_ITEMS; budget++) {
      const item = stack.pop()!;
      const node = skipTypeAndChainWrappers(item.node);
      // `overridden` is kept only for a value that is the same object (`JSON.parse(text)` of a copy's spread)
      const push = (child: TSESTree.Node | null | undefined, stringified = item.stringified, sameObject = false): void => {
        if (child !== null && child !== undefined) {
          const overridden = sameObject ? item.overridden : undefined;
          stack.push({ node: child, via: item.via, hops: item.hops, stringified, overridden });
        }
      };
      switch (node.type) {
        case AST_NODE_TYPES.ObjectExpression:
          if (item.hops >= MAX_HOPS) break;
          node.properties.forEach((property, index) => {
            if (property.type === AST_NODE_TYPES.SpreadElement) {
              stack.push({ ...item, node: property.argument, overridden: keysWrittenAfter(node, index) });
              return;
            }
            // `{ ...config, token: '[REDACTED]' }` with `config` this object: its `token` is not written
            const key = item.overridden === undefined ? null : getPropertyName(property);
            if (key !== null && item.overridden!.has(key)) return;
            this.property(property, item, stack);
          });
          break;
        case AST_NODE_TYPES.ArrayExpression:
          for (const element of node.elements) {
            push(element?.type === AST_NODE_TYPES.SpreadElement ? element.argument : element);
          }
          break;
        case AST_NODE_TYPES.SpreadElement:
          push(node.argument);
          break;
        case AST_NODE_TYPES.TemplateLiteral:
          for (const expression of node.expressions) push(expression, true);
          break;
        case AST_NODE_TYPES.BinaryExpression:
          if (node.operator === '+') {
            push(node.left, true);
            push(node.right, true);
          }
          break;
        case AST_NODE_TYPES.LogicalExpression:
        case AST_NODE_TYPES.ConditionalExpression:
          for (const value of yieldedValues(node) ?? []) push(value);
          break;
        case AST_NODE_TYPES.CallExpression: {
          const callee = node.callee;
          // `util.inspect(event)` is the value as text; `format('%j', event)` writes each argument
          const util = nodeUtilCall(node, this.sourceCode);
          if (util !== null) {
            const logged = util === 'inspect' ? node.arguments.slice(0, 1) : node.arguments.slice(util === 'format' ? 0 : 1);
            for (const argument of logged) push(argument, false);
          } else {
            // the value itself, serialised (`JSON.stringify(event)`), as text (`String(event)`) or parsed
            // (`JSON.parse(event.body)` is the body)
            const { arguments: args } = node;
            const value = args[0];
            if (isJsonStringify(node, this.sourceCode)) {
              // A replacer (`JSON.stringify(event, ['id'])`, `JSON.stringify(event, redact)`) picks what is written
              const effect = replacerEffect(args, this.sourceCode);
              if (effect.kind === 'all') push(value, false);
              else if (effect.kind === 'keys' && value !== undefined) this.allowListed(value, effect.keys, item);
            } else if (this.isTextKeepingCall(node)) push(value, true);
            // copies: `structuredClone(event)`, `Object.assign({}, event)` hold what `{ ...event }` holds
            else if (this.isCopyCall(node)) for (const argument of args) push(argument);
            // `const serialize = (o) => JSON.stringify(o, null, 2)`: a function of the file serialising its argument
            else if (value !== undefined && this.serialisesFirstArgument(node)) push(value, false);
            // parsed inside a template, the body is an object again: `[object Object]` (a form body too)
            else if (isBodyParse(node, this.sourceCode) && item.stringified !== true) push(value, item.stringified, true);
            // Architect's `arc.http.helpers.bodyParser(req)`: the request's body, parsed (see parsedBody)
            else if (isArchitectBodyParser(node, this.sourceCode)) this.leafFinding(node, item, true);
            // the values themselves: `Object.values(event.headers)`, `Object.entries(process.env)`
            else if (this.isObjectValuesCall(node)) push(value, false);
            // the same bytes: `Buffer.from(event.body, 'base64')`
            else if (isGlobalMethodCall(node, 'Buffer', 'from', this.sourceCode)) push(value);
            // the same fields: `Object.fromEntries(new URLSearchParams(event.body))`
            else if (isGlobalMethodCall(node, 'Object', 'fromEntries', this.sourceCode)) {
              push(value === undefined ? value : (this.rekeyedEntries(value) ?? value));
            }
            // a value read by its name: `form.get('token')`, `headers.get('authorization')`
            else if (this.namedGetFinding(node, item)) break;
            // `form.entries()`: the form's fields, printed by Node or listed by `Array.from` (as JSON an iterator is
            // `{}`)
            else if (formIterated(node) !== null && this.isFormSource(node)) {
              if (!writesOwnPropertiesOnly(node, this.sourceCode)) push(formIterated(node));
            }
            else {
              // what a function of the file returns: `const config = getConfig()` with `const getConfig = () => ({ url,
              // jwtSecret: process.env.JWT_SECRET })`
              // (not where the name it was bound to is tested to be an Error the function returned instead)
              const narrowed = item.via !== null && isNarrowedToError(item.via, this.sourceCode);
              const returned = item.hops < MAX_HOPS && !narrowed ? this.returnedByFunctionOfFile(node) : null;
              if (returned !== null) {
                // Reported where it is logged, by the function's name (`wrap (event)`), not inside the function
                const via = item.via ?? (skipTypeAndChainWrappers(callee) as TSESTree.Identifier);
                for (const value of returned) stack.push({ node: value, via, hops: item.hops + 1, stringified: item.stringified });
                break;
              }
              // what the callback makes of each element: `Object.entries(process.env).map(([k, v]) => \`${k}=${v}\`)`,
              // an array, or joined into text (`.join('\n')`)
              const mapped = mappedResults(node);
              if (mapped !== null) {
                for (const result of mapped.results) push(result, mapped.joined || item.stringified);
                break;
              }
              // an array of the values: `Array.of(event.body)`, `[].concat(event.headers)`
              const elements = this.arrayValues(node);
              if (elements !== null) for (const element of elements) push(element);
              // as text: `event.body.toString()`, `Buffer.from(…).toString('utf8')`, a header trimmed
              // (`event.headers.authorization.replace('Bearer ', '')`)
              else push(textReceiver(node, this.sourceCode), true);
            }
          }
          break;
        }
        // `new URLSearchParams(event.body)`: the form's fields (logged), or its text again (in a template)
        case AST_NODE_TYPES.NewExpression:
          if (isUrlSearchParams(node, this.sourceCode) && !writesOwnPropertiesOnly(node, this.sourceCode)) {
            push(node.arguments[0]);
          }
          break;
        case AST_NODE_TYPES.MemberExpression: {
          const split = splitPartText(node, this.sourceCode);
          if (split === null) {
            this.leaf(node, item, stack);
            break;
          }
          // `parts[1]` of `const parts = auth.split(' ')`: reported where it is logged, through `parts`
          const object = skipTypeAndChainWrappers(node.object);
          const via = item.via ?? (object.type === AST_NODE_TYPES.Identifier ? object : null);
          stack.push({ node: split, via, hops: item.hops, stringified: true });
          break;
        }
        case AST_NODE_TYPES.Identifier:
          this.leaf(node, item, stack);
          break;
        default:
          break;
      }
    }
  }

  /**
   * `Object.entries(event.headers).map(([key, value]) => [key.toLowerCase(), value])` (also `(e) => [e[0], e[1]]`,
   * and `Object.keys(h).map((k) => [k, h[k]])`): each entry's value kept under a new key, so `Object.fromEntries` of
   * it holds the headers' values (`event.headers`); null for anything else.
   */
  private rekeyedEntries(node: TSESTree.Node): TSESTree.Node | null {
    const call = skipTypeAndChainWrappers(node);
    if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 1) return null;
    const callee = skipTypeAndChainWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'map') return null;
    const listed = skipTypeAndChainWrappers(callee.object);
    const byEntries = isGlobalMethodCall(listed, 'Object', 'entries', this.sourceCode);
    if (!byEntries && !isGlobalMethodCall(listed, 'Object', 'keys', this.sourceCode)) return null;
    const source = (listed as TSESTree.CallExpression).arguments[0];
    const callback = call.arguments[0]!;
    if (source === undefined || source.type === AST_NODE_TYPES.SpreadElement || !isFunctionLike(callback)) return null;
    const returned = singleReturnedValue(callback);
    const entry = returned === null ? null : skipTypeAndChainWrappers(returned);
    const kept = entry?.type === AST_NODE_TYPES.ArrayExpression && entry.elements.length === 2 ? entry.elements[1] : null;
    const param = functionParams(callback)[0];
    if (kept == null || param === undefined) return null;
    return keepsEntryValue(kept, param, byEntries ? null : source, this.sourceCode) ? source : null;
  }

  /** `String(x)`, `decodeURIComponent(x)`, `encodeURI(x)`, …: the same text (see VALUE_KEEPING_CALLS). */
  private isTextKeepingCall(node: TSESTree.CallExpression): boolean {
    const callee = skipTypeAndChainWrappers(node.callee);
    return (
      callee.type === AST_NODE_TYPES.Identifier && VALUE_KEEPING_CALLS.has(callee.name) && isGlobal(callee, this.sourceCode)
    );
  }

  /**
   * A call of a function of the file whose body only returns its first parameter serialised: `JSON.stringify(o, …)`
   * or `util.inspect(o, …)` (a single returned expression).
   */
  private serialisesFirstArgument(node: TSESTree.CallExpression): boolean {
    const callee = skipTypeAndChainWrappers(node.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) return false;
    const fn = boundFunction(callee, this.sourceCode);
    const parameter = fn === null ? undefined : functionParams(fn)[0];
    if (fn === null || parameter?.type !== AST_NODE_TYPES.Identifier) return false;
    const returned = singleReturnedValue(fn);
    const call = returned === null ? null : skipTypeAndChainWrappers(returned);
    if (call?.type !== AST_NODE_TYPES.CallExpression) return false;
    const serialised = call.arguments[0];
    const serialiser =
      (isJsonStringify(call, this.sourceCode) && replacerEffect(call.arguments, this.sourceCode).kind === 'all') ||
      nodeUtilCall(call, this.sourceCode) === 'inspect';
    return (
      serialiser &&
      serialised !== undefined &&
      serialised.type === AST_NODE_TYPES.Identifier &&
      serialised.name === parameter.name
    );
  }

  /**
   * What a call of a function of the file (bound once to its name) returns, each return's value: `getConfig()` is the
   * object `getConfig` builds. Not a generator's, nor an async function's unless the call is awaited (a promise is
   * logged as `Promise { … }`); null when a return is too deep to find, or none gives a value.
   */
  private returnedByFunctionOfFile(node: TSESTree.CallExpression): TSESTree.Node[] | null {
    const callee = skipTypeAndChainWrappers(node.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) return null;
    const fn = boundFunction(callee, this.sourceCode);
    if (fn === null || fn.generator) return null;
    if (fn.async && outermostTypeWrapper(node).parent?.type !== AST_NODE_TYPES.AwaitExpression) return null;
    let returned = this.returnsOfFunctions.get(fn);
    if (returned === undefined) {
      returned = this.followedReturns(fn);
      this.returnsOfFunctions.set(fn, returned);
    }
    return returned;
  }

  /** `fn`'s returned values as `returnedByFunctionOfFile` follows them (the same for every call of `fn`). */
  private followedReturns(fn: FunctionLike): TSESTree.Node[] | null {
    const returned = (returnedExpressions(fn) ?? []).filter((value): value is TSESTree.Node => value !== null);
    if (returned.length === 0 || returned.length > MAX_RETURNED_VALUES) return null;
    // A return that reads a parameter (`withMeta(data) { return { ...data, at } }`) is what this call hands it, and
    // a parameter is read as every call's argument: not followed (`withMeta({ status })` is not the event another
    // call gives it)
    const parameters = this.sourceCode.getDeclaredVariables(fn).filter((variable) => variable.defs[0]?.type === 'Parameter');
    const readsParameter = parameters.some((variable) =>
      variable.references.some((reference) => returned.some((value) => isInside(reference.identifier as TSESTree.Node, value))),
    );
    return readsParameter ? null : returned;
  }

  /** The global `structuredClone(x)` or `Object.assign(target, …sources)`. */
  private isCopyCall(node: TSESTree.CallExpression): boolean {
    const callee = skipTypeAndChainWrappers(node.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) {
      return callee.name === 'structuredClone' && isGlobal(callee, this.sourceCode);
    }
    return isGlobalMethodCall(node, 'Object', 'assign', this.sourceCode);
  }

  /**
   * The values an array made by a call holds, one level deep: the arguments of the global `Array.of(a, b)`, the
   * literal of `Array.from([a, b])` (without a mapping function; of anything else it may be empty, as for an object)
   * and an array literal with the arguments it is `concat`-enated with (`[a].concat(b)`). Null for another call.
   */
  private arrayValues(node: TSESTree.CallExpression): TSESTree.Node[] | null {
    const { arguments: args, callee: called } = node;
    if (isGlobalMethodCall(node, 'Array', 'of', this.sourceCode)) return [...args];
    if (isGlobalMethodCall(node, 'Array', 'from', this.sourceCode)) {
      const source = args[0];
      if (args.length !== 1 || source === undefined) return null;
      // `Array.from(form)`, `Array.from(form.entries())`: the form's fields, as pairs
      const listed =
        skipTypeAndChainWrappers(source).type === AST_NODE_TYPES.ArrayExpression || this.isFormSource(source);
      return listed ? [source] : null;
    }
    const callee = skipTypeAndChainWrappers(called);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'concat') return null;
    const receiver = skipTypeAndChainWrappers(callee.object);
    return receiver.type === AST_NODE_TYPES.ArrayExpression ? [receiver, ...args] : null;
  }

  /**
   * A `URLSearchParams` of a request's body or one of its iterators (`form.entries()`, `form.values()`): what it
   * holds is the form's fields (an iterator of an array or a `Map` prints no values; not looked at).
   */
  private isFormSource(node: TSESTree.Node): boolean {
    return this.source(node, 0)?.searchParams === true;
  }

  /** A value that is an array holding other values: a literal, or a call `arrayValues` reads. */
  private isArrayOfValues(node: TSESTree.Node): boolean {
    const value = skipTypeAndChainWrappers(node);
    if (value.type === AST_NODE_TYPES.ArrayExpression) return true;
    return value.type === AST_NODE_TYPES.CallExpression && this.arrayValues(value) !== null;
  }

  private isObjectValuesCall(node: TSESTree.CallExpression): boolean {
    return (
      isGlobalMethodCall(node, 'Object', 'values', this.sourceCode) ||
      isGlobalMethodCall(node, 'Object', 'entries', this.sourceCode)
    );
  }

  /**
   * `JSON.stringify(value, ['id', 'body'])`: the keys listed are written at every depth. A key that names a secret is
   * reported like such a key in an object; a listed text part of the event (`body`, `cookies`) is written whole when
   * the value is the event, and a value that is no object (the body itself) is written whatever the list. An object
   * part (`headers`) keeps only the keys listed under it, which are judged by their names.
   */
  private allowListed(
    value: TSESTree.CallExpressionArgument,
    keys: readonly { name: string; node: TSESTree.Node }[],
    item: Item,
  ): void {
    if (value.type === AST_NODE_TYPES.SpreadElement) return;
    const target = skipTypeAndChainWrappers(value);
    const reportedKeys = new Set<string>();
    if (target.type === AST_NODE_TYPES.Identifier || target.type === AST_NODE_TYPES.MemberExpression) {
      for (const source of this.sources(target, 0)) {
        if (source === null) continue;
        if (!isObjectSource(source)) {
          // a string or an array of strings: the list filters nothing of it
          const finding = sourceFinding(source);
          if (finding !== null) this.emit(target, item, finding.messageId, finding.canonical);
          continue;
        }
        if (source.root !== 'event' || source.path.length > 0) continue;
        for (const key of keys) {
          if (!TEXT_EVENT_PATHS.has(key.name) || source.rest?.has(key.name) === true || reportedKeys.has(key.name)) {
            continue;
          }
          reportedKeys.add(key.name);
          const canonical = `${source.rootText}.${key.name}`;
          const shown = `${item.via?.name ?? expressionText(target) ?? source.rootText}.${key.name}`;
          this.report({
            node: item.via ?? key.node,
            messageId: 'eventPart',
            data: { expression: shown === canonical ? shown : `${shown} (${canonical})` },
          });
        }
      }
    }
    for (const key of keys) {
      if (reportedKeys.has(key.name) || isMeasureKey(key.name)) continue;
      const term = matchSensitiveName(key.name, this.terms);
      if (term === null) continue;
      reportedKeys.add(key.name);
      this.report({
        node: item.via ?? key.node,
        messageId: 'sensitiveName',
        data: { expression: this.described(item, key.name), term },
      });
    }
  }

  /** `{ token: t }`, `{ event }`, `{ data: event.body }`. */
  private property(property: TSESTree.Property, item: Item, stack: Item[]): void {
    const value = skipTypeAndChainWrappers(property.value);
    // `{ ...user, password: undefined }` leaves the password out: `undefined` carries nothing
    const carrier =
      (value.type === AST_NODE_TYPES.Identifier && value.name !== 'undefined') ||
      (value.type === AST_NODE_TYPES.MemberExpression && getPropertyName(value) !== 'length');
    const key = property.computed ? null : getPropertyName(property);
    // `{ tokenCount: event.tokens }`: the key says the value is a measure, whatever the value's own name
    const measure = key !== null && isMeasureKey(key);
    if (!carrier || property.shorthand) {
      const measured = measure && !property.shorthand ? true : undefined;
      stack.push({ node: property.value, via: item.via, hops: item.hops + 1, measured, stringified: item.stringified });
      return;
    }
    // The value's own finding (`{ auth: event.headers }`) says more than the key's.
    if (this.leafFinding(value, item, measure)) return;
    const term = key === null ? null : matchSensitiveName(key, this.terms);
    // `{ xeroIdToken: decodedIdToken }` with `decodedIdToken = jwtDecode(…)`: the value says it is a JWT's claims
    const claims = value.type === AST_NODE_TYPES.Identifier && holdsDecodedJwt(value, this.sourceCode);
    if (key !== null && term !== null && !claims && !this.valueNamedNotSecret(value)) {
      this.report({
        node: item.via ?? property,
        messageId: 'sensitiveName',
        data: { expression: this.described(item, key), term },
      });
      return;
    }
    stack.push({ node: property.value, via: item.via, hops: item.hops + 1, measured: measure, stringified: item.stringified });
  }

  /**
   * A loop variable over a list of texts the file writes, in place or in a `const` (`for (const token of ['DROP',
   * 'MEME'])`): `getLoopValues`, every value a string.
   */
  private iteratesLiterals(target: TSESTree.Identifier): boolean {
    const values = getLoopValues(target, this.sourceCode);
    return values !== null && values.length > 0 && values.every((value) => value.kind === 'string');
  }

  /**
   * A name that says which token a bare `token` it holds is: one known not to be a secret (`taskToken`, `nextToken`),
   * or one that uses the word to say something else and names no secret itself (`tokenAddress` of a crypto token's
   * mint, `tokenSymbol`).
   */
  private namesWhatTokenIs(name: string): boolean {
    if (namesNotSecret(name)) return true;
    const parts = nameParts(name);
    return (
      parts.length > 1 &&
      parts.includes('token') &&
      TOKEN_ATTRIBUTE_WORDS.has(parts.at(-1)!) &&
      matchSensitiveName(name, this.terms) === null
    );
  }

  /**
   * `{ token: taskToken }`, `{ secret: secretArn }`, `{ apiKey: apiKeyId }`: the value's own name says what it is (a
   * name the rule knows is not a secret, or where a secret is kept), and decides over the key it is logged under.
   */
  private valueNamedNotSecret(value: TSESTree.Node): boolean {
    let name: string | null = null;
    if (value.type === AST_NODE_TYPES.Identifier) name = value.name;
    else if (value.type === AST_NODE_TYPES.MemberExpression) name = memberValueName(value, this.sourceCode);
    return name !== null && (namesNotSecret(name) || namesSecretIdentifier(name, this.terms));
  }

  private leaf(node: TSESTree.Identifier | TSESTree.MemberExpression, item: Item, stack: Item[]): void {
    if (this.leafFinding(node, item, item.measured === true)) {
      // `log('request', event.headers); log('config', { env: process.env })`: a parameter one call hands a source
      // still logs what the other calls hand it
      if (node.type !== AST_NODE_TYPES.Identifier || item.hops >= MAX_HOPS) return;
      const variable = variableOf(node, this.sourceCode);
      if (variable?.defs[0]?.type === 'Parameter') this.pushHandedArguments(variable, node, item, stack);
      return;
    }
    // `const data = { token }; log(data)`: follow a once-bound alias into its value
    if (node.type !== AST_NODE_TYPES.Identifier || item.hops >= MAX_HOPS) return;
    const variable = variableOf(node, this.sourceCode);
    if (variable === null) return;
    const bound = onceBound(variable);
    // `const [, token] = authorization.split(' ')`: a part after the scheme
    const part = splitElementText(variable, this.sourceCode);
    if (part !== null) {
      stack.push({ node: part, via: item.via ?? node, hops: item.hops + 1, stringified: true });
      return;
    }
    let values: readonly TSESTree.Node[];
    if (bound !== null) {
      if (bound.path.length > 0) return;
      values = [bound.init];
    } else {
      // `let body = {}; body = [JSON.parse(event.body)]`: an array filled in later holds what its elements hold, an
      // object what its members hold (`data = { headers: event.headers }`, `event = { ...event, id }`), and text
      // written from a value (`s = JSON.stringify(event.body)`) what the value holds; each value it may hold there
      // (another value written later is a source, which `leafFinding` judged)
      values = this.writtenValues(variable, node).filter(
        (written) =>
          this.isArrayOfValues(written) ||
          isJsonStringify(written, this.sourceCode) ||
          skipTypeWrappers(written).type === AST_NODE_TYPES.ObjectExpression,
      );
      if (values.length === 0) {
        this.pushHandedArguments(variable, node, item, stack);
        return;
      }
    }
    for (const value of values) {
      // `const taskToken = event.token`: the name says which token the bare `token` is
      stack.push({
        node: value,
        via: item.via ?? node,
        hops: item.hops + 1,
        // `{ ...config, token: '[REDACTED]' }`: the keys written after the spread, for the object `config` holds
        overridden: item.overridden,
        measured: item.measured,
        notSecretToken: item.notSecretToken === true || this.namesWhatTokenIs(node.name),
        secretIdentifier: item.secretIdentifier === true || namesSecretIdentifier(node.name, this.terms),
        stringified: item.stringified,
      });
    }
  }

  /**
   * The values a variable written after its declaration may hold at `use`: a local's (see `filledValues`), or an
   * event parameter's written over before `use` (see `rewrittenValues`).
   */
  private writtenValues(variable: Variable, use: TSESTree.Node): readonly TSESTree.Expression[] {
    const binding = this.events.get(variable);
    if (binding === undefined) return filledValues(variable, use);
    return rewrittenBefore(binding, use) ? (rewrittenValues(variable, binding, use)?.values ?? []) : [];
  }

  /**
   * `function log(label, data) { console.log(label, data); }` called as `log('got', { event })`: a logged parameter of
   * a function of the file logs what its calls hand it (the direct calls `parameterSources` follows, at most
   * MAX_CALLS; not those of a handler, which Lambda calls). An argument whose source is the event, a part of it or
   * process.env (`log(event)`) was judged where the parameter is read; any other is scanned like a logged value: an
   * object or a template holding the event, a value named like a secret (`log(password)`). A rest parameter
   * (`(...args) => console.log(...args)`) holds every argument from its place on. Reported where the parameter is
   * logged, as its sources are. A parameter named for where a secret is kept (`secretName`) decides for an
   * environment variable handed to it, like a const of that name.
   */
  private pushHandedArguments(variable: Variable, node: TSESTree.Identifier, item: Item, stack: Item[]): void {
    const handed = handedParameter(variable, this.sourceCode);
    if (handed === null || this.handlerFunctions.has(handed.fn)) return;
    for (const call of this.callsOf(handed.fn).slice(0, MAX_CALLS)) {
      const args = call.arguments;
      // A spread before the parameter's place moves what it receives
      if (args.slice(0, handed.index).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) continue;
      const received = handed.rest ? args.slice(handed.index) : args.slice(handed.index, handed.index + 1);
      for (const argument of received) {
        if (!handed.rest && this.judgedAsSource(argument)) continue;
        stack.push({
          node: argument,
          via: item.via ?? node,
          hops: item.hops + 1,
          measured: item.measured,
          notSecretToken: item.notSecretToken === true || this.namesWhatTokenIs(node.name),
          // `getSecret(process.env.API_KEY)` into `(secretName) => …`: the parameter's name decides, as a const's does
          secretIdentifier: item.secretIdentifier === true || namesSecretIdentifier(node.name, this.terms),
          stringified: item.stringified,
        });
      }
    }
  }

  /** The sources of `argument` hold the event, a sensitive part of it or process.env (see `sourceFinding`). */
  private judgedAsSource(argument: TSESTree.CallExpressionArgument): boolean {
    if (argument.type === AST_NODE_TYPES.SpreadElement) return false;
    return this.sources(skipTypeAndChainWrappers(argument), 0).some(
      (source) => source !== null && sourceFinding(source) !== null,
    );
  }

  /**
   * The event spread with its sensitive parts replaced after it: every top-level key of an API event's sensitive
   * parts (as a rest of the event with them picked out), or a CloudFormation custom resource event's `ResponseURL`
   * (`{ ...event, ResponseURL: '…' }`, what CDK's provider framework logs: the key names the kind of event, and that
   * presigned URL is its secret; its properties are in the stack's template already) unless the event is declared as
   * another kind.
   */
  private redactsEverySensitivePart(event: TSESTree.Node, overridden: ReadonlySet<string> | undefined): boolean {
    if (overridden === undefined) return false;
    const type = event.type === AST_NODE_TYPES.Identifier ? declaredParameterType(event, this.sourceCode) : null;
    if (eventKeysOf(type ?? undefined, this.sourceCode).every((key) => overridden.has(key))) return true;
    if (!overridden.has('ResponseURL')) return false;
    const name = type === null ? null : awsLambdaTypeNameOf(type, this.sourceCode);
    return name === null || name.startsWith('CloudFormationCustomResource');
  }

  /**
   * Report `node` when it is the event, a sensitive part of it, process.env or (unless `sourceOnly`) a secret by
   * name.
   */
  private leafFinding(node: TSESTree.Node, item: Item, sourceOnly = false): boolean {
    // Every log call that reads a local meets the values behind it again (`msg` of `console.log('Error: ' + msg)` and
    // `console.log('Done: ' + msg)`): a leaf with nothing to report, as the item's flags saw it, says nothing again
    const flags = item.overridden === undefined ? quietLeafFlag(item, sourceOnly) : 0;
    const quiet = flags === 0 ? undefined : this.quietLeaves.get(node);
    if (quiet !== undefined && (quiet & flags) !== 0) return false;
    const cutoffs = this.cutoffs;
    const found = this.findLeaf(node, item, sourceOnly);
    if (!found && flags !== 0 && this.cutoffs === cutoffs) this.quietLeaves.set(node, (quiet ?? 0) | flags);
    return found;
  }

  private findLeaf(node: TSESTree.Node, item: Item, sourceOnly: boolean): boolean {
    const target = skipTypeAndChainWrappers(node);
    // A helper's parameter handed the event by one call and process.env by another leaks both: each is reported
    const sources = this.sources(target, 0);
    let found = false;
    const emitted = new Set<string>();
    const findings: NonNullable<ReturnType<typeof sourceFinding>>[] = [];
    for (const source of sources) {
      if (source === null) continue;
      // `'event: ' + event`: an object printed as text is `[object Object]` (a URLSearchParams prints its form);
      // `JSON.stringify(params)`, `{ ...params }`: `{}`
      const empty = source.searchParams === true && writesOwnPropertiesOnly(target, this.sourceCode);
      const asText = item.stringified === true && isObjectSource(source) && source.searchParams !== true;
      if (asText || empty) {
        found = true;
        continue;
      }
      const finding = sourceFinding(source);
      if (finding === null || emitted.has(`${finding.messageId}:${finding.canonical}`)) continue;
      if (finding.messageId === 'wholeEvent' && this.redactsEverySensitivePart(target, item.overridden)) continue;
      emitted.add(`${finding.messageId}:${finding.canonical}`);
      findings.push(finding);
    }
    // The whole event said, its parts are not said again
    const whole = findings.some((finding) => finding.messageId === 'wholeEvent');
    for (const finding of findings) {
      if (whole && finding.messageId === 'eventPart') continue;
      this.emit(target, item, finding.messageId, finding.canonical);
      found = true;
    }
    if (found) return true;
    if (sourceOnly) return false;
    // `const secretName = process.env.TOKEN_SECRET`: the nearer name says the variable holds the secret's name; data
    // from the event is named by the caller, and keeps its own name
    if (
      item.secretIdentifier === true &&
      target.type === AST_NODE_TYPES.MemberExpression &&
      isProcessEnv(target.object, this.sourceCode)
    ) {
      return false;
    }
    let name: string | null = null;
    if (target.type === AST_NODE_TYPES.Identifier) name = target.name;
    else if (target.type === AST_NODE_TYPES.MemberExpression) name = memberValueName(target, this.sourceCode);
    const renamed = (): string | null =>
      target.type === AST_NODE_TYPES.Identifier ? this.renamedSecret(target) : null;
    const term = name === null ? null : (matchSensitiveName(name, this.terms) ?? renamed());
    if (term === null) return this.secretAnswerFinding(target, item);
    // `const secret = await client.send(new DescribeSecretCommand(…))`: what Secrets Manager says about a secret
    if (target.type === AST_NODE_TYPES.Identifier && this.holdsSecretMetadata(target)) return false;
    // `const decodedIdToken = jwtDecode(token)`: a JWT's claims, which the signature made a credential
    if (target.type === AST_NODE_TYPES.Identifier && holdsDecodedJwt(target, this.sourceCode)) return false;
    // `{ ...secret, password: '****' }`: spread into a copy whose secret keys the code masks, it is not logged whole;
    // nor is that copy by its name (`const logSecret = { ...secret, password: '****' }`)
    if (this.masksSecretKey(item.overridden)) return false;
    if (target.type === AST_NODE_TYPES.Identifier && this.isMaskedCopy(target)) return false;
    // `if (extractedToken instanceof Error) console.error({ error: extractedToken })`: there it is the Error
    if (target.type === AST_NODE_TYPES.Identifier && isNarrowedToError(target, this.sourceCode)) return false;
    // `for (const token of ['DROP', 'MEME'])`: each value a text the file writes, ticker symbols, not a secret it holds
    if (target.type === AST_NODE_TYPES.Identifier && this.iteratesLiterals(target)) return false;
    // A bare `token` says less than the name on the other side of an alias (`taskToken = event.token`, `token =
    // body.TaskToken`); a specific name (`password`, `authToken`) says more, and counts
    if (
      isBareToken(name!) &&
      (item.notSecretToken === true ||
        this.holdsNamedNonSecret(target) ||
        this.writtenAsNonSecret(target) ||
        this.isRotationRequestToken(sources))
    ) {
      return false;
    }
    this.report({
      node: item.via ?? target,
      messageId: 'sensitiveName',
      data: { expression: this.described(item, expressionText(target) ?? name!), term },
    });
    return true;
  }

  /**
   * `params.get('token')`, `request.headers.get('authorization')` (a `URLSearchParams`, a fetch `Headers`, a `Map`),
   * `params.getAll('token')` (every value of the key): a value read by a key written in place, named by it as a
   * member is. Reported, and true, when the key says it is a
   * secret.
   */
  private namedGetFinding(call: TSESTree.CallExpression, item: Item): boolean {
    const lodashPath = lodashGetPath(call, this.sourceCode);
    if (lodashPath !== null) return this.lodashGetFinding(call, lodashPath, item);
    const callee = skipTypeAndChainWrappers(call.callee);
    const key = call.arguments.length === 1 ? call.arguments[0]! : null;
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : null;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || (method !== 'get' && method !== 'getAll')) return false;
    if (key?.type !== AST_NODE_TYPES.Literal || typeof key.value !== 'string') return false;
    const term = this.keyTerm(key.value, item);
    if (term === null) return false;
    const receiver = expressionText(callee.object);
    const expression = receiver === null ? key.value : `${receiver}.${method}(${JSON.stringify(key.value)})`;
    const data = { expression: this.described(item, expression), term };
    this.report({ node: item.via ?? call, messageId: 'sensitiveName', data });
    return true;
  }

  /**
   * `_.get(event, 'body.password')`, `get(user, ['auth', 'token'])` of lodash: the value at the path, named by its
   * last key as a member is (`event.body.password`). Reported, and true, when that key says it is a secret.
   */
  private lodashGetFinding(call: TSESTree.CallExpression, path: readonly string[], item: Item): boolean {
    // The key that names the value: an index or a `value` after it is looked past, as for a member
    // (`'headers.authorization[0].value'`, `'dbPassword.value'`)
    let last = path.length - 1;
    while (last > 0 && (isArrayIndex(path[last]!) || path[last]!.toLowerCase() === 'value')) last--;
    const key = path[last]!;
    const term = this.keyTerm(key, item);
    // The `Token` of a secret rotation request is a version id
    if (term === null || (isBareToken(key) && this.isRotationTokenPath(call, path))) return false;
    const object = expressionText(call.arguments[0]!);
    const text = (object ?? '') + path.map(memberText).join('');
    const expression = clipped(object === null ? text.slice(1) : text);
    this.report({
      node: item.via ?? call,
      messageId: 'sensitiveName',
      data: { expression: this.described(item, expression), term },
    });
    return true;
  }

  /**
   * The secret a key read in place names (`get('token')`, a lodash path's last key), as a member's name would;
   * null when the key is no name, the value is measured, or the nearer name says a bare `token` is none
   * (`const taskToken = params.get('token')`).
   */
  private keyTerm(key: string, item: Item): string | null {
    if (!GET_KEY.test(key) || item.measured === true || namesNotSecret(key)) return null;
    if (item.notSecretToken === true && isBareToken(key)) return null;
    return matchSensitiveName(key, this.terms);
  }

  /** `_.get(event, 'Token')` in a secret rotation function: the request's `Token`, a version id (as `event.Token`). */
  private isRotationTokenPath(call: TSESTree.CallExpression, path: readonly string[]): boolean {
    if (path.length !== 1 || path[0] !== 'Token') return false;
    const sources = this.sources(skipTypeAndChainWrappers(call.arguments[0]!), 0).map((source) =>
      source === null ? null : { ...source, path: [...source.path, 'Token'] },
    );
    return this.isRotationRequestToken(sources);
  }

  /**
   * `const data = await cognito.send(new InitiateAuthCommand(…)); log(data)`: a value holding the answer of an
   * operation that carries secrets (see `secretAnswerOf`), whatever it is named. Reported, and true, when it is one.
   */
  private secretAnswerFinding(target: TSESTree.Node, item: Item): boolean {
    const answer = this.secretAnswers ? secretAnswerOf(target, this.sourceCode, item.stringified === true) : null;
    if (answer === null) return false;
    this.report({
      node: item.via ?? target,
      messageId: 'secretAnswer',
      data: { expression: this.described(item, expressionText(target) ?? answer.operation), ...answer },
    });
    return true;
  }

  /** Does a copy write over one of its spread's secret keys (`password: '****'`) with a value written in place? */
  private masksSecretKey(overridden: ReadonlySet<string> | undefined): boolean {
    if (overridden === undefined) return false;
    for (const key of overridden) if (matchSensitiveName(key, this.terms) !== null) return true;
    return false;
  }

  /** Is `target` bound once to a copy that masks a secret key of what it spreads (`{ ...secret, password: '****' }`)? */
  private isMaskedCopy(target: TSESTree.Identifier): boolean {
    const init = boundInitializer(target, this.sourceCode);
    const object = init === null ? null : skipTypeAndChainWrappers(init);
    if (object?.type !== AST_NODE_TYPES.ObjectExpression) return false;
    const lastSpread = object.properties.findLastIndex((property) => property.type === AST_NODE_TYPES.SpreadElement);
    return lastSpread !== -1 && this.masksSecretKey(keysWrittenAfter(object, lastSpread));
  }

  /**
   * A name bound to the answer of a Secrets Manager operation that returns no secret value (`DescribeSecret`,
   * `ListSecrets`, `CreateSecret`: names, ARNs, dates, versions), through SDK v3's `send(new XCommand(…))` or SDK
   * v2's `client.describeSecret(…).promise()`. `GetSecretValue`, `BatchGetSecretValue` and `GetRandomPassword` answer
   * with a secret.
   */
  private holdsSecretMetadata(target: TSESTree.Identifier): boolean {
    const init = boundInitializer(target, this.sourceCode);
    if (init === null) return false;
    let value = skipTypeAndChainWrappers(init);
    if (value.type === AST_NODE_TYPES.AwaitExpression) value = skipTypeAndChainWrappers(value.argument);
    if (value.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = skipTypeAndChainWrappers(value.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const method = getPropertyName(callee);
    const command = value.arguments[0];
    if (method === 'send' && command?.type === AST_NODE_TYPES.NewExpression) {
      const api = resolveAwsCallee(command, this.sourceCode)?.api;
      return (
        api?.family === 'sdk-v3' &&
        api.service === 'secrets-manager' &&
        api.export !== null &&
        api.export.endsWith('Command') &&
        !SECRET_VALUE_OPERATIONS.has(api.export.slice(0, -'Command'.length))
      );
    }
    // SDK v2: `client.describeSecret(params).promise()`
    if (method !== 'promise' || value.arguments.length > 0) return false;
    const operation = skipTypeAndChainWrappers(callee.object);
    if (operation.type !== AST_NODE_TYPES.CallExpression) return false;
    const operationCallee = skipTypeAndChainWrappers(operation.callee);
    if (operationCallee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const name = getPropertyName(operationCallee);
    if (name === null || SECRET_VALUE_OPERATIONS.has(name.charAt(0).toUpperCase() + name.slice(1))) return false;
    const client = resolveInstance(skipTypeAndChainWrappers(operationCallee.object), this.sourceCode);
    const api = client === null ? null : awsApi(client.ref);
    return api?.family === 'sdk-v2' && api.export === 'SecretsManager' && api.path.length === 1;
  }

  /**
   * `const token = encodeURIComponent(body.TaskToken)`: a generic name bound to a value whose own name says it is
   * not a secret (read as it is, or through `String` / `encodeURIComponent` / `decodeURIComponent`).
   */
  private holdsNamedNonSecret(target: TSESTree.Node, depth = 0): boolean {
    if (target.type !== AST_NODE_TYPES.Identifier) return false;
    const init = boundInitializer(target, this.sourceCode);
    if (init !== null) return namesNonSecretValue(init, this.sourceCode);
    return this.renamedNonSecret(target) || this.handedNamedNonSecret(target, depth);
  }

  /**
   * `token` also written where its key says what it is: `new PutSecretValueCommand({ ClientRequestToken: token })`,
   * `{ VersionId: token }` (the version of a secret a rotation function works on, named by the SDK call it goes to).
   */
  private writtenAsNonSecret(target: TSESTree.Node): boolean {
    if (target.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = variableOf(target, this.sourceCode);
    if (variable === null) return false;
    // Given one value: a `let` written again (`token = await getAccessToken()`) may hold another token; a parameter
    // holds what its calls hand it (see `handedNamedNonSecret`)
    if (variable.defs.some((def) => def.type === 'Parameter')) return false;
    if (variable.references.some((reference) => reference.isWrite() && reference.init !== true)) return false;
    return variable.references.some((reference) => {
      const use = outermostTypeWrapper(reference.identifier as TSESTree.Node);
      const property = use.parent;
      if (property?.type !== AST_NODE_TYPES.Property || property.value !== use) return false;
      if (property.parent.type !== AST_NODE_TYPES.ObjectExpression) return false;
      const key = getPropertyName(property);
      if (key === null || isBareToken(key)) return false;
      // `VersionId`, `MoveToVersionId`: a secret's version is named by an id its token is
      return namesNotSecret(key) || nameParts(key).slice(-2).join('') === 'versionid';
    });
  }

  /**
   * Sources (`leafFinding`'s) that are all the `Token` of a Secrets Manager rotation event (`event.Token`, `const {
   * Token } = event`, or a helper's parameter its calls hand it), in a module that rotates secrets (it spells the
   * rotation steps `createSecret` and `finishSecret`, or `aws-lambda`'s `SecretsManagerRotationEvent` / `…Handler`):
   * the ClientRequestToken of the secret version being made, not a secret.
   */
  private isRotationRequestToken(sources: readonly (Source | null)[]): boolean {
    this.rotatesSecrets ??= spellsRotationSteps(this.sourceCode);
    if (!this.rotatesSecrets) return false;
    return (
      sources.length > 0 &&
      sources.every((source) => source?.root === 'event' && source.path.length === 1 && source.path[0] === 'Token')
    );
  }

  /**
   * `const { ClientRequestToken: token } = event` (or such a parameter): a generic name given to a property whose own
   * name says it is not a secret.
   */
  private renamedNonSecret(target: TSESTree.Identifier): boolean {
    const key = this.destructuredKey(target);
    return key !== null && namesNotSecret(key);
  }

  /**
   * `const { authorization: authHeader } = event.headers` (or such a parameter): another name given to a property
   * whose own name says it holds a secret; the term it matches. Not when the new name says what it is instead: it
   * names something known not to be a secret (or where one is kept), a measure, or it repeats a word of the key to
   * say something else about it (`{ secret: isSecret }`, `{ password: passwordLength }`, `{ token: tokenType }`).
   */
  private renamedSecret(target: TSESTree.Identifier): string | null {
    const name = target.name;
    if (namesNotSecret(name) || namesSecretIdentifier(name, this.terms) || isMeasureKey(name)) return null;
    const key = this.destructuredKey(target);
    if (key === null) return null;
    const keyParts = new Set(nameParts(key));
    if (nameParts(name).some((part) => keyParts.has(part))) return null;
    return matchSensitiveName(key, this.terms);
  }

  /** The key a variable was destructured from (`{ key: name }`, once bound), or null. */
  private destructuredKey(target: TSESTree.Identifier): string | null {
    const variable = variableOf(target, this.sourceCode);
    if (variable === null || variable.defs.length !== 1) return null;
    const binding = variable.defs[0]!.name;
    const property = binding.parent;
    if (property?.type !== AST_NODE_TYPES.Property || property.value !== binding) return null;
    if (property.parent.type !== AST_NODE_TYPES.ObjectPattern) return null;
    return getPropertyName(property);
  }

  /**
   * `finishSecret(SecretId, ClientRequestToken)` calling `function finishSecret(id, token)`: a helper's parameter
   * that every call of it in the file hands a value whose own name says it is not a secret.
   */
  private handedNamedNonSecret(target: TSESTree.Identifier, depth: number): boolean {
    const variable = variableOf(target, this.sourceCode);
    const position = variable === null ? null : parameterPosition(variable, this.sourceCode);
    if (position === null || position.path.length > 0) return false;
    const calls = this.callsOf(position.fn);
    if (calls.length === 0 || calls.length > MAX_CALLS) return false;
    return calls.every((call) => {
      const argument = call.arguments[position.index];
      if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return false;
      // `const { ClientRequestToken: token } = event; await rotator.finishSecret(arn, token)`: an alias handed on
      const alias = skipTypeAndChainWrappers(argument);
      return (
        namesNonSecretValue(argument, this.sourceCode) ||
        (depth < MAX_ALIAS_HOPS && this.holdsNamedNonSecret(alias, depth + 1))
      );
    });
  }

  private emit(
    target: TSESTree.Node,
    item: Item,
    messageId: 'wholeEvent' | 'eventPart' | 'processEnv',
    canonical: string,
  ): void {
    const text = expressionText(target);
    const shown = item.via?.name ?? text ?? canonical;
    const expression = shown === canonical ? shown : `${shown} (${canonical})`;
    const descriptor = { node: item.via ?? target, messageId, data: { expression } };
    if (messageId === 'wholeEvent') this.wholeEventNodes.add(descriptor.node);
    if (messageId === 'eventPart' && this.heldParts !== null) this.heldParts.push(descriptor);
    else this.report(descriptor);
  }

  private described(item: Item, inner: string): string {
    return item.via === null || item.via.name === inner ? inner : `${item.via.name} (${inner})`;
  }

  /** Where a value comes from: the handler's event (and the path under it) or `process`. Bounded. */
  private source(start: TSESTree.Node, hops: number): Source | null {
    return mostSensitive(this.sources(start, hops));
  }

  /** A member's name, also a computed key the file gives as a constant (`event[KEY]` with `const KEY = 'headers'`). */
  private readonly constantKey = (member: TSESTree.MemberExpression): string | null =>
    getStaticPropertyName(member, this.sourceCode);

  /**
   * Where a value may come from: one source, or for a helper's parameter (or a member of it) every source the
   * helper's calls hand it (the event by one call, process.env by another).
   */
  private sources(start: TSESTree.Node, hops: number): readonly (Source | null)[] {
    const known = this.sourcesOfNodes.get(start);
    if (known !== undefined && hops <= known.hops) return known.sources;
    const cutoffs = this.cutoffs;
    const found = this.findSources(start, hops);
    if (this.cutoffs === cutoffs) this.sourcesOfNodes.set(start, { hops, sources: found });
    return found;
  }

  private findSources(start: TSESTree.Node, hops: number): readonly (Source | null)[] {
    if (hops > MAX_HOPS) {
      this.cutoffs++;
      return [null];
    }
    // `process.env[key]` with `for (const key in process.env)`: every value of the object, in turn
    const iterated = keyedByLoop(start, this.sourceCode);
    if (iterated !== null) {
      // `if (header.toLowerCase() === 'host') log(headers[header])`: the one key a test lets through, when its name
      // says no secret (a secret's name is what the message would show: read as any key)
      const key = keyNarrowedByTest(start);
      if (key !== null && matchSensitiveName(key, this.terms) === null) {
        return this.sources(iterated, hops + 1).map((source) => (source === null ? null : extend(source, [key])));
      }
      return this.sources(iterated, hops + 1).map(eachValueOf);
    }
    const chain = memberChain(start, this.constantKey);
    if (chain === null) return [null];
    const { names } = chain;
    const current = chain.base;
    // `JSON.parse(event.body || '{}')`, `body = event.body ?? ''`: whichever value the choice yields
    const choices = yieldedValues(current);
    if (choices !== null) {
      return choices
        .flatMap((choice) => this.sources(choice, hops + 1))
        .map((source) => (source === null ? null : extend(source, names)));
    }
    let base: Source | null = null;
    if (current.type === AST_NODE_TYPES.Identifier) {
      const variable = variableOf(current, this.sourceCode);
      const binding = variable === null ? undefined : this.events.get(variable);
      // `request.event.headers` in a middy middleware: the event's headers; the request itself holds the event
      const container = variable === null || binding !== undefined ? undefined : this.containers.get(variable);
      if (container !== undefined) {
        const rootText = [current.name, ...container].join('.');
        if (names.length === 0) return [{ root: 'event', rootText, path: [] }];
        const within = container.every((key, index) => names[index] === key);
        return [within ? { root: 'event', rootText, path: names.slice(container.length) } : null];
      }
      // `process.env`, `globalThis.process.env`, `import { env } from 'node:process'`: the same object
      const fromProcess =
        binding === undefined
          ? processRootKeys(current, variable, names, this.sourceCode, PROCESS_PATH_OPTIONS)
          : null;
      if (fromProcess !== null) return [{ root: 'process', rootText: 'process', path: fromProcess }];
      if (variable !== null && variable.defs.length > 0) {
        if (binding !== undefined) {
          const original: Source = { root: 'event', rootText: binding.rootText, path: [...binding.path], rest: binding.rest, eventKeys: binding.keys };
          // `event = JSON.parse(event.body)` before this read: what the writes may have left in it
          base = rewrittenBefore(binding, current) ? this.rewrittenSource(variable, binding, original, current, hops) : original;
        } else {
          const bound = onceBound(variable);
          if (bound !== null) {
            const inner = this.source(bound.init, hops + 1);
            if (inner !== null) base = extend(inner, bound.path);
          } else {
            // `for (const [name, value] of Object.entries(event.headers))`, `Object.values(process.env).forEach((value)
            // => …)`: each value of the object, in turn
            const looped = loopedValuesOf(variable, this.sourceCode);
            if (looped !== null) base = eachValueOf(this.source(looped, hops + 1));
            // Each call may hand the parameter something else: the member names read from it decide which matters
            else if (variable.defs[0]!.type === 'Parameter') {
              return this.parameterSources(variable, hops).map((candidate) => extend(candidate, names));
            } else base = this.restSource(variable, hops) ?? this.filledLater(variable, current, hops);
          }
        }
      }
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      base = this.parsedBody(current, hops);
    } else if (current.type === AST_NODE_TYPES.NewExpression) {
      base = this.parsedForm(current, hops);
    }
    return [base === null ? null : extend(base, names)];
  }

  /**
   * What a call that parses a request's body yields: `JSON.parse(event.body)` is the body; so is
   * `arc.http.helpers.bodyParser(req)` of Architect, which decodes and parses the body of the request it is handed.
   */
  private parsedBody(call: TSESTree.CallExpression, hops: number): Source | null {
    // `form.entries()` of a `URLSearchParams` form: its fields, as the form holds them
    const iterated = formIterated(call);
    if (iterated !== null) {
      const form = this.source(iterated, hops + 1);
      return form?.searchParams === true ? form : null;
    }
    const argument = call.arguments[0];
    if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return null;
    // `Object.fromEntries(new URLSearchParams(event.body))`: the same fields, as an object
    if (isGlobalMethodCall(call, 'Object', 'fromEntries', this.sourceCode)) {
      const entries = this.source(argument, hops + 1);
      if (entries === null) return null;
      // A plain object: no longer a URLSearchParams, whose JSON is `{}`
      return { root: entries.root, rootText: entries.rootText, path: entries.path, parsed: true };
    }
    if (isBodyParse(call, this.sourceCode)) {
      const text = this.source(argument, hops + 1);
      return text === null ? null : { ...text, parsed: true };
    }
    if (!isArchitectBodyParser(call, this.sourceCode)) return null;
    const request = this.source(argument, hops + 1);
    if (request?.root !== 'event' || request.path.length !== 0) return null;
    const body = extend(request, ['body']);
    return body === null ? null : { ...body, parsed: true };
  }

  /**
   * `new URLSearchParams(event.body)` (the global class): a form-encoded body parsed, as `querystring.parse` parses it
   * (Node prints its fields when it is logged; `Object.fromEntries` makes them an object).
   */
  private parsedForm(node: TSESTree.NewExpression, hops: number): Source | null {
    if (!isUrlSearchParams(node, this.sourceCode)) return null;
    const text = this.source(node.arguments[0]!, hops + 1);
    return text === null ? null : { ...text, parsed: true, searchParams: true };
  }

  /**
   * What a parameter of a function of this file receives from the calls of it in the file that hand it the event
   * (or a part of it, or `process.env`): `export const handler = (event) => main(event)` makes `main`'s first
   * parameter the event. Only direct calls of a function bound once to its name, and of a method of a class of the
   * file (`this.process(event)`, `app.handler(event)` on a `const app = new App()`) are followed (at most
   * MAX_CALLS of them). Memoised per parameter, except an answer cut short by the hop bound or by a cycle (a
   * recursive function meets its own parameter unknown): it is worked out again where it is met next.
   */
  private parameterSources(variable: Variable, hops: number): Source[] {
    const memoised = this.parameters.get(variable);
    if (memoised !== undefined) return memoised;
    if (this.parametersInProgress.has(variable)) {
      this.cutoffs++;
      return [];
    }
    const cutoffs = this.cutoffs;
    this.parametersInProgress.add(variable);
    let result: Source[];
    try {
      result = this.findParameterSources(variable, hops);
    } finally {
      this.parametersInProgress.delete(variable);
    }
    if (this.cutoffs === cutoffs) this.parameters.set(variable, result);
    return result;
  }

  /**
   * The calls of a function of the file (by its name, as a method of a class of the file, or as a method of an object
   * literal bound to a name), but those the rule judges as log calls: a logger of the file's own (`logger.info('…',
   * { event })` with `const logger = { info: (...args) => console.log(...args) }`, a `Logger` class's `console.log`)
   * is reported where it is called, not again where it writes.
   */
  private callsOf(fn: FunctionLike): readonly TSESTree.CallExpression[] {
    const calls =
      (functionCalls(fn, this.sourceCode) ??
        methodCalls(fn, this.sourceCode, true) ??
        objectMethodCalls(fn, this.sourceCode))?.calls ?? [];
    return this.judgedCalls.size === 0 ? calls : calls.filter((call) => !this.judgedCalls.has(call));
  }

  private findParameterSources(variable: Variable, hops: number): Source[] {
    const position = parameterPosition(variable, this.sourceCode);
    if (position === null) return [];
    const calls = this.callsOf(position.fn);
    const sources: Source[] = [];
    for (const call of calls.slice(0, MAX_CALLS)) {
      const argument = call.arguments[position.index];
      if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) continue;
      const source = this.source(argument, hops + 1);
      const extended = source === null ? null : extend(source, position.path);
      if (extended === null) continue;
      const rest = position.rest === undefined ? extended.rest : new Set([...(extended.rest ?? []), ...position.rest]);
      sources.push(rest === undefined ? extended : { ...extended, rest });
    }
    return sources;
  }

  /**
   * `let body = {}; if (event.body) body = JSON.parse(event.body)`: a local given its value (or another one) later by
   * plain assignments. Its source is the most sensitive of the values it may hold at `use` (`filledValues`: a later
   * assignment that runs whenever an earlier one ran, `body = { id: body.id }`, replaces what that one held; one in
   * another branch does not; the value it was declared with stays unless one always runs first); a local written any
   * other way (`+=`, a destructuring, a loop) is not followed.
   */
  private filledLater(variable: Variable, use: TSESTree.Node, hops: number): Source | null {
    // Any of the values it may hold there (`if (event.body) body = JSON.parse(event.body); else body = qs`)
    return mostSensitive(filledValues(variable, use).map((value) => this.source(value, hops + 1)));
  }

  /**
   * An event parameter written over before `use` reads it (`event = JSON.parse(event.body)`): the most sensitive of
   * the values it may hold there (`heldValues`), the event itself among them unless a write always runs first. Null
   * when a write sits in a nested function or a loop around the read, or is not a plain `=`: unknown then.
   */
  private rewrittenSource(
    variable: Variable,
    binding: EventBinding,
    original: Source,
    use: TSESTree.Node,
    hops: number,
  ): Source | null {
    const held = rewrittenValues(variable, binding, use);
    if (held === null) return null;
    const sources = held.values.map((value) => this.source(value, hops + 1));
    if (held.initialKept) sources.push(original);
    return mostSensitive(sources);
  }

  /** `const { body, ...meta } = event`: `meta` is the event without the keys picked out of it. */
  private restSource(variable: Variable, hops: number): Source | null {
    const declarator = onceBoundDeclarator(variable);
    if (declarator === null || declarator.init === null) return null;
    const rest = restOf(variable.defs[0]!.name as TSESTree.Node, declarator.id);
    if (rest === null) return null;
    const inner = this.source(declarator.init, hops + 1);
    const base = inner === null ? null : extend(inner, rest.path);
    if (base === null) return null;
    return { ...base, rest: new Set([...(base.rest ?? []), ...rest.picked]) };
  }
}

/**
 * What an event parameter written over before `use` may hold there (see `heldValues`): null when a write sits in a
 * nested function or a loop around the read, or is not a plain `=` (unknown then).
 */
function rewrittenValues(
  variable: Variable,
  binding: EventBinding,
  use: TSESTree.Node,
): { values: TSESTree.Expression[]; initialKept: boolean } | null {
  const rewrites = binding.rewrites;
  if (rewrites === null || rewrites.nested || enclosingFunction(use, Infinity) !== binding.fn) return null;
  if (rewrites.loops.some(([start, end]) => start <= use.range[0] && use.range[1] <= end)) return null;
  const assignments = plainAssignments(variable);
  return assignments === null ? null : heldValues(assignments, use);
}

/**
 * For a local written by plain assignments only: the values it may still hold at `use` (see `heldValues`), latest
 * first, the empty ones (no value, a literal, `{}`, `[]`) left out. An assignment is replaced by a later one that
 * runs whenever it ran (`body = {}` after it in the same block), not by one in another branch (`try { body =
 * JSON.parse(event.body) } catch { body = {} }`: either may be what is logged); the value the local was declared
 * with comes last, unless an assignment always runs before `use`. None for any other variable.
 */
function filledValues(variable: Variable, use: TSESTree.Node): TSESTree.Expression[] {
  const definition = variable.defs[0];
  if (variable.defs.length !== 1 || definition?.type !== 'Variable') return [];
  const declarator = definition.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return [];
  const assignments = plainAssignments(variable);
  if (assignments === null) return [];
  const held = heldValues(assignments, use);
  // `let payload = event; if (…) payload = JSON.parse(event.body)`: the value it was declared with, unless every
  // path to the read writes over it
  const initial = declarator.init;
  return held.initialKept && initial !== null && !isEmptyValue(initial) ? [...held.values, initial] : held.values;
}

/**
 * Of the plain assignments of a variable, the values of those written before `use` that it may still hold there,
 * latest first, the empty ones left out; and whether the value it had before them (its declaration's, or the
 * parameter's argument) may still be there: not when one of them runs whenever the read does.
 */
function heldValues(
  assignments: readonly TSESTree.AssignmentExpression[],
  use: TSESTree.Node,
): { values: TSESTree.Expression[]; initialKept: boolean } {
  const before = assignments
    .filter((assignment) => assignment.range[1] <= use.range[0])
    .sort((a, b) => b.range[0] - a.range[0])
    .slice(0, MAX_FILLED_ASSIGNMENTS);
  const values: TSESTree.Expression[] = [];
  for (let index = 0; index < before.length; index++) {
    const assignment = before[index]!;
    if (before.slice(0, index).some((later) => runsWheneverAfter(later, assignment))) continue;
    if (!isEmptyValue(assignment.right)) values.push(assignment.right);
  }
  const initialKept = !before.some((assignment) => runsWheneverAfter(assignment, use));
  return { values, initialKept };
}

/** Assignments of one local weighed against each other (a bound on the pairs compared). */
const MAX_FILLED_ASSIGNMENTS = 20;

/**
 * Does `later` run whenever `earlier` ran (both in one function, `later` written after it)? Yes when, from `later` up
 * to the innermost node holding both, nothing makes `later` conditional (a branch of an `if`, `?:`, `&&` / `||` /
 * `??`, a `try` block or a `catch`, a `switch` case, a loop's body, a nested function) and that node runs its parts in
 * sequence.
 */
function runsWheneverAfter(later: TSESTree.Node, earlier: TSESTree.Node): boolean {
  let child: TSESTree.Node = later;
  for (let node = later.parent; node !== undefined; child = node, node = node.parent) {
    if (isInside(earlier, node)) return !EXCLUSIVE_BRANCHES.has(node.type);
    if (isFunctionLike(node) || CONDITIONAL_PARTS.has(node.type)) return false;
    if (node.type === AST_NODE_TYPES.LogicalExpression && node.right === child) return false;
    // A `try` block may throw before it reaches the write (`try { body = JSON.parse(text) } catch {}`)
    if (node.type === AST_NODE_TYPES.TryStatement && node.block === child) return false;
    if (
      (node.type === AST_NODE_TYPES.IfStatement || node.type === AST_NODE_TYPES.ConditionalExpression) &&
      node.test !== child
    ) {
      return false;
    }
  }
  return false;
}

/** Nodes whose parts run one or the other (or not at all): two writes in them do not replace each other. */
const EXCLUSIVE_BRANCHES: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.IfStatement,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.TryStatement,
  AST_NODE_TYPES.SwitchStatement,
]);

/** Nodes whose body runs only sometimes (or again): a write in them replaces nothing for sure. */
const CONDITIONAL_PARTS: ReadonlySet<AST_NODE_TYPES> = new Set([AST_NODE_TYPES.CatchClause, AST_NODE_TYPES.SwitchCase, ...LOOP_TYPES]);

/**
 * A value whose own name says it is not a secret (`body.TaskToken`, `ClientRequestToken`), read as it is or through
 * `String` / `encodeURIComponent` / `decodeURIComponent`.
 */
function namesNonSecretValue(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  let value = skipTypeAndChainWrappers(node);
  if (value.type === AST_NODE_TYPES.CallExpression && value.arguments.length === 1) {
    const callee = skipTypeAndChainWrappers(value.callee);
    const argument = value.arguments[0]!;
    if (
      callee.type === AST_NODE_TYPES.Identifier &&
      VALUE_KEEPING_CALLS.has(callee.name) &&
      isGlobal(callee, sourceCode) &&
      argument.type !== AST_NODE_TYPES.SpreadElement
    ) {
      value = skipTypeAndChainWrappers(argument);
    }
  }
  const name = simpleName(value);
  return name !== null && namesNotSecret(name);
}

/**
 * Does the module's code (not its comments) spell the rotation steps `'createSecret'` and `'finishSecret'` as strings,
 * or `aws-lambda`'s `SecretsManagerRotationEvent` / `…Handler` as a name?
 */
function spellsRotationSteps(sourceCode: SourceCode): boolean {
  const text = sourceCode.text;
  const named = text.includes('SecretsManagerRotation');
  if (!named && !(text.includes('finishSecret') && text.includes('createSecret'))) return false;
  let create = false;
  let finish = false;
  return someCodeWord(sourceCode, (value, kind) => {
    if (kind === 'name') return value.startsWith('SecretsManagerRotation');
    create ||= value === 'createSecret';
    finish ||= value === 'finishSecret';
    return create && finish;
  });
}

/**
 * Is `name` read inside the branch of an `if` that tests it is an Error (`if (token instanceof Error) { … }`, a
 * class named `…Error` too)? There its value is the Error a helper returned instead, not what its name says.
 */
function isNarrowedToError(name: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = variableOf(name, sourceCode);
  if (variable === null) return false;
  let child: TSESTree.Node = name;
  // (ESLint sets the Program's parent to null)
  let parent: TSESTree.Node | null | undefined = name.parent;
  for (; parent !== undefined && parent !== null && !isFunctionLike(parent); child = parent, parent = parent.parent) {
    if (parent.type !== AST_NODE_TYPES.IfStatement || parent.consequent !== child) continue;
    const test = skipTypeAndChainWrappers(parent.test);
    if (test.type !== AST_NODE_TYPES.BinaryExpression || test.operator !== 'instanceof') continue;
    const tested = skipTypeAndChainWrappers(test.left);
    const type = skipTypeAndChainWrappers(test.right);
    const errorClass = type.type === AST_NODE_TYPES.Identifier && type.name.endsWith('Error');
    if (!errorClass || tested.type !== AST_NODE_TYPES.Identifier) continue;
    if (variableOf(tested, sourceCode) !== variable) continue;
    // Still the Error there: not given another value inside the branch (`token = await renewToken()`)
    const branch = parent.consequent;
    return !variable.references.some((reference) => reference.isWrite() && isInside(reference.identifier, branch));
  }
  return false;
}

/** Helpers followed when a generic name is handed on from one to the next (see `handedNamedNonSecret`). */
const MAX_ALIAS_HOPS = 3;

/** Assignments that may set an environment variable. */
const ENV_SETTING_OPERATORS: ReadonlySet<string> = new Set(['=', '??=', '||=']);

/**
 * The value a call writes as text, or the rest of that text: the receiver of `.toString()`, of `.trim()` and of a
 * `replace` / `replaceAll` that takes a prefix or a pattern out (an empty replacement: `authorization.replace('Bearer ',
 * '')` is the header's token). A replacement that writes something (`replace(/.(?=.{4})/g, '*')`, `'[REDACTED]'`)
 * masks the value; null then, and for any other call.
 */
function textReceiver(node: TSESTree.CallExpression, sourceCode: SourceCode): TSESTree.Node | null {
  const callee = skipTypeAndChainWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type === AST_NODE_TYPES.Super) return null;
  const method = getPropertyName(callee) ?? '';
  if (method === 'toString' || TRIMMING_METHODS.has(method)) return callee.object;
  if (CUTTING_METHODS.has(method)) return keepsMostOfText(node.arguments, callee.object, sourceCode) ? callee.object : null;
  // `authorization.split(' ').slice(1).join(' ')`: the parts after the scheme, joined again
  // `event.cookies.join('; ')`, `cookies.join('; ')` with `const cookies = event.cookies`: a list of texts read from a
  // value, joined, is those texts (a list written in place, `[event.headers].join()`, may hold objects, written as
  // `[object Object]`)
  if (method === 'join') {
    const parts = laterSplitParts(callee.object, sourceCode);
    if (parts !== null || node.arguments.length > 1) return parts;
    const list = skipTypeAndChainWrappers(callee.object);
    return list.type === AST_NODE_TYPES.MemberExpression || list.type === AST_NODE_TYPES.Identifier ? callee.object : null;
  }
  // `authorization.split(' ').pop()`, `.at(-1)`: the part after the scheme
  if (method === 'pop' || method === 'at') {
    const index = method === 'pop' ? 1 : staticInteger(node.arguments[0], sourceCode);
    return index !== null && index !== 0 && node.arguments.length === (method === 'pop' ? 0 : 1)
      ? splitText(callee.object, sourceCode)
      : null;
  }
  if (!REPLACING_METHODS.has(method) || node.arguments.length !== 2) return null;
  const replacement = skipTypeWrappers(node.arguments[1]!);
  const empty =
    (replacement.type === AST_NODE_TYPES.Literal && replacement.value === '') ||
    (replacement.type === AST_NODE_TYPES.TemplateLiteral &&
      replacement.expressions.length === 0 &&
      replacement.quasis[0]?.value.cooked === '');
  return empty ? callee.object : null;
}

/**
 * `list.map(fn)` / `list.flatMap(fn)` with the callback written in place, also joined (`….join(', ')`): the
 * expressions the callback returns, each element's result (`joined`: as text). Null for any other call.
 */
function mappedResults(call: TSESTree.CallExpression): { results: TSESTree.Node[]; joined: boolean } | null {
  let mapping = call;
  let joined = false;
  const callee = skipTypeAndChainWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === 'join' && call.arguments.length <= 1) {
    const receiver = skipTypeAndChainWrappers(callee.object);
    if (receiver.type !== AST_NODE_TYPES.CallExpression) return null;
    mapping = receiver;
    joined = true;
  }
  const mapCallee = skipTypeAndChainWrappers(mapping.callee);
  if (mapCallee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getPropertyName(mapCallee);
  if (method !== 'map' && method !== 'flatMap') return null;
  const fn = mapping.arguments[0];
  if (fn?.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn?.type !== AST_NODE_TYPES.FunctionExpression) return null;
  const results = (returnedExpressions(fn) ?? []).filter((result): result is TSESTree.Node => result !== null);
  return results.length === 0 ? null : { results, joined };
}

/**
 * Is `kept` the value of the entry the callback's `param` is: `value` of `[key, value]`, `entry[1]` of `entry`, or,
 * over `Object.keys(object)`, `object[key]`?
 */
function keepsEntryValue(
  kept: TSESTree.Node,
  param: TSESTree.Parameter,
  keysOf: TSESTree.Node | null,
  sourceCode: SourceCode,
): boolean {
  const value = skipTypeAndChainWrappers(kept);
  if (keysOf !== null) {
    return (
      param.type === AST_NODE_TYPES.Identifier &&
      value.type === AST_NODE_TYPES.MemberExpression &&
      value.computed &&
      value.property.type === AST_NODE_TYPES.Identifier &&
      value.property.name === param.name &&
      sameText(value.object, keysOf, sourceCode)
    );
  }
  if (param.type === AST_NODE_TYPES.ArrayPattern) {
    const name = param.elements[1];
    return name?.type === AST_NODE_TYPES.Identifier && value.type === AST_NODE_TYPES.Identifier && value.name === name.name;
  }
  return (
    param.type === AST_NODE_TYPES.Identifier &&
    value.type === AST_NODE_TYPES.MemberExpression &&
    value.computed &&
    skipTypeAndChainWrappers(value.object).type === AST_NODE_TYPES.Identifier &&
    (skipTypeAndChainWrappers(value.object) as TSESTree.Identifier).name === param.name &&
    staticInteger(value.property, sourceCode) === 1
  );
}

/** String methods that cut a part out of the text (`slice(7)` takes a `Bearer ` prefix off a header). */
const CUTTING_METHODS: ReadonlySet<string> = new Set(['slice', 'substring', 'substr']);
/**
 * Characters of a value a cut may keep and still be a mask (`token.slice(-4)`, `token.substring(0, 8)`): a longer
 * part is most of a token or a body (`event.body.slice(0, 1000)`).
 */
const MASK_LENGTH = 16;

/**
 * Do the arguments of `slice` / `substring` / `substr` (numbers known in the file) keep more than a mask of the text:
 * a prefix cut off (`slice(7)`, `slice('Bearer '.length)`), a long head (`substring(0, 200)`) or tail (`slice(-40)`)?
 * Not for a short head or tail, nor for bounds the file does not set.
 */
function keepsMostOfText(
  args: readonly TSESTree.CallExpressionArgument[],
  receiver: TSESTree.Node,
  sourceCode: SourceCode,
): boolean {
  if (args.length === 0 || args.length > 2) return false;
  // `auth.slice(auth.indexOf(' ') + 1)`: from a place found in the text on, a prefix cut off
  const found = args[0]!.type !== AST_NODE_TYPES.SpreadElement && isPositionIn(args[0]!, receiver, sourceCode);
  const start = found ? 0 : staticInteger(args[0], sourceCode);
  if (start === null) return false;
  if (args.length === 1) return found || start > 0 || -start > MASK_LENGTH;
  if (start < 0) return false;
  // `auth.slice(0, -4)`, `auth.substring(0, auth.length - 4)`: all but a tail
  const endNode = args[1]!;
  if (endNode.type !== AST_NODE_TYPES.SpreadElement && isLengthLess(endNode, receiver, sourceCode)) return true;
  const end = staticInteger(endNode, sourceCode);
  return end !== null && (end < 0 || end - start > MASK_LENGTH);
}

/** `text.indexOf(…)` or `text.lastIndexOf(…)` of the same `text`, plus a constant or not. */
function isPositionIn(node: TSESTree.Node, receiver: TSESTree.Node, sourceCode: SourceCode): boolean {
  let target = skipTypeAndChainWrappers(node);
  if (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+') {
    if (staticInteger(target.right, sourceCode) === null) return false;
    target = skipTypeAndChainWrappers(target.left);
  }
  if (target.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = skipTypeAndChainWrappers(target.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getPropertyName(callee);
  return (method === 'indexOf' || method === 'lastIndexOf') && sameText(callee.object, receiver, sourceCode);
}

/** `text.length - 4` of the same `text`. */
function isLengthLess(node: TSESTree.Node, receiver: TSESTree.Node, sourceCode: SourceCode): boolean {
  const target = skipTypeAndChainWrappers(node);
  if (target.type !== AST_NODE_TYPES.BinaryExpression || target.operator !== '-') return false;
  const length = skipTypeAndChainWrappers(target.left);
  return (
    length.type === AST_NODE_TYPES.MemberExpression &&
    getPropertyName(length) === 'length' &&
    sameText(length.object, receiver, sourceCode) &&
    (staticInteger(target.right, sourceCode) ?? -1) >= 0
  );
}

function sameText(a: TSESTree.Node, b: TSESTree.Node, sourceCode: SourceCode): boolean {
  return sourceCode.getText(skipTypeAndChainWrappers(a)) === sourceCode.getText(skipTypeAndChainWrappers(b));
}

/** An integer the file writes as a constant (`7`, `-4`, `'Bearer '.length`); null otherwise. */
function staticInteger(node: TSESTree.Node | undefined, sourceCode: SourceCode): number | null {
  if (node === undefined || node.type === AST_NODE_TYPES.SpreadElement) return null;
  const value = getStaticValue(node, sourceCode);
  return value.kind === 'number' && Number.isInteger(value.value) ? value.value : null;
}

/**
 * The text `x.split(…)` splits (`x`), also through a name bound once to the split (`const parts = x.split(' ')`),
 * or null for any other node.
 */
function splitText(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node | null {
  let call = skipTypeAndChainWrappers(node);
  if (call.type === AST_NODE_TYPES.Identifier) {
    const bound = boundInitializer(call, sourceCode);
    if (bound !== null) call = skipTypeAndChainWrappers(bound);
  }
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length === 0) return null;
  const callee = skipTypeAndChainWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'split') return null;
  // The parts a space splits (`Bearer <token>`, `Basic <credentials>`); a dot splits a JWT into its claims
  if (!splitsOnSpace(call.arguments[0]!, sourceCode)) return null;
  return callee.object.type === AST_NODE_TYPES.Super ? null : callee.object;
}

/** A separator with a space in it (`' '`, `'Bearer '`), or a regular expression (`/\s+/`). */
function splitsOnSpace(separator: TSESTree.CallExpressionArgument, sourceCode: SourceCode): boolean {
  const target = skipTypeAndChainWrappers(separator);
  if (target.type === AST_NODE_TYPES.Literal && 'regex' in target) return true;
  const text = getStaticValue(target, sourceCode);
  return text.kind === 'string' && /\s/u.test(text.value);
}

/**
 * `authorization.split(' ')[1]`: a part of the text after the first (the token after its scheme), as text; null for
 * the first part (`[0]`, a scheme or a prefix) and for any other member.
 */
function splitPartText(node: TSESTree.MemberExpression, sourceCode: SourceCode): TSESTree.Node | null {
  if (!node.computed) return null;
  const index = staticInteger(node.property, sourceCode);
  if (index === null || index < 0) return null;
  // `parts.slice(1)[0]`, `.slice(-1)[0]`: a part after the first
  return index > 0 ? splitText(node.object, sourceCode) : laterSplitParts(node.object, sourceCode);
}

/** `token` of `const [, token] = x.split(' ')` (an element after the first): the text `x`; else null. */
function splitElementText(variable: Variable, sourceCode: SourceCode): TSESTree.Node | null {
  const declarator = onceBoundDeclarator(variable);
  const name = variable.defs[0]?.name as TSESTree.Node | undefined;
  const pattern = name?.parent;
  if (declarator?.init == null || pattern?.type !== AST_NODE_TYPES.ArrayPattern || declarator.id !== pattern) return null;
  return pattern.elements.indexOf(name as TSESTree.DestructuringPattern) > 0 ? splitText(declarator.init, sourceCode) : null;
}

/**
 * `x.split(…).slice(1)` (or `slice(-1)`: any start but 0): the parts after the first, of the text `x`; null for any
 * other node.
 */
function laterSplitParts(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node | null {
  const call = skipTypeAndChainWrappers(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length === 0) return null;
  const callee = skipTypeAndChainWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'slice') return null;
  const start = staticInteger(call.arguments[0], sourceCode);
  return start === null || start === 0 ? null : splitText(callee.object, sourceCode);
}

/**
 * The expressions whose value a choice may be, for the walk and for `sources` alike: both sides of `a || b` and
 * `a ?? b` (`event.body || '{}'`), both branches of `c ? a : b`; only `b` of `a && b`, whose value is `a` only when
 * `a` is falsy (`undefined`, `''`, `0`…), which carries no data (`event.headers && event.headers.origin` never yields
 * the headers). Null for anything else.
 */
function yieldedValues(node: TSESTree.Node): TSESTree.Expression[] | null {
  if (node.type === AST_NODE_TYPES.ConditionalExpression) return [node.consequent, node.alternate];
  if (node.type !== AST_NODE_TYPES.LogicalExpression) return null;
  return node.operator === '&&' ? [node.right] : [node.left, node.right];
}

/** A value that holds nothing yet: a literal, `undefined`, `{}`, `[]`, a template without expressions. */
function isEmptyValue(node: TSESTree.Node): boolean {
  const value = skipTypeAndChainWrappers(node);
  switch (value.type) {
    case AST_NODE_TYPES.Literal:
      return !('regex' in value);
    case AST_NODE_TYPES.Identifier:
      return value.name === 'undefined';
    case AST_NODE_TYPES.ObjectExpression:
      return value.properties.length === 0;
    case AST_NODE_TYPES.ArrayExpression:
      return value.elements.length === 0;
    case AST_NODE_TYPES.TemplateLiteral:
      return value.expressions.length === 0;
    default:
      return false;
  }
}

/**
 * The plain keys an object literal writes after its member `index` with a value written in place (`'[redacted]'`,
 * `undefined`): they replace what a spread there gave. (`ResponseURL: event.ResponseURL` replaces nothing.)
 */
function keysWrittenAfter(object: TSESTree.ObjectExpression, index: number): ReadonlySet<string> | undefined {
  let keys: Set<string> | undefined;
  for (const property of object.properties.slice(index + 1)) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed || !isWrittenInPlace(property.value)) continue;
    const name = getPropertyName(property);
    if (name !== null) (keys ??= new Set()).add(name);
  }
  return keys;
}

/** A literal, a template without expressions, or `undefined`. */
function isWrittenInPlace(value: TSESTree.Node): boolean {
  const node = skipTypeAndChainWrappers(value);
  if (node.type === AST_NODE_TYPES.Literal) return true;
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.expressions.length === 0;
  return node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined';
}

/** The type a parameter `name` reads is declared with (`(event: APIGatewayProxyEvent) => …`), else null. */
function declaredParameterType(name: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.TypeNode | null {
  const variable = variableOf(name, sourceCode);
  const def = variable?.defs.length === 1 ? variable.defs[0]! : null;
  if (def?.type !== 'Parameter' || def.name.type !== AST_NODE_TYPES.Identifier) return null;
  return parameterType(def.name) ?? null;
}

/** What logging a value of this source is: the whole event, a sensitive part of it, or process.env; else null. */
function sourceFinding(
  source: Source,
): { messageId: 'wholeEvent' | 'eventPart' | 'processEnv'; canonical: string } | null {
  if (source.rest !== undefined && source.rest.size > 0) {
    // `const { body, ...meta } = event`: the rest of the event still holds what was not picked out of it
    const rest = source.rest;
    const holdsSensitivePart = (source.eventKeys ?? SENSITIVE_EVENT_KEYS).some((key) => !rest.has(key));
    if (source.root === 'event' && source.path.length === 0 && holdsSensitivePart) {
      return { messageId: 'eventPart', canonical: `rest of ${source.rootText}` };
    }
    // `const { DB_PASSWORD, ...safeEnv } = process.env`: every other variable of the environment is still there, the
    // runtime's credentials among them (a rest that leaves those out was chosen, as a part's rest is)
    // (the key ID alone is no secret: the message names the secret and the token)
    const holdsCredentials = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'].some((key) => !rest.has(key));
    if (source.root === 'process' && source.path.length === 1 && source.path[0] === 'env' && holdsCredentials) {
      return { messageId: 'processEnv', canonical: `rest of ${source.rootText}.env` };
    }
    // the rest of a part (`const { authorization, ...others } = event.headers`): what is left was chosen
    return null;
  }
  const joined = source.path.join('.');
  const canonical = source.rootText + source.path.map(memberText).join('');
  if (source.root === 'event' && source.path.length === 0) return { messageId: 'wholeEvent', canonical };
  if (source.root === 'event' && SENSITIVE_EVENT_PATHS.includes(joined)) return { messageId: 'eventPart', canonical };
  if (source.root === 'process' && joined === 'env') return { messageId: 'processEnv', canonical };
  return null;
}

/** The source among `candidates` a reviewer would worry about most: the whole event, then a sensitive part. */
function mostSensitive(candidates: readonly (Source | null)[]): Source | null {
  let best: Source | null = null;
  let bestRank = 0;
  for (const candidate of candidates) {
    if (candidate === null) continue;
    const joined = candidate.path.join('.');
    const rank =
      candidate.root === 'event' && candidate.path.length === 0
        ? 3
        : (candidate.root === 'event' && SENSITIVE_EVENT_PATHS.includes(joined)) ||
            (candidate.root === 'process' && joined === 'env')
          ? 2
          : 1;
    if (rank > bestRank) {
      best = candidate;
      bestRank = rank;
    }
  }
  return best;
}

/** The event itself (or the rest of it), an object part of it, or process.env: objects whatever the event. */
function isObjectSource(source: Source): boolean {
  if (source.parsed === true) return true;
  if (source.each === true && eachValueIsText(source)) return false;
  if (source.root === 'process') return source.path.length === 1 && source.path[0] === 'env';
  return source.path.length === 0 || OBJECT_EVENT_PATHS.has(source.path.join('.'));
}

/**
 * The name a member is checked by: its property, or for a property that only names the value's form
 * (`Resource.MySecret.value`, `dbPassword.value`) the owner's name with it (`MySecret_value`), which the name check
 * looks past to the owner.
 */
function memberValueName(member: TSESTree.MemberExpression, sourceCode: SourceCode): string | null {
  // `process.env[DB_PASSWORD]` with `const DB_PASSWORD = 'DB_PASSWORD'`: the key a constant spells
  const name = getStaticPropertyName(member, sourceCode);
  if (name === null || !(isValueFormName(name) || isArrayIndex(name))) return name;
  // `secret.value.value`: past every form word; `headers.authorization[0].value` (Lambda@Edge's headers, a list of
  // `{ key, value }` per name): past every index too, which names no value
  const form = isArrayIndex(name) ? null : name;
  let owner = skipTypeAndChainWrappers(member.object);
  for (let depth = 0; depth < 8; depth++) {
    if (owner.type === AST_NODE_TYPES.Identifier) return form === null ? owner.name : `${owner.name}_${form}`;
    if (owner.type !== AST_NODE_TYPES.MemberExpression) return name;
    const ownerName = getPropertyName(owner);
    if (ownerName === null) return name;
    const named = !isValueFormName(ownerName) && !isArrayIndex(ownerName);
    if (named) return form === null ? ownerName : `${ownerName}_${form}`;
    owner = skipTypeAndChainWrappers(owner.object);
  }
  return name;
}

/** `0`, `12`: a key that picks an element of a list. */
function isArrayIndex(name: string): boolean {
  return /^(?:0|[1-9]\d{0,8})$/u.test(name);
}

/** `source` read one value at a time (see `Source.each`). */
function eachValueOf(source: Source | null): Source | null {
  return source === null ? null : { ...source, each: true };
}

/**
 * The objects whose every value is text or a list of text (printed by a template as itself): the environment's
 * variables, the headers of an API or AppSync request, a Cognito user's attributes, the caller's identity and an
 * authorizer's claims. (The whole event, the request context and Lambda@Edge's headers, lists of `{ key, value }`,
 * hold objects: `[object Object]`.)
 */
const EACH_VALUE_IS_TEXT: ReadonlySet<string> = new Set([
  'headers',
  'multiValueHeaders',
  'request.headers',
  'request.userAttributes',
  'params.header',
  'requestContext.identity',
  'requestContext.authorizer.claims',
  'requestContext.authorizer.jwt.claims',
  'identity.claims',
]);

function eachValueIsText(source: Source): boolean {
  const joined = source.path.join('.');
  return source.root === 'process' ? joined === 'env' : EACH_VALUE_IS_TEXT.has(joined);
}

/**
 * Last words of a name about a token that is not the token itself: where it is, what it is called, counted or worth
 * (`tokenAddress`, `tokenSymbol`, `tokenDecimals`, `tokenPrice`).
 */
const TOKEN_ATTRIBUTE_WORDS: ReadonlySet<string> = new Set([
  'address',
  'symbol',
  'ticker',
  'type',
  'kind',
  'standard',
  'mint',
  'decimals',
  'price',
  'amount',
  'balance',
  'supply',
  'count',
  'index',
  'url',
  'uri',
  'endpoint',
]);

/**
 * The bit of `leafFinding`'s remembered quiet answers for an item's flags (what of it decides a leaf's findings
 * besides the node; `via` only names what is reported).
 */
function quietLeafFlag(item: Item, sourceOnly: boolean): number {
  const index =
    (sourceOnly ? 1 : 0) |
    (item.stringified === true ? 2 : 0) |
    (item.secretIdentifier === true ? 4 : 0) |
    (item.notSecretToken === true ? 8 : 0);
  return 1 << index;
}

/** `source` then the member names `names`; null when the first name was picked out of a rest (it is not there). */
function extend(source: Source, names: readonly string[]): Source | null {
  if (names.length === 0) return source;
  if (source.rest?.has(names[0]!) === true) return null;
  return { root: source.root, rootText: source.rootText, path: [...source.path, ...names] };
}

/**
 * A call that parses text into an object of what it holds: `JSON.parse(text)`, or a form-encoded body (a Slack slash
 * command's, an HTML form's) through Node's `querystring.parse` / `decode` or the `qs` package's `parse`, bound
 * through the import or require.
 */
function isBodyParse(node: TSESTree.Node, sourceCode: SourceCode): node is TSESTree.CallExpression {
  return isJsonParse(node, sourceCode) || isFormParse(node, sourceCode);
}

/**
 * Is only what `node` holds as own properties written: spread into an object (`{ ...params }`), copied by
 * `Object.assign` or `structuredClone`, or serialised by a `JSON.stringify` around it (as its argument, or inside the
 * objects and arrays of it), with no other call between (`Object.fromEntries(params)` makes an object of the
 * fields) and not spread into an array (`[...params]` lists them)? A `URLSearchParams` has none: `{}`.
 */
function writesOwnPropertiesOnly(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  let current: TSESTree.Node = node;
  for (let depth = 0; depth < 16; depth++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (parent === undefined) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.CallExpression: {
        const call: TSESTree.CallExpression = parent;
        // (a boolean first: the type guard would narrow `call` to `never` where it is false)
        const assign: boolean = isGlobalMethodCall(call, 'Object', 'assign', sourceCode);
        if (assign) return call.arguments[0] !== current;
        if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'structuredClone') {
          return isGlobal(call.callee, sourceCode);
        }
        return call.arguments[0] === current && isJsonStringify(call, sourceCode);
      }
      // `{ ...params }` copies own properties; `[...params]` lists the entries
      case AST_NODE_TYPES.SpreadElement:
        return parent.parent.type === AST_NODE_TYPES.ObjectExpression;
      case AST_NODE_TYPES.Property:
        if (parent.value !== current) return false;
        break;
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrayExpression:
        break;
      default:
        if (!isTypeWrapper(parent)) return false;
    }
    current = parent;
  }
  return false;
}

/** Modules whose `get(object, path)` reads the value at a path: lodash (whole, ES modules, per method) and underscore. */
const LODASH_GET_MODULES: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['lodash', [['get'], ['default', 'get']]],
  ['lodash-es', [['get'], ['default', 'get']]],
  ['underscore', [['get'], ['default', 'get']]],
  ['lodash/get', [[], ['default']]],
  ['lodash.get', [[], ['default']]],
  ['lodash-es/get', [[], ['default']]],
]);

/**
 * The keys of a path written in place: `'a.b[0].c'` → a, b, 0, c (underscore reads a string as one key);
 * `['a', 'b']`; null for anything else.
 */
function writtenPath(node: TSESTree.Node, splitsString: boolean): string[] | null {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') {
    const keys = splitsString ? node.value.split(/[.[\]'"]+/u).filter((key) => key !== '') : [node.value];
    return keys.length > 0 ? keys : null;
  }
  if (node.type !== AST_NODE_TYPES.ArrayExpression || node.elements.length === 0) return null;
  const keys: string[] = [];
  for (const element of node.elements) {
    if (element?.type !== AST_NODE_TYPES.Literal) return null;
    if (typeof element.value === 'string') keys.push(element.value);
    else if (typeof element.value === 'number' && Number.isInteger(element.value)) keys.push(String(element.value));
    else return null;
  }
  return keys;
}

/** `_.get(object, path[, default])` of lodash or underscore, with a path written in place: its keys, else null. */
function lodashGetPath(call: TSESTree.CallExpression, sourceCode: SourceCode): readonly string[] | null {
  if (call.arguments.length < 2 || call.arguments.length > 3) return null;
  const [object, path] = call.arguments;
  if (object!.type === AST_NODE_TYPES.SpreadElement || path!.type === AST_NODE_TYPES.SpreadElement) return null;
  const callee = skipTypeAndChainWrappers(call.callee);
  const name = callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : null;
  if (callee.type === AST_NODE_TYPES.MemberExpression ? name !== 'get' : callee.type !== AST_NODE_TYPES.Identifier) {
    return null;
  }
  // Most files import neither: no binding to follow
  if (!mayMention(sourceCode, 'lodash') && !mayMention(sourceCode, 'underscore')) return null;
  const ref = resolveCallee(call, sourceCode);
  const shapes = ref === null ? undefined : LODASH_GET_MODULES.get(ref.module);
  if (shapes === undefined || !shapes.some((shape) => sameKeys(shape, ref!.path))) return null;
  return writtenPath(skipTypeWrappers(path!), ref!.module !== 'underscore');
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

/** A key `get` is called with that is a name (`token`, `x-api-key`), not a path or a URL. */
const GET_KEY = /^[A-Za-z_][\w-]{0,63}$/u;

/** `new URLSearchParams(text)` of the global class, with one argument that is no spread. */
function isUrlSearchParams(node: TSESTree.NewExpression, sourceCode: SourceCode): boolean {
  if (node.arguments.length !== 1 || node.arguments[0]!.type === AST_NODE_TYPES.SpreadElement) return false;
  const callee = skipTypeAndChainWrappers(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'URLSearchParams' && isGlobal(callee, sourceCode)) {
    return true;
  }
  // `new globalThis.URLSearchParams(…)`
  if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === 'URLSearchParams') {
    const object = skipTypeAndChainWrappers(callee.object);
    if (object.type === AST_NODE_TYPES.Identifier && object.name === 'globalThis' && isGlobal(object, sourceCode)) {
      return true;
    }
  }
  // The same class of Node's `url` module: `import { URLSearchParams } from 'node:url'`, `new url.URLSearchParams(…)`
  const ref = resolveModuleRef(callee, sourceCode);
  return (ref?.module === 'url' || ref?.module === 'node:url') && ref.path.join('.') === 'URLSearchParams';
}

/** The receiver of `x.entries()` / `x.values()` (no arguments), or null. */
function formIterated(call: TSESTree.CallExpression): TSESTree.Expression | null {
  const callee = skipTypeAndChainWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || call.arguments.length !== 0) return null;
  const method = getPropertyName(callee);
  return method === 'entries' || method === 'values' ? callee.object : null;
}

/** `querystring.parse(…)` / `decode(…)` (`querystring`, `node:querystring`) or `qs.parse(…)`, by the imports. */
function isFormParse(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length === 0) return false;
  // A file that never spells either module cannot reach them: the lookup costs more
  if (!mayMention(sourceCode, 'querystring') && !mayMention(sourceCode, 'qs')) return false;
  const ref = resolveCallee(node, sourceCode);
  if (ref === null) return false;
  const path = ref.path[0] === 'default' ? ref.path.slice(1) : ref.path;
  if (path.length !== 1) return false;
  if (ref.module === 'qs') return path[0] === 'parse';
  const querystring = ref.module === 'querystring' || ref.module === 'node:querystring';
  return querystring && (path[0] === 'parse' || path[0] === 'decode');
}

/**
 * `arc.http.helpers.bodyParser(req)` of `@architect/functions` (any import or require of it): Architect's decoder of
 * a request's base64 body, parsed by its content type.
 */
function isArchitectBodyParser(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  // A file that never spells the name cannot reach it (aliases included): the module lookup costs more
  if (call.arguments.length !== 1 || !mayMention(sourceCode, 'bodyParser')) return false;
  const ref = resolveCallee(call, sourceCode);
  if (ref?.module !== '@architect/functions') return false;
  const path = ref.path[0] === 'default' ? ref.path.slice(1) : ref.path;
  return path.join('.') === 'http.helpers.bodyParser';
}

/** A member key as written after an expression: `.name`, `[0]` (an index), or `["x-api-key"]`. */
function memberText(name: string): string {
  if (isPlainIdentifierName(name)) return `.${name}`;
  return isArrayIndex(name) ? `[${name}]` : `[${JSON.stringify(name)}]`;
}

/** `event.headers['x-api-key']` from names only (never from values); null for anything else or too long. */
function expressionText(node: TSESTree.Node): string | null {
  const parts: string[] = [];
  let current = skipTypeAndChainWrappers(node);
  for (let guard = 0; ; guard++) {
    if (current.type === AST_NODE_TYPES.Identifier) {
      parts.push(current.name);
      break;
    }
    if (current.type === AST_NODE_TYPES.ThisExpression) {
      parts.push('this');
      break;
    }
    if (current.type !== AST_NODE_TYPES.MemberExpression || guard >= 16) return null;
    const name = getPropertyName(current);
    if (name !== null) parts.push(memberText(name));
    // `process.env[DB_PASSWORD]`: a key held by a name, shown as written
    else if (current.computed && current.property.type === AST_NODE_TYPES.Identifier) {
      parts.push(`[${current.property.name}]`);
    } else return null;
    current = skipTypeAndChainWrappers(current.object);
  }
  return clipped(parts.reverse().join(''));
}

/** An expression's text as messages show it: at most 80 characters. */
function clipped(text: string): string {
  return clipText(text, 80);
}
