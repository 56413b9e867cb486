import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getPropertyName, memberChain, skipTypeAndChainWrappers } from './ast.js';
import { onceBound } from './logging.js';
import {
  awsApi,
  boundInitializer,
  findVariableOf,
  patternPath,
  resolveAwsCallee,
  resolveInstance,
  resolveModuleRef,
  type ModuleRef,
} from './modules.js';

/**
 * AWS operations whose answer carries secrets: a Cognito sign-in's tokens, STS's temporary credentials, a Secrets
 * Manager secret's value, decrypted parameters and plaintext, an access key's secret. A value that holds such an
 * answer, whole or the part with the secrets in it (`data`, `data.AuthenticationResult`, `const { Credentials } =
 * await sts.send(new AssumeRoleCommand(…))`), logged, writes them to the logs whatever it is named.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

export interface SecretAnswer {
  /** `AssumeRole`, as the SDK names the operation. */
  operation: string;
  /** What the answer carries, for the message ("temporary AWS credentials"). */
  what: string;
}

interface SecretOperation {
  /** Where the secrets are in the answer: logging any of these paths or a part above them logs them. */
  paths: readonly (readonly string[])[];
  what: string;
  /** Parameters must say so for the answer to carry plaintext (SSM's `WithDecryption: true`). */
  needs?: string;
  /** The answer itself is the secret's text (Powertools' `getSecret`): it prints as itself in a template. */
  textAnswer?: boolean;
}

const COGNITO_TOKENS: SecretOperation = {
  paths: [['AuthenticationResult']],
  what: "the user's ID, access and refresh tokens",
};
const STS_CREDENTIALS: SecretOperation = { paths: [['Credentials']], what: 'temporary AWS credentials' };
const DECRYPTED_PARAMETERS: SecretOperation = {
  paths: [['Parameters']],
  what: 'decrypted parameter values',
  needs: 'WithDecryption',
};

/** By SDK v3 service name (`@aws-sdk/client-<service>`), then operation. */
const SECRET_OPERATIONS: ReadonlyMap<string, ReadonlyMap<string, SecretOperation>> = new Map([
  [
    'cognito-identity-provider',
    new Map([
      ['InitiateAuth', COGNITO_TOKENS],
      ['AdminInitiateAuth', COGNITO_TOKENS],
      ['RespondToAuthChallenge', COGNITO_TOKENS],
      ['AdminRespondToAuthChallenge', COGNITO_TOKENS],
    ]),
  ],
  [
    'sts',
    new Map([
      ['AssumeRole', STS_CREDENTIALS],
      ['AssumeRoleWithWebIdentity', STS_CREDENTIALS],
      ['AssumeRoleWithSAML', STS_CREDENTIALS],
      ['GetSessionToken', STS_CREDENTIALS],
      ['GetFederationToken', STS_CREDENTIALS],
    ]),
  ],
  [
    'secrets-manager',
    new Map<string, SecretOperation>([
      ['GetSecretValue', { paths: [['SecretString'], ['SecretBinary']], what: "the secret's value" }],
      ['BatchGetSecretValue', { paths: [['SecretValues']], what: "the secrets' values" }],
      ['GetRandomPassword', { paths: [['RandomPassword']], what: 'a new password' }],
    ]),
  ],
  [
    'ssm',
    new Map<string, SecretOperation>([
      [
        'GetParameter',
        { paths: [['Parameter', 'Value']], what: 'the decrypted parameter value', needs: 'WithDecryption' },
      ],
      ['GetParameters', DECRYPTED_PARAMETERS],
      ['GetParametersByPath', DECRYPTED_PARAMETERS],
    ]),
  ],
  [
    'kms',
    new Map<string, SecretOperation>([
      ['Decrypt', { paths: [['Plaintext']], what: 'the decrypted plaintext' }],
      ['GenerateDataKey', { paths: [['Plaintext']], what: 'a plaintext data key' }],
    ]),
  ],
  [
    'cognito-identity',
    new Map<string, SecretOperation>([
      ['GetCredentialsForIdentity', { paths: [['Credentials']], what: 'temporary AWS credentials' }],
      ['GetOpenIdToken', { paths: [['Token']], what: 'an OpenID token' }],
      ['GetOpenIdTokenForDeveloperIdentity', { paths: [['Token']], what: 'an OpenID token' }],
    ]),
  ],
  ['ecr', new Map([['GetAuthorizationToken', { paths: [['authorizationData']], what: 'a registry password' }]])],
  ['iam', new Map([['CreateAccessKey', { paths: [['AccessKey']], what: "the new key's secret access key" }]])],
]);

/** The module whose specifier a file spells when it may read secrets through Powertools Parameters. */
export const POWERTOOLS_PARAMETERS_MODULE = '@aws-lambda-powertools/parameters';

/** The services of SECRET_OPERATIONS as `mayImportSdkClientOf` names them (no dashes). */
export const SECRET_ANSWER_SERVICES: ReadonlySet<string> = new Set(
  [...SECRET_OPERATIONS.keys()].map((service) => service.replaceAll('-', '')),
);

/** SDK v2 client classes (`new AWS.STS()`) by the v3 service name of the same API. */
const V2_SERVICES: ReadonlyMap<string, string> = new Map([
  ['CognitoIdentityServiceProvider', 'cognito-identity-provider'],
  ['STS', 'sts'],
  ['SecretsManager', 'secrets-manager'],
  ['SSM', 'ssm'],
  ['KMS', 'kms'],
  ['CognitoIdentity', 'cognito-identity'],
  ['ECR', 'ecr'],
  ['IAM', 'iam'],
]);

/** Names and member reads followed back to the call whose answer they hold. */
const MAX_ANSWER_HOPS = 6;

/**
 * Does the logged `node` hold the answer of an operation that carries secrets (see above), whole or the part that
 * holds them? Through once-bound names, destructuring and member reads (`data.Credentials`); a part below the secrets
 * (`data.Credentials.Expiration`) is not the secrets. Null when unknown.
 */
export function secretAnswerOf(node: TSESTree.Node, sourceCode: SourceCode, asText = false): SecretAnswer | null {
  const read = answerRead(node, sourceCode, 0);
  if (read === null) return null;
  const { operation, path } = read;
  // (An empty path: the answer is the secret itself, Powertools' `getSecret`; a field picked from a secret it parsed,
  // `config.host`, is the code's choice, and a secret's own name says so: `config.password`)
  const holds = operation.spec.paths.some(
    (secretPath) => path.length <= secretPath.length && path.every((name, index) => secretPath[index] === name),
  );
  // Printed as text (`${answer}`), an object is `[object Object]`: only a secret that is text (or bytes) shows
  const text = TEXT_SECRETS.has(path.join('.')) || (path.length === 0 && operation.spec.textAnswer === true);
  if (holds && asText && !text) return null;
  return holds ? { operation: operation.name, what: operation.spec.what } : null;
}

/** Secrets that print as themselves in a template or a concatenation (text, or the bytes of a buffer). */
const TEXT_SECRETS: ReadonlySet<string> = new Set([
  'SecretString',
  'SecretBinary',
  'RandomPassword',
  'Parameter.Value',
  'Plaintext',
  'Token',
]);

interface AnswerRead {
  operation: { name: string; spec: SecretOperation };
  /** The path read into the answer (`['Credentials']` for `data.Credentials`). */
  path: string[];
}

function answerRead(node: TSESTree.Node, sourceCode: SourceCode, hops: number): AnswerRead | null {
  if (hops > MAX_ANSWER_HOPS) return null;
  let value = skipTypeAndChainWrappers(node);
  if (value.type === AST_NODE_TYPES.AwaitExpression) value = skipTypeAndChainWrappers(value.argument);
  if (value.type === AST_NODE_TYPES.CallExpression) {
    const operation = secretOperationOf(value, sourceCode);
    return operation === null ? null : { operation, path: [] };
  }
  const chain = memberChain(value);
  if (chain === null) return null;
  const base = skipTypeAndChainWrappers(chain.base);
  if (base.type !== AST_NODE_TYPES.Identifier) {
    if (chain.names.length === 0) return null;
    const inner = answerRead(base, sourceCode, hops + 1);
    return inner === null ? null : { operation: inner.operation, path: [...inner.path, ...chain.names] };
  }
  const variable = findVariableOf(base, sourceCode);
  if (variable === null) return null;
  const bound = onceBound(variable);
  const inner =
    bound === null ? callbackAnswerRead(variable, sourceCode, hops) : answerRead(bound.init, sourceCode, hops + 1);
  const boundPath = bound === null ? [] : bound.path;
  return inner === null ? null : { operation: inner.operation, path: [...inner.path, ...boundPath, ...chain.names] };
}

/**
 * A callback's parameter given the answer: `.then((data) => …)` on the promise of the operation's call, or the
 * callback passed last to a client method (SDK v2's `client.assumeRole(params, (err, data) => …)`, and v3's
 * aggregated clients); destructured too (`({ Credentials }) =>`).
 * A parameter written to in the body holds something else by then.
 */
function callbackAnswerRead(variable: Variable, sourceCode: SourceCode, hops: number): AnswerRead | null {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def?.type !== 'Parameter') return null;
  if (variable.references.some((reference) => reference.isWrite())) return null;
  const callback = def.node;
  if (
    callback.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
    callback.type !== AST_NODE_TYPES.FunctionExpression
  ) {
    return null;
  }
  const index = callback.params.findIndex(
    (param) => param.range[0] <= def.name.range[0] && def.name.range[1] <= param.range[1],
  );
  const path = index === -1 ? null : patternPath(callback.params[index]!, def.name);
  const call = callback.parent;
  if (path === null || call?.type !== AST_NODE_TYPES.CallExpression || call.callee === callback) return null;
  const callee = skipTypeAndChainWrappers(call.callee);
  if (index === 0 && call.arguments[0] === callback && callee.type === AST_NODE_TYPES.MemberExpression) {
    if (getPropertyName(callee) !== 'then') return null;
    const promised = answerRead(callee.object, sourceCode, hops + 1);
    return promised === null ? null : { operation: promised.operation, path: [...promised.path, ...path] };
  }
  if (index !== 1 || call.arguments[call.arguments.length - 1] !== callback) return null;
  // v3's aggregated clients take a callback too
  const operation =
    clientMethodOperation(call, 'sdk-v2', sourceCode) ?? clientMethodOperation(call, 'sdk-v3', sourceCode);
  return operation === null ? null : { operation, path };
}

/**
 * The operation a call runs and its secrets, when it is one of SECRET_OPERATIONS: SDK v3's `client.send(new
 * XCommand(params))`, an aggregated v3 client's `client.x(params)`, or SDK v2's `client.x(params).promise()`.
 */
function secretOperationOf(
  call: TSESTree.CallExpression,
  sourceCode: SourceCode,
): { name: string; spec: SecretOperation } | null {
  const callee = skipTypeAndChainWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return powertoolsParameterOperation(call, callee, sourceCode);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getPropertyName(callee);
  // `new SecretsProvider().get(name)`, `ssmProvider.get(name, { decrypt: true })`
  const provider = method === 'get' ? resolveInstance(skipTypeAndChainWrappers(callee.object), sourceCode) : null;
  const byProvider = provider === null ? undefined : POWERTOOLS_PROVIDERS.get(powertoolsExport(provider.ref) ?? '');
  if (byProvider !== undefined) return poweredOperation(byProvider, call.arguments[1], sourceCode);
  // `const command = new GetSecretValueCommand(…); await client.send(command)`: the command bound to a name first
  const command = call.arguments[0] === undefined ? undefined : boundValue(call.arguments[0], sourceCode);
  if (method === 'send' && command?.type === AST_NODE_TYPES.NewExpression) {
    const api = resolveAwsCallee(command, sourceCode)?.api;
    if (api?.family !== 'sdk-v3' || api.service === null || api.export?.endsWith('Command') !== true) return null;
    return operation(api.service, api.export.slice(0, -'Command'.length), command.arguments[0], sourceCode);
  }
  // SDK v2: `client.assumeRole(params).promise()`
  if (method === 'promise') {
    const inner = skipTypeAndChainWrappers(callee.object);
    return inner.type === AST_NODE_TYPES.CallExpression ? clientMethodOperation(inner, 'sdk-v2', sourceCode) : null;
  }
  return clientMethodOperation(call, 'sdk-v3', sourceCode);
}

/**
 * Powertools Parameters' functions (`@aws-lambda-powertools/parameters/secrets`' `getSecret`, `…/ssm`'s
 * `getParameter(name, { decrypt: true })`): they answer the value itself.
 */
const POWERTOOLS_FUNCTIONS: ReadonlyMap<string, PoweredOperation> = new Map([
  ['getSecret', { name: 'getSecret', what: "the secret's value" }],
  ['getParameter', { name: 'getParameter', what: 'the decrypted parameter value', needsDecrypt: true }],
  ['getParameters', { name: 'getParameters', what: 'decrypted parameter values', needsDecrypt: true }],
  ['getParametersByName', { name: 'getParametersByName', what: 'decrypted parameter values', needsDecrypt: true }],
]);
/** Their provider classes, whose `get(name, options)` answers the same. */
const POWERTOOLS_PROVIDERS: ReadonlyMap<string, PoweredOperation> = new Map([
  ['SecretsProvider', { name: 'SecretsProvider.get', what: "the secret's value" }],
  ['SSMProvider', { name: 'SSMProvider.get', what: 'the decrypted parameter value', needsDecrypt: true }],
]);

interface PoweredOperation {
  name: string;
  what: string;
  /** Only with `decrypt: true` in the options does the answer hold a SecureString's plaintext. */
  needsDecrypt?: boolean;
}

const ANSWER_ITSELF: readonly (readonly string[])[] = [[]];

/** The export of `@aws-lambda-powertools/parameters` (or one of its entry points) `ref` names, else null. */
function powertoolsExport(ref: ModuleRef): string | null {
  const inPackage = ref.module === '@aws-lambda-powertools/parameters' || ref.module.startsWith('@aws-lambda-powertools/parameters/');
  return inPackage && ref.path.length === 1 ? ref.path[0]! : null;
}

function powertoolsParameterOperation(
  call: TSESTree.CallExpression,
  callee: TSESTree.Identifier,
  sourceCode: SourceCode,
): { name: string; spec: SecretOperation } | null {
  const ref = resolveModuleRef(callee, sourceCode);
  const powered = ref === null ? undefined : POWERTOOLS_FUNCTIONS.get(powertoolsExport(ref) ?? '');
  return powered === undefined ? null : poweredOperation(powered, call.arguments[1], sourceCode);
}

function poweredOperation(
  powered: PoweredOperation,
  options: TSESTree.Node | undefined,
  sourceCode: SourceCode,
): { name: string; spec: SecretOperation } | null {
  if (powered.needsDecrypt === true && !parameterIsTrue(options, 'decrypt', sourceCode)) return null;
  // (`transform: 'json'` answers an object, which a template prints as `[object Object]`)
  const parsed = optionValue(options, 'transform', sourceCode) !== undefined;
  return { name: powered.name, spec: { paths: ANSWER_ITSELF, what: powered.what, textAnswer: !parsed } };
}

/** `client.assumeRole(params)` on a client of the file: v2's (before `.promise()`) or an aggregated v3 one's. */
function clientMethodOperation(
  call: TSESTree.CallExpression,
  family: 'sdk-v2' | 'sdk-v3',
  sourceCode: SourceCode,
): { name: string; spec: SecretOperation } | null {
  const callee = skipTypeAndChainWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getPropertyName(callee);
  if (method === null || method.length === 0) return null;
  const client = resolveInstance(skipTypeAndChainWrappers(callee.object), sourceCode);
  const api = client === null ? null : awsApi(client.ref);
  if (api === null || api.family !== family || api.export === null) return null;
  let service: string | null | undefined;
  if (api.family === 'sdk-v2') service = V2_SERVICES.get(api.export);
  // `new CognitoIdentityProvider({})`: the aggregated client, not `…Client`, whose methods take commands
  else if (!api.export.endsWith('Client')) service = api.service;
  if (service === null || service === undefined) return null;
  return operation(service, method.charAt(0).toUpperCase() + method.slice(1), call.arguments[0], sourceCode);
}

function operation(
  service: string,
  name: string,
  parameters: TSESTree.Node | undefined,
  sourceCode: SourceCode,
): { name: string; spec: SecretOperation } | null {
  const spec = SECRET_OPERATIONS.get(service)?.get(name);
  if (spec === undefined) return null;
  if (spec.needs !== undefined && !parameterIsTrue(parameters, spec.needs, sourceCode)) return null;
  return { name, spec };
}

/** `node`, or the value a name holds when it is bound once (`const params = { … }`). */
function boundValue(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node {
  const value = skipTypeAndChainWrappers(node);
  if (value.type !== AST_NODE_TYPES.Identifier) return value;
  const init = boundInitializer(value, sourceCode);
  return init === null ? value : skipTypeAndChainWrappers(init);
}

/** The value written for `key` in the options object `options` (bound once or written in place), else undefined. */
function optionValue(options: TSESTree.Node | undefined, key: string, sourceCode: SourceCode): TSESTree.Node | undefined {
  if (options === undefined || options.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const object = boundValue(options, sourceCode);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const property = object.properties.find(
    (member): member is TSESTree.Property => member.type === AST_NODE_TYPES.Property && getPropertyName(member) === key,
  );
  return property?.value;
}

/** `{ Name, WithDecryption: true }`: the parameter `key` is `true` in the call's parameters, as far as known. */
function parameterIsTrue(parameters: TSESTree.Node | undefined, key: string, sourceCode: SourceCode): boolean {
  if (parameters === undefined || parameters.type === AST_NODE_TYPES.SpreadElement) return false;
  const object = boundValue(parameters, sourceCode);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return object.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      getPropertyName(property) === key &&
      property.value.type === AST_NODE_TYPES.Literal &&
      property.value.value === true,
  );
}
