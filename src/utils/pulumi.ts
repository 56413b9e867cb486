import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { lastFile } from './last-file.js';
import { resolveModuleRef } from './modules.js';
import { referencesSstGlobal, sstGlobalChain, usesSst } from './sst.js';

/** Pulumi's AWS provider, `@pulumi/aws`: imported, or (in SST v3 modules) the platform's global `aws`. */

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The package's specifier (its submodules start with it too). */
export const PULUMI_AWS = '@pulumi/aws';
/** Pulumi's SDK, and its submodule that also exports the output functions. */
const PULUMI = '@pulumi/pulumi';
const PULUMI_OUTPUT = '@pulumi/pulumi/output';

/**
 * Could the module use Pulumi's AWS provider: an import of it spelled, or SST v3's global `aws`? Once per file, for
 * every rule that asks. The spelling also lets in `@pulumi/aws-apigateway` and `@pulumi/awsx`, built on it.
 */
export const mayUsePulumiAws: (sourceCode: SourceCode) => boolean = lastFile(
  (sourceCode: SourceCode) =>
    sourceCode.text.includes(PULUMI_AWS) || (usesSst(sourceCode) && referencesSstGlobal(sourceCode)),
);

/** Could the module use Pulumi's SDK: an import of it spelled, or SST v3's globals (`$interpolate`, `$util`)? */
export const mayUsePulumiSdk: (sourceCode: SourceCode) => boolean = lastFile(
  (sourceCode: SourceCode) =>
    sourceCode.text.includes(PULUMI) || (usesSst(sourceCode) && referencesSstGlobal(sourceCode)),
);

/** Pulumi's functions that build one string from outputs: a template's text, or the arguments joined. */
export type PulumiStringBuilder = 'interpolate' | 'concat';

/**
 * Which of Pulumi's string builders `node` (a template's tag, a callee) names: `interpolate` / `concat` of
 * `@pulumi/pulumi` through an import or `require` (any alias), or SST v3's globals `$interpolate` / `$concat` (and
 * `$util.interpolate` / `$util.concat`). Each makes the string a plain template or `[…].join('')` would, every
 * output resolved in its place. Null for anything else (a local or another module's `interpolate`).
 */
export function pulumiStringBuilder(node: TSESTree.Node, sourceCode: SourceCode): PulumiStringBuilder | null {
  const name = pulumiSdkFunction(node, sourceCode);
  return name === 'interpolate' || name === 'concat' ? name : null;
}

/**
 * Does `node` (a callee) name Pulumi's `jsonStringify` of `@pulumi/pulumi` (through an import or `require`, any
 * alias), or SST v3's global `$jsonStringify` (`$util.jsonStringify`)? It makes the JSON text of its argument.
 */
export function isPulumiJsonStringify(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  return pulumiSdkFunction(node, sourceCode) === 'jsonStringify';
}

/**
 * The function of Pulumi's SDK that `node` names: an export of `@pulumi/pulumi` (or its `output` module) through an
 * import or `require`, or SST v3's global for it (`$interpolate`, `$util.interpolate`). Null for anything else.
 */
function pulumiSdkFunction(node: TSESTree.Node, sourceCode: SourceCode): string | null {
  if (!mayUsePulumiSdk(sourceCode)) return null;
  const ref = resolveModuleRef(node, sourceCode);
  if (ref !== null) {
    if ((ref.module !== PULUMI && ref.module !== PULUMI_OUTPUT) || ref.path.length !== 1) return null;
    return ref.path[0]!;
  }
  const chain = sstGlobalChain(node, sourceCode);
  if (chain?.length === 1) return chain[0]!.startsWith('$') ? chain[0]!.slice(1) : null;
  return chain?.length === 2 && chain[0] === '$util' ? chain[1]! : null;
}

/**
 * The path below `@pulumi/aws` that `node` names (`aws.iam.Role` → iam, Role): through an import of the package or
 * of a submodule (`@pulumi/aws/iam`), or SST v3's global `aws`. Else null.
 */
export function pulumiAwsPath(node: TSESTree.Node, sourceCode: SourceCode): readonly string[] | null {
  const ref = resolveModuleRef(node, sourceCode);
  if (ref !== null) {
    if (ref.module === PULUMI_AWS) return ref.path;
    if (ref.module.startsWith(`${PULUMI_AWS}/`)) {
      return [...ref.module.slice(PULUMI_AWS.length + 1).split('/'), ...ref.path];
    }
    return null;
  }
  const chain = sstGlobalChain(node, sourceCode);
  return chain !== null && chain[0] === 'aws' ? chain.slice(1) : null;
}

/**
 * Pulumi's API Gateway component, `new apigateway.RestAPI(name, { routes })` of `@pulumi/aws-apigateway`, and the
 * code it was moved from, `@pulumi/awsx`'s `apigateway.API` (v0) and `classic.apigateway.API` (same routes, same
 * authorization).
 */
const REST_API = '@pulumi/aws-apigateway/RestAPI';
const REST_API_COMPONENTS: ReadonlySet<string> = new Set([
  REST_API,
  '@pulumi/awsx/apigateway/API',
  '@pulumi/awsx/classic/apigateway/API',
]);

/** Does `node` name Pulumi's API Gateway component (`REST_API_COMPONENTS`), through an import? */
export function isPulumiRestApiComponent(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const ref = resolveModuleRef(node, sourceCode);
  return ref !== null && REST_API_COMPONENTS.has([ref.module, ...ref.path].join('/'));
}

/**
 * Does `node` name awsx's API (`apigateway.API`, `classic.apigateway.API` of `@pulumi/awsx`), through an import? It
 * runs in the program, so a route's `eventHandler` may be a function of the file, which it deploys as a
 * CallbackFunction. `@pulumi/aws-apigateway`'s RestAPI runs in its own provider and takes only a Function resource.
 */
export function isAwsxApiComponent(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const ref = resolveModuleRef(node, sourceCode);
  const name = ref === null ? null : [ref.module, ...ref.path].join('/');
  return name !== null && name !== REST_API && REST_API_COMPONENTS.has(name);
}
