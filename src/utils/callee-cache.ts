import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { toCdkRef, type CdkRef } from './cdk.js';
import { resolveCallee, type ModuleRef } from './modules.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Per file: each `new X(…)` / call's resolved callee, shared by the rules that look every construct up. */
const cache = new WeakMap<SourceCode, Map<TSESTree.Node, ModuleRef | null>>();

/**
 * `resolveCallee`, answered once per node and file: several rules resolve the callee of every `new` in a CDK
 * file. The returned ref is shared: treat it as read-only.
 */
export function resolveCalleeOnce(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
): ModuleRef | null {
  let perFile = cache.get(sourceCode);
  if (perFile === undefined) {
    perFile = new Map();
    cache.set(sourceCode, perFile);
  }
  let ref = perFile.get(node);
  if (ref === undefined) {
    ref = resolveCallee(node, sourceCode);
    perFile.set(node, ref);
  }
  return ref;
}

/** `cdkCallee` (./cdk.ts) through the shared per-node cache. */
export function cdkCalleeOnce(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: SourceCode): CdkRef | null {
  return toCdkRef(resolveCalleeOnce(node, sourceCode));
}
