import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getPropertyName, skipTypeWrappers } from './ast.js';
import { classOfThis } from './cdk.js';
import {
  awsApi,
  boundInitializer,
  calleeAwsApi,
  isAwsSdkV3Client,
  isGlobalIdentifier,
  normalisePath,
  resolveAwsRef,
  resolveCallee,
  resolveInstance,
  resolveModuleRef,
  type ModuleRef,
} from './modules.js';
import { getStaticValue, type StaticProperty, type StaticValue } from './static-value.js';

/**
 * What an SDK `new X(…)` / `f(…)` does with credentials, built on the shared binding helpers (modules.ts): which
 * calls construct clients, which accept credential options, which are credential providers. Plus where a client's
 * `endpoint` points (local emulators). Nothing here throws; anything unknown is null / 'unknown'.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;

export type CredentialTarget =
  /** `new S3Client(config)` (any class of an `@aws-sdk/client-*` package): config.credentials. */
  | { kind: 'v3-client'; name: string }
  /**
   * `new AWS.S3(options)`, `new AWS.Config(options)`, `AWS.config.update(options)`: keys or options.credentials;
   * `configInstance` for `config.update(options)` on a `new AWS.Config(…)` of the file.
   */
  | { kind: 'v2-options'; name: string; configInstance?: boolean }
  /** `new AWS.Credentials(accessKeyId, secretAccessKey, sessionToken)` or `new AWS.Credentials({ … })`. */
  | { kind: 'v2-credentials'; name: string }
  /** `new AWS.SharedIniFileCredentials(…)`: a profile from ~/.aws/credentials. */
  | { kind: 'v2-shared-ini'; name: string }
  /** `new AWS.EnvironmentCredentials(prefix)`: `<prefix>_ACCESS_KEY_ID` … */
  | { kind: 'v2-environment'; name: string }
  /** `fromIni`, `fromProcess`, `fromSSO`; v2 `ProcessCredentials`, `FileSystemCredentials`, `AWS.config.loadFromPath`. */
  | { kind: 'profile-provider'; name: string }
  /** `fromEnv()`: the runtime's own AWS_* variables. */
  | { kind: 'env-provider'; name: string }
  /** `fromStatic({ accessKeyId, … })` from `@smithy/property-provider`: static credentials as a provider. */
  | { kind: 'static-provider'; name: string }
  /**
   * A request signer, which signs with the credentials it is given and has no default of its own to fall back to:
   * `new SignatureV4({ credentials })` (`@smithy/signature-v4` and the SDK's forms of it), OpenSearch's
   * `AwsSigv4Signer({ getCredentials })`, given in the option `option`; `aws4.sign(request, credentials)` and `new
   * aws4.RequestSigner(request, credentials)`, and SDK v2's `signer.addAuthorization(credentials, date)` (`new
   * AWS.Signers.V4(…)`), given as the argument at `argument`.
   */
  | { kind: 'signer'; name: string; option: string; argument: 0 }
  | { kind: 'signer'; name: string; option: null; argument: 0 | 1 };

/** Packages that export the v3 credential providers. */
const V3_PROVIDER_PACKAGES = new Set([
  '@aws-sdk/credential-providers',
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-env',
]);
const V3_PROFILE_PROVIDERS = new Set(['fromIni', 'fromProcess', 'fromSSO']);
const STATIC_PROVIDER_MODULES = new Set(['@smithy/property-provider', '@aws-sdk/property-provider']);

/** Signer classes by module: each takes `{ credentials, region, service, sha256, … }`. */
const SIGNER_CLASSES: ReadonlyMap<string, string> = new Map([
  ['@smithy/signature-v4', 'SignatureV4'],
  ['@aws-sdk/signature-v4', 'SignatureV4'],
  ['@aws-sdk/signature-v4-multi-region', 'SignatureV4MultiRegion'],
  ['@aws-sdk/signature-v4-crt', 'CrtSignerV4'],
]);
/** OpenSearch's client modules whose `AwsSigv4Signer({ region, service, getCredentials })` signs its requests. */
const OPENSEARCH_SIGNER_MODULES = new Set(['@opensearch-project/opensearch/aws', '@opensearch-project/opensearch/aws-v3']);

/** What `ref` names when it is a request signer (see `CredentialTarget`'s `signer`), else null. */
function signerTarget(ref: ModuleRef, constructs: boolean): CredentialTarget | null {
  const path = normalisePath(ref.path);
  if (path.length !== 1) return null;
  const name = path[0]!;
  if (ref.module === 'aws4') {
    if (constructs ? name !== 'RequestSigner' : name !== 'sign') return null;
    return { kind: 'signer', name: `aws4.${name}`, option: null, argument: 1 };
  }
  if (OPENSEARCH_SIGNER_MODULES.has(ref.module)) {
    return name === 'AwsSigv4Signer' ? { kind: 'signer', name, option: 'getCredentials', argument: 0 } : null;
  }
  return constructs && SIGNER_CLASSES.get(ref.module) === name
    ? { kind: 'signer', name, option: 'credentials', argument: 0 }
    : null;
}

/**
 * `signer.addAuthorization(credentials, date)` where `signer` is a `new AWS.Signers.V4(…)` of SDK v2 (directly or
 * through a name bound once): a signer given its credentials as the first argument.
 */
function v2SignerCall(call: TSESTree.CallExpression, sourceCode: SourceCode): CredentialTarget | null {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'addAuthorization') return null;
  const instance = resolveInstance(callee.object, sourceCode);
  if (instance === null || awsApi(instance.ref)?.family !== 'sdk-v2') return null;
  const path = normalisePath(instance.ref.path);
  if (path.length !== 2 || path[0] !== 'Signers' || path[1] !== 'V4') return null;
  return { kind: 'signer', name: 'AWS.Signers.V4', option: null, argument: 0 };
}

/** SDK v2 classes that are not services and take no credential options. */
const V2_NOT_SERVICES = new Set([
  'Endpoint',
  'HttpRequest',
  'HttpResponse',
  'Request',
  'Response',
  'MetadataService',
  'Signers',
  'EventListeners',
  'SequentialExecutor',
  'ParamValidator',
  'ResourceWaiter',
  'IniLoader',
  'CredentialProviderChain',
  'TokenProviderChain',
]);

/**
 * The class a `super(…)` call constructs (its class's `extends` expression); null for any other call, or a class
 * that extends nothing the file names.
 */
function superClassOf(call: TSESTree.CallExpression): TSESTree.Expression | null {
  if (call.callee.type !== AST_NODE_TYPES.Super) return null;
  // `super(…)` runs in the constructor: the class `this` is there
  return classOfThis(call)?.parent.superClass ?? null;
}

/** What `node` (a `new`, a call, or a `super(…)` of a client's subclass) is, as far as credentials are concerned; null for anything else. */
export function getCredentialTarget(
  node: TSESTree.NewExpression | TSESTree.CallExpression,
  sourceCode: SourceCode,
): CredentialTarget | null {
  // `super(config)` in a class that extends a client (`class Reports extends S3Client`): that client, constructed
  const superClass = node.type === AST_NODE_TYPES.CallExpression ? superClassOf(node) : null;
  const constructs = node.type === AST_NODE_TYPES.NewExpression || superClass !== null;
  // SDK v2's request signer: `signer.addAuthorization(credentials, date)` on a `new AWS.Signers.V4(request, 'es')`
  if (!constructs) {
    const v2Signer = v2SignerCall(node as TSESTree.CallExpression, sourceCode);
    if (v2Signer !== null) return v2Signer;
  }
  const ref = superClass !== null ? resolveModuleRef(superClass, sourceCode) : resolveCallee(node, sourceCode);
  if (ref === null) {
    return node.type === AST_NODE_TYPES.CallExpression && !constructs ? configInstanceUpdate(node, sourceCode) : null;
  }
  // (`super({ credentials })` of a class extending a signer constructs it too)
  const signer = signerTarget(ref, constructs);
  if (signer !== null) return signer;
  if (STATIC_PROVIDER_MODULES.has(ref.module)) {
    return !constructs && ref.path.join('.') === 'fromStatic'
      ? { kind: 'static-provider', name: 'fromStatic' }
      : null;
  }
  const api = awsApi(ref);
  if (api === null) return null;

  if (api.family === 'sdk-v3') {
    if (constructs) {
      return isAwsSdkV3Client(ref) && api.export !== null ? { kind: 'v3-client', name: api.export } : null;
    }
    if (!V3_PROVIDER_PACKAGES.has(api.packageName) || api.path.length !== 1 || api.export === null) return null;
    if (V3_PROFILE_PROVIDERS.has(api.export)) return { kind: 'profile-provider', name: api.export };
    if (api.export === 'fromEnv') return { kind: 'env-provider', name: api.export };
    return null;
  }
  if (api.family !== 'sdk-v2') return null;

  const path = api.path;
  const name = `AWS.${path.join('.')}`;
  if (!constructs) {
    if (path.length !== 2 || path[0] !== 'config') return null;
    if (path[1] === 'update') return { kind: 'v2-options', name };
    if (path[1] === 'loadFromPath') return { kind: 'profile-provider', name };
    return null;
  }
  if (path.length === 0) {
    // `new (require('aws-sdk/clients/<file>'))(…)` for a file the binding table does not name.
    if (!ref.module.startsWith('aws-sdk/clients/') || ref.path.length > 0) return null;
    return { kind: 'v2-options', name: `AWS.${ref.module.slice('aws-sdk/clients/'.length)}` };
  }
  const first = path[0]!;
  const last = path[path.length - 1]!;
  if (path.length === 1) {
    switch (first) {
      case 'Credentials':
        return { kind: 'v2-credentials', name };
      case 'SharedIniFileCredentials':
        return { kind: 'v2-shared-ini', name };
      case 'EnvironmentCredentials':
        return { kind: 'v2-environment', name };
      case 'ProcessCredentials':
      case 'FileSystemCredentials':
        return { kind: 'profile-provider', name };
      case 'Config':
        return { kind: 'v2-options', name };
      default:
        break;
    }
  }
  // Other credential classes (ChainableTemporaryCredentials, TemporaryCredentials, CognitoIdentityCredentials,
  // WebIdentityCredentials, EC2MetadataCredentials, …) fetch temporary credentials: not ours.
  if (last.endsWith('Credentials') || V2_NOT_SERVICES.has(first)) return null;
  // Services are classes: `AWS.S3`, `AWS.DynamoDB.DocumentClient`; not `AWS.util.…`.
  if (!/^[A-Z]/u.test(first) || !/^[A-Z]/u.test(last)) return null;
  return { kind: 'v2-options', name };
}

/**
 * `config.update(options)` where `config` is bound once, in this file, to `new AWS.Config(…)` (through any binding):
 * the instance takes keys or `credentials` as `AWS.config.update` does.
 */
function configInstanceUpdate(node: TSESTree.CallExpression, sourceCode: SourceCode): CredentialTarget | null {
  const callee = skipTypeWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'update') return null;
  if (v2ConfigInstanceOf(callee.object, sourceCode) !== null) {
    return { kind: 'v2-options', name: 'AWS.Config.update', configInstance: true };
  }
  // `s3.config.update({ accessKeyId, … })` on a `const s3 = new AWS.S3()` of the file: that client's own config
  const owner = skipTypeWrappers(callee.object);
  if (owner.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(owner) !== 'config') return null;
  const client = skipTypeWrappers(owner.object);
  const init = client.type === AST_NODE_TYPES.Identifier ? boundInitializer(client, sourceCode) : null;
  const made = init === null ? null : skipTypeWrappers(init);
  if (made?.type !== AST_NODE_TYPES.NewExpression) return null;
  const service = getCredentialTarget(made, sourceCode);
  return service?.kind === 'v2-options' && service.name !== 'AWS.Config'
    ? { kind: 'v2-options', name: `${service.name}.config.update`, configInstance: true }
    : null;
}

/**
 * `fromTemporaryCredentials({ masterCredentials, params })` of `@aws-sdk/credential-providers`: the
 * `masterCredentials` value written in its options (the credentials the role is assumed with), else null.
 */
export function temporaryCredentialsMaster(call: TSESTree.CallExpression, sourceCode: SourceCode): TSESTree.Node | null {
  const options = call.arguments[0];
  if (options === undefined || options.type === AST_NODE_TYPES.SpreadElement) return null;
  const api = calleeAwsApi(call, sourceCode);
  if (
    api?.family !== 'sdk-v3' ||
    api.packageName !== '@aws-sdk/credential-providers' ||
    api.path.length !== 1 ||
    api.export !== 'fromTemporaryCredentials'
  ) {
    return null;
  }
  const value = getStaticValue(options, sourceCode);
  if (value.kind !== 'object') return null;
  const master = value.properties.get('masterCredentials');
  return master?.property?.value ?? master?.value.node ?? null;
}

/**
 * The `new AWS.Config(…)` (through any binding) that the identifier `node` is bound to once, in this file; else null.
 */
export function v2ConfigInstanceOf(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.NewExpression | null {
  const object = skipTypeWrappers(node);
  const init = object.type === AST_NODE_TYPES.Identifier ? boundInitializer(object, sourceCode) : null;
  return init === null ? null : asV2ConfigConstruction(init, sourceCode);
}

/** `node` itself (through TS wrappers) as a `new AWS.Config(…)` of SDK v2; else null. */
export function asV2ConfigConstruction(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.NewExpression | null {
  const created = skipTypeWrappers(node);
  if (created.type !== AST_NODE_TYPES.NewExpression) return null;
  const target = getCredentialTarget(created, sourceCode);
  return target?.kind === 'v2-options' && target.name === 'AWS.Config' ? created : null;
}

/** `AWS.config` of SDK v2 (through any binding). */
export function isV2GlobalConfig(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const resolved = resolveAwsRef(node, sourceCode);
  return resolved?.api.family === 'sdk-v2' && resolved.api.path.length === 1 && resolved.api.path[0] === 'config';
}

// ---------------------------------------------------------------------------------------------------------------
// Endpoints

/**
 * Where an `endpoint` option points: `local` (localhost, 127.x, [::1], *.localhost, LocalStack,
 * host.docker.internal), `maybe-local` (a condition with a local branch), `remote`, `unknown`, or `absent`.
 */
export type EndpointLocality = 'absent' | 'local' | 'maybe-local' | 'remote' | 'foreign' | 'unknown';

/**
 * AWS's own endpoint domains (commercial, China, ISO and sovereign partitions, dual-stack, function URLs). A host
 * outside them is another provider's S3-compatible or emulating service (Cloudflare R2, DigitalOcean Spaces, MinIO):
 * `foreign`, where no execution role can authenticate.
 */
const AWS_ENDPOINT_DOMAINS = [
  'amazonaws.com',
  'amazonaws.com.cn',
  'amazonaws.eu',
  'api.aws',
  'on.aws',
  'amazon.com',
  'c2s.ic.gov',
  'sc2s.sgov.gov',
  'cloud.adc-e.uk',
  'csp.hci.ic.gov',
];

function isAwsHost(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/u, '');
  return AWS_ENDPOINT_DOMAINS.some((domain) => name === domain || name.endsWith(`.${domain}`));
}

/** A known remote host: AWS's (`remote`) or another provider's (`foreign`). IP addresses stay `remote`. */
function remoteLocality(host: string): 'remote' | 'foreign' {
  if (isAwsHost(host) || !/[a-z]/iu.test(host) || host.startsWith('[')) return 'remote';
  return 'foreign';
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//iu;
const LOOPBACK_V4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/u;
/** A host name of one label with a letter in it (not an IPv6 address, not a number). */
const SINGLE_LABEL_HOST = /^(?=[a-z0-9_-]*[a-z])[a-z0-9_-]+$/u;

/**
 * A host name (lower case, IPv6 without brackets) of the machine itself or a local emulator: also a name of one label
 * (`dynamodb-local`, `minio`: a docker-compose service's or a machine's on the local network), which no AWS endpoint
 * is.
 */
export function isLocalHost(input: string): boolean {
  let host = input.toLowerCase();
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (host.endsWith('.')) host = host.slice(0, -1);
  return (
    SINGLE_LABEL_HOST.test(host) ||
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    host === '0.0.0.0' ||
    LOOPBACK_V4.test(host) ||
    host === 'host.docker.internal' ||
    host.endsWith('.docker.internal') ||
    host === 'localstack' ||
    host.startsWith('localstack-') ||
    host.startsWith('localstack_') ||
    host === 'localstack.cloud' ||
    host.endsWith('.localstack.cloud')
  );
}

/** `http://localhost:4566`, `localhost:8000`, `http://[::1]`… */
export function isLocalEndpointUrl(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 2048) return false;
  try {
    return isLocalHost(new URL(SCHEME.test(trimmed) ? trimmed : `http://${trimmed}`).hostname);
  } catch {
    return false;
  }
}

/** The host of a URL prefix when the prefix already contains all of it (`http://localhost:${port}`). */
function hostOfPrefix(prefix: string): string | null {
  const schemeEnd = prefix.indexOf('://');
  const authority = schemeEnd >= 0 ? prefix.slice(schemeEnd + 3) : prefix;
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    return close > 0 ? authority.slice(0, close + 1) : null;
  }
  let end = -1;
  for (let index = 0; index < authority.length; index++) {
    const character = authority[index];
    if (character === ':' || character === '/' || character === '?' || character === '#') {
      end = index;
      break;
    }
  }
  return end > 0 ? authority.slice(0, end) : null;
}

/** Where a client config's `endpoint` points; `absent` for a config that is not a known object (or none). */
export function configEndpointLocality(config: StaticValue | null, sourceCode: SourceCode): EndpointLocality {
  return config?.kind === 'object' ? endpointLocality(config.properties.get('endpoint'), sourceCode) : 'absent';
}

/** Where the `endpoint` option (a StaticProperty of the client's config) points. */
export function endpointLocality(property: StaticProperty | undefined, sourceCode: SourceCode): EndpointLocality {
  if (property === undefined) return 'absent';
  try {
    return valueLocality(property.value, property.property?.value ?? null, sourceCode, 0);
  } catch {
    return 'unknown';
  }
}

function valueLocality(
  value: StaticValue,
  written: TSESTree.Node | null,
  sourceCode: SourceCode,
  depth: number,
): EndpointLocality {
  if (depth > 4) return 'unknown';
  switch (value.kind) {
    case 'undefined':
    case 'null':
      return 'absent';
    case 'string': {
      if (value.value === '') return 'absent';
      if (isLocalEndpointUrl(value.value)) return 'local';
      const host = hostOfPrefix(`${value.value}/`);
      return host === null ? 'remote' : remoteLocality(host);
    }
    case 'partial-string': {
      let prefix = '';
      for (const part of value.parts) {
        if (part === null) break;
        prefix += part.text;
      }
      const host = hostOfPrefix(prefix);
      if (host === null) return hostSuffixLocality(value.parts);
      return isLocalHost(host) ? 'local' : remoteLocality(host);
    }
    case 'object': {
      // v3 `{ url: … }` (EndpointV2) or `{ hostname, protocol, port }`.
      const url = value.properties.get('url');
      if (url !== undefined) return valueLocality(url.value, url.property?.value ?? null, sourceCode, depth + 1);
      const hostname = value.properties.get('hostname')?.value;
      if (hostname?.kind === 'string') return isLocalHost(hostname.value) ? 'local' : remoteLocality(hostname.value);
      return 'unknown';
    }
    case 'unknown':
      break;
    default:
      return 'unknown';
  }
  const source = value.node ?? written;
  if (source === null) return 'unknown';
  const node = skipTypeWrappers(source);
  switch (node.type) {
    case AST_NODE_TYPES.NewExpression: {
      // `new URL('http://localhost:4566')`, v2 `new AWS.Endpoint('http://localhost:4566')`
      const argument = node.arguments[0];
      if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return 'unknown';
      const callee = skipTypeWrappers(node.callee);
      const isUrl =
        callee.type === AST_NODE_TYPES.Identifier && callee.name === 'URL' && isGlobalIdentifier(callee, sourceCode);
      const resolved = isUrl ? null : resolveAwsRef(callee, sourceCode);
      const isEndpoint = resolved?.api.family === 'sdk-v2' && resolved.api.path.join('.') === 'Endpoint';
      if (!isUrl && !isEndpoint) return 'unknown';
      return valueLocality(getStaticValue(argument, sourceCode), argument, sourceCode, depth + 1);
    }
    case AST_NODE_TYPES.ConditionalExpression:
      return either(
        branchLocality(node.consequent, sourceCode, depth),
        branchLocality(node.alternate, sourceCode, depth),
      );
    case AST_NODE_TYPES.LogicalExpression:
      return either(branchLocality(node.left, sourceCode, depth), branchLocality(node.right, sourceCode, depth));
    case AST_NODE_TYPES.Identifier: {
      // `const ENDPOINT = process.env.AWS_ENDPOINT_URL || 'http://localhost:4566'`: where its one value points
      const init = boundInitializer(node, sourceCode);
      return init === null ? 'unknown' : branchLocality(init, sourceCode, depth);
    }
    default:
      return 'unknown';
  }
}

function branchLocality(node: TSESTree.Node, sourceCode: SourceCode, depth: number): EndpointLocality {
  return valueLocality(getStaticValue(node, sourceCode), node, sourceCode, depth + 1);
}

/**
 * `https://${accountId}.r2.cloudflarestorage.com`: the host's end is written after the last unknown part. A suffix
 * with a registrable domain outside AWS's (two labels or more) is `foreign`; anything else `unknown`.
 */
function hostSuffixLocality(parts: readonly ({ text: string } | null)[]): EndpointLocality {
  let text = '';
  for (const part of parts) text += part === null ? '\u0000' : part.text;
  const schemeEnd = text.indexOf('://');
  const authority = schemeEnd >= 0 ? text.slice(schemeEnd + 3) : text;
  const end = authority.search(/[/?#:]/u);
  const host = end >= 0 ? authority.slice(0, end) : authority;
  const suffix = host.slice(host.lastIndexOf('\u0000') + 1);
  const labels = suffix.split('.').filter((label) => label !== '');
  const known = labels.length >= 2 && /^[a-z0-9.-]+$/iu.test(suffix);
  if (known && isAwsHost(labels.join('.'))) return 'remote';
  // `http://${host}:${port}`: plain HTTP on a port of its own, not on one of AWS's domains (an emulator a tool
  // starts, a store of the team's own)
  if (PLAIN_HTTP_WITH_PORT.test(text.replaceAll('\u0000', '\uFFFD'))) return 'local';
  return known ? 'foreign' : 'unknown';
}

/** `http://` then a host and a port (`\uFFFD` for a part not known, see `hostSuffixLocality`). */
const PLAIN_HTTP_WITH_PORT = /^http:\/\/[^/?#:@]+:(?:\d+|\uFFFD)(?:[/?#]|$)/iu;

/** One of two possible endpoints: local only if both are; another provider's if each is local or that. */
function either(a: EndpointLocality, b: EndpointLocality): EndpointLocality {
  if (a === 'local' && b === 'local') return 'local';
  // Local in development, another provider's store in production (MinIO, then R2): never AWS
  if ((a === 'foreign' || a === 'local') && (b === 'foreign' || b === 'local')) return 'foreign';
  if (a === 'local' || b === 'local' || a === 'maybe-local' || b === 'maybe-local') return 'maybe-local';
  return 'unknown';
}
