// Deterministic, seeded generator of realistic Lambda handler, SDK and CDK source files for the bench and the
// robustness suites. Every shape the rules know (handler export styles, console / Powertools / pino logging,
// SDK v2 and v3 clients with and without credentials, IAM policies as objects, JSON text and CDK statements,
// function URLs, REST and HTTP API methods, shared roles) plus plenty of code no rule cares about.
//
// Credential-shaped strings are built here at run time from a seeded PRNG, never written as literals, so this
// repository holds nothing a secret scanner would flag. Every planted credential is returned in `planted` so the
// tests can check that no lint message ever repeats one.
//
// Usage: `node bench/generate.js [count] [outDir]` writes `count` files (default 100) to `outDir`
// (default bench/.corpus/gen-<count>). The bench imports the functions below.

import { Buffer } from 'node:buffer';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GENERATOR_VERSION = 3;

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness

/** A small, fast, seeded PRNG (mulberry32) with the helpers the generator needs. */
export class Random {
  constructor(seed) {
    this.state = seed >>> 0;
  }

  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability) {
    return this.next() < probability;
  }

  /** `count` characters drawn from `alphabet`. */
  chars(alphabet, count) {
    let out = '';
    for (let index = 0; index < count; index++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  /** A weighted pick: `[[weight, value], …]`. */
  weighted(entries) {
    const total = entries.reduce((sum, [weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [weight, value] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1][1];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Credential-shaped values, assembled at run time

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const BASE32 = UPPER + '234567';
const BASE64 = UPPER + UPPER.toLowerCase() + '0123456789+/';
const ALNUM = UPPER + UPPER.toLowerCase() + '0123456789';
const HEX = '0123456789abcdef';

/** An access key ID: a credential prefix and 16 base32 characters. */
export function makeKeyId(rng, prefix = rng.weighted([[6, 'AK'], [3, 'AS'], [1, 'AB']]) + 'IA') {
  return prefix + rng.chars(BASE32, 16);
}

/** A 40-character secret access key with the entropy of a real one. */
export function makeSecret(rng) {
  for (;;) {
    const secret = rng.chars(BASE64, 40);
    if (/[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9]/.test(secret)) return secret;
  }
}

/** A session-token-shaped base64 blob (the marker at its start is derived, not written). */
export function makeSessionToken(rng) {
  const marker = Buffer.from('!\n\torigin_ec', 'latin1').toString('base64');
  return marker + rng.chars(BASE64, 280);
}

/** AWS's documented example key ID and secret: allowed everywhere, built from parts. */
export const EXAMPLE_KEY_ID = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
export const EXAMPLE_SECRET = ['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCY'].join('/') + 'EXAMPLEKEY';

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

const NOUNS = [
  'order', 'invoice', 'user', 'payment', 'report', 'image', 'thumbnail', 'customer', 'session', 'cart',
  'inventory', 'shipment', 'notification', 'audit', 'export', 'ticket', 'booking', 'account', 'device', 'message',
];
const VERBS = ['create', 'update', 'delete', 'process', 'sync', 'resize', 'notify', 'archive', 'validate', 'publish'];
const FIELDS = ['id', 'total', 'status', 'email', 'createdAt', 'items', 'region', 'owner', 'size', 'priority'];
const SECRET_NAMES = ['password', 'token', 'apiKey', 'authorization', 'secret', 'clientSecret'];
const SAFE_ACTIONS = [
  's3:GetObject', 's3:PutObject', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'sqs:SendMessage',
  'sns:Publish', 'kms:Decrypt', 'secretsmanager:GetSecretValue', 'lambda:InvokeFunction', 'events:PutEvents',
];
const WIDE_ACTIONS = ['*', 's3:*', 'dynamodb:*', 'iam:*', 'kms:*', 'sqs:*'];
const PARTIAL_ACTIONS = ['s3:Get*', 'dynamodb:Batch*', 'kms:ReEncrypt*', 'logs:Describe*'];
const STAR_ONLY_ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'sts:GetCallerIdentity', 'ec2:DescribeInstances'];

const cap = (word) => word[0].toUpperCase() + word.slice(1);

// ---------------------------------------------------------------------------------------------------------------
// Imports, rendered per dialect: 'esm' (.js / .mjs), 'cjs' (.cjs), 'ts' (.ts)

class Imports {
  constructor(dialect) {
    this.dialect = dialect;
    this.modules = new Map();
  }

  entry(module) {
    let entry = this.modules.get(module);
    if (!entry) {
      entry = { named: new Map(), namespace: null, default: null, types: new Set() };
      this.modules.set(module, entry);
    }
    return entry;
  }

  /** Named import; returns the local name. */
  named(module, name, local = name) {
    this.entry(module).named.set(name, local);
    return local;
  }

  namespace(module, local) {
    const entry = this.entry(module);
    entry.namespace ??= local;
    return entry.namespace;
  }

  default(module, local) {
    const entry = this.entry(module);
    entry.default ??= local;
    return entry.default;
  }

  /** `import type` (TS only; nothing elsewhere). */
  type(module, name) {
    if (this.dialect === 'ts') this.entry(module).types.add(name);
    return name;
  }

  render() {
    const lines = [];
    for (const [module, entry] of this.modules) {
      const named = [...entry.named].map(([name, local]) =>
        name === local ? name : this.dialect === 'cjs' ? `${name}: ${local}` : `${name} as ${local}`,
      );
      if (this.dialect === 'cjs') {
        if (entry.namespace) lines.push(`const ${entry.namespace} = require('${module}');`);
        if (entry.default) lines.push(`const ${entry.default} = require('${module}');`);
        if (named.length > 0) lines.push(`const { ${named.join(', ')} } = require('${module}');`);
        continue;
      }
      if (entry.types.size > 0) lines.push(`import type { ${[...entry.types].join(', ')} } from '${module}';`);
      if (entry.namespace) lines.push(`import * as ${entry.namespace} from '${module}';`);
      if (entry.default && named.length > 0) {
        lines.push(`import ${entry.default}, { ${named.join(', ')} } from '${module}';`);
      } else if (entry.default) {
        lines.push(`import ${entry.default} from '${module}';`);
      } else if (named.length > 0) {
        lines.push(`import { ${named.join(', ')} } from '${module}';`);
      }
    }
    return lines.join('\n');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Noise: code no rule cares about (and look-alikes that must stay quiet)

function noiseFunction(rng, ctx, index) {
  const noun = rng.pick(NOUNS);
  const name = `${rng.pick(VERBS)}${cap(noun)}${index}`;
  const ts = ctx.dialect === 'ts';
  const param = ts ? `input: Record<string, unknown>` : 'input';
  const kind = rng.int(0, 9);
  switch (kind) {
    case 0:
      return `function ${name}(${param}) {
  const result = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    result[key.trim().toLowerCase()] = typeof value === 'string' ? value.trim() : value;
  }
  return result;
}`.replace('const result = {};', ts ? 'const result: Record<string, unknown> = {};' : 'const result = {};');
    case 1:
      return `const ${name} = (${ts ? 'items: number[]' : 'items'}) =>
  items
    .filter((item) => Number.isFinite(item))
    .map((item) => Math.round(item * ${rng.int(2, 100)}) / 100)
    .reduce((sum, item) => sum + item, 0);`;
    case 2:
      return `function ${name}(${ts ? 'value: string' : 'value'}) {
  // Validate the ${noun} reference before it reaches the table.
  if (!/^[a-z0-9-]{1,${rng.int(16, 64)}}$/.test(value)) {
    throw new Error('Invalid ${noun} reference');
  }
  return value.split('-').map((part) => part.slice(0, 1).toUpperCase() + part.slice(1)).join('');
}`;
    case 3:
      return `const ${name}Defaults = {
  retries: ${rng.int(1, 5)},
  timeoutMs: ${rng.int(100, 30000)},
  integrity: 'sha512-${rng.chars(BASE64, 86)}==',
  commit: '${rng.chars(HEX, 40)}',
  traceId: '${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-${rng.chars(HEX, 4)}-${rng.chars(HEX, 4)}-${rng.chars(HEX, 12)}',
  labels: [${Array.from({ length: rng.int(2, 8) }, () => `'${rng.pick(NOUNS)}'`).join(', ')}],
};`;
    case 4:
      return `async function ${name}(${ts ? 'ids: string[], load: (id: string) => Promise<unknown>' : 'ids, load'}) {
  const results = [];
  for (const id of ids) {
    try {
      results.push(await load(id));
    } catch (error) {
      results.push({ id, failed: true, reason: String(error) });
    }
  }
  return results;
}`;
    case 5:
      return `/**
 * ${cap(rng.pick(VERBS))}s a ${noun}. Keeps the ${rng.pick(FIELDS)} and ${rng.pick(FIELDS)} fields stable so
 * downstream consumers can rely on them. See the runbook for the ${noun} pipeline.
 */
function ${name}(${ts ? 'record: { [key: string]: unknown }, now = new Date()' : 'record, now = new Date()'}) {
  switch (record.status) {
    case 'NEW':
      return { ...record, status: 'PENDING', updatedAt: now.toISOString() };
    case 'PENDING':
      return { ...record, status: 'DONE', updatedAt: now.toISOString() };
    default:
      return record;
  }
}`;
    case 6:
      return `class ${cap(name)}Cache {
  ${ts ? 'private readonly entries = new Map<string, { value: unknown; expires: number }>();' : 'entries = new Map();'}
  get(${ts ? 'key: string' : 'key'}) {
    const entry = this.entries.get(key);
    if (!entry || entry.expires < Date.now()) return undefined;
    return entry.value;
  }
  set(${ts ? 'key: string, value: unknown, ttl = 60_000' : 'key, value, ttl = 60_000'}) {
    this.entries.set(key, { value, expires: Date.now() + ttl });
  }
}`;
    case 7:
      return `const ${name}Table = [${Array.from({ length: rng.int(8, 40) }, () => rng.int(0, 65535)).join(', ')}];`;
    case 8:
      return `const ${name}Template = \`<section class="${noun}">
  <h1>\${${ts ? '(globalThis as { title?: string }).title' : 'globalThis.title'} ?? '${cap(noun)}'}</h1>
  <img src="data:image/png;base64,${rng.chars(BASE64, rng.int(40, 160))}=" alt="">
</section>\`;`;
    default:
      return `export function ${name}(${ts ? 'a: number, b: number' : 'a, b'}) {
  const ratio = b === 0 ? 0 : a / b;
  return ratio > ${rng.int(1, 9)} ? 'high' : ratio > 0.5 ? 'medium' : 'low';
}`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Credentials in code

/** Indent every line after the first. */
function indent(text, prefix) {
  return text.replace(/\n/g, `\n${prefix}`);
}

/** The expression of a credentials pair for a client config, plus whether it plants a key. */
function credentialProps(rng, ctx) {
  const style = rng.weighted([
    [4, 'runtime-env'],
    [2, 'runtime-env-token'],
    [2, 'custom-env'],
    [1, 'literal'],
    [1, 'split'],
    [1, 'example'],
    [1, 'placeholder'],
    [1, 'sts'],
  ]);
  const bang = ctx.dialect === 'ts' ? '!' : '';
  switch (style) {
    case 'runtime-env':
      return `accessKeyId: process.env.AWS_ACCESS_KEY_ID${bang},\nsecretAccessKey: process.env.AWS_SECRET_ACCESS_KEY${bang},`;
    case 'runtime-env-token':
      return `accessKeyId: process.env.AWS_ACCESS_KEY_ID${bang},\nsecretAccessKey: process.env.AWS_SECRET_ACCESS_KEY${bang},\nsessionToken: process.env.AWS_SESSION_TOKEN,`;
    case 'custom-env':
      return `accessKeyId: process.env.${rng.pick(NOUNS).toUpperCase()}_KEY_ID${bang},\nsecretAccessKey: process.env.${rng.pick(NOUNS).toUpperCase()}_SECRET${bang},`;
    case 'literal': {
      const id = ctx.plant(makeKeyId(rng));
      const secret = ctx.plant(makeSecret(rng));
      return `accessKeyId: '${id}',\nsecretAccessKey: '${secret}',`;
    }
    case 'split': {
      const id = ctx.plant(makeKeyId(rng));
      const secret = ctx.plant(makeSecret(rng));
      return `accessKeyId: '${id.slice(0, 4)}' + '${id.slice(4)}',\nsecretAccessKey: ['${secret.slice(0, 20)}', '${secret.slice(20)}'].join(''),`;
    }
    case 'example':
      return `accessKeyId: '${EXAMPLE_KEY_ID}',\nsecretAccessKey: '${EXAMPLE_SECRET}',`;
    case 'placeholder':
      return `accessKeyId: '<YOUR_ACCESS_KEY_ID>',\nsecretAccessKey: '\${ssm:/app/secret}',`;
    default:
      return `accessKeyId: assumed.Credentials${ctx.dialect === 'ts' ? '!' : ''}.AccessKeyId,\nsecretAccessKey: assumed.Credentials${ctx.dialect === 'ts' ? '!' : ''}.SecretAccessKey,\nsessionToken: assumed.Credentials${ctx.dialect === 'ts' ? '!' : ''}.SessionToken,`;
  }
}

function credentialComment(rng, ctx) {
  const id = ctx.plant(makeKeyId(rng));
  const secret = ctx.plant(makeSecret(rng));
  return rng.pick([
    `// local testing: aws_access_key_id = ${id}\n// aws_secret_access_key = ${secret}`,
    `/*\n * [default]\n * aws_access_key_id=${id}\n * aws_secret_access_key=${secret}\n */`,
    `/** Deploy user key ${id} (rotate after the migration). */`,
  ]);
}

// ---------------------------------------------------------------------------------------------------------------
// Policies

function actionList(rng) {
  const count = rng.int(1, 4);
  const actions = new Set();
  for (let index = 0; index < count; index++) {
    actions.add(
      rng.weighted([
        [8, () => rng.pick(SAFE_ACTIONS)],
        [2, () => rng.pick(WIDE_ACTIONS)],
        [2, () => rng.pick(PARTIAL_ACTIONS)],
        [1, () => rng.pick(STAR_ONLY_ACTIONS)],
      ])(),
    );
  }
  return [...actions];
}

function resourceValue(rng, noun) {
  return rng.weighted([
    [3, `'*'`],
    [3, `'arn:aws:s3:::${noun}-bucket/*'`],
    [2, `'arn:aws:dynamodb:us-east-1:123456789012:table/${cap(noun)}s'`],
    [2, `\`arn:aws:sqs:\${region}:\${account}:${noun}-queue\``],
    [1, `'arn:aws:logs:*:*:log-group:/aws/lambda/${noun}:*'`],
  ]);
}

/** A raw IAM policy document object literal. */
function policyObject(rng, indent = '') {
  const statements = Array.from({ length: rng.int(1, 3) }, () => {
    const noun = rng.pick(NOUNS);
    const effect = rng.weighted([
      [5, `Effect: 'Allow', `],
      [1, `Effect: 'Deny', `],
      [1, ''],
    ]);
    const actions = actionList(rng);
    const key = rng.chance(0.1) ? 'NotAction' : 'Action';
    const action = actions.length === 1 && rng.chance(0.5) ? `'${actions[0]}'` : `[${actions.map((a) => `'${a}'`).join(', ')}]`;
    const condition = rng.chance(0.2) ? `, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-${rng.chars(HEX, 10)}' } }` : '';
    const principal = rng.chance(0.15) ? `, Principal: ${rng.pick([`'*'`, `{ AWS: '*' }`, `{ Service: 'lambda.amazonaws.com' }`])}` : '';
    return `${indent}    { ${effect}${key}: ${action}, Resource: ${resourceValue(rng, noun)}${principal}${condition} }`;
  });
  return `{\n${indent}  Version: '2012-10-17',\n${indent}  Statement: [\n${statements.join(',\n')},\n${indent}  ],\n${indent}}`;
}

/** The same policy as JSON text inside a string literal. */
function policyJsonText(rng) {
  const actions = actionList(rng);
  const doc = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: rng.chance(0.85) ? 'Allow' : 'Deny',
        Principal: rng.pick(['*', { AWS: '*' }, { AWS: 'arn:aws:iam::123456789012:root' }]),
        Action: actions,
        Resource: rng.pick(['*', `arn:aws:s3:::${rng.pick(NOUNS)}-bucket/*`]),
      },
    ],
  };
  return JSON.stringify(doc).replace(/'/g, "\\'");
}

// ---------------------------------------------------------------------------------------------------------------
// Handler files

function loggerSetup(rng, ctx) {
  const kind = rng.weighted([
    [5, 'console'],
    [4, 'powertools'],
    [2, 'pino'],
    [1, 'none'],
  ]);
  if (kind === 'powertools') {
    const Logger = ctx.imports.named('@aws-lambda-powertools/logger', 'Logger');
    return { kind, setup: `const logger = new ${Logger}({ serviceName: '${rng.pick(NOUNS)}-service' });`, name: 'logger' };
  }
  if (kind === 'pino') {
    const pino = ctx.imports.default('pino', 'pino');
    return { kind, setup: `const log = ${pino}({ level: process.env.LOG_LEVEL ?? 'info' });`, name: 'log' };
  }
  return { kind, setup: '', name: 'console' };
}

function logStatement(rng, logger, vars) {
  const id = vars.id;
  const noun = vars.noun;
  if (logger.kind === 'none') return '';
  if (logger.kind === 'console') {
    return rng.pick([
      `console.log('Processing ${noun} ' + ${id});`,
      `console.log(\`${noun} \${${id}} stored\`);`,
      `console.log('${noun}', ${id});`,
      `console.log(JSON.stringify({ message: '${noun} stored', ${id} }));`,
      `console.log({ level: 'info', message: '${noun} stored', ${id} });`,
      `console.log('Received event', JSON.stringify(event));`,
      `console.log(event);`,
      `console.log('headers', event.headers);`,
      `console.info('${cap(noun)} done');`,
      `console.log(JSON.stringify({ path: event.path, method: event.httpMethod }));`,
      `console.debug(process.env);`,
      `console.log({ ${rng.pick(SECRET_NAMES)}: ${id} });`,
    ]);
  }
  const l = logger.name;
  if (logger.kind === 'powertools') {
    return rng.pick([
      `${l}.info('${noun} stored', { ${id} });`,
      `${l}.info(\`${noun} \${${id}} stored\`);`,
      `${l}.debug('event', { event });`,
      `${l}.appendKeys({ ${id} });`,
      `${l}.warn('${noun} retry', { attempt: 1, ${id} });`,
      `${l}.logEventIfEnabled(event, true);`,
      `${l}.error('failed', { body: event.body });`,
      `${l}.info('${noun} done');`,
    ]);
  }
  return rng.pick([
    `${l}.info({ ${id} }, '${noun} stored');`,
    `${l}.info('${noun} stored', { ${id} });`,
    `${l}.warn({ headers: event.headers }, 'suspicious');`,
    `${l}.info('${noun} done');`,
  ]);
}

function sdkV3Client(rng, ctx) {
  const service = rng.weighted([
    [4, ['@aws-sdk/client-s3', 'S3Client', ['GetObjectCommand', 'PutObjectCommand'], `{ Bucket: process.env.BUCKET, Key: key }`]],
    [3, ['@aws-sdk/client-dynamodb', 'DynamoDBClient', ['GetItemCommand', 'PutItemCommand'], `{ TableName: process.env.TABLE, Key: { pk: { S: key } } }`]],
    [2, ['@aws-sdk/client-sqs', 'SQSClient', ['SendMessageCommand'], `{ QueueUrl: process.env.QUEUE_URL, MessageBody: JSON.stringify({ key }) }`]],
    [1, ['@aws-sdk/client-lambda', 'LambdaClient', ['InvokeCommand'], `{ FunctionName: process.env.TARGET, Payload: Buffer.from(JSON.stringify({ key })) }`]],
  ]);
  const [module, clientName, commands, input] = service;
  const namespaceStyle = rng.chance(0.15);
  let Client;
  let Command;
  if (namespaceStyle) {
    const ns = ctx.imports.namespace(module, module.split('-').pop().replace(/[^a-z0-9]/g, '') + 'Sdk');
    Client = `${ns}.${clientName}`;
    Command = `${ns}.${rng.pick(commands)}`;
  } else {
    Client = ctx.imports.named(module, clientName);
    Command = ctx.imports.named(module, rng.pick(commands));
  }
  const variable = clientName[0].toLowerCase() + clientName.slice(1).replace('Client', '') + 'Client';
  const config = rng.weighted([
    [6, `{ region: process.env.AWS_REGION }`],
    [2, `{}`],
    [3, `{\n  region: 'us-east-1',\n  credentials: {\n    ${indent(credentialProps(rng, ctx), '    ')}\n  },\n}`],
    [1, `{ credentials: ${ctx.imports.named('@aws-sdk/credential-providers', rng.pick(['fromIni', 'fromSSO', 'fromEnv', 'fromNodeProviderChain', 'fromProcess']))}(${rng.chance(0.5) ? `{ profile: '${rng.pick(['dev', 'prod', 'default'])}' }` : ''}) }`],
    [1, `{\n  endpoint: 'http://localhost:4566',\n  credentials: { accessKeyId: 'test', secretAccessKey: 'test' },\n}`],
  ]);
  return {
    setup: `const ${variable} = new ${Client}(${config});`,
    call: `await ${variable}.send(new ${Command}(${input}));`,
  };
}

function sdkV2Client(rng, ctx) {
  const AWS = ctx.dialect === 'cjs' ? ctx.imports.namespace('aws-sdk', 'AWS') : ctx.imports.default('aws-sdk', 'AWS');
  const service = rng.pick([
    ['S3', `getObject({ Bucket: process.env.BUCKET, Key: key })`],
    ['SQS', `sendMessage({ QueueUrl: process.env.QUEUE_URL, MessageBody: key })`],
    ['DynamoDB.DocumentClient', `get({ TableName: process.env.TABLE, Key: { pk: key } })`],
  ]);
  const variable = service[0].split('.').pop()[0].toLowerCase() + 'v2';
  const setup = [];
  if (rng.chance(0.3)) {
    setup.push(`${AWS}.config.update({\n  region: 'eu-west-1',\n  ${rng.chance(0.5) ? indent(credentialProps(rng, ctx), '  ') : 'maxRetries: 3,'}\n});`);
  }
  if (rng.chance(0.1)) setup.push(`const envCredentials = new ${AWS}.EnvironmentCredentials('${rng.pick(['AWS', 'APP', 'LEGACY'])}');`);
  const config = rng.chance(0.3) ? `{\n  ${indent(credentialProps(rng, ctx), '  ')}\n}` : `{ apiVersion: 'latest' }`;
  setup.push(`const ${variable} = new ${AWS}.${service[0]}(${config});`);
  return { setup: setup.join('\n'), call: `await ${variable}.${service[1]}.promise();` };
}

function iamSdkCall(rng, ctx) {
  const IAMClient = ctx.imports.named('@aws-sdk/client-iam', 'IAMClient');
  const command = rng.pick(['PutRolePolicyCommand', 'CreatePolicyCommand', 'PutUserPolicyCommand']);
  const Command = ctx.imports.named('@aws-sdk/client-iam', command);
  const nameKey = command === 'CreatePolicyCommand' ? 'PolicyName' : command === 'PutUserPolicyCommand' ? 'UserName' : 'RoleName';
  return {
    setup: `const iamClient = new ${IAMClient}({});\nconst region = process.env.AWS_REGION;\nconst account = process.env.ACCOUNT_ID;\nconst policyDocument = ${policyObject(rng)};`,
    call: `await iamClient.send(new ${Command}({ ${nameKey}: 'generated-${rng.pick(NOUNS)}', ${command === 'CreatePolicyCommand' ? '' : "PolicyName: 'inline', "}PolicyDocument: JSON.stringify(policyDocument) }));`,
  };
}

function s3PolicyCall(rng, ctx) {
  const S3Client = ctx.imports.named('@aws-sdk/client-s3', 'S3Client');
  const Put = ctx.imports.named('@aws-sdk/client-s3', 'PutBucketPolicyCommand');
  return {
    setup: `const policyS3 = new ${S3Client}({});`,
    call: `await policyS3.send(new ${Put}({ Bucket: process.env.BUCKET, Policy: '${policyJsonText(rng)}' }));`,
  };
}

function lambdaSdkCall(rng, ctx) {
  const LambdaClient = ctx.imports.named('@aws-sdk/client-lambda', 'LambdaClient');
  const kind = rng.int(0, 2);
  const name = ['CreateFunctionUrlConfigCommand', 'AddPermissionCommand', 'CreateFunctionCommand'][kind];
  const Command = ctx.imports.named('@aws-sdk/client-lambda', name);
  const input = [
    `{ FunctionName: process.env.TARGET, AuthType: '${rng.pick(['NONE', 'AWS_IAM'])}' }`,
    `{ FunctionName: process.env.TARGET, StatementId: 'invoke', Action: 'lambda:InvokeFunction', Principal: '${rng.pick(['*', 's3.amazonaws.com'])}' }`,
    `{ FunctionName: 'worker', Role: 'arn:aws:iam::123456789012:role/${rng.pick(['shared', 'worker'])}-role', Runtime: 'nodejs20.x', Handler: 'index.handler', Code: { ZipFile: new Uint8Array() } }`,
  ][kind];
  return { setup: `const lambdaControl = new ${LambdaClient}({});`, call: `await lambdaControl.send(new ${Command}(${input}));` };
}

function handlerBody(rng, ctx, logger, calls) {
  const noun = rng.pick(NOUNS);
  const vars = { id: `${noun}Id`, noun };
  const ts = ctx.dialect === 'ts';
  const lines = [];
  lines.push(`const body = JSON.parse(event.body ?? '{}')${ts ? ' as { id?: string; key?: string }' : ''};`);
  lines.push(`const ${vars.id} = body.id ?? event.pathParameters?.id;`);
  lines.push(`const key = body.key ?? \`${noun}s/\${${vars.id}}.json\`;`);
  if (logger.kind !== 'none' && rng.chance(0.7)) lines.push(logStatement(rng, logger, vars));
  if (rng.chance(0.3)) lines.push(`const ${rng.pick(SECRET_NAMES)} = event.headers?.authorization;`);
  for (const call of calls) {
    lines.push(call);
    if (logger.kind !== 'none' && rng.chance(0.5)) lines.push(logStatement(rng, logger, vars));
  }
  if (rng.chance(0.4)) {
    lines.push(`if (!${vars.id}) {`);
    lines.push(`  ${logger.kind === 'none' ? '' : logStatement(rng, logger, vars)}`);
    lines.push(`  return { statusCode: 400, body: JSON.stringify({ message: 'missing id' }) };`);
    lines.push(`}`);
  }
  lines.push(`return { statusCode: 200, body: JSON.stringify({ ${vars.id}, ok: true }) };`);
  return lines.filter(Boolean).map((line) => `  ${line}`).join('\n');
}

function declaredNames(code) {
  return [...code.matchAll(/\b(?:const|let|var) (\w+) =/g)].map((match) => match[1]);
}

function handlerFile(rng, ctx) {
  const ts = ctx.dialect === 'ts';
  const cjs = ctx.dialect === 'cjs';
  const parts = [];
  const logger = loggerSetup(rng, ctx);
  const setups = [];
  const calls = [];
  const declared = new Set();
  const clientCount = rng.int(0, 3);
  for (let index = 0; index < clientCount; index++) {
    const client = rng.weighted([
      [6, sdkV3Client],
      [3, sdkV2Client],
      [1, iamSdkCall],
      [1, s3PolicyCall],
      [1, lambdaSdkCall],
    ])(rng, ctx);
    const names = declaredNames(client.setup);
    if (names.some((name) => declared.has(name))) continue;
    for (const name of names) declared.add(name);
    setups.push(client.setup);
    calls.push(client.call);
  }
  if (rng.chance(0.05)) parts.push(credentialComment(rng, ctx));
  if (logger.setup) parts.push(logger.setup);
  if (setups.some((setup) => setup.includes('assumed.'))) {
    parts.push(`const assumed = ${ts ? '(globalThis as any)' : 'globalThis'}.assumedRole ?? { Credentials: {} };`);
  }
  parts.push(...setups);
  if (rng.chance(0.05)) parts.push(`process.env.POWERTOOLS_LOGGER_LOG_EVENT = 'true';`);
  for (let index = 0; index < rng.int(0, 3); index++) parts.push(noiseFunction(rng, ctx, index));

  const eventType = ts ? `: ${ctx.imports.type('aws-lambda', 'APIGatewayProxyEvent')}` : '';
  const contextType = ts ? `: ${ctx.imports.type('aws-lambda', 'Context')}` : '';
  const body = handlerBody(rng, ctx, logger, calls);
  const shape = rng.weighted(
    cjs
      ? [
          [4, 'exports'],
          [2, 'module-exports-prop'],
          [2, 'module-exports-object'],
          [1, 'hop'],
        ]
      : [
          [4, 'const'],
          [3, 'function'],
          [2, 'renamed'],
          [logger.kind === 'powertools' ? 2 : 0, 'middy'],
          [logger.kind === 'powertools' && ts ? 2 : 0, 'class'],
          [ts ? 1 : 0, 'typed-main'],
          [1, 'default'],
        ],
  );
  switch (shape) {
    case 'exports':
      parts.push(`exports.handler = async (event, context) => {\n${body}\n};`);
      break;
    case 'module-exports-prop':
      parts.push(`module.exports.handler = async function (event) {\n${body}\n};`);
      break;
    case 'module-exports-object':
      parts.push(`async function handler(event, context) {\n${body}\n}\n\nmodule.exports = { handler };`);
      break;
    case 'hop':
      parts.push(`const run = async (event) => {\n${body}\n};\nexports.handler = run;`);
      break;
    case 'const':
      parts.push(`export const handler = async (event${eventType}, context${contextType}) => {\n${body}\n};`);
      break;
    case 'function':
      parts.push(`export async function handler(event${eventType}) {\n${body}\n}`);
      break;
    case 'renamed':
      parts.push(`const main = async (event${eventType}) => {\n${body}\n};\n\nexport { main as handler };`);
      break;
    case 'middy': {
      const middy = ctx.imports.default('@middy/core', 'middy');
      const inject = ctx.imports.named('@aws-lambda-powertools/logger/middleware', 'injectLambdaContext');
      const logEvent = rng.chance(0.3) ? ', { logEvent: true }' : '';
      parts.push(`const baseHandler = async (event${eventType}) => {\n${body}\n};\n\nexport const handler = ${middy}(baseHandler).use(${inject}(logger${logEvent}));`);
      break;
    }
    case 'class': {
      const LambdaInterface = ctx.imports.type('@aws-lambda-powertools/commons/types', 'LambdaInterface');
      parts.push(`class Lambda implements ${LambdaInterface} {
  @logger.injectLambdaContext(${rng.chance(0.3) ? '{ logEvent: true }' : ''})
  public async handler(event${eventType}, _context${contextType}) {
${body.replace(/^/gm, '  ')}
  }
}

const handlerClass = new Lambda();
export const handler = handlerClass.handler.bind(handlerClass);`);
      break;
    }
    case 'typed-main': {
      const Handler = ctx.imports.type('aws-lambda', 'Handler');
      parts.push(`export const main: ${Handler} = async (event) => {\n${body}\n};`);
      break;
    }
    default:
      parts.push(`export default async function (event) {\n${body}\n}`);
  }
  return parts;
}

// ---------------------------------------------------------------------------------------------------------------
// CDK files

function cdkFile(rng, ctx) {
  const ts = ctx.dialect === 'ts';
  const style = rng.pick(['namespace', 'named', 'barrel']);
  const im = ctx.imports;
  /** `ref('aws-iam', 'PolicyStatement')` in the chosen import style. */
  const aliases = { 'aws-iam': 'iam', 'aws-lambda': 'lambda', 'aws-apigateway': 'apigw', 'aws-apigatewayv2': 'apigwv2', 'aws-lambda-nodejs': 'nodejs', 'aws-dynamodb': 'dynamodb' };
  const ref = (submodule, name) => {
    if (style === 'namespace') return `${im.namespace(`aws-cdk-lib/${submodule}`, aliases[submodule])}.${name}`;
    if (style === 'barrel') {
      return `${im.named('aws-cdk-lib', submodule.replace(/-/g, '_'), aliases[submodule])}.${name}`;
    }
    const local = name === 'Function' ? 'LambdaFunction' : name;
    return im.named(`aws-cdk-lib/${submodule}`, name, local);
  };
  const Stack = im.named('aws-cdk-lib', 'Stack');
  const Duration = im.named('aws-cdk-lib', 'Duration');
  if (ts) {
    im.type('constructs', 'Construct');
    im.type('aws-cdk-lib', 'StackProps');
  }
  const lines = [];
  const functions = [];
  const sharedRole = rng.chance(0.4);
  if (sharedRole || rng.chance(0.3)) {
    lines.push(`const role = new ${ref('aws-iam', 'Role')}(this, 'FunctionsRole', {
  assumedBy: new ${ref('aws-iam', 'ServicePrincipal')}('lambda.amazonaws.com'),
  managedPolicies: [${ref('aws-iam', 'ManagedPolicy')}.fromAwsManagedPolicyName('${rng.pick(['service-role/AWSLambdaBasicExecutionRole', 'AdministratorAccess', 'ReadOnlyAccess', 'PowerUserAccess'])}')],
});`);
  }
  const functionCount = rng.int(1, 4);
  const table = rng.chance(0.5);
  if (table) {
    lines.push(`const table = new ${ref('aws-dynamodb', 'Table')}(this, 'Table', {
  partitionKey: { name: 'pk', type: ${ref('aws-dynamodb', 'AttributeType')}.STRING },
});`);
  }
  for (let index = 0; index < functionCount; index++) {
    const noun = rng.pick(NOUNS);
    const variable = `${noun}Fn${index}`;
    functions.push(variable);
    const useRole = sharedRole || rng.chance(0.2) ? `\n  role: role,` : '';
    const env = rng.chance(0.2)
      ? `\n  environment: { POWERTOOLS_LOGGER_LOG_EVENT: 'true', TABLE: ${table ? 'table.tableName' : "'t'"} },`
      : table
        ? `\n  environment: { TABLE: table.tableName },`
        : '';
    if (rng.chance(0.3)) {
      lines.push(`const ${variable} = new ${ref('aws-lambda-nodejs', 'NodejsFunction')}(this, '${cap(noun)}${index}', {
  entry: 'functions/${noun}.ts',
  timeout: ${Duration}.seconds(${rng.int(3, 30)}),${useRole.replace('role: role', 'role')}${env}
});`);
    } else {
      lines.push(`const ${variable} = new ${ref('aws-lambda', 'Function')}(this, '${cap(noun)}${index}', {
  runtime: ${ref('aws-lambda', 'Runtime')}.NODEJS_20_X,
  handler: '${noun}.handler',
  code: ${ref('aws-lambda', 'Code')}.fromAsset('functions'),${useRole}${env}
});`);
    }
    if (table && rng.chance(0.5)) lines.push(`table.grantReadWriteData(${variable});`);
    if (rng.chance(0.5)) {
      const actions = actionList(rng);
      const effect = rng.chance(0.15) ? `\n    effect: ${ref('aws-iam', 'Effect')}.DENY,` : '';
      const resources = rng.weighted([
        [3, `['*']`],
        [3, table ? `[table.tableArn]` : `['arn:aws:s3:::${noun}-bucket/*']`],
        [1, `[\`arn:aws:sqs:\${this.region}:\${this.account}:${noun}\`]`],
      ]);
      const conditions = rng.chance(0.15) ? `\n    conditions: { StringEquals: { 'aws:SourceAccount': this.account } },` : '';
      lines.push(`${variable}.addToRolePolicy(
  new ${ref('aws-iam', 'PolicyStatement')}({${effect}
    actions: [${actions.map((action) => `'${action}'`).join(', ')}],
    resources: ${resources},${conditions}
  }),
);`);
    }
    if (rng.chance(0.2)) {
      lines.push(`const statement${index} = new ${ref('aws-iam', 'PolicyStatement')}();
statement${index}.addActions('${rng.pick([...SAFE_ACTIONS, ...WIDE_ACTIONS])}');
statement${index}.${rng.chance(0.5) ? 'addAllResources()' : `addResources('arn:aws:sns:us-east-1:123456789012:${noun}')`};
${variable}.addToRolePolicy(statement${index});`);
    }
    if (rng.chance(0.3)) {
      lines.push(
        rng.pick([
          `${variable}.addFunctionUrl({ authType: ${ref('aws-lambda', 'FunctionUrlAuthType')}.NONE });`,
          `${variable}.addFunctionUrl({ authType: ${ref('aws-lambda', 'FunctionUrlAuthType')}.AWS_IAM });`,
          `${variable}.addFunctionUrl();`,
          `${variable}.addFunctionUrl({ authType: ${ref('aws-lambda', 'FunctionUrlAuthType')}.NONE, cors: { allowedOrigins: ['*'] } });`,
        ]),
      );
    }
    if (rng.chance(0.2)) {
      lines.push(
        rng.pick([
          `${variable}.grantInvoke(new ${ref('aws-iam', 'AnyPrincipal')}());`,
          `${variable}.grantInvoke(new ${ref('aws-iam', 'ServicePrincipal')}('events.amazonaws.com'));`,
          `${variable}.addPermission('Invoke${index}', { principal: new ${ref('aws-iam', 'AnyPrincipal')}() });`,
          `${variable}.addPermission('Invoke${index}', {\n  principal: new ${ref('aws-iam', 'ServicePrincipal')}('s3.amazonaws.com'),\n  sourceAccount: this.account,\n});`,
        ]),
      );
    }
  }
  if (rng.chance(0.5)) {
    const auth = rng.weighted([
      [2, ''],
      [1, `, {\n  defaultMethodOptions: { authorizationType: ${ref('aws-apigateway', 'AuthorizationType')}.IAM },\n}`],
    ]);
    lines.push(`const api = new ${ref('aws-apigateway', 'RestApi')}(this, 'Api'${auth});`);
    for (const [index, fn] of functions.entries()) {
      const resource = `resource${index}`;
      lines.push(`const ${resource} = api.root.addResource('${rng.pick(NOUNS)}s');`);
      const method = rng.pick(['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'ANY']);
      const options = rng.weighted([
        [3, ''],
        [1, `, { authorizationType: ${ref('aws-apigateway', 'AuthorizationType')}.NONE }`],
        [2, `, { authorizationType: ${ref('aws-apigateway', 'AuthorizationType')}.IAM }`],
        [1, `, { apiKeyRequired: true }`],
      ]);
      lines.push(`${resource}.addMethod('${method}', new ${ref('aws-apigateway', 'LambdaIntegration')}(${fn})${options});`);
    }
  }
  if (rng.chance(0.15)) {
    lines.push(`new ${ref('aws-apigateway', 'LambdaRestApi')}(this, 'ProxyApi', { handler: ${functions[0]}${rng.chance(0.5) ? '' : `, defaultMethodOptions: { authorizationType: ${ref('aws-apigateway', 'AuthorizationType')}.IAM }`} });`);
  }
  if (rng.chance(0.15)) {
    const HttpApi = ref('aws-apigatewayv2', 'HttpApi');
    const HttpMethod = ref('aws-apigatewayv2', 'HttpMethod');
    const Integration = im.named('aws-cdk-lib/aws-apigatewayv2-integrations', 'HttpLambdaIntegration');
    lines.push(`const httpApi = new ${HttpApi}(this, 'HttpApi');
httpApi.addRoutes({
  path: '/${rng.pick(NOUNS)}s',
  methods: [${HttpMethod}.GET],
  integration: new ${Integration}('Integration', ${functions[functions.length - 1]}),
});`);
  }
  if (rng.chance(0.1)) {
    lines.push(`new ${ref('aws-iam', 'PolicyDocument')}({
  statements: [${ref('aws-iam', 'PolicyStatement')}.fromJson(${policyObject(rng, '  ')})],
});`);
  }
  const className = `${cap(rng.pick(NOUNS))}Stack`;
  const body = lines.join('\n\n').replace(/^(?=.)/gm, '    ');
  const signature = ts ? 'scope: Construct, id: string, props?: StackProps' : 'scope, id, props';
  const klass = `class ${className} extends ${Stack} {
  constructor(${signature}) {
    super(scope, id, props);

${body}
  }
}`;
  const parts = [];
  for (let index = 0; index < rng.int(0, 2); index++) parts.push(noiseFunction(rng, ctx, index));
  parts.push(ctx.dialect === 'cjs' ? `${klass}\n\nmodule.exports = { ${className} };` : `export ${klass}`);
  return parts;
}

// ---------------------------------------------------------------------------------------------------------------
// Plain modules (no AWS at all) and config-ish modules

function utilityFile(rng, ctx) {
  const parts = [];
  if (rng.chance(0.3)) ctx.imports.named('node:crypto', 'createHash');
  if (rng.chance(0.3)) ctx.imports.named('node:path', 'join');
  for (let index = 0; index < rng.int(2, 7); index++) parts.push(noiseFunction(rng, ctx, index));
  if (rng.chance(0.3)) {
    parts.push(`export const settings = {
  region: 'us-east-1',
  accountId: '123456789012',
  roleArn: 'arn:aws:iam::123456789012:role/${rng.pick(NOUNS)}-role',
  uniqueId: '${rng.pick(['AIDA', 'AROA', 'ANPA'])}${rng.chars(BASE32, 17)}',
  keyPattern: /^(AKIA|ASIA)[A-Z2-7]{16}$/,
  kmsBlob: 'AQICAH${rng.chars(BASE64, 120)}',
  placeholder: 'AKIA${'X'.repeat(16)}',
};`);
  }
  if (ctx.dialect === 'cjs') parts.push(`module.exports = { ready: true };`);
  return parts;
}

function configFile(rng, ctx) {
  const parts = [];
  const id = ctx.plant(makeKeyId(rng));
  const secret = ctx.plant(makeSecret(rng));
  const token = rng.chance(0.3) ? ctx.plant(makeSessionToken(rng)) : null;
  parts.push(
    rng.pick([
      `export const credentials = {\n  accessKeyId: '${id}',\n  secretAccessKey: '${secret}',${token ? `\n  sessionToken: '${token}',` : ''}\n};`,
      `export const ini = \`[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n\`;`,
      `export const json = '{"AccessKeyId":"${id}","SecretAccessKey":"${secret}"}';`,
      `export const url = 'https://bucket.s3.amazonaws.com/file?X-Amz-Credential=${id}%2F20240101%2Fus-east-1%2Fs3%2Faws4_request';`,
      `export const encoded = Buffer.from('${Buffer.from(`${id}:${secret}`).toString('base64')}', 'base64').toString();`,
    ]),
  );
  parts.push(`export const example = { accessKeyId: '${EXAMPLE_KEY_ID}', secretAccessKey: '${EXAMPLE_SECRET}' };`);
  parts.push(noiseFunction(rng, ctx, 0));
  if (ctx.dialect === 'cjs') return parts.map((part) => part.replace(/^export const (\w+)/, 'exports.$1'));
  return parts;
}

// ---------------------------------------------------------------------------------------------------------------
// Files

const EXTENSIONS = { esm: '.js', cjs: '.cjs', ts: '.ts' };

/**
 * One generated file. `index` and `seed` fully determine it.
 * @returns {{ path: string, code: string, dialect: 'esm' | 'cjs' | 'ts', kind: string, planted: string[] }}
 */
export function generateFile(seed, index) {
  const rng = new Random(hashSeed(seed, index));
  const dialect = rng.weighted([
    [4, 'ts'],
    [3, 'esm'],
    [2, 'cjs'],
  ]);
  const kind = rng.weighted([
    [5, 'handler'],
    [3, 'cdk'],
    [3, 'utility'],
    [1, 'config'],
  ]);
  const planted = [];
  const ctx = {
    dialect,
    imports: new Imports(dialect),
    plant(value) {
      planted.push(value);
      return value;
    },
  };
  const builder = { handler: handlerFile, cdk: cdkFile, utility: utilityFile, config: configFile }[kind];
  const parts = builder(rng, ctx);
  const header = `// ${kind} #${index}: generated by bench/generate.js (seed ${seed}).`;
  const imports = ctx.imports.render();
  const strict = dialect === 'cjs' ? "'use strict';\n\n" : '';
  let body = parts.join('\n\n');
  if (dialect === 'cjs') {
    body = body.replace(/^export const (\w+) =/gm, 'exports.$1 =').replace(/^export (?=(?:async )?function|class)/gm, '');
  }
  const code = `${strict}${header}\n${imports}${imports ? '\n\n' : ''}${body}\n`;
  const folder = kind === 'cdk' ? 'infra' : kind === 'handler' ? 'functions' : 'lib';
  const path = `${folder}/${kind}-${String(index).padStart(5, '0')}${EXTENSIONS[dialect]}`;
  return { path, code, dialect, kind, planted };
}

/** `count` files from `seed`. */
export function generateFiles(count, seed = 20240601) {
  return Array.from({ length: count }, (_, index) => generateFile(seed, index));
}

function hashSeed(seed, index) {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Huge single inputs

/** A 50,000-line (by default) ESM module of handler-like code: one import block, many small functions. */
export function generateLongFile(lines = 50_000, seed = 7) {
  const rng = new Random(seed);
  const planted = [];
  const ctx = { dialect: 'esm', imports: new Imports('esm'), plant: (value) => (planted.push(value), value) };
  const S3Client = ctx.imports.named('@aws-sdk/client-s3', 'S3Client');
  const GetObjectCommand = ctx.imports.named('@aws-sdk/client-s3', 'GetObjectCommand');
  const Logger = ctx.imports.named('@aws-lambda-powertools/logger', 'Logger');
  const iam = ctx.imports.namespace('aws-cdk-lib/aws-iam', 'iam');
  const chunks = [ctx.imports.render(), '', `const logger = new ${Logger}({ serviceName: 'long' });`, `const s3 = new ${S3Client}({});`];
  let count = chunks.join('\n').split('\n').length;
  let unit = 0;
  while (count < lines - 3) {
    const noun = rng.pick(NOUNS);
    const vars = { id: `${noun}Id`, noun };
    const logger = rng.chance(0.5) ? { kind: 'console', name: 'console' } : { kind: 'powertools', name: 'logger' };
    const body = [
      `export async function unit${unit}(event) {`,
      `  const ${vars.id} = event.id;`,
      `  ${logStatement(rng, logger, vars)}`,
      `  const key = \`${noun}s/\${${vars.id}}\`;`,
      rng.chance(0.3) ? `  await s3.send(new ${GetObjectCommand}({ Bucket: 'b', Key: key }));` : `  const size = key.length * ${rng.int(2, 9)};`,
      rng.chance(0.2)
        ? `  const statement = new ${iam}.PolicyStatement({ actions: ['${rng.pick([...SAFE_ACTIONS, ...WIDE_ACTIONS])}'], resources: [${resourceValue(rng, noun)}] });`
        : `  const label = '${noun}-' + String(${rng.int(0, 9999)});`,
      `  return { ${vars.id}, ok: true };`,
      `}`,
      '',
    ];
    chunks.push(...body);
    count += body.length;
    unit++;
  }
  chunks.push(`export const handler = async (event) => unit0(event);`, '');
  return { code: chunks.join('\n'), planted };
}

/** One string literal of `bytes` base64 characters (an embedded blob: the worst case for secret scanners). */
export function generateHugeString(bytes = 1 << 20, seed = 11) {
  const rng = new Random(seed);
  // Random base64 of a megabyte holds a credential prefix somewhere by chance, and then a secret scanner reads the
  // whole string closely; one near the start makes every size of the input take that path (otherwise the full size
  // and its quarter would be read in two different ways, and their times would not compare)
  const blob = rng.chars(BASE64, bytes);
  const withPrefix = `${blob.slice(0, 64)}ASIA${blob.slice(68)}`;
  return { code: `export const blob = '${withPrefix}';\nexport const handler = async () => blob.length;\n`, planted: [] };
}

/**
 * One string of about `bytes` holding a key ID every line, written with `\n` escapes (a pasted CSV of keys): every
 * key is a finding whose location maps through the escapes, so the cost per key must not grow with the string.
 */
export function generateHugeKeyString(bytes = 1 << 18, seed = 19) {
  const rng = new Random(seed);
  const lines = [];
  let size = 0;
  while (size < bytes) {
    const line = `user${lines.length},${makeKeyId(rng)}`;
    lines.push(line);
    size += line.length + 2;
  }
  return { code: `export const exported = '${lines.join('\\n')}';\n`, planted: [] };
}

/** A policy with a `count`-element Action array. */
export function generateHugeArray(count = 10_000, seed = 13) {
  const rng = new Random(seed);
  const services = ['s3', 'dynamodb', 'sqs', 'sns', 'kms', 'lambda', 'logs', 'events', 'ec2', 'iam'];
  const verbs = ['Get', 'Put', 'List', 'Describe', 'Delete', 'Update', 'Create', 'Tag'];
  const actions = Array.from({ length: count }, (_, index) => {
    const value = `${rng.pick(services)}:${rng.pick(verbs)}${cap(rng.pick(NOUNS))}${index}`;
    return `    '${value}',`;
  });
  const code = `export const policy = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: [
${actions.join('\n')}
      ],
      Resource: 'arn:aws:s3:::bucket/*',
    },
  ],
};
`;
  return { code, planted: [] };
}

/** A block comment of `bytes` characters: prose, hex and base64 lines, then a little code. */
export function generateHugeComment(bytes = 1 << 20, seed = 17) {
  const rng = new Random(seed);
  const lines = ['/*'];
  let size = 2;
  while (size < bytes) {
    const line = rng.weighted([
      [4, () => ` * ${Array.from({ length: rng.int(6, 14) }, () => rng.pick([...NOUNS, ...VERBS, ...FIELDS, 'the', 'and', 'with', 'key', 'secret', 'access'])).join(' ')}.`],
      [1, () => ` * ${rng.chars(HEX, 64)}`],
      [1, () => ` * ${rng.chars(BASE64, 76)}`],
      [1, () => ` * key = ${rng.chars(ALNUM, rng.int(8, 24))}`],
    ])();
    lines.push(line);
    size += line.length + 1;
  }
  lines.push(' */', 'export const handler = async () => ({ statusCode: 204 });', '');
  return { code: lines.join('\n'), planted: [] };
}

/**
 * A TypeScript module exporting `count` handlers typed with `aws-lambda`'s `Handler` (a generated router's, say), each
 * writing a text line (some a whole event) and none a structured one: every handler rule judges and reports each
 * one, and must not compare each with all.
 */
export function generateManyHandlers(count = 4_000, seed = 23) {
  const rng = new Random(seed);
  const lines = [
    "import type { APIGatewayProxyHandler, Handler } from 'aws-lambda';",
    'declare const table: { put(item: unknown): Promise<void> };',
    '',
  ];
  for (let index = 0; index < count; index++) {
    const noun = rng.pick(NOUNS);
    const type = rng.chance(0.5) ? 'Handler' : 'APIGatewayProxyHandler';
    const line = rng.weighted([
      [3, () => `console.log(\`${noun} \${event.${noun}Id} saved\`);`],
      [1, () => `console.log('${noun} saved', JSON.stringify(event));`],
      [1, () => `console.error('${noun} not saved');`],
    ])();
    lines.push(
      `export const ${noun}${index}: ${type} = async (event) => {`,
      `  await table.put({ ${noun}: event.body });`,
      `  ${line}`,
      `  return { statusCode: 200, body: '' };`,
      `};`,
    );
  }
  lines.push('');
  return { code: lines.join('\n'), planted: [] };
}

/** A minified-looking bundle of about `bytes` characters, concatenated from the given module sources. */
export function generateBundle(sources, bytes = 1 << 20) {
  const pieces = ['(()=>{var __modules={};'];
  let size = pieces[0].length;
  let index = 0;
  while (size < bytes && sources.length > 0) {
    const source = sources[index % sources.length];
    const piece = `__modules[${index}]=function(exports,module,require){${source}\n};`;
    pieces.push(piece);
    size += piece.length;
    index++;
  }
  pieces.push('})();\n');
  return { code: pieces.join(''), planted: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

/** Write `files` under `dir` (replacing it). */
export function writeFiles(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  for (const file of files) {
    const target = join(dir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.code);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = Number(process.argv[2] ?? 100);
  const outDir = process.argv[3] ?? fileURLToPath(new URL(`.corpus/gen-${count}`, import.meta.url));
  const files = generateFiles(count);
  writeFiles(outDir, files);
  const bytes = files.reduce((sum, file) => sum + file.code.length, 0);
  console.log(`wrote ${files.length} files (${(bytes / 1024).toFixed(0)} KB) to ${outDir}`);
}
