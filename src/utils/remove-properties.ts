import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getPropertyName, statementListOf } from './ast.js';

/**
 * Fixes that delete code and leave valid, tidy source: properties of an object literal (commas, trailing commas,
 * an object left empty becomes `{}`, properties on their own lines are removed with their lines, comments on the
 * same line and comment lines directly above go with them) and whole statements.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;
type Token = TSESTree.Token;

function isComma(token: Token | null | undefined): token is Token {
  return token?.type === 'Punctuator' && token.value === ',';
}

function isBlank(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character !== ' ' && character !== '\t') return false;
  }
  return true;
}

function lineStartIndex(sourceCode: SourceCode, line: number): number {
  return sourceCode.getIndexFromLoc({ line, column: 0 });
}

/** Index just past the line break that ends `line` (or the end of the text on the last line). */
function nextLineStartIndex(sourceCode: SourceCode, line: number): number {
  return line < sourceCode.lines.length ? lineStartIndex(sourceCode, line + 1) : sourceCode.text.length;
}

/** Nothing but indentation before `index` on its line. */
function startsLine(sourceCode: SourceCode, index: number): boolean {
  const { line } = sourceCode.getLocFromIndex(index);
  return isBlank(sourceCode.text.slice(lineStartIndex(sourceCode, line), index));
}

/** Nothing but spaces after `index` on its line. */
function endsLine(sourceCode: SourceCode, index: number): boolean {
  const { line, column } = sourceCode.getLocFromIndex(index);
  return isBlank((sourceCode.lines[line - 1] ?? '').slice(column));
}

/** Start of the block of own-line comments directly above `node` (no blank line in between), else node's start. */
function leadingCommentStart(sourceCode: SourceCode, node: TSESTree.Node | Token): number {
  const comments = sourceCode.getCommentsBefore(node);
  let start = node.range[0];
  let line = node.loc.start.line;
  for (let index = comments.length - 1; index >= 0; index--) {
    const comment = comments[index]!;
    if (comment.loc.end.line !== line - 1 || !startsLine(sourceCode, comment.range[0])) break;
    start = comment.range[0];
    line = comment.loc.start.line;
  }
  return start;
}

/** End of the comments that follow `after` on the same line, else after's end. */
function trailingCommentEnd(sourceCode: SourceCode, after: TSESTree.Node | Token): number {
  let end = after.range[1];
  const line = after.loc.end.line;
  for (const comment of sourceCode.getCommentsAfter(after)) {
    if (comment.loc.start.line !== line) break;
    end = comment.range[1];
  }
  return end;
}

/** Is there a comment between `before` and `node`? */
function commentBetween(sourceCode: SourceCode, before: Token, node: TSESTree.Node): boolean {
  return sourceCode.getTokenAfter(before, { includeComments: true }) !== sourceCode.getFirstToken(node);
}

/** The keys a spread is known to copy (`...base` with `const base = { region }`), or null when not known. */
export type SpreadKeys = (spread: TSESTree.SpreadElement) => ReadonlySet<string> | null;

/**
 * Can `remove` (properties of `object`) be deleted without changing what the remaining object evaluates to? Not
 * when a removed key is written twice (an earlier one would take over) or a spread before it may hold the key: a
 * spread may hold any key unless `spreadKeys` knows all of its keys.
 */
export function canRemoveProperties(
  object: TSESTree.ObjectExpression,
  remove: readonly TSESTree.Node[],
  spreadKeys?: SpreadKeys,
): boolean {
  const removed = new Set<TSESTree.Node>(remove);
  if (remove.some((node) => node.parent !== object || node.type !== AST_NODE_TYPES.Property)) return false;
  const names = new Set<string>();
  for (const node of remove) {
    const name = getPropertyName(node as TSESTree.Property);
    if (name === null) return false;
    names.add(name);
  }
  let seenRemoved = false;
  for (let index = object.properties.length - 1; index >= 0; index--) {
    const element = object.properties[index]!;
    if (removed.has(element)) {
      seenRemoved = true;
      continue;
    }
    if (!seenRemoved) continue;
    if (element.type === AST_NODE_TYPES.SpreadElement) {
      const keys = spreadKeys?.(element) ?? null;
      if (keys === null || [...names].some((name) => keys.has(name))) return false;
      continue;
    }
    const name = getPropertyName(element);
    if (name === null || names.has(name)) return false;
  }
  return true;
}

/** Fixes that delete `remove` (elements of `object`), keeping the object valid and its formatting. */
export function removeProperties(
  sourceCode: SourceCode,
  fixer: TSESLint.RuleFixer,
  object: TSESTree.ObjectExpression,
  remove: readonly TSESTree.Node[],
): TSESLint.RuleFix[] {
  const removed = new Set<TSESTree.Node>(remove);
  const elements = object.properties;
  if (elements.every((element) => removed.has(element))) {
    const open = sourceCode.getFirstToken(object);
    const close = sourceCode.getLastToken(object);
    if (open === null || close === null) return [];
    return [fixer.removeRange([open.range[1], close.range[0]])];
  }

  const fixes: TSESLint.RuleFix[] = [];
  let index = 0;
  while (index < elements.length) {
    if (!removed.has(elements[index]!)) {
      index++;
      continue;
    }
    const firstIndex = index;
    while (index + 1 < elements.length && removed.has(elements[index + 1]!)) index++;
    const first = elements[firstIndex]!;
    const last = elements[index]!;
    const isTail = index === elements.length - 1;
    index++;

    const after = sourceCode.getTokenAfter(last);
    const comma = isComma(after) ? after : null;
    // The comma of the kept element before the run (there is one: the run is not the whole object).
    const previousComma = firstIndex > 0 ? sourceCode.getTokenBefore(first) : null;

    const start = leadingCommentStart(sourceCode, first);
    const end = trailingCommentEnd(sourceCode, comma ?? last);
    if (startsLine(sourceCode, start) && endsLine(sourceCode, end)) {
      // The run has its own lines: remove them whole.
      fixes.push(
        fixer.removeRange([
          lineStartIndex(sourceCode, sourceCode.getLocFromIndex(start).line),
          nextLineStartIndex(sourceCode, sourceCode.getLocFromIndex(end).line),
        ]),
      );
      // `a: 1,\n  b: 2\n}` without b: the kept `a: 1,` would gain a trailing comma it did not have.
      if (isTail && comma === null && isComma(previousComma)) fixes.push(fixer.remove(previousComma));
      continue;
    }
    if (!isTail && comma !== null) {
      // `{ a, b, c }` without b: from b to c.
      const next = sourceCode.getTokenAfter(comma, { includeComments: true });
      if (next === null) return [];
      fixes.push(fixer.removeRange([first.range[0], next.range[0]]));
    } else if (isComma(previousComma) && comma === null && commentBetween(sourceCode, previousComma, first)) {
      // `{ a, // note\n  b }` without b: the comment stays, and the kept comma becomes a trailing one
      const from = startsLine(sourceCode, first.range[0])
        ? lineStartIndex(sourceCode, first.loc.start.line)
        : first.range[0];
      fixes.push(fixer.removeRange([from, last.range[1]]));
    } else if (isComma(previousComma)) {
      // `{ a, b }` without b → `{ a }`; `{ a, b, }` without b → `{ a, }` (trailing-comma style kept).
      fixes.push(
        comma === null
          ? fixer.removeRange([previousComma.range[0], last.range[1]])
          : fixer.removeRange([previousComma.range[1], comma.range[1]]),
      );
    } else {
      return [];
    }
  }
  return fixes;
}

/** Can `statement` be deleted without breaking its parent (it sits in a statement list)? */
export function canRemoveStatement(statement: TSESTree.Node): boolean {
  const parent = statement.parent;
  return parent !== undefined && parent !== null && statementListOf(parent) !== null;
}

/**
 * A fix deleting `statement`, with its lines when it has them to itself. Comments above it stay (they may be a
 * file header or a directive); a comment after it on the same line goes with it.
 */
export function removeStatement(
  sourceCode: SourceCode,
  fixer: TSESLint.RuleFixer,
  statement: TSESTree.Node,
): TSESLint.RuleFix {
  const start = statement.range[0];
  const end = trailingCommentEnd(sourceCode, statement);
  if (startsLine(sourceCode, start) && endsLine(sourceCode, end)) {
    return fixer.removeRange([
      lineStartIndex(sourceCode, sourceCode.getLocFromIndex(start).line),
      nextLineStartIndex(sourceCode, sourceCode.getLocFromIndex(end).line),
    ]);
  }
  return fixer.remove(statement);
}
