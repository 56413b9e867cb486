import { Linter } from 'eslint';
import { Linter as LinterV9 } from 'eslint-v9';
import * as espree from 'espree';
import tsParser from '@typescript-eslint/parser';
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { describe, expect, it } from 'vitest';
import rule, { type MessageIds, type Options } from '../../src/rules/no-explicit-aws-credentials.js';
import { join } from 'node:path';
import { cjsRuleTester, jsRuleTester, tsRuleTester } from '../rule-tester.js';
import { temporaryProject } from '../utils/temporary-project.js';

// Credential-shaped fixtures are built at run time from parts, so the repository holds no contiguous key.
const KEY_ID = 'AKIA' + 'Q3EGRU5XN7CZJ2LW';
const SECRET = 'wJ4lrXUtnF' + 'eMIK7MDENG' + 'bPxRfiCYz9' + 'Q2vLp8Tk3H';

/** The remedies signer messages name (`remedy` in their data). */
const SIGNER_REMEDY =
  'Sign with the execution role: credentials from the default provider chain (`fromNodeProviderChain()` of @aws-sdk/credential-providers).';
const AWS4_REMEDY = "Leave the credentials out: aws4 then signs with the runtime's own variables, the execution role's.";
const V2_SIGNER_REMEDY = 'Sign with the execution role: the credentials the SDK loads from the default chain (`AWS.config.credentials`).';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;


const tsValid: Valid[] = [
  {
    name: "an STS client made only to ask for an IAM user's federation or session tokens (AWS takes those calls only with the user's keys)",
    code: `import { STSClient, GetFederationTokenCommand } from '@aws-sdk/client-sts';
import AWS from 'aws-sdk';
const sts = new STSClient({ region: 'us-east-1', credentials: { accessKeyId: process.env.UPLOAD_KEY!, secretAccessKey: process.env.UPLOAD_SECRET! } });
export const token = (policy: string) => sts.send(new GetFederationTokenCommand({ Name: 'uploader', Policy: policy }));
const v2 = new AWS.STS({ accessKeyId: process.env.UPLOAD_KEY, secretAccessKey: process.env.UPLOAD_SECRET });
export const session = () => v2.getSessionToken({ DurationSeconds: 900 }).promise();`,
  },
  {
    name: 'options whose credentials are written later, taken only by a client made offline, or deleted again before the client',
    code: `import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
const offline: S3ClientConfig = { region: 'us-east-1' };
offline.credentials = { accessKeyId: process.env.LOCAL_KEY!, secretAccessKey: process.env.LOCAL_SECRET! };
export const a = process.env.IS_OFFLINE === 'true' ? new S3Client(offline) : new S3Client({ region: 'us-east-1' });
const removed: S3ClientConfig = { region: 'us-east-1' };
removed.credentials = { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! };
if (process.env.AWS_LAMBDA_FUNCTION_NAME) delete removed.credentials;
export const b = new S3Client(removed);
`,
  },
  {
    name: "signers given the default chain, the runtime's own three variables, or nothing (aws4 reads them itself); a signer class of the file's own",
    code: `import { SignatureV4 } from '@smithy/signature-v4';
import { SignatureV4MultiRegion } from '@aws-sdk/signature-v4-multi-region';
import { Sha256 } from '@aws-crypto/sha256-js';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/aws';
import * as aws4 from 'aws4';
const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN } = process.env;
const a = new SignatureV4({ credentials: defaultProvider(), region: 'eu-west-1', service: 'es', sha256: Sha256 });
const b = new SignatureV4({
  credentials: { accessKeyId: AWS_ACCESS_KEY_ID!, secretAccessKey: AWS_SECRET_ACCESS_KEY!, sessionToken: AWS_SESSION_TOKEN },
  region: 'eu-west-1',
  service: 'lambda',
  sha256: Sha256,
});
const c = new SignatureV4MultiRegion({ credentials: fromNodeProviderChain(), region: '*', service: 's3', sha256: Sha256 });
const d = AwsSigv4Signer({ region: 'eu-west-1', service: 'es', getCredentials: () => defaultProvider()() });
const e = aws4.sign({ host: 'search.example.com', path: '/_search' });
class LocalSigner { constructor(readonly options: { credentials: { accessKeyId: string; secretAccessKey: string } }) {} }
const f = new LocalSigner({ credentials: { accessKeyId: process.env.K!, secretAccessKey: process.env.S! } });
export const handler = async () => [a, b, c, d, e, f];
`,
  },
  {
    name: 'a signer given keys from variables in test code',
    filename: '/repo/tests/search.test.ts',
    code: `import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';
export const signer = new SignatureV4({ credentials: { accessKeyId: process.env.CI_KEY!, secretAccessKey: process.env.CI_SECRET! }, region: 'eu-west-1', service: 'es', sha256: Sha256 });
`,
  },
  {
    name: "SDK v3: a profile option where no handler runs (a script), or beside credentials of the config's own",
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
export const ddb = new DynamoDBClient({ region: 'us-east-1', profile: 'prod' });
export const assumed = new DynamoDBClient({ profile: 'prod', credentials: fromTemporaryCredentials({ params: { RoleArn: 'arn:aws:iam::123456789012:role/r' } }) });
`,
  },
  {
    name: 'super() of a client subclass without credentials, and of a class of the file',
    code: `import { S3Client } from '@aws-sdk/client-s3';
class Base { constructor(readonly options?: { accessKeyId?: string }) {} }
export class Quiet extends S3Client { constructor() { super({ region: 'us-east-1' }); } }
export class Other extends Base { constructor() { super({ accessKeyId: process.env.K }); } }
export const handler = async () => [new Quiet(), new Other()];
`,
  },
  {
    name: 'whole options reaching a client that an environment test keeps local, or changed on the way (endpoint set, keys deleted)',
    code: `import { S3Client } from '@aws-sdk/client-s3';
function makeLocal(c: any) { if (process.env.IS_OFFLINE === 'true') return new S3Client(c); return new S3Client({}); }
export const a = makeLocal({ credentials: { accessKeyId: process.env.LOCAL_KEY, secretAccessKey: process.env.LOCAL_SECRET } });
let o: any = {}; o = { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
if (process.env.IS_OFFLINE) new S3Client(o);
function withEndpoint(c: any) { c.endpoint = 'http://localhost:4566'; return new S3Client(c); }
export const b = withEndpoint({ credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
let o2: any = {}; o2 = { credentials: { accessKeyId: 'test', secretAccessKey: 'test' } }; o2.endpoint = 'http://localhost:4566'; new S3Client(o2);
function stripped(c: any) { delete c.credentials; return new S3Client(c); }
export const d = stripped({ credentials: { accessKeyId: process.env.K, secretAccessKey: process.env.S } });
`,
  },
  {
    name: 'a constructor parameter of an exported class, or of a class another one extends: it may be constructed elsewhere',
    code: `import { S3Client } from '@aws-sdk/client-s3';
export class Exported {
  constructor(creds: any) { new S3Client({ credentials: creds }); }
}
class Base {
  constructor(creds: any) { new S3Client({ credentials: creds }); }
}
class Child extends Base {}
export const a = new Exported({ accessKeyId: process.env.KEY!, secretAccessKey: process.env.SECRET! });
export const c = new Child({ accessKeyId: process.env.KEY!, secretAccessKey: process.env.SECRET! });
`,
  },
  {
    name: 'client options through an exported factory, or a factory given only options without keys',
    code: `import { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
export const makeS3 = (config: S3ClientConfig) => new S3Client(config);
export const a = makeS3({ region: 'us-east-1', credentials: { accessKeyId: process.env.K!, secretAccessKey: process.env.S! } });
const inner = (config: S3ClientConfig) => new S3Client(config);
export const b = inner({ region: 'us-east-1' });
`,
  },
  {
    name: 'a let given keys only after the client is made, only for a local run, or also written another way',
    code: `import { S3Client } from '@aws-sdk/client-s3';
let later;
export const a = new S3Client({ credentials: later });
later = { accessKeyId: process.env.S3_KEY!, secretAccessKey: process.env.S3_SECRET! };
let local;
if (process.env.IS_OFFLINE === 'true') local = { accessKeyId: process.env.S3_KEY!, secretAccessKey: process.env.S3_SECRET! };
export const b = new S3Client({ credentials: local });
let looped: any = { accessKeyId: process.env.S3_KEY!, secretAccessKey: process.env.S3_SECRET! };
for (looped of [] as any[]) void looped;
export const c = new S3Client({ credentials: looped });
let options: any = {};
if (process.env.IS_OFFLINE) options = { region: 'us-east-1', credentials: { accessKeyId: process.env.K!, secretAccessKey: process.env.S! } };
export const d = new S3Client(options);
`,
  },
  {
    name: 'credentials set with ??= on options whose literal already has them: the assignment does nothing',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
const config: { region: string; credentials?: unknown } = { region: 'us-east-1', credentials: fromNodeProviderChain() };
config.credentials ??= { accessKeyId: process.env.MY_KEY!, secretAccessKey: process.env.MY_SECRET! };
export const s3 = new S3Client(config);`,
  },
  {
    name: 'keys a function receives as a parameter and hands to a client only for a local run, or past a TypeScript this parameter',
    code: `import { S3Client } from '@aws-sdk/client-s3';
function inBranch(credentials: any) { return new S3Client({ credentials: process.env.IS_OFFLINE ? credentials : undefined }); }
export const a = inBranch({ accessKeyId: process.env.K!, secretAccessKey: process.env.S! });
export const b = inBranch({ accessKeyId: 'local', secretAccessKey: 'local' });
function guarded(credentials: any) {
  if (process.env.IS_OFFLINE) return new S3Client({ credentials });
  return new S3Client({});
}
export const c = guarded({ accessKeyId: process.env.K!, secretAccessKey: process.env.S! });
function withThis(this: void, credentials?: any, region?: string) { return new S3Client({ credentials, region }); }
export const d = withThis(undefined, { accessKeyId: process.env.K!, secretAccessKey: process.env.S! } as any);
`,
  },
  {
    name: 'a credentials parameter of an exported function, of one every call leaves out, or given an unknown value',
    code: `import { S3Client } from '@aws-sdk/client-s3';
export function make(credentials: any) { return new S3Client({ credentials }); }
export const c = make({ accessKeyId: process.env.MY_KEY_ID, secretAccessKey: process.env.MY_SECRET });
const makeClient = (credentials?: { accessKeyId: string; secretAccessKey: string }) => new S3Client({ credentials });
export const a = makeClient();
export const b = makeClient(undefined);
const other = (credentials?: any) => new S3Client({ credentials });
declare function getCreds(): any;
export const d = other(getCreds());
`,
  },
  {
    name: 'a function of the file that returns fromTemporaryCredentials without master keys',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
function assumed() { return fromTemporaryCredentials({ params: { RoleArn: 'arn:aws:iam::123456789012:role/r' } }); }
export const s3 = new S3Client({ credentials: assumed() });
`,
  },
  {
    name: 'fromTemporaryCredentials without master keys, with a profile as master, or with test keys for a local endpoint',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { fromIni, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
export const a = new S3Client({ credentials: fromTemporaryCredentials({ params: { RoleArn: 'arn:aws:iam::123456789012:role/r' } }) });
export const b = new S3Client({ credentials: fromTemporaryCredentials({ masterCredentials: fromIni({ profile: 'p' }), params: { RoleArn: 'r' } }) });
export const c = new S3Client({ endpoint: 'http://localhost:4566', credentials: fromTemporaryCredentials({ masterCredentials: { accessKeyId: 'test', secretAccessKey: 'test' }, params: { RoleArn: 'r' } }) });
`,
  },
  {
    name: 'quiet: the keys branch runs only when AWS_SESSION_TOKEN is unset, which never happens in Lambda (CIs long-lived keys)',
    code: `import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  region: process.env.AWS_REGION,
  credentials: process.env.AWS_SESSION_TOKEN
    ? undefined
    : { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! },
});

export const handler = async () => ({ statusCode: 200 });`,
  },
  {
    name: 'quiet: the keys branch is for Jest runs (NODE_ENV=test), never Lambda',
    code: `import { SQSClient } from '@aws-sdk/client-sqs';

export const sqs = new SQSClient({
  credentials:
    process.env.NODE_ENV === 'test'
      ? { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! }
      : undefined,
});

export const handler = async () => ({ statusCode: 200 });`,
  },
  {
    name: 'quiet: LOCALSTACK_HOSTNAME is set only inside LocalStack, never in AWS Lambda',
    code: `import { S3Client } from '@aws-sdk/client-s3';

const local = process.env.LOCALSTACK_HOSTNAME;

export const s3 = new S3Client({
  endpoint: local ? \`http://\${local}:4566\` : undefined,
  forcePathStyle: !!local,
  credentials: local
    ? { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! }
    : undefined,
});

export const handler = async () => ({ statusCode: 200 });`,
  },
    {
      name: 'key parameters of a module function every call leaves out (getDD(), undefined, void 0) hold nothing',
      code: `import AWS from 'aws-sdk';
const getDD = (region?: string, accessKeyId?: string, secretAccessKey?: string) =>
  new AWS.DynamoDB({ region, accessKeyId, secretAccessKey });
export const ddb = getDD();
export const west = getDD('us-west-2', undefined, void 0);`,
    },
  {
    name: 'dummy keys in options handed to a client factory, with an endpoint the rule cannot read',
    code: `import { Credentials, Service } from 'aws-sdk';
declare const builder: { createAwsService(ctor: unknown, options: unknown): Promise<unknown> };
declare const cfg: { endpoint: string; region: string };
export const client = builder.createAwsService(Service, {
  region: cfg.region,
  endpoint: cfg.endpoint,
  credentials: new Credentials({ accessKeyId: 'xxx', secretAccessKey: 'xxx' }),
});`,
  },
  {
    name: "keys read from variables in a branch of offline flags joined by || or &&, after an exit unless either flag is set, or where Lambda's own variables are unset",
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import AWS from 'aws-sdk';
if (process.env.IS_OFFLINE || process.env.IS_LOCAL) {
  AWS.config.update({ accessKeyId: process.env.DEV_KEY, secretAccessKey: process.env.DEV_SECRET });
}
export function both(): DynamoDBClient {
  if (process.env.IS_OFFLINE && process.env.DYNAMO_PORT) {
    return new DynamoDBClient({ credentials: { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! } });
  }
  return new DynamoDBClient({});
}
export function eitherLeaves(): DynamoDBClient {
  if (!(process.env.IS_OFFLINE || process.env.AWS_SAM_LOCAL === 'true')) return new DynamoDBClient({});
  return new DynamoDBClient({ credentials: { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! } });
}
if (!process.env._HANDLER || !process.env.AWS_LAMBDA_RUNTIME_API) {
  AWS.config.update({ accessKeyId: process.env.DEV_KEY, secretAccessKey: process.env.DEV_SECRET });
}
`,
  },
  {
    name: 'keys read from variables after an if / else on an offline test whose one branch always leaves (the rest runs only offline)',
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export function leavesUnlessOffline(): DynamoDBClient {
  if (!process.env.IS_OFFLINE) {
    return new DynamoDBClient({});
  } else {
    console.log('offline');
  }
  return new DynamoDBClient({ credentials: { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! } });
}
export function elseLeaves(): DynamoDBClient {
  if (process.env.IS_OFFLINE) {
    console.log('offline');
  } else {
    return new DynamoDBClient({});
  }
  return new DynamoDBClient({ credentials: { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! } });
}
export function blockExit(): DynamoDBClient {
  if (!process.env.IS_OFFLINE) {
    console.log('deployed');
    return new DynamoDBClient({});
  }
  return new DynamoDBClient({ credentials: { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! } });
}
export function nestedExit(region?: string): DynamoDBClient {
  if (process.env.AWS_SAM_LOCAL !== 'true') {
    if (region) return new DynamoDBClient({ region });
    else throw new Error('region required');
  }
  return new DynamoDBClient({ credentials: { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! } });
}
`,
  },
  {
    name: 'a local emulator endpoint and its fake keys assigned to the environment and bound to names in one expression',
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const endpoint = (process.env.S3_ENDPOINT = 'http://localhost:4566');
const accessKeyId = (process.env.S3_AWS_ACCESS_KEY_ID = 'FAKE');
const secretAccessKey = (process.env.S3_AWS_SECRET_ACCESS_KEY = 'FAKE');
export const dbClient = new DynamoDBClient({ credentials: { accessKeyId, secretAccessKey }, endpoint, region: 'eu-west-2' });
`,
  },
  {
    name: 'keys read from variables in one branch of a choice on a local emulator client: an object or new AWS.Credentials(…) alike',
    code: `import AWS from 'aws-sdk';
import { S3Client } from '@aws-sdk/client-s3';
import { fromIni } from '@aws-sdk/credential-providers';
const useKeys = process.argv.includes('--keys');
export const a = new S3Client({ endpoint: 'http://localhost:4566', credentials: useKeys ? { accessKeyId: process.env.MY_KEY!, secretAccessKey: process.env.MY_SECRET! } : fromIni() });
export const b = new AWS.S3({ endpoint: 'http://localhost:4566', credentials: useKeys ? new AWS.Credentials(process.env.MY_KEY!, process.env.MY_SECRET!) : new AWS.ECSCredentials() });
`,
  },
  {
    name: 'keys read from variables after an early exit that leaves unless offline (the rest runs only offline)',
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import AWS from 'aws-sdk';
export function offlineClient(): DynamoDBClient {
  if (!process.env.IS_OFFLINE) return new DynamoDBClient({});
  return new DynamoDBClient({ credentials: { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! } });
}
export function configure(): void {
  if (process.env.AWS_SAM_LOCAL !== 'true') {
    throw new Error('local only');
  }
  AWS.config.update({ accessKeyId: process.env.KEY_ID, secretAccessKey: process.env.SECRET });
}
`,
  },
  {
    name: "key fields set on a parameter typed Config, a local emulator's Config or another class: not reported",
    code: `import { Config } from 'aws-sdk';
export function configure(config: Config): void {
  config.accessKeyId = '${KEY_ID}';
  config.secretAccessKey = '${SECRET}';
}
const local = new Config({ endpoint: 'http://localhost:4566' });
local.accessKeyId = 'test';
local.secretAccessKey = 'test';
class Settings { accessKeyId = ''; secretAccessKey = ''; }
const settings = new Settings();
settings.accessKeyId = '${KEY_ID}';
settings.secretAccessKey = '${SECRET}';
export { local, settings };
`,
  },
  {
    name: "the runtime's variables as one branch of a choice with other credentials: a fallback, never removed",
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { fromIni } from '@aws-sdk/credential-providers';
export function client(assumed?: { accessKeyId: string; secretAccessKey: string; sessionToken: string }) {
  return new S3Client({
    credentials: assumed ?? {
      accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
      secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
      sessionToken: process.env.AWS_SESSION_TOKEN!,
    },
  });
}
export const other = new S3Client({
  credentials: process.env.USE_RUNTIME
    ? { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN! }
    : fromIni({ profile: 'reports' }),
});`,
  },
  {
    name: "keys for another provider's S3-compatible store (R2, Spaces, MinIO): no execution role can sign there",
    code: `import { S3Client } from '@aws-sdk/client-s3';
export const r2 = new S3Client({
  region: 'auto',
  endpoint: \`https://\${process.env.R2_ACCOUNT_ID}.r2.cloudflarestorage.com\`,
  credentials: { accessKeyId: process.env.R2_ACCESS_KEY_ID!, secretAccessKey: process.env.R2_SECRET_ACCESS_KEY! },
});
export const spaces = new S3Client({ endpoint: 'https://nyc3.digitaloceanspaces.com', credentials: { accessKeyId: 'k', secretAccessKey: 's' } });`,
  },
  {
    name: "the runtime's variables with a dummy fallback where the endpoint may be an emulator (a LocalStack script)",
    code: `import { Lambda } from '@aws-sdk/client-lambda';
export function deploy(endpoint: string | undefined) {
  const accessKeyId = process.env.AWS_ACCESS_KEY_ID || 'test';
  return new Lambda({
    endpoint,
    credentials: { accessKeyId, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY || 'test' },
  });
}`,
  },
  {
    name: "an S3 client sent to the endpoint its configuration names, with keys read from variables: an S3-compatible store's (B2, R2, MinIO)",
    code: `import { S3Client } from '@aws-sdk/client-s3';
export const store = new S3Client({
  endpoint: process.env.S3_ENDPOINT,
  region: 'auto',
  credentials: { accessKeyId: process.env.S3_KEY_ID!, secretAccessKey: process.env.S3_APP_KEY! },
});`,
  },
  {
    name: 'an S3 client on MinIO in development and R2 in production: never AWS',
    code: `import { S3Client } from '@aws-sdk/client-s3';
export const store = new S3Client({
  endpoint: process.env.IS_LOCAL ? 'http://localhost:9000' : \`https://\${process.env.R2_ACCOUNT}.r2.cloudflarestorage.com\`,
  credentials: { accessKeyId: process.env.STORE_KEY_ID!, secretAccessKey: process.env.STORE_SECRET! },
});`,
  },
  {
    name: 'dummy keys a function of the file returns only under an environment test, passed or called',
    code: `import { S3Client } from '@aws-sdk/client-s3';
function local() { if (process.env.IS_OFFLINE) return { accessKeyId: 'local', secretAccessKey: 'local' }; return undefined; }
export const d = new S3Client({ credentials: local as any });
export const f = new S3Client({ credentials: local() });`,
  },
  {
    name: 'profile providers in the branch an environment test says is local, or may be',
    code: `import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ credentials: !process.env.AWS_LAMBDA_FUNCTION_NAME ? fromIni() : undefined });
const b = new S3Client({ credentials: process.env.NODE_ENV === 'development' ? fromIni() : undefined });
const c = new S3Client({ credentials: process.env.STAGE === 'dev' ? fromIni() : undefined });
const d = new S3Client({ credentials: process.env.AWS_EXECUTION_ENV ? undefined : fromIni() });
const e = new S3Client({ credentials: process.env._HANDLER ? undefined : fromIni() });
const f = new S3Client({ credentials: !process.env.AWS_LAMBDA_RUNTIME_API ? fromIni() : undefined });
export const handler = async () => [a, b, c, d, e, f];
`,
  },
  {
    name: 'no credentials: the default chain',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ region: 'eu-west-1' });
const b = new S3Client({});
const c = new S3Client();
`,
  },
  {
    name: 'credential providers that fetch temporary credentials',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import {
  fromNodeProviderChain,
  fromTemporaryCredentials,
  fromWebToken,
  fromTokenFile,
  fromContainerMetadata,
  fromInstanceMetadata,
  fromEnv,
} from '@aws-sdk/credential-providers';
const a = new S3Client({ credentials: fromNodeProviderChain() });
const b = new S3Client({ credentials: fromTemporaryCredentials({ params: { RoleArn: process.env.ROLE_ARN! } }) });
const c = new S3Client({ credentials: fromWebToken({ roleArn: 'arn', webIdentityToken: token }) });
const d = new S3Client({ credentials: fromTokenFile() });
const e = new S3Client({ credentials: fromContainerMetadata() });
const f = new S3Client({ credentials: fromInstanceMetadata() });
const g = new S3Client({ credentials: fromEnv() });
export const handler = async () => ({ statusCode: 200 });
`,
  },
  {
    name: 'STS AssumeRole output carries a session token: temporary, cross-account',
    code: `import { STSClient, AssumeRoleCommand } from '@aws-sdk/client-sts';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const sts = new STSClient({});
export const handler = async () => {
  const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: process.env.ROLE_ARN, RoleSessionName: 'x' }));
  const ddb = new DynamoDBClient({
    credentials: {
      accessKeyId: Credentials!.AccessKeyId!,
      secretAccessKey: Credentials!.SecretAccessKey!,
      sessionToken: Credentials!.SessionToken,
      expiration: Credentials!.Expiration,
    },
  });
  return ddb;
};
`,
  },
  {
    name: 'a provider function that returns STS output',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({
  credentials: async () => {
    const c = await assumeRole();
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
  },
});
`,
  },
  {
    name: 'local endpoints with dummy keys',
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
const a = new DynamoDBClient({ endpoint: 'http://localhost:8000', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
const b = new S3Client({ endpoint: 'http://127.0.0.1:4566', forcePathStyle: true, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const c = new S3Client({ endpoint: 'http://[::1]:4566', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const d = new S3Client({ endpoint: 'https://s3.localhost.localstack.cloud:4566', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const e = new S3Client({ endpoint: 'http://localstack:4566', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const f = new S3Client({ endpoint: 'http://host.docker.internal:4566', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const g = new S3Client({ endpoint: 'http://minio.localhost:9000', credentials: { accessKeyId: 'minio', secretAccessKey: 'minio123' } });
const h = new S3Client({ endpoint: new URL('http://localhost:4566'), credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const i = new S3Client({ endpoint: \`http://localhost:\${process.env.PORT}\`, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const j = new S3Client({ endpoint: { url: new URL('http://localhost:4566') }, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
`,
  },
  {
    name: 'a local endpoint allows keys from the environment and dummy keys',
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const LOCAL = 'http://localhost:8000';
const a = new DynamoDBClient({ endpoint: LOCAL, credentials: { accessKeyId: process.env.LOCAL_KEY!, secretAccessKey: process.env.LOCAL_SECRET! } });
const b = new DynamoDBClient({ endpoint: LOCAL, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
`,
  },
  {
    name: 'dummy keys with a custom endpoint that may be local (serverless-offline)',
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const a = new DynamoDBClient({
  endpoint: process.env.IS_OFFLINE ? 'http://localhost:8000' : undefined,
  credentials: { accessKeyId: 'DEFAULT_ACCESS_KEY', secretAccessKey: 'DEFAULT_SECRET' },
});
const b = new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT, credentials: { accessKeyId: 'dummy', secretAccessKey: 'dummy' } });
`,
  },
  {
    name: 'classes not bound to the SDK',
    code: `class S3Client {
  constructor(readonly config: unknown) {}
}
const s3 = new S3Client({ credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
const AWS = { S3: class {}, config: { update(_: unknown) {} } };
new AWS.S3({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
AWS.config.update({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
// aws-sdk is only mentioned here
`,
  },
  {
    name: 'a user module that shares the names',
    code: `import { S3Client } from './aws-sdk/client-s3';
import AWS from './aws-sdk';
new S3Client({ credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
new AWS.S3({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
`,
  },
  {
    name: 'a parameter that shadows the import',
    code: `import AWS from 'aws-sdk';
export function configure(AWS: { config: { update(o: object): void } }) {
  AWS.config.update({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
}
`,
  },
  {
    name: 'unknown values stay quiet',
    code: `import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
export function make(config: S3ClientConfig, credentials: S3ClientConfig['credentials']) {
  const a = new S3Client(config);
  const b = new S3Client({ credentials });
  const c = new S3Client({ credentials: loadCredentials() });
  const d = new S3Client({ ...config });
  const e = new S3Client({ credentials: { ...credentials, accessKeyId: config.id, secretAccessKey: config.secret } });
  const f = new S3Client({ credentials: { accessKeyId: undefined, secretAccessKey: undefined } });
  const g = new S3Client({ credentials: { accessKeyId: '', secretAccessKey: '' } });
  return [a, b, c, d, e, f, g];
}
`,
  },
  {
    name: 'keys given to a command input or a lib wrapper are not client credentials',
    code: `import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Upload } from '@aws-sdk/lib-storage';
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const upload = new Upload({ client: new S3Client({}), params: { Bucket: 'b', Key: 'k', Body: 'x' } });
const put = new PutObjectCommand({ Bucket: 'b', Key: 'k' });
`,
  },
  {
    name: 'fromIni beside utils taking a whole aws-lambda event (a string declared, a value returned synchronously): not a handler file',
    code: `import type { SQSEvent } from 'aws-lambda';
import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({ credentials: fromIni({ profile: 'prod' }) });
export const regionOf = (event: SQSEvent): string => event.Records[0]?.awsRegion ?? 'us-east-1';
export function bodiesOf(event: SQSEvent) {
  return event.Records.map((record) => record.body);
}
export { s3 };
`,
  },
  {
    name: 'fromIni, fromProcess, fromSSO outside a handler file (scripts, tests)',
    code: `import { fromIni, fromProcess, fromSSO } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ credentials: fromIni({ profile: 'dev' }) });
const b = new S3Client({ credentials: fromProcess() });
const c = new S3Client({ credentials: fromSSO({ profile: 'dev' }) });
`,
  },
  {
    name: 'SDK v2: a profile provider, or a client made with one, bound to a const that is read only where the environment chooses it',
    code: `import { S3, SharedIniFileCredentials, ChainableTemporaryCredentials } from 'aws-sdk';
const roleArn = process.env.ROLE_ARN;
function client() {
  const roleCreds = new ChainableTemporaryCredentials({ params: { RoleArn: roleArn } });
  const profileCreds = new SharedIniFileCredentials({ profile: 'dev' });
  return new S3({ credentials: roleArn ? roleCreds : profileCreds });
}
const deployed = new S3({});
const local = new S3({ credentials: new SharedIniFileCredentials({ profile: 'mobile' }) });
export const s3 = process.env.STAGE === 'prod' ? deployed : local;
export const handler = async () => client();
`,
  },
  {
    name: 'reportProfileProviders: false',
    code: `import { fromIni } from '@aws-sdk/credential-providers';
import AWS from 'aws-sdk';
import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ credentials: fromIni({ profile: 'dev' }) });
AWS.config.credentials = new AWS.SharedIniFileCredentials({ profile: 'dev' });
export const handler = async () => a;
`,
    options: [{ reportProfileProviders: false }],
  },
  {
    name: 'SDK v2 temporary credential classes and the AWS prefix',
    code: `import AWS from 'aws-sdk';
AWS.config.credentials = new AWS.ChainableTemporaryCredentials({ params: { RoleArn: 'arn' } });
const t = new AWS.TemporaryCredentials({ RoleArn: 'arn' });
const e = new AWS.EnvironmentCredentials('AWS');
const a = new AWS.CredentialProviderChain([() => new AWS.EnvironmentCredentials('AMAZON')]);
const p = new AWS.EnvironmentCredentials(prefix);
const w = new AWS.WebIdentityCredentials({ RoleArn: 'arn' });
`,
  },
  {
    name: 'SDK v2 without credentials, or with STS output',
    code: `import AWS from 'aws-sdk';
AWS.config.update({ region: 'eu-west-1' });
const s3 = new AWS.S3({ apiVersion: '2006-03-01' });
export async function assumed(data: AWS.STS.AssumeRoleResponse) {
  const c = data.Credentials!;
  const a = new AWS.S3({ accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken });
  const b = new AWS.Credentials(c.AccessKeyId, c.SecretAccessKey, c.SessionToken);
  const d = new AWS.Credentials({ accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken });
  const e = new AWS.Credentials(AWS.config.credentials!);
  return [a, b, d, e];
}
`,
  },
  {
    name: 'a local endpoint in SDK v2',
    code: `import AWS from 'aws-sdk';
const ddb = new AWS.DynamoDB.DocumentClient({ region: 'localhost', endpoint: 'http://localhost:8000', accessKeyId: 'x', secretAccessKey: 'x' });
const s3 = new AWS.S3({ endpoint: new AWS.Endpoint('http://localhost:4566'), s3ForcePathStyle: true, accessKeyId: 'test', secretAccessKey: 'test' });
AWS.config.update({ endpoint: 'http://localhost:4566', accessKeyId: 'test', secretAccessKey: 'test' });
`,
  },
  {
    name: 'odd input: empty file',
    code: ``,
  },
  {
    name: 'odd input: decorators, unicode',
    code: `import { S3Client } from '@aws-sdk/client-s3';
@sealed
class Ünïcødé {
  @inject() private readonly s3 = new S3Client({ region: 'ap-northeast-1', credentials: undefined });
  名前 = '資格情報 🔑';
}
`,
  },
  {
    name: 'odd input: syntax the rule does not understand',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client(...args);
const t = new (S3Client as any)({ credentials: creds });
const u = new S3Client({ [dynamicKey]: { accessKeyId: x, secretAccessKey: y } });
const v = new S3Client({ credentials: cond ? unknownCredentials : undefined });
const w = new S3Client({ credentials: { get accessKeyId() { return 'x'; }, secretAccessKey: undefined } });
const x = new S3Client({ credentials: { accessKeyId: 1, secretAccessKey: true } });
const y = new S3Client({ credentials: function* () { yield 1; } });
const z = new S3Client({ credentials: async () => {} });
`,
  },
  {
    name: 'keys read from the environment or a variable in test code (an integration test given the CI keys)',
    filename: 'src/__tests__/orders.test.ts',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import AWS from 'aws-sdk';
declare const ci: { keyId: string; secret: string };
const s3 = new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });
AWS.config.update({ accessKeyId: ci.keyId, secretAccessKey: ci.secret });
`,
  },
  {
    name: 'dummy keys in test code (a mocked client)',
    filename: 'src/__tests__/orders.test.ts',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
const a = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const s3Mock = mockClient(a);
`,
  },
  {
    name: 'dummy keys where the client may be an emulator: an environment switch, an unknown spread of options',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const a = process.env.IS_OFFLINE
  ? new S3Client({ credentials: { accessKeyId: 'local', secretAccessKey: 'local' } })
  : new S3Client({});
let b: S3Client;
if (process.env.STAGE === 'local') b = new S3Client({ credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
export const make = (local: object) => new S3Client({ ...local, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
`,
  },
  {
    name: 'dummy keys in SDK v2 global config, in a file that points a client at a local emulator',
    code: `import AWS from 'aws-sdk';
AWS.config.update({ region: 'us-east-1', accessKeyId: 'test', secretAccessKey: 'test' });
export const s3 = new AWS.S3({ endpoint: 'http://localhost:4566', s3ForcePathStyle: true });
`,
  },
  {
    name: 'a profile provider for a local emulator, in a handler file',
    code: `import { fromIni } from '@aws-sdk/credential-providers';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({ endpoint: 'http://localhost:8000', credentials: fromIni({ profile: 'local' }) });
export const handler = async () => client;
`,
  },
  {
    name: 'a profile provider chosen by an environment switch (serverless-offline, SAM local)',
    code: `import { fromIni, fromSSO } from '@aws-sdk/credential-providers';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
const isOffline = process.env.IS_OFFLINE === 'true';
const a = new DynamoDBClient({ credentials: process.env.IS_OFFLINE ? fromIni({ profile: 'local' }) : undefined });
const b = new S3Client({ credentials: isOffline ? fromSSO({ profile: 'dev' }) : undefined });
const c = new S3Client({ credentials: (process.env.AWS_SAM_LOCAL && fromIni()) || undefined });
let credentials;
if (process.env.NODE_ENV !== 'production') {
  credentials = fromIni({ profile: process.env.AWS_PROFILE });
}
const d = new S3Client({ credentials });
export const handler = async () => [a, b, c, d];
`,
  },
  {
    name: 'keys read from variables in a branch that never runs in Lambda (serverless-offline, SAM local, a local stage, Lambda variables unset)',
    code: `import AWS from 'aws-sdk';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const { IS_OFFLINE } = process.env;
if (IS_OFFLINE === 'true') {
  AWS.config.update({ region: 'us-west-2', accessKeyId: process.env.ACCESS_KEY, secretAccessKey: process.env.SECRET_KEY });
}
if (process.env.AWS_SAM_LOCAL) AWS.config.credentials = new AWS.Credentials(process.env.SAM_KEY!, process.env.SAM_SECRET!);
if (!process.env.AWS_LAMBDA_FUNCTION_NAME) {
  AWS.config.update({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY });
}
const isLocal = process.env.STAGE === 'local';
export const a = new S3Client({
  credentials: isLocal ? { accessKeyId: process.env.LOCAL_KEY!, secretAccessKey: process.env.LOCAL_SECRET! } : undefined,
});
function localCredentials() {
  if (process.env.IS_OFFLINE) return { accessKeyId: process.env.LOCAL_KEY!, secretAccessKey: process.env.LOCAL_SECRET! };
  return undefined;
}
export const b = new S3Client({ credentials: localCredentials() });
const offlineDb = new DynamoDBClient({ credentials: { accessKeyId: process.env.LOCAL_KEY!, secretAccessKey: process.env.LOCAL_SECRET! } });
export const db = process.env.IS_OFFLINE ? offlineDb : new DynamoDBClient({});
export const handler = async () => [a, b, db];
`,
  },
  {
    name: 'STS AssumeRole output passed on (SDK v2 and v3, cross-account)',
    code: `import AWS from 'aws-sdk';
import { STSClient, AssumeRoleCommand } from '@aws-sdk/client-sts';
import { S3Client } from '@aws-sdk/client-s3';
export const handler = async (event: { roleArn: string }) => {
  const { Credentials } = await new STSClient({}).send(new AssumeRoleCommand({ RoleArn: event.roleArn, RoleSessionName: 'x' }));
  const a = new S3Client({ credentials: { accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretAccessKey!, sessionToken: Credentials?.SessionToken } });
  const data = await new AWS.STS().assumeRole({ RoleArn: event.roleArn, RoleSessionName: 'y' }).promise();
  const b = new AWS.S3({ accessKeyId: data.Credentials!.AccessKeyId, secretAccessKey: data.Credentials!.SecretAccessKey, sessionToken: data.Credentials!.SessionToken });
  AWS.config.credentials = new AWS.Credentials(data.Credentials!.AccessKeyId, data.Credentials!.SecretAccessKey, data.Credentials!.SessionToken);
  return [a, b];
};
`,
  },
  {
    name: 'SDK v2: AWS.config fields that are not credentials',
    code: `import AWS from 'aws-sdk';
AWS.config.region = 'eu-west-1';
AWS.config.maxRetries = 3;
export const handler = async () => new AWS.S3().listBuckets().promise();
`,
  },
];

const tsInvalid: Invalid[] = [
  {
    name: 'an exported STS client (other modules may send it anything), and a command imported under a token operation\'s name, are judged as any client',
    code: `import { STSClient, GetFederationTokenCommand, AssumeRoleCommand as GetSessionTokenCommand } from '@aws-sdk/client-sts';
export const sts = new STSClient({ credentials: { accessKeyId: process.env.UPLOAD_KEY!, secretAccessKey: process.env.UPLOAD_SECRET! } });
export const token = () => sts.send(new GetFederationTokenCommand({ Name: 'u' }));
const aliased = new STSClient({ credentials: { accessKeyId: process.env.UPLOAD_KEY!, secretAccessKey: process.env.UPLOAD_SECRET! } });
export const assume = () => aliased.send(new GetSessionTokenCommand({ RoleArn: 'arn', RoleSessionName: 's' }));`,
    output: null,
    errors: [
      { messageId: 'staticCredentials', data: { target: 'STSClient' }, line: 2, column: 36, endLine: 2, endColumn: 134, suggestions: [{ messageId: 'removeCredentials', output: `import { STSClient, GetFederationTokenCommand, AssumeRoleCommand as GetSessionTokenCommand } from '@aws-sdk/client-sts';
export const sts = new STSClient({});
export const token = () => sts.send(new GetFederationTokenCommand({ Name: 'u' }));
const aliased = new STSClient({ credentials: { accessKeyId: process.env.UPLOAD_KEY!, secretAccessKey: process.env.UPLOAD_SECRET! } });
export const assume = () => aliased.send(new GetSessionTokenCommand({ RoleArn: 'arn', RoleSessionName: 's' }));` }] },
      { messageId: 'staticCredentials', data: { target: 'STSClient' }, line: 4, column: 33, endLine: 4, endColumn: 131, suggestions: [{ messageId: 'removeCredentials', output: `import { STSClient, GetFederationTokenCommand, AssumeRoleCommand as GetSessionTokenCommand } from '@aws-sdk/client-sts';
export const sts = new STSClient({ credentials: { accessKeyId: process.env.UPLOAD_KEY!, secretAccessKey: process.env.UPLOAD_SECRET! } });
export const token = () => sts.send(new GetFederationTokenCommand({ Name: 'u' }));
const aliased = new STSClient({});
export const assume = () => aliased.send(new GetSessionTokenCommand({ RoleArn: 'arn', RoleSessionName: 's' }));` }] },
    ],
  },
  {
    name: "STS clients that assume a role, or that hand the runtime's own keys to GetFederationToken, are judged as any client",
    code: `import { STSClient, GetFederationTokenCommand, AssumeRoleCommand } from '@aws-sdk/client-sts';
const other = new STSClient({ credentials: { accessKeyId: process.env.KEY!, secretAccessKey: process.env.SECRET! } });
export const assume = () => other.send(new AssumeRoleCommand({ RoleArn: 'arn', RoleSessionName: 's' }));
const runtime = new STSClient({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });
export const fed = () => runtime.send(new GetFederationTokenCommand({ Name: 'u' }));`,
    output: null,
    errors: [
      { messageId: 'staticCredentials', data: { target: 'STSClient' }, line: 2, column: 31, endLine: 2, endColumn: 115, suggestions: [{ messageId: 'removeCredentials', output: `import { STSClient, GetFederationTokenCommand, AssumeRoleCommand } from '@aws-sdk/client-sts';
const other = new STSClient({});
export const assume = () => other.send(new AssumeRoleCommand({ RoleArn: 'arn', RoleSessionName: 's' }));
const runtime = new STSClient({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });
export const fed = () => runtime.send(new GetFederationTokenCommand({ Name: 'u' }));` }] },
      { messageId: 'runtimeCredentialsWithoutToken', data: { target: 'STSClient' }, line: 4, column: 33, endLine: 4, endColumn: 146, suggestions: [{ messageId: 'removeCredentials', output: `import { STSClient, GetFederationTokenCommand, AssumeRoleCommand } from '@aws-sdk/client-sts';
const other = new STSClient({ credentials: { accessKeyId: process.env.KEY!, secretAccessKey: process.env.SECRET! } });
export const assume = () => other.send(new AssumeRoleCommand({ RoleArn: 'arn', RoleSessionName: 's' }));
const runtime = new STSClient({});
export const fed = () => runtime.send(new GetFederationTokenCommand({ Name: 'u' }));` }] },
    ],
  },
  {
    name: "Twilio's parameter order written with aws-lambda's types is a Lambda module (the parameters in the wrong order)",
    code: `import type { APIGatewayProxyEvent, Callback, Context } from 'aws-lambda';
import { S3Client } from '@aws-sdk/client-s3';
exports.handler = async (context: Context, event: APIGatewayProxyEvent, callback: Callback) => {
  const s3 = new S3Client({ credentials: { accessKeyId: process.env.MY_KEY!, secretAccessKey: process.env.MY_SECRET! } });
  callback(null, await s3.config.region());
};`,
    output: null,
    errors: [
      { messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 4, column: 29, endLine: 4, endColumn: 119, suggestions: [{ messageId: 'removeCredentials', output: `import type { APIGatewayProxyEvent, Callback, Context } from 'aws-lambda';
import { S3Client } from '@aws-sdk/client-s3';
exports.handler = async (context: Context, event: APIGatewayProxyEvent, callback: Callback) => {
  const s3 = new S3Client({});
  callback(null, await s3.config.region());
};` }] },
    ],
  },
  {
    name: 'an endpoint the configuration names, in a file that names no S3-compatible store, excuses nothing',
    code: `import { S3Client } from '@aws-sdk/client-s3';
export const plain = new S3Client({ endpoint: process.env.S3_ENDPOINT, credentials: { accessKeyId: process.env.S3_KEY!, secretAccessKey: process.env.S3_SECRET! } });`,
    output: null,
    errors: [
      { messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 2, column: 72, endLine: 2, endColumn: 162, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
export const plain = new S3Client({ endpoint: process.env.S3_ENDPOINT });` }] },
    ],
  },
  {
    name: "a MinIO endpoint that may be unset (then the client goes to AWS) excuses nothing",
    code: `import { S3Client } from '@aws-sdk/client-s3';
const minio = process.env.MINIO_ENDPOINT || undefined;
export const fallback = new S3Client({ endpoint: minio, credentials: { accessKeyId: process.env.S3_KEY!, secretAccessKey: process.env.S3_SECRET! } });`,
    output: null,
    errors: [
      { messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 3, column: 57, endLine: 3, endColumn: 147, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const minio = process.env.MINIO_ENDPOINT || undefined;
export const fallback = new S3Client({ endpoint: minio });` }] },
    ],
  },
  {
    name: "an endpoint the configuration names excuses keys from variables only on S3 clients, and never the runtime's own keys",
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export const table = new DynamoDBClient({ endpoint: process.env.DDB_ENDPOINT, credentials: { accessKeyId: process.env.DDB_KEY!, secretAccessKey: process.env.DDB_SECRET! } });
export const runtime = new S3Client({ endpoint: process.env.S3_ENDPOINT, credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });`,
    output: null,
    errors: [
      { messageId: 'staticCredentials', data: { target: 'DynamoDBClient' }, line: 3, column: 79, endLine: 3, endColumn: 171, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export const table = new DynamoDBClient({ endpoint: process.env.DDB_ENDPOINT });
export const runtime = new S3Client({ endpoint: process.env.S3_ENDPOINT, credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });` }] },
      { messageId: 'runtimeCredentialsWithoutToken', data: { target: 'S3Client' }, line: 4, column: 74, endLine: 4, endColumn: 187, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export const table = new DynamoDBClient({ endpoint: process.env.DDB_ENDPOINT, credentials: { accessKeyId: process.env.DDB_KEY!, secretAccessKey: process.env.DDB_SECRET! } });
export const runtime = new S3Client({ endpoint: process.env.S3_ENDPOINT });` }] },
    ],
  },
  {
    name: "SDK v2's signer, imported, given a constant's keys through a name bound to it",
    code: `import AWS from 'aws-sdk';
const SEARCH = { accessKeyId: process.env.SEARCH_KEY!, secretAccessKey: process.env.SEARCH_SECRET! };
export const sign = (request: AWS.HttpRequest): void => {
  const signer: AWS.Signers.V4 = new AWS.Signers.V4(request, 'es');
  signer.addAuthorization(SEARCH, new Date());
};
`,
    output: null,
    errors: [
      { messageId: 'staticSignerCredentials', data: { target: 'AWS.Signers.V4', remedy: V2_SIGNER_REMEDY }, line: 5, column: 27, endLine: 5, endColumn: 33, suggestions: [] },
    ],
  },
  {
    name: 'a signer given placeholder keys outside any environment switch: hard-coded keys (a placeholder is filled in with real ones)',
    code: `import { SignatureV4 } from '@smithy/signature-v4';
export const signer = new SignatureV4({ credentials: { accessKeyId: 'YOUR_ACCESS_KEY_ID', secretAccessKey: 'YOUR_SECRET' }, region: 'eu-west-1', service: 'es', sha256: Object });
`,
    output: null,
    errors: [
      { messageId: 'hardcodedSignerCredentials', data: { target: 'SignatureV4', remedy: SIGNER_REMEDY }, line: 2, column: 41, endLine: 2, endColumn: 123, suggestions: [] },
    ],
  },
  {
    name: "a class extending SignatureV4 hands super() static keys; one handing on its constructor's parameter is not judged",
    code: `import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';
export class EsSigner extends SignatureV4 {
  constructor() { super({ credentials: { accessKeyId: process.env.ES_KEY!, secretAccessKey: process.env.ES_SECRET! }, region: 'eu-west-1', service: 'es', sha256: Sha256 }); }
}
export class Passing extends SignatureV4 {
  constructor(credentials: any) { super({ credentials, region: 'eu-west-1', service: 'es', sha256: Sha256 }); }
}
`,
    output: null,
    errors: [
      { messageId: 'staticSignerCredentials', data: { target: 'SignatureV4', remedy: SIGNER_REMEDY }, line: 4, column: 27, endLine: 4, endColumn: 117, suggestions: [] },
    ],
  },
  {
    name: 'SignatureV4 given keys of other environment variables: reported on credentials, without a suggestion',
    code: `import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';
export const signer = new SignatureV4({
  credentials: { accessKeyId: process.env.ES_KEY!, secretAccessKey: process.env.ES_SECRET! },
  region: 'eu-west-1',
  service: 'es',
  sha256: Sha256,
});
`,
    output: null,
    errors: [
      { messageId: 'staticSignerCredentials', data: { target: 'SignatureV4', remedy: SIGNER_REMEDY }, line: 4, column: 3, endLine: 4, endColumn: 93, suggestions: [] },
    ],
  },
  {
    name: "signers given hard-coded keys through a const, the runtime's keys without the token, and keys an OpenSearch provider returns",
    code: `import { SignatureV4MultiRegion as Signer } from '@aws-sdk/signature-v4-multi-region';
import { SignatureV4 } from '@aws-sdk/signature-v4';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/aws-v3';
const keys = { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' };
export const a = new Signer({ credentials: keys, region: '*', service: 's3', sha256: Object });
export const b = new SignatureV4({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! }, service: 'lambda', region: 'eu-west-1', sha256: Object });
export const c = AwsSigv4Signer({ region: 'eu-west-1', service: 'es', getCredentials: async () => ({ accessKeyId: process.env.OS_KEY!, secretAccessKey: process.env.OS_SECRET! }) });
`,
    output: null,
    errors: [
      { messageId: 'hardcodedSignerCredentials', data: { target: 'SignatureV4MultiRegion', remedy: SIGNER_REMEDY }, line: 5, column: 31, endLine: 5, endColumn: 48, suggestions: [] },
      { messageId: 'runtimeSignerCredentialsWithoutToken', data: { target: 'SignatureV4', remedy: SIGNER_REMEDY }, line: 6, column: 36, endLine: 6, endColumn: 149, suggestions: [] },
      { messageId: 'staticSignerCredentials', data: { target: 'AwsSigv4Signer', remedy: SIGNER_REMEDY }, line: 7, column: 71, endLine: 7, endColumn: 178, suggestions: [] },
    ],
  },
  {
    name: 'a const object of keys read only as credentials is removed with its uses (two clients, one edit); one read elsewhere or holding a call stays',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
const credentials = { accessKeyId: process.env.PARTNER_KEY!, secretAccessKey: process.env.PARTNER_SECRET! };
export const s3 = new S3Client({ region: 'eu-west-1', credentials });
export const sqs = new SQSClient({ credentials: credentials });
const exported = { accessKeyId: process.env.PARTNER_KEY!, secretAccessKey: process.env.PARTNER_SECRET! };
export const s3b = new S3Client({ credentials: exported });
console.log(exported.accessKeyId.length);
const computed = { accessKeyId: readKey(), secretAccessKey: process.env.PARTNER_SECRET! };
export const s3c = new S3Client({ credentials: computed });
declare function readKey(): string;
`,
    output: null,
    errors: [
      { messageId: 'staticCredentials', data: {"target":"S3Client"}, line: 4, column: 55, endLine: 4, endColumn: 66, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
export const s3 = new S3Client({ region: 'eu-west-1' });
export const sqs = new SQSClient({});
const exported = { accessKeyId: process.env.PARTNER_KEY!, secretAccessKey: process.env.PARTNER_SECRET! };
export const s3b = new S3Client({ credentials: exported });
console.log(exported.accessKeyId.length);
const computed = { accessKeyId: readKey(), secretAccessKey: process.env.PARTNER_SECRET! };
export const s3c = new S3Client({ credentials: computed });
declare function readKey(): string;
` }] },
      { messageId: 'staticCredentials', data: {"target":"SQSClient"}, line: 5, column: 36, endLine: 5, endColumn: 60, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
export const s3 = new S3Client({ region: 'eu-west-1' });
export const sqs = new SQSClient({});
const exported = { accessKeyId: process.env.PARTNER_KEY!, secretAccessKey: process.env.PARTNER_SECRET! };
export const s3b = new S3Client({ credentials: exported });
console.log(exported.accessKeyId.length);
const computed = { accessKeyId: readKey(), secretAccessKey: process.env.PARTNER_SECRET! };
export const s3c = new S3Client({ credentials: computed });
declare function readKey(): string;
` }] },
      { messageId: 'staticCredentials', data: {"target":"S3Client"}, line: 7, column: 35, endLine: 7, endColumn: 56, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
const credentials = { accessKeyId: process.env.PARTNER_KEY!, secretAccessKey: process.env.PARTNER_SECRET! };
export const s3 = new S3Client({ region: 'eu-west-1', credentials });
export const sqs = new SQSClient({ credentials: credentials });
const exported = { accessKeyId: process.env.PARTNER_KEY!, secretAccessKey: process.env.PARTNER_SECRET! };
export const s3b = new S3Client({});
console.log(exported.accessKeyId.length);
const computed = { accessKeyId: readKey(), secretAccessKey: process.env.PARTNER_SECRET! };
export const s3c = new S3Client({ credentials: computed });
declare function readKey(): string;
` }] },
      { messageId: 'staticCredentials', data: {"target":"S3Client"}, line: 10, column: 35, endLine: 10, endColumn: 56, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
const credentials = { accessKeyId: process.env.PARTNER_KEY!, secretAccessKey: process.env.PARTNER_SECRET! };
export const s3 = new S3Client({ region: 'eu-west-1', credentials });
export const sqs = new SQSClient({ credentials: credentials });
const exported = { accessKeyId: process.env.PARTNER_KEY!, secretAccessKey: process.env.PARTNER_SECRET! };
export const s3b = new S3Client({ credentials: exported });
console.log(exported.accessKeyId.length);
const computed = { accessKeyId: readKey(), secretAccessKey: process.env.PARTNER_SECRET! };
export const s3c = new S3Client({});
declare function readKey(): string;
` }] },
    ],
  },
  {
    name: "SDK v3: a client's profile option in a file with a handler (the default chain then skips the execution role's keys)",
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
const ddb = new DynamoDBClient({ region: 'us-east-1', profile: 'prod' });
const switched = new S3Client({ profile: process.env.IS_OFFLINE ? 'local' : undefined });
const fromEnv = new S3Client({ profile: process.env.AWS_PROFILE });
const local = process.env.IS_OFFLINE ? new S3Client({ profile: 'dev' }) : new S3Client({});
export const handler = async () => [ddb, switched, fromEnv, local];
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: "DynamoDBClient's profile option" },
        line: 3,
        column: 55,
        endLine: 3,
        endColumn: 70,
        suggestions: [{ messageId: 'removeCredentials', output: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
const ddb = new DynamoDBClient({ region: 'us-east-1' });
const switched = new S3Client({ profile: process.env.IS_OFFLINE ? 'local' : undefined });
const fromEnv = new S3Client({ profile: process.env.AWS_PROFILE });
const local = process.env.IS_OFFLINE ? new S3Client({ profile: 'dev' }) : new S3Client({});
export const handler = async () => [ddb, switched, fromEnv, local];
` }],
      },
    ],
  },
  {
    name: "SDK v2 instrumented by X-Ray (AWSXRay.captureAWS of the namespace import) is still the SDK",
    code: `import * as AWSXRay from 'aws-xray-sdk-core';
import * as AWSSDK from 'aws-sdk';
const AWS = AWSXRay.captureAWS(AWSSDK);
export const table = new AWS.DynamoDB.DocumentClient({ accessKeyId: process.env.TABLE_KEY, secretAccessKey: process.env.TABLE_SECRET });`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.DynamoDB.DocumentClient' },
        line: 4,
        column: 56,
        endLine: 4,
        endColumn: 133,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import * as AWSXRay from 'aws-xray-sdk-core';
import * as AWSSDK from 'aws-sdk';
const AWS = AWSXRay.captureAWS(AWSSDK);
export const table = new AWS.DynamoDB.DocumentClient({});`,
          },
        ],
      },
    ],
  },
  {
    name: 'a class extending an SDK client (v3 and v2) hands keys to super(): the client is built with them',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import AWS from 'aws-sdk';
export class ReportsBucket extends S3Client {
  constructor() {
    super({ region: 'us-east-1', credentials: { accessKeyId: process.env.REPORTS_KEY_ID!, secretAccessKey: process.env.REPORTS_SECRET! } });
  }
}
export class Queue extends AWS.SQS {
  constructor() {
    super({ accessKeyId: process.env.Q_KEY, secretAccessKey: process.env.Q_SECRET, region: 'eu-west-1' });
  }
}
export const handler = async () => [new ReportsBucket(), new Queue()];
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 5,
        column: 34,
        endLine: 5,
        endColumn: 137,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { S3Client } from '@aws-sdk/client-s3';
import AWS from 'aws-sdk';
export class ReportsBucket extends S3Client {
  constructor() {
    super({ region: 'us-east-1' });
  }
}
export class Queue extends AWS.SQS {
  constructor() {
    super({ accessKeyId: process.env.Q_KEY, secretAccessKey: process.env.Q_SECRET, region: 'eu-west-1' });
  }
}
export const handler = async () => [new ReportsBucket(), new Queue()];
`,
          },
        ],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.SQS' },
        line: 10,
        column: 13,
        endLine: 10,
        endColumn: 82,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { S3Client } from '@aws-sdk/client-s3';
import AWS from 'aws-sdk';
export class ReportsBucket extends S3Client {
  constructor() {
    super({ region: 'us-east-1', credentials: { accessKeyId: process.env.REPORTS_KEY_ID!, secretAccessKey: process.env.REPORTS_SECRET! } });
  }
}
export class Queue extends AWS.SQS {
  constructor() {
    super({ region: 'eu-west-1' });
  }
}
export const handler = async () => [new ReportsBucket(), new Queue()];
`,
          },
        ],
      },
    ],
  },
  {
    name: "keys a class's constructor hands to a client, given by each new of the class (a type annotation is no use)",
    code: `import { S3Client } from '@aws-sdk/client-s3';
class StorageService {
  private client: S3Client;
  constructor(creds: { accessKeyId: string; secretAccessKey: string }) {
    this.client = new S3Client({ region: 'us-east-1', credentials: creds });
  }
}
const storage: StorageService = new StorageService({ accessKeyId: process.env.KEY!, secretAccessKey: process.env.SECRET! });
export const handler = async () => storage;
`,
    output: null,
    errors: [{ messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 5, column: 55, endLine: 5, endColumn: 73, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
class StorageService {
  private client: S3Client;
  constructor(creds: { accessKeyId: string; secretAccessKey: string }) {
    this.client = new S3Client({ region: 'us-east-1' });
  }
}
const storage: StorageService = new StorageService({ accessKeyId: process.env.KEY!, secretAccessKey: process.env.SECRET! });
export const handler = async () => storage;
` }] }],
  },
  {
    name: 'whole client options handed to a factory function of the file: each call is judged where it gives them',
    code: `import { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
const makeS3 = (config: S3ClientConfig) => new S3Client(config);
export const s3 = makeS3({ region: 'us-east-1', credentials: { accessKeyId: process.env.K!, secretAccessKey: process.env.S! } });
export const plain = makeS3({ region: 'us-east-1' });
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 49,
        endLine: 3,
        endColumn: 126,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
const makeS3 = (config: S3ClientConfig) => new S3Client(config);
export const s3 = makeS3({ region: 'us-east-1' });
export const plain = makeS3({ region: 'us-east-1' });
`,
          },
        ],
      },
    ],
  },
  {
    name: 'keys in a const bound to a choice, passed as credentials (the choice read as if written in place)',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const keyId = process.env.UPLOAD_KEY_ID;
const credentials = keyId ? { accessKeyId: keyId, secretAccessKey: process.env.UPLOAD_SECRET! } : undefined;
export const s3 = new S3Client({ region: 'us-east-1', credentials });
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 4,
        column: 55,
        endLine: 4,
        endColumn: 66,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { S3Client } from '@aws-sdk/client-s3';
const keyId = process.env.UPLOAD_KEY_ID;
const credentials = keyId ? { accessKeyId: keyId, secretAccessKey: process.env.UPLOAD_SECRET! } : undefined;
export const s3 = new S3Client({ region: 'us-east-1' });
`,
          },
        ],
      },
    ],
  },
  {
    name: "keys assigned to a let in a branch before the client reads it (the suggestion removes the client's credentials; the assignment stays)",
    code: `import { S3Client } from '@aws-sdk/client-s3';
let credentials;
if (process.env.S3_KEY) {
  credentials = { accessKeyId: process.env.S3_KEY, secretAccessKey: process.env.S3_SECRET! };
}
export const s3 = new S3Client({ region: 'us-east-1', credentials });
`,
    output: null,
    errors: [{ messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 6, column: 55, endLine: 6, endColumn: 66, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
let credentials;
if (process.env.S3_KEY) {
  credentials = { accessKeyId: process.env.S3_KEY, secretAccessKey: process.env.S3_SECRET! };
}
export const s3 = new S3Client({ region: 'us-east-1' });
` }] }],
  },
  {
    name: 'client options reassigned to a let in a branch: the assigned object is judged where it is written',
    code: `import { S3Client } from '@aws-sdk/client-s3';
let s3Config: any = { region: 'us-east-1' };
if (process.env.S3_KEY) s3Config = { region: 'us-east-1', credentials: { accessKeyId: process.env.S3_KEY, secretAccessKey: process.env.S3_SECRET! } };
export const s3 = new S3Client(s3Config);
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 59,
        endLine: 3,
        endColumn: 148,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { S3Client } from '@aws-sdk/client-s3';
let s3Config: any = { region: 'us-east-1' };
if (process.env.S3_KEY) s3Config = { region: 'us-east-1' };
export const s3 = new S3Client(s3Config);
`,
          },
        ],
      },
    ],
  },
  {
    name: 'wrappers calling wrappers: the same findings whatever order the functions are written in',
    code: `import { S3Client } from '@aws-sdk/client-s3';
function w1(c: any) { return new S3Client({ credentials: c }); }
function w2(c: any) { return w1(c); }
function w3(c: any) { new S3Client({ credentials: c }); return w2(c); }
function w4(c: any) { return w3(c); }
export const x = w4({ accessKeyId: process.env.K!, secretAccessKey: process.env.S! });
function v3(c: any) { new S3Client({ credentials: c }); return v2(c); }
function v1(c: any) { return new S3Client({ credentials: c }); }
function v2(c: any) { return v1(c); }
function v4(c: any) { return v3(c); }
export const y = v4({ accessKeyId: process.env.K!, secretAccessKey: process.env.S! });`,
    errors: [
      { messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 4, column: 38, endLine: 4, endColumn: 52, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
function w1(c: any) { return new S3Client({ credentials: c }); }
function w2(c: any) { return w1(c); }
function w3(c: any) { new S3Client({}); return w2(c); }
function w4(c: any) { return w3(c); }
export const x = w4({ accessKeyId: process.env.K!, secretAccessKey: process.env.S! });
function v3(c: any) { new S3Client({ credentials: c }); return v2(c); }
function v1(c: any) { return new S3Client({ credentials: c }); }
function v2(c: any) { return v1(c); }
function v4(c: any) { return v3(c); }
export const y = v4({ accessKeyId: process.env.K!, secretAccessKey: process.env.S! });` }] },
      { messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 7, column: 38, endLine: 7, endColumn: 52, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
function w1(c: any) { return new S3Client({ credentials: c }); }
function w2(c: any) { return w1(c); }
function w3(c: any) { new S3Client({ credentials: c }); return w2(c); }
function w4(c: any) { return w3(c); }
export const x = w4({ accessKeyId: process.env.K!, secretAccessKey: process.env.S! });
function v3(c: any) { new S3Client({}); return v2(c); }
function v1(c: any) { return new S3Client({ credentials: c }); }
function v2(c: any) { return v1(c); }
function v4(c: any) { return v3(c); }
export const y = v4({ accessKeyId: process.env.K!, secretAccessKey: process.env.S! });` }] },
    ],
  },
  {
    name: 'credentials set with ??= on options the literal left without them, before the client is made',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const config: { region: string; credentials?: { accessKeyId: string; secretAccessKey: string } } = { region: 'us-east-1' };
config.credentials ??= { accessKeyId: process.env.MY_KEY!, secretAccessKey: process.env.MY_SECRET! };
export const s3 = new S3Client(config);`,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 101,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const config: { region: string; credentials?: { accessKeyId: string; secretAccessKey: string } } = { region: 'us-east-1' };
export const s3 = new S3Client(config);` }],
      },
    ],
  },
  {
    name: 'keys a parameter gets past a TypeScript this parameter, from its default, or handed on by a recursive call',
    code: `import { S3Client } from '@aws-sdk/client-s3';
function withThis(this: void, credentials: any) { return new S3Client({ credentials }); }
export const a = withThis({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
function byDefault(credentials = { accessKeyId: process.env.K!, secretAccessKey: process.env.S! }) { return new S3Client({ credentials }); }
export const b = byDefault();
function recursive(credentials: any, n: number): S3Client { if (n > 0) return recursive(credentials, n - 1); return new S3Client({ credentials }); }
export const c = recursive({ accessKeyId: process.env.K!, secretAccessKey: process.env.S! }, 3);
`,
    errors: [
      { messageId: 'hardcodedCredentials', data: { target: 'S3Client' }, line: 2, column: 73, endLine: 2, endColumn: 84, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
function withThis(this: void, credentials: any) { return new S3Client({}); }
export const a = withThis({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
function byDefault(credentials = { accessKeyId: process.env.K!, secretAccessKey: process.env.S! }) { return new S3Client({ credentials }); }
export const b = byDefault();
function recursive(credentials: any, n: number): S3Client { if (n > 0) return recursive(credentials, n - 1); return new S3Client({ credentials }); }
export const c = recursive({ accessKeyId: process.env.K!, secretAccessKey: process.env.S! }, 3);
` }] },
      { messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 4, column: 124, endLine: 4, endColumn: 135, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
function withThis(this: void, credentials: any) { return new S3Client({ credentials }); }
export const a = withThis({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
function byDefault(credentials = { accessKeyId: process.env.K!, secretAccessKey: process.env.S! }) { return new S3Client({}); }
export const b = byDefault();
function recursive(credentials: any, n: number): S3Client { if (n > 0) return recursive(credentials, n - 1); return new S3Client({ credentials }); }
export const c = recursive({ accessKeyId: process.env.K!, secretAccessKey: process.env.S! }, 3);
` }] },
      { messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 6, column: 132, endLine: 6, endColumn: 143, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
function withThis(this: void, credentials: any) { return new S3Client({ credentials }); }
export const a = withThis({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
function byDefault(credentials = { accessKeyId: process.env.K!, secretAccessKey: process.env.S! }) { return new S3Client({ credentials }); }
export const b = byDefault();
function recursive(credentials: any, n: number): S3Client { if (n > 0) return recursive(credentials, n - 1); return new S3Client({}); }
export const c = recursive({ accessKeyId: process.env.K!, secretAccessKey: process.env.S! }, 3);
` }] },
    ],
  },
  {
    name: 'keys a module function receives as its credentials parameter and hands to a client: reported there, the suggestion removing them there',
    code: `import { S3Client } from '@aws-sdk/client-s3';
function makeClient(credentials: { accessKeyId: string; secretAccessKey: string }) {
  return new S3Client({ region: 'us-east-1', credentials });
}
export const s3 = makeClient({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
`,
    errors: [{ messageId: 'hardcodedCredentials', data: { target: 'S3Client' }, line: 3, column: 46, endLine: 3, endColumn: 57, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
function makeClient(credentials: { accessKeyId: string; secretAccessKey: string }) {
  return new S3Client({ region: 'us-east-1' });
}
export const s3 = makeClient({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
` }] }],
  },
  {
    name: 'environment keys passed through an optional credentials parameter by one call, none by another',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const makeClient = (credentials?: { accessKeyId: string; secretAccessKey: string }) => new S3Client({ credentials });
export const a = makeClient();
export const b = makeClient({ accessKeyId: process.env.MY_KEY_ID!, secretAccessKey: process.env.MY_SECRET! });
`,
    errors: [{ messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 2, column: 103, endLine: 2, endColumn: 114, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const makeClient = (credentials?: { accessKeyId: string; secretAccessKey: string }) => new S3Client({});
export const a = makeClient();
export const b = makeClient({ accessKeyId: process.env.MY_KEY_ID!, secretAccessKey: process.env.MY_SECRET! });
` }] }],
  },
  {
    name: 'master keys in a fromTemporaryCredentials a function of the file returns: reported without a suggestion',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
const makeCredentials = () =>
  fromTemporaryCredentials({ masterCredentials: { accessKeyId: process.env.K!, secretAccessKey: process.env.S! }, params: { RoleArn: 'r' } });
export const s3 = new S3Client({ credentials: makeCredentials() });
`,
    errors: [{ messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 5, column: 34, endLine: 5, endColumn: 64, suggestions: [] }],
  },
  {
    name: 'master keys in options bound to a const, or a provider bound to a const: reported without a suggestion',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
const options = { masterCredentials: { accessKeyId: process.env.K!, secretAccessKey: process.env.S! }, params: { RoleArn: 'r' } };
export const a = new S3Client({ credentials: fromTemporaryCredentials(options) });
const provider = fromTemporaryCredentials(options);
export const b = new S3Client({ credentials: provider });
`,
    errors: [
      { messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 4, column: 33, endLine: 4, endColumn: 79, suggestions: [] },
      { messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 6, column: 33, endLine: 6, endColumn: 54, suggestions: [] },
    ],
  },
  {
    name: 'static keys as the master credentials of fromTemporaryCredentials (in place, and through a const)',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
const master = { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! };
export const a = new S3Client({
  credentials: fromTemporaryCredentials({
    masterCredentials: { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! },
    params: { RoleArn: 'arn:aws:iam::123456789012:role/reader' },
  }),
});
export const b = new S3Client({ credentials: fromTemporaryCredentials({ masterCredentials: master, params: { RoleArn: 'r' } }) });
`,
    errors: [
      { messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 5, column: 3, endLine: 8, endColumn: 5, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
const master = { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! };
export const a = new S3Client({
  credentials: fromTemporaryCredentials({
    params: { RoleArn: 'arn:aws:iam::123456789012:role/reader' },
  }),
});
export const b = new S3Client({ credentials: fromTemporaryCredentials({ masterCredentials: master, params: { RoleArn: 'r' } }) });
` }] },
      { messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 10, column: 33, endLine: 10, endColumn: 127, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
const master = { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! };
export const a = new S3Client({
  credentials: fromTemporaryCredentials({
    masterCredentials: { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! },
    params: { RoleArn: 'arn:aws:iam::123456789012:role/reader' },
  }),
});
export const b = new S3Client({ credentials: fromTemporaryCredentials({ params: { RoleArn: 'r' } }) });
` }] },
    ],
  },
  {
    name: 'credentials from a constant made read-only with Object.freeze',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const CREDENTIALS = Object.freeze({ accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! });
export const s3 = new S3Client({ credentials: CREDENTIALS });
`,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 34,
        endLine: 3,
        endColumn: 58,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { S3Client } from '@aws-sdk/client-s3';
const CREDENTIALS = Object.freeze({ accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! });
export const s3 = new S3Client({});
`,
          },
        ],
      },
    ],
  },
  {
    name: 'a whole configuration chosen at run time, written as the argument',
    code: `import { S3Client } from '@aws-sdk/client-s3';
export const a = new S3Client(process.env.F_KEY ? { credentials: { accessKeyId: process.env.F_KEY, secretAccessKey: process.env.F_SECRET! } } : {});
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 2,
        column: 53,
        endLine: 2,
        endColumn: 140,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { S3Client } from '@aws-sdk/client-s3';
export const a = new S3Client(process.env.F_KEY ? {} : {});
`,
          },
        ],
      },
    ],
  },
  {
    name: 'SDK v2 options written with a key ID and given the secret later: judged together, without a half removal',
    code: `import AWS from 'aws-sdk';
const o: AWS.S3.ClientConfiguration = { region: 'us-east-1', accessKeyId: process.env.PARTNER_KEY };
o.secretAccessKey = process.env.PARTNER_SECRET;
export const s3 = new AWS.S3(o);
`,
    output: null,
    errors: [{ messageId: 'staticCredentials', data: { target: 'AWS.S3' }, line: 3, column: 1, endLine: 3, endColumn: 47, suggestions: [] }],
  },
  {
    name: 'SDK v2 client options given literal keys one by one: one finding, on the first key written',
    code: `import AWS from 'aws-sdk';
const opts: AWS.S3.ClientConfiguration = { region: 'us-east-1' };
opts.accessKeyId = '${KEY_ID}';
opts.secretAccessKey = '${SECRET}';
export const s3 = new AWS.S3(opts);
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.S3' },
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 42,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import AWS from 'aws-sdk';
const opts: AWS.S3.ClientConfiguration = { region: 'us-east-1' };
export const s3 = new AWS.S3(opts);
`,
          },
        ],
      },
    ],
  },
  {
    name: 'options built in steps: credentials written to the options object before the client is made',
    code: `import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
const s3Config: S3ClientConfig = { region: 'us-east-1' };
if (process.env.UPLOAD_KEY_ID) {
  s3Config.credentials = { accessKeyId: process.env.UPLOAD_KEY_ID, secretAccessKey: process.env.UPLOAD_SECRET! };
}
export const s3 = new S3Client(s3Config);
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 113,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
const s3Config: S3ClientConfig = { region: 'us-east-1' };
if (process.env.UPLOAD_KEY_ID) {
}
export const s3 = new S3Client(s3Config);
`,
          },
        ],
      },
    ],
  },
  {
    name: 'keys in an outcome of a spread chosen at run time; a local run outcome with a local endpoint is exempt',
    code: `import { SESClient } from '@aws-sdk/client-ses';
const keyId = process.env.APP_KEY_ID;
export const ses = new SESClient({
  region: 'us-east-2',
  ...(keyId && { credentials: { accessKeyId: keyId, secretAccessKey: process.env.APP_SECRET! } }),
});
export const local = new SESClient({ ...(process.env.IS_OFFLINE ? { credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, endpoint: 'http://localhost:4566' } : {}) });
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'SESClient' },
        line: 5,
        column: 18,
        endLine: 5,
        endColumn: 95,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { SESClient } from '@aws-sdk/client-ses';
const keyId = process.env.APP_KEY_ID;
export const ses = new SESClient({
  region: 'us-east-2',
  ...(keyId && {}),
});
export const local = new SESClient({ ...(process.env.IS_OFFLINE ? { credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, endpoint: 'http://localhost:4566' } : {}) });
`,
          },
        ],
      },
    ],
  },
  {
    name: 'real-looking keys written in test code are keys all the same; the runtime keys beside them are not reported',
    filename: 'test/integration/orders.test.ts',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const fromEnv = new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });
const written = new S3Client({ credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 32,
        endLine: 3,
        endColumn: 145,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { S3Client } from '@aws-sdk/client-s3';
const fromEnv = new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });
const written = new S3Client({});`,
          },
        ],
      },
    ],
  },
  {
    name: 'the runtimes own keys without their session token in a branch of a choice fail whenever chosen (the test is true in Lambda)',
    code: `import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  credentials: process.env.AWS_ACCESS_KEY_ID && process.env.AWS_SECRET_ACCESS_KEY
    ? { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY }
    : undefined,
});`,
    output: null,
    errors: [
      { messageId: 'runtimeCredentialsWithoutToken', data: { target: 'S3Client' }, line: 4, column: 3, endLine: 6, endColumn: 16, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({});` }] },
    ],
  },
    {
      name: 'key parameters stay reported: an exported factory (callers elsewhere), an aliased one, one the function reassigns',
      code: `import AWS from 'aws-sdk';
export const exported = (region?: string, accessKeyId?: string, secretAccessKey?: string) =>
  new AWS.DynamoDB({ region, accessKeyId, secretAccessKey });
export const one = exported();
const aliased = (accessKeyId?: string, secretAccessKey?: string) => new AWS.S3({ accessKeyId, secretAccessKey });
const alias = aliased;
export const two = alias(process.env.KEY, process.env.SECRET);
const reassigned = (accessKeyId?: string, secretAccessKey?: string) => {
  accessKeyId = accessKeyId || process.env.KEY;
  return new AWS.SQS({ accessKeyId, secretAccessKey });
};
export const three = reassigned();`,
      output: null,
      errors: [
        { messageId: 'staticCredentials', data: { target: 'AWS.DynamoDB' }, line: 3, column: 30, endLine: 3, endColumn: 58, suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
export const exported = (region?: string, accessKeyId?: string, secretAccessKey?: string) =>
  new AWS.DynamoDB({ region });
export const one = exported();
const aliased = (accessKeyId?: string, secretAccessKey?: string) => new AWS.S3({ accessKeyId, secretAccessKey });
const alias = aliased;
export const two = alias(process.env.KEY, process.env.SECRET);
const reassigned = (accessKeyId?: string, secretAccessKey?: string) => {
  accessKeyId = accessKeyId || process.env.KEY;
  return new AWS.SQS({ accessKeyId, secretAccessKey });
};
export const three = reassigned();` }] },
        { messageId: 'staticCredentials', data: { target: 'AWS.S3' }, line: 5, column: 82, endLine: 5, endColumn: 110, suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
export const exported = (region?: string, accessKeyId?: string, secretAccessKey?: string) =>
  new AWS.DynamoDB({ region, accessKeyId, secretAccessKey });
export const one = exported();
const aliased = (accessKeyId?: string, secretAccessKey?: string) => new AWS.S3({});
const alias = aliased;
export const two = alias(process.env.KEY, process.env.SECRET);
const reassigned = (accessKeyId?: string, secretAccessKey?: string) => {
  accessKeyId = accessKeyId || process.env.KEY;
  return new AWS.SQS({ accessKeyId, secretAccessKey });
};
export const three = reassigned();` }] },
        { messageId: 'staticCredentials', data: { target: 'AWS.SQS' }, line: 10, column: 24, endLine: 10, endColumn: 52, suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
export const exported = (region?: string, accessKeyId?: string, secretAccessKey?: string) =>
  new AWS.DynamoDB({ region, accessKeyId, secretAccessKey });
export const one = exported();
const aliased = (accessKeyId?: string, secretAccessKey?: string) => new AWS.S3({ accessKeyId, secretAccessKey });
const alias = aliased;
export const two = alias(process.env.KEY, process.env.SECRET);
const reassigned = (accessKeyId?: string, secretAccessKey?: string) => {
  accessKeyId = accessKeyId || process.env.KEY;
  return new AWS.SQS({});
};
export const three = reassigned();` }] },
      ],
    },
    {
      name: 'key parameters a call passes, and a factory taking keys with no call in the file, stay reported',
      code: `import AWS from 'aws-sdk';
const getDD = (region?: string, accessKeyId?: string, secretAccessKey?: string) =>
  new AWS.DynamoDB({ region, accessKeyId, secretAccessKey });
export const ddb = getDD();
export const keyed = getDD('us-east-1', process.env.KEY, process.env.SECRET);
export const makeS3 = (accessKeyId: string, secretAccessKey: string) => new AWS.S3({ accessKeyId, secretAccessKey });`,
      output: null,
      errors: [
        { messageId: 'staticCredentials', data: { target: 'AWS.DynamoDB' }, line: 3, column: 30, endLine: 3, endColumn: 58, suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const getDD = (region?: string, accessKeyId?: string, secretAccessKey?: string) =>
  new AWS.DynamoDB({ region });
export const ddb = getDD();
export const keyed = getDD('us-east-1', process.env.KEY, process.env.SECRET);
export const makeS3 = (accessKeyId: string, secretAccessKey: string) => new AWS.S3({ accessKeyId, secretAccessKey });` }] },
        { messageId: 'staticCredentials', data: { target: 'AWS.S3' }, line: 6, column: 86, endLine: 6, endColumn: 114, suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const getDD = (region?: string, accessKeyId?: string, secretAccessKey?: string) =>
  new AWS.DynamoDB({ region, accessKeyId, secretAccessKey });
export const ddb = getDD();
export const keyed = getDD('us-east-1', process.env.KEY, process.env.SECRET);
export const makeS3 = (accessKeyId: string, secretAccessKey: string) => new AWS.S3({});` }] },
      ],
    },
  {
    name: 'keys in options handed to a client factory: dummy ones bound for AWS, real-looking ones whatever the endpoint',
    code: `import { Credentials, Service } from 'aws-sdk';
declare const builder: { createAwsService(ctor: unknown, options: unknown): Promise<unknown> };
declare const cfg: { endpoint: string };
export const bound = builder.createAwsService(Service, { credentials: new Credentials({ accessKeyId: 'xxx', secretAccessKey: 'xxx' }) });
export const real = builder.createAwsService(Service, { endpoint: cfg.endpoint, credentials: new Credentials('${KEY_ID}', '${SECRET}') });`,
    output: null,
    errors: [
      { messageId: 'hardcodedCredentials', data: { target: 'AWS.Credentials' }, line: 4, column: 71, endLine: 4, endColumn: 134, suggestions: [] },
      { messageId: 'hardcodedCredentials', data: { target: 'AWS.Credentials' }, line: 5, column: 94, endLine: 5, endColumn: 177, suggestions: [] },
    ],
  },
  {
    name: "the runtime's keys with a fallback another module exports, even in constant case (a config module, a secret read at run time): static keys",
    code: `import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { Constants } from './sfn-constants';
const client = new SFNClient({
  endpoint: \`https://\${process.env.HOST}\`,
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID || Constants.AWS_ACCESS_KEY_ID,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY || Constants.AWS_SECRET_ACCESS_KEY,
  },
});
export const handler = async () => client.send(new StartExecutionCommand({ stateMachineArn: 'x' }));`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'SFNClient' },
        line: 5,
        column: 3,
        endLine: 8,
        endColumn: 4,
        suggestions: [{ messageId: 'removeCredentials', output: `import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { Constants } from './sfn-constants';
const client = new SFNClient({
  endpoint: \`https://\${process.env.HOST}\`,
});
export const handler = async () => client.send(new StartExecutionCommand({ stateMachineArn: 'x' }));` }],
      },
    ],
  },
  {
    name: "the runtime's keys with another environment variable as fallback, read directly or through an object of the file: static keys",
    code: `import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
const settings = { secret: process.env.MY_SECRET };
const client = new SFNClient({
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID || process.env.MY_KEY,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY || settings.secret,
  },
});
export const handler = async () => client.send(new StartExecutionCommand({ stateMachineArn: 'x' }));`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'SFNClient' },
        line: 4,
        column: 3,
        endLine: 7,
        endColumn: 4,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
const settings = { secret: process.env.MY_SECRET };
const client = new SFNClient({});
export const handler = async () => client.send(new StartExecutionCommand({ stateMachineArn: 'x' }));`,
          },
        ],
      },
    ],
  },
  {
    name: 'a profile provider imported under another name is found by its binding',
    code: `import { fromIni as profile } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({ credentials: profile({ profile: 'dev' }) });
export const handler = async () => s3.config.region();
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 3,
        column: 40,
        endLine: 3,
        endColumn: 67,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { fromIni as profile } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const handler = async () => s3.config.region();
`,
          },
        ],
      },
    ],
  },
  {
    name: "the runtime's variables in a file that then changes the environment (a test deleting them): a suggestion, not a fix",
    code: `import { LambdaClient } from '@aws-sdk/client-lambda';
const originalEnv = process.env;
const lambdaClient = new LambdaClient({
  region: 'us-east-1',
  credentials: {
    accessKeyId: originalEnv.AWS_ACCESS_KEY_ID!,
    secretAccessKey: originalEnv.AWS_SECRET_ACCESS_KEY!,
    sessionToken: originalEnv.AWS_SESSION_TOKEN,
  },
});
beforeAll(() => {
  process.env = { ...originalEnv };
  delete process.env.AWS_ACCESS_KEY_ID;
});
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'LambdaClient' },
        line: 5,
        column: 3,
        endLine: 9,
        endColumn: 4,
        suggestions: [{ messageId: 'removeCredentials', output: `import { LambdaClient } from '@aws-sdk/client-lambda';
const originalEnv = process.env;
const lambdaClient = new LambdaClient({
  region: 'us-east-1',
});
beforeAll(() => {
  process.env = { ...originalEnv };
  delete process.env.AWS_ACCESS_KEY_ID;
});
` }],
      },
    ],
  },
  {
    name: "the runtime's variables in a file that compares and copies the environment (no write): still autofixed",
    code: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
    sessionToken: process.env.AWS_SESSION_TOKEN,
  },
});
if (process.env.AWS_SESSION_TOKEN === '' || process.env.STAGE !== 'prod') console.log('x');
const env = { ...process.env };
env.AWS_SESSION_TOKEN = 'copy';
`,
    output: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
if (process.env.AWS_SESSION_TOKEN === '' || process.env.STAGE !== 'prod') console.log('x');
const env = { ...process.env };
env.AWS_SESSION_TOKEN = 'copy';
`,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 3,
        endLine: 7,
        endColumn: 4,
        suggestions: [],
      },
    ],
  },
  {
    name: 'fromIni in a module whose export takes a whole aws-lambda event, under any name: a handler file by the event type',
    code: `import type { SQSEvent } from 'aws-lambda';
import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({ credentials: fromIni({ profile: 'prod' }) });
export const consume = async (event: SQSEvent) => {
  await s3.config.region();
  return event.Records.length;
};
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 4,
        column: 40,
        endLine: 4,
        endColumn: 68,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import type { SQSEvent } from 'aws-lambda';
import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const consume = async (event: SQSEvent) => {
  await s3.config.region();
  return event.Records.length;
};
`,
          },
        ],
      },
    ],
  },
  {
    name: 'keys in one branch of a choice with a provider in the other: only that branch becomes undefined',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
const isLocal = process.argv.includes('--local');
export const s3 = new S3Client({
  credentials: isLocal
    ? { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' }
    : fromTemporaryCredentials({ params: { RoleArn: process.env.ROLE_ARN! } }),
});
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 5,
        column: 3,
        endLine: 7,
        endColumn: 79,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
const isLocal = process.argv.includes('--local');
export const s3 = new S3Client({
  credentials: isLocal
    ? undefined
    : fromTemporaryCredentials({ params: { RoleArn: process.env.ROLE_ARN! } }),
});
` }],
      },
    ],
  },
  {
    name: 'keys in a nested choice (cast) or after ??: the choice that leaves the provider is unset, the provider stays',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
const role = fromTemporaryCredentials({ params: { RoleArn: process.env.ROLE_ARN! } });
export const a = new S3Client({ credentials: process.argv[2] ? (process.argv[3] ? { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } as AwsCredentialIdentity : undefined) : role });
export const b = new S3Client({ credentials: role ?? { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 5,
        column: 33,
        endLine: 5,
        endColumn: 228,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
const role = fromTemporaryCredentials({ params: { RoleArn: process.env.ROLE_ARN! } });
export const a = new S3Client({ credentials: process.argv[2] ? (undefined) : role });
export const b = new S3Client({ credentials: role ?? { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
` }],
      },
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 6,
        column: 33,
        endLine: 6,
        endColumn: 154,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
const role = fromTemporaryCredentials({ params: { RoleArn: process.env.ROLE_ARN! } });
export const a = new S3Client({ credentials: process.argv[2] ? (process.argv[3] ? { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } as AwsCredentialIdentity : undefined) : role });
export const b = new S3Client({ credentials: role ?? undefined });
` }],
      },
    ],
  },
  {
    // A provider function in a branch is unset like keys; keys before a `||` fallback get no suggestion: unsetting
    // them would run the fallback (`role`) instead of the default chain, which is not what removing keys means
    name: 'a keys provider in one branch is unset; keys before a || fallback get no suggestion',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
const role = fromTemporaryCredentials({ params: { RoleArn: process.env.ROLE_ARN! } });
async function keys() {
  return { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' };
}
export const a = new S3Client({ credentials: process.argv[2] ? keys : role });
export const b = new S3Client({ credentials: (await keys()) || role });
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 7,
        column: 33,
        endLine: 7,
        endColumn: 75,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
const role = fromTemporaryCredentials({ params: { RoleArn: process.env.ROLE_ARN! } });
async function keys() {
  return { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' };
}
export const a = new S3Client({ credentials: process.argv[2] ? undefined : role });
export const b = new S3Client({ credentials: (await keys()) || role });
` }],
      },
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 8,
        column: 33,
        endLine: 8,
        endColumn: 68,
        suggestions: [],
      },
    ],
  },
  {
    name: "keys read from variables given to a v2 client's own config after it was made (s3.config.update)",
    code: `import AWS from 'aws-sdk';
const s3 = new AWS.S3();
s3.config.update({ accessKeyId: process.env.DEV_KEY, secretAccessKey: process.env.DEV_SECRET });
const settings = { config: { update(options: object) { void options; } } };
settings.config.update({ accessKeyId: process.env.DEV_KEY, secretAccessKey: process.env.DEV_SECRET });
export const handler = async () => s3;
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.S3.config.update' },
        line: 3,
        column: 20,
        endLine: 3,
        endColumn: 93,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const s3 = new AWS.S3();
s3.config.update({});
const settings = { config: { update(options: object) { void options; } } };
settings.config.update({ accessKeyId: process.env.DEV_KEY, secretAccessKey: process.env.DEV_SECRET });
export const handler = async () => s3;
` }],
      },
    ],
  },
  {
    name: 'keys given to a Config instance (named import) through update; a parameter typed Config or another class is not followed',
    code: `import { Config } from 'aws-sdk';
class Settings { update(options: object): void { void options; } }
const cfg = new Config();
cfg.update({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
const other = new Settings();
other.update({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
export function configure(c: Config) { c.update({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' }); }
export { cfg, other };
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.Config.update' },
        line: 4,
        column: 14,
        endLine: 4,
        endColumn: 110,
        suggestions: [{ messageId: 'removeCredentials', output: `import { Config } from 'aws-sdk';
class Settings { update(options: object): void { void options; } }
const cfg = new Config();
cfg.update({});
const other = new Settings();
other.update({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
export function configure(c: Config) { c.update({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' }); }
export { cfg, other };
` }],
      },
    ],
  },
  {
    name: "a Config instance's key fields set one by one (named import, a cast) are one finding, as AWS.config's",
    code: `import { Config } from 'aws-sdk';
export const config = new Config({ region: 'eu-west-1' });
(config as Config).accessKeyId = process.env.AWS_ACCESS_KEY_ID!;
config.secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY!;
config.sessionToken = process.env.AWS_SESSION_TOKEN;
`,
    // As for AWS.config's fields: removing statements is a suggestion, never a fix
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.Config' },
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 64,
        suggestions: [{ messageId: 'removeCredentials', output: `import { Config } from 'aws-sdk';
export const config = new Config({ region: 'eu-west-1' });
` }],
      },
    ],
  },
  {
    name: 'a spread before the credentials whose keys are known (no credentials among them): removable as in a plain object',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const base = { region: 'us-east-1' };
const a = new S3Client({ ...base, credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
const b = new S3Client({
  ...base,
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
    sessionToken: process.env.AWS_SESSION_TOKEN!,
  },
});
`,
    output: `import { S3Client } from '@aws-sdk/client-s3';
const base = { region: 'us-east-1' };
const a = new S3Client({ ...base, credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
const b = new S3Client({
  ...base,
});
`,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 35,
        endLine: 3,
        endColumn: 148,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const base = { region: 'us-east-1' };
const a = new S3Client({ ...base });
const b = new S3Client({
  ...base,
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
    sessionToken: process.env.AWS_SESSION_TOKEN!,
  },
});
` }],
      },
      {
        messageId: 'runtimeCredentials',
        data: { target: 'S3Client' },
        line: 6,
        column: 3,
        endLine: 10,
        endColumn: 4,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a spread before the credentials that holds credentials, or whose keys are unknown: removing them would expose it, no suggestion',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const withCredentials = { region: 'us-east-1', credentials: undefined };
const c = new S3Client({ ...withCredentials, credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
export function d(options: object) {
  return new S3Client({ ...options, credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
}
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 46,
        endLine: 3,
        endColumn: 159,
        suggestions: [],
      },
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 5,
        column: 37,
        endLine: 5,
        endColumn: 150,
        suggestions: [],
      },
    ],
  },
  {
    name: "a known spread that names a profile: without the runtime's keys the client would use it, a suggestion",
    code: `import { S3Client } from '@aws-sdk/client-s3';
const withProfile = { profile: 'reports' };
const e = new S3Client({ ...withProfile, credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN! } });
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 42,
        endLine: 3,
        endColumn: 201,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const withProfile = { profile: 'reports' };
const e = new S3Client({ ...withProfile });
` }],
      },
    ],
  },
  {
    name: "a provider function's result bound to a constant first is read like the call written in place",
    code: "import { S3Client } from '@aws-sdk/client-s3';\nfunction getCreds() { return { accessKeyId: process.env.REPORTS_KEY_ID!, secretAccessKey: process.env.REPORTS_SECRET! }; }\nconst creds = getCreds();\nexport const a = new S3Client({ credentials: creds });\n",
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 4,
        column: 33,
        endLine: 4,
        endColumn: 51,
        suggestions: [{ messageId: 'removeCredentials', output: "import { S3Client } from '@aws-sdk/client-s3';\nfunction getCreds() { return { accessKeyId: process.env.REPORTS_KEY_ID!, secretAccessKey: process.env.REPORTS_SECRET! }; }\nconst creds = getCreds();\nexport const a = new S3Client({});\n" }],
      },
    ],
  },
  {
    name: "the runtime's variables read through nested members of a constant object are the runtime's",
    code: "import { S3Client } from '@aws-sdk/client-s3';\nconst Config = { aws: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } };\nexport const a = new S3Client({ credentials: { accessKeyId: Config.aws.accessKeyId, secretAccessKey: Config.aws.secretAccessKey } });\n",
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentialsWithoutToken',
        data: { target: 'S3Client' },
        line: 3,
        column: 33,
        endLine: 3,
        endColumn: 130,
        suggestions: [{ messageId: 'removeCredentials', output: "import { S3Client } from '@aws-sdk/client-s3';\nconst Config = { aws: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } };\nexport const a = new S3Client({});\n" }],
      },
    ],
  },
  {
    name: "the runtime's variables read through a constant object's members, String(…) or a bare template are the runtime's",
    code: "import { S3Client } from '@aws-sdk/client-s3';\nconst config = { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! };\nexport const a = new S3Client({ credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } });\nexport const b = new S3Client({ credentials: { accessKeyId: String(process.env.AWS_ACCESS_KEY_ID), secretAccessKey: `${process.env.AWS_SECRET_ACCESS_KEY}` } });\n",
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentialsWithoutToken',
        data: { target: 'S3Client' },
        line: 3,
        column: 33,
        endLine: 3,
        endColumn: 122,
        suggestions: [{ messageId: 'removeCredentials', output: "import { S3Client } from '@aws-sdk/client-s3';\nconst config = { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! };\nexport const a = new S3Client({});\nexport const b = new S3Client({ credentials: { accessKeyId: String(process.env.AWS_ACCESS_KEY_ID), secretAccessKey: `${process.env.AWS_SECRET_ACCESS_KEY}` } });\n" }],
      },
      {
        messageId: 'runtimeCredentialsWithoutToken',
        data: { target: 'S3Client' },
        line: 4,
        column: 33,
        endLine: 4,
        endColumn: 157,
        suggestions: [{ messageId: 'removeCredentials', output: "import { S3Client } from '@aws-sdk/client-s3';\nconst config = { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! };\nexport const a = new S3Client({ credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } });\nexport const b = new S3Client({});\n" }],
      },
    ],
  },
  {
    name: "the runtime's variables next to a profile or another default provider: removing them changes the identity (suggestion, no fix)",
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
export const admin = new S3Client({ profile: 'admin', credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN } });
export const other = new S3Client({ credentialDefaultProvider: () => fromTemporaryCredentials({ params: { RoleArn: 'arn:aws:iam::123456789012:role/other' } }), credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN } });`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 55,
        endLine: 3,
        endColumn: 213,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
export const admin = new S3Client({ profile: 'admin' });
export const other = new S3Client({ credentialDefaultProvider: () => fromTemporaryCredentials({ params: { RoleArn: 'arn:aws:iam::123456789012:role/other' } }), credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN } });` }],
      },
      {
        messageId: 'runtimeCredentials',
        data: { target: 'S3Client' },
        line: 4,
        column: 161,
        endLine: 4,
        endColumn: 319,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
export const admin = new S3Client({ profile: 'admin', credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN } });
export const other = new S3Client({ credentialDefaultProvider: () => fromTemporaryCredentials({ params: { RoleArn: 'arn:aws:iam::123456789012:role/other' } }) });` }],
      },
    ],
  },
  {
    name: 'real-looking keys written in code are reported even on a local endpoint (the spec excuses dummy keys only)',
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const LOCAL = 'http://localhost:8000';
const a = new DynamoDBClient({ endpoint: LOCAL, credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'DynamoDBClient' },
        line: 3,
        column: 49,
        endLine: 3,
        endColumn: 162,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const LOCAL = 'http://localhost:8000';
const a = new DynamoDBClient({ endpoint: LOCAL });
`,
          },
        ],
      },
    ],
  },
  {
    name: 'profile providers in a branch that runs in Lambda whenever one side of || or both of && say so (offline flags alone stay quiet)',
    code: `import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const d = new S3Client({ credentials: process.env.AWS_LAMBDA_FUNCTION_NAME && process.env.TABLE ? fromIni() : undefined });
const e = new S3Client({ credentials: process.env.IS_OFFLINE || process.env.AWS_EXECUTION_ENV ? fromIni() : undefined });
const f = new S3Client({ credentials: process.env.IS_OFFLINE || process.env.IS_LOCAL ? fromIni() : undefined });
export const handler = async () => [d, e, f];
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 3,
        column: 99,
        endLine: 3,
        endColumn: 108,
        suggestions: [{ messageId: 'removeCredentials', output: `import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const d = new S3Client({});
const e = new S3Client({ credentials: process.env.IS_OFFLINE || process.env.AWS_EXECUTION_ENV ? fromIni() : undefined });
const f = new S3Client({ credentials: process.env.IS_OFFLINE || process.env.IS_LOCAL ? fromIni() : undefined });
export const handler = async () => [d, e, f];
` }],
      },
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 4,
        column: 97,
        endLine: 4,
        endColumn: 106,
        suggestions: [{ messageId: 'removeCredentials', output: `import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const d = new S3Client({ credentials: process.env.AWS_LAMBDA_FUNCTION_NAME && process.env.TABLE ? fromIni() : undefined });
const e = new S3Client({});
const f = new S3Client({ credentials: process.env.IS_OFFLINE || process.env.IS_LOCAL ? fromIni() : undefined });
export const handler = async () => [d, e, f];
` }],
      },
    ],
  },
  {
    name: 'profile providers in the branch an environment test says runs deployed (IS_OFFLINE unset, prod stage, in Lambda); the other branch unsets the credentials, so removing the choice is the suggestion',
    code: `import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ credentials: process.env.IS_OFFLINE ? undefined : fromIni({ profile: 'prod' }) });
const b = new S3Client({ credentials: process.env.STAGE === 'prod' ? fromIni({ profile: 'prod' }) : undefined });
const c = new S3Client({ credentials: process.env.AWS_LAMBDA_FUNCTION_NAME ? fromIni() : undefined });
export const handler = async () => [a, b, c];
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 3,
        column: 76,
        endLine: 3,
        endColumn: 104,
        suggestions: [{ messageId: 'removeCredentials', output: `import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({});
const b = new S3Client({ credentials: process.env.STAGE === 'prod' ? fromIni({ profile: 'prod' }) : undefined });
const c = new S3Client({ credentials: process.env.AWS_LAMBDA_FUNCTION_NAME ? fromIni() : undefined });
export const handler = async () => [a, b, c];
` }],
      },
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 4,
        column: 70,
        endLine: 4,
        endColumn: 98,
        suggestions: [{ messageId: 'removeCredentials', output: `import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ credentials: process.env.IS_OFFLINE ? undefined : fromIni({ profile: 'prod' }) });
const b = new S3Client({});
const c = new S3Client({ credentials: process.env.AWS_LAMBDA_FUNCTION_NAME ? fromIni() : undefined });
export const handler = async () => [a, b, c];
` }],
      },
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 5,
        column: 78,
        endLine: 5,
        endColumn: 87,
        suggestions: [{ messageId: 'removeCredentials', output: `import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ credentials: process.env.IS_OFFLINE ? undefined : fromIni({ profile: 'prod' }) });
const b = new S3Client({ credentials: process.env.STAGE === 'prod' ? fromIni({ profile: 'prod' }) : undefined });
const c = new S3Client({});
export const handler = async () => [a, b, c];
` }],
      },
    ],
  },
  {
    name: 'keys read from variables after an if / else whose else leaves offline, or neither branch leaves (the rest may run deployed)',
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export function deployedAfterElse(): DynamoDBClient {
  if (!process.env.IS_OFFLINE) {
    console.log('deployed');
  } else {
    return new DynamoDBClient({ endpoint: 'http://localhost:8000' });
  }
  return new DynamoDBClient({ credentials: { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! } });
}
export function neitherLeaves(): DynamoDBClient {
  if (process.env.IS_OFFLINE) {
    console.log('offline');
  } else {
    console.log('deployed');
  }
  return new DynamoDBClient({ credentials: { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! } });
}
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'DynamoDBClient' },
        line: 8,
        column: 31,
        endLine: 8,
        endColumn: 118,
        suggestions: [{ messageId: 'removeCredentials', output: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export function deployedAfterElse(): DynamoDBClient {
  if (!process.env.IS_OFFLINE) {
    console.log('deployed');
  } else {
    return new DynamoDBClient({ endpoint: 'http://localhost:8000' });
  }
  return new DynamoDBClient({});
}
export function neitherLeaves(): DynamoDBClient {
  if (process.env.IS_OFFLINE) {
    console.log('offline');
  } else {
    console.log('deployed');
  }
  return new DynamoDBClient({ credentials: { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! } });
}
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'DynamoDBClient' },
        line: 16,
        column: 31,
        endLine: 16,
        endColumn: 118,
        suggestions: [{ messageId: 'removeCredentials', output: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export function deployedAfterElse(): DynamoDBClient {
  if (!process.env.IS_OFFLINE) {
    console.log('deployed');
  } else {
    return new DynamoDBClient({ endpoint: 'http://localhost:8000' });
  }
  return new DynamoDBClient({ credentials: { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! } });
}
export function neitherLeaves(): DynamoDBClient {
  if (process.env.IS_OFFLINE) {
    console.log('offline');
  } else {
    console.log('deployed');
  }
  return new DynamoDBClient({});
}
` }],
      },
    ],
  },
  {
    name: 'keys read from variables after an early exit: reported where the exit leaves when offline (the rest runs deployed)',
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export function deployedClient(): DynamoDBClient {
  if (process.env.IS_OFFLINE) {
    return new DynamoDBClient({ endpoint: 'http://localhost:8000' });
  }
  return new DynamoDBClient({ credentials: { accessKeyId: process.env.KEY_ID!, secretAccessKey: process.env.SECRET! } });
}
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'DynamoDBClient' },
        line: 6,
        column: 31,
        endLine: 6,
        endColumn: 118,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export function deployedClient(): DynamoDBClient {
  if (process.env.IS_OFFLINE) {
    return new DynamoDBClient({ endpoint: 'http://localhost:8000' });
  }
  return new DynamoDBClient({});
}
`,
          },
        ],
      },
    ],
  },
  {
    // `development` / `test` say a laptop for a profile's pick, but are also names of deployed stages: not proof that
    // Lambda never runs the branch that passes keys read from variables
    name: "keys read from variables in a branch of a stage named 'development' (a deployed stage may be called so)",
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const client = process.env.STAGE === 'development'
  ? new DynamoDBClient({ credentials: { accessKeyId: process.env.MY_KEY_ID!, secretAccessKey: process.env.MY_SECRET! } })
  : new DynamoDBClient({});
export const handler = async () => client.config;
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'DynamoDBClient' },
        line: 3,
        column: 26,
        endLine: 3,
        endColumn: 119,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const client = process.env.STAGE === 'development'
  ? new DynamoDBClient({})
  : new DynamoDBClient({});
export const handler = async () => client.config;
`,
          },
        ],
      },
    ],
  },
  {
    name: 'keys read from variables in a branch the test says runs deployed, or may (IS_OFFLINE unset, a stage other than prod, a dev stage, a test the rule cannot read)',
    code: `import AWS from 'aws-sdk';
const { IS_OFFLINE, STAGE } = process.env;
if (IS_OFFLINE === 'true') {
  AWS.config.update({ region: 'us-west-2' });
} else {
  AWS.config.update({ accessKeyId: process.env.ACCESS_KEY, secretAccessKey: process.env.SECRET_KEY });
}
if (!process.env.IS_OFFLINE) AWS.config.update({ accessKeyId: process.env.KEY_A, secretAccessKey: process.env.SECRET_A });
if (STAGE !== 'prod') AWS.config.update({ accessKeyId: process.env.KEY_B, secretAccessKey: process.env.SECRET_B });
if (STAGE === 'dev') AWS.config.update({ accessKeyId: process.env.KEY_C, secretAccessKey: process.env.SECRET_C });
if (offline()) AWS.config.update({ accessKeyId: process.env.KEY_D, secretAccessKey: process.env.SECRET_D });
declare function offline(): boolean;
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config.update' },
        line: 6,
        column: 23,
        endLine: 6,
        endColumn: 99,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const { IS_OFFLINE, STAGE } = process.env;
if (IS_OFFLINE === 'true') {
  AWS.config.update({ region: 'us-west-2' });
} else {
  AWS.config.update({});
}
if (!process.env.IS_OFFLINE) AWS.config.update({ accessKeyId: process.env.KEY_A, secretAccessKey: process.env.SECRET_A });
if (STAGE !== 'prod') AWS.config.update({ accessKeyId: process.env.KEY_B, secretAccessKey: process.env.SECRET_B });
if (STAGE === 'dev') AWS.config.update({ accessKeyId: process.env.KEY_C, secretAccessKey: process.env.SECRET_C });
if (offline()) AWS.config.update({ accessKeyId: process.env.KEY_D, secretAccessKey: process.env.SECRET_D });
declare function offline(): boolean;
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config.update' },
        line: 8,
        column: 50,
        endLine: 8,
        endColumn: 119,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const { IS_OFFLINE, STAGE } = process.env;
if (IS_OFFLINE === 'true') {
  AWS.config.update({ region: 'us-west-2' });
} else {
  AWS.config.update({ accessKeyId: process.env.ACCESS_KEY, secretAccessKey: process.env.SECRET_KEY });
}
if (!process.env.IS_OFFLINE) AWS.config.update({});
if (STAGE !== 'prod') AWS.config.update({ accessKeyId: process.env.KEY_B, secretAccessKey: process.env.SECRET_B });
if (STAGE === 'dev') AWS.config.update({ accessKeyId: process.env.KEY_C, secretAccessKey: process.env.SECRET_C });
if (offline()) AWS.config.update({ accessKeyId: process.env.KEY_D, secretAccessKey: process.env.SECRET_D });
declare function offline(): boolean;
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config.update' },
        line: 9,
        column: 43,
        endLine: 9,
        endColumn: 112,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const { IS_OFFLINE, STAGE } = process.env;
if (IS_OFFLINE === 'true') {
  AWS.config.update({ region: 'us-west-2' });
} else {
  AWS.config.update({ accessKeyId: process.env.ACCESS_KEY, secretAccessKey: process.env.SECRET_KEY });
}
if (!process.env.IS_OFFLINE) AWS.config.update({ accessKeyId: process.env.KEY_A, secretAccessKey: process.env.SECRET_A });
if (STAGE !== 'prod') AWS.config.update({});
if (STAGE === 'dev') AWS.config.update({ accessKeyId: process.env.KEY_C, secretAccessKey: process.env.SECRET_C });
if (offline()) AWS.config.update({ accessKeyId: process.env.KEY_D, secretAccessKey: process.env.SECRET_D });
declare function offline(): boolean;
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config.update' },
        line: 10,
        column: 42,
        endLine: 10,
        endColumn: 111,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const { IS_OFFLINE, STAGE } = process.env;
if (IS_OFFLINE === 'true') {
  AWS.config.update({ region: 'us-west-2' });
} else {
  AWS.config.update({ accessKeyId: process.env.ACCESS_KEY, secretAccessKey: process.env.SECRET_KEY });
}
if (!process.env.IS_OFFLINE) AWS.config.update({ accessKeyId: process.env.KEY_A, secretAccessKey: process.env.SECRET_A });
if (STAGE !== 'prod') AWS.config.update({ accessKeyId: process.env.KEY_B, secretAccessKey: process.env.SECRET_B });
if (STAGE === 'dev') AWS.config.update({});
if (offline()) AWS.config.update({ accessKeyId: process.env.KEY_D, secretAccessKey: process.env.SECRET_D });
declare function offline(): boolean;
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config.update' },
        line: 11,
        column: 36,
        endLine: 11,
        endColumn: 105,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const { IS_OFFLINE, STAGE } = process.env;
if (IS_OFFLINE === 'true') {
  AWS.config.update({ region: 'us-west-2' });
} else {
  AWS.config.update({ accessKeyId: process.env.ACCESS_KEY, secretAccessKey: process.env.SECRET_KEY });
}
if (!process.env.IS_OFFLINE) AWS.config.update({ accessKeyId: process.env.KEY_A, secretAccessKey: process.env.SECRET_A });
if (STAGE !== 'prod') AWS.config.update({ accessKeyId: process.env.KEY_B, secretAccessKey: process.env.SECRET_B });
if (STAGE === 'dev') AWS.config.update({ accessKeyId: process.env.KEY_C, secretAccessKey: process.env.SECRET_C });
if (offline()) AWS.config.update({});
declare function offline(): boolean;
` }],
      },
    ],
  },
  {
    name: 'keys read from variables in the deployed branch of an IS_OFFLINE choice; the offline branch keeps its keys',
    code: `import { S3Client } from '@aws-sdk/client-s3';
export const a = new S3Client({
  credentials: process.env.IS_OFFLINE
    ? { accessKeyId: process.env.LOCAL_KEY!, secretAccessKey: process.env.LOCAL_SECRET! }
    : { accessKeyId: process.env.KEY_B!, secretAccessKey: process.env.SECRET_B! },
});
export const b = new S3Client({
  credentials: process.env.IS_OFFLINE ? undefined : { accessKeyId: process.env.KEY_C!, secretAccessKey: process.env.SECRET_C! },
});
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 3,
        endLine: 5,
        endColumn: 82,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
export const a = new S3Client({
  credentials: process.env.IS_OFFLINE
    ? { accessKeyId: process.env.LOCAL_KEY!, secretAccessKey: process.env.LOCAL_SECRET! }
    : undefined,
});
export const b = new S3Client({
  credentials: process.env.IS_OFFLINE ? undefined : { accessKeyId: process.env.KEY_C!, secretAccessKey: process.env.SECRET_C! },
});
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 8,
        column: 3,
        endLine: 8,
        endColumn: 128,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
export const a = new S3Client({
  credentials: process.env.IS_OFFLINE
    ? { accessKeyId: process.env.LOCAL_KEY!, secretAccessKey: process.env.LOCAL_SECRET! }
    : { accessKeyId: process.env.KEY_B!, secretAccessKey: process.env.SECRET_B! },
});
export const b = new S3Client({});
` }],
      },
    ],
  },
  {
    name: 'real-looking keys written in an offline branch, and a provider whose other return passes keys read from variables',
    code: `import AWS from 'aws-sdk';
import { S3Client } from '@aws-sdk/client-s3';
if (process.env.IS_OFFLINE === 'true') {
  AWS.config.update({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
}
function creds() {
  if (process.env.IS_OFFLINE) return { accessKeyId: process.env.LOCAL_KEY!, secretAccessKey: process.env.LOCAL_SECRET! };
  return { accessKeyId: process.env.KEY_B!, secretAccessKey: process.env.SECRET_B! };
}
export const b = new S3Client({ credentials: creds() });
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.config.update' },
        line: 4,
        column: 23,
        endLine: 4,
        endColumn: 119,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
import { S3Client } from '@aws-sdk/client-s3';
if (process.env.IS_OFFLINE === 'true') {
  AWS.config.update({});
}
function creds() {
  if (process.env.IS_OFFLINE) return { accessKeyId: process.env.LOCAL_KEY!, secretAccessKey: process.env.LOCAL_SECRET! };
  return { accessKeyId: process.env.KEY_B!, secretAccessKey: process.env.SECRET_B! };
}
export const b = new S3Client({ credentials: creds() });
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 10,
        column: 33,
        endLine: 10,
        endColumn: 53,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
import { S3Client } from '@aws-sdk/client-s3';
if (process.env.IS_OFFLINE === 'true') {
  AWS.config.update({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
}
function creds() {
  if (process.env.IS_OFFLINE) return { accessKeyId: process.env.LOCAL_KEY!, secretAccessKey: process.env.LOCAL_SECRET! };
  return { accessKeyId: process.env.KEY_B!, secretAccessKey: process.env.SECRET_B! };
}
export const b = new S3Client({});
` }],
      },
    ],
  },
  {
    name: 'dummy keys on an SDK v3 client without an endpoint, in a file that names localhost elsewhere',
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const ddb = new DynamoDBClient({ credentials: { accessKeyId: 'dummy', secretAccessKey: 'dummy' } });
export const headers = { 'Access-Control-Allow-Origin': 'http://localhost:3000' };
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'DynamoDBClient' },
        line: 2,
        column: 34,
        endLine: 2,
        endColumn: 97,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const ddb = new DynamoDBClient({});
export const headers = { 'Access-Control-Allow-Origin': 'http://localhost:3000' };
`,
          },
        ],
      },
    ],
  },
  {
    name: 'hard-coded keys (SDK v3)',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 2,
        column: 48,
        endLine: 2,
        endColumn: 161,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({ region: 'eu-west-1' });
` }],
      },
    ],
  },
  {
    name: 'hard-coded keys through a const, multi-line: the suggestion removes the const with its only use',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const CREDENTIALS = { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' };
const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: CREDENTIALS,
});
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 5,
        column: 3,
        endLine: 5,
        endColumn: 27,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({
  region: 'eu-west-1',
});
` }],
      },
    ],
  },
  {
    name: "hard-coded keys split with + and .join('')",
    code: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({
  credentials: {
    accessKeyId: 'AKIA' + 'Q3EGRU5XN7CZJ2LW',
    secretAccessKey: ['wJ4lrXUtnF', 'eMIK7MDENG', 'bPxRfiCYz9', 'Q2vLp8Tk3H'].join(''),
  },
});
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 3,
        endLine: 6,
        endColumn: 4,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
` }],
      },
    ],
  },
  {
    name: 'a spread config: reported where the credentials are written',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const base = {
  region: 'eu-west-1',
  credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' },
};
const a = new S3Client({ ...base });
const b = new S3Client(base);
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 116,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const base = {
  region: 'eu-west-1',
};
const a = new S3Client({ ...base });
const b = new S3Client(base);
` }],
      },
    ],
  },
  {
    name: 'allowLocalEndpoints: false reports dummy keys too',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const b = new S3Client({ endpoint: 'https://s3.eu-west-1.amazonaws.com', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
`,
    options: [{ allowLocalEndpoints: false }],
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 2,
        column: 26,
        endLine: 2,
        endColumn: 87,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({});
const b = new S3Client({ endpoint: 'https://s3.eu-west-1.amazonaws.com', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
` }],
      },
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 74,
        endLine: 3,
        endColumn: 135,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const b = new S3Client({ endpoint: 'https://s3.eu-west-1.amazonaws.com' });
` }],
      },
    ],
  },
  {
    name: 'dummy or documented EXAMPLE keys on a client bound for AWS (no local endpoint): still explicit credentials',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const b = new S3Client({ credentials: { accessKeyId: 'AKIA' + 'IOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY' } });
const c = new S3Client({ credentials: async () => ({ accessKeyId: 'local', secretAccessKey: 'local' }) });
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 2,
        column: 47,
        endLine: 2,
        endColumn: 108,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ region: 'us-east-1' });
const b = new S3Client({ credentials: { accessKeyId: 'AKIA' + 'IOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY' } });
const c = new S3Client({ credentials: async () => ({ accessKeyId: 'local', secretAccessKey: 'local' }) });
` }],
      },
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 26,
        endLine: 3,
        endColumn: 149,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const b = new S3Client({});
const c = new S3Client({ credentials: async () => ({ accessKeyId: 'local', secretAccessKey: 'local' }) });
` }],
      },
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 4,
        column: 26,
        endLine: 4,
        endColumn: 103,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
const b = new S3Client({ credentials: { accessKeyId: 'AKIA' + 'IOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY' } });
const c = new S3Client({});
` }],
      },
    ],
  },
  {
    name: 'real-looking keys with an endpoint that may be local',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({ endpoint: process.env.S3_ENDPOINT, credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 2,
        column: 62,
        endLine: 2,
        endColumn: 175,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({ endpoint: process.env.S3_ENDPOINT });
` }],
      },
    ],
  },
  {
    name: 'allowLocalEndpoints: false',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({ endpoint: 'http://localhost:4566', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
`,
    options: [{ allowLocalEndpoints: false }],
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 2,
        column: 62,
        endLine: 2,
        endColumn: 123,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({ endpoint: 'http://localhost:4566' });
` }],
      },
    ],
  },
  {
    name: 'other variables: static keys bypass the execution role',
    code: `import { S3Client } from '@aws-sdk/client-s3';
export function make(config: { keyId: string; secret: string }) {
  return new S3Client({ credentials: { accessKeyId: config.keyId, secretAccessKey: config.secret } });
}
const fromEnvVars = new S3Client({
  credentials: {
    accessKeyId: process.env.MY_ACCESS_KEY_ID!,
    secretAccessKey: process.env.MY_SECRET_ACCESS_KEY!,
  },
});
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 25,
        endLine: 3,
        endColumn: 99,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
export function make(config: { keyId: string; secret: string }) {
  return new S3Client({});
}
const fromEnvVars = new S3Client({
  credentials: {
    accessKeyId: process.env.MY_ACCESS_KEY_ID!,
    secretAccessKey: process.env.MY_SECRET_ACCESS_KEY!,
  },
});
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 6,
        column: 3,
        endLine: 9,
        endColumn: 4,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
export function make(config: { keyId: string; secret: string }) {
  return new S3Client({ credentials: { accessKeyId: config.keyId, secretAccessKey: config.secret } });
}
const fromEnvVars = new S3Client({});
` }],
      },
    ],
  },
  {
    name: 'keys read from a secret at run time, without a session token',
    code: `import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { S3Client } from '@aws-sdk/client-s3';
export const handler = async () => {
  const { accessKeyId, secretAccessKey } = JSON.parse(await getSecret('app/keys'));
  const s3 = new S3Client({ credentials: { accessKeyId, secretAccessKey } });
  return s3;
};
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 5,
        column: 29,
        endLine: 5,
        endColumn: 74,
        suggestions: [{ messageId: 'removeCredentials', output: `import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { S3Client } from '@aws-sdk/client-s3';
export const handler = async () => {
  const { accessKeyId, secretAccessKey } = JSON.parse(await getSecret('app/keys'));
  const s3 = new S3Client({});
  return s3;
};
` }],
      },
    ],
  },
  {
    name: "the runtime's three variables: autofixed",
    code: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({
  region: process.env.AWS_REGION,
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
    sessionToken: process.env.AWS_SESSION_TOKEN,
  },
});
`,
    output: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({
  region: process.env.AWS_REGION,
});
`,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'S3Client' },
        line: 4,
        column: 3,
        endLine: 8,
        endColumn: 4,
        suggestions: [],
      },
    ],
  },
  {
    name: "the runtime's variables, last property without a trailing comma",
    code: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({
  region: process.env.AWS_REGION,
  // use the Lambda credentials
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID as string,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY as string,
    sessionToken: process.env.AWS_SESSION_TOKEN,
  } // explicit
});
`,
    output: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({
  region: process.env.AWS_REGION
});
`,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'S3Client' },
        line: 5,
        column: 3,
        endLine: 9,
        endColumn: 4,
        suggestions: [],
      },
    ],
  },
  {
    name: "the runtime's variables, first of several properties",
    code: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({
  credentials: { accessKeyId: process.env['AWS_ACCESS_KEY_ID']!, secretAccessKey: process.env['AWS_SECRET_ACCESS_KEY']!, sessionToken: process.env['AWS_SESSION_TOKEN'] },
  region: 'eu-west-1',
  maxAttempts: 3,
});
`,
    output: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({
  region: 'eu-west-1',
  maxAttempts: 3,
});
`,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 170,
        suggestions: [],
      },
    ],
  },
  {
    name: "the runtime's variables on one line",
    code: `import { S3Client } from '@aws-sdk/client-s3';
const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN } = process.env;
const a = new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: AWS_ACCESS_KEY_ID!, secretAccessKey: AWS_SECRET_ACCESS_KEY!, sessionToken: AWS_SESSION_TOKEN } });
const b = new S3Client({ credentials: { accessKeyId: AWS_ACCESS_KEY_ID!, secretAccessKey: AWS_SECRET_ACCESS_KEY!, sessionToken: AWS_SESSION_TOKEN }, region: 'eu-west-1' });
const c = new S3Client({ credentials: { accessKeyId: AWS_ACCESS_KEY_ID!, secretAccessKey: AWS_SECRET_ACCESS_KEY!, sessionToken: AWS_SESSION_TOKEN } });
const d = new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: AWS_ACCESS_KEY_ID!, secretAccessKey: AWS_SECRET_ACCESS_KEY!, sessionToken: AWS_SESSION_TOKEN }, });
`,
    output: `import { S3Client } from '@aws-sdk/client-s3';
const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN } = process.env;
const a = new S3Client({ region: 'eu-west-1' });
const b = new S3Client({ region: 'eu-west-1' });
const c = new S3Client({});
const d = new S3Client({ region: 'eu-west-1', });
`,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 47,
        endLine: 3,
        endColumn: 169,
        suggestions: [],
      },
      {
        messageId: 'runtimeCredentials',
        data: { target: 'S3Client' },
        line: 4,
        column: 26,
        endLine: 4,
        endColumn: 148,
        suggestions: [],
      },
      {
        messageId: 'runtimeCredentials',
        data: { target: 'S3Client' },
        line: 5,
        column: 26,
        endLine: 5,
        endColumn: 148,
        suggestions: [],
      },
      {
        messageId: 'runtimeCredentials',
        data: { target: 'S3Client' },
        line: 6,
        column: 47,
        endLine: 6,
        endColumn: 169,
        suggestions: [],
      },
    ],
  },
  {
    name: "the runtime's variables as the only property of a multi-line object",
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const env = process.env;
const credentials = {
  accessKeyId: env.AWS_ACCESS_KEY_ID!,
  secretAccessKey: env.AWS_SECRET_ACCESS_KEY!,
  sessionToken: env.AWS_SESSION_TOKEN!,
};
const ddb = new DynamoDBClient({
  credentials,
});
`,
    output: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const env = process.env;
const credentials = {
  accessKeyId: env.AWS_ACCESS_KEY_ID!,
  secretAccessKey: env.AWS_SECRET_ACCESS_KEY!,
  sessionToken: env.AWS_SESSION_TOKEN!,
};
const ddb = new DynamoDBClient({});
`,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'DynamoDBClient' },
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 14,
        suggestions: [],
      },
    ],
  },
  {
    name: "the runtime's keys without AWS_SESSION_TOKEN: broken",
    code: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
  },
});
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentialsWithoutToken',
        data: { target: 'S3Client' },
        line: 4,
        column: 3,
        endLine: 7,
        endColumn: 4,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({
  region: 'eu-west-1',
});
` }],
      },
    ],
  },
  {
    name: "the runtime's variables with fallbacks or extra fields: a suggestion, not a fix",
    code: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? '',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? '',
    sessionToken: process.env.AWS_SESSION_TOKEN,
  },
});
const b = new S3Client({
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
    sessionToken: process.env.AWS_SESSION_TOKEN,
    expiration: new Date(Date.now() + 3600_000),
  },
});
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 3,
        endLine: 7,
        endColumn: 4,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({});
const b = new S3Client({
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
    sessionToken: process.env.AWS_SESSION_TOKEN,
    expiration: new Date(Date.now() + 3600_000),
  },
});
` }],
      },
      {
        messageId: 'runtimeCredentials',
        data: { target: 'S3Client' },
        line: 10,
        column: 3,
        endLine: 15,
        endColumn: 4,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? '',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? '',
    sessionToken: process.env.AWS_SESSION_TOKEN,
  },
});
const b = new S3Client({});
` }],
      },
    ],
  },
  {
    name: "a dummy fallback leaves the runtime's variables, or other variables",
    code: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'test',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'test',
  },
});
const b = new S3Client({ credentials: { accessKeyId: process.env.APP_KEY || 'dev', secretAccessKey: process.env.APP_SECRET || 'dev' } });
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentialsWithoutToken',
        data: { target: 'S3Client' },
        line: 3,
        column: 3,
        endLine: 6,
        endColumn: 4,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({});
const b = new S3Client({ credentials: { accessKeyId: process.env.APP_KEY || 'dev', secretAccessKey: process.env.APP_SECRET || 'dev' } });
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 8,
        column: 26,
        endLine: 8,
        endColumn: 134,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? 'test',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? 'test',
  },
});
const b = new S3Client({});
` }],
      },
    ],
  },
  {
    name: 'a hard-coded fallback is hard-coded',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID || '${KEY_ID}',
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY || '${SECRET}',
  },
});
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 3,
        endLine: 6,
        endColumn: 4,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
` }],
      },
    ],
  },
  {
    name: 'a hard-coded fallback through a const is hard-coded too',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const accessKeyId = process.env.AWS_ACCESS_KEY_ID || '${KEY_ID}';
const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY || '${SECRET}';
const s3 = new S3Client({ credentials: { accessKeyId, secretAccessKey } });
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 4,
        column: 27,
        endLine: 4,
        endColumn: 72,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const accessKeyId = process.env.AWS_ACCESS_KEY_ID || '${KEY_ID}';
const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY || '${SECRET}';
const s3 = new S3Client({});
` }],
      },
    ],
  },
  {
    name: 'provider functions that return static keys',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ credentials: async () => ({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' }) });
async function provider() {
  const keys = await loadKeys();
  return { accessKeyId: keys.id, secretAccessKey: keys.secret };
}
const b = new S3Client({ credentials: provider });
const c = new S3Client({
  credentials: () => Promise.resolve({ accessKeyId: '${KEY_ID}', secretAccessKey: 'y' }),
});
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 2,
        column: 26,
        endLine: 2,
        endColumn: 153,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({});
async function provider() {
  const keys = await loadKeys();
  return { accessKeyId: keys.id, secretAccessKey: keys.secret };
}
const b = new S3Client({ credentials: provider });
const c = new S3Client({
  credentials: () => Promise.resolve({ accessKeyId: '${KEY_ID}', secretAccessKey: 'y' }),
});
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 7,
        column: 26,
        endLine: 7,
        endColumn: 47,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ credentials: async () => ({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' }) });
async function provider() {
  const keys = await loadKeys();
  return { accessKeyId: keys.id, secretAccessKey: keys.secret };
}
const b = new S3Client({});
const c = new S3Client({
  credentials: () => Promise.resolve({ accessKeyId: '${KEY_ID}', secretAccessKey: 'y' }),
});
` }],
      },
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 100,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ credentials: async () => ({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' }) });
async function provider() {
  const keys = await loadKeys();
  return { accessKeyId: keys.id, secretAccessKey: keys.secret };
}
const b = new S3Client({ credentials: provider });
const c = new S3Client({});
` }],
      },
    ],
  },
  {
    name: 'fromStatic from @smithy/property-provider',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { fromStatic } from '@smithy/property-provider';
const s3 = new S3Client({ credentials: fromStatic({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' }) });
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 27,
        endLine: 3,
        endColumn: 152,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import { fromStatic } from '@smithy/property-provider';
const s3 = new S3Client({});
` }],
      },
    ],
  },
  {
    name: 'namespace, renamed and aggregated clients',
    code: `import * as s3 from '@aws-sdk/client-s3';
import { DynamoDBClient as Ddb } from '@aws-sdk/client-dynamodb';
import { SQS } from '@aws-sdk/client-sqs';
const a = new s3.S3Client({ credentials: { accessKeyId: k, secretAccessKey: s } });
const b = new Ddb({ credentials: { accessKeyId: k, secretAccessKey: s } });
const c = new SQS({ credentials: { accessKeyId: k, secretAccessKey: s } });
declare const k: string, s: string;
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 4,
        column: 29,
        endLine: 4,
        endColumn: 80,
        suggestions: [{ messageId: 'removeCredentials', output: `import * as s3 from '@aws-sdk/client-s3';
import { DynamoDBClient as Ddb } from '@aws-sdk/client-dynamodb';
import { SQS } from '@aws-sdk/client-sqs';
const a = new s3.S3Client({});
const b = new Ddb({ credentials: { accessKeyId: k, secretAccessKey: s } });
const c = new SQS({ credentials: { accessKeyId: k, secretAccessKey: s } });
declare const k: string, s: string;
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'DynamoDBClient' },
        line: 5,
        column: 21,
        endLine: 5,
        endColumn: 72,
        suggestions: [{ messageId: 'removeCredentials', output: `import * as s3 from '@aws-sdk/client-s3';
import { DynamoDBClient as Ddb } from '@aws-sdk/client-dynamodb';
import { SQS } from '@aws-sdk/client-sqs';
const a = new s3.S3Client({ credentials: { accessKeyId: k, secretAccessKey: s } });
const b = new Ddb({});
const c = new SQS({ credentials: { accessKeyId: k, secretAccessKey: s } });
declare const k: string, s: string;
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'SQS' },
        line: 6,
        column: 21,
        endLine: 6,
        endColumn: 72,
        suggestions: [{ messageId: 'removeCredentials', output: `import * as s3 from '@aws-sdk/client-s3';
import { DynamoDBClient as Ddb } from '@aws-sdk/client-dynamodb';
import { SQS } from '@aws-sdk/client-sqs';
const a = new s3.S3Client({ credentials: { accessKeyId: k, secretAccessKey: s } });
const b = new Ddb({ credentials: { accessKeyId: k, secretAccessKey: s } });
const c = new SQS({});
declare const k: string, s: string;
` }],
      },
    ],
  },
  {
    name: 'fromIni, fromProcess, fromSSO in a file that holds a handler',
    code: `import { fromIni, fromProcess } from '@aws-sdk/credential-providers';
import { fromSSO } from '@aws-sdk/credential-provider-sso';
import * as providers from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ credentials: fromIni({ profile: 'prod' }) });
const b = new S3Client({ region: 'eu-west-1', credentials: fromProcess() });
const chain = providers.fromSSO === fromSSO ? fromSSO() : providers.fromIni();
export const handler = async () => [a, b, chain];
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 5,
        column: 39,
        endLine: 5,
        endColumn: 67,
        suggestions: [{ messageId: 'removeCredentials', output: `import { fromIni, fromProcess } from '@aws-sdk/credential-providers';
import { fromSSO } from '@aws-sdk/credential-provider-sso';
import * as providers from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({});
const b = new S3Client({ region: 'eu-west-1', credentials: fromProcess() });
const chain = providers.fromSSO === fromSSO ? fromSSO() : providers.fromIni();
export const handler = async () => [a, b, chain];
` }],
      },
      {
        messageId: 'profileProvider',
        data: { provider: 'fromProcess' },
        line: 6,
        column: 60,
        endLine: 6,
        endColumn: 73,
        suggestions: [{ messageId: 'removeCredentials', output: `import { fromIni, fromProcess } from '@aws-sdk/credential-providers';
import { fromSSO } from '@aws-sdk/credential-provider-sso';
import * as providers from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const a = new S3Client({ credentials: fromIni({ profile: 'prod' }) });
const b = new S3Client({ region: 'eu-west-1' });
const chain = providers.fromSSO === fromSSO ? fromSSO() : providers.fromIni();
export const handler = async () => [a, b, chain];
` }],
      },
      {
        messageId: 'profileProvider',
        data: { provider: 'fromSSO' },
        line: 7,
        column: 47,
        endLine: 7,
        endColumn: 56,
        suggestions: [],
      },
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 7,
        column: 59,
        endLine: 7,
        endColumn: 78,
        suggestions: [],
      },
    ],
  },
  {
    name: 'fromEnv() with reportFromEnv',
    code: `import { fromEnv } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({ credentials: fromEnv() });
`,
    options: [{ reportFromEnv: true }],
    output: null,
    errors: [
      {
        messageId: 'envProvider',
        data: { provider: 'fromEnv()' },
        line: 3,
        column: 40,
        endLine: 3,
        endColumn: 49,
        suggestions: [{ messageId: 'removeCredentials', output: `import { fromEnv } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
` }],
      },
    ],
  },
  {
    name: 'SDK v2: keys in the service options',
    code: `import AWS from 'aws-sdk';
const s3 = new AWS.S3({ region: 'eu-west-1', accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
const sqs = new AWS.SQS({
  accessKeyId: process.env.APP_KEY_ID,
  secretAccessKey: process.env.APP_SECRET,
  region: 'eu-west-1',
});
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.S3' },
        line: 2,
        column: 46,
        endLine: 2,
        endColumn: 142,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const s3 = new AWS.S3({ region: 'eu-west-1' });
const sqs = new AWS.SQS({
  accessKeyId: process.env.APP_KEY_ID,
  secretAccessKey: process.env.APP_SECRET,
  region: 'eu-west-1',
});
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.SQS' },
        line: 4,
        column: 3,
        endLine: 5,
        endColumn: 42,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const s3 = new AWS.S3({ region: 'eu-west-1', accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
const sqs = new AWS.SQS({
  region: 'eu-west-1',
});
` }],
      },
    ],
  },
  {
    name: "SDK v2: the runtime's variables in config.update and a constructor, autofixed",
    code: `import * as AWS from 'aws-sdk';
AWS.config.update({
  region: 'eu-west-1',
  accessKeyId: process.env.AWS_ACCESS_KEY_ID,
  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
  sessionToken: process.env.AWS_SESSION_TOKEN,
});
const ddb = new AWS.DynamoDB.DocumentClient({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN, region: 'eu-west-1' });
`,
    output: `import * as AWS from 'aws-sdk';
AWS.config.update({
  region: 'eu-west-1',
});
const ddb = new AWS.DynamoDB.DocumentClient({ region: 'eu-west-1' });
`,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.config.update' },
        line: 4,
        column: 3,
        endLine: 6,
        endColumn: 46,
        suggestions: [],
      },
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.DynamoDB.DocumentClient' },
        line: 8,
        column: 47,
        endLine: 8,
        endColumn: 186,
        suggestions: [],
      },
    ],
  },
  {
    name: "SDK v2: the runtime's keys without the token",
    code: `import { config, S3 } from 'aws-sdk';
config.update({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY });
const s3 = new S3({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentialsWithoutToken',
        data: { target: 'AWS.config.update' },
        line: 2,
        column: 17,
        endLine: 2,
        endColumn: 111,
        suggestions: [{ messageId: 'removeCredentials', output: `import { config, S3 } from 'aws-sdk';
config.update({});
const s3 = new S3({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });
` }],
      },
      {
        messageId: 'runtimeCredentialsWithoutToken',
        data: { target: 'AWS.S3' },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 134,
        suggestions: [{ messageId: 'removeCredentials', output: `import { config, S3 } from 'aws-sdk';
config.update({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY });
const s3 = new S3({});
` }],
      },
    ],
  },
  {
    name: 'SDK v2: new AWS.Config, AWS.config.credentials, new AWS.Credentials',
    code: `import AWS from 'aws-sdk';
AWS.config = new AWS.Config({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}', region: 'us-east-1' });
AWS.config.credentials = { accessKeyId: keyId, secretAccessKey: secret };
AWS.config.credentials = new AWS.Credentials('${KEY_ID}', '${SECRET}');
const creds = new AWS.Credentials({ accessKeyId: keyId, secretAccessKey: secret });
const s3 = new AWS.S3({ credentials: new AWS.Credentials(process.env.AWS_ACCESS_KEY_ID!, process.env.AWS_SECRET_ACCESS_KEY!, process.env.AWS_SESSION_TOKEN) });
declare const keyId: string, secret: string;
`,
    // The global config gets other credentials here: removing the client's own would hand it those (a suggestion)
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.Config' },
        line: 2,
        column: 31,
        endLine: 2,
        endColumn: 127,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
AWS.config = new AWS.Config({ region: 'us-east-1' });
AWS.config.credentials = { accessKeyId: keyId, secretAccessKey: secret };
AWS.config.credentials = new AWS.Credentials('${KEY_ID}', '${SECRET}');
const creds = new AWS.Credentials({ accessKeyId: keyId, secretAccessKey: secret });
const s3 = new AWS.S3({ credentials: new AWS.Credentials(process.env.AWS_ACCESS_KEY_ID!, process.env.AWS_SECRET_ACCESS_KEY!, process.env.AWS_SESSION_TOKEN) });
declare const keyId: string, secret: string;
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config.credentials' },
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 73,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
AWS.config = new AWS.Config({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}', region: 'us-east-1' });
AWS.config.credentials = new AWS.Credentials('${KEY_ID}', '${SECRET}');
const creds = new AWS.Credentials({ accessKeyId: keyId, secretAccessKey: secret });
const s3 = new AWS.S3({ credentials: new AWS.Credentials(process.env.AWS_ACCESS_KEY_ID!, process.env.AWS_SECRET_ACCESS_KEY!, process.env.AWS_SESSION_TOKEN) });
declare const keyId: string, secret: string;
` }],
      },
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.Credentials' },
        line: 4,
        column: 26,
        endLine: 4,
        endColumn: 113,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
AWS.config = new AWS.Config({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}', region: 'us-east-1' });
AWS.config.credentials = { accessKeyId: keyId, secretAccessKey: secret };
const creds = new AWS.Credentials({ accessKeyId: keyId, secretAccessKey: secret });
const s3 = new AWS.S3({ credentials: new AWS.Credentials(process.env.AWS_ACCESS_KEY_ID!, process.env.AWS_SECRET_ACCESS_KEY!, process.env.AWS_SESSION_TOKEN) });
declare const keyId: string, secret: string;
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 5,
        column: 15,
        endLine: 5,
        endColumn: 83,
        // Never read: the declaration goes
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
AWS.config = new AWS.Config({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}', region: 'us-east-1' });
AWS.config.credentials = { accessKeyId: keyId, secretAccessKey: secret };
AWS.config.credentials = new AWS.Credentials('${KEY_ID}', '${SECRET}');
const s3 = new AWS.S3({ credentials: new AWS.Credentials(process.env.AWS_ACCESS_KEY_ID!, process.env.AWS_SECRET_ACCESS_KEY!, process.env.AWS_SESSION_TOKEN) });
declare const keyId: string, secret: string;
` }],
      },
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.Credentials' },
        line: 6,
        column: 38,
        endLine: 6,
        endColumn: 156,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
AWS.config = new AWS.Config({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}', region: 'us-east-1' });
AWS.config.credentials = { accessKeyId: keyId, secretAccessKey: secret };
AWS.config.credentials = new AWS.Credentials('${KEY_ID}', '${SECRET}');
const creds = new AWS.Credentials({ accessKeyId: keyId, secretAccessKey: secret });
const s3 = new AWS.S3({});
declare const keyId: string, secret: string;
` }],
      },
    ],
  },
  {
    name: 'SDK v2: AWS.config replaced by a new AWS.Config of the runtime keys: autofixed, as a Config bound to a const is',
    code: `import AWS from 'aws-sdk';
AWS.config = new AWS.Config({ accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN });
export const s3 = new AWS.S3();
`,
    output: `import AWS from 'aws-sdk';
AWS.config = new AWS.Config({});
export const s3 = new AWS.S3();
`,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.Config' },
        line: 2,
        column: 31,
        endLine: 2,
        endColumn: 172,
        suggestions: [],
      },
    ],
  },
  {
    name: 'SDK v2: AWS.config replaced by a new AWS.Config of the runtime keys, then given a profile: a suggestion only',
    code: `import AWS from 'aws-sdk';
AWS.config = new AWS.Config({ accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN });
AWS.config.credentials = new AWS.SharedIniFileCredentials({ profile: 'prod' });
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.Config' },
        line: 2,
        column: 31,
        endLine: 2,
        endColumn: 172,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
AWS.config = new AWS.Config({});
AWS.config.credentials = new AWS.SharedIniFileCredentials({ profile: 'prod' });
` }],
      },
      {
        messageId: 'profileProvider',
        data: { provider: 'AWS.SharedIniFileCredentials' },
        line: 3,
        column: 26,
        endLine: 3,
        endColumn: 79,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
AWS.config = new AWS.Config({ accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN });
` }],
      },
    ],
  },
  {
    name: 'SDK v2: profile files and custom environment prefixes',
    code: `import AWS from 'aws-sdk';
AWS.config.credentials = new AWS.SharedIniFileCredentials({ profile: 'prod' });
const s3 = new AWS.S3({ credentials: new AWS.EnvironmentCredentials('MYAPP') });
const noPrefix = new AWS.EnvironmentCredentials();
export const handler = async () => s3;
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'AWS.SharedIniFileCredentials' },
        line: 2,
        column: 26,
        endLine: 2,
        endColumn: 79,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const s3 = new AWS.S3({ credentials: new AWS.EnvironmentCredentials('MYAPP') });
const noPrefix = new AWS.EnvironmentCredentials();
export const handler = async () => s3;
` }],
      },
      {
        messageId: 'customEnvPrefix',
        data: { provider: 'AWS.EnvironmentCredentials', variable: 'MYAPP_ACCESS_KEY_ID' },
        line: 3,
        column: 38,
        endLine: 3,
        endColumn: 77,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
AWS.config.credentials = new AWS.SharedIniFileCredentials({ profile: 'prod' });
const s3 = new AWS.S3({});
const noPrefix = new AWS.EnvironmentCredentials();
export const handler = async () => s3;
` }],
      },
      {
        messageId: 'customEnvPrefix',
        data: { provider: 'AWS.EnvironmentCredentials', variable: 'ACCESS_KEY_ID' },
        line: 4,
        column: 18,
        endLine: 4,
        endColumn: 50,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
AWS.config.credentials = new AWS.SharedIniFileCredentials({ profile: 'prod' });
const s3 = new AWS.S3({ credentials: new AWS.EnvironmentCredentials('MYAPP') });
export const handler = async () => s3;
` }],
      },
    ],
  },
  {
    name: 'a prefix that does not read like one (pasted text, a piece of a secret) is not repeated in the message',
    code: `import AWS from 'aws-sdk';
AWS.config.credentials = new AWS.EnvironmentCredentials('${SECRET.slice(0, 30)}');
export const handler = async () => AWS.config.credentials;
`,
    output: null,
    errors: [
      {
        messageId: 'customEnvPrefix',
        data: { provider: 'AWS.EnvironmentCredentials', variable: '<prefix>_ACCESS_KEY_ID' },
        line: 2,
        column: 26,
        endLine: 2,
        endColumn: 90,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
export const handler = async () => AWS.config.credentials;
` }],
      },
    ],
  },
  {
    name: "SDK v2's AMAZON prefix on its own: keys the runtime never sets (a chain listing it beside AWS is the default chain's)",
    code: `import AWS from 'aws-sdk';
AWS.config.credentials = new AWS.EnvironmentCredentials('AMAZON');
const chain = new AWS.CredentialProviderChain([() => new AWS.EnvironmentCredentials('AWS'), () => new AWS.EnvironmentCredentials('AMAZON')]);
export const handler = async () => chain;
`,
    output: null,
    errors: [
      {
        messageId: 'customEnvPrefix',
        data: { provider: 'AWS.EnvironmentCredentials', variable: 'AMAZON_ACCESS_KEY_ID' },
        line: 2,
        column: 26,
        endLine: 2,
        endColumn: 66,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const chain = new AWS.CredentialProviderChain([() => new AWS.EnvironmentCredentials('AWS'), () => new AWS.EnvironmentCredentials('AMAZON')]);
export const handler = async () => chain;
` }],
      },
    ],
  },
  {
    name: "SDK v2's AMAZON prefix reaching the credentials through a fallback, or as a temporary credential's master",
    code: `import AWS from 'aws-sdk';
AWS.config.credentials = AWS.config.credentials || new AWS.EnvironmentCredentials('AMAZON');
export const temporary = new AWS.ChainableTemporaryCredentials({ params: { RoleArn: 'arn' }, masterCredentials: new AWS.EnvironmentCredentials('AMAZON') });
export const handler = async () => temporary;
`,
    output: null,
    errors: [
      {
        messageId: 'customEnvPrefix',
        data: { provider: 'AWS.EnvironmentCredentials', variable: 'AMAZON_ACCESS_KEY_ID' },
        line: 2,
        column: 52,
        endLine: 2,
        endColumn: 92,
        suggestions: [],
      },
      {
        messageId: 'customEnvPrefix',
        data: { provider: 'AWS.EnvironmentCredentials', variable: 'AMAZON_ACCESS_KEY_ID' },
        line: 3,
        column: 113,
        endLine: 3,
        endColumn: 153,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a profile provider bound to a const and passed once as a shorthand credentials: the suggestion removes both',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { fromIni } from '@aws-sdk/credential-providers';
const credentials = fromIni({ profile: 'prod' });
const s3 = new S3Client({ region: 'us-east-1', credentials });
export const handler = async () => ({ statusCode: 200 });
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 49,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import { fromIni } from '@aws-sdk/credential-providers';
const s3 = new S3Client({ region: 'us-east-1' });
export const handler = async () => ({ statusCode: 200 });
` }],
      },
    ],
  },
  {
    name: 'SDK v2: typed credentials bound to a const and read by two clients and config.update: every use and the declaration go',
    code: `import AWS from 'aws-sdk';
// keys of the partner account
const creds: AWS.Credentials = new AWS.Credentials(process.env.PARTNER_KEY!, process.env.PARTNER_SECRET!);
export const s3 = new AWS.S3({
  region: 'eu-west-1',
  credentials: creds,
});
export const ddb = new AWS.DynamoDB({ credentials: creds as AWS.Credentials });
AWS.config.update({ credentials: creds });
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 3,
        column: 32,
        endLine: 3,
        endColumn: 106,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
// keys of the partner account
export const s3 = new AWS.S3({
  region: 'eu-west-1',
});
export const ddb = new AWS.DynamoDB({});
AWS.config.update({});
` }],
      },
    ],
  },
  {
    name: 'SDK v2: bound credentials also exported, exported themselves, declared with another name, or read elsewhere: no suggestion',
    code: `import AWS from 'aws-sdk';
const creds = new AWS.Credentials(process.env.PARTNER_KEY!, process.env.PARTNER_SECRET!);
export const s3 = new AWS.S3({ credentials: creds });
export { creds };
export const shared = new AWS.Credentials(process.env.PARTNER_KEY!, process.env.PARTNER_SECRET!);
const pair = new AWS.Credentials(process.env.PARTNER_KEY!, process.env.PARTNER_SECRET!), region = 'eu-west-1';
export const ddb = new AWS.DynamoDB({ region, credentials: pair });
const passed = new AWS.Credentials(process.env.PARTNER_KEY!, process.env.PARTNER_SECRET!);
export const sqs = new AWS.SQS({ credentials: passed });
console.log(passed.accessKeyId.length);
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 2,
        column: 15,
        endLine: 2,
        endColumn: 89,
        suggestions: [],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 5,
        column: 23,
        endLine: 5,
        endColumn: 97,
        suggestions: [],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 6,
        column: 14,
        endLine: 6,
        endColumn: 88,
        suggestions: [],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 8,
        column: 16,
        endLine: 8,
        endColumn: 90,
        suggestions: [],
      },
    ],
  },
  {
    name: 'SDK v2: bound keys read in one branch of a choice unset that branch; a never-read custom prefix is removed',
    code: `import AWS from 'aws-sdk';
const useKeys = process.argv.includes('--keys');
const creds = new AWS.Credentials(process.env.PARTNER_KEY!, process.env.PARTNER_SECRET!);
export const s3 = new AWS.S3({ credentials: useKeys ? creds : new AWS.ECSCredentials() });
// unused
const custom = new AWS.EnvironmentCredentials('MYAPP'); // legacy
export const handler = async () => s3;
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 3,
        column: 15,
        endLine: 3,
        endColumn: 89,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const useKeys = process.argv.includes('--keys');
export const s3 = new AWS.S3({ credentials: useKeys ? undefined : new AWS.ECSCredentials() });
// unused
const custom = new AWS.EnvironmentCredentials('MYAPP'); // legacy
export const handler = async () => s3;
` }],
      },
      {
        messageId: 'customEnvPrefix',
        data: { provider: 'AWS.EnvironmentCredentials', variable: 'MYAPP_ACCESS_KEY_ID' },
        line: 6,
        column: 16,
        endLine: 6,
        endColumn: 55,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const useKeys = process.argv.includes('--keys');
const creds = new AWS.Credentials(process.env.PARTNER_KEY!, process.env.PARTNER_SECRET!);
export const s3 = new AWS.S3({ credentials: useKeys ? creds : new AWS.ECSCredentials() });
// unused
export const handler = async () => s3;
` }],
      },
    ],
  },
  {
    name: 'SDK v2: a profile provider bound to a const that is also read outside an environment switch',
    code: `import { S3, SharedIniFileCredentials } from 'aws-sdk';
const profileCreds = new SharedIniFileCredentials({ profile: 'dev' });
export const a = process.env.IS_OFFLINE ? new S3({ credentials: profileCreds }) : new S3({});
export const b = new S3({ credentials: profileCreds });
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'AWS.SharedIniFileCredentials' },
        line: 2,
        column: 22,
        endLine: 2,
        endColumn: 70,
        suggestions: [],
      },
    ],
  },
  {
    // The issue lists SharedIniFileCredentials among the SDK v2 reports without the handler-file condition that
    // applies to fromIni/fromProcess/fromSSO.
    name: 'SDK v2: SharedIniFileCredentials is reported in a file without a handler too',
    code: `import AWS from 'aws-sdk';
AWS.config.credentials = new AWS.SharedIniFileCredentials({ profile: 'prod' });
await new AWS.S3().listBuckets().promise();
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'AWS.SharedIniFileCredentials' },
        line: 2,
        column: 26,
        endLine: 2,
        endColumn: 79,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
await new AWS.S3().listBuckets().promise();
` }],
      },
    ],
  },
  {
    name: 'SDK v2: file providers in a handler file',
    code: `import AWS from 'aws-sdk';
AWS.config.loadFromPath('./config.json');
const p = new AWS.ProcessCredentials({ profile: 'prod' });
export const handler = async () => p;
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'AWS.config.loadFromPath' },
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 41,
        suggestions: [],
      },
      {
        messageId: 'profileProvider',
        data: { provider: 'AWS.ProcessCredentials' },
        line: 3,
        column: 11,
        endLine: 3,
        endColumn: 58,
        suggestions: [],
      },
    ],
  },
  {
    name: 'SDK v2: clients from aws-sdk/clients/*',
    code: `import S3 from 'aws-sdk/clients/s3';
import DynamoDB = require('aws-sdk/clients/dynamodb');
const s3 = new S3({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
const doc = new DynamoDB.DocumentClient({ credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.S3' },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 117,
        suggestions: [{ messageId: 'removeCredentials', output: `import S3 from 'aws-sdk/clients/s3';
import DynamoDB = require('aws-sdk/clients/dynamodb');
const s3 = new S3({});
const doc = new DynamoDB.DocumentClient({ credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
` }],
      },
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.DynamoDB.DocumentClient' },
        line: 4,
        column: 43,
        endLine: 4,
        endColumn: 156,
        suggestions: [{ messageId: 'removeCredentials', output: `import S3 from 'aws-sdk/clients/s3';
import DynamoDB = require('aws-sdk/clients/dynamodb');
const s3 = new S3({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
const doc = new DynamoDB.DocumentClient({});
` }],
      },
    ],
  },
  {
    name: 'one config shared by two clients is reported once',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
const config = { credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } };
const s3 = new S3Client(config);
const sqs = new SQSClient(config);
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 131,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
const config = {};
const s3 = new S3Client(config);
const sqs = new SQSClient(config);
` }],
      },
    ],
  },
  {
    name: 'inside a handler, with satisfies and as',
    code: `import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
export const handler = async () => {
  const s3 = new S3Client({
    credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } as const,
  } satisfies S3ClientConfig);
  return s3;
};
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 127,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
export const handler = async () => {
  const s3 = new S3Client({} satisfies S3ClientConfig);
  return s3;
};
` }],
      },
    ],
  },
  {
    name: 'a profile provider switched by something other than the environment, or with a remote endpoint: the other branch of the choice unsets the credentials, so the suggestion removes the choice',
    code: `import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
export const handler = async (event: { local: boolean }) => new S3Client({ credentials: event.local ? fromIni({ profile: 'dev' }) : undefined });
const remote = new S3Client({ endpoint: 'https://s3.eu-west-1.amazonaws.com', credentials: fromIni({ profile: 'dev' }) });
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 3,
        column: 103,
        endLine: 3,
        endColumn: 130,
        suggestions: [{ messageId: 'removeCredentials', output: `import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
export const handler = async (event: { local: boolean }) => new S3Client({});
const remote = new S3Client({ endpoint: 'https://s3.eu-west-1.amazonaws.com', credentials: fromIni({ profile: 'dev' }) });
` }],
      },
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 4,
        column: 92,
        endLine: 4,
        endColumn: 119,
        suggestions: [{ messageId: 'removeCredentials', output: `import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
export const handler = async (event: { local: boolean }) => new S3Client({ credentials: event.local ? fromIni({ profile: 'dev' }) : undefined });
const remote = new S3Client({ endpoint: 'https://s3.eu-west-1.amazonaws.com' });
` }],
      },
    ],
  },
  {
    name: 'credentials chosen by a condition, or returned by a function of the file called in place',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const keyId = process.env.REPORTS_KEY_ID;
function getCredentials() { return { accessKeyId: process.env.REPORTS_KEY_ID!, secretAccessKey: process.env.REPORTS_SECRET! }; }
export const a = new S3Client({ credentials: keyId ? { accessKeyId: keyId, secretAccessKey: process.env.REPORTS_SECRET! } : undefined });
export const b = new S3Client({ credentials: getCredentials() });
export const c = new S3Client({ credentials: process.env.IS_OFFLINE ? { accessKeyId: 'local', secretAccessKey: 'local' } : undefined });
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 4,
        column: 33,
        endLine: 4,
        endColumn: 134,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const keyId = process.env.REPORTS_KEY_ID;
function getCredentials() { return { accessKeyId: process.env.REPORTS_KEY_ID!, secretAccessKey: process.env.REPORTS_SECRET! }; }
export const a = new S3Client({});
export const b = new S3Client({ credentials: getCredentials() });
export const c = new S3Client({ credentials: process.env.IS_OFFLINE ? { accessKeyId: 'local', secretAccessKey: 'local' } : undefined });
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 5,
        column: 33,
        endLine: 5,
        endColumn: 62,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
const keyId = process.env.REPORTS_KEY_ID;
function getCredentials() { return { accessKeyId: process.env.REPORTS_KEY_ID!, secretAccessKey: process.env.REPORTS_SECRET! }; }
export const a = new S3Client({ credentials: keyId ? { accessKeyId: keyId, secretAccessKey: process.env.REPORTS_SECRET! } : undefined });
export const b = new S3Client({});
export const c = new S3Client({ credentials: process.env.IS_OFFLINE ? { accessKeyId: 'local', secretAccessKey: 'local' } : undefined });
` }],
      },
    ],
  },
  {
    name: "another client on a host outside AWS's domains is AWS behind a custom domain (API Gateway's management API)",
    code: `import { ApiGatewayManagementApiClient } from '@aws-sdk/client-apigatewaymanagementapi';
export const ws = new ApiGatewayManagementApiClient({
  endpoint: 'https://ws.example.com/prod',
  credentials: { accessKeyId: process.env.WS_KEY_ID!, secretAccessKey: process.env.WS_SECRET! },
});
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'ApiGatewayManagementApiClient' },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 96,
        suggestions: [{ messageId: 'removeCredentials', output: `import { ApiGatewayManagementApiClient } from '@aws-sdk/client-apigatewaymanagementapi';
export const ws = new ApiGatewayManagementApiClient({
  endpoint: 'https://ws.example.com/prod',
});
` }],
      },
    ],
  },
  {
    name: 'dummy keys for local runs next to static keys otherwise: the static keys are reported',
    code: `import { S3Client } from '@aws-sdk/client-s3';
export const a = new S3Client({
  credentials: process.env.IS_OFFLINE
    ? { accessKeyId: 'local', secretAccessKey: 'local' }
    : { accessKeyId: process.env.REPORTS_KEY_ID!, secretAccessKey: process.env.REPORTS_SECRET! },
});
function creds() {
  if (process.env.IS_OFFLINE) return { accessKeyId: 'local', secretAccessKey: 'local' };
  return { accessKeyId: process.env.REPORTS_KEY_ID!, secretAccessKey: process.env.REPORTS_SECRET! };
}
export const b = new S3Client({ credentials: creds() });
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 3,
        endLine: 5,
        endColumn: 97,
        // Only the deployed branch's keys go: the local branch keeps its emulator's dummy keys
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
export const a = new S3Client({
  credentials: process.env.IS_OFFLINE
    ? { accessKeyId: 'local', secretAccessKey: 'local' }
    : undefined,
});
function creds() {
  if (process.env.IS_OFFLINE) return { accessKeyId: 'local', secretAccessKey: 'local' };
  return { accessKeyId: process.env.REPORTS_KEY_ID!, secretAccessKey: process.env.REPORTS_SECRET! };
}
export const b = new S3Client({ credentials: creds() });
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 11,
        column: 33,
        endLine: 11,
        endColumn: 53,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
export const a = new S3Client({
  credentials: process.env.IS_OFFLINE
    ? { accessKeyId: 'local', secretAccessKey: 'local' }
    : { accessKeyId: process.env.REPORTS_KEY_ID!, secretAccessKey: process.env.REPORTS_SECRET! },
});
function creds() {
  if (process.env.IS_OFFLINE) return { accessKeyId: 'local', secretAccessKey: 'local' };
  return { accessKeyId: process.env.REPORTS_KEY_ID!, secretAccessKey: process.env.REPORTS_SECRET! };
}
export const b = new S3Client({});
` }],
      },
    ],
  },
  {
    name: 'SDK v2: AWS.config fields set one by one are one finding',
    code: `import * as AWS from 'aws-sdk';
AWS.config.accessKeyId = '${KEY_ID}';
if (ready) {
  AWS.config.secretAccessKey = '${SECRET}';
}
(AWS.config as AWS.Config).sessionToken = undefined;
declare const ready: boolean;
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.config' },
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 48,
        suggestions: [{ messageId: 'removeCredentials', output: `import * as AWS from 'aws-sdk';
if (ready) {
}
declare const ready: boolean;
` }],
      },
    ],
  },
  {
    name: "SDK v2: the keys of AWS.config's credentials set one by one, with the config's own fields: one finding",
    code: `import * as AWS from 'aws-sdk';
(AWS.config.credentials as AWS.Credentials).accessKeyId = process.env.REPORTS_KEY_ID!;
AWS.config.credentials!.secretAccessKey = process.env.REPORTS_SECRET!;
AWS.config.sessionToken = undefined;
const local = { credentials: { accessKeyId: '' } };
local.credentials.accessKeyId = 'x';
export const s3 = new AWS.S3();
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config' },
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 86,
        suggestions: [{ messageId: 'removeCredentials', output: `import * as AWS from 'aws-sdk';
const local = { credentials: { accessKeyId: '' } };
local.credentials.accessKeyId = 'x';
export const s3 = new AWS.S3();
` }],
      },
    ],
  },
  {
    name: "SDK v2: the runtime's own variables set on AWS.config one by one",
    code: `import AWS from 'aws-sdk';
export const handler = async () => {
  AWS.config.accessKeyId = process.env.AWS_ACCESS_KEY_ID!;
  AWS.config.secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY!, AWS.config.region = 'eu-west-1';
};
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentialsWithoutToken',
        data: { target: 'AWS.config' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 58,
        suggestions: [],
      },
    ],
  },
];

const jsValid: Valid[] = [
  {
    name: "dynamoose's DynamoDB client with no credentials, or with dummy keys on a local endpoint",
    code: `import dynamoose from 'dynamoose';
const ddb = new dynamoose.aws.ddb.DynamoDB({ region: 'us-east-1' });
dynamoose.aws.ddb.set(ddb);
export const local = new dynamoose.aws.ddb.DynamoDB({ endpoint: 'http://localhost:8000', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });`,
  },
  {
    name: "JS: an ES module that runs itself (`process.argv[1] === fileURLToPath(import.meta.url)`) signs in as the IAM user it made: a command-line scenario",
    filename: 'example_code/iam/basic.js',
    code: `import { fileURLToPath } from 'node:url';
import { IAMClient, CreateAccessKeyCommand } from '@aws-sdk/client-iam';
import { S3Client, ListBucketsCommand } from '@aws-sdk/client-s3';

export const main = async () => {
  const { AccessKey } = await new IAMClient({}).send(new CreateAccessKeyCommand({ UserName: 'demo' }));
  const s3 = new S3Client({ credentials: { accessKeyId: AccessKey.AccessKeyId, secretAccessKey: AccessKey.SecretAccessKey } });
  await s3.send(new ListBucketsCommand({}));
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main();
}`,
  },
  {
    name: 'JS: the other ES module forms of a program run (`pathToFileURL(process.argv[1]).href`, a file URL template, `import.meta.main`)',
    filename: 'src/backfill.mjs',
    code: `import * as url from 'node:url';
import { S3Client } from '@aws-sdk/client-s3';
export const s3 = new S3Client({ credentials: { accessKeyId: process.env.MY_KEY_ID, secretAccessKey: process.env.MY_SECRET } });
if (import.meta.url === url.pathToFileURL(process.argv[1]).href) s3.destroy();
if (\`file://\${process.argv[1]}\` == import.meta.url) s3.destroy();
if (import.meta.main) s3.destroy();`,
  },
  {
    name: 'JS: a #! command-line script without a handler reads its machine\'s keys',
    filename: 'src/cli.mjs',
    code: `#!/usr/bin/env node
import { S3Client } from '@aws-sdk/client-s3';
export const s3 = new S3Client({ credentials: { accessKeyId: process.env.MY_KEY_ID, secretAccessKey: process.env.MY_SECRET } });`,
  },
  {
    name: "a deploy tool's #! command and a scripts/ file: SharedIniFileCredentials reads the machine's own profile",
    filename: 'bin/cmd.mjs',
    code: `#!/usr/bin/env node
import AWS from 'aws-sdk';
if (process.argv.includes('--profile')) AWS.config.credentials = new AWS.SharedIniFileCredentials({ profile: process.argv[3] });`,
  },
  {
    name: "SDK v2's AMAZON prefix as a step of a provider chain written any way (the default chain's steps)",
    code: `import AWS from 'aws-sdk';
AWS.CredentialProviderChain.defaultProviders = [() => new AWS.EnvironmentCredentials('AWS'), () => new AWS.EnvironmentCredentials('AMAZON')];
const chain = new AWS.CredentialProviderChain();
chain.providers.push(new AWS.EnvironmentCredentials('AMAZON'));
const providers = [() => { try { return new AWS.EnvironmentCredentials('AMAZON'); } catch { return null; } }];
export const s3 = new AWS.S3({ credentialProvider: new AWS.CredentialProviderChain(providers) });`,
  },
  {
    name: 'a custom environment prefix and a profile file in test code and in a command-line script: the machine\'s own keys',
    filename: 'tests/integration/setup.mjs',
    code: `import AWS from 'aws-sdk';
AWS.config.credentials = new AWS.EnvironmentCredentials('CI');
export const iniCredentials = new AWS.SharedIniFileCredentials({ profile: 'ci' });`,
  },
  {
    name: 'a custom environment prefix in a scripts/ file',
    filename: 'scripts/migrate.mjs',
    code: `import AWS from 'aws-sdk';
AWS.config.credentials = new AWS.EnvironmentCredentials('DEPLOY');`,
  },
  {
    name: 'SharedIniFileCredentials in a scripts/ file of the project',
    filename: 'scripts/seed.mjs',
    code: `import AWS from 'aws-sdk';
AWS.config.credentials = new AWS.SharedIniFileCredentials({ profile: 'dev' });
await new AWS.DynamoDB.DocumentClient().put({ TableName: 't', Item: { id: '1' } }).promise();`,
  },
  {
    name: "dummy keys in SDK v2's global config beside a config object whose endpoint is assigned",
    code: `import AWS from 'aws-sdk';
AWS.config.update({ accessKeyId: 'local', secretAccessKey: 'local' });
const options = { region: 'us-east-1' };
options.endpoint = process.env.DYNAMO_ENDPOINT;
export const db = new AWS.DynamoDB.DocumentClient(options);
`,
  },
  {
    name: 'ESM: key parameters defaulting to undefined that every call leaves out',
    code: `import { S3Client } from '@aws-sdk/client-s3';
function mk(keyId = undefined, secret = undefined) {
  return new S3Client({ credentials: { accessKeyId: keyId, secretAccessKey: secret } });
}
export const s3 = mk();`,
  },
  {
    name: 'ESM: a local endpoint set with the credentials, in the same step or the same outcome of a spread choice',
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const options = { region: process.env.AWS_REGION };
if (process.env.NODE_ENV === 'development') {
  options.endpoint = 'http://localhost:8000';
  options.credentials = { accessKeyId: process.env.LOCAL_KEY_ID, secretAccessKey: process.env.LOCAL_SECRET };
}
export const stepped = new DynamoDBClient(options);
export const spread = new DynamoDBClient({
  region: process.env.AWS_REGION,
  ...(process.env.NODE_ENV === 'development' && {
    endpoint: 'http://localhost:8000',
    credentials: { accessKeyId: process.env.LOCAL_KEY_ID, secretAccessKey: process.env.LOCAL_SECRET },
  }),
});
const local = process.env.NODE_ENV === 'development'
  ? { endpoint: 'http://dynamodb-local:8000', credentials: { accessKeyId: process.env.LOCAL_KEY_ID, secretAccessKey: process.env.LOCAL_SECRET } }
  : {};
export const bound = new DynamoDBClient({ region: process.env.AWS_REGION, ...local });
`,
  },
  {
    name: 'ESM: dummy keys on a docker-compose service host (one label, never an AWS endpoint)',
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
export const ddb = new DynamoDBClient({ endpoint: 'http://dynamodb-local:8000', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
`,
  },
  {
    name: 'ESM: runtime keys handed on in a spec file',
    filename: 'spec/orders.spec.js',
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = process.env;
export const ddb = new DynamoDBClient({ region: 'eu-west-1', credentials: { accessKeyId, secretAccessKey } });
`,
  },
  {
    name: 'JS: the runtimes own keys with their session token as the fallback of a choice stay quiet',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import { assumedCredentials } from './sts.js';

export const s3 = new S3Client({
  credentials: assumedCredentials() ?? {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
    sessionToken: process.env.AWS_SESSION_TOKEN,
  },
});`,
  },
  {
    name: "a module's top-level exit in deployed runs: the statements after it run only locally (keys from variables, a profile)",
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { fromIni } from '@aws-sdk/credential-providers';
if (process.env.AWS_LAMBDA_FUNCTION_NAME) throw new Error('seed script: run it locally');
export const client = new DynamoDBClient({ credentials: { accessKeyId: process.env.KEY_ID, secretAccessKey: process.env.SECRET } });
export const other = new DynamoDBClient({ credentials: fromIni({ profile: 'dev' }) });
export const handler = async () => [client, other];
`,
  },
  {
    name: 'a profile provider in a choice on a client of a local emulator, as without the choice',
    code: `import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
export const handler = async (event) => new S3Client({ endpoint: 'http://localhost:4566', credentials: event.local ? fromIni() : undefined });
`,
  },
  {
    name: 'a configuration function of the file: an offline branch with a local endpoint, and credentials it is handed',
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
function getConfig() {
  if (process.env.IS_OFFLINE) {
    return { region: 'localhost', endpoint: 'http://localhost:8000', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
  }
  return {};
}
function withCredentials(credentials) { return { region: 'us-east-1', credentials }; }
export const ddb = new DynamoDBClient(getConfig());
export const s3 = new S3Client(withCredentials(undefined));
`,
  },
  {
    name: 'serverless-offline: keys read from variables when IS_OFFLINE is set (JS, ESM)',
    code: `import AWS from 'aws-sdk';
import AWSXRay from 'aws-xray-sdk';
const AWSWithXray = AWSXRay.captureAWS(AWS);
const { IS_OFFLINE } = process.env;
if (IS_OFFLINE === 'true') {
  AWS.config.update({
    region: process.env.AWS_REGION || 'us-west-2',
    accessKeyId: process.env.ACCESS_KEY,
    secretAccessKey: process.env.SECRET_KEY,
  });
}
if (process.env.IS_OFFLINE === 'true') AWS.config.update({ accessKeyId: process.env.ACCESS_KEY, secretAccessKey: process.env.SECRET_KEY });
export default AWSWithXray;
`,
  },
  {
    name: 'no credentials (JS, ESM)',
    code: `import { S3Client } from '@aws-sdk/client-s3';
import AWS from 'aws-sdk';
export const handler = async () => {
  const s3 = new S3Client({});
  const v2 = new AWS.S3();
  return [s3, v2];
};
`,
  },
  {
    name: 'STS output in SDK v2 (JS)',
    code: `import AWS from 'aws-sdk';
const sts = new AWS.STS();
export async function handler() {
  const { Credentials } = await sts.assumeRole({ RoleArn: process.env.ROLE_ARN, RoleSessionName: 'x' }).promise();
  AWS.config.update({ accessKeyId: Credentials.AccessKeyId, secretAccessKey: Credentials.SecretAccessKey, sessionToken: Credentials.SessionToken });
}
`,
  },
  {
    name: 'odd input: JSX',
    code: `import { S3Client } from '@aws-sdk/client-s3';
export const View = () => <Client client={new S3Client({ region: 'eu-west-1' })} label="🔑 資格情報" />;
`,
  },
];

const jsInvalid: Invalid[] = [
  {
    name: 'ESM: process.argv[1] compared with something else than the module, or import.meta.url with another path, is no program run',
    filename: 'src/upload.mjs',
    code: `import { fileURLToPath } from 'node:url';
import { S3Client } from '@aws-sdk/client-s3';
export const s3 = new S3Client({ credentials: { accessKeyId: process.env.UPLOAD_KEY_ID, secretAccessKey: process.env.UPLOAD_SECRET } });
if (process.argv[1] === 'upload') s3.destroy();
if (process.argv[2] === fileURLToPath(import.meta.url)) s3.destroy();
if (import.meta.url === import.meta.resolve('./x.js')) s3.destroy();`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 34,
        endLine: 3,
        endColumn: 133,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { fileURLToPath } from 'node:url';
import { S3Client } from '@aws-sdk/client-s3';
export const s3 = new S3Client({});
if (process.argv[1] === 'upload') s3.destroy();
if (process.argv[2] === fileURLToPath(import.meta.url)) s3.destroy();
if (import.meta.url === import.meta.resolve('./x.js')) s3.destroy();`,
          },
        ],
      },
    ],
  },
  {
    name: 'ESM: aws4.sign given hard-coded keys: the suggestion leaves them out, and aws4 reads the runtime variables',
    code: `import aws4 from 'aws4';
const credentials = { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' };
export const handler = async () => aws4.sign({ host: 'search.example.com', path: '/_search' }, credentials);
`,
    output: null,
    errors: [
      { messageId: 'hardcodedSignerCredentials', data: { target: 'aws4.sign', remedy: AWS4_REMEDY }, line: 3, column: 96, endLine: 3, endColumn: 107, suggestions: [{ messageId: 'removeCredentials', output: `import aws4 from 'aws4';
const credentials = { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' };
export const handler = async () => aws4.sign({ host: 'search.example.com', path: '/_search' });
` }] },
    ],
  },
  {
    name: 'ESM: keys of other environment variables bound to a const: the suggestion removes it with its only use',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const keys = { accessKeyId: process.env.PARTNER_KEY ?? '', secretAccessKey: \`\${process.env.PARTNER_SECRET}\` };
export const s3 = new S3Client({ credentials: keys, region: 'eu-west-1' });
`,
    output: null,
    errors: [
      { messageId: 'staticCredentials', data: {"target":"S3Client"}, line: 3, column: 34, endLine: 3, endColumn: 51, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
export const s3 = new S3Client({ region: 'eu-west-1' });
` }] },
    ],
  },
  {
    name: 'JS: an SQS client given a profile in a handler module',
    code: `import { SQSClient } from '@aws-sdk/client-sqs';
const sqs = new SQSClient({ profile: 'deploy' });
export const handler = async () => sqs;
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: "SQSClient's profile option" },
        line: 2,
        column: 29,
        endLine: 2,
        endColumn: 46,
        suggestions: [{ messageId: 'removeCredentials', output: `import { SQSClient } from '@aws-sdk/client-sqs';
const sqs = new SQSClient({});
export const handler = async () => sqs;
` }],
      },
    ],
  },
  {
    name: "JS: the keys of AWS.config's credentials set from the environment under other names",
    code: `import AWS from 'aws-sdk';
AWS.config.credentials.accessKeyId = process.env.MY_KEY;
AWS.config.credentials.secretAccessKey = process.env.MY_SECRET;
export const handler = async () => new AWS.S3().listBuckets().promise();
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config' },
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 56,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
export const handler = async () => new AWS.S3().listBuckets().promise();
` }],
      },
    ],
  },
  {
    name: 'ESM: captureAWS of a default import of the SDK',
    code: `import AWSXRay from 'aws-xray-sdk-core';
import AWSRaw from 'aws-sdk';
const AWS = AWSXRay.captureAWS(AWSRaw);
export const s3 = new AWS.S3({ accessKeyId: process.env.MY_K, secretAccessKey: process.env.MY_S });`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.S3' },
        line: 4,
        column: 32,
        endLine: 4,
        endColumn: 96,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import AWSXRay from 'aws-xray-sdk-core';
import AWSRaw from 'aws-sdk';
const AWS = AWSXRay.captureAWS(AWSRaw);
export const s3 = new AWS.S3({});`,
          },
        ],
      },
    ],
  },
  {
    name: 'JS: a class expression extending a renamed v3 client passes static keys to super()',
    code: `import { DynamoDBClient as Client } from '@aws-sdk/client-dynamodb';
export const Db = class extends Client {
  constructor() {
    super({ credentials: { accessKeyId: process.env.DB_KEY, secretAccessKey: process.env.DB_SECRET } });
  }
};
export const handler = async () => new Db();
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'DynamoDBClient' },
        line: 4,
        column: 13,
        endLine: 4,
        endColumn: 101,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { DynamoDBClient as Client } from '@aws-sdk/client-dynamodb';
export const Db = class extends Client {
  constructor() {
    super({});
  }
};
export const handler = async () => new Db();
`,
          },
        ],
      },
    ],
  },
  {
    name: "CJS: a module named serverless.js that is no Framework config (an Express app's client) is the function's code",
    filename: 'src/serverless.js',
    code: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({ accessKeyId: process.env.MY_KEY_ID, secretAccessKey: process.env.MY_SECRET });
module.exports = { s3 };`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.S3' },
        line: 2,
        column: 25,
        endLine: 2,
        endColumn: 99,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({});
module.exports = { s3 };` }],
      },
    ],
  },
  {
    name: 'JS: a module of the function\'s code (no script marks) and a handler file under scripts/ are still reported',
    filename: 'scripts/handler.mjs',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({ credentials: { accessKeyId: process.env.MY_KEY_ID, secretAccessKey: process.env.MY_SECRET } });
export const handler = async () => s3.config;`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 2,
        column: 27,
        endLine: 2,
        endColumn: 118,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const handler = async () => s3.config;`,
          },
        ],
      },
    ],
  },
  {
    name: 'SDK v2 options reassigned to a let in a branch',
    code: `import AWS from 'aws-sdk';
let options = {};
if (process.env.USE_KEYS) options = { accessKeyId: process.env.APP_KEY, secretAccessKey: process.env.APP_SECRET };
export const db = new AWS.DynamoDB.DocumentClient(options);
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.DynamoDB.DocumentClient' },
        line: 3,
        column: 39,
        endLine: 3,
        endColumn: 112,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import AWS from 'aws-sdk';
let options = {};
if (process.env.USE_KEYS) options = {};
export const db = new AWS.DynamoDB.DocumentClient(options);
`,
          },
        ],
      },
    ],
  },
  {
    name: 'ESM: hard-coded keys one call of a client-making function passes, another passing an unknown value',
    code: `import { S3Client } from '@aws-sdk/client-s3';
function makeClient(credentials) { return new S3Client({ credentials }); }
export const a = makeClient(getCreds());
export const b = makeClient({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
`,
    errors: [{ messageId: 'hardcodedCredentials', data: { target: 'S3Client' }, line: 2, column: 58, endLine: 2, endColumn: 69, suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
function makeClient(credentials) { return new S3Client({}); }
export const a = makeClient(getCreds());
export const b = makeClient({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
` }] }],
  },
  {
    name: 'static keys as the master credentials of fromTemporaryCredentials (ES modules)',
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
export const db = new DynamoDBClient({ credentials: fromTemporaryCredentials({ masterCredentials: { accessKeyId: process.env.K, secretAccessKey: process.env.S }, params: { RoleArn: 'r' } }) });
`,
    errors: [{ messageId: 'staticCredentials', data: { target: 'DynamoDBClient' }, line: 3, column: 40, endLine: 3, endColumn: 190, suggestions: [{ messageId: 'removeCredentials', output: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
export const db = new DynamoDBClient({ credentials: fromTemporaryCredentials({ params: { RoleArn: 'r' } }) });
` }] }],
  },
  {
    name: 'ESM: real-looking keys in a choice bound to a name and spread into the options',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const creds = process.env.USE_KEYS ? { credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } } : {};
export const s3 = new S3Client({ region: 'eu-west-1', ...creds });
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 2,
        column: 40,
        endLine: 2,
        endColumn: 153,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { S3Client } from '@aws-sdk/client-s3';
const creds = process.env.USE_KEYS ? {} : {};
export const s3 = new S3Client({ region: 'eu-west-1', ...creds });
`,
          },
        ],
      },
    ],
  },
  {
    name: 'ESM: real-looking keys written to the options object in a later statement',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const cfg = {};
cfg.credentials = { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' };
export const s3 = new S3Client(cfg);
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 119,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { S3Client } from '@aws-sdk/client-s3';
const cfg = {};
export const s3 = new S3Client(cfg);
`,
          },
        ],
      },
    ],
  },
  {
    name: 'ESM: real-looking keys in a spread chosen by a flag',
    code: `import { S3Client } from '@aws-sdk/client-s3';
export const s3 = new S3Client({ ...(process.env.USE_KEYS === 'true' && { credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } }) });`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 2,
        column: 75,
        endLine: 2,
        endColumn: 188,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { S3Client } from '@aws-sdk/client-s3';
export const s3 = new S3Client({ ...(process.env.USE_KEYS === 'true' && {}) });`,
          },
        ],
      },
    ],
  },
  {
    name: 'SDK v2: bound credentials read once by a new AWS.Config; a never-read custom prefix is removed',
    code: `import AWS from 'aws-sdk';
const creds = new AWS.Credentials({ accessKeyId: process.env.K, secretAccessKey: process.env.S });
const config = new AWS.Config({ region: 'us-east-1', credentials: creds });
export const s3 = new AWS.S3(config);
const legacy = new AWS.EnvironmentCredentials('LEGACY');
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 2,
        column: 15,
        endLine: 2,
        endColumn: 98,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const config = new AWS.Config({ region: 'us-east-1' });
export const s3 = new AWS.S3(config);
const legacy = new AWS.EnvironmentCredentials('LEGACY');
` }],
      },
      {
        messageId: 'customEnvPrefix',
        data: { provider: 'AWS.EnvironmentCredentials', variable: 'LEGACY_ACCESS_KEY_ID' },
        line: 5,
        column: 16,
        endLine: 5,
        endColumn: 56,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const creds = new AWS.Credentials({ accessKeyId: process.env.K, secretAccessKey: process.env.S });
const config = new AWS.Config({ region: 'us-east-1', credentials: creds });
export const s3 = new AWS.S3(config);
` }],
      },
    ],
  },
  {
    name: "a module's top-level exit unless deployed: the statements after it run in Lambda, keys from variables reported",
    code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
if (!process.env.AWS_LAMBDA_FUNCTION_NAME) throw new Error('deployed only');
export const client = new DynamoDBClient({ credentials: { accessKeyId: process.env.KEY_ID, secretAccessKey: process.env.SECRET } });
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'DynamoDBClient' },
        line: 3,
        column: 44,
        endLine: 3,
        endColumn: 129,
        suggestions: [{ messageId: 'removeCredentials', output: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
if (!process.env.AWS_LAMBDA_FUNCTION_NAME) throw new Error('deployed only');
export const client = new DynamoDBClient({});
` }],
      },
    ],
  },
  {
    name: 'SDK v2: new AWS.Credentials assigned to a Config instance gets the removal suggestion, as on AWS.config',
    code: `import AWS from 'aws-sdk';
const config = new AWS.Config();
config.credentials = new AWS.Credentials('${KEY_ID}', '${SECRET}');
export const s3 = new AWS.S3(config);
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.Credentials' },
        line: 3,
        column: 22,
        endLine: 3,
        endColumn: 109,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const config = new AWS.Config();
export const s3 = new AWS.S3(config);
` }],
      },
    ],
  },
  {
    // Each config's fields are read together (the instance's apart from AWS.config's); a service's own config and a
    // Config assigned after its declaration are not followed
    name: "SDK v2: a Config instance's key fields and credentials object set by assignment are reported per config (one declared first and assigned once after too)",
    code: `import AWS from 'aws-sdk';
const config = new AWS.Config({ region: 'eu-west-1' });
config.accessKeyId = '${KEY_ID}';
config.secretAccessKey = '${SECRET}';
const other = new AWS.Config();
other.credentials = { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY };
AWS.config.accessKeyId = 'x';
const s3 = new AWS.S3();
s3.config.accessKeyId = '${KEY_ID}';
let later;
later = new AWS.Config();
later.accessKeyId = '${KEY_ID}';
later.secretAccessKey = '${SECRET}';
export { config, other, s3 };
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.Config' },
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 44,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const config = new AWS.Config({ region: 'eu-west-1' });
const other = new AWS.Config();
other.credentials = { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY };
AWS.config.accessKeyId = 'x';
const s3 = new AWS.S3();
s3.config.accessKeyId = '${KEY_ID}';
let later;
later = new AWS.Config();
later.accessKeyId = '${KEY_ID}';
later.secretAccessKey = '${SECRET}';
export { config, other, s3 };
` }],
      },
      {
        messageId: 'runtimeCredentialsWithoutToken',
        data: { target: 'AWS.Config.credentials' },
        line: 6,
        column: 1,
        endLine: 6,
        endColumn: 119,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const config = new AWS.Config({ region: 'eu-west-1' });
config.accessKeyId = '${KEY_ID}';
config.secretAccessKey = '${SECRET}';
const other = new AWS.Config();
AWS.config.accessKeyId = 'x';
const s3 = new AWS.S3();
s3.config.accessKeyId = '${KEY_ID}';
let later;
later = new AWS.Config();
later.accessKeyId = '${KEY_ID}';
later.secretAccessKey = '${SECRET}';
export { config, other, s3 };
` }],
      },
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.config' },
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 29,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const config = new AWS.Config({ region: 'eu-west-1' });
config.accessKeyId = '${KEY_ID}';
config.secretAccessKey = '${SECRET}';
const other = new AWS.Config();
other.credentials = { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY };
const s3 = new AWS.S3();
s3.config.accessKeyId = '${KEY_ID}';
let later;
later = new AWS.Config();
later.accessKeyId = '${KEY_ID}';
later.secretAccessKey = '${SECRET}';
export { config, other, s3 };
` }],
      },
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.Config' },
        line: 12,
        column: 1,
        endLine: 12,
        endColumn: 43,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const config = new AWS.Config({ region: 'eu-west-1' });
config.accessKeyId = '${KEY_ID}';
config.secretAccessKey = '${SECRET}';
const other = new AWS.Config();
other.credentials = { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY };
AWS.config.accessKeyId = 'x';
const s3 = new AWS.S3();
s3.config.accessKeyId = '${KEY_ID}';
let later;
later = new AWS.Config();
export { config, other, s3 };
` }],
      },
    ],
  },
  {
    name: 'SDK v2: keys in one branch of a choice with other credentials: only that branch becomes undefined',
    code: `import AWS from 'aws-sdk';
const role = new AWS.TemporaryCredentials({ RoleArn: process.env.ROLE_ARN });
export const s3 = new AWS.S3({ credentials: process.argv[2] ? role : { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.S3' },
        line: 3,
        column: 32,
        endLine: 3,
        endColumn: 170,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const role = new AWS.TemporaryCredentials({ RoleArn: process.env.ROLE_ARN });
export const s3 = new AWS.S3({ credentials: process.argv[2] ? role : undefined });
` }],
      },
    ],
  },
  {
    // As for an object of keys in a branch: that branch alone is unset, the other credentials stay; `k && keys`
    // unsets the property, keys before a `||` fallback and a `credentials` of something else get no suggestion
    name: 'new AWS.Credentials(…) in one branch of a choice with another provider: the suggestion unsets that branch alone',
    code: `import AWS from 'aws-sdk';
import { S3Client } from '@aws-sdk/client-s3';
import { fromIni } from '@aws-sdk/credential-providers';
const useKeys = process.argv.includes('--keys');
export const a = new AWS.S3({ credentials: useKeys ? new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) : new AWS.ECSCredentials() });
export const b = new S3Client({ credentials: useKeys ? new AWS.Credentials('${KEY_ID}', '${SECRET}') : fromIni() });
AWS.config.credentials = useKeys ? new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) : new AWS.EC2MetadataCredentials();
export const c = new AWS.SQS({ credentials: useKeys && new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) });
export const d = new AWS.SNS({ credentials: new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) || new AWS.ECSCredentials() });
export const e = makeThing({ credentials: useKeys ? new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) : new AWS.ECSCredentials() });
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 5,
        column: 54,
        endLine: 5,
        endColumn: 116,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
import { S3Client } from '@aws-sdk/client-s3';
import { fromIni } from '@aws-sdk/credential-providers';
const useKeys = process.argv.includes('--keys');
export const a = new AWS.S3({ credentials: useKeys ? undefined : new AWS.ECSCredentials() });
export const b = new S3Client({ credentials: useKeys ? new AWS.Credentials('${KEY_ID}', '${SECRET}') : fromIni() });
AWS.config.credentials = useKeys ? new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) : new AWS.EC2MetadataCredentials();
export const c = new AWS.SQS({ credentials: useKeys && new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) });
export const d = new AWS.SNS({ credentials: new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) || new AWS.ECSCredentials() });
export const e = makeThing({ credentials: useKeys ? new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) : new AWS.ECSCredentials() });
` }],
      },
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.Credentials' },
        line: 6,
        column: 56,
        endLine: 6,
        endColumn: 143,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
import { S3Client } from '@aws-sdk/client-s3';
import { fromIni } from '@aws-sdk/credential-providers';
const useKeys = process.argv.includes('--keys');
export const a = new AWS.S3({ credentials: useKeys ? new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) : new AWS.ECSCredentials() });
export const b = new S3Client({ credentials: useKeys ? undefined : fromIni() });
AWS.config.credentials = useKeys ? new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) : new AWS.EC2MetadataCredentials();
export const c = new AWS.SQS({ credentials: useKeys && new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) });
export const d = new AWS.SNS({ credentials: new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) || new AWS.ECSCredentials() });
export const e = makeThing({ credentials: useKeys ? new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) : new AWS.ECSCredentials() });
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 7,
        column: 36,
        endLine: 7,
        endColumn: 98,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
import { S3Client } from '@aws-sdk/client-s3';
import { fromIni } from '@aws-sdk/credential-providers';
const useKeys = process.argv.includes('--keys');
export const a = new AWS.S3({ credentials: useKeys ? new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) : new AWS.ECSCredentials() });
export const b = new S3Client({ credentials: useKeys ? new AWS.Credentials('${KEY_ID}', '${SECRET}') : fromIni() });
AWS.config.credentials = useKeys ? undefined : new AWS.EC2MetadataCredentials();
export const c = new AWS.SQS({ credentials: useKeys && new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) });
export const d = new AWS.SNS({ credentials: new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) || new AWS.ECSCredentials() });
export const e = makeThing({ credentials: useKeys ? new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) : new AWS.ECSCredentials() });
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 8,
        column: 56,
        endLine: 8,
        endColumn: 118,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
import { S3Client } from '@aws-sdk/client-s3';
import { fromIni } from '@aws-sdk/credential-providers';
const useKeys = process.argv.includes('--keys');
export const a = new AWS.S3({ credentials: useKeys ? new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) : new AWS.ECSCredentials() });
export const b = new S3Client({ credentials: useKeys ? new AWS.Credentials('${KEY_ID}', '${SECRET}') : fromIni() });
AWS.config.credentials = useKeys ? new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) : new AWS.EC2MetadataCredentials();
export const c = new AWS.SQS({});
export const d = new AWS.SNS({ credentials: new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) || new AWS.ECSCredentials() });
export const e = makeThing({ credentials: useKeys ? new AWS.Credentials(process.env.MY_KEY, process.env.MY_SECRET) : new AWS.ECSCredentials() });
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 9,
        column: 45,
        endLine: 9,
        endColumn: 107,
        suggestions: [],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 10,
        column: 53,
        endLine: 10,
        endColumn: 115,
        suggestions: [],
      },
    ],
  },
  {
    name: 'keys given to an SDK v2 Config instance of the file through update, also one declared first and assigned once after; another class is not followed',
    code: `import AWS from 'aws-sdk';
const KEY = '${KEY_ID}';
const SECRET = '${SECRET}';
const config = new AWS.Config();
config.update({ accessKeyId: KEY, secretAccessKey: SECRET });
const notConfig = new AWS.S3();
notConfig.update({ accessKeyId: KEY, secretAccessKey: SECRET });
let later;
later = new AWS.Config();
later.update({ accessKeyId: KEY, secretAccessKey: SECRET });
export const s3 = new AWS.S3(config);
export { notConfig, later };
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.Config.update' },
        line: 5,
        column: 17,
        endLine: 5,
        endColumn: 58,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const KEY = '${KEY_ID}';
const SECRET = '${SECRET}';
const config = new AWS.Config();
config.update({});
const notConfig = new AWS.S3();
notConfig.update({ accessKeyId: KEY, secretAccessKey: SECRET });
let later;
later = new AWS.Config();
later.update({ accessKeyId: KEY, secretAccessKey: SECRET });
export const s3 = new AWS.S3(config);
export { notConfig, later };
` }],
      },
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.Config.update' },
        line: 10,
        column: 16,
        endLine: 10,
        endColumn: 57,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const KEY = '${KEY_ID}';
const SECRET = '${SECRET}';
const config = new AWS.Config();
config.update({ accessKeyId: KEY, secretAccessKey: SECRET });
const notConfig = new AWS.S3();
notConfig.update({ accessKeyId: KEY, secretAccessKey: SECRET });
let later;
later = new AWS.Config();
later.update({});
export const s3 = new AWS.S3(config);
export { notConfig, later };
` }],
      },
    ],
  },
  {
    name: "the runtime's keys given to a Config instance through update: its other settings are not followed, so a suggestion, never a fix",
    code: `import AWS from 'aws-sdk';
const runtime = new AWS.Config({ region: 'us-east-1' });
runtime.update({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN });
export { runtime };
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.Config.update' },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 157,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const runtime = new AWS.Config({ region: 'us-east-1' });
runtime.update({});
export { runtime };
` }],
      },
    ],
  },
  {
    name: 'a profile provider in a choice whose other branches unset the credentials: the suggestion removes the choice; with another provider in the other branch, none (it would drop that one too)',
    code: `import AWS from 'aws-sdk';
import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
export const handler = async (event) => {
  const s3 = new AWS.S3({ region: 'us-east-1', credentials: event.local ? new AWS.SharedIniFileCredentials({ profile: 'dev' }) : undefined });
  const nested = new S3Client({ credentials: event.a ? (event.b ? fromIni() : undefined) : undefined });
  const either = new S3Client({ credentials: event.local ? fromIni({ profile: 'dev' }) : fromIni({ profile: 'ci' }) });
  return [s3, nested, either];
};
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'AWS.SharedIniFileCredentials' },
        line: 5,
        column: 75,
        endLine: 5,
        endColumn: 127,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
export const handler = async (event) => {
  const s3 = new AWS.S3({ region: 'us-east-1' });
  const nested = new S3Client({ credentials: event.a ? (event.b ? fromIni() : undefined) : undefined });
  const either = new S3Client({ credentials: event.local ? fromIni({ profile: 'dev' }) : fromIni({ profile: 'ci' }) });
  return [s3, nested, either];
};
` }],
      },
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 6,
        column: 67,
        endLine: 6,
        endColumn: 76,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
import { fromIni } from '@aws-sdk/credential-providers';
import { S3Client } from '@aws-sdk/client-s3';
export const handler = async (event) => {
  const s3 = new AWS.S3({ region: 'us-east-1', credentials: event.local ? new AWS.SharedIniFileCredentials({ profile: 'dev' }) : undefined });
  const nested = new S3Client({});
  const either = new S3Client({ credentials: event.local ? fromIni({ profile: 'dev' }) : fromIni({ profile: 'ci' }) });
  return [s3, nested, either];
};
` }],
      },
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 7,
        column: 60,
        endLine: 7,
        endColumn: 87,
        suggestions: [],
      },
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 7,
        column: 90,
        endLine: 7,
        endColumn: 116,
        suggestions: [],
      },
    ],
  },
  {
    name: "the runtime's keys in a choice: removing the choice drops its test too, so a suggestion, never a fix",
    code: `import AWS from 'aws-sdk';
export const sqs = new AWS.SQS({ credentials: globalThis.useKeys ? new AWS.Credentials(process.env.AWS_ACCESS_KEY_ID, process.env.AWS_SECRET_ACCESS_KEY, process.env.AWS_SESSION_TOKEN) : undefined });
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.Credentials' },
        line: 2,
        column: 68,
        endLine: 2,
        endColumn: 184,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
export const sqs = new AWS.SQS({});
` }],
      },
    ],
  },
  {
    name: 'SDK v2 global credentials set to a profile in a choice with undefined: the suggestion removes the statement',
    code: `import AWS from 'aws-sdk';
AWS.config.credentials = globalThis.useProfile ? new AWS.SharedIniFileCredentials() : undefined;
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'AWS.SharedIniFileCredentials' },
        line: 2,
        column: 50,
        endLine: 2,
        endColumn: 84,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
` }],
      },
    ],
  },
  {
    name: 'SDK v2 keys beside a spread whose keys are known: removable as in a plain object',
    code: `import AWS from 'aws-sdk';
const defaults = { region: 'us-east-1', apiVersion: '2006-03-01' };
const s3 = new AWS.S3({ ...defaults, accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
const sqs = new AWS.SQS({ ...defaults, accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN });
`,
    output: `import AWS from 'aws-sdk';
const defaults = { region: 'us-east-1', apiVersion: '2006-03-01' };
const s3 = new AWS.S3({ ...defaults, accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
const sqs = new AWS.SQS({ ...defaults });
`,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.S3' },
        line: 3,
        column: 38,
        endLine: 3,
        endColumn: 134,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const defaults = { region: 'us-east-1', apiVersion: '2006-03-01' };
const s3 = new AWS.S3({ ...defaults });
const sqs = new AWS.SQS({ ...defaults, accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN });
` }],
      },
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.SQS' },
        line: 4,
        column: 40,
        endLine: 4,
        endColumn: 179,
        suggestions: [],
      },
    ],
  },
  {
    name: "JS: the runtime's variables destructured from an object literal are still the runtime's (not static keys)",
    code: `import { SES } from '@aws-sdk/client-ses';
const { accessKeyId, secretAccessKey } = { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY };
export const ses = new SES({ credentials: { accessKeyId, secretAccessKey } });`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentialsWithoutToken',
        data: { target: 'SES' },
        line: 3,
        column: 30,
        endLine: 3,
        endColumn: 75,
        suggestions: [{ messageId: 'removeCredentials', output: `import { SES } from '@aws-sdk/client-ses';
const { accessKeyId, secretAccessKey } = { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY };
export const ses = new SES({});` }],
      },
    ],
  },
  {
    name: 'a configuration built by a function of the file (a declaration, and an arrow with a parameter)',
    code: `import { S3Client } from '@aws-sdk/client-s3';
function clientConfig() {
  return {
    region: process.env.AWS_REGION,
    credentials: { accessKeyId: process.env.MY_KEY_ID, secretAccessKey: process.env.MY_SECRET },
  };
}
const makeConfig = (region) => ({ region, credentials: { accessKeyId: process.env.MY_KEY_ID, secretAccessKey: process.env.MY_SECRET } });
export const s3 = new S3Client(clientConfig());
export const other = new S3Client(makeConfig('eu-west-1'));
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 96,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
function clientConfig() {
  return {
    region: process.env.AWS_REGION,
  };
}
const makeConfig = (region) => ({ region, credentials: { accessKeyId: process.env.MY_KEY_ID, secretAccessKey: process.env.MY_SECRET } });
export const s3 = new S3Client(clientConfig());
export const other = new S3Client(makeConfig('eu-west-1'));
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 8,
        column: 43,
        endLine: 8,
        endColumn: 134,
        suggestions: [{ messageId: 'removeCredentials', output: `import { S3Client } from '@aws-sdk/client-s3';
function clientConfig() {
  return {
    region: process.env.AWS_REGION,
    credentials: { accessKeyId: process.env.MY_KEY_ID, secretAccessKey: process.env.MY_SECRET },
  };
}
const makeConfig = (region) => ({ region });
export const s3 = new S3Client(clientConfig());
export const other = new S3Client(makeConfig('eu-west-1'));
` }],
      },
    ],
  },
  {
    name: 'a client config merged with Object.assign',
    code: `import { S3Client } from '@aws-sdk/client-s3';
const base = { region: 'eu-west-1' };
export const s3 = new S3Client(Object.assign({}, base, { credentials: { accessKeyId: process.env.K, secretAccessKey: process.env.S } }));`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 58,
        endLine: 3,
        endColumn: 133,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `import { S3Client } from '@aws-sdk/client-s3';
const base = { region: 'eu-west-1' };
export const s3 = new S3Client(Object.assign({}, base, {}));`,
          },
        ],
      },
    ],
  },
  {
    name: 'keys read from variables where IS_OFFLINE is unset or the stage is not prod, and real-looking keys in the offline branch (JS)',
    code: `import AWS from 'aws-sdk';
const KEY = '${KEY_ID}';
const SECRET = '${SECRET}';
const { IS_OFFLINE, STAGE } = process.env;
if (IS_OFFLINE !== 'true') {
  AWS.config.update({ accessKeyId: process.env.ACCESS_KEY, secretAccessKey: process.env.SECRET_KEY });
}
if (STAGE !== 'prod') {
  AWS.config.update({ accessKeyId: process.env.DEV_KEY, secretAccessKey: process.env.DEV_SECRET });
}
if (IS_OFFLINE === 'true') {
  AWS.config.update({ accessKeyId: KEY, secretAccessKey: SECRET });
}
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config.update' },
        line: 6,
        column: 23,
        endLine: 6,
        endColumn: 99,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const KEY = '${KEY_ID}';
const SECRET = '${SECRET}';
const { IS_OFFLINE, STAGE } = process.env;
if (IS_OFFLINE !== 'true') {
  AWS.config.update({});
}
if (STAGE !== 'prod') {
  AWS.config.update({ accessKeyId: process.env.DEV_KEY, secretAccessKey: process.env.DEV_SECRET });
}
if (IS_OFFLINE === 'true') {
  AWS.config.update({ accessKeyId: KEY, secretAccessKey: SECRET });
}
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config.update' },
        line: 9,
        column: 23,
        endLine: 9,
        endColumn: 96,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const KEY = '${KEY_ID}';
const SECRET = '${SECRET}';
const { IS_OFFLINE, STAGE } = process.env;
if (IS_OFFLINE !== 'true') {
  AWS.config.update({ accessKeyId: process.env.ACCESS_KEY, secretAccessKey: process.env.SECRET_KEY });
}
if (STAGE !== 'prod') {
  AWS.config.update({});
}
if (IS_OFFLINE === 'true') {
  AWS.config.update({ accessKeyId: KEY, secretAccessKey: SECRET });
}
` }],
      },
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.config.update' },
        line: 12,
        column: 23,
        endLine: 12,
        endColumn: 64,
        suggestions: [{ messageId: 'removeCredentials', output: `import AWS from 'aws-sdk';
const KEY = '${KEY_ID}';
const SECRET = '${SECRET}';
const { IS_OFFLINE, STAGE } = process.env;
if (IS_OFFLINE !== 'true') {
  AWS.config.update({ accessKeyId: process.env.ACCESS_KEY, secretAccessKey: process.env.SECRET_KEY });
}
if (STAGE !== 'prod') {
  AWS.config.update({ accessKeyId: process.env.DEV_KEY, secretAccessKey: process.env.DEV_SECRET });
}
if (IS_OFFLINE === 'true') {
  AWS.config.update({});
}
` }],
      },
    ],
  },
  {
    name: 'hard-coded keys (JS, ESM)',
    code: `import { LambdaClient } from '@aws-sdk/client-lambda';
const KEY = '${KEY_ID}';
const lambda = new LambdaClient({
  credentials: {
    accessKeyId: KEY,
    secretAccessKey: '${SECRET}',
  },
});
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'LambdaClient' },
        line: 4,
        column: 3,
        endLine: 7,
        endColumn: 4,
        suggestions: [{ messageId: 'removeCredentials', output: `import { LambdaClient } from '@aws-sdk/client-lambda';
const KEY = '${KEY_ID}';
const lambda = new LambdaClient({});
` }],
      },
    ],
  },
  {
    name: "the runtime's variables in v3 (JS): autofixed, trailing comma kept",
    code: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN }, });
`,
    output: `import { S3Client } from '@aws-sdk/client-s3';
const s3 = new S3Client({ region: 'eu-west-1', });
`,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'S3Client' },
        line: 2,
        column: 48,
        endLine: 2,
        endColumn: 204,
        suggestions: [],
      },
    ],
  },
  {
    name: 'fromSSO in a handler file (JS)',
    code: `import { fromSSO } from '@aws-sdk/credential-providers';
import { SNSClient } from '@aws-sdk/client-sns';
const sns = new SNSClient({ credentials: fromSSO({ profile: 'prod' }) });
export const handler = async (event) => sns;
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'fromSSO' },
        line: 3,
        column: 42,
        endLine: 3,
        endColumn: 70,
        suggestions: [{ messageId: 'removeCredentials', output: `import { fromSSO } from '@aws-sdk/credential-providers';
import { SNSClient } from '@aws-sdk/client-sns';
const sns = new SNSClient({});
export const handler = async (event) => sns;
` }],
      },
    ],
  },
  {
    name: 'v2 config.update with dynamic import (JS)',
    code: `const AWS = await import('aws-sdk');
AWS.config.update({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.config.update' },
        line: 2,
        column: 21,
        endLine: 2,
        endColumn: 117,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = await import('aws-sdk');
AWS.config.update({});
` }],
      },
    ],
  },
];

const cjsValid: Valid[] = [
  {
    name: "CJS: an SDK v2 STS client made only for getFederationToken, with the IAM user's keys from the environment",
    code: `const AWS = require('aws-sdk');
const sts = new AWS.STS({ accessKeyId: process.env.FED_KEY, secretAccessKey: process.env.FED_SECRET });
exports.handler = async (event) => sts.getFederationToken({ Name: event.user, Policy: process.env.POLICY }).promise();`,
  },
  {
    name: "CJS: a Twilio Function's keys from its context ((context, event, callback): Twilio's runtime, no execution role there)",
    filename: 'functions/save.protected.js',
    code: `const { S3Client } = require('@aws-sdk/client-s3');
exports.handler = async function (context, event, callback) {
  const s3 = new S3Client({ credentials: { accessKeyId: context.AWS_ACCESS_KEY_ID, secretAccessKey: context.AWS_SECRET_ACCESS_KEY } });
  callback(null, await s3.config.region());
};`,
  },
  {
    name: "CJS: SDK v2's S3 on an endpoint its configuration names (new AWS.Endpoint), with keys read from variables, in a file that names the store (Backblaze B2)",
    code: `const aws = require('aws-sdk');
const endpoint = new aws.Endpoint(process.env.B2_ENDPOINT);
module.exports = new aws.S3({ endpoint, credentials: { accessKeyId: process.env.KEY_ID, secretAccessKey: process.env.APP_KEY } });`,
  },
  {
    name: 'CJS: SDK v2 options given keys one by one for a local emulator, after the client is made, for a client made only offline, or deleted again',
    code: `const AWS = require('aws-sdk');
const local = { region: 'us-east-1' };
local.accessKeyId = 'test';
local.secretAccessKey = 'test';
local.endpoint = 'http://localhost:4566';
const a = new AWS.S3(local);
const later = {};
const c = new AWS.SNS(later);
later.accessKeyId = process.env.KEY_ID;
later.secretAccessKey = process.env.SECRET;
const offline = { region: 'us-east-1' };
offline.accessKeyId = process.env.LOCAL_KEY;
offline.secretAccessKey = process.env.LOCAL_SECRET;
const d = process.env.IS_OFFLINE === 'true' ? new AWS.S3(offline) : new AWS.S3({ region: 'us-east-1' });
const removed = { region: 'us-east-1' };
removed.accessKeyId = process.env.KEY_ID;
removed.secretAccessKey = process.env.SECRET;
if (process.env.AWS_LAMBDA_FUNCTION_NAME) { delete removed.accessKeyId; delete removed.secretAccessKey; }
const e = new AWS.SQS(removed);
module.exports = { a, c, d, e };
`,
  },
  {
    name: "CJS: SDK v2's signer given the SDK's own credentials, the runtime's three variables, or an object of another kind",
    code: `const AWS = require('aws-sdk');
exports.handler = async () => {
  const signer = new AWS.Signers.V4(request, 'es');
  signer.addAuthorization(AWS.config.credentials, new Date());
  signer.addAuthorization({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN }, new Date());
  const session = { addAuthorization() {} };
  session.addAuthorization({ accessKeyId: process.env.KEY, secretAccessKey: process.env.SECRET });
};
`,
  },
  {
    name: 'CJS: keys read from variables in a command-line script that holds no handler (scripts/, a shebang, require.main)',
    filename: 'scripts/seed.js',
    code: `require('dotenv').config();
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const client = new DynamoDBClient({ region: 'us-east-1', credentials: { accessKeyId: process.env.MY_KEY_ID, secretAccessKey: process.env.MY_SECRET } });
module.exports = client;`,
  },
  {
    name: 'CJS: a client of an emulator on plain HTTP with a port of its own (a host from options): any credentials',
    code: `const { S3Client } = require('@aws-sdk/client-s3');
const { SFNClient } = require('@aws-sdk/client-sfn');
exports.makeClients = (options) => ({
  s3: new S3Client({ forcePathStyle: true, endpoint: \`http://\${options.host}:\${options.port}\`, credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } }),
  sfn: new SFNClient({ endpoint: \`http://\${process.env.HOST}:8083\`, credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID || options.key, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY || options.secret } }),
});`,
  },
  {
    name: "CJS: a build tool's configuration (gulpfile.js) given a deploy profile",
    filename: 'gulpfile.js',
    code: `const AWS = require('aws-sdk');
const credentials = new AWS.SharedIniFileCredentials({ profile: 'deploy' });
module.exports = { credentials };`,
  },
  {
    name: "CJS: the Serverless Framework's config in code (serverless.js, a provider and functions) given a deploy profile",
    filename: 'serverless.js',
    code: `const AWS = require('aws-sdk');
const credentials = new AWS.SharedIniFileCredentials({ profile: 'deploy' });
module.exports = { service: 'orders', provider: { name: 'aws', credentials }, functions: { create: { handler: 'src/create.handler' } } };`,
  },
  {
    name: "CJS: a bundler's shared configuration (webpack.common.js) given keys read from variables",
    filename: 'webpack.common.js',
    code: `const AWS = require('aws-sdk');
module.exports = { plugins: [new AWS.S3({ accessKeyId: process.env.DEPLOY_KEY, secretAccessKey: process.env.DEPLOY_SECRET })] };`,
  },
  {
    name: "CJS: a bundler's configuration of a stage (webpack.prod.config.js) given keys read from variables",
    filename: 'webpack.prod.config.js',
    code: `const AWS = require('aws-sdk');
module.exports = { plugins: [new AWS.S3({ accessKeyId: process.env.DEPLOY_KEY, secretAccessKey: process.env.DEPLOY_SECRET })] };`,
  },
  {
    name: "CJS: a bundler's configuration (webpack.config.js) given keys read from variables",
    filename: 'packages/site/webpack.config.js',
    code: `const AWS = require('aws-sdk');
module.exports = { plugins: [new AWS.S3({ accessKeyId: process.env.DEPLOY_KEY, secretAccessKey: process.env.DEPLOY_SECRET })] };`,
  },
  {
    name: "CJS: keys read from variables in a workspace package's scripts/ folder",
    filename: 'packages/docs-site/scripts/clear-bucket.js',
    code: `const { S3Client } = require('@aws-sdk/client-s3');
const s3 = new S3Client({ credentials: { accessKeyId: process.env.MY_KEY_ID, secretAccessKey: process.env.MY_SECRET } });
module.exports = s3;`,
  },
  {
    name: 'CJS: a script run by require.main outside scripts/',
    filename: 'src/backfill.js',
    code: `const { S3Client } = require('@aws-sdk/client-s3');
const s3 = new S3Client({ credentials: { accessKeyId: process.env.MY_KEY_ID, secretAccessKey: process.env.MY_SECRET } });
if (require.main === module) s3.destroy();`,
  },
  {
    name: "dummy keys in SDK v2's global config of a file that gives its clients an endpoint (an emulator's)",
    code: `const AWS = require('aws-sdk');
AWS.config.update({ region: 'us-east-1', accessKeyId: 'test', secretAccessKey: 'test' });
const s3 = new AWS.S3({ endpoint: process.env.S3_ENDPOINT, s3ForcePathStyle: true });
exports.handler = async () => s3;
`,
  },
  {
    name: 'a let of SDK v2 options given keys with += or after the client is made',
    code: `const AWS = require('aws-sdk');
let prefix = 'a';
prefix += 'b';
let options = {};
exports.s3 = new AWS.S3(options);
options = { accessKeyId: process.env.APP_KEY, secretAccessKey: process.env.APP_SECRET };
exports.prefix = prefix;
`,
  },
  {
    name: 'CJS: test keys a function receives only for an offline run',
    code: `const AWS = require('aws-sdk');
function s3For(creds) { return new AWS.S3({ credentials: creds }); }
const local = process.env.IS_OFFLINE ? s3For({ accessKeyId: 'local', secretAccessKey: 'local' }) : s3For();
module.exports = { local };`,
  },
  {
    name: 'a function named fromTemporaryCredentials that is not the SDK one (CommonJS)',
    code: `const { SQSClient } = require('@aws-sdk/client-sqs');
const { fromTemporaryCredentials } = require('./creds');
exports.sqs = new SQSClient({ credentials: fromTemporaryCredentials({ masterCredentials: { accessKeyId: process.env.K, secretAccessKey: process.env.S } }) });
`,
  },
  {
    name: 'CJS: configurations chosen for local runs, as the argument or spread from a name',
    code: `const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const local = new DynamoDBClient(process.env.IS_OFFLINE ? { region: 'localhost', endpoint: 'http://localhost:8000', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } } : {});
const creds = process.env.IS_OFFLINE === 'true' ? { credentials: { accessKeyId: process.env.K, secretAccessKey: process.env.S } } : {};
const other = new DynamoDBClient({ region: 'eu-west-1', ...creds });
module.exports = { local, other };
`,
  },
  {
    name: 'CJS: SDK v2 keys from the environment in a test directory',
    filename: 'tests/integration/upload.js',
    code: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY });
module.exports = { s3 };
`,
  },
  {
    name: "a CommonJS module's top-level return unless offline: the statements after it run only offline",
    code: `const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
if (!process.env.IS_OFFLINE) {
  module.exports = { client: new DynamoDBClient({}) };
  return;
}
module.exports = { client: new DynamoDBClient({ credentials: { accessKeyId: process.env.KEY_ID, secretAccessKey: process.env.SECRET } }) };
`,
    // Node's module wrapper allows the top-level return (ESLint's own parser does for sourceType commonjs)
    languageOptions: { parserOptions: { ecmaFeatures: { globalReturn: true } } },
  },
  {
    name: 'no credentials (CommonJS)',
    code: `const { S3Client } = require('@aws-sdk/client-s3');
const AWS = require('aws-sdk');
const s3 = new S3Client({ region: process.env.AWS_REGION });
AWS.config.update({ region: 'eu-west-1' });
exports.handler = async () => s3;
`,
  },
  {
    name: 'a user module and a local require (CommonJS)',
    code: `const { S3Client } = require('./s3');
function load(require) {
  const AWS = require('aws-sdk');
  AWS.config.update({ accessKeyId: 'x', secretAccessKey: 'y' });
}
new S3Client({ credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
`,
  },
  {
    name: 'serverless-offline: DynamoDB Local options (CommonJS)',
    code: `const AWS = require('aws-sdk');
let options = {};
if (process.env.IS_OFFLINE) {
  options = { region: 'localhost', endpoint: 'http://localhost:8000', accessKeyId: 'DEFAULT_ACCESS_KEY', secretAccessKey: 'DEFAULT_SECRET' };
}
const client = new AWS.DynamoDB.DocumentClient(options);
const local = new AWS.DynamoDB.DocumentClient({ region: 'localhost', endpoint: 'http://localhost:8000', accessKeyId: 'MockAccessKeyId', secretAccessKey: 'MockSecretAccessKey' });
if (process.env.IS_OFFLINE) AWS.config.update({ region: 'localhost', accessKeyId: 'xxxx', secretAccessKey: 'xxxx' });
module.exports.handler = async () => client.get({}).promise();
`,
  },
  {
    name: 'serverless-offline: a client with keys read from variables in the offline branch of a choice (CommonJS)',
    code: `const AWS = require('aws-sdk');
const { IS_OFFLINE } = process.env;
const documentClient = IS_OFFLINE
  ? new AWS.DynamoDB.DocumentClient({ region: 'localhost', accessKeyId: process.env.LOCAL_KEY, secretAccessKey: process.env.LOCAL_SECRET })
  : new AWS.DynamoDB.DocumentClient();
const s3 = new AWS.S3({
  credentials: IS_OFFLINE ? { accessKeyId: process.env.LOCAL_KEY, secretAccessKey: process.env.LOCAL_SECRET } : undefined,
});
module.exports.handler = async () => [documentClient, s3];
`,
  },
  {
    name: 'a profile provider chosen by an environment switch (CommonJS)',
    code: `const { fromIni } = require('@aws-sdk/credential-providers');
const { S3Client } = require('@aws-sdk/client-s3');
const s3 = new S3Client(process.env.STAGE === 'local' ? { credentials: fromIni({ profile: 'dev' }) } : {});
exports.handler = async () => s3;
`,
  },
  {
    name: 'SDK v2: AWS.config fields that are not credentials, or read, or set twice (CommonJS)',
    code: `const AWS = require('aws-sdk');
AWS.config.region = 'eu-west-1';
const id = AWS.config.accessKeyId;
AWS.config.accessKeyId = process.env.A;
AWS.config.accessKeyId = process.env.B;
AWS.config.secretAccessKey = process.env.C;
const local = { config: {} };
local.config.accessKeyId = 'x';
exports.handler = async () => id;
`,
  },
  {
    name: 'CommonJS: keys from variables in the branch a Lambda test with a falsy fallback leaves for local runs',
    code: `const AWS = require('aws-sdk');
const isLambda = !!(process.env.LAMBDA_TASK_ROOT || false);
if (isLambda) {
  AWS.config.update({ region: process.env.APP_REGION });
} else {
  AWS.config.update({ accessKeyId: process.env.APP_ACCESS_ID, secretAccessKey: process.env.APP_SECRET_KEY });
}
const local = process.env.IS_OFFLINE ?? undefined;
exports.s3 = new AWS.S3(local ? { credentials: new AWS.Credentials(process.env.K, process.env.S) } : {});
`,
  },
];

const cjsInvalid: Invalid[] = [
  {
    name: 'CJS: the SDK as DynamoDB mapper libraries hand it on (the dynamodb mapper: SDK v2; dynamoose 3: the DynamoDB client class)',
    code: `const dynamodb = require('dynamodb');
const dynamoose = require('dynamoose');
dynamodb.AWS.config.update({ accessKeyId: process.env.Q_KEY_ID, secretAccessKey: process.env.Q_SECRET, region: 'us-east-1' });
const ddb = new dynamoose.aws.ddb.DynamoDB({ credentials: { accessKeyId: process.env.Q_KEY_ID, secretAccessKey: process.env.Q_SECRET }, region: 'us-east-1' });
dynamoose.aws.ddb.set(ddb);`,
    output: null,
    errors: [
      { messageId: 'staticCredentials', data: { target: 'AWS.config.update' }, line: 3, column: 30, endLine: 3, endColumn: 102, suggestions: [{ messageId: 'removeCredentials', output: `const dynamodb = require('dynamodb');
const dynamoose = require('dynamoose');
dynamodb.AWS.config.update({ region: 'us-east-1' });
const ddb = new dynamoose.aws.ddb.DynamoDB({ credentials: { accessKeyId: process.env.Q_KEY_ID, secretAccessKey: process.env.Q_SECRET }, region: 'us-east-1' });
dynamoose.aws.ddb.set(ddb);` }] },
      { messageId: 'staticCredentials', data: { target: 'DynamoDB' }, line: 4, column: 46, endLine: 4, endColumn: 135, suggestions: [{ messageId: 'removeCredentials', output: `const dynamodb = require('dynamodb');
const dynamoose = require('dynamoose');
dynamodb.AWS.config.update({ accessKeyId: process.env.Q_KEY_ID, secretAccessKey: process.env.Q_SECRET, region: 'us-east-1' });
const ddb = new dynamoose.aws.ddb.DynamoDB({ region: 'us-east-1' });
dynamoose.aws.ddb.set(ddb);` }] },
    ],
  },
  {
    name: "CJS: SDK v2's signer given other variables' keys, and the runtime's without the token",
    code: `const AWS = require('aws-sdk');
exports.handler = async (event) => {
  const signer = new AWS.Signers.V4(new AWS.HttpRequest(endpoint, 'eu-west-1'), 'es');
  signer.addAuthorization({ accessKeyId: process.env.SEARCH_KEY, secretAccessKey: process.env.SEARCH_SECRET }, new Date());
  new AWS.Signers.V4(request, 'es').addAuthorization({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY }, new Date());
};
`,
    output: null,
    errors: [
      { messageId: 'staticSignerCredentials', data: { target: 'AWS.Signers.V4', remedy: V2_SIGNER_REMEDY }, line: 4, column: 27, endLine: 4, endColumn: 110, suggestions: [] },
      { messageId: 'runtimeSignerCredentialsWithoutToken', data: { target: 'AWS.Signers.V4', remedy: V2_SIGNER_REMEDY }, line: 5, column: 54, endLine: 5, endColumn: 152, suggestions: [] },
    ],
  },
  {
    name: 'CJS: aws4.RequestSigner and a required SignatureV4 given keys of other variables',
    code: `const aws4 = require('aws4');
const { SignatureV4 } = require('@smithy/signature-v4');
const request = { host: 'search.example.com' };
const signer = new aws4.RequestSigner(request, { accessKeyId: process.env.K, secretAccessKey: process.env.S });
const v4 = new SignatureV4({ service: 'es', region: 'eu-west-1', credentials: { accessKeyId: process.env.K, secretAccessKey: process.env.S } });
exports.handler = async () => [signer, v4];
`,
    output: null,
    errors: [
      { messageId: 'staticSignerCredentials', data: { target: 'aws4.RequestSigner', remedy: AWS4_REMEDY }, line: 4, column: 48, endLine: 4, endColumn: 110, suggestions: [{ messageId: 'removeCredentials', output: `const aws4 = require('aws4');
const { SignatureV4 } = require('@smithy/signature-v4');
const request = { host: 'search.example.com' };
const signer = new aws4.RequestSigner(request);
const v4 = new SignatureV4({ service: 'es', region: 'eu-west-1', credentials: { accessKeyId: process.env.K, secretAccessKey: process.env.S } });
exports.handler = async () => [signer, v4];
` }] },
      { messageId: 'staticSignerCredentials', data: { target: 'SignatureV4', remedy: SIGNER_REMEDY }, line: 5, column: 66, endLine: 5, endColumn: 141, suggestions: [] },
    ],
  },
  {
    name: "CJS: a v2 service's credentials from a const object: the suggestion removes the const with its only use",
    code: `const AWS = require('aws-sdk');
const credentials = {
  accessKeyId: process.env.PARTNER_KEY,
  secretAccessKey: process.env.PARTNER_SECRET,
};
const s3 = new AWS.S3({ credentials, region: 'us-east-1' });
module.exports = { s3 };
`,
    output: null,
    errors: [
      { messageId: 'staticCredentials', data: {"target":"AWS.S3"}, line: 6, column: 25, endLine: 6, endColumn: 36, suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({ region: 'us-east-1' });
module.exports = { s3 };
` }] },
    ],
  },
  {
    name: 'CJS: a client given a profile through a config constant, in a handler module',
    code: `const { S3Client } = require('@aws-sdk/client-s3');
const config = { region: 'eu-west-1', profile: 'prod' };
const s3 = new S3Client(config);
exports.handler = async () => s3;
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: "S3Client's profile option" },
        line: 2,
        column: 39,
        endLine: 2,
        endColumn: 54,
        suggestions: [{ messageId: 'removeCredentials', output: `const { S3Client } = require('@aws-sdk/client-s3');
const config = { region: 'eu-west-1' };
const s3 = new S3Client(config);
exports.handler = async () => s3;
` }],
      },
    ],
  },
  {
    name: "CJS: hard-coded keys set on the credentials of a new AWS.Config of the file",
    code: `const AWS = require('aws-sdk');
const config = new AWS.Config({ region: 'eu-west-1' });
config.credentials.accessKeyId = '${KEY_ID}';
config.credentials.secretAccessKey = '${SECRET}';
module.exports = config;
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.Config' },
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 56,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const config = new AWS.Config({ region: 'eu-west-1' });
module.exports = config;
` }],
      },
    ],
  },
  {
    name: "CJS: AWS's X-Ray tracing line, AWSXRay.captureAWS(require('aws-sdk')), then config.update with keys",
    code: `const AWSXRay = require('aws-xray-sdk-core');
const AWS = AWSXRay.captureAWS(require('aws-sdk'));
AWS.config.update({ accessKeyId: process.env.MY_K, secretAccessKey: process.env.MY_S });`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config.update' },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 85,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `const AWSXRay = require('aws-xray-sdk-core');
const AWS = AWSXRay.captureAWS(require('aws-sdk'));
AWS.config.update({});`,
          },
        ],
      },
    ],
  },
  {
    name: 'CJS: a class extending AWS.S3 passes keys to super()',
    code: `const AWS = require('aws-sdk');
class Uploads extends AWS.S3 {
  constructor() {
    super({ accessKeyId: process.env.UPLOAD_KEY, secretAccessKey: process.env.UPLOAD_SECRET });
  }
}
exports.handler = async () => new Uploads();
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.S3' },
        line: 4,
        column: 13,
        endLine: 4,
        endColumn: 92,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `const AWS = require('aws-sdk');
class Uploads extends AWS.S3 {
  constructor() {
    super({});
  }
}
exports.handler = async () => new Uploads();
`,
          },
        ],
      },
    ],
  },
  {
    name: 'CJS: Lambda code in a nested tools/ folder, or that only names require.main in a comment, is not a script',
    filename: 'src/tools/aws.js',
    code: `// Run as a script with: if (require.main === module) main();
const { S3Client } = require('@aws-sdk/client-s3');
module.exports.s3 = new S3Client({ credentials: { accessKeyId: process.env.UPLOAD_KEY_ID, secretAccessKey: process.env.UPLOAD_SECRET } });`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 3,
        column: 36,
        endLine: 3,
        endColumn: 135,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `// Run as a script with: if (require.main === module) main();
const { S3Client } = require('@aws-sdk/client-s3');
module.exports.s3 = new S3Client({});`,
          },
        ],
      },
    ],
  },
  {
    name: "dummy keys in SDK v2's global config: a variable, an arrow parameter or a comment named endpoint sets none",
    code: `const AWS = require('aws-sdk');
// endpoint: none
AWS.config.update({ accessKeyId: 'test', secretAccessKey: 'test' });
const endpoint = 'https://api.example.com';
exports.urls = ['a', 'b'].map(endpoint => endpoint + '/x');
exports.s3 = new AWS.S3();
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.config.update' },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 65,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `const AWS = require('aws-sdk');
// endpoint: none
AWS.config.update({});
const endpoint = 'https://api.example.com';
exports.urls = ['a', 'b'].map(endpoint => endpoint + '/x');
exports.s3 = new AWS.S3();
`,
          },
        ],
      },
    ],
  },
  {
    name: "dummy keys in SDK v2's global config of a file that sets no endpoint (reading one is not setting it)",
    code: `const AWS = require('aws-sdk');
AWS.config.update({ region: 'us-east-1', accessKeyId: 'test', secretAccessKey: 'test' });
const s3 = new AWS.S3();
if (s3.config.endpoint == null) console.log('default endpoint');
exports.handler = async () => s3;
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.config.update' },
        line: 2,
        column: 42,
        endLine: 2,
        endColumn: 86,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `const AWS = require('aws-sdk');
AWS.config.update({ region: 'us-east-1' });
const s3 = new AWS.S3();
if (s3.config.endpoint == null) console.log('default endpoint');
exports.handler = async () => s3;
`,
          },
        ],
      },
    ],
  },
  {
    name: "whole options a class expression's constructor hands to a client, judged where new gives them",
    code: `const { SQSClient } = require('@aws-sdk/client-sqs');
const Queue = class { constructor(options) { this.sqs = new SQSClient(options); } };
exports.queue = new Queue({ credentials: { accessKeyId: process.env.Q_KEY, secretAccessKey: process.env.Q_SECRET } });
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'SQSClient' },
        line: 3,
        column: 29,
        endLine: 3,
        endColumn: 115,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `const { SQSClient } = require('@aws-sdk/client-sqs');
const Queue = class { constructor(options) { this.sqs = new SQSClient(options); } };
exports.queue = new Queue({});
`,
          },
        ],
      },
    ],
  },
  {
    name: 'SDK v2 options handed to a helper of the file; a local endpoint with dummy keys stays quiet',
    code: `const AWS = require('aws-sdk');
function getDynamo(opts) { return new AWS.DynamoDB.DocumentClient(opts); }
exports.db = getDynamo({ accessKeyId: process.env.KEY, secretAccessKey: process.env.SECRET });
exports.local = getDynamo({ endpoint: 'http://localhost:8000', accessKeyId: 'local', secretAccessKey: 'local' });
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.DynamoDB.DocumentClient' },
        line: 3,
        column: 26,
        endLine: 3,
        endColumn: 91,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `const AWS = require('aws-sdk');
function getDynamo(opts) { return new AWS.DynamoDB.DocumentClient(opts); }
exports.db = getDynamo({});
exports.local = getDynamo({ endpoint: 'http://localhost:8000', accessKeyId: 'local', secretAccessKey: 'local' });
`,
          },
        ],
      },
    ],
  },
  {
    name: 'keys assigned to a var in a branch, passed as SDK v3 credentials',
    code: `const { SQSClient } = require('@aws-sdk/client-sqs');
var credentials;
if (process.env.QUEUE_KEY) credentials = { accessKeyId: process.env.QUEUE_KEY, secretAccessKey: process.env.QUEUE_SECRET };
exports.sqs = new SQSClient({ credentials });
`,
    output: null,
    errors: [{ messageId: 'staticCredentials', data: { target: 'SQSClient' }, line: 4, column: 31, endLine: 4, endColumn: 42, suggestions: [{ messageId: 'removeCredentials', output: `const { SQSClient } = require('@aws-sdk/client-sqs');
var credentials;
if (process.env.QUEUE_KEY) credentials = { accessKeyId: process.env.QUEUE_KEY, secretAccessKey: process.env.QUEUE_SECRET };
exports.sqs = new SQSClient({});
` }] }],
  },
  {
    name: 'CJS: keys in SDK v2 options per service of the global config and of a new AWS.Config',
    code: `const AWS = require('aws-sdk');
AWS.config.update({ region: 'us-east-1', s3: { accessKeyId: process.env.MY_KEY, secretAccessKey: process.env.MY_SECRET } });
const config = new AWS.Config({ sqs: { credentials: { accessKeyId: process.env.MY_KEY, secretAccessKey: process.env.MY_SECRET } } });
AWS.config.update({ s3: { params: { Bucket: 'b' }, s3ForcePathStyle: true } });
module.exports = { config, s3: new AWS.S3({ s3: { accessKeyId: 'x' } }) };`,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config.update (s3)' },
        line: 2,
        column: 48,
        endLine: 2,
        endColumn: 119,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
AWS.config.update({ region: 'us-east-1', s3: {} });
const config = new AWS.Config({ sqs: { credentials: { accessKeyId: process.env.MY_KEY, secretAccessKey: process.env.MY_SECRET } } });
AWS.config.update({ s3: { params: { Bucket: 'b' }, s3ForcePathStyle: true } });
module.exports = { config, s3: new AWS.S3({ s3: { accessKeyId: 'x' } }) };` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Config (sqs)' },
        line: 3,
        column: 40,
        endLine: 3,
        endColumn: 128,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
AWS.config.update({ region: 'us-east-1', s3: { accessKeyId: process.env.MY_KEY, secretAccessKey: process.env.MY_SECRET } });
const config = new AWS.Config({ sqs: {} });
AWS.config.update({ s3: { params: { Bucket: 'b' }, s3ForcePathStyle: true } });
module.exports = { config, s3: new AWS.S3({ s3: { accessKeyId: 'x' } }) };` }],
      },
    ],
  },
  {
    name: 'CJS: the global v2 config given keys with ??= and ||=',
    code: `const AWS = require('aws-sdk');
AWS.config.credentials ??= { accessKeyId: process.env.MY_KEY, secretAccessKey: process.env.MY_SECRET };
AWS.config.accessKeyId ||= process.env.MY_KEY;
AWS.config.secretAccessKey ||= process.env.MY_SECRET;
module.exports = new AWS.S3();`,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config.credentials' },
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 103,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
AWS.config.accessKeyId ||= process.env.MY_KEY;
AWS.config.secretAccessKey ||= process.env.MY_SECRET;
module.exports = new AWS.S3();` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config' },
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 46,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
AWS.config.credentials ??= { accessKeyId: process.env.MY_KEY, secretAccessKey: process.env.MY_SECRET };
module.exports = new AWS.S3();` }],
      },
    ],
  },
  {
    name: 'CJS: static keys an SDK v2 client gets through a function parameter',
    code: `const AWS = require('aws-sdk');
function s3For(creds) { return new AWS.S3({ credentials: creds }); }
module.exports = { s3: s3For({ accessKeyId: process.env.KEY, secretAccessKey: process.env.SECRET }) };`,
    errors: [{ messageId: 'staticCredentials', data: { target: 'AWS.S3' }, line: 2, column: 45, endLine: 2, endColumn: 63, suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
function s3For(creds) { return new AWS.S3({}); }
module.exports = { s3: s3For({ accessKeyId: process.env.KEY, secretAccessKey: process.env.SECRET }) };` }] }],
  },
  {
    name: 'static keys as the master credentials of fromTemporaryCredentials (CommonJS)',
    code: `const { SQSClient } = require('@aws-sdk/client-sqs');
const providers = require('@aws-sdk/credential-providers');
exports.sqs = new SQSClient({ credentials: providers.fromTemporaryCredentials({ masterCredentials: { accessKeyId: process.env.K, secretAccessKey: process.env.S }, params: { RoleArn: 'r' } }) });
`,
    errors: [{ messageId: 'staticCredentials', data: { target: 'SQSClient' }, line: 3, column: 31, endLine: 3, endColumn: 191, suggestions: [{ messageId: 'removeCredentials', output: `const { SQSClient } = require('@aws-sdk/client-sqs');
const providers = require('@aws-sdk/credential-providers');
exports.sqs = new SQSClient({ credentials: providers.fromTemporaryCredentials({ params: { RoleArn: 'r' } }) });
` }] }],
  },
  {
    name: 'CJS: a choice nested in a choice bound to a name: the local run branch is exempt, the other is judged',
    code: `const { S3Client } = require('@aws-sdk/client-s3');
const creds = process.env.IS_OFFLINE
  ? { endpoint: 'http://localhost:4566', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } }
  : process.env.PARTNER_KEY_ID && { credentials: { accessKeyId: process.env.PARTNER_KEY_ID, secretAccessKey: process.env.PARTNER_SECRET } };
module.exports.s3 = new S3Client({ region: 'us-east-1', ...creds });
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 4,
        column: 37,
        endLine: 4,
        endColumn: 138,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `const { S3Client } = require('@aws-sdk/client-s3');
const creds = process.env.IS_OFFLINE
  ? { endpoint: 'http://localhost:4566', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } }
  : process.env.PARTNER_KEY_ID && {};
module.exports.s3 = new S3Client({ region: 'us-east-1', ...creds });
`,
          },
        ],
      },
    ],
  },
  {
    name: 'CJS: options built in steps; a local run branch and a write after the client is made are not reported',
    code: `const AWS = require('aws-sdk');
const options = { region: 'eu-west-1' };
if (process.env.IS_OFFLINE) {
  options.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  options.endpoint = 'http://localhost:8000';
}
const local = new AWS.DynamoDB(options);
const later = { region: 'eu-west-1' };
const ddb = new AWS.DynamoDB(later);
later.credentials = { accessKeyId: process.env.K, secretAccessKey: process.env.S };
const shared = {};
shared.credentials = { accessKeyId: process.env.K, secretAccessKey: process.env.S };
module.exports = { local, ddb, a: new AWS.S3(shared), b: new AWS.SQS(shared) };
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.S3' },
        line: 12,
        column: 1,
        endLine: 12,
        endColumn: 84,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `const AWS = require('aws-sdk');
const options = { region: 'eu-west-1' };
if (process.env.IS_OFFLINE) {
  options.credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  options.endpoint = 'http://localhost:8000';
}
const local = new AWS.DynamoDB(options);
const later = { region: 'eu-west-1' };
const ddb = new AWS.DynamoDB(later);
later.credentials = { accessKeyId: process.env.K, secretAccessKey: process.env.S };
const shared = {};
module.exports = { local, ddb, a: new AWS.S3(shared), b: new AWS.SQS(shared) };
`,
          },
        ],
      },
    ],
  },
  {
    name: 'CJS: SDK v2 options given their keys one by one before AWS.config.update',
    code: `const aws = require('aws-sdk');
const awsSecurity = { region: 'us-east-1' };
if (process.env.DEPLOY_KEY_ID) {
  awsSecurity.accessKeyId = process.env.DEPLOY_KEY_ID;
  awsSecurity.secretAccessKey = process.env.DEPLOY_SECRET;
}
aws.config.update(awsSecurity);
exports.handler = async () => new aws.S3().listBuckets().promise();
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config.update' },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 54,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `const aws = require('aws-sdk');
const awsSecurity = { region: 'us-east-1' };
if (process.env.DEPLOY_KEY_ID) {
}
aws.config.update(awsSecurity);
exports.handler = async () => new aws.S3().listBuckets().promise();
`,
          },
        ],
      },
    ],
  },
  {
    name: 'CJS: SDK v2 options with keys in one outcome of a spread choice',
    code: `const AWS = require('aws-sdk');
const useKeys = process.env.USE_KEYS === 'true';
const s3 = new AWS.S3({ region: 'eu-west-1', ...(useKeys ? { credentials: { accessKeyId: process.env.KEY_ID, secretAccessKey: process.env.SECRET } } : {}) });
module.exports = { s3 };
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.S3' },
        line: 3,
        column: 62,
        endLine: 3,
        endColumn: 147,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `const AWS = require('aws-sdk');
const useKeys = process.env.USE_KEYS === 'true';
const s3 = new AWS.S3({ region: 'eu-west-1', ...(useKeys ? {} : {}) });
module.exports = { s3 };
`,
          },
        ],
      },
    ],
  },
  {
    name: "CommonJS: the runtime's keys with a fallback from a JSON config file are static keys, constant case or not",
    code: `const { S3Client, ListBucketsCommand } = require('@aws-sdk/client-s3');
const config = require('./config.json');
const s3 = new S3Client({
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID || config.AWS_ACCESS_KEY_ID,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY || config.AWS_SECRET_ACCESS_KEY,
  },
});
exports.handler = async () => s3.send(new ListBucketsCommand({}));`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'S3Client' },
        line: 4,
        column: 3,
        endLine: 7,
        endColumn: 4,
        suggestions: [{ messageId: 'removeCredentials', output: `const { S3Client, ListBucketsCommand } = require('@aws-sdk/client-s3');
const config = require('./config.json');
const s3 = new S3Client({});
exports.handler = async () => s3.send(new ListBucketsCommand({}));` }],
      },
    ],
  },
  {
    name: 'CommonJS: keys from variables in the branch a Lambda test with a falsy fallback takes when deployed',
    code: `const AWS = require('aws-sdk');
const isLambda = !!(process.env.LAMBDA_TASK_ROOT || false);
if (isLambda) {
  AWS.config.update({ accessKeyId: process.env.APP_ACCESS_ID, secretAccessKey: process.env.APP_SECRET_KEY });
}
module.exports.s3 = new AWS.S3();
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config.update' },
        line: 4,
        column: 23,
        endLine: 4,
        endColumn: 106,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `const AWS = require('aws-sdk');
const isLambda = !!(process.env.LAMBDA_TASK_ROOT || false);
if (isLambda) {
  AWS.config.update({});
}
module.exports.s3 = new AWS.S3();
`,
          },
        ],
      },
    ],
  },
  {
    name: 'CommonJS: a profile provider destructured under another name from a require is found by its binding',
    code: `const { fromSSO: sso } = require('@aws-sdk/credential-providers');
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const db = new DynamoDBClient({ credentials: sso({ profile: 'admin' }) });
exports.handler = async () => db;
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'fromSSO' },
        line: 3,
        column: 46,
        endLine: 3,
        endColumn: 71,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `const { fromSSO: sso } = require('@aws-sdk/credential-providers');
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const db = new DynamoDBClient({});
exports.handler = async () => db;
`,
          },
        ],
      },
    ],
  },
  {
    name: "SDK v2 with the runtime's variables, an alias of process.env written to, no semicolons: a suggestion",
    code: `const AWS = require('aws-sdk')
const env = process.env
const s3 = new AWS.S3({
  accessKeyId: env.AWS_ACCESS_KEY_ID,
  secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
  sessionToken: env.AWS_SESSION_TOKEN,
})
exports.rotate = (next) => {
  env.AWS_SESSION_TOKEN = next
}
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.S3' },
        line: 4,
        column: 3,
        endLine: 6,
        endColumn: 38,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk')
const env = process.env
const s3 = new AWS.S3({})
exports.rotate = (next) => {
  env.AWS_SESSION_TOKEN = next
}
` }],
      },
    ],
  },
  {
    name: "SDK v2 with the runtime's variables, process.env destructured from process and written to: a suggestion",
    code: `const AWS = require('aws-sdk');
const { env } = process;
const s3 = new AWS.S3({
  accessKeyId: env.AWS_ACCESS_KEY_ID,
  secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
  sessionToken: env.AWS_SESSION_TOKEN,
});
exports.clear = () => { delete env.AWS_ACCESS_KEY_ID; };
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.S3' },
        line: 4,
        column: 3,
        endLine: 6,
        endColumn: 38,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const { env } = process;
const s3 = new AWS.S3({});
exports.clear = () => { delete env.AWS_ACCESS_KEY_ID; };
` }],
      },
    ],
  },
  {
    name: "SDK v2 with the runtime's variables, process.env[KEYS[i]] cleared: a suggestion",
    code: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({
  accessKeyId: process.env.AWS_ACCESS_KEY_ID,
  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
  sessionToken: process.env.AWS_SESSION_TOKEN,
});
const KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];
exports.clear = () => { for (let i = 0; i < KEYS.length; i++) process.env[KEYS[i]] = ''; };
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.S3' },
        line: 3,
        column: 3,
        endLine: 5,
        endColumn: 46,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({});
const KEYS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];
exports.clear = () => { for (let i = 0; i < KEYS.length; i++) process.env[KEYS[i]] = ''; };
` }],
      },
    ],
  },
  {
    name: "SDK v2 with the runtime's variables, Reflect.deleteProperty on process.env: a suggestion",
    code: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({
  accessKeyId: process.env.AWS_ACCESS_KEY_ID,
  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
  sessionToken: process.env.AWS_SESSION_TOKEN,
});
exports.clear = () => { Reflect.deleteProperty(process.env, 'AWS_ACCESS_KEY_ID'); Object.defineProperty(process.env, 'AWS_SESSION_TOKEN', { value: 'x' }); };
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.S3' },
        line: 3,
        column: 3,
        endLine: 5,
        endColumn: 46,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({});
exports.clear = () => { Reflect.deleteProperty(process.env, 'AWS_ACCESS_KEY_ID'); Object.defineProperty(process.env, 'AWS_SESSION_TOKEN', { value: 'x' }); };
` }],
      },
    ],
  },
  {
    name: "SDK v2 with the runtime's variables, a test runner's stubEnv: a suggestion",
    code: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({
  accessKeyId: process.env.AWS_ACCESS_KEY_ID,
  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
  sessionToken: process.env.AWS_SESSION_TOKEN,
});
beforeAll(() => { vi.stubEnv('AWS_ACCESS_KEY_ID', ''); });
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.S3' },
        line: 3,
        column: 3,
        endLine: 5,
        endColumn: 46,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({});
beforeAll(() => { vi.stubEnv('AWS_ACCESS_KEY_ID', ''); });
` }],
      },
    ],
  },
  {
    name: "SDK v2 with the runtime's variables through an alias of process.env the module writes to: a suggestion",
    code: `const AWS = require('aws-sdk');
const env = process.env;
const s3 = new AWS.S3({
  accessKeyId: env.AWS_ACCESS_KEY_ID,
  secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
  sessionToken: env.AWS_SESSION_TOKEN,
});
exports.rotate = (next) => {
  env.AWS_SESSION_TOKEN = next;
};
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.S3' },
        line: 4,
        column: 3,
        endLine: 6,
        endColumn: 38,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const env = process.env;
const s3 = new AWS.S3({});
exports.rotate = (next) => {
  env.AWS_SESSION_TOKEN = next;
};
` }],
      },
    ],
  },
  {
    name: 'SDK v2 (require): a credentials object assigned to a Config instance is reported as AWS.config.credentials is',
    code: `const { Config, S3 } = require('aws-sdk');
const config = new Config();
config.credentials = { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' };
module.exports = new S3(config);
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.Config.credentials' },
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 122,
        suggestions: [{ messageId: 'removeCredentials', output: `const { Config, S3 } = require('aws-sdk');
const config = new Config();
module.exports = new S3(config);
` }],
      },
    ],
  },
  {
    name: 'credentials given to a Config instance (destructured require) through update',
    code: `const { Config } = require('aws-sdk');
const cfg = new Config();
cfg.update({ credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
module.exports = cfg;
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.Config.update' },
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 127,
        suggestions: [{ messageId: 'removeCredentials', output: `const { Config } = require('aws-sdk');
const cfg = new Config();
cfg.update({});
module.exports = cfg;
` }],
      },
    ],
  },
  {
    name: "CJS, SDK v2: the runtime's keys beside the options' own credentials win over them: removing the keys switches to that role (suggestion, no fix)",
    code: `const AWS = require('aws-sdk');
exports.s3 = new AWS.S3({ credentials: new AWS.ChainableTemporaryCredentials({ params: { RoleArn: process.env.ROLE_ARN } }), accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN });
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.S3' },
        line: 2,
        column: 126,
        endLine: 2,
        endColumn: 265,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
exports.s3 = new AWS.S3({ credentials: new AWS.ChainableTemporaryCredentials({ params: { RoleArn: process.env.ROLE_ARN } }) });
` }],
      },
    ],
  },
  {
    name: 'CJS, SDK v2: AWS.config replaced by a new AWS.Config of the runtime keys: both it and a client are autofixed',
    code: `const AWS = require('aws-sdk');
AWS.config = new AWS.Config({
  region: 'us-east-1',
  accessKeyId: process.env.AWS_ACCESS_KEY_ID,
  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
  sessionToken: process.env.AWS_SESSION_TOKEN,
});
const s3 = new AWS.S3({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN });
exports.handler = async () => s3.listBuckets().promise();
`,
    output: `const AWS = require('aws-sdk');
AWS.config = new AWS.Config({
  region: 'us-east-1',
});
const s3 = new AWS.S3({});
exports.handler = async () => s3.listBuckets().promise();
`,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.Config' },
        line: 4,
        column: 3,
        endLine: 6,
        endColumn: 46,
        suggestions: [],
      },
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.S3' },
        line: 8,
        column: 25,
        endLine: 8,
        endColumn: 164,
        suggestions: [],
      },
    ],
  },
  {
    name: 'CJS, SDK v2: AWS.config replaced by a Config of unknown options: a client falls back to those (suggestion, no fix)',
    code: `const AWS = require('aws-sdk');
AWS.config = new AWS.Config(loadSettings());
const s3 = new AWS.S3({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN });
exports.handler = async () => s3.listBuckets().promise();
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.S3' },
        line: 3,
        column: 25,
        endLine: 3,
        endColumn: 164,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
AWS.config = new AWS.Config(loadSettings());
const s3 = new AWS.S3({});
exports.handler = async () => s3.listBuckets().promise();
` }],
      },
    ],
  },
  {
    name: 'CJS, SDK v2: bound credentials set as the global credentials or passed to a client once: the use and the declaration go',
    code: `const AWS = require('aws-sdk');
const creds = new AWS.Credentials(process.env.PARTNER_KEY, process.env.PARTNER_SECRET);
AWS.config.credentials = creds;
const creds2 = new AWS.Credentials({ accessKeyId: process.env.K2, secretAccessKey: process.env.S2 });
const s3 = new AWS.S3({ credentials: creds2 });
const handed = new AWS.Credentials(process.env.PARTNER_KEY, process.env.PARTNER_SECRET);
module.exports = { s3, client: makeClient(handed) };
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 2,
        column: 15,
        endLine: 2,
        endColumn: 87,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const creds2 = new AWS.Credentials({ accessKeyId: process.env.K2, secretAccessKey: process.env.S2 });
const s3 = new AWS.S3({ credentials: creds2 });
const handed = new AWS.Credentials(process.env.PARTNER_KEY, process.env.PARTNER_SECRET);
module.exports = { s3, client: makeClient(handed) };
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 4,
        column: 16,
        endLine: 4,
        endColumn: 101,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const creds = new AWS.Credentials(process.env.PARTNER_KEY, process.env.PARTNER_SECRET);
AWS.config.credentials = creds;
const s3 = new AWS.S3({});
const handed = new AWS.Credentials(process.env.PARTNER_KEY, process.env.PARTNER_SECRET);
module.exports = { s3, client: makeClient(handed) };
` }],
      },
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 6,
        column: 16,
        endLine: 6,
        endColumn: 88,
        suggestions: [],
      },
    ],
  },
  {
    name: 'CJS, SDK v2: a bound profile in a multi-line config.update goes with its line; an exported custom prefix keeps none',
    code: `const AWS = require('aws-sdk');
const ini = new AWS.SharedIniFileCredentials({ profile: 'prod' });
AWS.config.update({
  region: 'us-east-1',
  credentials: ini,
});
const custom = new AWS.EnvironmentCredentials('MYAPP');
module.exports = { custom };
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'AWS.SharedIniFileCredentials' },
        line: 2,
        column: 13,
        endLine: 2,
        endColumn: 66,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
AWS.config.update({
  region: 'us-east-1',
});
const custom = new AWS.EnvironmentCredentials('MYAPP');
module.exports = { custom };
` }],
      },
      {
        messageId: 'customEnvPrefix',
        data: { provider: 'AWS.EnvironmentCredentials', variable: 'MYAPP_ACCESS_KEY_ID' },
        line: 7,
        column: 16,
        endLine: 7,
        endColumn: 55,
        suggestions: [],
      },
    ],
  },
  {
    name: 'CJS, SDK v2: bound credentials read by a client nested in config.update, or by two clients of one declaration: all uses go',
    code: `const AWS = require('aws-sdk');
const creds = new AWS.Credentials(process.env.PARTNER_KEY, process.env.PARTNER_SECRET);
AWS.config.update({ credentials: creds, params: { client: new AWS.S3({ credentials: creds }) } });
const ini = new AWS.SharedIniFileCredentials({ profile: 'prod' });
const a = new AWS.S3({
  credentials: ini,
}), b = new AWS.SQS({ credentials: ini });
exports.handler = async () => [a, b];
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.Credentials' },
        line: 2,
        column: 15,
        endLine: 2,
        endColumn: 87,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
AWS.config.update({ params: { client: new AWS.S3({}) } });
const ini = new AWS.SharedIniFileCredentials({ profile: 'prod' });
const a = new AWS.S3({
  credentials: ini,
}), b = new AWS.SQS({ credentials: ini });
exports.handler = async () => [a, b];
` }],
      },
      {
        messageId: 'profileProvider',
        data: { provider: 'AWS.SharedIniFileCredentials' },
        line: 4,
        column: 13,
        endLine: 4,
        endColumn: 66,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const creds = new AWS.Credentials(process.env.PARTNER_KEY, process.env.PARTNER_SECRET);
AWS.config.update({ credentials: creds, params: { client: new AWS.S3({ credentials: creds }) } });
const a = new AWS.S3({}), b = new AWS.SQS({});
exports.handler = async () => [a, b];
` }],
      },
    ],
  },
  {
    name: 'CJS, SDK v2: a file whose global config loads credentials from a file: removing the keys falls back to those (suggestion, no fix)',
    code: `const AWS = require('aws-sdk');
AWS.config.loadFromPath('./aws-config.json');
const s3 = new AWS.S3({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN });
exports.handler = async () => s3.listBuckets().promise();
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'AWS.config.loadFromPath' },
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 45,
      },
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.S3' },
        line: 3,
        column: 25,
        endLine: 3,
        endColumn: 164,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
AWS.config.loadFromPath('./aws-config.json');
const s3 = new AWS.S3({});
exports.handler = async () => s3.listBuckets().promise();
` }],
      },
    ],
  },
  {
    name: "CJS, SDK v2: the global config's key fields set without the token: a client's own keys are not autofixed away",
    code: `const AWS = require('aws-sdk');
AWS.config.accessKeyId = process.env.AWS_ACCESS_KEY_ID;
AWS.config.secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY;
module.exports = new AWS.S3({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN });`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentialsWithoutToken',
        data: { target: 'AWS.config' },
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 55,
        suggestions: [
          {
            messageId: 'removeCredentials',
            output: `const AWS = require('aws-sdk');
module.exports = new AWS.S3({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN });`,
          },
        ],
      },
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.S3' },
        line: 4,
        column: 31,
        endLine: 4,
        endColumn: 170,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
AWS.config.accessKeyId = process.env.AWS_ACCESS_KEY_ID;
AWS.config.secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY;
module.exports = new AWS.S3({});` }],
      },
    ],
  },
  {
    name: "CJS, SDK v2: the runtime's variables on a client when the file gives the global config an assumed role (suggestion, no fix)",
    code: `const AWS = require('aws-sdk');
AWS.config.credentials = new AWS.TemporaryCredentials({ RoleArn: 'arn:aws:iam::123456789012:role/other' });
module.exports = new AWS.S3({ accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY, sessionToken: process.env.AWS_SESSION_TOKEN });`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.S3' },
        line: 3,
        column: 31,
        endLine: 3,
        endColumn: 170,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
AWS.config.credentials = new AWS.TemporaryCredentials({ RoleArn: 'arn:aws:iam::123456789012:role/other' });
module.exports = new AWS.S3({});` }],
      },
    ],
  },
  {
    name: 'SDK v2: options built by a function of the file',
    code: `const AWS = require('aws-sdk');
function options() { return { region: 'us-east-1', accessKeyId: process.env.KEY, secretAccessKey: process.env.SECRET }; }
const s3 = new AWS.S3(options());
exports.handler = async () => s3;
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.S3' },
        line: 2,
        column: 52,
        endLine: 2,
        endColumn: 117,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
function options() { return { region: 'us-east-1' }; }
const s3 = new AWS.S3(options());
exports.handler = async () => s3;
` }],
      },
    ],
  },
  {
    name: 'hard-coded keys (CommonJS)',
    code: `const { S3Client } = require('@aws-sdk/client-s3');
const s3 = new S3Client({ credentials: { accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' } });
`,
    output: null,
    errors: [
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'S3Client' },
        line: 2,
        column: 27,
        endLine: 2,
        endColumn: 140,
        suggestions: [{ messageId: 'removeCredentials', output: `const { S3Client } = require('@aws-sdk/client-s3');
const s3 = new S3Client({});
` }],
      },
    ],
  },
  {
    name: "SDK v2 with the runtime's variables (CommonJS): autofixed",
    code: `const AWS = require('aws-sdk');
const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = process.env;
AWS.config.update({
  accessKeyId,
  secretAccessKey,
  sessionToken,
});
const s3 = new AWS.S3({
  apiVersion: '2006-03-01',
  accessKeyId, // from the runtime
  secretAccessKey,
  sessionToken
});
`,
    output: `const AWS = require('aws-sdk');
const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = process.env;
AWS.config.update({});
const s3 = new AWS.S3({
  apiVersion: '2006-03-01'
});
`,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.config.update' },
        line: 4,
        column: 3,
        endLine: 6,
        endColumn: 15,
        suggestions: [],
      },
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.S3' },
        line: 10,
        column: 3,
        endLine: 12,
        endColumn: 15,
        suggestions: [],
      },
    ],
  },
  {
    name: 'SDK v2 member require and nested destructuring (CommonJS)',
    code: `const S3 = require('aws-sdk').S3;
const { config: { update } } = require('aws-sdk');
const { DynamoDB: { DocumentClient } } = require('aws-sdk');
const s3 = new S3({ accessKeyId: process.env.KEY, secretAccessKey: process.env.SECRET });
const doc = new DocumentClient({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.S3' },
        line: 4,
        column: 21,
        endLine: 4,
        endColumn: 86,
        suggestions: [{ messageId: 'removeCredentials', output: `const S3 = require('aws-sdk').S3;
const { config: { update } } = require('aws-sdk');
const { DynamoDB: { DocumentClient } } = require('aws-sdk');
const s3 = new S3({});
const doc = new DocumentClient({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
` }],
      },
      {
        messageId: 'hardcodedCredentials',
        data: { target: 'AWS.DynamoDB.DocumentClient' },
        line: 5,
        column: 34,
        endLine: 5,
        endColumn: 130,
        suggestions: [{ messageId: 'removeCredentials', output: `const S3 = require('aws-sdk').S3;
const { config: { update } } = require('aws-sdk');
const { DynamoDB: { DocumentClient } } = require('aws-sdk');
const s3 = new S3({ accessKeyId: process.env.KEY, secretAccessKey: process.env.SECRET });
const doc = new DocumentClient({});
` }],
      },
    ],
  },
  {
    name: 'fromIni in a CommonJS handler file',
    code: `const { fromIni } = require('@aws-sdk/credential-provider-ini');
const { S3Client } = require('@aws-sdk/client-s3');
const s3 = new S3Client({ credentials: fromIni({ profile: 'prod' }) });
module.exports.handler = async () => s3;
`,
    output: null,
    errors: [
      {
        messageId: 'profileProvider',
        data: { provider: 'fromIni' },
        line: 3,
        column: 40,
        endLine: 3,
        endColumn: 68,
        suggestions: [{ messageId: 'removeCredentials', output: `const { fromIni } = require('@aws-sdk/credential-provider-ini');
const { S3Client } = require('@aws-sdk/client-s3');
const s3 = new S3Client({});
module.exports.handler = async () => s3;
` }],
      },
    ],
  },
  {
    name: "the runtime's keys without the token, AWS.config.credentials (CommonJS)",
    code: `const AWS = require('aws-sdk');
AWS.config.credentials = {
  accessKeyId: process.env.AWS_ACCESS_KEY_ID,
  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
};
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentialsWithoutToken',
        data: { target: 'AWS.config.credentials' },
        line: 2,
        column: 1,
        endLine: 5,
        endColumn: 2,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
` }],
      },
    ],
  },
  {
    name: "AWS.config.credentials = new AWS.Credentials(the runtime's variables): a suggestion, not a fix",
    code: `const { Credentials, config } = require('aws-sdk');
// use the function's credentials
config.credentials = new Credentials(process.env.AWS_ACCESS_KEY_ID, process.env.AWS_SECRET_ACCESS_KEY, process.env.AWS_SESSION_TOKEN);
exports.handler = async () => config.credentials;
`,
    output: null,
    errors: [
      {
        messageId: 'runtimeCredentials',
        data: { target: 'AWS.Credentials' },
        line: 3,
        column: 22,
        endLine: 3,
        endColumn: 134,
        suggestions: [{ messageId: 'removeCredentials', output: `const { Credentials, config } = require('aws-sdk');
// use the function's credentials
exports.handler = async () => config.credentials;
` }],
      },
    ],
  },
  {
    name: 'SDK v2: AWS.config fields set one by one, and reset elsewhere (CommonJS)',
    code: `const AWS = require('aws-sdk');
function configure(keys) {
  AWS.config.accessKeyId = keys.id;
  AWS.config.secretAccessKey = keys.secret;
}
function reset() {
  AWS.config.accessKeyId = undefined;
}
module.exports = { configure, reset };
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 35,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
function configure(keys) {
}
function reset() {
}
module.exports = { configure, reset };
` }],
      },
    ],
  },
  {
    name: 'SDK v2: AWS.config fields set one by one from custom variables (CommonJS)',
    code: `const AWS = require('aws-sdk');
AWS.config.region = 'eu-west-1';
AWS.config.accessKeyId = process.env.APP_KEY_ID;
AWS.config.secretAccessKey = process.env.APP_SECRET; // static keys
exports.handler = async () => new AWS.S3().listBuckets().promise();
`,
    output: null,
    errors: [
      {
        messageId: 'staticCredentials',
        data: { target: 'AWS.config' },
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 48,
        suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
AWS.config.region = 'eu-west-1';
exports.handler = async () => new AWS.S3().listBuckets().promise();
` }],
      },
    ],
  },
];

/** Build CRLF source from lines. */
const crlf = (...lines: string[]): string => lines.join('\r\n');

tsInvalid.push({
  name: 'CRLF line endings: the fix removes whole lines',
  code: crlf(
    "import { S3Client } from '@aws-sdk/client-s3';",
    'const s3 = new S3Client({',
    "  region: 'eu-west-1',",
    '  credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!, sessionToken: process.env.AWS_SESSION_TOKEN },',
    '  maxAttempts: 3,',
    '});',
    '',
  ),
  output: crlf(
    "import { S3Client } from '@aws-sdk/client-s3';",
    'const s3 = new S3Client({',
    "  region: 'eu-west-1',",
    '  maxAttempts: 3,',
    '});',
    '',
  ),
  errors: [
    {
      messageId: 'runtimeCredentials',
      data: { target: 'S3Client' },
      line: 4,
      column: 3,
      endLine: 4,
      endColumn: 161,
      suggestions: [],
    },
  ],
});

tsRuleTester.run('no-explicit-aws-credentials', rule, { valid: tsValid, invalid: tsInvalid });
jsRuleTester.run('no-explicit-aws-credentials', rule, { valid: jsValid, invalid: jsInvalid });
cjsRuleTester.run('no-explicit-aws-credentials', rule, { valid: cjsValid, invalid: cjsInvalid });

// ---------------------------------------------------------------------------------------------------------------
// The real Linter: fixes applied until stable, messages, odd input

type Flavour = 'ts' | 'js' | 'cjs';

function lintConfig(flavour: Flavour, options?: Options[0]): Linter.Config[] {
  const languageOptions: Linter.LanguageOptions =
    flavour === 'ts'
      ? { parser: tsParser, sourceType: 'module' }
      : { parser: espree, ecmaVersion: 'latest', sourceType: flavour === 'cjs' ? 'commonjs' : 'module' };
  return [
    {
      files: ['**/*.ts', '**/*.js'],
      languageOptions,
      plugins: { 'lambda-guard': { rules: { 'no-explicit-aws-credentials': rule as never } } },
      rules: { 'lambda-guard/no-explicit-aws-credentials': options ? ['error', options] : 'error' },
    },
  ];
}

function lint(code: string, flavour: Flavour, options?: Options[0]): Linter.LintMessage[] {
  return new Linter({ configType: 'flat' }).verify(code, lintConfig(flavour, options), flavour === 'ts' ? 'file.ts' : 'file.js');
}

function fixUntilStable(code: string, flavour: Flavour, options?: Options[0]): ReturnType<Linter['verifyAndFix']> {
  return new Linter({ configType: 'flat' }).verifyAndFix(
    code,
    lintConfig(flavour, options),
    flavour === 'ts' ? 'file.ts' : 'file.js',
  );
}

const allInvalid: [Flavour, Invalid][] = [
  ...tsInvalid.map((test): [Flavour, Invalid] => ['ts', test]),
  ...jsInvalid.map((test): [Flavour, Invalid] => ['js', test]),
  ...cjsInvalid.map((test): [Flavour, Invalid] => ['cjs', test]),
];
const fixable = allInvalid.filter(([, test]) => typeof test.output === 'string');

describe('no-explicit-aws-credentials autofix', () => {
  it('has fixable cases to check', () => {
    expect(fixable.length).toBeGreaterThan(5);
  });

  it.each(fixable.map(([flavour, test]) => [test.name ?? test.code.slice(0, 60), flavour, test] as const))(
    'applying the fix twice changes nothing more: %s',
    (_name, flavour, test) => {
      const first = fixUntilStable(test.code, flavour, test.options?.[0]);
      expect(first.fixed).toBe(true);
      expect(first.output).toBe(test.output);
      expect(first.messages.filter((message) => message.fatal)).toEqual([]);
      const second = fixUntilStable(first.output, flavour, test.options?.[0]);
      expect(second.fixed).toBe(false);
      expect(second.output).toBe(first.output);
      expect(second.messages.filter((message) => message.fix !== undefined || message.fatal)).toEqual([]);
    },
  );

  it.each(allInvalid.map(([flavour, test]) => [test.name ?? test.code.slice(0, 60), flavour, test] as const))(
    'every suggestion leaves code that parses: %s',
    (_name, flavour, test) => {
      for (const message of lint(test.code, flavour, test.options?.[0])) {
        for (const suggestion of message.suggestions ?? []) {
          const [start, end] = suggestion.fix.range;
          const output = test.code.slice(0, start) + suggestion.fix.text + test.code.slice(end);
          expect(lint(output, flavour, test.options?.[0]).filter((m) => m.fatal)).toEqual([]);
        }
      }
    },
  );
});

describe('no-explicit-aws-credentials on ESLint 9', () => {
  it.each(allInvalid.map(([flavour, test]) => [test.name ?? test.code.slice(0, 60), flavour, test] as const))(
    'reports the same as ESLint 10: %s',
    (_name, flavour, test) => {
      const filename = flavour === 'ts' ? 'file.ts' : 'file.js';
      const config = lintConfig(flavour, test.options?.[0]) as LinterV9.Config[];
      const v9 = new LinterV9({ configType: 'flat' }).verify(test.code, config, filename);
      const shape = (messages: readonly Linter.LintMessage[] | readonly LinterV9.LintMessage[]) =>
        messages.map((message) => [message.messageId, message.line, message.column, message.endLine, message.endColumn, message.fix, message.suggestions?.length ?? 0]);
      expect(shape(v9)).toEqual(shape(lint(test.code, flavour, test.options?.[0])));
      expect(v9.length).toBeGreaterThan(0);
    },
  );
});

describe('no-explicit-aws-credentials messages', () => {
  it.each(allInvalid.map(([flavour, test]) => [test.name ?? test.code.slice(0, 60), flavour, test] as const))(
    'never echo a key or a secret: %s',
    (_name, flavour, test) => {
      for (const message of lint(test.code, flavour, test.options?.[0])) {
        expect(message.message).not.toContain(KEY_ID);
        expect(message.message).not.toContain(SECRET);
        expect(message.message).not.toContain('Q3EGRU5XN7CZJ2LW');
      }
    },
  );
});

describe('no-explicit-aws-credentials in a script', () => {
  it('offers no removal of never-read credentials at the top level of a script (another script may read them)', () => {
    const code = `var AWS = require('aws-sdk');
var creds = new AWS.Credentials(process.env.PARTNER_KEY, process.env.PARTNER_SECRET);
`;
    const config = lintConfig('js');
    config[0]!.languageOptions = { parser: espree, ecmaVersion: 'latest', sourceType: 'script' };
    const messages = new Linter({ configType: 'flat' }).verify(code, config, 'file.js');
    expect(messages.map((message) => [message.messageId, message.line, message.column, message.suggestions])).toEqual([
      ['staticCredentials', 2, 13, undefined],
    ]);
    // The same file as a module: the declaration is the module's own, so it goes
    const asModule = lint(code, 'js');
    expect(asModule.map((message) => message.suggestions?.map((suggestion) => suggestion.fix))).toEqual([
      [{ range: [30, 116], text: '' }],
    ]);
  });
});

describe('no-explicit-aws-credentials on odd input', () => {
  const client = "import { S3Client } from '@aws-sdk/client-s3';\n";

  it('reports a very long literal key without echoing it', () => {
    const long = 'x'.repeat(1_000_000);
    // A real-looking secret next to the huge ID: dummy-only keys are not reported.
    const messages = lint(`${client}new S3Client({ credentials: { accessKeyId: '${long}', secretAccessKey: '${SECRET}' } });`, 'js');
    expect(messages.map((message) => message.messageId)).toEqual(['hardcodedCredentials']);
    expect(messages[0]!.message.length).toBeLessThan(300);
  });

  it('stays bounded on 10,000 variable hops', () => {
    const hops = Array.from({ length: 10_000 }, (_, index) => `const v${index + 1} = v${index};`).join('\n');
    const code = `${client}const v0 = process.env.AWS_ACCESS_KEY_ID;\n${hops}\nnew S3Client({ credentials: { accessKeyId: v10000, secretAccessKey: s } });`;
    for (const flavour of ['ts', 'js'] as const) {
      const messages = lint(code, flavour);
      expect(messages.filter((message) => message.fatal)).toEqual([]);
      // Past the hop limit the value is just another variable: still explicit static keys.
      expect(messages.map((message) => message.messageId)).toEqual(['staticCredentials']);
    }
  });

  it('judges each credentials parameter once: wrappers calling wrappers many times, a wrapper with many clients', () => {
    // Two levels, each calling the one below 500 times with its own parameter: each parameter is judged once
    const level = (index: number): string =>
      `function f${index}(credentials) {\n${`  f${index - 1}(credentials);\n`.repeat(500)}}\n`;
    const nested = `${client}function f0(credentials) { return new S3Client({ credentials }); }\n${level(1)}${level(2)}f2({ accessKeyId: process.env.K, secretAccessKey: process.env.S });`;
    expect(lint(nested, 'js').map((message) => [message.messageId, message.line])).toEqual([['staticCredentials', 2]]);
    // One function making 1,000 clients from its parameter, called 1,000 times
    const clients = `  new S3Client({ credentials });\n`.repeat(1_000);
    const calls = `make({ accessKeyId: process.env.K, secretAccessKey: process.env.S });\n`.repeat(1_000);
    const many = lint(`${client}function make(credentials) {\n${clients}}\n${calls}`, 'js');
    expect(many.length).toBe(1_000);
    expect(new Set(many.map((message) => message.messageId))).toEqual(new Set(['staticCredentials']));
  });

  it('stays bounded on deep member chains and concatenations', () => {
    const members = `${client}new S3Client({ credentials: { accessKeyId: a${'.b'.repeat(1_000)}, secretAccessKey: s } });`;
    expect(lint(members, 'js').map((message) => message.messageId)).toEqual(['staticCredentials']);
    const concat = `${client}new S3Client({ credentials: { accessKeyId: 'A'${" + 'B'".repeat(1_000)}, secretAccessKey: '${SECRET}' } });`;
    expect(lint(concat, 'js').map((message) => message.messageId)).toEqual(['hardcodedCredentials']);
  });

  it('stays quiet on deeply nested values it cannot read', () => {
    const nested = `${client}new S3Client({ credentials: ${'{ a: '.repeat(400)}1${' }'.repeat(400)} });`;
    for (const flavour of ['ts', 'js'] as const) {
      expect(lint(nested, flavour).filter((message) => !message.fatal)).toEqual([]);
    }
  });

  it.each([
    '',
    '// aws-sdk',
    "import AWS from 'aws-sdk';\nAWS.config.update();\nAWS.config.update(...opts);\nAWS.config.update(null);\nnew AWS.S3(undefined);",
    "import AWS from 'aws-sdk';\nAWS.config.credentials += x;\nAWS.config['credentials'] = null;\nnew AWS.Credentials();\nnew AWS.Credentials(...parts);",
    "import AWS from 'aws-sdk';\nnew AWS.EnvironmentCredentials(...prefix);\nnew AWS.util.Thing({ accessKeyId: k, secretAccessKey: s });",
    "import { S3Client } from '@aws-sdk/client-s3';\nnew S3Client;\nnew S3Client(null);\nnew S3Client('x');\nnew S3Client([1, 2]);",
    "import { S3Client } from '@aws-sdk/client-s3';\nnew S3Client({ credentials: { ...{ ...{} } } });\nnew S3Client({ credentials: { __proto__: null } });",
    "import { S3Client } from '@aws-sdk/client-s3';\nnew S3Client({ credentials: () => { return; } });\nnew S3Client({ credentials: () => { for (;;) { if (x) return y; } } });",
    "import { S3Client } from '@aws-sdk/client-s3';\nnew S3Client({ set credentials(value) {} });",
    "import { fromIni } from '@aws-sdk/credential-providers';\nfromIni;\nfromIni.call(null);\nexport default fromIni;",
    "const { S3Client } = require('@aws-sdk/client-s3');\nrequire('aws-sdk').config.update({ region: 'x' });\nnew S3Client(require('./config.json'));",
  ])('does not crash or report on %j', (code) => {
    for (const flavour of ['ts', 'js'] as const) {
      expect(lint(code, flavour)).toEqual([]);
    }
  });
});

/** Hosts where no execution role of the user's account exists: Netlify functions, Cloudflare Workers, Electron apps. */
const hosts = temporaryProject({
  '.git/': '',
  'netlify-site/netlify.toml': '[build]\n  base = "app"\n  publish = "public"\n  functions = "lambda"\n\n[[redirects]]\n  from = "/api/*"\n',
  'netlify-site/app/package.json': '{ "dependencies": { "aws-sdk": "2.1500.0" } }',
  'netlify-default/netlify.toml': '[build]\n  publish = "dist"\n',
  'netlify-table/netlify.toml': "[functions]\n  directory = 'fns/'\n  node_bundler = 'esbuild'\n",
  'worker/wrangler.toml': 'name = "s3-index"\nmain = "src/index.ts"\n',
  'desktop/package.json': '{ "name": "s3-manager", "devDependencies": { "electron": "20.3.8" } }',
  'desktop/backend/package.json': '{ "name": "api", "dependencies": { "@aws-sdk/client-s3": "3.0.0" } }',
  'desktop/backend/lambda/': '',
  'service/netlify.toml': '[build]\n  functions = "."\n',
  'service/serverless.yml': 'service: api\nfunctions:\n  get:\n    handler: handler.get\n',
  'ui-site/netlify/functions/': '',
  'twilio-service/serverless.yml': 'service: api\nfunctions:\n  a:\n    handler: src/h.handler\n',
  'twilio-service/src/': '',
  'deploy-cli/package.json': '{ "name": "deploy-cli", "bin": { "deploy-cli": "./bin/cli.js" } }',
  'vercel-app/vercel.json': '{ "framework": "nextjs" }',
  'vercel-app/backend/serverless.yml': 'service: api\nfunctions:\n  get:\n    handler: handler.get\n',
});

/** Twilio's `(context, event, callback)` order, whatever the event is called. */
const TWILIO_ORDER_ENV_KEYS = `const { S3Client } = require('@aws-sdk/client-s3');
module.exports.handler = async (ctx, input, cb) => {
  const s3 = new S3Client({ credentials: { accessKeyId: process.env.MY_KEY, secretAccessKey: process.env.MY_SECRET } });
  cb(null, await s3.config.region());
};
`;

const ENV_KEYS_V2 = `const AWS = require('aws-sdk');
const s3 = new AWS.S3({ accessKeyId: process.env.MY_AWS_ACCESS_KEY_ID, secretAccessKey: process.env.MY_AWS_SECRET_ACCESS_KEY });
exports.handler = async (event) => ({ statusCode: 200, body: s3.getSignedUrl('putObject', { Bucket: 'u', Key: event.key }) });
`;

cjsRuleTester.run('no-explicit-aws-credentials (hosts without an execution role)', rule, {
  valid: [
    { name: 'a Netlify function under the functions directory netlify.toml names, below its base', code: ENV_KEYS_V2, filename: join(hosts, 'netlify-site/app/lambda/upload.js') },
    { name: "a Netlify function in Netlify's default directory", code: ENV_KEYS_V2, filename: join(hosts, 'netlify-default/netlify/functions/upload/upload.js') },
    { name: 'a Netlify function under the directory of a [functions] table', code: ENV_KEYS_V2, filename: join(hosts, 'netlify-table/fns/upload.js') },
    {
      name: "a Netlify function in Netlify's default directory of a site with no netlify.toml (configured in Netlify's UI)",
      code: ENV_KEYS_V2,
      filename: join(hosts, 'ui-site/netlify/functions/upload.js'),
    },
    { name: 'a Twilio Function: its context first, whatever the event is called', code: TWILIO_ORDER_ENV_KEYS, filename: join(hosts, 'twilio/functions/save.js') },
    {
      name: "a Vercel project's server code (a vercel.json above it)",
      code: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({ accessKeyId: process.env.MY_AWS_ACCESS_KEY_ID, secretAccessKey: process.env.MY_AWS_SECRET_ACCESS_KEY });
exports.uploadUrl = (key) => s3.getSignedUrl('putObject', { Bucket: 'u', Key: key });
`,
      filename: join(hosts, 'vercel-app/lib/storage/upload.js'),
    },
    {
      name: "a module of a command-line package (its package.json declares bin): the developer's profile and keys",
      code: `const aws = require('aws-sdk');
module.exports = (config) => {
  if (config.profile) aws.config.credentials = new aws.SharedIniFileCredentials({ profile: config.profile });
  return new aws.Lambda({ accessKeyId: process.env.DEPLOY_KEY, secretAccessKey: process.env.DEPLOY_SECRET });
};
`,
      filename: join(hosts, 'deploy-cli/lib/aws.js'),
    },
    {
      name: 'a Cloudflare Worker (wrangler.toml above it) given keys from its environment bindings',
      code: `const { S3Client, ListObjectsV2Command } = require('@aws-sdk/client-s3');
module.exports = { async scheduled(controller, env) {
  const s3 = new S3Client({ region: 'us-east-1', credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } });
  await s3.send(new ListObjectsV2Command({ Bucket: 'pkgs' }));
} };
`,
      filename: join(hosts, 'worker/src/index.js'),
    },
    {
      name: "an Electron app's main process (its package.json depends on electron) given the keys its user typed in",
      code: `const { S3Client } = require('@aws-sdk/client-s3');
let settings;
exports.updateSettings = (value) => { settings = value; };
exports.client = () => new S3Client({ region: settings.region, credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } });
`,
      filename: join(hosts, 'desktop/src/main-process/common/s3.js'),
    },
  ],
  invalid: [
    {
      name: 'real-looking keys written in a Netlify function are keys all the same',
      code: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({ accessKeyId: '${KEY_ID}', secretAccessKey: '${SECRET}' });
`,
      filename: join(hosts, 'netlify-site/app/lambda/upload.js'),
      errors: [{ messageId: 'hardcodedCredentials', data: { target: 'AWS.S3' }, line: 2, column: 25, endLine: 2, endColumn: 121, suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({});
` }] }],
    },
    {
      name: "a file of a Netlify site outside its functions directory (the site's own code, or a Lambda backend beside it)",
      code: ENV_KEYS_V2,
      filename: join(hosts, 'netlify-site/app/src/upload.js'),
      errors: [{ messageId: 'staticCredentials', data: { target: 'AWS.S3' }, line: 2, column: 25, endLine: 2, endColumn: 125, suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({});
exports.handler = async (event) => ({ statusCode: 200, body: s3.getSignedUrl('putObject', { Bucket: 'u', Key: event.key }) });
` }] }],
    },
    {
      name: 'a Lambda handler below a vercel.json (a repository that deploys functions beside its Vercel front end) is Lambda code',
      code: ENV_KEYS_V2,
      filename: join(hosts, 'vercel-app/lambda/upload.js'),
      errors: [{ messageId: 'staticCredentials', data: { target: 'AWS.S3' }, line: 2, column: 25, endLine: 2, endColumn: 125, suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({});
exports.handler = async (event) => ({ statusCode: 200, body: s3.getSignedUrl('putObject', { Bucket: 'u', Key: event.key }) });
` }] }],
    },
    {
      name: "a Lambda service beside a Vercel app: its config is nearer to the file than the vercel.json",
      code: ENV_KEYS_V2,
      filename: join(hosts, 'vercel-app/backend/handler.js'),
      errors: [{ messageId: 'staticCredentials', data: { target: 'AWS.S3' }, line: 2, column: 25, endLine: 2, endColumn: 125, suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({});
exports.handler = async (event) => ({ statusCode: 200, body: s3.getSignedUrl('putObject', { Bucket: 'u', Key: event.key }) });
` }] }],
    },
    {
      name: "a Lambda backend package of an Electron monorepo: only the nearest package.json is asked",
      code: ENV_KEYS_V2,
      filename: join(hosts, 'desktop/backend/lambda/upload.js'),
      errors: [{ messageId: 'staticCredentials', data: { target: 'AWS.S3' }, line: 2, column: 25, endLine: 2, endColumn: 125, suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({});
exports.handler = async (event) => ({ statusCode: 200, body: s3.getSignedUrl('putObject', { Bucket: 'u', Key: event.key }) });
` }] }],
    },
    {
      name: "Twilio's parameter order in a handler a Serverless config names: Lambda's",
      code: TWILIO_ORDER_ENV_KEYS,
      filename: join(hosts, 'twilio-service/src/h.js'),
      errors: [{ messageId: 'staticCredentials', data: { target: 'S3Client' }, line: 3, column: 29, endLine: 3, endColumn: 117, suggestions: [{ messageId: 'removeCredentials', output: `const { S3Client } = require('@aws-sdk/client-s3');
module.exports.handler = async (ctx, input, cb) => {
  const s3 = new S3Client({});
  cb(null, await s3.config.region());
};
` }] }],
    },
    {
      name: 'a Serverless service beside a netlify.toml: its config says Lambda',
      code: ENV_KEYS_V2,
      filename: join(hosts, 'service/handler.js'),
      errors: [{ messageId: 'staticCredentials', data: { target: 'AWS.S3' }, line: 2, column: 25, endLine: 2, endColumn: 125, suggestions: [{ messageId: 'removeCredentials', output: `const AWS = require('aws-sdk');
const s3 = new AWS.S3({});
exports.handler = async (event) => ({ statusCode: 200, body: s3.getSignedUrl('putObject', { Bucket: 'u', Key: event.key }) });
` }] }],
    },
  ],
});
