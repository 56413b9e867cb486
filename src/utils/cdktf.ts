import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { resolveCallee } from './modules.js';
import { mayMention } from './prefilter.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** CDK for Terraform's AWS provider package (its resources live under `lib/<resource>`). */
const CDKTF_AWS_PROVIDER = '@cdktf/provider-aws';

/** Could the file use CDK for Terraform's AWS provider (it spells the package)? Remembered per file. */
export function mayUseCdktfAws(sourceCode: SourceCode): boolean {
  return mayMention(sourceCode, CDKTF_AWS_PROVIDER);
}

/**
 * The provider resource class `new X(scope, id, config)` makes (`LambdaFunctionUrl`, `IamRolePolicyAttachment`), when
 * it is one of `@cdktf/provider-aws`'s: imported from its `lib/<resource>` file or read through the provider's root
 * (`aws.lambdaFunctionUrl.LambdaFunctionUrl`). Null otherwise.
 */
export function cdktfResourceName(node: TSESTree.NewExpression, sourceCode: SourceCode): string | null {
  const ref = resolveCallee(node, sourceCode);
  return ref !== null && ref.module.startsWith(CDKTF_AWS_PROVIDER) ? (ref.path.at(-1) ?? null) : null;
}
