import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  ELEMENT_CALLBACK_METHODS,
  forEachOwnNode,
  getPropertyName,
  isFunctionLike,
  isInside,
  isTypeWrapper,
  iteratedBy,
  LOOP_TYPES,
  memberChain,
  outermostTypeWrapper,
  skipTypeWrappers,
  staticClassFields,
} from './ast.js';
import { declaredTypeOf, onceBoundDeclarator, resolveModuleRef } from './modules.js';
import { GLOBAL_OBJECT_NAMES, isCharCodeMethod, isGlobalDecoderName } from './string-folds.js';

/**
 * Static evaluation of expressions: "what value does this expression have?".
 *
 * The answer is a {@link StaticValue}; anything that cannot be proven is `{ kind: 'unknown' }` and rules stay quiet
 * on it. Evaluation is bounded (nesting depth, identifier hops, a work budget, string/array/object size caps) and
 * never throws. Resolved identifiers are cached per file (WeakMap keyed by the Program node).
 *
 * Notes on the shape of answers:
 * - `node` of a value is where the value is *written*: `const A = 'x'; f(A)` gives a string whose node is the
 *   literal `'x'` (the rule already knows the node it asked about).
 * - `JSON.stringify(x)` evaluates to the value of `x` itself (the object/array, not a string), because rules treat
 *   it as the data it serialises. Where it is used as a string (`'p=' + JSON.stringify(x)`), the JSON text is
 *   computed. `JSON.parse(s)` of a known string is always parsed; `parseJson: true` also parses any string value
 *   holding a JSON object/array (≤ 1 MB), at any depth of the result.
 * - In arrays, an unknown spread (`[...xs]`) or an unknown `concat` argument becomes ONE unknown element whose node
 *   is the SpreadElement (or the argument); it may stand for any number of elements, so indices after it are
 *   unknown. `xs.concat(…)` on an unknown `xs` starts with such an element (node: `xs`) when a part is a known
 *   array or object (see unknownConcatValue).
 * - An unknown computed key (`{ [k]: v }`) sets `hasUnknownKeys` (earlier keys keep their values); an unknown spread
 *   (`{ a: 1, ...x }`) makes the keys before it unknown and sets `hasUnknownKeys`.
 * - A `const` array/object that is visibly mutated (`X.push(…)`, `X.k = …`, `delete X.k`, `Object.assign(X, …)`)
 *   is unknown. Mutation through an alias or inside a called function is not tracked.
 * - Returned values may be shared with the per-file cache: treat them as read-only.
 */

/** One piece of a string value, with the node it came from (for exact report locations). */
export interface StringSegment {
  /** Cooked text of this piece (escapes resolved). */
  text: string;
  /** The Literal / TemplateElement / other node the text comes from; null when synthesised (e.g. join separators from elsewhere). */
  node: TSESTree.Node | null;
  /** Offset of `text` inside the node's cooked value (a piece can be a slice of a literal). */
  offset: number;
  /**
   * True when `text` is the RAW text of a TemplateElement (`String.raw`): then `offset` counts raw characters and
   * source positions map one to one (line breaks normalised to `\n`).
   */
  raw?: boolean;
}

export type StaticValue =
  | { kind: 'string'; value: string; node: TSESTree.Node; segments: StringSegment[] }
  /** A template literal or concatenation with unknown parts: `parts[i]` is a known segment or null (a gap). */
  | { kind: 'partial-string'; node: TSESTree.Node; parts: (StringSegment | null)[] }
  | { kind: 'number'; value: number; node: TSESTree.Node }
  | { kind: 'boolean'; value: boolean; node: TSESTree.Node }
  | { kind: 'null'; node: TSESTree.Node }
  | { kind: 'undefined'; node: TSESTree.Node }
  /** Unknown elements are `{ kind: 'unknown' }`; known ones still count. `node` of each element is where it is written. */
  | { kind: 'array'; node: TSESTree.Node; elements: StaticValue[] }
  /** Keys in insertion order; right-most wins; an unknown spread after a key makes that key unknown. */
  | { kind: 'object'; node: TSESTree.Node; properties: Map<string, StaticProperty>; hasUnknownKeys: boolean }
  | { kind: 'unknown'; node: TSESTree.Node | null };

export interface StaticProperty {
  value: StaticValue;
  /** The Property node (or null when it came from parsed JSON text). */
  property: TSESTree.Property | null;
  /** The key node, for reporting on a key. */
  keyNode: TSESTree.Node | null;
}

export interface StaticValueOptions {
  /** Parse strings that hold JSON text (`'{"Statement": …}'`) into objects/arrays. Default false. */
  parseJson?: boolean;
  /**
   * Decode `Buffer.from(s, 'base64' | 'hex')`, `atob(s)`, `decodeURIComponent(s)`, `decodeURI(s)` (also called on
   * `globalThis` / `window` / `self` / `global`). Default false.
   */
  decode?: boolean;
}

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;
type StringValue = Extract<StaticValue, { kind: 'string' }>;
type Part = StringSegment | null;

/** Nested evaluation levels before giving up. */
const MAX_DEPTH = 64;
/** Identifier hops (`const a = b; const b = c; …`). */
const MAX_HOPS = 16;
/** Evaluation steps per query (bounds work on pathological input, e.g. exponential sharing). */
const MAX_STEPS = 250_000;
/** Longest string value (UTF-16 code units). */
const MAX_STRING = 5 * 1024 * 1024;
/** Most elements in an array, keys in an object, parts in a string. */
const MAX_ITEMS = 100_000;
/** Longest string `parseJson` looks at. */
const MAX_JSON = 1024 * 1024;

const MUTATING_METHODS = new Set([
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
  'set',
  'add',
  'delete',
  'clear',
]);
const MUTATING_FUNCTIONS: Record<string, readonly string[]> = {
  Object: ['assign', 'defineProperty', 'defineProperties', 'setPrototypeOf'],
  Reflect: ['set', 'defineProperty', 'deleteProperty', 'setPrototypeOf'],
};

/** Per-file state: resolved identifiers, mutation checks, and markers on values. */
interface FileCache {
  /** Resolved once-bound variables, one map without and one with `decode`. */
  variables: [Map<Variable, StaticValue>, Map<Variable, StaticValue>];
  mutated: Map<Variable, boolean>;
  /** `isReadOnlyArray` answers (each loop over a list asks about it again). */
  readOnlyArrays: Map<Variable, boolean>;
  /** Unknown array elements that may stand for any number of elements (unknown spreads). */
  runs: WeakSet<StaticValue>;
  /** Values produced by `JSON.stringify(x)`: the data of `x`, but JSON text when used as a string. */
  jsonText: WeakSet<StaticValue>;
  /** The `space` argument of such a `JSON.stringify(x, null, space)`. */
  jsonSpaces: WeakMap<StaticValue, TSESTree.Expression>;
  /** Static fields of the file's classes (see `classFieldsOf`), by class. */
  classFields: Map<TSESTree.Node, ClassFields | null>;
}

type ClassFields = NonNullable<ReturnType<typeof staticClassFields>>;

const fileCaches = new WeakMap<TSESTree.Program, FileCache>();

function getFileCache(sourceCode: SourceCode): FileCache {
  let cache = fileCaches.get(sourceCode.ast);
  if (!cache) {
    cache = {
      variables: [new Map(), new Map()],
      mutated: new Map(),
      readOnlyArrays: new Map(),
      runs: new WeakSet(),
      jsonText: new WeakSet(),
      jsonSpaces: new WeakMap(),
      classFields: new Map(),
    };
    fileCaches.set(sourceCode.ast, cache);
  }
  return cache;
}

interface Context {
  sourceCode: SourceCode;
  decode: boolean;
  cache: FileCache;
  depth: number;
  hops: number;
  steps: number;
  /** Incremented whenever a limit or the cycle guard cut evaluation short (such results are not cached). */
  cutoffs: number;
  resolving: Set<Variable>;
  /**
   * Variables resolved during this query, including results cut short by a limit (those are not cached per file,
   * but reusing them within the query keeps shared sub-values linear; a cut-short answer only has more unknowns).
   */
  resolved: Map<Variable, StaticValue>;
  /** parseJson results per value (shared sub-values are walked once). */
  parsed: Map<StaticValue, StaticValue>;
  /** ToString of arrays per value (shared sub-arrays are joined once). */
  joined: Map<StaticValue, Part[]>;
}

function unknown(node: TSESTree.Node | null): StaticValue {
  return { kind: 'unknown', node };
}

function stringValue(value: string, node: TSESTree.Node, segments: StringSegment[]): StringValue {
  return { kind: 'string', value, node, segments };
}

function literalString(node: TSESTree.Node, text: string): StringValue {
  return stringValue(text, node, [{ text, node, offset: 0 }]);
}

// ---------------------------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------------------------

/** The static value of `node` in the scope where it appears. Never throws; unknown on anything unexpected. */
export function getStaticValue(node: TSESTree.Node, sourceCode: SourceCode, options?: StaticValueOptions): StaticValue {
  try {
    const ctx = createContext(sourceCode, options?.decode === true);
    const value = evaluate(node, ctx);
    return options?.parseJson === true ? parseJsonDeep(value, ctx, 0) : value;
  } catch {
    return unknown(node);
  }
}

/**
 * The string that joining the values of `nodes` with nothing between them makes (`[a, b].join('')`: null and
 * undefined add nothing), as the value of `owner`: for a call that builds its result so from its arguments (Pulumi's
 * `concat(…)`). Unknown when an argument is spread.
 */
export function getJoinedValue(
  owner: TSESTree.Node,
  nodes: readonly TSESTree.Node[],
  sourceCode: SourceCode,
  options?: StaticValueOptions,
): StaticValue {
  try {
    if (nodes.some((node) => node.type === AST_NODE_TYPES.SpreadElement)) return unknown(owner);
    const ctx = createContext(sourceCode, options?.decode === true);
    const elements = nodes.map((node) => evaluate(node, ctx));
    const builder = new StringBuilder(ctx);
    builder.pushAll(joinParts({ kind: 'array', node: owner, elements }, [], ctx, 0));
    const value = builder.result(owner);
    return options?.parseJson === true ? parseJsonDeep(value, ctx, 0) : value;
  } catch {
    return unknown(owner);
  }
}

function createContext(sourceCode: SourceCode, decode: boolean): Context {
  return {
    sourceCode,
    decode,
    cache: getFileCache(sourceCode),
    depth: 0,
    hops: 0,
    steps: 0,
    cutoffs: 0,
    resolving: new Set(),
    resolved: new Map(),
    parsed: new Map(),
    joined: new Map(),
  };
}

/**
 * A `const` array that later code only extends (`const xs = ['a', 'b']; … xs.push(c)`, `xs.unshift(c)`), which
 * getStaticValue gives as unknown: its written elements, with one unknown run where elements are added (before them
 * for `unshift`, after them for `push`). Null for anything else: another binding, no such call, or any other change
 * (`splice`, `pop`, `xs[0] = …`, `xs.length = 0`, `Object.assign(xs, …)`). For callers to whom added elements can
 * only add (the actions a policy grants). As in getStaticValue, a change through an alias or inside a called
 * function is not seen.
 */
export function getExtendedArray(node: TSESTree.Node, sourceCode: SourceCode): StaticValue | null {
  const extended = readExtendedArray(node, sourceCode);
  if (extended === null) return null;
  const { value, pushed, unshifted, ctx } = extended;
  const run = (calls: readonly TSESTree.CallExpression[]): StaticValue[] => {
    if (calls.length === 0) return [];
    const element = unknown(calls[0]!);
    ctx.cache.runs.add(element);
    return [element];
  };
  return { kind: 'array', node: value.node, elements: [...run(unshifted), ...value.elements, ...run(pushed)] };
}

/** `push` / `unshift` calls whose arguments are read into a grown list, at most. */
const MAX_GROWING_CALLS = 16;

/**
 * A `const` array written as a literal that later code only grows with `push` / `unshift` (`const statements = [];
 * statements.push({ Effect: 'Allow', … })`): the elements it is written with and those each call adds (an `unshift`'s
 * before them, a `push`'s after, in the order of the text; a spread argument is an unknown run). A call may not run
 * (it can sit in a branch or a loop): for callers to whom every element the list may hold counts (the statements of
 * a policy). Null as for `getExtendedArray`, and past `MAX_GROWING_CALLS` calls.
 */
export function getGrownArray(node: TSESTree.Node, sourceCode: SourceCode): StaticValue | null {
  const extended = readExtendedArray(node, sourceCode);
  if (extended === null) return null;
  const { value, pushed, unshifted, ctx } = extended;
  if (pushed.length + unshifted.length > MAX_GROWING_CALLS) return null;
  try {
    return grown(value, pushed, unshifted, ctx);
  } catch {
    return null;
  }
}

/**
 * `array` with what `push` calls add after its elements and `unshift` calls before them (both in the order of the
 * text; the last `unshift`'s elements come first); a spread argument is an unknown run.
 */
function grown(
  array: StaticValue & { kind: 'array' },
  pushed: readonly TSESTree.CallExpression[],
  unshifted: readonly TSESTree.CallExpression[],
  ctx: Context,
): StaticValue {
  const added = (call: TSESTree.CallExpression): StaticValue[] =>
    call.arguments.map((argument) => {
      if (argument.type !== AST_NODE_TYPES.SpreadElement) return evaluate(argument, ctx);
      const run = unknown(argument);
      ctx.cache.runs.add(run);
      return run;
    });
  const before = [...unshifted].reverse().flatMap(added);
  return { kind: 'array', node: array.node, elements: [...before, ...array.elements, ...pushed.flatMap(added)] };
}

/**
 * An array literal written as a property of an object literal that a name is bound to once (`const policy = {
 * Version: '2012-10-17', Statement: [] }`), grown through that name with `push` / `unshift` (`policy.Statement.push({
 * … })`): the elements it is written with and those each call adds, as `getGrownArray` reads a list bound to a name
 * of its own. Null when nothing is pushed, past `MAX_GROWING_CALLS` calls, and when any use of the name may change
 * the list otherwise (`policy.Statement = …`, `policy.Statement.splice(…)`, `policy[key] = …`, `Object.assign(policy,
 * …)`).
 */
export function getGrownMemberArray(node: TSESTree.Node, sourceCode: SourceCode): StaticValue | null {
  const written = outermostTypeWrapper(node);
  const property = written.parent;
  if (skipTypeWrappers(node).type !== AST_NODE_TYPES.ArrayExpression) return null;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== written || property.kind !== 'init') return null;
  const key = property.computed ? null : getPropertyName(property);
  const declarator = outermostTypeWrapper(property.parent).parent;
  if (key === null || declarator?.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.init === null) return null;
  if (outermostTypeWrapper(property.parent) !== declarator.init) return null;
  try {
    const ctx = createContext(sourceCode, false);
    const variable = sourceCode.getDeclaredVariables(declarator)[0];
    if (variable === undefined || onceBoundDeclarator(variable) !== declarator) return null;
    const pushed: TSESTree.CallExpression[] = [];
    const unshifted: TSESTree.CallExpression[] = [];
    for (const reference of variable.references) {
      if (reference.init) continue;
      if (!tick(ctx)) return null;
      const identifier = reference.identifier as TSESTree.Node;
      const receiver = outermostTypeWrapper(identifier);
      const list = receiver.parent;
      const listName =
        list?.type === AST_NODE_TYPES.MemberExpression && list.object === receiver ? staticMemberName(list) : null;
      if (listName !== null && listName !== key) continue; // another property (`policy.Version`)
      const growing = listName === key ? growingCall(outermostTypeWrapper(list!)) : null;
      if (growing !== null) {
        (growing.method === 'push' ? pushed : unshifted).push(growing.call);
        continue;
      }
      if (referenceMutates(identifier, ctx)) return null;
    }
    const count = pushed.length + unshifted.length;
    if (count === 0 || count > MAX_GROWING_CALLS) return null;
    const value = evaluate(skipTypeWrappers(node), ctx);
    if (value.kind !== 'array') return null;
    return grown(value, pushed.sort(inTextOrder), unshifted.sort(inTextOrder), ctx);
  } catch {
    return null;
  }
}

/**
 * `getGrownArray`, else (past `MAX_GROWING_CALLS` calls, a spread, …) `getExtendedArray`: every element the list may
 * hold where that can be read, else at least what it was written with.
 */
export function getGrownOrExtendedArray(node: TSESTree.Node, sourceCode: SourceCode): StaticValue | null {
  return getGrownArray(node, sourceCode) ?? getExtendedArray(node, sourceCode);
}

function inTextOrder(a: TSESTree.Node, b: TSESTree.Node): number {
  return a.range[0] - b.range[0];
}

/** `list.push(…)` / `list.unshift(…)` called on `list` (the node itself): the call and which; null for any other use. */
export function growingCall(list: TSESTree.Node): { call: TSESTree.CallExpression; method: 'push' | 'unshift' } | null {
  const member = list.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== list) return null;
  const method = staticMemberName(member);
  const call = member.parent;
  if (method !== 'push' && method !== 'unshift') return null;
  return call?.type === AST_NODE_TYPES.CallExpression && call.callee === member ? { call, method } : null;
}

/**
 * The shared reading of `getExtendedArray` and `getGrownArray`: the value written, and the `push` and `unshift`
 * calls on its name (in the order of the text; at least one); null for anything else.
 */
function readExtendedArray(
  node: TSESTree.Node,
  sourceCode: SourceCode,
): { value: StaticValue & { kind: 'array' }; pushed: TSESTree.CallExpression[]; unshifted: TSESTree.CallExpression[]; ctx: Context } | null {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return null;
  try {
    const ctx = createContext(sourceCode, false);
    const variable = findVariable(target, ctx);
    // Bound once, at its declaration, with a value: here a `const` named as such (not destructured), not `declare`d
    const declarator = variable === null ? null : onceBoundDeclarator(variable);
    if (
      variable === null ||
      declarator?.id.type !== AST_NODE_TYPES.Identifier ||
      declarator.parent.kind !== 'const' ||
      declarator.parent.declare
    ) {
      return null;
    }
    const init = skipTypeWrappers(declarator.init!);
    if (init.type !== AST_NODE_TYPES.ArrayExpression) return null;
    const pushed: TSESTree.CallExpression[] = [];
    const unshifted: TSESTree.CallExpression[] = [];
    for (const reference of variable.references) {
      if (reference.init) continue;
      if (!tick(ctx)) return null;
      const identifier = reference.identifier as TSESTree.Node;
      // `statements!.push(…)`, `(statements as Statement[]).push(…)`: the list itself
      const growing = growingCall(outermostTypeWrapper(identifier));
      if (growing !== null) (growing.method === 'push' ? pushed : unshifted).push(growing.call);
      else if (referenceMutates(identifier, ctx)) return null;
    }
    if (pushed.length === 0 && unshifted.length === 0) return null;
    const value = evaluate(init, ctx);
    if (value.kind !== 'array') return null;
    return { value, pushed: pushed.sort(inTextOrder), unshifted: unshifted.sort(inTextOrder), ctx };
  } catch {
    return null;
  }
}

/**
 * The values a loop variable takes, when `node` names one and the iterated array is known: `for (const verb of
 * ['GET', 'POST'])`, or of a `const` bound to an array literal, or the first parameter of an array method's callback
 * (`VERBS.forEach((verb) => …)`). An element that cannot be resolved is an unknown value (one that was a spread of
 * unknown elements may stand for any number of values): callers that need every value check them. Null otherwise:
 * another binding, a destructuring pattern, a variable assigned in the body, an iterated value that is not an array
 * literal or such a `const`, or a `const` that may be changed (see `isReadOnlyArray`).
 */
export function getLoopValues(node: TSESTree.Node, sourceCode: SourceCode): readonly StaticValue[] | null {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return null;
  try {
    const variable = ASTUtils.findVariable(sourceCode.getScope(target), target.name);
    if (!variable || variable.defs.length !== 1) return null;
    if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return null;
    const defined = variable.defs[0]!.node as TSESTree.Node;
    const name = variable.defs[0]!.name;
    // What each element is bound to: the name itself, or a pattern around it (`for (const { path } of ROUTES)`);
    // `['GET', 'POST'].forEach((verb) => …)`: the callback's first parameter is each element
    let binding: TSESTree.Node | undefined;
    if (defined.type === AST_NODE_TYPES.VariableDeclarator) binding = defined.id;
    else if (isFunctionLike(defined) && defined.params[0] !== undefined && isInside(name, defined.params[0])) {
      binding = defined.params[0];
    }
    const iteratedNode = binding === undefined ? null : iteratedBy(defined);
    if (binding === undefined || iteratedNode === null) return null;
    // Destructured: object keys only (a default may stand for an element's missing key)
    const path = patternPath(binding, name);
    if (path === null || path.some((step) => !('key' in step))) return null;
    const keys = path.map((step) => (step as { key: string }).key);
    const iterated = skipTypeWrappers(iteratedNode);
    const ctx = createContext(sourceCode, false);
    // `for (const s of STATEMENTS) { s.Resource = arn; … }`: an element changed through the loop variable (a
    // member written, a mutating method called) is not the element written in the list
    if (isMutated(variable, ctx)) return null;
    if (iterated.type !== AST_NODE_TYPES.ArrayExpression) {
      if (iterated.type !== AST_NODE_TYPES.Identifier) return null;
      const array = findVariable(iterated, ctx);
      if (array === null || !isReadOnlyArray(array, ctx)) return null;
    }
    const value = getStaticValue(iterated, sourceCode);
    if (value.kind !== 'array') return null;
    return keys.length === 0 ? value.elements : value.elements.map((element) => memberOfElement(element, keys));
  } catch {
    return null;
  }
}

/**
 * The values a member chain rooted at a loop variable takes (`route.path` in `for (const route of ROUTES)`): each
 * element's member (see getLoopValues); an element that is not an object literal, or whose keys cannot all be read,
 * gives an unknown value. The loop variable alone gives its values. Null when the root is no such variable.
 */
export function getLoopMemberValues(node: TSESTree.Node, sourceCode: SourceCode): readonly StaticValue[] | null {
  const chain = memberChain(node);
  if (chain === null || chain.base.type !== AST_NODE_TYPES.Identifier) return null;
  const looped = getLoopValues(chain.base, sourceCode);
  if (looped === null || chain.names.length === 0) return looped;
  return looped.map((element) => memberOfElement(element, chain.names));
}

/**
 * `element.a.b` (or `element[0]`) of an element known statically: unknown where an object's keys are not all known
 * or an array's places may be moved by an unknown spread.
 */
function memberOfElement(element: StaticValue, keys: readonly string[]): StaticValue {
  let current = element;
  for (const key of keys) {
    if (current.kind === 'array') {
      const index = Number(key);
      // An unknown spread (a run of any length) moves the places after it; an unknown value written there does not
      const spread = current.elements.some(
        (item) => item.kind === 'unknown' && item.node?.type === AST_NODE_TYPES.SpreadElement,
      );
      if (!Number.isInteger(index) || spread) return unknown(current.node);
      current = current.elements[index] ?? { kind: 'undefined', node: current.node };
      continue;
    }
    if (current.kind !== 'object' || current.hasUnknownKeys) return unknown(current.node);
    current = current.properties.get(key)?.value ?? { kind: 'undefined', node: current.node };
  }
  return current;
}

/** Names bound once to a name (`const a = b`) followed to the choice one of them holds. */
const MAX_CHOICE_NAME_HOPS = 4;

/**
 * The two values of a choice made at run time, for a value getStaticValue could not resolve through it (its
 * `node`): `cond ? a : b` gives `a` or `b`; `a ?? b`, `a || b` and `a && b` give `a` on some runs and `b` on others.
 * Written in place or bound once, at its declaration, to a name (`const actions = dev ? ['s3:*'] : […]`) that no
 * code changes through (`actions.push(…)`). Null for any other node. Which branch is taken is not known: callers
 * that report on a branch's value say so, and callers that need both read both.
 */
export function getChoiceBranches(
  node: TSESTree.Node | null,
  sourceCode: SourceCode,
): readonly [TSESTree.Expression, TSESTree.Expression] | null {
  let current = node === null ? null : skipTypeWrappers(node);
  for (let hop = 0; current !== null && hop <= MAX_CHOICE_NAME_HOPS; hop++) {
    if (current.type === AST_NODE_TYPES.ConditionalExpression) return [current.consequent, current.alternate];
    if (current.type === AST_NODE_TYPES.LogicalExpression) return [current.left, current.right];
    if (current.type !== AST_NODE_TYPES.Identifier) return null;
    current = onceBoundChoice(current, sourceCode);
  }
  return null;
}

/**
 * `typeof x === 'string' ? [x] : x`, `Array.isArray(x) ? x : [x]` (and the negated tests): a name made a list
 * whichever it held, where a list of strings and a string mean the same (an IAM statement's fields). The name, else
 * null.
 */
function listNormalised(node: TSESTree.ConditionalExpression): TSESTree.Identifier | null {
  let test: TSESTree.Node = skipTypeWrappers(node.test);
  let negated = false;
  while (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!') {
    negated = !negated;
    test = skipTypeWrappers(test.argument);
  }
  let name: TSESTree.Node | null = null;
  // Whether the test is true for the list form (`Array.isArray(x)`) rather than for the string (`typeof x === …`)
  let trueForList = false;
  if (test.type === AST_NODE_TYPES.BinaryExpression && ['===', '==', '!==', '!='].includes(test.operator)) {
    const [typeOf, kind] =
      test.left.type === AST_NODE_TYPES.UnaryExpression ? [test.left, test.right] : [test.right, test.left];
    if (typeOf.type !== AST_NODE_TYPES.UnaryExpression || typeOf.operator !== 'typeof') return null;
    if (kind.type !== AST_NODE_TYPES.Literal || kind.value !== 'string') return null;
    name = skipTypeWrappers(typeOf.argument);
    if (test.operator.startsWith('!')) negated = !negated;
  } else if (test.type === AST_NODE_TYPES.CallExpression && test.arguments.length === 1) {
    const callee = skipTypeWrappers(test.callee);
    if (
      callee.type !== AST_NODE_TYPES.MemberExpression ||
      callee.object.type !== AST_NODE_TYPES.Identifier ||
      callee.object.name !== 'Array' ||
      getPropertyName(callee) !== 'isArray'
    ) {
      return null;
    }
    name = skipTypeWrappers(test.arguments[0]!);
    trueForList = true;
  }
  if (name?.type !== AST_NODE_TYPES.Identifier) return null;
  const [listBranch, asIs] = trueForList !== negated ? [node.alternate, node.consequent] : [node.consequent, node.alternate];
  const wrapped = skipTypeWrappers(listBranch);
  const plain = skipTypeWrappers(asIs);
  const sameName = (candidate: TSESTree.Node | null | undefined): boolean =>
    candidate?.type === AST_NODE_TYPES.Identifier && candidate.name === name.name;
  if (!sameName(plain) || wrapped.type !== AST_NODE_TYPES.ArrayExpression || wrapped.elements.length !== 1) return null;
  const element = wrapped.elements[0];
  return element != null && element.type !== AST_NODE_TYPES.SpreadElement && sameName(skipTypeWrappers(element))
    ? (plain as TSESTree.Identifier)
    : null;
}

/** The value a name is bound to once, at its declaration, when nothing changes it through the name; else null. */
function onceBoundChoice(identifier: TSESTree.Identifier, sourceCode: SourceCode): TSESTree.Node | null {
  try {
    const ctx = createContext(sourceCode, false);
    const variable = findVariable(identifier, ctx);
    const declarator = variable === null ? null : onceBoundDeclarator(variable);
    if (variable === null || declarator?.id.type !== AST_NODE_TYPES.Identifier || declarator.init === null) return null;
    if (declarator.parent.declare) return null;
    const changed = variable.references.some(
      (reference) => !reference.init && (!tick(ctx) || referenceMutates(reference.identifier as TSESTree.Node, ctx)),
    );
    return changed ? null : skipTypeWrappers(declarator.init);
  } catch {
    return null;
  }
}

/** Array methods that read the array and leave it as it is (a callback among their arguments is checked apart). */
const READING_METHODS: ReadonlySet<string> = new Set([
  ...ELEMENT_CALLBACK_METHODS,
  'at',
  'concat',
  'entries',
  'flat',
  'includes',
  'indexOf',
  'join',
  'keys',
  'lastIndexOf',
  'reduce',
  'reduceRight',
  'slice',
  'toReversed',
  'toSorted',
  'toSpliced',
  'toString',
  'values',
  'with',
]);

/**
 * A `const` bound, as a whole name, to an array literal (`as const` and other type wrappers allowed) that no code of
 * the file can change: each use of the name reads it (a `for…of` over it, a spread of it, an element or its
 * `length`, a reading method such as `map` or `includes`). A use that hands the array on (an argument, a property
 * value, another name bound to it, an export) may change it out of sight, and so may a callback that takes the array
 * as its third parameter: not read-only.
 */
function isReadOnlyArray(variable: Variable, ctx: Context): boolean {
  const cached = ctx.cache.readOnlyArrays.get(variable);
  if (cached !== undefined) return cached;
  const cutoffs = ctx.cutoffs;
  const answer = readsOnly(variable, ctx);
  // An answer cut short by the step budget is not the array's: asked again with a fresh budget
  if (ctx.cutoffs === cutoffs) ctx.cache.readOnlyArrays.set(variable, answer);
  return answer;
}

function readsOnly(variable: Variable, ctx: Context): boolean {
  const declarator = onceBoundDeclarator(variable);
  if (
    declarator?.id.type !== AST_NODE_TYPES.Identifier ||
    declarator.parent.kind !== 'const' ||
    declarator.parent.declare ||
    declarator.init === null ||
    skipTypeWrappers(declarator.init).type !== AST_NODE_TYPES.ArrayExpression
  ) {
    return false;
  }
  return variable.references.every(
    (reference) => reference.init === true || (tick(ctx) && isArrayRead(reference.identifier as TSESTree.Node, ctx)),
  );
}

/** Does this use of an array's name only read the array (see `isReadOnlyArray`)? */
function isArrayRead(identifier: TSESTree.Node, ctx: Context): boolean {
  const use = outermostTypeWrapper(identifier);
  const parent = use.parent;
  if (parent === undefined) return false;
  if (parent.type === AST_NODE_TYPES.ForOfStatement) return parent.right === use;
  // `[...xs]` copies it; `typeof xs` in a type is no use at run time
  if (parent.type === AST_NODE_TYPES.SpreadElement || parent.type === AST_NODE_TYPES.TSTypeQuery) return true;
  if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== use) return false;
  const holder = parent.parent?.type === AST_NODE_TYPES.ChainExpression ? parent.parent : parent;
  const call = holder.parent;
  if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === holder) {
    const method = staticMemberName(parent);
    if (method === null || !READING_METHODS.has(method)) return false;
    // `xs.forEach((x, i, all) => all.push(…))`: the array itself is a callback's third parameter
    return call.arguments.every((argument) => {
      const callback = skipTypeWrappers(argument);
      const inline =
        callback.type === AST_NODE_TYPES.ArrowFunctionExpression || callback.type === AST_NODE_TYPES.FunctionExpression;
      if (inline) {
        const takesRest = callback.params.some((param) => param.type === AST_NODE_TYPES.RestElement);
        return callback.params.length < 3 && !takesRest;
      }
      // A function named elsewhere may take the array too; a value (`xs.includes(x)`) cannot
      const takesCallback = ELEMENT_CALLBACK_METHODS.has(method) || method.startsWith('reduce');
      return !takesCallback;
    });
  }
  // An element or the length, read (`xs[0]`, `xs.length`): not assigned, deleted or changed through
  const name = staticMemberName(parent);
  const index = name === null && parent.computed;
  return (index || name === 'length' || (name !== null && isArrayIndex(name))) && !referenceMutates(identifier, ctx);
}

/** Is the value truthy (`''`, `0`, `null`, `undefined`, `false` are not; objects are)? Null when it cannot be known. */
export function getStaticTruthiness(node: TSESTree.Node, sourceCode: SourceCode): boolean | null {
  return truthiness(getStaticValue(node, sourceCode));
}

/** Convenience: the string value, or null when not a fully known string. */
export function getStaticString(node: TSESTree.Node, sourceCode: SourceCode, options?: StaticValueOptions): string | null {
  const value = getStaticValue(node, sourceCode, options);
  return value.kind === 'string' ? value.value : null;
}

/**
 * A property's or member's name (`getPropertyName`), also a computed one a constant spells: `{ [KEY]: … }`,
 * `env[KEY]` with `const KEY = 'NAME'`.
 */
export function getStaticPropertyName(
  node: TSESTree.Property | TSESTree.MemberExpression,
  sourceCode: SourceCode,
): string | null {
  const name = getPropertyName(node);
  if (name !== null || !node.computed) return name;
  return getStaticString(node.type === AST_NODE_TYPES.Property ? node.key : node.property, sourceCode);
}

/**
 * The pieces of a string or partial string: a string's segments, a partial string's parts (null = unknown gap),
 * or null for any other kind. Handy for "does this ARN end in `:*`" checks.
 */
/**
 * A key made unknown by what is written after it in its object (an unknown spread, `...rest`, or a computed key,
 * `[name]: v`), rather than by its own value: what is written at the key is then not what the object holds.
 */
export function isOverriddenUnknown(value: StaticValue): boolean {
  if (value.kind !== 'unknown' || value.node === null) return false;
  return (
    value.node.type === AST_NODE_TYPES.SpreadElement || (value.node.type === AST_NODE_TYPES.Property && value.node.computed)
  );
}

export function getStringParts(value: StaticValue): readonly (StringSegment | null)[] | null {
  if (value.kind === 'string') return value.segments;
  if (value.kind === 'partial-string') return value.parts;
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation
// ---------------------------------------------------------------------------------------------------------------

function tick(ctx: Context, amount = 1): boolean {
  ctx.steps += amount;
  if (ctx.steps > MAX_STEPS) {
    ctx.cutoffs++;
    return false;
  }
  return true;
}

function evaluate(input: TSESTree.Node, ctx: Context): StaticValue {
  if (ctx.depth >= MAX_DEPTH || !tick(ctx)) {
    ctx.cutoffs++;
    return unknown(input);
  }
  ctx.depth++;
  try {
    return evaluateNode(skipTypeWrappers(input), ctx);
  } finally {
    ctx.depth--;
  }
}

function evaluateNode(node: TSESTree.Node, ctx: Context): StaticValue {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return literalValue(node);
    case AST_NODE_TYPES.TemplateLiteral:
      return templateValue(node, ctx, false);
    case AST_NODE_TYPES.TaggedTemplateExpression:
      return isGlobalMember(node.tag, 'String', 'raw', ctx) ? templateValue(node.quasi, ctx, true) : unknown(node);
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+' ? concatChain(node, ctx) : unknown(node);
    case AST_NODE_TYPES.UnaryExpression:
      return unaryValue(node, ctx);
    case AST_NODE_TYPES.LogicalExpression:
      return logicalValue(node, ctx);
    case AST_NODE_TYPES.ConditionalExpression: {
      const test = truthiness(evaluate(node.test, ctx));
      if (test !== null) return evaluate(test ? node.consequent : node.alternate, ctx);
      // `typeof actions === 'string' ? [actions] : actions`: the name's value as a list, whatever it is; read as the
      // name (a helper's parameter is then followed to what each call gives it)
      const listed = listNormalised(node);
      if (listed !== null) return evaluate(listed, ctx);
      // `authorizer ? undefined : undefined`: whichever branch runs, the same primitive
      const consequent = evaluate(node.consequent, ctx);
      if (!isKnownPrimitive(consequent)) return unknown(node);
      return samePrimitive(consequent, evaluate(node.alternate, ctx)) ? consequent : unknown(node);
    }
    case AST_NODE_TYPES.SequenceExpression: {
      const last = node.expressions[node.expressions.length - 1];
      return last ? evaluate(last, ctx) : unknown(node);
    }
    case AST_NODE_TYPES.Identifier:
      return identifierValue(node, ctx);
    case AST_NODE_TYPES.ArrayExpression:
      return arrayValue(node, ctx);
    case AST_NODE_TYPES.ObjectExpression:
      return objectValue(node, ctx);
    case AST_NODE_TYPES.MemberExpression:
      return memberValue(node, ctx);
    case AST_NODE_TYPES.ChainExpression:
      return evaluate(node.expression, ctx);
    case AST_NODE_TYPES.CallExpression:
      return callValue(node, ctx);
    case AST_NODE_TYPES.NewExpression:
      return newValue(node, ctx);
    case AST_NODE_TYPES.AssignmentExpression:
      return assignedValue(node, ctx);
    default:
      return unknown(node);
  }
}

/**
 * `(process.env.ENDPOINT = 'http://localhost:4566')` is the value assigned. Only a primitive: an object or array
 * would now have a second name (the target) that may change it out of sight.
 */
function assignedValue(node: TSESTree.AssignmentExpression, ctx: Context): StaticValue {
  if (node.operator !== '=') return unknown(node);
  const value = evaluate(node.right, ctx);
  return value.kind === 'array' || value.kind === 'object' ? unknown(node) : value;
}

function literalValue(node: TSESTree.Literal): StaticValue {
  const value: unknown = node.value;
  if (typeof value === 'string') {
    return value.length > MAX_STRING ? unknown(node) : literalString(node, value);
  }
  if (typeof value === 'number') return { kind: 'number', value, node };
  if (typeof value === 'boolean') return { kind: 'boolean', value, node };
  if (value === null && !('regex' in node && node.regex) && !('bigint' in node && node.bigint)) {
    return { kind: 'null', node };
  }
  return unknown(node);
}

/** Truthiness of a value, or null when unknown. */
function truthiness(value: StaticValue): boolean | null {
  switch (value.kind) {
    case 'string':
      return value.value !== '';
    case 'partial-string':
      return value.parts.some((part) => part !== null && part.text !== '') ? true : null;
    case 'number':
      return value.value !== 0 && !Number.isNaN(value.value);
    case 'boolean':
      return value.value;
    case 'null':
    case 'undefined':
      return false;
    case 'array':
    case 'object':
      return true;
    default:
      return null;
  }
}

function unaryValue(node: TSESTree.UnaryExpression, ctx: Context): StaticValue {
  if (node.operator === 'void') return { kind: 'undefined', node };
  const operand = evaluate(node.argument, ctx);
  switch (node.operator) {
    case '!': {
      const truthy = truthiness(operand);
      return truthy === null ? unknown(node) : { kind: 'boolean', value: !truthy, node };
    }
    case '-':
    case '+': {
      let number: number;
      if (operand.kind === 'number' || operand.kind === 'boolean') number = Number(operand.value);
      else if (operand.kind === 'null') number = 0;
      else if (operand.kind === 'undefined') number = Number.NaN;
      else if (operand.kind === 'string') number = Number(operand.value);
      else return unknown(node);
      return { kind: 'number', value: node.operator === '-' ? -number : number, node };
    }
    default:
      return unknown(node);
  }
}

function logicalValue(node: TSESTree.LogicalExpression, ctx: Context): StaticValue {
  const left = evaluate(node.left, ctx);
  if (node.operator === '??') {
    if (left.kind === 'null' || left.kind === 'undefined') return evaluate(node.right, ctx);
    return left.kind === 'unknown' ? unknown(node) : left;
  }
  const truthy = truthiness(left);
  if (truthy === null) return unknown(node);
  if (node.operator === '||') return truthy ? left : evaluate(node.right, ctx);
  return truthy ? evaluate(node.right, ctx) : left;
}

// ---------------------------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------------------------

/** Accumulates string parts, merging adjacent gaps and dropping empty segments. Bounded in size. */
class StringBuilder {
  readonly parts: Part[] = [];
  length = 0;
  complete = true;
  overflow = false;

  constructor(private readonly ctx: Context) {}

  push(part: Part): void {
    if (part === null) {
      this.complete = false;
      if (this.parts[this.parts.length - 1] !== null) this.parts.push(null);
      return;
    }
    if (part.text === '') return;
    this.length += part.text.length;
    this.parts.push(part);
    if (this.length > MAX_STRING || this.parts.length > MAX_ITEMS) this.overflow = true;
  }

  pushAll(parts: readonly Part[]): void {
    // Copying parts is work too (shared sub-values can make it grow fast): count it against the budget.
    if (!tick(this.ctx, parts.length)) {
      this.overflow = true;
      return;
    }
    for (const part of parts) {
      this.push(part);
      if (this.overflow) return;
    }
  }

  result(node: TSESTree.Node): StaticValue {
    if (this.overflow) {
      this.ctx.cutoffs++;
      return unknown(node);
    }
    if (!this.complete) return { kind: 'partial-string', node, parts: this.parts };
    const segments = this.parts as StringSegment[];
    return stringValue(segments.map((segment) => segment.text).join(''), node, segments);
  }
}

/**
 * ToString of a value as a list of parts (null = unknown gap). `nullish` is what null/undefined become (`''` inside
 * `join`, `'null'`/`'undefined'` elsewhere). Arrays join with `,`; plain objects are `[object Object]`.
 */
function toStringParts(value: StaticValue, ctx: Context, depth = 0): Part[] {
  if (!tick(ctx) || depth > MAX_DEPTH) return [null];
  if (ctx.cache.jsonText.has(value)) return jsonTextParts(value, ctx);
  switch (value.kind) {
    case 'string':
      return value.segments;
    case 'partial-string':
      return value.parts;
    case 'number':
    case 'boolean':
      return [{ text: String(value.value), node: value.node, offset: 0 }];
    case 'null':
      return [{ text: 'null', node: value.node, offset: 0 }];
    case 'undefined':
      return [{ text: 'undefined', node: value.node, offset: 0 }];
    case 'array': {
      let parts = ctx.joined.get(value);
      if (!parts) {
        parts = joinParts(value, [{ text: ',', node: null, offset: 0 }], ctx, depth + 1);
        ctx.joined.set(value, parts);
      }
      return parts;
    }
    case 'object':
      if (value.hasUnknownKeys || value.properties.has('toString') || value.properties.has('valueOf')) return [null];
      return [{ text: '[object Object]', node: null, offset: 0 }];
    default:
      return [null];
  }
}

/** `array.join(separator)` as parts; unknown elements are gaps, unknown runs also swallow a separator. */
function joinParts(array: Extract<StaticValue, { kind: 'array' }>, separator: Part[], ctx: Context, depth: number): Part[] {
  const builder = new StringBuilder(ctx);
  // A run (unknown spread) is a gap that also swallows the separator before it; while only runs were seen, the
  // next separator may or may not appear, so it is part of the gap too.
  let onlyRunsSoFar = true;
  array.elements.forEach((element, index) => {
    if (builder.overflow) return;
    if (ctx.cache.runs.has(element)) {
      builder.push(null);
      return;
    }
    if (index > 0) {
      if (onlyRunsSoFar) builder.push(null);
      else builder.pushAll(separator);
    }
    onlyRunsSoFar = false;
    if (element.kind === 'null' || element.kind === 'undefined') return;
    builder.pushAll(toStringParts(element, ctx, depth));
  });
  if (builder.overflow) {
    ctx.cutoffs++;
    return [null];
  }
  return builder.parts;
}

function templateValue(node: TSESTree.TemplateLiteral, ctx: Context, raw: boolean): StaticValue {
  const builder = new StringBuilder(ctx);
  for (let index = 0; index < node.quasis.length && !builder.overflow; index++) {
    const quasi = node.quasis[index]!;
    const text = raw ? quasi.value.raw : quasi.value.cooked;
    if (text === null) builder.push(null);
    else builder.push(raw ? { text, node: quasi, offset: 0, raw: true } : { text, node: quasi, offset: 0 });
    const expression = node.expressions[index];
    if (expression) builder.pushAll(toStringParts(evaluate(expression, ctx), ctx));
  }
  return builder.result(raw && node.parent ? node.parent : node);
}

/** A left-deep `a + b + c + …` chain, folded iteratively with JavaScript's `+` semantics. */
function concatChain(node: TSESTree.BinaryExpression, ctx: Context): StaticValue {
  const operands: TSESTree.Node[] = [];
  const levels: TSESTree.BinaryExpression[] = [];
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
    operands.push(current.right);
    levels.push(current);
    current = skipTypeWrappers(current.left);
    if (operands.length > MAX_ITEMS) {
      ctx.cutoffs++;
      return unknown(node);
    }
  }
  operands.push(current);
  operands.reverse();
  levels.reverse();

  let value: StaticValue = evaluate(operands[0]!, ctx);
  let builder: StringBuilder | null = null;
  for (let index = 1; index < operands.length; index++) {
    const right = evaluate(operands[index]!, ctx);
    const level = levels[index - 1]!;
    if (builder) {
      builder.pushAll(toStringParts(right, ctx));
    } else if (isStringLike(value, ctx) || isStringLike(right, ctx)) {
      builder = new StringBuilder(ctx);
      builder.pushAll(toStringParts(value, ctx));
      builder.pushAll(toStringParts(right, ctx));
    } else if (isPrimitive(value) && isPrimitive(right)) {
      value = { kind: 'number', value: Number(primitiveOf(value)) + Number(primitiveOf(right)), node: level };
    } else {
      value = unknown(level);
    }
    if (builder?.overflow) break;
  }
  return builder ? builder.result(node) : value;
}

/** Whether `+` with this operand is a string concatenation (strings, and arrays/objects, whose primitive is a string). */
function isStringLike(value: StaticValue, ctx: Context): boolean {
  if (ctx.cache.jsonText.has(value)) return value.kind !== 'undefined';
  switch (value.kind) {
    case 'string':
    case 'partial-string':
    case 'array':
      return true;
    case 'object':
      return !value.hasUnknownKeys && !value.properties.has('toString') && !value.properties.has('valueOf');
    default:
      return false;
  }
}

type PrimitiveValue = Extract<StaticValue, { kind: 'number' | 'boolean' | 'null' | 'undefined' }>;

function isPrimitive(value: StaticValue): value is PrimitiveValue {
  return value.kind === 'number' || value.kind === 'boolean' || value.kind === 'null' || value.kind === 'undefined';
}

function primitiveOf(value: PrimitiveValue): number | boolean | null | undefined {
  if (value.kind === 'null') return null;
  if (value.kind === 'undefined') return undefined;
  return value.value;
}

// ---------------------------------------------------------------------------------------------------------------
// Identifiers
// ---------------------------------------------------------------------------------------------------------------

function findVariable(node: TSESTree.Identifier, ctx: Context): Variable | null {
  // By name from the innermost scope: passing the node makes eslint-utils search sibling scopes (slow on big files).
  return ASTUtils.findVariable(ctx.sourceCode.getScope(node), node.name);
}

/** True when `node` is the identifier `name` and refers to the global (not a local or import of that name). */
function isGlobal(node: TSESTree.Node, name: string, ctx: Context): boolean {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.Identifier || target.name !== name) return false;
  const variable = findVariable(target, ctx);
  return variable === null || variable.defs.length === 0;
}

/** `Global.member` (non-computed, or computed with a string literal). */
function isGlobalMember(node: TSESTree.Node, global: string, member: string, ctx: Context): boolean {
  const target = skipTypeWrappers(node);
  return (
    target.type === AST_NODE_TYPES.MemberExpression &&
    staticMemberName(target) === member &&
    isGlobal(target.object, global, ctx)
  );
}

function staticMemberName(node: TSESTree.MemberExpression): string | null {
  if (!node.computed) return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : null;
  const property = skipTypeWrappers(node.property);
  if (property.type === AST_NODE_TYPES.Literal && typeof property.value === 'string') return property.value;
  if (property.type === AST_NODE_TYPES.TemplateLiteral && property.expressions.length === 0) {
    return property.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

type PathStep = { key: string } | { fallback: TSESTree.Node };

function identifierValue(node: TSESTree.Identifier, ctx: Context): StaticValue {
  const variable = findVariable(node, ctx);
  if (!variable || variable.defs.length === 0) {
    if (node.name === 'undefined') return { kind: 'undefined', node };
    if (node.name === 'NaN') return { kind: 'number', value: Number.NaN, node };
    if (node.name === 'Infinity') return { kind: 'number', value: Number.POSITIVE_INFINITY, node };
    return unknown(node);
  }
  // `let line; … line = 'x'; use(line)`: declared without a value, the value the statement just before gives
  if (variable.defs.length === 1 && !hasInitializer(variable)) {
    const assigned = reachingAssignment(node, variable);
    if (assigned === null || ctx.resolving.has(variable) || ctx.hops >= MAX_HOPS) return unknown(node);
    ctx.resolving.add(variable);
    ctx.hops++;
    try {
      const value = evaluate(assigned, ctx);
      return value.kind === 'unknown' ? unknown(node) : value;
    } finally {
      ctx.hops--;
      ctx.resolving.delete(variable);
    }
  }
  const cacheMap = ctx.cache.variables[ctx.decode ? 1 : 0];
  const cached = cacheMap.get(variable) ?? ctx.resolved.get(variable);
  if (cached) return cached.kind === 'unknown' ? unknown(node) : cached;
  if (ctx.resolving.has(variable) || ctx.hops >= MAX_HOPS) {
    ctx.cutoffs++;
    return unknown(node);
  }
  const cutoffs = ctx.cutoffs;
  ctx.resolving.add(variable);
  ctx.hops++;
  let value: StaticValue;
  try {
    value = resolveVariable(variable, ctx);
  } finally {
    ctx.hops--;
    ctx.resolving.delete(variable);
  }
  if (ctx.cutoffs === cutoffs) cacheMap.set(variable, value);
  else ctx.resolved.set(variable, value);
  return value.kind === 'unknown' ? unknown(node) : value;
}

function hasInitializer(variable: Variable): boolean {
  const declarator = variable.defs[0]!.node as TSESTree.Node;
  return declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== null;
}

/**
 * For a `let` / `var` declared without a value and written only by `name = value;` statements of its own function
 * (no write from a callback, a compound operator or inside an expression): the value the read `node` sees when the
 * nearest statement before it, in its block or an enclosing one, is such an assignment, with no write between. A
 * statement passed on the way up that writes the name before the read (a branch, a `try`) or a loop that writes it
 * anywhere leaves the value open: null. `let data; if (err) { data = { Error: 'x' }; log(data.Error) }`.
 */
function reachingAssignment(node: TSESTree.Identifier, variable: Variable): TSESTree.Expression | null {
  const written = assignmentStatementsOf(variable);
  if (written === null || node.range[0] < written.declaration.range[1]) return null;
  const { statements, declaration } = written;
  const writesIn = (outer: TSESTree.Node, before: number): boolean => {
    for (const write of statements) {
      if (write.range[0] >= outer.range[0] && write.range[1] <= outer.range[1] && write.range[0] < before) return true;
    }
    return false;
  };
  let current: TSESTree.Node = node;
  for (let depth = 0; depth < MAX_REACHING_DEPTH; depth++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (parent === undefined) return null;
    // A read in a function of its own may run at any time
    if (isFunctionLike(parent)) return null;
    if (LOOP_TYPES.has(parent.type) && writesIn(parent, Infinity)) return null;
    if (parent.type === AST_NODE_TYPES.BlockStatement || parent.type === AST_NODE_TYPES.Program) {
      const list = parent.body as TSESTree.Node[];
      const start = list.indexOf(current) - 1;
      for (let index = start; index >= 0 && start - index < MAX_REACHING_SIBLINGS; index--) {
        const sibling = list[index]!;
        if (statements.has(sibling)) {
          return ((sibling as TSESTree.ExpressionStatement).expression as TSESTree.AssignmentExpression).right;
        }
        if (sibling === declaration || writesIn(sibling, Infinity)) return null;
      }
      if (start >= MAX_REACHING_SIBLINGS) return null;
    } else if (parent.type === AST_NODE_TYPES.SwitchCase) {
      return null;
    } else if (writesIn(parent, node.range[0])) {
      // `if (c) { x = 1 } else { read(x) }`, `try { x = 1; … } catch { read(x) }`: written on another path, or not
      return null;
    }
    current = parent;
  }
  return null;
}

/**
 * The `name = value;` statements that write a `let` / `var` declared without a value, when those are its only
 * writes and all are in its own function; null otherwise. Per variable, once: a minified bundle's `var t;` has
 * thousands of references.
 */
function assignmentStatementsOf(
  variable: Variable,
): { statements: ReadonlySet<TSESTree.Node>; declaration: TSESTree.Node } | null {
  let known = assignmentStatements.get(variable);
  if (known !== undefined) return known;
  known = null;
  const def = variable.defs[0]!;
  const declaration = def.parent as TSESTree.Node | null;
  if (
    (def.type as string) === 'Variable' &&
    declaration?.type === AST_NODE_TYPES.VariableDeclaration &&
    declaration.kind !== 'const' &&
    !declaration.declare &&
    (def.node as TSESTree.VariableDeclarator).id === def.name &&
    variable.references.length <= MAX_REACHING_REFERENCES
  ) {
    const statements = new Set<TSESTree.Node>();
    let plain = true;
    for (const reference of variable.references) {
      if (!reference.isWrite()) continue;
      const identifier = reference.identifier as TSESTree.Node;
      const assignment = identifier.parent;
      if (
        assignment?.type !== AST_NODE_TYPES.AssignmentExpression ||
        assignment.operator !== '=' ||
        assignment.left !== identifier ||
        assignment.parent.type !== AST_NODE_TYPES.ExpressionStatement ||
        reference.from.variableScope !== variable.scope.variableScope
      ) {
        plain = false;
        break;
      }
      statements.add(assignment.parent);
    }
    if (plain && statements.size > 0) known = { statements, declaration };
  }
  assignmentStatements.set(variable, known);
  return known;
}

const assignmentStatements = new WeakMap<
  Variable,
  { statements: ReadonlySet<TSESTree.Node>; declaration: TSESTree.Node } | null
>();
/** Statements looked back over, and references of a variable, before the value is left unknown. */
const MAX_REACHING_SIBLINGS = 64;
const MAX_REACHING_REFERENCES = 256;
const MAX_REACHING_DEPTH = 64;

/** The value of a variable bound exactly once (`const`, or `let`/`var` never reassigned), or unknown. */
function resolveVariable(variable: Variable, ctx: Context): StaticValue {
  if (variable.defs.length !== 1) return unknown(null);
  const def = variable.defs[0]!;
  if ((def.type as string) === 'TSEnumName' && def.node.type === AST_NODE_TYPES.TSEnumDeclaration) {
    return enumValue(def.node, ctx);
  }
  if ((def.type as string) !== 'Variable') return unknown(null);
  const declarator = def.node as TSESTree.Node;
  const declaration = def.parent as TSESTree.Node | null;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init) return unknown(null);
  if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) return unknown(null);
  if (declaration.kind !== 'const' && declaration.kind !== 'let' && declaration.kind !== 'var') return unknown(null);
  if (declaration.declare) return unknown(null);
  if (!variable.references.every((reference) => !reference.isWrite() || reference.init)) return unknown(null);
  const path = patternPath(declarator.id, def.name as TSESTree.Node);
  if (!path) return unknown(null);

  let value = evaluate(declarator.init, ctx);
  for (const step of path) {
    if (value.kind === 'unknown') break;
    if ('key' in step) value = memberOf(value, step.key, value.node, ctx);
    else if (value.kind === 'undefined') value = evaluate(step.fallback, ctx);
  }
  if ((value.kind === 'array' || value.kind === 'object') && isMutated(variable, ctx)) return unknown(null);
  return value;
}

/**
 * A TypeScript enum declared once in the file (`enum Actions { Read = 's3:GetObject', All = '*' }`), as an object of
 * its members: an initialiser's static value, or the number TypeScript gives a member without one (the previous
 * number plus one, 0 first). A member whose initialiser reads another member or anything unknown is unknown.
 */
function enumValue(declaration: TSESTree.TSEnumDeclaration, ctx: Context): StaticValue {
  if (declaration.declare) return unknown(null);
  const properties = new Map<string, StaticProperty>();
  /** TypeScript's reverse mapping of numeric members (`E[0]` is `'A'`), set after the members as at run time. */
  const reverse = new Map<string, StaticProperty>();
  let hasUnknownKeys = false;
  let next: number | null = 0;
  for (const member of declaration.body.members) {
    const key =
      member.id.type === AST_NODE_TYPES.Identifier
        ? member.id.name
        : member.id.type === AST_NODE_TYPES.Literal && typeof member.id.value === 'string'
          ? member.id.value
          : null;
    if (key === null) return unknown(null);
    let value: StaticValue;
    if (member.initializer) value = evaluate(member.initializer, ctx);
    else value = next === null ? unknown(member) : { kind: 'number', value: next, node: member };
    next = value.kind === 'number' ? value.value + 1 : null;
    properties.set(key, { value, property: null, keyNode: member.id });
    if (value.kind === 'number') {
      const name = stringValue(key, member.id, [{ text: key, node: null, offset: 0 }]);
      reverse.set(String(value.value), { value: name, property: null, keyNode: member.id });
    } else if (value.kind !== 'string') {
      // a number at run time would add a reverse key we cannot name
      hasUnknownKeys = true;
    }
  }
  for (const [key, property] of reverse) properties.set(key, property);
  return { kind: 'object', node: declaration, properties, hasUnknownKeys };
}

/** Steps from a declarator's pattern to `target` (`const { a: [, b = 1] } = …`), or null when not followable. */
function patternPath(pattern: TSESTree.Node, target: TSESTree.Node): PathStep[] | null {
  const path: PathStep[] = [];
  let current: TSESTree.Node = pattern;
  for (let guard = 0; guard < MAX_DEPTH; guard++) {
    if (current === target) return path;
    switch (current.type) {
      case AST_NODE_TYPES.AssignmentPattern:
        // The default applies when the value at this point is undefined.
        path.push({ fallback: current.right });
        current = current.left;
        break;
      case AST_NODE_TYPES.ObjectPattern: {
        const next = current.properties.find((property) => isInside(target, property));
        if (next?.type !== AST_NODE_TYPES.Property) return null;
        const key = getPropertyName(next);
        if (key === null) return null;
        path.push({ key });
        current = next.value;
        break;
      }
      case AST_NODE_TYPES.ArrayPattern: {
        const index = current.elements.findIndex((element) => element !== null && isInside(target, element));
        const next = current.elements[index];
        if (!next || next.type === AST_NODE_TYPES.RestElement) return null;
        path.push({ key: String(index) });
        current = next;
        break;
      }
      default:
        return null;
    }
  }
  return null;
}

/**
 * Whether the value `variable` holds is visibly changed anywhere in the file (`X.push(…)`, `X.a.b = …`,
 * `Object.assign(X, …)`, `delete X.k`); true when that cannot be told.
 */
export function isVisiblyMutated(variable: Variable, sourceCode: SourceCode): boolean {
  try {
    return isMutated(variable, createContext(sourceCode, false));
  } catch {
    return true;
  }
}

/** Whether a container-valued variable is visibly mutated (`X.push(…)`, `X.a.b = …`, `Object.assign(X, …)`). */
function isMutated(variable: Variable, ctx: Context): boolean {
  const cached = ctx.cache.mutated.get(variable);
  if (cached !== undefined) return cached;
  let mutated = false;
  for (const reference of variable.references) {
    if (reference.init) continue;
    if (!tick(ctx) || referenceMutates(reference.identifier as TSESTree.Node, ctx)) {
      mutated = true;
      break;
    }
  }
  ctx.cache.mutated.set(variable, mutated);
  return mutated;
}

function referenceMutates(identifier: TSESTree.Node, ctx: Context): boolean {
  let current = identifier;
  let viaMember = false;
  let lastMember: TSESTree.MemberExpression | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return false;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current) {
      viaMember = true;
      lastMember = parent;
      current = parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.ChainExpression || isTypeWrapper(parent)) {
      current = parent;
      continue;
    }
    if (viaMember) {
      switch (parent.type) {
        case AST_NODE_TYPES.AssignmentExpression:
          return parent.left === current;
        case AST_NODE_TYPES.UpdateExpression:
          return true;
        case AST_NODE_TYPES.UnaryExpression:
          return parent.operator === 'delete';
        case AST_NODE_TYPES.CallExpression: {
          if (parent.callee !== current || !lastMember) return false;
          const method = staticMemberName(lastMember);
          return method === null || MUTATING_METHODS.has(method);
        }
        case AST_NODE_TYPES.ForInStatement:
        case AST_NODE_TYPES.ForOfStatement:
          return parent.left === current;
        case AST_NODE_TYPES.ArrayPattern:
        case AST_NODE_TYPES.RestElement:
        case AST_NODE_TYPES.AssignmentPattern:
          return true;
        case AST_NODE_TYPES.Property:
          return parent.parent.type === AST_NODE_TYPES.ObjectPattern && parent.value === current;
        default:
          return false;
      }
    }
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === current) {
      const callee = skipTypeWrappers(parent.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const method = staticMemberName(callee);
      return Object.entries(MUTATING_FUNCTIONS).some(
        ([global, methods]) => method !== null && methods.includes(method) && isGlobal(callee.object, global, ctx),
      );
    }
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Arrays, objects, member access
// ---------------------------------------------------------------------------------------------------------------

/** The elements a spread of `value` produces, or null when unknown (then the spread is one unknown run). */
function spreadElements(value: StaticValue, ctx: Context): StaticValue[] | null {
  if (ctx.cache.jsonText.has(value)) return null;
  if (value.kind === 'array') return value.elements;
  if (value.kind === 'string') {
    if (value.value.length > MAX_ITEMS || !tick(ctx, value.value.length)) return null;
    const characters: StaticValue[] = [];
    let offset = 0;
    for (const character of value.value) {
      characters.push(sliceString(value, offset, offset + character.length));
      offset += character.length;
    }
    return characters;
  }
  return null;
}

function arrayValue(node: TSESTree.ArrayExpression, ctx: Context): StaticValue {
  const elements: StaticValue[] = [];
  let overflow = false;
  for (const element of node.elements) {
    if (element === null) {
      elements.push({ kind: 'undefined', node });
    } else if (element.type === AST_NODE_TYPES.SpreadElement) {
      const items = spreadElements(evaluate(element.argument, ctx), ctx);
      if (items === null) {
        const run = unknown(element);
        ctx.cache.runs.add(run);
        elements.push(run);
      } else {
        overflow = items.length + elements.length > MAX_ITEMS;
        if (!overflow) for (const item of items) elements.push(item);
      }
    } else {
      elements.push(evaluate(element, ctx));
    }
    if (overflow || elements.length > MAX_ITEMS) {
      ctx.cutoffs++;
      return unknown(node);
    }
  }
  return { kind: 'array', node, elements };
}

/** An object value being built: its own keys so far. */
interface ObjectBuilder {
  properties: Map<string, StaticProperty>;
  hasUnknownKeys: boolean;
}

/** Every key so far becomes unknown (except those `keep` sets again), and unknown keys may follow. */
function makeAllUnknown(builder: ObjectBuilder, cause: TSESTree.Node, keep?: ReadonlyMap<string, StaticProperty>): void {
  for (const [key, property] of builder.properties) {
    if (!keep?.has(key)) builder.properties.set(key, { ...property, value: unknown(cause) });
  }
  builder.hasUnknownKeys = true;
}

/** Copies the own keys of `spread` into `builder`, as `{ ...spread }` and `Object.assign(target, spread)` do. */
function spreadInto(builder: ObjectBuilder, spread: StaticValue, cause: TSESTree.Node, ctx: Context): void {
  if (ctx.cache.jsonText.has(spread)) {
    makeAllUnknown(builder, cause);
    return;
  }
  switch (spread.kind) {
    case 'object':
      if (spread.hasUnknownKeys) makeAllUnknown(builder, cause, spread.properties);
      for (const [key, value] of spread.properties) builder.properties.set(key, value);
      return;
    case 'array':
    case 'string': {
      const items = spreadElements(spread, ctx);
      if (items === null || items.some((item) => ctx.cache.runs.has(item))) {
        makeAllUnknown(builder, cause);
        return;
      }
      items.forEach((item, index) =>
        builder.properties.set(String(index), { value: item, property: null, keyNode: null }),
      );
      return;
    }
    case 'null':
    case 'undefined':
    case 'number':
    case 'boolean':
      return;
    default:
      makeAllUnknown(builder, cause);
  }
}

/**
 * `{ routes, ...(stage === 'prod' && { customDomain }) }`, `...(local ? { endpoint } : {})`: a spread chosen at run
 * time whose every outcome is readable (an object with known keys, or a falsy `&&` test, which spreads nothing). The
 * keys some outcome sets may or may not be set: they become unknown; every other key keeps its value. False (the
 * builder untouched) when an outcome cannot be read.
 */
function spreadChoiceInto(builder: ObjectBuilder, spread: TSESTree.SpreadElement, ctx: Context): boolean {
  const argument = skipTypeWrappers(spread.argument);
  let outcomes: readonly TSESTree.Expression[];
  if (argument.type === AST_NODE_TYPES.ConditionalExpression) outcomes = [argument.consequent, argument.alternate];
  else if (argument.type === AST_NODE_TYPES.LogicalExpression && argument.operator === '&&') outcomes = [argument.right];
  else return false;
  const keys: string[] = [];
  for (const outcome of outcomes) {
    const value = evaluate(outcome, ctx);
    if (value.kind === 'null' || value.kind === 'undefined' || value.kind === 'boolean') continue;
    if (value.kind !== 'object' || value.hasUnknownKeys || ctx.cache.jsonText.has(value)) return false;
    keys.push(...value.properties.keys());
  }
  for (const key of keys) {
    const written = builder.properties.get(key);
    const property = written?.property ?? null;
    builder.properties.set(key, { value: unknown(spread), property, keyNode: written?.keyNode ?? null });
  }
  return true;
}

function objectValue(node: TSESTree.ObjectExpression, ctx: Context): StaticValue {
  const builder: ObjectBuilder = { properties: new Map(), hasUnknownKeys: false };
  const properties = builder.properties;
  for (const property of node.properties) {
    if (properties.size > MAX_ITEMS || !tick(ctx)) {
      ctx.cutoffs++;
      return unknown(node);
    }
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const spread = evaluate(property.argument, ctx);
      const chosen = spread.kind === 'unknown' && spreadChoiceInto(builder, property, ctx);
      if (!chosen) spreadInto(builder, spread, property, ctx);
      continue;
    }
    const key = propertyKey(property, ctx);
    if (key === null) {
      // `{ credentials, [name]: value }`: an unknown key may be any of the keys before it, as a spread may
      makeAllUnknown(builder, property);
      continue;
    }
    if (key === '__proto__' && !property.computed && !property.shorthand && property.kind === 'init' && !property.method) {
      // Sets the prototype; inherited keys are not own properties.
      if (evaluate(property.value, ctx).kind !== 'null') builder.hasUnknownKeys = true;
      continue;
    }
    const value =
      property.kind === 'init' && !property.method ? evaluate(property.value, ctx) : unknown(property.value);
    properties.set(key, { value, property, keyNode: property.key });
  }
  return { kind: 'object', node, properties, hasUnknownKeys: builder.hasUnknownKeys };
}

/**
 * `Object.assign({ …literal }, a, b)`: the literal with the sources' own keys copied over it, right-most winning. Only
 * a fresh object literal as the target: assigning onto an existing object changes that object, which may be read
 * elsewhere (and `isMutated` makes it unknown there).
 */
function objectAssignValue(node: TSESTree.CallExpression, args: readonly TSESTree.Expression[], ctx: Context): StaticValue {
  const target = args[0] === undefined ? null : skipTypeWrappers(args[0]);
  if (target?.type !== AST_NODE_TYPES.ObjectExpression) return unknown(node);
  const base = objectValue(target, ctx);
  if (base.kind !== 'object') return unknown(node);
  const builder: ObjectBuilder = { properties: new Map(base.properties), hasUnknownKeys: base.hasUnknownKeys };
  for (const source of args.slice(1)) {
    if (builder.properties.size > MAX_ITEMS || !tick(ctx)) {
      ctx.cutoffs++;
      return unknown(node);
    }
    spreadInto(builder, evaluate(source, ctx), source, ctx);
  }
  return { kind: 'object', node, properties: builder.properties, hasUnknownKeys: builder.hasUnknownKeys };
}

/**
 * `Object.values(o)` of an object whose keys are all known: an array in JavaScript's property order (integer keys
 * ascending, then the others as inserted). Unknown otherwise.
 */
function objectValuesValue(node: TSESTree.CallExpression, object: StaticValue): StaticValue {
  if (object.kind !== 'object' || object.hasUnknownKeys) return unknown(node);
  const keys = [...object.properties.keys()];
  const indexes = keys.filter(isArrayIndex).sort((a, b) => Number(a) - Number(b));
  const ordered = [...indexes, ...keys.filter((key) => !isArrayIndex(key))];
  return { kind: 'array', node, elements: ordered.map((key) => object.properties.get(key)!.value) };
}

function propertyKey(property: TSESTree.Property, ctx: Context): string | null {
  if (!property.computed) {
    if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
    if (property.key.type === AST_NODE_TYPES.Literal) {
      const value: unknown = property.key.value;
      if (typeof value === 'string' || typeof value === 'number') return String(value);
      if (typeof value === 'bigint') return value.toString();
    }
    return null;
  }
  return keyString(evaluate(property.key, ctx));
}

function keyString(value: StaticValue): string | null {
  switch (value.kind) {
    case 'string':
      return value.value;
    case 'number':
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
    case 'undefined':
      return 'undefined';
    default:
      return null;
  }
}

function memberValue(node: TSESTree.MemberExpression, ctx: Context): StaticValue {
  if (node.object.type === AST_NODE_TYPES.Super || node.property.type === AST_NODE_TYPES.PrivateIdentifier) {
    return unknown(node);
  }
  const object = evaluate(node.object, ctx);
  if (node.optional && (object.kind === 'null' || object.kind === 'undefined')) return { kind: 'undefined', node };
  const key = node.computed ? keyString(evaluate(node.property, ctx)) : (node.property as TSESTree.Identifier).name;
  if (key === null) return unknown(node);
  if (object.kind !== 'unknown') return memberOf(object, key, node, ctx);
  const fields = classFieldsOf(node.object, ctx);
  const field = fields?.fields.get(key);
  return field === undefined || field.value.range[1] > fields!.setBefore ? unknown(node) : evaluate(field.value, ctx);
}

/**
 * The static fields of the class `node` is (`class Keys { static readonly PREFIX = '…' }` read as `Keys.PREFIX`),
 * when it is a class written in the file and bound once, with no field set from outside; null otherwise. A class
 * is not itself a static value (it is not plain data); only its fields are read.
 */
function classFieldsOf(input: TSESTree.Node, ctx: Context): { fields: ClassFields; setBefore: number } | null {
  const node = skipTypeWrappers(input);
  if (node.type === AST_NODE_TYPES.ClassExpression) {
    const fields = staticClassFields(node);
    return fields === null ? null : { fields, setBefore: Infinity };
  }
  if (node.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(node, ctx);
  if (variable === null || variable.defs.length !== 1) return null;
  const def = variable.defs[0]!;
  let declaration: TSESTree.Node = def.node as TSESTree.Node;
  if ((def.type as string) === 'Variable') {
    if (declaration.type !== AST_NODE_TYPES.VariableDeclarator || !declaration.init) return null;
    if (def.name !== declaration.id) return null;
    declaration = skipTypeWrappers(declaration.init);
  } else if ((def.type as string) !== 'ClassName') {
    return null;
  }
  if (declaration.type !== AST_NODE_TYPES.ClassDeclaration && declaration.type !== AST_NODE_TYPES.ClassExpression) {
    return null;
  }
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return null;
  if (isMutated(variable, ctx)) return null;
  const cache = ctx.cache.classFields;
  let fields = cache.get(declaration);
  if (fields === undefined) {
    fields = staticClassFields(declaration);
    if (fields !== null) forgetFieldsSetByStaticMethods(declaration, fields, ctx.sourceCode);
    cache.set(declaration, fields);
  }
  if (fields === null || node.range[0] < declaration.body.range[0] || node.range[1] > declaration.body.range[1]) {
    return fields === null ? null : { fields, setBefore: Infinity };
  }
  // Read inside the class: a static field's initialiser sees the fields set before it (initialisation order);
  // methods, the constructor and instance fields run after the class is made, and see them all
  const member = memberAt(declaration.body, node.range[0]);
  const initialisesClass = member?.type === AST_NODE_TYPES.PropertyDefinition && member.static;
  return { fields, setBefore: initialisesClass ? member.range[0] : Infinity };
}

/** The member of `body` at `offset` (members are in source order: a binary search). */
function memberAt(body: TSESTree.ClassBody, offset: number): TSESTree.ClassElement | undefined {
  let low = 0;
  let high = body.body.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const member = body.body[middle]!;
    if (member.range[1] <= offset) low = middle + 1;
    else if (member.range[0] > offset) high = middle - 1;
    else return member;
  }
  return undefined;
}

/** `static reset() { this.PREFIX = '…' }`: a field a static method of the class sets is not its initialiser. */
function forgetFieldsSetByStaticMethods(
  declaration: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
  fields: ClassFields,
  sourceCode: SourceCode,
): void {
  for (const member of declaration.body.body) {
    if (member.type !== AST_NODE_TYPES.MethodDefinition || !member.static || member.value.body === null) continue;
    forEachOwnNode(member.value.body, sourceCode.visitorKeys, 'arrows', (node) => {
      if (node.type !== AST_NODE_TYPES.AssignmentExpression && node.type !== AST_NODE_TYPES.UpdateExpression) return;
      const target = skipTypeWrappers(node.type === AST_NODE_TYPES.AssignmentExpression ? node.left : node.argument);
      if (target.type !== AST_NODE_TYPES.MemberExpression) return;
      if (skipTypeWrappers(target.object).type !== AST_NODE_TYPES.ThisExpression) return;
      const name = staticMemberName(target);
      if (name === null) fields.clear();
      else fields.delete(name);
    });
  }
}

function isArrayIndex(key: string): boolean {
  if (key === '0') return true;
  const code = key.charCodeAt(0);
  if (key.length === 0 || key.length > 10 || code < 49 || code > 57) return false;
  for (let index = 1; index < key.length; index++) {
    const digit = key.charCodeAt(index);
    if (digit < 48 || digit > 57) return false;
  }
  return Number(key) < 4294967295;
}

/** `object[key]` for a known object/array/string; unknown for anything that is not plainly data. */
function memberOf(object: StaticValue, key: string, node: TSESTree.Node, ctx: Context): StaticValue {
  if (ctx.cache.jsonText.has(object)) return unknown(node);
  switch (object.kind) {
    case 'object': {
      const property = object.properties.get(key);
      if (property) return property.value;
      if (object.hasUnknownKeys || key in Object.prototype) return unknown(node);
      return { kind: 'undefined', node };
    }
    case 'array': {
      const runs = ctx.cache.runs;
      if (key === 'length') {
        return object.elements.some((element) => runs.has(element))
          ? unknown(node)
          : { kind: 'number', value: object.elements.length, node };
      }
      if (!isArrayIndex(key)) return unknown(node);
      const index = Number(key);
      const limit = Math.min(index + 1, object.elements.length);
      for (let position = 0; position < limit; position++) {
        if (runs.has(object.elements[position]!)) return unknown(node);
      }
      if (index < object.elements.length) return object.elements[index]!;
      return object.elements.some((element) => runs.has(element)) ? unknown(node) : { kind: 'undefined', node };
    }
    case 'string': {
      if (key === 'length') return { kind: 'number', value: object.value.length, node };
      if (!isArrayIndex(key)) return unknown(node);
      const index = Number(key);
      return index < object.value.length ? sliceString(object, index, index + 1) : { kind: 'undefined', node };
    }
    default:
      return unknown(node);
  }
}

/** Characters [start, end) of a string value, keeping where each piece came from. */
function sliceString(value: StringValue, start: number, end: number): StringValue {
  const segments: StringSegment[] = [];
  let position = 0;
  for (const segment of value.segments) {
    const segmentEnd = position + segment.text.length;
    if (segmentEnd > start && position < end) {
      const from = Math.max(start, position) - position;
      const to = Math.min(end, segmentEnd) - position;
      segments.push({ ...segment, text: segment.text.slice(from, to), offset: segment.offset + from });
    }
    if (segmentEnd >= end) break;
    position = segmentEnd;
  }
  return stringValue(value.value.slice(start, end), value.node, segments);
}

// ---------------------------------------------------------------------------------------------------------------
// Calls: join, concat, toString, String(x), JSON, decoding
// ---------------------------------------------------------------------------------------------------------------

function callValue(node: TSESTree.CallExpression, ctx: Context): StaticValue {
  const callee = skipTypeWrappers(node.callee);
  if (node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) {
    // `String.fromCharCode(...CODES)`: the codes of a list known here, spread
    return spreadCharCodesValue(node, callee, ctx) ?? unknown(node);
  }
  const args = node.arguments as TSESTree.Expression[];

  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (callee.name === 'String' && args.length <= 1 && isGlobal(callee, 'String', ctx)) {
      if (args.length === 0) return literalString(node, '');
      const builder = new StringBuilder(ctx);
      builder.pushAll(toStringParts(evaluate(args[0]!, ctx), ctx));
      return builder.result(node);
    }
    if (ctx.decode && args.length === 1 && isGlobalDecoderName(callee.name)) {
      if (!isGlobal(callee, callee.name, ctx)) return unknown(node);
      return globalDecodeValue(node, callee.name, args[0]!, ctx);
    }
    // `Buffer(text, 'base64')`: the deprecated form of `Buffer.from`
    if (ctx.decode && callee.name === 'Buffer' && isBuffer(callee, ctx)) return bufferFromValue(node, args, ctx);
    return unknown(node);
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return unknown(node);
  const method = staticMemberName(callee);
  if (method === null) return unknown(node);
  // `globalThis.atob(…)`, `window.decodeURIComponent(…)`: the same global functions
  if (ctx.decode && args.length === 1 && isGlobalDecoderName(method)) {
    const object = skipTypeWrappers(callee.object);
    const isGlobalObject =
      object.type === AST_NODE_TYPES.Identifier &&
      GLOBAL_OBJECT_NAMES.has(object.name) &&
      isGlobal(object, object.name, ctx);
    return isGlobalObject ? globalDecodeValue(node, method, args[0]!, ctx) : unknown(node);
  }

  if (method === 'assign' && isGlobal(callee.object, 'Object', ctx)) return objectAssignValue(node, args, ctx);
  // `Object.freeze(x)` is `x` itself, made read-only: the constants a team writes as `Object.freeze({ … })`
  if (method === 'freeze' && args.length >= 1 && isGlobal(callee.object, 'Object', ctx)) return evaluate(args[0]!, ctx);
  if (method === 'values' && args.length === 1 && isGlobal(callee.object, 'Object', ctx)) {
    return objectValuesValue(node, evaluate(args[0]!, ctx));
  }
  if (isGlobal(callee.object, 'JSON', ctx)) {
    if (method === 'stringify') return jsonStringifyValue(node, args, ctx);
    if (method === 'parse' && args.length === 1) return jsonParseValue(node, evaluate(args[0]!, ctx), ctx);
    return unknown(node);
  }
  if (method === 'from' && ctx.decode && isBuffer(callee.object, ctx)) return bufferFromValue(node, args, ctx);
  // `String.fromCharCode(65, 75, …)`: text spelled as character codes
  if (ctx.decode && isCharCodeMethod(method) && isGlobal(callee.object, 'String', ctx)) {
    return charCodesValue(node, method, args, ctx);
  }

  const receiver = evaluate(callee.object, ctx);
  if (ctx.cache.jsonText.has(receiver)) return unknown(node);
  switch (method) {
    case 'join':
      if (receiver.kind !== 'array' || args.length > 1) return unknown(node);
      return joinValue(node, receiver, args[0], ctx);
    case 'concat':
      if (receiver.kind === 'array') return arrayConcatValue(node, receiver, args, ctx);
      if (receiver.kind === 'string' || receiver.kind === 'partial-string') {
        const builder = new StringBuilder(ctx);
        builder.pushAll(toStringParts(receiver, ctx));
        for (const argument of args) builder.pushAll(toStringParts(evaluate(argument, ctx), ctx));
        return builder.result(node);
      }
      if (receiver.kind === 'unknown' && !isBuffer(callee.object, ctx)) {
        return unknownConcatValue(node, callee.object, args, ctx);
      }
      return unknown(node);
    case 'split':
      return receiver.kind === 'string' ? splitValue(node, receiver, args, ctx) : unknown(node);
    case 'replace':
    case 'replaceAll':
      return receiver.kind === 'string' ? replaceValue(node, receiver, method, args, ctx) : unknown(node);
    case 'toString':
      // `'x'.toString()`, and `Buffer.from(…).toString()` / `.toString('utf8')` on a decoded buffer, also one bound to
      // a name (`const raw = Buffer.from(…); raw.toString('utf8')`). A string's `toString` ignores its argument and a
      // buffer's decodes it as UTF-8: either way the text itself (another encoding re-encodes a buffer: unknown)
      if (receiver.kind !== 'string') return unknown(node);
      if (args.length === 0) return receiver;
      if (args.length === 1) {
        const encoding = evaluate(args[0]!, ctx);
        if (encoding.kind === 'string' && /^utf-?8$/i.test(encoding.value)) return receiver;
      }
      return unknown(node);
    default:
      return unknown(node);
  }
}

/** `'a-b'.split('-')` with a string separator: the pieces, each keeping where its characters were written. */
function splitValue(node: TSESTree.CallExpression, receiver: StringValue, args: TSESTree.Expression[], ctx: Context): StaticValue {
  if (args.length !== 1) return unknown(node);
  const separator = evaluate(args[0]!, ctx);
  if (separator.kind !== 'string') return unknown(node);
  const text = receiver.value;
  const elements: StaticValue[] = [];
  if (separator.value === '') {
    if (text.length > MAX_ITEMS) return unknown(node);
    for (let index = 0; index < text.length; index++) elements.push(sliceString(receiver, index, index + 1));
    return { kind: 'array', node, elements };
  }
  let start = 0;
  for (let index = text.indexOf(separator.value); index !== -1; index = text.indexOf(separator.value, start)) {
    elements.push(sliceString(receiver, start, index));
    start = index + separator.value.length;
    if (elements.length > MAX_ITEMS) return unknown(node);
  }
  elements.push(sliceString(receiver, start, text.length));
  return { kind: 'array', node, elements };
}

/**
 * `'AKIA-…'.replace(/-/g, '')`, `.replaceAll('-', '')`: a pattern that is a string, or a regular expression of
 * literal characters (flags none or `g`), replaced by a string without `$` patterns. The pieces kept keep where
 * their characters were written.
 */
function replaceValue(
  node: TSESTree.CallExpression,
  receiver: StringValue,
  method: 'replace' | 'replaceAll',
  args: TSESTree.Expression[],
  ctx: Context,
): StaticValue {
  if (args.length !== 2) return unknown(node);
  const pattern = literalPattern(args[0]!, ctx);
  // `replaceAll` with a regular expression that is not global throws
  if (pattern === null || pattern.text === '' || (method === 'replaceAll' && pattern.regex && !pattern.global)) {
    return unknown(node);
  }
  const replacement = evaluate(args[1]!, ctx);
  if (replacement.kind !== 'string' || replacement.value.includes('$')) return unknown(node);
  const every = method === 'replaceAll' || pattern.global;
  const text = receiver.value;
  const builder = new StringBuilder(ctx);
  let start = 0;
  let count = 0;
  for (let index = text.indexOf(pattern.text); index !== -1; index = every ? text.indexOf(pattern.text, start) : -1) {
    builder.pushAll(toStringParts(sliceString(receiver, start, index), ctx));
    builder.pushAll(toStringParts(replacement, ctx));
    start = index + pattern.text.length;
    if (++count > MAX_ITEMS) return unknown(node);
  }
  builder.pushAll(toStringParts(sliceString(receiver, start, text.length), ctx));
  return builder.result(node);
}

/** A pattern of literal characters: a string, or a regular expression literal such as `/-/g` or `/\./`. */
function literalPattern(node: TSESTree.Expression, ctx: Context): { text: string; regex: boolean; global: boolean } | null {
  const target = skipTypeWrappers(node);
  if (target.type === AST_NODE_TYPES.Literal && 'regex' in target && target.regex) {
    const { pattern, flags } = target.regex;
    if (flags !== '' && flags !== 'g') return null;
    let text = '';
    for (let index = 0; index < pattern.length; index++) {
      const character = pattern.charAt(index);
      if (character === '\\') {
        const escaped = pattern.charAt(++index);
        // `\-`, `\.`, `\/`: the character itself; `\d`, `\s`, `\n`, `\u…` are classes or escapes
        if (escaped === '' || /[\p{L}\p{N}_]/u.test(escaped)) return null;
        text += escaped;
      } else if ('^$.*+?()[]{}|/'.includes(character)) {
        return null;
      } else {
        text += character;
      }
    }
    return { text, regex: true, global: flags === 'g' };
  }
  const value = evaluate(node, ctx);
  return value.kind === 'string' ? { text: value.value, regex: false, global: false } : null;
}

function joinValue(
  node: TSESTree.CallExpression,
  array: Extract<StaticValue, { kind: 'array' }>,
  separatorNode: TSESTree.Expression | undefined,
  ctx: Context,
): StaticValue {
  let separator: Part[] = [{ text: ',', node: null, offset: 0 }];
  if (separatorNode) {
    const value = evaluate(separatorNode, ctx);
    if (value.kind !== 'undefined') separator = toStringParts(value, ctx);
  }
  const builder = new StringBuilder(ctx);
  builder.pushAll(joinParts(array, separator, ctx, 0));
  return builder.result(node);
}

/** `array.concat(…args)`; `values`: the arguments' values, when the caller has them already. */
function arrayConcatValue(
  node: TSESTree.CallExpression,
  array: Extract<StaticValue, { kind: 'array' }>,
  args: TSESTree.Expression[],
  ctx: Context,
  values?: readonly StaticValue[],
): StaticValue {
  const elements = [...array.elements];
  for (const [index, argument] of args.entries()) {
    const value = values?.[index] ?? evaluate(argument, ctx);
    if (value.kind === 'array' && !ctx.cache.jsonText.has(value)) {
      for (const element of value.elements) elements.push(element);
    } else if (
      value.kind === 'unknown' ||
      (value.kind === 'object' && value.hasUnknownKeys) ||
      ctx.cache.jsonText.has(value)
    ) {
      // May be an array (spread into the result) or a single value: one unknown run either way. An object with
      // only known keys is one element (only `Symbol.isConcatSpreadable`, an unknown key, would spread it).
      const run = unknown(argument);
      ctx.cache.runs.add(run);
      elements.push(run);
    } else {
      elements.push(value);
    }
    if (elements.length > MAX_ITEMS) {
      ctx.cutoffs++;
      return unknown(node);
    }
  }
  return { kind: 'array', node, elements };
}

/**
 * `list.concat(x, …)` on a receiver that cannot be read (a parameter), read as `[...list, ...x]`: an unknown run,
 * then the arguments as `concat` adds them. Only when an argument is a known array or object, which no code joins to
 * a string (`'a'.concat({})` is `'a[object Object]'`); `x.concat('s')` may be either, and stays unknown, and so do
 * `Buffer.concat([…])` and a method of a package (`pulumi.concat(…)`).
 */
function unknownConcatValue(
  node: TSESTree.CallExpression,
  receiver: TSESTree.Node,
  args: TSESTree.Expression[],
  ctx: Context,
): StaticValue {
  // `prefix.concat(['*'])` on a parameter declared a string joins the array into the string
  if (declaredAsString(receiver, ctx)) return unknown(node);
  const values = args.map((argument) => evaluate(argument, ctx));
  const isData = (value: StaticValue): boolean =>
    (value.kind === 'array' || value.kind === 'object') && !ctx.cache.jsonText.has(value);
  if (!values.some(isData)) return unknown(node);
  // A package's `concat` (`pulumi.concat(…)` builds a string, RxJS's an observable) is no array's
  const ref = resolveModuleRef(receiver, ctx.sourceCode);
  if (ref !== null && !ref.module.startsWith('.') && !ref.module.startsWith('/')) return unknown(node);
  const run = unknown(receiver);
  ctx.cache.runs.add(run);
  return arrayConcatValue(node, { kind: 'array', node, elements: [run] }, args, ctx, values);
}

/** Is `node` declared with a string type (`prefix: string`, `string | undefined`, `String`; see declaredTypeOf)? */
function declaredAsString(node: TSESTree.Node, ctx: Context): boolean {
  const annotation = declaredTypeOf(node, ctx.sourceCode);
  if (annotation === null) return false;
  const types = annotation.type === AST_NODE_TYPES.TSUnionType ? annotation.types : [annotation];
  return types.some(
    (type) =>
      type.type === AST_NODE_TYPES.TSStringKeyword ||
      (type.type === AST_NODE_TYPES.TSTypeReference &&
        type.typeName.type === AST_NODE_TYPES.Identifier &&
        type.typeName.name === 'String'),
  );
}

// JSON --------------------------------------------------------------------------------------------------------

function jsonStringifyValue(node: TSESTree.CallExpression, args: TSESTree.Expression[], ctx: Context): StaticValue {
  if (args.length === 0 || args.length > 3) return unknown(node);
  if (args.length >= 2) {
    const replacer = evaluate(args[1]!, ctx);
    if (replacer.kind !== 'null' && replacer.kind !== 'undefined') return unknown(node);
  }
  const value = evaluate(args[0]!, ctx);
  if (value.kind === 'unknown' || value.kind === 'partial-string') return unknown(node);
  // The data itself, marked so that string contexts serialise it. A shallow copy: the original may be shared.
  const marked = { ...value } as StaticValue;
  ctx.cache.jsonText.add(marked);
  if (args.length === 3) ctx.cache.jsonSpaces.set(marked, args[2]!);
  return marked;
}

function jsonTextParts(value: StaticValue, ctx: Context): Part[] {
  const data = toPlainData(value, ctx, 0);
  if (data === NOT_PLAIN) return [null];
  let space: string | number | undefined;
  const spaceNode = ctx.cache.jsonSpaces.get(value);
  if (spaceNode) {
    const spaceValue = evaluate(spaceNode, ctx);
    if (spaceValue.kind === 'string' || spaceValue.kind === 'number') space = spaceValue.value;
    else if (spaceValue.kind !== 'undefined' && spaceValue.kind !== 'null') return [null];
  }
  const text = JSON.stringify(data, null, space) as string | undefined;
  if (text === undefined || text.length > MAX_STRING) return [null];
  return [{ text, node: null, offset: 0 }];
}

const NOT_PLAIN = Symbol('not plain');

/** A fully known value as plain JavaScript data (for JSON.stringify), or NOT_PLAIN. */
function toPlainData(value: StaticValue, ctx: Context, depth: number): unknown {
  if (depth > MAX_DEPTH || !tick(ctx)) return NOT_PLAIN;
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return value.value;
    case 'null':
      return null;
    case 'undefined':
      return undefined;
    case 'array': {
      const result: unknown[] = [];
      for (const element of value.elements) {
        const item = toPlainData(element, ctx, depth + 1);
        if (item === NOT_PLAIN) return NOT_PLAIN;
        result.push(item);
      }
      return result;
    }
    case 'object': {
      if (value.hasUnknownKeys || value.properties.has('toJSON')) return NOT_PLAIN;
      const result = Object.create(null) as Record<string, unknown>;
      for (const [key, property] of value.properties) {
        const item = toPlainData(property.value, ctx, depth + 1);
        if (item === NOT_PLAIN) return NOT_PLAIN;
        Object.defineProperty(result, key, { value: item, enumerable: true, writable: true, configurable: true });
      }
      return result;
    }
    default:
      return NOT_PLAIN;
  }
}

function jsonParseValue(node: TSESTree.Node, input: StaticValue, ctx: Context): StaticValue {
  if (ctx.cache.jsonText.has(input)) {
    // JSON.parse(JSON.stringify(x)): the data of x.
    const copy = { ...input } as StaticValue;
    return copy;
  }
  if (input.kind !== 'string' || input.value.length > MAX_STRING) return unknown(node);
  let data: unknown;
  try {
    data = JSON.parse(input.value);
  } catch {
    return unknown(node);
  }
  return fromJsonData(data, input.node, ctx, 0);
}

/** Parsed JSON data as a StaticValue; every value's node is `node` (the string the JSON came from). */
function fromJsonData(data: unknown, node: TSESTree.Node, ctx: Context, depth: number): StaticValue {
  if (depth > MAX_DEPTH || !tick(ctx)) {
    ctx.cutoffs++;
    return unknown(node);
  }
  if (typeof data === 'string') return stringValue(data, node, [{ text: data, node: null, offset: 0 }]);
  if (typeof data === 'number') return { kind: 'number', value: data, node };
  if (typeof data === 'boolean') return { kind: 'boolean', value: data, node };
  if (data === null) return { kind: 'null', node };
  if (Array.isArray(data)) {
    if (data.length > MAX_ITEMS) return unknown(node);
    return { kind: 'array', node, elements: data.map((item: unknown) => fromJsonData(item, node, ctx, depth + 1)) };
  }
  if (typeof data === 'object') {
    const entries = Object.entries(data as Record<string, unknown>);
    if (entries.length > MAX_ITEMS) return unknown(node);
    const properties = new Map<string, StaticProperty>();
    for (const [key, item] of entries) {
      properties.set(key, { value: fromJsonData(item, node, ctx, depth + 1), property: null, keyNode: null });
    }
    return { kind: 'object', node, properties, hasUnknownKeys: false };
  }
  return unknown(node);
}

/** `parseJson`: replace strings holding JSON objects/arrays by their parsed value, at any depth of the value. */
function parseJsonDeep(value: StaticValue, ctx: Context, depth: number): StaticValue {
  if (depth > MAX_DEPTH || !tick(ctx)) return value;
  if (value.kind !== 'array' && value.kind !== 'object' && value.kind !== 'string') return value;
  let result = ctx.parsed.get(value);
  if (!result) {
    result = parseJsonValue(value, ctx, depth);
    ctx.parsed.set(value, result);
  }
  return result;
}

function parseJsonValue(value: StaticValue, ctx: Context, depth: number): StaticValue {
  switch (value.kind) {
    case 'string': {
      if (ctx.cache.jsonText.has(value) || !looksLikeJson(value.value)) return value;
      const parsed = jsonParseValue(value.node, value, ctx);
      return parsed.kind === 'unknown' ? value : parsed;
    }
    case 'array': {
      let changed = false;
      const elements = value.elements.map((element) => {
        const next = parseJsonDeep(element, ctx, depth + 1);
        if (next !== element) changed = true;
        return next;
      });
      if (!changed) return value;
      const copy: StaticValue = { ...value, elements };
      if (ctx.cache.jsonText.has(value)) ctx.cache.jsonText.add(copy);
      return copy;
    }
    case 'object': {
      let changed = false;
      const properties = new Map<string, StaticProperty>();
      for (const [key, property] of value.properties) {
        const next = parseJsonDeep(property.value, ctx, depth + 1);
        if (next !== property.value) changed = true;
        properties.set(key, next === property.value ? property : { ...property, value: next });
      }
      if (!changed) return value;
      const copy: StaticValue = { ...value, properties };
      if (ctx.cache.jsonText.has(value)) ctx.cache.jsonText.add(copy);
      return copy;
    }
    default:
      return value;
  }
}

function looksLikeJson(text: string): boolean {
  if (text.length > MAX_JSON) return false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === ' ' || character === '\t' || character === '\n' || character === '\r') continue;
    return character === '{' || character === '[';
  }
  return false;
}

// Decoding ----------------------------------------------------------------------------------------------------

/** `Buffer` as the global, or bound to `buffer` / `node:buffer`'s export (imported or required). */
function isBuffer(node: TSESTree.Node, ctx: Context): boolean {
  const target = skipTypeWrappers(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(target, ctx);
  if (variable === null || variable.defs.length === 0) return target.name === 'Buffer';
  const ref = resolveModuleRef(target, ctx.sourceCode);
  return (
    ref !== null &&
    (ref.module === 'buffer' || ref.module === 'node:buffer') &&
    ref.path.length === 1 &&
    ref.path[0] === 'Buffer'
  );
}

/** `new Buffer(text, 'base64')`, the deprecated form of `Buffer.from` that code of Node 4 and 5 wrote. */
function newValue(node: TSESTree.NewExpression, ctx: Context): StaticValue {
  if (!ctx.decode || !isBuffer(node.callee, ctx)) return unknown(node);
  if (node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return unknown(node);
  return bufferFromValue(node, node.arguments as TSESTree.Expression[], ctx);
}

/** The encodings `bufferFromValue` reads: text as it is, base64 and hex. */
const READ_BUFFER_ENCODINGS: ReadonlySet<string> = new Set(['utf8', 'utf-8', 'base64', 'base64url', 'hex']);

function bufferFromValue(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  args: TSESTree.Expression[],
  ctx: Context,
): StaticValue {
  if (args.length === 0 || args.length > 2) return unknown(node);
  // The encoding first: it is a literal, and one that is not read (`'binary'`, a run-time value) spares the
  // evaluation of the input, often a run-time value built of many parts
  let encoding = 'utf8';
  if (args.length === 2) {
    const value = evaluate(args[1]!, ctx);
    if (value.kind !== 'string') return unknown(node);
    encoding = value.value.toLowerCase();
    if (!READ_BUFFER_ENCODINGS.has(encoding)) return unknown(node);
  }
  const input = evaluate(args[0]!, ctx);
  // `Buffer.from([0x41, 0x4b, …])`: the bytes of a list, read as UTF-8 by `toString()`
  if (input.kind === 'array' && args.length === 1) return bytesValue(node, input.elements);
  if (input.kind !== 'string') return unknown(node);
  if (encoding === 'utf8' || encoding === 'utf-8') return input;
  let bytes: Buffer | null = null;
  if (encoding === 'base64' || encoding === 'base64url') bytes = decodeBase64Bytes(input.value, true);
  else if (encoding === 'hex') bytes = decodeHexBytes(input.value);
  if (bytes === null) return unknown(node);
  const text = utf8(bytes);
  return text === null ? unknown(node) : literalString(node, text);
}

/** The text of `String.fromCharCode(…)` / `String.fromCodePoint(…)` when every argument is a valid code. */
function charCodesValue(
  node: TSESTree.CallExpression,
  method: 'fromCharCode' | 'fromCodePoint',
  args: readonly TSESTree.Expression[],
  ctx: Context,
): StaticValue {
  if (args.length > MAX_CHAR_CODES) return unknown(node);
  return codesValue(node, method, args.map((argument) => evaluate(argument, ctx)));
}

/** The text of character codes, each an integer in the method's range; unknown otherwise. */
function codesValue(node: TSESTree.Node, method: 'fromCharCode' | 'fromCodePoint', values: readonly StaticValue[]): StaticValue {
  const codes = integersUpTo(values, method === 'fromCharCode' ? 0xffff : 0x10ffff);
  if (codes === null) return unknown(node);
  return literalString(node, method === 'fromCharCode' ? String.fromCharCode(...codes) : String.fromCodePoint(...codes));
}

/** The numbers of `values` when each is an integer from 0 to `limit` (and they are at most MAX_CHAR_CODES); else null. */
function integersUpTo(values: readonly StaticValue[], limit: number): number[] | null {
  if (values.length > MAX_CHAR_CODES) return null;
  const integers: number[] = [];
  for (const value of values) {
    if (value.kind !== 'number' || !Number.isInteger(value.value) || value.value < 0 || value.value > limit) return null;
    integers.push(value.value);
  }
  return integers;
}

/**
 * `String.fromCharCode(...CODES)` / `String.fromCodePoint(65, ...REST)` of the global `String`: each spread a list
 * known here, its elements the codes in place. Null for any other call with a spread argument.
 */
function spreadCharCodesValue(node: TSESTree.CallExpression, callee: TSESTree.Node, ctx: Context): StaticValue | null {
  if (!ctx.decode || callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = staticMemberName(callee);
  if (method === null || !isCharCodeMethod(method) || !isGlobal(callee.object, 'String', ctx)) return null;
  const values: StaticValue[] = [];
  for (const argument of node.arguments) {
    if (argument.type !== AST_NODE_TYPES.SpreadElement) values.push(evaluate(argument, ctx));
    else {
      const spread = evaluate(argument.argument, ctx);
      if (spread.kind !== 'array') return null;
      values.push(...spread.elements);
    }
    if (values.length > MAX_CHAR_CODES) return null;
  }
  return codesValue(node, method, values);
}

/** The UTF-8 text of a list of bytes (integers 0–255), as `Buffer.from(bytes).toString()` reads it; else unknown. */
function bytesValue(node: TSESTree.Node, elements: readonly StaticValue[]): StaticValue {
  const bytes = elements.length === 0 ? null : integersUpTo(elements, 255);
  const text = bytes === null ? null : utf8(Uint8Array.from(bytes));
  return text === null ? unknown(node) : literalString(node, text);
}

/** Most arguments of a character-code call read (a key pair is 60 characters; a longer call is no credential's). */
const MAX_CHAR_CODES = 4_096;

function isBase64Character(code: number, urlSafe: boolean): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 43 ||
    code === 47 ||
    (urlSafe && (code === 45 || code === 95))
  );
}

/** Strict base64 (padding optional; `-`/`_` allowed when `urlSafe`), or null when not valid base64. */
function decodeBase64Bytes(text: string, urlSafe: boolean): Buffer | null {
  let end = text.length;
  let padding = 0;
  while (end > 0 && text.charCodeAt(end - 1) === 61 && padding < 2) {
    end--;
    padding++;
  }
  if (end % 4 === 1 || (padding > 0 && (end + padding) % 4 !== 0)) return null;
  for (let index = 0; index < end; index++) {
    if (!isBase64Character(text.charCodeAt(index), urlSafe)) return null;
  }
  return Buffer.from(text.slice(0, end), 'base64');
}

function decodeHexBytes(text: string): Buffer | null {
  if (text.length % 2 !== 0) return null;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const hex = (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
    if (!hex) return null;
  }
  return Buffer.from(text, 'hex');
}

/**
 * The bytes as UTF-8 text, or null when they are not well-formed UTF-8 (binary data: a hash written in hex, random
 * bytes). One lenient decoder serves every call: a strict one throws on binary data, and a thrown error costs far more
 * than the decoding (tens of microseconds each, in files full of `Buffer.from(hash, 'hex')`). Ill-formed input
 * decodes to U+FFFD; only bytes that spell U+FFFD themselves (`EF BF BD`) need the strict decoder to tell.
 */
function utf8(bytes: Uint8Array): string | null {
  const text = LENIENT_UTF8.decode(bytes);
  if (!text.includes('\uFFFD')) return text;
  if (!bytes.includes(0xef)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const LENIENT_UTF8 = new TextDecoder('utf-8');

/** `atob`: standard base64 after removing ASCII whitespace, decoded to a binary (Latin-1) string. */
function decodeAtob(text: string): string | null {
  let compact = '';
  for (const character of text) {
    if (character !== ' ' && character !== '\t' && character !== '\n' && character !== '\f' && character !== '\r') {
      compact += character;
    }
  }
  const bytes = decodeBase64Bytes(compact, false);
  return bytes === null ? null : bytes.toString('latin1');
}

function decodeUriComponent(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** `decodeURI`: like `decodeURIComponent`, but escapes of reserved characters (`%2F`, `%2B`, …) stay as written. */
function decodeUri(text: string): string | null {
  try {
    return decodeURI(text);
  } catch {
    return null;
  }
}

/** `atob(x)`, `decodeURIComponent(x)`, `decodeURI(x)` of a known string. */
function globalDecodeValue(
  node: TSESTree.CallExpression,
  name: string,
  argument: TSESTree.Expression,
  ctx: Context,
): StaticValue {
  const input = evaluate(argument, ctx);
  if (input.kind !== 'string') return unknown(node);
  const decoded =
    name === 'atob'
      ? decodeAtob(input.value)
      : name === 'decodeURI'
        ? decodeUri(input.value)
        : decodeUriComponent(input.value);
  return decoded === null ? unknown(node) : literalString(node, decoded);
}

// ---------------------------------------------------------------------------------------------------------------
// Source ranges
// ---------------------------------------------------------------------------------------------------------------

/** Source offsets [from, to) of the text between a Literal's quotes or a TemplateElement's delimiters. */
function contentBounds(node: TSESTree.Literal | TSESTree.TemplateElement, text: string): [number, number] | null {
  const [start, end] = node.range;
  if (node.type === AST_NODE_TYPES.Literal) {
    const quote = text[start];
    if ((quote !== '"' && quote !== "'") || text[end - 1] !== quote || end - start < 2) return null;
    return [start + 1, end - 1];
  }
  // Both espree and @typescript-eslint/parser include the delimiters (`` ` ``, `${`, `}`) in the range; detect it
  // from the template literal (its first quasi starts at the backtick) rather than assume.
  const template = node.parent as TSESTree.Node | undefined;
  let includesDelimiters: boolean;
  if (template?.type === AST_NODE_TYPES.TemplateLiteral && template.quasis[0]) {
    includesDelimiters = template.quasis[0].range[0] === template.range[0];
  } else {
    includesDelimiters = text[start] === '`' || text[start] === '}';
  }
  if (!includesDelimiters) return [start, end];
  const opening = text[start];
  const closing = node.tail ? text[end - 1] : text.slice(end - 2, end);
  if ((opening !== '`' && opening !== '}') || closing !== (node.tail ? '`' : '${')) return null;
  return [start + 1, end - (node.tail ? 1 : 2)];
}

function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/**
 * Decode one source unit at `position`: [source length, produced text] or null when not decodable.
 * `raw`: template raw text (only line breaks are normalised). `template`: line breaks normalise to `\n`.
 */
export function decodeUnit(text: string, position: number, to: number, template: boolean, raw: boolean): [number, string] | null {
  const character = text[position]!;
  if (character === '\r' && template) return text[position + 1] === '\n' && position + 1 < to ? [2, '\n'] : [1, '\n'];
  if (character !== '\\' || raw) return [1, character];
  if (position + 1 >= to) return null;
  const next = text[position + 1]!;
  switch (next) {
    case 'n':
      return [2, '\n'];
    case 't':
      return [2, '\t'];
    case 'r':
      return [2, '\r'];
    case 'b':
      return [2, '\b'];
    case 'f':
      return [2, '\f'];
    case 'v':
      return [2, '\v'];
    case '\n':
    case '\u2028':
    case '\u2029':
      return [2, ''];
    case '\r':
      return text[position + 2] === '\n' && position + 2 < to ? [3, ''] : [2, ''];
    case 'x': {
      if (position + 4 > to) return null;
      if (!isHexDigit(text.charCodeAt(position + 2)) || !isHexDigit(text.charCodeAt(position + 3))) return null;
      return [4, String.fromCharCode(Number.parseInt(text.slice(position + 2, position + 4), 16))];
    }
    case 'u': {
      if (text[position + 2] === '{') {
        let end = position + 3;
        while (end < to && end - position < 16 && isHexDigit(text.charCodeAt(end))) end++;
        if (end >= to || text[end] !== '}' || end === position + 3) return null;
        const codePoint = Number.parseInt(text.slice(position + 3, end), 16);
        if (codePoint > 0x10ffff) return null;
        return [end + 1 - position, String.fromCodePoint(codePoint)];
      }
      if (position + 6 > to) return null;
      for (let index = position + 2; index < position + 6; index++) if (!isHexDigit(text.charCodeAt(index))) return null;
      return [6, String.fromCharCode(Number.parseInt(text.slice(position + 2, position + 6), 16))];
    }
    default:
      break;
  }
  const code = next.charCodeAt(0);
  if (code >= 48 && code <= 55) {
    // `\0` or a legacy octal escape: up to three digits, value at most 0o377.
    let end = position + 2;
    const maxLength = code <= 51 ? 3 : 2;
    while (end < to && end - position - 1 < maxLength) {
      const digit = text.charCodeAt(end);
      if (digit < 48 || digit > 55) break;
      end++;
    }
    return [end - position, String.fromCharCode(Number.parseInt(text.slice(position + 1, end), 8))];
  }
  // Any other escaped character stands for itself (a surrogate pair stays together).
  if (code >= 0xd800 && code <= 0xdbff && position + 2 < to) {
    const low = text.charCodeAt(position + 2);
    if (low >= 0xdc00 && low <= 0xdfff) return [3, text.slice(position + 1, position + 3)];
  }
  return [2, next];
}

/**
 * Where each cooked character of a string literal or template element sits in the source: built once per node (a
 * string with thousands of candidates is then mapped in linear time, not once per candidate). `identity`: the
 * source text is the value itself. Otherwise `starts[i]` is the source position of the unit that produces
 * character `i` (`starts[length]` the end of the content) and `ends[i]` the position after the unit whose output
 * ends at character `i` (`ends[0]` the start); -1 where `i` falls inside a unit that produces several characters.
 */
interface CookedMap {
  from: number;
  identity: boolean;
  starts: Int32Array | null;
  ends: Int32Array | null;
}

/** Per node, for cooked text and for raw template text: a map, or null when the value cannot be mapped exactly. */
const cookedMaps = new WeakMap<TSESTree.Node, CookedMap | null>();
const rawMaps = new WeakMap<TSESTree.Node, CookedMap | null>();

function mapRange(
  node: TSESTree.Literal | TSESTree.TemplateElement,
  start: number,
  end: number,
  sourceCode: SourceCode,
  raw: boolean,
): [number, number] | null {
  const cache = raw ? rawMaps : cookedMaps;
  let map = cache.get(node);
  if (map === undefined) {
    map = buildCookedMap(node, sourceCode, raw);
    cache.set(node, map);
  }
  if (map === null) return null;
  const length = map.starts === null ? -1 : map.starts.length - 1;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return null;
  if (map.identity) {
    const expected = valueText(node, raw);
    if (expected === null || end > expected.length) return null;
    return [map.from + start, map.from + end];
  }
  if (end > length) return null;
  const sourceStart = map.starts![start]!;
  if (sourceStart < 0) return null;
  if (start === end) return [sourceStart, sourceStart];
  const sourceEnd = map.ends![end]!;
  return sourceEnd < 0 ? null : [sourceStart, sourceEnd];
}

/** The text a node's characters are counted in: the cooked value, or a template element's raw text. */
function valueText(node: TSESTree.Literal | TSESTree.TemplateElement, raw: boolean): string | null {
  if (node.type === AST_NODE_TYPES.Literal) return raw || typeof node.value !== 'string' ? null : node.value;
  return raw ? node.value.raw : node.value.cooked;
}

function buildCookedMap(
  node: TSESTree.Literal | TSESTree.TemplateElement,
  sourceCode: SourceCode,
  raw: boolean,
): CookedMap | null {
  const text = sourceCode.text;
  const expected = valueText(node, raw);
  if (expected === null) return null;
  const bounds = contentBounds(node, text);
  if (!bounds) return null;
  const [from, to] = bounds;
  // Fast path: the source text is the value itself.
  if (to - from === expected.length && text.startsWith(expected, from)) {
    return { from, identity: true, starts: null, ends: null };
  }
  const template = node.type === AST_NODE_TYPES.TemplateElement;
  const starts = new Int32Array(expected.length + 1).fill(-1);
  const ends = new Int32Array(expected.length + 1).fill(-1);
  starts[0] = from;
  ends[0] = from;
  let position = from;
  let produced = 0;
  let started = false;
  while (position < to) {
    const unit = decodeUnit(text, position, to, template, raw);
    if (!unit) return null;
    const [length, output] = unit;
    if (output.length > 0) {
      if (!expected.startsWith(output, produced)) return null;
      // The range starts at the unit that produces the character (after any line continuation)
      if (produced > 0 || !started) starts[produced] = position;
      started = true;
      produced += output.length;
      ends[produced] = position + length;
    }
    position += length;
  }
  if (position !== to || produced !== expected.length) return null;
  starts[expected.length] = to;
  return { from, identity: false, starts, ends };
}

/**
 * Source range of cooked characters [start, end) of a Literal or TemplateElement, mapping through escapes
 * (`'\u0041KIA…'`); with `raw`, of the characters of a template element's raw text (`String.raw`). Null when it
 * cannot be mapped exactly (then report on the whole node).
 */
export function cookedRangeToSourceRange(
  node: TSESTree.Literal | TSESTree.TemplateElement,
  start: number,
  end: number,
  sourceCode: SourceCode,
  raw = false,
): [number, number] | null {
  try {
    return mapRange(node, start, end, sourceCode, raw);
  } catch {
    return null;
  }
}

/** Source range of [start, end) within one segment: exact when mappable, else the segment node's whole range. */
function segmentRange(segment: StringSegment, start: number, end: number, sourceCode: SourceCode): [number, number] {
  const node = segment.node!;
  if (node.type === AST_NODE_TYPES.Literal || node.type === AST_NODE_TYPES.TemplateElement) {
    const mapped = mapRange(node, segment.offset + start, segment.offset + end, sourceCode, segment.raw === true);
    if (mapped) return mapped;
  }
  return [node.range[0], node.range[1]];
}

/** Source range covering cooked characters [start, end) of a string value across its segments (for `'AKIA' + '…'`). */
export function stringValueRange(
  value: Extract<StaticValue, { kind: 'string' }>,
  start: number,
  end: number,
  sourceCode: SourceCode,
): [number, number] | null {
  try {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > value.value.length) {
      return null;
    }
    const whole: [number, number] = [value.node.range[0], value.node.range[1]];
    const covered: { segment: StringSegment; from: number; to: number }[] = [];
    let position = 0;
    for (const segment of value.segments) {
      const segmentEnd = position + segment.text.length;
      const overlaps = start === end ? position <= start && start < segmentEnd : position < end && start < segmentEnd;
      if (overlaps) {
        covered.push({ segment, from: Math.max(start, position) - position, to: Math.min(end, segmentEnd) - position });
      }
      if (segmentEnd >= end && covered.length > 0) break;
      position = segmentEnd;
    }
    if (covered.length === 0 || covered.some(({ segment }) => segment.node === null)) return whole;
    const first = covered[0]!;
    const last = covered[covered.length - 1]!;
    const head = segmentRange(first.segment, first.from, first.to, sourceCode);
    const tail = last === first ? head : segmentRange(last.segment, last.from, last.to, sourceCode);
    return head[0] <= tail[1] ? [head[0], tail[1]] : whole;
  } catch {
    return null;
  }
}

/** A string, number, boolean, `null` or `undefined` value. */
function isKnownPrimitive(value: StaticValue): value is PrimitiveValue | Extract<StaticValue, { kind: 'string' }> {
  return value.kind === 'string' || isPrimitive(value);
}

/** Do both values hold the same primitive (`Object.is`, so `NaN` is itself and `0` is not `-0`)? */
function samePrimitive(first: PrimitiveValue | Extract<StaticValue, { kind: 'string' }>, second: StaticValue): boolean {
  if (first.kind !== second.kind) return false;
  if (first.kind === 'null' || first.kind === 'undefined') return true;
  return Object.is(first.value, (second as typeof first).value);
}
