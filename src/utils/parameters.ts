import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  argumentAt,
  enclosingFunction,
  functionParams,
  getPropertyName,
  isFunctionLike,
  isInside,
  skipTypeAndChainWrappers,
  type FunctionLike,
} from './ast.js';
import {
  classCreations,
  destructuredSource,
  destructuringPath,
  findVariableOf,
  functionCalls,
  methodCalls,
} from './modules.js';

/**
 * Helpers of a file and their parameters: which parameter a value read in a function is (`role`, `props.role`,
 * `{ role }`), and the calls of the function in the file (by its name, as `this.name(…)`, or as `new C(…)` for a
 * class's constructor), so that a rule can follow a value out to what the callers pass. Nothing here throws.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Ancestors looked at to find the function a destructuring belongs to. */
const MAX_ANCESTORS = 256;

/** A parameter of `fn` (by index, as a call's arguments count), or a property of one (`props.role`: key `role`). */
export interface ParameterPath {
  index: number;
  key: string | null;
}

/**
 * `role` (a parameter of `fn`), `props.role` (a property of one), or `role` destructured from one (`{ role }` in the
 * parameter list, or `const { role } = props`), else null.
 */
export function parameterPath(node: TSESTree.Node, fn: FunctionLike, sourceCode: SourceCode): ParameterPath | null {
  const target = skipTypeAndChainWrappers(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const index = parameterIndex(target, fn, sourceCode);
    if (index !== null) return { index, key: null };
    const destructured = destructuredParameter(target, fn, sourceCode);
    if (destructured !== null) return destructured;
    const source = destructuredSource(target, sourceCode);
    const object = source === null ? null : skipTypeAndChainWrappers(source.object);
    if (object?.type !== AST_NODE_TYPES.Identifier || enclosingFunction(object, MAX_ANCESTORS) !== fn) return null;
    const objectIndex = parameterIndex(object, fn, sourceCode);
    return objectIndex === null ? null : { index: objectIndex, key: source!.key };
  }
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.computed) return null;
  const object = skipTypeAndChainWrappers(target.object);
  const key = getPropertyName(target);
  if (object.type !== AST_NODE_TYPES.Identifier || key === null) return null;
  const index = parameterIndex(object, fn, sourceCode);
  return index === null ? null : { index, key };
}

/** `role` of `function (scope, id, { role }) {…}`: a key of a destructured parameter, never written; else null. */
function destructuredParameter(
  identifier: TSESTree.Identifier,
  fn: FunctionLike,
  sourceCode: SourceCode,
): ParameterPath | null {
  const name = unwrittenParameterName(identifier, sourceCode);
  if (name === null) return null;
  for (const [index, param] of functionParams(fn).entries()) {
    if (param.type !== AST_NODE_TYPES.ObjectPattern) continue;
    const path = destructuringPath(param, name, uncomputedKey);
    if (path !== null) return path.keys.length === 1 && path.exact ? { index, key: path.keys[0]! } : null;
  }
  return null;
}

/** The name node in the parameter list that declares the parameter `identifier` reads, when it is never written. */
function unwrittenParameterName(identifier: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Node | null {
  const variable = findVariableOf(identifier, sourceCode);
  if (variable === null || variable.defs.length !== 1 || variable.defs[0]!.type !== 'Parameter') return null;
  const name = variable.defs[0]!.name as TSESTree.Node;
  // A default (`method = 'GET'`) is a write of the name itself, where the parameter is declared: not a reassignment
  if (variable.references.some((reference) => reference.isWrite() && reference.identifier !== name)) return null;
  return name;
}

function uncomputedKey(property: TSESTree.Property): string | null {
  return property.computed ? null : getPropertyName(property);
}

/**
 * The index of the plain parameter of `fn` that `identifier` names (never reassigned), counted as a call's arguments
 * are (TypeScript's `this` parameter is none of them); else null.
 */
export function parameterIndex(
  identifier: TSESTree.Identifier,
  fn: FunctionLike,
  sourceCode: SourceCode,
): number | null {
  const name = unwrittenParameterName(identifier, sourceCode);
  if (name === null) return null;
  const index = functionParams(fn).findIndex((param) => {
    const plain = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
    return plain === name;
  });
  return index === -1 ? null : index;
}

/**
 * The function whose parameter `node` reads (`api`, `props.api`, `api` of `{ api }` in the parameter list or of
 * `const { api } = props`), and the path to it; null for anything else.
 */
export function parameterOf(
  node: TSESTree.Node,
  sourceCode: SourceCode,
): { fn: FunctionLike; path: ParameterPath } | null {
  const target = skipTypeAndChainWrappers(node);
  let name: TSESTree.Node = target;
  if (target.type === AST_NODE_TYPES.MemberExpression && !target.computed) {
    name = skipTypeAndChainWrappers(target.object);
  }
  if (name.type !== AST_NODE_TYPES.Identifier) return null;
  let variable = findVariableOf(name, sourceCode);
  if (variable?.defs.length === 1 && variable.defs[0]!.type === 'Variable') {
    // `const { api } = props`: the parameter is `props`
    const source = destructuredSource(name, sourceCode);
    const object = source === null ? null : skipTypeAndChainWrappers(source.object);
    variable = object?.type === AST_NODE_TYPES.Identifier ? findVariableOf(object, sourceCode) : null;
  }
  const def = variable?.defs.length === 1 ? variable.defs[0]! : null;
  if (def?.type !== 'Parameter' || !isFunctionLike(def.node)) return null;
  const path = parameterPath(target, def.node, sourceCode);
  return path === null ? null : { fn: def.node, path };
}

/**
 * The calls in the file of a function of it, made from outside it (a call in the function itself, recursion, passes
 * on what an outside call gave): of a declared or once-bound function by its name, of a method (or function field)
 * as `this.name(…)`, on an instance or the class (see `methodCalls`), of a class's constructor as `new C(…)`. Null
 * when the function is none of these (an anonymous callback), or its name may be bound to something else.
 */
export function callsOfFunction(
  fn: FunctionLike,
  sourceCode: SourceCode,
): (TSESTree.CallExpression | TSESTree.NewExpression)[] | null {
  const member = fn.parent;
  let calls: (TSESTree.CallExpression | TSESTree.NewExpression)[] | null;
  if (member?.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor' && member.value === fn) {
    calls = classCreations(member.parent.parent, sourceCode)?.calls ?? null;
  } else {
    calls = (functionCalls(fn, sourceCode) ?? methodCalls(fn, sourceCode, true))?.calls ?? null;
  }
  return calls === null ? null : calls.filter((call) => !isInside(call, fn));
}

/**
 * What `call` gives the plain parameter at `index` of `fn`: the argument written there, or, when the call passes
 * nothing there (and no spread could), the parameter's default (`(path, method = 'GET') => …` called as
 * `route('items')`). Undefined when unknown.
 */
export function passedOrDefault(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  fn: FunctionLike,
  index: number,
  sourceCode: SourceCode,
): TSESTree.Expression | undefined {
  const argument = argumentAt(call, index);
  if (argument !== undefined) return argument;
  if (index < call.arguments.length || call.arguments.some((given) => given.type === AST_NODE_TYPES.SpreadElement)) {
    return undefined;
  }
  const param = functionParams(fn)[index];
  if (param?.type !== AST_NODE_TYPES.AssignmentPattern) return undefined;
  // `(name, actions = [name])`: a default that reads another parameter takes what the same call gave that one
  return readsParameterOf(param.right, fn, sourceCode) ? undefined : param.right;
}

/**
 * What `call` gives the parameter `path` names: for a plain parameter the argument or its default (see
 * `passedOrDefault`), for a key of one (`props.role`) the argument that holds it. Undefined when unknown.
 */
export function passedArgument(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  fn: FunctionLike,
  path: ParameterPath,
  sourceCode: SourceCode,
): TSESTree.Expression | undefined {
  return path.key === null ? passedOrDefault(call, fn, path.index, sourceCode) : argumentAt(call, path.index);
}

/** Does `node` (a parameter's default, a value handed somewhere) read a parameter of `fn`? */
export function readsParameterOf(node: TSESTree.Node, fn: FunctionLike, sourceCode: SourceCode): boolean {
  return sourceCode
    .getDeclaredVariables(fn)
    .some(
      (variable) =>
        variable.defs[0]?.type === 'Parameter' &&
        variable.references.some((reference) => isInside(reference.identifier, node)),
    );
}
