import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getPropertyName } from './ast.js';
import { unwrapExpression } from './cdk.js';
import { isGlobalIdentifier, resolveModuleRef } from './modules.js';

/**
 * SST, the serverless framework whose infrastructure code is TypeScript: v3 components hang off the platform's
 * global `sst` (`new sst.aws.Function(…)`, no import), v2 constructs are imported from `sst/constructs` (CDK
 * underneath).
 */

type SourceCode = Readonly<TSESLint.SourceCode>;

/** SST v3 (`sst.aws.*`) or v2 (`sst/constructs`). */
export type SstVersion = 3 | 2;

/**
 * Could the module use SST: `sst.aws.` (v3) or `sst/constructs` (v2) in its text? Long needles: callers ask only in
 * files that already spell something SST-specific, most spell neither.
 */
export function usesSst(sourceCode: SourceCode): boolean {
  const text = sourceCode.text;
  return text.includes('sst.aws.') || text.includes('sst/constructs');
}

/** Does the module spell SST v3's global (`sst.aws.`)? */
export function usesSstV3(sourceCode: SourceCode): boolean {
  return sourceCode.text.includes('sst.aws.');
}

/**
 * What `callee` names in SST: `sst.aws.X` with `sst` the platform's global (v3), or the export `X` of
 * `sst/constructs` (v2); else null.
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
  if (ref === null || ref.module !== 'sst/constructs' || ref.path.length !== 1) return null;
  return { version: 2, name: ref.path[0]! };
}

/**
 * Does the module use SST v3's global: a reference to `sst` that no declaration of the file binds (`sst.aws.…`,
 * `$config` files)? A local `const sst = …` look-alike does not count.
 */
export function referencesSstGlobal(sourceCode: SourceCode): boolean {
  if (!usesSstV3(sourceCode)) return false;
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (globalScope === null || globalScope === undefined) return false;
  const declared = globalScope.set.get('sst');
  if (declared !== undefined) return declared.defs.length === 0 && declared.references.length > 0;
  return globalScope.through.some((reference) => reference.identifier.name === 'sst');
}
