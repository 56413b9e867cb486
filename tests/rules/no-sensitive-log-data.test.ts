import rule from '../../src/rules/no-sensitive-log-data.js';
import { join } from 'node:path';
import { cjsRuleTester, jsRuleTester, tsRuleTester } from '../rule-tester.js';
import { KEY_ID, SECRET } from '../utils/aws-credential-fixtures.js';
import { temporaryProject } from '../utils/temporary-project.js';

const POWERTOOLS = "import { Logger } from '@aws-lambda-powertools/logger';\nconst logger = new Logger();\n";
const PINO = "import pino from 'pino';\nconst log = pino();\n";

/** A handler whose statement sits on the line after the prelude (line 3 with a two-line prelude). */
function inHandler(prelude: string, statement: string): string {
  return `${prelude}export const handler = async (event: any) => {\n  ${statement}\n};`;
}

function error(
  messageId: 'wholeEvent' | 'eventPart' | 'processEnv' | 'sensitiveName',
  data: Record<string, string>,
  line: number,
  column: number,
  endColumn: number,
) {
  return { messageId, data, line, column, endLine: line, endColumn, suggestions: [] };
}

const DEFAULT_WRITER = 'to console.log, its default logger';
const LOGGER_FUNCTION = 'through its logger function';

/** middy's input-output logger reported at its callee. */
function ioError(writer: string, line: number, column: number, endColumn: number) {
  return { messageId: 'inputOutputLogger' as const, data: { writer }, line, column, endLine: line, endColumn, suggestions: [] };
}

tsRuleTester.run('no-sensitive-log-data', rule, {
  valid: [
    {
      name: 'logEvent: true in options changed after the literal (turned off, directly or in the constant spread in): what the call reads is not what the literal says',
      code: `import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
const options = { logEvent: true };
options.logEvent = process.env.STAGE === 'dev';
const DEBUG = { logEvent: true };
Object.assign(DEBUG, { logEvent: false });
export const handler = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, options));
export const other = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, { ...DEBUG }));
`,
    },
    {
      name: 'a method of an object literal given only fields of the event, and one of an object that is reassigned',
      code: `const utils = { log(data: object) { console.log(JSON.stringify(data)); } };
let other = { log(data: object) { console.log(JSON.stringify(data)); } };
other = { log() {} };
export const handler = async (event: { headers: Record<string, string>; path: string }) => {
  utils.log({ path: event.path });
  other.log({ headers: event.headers });
};`,
    },
    {
      name: "a middy middleware of the file that logs fields of the request's event, and one of another module",
      code: `import middy, { type MiddlewareObj } from '@middy/core';
import { audit } from './audit';
const logRequest = (): MiddlewareObj => ({
  before: async (request) => {
    console.log(JSON.stringify({ path: request.event.path, id: request.context.awsRequestId }));
  },
});
const base = async (event: { path: string }) => ({ statusCode: 200, body: event.path });
export const handler = middy(base).use(logRequest()).use(audit());`,
    },
    {
      name: 'a log call under a name bound to a local-run test (serverless-offline), or to an alias of one',
      code: `const isLocal = process.env.IS_OFFLINE === 'true';
const offline = isLocal;
export const handler = async (event: { body: string }) => {
  if (isLocal) console.log(event);
  if (offline && event.body) console.log(JSON.stringify({ body: event.body }));
};`,
    },
    {
      name: "the rest of an event typed with aws-lambda once its type's sensitive parts are picked out (REST API, HTTP API, ALB, SQS, EventBridge), and a copy with them replaced",
      code: `import type { APIGatewayProxyEvent, APIGatewayProxyEventV2, ALBEvent, SQSEvent, EventBridgeEvent } from 'aws-lambda';
export const handler = async (event: APIGatewayProxyEvent) => {
  const { headers, multiValueHeaders, body, requestContext, ...rest } = event;
  console.log(JSON.stringify(rest));
  console.log(JSON.stringify({ ...event, headers: '[R]', multiValueHeaders: '[R]', body: '[R]', requestContext: '[R]' }));
  return { statusCode: 200, body: '' };
};
export const v2 = async (event: APIGatewayProxyEventV2) => {
  const { headers, body, cookies, requestContext, ...rest } = event;
  console.log(JSON.stringify(rest));
};
export const alb = async (event: ALBEvent) => {
  const { headers, multiValueHeaders, body, ...rest } = event;
  console.log(JSON.stringify(rest));
};
export const sqs = async (event: SQSEvent) => {
  const { Records, ...rest } = event;
  console.log(JSON.stringify(rest));
};
export const bus = async (event: EventBridgeEvent<'OrderPlaced', { card: string }>) => {
  const { detail, ...envelope } = event;
  console.log(JSON.stringify({ envelope }));
};`,
    },
    {
      name: "another platform's function named handler (Express's Handler, Azure Functions, Vercel) is no Lambda handler",
      code: `import type { Handler } from 'express';
import type { HttpRequest, InvocationContext } from '@azure/functions';
import type { VercelRequest, VercelResponse } from '@vercel/node';
export const handler: Handler = async (req, _res, next) => {
  console.log(req.body);
  next();
};
export async function azure(request: HttpRequest, context: InvocationContext) {
  console.log(request.headers);
  return { body: 'ok' };
}
export const vercel = async (req: VercelRequest, res: VercelResponse) => {
  console.log(req.body);
  res.end();
};`,
      settings: { 'lambda-guard': { handlerNames: ['azure', 'vercel'] } },
    },
    {
      name: 'POWERTOOLS_LOGGER_LOG_EVENT made text from a name (any value), from a test decided where it is written, or another key made text from a test',
      code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const scope: any;
declare const verbose: boolean;
declare const stage: string;
new lambda.Function(scope, 'Fn', {
  environment: { POWERTOOLS_LOGGER_LOG_EVENT: String(verbose), DEBUG: String(stage === 'dev') },
} as any);
new lambda.Function(scope, 'Prod', {
  environment: { POWERTOOLS_LOGGER_LOG_EVENT: String('prod' === 'dev'), POWERTOOLS_DEV: \`\${!verbose}\` },
} as any);`,
    },
    {
      name: 'a secret header masked with replace (a replacement that writes something) is a redacted form',
      code: `export const handler = async (event: { headers: Record<string, string> }) => {
  console.log('m', event.headers.authorization.replace(/.(?=.{4})/g, '*'));
  const maskedAuth = event.headers.authorization.replaceAll(/[A-Za-z0-9]/g, 'x');
  console.log({ maskedAuth, redacted: event.headers.authorization.replace(/.+/, '[REDACTED]') });
};`,
    },
    {
      name: 'a header that names no secret, trimmed, is no secret either',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = async (event: { headers: Record<string, string | undefined> }) => {
  const requestId = event.headers['x-request-id']?.trim();
  logger.info('request', { requestId, origin: event.headers.origin?.replace('https://', '') });
};`,
    },
    {
      name: "a value named for the kind of secret (authorizationType, tokenKind, authorizationScheme) decides over the key it is logged under",
      code: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = async (event: { authType: string; kind: string }) => {
  const authorizationType = event.authType;
  const tokenKind = event.kind;
  const authorizationScheme = 'Bearer';
  logger.info('auth', { authorization: authorizationType, token: tokenKind, secret: authorizationScheme });
};`,
    },
    {
      name: 'quiet: values read by get with keys that name no secret, a path, a pagination token, a key not written in place',
      code: `export const handler = async (event: { body: string }) => {
  const form = new URLSearchParams(event.body);
  const cache = new Map<string, string>();
  const key = 'password';
  console.log(JSON.stringify({ user: form.get('user_name'), page: cache.get('nextToken'), path: cache.get('/oauth/token'), other: cache.get(key) }));
};`,
    },
    {
      name: 'quiet: a query string parsed by URLSearchParams, a field picked from a form body, a URLSearchParams of the files own',
      code: `class URLSearchParams { constructor(readonly text: string) {} }
export const handler = async (event: { body: string; rawQueryString: string }) => {
  console.log(new globalThis.URLSearchParams(event.rawQueryString));
  const form = new globalThis.URLSearchParams(event.body);
  console.log(JSON.stringify({ user: form.get('user_name') }));
  console.log(new URLSearchParams(event.body));
};`,
    },
    {
      name: 'an execution token, a workflow or durable execution handle, under its own name or an alias',
      code: inHandler('', "const token: string = event.executionToken;\n  console.log(`Initializing webhook processing with token: ${token}`);\n  console.log(JSON.stringify({ executionToken: event.executionToken }));"),
    },
    {
      name: 'quiet: a Lambda@Edge function logs the uri and one header value it picked, and a queue record whole is not a CloudFront request',
      code: `import type { CloudFrontRequestEvent, SQSEvent } from 'aws-lambda';
export const handler = async (event: CloudFrontRequestEvent) => {
  const request = event.Records[0].cf.request;
  console.log(JSON.stringify({ uri: request.uri, host: request.headers.host[0].value }));
  return request;
};
export const consume = async (event: SQSEvent) => {
  console.log(JSON.stringify({ id: event.Records[0].messageId }));
};`,
    },
    {
      name: 'quiet: a form body parsed with qs, only a field picked from it is logged; a parse of the file is not the modules',
      code: `import qs from 'qs';
const local = { parse: (text: string) => text.length };
export const handler = async (event: { body: string }) => {
  const { command } = qs.parse(event.body);
  console.log(JSON.stringify({ command, size: local.parse(event.body) }));
  return { statusCode: 200 };
};`,
    },
    {
      name: 'CJS, quiet: a parameter written over in a loop around the log, or in a nested function, is unknown there',
      code: `exports.handler = async (event) => {
  for (const key of ['a', 'b']) {
    console.log(event);
    event = event[key];
  }
  setTimeout(() => { event = event.headers; }, 0);
  console.log(event);
};`,
    },
    {
      name: 'quiet: the event or a local declared as the event, replaced with picked fields before every log of it (in sequence, or inside the branch that logs)',
      code: `export const handler = async (event: any) => {
  let payload = event;
  payload = { id: payload.id, kind: payload.kind };
  console.log('payload', payload);
  if (event.detail) {
    event = { id: event.id };
    console.log(event);
  }
};`,
    },
    {
      name: 'quiet: the text filled in later is written from picked fields of the event, not from a sensitive part',
      code: `export const handler = async (event: { path: string; httpMethod: string; body: string }) => {
  let summary = '';
  summary = JSON.stringify({ path: event.path, method: event.httpMethod });
  console.log(summary);
  return { statusCode: 200 };
};`,
    },
    {
      name: 'quiet: an object in a template literal prints as [object Object]: no credential reaches the log',
      code: `import { STSClient, AssumeRoleCommand } from '@aws-sdk/client-sts';

const sts = new STSClient({});

export const handler = async () => {
  const assumed = await sts.send(new AssumeRoleCommand({ RoleArn: process.env.ROLE_ARN, RoleSessionName: 'reporting' }));
  console.log(\`AssumeRole finished: \${assumed}\`);
  return { statusCode: 200 };
};`,
    },
    {
      name: 'a ClientRequestToken alias handed on to a class method parameter named token is that version',
      code: `class Rotator {
  async finishSecret(arn: string, token: string): Promise<void> {
    console.log(\`Marked version \${token} of \${arn} as AWSCURRENT\`);
  }
}

export async function handler(event: { SecretId: string; ClientRequestToken: string; Step: string }) {
  const rotator = new Rotator();
  const { SecretId: arn, ClientRequestToken: token } = event;
  await rotator.finishSecret(arn, token);
}`,
    },
    {
      name: 'a token-named value logged in the branch that tests it is an Error is that Error',
      code: `import type { APIGatewayTokenAuthorizerEvent } from 'aws-lambda';

function extractBearerToken(header: string | undefined): string | Error {
  if (typeof header !== 'string') return new Error('Authorization token is missing');
  return header.replace(/^Bearer /, '');
}

export const handler = async (event: APIGatewayTokenAuthorizerEvent) => {
  const extractedToken = extractBearerToken(event.authorizationToken);
  if (extractedToken instanceof Error) {
    console.error({ message: 'Bearer token extraction failed', error: extractedToken });
    return { principalId: 'none' };
  }
  return { principalId: 'user' };
};`,
    },
    {
      name: 'a rotation function logs the rotation event Token (the version it makes) and the helper parameter it is handed',
      code: `import { SecretsManagerClient, PutSecretValueCommand } from '@aws-sdk/client-secrets-manager';

const client = new SecretsManagerClient({});

interface RotationEvent {
  SecretId: string;
  Token: string;
  Step: 'createSecret' | 'setSecret' | 'testSecret' | 'finishSecret';
}

export const handler = async (event: RotationEvent): Promise<void> => {
  const { SecretId, Token, Step } = event;
  console.log(JSON.stringify({ msg: 'rotation step', Step, SecretId, version: Token }));
  if (Step === 'createSecret') await createSecret(SecretId, Token);
};

async function createSecret(secretId: string, token: string): Promise<void> {
  await client.send(new PutSecretValueCommand({ SecretId: secretId, ClientRequestToken: token, SecretString: '{}' }));
  console.log(JSON.stringify({ msg: 'pending version created', secretId, version: token }));
}`,
    },
    {
      name: 'a schedule told by the handler type (ScheduledHandler, EventBridgeHandler of Scheduled Event) and the CDK global OnEventRequest',
      code: `import type { EventBridgeHandler, ScheduledHandler } from 'aws-lambda';
import { logger } from './logger';
import { resetQuotas } from './quotas';
export const resetQuotasHandler: EventBridgeHandler<'Scheduled Event', Record<string, never>, void> = async (event) => {
  logger.info('quota reset started', { input: event });
  await resetQuotas();
};
export const handler: ScheduledHandler = async (event) => {
  logger.info('nightly job started', { input: event, at: event.time });
  await resetQuotas();
};
export async function onEvent(event: AWSCDKAsyncCustomResource.OnEventRequest) {
  console.log(JSON.stringify(event));
  return { PhysicalResourceId: 'x' };
}`,
    },
    {
      name: 'CDK provider framework events (CdkCustomResourceEvent, CdkCustomResourceIsCompleteEvent) carry no presigned URL',
      code: `import type { CdkCustomResourceEvent, CdkCustomResourceIsCompleteEvent } from 'aws-lambda';
export async function onEvent(event: CdkCustomResourceEvent) {
  console.log(JSON.stringify(event));
  return { PhysicalResourceId: event.LogicalResourceId };
}
export async function isComplete(event: CdkCustomResourceIsCompleteEvent) {
  console.log(JSON.stringify({ message: 'is complete?', event }));
  return { IsComplete: true };
}`,
    },
    {
      name: "a Secrets Manager rotation event (typed, or by the handler's type) holds the secret's ARN, a version id and the step, no secret",
      code: `import type { SecretsManagerRotationEvent, SecretsManagerRotationHandler } from 'aws-lambda';
import { SecretsManagerClient, DescribeSecretCommand } from '@aws-sdk/client-secrets-manager';
const sm = new SecretsManagerClient({});
export async function handler(event: SecretsManagerRotationEvent): Promise<void> {
  console.log(JSON.stringify({ message: 'Rotation event', event }));
  await sm.send(new DescribeSecretCommand({ SecretId: event.SecretId }));
}
export const lambdaHandler: SecretsManagerRotationHandler = async (event) => {
  console.log(JSON.stringify(event));
};`,
    },
    {
      name: 'a ScheduledEvent read only for its envelope and logged through a logger level method',
      code: `import type { Context, ScheduledEvent } from 'aws-lambda';
import { loggerProvider } from './logging';
export async function handler(event: ScheduledEvent, context: Context) {
  const logger = await loggerProvider.get(context.awsRequestId);
  logger.debug(event);
  logger.info({ message: 'tick', at: event.time, rule: event.resources[0] });
}`,
    },
    {
      name: "a schedule's event in a union with the module's own types for local runs (an interface, an object alias, a literal, undefined)",
      code: `import type { EventBridgeEvent, ScheduledEvent } from 'aws-lambda';
interface LocalTestEvent { dryRun?: boolean; note: string }
type ManualRun = { manual: true };
export const handler = async (event: ScheduledEvent | LocalTestEvent) => {
  console.log('cron event', JSON.stringify(event));
};
export const nightly = async (event: EventBridgeEvent<'Scheduled Event', unknown> | ManualRun | { at: string } | undefined) => {
  console.log(event);
};`,
    },
    {
      name: 'a union schedule handler in CommonJS JavaScript with JSDoc stays as other JavaScript handlers (no type to read)',
      code: `/** @param {import('aws-lambda').ScheduledEvent | { local: true }} event */
exports.handler = async (event) => {
  console.log(event.time);
};`,
    },
    {
      name: 'an event typed by the project as booleans and numbers only (a Step Functions task input; the type named as the parameter) holds no text to hide a secret in',
      code: `type event = { operationSuccessful: Boolean };
export const handler = async (event: event) => {
  console.log(event);
};`,
    },
    {
      name: 'an interface of numbers and boolean or number literal types, and a type literal written in place',
      code: `export interface Counts { processed: number; failed: 0 | 1; done: true | false }
export const handler = async (input: Counts) => {
  console.log(JSON.stringify(input));
};
export const lambdaHandler = async (check: { healthy: boolean }) => {
  console.log('probe', check);
};`,
    },
    {
      name: 'logEvent: true on the middleware or decorator of a handler whose event is a schedule (EventBridge writes all of it)',
      code: `import middy from '@middy/core';
import type { EventBridgeEvent, ScheduledEvent } from 'aws-lambda';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
const lambdaHandler = async (_event: EventBridgeEvent<'Scheduled Event', {}>): Promise<void> => {
  logger.info('generating traffic');
};
export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { logEvent: true }));
class Nightly {
  @logger.injectLambdaContext({ logEvent: true })
  public async handler(_event: ScheduledEvent): Promise<void> {}
}
const nightly = new Nightly();
export const nightlyHandler = nightly.handler.bind(nightly);`,
    },
    {
      name: 'a schedule event (ScheduledEvent, EventBridgeEvent of detail type Scheduled Event) logged whole holds nothing a caller sent; SES DKIM tokens and a Service Catalog share token are public ids',
      code: `import type { Context, EventBridgeEvent, ScheduledEvent } from 'aws-lambda';
import { SESClient, VerifyDomainDkimCommand } from '@aws-sdk/client-ses';
const ses = new SESClient({});
export const handler = async (event: ScheduledEvent, context: Context) => {
  console.log(JSON.stringify({ message: 'cron triggered', event }));
  const { DkimTokens: dkimTokens } = await ses.send(new VerifyDomainDkimCommand({ Domain: 'example.org' }));
  console.log(JSON.stringify({ message: 'publish', dkimTokens, portfolioShareToken: context.awsRequestId }));
  return { requestId: context.awsRequestId };
};
export const lambdaHandler = async (event: EventBridgeEvent<'Scheduled Event', Record<string, never>>) => {
  console.log(JSON.stringify(event));
};`,
    },
    {
      name: 'a factory declared to return something other than a handler type makes no handler: what its function logs is not an event',
      code: `export function makeWorker(): (job: unknown) => Promise<void> {
  return async (job) => {
    console.log(JSON.stringify(job));
  };
}`,
    },
    {
      name: 'POWERTOOLS_LOGGER_LOG_EVENT set through a run-time choice with no true branch, or one not read statically',
      code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const scope: any;
declare const logEvent: boolean;
new lambda.Function(scope, 'Fn', {
  environment: { POWERTOOLS_LOGGER_LOG_EVENT: logEvent ? 'false' : 'off', TABLE: 'orders' },
} as any);
new lambda.Function(scope, 'Fn2', { environment: { POWERTOOLS_LOGGER_LOG_EVENT: logEvent ? String(logEvent) : 'false' } });`,
    },
    {
      name: 'POWERTOOLS_LOGGER_LOG_EVENT through a default or a name with no true value, a reassigned name, or an unknown',
      code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const scope: any;
declare const props: { logEvent?: string; debug: boolean };
let later = props.debug ? 'true' : 'false';
later = 'false';
new lambda.Function(scope, 'A', {
  environment: {
    POWERTOOLS_LOGGER_LOG_EVENT: props.logEvent ?? 'false',
    OTHER: props.logEvent ?? 'true',
  },
} as any);
new lambda.Function(scope, 'B', { environment: { POWERTOOLS_LOGGER_LOG_EVENT: later } } as any);
new lambda.Function(scope, 'C', { environment: { POWERTOOLS_LOGGER_LOG_EVENT: process.env.X || props.logEvent } } as any);`,
    },
    {
      name: "a factory's function taking an aws-lambda event with no Context, aws-lambda return or factory type; a helper that returns text: not handlers",
      code: `import type { APIGatewayProxyEvent } from 'aws-lambda';
export const makeRoute = (table: string) => async (event: APIGatewayProxyEvent) => {
  console.log(JSON.stringify(event));
  return { statusCode: 200, body: table };
};
export function describeRequest(prefix: string) {
  return (event: APIGatewayProxyEvent): string => \`\${prefix}\${JSON.stringify(event)}\`;
}`,
    },
    {
      name: "beside an @pulumi/aws import, the project's own event type (named …Handler too) and a resource type are no evidence",
      code: `import * as aws from '@pulumi/aws';
interface CreateMessageEvent { subject: string; token: string }
export const createMessageHandler = async (event: CreateMessageEvent) => {
  console.log(JSON.stringify(event));
};
export const onBucket = async (bucket: aws.s3.Bucket) => {
  console.log(bucket);
};`,
    },
    {
      name: "Powertools parser: a schema of the project's own module, and the handler declares the project's type for what it gets (Powertools' docs example)",
      code: `import type { LambdaInterface } from '@aws-lambda-powertools/commons/types';
import { Logger } from '@aws-lambda-powertools/logger';
import { parser } from '@aws-lambda-powertools/parser';
import type { Context } from 'aws-lambda';
import { type Order, orderSchema } from './schema.js';

const logger = new Logger();

class Lambda implements LambdaInterface {
  @parser({ schema: orderSchema })
  public async handler(event: Order, _context: Context): Promise<number> {
    logger.info('Processing event', { event });

    // ... business logic
    return event.id;
  }
}

const myFunction = new Lambda();
export const handler = myFunction.handler.bind(myFunction);
`,
    },
    {
      name: 'Powertools parser: nested objects, arrays, enums and unions of harmless types, strict',
      code: `import middy from '@middy/core';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { z } from 'zod';
const item = z.object({ sku: z.string(), quantity: z.number().int().positive() });
const order = z
  .object({
    id: z.string().uuid(),
    status: z.enum(['NEW', 'PAID']),
    items: z.array(item).min(1),
    note: z.union([z.string(), z.null()]).optional(),
  })
  .strict();
export const handler = middy(async (event: z.infer<typeof order>) => {
  console.log(JSON.stringify({ message: 'order', event }));
}).use(parser({ schema: order }));`,
    },
    {
      name: "Powertools parser: what a zod object of the file with harmless keys parsed is a payload, not the event (decorator; middy with an envelope)",
      code: `import type { LambdaInterface } from '@aws-lambda-powertools/commons/types';
import { Logger } from '@aws-lambda-powertools/logger';
import { parser } from '@aws-lambda-powertools/parser';
import { parser as parserMiddleware } from '@aws-lambda-powertools/parser/middleware';
import { ApiGatewayEnvelope } from '@aws-lambda-powertools/parser/envelopes';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { z } from 'zod';
import { paymentSchema } from './schemas';

const orderSchema = z.object({ id: z.number(), description: z.string() });
const logger = new Logger();

class Orders implements LambdaInterface {
  @parser({ schema: orderSchema })
  public async handler(event: z.infer<typeof orderSchema>, _context: Context): Promise<number> {
    logger.info('Processing order', { event });
    return event.id;
  }
}
const orders = new Orders();
export const handler = orders.handler.bind(orders);

export const lambdaHandler = middy(async (event: unknown) => {
  logger.info('Processing body', { event });
}).use(parserMiddleware({ schema: orderSchema, envelope: ApiGatewayEnvelope }));
`,
    },
    {
      name: 'serverless-http hooks: the event parts a reviewer accepts; an option that is not a hook',
      code: `import serverless from 'serverless-http';
import express from 'express';
const app = express();
export const handler = serverless(app, {
  request: (request: any, event: any) => {
    console.log(JSON.stringify({ path: event.path, method: event.httpMethod }));
    return request;
  },
});
export const lambdaHandler = serverless(app, { binary: (headers: any, event: any) => console.log(event.headers) });`,
    },
    {
      name: "serverless-http hooks: another adapter's options are not serverless-http's hooks",
      code: `import { handle } from 'hono/aws-lambda';
import { Hono } from 'hono';
const app = new Hono();
export const handler = handle(app, { request: (request: any, event: any) => console.log(event.headers) });`,
    },
    {
      name: "Pulumi: route eventHandlers that are not inline Lambda code (a Function resource, @pulumi/aws-apigateway's RestAPI, which takes only one, another module's routes, a plain object, a spread after the key)",
      code: `import * as aws from '@pulumi/aws';
import * as awsx from '@pulumi/awsx';
import * as apigateway from '@pulumi/aws-apigateway';
import { Router } from './router';
const fn = new aws.lambda.Function('fn', { role: 'arn', handler: 'index.handler', runtime: 'nodejs20.x' });
new awsx.apigateway.API('api', {
  routes: [{ path: '/', method: 'GET', eventHandler: fn }],
});
new apigateway.RestAPI('rest', {
  routes: [{ path: '/', method: 'GET', eventHandler: async (event) => { console.log('event ' + JSON.stringify(event)); } }],
});
new Router('r', { routes: [{ path: '/', eventHandler: async (event) => console.log('event ' + event) }] });
const listeners = { eventHandler: async (event) => console.log('event ' + event) };
new awsx.apigateway.API('spread', {
  routes: [{ path: '/', method: 'GET', eventHandler: async (event) => console.log('event ' + event), ...listeners }],
});`,
    },
    {
      name: 'Pulumi: loggers the program creates at deploy time with data for every line are not Lambda loggers',
      code: `import * as aws from '@pulumi/aws';
import pino from 'pino';
import winston from 'winston';
import { Logger } from '@aws-lambda-powertools/logger';
const deployLog = pino({ base: { env: process.env } });
const audit = winston.createLogger({ defaultMeta: { env: process.env } });
const tracer = new Logger({ persistentKeys: { env: process.env } });
deployLog.info('deploying');
const bucket = new aws.s3.Bucket('b');
bucket.onObjectCreated('created', async (e) => {
  console.log(JSON.stringify({ key: e.Records?.[0]?.s3.object.key }));
});`,
    },
    {
      name: 'Pulumi: no inline handler without @pulumi/aws (CallbackFunction of another module, a subscription on another object or a resource looked up); deploy-time logs',
      code: `import * as aws from '@pulumi/aws';
import { CallbackFunction } from './fake';
import { emitter } from './events';
console.log(\`Deploying \${aws.config.region}\`);
new CallbackFunction('cb', { callback: async (event) => console.log(event) });
emitter.onEvent('x', async (event) => console.log(event));
const topic = aws.sns.Topic.get('t', 'arn');
topic.onEvent('y', async (event) => console.log(event));`,
    },
    {
      name: 'input-output logger: omitPaths with paths (or not read), a replacer, options not read, a logger not read, disabled, picking fields, redacting, deleting, handing off, or a console method that prints a table',
      code: `import middy from '@middy/core';
import inputOutputLogger from '@middy/input-output-logger';
import { Logger } from '@aws-lambda-powertools/logger';
import { ioLog } from './log';
import { redact } from './redact';
import { OMIT, options } from './io-options';
const logger = new Logger();
const lambdaHandler = async (event: any) => ({ statusCode: 200 });
export const handler = middy(lambdaHandler)
  .use(inputOutputLogger({ omitPaths: ['event.headers', 'event.body', 'response.body'] }))
  .use(inputOutputLogger({ omitPaths: OMIT, logger: (request) => logger.info('request', { request }) }))
  .use(inputOutputLogger({ replacer: (key: string, value: unknown) => (key === 'headers' ? undefined : value) }))
  .use(inputOutputLogger({ ...options }))
  .use(inputOutputLogger(options))
  .use(inputOutputLogger({ logger: ioLog }))
  .use(inputOutputLogger({ logger: false }))
  .use(inputOutputLogger({ logger: (message: any) => logger.info('io', { path: message.event?.path, status: message.response?.statusCode }) }))
  .use(inputOutputLogger({ logger: (message) => logger.info('io', redact(message)) }))
  .use(inputOutputLogger({ logger: (message: any) => { delete message.event?.headers; logger.info('io', { message }); } }))
  .use(inputOutputLogger({ logger: (message) => send(message) }))
  .use(inputOutputLogger({ logger: console.table }));
declare function send(message: unknown): void;`,
    },
    {
      name: 'input-output logger: outside a handler module, not in a middy chain, unused, or a look-alike from another module',
      code: `import middy from '@middy/core';
import inputOutputLogger from '@middy/input-output-logger';
import { inputOutputLogger as lookalike } from './io';
import { apply } from './apply';
export const withIo = (wrapped: ReturnType<typeof middy>) => wrapped.use(inputOutputLogger());
apply(inputOutputLogger());
const unused = inputOutputLogger();
export const handler = middy(async (event: any) => ({ statusCode: 200 })).use(lookalike());`,
    },
    {
      name: 'input-output logger for events that carry no caller request (a schedule, a queue even beside an HTTP middleware), the project\'s own event type, an untyped or imported function with no HTTP middleware',
      code: `import type { EventBridgeEvent, SQSEvent } from 'aws-lambda';
import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
import inputOutputLogger from '@middy/input-output-logger';
import { Logger } from '@aws-lambda-powertools/logger';
import { run } from './run';
const logger = new Logger();
const onSchedule = async (event: EventBridgeEvent<string, string>): Promise<void> => {
  logger.info('triggered');
};
export const handler = middy(onSchedule).use(
  inputOutputLogger({ logger: (request) => logger.info('inputOutputLogger request', { request }) }),
);
export const consumer = middy(async (event: SQSEvent) => {}).use(httpErrorHandler()).use(inputOutputLogger());
export const direct = middy(async (event: { ids: string[] }) => ({ count: event.ids.length })).use(inputOutputLogger());
export const untyped = middy(async (event) => run(event)).use(inputOutputLogger());
export const imported = middy(run).use(inputOutputLogger());`,
    },
    {
      name: "input-output logger in a module of middleware applicators that exports no handler",
      code: `import middy from '@middy/core';
import inputOutputLogger from '@middy/input-output-logger';
export const withLogging = (wrapped: ReturnType<typeof middy>) => wrapped.use(inputOutputLogger());`,
    },
    {
      name: 'a factory returning a middy chain that no export of the file calls, and a handler made by an imported factory: nothing to follow',
      code: `import type { APIGatewayProxyEvent } from 'aws-lambda';
import middy from '@middy/core';
import { makeHandler } from './factory';
export const newHandler = (deps: { table: string }) =>
  middy(async (event: APIGatewayProxyEvent) => {
    console.log(JSON.stringify(event));
    return { statusCode: 200, body: deps.table };
  });
export const handler = makeHandler({ table: 't' });`,
    },
    {
      name: 'an export of another name behind a wrapper that is not middy, its function untyped: not a handler',
      code: `import { wrapApi } from '@libs/lambda';
const hello = async (event) => {
  console.log(event);
};
export const main = wrapApi(hello);`,
    },
    {
      name: "a value whose own name says it is no secret, logged under a secret's key (pagination and task tokens, an ARN, a key's id)",
      code: inHandler(
        '',
        "const { nextToken, taskToken, secretArn } = event;\n  console.log(JSON.stringify({ token: nextToken, task: { token: taskToken }, secret: secretArn, apiKey: event.apiKeyId }));",
      ),
    },
    {
      name: "a lock's fencing number and other cursors named `…Token` are not secrets",
      code: `declare function acquireLock(id: string): Promise<{ acquired: boolean; fencingToken: number }>;
export const handler = async (event: any) => {
  const lock = await acquireLock(event.pathParameters.id);
  const fencingToken = lock.fencingToken;
  const { continueToken, cursorToken } = event.queryStringParameters;
  console.log(JSON.stringify({ message: 'lock acquired', fencingToken, token: lock.fencingToken, continueToken, cursorToken }));
};`,
    },
    {
      name: "WAFv2's optimistic-locking `LockToken` in logged parameters, and a lock token under a generic name",
      code: `import { WAFV2 } from 'aws-sdk';
const waf = new WAFV2();
export async function updateIPSet(id: string, name: string, addresses: string[]) {
  const { LockToken } = await waf.getIPSet({ Id: id, Name: name, Scope: 'CLOUDFRONT' }).promise();
  const params = { Id: id, Name: name, Scope: 'CLOUDFRONT', Addresses: addresses, LockToken: LockToken! };
  const response = await waf.updateIPSet(params).promise();
  console.debug('updateIPSet:', { params, response, token: LockToken });
  return response;
}
export const handler = async (event: { Id: string; Name: string }) => updateIPSet(event.Id, event.Name, []);`,
    },
    {
      name: "a secret's key destructured under a name that says something else about it (a flag, a measure, a type)",
      code: inHandler(
        '',
        'const { secret: isSecret, password: passwordLength, token: tokenType, authorization: authorizationPresent } = event;\n  console.log(isSecret, passwordLength, tokenType, authorizationPresent);',
      ),
    },
    {
      name: 'a factory that may return something else than a logger, or a promise of one, makes no known logger',
      code: `import pino from 'pino';
import { Logger } from '@aws-lambda-powertools/logger';
declare const audit: { info(...args: unknown[]): void };
function pick(debug: boolean) { if (debug) return pino(); return audit; }
async function later() { return new Logger(); }
const first = pick(false);
export const handler = async (event: any) => {
  first.info({ event });
  later().then((second) => second.info('x', { event }));
};`,
    },
    {
      name: "helpers handed an object printed as text, plain values, a copy they pick from; the handler's own call",
      code: `const log = (msg: string, data: unknown) => console.log(\`\${msg}: \${data}\`);
const note = (...args: unknown[]) => console.log(...args);
const logId = (entry: any) => console.log(entry.id);
export const handler = async (event: any, context: any) => {
  log('got', { event });
  note('count', 1, { id: event.id });
  logId({ ...event });
  console.log(context.functionName, context);
};
handler({}, { apiKey: 'local' });`,
    },
    {
      name: 'a variable given a logger lazily and something else later is no known logger',
      code: `import pino from 'pino';
let sink;
sink ??= pino();
sink = makeSink();
export const handler = async (event: any) => {
  sink.info({ event });
};`,
    },
    {
      name: "POWERTOOLS_LOGGER_LOG_EVENT set on an object of the file named process or env (not Node's process)",
      code: "const process = { env: {} as Record<string, string> };\nprocess.env.POWERTOOLS_LOGGER_LOG_EVENT = 'true';\nfunction configure(env: Record<string, string>) { env.POWERTOOLS_LOGGER_LOG_EVENT = 'true'; }",
    },
    {
      name: 'the event rewritten before the log, in a loop holding the log, or in a nested function (and a log in one)',
      code: `export const handler = async (event: any, context: any) => {
  event = normalise(event);
  console.log(event);
};
export const loop = async (event: any) => {
  for (let turn = 0; turn < 3; turn++) {
    console.log(event.headers);
    event = next(event);
  }
};
export const nested = async (event: any) => {
  console.log(event.body);
  const reset = () => { event = {}; };
  reset();
};
export const later = async (event: any) => {
  const show = () => console.log(event);
  event = {};
  show();
};
declare function normalise(value: unknown): any;
declare function next(value: unknown): any;`,
    },
    {
      name: "a helper's bare token parameter that every call hands an idempotency token (Secrets Manager rotation)",
      code: `async function finishSecret(secretId: string, token: string) {
  console.log(JSON.stringify({ message: 'promoted', secretId, token }));
}
export async function handler(event: { SecretId: string; ClientRequestToken: string }) {
  const { SecretId, ClientRequestToken } = event;
  await finishSecret(SecretId, ClientRequestToken);
}`,
    },
    {
      name: 'locals written later: logged before the assignment, built by +=, a loop variable, a picked field, overwritten',
      code: `export const handler = async (event: any) => {
  let headers;
  headers = event.headers;
  headers = { agent: headers['user-agent'] };
  console.log(JSON.stringify({ headers }));
  let body = {};
  console.log(JSON.stringify({ before: body }));
  if (event.body) body = JSON.parse(event.body);
  let size = 0;
  size += event.body.length;
  let record;
  for (record of event.Records) {}
  let id = null;
  id = event.id;
  console.log(JSON.stringify({ size, record, id }));
};`,
    },
    {
      name: "the guard idiom `a && a.b`: `a` is the value only when falsy, so the event's part in it is never logged",
      code: `export const handler = async (event: any) => {
  const origin = (event.headers && (event.headers.origin || event.headers.Origin)) || undefined;
  const ua = event.headers && event.headers['user-agent'];
  console.log(JSON.stringify({ origin, ua, id: event.requestContext && event.requestContext.requestId }));
  console.log(event.headers && event.headers.origin ? 'cors' : 'same-origin');
};`,
    },
    {
      name: 'a module without a handler is not checked for log calls',
      code: 'export function debug(event: unknown) { console.log(event); }',
    },
    { name: 'empty file', code: '' },
    {
      name: 'picking fields is fine',
      code: inHandler(POWERTOOLS, "logger.info('request', { path: event.path, method: event.httpMethod });"),
    },
    { name: 'one harmless header', code: inHandler('', "console.log(event.headers['user-agent']);") },
    { name: 'the size of the body', code: inHandler(POWERTOOLS, "logger.info('body', { size: event.body.length });") },
    { name: 'a pagination token', code: inHandler(POWERTOOLS, "logger.info('page', { nextToken: event.nextToken });") },
    {
      name: "a helper's parameter, or a local, named for what of a token it is (its mint address, its symbol), handed event.token",
      code: `async function fetchPrice(tokenAddress: string): Promise<void> {
  console.log(JSON.stringify({ message: 'Fetching price', tokenAddress }));
}
export const handler = async (event: { token: string }) => {
  await fetchPrice(event.token);
  const tokenSymbol = event.token;
  console.log(JSON.stringify({ tokenSymbol }));
};`,
    },
    {
      name: 'a loop over a list of texts the file writes (ticker symbols) under a bare token',
      code: `const TOKENS = ['DROP', 'MEME', 'DOGE'];
export const handler = async () => {
  for (const token of TOKENS) console.log(JSON.stringify({ message: 'snapshot', token }));
  for (const token of ['ETH', 'BTC'] as const) console.log(JSON.stringify({ token }));
};`,
    },
    {
      name: "Apple's appAccountToken, a UUID the app ties a purchase to its user with",
      code: inHandler(POWERTOOLS, "logger.info('purchase', { appAccountToken: event.transaction.appAccountToken });"),
    },
    {
      name: "a name for where a secret is kept, bound to a variable whose own name says secret: the secret's name is logged",
      code: `const secret_name = process.env.TOKEN_SECRET;
const dbPasswordArn = process.env.DB_PASSWORD;
${inHandler('', "console.log(`Looking for allowed urls in secretsmanager:${secret_name}`);\n  console.log(JSON.stringify({ dbPasswordArn }));")}`,
    },
    {
      name: "a helper's parameter named for where a secret is kept, handed an environment variable: it holds the secret's name",
      code: `import { SSMClient, GetParameterCommand } from '@aws-sdk/client-ssm';
const ssm = new SSMClient({});
async function readParameter(tokenPath: string | undefined): Promise<string | undefined> {
  console.info('Reading parameter', { tokenPath });
  const { Parameter } = await ssm.send(new GetParameterCommand({ Name: tokenPath, WithDecryption: true }));
  return Parameter?.Value;
}
export const handler = async () => {
  const token = await readParameter(process.env.GITHUB_TOKEN);
  return { statusCode: token ? 200 : 500 };
};`,
    },
    {
      name: 'a Step Functions task token under a generic name: its own name, or the name of what it is bound to, says so',
      code: inHandler('', "const taskToken = event.token;\n  console.log('taskToken: ' + taskToken);\n  const body = JSON.parse(event.body);\n  const token = encodeURIComponent(body.TaskToken);\n  console.log('encoded: ' + token);"),
    },
    {
      name: 'an idempotency or pagination token destructured under a generic name: the property it came from says so',
      code: inHandler('', "const { ClientRequestToken: token, SecretId: id } = event;\n  console.log(JSON.stringify({ token, id }));\n  const page = ({ NextToken: token }) => console.log(JSON.stringify({ token }));\n  page(event);"),
    },
    {
      name: 'JSON.stringify with a replacer picks what is written, also inside a serialiser of the module',
      code: inHandler('', "const pick = (o) => JSON.stringify(o, ['id', 'type']);\n  console.log(JSON.stringify(event, ['id']), pick(event), JSON.stringify(event.headers, redact));"),
    },
    {
      name: 'an allow-list of harmless keys, an object part listed without its keys, a rest without the body; replacers that pick by key or mask by type',
      code: inHandler(
        '',
        `const { body, ...rest } = event;
  console.log(JSON.stringify(event, ['requestId', 'headers']), JSON.stringify({ headers: event.headers }, ['headers']));
  console.log(JSON.stringify(rest, ['body', 'requestContext']), JSON.stringify(event, [String(body)]));
  console.log(JSON.stringify(event, (key: string, value: unknown) => (key === 'authorization' ? '[hidden]' : value)));
  console.log(JSON.stringify(event, (key: string, value: unknown) => (typeof value === 'string' ? '***' : value)));`,
      ),
    },
    {
      name: 'a replacer that turns every value into text or a number writes no data of an object (`[object Object]`), nor does a local String',
      code: `import { String as mask } from './mask';
const String = mask;
export const handler = async (event: any) => {
  console.log(JSON.stringify(event, (key, value) => globalThis.String(value)));
  console.log(JSON.stringify(event, (key, value) => \`\${value}\`), JSON.stringify(event, (key, value) => Number(value)));
  console.log(JSON.stringify(event, (key, value) => value.toString()));
  console.log(JSON.stringify(event, (key, value) => (typeof value === 'string' ? String(value) : value)));
  console.log(JSON.stringify(event, (key, value) => (typeof value === 'object' ? \`\${value}\` : value)));
};`,
    },
    {
      name: "Architect's subscribe handlers get the published payload, not the event",
      code: "const arc = require('@architect/functions');\nexports.handler = arc.events.subscribe(async (payload) => { console.log(JSON.stringify(payload)); });",
    },
    {
      name: "an idempotency token (ClientRequestToken) in a request's parameters",
      code: inHandler(POWERTOOLS, "const request = { ClientRequestToken: event.id, MediaRegion: 'us-east-1' };\nlogger.info('creating', { request, clientRequestToken: request.ClientRequestToken });"),
    },
    {
      name: "the event spread with its sensitive parts replaced after it: an API event's, or a custom resource's ResponseURL",
      code: inHandler(
        '',
        "console.log(JSON.stringify({ msg: 'req', ...event, headers: '-', multiValueHeaders: '-', body: '-', cookies: '-', requestContext: '-' }));\n  console.log({ notice: 'custom resource', ...event, ResponseURL: '...' });",
      ),
    },
    {
      name: 'a flag about a token',
      code: inHandler(POWERTOOLS, "logger.info('auth', { hasToken: Boolean(event.token) });"),
    },
    {
      name: 'the name a token goes by (a cookie name), not the token',
      code: inHandler(POWERTOOLS, "const config = { cookie_name_access_token: 'authorizer_access' };\n  logger.info('cookie', { name: config.cookie_name_access_token });"),
    },
    {
      name: "a JWT's decoded claims (jwtDecode, jwt.decode, jwt.verify give the payload, without the signature)",
      code: `import { jwtDecode } from 'jwt-decode';\nimport jwt from 'jsonwebtoken';\n${inHandler(POWERTOOLS, "const decodedIdToken = jwtDecode(event.idToken);\n  logger.info('claims', { decodedIdToken });\n  console.log(JSON.stringify({ msg: 'claims', decodedIdToken }));\n  const decodedToken = jwt.decode(event.token);\n  const verifiedToken = await jwt.verify(event.token, 'k');\n  logger.info('jwt', { decodedToken, verifiedToken });\n  const updateParams = { xeroIdToken: decodedIdToken, session: 's' };\n  console.log('update', JSON.stringify(updateParams));")}`,
    },
    {
      name: "aws-jwt-verify's verify answers the token's claims (a verifier in place or bound once)",
      code: `import { CognitoJwtVerifier } from 'aws-jwt-verify';\nconst verifier = CognitoJwtVerifier.create({ userPoolId: 'p', tokenUse: 'id', clientId: 'c' });\n${inHandler(POWERTOOLS, "const verifiedToken = await CognitoJwtVerifier.create({ userPoolId: 'p', tokenUse: 'access', clientId: null }).verify(event.token);\n  logger.debug('Token is valid', { claims: verifiedToken });\n  const idToken = verifier.verifySync(event.idToken);\n  logger.info('id', { idToken });")}`,
    },
    {
      name: "Cognito's issueTokens flag of a define-auth-challenge response",
      code: inHandler(POWERTOOLS, "logger.info('challenge', { issueTokens: event.response.issueTokens });"),
    },
    { name: 'a count of tokens', code: inHandler(POWERTOOLS, "logger.info('usage', { tokenCount: event.tokens });") },
    {
      name: 'objects turned into text print [object Object]: the event, its headers, process.env in templates and +',
      code: inHandler(
        POWERTOOLS,
        "console.log('Event: ' + event);\n  logger.info(`headers ${event.headers} auth ${event.requestContext.authorizer}`);\n  console.log(`env ${process.env}`, String(event));",
      ),
    },
    {
      name: 'the value of something whose name is not a secret',
      code: inHandler('', 'console.log(secretName.value, config.value, input.string, nextToken.value);'),
    },
    {
      name: 'the name of a secret is not the secret',
      code: inHandler(POWERTOOLS, "logger.info('cfg', { secretArn: process.env.SECRET_ARN, tokenizer: 'bpe' });"),
    },
    { name: 'a redacted constant', code: inHandler(POWERTOOLS, "logger.info('auth', { token: '[redacted]' });") },
    { name: 'one environment variable', code: inHandler('', 'console.log(process.env.TABLE_NAME);') },
    {
      name: 'a masked value',
      code: inHandler(POWERTOOLS, "logger.info('auth', { token: mask(event.token) });\nfunction mask(v: string) { return v.slice(0, 4); }"),
    },
    {
      name: "another function's event parameter is not the handler's when the handler does not hand it over",
      code: `function describe(event: { type: string }) { console.log(event); }
export const handler = async (event: any) => { describe({ type: event.type }); };`,
    },
    {
      name: 'a reassigned event parameter is no longer the event',
      code: "export const handler = async (event: any) => {\n  event = { id: event.id };\n  console.log(event);\n};",
    },
    {
      name: 'option loggers: a path suffix does not match a package of that path',
      code: inHandler("import { write } from '@acme/utils/logger';\n", 'write(event.headers);'),
      options: [{ loggers: ['utils/logger'], sensitiveNames: [] }],
    },
    {
      name: "calls on a logger we cannot identify that are no level method, or on a receiver not named for logging",
      code: `import { logger, audit, metrics, logGroup, logLevel } from './lib';
export const handler = async (event: any) => {
  logGroup.info(event);
  logLevel.debug(event);
  audit.log(event);
  metrics.info(event);
  logger.logRequest('start', event);
  logger.info('x', { path: event.path });
  Math.log(event.count);
};`,
    },
    {
      name: 'logEvent: false',
      code: `import middy from '@middy/core';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
export const handler = middy(async () => ({})).use(injectLambdaContext(logger, { logEvent: false }));`,
    },
    {
      name: 'logEvent from configuration that is no test (a value read whole) is unknown',
      code: `import middy from '@middy/core';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
export const handler = middy(async () => ({})).use(injectLambdaContext(logger, { logEvent: config.logEvent }));
declare const config: { logEvent: boolean };`,
    },
    {
      name: 'objects nested deeper than the scan bound stay quiet (and do not crash)',
      code: inHandler('', `console.log(${'{ a: '.repeat(300)}event${' }'.repeat(300)});`),
    },
    {
      name: 'a long chain of aliases ends in unknown',
      code: inHandler(
        '',
        `const v0 = event.path;\n${Array.from({ length: 40 }, (_, i) => `  const v${i + 1} = v${i};`).join('\n')}\n  console.log(v40);`,
      ),
    },
    {
      name: 'logEventIfEnabled without forcing: the event is logged only when configured (a log call, not a value logged)',
      code: inHandler(POWERTOOLS, 'logger.logEventIfEnabled(event);'),
    },
    {
      name: "a unit test of Powertools' logEvent option is test code",
      code: `${POWERTOOLS}class Test {
  @logger.injectLambdaContext({ logEvent: true })
  async handler(event: unknown, _context: unknown) { return event; }
}
export const handler = new Test().handler;`,
      filename: 'packages/logger/tests/unit/logEvent.test.ts',
    },
    {
      name: "a test stack's environment under tests/ is test code",
      code: "export const environment = { POWERTOOLS_LOGGER_LOG_EVENT: 'true' };",
      filename: 'packages/idempotency/tests/helpers/resources.ts',
    },
    {
      name: "an end-to-end test's function code logging its synthetic event",
      code: inHandler(POWERTOOLS, "logger.info('received', { event });"),
      filename: 'packages/idempotency/tests/e2e/idempotentDecorator.test.FunctionCode.ts',
    },
    {
      name: 'a documentation snippet of the logEvent option of the logger (examples/snippets)',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger({ logEvent: true });
export const handler = async (event: unknown): Promise<void> => {
  logger.info('event', { event });
};`,
      filename: 'examples/snippets/logger/logEventManual.ts',
    },
    { name: 'POWERTOOLS_LOGGER_LOG_EVENT false', code: "const environment = { POWERTOOLS_LOGGER_LOG_EVENT: 'false' };" },
    {
      name: 'a limit on tokens is a number',
      code: inHandler(POWERTOOLS, "logger.info('model', { maxTokens: event.maxTokens, totalTokens: event.usage.totalTokens });"),
    },
    {
      name: "numbers about a language model's tokens: counted, estimated, priced, timed (the words say it is a number)",
      code: `export const handler = async (event: any) => {
  const estimatedTokens: number = Math.ceil(event.text.length / 4);
  const timeToFirstToken = Date.now() - event.start;
  const pricing = event.modelInfo.pricing as { perMillionTokens: number; pricePerMillionTokens?: number };
  const usage = event.usage;
  console.log(JSON.stringify({ estimatedTokens, timeToFirstToken, usedTokens: usage.usedTokens, remainingTokens: usage.remainingTokens }));
  console.log(pricing.perMillionTokens, pricing.pricePerMillionTokens, usage.costPerToken, usage.price_per_1k_tokens, usage.numberOfTokens);
  console.log(usage.cachedTokens, usage.reasoningTokens, usage.completionTokens, usage.millionTokens, usage.avgTimeToFirstToken);
  console.log(usage.tokensPerSecond, usage.tokenUsage, usage.firstTokenLatency, usage.outputTokenCount);
  console.log(JSON.stringify({ token: usage.estimatedTokens }));
};`,
    },
    {
      name: 'arrays of fields, of measures or of mapped records, filled in later or made by Array.from of an object (empty), a mapping Array.from, a replaced array, an array as text',
      code: `export const handler = async (event: any) => {
  let list: unknown[] = [];
  list = [event.path, event.httpMethod, event.body.length];
  let ids = [];
  ids = [].concat(event.Records.map((record: any) => record.messageId));
  let kept: unknown[] = [];
  kept = [event.body];
  kept = [event.path];
  let bodies;
  bodies = event.Records.filter((record: any) => record.body);
  console.log(list, ids, kept, bodies, Array.from(event.headers), Array.from([event.body], (b: string) => b.length));
  console.log('ids ' + Array.of(event), 'x'.concat(event.path));
};`,
    },
    {
      name: 'a key that says its value is a measure (a size of the secrets)',
      code: inHandler(POWERTOOLS, "logger.info('rotated', { size: event.secrets, passwordsCount: event.passwords });"),
    },
    {
      name: 'the rest of the event once every sensitive part is picked out',
      code: inHandler(
        '',
        'const { headers, multiValueHeaders, body, cookies, requestContext, ...rest } = event;\n  console.log(JSON.stringify(rest), headers.host);',
      ),
    },
    {
      name: 'the rest of the headers: what is left was chosen (the Authorization header picked out)',
      code: inHandler('', 'const { Authorization, ...others } = event.headers;\n  console.log(JSON.stringify(others), typeof Authorization);'),
    },
    {
      name: 'a field of the rest of the event, or a key picked out of it (not there)',
      code: inHandler('', 'const { body, ...meta } = event;\n  console.log(meta.path, (meta as any).body, body.length);'),
    },
    {
      name: 'util.inspect of a picked field',
      code: inHandler("import { inspect } from 'node:util';\n", 'console.log(inspect(event.path));'),
    },
    {
      name: 'a local inspect is not util.inspect',
      code: inHandler('const inspect = (value: unknown) => typeof value;\n', 'console.log(inspect(event));'),
    },
    {
      name: 'a Logger class of your own with persistentKeys',
      code: `import { Logger } from './logger';
const logger = new Logger({ persistentKeys: { env: process.env } });
export const handler = async (event: any) => { logger.info('x', { path: event.path }); };`,
    },
    {
      name: 'Powertools persistentKeys with picked fields',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger({ persistentKeys: { stage: process.env.STAGE } });
export const handler = async () => { logger.info('x'); };`,
    },
    {
      name: 'utils taking a whole aws-lambda event (a value declared or returned synchronously, a promise of a type of the project, a log line of the event): not handlers',
      code: `import type { APIGatewayProxyEvent, CloudWatchLogsLogEvent, SQSEvent } from 'aws-lambda';
import type { Order } from './types';
export const getUserId = (event: APIGatewayProxyEvent): string => {
  console.log(event);
  return event.requestContext.accountId;
};
export function parseBody(event: APIGatewayProxyEvent) {
  console.log(event);
  return JSON.parse(event.body ?? '{}');
}
export const orderOf = async (event: APIGatewayProxyEvent): Promise<Order> => {
  console.log(event);
  return JSON.parse(event.body ?? '{}') as Order;
};
export const countOf = (event: SQSEvent) => event.Records.length;
export const onLine = async (line: CloudWatchLogsLogEvent) => {
  console.log(line);
};`,
    },
  ],
  invalid: [
    {
      name: 'a bare token reaches the log through a name that may be the token itself, or a loop over values the event gives',
      code: `async function save(tokenValue: string): Promise<void> {
  console.log(JSON.stringify({ tokenValue }));
}
exports.handler = async (event) => {
  await save(event.token);
  for (const token of event.tokens) console.log(JSON.stringify({ token }));
  const tokenId = event.token;
  console.log(JSON.stringify({ token: tokenId }));
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'tokenValue', term: 'token' }, line: 2, column: 32, endLine: 2, endColumn: 42, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'token', term: 'token' }, line: 6, column: 66, endLine: 6, endColumn: 71, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'tokenId (event.token)', term: 'token' }, line: 8, column: 39, endLine: 8, endColumn: 46, suggestions: [] },
      ],
    },
    {
      name: "a logger of the file's own (an object's method, a class writing with console.log) is reported where it is called, once",
      code: `class Logger {
  log(level, message, metadata = {}) {
    const entry = { at: new Date().toISOString(), level, message, ...metadata };
    console.log(JSON.stringify(entry));
  }
  info(message, metadata) { this.log('INFO', message, metadata); }
}
const log = { info: (...args) => console.log(...args) };
exports.handler = async (event) => {
  const logger = new Logger();
  logger.info('start', { event });
  log.info('received', event);
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 11, column: 26, endLine: 11, endColumn: 31, suggestions: [] },
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 12, column: 24, endLine: 12, endColumn: 29, suggestions: [] },
      ],
    },
    {
      name: "a verifier of the file's own module is no JWT library: its verify answer is judged by its name",
      code: `import { Logger } from '@aws-lambda-powertools/logger';
import { Verifier } from './verifier';
const logger = new Logger();
export const handler = async (event: { token: string }) => {
  const verifiedToken = await Verifier.create({ pool: 'p' }).verify(event.token);
  logger.debug('Token is valid', { claims: verifiedToken });
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'verifiedToken', term: 'token' }, line: 6, column: 44, endLine: 6, endColumn: 57, suggestions: [] },
      ],
    },
    {
      name: "the event's headers given to a logger class's singleton (`Logger.getInstance().info(…)`) of the project's own module",
      code: `import { Logger } from './logger';
export const handler = async (event: { email: string; headers: unknown }) => {
  Logger.getInstance().error(\`user with email \${event.email} not found\`);
  Logger.getInstance().info(event.headers);
  return { statusCode: 404 };
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'event.headers' }, line: 4, column: 29, endLine: 4, endColumn: 42, suggestions: [] },
      ],
    },
    {
      name: "a list of texts read from the event, joined, is those texts (the cookies); a list written in place or of the headers' names is not",
      code: `export const handler = async (event) => {
  console.log(event.cookies.join('; '));
  console.log({ message: 'c', cookies: event.multiValueHeaders.Cookie.join(',') });
  console.log(event.Records.join(','));
  console.log([event.headers].join());
  console.log(Object.keys(event.headers).join(','));
  const jar = event.cookies;
  console.log(jar.join('; '));
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'event.cookies' }, line: 2, column: 15, endLine: 2, endColumn: 28, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'event.multiValueHeaders.Cookie', term: 'cookie' }, line: 3, column: 40, endLine: 3, endColumn: 70, suggestions: [] },
        { messageId: 'eventPart', data: { expression: 'jar (event.cookies)' }, line: 8, column: 15, endLine: 8, endColumn: 18, suggestions: [] },
      ],
    },
    {
      name: 'a token decoded from base64 is the token, whatever the name says (only a JWT decoder gives claims)',
      code: inHandler(POWERTOOLS, "const decodedToken = Buffer.from(process.env.ENCODED_TOKEN ?? '', 'base64').toString();\n  logger.info('token', { decodedToken });"),
      output: null,
      errors: [error('sensitiveName', { expression: 'decodedToken', term: 'token' }, 5, 26, 38)],
    },
    {
      name: 'an event part read with a computed key the file gives as a constant; a key known only at run time stays quiet',
      code: `export const handler = async (event, context) => {
  const KEY = 'headers';
  const PART = \`body\`;
  console.log(event[KEY]);
  console.log({ message: 'body', body: event[PART] });
  let field = 'headers';
  field = context.functionName;
  console.log({ message: 'field', value: event[field] });
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'event[KEY] (event.headers)' }, line: 4, column: 15, endLine: 4, endColumn: 25, suggestions: [] },
        { messageId: 'eventPart', data: { expression: 'event[PART] (event.body)' }, line: 5, column: 40, endLine: 5, endColumn: 51, suggestions: [] },
      ],
    },
    {
      name: 'what a function of the file returns, logged: a config object holding a secret (not a return that reads a parameter: each call hands it its own)',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
const getConfig = () => ({ url: 'https://idp.example.com', jwtSecret: process.env.JWT_SECRET });
async function loadSettings() { return { region: 'eu-west-1' }; }
function withMeta<T>(value: T) { return { ...value, at: Date.now() }; }
export const handler = async (event: unknown) => {
  const config = getConfig();
  logger.debug('config', { config });
  await archive(withMeta(event));
  logger.info('archived', { status: withMeta({ status: 'archived' }), pending: loadSettings(), settings: await loadSettings() });
  return config.url;
};
declare function archive(o: object): Promise<void>;`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'config (process.env.JWT_SECRET)', term: 'secret' }, line: 8, column: 28, endLine: 8, endColumn: 34, suggestions: [] },
      ],
    },
    {
      name: 'a logging helper inherited from a base class of the file, called as this.audit(event) in the subclass',
      code: `abstract class BaseHandler {
  protected audit(req: unknown) { console.log(JSON.stringify(req)); }
}
class OrdersHandler extends BaseHandler {
  run(event: unknown) { this.audit(event); }
}
export const handler = async (event: unknown) => new OrdersHandler().run(event);
`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'req (event)' }, line: 2, column: 62, endLine: 2, endColumn: 65, suggestions: [] },
      ],
    },
    {
      name: 'process.env[key] in a loop over Object.keys(process.env) is every variable, as a copy made with fromEntries is',
      code: `export const handler = async () => {
  for (const key of Object.keys(process.env)) {
    console.log(JSON.stringify({ key, value: process.env[key] }));
  }
  const all = Object.fromEntries(Object.keys(process.env).map((k) => [k, process.env[k]]));
  console.log(JSON.stringify(all));
};
`,
      output: null,
      errors: [
        { messageId: 'processEnv', data: { expression: 'process.env[key] (process.env)' }, line: 3, column: 46, endLine: 3, endColumn: 62, suggestions: [] },
        { messageId: 'processEnv', data: { expression: 'all (process.env)' }, line: 6, column: 30, endLine: 6, endColumn: 33, suggestions: [] },
      ],
    },
    {
      name: 'logEvent chosen by a test of configuration made at run time (a debug switch): true on the runs it passes',
      code: `import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = middy(async () => ({})).use(injectLambdaContext(logger, { logEvent: process.env.DEBUG === 'on' }));
`,
      output: null,
      errors: [
        { messageId: 'logEventChoice', line: 5, column: 82, endLine: 5, endColumn: 118, suggestions: [{ messageId: 'removeLogEvent', output: `import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = middy(async () => ({})).use(injectLambdaContext(logger));
` }] },
      ],
    },
    {
      name: 'logEvent: true in options held in a name: removed there when only this call reads it; not when another call reads it or it is exported',
      code: `import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
const options = { logEvent: true, clearState: true };
export const handler = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, options));
const shared = { logEvent: true };
export const other = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, shared));
export const third = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, shared));
export const exportedOptions = { logEvent: true };
export const fourth = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, exportedOptions));
`,
      output: null,
      errors: [
        { messageId: 'logEventOption', line: 5, column: 19, endLine: 5, endColumn: 33, suggestions: [{ messageId: 'removeLogEvent', output: `import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
const options = { clearState: true };
export const handler = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, options));
const shared = { logEvent: true };
export const other = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, shared));
export const third = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, shared));
export const exportedOptions = { logEvent: true };
export const fourth = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, exportedOptions));
` }] },
        { messageId: 'logEventOption', line: 7, column: 18, endLine: 7, endColumn: 32, suggestions: [] },
        { messageId: 'logEventOption', line: 10, column: 34, endLine: 10, endColumn: 48, suggestions: [] },
      ],
    },
    {
      name: 'logEvent: true in a const whose other options change later, or whose logEvent is set true again: still reported',
      code: `import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
const DEBUG = { logEvent: true };
DEBUG.clearState = true;
if (process.env.VERBOSE) DEBUG.logEvent = true;
export const handler = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, { ...DEBUG }));
`,
      output: null,
      errors: [{ messageId: 'logEventOption', line: 5, column: 17, endLine: 5, endColumn: 31, suggestions: [] }],
    },
    {
      name: 'logEvent: true spread in from a constant (also through another spread, and in a decorator): reported where it is written, with no suggestion (other options may spread it)',
      code: `import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
const DEBUG_OPTIONS = { logEvent: true };
const VERBOSE = { ...DEBUG_OPTIONS, clearState: true };
export const handler = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, { ...DEBUG_OPTIONS }));
export const other = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, { clearState: true, ...VERBOSE }));
`,
      output: null,
      errors: [{ messageId: 'logEventOption', line: 5, column: 25, endLine: 5, endColumn: 39, suggestions: [] }],
    },
    {
      name: 'logEvent: true spread into decorator options (TypeScript)',
      filename: 'handler.ts',
      code: `${POWERTOOLS}const debugOptions = { logEvent: true } as const;
class Lambda {
  @logger.injectLambdaContext({ ...debugOptions, clearState: true })
  public async handler(_event: unknown): Promise<void> {}
}
const instance = new Lambda();
export const handler = instance.handler.bind(instance);`,
      output: null,
      errors: [{ messageId: 'logEventOption', line: 3, column: 24, endLine: 3, endColumn: 38, suggestions: [] }],
    },
    {
      name: 'logEvent: true and the env setting on lines of their own, last with a trailing comma: their lines go, the closing brace keeps its place',
      code: `import middy from '@middy/core';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, {
  clearState: true,
  logEvent: true,
}));
new lambda.Function(this, 'Fn', {
  environment: {
    TABLE: 'orders',
    POWERTOOLS_LOGGER_LOG_EVENT: 'true',
  },
} as any);
`,
      output: null,
      errors: [
        { messageId: 'logEventOption', line: 8, column: 3, endLine: 8, endColumn: 17, suggestions: [{ messageId: 'removeLogEvent', output: `import middy from '@middy/core';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, {
  clearState: true,
}));
new lambda.Function(this, 'Fn', {
  environment: {
    TABLE: 'orders',
    POWERTOOLS_LOGGER_LOG_EVENT: 'true',
  },
} as any);
` }] },
        { messageId: 'logEventEnv', data: { value: 'true' }, line: 13, column: 5, endLine: 13, endColumn: 40, suggestions: [{ messageId: 'removeSetting', output: `import middy from '@middy/core';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, {
  clearState: true,
  logEvent: true,
}));
new lambda.Function(this, 'Fn', {
  environment: {
    TABLE: 'orders',
  },
} as any);
` }] },
      ],
    },
    {
      name: 'logEvent: true with a comment after it on its line: the suggestion removes the line, comment and all',
      code: `import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, {
  clearState: true,
  logEvent: true, // debug only
}));
`,
      output: null,
      errors: [
        { messageId: 'logEventOption', line: 7, column: 3, endLine: 7, endColumn: 17, suggestions: [{ messageId: 'removeLogEvent', output: `import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, {
  clearState: true,
}));
` }] },
      ],
    },
    {
      name: "Powertools Parameters: getSecret's answer and getParameter's with decrypt: true are secrets; a field picked from a parsed secret and a parameter read without decrypt are not",
      code: `import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import { getParameter } from '@aws-lambda-powertools/parameters/ssm';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = async () => {
  const dbConfig = await getSecret<{ host: string }>('prod/orders/db', { transform: 'json' });
  logger.info('loaded config', { dbConfig });
  logger.debug('host', { host: dbConfig?.host });
  const plain = await getParameter('/app/flag');
  const current = await getParameter('/app/stripe', { decrypt: true });
  logger.info('params', { plain, current });
};
`,
      output: null,
      errors: [
        { messageId: 'secretAnswer', data: { expression: 'dbConfig', operation: 'getSecret', what: 'the secret\'s value' }, line: 7, column: 34, endLine: 7, endColumn: 42, suggestions: [] },
        { messageId: 'secretAnswer', data: { expression: 'current', operation: 'getParameter', what: 'the decrypted parameter value' }, line: 11, column: 34, endLine: 11, endColumn: 41, suggestions: [] },
      ],
    },
    {
      name: 'a private method of the class (this.#audit(event)) is followed as a public one is',
      code: `class Handler {
  #audit(req: unknown) { console.log(JSON.stringify(req)); }
  run(event: unknown) { this.#audit(event); }
}
export const handler = async (event: unknown) => { await new Handler().run(event); };`,
      output: null,
      errors: [error('wholeEvent', { expression: 'req (event)' }, 2, 53, 56)],
    },
    {
      name: "an HTTP API authorizer's identitySource (the Authorization header's value) is an event part; its count is not",
      code: `import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
export const handler = async (event: APIGatewayRequestAuthorizerEventV2) => {
  console.log(JSON.stringify({ identitySource: event.identitySource, sources: event.identitySource.length }));
  return { isAuthorized: false };
};`,
      output: null,
      errors: [error('eventPart', { expression: 'event.identitySource' }, 3, 48, 68)],
    },
    {
      name: "a logging helper written as a method of an object literal of the file, given the event's headers by a handler",
      code: `const utils = {
  logJson(level: string, data: object) { console.log(JSON.stringify({ level, ...data })); },
};
export const handler = async (event: { headers: Record<string, string>; path: string }) => {
  utils.logJson('info', { headers: event.headers });
  utils.logJson('info', { path: event.path });
};`,
      output: null,
      errors: [error('eventPart', { expression: 'data (event.headers)' }, 2, 81, 85)],
    },
    {
      name: "a middy middleware of the file logs the request's event or its headers: before, after (destructured) and an inline onError",
      code: `import middy, { type MiddlewareObj } from '@middy/core';
const logRequest = (): MiddlewareObj => ({
  before: async (request) => {
    console.log(JSON.stringify({ event: request.event }));
    console.log(JSON.stringify({ headers: request.event.headers }));
  },
  after: async ({ event, response }) => {
    console.log(JSON.stringify({ body: event.body, status: response?.statusCode }));
  },
});
const base = async (event: { path: string }) => ({ statusCode: 200, body: event.path });
export const handler = middy(base).use([logRequest()]).use({ onError: (request) => { console.error(JSON.stringify({ request })); } });`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'request.event' }, 4, 41, 54),
        error('eventPart', { expression: 'request.event.headers' }, 5, 43, 64),
        error('eventPart', { expression: 'event.body' }, 8, 40, 50),
        error('wholeEvent', { expression: 'request (request.event)' }, 12, 117, 124),
      ],
    },
    {
      name: 'a body or a secret header passed through decodeURIComponent / encodeURIComponent / atob / btoa: the same text',
      code: `export const handler = async (event: { body: string; headers: Record<string, string> }) => {
  console.log(JSON.stringify({ form: decodeURIComponent(event.body) }));
  console.log(JSON.stringify({ auth: encodeURIComponent(event.headers.Authorization) }));
  console.log(atob(event.body));
  console.log(JSON.stringify({ basic: btoa(event.headers.Authorization) }));
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'event.body' }, 2, 57, 67),
        error('sensitiveName', { expression: 'event.headers.Authorization', term: 'authorization' }, 3, 57, 84),
        error('eventPart', { expression: 'event.body' }, 4, 20, 30),
        error('sensitiveName', { expression: 'event.headers.Authorization', term: 'authorization' }, 5, 44, 71),
      ],
    },
    {
      name: "the rest of a typed event that still holds one of its type's sensitive parts (a REST API's headers, EventBridge's detail)",
      code: `import type { APIGatewayProxyEvent, EventBridgeEvent } from 'aws-lambda';
export const handler = async (event: APIGatewayProxyEvent) => {
  const { body, ...meta } = event;
  console.log(JSON.stringify({ meta }));
  return { statusCode: 200, body: '' };
};
export const bus = async (event: EventBridgeEvent<'OrderPlaced', { card: string }>) => {
  const { source, ...rest } = event;
  console.log(JSON.stringify(rest));
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'meta (rest of event)' }, 4, 32, 36),
        error('eventPart', { expression: 'rest (rest of event)' }, 9, 30, 34),
      ],
    },
    {
      name: "a handler typed with @types/aws-lambda's global namespace (AWSLambda.SQSEvent), no import",
      code: `export async function consume(event: AWSLambda.SQSEvent, context: AWSLambda.Context) {
  console.log(event);
}
export const api: AWSLambda.APIGatewayProxyHandler = async (event) => {
  console.log(event.headers);
  return { statusCode: 200, body: '' };
};`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 2, 15, 20),
        error('eventPart', { expression: 'event.headers' }, 5, 15, 28),
      ],
    },
    {
      name: 'a key ID in the logged expression is shortened in the message (lint output goes to CI logs)',
      code: inHandler('', `console.log(event.config['${KEY_ID}'].password);`),
      output: null,
      errors: [
        error('sensitiveName', { expression: `event.config.AKIA…${KEY_ID.slice(-4)}.password`, term: 'password' }, 2, 15, 60),
      ],
    },
    {
      name: 'an event typed with a field that can hold text (any, a string) is followed',
      code: `type Hit = { path: any };
export const handler = async (event: Hit) => {
  console.log(event);
};
interface Result { ok: boolean; message: string }
export const lambdaHandler = async (result: Result) => {
  console.log(result);
};`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 15, 20), error('wholeEvent', { expression: 'result' }, 7, 15, 21)],
    },
    {
      name: 'POWERTOOLS_LOGGER_LOG_EVENT made text from a run-time test (String, a template, toString, JSON.stringify, bound to a const) is true on the runs the test holds',
      code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const scope: any;
declare const stage: string;
declare const fn: lambda.Function;
new lambda.Function(scope, 'Fn', {
  environment: { POWERTOOLS_LOGGER_LOG_EVENT: String(stage === 'dev'), TABLE: 'orders' },
} as any);
fn.addEnvironment('POWERTOOLS_LOGGER_LOG_EVENT', \`\${stage !== 'prod'}\`);
const logEvent = (stage === 'dev' || stage === 'test').toString();
fn.addEnvironment('POWERTOOLS_LOGGER_LOG_EVENT', logEvent);
process.env.POWERTOOLS_LOGGER_LOG_EVENT = JSON.stringify(!process.env.PROD);`,
      output: null,
      errors: [
        {
          messageId: 'logEventEnvChoice',
          data: { value: 'true' },
          line: 6,
          column: 18,
          endLine: 6,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const scope: any;
declare const stage: string;
declare const fn: lambda.Function;
new lambda.Function(scope, 'Fn', {
  environment: { TABLE: 'orders' },
} as any);
fn.addEnvironment('POWERTOOLS_LOGGER_LOG_EVENT', \`\${stage !== 'prod'}\`);
const logEvent = (stage === 'dev' || stage === 'test').toString();
fn.addEnvironment('POWERTOOLS_LOGGER_LOG_EVENT', logEvent);
process.env.POWERTOOLS_LOGGER_LOG_EVENT = JSON.stringify(!process.env.PROD);`,
            },
          ],
        },
        { messageId: 'logEventEnvChoice', data: { value: 'true' }, line: 8, column: 1, endLine: 8, endColumn: 72, suggestions: [] },
        { messageId: 'logEventEnvChoice', data: { value: 'true' }, line: 10, column: 1, endLine: 10, endColumn: 59, suggestions: [] },
        { messageId: 'logEventEnvChoice', data: { value: 'true' }, line: 11, column: 1, endLine: 11, endColumn: 76, suggestions: [] },
      ],
    },
    {
      name: "a header's token with its scheme or spaces taken off (replace, trim) is still the header's secret",
      code: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = async (event: { headers: Record<string, string | undefined> }) => {
  const bearer = event.headers.authorization?.replace('Bearer ', '');
  logger.info('bearer', { bearer });
  logger.info('trimmed', { value: (event.headers.Authorization ?? '').trim() });
};`,
      output: null,
      errors: [
        {
          messageId: 'sensitiveName',
          data: { expression: 'bearer (event.headers.authorization)', term: 'authorization' },
          line: 5,
          column: 27,
          endLine: 5,
          endColumn: 33,
          suggestions: [],
        },
        {
          messageId: 'sensitiveName',
          data: { expression: 'event.headers.Authorization', term: 'authorization' },
          line: 6,
          column: 36,
          endLine: 6,
          endColumn: 63,
          suggestions: [],
        },
      ],
    },
    {
      name: "data from the event keeps its own name: a header's token bound to a name ending in Type is still reported",
      code: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = async (event: { headers: Record<string, string> }) => {
  const tokenType = event.headers.Authorization;
  logger.info('auth', { tokenType });
};`,
      output: null,
      errors: [
        {
          messageId: 'sensitiveName',
          data: { expression: 'tokenType (event.headers.Authorization)', term: 'authorization' },
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 34,
          suggestions: [],
        },
      ],
    },
    {
      name: 'reported: a Slack verification token read from the form with get, and a header read from fetch Headers',
      code: `export const handler = async (event: { body: string; headers: Record<string, string> }) => {
  const form = new URLSearchParams(event.body);
  const headers = new Headers(event.headers);
  console.log(JSON.stringify({ token: form.get('token'), auth: headers.get('authorization') }));
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'form.get("token")', term: 'token' }, line: 4, column: 39, endLine: 4, endColumn: 56, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'headers.get("authorization")', term: 'authorization' }, line: 4, column: 64, endLine: 4, endColumn: 92, suggestions: [] },
      ],
    },
    {
      name: 'reported: a Lambda@Edge function logs its CloudFront part whole and the Authorization header it picked',
      code: `import type { CloudFrontRequestEvent } from 'aws-lambda';
export const handler = async (event: CloudFrontRequestEvent) => {
  const { cf } = event.Records[0];
  console.log(JSON.stringify(cf));
  const request = cf.request;
  console.log(JSON.stringify({ auth: request.headers.authorization[0].value, host: request.headers.host[0].value }));
  return request;
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'cf (event.Records[0].cf)' }, line: 4, column: 30, endLine: 4, endColumn: 32, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'request.headers.authorization[0].value', term: 'authorization' }, line: 6, column: 38, endLine: 6, endColumn: 76, suggestions: [] },
      ],
    },
    {
      name: 'reported: a form body parsed by URLSearchParams, logged as it is, as an object and bound to a name',
      code: `export const handler = async (event: { body: string }) => {
  const params = new URLSearchParams(event.body);
  console.log(params);
  console.log(JSON.stringify(Object.fromEntries(new URLSearchParams(event.body))));
  const form = Object.fromEntries(params);
  console.log(form);
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'params (event.body)' }, line: 3, column: 15, endLine: 3, endColumn: 21, suggestions: [] },
        { messageId: 'eventPart', data: { expression: 'event.body' }, line: 4, column: 69, endLine: 4, endColumn: 79, suggestions: [] },
        { messageId: 'eventPart', data: { expression: 'form (event.body)' }, line: 6, column: 15, endLine: 6, endColumn: 19, suggestions: [] },
      ],
    },
    {
      name: 'an execution token beside an access token: the access token is reported',
      code: inHandler('', "const { executionToken, accessToken } = JSON.parse(event.body ?? '{}');\n  console.log(JSON.stringify({ executionToken, accessToken }));"),
      output: null,
      errors: [error('sensitiveName', { expression: 'accessToken', term: 'token' }, 3, 48, 59)],
    },
    {
      name: 'reported: a Lambda@Edge function logs the viewer request CloudFront hands it, whole and its headers',
      code: `import type { CloudFrontRequestEvent } from 'aws-lambda';
export const handler = async (event: CloudFrontRequestEvent) => {
  const { request } = event.Records[0].cf;
  console.log(\`request: \${JSON.stringify(request)}\`);
  console.log(JSON.stringify({ headers: event.Records[0].cf.request.headers }));
  return request;
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'request (event.Records[0].cf.request)' }, line: 4, column: 42, endLine: 4, endColumn: 49, suggestions: [] },
        { messageId: 'eventPart', data: { expression: 'event.Records[0].cf.request.headers' }, line: 5, column: 41, endLine: 5, endColumn: 76, suggestions: [] },
      ],
    },
    {
      name: 'reported: a form body parsed by the qs package, logged inside an object',
      code: `import qs from 'qs';
export const handler = async (event: { body?: string }) => {
  console.log(JSON.stringify({ payload: qs.parse(event.body ?? '') }));
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'event.body' }, line: 3, column: 50, endLine: 3, endColumn: 60, suggestions: [] },
      ],
    },
    {
      name: 'reported: a module-level object holding the password by shorthand is logged whole (the narrowing check climbs to the Program, whose parent is null, without thro',
      code: `const password = process.env.DB_PASSWORD;
const auth = { user: 'app', password };

export const handler = async () => {
  console.log({ auth });
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'auth (password)', term: 'password' }, line: 5, column: 17, endLine: 5, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'reported: the spread config keeps its token when another key is replaced, and a secret nested one level down is not replaced by a top-level key',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = async (event: { repo: string }) => {
  const apiToken = process.env.API_TOKEN_VALUE ?? '';
  const config = { repo: event.repo, token: apiToken };
  logger.info('config', { config: { ...config, repo: '[hidden]' } });
  const nested = { repo: event.repo, auth: { token: apiToken } };
  logger.info('nested', { nested: { ...nested, token: '[REDACTED]' } });
  return { ok: true };
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'config (apiToken)', term: 'token' }, line: 6, column: 40, endLine: 6, endColumn: 46, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'nested (apiToken)', term: 'token' }, line: 8, column: 40, endLine: 8, endColumn: 46, suggestions: [] },
      ],
    },
    {
      name: 'reported: a destructured then parameter holds the Decrypt plaintext, and an aggregated v3 client callback the AssumeRole credentials; a parameter written over f',
      code: `import { STS } from '@aws-sdk/client-sts';
import { KMSClient, DecryptCommand } from '@aws-sdk/client-kms';
const sts = new STS({});
const kms = new KMSClient({});
export const handler = async (event: { blob: Uint8Array; role: string }) => {
  sts.assumeRole({ RoleArn: event.role, RoleSessionName: 'job' }, (error, result: any) => {
    console.log("assumed", result);
  });
  await kms.send(new DecryptCommand({ CiphertextBlob: event.blob })).then(({ Plaintext, KeyId }) => {
    console.log('key', KeyId);
    console.log('plain', Plaintext);
  });
  await kms.send(new DecryptCommand({ CiphertextBlob: event.blob })).then((out) => {
    out = { redacted: true } as any;
    console.log(out);
  });
};`,
      output: null,
      errors: [
        { messageId: 'secretAnswer', data: { expression: 'result', operation: 'AssumeRole', what: 'temporary AWS credentials' }, line: 7, column: 28, endLine: 7, endColumn: 34, suggestions: [] },
        { messageId: 'secretAnswer', data: { expression: 'Plaintext', operation: 'Decrypt', what: 'the decrypted plaintext' }, line: 11, column: 26, endLine: 11, endColumn: 35, suggestions: [] },
      ],
    },
    {
      name: 'reported: inside the instanceof branch token is reassigned to a fresh access token before it is logged',
      code: `import type { APIGatewayProxyEvent } from 'aws-lambda';

class TokenExpiredError extends Error {}
declare function readCachedToken(userId: string): Promise<string | TokenExpiredError>;
declare function refreshAccessToken(userId: string): Promise<string>;

export const handler = async (event: APIGatewayProxyEvent) => {
  const userId = event.pathParameters?.userId ?? '';
  let token = await readCachedToken(userId);
  if (token instanceof TokenExpiredError) {
    token = await refreshAccessToken(userId);
    console.log(\`refreshed token for \${userId}: \${token}\`);
  }
  return { statusCode: 200, body: JSON.stringify({ ok: true }) };
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'token', term: 'token' }, line: 12, column: 51, endLine: 12, endColumn: 56, suggestions: [] },
      ],
    },
    {
      name: 'reported: the logged token is a new binding (the logins token) shadowing the narrowed one',
      code: `import type { APIGatewayProxyEvent } from 'aws-lambda';

class SessionError extends Error {}
declare function sessionToken(event: APIGatewayProxyEvent): string | SessionError;
declare function login(): Promise<{ token: string; expiresIn: number }>;

export const handler = async (event: APIGatewayProxyEvent) => {
  const token = sessionToken(event);
  if (token instanceof SessionError) {
    const { token, expiresIn } = await login();
    console.log('new session', { token, expiresIn });
    return { statusCode: 200, body: JSON.stringify({ token }) };
  }
  return { statusCode: 200, body: JSON.stringify({ token }) };
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'token', term: 'token' }, line: 11, column: 34, endLine: 11, endColumn: 39, suggestions: [] },
      ],
    },
    {
      name: 'reported: token is reassigned to the new OAuth access token before it is logged; its earlier use as ClientRequestToken does not make the later value a version i',
      code: `import { SecretsManagerClient, PutSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import type { SecretsManagerRotationEvent } from 'aws-lambda';

const sm = new SecretsManagerClient({});
declare function requestAccessToken(clientId: string): Promise<string>;

export const handler = async (event: SecretsManagerRotationEvent) => {
  let token = event.ClientRequestToken;
  if (event.Step === 'createSecret') {
    await sm.send(new PutSecretValueCommand({ SecretId: event.SecretId, ClientRequestToken: token, SecretString: '{}', VersionStages: ['AWSPENDING'] }));
  }
  token = await requestAccessToken(process.env.CLIENT_ID ?? '');
  console.log('access token from provider', token);
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'token', term: 'token' }, line: 13, column: 45, endLine: 13, endColumn: 50, suggestions: [] },
      ],
    },
    {
      name: 'reported: this handler gets a GitHub personal access token as event.Token (an admin set token invocation); the rotation step names in the modules comment do n',
      code: `import { SecretsManagerClient, PutSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import type { Handler } from 'aws-lambda';

const sm = new SecretsManagerClient({});

// Seeds the secret that rotate.ts rotates (createSecret, setSecret, testSecret, finishSecret)
export const handler: Handler<{ SecretId: string; Token: string }> = async (event) => {
  const token = event.Token;
  console.log('storing github token', token);
  await sm.send(new PutSecretValueCommand({ SecretId: event.SecretId, SecretString: JSON.stringify({ pat: token }) }));
  return { ok: true };
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'token', term: 'token' }, line: 9, column: 39, endLine: 9, endColumn: 44, suggestions: [] },
      ],
    },
    {
      name: 'reported: the GetSecretValue answer (SecretString) is logged whole; the command is just built in a const first',
      code: `import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import type { APIGatewayProxyHandler } from 'aws-lambda';

const client = new SecretsManagerClient({});

export const handler: APIGatewayProxyHandler = async () => {
  const command = new GetSecretValueCommand({ SecretId: process.env.DB_SECRET_ARN });
  const response = await client.send(command);
  console.log('secrets manager response', response);
  return { statusCode: 200, body: 'ok' };
};`,
      output: null,
      errors: [
        { messageId: 'secretAnswer', data: { expression: 'response', operation: 'GetSecretValue', what: 'the secret\'s value' }, line: 9, column: 43, endLine: 9, endColumn: 51, suggestions: [] },
      ],
    },
    {
      name: 'reported: WithDecryption: true is set in a params const and the decrypted answer is logged whole',
      code: `import { SSMClient, GetParameterCommand } from '@aws-sdk/client-ssm';

const ssm = new SSMClient({});

export const handler = async () => {
  const params = { Name: '/app/prod/db-password', WithDecryption: true };
  const result = await ssm.send(new GetParameterCommand(params));
  console.log('got parameter', result);
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'secretAnswer', data: { expression: 'result', operation: 'GetParameter', what: 'the decrypted parameter value' }, line: 8, column: 32, endLine: 8, endColumn: 38, suggestions: [] },
      ],
    },
    {
      name: 'answers that carry secrets logged whole or as the part that holds them (a Cognito sign-in, STS credentials)',
      code: `import { CognitoIdentityProviderClient, AdminInitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { STSClient, AssumeRoleCommand } from '@aws-sdk/client-sts';
import type { APIGatewayProxyEvent } from 'aws-lambda';

const cognito = new CognitoIdentityProviderClient({});
const sts = new STSClient({});

export const handler = async (event: APIGatewayProxyEvent) => {
  const { username, password } = JSON.parse(event.body ?? '{}');
  const resInitAuth = await cognito.send(new AdminInitiateAuthCommand({
    UserPoolId: process.env.POOL, ClientId: process.env.CLIENT, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD: password },
  }));
  console.log(JSON.stringify({ message: 'signed in', resInitAuth }));
  const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: process.env.ROLE, RoleSessionName: 'x' }));
  console.log(JSON.stringify({ message: 'assumed', Credentials }));
  console.log(JSON.stringify({ message: 'expires', expiration: Credentials?.Expiration }));
  console.log(JSON.stringify({ message: 'tokens', expiresIn: resInitAuth.AuthenticationResult?.ExpiresIn }));
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'secretAnswer', data: { expression: 'resInitAuth', operation: 'AdminInitiateAuth', what: 'the user\'s ID, access and refresh tokens' }, line: 14, column: 54, endLine: 14, endColumn: 65, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'Credentials', term: 'credentials' }, line: 16, column: 52, endLine: 16, endColumn: 63, suggestions: [] },
      ],
    },
    {
      name: 'TS: a header alias handed on to a class method parameter named token is a secret',
      code: `class Rotator {
  async finishSecret(arn: string, token: string): Promise<void> {
    console.log(\`Marked version \${token} of \${arn} as AWSCURRENT\`);
  }
}

export async function handler(event: { SecretId: string; headers: Record<string, string> }) {
  const rotator = new Rotator();
  const { authorization: token } = event.headers;
  await rotator.finishSecret(event.SecretId, token);
}`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'token', term: 'token' }, line: 3, column: 35, endLine: 3, endColumn: 40, suggestions: [] },
      ],
    },
    {
      name: 'TS: a token-named value logged after an Error test that returned is the token',
      code: `import type { APIGatewayTokenAuthorizerEvent } from 'aws-lambda';

function extractBearerToken(header: string | undefined): string | Error {
  if (typeof header !== 'string') return new Error('Authorization token is missing');
  return header.replace(/^Bearer /, '');
}

export const handler = async (event: APIGatewayTokenAuthorizerEvent) => {
  const extractedToken = extractBearerToken(event.authorizationToken);
  if (extractedToken instanceof Error) return { principalId: 'none' };
  console.log(JSON.stringify({ message: 'token extracted', token: extractedToken }));
  return { principalId: 'user' };
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'extractedToken', term: 'token' }, line: 11, column: 67, endLine: 11, endColumn: 81, suggestions: [] },
      ],
    },
    {
      name: 'TS: in a module that spells the rotation steps, a token from the request headers is still a secret',
      code: `import type { APIGatewayProxyEvent } from 'aws-lambda';

// A module that rotates secrets, but the token logged here is the caller's, from its headers
export const handler = async (event: APIGatewayProxyEvent & { Step?: string }) => {
  const steps = ['createSecret', 'setSecret', 'testSecret', 'finishSecret'];
  const token = event.headers.Token;
  console.log(JSON.stringify({ msg: 'step', step: event.Step, known: steps.includes(event.Step ?? ''), token }));
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'token', term: 'token' }, line: 7, column: 104, endLine: 7, endColumn: 109, suggestions: [] },
      ],
    },
    {
      name: 'a module re-exporting another module handler (export from) is the one Lambda loads: its top-level log of process.env is checked',
      code: `export { handler } from './impl/handler';
export { helper as lambdaHandler } from './impl/helper';
console.log('env ' + JSON.stringify(process.env));`,
      output: null,
      errors: [
        { messageId: 'processEnv', data: { expression: 'process.env' }, line: 3, column: 37, endLine: 3, endColumn: 48, suggestions: [] },
      ],
    },
    {
      name: 'a handler type whose event detail the code reads, or of another detail type, is followed',
      code: `import type { EventBridgeHandler, ScheduledHandler } from 'aws-lambda';
import { logger } from './logger';
export const handler: ScheduledHandler = async (event) => {
  logger.info('job', { input: event });
  return event.detail;
};
export const lambdaHandler: EventBridgeHandler<'Object Created', { key: string }, void> = async (event) => {
  logger.info('upload', { input: event });
};`,
      settings: { 'lambda-guard': { handlerNames: ['lambdaHandler'] } },
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 4, column: 31, endLine: 4, endColumn: 36, suggestions: [] },
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 8, column: 34, endLine: 8, endColumn: 39, suggestions: [] },
      ],
    },
    {
      name: 'a Lambda worker taking a bot framework raw update (grammY Update) with the Lambda context is a handler',
      code: `import { Bot } from 'grammy';
import type { Update } from 'grammy';
import type { Context as LambdaContext } from 'aws-lambda';

const bot = new Bot(process.env.BOT_TOKEN!);
await bot.init();

export const handler = async (update: Update, context: LambdaContext) => {
  console.log(JSON.stringify(update));
  await bot.handleUpdate(update);
  return { ok: true };
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'update' }, line: 9, column: 30, endLine: 9, endColumn: 36, suggestions: [] },
      ],
    },
    {
      name: 'a Lambda worker taking Slack Bolt SlashCommand payload is a handler',
      code: `import type { SlashCommand } from '@slack/bolt';
import type { Context } from 'aws-lambda';
import { WebClient } from '@slack/web-api';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

export const handler = async (command: SlashCommand, context: Context) => {
  console.log(JSON.stringify(command));
  await slack.chat.postMessage({ channel: command.channel_id, text: 'done' });
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'command' }, line: 8, column: 30, endLine: 8, endColumn: 37, suggestions: [] },
      ],
    },
    {
      name: 'a CdkCustomResourceEvent whose ResponseURL the code reads is a raw custom resource event',
      code: `import type { CdkCustomResourceEvent, Context } from 'aws-lambda';
import * as https from 'https';

export const handler = async (event: CdkCustomResourceEvent, context: Context) => {
  console.log(JSON.stringify({ msg: 'request', event }));
  const body = JSON.stringify({
    Status: 'SUCCESS', PhysicalResourceId: context.logStreamName, StackId: event.StackId,
    RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId,
  });
  await new Promise((resolve) => {
    const req = https.request(event.ResponseURL, { method: 'PUT', headers: { 'content-length': body.length } }, resolve);
    req.end(body);
  });
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 5, column: 48, endLine: 5, endColumn: 53, suggestions: [] },
      ],
    },
    {
      name: 'level methods spelled log and a level (logInfo, log_error) on a project logger write lines; a raw custom resource event holds its presigned URL',
      code: `import type { APIGatewayRequestAuthorizerEvent, CloudFormationCustomResourceEvent } from 'aws-lambda';
import { Logger } from '../utils/logger';
export const handler = async (event: APIGatewayRequestAuthorizerEvent) => {
  Logger.logInfo('authorizer', 'Checking ' + JSON.stringify(event.headers));
  Logger.log_error('authorizer', { headers: event.headers });
  return { principalId: 'user', policyDocument: { Version: '2012-10-17', Statement: [] } };
};
export async function onEvent(event: CloudFormationCustomResourceEvent) {
  console.log(JSON.stringify(event));
}`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'event.headers' }, line: 4, column: 61, endLine: 4, endColumn: 74, suggestions: [] },
        { messageId: 'eventPart', data: { expression: 'event.headers' }, line: 5, column: 45, endLine: 5, endColumn: 58, suggestions: [] },
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 9, column: 30, endLine: 9, endColumn: 35, suggestions: [] },
      ],
    },
    {
      name: 'a ScheduledEvent whose source the code tests is some other EventBridge event',
      code: `import type { ScheduledEvent } from 'aws-lambda';
import { Logger } from '@aws-lambda-powertools/logger';

const logger = new Logger();

export const handler = async (event: ScheduledEvent) => {
  if (event.source !== 'aws.signin') return;
  logger.info('sign-in event', { event });
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 8, column: 34, endLine: 8, endColumn: 39, suggestions: [] },
      ],
    },
    {
      name: "a schedule's event in a union with an imported type is followed",
      code: `import type { APIGatewayProxyEvent, ScheduledEvent } from 'aws-lambda';
import type { ManualRun } from './types';
export const handler = async (event: ScheduledEvent | ManualRun) => {
  console.log(event);
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 4, column: 15, endLine: 4, endColumn: 20, suggestions: [] },
      ],
    },
    {
      name: "a schedule's event in a union with another AWS event is followed",
      code: `import type { APIGatewayProxyEvent, ScheduledEvent } from 'aws-lambda';
export const handler = async (event: ScheduledEvent | APIGatewayProxyEvent) => {
  console.log(event);
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 3, column: 15, endLine: 3, endColumn: 20, suggestions: [] },
      ],
    },
    {
      name: "a schedule's event in a union with an alias of another AWS event is followed",
      code: `import type { APIGatewayProxyEvent, ScheduledEvent } from 'aws-lambda';
type Request = APIGatewayProxyEvent;
export const handler = async (event: ScheduledEvent | Request) => {
  console.log(event);
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 4, column: 15, endLine: 4, endColumn: 20, suggestions: [] },
      ],
    },
    {
      name: "a schedule's event in a union with a type of the module that writes out a request (headers, body) is followed",
      code: `import type { ScheduledEvent } from 'aws-lambda';
interface APIGatewayProxyEvent { headers: Record<string, string>; body: string | null }
export const handler = async (event: ScheduledEvent | { headers: { Authorization: string }; body: string }) => {
  console.log(JSON.stringify(event));
};
export const lambdaHandler = async (event: ScheduledEvent | APIGatewayProxyEvent) => {
  console.log(JSON.stringify(event));
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 4, column: 30, endLine: 4, endColumn: 35, suggestions: [] },
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 7, column: 30, endLine: 7, endColumn: 35, suggestions: [] },
      ],
    },
    {
      name: "a union schedule handler that reads a field of its local test type is followed",
      code: `import type { ScheduledEvent } from 'aws-lambda';
interface LocalTestEvent { payload: string }
export const handler = async (event: ScheduledEvent | LocalTestEvent) => {
  console.log(event);
  return 'payload' in event ? event.payload : null;
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 4, column: 15, endLine: 4, endColumn: 20, suggestions: [] },
      ],
    },
    {
      name: 'a ScheduledEvent with a declared detail type is no schedule',
      code: `import type { ScheduledEvent } from 'aws-lambda';

interface CloudTrailDetail {
  userIdentity: { arn: string; accessKeyId: string };
  requestParameters: Record<string, unknown>;
}

export const handler = async (event: ScheduledEvent<CloudTrailDetail>) => {
  console.log(JSON.stringify(event));
  return { id: event.id };
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 9, column: 30, endLine: 9, endColumn: 35, suggestions: [] },
      ],
    },
    {
      name: 'a ScheduledEvent serialised and handed on (JSON.parse(JSON.stringify(event))) is followed',
      code: `import type { ScheduledEvent } from 'aws-lambda';
import { processFinding } from './findings';

export const handler = async (event: ScheduledEvent) => {
  console.log(JSON.stringify(event));
  await processFinding(JSON.parse(JSON.stringify(event)));
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 5, column: 30, endLine: 5, endColumn: 35, suggestions: [] },
      ],
    },
    {
      name: 'an EventBridgeEvent of detail type Scheduled Event whose detail the code reads is followed',
      code: `import type { EventBridgeEvent } from 'aws-lambda';

interface Detail {
  customerEmail: string;
}

export const handler = async (event: EventBridgeEvent<'Scheduled Event', Detail>) => {
  console.log(JSON.stringify(event));
  return event.detail.customerEmail;
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 8, column: 30, endLine: 8, endColumn: 35, suggestions: [] },
      ],
    },
    {
      name: 'a ScheduledEvent handed to a non-logger error method (pagerduty.error) is followed',
      code: `import type { ScheduledEvent } from 'aws-lambda';
import { pagerduty } from './pagerduty';

export const handler = async (event: ScheduledEvent) => {
  console.log(JSON.stringify(event));
  await pagerduty.error(event);
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 5, column: 30, endLine: 5, endColumn: 35, suggestions: [] },
      ],
    },
    {
      name: 'a ScheduledEvent handed to another function inside an object literal may be any EventBridge event',
      code: `import type { ScheduledEvent } from 'aws-lambda';
import { process as run } from './jobs';
export const handler = async (event: ScheduledEvent) => {
  console.log(JSON.stringify({ message: 'tick', event }));
  await run({ input: [event] });
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 4, column: 49, endLine: 4, endColumn: 54, suggestions: [] },
      ],
    },
    {
      name: 'a ScheduledEvent whose detail the code reads, or hands to another function, may be any EventBridge event (a CloudTrail call): followed',
      code: `import type { ScheduledEvent } from 'aws-lambda';
import { getInvoker } from './cloudtrail';
export const handler = async (input: ScheduledEvent) => {
  console.log(JSON.stringify(input, null, 2));
  const requestDetail = input.detail;
  return requestDetail.eventName;
};
export const lambdaHandler = async (input: ScheduledEvent) => {
  console.log(JSON.stringify({ message: 'event', input }));
  return getInvoker(input);
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'input' }, line: 4, column: 30, endLine: 4, endColumn: 35, suggestions: [] },
        { messageId: 'wholeEvent', data: { expression: 'input' }, line: 9, column: 50, endLine: 9, endColumn: 55, suggestions: [] },
      ],
    },
    {
      name: 'events of other detail types, and a ScheduledEvent type of the project, are followed; a verification token is a secret',
      code: `import type { EventBridgeEvent, ScheduledEvent } from 'aws-lambda';
import type { ScheduledEvent as OwnEvent } from './types';
export const handler = async (event: EventBridgeEvent<'Object Created', { object: { key: string } }>) => {
  console.log(JSON.stringify(event));
};
export const lambdaHandler = async (event: OwnEvent) => {
  console.log(JSON.stringify({ message: 'tick', event, verificationToken: process.env.TOKEN }));
};
export const previous: ScheduledEvent | null = null;`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 4, column: 30, endLine: 4, endColumn: 35, suggestions: [] },
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 7, column: 49, endLine: 7, endColumn: 54, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'process.env.TOKEN', term: 'token' }, line: 7, column: 75, endLine: 7, endColumn: 92, suggestions: [] },
      ],
    },
    {
      name: 'ResponseURL replaced on an event declared as an API event, or replaced by itself; a middy handler taking { signal }',
      code: `import type { APIGatewayProxyEvent, CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
export const handler = async (event: APIGatewayProxyEvent) => {
  console.log({ ...event, ResponseURL: '...' });
};
export const onEvent = async (event: CloudFormationCustomResourceEvent, context: Context) => {
  console.log({ ...event, ResponseURL: event.ResponseURL });
};
export const processOrder = async (event: APIGatewayProxyEvent, context: Context, { signal }: { signal: AbortSignal }) => {
  console.log(JSON.stringify(event));
};`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 3, 20, 25),
        error('wholeEvent', { expression: 'event' }, 6, 20, 25),
        error('wholeEvent', { expression: 'event' }, 9, 30, 35),
      ],
    },
    {
      name: 'exports found by an event type imported from a file of aws-lambda, or declared to return Promise<any>',
      code: `import { SQSEvent } from 'aws-lambda/trigger/sqs';
import type { DynamoDBStreamEvent } from 'aws-lambda';
export const handle = async (event: SQSEvent): Promise<void> => {
  console.log(\`event: \${JSON.stringify(event)}\`);
};
export const onStream = async (event: DynamoDBStreamEvent): Promise<any> => {
  console.log(JSON.stringify(event));
};`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 4, 40, 45), error('wholeEvent', { expression: 'event' }, 7, 30, 35)],
    },
    {
      name: "the function an exported factory returns, typed by the factory's declared handler type (`createHandler(): SQSHandler`), logs its event",
      code: `import type { SQSHandler } from 'aws-lambda';
export function createHandler(): SQSHandler {
  return async function (event) {
    console.log(JSON.stringify(event));
  };
}`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 4, 32, 37)],
    },
    {
      name: "Node's console module imported (namespace or default) is the global console",
      code: inHandler("import * as console from 'console';\nimport nodeConsole from 'node:console';\n", 'console.info({ headers: event.headers }); nodeConsole.log(event);'),
      output: null,
      errors: [
        error('eventPart', { expression: 'event.headers' }, 4, 27, 40),
        error('wholeEvent', { expression: 'event' }, 4, 61, 66),
      ],
    },
    {
      name: 'a module of shared middy set-up that exports no handler: the input-output logger in a chain with an HTTP middleware (not with omitPaths, nor in a chain without one)',
      code: `import middy from '@middy/core';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import inputOutputLogger from '@middy/input-output-logger';
import type { Handler } from 'aws-lambda';

export const middyfy = (handler: Handler) => middy(handler).use(inputOutputLogger()).use(httpJsonBodyParser());
export const withBody = (handler: Handler) =>
  middy(handler).use([httpJsonBodyParser(), inputOutputLogger({ logger: console.info })]);
export const quiet = (handler: Handler) =>
  middy(handler).use(httpJsonBodyParser()).use(inputOutputLogger({ omitPaths: ['event.headers', 'event.body'] }));
export const scheduled = (handler: Handler) => middy(handler).use(inputOutputLogger());`,
      output: null,
      errors: [
        { messageId: 'inputOutputLogger', data: { writer: 'to console.log, its default logger' }, line: 6, column: 65, endLine: 6, endColumn: 82, suggestions: [] },
        { messageId: 'inputOutputLogger', data: { writer: 'to console.info' }, line: 8, column: 45, endLine: 8, endColumn: 62, suggestions: [] },
      ],
    },
    {
      name: 'process.env read through a constant key that names a secret (a key naming no secret stays quiet)',
      code: `const DB_PASSWORD = 'DB_PASSWORD';
const TABLE = 'TABLE_NAME';
export const handler = async () => {
  console.log(JSON.stringify({ message: 'db config', db: process.env[DB_PASSWORD], table: process.env[TABLE] }));
  console.log(\`db password: \${process.env[DB_PASSWORD]}\`);
};`,
      output: null,
      errors: [
        error('sensitiveName', { expression: 'process.env[DB_PASSWORD]', term: 'password' }, 4, 58, 82),
        error('sensitiveName', { expression: 'process.env[DB_PASSWORD]', term: 'password' }, 5, 31, 55),
      ],
    },
    {
      name: 'Playwright: a secret logged in the page function of $eval stays in the browser; the same value logged by the handler is reported',
      code: `import { chromium } from 'playwright-core';
export const handler = async (event: { url: string; password: string }) => {
  const page = await (await chromium.launch()).newPage();
  await page.goto(event.url);
  await page.$eval('#password', (el, password) => { console.log({ password }); (el as HTMLInputElement).value = password; }, event.password);
  console.log({ password: event.password });
};`,
      errors: [error('sensitiveName', { expression: 'event.password', term: 'password' }, 6, 27, 41)],
    },
    {
      name: 'Powertools parser: a schema of the project with the event typed any: the event is followed',
      code: `import middy from '@middy/core';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { OrderEventSchema } from './schemas';
export const handler = middy(async (event: any) => {
  console.log(event.headers);
}).use(parser({ schema: OrderEventSchema }));
`,
      errors: [error('eventPart', { expression: 'event.headers' }, 5, 15, 28)],
    },
    {
      name: 'Powertools parser: a zod object of the file that keeps the body is the event',
      code: `import middy from '@middy/core';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { z } from 'zod';
const Request = z.object({ body: z.string(), path: z.string() });
export const handler = middy(async (event: z.infer<typeof Request>) => {
  console.log(event);
}).use(parser({ schema: Request }));
`,
      errors: [error('wholeEvent', { expression: 'event' }, 6, 15, 20)],
    },
    {
      name: 'Powertools parser: a nested object open to other keys keeps what the caller sent',
      code: `import middy from '@middy/core';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { z } from 'zod';
const Order = z.object({ id: z.string(), meta: z.object({ source: z.string() }).passthrough() });
export const handler = middy(async (event: z.infer<typeof Order>) => {
  console.log(JSON.stringify({ message: 'order', event }));
}).use(parser({ schema: Order }));
`,
      errors: [error('wholeEvent', { expression: 'event' }, 6, 50, 55)],
    },
    {
      name: 'Powertools parser: a schema imported from another module may declare anything: the event is followed',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import middy from '@middy/core';
import { paymentSchema } from './schemas';

const logger = new Logger();
export const handler = middy()
  .use(parser({ schema: paymentSchema, safeParse: false }))
  .handler(async (event) => {
    logger.info('Payment', { event });
  });
`,
      errors: [error('wholeEvent', { expression: 'event' }, 10, 30, 35)],
    },
    {
      name: 'Powertools parser: a schema of the file that declares headers and body keeps them',
      code: `import middy from '@middy/core';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { z } from 'zod';

const RequestSchema = z.object({
  headers: z.record(z.string()),
  body: z.string(),
});

export const handler = middy(async (event: z.infer<typeof RequestSchema>) => {
  console.log(event.headers);
  console.log(event.body);
  return { statusCode: 200 };
}).use(parser({ schema: RequestSchema }));
`,
      errors: [
        error('eventPart', { expression: 'event.headers' }, 11, 15, 28),
        error('eventPart', { expression: 'event.body' }, 12, 15, 25),
      ],
    },
    {
      name: 'Powertools parser: a schema open to other keys (passthrough, z.any()) keeps the whole event',
      code: `import middy from '@middy/core';
import { parser } from '@aws-lambda-powertools/parser/middleware';
import { z } from 'zod';
const Schema = z.object({ body: z.string() }).passthrough();
export const handler = middy(async (event: any) => {
  console.log(event.headers);
  console.log(event);
}).use(parser({ schema: Schema }));
`,
      errors: [
        error('eventPart', { expression: 'event.headers' }, 6, 15, 28),
        error('wholeEvent', { expression: 'event' }, 7, 15, 20),
      ],
    },
    {
      name: "Powertools parser: a schema built on Powertools' event schema, or safeParse (the original event comes too), leaves the event whole",
      code: `import type { LambdaInterface } from '@aws-lambda-powertools/commons/types';
import { Logger } from '@aws-lambda-powertools/logger';
import { parser } from '@aws-lambda-powertools/parser';
import { parser as parserMiddleware } from '@aws-lambda-powertools/parser/middleware';
import { APIGatewayProxyEventSchema } from '@aws-lambda-powertools/parser/schemas';
import middy from '@middy/core';
import { z } from 'zod';

const logger = new Logger();
const withBody = APIGatewayProxyEventSchema.extend({ body: z.string() });

class Api implements LambdaInterface {
  @parser({ schema: withBody })
  public async handler(event: z.infer<typeof withBody>): Promise<void> {
    logger.info('request', { event });
  }
}
const api = new Api();
export const handler = api.handler.bind(api);

const orderSchema = z.object({ id: z.number() });
export const lambdaHandler = middy(async (event: unknown) => {
  logger.info('parsed', { event });
}).use(parserMiddleware({ schema: orderSchema, safeParse: true }));
`,
      errors: [error('wholeEvent', { expression: 'event' }, 15, 30, 35), error('wholeEvent', { expression: 'event' }, 23, 27, 32)],
    },
    {
      name: "serverless-http's request hook gets the event second: its headers and body logged",
      code: `import serverless from 'serverless-http';
import express from 'express';
const app = express();
export const handler = serverless(app, {
  request: (request: any, event: any, _context: any) => {
    console.log('Headers:', JSON.stringify(event.headers, null, 2));
    console.log('Body:', event.body);
    return request;
  },
});`,
      errors: [
        error('eventPart', { expression: 'event.headers' }, 6, 44, 57),
        error('eventPart', { expression: 'event.body' }, 7, 26, 36),
      ],
    },
    {
      name: 'Pulumi: the eventHandler of an awsx API route (inline, or a function of the file) is a handler; its event is the API Gateway proxy event',
      code: `import * as awsx from '@pulumi/awsx';
import type { APIGatewayProxyEvent } from 'aws-lambda';
const stage = process.env.STAGE;
console.log('deploying ' + stage, process.env);
const onPost = async (req: APIGatewayProxyEvent) => {
  console.log('post ' + req.headers.authorization);
  return { statusCode: 201, body: '' };
};
export const api = new awsx.apigateway.API('hello-world', {
  routes: [
    {
      path: 'encode',
      method: 'GET',
      eventHandler: async (event) => {
        console.log('request:' + JSON.stringify(event));
        return { statusCode: 200, body: event.body ?? '' };
      },
    },
    { path: 'items', method: 'POST', eventHandler: onPost },
  ],
});`,
      output: null,
      errors: [
        error('sensitiveName', { expression: 'req.headers.authorization', term: 'authorization' }, 6, 25, 50),
        error('wholeEvent', { expression: 'event' }, 15, 49, 54),
      ],
    },
    {
      name: "Pulumi: the handler of a Lambda authorizer made by getTokenLambdaAuthorizer / getRequestLambdaAuthorizer (aws-apigateway's or awsx's) is a handler; a local function of that name is not",
      code: `import * as apigateway from '@pulumi/aws-apigateway';
import * as awsx from '@pulumi/awsx';
const authorizerLambda = async (event: apigateway.AuthorizerEvent) => {
  console.log(event);
  return { principalId: 'user', policyDocument: { Version: '2012-10-17', Statement: [] } };
};
console.log('program', process.env);
export const api = new awsx.apigateway.API('api', {
  routes: [{
    path: '/hello',
    method: 'GET',
    eventHandler: async () => ({ statusCode: 200, body: 'hi' }),
    authorizers: [
      apigateway.getTokenLambdaAuthorizer({ header: 'Authorization', handler: authorizerLambda }),
      awsx.apigateway.getRequestLambdaAuthorizer({
        queryParameters: ['token'],
        handler: async (request: awsx.apigateway.AuthorizerEvent) => {
          console.info(JSON.stringify(request.headers));
          return { principalId: 'user', policyDocument: { Version: '2012-10-17', Statement: [] } };
        },
      }),
      getTokenLambdaAuthorizer({ handler: (e: unknown) => { console.log(e); } }),
    ],
  }],
});
declare function getTokenLambdaAuthorizer(options: object): object;`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 4, 15, 20),
        error('eventPart', { expression: 'request.headers' }, 18, 39, 54),
      ],
    },
    {
      name: "Pulumi: a function of the program an inline handler calls, directly or through another, runs in Lambda: its logs count; one called only at deploy time does not",
      code: `import * as apigateway from '@pulumi/aws-apigateway';
import * as aws from '@pulumi/aws';
const authorizerLambda = async (event: apigateway.AuthorizerEvent) => {
  try {
    return await authenticate(event);
  } catch (err) {
    throw new Error('Unauthorized');
  }
};
async function authenticate(event: apigateway.AuthorizerEvent) {
  console.log(event);
  return verify(event.authorizationToken);
}
const verify = (token: string | undefined) => {
  console.log('verifying', token);
  return { principalId: 'user', policyDocument: { Version: '2012-10-17', Statement: [] } };
};
function describeStack(settings: object) {
  console.log('settings', settings, process.env);
}
describeStack({ stage: 'dev' });
export const authorizer = apigateway.getTokenLambdaAuthorizer({ header: 'Authorization', handler: authorizerLambda });
new aws.lambda.CallbackFunction('cb', { callback: async () => ({ ok: true }) });`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 11, 15, 20),
        error('sensitiveName', { expression: 'token', term: 'token' }, 15, 28, 33),
      ],
    },
    {
      name: 'a whole aws-lambda event first, under any name: a handler by the event type, its event followed',
      code: `import type { APIGatewayProxyEvent, SQSEvent } from 'aws-lambda';
export const getOrder = async (event: APIGatewayProxyEvent) => {
  console.log(JSON.stringify(event));
  return { statusCode: 200, body: '' };
};
export async function drainQueue(batch: SQSEvent): Promise<void> {
  console.info('batch', batch);
}`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 3, 30, 35),
        error('wholeEvent', { expression: 'batch' }, 7, 25, 30),
      ],
    },
    {
      name: "a whole @pulumi/aws event first (a CallbackFunction's callback in another file): a handler by the event type",
      code: `import * as aws from '@pulumi/aws';
import { BucketEvent } from '@pulumi/aws/s3';
export const onMessage = async (event: aws.sqs.QueueEvent) => {
  console.log(JSON.stringify(event));
};
export async function sliceHandler(batch: BucketEvent): Promise<void> {
  console.info('batch', batch);
}`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 4, 30, 35),
        error('wholeEvent', { expression: 'batch' }, 7, 25, 30),
      ],
    },
    {
      name: "the function an exported factory returns, typed as a handler (Context, aws-lambda return type, a declared Handler): its event followed",
      code: `import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context, Handler } from 'aws-lambda';
export function createApiGatewayHandler(server: { handle(b: string): Promise<string> }): Handler {
  return async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
    console.debug('Incoming event:', JSON.stringify(event, null, 2));
    return { statusCode: 200, body: await server.handle(event.body ?? '') };
  };
}
export const handleWriteInternal = (table: string) => async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  console.log(\`Request: \${JSON.stringify(event)}\`);
  return { statusCode: 200, body: table };
};`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 4, 53, 58),
        error('wholeEvent', { expression: 'event' }, 9, 42, 47),
      ],
    },
    {
      name: "input-output logger whose logger function hands Powertools what it is given whole (the NHS shape)",
      code: `import type { APIGatewayProxyEvent } from 'aws-lambda';
import middy from '@middy/core';
import inputOutputLogger from '@middy/input-output-logger';
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
const logger = new Logger({ serviceName: 'token' });
const lambdaHandler = async (event: APIGatewayProxyEvent) => ({ statusCode: 200, body: JSON.stringify({ ok: true }) });
export const handler = middy(lambdaHandler)
  .use(injectLambdaContext(logger))
  .use(
    inputOutputLogger({
      logger: (request) => {
        logger.info('request', { request });
      },
    }),
  );`,
      output: null,
      errors: [ioError(LOGGER_FUNCTION, 11, 5, 22)],
    },
    {
      name: 'input-output logger in a list of middlewares bound to a name (as const too), handed to use(); a list used nowhere stays quiet',
      code: `import type { APIGatewayProxyEvent } from 'aws-lambda';
import middy from '@middy/core';
import cors from '@middy/http-cors';
import inputOutputLogger from '@middy/input-output-logger';
const middlewares = [cors(), inputOutputLogger()] as const;
const unused = [inputOutputLogger()];
export const handler = middy(async (event: APIGatewayProxyEvent) => ({ statusCode: 200, body: event.body })).use(middlewares);`,
      output: null,
      errors: [ioError(DEFAULT_WRITER, 5, 30, 47)],
    },
    {
      name: 'input-output logger: bound to a name used in an array beside an HTTP middleware, console.info, empty omitPaths, context options; the default logger for a function URL event; mask without omitPaths',
      code: `import type { LambdaFunctionURLEvent } from 'aws-lambda';
import middy from '@middy/core';
import cors from '@middy/http-cors';
import inputOutputLogger from '@middy/input-output-logger';
const io = inputOutputLogger({ logger: console.info, awsContext: true, omitPaths: [] });
const masked = { mask: '***', executionContext: true };
export const handler = middy(async (event) => ({ statusCode: 200 })).use([cors(), io]);
export const plain = middy(async ({ body }: LambdaFunctionURLEvent) => ({ statusCode: 200, body }))
  .use(inputOutputLogger())
  .use(inputOutputLogger(masked));`,
      output: null,
      errors: [
        ioError('to console.info', 5, 12, 29),
        ioError(DEFAULT_WRITER, 9, 8, 25),
        ioError(DEFAULT_WRITER, 10, 8, 25),
      ],
    },
    {
      name: 'input-output logger: a logger function that tells the request from the response by a part, one of the file serialising, in a factory of the file',
      code: `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import middy from '@middy/core';
import inputOutputLogger from '@middy/input-output-logger';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
const writeMessage = (message: unknown) => console.log(JSON.stringify(message, null, 2));
const lambdaHandler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => ({ statusCode: 200, body: '' });
export const handler = middy(lambdaHandler).use(
  inputOutputLogger({
    logger: (request) => {
      const response = (request as { response?: unknown } | null | undefined)?.response;
      if (response === undefined) {
        logger.info('inputOutputLogger request', { request });
      } else {
        logger.debug('inputOutputLogger response', { response });
      }
    },
  }),
);
export const newHandler = (deps: { table: string }) =>
  middy(async (event: APIGatewayProxyEvent) => ({ statusCode: 200, body: deps.table })).use(
    inputOutputLogger({ logger: writeMessage }),
  );
export const main = newHandler({ table: 't' });`,
      output: null,
      errors: [ioError(LOGGER_FUNCTION, 9, 3, 20), ioError(LOGGER_FUNCTION, 22, 5, 22)],
    },
    {
      name: 'a handler made by a factory of the file that returns a middy chain: the event followed into the function wrapped and the function it calls',
      code: `import type { APIGatewayProxyEventBase, APIGatewayProxyResult } from 'aws-lambda';
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
type Params = { logger: Logger };
const lambdaHandler = async (event: APIGatewayProxyEventBase<unknown>, { logger }: Params): Promise<APIGatewayProxyResult> => {
  if (!event.pathParameters?.id) logger.warn('No id in request', { event });
  return { statusCode: 200, body: '' };
};
export const newHandler = (init: { logger: Logger }) => {
  const params: Params = { logger: init.logger };
  return middy((event: APIGatewayProxyEventBase<unknown>) => lambdaHandler(event, params))
    .use(injectLambdaContext(init.logger, { clearState: true }));
};
export const handler = newHandler({ logger: new Logger() });`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 7, 68, 73)],
    },
    {
      name: 'export default taking a whole aws-lambda event: a handler by the event type',
      code: `import type { APIGatewayProxyEvent } from 'aws-lambda';
export default async function (event: APIGatewayProxyEvent) {
  console.log(event);
  return { statusCode: 200, body: '' };
}`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 15, 20)],
    },
    {
      name: 'Pulumi: handlers written inline (subscription, createFunctionFromEventHandler, callbackFactory, onSchedule); the program around them is not Lambda code',
      code: `import * as aws from '@pulumi/aws';
const config = { dbPassword: 'x' };
console.log('password', config.dbPassword);
const bucket = new aws.s3.Bucket('uploads');
bucket.onObjectCreated('onNew', async (ev) => {
  console.log(JSON.stringify(ev));
});
export const fn = aws.lambda.createFunctionFromEventHandler('f', async (event, context) => {
  console.log(event.headers);
});
new aws.lambda.CallbackFunction('cb', {
  callbackFactory: () => {
    return async (e) => {
      console.log(\`user \${e.user}\`);
    };
  },
});
aws.cloudwatch.onSchedule('nightly', 'rate(1 day)', async (event) => console.log(event));`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'ev' }, 6, 30, 32),
        error('eventPart', { expression: 'event.headers' }, 9, 15, 28),
        error('wholeEvent', { expression: 'event' }, 18, 82, 87),
      ],
    },
    {
      name: 'Pulumi: the callback of a CallbackFunction is a handler, its first parameter the event',
      code: `import * as aws from '@pulumi/aws';
const fn = new aws.lambda.CallbackFunction('hello', {
  callback: async (ev: unknown) => {
    console.log(JSON.stringify(ev));
    return { statusCode: 200, body: 'hello' };
  },
});
export const arn = fn.arn;`,
      output: null,
      errors: [error('wholeEvent', { expression: 'ev' }, 4, 32, 34)],
    },
    {
      name: "the Serverless Framework TypeScript template: `main = middyfy(hello)`, typed with the project's own type",
      code: `import { middyfy } from '@libs/lambda';
import type { ValidatedEventAPIGatewayProxyEvent } from '@libs/api-gateway';
const hello: ValidatedEventAPIGatewayProxyEvent<typeof schema> = async (event) => {
  console.log(event);
  return { statusCode: 200, body: JSON.stringify({ id: event.body.id }) };
};
export const main = middyfy(hello);`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 4, 15, 20)],
    },
    {
      name: 'middyfy around a function that destructures its event: the parts are the event\'s',
      code: `import { middyfy } from '../../libs/lambda';
const create = async ({ body, headers }) => {
  console.log('create', JSON.stringify({ body, headers }));
  return { statusCode: 201, body: '' };
};
export const main = middyfy(create);`,
      output: null,
      errors: [
        error('eventPart', { expression: 'body (event.body)' }, 3, 42, 46),
        error('eventPart', { expression: 'headers (event.headers)' }, 3, 48, 55),
      ],
    },
    {
      name: 'middyfy inside another wrapper (`withSentry(middyfy(hello))`): still behind middy; helpers beside it are not',
      code: `import { middyfy } from '@libs/lambda';
import { withSentry } from '@libs/sentry';
const hello = async (event: { body: string }) => {
  console.log(event);
  return { statusCode: 200 };
};
export const main = withSentry(middyfy(hello));
export const helper = (x: { body: string }) => console.log(x);`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 4, 15, 20)],
    },
    {
      name: "a level method of the team's own logger, imported from its module",
      code: inHandler("import { logger } from './logger';\n", "logger.info('event', event);"),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 24, 29)],
    },
    {
      name: "the team's own logger class: the event in any argument position",
      code: `import Logger, { LoggingLevel } from '../utils/logger';
const logger = new Logger(process.env.AWS_LAMBDA_FUNCTION_NAME);
export const handler = async (event: any) => {
  logger.log(LoggingLevel.INFO, 'Received event', JSON.stringify(event, null, 2));
};`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 4, 66, 71)],
    },
    {
      name: "a logger made by the team's own factory",
      code: `import { getLogger } from '../common/container';
const logger = getLogger('handler');
export const handler = async (event: any) => {
  logger.debug(\`Event: \${JSON.stringify(event)}\`, { headers: event.headers });
};`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 4, 41, 46),
        error('eventPart', { expression: 'event.headers' }, 4, 62, 75),
      ],
    },
    {
      name: "winston's module used as its default logger",
      code: "import winston from 'winston';\nexport const handler = async (event: any) => {\n  winston.info('received', { event });\n  winston.log('info', 'x', { headers: event.headers });\n};",
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 3, 30, 35),
        error('eventPart', { expression: 'event.headers' }, 4, 39, 52),
      ],
    },
    {
      name: "Node's process module imported (default or env) is the same process.env",
      code: `import process from 'node:process';
import { env } from 'process';
export const handler = async (event: any) => {
  console.log(process.env, JSON.stringify(env));
};`,
      output: null,
      errors: [
        error('processEnv', { expression: 'process.env' }, 4, 15, 26),
        error('processEnv', { expression: 'env (process.env)' }, 4, 43, 46),
      ],
    },
    {
      name: 'a secret destructured under a generic name is still reported',
      code: inHandler('', "const { authToken: token } = JSON.parse(event.body);\n  console.log(JSON.stringify({ token }));"),
      output: null,
      errors: [error('sensitiveName', { expression: 'token', term: 'token' }, 3, 32, 37)],
    },
    {
      name: "a secret's key destructured under another name (the header, a nested pattern, a parsed body)",
      code: inHandler(
        '',
        "const { authorization: authHeader } = event.headers;\n  const { headers: { Authorization: bearer } } = event;\n  const { password: pw } = JSON.parse(event.body);\n  console.log(authHeader, JSON.stringify({ bearer }), pw);",
      ),
      output: null,
      errors: [
        error('sensitiveName', { expression: 'authHeader', term: 'authorization' }, 5, 15, 25),
        error('sensitiveName', { expression: 'bearer', term: 'authorization' }, 5, 44, 50),
        error('sensitiveName', { expression: 'pw', term: 'password' }, 5, 55, 57),
      ],
    },
    {
      name: "a helper's bare token parameter handed a secret by one of its calls",
      code: `async function use(token: string) {
  console.log(JSON.stringify({ message: 'using', token }));
}
export async function handler(event: { ClientRequestToken: string; authToken: string }) {
  await use(event.ClientRequestToken);
  await use(event.authToken);
}`,
      output: null,
      errors: [error('sensitiveName', { expression: 'token', term: 'token' }, 2, 50, 55)],
    },
    {
      name: 'the whole request context and its identity (API key, caller); a field picked from them is fine',
      code: inHandler(
        '',
        'console.log(JSON.stringify({ ctx: event.requestContext, who: event.requestContext.identity, ip: event.requestContext.identity.sourceIp }));',
      ),
      output: null,
      errors: [
        error('eventPart', { expression: 'event.requestContext' }, 2, 37, 57),
        error('eventPart', { expression: 'event.requestContext.identity' }, 2, 64, 93),
      ],
    },
    {
      name: 'a local declared empty and given the parsed body later (parse if present), or the headers',
      code: `export const handler = async (event: any) => {
  let body = {};
  if (event.body) {
    body = JSON.parse(event.body);
  }
  let headers: Record<string, string> | undefined;
  headers = event.headers;
  console.log(JSON.stringify({ message: 'resolved', body, headers }));
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'body (event.body)' }, 8, 53, 57),
        error('eventPart', { expression: 'headers (event.headers)' }, 8, 59, 66),
      ],
    },
    {
      name: 'CJS: a local given the parsed body in one branch and something else in another (catch, else) may hold the body; one replaced after it in sequence does not',
      code: `exports.handler = async (event) => {
  let body = {};
  try { body = JSON.parse(event.body); } catch (e) { body = {}; }
  let params = {};
  if (event.body) params = JSON.parse(event.body); else params = event.queryStringParameters;
  let replaced = {};
  replaced = JSON.parse(event.body);
  replaced = { id: replaced.id };
  let reset = {};
  reset = JSON.parse(event.body);
  reset = {};
  console.log(JSON.stringify({ body, params, replaced, reset }));
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'body (event.body)' }, 12, 32, 36),
        error('eventPart', { expression: 'params (event.body)' }, 12, 38, 44),
      ],
    },
    {
      name: "a console method named by a constant (`const level = 'log'; console[level](…)`) is a log call; one named by a parameter is unknown",
      code: `const level = 'log';
export const handler = async (event: any, method: string) => {
  console[level](event);
  (console as any)[method](event.headers);
};`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 18, 23)],
    },
    {
      name: 'an event parameter written over with a sensitive part of itself holds that part where it is logged; its own reads before the write are the event',
      code: `export const handler = async (event: any) => {
  event = JSON.parse(event.body);
  console.log(event);
};`,
      output: null,
      errors: [error('eventPart', { expression: 'event (event.body)' }, 3, 15, 20)],
    },
    {
      name: 'an object written later into a local or over the event holds what its members hold (a part, a spread of the whole event)',
      code: `export const handler = async (event: any) => {
  let data = {};
  data = { headers: event.headers };
  console.log(JSON.stringify(data));
  event = { ...event, received: Date.now() };
  console.log(event);
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'data (event.headers)' }, 4, 30, 34),
        error('wholeEvent', { expression: 'event' }, 6, 15, 20),
      ],
    },
    {
      name: 'CJS: a parameter written over with the headers in sequence holds the headers',
      code: `exports.handler = async (event, context) => {
  event = event.headers;
  console.log(event);
};`,
      output: null,
      errors: [error('eventPart', { expression: 'event (event.headers)' }, 3, 15, 20)],
    },
    {
      name: 'CJS: a parameter written over in a branch may still be the whole event',
      code: `exports.handler = async (request) => {
  if (request.body) request = JSON.parse(request.body);
  console.info('request', request);
};`,
      output: null,
      errors: [error('wholeEvent', { expression: 'request' }, 3, 27, 34)],
    },
    {
      name: 'a local declared as the event and written over: the values it may hold where it is logged (the parsed body; the event when the write is conditional or in a try block that may throw first)',
      code: `export const handler = async (event: any) => {
  let payload = event;
  payload = JSON.parse(event.body);
  console.log('payload', payload);
  let input = event;
  if (event.isBase64Encoded) input = { id: event.id };
  console.log('input', input);
  let parsed = event.body;
  try {
    parsed = JSON.parse(parsed);
  } catch {}
  console.log('parsed', parsed);
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'payload (event.body)' }, 4, 26, 33),
        error('wholeEvent', { expression: 'input (event)' }, 7, 24, 29),
        error('eventPart', { expression: 'parsed (event.body)' }, 12, 25, 31),
      ],
    },
    {
      name: 'the right side of `a && b` is the value: a sensitive part or name there is reported, the guard is not',
      code: `export const handler = async (event: any) => {
  const authorizer = event.requestContext && event.requestContext.authorizer;
  const body = event.body && JSON.parse(event.body);
  console.log(JSON.stringify({ authorizer, body, auth: event.headers && event.headers.authorization }));
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'authorizer (event.requestContext.authorizer)' }, 4, 32, 42),
        error('eventPart', { expression: 'body (event.body)' }, 4, 44, 48),
        error('sensitiveName', { expression: 'event.headers.authorization', term: 'authorization' }, 4, 73, 100),
      ],
    },
    {
      name: 'a local filled in later with an array holding sensitive parts (literal, Array.of, Array.from of a literal, [].concat), and Array.of logged',
      code: `export const handler = async (event: any) => {
  let body: unknown[] = [];
  body = [JSON.parse(event.body) as { id: string }];
  let items: unknown[] | undefined;
  items = Array.of(event.headers);
  let copies = [];
  copies = Array.from([event.requestContext.authorizer]);
  let all: unknown[] = [];
  all = [].concat(event.cookies);
  console.log(JSON.stringify({ body, items, copies, all }), Array.of(process.env));
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'body (event.body)' }, 10, 32, 36),
        error('eventPart', { expression: 'items (event.headers)' }, 10, 38, 43),
        error('eventPart', { expression: 'copies (event.requestContext.authorizer)' }, 10, 45, 51),
        error('eventPart', { expression: 'all (event.cookies)' }, 10, 53, 56),
        error('processEnv', { expression: 'process.env' }, 10, 70, 81),
      ],
    },
    {
      name: 'a value chosen with a fallback or a condition, read the same when filled later or destructured with a rest',
      code: `export const handler = async (event: any) => {
  let request: { url?: string };
  try {
    request = JSON.parse(event.body || '{}');
  } catch {
    return { statusCode: 400 };
  }
  let raw: string;
  raw = event.body ?? '';
  let payload = {};
  payload = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString() : event.body;
  const { id, ...context } = event || {};
  console.log(JSON.stringify({ message: 'request', request, raw, payload, context, id }));
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'request (event.body)' }, 13, 52, 59),
        error('eventPart', { expression: 'raw (event.body)' }, 13, 61, 64),
        error('eventPart', { expression: 'payload (event.body)' }, 13, 66, 73),
        error('eventPart', { expression: 'context (rest of event)' }, 13, 75, 82),
      ],
    },
    {
      name: 'a member read off a fallback object is that part of the event',
      code: inHandler('', "console.log(JSON.stringify((event.requestContext || {}).authorizer), (event.headers ?? {})['user-agent']);"),
      output: null,
      errors: [error('eventPart', { expression: 'event.requestContext.authorizer' }, 2, 30, 69)],
    },
    {
      name: 'strings and arrays turned into text print what they hold: the body, cookies, a serialised event',
      code: inHandler(
        '',
        "console.log(`body ${event.body}`, 'cookies ' + event.cookies, `event ${JSON.stringify(event)}`);",
      ),
      output: null,
      errors: [
        error('eventPart', { expression: 'event.body' }, 2, 23, 33),
        error('eventPart', { expression: 'event.cookies' }, 2, 50, 63),
        error('wholeEvent', { expression: 'event' }, 2, 89, 94),
      ],
    },
    {
      name: 'a secret read through a member that names only its form (.value)',
      code: inHandler("import { Resource } from 'sst';\n", 'console.log(Resource.MySecret.value, mySecret.value, cfg.dbPassword.value);'),
      output: null,
      errors: [
        error('sensitiveName', { expression: 'Resource.MySecret.value', term: 'secret' }, 3, 15, 38),
        error('sensitiveName', { expression: 'mySecret.value', term: 'secret' }, 3, 40, 54),
        error('sensitiveName', { expression: 'cfg.dbPassword.value', term: 'password' }, 3, 56, 76),
      ],
    },
    {
      name: "a function the handler hands its event to logs the handler's event",
      code: `function describe(event: { type: string }) { console.log(event); }
export const handler = async (event: any) => { describe(event); };`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 1, 58, 63)],
    },
    {
      name: 'TypeScript: a typed helper given the event by a typed handler',
      code: `import type { APIGatewayProxyHandler, APIGatewayProxyEvent } from 'aws-lambda';
function audit(this: void, request: APIGatewayProxyEvent): void {
  console.log(request.multiValueHeaders);
}
export const handler: APIGatewayProxyHandler = async (event) => {
  audit(event as APIGatewayProxyEvent);
  return { statusCode: 200, body: '' };
};`,
      output: null,
      errors: [error('eventPart', { expression: 'request.multiValueHeaders (event.multiValueHeaders)' }, 3, 15, 40)],
    },
    {
      name: "TypeScript: a class handler's method reached through an exported arrow on an instance (Powertools LambdaInterface)",
      code: `import type { LambdaInterface } from '@aws-lambda-powertools/commons/types';
import type { Context } from 'aws-lambda';
class MyFunction implements LambdaInterface {
  public async handler(event: unknown, context: Context): Promise<void> {
    console.log(\`event \${JSON.stringify(event)}\`, context.awsRequestId);
  }
}
const myFunction = new MyFunction();
export const lambdaHandler = async (event: unknown, context: Context) => myFunction.handler(event, context);`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 5, 41, 46)],
    },
    {
      name: 'an event parameter with a default',
      code: "export const handler = async (event: any = {}) => {\n  console.log(event);\n};",
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 15, 20)],
    },
    {
      name: 'TS typed handler with another export name',
      code: "import type { APIGatewayProxyHandler } from 'aws-lambda';\nexport const api: APIGatewayProxyHandler = async (req) => {\n  console.log(req.headers);\n  return { statusCode: 200, body: '' };\n};",
      output: null,
      errors: [error('eventPart', { expression: 'req.headers' }, 3, 15, 26)],
    },
    {
      name: 'export { main as handler }',
      code: 'async function main(evt: unknown) {\n  console.log(JSON.stringify(evt));\n}\nexport { main as handler };',
      output: null,
      errors: [error('wholeEvent', { expression: 'evt' }, 2, 30, 33)],
    },
    {
      name: 'Powertools class handler: the event in the method',
      code: `${POWERTOOLS}class Lambda {
  @logger.injectLambdaContext()
  public async handler(event: { body: string }): Promise<void> {
    logger.debug('body', { body: event.body });
  }
}
const instance = new Lambda();
export const handler = instance.handler.bind(instance);`,
      output: null,
      errors: [error('eventPart', { expression: 'event.body' }, 6, 34, 44)],
    },
    {
      name: 'console.log(event)',
      code: inHandler('', 'console.log(event);'),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 15, 20)],
    },
    {
      name: 'the event through JSON.stringify in a concatenation',
      code: inHandler('', "console.log('Received: ' + JSON.stringify(event, null, 2));"),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 45, 50)],
    },
    {
      name: 'the event as a field',
      code: inHandler(POWERTOOLS, "logger.info('Received', { event });"),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 4, 29, 34)],
    },
    {
      name: 'the event spread into the fields',
      code: inHandler(POWERTOOLS, "logger.info('Received', { ...event, at: Date.now() });"),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 4, 32, 37)],
    },
    {
      name: 'headers through JSON.stringify',
      code: inHandler('', 'console.log(JSON.stringify(event.headers));'),
      output: null,
      errors: [error('eventPart', { expression: 'event.headers' }, 2, 30, 43)],
    },
    {
      name: 'multiValueHeaders, cookies and the authorizer',
      code: inHandler(
        POWERTOOLS,
        "logger.debug('req', { h: event.multiValueHeaders, c: event.cookies, a: event.requestContext.authorizer });",
      ),
      output: null,
      errors: [
        error('eventPart', { expression: 'event.multiValueHeaders' }, 4, 28, 51),
        error('eventPart', { expression: 'event.cookies' }, 4, 56, 69),
        error('eventPart', { expression: 'event.requestContext.authorizer' }, 4, 74, 105),
      ],
    },
    {
      name: 'an alias of the headers',
      code: inHandler(PINO, "const h = event.headers;\n  log.info({ h }, 'headers');"),
      output: null,
      errors: [error('eventPart', { expression: 'h (event.headers)' }, 5, 14, 15)],
    },
    {
      name: 'the parsed body',
      code: inHandler(POWERTOOLS, "const body = JSON.parse(event.body);\n  logger.info('order', { body });"),
      output: null,
      errors: [error('eventPart', { expression: 'body (event.body)' }, 5, 26, 30)],
    },
    {
      name: 'destructured event parameter',
      code: "export const handler = async ({ body, headers }: any) => {\n  console.log(body, headers.host);\n};",
      output: null,
      errors: [error('eventPart', { expression: 'body (event.body)' }, 2, 15, 19)],
    },
    {
      name: 'process.env',
      code: inHandler(POWERTOOLS, "logger.debug('env', { env: process.env });"),
      output: null,
      errors: [error('processEnv', { expression: 'process.env' }, 4, 30, 41)],
    },
    {
      name: 'process.env spread',
      code: inHandler('', 'console.log({ ...process.env });'),
      output: null,
      errors: [error('processEnv', { expression: 'process.env' }, 2, 20, 31)],
    },
    {
      name: 'process.env through globalThis, and copies of the event (structuredClone, Object.assign)',
      code: inHandler('', "console.log(JSON.stringify(globalThis.process.env));\n  const copy = Object.assign({}, event, { at: 1 });\n  console.log(copy, structuredClone(event.headers));"),
      output: null,
      errors: [
        error('processEnv', { expression: 'globalThis.process.env (process.env)' }, 2, 30, 52),
        error('wholeEvent', { expression: 'copy (event)' }, 4, 15, 19),
        error('eventPart', { expression: 'event.headers' }, 4, 37, 50),
      ],
    },
    {
      name: 'a not-secret token name decides only about a bare token: specific secret names on either side still count',
      code: inHandler('', "const nextToken = event.headers.Authorization;\n  console.log(JSON.stringify({ nextToken }));\n  const password = event.nextToken;\n  console.log(JSON.stringify({ password }));"),
      output: null,
      errors: [
        error('sensitiveName', { expression: 'nextToken (event.headers.Authorization)', term: 'authorization' }, 3, 32, 41),
        error('sensitiveName', { expression: 'password', term: 'password' }, 5, 32, 40),
      ],
    },
    {
      name: "an AppSync resolver's request headers and caller identity (also a Cognito trigger's request)",
      code: `import type { AppSyncResolverHandler } from 'aws-lambda';
export const handler: AppSyncResolverHandler<{ id: string }, string> = async (event) => {
  console.log(JSON.stringify({ headers: event.request.headers, identity: event.identity }));
  console.log(JSON.stringify({ sourceIp: event.identity.sourceIp, request: event.request }));
  return event.arguments.id;
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'event.request.headers' }, 3, 41, 62),
        error('eventPart', { expression: 'event.identity' }, 3, 74, 88),
        error('eventPart', { expression: 'event.request' }, 4, 76, 89),
      ],
    },
    {
      name: "a Cognito trigger's user attributes logged whole (a picked attribute is the code's choice)",
      code: `import type { PreSignUpTriggerHandler } from 'aws-lambda';
export const handler: PreSignUpTriggerHandler = async (event) => {
  console.log(JSON.stringify({ attributes: event.request.userAttributes, given: event.request.userAttributes.given_name }));
  return event;
};`,
      output: null,
      errors: [error('eventPart', { expression: 'event.request.userAttributes' }, 3, 44, 72)],
    },
    {
      name: "an identifier-like name does not hide the event's own names, nor an access key ID a secret variable",
      code: `const accessKeyId = process.env.AWS_SECRET_ACCESS_KEY;
${inHandler('', "const passwordPath = event.body.password;\n  console.log(JSON.stringify({ passwordPath, accessKeyId }));")}`,
      output: null,
      errors: [
        error('sensitiveName', { expression: 'passwordPath (event.body.password)', term: 'password' }, 4, 32, 44),
        error('sensitiveName', { expression: 'accessKeyId (process.env.AWS_SECRET_ACCESS_KEY)', term: 'accessKey' }, 4, 46, 57),
      ],
    },
    {
      name: 'a session token logged beside a WAF lock token is still reported',
      code: `import { WAFV2 } from 'aws-sdk';
const waf = new WAFV2();
export const handler = async (event: { Id: string; Name: string; SessionToken: string }) => {
  const { LockToken } = await waf.getIPSet({ Id: event.Id, Name: event.Name, Scope: 'CLOUDFRONT' }).promise();
  const params = { Id: event.Id, Name: event.Name, Scope: 'CLOUDFRONT', Addresses: [], LockToken: LockToken!, SessionToken: event.SessionToken };
  console.debug('updateIPSet:', { params, lockToken: LockToken });
};`,
      output: null,
      errors: [error('sensitiveName', { expression: 'params (event.SessionToken)', term: 'token' }, 6, 35, 41)],
    },
    {
      name: "a helper's parameter with a plain or a secret's name, handed an environment variable, is still reported",
      code: `async function readParameter(name: string | undefined, secretValue: string | undefined): Promise<void> {
  console.info('Reading parameter', { name, secretValue });
}
export const handler = async () => {
  await readParameter(process.env.GITHUB_TOKEN, process.env.GITHUB_TOKEN);
};`,
      output: null,
      errors: [
        error('sensitiveName', { expression: 'name (process.env.GITHUB_TOKEN)', term: 'token' }, 2, 39, 43),
        error('sensitiveName', { expression: 'secretValue', term: 'secret' }, 2, 45, 56),
      ],
    },
    {
      name: 'a secret bound to a name that is not an identifier of it is reported through the name it was read from',
      code: `const tokenSecret = process.env.TOKEN_SECRET;
const secretNames = ['a'];
${inHandler('', "console.log(JSON.stringify({ tokenSecret, secretNames }));")}`,
      output: null,
      errors: [error('sensitiveName', { expression: 'tokenSecret', term: 'secret' }, 4, 32, 43)],
    },
    {
      name: 'a generic token name bound to an access token is still reported',
      code: inHandler('', "const token = String(event.accessToken);\n  console.log('t ' + token);"),
      output: null,
      errors: [error('sensitiveName', { expression: 'token', term: 'token' }, 3, 22, 27)],
    },
    {
      name: 'a serialiser of the file (JSON.stringify or util.inspect of its parameter) passes the value through',
      code: `import { inspect } from 'node:util';
const serialize = (object) => JSON.stringify(object, null, 2);
function show(value) { return inspect(value, { depth: 4 }); }
const label = (value) => value.id;
export const handler = async (event) => {
  console.log(serialize(process.env), show(event.headers), label(event));
};`,
      output: null,
      errors: [
        error('processEnv', { expression: 'process.env' }, 6, 25, 36),
        error('eventPart', { expression: 'event.headers' }, 6, 44, 57),
      ],
    },
    {
      name: "Architect's HTTP handler gets the request: logging it is logging the event",
      code: "const arc = require('@architect/functions');\nexports.handler = arc.http.async(async (req) => { console.log(JSON.stringify(req.headers)); });",
      output: null,
      errors: [error('eventPart', { expression: 'req.headers' }, 2, 78, 89)],
    },
    {
      name: 'a password by shorthand',
      code: inHandler(POWERTOOLS, "const { password } = JSON.parse(event.body);\n  logger.info('login', { password });"),
      output: null,
      errors: [error('sensitiveName', { expression: 'password', term: 'password' }, 5, 26, 34)],
    },
    {
      name: "credentials next to a model's token numbers: a credential word before the tokens, a singular after a counting word, per-user",
      code: `export const handler = async (event: any) => {
  const creds = event.auth as Record<string, string>;
  console.log(creds.accessToken, creds.idToken, creds.refreshToken, creds.sessionToken, creds.githubToken);
  console.log(JSON.stringify({ authTokens: creds.all, bearerTokens: creds.bearer, apiTokens: creds.api }));
  console.log(creds.csrfToken, creds.tokenSecret, creds.remainingAuthTokens, creds.usedToken, creds.perUserToken);
};`,
      output: null,
      errors: [
        error('sensitiveName', { expression: 'creds.accessToken', term: 'token' }, 3, 15, 32),
        error('sensitiveName', { expression: 'creds.idToken', term: 'token' }, 3, 34, 47),
        error('sensitiveName', { expression: 'creds.refreshToken', term: 'token' }, 3, 49, 67),
        error('sensitiveName', { expression: 'creds.sessionToken', term: 'token' }, 3, 69, 87),
        error('sensitiveName', { expression: 'creds.githubToken', term: 'token' }, 3, 89, 106),
        error('sensitiveName', { expression: 'authTokens', term: 'token' }, 4, 32, 53),
        error('sensitiveName', { expression: 'bearerTokens', term: 'token' }, 4, 55, 81),
        error('sensitiveName', { expression: 'apiTokens', term: 'token' }, 4, 83, 103),
        error('sensitiveName', { expression: 'creds.csrfToken', term: 'token' }, 5, 15, 30),
        error('sensitiveName', { expression: 'creds.tokenSecret', term: 'secret' }, 5, 32, 49),
        error('sensitiveName', { expression: 'creds.remainingAuthTokens', term: 'token' }, 5, 51, 76),
        error('sensitiveName', { expression: 'creds.usedToken', term: 'token' }, 5, 78, 93),
        error('sensitiveName', { expression: 'creds.perUserToken', term: 'token' }, 5, 95, 113),
      ],
    },
    {
      name: 'a token in a concatenation',
      code: inHandler('', "const accessToken = event.accessToken;\n  console.log('token: ' + accessToken);"),
      output: null,
      errors: [error('sensitiveName', { expression: 'accessToken', term: 'token' }, 3, 27, 38)],
    },
    {
      name: 'the Authorization header',
      code: inHandler(POWERTOOLS, "logger.info('auth', { auth: event.headers.Authorization });"),
      output: null,
      errors: [error('sensitiveName', { expression: 'event.headers.Authorization', term: 'authorization' }, 4, 31, 58)],
    },
    {
      name: 'an api key header by a string key',
      code: inHandler('', "console.info(event.headers['x-api-key']);"),
      output: null,
      errors: [error('sensitiveName', { expression: 'event.headers["x-api-key"]', term: 'apiKey' }, 2, 16, 42)],
    },
    {
      name: 'a secret under a sensitive key',
      code: inHandler(POWERTOOLS, "const k = event.k;\n  logger.info('partner', { apiKey: k });"),
      output: null,
      errors: [error('sensitiveName', { expression: 'apiKey', term: 'apiKey' }, 5, 28, 37)],
    },
    {
      name: 'an environment secret',
      code: inHandler('', 'console.log(process.env.DB_PASSWORD);'),
      output: null,
      errors: [error('sensitiveName', { expression: 'process.env.DB_PASSWORD', term: 'password' }, 2, 15, 38)],
    },
    {
      name: 'an object alias holding a token',
      code: inHandler(POWERTOOLS, "const data = { user: event.user, token: event.token };\n  logger.info('data', data);"),
      output: null,
      errors: [error('sensitiveName', { expression: 'data (event.token)', term: 'token' }, 5, 23, 27)],
    },
    {
      name: 'Powertools appendKeys adds the authorizer to every line',
      code: inHandler(POWERTOOLS, 'logger.appendKeys({ authorizer: event.requestContext.authorizer });'),
      output: null,
      errors: [error('eventPart', { expression: 'event.requestContext.authorizer' }, 4, 35, 66)],
    },
    {
      name: 'pino child bindings',
      code: inHandler(PINO, 'const child = log.child({ headers: event.headers });'),
      output: null,
      errors: [error('eventPart', { expression: 'event.headers' }, 4, 38, 51)],
    },
    {
      name: "Powertools' correlation id goes on every line: a bearer token set as one is logged; a request id, or the value a path finds in the event, is not",
      code: `import { Logger, correlationPaths } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = async (event: any) => {
  logger.setCorrelationId(event.headers.Authorization);
  logger.setCorrelationId(event.headers['x-request-id']);
  logger.setCorrelationId(event, correlationPaths.API_GATEWAY_REST);
  logger.setCorrelationId(event, 'requestContext.requestId');
  logger.info('done');
};`,
      output: null,
      errors: [error('sensitiveName', { expression: 'event.headers.Authorization', term: 'authorization' }, 4, 27, 54)],
    },
    {
      name: "a child logger and persistent keys of the team's own logger (named for logging) carry the event",
      code: `import { logger } from './lib/logger';
export const handler = async (event: any) => {
  const child = logger.child({ event });
  logger.appendKeys({ headers: event.headers });
  logger.appendPersistentKeys({ claims: event.requestContext.authorizer.claims });
  logger.setBindings({ env: process.env });
  logger.appendKeys({ path: event.path });
};`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 3, 32, 37),
        error('eventPart', { expression: 'event.headers' }, 4, 32, 45),
        error('eventPart', { expression: 'event.requestContext.authorizer.claims' }, 5, 41, 79),
        error('processEnv', { expression: 'process.env' }, 6, 29, 40),
      ],
    },
    {
      name: 'logging helpers handed an object holding the event, the event through a rest parameter, a secret by name',
      code: `const log = (...args: unknown[]) => console.log(new Date().toISOString(), ...args);
function logJson(label: string, data: unknown) { console.log(label, JSON.stringify(data)); }
function show(value: unknown) { console.log(value); }
function outer(input: unknown) { inner(input); }
function inner(text: unknown) { console.log(text); }
export const handler = async (event: any) => {
  const creds = await getCreds();
  log('event', event);
  logJson('request', { headers: event.headers, id: event.id });
  show(creds.secretKey);
  outer({ ...event.requestContext });
};`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'args (event)' }, 1, 78, 82),
        error('eventPart', { expression: 'data (event.headers)' }, 2, 84, 88),
        error('sensitiveName', { expression: 'value (creds.secretKey)', term: 'secretKey' }, 3, 45, 50),
        error('eventPart', { expression: 'text (event.requestContext)' }, 5, 45, 49),
      ],
    },
    {
      name: 'loggers made lazily (in a function the handler calls, at the top of the module) and by an async factory',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
import pino from 'pino';
let out: Logger | undefined;
let trace = null;
function sink(): Logger {
  out ??= new Logger({ serviceName: 'orders' });
  return out;
}
trace ||= pino();
async function createAuditor() {
  return pino({ level: 'info' });
}
export const handler = async (event: any) => {
  sink().info('received', { event });
  trace.info({ headers: event.headers }, 'received');
  const audit = await createAuditor();
  audit.info({ body: event.body }, 'received');
};`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 14, 29, 34),
        error('eventPart', { expression: 'event.headers' }, 15, 25, 38),
        error('eventPart', { expression: 'event.body' }, 17, 22, 32),
      ],
    },
    {
      name: "pino's base bindings (written on every line), at the top of the module and in the handler",
      code: `import pino from 'pino';
const log = pino({ level: 'info', base: { env: process.env } });
export const handler = async (event: any) => {
  const requestLog = pino({ base: { event } });
  requestLog.info('start');
};`,
      output: null,
      errors: [
        error('processEnv', { expression: 'process.env' }, 2, 48, 59),
        error('wholeEvent', { expression: 'event' }, 4, 37, 42),
      ],
    },
    {
      name: 'the parsed body logged directly (JSON.parse(event.body) is the body)',
      code: inHandler('', 'console.log(JSON.parse(event.body));'),
      output: null,
      errors: [error('eventPart', { expression: 'event.body' }, 2, 26, 36)],
    },
    {
      name: 'option sensitiveNames adds to the default list (password is still reported)',
      code: inHandler(POWERTOOLS, "logger.info('login', { password: event.password, ssn: event.ssn });"),
      options: [{ loggers: [], sensitiveNames: ['ssn'] }],
      output: null,
      errors: [
        error('sensitiveName', { expression: 'event.password', term: 'password' }, 4, 36, 50),
        error('sensitiveName', { expression: 'event.ssn', term: 'ssn' }, 4, 57, 66),
      ],
    },
    {
      name: 'option sensitiveNames',
      code: inHandler(POWERTOOLS, "logger.info('user', { ssn: event.ssn });"),
      options: [{ loggers: [], sensitiveNames: ['ssn'] }],
      output: null,
      errors: [error('sensitiveName', { expression: 'event.ssn', term: 'ssn' }, 4, 30, 39)],
    },
    {
      name: 'option loggers: a path suffix matches a path alias of the file (`@/…`, `#…`)',
      code: inHandler(
        "import { write } from '@/utils/logger';\nimport audit from '#utils/audit-log';\n",
        'write(event.headers); audit(process.env);',
      ),
      options: [{ loggers: ['utils/logger', 'utils/audit-log'], sensitiveNames: [] }],
      output: null,
      errors: [
        error('eventPart', { expression: 'event.headers' }, 4, 9, 22),
        error('processEnv', { expression: 'process.env' }, 4, 31, 42),
      ],
    },
    {
      name: 'option loggers',
      code: inHandler("import log from '@acme/log';\n", 'log(event);'),
      options: [{ loggers: ['@acme/log'], sensitiveNames: ['password'] }],
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 7, 12)],
    },
    {
      name: 'injectLambdaContext with logEvent: true as its only option',
      code: `import middy from '@middy/core';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
export const handler = middy(async () => ({})).use(injectLambdaContext(logger, { logEvent: true }));`,
      output: null,
      errors: [
        {
          messageId: 'logEventOption',
          line: 5,
          column: 82,
          endLine: 5,
          endColumn: 96,
          suggestions: [
            {
              messageId: 'removeLogEvent',
              output: `import middy from '@middy/core';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
export const handler = middy(async () => ({})).use(injectLambdaContext(logger));`,
            },
          ],
        },
      ],
    },
    {
      name: 'injectLambdaContext with logEvent: true as its only option, in parentheses: they go with it',
      code: `import middy from '@middy/core';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
export const handler = middy(async () => ({})).use(injectLambdaContext(logger, ({ logEvent: true })));`,
      output: null,
      errors: [
        {
          messageId: 'logEventOption',
          line: 5,
          column: 83,
          endLine: 5,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'removeLogEvent',
              output: `import middy from '@middy/core';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
export const handler = middy(async () => ({})).use(injectLambdaContext(logger));`,
            },
          ],
        },
      ],
    },
    {
      name: 'logEvent: true on the middleware of a handler whose EventBridge event is not a schedule, or whose detail it reads',
      code: `import middy from '@middy/core';
import type { EventBridgeEvent, ScheduledEvent } from 'aws-lambda';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
const onObject = async (event: EventBridgeEvent<'Object Created', { object: { key: string } }>) => event.detail.object.key;
export const objectHandler = middy(onObject).use(injectLambdaContext(logger, { logEvent: true }));
const onTick = async (event: ScheduledEvent<{ tenant: string }>) => event.detail.tenant;
export const tickHandler = middy(onTick).use(injectLambdaContext(logger, { logEvent: true }));`,
      output: null,
      errors: [
        {
          messageId: 'logEventOption',
          line: 7,
          column: 80,
          endLine: 7,
          endColumn: 94,
          suggestions: [
            {
              messageId: 'removeLogEvent',
              output: `import middy from '@middy/core';
import type { EventBridgeEvent, ScheduledEvent } from 'aws-lambda';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
const onObject = async (event: EventBridgeEvent<'Object Created', { object: { key: string } }>) => event.detail.object.key;
export const objectHandler = middy(onObject).use(injectLambdaContext(logger));
const onTick = async (event: ScheduledEvent<{ tenant: string }>) => event.detail.tenant;
export const tickHandler = middy(onTick).use(injectLambdaContext(logger, { logEvent: true }));`,
            },
          ],
        },
        {
          messageId: 'logEventOption',
          line: 9,
          column: 76,
          endLine: 9,
          endColumn: 90,
          suggestions: [
            {
              messageId: 'removeLogEvent',
              output: `import middy from '@middy/core';
import type { EventBridgeEvent, ScheduledEvent } from 'aws-lambda';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
const onObject = async (event: EventBridgeEvent<'Object Created', { object: { key: string } }>) => event.detail.object.key;
export const objectHandler = middy(onObject).use(injectLambdaContext(logger, { logEvent: true }));
const onTick = async (event: ScheduledEvent<{ tenant: string }>) => event.detail.tenant;
export const tickHandler = middy(onTick).use(injectLambdaContext(logger));`,
            },
          ],
        },
      ],
    },
    {
      name: 'injectLambdaContext with logEvent: true among other options',
      code: `import middy from '@middy/core';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger';
export const handler = middy(async () => ({})).use(injectLambdaContext(logger, { logEvent: true, clearState: true }));`,
      output: null,
      errors: [
        {
          messageId: 'logEventOption',
          line: 5,
          column: 82,
          endLine: 5,
          endColumn: 96,
          suggestions: [
            {
              messageId: 'removeLogEvent',
              output: `import middy from '@middy/core';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger';
export const handler = middy(async () => ({})).use(injectLambdaContext(logger, { clearState: true }));`,
            },
          ],
        },
      ],
    },
    {
      name: 'the decorator with logEvent: true',
      code: `${POWERTOOLS}class Lambda {
  @logger.injectLambdaContext({ logEvent: true })
  public async handler(_event: unknown): Promise<void> {}
}
const instance = new Lambda();
export const handler = instance.handler.bind(instance);`,
      output: null,
      errors: [
        {
          messageId: 'logEventOption',
          line: 4,
          column: 33,
          endLine: 4,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'removeLogEvent',
              output: `${POWERTOOLS}class Lambda {
  @logger.injectLambdaContext()
  public async handler(_event: unknown): Promise<void> {}
}
const instance = new Lambda();
export const handler = instance.handler.bind(instance);`,
            },
          ],
        },
      ],
    },
    {
      name: 'logEventIfEnabled forced on',
      code: inHandler(POWERTOOLS, 'logger.logEventIfEnabled(event, true);'),
      output: null,
      errors: [{ messageId: 'logEventIfEnabled', line: 4, column: 35, endLine: 4, endColumn: 39, suggestions: [] }],
    },
    {
      name: 'POWERTOOLS_LOGGER_LOG_EVENT set in the handler module',
      code: `process.env.POWERTOOLS_LOGGER_LOG_EVENT = 'true';\n${inHandler(POWERTOOLS, "logger.info('x');")}`,
      output: null,
      errors: [
        {
          messageId: 'logEventEnv',
          data: { value: 'true' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 49,
          suggestions: [],
        },
      ],
    },
    {
      name: 'CDK environment (any file): suggestion removes the setting',
      code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const scope: any;
new lambda.Function(scope, 'Fn', {
  environment: { POWERTOOLS_LOGGER_LOG_EVENT: 'true', TABLE: 'orders' },
} as any);`,
      output: null,
      errors: [
        {
          messageId: 'logEventEnv',
          data: { value: 'true' },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const scope: any;
new lambda.Function(scope, 'Fn', {
  environment: { TABLE: 'orders' },
} as any);`,
            },
          ],
        },
      ],
    },
    {
      name: 'POWERTOOLS_LOGGER_LOG_EVENT set through a run-time choice with a true branch (nested choices read too)',
      code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const scope: any;
declare const logEvent: boolean;
declare const fn: lambda.Function;
new lambda.Function(scope, 'Fn', {
  environment: { POWERTOOLS_LOGGER_LOG_EVENT: logEvent ? 'true' : 'false', TABLE: 'orders' },
} as any);
fn.addEnvironment('POWERTOOLS_LOGGER_LOG_EVENT', logEvent ? 'false' : process.env.DEBUG ? '1' : 'no');`,
      output: null,
      errors: [
        {
          messageId: 'logEventEnvChoice',
          data: { value: 'true' },
          line: 6,
          column: 18,
          endLine: 6,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const scope: any;
declare const logEvent: boolean;
declare const fn: lambda.Function;
new lambda.Function(scope, 'Fn', {
  environment: { TABLE: 'orders' },
} as any);
fn.addEnvironment('POWERTOOLS_LOGGER_LOG_EVENT', logEvent ? 'false' : process.env.DEBUG ? '1' : 'no');`,
            },
          ],
        },
        {
          messageId: 'logEventEnvChoice',
          data: { value: '1' },
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 102,
          suggestions: [],
        },
      ],
    },
    {
      name: 'POWERTOOLS_LOGGER_LOG_EVENT with a true default (`??`) or a choice bound once to a name',
      code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const scope: any;
declare const props: { logEvent?: string; debug: boolean };
const logEvent = props.debug ? 'true' : 'false';
new lambda.Function(scope, 'A', {
  environment: { POWERTOOLS_LOGGER_LOG_EVENT: props.logEvent ?? 'true' },
} as any);
new lambda.Function(scope, 'B', { environment: { POWERTOOLS_LOGGER_LOG_EVENT: logEvent } } as any);`,
      output: null,
      errors: [
        {
          messageId: 'logEventEnvChoice',
          data: { value: 'true' },
          line: 6,
          column: 18,
          endLine: 6,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const scope: any;
declare const props: { logEvent?: string; debug: boolean };
const logEvent = props.debug ? 'true' : 'false';
new lambda.Function(scope, 'A', {
  environment: {},
} as any);
new lambda.Function(scope, 'B', { environment: { POWERTOOLS_LOGGER_LOG_EVENT: logEvent } } as any);`,
            },
          ],
        },
        {
          messageId: 'logEventEnvChoice',
          data: { value: 'true' },
          line: 8,
          column: 50,
          endLine: 8,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const scope: any;
declare const props: { logEvent?: string; debug: boolean };
const logEvent = props.debug ? 'true' : 'false';
new lambda.Function(scope, 'A', {
  environment: { POWERTOOLS_LOGGER_LOG_EVENT: props.logEvent ?? 'true' },
} as any);
new lambda.Function(scope, 'B', { environment: {} } as any);`,
            },
          ],
        },
      ],
    },
    {
      name: 'CDK addEnvironment',
      code: "declare const fn: { addEnvironment(k: string, v: string): void };\nfn.addEnvironment('POWERTOOLS_LOGGER_LOG_EVENT', 'TRUE');",
      output: null,
      errors: [
        {
          messageId: 'logEventEnv',
          data: { value: 'TRUE' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 57,
          suggestions: [],
        },
      ],
    },
    {
      name: 'util.inspect(event) is the event (default import of node:util)',
      code: inHandler("import util from 'node:util';\n", 'console.log(util.inspect(event, { depth: null }));'),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 28, 33)],
    },
    {
      name: 'inspect(event) as a field, named import',
      code: inHandler(`${POWERTOOLS}import { inspect } from 'util';\n`, "logger.info('received', { event: inspect(event) });"),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 5, 44, 49)],
    },
    {
      name: 'util.format writes its arguments',
      code: inHandler("import * as util from 'util';\n", "console.log(util.format('headers %j', event.headers));"),
      output: null,
      errors: [error('eventPart', { expression: 'event.headers' }, 3, 41, 54)],
    },
    {
      name: "Secrets Manager's SecretString and SecretBinary",
      code: inHandler(
        '',
        'const { SecretString } = event.secret;\n  console.log(JSON.stringify({ SecretString }));\n  console.log(event.secret.SecretBinary);',
      ),
      output: null,
      errors: [
        error('sensitiveName', { expression: 'SecretString', term: 'secret' }, 3, 32, 44),
        error('sensitiveName', { expression: 'event.secret.SecretBinary', term: 'secret' }, 4, 15, 40),
      ],
    },
    {
      name: 'plurals: accessTokens and passwords (a bare `tokens` may be a tokenizer output: not reported)',
      code: inHandler(POWERTOOLS, "const accessTokens = event.t;\n  logger.info('login', { accessTokens, passwords: event.p, tokens: event.n });"),
      output: null,
      errors: [
        error('sensitiveName', { expression: 'accessTokens', term: 'token' }, 5, 26, 38),
        error('sensitiveName', { expression: 'passwords', term: 'password' }, 5, 40, 58),
      ],
    },
    {
      name: "the authorizer's claims and context objects (a field picked from them is fine)",
      code: inHandler('', 'console.log(event.requestContext.authorizer.claims, event.requestContext.authorizer.claims.sub);'),
      output: null,
      errors: [error('eventPart', { expression: 'event.requestContext.authorizer.claims' }, 2, 15, 53)],
    },
    {
      name: 'the rest of a destructured event still holds its headers',
      code: inHandler('', 'const { body, ...meta } = event;\n  console.log(JSON.stringify(meta));'),
      output: null,
      errors: [error('eventPart', { expression: 'meta (rest of event)' }, 3, 30, 34)],
    },
    {
      name: 'a sensitive part of the rest of the event',
      code: inHandler(PINO, 'const { body, ...meta } = event;\n  log.info({ headers: meta.headers }, typeof body);'),
      output: null,
      errors: [error('eventPart', { expression: 'meta.headers (event.headers)' }, 5, 23, 35)],
    },
    {
      name: 'a rest that picks nothing out is the whole event',
      code: inHandler('', 'const { ...copy } = event;\n  console.log(copy);'),
      output: null,
      errors: [error('wholeEvent', { expression: 'copy (event)' }, 3, 15, 19)],
    },
    {
      name: 'Powertools new Logger with persistentKeys and persistentLogAttributes (options in a const)',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
const options = { persistentLogAttributes: { env: process.env } };
const logger = new Logger(options);
const child = new Logger({ persistentKeys: { auth: process.env.API_TOKEN } });
export const handler = async (event: any) => { logger.info('x'); child.info('y', { path: event.path }); };`,
      output: null,
      errors: [
        error('processEnv', { expression: 'process.env' }, 2, 51, 62),
        error('sensitiveName', { expression: 'process.env.API_TOKEN', term: 'token' }, 4, 52, 73),
      ],
    },
  ],
});

jsRuleTester.run('no-sensitive-log-data', rule, {
  valid: [
    {
      name: 'ESM: a secret Powertools parsed as JSON printed in a template is [object Object]',
      code: `import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
export const handler = async () => {
  const config = await getSecret('orders/db', { transform: 'json' });
  console.log(\`loaded: \${config}\`);
};`,
    },
    {
      name: 'JS: quiet: a task token read with get under its own name, a count read with get under a measure key, copies of a URLSearchParams (no own properties: {})',
      code: `export const handler = async (event) => {
  const params = new URLSearchParams(event.rawQueryString);
  const taskToken = params.get('token');
  console.log('approving', taskToken);
  const counts = new Map();
  console.log(JSON.stringify({ tokenCount: counts.get('token') }));
  const form = new URLSearchParams(event.body);
  console.log({ ...form }, Object.assign({}, form));
};`,
    },
    {
      name: 'JS: quiet: a form body in URLSearchParams serialised as JSON is written as {} (its fields are no own properties)',
      code: `export const handler = async (event) => {
  const form = new URLSearchParams(event.body);
  console.log(JSON.stringify({ form }));
  console.log(JSON.stringify(new URLSearchParams(event.body)));
  console.log(JSON.stringify({ size: form.size, first: [...form.keys()][0] }));
  return { statusCode: 200 };
};`,
    },
    {
      name: 'JS: an execution token logged with the status query it answers',
      code: `export const handler = async (event) => {
  const executionToken = event.pathParameters.executionToken;
  console.log(\`Querying status for execution token: \${executionToken}\`);
  return { statusCode: 200 };
};`,
    },
    {
      name: 'JS: fields of answers that carry secrets, read below or beside the secrets (an expiry, a key id), are not the secrets',
      code: `import { STS } from '@aws-sdk/client-sts';
import { KMSClient, DecryptCommand } from '@aws-sdk/client-kms';

const sts = new STS({});
const kms = new KMSClient({});

export const handler = async (event) => {
  const assumed = await sts.assumeRole({ RoleArn: event.roleArn, RoleSessionName: 'audit' });
  console.log(JSON.stringify({ message: 'assumed role', expires: assumed.Credentials?.Expiration, user: assumed.AssumedRoleUser }));
  const decrypted = await kms.send(new DecryptCommand({ CiphertextBlob: Buffer.from(event.blob, 'base64') }));
  console.log(JSON.stringify({ message: 'decrypted', keyId: decrypted.KeyId }));
  return { statusCode: 200 };
};`,
    },
    {
      name: 'JS: the event logged after a const 0 guard with && never runs',
      code: `const VERBOSE = 0;
let trace = false;
export const handler = async (event) => {
  VERBOSE && console.log('event', event);
  if (trace) console.log('trace', event.id);
  trace = process.env.TRACE === '1';
  if (process.env.DEBUG) console.log('debug', event.id);
  return { statusCode: 200 };
};`,
    },
    {
      name: "what Secrets Manager says about a secret (DescribeSecret, ListSecrets, CreateSecret: names, ARNs, dates), SDK v3 and v2, is no secret",
      code: `import { SecretsManagerClient, DescribeSecretCommand, CreateSecretCommand } from '@aws-sdk/client-secrets-manager';
import AWS from 'aws-sdk';
const client = new SecretsManagerClient({});
const manager = new AWS.SecretsManager();
export const handler = async (event) => {
  const secret = await client.send(new DescribeSecretCommand({ SecretId: event.secretId }));
  console.log(JSON.stringify({ message: 'found secret', secret }));
  const newSecret = await client.send(new CreateSecretCommand({ Name: event.name, SecretString: event.value }));
  console.log(JSON.stringify({ message: 'created', newSecret }));
  const oldSecret = await manager.describeSecret({ SecretId: event.secretId }).promise();
  console.log(JSON.stringify({ message: 'found', oldSecret }));
};`,
    },
    {
      name: "JavaScript: a helper's parameter named for a token that is no secret (nextToken) decides for a bare token handed to it, as a const's name does",
      code: "function page(nextToken) { console.log('page', nextToken); }\nexport const handler = async (event) => { page(event.token); const nextToken2 = event.token; console.log(nextToken2); };",
    },
    {
      name: 'JavaScript: POWERTOOLS_LOGGER_LOG_EVENT through a choice with no true branch, or one not read statically',
      code: "const debug = process.env.DEBUG === '1';\nprocess.env.POWERTOOLS_LOGGER_LOG_EVENT = debug ? 'false' : 'no';\nprocess.env.POWERTOOLS_LOGGER_LOG_EVENT = debug ? String(debug) : 'false';\nexport const env = { POWERTOOLS_LOGGER_LOG_EVENT: `${debug}` };\n",
    },
    {
      name: "JavaScript: an `eventHandler` key of other code (another module's router, a plain object) is not a Lambda handler",
      code: `import { Router } from './router';
import * as aws from '@pulumi/aws';
const listeners = { eventHandler: async (event) => console.log('event ' + JSON.stringify(event)) };
new Router('r', { routes: [{ path: '/', eventHandler: async (event) => console.log('event ' + event) }] });`,
    },
    { name: 'JSX in a handler module', code: 'export const handler = async (event) => <p>{event.path}</p>;' },
    {
      name: 'JavaScript: a local filled later by a guarded read (`a && a.b`, `a ? a.b : undefined`) holds only the field',
      code: "export const handler = async (event) => {\n  let origin;\n  origin = event.headers && event.headers.origin;\n  let agent = null;\n  agent = event.headers ? event.headers['user-agent'] : undefined;\n  console.log(JSON.stringify({ origin, agent }));\n};",
    },
    {
      name: "JavaScript: an LLM endpoint logging its token estimate, time to first token (also as a key) and price",
      code: `exports.handler = async (event) => {
  const estimatedTokens = Math.ceil(event.text.length / 4);
  console.log(\`Large context (\${estimatedTokens} tokens)\`);
  const timeToFirstToken = Date.now() - event.start;
  console.log(\`Time to first token: \${timeToFirstToken}ms\`);
  const eventData = { model: event.model, timeToFirstToken };
  console.log('event data:', JSON.stringify(eventData));
  const info = event.modelInfo;
  console.log(\`price $\${info.pricing.perMillionTokens || info.pricePerMillionTokens}/1M\`);
  return { statusCode: 200 };
};`,
    },
    {
      name: 'JavaScript: a local filled in later with an array of a measure of the body or of mapped records',
      code: "export const handler = async (event) => {\n  let sizes = [];\n  sizes = [event.body.length];\n  let ids = [];\n  ids = Array.of(...event.Records.map((r) => r.messageId));\n  console.log(sizes, ids);\n};",
    },
    {
      name: 'JavaScript: a guarded read (`a && a.b`) logs only the field',
      code: "exports.handler = async (event) => {\n  console.info('caller', event.requestContext && event.requestContext.identity && event.requestContext.identity.sourceIp);\n};",
    },
    {
      name: 'a helper called only with other values does not receive the event',
      code: "function show(x) { console.log(x); }\nexport const handler = async (event) => { show('started'); show(event.requestContext.requestId); };",
    },
    {
      name: 'a helper whose parameter is reassigned before it is logged',
      code: 'function show(x) { x = { id: x.id }; console.log(x); }\nexport const handler = async (event) => { show(event); };',
    },
    {
      name: 'a callback parameter is not followed (only direct calls of a named function)',
      code: 'export const handler = async (event) => { [event].forEach((item) => console.log(item.id)); };',
    },
    {
      name: 'a body parsed into an object prints [object Object] inside a template or concatenation',
      code: "export const handler = async (event) => {\n  const data = JSON.parse(event.body);\n  console.log(`data ${data}`, 'data ' + JSON.parse(event.body));\n};",
    },
    {
      name: 'a helper that is reassigned is not followed',
      code: 'let show = (x) => console.log(x);\nshow = () => {};\nexport const handler = async (event) => { show(event); };',
    },
    {
      name: "this.m(event) reaches the method of its own kind: a static method's this is the class, an object literal's is the object",
      code: `class Router {
  static async handle(event) { return this.describe(event); }
  static describe(e) { return e.requestContext.requestId; }
  describe(value) { console.log(JSON.stringify(value)); }
}
class App {
  handle(event) {
    const audit = { ids: [], log(e) { this.ids.push(e.id); }, record() { this.log(event); } };
    audit.record();
    const later = function () { this.log(event); };
    return later;
  }
  log(message) { console.log(JSON.stringify(message)); }
}
const app = new App();
export const handler = (event) => { app.handle(event); return Router.handle(event); };`,
    },
    {
      name: 'a method is not followed through an instance that is reassigned, a class that is reassigned, or another object',
      code: `class App { run(x) { console.log(x); } }
let app = new App();
app = { run() {} };
let Other = class { run(y) { console.log(y); } };
Other = class {};
const other = new Other();
class Third { run(z) { console.log(z); } }
export const handler = async (event, context) => { app.run(event); other.run(event); context.run(event); };`,
    },
    {
      name: "JavaScript: a distributed lock's `lock_token` and `lockToken` are not secrets",
      code: `const locks = new Map();
async function acquire(id) { const lock_token = crypto.randomUUID(); locks.set(id, lock_token); return { lock_token }; }
export const handler = async (event) => {
  const { lock_token } = await acquire(event.id);
  const lockToken = lock_token;
  console.log(JSON.stringify({ message: 'lock acquired', lock_token, lockToken }));
};`,
    },
    {
      name: "JavaScript: helpers' parameters named for where a secret is kept (`secretName`, `secretArn`, `…ParameterName`), handed environment variables",
      code: `import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
const client = new SecretsManagerClient({});
export const getSecret = async (secretName, smClient) => {
  try {
    const response = await smClient.send(new GetSecretValueCommand({ SecretId: secretName }));
    console.log(\`Retrieved value successfully \${secretName}\`);
    return response.SecretString;
  } catch (error) {
    console.error(\`Error: failed to retrieve secret \${secretName} - \${error}\`);
    throw error;
  }
};
function describeSecret(secretArn, passwordParameterName) {
  console.log('reading', { secretArn, passwordParameterName });
}
export const handler = async (event) => {
  const apiKey = await getSecret(process.env.API_KEY, client);
  describeSecret(process.env.DB_SECRET, process.env.DB_PASSWORD);
  await fetch('https://example.org', { headers: { 'x-api-key': apiKey } });
  return { statusCode: 200 };
};`,
    },
  ],
  invalid: [
    {
      name: 'ES modules: input-output logger in a list of middlewares bound to a name, handed to use()',
      code: `import middy from '@middy/core';
import inputOutputLogger from '@middy/input-output-logger';
import httpErrorHandler from '@middy/http-error-handler';
const middlewares = [inputOutputLogger(), httpErrorHandler()];
export const handler = middy(async (event) => ({ statusCode: 200, body: event.body })).use(middlewares);`,
      output: null,
      errors: [ioError(DEFAULT_WRITER, 4, 22, 39)],
    },
    {
      name: "ESM: a subclass that defines the method itself calls its own, not the base class's",
      code: `class Base {
  audit(entry) { console.log(JSON.stringify({ entry })); }
}
class Orders extends Base {
  run(event) { this.audit(event.headers); }
}
class Quiet extends Base {
  audit() {}
  run(event) { this.audit(event); }
}
export const handler = async (event) => { new Orders().run(event); new Quiet().run(event); };
`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'entry (event.headers)' }, line: 2, column: 47, endLine: 2, endColumn: 52, suggestions: [] },
      ],
    },
    {
      name: "ESM: each value of Object.entries(event.headers) is a header's; the query string's are not sensitive",
      code: `export const handler = async (event) => {
  for (const [name, value] of Object.entries(event.headers)) {
    console.log(JSON.stringify({ name, value }));
  }
  for (const [name, value] of Object.entries(event.queryStringParameters ?? {})) {
    console.log(JSON.stringify({ name, value }));
  }
};
`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'value (event.headers)' }, line: 3, column: 40, endLine: 3, endColumn: 45, suggestions: [] },
      ],
    },
    {
      name: 'ESM: logEvent given a name bound once to a stage test',
      code: `import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
const verbose = process.env.STAGE !== 'prod';
export const handler = middy(async (event) => event.id).use(injectLambdaContext(logger, { logEvent: verbose }));
`,
      output: null,
      errors: [
        { messageId: 'logEventChoice', line: 6, column: 91, endLine: 6, endColumn: 108, suggestions: [{ messageId: 'removeLogEvent', output: `import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
const verbose = process.env.STAGE !== 'prod';
export const handler = middy(async (event) => event.id).use(injectLambdaContext(logger));
` }] },
      ],
    },
    {
      name: 'ESM: logEvent: true after a block comment, on one line: the suggestion removes the property and keeps the comment',
      code: `import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, { /* temporary */ logEvent: true, clearState: true }));
`,
      output: null,
      errors: [
        { messageId: 'logEventOption', line: 5, column: 108, endLine: 5, endColumn: 122, suggestions: [{ messageId: 'removeLogEvent', output: `import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = middy(async () => ({ ok: true })).use(injectLambdaContext(logger, { /* temporary */ clearState: true }));
` }] },
      ],
    },
    {
      name: "ESM: an SSMProvider's get with decrypt: true printed in a template; without decrypt it is not",
      code: `import { SSMProvider } from '@aws-lambda-powertools/parameters/ssm';
const ssm = new SSMProvider();
export const handler = async () => {
  const setting = await ssm.get('/app/token', { decrypt: true });
  console.log(\`setting: \${setting}\`);
  const region = await ssm.get('/app/region');
  console.log(JSON.stringify({ region }));
};
`,
      output: null,
      errors: [
        { messageId: 'secretAnswer', data: { expression: 'setting', operation: 'SSMProvider.get', what: 'the decrypted parameter value' }, line: 5, column: 27, endLine: 5, endColumn: 34, suggestions: [] },
      ],
    },
    {
      name: 'ESM: a static method calling another static method of its class by the class name',
      code: `class Audit {
  static write(entry) { console.log(JSON.stringify(entry)); }
  static request(e) { Audit.write(e); }
}
export const handler = async (event) => { Audit.request(event); };`,
      output: null,
      errors: [error('wholeEvent', { expression: 'entry (event)' }, 2, 52, 57)],
    },
    {
      name: 'ESM: identitySource in a template literal prints its values',
      code: `export const handler = async (event) => {
  console.log(\`identity: \${event.identitySource}\`);
  return { isAuthorized: event.identitySource?.length > 0 };
};`,
      output: null,
      errors: [error('eventPart', { expression: 'event.identitySource' }, 2, 28, 48)],
    },
    {
      name: 'ESM: an arrow function property of a helper object logs what the handler hands it',
      code: `const log = { event: (e) => console.log(JSON.stringify(e)) };
export const handler = async (event) => { log.event(event); };`,
      output: null,
      errors: [error('wholeEvent', { expression: 'e (event)' }, 1, 56, 57)],
    },
    {
      name: 'ESM: a middy middleware object bound to a name logs the whole event',
      code: `import middy from '@middy/core';
const requestLogger = { before: (request) => { console.log(request.event); } };
export const handler = middy(async () => ({ statusCode: 204 })).use(requestLogger);`,
      output: null,
      errors: [error('wholeEvent', { expression: 'request.event' }, 2, 60, 73)],
    },
    {
      name: 'ESM: a form-encoded body decoded with decodeURI before it is logged',
      code: `export const handler = async (event) => {
  const text = decodeURI(event.body);
  console.log(JSON.stringify({ text }));
};`,
      output: null,
      errors: [error('eventPart', { expression: 'text (event.body)' }, 3, 32, 36)],
    },
    {
      name: 'ESM: a name bound to a test that is no local run (a stage) keeps the log call',
      code: `export const handler = async (event) => {
  const isDev = process.env.STAGE === 'dev';
  if (isDev) console.log(event);
};`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 26, 31)],
    },
    {
      name: "ESM: the rest of an untyped event with a REST API's parts picked out may still hold an HTTP API's cookies",
      code: `export const handler = async (event) => {
  const { headers, multiValueHeaders, body, requestContext, ...rest } = event;
  console.log(JSON.stringify(rest));
};`,
      output: null,
      errors: [error('eventPart', { expression: 'rest (rest of event)' }, 3, 30, 34)],
    },
    {
      name: 'JS: a secret-shaped key in the logged expression is described in the message, not shown',
      code: `export const handler = async (event, cfg) => {\n  console.log(cfg['${SECRET}'].token);\n};`,
      output: null,
      errors: [error('sensitiveName', { expression: 'cfg["a 40-character secret"].token', term: 'token' }, 2, 15, 68)],
    },
    {
      name: 'JS: a JSDoc type of booleans is not read: the event is followed',
      code: `/** @param {{ operationSuccessful: boolean }} event */
export const handler = async (event) => {
  console.log(event);
};`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 15, 20)],
    },
    {
      name: 'JS: POWERTOOLS_LOGGER_LOG_EVENT made text from a stage comparison',
      code: `import { Function, Runtime, Code } from 'aws-cdk-lib/aws-lambda';
export function make(scope, stageName) {
  return new Function(scope, 'A', {
    runtime: Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: Code.fromAsset('src'),
    environment: { POWERTOOLS_LOGGER_LOG_EVENT: String(stageName === 'dev') },
  });
}`,
      output: null,
      errors: [
        {
          messageId: 'logEventEnvChoice',
          data: { value: 'true' },
          line: 7,
          column: 20,
          endLine: 7,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: `import { Function, Runtime, Code } from 'aws-cdk-lib/aws-lambda';
export function make(scope, stageName) {
  return new Function(scope, 'A', {
    runtime: Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: Code.fromAsset('src'),
    environment: {},
  });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'JS: reported: a bound URLSearchParams written as text, listed by a spread into an array, and made an object then serialised',
      code: `export const handler = async (event) => {
  const form = new URLSearchParams(event.body);
  console.log(\`form: \${form}\`);
  console.log(JSON.stringify([...form]));
  const fields = Object.fromEntries(new URLSearchParams(event.body));
  console.log(JSON.stringify(fields));
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'form (event.body)' }, line: 3, column: 24, endLine: 3, endColumn: 28, suggestions: [] },
        { messageId: 'eventPart', data: { expression: 'form (event.body)' }, line: 4, column: 34, endLine: 4, endColumn: 38, suggestions: [] },
        { messageId: 'eventPart', data: { expression: 'fields (event.body)' }, line: 6, column: 30, endLine: 6, endColumn: 36, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: a password read from a Map with get and logged in a template',
      code: `const settings = new Map();
export const handler = async () => {
  console.log(\`db password: \${settings.get('password')}\`);
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'settings.get("password")', term: 'password' }, line: 3, column: 31, endLine: 3, endColumn: 55, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: the CloudFront part of a Lambda@Edge record and an authorization header entry, logged',
      code: `export const handler = async (event) => {
  console.log(event.Records[0].cf);
  console.log(event.Records[0].cf.request.headers['authorization'][0]);
  return event.Records[0].cf.request;
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'event.Records[0].cf' }, line: 2, column: 15, endLine: 2, endColumn: 34, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'event.Records[0].cf.request.headers.authorization[0]', term: 'authorization' }, line: 3, column: 15, endLine: 3, endColumn: 70, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: a Slack slash command form read with URLSearchParams and logged in a template',
      code: `export const handler = async (event) => {
  console.log(\`form: \${new URLSearchParams(event.body)}\`);
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'event.body' }, line: 2, column: 44, endLine: 2, endColumn: 54, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: a Lambda@Edge viewer request bound to a name, its headers logged as a field',
      code: `export const handler = async (event) => {
  const request = event.Records[0].cf.request;
  console.log(JSON.stringify({ headers: request.headers }));
  return request;
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'request.headers (event.Records[0].cf.request.headers)' }, line: 3, column: 41, endLine: 3, endColumn: 56, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: a Slack slash command body parsed by Node querystring, bound to a name and logged',
      code: `import { parse } from 'node:querystring';
export const handler = async (event) => {
  const form = parse(event.body);
  console.log(form);
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'form (event.body)' }, line: 4, column: 15, endLine: 4, endColumn: 19, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: the answer of AssumeRole reaches the then callback and is logged whole; a part below the secrets (Credentials.Expiration) is not',
      code: `import { STSClient, AssumeRoleCommand } from '@aws-sdk/client-sts';
const sts = new STSClient({});
export const handler = async (event) => {
  return sts.send(new AssumeRoleCommand({ RoleArn: event.roleArn, RoleSessionName: 'x' })).then((answer) => {
    console.log('assumed', answer);
    console.log('expires', answer.Credentials.Expiration);
    return answer.AssumedRoleUser;
  });
};`,
      output: null,
      errors: [
        { messageId: 'secretAnswer', data: { expression: 'answer', operation: 'AssumeRole', what: 'temporary AWS credentials' }, line: 5, column: 28, endLine: 5, endColumn: 34, suggestions: [] },
      ],
    },
    {
      name: 'JS: the answer of an aggregated client call and a decrypted plaintext bound to a name',
      code: `import { STS } from '@aws-sdk/client-sts';
import { KMSClient, DecryptCommand } from '@aws-sdk/client-kms';

const sts = new STS({});
const kms = new KMSClient({});

export const handler = async (event) => {
  const assumed = await sts.assumeRole({ RoleArn: event.roleArn, RoleSessionName: 'audit' });
  console.log(JSON.stringify({ message: 'assumed role', assumed }));
  const decrypted = await kms.send(new DecryptCommand({ CiphertextBlob: Buffer.from(event.blob, 'base64') }));
  const text = decrypted.Plaintext;
  console.log(JSON.stringify({ message: 'decrypted', text }));
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'secretAnswer', data: { expression: 'assumed', operation: 'AssumeRole', what: 'temporary AWS credentials' }, line: 9, column: 57, endLine: 9, endColumn: 64, suggestions: [] },
        { messageId: 'secretAnswer', data: { expression: 'text', operation: 'Decrypt', what: 'the decrypted plaintext' }, line: 12, column: 54, endLine: 12, endColumn: 58, suggestions: [] },
      ],
    },
    {
      name: 'JS: a bare token also sent as the Authorization header is a secret',
      code: `export const handler = async (event) => {
  const token = event.headers.authorization;
  console.log(JSON.stringify({ msg: 'calling upstream', token }));
  return fetch(process.env.UPSTREAM, { headers: { Authorization: token } });
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'token', term: 'token' }, line: 3, column: 57, endLine: 3, endColumn: 62, suggestions: [] },
      ],
    },
    {
      name: "JS: a logger handed out by a getter of the project's logging module (logger().info), not one given arguments",
      code: `import { configureLogger, logger } from './lib/logger';
export function handler(event, context, callback) {
  configureLogger(event, context);
  logger().info(JSON.stringify(event));
  getLogger('x').info(JSON.stringify(event));
  callback(null, {});
}
function getLogger(name) { return { info: (line) => line + name }; }`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 4, 32, 37)],
    },
    {
      name: 'JS: the event spread with only some sensitive parts replaced, or replaced before the spread or elsewhere',
      code: `export const handler = async (event) => {
  console.log(JSON.stringify({ ...event, headers: '[redacted]', body: '[redacted]' }));
  console.log({ ResponseURL: '...', ...event });
  console.log({ outer: { ...event }, ResponseURL: '...' });
};`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 2, 35, 40),
        error('wholeEvent', { expression: 'event' }, 3, 40, 45),
        error('wholeEvent', { expression: 'event' }, 4, 29, 34),
      ],
    },
    {
      name: "a response-streaming handler (its second parameter is Lambda's response stream) logs its event; GetRandomPassword answers with a secret",
      code: `import { SecretsManagerClient, GetRandomPasswordCommand } from '@aws-sdk/client-secrets-manager';
const client = new SecretsManagerClient({});
export const handler = awslambda.streamifyResponse(async (event, responseStream) => {
  console.log(JSON.stringify({ message: 'streaming', event }));
  const secret = await client.send(new GetRandomPasswordCommand({ PasswordLength: 32 }));
  console.log(JSON.stringify({ message: 'rotated', secret }));
  responseStream.write('ok');
  responseStream.end();
});`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 4, 54, 59),
        error('sensitiveName', { expression: 'secret', term: 'secret' }, 6, 52, 58),
      ],
    },
    {
      name: 'a secret value from GetSecretValue (SDK v3 and v2) is a secret by its name; the whole event logged through a bound JSON.stringify',
      code: `import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import AWS from 'aws-sdk';
const client = new SecretsManagerClient({});
const manager = new AWS.SecretsManager();
const { stringify } = JSON;
export const handler = async (event, context) => {
  const secret = await client.send(new GetSecretValueCommand({ SecretId: event.secretId }));
  const oldSecret = await manager.getSecretValue({ SecretId: event.secretId }).promise();
  console.log(JSON.stringify({ secret, oldSecret }));
  console.log(stringify({ context, event }, null, 2));
};`,
      output: null,
      errors: [
        error('sensitiveName', { expression: 'secret', term: 'secret' }, 9, 32, 38),
        error('sensitiveName', { expression: 'oldSecret', term: 'secret' }, 9, 40, 49),
        error('wholeEvent', { expression: 'event' }, 10, 36, 41),
      ],
    },
    {
      name: "JavaScript: a helper's parameter named token, or a not-secret token name handed a secret by its own name, still reported",
      code: "function show(token) { console.log('got', token); }\nfunction page(nextToken) { console.log('page', nextToken); }\nexport const handler = async (event) => { show(event.token); page(event.headers.authorization); };",
      output: null,
      errors: [
        error('sensitiveName', { expression: 'token', term: 'token' }, 1, 43, 48),
        error('sensitiveName', { expression: 'nextToken (event.headers.authorization)', term: 'authorization' }, 2, 48, 57),
      ],
    },
    {
      name: "JavaScript: a lock token's name does not hide the header it holds; an account's `unlock_token` is a secret",
      code: `export const handler = async (event) => {
  const lockToken = event.headers.authorization;
  const { unlock_token } = JSON.parse(event.body);
  console.log(JSON.stringify({ lockToken, unlock_token }));
};`,
      output: null,
      errors: [
        error('sensitiveName', { expression: 'lockToken (event.headers.authorization)', term: 'authorization' }, 4, 32, 41),
        error('sensitiveName', { expression: 'unlock_token', term: 'token' }, 4, 43, 55),
      ],
    },
    {
      name: "JavaScript: a helper's parameter with a plain or a secret's name handed an environment variable, or one named for a secret's name handed the event's data, is reported",
      code: `function show(key, value) {
  console.log(\`using \${key}\`, value);
}
const logKey = (apiKey) => console.log('key', apiKey);
function lookup(secretName) {
  console.log('looking up', secretName);
}
export const handler = async (event) => {
  show(process.env.API_KEY, process.env.DB_PASSWORD);
  logKey(process.env.API_KEY);
  lookup(JSON.parse(event.body).password);
};`,
      output: null,
      errors: [
        error('sensitiveName', { expression: 'key (process.env.API_KEY)', term: 'apiKey' }, 2, 24, 27),
        error('sensitiveName', { expression: 'value (process.env.DB_PASSWORD)', term: 'password' }, 2, 31, 36),
        error('sensitiveName', { expression: 'apiKey', term: 'apiKey' }, 4, 47, 53),
        error('sensitiveName', { expression: 'secretName (password)', term: 'password' }, 6, 29, 39),
      ],
    },
    {
      name: 'JavaScript: input-output logger under another name after an HTTP middleware, its logger function printing what it is given; omitPaths set, or no HTTP middleware: quiet',
      code: `import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import ioLogger from '@middy/input-output-logger';
const main = async (event) => ({ statusCode: 200, body: event.path });
export const api = middy(main)
  .use(httpHeaderNormalizer())
  .use(ioLogger({ logger: (message) => console.log('io', message) }));
export const quiet = middy(main).use(httpHeaderNormalizer()).use(ioLogger({ omitPaths: ['event.headers'], mask: '***' }));
export const unknown = middy(main).use(ioLogger());`,
      output: null,
      errors: [ioError(LOGGER_FUNCTION, 7, 8, 16)],
    },
    {
      name: 'JavaScript: an export of any name made by a factory of the file returning a middy chain bound to a name',
      code: `import middy from '@middy/core';
const build = (deps) => {
  const wrapped = middy(async (event) => {
    console.log('event', JSON.stringify(event));
    return deps.table;
  });
  return wrapped;
};
export const main = build({ table: 't' });`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 4, 41, 46)],
    },
    {
      name: 'JavaScript: POWERTOOLS_LOGGER_LOG_EVENT set through a run-time choice with a true branch',
      code: "const debug = process.env.DEBUG === '1';\nprocess.env.POWERTOOLS_LOGGER_LOG_EVENT = process.env.STAGE === 'dev' ? 'TRUE' : 'false';\nexport const env = { POWERTOOLS_LOGGER_LOG_EVENT: (debug) ? 'yes' : 'false' };\n",
      output: null,
      errors: [
        {
          messageId: 'logEventEnvChoice',
          data: { value: 'TRUE' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 89,
          suggestions: [],
        },
        {
          messageId: 'logEventEnvChoice',
          data: { value: 'yes' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 76,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: "const debug = process.env.DEBUG === '1';\nprocess.env.POWERTOOLS_LOGGER_LOG_EVENT = process.env.STAGE === 'dev' ? 'TRUE' : 'false';\nexport const env = {};\n",
            },
          ],
        },
      ],
    },
    {
      name: "Architect: arc.http.helpers.bodyParser(req) is the request's body, parsed (default and named imports, an alias)",
      code: `import arc from '@architect/functions';
import { http } from '@architect/functions';
export async function handler(req) {
  const body = arc.http.helpers.bodyParser(req);
  console.log({ body });
  console.log('input: ' + JSON.stringify(http.helpers.bodyParser(req), null, 2));
  const parse = arc.http.helpers.bodyParser;
  console.log(parse(req));
  const { email } = arc.http.helpers.bodyParser(req);
  console.log(email);
  return { statusCode: 200 };
}`,
      output: null,
      errors: [
        error('eventPart', { expression: 'body (req.body)' }, 5, 17, 21),
        error('eventPart', { expression: 'req.body' }, 6, 42, 70),
        error('eventPart', { expression: 'req.body' }, 8, 15, 25),
      ],
    },
    {
      name: "JavaScript: awsx's classic API (`classic.apigateway.API`), a route bound to a name",
      code: `import { classic } from '@pulumi/awsx';
const route = {
  path: '/',
  method: 'GET',
  eventHandler: async (event) => {
    console.log(\`headers \${JSON.stringify(event.headers)}\`);
    return { statusCode: 200, body: '' };
  },
};
export const api = new classic.apigateway.API('api', { routes: [route] });`,
      output: null,
      errors: [error('eventPart', { expression: 'event.headers' }, 6, 43, 56)],
    },
    {
      name: 'JavaScript: the parsed body wrapped in an array (Array.of, a literal) filled in later, then logged',
      code: `export const lambdaHandler = async (event) => {
  let body = {};
  try {
    body = Array.of(JSON.parse(event.body));
  } catch (error) {
    console.log('invalid JSON');
  }
  let request;
  request = [JSON.parse(event.body)];
  console.log(body, JSON.stringify(request));
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'body (event.body)' }, 10, 15, 19),
        error('eventPart', { expression: 'request (event.body)' }, 10, 36, 43),
      ],
    },
    {
      name: 'POWERTOOLS_LOGGER_LOG_EVENT set through a constant key (computed) or with ??=',
      code: "const KEY = 'POWERTOOLS_LOGGER_LOG_EVENT';\nprocess.env[KEY] = 'true';\nprocess.env.POWERTOOLS_LOGGER_LOG_EVENT ??= 'true';\nexport const env = { [KEY]: 'true' };\n",
      output: null,
      errors: [
        { messageId: 'logEventEnv', data: { value: 'true' }, line: 2, column: 1, endLine: 2, endColumn: 26, suggestions: [] },
        { messageId: 'logEventEnv', data: { value: 'true' }, line: 3, column: 1, endLine: 3, endColumn: 51, suggestions: [] },
        {
          messageId: 'logEventEnv',
          data: { value: 'true' },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 35,
          suggestions: [{ messageId: 'removeSetting', output: "const KEY = 'POWERTOOLS_LOGGER_LOG_EVENT';\nprocess.env[KEY] = 'true';\nprocess.env.POWERTOOLS_LOGGER_LOG_EVENT ??= 'true';\nexport const env = {};\n" }],
        },
      ],
    },
    {
      name: 'loggers made by factories of the file (a function declaration, an arrow function)',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
import pino from 'pino';
function makeLogger() { return new Logger({ serviceName: 'orders' }); }
const logger = makeLogger();
const getLog = () => pino();
const log = getLog();
export const handler = async (event) => {
  logger.info('received', { event });
  log.info({ headers: event.headers }, 'received');
};`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 8, 29, 34),
        error('eventPart', { expression: 'event.headers' }, 9, 23, 36),
      ],
    },
    {
      name: "POWERTOOLS_LOGGER_LOG_EVENT set on Node's process module imported, through globalThis, or on a once-bound env",
      code: "import proc from 'node:process';\nimport { env } from 'process';\nproc.env.POWERTOOLS_LOGGER_LOG_EVENT = 'true';\nenv.POWERTOOLS_LOGGER_LOG_EVENT = '1';\nglobalThis.process.env.POWERTOOLS_LOGGER_LOG_EVENT = 'yes';\nconst { env: vars } = process;\nvars['POWERTOOLS_LOGGER_LOG_EVENT'] ||= 'on';\n",
      output: null,
      errors: [
        { messageId: 'logEventEnv', data: { value: 'true' }, line: 3, column: 1, endLine: 3, endColumn: 46, suggestions: [] },
        { messageId: 'logEventEnv', data: { value: '1' }, line: 4, column: 1, endLine: 4, endColumn: 38, suggestions: [] },
        { messageId: 'logEventEnv', data: { value: 'yes' }, line: 5, column: 1, endLine: 5, endColumn: 59, suggestions: [] },
        { messageId: 'logEventEnv', data: { value: 'on' }, line: 7, column: 1, endLine: 7, endColumn: 45, suggestions: [] },
      ],
    },
    {
      name: 'the event logged before the handler rewrites it (only later reads see the new value)',
      code: `export const handler = async (event) => {
  console.log('Received', JSON.stringify(event));
  console.log(event.headers);
  event = normalise(event);
  console.log(event);
  return event.id;
};
function normalise(value) { return { id: value.id }; }`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 2, 42, 47),
        error('eventPart', { expression: 'event.headers' }, 3, 15, 28),
      ],
    },
    {
      name: 'a destructured part of the event logged before the handler rewrites it',
      code: `export const handler = async ({ body, headers }) => {
  console.log(headers);
  headers = {};
  console.log(headers);
  for (const item of body.items) console.log(item);
  body = null;
};`,
      output: null,
      errors: [error('eventPart', { expression: 'headers (event.headers)' }, 2, 15, 22)],
    },
    {
      name: 'values kept through Buffer.from, toString and Object.values / entries (an object as text, or its keys, are not)',
      code: "export const handler = async (event) => {\n  console.log(Buffer.from(event.body, 'base64').toString('utf8'));\n  console.log(event.body.toString());\n  console.log(Object.entries(process.env));\n  console.log(Object.values(event.headers));\n  return 1;\n};\nexport const other = async (event) => { console.log(event.toString(), Object.keys(event.headers)); };",
      output: null,
      errors: [
        error('eventPart', { expression: 'event.body' }, 2, 27, 37),
        error('eventPart', { expression: 'event.body' }, 3, 15, 25),
        error('processEnv', { expression: 'process.env' }, 4, 30, 41),
        error('eventPart', { expression: 'event.headers' }, 5, 29, 42),
      ],
    },
    {
      name: 'the event parsed or defaulted in place (event = JSON.parse(event), event || {}) is still the event',
      code: "export const handler = async (event) => {\n  if (typeof event === 'string') event = JSON.parse(event);\n  event = event || {};\n  console.log(JSON.stringify(event));\n  return 1;\n};",
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 4, 30, 35)],
    },
    {
      name: 'a console method bound to a name at the top of the module (console.log.bind(console))',
      code: 'const log = console.log.bind(console);\nexport const handler = async (event) => {\n  log(event);\n};',
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 7, 12)],
    },
    {
      name: 'a handler that hands its event to a function of the module: that function logs the event',
      code: `const main = async (evt) => {
  console.log(evt);
  console.log('headers', evt.headers);
};
export const handler = async (event) => main(event);`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'evt (event)' }, 2, 15, 18),
        error('eventPart', { expression: 'evt.headers (event.headers)' }, 3, 26, 37),
      ],
    },
    {
      name: 'a function handed to a wrapper the plugin does not know receives the event',
      code: `import { withErrors } from './errors';
export const handler = withErrors(async (event) => {
  console.log('request', event);
});`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 26, 31)],
    },
    {
      name: 'methods of a class of the file: on an instance, on `new C()` directly, static ones, and through `this`',
      code: `class Service {
  static audit(entry) { console.log(entry); }
  process(request) { this.trace(request.headers); }
  trace(headers) { console.log(headers); }
  run(input) { console.log(input.body); }
}
const service = new Service();
export const handler = async (event) => {
  Service['audit'](event);
  service.process(event);
  new Service().run(event);
};`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'entry (event)' }, 2, 37, 42),
        error('eventPart', { expression: 'headers (event.headers)' }, 4, 32, 39),
        error('eventPart', { expression: 'input.body (event.body)' }, 5, 28, 38),
      ],
    },
    {
      name: 'a logging helper given the event, a part of it, through two calls and a destructured parameter',
      code: `function logRequest(label, request) {
  console.info(JSON.stringify({ label, request }));
}
function logHeaders({ headers }) { console.log(headers); }
function outer(e) { inner(e.body); }
function inner(text) { console.log(text); }
export async function handler(event) {
  logRequest('start', event);
  logHeaders(event);
  outer(event);
}`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'request (event)' }, 2, 40, 47),
        error('eventPart', { expression: 'headers (event.headers)' }, 4, 48, 55),
        error('eventPart', { expression: 'text (event.body)' }, 6, 36, 40),
      ],
    },
    {
      name: 'a logging helper handed the event by one call and process.env by another reports both',
      code: `const log = (label, value) => console.log(label, JSON.stringify(value, null, 2));
export const handler = async (event) => {
  log('env', process.env);
  log('event', event);
  log('again', event);
  log('count', 1);
};`,
      output: null,
      errors: [
        error('processEnv', { expression: 'value (process.env)' }, 1, 65, 70),
        error('wholeEvent', { expression: 'value (event)' }, 1, 65, 70),
      ],
    },
    {
      name: 'a helper handed the whole event and a part of it: the whole event is reported, not the part again',
      code: `const log = (value) => console.log(JSON.stringify(value));
export const handler = async (event) => {
  log(event);
  log(event.headers);
};`,
      output: null,
      errors: [error('wholeEvent', { expression: 'value (event)' }, 1, 51, 56)],
    },
    {
      name: 'a replacer that keeps everything (circular-safe, BigInt) still writes the whole event',
      code: 'const safe = () => (k, v) => v;\nexport const handler = async (event) => {\n  console.log(JSON.stringify(event, safe()));\n};',
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 30, 35)],
    },
    {
      name: 'an allow-list replacer: a listed text part of the event, a listed secret key, a non-object value are written',
      code: `const FIELDS = ['requestId', 'body'];
export const handler = async (event) => {
  console.log(JSON.stringify(event, ['headers', 'body']));
  console.log(JSON.stringify(event, FIELDS));
  console.log(JSON.stringify(event.body, ['id']));
  console.log(JSON.stringify(event.headers, ['host', 'authorization']));
  console.log(JSON.stringify(event, ['id', 'cookies', 'tokenCount']));
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'event.body' }, 3, 49, 55),
        error('eventPart', { expression: 'event.body' }, 4, 37, 43),
        error('eventPart', { expression: 'event.body' }, 5, 30, 40),
        error('sensitiveName', { expression: 'authorization', term: 'authorization' }, 6, 54, 69),
        error('eventPart', { expression: 'event.cookies' }, 7, 44, 53),
      ],
    },
    {
      name: 'a replacer function of the file that keeps every value (a BigInt or undefined filter) writes the whole event',
      code: `const dropUndefined = (k, v) => (v === undefined ? undefined : v);
const bigintFilter = (k, v) => (typeof v === 'bigint' ? v.toString() : v);
function toText(key, value) { if (value instanceof Map) return Object.fromEntries(value); return value; }
export const handler = async (event) => {
  console.log(JSON.stringify(event, bigintFilter), JSON.stringify(event.headers, dropUndefined));
  console.log(JSON.stringify(event, toText));
};`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 5, 30, 35),
        error('eventPart', { expression: 'event.headers' }, 5, 67, 80),
        error('wholeEvent', { expression: 'event' }, 6, 30, 35),
      ],
    },
    {
      name: 'a replacer that converts only values its type tests name (text, arrays, foreign types) writes the whole event',
      code: `export const handler = async (event) => {
  console.log(JSON.stringify(event, (k, v) => (typeof v === 'string' ? String(v) : v)));
  console.log(JSON.stringify(event, (k, v) => (Array.isArray(v) ? [...v] : typeof v === 'number' ? \`\${v}\` : v)));
  console.log(JSON.stringify(event, (k, v) => (v == null ? 'none' : Buffer.isBuffer(v) ? v.toString('base64') : v)));
};`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'event' }, 2, 30, 35),
        error('wholeEvent', { expression: 'event' }, 3, 30, 35),
        error('wholeEvent', { expression: 'event' }, 4, 30, 35),
      ],
    },
    {
      name: 'an allow-list key that comes from a constant or a spread is reported on the list of the log call it is in',
      code: `const AUTH = 'authorization';
const BASE = ['id', AUTH];
export const handler = async (event) => {
  console.log(JSON.stringify(event.headers, ['host', ...BASE]));
  console.log(JSON.stringify(event.headers, ['accept', AUTH]));
  console.log(JSON.stringify(event.headers, BASE));
};`,
      output: null,
      errors: [
        error('sensitiveName', { expression: 'authorization', term: 'authorization' }, 4, 45, 62),
        error('sensitiveName', { expression: 'authorization', term: 'authorization' }, 5, 45, 61),
        error('sensitiveName', { expression: 'authorization', term: 'authorization' }, 6, 45, 49),
      ],
    },
    {
      name: 'a literal where the replacer goes is ignored by JSON.stringify: the whole value is written',
      code: 'export const handler = async (event) => {\n  console.log(JSON.stringify(event, 2, null));\n};',
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 30, 35)],
    },
    {
      name: 'mutually recursive helpers: each logs the event, whichever is met first',
      code: `function f(p, n) { console.log(p); if (n) g(p, n - 1); }
function g(q, n) { console.log(q); if (n) f(q, n - 1); }
export const handler = async (event) => { f(event, 3); };`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'p (event)' }, 1, 32, 33),
        error('wholeEvent', { expression: 'q (event)' }, 2, 32, 33),
      ],
    },
    {
      name: 'a long alias chain first does not hide the shorter paths after it',
      code: `function g(q) {
  const a1 = q; const a2 = a1; const a3 = a2; const a4 = a3; const a5 = a4; const a6 = a5; const a7 = a6;
  console.log(a7);
  console.log(q);
}
function f(p) { g(p); console.log(p); }
export const handler = async (event) => { f(event); };`,
      output: null,
      errors: [
        error('wholeEvent', { expression: 'a7 (event)' }, 3, 15, 17),
        error('wholeEvent', { expression: 'q (event)' }, 4, 15, 16),
        error('wholeEvent', { expression: 'p (event)' }, 6, 35, 36),
      ],
    },
    {
      name: 'every call counts: a harmless first call does not hide the headers handed over by the next',
      code: `function show(x) { console.log(x); }
export const handler = async (event) => {
  show(event.requestContext.requestId);
  show(event.headers);
};`,
      output: null,
      errors: [error('eventPart', { expression: 'x (event.headers)' }, 1, 32, 33)],
    },
    {
      name: 'the rest of a destructured helper parameter',
      code: 'function main({ body, ...meta }) { console.log(meta); }\nexport const handler = async (event) => main(event);',
      output: null,
      errors: [error('eventPart', { expression: 'meta (rest of event)' }, 1, 48, 52)],
    },
    {
      name: 'a secret behind several form words',
      code: "export const handler = async (event) => { console.log(secret.value.value, secretValue.string); };",
      output: null,
      errors: [
        error('sensitiveName', { expression: 'secret.value.value', term: 'secret' }, 1, 55, 73),
        error('sensitiveName', { expression: 'secretValue.string', term: 'secret' }, 1, 75, 93),
      ],
    },
    {
      name: 'a recursive helper',
      code: 'function walk(e, n) { if (n > 0) walk(e, n - 1); console.log(e); }\nexport const handler = async (event) => walk(event, 2);',
      output: null,
      errors: [error('wholeEvent', { expression: 'e (event)' }, 1, 62, 63)],
    },
    {
      name: 'the rest of a destructured event parameter',
      code: 'export const handler = async ({ body, ...rest }) => {\n  console.log(JSON.stringify(rest), body.length);\n};',
      output: null,
      errors: [error('eventPart', { expression: 'rest (rest of event)' }, 2, 30, 34)],
    },
    {
      name: 'a helper handed the whole event by one call and an object holding its headers by another: the event once',
      code: `const log = (label, value) => console.log(label, JSON.stringify(value));
export const handler = async (event) => {
  log('event', event);
  log('headers', { headers: event.headers });
};`,
      output: null,
      errors: [error('wholeEvent', { expression: 'value (event)' }, 1, 65, 70)],
    },
    {
      name: 'Powertools new Logger with process.env in its persistent keys',
      code: "import { Logger } from '@aws-lambda-powertools/logger';\nconst logger = new Logger({ persistentKeys: { env: process.env } });\nexport const handler = async () => { logger.info('start'); };",
      output: null,
      errors: [error('processEnv', { expression: 'process.env' }, 2, 52, 63)],
    },
    {
      name: 'export function handler with winston',
      code: "import winston from 'winston';\nconst logger = winston.createLogger();\nexport async function handler(event) { logger.info('got', { headers: event.headers }); }",
      output: null,
      errors: [error('eventPart', { expression: 'event.headers' }, 3, 70, 83)],
    },
    {
      name: 'middy-wrapped handler with lambda-log',
      code: `import middy from '@middy/core';
import log from 'lambda-log';
const main = async (evt) => { log.info('event', evt); };
export const handler = middy(main);`,
      output: null,
      errors: [error('wholeEvent', { expression: 'evt' }, 3, 49, 52)],
    },
    {
      name: 'dazn logger and bunyan in one module',
      code: `import Log from '@dazn/lambda-powertools-logger';
import bunyan from 'bunyan';
const b = bunyan.createLogger({ name: 'x' });
export const handler = async (event) => { Log.info('e', { body: event.body }); b.warn({ secret: event.s }, 'x'); };`,
      output: null,
      errors: [
        error('eventPart', { expression: 'event.body' }, 4, 65, 75),
        error('sensitiveName', { expression: 'secret', term: 'secret' }, 4, 89, 104),
      ],
    },
  ],
});

cjsRuleTester.run('no-sensitive-log-data', rule, {
  valid: [
    {
      name: 'CJS: a log call under a name bound to a command-line flag test',
      code: `const serving = process.argv.includes('--serve');
exports.handler = async (event) => {
  if (serving) console.log(event.headers);
};`,
    },
    {
      name: 'an authorization type logged under the authorization key (CommonJS)',
      code: `exports.handler = async (event) => {
  const authorizationType = event.requestContext.authorizer ? 'JWT' : 'NONE';
  console.log(JSON.stringify({ authorization: authorizationType }));
};`,
    },
    {
      name: 'CJS: quiet: an element of a list whose name says nothing, and an SQS record picked by index',
      code: `exports.handler = async (event) => {
  const items = [event.Records[0].messageId];
  console.log(JSON.stringify({ first: items[0], source: event.Records[0].eventSource }));
};`,
    },
    {
      name: 'CJS: an execution token in a durable step logger line',
      code: `exports.handler = async (event, context) => {
  const execution_token = event.execution_token;
  console.info(JSON.stringify({ message: 'started', execution_token }));
};`,
    },
    {
      name: 'CJS: quiet: the logged object spreads a local config and then replaces its only secret-holding key (token) with a literal',
      code: `const logger = require('pino')();

exports.handler = async (event) => {
  const bitbucketToken = await getSecret(process.env.BITBUCKET_TOKEN_ARN);
  const repoConfig = { repoName: event.repo, branch: event.branch, token: bitbucketToken };
  logger.info({ repoConfig: { ...repoConfig, token: '[REDACTED]' } }, 'Repository configuration prepared');
  return download(repoConfig);
};

async function getSecret(arn) { return arn; }
async function download(config) { return config.repoName; }`,
    },
    {
      name: 'CJS: quiet: the then callback follows an operation that returns no secret (DescribeTable), and the v2 callback first parameter is the error',
      code: `const AWS = require('aws-sdk');
const { DynamoDBClient, DescribeTableCommand } = require('@aws-sdk/client-dynamodb');
const db = new DynamoDBClient({});
const ssm = new AWS.SSM();
exports.handler = async (event) => {
  await db.send(new DescribeTableCommand({ TableName: 'orders' })).then((table) => console.log('table', table));
  ssm.getParameter({ Name: '/app/flag' }, (err, param) => {
    console.log('flag', param, err);
  });
  return { ok: true };
};`,
    },
    {
      name: 'CJS: a bare token also written as the version id of an SDK call is that version',
      code: `const { SecretsManagerClient, UpdateSecretVersionStageCommand } = require('@aws-sdk/client-secrets-manager');
const { nextVersion } = require('./versions');
const client = new SecretsManagerClient({});

exports.handler = async (event) => {
  const token = await nextVersion(event.SecretId);
  console.log(JSON.stringify({ msg: 'moving AWSCURRENT', token }));
  await client.send(new UpdateSecretVersionStageCommand({ SecretId: event.SecretId, VersionStage: 'AWSCURRENT', MoveToVersionId: token }));
};`,
    },
    {
      name: "picked fields in a logger's creation options, options of a library that are not data, a call of no logger",
      code: `const winston = require('winston');
const bunyan = require('bunyan');
const pino = require('pino');
const logger = winston.createLogger({ defaultMeta: { service: 'orders', stage: process.env.STAGE } });
const audit = bunyan.createLogger({ name: 'audit', level: process.env.LOG_LEVEL, streams: [{ stream: out }] });
const log = pino({ base: { pid: process.pid, stage: process.env.STAGE } });
const other = makeClient({ base: { env: process.env }, defaultMeta: { env: process.env } });
exports.handler = async (event) => {
  logger.info('start', { id: event.id });
  const child = log.child({ requestId: event.requestContext.requestId });
};`,
    },
    {
      name: 'CommonJS: input-output logger in a module that exports no handler (a middleware applicator)',
      code: `const middy = require('@middy/core');
const inputOutputLogger = require('@middy/input-output-logger');
module.exports.applyIo = (handler) => handler.use(inputOutputLogger());`,
    },
    {
      name: 'a function name declared twice is not followed: the first function is not the one that runs',
      code: 'var main = function (x) { console.log(x); };\nvar main = function (y) { console.log(y.requestContext.requestId); };\nexports.handler = async (event) => main(event);',
    },
  ],
  invalid: [
    {
      name: 'CJS: process.env inside what a function of the file returns, serialised',
      code: `function withEnv() { return { stage: 'prod', env: process.env }; }
exports.handler = async (event) => {
  console.log(JSON.stringify(withEnv()));
  return event.id;
};`,
      output: null,
      errors: [{ messageId: 'processEnv', data: { expression: 'withEnv (process.env)' }, line: 3, column: 30, endLine: 3, endColumn: 37, suggestions: [] }],
    },
    {
      name: 'CJS: a base class bound to a const, its helper handed process.env by a subclass',
      code: `const Base = class {
  log(value) { console.log(JSON.stringify(value)); }
};
class Worker extends Base {
  handle(event) { this.log(process.env); }
}
exports.handler = async (event) => new Worker().handle(event);
`,
      output: null,
      errors: [
        { messageId: 'processEnv', data: { expression: 'value (process.env)' }, line: 2, column: 43, endLine: 2, endColumn: 48, suggestions: [] },
      ],
    },
    {
      name: 'CJS: for…in over process.env, and Object.values(process.env)',
      code: `exports.handler = async () => {
  for (const name in process.env) console.info(JSON.stringify({ name, value: process.env[name] }));
  for (const value of Object.values(process.env)) console.info(JSON.stringify({ value }));
};
`,
      output: null,
      errors: [
        { messageId: 'processEnv', data: { expression: 'process.env[name] (process.env)' }, line: 2, column: 78, endLine: 2, endColumn: 95, suggestions: [] },
        { messageId: 'processEnv', data: { expression: 'value (process.env)' }, line: 3, column: 81, endLine: 3, endColumn: 86, suggestions: [] },
      ],
    },
    {
      name: 'CJS: logEvent as the negation of an environment variable',
      code: `const middy = require('@middy/core');
const { injectLambdaContext } = require('@aws-lambda-powertools/logger/middleware');
const { Logger } = require('@aws-lambda-powertools/logger');
const logger = new Logger();
exports.handler = middy(async () => ({})).use(injectLambdaContext(logger, { clearState: true, logEvent: !process.env.PRODUCTION }));
`,
      output: null,
      errors: [
        { messageId: 'logEventChoice', line: 5, column: 95, endLine: 5, endColumn: 128, suggestions: [{ messageId: 'removeLogEvent', output: `const middy = require('@middy/core');
const { injectLambdaContext } = require('@aws-lambda-powertools/logger/middleware');
const { Logger } = require('@aws-lambda-powertools/logger');
const logger = new Logger();
exports.handler = middy(async () => ({})).use(injectLambdaContext(logger, { clearState: true }));
` }] },
      ],
    },
    {
      name: 'CJS: logEvent: true under a comment line: the suggestion removes both lines',
      code: `const middy = require('@middy/core');
const { injectLambdaContext } = require('@aws-lambda-powertools/logger/middleware');
const { Logger } = require('@aws-lambda-powertools/logger');
const logger = new Logger();
exports.handler = middy(async () => ({ ok: true })).use(
  injectLambdaContext(logger, {
    // log each event while we debug
    logEvent: true,
    clearState: true,
  }),
);
`,
      output: null,
      errors: [
        { messageId: 'logEventOption', line: 8, column: 5, endLine: 8, endColumn: 19, suggestions: [{ messageId: 'removeLogEvent', output: `const middy = require('@middy/core');
const { injectLambdaContext } = require('@aws-lambda-powertools/logger/middleware');
const { Logger } = require('@aws-lambda-powertools/logger');
const logger = new Logger();
exports.handler = middy(async () => ({ ok: true })).use(
  injectLambdaContext(logger, {
    clearState: true,
  }),
);
` }] },
      ],
    },
    {
      name: "CJS: a SecretsProvider's get answer logged",
      code: `const { SecretsProvider } = require('@aws-lambda-powertools/parameters/secrets');
const secrets = new SecretsProvider();
exports.handler = async () => {
  const value = await secrets.get('stripe/key');
  console.log(JSON.stringify({ value }));
};
`,
      output: null,
      errors: [
        { messageId: 'secretAnswer', data: { expression: 'value', operation: 'SecretsProvider.get', what: 'the secret\'s value' }, line: 5, column: 32, endLine: 5, endColumn: 37, suggestions: [] },
      ],
    },
    {
      name: 'CJS: a private static helper called from a static method',
      code: `class Audit {
  static #write(entry) { console.log(JSON.stringify({ entry })); }
  static request(e) { this.#write(e.headers); }
}
exports.handler = async (event) => { Audit.request(event); };`,
      output: null,
      errors: [error('eventPart', { expression: 'entry (event.headers)' }, 2, 55, 60)],
    },
    {
      name: 'CJS: identitySource destructured from the event and logged',
      code: `exports.handler = async (event) => {
  const { identitySource, routeArn } = event;
  console.log(JSON.stringify({ routeArn, identitySource }));
  return { isAuthorized: false };
};`,
      output: null,
      errors: [error('eventPart', { expression: 'identitySource (event.identitySource)' }, 3, 42, 56)],
    },
    {
      name: 'CJS: a method of a helper object given the body',
      code: `const audit = { write(body) { console.log(JSON.stringify({ body })); } };
exports.handler = async (event) => { audit.write(event.body); };`,
      output: null,
      errors: [error('eventPart', { expression: 'body (event.body)' }, 1, 60, 64)],
    },
    {
      name: "CJS: middy's before hook given a function of the file that logs the event's body",
      code: `const middy = require('@middy/core');
const logBody = async (request) => { console.log(JSON.stringify({ body: request.event.body })); };
exports.handler = middy(async () => ({ statusCode: 204 })).before(logBody);`,
      output: null,
      errors: [error('eventPart', { expression: 'request.event.body' }, 2, 73, 91)],
    },
    {
      name: 'CJS: a webhook body decoded with decodeURIComponent in a template',
      code: `exports.handler = async (event) => {
  console.log(\`payload=\${decodeURIComponent(event.body)}\`);
};`,
      output: null,
      errors: [error('eventPart', { expression: 'event.body' }, 2, 45, 55)],
    },
    {
      name: 'CJS: a copy of an untyped event with only some API parts replaced still holds the others',
      code: `exports.handler = async (event) => {
  console.log(JSON.stringify({ ...event, headers: '[R]', body: '[R]' }));
};`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 35, 40)],
    },
    {
      name: 'CommonJS: a key ID in a logged member path is shortened in the message',
      code: `exports.handler = async (event) => {\n  console.log(event.keys.${KEY_ID}.secret);\n};`,
      output: null,
      errors: [error('sensitiveName', { expression: `event.keys.AKIA…${KEY_ID.slice(-4)}.secret`, term: 'secret' }, 2, 15, 53)],
    },
    {
      name: 'CJS: POWERTOOLS_LOGGER_LOG_EVENT set from a comparison made text with a template',
      code: `const lambda = require('aws-cdk-lib/aws-lambda');
module.exports.logEvents = (fn, stage) => {
  fn.addEnvironment('POWERTOOLS_LOGGER_LOG_EVENT', \`\${stage === 'dev'}\`);
};`,
      output: null,
      errors: [{ messageId: 'logEventEnvChoice', data: { value: 'true' }, line: 3, column: 3, endLine: 3, endColumn: 73, suggestions: [] }],
    },
    {
      name: 'a bearer token taken out of the Authorization header with replaceAll (CommonJS)',
      code: `exports.handler = async (event) => {
  const raw = event.headers.Authorization.replaceAll('Bearer', '').trim();
  console.log(JSON.stringify({ raw }));
};`,
      output: null,
      errors: [
        {
          messageId: 'sensitiveName',
          data: { expression: 'raw (event.headers.Authorization)', term: 'authorization' },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      name: 'CJS: reported: an API key read with get from the query string parameters',
      code: `exports.handler = async (event) => {
  const params = new URLSearchParams(event.rawQueryString);
  console.info('key', params.get('api_key'));
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'params.get("api_key")', term: 'apiKey' }, line: 3, column: 23, endLine: 3, endColumn: 44, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: an element of a list named like secrets is one of them',
      code: `exports.handler = async (event) => {
  const passwords = JSON.parse(event.Records[0].body).passwords;
  console.log(JSON.stringify({ first: passwords[0] }));
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'passwords[0]', term: 'password' }, line: 3, column: 39, endLine: 3, endColumn: 51, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: Object.fromEntries of a URLSearchParams of the body, logged whole',
      code: `exports.handler = async (event) => {
  const fields = Object.fromEntries(new URLSearchParams(event.body));
  console.info('fields', fields);
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'fields (event.body)' }, line: 3, column: 26, endLine: 3, endColumn: 32, suggestions: [] },
      ],
    },
    {
      name: "CJS: reported: a Lambda@Edge handler logs the request, its body and the body's data (not its encoding)",
      code: `exports.handler = (event, context, callback) => {
  const cf = event.Records[0].cf;
  console.log(cf.request);
  console.log(JSON.stringify(cf.request.body));
  console.log(JSON.stringify({ data: cf.request.body.data, encoding: cf.request.body.encoding }));
  callback(null, cf.request);
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'cf.request (event.Records[0].cf.request)' }, line: 3, column: 15, endLine: 3, endColumn: 25, suggestions: [] },
        { messageId: 'eventPart', data: { expression: 'cf.request.body (event.Records[0].cf.request.body)' }, line: 4, column: 30, endLine: 4, endColumn: 45, suggestions: [] },
        { messageId: 'eventPart', data: { expression: 'cf.request.body.data (event.Records[0].cf.request.body.data)' }, line: 5, column: 38, endLine: 5, endColumn: 58, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: form bodies parsed by qs and querystring (required), logged whole and inside an object',
      code: `const qs = require('qs');
const querystring = require('querystring');

module.exports.handler = async (event) => {
  const slackPayload = qs.parse(event.body);
  console.log(slackPayload);
  console.log(JSON.stringify({ payload: querystring.decode(event.body) }));
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'slackPayload (event.body)' }, line: 6, column: 15, endLine: 6, endColumn: 27, suggestions: [] },
        { messageId: 'eventPart', data: { expression: 'event.body' }, line: 7, column: 60, endLine: 7, endColumn: 70, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: a local declared empty and later given JSON.stringify of the request body holds the body when it is logged',
      code: `exports.handler = async (event) => {
  let bodyString = '';
  if (event.body) {
    bodyString = JSON.stringify(event.body);
  }
  console.log(bodyString);
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'bodyString (event.body)' }, line: 6, column: 15, endLine: 6, endColumn: 25, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: an SDK v2 callback receives the GetSecretValue answer as its second parameter and logs it whole; the error parameter is not the answer',
      code: `const AWS = require('aws-sdk');
const secrets = new AWS.SecretsManager();
exports.handler = (event, context, callback) => {
  secrets.getSecretValue({ SecretId: process.env.SECRET_ID }, function (err, data) {
    if (err) {
      console.error('failed', err);
      return callback(err);
    }
    console.log('loaded', data);
    console.log('version', data.VersionId);
    callback(null, { ok: true });
  });
};`,
      output: null,
      errors: [
        { messageId: 'secretAnswer', data: { expression: 'data', operation: 'GetSecretValue', what: 'the secret\'s value' }, line: 9, column: 27, endLine: 9, endColumn: 31, suggestions: [] },
      ],
    },
    {
      name: 'CJS: a parameter read with decryption and a secret value (SDK v2), not a plain parameter nor a version id',
      code: `const AWS = require('aws-sdk');
const ssm = new AWS.SSM();
const secrets = new AWS.SecretsManager();

exports.handler = async (event) => {
  const param = await ssm.getParameter({ Name: '/app/db', WithDecryption: true }).promise();
  console.log('parameter', param);
  const plain = await ssm.getParameter({ Name: '/app/region' }).promise();
  console.log('region parameter', plain);
  const secret = await secrets.getSecretValue({ SecretId: 'app' }).promise();
  console.log(JSON.stringify({ message: 'loaded', value: secret.SecretString }));
  console.log(JSON.stringify({ message: 'version', version: secret.VersionId }));
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'secretAnswer', data: { expression: 'param', operation: 'GetParameter', what: 'the decrypted parameter value' }, line: 7, column: 28, endLine: 7, endColumn: 33, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'secret.SecretString', term: 'secret' }, line: 11, column: 58, endLine: 11, endColumn: 77, suggestions: [] },
      ],
    },
    {
      name: 'CJS: the event logged under a let switch the handler sets is reported',
      code: `let trace = false;
exports.handler = async (event) => {
  trace = process.env.TRACE === '1';
  if (trace) console.log(JSON.stringify({ message: 'received', event }));
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'wholeEvent', data: { expression: 'event' }, line: 4, column: 64, endLine: 4, endColumn: 69, suggestions: [] },
      ],
    },
    {
      name: 'CJS: a module whose handler is a bound method of an instance of an imported class runs in Lambda: its top-level log of process.env is checked',
      code: `const KH = require('kinesis-handler');

const kh = new KH.KinesisHandler();
exports.handler = kh.processKinesisEvent.bind(kh);

console.log(\`catalog - ENV: \${JSON.stringify(process.env, null, 2)}\`);`,
      output: null,
      errors: [
        { messageId: 'processEnv', data: { expression: 'process.env' }, line: 6, column: 46, endLine: 6, endColumn: 57, suggestions: [] },
      ],
    },
    {
      name: "CJS: the body and headers of API Gateway's passthrough template (REST non-proxy integration), not a path parameter",
      code: `exports.handler = async (event) => {
  console.log(event['body-json']);
  console.log(JSON.stringify({ headers: event.params.header, path: event.params.path }));
  return { ok: true };
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'event["body-json"]' }, 2, 15, 33),
        error('eventPart', { expression: 'event.params.header' }, 3, 41, 60),
      ],
    },
    {
      name: "CommonJS: a logging module of the project imported whole logs what its level methods are given (a module of another name does not)",
      code: `const applog = require('./lib/logging');
const utils = require('./lib/utils');
exports.handler = async (event) => {
  applog.info(event);
  utils.info(event.headers);
  return { statusCode: 200 };
};`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 4, 15, 20)],
    },
    {
      name: "CommonJS: Node's console module required under the name console is the global console",
      code: "const console = require('node:console');\nexports.handler = async (event) => {\n  console.log('event', JSON.stringify(event));\n  return { statusCode: 200 };\n};\n",
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 39, 44)],
    },
    {
      name: 'CommonJS: a shared middy wrapper with an HTTP middleware and the default input-output logger',
      code: `const middy = require('@middy/core');
const httpErrorHandler = require('@middy/http-error-handler');
const inputOutputLogger = require('@middy/input-output-logger');
module.exports.wrap = (handler) => middy(handler).use(httpErrorHandler()).use(inputOutputLogger());`,
      output: null,
      errors: [
        { messageId: 'inputOutputLogger', data: { writer: 'to console.log, its default logger' }, line: 4, column: 79, endLine: 4, endColumn: 96, suggestions: [] },
      ],
    },
    {
      name: 'CommonJS: input-output logger in a list of middlewares bound to a name, handed to use()',
      code: `const middy = require('@middy/core');
const cors = require('@middy/http-cors');
const inputOutputLogger = require('@middy/input-output-logger');
const middlewares = [cors(), inputOutputLogger()];
module.exports.handler = middy(async (event) => ({ statusCode: 200, body: event.body })).use(middlewares);`,
      output: null,
      errors: [ioError(DEFAULT_WRITER, 4, 30, 47)],
    },
    {
      name: 'CommonJS: input-output logger required, used after an HTTP middleware on a name bound to a middy call that is exported',
      code: `const middy = require('@middy/core');
const httpJsonBodyParser = require('@middy/http-json-body-parser');
const inputOutputLogger = require('@middy/input-output-logger');
const base = middy(async (event) => ({ statusCode: 200 }));
base.use(httpJsonBodyParser()).use(inputOutputLogger({ logger: (message) => console.log(JSON.stringify(message)) }));
module.exports.handler = base;`,
      output: null,
      errors: [ioError(LOGGER_FUNCTION, 5, 36, 53)],
    },
    {
      name: 'CommonJS: a handler made by a factory declaration of the file returning `middy().handler(fn)`',
      code: `const middy = require('@middy/core');
function newHandler(deps) {
  return middy().handler(async (event) => {
    console.info(event.headers);
    return deps;
  });
}
exports.handler = newHandler({});`,
      output: null,
      errors: [error('eventPart', { expression: 'event.headers' }, 4, 18, 31)],
    },
    {
      name: 'CommonJS: POWERTOOLS_LOGGER_LOG_EVENT with a true fallback (`||`) or a name bound to `cond && value`',
      code: "const stage = process.env.STAGE;\nconst verbose = stage === 'dev' && 'true';\nmodule.exports.env = { POWERTOOLS_LOGGER_LOG_EVENT: process.env.LOG_EVENT || '1' };\nprocess.env.POWERTOOLS_LOGGER_LOG_EVENT = verbose;\n",
      output: null,
      errors: [
        {
          messageId: 'logEventEnvChoice',
          data: { value: '1' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'removeSetting',
              output: "const stage = process.env.STAGE;\nconst verbose = stage === 'dev' && 'true';\nmodule.exports.env = {};\nprocess.env.POWERTOOLS_LOGGER_LOG_EVENT = verbose;\n",
            },
          ],
        },
        {
          messageId: 'logEventEnvChoice',
          data: { value: 'true' },
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 50,
          suggestions: [],
        },
      ],
    },
    {
      name: "Architect's bodyParser required and destructured; quiet: another module's bodyParser, a request not the event's, one without its body, a field of the body, the body in a template",
      code: `const arc = require('@architect/functions');
const { bodyParser } = require('@architect/functions').http.helpers;
const { bodyParser: localParser } = require('./parser');
exports.handler = async function http(req) {
  console.log(bodyParser(req));
  console.log(localParser(req));
  console.log(arc.http.helpers.bodyParser({ body: process.argv[2] }));
  const { body, ...meta } = req;
  console.log(arc.http.helpers.bodyParser(meta));
  console.log(arc.http.helpers.bodyParser(req).quote);
  console.log(arc.http.helpers.bodyParser(req.requestContext));
  console.log(\`\${arc.http.helpers.bodyParser(req)}\`);
  return { statusCode: 200 };
};`,
      output: null,
      errors: [error('eventPart', { expression: 'req.body' }, 5, 15, 30)],
    },
    {
      name: 'Powertools parser middleware with an envelope and a required schema: the rule cannot read it, the event is followed',
      code: `const middy = require('@middy/core');
const { parser } = require('@aws-lambda-powertools/parser/middleware');
const { SqsEnvelope } = require('@aws-lambda-powertools/parser/envelopes');
const { orderSchema } = require('./schemas');
module.exports.handler = middy(async (event) => {
  console.log(JSON.stringify({ message: 'orders', event }));
}).use(parser({ schema: orderSchema, envelope: SqsEnvelope }));
`,
      errors: [error('wholeEvent', { expression: 'event' }, 6, 51, 56)],
    },
    {
      name: "Powertools parser middleware with Powertools' SQS schema, required: the whole event",
      code: `const middy = require('@middy/core');
const { parser } = require('@aws-lambda-powertools/parser/middleware');
const { SqsSchema } = require('@aws-lambda-powertools/parser/schemas');
module.exports.handler = middy(async (event) => {
  console.log(JSON.stringify({ message: 'batch', event }));
}).use(parser({ schema: SqsSchema }));
`,
      errors: [error('wholeEvent', { expression: 'event' }, 5, 50, 55)],
    },
    {
      name: "serverless-http required: the response hook (method shorthand) and a named request hook log the event",
      code: `const serverless = require('serverless-http');
const app = require('./app');
function logRequest(request, event) {
  console.log(event);
}
module.exports.handler = serverless(app, {
  request: logRequest,
  response(response, evt, context) {
    console.log('done', evt.headers);
  },
});`,
      errors: [
        error('wholeEvent', { expression: 'event' }, 4, 15, 20),
        error('eventPart', { expression: 'evt.headers' }, 9, 25, 36),
      ],
    },
    {
      name: "CommonJS: `require('@pulumi/awsx/classic')`, the routes array bound to a name",
      code: `const awsx = require('@pulumi/awsx/classic');
const aws = require('@pulumi/aws');
const routes = [
  {
    path: '/',
    method: 'GET',
    eventHandler: async (event) => {
      console.log('event ' + JSON.stringify(event));
      return { statusCode: 200, body: '' };
    },
  },
];
module.exports.api = new awsx.apigateway.API('api', { routes });`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 8, 45, 50)],
    },
    {
      name: 'CommonJS: a refresh token beside the time to first token, and id tokens (a credential word before the plural)',
      code: `exports.handler = async (event, session) => {
  const timeToFirstToken = Date.now() - event.start;
  const eventData = { model: event.model, timeToFirstToken, refreshToken: session.refreshToken };
  console.log('event data:', JSON.stringify(eventData), session.idTokens);
};`,
      output: null,
      errors: [
        error('sensitiveName', { expression: 'eventData (session.refreshToken)', term: 'token' }, 4, 45, 54),
        error('sensitiveName', { expression: 'session.idTokens', term: 'token' }, 4, 57, 73),
      ],
    },
    {
      name: "winston's defaultMeta (options in a const), bunyan's own fields, lambda-log's meta: on every line",
      code: `const winston = require('winston');
const bunyan = require('bunyan');
const { LambdaLog } = require('lambda-log');
const options = { level: 'info', defaultMeta: { env: process.env } };
const logger = winston.createLogger(options);
const audit = bunyan.createLogger({ name: 'audit', level: process.env.LOG_LEVEL, env: process.env });
exports.handler = async (event) => {
  const log = new LambdaLog({ meta: { headers: event.headers }, tags: ['orders'] });
  const record = new bunyan({ name: 'record', req: event });
  logger.info('start');
};`,
      output: null,
      errors: [
        error('processEnv', { expression: 'process.env' }, 4, 54, 65),
        error('processEnv', { expression: 'process.env' }, 6, 87, 98),
        error('eventPart', { expression: 'event.headers' }, 8, 48, 61),
        error('wholeEvent', { expression: 'event' }, 9, 52, 57),
      ],
    },
    {
      name: 'CJS: an export of any name wrapped by the project\'s middyfy',
      code: `const { middyfy } = require('../../libs/lambda');
const hello = async (event) => {
  console.log('event', JSON.stringify(event.headers));
  return { statusCode: 200 };
};
module.exports.main = middyfy(hello);`,
      output: null,
      errors: [error('eventPart', { expression: 'event.headers' }, 3, 39, 52)],
    },
    {
      name: "CJS: the team's own logger module required; a logger of this outside a class",
      code: `const log = require('../lib/log');
module.exports.handler = async (event) => {
  log.debug('request body', { requestBody: event.body });
  this.logger.warn(process.env);
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'event.body' }, 3, 44, 54),
        error('processEnv', { expression: 'process.env' }, 4, 20, 31),
      ],
    },
    {
      name: "CJS: Node's process module required whole or for env is the same process.env",
      code: `const { env } = require('process');
const proc = require('node:process');
exports.handler = async (event) => { console.log(env, proc.env); };`,
      output: null,
      errors: [
        error('processEnv', { expression: 'env (process.env)' }, 3, 50, 53),
        error('processEnv', { expression: 'proc.env (process.env)' }, 3, 55, 63),
      ],
    },
    {
      name: "CJS: POWERTOOLS_LOGGER_LOG_EVENT set on Node's process module required",
      code: "const process = require('node:process');\nprocess.env.POWERTOOLS_LOGGER_LOG_EVENT = 'true';",
      output: null,
      errors: [{ messageId: 'logEventEnv', data: { value: 'true' }, line: 2, column: 1, endLine: 2, endColumn: 49, suggestions: [] }],
    },
    {
      name: 'CJS: a var declared without a value and given the event later',
      code: "exports.handler = async (event) => {\n  var input;\n  input = event;\n  console.log(input);\n};",
      output: null,
      errors: [error('wholeEvent', { expression: 'input (event)' }, 4, 15, 20)],
    },
    {
      name: 'CJS: a handler assigned to a member of the object the module exports',
      code: "const api = {};\napi.handler = async (event) => {\n  console.log(event);\n};\nmodule.exports = api;",
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 15, 20)],
    },
    {
      name: 'CJS: a method destructured from console at the top of the module',
      code: "const { log } = console;\nexports.handler = async (event) => {\n  log('in', event.headers);\n};",
      output: null,
      errors: [error('eventPart', { expression: 'event.headers' }, 3, 13, 26)],
    },
    {
      name: 'exports.handler',
      code: 'exports.handler = async (event) => {\n  console.log(event);\n};',
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 15, 20)],
    },
    {
      name: 'CJS: a class expression bound to a const, its method called on an instance by the exported handler',
      code: 'const Handler = class { handle(evt) { console.log(evt.headers); } };\nconst instance = new Handler();\nexports.handler = async (event) => instance.handle(event);',
      output: null,
      errors: [error('eventPart', { expression: 'evt.headers (event.headers)' }, 1, 51, 62)],
    },
    {
      name: "require('util').inspect(event)",
      code: "const util = require('util');\nexports.handler = async (event) => {\n  console.log('Reading input from event:', util.inspect(event, { depth: 5 }));\n};",
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 57, 62)],
    },
    {
      name: 'exports.handler delegating to a function declared later',
      code: 'exports.handler = (event, context) => processEvent(event, context);\nfunction processEvent(input) {\n  console.log(\'input\', JSON.stringify(input.headers));\n}',
      output: null,
      errors: [error('eventPart', { expression: 'input.headers (event.headers)' }, 3, 39, 52)],
    },
    {
      name: 'module.exports = { handler } with the event in a template',
      code: 'async function handler(e) { console.log(`event: ${JSON.stringify(e)}`); }\nmodule.exports = { handler };',
      output: null,
      errors: [error('wholeEvent', { expression: 'e' }, 1, 66, 67)],
    },
  ],
});

// Handlers the Serverless Framework config names (`handler: lambdas/endpoints/getUser.user`): files on disk, beside a
// serverless.yml
const serverless = temporaryProject({
  '.git/': '',
  'serverless.yml': 'functions:\n  getUser:\n    handler: lambdas/endpoints/getUser.user\n',
  'tencent/serverless.yml': 'provider:\n  name: tencent\nfunctions:\n  hello:\n    handler: index.main_handler\n',
  'cron/serverless.yml': `functions:
  nightly:
    handler: handler.run
    events:
      - schedule: rate(1 day)
  webhook:
    handler: handler.hook
    events:
      - schedule: rate(1 day)
      - httpApi: POST /hook
`,
});
// SAM runs these functions only on schedules: their event is EventBridge's, no caller's
const samSchedules = temporaryProject({
  '.git/': '',
  'template.yaml': `Transform: AWS::Serverless-2016-10-31
Resources:
  ScheduledEventLogger:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/handlers/
      Handler: scheduled-event-logger.scheduledEventLoggerHandler
      Events:
        CloudWatchEvent:
          Type: Schedule
          Properties:
            Schedule: cron(0 * * * ? *)
  Nightly:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/handlers/
      Handler: nightly.handler
      Events:
        Nightly:
          Type: ScheduleV2
          Properties:
            ScheduleExpression: rate(1 day)
  ApiLogger:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/handlers/
      Handler: api-logger.handler
      Events:
        Timer:
          Type: Schedule
          Properties:
            Schedule: rate(1 hour)
        Api:
          Type: Api
          Properties:
            Path: /log
            Method: post
`,
});
const SCHEDULED_LOGGER = `export const scheduledEventLoggerHandler = async (event, context) => {
  console.info(JSON.stringify(event));
};`;

jsRuleTester.run('no-sensitive-log-data (SAM schedules, ES modules)', rule, {
  valid: [
    {
      name: 'ESM: logEvent: true on the middleware of a function the SAM template runs only on a schedule',
      code: `import middy from '@middy/core';
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
const logger = new Logger();
export const handler = middy(async () => { logger.info('nightly'); }).use(injectLambdaContext(logger, { logEvent: true }));`,
      filename: join(samSchedules, 'src/handlers/nightly.mjs'),
    },
    {
      name: 'the SAM template runs it only on a schedule: the event comes from EventBridge',
      code: SCHEDULED_LOGGER,
      filename: join(samSchedules, 'src/handlers/scheduled-event-logger.mjs'),
    },
  ],
  invalid: [],
});

cjsRuleTester.run('no-sensitive-log-data (SAM schedules)', rule, {
  valid: [
    {
      name: 'CJS: an EventBridge Scheduler (ScheduleV2) function logging its event',
      code: `exports.handler = async (event) => {
  console.info(JSON.stringify(event));
};`,
      filename: join(samSchedules, 'src/handlers/nightly.js'),
    },
    {
      name: 'CJS: the same handler in CommonJS',
      code: `exports.scheduledEventLoggerHandler = async (event) => {
  console.log('event', event);
};`,
      filename: join(samSchedules, 'src/handlers/scheduled-event-logger.js'),
    },
  ],
  invalid: [
    {
      name: 'CJS: logEvent: true on the middleware of a function run on a schedule and an API',
      code: `const middy = require('@middy/core');
const { Logger } = require('@aws-lambda-powertools/logger');
const { injectLambdaContext } = require('@aws-lambda-powertools/logger/middleware');
const logger = new Logger();
exports.handler = middy(async () => { logger.info('log'); }).use(injectLambdaContext(logger, { logEvent: true }));`,
      filename: join(samSchedules, 'src/handlers/api-logger.js'),
      output: null,
      errors: [
        {
          messageId: 'logEventOption',
          line: 5,
          column: 96,
          endLine: 5,
          endColumn: 110,
          suggestions: [
            {
              messageId: 'removeLogEvent',
              output: `const middy = require('@middy/core');
const { Logger } = require('@aws-lambda-powertools/logger');
const { injectLambdaContext } = require('@aws-lambda-powertools/logger/middleware');
const logger = new Logger();
exports.handler = middy(async () => { logger.info('log'); }).use(injectLambdaContext(logger));`,
            },
          ],
        },
      ],
    },
    {
      name: 'a schedule and an API event: a caller may send the event',
      code: `exports.handler = async (event) => {
  console.info(JSON.stringify(event));
};`,
      filename: join(samSchedules, 'src/handlers/api-logger.js'),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 31, 36)],
    },
    {
      name: 'readServerlessConfig: false: the schedule is not known',
      code: `exports.handler = async (event) => {
  console.info(JSON.stringify(event));
};`,
      filename: join(samSchedules, 'src/handlers/nightly.js'),
      settings: { 'lambda-guard': { readServerlessConfig: false } },
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 31, 36)],
    },
  ],
});

const SERVERLESS_HANDLER = `module.exports.user = async (event) => {
  console.log('event is ', event);
  return { statusCode: 200, body: JSON.stringify(event.pathParameters) };
};`;

const MADE_BY_IMPORTED_FACTORY = `const { createLambdaHandler } = require('@ts-rest/serverless/aws');
const { contract, router } = require('./api');
console.log('settings', process.env);
module.exports.user = createLambdaHandler(contract, router);`;

cjsRuleTester.run('no-sensitive-log-data (Serverless config)', rule, {
  valid: [
    {
      name: 'a function the config runs only on a schedule: its event comes from EventBridge',
      code: `module.exports.run = async (event) => {
  console.log('cron event', JSON.stringify(event));
};`,
      filename: join(serverless, 'cron/handler.js'),
    },
    {
      name: 'CJS: logEvent: true on the middleware of a function the config runs only on a schedule',
      code: `const middy = require('@middy/core');
const { Logger } = require('@aws-lambda-powertools/logger');
const { injectLambdaContext } = require('@aws-lambda-powertools/logger/middleware');
const logger = new Logger();
module.exports.run = middy(async () => { logger.info('tick'); }).use(injectLambdaContext(logger, { logEvent: true }));`,
      filename: join(serverless, 'cron/handler.js'),
    },
    {
      name: 'a file the config does not name',
      code: SERVERLESS_HANDLER,
      filename: join(serverless, 'lambdas/other.js'),
    },
    {
      name: 'a Tencent service (provider: name: tencent): its functions are not Lambda functions',
      code: `exports.main_handler = async (event, context, callback) => {
  console.log('%j', event);
  callback(null, 'Hello World');
};`,
      filename: join(serverless, 'tencent/index.js'),
    },
    {
      name: 'readServerlessConfig: false',
      code: SERVERLESS_HANDLER,
      filename: join(serverless, 'lambdas/endpoints/getUser.js'),
      settings: { 'lambda-guard': { readServerlessConfig: false } },
    },
    {
      name: "an imported factory's product in a file the config does not name: no handler, a script's log",
      code: MADE_BY_IMPORTED_FACTORY,
      filename: join(serverless, 'lambdas/other.js'),
    },
  ],
  invalid: [
    {
      name: "the export the config names is an imported factory's product: the module's top-level code runs in Lambda",
      code: MADE_BY_IMPORTED_FACTORY,
      filename: join(serverless, 'lambdas/endpoints/getUser.js'),
      output: null,
      errors: [error('processEnv', { expression: 'process.env' }, 3, 25, 36)],
    },
    {
      name: 'a function the config runs on a schedule and an HTTP API: a caller may send the event',
      code: `module.exports.hook = async (event) => {
  console.log('hook event', JSON.stringify(event));
};`,
      filename: join(serverless, 'cron/handler.js'),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 44, 49)],
    },
    {
      name: 'the whole event logged by module.exports.user, named by handler: lambdas/endpoints/getUser.user',
      code: SERVERLESS_HANDLER,
      filename: join(serverless, 'lambdas/endpoints/getUser.js'),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 28, 33)],
    },
  ],
});

// SST's bus subscriber calls its function with the event's payload (the app's own schema) first and the EventBridge
// event second: the payload is data the code chose to send (as Architect's subscribe payload), the event is the event
tsRuleTester.run('no-sensitive-log-data (SST bus subscriber)', rule, {
  valid: [
    {
      name: "SST v2: EventHandler of sst/node/event-bus hands its function the event's payload only",
      code: `import { EventHandler } from 'sst/node/event-bus';
import { Todo } from './todo';
export const handler = EventHandler(Todo.Events.Created, async (evt) => {
  console.log('Todo created', evt);
});`,
    },
    {
      name: 'the payload, whole or in a template',
      code: `import { bus } from 'sst/aws/bus';
import { MyEvent } from './events';
export const handler = bus.subscriber(MyEvent, async (evt, raw) => {
  console.log(evt);
  console.log(JSON.stringify({ evt, type: raw['detail-type'] }));
});`,
    },
  ],
  invalid: [
    {
      name: 'SST v2: an EventHandler of another module, or the event of a plain handler, is followed',
      code: `import { EventHandler } from './event-bus';
export const handler = EventHandler(Created, async (evt: unknown) => {
  console.log(evt);
});`,
      output: null,
      errors: [error('wholeEvent', { expression: 'evt' }, 3, 15, 18)],
    },
    {
      name: 'the EventBridge event, its second parameter, logged whole beside the payload',
      code: `import { bus } from 'sst/aws/bus';
import type { MyEvent } from './events';
export const handler = bus.subscriber(MyEvent, async (evt: unknown, raw: unknown) => {
  console.log({ evt, raw });
});`,
      output: null,
      errors: [error('wholeEvent', { expression: 'raw' }, 4, 22, 25)],
    },
  ],
});

jsRuleTester.run('no-sensitive-log-data (SST bus subscriber, ES modules)', rule, {
  valid: [
    {
      name: 'the payload of a subscriber by its older name',
      code: "import { bus } from 'sst/aws/bus';\nexport const handler = bus.handler([A, B], async (payload) => {\n  console.log(JSON.stringify(payload));\n});",
    },
  ],
  invalid: [
    {
      name: 'the event serialised',
      code: "import { bus } from 'sst/aws/bus';\nexport const handler = bus.handle(A, async (payload, event) => {\n  console.log(JSON.stringify(event));\n});",
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 30, 35)],
    },
  ],
});

cjsRuleTester.run('no-sensitive-log-data (SST bus subscriber)', rule, {
  valid: [
    {
      name: "SST v2: EventHandler required from sst/node/event-bus hands its function the event's payload only",
      code: "const { EventHandler } = require('sst/node/event-bus');\nexports.handler = EventHandler(Created, async (evt) => {\n  console.log(evt);\n});",
    },
    {
      name: 'the payload logged whole',
      code: "const { bus } = require('sst/aws/bus');\nexports.handler = bus.subscriber(A, async (payload, event) => {\n  console.log(payload);\n});",
    },
  ],
  invalid: [
    {
      name: 'the event logged whole',
      code: "const { bus } = require('sst/aws/bus');\nexports.handler = bus.subscriber(A, async (payload, event) => {\n  console.log('received', event);\n});",
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 27, 32)],
    },
  ],
});

// A form body read through URLSearchParams, iterated or read by getAll, is still the form
tsRuleTester.run('no-sensitive-log-data (form iteration)', rule, {
  valid: [
    {
      name: 'an iterator serialised by JSON.stringify, the keys alone, a query string, other iterators, a measure',
      code: `export const handler = async (event: { body: string; rawQueryString: string; Records: unknown[] }) => {
  const form = new URLSearchParams(event.body);
  const query = new globalThis.URLSearchParams(event.rawQueryString);
  console.log(JSON.stringify(form.entries()), Array.from(form.keys()));
  console.log(JSON.stringify(Array.from(query)), query.entries());
  console.log(JSON.stringify(Array.from(new Map([['a', 1]]).entries())), event.Records.values());
  console.log(JSON.stringify({ names: form.getAll('user_name'), tokens: form.getAll('token').length }));
};`,
    },
  ],
  invalid: [
    {
      name: 'the entries made an object or printed, the values spread, every token of the form',
      code: `export const handler = async (event: { body: string }) => {
  const form = new URLSearchParams(event.body);
  console.log(JSON.stringify(Object.fromEntries(form.entries())));
  console.log(form.entries());
  console.log(JSON.stringify([...form.values()]));
  console.log(JSON.stringify({ tokens: form.getAll('token') }));
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'form (event.body)' }, 3, 49, 53),
        error('eventPart', { expression: 'form (event.body)' }, 4, 15, 19),
        error('eventPart', { expression: 'form (event.body)' }, 5, 34, 38),
        error('sensitiveName', { expression: 'form.getAll("token")', term: 'token' }, 6, 40, 60),
      ],
    },
  ],
});

jsRuleTester.run('no-sensitive-log-data (form iteration, ES modules)', rule, {
  valid: [
    {
      name: 'a query string listed by Array.from',
      code: 'export const handler = async (event) => {\n  console.log(JSON.stringify(Array.from(new globalThis.URLSearchParams(event.rawQueryString))));\n};',
    },
  ],
  invalid: [
    {
      name: 'the form of globalThis.URLSearchParams listed by Array.from',
      code: 'export const handler = async (event) => {\n  console.log(JSON.stringify(Array.from(new globalThis.URLSearchParams(event.body))));\n};',
      output: null,
      errors: [error('eventPart', { expression: 'event.body' }, 2, 72, 82)],
    },
  ],
});

cjsRuleTester.run('no-sensitive-log-data (form iteration)', rule, {
  valid: [
    {
      name: 'the entries serialised: an iterator is {}',
      code: "exports.handler = async (event) => {\n  const form = new URLSearchParams(event.body);\n  console.log('form', JSON.stringify(form.entries()));\n};",
    },
  ],
  invalid: [
    {
      name: 'Array.from of the entries',
      code: "exports.handler = async (event) => {\n  const form = new URLSearchParams(event.body);\n  console.log('form', JSON.stringify(Array.from(form.entries())));\n};",
      output: null,
      errors: [error('eventPart', { expression: 'form (event.body)' }, 3, 49, 53)],
    },
  ],
});

// Node's `url` module exports the same URLSearchParams class as the global one
jsRuleTester.run('no-sensitive-log-data (URLSearchParams of the url module)', rule, {
  valid: [
    {
      name: 'a form of node:url serialised by JSON.stringify is {}',
      code: "import { URLSearchParams } from 'node:url';\nexport const handler = async (event) => {\n  console.log(JSON.stringify({ q: new URLSearchParams(event.body) }));\n};",
    },
  ],
  invalid: [
    {
      name: 'a form of node:url as text, and of a namespace import made an object',
      code: `import { URLSearchParams } from 'node:url';
import * as url from 'url';
export const handler = async (event) => {
  console.log(new URLSearchParams(event.body).toString());
  console.log(JSON.stringify(Object.fromEntries(new url.URLSearchParams(event.body))));
};`,
      output: null,
      errors: [
        error('eventPart', { expression: 'event.body' }, 4, 35, 45),
        error('eventPart', { expression: 'event.body' }, 5, 73, 83),
      ],
    },
  ],
});

cjsRuleTester.run('no-sensitive-log-data (URLSearchParams of the url module)', rule, {
  valid: [],
  invalid: [
    {
      name: 'a form of require(url) logged as it is',
      code: "const { URLSearchParams } = require('url');\nexports.handler = async (event) => {\n  console.log(new URLSearchParams(event.body));\n};",
      output: null,
      errors: [error('eventPart', { expression: 'event.body' }, 3, 35, 45)],
    },
  ],
});

tsRuleTester.run('no-sensitive-log-data (lodash get)', rule, {
  valid: [
    {
      name: 'the Token of a secret rotation request read with lodash get',
      code: `import _ from 'lodash';
export const handler = async (event: any) => {
  const steps = ['createSecret', 'setSecret', 'testSecret', 'finishSecret'];
  if (!steps.includes(event.Step)) throw new Error('bad step');
  console.log(_.get(event, 'Token'));
};`,
    },
    {
      name: 'a path to a name that is not a secret, a measured value, a nearer name, an unknown path, a local get',
      code: `import _ from 'lodash';
function get(object: any, path: string) { return object[path]; }
export const handler = async (event: any, path: string) => {
  console.log(_.get(event, 'body.passwordPolicy'), _.get(event, ['usage', 'tokenCount']));
  console.log(_.get(event, 'body.password').length, _.get(event, path));
  const taskToken = _.get(event, 'token');
  console.log(taskToken, get(event, 'password'));
};`,
    },
  ],
  invalid: [
    {
      name: 'reported: an index or a value after the key is looked past; a nearer name that is no bare token; an unnamed object',
      code: `import _ from 'lodash';
export const handler = async (event: any) => {
  console.log(_.get(event, ['passwords', 0]), _.get(event, 'headers.authorization[0].value'));
  const nextToken = _.get(event, 'headers.Authorization');
  const pageToken = new URLSearchParams(event.body).get('password');
  console.log(nextToken, pageToken, _.get(JSON.parse(event.body), 'password'));
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'event.passwords[0]', term: 'password' }, line: 3, column: 15, endLine: 3, endColumn: 45, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'event.headers.authorization[0].value', term: 'authorization' }, line: 3, column: 47, endLine: 3, endColumn: 93, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'nextToken (event.headers.Authorization)', term: 'authorization' }, line: 6, column: 15, endLine: 6, endColumn: 24, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'pageToken (password)', term: 'password' }, line: 6, column: 26, endLine: 6, endColumn: 35, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'password', term: 'password' }, line: 6, column: 37, endLine: 6, endColumn: 78, suggestions: [] },
      ],
    },
    {
      name: 'reported: the value at a path whose last key names a secret, as a string or a list of keys',
      code: `import _ from 'lodash';
import get from 'lodash/get';
export const handler = async (event: any) => {
  console.log(_.get(event, 'body.password'));
  console.log({ auth: get(event, ['headers', 'Authorization'], 'none') });
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'event.body.password', term: 'password' }, line: 4, column: 15, endLine: 4, endColumn: 44, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'event.headers.Authorization', term: 'authorization' }, line: 5, column: 23, endLine: 5, endColumn: 71, suggestions: [] },
      ],
    },
  ],
});

jsRuleTester.run('no-sensitive-log-data (lodash get, ES modules)', rule, {
  valid: [
    {
      name: 'underscore reads a string path as one key',
      code: `import _ from 'underscore';
export const handler = async (event) => { console.log(_.get(event, 'body.password')); };`,
    },
  ],
  invalid: [
    {
      name: 'reported: a named import of lodash-es get',
      code: `import { get } from 'lodash-es';
export const handler = async (event) => { console.log(get(event, 'requestContext.authorizer.token')); };`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'event.requestContext.authorizer.token', term: 'token' }, line: 2, column: 55, endLine: 2, endColumn: 100, suggestions: [] },
      ],
    },
  ],
});

cjsRuleTester.run('no-sensitive-log-data (lodash get)', rule, {
  valid: [
    {
      name: 'lodash/fp get takes the path first: not read',
      code: `const fp = require('lodash/fp');
exports.handler = async (event) => { console.log(fp.get('password', event)); };`,
    },
  ],
  invalid: [
    {
      name: 'reported: lodash.get required, and destructured from lodash',
      code: `const getPath = require('lodash.get');
const { get } = require('lodash');
exports.handler = async (event) => {
  console.log(getPath(event, 'body.apiKey'), get(event, 'headers["x-api-key"]'));
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'event.body.apiKey', term: 'apiKey' }, line: 4, column: 15, endLine: 4, endColumn: 44, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'event.headers["x-api-key"]', term: 'apiKey' }, line: 4, column: 46, endLine: 4, endColumn: 80, suggestions: [] },
      ],
    },
  ],
});

tsRuleTester.run('no-sensitive-log-data (parts of a text)', rule, {
  valid: [
    {
      name: 'a short head or tail (a mask), the scheme before the token, bounds the file does not set, a secret key set to undefined',
      code: `export const handler = async (event: any, limit: number) => {
  console.log(event.headers.authorization.slice(-4), event.headers.authorization.substring(0, 8));
  console.log(event.headers.authorization.split(' ')[0], event.headers.authorization.slice(limit));
  const account = { id: event.pathParameters.id };
  console.log({ ...account, password: undefined });
  return {};
};`,
    },
  ],
  invalid: [
    {
      name: "a header's token cut after its scheme (split, slice, substring, by a length), decoded, and a long head of the body are still what they were cut from",
      code: `export const handler = async (event: any) => {
  const value = event.headers.authorization.split(' ')[1];
  console.log('value', value);
  const decoded = Buffer.from(event.headers.Authorization.slice('Basic '.length), 'base64').toString();
  console.log(decoded);
  console.log(event.headers.authorization.split(' ').pop(), event.headers.authorization.substring(7));
  console.log(event.body.slice(0, 1000));
  return {};
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'value (event.headers.authorization)', term: 'authorization' }, line: 3, column: 24, endLine: 3, endColumn: 29, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'decoded (event.headers.Authorization)', term: 'authorization' }, line: 5, column: 15, endLine: 5, endColumn: 22, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'event.headers.authorization', term: 'authorization' }, line: 6, column: 15, endLine: 6, endColumn: 42, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'event.headers.authorization', term: 'authorization' }, line: 6, column: 61, endLine: 6, endColumn: 88, suggestions: [] },
        { messageId: 'eventPart', data: { expression: 'event.body' }, line: 7, column: 15, endLine: 7, endColumn: 25, suggestions: [] },
      ],
    },
  ],
});

jsRuleTester.run('no-sensitive-log-data (parts of a text, ES modules)', rule, {
  valid: [
    {
      name: 'JS: a user copy with its password set to undefined',
      code: `export const handler = async (event) => {
  const user = await load(event.pathParameters.id);
  console.log({ ...user, password: undefined });
};
async function load(id) { return { id }; }`,
    },
  ],
  invalid: [
    {
      name: 'JS: the token after the scheme, read with at(-1)',
      code: `export const handler = async (event) => {
  console.info(event.headers.Authorization.split(' ').at(-1));
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'event.headers.Authorization', term: 'authorization' }, line: 2, column: 16, endLine: 2, endColumn: 43, suggestions: [] },
      ],
    },
  ],
});

cjsRuleTester.run('no-sensitive-log-data (parts of a text)', rule, {
  valid: [
    {
      name: 'CJS: the first 16 characters of the body (a mask-sized head) stay quiet',
      code: `exports.handler = async (event) => {
  console.log(event.body.substring(0, 16));
};`,
    },
  ],
  invalid: [
    {
      name: 'CJS: the body with a prefix cut off is the rest of the body',
      code: `exports.handler = async (event) => {
  console.log(event.body.substr(5));
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'event.body' }, line: 2, column: 15, endLine: 2, endColumn: 25, suggestions: [] },
      ],
    },
  ],
});

const REKEYED = `import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
const logger = new Logger();
const extra = { clearState: true };
const base = async (event: { headers: Record<string, string> }) => {
  const { DB_PASSWORD, ...safeEnv } = process.env;
  console.log(safeEnv);
  const headers = Object.fromEntries(Object.entries(event.headers).map(([k, v]) => [k.toLowerCase(), v]));
  logger.info('request', { headers });
  return { statusCode: 200, db: DB_PASSWORD.length };
};
export const handler = middy(base).use(injectLambdaContext(logger, { logEvent: true, ...extra }));`;

tsRuleTester.run('no-sensitive-log-data (rests, re-keyed copies, spread options)', rule, {
  valid: [
    {
      name: 'the rest of a part of the event, the rest of process.env without the runtime credentials, entries re-keyed with masked values, logEvent after a spread the file does not show or that sets it again',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
const logger = new Logger();
declare const options: object;
const mask = (value: string) => value.slice(-4);
const base = async (event: { headers: Record<string, string> }) => {
  const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, ...config } = process.env;
  logger.info('config', { config, keys: [AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN].length });
  const { AWS_SECRET_ACCESS_KEY: secret, AWS_SESSION_TOKEN: token, ...withKeyId } = process.env;
  logger.info('config', { withKeyId, present: Boolean(secret && token) });
  const { authorization, cookie, ...safeHeaders } = event.headers;
  logger.info('request', { safeHeaders, auth: authorization.length, cookies: cookie.length });
  logger.info('masked', Object.fromEntries(Object.entries(event.headers).map(([k, v]) => [k, mask(v)])));
  return { statusCode: 200 };
};
export const a = middy(base).use(injectLambdaContext(logger, { logEvent: true, ...options }));
export const b = middy(base).use(injectLambdaContext(logger, { logEvent: true, ...{ logEvent: false } }));`,
    },
  ],
  invalid: [
    {
      name: 'the rest of process.env, headers copied under lower-cased keys, logEvent: true before a spread of known keys',
      code: REKEYED,
      output: null,
      errors: [
        { messageId: 'processEnv', data: { expression: 'safeEnv (rest of process.env)' }, line: 8, column: 15, endLine: 8, endColumn: 22, suggestions: [] },
        { messageId: 'eventPart', data: { expression: 'headers (event.headers)' }, line: 10, column: 28, endLine: 10, endColumn: 35, suggestions: [] },
        {
          messageId: 'logEventOption',
          line: 13,
          column: 70,
          endLine: 13,
          endColumn: 84,
          suggestions: [{ messageId: 'removeLogEvent', output: REKEYED.replace('{ logEvent: true, ...extra }', '{ ...extra }') }],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-sensitive-log-data (rests, ES modules)', rule, {
  valid: [],
  invalid: [
    {
      name: 'JS: the rest of process.env after two secrets are picked out',
      code: `export const handler = async () => {
  const { API_KEY, DB_PASSWORD, ...config } = process.env;
  console.info('config', config);
  return API_KEY && DB_PASSWORD ? 'ok' : 'missing';
};`,
      output: null,
      errors: [
        { messageId: 'processEnv', data: { expression: 'config (rest of process.env)' }, line: 3, column: 26, endLine: 3, endColumn: 32, suggestions: [] },
      ],
    },
  ],
});

cjsRuleTester.run('no-sensitive-log-data (re-keyed copies)', rule, {
  valid: [],
  invalid: [
    {
      name: 'CJS: headers re-keyed inline, logged directly',
      code: `exports.handler = async (event) => {
  console.log(Object.fromEntries(Object.entries(event.headers).map(([name, value]) => [name.toLowerCase(), value])));
};`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'event.headers' }, line: 2, column: 49, endLine: 2, endColumn: 62, suggestions: [] },
      ],
    },
  ],
});

tsRuleTester.run('no-sensitive-log-data (more ways to cut a token)', rule, {
  valid: [],
  invalid: [
    {
      name: 'all but a tail, from a found place on, a split part through a name, parts joined again, the last part, a destructured part, optional calls; a short head and the scheme stay quiet',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = async (event: { headers: Record<string, string> }) => {
  const auth = event.headers.authorization;
  logger.info('a', { v: auth.slice(0, -4) });
  logger.info('b', { v: auth.substring(0, auth.length - 4) });
  logger.info('c', { v: auth.slice(auth.indexOf(' ') + 1) });
  const parts = auth.split(' ');
  logger.info('d', { v: parts[1] });
  logger.info('e', { v: auth.split(' ').slice(1).join(' ') });
  logger.info('f', { v: auth.split(' ').slice(-1)[0] });
  const [, value] = auth.split(' ');
  logger.info('g', { v: value });
  logger.info('h', { v: auth.split?.(' ')?.[1] });
  logger.info('quiet', { v: auth.slice(0, 6), w: parts[0], x: auth.split(' ').slice(0, 1)[0] });
  return {};
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'auth (event.headers.authorization)', term: 'authorization' }, line: 5, column: 25, endLine: 5, endColumn: 29, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'auth (event.headers.authorization)', term: 'authorization' }, line: 6, column: 25, endLine: 6, endColumn: 29, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'auth (event.headers.authorization)', term: 'authorization' }, line: 7, column: 25, endLine: 7, endColumn: 29, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'parts (event.headers.authorization)', term: 'authorization' }, line: 9, column: 25, endLine: 9, endColumn: 30, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'auth (event.headers.authorization)', term: 'authorization' }, line: 10, column: 25, endLine: 10, endColumn: 29, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'auth (event.headers.authorization)', term: 'authorization' }, line: 11, column: 25, endLine: 11, endColumn: 29, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'value (event.headers.authorization)', term: 'authorization' }, line: 13, column: 25, endLine: 13, endColumn: 30, suggestions: [] },
        { messageId: 'sensitiveName', data: { expression: 'auth (event.headers.authorization)', term: 'authorization' }, line: 14, column: 25, endLine: 14, endColumn: 29, suggestions: [] },
      ],
    },
  ],
});

cjsRuleTester.run('no-sensitive-log-data (more ways to cut a token)', rule, {
  valid: [
    {
      name: 'CJS: the scheme destructured first, and a head of 8',
      code: `exports.handler = async (event) => {
  const [scheme] = event.headers.Authorization.split(' ');
  console.log(scheme, event.headers.Authorization.substring(0, 8));
};`,
    },
  ],
  invalid: [
    {
      name: 'CJS: a destructured token after the scheme',
      code: `exports.handler = async (event) => {
  const [, bearer] = event.headers.Authorization.split(' ');
  console.log('bearer', bearer);
};`,
      output: null,
      errors: [
        { messageId: 'sensitiveName', data: { expression: 'bearer (event.headers.Authorization)', term: 'authorization' }, line: 3, column: 25, endLine: 3, endColumn: 31, suggestions: [] },
      ],
    },
  ],
});

tsRuleTester.run('no-sensitive-log-data (re-keyed entries, JWT parts)', rule, {
  valid: [],
  invalid: [
    {
      name: 'entries re-keyed through e[1] or h[k] of Object.keys(h) are the headers; a JWT\'s claims split on a dot are not the Authorization token; an inline spread of known keys keeps logEvent',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
const logger = new Logger();
const base = async (event: { headers: Record<string, string> }) => {
  const h = event.headers;
  logger.info('a', { v: Object.fromEntries(Object.entries(h).map((e) => [e[0].toLowerCase(), e[1]])) });
  logger.info('b', { v: Object.fromEntries(Object.keys(h).map((k) => [k.toLowerCase(), h[k]])) });
  logger.info('c', { claims: JSON.parse(Buffer.from(h.authorization.split('.')[1], 'base64').toString()) });
  return {};
};
export const handler = middy(base).use(injectLambdaContext(logger, { logEvent: true, ...{ resetKeys: true } }));`,
      output: null,
      errors: [
        { messageId: 'eventPart', data: { expression: 'h (event.headers)' }, line: 7, column: 59, endLine: 7, endColumn: 60, suggestions: [] },
        { messageId: 'eventPart', data: { expression: 'h (event.headers)' }, line: 8, column: 56, endLine: 8, endColumn: 57, suggestions: [] },
        {
          messageId: 'logEventOption',
          line: 12,
          column: 70,
          endLine: 12,
          endColumn: 84,
          suggestions: [{ messageId: 'removeLogEvent', output: `import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
const logger = new Logger();
const base = async (event: { headers: Record<string, string> }) => {
  const h = event.headers;
  logger.info('a', { v: Object.fromEntries(Object.entries(h).map((e) => [e[0].toLowerCase(), e[1]])) });
  logger.info('b', { v: Object.fromEntries(Object.keys(h).map((k) => [k.toLowerCase(), h[k]])) });
  logger.info('c', { claims: JSON.parse(Buffer.from(h.authorization.split('.')[1], 'base64').toString()) });
  return {};
};
export const handler = middy(base).use(injectLambdaContext(logger, { ...{ resetKeys: true } }));` }],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-sensitive-log-data (a logging helper handed several values)', rule, {
  valid: [],
  invalid: [
    {
      name: 'JS: one call hands the helper an event part, another process.env inside an object: both are reported on the parameter',
      code: `function log(label, data) { console.log(JSON.stringify({ label, data })); }
export const handler = async (event) => {
  log('request', event.headers);
  log('config', { env: process.env });
  return {};
};`,
      output: null,
      errors: [
        { messageId: 'processEnv', data: { expression: 'data (process.env)' }, line: 1, column: 65, endLine: 1, endColumn: 69, suggestions: [] },
        { messageId: 'eventPart', data: { expression: 'data (event.headers)' }, line: 1, column: 65, endLine: 1, endColumn: 69, suggestions: [] },
      ],
    },
  ],
});

// A CDK app's stack names handlers in code (`handler: 'fat-lambda.add'`, the asset directory computed): files on disk
const cdkApp = temporaryProject({
  '.git/': '',
  'cdk.json': '{ "app": "npx ts-node bin/app.ts" }',
  'lib/stack.ts': `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as path from 'node:path';
export const functions = (scope: never) => [
  new lambda.Function(scope, 'Add', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'fat-lambda.add', code: lambda.Code.fromAsset(path.join(__dirname, '../lambda-fns')) }),
  new lambda.Function(scope, 'Atm', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'handler.case1Handler', code: lambda.Code.fromAsset('lambda-fns/atm') }),
  new NodejsFunction(scope, 'Orders', {
    entry: path.join(__dirname, '../lambda-fns/orders.ts'),
    handler: 'placeOrder',
  }),
  new NodejsFunction(scope, 'Jobs', { handler: 'runJob', entry: \`\${__dirname}/../lambda-fns/jobs.mjs\` }),
];
`,
});

tsRuleTester.run('no-sensitive-log-data (CDK app)', rule, {
  valid: [
    {
      name: 'an export the stack does not name, and a file of another name',
      code: 'export const helper = async (event: unknown) => { console.log(JSON.stringify(event)); };',
      filename: join(cdkApp, 'lambda-fns/fat-lambda.ts'),
    },
    {
      name: "an export the NodejsFunction's handler does not name, in its entry's file",
      code: 'export const placeOrderLater = async (event: unknown) => { console.log(JSON.stringify(event)); };',
      filename: join(cdkApp, 'lambda-fns/orders.ts'),
    },
    {
      name: 'readServerlessConfig: false',
      code: 'exports.add = async (event: unknown) => { console.log(JSON.stringify(event, null, 2)); };',
      filename: join(cdkApp, 'lambda-fns/fat-lambda.ts'),
      settings: { 'lambda-guard': { readServerlessConfig: false } },
    },
    {
      name: "a name the stack gives by a file name many modules share (handler.case1Handler in any handler.*) makes only a function a handler, not an imported factory's product",
      code: "import { createRequestHandler } from '@remix-run/express';\nconsole.log('config', process.env);\nexport const case1Handler = createRequestHandler({ build });",
      filename: join(cdkApp, 'web/src/handler.ts'),
    },
  ],
  invalid: [
    {
      name: "an export a CDK stack of the app names as a function's handler logs its event",
      code: 'exports.add = async (event: unknown) => {\n  console.log(JSON.stringify(event, null, 2));\n};',
      filename: join(cdkApp, 'lambda-fns/fat-lambda.ts'),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 30, 35)],
    },
    {
      name: "an imported factory's product under the name a NodejsFunction's handler gives, in its entry's file: the module runs in Lambda",
      code: "import { createLambdaHandler } from '@ts-rest/serverless/aws';\nconsole.log('config', process.env);\nexport const placeOrder = createLambdaHandler(contract, router);",
      filename: join(cdkApp, 'lambda-fns/orders.ts'),
      output: null,
      errors: [error('processEnv', { expression: 'process.env' }, 2, 23, 34)],
    },
    {
      name: "the export a NodejsFunction's handler names, in the file its entry names, logs its event",
      code: 'export const placeOrder = async (event: unknown) => {\n  console.log(JSON.stringify(event));\n};',
      filename: join(cdkApp, 'lambda-fns/orders.ts'),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 30, 35)],
    },
  ],
});

// A CDK app's functions an EventBridge schedule runs (a rule's target, a Solutions Construct's), and one an API runs
const cdkCronApp = temporaryProject({
  '.git/': '',
  'cdk.json': '{ "app": "npx ts-node bin/app.ts" }',
  'lib/stack.ts': `import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import { EventbridgeToLambda } from '@aws-solutions-constructs/aws-eventbridge-lambda';
export class CronStack extends Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const sweep = new lambda.Function(this, 'Sweep', { handler: 'sweep.handler', code: lambda.Code.fromAsset('src') });
    const rule = new events.Rule(this, 'Nightly', { schedule: events.Schedule.cron({ hour: '2', minute: '0' }) });
    rule.addTarget(new targets.LambdaFunction(sweep));
    new EventbridgeToLambda(this, 'Report', {
      lambdaFunctionProps: { handler: 'report.handler', code: lambda.Code.fromAsset('src') },
      eventRuleProps: { schedule: events.Schedule.rate(Duration.days(1)) },
    });
    const orders = new lambda.Function(this, 'Orders', { handler: 'orders.handler', code: lambda.Code.fromAsset('src') });
    new events.Rule(this, 'Warm', { schedule: events.Schedule.rate(Duration.minutes(5)), targets: [new targets.LambdaFunction(orders)] });
    new apigateway.LambdaRestApi(this, 'Api', { handler: orders });
  }
}
`,
  'src/sweep.ts': '',
  'src/report.ts': '',
  'src/orders.ts': '',
});

tsRuleTester.run('no-sensitive-log-data (CDK app, schedules)', rule, {
  valid: [
    {
      name: "a function only a scheduled rule targets logs its event (EventBridge's, no caller's data)",
      code: 'export const handler = async (event: unknown) => { console.log(JSON.stringify(event)); };',
      filename: join(cdkCronApp, 'src/sweep.ts'),
    },
    {
      name: "an EventbridgeToLambda's function on a schedule logs its event",
      code: 'exports.handler = async (event) => { console.log(event); };',
      filename: join(cdkCronApp, 'src/report.ts'),
    },
  ],
  invalid: [
    {
      name: 'a function a schedule warms and an API runs logs its event',
      code: 'export const handler = async (event: unknown) => {\n  console.log(JSON.stringify(event));\n};',
      filename: join(cdkCronApp, 'src/orders.ts'),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 30, 35)],
    },
  ],
});

// An SST app's sst.config.ts names handlers in code (`queue.subscribe('subscriber.main')`): files on disk
const sstApp = temporaryProject({
  '.git/': '',
  'sst.config.ts': `/// <reference path="./.sst/platform/config.d.ts" />
export default $config({
  app() { return { name: 'jobs', home: 'aws' }; },
  async run() {
    const queue = new sst.aws.Queue('Jobs');
    queue.subscribe('subscriber.main');
    new sst.aws.Cron('Nightly', { schedule: 'rate(1 day)', function: 'src/cron.nightly' });
  },
});
`,
  // Handler paths are relative to the app's root: the files they name are there
  'subscriber.ts': '',
  'subscriber.js': '',
  'src/cron.ts': '',
});

tsRuleTester.run('no-sensitive-log-data (SST app)', rule, {
  valid: [
    {
      name: "an export the app's config does not name",
      code: 'export const helper = async (event: unknown) => { console.log(event); };',
      filename: join(sstApp, 'subscriber.ts'),
    },
    {
      name: 'the function of a Cron: only schedules run it, with their own event',
      code: 'export const nightly = async (event: unknown) => { console.log(event); };',
      filename: join(sstApp, 'src/cron.ts'),
    },
  ],
  invalid: [
    {
      name: "the export an SST queue's subscribe names logs its event",
      code: 'export const main = async (event: unknown) => {\n  console.log(event);\n};',
      filename: join(sstApp, 'subscriber.ts'),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 15, 20)],
    },
  ],
});

cjsRuleTester.run('no-sensitive-log-data (SST app, CommonJS)', rule, {
  valid: [],
  invalid: [
    {
      name: "CJS: the export an SST queue's subscribe names logs its event",
      code: 'exports.main = async (event) => {\n  console.log(JSON.stringify(event));\n};',
      filename: join(sstApp, 'subscriber.js'),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 30, 35)],
    },
  ],
});

jsRuleTester.run('no-sensitive-log-data (CDK app, ES modules)', rule, {
  valid: [],
  invalid: [
    {
      name: 'ESM: a named export the stack names logs the headers',
      code: 'export const case1Handler = async (event) => {\n  console.log(JSON.stringify({ headers: event.headers }));\n};',
      filename: join(cdkApp, 'lambda-fns/atm/handler.js'),
      output: null,
      errors: [error('eventPart', { expression: 'event.headers' }, 2, 41, 54)],
    },
    {
      name: "ESM: the export a NodejsFunction names, its entry in a template literal, logs the headers",
      code: 'export async function runJob(event) {\n  console.log(JSON.stringify({ headers: event.headers }));\n}',
      filename: join(cdkApp, 'lambda-fns/jobs.mjs'),
      output: null,
      errors: [error('eventPart', { expression: 'event.headers' }, 2, 41, 54)],
    },
  ],
});

cjsRuleTester.run('no-sensitive-log-data (CDK app)', rule, {
  valid: [],
  invalid: [
    {
      name: 'CJS: exports.case1Handler the stack names logs the event',
      code: 'exports.case1Handler = async (event) => {\n  console.log(JSON.stringify(event, null, 2));\n};',
      filename: join(cdkApp, 'lambda-fns/atm/handler.js'),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 30, 35)],
    },
    {
      name: 'CJS: module.exports.placeOrder, named by a NodejsFunction, logs the event',
      code: 'module.exports.placeOrder = async (event) => {\n  console.log(JSON.stringify(event, null, 2));\n};',
      filename: join(cdkApp, 'lambda-fns/orders.js'),
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 30, 35)],
    },
  ],
});

tsRuleTester.run('no-sensitive-log-data (values of a walked object as text, entry callbacks)', rule, {
  valid: [
    {
      name: "values of the whole event, the request context and Lambda@Edge's headers print [object Object] in text; a test of a value prints itself",
      code: `export const handler = async (event: any) => {
  for (const key in event) console.log(\`\${key}: \${event[key]}\`);
  const request = event.Records[0].cf.request;
  Object.keys(request.headers).forEach((h: string) => console.log(\`\${h}: \${request.headers[h]}\`));
  Object.keys(process.env).forEach((k) => console.log(\`\${k} is \${process.env[k] ? 'set' : 'unset'}\`));
  Object.entries(event.requestContext).forEach(([k, v]) => console.log(\`\${k}=\${v}\`));
  Object.keys(process.env).forEach((k) => console.log(k));
  [1, 2].forEach((v) => console.log(v));
};`,
    },
  ],
  invalid: [
    {
      name: 'each value of process.env in a template, and a header read by a key of Object.keys(…).forEach',
      code: `export const handler = async (event: { headers: Record<string, string> }) => {
  for (const [name, value] of Object.entries(process.env)) console.log(\`\${name}=\${value}\`);
  Object.keys(event.headers).forEach((header: string) => console.log(\`\${header}: \${event.headers[header]}\`));
};`,
      output: null,
      errors: [
        error('processEnv', { expression: 'value (process.env)' }, 2, 83, 88),
        error('eventPart', { expression: 'event.headers[header] (event.headers)' }, 3, 84, 105),
      ],
    },
    {
      name: 'each variable of the environment mapped to text and joined',
      code: `export const handler = async () => {
  console.log(Object.entries(process.env).map(([name, value]: [string, string | undefined]) => \`\${name}=\${value}\`).join('\\n'));
};`,
      output: null,
      errors: [error('processEnv', { expression: 'value (process.env)' }, 2, 107, 112)],
    },
  ],
});

tsRuleTester.run('no-sensitive-log-data (a walked key narrowed by a test)', rule, {
  valid: [
    {
      name: "a header read by its walked key where a test let only 'host' or 'user-agent' through (scloud's edge function)",
      code: `import type { CloudFrontRequestEvent } from 'aws-lambda';
export async function handler(event: CloudFrontRequestEvent) {
  const { request } = event.Records[0].cf;
  Object.keys(request.headers).forEach((header) => {
    if (header.toLowerCase() === 'host') console.warn(JSON.stringify({ msg: 'host left', value: request.headers[header] }));
  });
  for (const name in request.headers) {
    if ('user-agent' == name && request.headers[name]) console.log(JSON.stringify({ ua: request.headers[name] }));
    const line = name.toUpperCase() === 'HOST' ? JSON.stringify(request.headers[name]) : '';
    console.log(line);
  }
  return request;
}`,
    },
  ],
  invalid: [
    {
      name: 'a test that lets a secret header through, a test of something else, a negated test, a test outside the callback',
      code: `import type { CloudFrontRequestEvent } from 'aws-lambda';
export async function handler(event: CloudFrontRequestEvent, host: string) {
  const { request } = event.Records[0].cf;
  for (const name of Object.keys(request.headers)) {
    if (name === 'authorization') console.log(JSON.stringify({ v: request.headers[name] }));
    if (host === 'host') console.log(JSON.stringify({ v: request.headers[name] }));
    if (name !== 'host') console.log(JSON.stringify({ v: request.headers[name] }));
  }
  if (host === 'x') Object.keys(request.headers).forEach((host) => console.log(JSON.stringify({ v: request.headers[host] })));
  return request;
}`,
      output: null,
      errors: [
        error('eventPart', { expression: 'request.headers[name] (event.Records[0].cf.request.headers)' }, 5, 67, 88),
        error('eventPart', { expression: 'request.headers[name] (event.Records[0].cf.request.headers)' }, 6, 58, 79),
        error('eventPart', { expression: 'request.headers[name] (event.Records[0].cf.request.headers)' }, 7, 58, 79),
        error('eventPart', { expression: 'request.headers[host] (event.Records[0].cf.request.headers)' }, 9, 100, 121),
      ],
    },
  ],
});

jsRuleTester.run('no-sensitive-log-data (values of a walked object as text, ES modules)', rule, {
  valid: [
    {
      name: 'the keys alone, and a callback of another list',
      code: `export const handler = async (event) => {
  Object.keys(event.headers).forEach((name) => console.log(\`header \${name}\`));
  event.Records.forEach((record) => console.log(\`\${record}\`));
};`,
    },
    {
      name: 'mapped to keys, ids or a masked value',
      code: `export const handler = async (event) => {
  console.log(event.Records.map((record) => record.messageId));
  console.log(Object.keys(event.headers).map((name) => name.toLowerCase()).join(','));
  console.log(Object.entries(event.headers).map(([name, value]) => [name, mask(value)]));
  console.log(Object.entries(event).map(([key, value]) => \`\${key}=\${value}\`).join(' '));
};`,
    },
  ],
  invalid: [
    {
      name: 'for…in over process.env in a template, and Object.values(event.headers).forEach with a function',
      code: `export const handler = async (event) => {
  for (const key in process.env) console.log(\`\${key}: \${process.env[key]}\`);
  Object.values(event.headers).forEach(function (value) { console.log('header ' + value); });
};`,
      output: null,
      errors: [
        error('processEnv', { expression: 'process.env[key] (process.env)' }, 2, 57, 73),
        error('eventPart', { expression: 'value (event.headers)' }, 3, 83, 88),
      ],
    },
    {
      name: 'an array made by map and flatMap of the values',
      code: `export const handler = async (event) => {
  console.log(Object.keys(process.env).map((key) => \`\${key}=\${process.env[key]}\`));
  console.log(Object.keys(event.headers).flatMap(function (name) { return [name, event.headers[name]]; }));
};`,
      output: null,
      errors: [
        error('processEnv', { expression: 'process.env[key] (process.env)' }, 2, 63, 79),
        error('eventPart', { expression: 'event.headers[name] (event.headers)' }, 3, 82, 101),
      ],
    },
  ],
});

cjsRuleTester.run('no-sensitive-log-data (values of a walked object as text)', rule, {
  valid: [
    {
      name: "a value's length",
      code: `exports.handler = async () => {
  Object.keys(process.env).forEach((key) => console.log(key + ': ' + String(process.env[key].length)));
};`,
    },
  ],
  invalid: [
    {
      name: 'concatenated with its key, and the entries of multiValueHeaders serialised',
      code: `exports.handler = async (event) => {
  Object.keys(process.env).forEach((key) => console.log(key + '=' + process.env[key]));
  Object.entries(event.multiValueHeaders).forEach(([name, values]) => console.log(JSON.stringify({ name, values })));
};`,
      output: null,
      errors: [
        error('processEnv', { expression: 'process.env[key] (process.env)' }, 2, 69, 85),
        error('eventPart', { expression: 'values (event.multiValueHeaders)' }, 3, 106, 112),
      ],
    },
    {
      name: 'the headers mapped to text, joined and concatenated',
      code: `exports.handler = async (event) => {
  console.log('headers: ' + Object.entries(event.headers).map(([name, value]) => name + ': ' + value).join(', '));
};`,
      output: null,
      errors: [error('eventPart', { expression: 'value (event.headers)' }, 2, 96, 101)],
    },
  ],
});

tsRuleTester.run('no-sensitive-log-data (values walked by findIndex and findLastIndex)', rule, {
  valid: [],
  invalid: [
    {
      name: 'TS: a header value read by the name findIndex visits',
      code: `export const handler = async (event: { headers: Record<string, string> }) => {
  Object.keys(event.headers).findIndex((name) => { console.log(name + ': ' + event.headers[name]); return false; });
};`,
      output: null,
      errors: [error('eventPart', { expression: 'event.headers[name] (event.headers)' }, 2, 78, 97)],
    },
  ],
});

jsRuleTester.run('no-sensitive-log-data (values walked by findIndex and findLastIndex, ES modules)', rule, {
  valid: [],
  invalid: [
    {
      name: 'ESM: an environment value read by the key findLastIndex visits',
      code: `export const handler = async () => {
  Object.keys(process.env).findLastIndex((key) => { console.log(key + '=' + process.env[key]); return false; });
};`,
      output: null,
      errors: [error('processEnv', { expression: 'process.env[key] (process.env)' }, 2, 77, 93)],
    },
  ],
});

cjsRuleTester.run('no-sensitive-log-data (values walked by findIndex and findLastIndex, CommonJS)', rule, {
  valid: [],
  invalid: [
    {
      name: 'CJS: the entries of process.env printed by a findIndex callback',
      code: `exports.handler = async () => {
  const first = Object.entries(process.env).findIndex(([key, value]) => { console.log(\`\${key}=\${value}\`); return key === 'X'; });
  return first;
};`,
      output: null,
      errors: [error('processEnv', { expression: 'value (process.env)' }, 2, 97, 102)],
    },
  ],
});

tsRuleTester.run('no-sensitive-log-data (lines written to stdout and stderr)', rule, {
  valid: [
    {
      name: 'TS: fields of the event written as a JSON line',
      code: `export const handler = async (event: { id: string; headers: Record<string, string> }) => {
  process.stdout.write(JSON.stringify({ id: event.id }) + '\\n');
};`,
    },
  ],
  invalid: [
    {
      name: 'TS: the whole event written to process.stdout',
      code: `export const handler = async (event: { body: string; id: string }) => {
  process.stdout.write(JSON.stringify(event) + '\\n');
};`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 2, 39, 44)],
    },
  ],
});

jsRuleTester.run('no-sensitive-log-data (lines written to stdout, ES modules)', rule, {
  valid: [],
  invalid: [
    {
      name: "JS: headers written to node:process's stdout",
      code: `import process from 'node:process';
export const handler = async (event) => {
  process.stdout.write(\`\${JSON.stringify({ headers: event.headers })}\\n\`);
};`,
      output: null,
      errors: [error('eventPart', { expression: 'event.headers' }, 3, 53, 66)],
    },
  ],
});

cjsRuleTester.run('no-sensitive-log-data (lines written to stderr)', rule, {
  valid: [],
  invalid: [
    {
      name: 'CJS: process.env written to process.stderr',
      code: `exports.handler = async () => {
  process.stderr.write(JSON.stringify(process.env) + '\\n');
};`,
      output: null,
      errors: [error('processEnv', { expression: 'process.env' }, 2, 39, 50)],
    },
  ],
});

// A function that hands all it is given to a log method (`(...args) => console.log(...args)`) is that method: what is
// handed to it is reported where it is handed
tsRuleTester.run('no-sensitive-log-data (forwarding functions)', rule, {
  valid: [
    {
      name: 'TS: fields picked from the event handed to a forwarding function',
      code: `const log = (...args: unknown[]) => console.log(...args);
export const handler = async (event: { id: string }) => { log({ message: 'received', id: event.id }); };`,
    },
  ],
  invalid: [
    {
      name: 'TS: process.env in an object handed to an arrow that forwards to console.log',
      code: `const log = (...args: unknown[]) => console.log(...args);
export const handler = async (event: any) => {
  log({ env: process.env });
};`,
      output: null,
      errors: [error('processEnv', { expression: 'process.env' }, 3, 14, 25)],
    },
  ],
});

jsRuleTester.run('no-sensitive-log-data (forwarding functions, ES modules)', rule, {
  valid: [],
  invalid: [
    {
      name: 'JS: the headers handed to a forwarding function beside a label',
      code: `const log = (...args) => console.log(...args);
export const handler = async (event) => {
  log('received', event.headers);
};`,
      output: null,
      errors: [error('eventPart', { expression: 'event.headers' }, 3, 19, 32)],
    },
  ],
});

cjsRuleTester.run('no-sensitive-log-data (forwarding functions)', rule, {
  valid: [],
  invalid: [
    {
      name: 'CJS: the whole event handed to a function declaration that forwards to console.log, reported once',
      code: `function log(...args) { console.log(...args); }
exports.handler = async (event) => {
  log(event);
};`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 3, 7, 12)],
    },
  ],
});

// Forwarding functions written through `?.` and `as`, and middleware lists changed after they are written
tsRuleTester.run('no-sensitive-log-data (forwarding functions through ?. and as)', rule, {
  valid: [],
  invalid: [
    {
      name: 'TS: what is handed to a forwarding function that calls through ?. or casts its result is reported once, where it is handed',
      code: `const log = (...args: unknown[]) => console.log?.(...args);
const warn = (...args: unknown[]) => console.warn(...args) as void;
export const handler = async (event: any) => {
  log(event);
  warn({ env: process.env });
};`,
      output: null,
      errors: [error('wholeEvent', { expression: 'event' }, 4, 7, 12), error('processEnv', { expression: 'process.env' }, 5, 15, 26)],
    },
  ],
});

jsRuleTester.run('no-sensitive-log-data (middleware lists changed after they are written)', rule, {
  valid: [
    {
      name: 'ESM: a list of middlewares whose input-output logger is popped before the list is handed to use()',
      code: `import middy from '@middy/core';
import inputOutputLogger from '@middy/input-output-logger';
import httpErrorHandler from '@middy/http-error-handler';
const middlewares = [httpErrorHandler(), inputOutputLogger()];
middlewares.pop();
export const handler = middy(async (event) => ({ statusCode: 200, body: event.body })).use(middlewares);`,
    },
  ],
  invalid: [],
});

// A copy of a secret whose secret keys the code writes over with a mask is no longer the secret
const MASKED_COPY_TS = `import { SecretsManager } from '@aws-sdk/client-secrets-manager';
const secrets = new SecretsManager({});
export const handler = async () => {
  const response = await secrets.getSecretValue({ SecretId: process.env.SECRET_ARN });
  const secret = JSON.parse(response.SecretString!);
  const logSecret = { ...secret, password: '*********' };
  console.log(logSecret);
  console.log({ ...secret, apiToken: undefined });
  const shownSecret = { ...secret, host: 'db' };
  console.log(shownSecret);
};`;

tsRuleTester.run('no-sensitive-log-data (masked copies of secrets)', rule, {
  valid: [],
  invalid: [
    {
      name: 'TS: a copy that masks a secret key of the spread secret is quiet, in place or by a name; a copy that masks another key is not',
      code: MASKED_COPY_TS,
      output: null,
      errors: [error('sensitiveName', { expression: 'shownSecret', term: 'secret' }, 10, 15, 26)],
    },
  ],
});

jsRuleTester.run('no-sensitive-log-data (masked copies of secrets, ES modules)', rule, {
  valid: [
    {
      name: 'ESM: a parsed secret spread into a copy whose password is masked',
      code: `export const handler = async (event) => {
  const dbSecret = JSON.parse(event.secretString);
  console.log({ ...dbSecret, password: '[redacted]' });
};`,
    },
  ],
  invalid: [
    {
      name: 'ESM: a masked copy of the parsed body is still the body',
      code: `export const handler = async (event) => {
  const safe = { ...JSON.parse(event.body), password: '***' };
  console.log(safe);
};`,
      output: null,
      errors: [error('eventPart', { expression: 'safe (event.body)' }, 3, 15, 19)],
    },
  ],
});

cjsRuleTester.run('no-sensitive-log-data (masked copies of secrets)', rule, {
  valid: [
    {
      name: 'CJS: a copy of a secret bound to a name, its token written over with a template',
      code: `exports.handler = async (event) => {
  const secret = JSON.parse(event.secretString);
  const printable = { ...secret, token: \`hidden\` };
  console.log(printable);
};`,
    },
  ],
  invalid: [
    {
      name: 'CJS: the mask written before the spread masks nothing',
      code: `exports.handler = async (event) => {
  const secret = JSON.parse(event.secretString);
  const maskedFirst = { password: '***', ...secret };
  console.log(maskedFirst);
};`,
      output: null,
      errors: [error('sensitiveName', { expression: 'maskedFirst (secret)', term: 'secret' }, 4, 15, 26)],
    },
  ],
});

// Amplify Gen 2: a function's resource.ts says it runs only on a schedule
const amplifyApp = temporaryProject({
  '.git/': '',
  'amplify/functions/digest/resource.ts': `import { defineFunction } from '@aws-amplify/backend';
export const digest = defineFunction({ name: 'digest', entry: './handler.ts', schedule: 'every 1h' });
`,
  'amplify/functions/api/resource.ts': `import { defineFunction } from '@aws-amplify/backend';
export const api = defineFunction({ name: 'api' });
`,
});
const AMPLIFY_EVENT_LOG = `export const handler = async (event: unknown) => {
  console.log(JSON.stringify({ message: 'run', event }));
  return { ok: true };
};`;

tsRuleTester.run('no-sensitive-log-data (Amplify Gen 2 schedules)', rule, {
  valid: [
    {
      name: "an Amplify function whose resource.ts gives it a schedule: the event is EventBridge's",
      code: AMPLIFY_EVENT_LOG,
      filename: join(amplifyApp, 'amplify/functions/digest/handler.ts'),
    },
  ],
  invalid: [
    {
      name: 'an Amplify function with no schedule logging its whole event',
      code: AMPLIFY_EVENT_LOG,
      filename: join(amplifyApp, 'amplify/functions/api/handler.ts'),
      output: null,
      errors: [{ messageId: 'wholeEvent', data: { expression: 'event' }, line: 2, column: 48, endLine: 2, endColumn: 53, suggestions: [] }],
    },
  ],
});
