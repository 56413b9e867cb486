import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { cdkRefOfApi, type CdkRef } from './cdk.js';
import { awsApi, resolveCallee, type AwsApi, type ModuleRef } from './modules.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * For the file being linted: each `new X(…)` / call's resolved callee (and its CDK view), shared by the rules that
 * look every construct up. One file at a time: a new file replaces the maps.
 */
let cachedFile: SourceCode | null = null;
let refs = new Map<TSESTree.Node, ModuleRef | null>();
let cdkRefs = new Map<TSESTree.Node, CdkRef | null>();
let apis = new Map<TSESTree.Node, AwsApi | null>();

function forFile(sourceCode: SourceCode): void {
  if (cachedFile === sourceCode) return;
  cachedFile = sourceCode;
  refs = new Map();
  cdkRefs = new Map();
  apis = new Map();
}

/**
 * `resolveCallee`, answered once per node and file: several rules resolve the callee of every `new` in a CDK
 * file. The returned ref is shared: treat it as read-only.
 */
export function resolveCalleeOnce(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
): ModuleRef | null {
  forFile(sourceCode);
  let ref = refs.get(node);
  if (ref === undefined) {
    ref = resolveCallee(node, sourceCode);
    refs.set(node, ref);
  }
  return ref;
}

/** `cdkCallee` (./cdk.ts) through the shared per-node cache. */
export function cdkCalleeOnce(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: SourceCode): CdkRef | null {
  forFile(sourceCode);
  let ref = cdkRefs.get(node);
  if (ref === undefined) {
    ref = cdkRefOfApi(awsApiOnce(node, sourceCode));
    cdkRefs.set(node, ref);
  }
  return ref;
}

/** `awsApi` of the callee, through the shared per-node cache. */
export function awsApiOnce(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: SourceCode): AwsApi | null {
  forFile(sourceCode);
  let api = apis.get(node);
  if (api === undefined) {
    const ref = resolveCalleeOnce(node, sourceCode);
    api = ref === null ? null : awsApi(ref);
    apis.set(node, api);
  }
  return api;
}
