import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getPropertyName } from './ast.js';
import { unwrapExpression } from './cdk.js';
import { lastFile } from './last-file.js';
import { isGlobalIdentifier, resolveModuleRef } from './modules.js';
import { includesText } from './prefilter.js';

/**
 * SST, the serverless framework whose infrastructure code is TypeScript: v3 components hang off the platform's
 * global `sst` (`new sst.aws.Function(…)`, no import), v2 constructs are imported from `sst/constructs` and v1's
 * from `@serverless-stack/resources` (CDK underneath both).
 */

type SourceCode = Readonly<TSESLint.SourceCode>;

/** SST v3 (`sst.aws.*`), v2 (`sst/constructs`) or v1 (`@serverless-stack/resources`). */
export type SstVersion = 3 | 2 | 1;

/** The modules of SST's CDK constructs, by version. */
const CONSTRUCT_MODULES: ReadonlyMap<string, SstVersion> = new Map([
  ['sst/constructs', 2],
  ['@serverless-stack/resources', 1],
]);

/**
 * What the module's text spells of SST: v3's `sst.aws.`, a construct module (`sst/constructs`,
 * `@serverless-stack/resources`). Each needle is looked for from a rare character (`ws.`, `/constructs`, `@…`: see
 * `includesText`), and most files spell none of them.
 */
const sstSpelling = lastFile((sourceCode: SourceCode) => {
  const text = sourceCode.text;
  return {
    v3: includesText(text, 'sst.aws.'),
    constructs:
      includesText(text, 'sst/constructs') || text.includes('@serverless-stack/resources'),
  };
});

/** Could the module use SST (v3's global, or a construct module of v2 or v1), by its text? */
export function usesSst(sourceCode: SourceCode): boolean {
  const spelled = sstSpelling(sourceCode);
  return spelled.v3 || spelled.constructs;
}

/** Does the module spell SST v3's global (`sst.aws.`)? */
function usesSstV3(sourceCode: SourceCode): boolean {
  return sstSpelling(sourceCode).v3;
}

/** Does the module spell an SST construct module (`sst/constructs`, `@serverless-stack/resources`)? */
function usesSstConstructs(sourceCode: SourceCode): boolean {
  return sstSpelling(sourceCode).constructs;
}

/** An import, `require` or `import()` of an SST construct module, as written in source. */
const CONSTRUCTS_IMPORT =
  /(?:\bfrom|\brequire\s*\(|\bimport\s*\()\s*['"`](?:sst\/constructs|@serverless-stack\/resources)['"`]/u;

/**
 * Does the module import an SST construct module (`import … from 'sst/constructs'`, `require('@serverless-stack/
 * resources')`)? Stricter than `usesSstConstructs`: a comment or a look-alike module (`@acme/not-sst/constructs`)
 * does not count.
 */
export const importsSstConstructs: (sourceCode: SourceCode) => boolean = lastFile(
  (sourceCode: SourceCode) => usesSstConstructs(sourceCode) && CONSTRUCTS_IMPORT.test(sourceCode.text),
);

/**
 * What `callee` names in SST: `sst.aws.X` with `sst` the platform's global (v3), or the export `X` of
 * `sst/constructs` (v2) or `@serverless-stack/resources` (v1); else null.
 */
export function sstExport(callee: TSESTree.Node, sourceCode: SourceCode): { version: SstVersion; name: string } | null {
  const target = unwrapExpression(callee);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const aws = unwrapExpression(target.object);
    const name = getPropertyName(target);
    if (name !== null && aws.type === AST_NODE_TYPES.MemberExpression && getPropertyName(aws) === 'aws') {
      const root = unwrapExpression(aws.object);
      if (root.type === AST_NODE_TYPES.Identifier && root.name === 'sst' && isGlobalIdentifier(root, sourceCode)) {
        return { version: 3, name };
      }
    }
  }
  const ref = resolveModuleRef(target, sourceCode);
  if (ref === null || ref.path.length !== 1) return null;
  const version = CONSTRUCT_MODULES.get(ref.module);
  return version === undefined ? null : { version, name: ref.path[0]! };
}

/**
 * Does the module use SST v3's global: a reference to `sst` that no declaration of the file binds (`sst.aws.…`,
 * `$config` files)? A local `const sst = …` look-alike does not count.
 */
export const referencesSstGlobal: (sourceCode: SourceCode) => boolean = lastFile((sourceCode: SourceCode) => {
  if (!usesSstV3(sourceCode)) return false;
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (globalScope === null || globalScope === undefined) return false;
  const declared = globalScope.set.get('sst');
  if (declared !== undefined) return declared.defs.length === 0 && declared.references.length > 0;
  return globalScope.through.some((reference) => reference.identifier.name === 'sst');
});

/**
 * The names of a chain of plain member accesses (`aws.iam.Role` → aws, iam, Role) rooted at a global of an SST v3
 * module: SST's platform makes Pulumi's `aws` (and `$interpolate`) globals, used without an import. Else null.
 */
export function sstGlobalChain(node: TSESTree.Node, sourceCode: SourceCode): string[] | null {
  const names: string[] = [];
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = current.computed ? null : getPropertyName(current);
    if (name === null) return null;
    names.unshift(name);
    current = unwrapExpression(current.object);
  }
  if (current.type !== AST_NODE_TYPES.Identifier || !referencesSstGlobal(sourceCode)) return null;
  if (!isGlobalIdentifier(current, sourceCode)) return null;
  names.unshift(current.name);
  return names;
}
