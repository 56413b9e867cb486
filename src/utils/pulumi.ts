import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { lastFile } from './last-file.js';
import { resolveModuleRef, type ModuleRef } from './modules.js';
import { referencesSstGlobal, sstGlobalChain, usesSst } from './sst.js';

/** Pulumi's AWS provider, `@pulumi/aws`: imported, or (in SST v3 modules) the platform's global `aws`. */

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The package's specifier (its submodules start with it too). */
export const PULUMI_AWS = '@pulumi/aws';
/** Pulumi's AWS components (`@pulumi/awsx`): its specifier starts with `@pulumi/aws`'s. */
const PULUMI_AWSX = '@pulumi/awsx';
/** Pulumi's SDK, and its submodule that also exports the output functions. */
const PULUMI = '@pulumi/pulumi';
const PULUMI_OUTPUT = '@pulumi/pulumi/output';

/**
 * Does the module spell `@pulumi/aws` (an import of it may be there)? Once per file, for every rule that asks
 * (through `mayUsePulumiAws` too). The spelling also lets in `@pulumi/aws-apigateway` and `@pulumi/awsx`, built on it.
 */
export const spellsPulumiAws: (sourceCode: SourceCode) => boolean = lastFile((sourceCode: SourceCode) =>
  sourceCode.text.includes(PULUMI_AWS),
);

/**
 * Could the module use Pulumi's AWS provider: an import of it spelled (`spellsPulumiAws`), or SST v3's global `aws`?
 */
export const mayUsePulumiAws: (sourceCode: SourceCode) => boolean = lastFile(
  (sourceCode: SourceCode) =>
    spellsPulumiAws(sourceCode) || (usesSst(sourceCode) && referencesSstGlobal(sourceCode)),
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

/**
 * The helpers that make a Lambda authorizer of a function for Pulumi's API Gateway component
 * (`getTokenLambdaAuthorizer({ header, handler })`, `getRequestLambdaAuthorizer(…)` of `@pulumi/aws-apigateway`, or of
 * awsx's `apigateway` / `classic.apigateway`): their `handler` is deployed as the authorizer's Lambda code.
 */
const LAMBDA_AUTHORIZER_FACTORIES: ReadonlySet<string> = new Set(
  ['@pulumi/aws-apigateway', '@pulumi/awsx/apigateway', '@pulumi/awsx/classic/apigateway'].flatMap((module) => [
    `${module}/getTokenLambdaAuthorizer`,
    `${module}/getRequestLambdaAuthorizer`,
  ]),
);

/** Does `callee` name one of Pulumi's Lambda authorizer helpers (`LAMBDA_AUTHORIZER_FACTORIES`), through an import? */
export function isPulumiLambdaAuthorizerFactory(callee: TSESTree.Node, sourceCode: SourceCode): boolean {
  const ref = resolveModuleRef(callee, sourceCode);
  return ref !== null && LAMBDA_AUTHORIZER_FACTORIES.has([ref.module, ...ref.path].join('/'));
}

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

/**
 * The Lambda types of `@pulumi/aws` that a `CallbackFunction`'s callback (or an event subscription's handler) is
 * written with, each with the `aws-lambda` type it stands for: the events (`aws.s3.BucketEvent` is an `S3Event`),
 * their records, the context, and the callback types (`aws.lambda.Callback`, `aws.s3.BucketEventHandler`: handler
 * types). Also awsx's API Gateway request and response, `aws-lambda`'s own types renamed. Keyed by the package and
 * the path below it (see `pulumiLambdaTypeName`). The events' and records' shapes are Lambda's.
 */
const PULUMI_LAMBDA_TYPES: ReadonlyMap<string, string> = new Map([
  ['@pulumi/aws:lambda.Context', 'Context'],
  ['@pulumi/aws:lambda.Callback', 'Handler'],
  ['@pulumi/aws:lambda.EventHandler', 'Handler'],
  ['@pulumi/aws:s3.BucketEvent', 'S3Event'],
  ['@pulumi/aws:s3.BucketRecord', 'S3EventRecord'],
  ['@pulumi/aws:s3.BucketEventHandler', 'S3Handler'],
  ['@pulumi/aws:sqs.QueueEvent', 'SQSEvent'],
  ['@pulumi/aws:sqs.QueueRecord', 'SQSRecord'],
  ['@pulumi/aws:sqs.QueueEventHandler', 'SQSHandler'],
  ['@pulumi/aws:sns.TopicEvent', 'SNSEvent'],
  ['@pulumi/aws:sns.TopicRecord', 'SNSEventRecord'],
  ['@pulumi/aws:sns.SNSItem', 'SNSMessage'],
  ['@pulumi/aws:sns.TopicEventHandler', 'SNSHandler'],
  ['@pulumi/aws:cloudwatch.EventRuleEvent', 'EventBridgeEvent'],
  ['@pulumi/aws:cloudwatch.EventRuleEventHandler', 'EventBridgeHandler'],
  ['@pulumi/aws:cloudwatch.LogGroupEvent', 'CloudWatchLogsEvent'],
  ['@pulumi/aws:cloudwatch.DecodedLogGroupEvent', 'CloudWatchLogsDecodedData'],
  ['@pulumi/aws:cloudwatch.LogGroupEventRecord', 'CloudWatchLogsLogEvent'],
  ['@pulumi/aws:cloudwatch.LogGroupEventHandler', 'CloudWatchLogsHandler'],
  ['@pulumi/aws:dynamodb.TableEvent', 'DynamoDBStreamEvent'],
  ['@pulumi/aws:dynamodb.TableEventRecord', 'DynamoDBRecord'],
  ['@pulumi/aws:dynamodb.TableEventHandler', 'DynamoDBStreamHandler'],
  ['@pulumi/aws:kinesis.StreamEvent', 'KinesisStreamEvent'],
  ['@pulumi/aws:kinesis.StreamEventRecord', 'KinesisStreamRecord'],
  ['@pulumi/aws:kinesis.StreamEventHandler', 'KinesisStreamHandler'],
  // awsx v1+ (`classic`) and v0
  ['@pulumi/awsx:classic.apigateway.Request', 'APIGatewayProxyEvent'],
  ['@pulumi/awsx:classic.apigateway.Response', 'APIGatewayProxyResult'],
  ['@pulumi/awsx:apigateway.Request', 'APIGatewayProxyEvent'],
  ['@pulumi/awsx:apigateway.Response', 'APIGatewayProxyResult'],
]);

/** Every name on the paths of PULUMI_LAMBDA_TYPES: a named import of another cannot lead to one. */
const PULUMI_LAMBDA_TYPE_PATH_NAMES: ReadonlySet<string> = new Set(
  [...PULUMI_LAMBDA_TYPES.keys()].flatMap((key) => key.slice(key.indexOf(':') + 1).split('.')),
);

/**
 * The `aws-lambda` type that a Pulumi Lambda type `ref` names stands for (`aws.s3.BucketEvent` → `S3Event`; see
 * PULUMI_LAMBDA_TYPES), through an import of `@pulumi/aws` or of a submodule (`@pulumi/aws/s3`, or a file of one,
 * `@pulumi/aws/s3/s3Mixins`), or of `@pulumi/awsx`. Else null.
 */
export function pulumiLambdaTypeName(ref: ModuleRef): string | null {
  const module = ref.module;
  if (!module.startsWith(PULUMI_AWS)) return null;
  let key: string;
  if (module === PULUMI_AWS || module === PULUMI_AWSX) {
    key = `${module}:${ref.path.join('.')}`;
  } else if (module.startsWith(`${PULUMI_AWS}/`)) {
    // The service's namespace; a file below it (`s3/s3Mixins`) exports the same types
    const service = module.slice(PULUMI_AWS.length + 1).split('/', 1)[0]!;
    key = `${PULUMI_AWS}:${[service, ...ref.path].join('.')}`;
  } else if (module.startsWith(`${PULUMI_AWSX}/`)) {
    key = `${PULUMI_AWSX}:${[...module.slice(PULUMI_AWSX.length + 1).split('/'), ...ref.path].join('.')}`;
  } else {
    return null;
  }
  return PULUMI_LAMBDA_TYPES.get(key) ?? null;
}

/**
 * Can a type in this file name a Pulumi Lambda type (`pulumiLambdaTypeName`)? Such names come from imports of
 * `@pulumi/aws` or `@pulumi/awsx` (or a submodule): a namespace or default import, or a named one of a name on the
 * way to such a type (`s3`, `lambda`, `BucketEvent`). Once per file; a file that does not spell `@pulumi/aws`
 * (`spellsPulumiAws`) is not read. Also `import aws = require('@pulumi/aws')`.
 */
export const importsPulumiLambdaTypes: (sourceCode: SourceCode) => boolean = lastFile(
  (sourceCode: SourceCode) =>
    spellsPulumiAws(sourceCode) && importsPulumiLambdaTypesIn(sourceCode.ast as TSESTree.Program),
);

function importsPulumiLambdaTypesIn(program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    // `import aws = require('@pulumi/aws')`
    if (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const reference = statement.moduleReference;
      if (
        reference.type === AST_NODE_TYPES.TSExternalModuleReference &&
        reference.expression.type === AST_NODE_TYPES.Literal &&
        typeof reference.expression.value === 'string' &&
        isPulumiLambdaTypesModule(reference.expression.value)
      ) {
        return true;
      }
      continue;
    }
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || !isPulumiLambdaTypesModule(statement.source.value)) {
      continue;
    }
    for (const imported of statement.specifiers) {
      if (imported.type !== AST_NODE_TYPES.ImportSpecifier) return true;
      const name =
        imported.imported.type === AST_NODE_TYPES.Identifier ? imported.imported.name : imported.imported.value;
      if (PULUMI_LAMBDA_TYPE_PATH_NAMES.has(name)) return true;
    }
  }
  return false;
}

/** `@pulumi/aws`, `@pulumi/awsx` or a submodule of either. */
function isPulumiLambdaTypesModule(module: string): boolean {
  return [PULUMI_AWS, PULUMI_AWSX].some((name) => module === name || module.startsWith(`${name}/`));
}
