import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { cdkRefOfApi, type CdkRef } from './cdk.js';
import { lastFile } from './last-file.js';
import { awsApi, resolveCallee, type AwsApi } from './modules.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Per file: each `new X(…)` / call's `awsApi` and its CDK view, shared by the rules that look every construct up
 * (`resolveCallee` keeps the resolved callees itself).
 */
interface CalleeCaches {
  apis: Map<TSESTree.Node, AwsApi | null>;
  cdkRefs: Map<TSESTree.Node, CdkRef | null>;
}
const cachesOf = lastFile<SourceCode, CalleeCaches>(() => ({ apis: new Map(), cdkRefs: new Map() }));

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
    const ref = resolveCallee(node, sourceCode);
    api = ref === null ? null : awsApi(ref);
    apis.set(node, api);
  }
  return api;
}
