import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getPropertyName, isInside, skipTypeWrappers } from './ast.js';
import { cdkCallee, isCdk, resolveBoundExpression } from './cdk.js';
import { constHolding } from './modules.js';
import { pulumiAwsPath } from './pulumi.js';
import { getStaticString, getStaticValue, type StaticValue } from './static-value.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Does the execution role `creation` (a CDK `new iam.Role(…)` or a Pulumi `new aws.iam.Role(…)`, bound to a `const`)
 * grant only what the role a function gets by default holds anyway: logging (AWS's basic or VPC execution managed
 * policy, statements of `logs:` actions only)? Functions sharing such a role gain nothing from each other.
 *
 * Every use of the role in the file must be accounted for: given to a function (`givenAt`, the nodes where the
 * functions are given it), or one of those policies attached (`role.addManagedPolicy(…)`, `role.addToPolicy(…)`,
 * Pulumi's `RolePolicyAttachment` / `RolePolicy` naming it). A CDK function given the role (`functions`) may add to
 * it whatever is granted to the function (`table.grantReadData(fn)`, `fn.addEventSource(…)`, `fn.addToRolePolicy`):
 * each must be unnamed, or a `const` read only for its own members that add nothing to its role (`fn.functionArn`,
 * `fn.addEnvironment(…)`) or handed to a construct that is no event source (`new LambdaIntegration(fn)`, `new
 * tasks.LambdaInvoke(…, { lambdaFunction: fn })`: those add to the function's resource policy or to another role).
 * Anything else, or anything the rule cannot read: false.
 */
export function grantsOnlyLogging(
  creation: TSESTree.Node,
  givenAt: readonly TSESTree.Node[],
  functions: readonly TSESTree.Node[],
  sourceCode: SourceCode,
): boolean {
  if (creation.type !== AST_NODE_TYPES.NewExpression) return false;
  const kind = roleKind(creation, sourceCode);
  const inProps = kind === null ? null : loggingPoliciesInProps(creation, kind, sourceCode);
  if (kind === null || inProps === null || mayBeReachedOtherwise(creation, kind, sourceCode)) return false;
  const references = constHolding(creation, sourceCode)?.reads ?? null;
  if (references === null) return false;
  let attached = inProps;
  for (const identifier of references) {
    if (givenAt.some((node) => isInside(identifier, node))) continue;
    if (!attachesOnlyLogging(identifier, kind, sourceCode)) return false;
    attached++;
  }
  // A role the file gives nothing is not shown to be a logging role (nor one a test writes bare, `{ assumedBy }`)
  if (attached === 0) return false;
  return functions.every((fn) => addsNothingToRole(fn, kind, sourceCode));
}

type RoleKind = 'cdk' | 'pulumi';

/**
 * May the file reach the role other than through its `const`: by its name (`Role.fromRoleName(this, id,
 * 'app-role')`, a Pulumi attachment's `role: 'app-role'`: the name written anywhere but its own prop), or through
 * the construct tree (`node.findChild(…)`)?
 */
function mayBeReachedOtherwise(creation: TSESTree.NewExpression, kind: RoleKind, sourceCode: SourceCode): boolean {
  const text = sourceCode.text;
  if (text.includes('findChild') || text.includes('findAll')) return true;
  const propsNode = creation.arguments[kind === 'cdk' ? 2 : 1];
  const props = propsNode === undefined ? null : getStaticValue(propsNode, sourceCode);
  const name = props?.kind === 'object' ? props.properties.get(kind === 'cdk' ? 'roleName' : 'name')?.value : undefined;
  if (name === undefined) return false;
  if (name.kind !== 'string') return true;
  if (name.value.length === 0) return false;
  const first = text.indexOf(name.value);
  return first === -1 || text.indexOf(name.value, first + 1) !== -1;
}

function roleKind(creation: TSESTree.NewExpression, sourceCode: SourceCode): RoleKind | null {
  if (isCdk(cdkCallee(creation, sourceCode), 'aws-iam', ['Role'])) return 'cdk';
  const path = pulumiAwsPath(creation.callee, sourceCode);
  return path?.length === 2 && path[0] === 'iam' && path[1] === 'Role' ? 'pulumi' : null;
}

/** Role props that say who may assume it, or name it, or only narrow it: none grants a permission. */
const CDK_ROLE_KEYS: ReadonlySet<string> = new Set([
  'assumedBy',
  'roleName',
  'description',
  'path',
  'maxSessionDuration',
  'permissionsBoundary',
  'externalIds',
  'managedPolicies',
]);
const PULUMI_ROLE_KEYS: ReadonlySet<string> = new Set([
  'assumeRolePolicy',
  'name',
  'namePrefix',
  'description',
  'path',
  'tags',
  'maxSessionDuration',
  'permissionsBoundary',
  'forceDetachPolicies',
  'managedPolicyArns',
]);

/**
 * How many logging policies the role's props attach, when they hold only keys that grant nothing and managed
 * policies that are AWS's logging ones; null otherwise.
 */
function loggingPoliciesInProps(creation: TSESTree.NewExpression, kind: RoleKind, sourceCode: SourceCode): number | null {
  if (creation.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return null;
  const propsNode = creation.arguments[kind === 'cdk' ? 2 : 1];
  if (propsNode === undefined) return 0;
  const props = getStaticValue(propsNode, sourceCode);
  if (props.kind !== 'object' || props.hasUnknownKeys) return null;
  const keys = kind === 'cdk' ? CDK_ROLE_KEYS : PULUMI_ROLE_KEYS;
  let count = 0;
  for (const [key, property] of props.properties) {
    if (!keys.has(key)) return null;
    if (key !== 'managedPolicies' && key !== 'managedPolicyArns') continue;
    const list = property.value;
    if (list.kind !== 'array') return null;
    if (!list.elements.every((element) => element.node !== null && isLoggingManagedPolicy(element.node, sourceCode))) {
      return null;
    }
    count += list.elements.length;
  }
  return count;
}

/** AWS managed policies that grant only what Lambda needs to write its logs (and, for a VPC, its network interfaces). */
const LOGGING_POLICY_NAMES: ReadonlySet<string> = new Set([
  'service-role/AWSLambdaBasicExecutionRole',
  'service-role/AWSLambdaVPCAccessExecutionRole',
]);
const LOGGING_POLICY_ARNS: ReadonlySet<string> = new Set(
  [...LOGGING_POLICY_NAMES].map((name) => `arn:aws:iam::aws:policy/${name}`),
);
/** Pulumi's enum members for them (`aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole`). */
const LOGGING_POLICY_MEMBERS: ReadonlySet<string> = new Set([
  'AWSLambdaBasicExecutionRole',
  'AWSLambdaVPCAccessExecutionRole',
]);

/**
 * `ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole')`, its ARN (also through
 * `fromManagedPolicyArn`), or Pulumi's `aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole`.
 */
function isLoggingManagedPolicy(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const value = resolveBoundExpression(node, sourceCode);
  if (value.type === AST_NODE_TYPES.CallExpression) {
    const ref = cdkCallee(value, sourceCode);
    const name = isCdk(ref, 'aws-iam', ['ManagedPolicy', 'fromAwsManagedPolicyName'])
      ? argumentString(value, 0, sourceCode)
      : null;
    if (name !== null) return LOGGING_POLICY_NAMES.has(name);
    if (!isCdk(ref, 'aws-iam', ['ManagedPolicy', 'fromManagedPolicyArn'])) return false;
    const arn = argumentString(value, 2, sourceCode);
    return arn !== null && LOGGING_POLICY_ARNS.has(arn);
  }
  if (value.type === AST_NODE_TYPES.MemberExpression) {
    const path = pulumiAwsPath(value, sourceCode);
    if (path?.length === 3 && path[0] === 'iam' && (path[1] === 'ManagedPolicy' || path[1] === 'ManagedPolicies')) {
      return LOGGING_POLICY_MEMBERS.has(path[2]!);
    }
  }
  const arn = getStaticString(value, sourceCode);
  return arn !== null && LOGGING_POLICY_ARNS.has(arn);
}

function argumentString(call: TSESTree.CallExpression, index: number, sourceCode: SourceCode): string | null {
  const argument = call.arguments[index];
  return argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement
    ? null
    : getStaticString(argument, sourceCode);
}

/**
 * `role.addManagedPolicy(basic)`, `role.addToPolicy(logsStatement)` (CDK), or the role named by a Pulumi
 * `RolePolicyAttachment` of a logging policy or a `RolePolicy` of `logs:` statements (`role: role.name`).
 */
function attachesOnlyLogging(identifier: TSESTree.Identifier, kind: RoleKind, sourceCode: SourceCode): boolean {
  const parent = identifier.parent;
  if (kind === 'cdk') {
    if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== identifier) return false;
    const call = parent.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent || call.arguments.length !== 1) return false;
    const argument = call.arguments[0]!;
    if (argument.type === AST_NODE_TYPES.SpreadElement) return false;
    const method = getPropertyName(parent);
    if (method === 'addManagedPolicy') return isLoggingManagedPolicy(argument, sourceCode);
    return (method === 'addToPolicy' || method === 'addToPrincipalPolicy') && isLogsOnlyCdkStatement(argument, sourceCode);
  }
  // Pulumi: `role: role.name` / `role.id` / `role` in the resource's args
  const value =
    parent.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier && !parent.computed ? parent : identifier;
  if (value !== identifier && !['name', 'id', 'arn'].includes(getPropertyName(value as TSESTree.MemberExpression) ?? '')) {
    return false;
  }
  const property = value.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== value || getPropertyName(property) !== 'role') {
    return false;
  }
  const args = property.parent;
  const resource = args.parent;
  if (resource?.type !== AST_NODE_TYPES.NewExpression || resource.arguments[1] !== args) return false;
  const path = pulumiAwsPath(resource.callee, sourceCode)?.join('.');
  const props = getStaticValue(args, sourceCode);
  if (props.kind !== 'object' || props.hasUnknownKeys) return false;
  if (path === 'iam.RolePolicyAttachment') {
    const arn = props.properties.get('policyArn')?.value.node;
    return arn !== undefined && arn !== null && isLoggingManagedPolicy(arn, sourceCode);
  }
  if (path !== 'iam.RolePolicy') return false;
  const policy = props.properties.get('policy')?.value.node;
  return policy !== undefined && policy !== null && isLogsOnlyDocument(getStaticValue(policy, sourceCode, { parseJson: true }));
}

/** `new iam.PolicyStatement({ actions: ['logs:CreateLogStream', …], resources })`: allows `logs:` actions only. */
function isLogsOnlyCdkStatement(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  // Written in place: a statement kept in a variable may be widened later (`statement.addActions(…)`)
  const statement = skipTypeWrappers(node);
  if (statement.type !== AST_NODE_TYPES.NewExpression) return false;
  if (!isCdk(cdkCallee(statement, sourceCode), 'aws-iam', ['PolicyStatement'])) return false;
  const props = statement.arguments[0] === undefined ? null : getStaticValue(statement.arguments[0], sourceCode);
  if (props?.kind !== 'object' || props.hasUnknownKeys) return false;
  for (const key of props.properties.keys()) if (!['actions', 'resources', 'sid', 'conditions'].includes(key)) return false;
  return areLogsActions(props.properties.get('actions')?.value);
}

/** A policy document (`{ Version, Statement }`, JSON text too) whose every statement allows `logs:` actions only. */
function isLogsOnlyDocument(document: StaticValue): boolean {
  if (document.kind !== 'object' || document.hasUnknownKeys) return false;
  const statements = document.properties.get('Statement')?.value;
  const list = statements?.kind === 'array' ? statements.elements : statements === undefined ? [] : [statements];
  return (
    list.length > 0 &&
    list.every((statement) => {
      if (statement.kind !== 'object' || statement.hasUnknownKeys) return false;
      for (const key of statement.properties.keys()) if (!['Effect', 'Action', 'Resource', 'Sid', 'Condition'].includes(key)) return false;
      const effect = statement.properties.get('Effect')?.value;
      if (effect !== undefined && (effect.kind !== 'string' || effect.value !== 'Allow')) return false;
      return areLogsActions(statement.properties.get('Action')?.value);
    })
  );
}

/** One or more actions, every one a `logs:` action written out (`logs:PutLogEvents`, `logs:Create*`). */
function areLogsActions(actions: StaticValue | undefined): boolean {
  if (actions === undefined) return false;
  const list = actions.kind === 'array' ? actions.elements : [actions];
  return list.length > 0 && list.every((action) => action.kind === 'string' && /^logs:[A-Za-z*]+$/u.test(action.value));
}

/**
 * Members of a CDK function that add nothing to its role: values that hold no role (`functionArn`), and methods that
 * add to its resource policy or its configuration (called as a statement of their own: `addEnvironment` returns the
 * function).
 */
const SAFE_FUNCTION_VALUES: ReadonlySet<string> = new Set(['functionArn', 'functionName', 'logGroup']);
const SAFE_FUNCTION_METHODS: ReadonlySet<string> = new Set([
  'addPermission',
  'grantInvoke',
  'grantInvokeUrl',
  'grantInvokeLatestVersion',
  'grantInvokeVersion',
  'grantInvokeCompositePrincipal',
  'addEnvironment',
  'addLayers',
  'applyRemovalPolicy',
  'addFunctionUrl',
]);
/** Members of a Pulumi function that hold no role (its `role` output does). */
const SAFE_PULUMI_FUNCTION_VALUES: ReadonlySet<string> = new Set([
  'arn',
  'name',
  'id',
  'invokeArn',
  'qualifiedArn',
  'qualifiedInvokeArn',
  'version',
  'urn',
]);

/**
 * Props of a CDK function that add nothing to its role. Others do (`initialPolicy`, `events`, a dead-letter queue,
 * destinations, tracing, a VPC, a file system, an environment key, Insights, …) or may.
 */
const SAFE_FUNCTION_PROPS: ReadonlySet<string> = new Set([
  'runtime',
  'handler',
  'code',
  'entry',
  'index',
  'functionName',
  'description',
  'memorySize',
  'timeout',
  'environment',
  'role',
  'architecture',
  'layers',
  'logGroup',
  'logRetention',
  'logFormat',
  'loggingFormat',
  'applicationLogLevel',
  'applicationLogLevelV2',
  'systemLogLevel',
  'systemLogLevelV2',
  'bundling',
  'depsLockFilePath',
  'projectRoot',
  'awsSdkConnectionReuse',
  'reservedConcurrentExecutions',
  'retryAttempts',
  'maxEventAge',
  'ephemeralStorageSize',
  'currentVersionOptions',
  'runtimeManagementMode',
  'recursiveLoop',
]);

/**
 * CDK constructs that take a function and add only to its resource policy or to their own role (an API's
 * integration, a rule's target, a state machine's task, a notification destination, an authorizer).
 */
const SAFE_HANDOFF_CONSTRUCTS: ReadonlySet<string> = new Set([
  'LambdaIntegration',
  'HttpLambdaIntegration',
  'WebSocketLambdaIntegration',
  'LambdaRestApi',
  'LambdaInvoke',
  'LambdaFunction',
  'LambdaDestination',
  'LambdaSubscription',
  'TokenAuthorizer',
  'RequestAuthorizer',
  'HttpLambdaAuthorizer',
  'WebSocketLambdaAuthorizer',
  'CfnOutput',
]);

/**
 * A function given the role: its props add nothing to it (CDK), and it is created as a statement of its own, or
 * bound to a `const` whose every read adds nothing to its role: a value that holds none (`fn.functionArn`,
 * Pulumi's `fn.arn`), a CDK method as a statement of its own (`fn.addEnvironment(…)`), or handed to a construct of
 * `SAFE_HANDOFF_CONSTRUCTS` in place or as a property of its props (`new LambdaIntegration(fn)`, `new
 * tasks.LambdaInvoke(this, id, { lambdaFunction: fn })`); a Pulumi function may also be a property of another
 * resource's args (`eventHandler: fn`). Anything else (a grant, an alias or version, a call of the file's own, a
 * `role` read): false.
 */
function addsNothingToRole(fn: TSESTree.Node, kind: RoleKind, sourceCode: SourceCode): boolean {
  if (fn.type !== AST_NODE_TYPES.NewExpression) return false;
  if (kind === 'cdk' && !hasOnlySafeProps(fn, sourceCode)) return false;
  if (fn.parent.type === AST_NODE_TYPES.ExpressionStatement) return true;
  const references = constHolding(fn, sourceCode)?.reads ?? null;
  if (references === null) return false;
  return references.every((identifier) => {
    const parent = identifier.parent;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
      const name = parent.computed ? null : getPropertyName(parent);
      if (name === null) return false;
      if (kind === 'pulumi') return SAFE_PULUMI_FUNCTION_VALUES.has(name);
      if (SAFE_FUNCTION_VALUES.has(name)) return true;
      const call = parent.parent;
      return (
        (SAFE_FUNCTION_METHODS.has(name) || name.startsWith('metric')) &&
        call.type === AST_NODE_TYPES.CallExpression &&
        call.callee === parent &&
        (call.parent.type === AST_NODE_TYPES.ExpressionStatement || !RETURNS_FUNCTION.has(name))
      );
    }
    const argument =
      parent.type === AST_NODE_TYPES.Property && parent.value === identifier && parent.parent.type === AST_NODE_TYPES.ObjectExpression
        ? parent.parent
        : identifier;
    const construct = argument.parent;
    if (construct?.type !== AST_NODE_TYPES.NewExpression || !construct.arguments.includes(argument as TSESTree.Expression)) {
      return false;
    }
    if (kind === 'pulumi') return pulumiAwsPath(construct.callee, sourceCode) !== null && argument !== identifier;
    const ref = cdkCallee(construct, sourceCode);
    return ref !== null && ref.path.length === 1 && SAFE_HANDOFF_CONSTRUCTS.has(ref.path[0]!);
  });
}

/** Methods of a CDK function that return the function itself (chained, what follows may add to its role). */
const RETURNS_FUNCTION: ReadonlySet<string> = new Set(['addEnvironment', 'addLayers']);

/** The function's props hold only keys of `SAFE_FUNCTION_PROPS`, all readable. */
function hasOnlySafeProps(fn: TSESTree.NewExpression, sourceCode: SourceCode): boolean {
  if (fn.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return false;
  const propsNode = fn.arguments[2];
  if (propsNode === undefined) return true;
  const props = getStaticValue(propsNode, sourceCode);
  if (props.kind !== 'object' || props.hasUnknownKeys) return false;
  for (const key of props.properties.keys()) if (!SAFE_FUNCTION_PROPS.has(key)) return false;
  return true;
}
