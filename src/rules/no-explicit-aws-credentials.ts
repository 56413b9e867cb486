import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { isAccessKeyId, isSecretAccessKeyShape } from '../utils/aws-credentials.js';
import {
  alwaysLeaves,
  forEachNode,
  isInside,
  enclosingFunction,
  getCalleeName,
  outermostTypeWrapper,
  getPropertyName,
  isFunctionLike,
  isMainModuleTest,
  returnedExpressions,
  skipTypeAndChainWrappers,
  skipTypeWrappers,
  type FunctionLike,
} from '../utils/ast.js';
import { createRule } from '../utils/create-rule.js';
import { getEnvRead } from '../utils/env-vars.js';
import { exportsTwilioFunction, getLambdaHandlers } from '../utils/handlers.js';
import {
  boundInitializer,
  constHolding,
  destructuredInitializer,
  findVariableOf,
  functionOf,
  isGlobalIdentifier,
  objectMemberInitializer,
  onceBoundDeclarator,
  plainAssignments,
  mayUseSdkReexport,
  resolveModuleRef,
} from '../utils/modules.js';
import { mayHideNames, mayImportLambdaTypes, includesText } from '../utils/prefilter.js';
import { canRemoveProperties, canRemoveStatement, removeProperties, removeStatement } from '../utils/remove-properties.js';
import {
  asV2ConfigConstruction,
  configEndpointLocality,
  getCredentialTarget,
  temporaryCredentialsMaster,
  isV2GlobalConfig,
  v2ConfigInstanceOf,
  type CredentialTarget,
} from '../utils/sdk-clients.js';
import {
  getChoiceBranches,
  getStaticString,
  getStaticTruthiness,
  getStaticValue,
  isOverriddenUnknown,
  type StaticProperty,
  type StaticValue,
} from '../utils/static-value.js';
import { inCommandLinePackage, inProjectScriptsFolder, inVercelProject, runsOffAws } from '../utils/serverless-config.js';
import { isTestFile } from '../utils/test-files.js';
import { redactCredentials } from '../utils/redact.js';

export type Options = [
  {
    reportProfileProviders?: boolean;
    reportFromEnv?: boolean;
    allowLocalEndpoints?: boolean;
  },
];

export type MessageIds =
  | 'hardcodedCredentials'
  | 'staticCredentials'
  | 'runtimeCredentials'
  | 'runtimeCredentialsWithoutToken'
  | 'profileProvider'
  | 'customEnvPrefix'
  | 'envProvider'
  | 'hardcodedSignerCredentials'
  | 'staticSignerCredentials'
  | 'runtimeSignerCredentialsWithoutToken'
  | 'removeCredentials';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;
type ObjectValue = Extract<StaticValue, { kind: 'object' }>;

/** SDK v2 config options whose value is an object and no service's options (`credentials` is read as itself). */
const V2_CONFIG_OBJECT_OPTIONS: ReadonlySet<string> = new Set([
  'credentials',
  'params',
  'httpOptions',
  'apiVersions',
  'retryDelayOptions',
  'paramValidation',
  'logger',
]);

/**
 * A v2 config's options (`AWS.config.update`, `new AWS.Config`, a config instance's `update`), not a service's: by the
 * names `getCredentialTarget` gives them.
 */
/** STS clients: SDK v3's (`STSClient`, the aggregated `STS`) and SDK v2's (`AWS.STS`). */
const STS_CLIENT = /^(?:AWS\.)?STS(?:Client)?$/u;
/** STS operations AWS accepts only when signed with an IAM user's long-term keys (never a role's). */
const USER_TOKEN_COMMANDS: ReadonlySet<string> = new Set(['GetFederationTokenCommand', 'GetSessionTokenCommand']);
const USER_TOKEN_METHODS: ReadonlySet<string> = new Set(['getFederationToken', 'getSessionToken']);

/**
 * An STS client made only to ask for an IAM user's temporary credentials: bound to a `const` whose every use sends
 * `GetFederationTokenCommand` / `GetSessionTokenCommand` (v3) or calls `getFederationToken` / `getSessionToken`. AWS
 * accepts those calls only when they are signed with the user's long-term keys, so the execution role cannot make
 * them: the keys are the design, not a slip (an upload service handing out federated, policy-scoped tokens).
 */
function isUserTokenStsClient(
  call: TSESTree.NewExpression | TSESTree.CallExpression,
  client: string,
  sourceCode: SourceCode,
): boolean {
  if (call.type !== AST_NODE_TYPES.NewExpression || !STS_CLIENT.test(client)) return false;
  // The options written in place: keys kept in a name may serve other clients too
  if (call.arguments[0]?.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const held = constHolding(call, sourceCode);
  // Not exported: another module may send it anything
  if (held === null || held.exported) return false;
  return (
    held.reads.length > 0 &&
    held.reads.every((read) => {
      const member = outermostTypeWrapper(read).parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.computed) return false;
      const callOf = member.parent;
      if (callOf.type !== AST_NODE_TYPES.CallExpression || callOf.callee !== member) return false;
      const method = getPropertyName(member);
      if (method !== null && USER_TOKEN_METHODS.has(method)) return true;
      const command = callOf.arguments[0];
      if (method !== 'send' || command?.type !== AST_NODE_TYPES.NewExpression) return false;
      // The command by what it is imported as (`AssumeRoleCommand as GetSessionTokenCommand` is AssumeRole)
      const ref = resolveModuleRef(command.callee, sourceCode);
      return ref?.module === '@aws-sdk/client-sts' && ref.path.length === 1 && USER_TOKEN_COMMANDS.has(ref.path[0]!);
    })
  );
}

function isV2ConfigTarget(target: Extract<CredentialTarget, { kind: 'v2-options' }>): boolean {
  return target.name === 'AWS.Config.update' || target.name === 'AWS.config.update' || target.name === 'AWS.Config';
}

/** Assignments that set a member: `=`, and `??=` / `||=` when it is unset. */
const SETTING_OPERATORS: ReadonlySet<string> = new Set(['=', '??=', '||=']);
/**
 * An `endpoint` option written as a key of an object or assigned to a member (`{ endpoint: url }`, `'endpoint': url`
 * after a comma, `config.endpoint = url`); not a variable of that name, an arrow's parameter or a comment's word.
 */
const ENDPOINT_OPTION = /[{,]\s*['"]?endpoint['"]?\s*:|\.endpoint\s*=(?![=>])/u;
/** Levels looked up from a read of options for the assignment whose value holds it (see `isInsideOwnAssignment`). */
const MAX_OWN_ASSIGNMENT_DEPTH = 8;
/** Values a `let` is given, read before giving up (see `assignedBefore`). */
const MAX_ASSIGNED_VALUES = 16;

/** Branches of nested choices read for one choice's outcomes (`a ? x : b ? y : c && z`). */
const MAX_CHOICE_OUTCOMES = 16;

const DEFAULT_OPTIONS = { reportProfileProviders: true, reportFromEnv: false, allowLocalEndpoints: true };

/** The runtime's own variables, per credential field. */
const RUNTIME_VARIABLES = {
  accessKeyId: 'AWS_ACCESS_KEY_ID',
  secretAccessKey: 'AWS_SECRET_ACCESS_KEY',
  sessionToken: 'AWS_SESSION_TOKEN',
} as const;
type CredentialField = keyof typeof RUNTIME_VARIABLES;
const CREDENTIAL_FIELDS = Object.keys(RUNTIME_VARIABLES) as CredentialField[];
// Compared by hand, not looked up: asked for every member assignment of an SDK file, and a name the parser made is a
// fresh string that a key lookup must hash first (a comparison stops at a length that differs)
const isCredentialField = (name: string): boolean =>
  name === 'accessKeyId' || name === 'secretAccessKey' || name === 'sessionToken';
const isCredentialsName = (name: string): boolean => name === 'credentials';

/** The S3 client's names as targets are shown (`S3Client`, `S3`, `AWS.S3`, `s3.S3Client`). */
const S3_CLIENT = /(?:^|\.)S3(?:Client)?$/u;

/** Names of S3-compatible stores (and their variables' prefixes: `B2_KEY_ID`, `R2_ACCOUNT_ID`) a file may spell. */
const S3_COMPATIBLE_STORE =
  /(?:backblaze|cloudflare|minio|wasabi|digitalocean|linode|scaleway|storj|filebase|(?:^|[^A-Za-z0-9])[BbRr]2(?:[^A-Za-z0-9]|$))/u;

/**
 * A client config whose endpoint is written as one value the code does not know (not a choice that may leave it
 * unset, `process.env.ENDPOINT || undefined`), in a file that names an S3-compatible store or with R2's
 * `region: 'auto'`.
 */
function isS3CompatibleStoreConfig(config: ObjectValue, sourceCode: SourceCode): boolean {
  const written = config.properties.get('endpoint')?.property?.value;
  if (written === undefined) return false;
  let endpoint = skipTypeWrappers(written);
  // `const endpoint = process.env.B2_ENDPOINT || undefined; new S3({ endpoint, … })`
  if (endpoint.type === AST_NODE_TYPES.Identifier) endpoint = skipTypeWrappers(boundInitializer(endpoint, sourceCode) ?? endpoint);
  if (endpoint.type === AST_NODE_TYPES.LogicalExpression || endpoint.type === AST_NODE_TYPES.ConditionalExpression) return false;
  const region = config.properties.get('region')?.value;
  return (region?.kind === 'string' && region.value === 'auto') || S3_COMPATIBLE_STORE.test(sourceCode.text);
}

/** Once-bound names followed to where a credential field's value is written. */
const MAX_FIELD_HOPS = 4;
/** Nested choices followed in a `credentials` expression (`a ? (b ? x : y) : z`). */
const MAX_BRANCH_DEPTH = 3;

/** What a `credentials` expression passes: its verdict, whether through a provider, and the branch chosen. */
interface WrittenCredentials {
  verdict: Verdict | null;
  provider: boolean;
  branch?: TSESTree.Node;
  /** The innermost branch of a choice written in the expression that passes the keys (`c ? { … } : p`). */
  choice?: TSESTree.Node;
  /**
   * The keys are a provider's own input (`fromTemporaryCredentials({ masterCredentials })`): removing the provider
   * would drop what it does besides (the role it assumes), so no suggestion removes it.
   */
  inProvider?: boolean;
  /**
   * The `masterCredentials` property of the `fromTemporaryCredentials({ … })` written in place whose input the keys
   * are: removing it alone leaves the role assumed with the execution role's credentials (the suggestion).
   */
  masterProperty?: TSESTree.Property;
}

/** `undefined`, `null`, `void 0` or `''`: a value that unsets a config field. */
function isUnsetValue(node: TSESTree.Node): boolean {
  const value = skipTypeWrappers(node);
  if (value.type === AST_NODE_TYPES.Identifier) return value.name === 'undefined';
  if (value.type === AST_NODE_TYPES.UnaryExpression) return value.operator === 'void';
  return value.type === AST_NODE_TYPES.Literal && (value.value === null || value.value === '');
}

/**
 * The member calls looked at: `AWS.config.update(…)`, `loadFromPath(…)`, a provider through its module
 * (`providers.fromIni(…)`), `aws4.sign(…)`. Compared by hand: asked for every member call of an SDK file (see
 * isCredentialField).
 */
function isCheckedMemberCall(name: string): boolean {
  return (
    name === 'update' ||
    name === 'sign' ||
    name === 'addAuthorization' ||
    name === 'loadFromPath' ||
    name === 'fromIni' ||
    name === 'fromProcess' ||
    name === 'fromSSO' ||
    name === 'fromEnv' ||
    name === 'fromStatic'
  );
}

/**
 * A provider called by a name of the file (`fromIni(…)` imported, renamed or destructured from a require): the
 * only calls of a plain name that can be credential targets. The export's name is spelled where the name is bound.
 */
const PROVIDER_EXPORT_NAME = /from(?:Ini|Process|SSO|Env|Static)|AwsSigv4Signer/u;

/** A local emulator's host named anywhere in the file (`new AWS.S3({ endpoint: 'http://localhost:4566' })`). */
const LOCAL_HOST_MENTION = /localhost|127\.0\.0\.1|localstack|host\.docker\.internal|\[::1\]/iu;

/**
 * Does the file change the environment (`delete process.env.AWS_ACCESS_KEY_ID`, `process.env = { … }`,
 * `process.env.AWS_SESSION_TOKEN = …`, `Object.assign(process.env, …)`, the same through an alias `const env =
 * process.env`)? The default chain reads the variables when the client first signs, keys passed explicitly when the
 * client is made: removing them is then no longer the same program (a test that snapshots the keys and then deletes
 * them from the environment). Read from the text: a write it cannot see is a write through another name.
 */
function changesEnvironmentIn(text: string): boolean {
  if (!text.includes('env')) return false;
  if (ENVIRONMENT_WRITES.some((pattern) => pattern.test(text))) return true;
  const aliases = new Set<string>();
  for (const match of text.matchAll(ENVIRONMENT_ALIAS)) aliases.add(match[1]!);
  if (aliases.size === 0) return false;
  for (const pattern of MEMBER_WRITES) {
    for (const match of text.matchAll(pattern)) if (aliases.has(match[1]!)) return true;
  }
  return false;
}

const ENVIRONMENT_WRITES = [
  // `delete process.env.X`, `Object.assign(process.env, …)`, `Reflect.deleteProperty(process.env, …)`, …
  /\bdelete\s+process\s*\.\s*env\b/u,
  /\b(?:assign|defineProperty|defineProperties|deleteProperty|set)\s*\(\s*process\s*\.\s*env\b/u,
  // `process.env.X = …`, `process.env[KEYS[i]] = …` (brackets one deep), `process.env = …`
  /\bprocess\s*\.\s*env(?:\s*\.\s*[\w$]+|\s*\[(?:[^\][\n]|\[[^\][\n]*\]){0,256}\])?\s*[-+|&?]{0,2}=(?!=)/u,
  // the test runners' environment stubs (`vi.stubEnv`, `jest.replaceProperty(process, 'env', …)`), and `process`
  // itself bound to another name or destructured (`const { env } = process`)
  /\bstubEnv\s*\(|\breplaceProperty\s*\(\s*process\b|=\s*process(?![\w$])(?!\s*(?:\.|\?\.|\[))/u,
];
/** `env = process.env` (`const { AWS_REGION } = process.env` copies the values: no alias). */
const ENVIRONMENT_ALIAS = /(?<![\w$])([\w$]+)\s*=\s*process\s*\.\s*env(?![\w$])(?!\s*(?:\.|\?\.|\[))/gu;
/** `delete x.…`, `Object.assign(x, …)`, `x.… = …` / `x[…] = …` (`+=`, `||=`, …): the object named `x` changed. */
const MEMBER_WRITES = [
  /\bdelete\s+([\w$]+)\s*[.[]/gu,
  /\bObject\s*\.\s*assign\s*\(\s*([\w$]+)/gu,
  /(?<![\w$.])([\w$]+)\s*(?:\.\s*[\w$]+|\[(?:[^\][\n]|\[[^\][\n]*\]){0,256}\])\s*[-+|&?]{0,2}=(?!=)/gu,
];

/** Files that mention no AWS SDK cannot bind a client: skip them without walking the tree. */
const SDK_MENTION = 'aws-sdk';
/** What to do instead of keys given to a signer (the `remedy` of its messages). */
const SIGNER_REMEDY =
  'Sign with the execution role: credentials from the default provider chain (`fromNodeProviderChain()` of @aws-sdk/credential-providers).';
/** SDK v2's signer (`sdk-clients.ts`): its remedy is the SDK's own credentials, which the default chain loads. */
const V2_SIGNER = 'AWS.Signers.V4';
const V2_SIGNER_REMEDY = 'Sign with the execution role: the credentials the SDK loads from the default chain (`AWS.config.credentials`).';
const AWS4_REMEDY = "Leave the credentials out: aws4 then signs with the runtime's own variables, the execution role's.";
/** The messages of a verdict on keys given to a client. */
type VerdictMessage =
  | 'hardcodedCredentials'
  | 'staticCredentials'
  | 'runtimeCredentials'
  | 'runtimeCredentialsWithoutToken';
/** A signer's message for each client message a verdict gets (the runtime's three variables never reach it). */
const SIGNER_MESSAGES: Readonly<Record<VerdictMessage, Exclude<MessageIds, 'removeCredentials'>>> = {
  hardcodedCredentials: 'hardcodedSignerCredentials',
  staticCredentials: 'staticSignerCredentials',
  runtimeCredentials: 'runtimeSignerCredentialsWithoutToken',
  runtimeCredentialsWithoutToken: 'runtimeSignerCredentialsWithoutToken',
};
/** What a file that makes a request signer spells (`@smithy/signature-v4`, `aws4`, OpenSearch's `AwsSigv4Signer`). */
const SIGNER_MENTIONS = ['signature-v4', 'aws4', 'Sigv4Signer'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Classifying credential values

/** What one credential field holds. */
type FieldClass =
  | { kind: 'absent' }
  | { kind: 'literal'; text: string }
  /**
   * The runtime's own variable for this field; `exact` when nothing else can replace its value; `dummyFallback`
   * when a dummy literal stands in for it when unset (`process.env.AWS_ACCESS_KEY_ID || 'test'`: an emulator's).
   */
  | { kind: 'runtime'; exact: boolean; dummyFallback?: boolean }
  /** Any other expression: another variable, a parameter, a call, another environment variable. */
  | { kind: 'variable' }
  | { kind: 'unknown' };

interface FieldInput {
  value: StaticValue;
  /** Where the value is written, when known. */
  node: TSESTree.Node | null;
}

type Verdict =
  | { kind: 'hardcoded'; dummy: boolean }
  | { kind: 'static' }
  | { kind: 'runtime'; withToken: boolean; exact: boolean; dummyFallback?: boolean };

/** A literal access key ID that cannot be a real one (`test`, `dummy`, AWS's documented EXAMPLE key). */
function isDummyKeyId(text: string): boolean {
  return !isAccessKeyId(text.trim());
}

/** A literal secret without the shape of a real one (length, alphabet, entropy, placeholder words). */
function isDummySecret(text: string): boolean {
  return !isSecretAccessKeyShape(text.trim());
}

function isDummyValue(field: CredentialField, text: string): boolean {
  if (field === 'accessKeyId') return isDummyKeyId(text);
  if (field === 'secretAccessKey') return isDummySecret(text);
  return true;
}

function classifyField(
  input: FieldInput | null,
  field: CredentialField,
  sourceCode: SourceCode,
  depth = 0,
  hops = 0,
): FieldClass {
  if (input === null) return { kind: 'absent' };
  const { value, node } = input;
  if (value.kind === 'undefined' || value.kind === 'null' || (value.kind === 'string' && value.value === '')) {
    return { kind: 'absent' };
  }
  if (node !== null) {
    const inner = skipTypeWrappers(node);
    // `const accessKeyId = process.env.AWS_ACCESS_KEY_ID || 'test'`: read as written where it is bound
    if (inner.type === AST_NODE_TYPES.Identifier && hops < MAX_FIELD_HOPS) {
      const init = boundInitializer(inner, sourceCode) ?? destructuredInitializer(inner, sourceCode);
      if (init !== null) return classifyField({ value, node: init }, field, sourceCode, depth, hops + 1);
      // `(region?, accessKeyId?) => new AWS.DynamoDB({ region, accessKeyId })` called as `getDD()`: nothing is passed
      if (omittedByEveryCall(inner, sourceCode)) return { kind: 'absent' };
    }
    // `config.accessKeyId` with `const config = { accessKeyId: process.env.AWS_ACCESS_KEY_ID }`: read as written there
    if (inner.type === AST_NODE_TYPES.MemberExpression && hops < MAX_FIELD_HOPS) {
      const init = objectMemberInitializer(inner, sourceCode);
      if (init !== null) return classifyField({ value, node: init }, field, sourceCode, depth, hops + 1);
    }
    // `String(process.env.AWS_ACCESS_KEY_ID)`, `` `${process.env.AWS_ACCESS_KEY_ID}` ``: the same text, not exactly
    // the variable (an unset one becomes 'undefined')
    const converted = convertedToText(inner, sourceCode);
    if (converted !== null && hops < MAX_FIELD_HOPS) {
      const read = getEnvRead(converted, sourceCode);
      if (read !== null && read.name === RUNTIME_VARIABLES[field]) return { kind: 'runtime', exact: false };
    }
    // A getter or method in a credential slot: not a value we can read.
    if (isFunctionLike(inner)) return { kind: 'unknown' };
    if (
      depth === 0 &&
      inner.type === AST_NODE_TYPES.LogicalExpression &&
      (inner.operator === '??' || inner.operator === '||')
    ) {
      // `process.env.AWS_ACCESS_KEY_ID ?? '<a real-looking key>'`: the fallback is a hard-coded key. A dummy or
      // empty fallback (`?? ''`, `|| 'local'`) leaves the variable as what is passed, no longer exactly.
      const fallback = classifyField({ value: getStaticValue(inner.right, sourceCode), node: inner.right }, field, sourceCode, 1);
      if (fallback.kind === 'literal' && !isDummyValue(field, fallback.text)) return fallback;
      const left = classifyField({ value: getStaticValue(inner.left, sourceCode), node: inner.left }, field, sourceCode, 1);
      if (fallback.kind === 'absent' || fallback.kind === 'literal') {
        if (left.kind !== 'runtime') return left;
        return fallback.kind === 'literal'
          ? { kind: 'runtime', exact: false, dummyFallback: true }
          : { kind: 'runtime', exact: false };
      }
      return left.kind === 'unknown' ? left : { kind: 'variable' };
    }
    const read = getEnvRead(node, sourceCode);
    if (read !== null) {
      return read.name === RUNTIME_VARIABLES[field] ? { kind: 'runtime', exact: read.exact } : { kind: 'variable' };
    }
  }
  switch (value.kind) {
    case 'string':
      return { kind: 'literal', text: value.value };
    case 'partial-string':
      return { kind: 'variable' };
    case 'unknown':
      // A key made unknown by a later unknown spread is not what is written here.
      if (isOverriddenUnknown(value)) return { kind: 'unknown' };
      return node === null ? { kind: 'unknown' } : { kind: 'variable' };
    default:
      return { kind: 'unknown' };
  }
}

/**
 * Is `name` a parameter (plain, optional or defaulting to nothing) of a function of the module that every use leaves
 * out? The function is bound to a name the module neither exports nor hands anywhere: each reference to it is a
 * direct call (recursion included), one at least, and none gives an argument there (or gives `undefined`); the
 * parameter is never assigned. It then holds nothing when the client is made.
 */
function omittedByEveryCall(name: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const found = parameterCalls(findVariableOf(name, sourceCode), sourceCode);
  if (found === null || found.calls.length === 0) return false;
  if (found.param.type === AST_NODE_TYPES.AssignmentPattern && !isUndefined(found.param.right)) return false;
  return found.arguments.every((argument) => argument === undefined || isUndefined(argument));
}

/** A parameter of a function of the module and the arguments its calls give there (see `parameterCalls`). */
interface ParameterCalls {
  fn: FunctionLike;
  /** The parameter as written: a name, or a name with a default (`credentials = undefined`). */
  param: TSESTree.Parameter;
  /** The calls of the function (`new Service(…)` for a class's constructor). */
  calls: (TSESTree.CallExpression | TSESTree.NewExpression)[];
  /** Per call, the argument at the parameter's position (undefined where the call gives none). */
  arguments: (TSESTree.Node | undefined)[];
}

/**
 * `function makeClient(credentials) { … }` called as `makeClient({ … })`: the arguments every call of the module
 * gives for the parameter `variable`, when it is a plain parameter (or one with a default) never assigned, of a
 * function whose every use is a direct call (see `directCallsOnly`); null otherwise, or when a spread comes at or
 * before its position. A TypeScript `this` parameter takes no argument.
 */
function parameterCalls(variable: Variable | null, sourceCode: SourceCode): ParameterCalls | null {
  const def = variable?.defs.length === 1 ? variable.defs[0]! : null;
  if (def?.type !== 'Parameter' || !isFunctionLike(def.node)) return null;
  // A default value is written to the parameter itself: any other write changes it
  if (variable!.references.some((reference) => reference.isWrite() && reference.identifier !== def.name)) return null;
  const fn = def.node;
  const index = fn.params.findIndex((param) => {
    const bare = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
    return bare === def.name;
  });
  if (index === -1) return null;
  const first = fn.params[0];
  const position = first?.type === AST_NODE_TYPES.Identifier && first.name === 'this' ? index - 1 : index;
  const calls = directCallsOnly(fn, sourceCode);
  if (calls === null) return null;
  const given: (TSESTree.Node | undefined)[] = [];
  for (const call of calls) {
    const before = call.arguments.slice(0, position + 1);
    if (before.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return null;
    given.push(call.arguments[position]);
  }
  return { fn, param: fn.params[index]!, calls, arguments: given };
}

/**
 * The calls of `fn` when every reference to the name it is bound to (`function f`, `const f = (…) => …`) is the
 * callee of a call, and the binding is not exported; else null (exported, aliased, passed on, bound, `.call`-ed).
 * A class's constructor is called by `new` of the class (`class Storage { constructor(credentials) { … } }` and
 * `new Storage({ … })`); a class extended, or its name used any other way, may be constructed elsewhere.
 */
function directCallsOnly(
  fn: FunctionLike,
  sourceCode: SourceCode,
): (TSESTree.CallExpression | TSESTree.NewExpression)[] | null {
  let binding: TSESTree.Node | null = null;
  let called: AST_NODE_TYPES.CallExpression | AST_NODE_TYPES.NewExpression = AST_NODE_TYPES.CallExpression;
  const method = fn.parent;
  if (method?.type === AST_NODE_TYPES.MethodDefinition && method.kind === 'constructor' && method.value === fn) {
    const owner = method.parent.parent;
    called = AST_NODE_TYPES.NewExpression;
    if (owner.type === AST_NODE_TYPES.ClassDeclaration) binding = owner;
    else if (owner.type === AST_NODE_TYPES.ClassExpression && owner.parent.type === AST_NODE_TYPES.VariableDeclarator) {
      binding = owner.parent.init === owner ? owner.parent : null;
    }
  } else if (fn.type === AST_NODE_TYPES.FunctionDeclaration) binding = fn;
  else if (fn.parent?.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn) binding = fn.parent;
  if (binding === null || binding.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration) return null;
  const exported = (node: TSESTree.Node | undefined): boolean =>
    node?.type === AST_NODE_TYPES.ExportNamedDeclaration || node?.type === AST_NODE_TYPES.ExportDefaultDeclaration;
  if (exported(binding.parent) || exported(binding.parent?.parent)) return null;
  const variable = sourceCode.getDeclaredVariables(binding)[0];
  if (variable === undefined) return null;
  const calls: (TSESTree.CallExpression | TSESTree.NewExpression)[] = [];
  for (const reference of variable.references) {
    // A type annotation (`let s: Storage`) calls nothing
    if (reference.init === true || (reference as { isValueReference?: boolean }).isValueReference === false) continue;
    const use = outermostTypeWrapper(reference.identifier as TSESTree.Node);
    const call = use.parent;
    if (call?.type !== called || call.callee !== use) return null;
    calls.push(call);
  }
  return calls;
}

/**
 * Does evaluating `node` only read (a literal, a name, a member of one such as `process.env.KEY`, a template or choice
 * of those)? Removing such an expression changes nothing but the value. Bounded in depth.
 */
function readsOnly(node: TSESTree.Node, depth: number): boolean {
  if (depth > MAX_READ_DEPTH) return false;
  const inner = skipTypeWrappers(node);
  switch (inner.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.Identifier:
      return true;
    case AST_NODE_TYPES.MemberExpression:
      return (!inner.computed || inner.property.type === AST_NODE_TYPES.Literal) && readsOnly(inner.object, depth + 1);
    case AST_NODE_TYPES.TemplateLiteral:
      return inner.expressions.every((expression) => readsOnly(expression, depth + 1));
    case AST_NODE_TYPES.LogicalExpression:
      return readsOnly(inner.left, depth + 1) && readsOnly(inner.right, depth + 1);
    case AST_NODE_TYPES.ConditionalExpression:
      return readsOnly(inner.test, depth + 1) && readsOnly(inner.consequent, depth + 1) && readsOnly(inner.alternate, depth + 1);
    default:
      return false;
  }
}

const MAX_READ_DEPTH = 8;

/** `a ? b : c`, `a && b`, `a || b`, `a ?? b`: an expression whose value is one of its branches. */
function isChoiceExpression(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.ConditionalExpression || node.type === AST_NODE_TYPES.LogicalExpression;
}

/** `undefined` (the global) or `void 0`. */
function isUndefined(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'undefined';
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void';
}

/** The value `String(x)` or `` `${x}` `` converts to text, else null. */
function convertedToText(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node | null {
  if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    const [head, tail] = node.quasis;
    const bare = node.expressions.length === 1 && head?.value.cooked === '' && tail?.value.cooked === '';
    return bare ? node.expressions[0]! : null;
  }
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length !== 1) return null;
  const callee = node.callee;
  const argument = node.arguments[0]!;
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'String') return null;
  return argument.type === AST_NODE_TYPES.SpreadElement || !isGlobalIdentifier(callee, sourceCode) ? null : argument;
}

interface CombineOptions {
  /** A session token may be hidden in an unknown spread. */
  tokenMayHide: boolean;
  /** Nothing but the three credential fields is passed (a prerequisite of the autofix). */
  onlyCredentialFields: boolean;
}

function combine(
  fields: Record<CredentialField, FieldClass>,
  options: CombineOptions,
): Verdict | null {
  const { accessKeyId: key, secretAccessKey: secret, sessionToken: token } = fields;
  if (key.kind === 'absent' && secret.kind === 'absent') return null;
  if (key.kind === 'literal' || secret.kind === 'literal') {
    // Dummy: no literal looks like a real key (a pair with a dummy literal in it cannot sign real requests).
    const dummy =
      (key.kind !== 'literal' || isDummyKeyId(key.text)) && (secret.kind !== 'literal' || isDummySecret(secret.text));
    return { kind: 'hardcoded', dummy };
  }
  if (key.kind === 'unknown' || secret.kind === 'unknown' || token.kind === 'unknown' || options.tokenMayHide) {
    return null;
  }
  // A session token from anything but the runtime's own variable: temporary credentials (STS AssumeRole output).
  if (token.kind === 'literal' || token.kind === 'variable') return null;
  const runtimeKeys = (key.kind === 'absent' || key.kind === 'runtime') && (secret.kind === 'absent' || secret.kind === 'runtime');
  if (!runtimeKeys) return { kind: 'static' };
  const withToken = token.kind === 'runtime';
  const exact =
    key.kind === 'runtime' &&
    key.exact &&
    secret.kind === 'runtime' &&
    secret.exact &&
    token.kind === 'runtime' &&
    token.exact &&
    options.onlyCredentialFields;
  const dummyFallback = [key, secret].some((item) => item.kind === 'runtime' && item.dummyFallback === true);
  return dummyFallback ? { kind: 'runtime', withToken, exact, dummyFallback } : { kind: 'runtime', withToken, exact };
}

function propertyInput(property: StaticProperty | undefined): FieldInput | null {
  if (property === undefined) return null;
  return { value: property.value, node: property.property?.value ?? null };
}

/** The three credential fields of an object (`{ accessKeyId, secretAccessKey, sessionToken }`), each classified. */
function objectFields(object: ObjectValue, sourceCode: SourceCode): Record<CredentialField, FieldClass> {
  const fields = {} as Record<CredentialField, FieldClass>;
  for (const field of CREDENTIAL_FIELDS) {
    fields[field] = classifyField(propertyInput(object.properties.get(field)), field, sourceCode);
  }
  return fields;
}

function classifyObject(object: ObjectValue, sourceCode: SourceCode): Verdict | null {
  return combine(objectFields(object, sourceCode), {
    tokenMayHide: object.hasUnknownKeys && !object.properties.has('sessionToken'),
    onlyCredentialFields:
      !object.hasUnknownKeys && [...object.properties.keys()].every((key) => key in RUNTIME_VARIABLES),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Provider functions: `credentials: async () => ({ accessKeyId, secretAccessKey })`

/** The function `node` is, or names (a function declaration or a once-bound `const f = () => …`). */
function resolveFunction(node: TSESTree.Node, sourceCode: SourceCode): FunctionLike | null {
  const fn = functionOf(node, sourceCode);
  // A function declaration assigned again later may be another function by the time it runs
  const target = skipTypeWrappers(node);
  if (fn?.type === AST_NODE_TYPES.FunctionDeclaration && target.type === AST_NODE_TYPES.Identifier) {
    const reassigned = findVariableOf(target, sourceCode)?.references.some((reference) => reference.isWrite());
    if (reassigned !== false) return null;
  }
  return fn;
}

/** `Promise.resolve` with the global Promise. */
function isGlobalPromiseResolve(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const callee = skipTypeWrappers(node);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'resolve') return false;
  const object = skipTypeWrappers(callee.object);
  return object.type === AST_NODE_TYPES.Identifier && object.name === 'Promise' && isGlobalIdentifier(object, sourceCode);
}

/** A value a provider function returns, and what it passes. */
interface ProviderReturn {
  node: TSESTree.Node;
  verdict: Verdict | null;
  /** The keys are the `masterCredentials` of a `fromTemporaryCredentials(…)` it returns (see WrittenCredentials). */
  inProvider?: boolean;
}

/** What each value a provider function returns passes: its verdict, by the returned expression. */
function providerReturns(fn: FunctionLike, sourceCode: SourceCode): ProviderReturn[] {
  const returned = returnedExpressions(fn);
  if (returned === null) return [];
  return returned.map((expression) => {
    if (expression === null) return { node: fn, verdict: null };
    let node = skipTypeWrappers(expression);
    if (node.type === AST_NODE_TYPES.AwaitExpression) node = skipTypeWrappers(node.argument);
    // `() => Promise.resolve({ … })`
    if (
      node.type === AST_NODE_TYPES.CallExpression &&
      node.arguments.length === 1 &&
      node.arguments[0]!.type !== AST_NODE_TYPES.SpreadElement &&
      isGlobalPromiseResolve(node.callee, sourceCode)
    ) {
      node = skipTypeWrappers(node.arguments[0]!);
    }
    // `() => fromTemporaryCredentials({ masterCredentials: { … }, params })`: the master keys
    const master = node.type === AST_NODE_TYPES.CallExpression ? temporaryCredentialsMaster(node, sourceCode) : null;
    if (master !== null) {
      const keys = getStaticValue(master, sourceCode);
      return { node, verdict: keys.kind === 'object' ? classifyObject(keys, sourceCode) : null, inProvider: true };
    }
    const value = getStaticValue(node, sourceCode);
    return { node, verdict: value.kind === 'object' ? classifyObject(value, sourceCode) : null };
  });
}

/**
 * Where a provider function returns hard-coded keys: the first such return an environment test does not guard, else
 * the first (`if (process.env.IS_OFFLINE) return { accessKeyId: 'local', … }` is judged there, like a branch).
 */
function hardcodedReturn(returns: readonly ProviderReturn[], sourceCode: SourceCode): TSESTree.Node | undefined {
  const hardcoded = returns.filter((item) => item.verdict?.kind === 'hardcoded');
  return (hardcoded.find((item) => !isEnvironmentSwitched(item.node, sourceCode)) ?? hardcoded[0])?.node;
}

/**
 * What a provider passes, from what each of its returns passes: hard-coded keys if any return has them, else static
 * keys, else the runtime's variables; null when a return is unknown.
 */
function combineReturns(verdicts: readonly (Verdict | null)[]): Verdict | null {
  if (verdicts.length === 0) return null;
  const hardcoded = verdicts.filter((verdict) => verdict?.kind === 'hardcoded');
  if (hardcoded.length > 0) {
    return { kind: 'hardcoded', dummy: hardcoded.every((verdict) => verdict.kind === 'hardcoded' && verdict.dummy) };
  }
  if (verdicts.some((verdict) => verdict === null)) return null;
  if (verdicts.every((verdict) => verdict?.kind === 'runtime')) {
    return { kind: 'runtime', withToken: verdicts.every((verdict) => verdict.kind === 'runtime' && verdict.withToken), exact: false };
  }
  return { kind: 'static' };
}

// ---------------------------------------------------------------------------------------------------------------
// Environment switches: `process.env.IS_OFFLINE ? fromIni({ profile: 'local' }) : undefined`

/** Ancestors looked at for a switch, and nodes of a switch's test looked at for an environment read. */
const MAX_SWITCH_ANCESTORS = 64;
const MAX_TEST_NODES = 200;

/** Does `test` read an environment variable (`process.env.X`, directly or through once-bound constants)? */
function readsEnvironment(test: TSESTree.Node, sourceCode: SourceCode): boolean {
  const stack: { node: TSESTree.Node; depth: number }[] = [{ node: test, depth: 0 }];
  for (let count = 0; stack.length > 0 && count < MAX_TEST_NODES; count++) {
    const { node, depth } = stack.pop()!;
    if (
      (node.type === AST_NODE_TYPES.MemberExpression || node.type === AST_NODE_TYPES.Identifier) &&
      getEnvRead(node, sourceCode) !== null
    ) {
      return true;
    }
    switch (node.type) {
      case AST_NODE_TYPES.Identifier: {
        // `const isOffline = process.env.IS_OFFLINE === 'true'`
        if (depth >= 2) break;
        const variable = findVariableOf(node, sourceCode);
        const declarator = variable === null ? null : onceBoundDeclarator(variable);
        if (declarator?.init) stack.push({ node: declarator.init, depth: depth + 1 });
        break;
      }
      case AST_NODE_TYPES.MemberExpression:
        stack.push({ node: node.object, depth });
        break;
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.LogicalExpression:
        stack.push({ node: node.left, depth }, { node: node.right, depth });
        break;
      case AST_NODE_TYPES.UnaryExpression:
        stack.push({ node: node.argument, depth });
        break;
      case AST_NODE_TYPES.ChainExpression:
        stack.push({ node: node.expression, depth });
        break;
      case AST_NODE_TYPES.CallExpression:
        // `Boolean(process.env.X)`, `process.env.STAGE.startsWith('local')`
        stack.push({ node: node.callee, depth });
        for (const argument of node.arguments) stack.push({ node: argument, depth });
        break;
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
        stack.push({ node: node.expression, depth });
        break;
      default:
        break;
    }
  }
  return false;
}

/**
 * What a switch must say of a branch: `not-deployed`, that it is not known to run deployed (a profile there fails
 * in Lambda, so a team that ships one means it for a laptop); `local`, that it never runs in Lambda (keys read from
 * variables would work there, so nothing less excuses them: `STAGE !== 'prod'` also holds in a deployed dev stage).
 */
type SwitchBar = 'not-deployed' | 'local';

/**
 * Is `node` in a branch chosen by the environment (`env ? node : …`, `if (env) { node }`, `env && node`) that meets
 * `bar`? Then the code picks a profile only where one exists (a laptop, serverless-offline) and the default chain
 * in Lambda. A branch the test says runs when deployed (`process.env.IS_OFFLINE ? undefined : node`,
 * `process.env.STAGE === 'prod' ? node : …`, `process.env.AWS_LAMBDA_FUNCTION_NAME && node`) is no switch.
 * Stops at the enclosing function.
 */
function isEnvironmentSwitched(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  hops = 0,
  bar: SwitchBar = 'not-deployed',
): boolean {
  let child = node;
  let parent = node.parent;
  for (let depth = 0; depth < MAX_SWITCH_ANCESTORS && parent !== undefined && parent !== null; depth++) {
    if (isFunctionLike(parent)) return false;
    // `const profileCreds = new SharedIniFileCredentials(…)` (or a client made with it), used only where the
    // environment chooses it: `credentials: process.env.ROLE_ARN ? roleCreds : profileCreds`
    if (
      parent.type === AST_NODE_TYPES.VariableDeclarator &&
      parent.init === child &&
      parent.id.type === AST_NODE_TYPES.Identifier &&
      hops < MAX_SWITCH_HOPS &&
      isUsedOnlySwitched(parent.id, sourceCode, hops + 1, bar)
    ) {
      return true;
    }
    if (
      (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) &&
      isGuardedByEarlyExit(parent, child, sourceCode, bar)
    ) {
      return true;
    }
    let test: TSESTree.Node | null = null;
    // Does the branch run when the test is true (`a ? node : …`, `if (a) node`, `a && node`) or false?
    let whenTrue = true;
    if (
      (parent.type === AST_NODE_TYPES.ConditionalExpression || parent.type === AST_NODE_TYPES.IfStatement) &&
      parent.test !== child
    ) {
      test = parent.test;
      whenTrue = parent.consequent === child;
    } else if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.right === child) {
      test = parent.left;
      // `a || node` and `a ?? node` run `node` when `a` is unset (an environment value is a string or undefined)
      whenTrue = parent.operator === '&&';
    }
    if (test !== null && readsEnvironment(test, sourceCode)) {
      return meetsBar(environmentMeaning(test, sourceCode, 0, whenTrue), bar);
    }
    child = parent;
    parent = parent.parent;
  }
  return false;
}

function meetsBar(branch: EnvironmentMeaning, bar: SwitchBar): boolean {
  return bar === 'local' ? branch === 'local' : branch !== 'deployed' && branch !== 'production';
}

/**
 * `if (!process.env.IS_OFFLINE) return new S3Client({}); … node`: a statement of `block` (a function's body or
 * any block in it, or a module's top level: `if (STAGE === 'prod') throw …`) after an environment test one of whose
 * branches always leaves (returns or throws) runs only where the other branch was taken: the test fails when the
 * `if` leaves (an `else` that does not leave, or none), holds when only its `else` leaves.
 */
function isGuardedByEarlyExit(
  block: TSESTree.BlockStatement | TSESTree.Program,
  statement: TSESTree.Node,
  sourceCode: SourceCode,
  bar: SwitchBar,
): boolean {
  for (const earlier of block.body) {
    if (earlier === statement) return false;
    if (earlier.type !== AST_NODE_TYPES.IfStatement) continue;
    const consequentLeaves = alwaysLeaves(earlier.consequent, MAX_LEAVE_DEPTH);
    const alternateLeaves = earlier.alternate !== null && alwaysLeaves(earlier.alternate, MAX_LEAVE_DEPTH);
    // Neither leaves: the code after runs either way; both: it never runs (nothing to say)
    if (consequentLeaves === alternateLeaves || !readsEnvironment(earlier.test, sourceCode)) continue;
    if (meetsBar(environmentMeaning(earlier.test, sourceCode, 0, !consequentLeaves), bar)) return true;
  }
  return false;
}

/** Nested `if`s and blocks looked through to tell that a statement always leaves. */
const MAX_LEAVE_DEPTH = 8;

/** Bindings followed to their reads (`const a = …; const b = env ? a : …`) to tell whether a value is switched. */
const MAX_SWITCH_HOPS = 3;

/** Reads of one binding looked at (a constant read more often is taken as used everywhere). */
const MAX_SWITCH_READS = 16;

/** Per switch bar and variable, the answer of `isUsedOnlySwitched` (variables belong to one file's scope analysis). */
const usedOnlySwitched: Record<SwitchBar, WeakMap<object, boolean>> = {
  'not-deployed': new WeakMap(),
  local: new WeakMap(),
};

/** Is the `const` `id` read at least once, and every read in a branch the environment chooses (meeting `bar`)? */
function isUsedOnlySwitched(id: TSESTree.Identifier, sourceCode: SourceCode, hops: number, bar: SwitchBar): boolean {
  const variable = findVariableOf(id, sourceCode);
  if (variable === null || variable.defs.length !== 1) return false;
  const known = usedOnlySwitched[bar].get(variable);
  if (known !== undefined) return known;
  const reads = variable.references.filter((reference) => !reference.init);
  const answer =
    reads.length > 0 &&
    reads.length <= MAX_SWITCH_READS &&
    !reads.some((reference) => reference.isWrite()) &&
    reads.every((reference) => isEnvironmentSwitched(reference.identifier, sourceCode, hops, bar));
  usedOnlySwitched[bar].set(variable, answer);
  return answer;
}

/**
 * What an environment test being true says about where the code runs: `local`, never in Lambda (a local tool's flag
 * set, Lambda's own variables unset); `deployed`, in Lambda; `production`, in a production stage, so
 * `not-production` is a laptop or a deployed stage of another name; or unknown.
 */
type EnvironmentMeaning = 'local' | 'development' | 'deployed' | 'production' | 'not-production' | 'unknown';

/** A prefix of environment variable names, as teams write them: upper case, digits and `_`, short. */
const ENV_PREFIX = /^[A-Z][A-Z0-9_]{0,31}$/u;

/** Variables Lambda sets in every function's environment: set means deployed. */
const LAMBDA_RUNTIME_VARIABLES = new Set([
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_RUNTIME_API',
  'AWS_EXECUTION_ENV',
  'LAMBDA_TASK_ROOT',
  '_HANDLER',
]);
/** Flags local tools set (serverless-offline, SAM local, LocalStack) or teams name so: set means local. */
const LOCAL_FLAG = /^(?:IS_)?(?:OFFLINE|LOCAL|LOCALSTACK|SAM_LOCAL|AWS_SAM_LOCAL|EMULATED|EMULATOR)$/iu;
/**
 * Values of a stage / environment variable that say local; that say a developer's or test run, which may also be a
 * deployed stage of that name (`development` means a laptop for a profile's pick, not proof that Lambda never runs
 * the branch); and that say production.
 */
const LOCAL_VALUES = new Set(['local', 'offline', 'localstack']);
const DEVELOPMENT_VALUES = new Set(['test', 'development']);
const PRODUCTION_VALUES = new Set(['prod', 'production', 'live']);

const INVERTED_MEANINGS: Record<EnvironmentMeaning, EnvironmentMeaning> = {
  local: 'deployed',
  development: 'deployed',
  deployed: 'local',
  production: 'not-production',
  'not-production': 'production',
  unknown: 'unknown',
};

function invertMeaning(meaning: EnvironmentMeaning): EnvironmentMeaning {
  return INVERTED_MEANINGS[meaning];
}

/**
 * What `test` being `truth` means: `process.env.IS_OFFLINE` true → local; `process.env.AWS_LAMBDA_FUNCTION_NAME` true
 * → deployed; `process.env.STAGE === 'prod'` true → production; false, `!t` and `!==` invert; `a || b`, `a && b` as
 * their parts say. Anything else is unknown.
 */
function environmentMeaning(
  test: TSESTree.Node,
  sourceCode: SourceCode,
  depth: number,
  truth = true,
): EnvironmentMeaning {
  const node = skipTypeAndChainWrappers(test);
  if (depth > 4) return 'unknown';
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    return environmentMeaning(node.argument, sourceCode, depth + 1, !truth);
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression) {
    // `process.env.LAMBDA_TASK_ROOT || false`: a falsy fallback leaves the test's truth as it was
    if (node.operator !== '&&' && getStaticTruthiness(node.right, sourceCode) === false) {
      return environmentMeaning(node.left, sourceCode, depth + 1, truth);
    }
    // `IS_OFFLINE || IS_LOCAL` is true when either is, false when both are (`??` of variables, which are text or
    // unset, is true only when one of them is); `IS_OFFLINE && region` true when both are, false when either is
    const left = environmentMeaning(node.left, sourceCode, depth + 1, truth);
    const right = environmentMeaning(node.right, sourceCode, depth + 1, truth);
    return (node.operator === '&&') === truth ? bothMeanings(left, right) : eitherMeaning(left, right);
  }
  const meaning = leafMeaning(node, sourceCode, depth);
  return truth ? meaning : invertMeaning(meaning);
}

/** What a test that is no `!`, `||` nor `&&` being true means (see `environmentMeaning`). */
function leafMeaning(node: TSESTree.Node, sourceCode: SourceCode, depth: number): EnvironmentMeaning {
  if (node.type === AST_NODE_TYPES.Identifier) {
    // `const isOffline = process.env.IS_OFFLINE === 'true'`
    const variable = findVariableOf(node, sourceCode);
    const declarator = variable === null ? null : onceBoundDeclarator(variable);
    if (declarator?.init && getEnvRead(node, sourceCode) === null) {
      return environmentMeaning(declarator.init, sourceCode, depth + 1);
    }
  }
  const read = flagRead(node, sourceCode);
  if (read !== null) return variableMeaning(read);
  if (node.type !== AST_NODE_TYPES.BinaryExpression) return 'unknown';
  const negated = node.operator === '!==' || node.operator === '!=';
  if (!negated && node.operator !== '===' && node.operator !== '==') return 'unknown';
  const [variableSide, valueSide] =
    flagRead(node.left, sourceCode) !== null ? [node.left, node.right] : [node.right, node.left];
  const name = flagRead(variableSide, sourceCode);
  const value = name === null ? null : getStaticString(valueSide, sourceCode);
  if (name === null || value === null) return 'unknown';
  const lower = value.toLowerCase();
  let meaning: EnvironmentMeaning = 'unknown';
  if (LAMBDA_RUNTIME_VARIABLES.has(name)) meaning = 'unknown';
  else if (LOCAL_FLAG.test(name)) meaning = lower === 'true' || lower === '1' ? 'local' : 'unknown';
  else if (LOCAL_VALUES.has(lower)) meaning = 'local';
  else if (DEVELOPMENT_VALUES.has(lower)) meaning = 'development';
  else if (PRODUCTION_VALUES.has(lower)) meaning = 'production';
  return negated ? invertMeaning(meaning) : meaning;
}

/**
 * What `a || b` being true means: what both say; deployed (or production) when either says so, as the branch may run
 * there; the weaker of local and development (a run on a laptop or a development stage).
 */
function eitherMeaning(left: EnvironmentMeaning, right: EnvironmentMeaning): EnvironmentMeaning {
  if (left === right) return left;
  if (left === 'deployed' || right === 'deployed') return 'deployed';
  if (left === 'production' || right === 'production') return 'production';
  const local = (meaning: EnvironmentMeaning): boolean => meaning === 'local' || meaning === 'development';
  return local(left) && local(right) ? 'development' : 'unknown';
}

/** What `a && b` being true means: what either says (both hold), the stronger of local and development. */
function bothMeanings(left: EnvironmentMeaning, right: EnvironmentMeaning): EnvironmentMeaning {
  if (left === right || right === 'unknown') return left;
  if (left === 'unknown') return right;
  if ((left === 'local' && right === 'development') || (left === 'development' && right === 'local')) return 'local';
  return 'unknown';
}

/** `process.env.X` (also `Boolean(process.env.X)`): the variable's name, else null. */
function flagRead(input: TSESTree.Node, sourceCode: SourceCode): string | null {
  let node = skipTypeAndChainWrappers(input);
  if (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'Boolean' &&
    node.arguments.length === 1
  ) {
    node = skipTypeAndChainWrappers(node.arguments[0]!);
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression && node.type !== AST_NODE_TYPES.Identifier) return null;
  return getEnvRead(node, sourceCode)?.name ?? null;
}

function variableMeaning(name: string): EnvironmentMeaning {
  if (LAMBDA_RUNTIME_VARIABLES.has(name)) return 'deployed';
  return LOCAL_FLAG.test(name) ? 'local' : 'unknown';
}

/**
 * A top-level folder of command-line scripts (`scripts/seed.js`), below the working directory, or a workspace
 * package's (`packages/docs/scripts/clear-bucket.mjs`).
 */
const SCRIPT_DIRECTORY = /^[\\/]?(?:(?:packages|apps|services|tools)[\\/][^\\/]+[\\/])?scripts?[\\/]/u;

/**
 * The configuration of a build or deploy tool, read by the tool on a developer's machine or in CI: `gulpfile.js`,
 * `Gruntfile.js`, `webpack.config.js` (`webpack.prod.config.js`, `webpack.config.prod.js`, `webpack.common.js`),
 * `rollup.config.mjs`, `vite.config.ts`, `esbuild.config.js`, `tsup.config.ts`.
 */
const TOOL_CONFIG_FILE =
  /(?:^|[\\/])(?:gulpfile|gruntfile|(?:webpack|rollup|vite|esbuild|tsup)(?:\.[\w-]{1,20})?\.config(?:\.[\w-]{1,20})?|webpack\.(?:common|dev|development|prod|production))\.[cm]?[jt]s$/iu;
/** The Serverless Framework's config written in code (`serverless.ts`): a Framework config when it says so. */
const SERVERLESS_CODE_CONFIG = /(?:^|[\\/])serverless\.[cm]?[jt]s$/iu;

/** `serverless.ts` that reads as the Framework's config: it names a `provider` and the `functions`. */
function isServerlessCodeConfig(filename: string, text: string): boolean {
  return SERVERLESS_CODE_CONFIG.test(filename) && /\bprovider\b/u.test(text) && /\bfunctions\b/u.test(text);
}

/**
 * A command-line script by its place or its code: a file in a top-level `scripts/` folder, a build or deploy tool's
 * configuration (also the Framework's `serverless.ts`), one that starts with `#!`, or one whose top level runs itself with `if (require.main === module)`,
 * or an ES module's `if (process.argv[1] === fileURLToPath(import.meta.url))` (see `isMainModuleTest`; a phrase in a
 * comment or string is not).
 */
function isCommandLineScript(filename: string, cwd: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const below = cwd !== '' && filename.startsWith(cwd) ? filename.slice(cwd.length) : filename;
  if (SCRIPT_DIRECTORY.test(below) || TOOL_CONFIG_FILE.test(below) || sourceCode.text.startsWith('#!')) return true;
  if (isServerlessCodeConfig(below, sourceCode.text)) return true;
  if (inProjectScriptsFolder(filename, cwd)) return true;
  const text = sourceCode.text;
  if (!text.includes('require.main') && !text.includes('process.argv') && !text.includes('import.meta.main')) return false;
  return (sourceCode.ast as TSESTree.Program).body.some(
    (statement) => statement.type === AST_NODE_TYPES.IfStatement && isMainModuleTest(statement.test),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The rule

/** SDK v2's process-wide `AWS.config`, or the `new AWS.Config(…)` an instance of the file was made with. */
const GLOBAL_CONFIG = 'global';
type ConfigOwner = typeof GLOBAL_CONFIG | TSESTree.NewExpression;

/** A key field set by an assignment (`AWS.config.accessKeyId = …`, `options.accessKeyId = …`). */
interface FieldAssignment {
  field: CredentialField;
  node: TSESTree.AssignmentExpression;
}

/** A key field of a v2 config (the global one, or a `new AWS.Config()` of the file) set by assignment. */
interface ConfigFieldAssignment extends FieldAssignment {
  owner: ConfigOwner;
}

type Removal =
  | { kind: 'properties'; object: TSESTree.ObjectExpression; properties: TSESTree.Property[]; inline: boolean }
  | { kind: 'statements'; statements: (TSESTree.ExpressionStatement | TSESTree.VariableDeclaration)[] }
  /** One branch of a choice replaced with `undefined`: the default chain there, the other branches kept. */
  | { kind: 'unset-branch'; branch: TSESTree.Node }
  /** Credentials bound to a name: each use's removal and the declaration's, as one edit. */
  | { kind: 'several'; removals: Removal[] }
  /** The last argument of a call, with the comma before it (`aws4.sign(request, credentials)`). */
  | { kind: 'last-argument'; call: TSESTree.CallExpression | TSESTree.NewExpression };

/** Where a credentials expression is passed: the `credentials` property of a client / config, or `AWS.config.credentials = …`. */
interface Container {
  removal: Removal | null;
  /** The client's or config's options, for the endpoint. */
  config: ObjectValue | null;
}

/**
 * `process.env.AWS_ACCESS_KEY_ID`, `process.env.AWS_SECRET_ACCESS_KEY`, or both joined by `&&`: a test of the keys the
 * Lambda runtime always sets.
 */
function isRuntimeKeysTest(test: TSESTree.Node, sourceCode: SourceCode): boolean {
  const node = skipTypeWrappers(test);
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '&&') {
    return isRuntimeKeysTest(node.left, sourceCode) && isRuntimeKeysTest(node.right, sourceCode);
  }
  const name = getEnvRead(node, sourceCode)?.name;
  return name === 'AWS_ACCESS_KEY_ID' || name === 'AWS_SECRET_ACCESS_KEY';
}

/**
 * `cond ? fromIni() : undefined`: the choice `node` is a branch of, when every other branch leaves the field unset
 * (climbing nested choices and TypeScript wrappers), else `node`. Removing that choice leaves the default chain in
 * every branch, as removing `node` alone would; a choice with another provider or keys in it is not climbed.
 */
function climbUnsetChoices(node: TSESTree.Node): TSESTree.Node {
  let current = outermostTypeWrapper(node);
  for (let depth = 0; depth < MAX_BRANCH_DEPTH; depth++) {
    const parent = current.parent;
    if (parent?.type !== AST_NODE_TYPES.ConditionalExpression || parent.test === current) break;
    const other = parent.consequent === current ? parent.alternate : parent.consequent;
    if (!isUnsetValue(other)) break;
    current = outermostTypeWrapper(parent);
  }
  return current;
}

/** Reads of a name bound to credentials that a suggestion removes, at most. */
const MAX_BOUND_READS = 8;

/** Ancestors climbed from keys in a choice to the `credentials` value they are written in. */
const MAX_REMOVAL_CLIMB = 64;

export default createRule<Options, MessageIds>({
  name: 'no-explicit-aws-credentials',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow passing explicit credentials to AWS SDK clients instead of using the Lambda execution role',
      recommended: 'recommended',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      hardcodedCredentials:
        'Hard-coded AWS credentials are passed to {{target}}: keys written in code (or filled in where a placeholder stands) leak with it and never rotate. Remove them and let the SDK use the execution role.',
      staticCredentials:
        'Static AWS keys are passed to {{target}}: static keys bypass the execution role and are long-lived. Remove them and grant the permissions to the execution role.',
      runtimeCredentials:
        "{{target}} is given the runtime's own AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN: redundant; the default chain reads these.",
      runtimeCredentialsWithoutToken:
        "{{target}} is given the runtime's AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY without AWS_SESSION_TOKEN: redundant, and broken: the execution role's temporary keys are rejected without the token. Remove them; the default chain reads these.",
      profileProvider:
        '{{provider}} reads credentials from a profile or file, which a Lambda function does not have: running there, it needs long-lived keys bundled with the code. Use the execution role.',
      customEnvPrefix:
        '{{provider}} reads long-lived keys stored in environment variables ({{variable}} and the like), not the runtime\'s own AWS_ ones: static keys bypass the execution role.',
      envProvider:
        "{{provider}} re-reads the runtime's own AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN: redundant; the default chain reads these.",
      hardcodedSignerCredentials:
        '{{target}} signs requests with hard-coded AWS keys: keys written in code (or filled in where a placeholder stands) leak with it and never rotate. {{remedy}}',
      staticSignerCredentials:
        '{{target}} signs requests with static AWS keys: static keys bypass the execution role and are long-lived. {{remedy}}',
      runtimeSignerCredentialsWithoutToken:
        "{{target}} signs with the runtime's AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY without AWS_SESSION_TOKEN: the execution role's temporary keys are rejected without the token. {{remedy}}",
      removeCredentials: 'Remove the explicit credentials and use the execution role.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          reportProfileProviders: {
            type: 'boolean',
            description:
              'Report SDK v2 `SharedIniFileCredentials` in any file but test code and command-line scripts, and `fromIni`, `fromProcess`, `fromSSO` (and SDK v2 `ProcessCredentials`, `FileSystemCredentials`, `AWS.config.loadFromPath`) in files that hold a Lambda handler, unless an environment switch picks them.',
          },
          reportFromEnv: {
            type: 'boolean',
            description:
              "Report `fromEnv()`, which re-reads the runtime's own variables that the default chain already reads.",
          },
          allowLocalEndpoints: {
            type: 'boolean',
            description:
              'Allow credentials on clients whose `endpoint` is local (localhost, 127.0.0.1, [::1], *.localhost, LocalStack, host.docker.internal, a one-label host such as a docker-compose service), and dummy literal keys (`test`, `local`, the EXAMPLE key) where the client may be local or mocked.',
          },
        },
      },
    ],
    defaultOptions: [DEFAULT_OPTIONS],
  },
  defaultOptions: [DEFAULT_OPTIONS],
  create(context, [rawOptions]) {
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    if (
      !includesText(text, SDK_MENTION) &&
      !SIGNER_MENTIONS.some((word) => includesText(text, word)) &&
      !mayUseSdkReexport(text)
    ) {
      return {};
    }
    return fileListeners(context, rawOptions);
  },
});

/**
 * The rule's listeners for a file the prefilter in `create` lets through. Kept apart from `create`: the functions
 * declared below are made on every call, so `create` makes none of them for the files it turns away.
 */
function fileListeners(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  rawOptions: Options[0],
): TSESLint.RuleListener {
  const sourceCode = context.sourceCode;
  const options = { ...DEFAULT_OPTIONS, ...rawOptions };

  const reported = new Set<string>();
  let localHostFile: boolean | null = null;
  const mentionsLocalHost = (): boolean => {
    localHostFile ??= LOCAL_HOST_MENTION.test(sourceCode.text);
    return localHostFile;
  };
  let endpointFile: boolean | null = null;
  /** Does the file set an `endpoint` option (`endpoint: process.env.S3_ENDPOINT`, `s3.endpoint = …`)? */
  const setsEndpoint = (): boolean => {
    endpointFile ??= ENDPOINT_OPTION.test(sourceCode.text);
    return endpointFile;
  };
  let writesEnvironment: boolean | null = null;
  const changesEnvironment = (): boolean => {
    writesEnvironment ??= changesEnvironmentIn(sourceCode.text);
    return writesEnvironment;
  };
  // SDK files call plain names by the thousand (their own helpers): each would be resolved through its binding
  let providerNames: boolean | null = null;
  const callsProvidersByName = (): boolean => {
    providerNames ??= mayHideNames(sourceCode) || PROVIDER_EXPORT_NAME.test(sourceCode.text);
    return providerNames;
  };
  let handlerFile: boolean | null = null;
  const holdsHandler = (): boolean => {
    handlerFile ??= getLambdaHandlers(context).length > 0;
    return handlerFile;
  };
  let localScript: boolean | null = null;
  /**
   * A command-line script that holds no handler (`scripts/seed.js`, a `#!/usr/bin/env node` file, one that runs
   * itself with `if (require.main === module)`, a module of a package that declares `bin`): it runs on a laptop or
   * in CI, where keys read from variables are that machine's own, not a function's.
   */
  const isLocalScript = (): boolean => {
    localScript ??=
      !holdsHandler() &&
      (isCommandLineScript(context.physicalFilename, context.cwd, sourceCode) ||
        inCommandLinePackage(context.physicalFilename));
    return localScript;
  };
  let offAwsHost: boolean | null = null;
  /**
   * A file that runs where no execution role of the user's account exists (a Netlify function, a Cloudflare Worker,
   * an Electron app: `runsOffAws`; a Twilio Function: `exportsTwilioFunction`): keys read from variables are the only
   * way its calls are signed.
   */
  const isOffAwsHost = (): boolean => {
    // A module of Twilio's signature that also holds a Lambda handler (one its service config names, or typed), or
    // that spells Lambda's types (`(context: Context, event: APIGatewayProxyEvent, …)`, parameters in the wrong
    // order), is Lambda's
    offAwsHost ??=
      runsOffAws(context.physicalFilename) ||
      // A file of a Vercel project that holds a Lambda handler, or spells Lambda's types, is Lambda's
      (inVercelProject(context.physicalFilename) && !mayImportLambdaTypes(sourceCode) && !holdsHandler()) ||
      (exportsTwilioFunction(sourceCode) && !mayImportLambdaTypes(sourceCode) && !holdsHandler());
    return offAwsHost;
  };
  /**
   * Code that never runs as a deployed function (test code, a command-line script, an off-AWS host): keys it reads
   * from variables or a profile are the machine's own.
   */
  const runsOutsideLambda = (): boolean => isTestFile(context) || isLocalScript() || isOffAwsHost();

  /**
   * Clients of a local emulator: any credentials on a client whose `endpoint` is certainly local, and dummy
   * literal keys (`'test'`, `'local'`, the documented EXAMPLE key) where the client may be one — its endpoint is
   * set but not known (`process.env.DYNAMODB_ENDPOINT`, a condition with a local branch), its options spread an
   * unknown object, the code sits in an environment switch (`if (process.env.IS_OFFLINE)`), the file is test
   * code (a mocked client), or the file names a local host elsewhere (SDK v2 global config with dummy keys and a
   * service given `endpoint: 'http://localhost:4566'`). Dummy keys on a client bound for AWS are still explicit
   * credentials: reported. Also keys read from variables in a branch that never runs in Lambda (`isLocalRunKeys`).
   */
  function isExempt(
    config: ObjectValue | null,
    verdict: Verdict,
    node: TSESTree.Node,
    sdkV2 = true,
    client: string | null = null,
  ): boolean {
    const locality = configEndpointLocality(config, sourceCode);
    // An S3 client of another provider's S3-compatible store (Cloudflare R2, DigitalOcean Spaces, MinIO): no
    // execution role can sign for it, its keys are the only way in; real-looking keys written in code are still
    // reported. Other clients on a host outside AWS's domains are AWS's behind a custom domain (API Gateway's).
    if (locality === 'foreign' && client !== null && S3_CLIENT.test(client)) {
      return verdict.kind !== 'hardcoded' || verdict.dummy;
    }
    // An S3 client sent where its configuration says (`endpoint: process.env.B2_ENDPOINT`) with keys read from
    // variables, in a file that names an S3-compatible store (Backblaze B2, Cloudflare R2, MinIO) or sets R2's
    // `region: 'auto'`: the store's keys, which no execution role signs for. Not an endpoint that may be unset
    // (`process.env.ENDPOINT || undefined`: AWS then), nor the runtime's own keys, which are AWS's
    if (
      locality === 'unknown' &&
      verdict.kind === 'static' &&
      client !== null &&
      S3_CLIENT.test(client) &&
      config !== null &&
      isS3CompatibleStoreConfig(config, sourceCode)
    ) {
      return true;
    }
    // Keys read from variables in a branch that never runs in Lambda (`if (process.env.IS_OFFLINE === 'true')`), or
    // in test code, which never does either (an integration test's client given the CI's keys)
    if (
      verdict.kind !== 'hardcoded' &&
      (isLocalRunKeys(verdict, node) || runsOutsideLambda())
    ) {
      return true;
    }
    // An IAM user's keys read from variables on an STS client that only asks for that user's temporary credentials
    // (see `isUserTokenStsClient`)
    if (verdict.kind === 'static' && userTokenClient) return true;
    if (!options.allowLocalEndpoints) return false;
    // A local emulator excuses credentials, but not real-looking keys written in code: those are keys all the same
    if (locality === 'local') return verdict.kind !== 'hardcoded' || verdict.dummy;
    // `process.env.AWS_ACCESS_KEY_ID || 'test'`: the runtime's keys, or an emulator's dummy ones; judged as
    // dummy keys
    const dummyKeys =
      verdict.kind === 'hardcoded' ? verdict.dummy : verdict.kind === 'runtime' && verdict.dummyFallback === true;
    if (!dummyKeys) return false;
    return (
      locality === 'maybe-local' ||
      locality === 'unknown' ||
      (locality === 'absent' && config !== null && config.hasUnknownKeys) ||
      isEnvironmentSwitched(node, sourceCode) ||
      isTestFile(context) ||
      // SDK v2 sets the endpoint apart from the keys (global config, a service's options); dummy keys in the global
      // config serve every client, those the file gives an endpoint too; an SDK v3 client without an endpoint of its
      // own goes to AWS whatever else the file names
      (sdkV2 && (mentionsLocalHost() || (client?.startsWith('AWS.config') === true && setsEndpoint())))
    );
  }

  /**
   * Keys an environment switch at `node` keeps to local runs, where there is no execution role to use: dummy literal
   * keys in a branch not known to run deployed (an emulator's; unless `allowLocalEndpoints` is off), and keys read
   * from variables in a branch the test says never runs in Lambda (serverless-offline's `if (process.env.IS_OFFLINE
   * === 'true')`, SAM local's `AWS_SAM_LOCAL`, `STAGE === 'local'`). Real-looking literal keys are keys wherever
   * they run, and a branch the test cannot place (`STAGE === 'dev'`, `STAGE !== 'prod'`) may run deployed.
   */
  function isLocalRunKeys(verdict: Verdict, node: TSESTree.Node): boolean {
    if (verdict.kind === 'hardcoded') {
      return verdict.dummy && options.allowLocalEndpoints && isEnvironmentSwitched(node, sourceCode);
    }
    return isEnvironmentSwitched(node, sourceCode, 0, 'local');
  }

  function isLocalConfig(config: ObjectValue): boolean {
    return configEndpointLocality(config, sourceCode) === 'local';
  }

  function removalFix(removal: Removal): TSESLint.ReportFixFunction {
    return (fixer) => removalFixes(removal, fixer);
  }

  function removalFixes(removal: Removal, fixer: TSESLint.RuleFixer): TSESLint.RuleFix[] {
    switch (removal.kind) {
      case 'unset-branch':
        return [fixer.replaceText(removal.branch, 'undefined')];
      case 'properties':
        return removeProperties(sourceCode, fixer, removal.object, removal.properties);
      case 'statements':
        return removal.statements.map((statement) => removeStatement(sourceCode, fixer, statement));
      case 'last-argument': {
        const args = removal.call.arguments;
        return [fixer.removeRange([args[args.length - 2]!.range[1], args[args.length - 1]!.range[1]])];
      }
      default: {
        const parts = removal.removals.map((part) => removalFixes(part, fixer));
        // A part that cannot be made leaves the whole edit undone (ESLint drops an empty suggestion); so do parts
        // that would touch the same text, which ESLint refuses to merge
        if (parts.some((fixes) => fixes.length === 0)) return [];
        const fixes = parts.flat().sort((a, b) => a.range[0] - b.range[0]);
        return fixes.some((fix, index) => index > 0 && fix.range[0] < fixes[index - 1]!.range[1]) ? [] : fixes;
      }
    }
  }

  function report(
    where: { node: TSESTree.Node } | { loc: TSESTree.SourceLocation; range: TSESTree.Range },
    messageId: Exclude<MessageIds, 'removeCredentials'>,
    data: Record<string, string>,
    removal: Removal | null,
    autofix: boolean,
  ): void {
    const range = 'node' in where ? where.node.range : where.range;
    const key = `${messageId}:${range[0]}:${range[1]}`;
    if (reported.has(key)) return;
    reported.add(key);
    // Only removing properties written in the call itself is a fix; a statement or a shared object elsewhere
    // is a suggestion (other code may read them).
    // A file that changes the environment after the client is made would run differently without them
    const canFix = autofix && removal?.kind === 'properties' && removal.inline && !changesEnvironment();
    const location = 'node' in where ? { node: where.node } : { loc: where.loc };
    context.report({
      ...location,
      messageId,
      data,
      fix: canFix ? removalFix(removal) : null,
      suggest: !canFix && removal !== null ? [{ messageId: 'removeCredentials', fix: removalFix(removal) }] : [],
    });
  }

  function verdictMessage(verdict: Verdict): VerdictMessage {
    switch (verdict.kind) {
      case 'hardcoded':
        // Placeholders too (`accessKeyId: 'YOUR_ACCESS_KEY_ID'`, the EXAMPLE key): literal keys, in code written to
        // take real ones by hand (the message says so)
        return 'hardcodedCredentials';
      case 'static':
        return 'staticCredentials';
      default:
        return verdict.withToken ? 'runtimeCredentials' : 'runtimeCredentialsWithoutToken';
    }
  }

  function isAutofixable(verdict: Verdict): boolean {
    return verdict.kind === 'runtime' && verdict.withToken && verdict.exact;
  }

  let globalCredentialsOwn: boolean | undefined;

  /**
   * Without the keys, does the client read the runtime's own variables (the default chain's first source)? Not
   * when its config names a profile or another provider (v3 `profile`, `credentialDefaultProvider`; v2
   * `credentialProvider`) or may hold more than is known, nor, for SDK v2, when the file gives the global config
   * other credentials, which the client would fall back to. Then removing the keys changes the identity the client
   * runs as: a suggestion, not a fix.
   */
  function fallsBackToRuntimeKeys(config: ObjectValue | null, sdkV2: boolean): boolean {
    if (config !== null) {
      if (config.hasUnknownKeys) return false;
      const keys = sdkV2 ? ['credentialProvider'] : ['profile', 'credentialDefaultProvider'];
      if (keys.some((key) => config.properties.has(key))) return false;
    }
    if (!sdkV2) return true;
    globalCredentialsOwn ??= globalCredentialsAreRuntimeKeys();
    return globalCredentialsOwn;
  }

  /**
   * Does every place the file sets SDK v2's global credentials (`AWS.config.credentials = …`, its key fields,
   * `credentialProvider`, `AWS.config = …`, `AWS.config.update({ … })`, `loadFromPath`) give it the runtime's own
   * three variables exactly (or set none)? Walked once, on the first fix that depends on it.
   */
  function globalCredentialsAreRuntimeKeys(): boolean {
    let own = true;
    // The key fields set one by one are one setting, judged together (a key and secret without the token too)
    const fieldAssignments: typeof configFieldAssignments = [];
    forEachNode(sourceCode, (node) => {
      if (node.type === AST_NODE_TYPES.AssignmentExpression) {
        const left = skipTypeWrappers(node.left);
        if (left.type !== AST_NODE_TYPES.MemberExpression) return;
        const name = getPropertyName(left);
        const field = configFieldOf(node);
        if (field !== null) {
          if (field.owner === GLOBAL_CONFIG) fieldAssignments.push(field);
        } else if (configCredentialsOwner(node) === GLOBAL_CONFIG) {
          if (!isRuntimeKeysObject(getStaticValue(node.right, sourceCode))) own = false;
        } else if (name === 'config' && isV2GlobalConfig(left, sourceCode)) {
          // `AWS.config = new AWS.Config({ … })`: the new config's options, read as an update's
          if (!isFreshConfigOfRuntimeKeys(node.right)) own = false;
        } else if (name === 'credentialProvider' && isV2GlobalConfig(left.object, sourceCode)) own = false;
      } else if (node.type === AST_NODE_TYPES.CallExpression) {
        const callee = skipTypeWrappers(node.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return own;
        const method = getPropertyName(callee);
        // `AWS.config.loadFromPath('./config.json')`: credentials read from a file, which a client falls back to
        if (method === 'loadFromPath' && isV2GlobalConfig(callee.object, sourceCode)) own = false;
        if (method !== 'update' || !isV2GlobalConfig(callee.object, sourceCode)) return own;
        if (!optionsKeepRuntimeKeys(node.arguments[0])) own = false;
      }
      return own;
    });
    if (!own || fieldAssignments.length === 0) return own;
    const verdict = configFieldsVerdict(fieldAssignments);
    return verdict !== null && verdict !== undefined && isAutofixable(verdict);
  }

  /**
   * `AWS.config = new AWS.Config(options)` whose options give no credentials but the runtime's own three variables
   * (or none): clients then read those variables, as from the default chain.
   */
  function isFreshConfigOfRuntimeKeys(right: TSESTree.Node): boolean {
    const created = asV2ConfigConstruction(right, sourceCode);
    if (created === null || created.arguments.length > 1) return false;
    return created.arguments.length === 0 || optionsKeepRuntimeKeys(created.arguments[0]);
  }

  /**
   * Options of `AWS.config.update(…)` / `new AWS.Config(…)` that set no credentials but the runtime's own three
   * variables: every key known, no `credentialProvider`, a `credentials` object and top-level keys (if any) exactly
   * those variables.
   */
  function optionsKeepRuntimeKeys(argument: TSESTree.CallExpressionArgument | undefined): boolean {
    if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return false;
    const options = getStaticValue(argument, sourceCode);
    if (options.kind !== 'object' || options.hasUnknownKeys) return false;
    if (options.properties.has('credentialProvider')) return false;
    const credentials = options.properties.get('credentials')?.value;
    if (credentials !== undefined && !isRuntimeKeysObject(credentials)) return false;
    const keys = CREDENTIAL_FIELDS.some((field) => options.properties.has(field));
    return !keys || isRuntimeKeysObject(options);
  }

  /** `{ accessKeyId, secretAccessKey, sessionToken }` read from the runtime's own three variables, exactly. */
  function isRuntimeKeysObject(value: StaticValue): boolean {
    if (value.kind !== 'object') return false;
    const verdict = combine(objectFields(value, sourceCode), {
      tokenMayHide: value.hasUnknownKeys,
      onlyCredentialFields: true,
    });
    return verdict !== null && isAutofixable(verdict);
  }

  /** Removing these properties of their object, when that is safe. */
  function propertyRemoval(
    properties: readonly (TSESTree.Property | null)[],
    call: TSESTree.Node,
  ): Removal | null {
    const present = properties.filter((property): property is TSESTree.Property => property !== null);
    if (present.length === 0 || present.length !== properties.length) return null;
    const object = present[0]!.parent;
    if (object.type !== AST_NODE_TYPES.ObjectExpression) return null;
    if (!canRemoveProperties(object, present, knownSpreadKeys)) return null;
    return { kind: 'properties', object, properties: present, inline: isInside(object, call) };
  }

  /**
   * The keys `...base` copies when its value is known whole (`const base = { region: 'us-east-1' }`): removing a
   * property after it exposes none of them unless it holds the same key. Null when it may hold any key.
   */
  function knownSpreadKeys(spread: TSESTree.SpreadElement): ReadonlySet<string> | null {
    const value = getStaticValue(spread.argument, sourceCode);
    if (value.kind === 'null' || value.kind === 'undefined') return new Set();
    return value.kind === 'object' && !value.hasUnknownKeys ? new Set(value.properties.keys()) : null;
  }

  /**
   * The container a credentials expression (`new AWS.Credentials(…)`, `fromIni()`) is passed to. With `keys`, also
   * through a choice with other credentials in another branch (`credentials: c ? new AWS.Credentials(k, s) : role`):
   * as for an object of keys there (`credentialsRemoval`), the suggestion unsets that branch alone. A provider in such
   * a choice gets none (the other branch may be a profile too). Unless `throughBinding` is false, a declaration `node`
   * initializes is followed to its reads (`boundCredentialsRemoval`, which looks up each read without it).
   */
  function findContainer(node: TSESTree.Node, keys = false, throughBinding = true): Container {
    const outer = climbUnsetChoices(node);
    const slot = credentialsSlot(outer);
    if (slot !== null) return slot;
    if (throughBinding) {
      const bound = boundCredentialsRemoval(node, keys);
      if (bound !== null) return { removal: bound, config: null };
    }
    if (!keys) return { removal: null, config: null };
    const value = choiceRoot(outer);
    const root = value === outer ? null : credentialsSlot(value);
    if (root === null) return { removal: null, config: null };
    return { removal: choiceRemoval(node, value, root.removal), config: root.config };
  }

  /**
   * `const creds = new AWS.Credentials(k, s)` (or a provider) declared alone and read only where the rule removes
   * credentials (a client's or config's `credentials`, `AWS.config.credentials = creds`, a choice's branch): removing
   * each read and the declaration, as one edit; a declaration never read, removing it. Null when a read is anywhere
   * else (exported, passed on, called): removing the declaration alone would break that code; or in a branch an
   * environment test picks (a local run's profile, kept on purpose). The declaration's value
   * is a credentials constructor or provider call, which does nothing but build the credentials.
   */
  function boundCredentialsRemoval(node: TSESTree.Node, keys: boolean): Removal | null {
    const value = outermostTypeWrapper(node);
    const declarator = value.parent;
    if (
      declarator?.type !== AST_NODE_TYPES.VariableDeclarator ||
      declarator.init !== value ||
      declarator.id.type !== AST_NODE_TYPES.Identifier
    ) {
      return null;
    }
    const declaration = declarator.parent;
    if (declaration.declarations.length !== 1 || !canRemoveStatement(declaration)) return null;
    const variable = findVariableOf(declarator.id, sourceCode);
    if (variable === null || variable.defs.length !== 1) return null;
    const reads = variable.references.filter((reference) => !reference.init);
    // A script's top-level name may be read by another script
    const sharedGlobal = variable.scope.type === 'global' && sourceCode.ast.sourceType === 'script';
    if (reads.length > MAX_BOUND_READS || (reads.length === 0 && sharedGlobal)) return null;
    const removals: Removal[] = [];
    for (const read of reads) {
      const identifier = read.identifier;
      if (read.isWrite() || identifier.type !== AST_NODE_TYPES.Identifier || isInside(identifier, declaration)) {
        return null;
      }
      // A use an environment test picks (`process.env.IS_OFFLINE ? …`) is kept on purpose: the user's call
      if (isEnvironmentSwitched(identifier, sourceCode)) return null;
      const removal = findContainer(identifier, keys, false).removal;
      if (removal === null) return null;
      removals.push(removal);
    }
    removals.push({ kind: 'statements', statements: [declaration] });
    return { kind: 'several', removals };
  }

  /** The whole value of a choice `node` is a branch of (through nested choices, `&&`, `||`, `??` and TS wrappers). */
  function choiceRoot(node: TSESTree.Node): TSESTree.Node {
    let current = outermostTypeWrapper(node);
    for (let depth = 0; depth < MAX_REMOVAL_CLIMB; depth++) {
      const parent = current.parent;
      const isBranch =
        (parent?.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== current) ||
        parent?.type === AST_NODE_TYPES.LogicalExpression;
      if (!isBranch) break;
      current = outermostTypeWrapper(parent);
    }
    return current;
  }

  /**
   * Where `value` is passed as credentials, with the removal of the whole slot when it is safe: the `credentials`
   * property of a client's or v2 service's options, or `AWS.config.credentials = value`. Null when `value` fills
   * neither (a `credentials` property of something else included).
   */
  function credentialsSlot(outer: TSESTree.Node): Container | null {
    const parent = outer.parent;
    if (
      parent?.type === AST_NODE_TYPES.Property &&
      parent.value === outer &&
      parent.parent.type === AST_NODE_TYPES.ObjectExpression &&
      getPropertyName(parent) === 'credentials'
    ) {
      const object = parent.parent;
      const call = outermostTypeWrapper(object).parent;
      if (
        (call?.type === AST_NODE_TYPES.NewExpression || call?.type === AST_NODE_TYPES.CallExpression) &&
        call.arguments[0] === outermostTypeWrapper(object)
      ) {
        const target = getCredentialTarget(call, sourceCode);
        if (target?.kind === 'v3-client' || target?.kind === 'v2-options') {
          const config = getStaticValue(call.arguments[0]!, sourceCode);
          if (config.kind === 'object' && config.properties.get('credentials')?.property === parent) {
            return { removal: propertyRemoval([parent], call), config };
          }
        }
      }
      return null;
    }
    if (
      parent?.type === AST_NODE_TYPES.AssignmentExpression &&
      parent.right === outer &&
      configCredentialsOwner(parent) !== null
    ) {
      const statement = parent.parent;
      if (statement.type === AST_NODE_TYPES.ExpressionStatement && canRemoveStatement(statement)) {
        return { removal: { kind: 'statements', statements: [statement] }, config: null };
      }
      return { removal: null, config: null };
    }
    return null;
  }

  /** Removing the statements these assignments are, when each is a statement of its own. */
  function statementsRemoval(assignments: readonly TSESTree.AssignmentExpression[]): Removal | null {
    const statements: TSESTree.ExpressionStatement[] = [];
    for (const assignment of assignments) {
      const statement = assignment.parent;
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement || !canRemoveStatement(statement)) return null;
      statements.push(statement);
    }
    return { kind: 'statements', statements };
  }

  /**
   * `AWS.config.accessKeyId = …`, `…secretAccessKey = …`, `…sessionToken = …` in this file, and the same on a
   * `new AWS.Config()` of the file bound once (`config.accessKeyId = …`), with whose config each writes.
   */
  const configFieldAssignments: ConfigFieldAssignment[] = [];

  function configFieldOf(node: TSESTree.AssignmentExpression): ConfigFieldAssignment | null {
    const written = configMemberAssignment(node, isCredentialField, true);
    return written === null ? null : { field: written.name as CredentialField, node, owner: written.owner };
  }

  /**
   * `<config>.<name> = …` (or `??=` / `||=`, which set it when unset) on a v2 config (`configOwnerOf`), for a name
   * `accepts`: which, and whose.
   */
  function configMemberAssignment(
    node: TSESTree.AssignmentExpression,
    accepts: (name: string) => boolean,
    throughCredentials = false,
  ): { name: string; owner: ConfigOwner } | null {
    const left = skipTypeWrappers(node.left);
    if (!SETTING_OPERATORS.has(node.operator) || left.type !== AST_NODE_TYPES.MemberExpression) return null;
    const name = getPropertyName(left);
    if (name === null || !accepts(name)) return null;
    let owner = configOwnerOf(left.object);
    // `AWS.config.credentials.accessKeyId = …`: a v2 config's key fields read and write its `credentials`, so this
    // sets what `AWS.config.accessKeyId = …` sets
    const object = skipTypeWrappers(left.object);
    if (owner === null && throughCredentials && object.type === AST_NODE_TYPES.MemberExpression) {
      owner = getPropertyName(object) === 'credentials' ? configOwnerOf(object.object) : null;
    }
    return owner === null ? null : { name, owner };
  }

  /** SDK v2's global config, or a `new AWS.Config(…)` of the file that `object` is bound to once; else null. */
  function configOwnerOf(object: TSESTree.Node): ConfigOwner | null {
    if (isV2GlobalConfig(object, sourceCode)) return GLOBAL_CONFIG;
    return v2ConfigInstanceOf(object, sourceCode);
  }

  /**
   * The fields of a v2 config set one by one: one object (the global one is process-wide), so the file's
   * assignments to it are read together, as `config.update({ … })` would be; reported once per config, on the first.
   */
  function checkConfigFields(assignments: readonly ConfigFieldAssignment[]): void {
    const byOwner = new Map<ConfigOwner, ConfigFieldAssignment[]>();
    for (const assignment of assignments) {
      const group = byOwner.get(assignment.owner);
      if (group === undefined) byOwner.set(assignment.owner, [assignment]);
      else group.push(assignment);
    }
    for (const [owner, group] of byOwner) checkConfigFieldGroup(owner, group);
  }

  function checkConfigFieldGroup(owner: ConfigOwner, assignments: readonly ConfigFieldAssignment[]): void {
    checkWrittenFields(ownerOptions(owner), assignments, owner === GLOBAL_CONFIG ? 'AWS.config' : 'AWS.Config');
  }

  /**
   * Key fields set one by one on a v2 config or options object (`AWS.config.accessKeyId = …`, `options.accessKeyId =
   * …` before `new AWS.S3(options)`): judged together, with the options they join for the endpoint.
   */
  function checkWrittenFields(
    options: ObjectValue | null,
    assignments: readonly FieldAssignment[],
    target: string,
    takenBy: TSESTree.Node | null = null,
    written: ObjectValue | null = null,
  ): void {
    const verdict = configFieldsVerdict(assignments, written);
    if (verdict === undefined) return;
    // Reported, and judged for an environment test, where the keys are set (not where they are reset); and where the
    // one client that takes them is made, when that is known
    const first = (assignments.find((assignment) => !isUnsetValue(assignment.node.right)) ?? assignments[0]!).node;
    if (verdict === null || isExempt(options, verdict, first, true, target)) return;
    if (takenBy !== null && isExempt(options, verdict, takenBy, true, target)) return;
    // Keys the options literal holds too would stay: no suggestion of half a removal
    const keysInLiteral = written !== null && CREDENTIAL_FIELDS.some((field) => written.properties.has(field));
    const removal = keysInLiteral ? null : statementsRemoval(assignments.map((assignment) => assignment.node));
    report({ node: first }, verdictMessage(verdict), { target }, removal, false);
  }

  /** The options a `new AWS.Config({ … })` is made with (for its endpoint); null for the global config. */
  function ownerOptions(owner: ConfigOwner): ObjectValue | null {
    if (owner === GLOBAL_CONFIG) return null;
    const argument = owner.arguments[0];
    if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return null;
    const options = getStaticValue(argument, sourceCode);
    return options.kind === 'object' ? options : null;
  }

  /** What the global config's key fields set one by one pass; undefined when one is set twice (unknown). */
  function configFieldsVerdict(
    assignments: readonly FieldAssignment[],
    written: ObjectValue | null = null,
  ): Verdict | null | undefined {
    const fields = {} as Record<CredentialField, FieldClass>;
    for (const field of CREDENTIAL_FIELDS) {
      // A reset (`AWS.config.accessKeyId = undefined`) passes nothing: the other assignment is what is passed
      const all = assignments.filter((assignment) => assignment.field === field);
      const set = all.length > 1 ? all.filter((assignment) => !isUnsetValue(assignment.node.right)) : all;
      // Set twice: which value holds when the clients are made is not known here
      if (set.length > 1) return undefined;
      const right = set[0]?.node.right;
      // Not assigned: what the options were written with (`{ region, accessKeyId: env.KEY }`), if any
      const input =
        right === undefined ? propertyInput(written?.properties.get(field)) : { value: getStaticValue(right, sourceCode), node: right };
      fields[field] = classifyField(input, field, sourceCode);
    }
    return combine(fields, { tokenMayHide: false, onlyCredentialFields: true });
  }

  /** `AWS.config.credentials = …` or `config.credentials = …` on a `new AWS.Config()`: whose config, else null. */
  function configCredentialsOwner(node: TSESTree.AssignmentExpression): ConfigOwner | null {
    return configMemberAssignment(node, isCredentialsName)?.owner ?? null;
  }


  /** v3 `config.credentials` / v2 `options.credentials`: an object, a provider function, or `fromStatic(…)`. */
  function checkCredentialsProperty(
    call: TSESTree.NewExpression | TSESTree.CallExpression,
    config: ObjectValue,
    credentials: StaticProperty,
    target: string,
    sdkV2: boolean,
    mayFix: boolean,
    chosenAt: TSESTree.Node = call,
  ): void {
    const value = credentials.value;
    if (isOverriddenUnknown(value)) return;
    const found = credentialsPassed(value, credentials.property?.value ?? null);
    // `cond ? { accessKeyId, … } : undefined`: a branch that passes keys is judged where it is chosen (an outcome
    // of a spread in the options, `chosenAt`, too)
    const where = found?.branch ?? chosenAt;
    if (found === null || found.verdict === null || isExempt(config, found.verdict, where, sdkV2, target)) return;
    const { verdict, provider } = found;
    const property = credentials.property;
    const fixable = mayFix && !provider && isAutofixable(verdict) && fallsBackToRuntimeKeys(config, sdkV2);
    // A suggestion removes an object of keys bound to a name with its declaration; the autofix only the property
    const bound = property === null || fixable || found.choice !== undefined ? null : boundObjectRemoval(property.value);
    // Keys a provider written in place assumes a role with: its `masterCredentials` go, the provider stays
    const masterRemoval = found.masterProperty === undefined ? null : propertyRemoval([found.masterProperty], call);
    const removal =
      property === null || found.inProvider === true
        ? masterRemoval
        : (bound ?? credentialsRemoval(property, found.choice, call));
    report({ node: property ?? call.arguments[0]! }, verdictMessage(verdict), { target }, removal, fixable);
  }

  /**
   * Removing the keys of a `credentials` property. Keys in a branch of a choice written in its value
   * (`isLocal ? { … } : fromTemporaryCredentials(…)`): that branch alone becomes `undefined` (the default chain
   * there), climbing choices whose other branch is unset or that only test (`k && { … }`); reaching the value
   * itself, the property goes. Keys before a `||` / `??` fallback (`getKeys() ?? provider`): no suggestion, since
   * unsetting them would run the fallback instead of the default chain.
   */
  function credentialsRemoval(
    property: TSESTree.Property,
    choice: TSESTree.Node | undefined,
    call: TSESTree.Node,
  ): Removal | null {
    const value = property.value;
    const whole = propertyRemoval([property], call);
    if (choice === undefined || !isInside(choice, value)) return whole;
    return choiceRemoval(choice, value, whole);
  }

  /**
   * `const credentials = { accessKeyId: process.env.KEY_ID, … }` declared alone, its values only reading names,
   * members and literals, and passed as `credentials` (`new S3Client({ region, credentials })`): removed with its
   * uses, as a credentials constructor bound to a name is (see boundCredentialsRemoval). Null for anything else.
   */
  function boundObjectRemoval(value: TSESTree.Node): Removal | null {
    const inner = skipTypeWrappers(value);
    if (inner.type !== AST_NODE_TYPES.Identifier) return null;
    const init = boundInitializer(inner, sourceCode);
    const object = init === null ? null : skipTypeWrappers(init);
    if (object?.type !== AST_NODE_TYPES.ObjectExpression) return null;
    const inert = object.properties.every(
      (member) => member.type === AST_NODE_TYPES.Property && !member.computed && member.kind === 'init' && !member.method && readsOnly(member.value, 0),
    );
    return inert ? boundCredentialsRemoval(init!, false) : null;
  }

  /**
   * Unsetting keys written at `choice`, inside the credentials `value`: the branch whose sibling passes other
   * credentials becomes `undefined`, climbing choices whose other branch is unset or that only test; reaching
   * `value`, `whole` (the slot's removal). Null for keys before a `||` / `??` fallback.
   */
  function choiceRemoval(choice: TSESTree.Node, value: TSESTree.Node, whole: Removal | null): Removal | null {
    let current = outermostTypeWrapper(choice);
    for (let depth = 0; current !== value; depth++) {
      const parent = current.parent;
      if (parent === undefined || depth > MAX_REMOVAL_CLIMB) return null;
      let climbs: boolean;
      if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== current) {
        climbs = isUnsetValue(parent.consequent === current ? parent.alternate : parent.consequent);
      } else if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.right === current) {
        // `k && { … }` passes `k` when falsy: the default chain there; `a ?? { … }` keeps `a`
        climbs = parent.operator === '&&' || isUnsetValue(parent.left);
      } else {
        return null;
      }
      if (!climbs) return { kind: 'unset-branch', branch: current };
      current = outermostTypeWrapper(parent);
    }
    return whole;
  }

  /**
   * What a `credentials` expression passes, when it is not a plain object: a provider function of the file
   * (`credentials: getCredentials`), a call of one (`getCredentials()`, `await getCredentials()`: what it returns),
   * `fromStatic({ … })`, or a choice between such values (`k ? { … } : undefined`, `k && { … }`; the first
   * branch that passes keys, with the branch as where it is chosen).
   */
  function writtenCredentials(written: TSESTree.Node, depth: number): WrittenCredentials | null {
    let inner = skipTypeWrappers(written);
    // `const creds = getCreds(); … credentials: creds`: the call, as if written in place
    if (inner.type === AST_NODE_TYPES.Identifier && depth < MAX_BRANCH_DEPTH) {
      const init = boundInitializer(inner, sourceCode);
      const value = init === null ? null : skipTypeWrappers(init);
      const call = value?.type === AST_NODE_TYPES.AwaitExpression ? skipTypeWrappers(value.argument) : value;
      if (call?.type === AST_NODE_TYPES.CallExpression && init !== null) inner = skipTypeWrappers(init);
      // `const credentials = keyId ? { accessKeyId: keyId, … } : undefined; … { credentials }`: the choice, read as
      // if written in place (its branches are judged where they are written)
      if (value !== null && isChoiceExpression(value)) inner = value;
    }
    const called = inner.type === AST_NODE_TYPES.AwaitExpression ? skipTypeWrappers(inner.argument) : inner;
    const fn =
      resolveFunction(inner, sourceCode) ??
      (called.type === AST_NODE_TYPES.CallExpression ? resolveFunction(called.callee, sourceCode) : null);
    if (fn !== null) {
      // Keys returned under an environment test for local runs are a local run's; what the other returns pass
      // still counts (none when every return is a local run's)
      const returns = providerReturns(fn, sourceCode);
      const excused = (item: ProviderReturn): boolean =>
        item.verdict !== null && isLocalRunKeys(item.verdict, item.node);
      const others = returns.filter((item) => !excused(item));
      // Keys that are a returned provider's input: no suggestion removes the provider
      const inProvider = others.some((item) => item.inProvider === true && item.verdict !== null);
      if (others.length < returns.length) {
        return { verdict: combineReturns(others.map((item) => item.verdict)), provider: true, inProvider };
      }
      const verdict = combineReturns(returns.map((item) => item.verdict));
      const branch = verdict?.kind === 'hardcoded' ? hardcodedReturn(returns, sourceCode) : undefined;
      return branch === undefined
        ? { verdict, provider: true, inProvider }
        : { verdict, provider: true, branch, inProvider };
    }
    // `function makeClient(credentials) { return new S3Client({ credentials }); }`: what the module's calls pass
    if (inner.type === AST_NODE_TYPES.Identifier && depth < MAX_BRANCH_DEPTH) {
      const passed = passedAsParameter(inner, depth) ?? assignedBefore(inner, depth);
      if (passed !== null) return passed;
    }
    if (called.type === AST_NODE_TYPES.CallExpression) {
      if (getCredentialTarget(called, sourceCode)?.kind === 'static-provider' && called.arguments[0] !== undefined) {
        const argument = getStaticValue(called.arguments[0], sourceCode);
        return { verdict: argument.kind === 'object' ? classifyObject(argument, sourceCode) : null, provider: true };
      }
      // `fromTemporaryCredentials({ masterCredentials: { accessKeyId, … } })`: the role is assumed with those keys,
      // and the client signs with what they get (no suggestion: the role stays, only the master keys should go)
      const master = depth < MAX_BRANCH_DEPTH ? temporaryCredentialsMaster(called, sourceCode) : null;
      const found = master === null ? null : credentialsPassed(getStaticValue(master, sourceCode), master, depth + 1);
      if (found === null || found.verdict === null) return null;
      const property = master!.parent;
      const masterProperty =
        property?.type === AST_NODE_TYPES.Property && property.value === master && isInside(property, called) ? property : undefined;
      return masterProperty === undefined
        ? { verdict: found.verdict, provider: true, inProvider: true }
        : { verdict: found.verdict, provider: true, inProvider: true, masterProperty };
    }
    if (depth >= MAX_BRANCH_DEPTH) return null;
    const branches =
      inner.type === AST_NODE_TYPES.ConditionalExpression
        ? [inner.consequent, inner.alternate]
        : inner.type === AST_NODE_TYPES.LogicalExpression
          ? inner.operator === '&&'
            ? [inner.right]
            : [inner.left, inner.right]
          : [];
    // `process.env.AWS_ACCESS_KEY_ID && process.env.AWS_SECRET_ACCESS_KEY ? { … } : undefined`: a test of the
    // runtime's own keys, always true in Lambda
    let chosenInLambda: TSESTree.Node | null = null;
    if (inner.type === AST_NODE_TYPES.ConditionalExpression && isRuntimeKeysTest(inner.test, sourceCode)) {
      chosenInLambda = inner.consequent;
    } else if (inner.type === AST_NODE_TYPES.LogicalExpression && inner.operator === '&&') {
      if (isRuntimeKeysTest(inner.left, sourceCode)) chosenInLambda = inner.right;
    }
    for (const branch of branches) {
      const value = getStaticValue(branch, sourceCode);
      const found =
        value.kind === 'object'
          ? { verdict: classifyObject(value, sourceCode), provider: false }
          : writtenCredentials(branch, depth + 1);
      // Keys in a branch: hard-coded or static ones are passed whenever it is chosen. The runtime's own variables
      // there are a fallback next to other credentials (`assumed ?? { …runtime }`), not redundant; but without their
      // session token in the branch a test of the runtime's keys picks, they fail in Lambda every time (the
      // runtime's keys are temporary). Removing the property would drop the other branch too, so never a fix.
      const verdict = found?.verdict ?? null;
      const chosen = found?.branch ?? branch;
      // Keys in the branch an environment test picks for local runs: the other branch decides
      if (verdict !== null && isLocalRunKeys(verdict, chosen)) continue;
      const brokenInLambda = verdict?.kind === 'runtime' && !verdict.withToken && branch === chosenInLambda;
      if (verdict !== null && (verdict.kind !== 'runtime' || brokenInLambda)) {
        // The branch written here, or a choice inside it (one reached through a binding is elsewhere)
        const choice = found?.choice !== undefined && isInside(found.choice, branch) ? found.choice : branch;
        return { verdict, provider: true, branch: chosen, choice, inProvider: found?.inProvider };
      }
    }
    return null;
  }

  /**
   * What each parameter of the file's functions passes to clients (see `passedAsParameter`), per depth of the
   * question: an answer near the depth bound is cut short, and must not stand for one asked from nearer the client.
   */
  const passedByParameter = new Map<Variable, (WrittenCredentials | null | undefined)[]>();

  /**
   * Credentials a parameter receives from the module's calls of its function (`makeClient({ accessKeyId, … })`),
   * judged as the returns of a provider are: hard-coded keys if one call passes them, else static keys or the
   * runtime's variables if every call that gives an argument does (calls that give none, or `undefined`, pass the
   * parameter's default, or leave the default chain); keys a call passes for a local run (under an environment test)
   * are that run's. The suggestion removes the client's `credentials` in the function: every call then gets the role.
   */
  function passedAsParameter(name: TSESTree.Identifier, depth: number): WrittenCredentials | null {
    const variable = findVariableOf(name, sourceCode);
    if (variable === null) return null;
    // Judged once per parameter and depth: a function with many clients, or wrappers calling wrappers, ask again and
    // again (a parameter asked about while it is judged, through recursion, is unknown there)
    let byDepth = passedByParameter.get(variable);
    if (byDepth === undefined) passedByParameter.set(variable, (byDepth = []));
    const known = byDepth[depth];
    if (known !== undefined) return known;
    byDepth[depth] = null;
    const found = parameterCalls(variable, sourceCode);
    const result = found === null ? null : judgeArguments(found, variable, depth);
    byDepth[depth] = result;
    return result;
  }

  /**
   * `let credentials; if (keyId) credentials = { accessKeyId: keyId, … }; new S3Client({ credentials })`: the
   * values a `let` / `var` may hold where `name` reads it (see `valuesAssignedBefore`), each judged as a provider's
   * return (keys written for a local run are that run's); the suggestion removes the client's `credentials` (the
   * assignments stay, unused by it).
   */
  function assignedBefore(name: TSESTree.Identifier, depth: number): WrittenCredentials | null {
    const variable = findVariableOf(name, sourceCode);
    return variable === null ? null : judgeHandedValues(valuesAssignedBefore(variable, name) ?? [], depth);
  }

  /**
   * Values that may each reach the client (the arguments calls give a parameter, the values a `let` is given), judged
   * as a provider's returns: hard-coded keys if one holds them, else static keys or the runtime's variables if every
   * one that gives keys does; keys given for a local run are that run's. Judged where they are handed to the client
   * (an environment test there decides). The suggestion removes the client's `credentials` property there (the
   * values stay where they are written, unused by it; calls that gave none keep the default chain they had).
   */
  function judgeHandedValues(values: readonly TSESTree.Node[], depth: number): WrittenCredentials | null {
    const passed: ProviderReturn[] = [];
    for (const value of values) {
      const keys = credentialsPassed(getStaticValue(value, sourceCode), value, depth + 1);
      const item = { node: keys?.branch ?? value, verdict: keys?.verdict ?? null };
      if (item.verdict === null || !isLocalRunKeys(item.verdict, item.node)) passed.push(item);
    }
    const verdict = combineReturns(passed.map((item) => item.verdict));
    return verdict === null ? null : { verdict, provider: true };
  }

  /**
   * Is every use of `variable` a write of it, an argument of a call, or a read inside a value assigned
   * to it (`options = { ...options, credentials }`): the options are handed on as written, not changed in place?
   */
  function handedWhole(variable: Variable): boolean {
    let known = handedWholeVariables.get(variable);
    if (known === undefined) handedWholeVariables.set(variable, (known = isHandedWhole(variable)));
    return known;
  }

  /** Per variable handed to a client: `isHandedWhole` (every client made with it asks). */
  const handedWholeVariables = new Map<Variable, boolean>();

  function isHandedWhole(variable: Variable): boolean {
    return (
      variable.references.every((reference) => {
        if (reference.isWrite() && !reference.isRead()) return true;
        const use = outermostTypeWrapper(reference.identifier as TSESTree.Node);
        const call = use.parent;
        const isCall = call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression;
        if (isCall && call.arguments.includes(use as TSESTree.CallExpressionArgument)) return true;
        return isInsideOwnAssignment(use, variable);
      })
    );
  }

  /** Is `use` inside the value of an `=` assignment to `variable` itself (a few levels up at most)? */
  function isInsideOwnAssignment(use: TSESTree.Node, variable: Variable): boolean {
    // ESLint sets the Program's parent to null
    let current: TSESTree.Node | null | undefined = use.parent;
    for (let depth = 0; current !== undefined && current !== null && depth < MAX_OWN_ASSIGNMENT_DEPTH; depth++) {
      if (isFunctionLike(current)) return false;
      if (current.type === AST_NODE_TYPES.AssignmentExpression) {
        const left = current.left;
        return (
          current.operator === '=' &&
          left.type === AST_NODE_TYPES.Identifier &&
          findVariableOf(left, sourceCode) === variable &&
          isInside(use, current.right)
        );
      }
      current = current.parent;
    }
    return false;
  }

  /**
   * The values a `let` / `var` reassigned with `=` may hold where `read` reads it: its initialiser and the values
   * assigned before that place in the text (`let options = {}; if (useKeys) options = { … }`). Null for a name bound
   * once (a constant: read as such elsewhere), or written any other way (`+=`, destructuring, a loop's binding).
   */
  function valuesAssignedBefore(variable: Variable, read: TSESTree.Node): TSESTree.Expression[] | null {
    const assigned = assignmentsOf(variable);
    if (assigned === null) return null;
    const values = assigned.initial === null ? [] : [assigned.initial];
    for (const assignment of assigned.assignments) {
      if (assignment.range[1] <= read.range[0]) values.push(assignment.right);
    }
    return values;
  }

  /** Per `let` / `var`: its initialiser and its `=` assignments (see `assignmentsOf`). */
  const assignmentsByVariable = new Map<Variable, ReturnType<typeof assignmentsOf>>();

  /**
   * A variable declared once and reassigned only with `=` (at most MAX_ASSIGNED_VALUES times): its initialiser and
   * its assignments, in source order; null otherwise (a constant, `+=`, destructuring, a loop's binding). Memoised:
   * every read of the variable asks.
   */
  function assignmentsOf(variable: Variable): {
    initial: TSESTree.Expression | null;
    assignments: TSESTree.AssignmentExpression[];
  } | null {
    const known = assignmentsByVariable.get(variable);
    if (known !== undefined) return known;
    let result: ReturnType<typeof assignmentsOf> = null;
    const declarator = variable.defs.length === 1 ? variable.defs[0]!.node : null;
    if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.type === AST_NODE_TYPES.Identifier) {
      const assignments = plainAssignments(variable);
      const counted = assignments !== null && assignments.length > 0 && assignments.length <= MAX_ASSIGNED_VALUES;
      if (counted) result = { initial: declarator.init, assignments };
    }
    assignmentsByVariable.set(variable, result);
    return result;
  }

  function judgeArguments(found: ParameterCalls, variable: Variable, depth: number): WrittenCredentials | null {
    // A call that gives no argument passes the default, if there is one (else the default chain is used)
    const { param } = found;
    const fallback = param.type === AST_NODE_TYPES.AssignmentPattern && !isUndefined(param.right) ? param.right : null;
    const given: TSESTree.Node[] = [];
    for (const written of found.arguments) {
      const argument = written === undefined || isUndefined(written) ? fallback : written;
      if (argument === null) continue;
      // A recursive call handing the parameter on passes what the other calls pass
      const inner = skipTypeWrappers(argument);
      if (inner.type === AST_NODE_TYPES.Identifier && findVariableOf(inner, sourceCode) === variable) continue;
      given.push(argument);
    }
    return judgeHandedValues(given, depth);
  }

  /** v2 `{ accessKeyId, secretAccessKey, sessionToken }` directly in the service / config options. */
  function checkTopLevelKeys(
    call: TSESTree.NewExpression | TSESTree.CallExpression,
    config: ObjectValue,
    target: string,
    mayFix: boolean,
    chosenAt: TSESTree.Node = call,
  ): void {
    const verdict = combine(objectFields(config, sourceCode), {
      tokenMayHide: config.hasUnknownKeys && !config.properties.has('sessionToken'),
      onlyCredentialFields: true,
    });
    if (verdict === null || isExempt(config, verdict, chosenAt, true, target)) return;
    const properties = CREDENTIAL_FIELDS.filter((field) => config.properties.has(field)).map(
      (field) => config.properties.get(field)!.property,
    );
    const anchor = (config.properties.get('accessKeyId') ?? config.properties.get('secretAccessKey'))?.property;
    if (anchor === null || anchor === undefined) {
      report({ node: call }, verdictMessage(verdict), { target }, null, false);
      return;
    }
    // The smallest range that shows the keys: from the first credential property to the last, in one object.
    const group = properties
      .filter((property): property is TSESTree.Property => property?.parent === anchor.parent)
      .sort((a, b) => a.range[0] - b.range[0]);
    const first = group[0]!;
    const last = group[group.length - 1]!;
    report(
      { loc: { start: first.loc.start, end: last.loc.end }, range: [first.range[0], last.range[1]] },
      verdictMessage(verdict),
      { target },
      propertyRemoval(properties, call),
      // v2 lets these keys win over the options' `credentials`: without them, that object would be used instead
      mayFix &&
        isAutofixable(verdict) &&
        !config.properties.has('credentials') &&
        fallsBackToRuntimeKeys(config, true),
    );
  }

  function checkOptions(call: TSESTree.NewExpression | TSESTree.CallExpression, target: CredentialTarget): void {
    const argument = call.arguments[0];
    if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return;
    const config = getStaticValue(argument, sourceCode);
    if (config.kind === 'object') {
      checkConfig(call, config, target);
      return;
    }
    for (const built of configsBuiltBy(argument)) checkConfig(call, built, target);
    // `new S3Client(keyId ? { credentials: { … } } : {})`: each configuration is judged where it is chosen
    for (const outcome of choiceOutcomes(argument) ?? []) {
      const chosen = getStaticValue(outcome, sourceCode);
      if (chosen.kind === 'object') checkConfig(call, chosen, target, outcome);
    }
    // `let options = {}; if (useKeys) options = { accessKeyId, … }`: each object assigned, judged where it is written
    const name = skipTypeWrappers(argument);
    const variable = name.type === AST_NODE_TYPES.Identifier ? findVariableOf(name, sourceCode) : null;
    // Options judged where they are written must reach the client as written: not changed on the way (`c.endpoint =
    // …`, `delete c.credentials`), and not at a client an environment test may keep to local runs
    if (variable !== null && handedWhole(variable) && !isEnvironmentSwitched(call, sourceCode)) {
      for (const value of valuesAssignedBefore(variable, name) ?? []) {
        const assigned = getStaticValue(value, sourceCode);
        if (assigned.kind === 'object') checkConfig(call, assigned, target, value);
      }
      // `const makeS3 = (config) => new S3Client(config); makeS3({ credentials: { … } })`: the options each call of
      // a function of the file gives, judged where they are given
      for (const given of parameterCalls(variable, sourceCode)?.arguments ?? []) {
        const options = given === undefined ? null : getStaticValue(given, sourceCode);
        if (options?.kind === 'object') checkConfig(call, options, target, given!);
      }
    }
    // An object the file writes to after making it is no constant: its `credentials` writes are read one by one
    const init = name.type === AST_NODE_TYPES.Identifier ? boundInitializer(name, sourceCode) : null;
    const initial = init === null ? null : getStaticValue(init, sourceCode);
    if (initial?.kind === 'object' && skipTypeWrappers(init!).type === AST_NODE_TYPES.ObjectExpression) {
      checkCredentialsWrittenLater(call, initial, name as TSESTree.Identifier, target);
    }
  }

  /**
   * `const config = { region }; if (keyId) config.credentials = { … }; new S3Client(config)`: options built in
   * steps. Each `credentials` the file writes to the options object before the client is made is judged where it
   * is written (in an environment test's branch too), as the property would be.
   */
  function checkCredentialsWrittenLater(
    call: TSESTree.NewExpression | TSESTree.CallExpression,
    config: ObjectValue,
    name: TSESTree.Identifier,
    target: CredentialTarget,
  ): void {
    const variable = findVariableOf(name, sourceCode);
    if (variable === null || variable.defs.length !== 1) return;
    const sdkV2 = target.kind === 'v2-options';
    // The object's members written before the client is made (written after it, a v3 client has copied its options
    // already): the other ones (`options.endpoint = 'http://localhost:8000'`) join the options the keys are judged
    // with
    const writes: { key: string; assignment: TSESTree.AssignmentExpression }[] = [];
    for (const reference of variable.references) {
      const member = outermostTypeWrapper(reference.identifier as TSESTree.Node).parent;
      const key = member?.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(member) : null;
      const assignment = member?.parent;
      // `delete options.accessKeyId`: what the client gets is not known here
      if (assignment?.type === AST_NODE_TYPES.UnaryExpression && assignment.operator === 'delete') return;
      if (key === null || assignment?.type !== AST_NODE_TYPES.AssignmentExpression) continue;
      if (assignment.left !== member || assignment.range[1] > call.range[0]) continue;
      // `options.credentials ??= { … }` sets what the options literal left unset
      const unset = !config.properties.has(key);
      const sets = assignment.operator === '=' || (SETTING_OPERATORS.has(assignment.operator) && unset);
      if (sets) writes.push({ key, assignment });
    }
    const properties = new Map(config.properties);
    for (const { key, assignment } of writes) {
      if (key === 'credentials') continue;
      properties.set(key, { value: getStaticValue(assignment.right, sourceCode), property: null, keyNode: null });
    }
    const options: ObjectValue = { ...config, properties };
    // SDK v2 takes the keys at the top of its options too (`options.accessKeyId = …`): judged together with those
    // the literal holds, where the first is set, as the global config's fields are
    if (sdkV2) {
      const fieldWrites = writes.flatMap(({ key, assignment }) =>
        isCredentialField(key) ? [{ field: key as CredentialField, node: assignment }] : [],
      );
      if (fieldWrites.length > 0) checkWrittenFields(options, fieldWrites, target.name, call, config);
    }
    for (const { key, assignment } of writes) {
      if (key !== 'credentials') continue;
      const found = credentialsPassed(getStaticValue(assignment.right, sourceCode), assignment.right);
      if (found === null || found.verdict === null) continue;
      // Judged where they are written, and where the client that takes them is made (an offline branch excuses them)
      const exempt = (where: TSESTree.Node): boolean => isExempt(options, found.verdict!, where, sdkV2, target.name);
      if (exempt(found.branch ?? assignment) || exempt(call)) continue;
      const removal = found.inProvider === true ? null : statementsRemoval([assignment]);
      report({ node: assignment }, verdictMessage(found.verdict), { target: target.name }, removal, false);
    }
  }

  /** Set while the options of a client `isUserTokenStsClient` accepts are judged. */
  let userTokenClient = false;

  function checkConfig(
    call: TSESTree.NewExpression | TSESTree.CallExpression,
    config: ObjectValue,
    target: CredentialTarget,
    chosenAt: TSESTree.Node = call,
  ): void {
    const outer = userTokenClient;
    userTokenClient = isUserTokenStsClient(call, target.name, sourceCode);
    try {
      checkClientConfig(call, config, target, chosenAt);
    } finally {
      userTokenClient = outer;
    }
  }

  function checkClientConfig(
    call: TSESTree.NewExpression | TSESTree.CallExpression,
    config: ObjectValue,
    target: CredentialTarget,
    chosenAt: TSESTree.Node,
  ): void {
    // A Config instance's other settings (its constructor's `credentials`, other updates) are not followed, so
    // removing keys from its update may change its identity: a suggestion, never a fix
    const mayFix = !(target.kind === 'v2-options' && target.configInstance === true);
    if (target.kind === 'v2-options') checkTopLevelKeys(call, config, target.name, mayFix, chosenAt);
    if (target.kind === 'v2-options' && isV2ConfigTarget(target)) checkServiceConfigs(call, config, target, chosenAt);
    const credentials = config.properties.get('credentials');
    const sdkV2 = target.kind === 'v2-options';
    if (target.kind === 'v3-client' && credentials === undefined) checkProfileOption(call, config, target.name, chosenAt);
    // `{ region, ...(keyId && { credentials: { … } }) }`, `{ ...creds }` with `const creds = c ? { credentials } :
    // {}`: each outcome of the spread that passes credentials is judged where it is chosen, as a branch of a choice
    // in the property's value is
    const spreads =
      credentials !== undefined
        ? credentials.value.kind === 'unknown' && credentials.value.node?.type === AST_NODE_TYPES.SpreadElement
          ? [credentials.value.node]
          : []
        : config.hasUnknownKeys && config.node.type === AST_NODE_TYPES.ObjectExpression
          ? config.node.properties.filter((property) => property.type === AST_NODE_TYPES.SpreadElement)
          : [];
    const outcomes = spreadCredentialOutcomes(spreads);
    for (const { outcome, options, property } of outcomes) {
      // The outcome's own options (`{ endpoint: 'http://localhost:8000', credentials }`) win over the outer ones
      const chosen: ObjectValue = { ...config, properties: new Map([...config.properties, ...options.properties]) };
      checkCredentialsProperty(call, chosen, property, target.name, sdkV2, false, outcome);
    }
    if (credentials === undefined || spreads.length > 0) return;
    checkCredentialsProperty(call, config, credentials, target.name, sdkV2, mayFix, chosenAt);
  }

  /**
   * `new DynamoDBClient({ profile: 'prod' })` (SDK v3): with a profile named, the default chain skips the environment,
   * where Lambda puts the execution role's keys, and reads the profile's file, which a function does not have; a
   * profile file bundled with the code is the only way it works. Reported as `fromIni` is: in a file with a handler,
   * not picked by an environment switch, for a profile written as a string (a value from the environment is unset in
   * Lambda), and not when the config passes `credentials` of its own.
   */
  function checkProfileOption(
    call: TSESTree.NewExpression | TSESTree.CallExpression,
    config: ObjectValue,
    client: string,
    chosenAt: TSESTree.Node,
  ): void {
    const profile = config.properties.get('profile');
    if (profile === undefined || profile.value.kind !== 'string' || profile.value.value === '') return;
    if (!options.reportProfileProviders || !holdsHandler()) return;
    const where = profile.property ?? chosenAt;
    if (isEnvironmentSwitched(where, sourceCode) || isEnvironmentSwitched(chosenAt, sourceCode)) return;
    if (options.allowLocalEndpoints && isLocalConfig(config)) return;
    const removal = profile.property === null ? null : propertyRemoval([profile.property], call);
    report({ node: profile.property ?? call }, 'profileProvider', { provider: `${client}'s profile option` }, removal, false);
  }

  /**
   * SDK v2's configuration per service in a config (`AWS.config.update({ s3: { accessKeyId, … } })`, `new AWS.Config({
   * dynamodb: { credentials } })`): each service's options, a lower-case key whose object holds keys or
   * `credentials`, are that service's clients' options. Removing them is a suggestion at most.
   */
  function checkServiceConfigs(
    call: TSESTree.NewExpression | TSESTree.CallExpression,
    config: ObjectValue,
    target: Extract<CredentialTarget, { kind: 'v2-options' }>,
    chosenAt: TSESTree.Node,
  ): void {
    for (const [key, property] of config.properties) {
      const options = property.value;
      if (options.kind !== 'object' || !/^[a-z][a-z0-9]*$/u.test(key) || V2_CONFIG_OBJECT_OPTIONS.has(key)) continue;
      if (!options.properties.has('credentials') && !CREDENTIAL_FIELDS.some((field) => options.properties.has(field))) {
        continue;
      }
      const service: CredentialTarget = { kind: 'v2-options', name: `${target.name} (${key})`, configInstance: true };
      checkConfig(call, options, service, chosenAt);
    }
  }

  /**
   * The `credentials` of the outcomes of a spread chosen at run time that the options' `credentials` comes from
   * (`...(keyId && { credentials })`, `...(local ? {} : { credentials })`): each outcome object that writes it, with
   * its options and its property; none for a spread of anything else.
   */
  function spreadCredentialOutcomes(
    spreads: readonly TSESTree.SpreadElement[],
  ): { outcome: TSESTree.Node; options: ObjectValue; property: StaticProperty }[] {
    const found: { outcome: TSESTree.Node; options: ObjectValue; property: StaticProperty }[] = [];
    for (const spread of spreads) {
      for (const outcome of choiceOutcomes(spread.argument) ?? []) {
        const options = getStaticValue(outcome, sourceCode);
        const property = options.kind === 'object' ? options.properties.get('credentials') : undefined;
        if (options.kind === 'object' && property?.property != null) found.push({ outcome, options, property });
      }
    }
    return found;
  }

  /**
   * The values a choice may yield: `c ? a : b`, `c && a` (whose other outcome is no object), written in place or
   * bound once to a name (`const creds = c ? { … } : {}`, see getChoiceBranches); null for any other expression.
   */
  function choiceOutcomes(expression: TSESTree.Node): TSESTree.Node[] | null {
    const outcomes = choiceBranchesOf(expression);
    if (outcomes === null) return null;
    // `a ? { … } : b && { … }`: a branch that is itself a choice written there yields its own outcomes
    const result: TSESTree.Node[] = [];
    for (let index = 0; index < outcomes.length && index < MAX_CHOICE_OUTCOMES; index++) {
      const outcome = outcomes[index]!;
      const nested = skipTypeWrappers(outcome).type === AST_NODE_TYPES.Identifier ? null : choiceBranchesOf(outcome);
      if (nested === null) result.push(outcome);
      else outcomes.push(...nested);
    }
    return result;
  }

  /** getChoiceBranches of `?:` and `&&` (`c && a` yields no object when `c` is falsy: only `a`); null otherwise. */
  function choiceBranchesOf(expression: TSESTree.Node): TSESTree.Node[] | null {
    const branches = getChoiceBranches(expression, sourceCode);
    const choice = branches?.[0].parent;
    if (choice?.type === AST_NODE_TYPES.ConditionalExpression) return [...branches!];
    return choice?.type === AST_NODE_TYPES.LogicalExpression && choice.operator === '&&' ? [branches![1]] : null;
  }

  /** What a `credentials` value passes: an object of keys, or what `writtenCredentials` reads of the expression. */
  function credentialsPassed(value: StaticValue, written: TSESTree.Node | null, depth = 0): WrittenCredentials | null {
    if (value.kind === 'object') return { verdict: classifyObject(value, sourceCode), provider: false };
    return written === null ? null : writtenCredentials(written, depth);
  }

  /**
   * `new S3Client(clientConfig())`: the objects a function of the file returns (each return is a configuration the
   * client may get, judged on its own: the local one of an offline branch is exempt there, like a branch of `?:`).
   */
  function configsBuiltBy(argument: TSESTree.Expression): ObjectValue[] {
    const call = skipTypeWrappers(argument);
    if (call.type !== AST_NODE_TYPES.CallExpression) return [];
    const fn = resolveFunction(call.callee, sourceCode);
    const returned = fn === null || fn.async || fn.generator ? null : returnedExpressions(fn);
    const configs: ObjectValue[] = [];
    for (const expression of returned ?? []) {
      const value = expression === null ? null : getStaticValue(expression, sourceCode);
      if (value?.kind === 'object') configs.push(value);
    }
    return configs;
  }

  /** v2 `new AWS.Credentials(id, secret, token)` / `new AWS.Credentials({ … })`. */
  function checkV2Credentials(node: TSESTree.NewExpression, target: string): void {
    const args = node.arguments;
    if (args.length === 0 || args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return;
    let verdict: Verdict | null;
    const first = getStaticValue(args[0]!, sourceCode);
    if (first.kind === 'object') {
      verdict = classifyObject(first, sourceCode);
    } else if (args.length >= 2) {
      const fields = {} as Record<CredentialField, FieldClass>;
      CREDENTIAL_FIELDS.forEach((field, index) => {
        const argument = args[index];
        fields[field] = classifyField(
          argument === undefined ? null : { value: getStaticValue(argument, sourceCode), node: argument },
          field,
          sourceCode,
        );
      });
      verdict = combine(fields, { tokenMayHide: false, onlyCredentialFields: args.length <= 3 });
    } else {
      // One argument that is not an object: a copy of other credentials, or unknown.
      return;
    }
    if (verdict === null) return;
    const container = findContainer(node, true);
    if (isExempt(container.config ?? optionsAround(node), verdict, node)) return;
    // Removing a choice (`check() ? new AWS.Credentials(…) : undefined`) drops its test too: a suggestion at most
    const inChoice = climbUnsetChoices(node) !== outermostTypeWrapper(node);
    const fixable = !inChoice && isAutofixable(verdict) && fallsBackToRuntimeKeys(container.config, true);
    report({ node }, verdictMessage(verdict), { target }, container.removal, fixable);
  }

  /**
   * The options object credentials are written in as its `credentials` when it goes to something other than a client
   * the rule knows (`builder.createAwsService(Service, { endpoint, credentials: new AWS.Credentials(…) })`): read
   * like a client's options for its endpoint, else null.
   */
  function optionsAround(node: TSESTree.Node): ObjectValue | null {
    const parent = climbUnsetChoices(node).parent;
    if (parent?.type !== AST_NODE_TYPES.Property || getPropertyName(parent) !== 'credentials') return null;
    if (parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return null;
    const options = getStaticValue(parent.parent, sourceCode);
    return options.kind === 'object' ? options : null;
  }

  /** A provider reported on its call: the suggestion removes it where it is passed. */
  function reportProvider(
    node: TSESTree.NewExpression | TSESTree.CallExpression,
    messageId: 'profileProvider' | 'customEnvPrefix' | 'envProvider',
    provider: string,
    detail: Record<string, string> = {},
  ): void {
    const container = findContainer(node);
    // A client of a local emulator may use a local profile.
    if (options.allowLocalEndpoints && container.config !== null && isLocalConfig(container.config)) return;
    report({ node }, messageId, { provider, ...detail }, container.removal, false);
  }

  /** A profile provider in a file that holds a handler, and not chosen by an environment switch. */
  function reportsProfileProvider(node: TSESTree.Node): boolean {
    return options.reportProfileProviders && holdsHandler() && !isEnvironmentSwitched(node, sourceCode);
  }

  function checkCall(node: TSESTree.NewExpression | TSESTree.CallExpression): void {
    const target = getCredentialTarget(node, sourceCode);
    if (target === null) return;
    switch (target.kind) {
      case 'v3-client':
      case 'v2-options':
        checkOptions(node, target);
        break;
      case 'v2-credentials':
        if (node.type === AST_NODE_TYPES.NewExpression) checkV2Credentials(node, target.name);
        break;
      case 'signer':
        checkSigner(node, target);
        break;
      case 'v2-shared-ini':
        // The issue lists SharedIniFileCredentials among the unconditional SDK v2 reports: it names a profile
        // file wherever it runs, so it is reported in any file (still under reportProfileProviders), but test
        // code's, a command-line script's (a `#!` file, `scripts/deploy.js`: a deploy tool's `--profile`) or an
        // off-AWS host's, where the profile is the machine's own and no execution role exists
        if (
          options.reportProfileProviders &&
          !isEnvironmentSwitched(node, sourceCode) &&
          !runsOutsideLambda()
        ) {
          reportProvider(node, 'profileProvider', target.name);
        }
        break;
      case 'profile-provider':
        if (reportsProfileProvider(node)) reportProvider(node, 'profileProvider', target.name);
        break;
      case 'v2-environment': {
        const prefixArgument = node.arguments[0];
        if (prefixArgument?.type === AST_NODE_TYPES.SpreadElement) break;
        const prefix = prefixArgument === undefined ? '' : customPrefix(prefixArgument);
        // `AMAZON` is the second prefix SDK v2's default chain reads: as a step of a provider chain (a provider list,
        // `defaultProviders`, `providers.push(…)`) it is that chain's; used as credentials it reads keys the runtime
        // never sets, long-lived ones of the user's
        if (prefix === AMAZON_PREFIX && isProviderChainStep(node)) break;
        // Keys read from the environment, as keys from variables: the machine's own in test code, a command-line
        // script, or where no execution role exists
        if (prefix !== null && runsOutsideLambda()) break;
        if (prefix !== null) {
          // SDK v2 reads `<prefix>_ACCESS_KEY_ID`, and `ACCESS_KEY_ID` itself when given no prefix. A prefix is
          // shown only when it reads like one (`MYAPP`): any other text there may be something pasted, a secret too
          const variable =
            prefix === '' ? 'ACCESS_KEY_ID' : ENV_PREFIX.test(prefix) ? `${prefix}_ACCESS_KEY_ID` : '<prefix>_ACCESS_KEY_ID';
          reportProvider(node, 'customEnvPrefix', target.name, { variable: redactCredentials(variable) });
        }
        break;
      }
      case 'env-provider':
        if (options.reportFromEnv) reportProvider(node, 'envProvider', `${target.name}()`);
        break;
      default:
        break;
    }
  }

  /**
   * A request signer given keys (`new SignatureV4({ credentials: { … } })`, `aws4.sign(request, { … })`). A signer
   * signs with what it is given, so the runtime's own three variables are the execution role's credentials and stay
   * quiet; hard-coded or static keys, or the runtime's without the session token, are reported. No suggestion: without
   * credentials a signer cannot sign, and the remedy, the default provider chain, is an import to add.
   */
  function checkSigner(
    call: TSESTree.NewExpression | TSESTree.CallExpression,
    target: Extract<CredentialTarget, { kind: 'signer' }>,
  ): void {
    const argument = call.arguments[target.argument];
    if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return;
    let found: WrittenCredentials | null;
    let where: TSESTree.Node = argument;
    if (target.option === null) {
      found = credentialsPassed(getStaticValue(argument, sourceCode), argument);
    } else {
      const options = getStaticValue(argument, sourceCode);
      const credentials = options.kind === 'object' ? options.properties.get(target.option) : undefined;
      if (credentials === undefined || isOverriddenUnknown(credentials.value)) return;
      found = credentialsPassed(credentials.value, credentials.property?.value ?? null);
      where = credentials.property ?? argument;
    }
    if (found === null || found.verdict === null) return;
    const verdict = found.verdict;
    if (verdict.kind === 'runtime' && verdict.withToken) return;
    if (isExempt(null, verdict, found.branch ?? call, false, target.name)) return;
    const messageId = SIGNER_MESSAGES[verdictMessage(verdict)];
    // aws4 reads the runtime's own variables when given no credentials: leaving them out signs as the execution
    // role (a suggestion: other keys than before)
    const aws4 = target.name.startsWith('aws4.');
    const removal: Removal | null =
      aws4 && call.arguments.length === target.argument + 1 ? { kind: 'last-argument', call } : null;
    const remedy = aws4 ? AWS4_REMEDY : target.name === V2_SIGNER ? V2_SIGNER_REMEDY : SIGNER_REMEDY;
    report({ node: where }, messageId, { target: target.name, remedy }, removal, false);
  }

  /**
   * A known prefix other than `AWS`, the one the Lambda runtime sets ('' for none: unknown prefixes stay quiet,
   * null).
   */
  function customPrefix(node: TSESTree.Node): string | null {
    const value = getStaticValue(node, sourceCode);
    if (value.kind === 'undefined') return '';
    return value.kind === 'string' && value.value !== 'AWS' ? value.value : null;
  }

  return {
    NewExpression: checkCall,
    CallExpression(node) {
      const callee = skipTypeWrappers(node.callee);
      // Calls of interest are imported functions (any local name: imports can be renamed) or members with
      // one of a few names (`AWS.config.update(…)`, `providers.fromIni(…)`).
      if (callee.type === AST_NODE_TYPES.Identifier) {
        if (callee.name !== 'require' && callsProvidersByName()) checkCall(node);
      } else if (callee.type === AST_NODE_TYPES.Super) {
        // `class Reports extends S3Client { constructor() { super({ credentials }) } }`
        checkCall(node);
      } else if (callee.type === AST_NODE_TYPES.MemberExpression) {
        const name = getPropertyName(callee);
        if (name !== null && isCheckedMemberCall(name)) checkCall(node);
      }
    },
    AssignmentExpression(node) {
      const field = configFieldOf(node);
      if (field !== null) configFieldAssignments.push(field);
      const owner = configCredentialsOwner(node);
      if (owner === null) return;
      const value = getStaticValue(node.right, sourceCode);
      if (value.kind !== 'object') return;
      const verdict = classifyObject(value, sourceCode);
      if (verdict === null || isExempt(ownerOptions(owner), verdict, node)) return;
      const removal = statementsRemoval([node]);
      const target = owner === GLOBAL_CONFIG ? 'AWS.config.credentials' : 'AWS.Config.credentials';
      report({ node }, verdictMessage(verdict), { target }, removal, false);
    },
    'Program:exit'() {
      if (configFieldAssignments.length > 0) checkConfigFields(configFieldAssignments);
    },
  };
}

/** SDK v2's second environment prefix (`AMAZON_ACCESS_KEY_ID`), read by its default chain after `AWS`. */
const AMAZON_PREFIX = 'AMAZON';
/** Hops from a provider up to the list or call that makes it a chain's step. */
const MAX_CHAIN_STEP_HOPS = 8;
/** Functions and statements between a provider's `return` and its function. */
const MAX_RETURN_DEPTH = 8;

/**
 * Is `node` a step of a provider chain: an element of an array (a provider list, `defaultProviders = […]`), an
 * argument of `push` / `unshift` / `splice` (`chain.providers.push(…)`) or of a `new …CredentialProviderChain(…)`,
 * directly or as what a function there returns (`() => new AWS.EnvironmentCredentials('AMAZON')`)?
 */
function isProviderChainStep(node: TSESTree.Node): boolean {
  let current = outermostTypeWrapper(node);
  for (let hop = 0; hop < MAX_CHAIN_STEP_HOPS; hop++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (parent === undefined) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.ArrayExpression:
        return true;
      case AST_NODE_TYPES.CallExpression: {
        if (!parent.arguments.includes(current as TSESTree.CallExpressionArgument)) return false;
        const callee = parent.callee;
        const name = callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : null;
        return name === 'push' || name === 'unshift' || name === 'splice';
      }
      case AST_NODE_TYPES.NewExpression:
        return (
          parent.arguments.includes(current as TSESTree.CallExpressionArgument) &&
          getCalleeName(parent) === 'CredentialProviderChain'
        );
      case AST_NODE_TYPES.ArrowFunctionExpression:
        if (parent.body !== current) return false;
        current = parent;
        break;
      case AST_NODE_TYPES.ReturnStatement: {
        const fn = enclosingFunction(parent, MAX_RETURN_DEPTH);
        if (fn === null) return false;
        current = fn;
        break;
      }
      default:
        return false;
    }
  }
  return false;
}
