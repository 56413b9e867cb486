import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getPropertyName, isInside, skipTypeWrappers } from './ast.js';
import { cdkCallee, isCdk, resolveBoundExpression } from './cdk.js';
import { findVariableOf } from './modules.js';
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
  if (kind === null || inProps === null) return false;
  const references = constReferences(creation, sourceCode);
  if (references === null) return false;
  let attached = inProps;
  for (const identifier of references) {
    if (givenAt.some((node) => isInside(identifier, node))) continue;
    if (!attachesOnlyLogging(identifier, kind, sourceCode)) return false;
    attached++;
  }
  // A role the file gives nothing is not shown to be a logging role (nor one a test writes bare, `{ assumedBy }`)
  if (attached === 0) return false;
  return kind === 'pulumi' || functions.every((fn) => addsNothingToRole(fn, sourceCode));
}

type RoleKind = 'cdk' | 'pulumi';

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

/** The references of the `const` that `creation` initialises, but the declaration; null when it is bound otherwise. */
function constReferences(creation: TSESTree.NewExpression, sourceCode: SourceCode): TSESTree.Identifier[] | null {
  let holder: TSESTree.Node = creation.parent;
  while (holder.type === AST_NODE_TYPES.TSAsExpression || holder.type === AST_NODE_TYPES.TSNonNullExpression) {
    holder = holder.parent!;
  }
  if (holder.type !== AST_NODE_TYPES.VariableDeclarator || holder.id.type !== AST_NODE_TYPES.Identifier) return null;
  if (holder.parent.kind !== 'const') return null;
  const variable = findVariableOf(holder.id, sourceCode);
  if (variable === null) return null;
  return variable.references.filter((reference) => reference.init !== true).map((reference) => reference.identifier as TSESTree.Identifier);
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
  const statement = resolveBoundExpression(node, sourceCode);
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

/** Members of a CDK function that add nothing to its role (read, or add to its resource policy or its config). */
const SAFE_FUNCTION_MEMBERS: ReadonlySet<string> = new Set([
  'functionArn',
  'functionName',
  'addPermission',
  'grantInvoke',
  'grantInvokeUrl',
  'grantInvokeLatestVersion',
  'grantInvokeVersion',
  'addEnvironment',
  'addAlias',
  'currentVersion',
  'latestVersion',
  'node',
  'addLayers',
  'applyRemovalPolicy',
  'addFunctionUrl',
  'logGroup',
  'functionRef',
]);

/**
 * A CDK function given the role: created as a statement of its own, or bound to a `const` whose every read is a safe
 * member (`SAFE_FUNCTION_MEMBERS`, `metric…`) or an argument of a construct that is no event source, in place or as a
 * property of its props (`new LambdaIntegration(fn)`, `new tasks.LambdaInvoke(this, id, { lambdaFunction: fn })`).
 */
function addsNothingToRole(fn: TSESTree.Node, sourceCode: SourceCode): boolean {
  if (fn.type !== AST_NODE_TYPES.NewExpression) return false;
  if (fn.parent.type === AST_NODE_TYPES.ExpressionStatement) return true;
  const references = constReferences(fn, sourceCode);
  if (references === null) return false;
  return references.every((identifier) => {
    const parent = identifier.parent;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
      const name = getPropertyName(parent);
      return name !== null && (SAFE_FUNCTION_MEMBERS.has(name) || name.startsWith('metric'));
    }
    const argument =
      parent.type === AST_NODE_TYPES.Property && parent.value === identifier && parent.parent.type === AST_NODE_TYPES.ObjectExpression
        ? parent.parent
        : identifier;
    const construct = argument.parent;
    if (construct?.type !== AST_NODE_TYPES.NewExpression || !construct.arguments.includes(argument as TSESTree.Expression)) {
      return false;
    }
    const callee = skipTypeWrappers(construct.callee);
    const name =
      callee.type === AST_NODE_TYPES.Identifier
        ? callee.name
        : callee.type === AST_NODE_TYPES.MemberExpression
          ? getPropertyName(callee)
          : null;
    return name !== null && !/EventSource(?:Mapping)?$/u.test(name);
  });
}
