/**
 * Hand-written inputs for the robustness suites: every shape the rules know (in the forms the issues list) and
 * the odd input a linter meets in the wild. Credentials are assembled at run time by the seeded generator, so this
 * file holds nothing a secret scanner would flag.
 */
import { EXAMPLE_KEY_ID, EXAMPLE_SECRET, Random, makeKeyId, makeSecret, makeSessionToken } from '../../bench/generate.js';
import type { Dialect } from './harness.js';

const rng = new Random(9001);
export const KEY_ID = makeKeyId(rng, 'AKIA');
export const TEMP_KEY_ID = makeKeyId(rng, 'ASIA');
export const SECRET = makeSecret(rng);
export const TOKEN = makeSessionToken(rng);
/** Every credential the snippets contain. */
export const PLANTED: readonly string[] = [KEY_ID, TEMP_KEY_ID, SECRET, TOKEN];

export interface Snippet {
  name: string;
  code: string;
  dialect: Dialect;
}

const shapes: [string, Dialect, string][] = [
  // Credentials in code.
  ['key in string', 'esm', `const id = '${KEY_ID}';\nconst secret = '${SECRET}';`],
  ['key split with +', 'esm', `const id = '${KEY_ID.slice(0, 4)}' + '${KEY_ID.slice(4, 11)}' + '${KEY_ID.slice(11)}';`],
  ['key joined', 'esm', `const secretAccessKey = ['${SECRET.slice(0, 10)}', '${SECRET.slice(10)}'].join('');`],
  ['key escaped', 'esm', `const id = '\\u0041${KEY_ID.slice(1)}';`],
  ['key base64', 'esm', `const pair = Buffer.from('${Buffer.from(`${KEY_ID}:${SECRET}`).toString('base64')}', 'base64').toString();`],
  ['key atob', 'esm', `const id = atob('${Buffer.from(KEY_ID).toString('base64')}');`],
  ['key in comment', 'esm', `// aws_access_key_id = ${KEY_ID}\n/* aws_secret_access_key = ${SECRET} */\nexport {};`],
  ['key in jsdoc', 'ts', `/**\n * @example ${KEY_ID}\n */\nexport function f(): void {}`],
  ['key in template', 'ts', `const ini = \`[default]\naws_access_key_id = ${KEY_ID}\naws_secret_access_key = \${process.env.X}\n\`;`],
  ['key in JSON text', 'esm', `const creds = '{"AccessKeyId":"${KEY_ID}","SecretAccessKey":"${SECRET}","SessionToken":"${TOKEN}"}';`],
  ['key in URL', 'esm', `const url = 'https://b.s3.amazonaws.com/k?X-Amz-Credential=${KEY_ID}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request';`],
  ['temporary key and token', 'cjs', `module.exports = { accessKeyId: '${TEMP_KEY_ID}', secretAccessKey: '${SECRET}', sessionToken: '${TOKEN}' };`],
  ['example keys', 'esm', `const a = '${EXAMPLE_KEY_ID}'; const b = '${EXAMPLE_SECRET}';`],
  ['placeholders', 'esm', `const a = '<YOUR_ACCESS_KEY_ID>'; const b = '\${ssm:/x}'; const c = '{{secret}}'; const d = 'AKIA${'X'.repeat(16)}';`],
  ['key regex', 'esm', `const re = /(AKIA|ASIA)[A-Z2-7]{16}/g; const src = new RegExp('(AKIA|ASIA)[A-Z2-7]{16}');`],
  // SDK clients.
  ['v3 credentials literal', 'ts', `import { S3Client } from '@aws-sdk/client-s3';\nconst s3 = new S3Client({ credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });`],
  ['v3 runtime env', 'ts', `import { S3Client } from '@aws-sdk/client-s3';\nexport const s3 = new S3Client({\n  region: 'us-east-1',\n  credentials: {\n    accessKeyId: process.env.AWS_ACCESS_KEY_ID!,\n    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,\n    sessionToken: process.env.AWS_SESSION_TOKEN,\n  },\n});`],
  ['v3 runtime env trailing', 'esm', `import { S3Client as C } from '@aws-sdk/client-s3';\nnew C({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN, }, });`],
  ['v3 spread creds', 'esm', `import * as s3 from '@aws-sdk/client-s3';\nconst base = { accessKeyId: process.env.K, secretAccessKey: process.env.S };\nconst c = new s3.S3Client({ region: 'x', credentials: { ...base } });`],
  ['v3 fromIni', 'ts', `import { fromIni } from '@aws-sdk/credential-providers';\nimport { LambdaClient } from '@aws-sdk/client-lambda';\nconst l = new LambdaClient({ credentials: fromIni({ profile: 'dev' }) });\nexport const handler = async () => l;`],
  ['v2 config.update', 'cjs', `const AWS = require('aws-sdk');\nAWS.config.update({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN, region: 'eu-west-1' });`],
  ['v2 Credentials', 'cjs', `const { Credentials, S3, EnvironmentCredentials } = require('aws-sdk');\nconst c = new Credentials('${KEY_ID}', '${SECRET}');\nconst e = new EnvironmentCredentials('APP');\nnew S3({ credentials: c });`],
  ['v2 clients path', 'esm', `import S3 from 'aws-sdk/clients/s3';\nconst s3 = new S3({ accessKeyId: 'a', secretAccessKey: 'b', endpoint: 'http://localhost:4566' });`],
  // Policies.
  ['raw policy', 'esm', `export const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Allow', Action: ['s3:*'], Resource: ['arn:aws:s3:::b/*'] }, { Effect: 'Deny', Action: '*', Resource: '*' }] };`],
  ['policy NotAction', 'esm', `export const p = { Version: '2012-10-17', Statement: { Effect: 'Allow', NotAction: 'iam:*', NotResource: '*', NotPrincipal: { AWS: 'x' } } };`],
  ['policy from constants', 'ts', `const ALL = '*';\nconst ACTIONS = ['s3:GetObject', ...['dynamodb:*']] as const;\nexport const p = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [...ACTIONS, ALL], Resource: ALL, Principal: { AWS: ALL }, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } } }] } satisfies object;`],
  ['sdk policy JSON', 'ts', `import { IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';\nconst doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] };\nawait new IAMClient({}).send(new PutRolePolicyCommand({ RoleName: 'r', PolicyName: 'p', PolicyDocument: JSON.stringify(doc) }));`],
  ['sdk policy text', 'esm', `import { S3Client, PutBucketPolicyCommand } from '@aws-sdk/client-s3';\nawait new S3Client({}).send(new PutBucketPolicyCommand({ Bucket: 'b', Policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}' }));`],
  ['sdk lambda permission', 'esm', `import { LambdaClient, AddPermissionCommand, CreateFunctionUrlConfigCommand } from '@aws-sdk/client-lambda';\nconst l = new LambdaClient();\nawait l.send(new AddPermissionCommand({ FunctionName: 'f', StatementId: 's', Action: 'lambda:InvokeFunction', Principal: '*' }));\nawait l.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'f', AuthType: 'NONE' }));`],
  // CDK.
  ['cdk namespace', 'ts', `import * as iam from 'aws-cdk-lib/aws-iam';\nimport * as lambda from 'aws-cdk-lib/aws-lambda';\nimport { Stack } from 'aws-cdk-lib';\nexport class S extends Stack {\n  constructor(scope: any, id: string) {\n    super(scope, id);\n    const role = new iam.Role(this, 'R', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });\n    const a = new lambda.Function(this, 'A', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'a.handler', code: lambda.Code.fromAsset('x'), role });\n    const b = new lambda.Function(this, 'B', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'b.handler', code: lambda.Code.fromAsset('x'), role });\n    a.addToRolePolicy(new iam.PolicyStatement({ actions: ['*'], resources: ['*'] }));\n    const s = new iam.PolicyStatement();\n    s.addActions('s3:*');\n    s.addAllResources();\n    s.addAnyPrincipal();\n    b.addToRolePolicy(s);\n    b.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });\n    a.grantInvoke(new iam.AnyPrincipal());\n    a.addPermission('p', { principal: new iam.ArnPrincipal('*') });\n    role.addManagedPolicy(iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess'));\n  }\n}`],
  ['cdk barrel', 'ts', `import { aws_iam as iam, aws_apigateway as apigw, aws_lambda as lambda, Stack } from 'aws-cdk-lib';\nclass S extends Stack {\n  constructor(scope: any, id: string) {\n    super(scope, id);\n    const fn = lambda.Function.fromFunctionName(this, 'F', 'f');\n    const api = new apigw.RestApi(this, 'Api');\n    api.root.addMethod('GET', new apigw.LambdaIntegration(fn));\n    api.root.addResource('x').addMethod('OPTIONS', new apigw.MockIntegration());\n    api.root.addResource('y').addMethod('POST', new apigw.LambdaIntegration(fn), { authorizationType: apigw.AuthorizationType.NONE });\n    new apigw.LambdaRestApi(this, 'P', { handler: fn });\n    iam.PolicyStatement.fromJson({ Effect: 'Allow', Action: '*', Resource: '*' });\n    new apigw.CfnMethod(this, 'M', { httpMethod: 'GET', resourceId: 'r', restApiId: 'a', authorizationType: 'NONE' });\n  }\n}`],
  ['cdk named cjs', 'cjs', `const { PolicyStatement, Effect, AnyPrincipal } = require('aws-cdk-lib/aws-iam');\nconst { CfnUrl, CfnPermission, CfnFunction } = require('aws-cdk-lib/aws-lambda');\nconst { HttpApi, HttpMethod } = require('aws-cdk-lib/aws-apigatewayv2');\nfunction build(scope) {\n  new PolicyStatement({ effect: Effect.ALLOW, actions: ['iam:PassRole'], resources: ['*'] });\n  new CfnUrl(scope, 'U', { targetFunctionArn: 'arn', authType: 'NONE' });\n  new CfnPermission(scope, 'P', { action: 'lambda:InvokeFunction', functionName: 'f', principal: '*' });\n  new CfnFunction(scope, 'A', { role: 'arn:aws:iam::123456789012:role/r', code: {} });\n  new CfnFunction(scope, 'B', { role: 'arn:aws:iam::123456789012:role/r', code: {} });\n  new HttpApi(scope, 'H').addRoutes({ path: '/x', methods: [HttpMethod.GET], integration: undefined });\n}\nmodule.exports = { build };`],
  ['local lookalike', 'ts', `class PolicyStatement { constructor(public o: unknown) {} }\nclass S3Client { constructor(public o: unknown) {} }\nnew PolicyStatement({ actions: ['*'], resources: ['*'] });\nnew S3Client({ credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });`],
  // Handlers and logging.
  ['handler console', 'esm', `export const handler = async (event, context) => {\n  console.log('Processing order ' + event.id);\n  console.log(\`order \${event.id}\`, event);\n  console.log(JSON.stringify(event));\n  console.log({ headers: event.headers, env: process.env });\n  console.log('token', event.headers.authorization);\n  return { statusCode: 200 };\n};`],
  ['handler powertools', 'ts', `import { Logger } from '@aws-lambda-powertools/logger';\nimport { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';\nimport middy from '@middy/core';\nconst logger = new Logger();\nconst base = async (event: { body: string; password: string }) => {\n  logger.info(\`got \${event.body}\`);\n  logger.info('got', { event });\n  logger.debug('pw', { password: event.password });\n  logger.logEventIfEnabled(event, true);\n};\nexport const handler = middy(base).use(injectLambdaContext(logger, { logEvent: true }));\nprocess.env.POWERTOOLS_LOGGER_LOG_EVENT = 'true';`],
  ['handler class decorator', 'ts', `import { Logger } from '@aws-lambda-powertools/logger';\nimport type { LambdaInterface } from '@aws-lambda-powertools/commons/types';\nconst logger = new Logger();\nclass Lambda implements LambdaInterface {\n  @logger.injectLambdaContext({ logEvent: true })\n  public async handler(event: unknown, _context: unknown): Promise<void> {\n    logger.info('ok');\n  }\n}\nconst instance = new Lambda();\nexport const handler = instance.handler.bind(instance);`],
  ['handler pino order', 'esm', `import pino from 'pino';\nconst log = pino();\nexport async function handler(event) {\n  log.info('saved', { id: event.id });\n  log.info({ id: event.id }, 'saved');\n}`],
  ['handler cjs shapes', 'cjs', `async function main(event) { return event; }\nconst run = async (event) => { await db.put(event); };\nexports.handler = run;\nmodule.exports.other = main;\nmodule.exports = { handler: main, main };`],
  ['handler no logging', 'ts', `import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';\nimport type { Handler } from 'aws-lambda';\nconst db = new DynamoDBClient({});\nexport const main: Handler = async (event) => {\n  await db.send(new PutItemCommand({ TableName: 't', Item: {} }));\n};`],
  ['handler adapters', 'esm', `import serverless from 'serverless-http';\nimport express from 'express';\nconst app = express();\nexport const handler = serverless(app);\nexport { app as default };`],
  ['handler wrappers', 'esm', `import * as Sentry from '@sentry/aws-serverless';\nimport { datadog } from 'datadog-lambda-js';\nconst inner = async (event) => { console.log(event); };\nexport const handler = Sentry.wrapHandler(datadog(awslambda.streamifyResponse(inner)));`],
  // Odd input.
  ['empty', 'esm', ''],
  ['only comments', 'ts', '// nothing\n/* at all */'],
  ['shebang', 'cjs', "#!/usr/bin/env node\n'use strict';\nrequire('x');"],
  ['unicode', 'ts', "const ключ = 'значение 🔑';\nexport const 𝒽𝒶𝓃𝒹𝓁𝑒𝓇 = async (ε: unknown) => ({ ключ, ε });\nconst s = '\\u{1F511}\\u0041\\x41';"],
  ['jsx', 'esm', "export const View = ({ id }) => <div title={`id ${id}`} data-key=\"AKIA\">{[1, 2].map((x) => <span key={x}>{x}</span>)}</div>;"],
  ['tsx-ish generics', 'ts', 'const f = <T,>(x: T): T => x;\nexport default f;'],
  ['ts only syntax', 'ts', "declare module 'x' { export const y: number; }\nenum E { A = 'a', B = A.length }\nnamespace N { export const z = 1; }\nabstract class A<T extends object = {}> { abstract m(): void; private constructor(readonly p: T) {} }\nfunction o(a: string): void;\nfunction o(a: number): void;\nfunction o(a: unknown) {}\ntype T = { [K in keyof E]?: E[K] } & Partial<Record<string, never>>;\nlet v = <unknown>null as unknown as string satisfies string;\nimport type { Handler } from 'aws-lambda';\nexport type { Handler };\nimport fs = require('fs');\nexport = fs;"],
  ['decorators', 'ts', "function d(..._: unknown[]) { return (...__: unknown[]) => {}; }\n@d()\nclass C {\n  @d() accessor x = 1;\n  @d() static m(@d() p: string) {}\n  #priv = 1;\n  get g() { return this.#priv; }\n  set g(v) { this.#priv = v; }\n  static { this.m('x'); }\n}"],
  ['with statement', 'cjs', "with (Math) { var r = max(1, 2); }\narguments: for (;;) { break arguments; }\nvar let = 1; var yield = 2;"],
  ['getters and computed', 'esm', "const k = 'accessKeyId';\nconst o = { get [k]() { return 'x'; }, set ['secret' + 'AccessKey'](v) {}, [`${k}2`]: 1, async *[Symbol.iterator]() { yield* []; }, __proto__: null };\nexport default o;"],
  ['modern syntax', 'esm', "label: { break label; }\nconst { a = 1, ...rest } = globalThis?.x ?? {};\nconst big = 10n ** 20n;\nclass P { static #s = 1; static has(o) { return #s in o; } }\nfor await (const x of []) {}\nconst re = /(?<year>\\d{4})-\\k<year>/dgsv;\nusing = 1;\nexport { a as 'string name' };"],
  ['dynamic imports', 'esm', "const m = await import('@aws-sdk/client-' + 's3');\nconst { S3Client } = await import('@aws-sdk/client-s3');\nnew S3Client({ credentials: m.x });\nconst r = require('@aws-sdk/client-s3');\nimport.meta.url;"],
  ['shadowed globals', 'cjs', "function f(require, module, exports, process, console, JSON) {\n  const { S3 } = require('aws-sdk');\n  new S3({ accessKeyId: 'a', secretAccessKey: 'b' });\n  exports.handler = () => console.log(process.env);\n  module.exports = JSON.stringify;\n}"],
  ['reassigned', 'esm', "let ALL = '*';\nALL = 's3:GetObject';\nvar p = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ALL, Resource: ALL }] };\nlet handler = async () => {};\nhandler = null;\nexport { handler };"],
  ['cycles', 'esm', "const a = b;\nconst b = a;\nconst c = c + 1;\nconst o = { x: o };\nconst p = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: a, Resource: o.x }] };"],
  ['weird values', 'ts', "const x = { Version: '2012-10-17', Statement: [null, undefined, 1, 'x', [], {}, { Effect: 1, Action: {}, Resource: [[]] }, ...(null as any)] };\nconst y = { Version: '2012-10-17', Statement: '{not json' };\nconst z = JSON.stringify(undefined);\nconst w = Buffer.from(null as any, 'base64');\nconst v = atob(123 as any);\nconst u = decodeURIComponent('%E0%A4%A');"],
  ['json text odd', 'esm', "const a = '{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}';\nconst b = '{\"Statement\": [' + '{'.repeat(10) + ']}';\nconst c = '[[[[[[[[[[' ;\nconst d = JSON.parse('{\"__proto__\": {\"x\": 1}}');"],
];

export const SNIPPETS: readonly Snippet[] = shapes.map(([name, dialect, code]) => ({ name, dialect, code }));

/**
 * Inputs nested `depth` levels deep, one per shape. The parsers give up (a parse error, not our problem) at
 * different depths per shape; whatever parses must not make a rule recurse off the stack.
 */
export const DEEP_SHAPES: Record<string, (depth: number) => string> = {
  concatenation: (n) => `const s = ${Array.from({ length: n }, (_, i) => `'AKIA${i % 10}'`).join(' + ')};`,
  logical: (n) => `const l = ${Array.from({ length: n }, (_, i) => `v${i}`).join(' || ')};`,
  arrays: (n) => `const a = ${'['.repeat(n)}'*'${']'.repeat(n)};`,
  objects: (n) => `const o = ${'{ Statement: '.repeat(n)}'*'${' }'.repeat(n)};`,
  calls: (n) => `const c = ${'f('.repeat(n)}1${')'.repeat(n)};`,
  members: (n) => `const m = a${'.b'.repeat(n)};`,
  ternaries: (n) => `const t = ${'a ? b : '.repeat(n)}c;`,
  blocks: (n) => `${'{ '.repeat(n)}console.log(event);${' }'.repeat(n)}`,
  ifs: (n) => `export const handler = async (event) => { ${'if (event) '.repeat(n)}console.log(event); };`,
  functions: (n) => `${'function f() { '.repeat(n)}return 1;${' }'.repeat(n)}`,
  templates: (n) => `const t = ${'`${'.repeat(n)}'x'${'}`'.repeat(n)};`,
  spreads: (n) => `const x = ${'[...'.repeat(n)}['*']${']'.repeat(n)};`,
  joins: (n) => `const j = ${'['.repeat(n)}'a'${"].join('')".repeat(n)};`,
  policies: (n) =>
    `export const p = { Version: '2012-10-17', Statement: [${Array.from({ length: n }, (_, i) => `{ Effect: 'Allow', Action: 's${i}:*', Resource: '*' }`).join(', ')}] };`,
};
