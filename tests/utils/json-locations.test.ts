import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  jsonChild,
  parseJsonLocations,
  parseJsonPieces,
  pieceLocations,
  type JsonLocation,
  type JsonPieceNode,
} from '../../src/utils/json-locations.js';

/** The text a location spans. */
function spanned(text: string, location: JsonLocation | null): string | null {
  return location === null ? null : text.slice(location.start, location.end);
}

/** Follow `path` from the root of `text`. */
function at(text: string, ...path: (string | number)[]): string | null {
  let location = parseJsonLocations(text);
  for (const step of path) location = jsonChild(location, step);
  return spanned(text, location);
}

describe('parseJsonLocations', () => {
  const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject","*"],"Resource":"*"}]}';
  it.each<[string, string, (string | number)[], string | null]>([
    ['a string in an array', policy, ['Statement', 0, 'Action', 1], '"*"'],
    ['a string value', policy, ['Statement', 0, 'Resource'], '"*"'],
    ['an object', policy, ['Statement', 0], '{"Effect":"Allow","Action":["s3:GetObject","*"],"Resource":"*"}'],
    ['whitespace around tokens', ' { "a" : [ 1 , true , null , "x\\"y" ] } ', ['a', 3], '"x\\"y"'],
    ['escaped keys', '{"\\u0041ction":"*"}', ['Action'], '"*"'],
    ['numbers', '{"n":-1.5e3}', ['n'], '-1.5e3'],
    ['the last duplicate key wins', '{"a":1,"a":2}', ['a'], '2'],
    ['a missing key', policy, ['Statement', 0, 'Principal'], null],
    ['an index out of range', policy, ['Statement', 3], null],
    ['a key on an array', policy, ['Statement', 'x'], null],
    ['an index on an object', policy, [0], null],
    ['empty containers', '{"a":{},"b":[]}', ['b'], '[]'],
  ])('%s', (_name, text, path, expected) => {
    expect(at(text, ...path)).toBe(expected);
  });

  it.each([
    ['a scalar root', '"x"'],
    ['trailing text', '{} x'],
    ['an unterminated string', '{"a":"x}'],
    ['a missing colon', '{"a" 1}'],
    ['a trailing comma', '{"a":1,}'],
    ['an unterminated array', '[1,2'],
    ['empty text', ''],
    ['an unquoted key', '{a:1}'],
  ])('%s is not JSON', (_name, text) => {
    expect(parseJsonLocations(text)).toBeNull();
  });

  it('gives up on 10,000-deep nesting without blowing the stack', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(parseJsonLocations(deep)).toBeNull();
    const ok = `${'['.repeat(60)}"x"${']'.repeat(60)}`;
    expect(parseJsonLocations(ok)?.kind).toBe('array');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// JSON text known in pieces

/**
 * The pieces of a template: its raw text (backslashes stay JSON escapes, as in source code) with a gap (null) for
 * each `${…}`. `pieces\`{"a":"${x}"}\`` → `['{"a":"', null, '"}']`.
 */
function pieces(strings: TemplateStringsArray, ...holes: unknown[]): (string | null)[] {
  const result: (string | null)[] = [strings.raw[0]!];
  for (let index = 0; index < holes.length; index++) result.push(null, strings.raw[index + 1]!);
  return result;
}

/** The pieces joined, each gap shown as `?` (one character, as the offsets count it). */
function joined(parts: readonly (string | null)[]): string {
  return parts.map((part) => part ?? '?').join('');
}

/** A whole value that is an expression. */
const UNKNOWN = Symbol('unknown value');
/** How a gap inside a string is shown. */
const GAP = '${…}';
/** The member shown for an object with an unknown key. */
const UNKNOWN_KEYS = '<unknown keys>';

type Plain = null | boolean | number | string | typeof UNKNOWN | Plain[] | { [key: string]: Plain };

/** A piece tree as plain values (partly known strings with `${…}` for each gap), to compare with JSON.parse. */
function plain(node: JsonPieceNode): Plain {
  switch (node.kind) {
    case 'object': {
      const entries: [string, Plain][] = [...node.members].map(([key, member]) => [key, plain(member)]);
      if (node.hasUnknownKeys) entries.push([UNKNOWN_KEYS, true]);
      // fromEntries: a `__proto__` key is an own property, as in JSON.parse.
      return Object.fromEntries(entries) as Plain;
    }
    case 'array':
      return node.items.map(plain);
    case 'string':
      return node.parts.map((part) => part ?? GAP).join('');
    case 'literal':
      return node.value;
    case 'unknown':
      return UNKNOWN;
  }
}

function parsed(parts: readonly (string | null)[]): Plain | null {
  const tree = parseJsonPieces(parts);
  return tree === null ? null : plain(tree);
}

/** The node at `path` (keys of objects, indices of arrays), or null. */
function pieceAt(node: JsonPieceNode | null, ...path: (string | number)[]): JsonPieceNode | null {
  for (const step of path) {
    if (node === null) return null;
    if (node.kind === 'object' && typeof step === 'string') node = node.members.get(step) ?? null;
    else if (node.kind === 'array' && typeof step === 'number') node = node.items[step] ?? null;
    else return null;
  }
  return node;
}

/** Every node of a tree with its path. */
function* nodes(node: JsonPieceNode, path: (string | number)[] = []): Generator<[(string | number)[], JsonPieceNode]> {
  yield [path, node];
  if (node.kind === 'object') for (const [key, member] of node.members) yield* nodes(member, [...path, key]);
  if (node.kind === 'array') for (const [index, item] of node.items.entries()) yield* nodes(item, [...path, index]);
}

describe('parseJsonPieces: known text with gaps', () => {
  it.each<[string, (string | null)[], Plain]>([
    // Gaps inside strings: the value stays a string, partly known.
    ['a gap inside a string', pieces`{"Resource":"arn:aws:s3:::${0}/*"}`, { Resource: `arn:aws:s3:::${GAP}/*` }],
    ['a string that is all gap', pieces`{"Resource":"${0}"}`, { Resource: GAP }],
    ['gaps at both ends of a string', pieces`{"a":"${0}:${1}"}`, { a: `${GAP}:${GAP}` }],
    ['adjacent gaps in a string are one unknown run', pieces`{"a":"x${0}${1}y"}`, { a: `x${GAP}y` }],
    ['escapes next to a gap', pieces`{"a":"\"${0}\\\n"}`, { a: `"${GAP}\\\n` }],
    ['a unicode escape next to a gap', pieces`{"a":"\u00e9${0}\u20AC"}`, { a: `é${GAP}€` }],
    ['raw unicode next to a gap', pieces`{"a":"é${0}😀 ${1}漢字"}`, { a: `é${GAP}😀 ${GAP}漢字` }],
    ['structural characters inside a partly known string', pieces`{"a":"{,${0}]:}"}`, { a: `{,${GAP}]:}` }],
    // Gaps standing for a whole value.
    [
      'a whole value before a comma',
      pieces`{"Resource": ${0}, "Action": "s3:GetObject"}`,
      { Resource: UNKNOWN, Action: 's3:GetObject' },
    ],
    ['a whole value before the closing brace', pieces`{"a": ${0}}`, { a: UNKNOWN }],
    ['a whole value with whitespace around it', pieces`{"a":
      ${0}
    }`, { a: UNKNOWN }],
    ['array elements', pieces`["a", ${0}, "b", ${1}]`, ['a', UNKNOWN, 'b', UNKNOWN]],
    ['a lone array element', pieces`[${0}]`, [UNKNOWN]],
    ['a whole value in a nested array', pieces`{"Statement":[{"Resource":[${0}]}]}`, { Statement: [{ Resource: [UNKNOWN] }] }],
    // Gaps in keys: the key may be any name, the ones before it included.
    [
      'a key that is all gap drops the keys before it',
      pieces`{"Effect":"Allow","${0}":"*","Resource":"*"}`,
      { Resource: '*', [UNKNOWN_KEYS]: true },
    ],
    ['a partly known key', pieces`{"Res${0}":"*"}`, { [UNKNOWN_KEYS]: true }],
    ['a gap in a key and in its value', pieces`{"${0}":"${1}","b":${2}}`, { b: UNKNOWN, [UNKNOWN_KEYS]: true }],
    ['a gap key in a nested object only marks that object', pieces`{"a":{"${0}":1},"b":2}`, { a: { [UNKNOWN_KEYS]: true }, b: 2 }],
    // Nesting.
    [
      'a policy with gaps at every level',
      pieces`{
        "Version": "2012-10-17",
        "Statement": [{
          "Effect": "Allow",
          "Action": ["s3:GetObject", "${0}:*"],
          "Resource": [${1}, "arn:aws:s3:::${2}/*"],
          "Condition": {"StringEquals": {"aws:SourceAccount": "${3}", "aws:SourceArn": ${4}}}
        }]
      }`,
      {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['s3:GetObject', `${GAP}:*`],
            Resource: [UNKNOWN, `arn:aws:s3:::${GAP}/*`],
            Condition: { StringEquals: { 'aws:SourceAccount': GAP, 'aws:SourceArn': UNKNOWN } },
          },
        ],
      },
    ],
    ['literals next to gaps', pieces`[true, ${0}, null, -1.5e3, ${1}, false]`, [true, UNKNOWN, null, -1500, UNKNOWN, false]],
    // Concatenations: several known pieces in a row read as one text.
    ['known pieces split anywhere', ['{"Act', 'ion":["s3:Get', 'Object"', '],"n":1', '2}'], { Action: ['s3:GetObject'], n: 12 }],
    ['known pieces split inside an escape', ['{"a":"\\', 'u00', 'e9"}'], { a: 'é' }],
    ['empty pieces', ['', '{"a":', '', null, '', '}', ''], { a: UNKNOWN }],
  ])('%s', (_name, parts, expected) => {
    expect(parsed(parts)).toEqual(expected);
  });

  it.each<[string, (string | null)[], (string | null)[]]>([
    ['an empty string', ['{"a":""}'], ['']],
    ['a known string', ['{"a":"xy"}'], ['xy']],
    ['a gap alone', pieces`{"a":"${0}"}`, [null]],
    ['a leading gap', pieces`{"a":"${0}x"}`, [null, 'x']],
    ['a trailing gap', pieces`{"a":"x${0}"}`, ['x', null]],
    ['two gaps with text between', pieces`{"a":"${0}-${1}"}`, [null, '-', null]],
    ['adjacent gaps', pieces`{"a":"${0}${1}"}`, [null]],
    ['an escape between gaps', pieces`{"a":"${0}\n${1}"}`, [null, '\n', null]],
  ])('string parts: %s', (_name, parts, expected) => {
    const value = pieceAt(parseJsonPieces(parts), 'a');
    expect(value).toMatchObject({ kind: 'string', parts: expected });
  });

  it.each<[string, (string | null)[]]>([
    // The gap could change the structure itself.
    ['a gap between members', pieces`{"a":1 ${0}}`],
    ['a gap after a comma where a key goes', pieces`{"a":1, ${0}}`],
    ['a gap where the first key goes', pieces`{${0}}`],
    ['a gap before members', pieces`{${0}, "a": 1}`],
    ['a gap as an unquoted key', pieces`{"a":1, ${0}: 2}`],
    ['a gap before the colon', pieces`{"a" ${0}: 1}`],
    ['a gap instead of the colon', pieces`{"a"${0}1}`],
    ['a gap after a number', pieces`{"a": 1${0}}`],
    ['a gap before a number', pieces`{"a": ${0}1}`],
    ['a gap inside a number', pieces`[1${0}2]`],
    ['a gap after a minus sign', pieces`[-${0}]`],
    ['a gap in an exponent', pieces`[1e${0}]`],
    ['a gap inside true', pieces`[tr${0}ue]`],
    ['a gap after null', pieces`[null${0}]`],
    ['a gap after a string', pieces`{"a": "x"${0}}`],
    ['a gap after a string, spaced', pieces`["x" ${0}]`],
    ['a gap after an object', pieces`[{}${0}]`],
    ['a gap after an array', pieces`{"a": [] ${0}}`],
    ['a gap before a string', pieces`[${0}"x"]`],
    ['two gaps as one value', pieces`[${0}${1}]`],
    ['a gap then the wrong closer', pieces`{"a": ${0}]`],
    ['a gap then the wrong closer in an array', pieces`[${0}}`],
    ['a gap then a colon', pieces`{"a": ${0}: 1}`],
    ['a trailing comma after a gap', pieces`[${0},]`],
    ['a gap right after a backslash', ['{"a":"\\', null, '"}']],
    ['a gap inside a unicode escape', pieces`{"a":"\u00${0}"}`],
    ['a gap in an unterminated string', pieces`{"a":"x${0}`],
    // The root.
    ['a gap as the whole text', [null]],
    ['a gap with whitespace around it', pieces` ${0} `],
    ['a gap before the root', pieces`${0}{}`],
    ['a gap after the root', pieces`{}${0}`],
    ['a gap before a comma at the root', pieces`${0},`],
    ['a string root with a gap', pieces`"a${0}"`],
    // Known text that holds the gap's stand-in character cannot be told from a gap.
    ['U+FFFF in known text', ['{"a":"\uffff"}']],
  ])('%s: null', (_name, parts) => {
    expect(parseJsonPieces(parts)).toBeNull();
  });
});

describe('parseJsonPieces: known text (no gaps)', () => {
  it.each<[string, string]>([
    ['simple escapes', String.raw`{"a":"\"\\\/\b\f\n\r\t"}`],
    ['unicode escapes, either case', String.raw`["\u00e9\u20AC\u0041"]`],
    ['a surrogate pair', String.raw`["\ud83d\ude00"]`],
    ['a lone surrogate', String.raw`["\ud800x"]`],
    ['an escaped NUL', String.raw`["\u0000"]`],
    ['raw unicode', '["é😀漢字\u2028\u2029\u007f"]'],
    ['an escaped key', String.raw`{"\u0041ction":"*"}`],
    ['an empty key', '{"":1}'],
    ['a __proto__ key', '{"__proto__":{"a":1}}'],
    ['the last duplicate key wins', '{"a":1,"b":2,"a":3}'],
    ['numbers', '[0,-0,1,-1,12.5,1e3,1E+3,1e-3,-0.0e0,1e400,123456789012345678901234567890]'],
    ['literals', '[true,false,null]'],
    ['empty containers', '{"a":{},"b":[],"c":[{}],"d":[[]]}'],
    ['empty text in containers', '[""]'],
    ['all JSON whitespace', ' \t\r\n{ \t\r\n"a" \t\r\n: \t\r\n[ \t\r\n1 \t\r\n, \t\r\n2 \t\r\n] \t\r\n} \t\r\n'],
    ['an empty object root', '{}'],
    ['an empty array root', '[]'],
  ])('%s agrees with JSON.parse', (_name, text) => {
    expect(parsed([text])).toEqual(JSON.parse(text));
  });

  it.each<[string, string]>([
    ['empty text', ''],
    ['whitespace only', ' \n\t '],
    ['an unclosed object', '{'],
    ['a closing brace', '}'],
    ['an unclosed array', '[1,2'],
    ['an extra closer', '{"a":1}}'],
    ['two roots', '{"a":1}{"b":2}'],
    ['trailing text', '[] x'],
    ['a trailing comma in an array', '[1,]'],
    ['a trailing comma in an object', '{"a":1,}'],
    ['a leading comma', '[,1]'],
    ['a double comma', '[1,,2]'],
    ['a missing comma', '[1 2]'],
    ['adjacent strings', '{"a":"b""c"}'],
    ['a missing colon', '{"a" 1}'],
    ['a missing value', '{"a":}'],
    ['an unquoted key', '{a:1}'],
    ['single quotes', "{'a':1}"],
    ['a number key', '{1:1}'],
    ['a leading zero', '[01]'],
    ['a bare decimal point', '[1.]'],
    ['a leading decimal point', '[.5]'],
    ['a plus sign', '[+1]'],
    ['an empty exponent', '[1e]'],
    ['a hex number', '[0x1F]'],
    ['NaN', '[NaN]'],
    ['Infinity', '[Infinity]'],
    ['a capitalised literal', '[True]'],
    ['a truncated literal', '[nul]'],
    ['a number glued to a colon', '{"a":1:2}'],
    ['a raw control character in a string', '["a\u0001"]'],
    ['a raw newline in a string', '["a\nb"]'],
    ['an unknown escape', String.raw`["\x41"]`],
    ['a short unicode escape', String.raw`["\u12"]`],
    ['a non-hex unicode escape', String.raw`["\u12G4"]`],
    ['a backslash at the end', '["\\'],
    ['an unterminated string', '{"a":"x}'],
    ['an unterminated key', '{"a'],
    ['a non-breaking space', '[\u00a01]'],
    ['a byte order mark', '\ufeff{}'],
    ['a comment', '{/* c */}'],
  ])('%s: null, as JSON.parse throws', (_name, text) => {
    expect(() => JSON.parse(text) as unknown).toThrow();
    expect(parseJsonPieces([text])).toBeNull();
  });

  it.each<[string, string]>([
    ['a string root', '"x"'],
    ['a number root', '1'],
    ['a null root', 'null'],
  ])('%s is not read even though it is JSON', (_name, text) => {
    expect(parseJsonPieces([text])).toBeNull();
  });
});

describe('parseJsonPieces: offsets', () => {
  /** The joined text (each gap one `?`) a node spans. */
  function span(parts: (string | null)[], ...path: (string | number)[]): string | null {
    const node = pieceAt(parseJsonPieces(parts), ...path);
    return node === null ? null : joined(parts).slice(node.start, node.end);
  }
  const policy = pieces`{"Statement": [{"Action": ["s3:GetObject", "${0}:*"], "Resource": ${1}, "Sid": "x${2}y\u0041"}]}`;
  it.each<[string, (string | null)[], (string | number)[], string | null]>([
    ['the root', policy, [], joined(policy)],
    ['an array', policy, ['Statement'], joined(policy).slice(14, -1)],
    ['a known string', policy, ['Statement', 0, 'Action', 0], '"s3:GetObject"'],
    ['a partly known string (the gap is one character)', policy, ['Statement', 0, 'Action', 1], '"?:*"'],
    ['a whole-value gap', policy, ['Statement', 0, 'Resource'], '?'],
    ['a string with an escape after a gap', policy, ['Statement', 0, 'Sid'], String.raw`"x?y\u0041"`],
    ['a literal', pieces`{"a": ${0}, "b": -12.5e1 }`, ['b'], '-12.5e1'],
    ['literals in an array', pieces`[ ${0} ,true ,null]`, [2], 'null'],
    ['an object', pieces`[ {"a": ${0}} ]`, [0], '{"a": ?}'],
    ['an empty array', ['{"a": [ ] }'], ['a'], '[ ]'],
    ['unicode counts UTF-16 units', ['{"😀": "é😀", "b": 1}'], ['b'], '1'],
    ['a missing key', policy, ['Principal'], null],
  ])('%s', (_name, parts, path, expected) => {
    expect(span(parts, ...path)).toBe(expected);
  });

  it('counts each gap as one character, whatever the pieces around it', () => {
    const parts = ['{"a"', ':', null, ',"b":"', null, null, 'c"', '}'];
    const tree = parseJsonPieces(parts);
    expect(tree).toMatchObject({ kind: 'object', start: 0, end: 17 });
    expect(pieceAt(tree, 'a')).toEqual({ kind: 'unknown', start: 5, end: 6 });
    expect(pieceAt(tree, 'b')).toEqual({ kind: 'string', start: 11, end: 16, parts: [null, 'c'] });
    expect(joined(parts)).toBe('{"a":?,"b":"??c"}');
  });

  it('pieceLocations maps the tree to locations that jsonChild walks', () => {
    const parts = pieces`{"a": [1, "x${0}", ${1}, {"${2}": 1, "k": null}], "b": {}}`;
    const tree = parseJsonPieces(parts)!;
    const text = joined(parts);
    const walk = (...path: (string | number)[]): string | null => {
      let location: JsonLocation | null = pieceLocations(tree);
      for (const step of path) location = jsonChild(location, step);
      return spanned(text, location);
    };
    expect(walk()).toBe(text);
    expect(walk('a', 1)).toBe('"x?"');
    expect(walk('a', 2)).toBe('?');
    expect(walk('a', 3)).toBe('{"?": 1, "k": null}');
    expect(walk('a', 3, 'k')).toBe('null');
    expect(walk('b')).toBe('{}');
    expect(walk('a', 4)).toBeNull();
    expect(walk('a', 'x')).toBeNull();
    const a = jsonChild(pieceLocations(tree), 'a');
    expect(a?.kind).toBe('array');
    expect(jsonChild(a, 2)?.kind).toBe('scalar');
    expect(jsonChild(a, 1)?.kind).toBe('scalar');
  });

  it('pieceLocations of known text is parseJsonLocations', () => {
    const text = '{"a":[1,"x",{"b":null}],"c":{},"a2":"\\u0041"}';
    expect(pieceLocations(parseJsonPieces([text])!)).toEqual(parseJsonLocations(text));
  });
});

describe('parseJsonPieces: limits', () => {
  const nested = (depth: number, inner: (string | null)[]): (string | null)[] => ['['.repeat(depth), ...inner, ']'.repeat(depth)];
  it.each<[string, number, (string | null)[], boolean]>([
    ['64 arrays around a string', 64, ['"x"'], true],
    ['65 arrays around a string', 65, ['"x"'], false],
    ['64 arrays around a gap', 64, [null], true],
    ['65 arrays around a gap', 65, [null], false],
    ['10,000 arrays', 10_000, ['"x"'], false],
    ['100,000 arrays around a gap', 100_000, [null], false],
  ])('%s', (_name, depth, inner, readable) => {
    expect(parseJsonPieces(nested(depth, inner)) !== null).toBe(readable);
  });

  it.each<[string, string]>([
    ['deep objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)],
    ['deep mixed', '[{"a":'.repeat(50_000) + '1' + '}]'.repeat(50_000)],
    ['unclosed brackets', '['.repeat(500_000)],
    ['unclosed objects', '{"a":'.repeat(200_000)],
  ])('%s: null without throwing', (_name, text) => {
    expect(() => parseJsonPieces([text])).not.toThrow();
    expect(parseJsonPieces([text])).toBeNull();
  });

  const MAX = 1024 * 1024;
  it('reads joined text up to 1 MiB (gaps count one character) and no further', () => {
    expect(parseJsonPieces(['[', ' '.repeat(MAX - 2), ']'])?.kind).toBe('array');
    expect(parseJsonPieces(['[', ' '.repeat(MAX - 1), ']'])).toBeNull();
    expect(parseJsonPieces(['[', null, ' '.repeat(MAX - 3), ']'])).toMatchObject({ kind: 'array', items: [{ kind: 'unknown' }] });
    expect(parseJsonPieces(['[', null, ' '.repeat(MAX - 2), ']'])).toBeNull();
    // Many small pieces stop as soon as the limit is passed.
    expect(parseJsonPieces(['[', ...Array.from<string | null>({ length: MAX }).fill(null), ']'])).toBeNull();
  });

  it.each<[string, (string | null)[], (tree: JsonPieceNode) => void]>([
    [
      '100,000 strings with gaps',
      ['[', ...Array.from({ length: 100_000 }, (_, index) => [index === 0 ? '"a' : ',"a', null, 'b"']).flat(), ']'],
      (tree) => {
        expect(tree.kind === 'array' && tree.items.length).toBe(100_000);
        expect(tree.kind === 'array' && tree.items[99_999]).toMatchObject({ kind: 'string', parts: ['a', null, 'b'] });
      },
    ],
    [
      '250,000 whole-value gaps',
      ['[', ...Array.from({ length: 250_000 }, (_, index) => (index === 0 ? [null] : [',', null])).flat(), ']'],
      (tree) => expect(tree.kind === 'array' && tree.items.every((item) => item.kind === 'unknown')).toBe(true),
    ],
    [
      '50,000 gap keys (each one drops the members before it)',
      ['{', ...Array.from({ length: 50_000 }, () => ['"k":1,"', null, '":2,']).flat(), '"last":3}'],
      (tree) => {
        expect(tree.kind === 'object' && [...tree.members.keys()]).toEqual(['last']);
        expect(tree.kind === 'object' && tree.hasUnknownKeys).toBe(true);
      },
    ],
    [
      'one string of 1,000,000 characters',
      ['["', 'x'.repeat(500_000), null, '\\n'.repeat(249_000), '"]'],
      (tree) => {
        const item = pieceAt(tree, 0);
        expect(item?.kind === 'string' && item.parts.map((part) => part?.length ?? null)).toEqual([500_000, null, 249_000]);
      },
    ],
    [
      '60,000 members',
      [`{${Array.from({ length: 60_000 }, (_, index) => `"k${index}":${index}`).join(',')}}`],
      (tree) => expect(tree.kind === 'object' && tree.members.get('k59999')).toMatchObject({ kind: 'literal', value: 59_999 }),
    ],
  ])('%s (linear: near the size limit in one pass)', (_name, parts, check) => {
    expect(joined(parts).length).toBeGreaterThan(400_000);
    const tree = parseJsonPieces(parts);
    expect(tree).not.toBeNull();
    check(tree!);
  });
});

describe('parseJsonPieces: properties', () => {
  const SEED = 20_261_128;
  const space = fc.constantFrom('', '', '', ' ', '\n', '\t', '\r\n', '  ');
  /** A string written as JSON, each character raw, as a `\u` escape (either case) or a short escape, at random. */
  const jsonString = fc
    .tuple(fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('"', '\\', '/', '\n', '\u0000', '\ud800', '\udfff', '\u2028')), maxLength: 12 }), fc.array(fc.nat(3), { minLength: 1, maxLength: 12 }))
    .map(([text, choices]) => {
      let out = '"';
      let index = 0;
      for (const character of text) {
        for (const unit of character.length === 2 ? [character[0]!, character[1]!] : [character]) {
          const choice = choices[index++ % choices.length]!;
          const code = unit.charCodeAt(0);
          const hex = code.toString(16).padStart(4, '0');
          const short = ({ '"': '\\"', '\\': '\\\\', '/': '\\/', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' } as Record<string, string>)[unit];
          const mustEscape = unit === '"' || unit === '\\' || code < 0x20 || unit === '\uffff';
          if (choice === 0 && !mustEscape) out += unit;
          else if (choice === 1 && short !== undefined) out += short;
          else out += `\\u${choice === 2 ? hex : hex.toUpperCase()}`;
        }
      }
      return `${out}"`;
    });
  const jsonNumber = fc.oneof(
    fc.integer().map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((number) => JSON.stringify(number)),
    fc.constantFrom('0', '-0', '1E+2', '1e-7', '-12.5E3', '0.0', '1e400', '-0.000e-0'),
  );
  const { container } = fc.letrec<{ value: string; container: string; scalar: string }>((tie) => ({
    scalar: fc.oneof(jsonString, jsonNumber, fc.constantFrom('true', 'false', 'null')),
    value: fc.oneof({ maxDepth: 8, depthSize: 'small', withCrossShrink: true }, tie('scalar'), tie('container')),
    container: fc.oneof(
      fc
        .array(fc.tuple(space, tie('value'), space), { maxLength: 5 })
        .chain((items) => space.map((inner) => (items.length === 0 ? `[${inner}]` : `[${items.map((item) => item.join('')).join(',')}]`))),
      fc
        .array(fc.tuple(space, jsonString, space, space, tie('value'), space), { maxLength: 5 })
        .chain((members) =>
          space.map((inner) =>
            members.length === 0
              ? `{${inner}}`
              : `{${members.map(([a, key, b, c, value, d]) => `${a}${key}${b}:${c}${value}${d}`).join(',')}}`,
          ),
        ),
    ),
  }));
  const rootText = fc.tuple(space, container, space).map((parts) => parts.join(''));

  it('agrees with JSON.parse on random JSON texts (values, and the text each node spans)', () => {
    fc.assert(
      fc.property(rootText, (text) => {
        const tree = parseJsonPieces([text]);
        expect(tree).not.toBeNull();
        expect(plain(tree!)).toEqual(JSON.parse(text));
        for (const [, node] of nodes(tree!)) expect(plain(node)).toEqual(JSON.parse(text.slice(node.start, node.end)));
        expect(pieceLocations(tree!)).toEqual(parseJsonLocations(text));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('agrees with JSON.parse on fast-check JSON values (any code point)', () => {
    const values = fc.oneof(
      fc.array(fc.jsonValue({ stringUnit: 'binary', maxDepth: 8 })),
      fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ stringUnit: 'binary', maxDepth: 8 })),
    );
    fc.assert(
      fc.property(values, fc.constantFrom(undefined, 1, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        // U+FFFF stands for a gap (see the null cases).
        fc.pre(!text.includes('\uffff'));
        expect(plain(parseJsonPieces([text])!)).toEqual(JSON.parse(text));
      }),
      { seed: SEED + 1, numRuns: 300 },
    );
  });

  it('reads known text cut into any pieces as the whole text', () => {
    fc.assert(
      fc.property(rootText, fc.array(fc.nat(), { maxLength: 6 }), (text, cuts) => {
        const offsets = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        const parts = [0, ...offsets].map((offset, index) => text.slice(offset, [...offsets, text.length][index]));
        expect(parseJsonPieces(parts)).toEqual(parseJsonPieces([text]));
      }),
      { seed: SEED + 2, numRuns: 300 },
    );
  });

  it('reads a gap for the text of a string, or for a whole value, and keeps the rest', () => {
    fc.assert(
      fc.property(rootText, fc.nat(), fc.boolean(), (text, pick, whole) => {
        const tree = parseJsonPieces([text])!;
        const candidates = [...nodes(tree)].filter(([path, node]) => path.length > 0 && (whole || node.kind === 'string'));
        fc.pre(candidates.length > 0);
        const [path, node] = candidates[pick % candidates.length]!;
        const [start, end] = whole ? [node.start, node.end] : [node.start + 1, node.end - 1];
        const withGap = parseJsonPieces([text.slice(0, start), null, text.slice(end)]);
        expect(withGap).not.toBeNull();
        const replaced = pieceAt(withGap, ...path);
        expect(replaced).toMatchObject(whole ? { kind: 'unknown', start } : { kind: 'string', start: node.start, parts: [null] });
        // Everything before the gap keeps its offsets.
        for (const [otherPath, other] of nodes(tree)) {
          if (other.end <= start) expect(pieceAt(withGap, ...otherPath)).toEqual(other);
        }
      }),
      { seed: SEED + 3, numRuns: 300 },
    );
  });

  it('never throws on random text cut by random gaps', () => {
    const alphabet = fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '\\', 'u', '0', '1', '-', 'e', '.', 't', 'n', ' ', 'a', '\n');
    fc.assert(
      fc.property(fc.array(fc.option(fc.string({ unit: alphabet, maxLength: 8 })), { maxLength: 12 }), (parts) => {
        const tree = parseJsonPieces(parts);
        if (tree === null) return;
        expect(['object', 'array']).toContain(tree.kind);
        const length = joined(parts).length;
        for (const [, node] of nodes(tree)) {
          expect(0 <= node.start && node.start < node.end && node.end <= length).toBe(true);
        }
      }),
      { seed: SEED + 4, numRuns: 1000 },
    );
  });
});
