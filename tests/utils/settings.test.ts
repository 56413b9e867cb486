import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { getLambdaGuardSettings } from '../../src/utils/settings.js';
import { runProbe } from './probe.js';

const read = (settings: Record<string, unknown> | undefined) => getLambdaGuardSettings({ settings: settings ?? {} });

/** The settings without `settings['lambda-guard']`. */
const DEFAULTS = { handlerNames: [], handlerWrappers: [], readServerlessConfig: true };
const DEFAULTS_A = { ...DEFAULTS, handlerNames: ['a'] };
const OFF = { ...DEFAULTS, readServerlessConfig: false };
const KEYS = 'handlerNames, handlerWrappers, readServerlessConfig';
const UNKNOWN_KEY_ERROR = `settings['lambda-guard'] has an unknown key 'handlerName' (known: ${KEYS})`;
const FLAG_ERROR = "settings['lambda-guard'].readServerlessConfig must be true or false";

describe('getLambdaGuardSettings', () => {
  it.each([
    ['no settings at all', undefined, DEFAULTS],
    ['other plugins only', { n: { version: '20' } }, DEFAULTS],
    ['empty object', { 'lambda-guard': {} }, DEFAULTS],
    ['handlerNames', { 'lambda-guard': { handlerNames: ['main', 'x'] } }, { ...DEFAULTS, handlerNames: ['main', 'x'] }],
    ['handlerWrappers', { 'lambda-guard': { handlerWrappers: ['w'] } }, { ...DEFAULTS, handlerWrappers: ['w'] }],
    ['both, duplicates removed', { 'lambda-guard': { handlerNames: ['a', 'a'], handlerWrappers: [] } }, DEFAULTS_A],
    ['explicit undefined', { 'lambda-guard': { handlerNames: undefined } }, DEFAULTS],
    ['readServerlessConfig off', { 'lambda-guard': { readServerlessConfig: false } }, OFF],
    ['readServerlessConfig on', { 'lambda-guard': { readServerlessConfig: true } }, DEFAULTS],
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
    ['readServerlessConfig is a string', { readServerlessConfig: 'false' }, FLAG_ERROR],
    ['readServerlessConfig is null', { readServerlessConfig: null }, FLAG_ERROR],
    ['unknown key', { handlerName: ['main'] }, UNKNOWN_KEY_ERROR],
  ])('%s throws naming the key', (_name, value, message) => {
    expect(() => read({ 'lambda-guard': value })).toThrow(`eslint-plugin-lambda-guard: ${message}`);
  });

  it.each([
    ['a string', 'main'],
    ['an array', ['main']],
    ['null', null],
  ])('throws when the settings object is %s', (_name, value) => {
    expect(() => read({ 'lambda-guard': value })).toThrow(
      `eslint-plugin-lambda-guard: settings['lambda-guard'] must be an object with the keys ${KEYS}`,
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
    expect(seen).toEqual({ ...DEFAULTS, handlerNames: ['main'], handlerWrappers: ['wrap'] });
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
