import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getPropertyName, skipTypeWrappers } from './ast.js';
import { findVariableOf, onceBoundDeclarator, resolveModuleRef } from './modules.js';
import { getStaticString } from './static-value.js';

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

/** Identifier hops and member levels before giving up. */
const MAX_DEPTH = 16;
const PROCESS_MODULES = new Set(['process', 'node:process']);

interface ProcessPath {
  /** Keys below the `process` object: [] is `process`, ['env'] is `process.env`, ['env', 'X'] is a variable. */
  keys: string[];
  exact: boolean;
}

/** The environment variable `node` reads, or null. */
/**
 * For a name bound to Node's `process` module (`import process from 'node:process'`, `const { env } =
 * require('process')`): the keys below `process` it stands for (`[]`, `['env']`); null for any other binding.
 */
export function processModuleKeys(node: TSESTree.Identifier, sourceCode: SourceCode): string[] | null {
  const ref = resolveModuleRef(node, sourceCode);
  return ref !== null && PROCESS_MODULES.has(ref.module) ? [...ref.path] : null;
}

export function getEnvRead(node: TSESTree.Node, sourceCode: SourceCode): EnvRead | null {
  try {
    const path = resolveProcessPath(node, sourceCode, 0);
    if (path === null || path.keys.length !== 2 || path.keys[0] !== 'env') return null;
    return { name: path.keys[1]!, exact: path.exact };
  } catch {
    return null;
  }
}

function resolveProcessPath(input: TSESTree.Node, sourceCode: SourceCode, depth: number): ProcessPath | null {
  if (depth > MAX_DEPTH) return null;
  let node = skipTypeWrappers(input);
  if (node.type === AST_NODE_TYPES.ChainExpression) node = skipTypeWrappers(node.expression);
  if (node.type === AST_NODE_TYPES.Identifier) return resolveIdentifier(node, sourceCode, depth);
  if (node.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = memberName(node, sourceCode);
  if (name === null) return null;
  const base = resolveProcessPath(node.object, sourceCode, depth + 1);
  if (base === null || base.keys.length >= 2) return null;
  return { keys: [...base.keys, name], exact: base.exact };
}

function memberName(node: TSESTree.MemberExpression, sourceCode: SourceCode): string | null {
  if (node.property.type === AST_NODE_TYPES.PrivateIdentifier) return null;
  const name = getPropertyName(node);
  if (name !== null) return name;
  return node.computed ? getStaticString(node.property, sourceCode) : null;
}

function resolveIdentifier(node: TSESTree.Identifier, sourceCode: SourceCode, depth: number): ProcessPath | null {
  const variable = findVariableOf(node, sourceCode);
  if (variable === null || variable.defs.length === 0) {
    // An undeclared (or configured) global: only `process` itself is interesting.
    return node.name === 'process' ? { keys: [], exact: true } : null;
  }
  if (resolveModuleRef(node, sourceCode) !== null) {
    const keys = processModuleKeys(node, sourceCode);
    return keys !== null && keys.length <= 2 ? { keys, exact: true } : null;
  }

  const declarator = onceBoundDeclarator(variable);
  if (declarator === null || declarator.init === null) return null;
  const pattern = patternPath(declarator.id, variable.defs[0]!.name, sourceCode);
  if (pattern === null) return null;
  const base = resolveProcessPath(declarator.init, sourceCode, depth + 1);
  if (base === null) return null;
  const keys = [...base.keys, ...pattern.keys];
  if (keys.length > 2) return null;
  return { keys, exact: base.exact && pattern.exact };
}

/** Keys from the declarator id down to the binding identifier: `{ env: { A: a } }` → ['env', 'A']. */
function patternPath(pattern: TSESTree.Node, target: TSESTree.Node, sourceCode: SourceCode): ProcessPath | null {
  const keys: string[] = [];
  let exact = true;
  let current: TSESTree.Node = target;
  for (let guard = 0; current !== pattern; guard++) {
    if (guard > MAX_DEPTH * 4) return null;
    const parent: TSESTree.Node | undefined = current.parent;
    if (parent === undefined) return null;
    switch (parent.type) {
      case AST_NODE_TYPES.AssignmentPattern:
        if (parent.left !== current) return null;
        exact = false;
        break;
      case AST_NODE_TYPES.Property: {
        if (parent.value !== current || parent.parent.type !== AST_NODE_TYPES.ObjectPattern) return null;
        const name = parent.computed ? getStaticString(parent.key, sourceCode) : getPropertyName(parent);
        if (name === null) return null;
        keys.push(name);
        break;
      }
      case AST_NODE_TYPES.ObjectPattern:
        break;
      default:
        return null;
    }
    current = parent;
  }
  keys.reverse();
  return { keys, exact };
}
