import * as espree from 'espree';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { parseForESLint } from '@typescript-eslint/parser';
import {
  alwaysLeaves,
  forEachNode,
  forEachNodeOfTypes,
  isFunctionLike,
  nodeAtIndex,
  parenthesizedRange,
  runsWhenever,
  walkNodes,
} from '../../src/utils/ast.js';
import { runProbe, type Dialect } from './probe.js';

/** The first statement of `code`'s only function's body (or of the program). */
function firstStatement(code: string): TSESTree.Node {
  const program = espree.parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as TSESTree.Program;
  const first = program.body[0]!;
  return first.type === 'FunctionDeclaration' ? first.body.body[0]! : first;
}

describe('alwaysLeaves', () => {
  it.each<[string, string, boolean]>([
    ['return', 'function f() { return 1; }', true],
    ['throw', 'throw new Error("x");', true],
    ['a block ending in return', 'function f() { { g(); return 1; } }', true],
    ['an empty block', 'function f() { {} }', false],
    ['an if without else', 'function f() { if (a) return 1; }', false],
    ['an if / else both leaving', 'function f() { if (a) return 1; else throw e; }', true],
    ['an if / else, one branch falls through', 'function f() { if (a) return 1; else g(); }', false],
    ['nested if / else in blocks', 'function f() { if (a) { if (b) return 1; else return 2; } else { throw e; } }', true],
    ['a call', 'g();', false],
    ['a loop ending in return (may not run)', 'function f() { for (;;) return 1; }', false],
  ])('%s', (_name, code, expected) => {
    expect(alwaysLeaves(firstStatement(code))).toBe(expected);
  });

  it('looks through nested blocks up to the depth given, and answers no deeper', () => {
    const nested = `function f() { ${'{'.repeat(5)} return 1; ${'}'.repeat(5)} }`;
    expect(alwaysLeaves(firstStatement(nested), 5)).toBe(true);
    expect(alwaysLeaves(firstStatement(nested), 4)).toBe(false);
    const deep = `function f() { ${'{'.repeat(200)} return 1; ${'}'.repeat(200)} }`;
    expect(alwaysLeaves(firstStatement(deep))).toBe(false);
  });
});

/** `code`'s first function's body and the call of `target` in it, with parents set (ESLint sets them when it lints). */
function targetIn(code: string): {
  target: TSESTree.Node;
  body: TSESTree.Node;
  visitorKeys: Parameters<typeof runsWhenever>[2];
} {
  const { ast, visitorKeys } = parseForESLint(code, { range: true, loc: true, sourceType: 'module' });
  let target: TSESTree.Node | null = null;
  let body: TSESTree.Node | null = null;
  const keys = visitorKeys as unknown as Parameters<typeof runsWhenever>[2];
  walkNodes([ast as TSESTree.Node], keys, (node) => {
    for (const key of (visitorKeys as Record<string, readonly string[] | undefined>)[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child !== null && typeof child === 'object' && 'type' in child) (child as { parent: TSESTree.Node }).parent = node;
      }
    }
    if (body === null && isFunctionLike(node)) body = node.body;
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'target') target ??= node;
  });
  return { target: target!, body: body!, visitorKeys: keys };
}

describe('runsWhenever', () => {
  it.each<[string, string, boolean]>([
    ['a statement of the body', 'function f() { a(); target(); }', true],
    ["an arrow's expression body", 'const f = () => target();', true],
    ['an argument, an element, a property, an operand, an awaited value', 'async function f() { list.push([{ x: 1 + await target() }]); }', true],
    ['a declaration, a return, a type assertion', 'function f() { const x = target() as T; return x; }', true],
    ['a bare block and a try block', 'function f() { { try { target(); } catch {} } }', true],
    ["a condition's test", 'function f() { return target() ? 1 : 2; }', true],
    ['after an if that returns', 'function f() { if (!a) return; target(); }', false],
    ['after a throw in a nested statement', 'function f() { try { if (a) throw e; } finally {} target(); }', false],
    ["after a function that returns (it is not the body's return)", 'function f() { function g() { return 1; } target(); }', true],
    ['under an if', 'function f() { if (a) target(); }', false],
    ['in a branch of ? :', 'function f() { return a ? target() : 1; }', false],
    ['right of &&', 'function f() { a && target(); }', false],
    ['an argument of an optional call', 'function f() { a?.b(target()); }', false],
    ['an argument of a call after ?.', 'function f() { a?.b.c(target()); }', false],
    ['in a loop', 'function f() { for (const x of xs) target(); }', false],
    ['in a callback', 'function f() { xs.forEach(() => target()); }', false],
    ['in a catch block', 'function f() { try { a(); } catch { target(); } }', false],
    ['in a switch case', 'function f() { switch (a) { case 1: target(); } }', false],
  ])('%s', (_name, code, expected) => {
    const { target, body, visitorKeys } = targetIn(code);
    expect(runsWhenever(target, body, visitorKeys)).toBe(expected);
  });

  it("takes what else leaves a loop's body early (a `continue`)", () => {
    const { target, body, visitorKeys } = targetIn('function f() { if (a) continue; target(); }');
    expect(runsWhenever(target, body, visitorKeys)).toBe(true);
    const skips = (node: TSESTree.Node): boolean => node.type === 'ContinueStatement';
    expect(runsWhenever(target, body, visitorKeys, skips)).toBe(false);
  });

  it('answers no past its depth limit', () => {
    const { target, body, visitorKeys } = targetIn(`function f() { x = ${'['.repeat(100)}target()${']'.repeat(100)}; }`);
    expect(runsWhenever(target, body, visitorKeys)).toBe(false);
  });
});

describe('nodeAtIndex', () => {
  // The same answer as ESLint's getNodeByRangeIndex at every offset (before, inside and past the text)
  it.each<[string, Dialect, string]>([
    ['statements, calls, members, templates', 'esm', 'const a = f(x.y, `t${b}u`);\nexport default { k: [1, 2] };'],
    ['array holes and spreads', 'esm', 'const [, p, , ...q] = [a, , b, ...c];'],
    ['JSX', 'tsx', 'export const C = () => <div id="x">{y} text <b>z</b></div>;'],
    ['decorators, parameter properties, types', 'ts', '@d() class K { constructor(private readonly r: R<T>) {} @m() x = 1; }'],
    ['a long class body', 'ts', `class L { ${Array.from({ length: 40 }, (_, i) => `m${i}() { return ${i}; }`).join(' ')} }`],
    ['comments and white space only', 'cjs', '// nothing here\n/* at all */\n'],
    ['empty', 'cjs', ''],
  ])('%s', (_name, dialect, code) => {
    let compared = 0;
    runProbe(code, dialect, (context) => ({
      'Program:exit'() {
        for (let index = -1; index <= code.length + 1; index++) {
          expect(nodeAtIndex(context.sourceCode, index)).toBe(context.sourceCode.getNodeByRangeIndex(index));
          compared++;
        }
      },
    }));
    expect(compared).toBe(code.length + 3);
  });
});

describe('parenthesizedRange', () => {
  // The text of the range found for the identifier `a` (the only one in each case)
  it.each<[string, Dialect, string, string]>([
    ['an argument without parentheses', 'esm', 'f(a, 1);', 'a'],
    ['an argument in parentheses (the list is the call’s)', 'esm', 'f((a));', '(a)'],
    ['an argument in two pairs, after another', 'cjs', 'f(1, ((a)));', '((a))'],
    ['a parenthesised callee before the list', 'esm', '(g)((a), 1);', '(a)'],
    ['a call on a call', 'esm', 'g(1)((a));', '(a)'],
    ['type arguments with parentheses of their own', 'ts', 'f<(x: number) => void>((a));', '(a)'],
    ['new with an argument in parentheses', 'ts', 'new K(((a)));', '((a))'],
    ['an object in parentheses', 'esm', 'const o = ((a));', '((a))'],
    ['the test of an if: its parentheses are the statement’s', 'esm', 'if ((a)) {}', 'a'],
    ['the test of a while', 'cjs', 'while (a) {}', 'a'],
  ])('%s', (_name, dialect, code, expected) => {
    let found: string | null = null;
    runProbe(code, dialect, (context) => ({
      'Identifier[name="a"]'(node: TSESTree.Identifier) {
        const [start, end] = parenthesizedRange(node, context.sourceCode);
        found = code.slice(start, end);
      },
    }));
    expect(found).toBe(expected);
  });
});

describe('forEachNodeOfTypes', () => {
  const code = "import a from 'a';\nf(g(1));\nclass C { @d() m() { return h(x); } }\nconst y = import('z');";
  const types = new Set(['CallExpression', 'ImportDeclaration', 'ImportExpression', 'Decorator']);
  const describeNode = (node: TSESTree.Node): string => `${node.type}@${node.range[0]}`;
  const expected = ['ImportDeclaration', 'CallExpression', 'CallExpression', 'Decorator', 'CallExpression', 'CallExpression', 'ImportExpression'];

  it.each<[Dialect, string, string[]]>([
    ['ts', code, expected],
    ['esm', code.replace('@d() ', ''), expected.filter((type, index) => type !== 'Decorator' && index !== 4)],
  ])("visits the nodes of those types as forEachNode does, in pre-order, with ESLint's steps (%s)", (dialect, source, expectedTypes) => {
    let filtered: string[] = [];
    let all: string[] = [];
    runProbe(source, dialect, (context) => ({
      Program() {
        filtered = [];
        all = [];
        forEachNodeOfTypes(context.sourceCode, types, (node) => void filtered.push(describeNode(node)));
        forEachNode(context.sourceCode, (node) => void (types.has(node.type) && all.push(describeNode(node))));
      },
    }));
    expect(filtered).toEqual(all);
    expect(filtered.map((entry) => entry.split('@')[0])).toEqual(expectedTypes);
  });

  it('walks the tree itself where the host has no traversal steps, and stops when the visit says so', () => {
    const { ast, visitorKeys } = parseForESLint(code, { range: true, sourceType: 'module' });
    const seen: string[] = [];
    forEachNodeOfTypes({ ast, visitorKeys } as unknown as Parameters<typeof forEachNodeOfTypes>[0], types, (node) => {
      seen.push(node.type);
      return seen.length < 3;
    });
    expect(seen).toEqual(['ImportDeclaration', 'CallExpression', 'CallExpression']);
  });
});
