import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  ANY_MODEL,
  EMPTY_MODEL,
  UNKNOWN_MODEL,
  concatModels,
  foldOwner,
  forEachMayDecodeCall,
  isFoldCall,
  literalModel,
  mayHoldCredential,
  mergeModels,
  RunModels,
  type NameInits,
  type ScopedInits,
} from '../../src/utils/string-folds.js';
import { findVariableOf } from '../../src/utils/modules.js';
import { KEY_ID, KEY_ID_BODY, SECRET } from './aws-credential-fixtures.js';
import { DIALECTS, runProbe, type Dialect } from './probe.js';

/** The init of the last `const value = …` in `code`, with every declaration's init collected by name. */
function probeValue(code: string, dialect: Dialect = 'ts'): { value: TSESTree.Expression; inits: NameInits } {
  let value: TSESTree.Expression | null = null;
  const inits = new Map<string, TSESTree.Expression | TSESTree.Expression[]>();
  runProbe(code, dialect, () => ({
    VariableDeclarator(node) {
      if (node.id.type !== 'Identifier' || !node.init) return;
      const known = inits.get(node.id.name);
      inits.set(node.id.name, known === undefined ? node.init : [...(Array.isArray(known) ? known : [known]), node.init]);
      if (node.id.name === 'value') value = node.init;
    },
  }));
  if (!value) throw new Error('no `const value`');
  return { value, inits };
}

describe('literalModel', () => {
  it.each<[string, Partial<ReturnType<typeof literalModel>>]>([
    ['', { length: 0, all32: true, longest32: 0, all64: true, longest64: 0 }],
    ['AKIA', { length: 4, all32: true, head32: 4, tail32: 4, longest32: 4, all64: true, longest64: 4 }],
    ['ab/CD', { all32: false, head32: 0, tail32: 2, longest32: 2, all64: true, head64: 5, longest64: 5 }],
    ['x AKIA y', { all32: false, head32: 0, tail32: 0, longest32: 4, all64: false, head64: 1, tail64: 1, longest64: 4 }],
    ['Q3EG-', { all32: false, head32: 4, tail32: 0, longest32: 4, all64: false, head64: 4, tail64: 0 }],
    ['2345 67 89', { longest32: 4, longest64: 4 }],
  ])('%j', (value, expected) => {
    expect(literalModel(value)).toMatchObject(expected);
  });
});

describe('concatModels and mergeModels', () => {
  it('joins runs across pieces', () => {
    const joined = concatModels(literalModel('x AKIA'), literalModel(KEY_ID_BODY + ' y'));
    expect(joined.longest32).toBe(20);
    expect(mayHoldCredential(joined)).toBe(true);
  });

  it('an unknown piece is a gap', () => {
    const joined = concatModels(concatModels(literalModel('AKIA'), UNKNOWN_MODEL), literalModel(KEY_ID_BODY));
    expect(joined.longest32).toBe(16);
    expect(mayHoldCredential(joined)).toBe(false);
  });

  it('empty and unknown are identities where they should be', () => {
    const model = literalModel('abc');
    expect(concatModels(EMPTY_MODEL, model)).toBe(model);
    expect(concatModels(model, EMPTY_MODEL)).toBe(model);
    expect(concatModels(UNKNOWN_MODEL, UNKNOWN_MODEL)).toBe(UNKNOWN_MODEL);
    expect(mergeModels(UNKNOWN_MODEL, model)).toBe(model);
    expect(mergeModels(model, UNKNOWN_MODEL)).toBe(model);
  });

  it('merging keeps the longer runs', () => {
    const merged = mergeModels(literalModel('AKIA'), literalModel('ab cd'));
    expect(merged).toMatchObject({ length: 5, all32: false, head32: 4, tail32: 4, longest32: 4, all64: false });
  });

  it('ANY may hold anything', () => {
    expect(mayHoldCredential(ANY_MODEL)).toBe(true);
    expect(mayHoldCredential(EMPTY_MODEL)).toBe(false);
  });
});

describe('RunModels', () => {
  it.each<[string, string, boolean]>([
    ['a split key ID', `const value = 'AKIA' + '${KEY_ID_BODY}';`, true],
    ['a key ID next to an unknown', `declare const x: string;\nconst value = x + '${KEY_ID}';`, true],
    ['split by an unknown', `declare const x: string;\nconst value = 'AKIA' + x + '${KEY_ID_BODY}';`, false],
    ['constants', `const A = 'AKIA';\nconst B = '${KEY_ID_BODY}';\nconst value = A + B;`, true],
    ['a constant bound twice takes either', `let A = 'x';\nA = 'y';\nfunction f() { const A = 'AKIA'; }\nconst value = A + '${KEY_ID_BODY}';`, true],
    ['a template of constants', `const A = 'AKIA';\nconst value = \`\${A}${KEY_ID_BODY}\`;`, true],
    ['join with an empty separator', `const value = ['AKIA', '${KEY_ID_BODY}'].join('');`, true],
    ['join with a separator that breaks the run', `const value = ['AKIA', '${KEY_ID_BODY}'].join('-');`, false],
    ['join of a named array', `const PARTS = ['AKIA', '${KEY_ID_BODY}'];\nconst value = PARTS.join('');`, true],
    ['concat', `const value = 'AKIA'.concat('${KEY_ID_BODY}');`, true],
    ['member of a constant object', `const CFG = { a: '${KEY_ID}' };\nconst value = CFG.a + '';`, true],
    ['member of something else', `declare const res: { status: number };\nconst value = res.status + ' ok';`, false],
    ['a secret split in two', `const value = '${SECRET.slice(0, 20)}' + '${SECRET.slice(20)}';`, true],
    ['numbers', 'declare const i: number;\nconst value = i + 1;', false],
    ['a decoded literal', `const value = atob('${Buffer.from(KEY_ID).toString('base64')}');`, true],
    ['decoding something unknown', 'declare const x: string;\nconst value = atob(x);', false],
    ['Buffer.from a long text as base64 may decode to anything', `const text = '${'a, '.repeat(30)}';\nconst value = Buffer.from(text, 'base64');`, true],
    ['Buffer.from a key ID in UTF-8', `const value = Buffer.from('${KEY_ID}');`, true],
    ['short pieces', "declare const name: string;\nconst value = 'Hello, ' + name + '!';", false],
    ['a conditional', `declare const c: boolean;\nconst value = (c ? 'AKIA' : 'ASIA') + '${KEY_ID_BODY}';`, true],
  ])('%s', (_name, code, expected) => {
    const { value, inits } = probeValue(code);
    expect(mayHoldCredential(new RunModels(inits).of(value))).toBe(expected);
  });

  it('reads a name declared more than 32 times through the declaration in scope, when told how to find it', () => {
    // Minified code declares `t` in every function: merged by name it may hold anything
    const functions = Array.from({ length: 40 }, (_, index) => `function f${index}() { var t = 'v${index}'; return t; }`);
    const code = `${functions.join('\n')}
function g(t: string) { return t + '${KEY_ID_BODY}'; }
function h() { var t = 'AKIA'; return t + '${KEY_ID_BODY}'; }`;
    const models: [boolean, boolean][] = [];
    runProbe(code, 'ts', (context) => {
      const nameInits = new Map<string, TSESTree.Expression[]>();
      const scopedInits: ScopedInits = (identifier) => {
        const variable = findVariableOf(identifier, context.sourceCode);
        if (variable === null) return null;
        const inits = variable.defs.flatMap(({ node }) => (node.type === 'VariableDeclarator' && node.init ? [node.init] : []));
        return { key: variable, inits };
      };
      const returned: TSESTree.Expression[] = [];
      return {
        VariableDeclarator(node) {
          if (node.id.type === 'Identifier' && node.init) nameInits.set(node.id.name, [...(nameInits.get(node.id.name) ?? []), node.init]);
        },
        'FunctionDeclaration[id.name=/^[gh]$/] ReturnStatement'(node: TSESTree.ReturnStatement) {
          returned.push(node.argument!);
        },
        'Program:exit'() {
          for (const value of returned) {
            models.push([mayHoldCredential(new RunModels(nameInits).of(value)), mayHoldCredential(new RunModels(nameInits, scopedInits).of(value))]);
          }
        },
      };
    });
    // [by name only, through scope]: a parameter holds no known text; the declaration in scope holds the prefix
    expect(models).toEqual([
      [true, false],
      [true, true],
    ]);
  });

  it('stays bounded on a cycle and on deep nesting', () => {
    const { value, inits } = probeValue('const a = b + c;\nconst b = a + c;\nconst c = a + b;\nconst value = a + b;');
    expect(() => new RunModels(inits).of(value)).not.toThrow();
    const deep = probeValue(`const value = ${Array.from({ length: 400 }, () => "'ab'").join(' + ')};`, 'esm');
    expect(mayHoldCredential(new RunModels(deep.inits).of(deep.value))).toBe(true);
  });
});

describe('fold constructs', () => {
  it('recognises fold calls and their owners', () => {
    const calls: [string, boolean][] = [];
    const owners: [string, string | null][] = [];
    const code = `
const a = ['x', 'y'].join('');
const b = 'x'.concat('y');
const c = Buffer.from('eA==', 'base64').toString();
const d = atob('eA==');
const e = decodeURIComponent('%41');
const f = foo('x');
const g = Math.max(1, 2);
const h = 'x' + 'y';
const i = \`x\${'y'}\`;
`;
    runProbe(code, 'esm', (context) => ({
      CallExpression(node) {
        calls.push([context.sourceCode.getText(node.callee), isFoldCall(node)]);
      },
      Literal(node) {
        const owner = foldOwner(node);
        owners.push([context.sourceCode.getText(node), owner ? owner.type : null]);
      },
    }));
    expect(calls).toEqual([
      ["['x', 'y'].join", true],
      ["'x'.concat", true],
      ["Buffer.from('eA==', 'base64').toString", true],
      ['Buffer.from', true],
      ['atob', true],
      ['decodeURIComponent', true],
      ['foo', false],
      ['Math.max', false],
    ]);
    expect(owners).toEqual([
      ["'x'", 'CallExpression'],
      ["'y'", 'CallExpression'],
      ["''", null],
      ["'x'", 'CallExpression'],
      ["'y'", 'CallExpression'],
      ["'eA=='", 'CallExpression'],
      ["'base64'", null],
      ["'eA=='", 'CallExpression'],
      ["'%41'", 'CallExpression'],
      ["'x'", null],
      ['1', null],
      ['2', null],
      ["'x'", 'BinaryExpression'],
      ["'y'", 'BinaryExpression'],
      ["'y'", 'TemplateLiteral'],
    ]);
  });
});

describe('isFoldCall with computed keys', () => {
  it.each(DIALECTS)('reads a string or template key, not one computed from a name (%s)', (dialect) => {
    const calls: [string, boolean][] = [];
    const code = `const a = parts['join']('');
const b = Buffer['from'](text, 'base64');
const c = globalThis[\`atob\`](text);
const d = String['fromCharCode'](65);
const e = parts[method]('');
const f = parts['push'](1);`;
    runProbe(code, dialect, (context) => ({
      CallExpression(node) {
        calls.push([context.sourceCode.getText(node.callee), isFoldCall(node)]);
      },
    }));
    expect(calls).toEqual([
      ["parts['join']", true],
      ["Buffer['from']", true],
      ['globalThis[`atob`]', true],
      ["String['fromCharCode']", true],
      ['parts[method]', false],
      ["parts['push']", false],
    ]);
  });
});

describe('isFoldCall with replace', () => {
  it.each(DIALECTS)('reads a replace whose pattern and replacement are literals (%s)', (dialect) => {
    const calls: [string, boolean][] = [];
    const code = `const a = text.replace('-', '');
const b = text.replace(/-/g, '');
const c = text.replaceAll('-', ' ');
const d = text.replace(pattern, '');
const e = text.replace('-', (match) => match);
const f = text.replace('-', separator);`;
    runProbe(code, dialect, (context) => ({
      CallExpression(node) {
        calls.push([context.sourceCode.getText(node), isFoldCall(node)]);
      },
    }));
    expect(calls).toEqual([
      ["text.replace('-', '')", true],
      ["text.replace(/-/g, '')", true],
      ["text.replaceAll('-', ' ')", true],
      ["text.replace(pattern, '')", false],
      ["text.replace('-', (match) => match)", false],
      ["text.replace('-', separator)", false],
    ]);
  });
});

describe('forEachMayDecodeCall', () => {
  /** The source text of each call `forEachMayDecodeCall` visits in `code`, in order. */
  function visited(code: string, dialect: Dialect, stopAfter = Infinity): string[] {
    const texts: string[] = [];
    runProbe(code, dialect, (context) => ({
      Program() {
        forEachMayDecodeCall(context.sourceCode, (call) => {
          texts.push(context.sourceCode.getText(call));
          return texts.length < stopAfter;
        });
      },
    }));
    return texts;
  }

  it.each(DIALECTS)('finds every spelling of a decoding callee, once per call, in source order (%s)', (dialect) => {
    const code = `const a = Buffer.from(x, 'base64');
const b = globalThis['atob'](y);
const c = new Buffer(z, 'hex');
const d = Buffer(w);
const e = decodeURIComponent(v);
const f = String.fromCharCode(65, 75);
const g = buffer.Buffer[\`from\`](u);
const h = Buffer?.from(t).toString('utf8');`;
    expect(visited(code, dialect)).toEqual([
      `Buffer.from(x, 'base64')`,
      `globalThis['atob'](y)`,
      `new Buffer(z, 'hex')`,
      'Buffer(w)',
      'decodeURIComponent(v)',
      'String.fromCharCode(65, 75)',
      'buffer.Buffer[`from`](u)',
      'Buffer?.from(t)',
    ]);
  });

  it('reads through type wrappers in a callee', () => {
    expect(visited(`const a = (Buffer as typeof Buffer).from(x); const b = Buffer!['from'](y);`, 'ts')).toEqual([
      '(Buffer as typeof Buffer).from(x)',
      "Buffer!['from'](y)",
    ]);
  });

  it.each(DIALECTS)('skips the names outside a callee, and names that only start alike (%s)', (dialect) => {
    const code = `import { Buffer as B } from 'node:buffer';
// Buffer.from(comment)
const text = 'atob(x) Buffer.from(y)';
const isBuffer = Buffer.isBuffer(value) && fromage(value) && atobX(value);
wrap(Buffer, atob, value.from);
const copy = Buffer.alloc(4);
const codes = Array.from(list);`;
    expect(visited(code.replace(/^import .*\n/, dialect === 'cjs' ? '' : '$&'), dialect)).toEqual(['Array.from(list)']);
  });

  it('stops when the visitor returns false', () => {
    expect(visited(`atob(a); atob(b); atob(c);`, 'esm', 2)).toEqual(['atob(a)', 'atob(b)']);
  });
});
