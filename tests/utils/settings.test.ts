import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { getLambdaGuardSettings } from '../../src/utils/settings.js';
import { runProbe } from './probe.js';

const read = (settings: Record<string, unknown> | undefined) => getLambdaGuardSettings({ settings: settings ?? {} });

describe('getLambdaGuardSettings', () => {
  it.each([
    ['no settings at all', undefined, { handlerNames: [], handlerWrappers: [] }],
    ['other plugins only', { n: { version: '20' } }, { handlerNames: [], handlerWrappers: [] }],
    ['empty object', { 'lambda-guard': {} }, { handlerNames: [], handlerWrappers: [] }],
    ['handlerNames', { 'lambda-guard': { handlerNames: ['main', 'default'] } }, { handlerNames: ['main', 'default'], handlerWrappers: [] }],
    ['handlerWrappers', { 'lambda-guard': { handlerWrappers: ['withTracing'] } }, { handlerNames: [], handlerWrappers: ['withTracing'] }],
    ['both, duplicates removed', { 'lambda-guard': { handlerNames: ['a', 'a'], handlerWrappers: [] } }, { handlerNames: ['a'], handlerWrappers: [] }],
    ['explicit undefined', { 'lambda-guard': { handlerNames: undefined } }, { handlerNames: [], handlerWrappers: [] }],
  ])('%s', (_name, settings, expected) => {
    expect(read(settings)).toEqual(expected);
  });

  it.each([
    ['handlerNames is a string', { handlerNames: 'main' }, "settings['lambda-guard'].handlerNames must be an array of non-empty strings"],
    ['handlerNames has an empty string', { handlerNames: ['main', ''] }, "settings['lambda-guard'].handlerNames must be an array of non-empty strings"],
    ['handlerNames has a blank string', { handlerNames: ['  '] }, "settings['lambda-guard'].handlerNames must be an array of non-empty strings"],
    ['handlerNames has a number', { handlerNames: [1] }, "settings['lambda-guard'].handlerNames must be an array of non-empty strings"],
    ['handlerNames is null', { handlerNames: null }, "settings['lambda-guard'].handlerNames must be an array of non-empty strings"],
    ['handlerWrappers is an object', { handlerWrappers: { a: 1 } }, "settings['lambda-guard'].handlerWrappers must be an array of non-empty strings"],
    ['unknown key', { handlerName: ['main'] }, "settings['lambda-guard'] has an unknown key 'handlerName' (known: handlerNames, handlerWrappers)"],
  ])('%s throws naming the key', (_name, value, message) => {
    expect(() => read({ 'lambda-guard': value })).toThrow(`eslint-plugin-lambda-guard: ${message}`);
  });

  it.each([
    ['a string', 'main'],
    ['an array', ['main']],
    ['null', null],
  ])('throws when the settings object is %s', (_name, value) => {
    expect(() => read({ 'lambda-guard': value })).toThrow(
      "eslint-plugin-lambda-guard: settings['lambda-guard'] must be an object with the keys handlerNames, handlerWrappers",
    );
  });

  it('returns the same frozen object for the same settings object', () => {
    const settings = { 'lambda-guard': { handlerNames: ['main'] } };
    const first = read(settings);
    expect(read(settings)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.handlerNames)).toBe(true);
  });

  it('reads the settings of the ESLint config a rule runs with', () => {
    let seen: unknown = null;
    runProbe(
      ``,
      'esm',
      (context) => ({
        Program() {
          seen = getLambdaGuardSettings(context);
        },
      }),
      { 'lambda-guard': { handlerNames: ['main'], handlerWrappers: ['wrap'] } },
    );
    expect(seen).toEqual({ handlerNames: ['main'], handlerWrappers: ['wrap'] });
  });
});

describe('settings checked by every rule', () => {
  it.each(Object.keys(plugin.rules ?? {}))('%s stops on a misspelled setting, even alone', (name) => {
    const linter = new Linter({ configType: 'flat' });
    const config = {
      plugins: { 'lambda-guard': plugin },
      settings: { 'lambda-guard': { handlerName: ['main'] } },
      rules: { [`lambda-guard/${name}`]: 'error' as const },
    };
    expect(() => linter.verify('export const x = 1;', [config], 'file.js')).toThrow("unknown key 'handlerName'");
  });
});
