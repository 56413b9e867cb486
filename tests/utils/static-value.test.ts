import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { Linter as LinterV9 } from 'eslint-v9';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';
import {
  cookedRangeToSourceRange,
  getChoiceBranches,
  getExtendedArray,
  getJoinedValue,
  getLoopMemberValues,
  getLoopValues,
  getStaticString,
  getStaticValue,
  getStringParts,
  stringValueRange,
  type StaticValue,
  type StaticValueOptions,
} from '../../src/utils/static-value.js';

// ---------------------------------------------------------------------------------------------------------------
// Harness: lint `code` with a probe rule that captures the init of the LAST `const target = …`, then evaluate it.
// ---------------------------------------------------------------------------------------------------------------

type ParserName = 'ts' | 'js';

interface Probed {
  node: TSESTree.Expression;
  sourceCode: Readonly<TSESLint.SourceCode>;
}

interface ProbeOptions {
  sourceType?: 'module' | 'script' | 'commonjs';
  filename?: string;
  eslint?: 9 | 10;
}

function probe(code: string, parser: ParserName, options: ProbeOptions = {}): Probed {
  let found: Probed | null = null;
  const rule: Rule.RuleModule = {
    create(context) {
      return {
        VariableDeclarator(node) {
          if (node.id.type === 'Identifier' && node.id.name === 'target' && node.init) {
            found = {
              node: node.init as unknown as TSESTree.Expression,
              sourceCode: context.sourceCode as unknown as TSESLint.SourceCode,
            };
          }
        },
      };
    },
  };
  const config = {
    files: ['**/*.*'],
    languageOptions: {
      parser: parser === 'ts' ? tsParser : espree,
      ecmaVersion: 'latest' as const,
      sourceType: options.sourceType ?? 'module',
      parserOptions: { ecmaFeatures: { jsx: options.filename?.endsWith('x') === true } },
    },
    plugins: { t: { rules: { probe: rule } } },
    rules: { 't/probe': 'error' as const },
  };
  const filename = options.filename ?? (parser === 'ts' ? 'probe.ts' : 'probe.js');
  const messages =
    options.eslint === 9
      ? new LinterV9({ configType: 'flat' }).verify(code, [config] as never, filename)
      : new Linter({ configType: 'flat' }).verify(code, [config] as never, filename);
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message}`);
  if (!found) throw new Error('no `const target = …` in the code');
  return found;
}

function evaluate(code: string, parser: ParserName, options?: StaticValueOptions, probeOptions?: ProbeOptions): StaticValue {
  const { node, sourceCode } = probe(code, parser, probeOptions);
  return getStaticValue(node, sourceCode, options);
}

const X = '<unknown>';
const U = '<undefined>';
const UK = '<hasUnknownKeys>';

/** A comparable form: primitives as is, unknown as X, undefined as U, partial strings with merged texts. */
function plain(value: StaticValue): unknown {
  switch (value.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return value.value;
    case 'null':
      return null;
    case 'undefined':
      return U;
    case 'unknown':
      return X;
    case 'partial-string': {
      const parts: (string | null)[] = [];
      for (const part of value.parts) {
        const last = parts[parts.length - 1];
        if (part !== null && typeof last === 'string') parts[parts.length - 1] = last + part.text;
        else parts.push(part === null ? null : part.text);
      }
      return { partial: parts };
    }
    case 'array':
      return value.elements.map(plain);
    case 'object': {
      const entries: [string, unknown][] = [...value.properties].map(([key, property]) => [key, plain(property.value)]);
      if (value.hasUnknownKeys) entries.push([UK, true]);
      return Object.fromEntries(entries);
    }
  }
}

type Case = [name: string, code: string, expected: unknown];

// ---------------------------------------------------------------------------------------------------------------
// Cases valid in both JavaScript and TypeScript
// ---------------------------------------------------------------------------------------------------------------

const literals: Case[] = [
  ['string literal', "const target = 'abc';", 'abc'],
  ['double quotes', `const target = "a'b";`, "a'b"],
  ['number', 'const target = 42;', 42],
  ['negative number', 'const target = -1.5;', -1.5],
  ['boolean', 'const target = true;', true],
  ['null', 'const target = null;', null],
  ['undefined', 'const target = undefined;', U],
  ['void 0', 'const target = void 0;', U],
  ['NaN', 'const target = NaN;', Number.NaN],
  ['regex is unknown', 'const target = /a+/;', X],
  ['bigint is unknown', 'const target = 1n;', X],
  ['escapes are cooked', String.raw`const target = '\u0041\x42\u{43}\n\'';`, "ABC\n'"],
  ['template without expressions', 'const target = `a\\u0041b`;', 'aAb'],
  ['template with known expressions', "const a = 'x'; const target = `${a}-${1}-${true}-${null}`;", 'x-1-true-null'],
  ['template with an array expression', 'const target = `${[1, 2]}`;', '1,2'],
  ['template with unknown expression', 'const target = `arn:aws:s3:::${bucket}/*`;', { partial: ['arn:aws:s3:::', null, '/*'] }],
  ['template ending in :*', 'const target = `${svc}:*`;', { partial: [null, ':*'] }],
  ['adjacent unknown expressions are one gap', 'function f(a, b) { const target = `${a}${b}x`; }', { partial: [null, 'x'] }],
  ['template holding a key in a quasi', 'const target = `id=AKIA${rest}`;', { partial: ['id=AKIA', null] }],
];

const concatenation: Case[] = [
  ['string + numbers', "const target = 'a' + 1 + 2;", 'a12'],
  ['numbers + string', "const target = 1 + 2 + 'a';", '3a'],
  ['right-nested', "const target = 1 + (2 + 'a');", '12a'],
  ['string + boolean, null, undefined', "const target = 'a' + true + null + undefined;", 'atruenullundefined'],
  ['number + boolean', 'const target = 1 + true;', 2],
  ['null + number', 'const target = null + 1;', 1],
  ['string + array', "const target = 'a' + [1, [2, 3]];", 'a1,2,3'],
  ['string + object', "const target = '' + {};", '[object Object]'],
  ['object with toString is unknown', "const target = '' + { toString() { return 'x'; } };", { partial: [null] }],
  ['unknown + string', "const target = x + ':*';", { partial: [null, ':*'] }],
  ['unknown + number + string', "const target = x + 1 + ':*';", { partial: [null, ':*'] }],
  ['unknown + number is unknown', 'const target = x + 1;', X],
  ['gaps in the middle', "const target = 'a' + x + y + 'b';", { partial: ['a', null, 'b'] }],
  ['partial + partial', 'const target = `a${x}` + `b${y}c`;', { partial: ['a', null, 'b', null, 'c'] }],
  ['split key', "const target = 'AK' + 'IA' + 'XY';", 'AKIAXY'],
  ['other operators are unknown', 'const target = 2 * 3;', X],
];

const calls: Case[] = [
  ['join with default separator', "const target = ['a', 'b', 1].join();", 'a,b,1'],
  ['join with empty separator', "const target = ['AK', 'IA'].join('');", 'AKIA'],
  ['join skips null and undefined', "const target = ['a', null, undefined, 'b'].join('-');", 'a---b'],
  ['join of nested arrays', "const target = [['a', 'b'], 'c'].join(' ');", 'a,b c'],
  ['join with unknown element', "const target = [x, 'b'].join(':');", { partial: [null, ':b'] }],
  ['join with unknown spread', "const target = ['a', ...xs, 'b'].join(':');", { partial: ['a', null, ':b'] }],
  ['join with leading unknown spread', "const target = [...xs, 'b'].join(':');", { partial: [null, 'b'] }],
  ['join with unknown separator', "const target = ['a', 'b'].join(sep);", { partial: ['a', null, 'b'] }],
  ['join of a const array', "const PARTS = ['a', 'b']; const target = PARTS.join('/');", 'a/b'],
  ['join with const separator', "const SEP = ':'; const target = ['a', 'b'].join(SEP);", 'a:b'],
  ['string concat', "const target = 'a'.concat('b', 1, null);", 'ab1null'],
  ['string concat with unknown', "const target = 'a'.concat(x, 'b');", { partial: ['a', null, 'b'] }],
  ['array concat', "const target = ['a'].concat(['b', 'c'], 'd');", ['a', 'b', 'c', 'd']],
  ['array concat with unknown', "const target = ['a'].concat(xs);", ['a', X]],
  ['array concat with an object', "const target = ['a'].concat({ b: 1 });", ['a', { b: 1 }]],
  ['array concat with an object of unknown keys', "const target = ['a'].concat({ b: 1, ...o });", ['a', X]],
  ['unknown list concat with an object', "function f(list) { const target = list.concat({ b: 1 }, 'c'); }", [X, { b: 1 }, 'c']],
  ['unknown list concat with an array', "const target = list.concat(['b'], [['c']]);", [X, 'b', ['c']]],
  ['unknown list from a relative module', "import { BASE } from './base'; const target = BASE.concat([1]);", [X, 1]],
  ['unknown receiver concat with strings only', "const target = x.concat('b', y);", X],
  ['unknown receiver concat with JSON text', "const target = x.concat(JSON.stringify({ a: 1 }));", X],
  ['Buffer.concat', "const target = Buffer.concat([a, b]);", X],
  ["a package's concat", "import * as pulumi from '@pulumi/pulumi'; const target = pulumi.concat(['a']);", X],
  ['Object.values in property order (integer keys first)', "const target = Object.values({ b: 'x', 1: 'y', a: 'z', 0: 'w' });", ['w', 'y', 'x', 'z']],
  ['Object.values of a const object, joined', "const P = { head: 'AK', tail: 'IA' }; const target = Object.values(P).join('');", 'AKIA'],
  ['Object.values with an unknown spread', "const target = Object.values({ a: 'x', ...rest });", X],
  ['Object.values on a local Object', "const Object = { values: () => [] }; const target = Object.values({ a: 'x' });", X],
  ['String.raw', 'const target = String.raw`a\\nb`;', 'a\\nb'],
  ['String.raw with expression', 'const N = 1; const target = String.raw`\\d${N}`;', '\\d1'],
  ['String.raw with unknown', 'const target = String.raw`\\d${n}`;', { partial: ['\\d', null] }],
  ['shadowed String', "const String = { raw: () => 'x' }; const target = String.raw`a`;", X],
  ['String(x)', "const target = String(1) + String(['a', 'b']);", '1a,b'],
  ['toString on a string', "const target = 'abc'.toString();", 'abc'],
  ['other tags are unknown', 'const target = tag`a`;', X],
  ['other calls are unknown', "const target = 'abc'.toUpperCase();", X],
  ['new is unknown', "const target = new String('a');", X],
];

const identifiers: Case[] = [
  ['const', "const A = 'a'; const target = A;", 'a'],
  ['let never reassigned', "let A = 'a'; const target = A;", 'a'],
  ['var never reassigned', "var A = 'a'; const target = A;", 'a'],
  // Declared without a value: the assignment statement just before the read, in its block or an enclosing one
  ['let assigned in the statement before', "let A; A = 'a'; const target = A;", 'a'],
  ['let assigned in a branch, read there', "let A; if (c) { A = 'a'; const target = A; } else { A = 'b'; }", 'a'],
  ['let assigned before a branch that does not write it', "let A; A = 'a'; if (c) { f(); const target = A; }", 'a'],
  ['the last of two assignments', "let A; A = 'a'; A = 'b'; const target = A;", 'b'],
  ['let written in a branch before the read: unknown', "let A; A = 'a'; if (c) { A = 'b'; } const target = A;", X],
  ['let written in the other branch: unknown', "let A; if (c) { A = 'a'; } else { const target = A; }", X],
  ['let written in a try before a catch: unknown', "let A; A = 'a'; try { A = 'b'; f(); } catch { const target = A; }", X],
  ['let written later in a loop: unknown', "let A; A = 'a'; while (c) { const target = A; A = 'b'; }", X],
  ['let written by a callback: unknown', "let A; A = 'a'; f(() => { A = 'b'; }); const target = A;", X],
  ['let read in a callback: unknown', "let A; A = 'a'; f(() => { const target = A; });", X],
  ['let written with a compound operator: unknown', "let A; A = 'a'; A += 'b'; const target = A;", X],
  ['let never assigned before the read: unknown', "let A; const target = A; A = 'a';", X],
  ['chain of consts', "const A = 'a'; const B = A + 'b'; const C = B; const target = C + 'c';", 'abc'],
  [
    'nested scopes',
    "const A = 'a'; function f() { const B = A + 'b'; return () => { const target = B; }; }",
    'ab',
  ],
  ['block scope shadowing', "const A = 'outer'; { const A = 'inner'; const target = A; }", 'inner'],
  ['declared later in the file', "function f() { const target = LATER; } const LATER = 'x';", 'x'],
  ['15 hops', `const v0 = 'x'; ${hops(15)} const target = v15;`, 'x'],
  ['destructured object', "const CFG = { a: 'x', b: 2 }; const { a } = CFG; const target = a;", 'x'],
  [
    'destructured nested and renamed',
    "const CFG = { b: { c: 'y' } }; const { b: { c: renamed } } = CFG; const target = renamed;",
    'y',
  ],
  ['destructured array', "const ARR = ['x', 'y']; const [, second] = ARR; const target = second;", 'y'],
  ['destructured default used', "const CFG = {}; const { a = 'dflt' } = CFG; const target = a;", 'dflt'],
  ['destructured default unused', "const CFG = { a: 'set' }; const { a = 'dflt' } = CFG; const target = a;", 'set'],
  ['destructured computed key', "const CFG = { 'k-1': 'v' }; const { ['k-1']: v } = CFG; const target = v;", 'v'],
  ['destructured rest is unknown', 'const CFG = { a: 1 }; const { ...rest } = CFG; const target = rest;', X],
  ['destructured from unknown', 'const { a } = other; const target = a;', X],
];

const members: Case[] = [
  ['member on const object', "const CFG = { actions: ['s3:*'] }; const target = CFG.actions;", ['s3:*']],
  ['computed member', "const CFG = { a: 'x' }; const target = CFG['a'];", 'x'],
  ['computed member through a const key', "const K = 'a'; const CFG = { a: 'x' }; const target = CFG[K];", 'x'],
  ['deep member', "const CFG = { a: { b: { c: 'deep' } } }; const target = CFG.a.b.c;", 'deep'],
  ['optional chain', "const CFG = { a: { b: 'x' } }; const target = CFG?.a?.b;", 'x'],
  ['array index', "const ARR = ['x', 'y']; const target = ARR[1];", 'y'],
  ['array index past the end', "const ARR = ['x']; const target = ARR[3];", U],
  ['array length', "const ARR = ['x', 'y']; const target = ARR.length;", 2],
  ['string length', "const target = 'abc'.length;", 3],
  ['string index', "const target = 'abc'[1];", 'b'],
  ['missing key is undefined', 'const CFG = { a: 1 }; const target = CFG.b;', U],
  ['prototype key is unknown', 'const CFG = { a: 1 }; const target = CFG.toString;', X],
  ['unknown computed member', 'const CFG = { a: 1 }; const target = CFG[k];', X],
  ['index after an unknown spread', "const ARR = [...xs, 'y']; const target = ARR[1];", X],
  ['index before an unknown spread', "const ARR = ['x', ...xs]; const target = ARR[0];", 'x'],
  ['length with an unknown spread', "const ARR = ['x', ...xs]; const target = ARR.length;", X],
  ['missing key with unknown keys', 'const CFG = { ...o }; const target = CFG.a;', X],
  ['read-only use keeps the value', 'const O = { a: [1] }; O.a.map(String); const target = O.a;', [1]],
];

const arrays: Case[] = [
  ['array', "const target = ['a', 1, true, null];", ['a', 1, true, null]],
  ['hole', 'const target = [, 1];', [U, 1]],
  ['known spread', "const A = ['a', 'b']; const target = [...A, 'c'];", ['a', 'b', 'c']],
  ['unknown spread is one unknown element', "const target = ['a', ...xs, 'c'];", ['a', X, 'c']],
  ['string spread', "const target = [...'ab'];", ['a', 'b']],
  ['unknown element', "const target = ['a', x];", ['a', X]],
  ['nested', "const target = [['a'], [[1]]];", [['a'], [[1]]]],
];

const objects: Case[] = [
  ['object', "const target = { a: 1, 'b-c': 'x', 3: true };", { 3: true, a: 1, 'b-c': 'x' }],
  ['shorthand', "const a = 'x'; const target = { a };", { a: 'x' }],
  ['computed keys when known', "const K = 'k'; const target = { [K]: 1, [`t${1}`]: 2, [3]: 3 };", { k: 1, t1: 2, 3: 3 }],
  // An unknown computed key may be any key written before it, as an unknown spread may
  ['unknown computed key after a key', 'const target = { a: 1, [k]: 2 };', { a: X, [UK]: true }],
  ['unknown computed key before a key', 'const target = { [k]: 2, a: 1 };', { a: 1, [UK]: true }],
  ['right-most wins', 'const target = { a: 1, b: 0, a: 2 };', { a: 2, b: 0 }],
  ['numeric keys are canonical', "const target = { 1e3: 'k', 0x10: 'h' };", { 1000: 'k', 16: 'h' }],
  ['known spread', 'const BASE = { a: 1, b: 2 }; const target = { ...BASE, b: 3 };', { a: 1, b: 3 }],
  ['spread overrides earlier keys', 'const BASE = { a: 1 }; const target = { a: 0, ...BASE };', { a: 1 }],
  ['unknown spread after a key', 'const target = { a: 1, ...other, b: 2 };', { a: X, b: 2, [UK]: true }],
  ['spread of null', 'const target = { ...null, a: 1 };', { a: 1 }],
  // A spread chosen at run time whose outcomes are readable: the keys it may set are unknown, the others kept
  ['spread after a falsy-or-object test', "const target = { a: 1, b: 2, ...(stage === 'prod' && { b: 3, c: 4 }) };", { a: 1, b: X, c: X }],
  ['spread of a choice between objects', 'const target = { a: 1, ...(local ? { e: 2 } : {}), f: 3 };', { a: 1, e: X, f: 3 }],
  ['spread of a choice with null', 'const target = { ...(x ? { e: 2 } : null), a: 1 };', { e: X, a: 1 }],
  ['spread of a choice with an unknown outcome', 'const target = { a: 1, ...(x ? other : {}) };', { a: X, [UK]: true }],
  ['spread of || is unknown (its left may be any object)', 'const target = { a: 1, ...(x || { e: 2 }) };', { a: X, [UK]: true }],
  ['spread of an array', "const target = { ...['x'] };", { 0: 'x' }],
  [
    'spread of an object with unknown keys',
    'const BASE = { ...o, a: 1 }; const target = { b: 2, ...BASE };',
    { b: X, a: 1, [UK]: true },
  ],
  ['methods and getters are unknown values', 'const target = { f() {}, get g() { return 1; } };', { f: X, g: X }],
  ['__proto__: null is not a key', 'const target = { __proto__: null, a: 1 };', { a: 1 }],
  ['Object.freeze of an object literal', "const target = Object.freeze({ a: 'x', b: ['y'] });", { a: 'x', b: ['y'] }],
  ['Object.freeze of a const array, joined', "const P = Object.freeze(['AK', 'IA']); const target = P.join('');", 'AKIA'],
  ['Object.freeze with no argument', 'const target = Object.freeze();', X],
  ['a local Object.freeze is not the global', "const Object = { freeze: () => 1 }; const target = Object.freeze({ a: 'x' });", X],
  ['Object.assign onto an object literal', 'const BASE = { a: 1, b: 2 }; const target = Object.assign({ c: 0 }, BASE, { b: 3 });', { c: 0, a: 1, b: 3 }],
  ['Object.assign skips null and copies arrays', "const target = Object.assign({}, null, ['x'], undefined);", { 0: 'x' }],
  ['Object.assign with an unknown source', 'const target = Object.assign({ a: 1 }, other, { b: 2 });', { a: X, b: 2, [UK]: true }],
  ['Object.assign onto an existing object is unknown', 'const BASE = { a: 1 }; const target = Object.assign(BASE, { b: 2 });', X],
  ['Object.assign with a spread argument is unknown', 'const target = Object.assign({}, ...parts);', X],
  ['a local Object is not the global', 'const Object = { assign: () => 1 }; const target = Object.assign({}, { a: 1 });', X],
  [
    'policy built from constants',
    "const ACTIONS = ['s3:GetObject']; const target = { Effect: 'Allow', Action: [...ACTIONS, 's3:*'], Resource: '*' };",
    { Effect: 'Allow', Action: ['s3:GetObject', 's3:*'], Resource: '*' },
  ],
];

const logic: Case[] = [
  ['conditional with known test', "const target = true ? 'a' : 'b';", 'a'],
  ['conditional with unknown test', "const target = x ? 'a' : 'b';", X],
  ['conditional with unknown test, both branches undefined', 'const target = x ? undefined : void 0;', U],
  ['conditional with unknown test, the same string in both branches', "const target = x ? '*' : `*`;", '*'],
  ['conditional with unknown test, the same number, nested', 'const target = x ? 1 : y ? 1 : 1;', 1],
  ['conditional with unknown test, NaN in both branches', 'const target = x ? NaN : NaN;', NaN],
  ['conditional with unknown test, 0 and -0 differ', 'const target = x ? 0 : -0;', X],
  ['conditional with unknown test, a number and its string differ', "const target = x ? 1 : '1';", X],
  ['conditional with unknown test, equal objects are still unknown', 'const target = x ? {} : {};', X],
  ['|| with falsy left', "const target = '' || 'b';", 'b'],
  ['&& with truthy left', "const target = 'a' && 'b';", 'b'],
  ['?? with null', "const target = null ?? 'd';", 'd'],
  ['?? with unknown', "const target = x ?? 'd';", X],
  ['! on a known value', "const target = !'';", true],
  ['sequence', "const target = (0, 'a');", 'a'],
  ['an assignment is the value assigned', "const target = (process.env.ENDPOINT = 'http://localhost:4566');", 'http://localhost:4566'],
  ['an assignment of a known number', 'let n; const target = (n = 4566);', 4566],
  ['an assignment of an array is unknown (a second name may change it)', "let xs; const target = (xs = ['a']);", X],
  ['a compound assignment is unknown', "let s = 'a'; const target = (s += 'b');", X],
];

const json: Case[] = [
  ['JSON.stringify is the data', "const target = JSON.stringify({ a: [1, 'x'] });", { a: [1, 'x'] }],
  ['JSON.stringify through a const', "const P = { Effect: 'Allow' }; const target = JSON.stringify(P);", { Effect: 'Allow' }],
  ['JSON.stringify(x, null, 2) is the data', 'const target = JSON.stringify({ a: 1 }, null, 2);', { a: 1 }],
  [
    'JSON.stringify as a string',
    "const target = 'p=' + JSON.stringify({ a: 1, b: [true, null], c: undefined });",
    'p={"a":1,"b":[true,null]}',
  ],
  ['JSON.stringify with space as a string', 'const target = `${JSON.stringify({ a: 1 }, null, 2)}`;', '{\n  "a": 1\n}'],
  ['JSON.stringify of a string, as a string', "const target = '' + JSON.stringify('a');", '"a"'],
  ['JSON.stringify of unknown data, as a string', "const target = 'p=' + JSON.stringify({ a: x });", { partial: ['p=', null] }],
  ['JSON.stringify with a replacer', 'const target = JSON.stringify({ a: 1 }, replacer);', X],
  ['JSON.stringify of unknown', 'const target = JSON.stringify(x);', X],
  ['member of JSON.stringify result', "const target = JSON.stringify('abc').length;", X],
  ['shadowed JSON', 'const JSON = { stringify: (v) => v }; const target = JSON.stringify({ a: 1 });', X],
  ['JSON.parse', `const target = JSON.parse('{"a":[1,"x"]}');`, { a: [1, 'x'] }],
  ['JSON.parse of JSON.stringify', 'const target = JSON.parse(JSON.stringify({ a: 1 }));', { a: 1 }],
  ['JSON.parse of invalid text', "const target = JSON.parse('{');", X],
];

const mustBeUnknown: Case[] = [
  ['reassigned let', "let A = 'a'; A = 'b'; const target = A;", X],
  ['let with +=', "let A = 'a'; A += 'b'; const target = A;", X],
  ['let incremented', 'let A = 1; A++; const target = A;', X],
  ['var declared twice', "var A = 'a'; var A = 'b'; const target = A;", X],
  ['let without initialiser', 'let A; const target = A;', X],
  ['parameter', 'function f(p) { const target = p; }', X],
  ['parameter shadowing a const', "const A = 'outer'; function f(A) { const target = A; }", X],
  ['call', 'const target = f();', X],
  ['process.env', 'const target = process.env.KEY;', X],
  ['process.env with fallback', "const target = process.env.KEY || 'dflt';", X],
  ['import', "import { A } from './a.js'; const target = A;", X],
  ['default import', "import A from './a.js'; const target = A;", X],
  ['this', 'class C { m() { const target = this.x; } }', X],
  ['global', 'const target = window;', X],
  ['class', 'class K {} const target = K;', X],
  ['function', 'function g() {} const target = g;', X],
  ['for-of binding', "for (const x of ['a']) { const target = x; }", X],
  ['catch binding', 'try {} catch (e) { const target = e; }', X],
  ['cycle', 'const a = b; const b = a; const target = a;', X],
  ['self reference', 'const a = a + 1; const target = a;', X],
  ['self reference in an array', 'const a = [a]; const target = a;', [X]],
  ['too many hops', `const v0 = 'x'; ${hops(20)} const target = v20;`, X],
  ['mutated array', "const A = ['a']; A.push('b'); const target = A;", X],
  ['mutated property', 'const O = { a: 1 }; O.a = 2; const target = O.a;', X],
  ['mutated nested property', 'const O = { a: { b: 1 } }; O.a.b++; const target = O;', X],
  ['deleted property', 'const O = { a: 1 }; delete O.a; const target = O;', X],
  ['Object.assign target', 'const O = { a: 1 }; Object.assign(O, x); const target = O;', X],
  ['mutated through computed method', 'const A = [1]; A[m](2); const target = A;', X],
  ['unknown spread', 'const target = [...xs];', [X]],
  ['spread argument', "const target = ['a'].join(...xs);", X],
  ['super member', 'class C extends B { m() { const target = super.x; } }', X],
  ['private member', 'class C { #x = 1; m() { const target = this.#x; } }', X],
];

const decode: Case[] = [
  ['Buffer.from base64', "const target = Buffer.from('aGVsbG8=', 'base64');", 'hello'],
  ['Buffer.from base64 without padding, toString()', "const target = Buffer.from('aGVsbG8', 'base64').toString();", 'hello'],
  ["toString('utf8')", "const target = Buffer.from('aGVsbG8=', 'base64').toString('utf8');", 'hello'],
  ['base64url', "const target = Buffer.from('aGk_', 'base64url');", 'hi?'],
  ['hex', "const target = Buffer.from('68656c6c6f', 'hex');", 'hello'],
  ['utf8 Buffer.from is the string', "const target = Buffer.from('abc').toString();", 'abc'],
  ['atob', "const target = atob('aGVsbG8=');", 'hello'],
  ['decodeURIComponent', "const target = decodeURIComponent('a%20b%2Fc');", 'a b/c'],
  ['decodeURI keeps escapes of reserved characters', "const target = decodeURI('a%20b%2Fc');", 'a b%2Fc'],
  ['globalThis.atob', "const target = globalThis.atob('aGVsbG8=');", 'hello'],
  ["window['decodeURIComponent']", "const target = window['decodeURIComponent']('a%20b');", 'a b'],
  ['atob on a local object named window', "const window = { atob: (s) => s }; const target = window.atob('aGk=');", X],
  ['invalid decodeURI escape', "const target = decodeURI('%E0%A4%A');", X],
  ['decoded inside a concatenation', "const target = 'x' + atob('aGk=');", 'xhi'],
  ['encoded through a const', "const ENC = 'aGk='; const target = Buffer.from(ENC, 'base64').toString();", 'hi'],
  ['invalid base64', "const target = Buffer.from('a$b=', 'base64');", X],
  ['invalid hex', "const target = Buffer.from('abc', 'hex');", X],
  ['bytes that are not UTF-8', "const target = Buffer.from('/w==', 'base64').toString();", X],
  ['invalid URI escape', "const target = decodeURIComponent('%E0%A4%A');", X],
  ['unknown encoding', "const target = Buffer.from('aGk=', 'latin1');", X],
  ['re-encoding is unknown', "const target = Buffer.from('hi').toString('base64');", X],
  ['local Buffer', "const Buffer = { from: (s) => s }; const target = Buffer.from('aGk=', 'base64');", X],
  ['local atob', "const atob = (s) => s; const target = atob('aGk=');", X],
  ['unknown input', "const target = atob(x);", X],
  ['the deprecated new Buffer', "const target = new Buffer('aGk=', 'base64').toString('utf8');", 'hi'],
  ['a decoded buffer bound to a name, as UTF-8', "const raw = Buffer.from('aGk=', 'base64'); const target = raw.toString('utf-8');", 'hi'],
  ['a decoded buffer bound to a name, re-encoded', "const raw = Buffer.from('aGk=', 'base64'); const target = raw.toString('hex');", X],
  ["a string's toString ignores its argument", "const target = 'hi'.toString('utf8');", 'hi'],
  ['the deprecated Buffer call', "const target = Buffer('6869', 'hex').toString();", 'hi'],
  ['new Buffer of a size', 'const target = new Buffer(16);', X],
  ['new of a local Buffer', "const Buffer = class {}; const target = new Buffer('aGk=', 'base64');", X],
  ['String.fromCharCode', 'const target = String.fromCharCode(104, 0x69);', 'hi'],
  ['String.fromCodePoint beyond the basic plane', 'const target = String.fromCodePoint(0x1f600, 33);', '\u{1f600}!'],
  ['character codes through a const', "const H = 104; const target = 'x' + String.fromCharCode(H, 105);", 'xhi'],
  ['a character code out of range', 'const target = String.fromCharCode(0x10000);', X],
  ['a character code that is no integer', 'const target = String.fromCharCode(65.5);', X],
  ['a string split and joined again', "const target = 'a-b-c'.split('-').join('');", 'abc'],
  ['a string split into characters and joined', "const target = 'abc'.split('').join('.');", 'a.b.c'],
  ['a split with a limit', "const target = 'a-b'.split('-', 1).join('');", X],
  ['a split by an unknown separator', "const target = 'a-b'.split(sep).join('');", X],
  ['a replace of a string, once', "const target = 'a-b-c'.replace('-', '');", 'ab-c'],
  ['a replaceAll of a string', "const target = 'a-b-c'.replaceAll('-', '');", 'abc'],
  ['a replace of a global literal regular expression', "const target = 'a.b.c'.replace(/\\./g, '/');", 'a/b/c'],
  ['a replace of a literal regular expression, once', "const target = 'a-b-c'.replace(/-/, '');", 'ab-c'],
  ['a replace of a regular expression class', "const target = 'a-b'.replace(/[-]/g, '');", X],
  ['a replace of an escape class', "const target = 'a b'.replace(/\\s/g, '');", X],
  ['a replace with other flags', "const target = 'A-b'.replace(/a/gi, '');", X],
  ['a replacement with a $ pattern', "const target = 'a-b'.replace('-', '$&$&');", X],
  ['a replacement function', "const target = 'a-b'.replace('-', () => '');", X],
  ['replaceAll of a regular expression that is not global', "const target = 'a-b'.replaceAll(/-/, '');", X],
  ['a replace of an empty pattern', "const target = 'ab'.replace('', '-');", X],
  ['spread character codes of an unknown list', 'const target = String.fromCharCode(...codes);', X],
  ['spread character codes of a constant list', 'const CODES = [104, 105]; const target = String.fromCharCode(...CODES);', 'hi'],
  ['character codes and a spread list written in place', 'const target = String.fromCodePoint(104, ...[105, 33]);', 'hi!'],
  ['a spread list with a code out of range', 'const target = String.fromCharCode(...[104, 0x10000]);', X],
  ['a spread of something other than a list', "const target = String.fromCharCode(...'hi');", X],
  ['a spread in another call', "const target = ['h', 'i'].concat(...parts);", X],
  ['Buffer.from of a list of bytes', 'const target = Buffer.from([0x68, 105]).toString();', 'hi'],
  ['new Buffer of a constant list of bytes', 'const BYTES = [0x68, 0x69]; const target = new Buffer(BYTES).toString();', 'hi'],
  ['a byte out of range', 'const target = Buffer.from([0x68, 256]).toString();', X],
  ['a byte that is no integer', 'const target = Buffer.from([104.5]).toString();', X],
  ['bytes that are not UTF-8', 'const target = Buffer.from([0xff]).toString();', X],
  ['bytes that spell U+FFFD themselves', 'const target = Buffer.from([0x68, 0xef, 0xbf, 0xbd]).toString();', 'h\uFFFD'],
  ['U+FFFD spelled next to bytes that are not UTF-8', 'const target = Buffer.from([0xef, 0xbf, 0xbd, 0xff]).toString();', X],
  ['a truncated UTF-8 sequence', 'const target = Buffer.from([0x68, 0xe2, 0x82]).toString();', X],
  ['two-byte UTF-8', 'const target = Buffer.from([0xc3, 0xa9]).toString();', '\u00e9'],
  ['hex of bytes that are not UTF-8 (a hash)', "const target = Buffer.from('ff00aa', 'hex').toString();", X],
  ['an empty list of bytes', 'const target = Buffer.from([]).toString();', X],
  ['a list of bytes with an offset (another overload)', 'const target = Buffer.from([0x68, 0x69], 1);', X],
  ['a list of unknown bytes', 'const target = Buffer.from([0x68, b]).toString();', X],
  ['unknown character code', 'const target = String.fromCharCode(65, x);', X],
  ['a local String', "const String = { fromCharCode: () => 'x' }; const target = String.fromCharCode(104);", X],
];

function hops(count: number): string {
  return Array.from({ length: count }, (_, index) => `const v${index + 1} = v${index};`).join(' ');
}

const shared: [string, Case[]][] = [
  ['literals and templates', literals],
  ['concatenation', concatenation],
  ['calls', calls],
  ['identifiers', identifiers],
  ['member access', members],
  ['arrays', arrays],
  ['objects', objects],
  ['logic', logic],
  ['JSON', json],
  ['must be unknown', mustBeUnknown],
];

describe.each(['ts', 'js'] as const)('getStaticValue (%s parser)', (parser) => {
  describe.each(shared)('%s', (_, cases) => {
    it.each(cases)('%s', (_name, code, expected) => {
      expect(plain(evaluate(code, parser))).toEqual(expected);
    });
  });

  describe('decode: true', () => {
    it.each(decode)('%s', (_name, code, expected) => {
      expect(plain(evaluate(code, parser, { decode: true }))).toEqual(expected);
    });
  });

  it('decoding is off by default', () => {
    expect(plain(evaluate("const target = atob('aGk=');", parser))).toEqual(X);
    expect(plain(evaluate("const target = Buffer.from('aGk=', 'base64');", parser))).toEqual(X);
    expect(plain(evaluate('const target = String.fromCharCode(104, 105);', parser))).toEqual(X);
    expect(plain(evaluate("const target = new Buffer('aGk=', 'base64');", parser))).toEqual(X);
  });

  it('is unknown when a parameter shadows the global', () => {
    const { node, sourceCode } = probe("function f(atob) { const target = atob('aGk='); }", parser);
    expect(plain(getStaticValue(node, sourceCode, { decode: true }))).toEqual(X);
  });
});

describe('getStaticValue: TypeScript', () => {
  const cases: Case[] = [
    ['as', "const target = 'a' as string;", 'a'],
    ['as const', "const target = ['a', 'b'] as const;", ['a', 'b']],
    ['satisfies', 'const target = { a: 1 } satisfies object;', { a: 1 }],
    ['non-null', "const A: string | undefined = 'a'; const target = A!;", 'a'],
    ['angle-bracket assertion', "const target = <string>'a';", 'a'],
    ['typed const', "const A: string = 'a'; const target = A;", 'a'],
    [
      'wrappers inside a concatenation',
      "const A = 'a' as const; const target = (A as string) + (<string>'b')! + ('c' satisfies string);",
      'abc',
    ],
    ['wrapped member object', "const CFG = { a: 'x' } as const; const target = (CFG as any).a;", 'x'],
    ['wrapped spread', "const A = ['x'] as const; const target = [...(A as readonly string[])];", ['x']],
    ['instantiation expression', 'const target = f<string>;', X],
    ['declare const', 'declare const A: string; const target = A;', X],
    ['enum member', "enum E { A = 'a' } const target = E.A;", 'a'],
    ['const enum member with a string key', "const enum E { 'all' = '*' } const target = E.all;", '*'],
    ['enum numbers count up', 'enum E { A, B = 5, C } const target = [E.A, E.B, E.C];', [0, 5, 6]],
    ['numeric enum members map back to their names', "enum E { A, B = 5 } const target = [E[0], E[5], E['A']];", ['A', 'B', 0]],
    ['no reverse mapping for string members', "enum E { A = 'a' } const target = E['a'];", U],
    ['an unknown member may add a reverse key', 'enum E { A = f() } const target = E[1];', X],
    ['an enum member built from constants', "const S = 's3'; enum E { Get = `${S}:GetObject` } const target = E.Get;", 's3:GetObject'],
    ['an enum member reading another member', "enum E { A = 'a', B = A } const target = E.B;", X],
    ['a number after an unknown member', 'enum E { A = f(), B } const target = E.B;', X],
    ['declare enum', "declare enum E { A = 'a' } const target = E.A;", X],
    ['static readonly class field', "class K { static readonly A = 'a'; static m() {} } const target = K.A;", 'a'],
    ['class expression field', "const K = class { static A = `${'s3'}:*` }; const target = [K.A];", ['s3:*']],
    ['instance field of a class', "class K { A = 'a' } const target = K.A;", X],
    ['static method of a class', "class K { static A() {} } const target = K.A;", X],
    ['class field redefined by an accessor', "class K { static A = 'a'; static get A() { return 'b'; } } const target = K.A;", X],
    ['a static block may set any field', "class K { static A = 'a'; static { K.A = 'b'; } } const target = K.A;", X],
    ['class field assigned later', "class K { static A = 'a' } K.A = 'b'; const target = K.A;", X],
    ['inherited class field', "class K extends Base { static B = 'b' } const target = [K.A, K.B];", [X, 'b']],
    ['declared class field', "class K { static declare A: string } const target = K.A;", X],
    ['a class field read inside the class (initialisation order)', "class K { static A = K.B; static B = '*' } const target = K.A;", X],
    ['a class field built from one set before it', "class K { static B = 'arn:aws:s3:::b'; static A = K.B + '/*' } const target = K.A;", 'arn:aws:s3:::b/*'],
    ['a class field read in a method of the class', "class K { static A = '*'; m() { const target = K.A; } }", '*'],
    ['a class field a static method sets through this', "class K { static A = 'a'; static m() { this.A = 'b'; } } const target = [K.A];", [X]],
    ['a class field another field keeps', "class K { static A = 'a'; static B = 'b'; static m() { this.B = 'c'; } } const target = K.A;", 'a'],
    ['merged enum declarations', "enum E { A = 'a' } enum E { B = 'b' } const target = E.A;", X],
    ['typed destructuring', "const { a }: { a: string } = { a: 'x' }; const target = a;", 'x'],
    ['import x = require', "import A = require('a'); const target = A;", X],
    ['mutation through a wrapper', "const A = ['a']; (A as string[]).push('b'); A!.length; const target = A;", X],
    ['mutation through a non-null member', 'const O = { a: 1 }; O!.a = 2; const target = O;', X],
    ['Buffer imported from node:buffer', "import { Buffer } from 'node:buffer'; const target = Buffer.from('aGk=', 'base64');", 'hi'],
    ['Buffer required from buffer', "const { Buffer } = require('buffer'); const target = Buffer.from('aGk=', 'base64');", 'hi'],
    ['Buffer read from the required module', "const buffer = require('node:buffer'); const target = buffer.Buffer.from('aGk=', 'base64');", X],
    ['another export of buffer is not Buffer', "import { Blob as Buffer } from 'node:buffer'; const target = Buffer.from('aGk=', 'base64');", X],
  ];
  it.each(cases)('%s', (_name, code, expected) => {
    expect(plain(evaluate(code, 'ts', { decode: true }))).toEqual(expected);
  });

  it('handles JSX and decorators without throwing', () => {
    const jsx = evaluate("const A = 'x'; const el = <div a={A} />; const target = [el, A];", 'ts', {}, { filename: 'probe.tsx' });
    expect(plain(jsx)).toEqual([X, 'x']);
    const decorated = evaluate("@dec class C { @dec m() {} } const target = 'ok';", 'ts');
    expect(plain(decorated)).toEqual('ok');
  });
});

describe('getStaticValue: options and CommonJS', () => {
  const parseJson: Case[] = [
    [
      'object text',
      `const target = '{"Statement":[{"Effect":"Allow","Action":"*"}]}';`,
      { Statement: [{ Effect: 'Allow', Action: '*' }] },
    ],
    ['array text after whitespace', `const target = '  [1, "a"]';`, [1, 'a']],
    ['text nested in an object', `const target = { PolicyDocument: '{"a":1}' };`, { PolicyDocument: { a: 1 } }],
    ['concatenated text', `const target = '{"a":' + '"x"}';`, { a: 'x' }],
    ['text through a const', `const DOC = '{"a":true}'; const target = [DOC];`, [{ a: true }]],
    ['invalid JSON stays a string', "const target = '{not json';", '{not json'],
    ['JSON scalars stay strings', `const target = '"abc"';`, '"abc"'],
    ['plain strings stay strings', "const target = 'abc';", 'abc'],
  ];
  it.each(parseJson)('parseJson: %s', (_name, code, expected) => {
    expect(plain(evaluate(code, 'js', { parseJson: true }))).toEqual(expected);
  });

  it('parseJson values point at the string, with no property nodes', () => {
    const { node, sourceCode } = probe(`const target = '{"a":{"b":"c"}}';`, 'ts');
    const value = getStaticValue(node, sourceCode, { parseJson: true });
    expect(value.kind).toBe('object');
    if (value.kind !== 'object') return;
    const a = value.properties.get('a')!;
    expect(a.property).toBeNull();
    expect(a.keyNode).toBeNull();
    expect(a.value.node).toBe(node);
    expect(value.node).toBe(node);
  });

  it('without parseJson, JSON text is a string', () => {
    expect(plain(evaluate(`const target = '{"a":1}';`, 'js'))).toBe('{"a":1}');
  });

  it('works in CommonJS scripts', () => {
    const code = "const { S3 } = require('aws-sdk'); var PREFIX = 'arn:'; const target = PREFIX + S3;";
    expect(plain(evaluate(code, 'js', {}, { sourceType: 'commonjs' }))).toEqual({ partial: ['arn:', null] });
  });

  it('works with ESLint 9', () => {
    const code = "const A = ['a', 'b']; const O = { k: A.join('') }; const target = O.k + `${x}`;";
    expect(plain(evaluate(code, 'ts', {}, { eslint: 9 }))).toEqual({ partial: ['ab', null] });
    expect(plain(evaluate(code, 'js', {}, { eslint: 9 }))).toEqual({ partial: ['ab', null] });
  });

  it('caches per option set: decode results do not leak into plain queries', () => {
    const { node, sourceCode } = probe("const K = atob('aGk='); const target = K;", 'js');
    expect(plain(getStaticValue(node, sourceCode))).toEqual(X);
    expect(plain(getStaticValue(node, sourceCode, { decode: true }))).toEqual('hi');
    expect(plain(getStaticValue(node, sourceCode))).toEqual(X);
  });

  it('getStaticString', () => {
    const known = probe("const target = 'a' + 1;", 'js');
    expect(getStaticString(known.node, known.sourceCode)).toBe('a1');
    const partial = probe("const target = 'a' + x;", 'js');
    expect(getStaticString(partial.node, partial.sourceCode)).toBeNull();
    const number = probe('const target = 1;', 'js');
    expect(getStaticString(number.node, number.sourceCode)).toBeNull();
  });

  it('getJoinedValue: the arguments of a call joined with nothing between them', () => {
    const join = (code: string, options?: StaticValueOptions): unknown => {
      const { node, sourceCode } = probe(code, 'js');
      if (node.type !== 'CallExpression') throw new Error('not a call');
      const value = getJoinedValue(node, node.arguments, sourceCode, options);
      expect(value.node).toBe(node);
      return plain(value);
    };
    // null and undefined add nothing (as in `[…].join('')`), numbers and arrays are their text
    expect(join("const A = 'a'; const target = f(A, 1, null, undefined, ['b', 'c']);")).toBe('a1b,c');
    expect(join("const target = f('arn:', x, ':root');")).toEqual({ partial: ['arn:', null, ':root'] });
    expect(join(`const target = f('{"a":', '"x"}');`, { parseJson: true })).toEqual({ a: 'x' });
    expect(join('const target = f();')).toBe('');
    expect(join("const target = f('a', ...rest);")).toBe(X);
  });

  it('getStringParts', () => {
    const { node, sourceCode } = probe('const target = `${svc}:*`;', 'js');
    const parts = getStringParts(getStaticValue(node, sourceCode));
    expect(parts?.map((part) => part?.text ?? null)).toEqual([null, ':*']);
    const number = probe('const target = 1;', 'js');
    expect(getStringParts(getStaticValue(number.node, number.sourceCode))).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Where values come from
// ---------------------------------------------------------------------------------------------------------------

describe.each(['ts', 'js'] as const)('nodes and segments (%s parser)', (parser) => {
  it('values point at where they are written', () => {
    const { node, sourceCode } = probe("const CFG = { a: 'x' }; const target = CFG.a;", parser);
    const value = getStaticValue(node, sourceCode);
    expect(value.kind).toBe('string');
    expect(sourceCode.getText(value.node as never)).toBe("'x'");
  });

  it('object properties keep their Property and key nodes', () => {
    const { node, sourceCode } = probe("const BASE = { a: 1 }; const target = { ...BASE, 'b': 2 };", parser);
    const value = getStaticValue(node, sourceCode);
    if (value.kind !== 'object') throw new Error('not an object');
    expect(sourceCode.getText(value.properties.get('a')!.property as never)).toBe('a: 1');
    expect(sourceCode.getText(value.properties.get('b')!.keyNode as never)).toBe("'b'");
  });

  it('a name made a list whichever it holds (typeof / Array.isArray choices) is read as the name', () => {
    for (const choice of [
      "typeof x === 'string' ? [x] : x",
      "'string' !== typeof x ? x : [x]",
      'Array.isArray(x) ? x : [x]',
      '!Array.isArray(x) ? [x] : x',
    ]) {
      const { node, sourceCode } = probe(`function f(x) { const target = ${choice}; return target; }`, parser);
      const value = getStaticValue(node, sourceCode);
      expect(value.kind).toBe('unknown');
      expect(sourceCode.getText(value.node as never)).toBe('x');
    }
    // Another name in a branch, or a test on another name: a choice as any other
    const { node, sourceCode } = probe("function f(x, y) { const target = typeof x === 'string' ? [y] : x; }", parser);
    expect(sourceCode.getText(getStaticValue(node, sourceCode).node as never)).toBe("typeof x === 'string' ? [y] : x");
  });

  it('an unknown spread element points at the SpreadElement', () => {
    const { node, sourceCode } = probe("const target = ['a', ...xs];", parser);
    const value = getStaticValue(node, sourceCode);
    if (value.kind !== 'array') throw new Error('not an array');
    expect(value.elements[1]!.node?.type).toBe('SpreadElement');
  });

  it('concatenation keeps one segment per piece', () => {
    const { node, sourceCode } = probe("const B = 'b'; const target = 'a' + B + `c${1}`;", parser);
    const value = getStaticValue(node, sourceCode);
    if (value.kind !== 'string') throw new Error('not a string');
    expect(value.segments.map((segment) => [segment.text, segment.node?.type, segment.offset])).toEqual([
      ['a', 'Literal', 0],
      ['b', 'Literal', 0],
      ['c', 'TemplateElement', 0],
      ['1', 'Literal', 0],
    ]);
  });

  it('spread string characters are slices of the literal', () => {
    const { node, sourceCode } = probe("const target = [...'xyz'][2];", parser);
    const value = getStaticValue(node, sourceCode);
    if (value.kind !== 'string') throw new Error('not a string');
    expect(value.segments).toEqual([expect.objectContaining({ text: 'z', offset: 2 })]);
    expect(sourceCode.text.slice(...stringValueRange(value, 0, 1, sourceCode)!)).toBe('z');
  });

  it('decoded strings are one synthetic segment on the call', () => {
    const { node, sourceCode } = probe("const target = atob('aGk=');", parser);
    const value = getStaticValue(node, sourceCode, { decode: true });
    if (value.kind !== 'string') throw new Error('not a string');
    expect(value.segments).toEqual([{ text: 'hi', node, offset: 0 }]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Source ranges
// ---------------------------------------------------------------------------------------------------------------

type RangeCase = [name: string, code: string, start: number, end: number, expected: string | null];

const literalRanges: RangeCase[] = [
  ['plain text', "const target = 'xxAKIAyy';", 2, 6, 'AKIA'],
  ['\\u escape', String.raw`const target = 'x\u0041KIAy';`, 1, 5, String.raw`\u0041KIA`],
  ['\\x escapes', String.raw`const target = '\x41\x42C';`, 0, 2, String.raw`\x41\x42`],
  ['after escapes', String.raw`const target = '\x41\x42C';`, 2, 3, 'C'],
  ['\\u{} escape', String.raw`const target = 'a\u{1F600}b';`, 1, 3, String.raw`\u{1F600}`],
  ['half a surrogate pair', String.raw`const target = 'a\u{1F600}b';`, 1, 2, null],
  ['single-character escapes', String.raw`const target = 'a\n\t\'b';`, 1, 4, String.raw`\n\t\'`],
  ['identity escape', String.raw`const target = '\A\KIA';`, 0, 2, String.raw`\A\K`],
  ['\\0', String.raw`const target = '\0x';`, 0, 1, String.raw`\0`],
  ['line continuation inside the range', "const target = 'ab\\\ncd';", 1, 3, 'b\\\nc'],
  ['line continuation before the range', "const target = 'ab\\\ncd';", 2, 4, 'cd'],
  ['CRLF line continuation', "const target = 'ab\\\r\ncd';", 1, 3, 'b\\\r\nc'],
  ['double quotes', String.raw`const target = "\"AKIA\"";`, 1, 5, 'AKIA'],
  ['astral characters unescaped', "const target = '😀AKIA';", 2, 6, 'AKIA'],
  ['empty range', "const target = 'abc';", 1, 1, ''],
  ['whole string', String.raw`const target = '\u0041';`, 0, 1, String.raw`\u0041`],
  ['end past the value', "const target = 'abc';", 1, 9, null],
  ['start after end', "const target = 'abc';", 2, 1, null],
];

const templateRanges: [name: string, code: string, quasi: number, start: number, end: number, expected: string | null][] = [
  ['plain template', 'const target = `xxAKIAyy`;', 0, 2, 6, 'AKIA'],
  ['escape in the first quasi', 'const target = `a\\u0041${x}b\\x42`;', 0, 1, 2, '\\u0041'],
  ['escape in the tail quasi', 'const target = `a\\u0041${x}b\\x42`;', 1, 1, 2, '\\x42'],
  ['middle quasi', 'const target = `${a}-AKIA-${b}`;', 1, 1, 5, 'AKIA'],
  ['empty quasi', 'const target = `${a}${b}`;', 1, 0, 0, ''],
  ['CRLF normalised to LF', 'const target = `a\r\nb`;', 0, 1, 3, '\r\nb'],
  ['after CRLF', 'const target = `a\r\nbc`;', 0, 2, 4, 'bc'],
  ['quasi text that looks like a delimiter', 'const target = `}${a}}`;', 1, 0, 1, '}'],
];

describe.each(['ts', 'js'] as const)('cookedRangeToSourceRange (%s parser)', (parser) => {
  it.each(literalRanges)('%s', (_name, code, start, end, expected) => {
    const { node, sourceCode } = probe(code, parser);
    if (node.type !== 'Literal') throw new Error('not a literal');
    const range = cookedRangeToSourceRange(node, start, end, sourceCode);
    expect(range === null ? null : sourceCode.text.slice(...range)).toBe(expected);
  });

  it.each(templateRanges)('%s', (_name, code, quasi, start, end, expected) => {
    const { node, sourceCode } = probe(code, parser);
    if (node.type !== 'TemplateLiteral') throw new Error('not a template');
    const range = cookedRangeToSourceRange(node.quasis[quasi]!, start, end, sourceCode);
    expect(range === null ? null : sourceCode.text.slice(...range)).toBe(expected);
  });

  it.runIf(parser === 'js')('legacy octal escapes (scripts; the TS parser rejects them)', () => {
    const { node, sourceCode } = probe(String.raw`const target = 'a\101\7b';`, parser, { sourceType: 'script' });
    if (node.type !== 'Literal') throw new Error('not a literal');
    expect(node.value).toBe('aA\x07b');
    const range = cookedRangeToSourceRange(node, 1, 3, sourceCode);
    expect(range && sourceCode.text.slice(...range)).toBe(String.raw`\101\7`);
  });

  it('is null for non-string literals', () => {
    const { node, sourceCode } = probe('const target = 12;', parser);
    if (node.type !== 'Literal') throw new Error('not a literal');
    expect(cookedRangeToSourceRange(node, 0, 1, sourceCode)).toBeNull();
  });

  it('the template element range includes the delimiters in this parser', () => {
    const { node, sourceCode } = probe('const target = `ab${x}cd`;', parser);
    if (node.type !== 'TemplateLiteral') throw new Error('not a template');
    expect(node.quasis.map((quasi) => sourceCode.text.slice(...quasi.range))).toEqual(['`ab${', '}cd`']);
  });
});

describe('cookedRangeToSourceRange: JSX attribute strings', () => {
  it('maps plain attribute text and refuses entities', () => {
    const plainAttribute = probe('const target = <a b="xAKIAy" />;', 'ts', { filename: 'probe.tsx' });
    const entity = probe('const target = <a b="x&amp;AKIA" />;', 'ts', { filename: 'probe.tsx' });
    const literal = (probed: Probed): TSESTree.Literal => {
      const element = probed.node as TSESTree.JSXElement;
      const attribute = element.openingElement.attributes[0] as TSESTree.JSXAttribute;
      return attribute.value as TSESTree.Literal;
    };
    const range = cookedRangeToSourceRange(literal(plainAttribute), 1, 5, plainAttribute.sourceCode);
    expect(range && plainAttribute.sourceCode.text.slice(...range)).toBe('AKIA');
    expect(cookedRangeToSourceRange(literal(entity), 2, 6, entity.sourceCode)).toBeNull();
  });
});

type ValueRangeCase = [name: string, code: string, start: number, end: number, expected: string];

const valueRanges: ValueRangeCase[] = [
  ['split across literals', "const target = 'AK' + 'IA';", 0, 4, "AK' + 'IA"],
  ['inside the second literal', "const target = 'xx' + 'AKIA';", 2, 6, 'AKIA'],
  ['through an escape', String.raw`const target = '\u0041K' + 'IA';`, 0, 4, String.raw`\u0041K' + 'IA`],
  ['across a const', "const P = 'AK'; const target = P + 'IA';", 0, 4, "AK'; const target = P + 'IA"],
  ['out of source order falls back to the value node', "const P = 'IA'; const Q = 'AK'; const target = Q + P;", 0, 4, 'Q + P'],
  ['synthetic separator falls back to the value node', "const target = ['AK', 'IA'].join();", 0, 5, "['AK', 'IA'].join()"],
  ['first to last covered segment', "const target = ['AK', 'IA'].join('-');", 1, 4, "K', 'I"],
  ['number segment is its whole node', "const target = 'a' + 12;", 1, 2, '12'],
  ['String.raw maps raw offsets', 'const target = String.raw`a\\u0041`;', 1, 7, '\\u0041'],
  ['template quasi', 'const target = `${1}AKIA`;', 1, 5, 'AKIA'],
];

describe.each(['ts', 'js'] as const)('stringValueRange (%s parser)', (parser) => {
  it.each(valueRanges)('%s', (_name, code, start, end, expected) => {
    const { node, sourceCode } = probe(code, parser);
    const value = getStaticValue(node, sourceCode);
    if (value.kind !== 'string') throw new Error(`not a string: ${value.kind}`);
    const range = stringValueRange(value, start, end, sourceCode);
    expect(range && sourceCode.text.slice(...range)).toBe(expected);
  });

  it('is null for an invalid range', () => {
    const { node, sourceCode } = probe("const target = 'abc';", parser);
    const value = getStaticValue(node, sourceCode);
    if (value.kind !== 'string') throw new Error('not a string');
    expect(stringValueRange(value, 2, 9, sourceCode)).toBeNull();
    expect(stringValueRange(value, -1, 1, sourceCode)).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Size, depth and work bounds
// ---------------------------------------------------------------------------------------------------------------

/** Depth of `[[[…]]]` until the first non-array element. */
function arrayDepth(value: StaticValue): number {
  let depth = 0;
  let current = value;
  while (current.kind === 'array' && current.elements[0]) {
    depth++;
    current = current.elements[0];
  }
  return depth;
}

function literalNode(value: string): TSESTree.Literal {
  return { type: 'Literal', value, raw: `'${value}'`, range: [0, 0] } as unknown as TSESTree.Literal;
}

describe('bounds', () => {
  it('a 1,500-term concatenation parsed by espree', () => {
    const code = `const target = ${Array.from({ length: 1500 }, () => "'ab'").join(' + ')};`;
    const value = evaluate(code, 'js');
    expect(value.kind === 'string' && value.value.length).toBe(3000);
  });

  it('a synthetic 10,000-term left-deep concatenation (parsers cannot parse it)', () => {
    const { node: host, sourceCode } = probe('const target = 0;', 'js');
    let chain: TSESTree.Expression = literalNode('a');
    for (let index = 1; index < 10_000; index++) {
      const next = { type: 'BinaryExpression', operator: '+', left: chain, right: literalNode('b'), range: [0, 0] };
      chain = next as unknown as TSESTree.Expression;
    }
    Object.assign(chain, { parent: host.parent });
    const value = getStaticValue(chain, sourceCode);
    expect(value.kind === 'string' && value.value).toBe(`a${'b'.repeat(9_999)}`);
  });

  it('a synthetic 10,000-deep right-nested concatenation is bounded', () => {
    const { sourceCode } = probe('const target = 0;', 'js');
    let chain: TSESTree.Expression = literalNode('z');
    for (let index = 0; index < 10_000; index++) {
      const next = { type: 'BinaryExpression', operator: '+', left: literalNode('a'), right: chain, range: [0, 0] };
      chain = next as unknown as TSESTree.Expression;
    }
    const value = getStaticValue(chain, sourceCode);
    expect(value.kind).toBe('partial-string');
  });

  it('a synthetic 10,000-deep nested array stops at the depth limit', () => {
    const { sourceCode } = probe('const target = 0;', 'js');
    let array: TSESTree.Expression = { type: 'ArrayExpression', elements: [], range: [0, 0] } as never;
    for (let index = 0; index < 10_000; index++) {
      array = { type: 'ArrayExpression', elements: [array], range: [0, 0] } as never;
    }
    const value = getStaticValue(array, sourceCode);
    expect(value.kind).toBe('array');
    expect(arrayDepth(value)).toBeLessThanOrEqual(64);
    expect(Array.isArray(plain(getStaticValue(array, sourceCode, { parseJson: true })))).toBe(true);
  });

  it.each(['ts', 'js'] as const)('a 400-deep nested array (%s parser) stops at the depth limit', (parser) => {
    const value = evaluate(`const target = ${'['.repeat(400)}'x'${']'.repeat(400)};`, parser);
    expect(value.kind).toBe('array');
    expect(arrayDepth(value)).toBeGreaterThan(32);
    expect(arrayDepth(value)).toBeLessThanOrEqual(64);
  });

  it('a 1 MB string', () => {
    const big = 'x'.repeat(1024 * 1024);
    const value = evaluate(`const target = '${big}' + '!';`, 'js');
    expect(value.kind === 'string' && value.value.length).toBe(big.length + 1);
  });

  it('a 1 MB string with escapes maps ranges in linear time', () => {
    const { node, sourceCode } = probe(`const target = '${'\\x41'.repeat(256 * 1024)}';`, 'js');
    if (node.type !== 'Literal') throw new Error('not a literal');
    const started = performance.now();
    const range = cookedRangeToSourceRange(node, 100, 102, sourceCode);
    expect(range && sourceCode.text.slice(...range)).toBe('\\x41\\x41');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('JSON text over 1 MB is not parsed', () => {
    const text = `{"a":"${'x'.repeat(1024 * 1024)}"}`;
    const value = evaluate(`const target = '${text}';`, 'js', { parseJson: true });
    expect(value.kind).toBe('string');
  });

  it('strings over 5 MB are unknown', () => {
    const code = `const a0 = '${'x'.repeat(1024)}'; ${Array.from({ length: 13 }, (_, index) => `const a${index + 1} = a${index} + a${index};`).join(' ')} const target = a13;`;
    const started = performance.now();
    expect(plain(evaluate(code, 'js'))).toBe(X);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('exponential sharing stays fast', () => {
    const levels = 40;
    const code = `const a0 = ['x']; ${Array.from({ length: levels }, (_, index) => `const a${index + 1} = [a${index}, a${index}];`).join(' ')} const target = 'p' + JSON.stringify(a${levels}) + a${levels}.join();`;
    const started = performance.now();
    const value = evaluate(code, 'js', { parseJson: true });
    expect(['partial-string', 'unknown']).toContain(value.kind);
    const array = evaluate(code.replace(/const target = .*$/, `const target = a${levels};`), 'js', { parseJson: true });
    expect(array.kind).toBe('array');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('a spread over 100,000 elements is capped (one unknown element)', () => {
    const value = evaluate(`const S = '${'x'.repeat(200_000)}'; const target = [...S];`, 'js');
    expect(plain(value)).toEqual([X]);
  });

  it('never throws on nodes it does not understand', () => {
    const { node, sourceCode } = probe('const target = 0;', 'js');
    const broken = { type: 'MemberExpression', object: null, property: null, computed: true } as never;
    expect(plain(getStaticValue(broken, sourceCode))).toBe(X);
    expect(plain(getStaticValue(node, {} as never))).toBe(X);
  });
});

describe('getLoopValues', () => {
  const loopValues = (code: string): unknown => {
    const { node, sourceCode } = probe(code, 'ts');
    const values = getLoopValues(node, sourceCode);
    return values === null ? null : values.map(plain);
  };

  it.each([
    ['a literal array', "for (const v of ['GET', 'post']) { const target = v; }", ['GET', 'post']],
    ['a constant bound to an array', "const VERBS = ['a', 1] as const; for (const v of VERBS) { const target = v; }", ['a', 1]],
    ['a spread of known arrays', "const A = ['a']; for (const v of [...A, 'b']) { const target = v; }", ['a', 'b']],
    ['an unknown array', 'for (const v of list) { const target = v; }', null],
    ['an array with an unknown element', "for (const v of ['a', other]) { const target = v; }", ['a', X]],
    ['an array with an unknown spread', "for (const v of ['a', ...rest]) { const target = v; }", ['a', X]],
    ['a constant read elsewhere', "const A = ['a']; log(A.length, A[0], A.includes(x), [...A]); type T = (typeof A)[number]; for (const v of A) { const target = v; }", ['a']],
    ['a constant mapped', "const A = ['a', 'b'] as const; A.map((v) => { const target = v; });", ['a', 'b']],
    ['a constant pushed to', "const A = ['a']; A.push('b'); for (const v of A) { const target = v; }", null],
    ['a constant spliced', "const A = ['a']; A.splice(0); for (const v of A) { const target = v; }", null],
    ['a constant with an element assigned', "const A = ['a']; A[0] = 'b'; for (const v of A) { const target = v; }", null],
    ['a constant handed to a function', "const A = ['a']; change(A); for (const v of A) { const target = v; }", null],
    ['a constant bound to another name', "const A = ['a']; const B = A; for (const v of A) { const target = v; }", null],
    ['a constant in a property', "const A = ['a']; const o = { list: A }; for (const v of A) { const target = v; }", null],
    ['a constant exported by name', "const A = ['a']; export { A }; for (const v of A) { const target = v; }", null],
    ['a callback taking the array', "const A = ['a']; A.forEach((x, i, all) => all.push(x)); for (const v of A) { const target = v; }", null],
    ['a named callback', "const A = ['a']; A.forEach(visit); for (const v of A) { const target = v; }", null],
    ['a computed method', "const A = ['a']; A[method]('b'); for (const v of A) { const target = v; }", null],
    ['a let bound to an array', "let A = ['a']; for (const v of A) { const target = v; }", null],
    ['a constant not bound to an array literal', "const A = Object.values({ a: 'a' }); for (const v of A) { const target = v; }", null],
    ['a let loop variable not assigned', "for (let v of ['a']) { const target = v; }", ['a']],
    ['an index loop', "const A = ['a']; for (let i = 0; i < A.length; i++) { const target = A[i]; }", null],
    ['a let assigned in the body', "for (let v of ['a']) { v = 'b'; const target = v; }", null],
    ['an array pattern', "for (const [k] of [['a'], ['b', 1]]) { const target = k; }", ['a', 'b']],
    ['an array pattern after an unknown element written in place', "for (const [, k] of [[M.GET, 'a'], [M.POST, 'b']]) { const target = k; }", ['a', 'b']],
    ['an array pattern after an unknown spread', "for (const [, k] of [[...rest, 'a']]) { const target = k; }", [X]],
    ['an object pattern', "const ROUTES = [{ path: '/a' }, { path: '/b', verb: 'GET' }]; for (const { path } of ROUTES) { const target = path; }", ['/a', '/b']],
    ['a nested and renamed object pattern', "[{ r: { p: 'x' } }].forEach(({ r: { p: route } }) => { const target = route; });", ['x']],
    ['an object pattern over elements with unknown keys', "for (const { path } of [{ path: '/a' }, { ...rest }]) { const target = path; }", ['/a', X]],
    ['an object pattern with a default', "for (const { path = '/' } of [{}]) { const target = path; }", null],
    ['an object pattern with a rest element', "for (const { ...all } of [{ a: 1 }]) { const target = all; }", null],
    ['for await', "async function f() { for await (const v of ['a']) { const target = v; } }", null],
    ['for…in', "for (const v in { a: 1 }) { const target = v; }", null],
    ['not a loop variable', "const v = 'a'; const target = v;", null],
    ['an array method callback', "['a', 'b'].forEach((v) => { const target = v; });", ['a', 'b']],
    ['a find callback', "['a', 'b'].find((v) => { const target = v; return false; });", ['a', 'b']],
    ['a findLastIndex callback', "const A = ['a', 'b'] as const; A.findLastIndex((v) => { const target = v; return false; });", ['a', 'b']],
    ['a callback parameter other than the first', "['a'].map((x, v) => { const target = v; });", null],
    ['a callback of another method', "['a'].reduce((v) => { const target = v; });", null],
  ])('%s', (_name, code, expected) => {
    expect(loopValues(code)).toEqual(expected);
  });
});

describe('getLoopMemberValues', () => {
  const memberValues = (code: string): unknown => {
    const { node, sourceCode } = probe(code, 'ts');
    const values = getLoopMemberValues(node, sourceCode);
    return values === null ? null : values.map(plain);
  };

  it.each([
    ['a member of the loop variable', "const R = [{ path: '/a' }, { path: '/b' }] as const; for (const r of R) { const target = r.path; }", ['/a', '/b']],
    ['a member chain', "for (const r of [{ m: { v: 'GET' } }]) { const target = r.m.v; }", ['GET']],
    ['a computed constant key', "for (const r of [{ path: '/a' }]) { const target = r['path']; }", ['/a']],
    ['an element without the member', "for (const r of [{ path: '/a' }, {}]) { const target = r.path; }", ['/a', U]],
    ['an element that is no object', "for (const r of [{ path: '/a' }, other]) { const target = r.path; }", ['/a', X]],
    ['the loop variable itself', "for (const v of ['a']) { const target = v; }", ['a']],
    ['a member of something else', "const r = { path: '/a' }; const target = r.path;", null],
    ['a loop variable written through', "for (const r of [{ path: '/a' }]) { r.path = '/b'; const target = r.path; }", null],
  ])('%s', (_name, code, expected) => {
    expect(memberValues(code)).toEqual(expected);
  });
});

describe('getChoiceBranches', () => {
  const branches = (code: string): string[] | null => {
    const { node, sourceCode } = probe(code, 'ts');
    const found = getChoiceBranches(node, sourceCode);
    return found === null ? null : found.map((branch) => sourceCode.getText(branch));
  };

  it.each([
    ['a conditional', "const target = dev ? 'a' : b;", ["'a'", 'b']],
    ['a default', "const target = props.x ?? ['*'];", ['props.x', "['*']"]],
    ['a fallback', "const target = x || 'b';", ['x', "'b'"]],
    ['a guard', "const target = dev && 'a';", ['dev', "'a'"]],
    ['through type wrappers', "const target = (dev ? 'a' : 'b') as string;", ["'a'", "'b'"]],
    ['a name bound to one', "const c = dev ? 'a' : 'b'; const target = c;", ["'a'", "'b'"]],
    ['names bound to names', "const c = x ?? 'b'; const d = c; const target = d;", ['x', "'b'"]],
    ['a let never reassigned', "let c = dev ? 'a' : 'b'; const target = c;", ["'a'", "'b'"]],
    ['a let reassigned', "let c = dev ? 'a' : 'b'; c = 'z'; const target = c;", null],
    ['a name changed through', "const c = dev ? ['a'] : []; c.push('b'); const target = c;", null],
    ['a declared name', "declare const c: string; const target = c;", null],
    ['a parameter', "function f(c: string) { const target = c; }", null],
    ['not a choice', "const target = a + b;", null],
    ['a name bound to no choice', "const c = 'a'; const target = c;", null],
  ])('%s', (_name, code, expected) => {
    expect(branches(code)).toEqual(expected);
  });
});

describe('getExtendedArray', () => {
  const extended = (code: string): unknown => {
    const { node, sourceCode } = probe(code, 'ts');
    const value = getExtendedArray(node, sourceCode);
    return value === null ? null : plain(value);
  };

  it.each([
    ['pushed', "const xs = ['a', 'b']; if (c) xs.push('c'); const target = xs;", ['a', 'b', X]],
    ['unshifted and pushed', "const xs: string[] = ['a']; xs.unshift(y); xs.push(...z); const target = xs;", [X, 'a', X]],
    ['pushed, with reads', "const xs = ['a']; xs.push('b'); log(xs.length, xs.includes('a')); const target = xs;", ['a', X]],
    ['not changed (getStaticValue reads it)', "const xs = ['a']; const target = xs;", null],
    ['spliced too', "const xs = ['a']; xs.push('b'); xs.splice(0, 1); const target = xs;", null],
    ['popped too', "const xs = ['a']; xs.push('b'); xs.pop(); const target = xs;", null],
    ['an index assigned', "const xs = ['a']; xs.push('b'); xs[0] = 'c'; const target = xs;", null],
    ['length assigned', "const xs = ['a']; xs.push('b'); xs.length = 0; const target = xs;", null],
    ['Object.assign', "const xs = ['a']; xs.push('b'); Object.assign(xs, ['c']); const target = xs;", null],
    ['a let', "let xs = ['a']; xs.push('b'); const target = xs;", null],
    ['not an array literal', "const xs = make(); xs.push('b'); const target = xs;", null],
    ['push not called', "const xs = ['a']; const add = xs.push; const target = xs;", null],
    ['an optional call', "const xs = ['a']; xs?.push('b'); const target = xs;", ['a', X]],
    ['not an identifier', "const target = ['a'];", null],
  ])('%s', (_name, code, expected) => {
    expect(extended(code)).toEqual(expected);
  });
});
