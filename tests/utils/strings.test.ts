import { describe, expect, it } from 'vitest';
import {
  isPathSeparatorCode,
  startsWithIgnoringCase,
  trimLeading,
  trimTrailing,
  wildcardWalk,
} from '../../src/utils/strings.js';

describe('trimTrailing / trimLeading', () => {
  it.each([
    ['/orders//', '/', '/orders'],
    ['abc', '/', 'abc'],
    ['', '/', ''],
    ['////', '/', ''],
    ['YWJj==', '=', 'YWJj'],
  ])('trimTrailing(%j, %j) is %j', (value, char, expected) => {
    expect(trimTrailing(value, char)).toBe(expected);
  });

  it.each([
    ['//orders', '/', 'orders'],
    ['abc', '/', 'abc'],
    ['', '/', ''],
  ])('trimLeading(%j, %j) is %j', (value, char, expected) => {
    expect(trimLeading(value, char)).toBe(expected);
  });

  it('stays linear on a long run that is not at the end', () => {
    const value = `${'='.repeat(200_000)}x`;
    expect(trimTrailing(value, '=')).toBe(value);
  });
});

describe('startsWithIgnoringCase', () => {
  it.each<[string, number, string, boolean]>([
    ['serverless.yml', 0, 'serverless', true],
    ['src/Serverless.ts', 4, 'serverless', true],
    ['SLS.config.ts', 0, 'sls', true],
    ['a.sl', 2, 'sls', false],
    ['sls', 1, 'sls', false],
    ['x', -1, 'x', false],
    // Only ASCII letters fold: the long s and the Kelvin sign lower-case to other letters, or to none
    ['\u017Fls', 0, 'sls', false],
    // `@` | 0x20 is a backquote, not a letter
    ['@', 0, '`', false],
    ['my.test.ts', 3, 'test', true],
    ['my.TeSt.ts', 3, 'test', true],
  ])('%s at %d holds %s: %s', (text, start, word, expected) => {
    expect(startsWithIgnoringCase(text, start, word)).toBe(expected);
  });

  it('tells path separators', () => {
    expect(['/', '\\', 'a', ':'].map((char) => isPathSeparatorCode(char.charCodeAt(0)))).toEqual([true, true, false, false]);
  });
});

describe('wildcardWalk', () => {
  const star = (unit: string): boolean => unit === '*';
  const same = (unit: string, against: string): boolean => unit === '?' || unit === against;
  const matches = (pattern: string, text: string): boolean => wildcardWalk(pattern, text, star, same);

  it.each([
    ['*', '', true],
    ['*', 'anything', true],
    ['a*', 'a', true],
    ['a*c', 'abbbc', true],
    ['a*c', 'abbbd', false],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['*b*', 'aaabaaa', true],
    ['a*b*c', 'a-b-b-c', true],
    ['abc', 'abcd', false],
    // A star in the text is one more unit for the pattern's star to take
    ['a*', 'a*b', true],
    ['a*b', 'a*b', true],
  ])('%s against %s: %s', (pattern, text, expected) => {
    expect(matches(pattern, text)).toBe(expected);
  });

  it('takes units of any kind (path segments, a symbol as the star)', () => {
    const globstar = Symbol('**');
    const pattern = ['auth', globstar, 'callback'];
    const unit = (wanted: string | symbol, segment: string): boolean => wanted === segment;
    const isGlobstar = (wanted: string | symbol): boolean => wanted === globstar;
    expect(wildcardWalk(pattern, ['auth', 'a', 'b', 'callback'], isGlobstar, unit)).toBe(true);
    expect(wildcardWalk(pattern, ['auth', 'callback'], isGlobstar, unit)).toBe(true);
    expect(wildcardWalk(pattern, ['auth', 'login'], isGlobstar, unit)).toBe(false);
  });

  it('stays linear-ish on adversarial input', () => {
    const pattern = '*a'.repeat(50) + 'b';
    expect(matches(pattern, 'a'.repeat(2_000))).toBe(false);
  });
});
