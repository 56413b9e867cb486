import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  argumentAt,
  forEachNode,
  getPropertyName,
  singleReturnedValue,
  skipTypeAndChainWrappers,
  walkNodes,
} from './ast.js';
import { lastFile } from './last-file.js';
import {
  awsApi,
  boundFunction,
  boundInitializer,
  calleeAwsApi,
  classMemberKey,
  methodCalls,
  onceBoundClass,
  destructuredInitializer,
  destructuredSource,
  findVariableOf,
  isWriteTarget,
  objectMemberInitializer,
  resolveInstance,
  resolveModuleRef,
  type AwsApi,
} from './modules.js';
import { callsOfFunction, parameterOf, passedArgument } from './parameters.js';
import { getStaticString, getStaticValue, isOverriddenUnknown, type StaticValue } from './static-value.js';
import { trimLeading, trimTrailing } from './strings.js';

/**
 * AWS CDK shapes several rules need, built on the analysis core (modules.ts, static-value.ts): which CDK export a
 * node denotes (with the `-alpha` packages folded in), construct props read through spreads and constants, Lambda
 * function constructs, and the API Gateway REST resource a method is added to. Nothing here throws; anything it
 * cannot prove is null / `unknown`.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Hops through once-bound variables and member/call chains before giving up. */
const MAX_HOPS = 32;

// ---------------------------------------------------------------------------------------------------------------
// CDK references

/** A CDK export: `aws-cdk-lib/aws-lambda` `Function.fromFunctionArn` → `{ submodule: 'aws-lambda', path: ['Function', 'fromFunctionArn'] }`. */
export interface CdkRef {
  /** `aws-lambda`, `aws-apigatewayv2` (`@aws-cdk/aws-apigatewayv2-alpha` is folded into it); null for the root. */
  submodule: string | null;
  /** Starts at the export inside the submodule; empty for the submodule namespace itself. */
  path: string[];
}

/** The CDK view of a resolved module ref (`-alpha` submodules fold into their stable name), or null. */
export function toCdkRef(ref: ReturnType<typeof resolveModuleRef>): CdkRef | null {
  return ref === null ? null : cdkRefOfApi(awsApi(ref));
}

/** The CDK view of a module ref's `awsApi`, or null. */
export function cdkRefOfApi(api: AwsApi | null): CdkRef | null {
  if (api?.family !== 'cdk') return null;
  const submodule = api.submodule?.endsWith('-alpha') ? api.submodule.slice(0, -'-alpha'.length) : api.submodule;
  return { submodule, path: api.path };
}

/** The CDK export an Identifier / MemberExpression denotes (bound through imports), or null. */
export function cdkRef(node: TSESTree.Node, sourceCode: SourceCode): CdkRef | null {
  return toCdkRef(resolveModuleRef(node, sourceCode));
}

/** The CDK export the callee of `new X(…)` / `X.m(…)` denotes, or null. */
export function cdkCallee(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: SourceCode): CdkRef | null {
  return cdkRefOfApi(calleeAwsApi(node, sourceCode));
}

/** Is `ref` exactly `submodule`'s export `path` (e.g. `'aws-iam', ['Role', 'fromRoleArn']`)? */
export function isCdk(ref: CdkRef | null, submodule: string, path: readonly string[]): boolean {
  if (ref === null || ref.submodule !== submodule || ref.path.length !== path.length) return false;
  // A loop, not `every`: this runs for every construct of every CDK file
  for (let index = 0; index < path.length; index++) if (ref.path[index] !== path[index]) return false;
  return true;
}

/** `Enum.MEMBER` of a CDK enum (`FunctionUrlAuthType.NONE` → `'NONE'`), bound through imports; else null. */
export function cdkEnumMember(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  submodule: string,
  enumName: string,
): string | null {
  const ref = cdkRef(node, sourceCode);
  if (ref === null || ref.submodule !== submodule || ref.path.length !== 2 || ref.path[0] !== enumName) return null;
  return ref.path[1]!;
}

// ---------------------------------------------------------------------------------------------------------------
// Once-bound variables

/** Strip TypeScript wrappers and optional chains (`skipTypeAndChainWrappers`, by the name this module uses). */
export const unwrapExpression: (node: TSESTree.Node) => TSESTree.Node = skipTypeAndChainWrappers;

/**
 * Follow once-bound identifiers, once-assigned `this.x` members (see thisMemberInitializer), members of once-bound
 * object literals (see objectMemberInitializer) and TS wrappers to the expression they hold; the last node reached.
 */
export function resolveBoundExpression(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node {
  let current = unwrapExpression(node);
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    let init: TSESTree.Node | null;
    if (current.type === AST_NODE_TYPES.Identifier) {
      init = boundInitializer(current, sourceCode) ?? destructuredInitializer(current, sourceCode);
    }
    else if (current.type === AST_NODE_TYPES.MemberExpression) {
      init = thisMemberInitializer(current, sourceCode) ?? objectMemberInitializer(current, sourceCode);
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      init = immediateResult(current);
    } else return current;
    if (init === null) return current;
    current = unwrapExpression(init);
  }
  return current;
}

/**
 * `(() => { …; return new RestApi(…) })()`: what a function called where it is written returns, when it returns one
 * value (its expression body, or its only `return`); null otherwise.
 */
function immediateResult(call: TSESTree.CallExpression): TSESTree.Node | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.ArrowFunctionExpression && callee.type !== AST_NODE_TYPES.FunctionExpression) {
    return null;
  }
  return singleReturnedValue(callee);
}

// ---------------------------------------------------------------------------------------------------------------
// Members of `this` (`this.fn = new lambda.Function(…)` in a stack's constructor)

/** Per class body: member key → the one value it is given, or null when written anywhere else or more than once. */
const thisMembersCache = new WeakMap<TSESTree.ClassBody, Map<string, TSESTree.Expression | null>>();
/** Per class body: the blocks that run once, at construction (see thisMembers). */
const constructionBlocksCache = new WeakMap<TSESTree.ClassBody, ReadonlySet<TSESTree.Node>>();

/**
 * The blocks of a class that run once, when an instance is made: the constructor's body, and the body of each method
 * only the constructor calls, once, as a statement of its own (`this.createRole();`). A top-level `this.x = …`
 * statement of one of them is the member's initialisation.
 */
export function constructionBlocks(body: TSESTree.ClassBody, sourceCode: SourceCode): ReadonlySet<TSESTree.Node> {
  thisMembers(body, sourceCode);
  return constructionBlocksCache.get(body)!;
}

/** Nodes visited per class body when collecting `this.x` writes (a bound, so huge generated classes stay cheap). */
const MAX_CLASS_NODES = 200_000;

/** `x` for `this.x` / `this['x']`, `#x` for `this.#x`; null for computed keys. */
function memberKey(node: TSESTree.MemberExpression): string | null {
  if (!node.computed && node.property.type === AST_NODE_TYPES.PrivateIdentifier) return `#${node.property.name}`;
  return getPropertyName(node);
}

/** The class body whose instance `this` at `node` is (a non-static method or field of it), or null. */
export function classOfThis(node: TSESTree.Node): TSESTree.ClassBody | null {
  let child: TSESTree.Node = node;
  let current: TSESTree.Node | null | undefined = node.parent;
  for (let guard = 0; current !== undefined && current !== null && guard < 100_000; guard++) {
    switch (current.type) {
      case AST_NODE_TYPES.FunctionExpression: {
        const owner = current.parent;
        const isMethod =
          owner.type === AST_NODE_TYPES.MethodDefinition &&
          owner.value === current &&
          owner.parent.type === AST_NODE_TYPES.ClassBody;
        return isMethod && !owner.static ? owner.parent : null;
      }
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.StaticBlock:
      case AST_NODE_TYPES.Program:
        return null;
      case AST_NODE_TYPES.PropertyDefinition:
        if (current.value !== child) return null;
        return current.static || current.parent.type !== AST_NODE_TYPES.ClassBody ? null : current.parent;
      default:
        break;
    }
    child = current;
    current = current.parent;
  }
  return null;
}

/**
 * Every member of `this` the class gives exactly one value: a field initialiser or one top-level `=` statement of the
 * constructor, or of a method the constructor alone calls, once, as a statement (`this.createRole();`).
 */
function thisMembers(body: TSESTree.ClassBody, sourceCode: SourceCode): Map<string, TSESTree.Expression | null> {
  const cached = thisMembersCache.get(body);
  if (cached !== undefined) return cached;
  const writes = new Map<string, { count: number; value: TSESTree.Expression | null }>();
  const add = (key: string, value: TSESTree.Expression | null): void => {
    const entry = writes.get(key);
    if (entry === undefined) writes.set(key, { count: 1, value });
    else entry.count++;
  };
  const roots: TSESTree.Node[] = [];
  for (const element of body.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static) {
      const key = classMemberKey(element);
      if (key !== null && element.value !== null) add(key, element.value);
      if (element.value !== null) roots.push(element.value);
    } else if (element.type === AST_NODE_TYPES.MethodDefinition && !element.static) {
      if (element.kind === 'constructor') {
        for (const param of element.value.params) {
          // `constructor(private readonly role: iam.IRole)`: a value from outside.
          if (param.type === AST_NODE_TYPES.TSParameterProperty) {
            const target = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
            if (target.type === AST_NODE_TYPES.Identifier) add(target.name, null);
          }
        }
      }
      roots.push(element.value);
    }
  }
  const constructorBody = body.body.find(
    (element): element is TSESTree.MethodDefinition =>
      element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor',
  )?.value.body;
  let visited = 0;
  let complete = true;
  /** Each write of a member: its key, and the value and block of a top-level `this.x = value;` statement. */
  const written: { key: string; value: TSESTree.Expression | null; block: TSESTree.Node | null }[] = [];
  /** Reads of members of `this` by key (calls of methods among them), and the statements that are only such a call. */
  const reads = new Map<string, number>();
  const initCalls = new Set<string>();
  walkNodes(roots, sourceCode.visitorKeys, (node) => {
    if (++visited > MAX_CLASS_NODES) {
      complete = false;
      return false;
    }
    if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.ThisExpression) return true;
    const key = memberKey(node);
    if (!isWriteTarget(node)) {
      // Counted whatever `this` is there (a nested function's own): more reads only keep a method from counting
      if (key === null) return true;
      reads.set(key, (reads.get(key) ?? 0) + 1);
      // `this.createRole();` as a statement of the constructor's own body
      const call = node.parent;
      if (
        call.type === AST_NODE_TYPES.CallExpression &&
        call.callee === node &&
        call.parent.type === AST_NODE_TYPES.ExpressionStatement &&
        call.parent.parent === constructorBody
      ) {
        initCalls.add(key);
      }
      return true;
    }
    if (classOfThis(node) !== body) return true;
    // A write whose key cannot be read could be any member.
    if (key === null) {
      complete = false;
      return false;
    }
    const parent = node.parent;
    const statement = parent.parent;
    const isStatement =
      parent.type === AST_NODE_TYPES.AssignmentExpression &&
      parent.operator === '=' &&
      statement?.type === AST_NODE_TYPES.ExpressionStatement;
    written.push({
      key,
      value: isStatement ? (parent as TSESTree.AssignmentExpression).right : null,
      block: isStatement ? statement.parent : null,
    });
    return true;
  });
  // The blocks that run once, at construction: the constructor's body, and the bodies of methods the constructor
  // alone calls, once, as a statement of its own (`this.createRole();`; no other read of the name in the class, no
  // call on an instance)
  const blocks = new Set<TSESTree.Node>();
  if (constructorBody !== undefined && constructorBody !== null) blocks.add(constructorBody);
  for (const element of complete ? body.body : []) {
    if (element.type !== AST_NODE_TYPES.MethodDefinition || element.static || element.kind !== 'method') continue;
    const key = classMemberKey(element);
    if (key === null || !initCalls.has(key) || reads.get(key) !== 1) continue;
    const method = element.value.body;
    if (method !== null && methodCalls(element.value, sourceCode, true)?.calls.length === 1) blocks.add(method);
  }
  for (const { key, value, block } of written) add(key, block !== null && blocks.has(block) ? value : null);
  const result = new Map<string, TSESTree.Expression | null>();
  if (complete) {
    for (const [key, entry] of writes) result.set(key, entry.count === 1 ? entry.value : null);
  }
  thisMembersCache.set(body, result);
  constructionBlocksCache.set(body, blocks);
  return result;
}

/**
 * `this.fn` inside a class (a non-static method, or a field initialiser, arrow functions included) whose only write
 * is a field initialiser (`fn = new Function(…)`) or one top-level statement of the constructor
 * (`this.fn = new Function(…)`), or of a method only the constructor calls, once (see constructionBlocks): that value.
 * Null otherwise (written twice, in a branch, elsewhere, or not at all).
 */
export function thisMemberInitializer(node: TSESTree.MemberExpression, sourceCode: SourceCode): TSESTree.Expression | null {
  if (unwrapExpression(node.object).type !== AST_NODE_TYPES.ThisExpression) return null;
  const key = memberKey(node);
  if (key === null) return null;
  const body = classOfThis(node);
  if (body === null) return null;
  return thisMembers(body, sourceCode).get(key) ?? null;
}

/** The variable name a creation is bound to (`const fn = new Function(…)` → `fn`), or null. */
export function boundVariableName(node: TSESTree.Node): string | null {
  let current: TSESTree.Node = node;
  for (let hop = 0; hop < 8; hop++) {
    const parent: TSESTree.Node | null | undefined = current.parent;
    if (parent === undefined || parent === null) return null;
    if (
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression
    ) {
      current = parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current) {
      return parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : null;
    }
    return null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Props

/** One property of a props object. `node` is where its value is written (inside a spread constant, maybe). */
export type PropValue =
  | { state: 'absent' }
  | { state: 'unknown' }
  | { state: 'present'; node: TSESTree.Node; value: StaticValue };

/** A props object read statically: keys through spreads of constants; unknown when it cannot be read. */
export interface Props {
  kind: 'object' | 'absent' | 'unknown';
  /** `undefined`/`null` values read as absent (that is what CDK does with them). */
  get(name: string): PropValue;
  /**
   * Every value the key may hold when the props spread choices of objects (see `propChoices`); `[get(name)]` when it
   * holds one. Null when it cannot be read.
   */
  choices?(name: string): PropValue[] | null;
}

const ABSENT: PropValue = { state: 'absent' };
const UNKNOWN: PropValue = { state: 'unknown' };
const ABSENT_PROPS: Props = { kind: 'absent', get: () => ABSENT };
const UNKNOWN_PROPS: Props = { kind: 'unknown', get: () => UNKNOWN };

function propsOfStaticValue(value: StaticValue): Props {
  if (value.kind === 'undefined' || value.kind === 'null') return ABSENT_PROPS;
  if (value.kind !== 'object') return UNKNOWN_PROPS;
  return {
    kind: 'object',
    get(name) {
      const property = value.properties.get(name);
      if (property === undefined) return value.hasUnknownKeys ? UNKNOWN : ABSENT;
      const inner = property.value;
      if (inner.kind === 'undefined' || inner.kind === 'null') return ABSENT;
      const node = property.property?.value ?? inner.node;
      if (node === null) return UNKNOWN;
      // A later spread or computed key that could not be read may override the key: its value is then unknown from
      // elsewhere (static-value marks such a key unknown, caused by the spread or the computed property).
      if (isOverriddenUnknown(inner)) return UNKNOWN;
      return { state: 'present', node, value: inner };
    },
  };
}

/** Read the props object `node` (an argument; absent when missing). */
export function readProps(node: TSESTree.Node | null | undefined, sourceCode: SourceCode): Props {
  if (node === null || node === undefined) return ABSENT_PROPS;
  if (node.type === AST_NODE_TYPES.SpreadElement) return UNKNOWN_PROPS;
  const made = factoryLiteral(node, sourceCode);
  if (made !== null) return readProps(made, sourceCode);
  const literal = literalProps(node, sourceCode);
  if (literal !== null) return literal;
  const props = propsOfStaticValue(getStaticValue(node, sourceCode));
  const object = unwrapExpression(node);
  if (props.kind !== 'object' || object.type !== AST_NODE_TYPES.ObjectExpression) return props;
  // Keys a spread of a choice hides: one value when every branch agrees, else each value for `choices`
  const choices = (name: string): PropValue[] | null => {
    const value = props.get(name);
    if (value.state !== 'unknown') return [value];
    const read = propChoices(object, name, sourceCode);
    return read.complete ? read.values : null;
  };
  return {
    kind: 'object',
    get(name) {
      const values = choices(name);
      return values !== null && values.every((value) => samePropValue(value, values[0]!)) ? values[0]! : UNKNOWN;
    },
    choices,
  };
}

/** What `propChoices` read: the values, and whether they are all (false when a member could not be read). */
export interface PropChoices {
  values: PropValue[];
  complete: boolean;
}

/**
 * The values key `name` of a props object literal may take when its members spread choices of objects
 * (`{ proxy: false, ...(isPublic ? {} : { defaultMethodOptions }) }`, `...(dev && { url: true })`). Read from the
 * last member back, since a later member wins: a plain member with the key ends the reading; a spread adds the value
 * of each branch that sets the key and reads on if a branch does not (null, `false`, an object without it). Past the
 * first member the key is absent. A member that cannot be read (a computed key, a spread of what static-value cannot
 * read) ends the reading incomplete: the values found after it stand, others are possible.
 */
export function propChoices(object: TSESTree.ObjectExpression, name: string, sourceCode: SourceCode): PropChoices {
  const values: PropValue[] = [];
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const member = object.properties[index]!;
    if (member.type === AST_NODE_TYPES.Property) {
      if (member.computed) return { values, complete: false };
      if (getPropertyName(member) !== name) continue;
      values.push(presentUnlessNullish(member.value, getStaticValue(member.value, sourceCode)));
      return { values, complete: true };
    }
    let fallsThrough = false;
    for (const branch of spreadBranches(member.argument, 0) ?? [member.argument]) {
      // `...fnProps('a')`: the object literal the file's function returns
      const value = branch === null ? null : getStaticValue(factoryLiteral(branch, sourceCode) ?? branch, sourceCode);
      if (value === null || isNullishValue(value) || (value.kind === 'boolean' && !value.value)) {
        fallsThrough = true;
      } else if (value.kind !== 'object' || value.hasUnknownKeys) {
        return { values, complete: false };
      } else {
        const property = value.properties.get(name);
        const node = property === undefined ? null : (property.property?.value ?? property.value.node);
        if (property === undefined) fallsThrough = true;
        else if (node === null) return { values, complete: false };
        else values.push(presentUnlessNullish(node, property.value));
      }
    }
    if (!fallsThrough) return { values, complete: true };
  }
  values.push(ABSENT);
  return { values, complete: true };
}

/**
 * A member's value: absent when nullish, else present where it is written, also when its value is unknown (`role:
 * shared` bound to `new Role(…)`), as `get` answers for a plain member: the rules read such a node themselves.
 */
function presentUnlessNullish(node: TSESTree.Node, value: StaticValue): PropValue {
  return isNullishValue(value) ? ABSENT : { state: 'present', node, value };
}

function isNullishValue(value: StaticValue): boolean {
  return value.kind === 'undefined' || value.kind === 'null';
}

/**
 * What a spread of a choice may spread: each branch of `a ? b : c` (nested ones too) and of `a || b` / `a ?? b`,
 * null for the falsy left of `a && b` (spreading it adds nothing); null when `node` is no choice.
 */
function spreadBranches(node: TSESTree.Node, depth: number): (TSESTree.Node | null)[] | null {
  const choice = unwrapExpression(node);
  if (choice.type !== AST_NODE_TYPES.ConditionalExpression && choice.type !== AST_NODE_TYPES.LogicalExpression) {
    return depth === 0 ? null : [choice];
  }
  if (depth >= 4) return null;
  if (choice.type === AST_NODE_TYPES.ConditionalExpression) {
    const whenTrue = spreadBranches(choice.consequent, depth + 1);
    const whenFalse = spreadBranches(choice.alternate, depth + 1);
    return whenTrue === null || whenFalse === null ? null : [...whenTrue, ...whenFalse];
  }
  const right = spreadBranches(choice.right, depth + 1);
  if (right === null) return null;
  if (choice.operator === '&&') return [null, ...right];
  const left = spreadBranches(choice.left, depth + 1);
  return left === null ? null : [...left, ...right];
}

/**
 * `fnProps('orders')` with `const fnProps = (entry) => ({ runtime, entry, role: sharedRole })` (also through a name
 * bound to the call): the object literal a function of the file returns as its one expression (a value that reads a
 * parameter is unknown there); else null.
 */
function factoryLiteral(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node | null {
  let call = unwrapExpression(node);
  // `const props = fnProps('e')`: the call the name is bound to
  if (call.type === AST_NODE_TYPES.Identifier) {
    const bound = boundInitializer(call, sourceCode);
    if (bound !== null) call = unwrapExpression(bound);
  }
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrapExpression(call.callee);
  const fn = callee.type === AST_NODE_TYPES.Identifier ? boundFunction(callee, sourceCode) : null;
  const returned = fn === null ? null : singleReturnedValue(fn);
  return returned !== null && unwrapExpression(returned).type === AST_NODE_TYPES.ObjectExpression ? returned : null;
}

/**
 * Props written as an object literal with plain keys and no spread (`{ runtime, handler, role }`): each key is
 * evaluated when asked for, not the whole object (a function's props hold code assets, environments and bundling
 * options no rule reads). The answers are those of `propsOfStaticValue` over the whole object; anything else
 * (spreads, computed or `__proto__` keys, a constant holding the object) is read whole. Null when not such a literal.
 */
function literalProps(node: TSESTree.Node, sourceCode: SourceCode): Props | null {
  const object = unwrapExpression(node);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const byKey = new Map<string, TSESTree.Property>();
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) return null;
    const name = getPropertyName(property);
    if (name === null || name === '__proto__') return null;
    byKey.set(name, property); // right-most wins
  }
  const answers = new Map<string, PropValue>();
  return {
    kind: 'object',
    get(name) {
      let answer = answers.get(name);
      if (answer !== undefined) return answer;
      const property = byKey.get(name);
      if (property === undefined) answer = ABSENT;
      else if (property.kind !== 'init' || property.method) {
        answer = { state: 'present', node: property.value, value: { kind: 'unknown', node: property.value } };
      } else {
        const value = getStaticValue(property.value, sourceCode);
        answer =
          value.kind === 'undefined' || value.kind === 'null' ? ABSENT : { state: 'present', node: property.value, value };
      }
      answers.set(name, answer);
      return answer;
    },
  };
}

/** Read a nested props object (`defaultMethodOptions` of the props). */
export function readNestedProps(value: PropValue): Props {
  if (value.state === 'absent') return ABSENT_PROPS;
  if (value.state === 'unknown') return UNKNOWN_PROPS;
  return propsOfStaticValue(value.value);
}

export { isInside } from './ast.js';

/** `new X(scope, id, props)` (or an import, `X.fromXAttributes(scope, id, attrs)`): the static construct id, or null. */
export function constructId(
  node: TSESTree.NewExpression | TSESTree.CallExpression,
  sourceCode: SourceCode,
): string | null {
  const id = node.arguments[1];
  if (id === undefined || id.type === AST_NODE_TYPES.SpreadElement) return null;
  return getStaticString(id, sourceCode);
}

/** `new X(scope, id, props)`: the props argument (null when missing or spread). */
export function constructPropsNode(node: TSESTree.NewExpression): TSESTree.Node | null {
  if (node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return null;
  return node.arguments[2] ?? null;
}

/** `new X(scope, id, props)`: the props, read statically (unknown when an argument is spread). */
export function constructProps(node: TSESTree.NewExpression, sourceCode: SourceCode): Props {
  if (node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return UNKNOWN_PROPS;
  return readProps(node.arguments[2], sourceCode);
}

// ---------------------------------------------------------------------------------------------------------------
// Lambda functions

/** Lambda function construct classes (L2 and the language packages): the ones that take `role` and `addFunctionUrl`. */
const FUNCTION_CLASSES: readonly (readonly [string, readonly string[]])[] = [
  ['aws-lambda', ['Function']],
  ['aws-lambda', ['SingletonFunction']],
  ['aws-lambda', ['DockerImageFunction']],
  ['aws-lambda-nodejs', ['NodejsFunction']],
  ['aws-lambda-python', ['PythonFunction']],
  ['aws-lambda-go', ['GoFunction']],
  ['aws-cloudfront', ['experimental', 'EdgeFunction']],
];

/** The class names of `FUNCTION_CLASSES` (`Function`, `NodejsFunction`, …): what a function construct's callee ends in. */
export const LAMBDA_FUNCTION_CLASS_NAMES: ReadonlySet<string> = new Set(FUNCTION_CLASSES.map(([, path]) => path[path.length - 1]!));

/** Is `ref` a Lambda function construct class (`lambda.Function`, `NodejsFunction`, `PythonFunction`, …)? */
export function isLambdaFunctionClass(ref: CdkRef | null): boolean {
  return FUNCTION_CLASSES.some(([submodule, path]) => isCdk(ref, submodule, path));
}

const FUNCTION_IMPORTS = new Set(['fromFunctionArn', 'fromFunctionName', 'fromFunctionAttributes']);

/** `Function.fromFunctionArn(…)` and friends (on any function class), `Version.fromVersionArn(…)`, `Alias.fromAliasAttributes(…)`. */
function isFunctionImport(ref: CdkRef | null): boolean {
  if (ref === null || ref.path.length < 2) return false;
  const method = ref.path[ref.path.length - 1]!;
  const owner: CdkRef = { submodule: ref.submodule, path: ref.path.slice(0, -1) };
  if (FUNCTION_IMPORTS.has(method)) return isLambdaFunctionClass(owner);
  if (method === 'fromVersionArn' || method === 'fromVersionAttributes') return isCdk(owner, 'aws-lambda', ['Version']);
  return method === 'fromAliasAttributes' && isCdk(owner, 'aws-lambda', ['Alias']);
}

export interface LambdaFunctionRef {
  /** `new lambda.Function(…)`, `new lambda.Alias(…)`, or the `Function.fromFunctionArn(…)` call. */
  creation: TSESTree.NewExpression | TSESTree.CallExpression;
  /** True for a function construct class (`new lambda.Function(…)`, `new NodejsFunction(…)`), not an alias/version/import. */
  isConstruct: boolean;
}

/**
 * Does `node` evaluate to a Lambda function (something with `addFunctionUrl`)? Follows once-bound variables,
 * `fn.currentVersion` / `fn.latestVersion` and `fn.addAlias(…)`.
 */
export function resolveLambdaFunction(node: TSESTree.Node, sourceCode: SourceCode): LambdaFunctionRef | null {
  let current = unwrapExpression(node);
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    switch (current.type) {
      case AST_NODE_TYPES.Identifier: {
        const init = boundInitializer(current, sourceCode);
        if (init === null) return null;
        current = unwrapExpression(init);
        break;
      }
      case AST_NODE_TYPES.NewExpression: {
        const ref = cdkCallee(current, sourceCode);
        if (isLambdaFunctionClass(ref)) return { creation: current, isConstruct: true };
        if (isCdk(ref, 'aws-lambda', ['Alias']) || isCdk(ref, 'aws-lambda', ['Version'])) {
          return { creation: current, isConstruct: false };
        }
        return null;
      }
      case AST_NODE_TYPES.CallExpression: {
        const callee = unwrapExpression(current.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
        const method = getPropertyName(callee);
        if (method === 'addAlias') {
          current = unwrapExpression(callee.object);
          break;
        }
        return isFunctionImport(cdkCallee(current, sourceCode)) ? { creation: current, isConstruct: false } : null;
      }
      case AST_NODE_TYPES.MemberExpression: {
        const member = thisMemberInitializer(current, sourceCode);
        if (member !== null) {
          current = unwrapExpression(member);
          break;
        }
        const name = getPropertyName(current);
        if (name !== 'currentVersion' && name !== 'latestVersion') return null;
        current = unwrapExpression(current.object);
        break;
      }
      default:
        return null;
    }
  }
  return null;
}

/**
 * `new AppFunction(…)` that `node` evaluates to, where `AppFunction` is a class of the file bound once that extends
 * a Lambda function construct class (`class AppFunction extends NodejsFunction`): a function construct, whatever its
 * constructor does with its props. Null otherwise.
 */
export function resolveLocalFunctionSubclass(
  node: TSESTree.Node,
  sourceCode: SourceCode,
): TSESTree.NewExpression | null {
  const creation = resolveBoundExpression(node, sourceCode);
  if (creation.type !== AST_NODE_TYPES.NewExpression) return null;
  const callee = unwrapExpression(creation.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariableOf(callee, sourceCode);
  if (variable === null || variable.defs.length !== 1) return null;
  const definition = variable.defs[0]!.node;
  const declared =
    definition.type === AST_NODE_TYPES.VariableDeclarator && definition.init !== null
      ? unwrapExpression(definition.init)
      : definition;
  const isClass = declared.type === AST_NODE_TYPES.ClassDeclaration || declared.type === AST_NODE_TYPES.ClassExpression;
  if (!isClass) return null;
  // The name must be this class for every reference (never reassigned)
  if (onceBoundClass(declared, sourceCode) === null || declared.superClass === null) return null;
  return isLambdaFunctionClass(cdkRef(declared.superClass, sourceCode)) ? creation : null;
}

// ---------------------------------------------------------------------------------------------------------------
// API Gateway REST resources

const REST_API_CLASSES = ['RestApi', 'LambdaRestApi', 'SpecRestApi', 'StepFunctionsRestApi'];
/** The constructs whose root resource's id a `CfnMethod` or `CfnResource` may name. */
const ROOT_ID_CLASSES = [...REST_API_CLASSES, 'CfnRestApi'];

/** `new apigw.RestApi(…)` / `LambdaRestApi` / `SpecRestApi` / `StepFunctionsRestApi` that `node` evaluates to, or null. */
export function resolveRestApi(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.NewExpression | null {
  const value = resolveBoundExpression(node, sourceCode);
  if (value.type !== AST_NODE_TYPES.NewExpression) return null;
  const ref = cdkCallee(value, sourceCode);
  return REST_API_CLASSES.some((name) => isCdk(ref, 'aws-apigateway', [name])) ? value : null;
}

/**
 * The path of the REST resource a CloudFormation-level id names (`CfnMethod`'s `resourceId`, `CfnResource`'s
 * `parentId`): `resource.resourceId` of a resource (`api.root.resourceId` is `/`), the root's id of an API
 * (`api.restApiRootResourceId`, `cfnApi.attrRootResourceId`) and `cfnResource.ref` / `.attrResourceId` of a `new
 * CfnResource(…, { parentId, pathPart })`, through once-bound names. Null when it is not known.
 */
export function l1ResourcePath(node: TSESTree.Node, sourceCode: SourceCode, depth = 0): string | null {
  if (depth > MAX_HOPS) return null;
  const value = skipTypeAndChainWrappers(resolveBoundExpression(node, sourceCode));
  if (value.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = getPropertyName(value);
  if (name === 'resourceId') return resolveRestResource(value.object, sourceCode)?.path ?? null;
  if (name === 'restApiRootResourceId' || name === 'attrRootResourceId') {
    const api = resolveBoundExpression(value.object, sourceCode);
    const ref = api.type === AST_NODE_TYPES.NewExpression ? cdkCallee(api, sourceCode) : null;
    return ROOT_ID_CLASSES.some((construct) => isCdk(ref, 'aws-apigateway', [construct])) ? '/' : null;
  }
  if (name !== 'ref' && name !== 'attrResourceId') return null;
  const resource = resolveBoundExpression(value.object, sourceCode);
  if (resource.type !== AST_NODE_TYPES.NewExpression) return null;
  if (!isCdk(cdkCallee(resource, sourceCode), 'aws-apigateway', ['CfnResource'])) return null;
  const props = constructProps(resource, sourceCode);
  const pathPart = props.get('pathPart');
  const parentId = props.get('parentId');
  if (pathPart.state !== 'present' || pathPart.value.kind !== 'string' || parentId.state !== 'present') return null;
  const parent = l1ResourcePath(parentId.node, sourceCode, depth + 1);
  if (parent === null) return null;
  return parent === '/' ? `/${pathPart.value.value}` : `${parent}/${pathPart.value.value}`;
}

/**
 * `RestApi.fromRestApiAttributes(scope, id, { restApiId, rootResourceId })` (also on `SpecRestApi` and
 * `LambdaRestApi`) `node` evaluates to, through once-bound names: another stack's REST API, whose `root` CDK makes
 * anew for the import, with no `defaultMethodOptions` (methods added to it are open unless they say otherwise).
 * `fromRestApiId` gives no root. Null otherwise.
 */
export function resolveImportedRestApi(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.CallExpression | null {
  const value = resolveBoundExpression(node, sourceCode);
  if (value.type !== AST_NODE_TYPES.CallExpression) return null;
  const ref = cdkCallee(value, sourceCode);
  return REST_API_CLASSES.some((name) => isCdk(ref, 'aws-apigateway', [name, 'fromRestApiAttributes'])) ? value : null;
}

/** A REST API resource a method can be added to, and what it inherits. */
export interface RestResource {
  /**
   * The RestApi-family construct the resource belongs to, or the import of another stack's
   * (`RestApi.fromRestApiAttributes(scope, id, attrs)`, see `resolveImportedRestApi`).
   */
  api: TSESTree.NewExpression | TSESTree.CallExpression;
  /** Full resource path (`/`, `/orders/{id}`), or null when a part is not static. */
  path: string | null;
  /** The `defaultMethodOptions` this resource inherits, innermost (the resource's own) first, the API's last. */
  defaults: PropValue[];
  /**
   * Each value the API's `defaultMethodOptions` may take when its props spread a choice (`...(isPublic ? {} : {
   * defaultMethodOptions })`): the last level of `defaults` is then unknown. Null otherwise.
   */
  apiDefaultChoices: PropValue[] | null;
  /**
   * Whether a `defaultIntegration` is set on the resource or above it (`'unknown'` when props cannot be read).
   * A method added without an integration gets it, or CDK's `MockIntegration` when there is none.
   */
  defaultIntegration: 'absent' | 'present' | 'unknown';
}

/** Whether a `defaultIntegration` prop is set. */
function integrationState(prop: PropValue): RestResource['defaultIntegration'] {
  return prop.state === 'absent' ? 'absent' : prop.state === 'present' ? 'present' : 'unknown';
}

/** The resource's own `defaultIntegration` prop over the one it inherits. */
function inheritedIntegration(own: PropValue, parent: RestResource): RestResource['defaultIntegration'] {
  return own.state === 'absent' ? parent.defaultIntegration : integrationState(own);
}

/** `/orders` and `items` → `/orders/items` (slashes around the part trimmed); null when either is unknown. */
export function joinPath(parent: string | null, part: string | null): string | null {
  if (parent === null || part === null) return null;
  const trimmed = trimTrailing(trimLeading(part, '/'), '/');
  if (trimmed === '') return parent;
  return parent === '/' ? `/${trimmed}` : `${parent}/${trimmed}`;
}

function staticArgument(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
  sourceCode: SourceCode,
): string | null {
  const argument = argumentAt(node, index);
  return argument === undefined ? null : getStaticString(argument, sourceCode);
}

/** Does a `LambdaRestApi` creation proxy (its `proxy` prop absent or true)? Null when unknown. */
export function lambdaRestApiProxies(api: TSESTree.NewExpression, sourceCode: SourceCode): boolean | null {
  const proxy = constructProps(api, sourceCode).get('proxy');
  if (proxy.state === 'absent') return true;
  if (proxy.state === 'present' && proxy.value.kind === 'boolean') return proxy.value.value;
  return null;
}

/**
 * The REST API resource `node` evaluates to: `api.root`, `x.addResource('p', { defaultMethodOptions })`,
 * `x.addProxy(…)`, `x.resourceForPath('a/b')`, `new apigw.Resource(…)`, through once-bound variables and chains.
 * Null when it is not provably a REST resource. (`api.root` of a proxying LambdaRestApi is null: CDK forbids adding
 * methods to it.)
 */
export function resolveRestResource(node: TSESTree.Node, sourceCode: SourceCode): RestResource | null {
  return resolveResources(node, sourceCode, 0, null)?.[0] ?? null;
}

/**
 * As `resolveRestResource`, and where the API or a resource on the way is a parameter of a helper of the file
 * (`addRoutes(api: RestApi) { api.root.addResource('orders') }`, `props.api.root`), the resource on each value the
 * helper's calls in the file give it (see `resolvePassed`): one per distinct resource. Null when any of them cannot
 * be resolved.
 */
export function resolveRestResources(node: TSESTree.Node, sourceCode: SourceCode): RestResource[] | null {
  return resolveResources(node, sourceCode, 0, newParameterSearch());
}

/** The REST APIs `node` evaluates to, followed out of helpers' parameters as `resolveRestResources` does. */
export function resolveRestApis(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.NewExpression[] | null {
  return resolvePassed(node, sourceCode, (value) => resolveRestApi(value, sourceCode));
}

/** The root resource (`/`) of each REST API `apiNode` holds, with what its methods inherit; null if not one. */
function rootResources(
  apiNode: TSESTree.Node,
  sourceCode: SourceCode,
  search: ParameterSearch | null,
): RestResource[] | null {
  const resolve = (value: TSESTree.Node): TSESTree.NewExpression | TSESTree.CallExpression | null =>
    resolveRestApi(value, sourceCode) ?? resolveImportedRestApi(value, sourceCode);
  let apis: (TSESTree.NewExpression | TSESTree.CallExpression)[] | null;
  if (search !== null) apis = passedValues(apiNode, sourceCode, search, resolve);
  else {
    const api = resolve(apiNode);
    apis = api === null ? null : [api];
  }
  if (apis === null) return null;
  const roots: RestResource[] = [];
  for (const api of apis) {
    const root = rootOf(api, sourceCode);
    if (root === null) return null;
    roots.push(root);
  }
  return roots;
}

function rootOf(api: TSESTree.NewExpression | TSESTree.CallExpression, sourceCode: SourceCode): RestResource | null {
  // Another stack's API: its root, as CDK makes it for the import, inherits no method options and no integration
  if (api.type === AST_NODE_TYPES.CallExpression) {
    return { api, path: '/', defaults: [ABSENT], apiDefaultChoices: null, defaultIntegration: 'absent' };
  }
  const ref = cdkCallee(api, sourceCode);
  const lambdaRestApi = isCdk(ref, 'aws-apigateway', ['LambdaRestApi']);
  if (lambdaRestApi && lambdaRestApiProxies(api, sourceCode) !== false) return null;
  const props = constructProps(api, sourceCode);
  // Only a plain RestApi or SpecRestApi starts with none: LambdaRestApi's handler and StepFunctionsRestApi's
  // state machine are the default integration of every method
  const plain = isCdk(ref, 'aws-apigateway', ['RestApi']) || isCdk(ref, 'aws-apigateway', ['SpecRestApi']);
  const defaults = props.get('defaultMethodOptions');
  return {
    api,
    path: '/',
    defaults: [defaults],
    apiDefaultChoices: defaults.state === 'unknown' ? (props.choices?.('defaultMethodOptions') ?? null) : null,
    defaultIntegration: plain ? integrationState(props.get('defaultIntegration')) : 'present',
  };
}

function resolveResources(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  depth: number,
  search: ParameterSearch | null,
): RestResource[] | null {
  if (depth >= MAX_HOPS) return null;
  const current = resolveBoundExpression(node, sourceCode);
  // A resource handed to a helper (`addCrud(resource)`, `props.resource`): the ones its callers pass
  const passed = (): RestResource[] | null =>
    search === null
      ? null
      : throughParameter(current, sourceCode, search, sameResource, (value, inner) =>
          resolveResources(value, sourceCode, depth + 1, inner),
        );
  switch (current.type) {
    case AST_NODE_TYPES.Identifier: {
      // `const { root } = api`: the API's root resource, as `api.root`
      const source = destructuredSource(current, sourceCode);
      return source !== null && source.key === 'root' ? rootResources(source.object, sourceCode, search) : passed();
    }
    case AST_NODE_TYPES.MemberExpression:
      return getPropertyName(current) === 'root' ? rootResources(current.object, sourceCode, search) : passed();
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrapExpression(current.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
      const method = getPropertyName(callee);
      let part: string | null;
      let options: Props;
      switch (method) {
        case 'addResource':
          part = staticArgument(current, 0, sourceCode);
          options = readProps(argumentAt(current, 1) ?? null, sourceCode);
          break;
        case 'addProxy':
          part = '{proxy+}';
          options = readProps(argumentAt(current, 0) ?? null, sourceCode);
          break;
        case 'resourceForPath':
          part = staticArgument(current, 0, sourceCode);
          options = ABSENT_PROPS;
          break;
        case 'getResource':
          return childResources(current, callee.object, sourceCode, depth, search);
        default:
          return null;
      }
      if (current.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return null;
      const parents = resolveResources(callee.object, sourceCode, depth + 1, search);
      return parents?.map((parent) => ({
        api: parent.api,
        path: joinPath(parent.path, part),
        defaults: [options.get('defaultMethodOptions'), ...parent.defaults],
        apiDefaultChoices: parent.apiDefaultChoices,
        // `resourceForPath` may return a resource made elsewhere with its own default integration
        defaultIntegration:
          method === 'resourceForPath' ? 'unknown' : inheritedIntegration(options.get('defaultIntegration'), parent),
      })) ?? null;
    }
    case AST_NODE_TYPES.NewExpression: {
      const ref = cdkCallee(current, sourceCode);
      const isProxy = isCdk(ref, 'aws-apigateway', ['ProxyResource']);
      if (!isProxy && !isCdk(ref, 'aws-apigateway', ['Resource'])) return null;
      const props = constructProps(current, sourceCode);
      const parentProp = props.get('parent');
      if (parentProp.state !== 'present') return null;
      const parents = resolveResources(parentProp.node, sourceCode, depth + 1, search);
      const pathPart = props.get('pathPart');
      const part = isProxy
        ? '{proxy+}'
        : pathPart.state === 'present' && pathPart.value.kind === 'string'
          ? pathPart.value.value
          : null;
      return parents?.map((parent) => ({
        api: parent.api,
        path: joinPath(parent.path, part),
        defaults: [props.get('defaultMethodOptions'), ...parent.defaults],
        apiDefaultChoices: parent.apiDefaultChoices,
        defaultIntegration: inheritedIntegration(props.get('defaultIntegration'), parent),
      })) ?? null;
    }
    default:
      return null;
  }
}

/**
 * `parent.getResource('p')`: the child the file adds under that path part with `addResource('p', …)` on the same
 * resource (what CDK returns; `undefined` without one, and then no method is added). The child's own options are
 * read from that call. Null when the part is not static or the file adds no such child (it was made elsewhere, with
 * options the file does not show) or several (its options cannot be told).
 */
function childResources(
  call: TSESTree.CallExpression,
  parentNode: TSESTree.Node,
  sourceCode: SourceCode,
  depth: number,
  search: ParameterSearch | null,
): RestResource[] | null {
  const part = staticArgument(call, 0, sourceCode);
  if (part === null) return null;
  const parents = resolveResources(parentNode, sourceCode, depth + 1, search);
  if (parents === null) return null;
  let found: RestResource[] | null = null;
  for (const addition of resourceAdditions(sourceCode)) {
    if (staticArgument(addition, 0, sourceCode) !== part) continue;
    const children = resolveResources(addition, sourceCode, depth + 1, search);
    if (children === null) continue;
    // The child under one of this call's parents (the same API and path); two additions of it cannot be told apart
    const matching = children.filter((child) =>
      parents.some((parent) => parent.api === child.api && joinPath(parent.path, part) === child.path),
    );
    if (matching.length === 0) continue;
    if (found !== null) return null;
    found = matching;
  }
  return found;
}

/** Per file, when first asked: every `x.addResource(…)` call (for `getResource`, which is rare). */
const resourceAdditions = lastFile((sourceCode: SourceCode): TSESTree.CallExpression[] => {
  const calls: TSESTree.CallExpression[] = [];
  forEachNode(sourceCode, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return;
    const callee = unwrapExpression(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === 'addResource') calls.push(node);
  });
  return calls;
});

/** Two resolutions of a resource that inherit the same: one resource to judge a method on. */
function sameResource(a: RestResource, b: RestResource): boolean {
  return (
    a.api === b.api &&
    a.path === b.path &&
    a.defaultIntegration === b.defaultIntegration &&
    a.defaults.length === b.defaults.length &&
    a.defaults.every((level, index) => samePropValue(level, b.defaults[index]!))
  );
}

function samePropValue(a: PropValue, b: PropValue): boolean {
  if (a.state === 'present' || b.state === 'present') {
    return a.state === 'present' && b.state === 'present' && a.node === b.node;
  }
  return a.state === b.state;
}

// ---------------------------------------------------------------------------------------------------------------
// Values handed to helpers (`this.addRoutes(api)`, `addRoutes(api, fn)`, `new Routes(this, 'Routes', { api })`)

/** Helpers a value is followed out through, from a parameter to what the calls pass, and on to their callers. */
const MAX_PARAMETER_HELPERS = 3;

/** Calls looked at in following one value out of helpers (bounds helpers called many times, from helpers so called). */
const MAX_PARAMETER_CALLS = 64;

/** Distinct values a parameter may be found to hold before the answer is given up as unknown. */
const MAX_PARAMETER_VALUES = 16;

/** How much further a value may be followed out: helpers on this path, calls over the whole search. */
interface ParameterSearch {
  helpersLeft: number;
  budget: { calls: number };
}

function newParameterSearch(): ParameterSearch {
  return { helpersLeft: MAX_PARAMETER_HELPERS, budget: { calls: MAX_PARAMETER_CALLS } };
}

/**
 * What `resolve` makes of `node`, or, when `node` holds a parameter of a function of the file (`api`, `props.api`,
 * `{ api }`: see `parameterOf`), of the value each call of that function in the file gives it, followed on through
 * callers that pass on a parameter of their own, up to three helpers out: each distinct result once. Null when
 * `node` resolves to nothing and is no such parameter, when the function has no calls in the file, or when any call
 * gives a value that resolves to nothing (no argument there, props without the key, a value received from
 * elsewhere): the parameter may then hold anything. Calls from other files are not seen: a result stands for the
 * calls of this file, whatever others pass.
 */
export function resolvePassed<T>(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  resolve: (value: TSESTree.Node) => T | null,
): T[] | null {
  return passedValues(node, sourceCode, newParameterSearch(), resolve);
}

function passedValues<T>(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  search: ParameterSearch,
  resolve: (value: TSESTree.Node) => T | null,
): T[] | null {
  const own = resolve(node);
  if (own !== null) return [own];
  return throughParameter(resolveBoundExpression(node, sourceCode), sourceCode, search, Object.is, (value, inner) =>
    passedValues(value, sourceCode, inner, resolve),
  );
}

/** What `resolve` makes of the value each call gives the parameter `node` holds (see `resolvePassed`). */
function throughParameter<T>(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  search: ParameterSearch,
  same: (a: T, b: T) => boolean,
  resolve: (value: TSESTree.Node, search: ParameterSearch) => readonly T[] | null,
): T[] | null {
  if (search.helpersLeft <= 0) return null;
  const parameter = parameterOf(node, sourceCode);
  if (parameter === null) return null;
  const calls = callsOfFunction(parameter.fn, sourceCode);
  if (calls === null || calls.length === 0) return null;
  const inner: ParameterSearch = { helpersLeft: search.helpersLeft - 1, budget: search.budget };
  const found: T[] = [];
  for (const call of calls) {
    if (--search.budget.calls < 0) return null;
    const argument = passedArgument(call, parameter.fn, parameter.path, sourceCode);
    if (argument === undefined) return null;
    let value: TSESTree.Node = argument;
    if (parameter.path.key !== null) {
      const member = readProps(argument, sourceCode).get(parameter.path.key);
      if (member.state !== 'present') return null;
      value = member.node;
    }
    const resolved = resolve(value, inner);
    if (resolved === null) return null;
    for (const each of resolved) {
      if (found.some((earlier) => same(earlier, each))) continue;
      if (found.length >= MAX_PARAMETER_VALUES) return null;
      found.push(each);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// SDK Lambda clients (the SDK side of the same infrastructure questions)

/** Is `node` an SDK Lambda client instance: v3 aggregated `new Lambda()` (@aws-sdk/client-lambda) or v2 `new AWS.Lambda()`? */
export function isSdkLambdaClient(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const client = resolveInstance(node, sourceCode);
  const api = client === null ? null : awsApi(client.ref);
  if (api === null || api.path.length !== 1 || api.export !== 'Lambda') return false;
  return api.family === 'sdk-v2' || (api.family === 'sdk-v3' && api.service === 'lambda');
}

/** Is `node` (`new X(…)`) the SDK v3 command `name` of @aws-sdk/client-lambda? */
export function isSdkLambdaCommand(node: TSESTree.NewExpression, sourceCode: SourceCode, name: string): boolean {
  const api = calleeAwsApi(node, sourceCode);
  return api?.family === 'sdk-v3' && api.service === 'lambda' && api.path.length === 1 && api.export === name;
}
