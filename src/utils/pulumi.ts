import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { lastFile } from './last-file.js';
import { resolveModuleRef } from './modules.js';
import { referencesSstGlobal, sstGlobalChain, usesSst } from './sst.js';

/** Pulumi's AWS provider, `@pulumi/aws`: imported, or (in SST v3 modules) the platform's global `aws`. */

type SourceCode = Readonly<TSESLint.SourceCode>;

const PACKAGE = '@pulumi/aws';

/**
 * Could the module use Pulumi's AWS provider: an import of it spelled, or SST v3's global `aws`? Once per file, for
 * every rule that asks.
 */
export const mayUsePulumiAws: (sourceCode: SourceCode) => boolean = lastFile(
  (sourceCode: SourceCode) =>
    sourceCode.text.includes(PACKAGE) || (usesSst(sourceCode) && referencesSstGlobal(sourceCode)),
);

/**
 * The path below `@pulumi/aws` that `node` names (`aws.iam.Role` → iam, Role): through an import of the package or
 * of a submodule (`@pulumi/aws/iam`), or SST v3's global `aws`. Else null.
 */
export function pulumiAwsPath(node: TSESTree.Node, sourceCode: SourceCode): readonly string[] | null {
  const ref = resolveModuleRef(node, sourceCode);
  if (ref !== null) {
    if (ref.module === PACKAGE) return ref.path;
    if (ref.module.startsWith(`${PACKAGE}/`)) return [...ref.module.slice(PACKAGE.length + 1).split('/'), ...ref.path];
    return null;
  }
  const chain = sstGlobalChain(node, sourceCode);
  return chain !== null && chain[0] === 'aws' ? chain.slice(1) : null;
}
