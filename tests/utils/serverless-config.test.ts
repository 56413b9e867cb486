import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  runsOffAws,
  inCommandLinePackage,
  inProjectScriptsFolder,
  inVercelProject,
  knowsServiceConfig,
  readConfig,
  readHandlers,
  serverlessHandlerExports,
  serviceConfigOf,
} from '../../src/utils/serverless-config.js';
import { temporaryProject } from './temporary-project.js';

/** `readHandlers` as `{ module (relative to /p): [exports] }`. */
function read(text: string, name = 'serverless.yml'): Record<string, string[]> {
  // A fragment of the `functions:` block unless the text writes its own top-level keys
  const config = name.endsWith('.json') || /^[\w"']/mu.test(text) ? text : `functions:\n${text}`;
  const entries = readHandlers(`/p/${name}`, config);
  return Object.fromEntries([...entries].map(([module, names]) => [module.slice('/p/'.length), [...names]]));
}

const SAM_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: >
  sam-app
  Handler: not.this

Globals:
  Function:
    Timeout: 3
    CodeUri: functions/

Resources:
  HelloWorldFunction:
    Type: AWS::Serverless::Function # the template
    Properties:
      CodeUri: hello-world/
      Handler: app.lambdaHandler
      Events:
        HelloWorld:
          Type: Api
          Properties:
            Path: /hello
            Handler: not.this
  GetAll:
    Type: 'AWS::Serverless::Function'
    Properties:
      Handler: src/handlers/get-all.getAllItems
  Plain:
    Type: AWS::Lambda::Function
    Properties:
      Handler: index.run
      Code: ./plain
  Inline:
    Type: AWS::Lambda::Function
    Properties:
      Handler: index.inline
      Code:
        ZipFile: |
          exports.inline = async () => {};
  Elsewhere:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.remote
      CodeUri: s3://bucket/code.zip
  Referenced:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.referenced
      CodeUri: !Ref CodeLocation
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      Handler: bucket.notAFunction
`;

describe('readHandlers: AWS SAM and CloudFormation templates', () => {
  it('reads each function resource, its handler under its CodeUri (or the global one, or Code); not inline code, code in S3 or given by a tag, other resources', () => {
    expect(read(SAM_TEMPLATE, 'template.yaml')).toEqual({
      'hello-world/app': ['lambdaHandler'],
      'functions/src/handlers/get-all': ['getAllItems'],
      'plain/index': ['run'],
    });
  });

  it('reads nothing from a template without function resources, or with handlers outside Resources', () => {
    expect(read('Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n', 'template.yaml')).toEqual({});
    expect(read('Outputs:\n  Fn:\n    Type: AWS::Serverless::Function\n    Handler: app.x\n', 'template.yml')).toEqual({});
  });
});

const SCHEDULES = `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    CodeUri: src/
Resources:
  Hourly:
    Type: AWS::Serverless::Function
    Properties:
      Handler: cron.hourly
      Events:
        CloudWatchEvent:
          Type: Schedule
          Properties:
            Schedule: cron(0 * * * ? *)
        Nightly:
          Type: ScheduleV2 # EventBridge Scheduler
          Properties:
            ScheduleExpression: rate(1 day)
  Both:
    Type: AWS::Serverless::Function
    Properties:
      Handler: cron.both
      Events:
        Timer:
          Type: Schedule
          Properties:
            Schedule: rate(5 minutes)
        Api:
          Type: Api
          Properties:
            Path: /run
            Method: post
  Shared:
    Type: AWS::Serverless::Function
    Properties:
      Handler: cron.shared
      Events:
        Timer:
          Type: Schedule
  SharedByApi:
    Type: AWS::Serverless::Function
    Properties:
      Handler: cron.shared
      Events:
        Api:
          Type: HttpApi
  NoEvents:
    Type: AWS::Serverless::Function
    Properties:
      Handler: cron.none
  Referenced:
    Type: AWS::Serverless::Function
    Properties:
      Handler: cron.referenced
      Events: !Ref SomeEvents
  Untyped:
    Type: AWS::Serverless::Function
    Properties:
      Handler: cron.untyped
      Events:
        Timer:
          Properties:
            Type: Schedule
`;

describe('readConfig: functions a SAM template runs only on schedules', () => {
  it('knows an export whose every function has only Schedule or ScheduleV2 events', () => {
    const config = readConfig('/p/template.yaml', SCHEDULES);
    expect([...(config.exports.get('/p/src/cron') ?? [])].sort()).toEqual(
      ['both', 'hourly', 'none', 'referenced', 'shared', 'untyped'],
    );
    // Not: an Api event beside the schedule, another function naming it with an API, no events, events not readable,
    // an event whose Type is not its own key
    expect([...(config.scheduled.get('/p/src/cron') ?? [])]).toEqual(['hourly']);
  });

  it('knows the functions of a Serverless Framework config whose every event is a schedule', () => {
    const yaml = `functions:
  cron:
    handler: cron.run
    events:
      - schedule: rate(1 hour)
      - schedule:
          rate: cron(0 12 * * ? *)
          input:
            key: value
  mixed:
    handler: cron.mixed
    events:
      - schedule: rate(1 hour)
      - http:
          path: run
          method: post
  quiet:
    handler: cron.quiet
  flow:
    handler: cron.flow
    events: [{ schedule: rate(1 hour) }]
  listed: { handler: cron.listed, events: [{ schedule: rate(1 hour) }] }
`;
    const config = readConfig('/p/serverless.yml', yaml);
    expect([...(config.exports.get('/p/cron') ?? [])]).toEqual(['run', 'mixed', 'quiet', 'flow', 'listed']);
    // Not: an http event beside the schedule, no events, events written as a flow sequence (not read)
    expect([...(config.scheduled.get('/p/cron') ?? [])]).toEqual(['run']);
  });

  it('keeps the handlers of a config whose provider options hold names of their own', () => {
    const yaml = 'provider:\n  deploymentBucket:\n    name: my-bucket\n  name: aws\nfunctions:\n  api:\n    handler: src/api.main\n';
    expect([...(readConfig('/p/serverless.yml', yaml).exports.get('/p/src/api') ?? [])]).toEqual(['main']);
  });

  it('knows no schedule-only function with a function URL, and reads compact sequences and JSON events', () => {
    const yaml = `functions:
  url:
    handler: cron.url
    url: true
    events:
      - schedule: rate(1 hour)
  noUrl:
    handler: cron.noUrl
    url: false
    events:
    - schedule: rate(1 hour)
    - schedule: rate(2 hours)
  compactMixed:
    handler: cron.compactMixed
    events:
    - schedule: rate(1 hour)
    - sqs: arn:aws:sqs:us-east-1:123456789012:q
`;
    expect([...(readConfig('/p/serverless.yml', yaml).scheduled.get('/p/cron') ?? [])]).toEqual(['noUrl']);
    const json = JSON.stringify({
      functions: {
        cron: { handler: 'cron.run', events: [{ schedule: 'rate(1 hour)' }] },
        url: { handler: 'cron.url', url: true, events: [{ schedule: 'rate(1 hour)' }] },
        api: { handler: 'cron.api', events: [{ schedule: 'rate(1 hour)' }, { httpApi: 'GET /x' }] },
        none: { handler: 'cron.none' },
      },
    });
    expect([...(readConfig('/p/serverless.json', json).scheduled.get('/p/cron') ?? [])]).toEqual(['run']);
    const sam = `Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.run
      FunctionUrlConfig:
        AuthType: AWS_IAM
      Events:
        Timer:
          Type: Schedule
`;
    expect(readConfig('/p/template.yaml', sam).scheduled.size).toBe(0);
  });

  it('reads a sequence of functions without their events', () => {
    const config = readConfig('/p/serverless.yml', 'functions:\n  - handler: cron.run\n    events:\n      - schedule: rate(1 hour)\n');
    expect([...(config.exports.get('/p/cron') ?? [])]).toEqual(['run']);
    expect(config.scheduled.size).toBe(0);
  });
});

describe('readHandlers', () => {
  it.each([
    ['plain, a comment after', '  hello:\n    handler: handler.hello # the template\n', { handler: ['hello'] }],
    ['double-quoted', '  user:\n    handler: "src/handlers/user.userGet"\n', { 'src/handlers/user': ['userGet'] }],
    ['single-quoted, a comment after', "    handler: 'src/user.get'  # GET /user\n", { 'src/user': ['get'] }],
    ['a quoted key', '    "handler": src/user.get\n', { 'src/user': ['get'] }],
    ['in a sequence', 'functions:\n  - handler: src/user.get\n', { 'src/user': ['get'] }],
    ['`./` and `..` normalised', '  handler: ./src/../lib/user.get\n', { 'lib/user': ['get'] }],
    ['a dot in a directory name', '  handler: src/v1.2/items.main\n', { 'src/v1.2/items': ['main'] }],
    ['a space in a directory name', '  handler: "my src/items.main"\n  handler: my app/x.run # a comment\n', {
      'my src/items': ['main'],
      'my app/x': ['run'],
    }],
    ['a dotted file name: split at the last dot', '  handler: src/x.handler.run\n', { 'src/x.handler': ['run'] }],
    ['several exports of one file', '  handler: api.get\n  handler: api.put\n', { api: ['get', 'put'] }],
    ['CRLF line ends', 'functions:\r\n  a:\r\n    handler: src/a.main\r\n', { 'src/a': ['main'] }],
    [
      'a function written as a one-line flow mapping, its handler first, later or quoted',
      '  hello: { handler: handler.hello }\n  orders: { events: [], handler: "src/orders.create" }\n  - { handler: a.b }\n',
      { handler: ['hello'], 'src/orders': ['create'], a: ['b'] },
    ],
    [
      'JSON',
      '{"functions":{"a":{"handler":"src/app.main"},"b":{ "handler" : "./src/b.run" }}}',
      { 'src/app': ['main'], 'src/b': ['run'] },
      'serverless.json',
    ],
  ])('%s', (_name, text, expected, name = 'serverless.yml') => {
    expect(read(text, name)).toEqual(expected);
  });

  it.each([
    ['a commented-out entry', '#    handler: handler.hello\n'],
    ['a Serverless variable', '  handler: ${self:custom.dir}/user.get\n  handler: src/${opt:stage}.main\n'],
    ['a variable in quotes', '  handler: "${file(./handlers.yml)}"\n'],
    ['another key', '  handlerName: src/user.get\n  my-handler: src/user.get\n  handler:src/user.get\n'],
    ['no export', '  handler: src/user\n  handler: src/v1.2/user\n  handler: .main\n  handler: src/.main\n'],
    ['an export that is not one name', '  handler: src/a.1st\n  handler: src/a.get-all\n  handler: "src/a."\n'],
    [
      'block scalars, anchors, aliases, tags, flow values',
      '  handler: >\n  handler: &h src/a.main\n  handler: *h\n  handler: !Sub x.main\n  handler: { a: 1 }\n',
    ],
    ['text after the export', '  handler: src/a.main extra\n  handler: src/a.main# not a comment\n'],
    ['an unclosed or escaped quote', '  handler: "src/a.main\n  handler: "src/\\u0061.main"\n  handler: \'a.b\' c\n'],
    [
      'a flow mapping: a key that only starts with handler, a variable, a handler after a nested mapping (not read)',
      '  a: { handlerName: x.y }\n  b: { handler: ${self:x}.y }\n  c: { events: [{ http: { path: c } }], handler: c.run }\n',
    ],
    ['nothing at all', ''],
    ['another provider', 'provider:\n  name: azure\nfunctions:\n  hello:\n    handler: src/handlers/hello.sayHello\n'],
    ['another provider, short form', 'provider: openwhisk\nfunctions:\n  hello:\n    handler: handler.hello\n'],
    ['a handler key outside functions', 'custom:\n  warmup:\n    handler: src/lib/db.connect\nresources:\n  handler: x.y\n'],
    [
      'a block scalar that writes a handler line',
      'functions:\n  a:\n    description: |\n      handler: src/lib/db.connect\n    events: []\n',
    ],
    ['garbage', '\u0000\u0001handler\u0000: \uFFFD.\u0000\n:::\n- - -\n'],
  ])('skips %s', (_name, text) => {
    expect(read(text)).toEqual({});
  });

  it.each([
    ['a provider name', 'provider:\n  name: openwhisk\n  runtime: nodejs:20\nfunctions:\n  a:\n    handler: a.main\n'],
    ['the short form', 'provider: tencent\nfunctions:\n  a:\n    handler: index.main_handler\n'],
    ['a quoted name after other keys', 'provider:\n  stage: dev\n  name: "azure"\n'],
    ['JSON', '{"provider":{"name":"google"},"functions":{"a":{"handler":"index.http"}}}'],
    ['JSON, the short form', '{"provider":"knative"}'],
  ])('knows a service of another cloud by %s', (_name, text) => {
    const config = readConfig(`/p/${text.startsWith('{') ? 'serverless.json' : 'serverless.yml'}`, text);
    expect(config.otherCloud).toBe(true);
    expect(config.exports.size).toBe(0);
  });

  it.each([
    [
      'a name of another option under provider (deploymentBucket, iam.role, httpApi)',
      'provider:\n  deploymentBucket:\n    name: my-bucket\n  iam:\n    role:\n      name: my-role\n  httpApi:\n    name: orders-api\n  name: aws\n',
    ],
    ['a nested name and no provider name', 'provider:\n  deploymentBucket:\n    name: my-bucket\n  runtime: nodejs20.x\n'],
    ['no provider', 'functions:\n  a:\n    handler: a.main\n'],
    ['aws', 'provider:\n  name: aws\n'],
    ['aws, the short form', 'provider: aws\n'],
    ['a variable for the name', 'provider:\n  name: ${opt:provider}\n'],
    ['a name that is not a plain scalar', 'provider:\n  name: !Ref Cloud\n'],
    ['JSON with a variable', '{"provider":{"name":"${opt:provider}"}}'],
    ['JSON with a name that is no string', '{"provider":{"name":7}}'],
    ['broken JSON', '{"provider":{"name":"azure"}'],
  ])('does not take %s for another cloud', (_name, text) => {
    expect(readConfig(`/p/${text.startsWith('{') ? 'serverless.json' : 'serverless.yml'}`, text).otherCloud).toBe(false);
  });

  it('never takes a SAM template for another cloud', () => {
    const text = 'provider: azure\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n';
    expect(readConfig('/p/template.yaml', text).otherCloud).toBe(false);
  });

  it('reads JSON only for the AWS provider, and not broken JSON', () => {
    const functions = '"functions":{"a":{"handler":"src/a.main"},"b":{"handler":"${self:x}.main"}}';
    expect(read(`{"provider":{"name":"azure"},${functions}}`, 'serverless.json')).toEqual({});
    expect(read(`{"provider":"aws",${functions}}`, 'serverless.json')).toEqual({ 'src/a': ['main'] });
    expect(read(`{"provider":{"name":"aws"},${functions}`, 'serverless.json')).toEqual({});
  });
});

const YAML = `service: demo
functions:
  hello:
    handler: handler.hello # the template
  user:
    handler: "src/handlers/user.get"
  list:
    handler: './src/handlers/user.list'
  items:
    handler: src/v1.2/items.main
  vars:
    handler: \${self:custom.dir}/vars.main
  index:
    handler: index.handler
`;

const root = temporaryProject({
  // The search stops at a repository root: nothing above the temporary directory is read
  '.git/': '',
  'svc/serverless.yml': YAML,
  'svc/handler.js': '',
  'svc/src/handlers/user.ts': '',
  'svc/src/handlers/other.ts': '',
  'svc/src/v1.2/items.mjs': '',
  'svc/nested/serverless.yaml': 'functions:\n  other:\n    handler: api.other\n',
  // Amplify Gen 2: each function's resource.ts beside its code
  'amplify/functions/daily/resource.ts':
    "import { defineFunction } from '@aws-amplify/backend';\nexport const daily = defineFunction({ name: 'daily', schedule: 'every 1h' });\n",
  'amplify/functions/daily/handler.ts': '',
  'amplify/functions/api/resource.ts':
    "import { defineFunction } from '@aws-amplify/backend';\nexport const api = defineFunction({\n  name: 'api',\n  entry: './src/main.ts',\n});\n",
  'amplify/functions/api/src/main.ts': '',
  'amplify/functions/api/handler.ts': '',
  'app/lib/resource.ts': "export const resource = { name: 'orders' };\n",
  'app/lib/handler.ts': '',
  'svc/nested/api.js': '',
  'json/serverless.json': '{ "functions": { "a": { "handler": "src/app.main" } } }',
  'json/src/app.ts': '',
  'outer/serverless.yml': 'functions:\n  a:\n    handler: repo/app.main\n  b:\n    handler: code/repo/app.main\n',
  'outer/repo/.git': 'gitdir: ../../elsewhere\n',
  'outer/repo/app.js': '',
  'outer/code/serverless.ts': 'export default { functions: {} };\n',
  'outer/code/repo/app.js': '',
  'outer/code/src/functions/hello/index.ts':
    "import { handlerPath } from '@libs/handler-resolver';\nexport default {\n  handler: `${handlerPath(__dirname)}/handler.main`,\n  events: [{ http: { method: 'get', path: 'hello' } }],\n};\nexport const other = { handler: `${handlerPath(__dirname)}/lib/util.run` };\nexport const elsewhere = { handler: `${stage}/handler.notThis` };\n",
  'outer/code/src/functions/hello/handler.ts': '',
  'outer/code/src/functions/hello/lib/util.ts': '',
  'outer/code/src/functions/plain/index.js': "module.exports = { handler: `${dir}/handler.main` };\n",
  'outer/code/src/functions/plain/handler.js': '',
  'garbage/serverless.yml': '\u0000\u0001\uFFFD handler: : :\n\t- [\n',
  'garbage/app.js': '',
  'dir-named-config/serverless.yml/': '',
  'dir-named-config/serverless.yaml': 'functions:\n  a:\n    handler: app.main\n',
  'dir-named-config/app.js': '',
  'edited/serverless.yml': 'functions:\n  a:\n    handler: app.first\n',
  'edited/app.js': '',
  'sam/template.yaml': 'Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      CodeUri: fn/\n      Handler: app.processEvent\n',
  'sam/fn/app.mjs': '',
  'under-sls/serverless.yml': 'functions:\n  a:\n    handler: docs/app.main\n',
  'under-sls/docs/template.yaml': 'name: An issue template\nabout: not AWS\n',
  'under-sls/docs/app.js': '',
  'stands/serverless.yaml': 'functions:\n  a:\n    handler: app.first\n',
  'stands/app.js': '',
  'relisted/serverless.yaml': 'functions:\n  a:\n    handler: app.first\n',
  'relisted/app.js': '',
  'template-edited/serverless.yml': 'functions:\n  a:\n    handler: docs/app.main\n',
  'template-edited/docs/template.yaml': 'name: An issue template\nabout: not AWS\n',
  'template-edited/docs/app.js': '',
  'whisk/serverless.yml': 'provider:\n  name: openwhisk\nfunctions:\n  hello:\n    handler: handler.hello\n',
  'whisk/handler.js': '',
  'whisk/lib/util.js': '',
  'whisk/aws/serverless.yml': 'provider:\n  name: aws\nfunctions:\n  a:\n    handler: app.main\n',
  'whisk/aws/app.js': '',
  'cron/template.yaml': SCHEDULES,
  'cron/src/cron.mjs': '',
  'cdk-app/cdk.json': '{ "app": "npx ts-node bin/app.ts" }',
  'cdk-app/lib/stack.ts': [
    "new lambda.Function(this, 'Add', { handler: 'fat-lambda.add', code: lambda.Code.fromAsset(path.join(__dirname, '../lambda-fns')) });",
    'new lambda.Function(this, "Sub", { handler: "src/fat-lambda.subtract", code });',
    "new lambda.CfnFunction(this, 'Cfn', { Handler: `worker.run` });",
    "new lambda.Function(this, 'Var', { handler: `${name}.main` });",
    "new NodejsFunction(this, 'Node', { entry: 'lambda-fns/node.ts', handler: 'main' });",
    'new NodejsFunction(this, "Orders", {',
    "  entry: path.join(__dirname, '..', 'lambda-fns', 'orders.mts'),",
    '  runtime: Runtime.NODEJS_20_X, environment: { TABLE: table.tableName }, bundling: { minify: true },',
    "  handler: 'placeOrder',",
    '});',
    "new NodejsFunction(this, 'Nested', { bundling: { entry: 'lambda-fns/nested.ts' }, handler: 'notFromNested' });",
    "new NodejsFunction(this, 'NoEntry', { handler: 'notWithoutEntry' });",
    "new NodejsFunction(this, 'Tpl', { handler: 'run', entry: `${__dirname}/../lambda-fns/tpl.ts` });",
    "new NodejsFunction(this, 'Braces', { handler: 'braced', description: 'closes } early (a ] too)', /* } */ entry: 'lambda-fns/braced.ts' });",
  ].join('\n'),
  'cdk-py-app/cdk.json': '{ "app": "python3 app.py" }',
  'cdk-py-app/stacks/atm_stack.py': "fn = _lambda.Function(self, 'Consumer', runtime=_lambda.Runtime.NODEJS_18_X, handler='handler.case1Handler', code=_lambda.Code.from_asset('lambda_fns'))",
  'cdk-py-app/lambda_fns/handler.js': '',
  'cdk-cs-app/cdk.json': '{ "app": "dotnet run --project src/Atm.csproj" }',
  'cdk-cs-app/src/AtmStack.cs': 'var fn = new Function(this, "Consumer", new FunctionProps { Runtime = Runtime.NODEJS_18_X, Handler = "consumer.case2Handler", Code = Code.FromAsset("lambda-fns") });',
  'cdk-cs-app/lambda-fns/consumer.js': '',
  'cdk-cs-app/lambda-fns/other.js': '',
  'cdk-app/lambda-fns/fat-lambda.ts': '',
  'cdk-app/lambda-fns/worker.js': '',
  'cdk-app/lambda-fns/other.ts': '',
  'cdk-app/lambda-fns/node.ts': '',
  'cdk-app/lambda-fns/orders.mts': '',
  'cdk-app/lambda-fns/nested.ts': '',
  'cdk-app/lambda-fns/tpl.ts': '',
  'cdk-app/lambda-fns/braced.ts': '',
  'cdk-app/node_modules/dep/stack.js': "new Function(this, 'X', { handler: 'other.fromDependency' });",
  'cdk-app/test/stack.test.ts': "new Function(this, 'X', { handler: 'other.fromTest' });",
  'cdk-app/cdk.out/asset.1/index.js': "new Function(this, 'X', { handler: 'other.fromOutput' });",
  'sst-app/sst.config.ts': [
    '/// <reference path="./.sst/platform/config.d.ts" />',
    'export default $config({',
    "  app(input) { return { name: 'notes', home: 'aws' }; },",
    '  async run() {',
    "    const queue = new sst.aws.Queue('Jobs');",
    "    queue.subscribe('subscriber.main');",
    "    const api = new sst.aws.ApiGatewayV2('Api');",
    "    api.route('GET /notes', 'packages/functions/src/notes.list');",
    "    api.route('POST /notes', { handler: 'packages/functions/src/notes.create' });",
    "    new sst.aws.Cron('Nightly', { schedule: 'rate(1 day)', function: 'packages/functions/src/cron.nightly' });",
    "    new sst.aws.Function('Web', { handler: 'packages/functions/src/cron.serve', url: true });",
    "    new sst.aws.Function('Tpl', { handler: `packages/functions/src/${name}.main` });",
    "    new sst.aws.StaticSite('Site', { path: 'packages/web', build: { command: 'npm run build', output: 'index.html' } });",
    "    bus.subscribe('user.created', onUserCreated);",
    "    new sst.aws.Cron('RenewCerts', { schedule: 'rate(1 day)', function: 'packages/functions/src/renew.run' });",
    "    slack.notify('package.json/deploy.done');",
    "    api.addDataSource({ name: 'lambda', lambda: 'packages/functions/src/graph.main' });",
    "    new sst.aws.Auth('Auth', { issuer: 'packages/functions/src/auth.issue' });",
    "    new sst.aws.CognitoUserPool('Users', { triggers: { preSignUp: 'packages/functions/src/auth.preSignUp' } });",
    '  },',
    '});',
  ].join('\n'),
  'sst-app/stacks/Api.ts': [
    "import { Api, Cron, StackContext } from 'sst/constructs';",
    'export function API({ stack }: StackContext) {',
    "  new Api(stack, 'Api', { routes: { 'GET /items': 'packages/functions/src/items.get', '$default': 'packages/functions/src/items.fallback' } });",
    "  new Cron(stack, 'Cron', { schedule: 'rate(1 minute)', job: 'packages/functions/src/items.sweep' });",
    '}',
  ].join('\n'),
  'sst-app/subscriber.ts': '',
  'sst-app/packages/functions/src/notes.ts': '',
  'sst-app/packages/functions/src/cron.ts': '',
  'sst-app/packages/functions/src/items.ts': '',
  'sst-app/packages/functions/src/other.ts': '',
  'sst-app/packages/web/index.ts': '',
  'sst-app/packages/functions/src/user.ts': '',
  'sst-app/packages/functions/src/renew.ts': '',
  'sst-app/packages/functions/src/graph.ts': '',
  'sst-app/packages/functions/src/auth.ts': '',
  'sst-app/package.json': '{}',
  'cdk-sam/cdk.json': '{ "app": "node bin/app.js" }',
  'cdk-sam/lib/stack.js': "new lambda.Function(this, 'C', { handler: 'handler.case1Handler', code });",
  'cdk-sam/template.yaml': 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Handler: handler.fromTemplate\n      Code: ../cdk.out/asset.1\n',
  'cdk-sam/lambda-fns/handler.js': '',
  // Functions an EventBridge schedule runs, and functions something else runs too
  'cdk-cron/cdk.json': '{ "app": "npx ts-node bin/app.ts" }',
  'cdk-cron/lib/stack.ts': [
    "import * as events from 'aws-cdk-lib/aws-events';",
    "import * as targets from 'aws-cdk-lib/aws-events-targets';",
    "import { Rule, Schedule } from 'aws-cdk-lib/aws-events';",
    "import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';",
    "const tick = new lambda.Function(this, 'Tick', { handler: 'tick.run', code: lambda.Code.fromAsset('fns') });",
    "const rule = new events.Rule(this, 'Hourly', {",
    '  // every hour',
    '  schedule: events.Schedule.rate(Duration.hours(1)),',
    '});',
    'rule.addTarget(new targets.LambdaFunction(tick));',
    'table.grantReadWriteData(tick);',
    "tick.addEnvironment('TABLE', table.tableName);",
    "const nightly = new NodejsFunction(this, 'Nightly', { entry: path.join(__dirname, '../fns/nightly.ts'), handler: 'sweep' });",
    "const schedule = Schedule.cron({ hour: '1', minute: '0' });",
    "new Rule(this, 'Night', { schedule, targets: [new LambdaFunction(nightly, { retryAttempts: 2 })] });",
    "const watcher = new lambda.Function(this, 'Watch', { handler: 'watch.onEvent', code });",
    "new Rule(this, 'Both', { schedule: Schedule.rate(Duration.days(1)), eventPattern: { source: ['aws.s3'] }, targets: [new LambdaFunction(watcher)] });",
    "const api = new lambda.Function(this, 'Api', { handler: 'api.main', code });",
    "new Rule(this, 'Warm', { schedule: Schedule.rate(Duration.minutes(5)), targets: [new LambdaFunction(api)] });",
    "new apigw.LambdaRestApi(this, 'Rest', { handler: api });",
    "const invoked = new lambda.Function(this, 'Invoked', { handler: 'invoked.main', code });",
    "new Rule(this, 'Timer', { schedule: Schedule.rate(Duration.minutes(5)), targets: [new LambdaFunction(invoked)] });",
    'caller.grantInvoke(invoked);',
    "this.kept = new lambda.Function(this, 'Kept', { handler: 'kept.main', code });",
    "new Rule(this, 'KeptTimer', { schedule: Schedule.rate(Duration.minutes(5)), targets: [new LambdaFunction(this.kept)] });",
    "const patterned = new lambda.Function(this, 'Patterned', { handler: 'patterned.main', code });",
    "const later = new Rule(this, 'Later', { schedule: Schedule.rate(Duration.hours(2)) });",
    'later.addTarget(new LambdaFunction(patterned));',
    "later.addEventPattern({ source: ['aws.ec2'] });",
    "const shared = new lambda.Function(this, 'SharedCron', { handler: 'shared.main', code });",
    "new Rule(this, 'SharedTimer', { schedule: Schedule.rate(Duration.hours(1)), targets: [new LambdaFunction(shared)] });",
    "new lambda.Function(this, 'SharedQueue', { handler: 'shared.main', code });",
    "const unused = new lambda.Function(this, 'Unused', { handler: 'unused.main', code });",
    "new EventbridgeToLambda(this, 'Cleanup', {",
    "  lambdaFunctionProps: { runtime: lambda.Runtime.NODEJS_20_X, handler: 'cleanup.handler', code },",
    "  eventRuleProps: { schedule: events.Schedule.rate(Duration.days(1)) },",
    '});',
    "new EventbridgeToLambda(this, 'OnChange', {",
    "  lambdaFunctionProps: { handler: 'onchange.handler', code },",
    "  eventRuleProps: { eventPattern: { source: ['aws.s3'] } },",
    '});',
    "const wired = new EventbridgeToLambda(this, 'Wired', {",
    "  lambdaFunctionProps: { handler: 'wired.handler', code },",
    '  eventRuleProps: { schedule: events.Schedule.rate(Duration.days(1)) },',
    '});',
    'new apigw.LambdaRestApi(this, "WiredApi", { handler: wired.lambdaFunction });',
    "const report = new lambda.Function(this, 'Report', { handler: 'report.main', code });",
    "new scheduler.Schedule(this, 'Daily', {",
    '  schedule: scheduler.ScheduleExpression.rate(Duration.days(1)),',
    '  target: new targets.LambdaInvoke(report, { retryAttempts: 2 }),',
    '});',
    "const digest = new lambda.Function(this, 'Digest', { handler: 'digest.main', code });",
    "new scheduler.Schedule(this, 'Weekly', { schedule: scheduler.ScheduleExpression.rate(Duration.days(7)), target: new targets.LambdaInvoke(digest, { input: scheduler.ScheduleTargetInput.fromObject({ token }) }) });",
    "const hinted = new lambda.Function(this, 'Hinted', { handler: 'hinted.main', code });",
    "new events.Rule(this, 'HintedRule', { schedule: events.Schedule.rate(Duration.hours(1)), targets: [new targets.LambdaFunction(hinted, { event: events.RuleTargetInput.fromObject({ apiKey }) })] });",
    "const step = new lambda.Function(this, 'Step', { handler: 'step.main', code });",
    "new tasks.LambdaInvoke(this, 'Invoke', { lambdaFunction: step });",
    "const inline = new lambda.Function(this, 'Inline', { handler: 'inline.main', code });",
    "const inlineRule = new Rule(this, 'InlineRule', { schedule: Schedule.rate(Duration.hours(1)), targets: [new LambdaFunction(inline)] });",
    "inlineRule.addEventPattern({ source: ['aws.ec2'] });",
  ].join('\n'),
  ...Object.fromEntries(
    ['tick', 'nightly', 'watch', 'api', 'invoked', 'kept', 'patterned', 'shared', 'unused', 'cleanup', 'onchange', 'wired', 'report', 'step', 'inline', 'digest', 'hinted'].map(
      (name) => [`cdk-cron/fns/${name}.ts`, ''],
    ),
  ),
});

const exportsOf = (path: string, now?: number): string[] => [...serverlessHandlerExports(join(root, path), now)];

describe('serverlessHandlerExports', () => {
  it.each([
    ['the template: handler.js', 'svc/handler.js', ['hello']],
    ['a TypeScript file, two exports', 'svc/src/handlers/user.ts', ['get', 'list']],
    ['a file of another name beside it', 'svc/src/handlers/other.ts', []],
    ['a dot in a directory name, .mjs', 'svc/src/v1.2/items.mjs', ['main']],
    ['nested service: the nearest config wins', 'svc/nested/api.js', ['other']],
    ['a file below a nested service', 'svc/nested/handler.js', []],
    ['a JSON config', 'json/src/app.ts', ['main']],
    ['no config below the repository root (.git, a file in a worktree)', 'outer/repo/app.js', []],
    ['a garbage config', 'garbage/app.js', []],
    ["no config above a service configured in code (serverless.ts): the parent's is not its", 'outer/code/repo/app.js', []],
    ["a function's config module beside its handler (`${handlerPath(__dirname)}/handler.main`)", 'outer/code/src/functions/hello/handler.ts', ['main']],
    ["a path below the config module is not looked for: only the file's own directory's module is read", 'outer/code/src/functions/hello/lib/util.ts', []],
    ['a config module whose path is not built from __dirname names nothing', 'outer/code/src/functions/plain/handler.js', []],
    ['a directory named serverless.yml is not a config', 'dir-named-config/app.js', ['main']],
    ['no config at all', 'nowhere/app.js', []],
    ['a SAM template: the function under its CodeUri', 'sam/fn/app.mjs', ['processEvent']],
    ['a template.yaml that declares no function is no config: the search goes on', 'under-sls/docs/app.js', ['main']],
    ['not a source file', 'svc/handler.json', []],
    ["a CDK app's stack names exports of a module by its file name (the asset directory is computed)", 'cdk-app/lambda-fns/fat-lambda.ts', ['add', 'subtract']],
    ["a CDK CfnFunction's Handler in a template literal", 'cdk-app/lambda-fns/worker.js', ['run']],
    ["a CDK app's other module: nothing from its dependencies, tests or build output, nor a handler without a module", 'cdk-app/lambda-fns/other.ts', []],
    ["a NodejsFunction's handler names an export of its entry's file", 'cdk-app/lambda-fns/node.ts', ['main']],
    ["a NodejsFunction's entry built with path.join, other props between", 'cdk-app/lambda-fns/orders.mts', ['placeOrder']],
    ["a NodejsFunction's entry in a template literal, after the handler", 'cdk-app/lambda-fns/tpl.ts', ['run']],
    ["an entry of a nested object is not the function's", 'cdk-app/lambda-fns/nested.ts', []],
    ["a Python CDK stack's handler names an export of the app's file of that name", 'cdk-py-app/lambda_fns/handler.js', ['case1Handler']],
    ["a C# CDK stack's handler, and another file of the app", 'cdk-cs-app/lambda-fns/consumer.js', ['case2Handler']],
    ["a C# CDK app's file its stacks name no handler of", 'cdk-cs-app/lambda-fns/other.js', []],
    ["a NodejsFunction's props with brackets in a string and a comment after its handler: the object reads whole", 'cdk-app/lambda-fns/braced.ts', ['braced']],
    ["a CDK app's cdk.json wins over a template synthesized beside it", 'cdk-sam/lambda-fns/handler.js', ['case1Handler']],
    ["an SST app's queue subscriber, by the string its method is given", 'sst-app/subscriber.ts', ['main']],
    ["an SST app's routes, by the string and by a handler option", 'sst-app/packages/functions/src/notes.ts', ['create', 'list']],
    ["an SST app's Cron function and a Function's handler", 'sst-app/packages/functions/src/cron.ts', ['serve', 'nightly']],
    ['an SST v2 route table (a `$default` route too) and Cron job', 'sst-app/packages/functions/src/items.ts', ['sweep', 'get', 'fallback']],
    ["an SST app's other module, and strings that name no function", 'sst-app/packages/functions/src/other.ts', []],
    ["an SST AppSync data source's lambda", 'sst-app/packages/functions/src/graph.ts', ['main']],
    ["an SST Auth's issuer and a user pool's trigger", 'sst-app/packages/functions/src/auth.ts', ['issue', 'preSignUp']],
    ["an SST app's site: an option's file name is not a handler", 'sst-app/packages/web/index.ts', []],
    ["an event's name given to subscribe names no file of the app's root: no handler of a file of that name elsewhere", 'sst-app/packages/functions/src/user.ts', []],
  ])('%s', (_name, path, expected) => {
    expect(exportsOf(path)).toEqual(expected);
  });

  it.each([
    ['a file the config names', 'whisk/handler.js', true],
    ['any file of the service', 'whisk/lib/util.js', true],
    ['a nested service for AWS', 'whisk/aws/app.js', false],
    ['an AWS service', 'svc/handler.js', false],
    ['no config at all', 'nowhere/app.js', false],
  ])('says whether a file belongs to a service of another cloud: %s', (_name, path, otherCloud) => {
    expect(serviceConfigOf(join(root, path)).otherCloud).toBe(otherCloud);
  });

  it("says which of the exports an SST app's Cron functions are, by file name", () => {
    expect([...serviceConfigOf(join(root, 'sst-app/packages/functions/src/cron.ts')).scheduled]).toEqual(['nightly']);
    expect([...serviceConfigOf(join(root, 'sst-app/packages/functions/src/items.ts')).scheduled]).toEqual(['sweep']);
    expect([...serviceConfigOf(join(root, 'sst-app/subscriber.ts')).scheduled]).toEqual([]);
    // A Cron named with `new` in it (`RenewCerts`) is still a Cron
    expect([...serviceConfigOf(join(root, 'sst-app/packages/functions/src/renew.ts')).scheduled]).toEqual(['run']);
  });

  it.each([
    ['a function a scheduled rule targets (addTarget), its role granted and its environment set', 'tick', ['run'], ['run']],
    ["a NodejsFunction in a scheduled rule's targets, the schedule a shorthand key", 'nightly', ['sweep'], ['sweep']],
    ['a rule with a schedule and an event pattern', 'watch', ['onEvent'], []],
    ['a scheduled function an API also runs', 'api', ['main'], []],
    ['a scheduled function another role may invoke (grantInvoke)', 'invoked', ['main'], []],
    ['a function kept on `this` (another stack may wire it)', 'kept', ['main'], []],
    ['a rule given an event pattern later (addEventPattern)', 'patterned', ['main'], []],
    ['a file name two functions share, one of them not scheduled', 'shared', ['main'], []],
    ['a function no rule targets', 'unused', ['main'], []],
    ["a Solutions Construct's EventbridgeToLambda on a schedule", 'cleanup', ['handler'], ['handler']],
    ["a Solutions Construct's EventbridgeToLambda on an event pattern", 'onchange', ['handler'], []],
    ["a Solutions Construct's function handed on (its lambdaFunction used)", 'wired', ['handler'], []],
    ["an EventBridge Scheduler schedule's LambdaInvoke target", 'report', ['main'], ['main']],
    ["a Step Functions task's LambdaInvoke (the function is the task's, not a schedule's)", 'step', ['main'], []],
    ['a rule with its targets in its props, given an event pattern later', 'inline', ['main'], []],
    ["a scheduler's target given the stack's input (the event is then the stack's data)", 'digest', ['main'], []],
    ["a rule's target given the stack's event (RuleTargetInput)", 'hinted', ['main'], []],
  ])("says which of a CDK app's handlers only schedules run: %s", (_name, file, exports, scheduled) => {
    const config = serviceConfigOf(join(root, `cdk-cron/fns/${file}.ts`));
    expect([...config.exports]).toEqual(exports);
    expect([...config.scheduled]).toEqual(scheduled);
  });

  it("reads an Amplify Gen 2 function's resource.ts: its entry's handler, only a schedule's when it has one", () => {
    const daily = serviceConfigOf(join(root, 'amplify/functions/daily/handler.ts'));
    expect([...daily.exports]).toEqual(['handler']);
    expect([...daily.scheduled]).toEqual(['handler']);
    const api = serviceConfigOf(join(root, 'amplify/functions/api/src/main.ts'));
    expect([...api.exports]).toEqual(['handler']);
    expect([...api.scheduled]).toEqual([]);
    // Not its entry, and a resource.ts that defines no Amplify function
    expect([...serviceConfigOf(join(root, 'amplify/functions/api/handler.ts')).exports]).toEqual([]);
    expect([...serviceConfigOf(join(root, 'app/lib/handler.ts')).exports]).toEqual([]);
  });

  it('says which of the exports a SAM template names run only on schedules', () => {
    expect([...serviceConfigOf(join(root, 'cron/src/cron.mjs')).scheduled]).toEqual(['hourly']);
    expect([...serviceConfigOf(join(root, 'svc/handler.js')).scheduled]).toEqual([]);
  });

  it.each(['<input>', '<text>', '', 'handler.js', 'svc/handler.js'])('finds nothing for %j (not absolute)', (name) => {
    expect([...serverlessHandlerExports(name)]).toEqual([]);
  });

  it('knows from memory what it looked up a moment ago, and nothing else', () => {
    const file = join(root, 'svc/src/handlers/user.ts');
    // Later than any lookup of the other tests, which use the clock or small times
    const far = Date.now() + 1_000_000_000;
    expect(knowsServiceConfig(file, far)).toBe(false);
    serviceConfigOf(file, far);
    expect(knowsServiceConfig(file, far + 1)).toBe(true);
    // A file of the same directory, and of a directory not yet looked at
    expect(knowsServiceConfig(join(root, 'svc/src/handlers/other.ts'), far + 1)).toBe(true);
    expect(knowsServiceConfig(join(root, 'svc/src/v1.2/items.mjs'), far + 1)).toBe(false);
    // Once the cached state is old, the disk is asked again
    expect(knowsServiceConfig(file, far + 10_000)).toBe(false);
    // No source file: nothing to look up
    expect(knowsServiceConfig('<input>')).toBe(true);
    expect(knowsServiceConfig(join(root, 'svc/handler.json'))).toBe(true);
  });

  it('sees an edited, a removed and a new config once the cached state is old', () => {
    const config = join(root, 'edited/serverless.yml');
    expect(exportsOf('edited/app.js', 1_000)).toEqual(['first']);
    writeFileSync(config, 'functions:\n  a:\n    handler: app.second\n');
    utimesSync(config, new Date(2_000_000), new Date(2_000_000));
    // Within the recheck interval the cached answer stands; after it the config is read again
    expect(exportsOf('edited/app.js', 2_000)).toEqual(['first']);
    expect(exportsOf('edited/app.js', 10_000)).toEqual(['second']);
    rmSync(config);
    expect(exportsOf('edited/app.js', 20_000)).toEqual([]);
    writeFileSync(join(root, 'edited/serverless.yaml'), 'functions:\n  a:\n    handler: app.third\n');
    // "No config" is trusted longer (ABSENT_RECHECK_MS): most linted files have none
    expect(exportsOf('edited/app.js', 30_000)).toEqual([]);
    expect(exportsOf('edited/app.js', 330_000)).toEqual(['third']);
  });

  // Times far after the other tests' lookups (which use the clock or small times), and after the files' own times
  const later = (offset: number): number => Date.now() + 2_000_000_000 + offset;
  const setDirectoryTime = (path: string, time: number): void => utimesSync(join(root, path), time / 1000, time / 1000);

  it("asks a directory's time, not a new listing, whether its entries changed since it was listed", () => {
    const start = later(0);
    expect(exportsOf('stands/app.js', start)).toEqual(['first']);
    writeFileSync(join(root, 'stands/serverless.yml'), 'functions:\n  a:\n    handler: app.second\n');
    // The directory says it changed long before the listing: the listing stands (the new config is not seen) …
    setDirectoryTime('stands', start - 60_000);
    expect(exportsOf('stands/app.js', start + 10_000)).toEqual(['first']);
    // … for ABSENT_RECHECK_MS at most: a network file system's clock may not be ours
    expect(exportsOf('stands/app.js', start + 310_000)).toEqual(['second']);
  });

  it('lists a directory again when it changed after it was listed, or just before (coarse file system times)', () => {
    const start = later(1_000_000);
    expect(exportsOf('relisted/app.js', start)).toEqual(['first']);
    writeFileSync(join(root, 'relisted/serverless.yml'), 'functions:\n  a:\n    handler: app.second\n');
    setDirectoryTime('relisted', start - 1_000);
    expect(exportsOf('relisted/app.js', start + 10_000)).toEqual(['second']);
    rmSync(join(root, 'relisted/serverless.yml'));
    setDirectoryTime('relisted', start + 15_000);
    expect(exportsOf('relisted/app.js', start + 20_000)).toEqual(['first']);
  });

  it('reads a template again when it is edited, though its directory holds the same entries', () => {
    const start = later(2_000_000);
    // A template that declares no function is no config: the service above names the file's handler
    expect(exportsOf('template-edited/docs/app.js', start)).toEqual(['main']);
    const template = join(root, 'template-edited/docs/template.yaml');
    writeFileSync(template, 'Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.fromTemplate\n');
    setDirectoryTime('template-edited/docs', start - 60_000);
    expect(exportsOf('template-edited/docs/app.js', start + 10_000)).toEqual(['fromTemplate']);
  });
});

describe('functions a Serverless config takes in from other files (`${file(…)}`)', () => {
  const project = temporaryProject({
    'list/serverless.yml': `service: images
provider:
  name: aws
functions:
  - \${file(./resources/functions.yml)}
  - \${file(./resources/missing.yml)}
  - \${file(./resources/\${self:provider.stage}.yml)}
`,
    'list/resources/functions.yml': `get-image:
  handler: functions/get-image/handler.lambdaHandler
  events:
    - http:
        method: get
        path: /image
nightly:
  handler: functions/jobs/sweep.run
  events:
    - schedule: rate(1 day)
`,
    'whole/serverless.yml': `service: vpc
provider:
  name: aws
functions: \${file(serverless-resources/functions.yaml)}
`,
    'whole/serverless-resources/functions.yaml': `hello:
  handler: src/hello.main
`,
    'keyed/serverless.yml': `service: todos
provider:
  name: aws
functions:
  createTodo: \${file(serverless/lambda/todos/create-todo.yml):createTodo}
  listTodos: \${file(serverless/lambda/todos/list-todos.yml)}
  fromJs: \${file(resources/lambdas/loader.js)}
`,
    'keyed/serverless/lambda/todos/create-todo.yml': `createTodo:
  handler: src/todos/create.handler
  events:
    - http: post /todos
other:
  handler: src/not/this.handler
`,
    'keyed/serverless/lambda/todos/list-todos.yml': `handler: src/todos/list.main
`,
  });
  const names = (path: string): string[] => [...serverlessHandlerExports(join(project, path))];

  it.each([
    ['a sequence of included files: each function of the file, its handler under the service', 'list/functions/get-image/handler.js', ['lambdaHandler']],
    ['an included function that runs only on a schedule', 'list/functions/jobs/sweep.js', ['run']],
    ['`functions:` itself taken from a file', 'whole/src/hello.ts', ['main']],
    ["one function's body from a key of a file", 'keyed/src/todos/create.ts', ['handler']],
    ["one function's body, the whole file", 'keyed/src/todos/list.ts', ['main']],
    ['another key of that file is not the function', 'keyed/src/not/this.ts', []],
  ])('%s', (_name, path, expected) => {
    expect(names(path)).toEqual(expected);
  });

  it('keeps what an included function runs on (a schedule only)', () => {
    expect([...serviceConfigOf(join(project, 'list/functions/jobs/sweep.js')).scheduled]).toEqual(['run']);
    expect([...serviceConfigOf(join(project, 'list/functions/get-image/handler.js')).scheduled]).toEqual([]);
  });
});

describe('runsOffAws', () => {
  const root = temporaryProject({
    '.git/': '',
    'site/netlify.toml': '[build]\n  functions = "api" # where the functions are\n',
    'site/package.json': '{ "dependencies": { "electron": "x" } }',
    'desktop/package.json': '{ "optionalDependencies": { "electron": "30.0.0" } }',
    'broken/package.json': '{ "electron": ',
    'named/package.json': '{ "name": "electron", "dependencies": {} }',
    'worker/wrangler.jsonc': '{ "name": "w" }',
    'repo/wrangler.toml': 'name = "edge"\nmain = "./edge/src/index.ts"\n',
    'repo/package.json': '\ufeff{ "workspaces": ["apps/*"], "devDependencies": { "electron": "30.0.0" } }',
    'bom/package.json': '\ufeff{ "devDependencies": { "electron": "30.0.0" } }',
    'tables/netlify.toml': '[build]\n  base = "/"\n[[redirects]]\n  functions = "everything"\n[functions]\n  directory = ""\n',
    'site2/netlify.toml': '[build]\n  base = "site2"\n  functions = "fns"\n',
    'ui-site/netlify/functions/save.js': '',
    'lambda-app/serverless.yml': 'service: x\n',
    'named-fns/netlify.toml': '[build]\n  functions = "api"\n',
    'code-svc/serverless.ts': 'export default {};\n',
    'code-svc/netlify.toml': '[build]\n  functions = "."\n',
    'toml-above/netlify.toml': '[build]\n  functions = "api"\n',
    'cli/package.json': '{ "name": "deploy-tool", "bin": { "deploy-tool": "./bin/cli.js" } }',
    'cron/serverless.yml': 'service: cron\nfunctions:\n  nightly:\n    handler: scripts/nightly.run\n',
    'cli-service/package.json': '{ "name": "svc", "bin": "./cli.js" }',
    'cli-service/serverless.yml': 'service: svc\n',
    'cli-workspace/package.json': '{ "workspaces": ["packages/*"], "bin": "./cli.js" }',
    'cli-empty/package.json': '{ "name": "x", "bin": {} }',
    'vercel-app/vercel.json': '{ "framework": "nextjs" }',
    'vercel-app/backend/serverless.yml': 'service: api\n',
    'vercel-cdk/vercel.json': '{}',
    'vercel-cdk/package.json': '{ "devDependencies": { "aws-cdk-lib": "2.0.0", "@types/aws-lambda": "8.0.0" } }',
    'vercel-cdk/web/package.json': '{ "dependencies": { "next": "15.0.0" } }',
    'cli-lambda/package.json': '{ "bin": "./cli.js", "dependencies": { "@middy/core": "5.0.0" } }',
  });

  it("knows a project's scripts folder at any depth below the working directory, by the project's package.json or service config", () => {
    expect(inProjectScriptsFolder(join(root, 'cli/scripts/seed.js'), root)).toBe(true);
    expect(inProjectScriptsFolder(join(root, 'cli-service/tools/script/run.mjs'), root)).toBe(false);
    // A Lambda service's directory whose config names no handler in its scripts/ folder; one that does
    expect(inProjectScriptsFolder(join(root, 'lambda-app/scripts/deploy.ts'), root)).toBe(true);
    expect(inProjectScriptsFolder(join(root, 'cron/scripts/db.ts'), root)).toBe(false);
    // A service configured in code cannot be read
    expect(inProjectScriptsFolder(join(root, 'code-svc/scripts/x.ts'), root)).toBe(false);
    // No project there, or the folder above the working directory
    expect(inProjectScriptsFolder(join(root, 'nowhere/scripts/x.js'), root)).toBe(false);
    expect(inProjectScriptsFolder(join(root, 'cli/scripts/seed.js'), join(root, 'cli/scripts'))).toBe(false);
    expect(inProjectScriptsFolder(join(root, 'cli/lib/x.js'), root)).toBe(false);
    expect(inProjectScriptsFolder('<input>', root)).toBe(false);
  });

  it('knows a command-line package by the bin of its nearest package.json, not beside a Lambda service config nor a workspace root', () => {
    expect(inCommandLinePackage(join(root, 'cli/lib/aws.js'))).toBe(true);
    expect(inCommandLinePackage(join(root, 'cli-service/lib/aws.js'))).toBe(false);
    expect(inCommandLinePackage(join(root, 'cli-workspace/lib/aws.js'))).toBe(false);
    expect(inCommandLinePackage(join(root, 'cli-empty/lib/aws.js'))).toBe(false);
    // A package with commands that also depends on Lambda tooling holds Lambda code too
    expect(inCommandLinePackage(join(root, 'cli-lambda/src/lambda/db.ts'))).toBe(false);
    expect(inCommandLinePackage(join(root, 'site/api/upload.ts'))).toBe(false);
    expect(inCommandLinePackage('<input>')).toBe(false);
  });

  it("takes a file below a Vercel project config for Vercel code, unless a Lambda service config is nearer or the nearest package.json depends on Lambda tooling", () => {
    expect(inVercelProject(join(root, 'vercel-app/app/api/upload/route.ts'))).toBe(true);
    expect(inVercelProject(join(root, 'vercel-app/lib/s3.ts'))).toBe(true);
    expect(inVercelProject(join(root, 'vercel-app/backend/src/handler.ts'))).toBe(false);
    expect(inVercelProject(join(root, 'vercel-cdk/lambda/orders/db.ts'))).toBe(false);
    expect(inVercelProject(join(root, 'vercel-cdk/web/app/page.ts'))).toBe(true);
    expect(inVercelProject(join(root, 'site/api/upload.ts'))).toBe(false);
    // runsOffAws answers for Netlify, Workers and Electron only
    expect(runsOffAws(join(root, 'vercel-app/lib/s3.ts'))).toBe(false);
  });

  it('knows Netlify functions by their directory, Workers by their wrangler config and Electron apps by their manifest', () => {
    expect(runsOffAws(join(root, 'site/api/upload.ts'))).toBe(true);
    expect(runsOffAws(join(root, 'worker/src/deep/index.mts'))).toBe(true);
    expect(runsOffAws(join(root, 'desktop/main.cjs'))).toBe(true);
  });

  it('asks the nearest package.json only, and needs a dependency on electron, not the word', () => {
    // site/'s functions directory is api/: its other files are the site's; its package.json is asked for them
    expect(runsOffAws(join(root, 'site/src/upload.ts'))).toBe(true);
    expect(runsOffAws(join(root, 'broken/index.js'))).toBe(false);
    expect(runsOffAws(join(root, 'named/index.js'))).toBe(false);
    expect(runsOffAws(join(root, 'index.js'))).toBe(false);
  });

  it("reads a Worker's entry directory, a BOM, TOML tables of arrays, empty and rooted settings, a base that is the toml's own directory", () => {
    expect(runsOffAws(join(root, 'repo/edge/src/router/index.ts'))).toBe(true);
    // A Lambda backend beside the Worker, and a workspace root that depends on electron for a desktop app of its own
    expect(runsOffAws(join(root, 'repo/lambda/handler.ts'))).toBe(false);
    expect(runsOffAws(join(root, 'bom/main.js'))).toBe(true);
    // `[[redirects]]` ends `[build]`; an empty directory leaves Netlify's default; base "/" is the repository's root
    expect(runsOffAws(join(root, 'tables/netlify/functions/a.js'))).toBe(true);
    expect(runsOffAws(join(root, 'tables/everything/a.js'))).toBe(false);
    expect(runsOffAws(join(root, 'tables/src/a.js'))).toBe(false);
    expect(runsOffAws(join(root, 'site2/fns/a.js'))).toBe(true);
  });

  it("takes Netlify's default functions directory without a netlify.toml (a site configured in Netlify's UI), not where a netlify.toml names another or under a Lambda service's config", () => {
    expect(runsOffAws(join(root, 'ui-site/netlify/functions/save.js'))).toBe(true);
    expect(runsOffAws(join(root, 'ui-site/netlify/functions/nested/save.js'))).toBe(true);
    expect(runsOffAws(join(root, 'ui-site/netlify/edge/save.js'))).toBe(false);
    // A netlify.toml that names another functions directory: its netlify/functions is not Netlify's
    expect(runsOffAws(join(root, 'named-fns/netlify/functions/x.js'))).toBe(false);
    expect(runsOffAws(join(root, 'named-fns/api/x.js'))).toBe(true);
    // A Lambda service's config above the directory: the file is the service's
    expect(runsOffAws(join(root, 'lambda-app/netlify/functions/x.js'))).toBe(false);
    // A service configured in code (serverless.ts) is a Lambda service's too, beside a netlify.toml or not
    expect(runsOffAws(join(root, 'code-svc/netlify/functions/x.js'))).toBe(false);
    expect(runsOffAws(join(root, 'code-svc/x.js'))).toBe(false);
    // A netlify.toml further up that names another directory: that one is the site's functions directory
    expect(runsOffAws(join(root, 'toml-above/site/netlify/functions/x.js'))).toBe(false);
    expect(runsOffAws(join(root, 'toml-above/api/x.js'))).toBe(true);
  });

  it('never throws, and says false for names that are no source file', () => {
    for (const name of ['<input>', '', 'relative/file.js', join(root, 'site/netlify.toml'), '/\0/x.js']) {
      expect(runsOffAws(name)).toBe(false);
    }
  });
});
