import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { cdkRefOfApi, type CdkRef } from './cdk.js';
import { lastFile } from './last-file.js';
import { awsApi, resolveCallee, type AwsApi, type ModuleRef } from './modules.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Per file: each `new X(…)` / call's resolved callee, its `awsApi` and its CDK view, shared by the rules that look
 * every construct up.
 */
interface CalleeCaches {
  refs: Map<TSESTree.Node, ModuleRef | null>;
  apis: Map<TSESTree.Node, AwsApi | null>;
  cdkRefs: Map<TSESTree.Node, CdkRef | null>;
}
const cachesOf = lastFile<SourceCode, CalleeCaches>(() => ({ refs: new Map(), apis: new Map(), cdkRefs: new Map() }));

/**
 * `resolveCallee`, answered once per node and file: several rules resolve the callee of every `new` in a CDK
 * file. The returned ref is shared: treat it as read-only.
 */
export function resolveCalleeOnce(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
): ModuleRef | null {
  const { refs } = cachesOf(sourceCode);
  let ref = refs.get(node);
  if (ref === undefined) {
    ref = resolveCallee(node, sourceCode);
    refs.set(node, ref);
  }
  return ref;
}

/** `cdkCallee` (./cdk.ts) through the shared per-node cache. */
export function cdkCalleeOnce(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: SourceCode): CdkRef | null {
  const { cdkRefs } = cachesOf(sourceCode);
  let ref = cdkRefs.get(node);
  if (ref === undefined) {
    ref = cdkRefOfApi(awsApiOnce(node, sourceCode));
    cdkRefs.set(node, ref);
  }
  return ref;
}

/** `awsApi` of the callee, through the shared per-node cache. */
export function awsApiOnce(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: SourceCode): AwsApi | null {
  const { apis } = cachesOf(sourceCode);
  let api = apis.get(node);
  if (api === undefined) {
    const ref = resolveCalleeOnce(node, sourceCode);
    api = ref === null ? null : awsApi(ref);
    apis.set(node, api);
  }
  return api;
}
