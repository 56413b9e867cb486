import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  forEachOwnNode,
  getPropertyName,
  isFunctionLike,
  isTypeWrapper,
  LOOP_TYPES,
  type FunctionLike,
  outermostTypeWrapper,
  skipTypeAndChainWrappers,
  skipTypeWrappers,
} from './ast.js';
import { lastFile } from './last-file.js';

/**
 * Which module and export does this identifier come from.
 *
 * Bindings are followed through ESLint scope analysis only: a name is AWS because it was imported or required from
 * an AWS package, never because of what it is called. A local class, function, parameter, reassigned variable or a
 * user module sharing a name resolves to null. Nothing here throws; anything unexpected is null.
 */

/** `{ module: '@aws-sdk/client-s3', path: ['S3Client'] }`; a namespace/default/require binding has `path: []`. */
export interface ModuleRef {
  module: string;
  path: string[];
}

export type AwsApi =
  /** `@aws-sdk/client-iam` → service 'iam'; `@aws-sdk/lib-dynamodb` → lib 'dynamodb'; `@aws-sdk/credential-providers`. */
  | {
      family: 'sdk-v3';
      packageName: string;
      service: string | null;
      lib: string | null;
      export: string | null;
      path: string[];
    }
  /** `aws-sdk` (`AWS.S3` → export 'S3') and `aws-sdk/clients/s3` (export 'S3' from the file's class). */
  | { family: 'sdk-v2'; export: string | null; path: string[] }
  /**
   * `aws-cdk-lib/aws-iam`, `aws-cdk-lib` + `aws_iam.X`, `@aws-cdk/aws-iam` and `monocdk` (v1): submodule 'aws-iam',
   * export 'PolicyStatement'.
   */
  | { family: 'cdk'; submodule: string | null; export: string | null; path: string[] };

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;
type Reference = TSESLint.Scope.Reference;
type Scope = TSESLint.Scope.Scope;

/** Hops through re-bindings (`const S3 = AWS.S3`, `const { aws_iam: iam } = cdk`) before giving up. */
const MAX_DEPTH = 16;

/** Per file: resolved variables (keyed by the scope-manager Variable). */
const variableCacheFor = lastFile<SourceCode, Map<Variable, ModuleRef | null>>(() => new Map());

interface ResolveState {
  depth: number;
  seen: Set<Variable>;
}

/** Resolve an Identifier / MemberExpression / `require('x')` call to the module export it denotes, or null. */
export function resolveModuleRef(node: TSESTree.Node, sourceCode: SourceCode): ModuleRef | null {
  try {
    return resolveExpression(node, sourceCode, { depth: 0, seen: new Set() });
  } catch {
    return null;
  }
}

/**
 * For `new X(…)` / `X.y(…)` / `X(…)`: the ModuleRef of the callee. Answered once per call and file: several rules
 * (and the shared analyses) ask about the same constructs and calls. The ref is shared: treat it as read-only.
 */
export function resolveCallee(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
): ModuleRef | null {
  return calleeEntry(node, sourceCode).ref;
}

/** `awsApi` of the callee's ref (null when it resolves to nothing or to no AWS module), once per call and file. */
export function calleeAwsApi(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
): AwsApi | null {
  const entry = calleeEntry(node, sourceCode);
  if (entry.api === undefined) entry.api = entry.ref === null ? null : awsApi(entry.ref);
  return entry.api;
}

/** A call's resolved callee and, once asked for, its `awsApi`. */
interface CalleeEntry {
  ref: ModuleRef | null;
  api: AwsApi | null | undefined;
}

/** Per file: the callees resolved so far. */
const calleeCacheFor = lastFile<SourceCode, Map<TSESTree.Node, CalleeEntry>>(() => new Map());

function calleeEntry(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: SourceCode): CalleeEntry {
  const callees = calleeCacheFor(sourceCode);
  let entry = callees.get(node);
  if (entry === undefined) {
    entry = { ref: resolveModuleRef(node.callee, sourceCode), api: undefined };
    callees.set(node, entry);
  }
  return entry;
}

/** `new C(…)` / `C.m(…)` / `f(…)` whose callee is an AWS export: the ref and its normalised family, else null. */
export function resolveAwsCallee(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
): { ref: ModuleRef; api: AwsApi } | null {
  const api = calleeAwsApi(node, sourceCode);
  return api === null ? null : { ref: resolveCallee(node, sourceCode)!, api };
}

/** An Identifier / MemberExpression that denotes an AWS export: the ref and its normalised family, else null. */
export function resolveAwsRef(node: TSESTree.Node, sourceCode: SourceCode): { ref: ModuleRef; api: AwsApi } | null {
  const ref = resolveModuleRef(node, sourceCode);
  if (ref === null) return null;
  const api = awsApi(ref);
  return api === null ? null : { ref, api };
}

/**
 * If `node` evaluates to an instance made by `new C(…)` (directly or through a once-bound variable), the ModuleRef
 * of C plus the NewExpression. `this.x` assigned in a constructor is out of scope.
 */
export function resolveInstance(
  node: TSESTree.Node,
  sourceCode: SourceCode,
): { ref: ModuleRef; creation: TSESTree.NewExpression } | null {
  try {
    let current: TSESTree.Node = node;
    const seen = new Set<Variable>();
    for (let depth = 0; depth <= MAX_DEPTH; depth++) {
      current = unwrap(current);
      if (current.type === AST_NODE_TYPES.NewExpression) {
        const ref = resolveCallee(current, sourceCode);
        return ref === null ? null : { ref, creation: current };
      }
      if (current.type !== AST_NODE_TYPES.Identifier) return null;
      const variable = findVariable(current, sourceCode);
      if (variable === null || seen.has(variable)) return null;
      seen.add(variable);
      const declarator = onceBoundDeclarator(variable);
      if (declarator === null || declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.init === null) {
        return null;
      }
      current = declarator.init;
    }
    return null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// AWS families

/** Root-barrel namespaces of `aws-cdk-lib` that do not start with `aws_`. */
const CDK_ROOT_NAMESPACES = new Set([
  'alexa_ask',
  'assertions',
  'cloud_assembly_schema',
  'cloudformation_include',
  'custom_resources',
  'cx_api',
  'interfaces',
  'lambda_layer_awscli',
  'lambda_layer_node_proxy_agent',
  'pipelines',
  'region_info',
  'triggers',
]);

/** `aws-sdk/clients/<file>` → the class that file exports (its `module.exports`). */
const SDK_V2_CLIENT_CLASSES: Readonly<Record<string, string>> = {
  acm: 'ACM',
  apigateway: 'APIGateway',
  apigatewaymanagementapi: 'ApiGatewayManagementApi',
  apigatewayv2: 'ApiGatewayV2',
  appconfig: 'AppConfig',
  appsync: 'AppSync',
  athena: 'Athena',
  autoscaling: 'AutoScaling',
  batch: 'Batch',
  cloudformation: 'CloudFormation',
  cloudfront: 'CloudFront',
  cloudtrail: 'CloudTrail',
  cloudwatch: 'CloudWatch',
  cloudwatchevents: 'CloudWatchEvents',
  cloudwatchlogs: 'CloudWatchLogs',
  codebuild: 'CodeBuild',
  codecommit: 'CodeCommit',
  codedeploy: 'CodeDeploy',
  codepipeline: 'CodePipeline',
  cognitoidentity: 'CognitoIdentity',
  cognitoidentityserviceprovider: 'CognitoIdentityServiceProvider',
  comprehend: 'Comprehend',
  configservice: 'ConfigService',
  docdb: 'DocDB',
  dynamodb: 'DynamoDB',
  dynamodbstreams: 'DynamoDBStreams',
  ec2: 'EC2',
  ecr: 'ECR',
  ecs: 'ECS',
  efs: 'EFS',
  eks: 'EKS',
  elasticache: 'ElastiCache',
  elb: 'ELB',
  elbv2: 'ELBv2',
  emr: 'EMR',
  es: 'ES',
  eventbridge: 'EventBridge',
  firehose: 'Firehose',
  glue: 'Glue',
  guardduty: 'GuardDuty',
  iam: 'IAM',
  iot: 'Iot',
  iotdata: 'IotData',
  kafka: 'Kafka',
  kinesis: 'Kinesis',
  kms: 'KMS',
  lambda: 'Lambda',
  mediaconvert: 'MediaConvert',
  mq: 'MQ',
  neptune: 'Neptune',
  opensearch: 'OpenSearch',
  organizations: 'Organizations',
  pinpoint: 'Pinpoint',
  polly: 'Polly',
  rds: 'RDS',
  rdsdataservice: 'RDSDataService',
  redshift: 'Redshift',
  redshiftdata: 'RedshiftData',
  rekognition: 'Rekognition',
  resourcegroupstaggingapi: 'ResourceGroupsTaggingAPI',
  route53: 'Route53',
  s3: 'S3',
  s3control: 'S3Control',
  sagemaker: 'SageMaker',
  sagemakerruntime: 'SageMakerRuntime',
  secretsmanager: 'SecretsManager',
  securityhub: 'SecurityHub',
  servicediscovery: 'ServiceDiscovery',
  ses: 'SES',
  sesv2: 'SESV2',
  sms: 'SMS',
  sns: 'SNS',
  sqs: 'SQS',
  ssm: 'SSM',
  ssmincidents: 'SSMIncidents',
  sso: 'SSO',
  ssooidc: 'SSOOIDC',
  stepfunctions: 'StepFunctions',
  sts: 'STS',
  swf: 'SWF',
  textract: 'Textract',
  timestreamquery: 'TimestreamQuery',
  timestreamwrite: 'TimestreamWrite',
  transcribeservice: 'TranscribeService',
  translate: 'Translate',
  wafv2: 'WAFV2',
  xray: 'XRay',
};

/** Normalised AWS family of a ref. Null for anything that is not AWS. `path` starts at the export. */
export function awsApi(ref: ModuleRef): AwsApi | null {
  const specifier = ref.module.startsWith('node:') ? null : ref.module;
  if (specifier === null) return null;
  const path = normalisePath(ref.path);
  const reexported = sdkReexportOf(specifier, path);
  if (reexported !== null) return reexported;

  // SDK v3: @aws-sdk/<package>[/deep/path]
  if (specifier.startsWith('@aws-sdk/')) {
    const packageName = specifier.split('/', 2).join('/');
    const bare = packageName.slice('@aws-sdk/'.length);
    if (bare === '') return null;
    return {
      family: 'sdk-v3',
      packageName,
      service: bare.startsWith('client-') ? bare.slice('client-'.length) || null : null,
      lib: bare.startsWith('lib-') ? bare.slice('lib-'.length) || null : null,
      export: path[0] ?? null,
      path: [...path],
    };
  }

  // SDK v2: aws-sdk, aws-sdk/global, aws-sdk/lib/core, aws-sdk/clients/<file>
  if (specifier === 'aws-sdk' || specifier === 'aws-sdk/global' || specifier === 'aws-sdk/lib/core') {
    return { family: 'sdk-v2', export: path[0] ?? null, path: [...path] };
  }
  if (specifier.startsWith('aws-sdk/clients/')) {
    const file = specifier.slice('aws-sdk/clients/'.length).replace(/\.js$/u, '');
    // `aws-sdk/clients/all`: every client class, as members (`all.S3`)
    if (file === 'all') return { family: 'sdk-v2', export: path[0] ?? null, path: [...path] };
    const className = Object.hasOwn(SDK_V2_CLIENT_CLASSES, file) ? SDK_V2_CLIENT_CLASSES[file]! : null;
    if (className === null) return { family: 'sdk-v2', export: null, path: [] };
    const full = [className, ...path];
    return { family: 'sdk-v2', export: className, path: full };
  }
  if (specifier.startsWith('aws-sdk/')) return { family: 'sdk-v2', export: null, path: [] };

  // CDK v2: aws-cdk-lib root barrel and submodules; CDK v1's all-in-one `monocdk` is laid out the same way
  const monocdk = specifier.startsWith('monocdk');
  const barrel = monocdk ? 'monocdk' : 'aws-cdk-lib';
  if (specifier === barrel || specifier === (monocdk ? 'monocdk/core' : 'aws-cdk-lib/core')) {
    const first = path[0];
    if (first !== undefined && (first.startsWith('aws_') || CDK_ROOT_NAMESPACES.has(first))) {
      const rest = path.slice(1);
      return { family: 'cdk', submodule: first.replaceAll('_', '-'), export: rest[0] ?? null, path: rest };
    }
    return { family: 'cdk', submodule: null, export: first ?? null, path: [...path] };
  }
  // `<barrel>/<submodule>`
  if (specifier.startsWith(barrel) && specifier.charCodeAt(barrel.length) === 0x2f /* / */) {
    const submodule = specifier.slice(barrel.length + 1).split('/', 1)[0]!;
    if (submodule === '') return null;
    return { family: 'cdk', submodule, export: path[0] ?? null, path: [...path] };
  }

  // CDK v1: @aws-cdk/core, @aws-cdk/<submodule>
  if (specifier.startsWith('@aws-cdk/')) {
    const submodule = specifier.slice('@aws-cdk/'.length).split('/', 1)[0]!;
    if (submodule === '') return null;
    return {
      family: 'cdk',
      submodule: submodule === 'core' ? null : submodule,
      export: path[0] ?? null,
      path: [...path],
    };
  }
  return null;
}

/** Is `ref` the CDK export `name` of `submodule` (`'aws-iam'`, or null for the root: `Stack`, `Duration`)? */
export function isCdkExport(ref: ModuleRef | null, submodule: string | null, name: string): boolean {
  if (ref === null) return false;
  const api = awsApi(ref);
  return api?.family === 'cdk' && api.submodule === submodule && api.export === name && api.path.length === 1;
}

/** Is `ref` a class/function exported by an SDK v3 package (`@aws-sdk/client-s3` `S3Client`, …)? */
export function isSdkV3Export(ref: ModuleRef | null, packageName: string, name?: string): boolean {
  if (ref === null) return false;
  const api = awsApi(ref);
  if (api?.family !== 'sdk-v3' || api.packageName !== packageName || api.path.length !== 1) return false;
  return name === undefined || api.export === name;
}

/** An SDK v3 service client class: `S3Client` from `@aws-sdk/client-s3`, or the aggregated `S3` class. */
export function isAwsSdkV3Client(ref: ModuleRef | null): boolean {
  if (ref === null) return false;
  const api = awsApi(ref);
  if (api?.family !== 'sdk-v3' || api.service === null || api.path.length !== 1 || api.export === null) return false;
  return /^[A-Z][A-Za-z0-9]*$/u.test(api.export) && !api.export.endsWith('Command') && !api.export.endsWith('Exception');
}

// ---------------------------------------------------------------------------------------------------------------
// Resolution

function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (let guard = 0; guard < 64; guard++) {
    const next = skipTypeWrappers(current);
    if (next.type === AST_NODE_TYPES.ChainExpression) {
      current = next.expression;
    } else if (next.type === AST_NODE_TYPES.SequenceExpression && next.expressions.length > 0) {
      // `(0, mod.fn)(…)` as emitted by compilers
      current = next.expressions[next.expressions.length - 1]!;
    } else {
      return next;
    }
  }
  return current;
}

function findVariable(node: TSESTree.Identifier, sourceCode: SourceCode): Variable | null {
  // getScope already gives the innermost scope; passing the name (not the node) skips eslint-utils' search for
  // the innermost scope, which is linear in the number of sibling scopes (quadratic over a file).
  const scope = sourceCode.getScope(node);
  return ASTUtils.findVariable(scope, node.name);
}

/** The scope-manager variable `node` refers to, or null (an undeclared global). Never throws. */
export function findVariableOf(node: TSESTree.Identifier, sourceCode: SourceCode): Variable | null {
  try {
    return findVariable(node, sourceCode);
  } catch {
    return null;
  }
}

/**
 * `MAX_RETRIES`, `Constants.SESSION_ID`: a name in constant case that another module exports, or a member of an
 * import so named. Its value is not in this file, but by its name it is fixed.
 */
export function isImportedConstant(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const target = unwrap(node);
  let name: string | null = null;
  if (target.type === AST_NODE_TYPES.Identifier) name = target.name;
  else if (target.type === AST_NODE_TYPES.MemberExpression && !target.computed) name = getPropertyName(target);
  if (name === null || name.length < 2 || !CONSTANT_CASE.test(name)) return false;
  const ref = resolveModuleRef(target, sourceCode);
  return ref !== null && ref.path.length > 0 && ref.path[ref.path.length - 1] === name;
}

/** `SESSION_ID`, `MAX_RETRIES`, `V2`: constant case. */
const CONSTANT_CASE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/u;

/** `node` names a global that the file does not declare (`require`, `module`, `exports`, `awslambda`). */
export function isGlobalIdentifier(node: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = findVariableOf(node, sourceCode);
  return variable === null || variable.defs.length === 0;
}

/**
 * Does `name` written at `node` mean the global (`JSON` where no import, parameter or declaration of the file names
 * it otherwise)? For a rewrite that writes the name where the code did not. Never throws.
 */
export function isGlobalNameAt(name: string, node: TSESTree.Node, sourceCode: SourceCode): boolean {
  try {
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), name);
    return variable === null || variable.defs.length === 0;
  } catch {
    return false;
  }
}

/** The string of a `'x'` / `` `x` `` module specifier, else null. */
function moduleSpecifier(node: TSESTree.Node | null | undefined): string | null {
  if (node === undefined || node === null) return null;
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' ? node.value : null;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/**
 * The AWS SDK as DynamoDB mapper libraries hand it on: dynamoose's `aws.sdk` (SDK v2, dynamoose 2) and `aws.ddb.DynamoDB`
 * (SDK v3's DynamoDB client class, dynamoose 3); the `AWS` of the `dynamodb` mapper (SDK v2). Code configures the SDK
 * through them (`dynamoose.aws.sdk.config.update({ accessKeyId, … })`) without importing it.
 */
function sdkReexportOf(specifier: string, path: readonly string[]): AwsApi | null {
  if (specifier === 'dynamoose' && path[0] === 'aws') {
    if (path[1] === 'sdk') {
      const rest = path.slice(2);
      return { family: 'sdk-v2', export: rest[0] ?? null, path: rest };
    }
    if (path[1] === 'ddb' && path[2] === 'DynamoDB') {
      const rest = path.slice(2);
      return { family: 'sdk-v3', packageName: '@aws-sdk/client-dynamodb', service: 'dynamodb', lib: null, export: 'DynamoDB', path: rest };
    }
    return null;
  }
  if (specifier === 'dynamodb' && path[0] === 'AWS') {
    const rest = path.slice(1);
    return { family: 'sdk-v2', export: rest[0] ?? null, path: rest };
  }
  return null;
}

/**
 * Could the file use a library that hands the AWS SDK on (`sdkReexportOf`)? One scan for what their names share in
 * most files, which name neither.
 */
export function mayUseSdkReexport(text: string): boolean {
  return (
    text.includes('dynamo') &&
    (text.includes('dynamoose') || text.includes("'dynamodb'") || text.includes('"dynamodb"') || text.includes('`dynamodb`'))
  );
}

/** A ref's path from the export on: `default` ≡ namespace ≡ require (esModuleInterop for the CJS packages we care about). */
export function normalisePath<T extends readonly string[]>(path: T): T {
  return (path[0] === 'default' ? path.slice(1) : path) as T;
}

function resolveExpression(node: TSESTree.Node, sourceCode: SourceCode, state: ResolveState): ModuleRef | null {
  // Member chains are walked iteratively (`a.b.c.d` of any length); identifiers recurse with a depth bound.
  const properties: string[] = [];
  let current = unwrap(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = getPropertyName(current);
      if (name === null) return null;
      properties.push(name);
      current = unwrap(current.object);
      continue;
    }
    break;
  }
  properties.reverse();

  let base: ModuleRef | null;
  switch (current.type) {
    case AST_NODE_TYPES.Identifier:
      base = resolveIdentifier(current, sourceCode, state);
      break;
    case AST_NODE_TYPES.CallExpression: {
      const load = withoutInteropHelper(current);
      // `AWSXRay.captureAWS(AWS)`: the namespace a name holds
      base =
        load.type === AST_NODE_TYPES.CallExpression
          ? resolveRequireCall(load, sourceCode, state)
          : load.type === AST_NODE_TYPES.Identifier
            ? resolveIdentifier(load, sourceCode, state)
            : null;
      break;
    }
    case AST_NODE_TYPES.AwaitExpression: {
      const argument = unwrap(current.argument);
      base = argument.type === AST_NODE_TYPES.ImportExpression ? importExpressionRef(argument) : null;
      break;
    }
    case AST_NODE_TYPES.ImportExpression:
      // `import('x')` is a promise, only `await import('x')` is the namespace
      base = null;
      break;
    default:
      base = null;
  }
  if (base === null) return null;
  return { module: base.module, path: normalisePath([...base.path, ...properties]) };
}

function importExpressionRef(node: TSESTree.ImportExpression): ModuleRef | null {
  const specifier = moduleSpecifier(node.source);
  return specifier === null ? null : { module: specifier, path: [] };
}

/** `require('x')` with the global require (or one made by `createRequire` from 'module'). */
function resolveRequireCall(
  node: TSESTree.CallExpression,
  sourceCode: SourceCode,
  state: ResolveState,
): ModuleRef | null {
  const callee = unwrap(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'require') return null;
  if (node.arguments.length !== 1) return null;
  const specifier = moduleSpecifier(node.arguments[0]);
  if (specifier === null) return null;
  if (!isGlobalRequire(callee, sourceCode, state)) return null;
  return { module: specifier, path: [] };
}

function isGlobalRequire(callee: TSESTree.Identifier, sourceCode: SourceCode, state: ResolveState): boolean {
  const variable = findVariable(callee, sourceCode);
  // Unresolved, or a configured global (`globals.node`, `sourceType: 'commonjs'`): no definitions in the file.
  if (variable === null || variable.defs.length === 0) return true;
  // `declare const require: NodeRequire;` only describes the global
  if (variable.defs.every((def) => def.type === 'Variable' && isAmbientDeclarator(def.node as TSESTree.Node))) {
    return true;
  }
  // `const require = createRequire(import.meta.url)`
  const declarator = onceBoundDeclarator(variable);
  if (declarator?.id.type !== AST_NODE_TYPES.Identifier || declarator.init === null) return false;
  const init = unwrap(declarator.init);
  if (init.type !== AST_NODE_TYPES.CallExpression) return false;
  if (state.depth >= MAX_DEPTH) return false;
  const ref = resolveExpression(init.callee, sourceCode, { depth: state.depth + 1, seen: state.seen });
  return ref !== null && (ref.module === 'module' || ref.module === 'node:module') && ref.path.join('.') === 'createRequire';
}

function isAmbientDeclarator(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.VariableDeclarator &&
    node.init === null &&
    node.parent.type === AST_NODE_TYPES.VariableDeclaration &&
    node.parent.declare === true
  );
}

function resolveIdentifier(node: TSESTree.Identifier, sourceCode: SourceCode, state: ResolveState): ModuleRef | null {
  const variable = moduleBoundVariable(node, sourceCode);
  return variable === null ? null : resolveVariable(variable, sourceCode, state);
}

/**
 * The variable `node` names, when it may be bound to a module (see moduleBoundNames); else null. Most names (locals,
 * parameters, globals) are bound to none.
 */
function moduleBoundVariable(node: TSESTree.Identifier, sourceCode: SourceCode): Variable | null {
  const answer = directAnswer(node, sourceCode);
  if (answer !== undefined) return answer;
  return moduleBoundNames(sourceCode).has(node.name) ? findVariable(node, sourceCode) : null;
}

/** Could `node` name a variable bound to a module? False only when it cannot (a gate, as moduleBoundNames). */
function mayBeModuleBound(node: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const answer = directAnswer(node, sourceCode);
  if (answer !== undefined) return answer !== null;
  return moduleBoundNames(sourceCode).has(node.name);
}

/**
 * The first questions of a file are answered by a scope search and a look at the variable's declaration
 * (`mayBindModule`); a file that asks more pays once for the set of its module-bound names, and each later question
 * is a set lookup. Most files ask a few times (a median of 3 among the bench's published files that ask at all),
 * and the set costs a visit of every variable of the file. Undefined: ask the set.
 */
function directAnswer(node: TSESTree.Identifier, sourceCode: SourceCode): Variable | null | undefined {
  const asked = directLookups(sourceCode);
  if (asked.count >= DIRECT_LOOKUPS || sourceCode.scopeManager === null) return undefined;
  asked.count++;
  const variable = findVariableOf(node, sourceCode);
  return variable !== null && mayBindModule(variable) ? variable : null;
}

/** Questions answered without the set, per file (see directAnswer). */
const DIRECT_LOOKUPS = 32;

const directLookups = lastFile((): { count: number } => ({ count: 0 }));

/**
 * Could `variable` be bound to a module: an import, or a variable whose initialiser is rooted at a module load or at
 * another name (which may be one)? A superset of moduleBoundNames' test for one variable.
 */
function mayBindModule(variable: Variable): boolean {
  if (variable.defs.length !== 1) return false;
  const def = variable.defs[0]!;
  if (def.type === 'ImportBinding') return true;
  if (def.type !== 'Variable') return false;
  const declarator = def.node as TSESTree.Node;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init === null) return false;
  const root = initializerRoot(declarator.init);
  return isModuleLoad(root) || root.type === AST_NODE_TYPES.Identifier;
}

/** The expression an initialiser's member accesses (and wrappers) are rooted at: `AWS` of `AWS.S3`. */
function initializerRoot(init: TSESTree.Expression): TSESTree.Node {
  let root = unwrap(init);
  for (let guard = 0; guard < 10_000 && root.type === AST_NODE_TYPES.MemberExpression; guard++) {
    root = unwrap(root.object);
  }
  // `AWSXRay.captureAWS(AWS)`: rooted at the name it is given
  if (root.type === AST_NODE_TYPES.CallExpression) {
    const inner = withoutInteropHelper(root);
    if (inner.type === AST_NODE_TYPES.Identifier) return inner;
  }
  return root;
}

function resolveVariable(variable: Variable, sourceCode: SourceCode, state: ResolveState): ModuleRef | null {
  const variableCache = variableCacheFor(sourceCode);
  const cached = variableCache.get(variable);
  if (cached !== undefined) return cached;
  if (state.seen.has(variable) || state.depth >= MAX_DEPTH) return null;
  state.seen.add(variable);
  const result = computeVariable(variable, sourceCode, { depth: state.depth + 1, seen: state.seen });
  state.seen.delete(variable);
  if (state.depth === 0) variableCache.set(variable, result);
  return result;
}

function computeVariable(variable: Variable, sourceCode: SourceCode, state: ResolveState): ModuleRef | null {
  const defs = variable.defs;
  if (defs.length !== 1) return null;
  const def = defs[0]!;
  if (def.type === 'ImportBinding') return importBindingRef(def.node, sourceCode, state);
  if (def.type !== 'Variable') return null;
  const declarator = onceBoundDeclarator(variable);
  if (declarator === null || declarator.init === null) return null;
  const pattern = patternPath(declarator.id, def.name as TSESTree.Identifier);
  if (pattern === null) return null;
  const base = resolveExpression(declarator.init, sourceCode, state);
  if (base === null) return null;
  return { module: base.module, path: normalisePath([...base.path, ...pattern]) };
}

function importBindingRef(node: TSESTree.Node, sourceCode: SourceCode, state: ResolveState): ModuleRef | null {
  switch (node.type) {
    case AST_NODE_TYPES.ImportSpecifier: {
      const specifier = moduleSpecifier(node.parent.source);
      if (specifier === null) return null;
      const imported =
        node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : moduleSpecifier(node.imported);
      if (imported === null) return null;
      return { module: specifier, path: normalisePath([imported]) };
    }
    case AST_NODE_TYPES.ImportDefaultSpecifier:
    case AST_NODE_TYPES.ImportNamespaceSpecifier: {
      const specifier = moduleSpecifier(node.parent.source);
      return specifier === null ? null : { module: specifier, path: [] };
    }
    case AST_NODE_TYPES.TSImportEqualsDeclaration: {
      const reference = node.moduleReference;
      if (reference.type === AST_NODE_TYPES.TSExternalModuleReference) {
        const specifier = moduleSpecifier(reference.expression);
        return specifier === null ? null : { module: specifier, path: [] };
      }
      return entityNameRef(reference, sourceCode, state);
    }
    default:
      return null;
  }
}

/** `import iam = cdk.aws_iam;` */
function entityNameRef(node: TSESTree.EntityName, sourceCode: SourceCode, state: ResolveState): ModuleRef | null {
  const names: string[] = [];
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.TSQualifiedName) {
    names.push(current.right.name);
    current = current.left;
  }
  if (current.type !== AST_NODE_TYPES.Identifier) return null;
  names.reverse();
  const base = resolveIdentifier(current, sourceCode, state);
  return base === null ? null : { module: base.module, path: normalisePath([...base.path, ...names]) };
}

/**
 * The names of the file's variables that may be bound to a module (a superset, by name): imports, and variables
 * whose initialiser is rooted (through member access and wrappers) at a `require(…)` / `await import(…)` call
 * (`isModuleLoad`) or at another such name. `computeVariable` resolves nothing else, so a name outside the set
 * resolves to null without a scope search. Computed once per file from the scope manager's variables.
 */
const moduleBoundNames = lastFile((sourceCode: SourceCode): ReadonlySet<string> => {
  const scopeManager = sourceCode.scopeManager;
  if (scopeManager === null) return ALL_NAMES;
  const bound = new Set<string>();
  /** [name, the name its initialiser is rooted at] */
  const derived: [string, string][] = [];
  for (const scope of scopeManager.scopes) {
    // A module's declarations live in its module scope; the global scope holds only the environment's globals
    // (hundreds with TypeScript's lib types), unless the file is a script
    if (scope.type === 'global' && scope.childScopes.length === 1 && scope.childScopes[0]!.type === 'module') continue;
    for (const variable of scope.variables) {
      if (variable.defs.length !== 1) continue;
      const def = variable.defs[0]!;
      if (def.type === 'ImportBinding') {
        bound.add(variable.name);
        continue;
      }
      if (def.type !== 'Variable') continue;
      const declarator = def.node as TSESTree.Node;
      if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init === null) continue;
      const root = initializerRoot(declarator.init);
      if (isModuleLoad(root)) {
        bound.add(variable.name);
      } else if (root.type === AST_NODE_TYPES.Identifier) {
        derived.push([variable.name, root.name]);
      }
    }
  }
  // `const S3 = AWS.S3; const s3 = S3` in any order: add until nothing changes
  for (let changed = true; changed && derived.length > 0; ) {
    changed = false;
    for (const [name, rootName] of derived) {
      if (!bound.has(name) && bound.has(rootName)) {
        bound.add(name);
        changed = true;
      }
    }
  }
  return bound;
});

/**
 * Compilers' interop helpers around a `require` (`__importStar(require('x'))` and `__importDefault` from tsc,
 * `_interopRequireWildcard` / `_interopRequireDefault` from Babel, esbuild's `__toESM(require('x'), 1)`): the module
 * as `import * as x` or `import x` binds it (a default import's `.default` is read as the namespace, as for ES
 * imports). Anything else as it is.
 */
function withoutInteropHelper(node: TSESTree.CallExpression): TSESTree.Node {
  const callee = unwrap(node.callee);
  const name =
    callee.type === AST_NODE_TYPES.Identifier
      ? callee.name
      : callee.type === AST_NODE_TYPES.MemberExpression
        ? getPropertyName(callee) // `tslib.__importStar(…)`, `(0, tslib_1.__importDefault)(…)`
        : null;
  const argument = node.arguments[0];
  if (name === null || !INTEROP_HELPERS.has(name) || argument === undefined) return node;
  return argument.type === AST_NODE_TYPES.SpreadElement ? node : unwrap(argument);
}

const INTEROP_HELPERS: ReadonlySet<string> = new Set([
  '__importStar',
  '__importDefault',
  '_interopRequireWildcard',
  '_interopRequireDefault',
  '__toESM',
  // AWS X-Ray's SDK v2 instrumentation hands back the namespace it is given, patched:
  // `const AWS = AWSXRay.captureAWS(require('aws-sdk'))`, as AWS's Lambda tracing docs write it
  'captureAWS',
]);

/**
 * Could `node` load a module, as `resolveExpression` reads one: a call of a function named `require` (the global, or
 * one made by `createRequire`: told apart later), or `await` of an `import(…)`. Other calls resolve to nothing.
 */
function isModuleLoad(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const load = withoutInteropHelper(node);
    const callee = load.type === AST_NODE_TYPES.CallExpression ? unwrap(load.callee) : null;
    return callee?.type === AST_NODE_TYPES.Identifier && callee.name === 'require';
  }
  return node.type === AST_NODE_TYPES.AwaitExpression && unwrap(node.argument).type === AST_NODE_TYPES.ImportExpression;
}

/**
 * Per file, computed when first asked: local name → imported name of each `import { imported as local }` whose
 * local name no other declaration in the file shares (in any scope), so that every reference to it is the import.
 */
const namedImports = lastFile((sourceCode: SourceCode): ReadonlyMap<string, string> => {
  const importedAs = new Map<string, string>();
  const scopeManager = sourceCode.scopeManager;
  if (scopeManager === null) return importedAs;
  // Imports are top-level statements
  for (const statement of (sourceCode.ast as TSESTree.Program).body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
      const imported = specifier.imported;
      importedAs.set(specifier.local.name, imported.type === AST_NODE_TYPES.Identifier ? imported.name : String(imported.value));
    }
  }
  if (importedAs.size === 0) return importedAs;
  // Each scope's own variables (a CDK stack has hundreds of scopes, most declaring nothing): linear in the file's
  // declarations, not scopes times imports
  for (const scope of scopeManager.scopes) {
    // The global scope encloses the module scope: its environment globals (`Function`, `Map`) never shadow an import
    if (scope.type === 'global') continue;
    for (const variable of scope.variables) {
      if (!importedAs.has(variable.name)) continue;
      // The import's own variable, declared by it alone; any other declaration of the name shadows or merges
      const def = variable.defs[0];
      if (variable.defs.length !== 1 || def?.type !== 'ImportBinding' || def.node.type !== AST_NODE_TYPES.ImportSpecifier) {
        importedAs.delete(variable.name);
      }
    }
  }
  return importedAs;
});

/**
 * Can the callee of `node` resolve to a module export whose name `accepts`? Answered from the code, without a scope
 * search: a resolved callee's path ends in the name it is written with (`iam.PolicyStatement` → `PolicyStatement`,
 * `PS` from `import { PolicyStatement as PS }` → `PolicyStatement`), and a name no import reaches resolves to
 * nothing. True whenever only resolving can tell (`default`, aliases, computed members): a gate, never an answer.
 */
export function calleeMayBeExport(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
  accepts: (exportName: string) => boolean,
): boolean {
  const callee = unwrap(node.callee);
  let name: string | null | undefined;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    name = getPropertyName(callee);
  } else if (callee.type === AST_NODE_TYPES.Identifier) {
    if (!mayBeModuleBound(callee, sourceCode)) return false;
    name = namedImports(sourceCode).get(callee.name);
  }
  // `x.default` and a default import normalise away; anything else unnamed needs resolving
  if (name === null || name === undefined || name === 'default') return true;
  return accepts(name);
}

/** Without a scope manager every name may be bound. */
const ALL_NAMES: ReadonlySet<string> = { has: () => true } as unknown as ReadonlySet<string>;

/**
 * The initializer of a variable written exactly once, at its declaration (`const x = …`, or `let`/`var` never
 * reassigned), for a plain `x = …` declarator; or declared without a value and assigned once, right in its block,
 * before any read (`let role; role = new Role(…);`, see `assignedOnce`). Null otherwise (parameters,
 * destructuring, loops, reassigned).
 */
export function boundInitializer(node: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Expression | null {
  // By name from the innermost scope (findVariableOf): the node form of ASTUtils.findVariable searches every
  // sibling scope, which is quadratic over a big CDK stack file.
  const variable = findVariableOf(node, sourceCode);
  if (variable === null) return null;
  const declarator = onceBoundDeclarator(variable);
  if (declarator !== null) return declarator.id.type === AST_NODE_TYPES.Identifier ? declarator.init : null;
  return assignedOnce(variable);
}

/**
 * `let role; role = new Role(…);`: a `let` / `var` declared without a value and given one by a single `x = value`
 * statement of the same block (not a branch, a loop or a callback), which every read comes after in the text (a
 * read before it, in a function called later or not, may see another value). The assigned value; null otherwise.
 */
function assignedOnce(variable: Variable): TSESTree.Expression | null {
  if (variable.defs.length !== 1) return null;
  const def = variable.defs[0]!;
  if (def.type !== 'Variable') return null;
  const declarator = def.node as TSESTree.Node;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== null) return null;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const declaration = declarator.parent;
  if (declaration.type !== AST_NODE_TYPES.VariableDeclaration || declaration.declare) return null;
  // `for (let x of xs)`: the loop writes it
  if (declaration.parent.type !== AST_NODE_TYPES.BlockStatement && declaration.parent.type !== AST_NODE_TYPES.Program) {
    return null;
  }
  let assignment: TSESTree.AssignmentExpression | null = null;
  for (const reference of variable.references) {
    if (!reference.isWrite()) continue;
    const identifier = reference.identifier as TSESTree.Node;
    const parent = identifier.parent;
    if (assignment !== null || parent?.type !== AST_NODE_TYPES.AssignmentExpression) return null;
    if (parent.operator !== '=' || parent.left !== identifier) return null;
    const statement = parent.parent;
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.parent !== declaration.parent) return null;
    assignment = parent;
  }
  if (assignment === null || assignment.range[0] < declaration.range[1]) return null;
  for (const reference of variable.references) {
    if (!reference.isWrite() && (reference.identifier as TSESTree.Node).range[0] < assignment.range[1]) return null;
  }
  return assignment.right;
}

/**
 * `roles.api` where `roles` is bound once to an object literal (`const roles = { api: new Role(…) }`) whose members
 * are never written (`roles.api = …`): the value of its last `api` property; also through nested literals
 * (`config.aws.accessKeyId` with `const config = { aws: { accessKeyId: … } }`, no member on the way written). Null
 * when a spread after it, a computed key or a getter could change what the member holds.
 */
export function objectMemberInitializer(
  node: TSESTree.MemberExpression,
  sourceCode: SourceCode,
  depth = 0,
): TSESTree.Expression | null {
  const key = getPropertyName(node);
  return key === null ? null : memberInitializer(node.object, key, sourceCode, depth);
}

/** `objectMemberInitializer` of the member `key` of `objectNode` (`roles` and `api` for `roles.api`). */
function memberInitializer(
  objectNode: TSESTree.Expression,
  key: string,
  sourceCode: SourceCode,
  depth: number,
): TSESTree.Expression | null {
  const object = skipTypeAndChainWrappers(objectNode);
  if (depth > 4) return null;
  let init: TSESTree.Expression | null;
  if (object.type === AST_NODE_TYPES.Identifier) init = boundInitializer(object, sourceCode);
  else if (object.type === AST_NODE_TYPES.MemberExpression) {
    init = objectMemberInitializer(object, sourceCode, depth + 1);
  } else return null;
  // How many members the whole read goes through below the root (`config.aws.accessKeyId`: 2)
  const levels = depth + 1;
  const literal = init === null ? null : skipTypeAndChainWrappers(init);
  if (literal?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const value = literalMember(literal, key);
  if (value === null) return null;
  if (object.type !== AST_NODE_TYPES.Identifier) return value; // the root's writes were checked on the way
  // `roles.api = other` (or, for `config.aws.key`, `config.aws = other`, `config.aws.key = other`) anywhere: the
  // member holds more than one value
  const variable = findVariableOf(object, sourceCode);
  const written = variable?.references.some((reference) => {
    // `Object.assign(roles, { api: other })`: every member may be another value after it
    if (isAssignTarget(reference.identifier)) return true;
    let member: TSESTree.Node = reference.identifier;
    for (let level = 0; level < levels; level++) {
      const parent: TSESTree.Node | undefined = member.parent;
      if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== member) return false;
      if (isWriteTarget(parent)) return true;
      member = parent;
    }
    return false;
  });
  return written === false ? value : null;
}

/** The object `Object.assign(object, …)` writes into. */
function isAssignTarget(node: TSESTree.Node): boolean {
  const call = node.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== node) return false;
  const callee = call.callee;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Object' &&
    getPropertyName(callee) === 'assign'
  );
}

/**
 * The value of the last `key` property of an object literal, when nothing written after it (a spread, a computed key)
 * could replace it and it is a plain value (not a getter); null otherwise.
 */
function literalMember(literal: TSESTree.ObjectExpression, key: string): TSESTree.Expression | null {
  for (let index = literal.properties.length - 1; index >= 0; index--) {
    const property = literal.properties[index]!;
    if (property.type === AST_NODE_TYPES.SpreadElement) return null;
    const name = getPropertyName(property);
    if (name === null) {
      if (property.computed) return null;
      continue;
    }
    if (name !== key) continue;
    if (property.kind !== 'init' || property.value.type === AST_NODE_TYPES.AssignmentPattern) return null;
    return property.value as TSESTree.Expression;
  }
  return null;
}

/**
 * `const { accessKeyId } = { accessKeyId: process.env.AWS_ACCESS_KEY_ID }`: the value a name destructured once, one
 * level deep, from an object literal is bound to, written there or through a name as `objectMemberInitializer` reads
 * one (`const { api } = roles` with `const roles = { api: new Role(…) }`); null otherwise.
 */
export function destructuredInitializer(node: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Expression | null {
  const source = destructuredSource(node, sourceCode);
  if (source === null) return null;
  const object = skipTypeAndChainWrappers(source.object);
  if (object.type === AST_NODE_TYPES.ObjectExpression) return literalMember(object, source.key);
  return memberInitializer(source.object, source.key, sourceCode, 0);
}

/** `const { key } = object` (bound once, one level deep): the object and the key; else null. */
export function destructuredSource(
  node: TSESTree.Identifier,
  sourceCode: SourceCode,
): { object: TSESTree.Expression; key: string } | null {
  const variable = findVariableOf(node, sourceCode);
  const declarator = variable === null ? null : onceBoundDeclarator(variable);
  if (declarator?.init == null || declarator.id.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const path = patternPath(declarator.id, variable!.defs[0]!.name);
  return path === null || path.length !== 1 ? null : { object: declarator.init, key: path[0]! };
}

/** Is the member expression `node` written to (assigned, updated, destructured into)? */
export function isWriteTarget(node: TSESTree.MemberExpression): boolean {
  const parent = node.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.left === node;
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
      return true;
    case AST_NODE_TYPES.Property:
      return parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern;
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === node;
    default:
      return false;
  }
}

/**
 * Is the member written or deleted: `member = …`, `member += …`, `member++`, `delete member`, a destructuring or
 * `for … of` target? Unlike `isWriteTarget`, also through TS wrappers (`(a.x as T) = …`) and for `delete`.
 */
export function isMemberWritten(member: TSESTree.MemberExpression): boolean {
  let child: TSESTree.Node = member;
  let parent = member.parent;
  let inPattern = false;
  // Out through wrappers and patterns: `[a.x] = …`, `({ k: a.x } = …)`, `(a.x as T) = …`, `a.x! = …`
  for (;;) {
    if (isTypeWrapper(parent)) {
      child = parent;
      parent = parent.parent!;
    } else if (
      parent.type === AST_NODE_TYPES.ArrayPattern ||
      parent.type === AST_NODE_TYPES.ObjectPattern ||
      parent.type === AST_NODE_TYPES.RestElement ||
      (parent.type === AST_NODE_TYPES.Property &&
        parent.value === child &&
        parent.parent.type === AST_NODE_TYPES.ObjectPattern) ||
      (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === child)
    ) {
      inPattern = true;
      child = parent;
      parent = parent.parent!;
    } else {
      break;
    }
  }
  switch (parent.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.left === child;
    case AST_NODE_TYPES.UpdateExpression:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete';
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.left === child;
    default:
      // A pattern's target, wherever the pattern is (a parameter's default, a declaration), is written
      return inPattern;
  }
}

/**
 * The declarator of a variable written exactly once, at its declaration: `const`, or `let`/`var` never reassigned.
 * Null otherwise (reassigned, declared twice, `for (const x of …)`, `declare const`, …).
 */
export function onceBoundDeclarator(variable: Variable): TSESTree.VariableDeclarator | null {
  if (variable.defs.length !== 1) return null;
  const def = variable.defs[0]!;
  if (def.type !== 'Variable') return null;
  const declarator = def.node as TSESTree.Node;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init === null) return null;
  const declaration = declarator.parent;
  if (declaration.type !== AST_NODE_TYPES.VariableDeclaration) return null;
  // `for (const x of xs)` / `for (var k in o)`: the init is not the value.
  const loop = declaration.parent;
  if (
    (loop.type === AST_NODE_TYPES.ForInStatement || loop.type === AST_NODE_TYPES.ForOfStatement) &&
    loop.left === declaration
  ) {
    return null;
  }
  if (declaration.kind !== 'const') {
    for (const reference of variable.references) {
      if (reference.isWrite() && !reference.init) return null;
    }
  }
  return declarator;
}

/**
 * The `const` whose whole initialiser `node` is (through type wrappers: `const role = new iam.Role(…) as IRole`), with
 * its reads (the declaration's own write left out) and whether the declaration is exported; null when `node` is
 * bound otherwise (a `let`, a member, an argument, a destructuring, nothing).
 */
export function constHolding(
  node: TSESTree.Node,
  sourceCode: SourceCode,
): { variable: Variable; reads: TSESTree.Identifier[]; exported: boolean } | null {
  const holder = outermostTypeWrapper(node).parent;
  if (holder?.type !== AST_NODE_TYPES.VariableDeclarator || holder.id.type !== AST_NODE_TYPES.Identifier) return null;
  if (holder.parent.kind !== 'const') return null;
  const variable = findVariableOf(holder.id, sourceCode);
  if (variable === null) return null;
  const reads = variable.references
    .filter((reference) => reference.init !== true)
    .map((reference) => reference.identifier as TSESTree.Identifier);
  return { variable, reads, exported: holder.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration };
}

/**
 * The assignments that give a variable its values after its declaration, in source order, when each is a plain `=`
 * to the name itself (`x = value`); null when any other write changes it (`x += …`, `[x] = …`, a loop's binding).
 */
export function plainAssignments(variable: Variable): TSESTree.AssignmentExpression[] | null {
  const assignments: TSESTree.AssignmentExpression[] = [];
  for (const reference of variable.references) {
    if (!reference.isWrite() || reference.init === true) continue;
    const assignment = reference.identifier.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=') return null;
    if (assignment.left !== reference.identifier) return null;
    assignments.push(assignment);
  }
  return assignments;
}

/**
 * `let x; … x = value; … use(x)`: the value of a variable declared without one and assigned exactly once, by a plain
 * `=` in the code that declares it (not inside a loop or a nested function there), for a use written after that
 * assignment. Only one value can be in it then; before the assignment it holds nothing. Null otherwise (assigned
 * twice or in a loop, declared with a value, used before the assignment, destructuring, `declare let`).
 */
export function assignedOnceValue(node: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Expression | null {
  const variable = findVariableOf(node, sourceCode);
  if (variable === null || variable.defs.length !== 1) return null;
  const def = variable.defs[0]!;
  const declarator = def.node as TSESTree.Node;
  if (def.type !== 'Variable' || declarator.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  if (declarator.init !== null || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const declaration = declarator.parent;
  // `for (let x of xs)`, `for (let x; …)`: a value per iteration
  if (declaration.type !== AST_NODE_TYPES.VariableDeclaration || declaration.declare === true) return null;
  if (LOOP_TYPES.has(declaration.parent.type)) return null;
  const assignments = plainAssignments(variable);
  if (assignments === null || assignments.length !== 1) return null;
  const assignment = assignments[0]!;
  if (node.range[0] < assignment.range[1]) return null;
  const block = variable.scope.block as TSESTree.Node;
  let current: TSESTree.Node | undefined = assignment.parent;
  for (; current !== block; current = current.parent) {
    if (current === undefined || isFunctionLike(current) || LOOP_TYPES.has(current.type)) return null;
  }
  return assignment.right;
}

/**
 * The module export a type name refers to: `Handler` imported from `aws-lambda`, `ec2.GatewayVpcEndpoint` through a
 * namespace import (`TSQualifiedName`), or an `implements` clause's expression. Null when not bound to an import.
 */
export function typeNameRef(node: TSESTree.Node, sourceCode: SourceCode): ModuleRef | null {
  const names: string[] = [];
  let current = node;
  while (current.type === AST_NODE_TYPES.TSQualifiedName) {
    names.push(current.right.name);
    current = current.left;
  }
  if (current.type !== AST_NODE_TYPES.Identifier && current.type !== AST_NODE_TYPES.MemberExpression) return null;
  const base = resolveModuleRef(current, sourceCode);
  if (base === null) return null;
  return { module: base.module, path: [...base.path, ...names.reverse()] };
}

/** How deep declared types are followed (aliases, member types, nested unions). */
const MAX_TYPE_HOPS = 8;

/**
 * The module exports the declared type of an expression may name: `endpoint` declared `(endpoint:
 * ec2.GatewayVpcEndpoint)`, `let ep: T | undefined`, a class field read as `this.endpoint`, a member of a local
 * interface or type literal (`props.endpoint` with `props: Props`), through local type aliases and unions (`null` /
 * `undefined` members dropped). Null when any part of it is not a reference to an import, or nothing is declared.
 */
export function declaredTypeRefs(node: TSESTree.Node, sourceCode: SourceCode): ModuleRef[] | null {
  const type = declaredTypeOf(node, sourceCode);
  return type === null ? null : typeRefs(type, sourceCode, 0);
}

/**
 * The type `node` is declared with: a name's annotation (`prefix: string`), or a class field's or parameter
 * property's for `this.x` (through aliases of the value, see declaredType). Null when none is written.
 */
export function declaredTypeOf(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.TypeNode | null {
  return declaredType(skipTypeWrappers(node), sourceCode, 0);
}

function declaredType(node: TSESTree.Node, sourceCode: SourceCode, hops: number): TSESTree.TypeNode | null {
  if (hops > MAX_TYPE_HOPS) return null;
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariableOf(node, sourceCode);
    const name = variable?.defs.length === 1 ? (variable.defs[0]!.name as TSESTree.Node) : null;
    if (name?.type !== AST_NODE_TYPES.Identifier) return null;
    return name.typeAnnotation?.typeAnnotation ?? null;
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression) return null;
  const key = getPropertyName(node);
  if (key === null) return null;
  const object = skipTypeWrappers(node.object);
  // `this.endpoint`: the field (or constructor parameter property) of the enclosing class
  if (object.type === AST_NODE_TYPES.ThisExpression) {
    for (let current: TSESTree.Node | undefined = node.parent; current != null; current = current.parent) {
      if (current.type === AST_NODE_TYPES.ClassBody) return classFieldType(current, key);
    }
    return null;
  }
  const owner = declaredType(object, sourceCode, hops + 1);
  return owner === null ? null : memberType(owner, key, sourceCode, hops + 1);
}

/** The declared type of the instance field (or constructor parameter property) `key` of a class body. */
function classFieldType(body: TSESTree.ClassBody, key: string): TSESTree.TypeNode | null {
  for (const element of body.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && getPropertyName(element) === key) {
      return element.typeAnnotation?.typeAnnotation ?? null;
    }
    // `constructor(private readonly endpoint: T)`
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
      for (const param of element.value.params) {
        if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
        const bound = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
        if (bound.type === AST_NODE_TYPES.Identifier && bound.name === key) return bound.typeAnnotation?.typeAnnotation ?? null;
      }
    }
  }
  return null;
}

/** The declared type of member `key` of `type` (a type literal, or a local interface or alias naming one). */
function memberType(type: TSESTree.TypeNode, key: string, sourceCode: SourceCode, hops: number): TSESTree.TypeNode | null {
  if (hops > MAX_TYPE_HOPS) return null;
  let members: readonly TSESTree.TypeElement[] | null = null;
  if (type.type === AST_NODE_TYPES.TSTypeLiteral) members = type.members;
  else if (type.type === AST_NODE_TYPES.TSTypeReference) {
    const local = localTypeDeclaration(type, sourceCode);
    if (local?.type === AST_NODE_TYPES.TSInterfaceDeclaration) members = local.body.body;
    else if (local?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) return memberType(local.typeAnnotation, key, sourceCode, hops + 1);
    else {
      // `net.endpoint` with `net: Net`, a class of this file: its field (one declared in a base class is not read)
      const declared = localClassDeclaration(type, sourceCode);
      if (declared !== null) return classFieldType(declared.body, key);
    }
  }
  for (const member of members ?? []) {
    if (member.type !== AST_NODE_TYPES.TSPropertySignature || member.computed) continue;
    const name = member.key.type === AST_NODE_TYPES.Identifier ? member.key.name : null;
    if (name === key) return member.typeAnnotation?.typeAnnotation ?? null;
  }
  return null;
}

/**
 * A type reference's declaration in this file (an interface or type alias), when it names one. Looked up in the type
 * namespace: in `(event: event) => …` with `type event = …`, the parameter of that name does not hide the type.
 */
export function localTypeDeclaration(
  type: TSESTree.TSTypeReference,
  sourceCode: SourceCode,
): TSESTree.TSInterfaceDeclaration | TSESTree.TSTypeAliasDeclaration | null {
  return type.typeName.type === AST_NODE_TYPES.Identifier ? localTypeDeclarationOf(type.typeName, sourceCode) : null;
}

/** The interface or type alias of the file that the type name `name` names, when it is declared once; else null. */
export function localTypeDeclarationOf(
  name: TSESTree.Identifier,
  sourceCode: SourceCode,
): TSESTree.TSInterfaceDeclaration | TSESTree.TSTypeAliasDeclaration | null {
  const variable = findTypeVariable(name, sourceCode);
  const node = variable?.defs.length === 1 ? variable.defs[0]!.node : null;
  return node?.type === AST_NODE_TYPES.TSInterfaceDeclaration || node?.type === AST_NODE_TYPES.TSTypeAliasDeclaration
    ? node
    : null;
}

/**
 * Does the file declare or import a type of `name`'s name? TypeScript's own types (`Omit`, `Partial`) are no
 * declaration of the file's (typescript-eslint's scope manager knows them without a definition).
 */
export function declaresTypeName(name: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const variable = findTypeVariable(name, sourceCode);
  return variable !== null && variable.defs.length > 0;
}

/**
 * The innermost variable of `name`'s name that is a type (typescript-eslint's scope manager tells types from values;
 * one without that distinction, eslint-scope's for JavaScript, answers as `findVariableOf`). Never throws.
 */
function findTypeVariable(name: TSESTree.Identifier, sourceCode: SourceCode): Variable | null {
  try {
    for (let scope: Scope | null = sourceCode.getScope(name); scope !== null; scope = scope.upper) {
      const variable = scope.set.get(name.name);
      if (variable === undefined) continue;
      const isType = (variable as { isTypeVariable?: boolean }).isTypeVariable;
      if (isType === undefined || isType) return variable;
    }
    return null;
  } catch {
    return null;
  }
}

/** A type reference's class declaration in this file (`class Net { … }`), when it names one. */
function localClassDeclaration(
  type: TSESTree.TSTypeReference,
  sourceCode: SourceCode,
): TSESTree.ClassDeclaration | null {
  if (type.typeName.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariableOf(type.typeName, sourceCode);
  const node = variable?.defs.length === 1 ? variable.defs[0]!.node : null;
  return node?.type === AST_NODE_TYPES.ClassDeclaration ? node : null;
}

function typeRefs(type: TSESTree.TypeNode, sourceCode: SourceCode, hops: number): ModuleRef[] | null {
  if (hops > MAX_TYPE_HOPS) return null;
  if (type.type === AST_NODE_TYPES.TSUnionType) {
    const refs: ModuleRef[] = [];
    for (const member of type.types) {
      if (member.type === AST_NODE_TYPES.TSUndefinedKeyword || member.type === AST_NODE_TYPES.TSNullKeyword) continue;
      const inner = typeRefs(member, sourceCode, hops + 1);
      if (inner === null) return null;
      refs.push(...inner);
    }
    return refs.length === 0 ? null : refs;
  }
  if (type.type !== AST_NODE_TYPES.TSTypeReference) return null;
  const local = localTypeDeclaration(type, sourceCode);
  if (local?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) return typeRefs(local.typeAnnotation, sourceCode, hops + 1);
  if (local !== null) return null;
  const ref = typeNameRef(type.typeName, sourceCode);
  return ref === null ? null : [ref];
}

/** The function `node` is, or the function of the file a name `node` is bound to once (see `boundFunction`). */
export function functionOf(node: TSESTree.Node, sourceCode: SourceCode): FunctionLike | null {
  const value = skipTypeWrappers(node);
  if (isFunctionLike(value)) return value;
  return value.type === AST_NODE_TYPES.Identifier ? boundFunction(value, sourceCode) : null;
}

/**
 * Is the value written at `node` used only as `use` says: there (`node` itself), or through the one name it is bound
 * to (`const boundary = …`, each read of which is such a use)?
 */
export function isUsedOnlyAs(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  use: (value: TSESTree.Node) => boolean,
): boolean {
  const value = outermostTypeWrapper(node);
  if (use(value)) return true;
  const declarator = value.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== value) return false;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = sourceCode.getDeclaredVariables(declarator)[0];
  const reads = variable?.references.filter((reference) => reference.init !== true) ?? [];
  return (
    reads.length > 0 && reads.every((reference) => use(outermostTypeWrapper(reference.identifier as TSESTree.Node)))
  );
}

/**
 * The function of the file `name` is bound to once: a function declaration (reassigned or not: callers that care
 * check), or a `const` / never-reassigned `let` initialised with a function expression. Null otherwise.
 */
export function boundFunction(name: TSESTree.Identifier, sourceCode: SourceCode): FunctionLike | null {
  const variable = findVariableOf(name, sourceCode);
  if (variable === null || variable.defs.length !== 1) return null;
  const def = variable.defs[0]!;
  if (def.type === 'FunctionName') return def.node.type === AST_NODE_TYPES.FunctionDeclaration ? def.node : null;
  const declarator = onceBoundDeclarator(variable);
  if (declarator === null || declarator.init === null || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const init = skipTypeWrappers(declarator.init);
  return isFunctionLike(init) ? init : null;
}

/**
 * A function of the file and the calls of it by its name (`main(event)`, `(main as Handler)(event)`, `await
 * main(…)`), when the name is bound to that function once: a function declaration (TypeScript overload signatures
 * aside), or a `const` / never-reassigned `let` initialised with the function expression. Null otherwise (no name,
 * declared twice, reassigned): its calls may run another function. `passedTo`: the calls given the function as an
 * argument (`names.map(createFn)`).
 */
export function functionCalls(
  fn: TSESTree.Node,
  sourceCode: SourceCode,
): { name: string; calls: TSESTree.CallExpression[]; passedTo: TSESTree.CallExpression[] } | null {
  let variable: Variable | undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) {
    if (fn.id === null) return null;
    const name = fn.id.name;
    variable = sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === name);
    if (variable === undefined) return null;
    const implementations = variable.defs.filter((def) => def.node.type !== AST_NODE_TYPES.TSDeclareFunction);
    if (implementations.length !== 1 || implementations[0]!.node !== fn) return null;
    if (variable.references.some((reference) => reference.isWrite())) return null;
  } else if (fn.type === AST_NODE_TYPES.FunctionExpression || fn.type === AST_NODE_TYPES.ArrowFunctionExpression) {
    const declarator = fn.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== fn) return null;
    if (declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
    variable = sourceCode.getDeclaredVariables(declarator)[0];
    if (variable === undefined || onceBoundDeclarator(variable) !== declarator) return null;
  } else {
    return null;
  }
  const calls: TSESTree.CallExpression[] = [];
  const passedTo: TSESTree.CallExpression[] = [];
  for (const reference of variable.references) {
    const used = outermostTypeWrapper(reference.identifier as TSESTree.Node);
    const call = used.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression) continue;
    if (call.callee === used) calls.push(call);
    else if (call.arguments.includes(used as TSESTree.Expression)) passedTo.push(call);
  }
  return { name: variable.name, calls, passedTo };
}

/**
 * A method (or arrow field) of a class of the file and the calls of it by name.
 *
 * Without `instances` (how no-shared-execution-role reads helpers): any non-static member, called as `this.name(…)`
 * anywhere in the class body. With `instances` (where a value handed over must really arrive): a method or function
 * field, called as `this.name(…)` from members of the same kind (static or not) where `this` is still the class or
 * the instance (arrows, not nested `function`s); for an instance member also `x.name(…)` on a once-bound
 * `const x = new C(…)` and `new C(…).name(…)`, for a static one `C.name(…)`, where `C` is bound once to the
 * class.
 * Null for anything else.
 */
export function methodCalls(
  fn: TSESTree.Node,
  sourceCode: SourceCode,
  instances: boolean,
): { name: string; calls: TSESTree.CallExpression[] } | null {
  const member = fn.parent;
  if (
    (member?.type !== AST_NODE_TYPES.MethodDefinition && member?.type !== AST_NODE_TYPES.PropertyDefinition) ||
    member.computed ||
    member.parent.type !== AST_NODE_TYPES.ClassBody
  ) {
    return null;
  }
  const name = memberName(member);
  if (name === null) return null;
  if (!instances) {
    return member.static ? null : { name, calls: thisCallsOf(member.parent, sourceCode).get(name) ?? [] };
  }
  if (member.value !== fn || (member.type === AST_NODE_TYPES.MethodDefinition && member.kind !== 'method')) return null;
  const calls = [...(ownThisCallsOf(member.parent, member.static, sourceCode).get(name) ?? [])];
  // A private method is called only in its class, as `this.#name(…)`
  if (name.startsWith('#')) return { name, calls };
  const classVariable = onceBoundClass(member.parent.parent, sourceCode);
  const inner = classVariable === null ? [] : innerClassReferences(member.parent.parent, classVariable, sourceCode);
  for (const reference of [...(classVariable?.references ?? []), ...inner]) {
    const classUse = outermostTypeWrapper(reference.identifier as TSESTree.Node);
    // `class OrdersHandler extends BaseHandler { run(e) { this.audit(e) } }`: a subclass of the file that does not
    // define the method calls the inherited one
    const subclass = classUse.parent;
    if (
      (subclass?.type === AST_NODE_TYPES.ClassDeclaration || subclass?.type === AST_NODE_TYPES.ClassExpression) &&
      subclass.superClass === classUse
    ) {
      if (!definesMember(subclass.body, name, member.static)) {
        calls.push(...(ownThisCallsOf(subclass.body, member.static, sourceCode).get(name) ?? []));
      }
      continue;
    }
    if (member.static) {
      const call = memberCall(classUse, name);
      if (call !== null) calls.push(call);
      continue;
    }
    const creation = classUse.parent;
    if (creation?.type !== AST_NODE_TYPES.NewExpression || creation.callee !== classUse) continue;
    const instance = outermostTypeWrapper(creation);
    const direct = memberCall(instance, name);
    if (direct !== null) {
      calls.push(direct);
      continue;
    }
    const declarator = instance.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== instance) continue;
    if (declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
    const variable = sourceCode.getDeclaredVariables(declarator)[0];
    if (variable === undefined || onceBoundDeclarator(variable) !== declarator) continue;
    for (const use of variable.references) {
      const call = memberCall(outermostTypeWrapper(use.identifier as TSESTree.Node), name);
      if (call !== null) calls.push(call);
    }
  }
  return { name, calls };
}

/**
 * Are the calls `functionCalls` found for `fn` every use of it: not exported where it is declared (`export function`,
 * `export const`), and read nowhere but in those calls (not `export { build }`, `module.exports = { build }`,
 * `items.map(build)`)? Then no other code can call it, and what the calls give is all it is given.
 */
export function isCalledOnlyThere(
  fn: TSESTree.Node,
  named: { name: string; calls: readonly TSESTree.CallExpression[] },
  sourceCode: SourceCode,
): boolean {
  const holder = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn : fn.parent?.parent;
  const exported =
    holder?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration ||
    holder?.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration;
  if (exported) return false;
  const declared = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn : fn.parent;
  const variable =
    declared === undefined
      ? undefined
      : sourceCode.getDeclaredVariables(declared).find((candidate) => candidate.name === named.name);
  const reads = variable?.references.filter((reference) => reference.init !== true).length;
  return reads === named.calls.length;
}

/**
 * A function written as a method of an object literal bound once to a name (`const utils = { logJson(level, data) {
 * … } }`, `log: (data) => …`), and the calls of it by that name (`utils.logJson('info', { event })`). Null for
 * anything else (an object handed around may be called elsewhere too: only the calls the file shows are these).
 */
export function objectMethodCalls(
  fn: TSESTree.Node,
  sourceCode: SourceCode,
): { name: string; calls: TSESTree.CallExpression[] } | null {
  const property = fn.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== fn || property.computed || property.kind !== 'init') {
    return null;
  }
  const name = getPropertyName(property);
  const object = property.parent;
  const declarator = object?.type === AST_NODE_TYPES.ObjectExpression ? outermostTypeWrapper(object).parent : undefined;
  if (name === null || declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) {
    return null;
  }
  const variable = sourceCode.getDeclaredVariables(declarator)[0];
  if (variable === undefined || onceBoundDeclarator(variable) !== declarator) return null;
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of variable.references) {
    const call = memberCall(outermostTypeWrapper(reference.identifier as TSESTree.Node), name);
    if (call !== null) calls.push(call);
  }
  return { name, calls };
}

/** `object.name(…)` (or `object['name'](…)`), the call, when `object` is the object of it; else null. */
export function memberCall(object: TSESTree.Node, name: string): TSESTree.CallExpression | null {
  const callee = object.parent;
  if (callee?.type !== AST_NODE_TYPES.MemberExpression || callee.object !== object) return null;
  if (getPropertyName(callee) !== name) return null;
  const call = callee.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.callee === callee ? call : null;
}

/**
 * A class of the file and its instantiations by name (`new Service(this, 'Orders', props)`), when the name is bound
 * to the class once (a declaration never reassigned, or `const C = class {}`). Null otherwise.
 */
export function classCreations(
  node: TSESTree.Node,
  sourceCode: SourceCode,
): { name: string; calls: TSESTree.NewExpression[] } | null {
  const variable = onceBoundClass(node, sourceCode);
  if (variable === null) return null;
  const calls: TSESTree.NewExpression[] = [];
  for (const reference of variable.references) {
    const used = outermostTypeWrapper(reference.identifier as TSESTree.Node);
    const creation = used.parent;
    if (creation?.type === AST_NODE_TYPES.NewExpression && creation.callee === used) calls.push(creation);
  }
  return { name: variable.name, calls };
}

/** The variable a class is bound to once: `class C {}` never reassigned, or `const C = class {}`. */
export function onceBoundClass(node: TSESTree.Node, sourceCode: SourceCode): Variable | null {
  if (node.type === AST_NODE_TYPES.ClassDeclaration) {
    if (node.id === null) return null;
    const name = node.id.name;
    const variable = sourceCode.getDeclaredVariables(node).find((candidate) => candidate.name === name);
    if (variable === undefined || variable.defs.length !== 1) return null;
    return variable.references.some((reference) => reference.isWrite()) ? null : variable;
  }
  if (node.type !== AST_NODE_TYPES.ClassExpression) return null;
  const holder = outermostTypeWrapper(node);
  const declarator = holder.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== holder) return null;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = sourceCode.getDeclaredVariables(declarator)[0];
  return variable !== undefined && onceBoundDeclarator(variable) === declarator ? variable : null;
}

/** Per class body: `this.name(…)` call sites by method name (gathered once: a stack may create many functions). */
const thisCallsCache = new WeakMap<TSESTree.ClassBody, Map<string, TSESTree.CallExpression[]>>();

function thisCallsOf(body: TSESTree.ClassBody, sourceCode: SourceCode): Map<string, TSESTree.CallExpression[]> {
  const cached = thisCallsCache.get(body);
  if (cached !== undefined) return cached;
  const calls = new Map<string, TSESTree.CallExpression[]>();
  forEachOwnNode(body, sourceCode.visitorKeys, true, (node) => addThisCall(node, calls));
  thisCallsCache.set(body, calls);
  return calls;
}

/** Does the class body define a member `name` of that kind (static or instance)? */
function definesMember(body: TSESTree.ClassBody, name: string, isStatic: boolean): boolean {
  return body.body.some(
    (element) =>
      (element.type === AST_NODE_TYPES.MethodDefinition || element.type === AST_NODE_TYPES.PropertyDefinition) &&
      element.static === isStatic &&
      memberName(element) === name,
  );
}

/** A class member's name; a private one's with its `#` (`#audit`). */
function memberName(member: TSESTree.MethodDefinition | TSESTree.PropertyDefinition): string | null {
  return member.key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${member.key.name}` : getPropertyName(member);
}

/** A class member's key as `this.x` reads it (`#x` for a private name); null for a computed key. */
export function classMemberKey(member: TSESTree.MethodDefinition | TSESTree.PropertyDefinition): string | null {
  return member.computed ? null : memberName(member);
}

/**
 * The references to a class declaration's name from inside its own body (`Audit.write(e)` in a static method of
 * `class Audit`), which bind to the class's inner name, not to the `declared` variable. None when that name is
 * written to.
 */
function innerClassReferences(node: TSESTree.Node, declared: Variable, sourceCode: SourceCode): readonly Reference[] {
  if (node.type !== AST_NODE_TYPES.ClassDeclaration || node.id === null) return [];
  const name = node.id.name;
  const inner = sourceCode
    .getDeclaredVariables(node)
    .filter((candidate) => candidate.name === name && candidate !== declared);
  if (inner.some((variable) => variable.references.some((reference) => reference.isWrite()))) return [];
  return inner.flatMap((variable) => variable.references);
}

/** `this.name(…)`: the call, filed under `name` (`#name` for a private method). */
function addThisCall(node: TSESTree.Node, calls: Map<string, TSESTree.CallExpression[]>): void {
  if (node.type !== AST_NODE_TYPES.CallExpression) return;
  const callee = skipTypeAndChainWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
  if (skipTypeAndChainWrappers(callee.object).type !== AST_NODE_TYPES.ThisExpression) return;
  const name =
    callee.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${callee.property.name}` : getPropertyName(callee);
  if (name === null) return;
  const list = calls.get(name);
  if (list === undefined) calls.set(name, [node]);
  else list.push(node);
}

/** Per class body and kind (static or instance): `this.name(…)` call sites where `this` is that kind's. */
const ownThisCallsCache = new WeakMap<TSESTree.ClassBody, Map<boolean, Map<string, TSESTree.CallExpression[]>>>();

function ownThisCallsOf(
  body: TSESTree.ClassBody,
  isStatic: boolean,
  sourceCode: SourceCode,
): Map<string, TSESTree.CallExpression[]> {
  let byKind = ownThisCallsCache.get(body);
  if (byKind === undefined) ownThisCallsCache.set(body, (byKind = new Map()));
  const cached = byKind.get(isStatic);
  if (cached !== undefined) return cached;
  const calls = new Map<string, TSESTree.CallExpression[]>();
  for (const element of body.body) {
    const elementStatic = element.type === AST_NODE_TYPES.StaticBlock || ('static' in element && element.static);
    if (elementStatic !== isStatic) continue;
    const root =
      element.type === AST_NODE_TYPES.StaticBlock
        ? element
        : 'value' in element && element.value !== null && typeof element.value === 'object'
          ? (element.value as TSESTree.Node)
          : null;
    if (root === null) continue;
    forEachOwnNode(root, sourceCode.visitorKeys, 'arrows', (node) => addThisCall(node, calls));
  }
  byKind.set(isStatic, calls);
  return calls;
}

/** Where `target` sits inside a destructuring pattern: `{ a: { b: target } }` → ['a', 'b']; null when not by key. */
export function patternPath(pattern: TSESTree.Node, target: TSESTree.Node): string[] | null {
  return destructuringPath(pattern, target)?.keys ?? null;
}

/**
 * `patternPath` with what it crossed: `exact` is false when a default (`{ NAME = 'x' }`) may stand for the value.
 * `keyOf` names a property (static names by default: a caller may also read constant computed keys).
 */
export function destructuringPath(
  pattern: TSESTree.Node,
  target: TSESTree.Node,
  keyOf: (property: TSESTree.Property) => string | null = getPropertyName,
): { keys: string[]; exact: boolean } | null {
  const keys: string[] = [];
  let exact = true;
  let current: TSESTree.Node = target;
  // Walk up from the binding identifier to the declarator id (bounded by the pattern's own nesting).
  while (current !== pattern) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (parent === undefined) return null;
    switch (parent.type) {
      case AST_NODE_TYPES.AssignmentPattern:
        // `{ S3Client = Fallback }`: for an import the export exists, so the default never applies
        if (parent.left !== current) return null;
        exact = false;
        break;
      case AST_NODE_TYPES.Property: {
        if (parent.value !== current || parent.parent.type !== AST_NODE_TYPES.ObjectPattern) return null;
        const name = keyOf(parent);
        if (name === null) return null;
        keys.push(name);
        break;
      }
      case AST_NODE_TYPES.ObjectPattern:
        break;
      default:
        return null;
    }
    current = parent;
  }
  keys.reverse();
  return { keys, exact };
}
