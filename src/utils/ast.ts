import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/** Small AST predicates so rule bodies read like their specs. None of them throws. */

export type FunctionLike =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

export function isFunctionLike(node: TSESTree.Node | null | undefined): node is FunctionLike {
  return (
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression
  );
}

/** Strip parentheses (already gone in ESTree) and TypeScript-only wrappers: `as`, `satisfies`, `!`, `<T>x`. */
export function skipTypeWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** `x as T`, `x satisfies T`, `x!`, `<T>x`: a TypeScript wrapper around an expression. */
export function isTypeWrapper(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion
  );
}

/**
 * The statements `node` runs one after another, when it holds a statement list: a block, the module, a static
 * block, a `switch` case, a namespace; else null.
 */
export function statementListOf(node: TSESTree.Node): readonly TSESTree.Node[] | null {
  switch (node.type) {
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.StaticBlock:
    case AST_NODE_TYPES.TSModuleBlock:
      return node.body;
    case AST_NODE_TYPES.SwitchCase:
      return node.consequent;
    default:
      return null;
  }
}

/** The outermost TypeScript wrapper around `node` (`(x as T)!` for `x`), or `node` itself: where its value is used. */
export function outermostTypeWrapper(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent !== undefined && current.parent !== null && isTypeWrapper(current.parent)) {
    current = current.parent;
  }
  return current;
}

/** A function's parameters without TypeScript's `this` parameter (not an argument: calls count from the next). */
export function functionParams(fn: FunctionLike): TSESTree.Parameter[] {
  return fn.params.filter((param) => !(param.type === AST_NODE_TYPES.Identifier && param.name === 'this'));
}

/** The loop statements: a body in one may run again after what follows it in the source. */
export const LOOP_TYPES: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.WhileStatement,
]);

/** A call's argument at `index`, written out (a spread there stands for unknown arguments): else undefined. */
export function argumentAt(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
): TSESTree.Expression | undefined {
  const argument = node.arguments[index];
  return argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement ? undefined : argument;
}

/**
 * Does running `statement` always end in `return` or `throw`: one of them, a block that ends with one, or an `if` /
 * `else` both of whose branches always leave (`if (x) return a; else return b;`)? Nested blocks and `if`s are
 * looked through up to `maxDepth` levels (deeper: no).
 */
export function alwaysLeaves(statement: TSESTree.Node, maxDepth = 32): boolean {
  if (maxDepth < 0) return false;
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement: {
      const last = statement.body[statement.body.length - 1];
      return last !== undefined && alwaysLeaves(last, maxDepth - 1);
    }
    case AST_NODE_TYPES.IfStatement:
      return (
        statement.alternate !== null &&
        alwaysLeaves(statement.consequent, maxDepth - 1) &&
        alwaysLeaves(statement.alternate, maxDepth - 1)
      );
    default:
      return false;
  }
}

/** Links of an optional chain looked at by `mayShortCircuit`. */
const MAX_CHAIN_LINKS = 64;

/** Is there a `?.` at or before this link of its chain (`a?.b.c(x)`: `x` may not run)? Long chains: yes. */
function mayShortCircuit(link: TSESTree.Node): boolean {
  let current: TSESTree.Node = link;
  for (let depth = 0; depth < MAX_CHAIN_LINKS; depth++) {
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      if (current.optional) return true;
      current = current.object;
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      if (current.optional) return true;
      current = current.callee;
    } else return false;
  }
  return true;
}

/** Ancestors climbed by `runsWhenever` before it answers no. */
const MAX_RUN_DEPTH = 64;

/** A `return` or `throw`: what leaves a function before its later statements run. */
export function isReturnOrThrow(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ThrowStatement;
}

/**
 * Does `node` run whenever `container` (a function's or a loop's body, or an expression) runs? Every node between
 * them evaluates the child on the way each time it runs (a statement, an operand, an argument, a `try` block), and
 * no statement before it in a block on the way holds a node `leaves` accepts (outside nested functions): by default a
 * `return` or `throw` (`if (!withWorker) return;`); a loop's caller adds `continue` and `break`. A branch (`if`,
 * `switch`, `&&`, `? :`, `?.`), a loop or a callback between them: no.
 */
export function runsWhenever(
  node: TSESTree.Node,
  container: TSESTree.Node,
  visitorKeys: SourceCodeLike['visitorKeys'],
  leaves: (node: TSESTree.Node) => boolean = isReturnOrThrow,
): boolean {
  let child = node;
  for (let depth = 0; child !== container; depth++) {
    const parent: TSESTree.Node | null | undefined = child.parent;
    if (parent === undefined || parent === null || depth >= MAX_RUN_DEPTH) return false;
    if (parent.type === AST_NODE_TYPES.BlockStatement) {
      const runsAll =
        parent === container ||
        parent.parent?.type === AST_NODE_TYPES.BlockStatement ||
        (parent.parent?.type === AST_NODE_TYPES.TryStatement && parent.parent.block === parent);
      const index = parent.body.indexOf(child as TSESTree.Statement);
      if (!runsAll || index === -1) return false;
      for (let before = 0; before < index; before++) {
        if (holdsOwnNode(parent.body[before]!, visitorKeys, leaves)) return false;
      }
    } else if (!evaluatesChild(parent, child)) return false;
    child = parent;
  }
  return true;
}

/** Does `parent` evaluate its child `child` each time it runs (no branch, loop, callback or `?.` in between)? */
function evaluatesChild(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.VariableDeclaration:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.SequenceExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.SpreadElement:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
      return true;
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === child;
    case AST_NODE_TYPES.Property:
      return parent.parent.type === AST_NODE_TYPES.ObjectExpression;
    case AST_NODE_TYPES.ChainExpression:
      return true;
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === child || !mayShortCircuit(parent);
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      // `a?.b(x)`, `f?.(x)`: the arguments may not run
      return parent.callee === child || !mayShortCircuit(parent);
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === child;
    case AST_NODE_TYPES.LogicalExpression:
      return parent.left === child;
    case AST_NODE_TYPES.TryStatement:
      return parent.block === child;
    default:
      return false;
  }
}

/**
 * A test true only when the module was started as a program (`node file.js`), never when Lambda's runtime loads it:
 * `require.main === module`, or its ES module forms, `process.argv[1] === fileURLToPath(import.meta.url)`,
 * `import.meta.url === pathToFileURL(process.argv[1]).href`, `` import.meta.url === `file://${process.argv[1]}` ``,
 * `process.argv[1] === __filename` (either way round, `==` too; the started path may go through `path.resolve` or
 * `realpathSync`), and `import.meta.main`.
 */
export function isMainModuleTest(test: TSESTree.Node): boolean {
  if (isImportMetaMember(test, 'main')) return true;
  if (test.type !== AST_NODE_TYPES.BinaryExpression || (test.operator !== '===' && test.operator !== '==')) return false;
  const isRequireMain = (side: TSESTree.Node): boolean =>
    side.type === AST_NODE_TYPES.MemberExpression &&
    side.object.type === AST_NODE_TYPES.Identifier &&
    side.object.name === 'require' &&
    getPropertyName(side) === 'main';
  const isModule = (side: TSESTree.Node): boolean => side.type === AST_NODE_TYPES.Identifier && side.name === 'module';
  if ((isRequireMain(test.left) && isModule(test.right)) || (isModule(test.left) && isRequireMain(test.right))) return true;
  const left = pathConversionSource(test.left);
  const right = pathConversionSource(test.right);
  return (isStartedScriptPath(left) && isOwnModulePath(right)) || (isOwnModulePath(left) && isStartedScriptPath(right));
}

/** Calls that turn one form of a file's path into another: `fileURLToPath(x)`, `url.pathToFileURL(x)`, `path.resolve(x)`. */
const PATH_CONVERSIONS: ReadonlySet<string> = new Set(['fileURLToPath', 'pathToFileURL', 'resolve', 'normalize', 'realpathSync']);

/**
 * The path a converted path is made of: `fileURLToPath(import.meta.url)` → `import.meta.url`,
 * `pathToFileURL(process.argv[1]).href` → `process.argv[1]`, `` `file://${process.argv[1]}` `` → `process.argv[1]`.
 */
function pathConversionSource(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (let hops = 0; hops < 4; hops++) {
    if (current.type === AST_NODE_TYPES.MemberExpression && getPropertyName(current) === 'href') current = current.object;
    if (current.type === AST_NODE_TYPES.TemplateLiteral && current.expressions.length === 1) {
      if (current.quasis[0]?.value.cooked !== 'file://' || current.quasis[1]?.value.cooked !== '') return current;
      current = current.expressions[0]!;
      continue;
    }
    if (current.type !== AST_NODE_TYPES.CallExpression || current.arguments.length !== 1) return current;
    const name = simpleName(current.callee);
    const argument = current.arguments[0]!;
    if (name === null || !PATH_CONVERSIONS.has(name) || argument.type === AST_NODE_TYPES.SpreadElement) return current;
    current = argument;
  }
  return current;
}

/** `process.argv[1]`: the path of the script Node was started with. */
function isStartedScriptPath(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.MemberExpression || !node.computed) return false;
  const { object, property } = node;
  return (
    property.type === AST_NODE_TYPES.Literal &&
    property.value === 1 &&
    object.type === AST_NODE_TYPES.MemberExpression &&
    object.object.type === AST_NODE_TYPES.Identifier &&
    object.object.name === 'process' &&
    getPropertyName(object) === 'argv'
  );
}

/** `import.meta.url`, `import.meta.filename`, `__filename`: this module's own path. */
function isOwnModulePath(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === '__filename';
  return isImportMetaMember(node, 'url') || isImportMetaMember(node, 'filename');
}

/** `import.meta.<name>`. */
function isImportMetaMember(node: TSESTree.Node, name: string): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.MetaProperty &&
    node.object.meta.name === 'import' &&
    getPropertyName(node) === name
  );
}

/** Is `inner` inside `outer` (source ranges; a node is inside itself)? */
export function isInside(inner: TSESTree.Node, outer: TSESTree.Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

/** The nearest function around `node` (not `node` itself), looking up at most `maxDepth` parents; else null. */
export function enclosingFunction(node: TSESTree.Node, maxDepth: number): FunctionLike | null {
  // ESLint sets the Program's parent to null
  let current: TSESTree.Node | null | undefined = node.parent;
  for (let depth = 0; depth < maxDepth && current !== undefined && current !== null; depth++) {
    if (isFunctionLike(current)) return current;
    current = current.parent;
  }
  return null;
}

/** Strip TypeScript wrappers and optional-chain wrappers (`a?.b` is a ChainExpression), bounded. */
export function skipTypeAndChainWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (let guard = 0; guard < 64; guard++) {
    const next = skipTypeWrappers(current);
    if (next.type === AST_NODE_TYPES.ChainExpression) current = next.expression;
    else return next;
  }
  return current;
}

/** `x` or `await x`, without TypeScript and optional-chain wrappers: the value a promise of it settles to. */
export function skipAwait(node: TSESTree.Node): TSESTree.Node {
  const value = skipTypeAndChainWrappers(node);
  return value.type === AST_NODE_TYPES.AwaitExpression ? skipTypeAndChainWrappers(value.argument) : value;
}

/** `null` or `undefined`, as written (no wrapper skipped; a regex literal whose `value` is null is not `null`). */
export function isNullOrUndefined(node: TSESTree.Node): boolean {
  return (
    (node.type === AST_NODE_TYPES.Literal && node.value === null && !('regex' in node)) ||
    (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined')
  );
}

/**
 * The static name of a property key, member property or class member: `a`, `'a'`, `['a']`, `` [`a`] ``, `[1]`.
 * Null when computed from something else.
 */
export function getPropertyName(
  node:
    | TSESTree.Property
    | TSESTree.MemberExpression
    | TSESTree.MethodDefinition
    | TSESTree.PropertyDefinition
    | TSESTree.TSAbstractMethodDefinition
    | TSESTree.TSAbstractPropertyDefinition
    | TSESTree.AccessorProperty
    | TSESTree.TSAbstractAccessorProperty
    | TSESTree.TSPropertySignature,
): string | null {
  const key = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.key;
  if (!node.computed) {
    if (key.type === AST_NODE_TYPES.Identifier) return key.name;
    if (key.type === AST_NODE_TYPES.PrivateIdentifier) return null;
  }
  return getLiteralKey(key);
}

/**
 * `event.headers.Authorization` as its base (`event`) and the member names read from it, in order (`keyOf` names
 * each member; by default only static names); null when a member has no name or the chain is too long.
 */
export function memberChain(
  start: TSESTree.Node,
  keyOf: (member: TSESTree.MemberExpression) => string | null = getPropertyName,
): { base: TSESTree.Node; names: string[] } | null {
  const names: string[] = [];
  let current = skipTypeAndChainWrappers(start);
  for (let guard = 0; current.type === AST_NODE_TYPES.MemberExpression; guard++) {
    const name = keyOf(current);
    if (name === null || guard > 32) return null;
    names.push(name);
    current = skipTypeAndChainWrappers(current.object);
  }
  return { base: current, names: names.reverse() };
}

function getLiteralKey(key: TSESTree.Node): string | null {
  if (key.type === AST_NODE_TYPES.Literal) {
    if (typeof key.value === 'string' || typeof key.value === 'number') return String(key.value);
    return null;
  }
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) {
    return key.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/**
 * The static fields of a class with an initialiser and a static name (`static readonly PREFIX = 'arn:aws:s3:::'`),
 * by name; a name that is also a static method, accessor or second field is left out (its value is not that
 * initialiser). Null when a static block may set any field.
 */
export function staticClassFields(
  node: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
): Map<string, { key: TSESTree.Node; value: TSESTree.Expression }> | null {
  const fields = new Map<string, { key: TSESTree.Node; value: TSESTree.Expression }>();
  const taken = new Set<string>();
  for (const member of node.body.body) {
    if (member.type === AST_NODE_TYPES.StaticBlock) return null;
    if (!('static' in member) || !member.static || member.type === AST_NODE_TYPES.TSIndexSignature) continue;
    const name = getPropertyName(member);
    if (name === null) continue;
    if (member.type === AST_NODE_TYPES.PropertyDefinition && member.value && !member.declare && !taken.has(name)) {
      fields.set(name, { key: member.key, value: member.value });
    } else {
      fields.delete(name);
    }
    taken.add(name);
  }
  return fields;
}

/** The last non-spread property of `object` whose static key is `name` (later keys win, as at run time). */
export function findProperty(object: TSESTree.ObjectExpression, name: string): TSESTree.Property | null {
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const property = object.properties[index]!;
    if (property.type === AST_NODE_TYPES.Property && getPropertyName(property) === name) return property;
  }
  return null;
}

/** `object.method(…)`; `method` may be a list; `object`, when given, is the callee object's identifier name. */
export function isMethodCall(
  node: TSESTree.Node | null | undefined,
  options: { method: string | readonly string[]; object?: string },
): node is TSESTree.CallExpression & { callee: TSESTree.MemberExpression } {
  if (node?.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = node.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getPropertyName(callee);
  if (name === null) return false;
  const methods = typeof options.method === 'string' ? [options.method] : options.method;
  if (!methods.includes(name)) return false;
  if (options.object === undefined) return true;
  const object = skipTypeWrappers(callee.object);
  return object.type === AST_NODE_TYPES.Identifier && object.name === options.object;
}

/** `receiver.method(…)` (or `receiver['method'](…)`) with `method` in `methods`: the call; else null. */
export function methodCallOfReceiver(
  receiver: TSESTree.Node,
  methods: ReadonlySet<string>,
): TSESTree.CallExpression | null {
  const member = receiver.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== receiver) return null;
  const call = member.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return null;
  const name = getPropertyName(member);
  return name !== null && methods.has(name) ? call : null;
}

/** The name a call's callee ends in: `f(…)` → `f`, `a.b.c(…)` → `c`. */
export function getCalleeName(node: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  return simpleName(skipTypeWrappers(node.callee));
}

/** The name a value is read by: an identifier's, or a member's (`config.redact` → `redact`); else null. */
export function simpleName(node: TSESTree.Node): string | null {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  return node.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(node) : null;
}

type SourceCodeLike = Readonly<TSESLint.SourceCode>;
interface TraversalStep {
  readonly phase?: number;
  readonly target?: unknown;
}

/**
 * Calls `visit` on every node of the file in pre-order. ESLint (9 and 10) computes the traversal of each file once,
 * before rules run, and `SourceCode#traverse()` returns that cached list of steps: reading it costs a fraction of a
 * walk of our own. Other hosts (no `traverse`) get an iterative walk over the visitor keys. `visit` returning
 * `false` stops the iteration.
 */
export function forEachNode(sourceCode: SourceCodeLike, visit: (node: TSESTree.Node) => boolean | void): void {
  const traverse = (sourceCode as { traverse?: () => Iterable<TraversalStep> }).traverse;
  const steps = typeof traverse === 'function' ? traverse.call(sourceCode) : null;
  if (Array.isArray(steps)) {
    for (let index = 0; index < steps.length; index++) {
      const step = steps[index] as TraversalStep;
      // Enter steps of nodes; leave steps have phase 2, code path events no phase
      if (step.phase === 1 && visit(step.target as TSESTree.Node) === false) return;
    }
    return;
  }
  walkNodes([sourceCode.ast as TSESTree.Node], sourceCode.visitorKeys, visit);
}

/**
 * Calls `visit` on every node of the file whose type is one of `types`, in pre-order: `forEachNode` for a walk that
 * looks at a few kinds of node. The type is tested here, not in a callback called for every node (a call per node
 * costs more than the test when most nodes are of other types).
 */
export function forEachNodeOfTypes(
  sourceCode: SourceCodeLike,
  types: ReadonlySet<string>,
  visit: (node: TSESTree.Node) => boolean | void,
): void {
  const traverse = (sourceCode as { traverse?: () => Iterable<TraversalStep> }).traverse;
  const steps = typeof traverse === 'function' ? traverse.call(sourceCode) : null;
  if (Array.isArray(steps)) {
    for (let index = 0; index < steps.length; index++) {
      const step = steps[index] as TraversalStep;
      if (step.phase !== 1) continue;
      const node = step.target as TSESTree.Node;
      if (types.has(node.type) && visit(node) === false) return;
    }
    return;
  }
  walkNodes([sourceCode.ast as TSESTree.Node], sourceCode.visitorKeys, (node) =>
    types.has(node.type) ? visit(node) : undefined,
  );
}

/**
 * Calls `visit` on every node below and including `roots`, in pre-order, iteratively (deep nesting cannot overflow
 * the stack). `visit` returning `false` stops the walk.
 */
export function walkNodes(
  roots: readonly TSESTree.Node[],
  visitorKeys: SourceCodeLike['visitorKeys'],
  visit: (node: TSESTree.Node) => boolean | void,
): void {
  const keysByType = visitorKeys as Record<string, readonly string[] | undefined>;
  const stack: TSESTree.Node[] = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) return;
    const keys = keysByType[node.type] ?? [];
    for (let index = keys.length - 1; index >= 0; index--) {
      const child = (node as unknown as Record<string, unknown>)[keys[index]!];
      if (Array.isArray(child)) {
        for (let item = child.length - 1; item >= 0; item--) {
          const element = child[item] as TSESTree.Node | null;
          if (element !== null && typeof element === 'object' && typeof element.type === 'string') stack.push(element);
        }
      } else if (child !== null && typeof child === 'object' && typeof (child as TSESTree.Node).type === 'string') {
        stack.push(child as TSESTree.Node);
      }
    }
  }
}

/** Most statements looked at for a function's returns. */
const MAX_RETURN_STATEMENTS = 2_000;

/**
 * The expressions a function returns (not those of nested functions); null when it cannot tell. Remembered per
 * function: several rules, and every call site of a helper, ask about the same one.
 */
export function returnedExpressions(fn: FunctionLike): readonly (TSESTree.Node | null)[] | null {
  let known = returnedByFunction.get(fn);
  if (known === undefined) {
    known = findReturnedExpressions(fn);
    returnedByFunction.set(fn, known);
  }
  return known;
}

const returnedByFunction = new WeakMap<FunctionLike, readonly (TSESTree.Node | null)[] | null>();

function findReturnedExpressions(fn: FunctionLike): (TSESTree.Node | null)[] | null {
  if (fn.body === null || fn.body === undefined) return null;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const results: (TSESTree.Node | null)[] = [];
  const stack: (TSESTree.Node | null | undefined)[] = [...fn.body.body];
  let count = 0;
  while (stack.length > 0) {
    const statement = stack.pop();
    if (statement === null || statement === undefined) continue;
    if (++count > MAX_RETURN_STATEMENTS) return null;
    switch (statement.type) {
      case AST_NODE_TYPES.ReturnStatement:
        results.push(statement.argument);
        break;
      case AST_NODE_TYPES.BlockStatement:
        stack.push(...statement.body);
        break;
      case AST_NODE_TYPES.IfStatement:
        stack.push(statement.consequent, statement.alternate);
        break;
      case AST_NODE_TYPES.TryStatement:
        stack.push(statement.block, statement.handler?.body, statement.finalizer);
        break;
      case AST_NODE_TYPES.SwitchStatement:
        for (const switchCase of statement.cases) stack.push(...switchCase.consequent);
        break;
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.LabeledStatement:
      case AST_NODE_TYPES.WithStatement:
        stack.push(statement.body);
        break;
      default:
        break;
    }
  }
  return results;
}

/**
 * The one value a function returns: its expression body, or the argument of its only `return` (nested functions'
 * returns aside); null when it returns in several places or nothing.
 */
export function singleReturnedValue(fn: FunctionLike): TSESTree.Node | null {
  const returned = returnedExpressions(fn);
  return returned?.length === 1 ? (returned[0] ?? null) : null;
}

/** Nodes `forEachOwnNode` visits at most (a bound for huge files). */
const MAX_OWN_WALK_NODES = 50_000;

/**
 * Visit the nodes below `root`, not entering nested classes, nor nested functions unless `enterFunctions` (a
 * function's returns are its own; a class's `this.m()` calls are in its methods); `'arrows'` enters arrow
 * functions only (they keep the `this` of the code around them). Bounded.
 */
export function forEachOwnNode(
  root: TSESTree.Node,
  visitorKeys: SourceCodeLike['visitorKeys'],
  enterFunctions: boolean | 'arrows',
  visit: (node: TSESTree.Node) => void,
): void {
  walkOwnNodes(root, visitorKeys, enterFunctions, visit, false);
}

/**
 * Does statement `root` hold a node `test` accepts, outside nested functions (a declared function holds none of its
 * own: its `return` does not leave the code around it)?
 */
export function holdsOwnNode(
  root: TSESTree.Node,
  visitorKeys: SourceCodeLike['visitorKeys'],
  test: (node: TSESTree.Node) => boolean,
): boolean {
  return !isFunctionLike(root) && someOwnNode(root, visitorKeys, false, test);
}

/** Does `test` hold for one of the nodes `forEachOwnNode` visits? Stops at the first that it holds for. */
export function someOwnNode(
  root: TSESTree.Node,
  visitorKeys: SourceCodeLike['visitorKeys'],
  enterFunctions: boolean | 'arrows',
  test: (node: TSESTree.Node) => boolean,
): boolean {
  return walkOwnNodes(root, visitorKeys, enterFunctions, test, true);
}

/** The walk of `forEachOwnNode`; with `stops`, it ends (true) at the first node `visit` answers true for. */
function walkOwnNodes(
  root: TSESTree.Node,
  visitorKeys: SourceCodeLike['visitorKeys'],
  enterFunctions: boolean | 'arrows',
  visit: (node: TSESTree.Node) => boolean | void,
  stops: boolean,
): boolean {
  const keysByType = visitorKeys as Record<string, readonly string[] | undefined>;
  const stack: TSESTree.Node[] = [root];
  for (let budget = 0; stack.length > 0 && budget < MAX_OWN_WALK_NODES; budget++) {
    const node = stack.pop()!;
    // A visitor of `forEachOwnNode` may return something (`(node) => calls.add(node)`): only `someOwnNode` stops
    if (visit(node) === true && stops) return true;
    const skipped =
      enterFunctions === true
        ? false
        : enterFunctions === 'arrows'
          ? isFunctionLike(node) && node.type !== AST_NODE_TYPES.ArrowFunctionExpression
          : isFunctionLike(node);
    const nested = node !== root && (skipped || node.type === AST_NODE_TYPES.ClassBody);
    if (nested) continue;
    for (const key of keysByType[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      const children = Array.isArray(child) ? child : [child];
      for (const element of children) {
        if (element !== null && typeof element === 'object' && typeof (element as TSESTree.Node).type === 'string') {
          stack.push(element as TSESTree.Node);
        }
      }
    }
  }
  return false;
}

/**
 * The deepest node whose range holds `index` (`range[0] <= index < range[1]`), as `SourceCode#getNodeByRangeIndex`
 * answers, or null. That method walks every earlier sibling at each level with ESLint's generic traverser; this one
 * descends by the visitor keys, taking the first child that holds the index, and finds it in a long child list (a
 * class body, a module's statements) by binary search.
 */
export function nodeAtIndex(sourceCode: Readonly<TSESLint.SourceCode>, index: number): TSESTree.Node | null {
  const root = sourceCode.ast as TSESTree.Node;
  if (!holdsIndex(root, index)) return null;
  const keysByType = sourceCode.visitorKeys as Record<string, readonly string[] | undefined>;
  let node = root;
  for (let depth = 0; depth < 100_000; depth++) {
    const next = childHolding(node, keysByType[node.type] ?? [], index);
    if (next === null) return node;
    node = next;
  }
  return node;
}

function holdsIndex(node: unknown, index: number): node is TSESTree.Node {
  if (node === null || typeof node !== 'object' || typeof (node as TSESTree.Node).type !== 'string') return false;
  const range = (node as TSESTree.Node).range;
  return range[0] <= index && index < range[1];
}

/** The first child of `node` (in visitor-key order) whose range holds `index`, or null. */
function childHolding(node: TSESTree.Node, keys: readonly string[], index: number): TSESTree.Node | null {
  for (const key of keys) {
    const child = (node as unknown as Record<string, unknown>)[key];
    const found = Array.isArray(child) ? listItemHolding(child, index) : holdsIndex(child, index) ? child : null;
    if (found !== null) return found;
  }
  return null;
}

/**
 * The item of a child list (in source order, not overlapping) whose range holds `index`, by binary search; a hole
 * (`[a, , b]`) met on the way sends it through the list one by one.
 */
function listItemHolding(list: readonly unknown[], index: number): TSESTree.Node | null {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = list[middle];
    if (item === null || typeof item !== 'object' || typeof (item as TSESTree.Node).type !== 'string') {
      for (const each of list) if (holdsIndex(each, index)) return each;
      return null;
    }
    const range = (item as TSESTree.Node).range;
    if (range[1] <= index) low = middle + 1;
    else if (range[0] > index) high = middle - 1;
    else return item as TSESTree.Node;
  }
  return null;
}

/**
 * The index of the item of `items` (sorted by position, not overlapping: statements, tokens, comments) whose range
 * holds `position`, or -1. A binary search.
 */
export function indexOfRangeAt(items: readonly { range: readonly [number, number] }[], position: number): number {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = items[middle]!.range;
    if (range[1] <= position) low = middle + 1;
    else if (range[0] > position) high = middle - 1;
    else return middle;
  }
  return -1;
}

/**
 * The range of `node` with the parentheses around it (`((a))` for `a`), not counting the parentheses of the call or
 * `new` whose argument list it is in (`f((a))` → `(a)`). A fix that replaces or removes an argument by its node's
 * range would leave an unbalanced `(` `)`, or turn `(a)` into the comma expression `(a, b)`.
 */
export function parenthesizedRange(node: TSESTree.Node, sourceCode: SourceCodeLike): [number, number] {
  let start = node.range[0];
  let end = node.range[1];
  const parent = node.parent;
  // Parentheses a statement writes around its expression (`if (a)`) are its own: not looked through
  if (parent !== undefined && PARENTHESISED_STATEMENTS.has(parent.type)) return [start, end];
  let listOpen = -1;
  if (
    (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
    parent.callee !== node
  ) {
    // The first `(` after the callee (and type arguments) opens the argument list; `)` of a parenthesised callee
    // comes before it
    const open = sourceCode.getTokenAfter(parent.typeArguments ?? parent.callee, isOpeningParenthesis);
    listOpen = open?.range[0] ?? -1;
  }
  for (;;) {
    const before = sourceCode.getTokenBefore({ range: [start, end] } as TSESTree.Node);
    const after = sourceCode.getTokenAfter({ range: [start, end] } as TSESTree.Node);
    if (before === null || after === null || !isOpeningParenthesis(before) || before.range[0] === listOpen) break;
    if (after.type !== 'Punctuator' || after.value !== ')') break;
    start = before.range[0];
    end = after.range[1];
  }
  return [start, end];
}

const PARENTHESISED_STATEMENTS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.IfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.SwitchStatement,
  AST_NODE_TYPES.WithStatement,
]);

function isOpeningParenthesis(token: TSESTree.Token): boolean {
  return token.type === 'Punctuator' && token.value === '(';
}

/**
 * The names of a member chain, outermost object first (`this.policy.doc` → `['this', 'policy', 'doc']`, `role.Resources['R']`
 * → `['role', 'Resources', 'R']`); null when a part is neither a name nor a member with a static name.
 */
export function memberPathNames(node: TSESTree.Node): string[] | null {
  const chain = memberChain(node);
  if (chain === null) return null;
  const { base, names } = chain;
  if (base.type === AST_NODE_TYPES.Identifier) return [base.name, ...names];
  return base.type === AST_NODE_TYPES.ThisExpression ? ['this', ...names] : null;
}

/**
 * Array methods whose callback gets each element as its first parameter (`list.forEach((item) => …)`), run for
 * every element or until one answers: the callback's parameter stands for any element of the list.
 */
export const ELEMENT_CALLBACK_METHODS: ReadonlySet<string> = new Set([
  'forEach',
  'map',
  'flatMap',
  'filter',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'some',
  'every',
]);

/**
 * What a loop variable or an element callback's parameters take their elements from: for the declarator of a
 * `for…of` loop (not `for await`), the value iterated; for a function that is the first argument of an element
 * method (`list.forEach((item) => …)`, ELEMENT_CALLBACK_METHODS), the list. Null for anything else. The caller checks
 * which name of the declarator or parameter it asks about.
 */
export function iteratedBy(defined: TSESTree.Node): TSESTree.Node | null {
  if (defined.type === AST_NODE_TYPES.VariableDeclarator) {
    const loop = defined.parent.parent;
    return loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === defined.parent && !loop.await ? loop.right : null;
  }
  if (defined.type !== AST_NODE_TYPES.ArrowFunctionExpression && defined.type !== AST_NODE_TYPES.FunctionExpression) {
    return null;
  }
  const call = defined.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== defined) return null;
  const callee = skipTypeWrappers(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = getPropertyName(callee);
  return method !== null && ELEMENT_CALLBACK_METHODS.has(method) ? callee.object : null;
}
