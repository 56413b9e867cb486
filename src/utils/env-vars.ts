import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getPropertyName, memberChain } from './ast.js';
import { destructuringPath, findVariableOf, onceBoundDeclarator, resolveModuleRef } from './modules.js';
import { mayMention } from './prefilter.js';
import { getStaticPropertyName, getStaticString } from './static-value.js';

/**
 * Which environment variable does this expression read?
 *
 * `process.env.NAME`, `process.env['NAME']`, `process.env?.NAME`, and once-bound variables that hold one:
 * `const key = process.env.NAME`, `const { NAME } = process.env`, `const { NAME: key } = process.env`,
 * `const { env: { NAME } } = process`, `const { env } = process; env.NAME`, `import { env } from 'node:process'`.
 * `process` must be the global one (or imported from `process` / `node:process`). Unknown means null.
 * Built on the shared binding helpers (modules.ts, static-value.ts); never throws.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface EnvRead {
  /** The variable name: `AWS_ACCESS_KEY_ID`. */
  name: string;
  /**
   * True when the expression is exactly the variable's value. False when a destructuring default may replace it
   * (`const { NAME = 'x' } = process.env`).
   */
  exact: boolean;
}

const PROCESS_MODULES = new Set(['process', 'node:process']);
/** `globalThis.process` is `process`. */
const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['globalThis', 'global']);

/** What `process` is reached through, and how far; each caller picks its own. */
export interface ProcessPathOptions {
  /** Most steps followed: alias hops (`const a = process`), and member levels too when `membersAreSteps`. */
  maxSteps: number;
  membersAreSteps: boolean;
  /** `globalThis.process` and `global.process` are `process`. */
  globalObjects: boolean;
  /** Computed keys may be constants (`process.env[NAME]` with `const NAME = 'X'`), not only literals. */
  constantKeys: boolean;
}

export interface ProcessPath {
  /** Keys below the `process` object: [] is `process`, ['env'] is `process.env`, ['env', 'X'] is a variable. */
  keys: string[];
  /**
   * True when the expression is exactly that value. False when a destructuring default may replace it
   * (`const { NAME = 'x' } = process.env`).
   */
  exact: boolean;
}

/** getEnvRead's view: up to 16 steps, member levels included; no `globalThis.process`; constant keys. */
const ENV_READ_OPTIONS: ProcessPathOptions = {
  maxSteps: 16,
  membersAreSteps: true,
  globalObjects: false,
  constantKeys: true,
};

/** The environment variable `node` reads, or null. */
export function getEnvRead(node: TSESTree.Node, sourceCode: SourceCode): EnvRead | null {
  try {
    const path = resolveProcessPath(node, sourceCode, ENV_READ_OPTIONS);
    if (path === null || path.keys.length !== 2 || path.keys[0] !== 'env') return null;
    return { name: path.keys[1]!, exact: path.exact };
  } catch {
    return null;
  }
}

/**
 * The path below Node's `process` that `node` reads: `process.env.X`, `process['env']`, an import of the `process`
 * module (`import process from 'node:process'`, `const { env } = require('process')`), or a name bound once to one
 * of them (`const { env } = process`, `const e = process.env`), through at most `options.maxSteps` steps. Null for
 * anything else, or when a key is not known.
 */
export function resolveProcessPath(
  node: TSESTree.Node,
  sourceCode: SourceCode,
  options: ProcessPathOptions,
): ProcessPath | null {
  // What the outer expressions read from `current`'s value: ['KEY'] on the hop from `e.KEY` to `const e = process.env`
  let below: string[] = [];
  let exact = true;
  let members = 0;
  let current = node;
  for (let hops = 0; ; hops++) {
    const chain = options.constantKeys
      ? memberChain(current, (member) => getStaticPropertyName(member, sourceCode))
      : memberChain(current);
    if (chain === null || chain.base.type !== AST_NODE_TYPES.Identifier) return null;
    members += chain.names.length;
    if (hops + (options.membersAreSteps ? members : 0) > options.maxSteps) return null;
    const variable = findVariableOf(chain.base, sourceCode);
    const root = processRootKeys(chain.base, variable, chain.names, sourceCode, options);
    if (root !== null) return { keys: [...root, ...below], exact };
    const declarator = variable === null ? null : onceBoundDeclarator(variable);
    if (variable === null || declarator === null || declarator.init === null) return null;
    const pattern = destructuringPath(declarator.id, variable.defs[0]!.name, (property) =>
      options.constantKeys && property.computed ? getStaticString(property.key, sourceCode) : getPropertyName(property),
    );
    if (pattern === null) return null;
    below = [...pattern.keys, ...chain.names, ...below];
    exact &&= pattern.exact;
    current = declarator.init;
  }
}

/**
 * `base` then the member names `names`, when `base` is Node's `process` itself: the global (also
 * `globalThis.process` with option `globalObjects`) or an import of the `process` module. The keys below `process`
 * read; null for any other base (`variable` is `base`'s, null when undeclared).
 */
export function processRootKeys(
  base: TSESTree.Identifier,
  variable: TSESLint.Scope.Variable | null,
  names: readonly string[],
  sourceCode: SourceCode,
  options: Pick<ProcessPathOptions, 'globalObjects'>,
): string[] | null {
  if (variable === null || variable.defs.length === 0) {
    // An undeclared (or configured) global: only `process` itself is interesting
    if (base.name === 'process') return [...names];
    return options.globalObjects && GLOBAL_OBJECTS.has(base.name) && names[0] === 'process' ? names.slice(1) : null;
  }
  // A module specifier is a literal, so a file that cannot spell `process` right before a closing quote
  // (`'process'`, `"node:process"`, `` `process` ``) imports nothing from it
  if (!mayImportProcessModule(sourceCode)) return null;
  const keys = processModuleKeys(base, sourceCode);
  return keys === null ? null : [...keys, ...names];
}

/** Could the file import or require Node's `process` module (see processRootKeys)? */
function mayImportProcessModule(sourceCode: SourceCode): boolean {
  return mayMention(sourceCode, "process'") || mayMention(sourceCode, 'process"') || mayMention(sourceCode, 'process`');
}

/**
 * For a name bound to Node's `process` module (`import process from 'node:process'`, `const { env } =
 * require('process')`): the keys below `process` it stands for (`[]`, `['env']`); null for any other binding.
 */
function processModuleKeys(node: TSESTree.Identifier, sourceCode: SourceCode): string[] | null {
  const ref = resolveModuleRef(node, sourceCode);
  return ref !== null && PROCESS_MODULES.has(ref.module) ? [...ref.path] : null;
}

