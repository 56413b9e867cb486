import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  canRemoveProperties,
  canRemoveStatement,
  removeProperties,
  removeStatement,
  type SpreadKeys,
} from '../../src/utils/remove-properties.js';
import { runProbe, type Dialect } from './probe.js';

interface Fix {
  range: readonly [number, number];
  text: string;
}

/** A fixer that records what the helpers ask for. */
const fixer = {
  removeRange: (range: readonly [number, number]): Fix => ({ range, text: '' }),
  remove: (nodeOrToken: { range: readonly [number, number] }): Fix => ({ range: nodeOrToken.range, text: '' }),
} as unknown as TSESLint.RuleFixer;

function apply(text: string, fixes: readonly Fix[]): string {
  let output = '';
  let last = 0;
  for (const fix of [...fixes].sort((a, b) => a.range[0] - b.range[0])) {
    expect(fix.range[0]).toBeGreaterThanOrEqual(last);
    output += text.slice(last, fix.range[0]) + fix.text;
    last = fix.range[1];
  }
  return output + text.slice(last);
}

/** Spreads of `known` copy `a` and `b`, spreads of `holder` copy `x`; any other spread is unknown. */
const spreadKeys: SpreadKeys = (spread) => {
  const name = spread.argument.type === AST_NODE_TYPES.Identifier ? spread.argument.name : null;
  return name === 'known' ? new Set(['a', 'b']) : name === 'holder' ? new Set(['x']) : null;
};

/** Remove the properties whose key starts with `x` from the object passed to `__remove(…)`. */
function removeX(code: string, dialect: Dialect = 'esm'): { output: string | null; allowed: boolean } {
  let result: { output: string | null; allowed: boolean } = { output: null, allowed: false };
  runProbe(code, dialect, (context) => ({
    CallExpression(node) {
      if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== '__remove') return;
      const object = node.arguments[0] as TSESTree.ObjectExpression;
      const remove = object.properties.filter(
        (property) =>
          property.type === AST_NODE_TYPES.Property &&
          property.key.type === AST_NODE_TYPES.Identifier &&
          property.key.name.startsWith('x'),
      );
      const fixes = removeProperties(context.sourceCode, fixer, object, remove) as unknown as Fix[];
      result = {
        output: apply(context.sourceCode.text, fixes),
        allowed: canRemoveProperties(object, remove, spreadKeys),
      };
    },
  }));
  return result;
}

describe('removeProperties', () => {
  it.each<[string, string, string]>([
    ['only property', '__remove({ x: 1 });', '__remove({});'],
    [
      'last, after a comment that ends the previous line: the comment stays',
      '__remove({ a: 1, // the a\n  x: 2 });',
      '__remove({ a: 1, // the a\n });',
    ],
    ['last, after a block comment: the comment stays', '__remove({ a: 1, /* a */ x: 2 });', '__remove({ a: 1, /* a */  });'],
    ['first of two', '__remove({ x: 1, a: 2 });', '__remove({ a: 2 });'],
    ['last of two', '__remove({ a: 1, x: 2 });', '__remove({ a: 1 });'],
    ['middle', '__remove({ a: 1, x: 2, b: 3 });', '__remove({ a: 1, b: 3 });'],
    ['last with a trailing comma', '__remove({ a: 1, x: 2, });', '__remove({ a: 1, });'],
    ['a run of three', '__remove({ a: 1, x1: 2, x2: 3, x3: 4, b: 5 });', '__remove({ a: 1, b: 5 });'],
    ['two runs', '__remove({ x1: 1, a: 2, x2: 3 });', '__remove({ a: 2 });'],
    ['all of several', '__remove({ x1: 1, x2: 2, x3: 3 });', '__remove({});'],
    ['shorthand', 'const x = 1, a = 2;\n__remove({ a, x });', 'const x = 1, a = 2;\n__remove({ a });'],
    [
      'own lines',
      '__remove({\n  a: 1,\n  x: {\n    deep: true,\n  },\n  b: 2,\n});',
      '__remove({\n  a: 1,\n  b: 2,\n});',
    ],
    ['own lines, last without a trailing comma', '__remove({\n  a: 1,\n  x: 2\n});', '__remove({\n  a: 1\n});'],
    ['own lines, last with a trailing comma', '__remove({\n  a: 1,\n  x: 2,\n});', '__remove({\n  a: 1,\n});'],
    ['own lines, only property', '__remove({\n  x: 2,\n});', '__remove({});'],
    [
      'comment lines above and a comment after go with it',
      '__remove({\n  a: 1, // keep\n  // about x\n  /* more */\n  x: 2, // x!\n  b: 3,\n});',
      '__remove({\n  a: 1, // keep\n  b: 3,\n});',
    ],
    [
      'a comment separated by a blank line stays',
      '__remove({\n  a: 1,\n  // section\n\n  x: 2,\n});',
      '__remove({\n  a: 1,\n  // section\n\n});',
    ],
    ['mixed lines', "__remove({ a: 1,\n  x: 2 });", '__remove({ a: 1 });'],
    ['CRLF', '__remove({\r\n  a: 1,\r\n  x: 2,\r\n  b: 3,\r\n});', '__remove({\r\n  a: 1,\r\n  b: 3,\r\n});'],
    ['spread kept', '__remove({ ...base, a: 1, x: 2 });', '__remove({ ...base, a: 1 });'],
  ])('%s', (_name, code, expected) => {
    const { output } = removeX(code);
    expect(output).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['plain', '__remove({ a: 1, x: 2 });', true],
    ['spread after is fine', '__remove({ x: 2, ...rest });', true],
    ['spread before may hold the key', '__remove({ ...base, x: 2 });', false],
    ['spread before with known keys, none removed', '__remove({ ...known, x: 2 });', true],
    ['spread before with known keys, one removed', '__remove({ ...holder, x: 2 });', false],
    ['known spread, then an unknown one', '__remove({ ...known, ...base, x: 2 });', false],
    ['written twice, the kept one first', "__remove({ ['x']: 1, a: 2, x: 3 });", false],
    ['written twice, the kept one last', "__remove({ x: 1, a: 2, ['x']: 3 });", true],
    ['computed unknown key before', '__remove({ [k]: 1, x: 2 });', false],
  ])('canRemoveProperties: %s', (_name, code, expected) => {
    expect(removeX(code).allowed).toBe(expected);
  });

  it('works in TypeScript', () => {
    expect(removeX('__remove({ a: 1 as number, x: 2 as const, b: <string>c });', 'ts').output).toBe(
      '__remove({ a: 1 as number, b: <string>c });',
    );
  });
});

describe('removeStatement', () => {
  /** Remove every `drop(…)` expression statement. */
  function dropStatements(code: string): string {
    let output = code;
    runProbe(code, 'esm', (context) => ({
      'Program:exit'() {
        const fixes: Fix[] = [];
        for (const statement of context.sourceCode.ast.body) {
          if (
            statement.type === AST_NODE_TYPES.ExpressionStatement &&
            statement.expression.type === AST_NODE_TYPES.CallExpression &&
            statement.expression.callee.type === AST_NODE_TYPES.Identifier &&
            statement.expression.callee.name === 'drop' &&
            canRemoveStatement(statement)
          ) {
            fixes.push(removeStatement(context.sourceCode, fixer, statement) as unknown as Fix);
          }
        }
        output = apply(context.sourceCode.text, fixes);
      },
    }));
    return output;
  }

  it.each<[string, string]>([
    ['a();\ndrop();\nb();\n', 'a();\nb();\n'],
    ['a();\n// header stays\ndrop(); // goes\nb();\n', 'a();\n// header stays\nb();\n'],
    ['a(); drop(); b();\n', 'a();  b();\n'],
    ['drop()', ''],
  ])('%j', (code, expected) => {
    expect(dropStatements(code)).toBe(expected);
  });

  it('refuses a statement that is the body of an if', () => {
    let allowed: boolean | null = null;
    runProbe('if (a) drop();', 'esm', (context) => ({
      ExpressionStatement(node) {
        allowed = canRemoveStatement(node);
        void context;
      },
    }));
    expect(allowed).toBe(false);
  });
});
