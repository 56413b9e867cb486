import rule from '../../src/rules/no-unstructured-logging.js';
import { join } from 'node:path';
import { cjsRuleTester, jsRuleTester, tsRuleTester } from '../rule-tester.js';
import { temporaryProject } from '../utils/temporary-project.js';

const POWERTOOLS = "import { Logger } from '@aws-lambda-powertools/logger';\nconst logger = new Logger();\n";
const PINO = "import pino from 'pino';\nconst log = pino();\n";
const BUNYAN = "import bunyan from 'bunyan';\nconst log = bunyan.createLogger({ name: 'orders' });\n";
const WINSTON = "import winston from 'winston';\nconst logger = winston.createLogger({});\n";
const FORMAT = "import { format } from 'node:util';\n";
const PINO_FACTORY = "import pino from 'pino';\nconst makeLog = () => pino({ level: 'info' });\nconst log = makeLog();\n";

function dropped(kind: string, line: number, column: number, endColumn: number, library = 'Powertools Logger') {
  const kept = library === 'winston' ? 'an object' : 'objects, Errors and strings';
  return {
    messageId: 'droppedArgument' as const,
    data: { library, kind, kept },
    line,
    column,
    endLine: line,
    endColumn,
    suggestions: [],
  };
}

/** The handler line every case puts its statement under (line 3 after a two-line logger prelude). */
function inHandler(prelude: string, statement: string): string {
  return `${prelude}export const handler = async (event: any, id: string, err: Error) => {\n  ${statement}\n};`;
}

/** Logs in Node (an exposed function, the handler) and in the page (page.evaluate's function). */
const PUPPETEER_HANDLER = `import puppeteer from 'puppeteer-core';
export const handler = async (event: { url: string }) => {
  const page = await (await puppeteer.launch()).newPage();
  await page.exposeFunction('report', (value: string) => console.log('reported', value));
  await page.goto(event.url);
  const title = await page.evaluate(() => { console.log('title', document.title); return document.title; });
  console.log('title', title);
  return title;
};`;

/** Values whose `JSON.stringify` could throw: a settled promise's value, a bigint or an instance in a constant object. */
const SETTLED_CASES = `import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
const limits = { max: 10n, retries: 3 };
const overridden = { retries: 3, ...defaults };
export const handler = async (event: { keys: string[] }) => {
  const results = await Promise.allSettled(event.keys.map((Key) => s3.send(new GetObjectCommand({ Bucket: 'b', Key }))));
  for (const result of results) console.log('result', result.value);
  results.forEach((result) => console.log('failure', result.reason));
  results.forEach((result) => console.log('status', result.status));
  console.log('limit', limits.max);
  console.log('limits', limits.retries, event.keys);
  console.log('overridden', overridden.retries);
  const clients = { s3: new S3Client({}), region: 'eu-west-1' };
  console.log('clients', clients.s3, clients.region);
};`;

const CYCLE_CASES = `import axios from 'axios';
export const handler = async (event: { url: string; body?: string }) => {
  const response = await axios.get(event.url);
  console.log(\`Response: \${response}\`);
  const body = event.body ? JSON.parse(event.body) : null;
  console.log('Received body', body);
  try {
    await axios.get(event.url);
  } catch (e: any) {
    console.log('failed', e.$response);
  }
};
export class Worker {
  http = axios.create();
  run() {
    console.log('agent', this.http.defaults);
  }
}`;

const UUID_HANDLER = `import { v4 as uuidv4 } from 'uuid';
export const handler = async (event: { body: string; records: Record<string, string> }) => {
  const { orderId } = JSON.parse(event.body);
  const id = uuidv4();
  let attempt = 0;
  attempt++;
  for (const key in event.records) console.log('key', key);
  console.log('order', orderId, id, attempt);
};
async function save(table: string, item: { pk: string; count: number }) {
  console.log('saving', table, item);
}`;

tsRuleTester.run('no-unstructured-logging', rule, {
  valid: [
    {
      name: 'a constant message and an Error made in place under any name (new Error, a subclass): Lambda keeps its fields',
      code: `class ValidationError extends Error {}
export const handler = async (event: { id: string }) => {
  const problem = new Error('Order failed');
  console.error('Order failed', problem);
  const invalid = new ValidationError(event.id);
  console.warn(invalid, 'Validation failed');
};`,
    },
    {
      name: 'a constant message read from a let assigned just before, and one Error (a custom resource writing its failure)',
      code: `export const handler = async (event: { id: string }) => {
  let responseData: { Error: string } | undefined;
  try {
    await Promise.resolve(event.id);
  } catch (err) {
    responseData = { Error: 'describeEndpoint call failed' };
    console.log(responseData.Error + ':\\n', err);
  }
  return responseData;
};`,
    },
    {
      name: 'a text variable appended only with constants, a number summed up, an appended text later reassigned: no message built from data',
      code: `export const handler = async (event: { id: string; items: string[] }) => {
  let label = 'orders';
  label += '-v2';
  console.log(label);
  let total = 0;
  total += event.items.length;
  console.log(total);
  let line = 'order ';
  line += event.id;
  line = 'done';
  console.log(line);
};`,
    },
    {
      name: 'pino and winston: placeholders filled only with constants make the same text every time',
      code: inHandler(PINO, "const MAX = 3;\n  log.info('retry %d of %d', 1, MAX);\n  log.info({ id }, 'retry %d of %d', 2, MAX);"),
    },
    {
      name: 'winston: placeholders filled only with constants',
      code: inHandler(WINSTON, "logger.info('retry %d of %s', 1, 'three');"),
    },
    {
      name: 'concat of constants, a join of values only, an array concat: no message built from data',
      code: `export const handler = async (event: { id: string; kind: string }) => {
  console.log('Processing '.concat('orders'));
  console.log(['a', 'b'].join(' '));
  console.log(JSON.stringify({ ids: [event.id, event.kind].join(',') }));
  const parts = [1, 2];
  console.log({ parts: parts.concat([3]) });
};`,
    },
    {
      name: "a constant message and the reason of a rejected Promise.allSettled result (an Error: no JSON for it)",
      code: `declare function send(record: unknown): Promise<void>;
export const handler = async (event: { Records: unknown[] }) => {
  const results = await Promise.allSettled(event.Records.map((record) => send(record)));
  for (const result of results) if (result.status === 'rejected') console.error('Record failed', result.reason);
  results.forEach((outcome) => {
    if (outcome.status === 'rejected') console.error(outcome.reason, 'while sending');
  });
};`,
    },
    {
      name: 'a log line under a module const false never runs',
      code: `import type { CloudFrontRequestHandler } from 'aws-lambda';

const debug = false;

export const handler: CloudFrontRequestHandler = async (event) => {
  const request = event.Records[0].cf.request;
  if (debug) console.log('request', JSON.stringify(request, null, 2));
  request.headers['x-forwarded-host'] = [{ key: 'X-Forwarded-Host', value: request.headers.host[0].value }];
  return request;
};`,
    },
    {
      name: 'a local server started only when the module is the program or run offline with a flag',
      code: `import express from 'express';
import serverless from 'serverless-http';
const app = express();
const port = process.env.PORT;
if (require.main === module || (process.env.IS_OFFLINE && process.argv.includes('--listen'))) {
  app.listen(3000, () => console.log(\`listening on \${port}\`));
}
export const handler = serverless(app);`,
    },
    {
      name: 'a local server started only when the ES module is the program (`process.argv[1] === fileURLToPath(import.meta.url)`)',
      code: `import { fileURLToPath } from 'node:url';
import express from 'express';
import serverless from 'serverless-http';
const app = express();
const port = process.env.PORT;
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  app.listen(3000, () => console.log(\`listening on \${port}\`));
}
export const handler = serverless(app);`,
    },
    {
      name: 'a message built only from constants another module exports (constant case, or a member of an import so named)',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
import { Constants } from './utils/Constants';
import { MAX_RETRIES } from './config';
const logger = new Logger();
export const handler = async (event: { headers: Record<string, string> }) => {
  if (!event.headers[Constants.SESSION_ID]) {
    logger.error(\`Missing header: \${Constants.SESSION_ID} is required\`, { messageCode: 'MISSING_HEADER' });
    logger.warn(\`giving up after \${MAX_RETRIES} attempts\`);
    return { statusCode: 400 };
  }
  return { statusCode: 200 };
};`,
    },
    {
      name: 'Puppeteer: console calls in functions that run in the page (evaluate, evaluateHandle, $eval, $$eval, waitForFunction, evaluateOnNewDocument) are not Lambda log lines',
      code: `import puppeteer from 'puppeteer-core';
export const handler = async (event: { url: string }) => {
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(() => { console.log('preload', location.href); });
  await page.goto(event.url);
  const title = await page.evaluate(() => { console.log('title', document.title); return document.title; });
  const body = await page.evaluateHandle(function () { console.log('body ' + document.body.id); return document.body; });
  const links = await page.$$eval('a', (anchors) => anchors.map((a) => { console.log('link', a.href); return a.href; }));
  const heading = await page.mainFrame().$eval('h1', (el) => { console.log(\`heading \${el.id}\`); return el.id; });
  await page.waitForFunction(() => { console.log('state', document.readyState); return document.readyState === 'complete'; });
  await page?.evaluate(async () => console.info('async', document.title));
  await browser.close();
  return { title, body, links, heading };
};`,
    },
    {
      name: 'Playwright: console calls in init scripts and locator evaluations run in the page',
      code: `import { chromium } from 'playwright-core';
export const handler = async (event: { url: string }) => {
  const browser = await chromium.launch();
  const context = await browser.newContext();
  await context.addInitScript(() => { console.log('init', location.href); });
  const page = await context.newPage();
  await page.addInitScript(function () { console.warn('page init', document.readyState); });
  await page.goto(event.url);
  const items = await page.locator('li').evaluateAll((nodes) => { console.log('items', nodes.length); return nodes.length; });
  const size = await page.locator('h1').evaluate((el) => { console.log('size', el.clientWidth); return el.clientWidth; });
  await browser.close();
  return { items, size };
};`,
    },
    {
      name: "a factory's function taking an aws-lambda event, with no Context, aws-lambda return or factory type: not found",
      code: `import type { APIGatewayProxyEvent } from 'aws-lambda';
export const makeRoute = (table: string) => async (event: APIGatewayProxyEvent) => {
  console.log('request', event.path);
  return { statusCode: 200, body: table };
};`,
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
      name: 'Pulumi: no inline handler without @pulumi/aws; the program logs at deploy time',
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
      name: 'a console alias called with one JSON object, and a name bound to console.log that is assigned again',
      code: inHandler(
        'const write = console.log;\nlet log = console.log;\nlog = (...args: unknown[]) => undefined;\n',
        "write(JSON.stringify({ id }));\n  log('order', id);",
      ),
    },
    {
      name: 'files without a handler are never touched',
      code: "export function helper(id: string) { console.log('Processing ' + id); }",
    },
    { name: 'empty file', code: '' },
    { name: 'constant console message', code: inHandler('', "console.log('done');") },
    { name: 'several constant arguments', code: inHandler('', "console.log('done', 'all', 3);") },
    { name: 'a single Error', code: inHandler('', 'console.error(err);') },
    {
      name: 'a constant array of strings in a template prints the same text on every call (`en,fr`): no data',
      code: inHandler("const SUPPORTED = ['en', 'fr', 3, [true, null]];\n", 'console.error(`not in (${SUPPORTED})`);'),
    },
    {
      name: 'a constant array beside a constant message: every argument is fixed',
      code: inHandler("const SUPPORTED = ['en', 'fr'];\n", "console.log('supported', SUPPORTED);"),
    },
    {
      name: "an end-to-end test's function code is test code",
      code: inHandler(POWERTOOLS, 'logger.info(`order ${id}`);'),
      filename: 'packages/idempotency/tests/e2e/idempotentDecorator.test.FunctionCode.ts',
    },
    {
      name: 'a documentation snippet under docs/snippets is not deployed code',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = async (event: { items: string[] }): Promise<void> => {
  logger.debug(\`order includes \${event.items.length} items\`);
};`,
      filename: 'packages/logger/docs/snippets/debug.ts',
    },
    {
      name: 'a constant message and an Error: the JSON log format keeps the Error as fields',
      code: inHandler('', "console.error('Failed to save', err);"),
    },
    {
      name: 'a message in a const that is constant, or in a variable assigned again',
      code: inHandler('', "const text = 'Processing order';\n  console.log(text);\n  let line = 'order ' + id;\n  line = 'done';\n  console.log(line);"),
    },
    {
      name: 'an Error and then a constant message: the JSON log format finds the Error at any position',
      code: inHandler('', "try { await Promise.resolve(id); } catch (e) { console.error(e, 'Failed to save'); }"),
    },
    {
      name: 'a constant message and a caught error, whatever its name',
      code: inHandler('', "try { await Promise.resolve(id); } catch (failure) { console.error('Failed to save:', failure); }"),
    },
    {
      name: 'a constant message and a new Error',
      code: inHandler('', "console.warn('Retrying', new TypeError('bad input'));"),
    },
    {
      name: 'a constant message and an error in a promise callback',
      code: inHandler('', "Promise.resolve(id).catch((error) => console.log('Lookup failed', error));"),
    },
    { name: 'a single identifier', code: inHandler('', 'console.log(event);') },
    {
      name: 'a template with no text around its one value prints that value: JSON.stringify of an object',
      code: inHandler('', 'console.log(`${JSON.stringify({ id })}`);'),
    },
    { name: 'a template holding one identifier and no text', code: inHandler('', 'console.log(`${id}`);') },
    {
      name: 'a bare template in a Powertools message is read as its value',
      code: inHandler(POWERTOOLS, 'logger.info(`${JSON.stringify(event)}`);'),
    },
    {
      name: 'a single JSON object',
      code: inHandler('', "console.log(JSON.stringify({ message: 'Processing order', id }));"),
    },
    { name: 'adding numbers is not building a message', code: inHandler('', 'console.log(id.length + 1);') },
    { name: 'spread arguments are unknown', code: inHandler('', 'console.log(...[id]);') },
    { name: 'console.dir prints a value', code: inHandler('', 'console.dir(event, { depth: null });') },
    {
      name: 'a template of constants',
      code: inHandler("const STAGE = 'prod';\n", 'console.log(`stage ${STAGE}`);'),
    },
    { name: 'Powertools message then fields', code: inHandler(POWERTOOLS, "logger.info('order placed', { id });") },
    { name: 'Powertools extra string argument', code: inHandler(POWERTOOLS, "logger.info('order placed', id);") },
    { name: 'Powertools error argument', code: inHandler(POWERTOOLS, "logger.error('order failed', err);") },
    { name: 'winston message then fields', code: inHandler(WINSTON, "logger.info('order placed', { id });") },
    { name: 'winston percent sign without a specifier', code: inHandler(WINSTON, "logger.info('100% done', { id });") },
    { name: 'pino fields then message', code: inHandler(PINO, "log.info({ id }, 'order placed');") },
    { name: 'pino error then message', code: inHandler(PINO, "log.error(err, 'order failed');") },
    { name: 'pino fields only', code: inHandler(PINO, 'log.info({ id });') },
    { name: 'pino unknown first argument', code: inHandler(PINO, 'log.info(event, id);') },
    { name: 'bunyan fields then message', code: inHandler(BUNYAN, "log.info({ id }, 'order placed');") },
    {
      name: 'a logger we cannot identify: a message of constant text, and fields after it, are not judged (the order depends on its library)',
      code: inHandler("import { logger } from './logger';\n", "logger.info('order placed', { id }, `extra ${id}`);\n  logger.appendKeys({ id });"),
    },
    {
      name: 'a local object with an info method is not a logger',
      code: inHandler("const tracker = { info: (m: string) => m };\n", 'tracker.info(`order ${id}`);'),
    },
    {
      name: 'a concatenation too long to analyse stays quiet',
      code: inHandler('', `console.log('a'${" + id + 'b'".repeat(300)});`),
    },
    {
      name: 'a separator built only from literals is not data',
      code: inHandler('', "console.log('\\n' + '='.repeat(60));\n  console.log(`${'-'.repeat(10)} done`, '*'.padEnd(3, '*'));"),
    },
    {
      name: 'a tagged template is not a message',
      code: inHandler("const sql = (s: TemplateStringsArray, ...v: unknown[]) => s.join('?') + v.length;\n", 'console.log(sql`x ${id}`);'),
    },
    {
      name: 'a shadowed console is not the console',
      code: "export const handler = async (console: any, id: string) => { console.log('order ' + id); };",
    },
    {
      name: 'Powertools: a string after the message is kept (as extra)',
      code: inHandler(POWERTOOLS, "logger.info('order placed', `o-${id}`);\n  logger.info('order placed', String(event.n));"),
    },
    {
      name: 'Powertools: a value of unknown type after the message stays quiet',
      code: inHandler(POWERTOOLS, "logger.info('records', event.count);\n  logger.info('records', id, event.Records);"),
    },
    {
      name: 'Powertools: null and undefined carry no data',
      code: inHandler(POWERTOOLS, "logger.info('records', null, undefined);"),
    },
    {
      name: 'winston: an extra of unknown type stays quiet (it may be an object)',
      code: inHandler(WINSTON, "logger.info('saving order', event.orderId);"),
    },
    {
      name: 'winston: a text format is not checked for dropped arguments',
      code: inHandler(
        "import winston from 'winston';\nconst logger = winston.createLogger({ format: winston.format.simple() });\n",
        "logger.info('count', 3);",
      ),
    },
    {
      name: 'winston: a format of the file that reads the splat symbol may print the extras',
      code: inHandler(
        "import winston from 'winston';\nconst logger = winston.createLogger({ format: winston.format.printf((info) => `${info.message} ${String((info as any)[Symbol.for('splat')])}`) });\n",
        "logger.info('count', 3);",
      ),
    },
    {
      name: 'pino and console: a number after the message is not dropped by these rules',
      code: inHandler(PINO, "log.info({ id }, 'records', 3);"),
    },
    { name: 'util.format of constants only', code: inHandler(FORMAT, "console.log(format('%s done', 'all'));") },
    {
      name: 'a local function named format is not util.format',
      code: inHandler('const format = (text: string, value: string) => text.replace("%s", value);\n', "console.log(format('order %s', id));"),
    },
    {
      name: 'a constant message and the reason of a promise rejection',
      code: inHandler('', "await Promise.resolve(id).catch((reason) => console.error('save failed', reason));"),
    },
    {
      name: "a constant message and the reason of then's rejection callback",
      code: inHandler('', "await Promise.resolve(id).then(() => 1, function (reason: unknown) { console.error('save failed', reason); });"),
    },
    {
      name: 'a constant message and an alias of a caught error',
      code: inHandler('', "try { await Promise.resolve(id); } catch (failure) { const cause = failure; console.error('Failed to save', cause); }"),
    },
    {
      name: 'utils taking a whole aws-lambda event (a string declared, a value returned synchronously): not handlers, the module is not Lambda code',
      code: `import type { S3Event } from 'aws-lambda';
export function describeUpload(event: S3Event): string {
  console.log('objects: ' + event.Records.length);
  return event.Records.map((record) => record.s3.object.key).join(', ');
}
export const keysOf = (event: S3Event) => {
  console.log('objects: ' + event.Records.length);
  return event.Records.map((record) => record.s3.object.key);
};`,
    },
  ],
  invalid: [
    {
      name: "a level call on a logger class's singleton (`Logger.getInstance().error(…)`) of the project's own module",
      code: `import { Logger } from './logger';
export const handler = async (event: { email: string; headers: unknown }) => {
  Logger.getInstance().error(\`user with email \${event.email} not found\`);
  Logger.getInstance().info(event.headers);
  return { statusCode: 404 };
};`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 3, column: 30, endLine: 3, endColumn: 72, suggestions: [] },
      ],
    },
    {
      name: 'e as the element of findLastIndex over records is a record, not an Error',
      code: "import type { SQSEvent } from 'aws-lambda';\nexport const handler = async (event: SQSEvent) => {\n  return event.Records.findLastIndex((e) => { console.log('record', e); return e.body === ''; });\n};",
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 3,
          column: 59,
          endLine: 3,
          endColumn: 70,
          suggestions: [{ messageId: 'useFields', output: "import type { SQSEvent } from 'aws-lambda';\nexport const handler = async (event: SQSEvent) => {\n  return event.Records.findLastIndex((e) => { console.log(JSON.stringify({ message: 'record', e })); return e.body === ''; });\n};" }],
        },
      ],
    },
    {
      name: 'a choice whose branch builds the message from data is such a message (no suggestion); the concatenation alone has one',
      code: `export const handler = async (event: { ok: boolean; id: string }) => {
  console.log(event.ok ? 'Processed order ' + event.id : 'Order failed');
  console.log('Processed order ' + event.id);
};
`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 2, column: 15, endLine: 2, endColumn: 72, suggestions: [] },
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 3, column: 15, endLine: 3, endColumn: 44, suggestions: [{ messageId: 'useFields', output: `export const handler = async (event: { ok: boolean; id: string }) => {
  console.log(event.ok ? 'Processed order ' + event.id : 'Order failed');
  console.log(JSON.stringify({ message: 'Processed order', id: event.id }));
};
` }] },
      ],
    },
    {
      name: 'a count bound to a const first (const count = x.length) is a number Powertools drops, as written in place',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = async (event: { Records: unknown[] }) => {
  const count = event.Records.length;
  logger.info('records received', count);
  logger.info('records received', event.Records.length);
};
`,
      output: null,
      errors: [
        { messageId: 'droppedArgument', data: { library: 'Powertools Logger', kind: 'number', kept: 'objects, Errors and strings' }, line: 5, column: 35, endLine: 5, endColumn: 40, suggestions: [{ messageId: 'useFields', output: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = async (event: { Records: unknown[] }) => {
  const count = event.Records.length;
  logger.info('records received', { count });
  logger.info('records received', event.Records.length);
};
` }] },
        { messageId: 'droppedArgument', data: { library: 'Powertools Logger', kind: 'number', kept: 'objects, Errors and strings' }, line: 6, column: 35, endLine: 6, endColumn: 55, suggestions: [{ messageId: 'useFields', output: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = async (event: { Records: unknown[] }) => {
  const count = event.Records.length;
  logger.info('records received', count);
  logger.info('records received', { recordsLength: event.Records.length });
};
` }] },
      ],
    },
    {
      name: 'a spread after a message: several arguments whenever the list holds one (no suggestion); a spread alone may be one',
      code: `export const handler = async (event: { Records: { messageId: string }[] }) => {
  const ids = event.Records.map((r) => r.messageId);
  console.log('processing', ...ids);
  console.info(...ids);
};`,
      output: null,
      errors: [{ messageId: 'multipleArguments', data: { method: 'log' }, line: 3, column: 15, endLine: 3, endColumn: 35, suggestions: [] }],
    },
    {
      name: 'the suggested message drops the punctuation that joined values (`@v1.${version}`)',
      code: `export const handler = async (event: { name: string; version: string }) => {
  console.info(\`Deploying \${event.name}@v1.\${event.version} now\`);
};
`,
      output: null,
      errors: [
      { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 2, column: 16, endLine: 2, endColumn: 65, suggestions: [{ messageId: 'useFields', output: `export const handler = async (event: { name: string; version: string }) => {
  console.info(JSON.stringify({ message: 'Deploying @v1 now', name: event.name, version: event.version }));
};
` }] },
      ],
    },
    {
      name: 'an Error, its cause, a Set or a Map beside other data: reported, with no JSON rewrite (JSON.stringify writes them as {})',
      code: `export const handler = async (event: { id: string; ids: string[] }) => {
  const seen = new Set(event.ids);
  console.log('Seen ids', seen);
  const counts: Map<string, number> = new Map();
  console.log('Counts', counts, event.id);
  try { await Promise.resolve(); } catch (err) { console.error('Cause', event.id, (err as Error).cause); }
};`,
      output: null,
      errors: [
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 3, column: 15, endLine: 3, endColumn: 31, suggestions: [] },
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 5, column: 15, endLine: 5, endColumn: 41, suggestions: [] },
        { messageId: 'multipleArguments', data: { method: 'error' }, line: 6, column: 64, endLine: 6, endColumn: 103, suggestions: [] },
      ],
    },
    {
      name: "a rejected Promise.allSettled result's reason beside other data: no JSON rewrite (the Error would become {})",
      code: `export const handler = async (event: { id: string }) => {
  const results = await Promise.allSettled([Promise.resolve(event.id)]);
  for (const result of results) if (result.status === 'rejected') console.error('Failed', event.id, result.reason);
};`,
      output: null,
      errors: [{ messageId: 'multipleArguments', data: { method: 'error' }, line: 3, column: 81, endLine: 3, endColumn: 114, suggestions: [] }],
    },
    {
      name: "console: no JSON.stringify suggestion where JSON is not the global (json5 imported as JSON, a parameter named JSON)",
      code: `import JSON from 'json5';
export const handler = async (event: any, id: string) => {
  console.log(\`order \${id}\`);
};
export const other = async (JSON: { parse(text: string): unknown }, id: string) => {
  console.log('order', id);
};`,
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 28,
          suggestions: [],
        },
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: 'console: arguments in parentheses are replaced with their parentheses (no unbalanced parenthesis left)',
      code: inHandler('', "console.log(('order'), (id));"),
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler('', "console.log(JSON.stringify({ message: 'order', id }));"),
            },
          ],
        },
      ],
    },
    {
      name: 'Powertools: a message in parentheses is rewritten without them (not into a comma expression)',
      code: inHandler(POWERTOOLS, "logger.info(('order ' + id));"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 29,
          suggestions: [{ messageId: 'useFields', output: inHandler(POWERTOOLS, "logger.info('order', { id });") }],
        },
      ],
    },
    {
      name: 'a message appended with data by += in a loop before the call is reported where it is logged, without a suggestion',
      code: inHandler(POWERTOOLS, "let line = 'Processed: ';\n  for (const item of event.items) line += item.id + ',';\n  logger.info(line);"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a logger we cannot identify (imported from the project, or a factory of the file returning one of two): a message built from data is judged, with no suggestion',
      code: inHandler(
        "import { logger } from './logger';\nimport pino from 'pino';\ndeclare const audit: { info(message: string): void };\nfunction makeLog(debug: boolean) { if (debug) return pino(); return audit; }\nconst log = makeLog(false);\n",
        'logger.info(`order ${id}`);\n  log.info(`order ${id} placed`);\n  logger.warn({ id }, `retry ${id}`);',
      ),
      errors: [
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 7, column: 15, endLine: 7, endColumn: 28, suggestions: [] },
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 8, column: 12, endLine: 8, endColumn: 32, suggestions: [] },
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 9, column: 23, endLine: 9, endColumn: 36, suggestions: [] },
      ],
    },
    {
      name: 'a message built with concat() on text or join() of a list holding text (no suggestion)',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = async (event: { id: string }) => {
  logger.info('Processing order '.concat(event.id));
  console.log(['Processing order', event.id].join(' '));
};`,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'concat()' }, line: 4, column: 15, endLine: 4, endColumn: 51, suggestions: [] },
        { messageId: 'dataInMessage', data: { how: 'join()' }, line: 5, column: 15, endLine: 5, endColumn: 55, suggestions: [] },
      ],
    },
    {
      name: 'a sum in parentheses behind a type assertion is one value; a satisfies-wrapped member in brackets is a field',
      code: `export const handler = async (event: { page: number; total: number }) => {
  console.info('Page ' + (event.page as number + 1) + ' of ' + event.total);
  console.info('Page [' + (event.page satisfies number) + ']');
};`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 2, column: 16, endLine: 2, endColumn: 75, suggestions: [] },
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 3, column: 16, endLine: 3, endColumn: 62, suggestions: [{ messageId: 'useFields', output: `export const handler = async (event: { page: number; total: number }) => {
  console.info('Page ' + (event.page as number + 1) + ' of ' + event.total);
  console.info(JSON.stringify({ message: 'Page', page: event.page }));
};` }] },
      ],
    },
    {
      name: "a member named reason is data where no value of its name has a status read, even beside allSettled and statusCode",
      code: `export const handler = async (event: { orders: string[] }) => {
  await Promise.allSettled([]);
  const order = await cancel(event.orders[0]!);
  console.log('Order cancelled', order.reason);
  return { statusCode: 200 };
};
declare function cancel(id: string): Promise<{ reason: string }>;`,
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'useFields',
              output: `export const handler = async (event: { orders: string[] }) => {
  await Promise.allSettled([]);
  const order = await cancel(event.orders[0]!);
  console.log(JSON.stringify({ message: 'Order cancelled', reason: order.reason }));
  return { statusCode: 200 };
};
declare function cancel(id: string): Promise<{ reason: string }>;`,
            },
          ],
        },
      ],
    },
    {
      name: 'a member named reason is data in a file that settles no promises (a stopped task says why in text)',
      code: `export const handler = async (event: { taskArn: string }) => {
  const task = await stopTask(event.taskArn);
  console.error('Task stopped', task.reason);
};
declare function stopTask(arn: string): Promise<{ status: string; reason: string }>;`,
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'error' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useFields',
              output: `export const handler = async (event: { taskArn: string }) => {
  const task = await stopTask(event.taskArn);
  console.error(JSON.stringify({ message: 'Task stopped', reason: task.reason }));
};
declare function stopTask(arn: string): Promise<{ status: string; reason: string }>;`,
            },
          ],
        },
      ],
    },
    {
      name: 'reported: the msg property of a pino entry and the message of a console entry are built from data; a key already taken or a member chain name are handled',
      code: `import pino from 'pino';
const log = pino();
export const handler = async (event: { order: { id: string; total: number }; id: string }) => {
  log.info({ msg: \`order \${event.order.id} placed\`, total: event.order.total });
  console.log(JSON.stringify({ message: \`order \${event.id} for \${event.order.id}\`, id: 'x' }));
  console.log(JSON.stringify({ message: 'stored ' + event.order.total }));
  return { ok: true };
};`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 4, column: 19, endLine: 4, endColumn: 51, suggestions: [{ messageId: 'useFields', output: `import pino from 'pino';
const log = pino();
export const handler = async (event: { order: { id: string; total: number }; id: string }) => {
  log.info({ msg: 'order placed', id: event.order.id, total: event.order.total });
  console.log(JSON.stringify({ message: \`order \${event.id} for \${event.order.id}\`, id: 'x' }));
  console.log(JSON.stringify({ message: 'stored ' + event.order.total }));
  return { ok: true };
};` }] },
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 5, column: 41, endLine: 5, endColumn: 82, suggestions: [] },
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 6, column: 41, endLine: 6, endColumn: 70, suggestions: [{ messageId: 'useFields', output: `import pino from 'pino';
const log = pino();
export const handler = async (event: { order: { id: string; total: number }; id: string }) => {
  log.info({ msg: \`order \${event.order.id} placed\`, total: event.order.total });
  console.log(JSON.stringify({ message: \`order \${event.id} for \${event.order.id}\`, id: 'x' }));
  console.log(JSON.stringify({ message: 'stored', total: event.order.total }));
  return { ok: true };
};` }] },
      ],
    },
    {
      name: 'a local server started when the module is not the program (so in Lambda too)',
      code: `import express from 'express';
import serverless from 'serverless-http';
const app = express();
const port = process.env.PORT;
if (require.main !== module || (process.env.IS_OFFLINE && process.argv.includes('--listen'))) {
  app.listen(3000, () => console.log(\`listening on \${port}\`));
}
export const handler = serverless(app);`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: {how: 'template literal'}, line: 6, column: 38, endLine: 6, endColumn: 60, suggestions: [{ messageId: 'useFields', output: `import express from 'express';
import serverless from 'serverless-http';
const app = express();
const port = process.env.PORT;
if (require.main !== module || (process.env.IS_OFFLINE && process.argv.includes('--listen'))) {
  app.listen(3000, () => console.log(JSON.stringify({ message: 'listening on', port })));
}
export const handler = serverless(app);` }] },
      ],
    },
    {
      name: "an Error with its own stack or message is one Error; another value's stack, or another member, is not",
      code: `export const handler = async (event: { id: string }) => {
  try {
    await save(event.id);
  } catch (err) {
    console.error(err, err.stack);
    console.error(err.message, err);
    console.error(err, other.stack);
    console.error(err, err.code);
    console.log(result, result.stack);
  }
};
declare function save(id: string): Promise<void>;
declare const other: Error;
declare const result: { stack: string };`,
      output: null,
      errors: [
        { messageId: 'multipleArguments', data: { method: 'error' }, line: 7, column: 19, endLine: 7, endColumn: 35, suggestions: [] },
        { messageId: 'multipleArguments', data: { method: 'error' }, line: 8, column: 19, endLine: 8, endColumn: 32, suggestions: [] },
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 9,
          column: 17,
          endLine: 9,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useFields',
              output: `export const handler = async (event: { id: string }) => {
  try {
    await save(event.id);
  } catch (err) {
    console.error(err, err.stack);
    console.error(err.message, err);
    console.error(err, other.stack);
    console.error(err, err.code);
    console.log(JSON.stringify({ result, stack: result.stack }));
  }
};
declare function save(id: string): Promise<void>;
declare const other: Error;
declare const result: { stack: string };`,
            },
          ],
        },
      ],
    },
    {
      name: 'apollo-server-lambda: a module exporting server.createHandler() is Lambda code, its resolvers run there',
      code: `import { ApolloServer } from 'apollo-server-lambda';
const resolvers = {
  Query: {
    order: (_: unknown, args: { id: string }) => {
      console.log('order', args.id);
      return null;
    },
  },
};
const server = new ApolloServer({ typeDefs: 'type Query { order(id: ID!): String }', resolvers });
export const handler = server.createHandler();`,
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 35,
          suggestions: [{ messageId: 'useFields', output: `import { ApolloServer } from 'apollo-server-lambda';
const resolvers = {
  Query: {
    order: (_: unknown, args: { id: string }) => {
      console.log(JSON.stringify({ message: 'order', id: args.id }));
      return null;
    },
  },
};
const server = new ApolloServer({ typeDefs: 'type Query { order(id: ID!): String }', resolvers });
export const handler = server.createHandler();` }],
        },
      ],
    },
    {
      name: 'Puppeteer: a console call outside the page function, and one in exposeFunction (which runs in Node), are Lambda log lines',
      code: PUPPETEER_HANDLER,
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 4,
          column: 70,
          endLine: 4,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'useFields',
              output: PUPPETEER_HANDLER.replace(
                "console.log('reported', value)",
                "console.log(JSON.stringify({ message: 'reported', value }))",
              ),
            },
          ],
        },
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 7,
          column: 15,
          endLine: 7,
          endColumn: 29,
          // What page.evaluate returns is another program's value: JSON.stringify may throw on it
          suggestions: [],
        },
      ],
    },
    {
      name: 'no JSON.stringify rewrite for a whole value console printed that may hold a cycle (an HTTP response, an SDK output, a server request, a loop over one); data of the event, JSON.parse and typed values keep it',
      code: `import axios from 'axios';
export const handler = async (event: { url: string; body: string }, context: { awsRequestId: string }) => {
  const response = await axios.get(event.url);
  console.log('Response:', response);
  console.log('failed', { status: response.status, request: response.request });
  for (const item of await list()) console.log('item', item);
  const body = JSON.parse(event.body);
  console.log('body', body.items, context.awsRequestId);
  console.log('data', response.data);
};
declare function list(): Promise<object[]>;`,
      output: null,
      errors: [
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 4, column: 15, endLine: 4, endColumn: 36, suggestions: [] },
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 5, column: 15, endLine: 5, endColumn: 79, suggestions: [] },
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 6, column: 48, endLine: 6, endColumn: 60, suggestions: [] },
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 8,
          column: 15,
          endLine: 8,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useFields',
              output: `import axios from 'axios';
export const handler = async (event: { url: string; body: string }, context: { awsRequestId: string }) => {
  const response = await axios.get(event.url);
  console.log('Response:', response);
  console.log('failed', { status: response.status, request: response.request });
  for (const item of await list()) console.log('item', item);
  const body = JSON.parse(event.body);
  console.log(JSON.stringify({ message: 'body', items: body.items, awsRequestId: context.awsRequestId }));
  console.log('data', response.data);
};
declare function list(): Promise<object[]>;`,
            },
          ],
        },
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 9,
          column: 15,
          endLine: 9,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'useFields',
              output: `import axios from 'axios';
export const handler = async (event: { url: string; body: string }, context: { awsRequestId: string }) => {
  const response = await axios.get(event.url);
  console.log('Response:', response);
  console.log('failed', { status: response.status, request: response.request });
  for (const item of await list()) console.log('item', item);
  const body = JSON.parse(event.body);
  console.log('body', body.items, context.awsRequestId);
  console.log(JSON.stringify({ message: 'data', data: response.data }));
};
declare function list(): Promise<object[]>;`,
            },
          ],
        },
      ],
    },
    {
      name: 'the JSON.stringify rewrite for values shown to hold no cycle: destructured from JSON.parse, an id of uuid, a number counted up, a for-in key, parameters typed with primitives',
      code: UUID_HANDLER,
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 7,
          column: 48,
          endLine: 7,
          endColumn: 58,
          suggestions: [
            { messageId: 'useFields', output: UUID_HANDLER.replace("console.log('key', key)", "console.log(JSON.stringify({ message: 'key', key }))") },
          ],
        },
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 8,
          column: 15,
          endLine: 8,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useFields',
              output: UUID_HANDLER.replace(
                "console.log('order', orderId, id, attempt)",
                "console.log(JSON.stringify({ message: 'order', orderId, id, attempt }))",
              ),
            },
          ],
        },
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 11,
          column: 15,
          endLine: 11,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'useFields',
              output: UUID_HANDLER.replace(
                "console.log('saving', table, item)",
                "console.log(JSON.stringify({ message: 'saving', table, item }))",
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'a destructured default is part of the value: a Map default gets no JSON.stringify rewrite, a string default does',
      code: `export const handler = async (event: { body: string }) => {
  const { a = new Map(), b = 'x' } = JSON.parse(event.body);
  console.log('a', a);
  console.log('b', b);
};`,
      output: null,
      errors: [
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 3, column: 15, endLine: 3, endColumn: 21, suggestions: [] },
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'useFields',
              output: `export const handler = async (event: { body: string }) => {
  const { a = new Map(), b = 'x' } = JSON.parse(event.body);
  console.log('a', a);
  console.log(JSON.stringify({ message: 'b', b }));
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'no JSON.stringify rewrite for a response written into the text, an SDK error\'s $response, an instance\'s state; null is a safe branch',
      code: CYCLE_CASES,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 4, column: 15, endLine: 4, endColumn: 38, suggestions: [] },
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'useFields',
              output: CYCLE_CASES.replace("console.log('Received body', body)", "console.log(JSON.stringify({ message: 'Received body', body }))"),
            },
          ],
        },
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 10, column: 17, endLine: 10, endColumn: 38, suggestions: [] },
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 16, column: 17, endLine: 16, endColumn: 44, suggestions: [] },
      ],
    },
    {
      name: 'CJS: a handler parameter written over is no longer the event (no JSON.stringify rewrite)',
      code: `exports.handler = async (event) => {
  event = await load(event.id);
  console.log('event', event);
};`,
      output: null,
      errors: [{ messageId: 'multipleArguments', data: { method: 'log' }, line: 3, column: 15, endLine: 3, endColumn: 29, suggestions: [] }],
    },
    {
      name: 'CJS: no JSON.stringify rewrite for an SDK output whose Body is a stream, nor for a client\'s config or a request of a server adapter; a record of the event in a loop keeps it',
      code: `const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
const s3 = new S3Client({});
exports.handler = async (event) => {
  const output = await s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
  console.log('object', output.Body);
  console.log('config', s3.config);
  for (const record of event.Records) console.log('record', record);
};`,
      output: null,
      errors: [
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 5, column: 15, endLine: 5, endColumn: 36, suggestions: [] },
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 6, column: 15, endLine: 6, endColumn: 34, suggestions: [] },
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 7,
          column: 51,
          endLine: 7,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'useFields',
              output: `const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
const s3 = new S3Client({});
exports.handler = async (event) => {
  const output = await s3.send(new GetObjectCommand({ Bucket: 'b', Key: 'k' }));
  console.log('object', output.Body);
  console.log('config', s3.config);
  for (const record of event.Records) console.log(JSON.stringify({ message: 'record', record }));
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'TS ESM: no JSON.stringify rewrite for what a Promise.allSettled result holds, nor for a bigint or a client instance written into a constant object; their other members keep it (a settled reason is an error, logged as such)',
      code: SETTLED_CASES,
      output: null,
      errors: [
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 7, column: 45, endLine: 7, endColumn: 67, suggestions: [] },
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 9,
          column: 43,
          endLine: 9,
          endColumn: 66,
          suggestions: [{ messageId: 'useFields', output: SETTLED_CASES.replace("console.log('status', result.status)", "console.log(JSON.stringify({ message: 'status', status: result.status }))") }],
        },
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 10, column: 15, endLine: 10, endColumn: 34, suggestions: [] },
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 11,
          column: 15,
          endLine: 11,
          endColumn: 51,
          suggestions: [{ messageId: 'useFields', output: SETTLED_CASES.replace("console.log('limits', limits.retries, event.keys)", "console.log(JSON.stringify({ message: 'limits 3', keys: event.keys }))") }],
        },
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 12,
          column: 15,
          endLine: 12,
          endColumn: 47,
          suggestions: [{ messageId: 'useFields', output: SETTLED_CASES.replace("console.log('overridden', overridden.retries)", "console.log(JSON.stringify({ message: 'overridden', retries: overridden.retries }))") }],
        },
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 14, column: 15, endLine: 14, endColumn: 52, suggestions: [] },
      ],
    },
    {
      name: 'Pulumi: log calls in the eventHandler of an awsx API route (inline, or a function of the file) are checked, not those of the program',
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
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 6, column: 15, endLine: 6, endColumn: 50, suggestions: [{ messageId: 'useFields', output: `import * as awsx from '@pulumi/awsx';
import type { APIGatewayProxyEvent } from 'aws-lambda';
const stage = process.env.STAGE;
console.log('deploying ' + stage, process.env);
const onPost = async (req: APIGatewayProxyEvent) => {
  console.log(JSON.stringify({ message: 'post', authorization: req.headers.authorization }));
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
});` }] },
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 15, column: 21, endLine: 15, endColumn: 55, suggestions: [] },
      ],
    },
    {
      name: 'a whole aws-lambda event first, under any name: a handler by the event type, its module Lambda code',
      code: `import type { S3Event } from 'aws-lambda';
export const onUpload = async (event: S3Event) => {
  console.log('objects: ' + event.Records.length);
};`,
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'useFields',
              output: `import type { S3Event } from 'aws-lambda';
export const onUpload = async (event: S3Event) => {
  console.log(JSON.stringify({ message: 'objects', recordsLength: event.Records.length }));
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'the function an exported factory returns, typed as a handler: its log calls are Lambda code',
      code: `import type { APIGatewayProxyEvent, Context, Handler } from 'aws-lambda';
export function makeHandler(table: string): Handler {
  return async (event: APIGatewayProxyEvent, context: Context) => {
    console.log('request', event.path);
    return { statusCode: 200, body: table };
  };
}`,
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'useFields',
              output: `import type { APIGatewayProxyEvent, Context, Handler } from 'aws-lambda';
export function makeHandler(table: string): Handler {
  return async (event: APIGatewayProxyEvent, context: Context) => {
    console.log(JSON.stringify({ message: 'request', path: event.path }));
    return { statusCode: 200, body: table };
  };
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'export default taking a whole aws-lambda event: a handler by the event type',
      code: `import type { SQSEvent } from 'aws-lambda';
export default async function (event: SQSEvent) {
  console.log(\`got \${event.Records.length} messages\`);
}`,
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useFields',
              output: `import type { SQSEvent } from 'aws-lambda';
export default async function (event: SQSEvent) {
  console.log(JSON.stringify({ message: 'got messages', recordsLength: event.Records.length }));
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'Pulumi: log calls inside handlers written inline are checked, not those of the program around them',
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
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 14,
          column: 19,
          endLine: 14,
          endColumn: 35,
          suggestions: [{ messageId: 'useFields', output: `import * as aws from '@pulumi/aws';
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
      console.log(JSON.stringify({ message: 'user', user: e.user }));
    };
  },
});
aws.cloudwatch.onSchedule('nightly', 'rate(1 day)', async (event) => console.log(event));` }],
        },
      ],
    },
    {
      name: 'Pulumi: a function of the program an inline handler calls runs in Lambda; one the program calls at deploy time does not',
      code: `import * as aws from '@pulumi/aws';
function announce(stage: string) {
  console.log(\`deploying \${stage}\`);
}
announce('dev');
function record(key: string) {
  console.log(\`stored \${key}\`);
}
const bucket = new aws.s3.Bucket('uploads');
bucket.onObjectCreated('onNew', async (ev) => {
  record(ev.Records?.[0]?.s3.object.key ?? '');
});`,
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 7,
          column: 15,
          endLine: 7,
          endColumn: 30,
          suggestions: [{ messageId: 'useFields', output: `import * as aws from '@pulumi/aws';
function announce(stage: string) {
  console.log(\`deploying \${stage}\`);
}
announce('dev');
function record(key: string) {
  console.log(JSON.stringify({ message: 'stored', key }));
}
const bucket = new aws.s3.Bucket('uploads');
bucket.onObjectCreated('onNew', async (ev) => {
  record(ev.Records?.[0]?.s3.object.key ?? '');
});` }],
        },
      ],
    },
    {
      name: 'a message built from data inside JSON.stringify is still text (quoted); a stringified object is fine',
      code: `export const handler = async (event: any) => {
  console.log(JSON.stringify('order ' + event.id));
  console.log(JSON.stringify(\`order \${event.id}\`));
  console.log(JSON.stringify({ message: 'order', id: event.id }));
};`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 2, column: 30, endLine: 2, endColumn: 49, suggestions: [] },
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 3, column: 30, endLine: 3, endColumn: 49, suggestions: [] },
      ],
    },
    {
      name: 'an array that the handler adds data to, in a template: built from data',
      code: inHandler("const SUPPORTED = ['en', 'fr'];\n", 'SUPPORTED.push(event.lang); console.error(`not in ${SUPPORTED}`);'),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 3,
          column: 45,
          endLine: 3,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler(
                "const SUPPORTED = ['en', 'fr'];\n",
                "SUPPORTED.push(event.lang); console.error(JSON.stringify({ message: 'not in', SUPPORTED }));",
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'an array holding a value from the event, in a template: built from data',
      code: inHandler("const LANGS = ['en'];\n", 'console.error(`not in ${[...LANGS, event.lang]}`);'),
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 3, column: 17, endLine: 3, endColumn: 51, suggestions: [] },
      ],
    },
    {
      name: 'console.log bound to a name at the top of the module',
      code: inHandler('const log = console.log;\n', "log('order', id);"),
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler('const log = console.log;\n', "log(JSON.stringify({ message: 'order', id }));"),
            },
          ],
        },
      ],
    },
    {
      name: 'a console method destructured under another name',
      code: inHandler('const { error: fail } = console;\n', 'fail(`failed ${id}`);'),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler('const { error: fail } = console;\n', "fail(JSON.stringify({ message: 'failed', id }));"),
            },
          ],
        },
      ],
    },
    {
      name: 'console reached through globalThis',
      code: inHandler('', "globalThis.console.info('order', id);"),
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'info' },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler('', "globalThis.console.info(JSON.stringify({ message: 'order', id }));"),
            },
          ],
        },
      ],
    },
    {
      name: 'console: string concatenation',
      code: inHandler('', "console.log('Processing order ' + event.id);"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler('', "console.log(JSON.stringify({ message: 'Processing order', id: event.id }));"),
            },
          ],
        },
      ],
    },
    {
      name: 'a bare template around JSON.stringify still has its message property checked',
      code: inHandler('', 'console.log(`${JSON.stringify({ message: `order ${id}` })}`);'),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 57,
          suggestions: [
            { messageId: 'useFields', output: inHandler('', "console.log(`${JSON.stringify({ message: 'order', id })}`);") },
          ],
        },
      ],
    },
    {
      name: 'a bare template around a built string is that built string',
      code: inHandler('', "console.log(`${'order ' + id}`);"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler('', "console.log(JSON.stringify({ message: 'order', id }));"),
            },
          ],
        },
      ],
    },
    {
      name: 'console: template literal',
      code: inHandler('', 'console.info(`order ${id} placed`);'),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler('', "console.info(JSON.stringify({ message: 'order placed', id }));"),
            },
          ],
        },
      ],
    },
    {
      name: 'console: double-quoted message keeps its quotes',
      code: inHandler('', 'console.log("Processing " + id);'),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler('', 'console.log(JSON.stringify({ message: "Processing", id }));'),
            },
          ],
        },
      ],
    },
    {
      name: 'console: several arguments',
      code: inHandler('', "console.log('order', id, 'for', event.customer);"),
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler(
                '',
                "console.log(JSON.stringify({ message: 'order for', id, customer: event.customer }));",
              ),
            },
          ],
        },
      ],
    },
    {
      name: "console: an object literal argument's properties become fields of the suggestion",
      code: inHandler('', "console.log('order placed', { id, total: event.total });"),
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler('', "console.log(JSON.stringify({ message: 'order placed', id, total: event.total }));"),
            },
          ],
        },
      ],
    },
    {
      name: 'console: constant arguments keep the space console puts between arguments',
      code: inHandler('', "console.log('attempt', 2, 'for', id);"),
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler('', "console.log(JSON.stringify({ message: 'attempt 2 for', id }));"),
            },
          ],
        },
      ],
    },
    {
      name: 'console: an Error inside an object argument: no suggestion (an Error stringifies to {})',
      code: inHandler('', "console.error('failed', { err, id });"),
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'error' },
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'console: an object argument whose key clashes with a field: no suggestion',
      code: inHandler('', "console.log('order', id, { id: event.id });"),
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a message built into a const before the call is reported where it is logged, without a suggestion',
      code: inHandler(POWERTOOLS, "const text = 'Processing order ' + id;\n  const message = text;\n  logger.info(message);"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a string built into a const and logged with other arguments is a value of the suggestion, named after it',
      code: inHandler('', "const prefix = `[${id}]`;\n  console.log(prefix, { id });"),
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler('', "const prefix = `[${id}]`;\n  console.log(JSON.stringify({ prefix, id }));"),
            },
          ],
        },
      ],
    },
    {
      name: 'console: a message built from data before an Error is still reported; no suggestion (an Error stringifies to {})',
      code: inHandler('', "console.error('Failed to save ' + id, err);"),
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'error' },
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      name: 'console: an Error before a message built from data is still reported',
      code: inHandler('', "console.error(err, 'Failed to save ' + id);"),
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'error' },
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      name: 'console: a constant message, an Error and more data',
      code: inHandler('', "console.error('Failed to save', err, id);"),
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'error' },
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      name: "console: a constant message and an error's message string (not an Error) is data; no suggestion",
      code: inHandler('', "console.error('Failed to save:', err.message);"),
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'error' },
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 47,
          // `message` is the console entry's own key: no field can take that name
          suggestions: [],
        },
      ],
    },
    {
      name: 'console: printf placeholders; no suggestion',
      code: inHandler('', "console.log('order %s', id);"),
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 29,
          suggestions: [],
        },
      ],
    },
    {
      name: 'console: a value without a name gets no suggestion',
      code: inHandler('', "console.log('Result: ' + JSON.stringify(event));"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 49,
          suggestions: [],
        },
      ],
    },
    {
      name: 'console: numbers may be added before the string; no suggestion',
      code: inHandler('', "console.log(id.length + event.count + ' items');"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 49,
          suggestions: [],
        },
      ],
    },
    {
      name: 'console: two fields with the same name; no suggestion',
      code: inHandler('', 'console.log(`${event.id} -> ${event.next.id}`);'),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 48,
          suggestions: [],
        },
      ],
    },
    {
      name: 'console: a comment inside the call; no suggestion',
      code: inHandler('', "console.log('order ' + id /* the order */);"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 28,
          suggestions: [],
        },
      ],
    },
    {
      name: 'unicode text and a long constant survive the rewrite',
      code: inHandler('', `console.log('Bestellung ✓ ${'x'.repeat(2000)} ' + id);`),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 2036,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler('', `console.log(JSON.stringify({ message: 'Bestellung ✓ ${'x'.repeat(2000)}', id }));`),
            },
          ],
        },
      ],
    },
    {
      name: 'a literal-only part blocks the suggestion but not the report',
      code: inHandler('', "console.log('='.repeat(3) + ' order ' + id);"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 45,
          suggestions: [],
        },
      ],
    },
    {
      name: 'adjacent constants join without a gap',
      code: inHandler("const PREFIX = 'order';\n", "console.log(PREFIX + '-' + 'created ' + id);"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler("const PREFIX = 'order';\n", "console.log(JSON.stringify({ message: 'order-created', id }));"),
            },
          ],
        },
      ],
    },
    {
      name: 'separators next to a value go with it',
      code: inHandler('', "console.log(`user ${id}: name='${event.name}', email=${event.email}.`);"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler(
                '',
                "console.log(JSON.stringify({ message: 'user name email', id, name: event.name, email: event.email }));",
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'Powertools: template message',
      code: inHandler(POWERTOOLS, 'logger.info(`order ${event.id} placed`);'),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler(POWERTOOLS, "logger.info('order placed', { id: event.id });"),
            },
          ],
        },
      ],
    },
    {
      name: 'Powertools: fields merged into the existing object',
      code: inHandler(POWERTOOLS, "logger.warn(`order ${id} is late`, { customer: 'c-1' });"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler(POWERTOOLS, "logger.warn('order is late', { id, customer: 'c-1' });"),
            },
          ],
        },
      ],
    },
    {
      name: 'an imported name not in constant case, or a constant-case member of a local object, is data',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
import { config } from './config';
const logger = new Logger();
const settings = { STAGE: process.env.STAGE };
export const handler = async () => {
  logger.info(\`deploying \${config.stage}\`);
  logger.info(\`stage \${settings.STAGE}\`);
};`,
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 42,
          suggestions: [{ messageId: 'useFields', output: `import { Logger } from '@aws-lambda-powertools/logger';
import { config } from './config';
const logger = new Logger();
const settings = { STAGE: process.env.STAGE };
export const handler = async () => {
  logger.info('deploying', { stage: config.stage });
  logger.info(\`stage \${settings.STAGE}\`);
};` }],
        },
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 7,
          column: 15,
          endLine: 7,
          endColumn: 40,
          suggestions: [{ messageId: 'useFields', output: `import { Logger } from '@aws-lambda-powertools/logger';
import { config } from './config';
const logger = new Logger();
const settings = { STAGE: process.env.STAGE };
export const handler = async () => {
  logger.info(\`deploying \${config.stage}\`);
  logger.info('stage', { STAGE: settings.STAGE });
};` }],
        },
      ],
    },
    {
      name: 'Powertools: a reserved field name (message); no suggestion',
      code: inHandler(POWERTOOLS, 'logger.error(`failed: ${err.message}`);'),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Powertools: the message property of a single object',
      code: inHandler(POWERTOOLS, 'logger.info({ message: `order ${id}`, id });'),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 39,
          suggestions: [],
        },
      ],
    },
    {
      name: 'console: the message property of a single object',
      code: inHandler('', 'console.info({ message: `order ${id}`, id });'),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 40,
          suggestions: [],
        },
      ],
    },
    {
      name: 'console: the message property inside JSON.stringify of a single object',
      code: inHandler('', 'console.info(JSON.stringify({ message: `order ${id}`, id }));'),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 55,
          suggestions: [],
        },
      ],
    },
    {
      name: 'pino: the fields after the message are dropped',
      code: inHandler(PINO, "log.info('order placed', { id });"),
      output: null,
      errors: [
        {
          messageId: 'argumentOrder',
          data: { library: 'pino', fate: 'dropped' },
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 34,
          suggestions: [{ messageId: 'useFields', output: inHandler(PINO, "log.info({ id }, 'order placed');") }],
        },
      ],
    },
    {
      name: 'pino: an Error after the message goes under err',
      code: inHandler(PINO, "log.error('order failed', err);"),
      output: null,
      errors: [
        {
          messageId: 'argumentOrder',
          data: { library: 'pino', fate: 'dropped' },
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 32,
          suggestions: [{ messageId: 'useFields', output: inHandler(PINO, "log.error({ err }, 'order failed');") }],
        },
      ],
    },
    {
      name: 'pino: template message',
      code: inHandler(PINO, 'log.info(`order ${id} placed`);'),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 32,
          suggestions: [{ messageId: 'useFields', output: inHandler(PINO, "log.info({ id }, 'order placed');") }],
        },
      ],
    },
    {
      name: 'pino made lazily, and by an async factory of the file once awaited: messages built from data',
      code: `import pino from 'pino';
let p;
const init = () => { p ??= pino(); };
async function createLogger() { return pino({ level: 'info' }); }
export const handler = async (event: any) => {
  init();
  p.info('order ' + event.id);
  const q = await createLogger();
  q.info(\`saved \${event.id}\`);
};`,
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useFields',
              output: `import pino from 'pino';
let p;
const init = () => { p ??= pino(); };
async function createLogger() { return pino({ level: 'info' }); }
export const handler = async (event: any) => {
  init();
  p.info({ id: event.id }, 'order');
  const q = await createLogger();
  q.info(\`saved \${event.id}\`);
};`,
            },
          ],
        },
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 9,
          column: 10,
          endLine: 9,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useFields',
              output: `import pino from 'pino';
let p;
const init = () => { p ??= pino(); };
async function createLogger() { return pino({ level: 'info' }); }
export const handler = async (event: any) => {
  init();
  p.info('order ' + event.id);
  const q = await createLogger();
  q.info({ id: event.id }, 'saved');
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'pino made by a factory of the file: template message',
      code: inHandler(PINO_FACTORY, 'log.info(`order ${id} placed`);'),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 32,
          suggestions: [{ messageId: 'useFields', output: inHandler(PINO_FACTORY, "log.info({ id }, 'order placed');") }],
        },
      ],
    },
    {
      name: 'pino: template message after a fields object',
      code: inHandler(PINO, 'log.info({ step: 2 }, `order ${id} placed`);'),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 45,
          suggestions: [
            { messageId: 'useFields', output: inHandler(PINO, "log.info({ id, step: 2 }, 'order placed');") },
          ],
        },
      ],
    },
    {
      name: 'pino: printf placeholders put data in the message',
      code: inHandler(PINO, "log.info('order %s placed', id);"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'format specifiers' },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 29,
          suggestions: [],
        },
      ],
    },
    {
      name: 'bunyan: the fields after the message are formatted into the text',
      code: inHandler(BUNYAN, "log.warn('retrying', { attempt: event.attempt }, id);"),
      output: null,
      errors: [
        {
          messageId: 'argumentOrder',
          data: { library: 'bunyan', fate: 'formatted into the message text' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler(BUNYAN, "log.warn({ attempt: event.attempt, id }, 'retrying');"),
            },
          ],
        },
      ],
    },
    {
      name: 'winston: log(level, message) with data in the message',
      code: inHandler(WINSTON, "logger.log('info', 'user ' + event.user.name + ' logged in');"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler(WINSTON, "logger.log('info', 'user logged in', { name: event.user.name });"),
            },
          ],
        },
      ],
    },
    {
      name: 'winston: printf placeholders (splat)',
      code: inHandler(WINSTON, "logger.info('order %d placed', id);"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'format specifiers' },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 32,
          suggestions: [],
        },
      ],
    },
    {
      name: 'option loggers: a team logger with a template message; no suggestion (argument order unknown)',
      code: inHandler("import * as log from '@acme/log';\n", 'log.info(`order ${id}`);'),
      options: [{ loggers: ['@acme/log'] }],
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      name: 'TS typed handler under another export name',
      code: `import type { SQSHandler } from 'aws-lambda';
export const consume: SQSHandler = async (event) => {
  console.warn(\`got \${event.Records.length} records\`);
};`,
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 3,
          column: 16,
          endLine: 3,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useFields',
              output: `import type { SQSHandler } from 'aws-lambda';
export const consume: SQSHandler = async (event) => {
  console.warn(JSON.stringify({ message: 'got records', recordsLength: event.Records.length }));
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'export { main as handler }',
      code: "async function main(id: string) {\n  console.log('id', id);\n}\nexport { main as handler };",
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'useFields',
              output: "async function main(id: string) {\n  console.log(JSON.stringify({ message: 'id', id }));\n}\nexport { main as handler };",
            },
          ],
        },
      ],
    },
    {
      name: 'Powertools class handler with the decorator',
      code: `${POWERTOOLS}class Lambda {
  @logger.injectLambdaContext()
  public async handler(event: { id: string }): Promise<void> {
    logger.info('received ' + event.id);
  }
}
const instance = new Lambda();
export const handler = instance.handler.bind(instance);`,
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'useFields',
              output: `${POWERTOOLS}class Lambda {
  @logger.injectLambdaContext()
  public async handler(event: { id: string }): Promise<void> {
    logger.info('received', { id: event.id });
  }
}
const instance = new Lambda();
export const handler = instance.handler.bind(instance);`,
            },
          ],
        },
      ],
    },
    {
      name: 'Powertools: a number after the message is dropped (.length); the field is named after what it counts',
      code: inHandler(POWERTOOLS, "logger.info('records received', event.Records.length);"),
      output: null,
      errors: [
        {
          ...dropped('number', 4, 35, 55),
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler(POWERTOOLS, "logger.info('records received', { recordsLength: event.Records.length });"),
            },
          ],
        },
      ],
    },
    {
      name: 'Powertools: a count of an acronym-named list is named in camelCase',
      code: inHandler(POWERTOOLS, "logger.info('ids received', event.IDs.length);"),
      output: null,
      errors: [
        {
          ...dropped('number', 4, 31, 47),
          suggestions: [
            { messageId: 'useFields', output: inHandler(POWERTOOLS, "logger.info('ids received', { idsLength: event.IDs.length });") },
          ],
        },
      ],
    },
    {
      name: 'Powertools: booleans, arithmetic, Number(…) and Math after the message, next to a kept object',
      code: inHandler(POWERTOOLS, "logger.info('retry', { id }, event.attempt > 1, event.a * 2, Number(event.n), Math.round(event.ms));"),
      output: null,
      errors: [dropped('boolean', 4, 32, 49), dropped('number', 4, 51, 62), dropped('number', 4, 64, 79), dropped('number', 4, 81, 101)],
    },
    {
      name: 'Powertools: a numeric constant; the suggestion wraps it in a field named after it',
      code: inHandler(`${POWERTOOLS}const retries = 3;\n`, "logger.warn('retrying', retries);"),
      output: null,
      errors: [
        {
          ...dropped('number', 5, 27, 34),
          suggestions: [
            { messageId: 'useFields', output: inHandler(`${POWERTOOLS}const retries = 3;\n`, "logger.warn('retrying', { retries });") },
          ],
        },
      ],
    },
    {
      name: 'Powertools: a constant member; the suggestion names the field after the member',
      code: inHandler(`${POWERTOOLS}const CONFIG = { maxRetries: 3 } as const;\n`, "logger.warn('retrying', CONFIG.maxRetries);"),
      output: null,
      errors: [
        {
          ...dropped('number', 5, 27, 44),
          suggestions: [
            {
              messageId: 'useFields',
              output: inHandler(
                `${POWERTOOLS}const CONFIG = { maxRetries: 3 } as const;\n`,
                "logger.warn('retrying', { maxRetries: CONFIG.maxRetries });",
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'Powertools: a message built from data before an Error (or another kept extra): the fields go in a new object before it',
      code: inHandler(POWERTOOLS, "logger.error(`failed for ${event.id}`, err);\n  logger.warn('retrying ' + id, 'queue', err);"),
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 40,
          suggestions: [
            { messageId: 'useFields', output: inHandler(POWERTOOLS, "logger.error('failed for', { id: event.id }, err);\n  logger.warn('retrying ' + id, 'queue', err);") },
          ],
        },
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 31,
          suggestions: [
            { messageId: 'useFields', output: inHandler(POWERTOOLS, "logger.error(`failed for ${event.id}`, err);\n  logger.warn('retrying', { id }, 'queue', err);") },
          ],
        },
      ],
    },
    {
      name: "Powertools: no suggestion when a later extra may hold a field's key (an object held in a name, a text kept as `extra`)",
      code: inHandler(POWERTOOLS, "const meta = { id: event.requestId };\n  logger.info(`order ${event.id} placed`, meta);\n  logger.error(`bad input ${event.extra}`, 'see docs');"),
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 5, column: 15, endLine: 5, endColumn: 41, suggestions: [] },
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 6, column: 16, endLine: 6, endColumn: 42, suggestions: [] },
      ],
    },
    {
      name: 'Powertools: a message built from data and a dropped number are two problems',
      code: inHandler(POWERTOOLS, "logger.info(`order ${id}`, event.items.length);"),
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 4, column: 15, endLine: 4, endColumn: 28, suggestions: [] },
        {
          ...dropped('number', 4, 30, 48),
          suggestions: [
            { messageId: 'useFields', output: inHandler(POWERTOOLS, 'logger.info(`order ${id}`, { itemsLength: event.items.length });') },
          ],
        },
      ],
    },
    {
      name: 'winston: a string after the message is dropped by a JSON format',
      code: inHandler(WINSTON, "logger.info('saving order', `o-${id}`);"),
      output: null,
      errors: [dropped('string', 4, 31, 40, 'winston')],
    },
    {
      name: 'winston: log(level, message, number)',
      code: inHandler(WINSTON, "logger.log('info', 'attempt', Number(event.attempt) + 1);"),
      output: null,
      errors: [dropped('number', 4, 33, 58, 'winston')],
    },
    {
      name: 'util.format: a message built from data (named import from node:util)',
      code: inHandler(FORMAT, "console.log(format('Processing order %s', id));"),
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'util.format' }, line: 3, column: 15, endLine: 3, endColumn: 48, suggestions: [] },
      ],
    },
    {
      name: 'util.format: default and namespace imports, with a Powertools logger',
      code: inHandler(
        `${POWERTOOLS}import util from 'util';\nimport * as nodeUtil from 'node:util';\n`,
        "logger.info(util.format('order %s', id));\n  logger.info(nodeUtil.formatWithOptions({ colors: false }, 'order %s', id));",
      ),
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'util.format' }, line: 6, column: 15, endLine: 6, endColumn: 42, suggestions: [] },
        { messageId: 'dataInMessage', data: { how: 'util.format' }, line: 7, column: 15, endLine: 7, endColumn: 76, suggestions: [] },
      ],
    },
    {
      name: 'util.format under another name, in a message property',
      code: inHandler("import { format as fmt } from 'node:util';\n", "console.info(JSON.stringify({ message: fmt('order %s', id), id }));"),
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'util.format' }, line: 3, column: 42, endLine: 3, endColumn: 61, suggestions: [] },
      ],
    },
    {
      name: 'a promise rejection reason after a message built from data: no suggestion (an Error stringifies to {})',
      code: inHandler('', "await Promise.resolve(id).catch((reason) => console.error('save failed ' + id, reason));"),
      output: null,
      errors: [
        { messageId: 'multipleArguments', data: { method: 'error' }, line: 2, column: 61, endLine: 2, endColumn: 88, suggestions: [] },
      ],
    },
    {
      name: "a destructured rejection reason's message is a string, not an Error",
      code: inHandler('', "await Promise.resolve(id).catch(({ message }) => console.error('save failed', message));"),
      output: null,
      errors: [
        { messageId: 'multipleArguments', data: { method: 'error' }, line: 2, column: 66, endLine: 2, endColumn: 88, suggestions: [] },
      ],
    },
  ],
});

jsRuleTester.run('no-unstructured-logging', rule, {
  valid: [
    {
      name: 'ESM: a message read from a let assigned in the block before the line, with a caught Error',
      code: `export const handler = async (event) => {
  try {
    await run(event);
  } catch (err) {
    let detail;
    detail = 'run failed';
    console.error(detail + ':', err);
  }
};`,
    },
    {
      name: 'a script that exports handler and runs it itself at the top of the module writes to a terminal, not to CloudWatch',
      code: `export const handler = async () => {
  for (let attempt = 1; attempt <= 3; attempt++) console.log(\`[attempt \${attempt}] fetching feed\`);
};
handler().catch((error) => console.error('failed: ' + error.message));`,
    },
    {
      name: "JavaScript: an `eventHandler` key of other code (another module's router, a plain object) is not a Lambda handler",
      code: `import { Router } from './router';
import * as aws from '@pulumi/aws';
const listeners = { eventHandler: async (event) => console.log('event ' + JSON.stringify(event)) };
new Router('r', { routes: [{ path: '/', eventHandler: async (event) => console.log('event ' + event) }] });`,
    },
    {
      name: 'several constants: undefined, NaN and Infinity are constants too',
      code: "export const handler = async () => { console.log('x', null, undefined, NaN, Infinity); };",
    },
    {
      name: 'a module with no handler export (a util)',
      code: "export const log = (id) => console.log('id ' + id);",
    },
    {
      name: 'the reason of a promise rejection is an Error, whatever its name',
      code: "export const handler = async (event) => {\n  await save(event).catch((reason) => console.error('save failed', reason));\n};",
    },
  ],
  invalid: [
    {
      name: 'ESM: e as the element of findIndex over records is a record, not an Error',
      code: "export const handler = async (event) => {\n  const index = event.Records.findIndex((e) => { console.log('record', e); return e.eventName === 'REMOVE'; });\n  return index;\n};",
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 2,
          column: 62,
          endLine: 2,
          endColumn: 73,
          suggestions: [{ messageId: 'useFields', output: "export const handler = async (event) => {\n  const index = event.Records.findIndex((e) => { console.log(JSON.stringify({ message: 'record', e })); return e.eventName === 'REMOVE'; });\n  return index;\n};" }],
        },
      ],
    },
    {
      name: 'ESM: a template branch of a choice; a choice between two constant texts stays quiet',
      code: `export const handler = async (event) => {
  console.info(event.retry ? \`Retrying \${event.id}\` : 'First attempt');
  console.info(event.retry ? 'Retrying' : 'First attempt');
};
`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 2, column: 16, endLine: 2, endColumn: 70, suggestions: [] },
      ],
    },
    {
      name: 'ESM: Number(…) and a comparison bound to consts are a number and a boolean Powertools drops (two values: no suggestion)',
      code: `import { Logger } from '@aws-lambda-powertools/logger';
const logger = new Logger();
export const handler = async (event) => {
  const attempts = Number(event.attempt);
  const ok = attempts < 3;
  logger.warn('retrying', attempts, ok);
};
`,
      output: null,
      errors: [
        { messageId: 'droppedArgument', data: { library: 'Powertools Logger', kind: 'number', kept: 'objects, Errors and strings' }, line: 6, column: 27, endLine: 6, endColumn: 35, suggestions: [] },
        { messageId: 'droppedArgument', data: { library: 'Powertools Logger', kind: 'boolean', kept: 'objects, Errors and strings' }, line: 6, column: 37, endLine: 6, endColumn: 39, suggestions: [] },
      ],
    },
    {
      name: 'ESM: console.warn with a spread of the values before a message',
      code: `export const handler = async (event) => {
  console.warn(...event.failures, 'failed');
};`,
      output: null,
      errors: [{ messageId: 'multipleArguments', data: { method: 'warn' }, line: 2, column: 16, endLine: 2, endColumn: 43, suggestions: [] }],
    },
    {
      name: 'ESM: the suggested message drops punctuation between two values and the separators of a path or URL (s3://, /, .)',
      code: `export const handler = async (event) => {
  const { bucket, key, used, total, table, method } = event;
  console.log(\`Uploaded ZIP to s3://\${bucket}/\${key}\`);
  console.log(\`Queue size \${used} / \${total}\`);
  console.log(\`processing \${table}.\${method} request\`);
};
`,
      output: null,
      errors: [
      { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 3, column: 15, endLine: 3, endColumn: 54, suggestions: [{ messageId: 'useFields', output: `export const handler = async (event) => {
  const { bucket, key, used, total, table, method } = event;
  console.log(JSON.stringify({ message: 'Uploaded ZIP to s3', bucket, key }));
  console.log(\`Queue size \${used} / \${total}\`);
  console.log(\`processing \${table}.\${method} request\`);
};
` }] },
      { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 4, column: 15, endLine: 4, endColumn: 46, suggestions: [{ messageId: 'useFields', output: `export const handler = async (event) => {
  const { bucket, key, used, total, table, method } = event;
  console.log(\`Uploaded ZIP to s3://\${bucket}/\${key}\`);
  console.log(JSON.stringify({ message: 'Queue size', used, total }));
  console.log(\`processing \${table}.\${method} request\`);
};
` }] },
      { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 5, column: 15, endLine: 5, endColumn: 54, suggestions: [{ messageId: 'useFields', output: `export const handler = async (event) => {
  const { bucket, key, used, total, table, method } = event;
  console.log(\`Uploaded ZIP to s3://\${bucket}/\${key}\`);
  console.log(\`Queue size \${used} / \${total}\`);
  console.log(JSON.stringify({ message: 'processing request', table, method }));
};
` }] },
      ],
    },
    {
      name: 'ESM: a Map beside a message, and an Error made in place beside other data: no JSON rewrite',
      code: `export const handler = async (event) => {
  const byId = new Map(event.items.map((item) => [item.id, item]));
  console.info('Items', byId);
  const failure = new Error('Save failed');
  console.error('Save failed', event.id, failure);
};`,
      output: null,
      errors: [
        { messageId: 'multipleArguments', data: { method: 'info' }, line: 3, column: 16, endLine: 3, endColumn: 29, suggestions: [] },
        { messageId: 'multipleArguments', data: { method: 'error' }, line: 5, column: 17, endLine: 5, endColumn: 49, suggestions: [] },
      ],
    },
    {
      name: "ESM: a rejected result's reason as a field of a console line: no suggestion",
      code: `export const handler = async (event) => {
  const [outcome] = await Promise.allSettled([send(event)]);
  if (outcome.status === 'rejected') console.log('send failed', { id: event.id }, outcome.reason);
};`,
      output: null,
      errors: [{ messageId: 'multipleArguments', data: { method: 'log' }, line: 3, column: 50, endLine: 3, endColumn: 97, suggestions: [] }],
    },
    {
      name: 'JS: pino arguments in parentheses are swapped with their parentheses',
      code: `import pino from 'pino';
const log = pino();
export const handler = async (event) => {
  const { id } = event;
  log.info(('order placed'), ({ id }));
};`,
      output: null,
      errors: [
        {
          messageId: 'argumentOrder',
          data: { library: 'pino', fate: 'dropped' },
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useFields',
              output: `import pino from 'pino';
const log = pino();
export const handler = async (event) => {
  const { id } = event;
  log.info({ id }, 'order placed');
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'JS: a text variable appended with data by += is a message built from data',
      code: `export const handler = async (event) => {
  let text = \`Order \`;
  text += event.id;
  console.log(text);
};`,
      output: null,
      errors: [{ messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 4, column: 15, endLine: 4, endColumn: 19, suggestions: [] }],
    },
    {
      name: 'JS: a logger imported from the project (Powertools initialised in another module) given a message built from data',
      code: `import { logger } from './power-tools-init.js';
export const handler = async (event) => {
  logger.error('Invalid HTTP method: ' + event.httpMethod);
  logger.info('request handled', { method: event.httpMethod });
};`,
      errors: [{ messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 3, column: 16, endLine: 3, endColumn: 58, suggestions: [] }],
    },
    {
      name: 'JS: quotes that do not touch the value stay in the suggested message; quotes around the value go with it',
      code: `export const handler = async (event) => {
  console.log('say "hi" ' + event.id);
  console.log(\`user '\${event.name}' logged in\`);
};`,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useFields',
              output: `export const handler = async (event) => {
  console.log(JSON.stringify({ message: 'say "hi"', id: event.id }));
  console.log(\`user '\${event.name}' logged in\`);
};`,
            },
          ],
        },
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'useFields',
              output: `export const handler = async (event) => {
  console.log('say "hi" ' + event.id);
  console.log(JSON.stringify({ message: 'user logged in', name: event.name }));
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'JS: a message built with join() of text and data, bound to a name',
      code: `export const handler = async (event) => {
  const line = ['Deleted', event.count, 'items'].join(' ');
  console.info(line);
};`,
      errors: [{ messageId: 'dataInMessage', data: { how: 'join()' }, line: 3, column: 16, endLine: 3, endColumn: 20, suggestions: [] }],
    },
    {
      name: "JS: a value's possessive ('s) goes with it, curly quotes around a value are separators, an unmatched curly quote is dropped",
      code: `export const handler = async (event) => {
  const { id, u, n, k, v } = event;
  console.log('order ' + id + "'s items shipped");
  console.log("it's " + u + "'s turn");
  console.log('“' + n + '” done');
  console.log('loaded “' + n + ' items');
};`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 3, column: 15, endLine: 3, endColumn: 49, suggestions: [{ messageId: 'useFields', output: `export const handler = async (event) => {
  const { id, u, n, k, v } = event;
  console.log(JSON.stringify({ message: 'order items shipped', id }));
  console.log("it's " + u + "'s turn");
  console.log('“' + n + '” done');
  console.log('loaded “' + n + ' items');
};` }] },
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 4, column: 15, endLine: 4, endColumn: 38, suggestions: [{ messageId: 'useFields', output: `export const handler = async (event) => {
  const { id, u, n, k, v } = event;
  console.log('order ' + id + "'s items shipped");
  console.log(JSON.stringify({ message: "it's turn", u }));
  console.log('“' + n + '” done');
  console.log('loaded “' + n + ' items');
};` }] },
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 5, column: 15, endLine: 5, endColumn: 33, suggestions: [{ messageId: 'useFields', output: `export const handler = async (event) => {
  const { id, u, n, k, v } = event;
  console.log('order ' + id + "'s items shipped");
  console.log("it's " + u + "'s turn");
  console.log(JSON.stringify({ message: 'done', n }));
  console.log('loaded “' + n + ' items');
};` }] },
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 6, column: 15, endLine: 6, endColumn: 40, suggestions: [{ messageId: 'useFields', output: `export const handler = async (event) => {
  const { id, u, n, k, v } = event;
  console.log('order ' + id + "'s items shipped");
  console.log("it's " + u + "'s turn");
  console.log('“' + n + '” done');
  console.log(JSON.stringify({ message: 'loaded items', n }));
};` }] },
      ],
    },
    {
      name: 'JS: a sum in parentheses is one value (no suggestion splits it); text in parentheses joins; a bracket or quote the value took its partner from is dropped from the suggested message',
      code: `export const handler = async (event) => {
  const { i, n } = event;
  console.log('Processing record ' + (i + 1) + ' of ' + n);
  console.log('Sum ' + (i + n + ' units'));
  console.log('Record ' + ('#' + i) + ' of ' + n);
  console.log('Fetched items (page ' + n + ')');
  console.log('say "hi"' + n);
};`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 3, column: 15, endLine: 3, endColumn: 58, suggestions: [] },
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 4, column: 15, endLine: 4, endColumn: 42, suggestions: [] },
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 5, column: 15, endLine: 5, endColumn: 49, suggestions: [{ messageId: 'useFields', output: `export const handler = async (event) => {
  const { i, n } = event;
  console.log('Processing record ' + (i + 1) + ' of ' + n);
  console.log('Sum ' + (i + n + ' units'));
  console.log(JSON.stringify({ message: 'Record of', i, n }));
  console.log('Fetched items (page ' + n + ')');
  console.log('say "hi"' + n);
};` }] },
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 6, column: 15, endLine: 6, endColumn: 47, suggestions: [{ messageId: 'useFields', output: `export const handler = async (event) => {
  const { i, n } = event;
  console.log('Processing record ' + (i + 1) + ' of ' + n);
  console.log('Sum ' + (i + n + ' units'));
  console.log('Record ' + ('#' + i) + ' of ' + n);
  console.log(JSON.stringify({ message: 'Fetched items page', n }));
  console.log('say "hi"' + n);
};` }] },
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 7, column: 15, endLine: 7, endColumn: 29, suggestions: [{ messageId: 'useFields', output: `export const handler = async (event) => {
  const { i, n } = event;
  console.log('Processing record ' + (i + 1) + ' of ' + n);
  console.log('Sum ' + (i + n + ' units'));
  console.log('Record ' + ('#' + i) + ' of ' + n);
  console.log('Fetched items (page ' + n + ')');
  console.log(JSON.stringify({ message: 'say hi', n }));
};` }] },
      ],
    },
    {
      name: 'JS: a guard on a let that is reassigned, or on the environment, may run',
      code: `const VERBOSE = 0;
let trace = false;
export const handler = async (event) => {
  VERBOSE && console.log('event', event);
  if (trace) console.log('trace', event.id);
  trace = process.env.TRACE === '1';
  if (process.env.DEBUG) console.log('debug', event.id);
  return { statusCode: 200 };
};`,
      output: null,
      errors: [
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 5, column: 26, endLine: 5, endColumn: 43, suggestions: [{ messageId: 'useFields', output: `const VERBOSE = 0;
let trace = false;
export const handler = async (event) => {
  VERBOSE && console.log('event', event);
  if (trace) console.log(JSON.stringify({ message: 'trace', id: event.id }));
  trace = process.env.TRACE === '1';
  if (process.env.DEBUG) console.log('debug', event.id);
  return { statusCode: 200 };
};` }] },
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 7, column: 38, endLine: 7, endColumn: 55, suggestions: [{ messageId: 'useFields', output: `const VERBOSE = 0;
let trace = false;
export const handler = async (event) => {
  VERBOSE && console.log('event', event);
  if (trace) console.log('trace', event.id);
  trace = process.env.TRACE === '1';
  if (process.env.DEBUG) console.log(JSON.stringify({ message: 'debug', id: event.id }));
  return { statusCode: 200 };
};` }] },
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
      errors: [{ messageId: 'dataInMessage', data: { how: 'template literal' }, line: 6, column: 17, endLine: 6, endColumn: 59, suggestions: [] }],
    },
    {
      name: "e and ex name a handler's event or a loop's element too: only errors (a catch, a list of failures) are exempt",
      code: "export const handler = async (e, context) => {\n  console.log('received', e);\n  for (const ex of e.Records) console.log('record', ex);\n  e.Records.map((r) => r).forEach((e) => console.log('item', e));\n  for (const e of failures) console.log('failed', e);\n  try { await run(); } catch (e) { console.log('boom', e); }\n};\n",
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 28,
          suggestions: [{ messageId: 'useFields', output: "export const handler = async (e, context) => {\n  console.log(JSON.stringify({ message: 'received', e }));\n  for (const ex of e.Records) console.log('record', ex);\n  e.Records.map((r) => r).forEach((e) => console.log('item', e));\n  for (const e of failures) console.log('failed', e);\n  try { await run(); } catch (e) { console.log('boom', e); }\n};\n" }],
        },
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 55,
          suggestions: [{ messageId: 'useFields', output: "export const handler = async (e, context) => {\n  console.log('received', e);\n  for (const ex of e.Records) console.log(JSON.stringify({ message: 'record', ex }));\n  e.Records.map((r) => r).forEach((e) => console.log('item', e));\n  for (const e of failures) console.log('failed', e);\n  try { await run(); } catch (e) { console.log('boom', e); }\n};\n" }],
        },
      ],
    },
    {
      name: 'no rewrite into JSON.stringify of a bigint (it would throw) or of a field named __proto__ (it would vanish)',
      code: "export const handler = async (event) => {\n  const total = BigInt(event.n);\n  console.log('total', total);\n  console.log('big', { total });\n  console.log('a', event.__proto__);\n};",
      output: null,
      errors: [
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 3, column: 15, endLine: 3, endColumn: 29, suggestions: [] },
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 4, column: 15, endLine: 4, endColumn: 31, suggestions: [] },
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 5, column: 15, endLine: 5, endColumn: 35, suggestions: [] },
      ],
    },
    {
      name: 'middy-wrapped handler, lambda-log',
      code: `import middy from '@middy/core';
import log from 'lambda-log';
const lambdaHandler = async (event) => { log.info('count: ' + event.count); };
export const handler = middy(lambdaHandler);`,
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'useFields',
              output: `import middy from '@middy/core';
import log from 'lambda-log';
const lambdaHandler = async (event) => { log.info('count', { count: event.count }); };
export const handler = middy(lambdaHandler);`,
            },
          ],
        },
      ],
    },
    {
      name: 'Powertools in JavaScript: a number after the message is dropped',
      code: "import { Logger } from '@aws-lambda-powertools/logger';\nconst logger = new Logger();\nexport const handler = async (event) => {\n  logger.info('records received', event.Records.length);\n};",
      output: null,
      errors: [
        {
          ...dropped('number', 4, 35, 55),
          suggestions: [
            {
              messageId: 'useFields',
              output:
                "import { Logger } from '@aws-lambda-powertools/logger';\nconst logger = new Logger();\nexport const handler = async (event) => {\n  logger.info('records received', { recordsLength: event.Records.length });\n};",
            },
          ],
        },
      ],
    },
    {
      name: 'export function handler, dazn logger',
      code: "import Log from '@dazn/lambda-powertools-logger';\nexport async function handler(event) { Log.warn(`slow: ${event.ms}ms`); }",
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 2,
          column: 49,
          endLine: 2,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'useFields',
              output:
                "import Log from '@dazn/lambda-powertools-logger';\nexport async function handler(event) { Log.warn('slow ms', { ms: event.ms }); }",
            },
          ],
        },
      ],
    },
  ],
});

cjsRuleTester.run('no-unstructured-logging', rule, {
  valid: [
    {
      name: 'CJS: a constant message and an Error of a custom class bound to a name',
      code: `class NotFound extends Error {}
exports.handler = async (event) => {
  const missing = new NotFound(event.id);
  console.error('Order not found', missing);
};`,
    },
    {
      name: 'CJS: a constant message held by a let assigned just before, with a caught error',
      code: `exports.handler = (event, context, callback) => {
  iot.describeEndpoint({ endpointType: 'iot:Data-ATS' }, (err, data) => {
    let responseData;
    if (err) {
      responseData = { Error: 'describeEndpoint call failed' };
      console.log(responseData.Error + ':\\n', err);
    }
    callback(null, responseData);
  });
};`,
    },
    {
      name: 'CJS: pino placeholders filled only with constants',
      code: `const pino = require('pino');
const log = pino();
const LIMIT = 5;
exports.handler = async (event) => {
  log.warn('retry %d of %d', 1, LIMIT);
  return event;
};`,
    },
    {
      name: 'the reasons of rejected settled promises, filtered first',
      code: `exports.handler = async (event) => {
  const settled = await Promise.allSettled(event.Records.map(process));
  settled.filter((r) => r.status === 'rejected').forEach((r) => console.error('Failed', r.reason));
};`,
    },
    {
      name: 'CJS: a concatenation with a choice between texts known as written is a constant message',
      code: `exports.handler = async (event) => {
  const abTest = event.abTest;
  console.warn('[ASSEMBLY] Skipping section order - ' + (abTest ? 'A/B test active' : event.list ? 'list' : 'none'));
  return { statusCode: 204 };
};`,
    },
    {
      name: 'CJS: log lines that run only outside Lambda: under a command-line flag (indexOf, includes, argv[n]) or a local run variable (IS_OFFLINE, IS_LOCAL)',
      code: `const { Webhook } = require('jovo-framework');
const { app } = require('./app.js');
if (process.argv.indexOf('--webhook') > -1) {
  const port = process.env.JOVO_PORT || 3000;
  Webhook.listen(port, () => {
    console.info(\`Local server listening on port \${port}.\`);
  });
}
if (process.argv.includes('--local') && process.env.PORT) console.log('local run on', process.env.PORT);
if (process.argv[2] === 'serve') console.log(\`serving \${app.name}\`);
if (process.env.IS_OFFLINE) console.log('offline', process.env.STAGE);
if (process.env.IS_LOCAL === 'true') console.log(\`invoked locally in \${process.env.STAGE}\`);
exports.handler = async (event, context, callback) => {
  await app.handle(event, context, callback);
};`,
    },
    {
      name: 'CommonJS: a module-level constant array of language codes in a template is fixed text',
      code: "const supportedLanguages = ['en', 'fr', 'de'];\nexports.handler = async (event) => {\n  if (!supportedLanguages.includes(event.language)) {\n    return console.error(`Aborting: language not in supported list (${supportedLanguages})`);\n  }\n  return { ok: true };\n};\n",
    },
    {
      name: 'CommonJS: an Error logged with its own stack or message (either order)',
      code: "exports.handler = async (event) => {\n  try {\n    await run(event);\n  } catch (error) {\n    console.error(error, error.stack);\n    console.log(error.message, error);\n  }\n};\nconst run = async () => {};\n",
    },
    {
      name: 'CommonJS: a console call in the function passed to page.evaluate runs in the browser',
      code: `const puppeteer = require('puppeteer');
exports.handler = async (event) => {
  const page = await (await puppeteer.launch()).newPage();
  await page.goto(event.url);
  return page.evaluate(function () {
    console.log('links', document.links.length);
    return document.links.length;
  });
};`,
    },
    {
      name: 'a line written only when the module runs as a program (a local server), never in Lambda',
      code: `const app = require('./app');
const serverless = require('serverless-http');
if (require.main === module) {
  app.listen(3000, () => console.log(\`listening on \${3000}\`));
}
exports.handler = async (event, context) => {
  if (module == require.main) console.log('local', event.path);
  return serverless(app)(event, context);
};`,
    },
    {
      name: 'CommonJS pino with the right order',
      code: "const log = require('pino')();\nexports.handler = async (event) => { log.info({ id: event.id }, 'received'); };",
    },
    {
      name: 'CommonJS require of a module named util that is not Node\'s stays quiet',
      code: "const { format } = require('./util');\nexports.handler = async (event) => { console.log(format('order %s', event.id)); };",
    },
  ],
  invalid: [
    {
      name: 'CJS: e as the element of findLast over records is a record, not an Error',
      code: "exports.handler = async (event) => {\n  const last = event.Records.findLast((e) => { console.log('record', e); return e.eventName === 'INSERT'; });\n  return last;\n};",
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 2,
          column: 60,
          endLine: 2,
          endColumn: 71,
          suggestions: [{ messageId: 'useFields', output: "exports.handler = async (event) => {\n  const last = event.Records.findLast((e) => { console.log(JSON.stringify({ message: 'record', e })); return e.eventName === 'INSERT'; });\n  return last;\n};" }],
        },
      ],
    },
    {
      name: 'CJS: a choice bound to a const first, one branch a concatenation with data',
      code: `exports.handler = async (event) => {
  const line = event.items.length === 0 ? 'Nothing to do' : 'Processing ' + event.items.length + ' items';
  console.log(line);
};
`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 3, column: 15, endLine: 3, endColumn: 19, suggestions: [] },
      ],
    },
    {
      name: "CJS: a string's length bound to a const, passed after the message",
      code: `const { Logger } = require('@aws-lambda-powertools/logger');
const logger = new Logger();
exports.handler = async (event) => {
  const size = event.body.length;
  logger.debug('body size', size);
};
`,
      output: null,
      errors: [
        { messageId: 'droppedArgument', data: { library: 'Powertools Logger', kind: 'number', kept: 'objects, Errors and strings' }, line: 5, column: 29, endLine: 5, endColumn: 33, suggestions: [{ messageId: 'useFields', output: `const { Logger } = require('@aws-lambda-powertools/logger');
const logger = new Logger();
exports.handler = async (event) => {
  const size = event.body.length;
  logger.debug('body size', { size });
};
` }] },
      ],
    },
    {
      name: 'CJS: console.error with a message and a spread of the arguments',
      code: `exports.handler = async (event, ...rest) => {
  console.error('unexpected', ...rest);
};`,
      output: null,
      errors: [{ messageId: 'multipleArguments', data: { method: 'error' }, line: 2, column: 17, endLine: 2, endColumn: 38, suggestions: [] }],
    },
    {
      name: 'CJS: a path separator after a value and a full stop after the last one go with the values',
      code: `exports.handler = async (event) => {
  console.log('Wrote ' + event.dir + '/report.csv for ' + event.id + '.');
};
`,
      output: null,
      errors: [
      { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 2, column: 15, endLine: 2, endColumn: 73, suggestions: [{ messageId: 'useFields', output: `exports.handler = async (event) => {
  console.log(JSON.stringify({ message: 'Wrote report.csv for', dir: event.dir, id: event.id }));
};
` }] },
      ],
    },
    {
      name: "CJS: a rejected result's reason after a value: no suggestion",
      code: `exports.handler = async (event) => {
  const results = await Promise.allSettled(event.Records.map(send));
  results.forEach((r, i) => { if (r.status === 'rejected') console.warn('record', i, r.reason); });
};`,
      output: null,
      errors: [{ messageId: 'multipleArguments', data: { method: 'warn' }, line: 3, column: 73, endLine: 3, endColumn: 94, suggestions: [] }],
    },
    {
      name: 'CommonJS: a value in parentheses (twice) is replaced with them',
      code: `exports.handler = async (event) => {
  console.log('order', ((event.id)));
};`,
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'useFields',
              output: `exports.handler = async (event) => {
  console.log(JSON.stringify({ message: 'order', id: event.id }));
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'CommonJS: a var appended with data by += after a constant first value',
      code: `exports.handler = async (event) => {
  var message = 'Deleted ';
  message += event.count;
  message += ' items';
  console.info(message);
};`,
      output: null,
      errors: [{ messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 5, column: 16, endLine: 5, endColumn: 23, suggestions: [] }],
    },
    {
      name: 'CJS: a logger required from the project given a template message',
      code: `const { log } = require('./lib/log');
exports.handler = async (event) => {
  log.warn(\`retrying \${event.id}\`);
};`,
      errors: [{ messageId: 'dataInMessage', data: { how: 'template literal' }, line: 3, column: 12, endLine: 3, endColumn: 34, suggestions: [] }],
    },
    {
      name: 'CJS: a message built with concat() of a template and data',
      code: `exports.handler = async (event) => {
  console.log(\`order \${event.id}: \`.concat(event.status));
};`,
      errors: [{ messageId: 'dataInMessage', data: { how: 'concat()' }, line: 2, column: 15, endLine: 2, endColumn: 57, suggestions: [] }],
    },
    {
      name: 'CJS: sums in parentheses are values of their own: no suggestion takes them apart',
      code: `exports.handler = async (event) => {
  console.log('Retry ' + (event.attempt + 1) + ' in ' + (event.delay * 2) + ' ms');
};`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 2, column: 15, endLine: 2, endColumn: 82, suggestions: [] },
      ],
    },
    {
      name: 'winston with a printf text format: data in the message is reported, with no suggestion (the format prints only the message)',
      code: `const winston = require('winston');
const logger = winston.createLogger({ format: winston.format.combine(winston.format.timestamp(),
  winston.format.printf(({ level, message, timestamp }) => \`\${timestamp} \${level}: \${message}\`)) });
exports.handler = async (event) => { logger.info(\`processing \${event.id}\`); };`,
      output: null,
      errors: [{ messageId: 'dataInMessage', data: { how: 'template literal' }, line: 4, column: 50, endLine: 4, endColumn: 74, suggestions: [] }],
    },
    {
      name: 'winston with its JSON format: the suggestion moves the value to a field',
      code: `const winston = require('winston');
const logger = winston.createLogger({ format: winston.format.json() });
exports.handler = async (event) => { logger.info(\`processing \${event.id}\`); };`,
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 3,
          column: 50,
          endLine: 3,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'useFields',
              output: `const winston = require('winston');
const logger = winston.createLogger({ format: winston.format.json() });
exports.handler = async (event) => { logger.info('processing', { id: event.id }); };`,
            },
          ],
        },
      ],
    },
    {
      name: 'CJS: reported: the message is a template; its suggestion must not move a bigint into JSON.stringify (throws)',
      code: `exports.handler = async (event) => {
  const started = process.hrtime.bigint();
  await processRecords(event.Records);
  const elapsed = process.hrtime.bigint() - started;
  console.log(JSON.stringify({ level: 'info', message: \`batch processed in \${elapsed} ns\` }));
};
async function processRecords(records) { return records; }`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 5, column: 56, endLine: 5, endColumn: 90, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the message is a template; the suggestion must not put orderId before ...meta (meta.orderId would replace it)',
      code: `exports.handler = async (event) => {
  const orderId = event.detail.orderId;
  const meta = { service: 'orders', requestId: event.id, ...event.detail.trace };
  console.log(JSON.stringify({ message: \`order \${orderId} shipped\`, ...meta }));
};`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 4, column: 41, endLine: 4, endColumn: 67, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the message is a template; the suggestion must not move userId to a field the replacer list drops',
      code: `const LOG_KEYS = ['level', 'message', 'requestId'];
exports.handler = async (event, context) => {
  const userId = event.requestContext.authorizer.claims.sub;
  console.log(JSON.stringify({ level: 'info', requestId: context.awsRequestId, message: \`user \${userId} signed in\` }, LOG_KEYS));
};`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 4, column: 89, endLine: 4, endColumn: 115, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the message property is a template; no suggestion should move the BigInt into JSON.stringify (throws)',
      code: `exports.handler = async (event) => {
  const amountCents = BigInt(event.detail.amountCents);
  console.log(JSON.stringify({ level: 'info', message: \`charging \${amountCents} cents\` }));
};`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 3, column: 56, endLine: 3, endColumn: 87, suggestions: [] },
      ],
    },
    {
      name: 'CJS: reported: the message property of the JSON entry is a template built from data: the suggestion moves the value to a field of its own',
      code: `exports.handler = async (event) => {
  const id = event.id;
  console.log(JSON.stringify({ message: \`order \${id} placed\` }));
  return { statusCode: 201 };
};`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 3, column: 41, endLine: 3, endColumn: 61, suggestions: [{ messageId: 'useFields', output: `exports.handler = async (event) => {
  const id = event.id;
  console.log(JSON.stringify({ message: 'order placed', id }));
  return { statusCode: 201 };
};` }] },
      ],
    },
    {
      name: 'CJS: a second argument choosing between texts written in place keeps the line constant; a choice with data does not',
      code: `exports.handler = async (event) => {
  const apiKey = process.env.API_KEY;
  console.log('Final apiKey status:', apiKey ? 'Found' : 'Not found');
  console.log('Final apiKey status:', apiKey ? 'Found' : apiKey);
  return {};
};`,
      output: null,
      errors: [
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 4, column: 15, endLine: 4, endColumn: 64, suggestions: [] },
      ],
    },
    {
      name: 'CJS: a template whose only expression chooses between texts written in place is a constant message; a choice with data is data',
      code: `exports.handler = async (event) => {
  console.log(\`mode: \${event.abTest ? 'a/b test' : 'plain send'}\`);
  console.log(\`mode: \${event.abTest ? 'a/b test' : event.mode}\`);
  return {};
};`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 3, column: 15, endLine: 3, endColumn: 64, suggestions: [] },
      ],
    },
    {
      name: 'CJS: an Alexa skill whose ASK SDK builder is first bound to a const is a handler file',
      code: `const Alexa = require('ask-sdk-core');

const SessionEndedRequestHandler = {
  canHandle(handlerInput) {
    return handlerInput.requestEnvelope.request.type === 'SessionEndedRequest';
  },
  handle(handlerInput) {
    console.error(\`Session ended with reason: \${handlerInput.requestEnvelope.request.reason}\`);
    return handlerInput.responseBuilder.getResponse();
  },
};

const skillBuilder = Alexa.SkillBuilders.custom();
exports.handler = skillBuilder.addRequestHandlers(SessionEndedRequestHandler).lambda();`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 8, column: 19, endLine: 8, endColumn: 94, suggestions: [{ messageId: 'useFields', output: `const Alexa = require('ask-sdk-core');

const SessionEndedRequestHandler = {
  canHandle(handlerInput) {
    return handlerInput.requestEnvelope.request.type === 'SessionEndedRequest';
  },
  handle(handlerInput) {
    console.error(JSON.stringify({ message: 'Session ended with reason', reason: handlerInput.requestEnvelope.request.reason }));
    return handlerInput.responseBuilder.getResponse();
  },
};

const skillBuilder = Alexa.SkillBuilders.custom();
exports.handler = skillBuilder.addRequestHandlers(SessionEndedRequestHandler).lambda();` }] },
      ],
    },
    {
      name: 'CJS: a choice with a branch of data is data in the message',
      code: `exports.handler = async (event) => {
  console.warn('Skipping section order - ' + (event.abTest ? 'A/B test active' : event.reason));
  return { statusCode: 204 };
};`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 2, column: 16, endLine: 2, endColumn: 95, suggestions: [] },
      ],
    },
    {
      name: 'CJS: tests on the runtime own command line (argv[0], argv[1], a path) hold in Lambda',
      code: `const { app } = require('./app.js');
if (process.argv[1] === '/var/runtime/index.mjs') console.log('runtime', process.env.AWS_REGION);
if (process.argv.includes('/var/runtime/index.mjs')) console.log(\`in \${process.env.AWS_REGION}\`);
if (process.argv[0] === 'node') console.log('node', app.name);
exports.handler = async (event, context, callback) => {
  await app.handle(event, context, callback);
};`,
      output: null,
      errors: [
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 2, column: 63, endLine: 2, endColumn: 96, suggestions: [{ messageId: 'useFields', output: `const { app } = require('./app.js');
if (process.argv[1] === '/var/runtime/index.mjs') console.log(JSON.stringify({ message: 'runtime', AWS_REGION: process.env.AWS_REGION }));
if (process.argv.includes('/var/runtime/index.mjs')) console.log(\`in \${process.env.AWS_REGION}\`);
if (process.argv[0] === 'node') console.log('node', app.name);
exports.handler = async (event, context, callback) => {
  await app.handle(event, context, callback);
};` }] },
        { messageId: 'dataInMessage', data: { how: 'template literal' }, line: 3, column: 66, endLine: 3, endColumn: 96, suggestions: [{ messageId: 'useFields', output: `const { app } = require('./app.js');
if (process.argv[1] === '/var/runtime/index.mjs') console.log('runtime', process.env.AWS_REGION);
if (process.argv.includes('/var/runtime/index.mjs')) console.log(JSON.stringify({ message: 'in', AWS_REGION: process.env.AWS_REGION }));
if (process.argv[0] === 'node') console.log('node', app.name);
exports.handler = async (event, context, callback) => {
  await app.handle(event, context, callback);
};` }] },
        { messageId: 'multipleArguments', data: { method: 'log' }, line: 4, column: 45, endLine: 4, endColumn: 61, suggestions: [{ messageId: 'useFields', output: `const { app } = require('./app.js');
if (process.argv[1] === '/var/runtime/index.mjs') console.log('runtime', process.env.AWS_REGION);
if (process.argv.includes('/var/runtime/index.mjs')) console.log(\`in \${process.env.AWS_REGION}\`);
if (process.argv[0] === 'node') console.log(JSON.stringify({ message: 'node', name: app.name }));
exports.handler = async (event, context, callback) => {
  await app.handle(event, context, callback);
};` }] },
      ],
    },
    {
      name: 'CJS: log lines under tests that hold when Lambda runs the module (a flag absent, arguments counted, IS_OFFLINE not true)',
      code: `const { app } = require('./app.js');
if (!process.argv.includes('--local')) console.log('deployed run', process.env.STAGE);
if (process.argv.length > 2) console.log('arguments', process.argv.length);
if (process.env.IS_OFFLINE !== 'true') console.log(\`online in \${process.env.STAGE}\`);
if (process.argv.indexOf('--webhook') === -1) console.log('no webhook', app.name);
exports.handler = async (event, context, callback) => {
  await app.handle(event, context, callback);
};`,
      output: null,
      errors: [
        { messageId: 'multipleArguments', data: {method: 'log'}, line: 2, column: 52, endLine: 2, endColumn: 85, suggestions: [{ messageId: 'useFields', output: `const { app } = require('./app.js');
if (!process.argv.includes('--local')) console.log(JSON.stringify({ message: 'deployed run', STAGE: process.env.STAGE }));
if (process.argv.length > 2) console.log('arguments', process.argv.length);
if (process.env.IS_OFFLINE !== 'true') console.log(\`online in \${process.env.STAGE}\`);
if (process.argv.indexOf('--webhook') === -1) console.log('no webhook', app.name);
exports.handler = async (event, context, callback) => {
  await app.handle(event, context, callback);
};` }] },
        { messageId: 'multipleArguments', data: {method: 'log'}, line: 3, column: 42, endLine: 3, endColumn: 74, suggestions: [{ messageId: 'useFields', output: `const { app } = require('./app.js');
if (!process.argv.includes('--local')) console.log('deployed run', process.env.STAGE);
if (process.argv.length > 2) console.log(JSON.stringify({ message: 'arguments', argvLength: process.argv.length }));
if (process.env.IS_OFFLINE !== 'true') console.log(\`online in \${process.env.STAGE}\`);
if (process.argv.indexOf('--webhook') === -1) console.log('no webhook', app.name);
exports.handler = async (event, context, callback) => {
  await app.handle(event, context, callback);
};` }] },
        { messageId: 'dataInMessage', data: {how: 'template literal'}, line: 4, column: 52, endLine: 4, endColumn: 84, suggestions: [{ messageId: 'useFields', output: `const { app } = require('./app.js');
if (!process.argv.includes('--local')) console.log('deployed run', process.env.STAGE);
if (process.argv.length > 2) console.log('arguments', process.argv.length);
if (process.env.IS_OFFLINE !== 'true') console.log(JSON.stringify({ message: 'online in', STAGE: process.env.STAGE }));
if (process.argv.indexOf('--webhook') === -1) console.log('no webhook', app.name);
exports.handler = async (event, context, callback) => {
  await app.handle(event, context, callback);
};` }] },
        { messageId: 'multipleArguments', data: {method: 'log'}, line: 5, column: 59, endLine: 5, endColumn: 81, suggestions: [{ messageId: 'useFields', output: `const { app } = require('./app.js');
if (!process.argv.includes('--local')) console.log('deployed run', process.env.STAGE);
if (process.argv.length > 2) console.log('arguments', process.argv.length);
if (process.env.IS_OFFLINE !== 'true') console.log(\`online in \${process.env.STAGE}\`);
if (process.argv.indexOf('--webhook') === -1) console.log(JSON.stringify({ message: 'no webhook', name: app.name }));
exports.handler = async (event, context, callback) => {
  await app.handle(event, context, callback);
};` }] },
      ],
    },
    {
      name: 'CJS: an Alexa skill exported as the ASK SDK builder lambda() is a handler file: its log lines are checked',
      code: `const Alexa = require('ask-sdk-core');
const ErrorHandler = {
  canHandle() {
    return true;
  },
  handle(handlerInput, error) {
    console.log(\`Error handled: \${error.message}\`);
    return handlerInput.responseBuilder.speak('Sorry, I had trouble.').getResponse();
  },
};
exports.handler = Alexa.SkillBuilders.custom().addErrorHandlers(ErrorHandler).lambda();`,
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: {how: 'template literal'}, line: 7, column: 17, endLine: 7, endColumn: 50, suggestions: [] },
      ],
    },
    {
      name: 'CommonJS: a constant-case member of an imported module that this file assigns per request is data',
      code: `const globals = require('./globals');
exports.handler = async (event, context) => {
  globals.REQUEST_ID = context.awsRequestId;
  console.log(JSON.stringify({ message: 'start' }));
  console.log(\`[\${globals.REQUEST_ID}] fetching orders\`);
};`,
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 5,
          column: 15,
          endLine: 5,
          endColumn: 56,
          suggestions: [{ messageId: 'useFields', output: `const globals = require('./globals');
exports.handler = async (event, context) => {
  globals.REQUEST_ID = context.awsRequestId;
  console.log(JSON.stringify({ message: 'start' }));
  console.log(JSON.stringify({ message: 'fetching orders', REQUEST_ID: globals.REQUEST_ID }));
};` }],
        },
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
      errors: [{ messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 8, column: 19, endLine: 8, endColumn: 51, suggestions: [] }],
    },
    {
      name: 'CJS: a module whose handler is an export of any name wrapped by the project\'s middyfy',
      code: `const { middyfy } = require('../../libs/lambda');
const hello = async (event) => {
  console.log('event', JSON.stringify(event.headers));
  return { statusCode: 200 };
};
module.exports.main = middyfy(hello);`,
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 53,
          suggestions: [],
        },
      ],
    },
    {
      name: 'exports.handler with console concatenation',
      code: "exports.handler = async (event) => {\n  console.log('Received ' + event.Records.length + ' records');\n};",
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useFields',
              output:
                "exports.handler = async (event) => {\n  console.log(JSON.stringify({ message: 'Received records', recordsLength: event.Records.length }));\n};",
            },
          ],
        },
      ],
    },
    {
      name: 'CommonJS winston with a JSON format: a number after the message is dropped',
      code: `const winston = require('winston');
const log = winston.createLogger({ format: winston.format.json(), transports: [new winston.transports.Console()] });
exports.handler = async (event) => {
  log.info('saving order', event.items.length);
};`,
      output: null,
      errors: [
        {
          ...dropped('number', 4, 28, 46, 'winston'),
          suggestions: [
            {
              messageId: 'useFields',
              output: `const winston = require('winston');
const log = winston.createLogger({ format: winston.format.json(), transports: [new winston.transports.Console()] });
exports.handler = async (event) => {
  log.info('saving order', { itemsLength: event.items.length });
};`,
            },
          ],
        },
      ],
    },
    {
      name: 'CommonJS util.format, renamed and required',
      code: "const { format: fmt } = require('node:util');\nexports.handler = async (event) => {\n  console.log(fmt('Processing order %s', event.id));\n};",
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'util.format' }, line: 3, column: 15, endLine: 3, endColumn: 51, suggestions: [] },
      ],
    },
    {
      name: "CommonJS require('util').format inline",
      code: "exports.handler = async (event) => {\n  console.log(require('util').format('order %s', event.id));\n};",
      output: null,
      errors: [
        { messageId: 'dataInMessage', data: { how: 'util.format' }, line: 2, column: 15, endLine: 2, endColumn: 59, suggestions: [] },
      ],
    },
    {
      name: 'module.exports = { handler } with bunyan required',
      code: `const bunyan = require('bunyan');
const log = bunyan.createLogger({ name: 'x' });
async function handler(event) { log.info('got', event.id); }
module.exports = { handler };`,
      output: null,
      errors: [
        {
          messageId: 'argumentOrder',
          data: { library: 'bunyan', fate: 'formatted into the message text' },
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'useFields',
              output: `const bunyan = require('bunyan');
const log = bunyan.createLogger({ name: 'x' });
async function handler(event) { log.info({ id: event.id }, 'got'); }
module.exports = { handler };`,
            },
          ],
        },
      ],
    },
  ],
});

// Handlers the Serverless Framework config names (`handler: lambdas/endpoints/getUser.user`): files on disk, beside a
// serverless.yml
const serverless = temporaryProject({
  '.git/': '',
  'serverless.yml': 'functions:\n  getUser:\n    handler: lambdas/endpoints/getUser.user\n',
  'tencent/serverless.yml': 'provider:\n  name: tencent\nfunctions:\n  hello:\n    handler: index.main_handler\n',
});
const SERVERLESS_HANDLER = `module.exports.user = async (event) => {
  console.log('event is ', event);
  return { statusCode: 200, body: JSON.stringify(event.pathParameters) };
};`;

cjsRuleTester.run('no-unstructured-logging (Serverless config)', rule, {
  valid: [
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
  ],
  invalid: [
    {
      name: 'a handler module by its Serverless config: module.exports.user, handler: lambdas/endpoints/getUser.user',
      code: SERVERLESS_HANDLER,
      filename: join(serverless, 'lambdas/endpoints/getUser.js'),
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useFields',
              output: `module.exports.user = async (event) => {
  console.log(JSON.stringify({ message: 'event is', event }));
  return { statusCode: 200, body: JSON.stringify(event.pathParameters) };
};`,
            },
          ],
        },
      ],
    },
  ],
});

tsRuleTester.run('no-unstructured-logging (lines written to stdout and stderr)', rule, {
  valid: [
    {
      name: 'TS: a JSON line and constant text written to process.stdout',
      code: `export const handler = async (event: { id: string }) => {
  process.stdout.write(JSON.stringify({ message: 'order received', id: event.id }) + '\\n');
  process.stdout.write('done\\n');
};`,
    },
  ],
  invalid: [
    {
      name: 'TS: a template written to process.stdout (no suggestion: a stream has no fields)',
      code: `export const handler = async (event: { id: string }) => {
  process.stdout.write(\`order \${event.id} received\\n\`);
};`,
      output: null,
      errors: [{ messageId: 'dataInMessage', data: { how: 'template literal' }, line: 2, column: 24, endLine: 2, endColumn: 54, suggestions: [] }],
    },
  ],
});

jsRuleTester.run('no-unstructured-logging (lines written to stdout, ES modules)', rule, {
  valid: [
    {
      name: 'JS: write of another stream',
      code: `export const handler = async (event, response) => {
  response.write(\`order \${event.id}\`);
};`,
    },
  ],
  invalid: [
    {
      name: "JS: node:process's stderr imported by name",
      code: `import { stderr } from 'node:process';
export const handler = async (event) => {
  stderr.write('failed: ' + event.id + '\\n');
};`,
      output: null,
      errors: [{ messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 3, column: 16, endLine: 3, endColumn: 44, suggestions: [] }],
    },
  ],
});

cjsRuleTester.run('no-unstructured-logging (lines written to stderr)', rule, {
  valid: [],
  invalid: [
    {
      name: 'CJS: text built with + written to process.stderr',
      code: `exports.handler = async (event) => {
  process.stderr.write('order ' + event.id + ' failed\\n');
};`,
      output: null,
      errors: [{ messageId: 'dataInMessage', data: { how: 'string concatenation' }, line: 2, column: 24, endLine: 2, endColumn: 57, suggestions: [] }],
    },
  ],
});

// A function that hands all it is given to a log method (`(...args) => console.log(...args)`) is that method
const FORWARDING_TS = `const log = (...args: unknown[]) => console.log(...args);
function warn(...parts: unknown[]) { return console.warn(...parts); }
export const handler = async (event: { id: string }) => {
  log(\`order \${event.id} received\`);
  warn("failed", event.id);
  log({ message: "order received", id: event.id });
};`;
const FORWARDING_JS = `const info = (...args) => { console.info(...args); };
export const handler = async (event) => {
  info('order ' + event.id);
  info(JSON.stringify({ message: 'order received', id: event.id }));
};`;
const FORWARDING_CJS = `function log(...args) { console.log(...args); }
exports.handler = async (event) => {
  log('order', event.id);
};`;

tsRuleTester.run('no-unstructured-logging (forwarding functions)', rule, {
  valid: [
    {
      name: 'TS: a single object or JSON line handed to a forwarding function',
      code: `const log = (...args: unknown[]) => console.log(...args);
export const handler = async (event: { id: string }) => { log({ message: 'order received', id: event.id }); };`,
    },
  ],
  invalid: [
    {
      name: 'TS: a template and several arguments handed to forwarding functions (an arrow, a declaration returning the call)',
      code: FORWARDING_TS,
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'template literal' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 35,
          suggestions: [
            { messageId: 'useFields', output: FORWARDING_TS.replace('`order ${event.id} received`', "JSON.stringify({ message: 'order received', id: event.id })") },
          ],
        },
        {
          messageId: 'multipleArguments',
          data: { method: 'warn' },
          line: 5,
          column: 8,
          endLine: 5,
          endColumn: 26,
          suggestions: [
            { messageId: 'useFields', output: FORWARDING_TS.replace('warn("failed", event.id)', 'warn(JSON.stringify({ message: "failed", id: event.id }))') },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-unstructured-logging (forwarding functions, ES modules)', rule, {
  valid: [],
  invalid: [
    {
      name: 'JS: a concatenation handed to an arrow whose block only forwards to console.info',
      code: FORWARDING_JS,
      output: null,
      errors: [
        {
          messageId: 'dataInMessage',
          data: { how: 'string concatenation' },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 27,
          suggestions: [
            { messageId: 'useFields', output: FORWARDING_JS.replace("info('order ' + event.id)", "info(JSON.stringify({ message: 'order', id: event.id }))") },
          ],
        },
      ],
    },
  ],
});

cjsRuleTester.run('no-unstructured-logging (forwarding functions)', rule, {
  valid: [],
  invalid: [
    {
      name: 'CJS: several arguments handed to a function declaration that forwards to console.log',
      code: FORWARDING_CJS,
      output: null,
      errors: [
        {
          messageId: 'multipleArguments',
          data: { method: 'log' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            { messageId: 'useFields', output: FORWARDING_CJS.replace("log('order', event.id)", "log(JSON.stringify({ message: 'order', id: event.id }))") },
          ],
        },
      ],
    },
  ],
});

cjsRuleTester.run('no-unstructured-logging (forwarding functions that are reassigned)', rule, {
  valid: [
    {
      name: 'CJS: a forwarding function declaration reassigned elsewhere is not known to log',
      code: `function log(...args) { console.log(...args); }
if (process.env.QUIET) log = () => {};
exports.handler = async (event) => {
  log('order', event.id);
};`,
    },
  ],
  invalid: [],
});
