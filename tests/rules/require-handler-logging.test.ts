import rule from '../../src/rules/require-handler-logging.js';
import { join } from 'node:path';
import { cjsRuleTester, jsRuleTester, tsRuleTester } from '../rule-tester.js';
import { temporaryProject } from '../utils/temporary-project.js';

const POWERTOOLS = "import { Logger } from '@aws-lambda-powertools/logger';\n";

tsRuleTester.run('require-handler-logging', rule, {
  valid: [
    {
      name: "NestJS on Lambda: a server another module makes, lazily, called with Lambda's arguments",
      code: `import type { APIGatewayEvent, Callback, Context, Handler } from 'aws-lambda';
import { bootstrap } from './lib/bootstrap';
import { AppModule } from './app.module';

let server: Handler;

export const handler: Handler = async (event: APIGatewayEvent, context: Context, callback: Callback) => {
  server = server ?? (await bootstrap(AppModule));
  return server(event, context, callback);
};`,
    },
    {
      name: 'a function destructured from a module required inside the handler, handed the input',
      code: `export const handler = async (event: unknown, context: unknown) => {
  const { run } = require('./legacy');
  return run(event, context);
};`,
    },
    {
      name: 'a typed async handler that runs an imported callback-era handler through a promise taking over context.done',
      code: `import type { Context, CloudFormationCustomResourceEvent } from 'aws-lambda';
import { resource } from './cfn';
export const handler = async (event: CloudFormationCustomResourceEvent, context: Context): Promise<unknown> =>
  await new Promise<unknown>((resolve, reject) => {
    context.done = (error?: Error, result?: unknown) => (error ? reject(error) : resolve(result));
    resource(event, context);
  });`,
    },
    {
      name: 'quiet: a stub whose event parameter has a constant default (the runtime always passes one)',
      code: `export const handler = async (event: Record<string, unknown> = {}) => {
  return { statusCode: 200, body: JSON.stringify('Hello from Lambda!'), headers: { 'Content-Type': 'text/plain' } };
};`,
    },
    {
      name: 'quiet: a stub whose let the try gives a constant before the catch (which never runs) would give it the error',
      code: `export const handler = async () => {
  let response = null;
  try {
    response = { statusCode: 200, body: 'ok' };
  } catch (err) {
    response = { statusCode: 500, body: err.message };
  }
  return response;
};`,
    },
    {
      name: 'quiet: a stub whose answer reads a let that only a catch which never runs gives a value (review 42)',
      code: `const handler = async () => {
  let err = null;
  try {
    console.log('*** START ***');
    console.log('stripeBalance');
  } catch (e) {
    err = e;
    console.log(e);
  }
  const body = err ? JSON.stringify(err) : '';
  const statusCode = err ? 500 : 200;
  return { statusCode, body };
};

export { handler };`,
    },
    {
      name: 'quiet: the handler writes through a SenseLogs logger, a JSON logger, with its fields as an object',
      code: `import SenseLogs from 'senselogs';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';

const log = new SenseLogs({ name: 'orders' });
const db = new DynamoDBClient({});

export const handler = async (event: { id: string }) => {
  await db.send(new PutItemCommand({ TableName: 'orders', Item: { id: { S: event.id } } }));
  log.info('order stored', { id: event.id });
  return { ok: true };
};`,
    },
    {
      name: 'quiet: the handler runs an imported use case with a value it picked from the event (execute on a use-case object is a hand-off, not a database write)',
      code: `import type { APIGatewayProxyEvent } from 'aws-lambda';
import { getTenantUseCase } from '.';

const tableTenantDetails = process.env.TABLE_TENANT_DETAILS;

export const handler = async (event: APIGatewayProxyEvent) => {
  const tenantId = event.pathParameters!.tenantId;
  const response = await getTenantUseCase.execute({ tenantId }, tableTenantDetails!);
  return response;
};`,
    },
    {
      name: 'quiet: a synchronous void check that only throws a project exception (constructed as what it throws) does nothing Lambda could see',
      code: `import type { SQSEvent, Context } from 'aws-lambda';
import { TraceException } from './TraceException';

export function validateSQSEvent(event: SQSEvent, context: Context): void {
  if (event.Records.length !== 1) {
    throw new TraceException(\`expected one record, got \${event.Records.length}\`, context.awsRequestId);
  }
}`,
    },
    {
      name: 'quiet: the handler is also exported through a wrapper imported by a path alias (@hooks/…), the export Lambda most likely runs',
      code: `import { withApiHooks } from '@hooks/withApiHooks';
import { sendToConnection } from '@libs/ws';

export const handler = async (event: { requestContext: { connectionId: string } }) => {
  await sendToConnection(event.requestContext.connectionId, { type: 'connected' });
  return { statusCode: 200, body: '' };
};

export const main = withApiHooks(handler, { schema: {} });`,
    },
    {
      name: 'quiet: the handler hands its whole event to the projects order service',
      code: `import { orderService } from '../services/order-service';

export const handler = (event: unknown, context: unknown) => orderService.delete(event, context);`,
    },
    {
      name: 'quiet: the projects command router does all the work (and the logging)',
      code: `import { router } from './router';

export const handler = async (event: unknown, context: unknown) => router.execute(event, context);`,
    },
    {
      name: 'quiet: the event is handed as is to the projects data-access module, which does the work',
      code: `import { dataApi } from '../lib/data-api';

export const handler = async (event: unknown) => dataApi.update(event);`,
    },
    {
      name: 'quiet: the handler hands its event to a method of an imported service object that is no data store verb: the service does the work and its logging',
      code: `import { ordersService } from './services/orders';

export const handler = async (event: unknown) => ordersService.process(event);`,
    },
    {
      name: 'quiet: the function exported as handler is also exported wrapped by a project wrapper (main = withHooks(handler)): Lambda most likely calls that one, and the',
      code: `import { withHooks } from '../hooks/withHooks';
import { sendToOne } from '../libs/ws-client';

export const handler = async (event) => {
  await sendToOne(event.requestContext.connectionId, { message: 'hello' });
  return { statusCode: 200, body: '' };
};

export const main = withHooks(handler);`,
    },
    {
      name: 'quiet: a synchronous void export found only by its aws-lambda parameter types that calls nothing can only read and throw: a check the handlers call, not one ',
      code: `import type { SQSEvent, Context } from 'aws-lambda';

export function validateSQSEvent(event: SQSEvent, context: Context): void {
  if (event.Records.length !== 1) {
    throw new Error(\`expected one record (request \${context.awsRequestId})\`);
  }
}`,
    },
    {
      name: 'quiet: a controller built by an imported factory handed with the event to an adapter of the project',
      code: `import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import { serverlessAdapter } from '@/main/adapters';
import { makeAddUserFactory } from '@/main/factories';

export const handle: APIGatewayProxyHandlerV2 = async (event, context) => {
  const controller = makeAddUserFactory();
  const adapter = await serverlessAdapter(controller, event, context);
  return adapter;
};`,
    },
    {
      name: "quiet: the handler logs through a logger class's singleton of the project (`Logger.getInstance().info(…)`)",
      code: `import { Logger } from './logger';
import { db } from './db';
export const handler = async (event: { id: string }) => {
  Logger.getInstance().info({ message: 'get order', id: event.id });
  return db.get(event.id);
};`,
    },
    {
      name: 'quiet: values read from the event (a schema\'s parse, JSON.parse of the body) handed to a delegate of another module',
      code: `import type { Handler } from 'aws-lambda';
import { queryZuora } from './queryZuora';
import { getOrder } from './orders';
import { queryZuoraStateSchema } from './types';
import { lazyDependencies } from './dependencies';

export const handler: Handler = async (event) => {
  const { queryType } = queryZuoraStateSchema.parse(event);
  const dependencies = await lazyDependencies.get();
  return queryZuora(queryType, dependencies);
};
export const lambdaHandler = async (event: { body: string }) => {
  const { id } = JSON.parse(event.body);
  return getOrder(id);
};`,
    },
    {
      name: 'quiet: dependencies awaited from the project\'s lazy set-up, handed with the event to a delegate of another module',
      code: `import { fetchResults } from './fetchResults';
import { lazyDependencies } from './dependencies';

export const handler = async (event: unknown) => {
  const dependencies = await lazyDependencies.get();
  return fetchResults(event, dependencies);
};`,
    },
    {
      name: 'quiet: dependencies awaited from a lazy value of this file made of a function written in place, or of one of the file, with a reader of the context',
      code: `import { Lazy } from '@modules/lazy';
import { processEvent } from './processEvent';

const lazyDependencies = new Lazy(async () => ({ table: process.env.TABLE }), 'set up dependencies');
const buildDependencies = async () => ({ queue: process.env.QUEUE });
const lazyQueueDependencies = new Lazy<{ queue?: string }>(buildDependencies, 'set up the queue');

export const handler = async (event: { Records: unknown[] }) => {
  const dependencies = await lazyDependencies.get();
  return processEvent(event.Records, dependencies);
};
export const lambdaHandler = async (event: { Records: unknown[] }, context: { getRemainingTimeInMillis(): number }) => {
  const dependencies = await lazyQueueDependencies.get();
  return processEvent(event.Records, () => context.getRemainingTimeInMillis(), dependencies);
};`,
    },
    {
      name: 'quiet: dependencies built by a factory function of this file (synchronous) and a setting read by one, handed to a delegate of another module',
      code: `import { handleSqsEvent } from './domain/handleSqsEvent';

function buildDependencies() {
  return { table: 'orders' };
}
const makeClock = () => ({ now: () => Date.now() });

function getEnvVar(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(\`Missing environment variable: \${name}\`);
  return value;
}

export const handler = async (event: unknown): Promise<void> => {
  const deps = buildDependencies();
  const clock = makeClock();
  const campaignCode = getEnvVar('CAMPAIGN_CODE');
  await handleSqsEvent(event, deps, clock, campaignCode);
};
export const inPlace = async (event: unknown) => handleSqsEvent(event, buildDependencies(), getEnvVar('REGION'));`,
      settings: { 'lambda-guard': { handlerNames: ['inPlace'] } },
    },
    {
      name: 'quiet: a controller looked up in an imported DI container, its method handed the event',
      code: `import { diContainer } from '../framework/utils/DIRegister';

export const handler = async (event, context) => {
  const filmController = diContainer.resolve('FilmController');
  return await filmController.createFilm(event);
};`,
    },
    {
      name: 'quiet: an accessor instance bound to a const, its method handed the event',
      code: `import { FilmController } from '../framework/controllers/FilmController';

export const handler = async (event) => {
  const filmController = FilmController.getInstance();
  return filmController.createFilm(event);
};`,
    },
    {
      name: 'quiet: SAMs hello-world-typescript with its let response in the handler answers only constants',
      code: `import { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
export const lambdaHandler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
    let response: APIGatewayProxyResult;
    try {
        response = { statusCode: 200, body: JSON.stringify({ message: 'hello world' }) };
    } catch (err) {
        console.log(err);
        response = { statusCode: 500, body: JSON.stringify({ message: 'some error happened' }) };
    }
    return response;
};`,
    },
    {
      name: 'quiet: the handler only validates the body with zod and hands the event to another modules handler',
      code: `import { z } from 'zod';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { createOrderHandler } from './create-order';

const OrderSchema = z.object({ sku: z.string(), quantity: z.number().int().positive() });

export const handler = async (event: APIGatewayProxyEvent, context: Context) => {
  const parsed = OrderSchema.safeParse(JSON.parse(event.body ?? '{}'));
  if (!parsed.success) {
    return { statusCode: 400, body: JSON.stringify(parsed.error.issues) };
  }
  return createOrderHandler(event, context);
};`,
    },
    {
      name: 'quiet: the handler only sets up what it hands off to, lazily, then hands off',
      code: `import type { CloudFrontResponseEvent, CloudFrontResponseResult, Context } from 'aws-lambda';
import { createActivitiesHandler } from './px/activities';
import { getConfigAsync } from './custom/config';

let activitiesHandler: (event: CloudFrontResponseEvent, context: Context) => Promise<CloudFrontResponseResult>;

export async function handler(event: CloudFrontResponseEvent, context: Context): Promise<CloudFrontResponseResult> {
  if (!activitiesHandler) {
    const config = await getConfigAsync();
    activitiesHandler = createActivitiesHandler(config);
  }
  return activitiesHandler(event, context);
}`,
    },
    {
      name: 'quiet: every case hands off, the default throws new Error(…) (the docs own example of an answer)',
      code: `import { getOrderHandler } from './resolvers/get-order';
import { listOrdersHandler } from './resolvers/list-orders';

export const handler = async (event: any, context: any) => {
  switch (event.info.fieldName) {
    case 'getOrder':
      return getOrderHandler(event, context);
    case 'listOrders':
      return listOrdersHandler(event, context);
    default:
      throw new Error('Unknown field');
  }
};`,
    },
    {
      name: 'a parameterless handler typed as one and also exported behind a project wrapper is judged at the wrapped export',
      code: `import type { APIGatewayProxyHandler } from 'aws-lambda';
import { middyfy } from './libs/lambda';
import { listItems } from './service';

export const listHandler: APIGatewayProxyHandler = async () => {
  console.log('listing items');
  const items = await listItems();
  return { statusCode: 200, body: JSON.stringify(items) };
};

export const main = middyfy(listHandler);`,
    },
    {
      name: 'a thin adapter after a constant console line, its delegate made in a const of the body and used once',
      code: `import { IoTHandler } from 'aws-lambda';
import { Delegate } from './delegate';

export const handler: IoTHandler = async (event) => {
  console.log('handler triggered');
  const delegate = new Delegate();
  await delegate.processMessages(event);
};`,
    },
    {
      name: 'not handlers: a framework route taking its request context first, a helper taking the CloudFront request beside Context',
      code: `import type { AppContext } from './router';
import type { CloudFrontRequest, Context } from 'aws-lambda';

export async function handler(context: AppContext) {
  return context.render('<div>hello</div>');
}

export async function signRequest(request: CloudFrontRequest, context: Context, signer: { sign(r: unknown): Promise<string> }) {
  request.headers['authorization'] = [{ key: 'authorization', value: await signer.sign(request) }];
  return request;
}`,
    },
    {
      name: 'a route table hand-off inside a try whose catch answers with an error is a hand-off',
      code: `import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { getHandler } from './functions/get';
import { postHandler } from './functions/post';

const routes = [
  { method: 'GET', handler: getHandler },
  { method: 'POST', handler: postHandler },
];

export const handler = async (event: APIGatewayProxyEvent, context: Context) => {
  const route = routes.find((r) => r.method === event.httpMethod);
  if (!route) return { statusCode: 404, body: '' };
  try {
    return await route.handler(event, context);
  } catch (error) {
    console.error(error);
    return { statusCode: 500, body: 'internal error' };
  }
};`,
    },
    {
      name: 'a hand-off after a guard, the input prepared in place and the container it is taken from, made for it',
      code: `import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { createContainer } from './container';

export const handler = async (event: APIGatewayProxyEvent, context: Context) => {
  if (!event.body) return { statusCode: 400, body: 'missing body' };
  event.body = JSON.parse(event.body).payload;
  const container = await createContainer();
  const { ordersHandler } = container;
  return ordersHandler(event, context);
};`,
    },
    {
      name: 'grammY Filter contexts and a Bolt App are the bot framework, not Lambda',
      code: `import type { Context, Filter } from 'grammy';
export const handler = async (ctx: Filter<Context, 'message:text'>) => {
  await ctx.reply(\`echo: \${ctx.message.text}\`);
};`,
    },
    {
      name: 'a router handing its event, context and callback to a handler picked from a table of imported handlers',
      code: `import type { APIGatewayProxyHandler } from 'aws-lambda';
import { getHandler } from './functions/get.js';
import { postHandler } from './functions/post.js';

const routes = [
  { method: 'GET', handler: getHandler },
  { method: 'POST', handler: postHandler },
];

export const handler: APIGatewayProxyHandler = (event, context, cb) => {
  const route = routes.find((r) => r.method === event.httpMethod);
  if (!route) return Promise.resolve({ statusCode: 404, body: '' });
  return route.handler(event, context, cb);
};`,
    },
    {
      name: 'helpers found by their Context parameter: one declared void with no event first, one returning a function',
      code: `import { send, SUCCESS } from 'cfn-response';
import { Context } from 'aws-lambda';

interface MetricsListener { sendDistributionMetric(name: string, value: number, ...tags: string[]): void }

export function incrementInvocationsMetric(listener: MetricsListener, context: Context): void {
  listener.sendDistributionMetric('aws.lambda.enhanced.invocations', 1, \`functionname:\${context.functionName}\`);
}

export function successWrapper(event: any, context: Context) {
  return function success(): void {
    send(event, context, SUCCESS);
  };
}`,
    },
    {
      name: 'stubs: one constant console line, a constant answer wrapped in try and catch',
      code: `export const handler = () => {
  console.log('hello world');
};
export const lambdaHandler = async (event: unknown, context: unknown) => {
  try {
    return { statusCode: 200, body: JSON.stringify({ message: 'it works!' }) };
  } catch (err) {
    return { statusCode: 500 };
  }
};`,
    },
    {
      name: 'chat-bot command handlers typed with the bot framework update (telegraf or grammY Context, Bolt middleware args) are called by the bot router, not by Lambda',
      code: `import { Context } from 'telegraf';
import type { Context as GrammyContext } from 'grammy';
import type { SlackCommandMiddlewareArgs } from '@slack/bolt';
import * as models from '../models';
export async function handler(context: Context) {
  await models.submission.deleteItem({ userId: context.from?.id });
  await context.reply('Ok, removed');
}
export async function lambdaHandler(ctx: GrammyContext) {
  await models.submission.deleteItem({ userId: ctx.from?.id });
}
export const main = async ({ ack, command }: SlackCommandMiddlewareArgs) => {
  await ack();
  await models.submission.deleteItem({ userId: command.user_id });
};`,
      settings: { 'lambda-guard': { handlerNames: ['main'] } },
    },
    {
      name: 'a thin adapter whose catch logs the error before it answers (a line about the failure is no work of its own)',
      code: `import { processOrder } from './orders';
export const handler = async (event: { id: string }) => {
  try {
    return await processOrder(event);
  } catch (error: any) {
    console.error(error);
    console.warn('order failed', error.message);
    return { statusCode: 500, body: JSON.stringify({ message: error.message }) };
  }
};`,
    },
    {
      name: "a middy chain using a middleware imported from the project's or a package's module and named as logging (requestLogger())",
      code: `import middy from '@middy/core';
import { requestLogger } from '@acme/lambda-helpers/requestLogger';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
const db = new DynamoDBClient({});
const h = async (event: { id: string }) => { await db.send(new PutItemCommand({ TableName: 'a', Item: {} })); };
export const handler = middy().use(requestLogger()).handler(h);`,
    },
    {
      name: "a framework's Lambda host: the handler sets the app of another module up, then hands it Lambda's own arguments wrapped in the framework's host class (Jovo)",
      code: `import { APIGatewayEvent, Callback, Context, Lambda } from '@jovotech/server-lambda';
import { app } from './app';
export const handler = async (event: APIGatewayEvent, context: Context, callback: Callback) => {
  await app.initialize();
  await app.handle(new Lambda(event, context, callback));
};`,
    },
    {
      name: 'an Alexa skill built with the ASK SDK (SkillBuilders.custom()….lambda()): the SDK runs the request handlers',
      code: `import * as Alexa from 'ask-sdk-core';
const LaunchHandler = {
  canHandle: () => true,
  handle: (input: Alexa.HandlerInput) => input.responseBuilder.speak('Hello').getResponse(),
};
export const handler = Alexa.SkillBuilders.custom().addRequestHandlers(LaunchHandler).lambda();`,
    },
    {
      name: "functions of the project's logging module named for writing logs (`printLogs`, `writeLogs`) or for a level's line (`debugLog`) log",
      code: `import { printLogs } from '../services/logger';
import { debugLog } from '../services/debug';
import { save } from '../services/store';
export const handler = async (event: { Records: unknown[] }) => {
  await save(event.Records);
  printLogs({ message: 'stored', count: event.Records.length });
};
export const main = async (event: { id: string }) => {
  debugLog('saving', event.id);
  await save([event.id]);
};`,
      settings: { 'lambda-guard': { handlerNames: ['main'] } },
    },
    {
      name: "a discord.js command module's handler(interaction) is called by the bot's router, not by Lambda",
      code: `import type { ChatInputCommandInteraction } from 'discord.js';
import { saveQuestion } from '../db';
export async function handler(interaction: ChatInputCommandInteraction): Promise<string> {
  const id = await saveQuestion(interaction.channelId);
  return \`saved \${id}\`;
}`,
    },
    {
      name: "a web framework's function answering through a response object (a Google Cloud Function, an Express route) is no Lambda handler",
      code: `export const handler = async (req: any, res: any) => {
  res.set('Content-Type', 'text/plain');
  await res.send('Hello World!');
};
export function lambdaHandler(request: unknown, response: { status(code: number): { json(body: unknown): void } }) {
  response.status(200).json({ ok: true });
}`,
    },
    {
      name: "a logger factory typed like a handler (the event and Lambda's Context in, a logger out) is no handler",
      code: `import pino from 'pino';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
export const createLogger = (event: any, context: Context) => {
  return pino({ base: { requestId: context.awsRequestId } });
};
export const createTypedLogger = (event: any, context: Context): pino.Logger => pino();
export async function createPowertoolsLogger(event: unknown, context: Context) {
  const logger = new Logger();
  logger.addContext(context);
  return logger;
}`,
    },
    {
      name: 'a Fastify app served through aws-serverless-fastify (proxy called inside the handler)',
      code: `import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { proxy } from 'aws-serverless-fastify';
import { bootstrap } from './app';
let server: Awaited<ReturnType<typeof bootstrap>>;
export const handler = async (event: APIGatewayProxyEvent, context: Context) => {
  server ??= await bootstrap();
  return proxy(server, event, context);
};`,
    },
    {
      name: 'a structured log of the handler beside an unstructured one in the page function of page.evaluate',
      code: `import puppeteer from 'puppeteer-core';
export const handler = async (event: { url: string }) => {
  const page = await (await puppeteer.launch()).newPage();
  await page.goto(event.url);
  const title = await page.evaluate(() => {
    console.log('scraping', document.title);
    return document.title;
  });
  console.log(JSON.stringify({ message: 'scraped', title }));
  return title;
};`,
    },
    {
      name: 'a thin adapter relaying through a const inside try, answering errors in catch',
      code: `import { handleOrder } from './orders';
export const handler = async (event: unknown) => {
  try {
    const result = await handleOrder(event);
    return result;
  } catch {
    return { statusCode: 500 };
  }
};`,
    },
    {
      name: "a handler that answers an imported class made with its own input (an SDK's adapter for the caller's handler)",
      code: `import { Adapter } from './adapter';
export function handler(event: unknown, context: unknown, callback?: () => void): Adapter {
  return new Adapter(event, context, callback);
}`,
    },
    {
      name: 'a thin adapter assigning a let once inside try (of the body or the module) and returning it after',
      code: `import { service } from './service';
export const handler = async (event: unknown) => {
  let result: unknown;
  try {
    result = (await service.handle(event)) as unknown;
  } catch (error) {
    console.error(error);
    throw error;
  }
  return result;
};`,
    },
    {
      name: 'a module let written once by the handler, its catch answering through context.fail (CommonJS)',
      code: `const lib = require('./lib');
let data;
module.exports.handler = async (event, context) => {
  try { data = await lib.authenticate(event); }
  catch (err) { console.log(err); return context.fail('Unauthorized'); }
  return data;
};`,
    },
    {
      name: 'thin adapters that first check their input and answer plainly when it is missing (throw, an HTTP 400, context.fail, the callback)',
      code: `const convert = require('./convert');
const { processOrder } = require('./orders');
const { isValidOrder } = require('./validation');
exports.handler = async (event) => {
  if (!event.Records) throw new Error('no records');
  return convert(event.Records[0].s3.object.key);
};
exports.order = async (event) => {
  if (!event.body) return { statusCode: 400, body: JSON.stringify({ message: 'missing body' }) };
  if (event.httpMethod !== 'POST' || !event.body.startsWith('{')) return { statusCode: 405 };
  if (!isValidOrder(JSON.parse(event.body))) return { statusCode: 422 };
  return processOrder(JSON.parse(event.body));
};
exports.legacy = (event, context) => {
  if (!event.Records) return context.fail('no records');
  convert(event.Records[0].s3.object.key).then(context.done, context.fail);
};
exports.callback = (event, context, callback) => {
  if (!event.key) return callback('Missing key');
  convert(event.key).then((result) => callback(null, result), callback);
};`,
      settings: { 'lambda-guard': { handlerNames: ['order', 'legacy', 'callback'] } },
    },
    {
      name: 'a thin adapter that first sets the runtime switch callbackWaitsForEmptyEventLoop',
      code: `import type { Context } from 'aws-lambda';
import { dispatchEvent } from '../runtime/dispatcher';
export const handler = async (event: unknown, context: Context) => {
  context.callbackWaitsForEmptyEventLoop = false;
  return dispatchEvent(event, context);
};`,
    },
    {
      name: "a thin adapter that first sets up the team's logger (addContext writes no line)",
      code: `import logger from '../commons/logger';
import type { Context, SQSEvent } from 'aws-lambda';
import { processAccountDeletion } from './account-deletion-processor';
export async function handler(event: SQSEvent, context: Context): Promise<void> {
  logger.addContext(context);
  await processAccountDeletion(event);
}`,
    },
    {
      name: 'a thin adapter inside try that sets up a Powertools logger before and inside it (resetKeys, appendKeys, setCorrelationId)',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { getStatus } from './status-retriever';
const logger = new Logger();
export const handler = async (event: APIGatewayProxyEvent) => {
  logger.resetKeys();
  try {
    logger.appendKeys({ userId: event.pathParameters?.userId });
    logger.setCorrelationId(event.requestContext.requestId);
    return await getStatus(event);
  } catch {
    return { statusCode: 500, body: '' };
  }
};`,
    },
    {
      name: "thin adapters given nothing: a member of a package (a monorepo's own), a project alias's function, a package's function",
      code: `import { Order } from '@terminal/core/order/order';
import { runCleanup } from '~/jobs/cleanup';
import { sweepExpired } from '@acme/sessions';
export const handler = async () => {
  await Order.trackInventory();
};
export const cleanup = async (event: unknown) => {
  return runCleanup();
};
export const sweep = () => sweepExpired();`,
      settings: { 'lambda-guard': { handlerNames: ['cleanup', 'sweep'] } },
    },
    {
      name: "an exported factory's handler is not judged here: the module that makes it may wrap it in logging middleware",
      code: `import type { APIGatewayProxyEvent, Context, Handler } from 'aws-lambda';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
const db = new DynamoDBClient({});
export function makeHandler(table: string): Handler {
  return async (event: APIGatewayProxyEvent, context: Context) => {
    await db.send(new PutItemCommand({ TableName: table, Item: { id: { S: context.awsRequestId } } }));
    return { statusCode: 200, body: '' };
  };
}`,
    },
    {
      name: "an MCP server's tool module: its handler is the tool's callback, registered by the server",
      code: `import * as z from 'zod/v4';
import { getWork } from '../dc-api.js';
export const name = 'get-work';
export const config = { title: 'Get Work', inputSchema: z.object({ work_id: z.string() }) };
export const handler = async ({ work_id }: z.infer<typeof config.inputSchema>) => {
  const work = await getWork(work_id);
  return { content: [{ type: 'text' as const, text: JSON.stringify(work) }] };
};
export default { name, config, handler };`,
    },
    {
      name: 'a synchronous factory exported as handler: it returns the handler (typed with a local type) instead of being one',
      code: `import type { APIGatewayProxyWebsocketHandlerV2 } from 'aws-lambda';
import { ApiGatewayManagementApiClient, PostToConnectionCommand } from '@aws-sdk/client-apigatewaymanagementapi';
type Handler = (options: { route: string }) => APIGatewayProxyWebsocketHandlerV2;
export const handler: Handler = (options) => {
  return async (event) => {
    const client = new ApiGatewayManagementApiClient({ endpoint: event.requestContext.domainName });
    await client.send(new PostToConnectionCommand({ ConnectionId: event.requestContext.connectionId, Data: options.route }));
    return { statusCode: 200 };
  };
};`,
    },
    {
      name: 'a handler taking the event alone hands it to a handler made elsewhere (a lazily made one, one from a container)',
      code: `import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { APIGatewayProxyEventV2, SQSEvent } from 'aws-lambda';
import { createHandler } from './handler';
import { createContainer } from './container';
import { createHandler as createSqsHandler } from './apis/sqs-handler';
const initialiseHandler = async () => createHandler({ eventBridge: new EventBridgeClient({}) });
const handlerPromise = initialiseHandler();
export const handler = async (event: APIGatewayProxyEventV2) => {
  const initialisedHandler = await handlerPromise;
  return initialisedHandler(event);
};
export const lambdaHandler = async (sqsEvent: SQSEvent) => {
  const container = await createContainer();
  const sqsHandler = createSqsHandler(container);
  return sqsHandler(sqsEvent);
};`,
    },
    {
      name: 'a placeholder handler whose body is a bare return does nothing to audit',
      code: `export const handler = (): void => {
  return;
};`,
    },
    {
      name: 'a build script exporting `handler` whose two parameters are strings, not an event and Lambda\'s context, run with its command line',
      code: `import { Packager } from './packager';
export async function handler(assetFolder: string | undefined, outputPath: string | undefined) {
  const packager = new Packager(assetFolder);
  await packager.moveZips(outputPath);
}`,
    },
    {
      name: 'a stub that reads none of its input and only answers a constant does nothing to audit',
      code: `import type { APIGatewayProxyHandler, Handler } from 'aws-lambda';
import spec from './openapi.json';
const jwks = { keys: [] as string[] };
export const handler: APIGatewayProxyHandler = async () => ({ statusCode: 200, body: JSON.stringify(spec) });
export const health: Handler = async (_event, _context) => {
  return { statusCode: 200, body: \`ok \${jwks.keys.length}\`, headers: { ...{ 'x-ok': '1' } } } as const;
};
export const failing: Handler = async () => {
  throw new Error('not implemented');
};
export const callsBack: Handler = (_event, _context, callback) => {
  callback(null, { statusCode: 204 });
};
export const unicode: Handler = async () => ({ statusCode: 200, body: 'héllo ✓ ' === '' ? null : 'ok' });`,
    },
    {
      name: 'a Cognito trigger placeholder hands its event back unchanged',
      code: `import type { PreSignUpTriggerHandler, PostAuthenticationTriggerHandler } from 'aws-lambda';
export const handler: PreSignUpTriggerHandler = async (event) => {
  return event;
};
export const postAuthentication: PostAuthenticationTriggerHandler = async (event) => event;`,
    },
    {
      name: 'a Cognito trigger that sets constant answers on its event and hands it back is a stub',
      code: `import type { PreSignUpTriggerHandler } from 'aws-lambda';
export const handler: PreSignUpTriggerHandler = async (event) => {
  event.response.autoConfirmUser = true;
  event.response['autoVerifyEmail'] = true;
  return event;
};`,
    },
    {
      name: "AWS's pre sign-up example: a constant answer set when a plain test of the event's attributes holds",
      code: `export const handler = async (event) => {
  event.response.autoConfirmUser = true;
  if ('email' in event.request.userAttributes) {
    event.response.autoVerifyEmail = true;
  }
  if (event.request.userAttributes.phone_number !== undefined && event.triggerSource === 'PreSignUp_SignUp') event.response.autoVerifyPhone = true;
  else event.response.autoVerifyPhone = false;
  return event;
};
export const current = async (event) => {
  if (Object.hasOwn(event.request.userAttributes, 'email')) event.response.autoVerifyEmail = true;
  if (event.request.userAttributes.hasOwnProperty('phone_number')) event.response.autoVerifyPhone = true;
  return event;
};`,
      settings: { 'lambda-guard': { handlerNames: ['current'] } },
    },
    {
      name: 'CJS: a Cognito trigger setting a constant answer and calling back with its event',
      code: `module.exports.handler = (event, context, callback) => {
  event.response.autoConfirmUser = true;
  callback(null, event);
};`,
    },
    {
      name: 'a stub that pauses on a timer (simulated latency) before a constant answer does no work',
      code: `import { setTimeout as sleep } from 'node:timers/promises';
export const handler = async (event, context) => {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { statusCode: 200, body: { updated: true } };
};
export const later = async () => {
  await new Promise((done) => {
    setTimeout(() => done(), 2 * 1000);
  });
  await sleep(50);
  return { statusCode: 202 };
};`,
    },
    {
      name: 'CJS: the timer pause of a stub, required from timers/promises',
      code: `const { setTimeout } = require('timers/promises');
exports.lambdaHandler = async () => {
  await setTimeout(300);
  return { statusCode: 200 };
};`,
    },
    {
      name: "a health check whose constant answer carries the time it answered (a timestamp field, an element, a template's part)",
      code: `import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
export const handler: APIGatewayProxyHandlerV2 = async () => ({
  statusCode: 200,
  body: JSON.stringify({ status: 'healthy', timestamp: new Date().toISOString(), at: [Date.now()], note: \`up at \${new Date().toJSON()}\` }),
});`,
    },
    {
      name: 'CJS: a version stub answering a member of a module a var holds, or a var holding a constant (never written again)',
      code: `var config = require('../utils/config')
exports.version = function (event, context, cb) {
  return cb(null, config.VERSION)
}
var answer = { statusCode: 200, body: config.VERSION }
exports.handler = async function () {
  return answer
}`,
    },
    {
      name: "helpers taking an event and Lambda's context with a parameter Lambda never passes are not handlers",
      code: `import type { CloudFormationCustomResourceEvent, CloudFormationCustomResourceResponse, Context } from 'aws-lambda';
export async function sendCfnResponse(
  event: CloudFormationCustomResourceEvent,
  context: Context,
  response: CloudFormationCustomResourceResponse,
): Promise<void> {
  await fetch(event.ResponseURL, { method: 'PUT', body: JSON.stringify({ ...response, id: context.logStreamName }) });
}
export const retry = async (event: CloudFormationCustomResourceEvent, context: Context, attempts: number[]) =>
  fetch(event.ResponseURL, { method: attempts.length > 0 ? 'PUT' : 'POST', body: context.awsRequestId });
export const notify = async (event: CloudFormationCustomResourceEvent, context: Context, cb: unknown, more: string) =>
  fetch(event.ResponseURL, { method: 'PUT', body: context.awsRequestId + String(cb) + more });`,
    },
    {
      name: 'a handler made by a factory and exported bare and behind a logging middleware is one handler',
      code: `import middy from '@middy/core';
import { Logger, injectLambdaContext } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEvent, Handler } from 'aws-lambda';
const logger = new Logger();
const createHandler = (): Handler => async (event: APIGatewayProxyEvent) => ({ statusCode: 200, body: await fetch(event.path).then((r) => r.text()) });
export const main = createHandler();
export const handler = middy(main).use(injectLambdaContext(logger));`,
    },
    {
      name: "constant stubs whose names or comments only mention authorization are stubs (notAuthorized, a comment's principalId)",
      code: `import type { Handler } from 'aws-lambda';
// A REST authorizer answers { principalId, policyDocument }; this file only has stubs
export const notAuthorized: Handler = async () => ({ statusCode: 401, body: 'Unauthorized' });
export const handler: Handler = async () => ({ statusCode: 200 });`,
    },
    {
      name: 'a placeholder handler with an empty body does nothing to audit (declaration, typed arrow)',
      code: `export async function handler(): Promise<void> {}
export const lambdaHandler: import('aws-lambda').Handler = async () => {};`,
    },
    {
      name: 'a handler logging through a logger made lazily, and through one an async factory of the file makes',
      code: `${POWERTOOLS}let out: Logger | undefined;
function sink(): Logger {
  out ??= new Logger({ serviceName: 'orders' });
  return out;
}
async function createAuditor() { return new Logger({ serviceName: 'audit' }); }
export const handler = async (event: { id: string }) => {
  sink().info('received', { id: event.id });
};
export const audited = async (event: { id: string }) => {
  const audit = await createAuditor();
  audit.info('received', { id: event.id });
};`,
    },
    {
      name: "TS: a logger-named variable made by your own module's factory, called as a function (awaited, lazily)",
      code: `import type { APIGatewayTokenAuthorizerEvent } from 'aws-lambda';
import { createLogger, type Logger } from './framework/createLogger';
import { makeAuditLog } from '@acme/audit';
let failedAuthLogger: Logger | null = null;
const auditLog = makeAuditLog('orders');
export async function handler(event: APIGatewayTokenAuthorizerEvent) {
  if (event.authorizationToken === '') {
    if (failedAuthLogger === null) failedAuthLogger = await createLogger('FailedAuth');
    await failedAuthLogger('Failed authorization.', 'error', { methodArn: event.methodArn });
  }
  return { principalId: 'user' };
}
export const audited = async (event: { id: string }) => {
  auditLog({ id: event.id });
};`,
    },
    {
      name: 'a variable named just logger or log, made by your own factory, called as a function',
      code: `import { createLogger } from '../lib/logger';
const logger = createLogger('orders');
const log = createLogger('audit');
export const handler = async (event: { id: string }) => {
  logger({ message: 'order received', id: event.id });
};
export const main = async (event: { id: string }) => {
  log('received', event.id);
};`,
      settings: { 'lambda-guard': { handlerNames: ['main'] } },
    },
    {
      name: "TS: an exported helper taking a promise (or a function, an AbortSignal) before aws-lambda's Context: never an event",
      code: `import middy from '@middy/core';
import { Context, Handler } from 'aws-lambda';
export const middyfy = (handler: Handler) => middy(handler);
export const handleTimeout = async (prom: Promise<unknown>, context: Context, deduction = 500) => {
  context.callbackWaitsForEmptyEventLoop = false;
  const timeout = new Promise((_, reject) => {
    setTimeout(() => reject(new Error('Lambda timed out.')), context.getRemainingTimeInMillis() - deduction);
  });
  return Promise.race([prom, timeout]);
};
export const withRetry = async (task: () => Promise<void>, context: Context) => task();
export const race = async (signal: AbortSignal | undefined, context: Context) => signal?.aborted;`,
    },
    {
      name: "an export of any name behind the project's own middyfy: the wrapper may log for it",
      code: `import { middyfy } from '@libs/lambda';
const hello = async (event: { id: string }) => ({ statusCode: 200, body: event.id });
export const main = middyfy(hello);`,
    },
    {
      name: 'a component file whose handler is a JSX event listener: browser code, not a Lambda handler',
      code: `import React from 'react';
export const handler = (event) => { console.log('clicked ' + event.target.value); };
export function Button() { return <button onClick={handler}>x</button>; }`,
      filename: 'src/button.tsx',
    },
    {
      name: 'TS: event and context handed (through type assertions) to an imported handler, as the whole body',
      code: `import { mainHandler } from './impl';
export const handler = async (event: unknown, context: unknown) => mainHandler(event as never, context!);`,
    },
    {
      name: 'TS: exported helpers typed with aws-lambda types: a second parameter that is not the context, a plain sync return',
      code: `import type { APIGatewayAuthorizerEvent, APIGatewayProxyEvent, Context, PolicyDocument, StatementEffect } from 'aws-lambda';
export const createPolicy = (event: APIGatewayAuthorizerEvent, effect: StatementEffect): PolicyDocument => {
  return { Version: '2012-10-17', Statement: [{ Effect: effect, Action: 'execute-api:Invoke', Resource: [event.methodArn] }] };
};
export const payloadValidator = (event: APIGatewayProxyEvent, _context: Context) => {
  const errors: string[] = [];
  if (!event.body) errors.push('body required');
  return { validated: errors.length === 0, errors };
};`,
    },
    {
      name: "TS: a dispatcher's sub-handlers, taking a part of an event (named or typed so) and the Context: not handlers",
      code: `import type { Context, EventBridgeEvent, S3EventRecord, SQSRecord } from 'aws-lambda';
import { processEventWithAgent } from './shared';
export async function handleHealthReport(eventDetail: Record<string, unknown>, context: Context): Promise<void> {
  const task = { task: \`health alert: \${String(eventDetail.component)}\` };
  await processEventWithAgent(task, context.awsRequestId);
}
export const handleResearchTask = async (eventDetail: Record<string, unknown>, context: Context): Promise<void> => {
  const task = { task: String(eventDetail.task) };
  await processEventWithAgent(task, context.awsRequestId);
};
export const onOrder = async (detail: EventBridgeEvent<'order', { id: string }>['detail'], context: Context) => {
  const task = { task: detail.id };
  await processEventWithAgent(task, context.awsRequestId);
};
export const processRecord = async (record: SQSRecord, context: Context) => {
  const task = { task: record.body };
  await processEventWithAgent(task, context.awsRequestId);
};
export const onObject = async (entry: S3EventRecord, context: Context) => {
  const task = { task: entry.s3.object.key };
  await processEventWithAgent(task, context.awsRequestId);
};`,
    },
    {
      name: 'TS: a scheduled job handed to an imported function with module-level services; a default import',
      code: `import { DynamoDbDataService, DynamoDb } from '@acme/persistence-ddb';
import reaperHandler from './subscriptionReaper';
const dbService = new DynamoDbDataService(DynamoDb);
export const handler = async (event: unknown) => {
  return reaperHandler(dbService);
};`,
    },
    {
      name: "the project's own logger, imported: a function (logger({ … })) or a method with a log word (logRequestSuccess)",
      code: `import { logger } from '../helpers/utilities';
import { ApiLogger } from './logging';
import * as audit from './audit';
const api = new ApiLogger();
export const handler = async (event: { id: string }) => {
  logger({ handler: 'groupsCud', status: 'InProgress', id: event.id });
  return { ok: true };
};
export const other = async (event: { id: string }) => {
  api.logRequestSuccess('done', event.id);
  return { ok: true };
};
export const third = async (event: { id: string }) => {
  audit.logEvent({ id: event.id });
  return { ok: true };
};`,
    },
    {
      name: "a level function imported by name from the team's logger module (a package's path) is logger.error(…) spelled error(…)",
      code: `import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { transferDatasets } from '../application/transfer-datasets';
import { bootstrapLogging, error } from '@acme/microservice-common/application/utils/logger';
export async function handler(event: APIGatewayProxyEvent, fnCtx: Context) {
  try {
    bootstrapLogging('journals-poller', event);
    await transferDatasets(new Date());
    return { statusCode: 200, body: '{}' };
  } catch (err) {
    error(err);
    return { statusCode: 500, body: '{}' };
  }
}`,
    },
    {
      name: 'a level function imported under another name from a relative logging module (its index file)',
      code: `import { info as note } from '../lib/logging/index.js';
export const handler = async (event: { id: string }) => {
  await save(event.id);
  note('saved', { id: event.id });
};`,
    },
    {
      name: "an imported helper named for doing something and then logging (createAndLogError) may log: quiet",
      code: `import type { CloudFrontResponseHandler } from 'aws-lambda';
import { createAndLogError } from './header-util.js';
export const handler: CloudFrontResponseHandler = async (event) => {
  const record = event.Records[0];
  if (!record) throw createAndLogError('handler', 'Event did not have records');
  return record.cf.response;
};`,
    },
    {
      name: 'a method so named on an imported module (errors.validateAndLog) may log: quiet',
      code: `import * as errors from './errors';
export const handler = async (event: { body: string }) => {
  const order = JSON.parse(event.body);
  if (!order.id) return errors.validateAndLog(order);
  return { statusCode: 201 };
};`,
    },
    {
      name: 'a logger made by a factory of the file (whatever its name) counts',
      code: `import pino from 'pino';
function createOutput() { return pino({ level: 'info' }); }
const out = createOutput();
export const handler = async (event: { id: string }) => {
  out.info({ id: event.id }, 'saved');
  return 1;
};`,
    },
    {
      name: "a CloudFront Functions handler (aws-lambda's CloudFrontFunctionsEvent) is not a Lambda function",
      code: "import type { CloudFrontFunctionsEvent } from 'aws-lambda';\nexport function handler(event: CloudFrontFunctionsEvent): CloudFrontFunctionsEvent['request'] {\n  return event.request;\n}",
    },
    {
      name: 'a file without a handler is never touched',
      code: "export function helper(id: string) { return id.trim(); }\nexport const config = { table: 'orders' };",
    },
    { name: 'empty file', code: '' },
    {
      name: 'Powertools Logger instance',
      code: `${POWERTOOLS}const logger = new Logger({ serviceName: 'orders' });
export const handler = async (event: { id: string }) => {
  logger.info('order received', { id: event.id });
  return { statusCode: 200 };
};`,
    },
    {
      name: 'a log call in a helper of the module counts',
      code: `${POWERTOOLS}const logger = new Logger();
function audit(id: string) { logger.info('saved', { id }); }
export const handler = async () => { audit('x'); };`,
    },
    {
      name: 'a logger handed to a Powertools router logs through it',
      code: `import { Router } from '@aws-lambda-powertools/event-handler/http';
${POWERTOOLS}import type { Context } from 'aws-lambda';
const logger = new Logger({ serviceName: 'todos' });
const app = new Router({ logger });
app.get('/todos', async () => ({ todos: [] }));
export const handler = async (event: unknown, context: Context) => {
  logger.addContext(context);
  return app.resolve(event, context);
};`,
    },
    {
      name: 'a logger handed to a resolver as a nested option, or to a wrapper',
      code: `import { AppSyncEventsResolver } from '@aws-lambda-powertools/event-handler/appsync-events';
import pino from 'pino';
${POWERTOOLS}import { withAudit } from './audit';
const logger = new Logger();
const log = pino();
const app = new AppSyncEventsResolver({ options: { logger } as const });
export const handler = async (event: unknown, context: import('aws-lambda').Context) => app.resolve(event, context);
export const audited = withAudit(async () => ({}), [log]);`,
    },
    {
      name: 'logEventIfEnabled logs the event when the configuration asks',
      code: `${POWERTOOLS}const logger = new Logger();
export const handler = async (event: unknown) => {
  logger.logEventIfEnabled(event);
  return { ok: true };
};`,
    },
    {
      name: 'a handler that hands the request to a web framework (aws-serverless-express proxy)',
      code: `import { Handler, Context } from 'aws-lambda';
import { createServer, proxy } from 'aws-serverless-express';
import express from 'express';
const server = createServer(express());
export const handler: Handler = async (event: any, context: Context) => proxy(server, event, context, 'PROMISE').promise;`,
    },
    {
      name: "a handler that serves a Remix server build through @remix-run/node's createRequestHandler (SST's edge server)",
      code: `import { createRequestHandler } from '@remix-run/node';
import * as build from './build/server';
const requestHandler = createRequestHandler(build, process.env.NODE_ENV);
export const handler = async (event: { rawPath: string }) => {
  const response = await requestHandler(new Request(\`https://example.com\${event.rawPath}\`));
  return { statusCode: response.status, body: await response.text() };
};`,
    },
    {
      name: 'a handler that serves a React Router build through its Architect adapter',
      code: `import { createRequestHandler } from '@react-router/architect';
import * as build from './build/server';
const serve = createRequestHandler({ build, mode: process.env.NODE_ENV });
export const handler = async (event: unknown, context: unknown) => {
  const result = await serve(event as never, context as never);
  return { ...result, headers: { ...result.headers, 'x-served-by': 'lambda' } };
};`,
    },
    {
      name: 'a handler inside a test file (x.test.ts)',
      code: 'export const handler = async () => ({ statusCode: 200 });',
      filename: 'src/orders.test.ts',
    },
    {
      name: "an end-to-end test's function code (x.test.functionCode.ts)",
      code: 'export const handler = async () => ({ statusCode: 200 });',
      filename: 'packages/metrics/e2e/basicFeatures.test.functionCode.ts',
    },
    {
      name: 'a documentation snippet (examples/snippets of Powertools): code the docs show, not a deployed function',
      code: `import { getParameter } from '@aws-lambda-powertools/parameters/ssm';
export const handler = async (): Promise<void> => {
  const parameter = await getParameter('/my/parameter');
  await fetch('https://example.com', { method: 'POST', body: parameter });
};`,
      filename: 'examples/snippets/parameters/getParameter.ts',
    },
    {
      name: "logging middleware on the const a middy chain goes on from (base.use(injectLambdaContext(logger)))",
      code: `import middy from '@middy/core';
import cors from '@middy/http-cors';
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
const logger = new Logger();
const base = middy(async (event: { id: string }) => { await save(event.id); }).use(injectLambdaContext(logger));
export const handler = base.use(cors());`,
    },
    {
      name: "a CloudWatch Synthetics canary's script in a canaries directory: Synthetics records each run",
      code: `import { UrlChecker } from '../lib/checks';
export const handler = async (): Promise<string> => {
  const checker = await UrlChecker.create();
  await checker.expect200('/api/v1/items');
  return checker.done();
};`,
      filename: 'src/canaries/public-api.ts',
    },
    {
      name: "a canary script loading Synthetics' runtime (require('Synthetics'), SyntheticsLogger)",
      code: `const synthetics = require('Synthetics');
const log = require('SyntheticsLogger');
const apiCanaryBlueprint = async function () {
  await synthetics.executeHttpStep('Verify', { hostname: 'example.com', method: 'GET', path: '/' }, async (res) => res);
};
exports.handler = async () => {
  return await apiCanaryBlueprint();
};`,
      filename: 'monitoring/heartbeat.js',
    },
    {
      name: "a canary script using a helper of a canaries directory, and one of Synthetics' Playwright runtime",
      code: `import { UrlChecker } from '@example/common/dist/aws/infra/canaries/url-checker';
export const handler = async () => {
  const checker = await UrlChecker.createV2();
  await checker.expect200('/prod/api/v1/signs');
  return checker.done();
};`,
      filename: 'road/signs/src/health.ts',
    },
    {
      name: "a Playwright canary (@amzn/synthetics-playwright)",
      code: `import { synthetics } from '@amzn/synthetics-playwright';
export const handler = async () => {
  const browser = await synthetics.launch();
  const page = await synthetics.newPage(browser);
  await page.goto('https://example.com');
  await synthetics.close();
};`,
      filename: 'src/ui-check.mjs',
    },
    {
      name: 'a handler under a tests/ directory',
      code: "import type { Context, SQSRecord } from 'aws-lambda';\nconst handlerWithContext = (record: SQSRecord, context: Context): string => record.body;\nexport { handlerWithContext };",
      filename: 'packages/batch/tests/helpers/handlers.ts',
    },
    {
      name: 'Powertools middy middleware',
      code: `import middy from '@middy/core';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
const logger = new Logger();
const lambdaHandler = async () => ({ statusCode: 200 });
export const handler = middy(lambdaHandler).use(injectLambdaContext(logger, { clearState: true }));`,
    },
    {
      name: 'Powertools middleware from the package root (v1)',
      code: `import middy from '@middy/core';
import { Logger, injectLambdaContext } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = middy(async () => ({ statusCode: 200 })).use(injectLambdaContext(logger));`,
    },
    {
      name: 'middy inputOutputLogger',
      code: `import middy from '@middy/core';
import inputOutputLogger from '@middy/input-output-logger';
export const handler = middy(async () => ({ statusCode: 200 })).use(inputOutputLogger());`,
    },
    {
      name: 'Powertools class handler with the injectLambdaContext decorator',
      code: `import type { LambdaInterface } from '@aws-lambda-powertools/commons/types';
${POWERTOOLS}const logger = new Logger();
class Lambda implements LambdaInterface {
  @logger.injectLambdaContext({ resetKeys: true })
  public async handler(_event: unknown, _context: unknown): Promise<void> {
    await Promise.resolve();
  }
}
const myFunction = new Lambda();
export const handler = myFunction.handler.bind(myFunction);`,
    },
    {
      name: 'a structured console call: JSON.stringify of an object',
      code: `export const handler = async (event: { id: string }) => {
  console.log(JSON.stringify({ message: 'received', id: event.id }));
};`,
    },
    {
      name: 'a structured console call: a single object literal',
      code: "export const handler = async () => { console.info({ message: 'done' }); };",
    },
    {
      name: 'winston without a format writes JSON (its default)',
      code: `import winston from 'winston';
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });
export const handler = async () => { logger.info('done'); };`,
    },
    {
      name: 'winston with format.json() inside combine',
      code: `import { createLogger, format, transports } from 'winston';
const logger = createLogger({ format: format.combine(format.timestamp(), format.json()), transports: [new transports.Console()] });
export const handler = async () => { logger.warn('slow'); };`,
    },
    {
      name: 'winston with a format defined elsewhere in the file',
      code: `import { createLogger, format } from 'winston';
const jsonFormat = format.combine(format.errors({ stack: true }), format.json());
const logger = createLogger({ format: jsonFormat });
export const handler = async () => { logger.info('done'); };`,
    },
    {
      name: 'pino child logger',
      code: `import pino from 'pino';
const base = pino({ level: 'info' });
const log = base.child({ service: 'orders' });
export const handler = async () => { log.info({ step: 1 }, 'started'); };`,
    },
    {
      name: 'lambda-log default export',
      code: "import log from 'lambda-log';\nexport const handler = async () => { log.info('started', { step: 1 }); };",
    },
    {
      name: 'lambda-log LambdaLog instance',
      code: "import { LambdaLog } from 'lambda-log';\nconst log = new LambdaLog();\nexport const handler = async () => { log.info('started'); };",
    },
    {
      name: '@dazn/lambda-powertools-logger static methods',
      code: "import Log from '@dazn/lambda-powertools-logger';\nexport const handler = async () => { Log.info('started', { step: 1 }); };",
    },
    {
      name: 'a Powertools logger held on the class',
      code: `${POWERTOOLS}class Service {
  private readonly logger = new Logger();
  async run() { this.logger.info('run'); }
}
export const handler = async () => new Service().run();`,
    },
    {
      name: 'opaque framework adapters are skipped',
      code: "import serverless from 'serverless-http';\nimport app from './app';\nexport const handler = serverless(app);",
    },
    {
      name: 'Apollo Server adapters are skipped: apollo-server-lambda, @as-integrations/aws-lambda, @h4ad/serverless-adapter',
      code: `import { ApolloServer } from 'apollo-server-lambda';
import { ApolloServer as Apollo4 } from '@apollo/server';
import { startServerAndCreateLambdaHandler, handlers } from '@as-integrations/aws-lambda';
import { ServerlessAdapter } from '@h4ad/serverless-adapter';
import { ApolloServerFramework } from '@h4ad/serverless-adapter/frameworks/apollo-server';
const server = new ApolloServer({ typeDefs, resolvers });
export const handler = server.createHandler();
export const v4Handler = startServerAndCreateLambdaHandler(new Apollo4({ typeDefs, resolvers }), handlers.createAPIGatewayProxyEventV2RequestHandler());
export const adapterHandler = ServerlessAdapter.new(new Apollo4({ typeDefs, resolvers })).setFramework(new ApolloServerFramework()).build();`,
    },
    {
      name: 'option loggers: a team wrapper module, imported with a relative path',
      code: "import { log } from '../lib/logger.js';\nexport const handler = async () => { log('started'); };",
      options: [{ loggers: ['lib/logger'], middlewares: [] }],
    },
    {
      name: 'option loggers: a package and its subpath',
      code: "import { logger } from '@acme/observability/logger';\nexport const handler = async () => { logger.event('started'); };",
      options: [{ loggers: ['@acme/observability'], middlewares: [] }],
    },
    {
      name: 'one function exported bare and behind a logging middleware: the middleware logs for it',
      code: `import middy from '@middy/core';
import { Logger, injectLambdaContext } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const lambdaHandler = async (event: unknown) => ({ statusCode: 200, body: String(event) });
export const handler = middy(lambdaHandler).use(injectLambdaContext(logger));`,
    },
    {
      name: 'a function handed to a wrapper the plugin does not know: the wrapper may log for it',
      code: "import { baseHandler } from '../middleware';\nconst createTask = async (event: unknown) => ({ statusCode: 201 });\nexport const handler = baseHandler(createTask);",
    },
    {
      name: 'option middlewares: a handler wrapper by name',
      code: "import { withLogging } from '@acme/lambda';\nexport const handler = withLogging(async () => ({ statusCode: 200 }));",
      options: [{ loggers: [], middlewares: ['withLogging'] }],
      settings: { 'lambda-guard': { handlerWrappers: ['withLogging'] } },
    },
    {
      name: 'option middlewares: a middy middleware object from a module',
      code: `import middy from '@middy/core';
import { requestLogger } from '@acme/middy-logging';
export const handler = middy(async () => ({})).use(requestLogger);`,
      options: [{ loggers: [], middlewares: ['@acme/middy-logging'] }],
    },
    {
      name: 'a logger we cannot identify, called like one, may well be structured: quiet',
      code: "import { logger } from './logger';\nexport const handler = async () => { logger.info('started'); };",
    },
    {
      name: 'a middleware outside the handler chain counts for every handler',
      code: `import middy from '@middy/core';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
const logger = new Logger();
const logging = injectLambdaContext(logger);
export const handler = middy(async () => ({})).use(logging);`,
    },
    {
      name: 'handler names from settings',
      code: `${POWERTOOLS}const logger = new Logger();
export const main = async () => { logger.debug('main'); };`,
      settings: { 'lambda-guard': { handlerNames: ['main'] } },
    },
    {
      name: "Pulumi: a project's own event type under a `…Handler` name is no evidence; a Pulumi event type under another name is not judged",
      code: `import * as aws from '@pulumi/aws';
interface CreateMessageEvent { subject: string }
export const createMessageHandler = async (event: CreateMessageEvent): Promise<any> => {
  const db = new aws.sdk.DynamoDB();
  await db.putItem({ TableName: 'messages', Item: { Subject: { S: event.subject } } }).promise();
  return { ok: true };
};
export const onMessage = async (event: aws.sqs.QueueEvent) => {
  const db = new aws.sdk.DynamoDB();
  await db.putItem({ TableName: 'messages', Item: { Body: { S: event.Records[0]!.body } } }).promise();
};`,
    },
    {
      name: "exports found only by a whole aws-lambda event's type (any name, default too): Lambda code, but maybe a dispatcher's step, not judged",
      code: `import type { EventBridgeEvent, SQSEvent } from 'aws-lambda';
import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
const sns = new SNSClient({});
export const processQueue = async (event: SQSEvent) => {
  for (const r of event.Records) await sns.send(new PublishCommand({ TopicArn: process.env.TOPIC, Message: r.body }));
};
export async function handleTaskCancellation(event: EventBridgeEvent<string, { taskId: string }>): Promise<void> {
  await sns.send(new PublishCommand({ TopicArn: process.env.TOPIC, Message: event.detail.taskId }));
}
export default async function (event: SQSEvent) {
  await sns.send(new PublishCommand({ TopicArn: process.env.TOPIC, Message: String(event.Records.length) }));
}`,
    },
  ],
  invalid: [
    {
      name: 'a class of the file made with the input, or an imported one given values made from it, is the handler\'s own work',
      code: `import { Adapter } from './adapter';
class Local { constructor(public event: unknown) {} }
export function handler(event: unknown) {
  return new Local(event);
}
export const parsed = async (event: { body: string }, context: unknown) => new Adapter(JSON.parse(event.body), context);`,
      settings: { 'lambda-guard': { handlerNames: ['parsed'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 17, endLine: 3, endColumn: 24, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'parsed' }, line: 6, column: 14, endLine: 6, endColumn: 20, suggestions: [] },
      ],
    },
    {
      name: 'a let assigned in try is no thin adapter when the catch swallows the error, another function writes it, or it starts with a value',
      code: `const lib = require('./lib');
let data;
module.exports.handler = async (event) => {
  try { data = await lib.authenticate(event); } catch (err) { console.log(err); }
  return data;
};
let shared;
module.exports.second = async (event) => {
  try { shared = await lib.authenticate(event); } catch (err) { throw err; }
  return shared;
};
module.exports.reset = () => { shared = null; };
module.exports.third = async (event) => {
  let answer = 'denied';
  try { answer = await lib.authenticate(event); } catch (err) { throw err; }
  return answer;
};`,
      settings: { 'lambda-guard': { handlerNames: ['second', 'third'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 16, endLine: 3, endColumn: 23, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'second' }, line: 8, column: 16, endLine: 8, endColumn: 22, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'third' }, line: 13, column: 16, endLine: 13, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'a var written again elsewhere is no constant for a stub to answer',
      code: `var config = require('../utils/config')
exports.version = function (event, context, cb) {
  return cb(null, config.VERSION)
}
exports.reload = function () { config = require('../utils/other') }`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'version' }, line: 2, column: 9, endLine: 2, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'a pause is no work, but a delay read from the event, a local sleep helper, or a timer that does more are',
      code: `const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const handler = async (event) => {
  await new Promise((resolve) => setTimeout(resolve, event.delay));
  return { statusCode: 200 };
};
export const local = async () => {
  await sleep(300);
  return { statusCode: 200 };
};
export const busy = async () => {
  await new Promise((resolve) => setTimeout(() => resolve(fetch('https://example.com')), 300));
  return { statusCode: 200 };
};`,
      settings: { 'lambda-guard': { handlerNames: ['local', 'busy'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 14, endLine: 2, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'local' }, line: 6, column: 14, endLine: 6, endColumn: 19, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'busy' }, line: 10, column: 14, endLine: 10, endColumn: 18, suggestions: [] },
      ],
    },
    {
      name: "custom authentication triggers that answer every caller yes (issueTokens, answerCorrect) leave a gate open: not stubs",
      code: `import type { DefineAuthChallengeTriggerHandler, VerifyAuthChallengeResponseTriggerHandler } from 'aws-lambda';
export const handler: DefineAuthChallengeTriggerHandler = async (event) => {
  event.response.issueTokens = true;
  event.response.failAuthentication = false;
  return event;
};
export const verify: VerifyAuthChallengeResponseTriggerHandler = async (event) => {
  event.response.answerCorrect = true;
  return event;
};`,
      settings: { 'lambda-guard': { handlerNames: ['verify'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 14, endLine: 2, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'verify' }, line: 7, column: 14, endLine: 7, endColumn: 20, suggestions: [] },
      ],
    },
    {
      name: "a Cognito trigger's answer written from a call, or a write of another parameter, is work",
      code: `import type { PreSignUpTriggerHandler, Handler } from 'aws-lambda';
export const handler: PreSignUpTriggerHandler = async (event) => {
  event.response.autoConfirmUser = await isTrusted(event.userName);
  return event;
};
export const other: Handler = async (event, context) => {
  context.response.flag = true;
  return event;
};`,
      settings: { 'lambda-guard': { handlerNames: ['other'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 14, endLine: 2, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'other' }, line: 6, column: 14, endLine: 6, endColumn: 19, suggestions: [] },
      ],
    },
    {
      name: "a Cognito answer under a test of an attribute's value or of what the caller sends is an access decision",
      code: `exports.handler = async (event) => {
  if (event.request.userAttributes['custom:role'] === 'admin') {
    event.response.claimsOverrideDetails = { groupOverrideDetails: { groupsToOverride: ['admins'] } };
  }
  return event;
};
exports.invited = async (event) => {
  if (event.request.clientMetadata && event.request.clientMetadata.invite === 'yes') {
    event.response.autoConfirmUser = true;
    event.response.autoVerifyEmail = true;
  }
  return event;
};
exports.secret = (event, context, callback) => {
  if ('email' in event.request.userAttributes) event.response.autoConfirmUser = true;
  callback(null, event);
};`,
      settings: { 'lambda-guard': { handlerNames: ['invited', 'secret'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 9, endLine: 1, endColumn: 16, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'invited' }, line: 7, column: 9, endLine: 7, endColumn: 16, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'secret' }, line: 14, column: 9, endLine: 14, endColumn: 15, suggestions: [] },
      ],
    },
    {
      name: 'a Cognito answer set under a test that calls out, or an answer that is a gate, is work',
      code: `export const handler = async (event) => {
  if (event.request.userAttributes.email.endsWith('@example.com')) event.response.autoConfirmUser = true;
  return event;
};
export const define = async (event) => {
  if (event.request.session.length === 3) event.response.issueTokens = true;
  return event;
};`,
      settings: { 'lambda-guard': { handlerNames: ['define'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 14, endLine: 1, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'define' }, line: 5, column: 14, endLine: 5, endColumn: 20, suggestions: [] },
      ],
    },
    {
      name: "a handler whose only text line is a catch's writes no structured log; one with a text line on its way is told its lines are text",
      code: `import type { PostConfirmationTriggerHandler } from 'aws-lambda';
export const handler: PostConfirmationTriggerHandler = async (event) => {
  try {
    await addToGroup(event.userName, 'members');
  } catch (error) {
    console.error('Group assignment error:', error);
  }
  return event;
};`,
      filename: 'src/triggers/post-confirmation.ts',
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 14, endLine: 2, endColumn: 21, suggestions: [] }],
    },
    {
      name: 'a text line on the way, beside a catch',
      code: `export const handler = async (event: { userName: string }) => {
  console.log('adding user', event.userName);
  try {
    await addToGroup(event.userName, 'members');
  } catch (error) {
    console.error('Group assignment error:', error);
  }
};`,
      output: null,
      errors: [{ messageId: 'unstructuredLogging', data: { name: 'handler' }, line: 1, column: 14, endLine: 1, endColumn: 21, suggestions: [] }],
    },
    {
      name: 'a middy chain continued on a const (base.handler(fn), base.use(…)) is judged as the chain written in place',
      code: `import middy from '@middy/core';
import cors from '@middy/http-cors';
const base = middy().use(cors());
export const handler = base.handler(async (event: { id: string }) => {
  await save(event.id);
});`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] }],
    },
    {
      name: "a value a function of the file makes beside an adapter, not the adapter's handler, nor called by the handler (helper-354 #4)",
      code: `import serverless from 'serverless-http';
import { createApp } from './app';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
async function init() {
  const app = await createApp();
  globalThis.web = serverless(app);
  return { db: app.db };
}
const ready = init();
const build = async () => serverless(await createApp());
const made = build();
export const handler = async (event: { Records: unknown[] }) => {
  const ctx = await ready;
  return ctx.db.process(event.Records);
};
export const lambdaHandler = async (event: { Records: unknown[] }) => {
  await made;
  await client.send(new PutItemCommand({ TableName: 't', Item: { n: { N: String(event.Records.length) } } }));
  return { ok: true };
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 13, column: 14, endLine: 13, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 17, column: 14, endLine: 17, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: 'a handler in a directory only named like a canary one, importing a module named like one',
      code: `import { CANARY_WEIGHT } from './canary-release';
export const handler = async (event: { id: string }) => {
  await save(event.id, CANARY_WEIGHT);
};`,
      filename: 'src/canary-deploy/canary.ts',
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 14, endLine: 2, endColumn: 21, suggestions: [] }],
    },
    {
      name: "a canary deployment's handler (a CodeDeploy traffic hook in src/canary/, a flag module of release/canary/) is a handler like any other",
      code: `import { CodeDeployClient, PutLifecycleEventHookExecutionStatusCommand } from '@aws-sdk/client-codedeploy';
import { isCanaryUser } from './release/canary/flags';
const codedeploy = new CodeDeployClient({});
export const handler = async (event: { DeploymentId: string; LifecycleEventHookExecutionId: string }) => {
  await codedeploy.send(new PutLifecycleEventHookExecutionStatusCommand({ ...event, status: isCanaryUser('x') ? 'Succeeded' : 'Failed' }));
};`,
      filename: 'src/canary/pre-traffic-hook.ts',
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] }],
    },
    {
      name: 'a worker exported beside a serverless-http adapter export: the framework behind the adapter does not log for it',
      code: `import serverless from 'serverless-http';
import app from './app';
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
const sqs = new SQSClient({});
export const api = serverless(app);
export const handler = async (event: { Records: { body: string }[] }) => {
  for (const record of event.Records) await sqs.send(new SendMessageCommand({ QueueUrl: 'q', MessageBody: record.body }));
};`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 6, column: 14, endLine: 6, endColumn: 21, suggestions: [] }],
    },
    {
      name: "Powertools' class handler with an unknown context: the suggestion logs without the request id",
      code: `${POWERTOOLS}import type { LambdaInterface } from '@aws-lambda-powertools/commons/types';
const logger = new Logger();
class Lambda implements LambdaInterface {
  public async handler(_event: unknown, _context: unknown): Promise<void> {
    await save('x');
  }
}
const handlerClass = new Lambda();
export const handler = handlerClass.handler.bind(handlerClass);`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 10,
          column: 14,
          endLine: 10,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'logger' },
              output: `${POWERTOOLS}import type { LambdaInterface } from '@aws-lambda-powertools/commons/types';
const logger = new Logger();
class Lambda implements LambdaInterface {
  public async handler(_event: unknown, _context: unknown): Promise<void> {
    logger.info('handler invoked');
    await save('x');
  }
}
const handlerClass = new Lambda();
export const handler = handlerClass.handler.bind(handlerClass);`,
            },
          ],
        },
      ],
    },
    {
      name: 'the suggestion reads the request id only where it type-checks: not from an optional or unknown context',
      code: `${POWERTOOLS}const logger = new Logger();
export const handler = async (event: { id: string }, context?: Context) => {
  await save(event.id);
};
export class Lambda {
  public async handler(_event: unknown, _context: unknown) {
    await save('x');
  }
}
export const main = new Lambda().handler;`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'logger' },
              output: `${POWERTOOLS}const logger = new Logger();
export const handler = async (event: { id: string }, context?: Context) => {
  logger.info('handler invoked');
  await save(event.id);
};
export class Lambda {
  public async handler(_event: unknown, _context: unknown) {
    await save('x');
  }
}
export const main = new Lambda().handler;`,
            },
          ],
        },
      ],
    },
    {
      name: 'a structured log line under a constant false test never runs: no audit trail',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
const DEBUG = false;
export const handler = async (event: { id: string }) => {
  if (DEBUG) logger.info('saved', { id: event.id });
  return event.id;
};`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'logger' },
              output: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
const DEBUG = false;
export const handler = async (event: { id: string }) => {
  logger.info('handler invoked');
  if (DEBUG) logger.info('saved', { id: event.id });
  return event.id;
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'reported: a parameter default that calls a function is work, not a constant',
      code: `function defaults() {
  return { source: 'manual' };
}
export const handler = async (event: Record<string, unknown> = defaults()) => {
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'reported: a nested try rethrows, so the outer catch runs and answers with the error message',
      code: `export const handler = async () => {
  let response = null;
  try {
    try {
      throw new Error('not ready');
    } catch (e) {
      throw new Error('wrapped');
    }
    response = { statusCode: 200 };
  } catch (err) {
    response = { statusCode: 500, body: err.message };
  }
  return response;
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 14, endLine: 1, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'reported: the object holding the logger is only read by the handler (its table name), never handed to other code, and nothing is logged',
      code: `import pino from 'pino';
import { DynamoDBClient, DeleteItemCommand } from '@aws-sdk/client-dynamodb';

const logger = pino();
const db = new DynamoDBClient({});

export const handler = async (event: { id: string }) => {
  const settings = { table: 'orders', logger };
  await db.send(new DeleteItemCommand({ TableName: settings.table, Key: { id: { S: event.id } } }));
  return { deleted: event.id };
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 7, column: 14, endLine: 7, endColumn: 21, suggestions: [{ messageId: 'addLogCall', output: `import pino from 'pino';
import { DynamoDBClient, DeleteItemCommand } from '@aws-sdk/client-dynamodb';

const logger = pino();
const db = new DynamoDBClient({});

export const handler = async (event: { id: string }) => {
  logger.info('handler invoked');
  const settings = { table: 'orders', logger };
  await db.send(new DeleteItemCommand({ TableName: settings.table, Key: { id: { S: event.id } } }));
  return { deleted: event.id };
};` }] },
      ],
    },
    {
      name: 'reported: consumeOrders is a Context-typed SQS consumer whose whole work is the OrderBatch it constructs; new is work, and nothing is logged',
      code: `import type { Context, SQSEvent } from 'aws-lambda';
import { OrderBatch } from './order-batch';

export function consumeOrders(event: SQSEvent, context: Context): void {
  context.callbackWaitsForEmptyEventLoop = false;
  new OrderBatch(event.Records, context.awsRequestId);
}`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'consumeOrders' }, line: 4, column: 17, endLine: 4, endColumn: 30, suggestions: [] },
      ],
    },
    {
      name: 'reported: runJob (EventBridgeEvent + Context) loads and runs a job module per event with dynamic import; import() is work, not a check, and nothing is logged',
      code: `import type { Context, EventBridgeEvent } from 'aws-lambda';

export function runJob(event: EventBridgeEvent<'Scheduled Job', { job: string }>, context: Context): void {
  if (!event.detail.job) throw new Error('missing job');
  void import(\`./jobs/\${event.detail.job}.js\`);
}`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'runJob' }, line: 3, column: 17, endLine: 3, endColumn: 23, suggestions: [] },
      ],
    },
    {
      name: 'reported: transcode (S3Event + Context) starts a worker thread with the event; new Worker is work and nothing is logged',
      code: `import type { Context, S3Event } from 'aws-lambda';
import { Worker } from 'node:worker_threads';

export function transcode(event: S3Event, context: Context): void {
  new Worker('./transcoder.js', { workerData: { records: event.Records, requestId: context.awsRequestId } });
}`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'transcode' }, line: 4, column: 17, endLine: 4, endColumn: 26, suggestions: [] },
      ],
    },
    {
      name: 'reported: a synchronous void export typed with an SQS event and the context that calls out (fetch for each record) does work Lambda could run it for',
      code: `import type { SQSEvent, Context } from 'aws-lambda';
export function processQueue(event: SQSEvent, context: Context): void {
  for (const record of event.Records) {
    fetch('https://example.com/hook', { method: 'POST', body: record.body });
  }
}`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'processQueue' }, line: 2, column: 17, endLine: 2, endColumn: 29, suggestions: [] },
      ],
    },
    {
      name: 'reported: a streamed handler taking only the event and the response stream has no context to read the request id from: the suggestion logs without it',
      code: `import { Logger } from '@aws-lambda-powertools/logger';

const logger = new Logger();

export const handler = awslambda.streamifyResponse(async (event: { rawPath: string }, responseStream: NodeJS.WritableStream) => {
  responseStream.write(await fetch(\`https://example.com\${event.rawPath}\`).then((res) => res.text()));
  responseStream.end();
});`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 5, column: 14, endLine: 5, endColumn: 21, suggestions: [{ messageId: 'addLogCall', output: `import { Logger } from '@aws-lambda-powertools/logger';

const logger = new Logger();

export const handler = awslambda.streamifyResponse(async (event: { rawPath: string }, responseStream: NodeJS.WritableStream) => {
  logger.info('handler invoked');
  responseStream.write(await fetch(\`https://example.com\${event.rawPath}\`).then((res) => res.text()));
  responseStream.end();
});` }] },
      ],
    },
    {
      name: 'reported: the handler builds its own S3 write of the request body (PutObjectCommand with the events key) and only the send is in a helper',
      code: `import { PutObjectCommand } from '@aws-sdk/client-s3';
import { sendToS3 } from './lib/s3';

export const handler = async (event: { pathParameters: { key: string }; body: string }) => {
  const command = new PutObjectCommand({ Bucket: process.env.BUCKET, Key: event.pathParameters.key, Body: event.body });
  return sendToS3(command);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'reported: the handler issues a refund (stripe.refunds.create) for the charge the request names; toResponse only shapes it',
      code: `import { stripe } from './stripe';
import { toResponse } from './http';

export const handler = async (event: { pathParameters: { chargeId: string } }) => {
  const refund = stripe.refunds.create({ charge: event.pathParameters.chargeId });
  return toResponse(refund);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'reported: the handler writes its own SQL (a DELETE of the callers sessions) through a database singleton: the statement is composed here',
      code: `import { Database } from '../lib/database';

export const handler = async (event: { requestContext: { authorizer: { userId: string } } }) => {
  const db = Database.getInstance();
  return db.query('DELETE FROM sessions WHERE user_id = $1', [event.requestContext.authorizer.userId]);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 14, endLine: 3, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'reported: besides composing the controller the handler awaits an audit of its own, and uses the looked-up service twice',
      code: `import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import { serverlessAdapter } from '@/main/adapters';
import { makeAddUserFactory } from '@/main/factories';
import { audit } from '@/main/audit';
import { diContainer } from '../framework/utils/DIRegister';

export const handle: APIGatewayProxyHandlerV2 = async (event, context) => {
  const controller = makeAddUserFactory();
  await audit(event.rawPath);
  return serverlessAdapter(controller, event, context);
};

export const handler = async (event) => {
  const films = diContainer.resolve('FilmController');
  await films.validate(event);
  return films.createFilm(event);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handle' }, line: 7, column: 14, endLine: 7, endColumn: 20, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 13, column: 14, endLine: 13, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'reported: what is awaited before the hand-off is given the event, comes from a package, is named for no dependencies, or is used twice; an async factory of this file; a value made by a call that is no schema\'s check',
      code: `import type { Handler } from 'aws-lambda';
import { respond } from './respond';
import { getDependencies, loadOrder } from './deps';
import { container } from 'some-di-package';
import { orderBuilder, bodySchema } from './orders';

export const first: Handler<{ id: string }> = async (event) => {
  const deps = await getDependencies(event.id);
  return respond(event, deps);
};
export const second: Handler = async (event) => {
  const dependencies = await container.get();
  return respond(event, dependencies);
};
export const third: Handler = async (event) => {
  const order = await loadOrder();
  return respond(event, order);
};
export const fourth: Handler = async (event) => {
  const deps = await getDependencies();
  return respond(event, deps, deps);
};
async function buildDependencies() {
  return { table: 'orders' };
}
export const fifth: Handler = async (event) => {
  const deps = buildDependencies();
  return respond(event, deps);
};
function parse(input: unknown) {
  return JSON.stringify(input);
}
export const sixth: Handler = async (event) => {
  const body = parse(event);
  return respond(event, body);
};
export const seventh: Handler = async (event, context) => respond(event, () => context.getRemainingTimeInMillis() && parse(event));
export const eighth: Handler = async (event) => {
  const order = orderBuilder.build(event);
  return respond(order);
};
export const ninth: Handler = async (event) => {
  const body = bodySchema.parse(event);
  return respond(body, body);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'first' }, line: 7, column: 14, endLine: 7, endColumn: 19, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'second' }, line: 11, column: 14, endLine: 11, endColumn: 20, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'third' }, line: 15, column: 14, endLine: 15, endColumn: 19, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'fourth' }, line: 19, column: 14, endLine: 19, endColumn: 20, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'fifth' }, line: 26, column: 14, endLine: 26, endColumn: 19, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'sixth' }, line: 33, column: 14, endLine: 33, endColumn: 19, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'seventh' }, line: 37, column: 14, endLine: 37, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'eighth' }, line: 38, column: 14, endLine: 38, endColumn: 20, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'ninth' }, line: 42, column: 14, endLine: 42, endColumn: 19, suggestions: [] },
      ],
    },
    {
      name: 'reported: a function of this file that signs, runs a command, sends a request or processes the event is no setting read nor factory; an awaited call is named for no dependencies',
      code: `import type { Handler } from 'aws-lambda';
import jwt from 'jsonwebtoken';
import { execSync } from 'node:child_process';
import { DynamoDBDocumentClient, DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { respond } from './http';
const ddb = DynamoDBDocumentClient.from(client);
function issueServiceToken() {
  return jwt.sign({ scope: 'admin' }, process.env.JWT_SECRET ?? '', { expiresIn: '12h' });
}
const sh = (command: string) => execSync(command, { encoding: 'utf8' });
const purgeSessions = () => ddb.send(new DeleteCommand({ TableName: 'sessions', Key: { id: 'all' } }));
function buildProfile(input: { body: string }) {
  return { role: JSON.parse(input.body).role };
}
async function deleteExpiredUploads() {
  return ddb.send(new DeleteCommand({ TableName: 'uploads', Key: { id: 'expired' } }));
}
export const first: Handler = async (event) => {
  const token = issueServiceToken();
  return respond(event, token);
};
export const second: Handler = async (event) => respond(event, sh('rm -rf /tmp/uploads'));
export const third: Handler = async (event) => {
  const result = purgeSessions();
  return respond(event, result);
};
export const fourth: Handler = async (event) => respond(buildProfile(event));
export const fifth: Handler = async (event) => {
  const deps = await deleteExpiredUploads();
  return respond(event, deps);
};
const lazyPurge = { get: deleteExpiredUploads };
export const sixth: Handler = async (event) => {
  const dependencies = await lazyPurge.get();
  return respond(event, dependencies);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'first' }, line: 18, column: 14, endLine: 18, endColumn: 19, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'second' }, line: 22, column: 14, endLine: 22, endColumn: 20, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'third' }, line: 23, column: 14, endLine: 23, endColumn: 19, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'fourth' }, line: 27, column: 14, endLine: 27, endColumn: 20, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'fifth' }, line: 28, column: 14, endLine: 28, endColumn: 19, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'sixth' }, line: 33, column: 14, endLine: 33, endColumn: 19, suggestions: [] },
      ],
    },
    {
      name: 'reported: the let the handler answers with is given the events body',
      code: `import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

export const lambdaHandler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  let response: APIGatewayProxyResult;
  try {
    response = { statusCode: 200, body: event.body ?? '' };
  } catch (err) {
    response = { statusCode: 500, body: 'error' };
  }
  return response;
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 3, column: 14, endLine: 3, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: 'reported: a branch returns a local helper that queries Elasticsearch (isInertLocalCall: its bodys only call is a search)',
      code: `import { Client } from '@elastic/elasticsearch';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { handler as ingestHandler } from './ingest';

const es = new Client({ node: process.env.ES_NODE! });

function searchOrders(event: APIGatewayProxyEvent) {
  return es.search({ index: 'orders', query: { match: { customerId: event.pathParameters!.customerId } } });
}

export const handler = async (event: APIGatewayProxyEvent, context: Context) => {
  if (event.httpMethod === 'POST') {
    return ingestHandler(event, context);
  } else if (event.httpMethod === 'GET') {
    return searchOrders(event);
  } else {
    return { statusCode: 405, body: '' };
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 11, column: 14, endLine: 11, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'reported: the lazy set-up also writes an audit record of its own',
      code: `import type { SQSEvent, Context } from 'aws-lambda';
import { createQueueHandler } from './queue';
import { audit } from './audit';

let queueHandler: ((event: SQSEvent, context: Context) => Promise<void>) | undefined;

export const handler = async (event: SQSEvent, context: Context) => {
  if (!queueHandler) {
    await audit('cold start');
    queueHandler = createQueueHandler();
  }
  return queueHandler(event, context);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 7, column: 14, endLine: 7, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'reported: the switchs discriminant claims the job in DynamoDB (an awaited conditional write) before dispatching',
      code: `import { DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { exportHandler } from './jobs/export';
import { importHandler } from './jobs/import';

const ddb = new DynamoDBClient({});

async function claimJob(jobId: string) {
  const out = await ddb.send(new UpdateItemCommand({
    TableName: process.env.JOBS_TABLE,
    Key: { id: { S: jobId } },
    UpdateExpression: 'SET #s = :running',
    ConditionExpression: '#s = :queued',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: { ':running': { S: 'RUNNING' }, ':queued': { S: 'QUEUED' } },
    ReturnValues: 'ALL_NEW',
  }));
  return out.Attributes!.kind.S;
}

export const handler = async (event: any, context: any) => {
  switch (await claimJob(event.jobId)) {
    case 'export':
      return exportHandler(event, context);
    case 'import':
      return importHandler(event, context);
    default:
      return { skipped: true };
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 20, column: 14, endLine: 20, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'reported: this Step Functions task is a Lambda handler (exported handler, no web framework in sight) that charges a card without logging',
      code: `import { DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';

const ddb = new DynamoDBClient({});

interface PaymentContext {
  orderId: string;
  customerId: string;
  amount: number;
  charged?: boolean;
}

export const handler = async (context: PaymentContext): Promise<PaymentContext> => {
  await ddb.send(new UpdateItemCommand({
    TableName: process.env.ORDERS_TABLE,
    Key: { id: { S: context.orderId } },
    UpdateExpression: 'SET charged = :t',
    ExpressionAttributeValues: { ':t': { BOOL: true } },
  }));
  return { ...context, charged: true };
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 12, column: 14, endLine: 12, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'TS: an event typed with a project type named like a context, beside Lambdas own Context, is still a handler',
      code: `import type { Context } from 'aws-lambda';
import type { OrderContext } from './orders';
import { saveOrder } from './orders';

export async function handler(event: OrderContext, context: Context) {
  await saveOrder(event.order);
  return { statusCode: 201 };
}`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 5, column: 23, endLine: 5, endColumn: 30, suggestions: [] },
      ],
    },
    {
      name: 'TS: a call of its own in the try beside the hand-off is work of the handler',
      code: `import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { getHandler } from './functions/get';
import { audit } from './audit';

export const handler = async (event: APIGatewayProxyEvent, context: Context) => {
  try {
    await audit(event.path);
    return await getHandler(event, context);
  } catch (error) {
    return { statusCode: 500, body: 'internal error' };
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 5, column: 14, endLine: 5, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'TS: an awaited call whose result the hand-off does not use is work of its own',
      code: `import type { SQSEvent, Context } from 'aws-lambda';
import { saveBatch } from './store';
import { processHandler } from './process';

export const handler = async (event: SQSEvent, context: Context) => {
  const saved = await saveBatch(event.Records);
  return processHandler(event, context);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 5, column: 14, endLine: 5, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'a route table that code adds a local handler to is no table of imported handlers',
      code: `import { DynamoDBDocumentClient, DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { handler as getItem } from './items/get';

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const routes = [{ method: 'GET', handler: getItem }];
routes.push({
  method: 'DELETE',
  handler: async (event: APIGatewayProxyEvent) => {
    await doc.send(new DeleteCommand({ TableName: 'items', Key: { id: event.pathParameters!.id } }));
    return { statusCode: 204, body: '' };
  },
});

export const handler = async (event: APIGatewayProxyEvent, context: Context) => {
  const route = routes.find((r) => r.method === event.httpMethod);
  if (!route) return { statusCode: 405, body: '' };
  return route.handler(event, context);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 16, column: 14, endLine: 16, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'a dispatcher whose answering branch does work (an awaited call in its answer) is judged',
      code: `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyWebsocketEventV2, Context } from 'aws-lambda';
import { connectHandler } from './connect';
import { disconnectHandler } from './disconnect';
const ddb = new DynamoDBClient({});
export const handler = async (event: APIGatewayProxyWebsocketEventV2, context: Context) => {
  if (event.requestContext.routeKey === '$connect') {
    return connectHandler(event, context);
  } else if (event.requestContext.routeKey === '$disconnect') {
    return disconnectHandler(event, context);
  } else {
    return { statusCode: 200, body: JSON.stringify((await ddb.send(new ScanCommand({ TableName: 'conns' }))).Items) };
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 6, column: 14, endLine: 6, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'sync void functions whose event type is a union or Readonly of aws-lambda events stay handlers',
      code: `import type { Context, SNSEvent, SQSEvent, ScheduledEvent } from 'aws-lambda';
export function processQueue(event: SQSEvent | ScheduledEvent, context: Context): void {
  console.log('received', JSON.stringify(event));
  setTimeout(() => context.getRemainingTimeInMillis(), 0);
}
export function onNotification(event: Readonly<SNSEvent>, context: Context): void {
  console.log('received', JSON.stringify(event));
}`,
      output: null,
      errors: [
        { messageId: 'unstructuredLogging', data: { name: 'processQueue' }, line: 2, column: 17, endLine: 2, endColumn: 29, suggestions: [] },
        { messageId: 'unstructuredLogging', data: { name: 'onNotification' }, line: 6, column: 17, endLine: 6, endColumn: 31, suggestions: [] },
      ],
    },
    {
      name: 'a route table with a handler of the file is no hand-off to other modules',
      code: `import type { APIGatewayProxyHandler } from 'aws-lambda';
import { getHandler } from './functions/get.js';
const routes = [
  { method: 'GET', handler: getHandler },
  { method: 'POST', handler: async (event: unknown) => ({ statusCode: 201, body: String(event) }) },
];
export const handler: APIGatewayProxyHandler = (event, context, cb) => {
  const route = routes.find((r) => r.method === event.httpMethod);
  if (!route) return Promise.resolve({ statusCode: 404, body: '' });
  return route.handler(event, context, cb);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 7, column: 14, endLine: 7, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'not stubs: a console line of the input, a try that does work',
      code: `import { save } from './store';
export const handler = (event: { id: string }) => {
  console.log('hello', event.id);
};
export const lambdaHandler = async (event: { id: string }) => {
  try {
    await save(event);
    return { statusCode: 200 };
  } catch (err) {
    return { statusCode: 500 };
  }
};`,
      output: null,
      errors: [
        { messageId: 'unstructuredLogging', data: { name: 'handler' }, line: 2, column: 14, endLine: 2, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 5, column: 14, endLine: 5, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: 'the Lambda hosting a telegraf bot takes the webhook event and is judged',
      code: `import type { APIGatewayProxyEvent } from 'aws-lambda';
import { Telegraf } from 'telegraf';
const bot = new Telegraf(process.env.BOT_TOKEN ?? '');
export async function handler(event: APIGatewayProxyEvent) {
  await bot.handleUpdate(JSON.parse(event.body ?? '{}'));
  return { statusCode: 200 };
}`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 23, endLine: 4, endColumn: 30, suggestions: [] },
      ],
    },
    {
      name: 'not thin adapters behind a check of the input: a check that awaits, a branch that works, a check with an else, a nested check that works, a check calling code of the file, an answer through a parameter that is not Lambda\'s callback',
      code: `import { convert, exists, save } from './convert';
import { writeFileSync } from 'node:fs';
export const handler = async (event: { key?: string }) => {
  if (!(await exists(event.key))) throw new Error('missing');
  return convert(event.key);
};
export const main = async (event: { key?: string }) => {
  if (!event.key) return save({ missing: true });
  return convert(event.key);
};
export const other = async (event: { key?: string }) => {
  if (!event.key) throw new Error('missing');
  else await save(event);
  return convert(event.key);
};
export const nested = async (event: { key: string; dryRun?: boolean }) => {
  if (event.dryRun) if (await save(event)) return { statusCode: 204 };
  return convert(event.key);
};
class Marker {
  mark(id: string) { return writeFileSync('/tmp/' + id, ''); }
}
const marker = new Marker();
export const marked = async (event: { key: string }) => {
  if (!marker.mark(event.key)) return { statusCode: 409 };
  return convert(event.key);
};
const seen = (id: string) => fetch('https://example.com/' + id);
export const fetched = async (event: { key: string }) => {
  if (!seen(event.key)) return { statusCode: 409 };
  return convert(event.key);
};
export const persisted = async (event: { key?: string }, persist: (text: string) => void) => {
  if (!event.key) return persist('missing key');
  return convert(event.key);
};`,
      settings: { 'lambda-guard': { handlerNames: ['main', 'other', 'nested', 'marked', 'fetched', 'persisted'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 14, endLine: 3, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'main' }, line: 7, column: 14, endLine: 7, endColumn: 18, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'other' }, line: 11, column: 14, endLine: 11, endColumn: 19, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'nested' }, line: 16, column: 14, endLine: 16, endColumn: 20, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'marked' }, line: 24, column: 14, endLine: 24, endColumn: 20, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'fetched' }, line: 29, column: 14, endLine: 29, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'persisted' }, line: 33, column: 14, endLine: 33, endColumn: 23, suggestions: [] },
      ],
    },
    {
      name: "not thin adapters: a catch that works beside its log line, a set-up of another receiver than the one handed the work, a host class of the file's own",
      code: `import { save, processOrder } from './orders';
import { Host } from '@acme/host';
class LocalHost {
  constructor(readonly event: unknown) {}
}
export const handler = async (event: { id: string }) => {
  try {
    return await processOrder(event);
  } catch (error) {
    await save(event);
    console.error(error);
    return { statusCode: 500 };
  }
};
export const main = async (event: unknown, context: unknown) => {
  await save(event);
  await processOrder(new Host(event, context));
};
export const local = async (event: unknown) => processOrder(new LocalHost(event));`,
      settings: { 'lambda-guard': { handlerNames: ['main', 'local'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 6, column: 14, endLine: 6, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'main' }, line: 15, column: 14, endLine: 15, endColumn: 18, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'local' }, line: 19, column: 14, endLine: 19, endColumn: 19, suggestions: [] },
      ],
    },
    {
      name: "middy middleware that is not named as logging, middy's own, or a log-named one the file defines (its code is in sight)",
      code: `import middy from '@middy/core';
import errorLogger from '@middy/error-logger';
import { cors } from '@acme/cors';
import { requestThing } from '@acme/lambda-helpers';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
const db = new DynamoDBClient({});
const requestLogger = () => ({ before: async () => {} });
const put = async (table: string) => { await db.send(new PutItemCommand({ TableName: table, Item: {} })); };
export const handler = middy()
  .use(cors())
  .handler(async (event: { id: string }) => put(event.id));
export const lambdaHandler = middy()
  .use(errorLogger())
  .handler(async (event: { id: string }) => { await put(event.id); });
export const main = middy()
  .use(requestLogger())
  .handler(async (event: { id: string }) => { await put(\`c\${event.id}\`); });
export const other = middy().use(requestThing()).handler(async (event: { id: string }) => { await put('d'); });`,
      settings: { 'lambda-guard': { handlerNames: ['main', 'other'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 9, column: 14, endLine: 9, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 12, column: 14, endLine: 12, endColumn: 27, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'main' }, line: 15, column: 14, endLine: 15, endColumn: 18, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'other' }, line: 18, column: 14, endLine: 18, endColumn: 19, suggestions: [] },
      ],
    },
    {
      name: "an export taking an event, Lambda's context and a callback typed as one (or untyped) is a handler",
      code: `import type { Callback, CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
export async function onEvent(event: CloudFormationCustomResourceEvent, context: Context, callback: Callback) {
  await fetch(event.ResponseURL, { method: 'PUT', body: context.awsRequestId });
  callback(null);
}
export async function onDone(event: CloudFormationCustomResourceEvent, context: Context, done: (error?: Error) => void) {
  await fetch(event.ResponseURL, { method: 'PUT', body: context.awsRequestId });
  done();
}`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'onEvent' }, line: 2, column: 23, endLine: 2, endColumn: 30, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'onDone' }, line: 6, column: 23, endLine: 6, endColumn: 29, suggestions: [] },
      ],
    },
    {
      name: 'each handler a factory of the file makes is judged at its own export',
      code: `import type { APIGatewayProxyEvent, Handler } from 'aws-lambda';
const createHandler = (stubName: string): Handler => {
  return async (event: APIGatewayProxyEvent) => {
    const res = await fetch(\`https://example.invalid/\${stubName}\${event.path}\`);
    return { statusCode: res.status, body: await res.text() };
  };
};
export const ipvHandler: Handler = createHandler('IpvStub');
export const sisHandler: Handler = createHandler('SisStub');`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'ipvHandler' }, line: 8, column: 14, endLine: 8, endColumn: 24, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'sisHandler' }, line: 9, column: 14, endLine: 9, endColumn: 24, suggestions: [] },
      ],
    },
    {
      name: "not stubs: an authorizer's constant answer, the environment, a module value read through a getter",
      code: `import type { Handler } from 'aws-lambda';
const counter = { get next() { return Date.now(); } };
const TOKEN = process.env.TOKEN;
export const authorize: Handler = async () => ({ principalId: 'anyone', policyDocument: { Version: '2012-10-17', Statement: [] } });
export const simple: Handler = async () => ({ isAuthorized: true });
export const env: Handler = async () => ({ statusCode: 200, body: JSON.stringify(process.env) });
export const token: Handler = async () => ({ statusCode: 200, body: TOKEN });
export const getter: Handler = async () => ({ statusCode: 200, body: counter.next });`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'authorize' }, line: 4, column: 14, endLine: 4, endColumn: 23, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'simple' }, line: 5, column: 14, endLine: 5, endColumn: 20, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'env' }, line: 6, column: 14, endLine: 6, endColumn: 17, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'token' }, line: 7, column: 14, endLine: 7, endColumn: 19, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'getter' }, line: 8, column: 14, endLine: 8, endColumn: 20, suggestions: [] },
      ],
    },
    {
      name: "judged: a fourth parameter with a default or a rest, the file's own handlers fanned out, a let, the environment, an authorizer's answer from a module",
      code: `import type { Handler } from 'aws-lambda';
import ALLOW from './allow.json';
import { notify, email } from './channels';
const emailHandler = async (event: unknown) => email(event);
const smsHandler = async (event: unknown) => notify(event);
const localHandlers = [emailHandler, smsHandler];
let answer = { statusCode: 200 };
const CONFIG = process.env.CONFIG;
export const withDeps: Handler = async (event, context, callback, deps = { ddb: 1 }) => ({ statusCode: 200, body: String(deps.ddb) });
export const withRest: Handler = async (event, ...rest: unknown[]) => ({ statusCode: 200, body: String(rest.length) });
export const fanOut: Handler = async (event) => { await Promise.all(localHandlers.map((h) => h.handler(event))); };
export const current: Handler = async () => answer;
export const configured: Handler = async () => CONFIG;
export const authorizer: Handler = async () => ALLOW;`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'withDeps' }, line: 9, column: 14, endLine: 9, endColumn: 22, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'withRest' }, line: 10, column: 14, endLine: 10, endColumn: 22, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'fanOut' }, line: 11, column: 14, endLine: 11, endColumn: 20, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'current' }, line: 12, column: 14, endLine: 12, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'configured' }, line: 13, column: 14, endLine: 13, endColumn: 24, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'authorizer' }, line: 14, column: 14, endLine: 14, endColumn: 24, suggestions: [] },
      ],
    },
    {
      name: 'a stub is judged as soon as it reads its input, calls out, awaits, or changes state',
      code: `import type { Handler } from 'aws-lambda';
import { save } from './store';
let calls = 0;
export const readsEvent: Handler = async (event) => ({ statusCode: 200, body: event.body });
export const callsOut: Handler = async () => ({ statusCode: 200, body: JSON.stringify(await save()) });
export const counts: Handler = async () => { calls += 1; return { statusCode: 200 }; };
export const callsModule: Handler = (_event, _context, callback) => { callback(null, calls); calls = 0; };
export const echoes: Handler = (event, _context, callback) => { callback(null, event.body); };
export const stamps: Handler = async () => ({ body: crypto.randomUUID() });
export const reads: Handler = async () => ({ body: arguments.length });
export const picks: Handler = async (event) => { return event.request; };`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'readsEvent' }, line: 4, column: 14, endLine: 4, endColumn: 24, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'callsOut' }, line: 5, column: 14, endLine: 5, endColumn: 22, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'counts' }, line: 6, column: 14, endLine: 6, endColumn: 20, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'callsModule' }, line: 7, column: 14, endLine: 7, endColumn: 25, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'echoes' }, line: 8, column: 14, endLine: 8, endColumn: 20, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'stamps' }, line: 9, column: 14, endLine: 9, endColumn: 20, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'reads' }, line: 10, column: 14, endLine: 10, endColumn: 19, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'picks' }, line: 11, column: 14, endLine: 11, endColumn: 19, suggestions: [] },
      ],
    },
    {
      name: 'a typed export called only by another export not named as a handler, or at the top of the module, is judged; so is a Lambda typed with the raw Discord API',
      code: `import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import type { APIInteraction } from 'discord.js';
import { load } from './store';
export const getUser = async (event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> => {
  return { statusCode: 200, body: await load(event.path, context.awsRequestId) };
};
export const getUserWarm = async (event: APIGatewayProxyEvent, context: Context) =>
  event.resource === 'warmup' ? { statusCode: 204, body: '' } : getUser(event, context);
export const handler = async (interaction: APIInteraction) => ({ type: 1, id: await load(interaction.id, '') });
if (process.env.LOCAL) getUser({} as APIGatewayProxyEvent, {} as Context);`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'getUser' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'getUserWarm' }, line: 7, column: 14, endLine: 7, endColumn: 25, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 9, column: 14, endLine: 9, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: "an export typed like a handler by its parameters and result that the file's own handler calls is a step: only the handler is judged",
      code: `import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, SQSEvent } from 'aws-lambda';
import { render, regenerate } from './render';
export const handleRequest = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
  const html = await render(event.rawPath);
  return { statusCode: 200, body: html };
};
export const handler = async (event: SQSEvent | APIGatewayProxyEventV2) => {
  if ('Records' in event) await regenerate(event);
  else return handleRequest(event);
};`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 7, column: 14, endLine: 7, endColumn: 21, suggestions: [] }],
    },
    {
      name: 'a handler that works before a bare return, with a context typed as an object, logging through Node\'s console module',
      code: `import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import * as console from 'console';
const db = new DynamoDBClient({});
export const handler = async (event: { id: string }, context: { awsRequestId: string } | undefined) => {
  await db.send(new PutItemCommand({ TableName: 't', Item: { id: { S: event.id } } }));
  console.log(\`saved \${event.id}\`);
  return;
};`,
      output: null,
      errors: [{ messageId: 'unstructuredLogging', data: { name: 'handler' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] }],
    },
    {
      name: 'not a tool module without an input schema; an async function returning a function; a hand-off to a handler of the file, or without the context the handler takes',
      code: `import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { createHandler } from './handler';
const db = new DynamoDBClient({});
export const name = 'orders';
export const handler = async (event: { id: string }) => {
  await db.send(new PutItemCommand({ TableName: 't', Item: { id: { S: event.id } } }));
};
export async function lambdaHandler() {
  return () => db.destroy();
}
const localHandler = async (event: { id: string }) => db.send(new PutItemCommand({ TableName: 't', Item: { id: { S: event.id } } }));
export const main = async (event: { id: string }) => localHandler(event);
export const withContext = async (event: { id: string }, context: { awsRequestId: string }) => {
  const madeHandler = createHandler(db);
  return madeHandler(event);
};`,
      settings: { 'lambda-guard': { handlerNames: ['main', 'withContext'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 5, column: 14, endLine: 5, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 8, column: 23, endLine: 8, endColumn: 36, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'main' }, line: 12, column: 14, endLine: 12, endColumn: 18, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'withContext' }, line: 13, column: 14, endLine: 13, endColumn: 25, suggestions: [] },
      ],
    },
    {
      name: 'a handler named so with an object first and a string second is the author\'s word for a handler',
      code: `import { writeFile } from 'node:fs/promises';
export const handler = async (input: { dir: string }, mode: 'zip' | 'tar') => writeFile(\`\${input.dir}/mode\`, mode);`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 14, endLine: 2, endColumn: 21, suggestions: [] }],
    },
    {
      name: "Powertools' makeIdempotent wraps the handler it is given: judged, and a function that may answer without a logger is judged too",
      code: `import { makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import pino from 'pino';
const db = new DynamoDBClient({});
const persistenceStore = new DynamoDBPersistenceLayer({ tableName: 'idempotency' });
const createPayment = async (event: { id: string }, _context: Context) => {
  await db.send(new PutItemCommand({ TableName: 'payments', Item: { id: { S: event.id } } }));
  return { statusCode: 200 };
};
export const handler = makeIdempotent(createPayment, { persistenceStore });
export const loggerOrResponse = (event: { debug: boolean }, context: Context) =>
  event.debug ? pino() : { statusCode: 204 };`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 12, column: 14, endLine: 12, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'loggerOrResponse' }, line: 13, column: 14, endLine: 13, endColumn: 30, suggestions: [] },
      ],
    },
    {
      name: "a handler whose only structured console call runs in the browser (page.evaluate's page function) writes no log",
      code: `import puppeteer from 'puppeteer-core';
export const handler = async (event: { url: string }) => {
  const page = await (await puppeteer.launch()).newPage();
  await page.goto(event.url);
  return page.evaluate(() => {
    console.log(JSON.stringify({ message: 'scraping', title: document.title }));
    return document.title;
  });
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 14, endLine: 2, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: "Pulumi's Lambda types count as aws-lambda's: a `…Handler` taking `@pulumi/aws/s3`'s BucketEvent, an event with aws.lambda.Context",
      code: `import * as aws from '@pulumi/aws';
import { BucketEvent } from '@pulumi/aws/s3';
export const sliceMessageInBatchesHandler = async (event: BucketEvent): Promise<void> => {
  const sqs = new aws.sdk.SQS();
  for (const record of event.Records ?? []) {
    await sqs.sendMessage({ QueueUrl: process.env.QUEUE_URL!, MessageBody: record.s3.object.key }).promise();
  }
};
export const drain = async (event: aws.sqs.QueueEvent, context: aws.lambda.Context) => {
  const sqs = new aws.sdk.SQS();
  await sqs.deleteMessage({ QueueUrl: process.env.QUEUE_URL!, ReceiptHandle: event.Records[0]!.receiptHandle }).promise();
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'sliceMessageInBatchesHandler' }, line: 3, column: 14, endLine: 3, endColumn: 42, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'drain' }, line: 9, column: 14, endLine: 9, endColumn: 19, suggestions: [] },
      ],
    },
    {
      name: 'beside an export found only by its event type, a handler name and a `…Handler` name taking the event are judged',
      code: `import type { SQSEvent } from 'aws-lambda';
import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
const sns = new SNSClient({});
export const processQueue = async (event: SQSEvent) => {
  for (const r of event.Records) await sns.send(new PublishCommand({ TopicArn: process.env.TOPIC, Message: r.body }));
};
export const writeItemHandler = async (event: SQSEvent) => {
  await sns.send(new PublishCommand({ TopicArn: process.env.TOPIC, Message: event.Records[0]?.body }));
};
export const handler = async (event: SQSEvent) => {
  await sns.send(new PublishCommand({ TopicArn: process.env.TOPIC, Message: String(event.Records.length) }));
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'writeItemHandler' }, line: 7, column: 14, endLine: 7, endColumn: 30, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 10, column: 14, endLine: 10, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'TS: a Context after an event, or after a first parameter not named or typed for a part; a handler name, type or middy: handlers',
      code: `import middy from '@middy/core';
import type { Context, EventBridgeEvent, Handler, SQSRecord } from 'aws-lambda';
import type { MyInput } from './types';
import { load, save } from './store';
export const handler = async (record: SQSRecord, context: Context) => {
  const task = await load(record.body);
  await save(task, context.awsRequestId);
};
export const main = async (input: MyInput, context: Context) => {
  const task = await load(input.id);
  await save(task, context.awsRequestId);
};
export const run = async (event: Record<string, unknown>, context: Context) => {
  const task = await load(String(event.id));
  await save(task, context.awsRequestId);
};
export const loose = async (payload: any, context: Context) => {
  const task = await load(payload.id);
  await save(task, context.awsRequestId);
};
export const onOrder = async (detail: EventBridgeEvent<'order', { id: string }>, context: Context) => {
  const task = await load(detail.detail.id);
  await save(task, context.awsRequestId);
};
export const consume = middy(async (record: SQSRecord, context: Context) => {
  const task = await load(record.body);
  await save(task, context.awsRequestId);
});
export const typed: Handler = async (record: SQSRecord, context: Context) => {
  const task = await load(record.body);
  await save(task, context.awsRequestId);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 5, column: 14, endLine: 5, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'main' }, line: 9, column: 14, endLine: 9, endColumn: 18, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'run' }, line: 13, column: 14, endLine: 13, endColumn: 17, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'loose' }, line: 17, column: 14, endLine: 17, endColumn: 19, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'onOrder' }, line: 21, column: 14, endLine: 21, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'consume' }, line: 25, column: 14, endLine: 25, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'typed' }, line: 29, column: 14, endLine: 29, endColumn: 19, suggestions: [] },
      ],
    },
    {
      name: 'a middy chain from @middy/core exported under another name is a handler, judged with its middlewares',
      code: `import middy from '@middy/core';
import cors from '@middy/http-cors';
const getItems = async (event: { id: string }) => ({ statusCode: 200, body: event.id });
export const main = middy(getItems).use(cors());`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'main' }, line: 4, column: 14, endLine: 4, endColumn: 18, suggestions: [] },
      ],
    },
    {
      name: 'not log writers: log inside another word (login, catalog, logIn), a local function, a logger factory, Powertools metrics',
      code: `import { login, catalog, logInWithCodeArtifact, createLogger } from './auth';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
function logIt(value: unknown) { return value; }
export const handler = async (event: { id: string }) => {
  await login(event.id);
  await logInWithCodeArtifact({ id: event.id });
  catalog.refresh();
  logIt(event.id);
  createLogger({ id: event.id });
  logMetrics(event.id);
  return { ok: true };
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: "not log calls: a level name imported from a module not named for logging, a logging module's setup function",
      code: `import { error, warn as caution } from '../utils/errors';
import { http } from '@acme/http';
import { bootstrapLogging } from '@acme/common/utils/logger';
export const handler = async (event: { id: string }) => {
  bootstrapLogging('orders', event);
  try {
    await http(event.id);
  } catch (err) {
    caution(event.id);
    return error(err);
  }
  return { ok: true };
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: "not a thin adapter beside a logger's set-up: two calls of work, work inline, a set-up that awaits work of its own",
      code: `import { Logger } from '@aws-lambda-powertools/logger';
import { saveOrder, notify, loadUser, processOrder } from './orders';
const logger = new Logger();
export const handler = async (event: { id: string }, context: { awsRequestId: string }) => {
  logger.addContext(context);
  await saveOrder(event);
  await notify(event);
};
export const inline = async (event: { id: string }, context: { awsRequestId: string }) => {
  logger.addContext(context);
  const order = await saveOrder(event);
  return { statusCode: 200, body: JSON.stringify(order) };
};
export const busySetup = async (event: { id: string }) => {
  logger.appendKeys({ user: await loadUser(event) });
  await processOrder(event);
};`,
      settings: { 'lambda-guard': { handlerNames: ['inline', 'busySetup'] } },
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'logger' },
              output: `import { Logger } from '@aws-lambda-powertools/logger';
import { saveOrder, notify, loadUser, processOrder } from './orders';
const logger = new Logger();
export const handler = async (event: { id: string }, context: { awsRequestId: string }) => {
  logger.info('handler invoked', { requestId: context.awsRequestId });
  logger.addContext(context);
  await saveOrder(event);
  await notify(event);
};
export const inline = async (event: { id: string }, context: { awsRequestId: string }) => {
  logger.addContext(context);
  const order = await saveOrder(event);
  return { statusCode: 200, body: JSON.stringify(order) };
};
export const busySetup = async (event: { id: string }) => {
  logger.appendKeys({ user: await loadUser(event) });
  await processOrder(event);
};`,
            },
          ],
        },
        {
          messageId: 'missingLogging',
          data: { name: 'inline' },
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'logger' },
              output: `import { Logger } from '@aws-lambda-powertools/logger';
import { saveOrder, notify, loadUser, processOrder } from './orders';
const logger = new Logger();
export const handler = async (event: { id: string }, context: { awsRequestId: string }) => {
  logger.addContext(context);
  await saveOrder(event);
  await notify(event);
};
export const inline = async (event: { id: string }, context: { awsRequestId: string }) => {
  logger.info('inline invoked', { requestId: context.awsRequestId });
  logger.addContext(context);
  const order = await saveOrder(event);
  return { statusCode: 200, body: JSON.stringify(order) };
};
export const busySetup = async (event: { id: string }) => {
  logger.appendKeys({ user: await loadUser(event) });
  await processOrder(event);
};`,
            },
          ],
        },
        {
          messageId: 'missingLogging',
          data: { name: 'busySetup' },
          line: 14,
          column: 14,
          endLine: 14,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'logger' },
              output: `import { Logger } from '@aws-lambda-powertools/logger';
import { saveOrder, notify, loadUser, processOrder } from './orders';
const logger = new Logger();
export const handler = async (event: { id: string }, context: { awsRequestId: string }) => {
  logger.addContext(context);
  await saveOrder(event);
  await notify(event);
};
export const inline = async (event: { id: string }, context: { awsRequestId: string }) => {
  logger.addContext(context);
  const order = await saveOrder(event);
  return { statusCode: 200, body: JSON.stringify(order) };
};
export const busySetup = async (event: { id: string }) => {
  logger.info('busySetup invoked');
  logger.appendKeys({ user: await loadUser(event) });
  await processOrder(event);
};`,
            },
          ],
        },
      ],
    },
    {
      name: "not thin adapters though the call is given nothing: work inline, Node's or the SDK's own calls, a receiver configured with code of the file",
      code: `import { Order } from '@terminal/core/order/order';
import { randomUUID } from 'node:crypto';
import { S3Client } from '@aws-sdk/client-s3';
import { app } from '@acme/framework';
const client = new S3Client({});
app.get('/orders', async () => Order.list());
export const handler = async () => {
  const items = await Order.list();
  return { statusCode: 200, body: JSON.stringify(items) };
};
export const uuid = async () => randomUUID();
export const close = async () => client.destroy();
export const serve = async () => app.run();`,
      settings: { 'lambda-guard': { handlerNames: ['uuid', 'close', 'serve'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 7, column: 14, endLine: 7, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'uuid' }, line: 11, column: 14, endLine: 11, endColumn: 18, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'close' }, line: 12, column: 14, endLine: 12, endColumn: 19, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'serve' }, line: 13, column: 14, endLine: 13, endColumn: 19, suggestions: [] },
      ],
    },
    {
      name: 'not a made logger: a logger-named variable made by a local function, by an AWS SDK import, or also given another value',
      code: `import { S3Client } from '@aws-sdk/client-s3';
import { createLogger } from './log';
function localFactory() { return (message: string) => message; }
const localLogger = localFactory();
const clientLog = new S3Client({});
let mixedLogger = createLogger('x');
export const handler = async (event: { id: string }, other: (m: string) => void) => {
  mixedLogger = other;
  localLogger(event.id);
  mixedLogger(event.id);
  return { ok: clientLog !== null };
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 7, column: 14, endLine: 7, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: "not log writers: a log word that names a logger or a log's part, also after `and` (a log group of a pair)",
      code: `import { createFunctionAndLogGroup, bucketAndLogStream, getLogLevel, createLogGroup } from './infra';
export const handler = async (event: { id: string }) => {
  createFunctionAndLogGroup(event.id);
  bucketAndLogStream(event.id);
  createLogGroup(getLogLevel());
  return { ok: true };
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 14, endLine: 2, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'one function exported bare and wrapped: one report, on the wrapped export',
      code: `import middy from '@middy/core';
export const lambdaHandler = async (event: unknown) => ({ statusCode: 200, body: String(event) });
export const handler = middy(lambdaHandler);`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 14, endLine: 3, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'ESM export const handler with no logging',
      code: `export const handler = async (event: { id: string }) => {
  await Promise.resolve(event.id);
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: 'unstructured console logging does not count',
      code: "export const handler = async (event: { id: string }) => {\n  console.log('saving ' + event.id);\n};",
      output: null,
      errors: [
        {
          messageId: 'unstructuredLogging',
          data: { name: 'handler' },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: 'unstructured lines are named as such for the handler that writes them or calls a helper that does; a line of another handler, or one that never runs, leaves a handler without any',
      code: `const DEBUG = false;
function note(id: string) {
  console.info('note', id);
}
export const handler = async (event: { id: string }) => {
  console.log(\`saving \${event.id}\`);
};
export const lambdaHandler = async (event: { id: string }) => {
  note(event.id);
};`,
      output: null,
      errors: [
        { messageId: 'unstructuredLogging', data: { name: 'handler' }, line: 5, column: 14, endLine: 5, endColumn: 21, suggestions: [] },
        { messageId: 'unstructuredLogging', data: { name: 'lambdaHandler' }, line: 8, column: 14, endLine: 8, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: "a line of another handler, or one that never runs, is no line of this handler's",
      code: `const DEBUG = false;
export const handler = async (event: { id: string }) => {
  console.log(\`saving \${event.id}\`);
};
export const lambdaHandler = async (event: { id: string }) => {
  if (DEBUG) console.log('debug', event.id);
  return event.id;
};`,
      output: null,
      errors: [
        { messageId: 'unstructuredLogging', data: { name: 'handler' }, line: 2, column: 14, endLine: 2, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 5, column: 14, endLine: 5, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: 'the suggestion calls a logger an awaited factory made at the top of the module, not one made lazily',
      code: `${POWERTOOLS}let out: Logger | undefined;
async function createLogger() {
  return new Logger({ serviceName: 'orders' });
}
const audit = await createLogger();
export const handler = async (event: unknown, context: { awsRequestId: string }) => {
  out ||= new Logger();
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'audit' },
              output: `${POWERTOOLS}let out: Logger | undefined;
async function createLogger() {
  return new Logger({ serviceName: 'orders' });
}
const audit = await createLogger();
export const handler = async (event: unknown, context: { awsRequestId: string }) => {
  audit.info('handler invoked', { requestId: context.awsRequestId });
  out ||= new Logger();
  return { statusCode: 200 };
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'a Powertools logger in scope but unused: suggestion with the request id',
      code: `${POWERTOOLS}const logger = new Logger();
export const handler = async (event: unknown, context: { awsRequestId: string }) => {
  await Promise.resolve(event);
};`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'logger' },
              output: `${POWERTOOLS}const logger = new Logger();
export const handler = async (event: unknown, context: { awsRequestId: string }) => {
  logger.info('handler invoked', { requestId: context.awsRequestId });
  await Promise.resolve(event);
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'TS typed handler with another export name',
      code: `import type { APIGatewayProxyHandler } from 'aws-lambda';
export const main: APIGatewayProxyHandler = async (event) => ({ statusCode: 200, body: event.body ?? '' });`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'main' },
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 18,
          suggestions: [],
        },
      ],
    },
    {
      name: 'winston with a text format does not count; no suggestion for a text logger',
      code: `import winston from 'winston';
const logger = winston.createLogger({ format: winston.format.simple() });
export const handler = async () => { logger.info('done'); };`,
      output: null,
      errors: [
        {
          messageId: 'unstructuredLogging',
          data: { name: 'handler' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a factory of the file making a winston text logger: its lines do not count either',
      code: `import winston from 'winston';
const makeOutput = () => winston.createLogger({ format: winston.format.simple() });
const out = makeOutput();
export const handler = async () => { out.info('done'); };`,
      output: null,
      errors: [
        {
          messageId: 'unstructuredLogging',
          data: { name: 'handler' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: 'middy chain without a logging middleware',
      code: `import middy from '@middy/core';
import httpErrorHandler from '@middy/http-error-handler';
export const handler = middy(async (event) => ({ statusCode: 200, body: event.body })).use(httpErrorHandler());`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Powertools class handler without the decorator: suggestion inside the method',
      code: `${POWERTOOLS}const logger = new Logger();
class Lambda {
  public async handler(_event: unknown, context: { awsRequestId: string }): Promise<void> {
    await Promise.resolve(context);
  }
}
const myFunction = new Lambda();
export const handler = myFunction.handler.bind(myFunction);`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'logger' },
              output: `${POWERTOOLS}const logger = new Logger();
class Lambda {
  public async handler(_event: unknown, context: { awsRequestId: string }): Promise<void> {
    logger.info('handler invoked', { requestId: context.awsRequestId });
    await Promise.resolve(context);
  }
}
const myFunction = new Lambda();
export const handler = myFunction.handler.bind(myFunction);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a middleware attached to another handler does not count for this one',
      code: `import middy from '@middy/core';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
const logger = new Logger();
export const handler = middy(async () => ({})).use(injectLambdaContext(logger));
export const worker: import('aws-lambda').SQSHandler = async (event) => {
  await queue.save(event.Records);
};`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'worker' },
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'logger' },
              output: `import middy from '@middy/core';
${POWERTOOLS}import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
const logger = new Logger();
export const handler = middy(async () => ({})).use(injectLambdaContext(logger));
export const worker: import('aws-lambda').SQSHandler = async (event) => {
  logger.info('worker invoked');
  await queue.save(event.Records);
};`,
            },
          ],
        },
      ],
      settings: { 'lambda-guard': { handlerNames: ['worker'] } },
    },
    {
      name: 'a logger shadowed inside the handler gets no suggestion',
      code: `${POWERTOOLS}const logger = new Logger();
export const handler = async (logger: unknown) => { return { logger }; };`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: 'context calls alone (appendKeys, addContext) write no log line',
      code: `${POWERTOOLS}const logger = new Logger();
export const handler = async (event: { customerId: string }, context: import('aws-lambda').Context) => {
  logger.addContext(context);
  logger.appendKeys({ customerId: event.customerId });
};`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'logger' },
              output: `${POWERTOOLS}const logger = new Logger();
export const handler = async (event: { customerId: string }, context: import('aws-lambda').Context) => {
  logger.info('handler invoked', { requestId: context.awsRequestId });
  logger.addContext(context);
  logger.appendKeys({ customerId: event.customerId });
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'printing the logger is not handing it to anything',
      code: `${POWERTOOLS}const logger = new Logger();
export const handler = async () => { console.log('logger', logger); };`,
      output: null,
      errors: [
        {
          messageId: 'unstructuredLogging',
          data: { name: 'handler' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'logger' },
              output: `${POWERTOOLS}const logger = new Logger();
export const handler = async () => {
  logger.info('handler invoked'); console.log('logger', logger); };`,
            },
          ],
        },
      ],
    },
    {
      name: 'a snippets/ directory of an app (not under docs or examples) holds its own handlers',
      code: `export const handler = async (event) => {
  await fetch('https://example.com/snippets', { method: 'POST', body: event.body });
};`,
      filename: 'src/handlers/snippets/create.ts',
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 14, endLine: 1, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'a test-like word in a file or directory name is not a test file',
      code: 'export const handler = async (event) => ({ statusCode: 200, body: event.body });',
      filename: 'src/contest/latest.tests-helper.ts',
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: 'an expression-bodied handler gets no suggestion',
      code: `${POWERTOOLS}const logger = new Logger();
export const handler = async (event) => ({ statusCode: 200, body: event.body });`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-handler-logging', rule, {
  valid: [
    {
      name: 'ESM: a function of a module imported with await import() inside the handler, handed the event and context',
      code: `export const handler = async (event, context) => {
  const { run } = await import('./legacy.js');
  return run(event, context);
};`,
    },
    {
      name: 'ESM: a handler that reaches the adapter through a function of the file (aws-serverless-express proxy)',
      code: `import { createServer, proxy } from 'aws-serverless-express';
import app from './app.js';
const server = createServer(app);
const toApp = (event, context) => proxy(server, event, context, 'PROMISE').promise;
export const handler = (event, context) => toApp(event, context);`,
    },
    {
      name: 'ESM: a structured line under a test that may be true runs',
      code: `const debug = process.env.DEBUG === '1';
export const handler = async (event) => {
  await save(event);
  if (debug) console.log(JSON.stringify({ id: event.id }));
};`,
    },
    {
      name: 'JS: an async handler running an imported callback-era handler through a promise taking over context.done',
      code: `import { resource } from './cfn.js';
export async function handler(event, context) {
  return new Promise((resolve, reject) => {
    context.done = (error, result) => (error ? reject(error) : resolve(result));
    resource(event, context);
  });
}`,
    },
    {
      name: 'JS: quiet: a stub whose event parameter has a constant default (the runtime always passes one)',
      code: `export const handler = async (event = {}) => {
  return { statusCode: 200, body: JSON.stringify('Hello from Lambda!'), headers: { 'Content-Type': 'text/plain' } };
};`,
    },
    {
      name: 'JS: quiet: a stub whose let the try gives a constant before the catch (which never runs) would give it the error',
      code: `export const handler = async () => {
  let response = null;
  try {
    response = { statusCode: 200, body: 'ok' };
  } catch (err) {
    response = { statusCode: 500, body: err.message };
  }
  return response;
};`,
    },
    {
      name: 'JS: quiet: a stub whose answer reads a let that only a catch which never runs gives a value',
      code: `export const handler = async () => {
  let err = null;
  try {
    console.log('stripeBalance');
  } catch (e) {
    err = e;
  }
  return { statusCode: err ? 500 : 200 };
};`,
    },
    {
      name: 'JS: quiet: the modules SenseLogs logger goes to the migration library inside a params object bound to a name and handed to it',
      code: `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import SenseLogs from 'senselogs';
import { Migrate } from 'onetable-migrate';

const client = new DynamoDBClient();
let log = new SenseLogs();

export const handler = async (event) => {
  const { config, dry } = event;
  config.client = client;
  const params = { dir: './migrations', dry, log };
  const migrate = new Migrate(config, params);
  await migrate.init();
  return migrate.apply(event.action, event.version, params);
};`,
    },
    {
      name: 'JS: quiet: a SenseLogs logger (a JSON logger) is handed to the library the handler drives, which may log through it',
      code: `import SenseLogs from 'senselogs';
import { Migrate } from 'onetable-migrate';

const log = new SenseLogs();

export const handler = async (event) => {
  const migrate = new Migrate({ name: event.table }, { log });
  await migrate.init();
  return migrate.apply(event.action, event.version);
};`,
    },
    {
      name: 'JS: quiet: the handler only makes a listener of the project with its event and context and runs it',
      code: `import Listener from './cloud_trail_listener.js';

export const handler = async (cloudtrailEvent, context) => {
  const enabled = ['ec2', 's3', 'rds'];
  const listener = new Listener(cloudtrailEvent, context, enabled);
  await listener.execute();
};`,
    },
    {
      name: 'JS: a stub whose constant answer is first bound to consts of its own body does nothing to audit',
      code: `export const handler = async () => {
  const body = [{ id: 1, name: 'item 1' }];
  const response = { statusCode: 200, body: JSON.stringify(body) };
  return response;
};`,
    },
    {
      name: "JS: handlers another module makes, loaded lazily with import() and awaited in place",
      code: `const handlerPromise = import('./app.mjs').then((m) => m.handler);
const initHandler = (async () => {
  const { handler } = await import('./server.js');
  return handler;
})();
export const handler = async (event, context) => (await handlerPromise)(event, context);
export const lambdaHandler = async (...args) => (await initHandler)(...args);`,
    },
    {
      name: 'JS: a constant stub, with a directive, and one that calls back with a constant',
      code: `export const handler = async function () {
  'use strict';
  return { statusCode: 200, body: JSON.stringify({ message: 'Go Serverless!' }) };
};
export const lambdaHandler = (event, context, cb) => cb(null, 'ok');`,
    },
    {
      name: "a wrapper factory exported as handler (handler-lib's `handler(lambda)` returns the handler it makes)",
      code: `import { success, failure } from './response-lib';
function handler(lambda) {
  return async function (event, context) {
    try {
      return success(await lambda(event, context));
    } catch (error) {
      return failure({ error: error.message });
    }
  };
}
export { handler };`,
    },
    {
      name: "a CloudFront Function using its runtime's String.bytesFrom (cloudfront-js-1.0) runs at the edge, not in Lambda",
      code: `var USERNAME = 'admin';
function validateBasicAuth(header) {
  var match = header.match(/^Basic (.+)$/);
  return match !== null && String.bytesFrom(match[1], 'base64').split(':', 2)[0] === USERNAME;
}
export function handler(event) {
  var request = event.request;
  var auth = (request.headers.authorization && request.headers.authorization.value) || '';
  if (!validateBasicAuth(auth)) return { statusCode: 401, statusDescription: 'Unauthorized' };
  return request;
}`,
    },
    {
      name: 'a structured line written through a console method bound to a name at the top of the module',
      code: "const log = console.log;\nexport const handler = async (event) => {\n  log(JSON.stringify({ msg: 'received', id: event.id }));\n  return 1;\n};",
    },
    {
      name: 'serverless-http imported inside the handler: the framework behind it logs',
      code: "import express from 'express';\nconst app = express();\nlet cached;\nexport const handler = async (event, context) => {\n  const serverless = (await import('serverless-http')).default;\n  cached ??= serverless(app);\n  return cached(event, context);\n};",
    },
    {
      name: "serverless-http's handler made by an async function of the file, its promise awaited in the handler (fhir-works-on-aws)",
      code: "import serverless from 'serverless-http';\nimport { createApp } from './app';\nasync function build() {\n  return serverless(await createApp());\n}\nconst serverlessHandler = build();\nexport const handler = async (event, context) => {\n  return (await serverlessHandler)(event, context);\n};",
    },
    {
      name: 'serverless-http imported inside the handler by a template literal: the framework behind it logs',
      code: "import express from 'express';\nconst app = express();\nexport const handler = async (event, context) => {\n  const { default: serverless } = await import(`serverless-http`);\n  return serverless(app)(event, context);\n};",
    },
    {
      name: 'pino called directly on the import',
      code: "import pino from 'pino';\nconst log = pino();\nexport async function handler() { log.info({ step: 1 }, 'start'); }",
    },
    {
      name: 'bunyan.createLogger',
      code: "import bunyan from 'bunyan';\nconst log = bunyan.createLogger({ name: 'orders' });\nexport async function handler() { log.info('start'); }",
    },
    {
      name: 'JSX and unicode do not confuse it',
      code: "const label = <b>ünïcødé ✓</b>;\nexport const handler = async () => { console.log({ message: 'rendered', label }); };",
    },
    {
      name: 'a script that exports handler and runs it itself at the top of the module is a program, not a Lambda handler',
      code: `import { writeFileSync } from 'node:fs';
export const handler = async () => {
  const feed = await fetch('https://example.org/feed.json').then((response) => response.json());
  writeFileSync('feed.json', JSON.stringify(feed));
};
handler();`,
    },
    {
      name: 'scripts run as `await main()`, `void main()` and `main().then(…).catch(…)`',
      code: `export async function handler() { await fetch('https://example.org/ping'); }
export async function main() { await fetch('https://example.org/pong'); }
export async function lambdaHandler() { await fetch('https://example.org/pang'); }
await handler();
void main();
lambdaHandler().then(() => process.exit(0)).catch(() => process.exit(1));`,
      settings: { 'lambda-guard': { handlerNames: ['main'] } },
    },
    {
      name: "CloudFront Functions: the event alone, answered with the viewer request or response it carries (or a response of the function's own)",
      code: `export async function handler(event) {
  const response = event.response;
  response.statusCode = 404;
  return response;
}
export function lambdaHandler(event) {
  const request = event.request;
  if (request.uri === '/') return { statusCode: 302, statusDescription: 'Found', headers: { location: { value: '/site' } } };
  return request;
}`,
    },
    {
      name: 'JSON.stringify bound to a name (`const { stringify } = JSON`, `const toJson = JSON.stringify`) writes structured lines',
      code: `const { stringify } = JSON;
const toJson = JSON.stringify;
export async function handler(event) {
  console.log(stringify({ message: 'connect', connectionId: event.requestContext.connectionId }));
  return { statusCode: 200 };
}
export const lambdaHandler = async (event) => {
  console.info(toJson({ message: 'disconnect', connectionId: event.requestContext.connectionId }));
};`,
    },
    {
      name: 'thin adapters: the input prepared in a const with built-ins first, a catch that answers with the error or a response',
      code: `import Payments from '../services/payments';
import createResponse from '../utils/createResponse';
const payments = new Payments(process.env.TABLE);
export const handler = (event) => {
  const data = JSON.parse(event.body);
  return payments.create(data);
};
export const lambdaHandler = async (event) => {
  try {
    const { id, amount } = JSON.parse(event.body);
    return await payments.update(id, amount);
  } catch (err) {
    if (err.statusCode) return err;
    return createResponse({ statusCode: 500, body: err.message });
  }
};`,
    },
  ],
  invalid: [
    {
      name: 'ESM: a webhook worker beside a serverless-http export is judged',
      code: `import serverless from 'serverless-http';
import app from './app.js';
export const api = serverless(app);
export const handler = async (event) => {
  await fetch('https://example.com/hook', { method: 'POST', body: event.detail.id });
};`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] }],
    },
    {
      name: 'ESM: a JSON console line behind if (false) or a false && never runs',
      code: `export const handler = async (event) => {
  await save(event);
  if (false) console.log(JSON.stringify({ id: event.id }));
  false && console.info({ saved: true });
};`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 14, endLine: 1, endColumn: 21, suggestions: [] }],
    },
    {
      name: 'JS: reported: a parameter default that calls a function is work, not a constant',
      code: `function defaults() {
  return { source: 'manual' };
}
export const handler = async (event = defaults()) => {
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: a nested try rethrows, so the outer catch runs and answers with the error message',
      code: `export const handler = async () => {
  let response = null;
  try {
    try {
      throw new Error('not ready');
    } catch (e) {
      throw new Error('wrapped');
    }
    response = { statusCode: 200 };
  } catch (err) {
    response = { statusCode: 500, body: err.message };
  }
  return response;
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 14, endLine: 1, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: the catch runs (the try throws), so the let it gives the error to is not a constant',
      code: `export const handler = async () => {
  let err = null;
  try {
    console.log('start');
    throw new Error('boom');
  } catch (e) {
    err = e;
  }
  return { statusCode: err ? 500 : 200 };
};`,
      output: null,
      errors: [
        { messageId: 'unstructuredLogging', data: { name: 'handler' }, line: 1, column: 14, endLine: 1, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: a let given a value that is not a constant later is not a constant answer',
      code: `export const handler = async () => {
  let status = 200;
  status = Date.now() % 2 ? 200 : 500;
  return { statusCode: status };
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 14, endLine: 1, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: a store call on a database object the module imports writes the record the handler composed: the handlers own work, not a hand-off',
      code: `import { db } from './db.mjs';

export const handler = async (event) => {
  await db.put({ TableName: 'orders', Item: JSON.parse(event.body) });
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 14, endLine: 3, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: in an ES module the undeclared response = throws every time, so each invocation publishes an SNS alert from the catch (I/O, unlogged)',
      code: `import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
const sns = new SNSClient({});

export const lambdaHandler = async () => {
  try {
    response = { statusCode: 200, body: JSON.stringify({ message: 'hello world' }) };
  } catch (err) {
    await sns.send(new PublishCommand({ TopicArn: process.env.ALERT_TOPIC, Message: String(err) }));
    return { statusCode: 500 };
  }
  return response;
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 4, column: 14, endLine: 4, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: the only wrapper is withCors, written in this file and visibly not logging; the handler writes orders and nothing logs',
      code: `import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
const ddb = new DynamoDBClient({});

const withCors = (fn) => async (event, context) => {
  const result = await fn(event, context);
  return { ...result, headers: { ...result.headers, 'Access-Control-Allow-Origin': '*' } };
};

export const handler = async (event) => {
  const order = JSON.parse(event.body);
  await ddb.send(new PutItemCommand({ TableName: 'orders', Item: { id: { S: order.id } } }));
  return { statusCode: 201, body: JSON.stringify({ id: order.id }) };
};

export const main = withCors(handler);`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 9, column: 14, endLine: 9, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: the handler is handed to a wrapper whose result the module keeps to itself (not exported): the bare export is the entry Lambda calls',
      code: `import { withRetries } from '../lib/retries';
import { saveScore } from '../store';

export const handler = async (event) => {
  await saveScore(JSON.parse(event.body));
  return { statusCode: 204 };
};

const retried = withRetries(handler);
export function runLocally(event) {
  return retried(event);
}`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: a streamed handler without structured logging is reported, and the suggestion reads the request id from its third parameter (the context after the response strea',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';

const logger = new Logger({ serviceName: 'stream' });
const s3 = new S3Client({});

export const handler = awslambda.streamifyResponse(async (event, responseStream, context) => {
  console.log('stream request', JSON.stringify(event));
  const obj = await s3.send(new GetObjectCommand({ Bucket: process.env.BUCKET, Key: event.rawPath.slice(1) }));
  responseStream.write(await obj.Body.transformToString());
  responseStream.end();
});`,
      output: null,
      errors: [
        { messageId: 'unstructuredLogging', data: { name: 'handler' }, line: 7, column: 14, endLine: 7, endColumn: 21, suggestions: [{ messageId: 'addLogCall', output: `import { Logger } from '@aws-lambda-powertools/logger';
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';

const logger = new Logger({ serviceName: 'stream' });
const s3 = new S3Client({});

export const handler = awslambda.streamifyResponse(async (event, responseStream, context) => {
  logger.info('handler invoked', { requestId: context.awsRequestId });
  console.log('stream request', JSON.stringify(event));
  const obj = await s3.send(new GetObjectCommand({ Bucket: process.env.BUCKET, Key: event.rawPath.slice(1) }));
  responseStream.write(await obj.Body.transformToString());
  responseStream.end();
});` }] },
      ],
    },
    {
      name: 'JS: not thin adapters: a delegate made in a const and used twice, an instance of a class of the file',
      code: `import { Delegate } from './delegate.js';

class LocalProcessor {
  async run(event) {
    return fetch(process.env.TARGET, { method: 'POST', body: JSON.stringify(event) });
  }
}

export const handler = async (event) => {
  const delegate = new Delegate();
  await delegate.processMessages(event);
  await delegate.flush();
};

export const lambdaHandler = async (event) => {
  const processor = new LocalProcessor();
  return processor.run(event);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 9, column: 14, endLine: 9, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 15, column: 14, endLine: 15, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: 'JS: a const of the body read from the event makes the answer input, not a stub',
      code: `export const handler = async (event) => {
  const id = event.pathParameters.id;
  const response = { statusCode: 200, body: JSON.stringify({ id }) };
  return response;
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 14, endLine: 1, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: a catch that does work (a metric awaited) keeps the try hand-off from being the only work',
      code: `import { getHandler } from './functions/get.js';
import { metrics } from './metrics.js';

export const handler = async (event, context) => {
  try {
    return await getHandler(event, context);
  } catch (error) {
    await metrics.increment('failures');
    return { statusCode: 500 };
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: a hand-off after the handlers own write (a DynamoDB put) is not the bodys only work',
      code: `import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { getOrderHandler } from './orders/get.js';

const ddb = new DynamoDBClient({});

export const handler = async (event, context) => {
  await ddb.send(new PutItemCommand({ TableName: process.env.TABLE, Item: { id: { S: event.id } } }));
  return getOrderHandler(event, context);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 6, column: 14, endLine: 6, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: middleware named for keeping log lines out (disableLogging) is no logging middleware',
      code: `import middy from '@middy/core';
import { disableLogging } from '../lib/middleware/index.js';
import { saveOrder } from '../lib/orders-db.js';

const main = async (event) => {
  const order = JSON.parse(event.body);
  await saveOrder({ ...order, createdAt: Date.now() });
  return { statusCode: 201 };
};

export const handler = middy(main).use(disableLogging());`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 11, column: 14, endLine: 11, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: a log-named plugin handed to another library use() (not a middy chain) is no logging middleware',
      code: `import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkHtml from 'remark-html';
import { changeLog } from '../lib/remark-plugins.js';
import { putPage } from '../lib/pages-db.js';

const processor = unified().use(remarkParse).use(changeLog).use(remarkHtml);

export const handler = async (event) => {
  const html = String(await processor.process(event.body));
  await putPage(event.slug, html);
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 9, column: 14, endLine: 9, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: a call before the hand-off that is work (deleteAll) is no set-up',
      code: `import { store } from './store.js';

export const handler = async (event) => {
  await store.deleteAll();
  return store.importRecords(event);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 14, endLine: 3, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: a set-up of another receiver under the same root as the hand-off is no set-up',
      code: `import { services } from './services.js';

export const handler = async (event) => {
  await services.cache.invalidateAll();
  return services.orders.create(event);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 14, endLine: 3, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: an AWS SDK command made from the event is no framework host class',
      code: `import { InvokeCommand } from '@aws-sdk/client-lambda';
import { send } from './aws.js';

export const handler = async (event) => send(new InvokeCommand(event));`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: a call of the project logger under IS_OFFLINE is no logging of the handler in Lambda',
      code: `import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { logger } from './logger.js';

const s3 = new S3Client({});

export const handler = async (event) => {
  if (process.env.IS_OFFLINE) {
    logger.info({ msg: 'upload', key: event.key });
  }
  await s3.send(new PutObjectCommand({ Bucket: process.env.BUCKET, Key: event.key, Body: event.body }));
  return { statusCode: 204 };
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 6, column: 14, endLine: 6, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'JS: not a thin adapter when the switch is set from data, or work is done beside it',
      code: `import { dispatchEvent, save } from './dispatcher';
export const handler = async (event, context) => {
  context.callbackWaitsForEmptyEventLoop = event.wait;
  return dispatchEvent(event, context);
};
export const lambdaHandler = async (event, context) => {
  context.callbackWaitsForEmptyEventLoop = false;
  await save(event);
  return dispatchEvent(event, context);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 14, endLine: 2, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 6, column: 14, endLine: 6, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: 'not thin adapters: a const that does work before the call, a catch whose if awaits',
      code: `import Payments from '../services/payments';
import { parse } from 'body-parser-lite';
const payments = new Payments(process.env.TABLE);
export const handler = async (event) => {
  const data = await parse(event.body);
  return payments.create(data);
};
export const lambdaHandler = async (event) => {
  try {
    return await payments.update(event.body);
  } catch (err) {
    if (await payments.exists(event.body)) return err;
    return { statusCode: 500 };
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 8, column: 14, endLine: 8, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: 'a handler run only when the module is the program (`require.main === module`, a local run) is still a handler; so is one called inside a function',
      code: `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const handler = async (event) => { await fetch(event.url); };
export const lambdaHandler = async (event) => { await fetch(event.url); };
if (require.main === module) handler({ url: 'https://example.org' });
export const warm = () => lambdaHandler({ url: 'https://example.org' });`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 14, endLine: 3, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 4, column: 14, endLine: 4, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: 'not CloudFront Functions: an event read through other fields, or whole, beside an answer of event.response',
      code: `export const handler = async (event) => {
  await fetch(event.callbackUrl);
  return event.response;
};
export const lambdaHandler = async (event) => {
  await fetch('https://example.org', { method: 'POST', body: JSON.stringify(event) });
  const response = event.response;
  return response;
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 14, endLine: 1, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 5, column: 14, endLine: 5, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: "not CloudFront Functions: a Cognito trigger answering with its whole event, a handler also given the context, one answering only with objects of its own",
      code: `export const handler = async (event) => {
  event.response.autoConfirmUser = event.request.userAttributes.email.endsWith('@example.com');
  return event;
};
export const lambdaHandler = async (event, context) => {
  await fetch(event.url);
  return event.response;
};
export const main = async (event) => {
  await fetch(event.url);
  return { statusCode: 200, statusDescription: 'OK' };
};`,
      settings: { 'lambda-guard': { handlerNames: ['main'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 14, endLine: 1, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 5, column: 14, endLine: 5, endColumn: 27, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'main' }, line: 9, column: 14, endLine: 9, endColumn: 18, suggestions: [] },
      ],
    },
    {
      name: "export default with 'default' configured: reported at `export default`, not the whole function",
      code: 'export default async (event) => {\n  await save(event);\n  return { statusCode: 204 };\n};',
      settings: { 'lambda-guard': { handlerNames: ['default'] } },
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'default' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
          suggestions: [],
        },
      ],
    },
    {
      name: 'export function handler; pino logger in scope; suggestion puts the fields first',
      code: `import pino from 'pino';
const log = pino();
export async function handler(event, context) {
  return { ...event, seen: true };
}`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'log' },
              output: `import pino from 'pino';
const log = pino();
export async function handler(event, context) {
  log.info({ requestId: context.awsRequestId }, 'handler invoked');
  return { ...event, seen: true };
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'export { main as handler }',
      code: 'async function main(event) { return { ...event, seen: true }; }\nexport { main as handler };',
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a directive prologue stays first',
      code: `import Log from '@dazn/lambda-powertools-logger';
export const handler = async function () {
  'use strict';
  return Date.now();
};`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'Log' },
              output: `import Log from '@dazn/lambda-powertools-logger';
export const handler = async function () {
  'use strict';
  Log.info('handler invoked');
  return Date.now();
};`,
            },
          ],
        },
      ],
    },
  ],
});

cjsRuleTester.run('require-handler-logging', rule, {
  valid: [
    {
      name: "CJS: a relay callback that branches on its error only answers Lambda with its own arguments",
      code: `const api = require('./src/api');
module.exports.create = (event, context, callback) => {
  api.createWebhook(event, context, (err, r) => {
    if (err) context.succeed(err);
    callback(null, r);
  });
};
module.exports.update = (event, context, callback) => {
  api.updateWebhook(event, context, (err, r) => {
    if (err) { return callback(err); }
    return callback(null, r);
  });
};`,
    },
    {
      name: "CJS: a handler an imported factory makes, called in place with the handler's input (as when bound to a name first)",
      code: `const lambdaPlayground = require('graphql-playground-middleware-lambda').default;
exports.playgroundHandler = (event, context, callback) =>
  lambdaPlayground({ endpoint: '/production/graphql' })(event, context, callback);`,
    },
    {
      name: "CJS: a thin adapter beside its logger's set-up by name (configureLogger, a method or imported by name), the module it hands to logs",
      code: `var logger = require('../lib/index');
var action = require('./action');
module.exports.handler = function (event, context) {
  logger.configureLogger(event, context);
  action.respond(event, function (error, response) { return context.done(error, response); });
};`,
    },
    {
      name: "CJS: a logger set-up imported by name (configureLogger) beside a thin adapter",
      code: `var action = require('./action');
const { configureLogger } = require('../lib/index');
module.exports.handler = function (event, context) {
  configureLogger(event, context);
  action.respond(event, function (error, response) { return context.done(error, response); });
};`,
    },
    {
      name: 'CJS: an app another module makes on the first call (declared empty or null, set by `if` or a choice), then handed the event and context',
      code: `const { createApp } = require('./app');
let app = null;
let server;
exports.handler = async (event, context) => {
  if (!app) app = await createApp();
  return app(event, context);
};
exports.lambdaHandler = async (event, context) => {
  server = server ? server : await createApp();
  return server(event, context);
};`,
    },
    {
      name: 'CJS: dependencies awaited from a container module of the project, or made by a factory of this file, handed to a delegate',
      code: `const { processRecords } = require('./process');
const { container } = require('./container');
function createDeps() {
  return { bucket: process.env.BUCKET };
}
exports.handler = async (event) => {
  const resolved = await container.load();
  return processRecords(event, resolved);
};
exports.worker = async (event) => {
  const deps = createDeps();
  return processRecords(event, deps);
};`,
      settings: { 'lambda-guard': { handlerNames: ['worker'] } },
    },
    {
      name: 'CJS: a module required inside the handler, then handed the event and context, as one required at the top',
      code: `exports.handler = async (event, context) => {
  const cfnResource = require('./lib/cfn').resource;
  return cfnResource(event, context);
};`,
    },
    {
      name: "CJS: an async handler running a callback-era handler of another module through a promise that takes over context.done",
      code: `const cfnResource = require('../lib/cfn').resource;
const { run } = require('./legacy');
exports.handler = async (event, context) => {
  return new Promise((resolve, reject) => {
    context.done = (error, result) => { if (error) reject(error); else resolve(result); };
    try { cfnResource(event, context); } catch (error) { reject(error); }
  });
};
module.exports.lambdaHandler = (event, context) =>
  new Promise((resolve, reject) => {
    context.succeed = (result) => resolve(result);
    context.fail = (error) => reject(error);
    run(event, context);
  });`,
    },
    {
      name: 'CJS: quiet: a stub whose event parameter has a constant default (the runtime always passes one)',
      code: `exports.handler = async (event = {}) => {
  return { statusCode: 200, body: JSON.stringify('Hello from Lambda!'), headers: { 'Content-Type': 'text/plain' } };
};`,
    },
    {
      name: 'CJS: quiet: a stub whose let the try gives a constant before the catch (which never runs) would give it the error',
      code: `exports.handler = async () => {
  let response = null;
  try {
    response = { statusCode: 200, body: 'ok' };
  } catch (err) {
    response = { statusCode: 500, body: err.message };
  }
  return response;
};`,
    },
    {
      name: 'CJS: quiet: a stub whose answer reads a let that only a catch which never runs gives a value',
      code: `exports.handler = async () => {
  let err = null;
  try {
    console.log('stripeBalance');
  } catch (e) {
    err = e;
  }
  return { statusCode: err ? 500 : 200 };
};`,
    },
    {
      name: 'CJS: quiet: the handler hands the event to the projects resolver module',
      code: `const { resolvers } = require('./resolvers');

exports.handler = async (event) => resolvers.query(event);`,
    },
    {
      name: 'CJS: quiet: this is SAMs hello-world stub with the let response; line left out (the changelogs case)',
      code: `exports.lambdaHandler = async (event, context) => {
  try {
    response = {
      statusCode: 200,
      body: JSON.stringify({ message: 'hello world' }),
    };
  } catch (err) {
    console.log(err);
    return err;
  }
  return response;
};`,
    },
    {
      name: 'CJS: quiet: module.exports lists the bare handler and its wrapped twin (main: withApiHooks(handler)), the wrapped one being the entry',
      code: `const { withApiHooks } = require('../hooks');
const { saveScore } = require('../store');

async function handler(event) {
  await saveScore(JSON.parse(event.body));
  return { statusCode: 204 };
}

module.exports = { handler, main: withApiHooks(handler, { logEvent: true }) };`,
    },
    {
      name: 'CJS: quiet: SAM hello-world with its let response line left out assigns an implicit global only the handler gives a constant: still a stub',
      code: `exports.lambdaHandler = async (event, context) => {
  try {
    response = {
      statusCode: 200,
      body: JSON.stringify({ message: 'hello world' }),
    };
    return response;
  } catch (err) {
    console.log(err);
    return err;
  }
};`,
    },
    {
      name: 'CJS: quiet: the helpers of the file only compute (a chain of 40 helpers each calling the next twice)',
      code: `const { handler: apiHandler } = require('../api');

function h0(x) { return h1(x) + h1(x + 1); }
function h1(x) { return h2(x) + h2(x + 1); }
function h2(x) { return h3(x) + h3(x + 1); }
function h3(x) { return h4(x) + h4(x + 1); }
function h4(x) { return h5(x) + h5(x + 1); }
function h5(x) { return h6(x) + h6(x + 1); }
function h6(x) { return h7(x) + h7(x + 1); }
function h7(x) { return h8(x) + h8(x + 1); }
function h8(x) { return h9(x) + h9(x + 1); }
function h9(x) { return h10(x) + h10(x + 1); }
function h10(x) { return h11(x) + h11(x + 1); }
function h11(x) { return h12(x) + h12(x + 1); }
function h12(x) { return h13(x) + h13(x + 1); }
function h13(x) { return h14(x) + h14(x + 1); }
function h14(x) { return h15(x) + h15(x + 1); }
function h15(x) { return h16(x) + h16(x + 1); }
function h16(x) { return h17(x) + h17(x + 1); }
function h17(x) { return h18(x) + h18(x + 1); }
function h18(x) { return h19(x) + h19(x + 1); }
function h19(x) { return h20(x) + h20(x + 1); }
function h20(x) { return h21(x) + h21(x + 1); }
function h21(x) { return h22(x) + h22(x + 1); }
function h22(x) { return h23(x) + h23(x + 1); }
function h23(x) { return h24(x) + h24(x + 1); }
function h24(x) { return h25(x) + h25(x + 1); }
function h25(x) { return h26(x) + h26(x + 1); }
function h26(x) { return h27(x) + h27(x + 1); }
function h27(x) { return h28(x) + h28(x + 1); }
function h28(x) { return h29(x) + h29(x + 1); }
function h29(x) { return h30(x) + h30(x + 1); }
function h30(x) { return h31(x) + h31(x + 1); }
function h31(x) { return h32(x) + h32(x + 1); }
function h32(x) { return h33(x) + h33(x + 1); }
function h33(x) { return h34(x) + h34(x + 1); }
function h34(x) { return h35(x) + h35(x + 1); }
function h35(x) { return h36(x) + h36(x + 1); }
function h36(x) { return h37(x) + h37(x + 1); }
function h37(x) { return h38(x) + h38(x + 1); }
function h38(x) { return h39(x) + h39(x + 1); }
function h39(x) { return x * 2; }

exports.handler = async (event, context) => {
  event.score = h0(event.seed);
  return apiHandler(event, context);
};`,
    },
    {
      name: 'CJS: quiet: the handler only parses a Slack slash commands form body, checks its token and hands the event to another modules handler',
      code: `const querystring = require('querystring');
const { handler: slashCommandHandler } = require('./slash-command');

exports.handler = async (event, context) => {
  const params = querystring.parse(event.body);
  if (params.token !== process.env.SLACK_VERIFICATION_TOKEN) {
    return { statusCode: 401, body: 'Invalid token' };
  }
  return slashCommandHandler(event, context);
};`,
    },
    {
      name: 'CJS: quiet: giving the request a correlation id (uuid) is preparation, not work; the hand-off to another modules handler is what it does',
      code: `const { v4: uuidv4 } = require('uuid');
const { handler: ordersHandler } = require('./orders');

exports.handler = async (event, context) => {
  event.headers = event.headers || {};
  event.headers['x-correlation-id'] = event.headers['x-correlation-id'] || uuidv4();
  return ordersHandler(event, context);
};`,
    },
    {
      name: 'CJS: quiet: the handler only copies values of the request into the environment with a helper of the file, then hands off',
      code: `const index = require('./index');

exports.handler = handler;

async function handler(event, context) {
  const request = event.Records[0].cf.request;
  process.env.ORIGIN_REGION = regionOf(request);
  return await index.handler(event, context);
}

function regionOf(request) {
  return request && request.origin && request.origin.s3 ? request.origin.s3.region : 'us-east-1';
}`,
    },
    {
      name: 'CJS: quiet: the body only prepares its input (parses the JSON body, answering 400 when it fails) and hands off to another modules handler',
      code: `const { ordersHandler } = require('./orders');

exports.handler = async (event, context) => {
  try {
    event.body = JSON.parse(event.body);
  } catch (e) {
    return { statusCode: 400, body: 'Invalid JSON' };
  }
  return ordersHandler(event, context);
};`,
    },
    {
      name: 'CJS: quiet: the loop only lower-cases the events headers before the hand-off to another modules handler',
      code: `const { apiHandler } = require('./api');

exports.handler = async (event, context) => {
  for (const name of Object.keys(event.headers || {})) {
    event.headers[name.toLowerCase()] = event.headers[name];
  }
  return apiHandler(event, context);
};`,
    },
    {
      name: 'CJS: quiet: it only strips the stage prefix from the path with a let and hands off',
      code: `const { apiHandler } = require('./api');

exports.handler = async (event, context) => {
  let path = event.path;
  if (path.startsWith('/prod')) path = path.slice(5);
  event.path = path;
  return apiHandler(event, context);
};`,
    },
    {
      name: 'CJS: quiet: the handler relays another modules result, its catch answers Lambda with an error response',
      code: `const api = require('./lib/api');

module.exports.handler = async (event, context, callback) => {
  try {
    callback(null, await api.route(event));
  } catch (e) {
    callback(null, { statusCode: 500, body: JSON.stringify({ message: e.message }) });
  }
};`,
    },
    {
      name: 'CJS: quiet: the handler only relays another modules result through a const to Lambdas callback',
      code: `const api = require('./lib/api');

module.exports.handler = async (event, context, callback) => {
  try {
    const result = await api.route(event);
    callback(null, result);
  } catch (e) {
    callback(e);
  }
};`,
    },
    {
      name: 'CJS: quiet: the try only answers a constant, so its catch (which would log) never runs',
      code: `exports.handler = async () => {
  try {
    const body = JSON.stringify({ message: 'pong' });
    return { statusCode: 200, body };
  } catch (e) {
    console.error('failed', e);
    return { statusCode: 500 };
  }
};`,
    },
    {
      name: 'CJS: a switch dispatcher after a route lookup, every case handing off or answering (fall-through and blocks too)',
      code: `const ordersHandler = require('./orders').handler;
const usersHandler = require('./users').handler;
const ROUTES = require('./routes');

module.exports.handler = async (event) => {
  const actions = Object.keys(ROUTES);
  const action = actions.find((key) => ROUTES[key] === event.resource);
  if (!action) return { statusCode: 404 };
  switch (action) {
    case 'ORDERS':
    case 'ORDER':
      return ordersHandler(event, ROUTES[action]);
    case 'USERS': {
      return usersHandler(event, ROUTES[action]);
    }
    default:
      return { statusCode: 404 };
  }
};`,
    },
    {
      name: 'CJS: a thin adapter handing the awaited result to the callback and the error to it from its catch',
      code: `const scoreboard = require('./scoreboard');

exports.handler = async (event, context, callback) => {
  try {
    callback(null, await scoreboard.leaderboard(event.school));
  } catch (e) {
    callback(e);
  }
};`,
    },
    {
      name: 'CJS: SAM hello-world, a module let given a constant in a try whose catch never runs, then returned',
      code: `// const axios = require('axios')
// const url = 'http://checkip.amazonaws.com/';
let response;

/**
 *
 * Event doc: https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format
 * @param {Object} event - API Gateway Lambda Proxy Input Format
 *
 */
exports.lambdaHandler = async (event, context) => {
    try {
        // const ret = await axios(url);
        response = {
            'statusCode': 200,
            'body': JSON.stringify({
                message: 'hello world',
                // location: ret.data.trim()
            })
        }
    } catch (err) {
        console.log(err);
        return err;
    }

    return response
};`,
    },
    {
      name: 'CJS: a stub that returns its callback answering a constant does nothing to audit',
      code: `exports.handler = function (event, context, callback) {
  return callback(null, { statusCode: 200, body: JSON.stringify({ private: true }) });
};`,
    },
    {
      name: 'CJS: a dispatcher handing its event and context to another module handler chosen by the kind of event (also through .call), answering the rest with its callback',
      code: `const index = (event, context, callback) => {
  if (event.source === 'aws.guardduty') {
    require('./monitor').handler.call(null, event, context, callback);
  } else if (event.Records) {
    return require('./generator').handler(event, context, callback);
  } else {
    callback('Invalid event.');
  }
};
exports.handler = index;`,
    },
    {
      name: 'CJS: a Jovo host whose app a local server branch (a command-line flag) configures with code of the file: that code never runs in Lambda',
      code: `const { ExpressJS, Lambda, Webhook } = require('jovo-framework');
const { app } = require('./app.js');
if (process.argv.indexOf('--webhook') > -1) {
  Webhook.jovoApp = app;
  Webhook.post('/webhook', async (req, res) => {
    await app.handle(new ExpressJS(req, res));
  });
}
exports.handler = async (event, context, callback) => {
  await app.handle(new Lambda(event, context, callback));
};`,
    },
    {
      name: "CJS: a framework's Lambda host handing Lambda's own arguments, in its host class, to the app of another module (Jovo v3)",
      code: `const { Lambda } = require('jovo-framework');
const { app } = require('./app.js');
exports.handler = async (event, context, callback) => {
  await app.handle(new Lambda(event, context, callback));
};`,
    },
    {
      name: 'CJS: an Alexa skill (ASK SDK v2) exported as the builder’s lambda()',
      code: `const Alexa = require('ask-sdk-core');
const ErrorHandler = { canHandle: () => true, handle: (input) => input.responseBuilder.speak('Sorry').getResponse() };
exports.handler = Alexa.SkillBuilders.custom().addErrorHandlers(ErrorHandler).lambda();`,
    },
    {
      name: "CJS: callback-era thin adapters whose callbacks only relay to Lambda's (then/catch, context.done)",
      code: `const Api = require('./src/Api');
const lib = require('../../lib');
exports.handler = function (event, context, callback) {
  return Api.routeEvents(event).then((res) => callback(null, res)).catch((err) => callback(err));
};
module.exports.lambdaHandler = function (event, context) {
  lib.multiCreate(event, function (error, response) {
    return context.done(error, response);
  });
};`,
    },
    {
      name: "CJS: Lambda's answers handed to then as they are (context.done, context.fail, callback), after a var never written again, and an imported renderer's result in Promise.resolve",
      code: `const convert = require('./convert');
const htmlResponse = require('./html-response');
exports.handler = function (event, context) {
  convert(event.Records[0].s3.bucket.name, event.Records[0].s3.object.key).then(context.done, context.fail);
};
exports.lambdaHandler = (event, context, callback) => convert(event.Records[0].s3.object.key).then(null, callback);
exports.fromRecord = function (event, context) {
  var eventRecord = event.Records && event.Records[0];
  convert(eventRecord.s3.bucket.name, eventRecord.s3.object.key).then(context.done, context.fail);
};
module.exports.main = (event, context) => {
  const body = '<html><body><h1>Hello</h1></body></html>';
  return Promise.resolve(htmlResponse(body));
};`,
      settings: { 'lambda-guard': { handlerNames: ['main', 'fromRecord'] } },
    },
    {
      name: "CJS: the Node.js 0.10 runtime's context.succeed stub, and a Cognito trigger's callback(null, event)",
      code: `exports.handler = function (event, context) {
  context.succeed('');
};
module.exports.lambdaHandler = (event, context, callback) => {
  callback(null, event);
};`,
    },
    {
      name: "CJS: Amplify's trigger dispatcher handing the event to each module's handler through Promise.all",
      code: `const moduleNames = process.env.MODULES.split(',');
const modules = moduleNames.map((name) => require(\`./\${name}\`));
exports.handler = async (event) => {
  await Promise.all(modules.map((module) => module.handler(event)));
  return event;
};`,
    },
    {
      name: 'CJS: a handler made lazily elsewhere, awaited in place, given every argument or the event and context',
      code: `const { newHandler } = require('./handler-impl');
const { container } = require('./services');
const initHandler = (async () => {
  await container.initServices();
  return newHandler({ log: await container.find('log') });
})();
const handlerPromise = newHandler({ log: console });
module.exports.handler = async (...args) => {
  return (await initHandler)(...args);
};
module.exports.lambdaHandler = async (event, context) => (await handlerPromise)(event, context);`,
    },
    {
      name: 'CJS: a stub that never reads its event, and one that only throws',
      code: `module.exports.handler = async (event) => ({ statusCode: 200, body: 'foo' });
exports.lambdaHandler = function () { throw new TypeError(\`fails on purpose: \${'dlq'}\`); };`,
    },
    {
      name: "CommonJS: a local object carrying console.log (or the caller's logger) as its log property logs through it",
      code: `const AWS = require('aws-sdk');
exports.handler = function (event, context, callback, overrides) {
  const data = {
    event,
    log: overrides && overrides.log ? overrides.log : console.log,
    ses: new AWS.SES(),
  };
  data.ses.sendRawEmail({ RawMessage: { Data: event.raw } }).promise()
    .then(() => { data.log({ level: 'info', message: 'Process finished successfully.' }); callback(); })
    .catch((err) => { data.log({ level: 'error', message: 'Step returned an error', error: err.stack }); callback(err); });
};`,
    },
    {
      name: 'CommonJS: a handler wrapped by makeIdempotent that logs through Powertools',
      code: `const { makeIdempotent } = require('@aws-lambda-powertools/idempotency');
const { Logger } = require('@aws-lambda-powertools/logger');
const logger = new Logger();
const persistenceStore = {};
exports.handler = makeIdempotent(async (event) => {
  logger.info('payment created', { id: event.id });
  return { statusCode: 200 };
}, { persistenceStore });`,
    },
    {
      name: 'apollo-server-lambda called inside the handler, after a warm-up check: the framework behind it logs',
      code: `const { ApolloServer } = require('apollo-server-lambda');
const server = new ApolloServer({ typeDefs, resolvers });
exports.handler = (event, context, callback) => {
  context.callbackWaitsForEmptyEventLoop = false;
  if (event.source === 'serverless-plugin-warmup') return callback(null, 'Lambda is warm!');
  return server.createHandler()(event, context, callback);
};`,
    },
    {
      name: 'a thin adapter that returns the result of the project module it hands the event to, through a const',
      code: `const controller = require('./PeopleController');
exports.handler = async (event) => {
  const response = await controller.getById(event);
  return response;
};`,
    },
    {
      name: 'CommonJS: a level function required by name from a logging module',
      code: `const { warn } = require('./log');
exports.handler = async (event) => {
  if (!event.id) warn('no id');
  await save(event);
};`,
    },
    {
      name: 'CommonJS: a level function required under another name from a logger module',
      code: `const { info: note } = require('../utils/request-logger');
exports.handler = async (event) => {
  await save(event);
  note('saved');
};`,
    },
    {
      name: 'CommonJS: a thin adapter relaying through a const after setting up the logger',
      code: `const { logger } = require('./lib/logger');
const { handleTxmaEvent } = require('./txma');
exports.handler = async (event, context) => {
  logger.addContext(context);
  const result = await handleTxmaEvent(event);
  return result;
};`,
    },
    {
      name: "CommonJS: thin adapters given nothing: a package's function, a member of a subpath import (#jobs/reap)",
      code: `const { trackInventory } = require('@acme/core/order');
const reap = require('#jobs/reap');
exports.handler = async () => {
  await trackInventory();
};
exports.reaper = async (event, context) => reap.run();`,
      settings: { 'lambda-guard': { handlerNames: ['reaper'] } },
    },
    {
      name: "SST's placeholder function: exports.handler = () => {}",
      code: `"use strict";
exports.handler = () => {};`,
    },
    {
      name: 'a single object written once before the console call is as structured as the literal in it',
      code: `exports.handler = async (event) => {
  const entry = { message: 'saved', id: event.id };
  console.log(entry);
  await save(event);
};`,
    },
    {
      name: "a Serverless Framework deploy hook named handler, (data, serverless, options): not a Lambda handler",
      code: `const fs = require('fs');
const handler = async (data, serverless, options) => { fs.writeFileSync('.env.local', data.ServiceEndpoint); };
module.exports = { handler };`,
    },
    {
      name: 'a thin adapter: the event handed to an imported function, a namespace member, a method of a module-level instance of an imported class',
      code: `'use strict';
const { save } = require('./store');
const lib = require('./lib/responseManager.js');
const { Matcher } = require('@acme/search');
const matcher = new Matcher(process.env.TOPIC);
exports.handler = async (event) => save(event);
exports.lambdaHandler = async function (event) {
  try {
    return await lib.respond(event);
  } catch (err) {
    return { statusCode: 400, body: String(err) };
  }
};
module.exports.match = async (event) => {
  await matcher.match(event);
};`,
      settings: { 'lambda-guard': { handlerNames: ['match'] } },
    },
    {
      name: "a logging module of the project imported whole under any name logs (`qnabot.log(…)` from 'qnabot/logging')",
      code: `const qnabot = require('qnabot/logging');
async function routeRequest(event, context) {
  const hits = await Promise.all([event.question, context.awsRequestId]);
  return { statusCode: 200, body: JSON.stringify(hits) };
}
exports.handler = async (event, context) => {
  qnabot.log(\`event: \${event.type}\`);
  return routeRequest(event, context);
};`,
    },
    {
      name: 'a template holding only JSON.stringify(…) prints what JSON.stringify prints: a structured line',
      code: `exports.handler = async (event) => {
  console.log(\`\${JSON.stringify({ message: 'request received', requestType: event.RequestType })}\`);
  return { ok: true };
};`,
    },
    {
      name: "a Probot GitHub App served through @probot/adapter-aws-lambda-serverless logs through Probot's logger",
      code: `const { createLambdaFunction, createProbot } = require('@probot/adapter-aws-lambda-serverless');
const appFn = require('./app');
module.exports.webhooks = createLambdaFunction(appFn, { probot: createProbot() });
module.exports.handler = function () {
  const probot = createProbot();
  return appFn(probot, {}).syncInstallation();
};`,
    },
    {
      name: 'thin adapters through an instance of an imported class made for the call, or fetched from it (a singleton)',
      code: `const ConfirmController = require('./confirm-controller');
const { Processor } = require('./services/processor');
const { Router } = require('@acme/router');
module.exports = {
  confirm: (event, context, callback) => new ConfirmController().execute(event, context, callback),
  handler: async (event) => Processor.getInstance().processRequest(event),
  route: async (event) => {
    try {
      return await Router.create().route(event);
    } catch (err) {
      return { statusCode: 500, body: 'An error has occurred' };
    }
  },
};`,
      settings: { 'lambda-guard': { handlerNames: ['confirm', 'route'] } },
    },
    {
      name: "a thin adapter whose arguments hold values JavaScript's built-ins compute (dates, JSON.parse, Math, String)",
      code: `const { success } = require('./response');
exports.handler = async () => success({ status: 'healthy', timestamp: new Date().toISOString(), at: Date.now() });
exports.lambdaHandler = async (event) => success(JSON.parse(event.body), Math.round(Number(event.ms)), String(event.id));`,
    },
    {
      name: "Amplify's generated trigger dispatcher: event and context handed to the modules' own handlers",
      code: `exports.handler = (event, context, callback) => {
  const modules = process.env.MODULES.split(',');
  for (let i = 0; i < modules.length; i += 1) {
    const { handler } = require(\`./\${modules[i]}\`);
    handler(event, context, callback);
  }
};
const modules = process.env.MODULES.split(',').map((name) => require(\`./\${name}\`));
exports.lambdaHandler = async (event, context) => {
  for (const module of modules) event = await module.handler(event, context);
  return event;
};`,
    },
  ],
  invalid: [
    {
      name: "CJS: an imported factory given the work itself (a statement) or the event, and a set-up name that is an alias of other work, are the handler's own",
      code: `const sql = require('pg-sql-runner');
exports.handler = (event, context) => sql('DELETE FROM orders WHERE id = $1')(event, context);`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 9, endLine: 2, endColumn: 16, suggestions: [] }],
    },
    {
      name: 'CJS: factory options read from the event',
      code: `const { makeProcessor } = require('./processor');
exports.handler = (event, context) => makeProcessor({ table: event.table })(event, context);`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 9, endLine: 2, endColumn: 16, suggestions: [] }],
    },
    {
      name: 'CJS: a call imported under a set-up name is judged by the name it is exported as',
      code: `const { deleteAll: initLogger } = require('./db');
const { processOrder } = require('./orders');
exports.handler = async (event) => { initLogger(event); return processOrder(event); };`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] }],
    },
    {
      name: "CJS: a callback that does work in a branch (sends mail) is the handler's own code",
      code: `const api = require('./src/api');
module.exports.worker = (event, context, callback) => {
  api.run(event, context, (err, r) => {
    if (err) context.succeed(err);
    else sendMail(r);
    callback(null, r);
  });
};`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'worker' }, line: 2, column: 16, endLine: 2, endColumn: 22, suggestions: [] }],
    },
    {
      name: "CJS: an imported factory's handler called in place with values of the handler's own, not its input",
      code: `const lambdaPlayground = require('graphql-playground-middleware-lambda').default;
exports.handler = (event, context, callback) => lambdaPlayground({ endpoint: '/x' })({ a: 1 }, context, callback);`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 9, endLine: 2, endColumn: 16, suggestions: [] }],
    },
    {
      name: "CJS: a call of a logger-named module that sets up something else is the handler's own work",
      code: `var logger = require('../lib/index');
var action = require('./action');
module.exports.handler = function (event, context) {
  logger.configureDatabase(event, context);
  action.respond(event, function (error, response) { return context.done(error, response); });
};`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 16, endLine: 3, endColumn: 23, suggestions: [] }],
    },
    {
      name: 'CJS: a lazy server the file makes itself, or one set to anything else, is judged',
      code: `const { createApp } = require('./app');
let own;
let mixed;
const makeOwn = async () => async (event) => fetch(event.url);
exports.handler = async (event, context) => {
  own = own ?? (await makeOwn());
  return own(event, context);
};
exports.lambdaHandler = async (event, context) => {
  mixed = mixed || (await createApp());
  return mixed(event, context);
};
mixed = () => null;`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 5, column: 9, endLine: 5, endColumn: 16, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 9, column: 9, endLine: 9, endColumn: 22, suggestions: [] },
      ],
    },
    {
      name: 'CJS: a lazy handler another module makes from a function of this file is judged',
      code: `const { makeHandler } = require('./app');
let wrapped;
exports.handler = async (event, context) => {
  wrapped = wrapped ?? makeHandler(async (e) => fetch(e.url));
  return wrapped(event, context);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: I/O of its own before the hand-off to a lazy server is judged',
      code: `const { createApp } = require('./app');
let app;
exports.handler = async (event, context) => {
  app = app ?? (await createApp());
  await fetch(event.url);
  return app(event, context);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS (espree): a text line at the top of the module and one in a catch: the module writes text',
      code: `const AWS = require('aws-sdk');
console.log('Loading function');
exports.handler = async (event) => {
  try {
    await new AWS.S3().putObject({ Bucket: 'b', Key: event.key, Body: '' }).promise();
  } catch (error) {
    console.error('Upload failed:', error);
  }
};`,
      output: null,
      errors: [{ messageId: 'unstructuredLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] }],
    },
    {
      name: "CJS: a client or Node module required inside the handler does the handler's own work",
      code: `exports.handler = async (event) => {
  const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');
  return new S3Client({}).send(new PutObjectCommand({ Bucket: 'b', Key: event.id, Body: '' }));
};`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 9, endLine: 1, endColumn: 16, suggestions: [] }],
    },
    {
      name: 'CJS: a handler whose only lines are a helper\'s template strings logs only unstructured text',
      code: `function parse(params) {
  const data = { items: params.items.length };
  console.log(\`Parsed \${JSON.stringify(data)}\`);
  return data;
}
exports.handler = async (params) => await parse(params);`,
      output: null,
      errors: [{ messageId: 'unstructuredLogging', data: { name: 'handler' }, line: 6, column: 9, endLine: 6, endColumn: 16, suggestions: [] }],
    },
    {
      name: 'CJS: a scheduled clean-up exported beside a serverless-http export is judged',
      code: `const serverless = require('serverless-http');
const app = require('./app');
exports.api = serverless(app);
exports.handler = async () => {
  await fetch('https://example.com/cleanup', { method: 'POST' });
};`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 9, endLine: 4, endColumn: 16, suggestions: [] }],
    },
    {
      name: 'CJS: a structured line under a module const false never runs',
      code: `const verbose = false;
exports.handler = async (event) => {
  await save(event);
  if (verbose) console.log(JSON.stringify({ id: event.id }));
};`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 9, endLine: 2, endColumn: 16, suggestions: [] }],
    },
    {
      name: 'CJS: reported: a promise around a hand-over that also does work of its own, or that settles with a value it computes',
      code: `const { resource } = require('/opt/lib/cfn');
const db = require('./db');
exports.handler = async (event, context) => {
  return new Promise((resolve, reject) => {
    context.done = (error, result) => (error ? reject(error) : resolve(result));
    db.write(event.id);
    resource(event, context);
  });
};
module.exports.lambdaHandler = async (event, context) =>
  new Promise((resolve, reject) => {
    context.done = (error, result) => (error ? reject(error) : resolve({ id: event.id, result }));
    resource(event, context);
  });`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 10, column: 16, endLine: 10, endColumn: 29, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: a parameter default that calls a function is work, not a constant',
      code: `function defaults() {
  return { source: 'manual' };
}
exports.handler = async (event = defaults()) => {
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 9, endLine: 4, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: in an authorizers file, public routes answering constant HTTP responses are stubs; a constant answer that is no HTTP response may be a gate left open',
      code: `const jwt = require('jsonwebtoken');
module.exports.auth = (event, context, callback) => {
  const decoded = jwt.verify(event.authorizationToken, process.env.SECRET);
  callback(null, { principalId: decoded.sub, policyDocument: { Version: '2012-10-17', Statement: [] } });
};
module.exports.publicEndpoint = (event, context, callback) =>
  callback(null, { statusCode: 200, body: JSON.stringify({ message: 'Hi from the public API' }) });
module.exports.connect = (event, context, cb) => {
  cb(null, { statusCode: 200, body: 'Connected.' });
};
module.exports.allowAll = (event, context, callback) => callback(null, 'Allow');
module.exports.openGate = (event, context, callback) =>
  callback(null, { principalId: 'anyone', policyDocument: { Version: '2012-10-17', Statement: [] } });`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'auth' }, line: 2, column: 16, endLine: 2, endColumn: 20, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'allowAll' }, line: 11, column: 16, endLine: 11, endColumn: 24, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'openGate' }, line: 12, column: 16, endLine: 12, endColumn: 24, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: a nested try rethrows, so the outer catch runs and answers with the error message',
      code: `exports.handler = async () => {
  let response = null;
  try {
    try {
      throw new Error('not ready');
    } catch (e) {
      throw new Error('wrapped');
    }
    response = { statusCode: 200 };
  } catch (err) {
    response = { statusCode: 500, body: err.message };
  }
  return response;
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 9, endLine: 1, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: a SenseLogs logger made but never called nor handed on writes no line',
      code: `const SenseLogs = require('senselogs');
const AWS = require('aws-sdk');
const log = new SenseLogs();
const ddb = new AWS.DynamoDB.DocumentClient();

exports.handler = async (event) => {
  await ddb.put({ TableName: 'orders', Item: JSON.parse(event.body) }).promise();
  return { statusCode: 201 };
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 6, column: 9, endLine: 6, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the handler saves the parsed body through an imported repository object: it stores data itself',
      code: `const { repository } = require('../lib/repository');

exports.handler = async (event) => repository.save(JSON.parse(event.body));`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the implicit global cache answered by the handler is filled by a helper (Object.assign) other code calls',
      code: `exports.handler = async () => {
  cache = { statusCode: 200, body: '[]' };
  return cache;
};
exports.warm = async (items) => {
  Object.assign(cache, { body: JSON.stringify(items) });
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 9, endLine: 1, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the implicit global response is handed to a module helper that sets a header from the environment before any call; the helper mutates what is answered',
      code: `const { addSecurityHeaders } = require('./headers');
exports.handler = async () => {
  response = { statusCode: 200, body: '{"ok":true}' };
  return response;
};
exports.init = () => addSecurityHeaders(response);`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 9, endLine: 2, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: util.callbackify logs nothing: the wrapped export runs the same unlogged payment code',
      code: `const { callbackify } = require('node:util');
const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
const sqs = new SQSClient({});

async function handler(event) {
  const payment = JSON.parse(event.body);
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.PAYMENTS_QUEUE, MessageBody: JSON.stringify(payment) }));
  return { statusCode: 202 };
}

module.exports = { handler, legacyHandler: callbackify(handler) };`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 11, column: 20, endLine: 11, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: registry.register(refund, handler) returns a registration record, not a wrapped handler; the bare handler refunds payments without logging',
      code: `const { registry } = require('./jobs/registry');
const stripe = require('stripe')(process.env.STRIPE_KEY);

async function handler(event) {
  await stripe.refunds.create({ payment_intent: event.detail.paymentIntent });
  return { refunded: true };
}

exports.handler = handler;
exports.registration = registry.register('refund', handler);`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 9, column: 9, endLine: 9, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: Sentrys wrapper reports errors but logs nothing per call; the handler rotates keys silently',
      code: `const Sentry = require('@sentry/serverless');
const { IAMClient, CreateAccessKeyCommand } = require('@aws-sdk/client-iam');
const iam = new IAMClient({});

async function handler(event) {
  const key = await iam.send(new CreateAccessKeyCommand({ UserName: event.userName }));
  await storeKey(key);
  return { rotated: true };
}
async function storeKey() {}

module.exports = { handler, main: Sentry.AWSLambda.wrapHandler(handler) };`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 12, column: 20, endLine: 12, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the implicit global the handler returns is also set by a helper from data it fetched: the answer is not a constant',
      code: `const https = require('https');
function load(url) {
  https.get(url, (res) => {
    response = { statusCode: res.statusCode, body: 'fetched' };
  });
}
exports.lambdaHandler = async (event, context) => {
  try {
    response = { statusCode: 200, body: JSON.stringify({ message: 'hello world' }) };
    return response;
  } catch (err) {
    console.log(err);
    return err;
  }
};
load(process.env.WARM_URL);`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 7, column: 9, endLine: 7, endColumn: 22, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the handler runs a shell command built from the event (execSync) itself; only the formatting of the answer is handed over',
      code: `const { execSync } = require('child_process');
const { respond } = require('./lib/http');

exports.handler = async (event) => {
  const output = execSync(\`convert /tmp/\${event.pathParameters.file} -resize 200x200 /tmp/thumb.png\`);
  return respond(output);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 9, endLine: 4, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: db.get(users) is a database collection, not a DI container: removing the record named by the request is the handlers own DB write',
      code: `const { db } = require('./db');

exports.handler = async (event) => {
  const users = db.get('users');
  return users.remove({ _id: event.pathParameters.id });
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the handler makes a document of the request body and saves it: its own database write',
      code: `const User = require('../models/user');

module.exports.handler = async (event) => {
  const user = new User(JSON.parse(event.body));
  return user.save();
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 16, endLine: 3, endColumn: 23, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the handler unpacks the uploaded archive (spawnSync tar) before dispatching',
      code: `const { spawnSync } = require('child_process');
const { zipHandler } = require('./zip');
const { tarHandler } = require('./tar');

exports.handler = async (event, context) => {
  spawnSync('tar', ['-xzf', \`/tmp/\${event.key}\`, '-C', '/tmp/out']);
  switch (event.kind) {
    case 'zip':
      return zipHandler(event, context);
    case 'tar':
      return tarHandler(event, context);
    default:
      return { statusCode: 400 };
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 5, column: 9, endLine: 5, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the handler runs a clamscan of the uploaded file (execFileSync) beside the hand-off in the try',
      code: `const { execFileSync } = require('child_process');
const { uploadHandler } = require('./upload');

exports.handler = async (event, context) => {
  try {
    execFileSync('/opt/bin/clamscan', [\`/tmp/\${event.Records[0].s3.object.key}\`]);
    return uploadHandler(event, context);
  } catch (error) {
    return { statusCode: 500 };
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 9, endLine: 4, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: one branch of the dispatcher queries OpenSearch itself (search is in READING_METHODS, so onlyDispatches takes it for an answer)',
      code: `const { Client } = require('@opensearch-project/opensearch');
const { handler: indexProductHandler } = require('./index-product');

const client = new Client({ node: process.env.OPENSEARCH_ENDPOINT });

exports.handler = async (event, context) => {
  if (event.Records) {
    return indexProductHandler(event, context);
  } else if (event.httpMethod === 'GET') {
    return client.search({
      index: 'products',
      body: { query: { multi_match: { query: event.queryStringParameters.q, fields: ['name', 'description'] } } },
    });
  } else {
    return { statusCode: 400, body: 'Unsupported event' };
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 6, column: 9, endLine: 6, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: before handing over it archives every record to S3 itself (event.Records.forEach(archiveRecord), a local function passed by reference)',
      code: `const AWS = require('aws-sdk');
const { handler: processHandler } = require('./process');

const s3 = new AWS.S3();

function archiveRecord(record) {
  s3.putObject(
    { Bucket: process.env.ARCHIVE_BUCKET, Key: \`raw/\${record.messageId}.json\`, Body: record.body },
    () => {},
  );
}

exports.handler = async (event, context) => {
  event.Records.forEach(archiveRecord);
  try {
    return await processHandler(event, context);
  } catch (error) {
    return { statusCode: 500, body: 'processing failed' };
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 13, column: 9, endLine: 13, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the helper of the file the handler calls first writes to DynamoDB',
      code: `const index = require('./index');
const { DynamoDBClient, PutItemCommand } = require('@aws-sdk/client-dynamodb');
const ddb = new DynamoDBClient({});

exports.handler = async (event, context) => {
  process.env.LAST_SEEN = remember(event);
  return index.handler(event, context);
};

function remember(event) {
  ddb.send(new PutItemCommand({ TableName: 'seen', Item: { id: { S: event.id } } }));
  return event.id;
}`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 5, column: 9, endLine: 5, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the handler writes an audit record itself (a promise kept in a const) before handing off in a try',
      code: `const { DynamoDB } = require('aws-sdk');
const { ordersHandler } = require('./orders');

const db = new DynamoDB.DocumentClient();

exports.handler = async (event, context) => {
  const auditWrite = db.put({ TableName: process.env.AUDIT_TABLE, Item: { id: event.requestContext.requestId, path: event.path } }).promise();
  try {
    return await ordersHandler(event, context);
  } catch (error) {
    return { statusCode: 500, body: JSON.stringify({ message: 'Internal error' }) };
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 6, column: 9, endLine: 6, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the first if runs the handlers own cleanup (a DynamoDB scan and delete) before the dispatcher',
      code: `const { DynamoDB } = require('aws-sdk');
const { sqsHandler } = require('./sqs');
const { apiHandler } = require('./api');

const db = new DynamoDB.DocumentClient();

function purgeExpiredSessions() {
  return db.scan({ TableName: process.env.SESSIONS_TABLE }).promise().then(({ Items }) =>
    Promise.all(Items.filter((i) => i.expiresAt < Date.now()).map((i) => db.delete({ TableName: process.env.SESSIONS_TABLE, Key: { id: i.id } }).promise())),
  );
}

exports.handler = async (event, context) => {
  if (event.source === 'aws.events') return purgeExpiredSessions();
  if (event.Records) {
    return sqsHandler(event, context);
  } else {
    return apiHandler(event, context);
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 13, column: 9, endLine: 13, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the loop archives each record to S3 itself beside the hand-off',
      code: `const { S3 } = require('aws-sdk');
const { recordHandler } = require('./record');

const s3 = new S3();

exports.handler = async (event, context) => {
  for (const record of event.Records) {
    await s3.putObject({ Bucket: process.env.ARCHIVE_BUCKET, Key: record.messageId, Body: record.body }).promise();
    await recordHandler(event, context);
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 6, column: 9, endLine: 6, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the handler writes the order itself and passes the writes answer to the hand-off',
      code: `const { DynamoDB } = require('aws-sdk');
const { confirmationHandler } = require('./confirmation');

const db = new DynamoDB.DocumentClient();

exports.handler = async (event, context) => {
  const order = JSON.parse(event.body);
  const result = await db.put({ TableName: process.env.ORDERS_TABLE, Item: order }).promise();
  return confirmationHandler(event, context, result);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 6, column: 9, endLine: 6, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the try throws, so the catch runs every time and writes a failure record to DynamoDB',
      code: `const { DynamoDB } = require('aws-sdk');
const db = new DynamoDB.DocumentClient();

exports.handler = async () => {
  try {
    throw new Error('Payments endpoint is not implemented yet');
  } catch (error) {
    await db.put({ TableName: process.env.FAILURES_TABLE, Item: { id: String(Date.now()), message: error.message } }).promise();
    return { statusCode: 501, body: JSON.stringify({ message: error.message }) };
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 9, endLine: 4, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the module let the handler answers with is filled with stored data by another function',
      code: `const { DynamoDB } = require('aws-sdk');
const db = new DynamoDB.DocumentClient();
let response;

async function refresh() {
  const { Items } = await db.scan({ TableName: process.env.TABLE }).promise();
  response.body = JSON.stringify(Items);
}

setInterval(refresh, 60000);

exports.handler = async () => {
  response = { statusCode: 200, body: '[]' };
  return response;
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 12, column: 9, endLine: 12, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: not switch dispatchers: a case that does work, a switch after work of the handler',
      code: `const ordersHandler = require('./orders').handler;
const { save, audit } = require('./store');

module.exports.handler = async (event, context) => {
  switch (event.resource) {
    case '/orders':
      return ordersHandler(event, context);
    case '/archive':
      await save(event);
      break;
    default:
      return { statusCode: 404 };
  }
};

module.exports.lambdaHandler = async (event, context) => {
  await audit(event.resource);
  switch (event.resource) {
    case '/orders':
      return ordersHandler(event, context);
    default:
      return { statusCode: 404 };
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 16, endLine: 4, endColumn: 23, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 16, column: 16, endLine: 16, endColumn: 29, suggestions: [] },
      ],
    },
    {
      name: 'CJS: a catch that awaits an alert before the callback is work of the handler',
      code: `const scoreboard = require('./scoreboard');
const { alert } = require('./alerts');

exports.handler = async (event, context, callback) => {
  try {
    callback(null, await scoreboard.leaderboard(event.school));
  } catch (e) {
    await alert(e);
    callback(e);
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 9, endLine: 4, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: not stubs: a try that awaits before its constant, a module let given the event body',
      code: `const axios = require('axios');
const url = 'http://checkip.amazonaws.com/';
let response;

exports.lambdaHandler = async (event, context) => {
  try {
    const ret = await axios(url);
    response = { statusCode: 200, body: JSON.stringify({ message: 'hello world', location: ret.data.trim() }) };
  } catch (err) {
    console.log(err);
    return err;
  }
  return response;
};

let last;
exports.handler = async (event) => {
  last = { statusCode: 200, body: event.body };
  return last;
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 5, column: 9, endLine: 5, endColumn: 22, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 17, column: 9, endLine: 17, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: a console line carrying event data before the hand-off is no constant line',
      code: `const { Delegate } = require('./delegate');

exports.handler = async (event) => {
  console.log('handler triggered', event.id);
  await new Delegate().processMessages(event);
};`,
      output: null,
      errors: [
        { messageId: 'unstructuredLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: a returned callback answering with the event body is no stub',
      code: `exports.handler = function (event, context, callback) {
  return callback(null, { statusCode: 200, body: event.body });
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 9, endLine: 1, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: a dispatch loop over modules followed by a notification of its own is not only a hand-off',
      code: `const { notify } = require('./notify');
const modules = process.env.MODULES.split(',').map((name) => require(\`./\${name}\`));

exports.handler = async (event, context) => {
  for (const module of modules) await module.handler(event, context);
  await notify(event);
  return event;
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 9, endLine: 4, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: an early hand-off under an if without else, then work of its own, is no dispatcher',
      code: `const { DynamoDBClient, PutItemCommand } = require('@aws-sdk/client-dynamodb');
const { warmupHandler } = require('./warmup');
const ddb = new DynamoDBClient({});
exports.handler = async (event, context) => {
  if (event.source === 'serverless-plugin-warmup') return warmupHandler(event, context);
  const order = JSON.parse(event.body);
  await ddb.send(new PutItemCommand({ TableName: process.env.TABLE, Item: { id: { S: order.id } } }));
  return { statusCode: 201, body: JSON.stringify({ id: order.id }) };
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 9, endLine: 4, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: not dispatchers: a branch that does work of its own, a branch handing off to a handler of the file',
      code: `const { save } = require('./store');
const localHandler = async (event) => save(event);
exports.handler = async (event, context, callback) => {
  if (event.source === 'aws.guardduty') {
    require('./monitor').handler.call(null, event, context, callback);
  } else {
    await save(event);
  }
};
exports.lambdaHandler = async (event, context) => {
  if (event.Records) {
    return localHandler(event, context);
  } else {
    return require('./generator').handler(event, context);
  }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 10, column: 9, endLine: 10, endColumn: 22, suggestions: [] },
      ],
    },
    {
      name: 'CJS: the same app configured with code of the file under a test that may hold in Lambda',
      code: `const { ExpressJS, Lambda, Webhook } = require('jovo-framework');
const { app } = require('./app.js');
if (process.env.WEBHOOK) {
  Webhook.jovoApp = app;
  Webhook.post('/webhook', async (req, res) => {
    await app.handle(new ExpressJS(req, res));
  });
}
exports.handler = async (event, context, callback) => {
  await app.handle(new Lambda(event, context, callback));
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 9, column: 9, endLine: 9, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: "CJS: a module's value answered whole is no constant stub (an old authorizer's policy document)",
      code: `const allowAll = require('./policies/allow-all.json');
exports.handler = function (event, context) { context.succeed(allowAll); };`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 9, endLine: 2, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CJS: each handler a factory makes, assigned to exports',
      code: `const make = (name) => async (event) => ({ statusCode: 200, body: await fetch(name + event.path) });
exports.handler = make('a');
exports.lambdaHandler = make('b');`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 9, endLine: 2, endColumn: 16, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 3, column: 9, endLine: 3, endColumn: 22, suggestions: [] },
      ],
    },
    {
      name: "CJS: callbacks that do work of their own, or hand the result elsewhere, are not relays to Lambda's",
      code: `const Api = require('./src/Api');
const { send } = require('./send');
exports.handler = function (event, context, callback) {
  return Api.routeEvents(event).then((res) => callback(null, { count: res.length })).catch((err) => callback(err));
};
exports.lambdaHandler = function (event, context, callback) {
  return Api.routeEvents(event).then((res) => send(res));
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 6, column: 9, endLine: 6, endColumn: 22, suggestions: [] },
      ],
    },
    {
      name: "CJS: context.succeed with the event's data, or a done of the file's own object, is work",
      code: `const state = { done: (value) => value };
exports.handler = function (event, context) {
  context.succeed(event.body);
};
exports.lambdaHandler = function (event, context) {
  state.done('x');
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 9, endLine: 2, endColumn: 16, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 5, column: 9, endLine: 5, endColumn: 22, suggestions: [] },
      ],
    },
    {
      name: 'CJS: a lazy handler the file itself makes is its own work, awaited in place or not',
      code: `const initHandler = (async () => async (event) => { await fetch(event.url); })();
const handlerPromise = Promise.resolve(async (event) => fetch(event.url));
module.exports.handler = async (...args) => (await initHandler)(...args);
module.exports.lambdaHandler = async (event, context) => (await handlerPromise)(event, context);`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 16, endLine: 3, endColumn: 23, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 4, column: 16, endLine: 4, endColumn: 29, suggestions: [] },
      ],
    },
    {
      name: 'CJS: work mapped over items, or handlers mapped without Promise.all, is judged',
      code: `const { save } = require('./store');
const modules = [require('./a'), require('./b')];
exports.handler = async (event) => {
  await Promise.all(event.Records.map((record) => save(record, event)));
};
exports.lambdaHandler = async (event) => {
  const results = modules.map((module) => module.handler(event));
  return results;
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 6, column: 9, endLine: 6, endColumn: 22, suggestions: [] },
      ],
    },
    {
      name: 'CJS: every argument forwarded to a function of the file, or only some of them to a lazy handler',
      code: `const { newHandler } = require('./handler-impl');
const initHandler = newHandler();
const work = async (...parts) => parts.length;
module.exports.handler = async (...args) => work(...args);
module.exports.lambdaHandler = async (...args) => (await initHandler)(...args.slice(1));`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 16, endLine: 4, endColumn: 23, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 5, column: 16, endLine: 5, endColumn: 29, suggestions: [] },
      ],
    },
    {
      name: 'CJS: a stub calling back with its event, or throwing an error class of its own, is judged',
      code: `const { NotFound } = require('./errors');
module.exports.handler = (event, context, callback) => callback(null, { statusCode: 200, body: event.body });
exports.lambdaHandler = function () { throw new NotFound('x'); };`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 16, endLine: 2, endColumn: 23, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 3, column: 9, endLine: 3, endColumn: 22, suggestions: [] },
      ],
    },
    {
      name: 'CommonJS: a log property holding no logger method, or one written after, is no log call',
      code: `const AWS = require('aws-sdk');
const noop = () => {};
exports.handler = function (event, context, callback) {
  const data = { log: noop, ses: new AWS.SES() };
  const other = { log: console.log };
  other.log = noop;
  data.ses.sendRawEmail({ RawMessage: { Data: event.raw } }).promise().then(() => {
    data.log({ level: 'info', message: 'sent' });
    other.log({ level: 'info', message: 'sent' });
    callback();
  });
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CommonJS: a level name required from a module not named for logging is no log call',
      code: `const { error } = require('./errors');
exports.handler = async (event) => {
  try { await save(event); } catch (err) { error(err); }
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 9, endLine: 2, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'CommonJS: a set-up method on a receiver not named like a logger is work of the handler',
      code: `const cache = require('./cache');
const { refresh } = require('./refresh');
exports.handler = async (event) => {
  cache.resetKeys();
  await refresh(event);
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: "CommonJS: a package's client the module makes, called with nothing, is the handler's own work",
      code: `const Redis = require('ioredis');
const redis = new Redis();
exports.handler = async () => {
  await redis.flushall();
};`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'a handler that shapes what the project module returned does work of its own',
      code: `const controller = require('./PeopleController');
exports.handler = async (event) => {
  const people = await controller.getAll(event);
  return { statusCode: 200, body: JSON.stringify(people) };
};`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 16,
          suggestions: [],
        },
      ],
    },
    {
      name: 'JSON.stringify of a string written once before the call is a quoted string, not an object',
      code: `const s = 'order saved ' + Date.now();
exports.handler = async (event) => { console.log(JSON.stringify(s)); await save(event); };`,
      output: null,
      errors: [
        { messageId: 'unstructuredLogging', data: { name: 'handler' }, line: 2, column: 9, endLine: 2, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'a handler whose only log line is written when the module runs as a program',
      code: `exports.handler = async (event) => ({ statusCode: 200, body: event.body });
if (require.main === module) console.log(JSON.stringify({ message: 'local run' }));`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 9, endLine: 1, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'event and context handed to a function of this file: still judged',
      code: `const { save } = require('./store');
function run(event, context) { return save(event.body, context.awsRequestId); }
exports.lambdaHandler = async (event, context) => run(event, context);`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 3, column: 9, endLine: 3, endColumn: 22, suggestions: [] },
      ],
    },
    {
      name: 'not a thin adapter: own logic beyond the call, an SDK or Node call, a function of this file riding along, a library given its own values',
      code: `const { saveOrder } = require('./store');
const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');
const fs = require('node:fs');
const s3 = new S3Client({});
const { Api } = require('./api');
const api = new Api();
api.on('created', async (order) => order.id);
exports.handler = async (event) => {
  const order = await saveOrder(event);
  return { statusCode: 200, body: JSON.stringify(order) };
};
exports.lambdaHandler = async (event) => { await s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: event.body })); };
module.exports.write = async (event) => fs.promises.writeFile('/tmp/order', event.body);
module.exports.withCallback = async (event) => saveOrder(event, async (order) => order.id);
module.exports.configured = async (event) => api.run(event);
module.exports.busyCatch = async (event) => {
  try { return await saveOrder(event); } catch (err) { await saveOrder(err); return { statusCode: 500 }; }
};
const { Metrics } = require('@acme/metrics');
const metrics = new Metrics({ namespace: 'orders' });
module.exports.metric = async (_event) => { metrics.addMetric('booked', 1); };`,
      settings: { 'lambda-guard': { handlerNames: ['write', 'withCallback', 'configured', 'busyCatch', 'metric'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 8, column: 9, endLine: 8, endColumn: 16, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 12, column: 9, endLine: 12, endColumn: 22, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'write' }, line: 13, column: 16, endLine: 13, endColumn: 21, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'withCallback' }, line: 14, column: 16, endLine: 14, endColumn: 28, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'configured' }, line: 15, column: 16, endLine: 15, endColumn: 26, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'busyCatch' }, line: 16, column: 16, endLine: 16, endColumn: 25, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'metric' }, line: 21, column: 16, endLine: 21, endColumn: 22, suggestions: [] },
      ],
    },
    {
      name: "not thin adapters: a method of an instance's call (`docClient.put(params).promise()`), a function's result (`knex('orders').insert(…)`)",
      code: `const { docClient } = require('../lib/dynamodb');
const knex = require('./db');
exports.handler = async (event) => docClient.put({ TableName: 'orders', Item: JSON.parse(event.body) }).promise();
exports.lambdaHandler = async (event) => knex('orders').insert(JSON.parse(event.body));`,
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 4, column: 9, endLine: 4, endColumn: 22, suggestions: [] },
      ],
    },
    {
      name: 'not thin adapters: a PascalCase client with a method other than an accessor, a catch that lets other errors through, a tagged template in a const, a template printing an object',
      code: `const { DocumentClient } = require('../lib/dynamodb');
const { sql, run } = require('./db');
exports.handler = async (event) => DocumentClient.put({ TableName: 'orders', Item: JSON.parse(event.body) }).promise();
exports.lambdaHandler = async (event) => {
  try {
    return await run(event.body);
  } catch (err) {
    if (err.code === 'Conflict') return { statusCode: 409 };
  }
};
exports.main = async (event) => {
  const query = sql\`DELETE FROM orders WHERE id = \${event.id}\`;
  return run(query);
};
exports.other = async (event) => {
  const entry = { message: 'received', id: event.id };
  console.log(\`\${entry}\`);
  return run(event.id);
};`,
      settings: { 'lambda-guard': { handlerNames: ['main', 'other'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 9, endLine: 3, endColumn: 16, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 4, column: 9, endLine: 4, endColumn: 22, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'main' }, line: 11, column: 9, endLine: 11, endColumn: 13, suggestions: [] },
        { messageId: 'unstructuredLogging', data: { name: 'other' }, line: 15, column: 9, endLine: 15, endColumn: 14, suggestions: [] },
      ],
    },
    {
      name: 'a module imported whole whose name says nothing of logging does not log through its level methods',
      code: `const utils = require('./utils');
exports.handler = async (event) => {
  await utils.save(event.body);
  utils.info('saved', event.id);
};`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 9, endLine: 2, endColumn: 16, suggestions: [] }],
    },
    {
      name: "not thin adapters: a package's client made or fetched for the call and given values of the handler, an instance made with code of the file",
      code: `const Redis = require('ioredis');
const { HttpClient } = require('@acme/http');
const { Processor } = require('./processor');
exports.handler = async (event) => new Redis().set(event.key, event.body);
exports.lambdaHandler = async (event) => HttpClient.getInstance().post('https://example.com/hook', event.body);
exports.main = async (event) => new Processor(async (record) => record.id).run(event);`,
      settings: { 'lambda-guard': { handlerNames: ['main'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 4, column: 9, endLine: 4, endColumn: 16, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 5, column: 9, endLine: 5, endColumn: 22, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'main' }, line: 6, column: 9, endLine: 6, endColumn: 13, suggestions: [] },
      ],
    },
    {
      name: "not a thin adapter: a package's client given the event (its call is the handler's own work), or an argument that works before the hand-over",
      code: `const axios = require('axios');
const Redis = require('ioredis');
const redis = new Redis();
const { respond } = require('./respond');
exports.handler = async (event) => axios.post('https://example.com/hook', event);
exports.lambdaHandler = async (event) => { await redis.set(event.key, event.body); };
module.exports.remove = async (event) => respond(await fetch(event.url));
module.exports.wrapped = async (event) => respond(Buffer.from(event.body, 'base64'));`,
      settings: { 'lambda-guard': { handlerNames: ['remove', 'wrapped'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 5, column: 9, endLine: 5, endColumn: 16, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 6, column: 9, endLine: 6, endColumn: 22, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'remove' }, line: 7, column: 16, endLine: 7, endColumn: 22, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'wrapped' }, line: 8, column: 16, endLine: 8, endColumn: 23, suggestions: [] },
      ],
    },
    {
      name: 'a handler-named callee the file defines (object, class, wrapped function), or one called only in a catch',
      code: `const { errorHandler } = require('./errors');
const handlers = { orderHandler: async (event, context) => ({ id: context.awsRequestId, body: event.body }) };
class OrderService { static handler(event, context) { return [event, context]; } }
const baseHandler = once(async (event, context) => [event, context]);
exports.handler = async (event, context) => handlers.orderHandler(event, context);
exports.lambdaHandler = async (event, context) => OrderService.handler(event, context);
module.exports.main = async (event, context) => baseHandler(event, context);
module.exports.other = async (event, context) => {
  try { return await put(event.body); } catch (err) { return errorHandler(event, context, err); }
};`,
      options: [{ loggers: [], middlewares: [] }],
      settings: { 'lambda-guard': { handlerNames: ['main', 'other'] } },
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 5, column: 9, endLine: 5, endColumn: 16, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'lambdaHandler' }, line: 6, column: 9, endLine: 6, endColumn: 22, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'main' }, line: 7, column: 16, endLine: 7, endColumn: 20, suggestions: [] },
        { messageId: 'missingLogging', data: { name: 'other' }, line: 8, column: 16, endLine: 8, endColumn: 21, suggestions: [] },
      ],
    },
  ],
});

cjsRuleTester.run('require-handler-logging', rule, {
  valid: [
    {
      name: "CJS: the project's own logger function, required",
      code: "const { logger } = require('./utilities');\nexports.handler = async (event) => {\n  logger({ status: 'InProgress', id: event.id });\n};",
    },
    {
      name: 'a structured line written through a console method bound to a name at the top of the module',
      code: "const { info } = console;\nexports.handler = async (event) => {\n  info(JSON.stringify({ msg: 'received', id: event.id }));\n  return 1;\n};",
    },
    {
      name: 'serverless-http required in the module',
      code: "const serverless = require('serverless-http');\nconst app = require('./app');\nlet cached;\nexports.handler = async (event, context) => {\n  cached = cached || serverless(app);\n  return cached(event, context);\n};",
    },
    {
      name: 'lambda-log through require, module.exports = { handler }',
      code: "const log = require('lambda-log');\nasync function handler(event) { log.info('received', { id: event.id }); }\nmodule.exports = { handler };",
    },
    {
      name: 'pino required and called inline',
      code: "const logger = require('pino')();\nexports.handler = async () => { logger.info({ a: 1 }, 'x'); };",
    },
  ],
  invalid: [
    {
      name: "module.exports = fn with 'default' configured: reported at `module.exports`",
      code: 'module.exports = async (event) => {\n  await save(event);\n};',
      settings: { 'lambda-guard': { handlerNames: ['default'] } },
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'default' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
          suggestions: [],
        },
      ],
    },
    {
      name: 'exports.handler without logging',
      code: 'exports.handler = async (event) => {\n  return { statusCode: 200, body: event.body };\n};',
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 16,
          suggestions: [],
        },
      ],
    },
    {
      name: 'module.exports = { handler } with a lambda-log logger in scope',
      code: `const log = require('lambda-log');
async function handler(event, ctx) {
  return { ...event, seen: true };
}
module.exports = { handler };`,
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'handler' },
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'log' },
              output: `const log = require('lambda-log');
async function handler(event, ctx) {
  log.info('handler invoked', { requestId: ctx.awsRequestId });
  return { ...event, seen: true };
}
module.exports = { handler };`,
            },
          ],
        },
      ],
    },
  ],
});

// Handlers the Serverless Framework config names (`handler: handler.hello`), under names nothing in the file says
// are a handler's: files on disk, beside a serverless.yml
const serverless = temporaryProject({
  '.git/': '',
  'serverless.yml': `service: demo
functions:
  hello:
    handler: handler.hello # the template
  user:
    handler: "src/users.get"
  app:
    handler: src/app.server
  vars:
    handler: \${self:custom.handlers}/vars.main
  probe:
    handler: src/test.probe
`,
  'jobs/serverless.yml': 'functions:\n  nightly:\n    handler: handler.nightly\n',
  'garbage/serverless.yml': '\u0000\u0001 handler: : ::\n\t- [ {\n',
  'whisk/serverless.yml': 'provider:\n  name: openwhisk\nfunctions:\n  hello:\n    handler: handler.hello\n',
  'tencent/serverless.yml': 'provider: tencent\nfunctions:\n  hello:\n    handler: index.main_handler\n',
});
const TEMPLATE = `module.exports.hello = async (event) => {
  return { statusCode: 200, body: JSON.stringify({ message: 'Go Serverless!', input: event }, null, 2) };
};
module.exports.helper = async (event) => event.body;`;

cjsRuleTester.run('require-handler-logging (Serverless config)', rule, {
  valid: [
    { name: 'a file the config does not name', code: TEMPLATE, filename: join(serverless, 'other.js') },
    {
      name: 'a test.js no config names is a test suite (a nodeunit case named handler)',
      code: 'exports.handler = async (test) => { test.ok(true); test.done(); };',
      filename: join(serverless, 'routes/test.js'),
    },
    {
      name: 'readServerlessConfig: false',
      code: TEMPLATE,
      filename: join(serverless, 'handler.js'),
      settings: { 'lambda-guard': { readServerlessConfig: false } },
    },
    {
      name: 'a nested service: its own config wins (it names nightly, not hello)',
      code: TEMPLATE,
      filename: join(serverless, 'jobs/handler.js'),
    },
    { name: 'a garbage config', code: TEMPLATE, filename: join(serverless, 'garbage/handler.js') },
    {
      name: 'an OpenWhisk service: its exports.handler is an action, not a Lambda handler',
      code: `function main(params) {
  return { payload: 'Hello, ' + params.name };
}
exports.handler = main;`,
      filename: join(serverless, 'whisk/hello_world.js'),
    },
    {
      name: 'a Tencent service: a function with the callback signature is a cloud function of another provider',
      code: `exports.main_handler = (event, context, callback) => {
  callback(null, { message: 'Hello ' + event.queryString.name });
};`,
      filename: join(serverless, 'tencent/index.js'),
    },
    {
      name: 'an entry with a Serverless variable is not read',
      code: 'module.exports.main = async (event) => ({ statusCode: 200 });',
      filename: join(serverless, 'vars.js'),
    },
    {
      name: 'a framework adapter the config names: its framework logs, as under a handler name',
      code: `const serverless = require('serverless-http');
const app = require('./express-app');
module.exports.server = serverless(app);`,
      filename: join(serverless, 'src/app.js'),
    },
    {
      name: 'a thin adapter the config names: as under a handler name',
      code: `const { getUser } = require('../lib/users');
module.exports.get = async (event) => getUser(event.pathParameters.id);`,
      filename: join(serverless, 'src/users.js'),
    },
    {
      name: 'a config-named handler that logs a structured line',
      code: `module.exports.hello = async (event) => {
  console.log(JSON.stringify({ path: event.path }));
  return { statusCode: 200 };
};`,
      filename: join(serverless, 'handler.js'),
    },
  ],
  invalid: [
    {
      name: "CJS: a test.js whose code reads as no suite (a CDK entry's handler) is a function's code",
      code: 'exports.handler = async (event) => ({ statusCode: 200, body: event.body });',
      filename: join(serverless, 'cdk-app/lambda/test.js'),
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'handler' }, line: 1, column: 9, endLine: 1, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: "CJS: a test.js the config names as a handler's module is a function's code",
      code: 'module.exports.probe = async (event) => ({ statusCode: 200, body: event.body });',
      filename: join(serverless, 'src/test.js'),
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'probe' }, line: 1, column: 16, endLine: 1, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'CJS: an AWS service below the repository root: exports.handler with the callback signature is judged',
      code: `exports.main_handler = (event, context, callback) => {
  callback(null, { message: 'Hello ' + event.queryString.name });
};`,
      filename: join(serverless, 'aws-sibling/index.js'),
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'main_handler' }, line: 1, column: 9, endLine: 1, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: 'CJS: the Serverless template, module.exports.hello named by handler: handler.hello',
      code: TEMPLATE,
      filename: join(serverless, 'handler.js'),
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'hello' },
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
  ],
});

const sam = temporaryProject({
  '.git/': '',
  'template.yaml': `Transform: AWS::Serverless-2016-10-31
Resources:
  AlarmToTeams:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Handler: handler.processEvent
`,
});

cjsRuleTester.run('require-handler-logging (SAM template)', rule, {
  valid: [
    {
      name: 'an export the template does not name',
      code: 'exports.format = async (event) => ({ text: event.AlarmName });',
      filename: join(sam, 'src/handler.js'),
    },
  ],
  invalid: [
    {
      name: 'the export a SAM template names as the function handler, under its CodeUri',
      code: `const https = require('https');
exports.processEvent = async (event) => {
  await new Promise((resolve) => https.request(process.env.WEBHOOK, { method: 'POST' }, resolve).end(event.AlarmName));
};`,
      filename: join(sam, 'src/handler.js'),
      output: null,
      errors: [
        { messageId: 'missingLogging', data: { name: 'processEvent' }, line: 2, column: 9, endLine: 2, endColumn: 21, suggestions: [] },
      ],
    },
  ],
});

jsRuleTester.run('require-handler-logging (Serverless config)', rule, {
  valid: [],
  invalid: [
    {
      name: 'ESM: export const get named by handler: "src/users.get" (not the export beside it)',
      code: `export const get = async (event) => {
  const id = event.pathParameters.id;
  return { statusCode: 200, body: id };
};
export const list = async () => [];`,
      filename: join(serverless, 'src/users.js'),
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'get' },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 17,
          suggestions: [],
        },
      ],
    },
  ],
});

tsRuleTester.run('require-handler-logging (Serverless config)', rule, {
  valid: [],
  invalid: [
    {
      name: 'TS: an untyped function the config names, with a Powertools logger it does not use',
      code: `${POWERTOOLS}const logger = new Logger();
export async function get(event: { pathParameters: { id: string } }, context: { awsRequestId: string }) {
  return { statusCode: 200, body: event.pathParameters.id };
}`,
      filename: join(serverless, 'src/users.ts'),
      output: null,
      errors: [
        {
          messageId: 'missingLogging',
          data: { name: 'get' },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addLogCall',
              data: { logger: 'logger' },
              output: `${POWERTOOLS}const logger = new Logger();
export async function get(event: { pathParameters: { id: string } }, context: { awsRequestId: string }) {
  logger.info('get invoked', { requestId: context.awsRequestId });
  return { statusCode: 200, body: event.pathParameters.id };
}`,
            },
          ],
        },
      ],
    },
  ],
});

tsRuleTester.run('require-handler-logging (a logger imported under another name)', rule, {
  valid: [
    {
      name: "a logger of the project's own module imported under another name (`{ logger as l }`) logs",
      code: `import { logger as l } from './logger';
export const handler = async (event: { id: string }) => {
  l.info('processing', { id: event.id });
  return { statusCode: 200 };
};`,
    },
  ],
  invalid: [
    {
      name: 'an export whose name says nothing of logging, imported under another name, is not a logger',
      code: `import { format as l } from './logger';
export const handler = async (event: { id: string }) => {
  l.info('processing', { id: event.id });
  return { statusCode: 200 };
};`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 2, column: 14, endLine: 2, endColumn: 21, suggestions: [] }],
    },
  ],
});

jsRuleTester.run('require-handler-logging (a logger imported under another name, ES modules)', rule, {
  valid: [
    {
      name: 'JS: `{ log as write }` from a project module',
      code: `import { log as write } from '../lib/observability';
export const handler = async (event) => {
  write.info('processing', { id: event.id });
};`,
    },
  ],
  invalid: [],
});

cjsRuleTester.run('require-handler-logging (a logger imported under another name)', rule, {
  valid: [
    {
      name: 'CJS: `const { logger: l } = require(…)` of a project module',
      code: `const { logger: l } = require('./logger');
exports.handler = async (event) => {
  l.info('processing', { id: event.id });
  return { statusCode: 200 };
};`,
    },
  ],
  invalid: [],
});

tsRuleTester.run('require-handler-logging (lines written to stdout and stderr)', rule, {
  valid: [
    {
      name: 'TS: a JSON line written to process.stdout is a structured log',
      code: `export const handler = async (event: { id: string }) => {
  process.stdout.write(JSON.stringify({ level: 'INFO', message: 'order received', id: event.id }) + '\\n');
  return { statusCode: 200 };
};`,
    },
  ],
  invalid: [
    {
      name: 'TS: text written to process.stdout is an unstructured line',
      code: `export const handler = async (event: { id: string }) => {
  process.stdout.write(\`order \${event.id} received\\n\`);
  return { statusCode: 200 };
};`,
      output: null,
      errors: [{ messageId: 'unstructuredLogging', data: { name: 'handler' }, line: 1, column: 14, endLine: 1, endColumn: 21, suggestions: [] }],
    },
  ],
});

jsRuleTester.run('require-handler-logging (lines written to stdout, ES modules)', rule, {
  valid: [
    {
      name: "JS: a JSON line in a template written to node:process's stdout",
      code: `import { stdout } from 'node:process';
export const handler = async (event) => {
  stdout.write(\`\${JSON.stringify({ message: 'order received', id: event.id })}\\n\`);
  return { statusCode: 200 };
};`,
    },
  ],
  invalid: [
    {
      name: 'JS: a JSON line written to a file stream does not reach CloudWatch',
      code: `import { createWriteStream } from 'node:fs';
const out = createWriteStream('/tmp/audit.log');
export const handler = async (event) => {
  out.write(JSON.stringify({ id: event.id }) + '\\n');
  return { statusCode: 200 };
};`,
      output: null,
      errors: [{ messageId: 'missingLogging', data: { name: 'handler' }, line: 3, column: 14, endLine: 3, endColumn: 21, suggestions: [] }],
    },
  ],
});

cjsRuleTester.run('require-handler-logging (lines written to stderr)', rule, {
  valid: [
    {
      name: 'CJS: a JSON line written to process.stderr with a CRLF',
      code: `exports.handler = async (event) => {
  process.stderr.write(JSON.stringify({ level: 'ERROR', message: 'failed', id: event.id }) + '\\r\\n');
  return { statusCode: 500 };
};`,
    },
  ],
  invalid: [
    {
      name: 'CJS: text built with + written to process.stderr',
      code: `exports.handler = async (event) => {
  process.stderr.write('order ' + event.id + ' failed\\n');
  return { statusCode: 500 };
};`,
      output: null,
      errors: [{ messageId: 'unstructuredLogging', data: { name: 'handler' }, line: 1, column: 9, endLine: 1, endColumn: 16, suggestions: [] }],
    },
  ],
});

// A function that hands all it is given to a log method (`(...args) => console.log(...args)`) is that method: what
// the handler hands it decides whether its lines are structured
tsRuleTester.run('require-handler-logging (forwarding functions)', rule, {
  valid: [
    {
      name: 'TS: a single object handed to an arrow that forwards to console.log',
      code: `const log = (...args: unknown[]) => console.log(...args);
export const handler = async (event: { id: string }) => {
  log({ message: 'order received', id: event.id });
  return { statusCode: 200 };
};`,
    },
  ],
  invalid: [
    {
      name: 'TS: only a template handed to a forwarding function',
      code: `const log = (...args: unknown[]) => console.log(...args);
export const handler = async (event: { id: string }) => {
  log(\`order \${event.id}\`);
  return { statusCode: 200 };
};`,
      output: null,
      errors: [{ messageId: 'unstructuredLogging', data: { name: 'handler' }, line: 2, column: 14, endLine: 2, endColumn: 21, suggestions: [] }],
    },
  ],
});

jsRuleTester.run('require-handler-logging (forwarding functions, ES modules)', rule, {
  valid: [
    {
      name: 'JS: a JSON line handed to a function declaration that returns console.info of its arguments',
      code: `function info(...args) { return console.info(...args); }
export const handler = async (event) => {
  info(JSON.stringify({ message: 'order received', id: event.id }));
};`,
    },
  ],
  invalid: [],
});

cjsRuleTester.run('require-handler-logging (forwarding functions)', rule, {
  valid: [
    {
      name: 'CJS: a single object handed to an arrow whose block forwards to console.log',
      code: `const log = (...args) => { console.log(...args); };
exports.handler = async (event) => {
  log({ message: 'order received', id: event.id });
};`,
    },
  ],
  invalid: [
    {
      name: 'CJS: several arguments handed to a forwarding function',
      code: `const log = (...args) => { console.log(...args); };
exports.handler = async (event) => {
  log('order', event.id);
};`,
      output: null,
      errors: [{ messageId: 'unstructuredLogging', data: { name: 'handler' }, line: 2, column: 9, endLine: 2, endColumn: 16, suggestions: [] }],
    },
  ],
});
