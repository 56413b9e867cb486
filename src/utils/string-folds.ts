import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  getPropertyName,
  isTypeWrapper,
  methodCallOfReceiver,
  nodeAtIndex,
  skipTypeWrappers,
  statementListOf,
  staticClassFields,
} from './ast.js';

/**
 * String folds: expressions whose string value is assembled from pieces (`a + b`, templates with expressions,
 * `[…].join(…)`, `.concat(…)`, `.toString()`, and decoding calls), and a cheap syntactic prefilter that tells
 * whether a fold can hold a credential before anyone pays for static evaluation (scope lookups).
 *
 * Nothing here recurses without a depth bound or throws.
 */

const MAX_WALK = 32;
/** Methods whose result folds the receiver (and for `concat` the arguments) into one string. */
const FOLD_METHODS: ReadonlySet<string> = new Set(['join', 'concat', 'toString', 'replace', 'replaceAll']);
/** String methods whose result static evaluation reads from a known receiver, modelled as any text of it. */
const REWRITE_METHODS: ReadonlySet<string> = new Set(['replace', 'replaceAll', 'split']);

/**
 * `Buffer.from(…)` (and its deprecated forms `new Buffer(…)`, `Buffer(…)`), `atob(…)`, `decodeURIComponent(…)`,
 * `decodeURI(…)` (also on the global object: `globalThis.atob(…)`, `window.atob(…)`): their first argument is decoded.
 */
export function isDecodeCall(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = skipTypeWrappers(node.callee);
  // `new Buffer(…)` and `Buffer(…)`: the deprecated forms of `Buffer.from(…)`
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return node.type === AST_NODE_TYPES.CallExpression ? isDecoderName(callee.name) : callee.name === 'Buffer';
  }
  if (node.type === AST_NODE_TYPES.NewExpression) return false;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const object = skipTypeWrappers(callee.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return false;
    const name = getPropertyName(callee);
    if (object.name === 'Buffer') return name === 'from';
    return GLOBAL_OBJECT_NAMES.has(object.name) && name !== null && isGlobalDecoderName(name);
  }
  return false;
}

/**
 * A call that static evaluation may decode, by its callee's name: `atob(…)`, `decodeURI…(…)`, and `….from(…)`,
 * `….atob(…)` on any object (`Buffer['from']`, `buffer.Buffer.from`: the evaluator knows more ways to name `Buffer`
 * than `isDecodeCall`).
 */
export function mayDecode(node: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(node.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return isDecoderName(callee.name);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getPropertyName(callee);
  return name !== null && (name === 'from' || isGlobalDecoderName(name) || isCharCodeMethod(name));
}

/**
 * The start of a name a callee of `mayDecode` or `isDecodeCall` spells: `atob`, `decodeURI…`, `Buffer`, `from…`
 * (`from`, `fromCharCode`, `fromCodePoint`), as an identifier or a computed key (`Buffer['from']`).
 */
const DECODER_NAME_START = /\b(?:atob|decodeURI|Buffer|from)/g;
/** What follows `from` in `fromCharCode` / `fromCodePoint`. */
const CHAR_CODE_REST = /CharCode|CodePoint/uy;
/** What precedes a property name written as a member: `.`, or the quote of a computed key. */
const AFTER_MEMBER_ACCESS: ReadonlySet<number> = new Set([0x2e /* . */, 0x27 /* ' */, 0x22 /* " */, 0x60 /* ` */]);

/**
 * Calls `visit` with each call of the file that may decode (`mayDecode`, or `new Buffer(…)`), in source order, until
 * it returns `false`. Found from where the text spells a decoder's name, not by a walk of the file: every callee of
 * such a call spells one, and reading each node of a large file costs more than a rule's budget for it.
 */
export function forEachMayDecodeCall(
  sourceCode: Readonly<TSESLint.SourceCode>,
  visit: (call: TSESTree.CallExpression | TSESTree.NewExpression) => boolean | void,
): void {
  const text = sourceCode.text;
  const pattern = new RegExp(DECODER_NAME_START.source, 'g');
  let lastCall: TSESTree.Node | null = null;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // `from` names a callee after a dot or inside a computed key's quotes (`Buffer.from`, `Buffer['from']`); every
    // `import … from '…'` of a module writes it after a space
    // (`String. fromCharCode(…)`, a space or a comment after the dot: no import writes `fromCharCode`)
    if (match[0] === 'from' && !AFTER_MEMBER_ACCESS.has(text.charCodeAt(match.index - 1))) {
      CHAR_CODE_REST.lastIndex = match.index + 4;
      if (!CHAR_CODE_REST.test(text)) continue;
    }
    const call = calleeOwnerAt(sourceCode, match.index);
    // `Buffer.from(…)` spells two names of one callee
    if (call === null || call === lastCall) continue;
    lastCall = call;
    const decodes = call.type === AST_NODE_TYPES.CallExpression ? mayDecode(call) : isDecodeCall(call);
    if (decodes && visit(call) === false) return;
  }
}

/** The nearest call or `new` around the text at `index`, when that text is in its callee; null otherwise. */
function calleeOwnerAt(
  sourceCode: Readonly<TSESLint.SourceCode>,
  index: number,
): TSESTree.CallExpression | TSESTree.NewExpression | null {
  for (let node = nodeAtIndex(sourceCode, index); node !== null && node !== undefined; node = node.parent ?? null) {
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) continue;
    const [start, end] = node.callee.range;
    return start <= index && index < end ? node : null;
  }
  return null;
}

/** `String.fromCharCode` / `String.fromCodePoint`: text spelled as the codes of its characters. */
export function isCharCodeMethod(name: string): name is 'fromCharCode' | 'fromCodePoint' {
  return name === 'fromCharCode' || name === 'fromCodePoint';
}

/**
 * `String.fromCharCode(…)` / `String.fromCodePoint(…)` by name (static evaluation checks that `String` is the
 * global).
 */
export function isCharCodeCall(node: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const object = skipTypeWrappers(callee.object);
  const name = getPropertyName(callee);
  return object.type === AST_NODE_TYPES.Identifier && object.name === 'String' && name !== null && isCharCodeMethod(name);
}

/** Names of the global object: `globalThis.atob(…)` is `atob(…)`. */
export const GLOBAL_OBJECT_NAMES: ReadonlySet<string> = new Set(['globalThis', 'window', 'self', 'global']);
/**
 * The global functions that decode their first argument (`Buffer.from` aside): `atob`, `decodeURI`,
 * `decodeURIComponent`. Compared, not looked up in a set: the listeners ask for every call of a file, and each name
 * the parser made is a fresh string that a set lookup must hash first (a comparison stops at a length that differs).
 */
export function isGlobalDecoderName(name: string): boolean {
  return name === 'atob' || name === 'decodeURI' || name === 'decodeURIComponent';
}

/** `x.join(…)`, `x.concat(…)`, `x.toString(…)`: the method name when the call folds its receiver. */
export function foldMethodOf(node: TSESTree.CallExpression): string | null {
  const callee = node.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = getPropertyName(callee);
  return name !== null && FOLD_METHODS.has(name) ? name : null;
}

/**
 * Is this call a fold (join/concat/toString or a decoding call)? Written for a listener that sees every call:
 * no allocation, a handful of property reads.
 */
export function isFoldCall(node: TSESTree.CallExpression): boolean {
  const callee = node.callee;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    // `Buffer['from'](…)`, `parts['join']('')`: a computed key is read only when the member is computed (rare)
    const name = callee.computed
      ? getPropertyName(callee)
      : callee.property.type === AST_NODE_TYPES.Identifier
        ? callee.property.name
        : null;
    if (name === null) return false;
    if (name === 'join' || name === 'concat' || name === 'toString') return true;
    if (name === 'replace' || name === 'replaceAll') return replacesWithLiterals(node);
    if (isCharCodeMethod(name)) return isCharCodeCall(node);
    return (name === 'from' || isGlobalDecoderName(name)) && isDecodeCall(node);
  }
  if (callee.type === AST_NODE_TYPES.Identifier) return isDecoderName(callee.name);
  return false;
}

/**
 * `x.replace('-', '')`, `x.replace(/-/g, '')`: a pattern and a replacement written as literals, the only replacements
 * static evaluation reads (published code replaces with functions and variables all the time).
 */
function replacesWithLiterals(node: TSESTree.CallExpression): boolean {
  const [pattern, replacement] = node.arguments;
  return (
    node.arguments.length === 2 &&
    pattern?.type === AST_NODE_TYPES.Literal &&
    (typeof pattern.value === 'string' || 'regex' in pattern) &&
    replacement?.type === AST_NODE_TYPES.Literal &&
    typeof replacement.value === 'string'
  );
}

/** A function called by its name that decodes its first argument: a global decoder, or the deprecated `Buffer(…)`. */
function isDecoderName(name: string): boolean {
  return isGlobalDecoderName(name) || name === 'Buffer';
}

/** `Object.values(x)`, by name (a prefilter: static evaluation checks that `Object` is the global). */
function isObjectValuesCall(node: TSESTree.CallExpression): boolean {
  return isObjectMethodCall(node, 'values');
}

/** `Object.<method>(x)` with one argument (by name: static evaluation checks that `Object` is the global). */
function isObjectMethodCall(node: TSESTree.CallExpression, method: string): boolean {
  const callee = skipTypeWrappers(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || node.arguments.length !== 1) return false;
  const object = skipTypeWrappers(callee.object);
  return object.type === AST_NODE_TYPES.Identifier && object.name === 'Object' && getPropertyName(callee) === method;
}

/**
 * The object `Object.freeze({ … })` makes read-only, which is that object itself (how teams write constants); null
 * for any other node.
 */
export function frozenObject(node: TSESTree.Node): TSESTree.Node | null {
  if (node.type !== AST_NODE_TYPES.CallExpression || !isObjectMethodCall(node, 'freeze')) return null;
  const argument = node.arguments[0]!;
  return argument.type === AST_NODE_TYPES.SpreadElement ? null : argument;
}

/** For `receiver.join(…)` / `.concat(…)` / `.toString(…)`: the call, when `receiver` is its object. */
export function foldCallOfReceiver(receiver: TSESTree.Node): TSESTree.CallExpression | null {
  return methodCallOfReceiver(receiver, FOLD_METHODS);
}

/** The nearest fold construct that consumes the value of `node` (through type wrappers and `[…].join`), or null. */
export function foldOwner(node: TSESTree.Node): TSESTree.Node | null {
  let current = node;
  for (let depth = 0; depth < MAX_WALK; depth++) {
    const parent = current.parent;
    if (!parent) return null;
    if (isTypeWrapper(parent)) {
      current = parent;
      continue;
    }
    switch (parent.type) {
      case AST_NODE_TYPES.BinaryExpression:
        return parent.operator === '+' ? parent : null;
      case AST_NODE_TYPES.TemplateLiteral:
        return parent.expressions.length > 0 ? parent : null;
      case AST_NODE_TYPES.ArrayExpression: {
        const call = foldCallOfReceiver(parent);
        return call && foldMethodOf(call) !== 'toString' ? call : null;
      }
      case AST_NODE_TYPES.MemberExpression:
        return parent.object === current ? foldCallOfReceiver(current) : null;
      case AST_NODE_TYPES.CallExpression:
        if (parent.callee === current) return null;
        if (isDecodeCall(parent)) return parent.arguments[0] === current ? parent : null;
        return foldMethodOf(parent) === 'concat' ? parent : null;
      default:
        return null;
    }
  }
  return null;
}

/**
 * What an assignment appends to a string name, in order: `key += '…'` → its right side; `key = key + a + b` → `a`, `b`
 * (the name first, then what follows it in the `+` chain). Null for any other assignment. Written for a listener.
 */
export function appendedPieces(node: TSESTree.AssignmentExpression): TSESTree.Node[] | null {
  if (node.left.type !== AST_NODE_TYPES.Identifier) return null;
  if (node.operator === '+=') return [node.right];
  if (node.operator !== '=') return null;
  const operands: TSESTree.Node[] = [];
  let current = skipTypeWrappers(node.right);
  for (let depth = 0; depth < MAX_WALK && current.type === AST_NODE_TYPES.BinaryExpression; depth++) {
    if (current.operator !== '+') return null;
    operands.push(current.right);
    current = skipTypeWrappers(current.left);
  }
  const named = current.type === AST_NODE_TYPES.Identifier && current.name === node.left.name;
  return named && operands.length > 0 ? operands.reverse() : null;
}

/** A name's string built up statement by statement: its declaration and the appends that follow it. */
export interface AppendChain {
  declarator: TSESTree.VariableDeclarator & { id: TSESTree.Identifier; init: TSESTree.Expression };
  /** The initialiser, then each appended piece, in source order. */
  pieces: TSESTree.Node[];
}

/** Appends read in one chain at most: a key is built in a few; a generated file of thousands is not read. */
const MAX_CHAIN_APPENDS = 256;

/**
 * `let key = 'AKIA…'; key += '…'; key += '…';`: the pieces a `let` / `var` name's string is built from, when every
 * write to it is its initialiser or an append (`appendedPieces`) written as a statement of the same statement list
 * as its declaration (a block, the module, a static block, a `switch` case, a namespace), after it. Appends in a
 * branch, a loop or another function, or any other write, make its value depend on the run: null. `appends` are the
 * file's appending assignments (to know a write is one).
 */
export function appendChainOf(
  variable: {
    defs: readonly { node: TSESTree.Node }[];
    references: readonly { identifier: TSESTree.Node; init?: boolean | null; isWrite(): boolean }[];
  },
  appends: ReadonlyMap<TSESTree.AssignmentExpression, readonly TSESTree.Node[]>,
): AppendChain | null {
  if (variable.defs.length !== 1) return null;
  const declarator = variable.defs[0]!.node;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const declaration = declarator.parent;
  if (!declarator.init || declaration.kind === 'const') return null;
  // `export let key = …`: the statement is the export
  const exported = declaration.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration;
  const statement = exported ? declaration.parent : declaration;
  const list = statement.parent;
  if (list === undefined || statementListOf(list) === null) return null;
  const found: TSESTree.ExpressionStatement[] = [];
  for (const reference of variable.references) {
    if (!reference.isWrite() || reference.init) continue;
    const assignment = reference.identifier.parent;
    const appended = assignment?.type === AST_NODE_TYPES.AssignmentExpression && appends.has(assignment);
    const append = assignment?.parent;
    if (!appended || append?.type !== AST_NODE_TYPES.ExpressionStatement || append.parent !== list) return null;
    if (append.range[0] <= statement.range[0] || found.length >= MAX_CHAIN_APPENDS) return null;
    found.push(append);
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.range[0] - b.range[0]);
  const pieces: TSESTree.Node[] = [declarator.init];
  for (const append of found) pieces.push(...appends.get(append.expression as TSESTree.AssignmentExpression)!);
  return { declarator: declarator as AppendChain['declarator'], pieces };
}

// ---------------------------------------------------------------------------------------------------------------
// Run models: can a fold hold a credential?
// ---------------------------------------------------------------------------------------------------------------

/**
 * What a piece of a string can contribute to a credential: its length, and for two character classes, `[A-Z2-7]`
 * (an access key ID is 20 of them in a row) and `[A-Za-z0-9+/]` (a secret is 40), whether the piece is all of that
 * class (`all`), the run at its start (`head`) and end (`tail`), and its longest run. Concatenation combines models
 * exactly, so a fold's model says whether some run of 20 / 40 can form across its pieces.
 */
export interface RunModel {
  readonly length: number;
  readonly all32: boolean;
  readonly head32: number;
  readonly tail32: number;
  readonly longest32: number;
  readonly all64: boolean;
  readonly head64: number;
  readonly tail64: number;
  readonly longest64: number;
}

function model(
  length: number,
  all32: boolean,
  head32: number,
  tail32: number,
  longest32: number,
  all64: boolean,
  head64: number,
  tail64: number,
  longest64: number,
): RunModel {
  return { length, all32, head32, tail32, longest32, all64, head64, tail64, longest64 };
}

export const EMPTY_MODEL: RunModel = model(0, true, 0, 0, 0, true, 0, 0, 0);
/** A value nothing is known about (a parameter, a call): static evaluation leaves a gap there, which ends a run. */
export const UNKNOWN_MODEL: RunModel = model(0, false, 0, 0, 0, false, 0, 0, 0);
/** A value that may be anything. */
export const ANY_MODEL: RunModel = anyModel(Infinity);

/** Up to `length` characters of anything (a decoded value). */
export function anyModel(length: number): RunModel {
  return model(length, true, length, length, length, true, length, length, length);
}

/** Can a string with this model hold an access key ID (20 of `[A-Z2-7]`) or a secret (40 base64 characters)? */
export function mayHoldCredential(value: RunModel): boolean {
  return value.longest32 >= 20 || value.longest64 >= 40;
}

export function literalModel(value: string): RunModel {
  const length = value.length;
  if (length === 0) return EMPTY_MODEL;
  let head32 = -1;
  let head64 = -1;
  let run32 = 0;
  let run64 = 0;
  let longest32 = 0;
  let longest64 = 0;
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index);
    const upper = code >= 0x41 && code <= 0x5a;
    if (upper || (code >= 0x32 && code <= 0x37)) {
      run32++;
      if (run32 > longest32) longest32 = run32;
    } else {
      if (head32 === -1) head32 = run32;
      run32 = 0;
    }
    if (upper || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2f) {
      run64++;
      if (run64 > longest64) longest64 = run64;
    } else {
      if (head64 === -1) head64 = run64;
      run64 = 0;
    }
  }
  return model(
    length,
    head32 === -1,
    head32 === -1 ? length : head32,
    run32,
    longest32,
    head64 === -1,
    head64 === -1 ? length : head64,
    run64,
    longest64,
  );
}

/** The model of `a` followed by `b`. */
export function concatModels(a: RunModel, b: RunModel): RunModel {
  if (a === EMPTY_MODEL) return b;
  if (b === EMPTY_MODEL) return a;
  if (a === UNKNOWN_MODEL && b === UNKNOWN_MODEL) return UNKNOWN_MODEL;
  return model(
    a.length + b.length,
    a.all32 && b.all32,
    a.all32 ? a.length + b.head32 : a.head32,
    b.all32 ? b.length + a.tail32 : b.tail32,
    Math.max(a.longest32, b.longest32, a.tail32 + b.head32),
    a.all64 && b.all64,
    a.all64 ? a.length + b.head64 : a.head64,
    b.all64 ? b.length + a.tail64 : b.tail64,
    Math.max(a.longest64, b.longest64, a.tail64 + b.head64),
  );
}

/** Either of two values (a conditional, a default, two definitions of a name): the longer runs of each. */
export function mergeModels(a: RunModel, b: RunModel): RunModel {
  if (a === b || b === UNKNOWN_MODEL) return a;
  if (a === UNKNOWN_MODEL) return b;
  return model(
    Math.max(a.length, b.length),
    a.all32 && b.all32,
    Math.max(a.head32, b.head32),
    Math.max(a.tail32, b.tail32),
    Math.max(a.longest32, b.longest32),
    a.all64 && b.all64,
    Math.max(a.head64, b.head64),
    Math.max(a.tail64, b.tail64),
    Math.max(a.longest64, b.longest64),
  );
}

const MAX_MODEL_DEPTH = 24;
/** Memoised computations per file before the models give up (ANY: may hold anything, static evaluation decides). */
const MAX_MODEL_WORK = 200_000;
/** A name declared more often than this may hold anything. */
const MAX_INITS = 32;

/**
 * What a name of the file is bound to: a declarator's initialiser, a class or enum declaration, or the declarator
 * of a destructuring (`const { head, body } = PARTS`: some part of its initialiser).
 */
export type NameInit =
  | TSESTree.Expression
  | TSESTree.ClassDeclaration
  | TSESTree.TSEnumDeclaration
  | TSESTree.VariableDeclarator;

/** The initialisers of the names declared in a file, by name (one or several). */
export type NameInits = ReadonlyMap<string, NameInit | readonly NameInit[]>;

function initsOf(nameInits: NameInits, name: string): readonly NameInit[] | undefined {
  const inits = nameInits.get(name);
  if (inits === undefined) return undefined;
  return Array.isArray(inits) ? (inits as readonly NameInit[]) : [inits as NameInit];
}

/**
 * The declaration a name read at `identifier` is bound to (scope analysis): a key to memoise by (the variable) and
 * the initialisers of its declarations, as `NameInits` holds them; null when the name is bound to none (a global).
 */
export type ScopedInits = (identifier: TSESTree.Identifier) => { key: object; inits: readonly NameInit[] } | null;

/**
 * Run models of the expressions of one file, from syntax and the initialisers of names alone: literals exactly,
 * names through all their initialisers (by name, not scope: a superset), member access through the object or
 * array literal a name is bound to, unknowns as gaps. Conservative (ANY when in doubt, past the depth bound or for
 * names declared very often); memoised per fold construct and per name. A name declared too often to merge
 * (minified code declares `t` hundreds of times) is read through `scopedInits`, when given: only its own
 * declaration's initialisers.
 */
export class RunModels {
  readonly #nameInits: NameInits;
  readonly #scopedInits: ScopedInits | null;
  /** Models of the names declared too often, per variable (`scopedInits`). */
  readonly #variables = new Memo<object>();
  // Memo tables, each with the entries being computed (their depth on the stack of computations in progress)
  readonly #folds = new Memo<TSESTree.Node>();
  readonly #names = new Memo<string>();
  readonly #containers = new Memo<TSESTree.Node>();
  readonly #memberRoots = new Memo<string>();
  /** `name.join(sep)` / `[...name]` models, per separator model and name (spreads of spreads would be exponential). */
  readonly #joins = new Map<RunModel, Memo<string | object>>();
  #depth = 0;
  /** The lowest depth of a computation in progress that the current one read (Infinity: none). */
  #lowestCycle = Infinity;
  /** Memoised computations so far: past MAX_MODEL_WORK, ANY (then static evaluation decides, exactly). */
  #work = 0;

  constructor(nameInits: NameInits, scopedInits: ScopedInits | null = null) {
    this.#nameInits = nameInits;
    this.#scopedInits = scopedInits;
  }

  of(input: TSESTree.Node | null | undefined, depth = 0): RunModel {
    if (!input) return UNKNOWN_MODEL;
    const node = skipTypeWrappers(input);
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return 'regex' in node && node.regex ? UNKNOWN_MODEL : literalModel(String(node.value));
      case AST_NODE_TYPES.Identifier:
        return this.#name(node, depth);
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.CallExpression: {
        // `new Buffer(…)` decodes as `Buffer.from(…)` does; another construction is modelled as any other node
        if (node.type === AST_NODE_TYPES.NewExpression && !isDecodeCall(node)) {
          return depth > MAX_MODEL_DEPTH ? ANY_MODEL : this.#other(node, depth);
        }
        const known = this.#folds.done.get(node);
        if (known !== undefined) return known;
        if (depth > MAX_MODEL_DEPTH) return ANY_MODEL;
        return this.#memoised(this.#folds, node, () => this.#construct(node, depth));
      }
      default:
        return depth > MAX_MODEL_DEPTH ? ANY_MODEL : this.#other(node, depth);
    }
  }

  /**
   * `compute()`, memoised in `memo` under `key`. An entry being computed when it is asked for again (a cycle:
   * `const a = b; const b = a`, or two functions' names read as one) contributes nothing new there: UNKNOWN. Whatever
   * read such a placeholder of a computation further out is short of its value, so it is not memoised; only the
   * computation that closes the cycle is (as every entry was before cycles were tracked, some wrongly: a key split
   * across names that two functions both declare was lost).
   */
  #memoised<K>(memo: Memo<K>, key: K, compute: () => RunModel): RunModel {
    const known = memo.done.get(key);
    if (known !== undefined) return known;
    const cycle = memo.inProgress.get(key);
    if (cycle !== undefined) {
      this.#lowestCycle = Math.min(this.#lowestCycle, cycle);
      return UNKNOWN_MODEL;
    }
    if (++this.#work > MAX_MODEL_WORK) return ANY_MODEL;
    const ownDepth = ++this.#depth;
    const outerCycle = this.#lowestCycle;
    this.#lowestCycle = Infinity;
    memo.inProgress.set(key, ownDepth);
    let result: RunModel;
    try {
      result = compute();
    } finally {
      memo.inProgress.delete(key);
      this.#depth--;
    }
    const readOuter = this.#lowestCycle < ownDepth;
    if (!readOuter) memo.done.set(key, result);
    this.#lowestCycle = Math.min(outerCycle, readOuter ? this.#lowestCycle : Infinity);
    return result;
  }

  #name(identifier: TSESTree.Identifier, depth: number): RunModel {
    const name = identifier.name;
    const known = this.#names.done.get(name);
    if (known !== undefined) return known;
    const inits = initsOf(this.#nameInits, name);
    if (inits === undefined) return UNKNOWN_MODEL;
    if (depth > MAX_MODEL_DEPTH) return ANY_MODEL;
    if (inits.length > MAX_INITS) return this.#scopedName(identifier, depth);
    return this.#memoised(this.#names, name, () => this.#mergedInits(inits, depth));
  }

  /** A name declared more than MAX_INITS times: the initialisers of the declaration it reads, if known. */
  #scopedName(identifier: TSESTree.Identifier, depth: number): RunModel {
    const scoped = this.#scopedInits?.(identifier) ?? null;
    if (scoped === null || scoped.inits.length > MAX_INITS) return ANY_MODEL;
    const { key, inits } = scoped;
    return this.#memoised(this.#variables, key, () => this.#mergedInits(inits, depth));
  }

  #mergedInits(inits: readonly NameInit[], depth: number): RunModel {
    let result = UNKNOWN_MODEL;
    for (const init of inits) result = mergeModels(result, this.of(init, depth + 1));
    return result;
  }

  #construct(
    node: TSESTree.BinaryExpression | TSESTree.TemplateLiteral | TSESTree.CallExpression | TSESTree.NewExpression,
    depth: number,
  ): RunModel {
    if (node.type === AST_NODE_TYPES.BinaryExpression) {
      return node.operator === '+' ? concatModels(this.of(node.left, depth + 1), this.of(node.right, depth + 1)) : UNKNOWN_MODEL;
    }
    if (node.type === AST_NODE_TYPES.TemplateLiteral) {
      let result = EMPTY_MODEL;
      const { quasis, expressions } = node;
      for (let index = 0; index < quasis.length; index++) {
        result = concatModels(result, literalModel(quasis[index]!.value.cooked ?? ''));
        if (index < expressions.length) result = concatModels(result, this.of(expressions[index], depth + 1));
      }
      return result;
    }
    if (isDecodeCall(node)) {
      // Decoding can turn any input into key characters (`new Buffer(…)` too, the only construction modelled here):
      // what counts is how much input there is.
      const input = this.of(node.arguments[0], depth + 1);
      return input === UNKNOWN_MODEL ? UNKNOWN_MODEL : anyModel(input.length);
    }
    if (node.type === AST_NODE_TYPES.NewExpression) return UNKNOWN_MODEL;
    // One character per code: any of them
    if (isCharCodeCall(node)) {
      const spreads = node.arguments.filter((argument) => argument.type === AST_NODE_TYPES.SpreadElement);
      if (spreads.length === 0) return anyModel(node.arguments.length);
      // `...CODES`: as many codes as a list the file writes holds, any of them
      const known = spreads.every((spread) => this.of(spread.argument, depth + 1) !== UNKNOWN_MODEL);
      return known ? ANY_MODEL : UNKNOWN_MODEL;
    }
    if (node.callee.type !== AST_NODE_TYPES.MemberExpression) return UNKNOWN_MODEL;
    const frozen = frozenObject(node);
    if (frozen !== null) return this.of(frozen, depth + 1);
    const receiver = node.callee.object;
    // `Object.values(PARTS)`: the object's values, in an order the model does not follow (`.join('')` of them: any)
    if (isObjectValuesCall(node)) {
      return this.of(node.arguments[0], depth + 1) === UNKNOWN_MODEL ? UNKNOWN_MODEL : ANY_MODEL;
    }
    // `'AKIA-…'.replace(/-/g, '')`, `'…'.split('-')`: characters of the receiver, taken apart or put together again
    const rewrite = getPropertyName(node.callee);
    if (rewrite !== null && REWRITE_METHODS.has(rewrite)) {
      return this.of(receiver, depth + 1) === UNKNOWN_MODEL ? UNKNOWN_MODEL : ANY_MODEL;
    }
    switch (foldMethodOf(node)) {
      case 'join': {
        const separator = node.arguments[0] ? this.of(node.arguments[0], depth + 1) : literalModel(',');
        return this.#join(receiver, separator, depth);
      }
      case 'toString':
        return this.of(receiver, depth + 1);
      case 'concat': {
        let result = this.of(receiver, depth + 1);
        for (const argument of node.arguments) result = concatModels(result, this.of(argument, depth + 1));
        return result;
      }
      default:
        return UNKNOWN_MODEL;
    }
  }

  #other(node: TSESTree.Node, depth: number): RunModel {
    switch (node.type) {
      case AST_NODE_TYPES.MemberExpression: {
        // `CONFIG.keys.id`: at most any string inside the object or array literal the root name is bound to.
        let object: TSESTree.Node = node;
        for (let hops = 0; hops < 8 && object.type === AST_NODE_TYPES.MemberExpression; hops++) {
          object = skipTypeWrappers(object.object);
        }
        return object.type === AST_NODE_TYPES.Identifier ? this.#memberRoot(object.name, depth) : UNKNOWN_MODEL;
      }
      case AST_NODE_TYPES.ConditionalExpression:
        return mergeModels(this.of(node.consequent, depth + 1), this.of(node.alternate, depth + 1));
      case AST_NODE_TYPES.LogicalExpression:
        return mergeModels(this.of(node.left, depth + 1), this.of(node.right, depth + 1));
      case AST_NODE_TYPES.ArrayExpression:
        return this.#join(node, literalModel(','), depth);
      case AST_NODE_TYPES.ObjectExpression:
        return this.#container(node, depth + 1);
      case AST_NODE_TYPES.TaggedTemplateExpression:
        return ANY_MODEL;
      case AST_NODE_TYPES.VariableDeclarator:
        // A name destructured from a value the file writes: some part of it, any of its strings
        return this.of(node.init, depth + 1) === UNKNOWN_MODEL ? UNKNOWN_MODEL : ANY_MODEL;
      case AST_NODE_TYPES.TSEnumDeclaration:
        return this.#enumMembers(node, depth);
      default:
        return UNKNOWN_MODEL;
    }
  }

  /** Any of an enum's member values (`enum Parts { Head = 'AKIA', … }`), merged: what `Parts.Head` may be. */
  #enumMembers(node: TSESTree.TSEnumDeclaration, depth: number): RunModel {
    let result = UNKNOWN_MODEL;
    for (const member of node.body.members) {
      if (member.initializer !== undefined) result = mergeModels(result, this.of(member.initializer, depth + 1));
    }
    return result;
  }

  /**
   * What `name.a.b` may be: any string inside the object or array literals `name` is bound to, or in the static
   * fields of the class it names (memoised per name).
   */
  #memberRoot(name: string, depth: number): RunModel {
    const known = this.#memberRoots.done.get(name);
    if (known !== undefined) return known;
    const inits = initsOf(this.#nameInits, name);
    if (inits === undefined) return UNKNOWN_MODEL;
    return this.#memoised(this.#memberRoots, name, () => {
      let result = UNKNOWN_MODEL;
      for (const init of inits) {
        const written = skipTypeWrappers(init);
        const root = skipTypeWrappers(frozenObject(written) ?? written);
        if (root.type === AST_NODE_TYPES.ObjectExpression || root.type === AST_NODE_TYPES.ArrayExpression) {
          result = mergeModels(result, this.#container(root, depth + 1));
        } else if (root.type === AST_NODE_TYPES.ClassDeclaration || root.type === AST_NODE_TYPES.ClassExpression) {
          for (const field of staticClassFields(root)?.values() ?? []) {
            result = mergeModels(result, this.of(field.value, depth + 1));
          }
        } else if (root.type === AST_NODE_TYPES.TSEnumDeclaration) {
          result = mergeModels(result, this.#enumMembers(root, depth + 1));
        } else if (root.type === AST_NODE_TYPES.VariableDeclarator) {
          // `const { parts } = CONFIG; parts.head`: inside what it was destructured from
          result = mergeModels(result, this.of(root, depth + 1));
        }
      }
      return result;
    });
  }

  /** `x.join(sep)`: an array literal (or a name bound to one) joined by `sep`; anything else: unknown or any. */
  #join(receiver: TSESTree.Node, separator: RunModel, depth: number): RunModel {
    const array = skipTypeWrappers(receiver);
    if (array.type === AST_NODE_TYPES.Identifier) {
      const named = initsOf(this.#nameInits, array.name);
      if (named === undefined) return UNKNOWN_MODEL;
      if (depth > MAX_MODEL_DEPTH) return ANY_MODEL;
      // A name declared too often: its own declaration's initialisers (see `#scopedName`)
      const scoped = named.length > MAX_INITS ? (this.#scopedInits?.(array) ?? null) : null;
      if (named.length > MAX_INITS && (scoped === null || scoped.inits.length > MAX_INITS)) return ANY_MODEL;
      const inits = scoped === null ? named : scoped.inits;
      let joins = this.#joins.get(separator);
      if (joins === undefined) this.#joins.set(separator, (joins = new Memo<string | object>()));
      return this.#memoised(joins, scoped === null ? array.name : scoped.key, () => {
        let result = UNKNOWN_MODEL;
        for (const init of inits) {
          const root = skipTypeWrappers(init);
          const next =
            root.type === AST_NODE_TYPES.ArrayExpression
              ? this.#join(root, separator, depth + 1)
              : this.of(root, depth + 1) === UNKNOWN_MODEL
                ? UNKNOWN_MODEL
                : ANY_MODEL;
          result = mergeModels(result, next);
        }
        return result;
      });
    }
    if (array.type !== AST_NODE_TYPES.ArrayExpression) {
      return this.of(array, depth + 1) === UNKNOWN_MODEL ? UNKNOWN_MODEL : ANY_MODEL;
    }
    let result = EMPTY_MODEL;
    array.elements.forEach((element, index) => {
      if (index > 0) result = concatModels(result, separator);
      // `[...PARTS].join('')`: a spread array's elements are joined by this separator too
      const part =
        element?.type === AST_NODE_TYPES.SpreadElement
          ? this.#join(element.argument, separator, depth + 1)
          : this.of(element, depth + 1);
      result = concatModels(result, part);
    });
    return result;
  }

  /** Any string value inside an object or array literal (nested ones too), merged: what `X.a.b` may be. */
  #container(node: TSESTree.ObjectExpression | TSESTree.ArrayExpression, depth: number): RunModel {
    const known = this.#containers.done.get(node);
    if (known !== undefined) return known;
    if (depth > MAX_MODEL_DEPTH) return ANY_MODEL;
    return this.#memoised(this.#containers, node, () => {
      let result = UNKNOWN_MODEL;
      const values =
        node.type === AST_NODE_TYPES.ArrayExpression
          ? node.elements
          : node.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? property.value : property));
      for (const value of values) {
        if (!value) continue;
        const inner = skipTypeWrappers(value.type === AST_NODE_TYPES.SpreadElement ? value.argument : value);
        const next =
          inner.type === AST_NODE_TYPES.ObjectExpression || inner.type === AST_NODE_TYPES.ArrayExpression
            ? this.#container(inner, depth + 1)
            : this.of(inner, depth + 1);
        result = mergeModels(result, next);
      }
      return result;
    });
  }
}

/** Memoised run models, and the entries being computed (by their depth on the stack of computations). */
class Memo<K> {
  readonly done = new Map<K, RunModel>();
  readonly inProgress = new Map<K, number>();
}
