import { describe, expect, it } from 'vitest';
import { jsonChild, parseJsonLocations, type JsonLocation } from '../../src/utils/json-locations.js';

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
