import { describe, expect, it } from 'vitest';
import { lastFile } from '../../src/utils/last-file.js';

describe('lastFile', () => {
  it('computes once per run of the same key and again for each new key', () => {
    const calls: string[] = [];
    const lengthOf = lastFile((key: { name: string }) => {
      calls.push(key.name);
      return key.name.length;
    });
    const a = { name: 'a' };
    const bb = { name: 'bb' };
    expect([lengthOf(a), lengthOf(a), lengthOf(bb), lengthOf(bb), lengthOf(a)]).toEqual([1, 1, 2, 2, 1]);
    expect(calls).toEqual(['a', 'bb', 'a']);
  });

  it('compares keys by identity, not by content', () => {
    let computed = 0;
    const of = lastFile<object, number>(() => ++computed);
    expect([of({}), of({})]).toEqual([1, 2]);
  });

  it('remembers nothing when the computation throws', () => {
    let fail = true;
    const key = {};
    const of = lastFile<object, string>(() => {
      if (fail) throw new Error('no');
      return 'ok';
    });
    expect(() => of(key)).toThrow('no');
    fail = false;
    expect(of(key)).toBe('ok');
  });
});
