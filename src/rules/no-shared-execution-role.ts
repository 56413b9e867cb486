import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  alwaysLeaves,
  argumentAt,
  enclosingFunction,
  forEachOwnNode,
  getPropertyName,
  isFunctionLike,
  nodeAtIndex,
  skipTypeWrappers,
  holdsOwnNode,
  statementListOf,
  runsWhenever,
  type FunctionLike,
} from '../utils/ast.js';
import {
  boundVariableName,
  cdkCallee,
  cdkRef,
  classOfThis,
  constructionBlocks,
  constructId,
  constructProps,
  constructPropsNode,
  isCdk,
  isInside,
  isLambdaFunctionClass,
  isSdkLambdaClient,
  LAMBDA_FUNCTION_CLASS_NAMES,
  isSdkLambdaCommand,
  readProps,
  resolveBoundExpression,
  resolveLambdaFunction,
  unwrapExpression,
  type PropValue,
  type Props,
} from '../utils/cdk.js';
import { createRule } from '../utils/create-rule.js';
import { grantsOnlyLogging } from '../utils/logging-only-role.js';
import { getEnvRead } from '../utils/env-vars.js';
import { mayHideNames, mayImportCdk, mayImportSdkClientOf, mayMention } from '../utils/prefilter.js';
import { mayUsePulumiAws, pulumiAwsPath } from '../utils/pulumi.js';
import { sstExport, usesSst } from '../utils/sst.js';
import {
  awsApi,
  boundFunction,
  calleeMayBeExport,
  classCreations,
  destructuredSource,
  findVariableOf,
  functionCalls,
  isMemberWritten,
  methodCalls,
  onceBoundDeclarator,
  resolveModuleRef,
} from '../utils/modules.js';
import { parameterIndex, parameterPath, type ParameterPath } from '../utils/parameters.js';
import { configEndpointLocality } from '../utils/sdk-clients.js';
import { getLoopMemberValues, getStaticString, getStaticValue, type StaticValue } from '../utils/static-value.js';
import { isTestFile } from '../utils/test-files.js';
import { clipText } from '../utils/strings.js';

/** The SDK client whose calls the rule reads (`awsApi`'s service name). */
const LAMBDA_SERVICE: ReadonlySet<string> = new Set(['lambda']);

export type Options = [Record<string, never>];

export type MessageIds = 'sharedRole' | 'sharedRoleInLoop' | 'sharedRoleInHelper' | 'sharedRoleInHelperLoop';

/** How far `fn.role` / `role.roleArn` chains are followed. */
const MAX_DEPTH = 8;

/** Longest role text shown in a message. */
const MAX_ROLE_TEXT = 48;

/** A function that is given an execution role. */
interface RoleUse {
  /** Identity of the role: `arn:…`, `name:…` or `node:<start>` of the construct/import that made it. */
  key: string;
  /** Where to report (the role value, or the function's callee when the value is written elsewhere). */
  reportNode: TSESTree.Node;
  /** Order in the file (the function's position). */
  position: number;
  /** The function's creation (for branches: functions created in exclusive branches never coexist). */
  creation: TSESTree.Node;
  /** `'CreateOrder'` / `on line 12`. */
  name: string;
  /** The role as written: `sharedRole`, `role/app-lambda`. */
  role: string;
  /** A function that owns a generated role other functions borrow (`fn.role`): never reported itself. */
  owner: boolean;
  /** Created in a loop (or an array callback) with a role made outside it: every iteration shares the role. */
  inLoop: boolean;
  /** Created in a function called more than once with a role made outside it: every call shares the role. */
  helper: RepeatedHelper | null;
  /** A `SingletonFunction`'s `uuid`: CDK makes one function per stack for it, however often it is written. */
  singleton?: string | null;
  /**
   * For a function a construct class of the file creates (`creation` is then the `new Service(…)`): the function's
   * own creation in the constructor, so that two functions of one instantiation in exclusive branches never meet.
   */
  inner?: TSESTree.Node;
  /** `'Orders/Handler'`: the inner function's construct path, named when two functions of one instantiation meet. */
  innerName?: string;
  /**
   * For a function given the role in its own props (not through a helper's or a class's parameter): the role's
   * construct, and the value given (see `grantsOnlyLogging`).
   */
  given?: { origin: TSESTree.Node | null; at: TSESTree.Node };
}

/** A role whose value the props do not show (they are a helper's parameter). */
const UNKNOWN_ROLE: PropValue = { state: 'unknown' };

interface RoleIdentity {
  key: string;
  /** Short text for an ARN or name key (used when the role is written inline). */
  label: string | null;
  /** The construct or import call that makes the role, for roles identified by it (not by ARN or name). */
  origin: TSESTree.Node | null;
}

export default createRule<Options, MessageIds>({
  name: 'no-shared-execution-role',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow passing the same execution role to more than one Lambda function',
      recommended: 'strict',
    },
    messages: {
      sharedRole:
        'Lambda function {{name}} shares its execution role ({{role}}) with the function {{first}}: give each function its own role with only the permissions it needs.',
      sharedRoleInLoop:
        'Every Lambda function this loop creates shares the execution role ({{role}}): give each function its own role with only the permissions it needs.',
      sharedRoleInHelper:
        'Every Lambda function that {{helper}}() creates shares the execution role ({{role}}), and it is called {{count}} times: give each function its own role with only the permissions it needs.',
      sharedRoleInHelperLoop:
        'Every Lambda function that {{helper}}() creates shares the execution role ({{role}}), and it is called in a loop: give each function its own role with only the permissions it needs.',
    },
    schema: [
      {
        type: 'object',
        properties: {},
        additionalProperties: false,
      },
    ],
    defaultOptions: [{}],
  },
  defaultOptions: [{}],
  create(context) {
    const sourceCode = context.sourceCode;
    // Functions and roles are CDK constructs or Lambda SDK calls: a file importing neither has none
    const importsCdk = mayImportCdk(sourceCode);
    // Pulumi's functions and roles (`new aws.lambda.Function(name, { role: role.arn })`)
    const pulumi = mayUsePulumiAws(sourceCode);
    if (!importsCdk && !pulumi && !mayImportSdkClientOf(sourceCode, LAMBDA_SERVICE) && !usesSst(sourceCode)) return {};
    // Functions built in tests (fixtures, stacks under test) are not the ones deployed
    if (isTestFile(context)) return {};
    return fileListeners(context, importsCdk, pulumi);
  },
});

/**
 * The rule's listeners for a file the prefilter in `create` lets through. Kept apart from `create`: the functions
 * declared below are made on every call, so `create` makes none of them for the files it turns away.
 */
function fileListeners(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  importsCdk: boolean,
  pulumi: boolean,
): TSESLint.RuleListener {
  const sourceCode = context.sourceCode;
  const uses: RoleUse[] = [];
  const owners = new Set<TSESTree.Node>();
  /** An SDK `CreateFunctionCommand` import spells its name (escapes aside): without it, no `new` needs that lookup. */
  let createCommandMentioned: boolean | undefined;

  /** The identity of the role `node` evaluates to, or null when it cannot be proven. */
  function roleIdentity(node: TSESTree.Node, depth: number): RoleIdentity | null {
    if (depth > MAX_DEPTH) return null;
    const arn = getStaticString(node, sourceCode);
    if (arn !== null) return arn === '' ? null : { key: `arn:${arn}`, label: shortArn(arn), origin: null };
    const fromEnv = envRole(node);
    if (fromEnv !== undefined) return fromEnv;
    const value = resolveBoundExpression(node, sourceCode);
    switch (value.type) {
      case AST_NODE_TYPES.NewExpression: {
        const ref = cdkCallee(value, sourceCode);
        const isRole =
          ['Role', 'LazyRole', 'CfnRole'].some((name) => isCdk(ref, 'aws-iam', [name])) ||
          (pulumi && pulumiAwsPath(value.callee, sourceCode)?.join('.') === 'iam.Role');
        return isRole ? { key: `node:${value.range[0]}`, label: null, origin: value } : null;
      }
      case AST_NODE_TYPES.CallExpression: {
        // `role.withoutPolicyUpdates()`: the same role, kept from growing: still shared
        const receiver = withoutPolicyUpdatesReceiver(value);
        if (receiver !== null) return roleIdentity(receiver, depth + 1);
        return importedRole(value) ?? factoryRole(value, depth + 1);
      }
      case AST_NODE_TYPES.MemberExpression: {
        const property = getPropertyName(value);
        // CDK's `role.roleArn` / `cfnRole.attrArn`, Pulumi's `role.arn`
        if (property === 'roleArn' || property === 'attrArn' || (pulumi && property === 'arn')) {
          return roleIdentity(value.object, depth + 1);
        }
        if (property === 'role') {
          return loopedRole(value, depth) ?? borrowedRole(value.object, depth + 1) ?? requiredPropRole(value);
        }
        return moduleRole(value) ?? constMemberRole(value) ?? requiredPropRole(value);
      }
      case AST_NODE_TYPES.Identifier: {
        // `configs.forEach(({ name, role }) => …)`, `for (const role of [shared, shared])`: the rows' role;
        // `const { lambdaRole } = props`: the prop itself
        return moduleRole(value) ?? loopedRole(value, depth) ?? requiredPropRole(value);
      }
      default:
        return null;
    }
  }

  /**
   * `props.lambdaRole` where `props` is a parameter whose type, declared in the file, requires that property and types
   * it as a role (`interface ComputeProps { readonly lambdaRole: iam.IRole }`, or a type literal in place): every read
   * in one call is the same role object (an optional one may be left out, and each function then makes its own).
   * Spelled by its binding, as `invariantRole` spells an ARN, so a helper's calls are told apart.
   */
  function requiredPropRole(node: TSESTree.Node, key?: string): RoleIdentity | null {
    const member = unwrapExpression(node);
    let receiver: TSESTree.Node = member;
    let property = key ?? null;
    if (key === undefined && member.type === AST_NODE_TYPES.Identifier) {
      // `const { lambdaRole } = props`
      const source = destructuredSource(member, sourceCode);
      return source === null ? null : requiredPropRole(source.object, source.key);
    }
    if (key === undefined) {
      if (member.type !== AST_NODE_TYPES.MemberExpression || member.computed) return null;
      property = getPropertyName(member);
      receiver = unwrapExpression(member.object);
    }
    if (property === null || receiver.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = findVariableOf(receiver, sourceCode);
    const def = variable?.defs.length === 1 ? variable.defs[0]! : null;
    if (def?.type !== 'Parameter' || def.name.type !== AST_NODE_TYPES.Identifier || !isFunctionLike(def.node)) return null;
    // Calls of the file say which role each instantiation gets: followed instead (see `recordHelperCalls`)
    const sites = helperCallSites(def.node);
    if (sites !== null && sites.calls.length > 0) return null;
    if (!declaresRequiredRole(def.name.typeAnnotation?.typeAnnotation ?? null, property, 0)) return null;
    const state: InvariantState = { steps: 0, origin: null, originDepth: -1 };
    const spelled = invariantSpelling(receiver, state);
    if (spelled === null || mayWriteMember(property)) return null;
    return { key: `prop:${spelled}.${property}`, label: `${receiver.name}.${property}`, origin: state.origin };
  }

  /** Does `type` (a type literal, or a name of an interface / type alias of the file) require `key` as a role? */
  function declaresRequiredRole(type: TSESTree.TypeNode | null, key: string, depth: number): boolean {
    if (type === null || depth > 4) return false;
    let members: readonly TSESTree.TypeElement[] | null = null;
    if (type.type === AST_NODE_TYPES.TSTypeLiteral) members = type.members;
    else if (type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier) {
      const declared = findVariableOf(type.typeName, sourceCode)?.defs[0]?.node;
      if (declared?.type === AST_NODE_TYPES.TSInterfaceDeclaration) members = declared.body.body;
      else if (declared?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) {
        return declaresRequiredRole(declared.typeAnnotation, key, depth + 1);
      }
    }
    const signature = members?.find(
      (member): member is TSESTree.TSPropertySignature =>
        member.type === AST_NODE_TYPES.TSPropertySignature && !member.computed && getPropertyName(member) === key,
    );
    const declared = signature?.optional === false ? signature.typeAnnotation?.typeAnnotation : undefined;
    if (declared?.type !== AST_NODE_TYPES.TSTypeReference) return false;
    const name = declared.typeName.type === AST_NODE_TYPES.TSQualifiedName ? declared.typeName.right.name : declared.typeName.type === AST_NODE_TYPES.Identifier ? declared.typeName.name : '';
    return name === 'IRole' || name === 'Role';
  }

  /**
   * `c.role` in `configs.forEach((c) => new Function(this, c.name, { role: c.role }))` over a table whose every row
   * holds the same role (also `role` destructured from the row, or a loop variable over a list of roles): that role,
   * for every function the loop creates. Null when the rows' roles differ or are not all known (each function may
   * then have its own), or `node` is no member of a loop variable.
   */
  function loopedRole(node: TSESTree.MemberExpression | TSESTree.Identifier, depth: number): RoleIdentity | null {
    // Rows the file may change (`c.role = new Role(…)` in an earlier loop, `Object.assign(rows[0], …)`): not read
    if (mayWriteMember('role') || mayMention(sourceCode, 'assign')) return null;
    const rows = getLoopMemberValues(node, sourceCode);
    if (rows === null || rows.length < 2) return null;
    let shared: RoleIdentity | null = null;
    for (const row of rows) {
      const identity = row.node === null || row.kind === 'unknown' && row.node.type === AST_NODE_TYPES.SpreadElement
        ? null
        : roleIdentity(row.node, depth + 1);
      if (identity === null || (shared !== null && identity.key !== shared.key)) return null;
      shared = identity;
    }
    return shared;
  }

  /**
   * A role another module exports (`import { sharedRole } from './roles'`, `roles.shared` of a namespace import,
   * `require('./roles').shared`): one object for every function of the file given it, and for every iteration of
   * a loop. Exports of the AWS and Pulumi packages are classes and functions, not roles.
   */
  function moduleRole(node: TSESTree.Node): RoleIdentity | null {
    const ref = resolveModuleRef(node, sourceCode);
    if (ref === null || awsApi(ref) !== null || ref.module.startsWith('@pulumi/')) return null;
    return { key: `module:${ref.module}:${ref.path.join('.')}`, label: null, origin: null };
  }

  /**
   * `resources.lambdaRole` where `const resources = new BulkExportResources(…)`, a construct whose class the rule
   * cannot read (imported) or does not read: every read of one property of one once-bound `const` is the same object
   * while nothing writes that property after construction. Identified by the binding and the property; the
   * declaration is the origin, so a `const` declared in a loop or a helper is another one per iteration or call.
   * Unknown: a receiver that is a parameter, a `let`, a member (`this.x`) or not a `new`, a computed property, and
   * a property the file may write or define an accessor for.
   */
  function constMemberRole(member: TSESTree.MemberExpression): RoleIdentity | null {
    if (member.computed || member.property.type !== AST_NODE_TYPES.Identifier) return null;
    const receiver = unwrapExpression(member.object);
    if (receiver.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = findVariableOf(receiver, sourceCode);
    const declarator = variable === null ? null : onceBoundDeclarator(variable);
    if (declarator?.id.type !== AST_NODE_TYPES.Identifier || declarator.parent.kind !== 'const') return null;
    const init = declarator.init === null ? null : unwrapExpression(declarator.init);
    if (init?.type !== AST_NODE_TYPES.NewExpression) return null;
    const property = member.property.name;
    if (mayWriteMember(property)) return null;
    return { key: `member:${declarator.range[0]}:${property}`, label: null, origin: declarator };
  }

  /** Per property name: may the file write it outside a constructor's `this.name = …`, or define an accessor? */
  const memberWrites = new Map<string, boolean>();

  function mayWriteMember(property: string): boolean {
    let writes = memberWrites.get(property);
    if (writes === undefined) {
      writes =
        mayHideNames(sourceCode) ||
        namedOccurrences(sourceCode, property).some((occurrence) => isWriteOrAccessor(occurrence, sourceCode));
      memberWrites.set(property, writes);
    }
    return writes;
  }

  /**
   * The role ARN an environment variable holds (`process.env.ROLE_ARN`, also through a `const`): one variable is one
   * role for every function given it. Null for a read that may not be the variable's value (a destructuring
   * default, `const { ROLE_ARN = fallback } = process.env`), undefined when `node` reads no variable.
   */
  function envRole(node: TSESTree.Node): RoleIdentity | null | undefined {
    const read = getEnvRead(node, sourceCode);
    if (read === null) return undefined;
    return read.exact ? { key: `env:${read.name}`, label: `process.env.${read.name}`, origin: null } : null;
  }

  /** `iam.Role.fromRoleArn(scope, id, arn)`, `Role.fromRoleName(scope, id, name)`, `Role.fromLookup(scope, id, { roleName })`. */
  function importedRole(call: TSESTree.CallExpression): RoleIdentity | null {
    const ref = cdkCallee(call, sourceCode);
    const argument = call.arguments[2];
    const node = argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement ? null : argument;
    if (isCdk(ref, 'aws-iam', ['Role', 'fromRoleArn'])) {
      const arn = node === null ? null : getStaticString(node, sourceCode);
      if (arn) return { key: `arn:${arn}`, label: shortArn(arn), origin: null };
      const named = node === null ? null : (envRole(node) ?? moduleRole(node) ?? invariantRole(node, 'arn'));
      return named ?? { key: `node:${call.range[0]}`, label: null, origin: call };
    }
    let name: string | null;
    if (isCdk(ref, 'aws-iam', ['Role', 'fromRoleName'])) {
      name = node === null ? null : getStaticString(node, sourceCode);
    } else if (isCdk(ref, 'aws-iam', ['Role', 'fromLookup'])) {
      const roleName = readProps(node, sourceCode).get('roleName');
      name = roleName.state === 'present' && roleName.value.kind === 'string' ? roleName.value.value : null;
    } else {
      return null;
    }
    if (name) return { key: `name:${name}`, label: shorten(name), origin: null };
    const byName =
      node !== null && isCdk(ref, 'aws-iam', ['Role', 'fromRoleName']) ? invariantRole(node, 'name') : null;
    return byName ?? { key: `node:${call.range[0]}`, label: null, origin: call };
  }

  /**
   * A role imported by an ARN or name that is not a static string but is the same value wherever the expression runs
   * with the same bindings (`Fn.importValue(EXPORT)`, `props.roleArn`, `this.roleArn`): one role for every function
   * given it. The key spells the expression with each binding named by its declaration, so one spelling in two
   * scopes is two roles; the origin is the innermost binding's declaration (a helper's parameter, a loop's `const`),
   * so a value bound per call or per iteration is not shared across them. Null for anything else.
   */
  function invariantRole(node: TSESTree.Node, kind: 'arn' | 'name'): RoleIdentity | null {
    const state: InvariantState = { steps: 0, origin: null, originDepth: -1 };
    const spelled = invariantSpelling(node, state);
    if (spelled === null) return null;
    const label = shorten(sourceCode.getText(node));
    return { key: `${kind}-expression:${spelled}`, label, origin: state.origin };
  }

  /**
   * `node` spelled by its bindings: literals, bindings written once (imports, `const`s, never-reassigned `let`s and
   * parameters), their non-computed members, templates, `+`, arrays, CDK's `Fn.*` calls of such values, and
   * `this.x` in a class; the first member of a binding or of `this` one the file writes only in a constructor. Null
   * for anything else (other calls, `new`, computed members, reassigned bindings, globals).
   */
  function invariantSpelling(node: TSESTree.Node, state: InvariantState): string | null {
    if (++state.steps > MAX_INVARIANT_STEPS) return null;
    const target = unwrapExpression(node);
    switch (target.type) {
      case AST_NODE_TYPES.Literal:
        return typeof target.value === 'string' || typeof target.value === 'number'
          ? JSON.stringify(target.value)
          : null;
      case AST_NODE_TYPES.TemplateLiteral: {
        const parts: string[] = [];
        for (const [index, quasi] of target.quasis.entries()) {
          parts.push(JSON.stringify(quasi.value.cooked ?? quasi.value.raw));
          const expression = target.expressions[index];
          if (expression === undefined) continue;
          const spelled = invariantSpelling(expression, state);
          if (spelled === null) return null;
          parts.push(spelled);
        }
        return `\`${parts.join(',')}\``;
      }
      case AST_NODE_TYPES.BinaryExpression: {
        if (target.operator !== '+') return null;
        const left = invariantSpelling(target.left, state);
        const right = left === null ? null : invariantSpelling(target.right, state);
        return right === null ? null : `(${left}+${right})`;
      }
      case AST_NODE_TYPES.ArrayExpression: {
        const elements: string[] = [];
        for (const element of target.elements) {
          if (element === null || element.type === AST_NODE_TYPES.SpreadElement) return null;
          const spelled = invariantSpelling(element, state);
          if (spelled === null) return null;
          elements.push(spelled);
        }
        return `[${elements.join(',')}]`;
      }
      case AST_NODE_TYPES.Identifier:
        return bindingSpelling(target, state);
      case AST_NODE_TYPES.MemberExpression: {
        // `process.env.ACCOUNT_ID`: one value for the whole run
        const read = getEnvRead(target, sourceCode);
        if (read !== null) return read.exact ? `env:${read.name}` : null;
        if (target.computed || target.property.type !== AST_NODE_TYPES.Identifier) return null;
        const object = unwrapExpression(target.object);
        // A binding's or the instance's own member the file may write after construction (`props.roleArn = …`) may
        // differ from one read to the next (deeper members of what it holds are taken as they are)
        const own = object.type === AST_NODE_TYPES.ThisExpression || object.type === AST_NODE_TYPES.Identifier;
        if (own && mayWriteMember(target.property.name)) return null;
        if (object.type === AST_NODE_TYPES.ThisExpression) return thisMemberSpelling(object, target.property.name);
        const spelled = invariantSpelling(object, state);
        return spelled === null ? null : `${spelled}.${target.property.name}`;
      }
      case AST_NODE_TYPES.CallExpression: {
        // CDK's intrinsic functions (`Fn.importValue`, `Fn.join`, `Fn.sub`): the same arguments, the same value
        const ref = cdkCallee(target, sourceCode);
        if (ref === null || ref.submodule !== null || ref.path.length !== 2 || ref.path[0] !== 'Fn') return null;
        const args: string[] = [];
        for (const argument of target.arguments) {
          const spelled = argument.type === AST_NODE_TYPES.SpreadElement ? null : invariantSpelling(argument, state);
          if (spelled === null) return null;
          args.push(spelled);
        }
        return `Fn.${ref.path[1]!}(${args.join(',')})`;
      }
      default:
        return null;
    }
  }

  /** A binding written once, named by its declaration; the innermost non-module one becomes the origin. */
  function bindingSpelling(identifier: TSESTree.Identifier, state: InvariantState): string | null {
    const variable = findVariableOf(identifier, sourceCode);
    if (variable === null || variable.defs.length !== 1) return null;
    const def = variable.defs[0]!;
    let declaration: TSESTree.Node;
    if (def.type === 'ImportBinding') {
      declaration = def.name;
    } else if (def.type === 'Parameter') {
      if (variable.references.some((reference) => reference.isWrite())) return null;
      declaration = def.node;
    } else if (def.type === 'Variable') {
      const declarator = onceBoundDeclarator(variable);
      if (declarator === null) return null;
      // `const roleArn = Role.Arn`: the value it was given, spelled as where it is written out
      if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init !== null) {
        const spelled = invariantSpelling(declarator.init, state);
        if (spelled !== null) return spelled;
      }
      declaration = declarator;
    } else {
      return null;
    }
    if (variable.scope.type !== 'module' && variable.scope.type !== 'global') {
      const depth = ancestorCount(declaration);
      if (depth > state.originDepth) {
        state.origin = declaration;
        state.originDepth = depth;
      }
    }
    return `${identifier.name}#${def.name.range[0]}`;
  }

  /** `this.roleArn` in a class (its member checked by the caller): named by the class. */
  function thisMemberSpelling(self: TSESTree.ThisExpression, property: string): string | null {
    const owner = classOfThis(self);
    if (owner === null) return null;
    return `this#${owner.range[0]}.${property}`;
  }

  /**
   * `createRole('Orders')`, a function of the file that returns a role: a role it creates is a new one per call
   * (identified by the call); one it returns from outside (or names by ARN) is that role whatever the call.
   */
  function factoryRole(call: TSESTree.CallExpression, depth: number): RoleIdentity | null {
    if (depth > MAX_DEPTH) return null;
    const fn = localFunction(call.callee, sourceCode);
    if (fn === null) return null;
    const returned = returnedValues(fn, sourceCode.visitorKeys);
    if (returned.length !== 1) return null;
    const inner = roleIdentity(returned[0]!, depth + 1);
    if (inner === null) return null;
    if (inner.origin !== null && isInside(inner.origin, fn)) {
      return { key: `node:${call.range[0]}`, label: null, origin: call };
    }
    return inner;
  }

  /** `fn.role`: the role of another function construct (its own `role`, or the one CDK generates for it). */
  function borrowedRole(node: TSESTree.Node, depth: number): RoleIdentity | null {
    const fn = resolveLambdaFunction(node, sourceCode);
    if (fn === null || !fn.isConstruct || fn.creation.type !== AST_NODE_TYPES.NewExpression) return null;
    const role = constructProps(fn.creation, sourceCode).get('role');
    // Given or generated, known or not, what `fn.role` is: the same role for every function that borrows it
    if (role.state === 'present') return roleIdentity(role.node, depth + 1) ?? roleOwnedBy(fn.creation);
    return roleOwnedBy(fn.creation);
  }

  /** The role of function construct `creation`, identified by the construct (it owns it; never reported itself). */
  function roleOwnedBy(creation: TSESTree.NewExpression): RoleIdentity {
    const key = `node:${creation.range[0]}`;
    if (!owners.has(creation)) {
      owners.add(creation);
      uses.push({
        key,
        reportNode: creation,
        position: creation.range[0],
        creation,
        name: cdkFunctionName(creation, constructProps(creation, sourceCode)),
        role: '',
        owner: true,
        inLoop: false,
        helper: null,
      });
    }
    return { key, label: null, origin: creation };
  }

  function record(
    role: PropValue,
    creation: TSESTree.Node,
    container: TSESTree.Node | null,
    fallback: TSESTree.Node,
    name: string,
    singleton: { key: string; inLoops: boolean; acrossCalls: boolean } | null = null,
    byArn = false,
  ): void {
    if (role.state !== 'present') return;
    // An ARN (`CfnFunction`'s `role`, the SDK's `Role`) that is no static string: the same expression with the same
    // bindings is the same role (`Role: ROLE_ARN` twice, `` `arn:aws:iam::${Aws.ACCOUNT_ID}:role/app` `` in a loop)
    const found = roleIdentity(role.node, 0) ?? (byArn ? invariantRole(role.node, 'arn') : null);
    if (found === null) return;
    // Props a function of the file makes (`const fnProps = (entry) => ({ …, role: new Role(…) })`): a role made in
    // that function is a new one on each call
    const maker = enclosingFunction(role.node, MAX_BRANCH_SEARCH);
    const madePerCall =
      found.origin !== null && isFunctionLike(maker) && !isInside(creation, maker) && isInside(found.origin, maker);
    const identity = madePerCall ? { ...found, key: `${found.key}@${creation.range[0]}` } : found;
    const inside = container !== null && isInside(role.node, container);
    // A `SingletonFunction` of a fixed uuid in the same stack each time is one function however often its
    // construction runs (in a loop, in a helper called again)
    uses.push({
      singleton: singleton?.key ?? null,
      key: identity.key,
      reportNode: inside ? role.node : fallback,
      position: creation.range[0],
      creation,
      name,
      role: roleText(role.node, identity),
      owner: false,
      inLoop: singleton?.inLoops !== true && isRepeated(creation, identity.origin, sourceCode),
      helper: singleton?.acrossCalls === true ? null : repeatedHelper(creation, identity.origin, sourceCode),
      given: { origin: identity.origin, at: role.node },
    });
  }

  /**
   * Roles that grant only logging, which every function's own role holds anyway (see `grantsOnlyLogging`): each of
   * their functions given them in its own props. Sharing one gives no function more than it has.
   */
  function loggingOnlyRoles(groups: ReadonlyMap<string, RoleUse[]>): Set<string> {
    const keys = new Set<string>();
    for (const [key, group] of groups) {
      // Only a role some functions share is asked about
      if (group.length < 2 && !group.some((use) => use.inLoop || use.helper !== null)) continue;
      const origin = group[0]!.given?.origin ?? null;
      if (origin === null || !group.every((use) => use.given !== undefined && use.given.origin === origin)) continue;
      const givenAt = group.map((use) => use.given!.at);
      if (grantsOnlyLogging(origin, givenAt, group.map((use) => use.creation), sourceCode)) keys.add(key);
    }
    return keys;
  }

  /**
   * Helper calls already recorded, by the outermost call and role: a helper with two creations (exclusive branches)
   * is one function per call.
   */
  const recordedCalls = new Map<string, RoleUse>();
  /** The uses recorded per helper call and role (not a class's): its functions, when it creates several. */
  const helperCallUses = new Map<string, RoleUse[]>();

  /**
   * A function created in a helper of the file whose role is one of the helper's parameters (`role`, `props.role`,
   * `{ role }`, or a spread `...props`): each call of the helper is a function given the role its arguments hold,
   * compared like any other. The constructor of a class of the file is such a helper, called by each `new` of the
   * class (`new Service(this, 'Orders', { role })`): one function per function it creates. A call that passes on a
   * parameter of another helper as it is (`addRoute(route, role) { this.createFn(route.id, role) }`) is followed to
   * that helper's calls, a few helpers out. True when the role is such a parameter (then the creation itself records
   * nothing). `idArgument` is where the creation takes its id (CDK's `new X(scope, id, props)`: 1; Pulumi's
   * `new X(name, args)`: 0; none for the SDK's, named by its line).
   */
  function recordHelperCalls(
    creation: TSESTree.NewExpression | TSESTree.CallExpression,
    role: PropValue,
    singleton: string | null = null,
    idArgument: number | null = 1,
  ): boolean {
    if (role.state === 'absent') return false;
    const fn = enclosingFunction(creation, MAX_BRANCH_SEARCH);
    if (!isFunctionLike(fn)) return false;
    // `configs.forEach((c) => … role: c.role)`: a loop variable over a table the file writes, read there
    if (role.state === 'present' && getLoopMemberValues(role.node, sourceCode) !== null) return false;
    const source =
      role.state === 'present' ? parameterPath(role.node, fn, sourceCode) : spreadParameter(creation, fn, sourceCode);
    if (source === null) return false;
    const named = helperCallSites(fn);
    // A construct the file never makes (another module's `new ComputeStack(app, 'C', { lambdaRole })`): a role its
    // props must hold is one object for every function of one instantiation (see `requiredPropRole`)
    if ((named === null || named.calls.length === 0) && role.state === 'present' && requiredPropRole(role.node) !== null) {
      return false;
    }
    if (named === null) return true;
    const constructed = named.constructed;
    // `createPair(scope, role) { new Function(scope, 'A', { role }); new Function(scope, 'B', { role }); }`: each
    // creation the helper always runs is one more function per call (ones under a condition may not run)
    const always = constructed || runsOnEveryCall(creation, fn, sourceCode);
    const idNode = idArgument === null ? undefined : creation.arguments[idArgument];
    const idParameter = parameterPath(idNode ?? creation, fn, sourceCode);
    // A class's instantiation is named by its construct id (a Pulumi component's by its name), whatever the class
    // does with it
    const idIndex = constructed
      ? (idArgument ?? 1)
      : idParameter !== null && idParameter.key === null
        ? idParameter.index
        : null;
    for (const { steps, roleNode, identity, loop } of forwardedRoles(fn, source, MAX_FORWARDING_HELPERS)) {
      const outer = steps[steps.length - 1]!;
      const reportStep = loop ?? outer;
      const reportNode = isInside(reportStep.carrier, reportStep.call) ? reportStep.carrier : reportStep.call.callee;
      // Each function a class creates is one more function per instantiation
      const recorded = `${outer.call.range[0]}:${always ? creation.range[0] : ''}:${identity.key}`;
      const callKey = `${outer.call.range[0]}::${identity.key}`;
      let earlier = recordedCalls.get(recorded);
      // A helper's creation that may not run, and any creation of a call that has one, is one function per call
      const ofCall = constructed ? undefined : helperCallUses.get(callKey);
      if (earlier === undefined && ofCall !== undefined && (!always || ofCall.some((use) => use.inner === undefined))) {
        earlier = ofCall[0];
      }
      if (earlier !== undefined) {
        // Another way to the same call (two calls of a helper in it, one in a loop): the loop is what it shares
        if (loop !== null && !earlier.inLoop) {
          earlier.inLoop = true;
          earlier.reportNode = reportNode;
        }
        continue;
      }
      const id = forwardedId(steps, idIndex);
      const innerId = constructed
        ? constructedId(id, creation, idParameter)
        : always && idParameter === null && idArgument !== null
          ? creationIdText(creation, idArgument)
          : null;
      const use: RoleUse = {
        singleton,
        key: identity.key,
        reportNode,
        position: outer.call.range[0],
        creation: outer.call,
        name: id === null ? `on line ${outer.call.loc.start.line}` : `'${shorten(id)}'`,
        role: roleText(roleNode, identity),
        owner: false,
        inLoop: singleton === null && loop !== null,
        helper: null,
        ...(always ? { inner: creation } : {}),
        // Two functions of one call told apart by their ids, or else by where the helper creates them
        ...(innerId !== null
          ? { innerName: `'${shorten(innerId)}'` }
          : always
            ? { innerName: `on line ${creation.loc.start.line}` }
            : {}),
      };
      recordedCalls.set(recorded, use);
      if (!constructed) helperCallUses.set(callKey, [...(helperCallUses.get(callKey) ?? []), use]);
      uses.push(use);
    }
    return true;
  }

  /** Per helper: its call sites from outside it, and whether it is a class constructor (its calls are `new`s). */
  const helperCallSitesCache = new Map<FunctionLike, HelperCallSites | null>();

  function helperCallSites(fn: FunctionLike): HelperCallSites | null {
    let sites = helperCallSitesCache.get(fn);
    if (sites === undefined) {
      const constructed = constructorCalls(fn, sourceCode);
      const named = constructed ?? helperCalls(fn, sourceCode);
      // A helper calling itself (recursion) creates one function per outside call
      const calls = named?.calls.filter((call) => !isInside(call, fn));
      sites = calls === undefined ? null : { calls, constructed: constructed !== null };
      helperCallSitesCache.set(fn, sites);
    }
    return sites;
  }

  /** Per helper, parameter path and helpers left to follow: the roles its outside calls give that parameter. */
  const forwardedRolesCache = new Map<string, ForwardedRole[]>();

  /**
   * The roles the calls of `helper` give its parameter `source`: each call that passes a role the rule resolves, and
   * each call made in another helper that passes on one of that helper's parameters as it is (a plain parameter,
   * `props.role`, `{ role }`, or the whole props for a `source` that is a key of them), followed through up to
   * `helpersLeft` such helpers. One entry per outermost call and role.
   */
  function forwardedRoles(helper: FunctionLike, source: ParameterPath, helpersLeft: number): ForwardedRole[] {
    const cacheKey = `${helper.range[0]}:${source.index}:${source.key ?? ''}:${helpersLeft}`;
    const cached = forwardedRolesCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const found = new Map<string, ForwardedRole>();
    const add = (entry: ForwardedRole): void => {
      const key = `${entry.steps[entry.steps.length - 1]!.call.range[0]}:${entry.identity.key}`;
      const earlier = found.get(key);
      // Another way to the same call: keep the one through a loop
      if (found.size < MAX_FORWARDED_ROLES && earlier === undefined) found.set(key, entry);
      else if (earlier !== undefined && earlier.loop === null && entry.loop !== null) found.set(key, entry);
    };
    for (const call of helperCallSites(helper)?.calls ?? []) {
      const argument = argumentAt(call, source.index);
      if (argument === undefined) continue;
      let roleNode: TSESTree.Node = argument;
      let forwardKey: string | null = null;
      if (source.key !== null) {
        const value = readProps(argument, sourceCode).get(source.key);
        if (value.state === 'absent') continue;
        if (value.state === 'present') roleNode = value.node;
        // The whole props passed on (`this.createFn(id, props)`): the role is its key wherever they come from
        else forwardKey = source.key;
      }
      const identity = forwardKey === null ? roleIdentity(roleNode, 0) : null;
      if (identity !== null) {
        const step: ForwardStep = { call, carrier: roleNode, forwarder: null };
        add({ steps: [step], roleNode, identity, loop: isRepeated(call, identity.origin, sourceCode) ? step : null });
        continue;
      }
      if (helpersLeft === 0) continue;
      // `{ ...props, memory: 512 }` passes on the props it spreads (the key not written beside: readProps said so)
      const forwarded = forwardedParameter(call, forwardKey === null ? roleNode : (soleSpread(roleNode) ?? roleNode));
      if (forwarded === null) continue;
      let outerSource = forwarded.path;
      if (forwardKey !== null) {
        if (outerSource.key !== null) continue;
        outerSource = { index: outerSource.index, key: forwardKey };
      }
      const step: ForwardStep = { call, carrier: roleNode, forwarder: forwarded.helper };
      for (const outer of forwardedRoles(forwarded.helper, outerSource, helpersLeft - 1)) {
        const loop = outer.loop ?? (isRepeated(call, outer.identity.origin, sourceCode) ? step : null);
        add({ steps: [step, ...outer.steps], roleNode: outer.roleNode, identity: outer.identity, loop });
      }
    }
    const roles = [...found.values()];
    forwardedRolesCache.set(cacheKey, roles);
    return roles;
  }

  /**
   * The helper `call` is made in (also from an array-iteration callback in it, which runs in the helper) whose
   * parameter `node` passes on as it is, with its path; else null.
   */
  function forwardedParameter(
    call: TSESTree.Node,
    node: TSESTree.Node,
  ): { helper: FunctionLike; path: ParameterPath } | null {
    let fn = enclosingFunction(call, MAX_BRANCH_SEARCH);
    for (let depth = 0; fn !== null && depth < MAX_CALLBACK_NESTING; depth++) {
      const path = parameterPath(node, fn, sourceCode);
      if (path !== null) return { helper: fn, path };
      if (!isLoopBody(fn, fn.body)) return null;
      fn = enclosingFunction(fn, MAX_BRANCH_SEARCH);
    }
    return null;
  }

  /**
   * The id a chain of helper calls gives the function: the argument at `idIndex` of the innermost call, as a string,
   * or followed out while it is a parameter the helper passes on as it is; else null. Each `new` of a class of the
   * file on the way out that does not pass the id on puts its own construct id in front (`'Orders/Handler'`), or
   * names the function when nothing inside it did.
   */
  function forwardedId(steps: readonly ForwardStep[], idIndex: number | null): string | null {
    let index = idIndex;
    let id: string | null = null;
    for (const [position, step] of steps.entries()) {
      if (index !== null) {
        const argument = argumentAt(step.call, index);
        id = argument === undefined ? null : getStaticString(argument, sourceCode);
        const target = argument === undefined || id !== null ? null : unwrapExpression(argument);
        index =
          target?.type === AST_NODE_TYPES.Identifier && step.forwarder !== null
            ? parameterIndex(target, step.forwarder, sourceCode)
            : null;
        continue;
      }
      const called = position === 0 ? null : steps[position - 1]!.forwarder;
      if (called === null || helperCallSites(called)?.constructed !== true) continue;
      const idArgument = argumentAt(step.call, 1);
      const instanceId = idArgument === undefined ? null : getStaticString(idArgument, sourceCode);
      if (instanceId !== null) id = id === null ? instanceId : `${instanceId}/${id}`;
    }
    return id;
  }

  /**
   * The construct path of a function a class creates, from the instantiation's id: `Orders` for the class's own
   * function (a subclass's `super(scope, id, …)`), `Orders/Handler` for `new lambda.Function(this, 'Handler', …)`.
   */
  function constructedId(
    outerId: string | null,
    creation: TSESTree.NewExpression | TSESTree.CallExpression,
    idParameter: ParameterPath | null,
  ): string | null {
    if (outerId === null || creation.type === AST_NODE_TYPES.CallExpression || idParameter !== null) return outerId;
    const innerId = constructId(creation, sourceCode);
    return innerId === null ? outerId : `${outerId}/${innerId}`;
  }

  /**
   * `class AppFunction extends NodejsFunction { constructor(scope, id, props) { super(scope, id, { ...props }) } }`:
   * each `new AppFunction(…)` of the file is a function, given the role its props pass on (a constructor that does
   * not pass the props' role on straight is not read). Without a constructor every argument reaches the function.
   */
  function onClass(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void {
    if (node.superClass === null || !isLambdaFunctionClass(cdkRef(node.superClass, sourceCode))) return;
    const constructorMethod = node.body.body.find(
      (member): member is TSESTree.MethodDefinition =>
        member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor',
    );
    if (constructorMethod === undefined) {
      for (const call of classCreations(node, sourceCode)?.calls ?? []) {
        const props = constructProps(call, sourceCode);
        if (props.kind === 'object') {
          record(props.get('role'), call, constructPropsNode(call), call.callee, cdkFunctionName(call, props));
        }
      }
      return;
    }
    const method = constructorMethod.value;
    const body = method.type === AST_NODE_TYPES.FunctionExpression ? method.body : null;
    const superCall = body === null ? null : constructorSuperCall(body);
    if (superCall === null || superCall.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) {
      return;
    }
    const props = readProps(superCall.arguments[2], sourceCode);
    if (props.kind === 'unknown') recordHelperCalls(superCall, UNKNOWN_ROLE);
    else if (props.kind === 'object') recordHelperCalls(superCall, props.get('role'));
  }

  function roleText(node: TSESTree.Node, identity: RoleIdentity): string {
    let written = unwrapExpression(node);
    // `shared.withoutPolicyUpdates()`: named by the role it is called on
    for (let receiver = withoutPolicyUpdatesReceiver(written); receiver !== null; ) {
      written = unwrapExpression(receiver);
      receiver = withoutPolicyUpdatesReceiver(written);
    }
    if (isNameChain(written)) return shorten(sourceCode.getText(written));
    return identity.label ?? 'the same role';
  }

  function cdkFunctionName(creation: TSESTree.NewExpression, props: Props): string {
    const id = constructId(creation, sourceCode);
    if (id !== null) return `'${shorten(id)}'`;
    const functionName = props.get('functionName');
    if (functionName.state === 'present' && functionName.value.kind === 'string') {
      return `'${shorten(functionName.value.value)}'`;
    }
    const variable = boundVariableName(creation);
    if (variable !== null) return `'${variable}'`;
    return `on line ${creation.loc.start.line}`;
  }

  /** `new aws.lambda.Function(name, { role })` (Pulumi; also `CallbackFunction`): recorded; false for other news. */
  function onPulumiFunction(node: TSESTree.NewExpression): boolean {
    const path = pulumiAwsPath(node.callee, sourceCode);
    if (path?.length !== 2 || path[0] !== 'lambda' || !PULUMI_FUNCTION_CLASSES.has(path[1]!)) return false;
    const propsNode = node.arguments[1];
    const props = readProps(propsNode, sourceCode);
    if (props.kind !== 'object') return true;
    const name = node.arguments[0] === undefined ? null : getStaticString(node.arguments[0], sourceCode);
    const variable = boundVariableName(node);
    let label = `on line ${node.loc.start.line}`;
    if (name !== null) label = `'${shorten(name)}'`;
    else if (variable !== null) label = `'${variable}'`;
    // A helper or a component class given the role by its callers: each call is a function with the role it passes
    const role = props.get('role');
    if (!recordHelperCalls(node, role, null, 0)) record(role, node, propsNode ?? null, node.callee, label);
    return true;
  }

  /**
   * SST's `Function` (v2's `sst/constructs`, v1's `@serverless-stack/resources`: a `lambda.Function` with the same
   * `role` prop; v3's `sst.aws.Function(name, { role })`, an ARN): recorded; false for other news.
   */
  function onSstFunction(node: TSESTree.NewExpression): boolean {
    const sst = sstExport(node.callee, sourceCode);
    if (sst?.name !== 'Function') return false;
    const idNode = node.arguments[sst.version === 3 ? 0 : 1];
    const propsNode = node.arguments[sst.version === 3 ? 1 : 2];
    const props = readProps(propsNode, sourceCode);
    if (props.kind !== 'object') return true;
    const id = idNode === undefined || idNode.type === AST_NODE_TYPES.SpreadElement ? null : getStaticString(idNode, sourceCode);
    const variable = boundVariableName(node);
    let label = `on line ${node.loc.start.line}`;
    if (id !== null) label = `'${shorten(id)}'`;
    else if (variable !== null) label = `'${variable}'`;
    record(props.get('role'), node, propsNode ?? null, node.callee, label, null, sst.version === 3);
    return true;
  }

  /** The client in `client.send(command)` when `command` is written there. */
  function sentBy(command: TSESTree.NewExpression): TSESTree.Node | null {
    const call = command.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== command) return null;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'send') return null;
    return callee.object;
  }

  /**
   * A client made with a local endpoint (LocalStack, SAM local: `endpoint: 'http://localhost:4566'`): the
   * functions it creates never reach AWS, and their role is the emulator's dummy.
   */
  function isLocalClient(client: TSESTree.Node): boolean {
    const creation = unwrapExpression(resolveBoundExpression(client, sourceCode));
    if (creation.type !== AST_NODE_TYPES.NewExpression) return false;
    const config = creation.arguments[0];
    if (config === undefined || config.type === AST_NODE_TYPES.SpreadElement) return false;
    // An endpoint that may be local (`process.env.AWS_ENDPOINT_URL || 'http://localhost:4566'`) may never reach
    // AWS either: a role shared there is not proven (as explicit credentials are excused there)
    const locality = configEndpointLocality(getStaticValue(config, sourceCode), sourceCode);
    return locality === 'local' || locality === 'maybe-local';
  }

  function sdkFunction(
    params: TSESTree.Node | undefined,
    call: TSESTree.NewExpression | TSESTree.CallExpression,
    fallback: TSESTree.Node,
    client: TSESTree.Node | null,
  ): void {
    if (params === undefined) return;
    const props = readProps(params, sourceCode);
    if (props.kind !== 'object') return;
    const functionName = props.get('FunctionName');
    const name =
      functionName.state === 'present' && functionName.value.kind === 'string'
        ? `'${shorten(functionName.value.value)}'`
        : `on line ${call.loc.start.line}`;
    // A helper given the ARN by its callers (`(name, roleArn) => lambda.send(new CreateFunctionCommand({ Role:
    // roleArn, … }))`): each call is a function with the ARN it passes
    const role = props.get('Role');
    // A client the helper is handed may be a local one (LocalStack) at every call: its calls are not followed
    const followCalls = client === null || !isHelperParameter(client, call);
    if (!followCalls || !recordHelperCalls(call, role, null, null)) record(role, call, call, fallback, name, null, true);
  }

  /** Is `node` (or the base of its member chain) a parameter of the function around `creation`? */
  function isHelperParameter(node: TSESTree.Node, creation: TSESTree.Node): boolean {
    const fn = enclosingFunction(creation, MAX_BRANCH_SEARCH);
    return isFunctionLike(fn) && parameterPath(node, fn, sourceCode) !== null;
  }

  /**
   * `new lambda.Function(this, 'A', fnProps('a', role))` with `const fnProps = (dir, r) => ({ …, role: r })`: the
   * props a function of the file returns name its parameter, which that call gives (the role of each call's own).
   * The props' role as read otherwise.
   */
  function roleGivenToPropsMaker(creation: TSESTree.NewExpression, role: PropValue): PropValue {
    if (role.state !== 'present') return role;
    const parameter = unwrapExpression(role.node);
    const propsArgument = constructPropsNode(creation);
    const call = propsArgument === null ? null : unwrapExpression(propsArgument);
    if (parameter.type !== AST_NODE_TYPES.Identifier || call?.type !== AST_NODE_TYPES.CallExpression) return role;
    const maker = localFunction(call.callee, sourceCode);
    const index = maker === null || !isInside(role.node, maker) ? null : parameterIndex(parameter, maker, sourceCode);
    const given = index === null ? undefined : call.arguments[index];
    if (given === undefined || given.type === AST_NODE_TYPES.SpreadElement) return role;
    return { state: 'present', node: given, value: getStaticValue(given, sourceCode) };
  }

  const listeners: TSESLint.RuleListener = {
    NewExpression(node) {
      // Most constructs of a stack are not functions: those written as another name need no lookup
      if (!calleeMayBeExport(node, sourceCode, isFunctionCreationName)) return;
      // Without a CDK import no callee is a CDK class
      const ref = importsCdk ? cdkCallee(node, sourceCode) : null;
      const cfnFunction = isCdk(ref, 'aws-lambda', ['CfnFunction']) || isCdk(ref, 'aws-sam', ['CfnFunction']);
      if (isLambdaFunctionClass(ref) || cfnFunction) {
        const props = constructProps(node, sourceCode);
        if (props.kind !== 'object') {
          // `new NodejsFunction(scope, id, props)` in a helper: the role is what its callers put in the props
          if (props.kind === 'unknown') recordHelperCalls(node, UNKNOWN_ROLE);
          return;
        }
        const role = roleGivenToPropsMaker(node, props.get('role'));
        const singleton = isCdk(ref, 'aws-lambda', ['SingletonFunction'])
          ? singletonKey(node, props, sourceCode)
          : null;
        // `createFn(this, 'Orders', { role: ordersRole })`: a helper's role comes from its callers; a singleton is one
        // function for every call only when its scope is the same stack each time
        const everyCall = singleton?.acrossCalls === true ? singleton.key : null;
        if (!recordHelperCalls(node, role, everyCall)) {
          record(role, node, constructPropsNode(node), node.callee, cdkFunctionName(node, props), singleton, cfnFunction);
        }
        return;
      }
      if (ref === null && pulumi && onPulumiFunction(node)) return;
      if (ref === null && usesSst(sourceCode) && onSstFunction(node)) return;
      if (ref === null && (createCommandMentioned ??= mayMention(sourceCode, 'CreateFunctionCommand')) && isSdkLambdaCommand(node, sourceCode, 'CreateFunctionCommand')) {
        const client = sentBy(node);
        if (client === null || !isLocalClient(client)) sdkFunction(argumentAt(node, 0), node, node.callee, client);
      }
    },
    ClassDeclaration: onClass,
    ClassExpression: onClass,
    CallExpression(node) {
      const callee = unwrapExpression(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'createFunction') return;
      if (isSdkLambdaClient(callee.object, sourceCode) && !isLocalClient(callee.object)) {
        sdkFunction(argumentAt(node, 0), node, callee.property, callee.object);
      }
    },
    'Program:exit'() {
      joinRoleNames(uses);
      // The functions a class of the file creates are reported on its `new`: once there, not once per function
      const reported = new Set<TSESTree.Node>();
      const reportOnce = (descriptor: { node: TSESTree.Node } & TSESLint.ReportDescriptor<MessageIds>): void => {
        if (reported.has(descriptor.node)) return;
        reported.add(descriptor.node);
        context.report(descriptor);
      };
      const groups = new Map<string, RoleUse[]>();
      for (const use of uses) {
        const group = groups.get(use.key);
        if (group === undefined) groups.set(use.key, [use]);
        else group.push(use);
      }
      const harmless = loggingOnlyRoles(groups);
      for (const use of uses) {
        if (harmless.has(use.key)) continue;
        if (use.inLoop) {
          reportOnce({ node: use.reportNode, messageId: 'sharedRoleInLoop', data: { role: use.role } });
        } else if (use.helper?.calls === 'loop') {
          reportOnce({
            node: use.reportNode,
            messageId: 'sharedRoleInHelperLoop',
            data: { role: use.role, helper: use.helper.name },
          });
        } else if (use.helper !== null) {
          reportOnce({
            node: use.reportNode,
            messageId: 'sharedRoleInHelper',
            data: { role: use.role, helper: use.helper.name, count: String(use.helper.calls) },
          });
        }
      }
      for (const group of groups.values()) {
        if (group.length < 2 || harmless.has(group[0]!.key)) continue;
        group.sort((a, b) => a.position - b.position || (a.owner === b.owner ? 0 : a.owner ? -1 : 1));
        for (const [index, use] of group.entries()) {
          if (index === 0 || use.owner || use.inLoop || use.helper !== null) continue;
          // The first earlier function that can exist together with this one (not in an exclusive branch); after
          // MAX_EXCLUSIVE_CHECKS exclusive ones (a `switch` of thousands of cases) the rule stops looking
          const first = group
            .slice(0, Math.min(index, MAX_EXCLUSIVE_CHECKS))
            .find(
              (other) =>
                !(other.creation === use.creation && other.inner !== undefined && use.inner !== undefined
                  ? areExclusive(other.inner, use.inner)
                  : areExclusive(other.creation, use.creation)) &&
                !(use.singleton != null && other.singleton === use.singleton),
            );
          if (first === undefined) continue;
          // Two functions of one instantiation of a class are told apart by their path inside it
          const inOne = first.creation === use.creation;
          reportOnce({
            node: use.reportNode,
            messageId: 'sharedRole',
            data: {
              name: (inOne ? use.innerName : undefined) ?? use.name,
              role: use.role,
              first: (inOne ? first.innerName : undefined) ?? first.name,
            },
          });
        }
      }
    },
  };
  // SDK v2 `lambda.createFunction(…)` spells the method (escapes aside): other files need no call listener
  if (!mayMention(sourceCode, 'createFunction')) delete listeners.CallExpression;
  // Without a CDK import no class extends a CDK function class
  if (!importsCdk) {
    delete listeners.ClassDeclaration;
    delete listeners.ClassExpression;
  }
  return listeners;
}

/** `arn:aws:iam::123456789012:role/service-role/app` → `app` (the name, after any path); null for other ARNs. */
function roleNameOfArn(arn: string): string | null {
  const match = /^arn:[^:]+:iam::[^:]*:role\/(.+)$/u.exec(arn);
  if (match === null) return null;
  const path = match[1]!;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name === '' ? null : name;
}

/**
 * A role named by its ARN (`Role.fromRoleArn(this, id, 'arn:aws:iam::123456789012:role/app')`, an ARN string) and
 * one named by its name (`Role.fromRoleName(this, id, 'app')`) are one role: an execution role is always in its
 * function's account, where role names are unique, paths aside. Only when every ARN of the file with that name is the
 * same one (two accounts or paths for one name leave each ARN on its own).
 */
function joinRoleNames(uses: RoleUse[]): void {
  const arnsByName = new Map<string, Set<string>>();
  const names = new Map<RoleUse, string>();
  for (const use of uses) {
    const name = use.key.startsWith('arn:') ? roleNameOfArn(use.key.slice('arn:'.length)) : null;
    if (name === null) continue;
    names.set(use, name);
    const arns = arnsByName.get(name);
    if (arns === undefined) arnsByName.set(name, new Set([use.key]));
    else arns.add(use.key);
  }
  for (const [use, name] of names) {
    if (arnsByName.get(name)!.size === 1) use.key = `name:${name}`;
  }
}

/** Occurrences in the file read looked at for writes of one property: beyond them, the property may be written. */
const MAX_MEMBER_OCCURRENCES = 200;

/** The innermost node at each place the file spells `name` as a whole word (null past MAX_MEMBER_OCCURRENCES). */
function namedOccurrences(sourceCode: SourceCode, name: string): (TSESTree.Node | null)[] {
  const text = sourceCode.text;
  const found: (TSESTree.Node | null)[] = [];
  for (let index = text.indexOf(name); index !== -1; index = text.indexOf(name, index + name.length)) {
    if (isWordCharacter(text.charAt(index - 1)) || isWordCharacter(text.charAt(index + name.length))) continue;
    if (found.length === MAX_MEMBER_OCCURRENCES) return [null];
    found.push(nodeAtIndex(sourceCode, index));
  }
  return found;
}

function isWordCharacter(character: string): boolean {
  return character !== '' && /[\w$]/u.test(character);
}

/**
 * Does this occurrence of a property's name write it, or make it an accessor (whose reads may differ)? The one write
 * allowed is the initialisation `this.name = …` made straight in a class constructor. A name in a string (a
 * computed member, `Object.defineProperty`) or in an object literal given to a call (`Object.assign(target, { … })`)
 * counts as a write; a null occurrence (not looked at) too.
 */
function isWriteOrAccessor(node: TSESTree.Node | null, sourceCode: SourceCode): boolean {
  if (node === null) return true;
  if (node.type === AST_NODE_TYPES.Literal || node.type === AST_NODE_TYPES.TemplateElement) return true;
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const parent = node.parent;
  if (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.TSAbstractMethodDefinition) {
    return parent.key === node && (parent.kind === 'get' || parent.kind === 'set');
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.key === node) {
    if (parent.kind !== 'init') return true;
    const object = parent.parent;
    return object.type === AST_NODE_TYPES.ObjectExpression && object.parent.type === AST_NODE_TYPES.CallExpression;
  }
  if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.property !== node) return false;
  if (!isMemberWritten(parent)) return false;
  return !isConstructorInitialisation(parent, sourceCode);
}

/**
 * `this.x = …` as a statement of a block that runs once, at construction (see `constructionBlocks`: the
 * constructor's own body, not a callback that may run later, or a method only the constructor calls, once).
 */
function isConstructorInitialisation(member: TSESTree.MemberExpression, sourceCode: SourceCode): boolean {
  if (member.object.type !== AST_NODE_TYPES.ThisExpression) return false;
  const assignment = member.parent;
  if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=') return false;
  const statement = assignment.parent;
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const owner = classOfThis(member);
  return owner !== null && constructionBlocks(owner, sourceCode).has(statement.parent);
}

/** Pulumi's Lambda function classes (`aws.lambda.X`) that take a `role`. */
const PULUMI_FUNCTION_CLASSES: ReadonlySet<string> = new Set(['Function', 'CallbackFunction']);

/**
 * What the callee of a function's creation ends in: a CDK function class, `CreateFunctionCommand` (SDK v3), or a
 * Pulumi function class.
 */
function isFunctionCreationName(name: string): boolean {
  return (
    LAMBDA_FUNCTION_CLASS_NAMES.has(name) ||
    PULUMI_FUNCTION_CLASSES.has(name) ||
    name === 'CfnFunction' ||
    name === 'CreateFunctionCommand'
  );
}

/**
 * Array methods whose callback runs once per element and is where code builds things per element (not
 * `ELEMENT_CALLBACK_METHODS`' `filter`, `find`, `some`, `every`: callbacks that test, which no stack builds in).
 */
const ITERATING_METHODS = new Set(['map', 'forEach', 'flatMap']);

/**
 * What makes a `SingletonFunction` one function however often its construction runs: CDK names it by its
 * `lambdaPurpose` and `uuid` in its stack. Known only for a fixed uuid and purpose (or none), made in a scope that is
 * the same stack each time: `this` (a construct of the stack) or a name bound outside the function and loops around
 * the construction; a helper's parameter or a loop's name may be another stack each time. Null otherwise.
 */
function singletonKey(
  node: TSESTree.NewExpression,
  props: Props,
  sourceCode: SourceCode,
): { key: string; inLoops: boolean; acrossCalls: boolean } | null {
  const uuid = props.get('uuid');
  const purpose = props.get('lambdaPurpose');
  if (uuid.state !== 'present' || uuid.value.kind !== 'string') return null;
  if (purpose.state === 'present' && purpose.value.kind !== 'string') return null;
  const scope = node.arguments[0] === undefined ? null : unwrapExpression(node.arguments[0]);
  const scopeVariable = scope?.type === AST_NODE_TYPES.Identifier ? findVariableOf(scope, sourceCode) : null;
  const scopeKey =
    scope?.type === AST_NODE_TYPES.ThisExpression
      ? 'this'
      : scopeVariable?.defs.length === 1
        ? String(scopeVariable.defs[0]!.node.range[0])
        : null;
  if (scope === null || scopeKey === null) return null;
  const purposeText = purpose.state === 'present' && purpose.value.kind === 'string' ? purpose.value.value : '';
  return {
    key: `${purposeText}/${uuid.value.value}@${scopeKey}`,
    inLoops: isSameStackEachTime(scope, node, sourceCode, false),
    acrossCalls: isSameStackEachTime(scope, node, sourceCode, true),
  };
}

/**
 * Is `scope` the same on each pass of the loops around `creation` in its function (a name declared outside them,
 * not a loop variable or a callback's parameter), and with `acrossCalls` also on each call of that function (`this`,
 * or a name declared outside it: not a helper's parameter)?
 */
function isSameStackEachTime(
  scope: TSESTree.Node,
  creation: TSESTree.Node,
  sourceCode: SourceCode,
  acrossCalls: boolean,
): boolean {
  if (scope.type === AST_NODE_TYPES.ThisExpression) return true;
  if (scope.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariableOf(scope, sourceCode);
  const declared = variable?.defs.length === 1 ? (variable.defs[0]!.node as TSESTree.Node) : null;
  if (declared === null) return false;
  let child: TSESTree.Node = creation;
  for (let node = creation.parent; node !== undefined && node !== null; node = node.parent) {
    if (isLoopBody(node, child)) {
      if (isInside(declared, node)) return false;
    } else if (isFunctionLike(node)) {
      if (!acrossCalls) return true;
      if (isInside(declared, node)) return false;
    }
    child = node;
  }
  return true;
}

/**
 * Does `creation` run on every call of `fn`: not under a condition, a loop or a callback of its body, nor after a
 * statement of the body that may leave it (`if (!withWorker) return;`)?
 */
function runsOnEveryCall(creation: TSESTree.Node, fn: FunctionLike, sourceCode: SourceCode): boolean {
  return fn.body !== null && fn.body !== undefined && runsWhenever(creation, fn.body, sourceCode.visitorKeys);
}

/** `A` for `new Function(scope, 'A', …)`: the id a creation writes as a string; null otherwise. */
function creationIdText(creation: TSESTree.NewExpression | TSESTree.CallExpression, index = 1): string | null {
  const id = creation.arguments[index];
  if (id === undefined || id.type === AST_NODE_TYPES.SpreadElement) return null;
  return id.type === AST_NODE_TYPES.Literal && typeof id.value === 'string' ? id.value : null;
}

/** Ancestors looked at for an enclosing loop. */
const MAX_LOOP_SEARCH = 64;

/**
 * Is `creation` inside a loop (`for`, `while`, an array `map`/`forEach`/`reduce` callback) that does not also contain the
 * role's origin? Then each iteration creates another function with the same role. `origin` null: a role named by
 * ARN or name, the same whatever the iteration.
 */
function isRepeated(creation: TSESTree.Node, origin: TSESTree.Node | null, sourceCode: SourceCode): boolean {
  let child: TSESTree.Node = creation;
  const branches: Branch[] = [];
  // (`Program.parent` is null with some parsers, undefined with others.)
  let current: TSESTree.Node | null | undefined = creation.parent;
  for (let depth = 0; depth < MAX_LOOP_SEARCH && current !== undefined && current !== null; depth++) {
    if (origin !== null && isInside(origin, current)) return false;
    // A loop over a list of one element (`for (const name of ['api'])`) runs its body once
    if (isLoopBody(current, child) && !iteratesOnce(current, sourceCode)) {
      const runs = passesTaken(current, branches, sourceCode);
      // Taken on one pass of this loop: an enclosing loop may still run it again
      if (runs !== 'once') return runs === 'many';
    }
    const branch = branchTaken(current, child);
    if (branch !== null) branches.push(branch);
    // `if (name !== 'admin') continue;` before it in a block: it runs where that test fails
    branches.push(...guardsBefore(current, child, sourceCode));
    child = current;
    current = current.parent;
  }
  return false;
}

/**
 * A test on the way from a creation up to its loop, and whether the creation needs it true or false; `opaque`, a
 * statement before it that may skip it in ways the rule does not read (a `continue` deep in a branch, a `break`).
 */
interface Branch {
  test: TSESTree.Node;
  taken: boolean;
  opaque?: boolean;
  /** For a `case`: its label and those of the empty cases right before it. */
  labels?: readonly TSESTree.Expression[];
}

/**
 * The test `child` runs under inside `node` (`if`, `? :`, `&&` / `||`, a `case` of a `switch`, read as the
 * discriminant equal to its test), or null when `child` runs either way.
 */
function branchTaken(node: TSESTree.Node, child: TSESTree.Node): Branch | null {
  switch (node.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      if (child === node.test) return null;
      return { test: node.test, taken: child === node.consequent };
    case AST_NODE_TYPES.LogicalExpression:
      if (child !== node.right || node.operator === '??') return null;
      return { test: node.left, taken: node.operator === '&&' };
    case AST_NODE_TYPES.SwitchCase: {
      if (child === node.test) return null;
      const switched = node.parent;
      // `case 'orders': case 'users': …`: the labels right before it with no statements of their own take it too
      const labels: TSESTree.Expression[] = [];
      let index = switched.cases.indexOf(node);
      for (let current = node; ; current = switched.cases[--index]!) {
        if (current.test === null) return { test: switched.discriminant, taken: true, opaque: true };
        labels.push(current.test);
        const previous = switched.cases[index - 1];
        if (previous === undefined || endsCase(previous.consequent)) break;
        // An earlier case whose statements run on into this one: not read
        if (previous.consequent.length > 0) return { test: switched.discriminant, taken: true, opaque: true };
      }
      return { test: node, taken: true, labels };
    }
    default:
      return null;
  }
}

/**
 * Statements of a block before `child` that may skip it: `if (test) continue;` (or `return;`, `break;`, `throw`)
 * runs it where `test` fails; any other statement holding such a jump is opaque.
 */
function guardsBefore(node: TSESTree.Node, child: TSESTree.Node, sourceCode: SourceCode): Branch[] {
  const statements = statementListOf(node);
  if (statements === null) return [];
  const index = statements.indexOf(child);
  const guards: Branch[] = [];
  for (const statement of statements.slice(0, Math.max(0, index))) {
    if (!jumps(statement, sourceCode)) continue;
    const plainGuard =
      statement.type === AST_NODE_TYPES.IfStatement && statement.alternate === null && isJump(statement.consequent);
    guards.push(
      plainGuard
        ? { test: (statement as TSESTree.IfStatement).test, taken: false }
        : { test: statement, taken: false, opaque: true },
    );
  }
  return guards;
}

/** `continue;`, `break;`, `return …;`, `throw …;`, or a block of one of them. */
function isJump(node: TSESTree.Node): boolean {
  const target = node.type === AST_NODE_TYPES.BlockStatement && node.body.length === 1 ? node.body[0]! : node;
  return (
    target.type === AST_NODE_TYPES.ContinueStatement ||
    target.type === AST_NODE_TYPES.BreakStatement ||
    target.type === AST_NODE_TYPES.ReturnStatement ||
    target.type === AST_NODE_TYPES.ThrowStatement
  );
}

/** Does the statement hold a jump out of it (outside nested functions)? */
function jumps(statement: TSESTree.Node, sourceCode: SourceCode): boolean {
  return holdsOwnNode(statement, sourceCode.visitorKeys, isJump);
}

/** Elements of a loop's list read when counting the iterations that take a branch. */
const MAX_COUNTED_ELEMENTS = 64;

/**
 * On how many passes of `loop` does a creation in its body under `branches` run: `many` when no branch tests the
 * loop variable (each pass takes it alike); else counted over the loop's list, element by element (`if (name ===
 * 'admin')`): `never`, `once` or `many`. A test, a guard or a list the file does not settle, or a loop variable
 * destructured in a test: `unknown` (the creation is not reported as repeated).
 */
function passesTaken(
  loop: TSESTree.Node,
  branches: readonly Branch[],
  sourceCode: SourceCode,
): 'never' | 'once' | 'many' | 'unknown' {
  if (branches.length === 0) return 'many';
  const names = loopVariableNames(loop);
  const testing = branches.filter((branch) => names.some((name) => mentionsName(branch.test, name, sourceCode)));
  if (testing.length === 0) return 'many';
  const variable = names.length === 1 ? loopVariableName(loop) : null;
  if (variable === null || testing.some((branch) => branch.opaque === true)) return 'unknown';
  const iterated = iteratedList(loop);
  const list = iterated === null ? null : getStaticValue(iterated, sourceCode);
  if (list?.kind !== 'array' || list.elements.length > MAX_COUNTED_ELEMENTS) return 'unknown';
  let count = 0;
  for (const element of list.elements) {
    const results = testing.map((branch) => evaluateBranch(branch, variable, element, sourceCode));
    if (results.includes(null)) return 'unknown';
    if (testing.every((branch, index) => results[index] === branch.taken)) count++;
  }
  return count === 0 ? 'never' : count === 1 ? 'once' : 'many';
}

/** A branch's test for one element: a `case` compares the discriminant with its test. */
function evaluateBranch(branch: Branch, variable: string, element: StaticValue, sourceCode: SourceCode): boolean | null {
  if (branch.test.type !== AST_NODE_TYPES.SwitchCase) return evaluateTest(branch.test, variable, element, sourceCode, 0);
  const discriminant = elementValue(branch.test.parent.discriminant, variable, element, sourceCode);
  const values = (branch.labels ?? []).map((label) => elementValue(label, variable, element, sourceCode));
  if (discriminant === undefined || values.includes(undefined)) return null;
  return values.includes(discriminant);
}

/** The name a `for…of` binds (`for (const name of …)`) or an iteration callback's first parameter; else null. */
function loopVariableName(loop: TSESTree.Node): string | null {
  const target = loopBinding(loop);
  return target?.type === AST_NODE_TYPES.Identifier ? target.name : null;
}

/** Every name a loop's binding declares (`[name, config]` too). */
function loopVariableNames(loop: TSESTree.Node): string[] {
  const names: string[] = [];
  const stack: TSESTree.Node[] = [];
  const binding = loopBinding(loop);
  if (binding !== undefined) stack.push(binding);
  for (let seen = 0; stack.length > 0 && seen < MAX_TEST_NODES; seen++) {
    const node = stack.pop()!;
    if (node.type === AST_NODE_TYPES.Identifier) {
      names.push(node.name);
    } else if (node.type === AST_NODE_TYPES.ArrayPattern) {
      for (const element of node.elements) if (element !== null) stack.push(element);
    } else if (node.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of node.properties) {
        stack.push(property.type === AST_NODE_TYPES.Property ? property.value : property);
      }
    } else if (node.type === AST_NODE_TYPES.RestElement) {
      stack.push(node.argument);
    } else if (node.type === AST_NODE_TYPES.AssignmentPattern) {
      stack.push(node.left);
    }
  }
  return names;
}

function loopBinding(loop: TSESTree.Node): TSESTree.Node | undefined {
  if (loop.type === AST_NODE_TYPES.ForOfStatement) {
    return loop.left.type === AST_NODE_TYPES.VariableDeclaration ? loop.left.declarations[0]?.id : loop.left;
  }
  if (loop.type === AST_NODE_TYPES.ArrowFunctionExpression || loop.type === AST_NODE_TYPES.FunctionExpression) {
    return loop.params[0];
  }
  return undefined;
}

/** Nodes looked through for a name in a test. */
const MAX_TEST_NODES = 200;

/**
 * Does `node` read `name` (an identifier of that name anywhere in it, a member's property aside, also through a
 * name bound once to an expression that does: `const isAdmin = name === 'admin'`)? Bounded.
 */
function mentionsName(node: TSESTree.Node, name: string, sourceCode: SourceCode): boolean {
  const stack: TSESTree.Node[] = [node];
  for (let seen = 0; stack.length > 0; seen++) {
    if (seen > MAX_TEST_NODES) return true;
    const current = stack.pop()!;
    if (current.type === AST_NODE_TYPES.Identifier) {
      if (current.name === name) return true;
      const bound = resolveBoundExpression(current, sourceCode);
      if (bound !== current && !isFunctionLike(bound)) stack.push(bound);
      continue;
    }
    if (current.type === AST_NODE_TYPES.MemberExpression && !current.computed) {
      stack.push(current.object);
      continue;
    }
    for (const key of (sourceCode.visitorKeys as Record<string, readonly string[] | undefined>)[current.type] ?? []) {
      const child = (current as unknown as Record<string, unknown>)[key];
      for (const element of Array.isArray(child) ? child : [child]) {
        if (element !== null && typeof element === 'object' && 'type' in element) stack.push(element as TSESTree.Node);
      }
    }
  }
  return false;
}

/**
 * The value of a loop's test for one element of its list: comparisons of the loop variable (or a member of it) with
 * a constant (`name === 'admin'`, `fn.kind !== 'api'`), `!`, `&&`, `||` (a side that does not read the variable
 * left out); null for anything else.
 */
function evaluateTest(
  test: TSESTree.Node,
  variable: string,
  element: StaticValue,
  sourceCode: SourceCode,
  depth: number,
): boolean | null {
  if (depth > MAX_LOOP_SEARCH) return null;
  const node = skipTypeWrappers(test);
  // `const isAdmin = name === 'admin'; if (isAdmin)`: the expression the name is bound to
  if (node.type === AST_NODE_TYPES.Identifier && node.name !== variable) {
    const bound = resolveBoundExpression(node, sourceCode);
    if (bound !== node) return evaluateTest(bound, variable, element, sourceCode, depth + 1);
  }
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
    const inner = evaluateTest(node.argument, variable, element, sourceCode, depth + 1);
    return inner === null ? null : !inner;
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '??') {
    // `fn.kind !== 'http' && props.workers`: a side that does not read the variable is the same on every pass; the
    // count is the other side's (taken as letting the creation run)
    if (!mentionsName(node.left, variable, sourceCode)) return evaluateTest(node.right, variable, element, sourceCode, depth + 1);
    if (!mentionsName(node.right, variable, sourceCode)) return evaluateTest(node.left, variable, element, sourceCode, depth + 1);
    const left = evaluateTest(node.left, variable, element, sourceCode, depth + 1);
    const right = evaluateTest(node.right, variable, element, sourceCode, depth + 1);
    if (node.operator === '&&') return left === false || right === false ? false : left === null || right === null ? null : true;
    return left === true || right === true ? true : left === null || right === null ? null : false;
  }
  if (node.type !== AST_NODE_TYPES.BinaryExpression || !EQUALITY_OPERATORS.has(node.operator)) return null;
  const left = elementValue(node.left, variable, element, sourceCode);
  const right = elementValue(node.right, variable, element, sourceCode);
  if (left === undefined || right === undefined) return null;
  const equal = left === right;
  return node.operator === '===' || node.operator === '==' ? equal : !equal;
}

const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(['===', '==', '!==', '!=']);

/**
 * A side of a comparison as a primitive: the loop variable or a member of it read from the element, or a constant
 * of the file (with the variable absent); undefined when not known.
 */
function elementValue(
  node: TSESTree.Node,
  variable: string,
  element: StaticValue,
  sourceCode: SourceCode,
): string | number | boolean | null | undefined {
  const target = skipTypeWrappers(node);
  let value: StaticValue | undefined;
  if (target.type === AST_NODE_TYPES.Identifier && target.name === variable) value = element;
  else if (
    target.type === AST_NODE_TYPES.MemberExpression &&
    !target.computed &&
    skipTypeWrappers(target.object).type === AST_NODE_TYPES.Identifier &&
    (skipTypeWrappers(target.object) as TSESTree.Identifier).name === variable
  ) {
    const key = getPropertyName(target);
    if (element.kind !== 'object' || element.hasUnknownKeys || key === null) return undefined;
    value = element.properties.get(key)?.value ?? { kind: 'undefined', node: target };
  } else if (mentionsName(target, variable, sourceCode)) return undefined;
  else value = getStaticValue(target, sourceCode);
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return value.value;
    case 'null':
      return null;
    default:
      return undefined;
  }
}

/** A `for…of` or an array method's callback over a list known to hold at most one element. */
function iteratesOnce(loop: TSESTree.Node, sourceCode: SourceCode): boolean {
  const count = knownIterations(loop, sourceCode);
  return count !== null && count <= 1;
}

/**
 * How many times a `for…of` body or an array method's callback runs, when its list is known to hold at most one
 * element (0 or 1); else null (more, or not known).
 */
function knownIterations(loop: TSESTree.Node, sourceCode: SourceCode): 0 | 1 | null {
  const iterated = iteratedList(loop);
  if (iterated === null) return null;
  const value = getStaticValue(iterated, sourceCode);
  // `Array.from({ length: 1 }, …)`: an array-like of a known length of one (or none)
  if (value.kind === 'object' && !value.hasUnknownKeys) {
    const length = value.properties.get('length')?.value;
    if (length?.kind !== 'number') return null;
    return length.value <= 0 ? 0 : length.value <= 1 ? 1 : null;
  }
  if (value.kind !== 'array' || value.elements.length > 1) return null;
  // An unknown spread stands for any number of elements
  const only = value.elements[0];
  if (only === undefined) return 0;
  return only.kind === 'unknown' && only.node?.type === AST_NODE_TYPES.SpreadElement ? null : 1;
}

/** What a `for…of` or an array method's callback goes through (`Array.from(list, fn)`: its first argument). */
function iteratedList(loop: TSESTree.Node): TSESTree.Node | null {
  if (loop.type === AST_NODE_TYPES.ForOfStatement) return loop.right;
  if (loop.parent?.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrapExpression(loop.parent.callee);
  if (loop.parent.arguments[1] === loop) return loop.parent.arguments[0] ?? null;
  return callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : null;
}

function isLoopBody(node: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return node.body === child;
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression: {
      const call = node.parent;
      return call.type === AST_NODE_TYPES.CallExpression && iterationCallback(call, true) === node;
    }
    default:
      return false;
  }
}

/**
 * The callback an array iteration runs once per element: `list.map(fn)` (`forEach`, `flatMap`), the map function of
 * `Array.from(list, fn)` or `Array.from({ length: n }, fn)`, and with `withReduce` the callback of a `reduce` given an
 * initial value (`reduce((acc, name) => …, {})`); else undefined.
 */
function iterationCallback(call: TSESTree.CallExpression, withReduce: boolean): TSESTree.Node | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = getPropertyName(callee);
  if (method === null) return undefined;
  if (method === 'from' && isArrayClass(callee.object)) return call.arguments[1];
  if (method === 'reduce' || method === 'reduceRight') {
    return withReduce && call.arguments.length >= 2 ? call.arguments[0] : undefined;
  }
  return ITERATING_METHODS.has(method) ? call.arguments[0] : undefined;
}

/** `Array`, by name (the global class: a file's own `Array` is not looked for, as rare as it is). */
function isArrayClass(node: TSESTree.Node): boolean {
  const object = unwrapExpression(node);
  return object.type === AST_NODE_TYPES.Identifier && object.name === 'Array';
}

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Helpers a role parameter is followed out through (passed on as it is), beyond the one creating the function. */
const MAX_FORWARDING_HELPERS = 3;

/** Roles kept per helper and parameter (one per outermost call and role). */
const MAX_FORWARDED_ROLES = 256;

/** Array-iteration callbacks looked out of for the helper whose parameter a call passes on. */
const MAX_CALLBACK_NESTING = 4;

/** A helper's call sites from outside it; `constructed` when the helper is a class constructor (its calls `new`s). */
interface HelperCallSites {
  calls: (TSESTree.CallExpression | TSESTree.NewExpression)[];
  constructed: boolean;
}

/** One call on the way from a helper's parameter out to the call that passes the role itself. */
interface ForwardStep {
  call: TSESTree.CallExpression | TSESTree.NewExpression;
  /** What the call passes: the role at the last step, else the parameter passed on (or the props holding it). */
  carrier: TSESTree.Node;
  /** The helper the call is made in and whose parameter it passes on; null at the last step. */
  forwarder: FunctionLike | null;
}

/** A role a helper's parameter is given, and the calls it comes through (the helper's own call first). */
interface ForwardedRole {
  steps: ForwardStep[];
  /** The role as the last call passes it. */
  roleNode: TSESTree.Node;
  identity: RoleIdentity;
  /** The outermost step made in a loop that does not make the role (every iteration shares it), else null. */
  loop: ForwardStep | null;
}

/** A function of a helper called more than once, or called in a loop. */
interface RepeatedHelper {
  /** `createFn`, `this.createFunction`. */
  name: string;
  /** Call sites in the file; `loop` when it is called in a loop (`for (…) createFn(n)`, `names.map(createFn)`). */
  calls: number | 'loop';
}

/**
 * The function of the file a callee names: `createRole` (a function declaration, or a `const` bound to a function)
 * or `this.createRole` (a method or arrow field of the enclosing class). Null otherwise.
 */
function localFunction(callee: TSESTree.Node, sourceCode: SourceCode): FunctionLike | null {
  const target = unwrapExpression(callee);
  if (target.type === AST_NODE_TYPES.Identifier) return boundFunction(target, sourceCode);
  if (
    target.type !== AST_NODE_TYPES.MemberExpression ||
    unwrapExpression(target.object).type !== AST_NODE_TYPES.ThisExpression
  ) {
    return null;
  }
  const name = getPropertyName(target);
  const body = enclosingClassBody(target);
  if (name === null || body === null) return null;
  let found: FunctionLike | null = null;
  for (const member of body.body) {
    const isMember = member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.PropertyDefinition;
    if (!isMember || member.static) continue;
    if (member.computed || getPropertyName(member) !== name) continue;
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind !== 'method') return null;
    const value = member.value === null ? null : unwrapExpression(member.value);
    if (!isFunctionLike(value) || found !== null) return null;
    found = value;
  }
  return found;
}

function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | null {
  let current: TSESTree.Node | null | undefined = node.parent;
  for (let depth = 0; depth < MAX_BRANCH_SEARCH && current !== undefined && current !== null; depth++) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
    current = current.parent;
  }
  return null;
}

/** What a function returns: its expression body, or the argument of each `return` (empty if one returns nothing). */
function returnedValues(fn: FunctionLike, visitorKeys: SourceCode['visitorKeys']): TSESTree.Node[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const values: TSESTree.Node[] = [];
  let bare = false;
  forEachOwnNode(fn.body, visitorKeys, false, (node) => {
    if (node.type !== AST_NODE_TYPES.ReturnStatement) return;
    if (node.argument === null) bare = true;
    else values.push(node.argument);
  });
  return bare ? [] : values;
}

/**
 * Is `creation` inside a named function of the file (`const createFn = (name) => new NodejsFunction(…, { role })`,
 * `function make…`, a method called as `this.make…()`) that is called more than once, where the role is made outside
 * it? Then every call creates another function with the same role. Calls in exclusive branches count as one.
 */
function repeatedHelper(
  creation: TSESTree.Node,
  origin: TSESTree.Node | null,
  sourceCode: SourceCode,
): RepeatedHelper | null {
  const fn = enclosingFunction(creation, MAX_BRANCH_SEARCH);
  if (!isFunctionLike(fn) || (origin !== null && isInside(origin, fn))) return null;
  const named = helperCalls(fn, sourceCode);
  if (named === null) return null;
  // A helper calling itself (recursion) creates one function per outside call
  const calls = named.calls.filter((call) => !isInside(call, fn));
  // Handed to an iteration: over a list of one element, a call; else a loop, unless the iteration makes the role
  // itself (one per element: nothing shared)
  let loopedOver = false;
  for (const call of named.passedTo) {
    if (isInside(call, fn)) continue;
    const kind = iterationWith(call, named.name, sourceCode);
    if (kind === 'once') calls.push(call);
    else if (kind === 'loop' && (origin === null || !isInside(origin, call))) loopedOver = true;
  }
  // Called once, in a loop that does not make the role: every iteration creates another function with it
  const looped = (calls.length === 1 && isRepeated(calls[0]!, origin, sourceCode)) || loopedOver;
  if (looped) return { name: named.name, calls: 'loop' };
  if (calls.length < 2) return null;
  const [first, ...rest] = calls;
  if (rest.every((call) => areExclusive(first!, call))) return null;
  return { name: named.name, calls: calls.length };
}

/**
 * `names.map(createFn)`, `Array.from(names, createFn)`: `call` is an array iteration given the helper named `name`
 * as its callback: `'loop'`, or `'once'` / `'never'` over a list known to hold one element / none; null when it is
 * not one.
 */
function iterationWith(
  call: TSESTree.CallExpression,
  name: string,
  sourceCode: SourceCode,
): 'loop' | 'once' | 'never' | null {
  const callback = iterationCallback(call, false);
  if (callback === undefined) return null;
  const target = unwrapExpression(callback);
  if (target.type !== AST_NODE_TYPES.Identifier || target.name !== name) return null;
  const count = knownIterations(callback, sourceCode);
  return count === null ? 'loop' : count === 0 ? 'never' : 'once';
}

/** `role.withoutPolicyUpdates(…)` (the role itself, which CDK stops adding statements to): `role`; else null. */
function withoutPolicyUpdatesReceiver(node: TSESTree.Node): TSESTree.Node | null {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length > 1) return null;
  const callee = skipTypeWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'withoutPolicyUpdates') return null;
  return callee.object;
}

/**
 * The name of a function and its call sites: a declared or `const`-bound function, or a method of a class called as
 * `this.name(…)` in the class.
 */
function helperCalls(
  fn: FunctionLike,
  sourceCode: SourceCode,
): { name: string; calls: TSESTree.CallExpression[]; passedTo: TSESTree.CallExpression[] } | null {
  const named = functionCalls(fn, sourceCode);
  if (named !== null) return named;
  const method = methodCalls(fn, sourceCode, false);
  return method === null ? null : { name: `this.${method.name}`, calls: method.calls, passedTo: [] };
}

/**
 * `fn` is the constructor of a class of the file: the class's instantiations (`new Service(…)`), by its name; else
 * null.
 */
function constructorCalls(
  fn: FunctionLike,
  sourceCode: SourceCode,
): { name: string; calls: TSESTree.NewExpression[] } | null {
  const method = fn.parent;
  if (method?.type !== AST_NODE_TYPES.MethodDefinition || method.kind !== 'constructor' || method.value !== fn) {
    return null;
  }
  return classCreations(method.parent.parent, sourceCode);
}

/** The one `super(…)` call that is a statement of the constructor's body, else null. */
function constructorSuperCall(body: TSESTree.BlockStatement): TSESTree.CallExpression | null {
  let found: TSESTree.CallExpression | null = null;
  for (const statement of body.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
    const expression = statement.expression;
    if (expression.type !== AST_NODE_TYPES.CallExpression || expression.callee.type !== AST_NODE_TYPES.Super) continue;
    if (found !== null) return null;
    found = expression;
  }
  return found;
}

/**
 * `new lambda.Function(scope, id, { ...props, runtime })`: the one spread parameter that may hold `role`; or the
 * props are the parameter itself (`new NodejsFunction(scope, id, props)`).
 */
function spreadParameter(
  creation: TSESTree.NewExpression | TSESTree.CallExpression,
  fn: FunctionLike,
  sourceCode: SourceCode,
): ParameterPath | null {
  const props = creation.arguments[2] === undefined ? null : unwrapExpression(creation.arguments[2]);
  if (props?.type === AST_NODE_TYPES.Identifier) {
    const index = parameterIndex(props, fn, sourceCode);
    return index === null ? null : { index, key: 'role' };
  }
  // One spread, of a parameter: another spread may hold the role too (unknown)
  const spread = props === null ? null : soleSpread(props);
  const index = spread?.type === AST_NODE_TYPES.Identifier ? parameterIndex(spread, fn, sourceCode) : null;
  return index === null ? null : { index, key: 'role' };
}

/** The one object spread into an object literal (`{ ...props, memory: 512 }` → `props`); null for two or none. */
function soleSpread(node: TSESTree.Node): TSESTree.Node | null {
  const object = unwrapExpression(node);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const spreads = object.properties.filter((property) => property.type === AST_NODE_TYPES.SpreadElement);
  return spreads.length === 1 ? unwrapExpression(spreads[0]!.argument) : null;
}

/** Earlier functions of a group compared with each function for exclusive branches (bounds a quadratic scan). */
const MAX_EXCLUSIVE_CHECKS = 64;

/** Ancestors looked at to find where two creations branch apart. */
const MAX_BRANCH_SEARCH = 256;

/**
 * Are `a` and `b` in exclusive branches of the same `if` / `? :` / `switch` (`if (docker) new DockerImageFunction(…,
 * { role }) else new Function(…, { role })`)? Then only one of them is ever created and nothing is shared.
 */
function areExclusive(a: TSESTree.Node, b: TSESTree.Node): boolean {
  if (leavesBefore(a, b) || leavesBefore(b, a) || inComplementaryIfs(a, b)) return true;
  // Each ancestor of `a`, mapped to the child on the path down to `a`.
  const pathOfA = new Map<TSESTree.Node, TSESTree.Node>();
  let child: TSESTree.Node = a;
  let current: TSESTree.Node | null | undefined = a.parent;
  for (let depth = 0; depth < MAX_BRANCH_SEARCH && current !== undefined && current !== null; depth++) {
    pathOfA.set(current, child);
    child = current;
    current = current.parent;
  }
  child = b;
  current = b.parent;
  for (let depth = 0; depth < MAX_BRANCH_SEARCH && current !== undefined && current !== null; depth++) {
    const childOfA = pathOfA.get(current);
    if (childOfA !== undefined) {
      if (childOfA === child) return false;
      switch (current.type) {
        case AST_NODE_TYPES.IfStatement:
        case AST_NODE_TYPES.ConditionalExpression:
          return childOfA !== current.test && child !== current.test;
        case AST_NODE_TYPES.SwitchStatement:
          if (childOfA === current.discriminant || child === current.discriminant) return false;
          // Cases are exclusive unless the earlier one falls through into the later one
          return !fallsThrough(current, childOfA, child);
        default:
          return false;
      }
    }
    child = current;
    current = current.parent;
  }
  return false;
}

/**
 * `if (props.useDocker) { new DockerImageFunction(…, { role }) } if (!props.useDocker) { new NodejsFunction(…, { role })
 * }`: `a` and `b` in two `if`s of one block (no `else`), whose tests are one name or member and its negation (or
 * `===` and `!==` of the same two), the first `if` writing nothing of what it tests. Only one of them runs.
 */
function inComplementaryIfs(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const first = guardingIf(a);
  const second = guardingIf(b);
  if (first === null || second === null || first === second || first.parent !== second.parent) return false;
  if (!areComplementary(first.test, second.test)) return false;
  const [earlier, later] = first.range[0] < second.range[0] ? [first, second] : [second, first];
  const root = testedRoot(earlier.test);
  const inBlock = earlier.parent.type === AST_NODE_TYPES.BlockStatement || earlier.parent.type === AST_NODE_TYPES.Program;
  if (root === null || !inBlock) return false;
  // Nothing from the first `if` up to the second writes the name the tests read (`useDocker = false`)
  const body = (earlier.parent as TSESTree.BlockStatement).body;
  const from = body.indexOf(earlier as TSESTree.Statement);
  const to = body.indexOf(later as TSESTree.Statement);
  return from !== -1 && to !== -1 && body.slice(from, to).every((statement) => !writesName(statement, root));
}

/** Nodes of a statement looked through for a write (see `writesName`). */
const MAX_WRITE_SEARCH = 2_000;

/** The `if` (without `else`) whose consequent holds `node`, the nearest one up to the enclosing function. */
function guardingIf(node: TSESTree.Node): TSESTree.IfStatement | null {
  let child: TSESTree.Node = node;
  let current: TSESTree.Node | null | undefined = node.parent;
  for (let depth = 0; depth < MAX_BRANCH_SEARCH && current !== undefined && current !== null; depth++) {
    if (isFunctionLike(current)) return null;
    if (current.type === AST_NODE_TYPES.IfStatement) {
      return current.consequent === child && current.alternate === null ? current : null;
    }
    child = current;
    current = current.parent;
  }
  return null;
}

/** `x` and `!x`, or `x === y` and `x !== y` (`==` / `!=` too), of one name or member chain. */
function areComplementary(one: TSESTree.Expression, other: TSESTree.Expression): boolean {
  const x = skipTypeWrappers(one);
  const y = skipTypeWrappers(other);
  const negation = (node: TSESTree.Node): TSESTree.Node | null =>
    node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!' ? skipTypeWrappers(node.argument) : null;
  const notX = negation(x);
  const notY = negation(y);
  if (notX !== null && notY === null) return sameChain(notX, y);
  if (notY !== null && notX === null) return sameChain(notY, x);
  if (x.type !== AST_NODE_TYPES.BinaryExpression || y.type !== AST_NODE_TYPES.BinaryExpression) return false;
  const equal = (operator: string): boolean => operator === '===' || operator === '==';
  const unequal = (operator: string): boolean => operator === '!==' || operator === '!=';
  const opposite = (equal(x.operator) && unequal(y.operator)) || (unequal(x.operator) && equal(y.operator));
  return opposite && sameChain(x.left, y.left) && sameChain(x.right, y.right);
}

/** The same literal, name or non-computed member chain of names, written twice. */
function sameChain(one: TSESTree.Node, other: TSESTree.Node): boolean {
  const x = skipTypeWrappers(one);
  const y = skipTypeWrappers(other);
  if (x.type === AST_NODE_TYPES.Literal && y.type === AST_NODE_TYPES.Literal) return x.value === y.value;
  if (x.type === AST_NODE_TYPES.Identifier && y.type === AST_NODE_TYPES.Identifier) return x.name === y.name;
  if (x.type === AST_NODE_TYPES.ThisExpression && y.type === AST_NODE_TYPES.ThisExpression) return true;
  if (x.type !== AST_NODE_TYPES.MemberExpression || y.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (x.computed || y.computed || getPropertyName(x) !== getPropertyName(y)) return false;
  return sameChain(x.object, y.object);
}

/** The name a test reads first (`props` of `props.useDocker`, `useDocker`), else null. */
function testedRoot(test: TSESTree.Node): string | null {
  let node = skipTypeWrappers(test);
  for (let hops = 0; hops < 16; hops++) {
    if (node.type === AST_NODE_TYPES.UnaryExpression) node = skipTypeWrappers(node.argument);
    else if (node.type === AST_NODE_TYPES.BinaryExpression) node = skipTypeWrappers(node.left);
    else if (node.type === AST_NODE_TYPES.MemberExpression) node = skipTypeWrappers(node.object);
    else break;
  }
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.type === AST_NODE_TYPES.ThisExpression ? 'this' : null;
}

/**
 * Does `statement` assign to or update `name` or a member of it (`useDocker = …`, `props.useDocker = …`)? Yes too
 * past MAX_WRITE_SEARCH nodes (a statement that large is not read).
 */
function writesName(statement: TSESTree.Node, name: string): boolean {
  let found = false;
  let visited = 0;
  const visit = (node: TSESTree.Node): void => {
    if (found) return;
    if (++visited > MAX_WRITE_SEARCH) {
      found = true;
      return;
    }
    const target =
      node.type === AST_NODE_TYPES.AssignmentExpression
        ? node.left
        : node.type === AST_NODE_TYPES.UpdateExpression
          ? node.argument
          : null;
    if (target !== null && testedRoot(target) === name) {
      found = true;
      return;
    }
    for (const value of Object.values(node)) {
      if (value === node.parent || value === null || typeof value !== 'object') continue;
      if (Array.isArray(value)) {
        for (const item of value) if (item !== null && typeof item === 'object' && typeof item.type === 'string') visit(item);
      } else if (typeof (value as TSESTree.Node).type === 'string') visit(value as TSESTree.Node);
    }
  };
  visit(statement);
  return found;
}

/** Does running the earlier of cases `x` and `y` of `statement` go on into the later one (no case between ends)? */
function fallsThrough(statement: TSESTree.SwitchStatement, x: TSESTree.Node, y: TSESTree.Node): boolean {
  const first = statement.cases.indexOf(x as TSESTree.SwitchCase);
  const second = statement.cases.indexOf(y as TSESTree.SwitchCase);
  if (first === -1 || second === -1) return false;
  for (let index = Math.min(first, second); index < Math.max(first, second); index++) {
    if (endsCase(statement.cases[index]!.consequent)) return false;
  }
  return true;
}

/** A case body whose last statement leaves the switch (`break`, `return`, `throw`, `continue`), in a block or not. */
function endsCase(statements: readonly TSESTree.Statement[]): boolean {
  const last = statements[statements.length - 1];
  if (last === undefined) return false;
  if (last.type === AST_NODE_TYPES.BlockStatement) return endsCase(last.body);
  return (
    last.type === AST_NODE_TYPES.BreakStatement ||
    last.type === AST_NODE_TYPES.ReturnStatement ||
    last.type === AST_NODE_TYPES.ThrowStatement ||
    last.type === AST_NODE_TYPES.ContinueStatement
  );
}

/**
 * Is `a` in a branch of an `if` that always leaves the function (`if (docker) { return new DockerImageFunction(…) }`)
 * and `b` after that `if` in the same function? Then a call that creates `a` never reaches `b`.
 */
function leavesBefore(a: TSESTree.Node, b: TSESTree.Node): boolean {
  let child: TSESTree.Node = a;
  let current: TSESTree.Node | null | undefined = a.parent;
  for (let depth = 0; depth < MAX_BRANCH_SEARCH && current !== undefined && current !== null; depth++) {
    if (isFunctionLike(current)) return false;
    if (
      current.type === AST_NODE_TYPES.IfStatement &&
      current.test !== child &&
      alwaysLeaves(child) &&
      b.range[0] >= current.range[1] &&
      enclosingFunction(current, MAX_BRANCH_SEARCH) === enclosingFunction(b, MAX_BRANCH_SEARCH)
    ) {
      return true;
    }
    child = current;
    current = current.parent;
  }
  return false;
}

/** `role`, `this.sharedRole`, `props.roles.app`: a name worth showing as written. */
function isNameChain(node: TSESTree.Node): boolean {
  let current = node;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.ThisExpression) return true;
    if (current.type !== AST_NODE_TYPES.MemberExpression || current.computed) return false;
    current = current.object;
  }
  return false;
}

/** Nodes an invariant key looks at before giving up. */
const MAX_INVARIANT_STEPS = 64;

interface InvariantState {
  steps: number;
  /** The declaration of the innermost binding that is not the module's (null when all are), and its depth. */
  origin: TSESTree.Node | null;
  originDepth: number;
}

/** Ancestors of `node` (bounded). */
function ancestorCount(node: TSESTree.Node): number {
  let count = 0;
  for (let current = node.parent; current !== undefined && current !== null && count < MAX_BRANCH_SEARCH; count++) {
    current = current.parent;
  }
  return count;
}

/** `arn:aws:iam::123456789012:role/service/app` → `role/service/app`; anything else shortened. */
function shortArn(arn: string): string {
  const index = arn.startsWith('arn:') ? arn.indexOf(':role/') : -1;
  return shorten(index === -1 ? arn : arn.slice(index + 1));
}

function shorten(text: string): string {
  return clipText(text.replace(/\s+/gu, ' '), MAX_ROLE_TEXT);
}
