import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import { redactCredentials } from './redact.js';
import { getLambdaGuardSettings } from './settings.js';

const REPOSITORY_URL = 'https://github.com/lambda-guard/eslint-plugin-lambda-guard';

/** The `meta.docs` every rule of this plugin declares; the presets are built from it. */
export interface LambdaGuardRuleDocs {
  /** "Disallow …" / "Require …", no trailing period. */
  description: string;
  /**
   * The smallest preset that turns the rule on. `recommended` rules are in `strict` too; `strict` rules are
   * only in `strict`.
   */
  recommended: 'recommended' | 'strict';
  /** Severity the presets use; `error` unless the rule says otherwise. */
  severity?: 'error' | 'warn';
}

export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
}

const ruleCreator = ESLintUtils.RuleCreator<LambdaGuardRuleDocs>(ruleDocsUrl);

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * What a rule of this plugin sees of ESLint's rule context: the members its rules read (not the deprecated
 * `getSourceCode()`-style methods, nor `parserServices`), on an object of one fixed shape.
 *
 * ESLint gives each rule, for each file, a context whose prototype is that file's own frozen file context, a hidden
 * class V8 has not met before. The first property read through it misses the inline cache and sets up the prototype
 * chain (about 4 µs per file and rule, measured with ESLint's stats on published code: a tenth of a rule's budget on
 * the files it has nothing to say about). `Reflect.get` reads the same value without that setup, so the members are
 * read through it once, and every later read in the plugin hits a monomorphic cache.
 */
class RuleContextView {
  readonly sourceCode: unknown;
  readonly options: unknown;
  readonly settings: unknown;
  readonly #context: AnyContext;

  constructor(context: AnyContext) {
    this.#context = context;
    this.sourceCode = Reflect.get(context, 'sourceCode');
    this.options = Reflect.get(context, 'options');
    this.settings = Reflect.get(context, 'settings');
  }

  // Read by few rules on few files: on demand
  get id(): unknown {
    return Reflect.get(this.#context, 'id');
  }

  get cwd(): unknown {
    return Reflect.get(this.#context, 'cwd');
  }

  get filename(): unknown {
    return Reflect.get(this.#context, 'filename');
  }

  get physicalFilename(): unknown {
    return Reflect.get(this.#context, 'physicalFilename');
  }

  get languageOptions(): unknown {
    return Reflect.get(this.#context, 'languageOptions');
  }

  report(descriptor: unknown): void {
    Reflect.apply(Reflect.get(this.#context, 'report') as (descriptor: unknown) => void, this.#context, [
      withoutCredentials(descriptor as Descriptor),
    ]);
  }
}

interface Descriptor {
  data?: Record<string, unknown>;
  suggest?: readonly Descriptor[] | null;
}

/**
 * The descriptor with any credential in its message data redacted (`redactCredentials`): lint output goes to CI
 * logs, and a text a rule quotes from the code (an expression, a key) may hold one. A copy only when something
 * changed; the same object otherwise.
 */
function withoutCredentials<T extends Descriptor>(descriptor: T): T {
  const data = descriptor.data === undefined ? undefined : redactedData(descriptor.data);
  const given = descriptor.suggest;
  let suggest: Descriptor[] | null = null;
  if (given) {
    for (let index = 0; index < given.length; index++) {
      const redacted = withoutCredentials(given[index]!);
      if (redacted === given[index] && suggest === null) continue;
      suggest ??= given.slice(0, index);
      suggest.push(redacted);
    }
  }
  if (data === descriptor.data && suggest === null) return descriptor;
  return { ...descriptor, data, ...(suggest === null ? {} : { suggest }) };
}

/** `data` with its strings redacted; `data` itself when none holds anything to redact (most reports). */
function redactedData(data: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | null = null;
  for (const key in data) {
    const value = data[key];
    // Too short to hold a key ID: most values (`AKIA…W7QK`, a name, `'*'`)
    if (typeof value !== 'string' || value.length < 20) continue;
    const redacted = redactCredentials(value);
    if (redacted === value) continue;
    copy ??= { ...data };
    copy[key] = redacted;
  }
  return copy ?? data;
}

/**
 * `ESLintUtils.RuleCreator` with the docs URL, computing each rule's options-with-defaults once per options array
 * object instead of once per file. RuleCreator deep-clones and merges the defaults on every `create`, which on the
 * many files a rule has nothing to say about costs more than the rule itself. For a config entry without options
 * (`'error'`) ESLint hands every file a fresh array holding the rule's own `meta.defaultOptions` object, so that one
 * object is the cache key; options given in the config arrive as fresh objects per file and are merged per file, as
 * before. The merged options are shared between files: rules treat them as read-only.
 */
export const createRule: typeof ruleCreator = (rule) => {
  const created = ruleCreator(rule);
  const defaults = rule.meta.defaultOptions ?? rule.defaultOptions ?? [];
  type Options = Parameters<typeof rule.create>[1];
  const merged = new WeakMap<object, Options>();
  // The key of the last file: consecutive files of one config share it, and skip the WeakMap
  let lastKey: object | null = null;
  let lastOptions: Options | null = null;
  return {
    ...created,
    create(eslintContext) {
      const context = new RuleContextView(eslintContext) as unknown as typeof eslintContext;
      // A broken `settings['lambda-guard']` is a config error whichever rules are on (validated once per object)
      getLambdaGuardSettings(context);
      const given = context.options as readonly unknown[] | undefined;
      if (!Array.isArray(given)) {
        return rule.create(context, ESLintUtils.applyDefault(defaults, given ?? null) as unknown as Options);
      }
      const key: object = given.length === 1 && typeof given[0] === 'object' && given[0] !== null ? given[0] : given;
      if (key === lastKey) return rule.create(context, lastOptions!);
      let options = merged.get(key);
      if (options === undefined) {
        options = ESLintUtils.applyDefault(defaults, given) as unknown as Options;
        merged.set(key, options);
      }
      lastKey = key;
      lastOptions = options;
      return rule.create(context, options);
    },
  };
};
