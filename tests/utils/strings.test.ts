import { describe, expect, it } from 'vitest';
import { trimLeading, trimTrailing } from '../../src/utils/strings.js';

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
