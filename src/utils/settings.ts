import type { TSESLint } from '@typescript-eslint/utils';

/** Plugin-wide settings, read by every rule from `settings['lambda-guard']` in the ESLint config. */
export interface LambdaGuardSettings {
  /** Extra export names that are Lambda handlers (`main`, `default`, …), added to `handler`. */
  handlerNames: string[];
  /** Extra wrapper function names (`withTracing(fn)`), unwrapped like middy or Sentry's `wrapHandler`. */
  handlerWrappers: string[];
  /**
   * Read the nearest `serverless.yml` / `.yaml` / `.json` (or AWS SAM `template.yaml`) above a file for the exports
   * its handler entries name (`handler: src/users.get` makes `get` a handler of `src/users.ts`), and a CDK app's
   * `cdk.json`, whose stacks' `handler: 'file.export'` strings name exports by file name. Default true.
   */
  readServerlessConfig: boolean;
}

export const SETTINGS_KEY = 'lambda-guard';

const KNOWN_KEYS = ['handlerNames', 'handlerWrappers', 'readServerlessConfig'] as const;
const PREFIX = `eslint-plugin-lambda-guard: settings['${SETTINGS_KEY}']`;

/** No `settings['lambda-guard']`: one shared object, so per-settings caches see the same key for every file. */
const DEFAULT_SETTINGS: LambdaGuardSettings = Object.freeze({
  handlerNames: Object.freeze([]) as unknown as string[],
  handlerWrappers: Object.freeze([]) as unknown as string[],
  readServerlessConfig: true,
});

/** Validated settings per settings object: the same config object is shared by every file it applies to. */
const cache = new WeakMap<object, LambdaGuardSettings>();

/**
 * `settings['lambda-guard']`, validated. Throws a clear Error naming the bad key: a broken config is a config
 * error for the user to fix, not a lint finding.
 */
export function getLambdaGuardSettings(
  context: Readonly<Pick<TSESLint.RuleContext<string, readonly unknown[]>, 'settings'>>,
): LambdaGuardSettings {
  const settings: unknown = (context.settings as Record<string, unknown> | undefined)?.[SETTINGS_KEY];
  if (settings === undefined) return DEFAULT_SETTINGS;
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) {
    throw new Error(`${PREFIX} must be an object with the keys ${KNOWN_KEYS.join(', ')}`);
  }
  const cached = cache.get(settings);
  if (cached !== undefined) return cached;
  const record = settings as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      throw new Error(`${PREFIX} has an unknown key '${key}' (known: ${KNOWN_KEYS.join(', ')})`);
    }
  }
  const result: LambdaGuardSettings = {
    handlerNames: readNames(record, 'handlerNames'),
    handlerWrappers: readNames(record, 'handlerWrappers'),
    readServerlessConfig: readFlag(record, 'readServerlessConfig', true),
  };
  Object.freeze(result.handlerNames);
  Object.freeze(result.handlerWrappers);
  cache.set(settings, Object.freeze(result));
  return result;
}

function readFlag(record: Record<string, unknown>, key: (typeof KNOWN_KEYS)[number], fallback: boolean): boolean {
  const value = record[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new Error(`${PREFIX}.${key} must be true or false`);
  return value;
}

function readNames(record: Record<string, unknown>, key: (typeof KNOWN_KEYS)[number]): string[] {
  const value = record[key];
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) {
    throw new Error(`${PREFIX}.${key} must be an array of non-empty strings`);
  }
  return [...new Set(value as string[])];
}
