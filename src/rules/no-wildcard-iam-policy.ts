import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  findProperty,
  getCalleeName,
  getPropertyName,
  memberPathNames,
  isFunctionLike,
  memberChain,
  nodeAtIndex,
  outermostTypeWrapper,
  skipTypeWrappers,
  type FunctionLike,
} from '../utils/ast.js';
import { resolveBoundExpression, resolveLambdaFunction } from '../utils/cdk.js';
import { cdktfResourceName, mayUseCdktfAws } from '../utils/cdktf.js';
import { createRule } from '../utils/create-rule.js';
import { isExportedValue } from '../utils/handlers.js';
import { callsOfFunction, parameterOf, passedArgument } from '../utils/parameters.js';
import { isGlobalMethodCall, isJsonStringify } from '../utils/logging.js';
import { sdkCallIamAction } from '../utils/sdk-iam-actions.js';
import {
  DEFAULT_ADMIN_MANAGED_POLICIES,
  dependsOnKeyPolicy,
  publishesSmsOnly,
  evaluateManagedPolicy,
  evaluatePolicy,
  shown,
  evaluatePrincipalGrant,
  evaluateStatement,
  managedPolicyNameInArn,
  wholeServiceArnService,
  resolveIamOptions,
  type IamCondition,
  type IamElement,
  type IamElementList,
  type IamFinding,
  type IamMessageId,
  type IamPrincipal,
  type IamPrincipalList,
  type IamStatement,
  type PolicyContext,
  type ResolvedIamOptions,
} from '../utils/iam-policy.js';
import {
  assignedOnceValue,
  awsApi,
  calleeAwsApi,
  calleeMayBeExport,
  declaredTypeOf,
  boundInitializer,
  declaredTypeRefs,
  findVariableOf,
  functionCalls,
  isCalledOnlyThere,
  isGlobalIdentifier,
  isUsedOnlyAs,
  memberCall,
  methodCalls,
  resolveCallee,
  resolveAwsRef,
  resolveInstance,
  resolveModuleRef,
  typeNameRef,
  type AwsApi,
  type ModuleRef,
} from '../utils/modules.js';
import {
  jsonChild,
  parseJsonLocations,
  parseJsonPieces,
  pieceLocations,
  type JsonLocation,
  type JsonPieceNode,
} from '../utils/json-locations.js';
import { mayImportCdk, mayImportSdkClientOf, mayMention } from '../utils/prefilter.js';
import {
  cookedRangeToSourceRange,
  getChoiceBranches,
  getGrownOrExtendedArray,
  getGrownArray,
  getGrownMemberArray,
  growingCall,
  getJoinedValue,
  getLoopValues,
  getStaticString,
  getStaticValue,
  getStringParts,
  isVisiblyMutated,
  stringValueRange,
  type StaticProperty,
  type StaticValue,
  type StringSegment,
} from '../utils/static-value.js';
import { isPulumiJsonStringify, mayUsePulumiAws, pulumiAwsPath, pulumiStringBuilder } from '../utils/pulumi.js';
import { importsSstConstructs, referencesSstGlobal, sstExport, usesSst } from '../utils/sst.js';
import { isAsciiWordCode } from '../utils/strings.js';
import { isTestFile } from '../utils/test-files.js';

export type Options = [
  {
    allow?: string[];
    partialActionWildcards?: 'ignore' | 'report';
    starOnlyActions?: string[];
    ignoreConditionedResources?: boolean;
    adminManagedPolicies?: string[];
    fullAccessManagedPolicies?: 'report' | 'ignore';
  },
];
export type MessageIds = IamMessageId | 'sstPermission';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Range = TSESTree.Range;
type ObjectValue = Extract<StaticValue, { kind: 'object' }>;
type StringValue = Extract<StaticValue, { kind: 'string' }>;
type PartialStringValue = Extract<StaticValue, { kind: 'partial-string' }>;
/** What a string list holds: partly known actions and resource ARNs are read for what their known text proves. */
type ListKind = 'action' | 'resource' | 'other';

/** The kind of list an IAM element key holds (`Action`, `actions`, `Resource`, `resourceArns`, …). */
function listKindOf(key: string): ListKind {
  if (key === 'Action' || key === 'actions') return 'action';
  if (key === 'Resource' || key === 'resources' || key === 'resourceArns' || key === 'iamResources') return 'resource';
  return 'other';
}

const POLICY_VERSIONS = new Set(['2012-10-17', '2008-10-17']);
/** Bounds on what one policy may contribute, so huge generated input stays cheap. */
const MAX_STATEMENTS = 500;
const MAX_ELEMENTS = 1000;
/** An unknown value that names no node: nothing reads it as a loop variable or a parameter again. */
const SETTLED_UNKNOWN: StaticValue = Object.freeze({ kind: 'unknown', node: null }) as StaticValue;
/** How deep `settled` copies lists and objects. */
const MAX_SETTLED_DEPTH = 8;

/**
 * `value` with every unknown part in it (down to MAX_SETTLED_DEPTH) made one that names no node: a value a helper's
 * call gives is read as it is there, and the parameters of the caller it reads are not followed out in turn (helpers
 * handing a parameter on to helpers would multiply the values read at every level).
 */
function settled(value: StaticValue, depth = 0): StaticValue {
  if (value.kind === 'unknown') return SETTLED_UNKNOWN;
  if (depth >= MAX_SETTLED_DEPTH) return value.kind === 'array' || value.kind === 'object' ? SETTLED_UNKNOWN : value;
  if (value.kind === 'array') return { ...value, elements: value.elements.map((element) => settled(element, depth + 1)) };
  if (value.kind !== 'object') return value;
  const properties = new Map<string, StaticProperty>();
  for (const [name, property] of value.properties) {
    properties.set(name, { ...property, value: settled(property.value, depth + 1) });
  }
  return { ...value, properties };
}
/** Nested choices made at run time read through (`a ? (b ? [x] : [y]) : []`). */
const MAX_CHOICE_DEPTH = 4;

/** A value, or a list with an element, read through a choice made at run time. */
function holdsChoice(value: StaticValue, sourceCode: SourceCode): boolean {
  if (choiceOf(value, sourceCode) !== null) return true;
  return value.kind === 'array' && value.elements.some((element) => choiceOf(element, sourceCode) !== null);
}

/** The two values of a choice made at run time (see getChoiceBranches), and whether the choice is spread. */
interface Choice {
  branches: readonly [TSESTree.Expression, TSESTree.Expression];
  spread: boolean;
}

/**
 * A choice made at run time that a list element (or a whole list) could not be resolved through: `dev ? 's3:*' :
 * 's3:GetObject'`, a default (`props.resources ?? ['*']`), or spread, `...(dev ? [statement] : [])`; written in
 * place or bound once to a name. Null for any other value.
 */
function choiceOf(value: StaticValue, sourceCode: SourceCode): Choice | null {
  if (value.kind !== 'unknown' || value.node === null) return null;
  const spread = value.node.type === AST_NODE_TYPES.SpreadElement;
  const branches = getChoiceBranches(spread ? (value.node as TSESTree.SpreadElement).argument : value.node, sourceCode);
  return branches === null ? null : { branches, spread };
}
const MAX_PRINCIPAL_DEPTH = 8;
/** Variables assigned once after their declaration followed in a row (`let a; a = b;` with `b` one too). */
const MAX_ASSIGNED_HOPS = 4;
/** Functions and choices a policy document is followed through (see flowsOnlyTo). */
const MAX_FLOW_DEPTH = 4;

/** Fresh "might be there, cannot be seen" values (fresh because lists are merged in place). */
function unknownList(): IamElementList<Range> {
  return { known: [], hasUnknown: true };
}
function unknownPrincipals(): IamPrincipalList<Range> {
  return { known: [], hasUnknown: true };
}
function unknownCondition(): IamCondition {
  return { entries: [], hasUnknown: true };
}

// ---------------------------------------------------------------------------------------------------------------
// Sinks

type SdkSink =
  /**
   * `field` is a dotted path to the document (`Attributes.Policy`); `when`: another field of the input that must
   * hold that value (`AttributeName: 'Policy'`).
   */
  | {
      kind: 'document';
      field: string;
      trust?: boolean;
      when?: readonly [field: string, value: string];
      /** The document is a KMS key policy. */
      keyPolicy?: boolean;
    }
  | { kind: 'permission'; scoping: Readonly<Record<string, string>> }
  | { kind: 'managedArn'; field: string };

/** The CDK types of a VPC endpoint (classes and interfaces), whose `addToPolicy` writes an endpoint policy. */
const VPC_ENDPOINT_TYPES: readonly string[] = [
  'GatewayVpcEndpoint',
  'InterfaceVpcEndpoint',
  'IGatewayVpcEndpoint',
  'IInterfaceVpcEndpoint',
  'IVpcEndpoint',
  'VpcEndpoint',
];

/** SDK operations that write a policy, by normalised service (package `client-<service>` without dashes). */
const SDK_SINKS: Readonly<Record<string, Readonly<Record<string, SdkSink>>>> = {
  iam: {
    PutRolePolicy: { kind: 'document', field: 'PolicyDocument' },
    PutUserPolicy: { kind: 'document', field: 'PolicyDocument' },
    PutGroupPolicy: { kind: 'document', field: 'PolicyDocument' },
    CreatePolicy: { kind: 'document', field: 'PolicyDocument' },
    CreatePolicyVersion: { kind: 'document', field: 'PolicyDocument' },
    UpdateAssumeRolePolicy: { kind: 'document', field: 'PolicyDocument', trust: true },
    CreateRole: { kind: 'document', field: 'AssumeRolePolicyDocument', trust: true },
    AttachRolePolicy: { kind: 'managedArn', field: 'PolicyArn' },
    AttachUserPolicy: { kind: 'managedArn', field: 'PolicyArn' },
    AttachGroupPolicy: { kind: 'managedArn', field: 'PolicyArn' },
  },
  s3: { PutBucketPolicy: { kind: 'document', field: 'Policy' } },
  kms: {
    PutKeyPolicy: { kind: 'document', field: 'Policy', keyPolicy: true },
    CreateKey: { kind: 'document', field: 'Policy', keyPolicy: true },
  },
  secretsmanager: { PutResourcePolicy: { kind: 'document', field: 'ResourcePolicy' } },
  // Resource policies written as JSON text in queue / topic attributes and other services' policy fields
  sqs: {
    CreateQueue: { kind: 'document', field: 'Attributes.Policy' },
    SetQueueAttributes: { kind: 'document', field: 'Attributes.Policy' },
  },
  sns: {
    CreateTopic: { kind: 'document', field: 'Attributes.Policy' },
    SetTopicAttributes: { kind: 'document', field: 'AttributeValue', when: ['AttributeName', 'Policy'] },
  },
  cloudwatchlogs: { PutResourcePolicy: { kind: 'document', field: 'policyDocument' } },
  ecr: { SetRepositoryPolicy: { kind: 'document', field: 'policyText' } },
  efs: { PutFileSystemPolicy: { kind: 'document', field: 'Policy' } },
  lambda: {
    AddPermission: {
      kind: 'permission',
      scoping: { SourceAccount: 'aws:SourceAccount', SourceArn: 'aws:SourceArn', PrincipalOrgID: 'aws:PrincipalOrgID' },
    },
    AddLayerVersionPermission: {
      kind: 'permission',
      scoping: { OrganizationId: 'aws:PrincipalOrgID' },
    },
  },
};

const SINK_SERVICES: ReadonlySet<string> = new Set(Object.keys(SDK_SINKS));

/** SDK v2 client classes (`AWS.IAM`) and SDK v3 aggregated clients (`new IAM()` from `@aws-sdk/client-iam`). */
const CLIENT_SERVICES: Readonly<Record<string, string>> = {
  IAM: 'iam',
  S3: 's3',
  KMS: 'kms',
  SecretsManager: 'secretsmanager',
  Lambda: 'lambda',
  SQS: 'sqs',
  SNS: 'sns',
  CloudWatchLogs: 'cloudwatchlogs',
  ECR: 'ecr',
  EFS: 'efs',
};

/** `putRolePolicy` → the v2 / aggregated-client method name of each sink. */
const SDK_METHODS: ReadonlyMap<string, string> = new Map(
  Object.values(SDK_SINKS).flatMap((operations) =>
    Object.keys(operations).map((operation) => [operation.charAt(0).toLowerCase() + operation.slice(1), operation]),
  ),
);

/** The sink an SDK v3 command is (`new PutKeyPolicyCommand(input)`: `api` of its class), if any. */
function commandSink(api: AwsApi | null): SdkSink | undefined {
  if (api?.family !== 'sdk-v3' || api.path.length !== 1 || api.export?.endsWith('Command') !== true) return undefined;
  const service = api.service?.replaceAll('-', '') ?? '';
  return SDK_SINKS[service]?.[api.export.slice(0, -'Command'.length)];
}

/**
 * The sink a method of an SDK client is (`kms.putKeyPolicy(input)`, `method` on a `new AWS.KMS()` or an SDK v3
 * aggregated `new KMS()`: `api` of its class), if any.
 */
function clientSink(api: AwsApi | null, method: string): SdkSink | undefined {
  const operation = SDK_METHODS.get(method);
  if (operation === undefined || api === null || api.path.length !== 1 || api.export === null) return undefined;
  if (api.family !== 'sdk-v2' && api.family !== 'sdk-v3') return undefined;
  const service = CLIENT_SERVICES[api.export];
  if (service === undefined) return undefined;
  if (api.family === 'sdk-v3' && api.service?.replaceAll('-', '') !== service) return undefined;
  return SDK_SINKS[service]?.[operation];
}

/** CDK L1 constructs whose props hold policy documents or managed-policy ARNs, by `submodule/export`. */
interface CfnSink {
  documents?: readonly (readonly [prop: string, trust: boolean])[];
  /** A list of `{ policyName, policyDocument }`. */
  inlinePolicies?: string;
  managedArns?: string;
  /** SAM's `policies`: AWS managed policies by name or ARN, alone or in a list with documents and templates. */
  samPolicies?: string;
  /** Lambda permission constructs: the principal and the props that scope it (→ condition key). */
  permission?: Readonly<Record<string, string>>;
  /** Its documents are KMS key policies. */
  keyPolicy?: boolean;
}

/** The props of a Lambda permission (CloudFormation's and Pulumi's) that scope its principal → the condition key. */
const LAMBDA_PERMISSION_SCOPING: Readonly<Record<string, string>> = {
  principalOrgId: 'aws:PrincipalOrgID',
  sourceAccount: 'aws:SourceAccount',
  sourceArn: 'aws:SourceArn',
};
/** The same for a layer version's permission. */
const LAYER_PERMISSION_SCOPING: Readonly<Record<string, string>> = { organizationId: 'aws:PrincipalOrgID' };

const CFN_SINKS: Readonly<Record<string, CfnSink>> = {
  'aws-iam/CfnRole': {
    documents: [['assumeRolePolicyDocument', true]],
    inlinePolicies: 'policies',
    managedArns: 'managedPolicyArns',
  },
  'aws-iam/CfnUser': { inlinePolicies: 'policies', managedArns: 'managedPolicyArns' },
  'aws-iam/CfnGroup': { inlinePolicies: 'policies', managedArns: 'managedPolicyArns' },
  'aws-iam/CfnManagedPolicy': { documents: [['policyDocument', false]] },
  'aws-iam/CfnPolicy': { documents: [['policyDocument', false]] },
  'aws-s3/CfnBucketPolicy': { documents: [['policyDocument', false]] },
  // Resource policies of other services' L1 constructs (a JSON string is read as its document)
  'aws-sqs/CfnQueuePolicy': { documents: [['policyDocument', false]] },
  'aws-sns/CfnTopicPolicy': { documents: [['policyDocument', false]] },
  'aws-ecr/CfnRepository': { documents: [['repositoryPolicyText', false]] },
  'aws-ecr/CfnRegistryPolicy': { documents: [['policyText', false]] },
  'aws-logs/CfnResourcePolicy': { documents: [['policyDocument', false]] },
  'aws-efs/CfnFileSystem': { documents: [['fileSystemPolicy', false]] },
  'aws-backup/CfnBackupVault': { documents: [['accessPolicy', false]] },
  'aws-kinesis/CfnResourcePolicy': { documents: [['resourcePolicy', false]] },
  'aws-iot/CfnPolicy': { documents: [['policyDocument', false]] },
  'aws-kms/CfnKey': { documents: [['keyPolicy', false]], keyPolicy: true },
  'aws-secretsmanager/CfnResourcePolicy': { documents: [['resourcePolicy', false]] },
  'aws-lambda/CfnPermission': { permission: LAMBDA_PERMISSION_SCOPING },
  'aws-lambda/CfnLayerVersionPermission': { permission: LAYER_PERMISSION_SCOPING },
  'aws-sam/CfnFunction': { samPolicies: 'policies' },
  'aws-sam/CfnStateMachine': { samPolicies: 'policies' },
};

/**
 * Step Functions tasks that call an AWS API (`aws-stepfunctions-tasks`): CDK grants the state machine's role
 * `iamAction` (default `service:action`) on `iamResources`.
 */
const STEP_FUNCTIONS_SDK_TASKS: readonly string[] = ['CallAwsService', 'CallAwsServiceCrossRegion'];

/** SDK service names whose IAM prefix differs, as `CallAwsService` maps them (aws-cdk-lib 2). */
const SDK_TASK_IAM_SERVICES: ReadonlyMap<string, string> = new Map([
  ['bedrockagent', 'bedrock'],
  ['cloudwatchlogs', 'logs'],
  ['efs', 'elasticfilesystem'],
  ['elasticloadbalancingv2', 'elasticloadbalancing'],
  ['mediapackagevod', 'mediapackage-vod'],
  ['mwaa', 'airflow'],
  ['sfn', 'states'],
]);

/** The CDK classes whose `new` the rule reads (besides SDK v3 commands). */
const CDK_POLICY_CLASSES: ReadonlySet<string> = new Set([
  'PolicyStatement',
  'PolicyDocument',
  'Role',
  'User',
  'Group',
  // OpenSearch / Elasticsearch domains: their access policies (see onSearchDomain)
  'Domain',
  ...STEP_FUNCTIONS_SDK_TASKS,
  'AwsCustomResource',
  // S3 buckets: `publicReadAccess: true` (see onBucket)
  'Bucket',
  ...Object.keys(CFN_SINKS).map((key) => key.slice(key.indexOf('/') + 1)),
]);

/** What the callee of a `new` the rule reads ends in: a CDK policy class or an SDK v3 `…Command`. */
function isPolicyCreationName(name: string): boolean {
  return CDK_POLICY_CLASSES.has(name) || name.endsWith('Command');
}

/**
 * Pulumi's IAM resources (`@pulumi/aws`, `aws.iam.X`) that attach managed policies: the prop holding the ARN, or
 * (`managedPolicyArns` of a `Role`) the list of them.
 */
const PULUMI_MANAGED_POLICY_PROPS: ReadonlyMap<string, string> = new Map([
  ['RolePolicyAttachment', 'policyArn'],
  ['UserPolicyAttachment', 'policyArn'],
  ['GroupPolicyAttachment', 'policyArn'],
  ['PolicyAttachment', 'policyArn'],
  ['Role', 'managedPolicyArns'],
]);
/** Pulumi's Lambda functions that attach managed policies to the role they make (`aws.lambda.CallbackFunction`). */
const PULUMI_FUNCTION_POLICY_PROPS: ReadonlyMap<string, string> = new Map([['CallbackFunction', 'policies']]);

/**
 * Pulumi's Lambda permission resources (`aws.lambda.X`), read as CDK's `CfnPermission` / `CfnLayerVersionPermission`:
 * the props that scope the principal (→ the condition key Lambda writes for each).
 */
const PULUMI_LAMBDA_PERMISSIONS: ReadonlyMap<string, Readonly<Record<string, string>>> = new Map([
  ['Permission', LAMBDA_PERMISSION_SCOPING],
  ['LayerVersionPermission', LAYER_PERMISSION_SCOPING],
]);

/** CDK for Terraform's resources that attach managed policies: the prop holding the ARN, or the list of them. */
const CDKTF_MANAGED_POLICY_PROPS: ReadonlyMap<string, string> = new Map([
  ['IamRolePolicyAttachment', 'policyArn'],
  ['IamUserPolicyAttachment', 'policyArn'],
  ['IamGroupPolicyAttachment', 'policyArn'],
  ['IamPolicyAttachment', 'policyArn'],
  ['IamRole', 'managedPolicyArns'],
]);
/** CDK for Terraform's Lambda permission resources, read as Pulumi's (Terraform's props, camel-cased). */
const CDKTF_LAMBDA_PERMISSIONS: ReadonlyMap<string, Readonly<Record<string, string>>> = new Map([
  ['LambdaPermission', LAMBDA_PERMISSION_SCOPING],
  ['LambdaLayerVersionPermission', LAYER_PERMISSION_SCOPING],
]);

/** Names of the CDK for Terraform resource classes the rule reads. */
function isCdktfSinkName(name: string): boolean {
  return CDKTF_MANAGED_POLICY_PROPS.has(name) || CDKTF_LAMBDA_PERMISSIONS.has(name);
}

/**
 * KMS key policies: the CDK classes whose `keyPolicy` prop is one (besides `kms.Key`'s `policy`), Pulumi's
 * `aws.kms.X` resources whose `policy` is one, CloudFormation's resource types whose `KeyPolicy` is one, and the CDK
 * types of a key whose `addToResourcePolicy` adds to its key policy.
 */
const CDK_KEY_POLICY_CLASSES: readonly string[] = ['CfnKey', 'CfnReplicaKey'];
const PULUMI_KEY_POLICY_RESOURCES: ReadonlySet<string> = new Set([
  'Key',
  'KeyPolicy',
  'ReplicaKey',
  'ExternalKey',
  'ReplicaExternalKey',
]);
const KEY_POLICY_RESOURCE_TYPES: ReadonlySet<string> = new Set(['AWS::KMS::Key', 'AWS::KMS::ReplicaKey']);
const KMS_KEY_TYPES: readonly string[] = ['Key', 'IKey'];

/** Names of the Pulumi resource classes the rule reads (`aws.iam.RolePolicyAttachment`, `aws.lambda.Permission`). */
function isPulumiSinkName(name: string): boolean {
  return (
    PULUMI_MANAGED_POLICY_PROPS.has(name) ||
    PULUMI_LAMBDA_PERMISSIONS.has(name) ||
    PULUMI_FUNCTION_POLICY_PROPS.has(name)
  );
}

/** Methods of a CDK `PolicyStatement` that change what it grants. */
const STATEMENT_METHODS = new Set([
  'addActions',
  'addNotActions',
  'addResources',
  'addNotResources',
  'addAllResources',
  'addPrincipals',
  'addNotPrincipals',
  'addAnyPrincipal',
  'addArnPrincipal',
  'addAwsAccountPrincipal',
  'addServicePrincipal',
  'addFederatedPrincipal',
  'addAccountRootPrincipal',
  'addCanonicalUserPrincipal',
  'addCondition',
  'addConditions',
  'addAccountCondition',
  'addSourceAccountCondition',
  'addSourceArnCondition',
]);

const LAMBDA_METHODS = new Set(['addPermission', 'grantInvoke', 'grantInvokeUrl']);

/**
 * `s.addActions(…)` (a method the rule reads into the statement, STATEMENT_METHODS) or `s.effect = …` on the member
 * `s.x`: a change of a CDK statement the rule follows.
 */
function isReadStatementChange(member: TSESTree.MemberExpression): boolean {
  const name = getPropertyName(member);
  const parent = member.parent;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === member) {
    return name !== null && STATEMENT_METHODS.has(name);
  }
  const assigned = parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === member;
  return assigned && name === 'effect' && parent.operator === '=';
}

/** `PolicyStatement` methods that read a statement (or freeze it) without changing what it allows. */
const READ_ONLY_STATEMENT_METHODS: ReadonlySet<string> = new Set([
  'toStatementJson',
  'toJSON',
  'toString',
  'copy',
  'freeze',
  'validateForAnyPolicy',
  'validateForIdentityPolicy',
  'validateForResourcePolicy',
]);

/** Methods that put statements into one policy (whose Deny guards then scope its Allow statements). */
const DOCUMENT_METHODS = new Set(['addStatements', 'addToResourcePolicy']);
/** `iam.Grant.addToPrincipal({ grantee, actions, resourceArns })` and siblings: a statement given to a principal. */
const GRANT_METHODS: ReadonlySet<string> = new Set([
  'addToPrincipal',
  'addToPrincipalOrResource',
  'addToPrincipalAndResource',
]);
const CDK_STATICS = new Set(['fromJson', 'fromAwsManagedPolicyName', 'fromManagedPolicyArn', ...GRANT_METHODS]);

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

function inside(range: Range, within: Range): boolean {
  return range[0] >= within[0] && range[1] <= within[1];
}

function isCdk(api: AwsApi | null, submodule: string, path: readonly string[]): boolean {
  if (api?.family !== 'cdk' || api.submodule !== submodule || api.path.length !== path.length) return false;
  // A loop, not `every`: this runs for every construct of every CDK file
  for (let index = 0; index < path.length; index++) if (api.path[index] !== path[index]) return false;
  return true;
}

/** What CDK's DynamoDB tables grant with `grantFullAccess`. */
const DYNAMODB_FULL_ACCESS = 'dynamodb:*';

function cdkApi(ref: ModuleRef | null): Extract<AwsApi, { family: 'cdk' }> | null {
  if (ref === null) return null;
  const api = awsApi(ref);
  return api?.family === 'cdk' ? api : null;
}

function property(value: ObjectValue, key: string): StaticProperty | undefined {
  return value.properties.get(key);
}

/** The node written where the property's value is used, when that is inside `container`. */
function usedNode(prop: StaticProperty | undefined, container: TSESTree.Node): TSESTree.Node {
  if (prop?.property && inside(prop.property.range, container.range)) return prop.property.value;
  const node = skipTypeWrappers(container);
  if (node.type === AST_NODE_TYPES.ObjectExpression) {
    // A key that came from a spread: the last spread is the expression used in the statement.
    for (let index = node.properties.length - 1; index >= 0; index--) {
      const candidate = node.properties[index]!;
      if (candidate.type === AST_NODE_TYPES.SpreadElement) return candidate;
    }
  }
  return container;
}

/** The expression a property's value is written as (the Property's value, else the resolved value's node). */
function writtenNode(prop: StaticProperty, fallback: TSESTree.Node): TSESTree.Node {
  if (prop.property !== null) return prop.property.value;
  return prop.value.node ?? fallback;
}

// ---------------------------------------------------------------------------------------------------------------

export default createRule<Options, MessageIds>({
  name: 'no-wildcard-iam-policy',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow wildcard actions, resources and public principals in IAM policies',
      recommended: 'recommended',
    },
    messages: {
      allActions: "Action '{{value}}' allows every action of every AWS service. List the actions this code calls.",
      serviceActions:
        "Action '{{value}}' allows every action it matches, including ones AWS adds later. List the actions this code calls.",
      allResources:
        "Resource '{{value}}' applies this statement's actions to every resource in the account. Scope it to the ARNs this code uses (the table, bucket or queue ARN).",
      serviceWideResource:
        "Resource '{{value}}' applies this statement's actions to {{scope}}. Scope it to the ARNs this code uses (the table, bucket or queue ARN).",
      admin:
        "Action '{{value}}' on Resource '*' is full administrator access. List the actions this code calls and scope them to its resources.",
      notAction:
        "Allow with NotAction '{{value}}' allows every other action, including ones AWS adds later. List the allowed actions in Action instead.",
      notResource:
        "Allow with NotResource '{{value}}' allows the actions on every other resource. List the resources in Resource instead.",
      notPrincipal:
        "Allow with NotPrincipal '{{value}}' allows every other principal, including anonymous ones. Name the allowed principals in Principal instead.",
      publicPrincipal:
        "Principal '{{value}}' lets anyone, in any AWS account or none, use this. Name the accounts or services that need access, or scope it to your organization, an account or a source ARN.",
      adminManagedPolicy:
        "AWS managed policy '{{value}}' grants administrator-level access. Attach a policy that lists the actions and resources this code needs.",
      fullAccessManagedPolicy:
        "AWS managed policy '{{value}}' allows every action of its service on every resource, including actions AWS adds later. Grant the actions this code calls on the ARNs it uses in an inline statement instead.",
      sstPermission:
        "SST permission '{{value}}' allows {{grant}}. Grant the actions this code calls on the resources it uses instead (`new iam.PolicyStatement({ actions, resources })`).",
    },
    schema: [
      {
        type: 'object',
        description: 'Options for no-wildcard-iam-policy.',
        properties: {
          allow: {
            type: 'array',
            description:
              'Accepted findings, one per value, as `<Element>::<value>`: `Action::ssm:*`, `NotAction::iam:*`, `Resource::*`, `NotResource::<arn>`, `Principal::*`, `NotPrincipal::<principal>`, `ManagedPolicy::PowerUserAccess`. Action values compare case-insensitively.',
            items: {
              type: 'string',
              description: 'One accepted `<Element>::<value>` pair.',
              pattern: '^(Action|NotAction|Resource|NotResource|Principal|NotPrincipal|ManagedPolicy)::.+$',
            },
            uniqueItems: true,
          },
          partialActionWildcards: {
            type: 'string',
            enum: ['ignore', 'report'],
            description:
              'Partial action wildcards such as `s3:Get*` (what CDK grant helpers produce): `ignore` (default) or `report`.',
          },
          starOnlyActions: {
            type: 'array',
            description:
              "Actions that only accept `Resource: '*'`, added to the built-in list; a trailing `*` matches any suffix.",
            items: { type: 'string', description: 'An action such as `xray:PutTraceSegments` or `ec2:Describe*`.' },
            uniqueItems: true,
          },
          ignoreConditionedResources: {
            type: 'boolean',
            description: "Do not report `Resource: '*'` in a statement whose `Condition` scopes it. Default true.",
          },
          adminManagedPolicies: {
            type: 'array',
            description:
              'AWS managed policies reported when attached (replaces the default list: AdministratorAccess, PowerUserAccess, IAMFullAccess).',
            items: { type: 'string', description: 'A managed policy name, with its path if it has one (`job-function/…`).' },
            uniqueItems: true,
          },
          fullAccessManagedPolicies: {
            type: 'string',
            enum: ['report', 'ignore'],
            description:
              'AWS managed policies named `…FullAccess` (`AmazonS3FullAccess`, `AWSLambda_FullAccess`) or granting a whole service under another name (`SecretsManagerReadWrite`) when attached: `report` (default) or `ignore`. Accept one with `allow: [\'ManagedPolicy::<name>\']`.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [
      {
        allow: [],
        partialActionWildcards: 'ignore',
        starOnlyActions: [],
        ignoreConditionedResources: true,
        adminManagedPolicies: [...DEFAULT_ADMIN_MANAGED_POLICIES],
        fullAccessManagedPolicies: 'report',
      },
    ],
  },
  defaultOptions: [
    {
      allow: [],
      partialActionWildcards: 'ignore',
      starOnlyActions: [],
      ignoreConditionedResources: true,
      adminManagedPolicies: [...DEFAULT_ADMIN_MANAGED_POLICIES],
      fullAccessManagedPolicies: 'report',
    },
  ],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    // Files that cannot hold a policy skip the listeners (and their scope lookups): a raw document spells its
    // keys (JSON text both of them), CDK constructs and SDK calls need an import of their modules (for the SDK, a
    // client of a service with a policy-writing operation).
    /** Where the text spells `Statement` or `Version` as a whole name (sorted); null when escapes could spell them. */
    const keyWords = keyWordOffsets(sourceCode);
    const objectKeys = keyWords === null || keyWords.length > 0;
    // JSON text spells `"Statement"` (`\"Statement\"` inside a double-quoted string; other escapes count as may):
    // one of the whole-name `Statement`s found above, between quotes
    const jsonText = keyWords === null || keyWords.some((offset) => isQuotedStatement(sourceCode.text, offset));
    const awsCalls = mayImportCdk(sourceCode) || mayImportSdkClientOf(sourceCode, SINK_SERVICES);
    // Statement lists: `iamRoleStatements`, `statements` (lower case) under `iam.role` or in IAM's shape,
    // `policyStatements`, an exported `…Statements` list; a config file writes them plainly (escapes are not looked
    // through: they would open every file with one). `ments` is looked for first: its rarer first letter makes the
    // scan of most files faster
    const statementLists =
      sourceCode.text.includes('ments') &&
      sourceCode.text.includes('tatements') &&
      /statements|[\w$]Statements/u.test(sourceCode.text);
    // SST's function permissions (`permissions`, `attachPermissions(…)`, `sst.aws.permission(…)`), in a file that
    // spells SST (the listeners fire only at those names)
    const sstPermissions = usesSst(sourceCode);
    // Pulumi's IAM resources that attach managed policies (`new aws.iam.RolePolicyAttachment(…)`)
    const pulumi = mayUsePulumiAws(sourceCode);
    // AWS managed policies named in configuration: a SAM resource's `Policies` or an IAM role's, user's or group's
    // `ManagedPolicyArns` in a template written in code, the Serverless Framework's `iam.role.managedPolicies` (or
    // `iamManagedPolicies`). Every key spells `Polic`: one scan turns most files away
    const configManagedPolicies =
      mayMention(sourceCode, 'Polic') &&
      (sourceCode.text.includes('AWS::Serverless::') ||
        sourceCode.text.includes('anagedPolicies') ||
        sourceCode.text.includes('anagedPolicyArns'));
    // CDK for Terraform's IAM resources and policy documents (`@cdktf/provider-aws`)
    const cdktf = mayUseCdktfAws(sourceCode);
    if (!objectKeys && !awsCalls && !statementLists && !sstPermissions && !pulumi && !configManagedPolicies && !cdktf) {
      return {};
    }
    // Fixtures and template assertions in tests (`template.hasResourceProperties(…, { PolicyDocument })`) deploy nothing
    if (isTestFile(context)) return {};
    return fileListeners(
      context,
      options,
      keyWords,
      jsonText,
      objectKeys,
      awsCalls,
      statementLists,
      sstPermissions,
      pulumi,
      configManagedPolicies,
      cdktf,
    );
  },
});

/**
 * The rule's listeners for a file the prefilter in `create` lets through. Kept apart from `create`: the functions
 * declared below are made on every call, so `create` makes none of them for the files it turns away.
 */
function fileListeners(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  options: Options[0],
  keyWords: number[] | null,
  jsonText: boolean,
  objectKeys: boolean,
  awsCalls: boolean,
  statementLists: boolean,
  sstPermissions: boolean,
  pulumi: boolean,
  configManagedPolicies: boolean,
  cdktf: boolean,
): TSESLint.RuleListener {
  const sourceCode = context.sourceCode;
  /**
   * What `node` holds: through once-bound variables, stack members (`this.statement`) and variables declared
   * without a value and assigned once afterwards (`let s; s = new PolicyStatement(…)`).
   */
  const boundValue = (node: TSESTree.Node): TSESTree.Node => {
    let value = resolveBoundExpression(node, sourceCode);
    for (let hop = 0; hop < MAX_ASSIGNED_HOPS && value.type === AST_NODE_TYPES.Identifier; hop++) {
      const assigned = assignedOnceValue(value, sourceCode);
      if (assigned === null) break;
      value = resolveBoundExpression(assigned, sourceCode);
    }
    return value;
  };
  /** The `new X(…)` that `node` holds (see `boundValue`). */
  const instanceOf = (node: TSESTree.Node): ReturnType<typeof resolveInstance> =>
    resolveInstance(boundValue(node), sourceCode);
  const iamOptions = iamOptionsOf(options);
  const reported = new Set<string>();
  /** CDK statements by their `new PolicyStatement(…)`, with what later code adds to them. */
  const statements = new Map<TSESTree.NewExpression, CdkStatementRecord>();
  /**
   * `PolicyStatement.fromJson(…)` statements (their JSON), what later code adds to them, and the policy each joins (a
   * document, a resource's policy).
   */
  const jsonStatements = new Map<TSESTree.CallExpression, ObjectValue>();
  const jsonChanges = new Map<TSESTree.CallExpression, StatementChanges>();
  const jsonGroups = new Map<TSESTree.CallExpression, PolicyGroup[]>();
  /** Documents given to a REST API without IAM authorization (see isOpenRestApiPolicy). */
  const openApiPolicies = new Set<PolicyGroup>();
  /** OpenSearch domains with fine-grained access control, as the groups of their access policies (onSearchDomain). */
  const authenticatingDomains = new Set<PolicyGroup>();
  /** The policies of CDK KMS keys that statements join through `addToResourcePolicy` (see onDocumentMethod). */
  const keyPolicyGroups = new Set<PolicyGroup>();
  let fileShowsIamAuthorization: boolean | undefined;
  /** Does the text name a permissions boundary (`permissionsBoundary`, `PermissionsBoundary`)? See isBoundaryStatement. */
  let fileMentionsBoundary: boolean | undefined;
  /** `new ManagedPolicy(…)` creations: used only as a permissions boundary or not (see isBoundaryPolicy). */
  const boundaryPolicies = new Map<TSESTree.NewExpression, boolean>();

  function jsonChangesOf(call: TSESTree.CallExpression): StatementChanges {
    let changes = jsonChanges.get(call);
    if (changes === undefined) {
      changes = { calls: [], effects: [] };
      jsonChanges.set(call, changes);
    }
    return changes;
  }

  function report(findings: readonly (IamFinding<Range> | SstFinding)[]): void {
    for (const finding of findings) {
      // Values read through a constant defined elsewhere all land on its use (`actions: ADMIN_ACTIONS`, SST
      // shorthands): one finding per value still, so `iam:*` is not hidden behind the list's first wildcard
      const key = `${finding.messageId}:${finding.at[0]}:${finding.at[1]}:${finding.data.value ?? ''}`;
      if (reported.has(key)) continue;
      reported.add(key);
      context.report({
        loc: { start: sourceCode.getLocFromIndex(finding.at[0]), end: sourceCode.getLocFromIndex(finding.at[1]) },
        messageId: finding.messageId,
        data: finding.data,
      });
    }
  }

  const build = new PolicyBuilder(sourceCode);

  /** `const statements = […]; export { statements }`: a name the module exports by a specifier. */
  function exportedByName(declarator: TSESTree.VariableDeclarator): boolean {
    if (declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariableOf(declarator.id, sourceCode);
    return variable?.references.some((reference) => reference.identifier.parent?.type === AST_NODE_TYPES.ExportSpecifier) === true;
  }

  /**
   * `keyPolicy`: the document is a KMS key policy, or a test of whether it is, run only when a statement's findings
   * depend on it.
   */
  function reportDocument(
    document: StaticValue,
    trust: boolean,
    requireVersion: boolean,
    keyPolicy: boolean | (() => boolean) = false,
    cognitoSmsRole: () => boolean = () => false,
  ): void {
    const statements = build.documentStatements(document, trust, requireVersion);
    const context = keyPolicyContext(statements, keyPolicy);
    // Asked only for a statement it changes (the look around the document costs more than the check)
    if (statements.some(publishesSmsOnly) && cognitoSmsRole()) context.cognitoSmsRole = true;
    report(evaluatePolicy(statements, iamOptions, context));
  }

  function keyPolicyContext(
    statements: readonly IamStatement<Range>[],
    keyPolicy: boolean | (() => boolean),
  ): PolicyContext {
    if (keyPolicy === false || !statements.some(dependsOnKeyPolicy)) return {};
    return { keyPolicy: keyPolicy === true || keyPolicy() };
  }

  /** Put CDK statements written at `nodes` into the policy `group` (first policy wins). */
  function groupStatements(nodes: readonly (TSESTree.Node | null)[], group: PolicyGroup): void {
    for (const node of nodes) {
      if (node === null || node.type === AST_NODE_TYPES.SpreadElement) continue;
      const instance = instanceOf(node);
      if (instance === null || !isCdk(awsApi(instance.ref), 'aws-iam', ['PolicyStatement'])) {
        // `PolicyStatement.fromJson({ … })`, written there or bound to a name
        const json = statementFromJsonCall(node);
        if (json !== null) addGroup(jsonGroups, json, group);
        continue;
      }
      const record = statementRecord(instance.creation);
      addOnce(record.groups, group);
    }
  }

  /**
   * `const s = PolicyStatement.fromJson(…); s.foo()`: a method called, or a member set, on its variable, that the
   * rule does not read into the statement (`add*` calls and `effect =` on it are read, as for `new PolicyStatement`).
   */
  function isChangedLater(call: TSESTree.CallExpression): boolean {
    const holder = outermostTypeWrapper(call);
    const parent = holder.parent;
    let variable: TSESLint.Scope.Variable | null | undefined;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === holder) {
      if (parent.id.type !== AST_NODE_TYPES.Identifier) return true;
      variable = sourceCode.getDeclaredVariables(parent)[0];
    } else if (
      parent?.type === AST_NODE_TYPES.AssignmentExpression &&
      parent.right === holder &&
      parent.left.type === AST_NODE_TYPES.Identifier
    ) {
      // `let s; s = PolicyStatement.fromJson(…)`
      variable = findVariableOf(parent.left, sourceCode);
    } else return false;
    return (
      variable === undefined ||
      variable === null ||
      variable.references.some((reference) => {
        const use = outermostTypeWrapper(reference.identifier as TSESTree.Node);
        const member = use.parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use) return false;
        const parent = member.parent;
        // `s.toStatementJson()`, `s.copy()`, `s.validateForIdentityPolicy()`: read, not changed
        const name = getPropertyName(member);
        if (name !== null && READ_ONLY_STATEMENT_METHODS.has(name)) return false;
        const called = parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === member;
        const assigned = parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === member;
        if (!called && !assigned) return false;
        // Read into the statement by the listeners when the use resolves to this very call
        return !isReadStatementChange(member) || statementFromJsonCall(use) !== call;
      })
    );
  }

  /** The `PolicyStatement.fromJson(…)` call `node` is or holds, else null. */
  function statementFromJsonCall(node: TSESTree.Node): TSESTree.CallExpression | null {
    const value = boundValue(node);
    if (value.type !== AST_NODE_TYPES.CallExpression) return null;
    const callee = skipTypeWrappers(value.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'fromJson') return null;
    return isCdk(cdkApi(resolveCallee(value, sourceCode)), 'aws-iam', ['PolicyStatement', 'fromJson']) ? value : null;
  }

  /**
   * A VPC endpoint (`new ec2.InterfaceVpcEndpoint(…)`, `new ec2.GatewayVpcEndpoint(…)`, `vpc.addInterfaceEndpoint(…)`,
   * `vpc.addGatewayEndpoint(…)`): its policy only filters what passes through a private endpoint, where
   * `Principal: '*'` and `Resource: '*'` are AWS's default (the callers' own policies still decide what they may do).
   */
  function isVpcEndpoint(node: TSESTree.Node): boolean {
    const value = resolveBoundExpression(node, sourceCode);
    if (value.type === AST_NODE_TYPES.CallExpression) {
      const callee = skipTypeWrappers(value.callee);
      const method = callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : null;
      if (method === 'addInterfaceEndpoint' || method === 'addGatewayEndpoint') return true;
    }
    const instance = instanceOf(node);
    if (instance !== null) {
      const api = awsApi(instance.ref);
      return isCdk(api, 'aws-ec2', ['InterfaceVpcEndpoint']) || isCdk(api, 'aws-ec2', ['GatewayVpcEndpoint']);
    }
    // `(endpoint: ec2.GatewayVpcEndpoint) => endpoint.addToPolicy(…)`, `this.endpoint`, `props.endpoint`: declared
    // with an endpoint type (every member of a union)
    const typeRefs = declaredTypeRefs(node, sourceCode);
    return (
      typeRefs !== null &&
      typeRefs.every((ref) => {
        const api = awsApi(ref);
        return VPC_ENDPOINT_TYPES.some((name) => isCdk(api, 'aws-ec2', [name]));
      })
    );
  }

  /**
   * The receiver of `addToPolicy` is a VPC endpoint (see `isVpcEndpoint`): `'known'`; or `'named'` for a field whose
   * type cannot be read here, of an object declared with a class of another module of the project
   * (`networkConstruct.ddbEndpoint` with `networkConstruct: NetworkConstruct` from `'./network'`), when the field's
   * name says endpoint (`…Endpoint`). A named one is taken as an endpoint only for statements with principals (see
   * NAMED_ENDPOINT_POLICY). Null otherwise: a name alone, with no declared class, is no type.
   */
  function vpcEndpointOf(node: TSESTree.Node): 'known' | 'named' | null {
    if (isVpcEndpoint(node)) return 'known';
    // `const endpoint = net.ddbEndpoint`: what it holds
    const receiver = skipTypeWrappers(boundValue(node));
    if (receiver.type !== AST_NODE_TYPES.MemberExpression) return null;
    const name = getPropertyName(receiver);
    if (name === null || !ENDPOINT_NAME.test(name) || declaredTypeOf(receiver, sourceCode) !== null) return null;
    const owner = declaredTypeOf(receiver.object, sourceCode);
    if (owner?.type !== AST_NODE_TYPES.TSTypeReference) return null;
    const ref = typeNameRef(owner.typeName, sourceCode);
    return ref !== null && ref.path.length === 1 && ref.module.startsWith('.') ? 'named' : null;
  }

  function markEndpointStatements(nodes: readonly TSESTree.Node[], group: PolicyGroup = ENDPOINT_POLICY): void {
    for (const node of nodes) {
      if (node.type === AST_NODE_TYPES.SpreadElement) continue;
      const instance = instanceOf(node);
      if (instance !== null && isCdk(awsApi(instance.ref), 'aws-iam', ['PolicyStatement'])) {
        addOnce(statementRecord(instance.creation).groups, group);
      } else {
        const json = statementFromJsonCall(node);
        if (json !== null) addGroup(jsonGroups, json, group);
      }
    }
  }

  /**
   * A managed policy used as a permissions boundary (a ceiling, not a grant): `permissionsBoundary: policy` in props,
   * or `PermissionsBoundary.of(scope).apply(policy)`; written there, or through a const used only so.
   */
  function isPermissionsBoundary(call: TSESTree.CallExpression): boolean {
    return isUsedOnlyAs(call, sourceCode, isBoundaryUse);
  }

  function isBoundaryUse(start: TSESTree.Node): boolean {
    // `permissionsBoundary: strict ? a : b`, `boundary ?? fallback`: either value ends up the boundary
    const node = outermostChoice(start);
    const parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.Property && parent.value === node) {
      return getPropertyName(parent) === 'permissionsBoundary';
    }
    if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(node as TSESTree.Expression)) {
      return false;
    }
    const callee = skipTypeWrappers(parent.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'apply') return false;
    const of = skipTypeWrappers(callee.object);
    return (
      of.type === AST_NODE_TYPES.CallExpression &&
      isCdk(cdkApi(resolveCallee(of, sourceCode)), 'aws-iam', ['PermissionsBoundary', 'of'])
    );
  }

  /**
   * A statement (`new PolicyStatement(…)`, `PolicyStatement.fromJson(…)`) that only ever sits in permissions
   * boundaries: written in the `statements` of a boundary's props or its document's, or given to their
   * `addStatements`, in place or through a name that is only read so (and changed by the `add*` methods the rule
   * reads). A boundary is a ceiling: its statements grant nothing. Any other use (an identity policy, an export) may
   * grant them.
   */
  function isBoundaryStatement(statement: TSESTree.Node): boolean {
    fileMentionsBoundary ??= sourceCode.text.includes('ermissionsBoundary');
    if (!fileMentionsBoundary || isExportedDeclaration(statement)) return false;
    return isUsedOnlyAs(statement, sourceCode, (value) => isBoundaryStatementSlot(value) || isStatementChange(value));
  }

  /** `value.addActions(…)` (a method the rule reads into the statement) or `value.effect = …`. */
  function isStatementChange(value: TSESTree.Node): boolean {
    const member = value.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== value) return false;
    const name = getPropertyName(member);
    if (name === 'effect') {
      const assignment = member.parent;
      return assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === member;
    }
    return name !== null && STATEMENT_METHODS.has(name) && memberCall(value, name) !== null;
  }

  /** An element of the `statements` written in the props of a boundary (or its document), or an `addStatements` one. */
  function isBoundaryStatementSlot(value: TSESTree.Node): boolean {
    const parent = value.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(value as TSESTree.Expression)) {
      const callee = skipTypeWrappers(parent.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'addStatements') return false;
      const owner = instanceOf(callee.object);
      return owner !== null && isBoundaryOwner(owner.creation);
    }
    if (parent?.type !== AST_NODE_TYPES.ArrayExpression) return false;
    const property = parent.parent;
    if (property?.type !== AST_NODE_TYPES.Property || property.value !== parent) return false;
    if (getPropertyName(property) !== 'statements') return false;
    const props = property.parent;
    const creation = props.parent;
    return creation?.type === AST_NODE_TYPES.NewExpression && isBoundaryOwner(creation, props);
  }

  /**
   * `creation` is a CDK `ManagedPolicy` (props at `props`, when given) or `PolicyDocument` that only ever serves as a
   * permissions boundary.
   */
  function isBoundaryOwner(creation: TSESTree.NewExpression, props?: TSESTree.Node): boolean {
    const api = calleeAwsApi(creation, sourceCode);
    if (isCdk(api, 'aws-iam', ['ManagedPolicy'])) {
      return (props === undefined || creation.arguments[2] === props) && isBoundaryPolicy(creation);
    }
    if (isCdk(api, 'aws-iam', ['PolicyDocument'])) {
      return (props === undefined || creation.arguments[0] === props) && isBoundaryDocument(creation);
    }
    return false;
  }

  /**
   * A `new ManagedPolicy(…)` attached to nobody (no `roles`, `users` or `groups` in props written in place) and used
   * only as a permissions boundary (see `isBoundaryUse`) and to `addStatements` to, wherever it goes in the file (see
   * `flowsOnlyTo`). Not when exported: other code may attach it.
   */
  function isBoundaryPolicy(creation: TSESTree.NewExpression): boolean {
    let known = boundaryPolicies.get(creation);
    if (known !== undefined) return known;
    boundaryPolicies.set(creation, false);
    const props = creation.arguments[2];
    const attaches =
      props !== undefined &&
      (props.type !== AST_NODE_TYPES.ObjectExpression ||
        props.properties.some((member) => {
          if (member.type !== AST_NODE_TYPES.Property) return true;
          const name = getPropertyName(member);
          return name === null || name === 'roles' || name === 'users' || name === 'groups';
        }));
    let given = false;
    known =
      !attaches &&
      !isExportedDeclaration(creation) &&
      flowsOnlyTo(creation, (value) => {
        if (isBoundaryUse(value)) return (given = true);
        return memberCall(value, 'addStatements') !== null;
      }) &&
      given;
    boundaryPolicies.set(creation, known);
    return known;
  }

  /** A `new PolicyDocument(…)` used only as the `document` of boundary policies (and to `addStatements` to). */
  function isBoundaryDocument(document: TSESTree.NewExpression): boolean {
    if (isExportedDeclaration(document)) return false;
    let given = false;
    const used = flowsOnlyTo(document, (value) => {
      const property = value.parent;
      if (property?.type === AST_NODE_TYPES.Property && property.value === value) {
        const creation = property.parent.parent;
        if (getPropertyName(property) !== 'document' || creation?.type !== AST_NODE_TYPES.NewExpression) return false;
        if (!isCdk(calleeAwsApi(creation, sourceCode), 'aws-iam', ['ManagedPolicy'])) return false;
        return creation.arguments[2] === property.parent && isBoundaryPolicy(creation) && (given = true);
      }
      return memberCall(value, 'addStatements') !== null;
    });
    return used && given;
  }

  /** `export const x = <node>`: read by other files too. */
  function isExportedDeclaration(node: TSESTree.Node): boolean {
    const declarator = outermostTypeWrapper(node).parent;
    return (
      declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
      declarator.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration
    );
  }

  /**
   * A `new PolicyDocument(…)` given (in place, through a const used only so, through a choice, `cond ? doc : other`,
   * or returned by a function of the file whose every call is so used; and `addStatements`) as the `policy` of a
   * REST API that is not private, in a file that shows no IAM authorization. Methods set up elsewhere cannot be
   * read: the document is then taken as open (quiet), as an IAM-authorized API with a public resource policy is a
   * cross-account choice made on purpose more often than not, and what the API lets in is
   * require-api-authorization's question.
   */
  function isOpenRestApiPolicy(document: TSESTree.NewExpression): boolean {
    fileShowsIamAuthorization ??= IAM_AUTHORIZATION.test(sourceCode.text);
    if (fileShowsIamAuthorization) return false;
    // `doc.addStatements(…)` adds to the document; any other read may hand it to something else
    let given = false;
    const used = flowsOnlyTo(document, (value) => {
      if (isRestApiPolicyValue(value)) return (given = true);
      return memberCall(value, 'addStatements') !== null;
    });
    return used && given;
  }

  /**
   * Is the value written at `node` used only as `use` says, wherever it goes in the file: there, through the one name
   * it is bound to, through a choice that holds it (`cond ? value : other`, `value ?? other`), or as what a function
   * of the file returns when each call of it goes only there too. A function's calls must all be seen: not exported,
   * its name only ever called (not handed on), a method only if `private`, named nowhere else in its class.
   */
  function flowsOnlyTo(node: TSESTree.Node, use: (value: TSESTree.Node) => boolean, depth = 0): boolean {
    return usedOnlyAs(node, (value) => {
      const choice = outermostChoice(value);
      if (use(choice)) return true;
      if (depth >= MAX_FLOW_DEPTH) return false;
      if (choice !== value) return flowsOnlyTo(choice, use, depth + 1);
      const calls = callsOfReturning(value);
      return calls !== null && calls.length > 0 && calls.every((call) => flowsOnlyTo(call, use, depth + 1));
    });
  }

  /**
   * `isUsedOnlyAs`, where growing a document's own statement list through its name (`policy.Statement.push({ … })`,
   * read into the document by `getGrownMemberArray`) is no use of the document: it goes where its other uses take it.
   */
  function usedOnlyAs(node: TSESTree.Node, use: (value: TSESTree.Node) => boolean): boolean {
    // Some use other than a push must take it there (the document asked about in place, before its uses, is none)
    let used = false;
    const only = isUsedOnlyAs(node, sourceCode, (value) => {
      if (growsStatementList(value)) return true;
      const taken = use(value);
      if (taken) used = true;
      return taken;
    });
    return only && used;
  }

  /**
   * The calls of the function of the file that returns `value` (`return value`, an arrow's body), when they are
   * all its uses (see `flowsOnlyTo`); null when `value` is not returned or the function may be called elsewhere.
   */
  function callsOfReturning(value: TSESTree.Node): TSESTree.CallExpression[] | null {
    const parent = value.parent;
    let fn: TSESTree.Node | undefined;
    if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === value) {
      fn = parent;
    } else if (parent?.type === AST_NODE_TYPES.ReturnStatement) {
      fn = parent.parent;
      while (fn !== undefined && !isFunctionLike(fn)) fn = fn.parent;
    }
    if (fn === undefined || !isFunctionLike(fn) || fn.async || fn.generator) return null;
    const named = functionCalls(fn, sourceCode);
    // Exported, or read other than as a call: other code may call it
    if (named !== null) return isCalledOnlyThere(fn, named, sourceCode) ? named.calls : null;
    // A `private` method or function field: only its class can call it
    const member = fn.parent;
    if (
      (member?.type !== AST_NODE_TYPES.MethodDefinition && member?.type !== AST_NODE_TYPES.PropertyDefinition) ||
      member.accessibility !== 'private'
    ) {
      return null;
    }
    const method = methodCalls(fn, sourceCode, true);
    return method !== null && namedOnlyByCalls(member, method.name, method.calls) ? method.calls : null;
  }

  /**
   * Is `name` written in the class of `member` only as `member`'s key, as the callee of one of `calls`, and as the key
   * of an object literal (`{ policy: this.policy() }`)? Any other mention (`this.build.bind(this)`, `const { build }
   * = this`, `this['build']`) may hand the method on.
   */
  function namedOnlyByCalls(
    member: TSESTree.MethodDefinition | TSESTree.PropertyDefinition,
    name: string,
    calls: readonly TSESTree.CallExpression[],
  ): boolean {
    const callees = new Set<TSESTree.Node>();
    for (const call of calls) {
      const callee = skipTypeWrappers(call.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression) callees.add(callee.property);
    }
    for (const token of sourceCode.getTokens(member.parent)) {
      if (token.type === 'String' && token.value.slice(1, -1) === name) return false;
      if (token.type !== 'Identifier' || token.value !== name) continue;
      const node = nodeAtIndex(sourceCode, token.range[0]);
      const parent = node?.parent;
      if (node === null || parent === undefined) return false;
      if (parent === member && member.key === node) continue;
      if (parent.type === AST_NODE_TYPES.MemberExpression && callees.has(node)) continue;
      const objectKey =
        parent.type === AST_NODE_TYPES.Property &&
        parent.key === node &&
        !parent.shorthand &&
        !parent.computed &&
        parent.parent.type === AST_NODE_TYPES.ObjectExpression;
      if (!objectKey) return false;
    }
    return true;
  }

  /**
   * `new Domain(this, id, { fineGrainedAccessControl: { … }, accessPolicies: [statement, …] })`: the statements are
   * one policy, of a domain that authenticates every request itself (AWS recommends an open access policy there).
   */
  function onSearchDomain(node: TSESTree.NewExpression): void {
    const props = node.arguments[2] === undefined ? null : skipTypeWrappers(node.arguments[2]);
    if (props?.type !== AST_NODE_TYPES.ObjectExpression) return;
    let list: TSESTree.ArrayExpression | null = null;
    let authenticates = false;
    let spread = false;
    for (const member of props.properties) {
      if (member.type === AST_NODE_TYPES.SpreadElement) {
        spread = true;
        continue;
      }
      const name = getPropertyName(member);
      const value = skipTypeWrappers(member.value);
      if (name === 'accessPolicies' && value.type === AST_NODE_TYPES.ArrayExpression) list = value;
      // Switched on by a master user, an ARN or a name written in place (`{}` or a choice turns nothing on)
      if (name === 'fineGrainedAccessControl') authenticates = namesMasterUser(value);
    }
    if (list === null) return;
    const elements = list.elements;
    // Only statements that go nowhere else (another domain, a role) are read as this domain's policy alone
    const own = elements.filter((element) => {
      if (element === null || element.type === AST_NODE_TYPES.SpreadElement) return false;
      const creation = instanceOf(element)?.creation;
      const listed = (value: TSESTree.Node): boolean =>
        elements.includes(value as TSESTree.Expression) || changesStatement(value);
      return creation !== undefined && flowsOnlyTo(creation, listed);
    });
    if (own.length === 0) return;
    groupStatements(own, node);
    if (authenticates && !spread && own.length === elements.length) authenticatingDomains.add(node);
  }

  /** `{ masterUserArn }`, `{ masterUserName: 'admin', … }`: fine-grained access control is on. */
  function namesMasterUser(value: TSESTree.Node): boolean {
    if (value.type !== AST_NODE_TYPES.ObjectExpression) return false;
    return value.properties.some((member) => {
      if (member.type === AST_NODE_TYPES.SpreadElement) return false;
      const name = getPropertyName(member);
      return name === 'masterUserArn' || name === 'masterUserName';
    });
  }

  /** `statement.addActions(…)`, `statement.effect = …`: the statement changed where it is (not handed on). */
  function changesStatement(value: TSESTree.Node): boolean {
    const member = value.parent;
    return member?.type === AST_NODE_TYPES.MemberExpression && member.object === value && isReadStatementChange(member);
  }

  /** `value` is the `policy` in the props of `new RestApi(…)`, `new SpecRestApi(…)` or `new LambdaRestApi(…)`. */
  function isRestApiPolicyValue(value: TSESTree.Node): boolean {
    const property = value.parent;
    if (property?.type !== AST_NODE_TYPES.Property || property.value !== value) return false;
    if (getPropertyName(property) !== 'policy' || property.parent.type !== AST_NODE_TYPES.ObjectExpression) {
      return false;
    }
    const creation = outermostTypeWrapper(property.parent).parent;
    if (creation?.type !== AST_NODE_TYPES.NewExpression) return false;
    const props = creation.arguments[2];
    if (props === undefined || skipTypeWrappers(props) !== property.parent) return false;
    const api = calleeAwsApi(creation, sourceCode);
    if (api?.family !== 'cdk') return false;
    if (!REST_API_CONSTRUCTS.some((name) => isCdk(api, 'aws-apigateway', [name]))) return false;
    // A private API answers only what its policy allows (none without one): there the policy is the access control.
    // A spread may set the endpoint type; a type written elsewhere must be shown regional or edge.
    return property.parent.properties.every((member) => {
      if (member.type === AST_NODE_TYPES.SpreadElement) return false;
      const name = getPropertyName(member);
      if (name !== 'endpointConfiguration' && name !== 'endpointTypes') return true;
      const text = sourceCode.getText(member.value);
      return !text.includes('PRIVATE') && (text.includes('REGIONAL') || text.includes('EDGE'));
    });
  }

  function reportManagedArn(node: TSESTree.Node, within: Range): void {
    reportManagedArnValues(getStaticValue(node, sourceCode), node, within);
  }

  /**
   * Each AWS managed policy an ARN value names (every element a loop variable takes, see possibleValues), on the ARN
   * when it is written `within`, else on `used`.
   */
  function reportManagedArnValues(written: StaticValue, used: TSESTree.Node, within: Range): void {
    for (const value of possibleValues(written)) {
      const found = build.managedPolicyInArn(value, used, within);
      if (found !== null) report(evaluateManagedPolicy(found.name, found.at, iamOptions));
    }
  }

  /**
   * The values `value` may take: each element of the array a loop variable goes through (`for (const arn of ARNS)`,
   * `ARNS.forEach((arn) => …)` over a `const` array no code changes, see getLoopValues), else `value` alone. A
   * finding on an element written elsewhere lands on the variable's use, one per value, as for a constant.
   */
  function possibleValues(value: StaticValue): readonly StaticValue[] {
    if (value.kind !== 'unknown' || value.node === null) return [value];
    return getLoopValues(value.node, sourceCode)?.slice(0, MAX_ELEMENTS) ?? [value];
  }

  /**
   * The AWS managed policies a list of ARNs (or one ARN) names; with `names`, also those named alone (SAM's
   * `Policies` takes `AmazonS3FullAccess` as well as its ARN). Other entries (documents, SAM's policy templates, a
   * customer managed policy's ARN) are not managed policies of AWS.
   */
  function reportManagedPolicyList(written: StaticValue, used: TSESTree.Node, within: Range, names: boolean): void {
    // A constant list later grown by `push` / `unshift`: the policies it was written with, and those each call adds
    // whenever it runs (past MAX_GROWING_CALLS calls, those it was written with)
    const extended =
      written.kind === 'unknown' && written.node !== null
        ? getGrownOrExtendedArray(written.node, sourceCode)
        : null;
    const value = extended ?? written;
    const elements = value.kind === 'array' ? value.elements.slice(0, MAX_ELEMENTS) : [value];
    elements.forEach((written, index) => {
      const at = value.kind === 'array' ? build.elementFallback(used, index) : used;
      for (const element of possibleValues(written)) {
        if (names && element.kind === 'string' && !element.value.includes(':')) {
          report(evaluateManagedPolicy(element.value, build.stringRange(element, within, at), iamOptions));
          continue;
        }
        const found =
          element.kind === 'object'
            ? build.managedPolicyInIntrinsic(element, at, within)
            : build.managedPolicyInArn(element, at, within);
        if (found !== null) report(evaluateManagedPolicy(found.name, found.at, iamOptions));
      }
    });
  }

  /**
   * `managedPolicies: [{ managedPolicyArn: 'arn:aws:iam::aws:policy/…' }]` in a CDK role's, user's or group's props:
   * an object literal in place of `ManagedPolicy.fromManagedPolicyArn(…)` (whose calls are read where they are made).
   */
  function reportManagedPolicyObjects(value: ObjectValue, props: TSESTree.Node): void {
    const list = property(value, 'managedPolicies');
    if (list?.value.kind !== 'array') return;
    const used = usedNode(list, props);
    list.value.elements.slice(0, MAX_ELEMENTS).forEach((element, index) => {
      if (element.kind !== 'object') return;
      const fallback = inside(element.node.range, props.range) ? null : build.elementFallback(used, index);
      reportManagedPolicyObject(element, fallback, props.range);
    });
  }

  /**
   * `{ managedPolicyArn: 'arn:aws:iam::aws:policy/…' }`, an `IManagedPolicy` written as an object. The finding lands
   * on the ARN when the object is written `within`, else on `fallback` (where the constant holding it is used).
   */
  function reportManagedPolicyObject(value: StaticValue, fallback: TSESTree.Node | null, within: Range): void {
    if (value.kind !== 'object') return;
    const arn = property(value, 'managedPolicyArn');
    if (arn === undefined) return;
    reportManagedArnValues(arn.value, fallback ?? usedNode(arn, value.node), within);
  }

  /**
   * `role.addManagedPolicy({ managedPolicyArn })` (also `fn.role?.addManagedPolicy(…)`): the object literal form of
   * `ManagedPolicy.fromManagedPolicyArn(…)`, on a receiver shown to be CDK's (see isCdkIdentity).
   */
  function onAddManagedPolicy(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression): void {
    const argument = node.arguments[0];
    if (node.arguments.length !== 1 || argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return;
    const value = getStaticValue(argument, sourceCode);
    if (value.kind !== 'object' || property(value, 'managedPolicyArn') === undefined) return;
    // The receiver is looked up last: it costs the most
    if (!isCdkIdentity(callee.object)) return;
    const written = value.node !== null && inside(value.node.range, node.range);
    reportManagedPolicyObject(value, written ? null : argument, node.range);
  }

  /**
   * Is `node` a CDK role, user or group: an instance of a CDK construct (`new iam.Role(…)`, through variables and
   * stack members), what a CDK factory returns (`iam.Role.fromRoleArn(…)`), the `role` of a CDK construct
   * (`fn.role`), or a name declared with CDK types only (`role: iam.IRole`)?
   */
  function isCdkIdentity(node: TSESTree.Node): boolean {
    const receiver = skipTypeWrappers(node);
    const held = boundValue(receiver);
    if (held.type === AST_NODE_TYPES.CallExpression) return cdkApi(resolveCallee(held, sourceCode)) !== null;
    const instance = instanceOf(receiver);
    if (instance !== null) return cdkApi(instance.ref) !== null;
    if (receiver.type === AST_NODE_TYPES.MemberExpression && getPropertyName(receiver) === 'role') {
      const owner = instanceOf(receiver.object);
      if (owner !== null) return cdkApi(owner.ref) !== null;
    }
    const typeRefs = declaredTypeRefs(receiver, sourceCode);
    return typeRefs !== null && typeRefs.length > 0 && typeRefs.every((ref) => cdkApi(ref) !== null);
  }

  function statementRecord(creation: TSESTree.NewExpression): CdkStatementRecord {
    let record = statements.get(creation);
    if (record === undefined) {
      record = { creation, calls: [], effects: [], groups: [] };
      statements.set(creation, record);
    }
    return record;
  }

  function onNew(node: TSESTree.NewExpression): void {
    if (pulumi && calleeMayBeExport(node, sourceCode, isPulumiSinkName)) {
      onPulumiNew(node);
    }
    if (cdktf && calleeMayBeExport(node, sourceCode, isCdktfSinkName)) onCdktfNew(node);
    // Most constructs are not policy constructs: those written as another name need no lookup
    if (!awsCalls || !calleeMayBeExport(node, sourceCode, isPolicyCreationName)) return;
    const api = calleeAwsApi(node, sourceCode);
    if (api === null) return;
    if (api.family === 'cdk') {
      onCdkNew(node, api);
      return;
    }
    const sink = commandSink(api);
    const input = node.arguments[0];
    if (sink !== undefined && input !== undefined) onSdkSink(sink, input);
  }

  /**
   * `new aws.iam.RolePolicyAttachment(name, { policyArn })` (and the user, group and plain attachments),
   * `new aws.iam.Role(name, { managedPolicyArns })`, `new aws.lambda.CallbackFunction(name, { policies })`: an AWS
   * managed policy given as its ARN or as Pulumi's `aws.iam.ManagedPolicy.AdministratorAccess`.
   */
  function onPulumiNew(node: TSESTree.NewExpression): void {
    const path = pulumiAwsPath(node.callee, sourceCode);
    if (path === null || path.length !== 2) return;
    const props = node.arguments[1];
    if (props === undefined || props.type === AST_NODE_TYPES.SpreadElement) return;
    // `new aws.lambda.Permission(name, { action, function, principal: '*' })`
    const scoping = path[0] === 'lambda' ? PULUMI_LAMBDA_PERMISSIONS.get(path[1]!) : undefined;
    const keys =
      path[0] === 'iam' ? PULUMI_MANAGED_POLICY_PROPS : path[0] === 'lambda' ? PULUMI_FUNCTION_POLICY_PROPS : null;
    reportProviderResource(props, scoping, keys?.get(path[1]!));
  }

  /**
   * CDK for Terraform's twins of Pulumi's resources (`@cdktf/provider-aws`, `new X(scope, id, config)`):
   * `LambdaPermission` / `LambdaLayerVersionPermission` (their `principal`), the managed-policy attachments
   * (`IamRolePolicyAttachment`, … `policyArn`) and `IamRole`'s `managedPolicyArns`.
   */
  function onCdktfNew(node: TSESTree.NewExpression): void {
    const name = cdktfResourceName(node, sourceCode);
    const props = node.arguments[2];
    if (name === null || props === undefined || props.type === AST_NODE_TYPES.SpreadElement) return;
    reportProviderResource(props, CDKTF_LAMBDA_PERMISSIONS.get(name), CDKTF_MANAGED_POLICY_PROPS.get(name));
  }

  /**
   * A Terraform AWS provider resource's props (Pulumi's, CDK for Terraform's): a Lambda permission's principal, scoped
   * by the props `scoping` names, or the managed policies its prop `key` attaches.
   */
  function reportProviderResource(
    props: TSESTree.Node,
    scoping: Readonly<Record<string, string>> | undefined,
    key: string | undefined,
  ): void {
    if (scoping !== undefined) {
      const value = getStaticValue(props, sourceCode);
      if (value.kind === 'object') reportPermission(value, scoping);
    } else if (key !== undefined) {
      reportManagedPolicyProp(props, key);
    }
  }

  /** The AWS managed policies that `key` of a resource's props attaches (one ARN, or a list of them). */
  function reportManagedPolicyProp(props: TSESTree.Node, key: string): void {
    const value = getStaticValue(props, sourceCode);
    const prop = value.kind === 'object' ? property(value, key) : undefined;
    if (prop === undefined) return;
    const used = usedNode(prop, props);
    const written = prop.value.kind === 'array' ? prop.value.elements : [prop.value];
    written.slice(0, MAX_ELEMENTS).forEach((entry, index) => {
      const at = prop.value.kind === 'array' ? build.elementFallback(used, index) : used;
      // `for (const policy of POLICIES) new aws.iam.RolePolicyAttachment(…, { policyArn: policy })`: each element
      for (const element of possibleValues(entry)) {
        const found =
          build.managedPolicyInArn(build.interpolated(element), at, props.range) ??
          pulumiManagedPolicy(element, at, props.range);
        if (found !== null) report(evaluateManagedPolicy(found.name, found.at, iamOptions));
      }
    });
  }

  /**
   * `aws.iam.ManagedPolicy.AdministratorAccess` (Pulumi's enum of AWS managed policy ARNs; `aws.iam.AdministratorAccess`
   * in its oldest releases), written there or bound to a constant: its name, on the member when it is written `within` the props, else on `fallback` (the use).
   */
  function pulumiManagedPolicy(
    value: StaticValue,
    fallback: TSESTree.Node,
    within: Range,
  ): { name: string; at: Range } | null {
    const written = value.node === null ? fallback : skipTypeWrappers(value.node);
    const node = written.type === AST_NODE_TYPES.Identifier ? resolveBoundExpression(written, sourceCode) : written;
    if (node.type !== AST_NODE_TYPES.MemberExpression) return null;
    const path = pulumiAwsPath(node, sourceCode) ?? [];
    if (path[0] !== 'iam') return null;
    // `ManagedPolicies` is the enum's older name; the oldest releases exported each ARN on `aws.iam` itself
    // (`aws.iam.AmazonS3FullAccess`), judged by its name like the enum's members
    const name =
      path.length === 3 && (path[1] === 'ManagedPolicy' || path[1] === 'ManagedPolicies')
        ? path[2]
        : path.length === 2 && /^[A-Z]/u.test(path[1]!)
          ? path[1]
          : undefined;
    if (name === undefined) return null;
    return { name, at: inside(node.range, within) ? node.range : fallback.range };
  }

  function onCdkNew(node: TSESTree.NewExpression, api: Extract<AwsApi, { family: 'cdk' }>): void {
    if (api.path.length !== 1 || api.submodule === null) return;
    if (isCdk(api, 'aws-iam', ['PolicyStatement'])) {
      statementRecord(node);
      return;
    }
    if (isCdk(api, 'aws-opensearchservice', ['Domain']) || isCdk(api, 'aws-elasticsearch', ['Domain'])) {
      onSearchDomain(node);
      return;
    }
    if (isCdk(api, 'aws-s3', ['Bucket'])) {
      onBucket(node);
      return;
    }
    if (isCdk(api, 'aws-iam', ['PolicyDocument'])) {
      if (isOpenRestApiPolicy(node)) openApiPolicies.add(node);
      const props = node.arguments[0];
      if (props === undefined) return;
      const value = getStaticValue(props, sourceCode);
      const list = value.kind === 'object' ? property(value, 'statements')?.value : undefined;
      if (list?.kind !== 'array') return;
      const nodes = list.elements.map((element) => element.node);
      // `new ec2.CfnVPCEndpoint(…, { policyDocument: new iam.PolicyDocument({ statements }) })`
      if (isEndpointPolicyDocument(node)) markEndpointStatements(nodes.filter((item) => item !== null));
      else groupStatements(nodes, node);
      return;
    }
    if (STEP_FUNCTIONS_SDK_TASKS.some((name) => isCdk(api, 'aws-stepfunctions-tasks', [name]))) {
      const statement = build.sdkTaskStatement(node);
      if (statement !== null) report(evaluateStatement(statement, iamOptions));
      return;
    }
    if (isCdk(api, 'custom-resources', ['AwsCustomResource'])) {
      const statement = build.customResourceStatement(node);
      if (statement !== null) report(evaluateStatement(statement, iamOptions));
      return;
    }
    if (isCdk(api, 'aws-iam', ['User']) || isCdk(api, 'aws-iam', ['Group'])) {
      const props = node.arguments[2];
      const value = props === undefined ? null : getStaticValue(props, sourceCode);
      if (props !== undefined && value?.kind === 'object') reportManagedPolicyObjects(value, props);
      return;
    }
    if (isCdk(api, 'aws-iam', ['Role'])) {
      const props = node.arguments[2];
      if (props === undefined) return;
      const value = getStaticValue(props, sourceCode);
      if (value.kind !== 'object') return;
      reportManagedPolicyObjects(value, props);
      const assumedBy = property(value, 'assumedBy');
      if (assumedBy === undefined) return;
      const used = usedNode(assumedBy, props);
      const principals = build.cdkPrincipals(writtenNode(assumedBy, used), used.range, node.range);
      for (const principal of principals.known) {
        report(evaluatePrincipalGrant(principal, undefined, iamOptions, { trust: true }));
      }
      return;
    }
    const sink = CFN_SINKS[`${api.submodule}/${api.export ?? ''}`];
    const props = node.arguments[2];
    if (sink === undefined || props === undefined) return;
    const value = getStaticValue(props, sourceCode, { parseJson: true });
    if (value.kind !== 'object') return;
    for (const [name, trust] of sink.documents ?? []) {
      const document = property(value, name);
      if (document !== undefined) reportDocument(document.value, trust, false, sink.keyPolicy === true);
    }
    if (sink.inlinePolicies !== undefined) {
      const policies = property(value, sink.inlinePolicies)?.value;
      if (policies?.kind === 'array') {
        for (const policy of policies.elements.slice(0, MAX_STATEMENTS)) {
          if (policy.kind !== 'object') continue;
          const document = property(policy, 'policyDocument');
          if (document !== undefined) reportDocument(document.value, false, false);
        }
      }
    }
    if (sink.managedArns !== undefined) {
      const arns = property(value, sink.managedArns);
      if (arns?.value.kind === 'array') {
        const used = usedNode(arns, props);
        arns.value.elements.slice(0, MAX_ELEMENTS).forEach((written, index) => {
          reportManagedArnValues(written, build.elementFallback(used, index), props.range);
        });
      }
    }
    const samPolicies = sink.samPolicies === undefined ? undefined : property(value, sink.samPolicies);
    if (samPolicies !== undefined) {
      reportManagedPolicyList(samPolicies.value, usedNode(samPolicies, props), props.range, true);
    }
    if (sink.permission !== undefined) reportPermission(value, sink.permission);
  }

  /** A Lambda (layer) permission's props: a public `principal` unless a scoping prop narrows it. */
  function reportPermission(value: ObjectValue, scoping: Readonly<Record<string, string>>): void {
    const principal = property(value, 'principal');
    if (principal === undefined || principal.value.kind !== 'string') return;
    const within = value.node.range;
    const at = build.stringRange(principal.value, within, usedNode(principal, value.node));
    report(
      evaluatePrincipalGrant(
        { value: principal.value.value, public: principal.value.value === '*', at },
        build.scopingProps(value, scoping),
        iamOptions,
      ),
    );
  }

  function onSdkSink(sink: SdkSink, input: TSESTree.Node): void {
    const value = getStaticValue(input, sourceCode, { parseJson: true });
    if (value.kind !== 'object') return;
    if (sink.kind === 'document') {
      if (sink.when !== undefined) {
        const guard = property(value, sink.when[0])?.value;
        if (guard?.kind !== 'string' || guard.value !== sink.when[1]) return;
      }
      let document: StaticProperty | undefined;
      let owner: StaticValue = value;
      for (const key of sink.field.split('.')) {
        document = owner.kind === 'object' ? property(owner, key) : undefined;
        if (document === undefined) return;
        owner = document.value;
      }
      if (document !== undefined) reportDocument(document.value, sink.trust === true, false, sink.keyPolicy === true);
      return;
    }
    if (sink.kind === 'managedArn') {
      const arn = property(value, sink.field);
      if (arn === undefined) return;
      reportManagedArnValues(arn.value, usedNode(arn, value.node), value.node.range);
      return;
    }
    const principal = property(value, 'Principal');
    if (principal === undefined || principal.value.kind !== 'string') return;
    const at = build.stringRange(principal.value, value.node.range, usedNode(principal, value.node));
    report(
      evaluatePrincipalGrant(
        { value: principal.value.value, public: principal.value.value === '*', at },
        build.scopingProps(value, sink.scoping),
        iamOptions,
      ),
    );
  }

  function onCall(node: TSESTree.CallExpression): void {
    const callee = skipTypeWrappers(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const method = getPropertyName(callee);
    if (method === null) return;
    if (DOCUMENT_METHODS.has(method)) {
      onDocumentMethod(node, method, callee);
      return;
    }
    if (method === 'addToPolicy') {
      const endpoint = vpcEndpointOf(callee.object);
      if (endpoint !== null) {
        markEndpointStatements(node.arguments, endpoint === 'named' ? NAMED_ENDPOINT_POLICY : ENDPOINT_POLICY);
        return;
      }
    }
    // `fn.addPermission(…)` on a CDK function, alias, version or `Function.fromFunctionArn(…)`.
    if (LAMBDA_METHODS.has(method) && resolveLambdaFunction(callee.object, sourceCode) !== null) {
      onLambdaPermission(node, method);
      return;
    }
    if (method === 'addPermission' && isLayerVersion(callee.object)) {
      onLayerPermission(node);
      return;
    }
    if (STATEMENT_METHODS.has(method) || SDK_METHODS.has(method)) {
      const instance = instanceOf(callee.object);
      if (instance !== null) {
        onInstanceCall(node, method, instance.ref, instance.creation);
      } else if (STATEMENT_METHODS.has(method)) {
        // `const s = PolicyStatement.fromJson(…); s.addActions(…)`
        const json = statementFromJsonCall(callee.object);
        if (json !== null) jsonChangesOf(json).calls.push({ method, call: node });
      } else if (method === 'addPermission' && node.arguments.length >= 2 && mayBeCdkFunction(callee.object)) {
        // `props.fn.addPermission('Public', { principal: new iam.AnyPrincipal() })` on a function received from
        // elsewhere: CDK's own public principal class proves the call is a CDK permission
        onLambdaPermission(node, method, true);
      }
      return;
    }
    if (method === 'grantPublicAccess') {
      onGrantPublicAccess(node, callee);
      return;
    }
    if (method.startsWith('grant')) {
      onGrant(node, method, callee);
      return;
    }
    if (method === 'addManagedPolicy') {
      onAddManagedPolicy(node, callee);
      return;
    }
    if (!CDK_STATICS.has(method)) return;
    const api = cdkApi(resolveCallee(node, sourceCode));
    if (api === null) return;
    if (isCdk(api, 'aws-iam', ['PolicyStatement', 'fromJson'])) {
      const json = node.arguments[0];
      if (json === undefined) return;
      const value = getStaticValue(json, sourceCode, { parseJson: true });
      if (value.kind !== 'object') return;
      // A statement changed after it is built in a way the rule does not read (`s.foo()` on the variable holding
      // it) is not what the JSON and the `add*` calls say: unknown, quiet
      if (isChangedLater(node)) return;
      // Read at the end, with what later code adds to it and the other statements of its document (a Deny there
      // may guard it)
      jsonStatements.set(node, value);
    } else if (isCdk(api, 'aws-iam', ['PolicyDocument', 'fromJson'])) {
      const json = node.arguments[0];
      if (json === undefined) return;
      reportDocument(getStaticValue(json, sourceCode, { parseJson: true }), false, false, () =>
        isKeyPolicyDocument(node),
      );
    } else if (isCdk(api, 'aws-iam', ['ManagedPolicy', 'fromAwsManagedPolicyName'])) {
      const name = node.arguments[0];
      if (name === undefined || isPermissionsBoundary(node)) return;
      // `POLICY_NAMES.map((name) => ManagedPolicy.fromAwsManagedPolicyName(name))`: each name
      for (const value of possibleValues(getStaticValue(name, sourceCode))) {
        if (value.kind !== 'string') continue;
        report(evaluateManagedPolicy(value.value, build.stringRange(value, node.range, name), iamOptions));
      }
    } else if (isCdk(api, 'aws-iam', ['ManagedPolicy', 'fromManagedPolicyArn'])) {
      const arn = node.arguments[2];
      if (arn !== undefined && !isPermissionsBoundary(node)) reportManagedArn(arn, node.range);
    } else if (GRANT_METHODS.has(method) && isCdk(api, 'aws-iam', ['Grant', method])) {
      const statement = build.grantStatement(node);
      if (statement !== null) report(evaluateStatement(statement, iamOptions));
    }
  }

  /** `doc.addStatements(a, b)` on a PolicyDocument; `bucket.addToResourcePolicy(a)` on one variable. */
  function onDocumentMethod(
    node: TSESTree.CallExpression,
    method: string,
    callee: TSESTree.MemberExpression,
  ): void {
    let group: PolicyGroup | null = null;
    if (method === 'addStatements') {
      const instance = instanceOf(callee.object);
      if (instance !== null && isCdk(awsApi(instance.ref), 'aws-iam', ['PolicyDocument'])) group = instance.creation;
    } else {
      const receiver = skipTypeWrappers(callee.object);
      const key = kmsKeyOf(receiver);
      // An undeclared global (`bucket` in a snippet) is one binding too: group by its name.
      if (receiver.type === AST_NODE_TYPES.Identifier) {
        group = findVariableOf(receiver, sourceCode) ?? `global:${receiver.name}`;
      } else if (key !== null) {
        // `this.key.addToResourcePolicy(…)`: grouped by the key's creation, or by this call for a key known only by
        // its declared type
        group = key === true ? node : key;
      }
      if (group !== null && key !== null) keyPolicyGroups.add(group);
    }
    if (group !== null) groupStatements(node.arguments, group);
  }

  function onInstanceCall(
    node: TSESTree.CallExpression,
    method: string,
    ref: ModuleRef,
    creation: TSESTree.NewExpression,
  ): void {
    const api = awsApi(ref);
    if (api === null) return;
    if (STATEMENT_METHODS.has(method) && isCdk(api, 'aws-iam', ['PolicyStatement'])) {
      statementRecord(creation).calls.push({ method, call: node });
      return;
    }
    const sink = clientSink(api, method);
    const input = node.arguments[0];
    if (sink !== undefined && input !== undefined) onSdkSink(sink, input);
  }

  /**
   * A CDK KMS key: `new kms.Key(…)` (through variables and stack members: the creation), or a name declared
   * `kms.Key` / `kms.IKey` (true); else null.
   */
  function kmsKeyOf(node: TSESTree.Node): TSESTree.NewExpression | true | null {
    const instance = instanceOf(node);
    if (instance !== null) return isCdk(awsApi(instance.ref), 'aws-kms', ['Key']) ? instance.creation : null;
    const typeRefs = declaredTypeRefs(node, sourceCode);
    if (typeRefs === null || typeRefs.length === 0) return null;
    const declared = typeRefs.every((ref) => {
      const api = awsApi(ref);
      return KMS_KEY_TYPES.some((name) => isCdk(api, 'aws-kms', [name]));
    });
    return declared ? true : null;
  }

  /**
   * Are the statements of `group` in a KMS key's policy: added to a key, or in a `new PolicyDocument(…)` given so?
   */
  function isKeyPolicyGroup(group: PolicyGroup): boolean {
    if (keyPolicyGroups.has(group)) return true;
    return isNewExpression(group) && isKeyPolicyDocument(group);
  }

  /**
   * Is the policy written at `node` certainly a KMS key policy: wherever it goes (see `flowsOnlyTo`; a CDK document
   * may also get `addStatements`), it is given as one (`isKeyPolicyValue`)?
   */
  /**
   * `{ PolicyDocument: node }` among the `Policies` of an `AWS::IAM::Role` in a CloudFormation template (a Serverless
   * Framework `resources` block, a template written in code) whose `AssumeRolePolicyDocument` lets only Amazon
   * Cognito (`cognito-idp.amazonaws.com`) assume it: a user pool's SMS role (see `PolicyContext.cognitoSmsRole`).
   */
  function isCognitoSmsRolePolicy(node: TSESTree.Node): boolean {
    const holder = outermostTypeWrapper(node).parent;
    if (holder?.type !== AST_NODE_TYPES.Property || getPropertyName(holder) !== 'PolicyDocument') return false;
    const list = outermostTypeWrapper(holder.parent).parent;
    if (list?.type !== AST_NODE_TYPES.ArrayExpression) return false;
    const policies = outermostTypeWrapper(list).parent;
    if (policies?.type !== AST_NODE_TYPES.Property || getPropertyName(policies) !== 'Policies') return false;
    if (templateResourceType(policies, sourceCode) !== 'AWS::IAM::Role') return false;
    const props = policies.parent;
    if (props.type !== AST_NODE_TYPES.ObjectExpression) return false;
    for (const member of props.properties) {
      if (member.type !== AST_NODE_TYPES.Property || getPropertyName(member) !== 'AssumeRolePolicyDocument') continue;
      return trustsOnlyCognito(getStaticValue(member.value, sourceCode, { parseJson: true }));
    }
    return false;
  }

  /**
   * `new iam.Role(scope, id, { assumedBy: new iam.ServicePrincipal('cognito-idp.amazonaws.com') })` at `node`, in
   * place or through a name: a role only Amazon Cognito assumes, as a user pool's SMS role is (see
   * `PolicyContext.cognitoSmsRole`). Not in a file that touches any role's trust policy (`role.assumeRolePolicy?.
   * addStatements(…)` may let others in), nor with props the rule cannot read whole (a spread).
   */
  function isCognitoTrustedRole(node: TSESTree.Node): boolean {
    if (sourceCode.text.includes('assumeRolePolicy')) return false;
    const instance = instanceOf(node);
    if (instance === null || !isCdk(awsApi(instance.ref), 'aws-iam', ['Role'])) return false;
    const props = instance.creation.arguments[2];
    const object = props === undefined ? null : skipTypeWrappers(props);
    if (object?.type !== AST_NODE_TYPES.ObjectExpression) return false;
    let trusted = false;
    for (const member of object.properties) {
      if (member.type !== AST_NODE_TYPES.Property) return false;
      if (getPropertyName(member) !== 'assumedBy') continue;
      const principal = skipTypeWrappers(member.value);
      if (principal.type !== AST_NODE_TYPES.NewExpression) return false;
      if (!isCdk(calleeAwsApi(principal, sourceCode), 'aws-iam', ['ServicePrincipal'])) return false;
      const service = principal.arguments[0];
      trusted = service !== undefined && getStaticString(service, sourceCode) === COGNITO_SERVICE;
    }
    return trusted;
  }

  /**
   * A CDK `new PolicyDocument(…)` given only as an inline policy of Cognito SMS roles (`inlinePolicies: { sms: doc }`),
   * or as the `document` of a `new iam.Policy(…)` attached only to them.
   */
  function isCognitoRoleDocument(group: PolicyGroup): boolean {
    return (
      isNewExpression(group) &&
      !isExportedDeclaration(group) &&
      flowsOnlyTo(group, (value) => {
        if (isPropOfCognitoRolePolicy(value, 'document')) return true;
        const entry = value.parent;
        if (entry?.type !== AST_NODE_TYPES.Property || entry.value !== value) return false;
        const policies = outermostTypeWrapper(entry.parent).parent;
        if (policies?.type !== AST_NODE_TYPES.Property || getPropertyName(policies) !== 'inlinePolicies') return false;
        const props = outermostTypeWrapper(policies.parent);
        const creation = props.parent;
        return creation?.type === AST_NODE_TYPES.NewExpression && creation.arguments[2] === props && isCognitoTrustedRole(creation);
      })
    );
  }

  /**
   * A CDK statement (`new PolicyStatement(…)`) only ever added to Cognito SMS roles: `smsRole.addToPolicy(statement)`,
   * or in a `new iam.Policy(…)` attached only to them (`statements: [statement]`, `policy.addStatements(statement)`).
   */
  function isAddedOnlyToCognitoRole(creation: TSESTree.NewExpression): boolean {
    // Another module may add an exported statement to any policy
    if (isExportedDeclaration(creation)) return false;
    return flowsOnlyTo(creation, (value) => {
      const holder = value.parent;
      if (holder?.type === AST_NODE_TYPES.ArrayExpression) return isPropOfCognitoRolePolicy(holder, 'statements');
      if (holder?.type !== AST_NODE_TYPES.CallExpression || !holder.arguments.includes(value as TSESTree.Expression)) {
        return false;
      }
      const callee = skipTypeWrappers(holder.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const method = getPropertyName(callee);
      if (method === 'addStatements') {
        const policy = instanceOf(callee.object)?.creation;
        return policy !== undefined && isCognitoRolePolicy(policy);
      }
      return (
        holder.arguments[0] === value &&
        (method === 'addToPolicy' || method === 'addToPrincipalPolicy') &&
        isCognitoTrustedRole(callee.object)
      );
    });
  }

  /** `value` is the `name` prop (`statements`, `document`) of a `new iam.Policy(…)` attached only to Cognito SMS roles. */
  function isPropOfCognitoRolePolicy(value: TSESTree.Node, name: string): boolean {
    const entry = outermostTypeWrapper(value).parent;
    if (entry?.type !== AST_NODE_TYPES.Property || entry.value !== outermostTypeWrapper(value)) return false;
    if (getPropertyName(entry) !== name) return false;
    const props = outermostTypeWrapper(entry.parent);
    const creation = props.parent;
    return (
      creation?.type === AST_NODE_TYPES.NewExpression && creation.arguments[2] === props && isCognitoRolePolicy(creation)
    );
  }

  /**
   * A CDK `new iam.Policy(…)` attached to Cognito SMS roles (`isCognitoTrustedRole`) and to nothing else: by `roles:
   * [smsRole]` in its props, `smsRole.attachInlinePolicy(policy)` or `policy.attachToRole(smsRole)`; no `users` or
   * `groups`, no props the rule cannot read whole, no other use of the policy than these and `addStatements`.
   */
  function isCognitoRolePolicy(creation: TSESTree.NewExpression): boolean {
    if (!isCdk(calleeAwsApi(creation, sourceCode), 'aws-iam', ['Policy'])) return false;
    // Another module may attach an exported policy to anyone
    if (isExportedDeclaration(creation)) return false;
    let attached = false;
    const props = creation.arguments[2];
    if (props !== undefined) {
      const object = skipTypeWrappers(props);
      if (object.type !== AST_NODE_TYPES.ObjectExpression) return false;
      for (const member of object.properties) {
        if (member.type !== AST_NODE_TYPES.Property) return false;
        const name = getPropertyName(member);
        // A computed key may be `users` or `groups`
        if (name === null || name === 'users' || name === 'groups') return false;
        if (name !== 'roles') continue;
        const roles = skipTypeWrappers(member.value);
        if (roles.type !== AST_NODE_TYPES.ArrayExpression || roles.elements.length === 0) return false;
        for (const role of roles.elements) {
          if (role === null || role.type === AST_NODE_TYPES.SpreadElement || !isCognitoTrustedRole(role)) return false;
        }
        attached = true;
      }
    }
    const onlyAttachedToCognitoRoles = isUsedOnlyAs(creation, sourceCode, (value) => {
      const call = value.parent;
      // Written where it is made and not bound: its props say where it goes
      if (call?.type === AST_NODE_TYPES.ExpressionStatement) return true;
      if (call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === value) {
        const callee = skipTypeWrappers(call.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === 'attachInlinePolicy') {
          return (attached = isCognitoTrustedRole(callee.object));
        }
      }
      const attach = memberCall(value, 'attachToRole');
      if (attach !== null) {
        const role = attach.arguments[0];
        return (attached = role !== undefined && isCognitoTrustedRole(role));
      }
      return memberCall(value, 'addStatements') !== null || isConstructTreeUse(value);
    });
    return onlyAttachedToCognitoRoles && attached;
  }

  /**
   * A use of a CDK construct that grants nothing: handed to the construct tree's `node.addDependency(…)` (deployment
   * order) or to a suppression of a rule checker (`NagSuppressions.addResourceSuppressions(policy, …)`), or its
   * CloudFormation resource (`policy.node.defaultChild`, in place or through a const) only given such suppressions
   * or metadata (`addCfnNagSuppressRules(cfnPolicy, …)`, `cfnPolicy.addMetadata(…)`), never changed.
   */
  function isConstructTreeUse(value: TSESTree.Node): boolean {
    if (isSuppressionArgument(value)) return true;
    const node = value.parent;
    if (node?.type === AST_NODE_TYPES.CallExpression && node.callee !== value) {
      const callee = skipTypeWrappers(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'addDependency') return false;
      const tree = skipTypeWrappers(callee.object);
      return tree.type === AST_NODE_TYPES.MemberExpression && getPropertyName(tree) === 'node';
    }
    if (node?.type !== AST_NODE_TYPES.MemberExpression || node.object !== value) return false;
    if (getPropertyName(node) !== 'node') return false;
    const child = node.parent;
    if (child?.type !== AST_NODE_TYPES.MemberExpression || child.object !== node || getPropertyName(child) !== 'defaultChild') {
      return false;
    }
    return isUsedOnlyAs(
      child,
      sourceCode,
      (resource) => isSuppressionArgument(resource) || memberCall(resource, 'addMetadata') !== null,
    );
  }

  /** `value` is the first argument of a call named as a suppression (`addCfnNagSuppressRules`, `NagSuppressions.add…`). */
  function isSuppressionArgument(value: TSESTree.Node): boolean {
    const call = value.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== value) return false;
    const callee = skipTypeWrappers(call.callee);
    const name =
      callee.type === AST_NODE_TYPES.Identifier
        ? callee.name
        : callee.type === AST_NODE_TYPES.MemberExpression
          ? (getPropertyName(callee) ?? '')
          : '';
    return /suppress/iu.test(name);
  }

  function isKeyPolicyDocument(node: TSESTree.Node, depth = 0): boolean {
    let given = false;
    const used = flowsOnlyTo(node, (value) => {
      if (isKeyPolicyValue(value, depth)) return (given = true);
      return memberCall(value, 'addStatements') !== null;
    });
    return used && given;
  }

  /**
   * `value` is given as a KMS key policy: the `policy` of a CDK `kms.Key`, the `keyPolicy` of a `CfnKey` /
   * `CfnReplicaKey`, the `policy` of a Pulumi KMS key resource (`aws.kms.Key`, `aws.kms.KeyPolicy`, …), the `Policy`
   * of an SDK `PutKeyPolicy` / `CreateKey` input, the `KeyPolicy` of an `AWS::KMS::Key` / `AWS::KMS::ReplicaKey` in a
   * CloudFormation template; or what `JSON.stringify`, `pulumi.jsonStringify` or `PolicyDocument.fromJson` make of it
   * is.
   */
  function isKeyPolicyValue(value: TSESTree.Node, depth: number): boolean {
    const parent = value.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === value) {
      return depth < MAX_FLOW_DEPTH && isDocumentConversion(parent) && isKeyPolicyDocument(parent, depth + 1);
    }
    if (parent?.type !== AST_NODE_TYPES.Property || parent.value !== value) return false;
    const props = parent.parent;
    if (props.type !== AST_NODE_TYPES.ObjectExpression) return false;
    const name = getPropertyName(parent);
    if (name === 'KeyPolicy') return KEY_POLICY_RESOURCE_TYPES.has(templateResourceType(parent, sourceCode) ?? '');
    if (name === 'Policy') return isUsedOnlyAs(props, sourceCode, isSdkKeyPolicyInput);
    if (name !== 'policy' && name !== 'keyPolicy') return false;
    return isUsedOnlyAs(props, sourceCode, (used) => isKeyProps(used, name));
  }

  /** `JSON.stringify(x)`, `pulumi.jsonStringify(x)`, `PolicyDocument.fromJson(x)`: the policy as text or CDK's. */
  function isDocumentConversion(call: TSESTree.CallExpression): boolean {
    const callee = skipTypeWrappers(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === 'stringify') {
      const object = skipTypeWrappers(callee.object);
      if (object.type === AST_NODE_TYPES.Identifier && object.name === 'JSON') {
        return isGlobalIdentifier(object, sourceCode);
      }
    }
    if (isPulumiJsonStringify(callee, sourceCode)) return true;
    return isCdk(cdkApi(resolveCallee(call, sourceCode)), 'aws-iam', ['PolicyDocument', 'fromJson']);
  }

  /** The input of an SDK call that writes a key policy: `new PutKeyPolicyCommand(input)`, `kms.createKey(input)`. */
  function isSdkKeyPolicyInput(input: TSESTree.Node): boolean {
    const call = input.parent;
    if (call?.type === AST_NODE_TYPES.NewExpression && call.arguments[0] === input) {
      return isKeyPolicySink(commandSink(calleeAwsApi(call, sourceCode)));
    }
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== input) return false;
    const callee = skipTypeWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const method = getPropertyName(callee);
    if (method === null || !SDK_METHODS.has(method)) return false;
    const instance = instanceOf(callee.object);
    return instance !== null && isKeyPolicySink(clientSink(awsApi(instance.ref), method));
  }

  /** `props` are the props of a construct or resource whose `name` prop is its key policy (see isKeyPolicyValue). */
  function isKeyProps(props: TSESTree.Node, name: 'policy' | 'keyPolicy'): boolean {
    const creation = props.parent;
    if (creation?.type !== AST_NODE_TYPES.NewExpression) return false;
    if (creation.arguments[2] === props) {
      const api = calleeAwsApi(creation, sourceCode);
      if (api?.family !== 'cdk') return false;
      if (name === 'policy') return isCdk(api, 'aws-kms', ['Key']);
      return CDK_KEY_POLICY_CLASSES.some((construct) => isCdk(api, 'aws-kms', [construct]));
    }
    if (creation.arguments[1] !== props || name !== 'policy' || !pulumi) return false;
    const path = pulumiAwsPath(creation.callee, sourceCode);
    return path !== null && path.length === 2 && path[0] === 'kms' && PULUMI_KEY_POLICY_RESOURCES.has(path[1]!);
  }

  /** `new lambda.LayerVersion(…)` (through variables and stack members). */
  function isLayerVersion(node: TSESTree.Node): boolean {
    const instance = instanceOf(node);
    return instance !== null && isCdk(awsApi(instance.ref), 'aws-lambda', ['LayerVersion']);
  }

  /**
   * `layer.addPermission(id, { accountId: '*' })`: every AWS account may use the layer, unless `organizationId`
   * scopes it (as `CfnLayerVersionPermission` with `principal: '*'`).
   */
  function onLayerPermission(node: TSESTree.CallExpression): void {
    const props = node.arguments[1];
    if (props === undefined || props.type === AST_NODE_TYPES.SpreadElement) return;
    const value = getStaticValue(props, sourceCode);
    if (value.kind !== 'object') return;
    const account = property(value, 'accountId');
    if (account === undefined || account.value.kind !== 'string') return;
    const at = build.stringRange(account.value, value.node.range, usedNode(account, value.node));
    report(
      evaluatePrincipalGrant(
        { value: account.value.value, public: account.value.value === '*', at },
        build.scopingProps(value, { organizationId: 'aws:PrincipalOrgID' }),
        iamOptions,
      ),
    );
  }

  /**
   * `new s3.Bucket(this, 'Site', { publicReadAccess: true })`: CDK adds `s3:GetObject` on every object for
   * `AnyPrincipal` to the bucket's policy (`grantPublicAccess()`), as a statement written out would.
   */
  function onBucket(node: TSESTree.NewExpression): void {
    const props = node.arguments[2];
    if (props === undefined || props.type === AST_NODE_TYPES.SpreadElement) return;
    const value = getStaticValue(props, sourceCode);
    const publicRead = value.kind === 'object' ? property(value, 'publicReadAccess') : undefined;
    if (publicRead === undefined || publicRead.value.kind !== 'boolean' || !publicRead.value.value) return;
    const at = usedNode(publicRead, props);
    const principal = { value: '*', label: 'publicReadAccess: true', public: true, at: at.range };
    report(evaluatePrincipalGrant(principal, undefined, iamOptions));
  }

  /**
   * `bucket.grantPublicAccess()` (`'*'` objects, or a key prefix; `s3:GetObject` or the actions given): CDK grants
   * them to `AnyPrincipal` in the bucket's policy. On a bucket the file makes or imports (`new s3.Bucket(…)`,
   * `Bucket.fromBucketName(…)`), or one received from elsewhere (a parameter, a prop typed with an import, an
   * untyped name) in a file that imports CDK's S3 module: no other construct has this method.
   */
  function onGrantPublicAccess(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression): void {
    const receiver = skipTypeWrappers(boundValue(callee.object));
    const instance = resolveInstance(receiver, sourceCode);
    // `new s3.Bucket(…)`, or a static factory's answer (`Bucket.fromBucketName(…)`)
    const made = instance?.ref ?? (receiver.type === AST_NODE_TYPES.CallExpression ? resolveCallee(receiver, sourceCode) : null);
    const api = made === null ? null : cdkApi(made);
    const text = sourceCode.text;
    const bucket =
      api !== null
        ? api.submodule === 'aws-s3'
        : instance === null &&
          // `this.grantPublicAccess()` is a class of buckets granting what its props ask (CDK's own `Bucket`)
          receiver.type !== AST_NODE_TYPES.ThisExpression &&
          (text.includes('aws-s3') || text.includes('aws_s3')) &&
          mayBeCdkConstruct(callee.object);
    if (!bucket) return;
    const principal = { value: '*', label: 'grantPublicAccess()', public: true, at: callee.property.range };
    report(evaluatePrincipalGrant(principal, undefined, iamOptions));
  }

  /**
   * A CDK construct's grant method (`queue.grantSendMessages(p)`, `bucket.grantRead(p)`, `table.grant(p, …)`):
   * handed a public principal (`new AnyPrincipal()`), it writes a resource-policy statement anyone matches; `grant`
   * on a CDK construct gives the grantee the listed actions on it (a service wildcard is one).
   */
  function onGrant(node: TSESTree.CallExpression, method: string, callee: TSESTree.MemberExpression): void {
    const grantee = node.arguments[0];
    if (grantee === undefined || grantee.type === AST_NODE_TYPES.SpreadElement) return;
    // A public principal is a CDK principal class, named in the file (CDK's own code grants a lot)
    if (mentionsPrincipal()) {
      for (const known of build.cdkPrincipals(grantee, grantee.range, node.range).known) {
        if (known.public) report(evaluatePrincipalGrant(known, undefined, iamOptions));
      }
    }
    if (method === 'grantFullAccess') {
      onGrantFullAccess(node, callee);
      return;
    }
    if (method !== 'grant' || node.arguments.length < 2) return;
    const action: IamElementList<Range> = { known: [], hasUnknown: false };
    for (const argument of node.arguments.slice(1)) {
      const written = argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument;
      mergeList(action, build.stringList(getStaticValue(written, sourceCode), node.range, written, null, 'action'));
    }
    const findings = evaluateStatement({ effect: 'allow', action }, iamOptions);
    // Only a CDK construct's `grant` gives these actions (the receiver is looked up last: it costs the most)
    if (findings.length === 0) return;
    if (isCdkReceiver(callee.object)) report(findings);
  }

  /**
   * `table.grantFullAccess(fn)` on a CDK DynamoDB table (`Table`, `TableV2`: a construct of `aws-dynamodb`, made here or
   * typed so; only the tables have the method): CDK gives the
   * grantee `dynamodb:*` on the table and its indexes, reported at the method's name.
   */
  function onGrantFullAccess(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression): void {
    if (node.arguments.length !== 1 || node.arguments[0]!.type === AST_NODE_TYPES.SpreadElement) return;
    const action: IamElementList<Range> = {
      known: [{ value: DYNAMODB_FULL_ACCESS, at: callee.property.range }],
      hasUnknown: false,
    };
    const findings = evaluateStatement({ effect: 'allow', action }, iamOptions);
    if (findings.length === 0) return;
    if (isCdkReceiver(callee.object, (api) => api.submodule === 'aws-dynamodb')) report(findings);
  }

  /**
   * Is `receiver` a CDK construct `accept` takes: one the file makes, or one from elsewhere
   * (`isCdkConstructFromElsewhere`)? Looked up last by callers: it costs the most.
   */
  function isCdkReceiver(
    receiver: TSESTree.Node,
    accept: (api: Extract<AwsApi, { family: 'cdk' }>) => boolean = () => true,
  ): boolean {
    const instance = instanceOf(receiver);
    if (instance === null) return isCdkConstructFromElsewhere(receiver, accept);
    const api = cdkApi(instance.ref);
    return api !== null && accept(api);
  }

  /**
   * A CDK construct the file did not make: one a static factory answers (`Table.fromTableName(…)`), or a name or
   * member declared with CDK types only (`table: dynamodb.ITable`, `props.queue` of an interface whose `queue` is
   * `sqs.IQueue`). An untyped name stays unknown: `grant(user, '*')` is also an access-control library's call.
   */
  function isCdkConstructFromElsewhere(
    receiver: TSESTree.Node,
    accept: (api: Extract<AwsApi, { family: 'cdk' }>) => boolean = () => true,
  ): boolean {
    const value = skipTypeWrappers(boundValue(receiver));
    const accepted = (ref: ModuleRef | null): boolean => {
      const api = cdkApi(ref);
      return api !== null && accept(api);
    };
    if (value.type === AST_NODE_TYPES.CallExpression) return accepted(resolveCallee(value, sourceCode));
    const types = declaredTypeRefs(receiver, sourceCode);
    return types !== null && types.length > 0 && types.every(accepted);
  }

  /**
   * Could `node` be a CDK function received from elsewhere: a name without a type, or typed with an import
   * (`fn: lambda.IFunction`), not with a type of the file's own (`{ addPermission(…): void }`)?
   */
  function mayBeCdkFunction(node: TSESTree.Node): boolean {
    return mentionsPrincipal() && mayBeCdkConstruct(node);
  }

  /**
   * Could `node` be a CDK construct received from elsewhere: a name without a type, or typed with an import
   * (`bucket: s3.IBucket`), not with a type of the file's own?
   */
  function mayBeCdkConstruct(node: TSESTree.Node): boolean {
    const target = skipTypeWrappers(node);
    if (target.type !== AST_NODE_TYPES.Identifier) return true;
    const variable = findVariableOf(target, sourceCode);
    const definition = variable?.defs[0];
    if (definition === undefined) return true;
    const name = definition.name as TSESTree.Node;
    const annotation = name.type === AST_NODE_TYPES.Identifier ? name.typeAnnotation?.typeAnnotation : undefined;
    // `fn: any` says nothing of what the name holds, as no type does
    if (annotation === undefined || annotation.type === AST_NODE_TYPES.TSAnyKeyword) return true;
    if (annotation.type !== AST_NODE_TYPES.TSTypeReference) return false;
    return typeNameRef(annotation.typeName, sourceCode) !== null;
  }

  let principalMention: boolean | undefined;
  const mentionsPrincipal = (): boolean => (principalMention ??= mayMention(sourceCode, 'Principal'));

  function onLambdaPermission(node: TSESTree.CallExpression, method: string, publicOnly = false): void {
    if (method === 'addPermission') {
      const props = node.arguments[1];
      if (props === undefined) return;
      const value = getStaticValue(props, sourceCode);
      if (value.kind !== 'object') return;
      const principal = property(value, 'principal');
      if (principal === undefined) return;
      const used = usedNode(principal, props);
      const principals = build.cdkPrincipals(writtenNode(principal, used), used.range, node.range);
      const condition = build.scopingProps(value, {
        organizationId: 'aws:PrincipalOrgID',
        sourceAccount: 'aws:SourceAccount',
        sourceArn: 'aws:SourceArn',
      });
      for (const known of principals.known) {
        if (!publicOnly || known.public) report(evaluatePrincipalGrant(known, condition, iamOptions));
      }
      return;
    }
    // grantInvoke / grantInvokeUrl: nothing can scope the grant.
    const principal = node.arguments[0];
    if (principal === undefined || principal.type === AST_NODE_TYPES.SpreadElement) return;
    for (const known of build.cdkPrincipals(principal, principal.range, node.range).known) {
      report(evaluatePrincipalGrant(known, undefined, iamOptions));
    }
  }

  /**
   * SST v2's permissions (`'*'`, or a list whose strings are shorthands: `'s3'` is `s3:*`, `'s3:GetObject'` itself,
   * each on every resource): one finding per shorthand that grants a wildcard. Constructs in the list (`table`,
   * `[topic, 'grantPublish']`) are scoped to themselves; `new iam.PolicyStatement(…)` entries are read as CDK's.
   */
  function reportSstShorthands(node: TSESTree.Node): void {
    const value = getStaticValue(node, sourceCode);
    if (value.kind === 'string' ? value.value !== '*' : value.kind !== 'array') return;
    for (const entry of build.stringList(value, node.range, node, null, 'action').known) {
      // Not a service name (`''`, `':x'`): IAM rejects the action SST makes of it
      if (entry.partial === true || entry.value === '' || entry.value.startsWith(':')) continue;
      const action = entry.value === '*' || entry.value.includes(':') ? entry.value : `${entry.value}:*`;
      const findings = evaluateStatement(
        {
          effect: 'allow',
          action: { known: [{ value: action, at: entry.at }], hasUnknown: false },
          resource: { known: [{ value: '*', at: entry.at }], hasUnknown: false },
        },
        iamOptions,
      );
      if (findings.length === 0) continue;
      const data = { value: shown(entry.value), grant: sstGrant(shown(action), findings) };
      report([{ messageId: 'sstPermission', at: entry.at, data }]);
    }
  }

  /**
   * `permissions` of SST v3 (statements in lower case; for `sst.aws.CognitoIdentityPool`, a list of them for each
   * role) or v2 (shorthands) props, else nothing.
   */
  function onSstPermissions(node: TSESTree.Property): void {
    if (node.computed || node.value.type === AST_NODE_TYPES.AssignmentPattern) return;
    const value = getStaticValue(node.value, sourceCode);
    const lists = isSstStatementList(value) ? [value] : identityPoolStatementLists(value);
    if (lists.length > 0) {
      // v3's `{ actions, resources }`: the shape is SST's own, wherever the props are written in a file that uses
      // SST's global
      if (!referencesSstGlobal(sourceCode)) return;
      for (const list of lists) report(evaluatePolicy(build.lowerCaseStatements(list), iamOptions));
      return;
    }
    if (isSstV2PropsValue(node, sourceCode)) reportSstShorthands(node.value);
  }

  /**
   * `sst.aws.permission({ actions, resources })` (v3, a statement for a `Linkable`'s `include`); v2's
   * `fn.attachPermissions(permissions)`, `attachPermissionsToRoute(route, permissions)`, … and
   * `stack.addDefaultFunctionPermissions(permissions)`: the permissions are the last argument.
   */
  function onSstPermissionCall(node: TSESTree.CallExpression): void {
    const callee = skipTypeWrappers(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const last = node.arguments[node.arguments.length - 1];
    if (last === undefined || last.type === AST_NODE_TYPES.SpreadElement) return;
    if (getPropertyName(callee) === 'permission') {
      if (sstExport(callee, sourceCode)?.version !== 3) return;
      report(evaluatePolicy(build.lowerCaseStatements(getStaticValue(last, sourceCode)), iamOptions));
    } else if (importsSstConstructs(sourceCode)) {
      reportSstShorthands(last);
    }
  }

  /**
   * Where the file's text spells `Statement` or `Version` (sorted), or null when escapes could spell them
   * elsewhere: a key is written inside its object, so an object whose range holds neither word has no such key.
   */
  const mayHoldKeyWord = (node: TSESTree.Node): boolean => {
    if (keyWords === null) return true;
    const [start, end] = node.range;
    let low = 0;
    let high = keyWords.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (keyWords[middle]! < start) low = middle + 1;
      else high = middle;
    }
    return low < keyWords.length && keyWords[low]! < end;
  };

  const listeners: TSESLint.RuleListener = {
    ObjectExpression(node) {
      // Raw policy shape: `{ Version: '2012-10-17', Statement: … }` (no import needed).
      if (!mayHoldKeyWord(node)) return;
      let candidate = false;
      for (const member of node.properties) {
        if (member.type !== AST_NODE_TYPES.Property) continue;
        const name = getPropertyName(member);
        if (name === 'Statement' || name === 'Version') {
          candidate = true;
          break;
        }
      }
      if (
        !candidate ||
        isEndpointPolicyDocument(node) ||
        // An API Gateway authorizer's answer: in place, through a name, or returned by a function of the file
        flowsOnlyTo(node, (value) => isAuthorizerPolicyValue(value, sourceCode)) ||
        usedOnlyAs(node, (value) => isOrganizationsPolicyValue(value, sourceCode))
      ) {
        return;
      }
      // Under a key that names a policy document (CloudFormation's `PolicyDocument`), `Version` is optional
      const key = documentKeyOf(node, sourceCode, isDocumentConversion);
      const document = getStaticValue(node, sourceCode, { parseJson: true });
      reportDocument(
        document,
        key === 'AssumeRolePolicyDocument',
        key === null,
        () => isKeyPolicyDocument(node),
        () => isCognitoSmsRolePolicy(node),
      );
    },
    Literal(node) {
      // JSON text of a whole policy in a string, or at the start of a concatenation (`'{…"' + bucket + '/*"…}'`),
      // also one whose keys are written in the later pieces (`'{"Version":"2012-10-17",' + '"Statement":[…]}'`)
      if (typeof node.value !== 'string' || followsOtherText(node, sourceCode)) return;
      if (!looksLikeJsonPolicy(node.value)) {
        // A first piece that opens the object and nothing more (`'{\n' + '  "Version": …'`) starts one too
        if (!startsJsonPolicy(node.value) && node.value.trim() !== '{') return;
        const whole = concatenationOf(node, sourceCode);
        if (whole === node || !looksLikeJsonPolicy(knownText(writtenValue(whole, sourceCode, false)))) return;
      }
      const written = concatenationOf(node, sourceCode);
      reportDocument(writtenValue(written, sourceCode, true), false, true, () => isKeyPolicyDocument(written));
    },
    TemplateLiteral(node) {
      // JSON text of a whole policy in a template literal, `${…}` holes included (what the known parts prove).
      const tagged = node.parent.type === AST_NODE_TYPES.TaggedTemplateExpression ? node.parent : null;
      if (node.expressions.length > 0 && tagged !== null) {
        // `pulumi.interpolate\`{…}\`` makes the text the template would, each output in its place: read as written.
        // Another tag may do anything with the expressions
        if (!looksLikeJsonPolicy(templateText(node))) return;
        if (pulumiStringBuilder(tagged.tag, sourceCode) !== 'interpolate') return;
        reportDocument(writtenValue(concatenationOf(node, sourceCode), sourceCode, true), false, true, () =>
          isKeyPolicyDocument(concatenationOf(tagged, sourceCode)),
        );
        return;
      }
      if (!looksLikeJsonPolicy(templateText(node)) || followsOtherText(node, sourceCode)) return;
      // `String.raw\`{…}\``: read as the tag makes it (the same value a use of it elsewhere is read as, so the
      // finding is one); another tag's value is unknown, and the template is read as written
      const raw = tagged === null ? null : writtenValue(concatenationOf(tagged, sourceCode), sourceCode, true);
      const written = (): StaticValue => writtenValue(concatenationOf(node, sourceCode), sourceCode, true);
      const document = raw !== null && raw.kind !== 'unknown' ? raw : written();
      reportDocument(document, false, true, () => isKeyPolicyDocument(concatenationOf(tagged ?? node, sourceCode)));
    },
    // Selected by key name (most properties are not looked at), then by where they sit
    [STATEMENT_LIST_PROPERTY](node: TSESTree.Property) {
      if (node.value.type === AST_NODE_TYPES.AssignmentPattern) return;
      if (isServerlessStatementList(node)) {
        report(evaluatePolicy(build.statementList(getStaticValue(node.value, sourceCode)), iamOptions));
      } else if (isPulumiPolicyDocumentStatements(node, sourceCode)) {
        // Pulumi's `aws.iam.getPolicyDocument({ statements: [{ actions, resources, principals }] })`
        report(evaluatePolicy(build.lowerCaseStatements(getStaticValue(node.value, sourceCode)), iamOptions));
      }
    },
    // A statement list a module exports for a config elsewhere (`export const iamRoleStatements = [{ Effect, Action,
    // Resource }]`, imported by `serverless.ts`): in IAM's own shape, and handed to another module
    [EXPORTED_STATEMENT_LIST](node: TSESTree.VariableDeclarator | TSESTree.AssignmentExpression) {
      const value = node.type === AST_NODE_TYPES.VariableDeclarator ? node.init : node.right;
      if (value === null) return;
      // Grown through its name (`export const iamRoleStatements = []; iamRoleStatements.push({ Effect, … })`): what
      // it is written with and each statement a call adds
      const grown =
        node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type === AST_NODE_TYPES.Identifier
          ? getGrownArray(node.id, sourceCode)
          : null;
      if (!holdsIamStatementLiteral(value) && !(grown?.kind === 'array' && grown.elements.some(isIamStatementValue))) return;
      if (!isExportedValue(value, sourceCode) && !(node.type === AST_NODE_TYPES.VariableDeclarator && exportedByName(node))) return;
      report(evaluatePolicy(build.statementList(grown ?? getStaticValue(value, sourceCode)), iamOptions));
    },
    // SAM's policy documents in CDK (`sam.CfnFunction`'s `policies: [{ statement: [{ Effect, Action, … }] }]`)
    [SAM_POLICY_STATEMENT_PROPERTY](node: TSESTree.Property) {
      if (node.value.type === AST_NODE_TYPES.AssignmentPattern) return;
      // CDK for Terraform's `new DataAwsIamPolicyDocument(this, id, { statement: [{ actions, resources }] })`:
      // Terraform's statement blocks, in lower case as Pulumi's (its conditions are `condition`)
      if (cdktf && isCdktfPolicyDocumentStatement(node, sourceCode)) {
        report(evaluatePolicy(build.lowerCaseStatements(getStaticValue(node.value, sourceCode), 'condition'), iamOptions));
        return;
      }
      if (!awsCalls || !isSamPolicyDocument(node)) return;
      const value = getStaticValue(node.value, sourceCode);
      const single = value.kind === 'object' ? build.jsonStatement(value, false) : null;
      const statements = value.kind === 'object' ? (single === null ? [] : [single]) : build.statementList(value);
      report(evaluatePolicy(statements, iamOptions));
    },
    // `Policies: ['AmazonS3FullAccess']` of a SAM function in a CloudFormation template written in code
    [SAM_POLICIES_PROPERTY](node: TSESTree.Property) {
      if (node.value.type === AST_NODE_TYPES.AssignmentPattern) return;
      if (!SAM_POLICY_RESOURCE_TYPES.has(templateResourceType(node, sourceCode) ?? '')) return;
      reportManagedPolicyList(getStaticValue(node.value, sourceCode), node.value, node.range, true);
    },
    // `ManagedPolicyArns: ['arn:aws:iam::aws:policy/AmazonS3FullAccess']` of an IAM role, user or group in a
    // CloudFormation template written in code
    [IAM_MANAGED_POLICY_ARNS_PROPERTY](node: TSESTree.Property) {
      if (node.value.type === AST_NODE_TYPES.AssignmentPattern) return;
      if (!IAM_IDENTITY_RESOURCE_TYPES.has(templateResourceType(node, sourceCode) ?? '')) return;
      reportManagedPolicyList(getStaticValue(node.value, sourceCode), node.value, node.range, false);
    },
    // The Serverless Framework's `provider.iam.role.managedPolicies` and `provider.iamManagedPolicies` (ARNs)
    [SERVERLESS_MANAGED_POLICIES_PROPERTY](node: TSESTree.Property) {
      if (node.value.type === AST_NODE_TYPES.AssignmentPattern || !isServerlessManagedPolicies(node)) return;
      reportManagedPolicyList(getStaticValue(node.value, sourceCode), node.value, node.range, false);
    },
    // `policy.Statement.push({ … })` on a document the rule cannot read (made by a function of the file or another
    // module, a parameter): each statement pushed, alone
    [PUSHED_STATEMENT_CALL](node: TSESTree.CallExpression) {
      const method = node.callee as TSESTree.MemberExpression;
      const list = method.object as TSESTree.MemberExpression;
      if (method.computed || (getPropertyName(method) !== 'push' && getPropertyName(method) !== 'unshift')) return;
      const path = memberPathNames(list.object);
      // An API Gateway authorizer's answer (`policy.policyDocument.Statement.push(…)`) is not an IAM policy
      if (path === null || path.includes('policyDocument')) return;
      // A document written as a literal and bound to a name is read whole, pushes included (`getGrownMemberArray`)
      const receiver = skipTypeWrappers(list.object);
      if (receiver.type === AST_NODE_TYPES.Identifier) {
        const bound = boundInitializer(receiver, sourceCode);
        if (bound !== null && skipTypeWrappers(bound).type === AST_NODE_TYPES.ObjectExpression) return;
      }
      const trust = path.includes('AssumeRolePolicyDocument');
      const statements: IamStatement<Range>[] = [];
      for (const argument of node.arguments) {
        if (argument.type === AST_NODE_TYPES.SpreadElement) continue;
        const value = getStaticValue(argument, sourceCode);
        const statement = value.kind === 'object' ? build.jsonStatement(value, trust) : null;
        if (statement !== null) statements.push(statement);
      }
      if (statements.length > 0) report(evaluatePolicy(statements, iamOptions));
    },
    [SST_PERMISSIONS_PROPERTY]: onSstPermissions,
    [SST_PERMISSION_CALL]: onSstPermissionCall,
    NewExpression: onNew,
    CallExpression: onCall,
    AssignmentExpression(node) {
      // `statement.effect = iam.Effect.DENY`
      if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
      if (getPropertyName(node.left) !== 'effect') return;
      const instance = instanceOf(node.left.object);
      if (instance === null) {
        const json = statementFromJsonCall(node.left.object);
        if (json !== null) jsonChangesOf(json).effects.push(node.right);
        return;
      }
      if (!isCdk(awsApi(instance.ref), 'aws-iam', ['PolicyStatement'])) return;
      statementRecord(instance.creation).effects.push(node.right);
    },
    'Program:exit'() {
      const groups = new Map<PolicyGroup, IamStatement<Range>[]>();
      const join = (statement: IamStatement<Range>, group: PolicyGroup | null, creation?: TSESTree.NewExpression): void => {
        if (group === null) {
          const alone: PolicyContext = {};
          // Asked only for a statement it changes
          if (creation !== undefined && publishesSmsOnly(statement) && isAddedOnlyToCognitoRole(creation)) {
            alone.cognitoSmsRole = true;
          }
          report(evaluateStatement(statement, iamOptions, [], alone));
          return;
        }
        const members = groups.get(group);
        if (members === undefined) groups.set(group, [statement]);
        else members.push(statement);
      };
      // A statement is read in every policy it joins (the same object may be added to several); alone when it
      // joins none; not at all when its only policy is a VPC endpoint's
      const joinAll = (
        statement: IamStatement<Range>,
        memberOf: readonly PolicyGroup[],
        creation?: TSESTree.NewExpression,
      ): void => {
        // A statement with principals cannot be in an identity policy (CDK rejects it): added with `addToPolicy` to
        // a receiver named as an endpoint, it is that endpoint's policy
        const resourceStatement = statement.principal !== undefined || statement.notPrincipal !== undefined;
        const joined = resourceStatement ? memberOf : memberOf.filter((group) => group !== NAMED_ENDPOINT_POLICY);
        const policies = joined.filter((group) => group !== ENDPOINT_POLICY && group !== NAMED_ENDPOINT_POLICY);
        if (policies.length === 0) {
          if (joined.length === 0) join(statement, null, creation);
          return;
        }
        for (const group of policies) join(statement, group);
      };
      for (const record of statements.values()) {
        if (isBoundaryStatement(record.creation)) continue;
        for (const statement of build.cdkStatements(record)) joinAll(statement, record.groups, record.creation);
      }
      for (const [call, value] of jsonStatements) {
        if (isBoundaryStatement(call)) continue;
        const statement = build.jsonStatement(value, false, undefined, jsonChanges.get(call));
        if (statement !== null) joinAll(statement, jsonGroups.get(call) ?? []);
      }
      for (const [group, members] of groups) {
        const context: PolicyContext = {
          openApiInvoke: openApiPolicies.has(group),
          authenticatesCallers: authenticatingDomains.has(group),
        };
        if (members.some(dependsOnKeyPolicy) && isKeyPolicyGroup(group)) context.keyPolicy = true;
        if (members.some(publishesSmsOnly) && isCognitoRoleDocument(group)) context.cognitoSmsRole = true;
        report(evaluatePolicy(members, iamOptions, context));
      }
    },
  };
  if (!jsonText) {
    delete listeners.Literal;
    delete listeners.TemplateLiteral;
  }
  if (!objectKeys) delete listeners.ObjectExpression;
  if (!statementLists) {
    delete listeners[STATEMENT_LIST_PROPERTY];
    delete listeners[EXPORTED_STATEMENT_LIST];
  }
  if (!configManagedPolicies) {
    delete listeners[SAM_POLICIES_PROPERTY];
    delete listeners[IAM_MANAGED_POLICY_ARNS_PROPERTY];
    delete listeners[SERVERLESS_MANAGED_POLICIES_PROPERTY];
  }
  if (!sstPermissions) {
    delete listeners[SST_PERMISSIONS_PROPERTY];
    delete listeners[SST_PERMISSION_CALL];
  }
  if (!awsCalls) {
    if (!cdktf) delete listeners[SAM_POLICY_STATEMENT_PROPERTY];
    if (!pulumi && !cdktf) delete listeners.NewExpression;
    delete listeners.CallExpression;
    delete listeners.AssignmentExpression;
    delete listeners['Program:exit'];
  }
  return listeners;
}

/** Resolved IAM options per options object (createRule shares one object between the files a config applies to). */
const resolvedOptions = new WeakMap<object, ResolvedIamOptions>();

function iamOptionsOf(options: Options[0]): ResolvedIamOptions {
  let resolved = resolvedOptions.get(options);
  if (resolved === undefined) {
    resolved = resolveIamOptions({
      allow: options.allow ?? [],
      partialActionWildcards: options.partialActionWildcards ?? 'ignore',
      starOnlyActions: options.starOnlyActions ?? [],
      ignoreConditionedResources: options.ignoreConditionedResources ?? true,
      adminManagedPolicies: options.adminManagedPolicies ?? DEFAULT_ADMIN_MANAGED_POLICIES,
      fullAccessManagedPolicies: options.fullAccessManagedPolicies ?? 'report',
    });
    resolvedOptions.set(options, resolved);
  }
  return resolved;
}

/** Offsets where the text spells `Statement` or `Version`, sorted; null when an escape could spell them anywhere. */
function keyWordOffsets(sourceCode: Readonly<TSESLint.SourceCode>): number[] | null {
  // `mayMention` of a word absent from any file answers whether escapes could hide names
  if (mayMention(sourceCode, '\uE000')) return null;
  const text = sourceCode.text;
  const offsets: number[] = [];
  for (const word of ['Statement', 'Version']) {
    // From each occurrence of the word's capital: faster than `indexOf(word)` on code (measured)
    const capital = word.charAt(0);
    for (let index = text.indexOf(capital); index !== -1; index = text.indexOf(capital, index + 1)) {
      if (!text.startsWith(word, index)) continue;
      // A key named exactly so is not part of a longer name (`PolicyStatement`, `currentVersion`)
      if (isNamePart(text.charCodeAt(index - 1)) || isNamePart(text.charCodeAt(index + word.length))) continue;
      offsets.push(index);
    }
  }
  return offsets.sort((a, b) => a - b);
}

/** `"Statement"` or `\"Statement\"` at `offset` (of a whole-name `Statement` or `Version`). */
function isQuotedStatement(text: string, offset: number): boolean {
  if (text.charCodeAt(offset - 1) !== 34 /* " */ || !text.startsWith('Statement', offset)) return false;
  const after = offset + 'Statement'.length;
  return text.charCodeAt(after) === 34 || (text.charCodeAt(after) === 92 /* \ */ && text.charCodeAt(after + 1) === 34);
}

/** An ASCII character that continues a name (`[A-Za-z0-9_$]`). Others, non-ASCII included, count as boundaries (keeping the occurrence is the safe side). */
function isNamePart(code: number): boolean {
  return isAsciiWordCode(code) || code === 36; /* $ */
}

/**
 * The policy document of a VPC endpoint written in place (an object, or a `new iam.PolicyDocument(…)` for CDK):
 * `PolicyDocument` in the `Properties` of a CloudFormation
 * resource of type `AWS::EC2::VPCEndpoint`, or `policyDocument` in the props of `new …CfnVPCEndpoint(…)` (by name:
 * the class name is CDK's own). See `isVpcEndpoint` for why it is not read.
 */
function isEndpointPolicyDocument(node: TSESTree.Node): boolean {
  const property = node.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== node) return false;
  const name = getPropertyName(property);
  const container = property.parent;
  if (container.type !== AST_NODE_TYPES.ObjectExpression) return false;
  if (name === 'policyDocument') {
    const creation = container.parent;
    if (creation?.type !== AST_NODE_TYPES.NewExpression || creation.arguments[2] !== container) return false;
    return getCalleeName(creation) === 'CfnVPCEndpoint';
  }
  if (name !== 'PolicyDocument') return false;
  const properties = container.parent;
  if (properties?.type !== AST_NODE_TYPES.Property || getPropertyName(properties) !== 'Properties') return false;
  const resource = properties.parent;
  if (resource.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return resource.properties.some(
    (member) =>
      member.type === AST_NODE_TYPES.Property &&
      getPropertyName(member) === 'Type' &&
      member.value.type === AST_NODE_TYPES.Literal &&
      member.value.value === 'AWS::EC2::VPCEndpoint',
  );
}

/**
 * `value` is the content of an AWS Organizations policy: a service or resource control policy (a ceiling on what
 * the accounts' own policies may grant, which grants nothing itself; `FullAWSAccess`, `Allow` `*` on `*`, is every
 * organization's default). Told by the object it is a value of (also through `JSON.stringify(…)`): its `content` /
 * `Content` beside a type (`type`, `Type`, `PolicyType`) of `SERVICE_CONTROL_POLICY` or `RESOURCE_CONTROL_POLICY`
 * (`AWS::Organizations::Policy`, CDK's `CfnPolicy` props, the SDK's `CreatePolicy` input), or its `policy` /
 * `content` / `document` beside an Organizations policy ARN under an ARN key (`arn`, `policyArn`).
 */
function isOrganizationsPolicyValue(value: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let held = value;
  const call = held.parent;
  const serialised = call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === held;
  if (serialised && isJsonStringify(call, sourceCode)) {
    held = call;
  }
  const property = held.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== held) return false;
  const key = getPropertyName(property)?.toLowerCase();
  const container = property.parent;
  if (key === undefined || container.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return container.properties.some((member) => {
    if (member.type !== AST_NODE_TYPES.Property || member === property) return false;
    const name = getPropertyName(member);
    if (name === null) return false;
    if (key === 'content' && ORGANIZATIONS_POLICY_TYPE_KEYS.has(name)) {
      const type = getStaticString(member.value, sourceCode);
      return type !== null && CONTROL_POLICY_TYPES.has(type);
    }
    if (!ORGANIZATIONS_DOCUMENT_KEYS.has(key) || !ORGANIZATIONS_ARN_KEYS.has(name)) return false;
    const arn = getStaticString(member.value, sourceCode);
    return arn !== null && ORGANIZATIONS_POLICY_ARN.test(arn);
  });
}

const ORGANIZATIONS_POLICY_TYPE_KEYS: ReadonlySet<string> = new Set(['Type', 'type', 'PolicyType', 'policyType']);
const CONTROL_POLICY_TYPES: ReadonlySet<string> = new Set(['SERVICE_CONTROL_POLICY', 'RESOURCE_CONTROL_POLICY']);
/** Keys (lower case) an Organizations policy's document sits under beside its ARN. */
const ORGANIZATIONS_DOCUMENT_KEYS: ReadonlySet<string> = new Set(['policy', 'content', 'document']);
const ORGANIZATIONS_ARN_KEYS: ReadonlySet<string> = new Set(['arn', 'Arn', 'ARN', 'policyArn', 'PolicyArn']);
/** `arn:aws:organizations::aws:policy/resource_control_policy/p-…` (any partition; `:policy/` in the resource). */
const ORGANIZATIONS_POLICY_ARN = /^arn:[\w-]+:organizations::[^:]*:policy\//u;

/**
 * `value` is the `policyDocument` of an object literal that also has a `principalId`: an API Gateway Lambda
 * authorizer's response. API Gateway evaluates it only for invoking the API's own methods (`execute-api:Invoke`), so
 * `Action: '*'` or `Resource: '*'` there does not grant what it would in IAM.
 */
function isAuthorizerPolicyValue(value: TSESTree.Node, sourceCode: SourceCode): boolean {
  const property = value.parent;
  // `authResponse.policyDocument = policyDocument` (AWS's authorizer blueprint): on an answer that has or gets a
  // `principalId`
  if (property?.type === AST_NODE_TYPES.AssignmentExpression && property.right === value) {
    return property.operator === '=' && isAuthorizerAnswerMember(property.left, sourceCode);
  }
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== value) return false;
  if (getPropertyName(property) !== 'policyDocument' || property.parent.type !== AST_NODE_TYPES.ObjectExpression) {
    return false;
  }
  return findProperty(property.parent, 'principalId') !== null;
}

/**
 * `answer.policyDocument` with `answer` a name of the file whose object literal or a member assignment gives it a
 * `principalId` (`const authResponse = { principalId }`, `authResponse.principalId = principalId`).
 */
function isAuthorizerAnswerMember(target: TSESTree.Node, sourceCode: SourceCode): boolean {
  const member = skipTypeWrappers(target);
  if (member.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(member) !== 'policyDocument') return false;
  const answer = skipTypeWrappers(member.object);
  if (answer.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariableOf(answer, sourceCode);
  if (variable === null) return false;
  return variable.references.some((reference) => {
    if (reference.init === true) {
      const init = reference.writeExpr ? skipTypeWrappers(reference.writeExpr) : null;
      return init?.type === AST_NODE_TYPES.ObjectExpression && findProperty(init, 'principalId') !== null;
    }
    const read = outermostTypeWrapper(reference.identifier as TSESTree.Node).parent;
    return (
      read?.type === AST_NODE_TYPES.MemberExpression &&
      getPropertyName(read) === 'principalId' &&
      read.parent?.type === AST_NODE_TYPES.AssignmentExpression &&
      read.parent.left === read
    );
  });
}

/** The quasis of a template literal joined (expressions left out): enough to tell JSON policy text. */
function templateText(node: TSESTree.TemplateLiteral): string {
  if (node.quasis.length === 1) return node.quasis[0]!.value.cooked ?? '';
  let text = '';
  for (const quasi of node.quasis) text += `${quasi.value.cooked ?? ''} `;
  return text;
}

/**
 * The whole `a + b + …` chain that `node` starts (its left-most operand), else `node`; and Pulumi's `concat(…)`
 * (SST's `$concat`) when that is its first argument.
 */
function concatenationOf(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node {
  let current = node;
  while (
    current.parent?.type === AST_NODE_TYPES.BinaryExpression &&
    current.parent.operator === '+' &&
    current.parent.left === current
  ) {
    current = current.parent;
  }
  const call = current.parent;
  if (call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === current) {
    if (pulumiStringBuilder(call.callee, sourceCode) === 'concat') return call;
  }
  return current;
}

/**
 * The value of text written at `node`: Pulumi's `concat(…)` (SST's `$concat`) joins its arguments, each output
 * resolved in its place; anything else is its static value. `parseJson`: JSON text read as the data it holds.
 */
function writtenValue(node: TSESTree.Node, sourceCode: SourceCode, parseJson: boolean): StaticValue {
  return pulumiConcatValue(node, sourceCode, parseJson) ?? getStaticValue(node, sourceCode, { parseJson });
}

/** What Pulumi's `concat(…)` (SST's `$concat`) at `node` makes: its arguments joined; null for any other node. */
function pulumiConcatValue(node: TSESTree.Node, sourceCode: SourceCode, parseJson: boolean): StaticValue | null {
  if (node.type !== AST_NODE_TYPES.CallExpression || pulumiStringBuilder(node.callee, sourceCode) !== 'concat') {
    return null;
  }
  return getJoinedValue(node, node.arguments, sourceCode, { parseJson });
}

/**
 * A piece of a longer string that a sentence or a markdown code fence precedes (`'Example: consider this inline
 * policy' + \`{ "Version": … }\``): prose or documentation that quotes a policy, not policy text. Not text that hands
 * the policy on (`'aws iam put-role-policy --policy-document \''`, a YAML template's `'  PolicyDocument: '`): the
 * last line before it must hold three words or more and end with a word or its punctuation (`like this one:`), not a
 * quote, a `--flag` or `=`.
 */
function followsOtherText(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.BinaryExpression || parent.operator !== '+') return false;
  if (parent.right !== node) return false;
  const lines = knownText(getStaticValue(parent.left, sourceCode)).split('\n');
  let last = '';
  for (let index = lines.length - 1; index >= 0 && last === ''; index--) last = lines[index]!.trim();
  // A markdown code fence (`\`\`\`json`): documentation quoting the policy
  if (last.startsWith('```')) return true;
  const tokens = last.split(WHITESPACE);
  if (tokens.length < 3 || !SENTENCE_END.test(tokens[tokens.length - 1]!)) return false;
  return tokens.filter((token) => WORD.test(token)).length >= 3;
}

const WHITESPACE = /\s+/u;
/** The last word of a sentence (not a command's `--flag`), maybe with punctuation (`like this one:`). */
const SENTENCE_END = /^\p{L}[\p{L}\p{N}]*[.,;:!?)]?$/u;
/** A word of prose: letters, maybe with punctuation after. */
const WORD = /^\p{L}{2,}[.,;:!?)]?$/u;

/** The first piece of a concatenation that may spell a JSON policy: an object that names one of its keys. */
function startsJsonPolicy(text: string): boolean {
  return (text.includes('"Version"') || text.includes('"Statement"')) && text.trimStart().startsWith('{');
}

/** The text a string value is known to hold, its unknown pieces left out (for a shape test, not for reading). */
function knownText(value: StaticValue): string {
  return (getStringParts(value) ?? []).map((part) => part?.text ?? '').join('');
}

function looksLikeJsonPolicy(text: string): boolean {
  return text.length > 20 && text.includes('"Statement"') && text.includes('"Version"') && text.trimStart().startsWith('{');
}

// ---------------------------------------------------------------------------------------------------------------
// Building statements

/** What code does to a CDK statement after it is built: `add*` calls and `effect =` assignments, in source order. */
interface StatementChanges {
  calls: { method: string; call: TSESTree.CallExpression }[];
  effects: TSESTree.Expression[];
}

interface CdkStatementRecord extends StatementChanges {
  creation: TSESTree.NewExpression;
  /**
   * The policies the statement is part of (PolicyDocuments, the variables whose resource policy it joins, or
   * ENDPOINT_POLICY for a VPC endpoint's, which is not read).
   */
  groups: PolicyGroup[];
}

/** The properties that may be Serverless Framework statement lists (see `isServerlessStatementList`). */
const STATEMENT_LIST_PROPERTY = 'Property[key.name=/^(?:iamRoleStatements|statements|policyStatements)$/]';

/**
 * A list bound by a statement list's name (`iamRoleStatements`, `statements`, `policyStatements`, any `…Statements`)
 * in a declaration or an assignment to a member (`exports.iamRoleStatements = […]`, `exports['iamRoleStatements'] =
 * […]`); kept when the module exports it.
 */
const EXPORTED_STATEMENT_LIST = [
  'VariableDeclarator[id.name=/^(?:statements|[a-z][\\w$]*Statements)$/]',
  'AssignmentExpression[left.property.name=/^(?:statements|[a-z][\\w$]*Statements)$/]',
  "AssignmentExpression[left.property.value=/^(?:statements|[a-z][\\w$]*Statements)$/]",
].join(', ');

const SAM_POLICY_STATEMENT_PROPERTY = 'Property[key.name="statement"]';

/** `x.Statement.push(…)` / `.unshift(…)`: statements added to a policy document (the method is checked in the listener). */
const PUSHED_STATEMENT_CALL =
  'CallExpression[callee.type="MemberExpression"][callee.object.type="MemberExpression"][callee.object.property.name="Statement"]';


/**
 * `policies: { statement }` / `policies: [{ statement }, 'AWSLambdaExecute']`: the `statement` of a SAM policy
 * document as CDK's `aws-sam` constructs take it (`IAMPolicyDocumentProperty`, whose statements stay raw JSON).
 */
function isSamPolicyDocument(property: TSESTree.Property): boolean {
  let holder: TSESTree.Node = property.parent;
  if (holder.parent?.type === AST_NODE_TYPES.ArrayExpression) holder = holder.parent;
  const policies = holder.parent;
  if (policies?.type !== AST_NODE_TYPES.Property || policies.value !== holder) return false;
  return getPropertyName(policies) === 'policies';
}

/** An array literal with an object literal that has IAM's `Effect` and `Action` (or `NotAction`) keys. */
function holdsIamStatementLiteral(node: TSESTree.Node): boolean {
  const list = skipTypeWrappers(node);
  if (list.type !== AST_NODE_TYPES.ArrayExpression) return false;
  return list.elements.some((element) => element !== null && isIamStatementLiteral(element));
}

/** A value read as an object with IAM's `Effect` and `Action` (or `NotAction`) keys. */
function isIamStatementValue(value: StaticValue): boolean {
  return (
    value.kind === 'object' &&
    value.properties.has('Effect') &&
    (value.properties.has('Action') || value.properties.has('NotAction'))
  );
}

/** An object literal with IAM's `Effect` and `Action` (or `NotAction`) keys. */
function isIamStatementLiteral(node: TSESTree.Node): boolean {
  const statement = skipTypeWrappers(node);
  if (statement.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const keys = new Set(
    statement.properties.map((member) => (member.type === AST_NODE_TYPES.Property ? getPropertyName(member) : null)),
  );
  return keys.has('Effect') && (keys.has('Action') || keys.has('NotAction'));
}

/** Keys whose value is a whole policy document in CloudFormation resources (`Version` is optional there). */
const DOCUMENT_KEYS: ReadonlySet<string> = new Set(['PolicyDocument', 'AssumeRolePolicyDocument']);

/**
 * The key an object literal is the value of, when it names a whole policy document: CloudFormation's keys, and
 * `policy` (Pulumi's `aws.iam.RolePolicy`, `aws.s3.BucketPolicy`, CDKTF's `IamPolicy`; see `documentKeyAt`), also
 * through a name bound to it once and used only there, when the document has no `Version` (one decides as everywhere
 * else: an IAM version, or another cloud's policy language) and its statements are written with IAM's keys.
 */
function documentKeyOf(
  node: TSESTree.ObjectExpression,
  sourceCode: SourceCode,
  isConversion: (call: TSESTree.CallExpression) => boolean,
): string | null {
  const direct = documentKeyAt(outermostTypeWrapper(node), isConversion);
  if (direct !== null && direct !== 'policy') return direct;
  // Under `policy`: a document without `Version` whose statements are written with IAM's keys (checked first: the
  // uses of a name bound to it are looked up only for such a document)
  const statement = findProperty(node, 'Statement');
  if (findProperty(node, 'Version') !== null || statement === null) return null;
  // A list of statements, or one statement as the whole `Statement` (IAM takes both)
  const statements = resolveBoundExpression(statement.value, sourceCode);
  if (!holdsIamStatementLiteral(statements) && !isIamStatementLiteral(statements)) return null;
  const usedAsPolicy = (): boolean =>
    isUsedOnlyAs(node, sourceCode, (value) => documentKeyAt(value, isConversion) === 'policy');
  return direct === 'policy' || usedAsPolicy() ? 'policy' : null;
}

/**
 * The key `value` is given under when it names a policy document: CloudFormation's keys (the document itself), or
 * `policy`, as the document or its conversion (`JSON.stringify(…)`, also made in a Pulumi output's `apply`: `arn.apply(
 * (arn) => JSON.stringify({ … }))`), not in a Lambda authorizer's answer (`{ principalId, policy }`, its `context`).
 */
function documentKeyAt(value: TSESTree.Node, isConversion: (call: TSESTree.CallExpression) => boolean): string | null {
  let holder = value;
  let parent = holder.parent;
  let converted = false;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === holder && isConversion(parent)) {
    holder = outermostTypeWrapper(parent);
    parent = holder.parent;
    converted = true;
    const arrowBody = parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === holder;
    const applied = arrowBody ? parent!.parent : null;
    if (applied?.type === AST_NODE_TYPES.CallExpression && applied.arguments[0] === parent && isApplyCall(applied)) {
      holder = outermostTypeWrapper(applied);
      parent = holder.parent;
    }
  }
  if (parent?.type !== AST_NODE_TYPES.Property || parent.value !== holder) return null;
  const key = getPropertyName(parent);
  if (key === null) return null;
  // CloudFormation's keys take the document itself (JSON text there goes to an SDK call: judged as such)
  if (DOCUMENT_KEYS.has(key)) return converted ? null : key;
  return key === 'policy' && !isAuthorizerAnswer(parent.parent) ? key : null;
}

/** `output.apply(fn)`, `pulumi.all([…]).apply(fn)`: a Pulumi output's value made by `fn`. */
function isApplyCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === 'apply';
}

/** A Lambda authorizer's answer (`{ principalId, policy… }`) or its `context`: what it writes is no IAM policy. */
function isAuthorizerAnswer(object: TSESTree.Node): boolean {
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return false;
  if (findProperty(object, 'principalId') !== null) return true;
  const holder = outermostTypeWrapper(object).parent;
  return holder?.type === AST_NODE_TYPES.Property && getPropertyName(holder) === 'context';
}

/**
 * Serverless Framework statement lists (`serverless.ts`): `iamRoleStatements: [{ Effect, Action, Resource }]` (the
 * provider's or a function's) and `iam: { role: { statements: [...] } }`; and raw IAM statement lists under
 * `statements` or `policyStatements` (CDK's `CustomResourceProvider`) wherever written.
 */
function isServerlessStatementList(property: TSESTree.Property): boolean {
  const key = getPropertyName(property);
  if (key === 'iamRoleStatements') return true;
  // CDK's `CustomResourceProvider` takes its role's statements as raw IAM JSON (`policyStatements`)
  if (key === 'policyStatements') return holdsIamStatementLiteral(property.value);
  if (key !== 'statements') return false;
  // A role object written apart from `iam: { role }` (a constant, another module): statements in IAM's own shape
  if (holdsIamStatementLiteral(property.value)) return true;
  return isServerlessRoleProperty(property);
}

/** A property of the Serverless Framework's `iam: { role: { … } }`. */
function isServerlessRoleProperty(property: TSESTree.Property): boolean {
  const role = property.parent.type === AST_NODE_TYPES.ObjectExpression ? property.parent.parent : null;
  if (role?.type !== AST_NODE_TYPES.Property || getPropertyName(role) !== 'role') return false;
  const iam = role.parent.type === AST_NODE_TYPES.ObjectExpression ? role.parent.parent : null;
  return iam?.type === AST_NODE_TYPES.Property && getPropertyName(iam) === 'iam';
}

/** The properties that may be the Serverless Framework's managed policy lists (see `isServerlessManagedPolicies`). */
const SERVERLESS_MANAGED_POLICIES_PROPERTY = 'Property[key.name=/^(?:managedPolicies|iamManagedPolicies)$/]';

/**
 * The Serverless Framework's managed policy ARNs for the functions' role: `iam: { role: { managedPolicies } }` and
 * the older `iamManagedPolicies` (a name no other tool uses). Not `managedPolicies` elsewhere (a CDK role's props,
 * read with the role).
 */
function isServerlessManagedPolicies(property: TSESTree.Property): boolean {
  return getPropertyName(property) === 'iamManagedPolicies' || isServerlessRoleProperty(property);
}

const SAM_POLICIES_PROPERTY = 'Property[key.name="Policies"]';
/** SAM resources whose `Policies` name AWS managed policies (by name or ARN) for the role SAM makes. */
const SAM_POLICY_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  'AWS::Serverless::Function',
  'AWS::Serverless::StateMachine',
]);

const IAM_MANAGED_POLICY_ARNS_PROPERTY = 'Property[key.name="ManagedPolicyArns"]';
/** CloudFormation's IAM identities whose `ManagedPolicyArns` attach managed policies to them. */
const IAM_IDENTITY_RESOURCE_TYPES: ReadonlySet<string> = new Set([
  'AWS::IAM::Role',
  'AWS::IAM::User',
  'AWS::IAM::Group',
]);

/**
 * The `Type` of the CloudFormation resource whose `Properties` hold `property`, written in place (`Type` beside
 * them); null when there is none or it is not a known string.
 */
/**
 * A trust policy (read statically) whose every statement allows only the service principal
 * `cognito-idp.amazonaws.com` (no other principal, no `NotPrincipal`, at least one statement).
 */
function trustsOnlyCognito(document: StaticValue): boolean {
  if (document.kind !== 'object') return false;
  const statement = document.properties.get('Statement')?.value;
  const statements = statement?.kind === 'array' ? statement.elements : statement === undefined ? [] : [statement];
  return (
    statements.length > 0 &&
    statements.every((each) => {
      if (each.kind !== 'object' || each.hasUnknownKeys || each.properties.has('NotPrincipal')) return false;
      const effect = each.properties.get('Effect')?.value;
      if (effect?.kind !== 'string' || effect.value !== 'Allow') return false;
      const principal = each.properties.get('Principal')?.value;
      if (principal?.kind !== 'object' || principal.hasUnknownKeys || principal.properties.size !== 1) return false;
      const service = principal.properties.get('Service')?.value;
      const services = service?.kind === 'array' ? service.elements : service === undefined ? [] : [service];
      return services.length > 0 && services.every((one) => one.kind === 'string' && one.value === COGNITO_SERVICE);
    })
  );
}

const COGNITO_SERVICE = 'cognito-idp.amazonaws.com';

function templateResourceType(property: TSESTree.Property, sourceCode: SourceCode): string | null {
  const properties = property.parent;
  if (properties.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const holder = outermostTypeWrapper(properties).parent;
  if (holder?.type !== AST_NODE_TYPES.Property || getPropertyName(holder) !== 'Properties') return null;
  if (outermostTypeWrapper(properties) !== holder.value) return null;
  const resource = holder.parent;
  if (resource.type !== AST_NODE_TYPES.ObjectExpression) return null;
  for (const member of resource.properties) {
    if (member.type !== AST_NODE_TYPES.Property || getPropertyName(member) !== 'Type') continue;
    const type = getStaticValue(member.value, sourceCode);
    return type.kind === 'string' ? type.value : null;
  }
  return null;
}

/** A finding on an SST v2 shorthand: what it allows, in one message. */
interface SstFinding {
  messageId: 'sstPermission';
  at: Range;
  data: Record<string, string>;
}

/** `permissions: …` props (SST's functions and constructs); which SST, and whether they count, is read per prop. */
const SST_PERMISSIONS_PROPERTY = 'Property[key.name="permissions"]';

/** `sst.aws.permission(…)` (v3); `attachPermissions…(…)` and `addDefaultFunctionPermissions(…)` (v2). */
const SST_PERMISSION_CALL =
  'CallExpression[callee.property.name=/^(?:permission|attachPermissions[A-Za-z]*|addDefaultFunctionPermissions)$/]';

/** SST v2 methods that take function props (with their `permissions`) in an object argument. */
const SST_V2_PROPS_METHODS: ReadonlySet<string> = new Set([
  'setDefaultFunctionProps',
  'addRoutes',
  'addConsumers',
  'addSubscribers',
  'addRules',
  'addTargets',
  'addNotifications',
  'addDataSources',
  'addResolvers',
]);

const MAX_PROPS_DEPTH = 8;

/** An SST v3 permission statement: an object with `actions` (`{ actions, resources, effect?, conditions? }`). */
function isSstStatement(value: StaticValue): boolean {
  return value.kind === 'object' && value.properties.has('actions');
}

function isSstStatementList(value: StaticValue): boolean {
  return value.kind === 'array' && value.elements.some((element) => isSstStatement(element));
}

/** The roles of an SST v3 `CognitoIdentityPool`'s `permissions`: signed-in users' and guests'. */
const IDENTITY_POOL_ROLES = ['authenticated', 'unauthenticated'] as const;

/**
 * The statement lists of SST v3 `CognitoIdentityPool` permissions (`{ authenticated: [{ actions, resources }],
 * unauthenticated: […] }`), each attached to the role the identity pool hands to its users or to guests.
 */
function identityPoolStatementLists(value: StaticValue): StaticValue[] {
  if (value.kind !== 'object') return [];
  const lists: StaticValue[] = [];
  for (const role of IDENTITY_POOL_ROLES) {
    const list = value.properties.get(role)?.value;
    if (list !== undefined && isSstStatementList(list)) lists.push(list);
  }
  return lists;
}

/**
 * Is `property` (`permissions: …`) written in the props of an SST v2 construct (`new Function(stack, id, { … })`,
 * `new Api(stack, id, { defaults: { function: { permissions } } })`, imported from `sst/constructs`) or of a v2 method
 * that takes function props (`stack.setDefaultFunctionProps({ … })`, `api.addRoutes(stack, { … })`)? Props built
 * elsewhere and passed by name are not followed.
 */
function isSstV2PropsValue(property: TSESTree.Property, sourceCode: SourceCode): boolean {
  let node: TSESTree.Node = property;
  for (let depth = 0; depth < MAX_PROPS_DEPTH; depth++) {
    const holder = outermostTypeWrapper(node.parent ?? node);
    const parent = holder.parent;
    if (parent === undefined) return false;
    if (parent.type === AST_NODE_TYPES.NewExpression || parent.type === AST_NODE_TYPES.CallExpression) {
      if (!parent.arguments.includes(holder as TSESTree.Expression)) return false;
      if (parent.type === AST_NODE_TYPES.NewExpression) {
        const version = sstExport(parent.callee, sourceCode)?.version;
        if (version === 2 || version === 1) return true;
        break;
      }
      const callee = skipTypeWrappers(parent.callee);
      const method = callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : null;
      if (method !== null && SST_V2_PROPS_METHODS.has(method)) return importsSstConstructs(sourceCode);
      break;
    }
    // Up through the object (and a route's or list's) literals the props are written in, and out of a callback that
    // returns them (`app.setDefaultFunctionProps((stack) => ({ permissions }))`)
    if (parent.type === AST_NODE_TYPES.Property && parent.value === holder) node = parent;
    else if (parent.type === AST_NODE_TYPES.ArrayExpression) node = holder;
    else if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === holder) node = holder;
    else if (parent.type === AST_NODE_TYPES.ReturnStatement && isFunctionLike(parent.parent.parent)) {
      node = parent.parent;
    }
    else break;
    if (node.type === AST_NODE_TYPES.ArrayExpression) node = outermostTypeWrapper(node);
  }
  // Function props written apart (for a project's own `createFunction(stack, id, props)`, a `FunctionDefinition`
  // returned): an object with a `handler`, in a file that imports SST's constructs
  return hasHandlerKey(property.parent) && importsSstConstructs(sourceCode);
}

function hasHandlerKey(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.ObjectExpression &&
    node.properties.some((member) => member.type === AST_NODE_TYPES.Property && getPropertyName(member) === 'handler')
  );
}

/** What an SST v2 shorthand allows, for the message (`every s3 action ('s3:*') on every resource`). */
function sstGrant(action: string, findings: readonly { messageId: string }[]): string {
  const ids = new Set(findings.map((finding) => finding.messageId));
  if (ids.has('admin')) return 'every action on every resource (administrator access)';
  const onEveryResource = ids.has('allResources') || ids.has('serviceWideResource') ? ' on every resource' : '';
  if (ids.has('allActions')) return `every action${onEveryResource}`;
  if (ids.has('serviceActions')) {
    const service = action.slice(0, action.indexOf(':'));
    const matched = action.endsWith(':*')
      ? `every ${service} action ('${action}')`
      : `every action matching '${action}'`;
    return matched + onEveryResource;
  }
  return `'${action}'${onEveryResource}`;
}

/** Pulumi's policy document functions (`aws.iam.getPolicyDocument(…)`), by module and the path below it. */
const PULUMI_POLICY_DOCUMENT_FUNCTIONS: ReadonlySet<string> = new Set(['getPolicyDocument', 'getPolicyDocumentOutput']);

/**
 * `statements` of Pulumi's `aws.iam.getPolicyDocument({ statements })` (or `getPolicyDocumentOutput`), from
 * `@pulumi/aws` (`aws.iam.…`), `@pulumi/aws/iam`, or SST v3's global `aws`.
 */
function isPulumiPolicyDocumentStatements(property: TSESTree.Property, sourceCode: SourceCode): boolean {
  if (getPropertyName(property) !== 'statements') return false;
  const args = outermostTypeWrapper(property.parent);
  const call = args.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== args) return false;
  const path = pulumiAwsPath(call.callee, sourceCode);
  return path !== null && path.length === 2 && path[0] === 'iam' && PULUMI_POLICY_DOCUMENT_FUNCTIONS.has(path[1]!);
}

/** `statement` of CDK for Terraform's `new DataAwsIamPolicyDocument(scope, id, { statement })`. */
function isCdktfPolicyDocumentStatement(property: TSESTree.Property, sourceCode: SourceCode): boolean {
  const config = outermostTypeWrapper(property.parent);
  const creation = config.parent;
  if (creation?.type !== AST_NODE_TYPES.NewExpression || creation.arguments[2] !== config) return false;
  return cdktfResourceName(creation, sourceCode) === 'DataAwsIamPolicyDocument';
}

/** Identifies one policy: its PolicyDocument, the scope variable of its resource, or a global's name. */
type PolicyGroup = object | string;

/** The CDK constructs of a REST API whose props take a resource `policy`. */
const REST_API_CONSTRUCTS = ['RestApi', 'SpecRestApi', 'LambdaRestApi'];

/** IAM authorization written anywhere in the file: `AuthorizationType.IAM`, `'AWS_IAM'`. */
// `AuthorizationType.IAM` (also `['IAM']`, or through a renamed import: `A.IAM`), `'AWS_IAM'`, an OpenAPI
// definition's `x-amazon-apigateway-authtype: awsSigv4`: any spelling of IAM authorization keeps the finding
const IAM_AUTHORIZATION = /\.\s*IAM\b|\[\s*['"`]IAM['"`]\s*\]|['"`]AWS_IAM['"`]|awsSigv4/u;

/**
 * The choice that holds `node` as one of its values (`cond ? node : other`, `node ?? fallback`, outermost first of
 * nested ones), or `node` itself: where its value may end up.
 */
function outermostChoice(start: TSESTree.Node): TSESTree.Node {
  let node = start;
  while (
    (node.parent?.type === AST_NODE_TYPES.ConditionalExpression && node.parent.test !== node) ||
    node.parent?.type === AST_NODE_TYPES.LogicalExpression
  ) {
    node = outermostTypeWrapper(node.parent);
  }
  return node;
}

/** A group that is a node: a `new PolicyDocument(…)` (or a `new kms.Key(…)`), not a variable or a name. */
function isNewExpression(group: PolicyGroup): group is TSESTree.NewExpression {
  return typeof group === 'object' && (group as { type?: unknown }).type === AST_NODE_TYPES.NewExpression;
}

/** An SDK operation that writes a KMS key policy. */
function isKeyPolicySink(sink: SdkSink | undefined): boolean {
  return sink?.kind === 'document' && sink.keyPolicy === true;
}

/** The group of statements added to a VPC endpoint's policy: not read (they grant nothing). */
const ENDPOINT_POLICY: PolicyGroup = Object.freeze({ endpoint: true });
/**
 * The group of statements given to `addToPolicy` of a receiver whose type the file does not show but whose name says
 * endpoint (`networkConstruct.ddbEndpoint`): not read when a statement has principals, else read alone (a role's
 * `addToPolicy` takes identity statements, which have none).
 */
const NAMED_ENDPOINT_POLICY: PolicyGroup = Object.freeze({ namedEndpoint: true });
/** A name that says VPC endpoint: `endpoint`, `ddbEndpoint`, `s3_gateway_endpoint`. */
const ENDPOINT_NAME = /endpoint$/iu;

function addGroup<K>(groups: Map<K, PolicyGroup[]>, key: K, group: PolicyGroup): void {
  const known = groups.get(key);
  if (known === undefined) groups.set(key, [group]);
  else addOnce(known, group);
}

function addOnce(groups: PolicyGroup[], group: PolicyGroup): void {
  if (!groups.includes(group)) groups.push(group);
}

/**
 * A position inside JSON text parsed from a string (a literal, a template literal, a concatenation): the node
 * parsed values carry, the location of the current value, and how offsets of the text map to source ranges.
 */
interface JsonCursor {
  /** The node parsed values carry (the Literal, TemplateLiteral or `+` expression the text is). */
  owner: TSESTree.Node;
  location: JsonLocation;
  /** Source range of characters [start, end) of the text, or null when it cannot be mapped exactly. */
  source: (start: number, end: number) => Range | null;
}

/** JSON text parsed by {@link PolicyBuilder.pieceJson}: values, locations, and the source range of an offset range. */
interface PieceJson {
  tree: JsonPieceNode;
  location: JsonLocation;
  source: (start: number, end: number) => Range | null;
}

/** Nodes whose string value may be JSON text written in several pieces. */
const PIECE_OWNERS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.CallExpression,
]);

/** Member keys read after a loop variable, at most this many (`s.a.b`). */
const MAX_LOOP_PATH = 4;

/** A member chain rooted at a name (`s`, `s.action`, `s['a'].b`): the name and the keys read after it. */
function loopChain(use: TSESTree.Node, sourceCode: SourceCode): { root: TSESTree.Identifier; path: string[] } | null {
  const chain = memberChain(use, (member) => {
    if (member.property.type === AST_NODE_TYPES.PrivateIdentifier) return null;
    if (!member.computed) return (member.property as TSESTree.Identifier).name;
    const key = getStaticValue(member.property, sourceCode);
    return key.kind === 'string' ? key.value : null;
  });
  if (chain === null || chain.names.length > MAX_LOOP_PATH) return null;
  return chain.base.type === AST_NODE_TYPES.Identifier ? { root: chain.base, path: chain.names } : null;
}

/**
 * The pieces of a template literal (its cooked texts and expressions) or of a `+` chain (its string literals and
 * other operands; the caller joins only strings there, as a number could add): null for anything else.
 */
function stringOperands(input: TSESTree.Node): (string | TSESTree.Node)[] | null {
  const node = skipTypeWrappers(input);
  if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    const pieces: (string | TSESTree.Node)[] = [];
    for (let index = 0; index < node.quasis.length; index++) {
      const cooked = node.quasis[index]!.value.cooked;
      if (cooked === null) return null;
      pieces.push(cooked);
      const expression = node.expressions[index];
      if (expression !== undefined) pieces.push(expression);
    }
    return pieces;
  }
  if (node.type !== AST_NODE_TYPES.BinaryExpression || node.operator !== '+') return null;
  const operands: TSESTree.Node[] = [];
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
    if (operands.length >= MAX_ELEMENTS) return null;
    operands.unshift(current.right);
    current = skipTypeWrappers(current.left);
  }
  operands.unshift(current);
  return operands.map((operand) =>
    operand.type === AST_NODE_TYPES.Literal && typeof operand.value === 'string' ? operand.value : operand,
  );
}

/** Turns resolved static values and CDK expressions into `IamStatement`s with report ranges. */
/**
 * The separator `formatArn` writes before a resource name, from its components as read: the first of `sep` (its text)
 * and `arnFormat` (`:` for `ArnFormat.COLON_RESOURCE_NAME`, else `/`); `/` when neither is given, `…` when unknown.
 */
function arnSeparator(components: ObjectValue): string {
  for (const [name, { value, property }] of components.properties) {
    if (name === 'sep') return value.kind === 'string' ? value.value : '…';
    if (name === 'arnFormat') {
      const format = property === null ? null : skipTypeWrappers(property.value);
      const member = format?.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(format) : null;
      return member === 'COLON_RESOURCE_NAME' ? ':' : member === null ? '…' : '/';
    }
  }
  return '/';
}

class PolicyBuilder {
  /** JSON token locations per string literal, for this file. */
  private readonly jsonLocations = new WeakMap<TSESTree.Node, JsonLocation | null>();
  /** JSON text written in pieces, per node that holds it. */
  private readonly pieceJsons = new WeakMap<TSESTree.Node, PieceJson | null>();
  /** The values of loop variables, per use (see `loopValues`). */
  private readonly loops = new WeakMap<TSESTree.Node, readonly StaticValue[] | null>();

  /**
   * While a helper's statement is read for one call of the helper (see `perCallStatements`): that call, whose
   * arguments are then all its parameters hold.
   */
  private boundCall: {
    fn: FunctionLike;
    call: TSESTree.CallExpression | TSESTree.NewExpression;
    loops: WeakMap<TSESTree.Node, readonly StaticValue[] | null>;
  } | null = null;

  constructor(private readonly sourceCode: SourceCode) {}

  /**
   * The values of a loop variable read in a policy (`for (const action of ACTIONS) … actions: [action]` over a
   * `const` array no code changes, see getLoopValues), read as a choice made at run time: one of them on each pass.
   * Also a member chain rooted at one (`s.action`, `s['a'].b`: what each element holds there) and a template or `+`
   * concatenation whose unknown parts are one loop variable or its members (`` `${svc}:*` ``: one string per
   * element). A string is shown on the variable's use, as a constant's is. Null for any other value, and when an
   * element does not hold the member, or parts come from two loop variables (their passes pair up in ways the rule
   * cannot tell).
   */
  private loopValues(value: StaticValue): readonly StaticValue[] | null {
    const node = value.kind === 'unknown' || value.kind === 'partial-string' ? value.node : null;
    if (node === null) return null;
    // A partly known string is read only as written (a loop variable's own such value is shown on its use)
    const written = skipTypeWrappers(node).type;
    if (value.kind === 'partial-string' && written !== AST_NODE_TYPES.TemplateLiteral) {
      if (written !== AST_NODE_TYPES.BinaryExpression) return null;
    }
    // What a helper's parameter holds while one call is read is that call's alone: kept apart from the other reads
    const loops = this.boundCall === null ? this.loops : this.boundCall.loops;
    let values = loops.get(node);
    if (values === undefined) {
      // Cut cycles (a callback that maps over its own result): unknown while being worked out
      loops.set(node, null);
      const bound = this.boundCall === null ? null : this.boundValue(node);
      values =
        value.kind === 'partial-string'
          ? this.loopStrings(node)
          : bound !== null
            ? [bound]
            : (this.loopMembers(node) ?? this.mapped(node) ?? this.passedValues(node));
      loops.set(node, values);
    }
    return values;
  }

  /**
   * `SERVICES.map((s) => \`\${s}:*\`)`, `TABLES.map((t) => ({ Action: 'dynamodb:*', Resource: t }))`: the list a
   * callback makes of each element, as a loop variable's values (see getLoopValues, which knows the callback's
   * parameter): what it returns on each pass (an object or a string it writes; one string per element for a
   * template of the parameter). Null for any other call or callback.
   */
  private mapped(node: TSESTree.Node): readonly StaticValue[] | null {
    const call = skipTypeWrappers(node);
    if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 1) return null;
    const callee = skipTypeWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'map') return null;
    const callback = call.arguments[0]!;
    const isCallback =
      callback.type === AST_NODE_TYPES.ArrowFunctionExpression || callback.type === AST_NODE_TYPES.FunctionExpression;
    if (!isCallback) return null;
    const body = callback.body;
    const returned =
      body.type !== AST_NODE_TYPES.BlockStatement
        ? body
        : body.body.length === 1 && body.body[0]!.type === AST_NODE_TYPES.ReturnStatement
          ? body.body[0]!.argument
          : null;
    if (returned === null || returned === undefined) return null;
    const value = getStaticValue(returned, this.sourceCode);
    if (value.kind === 'object' || value.kind === 'string') return [value];
    return this.loopValues(value);
  }

  /** What a loop variable, or a member chain rooted at one, holds on each pass (see loopValues). */
  private loopMembers(use: TSESTree.Node): StaticValue[] | null {
    const chain = loopChain(use, this.sourceCode);
    const looped = chain === null ? null : getLoopValues(chain.root, this.sourceCode);
    if (chain === null || looped === null) return null;
    const values: StaticValue[] = [];
    for (const item of looped.slice(0, MAX_ELEMENTS)) {
      let member: StaticValue | undefined = item;
      for (const key of chain.path) {
        member = member.kind === 'object' && !member.hasUnknownKeys ? member.properties.get(key)?.value : undefined;
        if (member === undefined) return null;
      }
      values.push(member.kind === 'string' || member.kind === 'partial-string' ? { ...member, node: use } : member);
    }
    return values;
  }

  /**
   * `const allow = (actions) => new PolicyStatement({ actions, resources: ['*'] }); allow(['dynamodb:*'])`: what the
   * calls of the file give a helper's parameter (or a key of one, `props.actions`), one value per call (a parameter's
   * default where a call leaves it out), read as a loop variable's values are: each call grants its own. Null when the
   * value is no such parameter, or its function has no calls in the file (or too many).
   */
  private passedValues(node: TSESTree.Node): StaticValue[] | null {
    const passed = this.passedParameter(node);
    if (passed === null) return null;
    return this.helperCalls(passed.parameter.fn)?.map((call) => this.passedValue(call, passed)) ?? null;
  }

  /**
   * The calls of a helper of the file, in source order (the order `passedValues` lists what each gives); null when
   * it has none, or too many to read one by one.
   */
  private helperCalls(fn: FunctionLike): (TSESTree.CallExpression | TSESTree.NewExpression)[] | null {
    const calls = callsOfFunction(fn, this.sourceCode);
    return calls === null || calls.length === 0 || calls.length > MAX_ELEMENTS ? null : calls;
  }

  /** What the bound call gives the helper parameter `node` reads (see `boundCall`); null for any other value. */
  private boundValue(node: TSESTree.Node): StaticValue | null {
    const passed = this.passedParameter(node);
    if (passed === null || passed.parameter.fn !== this.boundCall!.fn) return null;
    return this.passedValue(this.boundCall!.call, passed);
  }

  /**
   * The helper parameter `node` reads (or a key of one), as `passedValues` follows it: null when it is none, or when
   * the helper changes it before reading it.
   */
  private passedParameter(
    node: TSESTree.Node,
  ): { target: TSESTree.Node; parameter: NonNullable<ReturnType<typeof parameterOf>> } | null {
    const target = skipTypeWrappers(node);
    if (target.type !== AST_NODE_TYPES.Identifier && target.type !== AST_NODE_TYPES.MemberExpression) return null;
    const parameter = parameterOf(target, this.sourceCode);
    if (parameter === null) return null;
    // What the helper does to the value before reading it (`props.resources = [arn]`, `actions.push(…)`) is not
    // what its callers gave
    const root = target.type === AST_NODE_TYPES.Identifier ? target : skipTypeWrappers(target.object);
    const variable = root.type === AST_NODE_TYPES.Identifier ? findVariableOf(root, this.sourceCode) : null;
    if (variable === null || isVisiblyMutated(variable, this.sourceCode)) return null;
    return { target, parameter };
  }

  /** What `call` gives the parameter (a parameter's default where the call leaves it out), settled. */
  private passedValue(
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    { target, parameter }: NonNullable<ReturnType<PolicyBuilder['passedParameter']>>,
  ): StaticValue {
    const { key } = parameter.path;
    const argument = passedArgument(call, parameter.fn, parameter.path, this.sourceCode);
    let value: StaticValue | undefined = argument === undefined ? SETTLED_UNKNOWN : getStaticValue(argument, this.sourceCode);
    if (key !== null && value.kind !== 'unknown') {
      value = value.kind === 'object' && !value.hasUnknownKeys ? value.properties.get(key)?.value : undefined;
      value ??= SETTLED_UNKNOWN;
    }
    return value.kind === 'string' || value.kind === 'partial-string' ? { ...value, node: target } : settled(value);
  }

  /** The strings a template or `+` concatenation takes on each pass of the one loop its unknown parts read. */
  private loopStrings(node: TSESTree.Node): StaticValue[] | null {
    const parts = stringOperands(node);
    if (parts === null) return null;
    // `a + b` adds numbers: only strings are joined there
    const joined = skipTypeWrappers(node).type === AST_NODE_TYPES.BinaryExpression;
    /**
     * What the passes go through: one loop variable, or one helper's calls (each call gives all its parameters,
     * `` `${service}:${verb}` ``). Parts of two loop variables, or of a loop variable and a helper, pair up in ways
     * the rule cannot tell.
     */
    let source: object | null = null;
    let passes = 0;
    const pieces: (string | readonly StaticValue[])[] = [];
    for (const part of parts) {
      if (typeof part === 'string') {
        pieces.push(part);
        continue;
      }
      const value = getStaticValue(part, this.sourceCode);
      if (value.kind === 'string' || (value.kind === 'number' && !joined)) {
        pieces.push(String(value.value));
        continue;
      }
      if (value.kind !== 'unknown') return null;
      // A loop variable's values; what the call being read gives a helper's parameter (one value, whatever the
      // other parts hold); what each call gives it
      const chain = loopChain(part, this.sourceCode);
      const members = chain === null ? null : this.loopMembers(skipTypeWrappers(part));
      const bound = members === null && this.boundCall !== null ? this.boundValue(part) : null;
      const passed = members === null && bound === null ? this.passedParameter(part) : null;
      const looped = members ?? (bound !== null ? [bound] : passed !== null ? this.passedValues(part) : null);
      if (looped === null) return null;
      // A loop variable's values were found through its variable: it has one
      const partSource = members !== null ? findVariableOf(chain!.root, this.sourceCode) : (passed?.parameter.fn ?? null);
      if (members !== null && partSource === null) return null;
      if (partSource !== null) {
        if (source !== null && partSource !== source) return null;
        source = partSource;
      }
      passes = Math.max(passes, looped.length);
      pieces.push(looped);
    }
    if (passes === 0) return null;
    const values: StaticValue[] = [];
    for (let pass = 0; pass < passes; pass++) {
      let text = '';
      for (const piece of pieces) {
        if (typeof piece === 'string') text += piece;
        else {
          // One value (a bound call's) is the same on every pass; the others all come from one source
          const item = piece.length === 1 ? piece[0] : piece[pass];
          if (item?.kind !== 'string' && (item?.kind !== 'number' || joined)) return null;
          text += String(item.value);
        }
      }
      values.push({ kind: 'string', value: text, node, segments: [] });
    }
    return values;
  }

  /**
   * A value that is, or a list with an element that is, a choice made at run time or a loop variable (with more
   * than one value: one pass, or a helper called once, pairs up with nothing).
   */
  private holdsAlternatives(value: StaticValue): boolean {
    const isLooped = (item: StaticValue): boolean => (this.loopValues(item)?.length ?? 0) > 1;
    if (holdsChoice(value, this.sourceCode) || isLooped(value)) return true;
    return value.kind === 'array' && value.elements.some(isLooped);
  }

  /**
   * The helper whose parameters are all the run-time alternatives `value` holds (`actions` of `(actions, resources)
   * => new PolicyStatement({ actions, resources })`, elements `[action]`, a template `` `${service}:*` ``); null when
   * it holds none, or any other (a choice, a loop variable, another helper's parameter).
   */
  private alternativesHelper(value: StaticValue): FunctionLike | null {
    const items: StaticValue[] = value.kind === 'array' ? [...value.elements] : [value];
    let helper: FunctionLike | null = null;
    for (const item of items) {
      if ((this.loopValues(item)?.length ?? 0) <= 1 && !holdsChoice(item, this.sourceCode)) continue;
      const node = item.kind === 'unknown' || item.kind === 'partial-string' ? item.node : null;
      const parts =
        node === null ? null : item.kind === 'partial-string' ? stringOperands(node) : [node];
      if (parts === null) return null;
      for (const part of parts) {
        if (typeof part === 'string') continue;
        const passed = this.passedParameter(part);
        if (passed === null || (helper !== null && passed.parameter.fn !== helper)) return null;
        helper = passed.parameter.fn;
      }
    }
    return helper;
  }

  /**
   * `const allow = (actions, resources) => new PolicyStatement({ actions, resources })`: a statement whose fields
   * read two or more of a helper's parameters is the helper's calls in the file, one statement each (its fields
   * paired by the call: `allow(['s3:GetObject'], ['*'])` and `allow(['s3:*'], [arn])` grant no `s3:*` on `*`).
   * Null for any other statement (a choice or loop variable among its fields: their branches do not pair up).
   */
  private perCallStatements(
    fields: ObjectValue | null,
    read: () => IamStatement<Range> | null,
  ): IamStatement<Range>[] | null {
    if (fields === null || this.boundCall !== null) return null;
    let helper: FunctionLike | null = null;
    let withAlternatives = 0;
    for (const { value } of fields.properties.values()) {
      if (!this.holdsAlternatives(value)) continue;
      withAlternatives++;
      const own = this.alternativesHelper(value);
      if (own === null || (helper !== null && own !== helper)) return null;
      helper = own;
    }
    if (helper === null || withAlternatives < 2) return null;
    const calls = this.helperCalls(helper);
    if (calls === null) return null;
    const statements: IamStatement<Range>[] = [];
    for (const call of calls) {
      this.boundCall = { fn: helper, call, loops: new WeakMap() };
      try {
        const statement = read();
        if (statement !== null) statements.push(statement);
      } finally {
        this.boundCall = null;
      }
    }
    return statements;
  }

  /**
   * Whether list values read now may be read through a choice made at run time (`dev ? ['s3:*'] : […]`, a loop
   * variable). Off while a statement with choices in two or more of its fields is read: its branches are paired by
   * one test at run time (`actions: dev ? A : B, resources: dev ? C : D`), and reading each field's branches apart
   * would pair A with D.
   */
  private choicesRead = true;

  /** `read()` with `choicesRead` set for the statement written as `fields` (its properties). */
  private readingChoices<T>(fields: ObjectValue | null, read: () => T): T {
    const previous = this.choicesRead;
    let withChoices = 0;
    for (const prop of fields?.properties.values() ?? []) if (this.holdsAlternatives(prop.value)) withChoices++;
    this.choicesRead = withChoices <= 1;
    try {
      return read();
    } finally {
      this.choicesRead = previous;
    }
  }

  /**
   * `elements` with each choice made at run time replaced by what its branches hold: `[...(dev ? [statement] : [])]`
   * and `[dev ? 's3:*' : 's3:GetObject']` hold the elements of either branch (a wildcard written in one is policy all
   * the same, deployed whenever that branch is taken). A branch that cannot be read stays an unknown element. A loop
   * variable (`[action]` in `for (const action of ACTIONS)`) holds each value it takes.
   */
  withBranches(elements: readonly StaticValue[], depth = 0): readonly StaticValue[] {
    if (depth >= MAX_CHOICE_DEPTH) return elements;
    const isAlternative = (element: StaticValue): boolean =>
      choiceOf(element, this.sourceCode) !== null || this.loopValues(element) !== null;
    if (!elements.some(isAlternative)) return elements;
    const result: StaticValue[] = [];
    for (const element of elements) {
      const choice = choiceOf(element, this.sourceCode);
      const looped = choice === null ? this.loopValues(element) : null;
      if (choice !== null) result.push(...this.choiceElements(choice, depth));
      else if (looped !== null) result.push(...this.withBranches(looped, depth + 1));
      else result.push(element);
    }
    return result;
  }

  /**
   * What either branch of `choice` holds, as elements of the list it is written in (spread: the branches'
   * elements).
   */
  private choiceElements(choice: Choice, depth: number): StaticValue[] {
    const result: StaticValue[] = [];
    const spread = choice.spread;
    for (const branch of choice.branches) {
      const value = getStaticValue(branch, this.sourceCode);
      const nested = value.kind === 'unknown' && depth + 1 < MAX_CHOICE_DEPTH ? choiceOf(value, this.sourceCode) : null;
      if (spread && value.kind === 'array') result.push(...this.withBranches(value.elements, depth + 1));
      else if (nested !== null) result.push(...this.choiceElements({ branches: nested.branches, spread }, depth + 1));
      else result.push(spread ? { kind: 'unknown', node: branch } : value);
    }
    return result;
  }

  /** Statements of a policy document value (`{ Version, Statement }`), or of JSON text holding one. */
  documentStatements(value: StaticValue, trust: boolean, requireVersion: boolean): IamStatement<Range>[] {
    // JSON text with `${…}` holes (`parseJson` reads only fully known text): what the known parts prove.
    const document = value.kind === 'partial-string' ? this.partialJsonValue(value) : value;
    if (document.kind !== 'object') return [];
    if (requireVersion) {
      const version = property(document, 'Version')?.value;
      if (version?.kind !== 'string' || !POLICY_VERSIONS.has(version.value)) return [];
    }
    const statementValue = this.grownList(property(document, 'Statement')?.value);
    if (statementValue === undefined) return [];
    const cursor = this.child(this.rootCursor(document), 'Statement', statementValue);
    // A list a callback makes (`Statement: TABLES.map((t) => ({ … }))`) holds what the callback returns
    const elements = this.withBranches(statementValue.kind === 'array' ? statementValue.elements : [statementValue]);
    const statements: IamStatement<Range>[] = [];
    elements.slice(0, MAX_STATEMENTS).forEach((element, index) => {
      if (element.kind !== 'object') return;
      const elementCursor = statementValue.kind === 'array' ? this.child(cursor, index, element) : cursor;
      const statement = this.jsonStatement(element, trust, elementCursor);
      if (statement !== null) statements.push(statement);
    });
    return statements;
  }

  /**
   * A list of raw statements with no document around it: the Serverless Framework's `iamRoleStatements` /
   * `iam.role.statements` (`[{ Effect, Action, Resource }]`).
   */
  statementList(written: StaticValue): IamStatement<Range>[] {
    const value = this.grownList(written);
    if (value.kind !== 'array') return [];
    const cursor = this.rootCursor(value);
    const statements: IamStatement<Range>[] = [];
    this.withBranches(value.elements).slice(0, MAX_STATEMENTS).forEach((element, index) => {
      if (element.kind !== 'object') return;
      const statement = this.jsonStatement(element, false, this.child(cursor, index, element));
      if (statement !== null) statements.push(statement);
    });
    return statements;
  }

  /**
   * A list of statements a `const` holds and later code grows (`const statements = []; statements.push({ … })`): each
   * statement pushed is granted whenever its call runs. Any other value as it is.
   */
  private grownList<Value extends StaticValue | undefined>(value: Value): Value | StaticValue {
    // `const policy = { Version, Statement: [] }; policy.Statement.push({ … })`: the list written in the document,
    // grown through the document's name
    if (value?.kind === 'array' && value.node !== null) return getGrownMemberArray(value.node, this.sourceCode) ?? value;
    if (value?.kind !== 'unknown' || value.node === null) return value;
    return getGrownArray(value.node, this.sourceCode) ?? value;
  }

  /**
   * One raw-JSON statement, or null when it does not have a statement's shape. `changes`: what code does to it
   * after `PolicyStatement.fromJson` builds it (a statement by then, whatever its JSON holds).
   */
  jsonStatement(
    value: ObjectValue,
    trust: boolean,
    cursor = this.rootCursor(value),
    changes?: StatementChanges,
  ): IamStatement<Range> | null {
    const changed = changes !== undefined && (changes.calls.length > 0 || changes.effects.length > 0);
    return this.readingChoices(value, () => {
      const statement = this.readJsonStatement(value, trust, cursor, changed);
      if (statement !== null && changed) this.applyChanges(statement, changes);
      return statement;
    });
  }

  private readJsonStatement(
    value: ObjectValue,
    trust: boolean,
    cursor: JsonCursor | null,
    isStatement: boolean,
  ): IamStatement<Range> | null {
    const has = (key: string): boolean => value.properties.has(key);
    if (!isStatement) {
      if (!(has('Effect') || has('Action') || has('NotAction'))) return null;
      if (!(has('Resource') || has('NotResource') || has('Principal') || has('NotPrincipal'))) return null;
    }
    const container = value.node;
    const within = container.range;
    const list = (key: string): IamElementList<Range> | undefined => {
      const prop = property(value, key);
      if (prop === undefined) return value.hasUnknownKeys ? unknownList() : undefined;
      const child = this.child(cursor, key, prop.value);
      return this.stringList(prop.value, within, usedNode(prop, container), child, listKindOf(key));
    };

    let effect: IamStatement<Range>['effect'];
    const effectProp = property(value, 'Effect');
    if (effectProp === undefined) effect = value.hasUnknownKeys ? 'unknown' : 'allow';
    // Written in code, the effect may be CDK's enum (`Effect: iam.Effect.ALLOW` in `fromJson` or a Cfn document)
    else effect = effectProp.property !== null ? this.cdkEffect(effectProp) : effectOfString(effectProp.value);

    let principal: IamPrincipalList<Range> | undefined;
    const principalProp = property(value, 'Principal');
    if (principalProp === undefined) principal = value.hasUnknownKeys ? unknownPrincipals() : undefined;
    else principal = this.jsonPrincipals(principalProp, within, container, this.child(cursor, 'Principal', principalProp.value));

    let notPrincipal: IamElementList<Range> | undefined;
    const notPrincipalProp = property(value, 'NotPrincipal');
    if (notPrincipalProp === undefined) notPrincipal = value.hasUnknownKeys ? unknownList() : undefined;
    else {
      const principals = this.jsonPrincipals(
        notPrincipalProp,
        within,
        container,
        this.child(cursor, 'NotPrincipal', notPrincipalProp.value),
      );
      notPrincipal = {
        known: principals.known.map((entry) => ({ value: entry.label ?? entry.value, at: entry.at })),
        hasUnknown: principals.hasUnknown,
      };
    }

    let condition: IamCondition | undefined;
    const conditionProp = property(value, 'Condition');
    if (conditionProp === undefined) condition = value.hasUnknownKeys ? unknownCondition() : undefined;
    else condition = conditionOf(conditionProp.value);

    return {
      effect,
      action: list('Action'),
      notAction: list('NotAction'),
      resource: list('Resource'),
      notResource: list('NotResource'),
      principal,
      notPrincipal,
      condition,
      trust,
    };
  }

  /** `'*'`, `{ AWS: '*' }`, `{ AWS: ['arn…', '*'], Service: '…' }`. */
  private jsonPrincipals(
    prop: StaticProperty,
    within: Range,
    container: TSESTree.Node,
    cursor: JsonCursor | null,
  ): IamPrincipalList<Range> {
    const used = usedNode(prop, container);
    const value = this.interpolated(prop.value);
    if (value.kind === 'string') {
      const at = this.stringRange(value, within, used, cursor);
      return { known: [{ value: value.value, public: value.value === '*', at }], hasUnknown: false };
    }
    if (value.kind !== 'object') return unknownPrincipals();
    const result: IamPrincipalList<Range> = { known: [], hasUnknown: value.hasUnknownKeys };
    for (const [type, entry] of value.properties) {
      // `{ AWS: \`arn:aws:iam::${account}:root\` }` (also in a list): the root of the account the code names
      const elements = (entry.value.kind === 'array' ? entry.value.elements : [entry.value]).map((element) =>
        this.interpolated(element),
      );
      if (type === 'AWS' && elements.some(isOwnAccountRoot)) {
        for (const element of elements) {
          if (isOwnAccountRoot(element)) result.known.push(ownRootPrincipal(element, within));
          else addStringPrincipals(result, this.stringList(element, within, element.node ?? used, null), true);
        }
        continue;
      }
      const written = usedNode(entry, skipTypeWrappers(used));
      const entries = this.stringList(entry.value, within, written, this.child(cursor, type, entry.value));
      addStringPrincipals(result, entries, type === 'AWS');
    }
    // A written Principal makes a resource policy, whatever it names: one we cannot read is still some principal
    if (result.known.length === 0) result.hasUnknown = true;
    return result;
  }

  /**
   * A string or an array of strings; entries that cannot be resolved are counted, not guessed. A partly known entry
   * is kept as a partial element when its known text proves enough: in an action list, a known end `:*`
   * (`${service}:*`); in a resource list, an ARN of every resource of a service (`arn:${partition}:sqs:…:…:*`).
   */
  stringList(
    value: StaticValue,
    within: Range,
    used: TSESTree.Node,
    cursor: JsonCursor | null = null,
    kind: ListKind = 'other',
  ): IamElementList<Range> {
    value = this.interpolated(value);
    if (value.kind === 'string') {
      return { known: [{ value: value.value, at: this.stringRange(value, within, used, cursor) }], hasUnknown: false };
    }
    const looped = this.choicesRead ? this.loopValues(value) : null;
    if (value.kind === 'partial-string' && looped === null) {
      const list = unknownList();
      const partial = this.partialElement(kind, value, within, used, cursor);
      if (partial !== null) list.known.push(partial);
      return list;
    }
    const choice = this.choicesRead ? choiceOf(value, this.sourceCode) : null;
    if (choice !== null && !choice.spread) {
      // `dev ? ['s3:*'] : ['s3:GetObject']`: what either branch lists
      const list: IamElementList<Range> = { known: [], hasUnknown: false };
      for (const branch of this.choiceElements(choice, 0)) {
        const unread = choiceOf(branch, this.sourceCode) !== null;
        const read = unread ? unknownList() : this.stringList(branch, within, used, null, kind);
        mergeList(list, read);
      }
      return list;
    }
    if (looped !== null) {
      // `for (const actions of [['s3:*'], ['sqs:SendMessage']])`: what any pass lists
      const list: IamElementList<Range> = { known: [], hasUnknown: false };
      for (const item of looped) {
        const nested = choiceOf(item, this.sourceCode) !== null || this.loopValues(item) !== null;
        mergeList(list, nested ? unknownList() : this.stringList(item, within, used, null, kind));
      }
      return list;
    }
    // A constant list later grown by `push` / `unshift` (`if (admin) actions.push('s3:*')`): what it was written
    // with, and what each call adds whenever it runs (past MAX_GROWING_CALLS calls, what was written)
    if (value.kind === 'unknown' && value.node !== null) {
      value = getGrownOrExtendedArray(value.node, this.sourceCode) ?? value;
    }
    if (kind === 'resource' && value.kind === 'object') {
      const list = unknownList();
      const sub = this.subResource(value, within, used);
      if (sub !== null) list.known.push(sub);
      return list;
    }
    if (kind === 'resource' && value.kind === 'unknown') {
      const list = unknownList();
      const formatted = this.formattedResource(value, within, used);
      if (formatted !== null) list.known.push(formatted);
      return list;
    }
    if (value.kind !== 'array') return unknownList();
    const list: IamElementList<Range> = { known: [], hasUnknown: false };
    const elements = this.choicesRead ? this.withBranches(value.elements) : value.elements;
    // Positions in the written list no longer match once a choice is read through: the list is the fallback then
    const fallback = (index: number): TSESTree.Node =>
      elements === value.elements ? this.elementFallback(used, index) : used;
    elements.slice(0, MAX_ELEMENTS).forEach((written, index) => {
      const element = this.interpolated(written);
      if (element.kind === 'string') {
        const at = this.stringRange(element, within, fallback(index), this.child(cursor, index, element));
        list.known.push({ value: element.value, at });
      } else {
        // Not a string: unknown, partly known, or an object such as a CloudFormation intrinsic (`{ Ref: … }`)
        list.hasUnknown = true;
        if (kind === 'resource' && element.kind === 'object') {
          const sub = this.subResource(element, within, fallback(index));
          if (sub !== null) list.known.push(sub);
          return;
        }
        if (kind === 'resource' && element.kind === 'unknown') {
          const formatted = this.formattedResource(element, within, fallback(index));
          if (formatted !== null) list.known.push(formatted);
          return;
        }
        if (element.kind !== 'partial-string') return;
        const partial = this.partialElement(kind, element, within, fallback(index), this.child(cursor, index, element));
        if (partial !== null) list.known.push(partial);
      }
    });
    if (elements.length > MAX_ELEMENTS) list.hasUnknown = true;
    return list;
  }

  /** A partly known entry of a list of `kind`, kept for what its known text proves, else null. */
  private partialElement(
    kind: ListKind,
    value: PartialStringValue,
    within: Range,
    used: TSESTree.Node,
    cursor: JsonCursor | null,
  ): IamElement<Range> | null {
    if (kind === 'action') return this.partialAction(value, within, used, cursor);
    if (kind === 'resource') return this.partialResource(value, within, used, cursor);
    return null;
  }

  /**
   * A partly known action whose known text proves it ends in `<service>:*` (`${service}:*`, `svc + ':*'`): every
   * action of a service, whichever it is. Shown as its known text with `…` for each unknown part (`…:*`).
   */
  private partialAction(value: PartialStringValue, within: Range, used: TSESTree.Node, cursor: JsonCursor | null): IamElement<Range> | null {
    const parts = value.parts;
    // The known end: the pieces after the last unknown one (`[svc, '*'].join(':')` ends in `:` and `*`)
    let tailStart = parts.length;
    while (tailStart > 0 && parts[tailStart - 1] !== null) tailStart--;
    if (tailStart === parts.length) return null;
    const tail = parts
      .slice(tailStart)
      .map((part) => part!.text)
      .join('');
    const colon = tail.indexOf(':');
    // One colon, in the known end, followed only by `*`: `…:*`, `…-svc:*` (an action has exactly one colon).
    if (colon < 0 || colon !== tail.lastIndexOf(':') || !/^\*+$/u.test(tail.slice(colon + 1))) return null;
    let shown = '';
    for (const part of parts.slice(0, tailStart)) {
      if (part === null) shown += '…';
      else if (part.text.includes(':')) return null;
      else shown += part.text;
    }
    shown += tail;
    return { value: shown, at: this.partialRange(value, within, used, cursor), partial: true };
  }

  /**
   * A partly known resource ARN whose known text proves it names every resource of a service: `arn:` and the
   * five colons are known, and so is the resource after them, `*` alone (`arn:${partition}:sqs:${region}:${account}:*`,
   * `arn:${Aws.PARTITION}:s3:::*`), or a shortened ARN unknown in its partition only (`arn:${partition}:ses:*`). An
   * unknown part is taken as the content of its field (a partition, a region, an account ID), never as colons; one in
   * the resource (`arn:aws:s3:::${bucket}`) may narrow it. Shown with `…` for each unknown part (`arn:…:sqs:…:…:*`).
   */
  private partialResource(
    value: PartialStringValue,
    within: Range,
    used: TSESTree.Node,
    cursor: JsonCursor | null,
  ): IamElement<Range> | null {
    const first = value.parts[0];
    if (first === null || first === undefined || !first.text.startsWith('arn:')) return null;
    let shown = '';
    for (const part of value.parts) shown += part === null ? '…' : part.text;
    if (wholeServiceArnService(shown) === null) return null;
    return { value: shown, at: this.partialRange(value, within, used, cursor), partial: true };
  }

  /**
   * A resource CloudFormation's `Fn::Sub` builds (`{ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::*' }`, or a template and
   * its variables; an `Fn::Join`, see `joinResource`) that names every resource of a service, read as `partialResource` reads a template literal: each
   * `${…}` is the content of its field, `${!…}` the text it escapes. Reported on the template's string.
   */
  private subResource(value: ObjectValue, within: Range, used: TSESTree.Node): IamElement<Range> | null {
    if (value.hasUnknownKeys || value.properties.size !== 1) return null;
    const join = value.properties.get('Fn::Join')?.value;
    if (join !== undefined) return this.joinResource(join, within, used);
    return this.subTemplateResource(value.properties.get('Fn::Sub')?.value, within, used);
  }

  /** An `Fn::Sub`'s argument (a template, or a template and its variables) read as `subResource` says. */
  private subTemplateResource(argument: StaticValue | undefined, within: Range, used: TSESTree.Node): IamElement<Range> | null {
    const template = argument?.kind === 'array' ? argument.elements[0] : argument;
    if (template?.kind !== 'string' || !template.value.startsWith('arn:')) return null;
    const shown = template.value.replace(SUB_VARIABLE, (_written: string, name: string) =>
      name.startsWith('!') ? `\${${name.slice(1)}}` : '…',
    );
    if (wholeServiceArnService(shown) === null) return null;
    return { value: shown, at: this.stringRange(template, within, used), partial: true };
  }

  /**
   * `{ 'Fn::Join': ['', ['arn:aws:cognito-idp:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':*']] }`:
   * the ARN a join builds, each part that is no string the content of its field (as `subResource` reads `${…}`),
   * when it names every resource of a service. Reported on its last part when that is a string.
   */
  private joinResource(argument: StaticValue, within: Range, used: TSESTree.Node): IamElement<Range> | null {
    const [separator, list] = argument.kind === 'array' ? argument.elements : [];
    if (separator?.kind !== 'string' || list?.kind !== 'array') return null;
    const parts = list.elements;
    if (parts.length === 0 || parts.length > MAX_ELEMENTS) return null;
    const shown = parts.map((part) => (part.kind === 'string' ? part.value : '…')).join(separator.value);
    if (!shown.startsWith('arn:') || wholeServiceArnService(shown) === null) return null;
    const last = parts[parts.length - 1]!;
    const at = last.kind === 'string' ? this.stringRange(last, within, used) : inside(used.range, within) ? used.range : within;
    return { value: shown, at, partial: true };
  }

  /**
   * A resource CDK formats from its components (`Stack.of(this).formatArn({ service: 's3', region: '', account: '',
   * resource: '*' })`, `Arn.format({ … }, stack)`) that names every resource of a service, read as `partialResource`
   * reads a template: a component left out or unknown (the stack's partition, region and account) is the content of
   * its field (`arn:…:s3:::*`). Reported on the call.
   */
  private formattedResource(value: StaticValue, within: Range, used: TSESTree.Node): IamElement<Range> | null {
    // (through a `const` the call is bound to: `const arn = Fn.sub(…)`)
    const call =
      value.kind === 'unknown' && value.node !== null
        ? skipTypeWrappers(resolveBoundExpression(value.node, this.sourceCode))
        : null;
    if (call?.type !== AST_NODE_TYPES.CallExpression) return null;
    const callee = skipTypeWrappers(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    const method = getPropertyName(callee);
    const receiver = skipTypeWrappers(callee.object);
    // `Fn.sub('arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:*')`, `Fn.join(':', ['arn', Aws.PARTITION, 'sqs', …])`:
    // CDK's own forms of the intrinsics, read as the `Fn::Sub` / `Fn::Join` objects are
    // (`Fn` imported, or `cdk.Fn` of a namespace import)
    const fn =
      (receiver.type === AST_NODE_TYPES.Identifier && receiver.name === 'Fn') ||
      (receiver.type === AST_NODE_TYPES.MemberExpression && getPropertyName(receiver) === 'Fn');
    if (fn && (method === 'sub' || method === 'join')) {
      const args = call.arguments.map((argument) => getStaticValue(argument, this.sourceCode));
      return method === 'sub'
        ? this.subTemplateResource(args[0], within, used)
        : this.joinResource({ kind: 'array', elements: args, node: call }, within, used);
    }
    const formats =
      method === 'formatArn' ||
      (method === 'format' && receiver.type === AST_NODE_TYPES.Identifier && receiver.name === 'Arn');
    const components = formats ? call.arguments[0] : undefined;
    if (components === undefined || components.type === AST_NODE_TYPES.SpreadElement) return null;
    const read = getStaticValue(components, this.sourceCode);
    if (read.kind !== 'object' || read.hasUnknownKeys) return null;
    /** A component's text: '…' when unknown, undefined when left out. */
    const component = (name: string): string | undefined => {
      const property = read.properties.get(name)?.value;
      if (property === undefined) return undefined;
      return property.kind === 'string' ? property.value : '…';
    };
    const service = component('service');
    const resource = component('resource');
    if (service === undefined || service === '…' || resource === undefined) return null;
    const resourceName = component('resourceName');
    const shown =
      `arn:${component('partition') ?? '…'}:${service}:${component('region') ?? '…'}:${component('account') ?? '…'}:` +
      `${resource}${resourceName === undefined ? '' : `${arnSeparator(read)}${resourceName}`}`;
    if (wholeServiceArnService(shown) === null) return null;
    return { value: shown, at: inside(call.range, within) ? call.range : used.range, partial: true };
  }

  /** Where a partly known entry is reported: its JSON token, else the expression that holds it, else `used`. */
  private partialRange(
    value: PartialStringValue,
    within: Range,
    used: TSESTree.Node,
    cursor: JsonCursor | null,
  ): Range {
    let at: Range | null = null;
    if (cursor !== null && cursor.owner === value.node && cursor.location.kind === 'scalar') {
      at = cursor.source(cursor.location.start, cursor.location.end);
    }
    if (at === null || !inside(at, within)) at = inside(value.node.range, within) ? value.node.range : used.range;
    return at;
  }

  /**
   * Where a string value is reported: on the literal that holds it when that is inside `within` (a range inside
   * the literal when the value is a slice of it, e.g. JSON text), else on `used`, the expression written in the
   * statement (`ALL` for `const ALL = '*'`).
   */
  stringRange(value: StringValue, within: Range, used: TSESTree.Node, cursor: JsonCursor | null = null): Range {
    if (cursor !== null && cursor.owner === value.node && cursor.location.kind === 'scalar') {
      // A string inside JSON text: the JSON token, quotes included.
      const range = cursor.source(cursor.location.start, cursor.location.end);
      if (range !== null && inside(range, within)) return range;
    }
    if (value.segments.length === 1) {
      const segment = value.segments[0]!;
      const node = segment.node;
      if (
        node !== null &&
        (node.type === AST_NODE_TYPES.Literal || node.type === AST_NODE_TYPES.TemplateElement) &&
        inside(node.range, within)
      ) {
        const cooked = node.type === AST_NODE_TYPES.Literal ? String(node.value) : (node.value.cooked ?? '');
        if (segment.offset > 0 || segment.text.length < cooked.length) {
          const range = cookedRangeToSourceRange(node, segment.offset, segment.offset + segment.text.length, this.sourceCode);
          if (range !== null && inside(range, within)) return range;
        }
      }
    }
    if (inside(value.node.range, within)) return value.node.range;
    return used.range;
  }

  /** A cursor at the root of the JSON text `value` was parsed from, when it was parsed from a string's text. */
  private rootCursor(value: StaticValue): JsonCursor | null {
    if (value.kind !== 'object' && value.kind !== 'array') return null;
    const owner = value.node;
    let text: TSESTree.Literal | TSESTree.TemplateElement;
    let cooked: string;
    if (owner.type === AST_NODE_TYPES.Literal && typeof owner.value === 'string') {
      text = owner;
      cooked = owner.value;
    } else if (owner.type === AST_NODE_TYPES.TemplateLiteral && owner.expressions.length === 0) {
      text = owner.quasis[0]!;
      if (typeof text.value.cooked !== 'string') return null;
      cooked = text.value.cooked;
    } else if (PIECE_OWNERS.has(owner.type)) {
      // JSON text written in pieces (`${CONST}` in a template, a concatenation): located through the pieces.
      const pieces = this.pieceJson(owner, null);
      if (pieces === null || pieces.location.kind !== value.kind) return null;
      return { owner, location: pieces.location, source: pieces.source };
    } else {
      return null;
    }
    let location = this.jsonLocations.get(owner);
    if (location === undefined) {
      location = parseJsonLocations(cooked);
      this.jsonLocations.set(owner, location);
    }
    if (location === null || location.kind !== value.kind) return null;
    const sourceCode = this.sourceCode;
    return { owner, location, source: (start, end) => cookedRangeToSourceRange(text, start, end, sourceCode) };
  }

  /** The cursor of `value`, found at `step` of the value `parent` points at (or a new root). */
  private child(parent: JsonCursor | null, step: string | number, value: StaticValue): JsonCursor | null {
    if (parent !== null && value.node === parent.owner) {
      const location = jsonChild(parent.location, step);
      return location === null ? null : { owner: parent.owner, location, source: parent.source };
    }
    return this.rootCursor(value);
  }

  /**
   * JSON text held by `owner`, whose value is a string or a string with unknown parts (`value`, or evaluated when
   * null), parsed from its pieces as far as the known text proves (see `parseJsonPieces`). Cached per node.
   */
  private pieceJson(owner: TSESTree.Node, value: StringValue | PartialStringValue | null): PieceJson | null {
    const cached = this.pieceJsons.get(owner);
    if (cached !== undefined) return cached;
    let result: PieceJson | null = null;
    const resolved = value ?? writtenValue(owner, this.sourceCode, false);
    const parts = getStringParts(resolved);
    if (parts !== null && resolved.node === owner) {
      const tree = parseJsonPieces(parts.map((part) => part?.text ?? null));
      if (tree !== null) result = { tree, location: pieceLocations(tree), source: this.piecesSource(parts) };
    }
    this.pieceJsons.set(owner, result);
    return result;
  }

  /**
   * Maps offsets of text joined from `parts` (a gap counts as one character) to source: the first character's
   * start and the last character's end, each inside a Literal or template quasi it was written in.
   */
  private piecesSource(parts: readonly (StringSegment | null)[]): (start: number, end: number) => Range | null {
    const starts: number[] = [];
    let offset = 0;
    for (const part of parts) {
      starts.push(offset);
      offset += part === null ? 1 : part.text.length;
    }
    const sourceCode = this.sourceCode;
    /** The source range of the character at `position`. */
    const characterRange = (position: number): Range | null => {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (starts[middle]! <= position) low = middle;
        else high = middle - 1;
      }
      const part = parts[low];
      // A gap or text from elsewhere (`JSON.stringify` output) has no exact place; raw text (`String.raw`) maps to
      // the template as written
      if (part === null || part === undefined) return null;
      const node = part.node;
      if (node?.type !== AST_NODE_TYPES.Literal && node?.type !== AST_NODE_TYPES.TemplateElement) return null;
      const within = position - starts[low]!;
      if (within >= part.text.length) return null;
      const offset = part.offset + within;
      return cookedRangeToSourceRange(node, offset, offset + 1, sourceCode, part.raw === true);
    };
    return (start, end) => {
      if (end <= start) return null;
      const head = characterRange(start);
      const tail = characterRange(end - 1);
      return head === null || tail === null || head[0] > tail[1] ? null : [head[0], tail[1]];
    };
  }

  /** JSON text with unknown parts as a value (unknown where the text does not prove one). */
  private partialJsonValue(value: PartialStringValue): StaticValue {
    const pieces = this.pieceJson(value.node, value);
    return pieces === null ? value : pieceValue(pieces.tree, value.node);
  }

  /** The expression written for element `index` of `used` (an array literal), else `used`. */
  elementFallback(used: TSESTree.Node, index: number): TSESTree.Node {
    const node = skipTypeWrappers(used);
    if (node.type !== AST_NODE_TYPES.ArrayExpression) return used;
    let position = 0;
    for (const element of node.elements) {
      if (element === null) {
        position++;
        continue;
      }
      if (element.type === AST_NODE_TYPES.SpreadElement) {
        const spread = getStaticValue(element.argument, this.sourceCode);
        if (spread.kind !== 'array') return element;
        if (index < position + spread.elements.length) return element;
        position += spread.elements.length;
        continue;
      }
      if (position === index) return element;
      position++;
    }
    return used;
  }

  /** The managed policy named by an ARN value (fully or partly known), and where its name is written. */
  managedPolicyInArn(value: StaticValue, used: TSESTree.Node, within: Range): { name: string; at: Range } | null {
    if (value.kind !== 'string' && value.kind !== 'partial-string') return null;
    const fallback: Range = inside(value.node.range, within) ? value.node.range : used.range;
    if (value.kind === 'string') {
      const name = managedPolicyNameInArn(value.value);
      if (name === null) return null;
      const range = stringValueRange(value, name.offset, value.value.length, this.sourceCode);
      return { name: name.name, at: range !== null && inside(range, within) ? range : fallback };
    }
    // `arn:${Aws.PARTITION}:iam::aws:policy/AdministratorAccess`: the known tail names the policy.
    const last = value.parts[value.parts.length - 1];
    if (last === null || last === undefined) return null;
    const name = managedPolicyNameInArn(last.text);
    if (name === null) return null;
    let at = fallback;
    const node = last.node;
    if (node !== null && (node.type === AST_NODE_TYPES.Literal || node.type === AST_NODE_TYPES.TemplateElement)) {
      const range = cookedRangeToSourceRange(
        node,
        last.offset + name.offset,
        last.offset + name.offset + name.name.length,
        this.sourceCode,
        last.raw === true,
      );
      if (range !== null && inside(range, within)) at = range;
    }
    return { name: name.name, at };
  }

  /**
   * The AWS managed policy named by an ARN that CloudFormation intrinsics build (`{ 'Fn::Sub':
   * 'arn:${AWS::Partition}:iam::aws:policy/AmazonS3FullAccess' }`, an `Fn::Join` of such parts), and where its name
   * is written: in the string that ends the ARN when that string spells the whole name, else on the intrinsic.
   */
  managedPolicyInIntrinsic(value: ObjectValue, used: TSESTree.Node, within: Range): { name: string; at: Range } | null {
    const text = intrinsicText(value, 0, { steps: MAX_INTRINSIC_STEPS });
    if (text === null || !INTRINSIC_MANAGED_POLICY_ARN.test(text)) return null;
    const found = managedPolicyNameInArn(text);
    if (found === null || MARKS.test(found.name)) return null;
    const name = found.name;
    const fallback: Range = inside(value.node.range, within) ? value.node.range : used.range;
    const tail = intrinsicTail(value, 0);
    if (tail === null || !tail.value.endsWith(name)) return { name, at: fallback };
    const range = stringValueRange(tail, tail.value.length - name.length, tail.value.length, this.sourceCode);
    return { name, at: range !== null && inside(range, within) ? range : fallback };
  }

  /**
   * Props that scope a Lambda permission, as the condition entries Lambda writes for them (`ArnLike` for the
   * source ARN, `StringEquals` for the others), with their values when known.
   */
  scopingProps(value: ObjectValue, scoping: Readonly<Record<string, string>>): IamCondition {
    const condition: IamCondition = { entries: [], hasUnknown: value.hasUnknownKeys };
    for (const [prop, key] of Object.entries(scoping)) {
      const entry = property(value, prop);
      if (entry === undefined || entry.value.kind === 'undefined' || entry.value.kind === 'null') continue;
      const operator = key === 'aws:SourceArn' ? 'ArnLike' : 'StringEquals';
      condition.entries.push({ operator, key, values: entry.value.kind === 'string' ? [entry.value.value] : null });
    }
    return condition;
  }

  /**
   * CDK principals written at `node`: `new AnyPrincipal()`, `new ArnPrincipal('*')`, `.withConditions(…)`,
   * `new CompositePrincipal(…)`, through once-bound variables. `fallback` is where to report when the principal
   * is created outside `within`.
   */
  cdkPrincipals(node: TSESTree.Node, fallback: Range, within: Range, depth = 0): IamPrincipalList<Range> {
    const result: IamPrincipalList<Range> = { known: [], hasUnknown: false };
    if (depth > MAX_PRINCIPAL_DEPTH) return unknownPrincipals();
    const current = skipTypeWrappers(node);
    const at: Range = inside(current.range, within) ? current.range : fallback;

    if (current.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of current.elements) {
        if (element === null) continue;
        const part = element.type === AST_NODE_TYPES.SpreadElement ? unknownPrincipals() : this.cdkPrincipals(element, at, within, depth + 1);
        merge(result, part);
      }
      return result;
    }
    if (current.type === AST_NODE_TYPES.CallExpression) {
      const callee = skipTypeWrappers(current.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return unknownPrincipals();
      const method = getPropertyName(callee);
      if (method !== 'withConditions' && method !== 'withSessionTags') return unknownPrincipals();
      const inner = this.cdkPrincipals(callee.object, at, within, depth + 1);
      if (method === 'withConditions') {
        const argument = current.arguments[0];
        const condition = argument === undefined ? unknownCondition() : conditionOf(getStaticValue(argument, this.sourceCode));
        for (const principal of inner.known) principal.condition = joinConditions(principal.condition, condition);
      }
      return inner;
    }
    if (current.type === AST_NODE_TYPES.Identifier) {
      const instance = resolveInstance(current, this.sourceCode);
      if (instance !== null) return this.cdkPrincipals(instance.creation, at, within, depth + 1);
      // `const PRINCIPALS = [new AnyPrincipal()]`
      const value = getStaticValue(current, this.sourceCode);
      if (value.kind !== 'array') return unknownPrincipals();
      for (const element of value.elements) {
        merge(result, element.node === null ? unknownPrincipals() : this.cdkPrincipals(element.node, at, within, depth + 1));
      }
      return result;
    }
    if (current.type !== AST_NODE_TYPES.NewExpression) return unknownPrincipals();
    const api = cdkApi(resolveCallee(current, this.sourceCode));
    if (api === null || api.submodule !== 'aws-iam' || api.path.length !== 1 || api.export === null) return unknownPrincipals();
    const args = current.arguments;
    switch (api.export) {
      case 'AnyPrincipal':
      case 'StarPrincipal':
        result.known.push({ value: '*', label: api.export, public: true, at });
        return result;
      case 'ArnPrincipal': {
        const arn = args[0] === undefined ? null : getStaticValue(args[0], this.sourceCode);
        if (arn?.kind === 'string') {
          result.known.push({
            value: arn.value,
            label: arn.value === '*' ? "ArnPrincipal('*')" : arn.value,
            public: arn.value === '*',
            at,
          });
          return result;
        }
        if (arn !== null && isOwnAccountRoot(arn)) {
          result.known.push({ value: 'arn:…:root', public: false, at, accountRoot: true });
          return result;
        }
        return unknownPrincipals();
      }
      case 'PrincipalWithConditions': {
        const inner = args[0] === undefined ? unknownPrincipals() : this.cdkPrincipals(args[0], at, within, depth + 1);
        const condition = args[1] === undefined ? unknownCondition() : conditionOf(getStaticValue(args[1], this.sourceCode));
        for (const principal of inner.known) principal.condition = joinConditions(principal.condition, condition);
        return inner;
      }
      case 'SessionTagsPrincipal':
        return args[0] === undefined ? unknownPrincipals() : this.cdkPrincipals(args[0], at, within, depth + 1);
      case 'CompositePrincipal':
        for (const argument of args) {
          merge(
            result,
            argument.type === AST_NODE_TYPES.SpreadElement ? unknownPrincipals() : this.cdkPrincipals(argument, at, within, depth + 1),
          );
        }
        return result;
      default: {
        if (!api.export.endsWith('Principal')) return unknownPrincipals();
        const first = args[0] === undefined ? null : getStaticValue(args[0], this.sourceCode);
        const label = first?.kind === 'string' ? first.value : api.export;
        // The stack's own account root; `AccountPrincipal(this.account)`, but not a literal ID (maybe another
        // account's)
        const accountRoot =
          api.export === 'AccountRootPrincipal' || (api.export === 'AccountPrincipal' && first?.kind !== 'string');
        result.known.push({ value: label, public: false, at, accountRoot });
        return result;
      }
    }
  }

  /**
   * `iam.Grant.addToPrincipal({ grantee, actions, resourceArns, conditions })`: CDK adds an Allow statement of these
   * actions on these resources to the grantee's policy.
   */
  grantStatement(call: TSESTree.CallExpression): IamStatement<Range> | null {
    const propsNode = call.arguments[0];
    if (propsNode === undefined || propsNode.type === AST_NODE_TYPES.SpreadElement) return null;
    const props = getStaticValue(propsNode, this.sourceCode);
    if (props.kind !== 'object') return null;
    return this.readingChoices(props, () => this.readGrantStatement(call, propsNode, props));
  }

  private readGrantStatement(
    call: TSESTree.CallExpression,
    propsNode: TSESTree.Node,
    props: ObjectValue,
  ): IamStatement<Range> | null {
    const within = call.range;
    const list = (key: string): IamElementList<Range> | undefined => {
      const prop = property(props, key);
      if (prop === undefined) return props.hasUnknownKeys ? unknownList() : undefined;
      return this.stringList(prop.value, within, usedNode(prop, propsNode), null, listKindOf(key));
    };
    const statement: IamStatement<Range> = {
      effect: 'allow',
      action: list('actions'),
      resource: list('resourceArns'),
    };
    const conditions = property(props, 'conditions');
    if (conditions !== undefined) statement.condition = conditionOfEither(conditions.value, this.sourceCode);
    else if (props.hasUnknownKeys) statement.condition = unknownCondition();
    return statement;
  }

  /**
   * `new tasks.CallAwsService(scope, id, { service, action, iamAction, iamResources })`: CDK adds an Allow statement
   * of `iamAction` (else `${service}:${action}`, the service named as IAM names it) on `iamResources` to the state
   * machine's role.
   */
  sdkTaskStatement(creation: TSESTree.NewExpression): IamStatement<Range> | null {
    const propsNode = creation.arguments[2];
    if (propsNode === undefined || propsNode.type === AST_NODE_TYPES.SpreadElement) return null;
    const props = getStaticValue(propsNode, this.sourceCode);
    if (props.kind !== 'object' || props.hasUnknownKeys) return null;
    const within = creation.range;
    const resources = property(props, 'iamResources');
    if (resources === undefined) return null;
    const iamAction = property(props, 'iamAction');
    let action: IamElementList<Range>;
    if (iamAction !== undefined) {
      action = this.stringList(iamAction.value, within, usedNode(iamAction, propsNode), null, 'action');
    } else {
      // The action CDK writes is not in the source: known when both names are, placed on the `action` prop
      const service = property(props, 'service');
      const method = property(props, 'action');
      if (service?.value.kind !== 'string' || method?.value.kind !== 'string') return null;
      const at = usedNode(method, propsNode).range;
      const iamService = SDK_TASK_IAM_SERVICES.get(service.value.value) ?? service.value.value;
      action = { known: [{ value: `${iamService}:${method.value.value}`, at }], hasUnknown: false };
    }
    return {
      effect: 'allow',
      action,
      resource: this.stringList(resources.value, within, usedNode(resources, propsNode), null, 'resource'),
    };
  }

  /**
   * CDK's `new AwsCustomResource(scope, id, { onCreate, onUpdate, onDelete, policy:
   * AwsCustomResourcePolicy.fromSdkCalls({ resources }) })`: the statement CDK writes, the IAM action of each SDK
   * call (not in the source: placed on the call's `action`) on the `resources` given (`ANY_RESOURCE` is `'*'`).
   */
  customResourceStatement(creation: TSESTree.NewExpression): IamStatement<Range> | null {
    const propsNode = creation.arguments[2];
    if (propsNode === undefined || propsNode.type === AST_NODE_TYPES.SpreadElement) return null;
    const props = getStaticValue(propsNode, this.sourceCode);
    if (props.kind !== 'object') return null;
    const policy = property(props, 'policy');
    if (policy === undefined) return null;
    // `cond ? fromSdkCalls({ resources: [arn] }) : fromSdkCalls({ resources: ANY_RESOURCE })`: either may be granted
    const resource: IamElementList<Range> = { known: [], hasUnknown: false };
    const policies = this.choiceNodes(writtenNode(policy, usedNode(policy, propsNode)));
    for (const policyNode of policies) {
      const read = this.sdkCallsResources(policyNode);
      if (read === null) return null;
      mergeList(resource, read);
    }
    // A spread among the props may add calls the rule does not see (the written ones stay known)
    const action: IamElementList<Range> = { known: [], hasUnknown: props.hasUnknownKeys };
    for (const key of ['onCreate', 'onUpdate', 'onDelete']) {
      const sdkCall = property(props, key);
      if (sdkCall !== undefined) mergeList(action, this.sdkCallActions(sdkCall, propsNode));
    }
    if (action.known.length === 0) return null;
    return { effect: 'allow', action, resource };
  }

  /** The branches of a choice written at `node` (through once-bound names), else the node itself. */
  private choiceNodes(node: TSESTree.Node, depth = 0): TSESTree.Node[] {
    const resolved = resolveBoundExpression(node, this.sourceCode);
    if (resolved.type !== AST_NODE_TYPES.ConditionalExpression || depth >= MAX_CHOICE_DEPTH) return [node];
    return [
      ...this.choiceNodes(resolved.consequent, depth + 1),
      ...this.choiceNodes(resolved.alternate, depth + 1),
    ];
  }

  /** `AwsCustomResourcePolicy.fromSdkCalls({ resources })`: the resources (`ANY_RESOURCE` is `'*'`), else null. */
  private sdkCallsResources(policyNode: TSESTree.Node): IamElementList<Range> | null {
    // `Object.freeze(AwsCustomResourcePolicy.fromSdkCalls(…))`: the policy itself
    let call = resolveBoundExpression(policyNode, this.sourceCode);
    if (isGlobalMethodCall(call, 'Object', 'freeze', this.sourceCode)) {
      const frozen = call.arguments[0];
      if (frozen === undefined || frozen.type === AST_NODE_TYPES.SpreadElement) return null;
      call = resolveBoundExpression(frozen, this.sourceCode);
    }
    if (call.type !== AST_NODE_TYPES.CallExpression) return null;
    if (!isCdk(calleeAwsApi(call, this.sourceCode), 'custom-resources', ['AwsCustomResourcePolicy', 'fromSdkCalls'])) {
      return null;
    }
    const optionsNode = call.arguments[0];
    if (optionsNode === undefined || optionsNode.type === AST_NODE_TYPES.SpreadElement) return null;
    const options = getStaticValue(optionsNode, this.sourceCode);
    if (options.kind !== 'object') return null;
    const resources = property(options, 'resources');
    if (resources === undefined) return null;
    const used = usedNode(resources, optionsNode);
    const list: IamElementList<Range> = { known: [], hasUnknown: false };
    // `cond ? [arn] : AwsCustomResourcePolicy.ANY_RESOURCE`: each branch
    const branches = this.choiceNodes(writtenNode(resources, used));
    for (const branch of branches) {
      // One value: where it is used (a const's use); a choice: each branch where it is written
      const at = branches.length === 1 ? used : branch;
      if (this.isAnyResource(branch)) {
        list.known.push({ value: '*', at: at.range });
      } else {
        const value = branches.length === 1 ? resources.value : getStaticValue(branch, this.sourceCode);
        mergeList(list, this.stringList(value, optionsNode.range, at, null, 'resource'));
      }
    }
    return list;
  }

  /** `undefined` or `null`, or a choice with such a branch (`cond ? arn : undefined`). */
  private mayBeUnset(value: StaticValue): boolean {
    if (value.kind === 'undefined' || value.kind === 'null') return true;
    const choice = choiceOf(value, this.sourceCode);
    return (
      choice !== null &&
      !choice.spread &&
      choice.branches.some((branch) => {
        const kind = getStaticValue(branch, this.sourceCode).kind;
        return kind === 'undefined' || kind === 'null';
      })
    );
  }

  /** `AwsCustomResourcePolicy.ANY_RESOURCE` of CDK's custom-resources. */
  private isAnyResource(node: TSESTree.Node): boolean {
    const api = resolveAwsRef(skipTypeWrappers(node), this.sourceCode)?.api ?? null;
    return isCdk(api, 'custom-resources', ['AwsCustomResourcePolicy', 'ANY_RESOURCE']);
  }

  /**
   * The IAM action CDK grants for one SDK call of a custom resource (`{ service, action }`): none for a call made with
   * an assumed role (CDK grants `sts:AssumeRole` on that role instead); unknown when it cannot be read.
   */
  private sdkCallActions(sdkCall: StaticProperty, propsNode: TSESTree.Node): IamElementList<Range> {
    const value = sdkCall.value;
    if (value.kind !== 'object' || value.hasUnknownKeys) return unknownList();
    // CDK tests `assumedRoleArn == null`: `undefined`, or a choice that may be it, still grants the call's action
    const assumedRole = property(value, 'assumedRoleArn')?.value;
    if (assumedRole !== undefined && !this.mayBeUnset(assumedRole)) return { known: [], hasUnknown: false };
    const service = property(value, 'service');
    const method = property(value, 'action');
    if (service?.value.kind !== 'string' || method === undefined) return unknownList();
    const at = usedNode(method, value.node ?? propsNode);
    // `action: create ? 'putParameter' : 'getParameter'`: either is granted, each placed where it is written
    const choice = choiceOf(method.value, this.sourceCode);
    const methods =
      choice === null || choice.spread
        ? [{ value: method.value, at }]
        : choice.branches.map((branch) => ({ value: getStaticValue(branch, this.sourceCode), at: branch }));
    const list: IamElementList<Range> = { known: [], hasUnknown: false };
    for (const { value: name, at: node } of methods) {
      const iamAction = name.kind === 'string' ? sdkCallIamAction(service.value.value, name.value) : null;
      // `lambda:Invoke` (CDK's name for the SDK's `invoke`) is no IAM action and grants nothing: the code grants
      // `lambda:InvokeFunction` elsewhere (`fn.grantInvoke(resource)`)
      if (iamAction === null || iamAction.toLowerCase() === 'lambda:invoke') list.hasUnknown = true;
      else list.known.push({ value: iamAction, at: node.range });
    }
    return list;
  }

  /**
   * Statements in lower case: a list of them (SST v3 function `permissions`, Pulumi's `statements`), or one
   * (`sst.aws.permission(…)`).
   */
  lowerCaseStatements(value: StaticValue, conditionKey = 'conditions'): IamStatement<Range>[] {
    const elements = value.kind === 'array' ? this.withBranches(value.elements).slice(0, MAX_STATEMENTS) : [value];
    const statements: IamStatement<Range>[] = [];
    for (const element of elements) {
      const statement = this.lowerCaseStatement(element, conditionKey);
      if (statement !== null) statements.push(statement);
    }
    return statements;
  }

  /**
   * An IAM statement in lower case, as SST v3's `FunctionPermissionArgs` (`{ actions, resources, effect,
   * conditions }`) and Pulumi's `getPolicyDocument` statements (also `notActions`, `notResources`, `principals`,
   * `notPrincipals`) write it: `effect` `'allow'` / `'Allow'` (the default) or `'deny'`, principals as
   * `[{ type, identifiers }]`, conditions as `[{ test, variable, values }]`.
   */
  private lowerCaseStatement(value: StaticValue, conditionKey: string): IamStatement<Range> | null {
    if (value.kind !== 'object' || !(value.properties.has('actions') || value.properties.has('notActions'))) return null;
    return this.readingChoices(value, () => this.readLowerCaseStatement(value, conditionKey));
  }

  private readLowerCaseStatement(value: ObjectValue, conditionKey: string): IamStatement<Range> | null {
    const container = value.node;
    const within = container.range;
    const list = (key: string): IamElementList<Range> | undefined => {
      const prop = property(value, key);
      if (prop === undefined) return value.hasUnknownKeys ? unknownList() : undefined;
      return this.stringList(prop.value, within, usedNode(prop, container), null, listKindOf(key));
    };
    const principals = (key: string): IamPrincipalList<Range> | undefined => {
      const prop = property(value, key);
      if (prop === undefined) return value.hasUnknownKeys ? unknownPrincipals() : undefined;
      return this.typedPrincipals(prop.value, within);
    };
    const effectProp = property(value, 'effect');
    let effect: IamStatement<Range>['effect'];
    if (effectProp === undefined) effect = value.hasUnknownKeys ? 'unknown' : 'allow';
    else effect = effectProp.value.kind === 'string' ? effectOfString(capitalised(effectProp.value)) : 'unknown';
    const statement = statementOfKeys(effect, list, principals);
    const conditions = property(value, conditionKey);
    if (conditions !== undefined) statement.condition = testConditions(conditions.value);
    else if (value.hasUnknownKeys) statement.condition = unknownCondition();
    return statement;
  }

  /**
   * ``pulumi.interpolate`…` `` and `pulumi.concat(…)` (SST's `$interpolate`, `$concat`): the text as written
   * (Pulumi only waits for outputs): where a policy's values are Pulumi inputs, the text they resolve to.
   */
  interpolated(value: StaticValue): StaticValue {
    const node = value.kind === 'unknown' && value.node !== null ? skipTypeWrappers(value.node) : null;
    if (node?.type === AST_NODE_TYPES.TaggedTemplateExpression) {
      if (pulumiStringBuilder(node.tag, this.sourceCode) !== 'interpolate') return value;
      return getStaticValue(node.quasi, this.sourceCode);
    }
    return node === null ? value : (pulumiConcatValue(node, this.sourceCode, false) ?? value);
  }

  /**
   * Principals as Pulumi writes them, `[{ type: 'AWS', identifiers: ['*'] }]`: public when an identifier of type
   * `AWS` or `*` is `'*'`; the root of the deployed account (`arn:aws:iam::${accountId}:root`) is marked as such.
   */
  private typedPrincipals(value: StaticValue, within: Range): IamPrincipalList<Range> {
    if (value.kind !== 'array') return unknownPrincipals();
    const result: IamPrincipalList<Range> = { known: [], hasUnknown: value.elements.length > MAX_ELEMENTS };
    for (const entry of value.elements.slice(0, MAX_ELEMENTS)) {
      const type = entry.kind === 'object' ? property(entry, 'type')?.value : undefined;
      const identifiers = entry.kind === 'object' ? property(entry, 'identifiers') : undefined;
      if (entry.kind !== 'object' || entry.hasUnknownKeys || type?.kind !== 'string' || identifiers === undefined) {
        result.hasUnknown = true;
        continue;
      }
      const aws = type.value === 'AWS' || type.value === '*';
      const written = usedNode(identifiers, entry.node);
      const elements = identifiers.value.kind === 'array' ? identifiers.value.elements : [identifiers.value];
      elements.slice(0, MAX_ELEMENTS).forEach((entryValue, index) => {
        const element = this.interpolated(entryValue);
        if (aws && isOwnAccountRoot(element)) {
          result.known.push(ownRootPrincipal(element, within));
          return;
        }
        const used = identifiers.value.kind === 'array' ? this.elementFallback(written, index) : written;
        addStringPrincipals(result, this.stringList(element, within, element.node ?? used, null), aws);
      });
    }
    return result;
  }

  /** A `new PolicyStatement(props)` plus the `add*` calls and `effect =` assignments on it. */
  cdkStatement(record: CdkStatementRecord): IamStatement<Range> | null {
    const props = this.cdkProps(record);
    if (props === undefined) return null;
    return this.readingChoices(props, () => this.readCdkStatement(record, record.creation.arguments[0], props));
  }

  /** The props object of a `new PolicyStatement(props)` (null without one), or undefined when it cannot be read. */
  private cdkProps(record: CdkStatementRecord): ObjectValue | null | undefined {
    const propsNode = record.creation.arguments[0];
    if (propsNode === undefined) return null;
    if (propsNode.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const value = getStaticValue(propsNode, this.sourceCode);
    if (value.kind === 'undefined') return null;
    return value.kind === 'object' ? value : undefined;
  }

  /**
   * The statements a `new PolicyStatement(props)` makes: one, or, when its props are a loop variable's or a helper
   * parameter's (`SPECS.map((spec) => new PolicyStatement(spec))`, `const allow = (props) => new
   * PolicyStatement(props)` called in the file), one per value it takes that is an object written in the file (each
   * read on its own: its fields pair up). A value that cannot be read adds none.
   */
  cdkStatements(record: CdkStatementRecord): IamStatement<Range>[] {
    const props = this.cdkProps(record);
    const perCall = props === undefined ? null : this.perCallStatements(props, () => this.cdkStatement(record));
    if (perCall !== null) return perCall;
    const one = this.cdkStatement(record);
    if (one !== null) return [one];
    const propsNode = record.creation.arguments[0];
    if (propsNode === undefined || propsNode.type === AST_NODE_TYPES.SpreadElement) return [];
    const value = getStaticValue(propsNode, this.sourceCode);
    const looped = value.kind === 'unknown' ? this.loopValues(value) : null;
    if (looped === null) return [];
    const statements: IamStatement<Range>[] = [];
    for (const item of looped.slice(0, MAX_ELEMENTS)) {
      if (item.kind !== 'object') continue;
      const statement = this.readingChoices(item, () => this.readCdkStatement(record, propsNode, item));
      if (statement !== null) statements.push(statement);
    }
    return statements;
  }

  private readCdkStatement(
    record: CdkStatementRecord,
    propsNode: TSESTree.CallExpressionArgument | undefined,
    props: ObjectValue | null,
  ): IamStatement<Range> | null {
    const { creation } = record;
    const within = creation.range;
    const container: TSESTree.Node = propsNode ?? creation;
    const absent = props?.hasUnknownKeys === true;

    const list = (key: string): IamElementList<Range> | undefined => {
      const prop = props === null ? undefined : property(props, key);
      if (prop === undefined) return absent ? unknownList() : undefined;
      return this.stringList(prop.value, within, usedNode(prop, container), null, listKindOf(key));
    };
    const principals = (key: string): IamPrincipalList<Range> | undefined => {
      const prop = props === null ? undefined : property(props, key);
      if (prop === undefined) return absent ? unknownPrincipals() : undefined;
      const used = usedNode(prop, container);
      return this.cdkPrincipals(writtenNode(prop, used), used.range, within);
    };

    let effect: IamStatement<Range>['effect'];
    const effectProp = props === null ? undefined : property(props, 'effect');
    if (effectProp === undefined) effect = absent ? 'unknown' : 'allow';
    else effect = this.cdkEffect(effectProp);

    const statement = statementOfKeys(effect, list, principals);
    const conditionProp = props === null ? undefined : property(props, 'conditions');
    if (conditionProp !== undefined) statement.condition = conditionOfEither(conditionProp.value, this.sourceCode);
    else if (absent) statement.condition = unknownCondition();

    this.applyChanges(statement, record);
    return statement;
  }

  /** `effect =` assignments and `add*` calls on a built statement (`new PolicyStatement(…)` or `fromJson(…)`). */
  private applyChanges(statement: IamStatement<Range>, changes: StatementChanges): void {
    for (const assigned of changes.effects) {
      const next = this.cdkEffectOfNode(assigned);
      if (next !== 'allow') statement.effect = next === 'deny' ? 'deny' : 'unknown';
    }
    for (const { method, call } of changes.calls) this.applyCall(statement, method, call);
  }

  private applyCall(statement: IamStatement<Range>, method: string, call: TSESTree.CallExpression): void {
    const within = call.range;
    const args = call.arguments;
    const strings = (kind: ListKind = 'other'): IamElementList<Range> => {
      const list: IamElementList<Range> = { known: [], hasUnknown: false };
      for (const argument of args) {
        const written = argument.type === AST_NODE_TYPES.SpreadElement ? argument.argument : argument;
        mergeList(list, this.stringList(getStaticValue(written, this.sourceCode), within, written, null, kind));
      }
      return list;
    };
    const addPrincipal = (principal: IamPrincipalList<Range>): void => {
      statement.principal = statement.principal === undefined ? clonePrincipals(principal) : merge(statement.principal, principal);
    };
    const addCondition = (condition: IamCondition): void => {
      statement.condition = joinConditions(statement.condition, condition);
    };
    switch (method) {
      case 'addActions':
        statement.action = joinLists(statement.action, strings('action'));
        return;
      case 'addNotActions':
        statement.notAction = joinLists(statement.notAction, strings());
        return;
      case 'addResources':
        statement.resource = joinLists(statement.resource, strings('resource'));
        return;
      case 'addNotResources':
        statement.notResource = joinLists(statement.notResource, strings());
        return;
      case 'addAllResources':
        statement.resource = joinLists(statement.resource, { known: [{ value: '*', at: call.range }], hasUnknown: false });
        return;
      case 'addAnyPrincipal':
        addPrincipal({ known: [{ value: '*', label: 'addAnyPrincipal()', public: true, at: call.range }], hasUnknown: false });
        return;
      case 'addPrincipals':
      case 'addNotPrincipals': {
        const list: IamPrincipalList<Range> = { known: [], hasUnknown: false };
        for (const argument of args) {
          merge(
            list,
            argument.type === AST_NODE_TYPES.SpreadElement ? unknownPrincipals() : this.cdkPrincipals(argument, argument.range, within),
          );
        }
        if (method === 'addPrincipals') addPrincipal(list);
        else statement.notPrincipal = joinLists(statement.notPrincipal, toLabels(list) ?? unknownList());
        return;
      }
      case 'addArnPrincipal': {
        const argument = args[0];
        const value = argument === undefined ? null : getStaticValue(argument, this.sourceCode);
        if (argument === undefined || value?.kind !== 'string') {
          addPrincipal(unknownPrincipals());
          return;
        }
        const at = this.stringRange(value, within, argument);
        addPrincipal({ known: [{ value: value.value, public: value.value === '*', at }], hasUnknown: false });
        return;
      }
      case 'addFederatedPrincipal': {
        const argument = args[1];
        addPrincipal({ known: [{ value: method, public: false, at: call.range }], hasUnknown: false });
        if (argument !== undefined) addCondition(conditionOf(getStaticValue(argument, this.sourceCode)));
        return;
      }
      case 'addAwsAccountPrincipal':
      case 'addServicePrincipal':
      case 'addAccountRootPrincipal':
      case 'addCanonicalUserPrincipal': {
        const accountArgument = method === 'addAwsAccountPrincipal' ? args[0] : undefined;
        const account = accountArgument === undefined ? null : getStaticValue(accountArgument, this.sourceCode);
        const accountRoot =
          method === 'addAccountRootPrincipal' || (method === 'addAwsAccountPrincipal' && account?.kind !== 'string');
        addPrincipal({ known: [{ value: method, public: false, at: call.range, accountRoot }], hasUnknown: false });
        return;
      }
      case 'addCondition': {
        const key = args[0] === undefined ? null : getStaticValue(args[0], this.sourceCode);
        const value = args[1] === undefined ? null : getStaticValue(args[1], this.sourceCode);
        if (key?.kind !== 'string' || value === null) {
          addCondition(unknownCondition());
          return;
        }
        addCondition(operatorEntries(key.value, value));
        return;
      }
      case 'addConditions':
        addCondition(args[0] === undefined ? unknownCondition() : conditionOf(getStaticValue(args[0], this.sourceCode)));
        return;
      case 'addAccountCondition':
        addCondition({ entries: [{ operator: 'StringEquals', key: 'sts:ExternalId' }], hasUnknown: false });
        return;
      case 'addSourceAccountCondition':
        addCondition({ entries: [{ operator: 'StringEquals', key: 'aws:SourceAccount' }], hasUnknown: false });
        return;
      case 'addSourceArnCondition':
        addCondition({ entries: [{ operator: 'ArnEquals', key: 'aws:SourceArn' }], hasUnknown: false });
        return;
      default:
        return;
    }
  }

  private cdkEffect(prop: StaticProperty): IamStatement<Range>['effect'] {
    const node = prop.property !== null ? prop.property.value : prop.value.node;
    if (prop.value.kind === 'string') return effectOfString(prop.value);
    return node === null ? 'unknown' : this.cdkEffectOfNode(node);
  }

  /** `iam.Effect.ALLOW` / `Effect.DENY` bound through imports, or the strings `'Allow'` / `'Deny'`. */
  private cdkEffectOfNode(node: TSESTree.Node): IamStatement<Range>['effect'] {
    const api = cdkApi(resolveModuleRef(skipTypeWrappers(node), this.sourceCode));
    if (api !== null) {
      if (isCdk(api, 'aws-iam', ['Effect', 'ALLOW'])) return 'allow';
      if (isCdk(api, 'aws-iam', ['Effect', 'DENY'])) return 'deny';
      return 'unknown';
    }
    return effectOfString(getStaticValue(node, this.sourceCode));
  }
}

function effectOfString(value: StaticValue): IamStatement<Range>['effect'] {
  if (value.kind !== 'string') return 'unknown';
  if (value.value === 'Allow') return 'allow';
  if (value.value === 'Deny') return 'deny';
  return 'unknown';
}

/** A parsed piece of JSON text as a static value; every value carries `owner`, the node that holds the text. */
function pieceValue(node: JsonPieceNode, owner: TSESTree.Node): StaticValue {
  switch (node.kind) {
    case 'object': {
      const properties = new Map<string, StaticProperty>();
      for (const [key, member] of node.members) {
        properties.set(key, { value: pieceValue(member, owner), property: null, keyNode: null });
      }
      return { kind: 'object', node: owner, properties, hasUnknownKeys: node.hasUnknownKeys };
    }
    case 'array':
      return { kind: 'array', node: owner, elements: node.items.map((item) => pieceValue(item, owner)) };
    case 'string': {
      const parts = node.parts.map((text) => (text === null ? null : { text, node: null, offset: 0 }));
      if (parts.includes(null)) return { kind: 'partial-string', node: owner, parts };
      const text = node.parts.join('');
      return { kind: 'string', value: text, node: owner, segments: [{ text, node: null, offset: 0 }] };
    }
    case 'literal':
      if (node.value === null) return { kind: 'null', node: owner };
      return typeof node.value === 'number'
        ? { kind: 'number', value: node.value, node: owner }
        : { kind: 'boolean', value: node.value, node: owner };
    default:
      return { kind: 'unknown', node: owner };
  }
}

/** `{ StringEquals: { 'aws:SourceAccount': … } }` → entries; anything not fully readable is marked unknown. */
function conditionOf(value: StaticValue): IamCondition {
  if (value.kind === 'undefined' || value.kind === 'null') return { entries: [], hasUnknown: false };
  if (value.kind !== 'object') return unknownCondition();
  const condition: IamCondition = { entries: [], hasUnknown: value.hasUnknownKeys };
  for (const [operator, entry] of value.properties) {
    const part = operatorEntries(operator, entry.value);
    condition.entries.push(...part.entries);
    if (part.hasUnknown) condition.hasUnknown = true;
  }
  return condition;
}

/**
 * `conditionOf`, also for a condition chosen at run time (`cond ? { StringEquals: … } : undefined`): the entries of
 * both branches, so the condition may narrow (or scope) when either branch does, and does not when neither does.
 */
function conditionOfEither(value: StaticValue, sourceCode: SourceCode, depth = 0): IamCondition {
  const choice = value.kind === 'unknown' && depth < 4 ? getChoiceBranches(value.node, sourceCode) : null;
  if (choice === null) return conditionOf(value);
  const branches = choice.map((branch) =>
    conditionOfEither(getStaticValue(branch, sourceCode), sourceCode, depth + 1),
  );
  return {
    entries: branches.flatMap((branch) => branch.entries),
    hasUnknown: branches.some((branch) => branch.hasUnknown),
  };
}

function operatorEntries(operator: string, value: StaticValue): IamCondition {
  if (value.kind !== 'object') return unknownCondition();
  return {
    entries: [...value.properties].map(([key, entry]) => ({ operator, key, values: conditionValues(entry.value) })),
    hasUnknown: value.hasUnknownKeys,
  };
}

/** The values a condition compares its key with (`'x'` or `['x', 'y']`), or null when any is not known. */
function conditionValues(value: StaticValue): string[] | null {
  const one = (item: StaticValue): string | null => {
    if (item.kind === 'string') return item.value;
    if (item.kind === 'number' || item.kind === 'boolean') return String(item.value);
    return null;
  };
  if (value.kind !== 'array') {
    const single = one(value);
    return single === null ? null : [single];
  }
  if (value.elements.length > MAX_ELEMENTS) return null;
  const values: string[] = [];
  for (const element of value.elements) {
    const known = one(element);
    if (known === null) return null;
    values.push(known);
  }
  return values;
}

/** Principals read as strings (of one type: `AWS`, `Service`, …); only an AWS (or any-type) `'*'` is public. */
function addStringPrincipals(result: IamPrincipalList<Range>, entries: IamElementList<Range>, aws: boolean): void {
  if (entries.hasUnknown) result.hasUnknown = true;
  for (const known of entries.known) {
    result.known.push({ value: known.value, public: aws && known.value === '*', at: known.at });
  }
}

/** The deployed account's root (`arn:…:iam::${account}:root`), written at `value`. */
function ownRootPrincipal(value: StaticValue, within: Range): IamPrincipal<Range> {
  return { value: 'arn:…:root', public: false, at: value.node?.range ?? within, accountRoot: true };
}

/**
 * Conditions as Pulumi (and SST v3) write them: `[{ test: 'StringEquals', variable: 'aws:SourceVpc', values }]`,
 * one entry each; anything not readable is marked unknown.
 */
function testConditions(value: StaticValue): IamCondition {
  if (value.kind === 'undefined' || value.kind === 'null') return { entries: [], hasUnknown: false };
  if (value.kind !== 'array') return unknownCondition();
  const condition: IamCondition = { entries: [], hasUnknown: value.elements.length > MAX_ELEMENTS };
  for (const element of value.elements.slice(0, MAX_ELEMENTS)) {
    const test = element.kind === 'object' ? property(element, 'test')?.value : undefined;
    const variable = element.kind === 'object' ? property(element, 'variable')?.value : undefined;
    if (element.kind !== 'object' || element.hasUnknownKeys || test?.kind !== 'string' || variable?.kind !== 'string') {
      condition.hasUnknown = true;
      continue;
    }
    const values = property(element, 'values');
    condition.entries.push({
      operator: test.value,
      key: variable.value,
      values: values === undefined ? null : conditionValues(values.value),
    });
  }
  return condition;
}

/**
 * A statement whose elements have CDK's (lower-case) names: `actions`, `notActions`, `resources`, `notResources`,
 * `principals`, `notPrincipals`, read by `list` and `principals`.
 */
function statementOfKeys(
  effect: IamStatement<Range>['effect'],
  list: (key: string) => IamElementList<Range> | undefined,
  principals: (key: string) => IamPrincipalList<Range> | undefined,
): IamStatement<Range> {
  return {
    effect,
    action: list('actions'),
    notAction: list('notActions'),
    resource: list('resources'),
    notResource: list('notResources'),
    principal: principals('principals'),
    notPrincipal: toLabels(principals('notPrincipals')),
  };
}

/** `'allow'` → `'Allow'`: SST's effects in IAM's spelling. */
function capitalised(value: StringValue): StringValue {
  const text = value.value;
  return { ...value, value: text.charAt(0).toUpperCase() + text.slice(1) };
}

function joinConditions(a: IamCondition | undefined, b: IamCondition): IamCondition {
  if (a === undefined) return { entries: [...b.entries], hasUnknown: b.hasUnknown };
  return { entries: [...a.entries, ...b.entries], hasUnknown: a.hasUnknown || b.hasUnknown };
}

function joinLists(a: IamElementList<Range> | undefined, b: IamElementList<Range>): IamElementList<Range> {
  if (a === undefined) return { known: [...b.known], hasUnknown: b.hasUnknown };
  return { known: [...a.known, ...b.known], hasUnknown: a.hasUnknown || b.hasUnknown };
}

function mergeList(target: IamElementList<Range>, part: IamElementList<Range>): void {
  target.known.push(...part.known);
  if (part.hasUnknown) target.hasUnknown = true;
}

function merge(target: IamPrincipalList<Range>, part: IamPrincipalList<Range>): IamPrincipalList<Range> {
  target.known.push(...part.known);
  if (part.hasUnknown) target.hasUnknown = true;
  return target;
}

function clonePrincipals(list: IamPrincipalList<Range>): IamPrincipalList<Range> {
  return { known: [...list.known], hasUnknown: list.hasUnknown };
}

function toLabels(list: IamPrincipalList<Range> | undefined): IamElementList<Range> | undefined {
  if (list === undefined) return undefined;
  return { known: list.known.map((entry) => ({ value: entry.label ?? entry.value, at: entry.at })), hasUnknown: list.hasUnknown };
}

/**
 * The root of an account the code names but does not write out (the stack's own, as a rule): `\`arn:${partition}:
 * iam::${account}:root\``, or CloudFormation intrinsics building it from the deployment's own pseudo parameters
 * (`{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' }`, `Fn::Join` of `Ref`s with any separator,
 * or the account ID alone, which IAM reads as its root). A literal account ID may be another account's, and is not
 * one.
 */
function isOwnAccountRoot(value: StaticValue): boolean {
  // A bare account ID is that account's root to IAM: one the code names (`AWS: [accountId]`) is read like the
  // account of a root ARN built from it
  if (value.kind === 'unknown') return value.node !== null && namesAnAccount(value.node);
  if (value.kind === 'partial-string') {
    const text = value.parts.map((part) => (part === null ? ACCOUNT_MARK : part.text)).join('');
    return OWN_ROOT_ARN.test(text);
  }
  if (value.kind !== 'object') return false;
  const text = intrinsicText(value, 0, { steps: MAX_INTRINSIC_STEPS });
  return text !== null && (text === ACCOUNT_MARK || OWN_ROOT_ARN.test(text));
}

/** A name that says it holds an account ID: `accountId`, `AWS_ACCOUNT_ID`, `CDK_DEFAULT_ACCOUNT`, `this.account`. */
const ACCOUNT_ID_NAME = /account(?:_?id)?$/iu;

/** An expression named as an account ID (a variable, a member, `process.env.AWS_ACCOUNT_ID`), whatever it holds. */
function namesAnAccount(node: TSESTree.Node): boolean {
  const target = skipTypeWrappers(node);
  const name =
    target.type === AST_NODE_TYPES.Identifier
      ? target.name
      : target.type === AST_NODE_TYPES.MemberExpression
        ? getPropertyName(target)
        : null;
  return name !== null && ACCOUNT_ID_NAME.test(name);
}

/** Where the deployment's account ID and partition stand in text built by intrinsics (private-use characters). */
const ACCOUNT_MARK = '\uE000';
const PARTITION_MARK = '\uE001';
/** Intrinsics nested in intrinsics followed this deep. */
const MAX_INTRINSIC_DEPTH = 4;
/**
 * Values read for one principal, all levels together: constants can fan out (a `Fn::Join` of joins of joins), and
 * the work must stay bounded however they nest.
 */
const MAX_INTRINSIC_STEPS = 256;
/** Longer text is no root ARN (`arn:aws-us-gov:iam::123456789012:root` is 38 characters). */
const MAX_INTRINSIC_TEXT = 128;

/**
 * The text a CloudFormation intrinsic builds from strings and the deployment's `AWS::AccountId` / `AWS::Partition`
 * (as marks): `Ref`, `Fn::Join` (any separator), `Fn::Sub` (a template, or a template and its variables); null
 * for anything else (another parameter, a resource's attribute, an import).
 */
function intrinsicText(value: StaticValue, depth: number, budget: { steps: number }): string | null {
  if (--budget.steps < 0) return null;
  // A mark written in the text itself proves nothing
  if (value.kind === 'string') {
    return value.value.length > MAX_INTRINSIC_TEXT || MARKS.test(value.value) ? null : value.value;
  }
  if (value.kind !== 'object' || value.hasUnknownKeys || value.properties.size !== 1 || depth > MAX_INTRINSIC_DEPTH) {
    return null;
  }
  const [name, prop] = value.properties.entries().next().value!;
  const argument = prop.value;
  if (name === 'Ref') return argument.kind === 'string' ? (PSEUDO_MARKS.get(argument.value) ?? null) : null;
  if (name === 'Fn::Join') {
    const [separator, list] = argument.kind === 'array' ? argument.elements : [];
    if (separator?.kind !== 'string' || list?.kind !== 'array' || list.elements.length > MAX_ELEMENTS) return null;
    let joined = '';
    for (const [index, piece] of list.elements.entries()) {
      const text = intrinsicText(piece, depth + 1, budget);
      if (text === null) return null;
      joined += index === 0 ? text : separator.value + text;
      if (joined.length > MAX_INTRINSIC_TEXT) return null;
    }
    return joined;
  }
  if (name !== 'Fn::Sub') return null;
  // `'template'` or `['template', { Name: value }]`
  const [template, variables] = argument.kind === 'array' ? argument.elements : [argument];
  if (template?.kind !== 'string') return null;
  if (MARKS.test(template.value)) return null;
  if (template.value.length > MAX_INTRINSIC_TEXT) return null;
  // The template's own variables (read only when the template names them), else the pseudo parameters
  if (variables !== undefined && (variables.kind !== 'object' || variables.hasUnknownKeys)) return null;
  const own = variables?.kind === 'object' ? variables.properties : null;
  let unresolved = false;
  const text = template.value.replace(SUB_VARIABLE, (_, key: string) => {
    const entry = own?.get(key);
    const replacement = entry !== undefined ? intrinsicText(entry.value, depth + 1, budget) : PSEUDO_MARKS.get(key);
    if (typeof replacement !== 'string') unresolved = true;
    return replacement ?? '';
  });
  return unresolved || text.length > MAX_INTRINSIC_TEXT ? null : text;
}

/** An AWS managed policy's ARN built by intrinsics, in any partition (the deployment's own among them). */
const INTRINSIC_MANAGED_POLICY_ARN = /^arn:(?:aws[a-z-]{0,20}|\uE001):iam::aws:policy\//u;

/**
 * The string an intrinsic's text ends with, as written: an `Fn::Sub`'s template, the last part of an `Fn::Join`
 * (followed into nested intrinsics); null for anything else.
 */
function intrinsicTail(value: StaticValue, depth: number): StringValue | null {
  if (value.kind === 'string') return value;
  if (value.kind !== 'object' || value.properties.size !== 1 || depth > MAX_INTRINSIC_DEPTH) return null;
  const [name, prop] = value.properties.entries().next().value!;
  const argument = prop.value;
  if (name === 'Fn::Sub') {
    const template = argument.kind === 'array' ? argument.elements[0] : argument;
    return template?.kind === 'string' ? template : null;
  }
  if (name !== 'Fn::Join' || argument.kind !== 'array') return null;
  const list = argument.elements[1];
  const last = list?.kind === 'array' ? list.elements[list.elements.length - 1] : undefined;
  return last === undefined ? null : intrinsicTail(last, depth + 1);
}

/** The pseudo parameters that name the deployment's own account and partition. */
const PSEUDO_MARKS: ReadonlyMap<string, string> = new Map([
  ['AWS::AccountId', ACCOUNT_MARK],
  ['AWS::Partition', PARTITION_MARK],
]);

/** `arn:…:iam::…:root` with the account (and maybe the partition) left to the deployment; a template's unknown part
 * (ACCOUNT_MARK) may stand for either. */
const OWN_ROOT_ARN = /^arn:(?:aws[a-z-]{0,20}|[\uE000\uE001]):iam::\uE000:root$/u;

/**
 * `${Name}` in an `Fn::Sub` template; `${!Literal}` (a `${` written out) matches too and is left unresolved. A name
 * holds no `$`, `{` or `}`: so each scan from a `${` stops at the next one, and the pattern stays linear.
 */
const SUB_VARIABLE = /\$\{([^${}]*)\}/gu;
const MARKS = /[\uE000\uE001]/u;

/** `policy.Statement.push(…)` / `.unshift(…)` with `policy` the read `value`: the document's own list grown. */
function growsStatementList(value: TSESTree.Node): boolean {
  const list = value.parent;
  if (list?.type !== AST_NODE_TYPES.MemberExpression || list.object !== value || getPropertyName(list) !== 'Statement') {
    return false;
  }
  return growingCall(outermostTypeWrapper(list)) !== null;
}
