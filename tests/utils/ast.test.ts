import * as espree from 'espree';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { alwaysLeaves, nodeAtIndex } from '../../src/utils/ast.js';
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
