import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  argumentAt,
  getCalleeName,
  getPropertyName,
  isFunctionLike,
  memberChain,
  outermostTypeWrapper,
  returnedExpressions,
  simpleName,
  skipTypeWrappers,
  someOwnNode,
  type FunctionLike,
} from '../utils/ast.js';
import {
  cdkCallee,
  cdkEnumMember,
  constructId,
  constructProps,
  constructPropsNode,
  isCdk,
  isInside,
  isSdkLambdaClient,
  joinPath,
  lambdaRestApiProxies,
  readNestedProps,
  propChoices,
  readProps,
  resolveBoundExpression,
  resolveLambdaFunction,
  resolveLocalFunctionSubclass,
  resolvePassed,
  resolveRestApis,
  resolveRestResources,
  l1ResourcePath,
  toCdkRef,
  unwrapExpression,
  type PropValue,
  type Props,
  type RestResource,
} from '../utils/cdk.js';
import { cdktfResourceName, mayUseCdktfAws } from '../utils/cdktf.js';
import { createRule } from '../utils/create-rule.js';
import { callsOfFunction, parameterOf, passedArgument as argumentForParameter } from '../utils/parameters.js';
import { runsOnlyInLocalServerlessRun } from '../utils/logging.js';
import {
  awsApi,
  calleeAwsApi,
  calleeMayBeExport,
  findVariableOf,
  functionCalls,
  isCalledOnlyThere,
  functionOf,
  isWriteTarget,
  resolveCallee,
  resolveInstance,
  resolveModuleRef,
  typeNameRef,
} from '../utils/modules.js';
import { mayImportCdk, mayImportSdkClientOf, mayMention } from '../utils/prefilter.js';
import { isPulumiRestApiComponent, mayUsePulumiAws, pulumiAwsPath } from '../utils/pulumi.js';
import {
  getLoopMemberValues,
  getLoopValues,
  getStaticString,
  getStaticTruthiness,
  getStaticValue,
  type StaticProperty,
  type StaticValue,
} from '../utils/static-value.js';
import { importsSstConstructs, sstExport, usesSst } from '../utils/sst.js';
import { isPathSeparatorCode, startsWithIgnoringCase, trimTrailing, wildcardWalk } from '../utils/strings.js';
import { isTestFile } from '../utils/test-files.js';

/** The SDK client whose calls the rule reads (`awsApi`'s service name). */
const LAMBDA_SERVICE: ReadonlySet<string> = new Set(['lambda']);
/** Nested `? :` read for a constant test's branch. */
const MAX_CHOICE_DEPTH = 4;
/** Calls of a helper read to pair the verb and the path part each passes. */
const MAX_PAIRED_CALLS = 64;

export type Options = [
  {
    allowPublic?: string[];
    apiKeyCountsAsAuth?: boolean;
    allowSignInEndpoints?: boolean;
  },
];

export type MessageIds =
  | 'functionUrlAuthNone'
  | 'useAwsIam'
  | 'proxyWithoutAuthorization'
  | 'methodWithoutAuthorization'
  | 'methodAuthorizationNone'
  | 'routeWithoutAuthorization'
  | 'routeAuthorizationNone'
  | 'quickCreateRouteWithoutAuthorization'
  | 'samEventWithoutAuthorization'
  | 'samEventAuthorizationNone'
  | 'sstFunctionUrlWithoutAuthorization'
  | 'sstRouteWithoutAuthorization'
  | 'serverlessEventWithoutAuthorization'
  | 'pulumiRouteWithoutAuthorization';

const defaultOptions: Options[0] = { allowPublic: [], apiKeyCountsAsAuth: false, allowSignInEndpoints: true };

/** Methods whose name alone is worth resolving a call for (cheap prefilter before any binding work). */
const CALL_METHODS = new Set([
  'addFunctionUrl',
  'addMethod',
  'addProxy',
  'addRoutes',
  'createFunctionUrlConfig',
  'updateFunctionUrlConfig',
  // SST v3's `api.route('GET /', handler, args)` on an `sst.aws.ApiGatewayV2` / `ApiGatewayV1`
  'route',
  // a REST API's resource policy added after creation, which may admit only some callers
  'addToResourcePolicy',
  // escape hatches: `(method.node.defaultChild as CfnMethod).addPropertyOverride('AuthorizationType', 'AWS_IAM')`
  'addPropertyOverride',
  'addOverride',
]);

/** Members whose assignment sets a REST method's / HTTP route's authorization somewhere the rule does not follow. */
const AUTHORIZATION_MEMBERS = new Set(['authorizationType', 'authorizerId', 'authorizationScopes']);

/** The authorization properties of a method or route, lower-cased, as an override path names them. */
const OVERRIDE_AUTHORIZATION_PROPERTIES = new Set(['authorizationtype', 'authorizerid', 'authorizationscopes']);

/**
 * SAM's, as an override path names them (`Events.Api.Properties.Auth.Authorizer`, a `sam.CfnApi`'s `Auth`), and the
 * API settings that make its events unknown (an OpenAPI definition, the endpoint type).
 */
const OVERRIDE_SAM_AUTHORIZATION_PROPERTIES = new Set([
  'auth',
  'authorizer',
  'defaultauthorizer',
  'events',
  'definitionbody',
  'definitionuri',
  'endpointconfiguration',
]);

/** Members of SAM resources whose assignment sets authorization (`samApi.auth = …`, `samFunction.events = …`). */
const SAM_AUTHORIZATION_MEMBERS = new Set([
  'auth',
  'events',
  'definitionBody',
  'definitionUri',
  'endpointConfiguration',
]);

/** Members whose assignment sets a function URL's auth type (`(url.node.defaultChild as CfnUrl).authType = …`). */
const URL_AUTH_MEMBERS = new Set(['authType', 'functionUrlConfig']);

/** What a report is about, so that an escape hatch seen later in the file can withdraw it. */
type Subject = { kind: 'url' } | { kind: 'api'; api: TSESTree.Node | null } | { kind: 'sam' } | { kind: 'framework' };

interface PendingReport {
  node: TSESTree.Node;
  messageId: Exclude<MessageIds, 'useAwsIam'>;
  data: Record<string, string>;
  /** Suggest AWS_IAM: by `awsIamFix` of the node (true), or by the fix given. */
  suggestFix: boolean | TSESLint.ReportFixFunction;
  subject: Subject;
}

const SDK_URL_COMMANDS = new Set(['CreateFunctionUrlConfigCommand', 'UpdateFunctionUrlConfigCommand']);

/** AWS Solutions Constructs that build a proxying `LambdaRestApi` from their `apiGatewayProps`. */
const SOLUTIONS_LAMBDA_REST_APIS: ReadonlySet<string> = new Set(['ApiGatewayToLambda', 'CloudFrontToApiGatewayToLambda']);

/** The CDK classes whose `new` the rule reads (the cases of its `NewExpression` listener). */
const API_CONSTRUCT_CLASSES: ReadonlySet<string> = new Set([
  'FunctionUrl',
  'CfnUrl',
  'LambdaRestApi',
  // `ANY /` on its root, starting executions of its state machine
  'StepFunctionsRestApi',
  'Method',
  'CfnMethod',
  // `ANY /{proxy+}` on its parent, as `addProxy` adds
  'ProxyResource',
  'HttpApi',
  'HttpRoute',
  'CfnRoute',
  // an HTTP API made by quick create (`target`) comes with an open route
  'CfnApi',
  // aws-sam: the function's events (Api, HttpApi) and function URL
  'CfnFunction',
]);

type ServerlessEventType = 'http' | 'httpApi';

/** An open Serverless Framework event's method (upper case, `ANY` for `*`) and path (null for `httpApi: '*'`). */
interface ServerlessRoute {
  method: string;
  path: string | null;
}

/** `events: [...]` of a Serverless Framework function config. */
const SERVERLESS_EVENTS_PROPERTY = 'Property[key.name="events"], Property[key.value="events"]';
/** `url: true` / `url: { … }` of a Serverless Framework function config. */
const SERVERLESS_URL_PROPERTY = 'Property[key.name="url"], Property[key.value="url"]';
/** `'GET hello'`, `'post /orders/{id}'`: an event's method and path written as one string. Linear. */
const SERVERLESS_EVENT = /^([A-Za-z*]+)\s+(\S+)$/u;
/** Events of one function looked at. */
const MAX_SERVERLESS_EVENTS = 200;
/**
 * The Terraform AWS provider's resources the rule judges, as Pulumi (`aws.<path>`) and CDK for Terraform (the class)
 * name them: a function URL, a REST method, an HTTP API (quick create), an HTTP route.
 */
type ProviderResource = 'functionUrl' | 'method' | 'quickCreate' | 'route';
const PULUMI_RESOURCES: ReadonlyMap<string, ProviderResource> = new Map([
  ['lambda.FunctionUrl', 'functionUrl'],
  ['apigateway.Method', 'method'],
  ['apigatewayv2.Api', 'quickCreate'],
  ['apigatewayv2.Route', 'route'],
]);
const CDKTF_RESOURCES: ReadonlyMap<string, ProviderResource> = new Map([
  ['LambdaFunctionUrl', 'functionUrl'],
  ['ApiGatewayMethod', 'method'],
  ['Apigatewayv2Api', 'quickCreate'],
  ['Apigatewayv2Route', 'route'],
]);
/** Resources followed up a chain of `addResource` calls on an API received from elsewhere. */
const MAX_RESOURCE_CHAIN = 16;
/** Routes followed down a chain of SST 3.0 `route` calls. */
const MAX_ROUTE_CHAIN = 1024;
/** Names and chains followed from a route call to its API. */
const MAX_ROUTE_API_HOPS = 4;
/** Escape hatches that may set any property of an L1 construct. */
const L1_OVERRIDE_METHODS: ReadonlySet<string> = new Set(['addPropertyOverride', 'addOverride']);

/**
 * Could the file be a Serverless Framework config written in code, by its path: `serverless.ts` / `.js` (and
 * `serverless.<stage>.ts`, `sls.config.ts`), or a module under a `functions` folder, as the `aws-nodejs-typescript`
 * template writes each function's config (`src/functions/hello/index.ts`). Decided before the text is searched.
 */
function mayBeServerlessConfigPath(filename: string): boolean {
  if (filename.startsWith('<')) return true; // no real file (<input>, <text>): the text decides
  // Read in place (every file is asked): the name after the last separator, and a `functions` folder
  const base = Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1;
  if (startsWithIgnoringCase(filename, base, 'serverless') || startsWithIgnoringCase(filename, base, 'sls')) {
    return true;
  }
  for (let index = filename.indexOf('functions'); index !== -1; index = filename.indexOf('functions', index + 1)) {
    const after = index + 'functions'.length;
    if (isPathSeparatorCode(filename.charCodeAt(index - 1)) && isPathSeparatorCode(filename.charCodeAt(after))) {
      return true;
    }
  }
  return false;
}

/** Could the text hold a Serverless Framework `http` / `httpApi` event (`events: [{ http: … }]`)? */
function mayWriteServerlessHttpEvents(text: string): boolean {
  // The key first: `e` starts many more words than `h`, so a scan for `events` costs more
  return writesHttpKey(text) && text.includes('events');
}

/**
 * Does `text` write an `http` or `httpApi` key (`{ http: …`, `"httpApi":`, the shorthand `{ http }`), not a URL's
 * scheme (`http://…`), as `/[{,\s]['"]?http(?:Api)?['"]?\s*:(?!\/\/)/` would say (or `[,}]` after a bare name)?
 * Looked for from each `http` (found with `indexOf`): published code is full of white space and commas, where the
 * regex's scan would start.
 */
function writesHttpKey(text: string): boolean {
  for (let index = text.indexOf('http'); index !== -1; index = text.indexOf('http', index + 1)) {
    let before = index - 1;
    if (isQuoteCode(text.charCodeAt(before))) before--;
    if (!isKeyStart(text.charCodeAt(before))) continue;
    let after = index + 4;
    if (text.startsWith('Api', after)) after += 3;
    const quoted = isQuoteCode(text.charCodeAt(after));
    if (quoted) after++;
    while (isWhiteSpaceCode(text.charCodeAt(after))) after++;
    const next = text.charCodeAt(after);
    if (next === 0x3a /* : */ ? !text.startsWith('//', after + 1) : !quoted && isShorthandEnd(next)) return true;
  }
  return false;
}

/** `,` or `}`: what ends a shorthand property (`{ handler, url }`, `events: [{ http }]`). */
function isShorthandEnd(code: number): boolean {
  return code === 0x2c || code === 0x7d;
}

/** `'` or `"`. */
function isQuoteCode(code: number): boolean {
  return code === 0x27 || code === 0x22;
}

/** `{`, `,` or white space: what may stand before a key. */
function isKeyStart(code: number): boolean {
  return code === 0x7b || code === 0x2c || isWhiteSpaceCode(code);
}

/** What `\s` matches; ASCII answered without the regex (the loop asks about every `http` of a file). */
function isWhiteSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITE_SPACE.test(String.fromCharCode(code));
}

const WHITE_SPACE = /^\s$/u;

/**
 * Does `text` write a `url` key (`{ url: true`, `"url":`, the shorthand `{ handler, url }`), as
 * `/[{,\s]['"]?url['"]?\s*:/` would say (or `[,}]` after a bare name)? Looked for from each `url` (found with
 * `indexOf`), as `writesHttpKey` does.
 */
function writesUrlKey(text: string): boolean {
  for (let index = text.indexOf('url'); index !== -1; index = text.indexOf('url', index + 1)) {
    let before = index - 1;
    if (isQuoteCode(text.charCodeAt(before))) before--;
    if (!isKeyStart(text.charCodeAt(before))) continue;
    let after = index + 3;
    const quoted = isQuoteCode(text.charCodeAt(after));
    if (quoted) after++;
    while (isWhiteSpaceCode(text.charCodeAt(after))) after++;
    const next = text.charCodeAt(after);
    if (next === 0x3a /* : */ || (!quoted && isShorthandEnd(next))) return true;
  }
  return false;
}

/**
 * How the file may hold Serverless Framework function configs: by its path (`serverless.ts`, a `functions/`
 * module: any object with `handler` and `events` is one), or elsewhere by their content only (each object's `handler`
 * must be written as Serverless writes it: see `isServerlessHandler`); and what of them the text may write: `http` /
 * `httpApi` events, a function URL (`url: true`). Null when it writes neither.
 */
interface ServerlessConfigSource {
  by: 'path' | 'content';
  httpEvents: boolean;
  urls: boolean;
}

function serverlessConfigSource(filename: string, text: string): ServerlessConfigSource | null {
  const byPath = mayBeServerlessConfigPath(filename);
  if (!byPath && !text.includes('handler')) return null;
  const httpEvents = mayWriteServerlessHttpEvents(text);
  const urls = writesUrlKey(text);
  if (!httpEvents && !urls) return null;
  return { by: byPath ? 'path' : 'content', httpEvents, urls };
}

/** `handler.main`, `src/functions/hello/handler.main`: a module path and its export. Linear (no nesting). */
const SERVERLESS_HANDLER_DIRECTORY = /^[\w@.-]*$/u;
const SERVERLESS_HANDLER_FILE = /^[\w-][\w.-]*$/u;
const SERVERLESS_HANDLER_EXPORT = /^[A-Za-z_$][\w$]*$/u;

/** `'<file>.<export>'` after an optional directory path (`src/hello/handler.main`): Serverless's handler string. */
function isServerlessHandlerPath(text: string): boolean {
  const slash = text.lastIndexOf('/');
  const directories = slash === -1 ? '' : text.slice(0, slash);
  const base = text.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return false;
  return (
    directories.split('/').every((part) => SERVERLESS_HANDLER_DIRECTORY.test(part)) &&
    SERVERLESS_HANDLER_FILE.test(base.slice(0, dot)) &&
    SERVERLESS_HANDLER_EXPORT.test(base.slice(dot + 1))
  );
}

/**
 * Pulumi's resource classes the rule reads (`aws.lambda.FunctionUrl`, `aws.apigateway.Method`, `…v2.Route`, `…v2.Api`
 * for quick create), and its API Gateway component (`apigateway.RestAPI`, awsx's `apigateway.API`).
 */
const PULUMI_API_RESOURCES: ReadonlySet<string> = new Set([
  'FunctionUrl',
  'Method',
  'Route',
  'Api',
  'RestAPI',
  'API',
]);

/** Routes of one Pulumi API Gateway component looked at. */
const MAX_PULUMI_ROUTES = 200;

function isPulumiApiResourceName(name: string): boolean {
  return PULUMI_API_RESOURCES.has(name);
}

function isApiCreationName(name: string): boolean {
  return API_CONSTRUCT_CLASSES.has(name) || SDK_URL_COMMANDS.has(name);
}

/** `AuthorizationType` members of aws-apigateway other than NONE, and the strings they stand for. */
const REST_AUTH_MEMBERS = new Set(['IAM', 'CUSTOM', 'COGNITO']);
const REST_AUTH_STRINGS = new Set(['AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS']);

/**
 * Ways to reach an API other than its own props' domain: another domain added or mapped (`addDomainName`,
 * `BasePathMapping` / `addBasePathMapping`, `ApiMapping`, a stage's `domainMapping`, a `DomainName`'s `mapping`), or
 * the default endpoint set anew (`cfnApi.disableExecuteApiEndpoint = …`, an override of `DisableExecuteApiEndpoint`).
 */
const OTHER_DOMAIN_WAYS =
  /addDomainName|BasePathMapping|ApiMapping|domainMapping\b|\bmapping\s*:|(?:\.d|D)isableExecuteApiEndpoint/u;

/** `GET /items` — an HTTP API route key. Linear: one character class per part, no nesting. */
const ROUTE_KEY = /^([A-Za-z]+) (\/\S*)$/u;

/**
 * An SST v2 `Api` route key, which SST normalises by joining its words with one space (`'GET   /items'`, aligned
 * keys). Linear: the classes of the three parts do not overlap.
 */
const SST_V2_ROUTE_KEY = /^([A-Za-z]+)\s+(\/\S*)$/u;

/**
 * A route key written as a string (`'GET /items'`, `'$default'`): its name in messages, its method and its path
 * (null for `$default`); null for a key that is not an HTTP one and for `OPTIONS` (CORS preflight must be open). `spaced`: the
 * method and path may be parted by any run of white space (SST v2); API Gateway's own keys take one space.
 */
function parseRouteKey(
  key: string,
  spaced = false,
): { route: string; method: string | null; path: string | null } | null {
  if (key === '$default') return { route: key, method: null, path: null };
  const match = (spaced ? SST_V2_ROUTE_KEY : ROUTE_KEY).exec(key);
  if (match === null) return null;
  const method = match[1]!.toUpperCase();
  return method === 'OPTIONS' ? null : { route: `${method} ${match[2]!}`, method, path: match[2]! };
}

/** The module of SST v1's constructs. */
const SST_V1_MODULE = '@serverless-stack/resources';

/** SST's construct APIs (v2 and v1): the HTTP API and the REST API, whose routes take the same settings. */
const SST_CONSTRUCT_APIS = new Set(['Api', 'ApiGatewayV1Api']);

/** An `Api` / `ApiGatewayV1Api` of `sst/constructs` (v2) or `@serverless-stack/resources` (v1). */
interface SstConstructApi {
  node: TSESTree.NewExpression;
  version: 2 | 1;
  rest: boolean;
}

/**
 * What an SST construct API's routes inherit, for each generation of SST its props may be written for: `current`,
 * v2's and v1's (≥ 1.0) `defaults.authorizer`; `legacy`, SST 0.x's `defaultAuthorizationType`. True when it leaves
 * the routes public (`'none'` / NONE, SST's defaults); absent for a generation the props rule out.
 */
interface SstRouteDefaults {
  current?: boolean;
  legacy?: boolean;
}

/**
 * Props of an API that only SST ≥ 1.0 (and v2) reads, and props that only SST 0.x read (0.x took CDK's props and
 * defaults one by one; 1.0 moved them under `defaults` and `cdk`): they tell which generation an API is written for.
 */
const SST_CURRENT_API_PROPS = ['defaults', 'authorizers'];
const SST_LEGACY_HTTP_API_PROPS = [
  'defaultAuthorizationType',
  'defaultAuthorizer',
  'defaultAuthorizationScopes',
  'defaultFunctionProps',
  'defaultPayloadFormatVersion',
  'defaultThrottlingBurstLimit',
  'defaultThrottlingRateLimit',
  'httpApi',
  'stages',
];
const SST_LEGACY_REST_API_PROPS = [
  'defaultAuthorizationType',
  'defaultAuthorizer',
  'defaultAuthorizationScopes',
  'defaultFunctionProps',
  'restApi',
  'importedPaths',
];
/** Props of a route that only SST 0.x read. */
const SST_LEGACY_HTTP_ROUTE_PROPS = ['authorizationType', 'albListener', 'vpcLink', 'handler'];
const SST_LEGACY_REST_ROUTE_PROPS = ['methodOptions', 'integrationOptions', 'handler'];

/** The setting to name for a v1 API whose props fit both generations (`option` is written between backticks). */
const SST_EITHER_GENERATION_OPTION = 'authorizer` (SST ≥ 1.0) or, in SST 0.x, `defaultAuthorizationType';

/** Decided authorization of a method or route. `noneNode`: the explicit NONE that decided it, if any. */
type Authorization = { open: false } | { open: true; noneNode: TSESTree.Node | null };

const AUTHORIZED: Authorization = { open: false };
/** Open by what the route inherits (SST's default), no NONE written on the route itself. */
const OPEN_BY_DEFAULT: Authorization = { open: true, noneNode: null };

type AuthTypeState = 'absent' | 'NONE' | 'other' | 'unknown';

export default createRule<Options, MessageIds>({
  name: 'require-api-authorization',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require authorization on Lambda function URLs and on the API Gateway methods and routes in front of functions',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      functionUrlAuthNone:
        'Function URL with {{option}} NONE: anyone who has the URL can invoke the function. Use AWS_IAM, or put an API that authorizes callers in front of it.',
      useAwsIam: 'Use AWS_IAM (callers must sign their requests with IAM credentials).',
      proxyWithoutAuthorization:
        'LambdaRestApi {{api}} proxies every path and method (ANY / and ANY /{proxy+}) to the function without authorization: set defaultMethodOptions with an authorizer or an authorizationType other than NONE.',
      methodWithoutAuthorization:
        'REST API method {{route}} has no authorizer or authorizationType, and none to inherit from defaultMethodOptions: anyone can call it.',
      methodAuthorizationNone: 'REST API method {{route}} has authorizationType NONE: anyone can call it.',
      routeWithoutAuthorization:
        'HTTP API route {{route}} has no authorizer, and none to inherit from a defaultAuthorizer: anyone can call it.',
      routeAuthorizationNone: 'HTTP API route {{route}} is explicitly unauthenticated (NONE): anyone can call it.',
      quickCreateRouteWithoutAuthorization:
        'HTTP API route {{route}}, made by quick create (`target`), has no authorization, and quick create cannot give it any: anyone can call it. Create the route and its integration as resources of their own, with an authorizer or AWS_IAM.',
      samEventWithoutAuthorization:
        'SAM {{event}} event {{route}} has no auth.authorizer, and its API no auth.defaultAuthorizer: anyone can call it.',
      samEventAuthorizationNone: 'SAM {{event}} event {{route}} has auth.authorizer NONE: anyone can call it.',
      serverlessEventWithoutAuthorization:
        'Serverless Framework {{event}} event {{route}} has no authorizer: anyone can call it. Add an authorizer (aws_iam, a Cognito, JWT or Lambda authorizer).',
      pulumiRouteWithoutAuthorization:
        'Pulumi API Gateway route {{route}} has no authorizers and no iamAuthEnabled: anyone can call it. Add a Lambda or Cognito authorizer, or set iamAuthEnabled: true.',
      sstRouteWithoutAuthorization:
        'SST API route {{route}} has no authorization: SST leaves routes public unless `{{option}}` is set, so anyone can call it. Set it to IAM or an authorizer.',
      sstFunctionUrlWithoutAuthorization:
        "SST function URL without IAM authorization ({{option}} is 'none' unless set): anyone who has the URL can invoke the function. Set {{option}}: 'iam', or put an API that authorizes callers in front of it.",
    },
    schema: [
      {
        type: 'object',
        properties: {
          allowPublic: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Endpoints that are public on purpose: resource paths (`/health`, or globs: `*` within one segment, `**` across segments, as in `/auth/**`) or construct ids (of the method, route, function URL, function or API).',
          },
          apiKeyCountsAsAuth: {
            type: 'boolean',
            description: 'Treat `apiKeyRequired: true` on a REST API method as authorization.',
          },
          allowSignInEndpoints: {
            type: 'boolean',
            description:
              'Leave public the paths a client calls to get credentials, which cannot require them: a `.well-known` segment (discovery documents), OAuth 2.0 `oauth/token`, `oauth/authorize` (and its `callback`), `oauth/introspect`, `oauth/revoke`, `oauth/register`, `oauth/device_authorization` and `oauth/par` (the caller authenticates in the request, or registration is open by design), a last segment `login`, `signin`, `sign-in`, `signup` or `sign-up`, and the other steps of a sign-in, not under a path parameter or an `admin` segment: a one-time password sent or checked (`otp`, `send-otp`, `verify-otp`, `/otp/verify`), a session renewed (`refresh-token`, `refresh-session`, `auth/refresh`, `token/refresh`, `auth/client-refresh`), a sign-in of a kind of user or of a provider (`client-login`, `admin-login`, `google-signin`; a word of a fixed list, not `force-login`), an account made (`/register`, `/auth/register`, `/users/register`; not `/devices/register`), a forgotten password and its steps (`forgot-password`, `/forgot-password/send`, `/forgot-password/verify`, `/auth/reset-password`) and the confirmations `confirm-sign-up` and `confirm-forgot-password`, when called with GET, HEAD, POST or ANY.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [defaultOptions],
  },
  defaultOptions: [defaultOptions],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    // APIs, function URLs and their settings are CDK constructs or Lambda SDK calls (or SST's functions, from the
    // global `sst` or `sst/constructs`): a file with none of them has none
    // Pulumi's resources (`new aws.lambda.FunctionUrl(…)`, `aws.apigateway.Method`, `aws.apigatewayv2.Route`)
    const pulumi = mayUsePulumiAws(sourceCode);
    // CDK for Terraform's AWS provider (`@cdktf/provider-aws`): its `LambdaFunctionUrl` resource
    const cdktf = mayUseCdktfAws(sourceCode);
    const awsCode =
      mayImportCdk(sourceCode) || mayImportSdkClientOf(sourceCode, LAMBDA_SERVICE) || usesSst(sourceCode) || cdktf;
    // Serverless Framework function configs written in code (`serverless.ts`, a function's `index.ts`)
    const serverless = serverlessConfigSource(context.physicalFilename, sourceCode.text);
    if (!awsCode && !pulumi && serverless === null) return {};
    // APIs built in tests (a stack under test, a fixture) are not the ones deployed
    if (isTestFile(context)) return {};
    return fileListeners(context, options, pulumi, awsCode, serverless, cdktf);
  },
});

/**
 * The rule's listeners for a file the prefilter in `create` lets through. Kept apart from `create`: the functions
 * declared below are made for every call, so `create` makes none of them for the files it turns away.
 */
function fileListeners(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  options: Options[0],
  pulumi: boolean,
  awsCode: boolean,
  serverless: ServerlessConfigSource | null,
  cdktf: boolean,
): TSESLint.RuleListener {
  const sourceCode = context.sourceCode;
  const allowPublic = publicEntriesOf(options);
  const apiKeyCountsAsAuth = options.apiKeyCountsAsAuth === true;
  const allowSignIn = options.allowSignInEndpoints !== false;
  const reported = new Set<TSESTree.Node>();
  /** Reports are held until the end of the file: an escape hatch further down may set the authorization. */
  const pending: PendingReport[] = [];
  /** APIs whose `defaultMethodOptions` / `defaultAuthorizer` is assigned after creation: what methods inherit is unknown. */
  const overriddenApis = new Set<TSESTree.Node>();
  /** Authorization set through an escape hatch the rule cannot tie to one method (`cfn.authorizationType = …`). */
  let authorizationOverridden = false;
  /** The report nodes of REST methods whose own escape hatch sets their authorization (`methodOfDefaultChild`). */
  const overriddenMethods = new Set<TSESTree.Node>();
  /** The file maps a domain or sets the endpoint some other way (see isMutualTlsOnly). */
  let mapsOtherDomains: boolean | undefined;
  let urlAuthOverridden = false;
  /** `samApi.auth = …` / `samFunction.events = …` on what may be a SAM resource: SAM events are unknown. */
  let samAuthOverridden = false;

  function report(
    node: TSESTree.Node,
    messageId: Exclude<MessageIds, 'useAwsIam'>,
    data: Record<string, string>,
    subject: Subject,
    suggestFix: boolean | TSESLint.ReportFixFunction = false,
  ): void {
    pending.push({ node, messageId, data, suggestFix, subject });
  }

  function flush(): void {
    // One report per node: the first that no escape hatch withdrew (a method of a helper called with two APIs is
    // judged on each, and one of them may have had its defaults assigned)
    for (const { node, messageId, data, suggestFix, subject } of pending) {
      // SST v3's components and Serverless Framework configs have no CDK escape hatch
      const overridden =
        subject.kind === 'url'
          ? urlAuthOverridden
          : subject.kind === 'sam'
            ? samAuthOverridden
            : subject.kind === 'framework'
              ? false
              : authorizationOverridden;
      if (overridden || overriddenMethods.has(node)) continue;
      if (subject.kind === 'api' && subject.api !== null && overriddenApis.has(subject.api)) continue;
      if (reported.has(node)) continue;
      reported.add(node);
      const fix = typeof suggestFix === 'function' ? suggestFix : suggestFix ? awsIamFix(node) : null;
      context.report({
        node,
        messageId,
        data,
        suggest: fix === null ? null : [{ messageId: 'useAwsIam', fix }],
      });
    }
  }

  /** `x.defaultMethodOptions = …`, `cfnMethod.authorizationType = …`, `cfnUrl.authType = …`. */
  function checkAssignment(node: TSESTree.AssignmentExpression): void {
    const left = unwrapExpression(node.left);
    if (left.type !== AST_NODE_TYPES.MemberExpression) return;
    const name = getPropertyName(left);
    if (name === null) return;
    if (name === 'defaultMethodOptions' || name === 'defaultAuthorizer') {
      const apis =
        resolveRestResources(left.object, sourceCode)?.map((resource) => resource.api) ??
        resolveRestApis(left.object, sourceCode) ??
        resolveHttpApis(left.object);
      if (apis === null) authorizationOverridden = true;
      else for (const api of apis) overriddenApis.add(api);
    } else if (AUTHORIZATION_MEMBERS.has(name)) {
      const method = methodOfDefaultChild(left.object);
      if (method !== null) overriddenMethods.add(method);
      else if (mayBeL1Resource(left.object)) authorizationOverridden = true;
    } else if (URL_AUTH_MEMBERS.has(name)) {
      if (mayBeL1Resource(left.object)) urlAuthOverridden = true;
    } else if (SAM_AUTHORIZATION_MEMBERS.has(name)) {
      if (mayBeL1Resource(left.object)) samAuthOverridden = true;
    }
  }

  /**
   * Could `node` be an L1 resource (`method.node.defaultChild as CfnMethod`, an Aspect's `node`, a `new CfnMethod`)
   * whose authorization an assignment sets? Not `this` (`this.authorizer = new CognitoUserPoolsAuthorizer(…)` is a
   * field of the stack) nor a value known to be something else (an object literal, an L2 construct).
   */
  function mayBeL1Resource(node: TSESTree.Node): boolean {
    const target = unwrapExpression(node);
    if (target.type === AST_NODE_TYPES.ThisExpression) return false;
    const value = resolveBoundExpression(target, sourceCode);
    switch (value.type) {
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ClassExpression:
        return false;
      case AST_NODE_TYPES.NewExpression: {
        const name = getCalleeName(value);
        return name === null || name.startsWith('Cfn');
      }
      default:
        return true;
    }
  }

  /**
   * `(method.node.defaultChild as CfnMethod)` with `const method = resource.addMethod(…)`: the L1 resource of that one
   * REST method, whose report (at `addMethod`) an escape hatch on it withdraws. Null for anything else (an Aspect's
   * node, a method reassigned, a `defaultChild` of another construct): the escape hatch may then set any method's.
   */
  function methodOfDefaultChild(node: TSESTree.Node): TSESTree.Node | null {
    const child = unwrapExpression(node);
    if (child.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(child) !== 'defaultChild') return null;
    const tree = unwrapExpression(child.object);
    if (tree.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(tree) !== 'node') return null;
    const owner = unwrapExpression(tree.object);
    if (owner.type !== AST_NODE_TYPES.Identifier) return null;
    const made = unwrapExpression(resolveBoundExpression(owner, sourceCode));
    if (made.type !== AST_NODE_TYPES.CallExpression) return null;
    const callee = unwrapExpression(made.callee);
    return callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === 'addMethod' ? callee.property : null;
  }

  /**
   * `cfn.addPropertyOverride('AuthorizationType', …)` / `addOverride('Properties.AuthType', …)`: a path with an
   * authorization property of `AWS::ApiGateway::Method` / `AWS::ApiGatewayV2::Route` (`AuthorizationType`,
   * `AuthorizerId`, `AuthorizationScopes`) or `AWS::Lambda::Url` (`AuthType`). Other paths
   * (`Environment.Variables.AUTHORIZER_URL`) set nothing the rule reads.
   */
  function checkOverride(node: TSESTree.CallExpression): void {
    const path = node.arguments[0] === undefined ? null : getStaticString(node.arguments[0], sourceCode);
    if (path === null) return;
    const segments = path.toLowerCase().split('.');
    // `addOverride('Properties', { AuthorizationType: … })`: the whole property bag, which may set it
    const wholeProperties = segments.length === 1 && segments[0] === 'properties';
    if (wholeProperties || segments.some((segment) => OVERRIDE_AUTHORIZATION_PROPERTIES.has(segment))) {
      const callee = unwrapExpression(node.callee);
      const method = callee.type === AST_NODE_TYPES.MemberExpression ? methodOfDefaultChild(callee.object) : null;
      if (method !== null) overriddenMethods.add(method);
      else authorizationOverridden = true;
    }
    if (wholeProperties || segments.some((segment) => OVERRIDE_SAM_AUTHORIZATION_PROPERTIES.has(segment))) {
      samAuthOverridden = true;
    }
    // A SAM function's whole `FunctionUrlConfig` may set its `AuthType`; one of its other fields
    // (`FunctionUrlConfig.InvokeMode`, `FunctionUrlConfig.Cors.AllowOrigins`) does not
    if (wholeProperties || segments.includes('authtype') || segments[segments.length - 1] === 'functionurlconfig') {
      urlAuthOverridden = true;
    }
  }

  /**
   * Is the API (or may it be) closed to the internet at large: its endpoint types all PRIVATE (reachable from VPC
   * endpoints only), or written in a way the rule cannot read (`endpointConfiguration: props.endpoint`: unknown, so
   * quiet), or given a resource policy (`policy`) that may admit only some accounts, VPCs or addresses (as a SAM
   * API's `resourcePolicy`).
   */
  function isPrivateApi(api: TSESTree.NewExpression | TSESTree.CallExpression): boolean {
    // Another stack's API (`RestApi.fromRestApiAttributes(…)`): its endpoint is set there; a REST API is public unless
    // made private, and a method added here without authorization is open on it (as on an imported HTTP API)
    if (api.type === AST_NODE_TYPES.CallExpression) return false;
    const props = constructProps(api, sourceCode);
    if (mayRestrictCallers(props.get('policy'))) return true;
    const lists = [props.get('endpointTypes'), readNestedProps(props.get('endpointConfiguration')).get('types')];
    return lists.some((list) => {
      if (list.state === 'absent') return false;
      if (list.state === 'unknown' || list.value.kind !== 'array') return true;
      if (list.value.elements.length === 0) return false;
      return list.value.elements.every((element) => {
        if (element.kind === 'string') return element.value === 'PRIVATE';
        if (element.node === null) return true;
        const member = cdkEnumMember(element.node, sourceCode, 'aws-apigateway', 'EndpointType');
        // An element the rule cannot read may be PRIVATE
        return member === 'PRIVATE' || (member === null && element.kind === 'unknown');
      });
    });
  }

  /**
   * A REST API's resource policy (`policy`) that may admit only some callers: anything but a
   * `new PolicyDocument(…)` of the file whose statements all allow `execute-api` to anyone (`AnyPrincipal`,
   * `StarPrincipal`) without conditions (the common "allow all" policy, which restricts nothing).
   */
  function mayRestrictCallers(policy: PropValue): boolean {
    if (policy.state === 'absent') return false;
    if (policy.state === 'unknown') return true;
    const document = resolveBoundExpression(policy.node, sourceCode);
    if (document.type !== AST_NODE_TYPES.NewExpression) return true;
    if (!isCdk(cdkCallee(document, sourceCode), 'aws-iam', ['PolicyDocument'])) return true;
    const statements = readProps(argumentAt(document, 0), sourceCode).get('statements');
    if (statements.state !== 'present' || statements.node.type !== AST_NODE_TYPES.ArrayExpression) return true;
    return !statements.node.elements.every((element) => element !== null && allowsAnyone(element));
  }

  /** `new PolicyStatement({ principals: [new AnyPrincipal()], … })`: allows anyone, unconditionally. */
  function allowsAnyone(element: TSESTree.Node): boolean {
    if (element.type === AST_NODE_TYPES.SpreadElement) return false;
    const statement = resolveBoundExpression(element, sourceCode);
    if (statement.type !== AST_NODE_TYPES.NewExpression) return false;
    if (!isCdk(cdkCallee(statement, sourceCode), 'aws-iam', ['PolicyStatement'])) return false;
    const props = readProps(argumentAt(statement, 0), sourceCode);
    if (props.kind !== 'object') return false;
    for (const key of ['conditions', 'notPrincipals', 'notActions', 'notResources']) {
      if (props.get(key).state !== 'absent') return false;
    }
    const effect = props.get('effect');
    if (effect.state === 'unknown') return false;
    if (effect.state === 'present' && cdkEnumMember(effect.node, sourceCode, 'aws-iam', 'Effect') !== 'ALLOW') {
      return false;
    }
    const principals = props.get('principals');
    if (principals.state !== 'present' || principals.node.type !== AST_NODE_TYPES.ArrayExpression) return false;
    return principals.node.elements.length > 0 && principals.node.elements.every((principal) => {
      if (principal === null || principal.type === AST_NODE_TYPES.SpreadElement) return false;
      const creation = resolveBoundExpression(principal, sourceCode);
      if (creation.type !== AST_NODE_TYPES.NewExpression) return false;
      const ref = cdkCallee(creation, sourceCode);
      return isCdk(ref, 'aws-iam', ['AnyPrincipal']) || isCdk(ref, 'aws-iam', ['StarPrincipal']);
    });
  }

  /** `new MockIntegration(…)` / `new Integration({ type: IntegrationType.MOCK })`: a canned response, no backend. */
  function isMockIntegration(node: TSESTree.Node | null | undefined): boolean {
    if (node === null || node === undefined || node.type === AST_NODE_TYPES.SpreadElement) return false;
    const value = resolveBoundExpression(node, sourceCode);
    if (value.type !== AST_NODE_TYPES.NewExpression) return false;
    const ref = cdkCallee(value, sourceCode);
    if (isCdk(ref, 'aws-apigateway', ['MockIntegration'])) return true;
    if (!isCdk(ref, 'aws-apigateway', ['Integration'])) return false;
    const type = readProps(argumentAt(value, 0), sourceCode).get('type');
    if (type.state !== 'present') return false;
    const member = cdkEnumMember(type.node, sourceCode, 'aws-apigateway', 'IntegrationType');
    return (member ?? (type.value.kind === 'string' ? type.value.value : null)) === 'MOCK';
  }

  /**
   * A method given no integration on a resource with none to inherit (no `defaultIntegration` on it, its parents
   * or the API): CDK answers it with a `MockIntegration`, a canned response with nothing behind it.
   */
  function isImplicitMock(integration: TSESTree.Node | null | undefined, resource: RestResource): boolean {
    if (resource.defaultIntegration !== 'absent') return false;
    if (integration === null || integration === undefined) return true;
    if (integration.type === AST_NODE_TYPES.SpreadElement) return false;
    return getStaticValue(integration, sourceCode).kind === 'undefined';
  }

  /**
   * Listed in allowPublic by one of its ids or by its path (an unresolved path is given the benefit of the doubt), or a
   * sign-in endpoint (`allowSignInEndpoints`) called with a verb a sign-in takes, when the verb is known.
   */
  function isAllowed(ids: readonly (string | null)[], path?: string | null, verb?: string | null): boolean {
    const normalised = typeof path === 'string' ? normaliseEntry(path) : null;
    if (allowSignIn && normalised !== null && isSignInPath(normalised) && isSignInVerb(verb)) return true;
    if (allowPublic.entries.size === 0) return false;
    if (ids.some((id) => id !== null && allowPublic.entries.has(id))) return true;
    if (path === undefined) return false;
    if (normalised === null) return allowPublic.allowsPaths;
    if (allowPublic.entries.has(normalised)) return true;
    if (allowPublic.patterns.length === 0) return false;
    const segments = pathSegments(normalised);
    return allowPublic.patterns.some((pattern) => matchesPathPattern(pattern, segments));
  }

  // -----------------------------------------------------------------------------------------------------------
  // Function URLs

  /** The node of an authType that is NONE (CDK enum, SDK v3 enum, or the string), else null. */
  function functionUrlNone(value: PropValue): TSESTree.Node | null {
    if (value.state !== 'present') return null;
    // `IS_PUBLIC ? FunctionUrlAuthType.NONE : …` with `const IS_PUBLIC = true`: the branch a constant test takes
    const chosen = constantBranch(value.node);
    if (chosen !== value.node) return functionUrlNone({ state: 'present', node: chosen, value: getStaticValue(chosen, sourceCode) });
    const member =
      cdkEnumMember(value.node, sourceCode, 'aws-lambda', 'FunctionUrlAuthType') ?? sdkEnumMember(value.node);
    if (member !== null) return member === 'NONE' ? value.node : null;
    return value.value.kind === 'string' && value.value.value === 'NONE' ? value.node : null;
  }

  /**
   * The branch of `test ? a : b` (nested too, also bound to a `const`) that a test the file settles takes; `node`
   * itself otherwise.
   */
  function constantBranch(node: TSESTree.Node): TSESTree.Node {
    // `const authType = IS_PUBLIC ? NONE : AWS_IAM`: the choice a name is bound to
    let current = unwrapExpression(resolveBoundExpression(node, sourceCode));
    if (current.type !== AST_NODE_TYPES.ConditionalExpression) return node;
    for (let depth = 0; depth < MAX_CHOICE_DEPTH && current.type === AST_NODE_TYPES.ConditionalExpression; depth++) {
      const truthy = getStaticTruthiness(current.test, sourceCode);
      if (truthy === null) return node;
      current = truthy ? current.consequent : current.alternate;
    }
    return unwrapExpression(current).type === AST_NODE_TYPES.ConditionalExpression ? node : current;
  }

  function sdkEnumMember(node: TSESTree.Node): string | null {
    const ref = resolveModuleRef(node, sourceCode);
    const api = ref === null ? null : awsApi(ref);
    if (api?.family !== 'sdk-v3' || api.service !== 'lambda' || api.path.length !== 2) return null;
    return api.path[0] === 'FunctionUrlAuthType' ? api.path[1]! : null;
  }

  /**
   * CDK for Terraform's resources (`@cdktf/provider-aws`, imported from `lib/<resource>` or read as
   * `aws.lambdaFunctionUrl.LambdaFunctionUrl` of the provider's root), read as their Terraform twins, as Pulumi's:
   * `LambdaFunctionUrl` (`authorizationType`), `ApiGatewayMethod` (`authorization`, `aws_api_gateway_method`),
   * `Apigatewayv2Api` (quick create) and `Apigatewayv2Route`. False when `node` is no such resource.
   */
  function checkCdktfResource(node: TSESTree.NewExpression): boolean {
    const name = cdktfResourceName(node, sourceCode);
    const resource = name === null ? undefined : CDKTF_RESOURCES.get(name);
    if (resource === undefined) return false;
    // `url.addOverride('authorization_type', …)` or `method.authorization = …` may set it anew: not judged
    if (hasSpread(node) || mayBeOverridden(node, true)) return true;
    const propsNode = node.arguments[2] ?? null;
    const idNode = node.arguments[1];
    const id = idNode === undefined ? null : getStaticString(idNode, sourceCode);
    const argsOf = (value: PropValue, api: 'rest' | 'http'): Props | null => {
      const apiClass = api === 'rest' ? 'ApiGatewayRestApi' : 'Apigatewayv2Api';
      return boundResourceArgs(value, (creation) => cdktfResourceName(creation, sourceCode) === apiClass, 2);
    };
    checkProviderResource(resource, readProps(propsNode, sourceCode), propsNode, node.callee, id, argsOf, 'restApiId');
    return true;
  }

  /**
   * A Terraform AWS provider resource, Pulumi's or CDK for Terraform's: a function URL's `authorizationType`; a REST
   * method's `authorization` (quiet on a private API of the file: `argsOf` reads the props of the API a prop names);
   * a quick-create HTTP API; an HTTP route, judged on a known HTTP API or for a key other than `$default` (also a
   * WebSocket API's route, one with no authorizer).
   */
  function checkProviderResource(
    resource: ProviderResource,
    props: Props,
    propsNode: TSESTree.Node | null,
    fallback: TSESTree.Node,
    id: string | null,
    argsOf: (value: PropValue, api: 'rest' | 'http') => Props | null,
    restApiKey: string,
  ): void {
    switch (resource) {
      case 'functionUrl':
        reportFunctionUrl(props.get('authorizationType'), propsNode, fallback, [id], 'authorizationType');
        break;
      case 'method': {
        // An API the rule cannot follow (an imported id) is taken as public, as for CDK's `CfnMethod`
        const api = argsOf(props.get(restApiKey), 'rest');
        if (api === null || !mayBePrivateProviderApi(api)) {
          checkL1Method(props, props.get('authorization'), propsNode, fallback, id, null);
        }
        break;
      }
      case 'quickCreate':
        checkQuickCreateApi(props, propsNode, fallback, id);
        break;
      case 'route': {
        const api = argsOf(props.get('apiId'), 'http');
        const protocol = api === null ? null : (stringOf(api.get('protocolType'))?.toUpperCase() ?? null);
        if (protocol !== null || stringOf(props.get('routeKey')) !== '$default') {
          checkL1Route(props, protocol, propsNode, fallback, id);
        }
        break;
      }
    }
  }


  /**
   * Is the construct kept in a variable the file calls an escape hatch on (`addOverride`, `addPropertyOverride`), or,
   * with `setters`, one whose attributes it writes (CDK for Terraform's `method.authorization = 'AWS_IAM'`)?
   */
  function mayBeOverridden(node: TSESTree.NewExpression, setters = false): boolean {
    const held = heldIn(node);
    if (held.kind !== 'variable') return false;
    return held.variable.references.some((reference) => {
      const member = outermostTypeWrapper(reference.identifier as TSESTree.Node).parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression) return false;
      return L1_OVERRIDE_METHODS.has(getPropertyName(member) ?? '') || (setters && isWriteTarget(member));
    });
  }

  /**
   * Where the file keeps a construct: nowhere (`new CfnRoute(…);`), in a variable of its own (`const route = new
   * CfnRoute(…)`), or elsewhere (a member, an argument, a destructuring) the rule does not follow.
   */
  function heldIn(
    node: TSESTree.NewExpression,
  ): { kind: 'statement' } | { kind: 'variable'; variable: TSESLint.Scope.Variable } | { kind: 'elsewhere' } {
    const holder = outermostTypeWrapper(node).parent;
    if (holder?.type === AST_NODE_TYPES.ExpressionStatement) return { kind: 'statement' };
    if (holder?.type !== AST_NODE_TYPES.VariableDeclarator || holder.id.type !== AST_NODE_TYPES.Identifier) {
      return { kind: 'elsewhere' };
    }
    const variable = sourceCode.getDeclaredVariables(holder)[0];
    return variable === undefined ? { kind: 'elsewhere' } : { kind: 'variable', variable };
  }

  /** `option`: the setting as the user's API spells it (CDK's `authType`, the SDK's `AuthType`, Pulumi's …). */
  function reportFunctionUrl(
    value: PropValue,
    container: TSESTree.Node | null,
    fallback: TSESTree.Node,
    ids: readonly (string | null)[],
    option: 'authType' | 'AuthType' | 'authorizationType' = 'authType',
  ): void {
    const none = functionUrlNone(value);
    if (none === null) {
      // `(fn, authType) => fn.addFunctionUrl({ authType })`, `props.authType` of a construct's constructor: the NONE a
      // call of the file gives it, reported there
      if (!isAllowed(ids)) for (const given of handedFunctionUrlNone(value)) report(given, 'functionUrlAuthNone', { option }, { kind: 'url' });
      return;
    }
    if (isAllowed(ids)) return;
    const inside = container !== null && isInside(none, container);
    // NONE written in a `const` this setting alone reads (`const params = { AuthType: 'NONE' }; send(new
    // UpdateFunctionUrlConfigCommand(params))`): switching it there changes this URL only
    const written = inside ? constantBehind(none) : none;
    const fix = written !== null && container !== null && feedsOnly(written, container) ? awsIamFix(written) : null;
    report(inside ? none : fallback, 'functionUrlAuthNone', { option }, { kind: 'url' }, fix ?? inside);
  }

  /**
   * A function URL's auth type read from a parameter of a helper or of a construct's constructor (`authType`,
   * `props.authType`, `{ authType }`): the NONE each call of the file gives it (the argument, or the parameter's
   * default), where it is written, when every call gives a known auth type (see `resolvePassed`).
   */
  function handedFunctionUrlNone(value: PropValue): TSESTree.Node[] {
    if (value.state !== 'present') return [];
    const given = resolvePassed(value.node, sourceCode, (passed) => {
      const read: PropValue = { state: 'present', node: passed, value: getStaticValue(passed, sourceCode) };
      const none = functionUrlNone(read);
      if (none !== null) return { none };
      // Another auth type, known: no finding there
      const chosen = constantBranch(passed);
      const known =
        cdkEnumMember(chosen, sourceCode, 'aws-lambda', 'FunctionUrlAuthType') ?? sdkEnumMember(chosen) ?? stringOf(read);
      return known === null ? null : { none: null };
    });
    return (given ?? []).flatMap(({ none }) => (none === null ? [] : [none]));
  }

  /** The initialiser of the `const` a name reads (`{ authType }` with `const authType = …NONE`), else null. */
  function constantBehind(node: TSESTree.Node): TSESTree.Node | null {
    const name = unwrapExpression(node);
    if (name.type !== AST_NODE_TYPES.Identifier) return null;
    const definition = findVariableOf(name, sourceCode)?.defs[0];
    const declarator = definition?.node;
    return declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id === definition!.name
      ? declarator.init
      : null;
  }

  /**
   * Is `value` (or the object literals around it) the initialiser of a `const` read once, inside `reader`? Then a
   * change of `value` is seen by `reader` alone.
   */
  function feedsOnly(value: TSESTree.Node, reader: TSESTree.Node): boolean {
    let current = outermostTypeWrapper(value);
    while (current.parent?.type === AST_NODE_TYPES.Property && current.parent.value === current) {
      const object = current.parent.parent;
      if (object.type !== AST_NODE_TYPES.ObjectExpression) return false;
      current = outermostTypeWrapper(object);
    }
    const declarator = current.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== current) {
      return false;
    }
    if (declarator.parent.kind !== 'const' || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
    // Other modules may import it (`export const`, `export { … }` reads it too); a type that spells NONE
    // (`const authType: 'NONE' = …`) would reject the switched value
    if (declarator.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return false;
    const annotation = declarator.id.typeAnnotation;
    if (annotation !== undefined && sourceCode.getText(annotation).includes('NONE')) return false;
    const reads = sourceCode.getDeclaredVariables(declarator)[0]?.references.filter((reference) => !reference.init);
    return reads?.length === 1 && isInside(reads[0]!.identifier, reader);
  }

  /**
   * `new Api(…)` or `new ApiGatewayV1Api(…)` of `sst/constructs` (SST v2) or `@serverless-stack/resources` (v1),
   * `node` or the expression it is bound to; else null.
   */
  function sstConstructApi(node: TSESTree.Node): SstConstructApi | null {
    const api = resolveBoundExpression(node, sourceCode);
    if (api.type !== AST_NODE_TYPES.NewExpression) return null;
    const component = sstExport(api.callee, sourceCode);
    if (component === null || component.version === 3 || !SST_CONSTRUCT_APIS.has(component.name)) return null;
    return { node: api, version: component.version, rest: component.name === 'ApiGatewayV1Api' };
  }

  /**
   * What an SST construct API's routes inherit, read for each generation of SST its props may be written for (see
   * `SstRouteDefaults`); null when a setting cannot be read, the props mix both generations, or the API wraps one
   * from elsewhere or its CDK props (`cdk`, 0.x's `httpApi` / `restApi`).
   */
  function sstRouteDefaults(api: SstConstructApi): SstRouteDefaults | null {
    if (hasSpread(api.node)) return null;
    const props = readProps(api.node.arguments[2], sourceCode);
    if (props.kind === 'unknown' || props.get('cdk').state !== 'absent') return null;
    const named = (keys: readonly string[]): boolean => keys.some((key) => props.get(key).state !== 'absent');
    const current = named(SST_CURRENT_API_PROPS);
    const legacy = api.version === 1 && named(api.rest ? SST_LEGACY_REST_API_PROPS : SST_LEGACY_HTTP_API_PROPS);
    if (current && legacy) return null;
    const defaults: SstRouteDefaults = {};
    if (!legacy) {
      const open = sstDefaultAuthorizerOpen(props);
      if (open === null) return null;
      defaults.current = open;
    }
    if (!current && api.version === 1) {
      const open = api.rest ? sstLegacyRestDefaultOpen(props) : sstLegacyHttpDefaultOpen(props);
      if (open === null) return null;
      defaults.legacy = open;
    }
    return defaults;
  }

  /** SST v2's and v1's (≥ 1.0) `defaults.authorizer`: is it `'none'` (SST's default)? Null when unreadable. */
  function sstDefaultAuthorizerOpen(props: Props): boolean | null {
    const defaults = props.get('defaults');
    if (defaults.state === 'unknown') return null;
    if (defaults.state === 'absent') return true;
    const authorizer = readProps(defaults.node, sourceCode).get('authorizer');
    if (authorizer.state === 'absent') return true;
    if (authorizer.state !== 'present' || authorizer.value.kind !== 'string') return null;
    return authorizer.value.value === 'none';
  }

  /**
   * SST 0.x's HTTP `Api`: is the `defaultAuthorizationType` NONE (the default)? SST reads a `defaultAuthorizer` only
   * for the JWT and CUSTOM types. Null when unreadable, or when `httpApi` hands SST an API or its CDK props.
   */
  function sstLegacyHttpDefaultOpen(props: Props): boolean | null {
    if (props.get('httpApi').state !== 'absent') return null;
    const type = props.get('defaultAuthorizationType');
    if (type.state === 'absent') return true;
    const name = type.state === 'present' ? sstLegacyAuthorizationType(type) : null;
    return name === null ? null : name === 'NONE';
  }

  /**
   * SST 0.x's `ApiGatewayV1Api`: is the `defaultAuthorizationType` (CDK's `AuthorizationType`) NONE? Without one, a
   * `defaultAuthorizer` sets the type (CDK's `Method` takes the authorizer's), and nothing leaves it NONE. Null when
   * unreadable, or when `restApi` / `importedPaths` hand SST an API or its CDK props.
   */
  function sstLegacyRestDefaultOpen(props: Props): boolean | null {
    if (props.get('restApi').state !== 'absent' || props.get('importedPaths').state !== 'absent') return null;
    const type = props.get('defaultAuthorizationType');
    if (type.state === 'unknown') return null;
    if (type.state === 'absent') {
      const authorizer = props.get('defaultAuthorizer').state;
      return authorizer === 'unknown' ? null : authorizer === 'absent';
    }
    const member = cdkEnumMember(type.node, sourceCode, 'aws-apigateway', 'AuthorizationType');
    if (member !== null) return member === 'NONE';
    if (type.value.kind !== 'string') return null;
    const name = type.value.value;
    return name === 'NONE' ? true : REST_AUTH_STRINGS.has(name) ? false : null;
  }

  /**
   * SST 0.x's `ApiAuthorizationType` member (`sst.ApiAuthorizationType.AWS_IAM`, bound to `@serverless-stack/
   * resources`), or the string it stands for (its values are its names): the type's name, else null. An import of any
   * other module is unknown.
   */
  function sstLegacyAuthorizationType(value: Extract<PropValue, { state: 'present' }>): string | null {
    const ref = resolveModuleRef(value.node, sourceCode);
    if (ref !== null) {
      const member = ref.module === SST_V1_MODULE && ref.path.length === 2 && ref.path[0] === 'ApiAuthorizationType';
      return member ? ref.path[1]! : null;
    }
    return value.value.kind === 'string' ? value.value.value : null;
  }

  /**
   * Is `node` an SST `Function` construct of the given version (`new Function(stack, id, props)` of `sst/constructs`
   * or `@serverless-stack/resources`), a name bound once to one, or a call of a function of the file every return of
   * which is one (`lambdaFunction(name, handler)`)? As a route's value it takes no authorization of its own: the route
   * inherits the API's.
   */
  function isSstFunctionConstruct(node: TSESTree.Node | null, version: 2 | 1): boolean {
    if (node === null) return false;
    const value = resolveBoundExpression(node, sourceCode);
    if (value.type === AST_NODE_TYPES.NewExpression) return isNewSstFunction(value, version);
    if (value.type !== AST_NODE_TYPES.CallExpression) return false;
    const helper = functionOf(value.callee, sourceCode);
    // An async helper returns a promise, a generator an iterator: neither is a construct
    if (helper === null || helper.async || helper.generator) return false;
    const returned = returnedExpressions(helper);
    return (
      returned !== null &&
      returned.length > 0 &&
      returned.every(
        (result) => result !== null && isNewSstFunction(resolveBoundExpression(result, sourceCode), version),
      )
    );
  }

  /** Does `node` hold a `new …` (written in place, or bound once to a name)? */
  function boundToNewExpression(node: TSESTree.Node): boolean {
    return resolveBoundExpression(node, sourceCode).type === AST_NODE_TYPES.NewExpression;
  }

  function isNewSstFunction(node: TSESTree.Node, version: 2 | 1): boolean {
    if (node.type !== AST_NODE_TYPES.NewExpression) return false;
    const sst = sstExport(node.callee, sourceCode);
    return sst?.name === 'Function' && sst.version === version;
  }

  /**
   * The routes of SST's construct APIs (`new Api(stack, id, { routes })`, `api.addRoutes(stack, routes)`, and the
   * same of `ApiGatewayV1Api`), v2's and v1's: a route key (`'GET /'`, `'$default'`) is public when its authorization
   * (its own, else the API's) is SST's default. v2 and v1 ≥ 1.0 read `authorizer` (`'none'` unless set), 0.x reads
   * `authorizationType` (NONE unless set); a v1 API whose props show neither generation is judged by both, and
   * reported when both leave the route public.
   */
  function checkSstConstructRoutes(api: SstConstructApi, routesNode: TSESTree.Node | undefined): void {
    if (routesNode === undefined || routesNode.type === AST_NODE_TYPES.SpreadElement) return;
    // A resource policy added to a REST API's CDK construct may admit only some callers
    if (api.rest && (restPolicyWritten ??= mayMention(sourceCode, 'addToResourcePolicy'))) return;
    const defaults = sstRouteDefaults(api);
    if (defaults === null) return;
    const routes = getStaticValue(routesNode, sourceCode);
    if (routes.kind !== 'object') return;
    const apiId = api.node.arguments[1] === undefined ? null : getStaticString(api.node.arguments[1], sourceCode);
    for (const [key, entry] of routes.properties) {
      const parsed = parseRouteKey(key, true);
      // A REST API has no `$default` route (SST throws)
      if (parsed === null || entry.keyNode === null || (api.rest && parsed.path === null)) continue;
      const readings = sstRouteReadings(api, entry, defaults);
      if (readings === null) continue;
      const { current, legacy } = readings;
      // Public when every generation that may have made the route leaves it so
      if (current === undefined && legacy === undefined) continue;
      if (current?.open === false || legacy?.open === false) continue;
      // `$default` (no path) is allowed by an id only: it serves every path no other route matches
      if (isAllowed([apiId, key, parsed.route], parsed.path ?? undefined, parsed.method)) continue;
      const noneNode = current?.noneNode ?? legacy?.noneNode ?? null;
      const at = noneNode !== null && isInside(noneNode, routesNode) ? noneNode : entry.keyNode;
      const option =
        current === undefined
          ? legacy?.noneNode
            ? 'authorizationType'
            : 'defaultAuthorizationType'
          : legacy === undefined
            ? 'authorizer'
            : SST_EITHER_GENERATION_OPTION;
      // SST's APIs are CDK constructs: an escape hatch in the file may set their routes' authorization
      report(at, 'sstRouteWithoutAuthorization', { route: parsed.route, option }, { kind: 'api', api: api.node });
    }
  }
  let restPolicyWritten: boolean | undefined;

  /**
   * How a route is authorized, read for each generation of SST that may have made its API (see `SstRouteDefaults`)
   * and its own props are written for (a reading is absent when the API or the route rules it out); null when a
   * reading cannot be read, the route's props mix both generations, or its value is not one SST takes as a function
   * (a handler string, a `Function` construct of the API's module, an object of route props).
   */
  function sstRouteReadings(
    api: SstConstructApi,
    entry: StaticProperty,
    defaults: SstRouteDefaults,
  ): { current?: Authorization; legacy?: Authorization } | null {
    const value = entry.value;
    if (value.kind !== 'object') {
      // A handler string or a `Function` construct: the route takes the API's authorization
      if (value.kind !== 'string' && !isSstFunctionConstruct(entry.property?.value ?? value.node, api.version)) {
        return null;
      }
      const byDefault = (open: boolean | undefined): Authorization | undefined =>
        open === undefined ? undefined : open ? OPEN_BY_DEFAULT : AUTHORIZED;
      return { current: byDefault(defaults.current), legacy: byDefault(defaults.legacy) };
    }
    // A v1 route's own props may show the generation it is written for, whatever its API's show
    const shape = sstRouteGeneration(api, value);
    if (shape === 'mixed') return null;
    const readings: { current?: Authorization; legacy?: Authorization } = {};
    if (defaults.current !== undefined && shape !== 'legacy') {
      const current = sstCurrentRouteAuthorization(api, value, defaults.current);
      if (current === null) return null;
      readings.current = current;
    }
    if (defaults.legacy !== undefined && shape !== 'current') {
      const legacy = sstLegacyRouteAuthorization(api, value, defaults.legacy);
      if (legacy === null) return null;
      readings.legacy = legacy;
    }
    return readings;
  }

  /**
   * The generation of SST a v1 route's own props are written for: `current` (≥ 1.0: a `type`, a `cdk`, a string
   * `authorizer`, any `authorizer` of a REST route), `legacy` (0.x: an HTTP route's `authorizationType`, an ALB's
   * `albListener` / `vpcLink`, a REST route's `methodOptions` / `integrationOptions`, a function's props in place of
   * the route's, `{ handler }`), `mixed` when both, else `either` (also for every v2 route).
   */
  function sstRouteGeneration(
    api: SstConstructApi,
    value: Extract<StaticValue, { kind: 'object' }>,
  ): 'current' | 'legacy' | 'either' | 'mixed' {
    if (api.version !== 1) return 'either';
    const has = (key: string): boolean => value.properties.has(key);
    const authorizer = value.properties.get('authorizer');
    const current =
      has('type') || has('cdk') || (authorizer !== undefined && (api.rest || authorizer.value.kind === 'string'));
    const legacy = (api.rest ? SST_LEGACY_REST_ROUTE_PROPS : SST_LEGACY_HTTP_ROUTE_PROPS).some(has);
    return current ? (legacy ? 'mixed' : 'current') : legacy ? 'legacy' : 'either';
  }

  /**
   * A route of SST v2 or v1 ≥ 1.0, written as an object: its own `authorizer` (a string: `'none'`, `'iam'`, an
   * authorizer's name), else the API's (`inherited`: is that open). Null when it cannot be read, or a REST route's
   * `cdk` may set its method's options.
   */
  function sstCurrentRouteAuthorization(
    api: SstConstructApi,
    route: Extract<StaticValue, { kind: 'object' }>,
    inherited: boolean,
  ): Authorization | null {
    const own = route.properties.get('authorizer');
    // A spread may hold a REST route's `cdk` or a v1 route's 0.x props; an `authorizer` after it is the route's own
    if (route.hasUnknownKeys && (own === undefined || api.rest || api.version === 1)) return null;
    if (api.rest && route.properties.has('cdk')) return null;
    if (own === undefined) return inherited ? OPEN_BY_DEFAULT : AUTHORIZED;
    if (own.value.kind !== 'string') return null;
    return own.value.value === 'none' ? { open: true, noneNode: own.property?.value ?? null } : AUTHORIZED;
  }

  /**
   * A route of SST 0.x, written as an object: an HTTP route's own `authorizationType` (its `authorizer` counts only
   * with the JWT and CUSTOM types), else the API's (`inherited`: is that open). Null when it cannot be read, a REST
   * route has `methodOptions` (CDK's, which may set a type, an authorizer or an API key), or an `authorizer` is not
   * known to be a construct.
   */
  function sstLegacyRouteAuthorization(
    api: SstConstructApi,
    route: Extract<StaticValue, { kind: 'object' }>,
    inherited: boolean,
  ): Authorization | null {
    if (route.hasUnknownKeys || (api.rest && route.properties.has('methodOptions'))) return null;
    // 0.x's `authorizer` is a construct (`new HttpJwtAuthorizer(…)`); a value not known to be one may be the name of
    // an authorizer of SST ≥ 1.0
    const authorizer = route.properties.get('authorizer');
    const authorizerNode = authorizer === undefined ? null : (authorizer.property?.value ?? authorizer.value.node);
    if (authorizer !== undefined && (authorizerNode === null || !boundToNewExpression(authorizerNode))) return null;
    const own = api.rest ? undefined : route.properties.get('authorizationType');
    if (own === undefined) return inherited ? OPEN_BY_DEFAULT : AUTHORIZED;
    const node = own.property?.value ?? own.value.node;
    if (node === null) return null;
    const name = sstLegacyAuthorizationType({ state: 'present', node, value: own.value });
    if (name === null) return null;
    return name === 'NONE' ? { open: true, noneNode: node } : AUTHORIZED;
  }

  /**
   * SST v3's `api.route(rawRoute, handler, args)` on a `new sst.aws.ApiGatewayV2(…)` (an HTTP API) or
   * `ApiGatewayV1(…)` (a REST API): the route is public unless `args.auth` sets IAM or an authorizer (`auth: false`,
   * `auth: {}` say so). Quiet when the API's own args could set route defaults (`transform`), a REST API's endpoint
   * may be private, or the route key, the args or the auth cannot be read; `OPTIONS` routes are CORS preflight.
   */
  function checkSstRoute(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression): void {
    if (hasSpread(node)) return;
    const api = sstRouteApi(callee.object);
    if (api.type !== AST_NODE_TYPES.NewExpression || hasSpread(api)) return;
    const component = sstExport(api.callee, sourceCode);
    if (component?.version !== 3 || (component.name !== 'ApiGatewayV2' && component.name !== 'ApiGatewayV1')) return;
    const apiArgs = readProps(api.arguments[1], sourceCode);
    if (apiArgs.kind === 'unknown' || apiArgs.get('transform').state !== 'absent') return;
    if (component.name === 'ApiGatewayV1' && apiArgs.get('endpoint').state !== 'absent') return;
    const key = node.arguments[0] === undefined ? null : getStaticString(node.arguments[0], sourceCode);
    if (key === null) return;
    const parsed = parseRouteKey(key);
    if (parsed === null) return;
    // SST's `$transform(…)` may set every route's or API's authorization
    if (mayMention(sourceCode, '$transform')) return;
    const args = readProps(node.arguments[2], sourceCode);
    // A route's own `transform` (of the route or method SST creates) may set its authorization
    if (args.kind === 'unknown' || args.get('transform').state !== 'absent') return;
    if (component.name === 'ApiGatewayV1' && apiKeyCountsAsAuth && mayRequireApiKey(args.get('apiKey'))) return;
    const auth = args.get('auth');
    if (auth.state === 'unknown') return;
    if (auth.state === 'present' && !enablesNoAuth(auth.value)) return;
    const apiName = api.arguments[0] === undefined ? null : getStaticString(api.arguments[0], sourceCode);
    if (isAllowed([apiName, key], parsed.path ?? undefined, parsed.method)) return;
    const at = auth.state === 'present' ? auth.node : callee.property;
    report(at, 'sstRouteWithoutAuthorization', { route: parsed.route, option: 'auth' }, { kind: 'framework' });
  }

  /**
   * The API a route is added to, through names bound once and chains of routes (`const api = new
   * sst.aws.ApiGatewayV2('Api').route(…); api.route(…)`).
   */
  function sstRouteApi(object: TSESTree.Node): TSESTree.Node {
    let current = object;
    for (let hop = 0; hop < MAX_ROUTE_API_HOPS; hop++) {
      const next = routeChainBase(resolveBoundExpression(routeChainBase(current), sourceCode));
      if (next === current) break;
      current = next;
    }
    return current;
  }

  /**
   * The API of a chain of routes (`api.route('GET /', a).route('POST /', b)`: SST 3.0's `route` returned its API; a
   * later one's route component has no `route` method, so a chain is that API's), or `object` itself.
   */
  function routeChainBase(object: TSESTree.Node): TSESTree.Node {
    let current = skipTypeWrappers(object);
    for (let hop = 0; hop < MAX_ROUTE_CHAIN && current.type === AST_NODE_TYPES.CallExpression; hop++) {
      const inner = skipTypeWrappers(current.callee);
      if (inner.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(inner) !== 'route') break;
      current = skipTypeWrappers(inner.object);
    }
    return current;
  }

  /**
   * An SST v3 route's `auth` that turns nothing on: `false`, or an object every member of which is off (`{}`,
   * `{ iam: false }`; a member set to anything else, or an unreadable one, may be IAM, a JWT or a Lambda authorizer).
   */
  function enablesNoAuth(value: StaticValue): boolean {
    if (value.kind === 'boolean') return !value.value;
    if (value.kind !== 'object' || value.hasUnknownKeys) return false;
    for (const { value: member } of value.properties.values()) {
      const off = member.kind === 'undefined' || member.kind === 'null' || (member.kind === 'boolean' && !member.value);
      if (!off) return false;
    }
    return true;
  }

  /**
   * A Serverless Framework function config (an object with `handler` and `events`): each `http` (REST) or `httpApi`
   * event without an `authorizer` is public (`private: true`, an API key, counts with `apiKeyCountsAsAuth`). Quiet:
   * `OPTIONS` and events whose method, path or keys cannot be read, and REST events in a file that sets a
   * `resourcePolicy` (it may admit only some callers).
   */
  function checkServerlessEvents(property: TSESTree.Property): void {
    const config = property.parent;
    if (config.type !== AST_NODE_TYPES.ObjectExpression) return;
    const handler = config.properties.find(
      (member): member is TSESTree.Property =>
        member.type === AST_NODE_TYPES.Property && getPropertyName(member) === 'handler',
    );
    if (handler === undefined || property.value.type === AST_NODE_TYPES.AssignmentPattern) return;
    // Outside a config's path, only an object whose handler Serverless would read is a function config
    if (serverless?.by === 'content' && !isServerlessHandler(handler.value)) return;
    // Events only a local run (`sls offline`) gets are never deployed
    if (runsOnlyInLocalServerlessRun(config, sourceCode)) return;
    const events = getStaticValue(property.value, sourceCode);
    if (events.kind !== 'array') return;
    for (const event of events.elements.slice(0, MAX_SERVERLESS_EVENTS)) {
      if (event.kind !== 'object') continue;
      for (const type of ['http', 'httpApi'] satisfies ServerlessEventType[]) {
        const entry = event.properties.get(type);
        if (entry === undefined || entry.keyNode === null) continue;
        if (type === 'http' && (restrictsByPolicy ??= mayMention(sourceCode, 'resourcePolicy'))) continue;
        const route = serverlessRoute(entry.value, type);
        if (route === null || isAllowed([], route.path)) continue;
        const name = route.path === null ? route.method : `${route.method} ${route.path}`;
        const data = { event: type, route: name };
        report(entry.keyNode, 'serverlessEventWithoutAuthorization', data, { kind: 'framework' });
      }
    }
  }
  let restrictsByPolicy: boolean | undefined;
  let restApiMentioned: boolean | undefined;

  /**
   * A Serverless Framework function config's `url`: `url: true`, or `url: { … }` without `authorizer`, makes a
   * function URL whose AuthType is NONE (Serverless sets AWS_IAM only for `authorizer: 'aws_iam'`). Read only in a
   * config the rule knows as one (see `serverlessUrlConfig`); quiet for a `url` that is false or cannot be read, for
   * one a later member may override, and in a file that writes an `AuthType` (a `resources` override of the URL).
   */
  function checkServerlessUrl(property: TSESTree.Property): void {
    if (property.computed || property.value.type === AST_NODE_TYPES.AssignmentPattern) return;
    const config = property.parent;
    if (config.type !== AST_NODE_TYPES.ObjectExpression) return;
    // A later spread or computed key may set another `url`, a later `url` wins (and is checked itself)
    for (const member of config.properties.slice(config.properties.indexOf(property) + 1)) {
      if (member.type !== AST_NODE_TYPES.Property || member.computed || getPropertyName(member) === 'url') return;
    }
    const found = serverlessUrlConfig(config);
    if (found === null || isAllowed(found.names)) return;
    const url = getStaticValue(property.value, sourceCode);
    const open =
      (url.kind === 'boolean' && url.value) ||
      (url.kind === 'object' && !url.hasUnknownKeys && !url.properties.has('authorizer'));
    if (!open || (urlAuthTypeWritten ??= mayMention(sourceCode, 'AuthType'))) return;
    const fix = serverlessUrlFix(property, found.handler.value) ?? false;
    report(property.value, 'functionUrlAuthNone', { option: 'authorizer' }, { kind: 'framework' }, fix);
  }
  let urlAuthTypeWritten: boolean | undefined;

  /**
   * When `config` (an object with a `url`) is a Serverless Framework function config, the names `allowPublic` may
   * list it by: its key in `functions` (or the member it is assigned to, `functions['api-url'] = …`), the variable
   * it is declared as, its handler's export (`main` of `handler.main`); else null. A config is written as a member of
   * a `functions` map, an `export default`, a `module.exports = …` or a variable's value (not an argument: SST's and
   * CDK's functions take theirs in a call), with a `handler`: any, for a member of `functions` in a config's path
   * (see `serverlessConfigSource`); else one as Serverless writes it (see `isServerlessHandler`), and outside a
   * config's path only beside `events` (a `functions` map or `url` there may be another tool's).
   */
  function serverlessUrlConfig(
    config: TSESTree.ObjectExpression,
  ): { handler: TSESTree.Property; names: (string | null)[] } | null {
    const handler = config.properties.find(
      (member): member is TSESTree.Property =>
        member.type === AST_NODE_TYPES.Property && !member.computed && getPropertyName(member) === 'handler',
    );
    if (handler === undefined) return null;
    const place = outermostTypeWrapper(config);
    const parent = place.parent;
    let name: string | null = null;
    let inFunctions = false;
    if (parent?.type === AST_NODE_TYPES.Property && parent.value === place && !parent.computed) {
      if (!isFunctionsMap(outermostTypeWrapper(parent.parent))) return null;
      inFunctions = true;
      name = getPropertyName(parent);
    } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === place) {
      name = parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : null;
    } else if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === place) {
      // `functions.api = { … }`, `exports.api = { … }`; `module.exports = { … }` names nothing
      const member = parent.left.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(parent.left) : null;
      name = member === 'exports' ? null : member;
    } else if (parent?.type !== AST_NODE_TYPES.ExportDefaultDeclaration) {
      return null;
    }
    // SST's functions take `url` with other values (`'iam'`), and its configs are not Serverless Framework's
    if (usesSst(sourceCode)) return null;
    const byPath = serverless?.by === 'path';
    if (byPath && inFunctions) {
      // Any handler path will do there, but a handler path it is (`handler: share`, a function, is another tool's)
      const handlerValue = getStaticValue(handler.value, sourceCode);
      if (handlerValue.kind !== 'string' && handlerValue.kind !== 'partial-string') return null;
    } else {
      if (!isServerlessHandler(handler.value)) return null;
      const hasEvents = config.properties.some(
        (member) => member.type === AST_NODE_TYPES.Property && getPropertyName(member) === 'events',
      );
      if (!byPath && !hasEvents) return null;
    }
    return { handler, names: [name, serverlessHandlerExport(handler.value)] };
  }

  /** `functions: { … }` (a member so named), or `const functions = { … }`. */
  function isFunctionsMap(map: TSESTree.Node): boolean {
    const owner = map.parent;
    if (owner?.type === AST_NODE_TYPES.Property) return owner.value === map && getPropertyName(owner) === 'functions';
    return (
      owner?.type === AST_NODE_TYPES.VariableDeclarator &&
      owner.init === map &&
      owner.id.type === AST_NODE_TYPES.Identifier &&
      owner.id.name === 'functions'
    );
  }

  /** The export a Serverless handler names (`main` of `'src/hello.main'` or `` `${dir}/handler.main` ``), else null. */
  function serverlessHandlerExport(node: TSESTree.Node): string | null {
    const value = getStaticValue(node, sourceCode);
    const text =
      value.kind === 'string'
        ? value.value
        : value.kind === 'partial-string'
          ? (value.parts[value.parts.length - 1]?.text ?? null)
          : null;
    if (text === null || !text.includes('.')) return null;
    return text.slice(text.lastIndexOf('.') + 1);
  }

  /**
   * `url: true` → `url: { authorizer: 'aws_iam' }`, `url: { cors: true }` → `url: { authorizer: 'aws_iam',
   * cors: true }`, when the `url` is written in place (quoted as the config's `handler` is); else null.
   */
  function serverlessUrlFix(property: TSESTree.Property, handler: TSESTree.Node): TSESLint.ReportFixFunction | null {
    const value = property.value;
    if (property.shorthand) return null;
    const quote = handler.type === AST_NODE_TYPES.Literal && handler.raw.startsWith('"') ? '"' : "'";
    const authorizer = `authorizer: ${quote}aws_iam${quote}`;
    if (value.type === AST_NODE_TYPES.Literal && value.value === true) {
      return (fixer) => fixer.replaceText(value, `{ ${authorizer} }`);
    }
    if (value.type !== AST_NODE_TYPES.ObjectExpression) return null;
    const first = value.properties[0];
    if (first === undefined) return (fixer) => fixer.replaceText(value, `{ ${authorizer} }`);
    const ownLine = first.loc.start.line !== value.loc.start.line;
    const separator = ownLine ? `,\n${' '.repeat(first.loc.start.column)}` : ', ';
    return (fixer) => fixer.insertTextBefore(first, `${authorizer}${separator}`);
  }

  /**
   * A handler as Serverless writes it: `'src/hello.main'` (a module path and its export), or a template whose known
   * tail is `/handler.main` after a computed directory (the aws-nodejs-typescript template's
   * `` `${handlerPath(__dirname)}/handler.main` ``). Not a function, an unknown value or any other string.
   */
  function isServerlessHandler(node: TSESTree.Node): boolean {
    const value = getStaticValue(node, sourceCode);
    if (value.kind === 'string') return isServerlessHandlerPath(value.value);
    if (value.kind !== 'partial-string' || value.parts.length < 2) return false;
    const tail = value.parts[value.parts.length - 1];
    const directory = value.parts[value.parts.length - 2];
    if (directory !== null || tail === null || tail === undefined) return false;
    return tail.text.startsWith('/') && isServerlessHandlerPath(tail.text);
  }

  /** An open event's method and path (`'GET hello'`, `{ method, path }` without an authorizer), else null. */
  function serverlessRoute(value: StaticValue, type: ServerlessEventType): ServerlessRoute | null {
    let method: string;
    let path: string | null = null;
    if (value.kind === 'string') {
      if (type === 'httpApi' && value.value.trim() === '*') return { method: 'ANY', path: null };
      const match = SERVERLESS_EVENT.exec(value.value.trim());
      if (match === null) return null;
      method = match[1]!;
      path = match[2]!;
    } else if (value.kind === 'object') {
      if (value.hasUnknownKeys || value.properties.has('authorizer')) return null;
      const isPrivate = value.properties.get('private')?.value;
      if (type === 'http' && apiKeyCountsAsAuth && isPrivate !== undefined) {
        if (!(isPrivate.kind === 'boolean' && !isPrivate.value)) return null;
      }
      const methodValue = value.properties.get('method')?.value;
      const pathValue = value.properties.get('path')?.value;
      if (methodValue?.kind !== 'string') return null;
      method = methodValue.value;
      if (pathValue !== undefined) {
        if (pathValue.kind !== 'string') return null;
        path = pathValue.value;
      } else if (type === 'http') {
        return null;
      }
    } else {
      return null;
    }
    const verb = method.toUpperCase();
    if (verb === 'OPTIONS') return null;
    const normalised = path === null ? null : path.startsWith('/') ? path : `/${path}`;
    return { method: verb === '*' ? 'ANY' : verb, path: normalised };
  }

  /**
   * `new sst.aws.Function(name, { url })` (SST v3, `sst` a global of the platform) or `new Function(stack, id, { url
   * })` imported from `sst/constructs` (v2) or `@serverless-stack/resources` (v1, whose `url` options v2 kept: read
   * as v2's): which one, else null.
   */
  function sstFunctionVersion(node: TSESTree.NewExpression): 3 | 2 | null {
    const sst = sstExport(node.callee, sourceCode);
    if (sst?.name !== 'Function') return null;
    return sst.version === 3 ? 3 : 2;
  }

  /**
   * SST's `url: true`, or `url: { … }` without IAM: SST v3's `authorization` and v2's `authorizer` are `'none'`
   * unless set.
   */
  function checkSstFunctionUrl(node: TSESTree.NewExpression, version: 3 | 2): void {
    const option = version === 3 ? 'authorization' : 'authorizer';
    const idNode = node.arguments[version === 3 ? 0 : 1];
    const propsNode = node.arguments[version === 3 ? 1 : 2];
    if (hasSpread(node) || propsNode === undefined) return;
    const url = readProps(propsNode, sourceCode).get('url');
    if (url.state === 'absent') return;
    // A spread of a choice (`...(prod ? { url: { router } } : { url: true })`) hides the props' `url` as a whole: a
    // URL in a branch is the function's whenever that branch runs (as a wildcard written in one branch of a policy
    // is policy all the same, in no-wildcard-iam-policy), and stands even when a member before it cannot be read
    const urls = url.state === 'present' ? [url] : urlChoices(propsNode);
    if (urls.length === 0) return;
    const id = idNode === undefined ? null : getStaticString(idNode, sourceCode);
    if (isAllowed([id])) return;
    for (const each of urls) reportSstFunctionUrl(each, option);
  }

  function urlChoices(propsNode: TSESTree.Node): Extract<PropValue, { state: 'present' }>[] {
    const object = unwrapExpression(propsNode);
    if (object.type !== AST_NODE_TYPES.ObjectExpression) return [];
    return propChoices(object, 'url', sourceCode).values.filter((value) => value.state === 'present');
  }

  function reportSstFunctionUrl(url: Extract<PropValue, { state: 'present' }>, option: string): void {
    if (url.value.kind === 'boolean') {
      if (url.value.value) report(url.node, 'sstFunctionUrlWithoutAuthorization', { option }, { kind: 'url' });
      return;
    }
    const settings = readProps(url.node, sourceCode);
    if (settings.kind !== 'object') return;
    const authorization = settings.get(option);
    if (authorization.state === 'absent') {
      report(url.node, 'sstFunctionUrlWithoutAuthorization', { option }, { kind: 'url' });
    } else if (authorization.state === 'present' && stringOf(authorization) === 'none') {
      report(authorization.node, 'sstFunctionUrlWithoutAuthorization', { option }, { kind: 'url' });
    }
  }

  /** The function construct `node` evaluates to: a subclass of one declared in the file counts too. */
  function functionCreation(node: TSESTree.Node): TSESTree.NewExpression | TSESTree.CallExpression | null {
    return resolveLocalFunctionSubclass(node, sourceCode) ?? resolveLambdaFunction(node, sourceCode)?.creation ?? null;
  }

  /** The construct id a function was created with (`new Function(this, 'Id', …)`, `fromFunctionArn(this, 'Id', …)`). */
  function creationId(creation: TSESTree.NewExpression | TSESTree.CallExpression): string | null {
    if (creation.type === AST_NODE_TYPES.NewExpression) return constructId(creation, sourceCode);
    const id = argumentAt(creation, 1);
    return id === undefined ? null : getStaticString(id, sourceCode);
  }

  function functionId(node: TSESTree.Node): string | null {
    const creation = functionCreation(node);
    return creation === null ? null : creationId(creation);
  }

  function checkAddFunctionUrl(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression): void {
    const argument = argumentAt(node, 0);
    if (argument === undefined) return;
    const authType = readProps(argument, sourceCode).get('authType');
    const creation = functionCreation(callee.object);
    if (creation === null) {
      // A function received from elsewhere (`props.fn`, a parameter): CDK's own enum proves the call is CDK's
      if (authType.state === 'present' && isCdkEnumNone(constantBranch(authType.node), 'aws-lambda', 'FunctionUrlAuthType')) {
        reportFunctionUrl(authType, argument, callee.property, []);
        return;
      }
      // `(fn, authType) => fn.addFunctionUrl({ authType })` called with CDK's enum
      for (const given of handedFunctionUrlNone(authType)) {
        if (isCdkEnumNone(given, 'aws-lambda', 'FunctionUrlAuthType')) {
          report(given, 'functionUrlAuthNone', { option: 'authType' }, { kind: 'url' });
        }
      }
      return;
    }
    reportFunctionUrl(authType, argument, callee.property, [creationId(creation)]);
  }

  /**
   * `FunctionUrlAuthType.NONE` of CDK's enum, or `'NONE'` asserted to be that enum's type (`'NONE' as
   * lambda.FunctionUrlAuthType`): either proves the call is CDK's.
   */
  function isCdkEnumNone(node: TSESTree.Node, submodule: string, enumName: string): boolean {
    if (cdkEnumMember(node, sourceCode, submodule, enumName) === 'NONE') return true;
    if (node.type !== AST_NODE_TYPES.TSAsExpression && node.type !== AST_NODE_TYPES.TSTypeAssertion) return false;
    const type = node.typeAnnotation;
    if (type.type !== AST_NODE_TYPES.TSTypeReference || getStaticString(node.expression, sourceCode) !== 'NONE') {
      return false;
    }
    return isCdk(toCdkRef(typeNameRef(type.typeName, sourceCode)), submodule, [enumName]);
  }

  function checkSdkUrlConfig(
    params: TSESTree.Node | undefined,
    container: TSESTree.Node,
    fallback: TSESTree.Node,
  ): void {
    if (params === undefined) return;
    const props = readProps(params, sourceCode);
    const name = props.get('FunctionName');
    const functionName = name.state === 'present' && name.value.kind === 'string' ? name.value.value : null;
    reportFunctionUrl(props.get('AuthType'), container, fallback, [functionName], 'AuthType');
  }

  // -----------------------------------------------------------------------------------------------------------
  // REST APIs (aws-apigateway)

  function restAuthType(value: PropValue): AuthTypeState {
    if (value.state !== 'present') return value.state;
    const member = cdkEnumMember(value.node, sourceCode, 'aws-apigateway', 'AuthorizationType');
    if (member !== null) return member === 'NONE' ? 'NONE' : REST_AUTH_MEMBERS.has(member) ? 'other' : 'unknown';
    if (value.value.kind !== 'string') return 'unknown';
    if (value.value.value === 'NONE') return 'NONE';
    return REST_AUTH_STRINGS.has(value.value.value) ? 'other' : 'unknown';
  }

  /**
   * What CDK's Method does: an authorizer (own, or inherited unless the method says NONE) decides; else the own
   * authorizationType, else the inherited one, else NONE. `defaults` innermost first ({...parent, ...own}).
   */
  function evaluateMethod(own: Props, defaults: readonly PropValue[]): Authorization | null {
    if (own.kind === 'unknown') return null;
    const merged = (key: string): PropValue => {
      for (const level of defaults) {
        const props = readNestedProps(level);
        if (props.kind === 'unknown') return { state: 'unknown' };
        const value = props.get(key);
        if (value.state !== 'absent') return value;
      }
      return { state: 'absent' };
    };
    const ownTypeValue = givenByCalls(own.get('authorizationType'));
    const ownType = restAuthType(ownTypeValue);
    if (ownType === 'unknown') return null;
    const ownAuthorizer = givenByCalls(own.get('authorizer'));
    if (ownAuthorizer.state !== 'absent') return ownAuthorizer.state === 'present' ? AUTHORIZED : null;
    if (ownType !== 'NONE') {
      const inherited = merged('authorizer');
      if (inherited.state !== 'absent') return inherited.state === 'present' ? AUTHORIZED : null;
    }
    let typeValue = ownTypeValue;
    let type: AuthTypeState = ownType;
    if (type === 'absent') {
      typeValue = merged('authorizationType');
      type = restAuthType(typeValue);
    }
    if (type === 'unknown') return null;
    if (type === 'other') return AUTHORIZED;
    if (apiKeyCountsAsAuth) {
      const apiKey = own.get('apiKeyRequired');
      if (mayRequireApiKey(apiKey.state === 'absent' ? merged('apiKeyRequired') : apiKey)) return null;
    }
    return { open: true, noneNode: type === 'NONE' && typeValue.state === 'present' ? typeValue.node : null };
  }

  /**
   * `evaluateMethod` on a resource. When the API's props spread a choice, the method is open only if it is open
   * whichever branch runs (a branch that authorizes it, or one that cannot be read, keeps the rule quiet).
   */
  function evaluateOnResource(own: Props, resource: RestResource): Authorization | null {
    const choices = resource.apiDefaultChoices;
    if (choices === null) return evaluateMethod(own, resource.defaults);
    return evaluateEachChoice(choices, (choice) => evaluateMethod(own, [...resource.defaults.slice(0, -1), choice]));
  }

  /**
   * Open when `evaluate` finds every choice open (on the NONE they all write, if one), else what the first other
   * gives.
   */
  function evaluateEachChoice(
    choices: readonly PropValue[],
    evaluate: (choice: PropValue) => Authorization | null,
  ): Authorization | null {
    let open: Authorization | null = null;
    for (const choice of choices) {
      const authorization = evaluate(choice);
      if (authorization === null || !authorization.open) return authorization;
      if (open === null) open = authorization;
      else if (open.open && open.noneNode !== authorization.noneNode) open = { open: true, noneNode: null };
    }
    return open;
  }

  /**
   * An API reachable only through a custom domain that asks every caller for a client certificate (mutual TLS): its
   * default endpoint turned off (`disableExecuteApiEndpoint: true`), and its domain, the REST API's `domainName`
   * options or the HTTP API's `defaultDomainMapping` `DomainName` construct, given a `mtls` trust store. Callers are
   * authenticated before any method runs.
   */
  function isMutualTlsOnly(api: TSESTree.NewExpression): boolean {
    // Another way in the file may map a domain without mutual TLS or turn the endpoint back on
    if ((mapsOtherDomains ??= OTHER_DOMAIN_WAYS.test(sourceCode.text))) return false;
    const props = constructProps(api, sourceCode);
    const disabled = props.get('disableExecuteApiEndpoint');
    if (disabled.state !== 'present' || disabled.value.kind !== 'boolean' || !disabled.value.value) return false;
    const restDomain = readNestedProps(props.get('domainName'));
    if (restDomain.kind === 'object') return isTrustStore(restDomain.get('mtls'));
    const domain = readNestedProps(props.get('defaultDomainMapping')).get('domainName');
    if (domain.state !== 'present') return false;
    const creation = resolveBoundExpression(domain.node, sourceCode);
    if (creation.type !== AST_NODE_TYPES.NewExpression) return false;
    if (!isCdk(cdkCallee(creation, sourceCode), 'aws-apigatewayv2', ['DomainName'])) return false;
    return isTrustStore(constructProps(creation, sourceCode).get('mtls'));
  }

  /** `mtls: { bucket, key }` written as an object (a choice may leave it out). */
  function isTrustStore(value: PropValue): boolean {
    return value.state === 'present' && value.value.kind === 'object';
  }

  function reportMethod(
    authorization: Authorization,
    container: TSESTree.Node | null,
    fallback: TSESTree.Node,
    route: string,
    api: TSESTree.Node | null,
  ): void {
    reportOpen(authorization, container, fallback, route, api, 'methodWithoutAuthorization', 'methodAuthorizationNone');
  }

  /**
   * An open REST method or HTTP route: on its explicit NONE when written in the call or construct checked
   * (`container`), else on `fallback` (the method name or constructor).
   */
  function reportOpen(
    authorization: Authorization,
    container: TSESTree.Node | null,
    fallback: TSESTree.Node,
    route: string,
    api: TSESTree.Node | null,
    missing: 'methodWithoutAuthorization' | 'routeWithoutAuthorization',
    explicit: 'methodAuthorizationNone' | 'routeAuthorizationNone',
  ): void {
    if (!authorization.open) return;
    if (api?.type === AST_NODE_TYPES.NewExpression && isMutualTlsOnly(api)) return;
    const none = authorization.noneNode;
    const subject: Subject = { kind: 'api', api };
    if (none === null) {
      report(fallback, missing, { route }, subject);
    } else {
      const target = container !== null && isInside(none, container) ? none : fallback;
      report(target, explicit, { route }, subject);
    }
  }

  /**
   * An option read from a parameter of a function of the file that no call gives a value (`const addRoute = (path,
   * authorizer?: IHttpRouteAuthorizer) => api.addRoutes({ path, methods, integration, authorizer }); addRoute('/orders')`):
   * `undefined` whenever the function runs, which CDK reads as no option at all. Only for a plain parameter (no
   * default) of a function called in the file alone: not exported, not handed on, every call read. Else the value.
   */
  function givenByCalls(value: PropValue): PropValue {
    if (value.state !== 'present' || value.value.kind !== 'unknown') return value;
    return isOmittedParameter(value.node) ? { state: 'absent' } : value;
  }

  /** Is `node` a parameter no call of its function gives a value (see `givenByCalls`)? */
  function isOmittedParameter(node: TSESTree.Node): boolean {
    const name = unwrapExpression(node);
    if (name.type !== AST_NODE_TYPES.Identifier) return false;
    const parameter = parameterOf(name, sourceCode);
    if (parameter === null || parameter.path.key !== null) return false;
    const { fn } = parameter;
    const index = parameter.path.index;
    if (fn.params[index]?.type !== AST_NODE_TYPES.Identifier) return false;
    if (fn.params.slice(0, index).some((param) => param.type === AST_NODE_TYPES.RestElement)) return false;
    const named = functionCalls(fn, sourceCode);
    // Exported, or read other than as a call (`export { addRoute }`, `routes.forEach(addRoute)`): other code may give
    // it a value
    if (named === null || named.calls.length === 0 || !isCalledOnlyThere(fn, named, sourceCode)) return false;
    return named.calls.every((call) => {
      if (call.arguments.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return false;
      const argument = call.arguments[index];
      return argument === undefined || getStaticValue(argument, sourceCode).kind === 'undefined';
    });
  }

  function checkAddMethod(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression): void {
    if (hasSpread(node)) return;
    const fixedVerb = staticVerb(node.arguments[0]);
    const addition = passedPartAddition(callee.object);
    const passes = fixedVerb !== null && addition === null ? null : routePasses(node, fixedVerb, addition);
    const openPasses = passes?.filter((pass) => pass.verb !== 'OPTIONS') ?? null;
    const verb = fixedVerb ?? (openPasses === null ? null : joinedVerbs(openPasses));
    if (verb === null || verb === 'OPTIONS') return;
    if (isMockIntegration(node.arguments[1])) return;
    // More than one resource: the method is added in a helper called with several (each judged on its own)
    const resources = resolveRestResources(callee.object, sourceCode);
    if (resources === null) {
      checkUnresolvedMethod(verb, node.arguments[2], callee.property, callee.object, node.arguments[1]);
      return;
    }
    // The passes a helper's calls or a loop give pair a verb with a path on one resource; a verb from a helper given
    // several resources is not paired with them: not judged
    if (fixedVerb === null && resources.length !== 1) return;
    const routes = openPasses === null || resources.length !== 1 ? null : passRoutes(openPasses, addition, resources[0]!);
    // `add(part, verb, options?)` that no call gives options: none
    const givenOptions = node.arguments[2] ?? null;
    const optionsNode = givenOptions !== null && isOmittedParameter(givenOptions) ? null : givenOptions;
    for (const resource of resources) {
      if (isPrivateApi(resource.api) || isImplicitMock(node.arguments[1], resource)) continue;
      const authorization = evaluateOnResource(readProps(optionsNode, sourceCode), resource);
      if (authorization === null) continue;
      const id = constructId(resource.api, sourceCode);
      // A loop over paths or a helper's calls with several: the routes not public, joined verbs and paths
      const open = (routes ?? [{ verb, path: resource.path }]).filter((route) => !isAllowed([id], route.path, route.verb));
      if (open.length === 0) continue;
      const paths = open.some((route) => route.path === null) ? null : [...new Set(open.map((route) => route.path))];
      const route = routeName(joinedVerbs(open) ?? verb, paths?.join('|') ?? null);
      reportMethod(authorization, optionsNode, callee.property, route, resource.api);
    }
  }

  /** `GET|POST`: the distinct verbs of `routes`, each once (a verb may be a `|` choice already). */
  function joinedVerbs(routes: readonly { verb: string }[]): string | null {
    const verbs = [...new Set(routes.flatMap((route) => route.verb.split('|')))];
    return verbs.length === 0 ? null : verbs.join('|');
  }

  /**
   * `root.addResource(part)` (or `root.resourceForPath(path)`) with a part the file gives per pass of a loop or per
   * call of a helper (not a string written there): that call, its part and its parent resource; null for any other
   * receiver.
   */
  function passedPartAddition(
    receiver: TSESTree.Node,
  ): { part: TSESTree.Expression; parent: TSESTree.Node } | null {
    const addition = resolveBoundExpression(receiver, sourceCode);
    if (addition.type !== AST_NODE_TYPES.CallExpression) return null;
    const callee = unwrapExpression(addition.callee);
    const part = addition.arguments[0];
    // `resourceForPath(path)` adds a path (slashes and all) below its receiver as `addResource` adds a part
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : null;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || (method !== 'addResource' && method !== 'resourceForPath')) {
      return null;
    }
    if (part === undefined || part.type === AST_NODE_TYPES.SpreadElement) return null;
    if (getStaticString(part, sourceCode) !== null) return null;
    return { part, parent: callee.object };
  }

  /**
   * The verb and path part of each pass that adds the method, paired: a loop's rows (`for (const route of ROUTES)`
   * with `route.method` and `route.path`, or a list of parts with a verb written there), or a helper's calls (`const
   * add = (part, verb) => root.addResource(part).addMethod(verb, …)`: each call's two arguments). A part is null when
   * the resource's path is known. Null when a pass's verb or part is unknown, or they come from two sources the rule
   * does not pair (a verb from a helper's calls, a part from a loop).
   */
  function routePasses(
    call: TSESTree.CallExpression,
    fixedVerb: string | null,
    addition: { part: TSESTree.Expression } | null,
  ): { verb: string; part: string | null }[] | null {
    const verbNode = call.arguments[0];
    if (verbNode === undefined || verbNode.type === AST_NODE_TYPES.SpreadElement) return null;
    // The method is added on each pass or call only when nothing between chooses (an `if (row.public)` around it)
    const everyPass = (root: TSESTree.Node): boolean => {
      if (loopBindingOf(root) !== null) return runsOnEveryPass(root, call);
      const parameter = parameterOf(root, sourceCode);
      return parameter === null || runsOnEveryCall(call, parameter.fn);
    };
    if (!everyPass(verbNode) || (addition !== null && !everyPass(addition.part))) return null;
    const text = (node: TSESTree.Node): string | null => getStaticString(node, sourceCode);
    const verbText = (node: TSESTree.Node): string | null => text(node)?.toUpperCase() ?? null;
    const partNode = addition?.part ?? null;
    // Both from one table's rows
    if (partNode !== null && loopBindingOf(partNode) !== null && loopBindingOf(verbNode) === loopBindingOf(partNode)) {
      return sameRows(verbNode, partNode, verbText, text)?.map(([verb, part]) => ({ verb, part })) ?? null;
    }
    if (fixedVerb !== null) {
      // A verb written there (or a choice of them): the parts a loop or a helper's calls give
      const parts = partNode === null ? null : (resolvePassed(partNode, sourceCode, text) ?? loopStrings(partNode, text));
      return parts?.map((part) => ({ verb: fixedVerb, part })) ?? null;
    }
    if (partNode === null) {
      // A path known, the verb a helper's calls give
      const verbs = resolvePassed(verbNode, sourceCode, verbText);
      return verbs?.map((verb) => ({ verb, part: null })) ?? null;
    }
    // Both parameters of one helper: each call's pair
    const verbParameter = parameterOf(verbNode, sourceCode);
    const partParameter = parameterOf(partNode, sourceCode);
    if (verbParameter === null || verbParameter.fn !== partParameter?.fn) return null;
    const calls = callsOfFunction(verbParameter.fn, sourceCode);
    if (calls === null || calls.length === 0 || calls.length > MAX_PAIRED_CALLS) return null;
    const passes: { verb: string; part: string | null }[] = [];
    for (const call of calls) {
      const verb = passedArgument(call, verbParameter.fn, verbParameter.path);
      const part = passedArgument(call, partParameter.fn, partParameter.path);
      const verbValue = verb === null ? null : verbText(verb);
      const partValue = part === null ? null : text(part);
      if (verbValue === null || partValue === null) return null;
      passes.push({ verb: verbValue, part: partValue });
    }
    return passes;
  }

  /** The node a call passes for a parameter (`add('items', 'GET')`, or a key of the props it passes). */
  function passedArgument(
    call: TSESTree.CallExpression | TSESTree.NewExpression,
    fn: FunctionLike,
    path: { index: number; key: string | null },
  ): TSESTree.Node | null {
    // `(part, verb = 'GET') => …` called as `add('items')`: the default
    const argument = argumentForParameter(call, fn, path, sourceCode);
    if (argument === undefined) return null;
    if (path.key === null) return argument;
    const member = readProps(argument, sourceCode).get(path.key);
    return member.state === 'present' ? member.node : null;
  }

  /**
   * `route.method` and `route.path` over one route table (one loop variable, or two names destructured from each row,
   * `({ path, method }) => …`): each row's two values, in the table's order; null when they are not from one table or
   * a row's value is unknown.
   */
  function sameRows(
    first: TSESTree.Node,
    second: TSESTree.Node,
    readFirst: (node: TSESTree.Node) => string | null,
    readSecond: (node: TSESTree.Node) => string | null,
  ): (readonly [string, string])[] | null {
    const binding = loopBindingOf(first);
    if (binding === null || loopBindingOf(second) !== binding) return null;
    const firsts = loopRows(first, readFirst);
    const seconds = loopRows(second, readSecond);
    if (firsts === null || seconds === null || firsts.length !== seconds.length) return null;
    return firsts.map((value, index) => [value, seconds[index]!] as const);
  }

  /** The declaration binding the loop variable at the root of `node` (`route` of `route.path`), or null. */
  function loopBindingOf(node: TSESTree.Node): TSESTree.Node | null {
    const root = memberChain(node)?.base;
    if (root?.type !== AST_NODE_TYPES.Identifier || getLoopMemberValues(node, sourceCode) === null) return null;
    return (findVariableOf(root, sourceCode)?.defs[0]?.node as TSESTree.Node | undefined) ?? null;
  }

  /**
   * The routes the passes give on `resource`: each pass's verb with the resource's path, or with its part under the
   * parent's path when the part is given per pass; null when the parent's path is not known.
   */
  function passRoutes(
    passes: readonly { verb: string; part: string | null }[],
    addition: { parent: TSESTree.Node } | null,
    resource: RestResource,
  ): { verb: string; path: string | null }[] | null {
    if (addition === null) return passes.map((pass) => ({ verb: pass.verb, path: resource.path }));
    const parents = resolveRestResources(addition.parent, sourceCode);
    if (parents?.length !== 1 || parents[0]!.path === null) return null;
    return passes.map((pass) => ({ verb: pass.verb, path: joinPath(parents[0]!.path, pass.part) }));
  }

  /**
   * A method on a resource received from elsewhere (`props.api.root`): what it inherits from the API is unknown, but
   * CDK's own `AuthorizationType.NONE` is public whatever the API's defaults (an endpoint type the rule cannot see
   * aside): written on the method, or on the nearest resource of the file's chain that sets the type in its
   * `defaultMethodOptions` (`restApi.root.addResource('auth', { defaultMethodOptions: { authorizationType:
   * AuthorizationType.NONE } })`: CDK merges nearer options over the API's, and throws on an authorizer the API adds
   * to that NONE).
   */
  function checkUnresolvedMethod(
    verb: string,
    optionsNode: TSESTree.Node | undefined,
    fallback: TSESTree.Node,
    receiver: TSESTree.Node,
    integrationArgument: TSESTree.Node | undefined,
  ): void {
    if (optionsNode?.type === AST_NODE_TYPES.SpreadElement) return;
    const own = readProps(optionsNode ?? null, sourceCode);
    if (own.kind === 'unknown' || own.get('authorizer').state !== 'absent') return;
    const type = own.get('authorizationType');
    let levels: PropValue[] = [];
    if (type.state === 'absent') {
      const chain = receivedResourceChain(receiver);
      if (chain === null || !setsNoneFirst(chain.levels)) return;
      // A method with nothing to run (no integration here or on the way) may get CDK's mock: not judged
      if (integrationArgument === undefined && !chain.integration) return;
      levels = chain.levels;
    } else if (type.state !== 'present' || !isCdkEnumNone(type.node, 'aws-apigateway', 'AuthorizationType')) return;
    if (isAllowed([], null)) return;
    // An API key the API may require (with the option on) is only known when the method or its resources say
    const apiKeyUnknown = own.get('apiKeyRequired').state === 'absent' && !setsKey(levels, 'apiKeyRequired');
    if (apiKeyCountsAsAuth && apiKeyUnknown) return;
    const evaluated = evaluateMethod(own, levels);
    if (evaluated === null || !evaluated.open) return;
    reportMethod(evaluated, optionsNode ?? null, fallback, verb, null);
  }

  /**
   * The `defaultMethodOptions` of the resources the file's `addResource` / `addProxy` chain adds a method on, nearest
   * first, and whether one sets a `defaultIntegration`; null unless the chain starts at the `root` of an API received
   * from elsewhere: a parameter (or a member of one, `props.api`) of a function the file never calls (a construct's
   * constructor, an exported helper). An API the file makes in ways the rule cannot follow (a conditional, a loop, a
   * factory, `this.api`) may be private, and a helper's callers in the file say what it is given. A resource fetched
   * by `getResource` or `resourceForPath` may already exist with options of its own: unknown.
   */
  function receivedResourceChain(receiver: TSESTree.Node): { levels: PropValue[]; integration: boolean } | null {
    const levels: PropValue[] = [];
    let integration = false;
    let current = resolveBoundExpression(receiver, sourceCode);
    for (let hop = 0; hop < MAX_RESOURCE_CHAIN && current.type === AST_NODE_TYPES.CallExpression; hop++) {
      const callee = unwrapExpression(current.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || hasSpread(current)) return null;
      const method = getPropertyName(callee);
      if (method !== 'addResource' && method !== 'addProxy') return null;
      const options = readProps(argumentAt(current, method === 'addResource' ? 1 : 0) ?? null, sourceCode);
      levels.push(options.get('defaultMethodOptions'));
      integration ||= options.get('defaultIntegration').state !== 'absent';
      current = resolveBoundExpression(callee.object, sourceCode);
    }
    if (current.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(current) !== 'root') return null;
    return isReceivedValue(current.object) ? { levels, integration } : null;
  }

  /** `restApi`, `props.api`, `{ api }`: a parameter of a function of the file that no code of the file calls. */
  function isReceivedValue(node: TSESTree.Node): boolean {
    const parameter = parameterOf(resolveBoundExpression(node, sourceCode), sourceCode);
    if (parameter === null) return false;
    const calls = callsOfFunction(parameter.fn, sourceCode);
    return calls !== null && calls.length === 0;
  }

  /** Does the nearest of `levels` that sets an authorizer or a type set CDK's `AuthorizationType.NONE`? */
  function setsNoneFirst(levels: readonly PropValue[]): boolean {
    for (const level of levels) {
      const props = readNestedProps(level);
      if (props.kind === 'unknown' || props.get('authorizer').state !== 'absent') return false;
      const type = props.get('authorizationType');
      if (type.state === 'absent') continue;
      return type.state === 'present' && isCdkEnumNone(type.node, 'aws-apigateway', 'AuthorizationType');
    }
    return false;
  }

  /** Does one of `levels` set `key` (before any level that cannot be read)? */
  function setsKey(levels: readonly PropValue[], key: string): boolean {
    for (const level of levels) {
      const props = readNestedProps(level);
      if (props.kind === 'unknown') return false;
      if (props.get(key).state !== 'absent') return true;
    }
    return false;
  }

  function checkAddProxy(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression): void {
    if (hasSpread(node)) return;
    const optionsNode = node.arguments[0] ?? null;
    checkProxyAnyMethod(node, readProps(optionsNode, sourceCode), null, optionsNode, callee.property);
  }

  /** `new ProxyResource(this, 'Proxy', { parent, defaultIntegration })`: `ANY /{proxy+}`, as `addProxy` adds. */
  function checkProxyResource(node: TSESTree.NewExpression): void {
    const props = constructProps(node, sourceCode);
    if (props.kind !== 'object') return;
    checkProxyAnyMethod(node, props, constructId(node, sourceCode), constructPropsNode(node), node.callee);
  }

  /**
   * The `ANY` method a proxy resource (`addProxy(…)`, `new ProxyResource(…)`) adds unless `anyMethod: false`, judged
   * on each resource `proxy` may be; `id` the proxy construct's own, for allowPublic.
   */
  function checkProxyAnyMethod(
    proxy: TSESTree.CallExpression | TSESTree.NewExpression,
    options: Props,
    id: string | null,
    container: TSESTree.Node | null,
    fallback: TSESTree.Node,
  ): void {
    const anyMethod = options.get('anyMethod');
    if (anyMethod.state === 'unknown') return;
    if (anyMethod.state === 'present' && !(anyMethod.value.kind === 'boolean' && anyMethod.value.value)) return;
    for (const resource of resolveRestResources(proxy, sourceCode) ?? []) {
      // `anyMethod` adds its ANY method without an integration: the proxy's default one, else a mock
      if (isPrivateApi(resource.api) || isImplicitMock(null, resource)) continue;
      const authorization = evaluateOnResource(readProps(null, sourceCode), resource);
      if (authorization === null || isAllowed([id, constructId(resource.api, sourceCode)], resource.path, 'ANY')) continue;
      reportMethod(authorization, container, fallback, routeName('ANY', resource.path), resource.api);
    }
  }

  function checkMethodConstruct(node: TSESTree.NewExpression): void {
    const props = constructProps(node, sourceCode);
    const resourceProp = props.get('resource');
    if (resourceProp.state !== 'present') return;
    const verb = propVerb(props.get('httpMethod'));
    if (verb === null || verb === 'OPTIONS') return;
    const integration = props.get('integration');
    if (integration.state === 'present' && isMockIntegration(integration.node)) return;
    for (const resource of resolveRestResources(resourceProp.node, sourceCode) ?? []) {
      if (isPrivateApi(resource.api)) continue;
      if (integration.state === 'absent' && isImplicitMock(null, resource)) continue;
      const authorization = evaluateOnResource(readNestedProps(props.get('options')), resource);
      const ids = [constructId(node, sourceCode), constructId(resource.api, sourceCode)];
      if (authorization === null || isAllowed(ids, resource.path, verb.toUpperCase())) continue;
      const route = routeName(verb.toUpperCase(), resource.path);
      reportMethod(authorization, constructPropsNode(node), node.callee, route, resource.api);
    }
  }

  function checkCfnMethod(node: TSESTree.NewExpression): void {
    const props = constructProps(node, sourceCode);
    const id = constructId(node, sourceCode);
    const resourceId = props.get('resourceId');
    const path = resourceId.state === 'present' ? l1ResourcePath(resourceId.node, sourceCode) : null;
    checkL1Method(props, props.get('authorizationType'), constructPropsNode(node), node.callee, id, path);
  }

  /**
   * A REST method resource written as CloudFormation has it (CDK's `CfnMethod`, Pulumi's `aws.apigateway.Method`):
   * reported when its authorization type is NONE, written there, with no authorizer and not for `OPTIONS`.
   */
  function checkL1Method(
    props: Props,
    typeValue: PropValue,
    container: TSESTree.Node | null,
    fallback: TSESTree.Node,
    id: string | null,
    path: string | null,
  ): void {
    if (restAuthType(typeValue) !== 'NONE' || typeValue.state !== 'present') return;
    if (props.get('authorizerId').state !== 'absent') return;
    const verb = propVerb(props.get('httpMethod'));
    if (verb === null || verb === 'OPTIONS') return;
    if (apiKeyCountsAsAuth && mayRequireApiKey(props.get('apiKeyRequired'))) return;
    // A path not known (an id from elsewhere, a loop's resource) is matched by the construct id alone: a path entry
    // (`/health`) says nothing of it
    if (isAllowed([id], path ?? undefined, verb.toUpperCase())) return;
    const open: Authorization = { open: true, noneNode: typeValue.node };
    reportMethod(open, container, fallback, routeName(verb.toUpperCase(), path), null);
  }

  function checkLambdaRestApi(node: TSESTree.NewExpression): void {
    if (lambdaRestApiProxies(node, sourceCode) !== true) return;
    // CDK requires a `handler`: without one (props missing, `null`, or no such key) the code does not build an API
    const authorization = ownMethodsAuthorization(node, 'handler');
    if (authorization === null) return;
    const id = constructId(node, sourceCode);
    if (isAllowed([id]) || (isAllowed([], '/') && isAllowed([], '/{proxy+}'))) return;
    const none = authorization.noneNode;
    const container = constructPropsNode(node);
    const target = none !== null && container !== null && isInside(none, container) ? none : node.callee;
    report(target, 'proxyWithoutAuthorization', { api: id ?? '(dynamic id)' }, { kind: 'api', api: node });
  }

  /**
   * `new ApiGatewayToLambda(scope, id, { apiGatewayProps })` of AWS Solutions Constructs (also
   * `CloudFrontToApiGatewayToLambda`): a `LambdaRestApi` proxying every path to the function, with IAM authorization
   * unless `apiGatewayProps.defaultMethodOptions` writes `authorizationType: NONE` (and no authorizer), which is
   * reported there. True when the construct is one of theirs (bound to an `@aws-solutions-constructs/…` import).
   */
  function checkSolutionsLambdaRestApi(node: TSESTree.NewExpression): boolean {
    const ref = resolveModuleRef(unwrapExpression(node.callee), sourceCode);
    if (ref === null || !ref.module.startsWith('@aws-solutions-constructs/')) return false;
    const apiProps = readNestedProps(constructProps(node, sourceCode).get('apiGatewayProps'));
    // `proxy: false`: the code adds the methods, on the construct's `apiGateway`
    const proxy = apiProps.get('proxy');
    if (apiProps.kind !== 'object' || proxy.state === 'unknown') return true;
    if (proxy.state === 'present' && (proxy.value.kind !== 'boolean' || !proxy.value.value)) return true;
    const options = readNestedProps(apiProps.get('defaultMethodOptions'));
    const typeValue = options.get('authorizationType');
    if (options.kind !== 'object' || typeValue.state !== 'present' || restAuthType(typeValue) !== 'NONE') return true;
    if (options.get('authorizer').state !== 'absent') return true;
    if (apiKeyCountsAsAuth && mayRequireApiKey(options.get('apiKeyRequired'))) return true;
    const id = constructId(node, sourceCode);
    if (isAllowed([id]) || (isAllowed([], '/') && isAllowed([], '/{proxy+}'))) return true;
    const container = constructPropsNode(node);
    const target = container !== null && isInside(typeValue.node, container) ? typeValue.node : node.callee;
    report(target, 'proxyWithoutAuthorization', { api: id ?? '(dynamic id)' }, { kind: 'api', api: node });
    return true;
  }

  /**
   * `new StepFunctionsRestApi(scope, id, { stateMachine })`: CDK adds `ANY /` on its root, starting an execution of
   * the state machine, with the API's `defaultMethodOptions` as its only authorization.
   */
  function checkStepFunctionsRestApi(node: TSESTree.NewExpression): void {
    const authorization = ownMethodsAuthorization(node, 'stateMachine');
    if (authorization === null) return;
    if (isAllowed([constructId(node, sourceCode)], '/')) return;
    reportMethod(authorization, constructPropsNode(node), node.callee, 'ANY /', node);
  }

  /**
   * The authorization of the methods a REST API class adds itself (LambdaRestApi's proxy, StepFunctionsRestApi's
   * `ANY /`): its `defaultMethodOptions`, each choice of them when they are chosen at run time. Null when they are not
   * open, when the API is private, or when the prop the class requires (`required`) is not given (no API is built).
   */
  function ownMethodsAuthorization(
    node: TSESTree.NewExpression,
    required: string,
  ): Extract<Authorization, { open: true }> | null {
    if (isPrivateApi(node)) return null;
    const props = constructProps(node, sourceCode);
    if (props.kind !== 'object' || props.get(required).state === 'absent') return null;
    const defaults = props.get('defaultMethodOptions');
    const choices = defaults.state === 'unknown' ? (props.choices?.('defaultMethodOptions') ?? null) : null;
    const evaluate = (choice: PropValue): Authorization | null => evaluateMethod(readProps(null, sourceCode), [choice]);
    const authorization = choices === null ? evaluate(defaults) : evaluateEachChoice(choices, evaluate);
    return authorization !== null && authorization.open ? authorization : null;
  }

  // -----------------------------------------------------------------------------------------------------------
  // HTTP APIs (aws-apigatewayv2)

  function resolveHttpApi(node: TSESTree.Node): TSESTree.NewExpression | null {
    const value = resolveBoundExpression(node, sourceCode);
    if (value.type !== AST_NODE_TYPES.NewExpression) return null;
    return isCdk(cdkCallee(value, sourceCode), 'aws-apigatewayv2', ['HttpApi']) ? value : null;
  }

  /** The HTTP APIs `node` evaluates to, followed out of a helper's parameter to what its calls pass. */
  function resolveHttpApis(node: TSESTree.Node): TSESTree.NewExpression[] | null {
    return resolvePassed(node, sourceCode, resolveHttpApi);
  }

  /** 'none' for `new HttpNoneAuthorizer()`; 'auth' for any other authorizer. */
  function httpAuthorizer(value: PropValue): 'absent' | 'none' | 'auth' | 'unknown' {
    if (value.state !== 'present') return value.state;
    const creation = resolveBoundExpression(value.node, sourceCode);
    if (creation.type === AST_NODE_TYPES.NewExpression) {
      if (isCdk(cdkCallee(creation, sourceCode), 'aws-apigatewayv2', ['HttpNoneAuthorizer'])) return 'none';
    }
    return 'auth';
  }

  function evaluateRoute(
    authorizer: PropValue,
    api: TSESTree.NewExpression | null,
    imported = false,
  ): Authorization | null {
    const own = httpAuthorizer(authorizer);
    if (own === 'unknown') return null;
    if (own === 'auth') return AUTHORIZED;
    if (own === 'none') return { open: true, noneNode: (authorizer as { node: TSESTree.Node }).node };
    // An API imported from another stack has no default authorizer to inherit
    if (imported) return { open: true, noneNode: null };
    if (api === null) return null;
    const fallback = constructProps(api, sourceCode).get('defaultAuthorizer');
    const inherited = httpAuthorizer(fallback);
    if (inherited === 'unknown') return null;
    if (inherited === 'auth') return AUTHORIZED;
    return { open: true, noneNode: inherited === 'none' ? (fallback as { node: TSESTree.Node }).node : null };
  }

  /** `HttpApi.fromHttpApiAttributes(scope, id, attrs)` (aws-apigatewayv2) `node` evaluates to, through once-bound names. */
  function importedHttpApi(node: TSESTree.Node): TSESTree.CallExpression | null {
    const value = resolveBoundExpression(node, sourceCode);
    if (value.type !== AST_NODE_TYPES.CallExpression) return null;
    return isCdk(cdkCallee(value, sourceCode), 'aws-apigatewayv2', ['HttpApi', 'fromHttpApiAttributes']) ? value : null;
  }

  function reportRoute(
    authorization: Authorization,
    container: TSESTree.Node | null,
    fallback: TSESTree.Node,
    route: string,
    api: TSESTree.Node | null,
  ): void {
    reportOpen(authorization, container, fallback, route, api, 'routeWithoutAuthorization', 'routeAuthorizationNone');
  }

  /** Methods of an `addRoutes` call that need authorization (not OPTIONS); null when unknown. */
  function routeMethods(value: PropValue): string[] | null {
    if (value.state === 'absent') return ['ANY'];
    if (value.state === 'unknown' || value.value.kind !== 'array') return null;
    const methods: string[] = [];
    for (const element of value.value.elements) {
      if (element.node === null) continue;
      // `methods: [method]` in a helper of the file: what its calls pass (`addRoute(HttpMethod.POST, '/users', …)`);
      // `methods: [route.method]` in a loop over a table of routes: each row's
      const passed = resolvePassed(element.node, sourceCode, httpMethod) ?? loopStrings(element.node, httpMethod);
      for (const method of passed ?? []) if (method !== 'OPTIONS' && !methods.includes(method)) methods.push(method);
    }
    return methods;
  }

  /**
   * What `node`, a loop variable or a member of one (`route.path` in `for (const route of ROUTES)`), is on each pass,
   * each read by `read` from where the table writes it; null when any is unknown.
   */
  function loopStrings(node: TSESTree.Node, read: (value: TSESTree.Node) => string | null): string[] | null {
    const rows = loopRows(node, read);
    return rows === null ? null : [...new Set(rows)];
  }

  /**
   * `loopStrings` row by row (in the table's order, repeats kept), when the use runs on every pass: not under a
   * condition in the loop's body, and the body skips no row (`continue`, `break`, `return`, `throw`).
   */
  function loopRows(node: TSESTree.Node, read: (value: TSESTree.Node) => string | null): string[] | null {
    const looped = getLoopMemberValues(node, sourceCode);
    if (looped === null || looped.length === 0 || !runsOnEveryPass(node)) return null;
    const rows: string[] = [];
    for (const value of looped) {
      const text = value.kind === 'string' ? value.value : value.node === null ? null : read(value.node);
      if (text === null) return null;
      rows.push(text);
    }
    return rows;
  }

  /** Does `use`, rooted at a loop variable (see getLoopMemberValues), run on each pass of its loop? */
  function runsOnEveryPass(use: TSESTree.Node, from: TSESTree.Node = use): boolean {
    const root = memberChain(use)?.base;
    const definition = root?.type === AST_NODE_TYPES.Identifier ? findVariableOf(root, sourceCode)?.defs[0] : undefined;
    if (definition === undefined) return false;
    const declared = definition.node as TSESTree.Node;
    const loop = declared.type === AST_NODE_TYPES.VariableDeclarator ? declared.parent?.parent : declared;
    let body: TSESTree.Node | null | undefined = null;
    if (loop?.type === AST_NODE_TYPES.ForOfStatement) body = loop.body;
    else if (loop !== undefined && isFunctionLike(loop)) body = loop.body;
    if (body === null || body === undefined) return false;
    if (!unconditionalUpTo(from, body)) return false;
    const skips = (node: TSESTree.Node): boolean =>
      node.type === AST_NODE_TYPES.ContinueStatement ||
      node.type === AST_NODE_TYPES.BreakStatement ||
      node.type === AST_NODE_TYPES.ReturnStatement ||
      node.type === AST_NODE_TYPES.ThrowStatement;
    return !someOwnNode(body, sourceCode.visitorKeys, false, skips);
  }

  /**
   * Does no condition choose `from` inside `container`: no `if`, `switch` case, `&&` / `||` or `? :` branch between
   * them? Loops and callbacks between them are passed through (unlike `runsWhenever`): they repeat the call, and the
   * verb and path of one row stay paired.
   */
  function unconditionalUpTo(from: TSESTree.Node, container: TSESTree.Node): boolean {
    for (let node: TSESTree.Node = from; node !== container; node = node.parent!) {
      const parent = node.parent;
      if (parent === undefined || parent === null) return false;
      if (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.SwitchCase) return false;
      if (parent.type === AST_NODE_TYPES.LogicalExpression) return false;
      if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== node) return false;
    }
    return true;
  }

  /** Does `call` run on every call of `fn`: not under a condition, and after no `return` or `throw` of its body? */
  function runsOnEveryCall(call: TSESTree.Node, fn: { body?: TSESTree.Node | null }): boolean {
    if (!unconditionalUpTo(call, fn.body!)) return false;
    const leavesBefore = (node: TSESTree.Node): boolean =>
      (node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.ThrowStatement) &&
      node.range[1] <= call.range[0];
    return !someOwnNode(fn.body!, sourceCode.visitorKeys, false, leavesBefore);
  }

  /**
   * `addRoutes({ path: route.path, methods: [route.method] })` in a loop over a route table: the methods and paths
   * of the rows whose method is not OPTIONS (a preflight row's path is not open). Null when not both from one loop.
   */
  function pairedLoopRoutes(
    methodsValue: PropValue,
    pathValue: PropValue,
  ): { methods: string[]; paths: string[] } | null {
    if (methodsValue.state !== 'present' || pathValue.state !== 'present') return null;
    if (methodsValue.value.kind !== 'array' || methodsValue.value.elements.length !== 1) return null;
    const methodNode = methodsValue.value.elements[0]!.node;
    if (methodNode === null) return null;
    const rows = sameRows(methodNode, pathValue.node, httpMethod, (node) => getStaticString(node, sourceCode));
    const open = rows?.filter(([method]) => method !== 'OPTIONS');
    if (open === undefined) return null;
    return { methods: [...new Set(open.map(([method]) => method))], paths: [...new Set(open.map(([, path]) => path))] };
  }

  /**
   * The path of a route: its string, or the strings a helper's calls pass for it (`path` a parameter); null when
   * unknown or not one.
   */
  function routePaths(value: PropValue): string[] | null {
    if (value.state !== 'present') return null;
    if (value.value.kind === 'string') return [value.value.value];
    const text = (node: TSESTree.Node): string | null => getStaticString(node, sourceCode);
    return resolvePassed(value.node, sourceCode, text) ?? loopStrings(value.node, text);
  }

  function httpMethod(node: TSESTree.Node): string | null {
    const member = cdkEnumMember(node, sourceCode, 'aws-apigatewayv2', 'HttpMethod');
    if (member !== null) return member;
    const text = getStaticString(node, sourceCode);
    return text === null ? null : text.toUpperCase();
  }

  function checkAddRoutes(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression): void {
    if (hasSpread(node)) return;
    const apis = resolveHttpApis(callee.object);
    if (apis === null) return;
    const optionsNode = node.arguments[0] ?? null;
    const props = readProps(optionsNode, sourceCode);
    if (props.kind !== 'object') return;
    const paired = pairedLoopRoutes(props.get('methods'), props.get('path'));
    const methods = paired?.methods ?? routeMethods(props.get('methods'));
    if (methods === null || methods.length === 0) return;
    const paths = paired?.paths ?? routePaths(props.get('path'));
    for (const api of apis) {
      const authorization = evaluateRoute(givenByCalls(props.get('authorizer')), api);
      if (authorization === null) continue;
      const id = constructId(api, sourceCode);
      const verbs = methods.join('|');
      if (paths === null ? isAllowed([id], null) : paths.every((each) => isAllowed([id], each, verbs))) continue;
      // A helper called with several paths, or a loop over them: those not public, joined as the methods are
      const open = paths?.filter((each) => !isAllowed([id], each, verbs)) ?? [];
      const path = open.length === 0 ? null : open.join('|');
      reportRoute(authorization, optionsNode, callee.property, routeName(methods.join('|'), path), api);
    }
  }

  function checkHttpApi(node: TSESTree.NewExpression): void {
    const props = constructProps(node, sourceCode);
    if (props.get('defaultIntegration').state !== 'present') return;
    const authorization = evaluateRoute({ state: 'absent' }, node);
    if (authorization === null || isAllowed([constructId(node, sourceCode), '$default'])) return;
    reportRoute(authorization, constructPropsNode(node), node.callee, '$default', node);
  }

  /** `HttpRouteKey.with('/p', HttpMethod.GET)` / `HttpRouteKey.DEFAULT`: method and path; null when unknown. */
  function httpRouteKey(value: PropValue): { method: string; path: string | null } | null {
    if (value.state !== 'present') return null;
    const key = resolveBoundExpression(value.node, sourceCode);
    if (key.type === AST_NODE_TYPES.MemberExpression) {
      const ref = resolveModuleRef(key, sourceCode);
      return ref !== null && isHttpRouteKey(ref, 'DEFAULT') ? { method: 'ANY', path: '$default' } : null;
    }
    if (key.type !== AST_NODE_TYPES.CallExpression || hasSpread(key)) return null;
    const ref = resolveCallee(key, sourceCode);
    if (ref === null || !isHttpRouteKey(ref, 'with')) return null;
    const pathNode = key.arguments[0];
    const methodNode = key.arguments[1];
    const method = methodNode === undefined ? 'ANY' : httpMethod(methodNode);
    if (method === null) return null;
    return { method, path: pathNode === undefined ? null : getStaticString(pathNode, sourceCode) };
  }

  /** `HttpRouteKey.DEFAULT.key` (aws-apigatewayv2), through once-bound names. */
  function isDefaultRouteKeyMember(value: PropValue): boolean {
    if (value.state !== 'present') return false;
    const key = resolveBoundExpression(value.node, sourceCode);
    if (key.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(key) !== 'key') return false;
    const owner = resolveBoundExpression(key.object, sourceCode);
    if (owner.type !== AST_NODE_TYPES.MemberExpression) return false;
    const ref = resolveModuleRef(owner, sourceCode);
    return ref !== null && isHttpRouteKey(ref, 'DEFAULT');
  }

  function isHttpRouteKey(ref: NonNullable<ReturnType<typeof resolveModuleRef>>, member: string): boolean {
    const api = awsApi(ref);
    if (api?.family !== 'cdk') return false;
    const submodule = api.submodule?.replace(/-alpha$/u, '') ?? null;
    return isCdk({ submodule, path: api.path }, 'aws-apigatewayv2', ['HttpRouteKey', member]);
  }

  function checkHttpRoute(node: TSESTree.NewExpression): void {
    const props = constructProps(node, sourceCode);
    if (props.kind !== 'object') return;
    const key = httpRouteKey(props.get('routeKey'));
    if (key === null || key.method === 'OPTIONS') return;
    const apiProp = props.get('httpApi');
    // An API the rule cannot resolve (null) leaves only the route's own authorizer to judge
    const apis = (apiProp.state === 'present' ? resolveHttpApis(apiProp.node) : null) ?? [null];
    // `HttpApi.fromHttpApiAttributes(this, 'Shared', { httpApiId })`: an API of another stack, which gives its
    // routes no default authorizer (CDK's imported API has none): the route's own authorizer decides
    const imported = apis[0] === null && apiProp.state === 'present' ? importedHttpApi(apiProp.node) : null;
    for (const api of apis) {
      const authorization = evaluateRoute(givenByCalls(props.get('authorizer')), api, imported !== null);
      const apiConstruct = api ?? imported;
      const ids = [constructId(node, sourceCode), apiConstruct === null ? null : constructId(apiConstruct, sourceCode)];
      if (authorization === null) continue;
      if (key.path === '$default' ? isAllowed([...ids, '$default']) : isAllowed(ids, key.path, key.method)) continue;
      const route = key.path === '$default' ? '$default' : routeName(key.method, key.path);
      reportRoute(authorization, constructPropsNode(node), node.callee, route, api);
    }
  }

  /** 'HTTP' / 'WEBSOCKET' when the CfnRoute's apiId provably belongs to such an API, else null. */
  function apiProtocol(value: PropValue): string | null {
    if (value.state !== 'present') return null;
    const expression = resolveBoundExpression(value.node, sourceCode);
    if (expression.type !== AST_NODE_TYPES.MemberExpression) return null;
    const creation = resolveInstance(expression.object, sourceCode);
    if (creation === null) return null;
    const ref = cdkCallee(creation.creation, sourceCode);
    if (isCdk(ref, 'aws-apigatewayv2', ['HttpApi'])) return 'HTTP';
    if (isCdk(ref, 'aws-apigatewayv2', ['WebSocketApi'])) return 'WEBSOCKET';
    if (!isCdk(ref, 'aws-apigatewayv2', ['CfnApi'])) return null;
    return stringOf(constructProps(creation.creation, sourceCode).get('protocolType'))?.toUpperCase() ?? null;
  }

  function checkCfnRoute(node: TSESTree.NewExpression): void {
    const props = constructProps(node, sourceCode);
    const protocol = apiProtocol(props.get('apiId'));
    const id = constructId(node, sourceCode);
    checkL1Route(props, protocol, constructPropsNode(node), node.callee, id, mayGetTargetLater(node));
  }

  /**
   * May code after the construct's creation give the L1 route its `target`: it is kept in a variable the file
   * writes `target` on or overrides properties of (`route.target = …`, `route.addPropertyOverride('Target', …)`),
   * or on a member or elsewhere the rule does not follow (`this.route = new CfnRoute(…)`)?
   */
  function mayGetTargetLater(node: TSESTree.NewExpression): boolean {
    const held = heldIn(node);
    if (held.kind !== 'variable') return held.kind === 'elsewhere';
    return held.variable.references.some((reference) => {
      if (reference.init === true) return false;
      const use = outermostTypeWrapper(reference.identifier as TSESTree.Node);
      const member = use.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== use) return true;
      const name = getPropertyName(member);
      if (name === 'target') return isWriteTarget(member);
      return name === null || L1_OVERRIDE_METHODS.has(name);
    });
  }

  /**
   * An HTTP API made by quick create (CDK's `CfnApi`, Pulumi's `aws.apigatewayv2.Api`, CloudFormation's `Target` and
   * `RouteKey` of `AWS::ApiGatewayV2::Api`): given a `target`, API Gateway adds the integration, one route
   * (`$default` unless `routeKey` names another) and an auto-deployed `$default` stage. Quick create has no setting
   * for the route's authorization, so the route is open. Quiet: a protocol other than HTTP or one the rule cannot
   * read (WebSocket APIs have no quick create), an OpenAPI `body` (the API is described there), a `target` that may be
   * left out (`cond ? arn : undefined`), a route key that cannot be read, `OPTIONS`.
   */
  function checkQuickCreateApi(
    props: Props,
    container: TSESTree.Node | null,
    fallback: TSESTree.Node,
    id: string | null,
  ): void {
    if (props.kind !== 'object' || stringOf(props.get('protocolType'))?.toUpperCase() !== 'HTTP') return;
    const target = props.get('target');
    if (target.state !== 'present' || (target.value.kind === 'unknown' && mayBeLeftOut(target.node))) return;
    if (props.get('body').state !== 'absent' || props.get('bodyS3Location').state !== 'absent') return;
    const routeKeyProp = props.get('routeKey');
    const routeKey =
      routeKeyProp.state === 'absent' || isDefaultRouteKeyMember(routeKeyProp) ? '$default' : stringOf(routeKeyProp);
    if (routeKey === null) return;
    const parsed = parseRouteKey(routeKey);
    if (parsed === null) return;
    // The `$default` route is allowed by an id only, as every other one (it serves every path)
    if (isAllowed([id, parsed.path === null ? '$default' : null], parsed.path ?? undefined, parsed.method)) return;
    // On the route key that names the route, else on the target that makes the `$default` one
    const shown = routeKeyProp.state === 'present' ? routeKeyProp.node : target.node;
    const at = container !== null && isInside(shown, container) ? shown : fallback;
    report(at, 'quickCreateRouteWithoutAuthorization', { route: parsed.route }, { kind: 'api', api: null });
  }

  /** `cond ? arn : undefined`, `enabled && arn`: a value that may be left out (nullish or false). */
  function mayBeLeftOut(node: TSESTree.Node, depth = 0): boolean {
    const value = resolveBoundExpression(node, sourceCode);
    if (depth > 4) return true;
    if (value.type === AST_NODE_TYPES.ConditionalExpression) {
      return mayBeLeftOut(value.consequent, depth + 1) || mayBeLeftOut(value.alternate, depth + 1);
    }
    if (value.type === AST_NODE_TYPES.LogicalExpression) {
      return value.operator === '&&' || mayBeLeftOut(value.right, depth + 1);
    }
    const known = getStaticValue(value, sourceCode);
    return isNullish(known) || known.kind === 'boolean';
  }

  /**
   * The props of a REST API resource (Pulumi's `aws.apigateway.RestApi`, CDK for Terraform's `ApiGatewayRestApi`):
   * `PRIVATE` endpoint types, a resource policy, or unreadable.
   */
  function mayBePrivateProviderApi(args: Props): boolean {
    if (args.kind === 'unknown') return true;
    // A resource policy may admit only some callers (not read: Pulumi's is JSON text or a document output)
    if (args.get('policy').state !== 'absent') return true;
    const endpoint = args.get('endpointConfiguration');
    if (endpoint.state === 'absent') return false;
    if (endpoint.state === 'unknown') return true;
    const types = readProps(endpoint.node, sourceCode).get('types');
    if (types.state !== 'present') return types.state === 'unknown';
    const list = types.value.kind === 'array' ? types.value.elements : [types.value];
    return list.some((type) => type.kind !== 'string' || type.value.toUpperCase() === 'PRIVATE');
  }



  /**
   * The props of the resource that `value` (`api.id`, `api`) names: a `new` of the file that `isResource` accepts,
   * its props at `argsIndex` (Pulumi's `new aws.<path>(name, args)`, CDK for Terraform's `new X(scope, id, config)`).
   */
  function boundResourceArgs(
    value: PropValue,
    isResource: (creation: TSESTree.NewExpression) => boolean,
    argsIndex: number,
  ): Props | null {
    if (value.state !== 'present') return null;
    let expression = resolveBoundExpression(value.node, sourceCode);
    if (expression.type === AST_NODE_TYPES.MemberExpression) {
      expression = resolveBoundExpression(expression.object, sourceCode);
    }
    if (expression.type !== AST_NODE_TYPES.NewExpression || !isResource(expression)) return null;
    // Arguments spread from elsewhere: props that cannot be read
    const spread = expression.arguments.find((argument) => argument.type === AST_NODE_TYPES.SpreadElement);
    return readProps(spread ?? expression.arguments[argsIndex], sourceCode);
  }


  /**
   * An HTTP API route written as CloudFormation has it (CDK's `CfnRoute`, Pulumi's `aws.apigatewayv2.Route`): open
   * without an authorization type or with NONE, unless an authorizer is set; WebSocket routes and routes with no
   * `target` (no integration) are not judged.
   */
  function checkL1Route(
    props: Props,
    protocol: string | null,
    container: TSESTree.Node | null,
    fallback: TSESTree.Node,
    id: string | null,
    targetMaySetLater = false,
  ): void {
    if (props.kind !== 'object') return;
    // No `target`: no integration behind the route, nothing runs for its callers (a REST method without one, too)
    if (props.get('target').state === 'absent' && !targetMaySetLater) return;
    const routeKeyProp = props.get('routeKey');
    // `HttpRouteKey.DEFAULT.key`: CDK's own name for '$default'
    const routeKeys = isDefaultRouteKeyMember(routeKeyProp) ? ['$default'] : routeKeyChoices(routeKeyProp);
    if (routeKeys === null || routeKeys.length === 0) return;
    if (protocol === 'WEBSOCKET') return;
    // Each key a loop gives is a route of its own (an OPTIONS one a preflight); one of a choice that cannot be read,
    // or is a preflight, leaves the route unjudged
    const looped = routeKeys.length > 1 && routeKeyProp.state === 'present' && isLooped(routeKeyProp.node);
    const parsedKeys = routeKeys
      .filter((key) => !(looped && /^OPTIONS\s/iu.test(key)))
      .map((key) => parseRouteKey(key));
    if (parsedKeys.length === 0 || parsedKeys.some((parsed) => parsed === null)) return;
    const typeValue = props.get('authorizationType');
    let noneNode: TSESTree.Node | null = null;
    if (typeValue.state === 'unknown') return;
    if (typeValue.state === 'present') {
      const type =
        cdkEnumMember(typeValue.node, sourceCode, 'aws-apigatewayv2', 'HttpRouteAuthorizationType') ??
        (typeValue.value.kind === 'string' ? typeValue.value.value : null);
      if (type !== 'NONE') return;
      noneNode = typeValue.node;
    } else if (props.get('authorizerId').state !== 'absent') {
      return;
    }
    // The `$default` route is allowed by an id only, as SST's (it serves every path no other route matches)
    const open = parsedKeys.filter(
      (parsed) => !isAllowed([id, parsed!.route === '$default' ? '$default' : null], parsed!.path ?? undefined, parsed!.method),
    );
    if (open.length === 0) return;
    const route = open.map((parsed) => parsed!.route).join('|');
    reportRoute({ open: true, noneNode }, container, fallback, route, null);
  }

  /**
   * The route keys `routeKey` may hold: written there; each of a choice (`cond ? 'GET /a' : 'POST /a'`, both known);
   * each a loop over a known list gives (`for (const key of ['GET /a', 'POST /b'])`, or a member of its rows, where
   * the resource is made on every pass). Null when one is unknown.
   */
  function routeKeyChoices(value: PropValue, depth = 0): string[] | null {
    if (value.state !== 'present') return null;
    const text = stringOf(value);
    if (text !== null) return [text];
    const target = resolveBoundExpression(value.node, sourceCode);
    if (target.type === AST_NODE_TYPES.ConditionalExpression && depth < 4) {
      const branches = [target.consequent, target.alternate].map((branch) =>
        routeKeyChoices({ state: 'present', node: branch, value: getStaticValue(branch, sourceCode) }, depth + 1),
      );
      if (branches[0] === null || branches[1] === null) return null;
      return [...new Set([...branches[0]!, ...branches[1]!])];
    }
    const rows = loopValuesOf(target);
    if (rows === null) return getStaticString(target, sourceCode) === null ? null : [getStaticString(target, sourceCode)!];
    const keys: string[] = [];
    for (const row of rows) {
      if (row.kind !== 'string') return null;
      if (!keys.includes(row.value)) keys.push(row.value);
    }
    return keys;
  }

  /**
   * The values a loop variable, or a member of one, takes where the code runs on every pass (no condition chooses it
   * in the loop's body, which skips no pass); null when none.
   */
  function loopValuesOf(target: TSESTree.Node): ReturnType<typeof getLoopValues> {
    if (!runsOnEveryPass(target)) return null;
    return getLoopValues(target, sourceCode) ?? getLoopMemberValues(target, sourceCode);
  }

  /** Does `node` take its value from a loop (see `loopValuesOf`)? */
  function isLooped(node: TSESTree.Node): boolean {
    return loopValuesOf(resolveBoundExpression(node, sourceCode)) !== null;
  }

  /**
   * Pulumi's resources (`@pulumi/aws`, or SST v3's global `aws`), read as their CloudFormation twins:
   * `aws.lambda.FunctionUrl` (`authorizationType`), `aws.apigateway.Method` (`authorization`) and
   * `aws.apigatewayv2.Route`. The resource's name (the first argument) is its id for `allowPublic`. False when
   * `node` is not a Pulumi resource.
   */
  function checkPulumiResource(node: TSESTree.NewExpression): boolean {
    if (isPulumiRestApiComponent(node.callee, sourceCode)) {
      checkPulumiRestApiRoutes(node);
      return true;
    }
    const path = pulumiAwsPath(node.callee, sourceCode)?.join('.');
    if (path === undefined) return false;
    if (hasSpread(node)) return true;
    const nameNode = node.arguments[0];
    const id = nameNode === undefined ? null : getStaticString(nameNode, sourceCode);
    const propsNode = node.arguments[1] ?? null;
    const props = readProps(propsNode, sourceCode);
    const resource = PULUMI_RESOURCES.get(path);
    if (resource === undefined) return true;
    const argsOf = (value: PropValue, api: 'rest' | 'http'): Props | null => {
      const apiPath = api === 'rest' ? 'apigateway.RestApi' : 'apigatewayv2.Api';
      return boundResourceArgs(value, (creation) => pulumiAwsPath(creation.callee, sourceCode)?.join('.') === apiPath, 1);
    };
    checkProviderResource(resource, props, propsNode, node.callee, id, argsOf, 'restApi');
    return true;
  }

  /**
   * Pulumi's API Gateway component (`new apigateway.RestAPI(name, { routes })`): it writes each route as a method of
   * a Swagger spec, open (authorization NONE) unless the route sets `authorizers` (Lambda or Cognito) or
   * `iamAuthEnabled`. Each route with an `eventHandler` (a Lambda) and neither is reported. Quiet: OPTIONS, routes
   * that cannot be read, an API given a `swaggerString` (its routes are not used) or `restApiArgs` with PRIVATE
   * endpoints or a resource policy. The API's and the function's names are ids for `allowPublic`.
   */
  function checkPulumiRestApiRoutes(node: TSESTree.NewExpression): void {
    if (hasSpread(node)) return;
    const args = readProps(node.arguments[1], sourceCode);
    if (args.kind !== 'object' || args.get('swaggerString').state !== 'absent') return;
    if (mayBePrivateProviderApi(readNestedProps(args.get('restApiArgs')))) return;
    const routes = args.get('routes');
    if (routes.state !== 'present' || routes.value.kind !== 'array') return;
    const apiName = node.arguments[0] === undefined ? null : getStaticString(node.arguments[0], sourceCode);
    for (const route of routes.value.elements.slice(0, MAX_PULUMI_ROUTES)) {
      if (route.kind === 'object' && !route.hasUnknownKeys) checkPulumiRoute(route.properties, apiName, node);
    }
  }

  function checkPulumiRoute(
    route: ReadonlyMap<string, StaticProperty>,
    apiName: string | null,
    api: TSESTree.NewExpression,
  ): void {
    const handler = route.get('eventHandler');
    // Static, integration and raw-data routes serve no function of the file
    if (handler === undefined || isNullish(handler.value)) return;
    // A function that only answers a literal is a canned response, as a mock integration's
    if (handler.property !== null && answersCannedResponse(handler.property.value)) return;
    let noneNode: TSESTree.Node | null = null;
    const authorizers = route.get('authorizers');
    if (authorizers !== undefined && !isNullish(authorizers.value)) {
      // One authorizer, a list of them, or something the rule cannot read: not open
      if (authorizers.value.kind !== 'array' || authorizers.value.elements.length > 0) return;
      noneNode = authorizers.property?.value ?? null;
    }
    if (isSet(route.get('iamAuthEnabled'))) return;
    if (apiKeyCountsAsAuth && isSet(route.get('apiKeyRequired'))) return;
    const method = route.get('method')?.value;
    if (method?.kind !== 'string' || method.value.toUpperCase() === 'OPTIONS') return;
    const pathValue = route.get('path')?.value;
    const path =
      pathValue?.kind !== 'string' ? null : pathValue.value.startsWith('/') ? pathValue.value : `/${pathValue.value}`;
    const handlerNode = handler.property?.value ?? null;
    if (isAllowed([apiName, handlerNode === null ? null : pulumiFunctionName(handlerNode)], path)) return;
    const at = noneNode ?? handler.keyNode ?? api.callee;
    const data = { route: routeName(method.value.toUpperCase(), path) };
    report(at, 'pulumiRouteWithoutAuthorization', data, { kind: 'framework' });
  }

  /**
   * A route's function that reads none of its input, awaits and calls nothing, and only answers a literal (`async () =>
   * ({ statusCode: 200, body: 'Hello, world!' })`), written in place or as the `callback` of a Pulumi
   * `CallbackFunction`: a canned response, with nothing behind it to protect.
   */
  function answersCannedResponse(node: TSESTree.Node): boolean {
    let fn = resolveBoundExpression(node, sourceCode);
    if (fn.type === AST_NODE_TYPES.NewExpression && pulumiAwsPath(fn.callee, sourceCode)?.join('.') === 'lambda.CallbackFunction') {
      const callback = readProps(argumentAt(fn, 1), sourceCode).get('callback');
      if (callback.state !== 'present') return false;
      fn = resolveBoundExpression(callback.node, sourceCode);
    }
    if (!isFunctionLike(fn) || fn.body === null || fn.body === undefined) return false;
    if (sourceCode.getDeclaredVariables(fn).some((variable) => variable.references.length > 0)) return false;
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return isLiteralAnswer(fn.body, 0);
    const statements = fn.body.body;
    return (
      statements.length === 1 &&
      statements[0]!.type === AST_NODE_TYPES.ReturnStatement &&
      statements[0].argument !== null &&
      isLiteralAnswer(statements[0].argument, 0)
    );
  }

  /** `{ statusCode: 200, body: 'ok' }`: literals, and objects and arrays of them, nothing computed or read. */
  function isLiteralAnswer(node: TSESTree.Node, depth: number): boolean {
    if (depth > 8) return false;
    const value = skipTypeWrappers(node);
    switch (value.type) {
      case AST_NODE_TYPES.Literal:
        return !('regex' in value);
      case AST_NODE_TYPES.TemplateLiteral:
        return value.expressions.length === 0;
      case AST_NODE_TYPES.ArrayExpression:
        return value.elements.every((element) => element !== null && isLiteralAnswer(element, depth + 1));
      case AST_NODE_TYPES.ObjectExpression:
        return value.properties.every(
          (property) =>
            property.type === AST_NODE_TYPES.Property &&
            property.kind === 'init' &&
            !property.method &&
            !property.computed &&
            isLiteralAnswer(property.value, depth + 1),
        );
      default:
        return false;
    }
  }

  /** The name of the Pulumi function `new aws.lambda.CallbackFunction(name, …)` that `node` holds, else null. */
  function pulumiFunctionName(node: TSESTree.Node): string | null {
    const fn = resolveBoundExpression(node, sourceCode);
    if (fn.type !== AST_NODE_TYPES.NewExpression || pulumiAwsPath(fn.callee, sourceCode)?.[0] !== 'lambda') return null;
    return fn.arguments[0] === undefined ? null : getStaticString(fn.arguments[0], sourceCode);
  }

  // -----------------------------------------------------------------------------------------------------------
  // SAM resources written in CDK (aws-sam): a function's Api / HttpApi events and its function URL

  /**
   * `new sam.CfnFunction(…)`: `functionUrlConfig.authType` NONE; each `Api` event (a REST method) and `HttpApi`
   * event (an HTTP API route) that no authorizer guards, neither its own `auth.authorizer` nor the default
   * authorizer of the SAM API it names. An event without an API id goes to the API SAM creates implicitly, which
   * has no authorizer.
   */
  function checkSamFunction(node: TSESTree.NewExpression): void {
    const props = constructProps(node, sourceCode);
    if (props.kind !== 'object') return;
    const container = constructPropsNode(node);
    const functionName = constructId(node, sourceCode);
    const urlAuth = readNestedProps(props.get('functionUrlConfig')).get('authType');
    reportFunctionUrl(urlAuth, container, node.callee, [functionName]);
    const events = props.get('events');
    if (events.state !== 'present' || events.value.kind !== 'object') return;
    const eventsProps = readNestedProps(events);
    for (const [name, event] of events.value.properties) {
      const eventProps = readNestedProps(eventsProps.get(name));
      const type = stringOf(eventProps.get('type'));
      if (type !== 'Api' && type !== 'HttpApi') continue;
      // An HttpApi event without properties is the `$default` route of SAM's implicit HTTP API
      const properties = readNestedProps(eventProps.get('properties'));
      if (properties.kind === 'unknown') continue;
      const fallback = event.keyNode !== null && container !== null && isInside(event.keyNode, container)
        ? event.keyNode
        : node.callee;
      checkSamEvent(type, properties, container, fallback, functionName);
    }
  }

  /**
   * An `Api` event (a REST method: `method` and `path`, `restApiId`) or an `HttpApi` event (an HTTP API route:
   * `method` and `path`, both optional, `apiId`).
   */
  function checkSamEvent(
    type: 'Api' | 'HttpApi',
    properties: Props,
    container: TSESTree.Node | null,
    fallback: TSESTree.Node,
    functionName: string | null,
  ): void {
    const methodValue = properties.get('method');
    const pathValue = properties.get('path');
    if (methodValue.state === 'unknown' || pathValue.state === 'unknown') return;
    // An HttpApi event with neither method nor path is the API's catch-all `$default` route
    const isDefault = type === 'HttpApi' && methodValue.state === 'absent' && pathValue.state === 'absent';
    const verb = methodValue.state === 'absent' && type === 'HttpApi' ? 'ANY' : stringOf(methodValue)?.toUpperCase();
    const path = stringOf(pathValue);
    if (verb === undefined || verb === 'OPTIONS' || (pathValue.state === 'present' && path === null)) return;
    const api =
      type === 'Api' ? samApi(properties.get('restApiId'), 'CfnApi') : samApi(properties.get('apiId'), 'CfnHttpApi');
    if (api === null || (api !== 'implicit' && type === 'Api' && isPrivateSamApi(api))) return;
    const apiAuth = api === 'implicit' ? null : readNestedProps(constructProps(api, sourceCode).get('auth'));
    const authorization = evaluateSamEvent(properties, apiAuth);
    if (authorization === null || !authorization.open) return;
    const ids = [functionName, api === 'implicit' ? null : constructId(api, sourceCode)];
    if (isDefault ? isAllowed([...ids, '$default']) : isAllowed(ids, path)) return;
    const none = authorization.noneNode;
    const data = { event: type, route: isDefault ? '$default' : routeName(verb, path) };
    if (none !== null && container !== null && isInside(none, container)) {
      report(none, 'samEventAuthorizationNone', data, { kind: 'sam' });
    } else {
      report(fallback, none === null ? 'samEventWithoutAuthorization' : 'samEventAuthorizationNone', data, {
        kind: 'sam',
      });
    }
  }

  /**
   * The SAM API an event's `restApiId` / `apiId` names (`api.ref` of a `new sam.CfnApi(…)`), 'implicit' when it
   * names none (SAM's own API, without authorizers), null when it cannot be followed (`{ Ref: 'Api' }`, an import)
   * or the API is described by an OpenAPI definition the rule does not read.
   */
  function samApi(value: PropValue, className: string): TSESTree.NewExpression | 'implicit' | null {
    if (value.state === 'absent') return 'implicit';
    if (value.state === 'unknown') return null;
    const reference = resolveBoundExpression(value.node, sourceCode);
    if (reference.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(reference) !== 'ref') return null;
    const api = resolveBoundExpression(reference.object, sourceCode);
    if (api.type !== AST_NODE_TYPES.NewExpression || !isCdk(cdkCallee(api, sourceCode), 'aws-sam', [className])) {
      return null;
    }
    const apiProps = constructProps(api, sourceCode);
    if (apiProps.kind !== 'object') return null;
    if (apiProps.get('definitionBody').state !== 'absent' || apiProps.get('definitionUri').state !== 'absent') {
      return null;
    }
    return api;
  }

  /** `endpointConfiguration: 'PRIVATE'` / `{ type: 'PRIVATE' }` on a SAM API, or one the rule cannot read. */
  function isPrivateSamApi(api: TSESTree.NewExpression): boolean {
    const endpoint = constructProps(api, sourceCode).get('endpointConfiguration');
    if (endpoint.state === 'absent') return false;
    if (endpoint.state === 'unknown') return true;
    const type = endpoint.value.kind === 'string' ? endpoint : readNestedProps(endpoint).get('type');
    if (type.state === 'absent') return false;
    return type.state === 'unknown' || type.value.kind !== 'string' || type.value.value.toUpperCase() === 'PRIVATE';
  }

  /**
   * SAM's rule: the event's own `auth.authorizer` decides (`'NONE'` opens it even under a default authorizer),
   * else the API's `auth.defaultAuthorizer`, else it is open. A resource policy (which may admit only some
   * accounts, VPCs or addresses) or an API key the option counts makes it unknown.
   */
  function evaluateSamEvent(properties: Props, apiAuth: Props | null): Authorization | null {
    const auth = readNestedProps(properties.get('auth'));
    if (auth.kind === 'unknown' || apiAuth?.kind === 'unknown') return null;
    const levels = apiAuth === null ? [auth] : [auth, apiAuth];
    if (levels.some((level) => level.get('resourcePolicy').state !== 'absent')) return null;
    if (apiKeyCountsAsAuth) {
      // The event's own setting wins over the API's
      const ownKey = auth.get('apiKeyRequired');
      if (mayRequireApiKey(ownKey.state === 'absent' && apiAuth !== null ? apiAuth.get('apiKeyRequired') : ownKey)) {
        return null;
      }
    }
    const own = auth.get('authorizer');
    if (own.state === 'unknown') return null;
    if (own.state === 'present') {
      const name = stringOf(own);
      if (name === null) return null;
      return name === 'NONE' ? { open: true, noneNode: own.node } : AUTHORIZED;
    }
    const inherited = apiAuth?.get('defaultAuthorizer') ?? { state: 'absent' };
    if (inherited.state === 'unknown') return null;
    if (inherited.state === 'present') {
      return stringOf(inherited) === 'NONE' ? { open: true, noneNode: null } : AUTHORIZED;
    }
    return { open: true, noneNode: null };
  }

  // -----------------------------------------------------------------------------------------------------------
  // Helpers

  /**
   * The HTTP verb written as `node`, upper-cased; `cond ? 'POST' : 'GET'` gives both (`POST|GET`) when each is
   * known, and so does a loop variable over a known array (`for (const verb of ['GET', 'POST'])`); null when one
   * is OPTIONS (that branch is a CORS preflight) or unknown.
   */
  function staticVerb(node: TSESTree.Node | undefined, depth = 0): string | null {
    if (node === undefined) return null;
    const target = resolveBoundExpression(node, sourceCode);
    if (target.type === AST_NODE_TYPES.ConditionalExpression && depth < 4) {
      const whenTrue = staticVerb(target.consequent, depth + 1);
      const whenFalse = staticVerb(target.alternate, depth + 1);
      if (whenTrue === null || whenFalse === null) return null;
      const verbs = [...new Set([...whenTrue.split('|'), ...whenFalse.split('|')])];
      return verbs.includes('OPTIONS') ? null : verbs.join('|');
    }
    // A loop variable's values (as before), or a member of one (`route.verb`) where the call runs on every pass
    const looped = loopValuesOf(target);
    if (looped === null) return getStaticString(target, sourceCode)?.toUpperCase() ?? null;
    // Each iteration adds its own method: the OPTIONS one is a preflight, the others are judged
    const verbs = new Set<string>();
    for (const value of looped) {
      if (value.kind !== 'string') return null;
      if (value.value.toUpperCase() !== 'OPTIONS') verbs.add(value.value.toUpperCase());
    }
    return verbs.size === 0 ? null : [...verbs].join('|');
  }

  /**
   * The verb a method resource's `httpMethod` holds, upper-cased: written there, or a choice or a loop's (see
   * `staticVerb`).
   */
  function propVerb(value: PropValue): string | null {
    return value.state === 'present' ? staticVerb(value.node) : null;
  }

  function stringOf(value: PropValue): string | null {
    return value.state === 'present' && value.value.kind === 'string' ? value.value.value : null;
  }

  function awsIamFix(node: TSESTree.Node): TSESLint.ReportFixFunction | null {
    const target = unwrapExpression(node);
    if (target.type === AST_NODE_TYPES.MemberExpression) {
      const property = target.property;
      if (!target.computed && property.type === AST_NODE_TYPES.Identifier && property.name === 'NONE') {
        return (fixer) => fixer.replaceText(property, 'AWS_IAM');
      }
      return target.computed ? stringFix(property) : null;
    }
    return stringFix(target);
  }

  function stringFix(node: TSESTree.Node): TSESLint.ReportFixFunction | null {
    if (node.type === AST_NODE_TYPES.Literal && node.value === 'NONE') {
      const quote = node.raw.charAt(0);
      return (fixer) => fixer.replaceText(node, `${quote}AWS_IAM${quote}`);
    }
    if (
      node.type === AST_NODE_TYPES.TemplateLiteral &&
      node.expressions.length === 0 &&
      node.quasis[0]?.value.cooked === 'NONE'
    ) {
      return (fixer) => fixer.replaceText(node, '`AWS_IAM`');
    }
    return null;
  }

  const serverlessListeners: TSESLint.RuleListener = {
    ...(serverless?.httpEvents === true ? { [SERVERLESS_EVENTS_PROPERTY]: checkServerlessEvents } : {}),
    ...(serverless?.urls === true ? { [SERVERLESS_URL_PROPERTY]: checkServerlessUrl } : {}),
  };
  if (!awsCode && !pulumi) return { ...serverlessListeners, 'Program:exit': flush };
  return {
    ...serverlessListeners,
    AssignmentExpression: checkAssignment,
    'Program:exit': flush,
    CallExpression(node) {
      const callee = unwrapExpression(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const method = getPropertyName(callee);
      if (method === null || !CALL_METHODS.has(method)) return;
      switch (method) {
        case 'addFunctionUrl':
          checkAddFunctionUrl(node, callee);
          break;
        case 'addMethod':
          checkAddMethod(node, callee);
          break;
        case 'addProxy':
          checkAddProxy(node, callee);
          break;
        case 'addRoutes': {
          // SST v2's `api.addRoutes(stack, routes)`, else CDK's `httpApi.addRoutes({ … })`
          const sstApi = importsSstConstructs(sourceCode) ? sstConstructApi(callee.object) : null;
          if (sstApi !== null) checkSstConstructRoutes(sstApi, node.arguments[1]);
          else checkAddRoutes(node, callee);
          break;
        }
        case 'addPropertyOverride':
        case 'addOverride':
          checkOverride(node);
          break;
        case 'route':
          if (usesSst(sourceCode)) checkSstRoute(node, callee);
          break;
        case 'addToResourcePolicy': {
          // As a `policy` prop may: the API's methods are not judged (unknown means quiet). Buckets, keys and
          // topics have the method too: only a file that names a REST API class can hold one
          if (!(restApiMentioned ??= mayMention(sourceCode, 'RestApi'))) break;
          for (const api of resolveRestApis(callee.object, sourceCode) ?? []) overriddenApis.add(api);
          break;
        }
        default:
          // createFunctionUrlConfig / updateFunctionUrlConfig on an SDK Lambda client
          if (isSdkLambdaClient(callee.object, sourceCode)) {
            checkSdkUrlConfig(argumentAt(node, 0), node, callee.property);
          }
      }
    },
    NewExpression(node) {
      // SST's `Api` and `ApiGatewayV1Api` (v2's `sst/constructs`, v1's `@serverless-stack/resources`): their routes
      const callee = unwrapExpression(node.callee);
      const name = simpleName(callee);
      if (cdktf && ((name !== null && CDKTF_RESOURCES.has(name)) || callee.type === AST_NODE_TYPES.Identifier)) {
        if (checkCdktfResource(node)) return;
      }
      // Also under another name (`import { Api as SSTApi } from 'sst/constructs'`), which the import binds
      const mayBeSstApi = name === 'Api' || name === 'ApiGatewayV1Api' || callee.type === AST_NODE_TYPES.Identifier;
      if (mayBeSstApi && importsSstConstructs(sourceCode)) {
        const api = sstConstructApi(node);
        if (api?.node === node) {
          const props = hasSpread(node) ? null : node.arguments[2];
          const routes = props === null || props === undefined ? undefined : readProps(props, sourceCode).get('routes');
          if (routes?.state === 'present') checkSstConstructRoutes(api, routes.node);
          return;
        }
      }
      // AWS Solutions Constructs' proxying REST APIs in front of a function, built from `apiGatewayProps`
      if (name !== null && SOLUTIONS_LAMBDA_REST_APIS.has(name) && checkSolutionsLambdaRestApi(node)) return;
      // SST's `Function` (`sst.aws.Function`, or v2's import, also under another name), in a file that spells SST
      const mayBeSstFunction = name === 'Function' || (callee.type === AST_NODE_TYPES.Identifier && mayBeSstApi);
      if (mayBeSstFunction && usesSst(sourceCode)) {
        const version = sstFunctionVersion(node);
        if (version !== null) {
          checkSstFunctionUrl(node, version);
          return;
        }
      }
      // A Pulumi resource is no CDK construct (a file may use both: `FunctionUrl` and `Method` are CDK names too)
      if (pulumi && calleeMayBeExport(node, sourceCode, isPulumiApiResourceName) && checkPulumiResource(node)) return;
      // Most constructs are neither APIs nor function URLs: those written as another name need no lookup
      if (!calleeMayBeExport(node, sourceCode, isApiCreationName)) return;
      // Shared with the other rules that look every construct up
      const api = calleeAwsApi(node, sourceCode);
      if (api === null) return;
      if (api.family === 'sdk-v3') {
        if (api.service === 'lambda' && api.path.length === 1 && SDK_URL_COMMANDS.has(api.export ?? '')) {
          checkSdkUrlConfig(argumentAt(node, 0), node, node.callee);
        }
        return;
      }
      if (api.family !== 'cdk' || api.path.length !== 1) return;
      const submodule = api.submodule?.replace(/-alpha$/u, '') ?? null;
      // Every class named here is in API_CONSTRUCT_CLASSES: the gate above lets no other name through
      switch (`${submodule}:${api.export}`) {
        case 'aws-lambda:FunctionUrl': {
          const props = constructProps(node, sourceCode);
          const fn = props.get('function');
          const ids = [constructId(node, sourceCode), fn.state === 'present' ? functionId(fn.node) : null];
          reportFunctionUrl(props.get('authType'), constructPropsNode(node), node.callee, ids);
          break;
        }
        case 'aws-lambda:CfnUrl':
          reportFunctionUrl(constructProps(node, sourceCode).get('authType'), constructPropsNode(node), node.callee, [
            constructId(node, sourceCode),
          ]);
          break;
        case 'aws-apigateway:LambdaRestApi':
          checkLambdaRestApi(node);
          break;
        case 'aws-apigateway:StepFunctionsRestApi':
          checkStepFunctionsRestApi(node);
          break;
        case 'aws-apigateway:Method':
          checkMethodConstruct(node);
          break;
        case 'aws-apigateway:CfnMethod':
          checkCfnMethod(node);
          break;
        case 'aws-apigateway:ProxyResource':
          checkProxyResource(node);
          break;
        case 'aws-apigatewayv2:HttpApi':
          checkHttpApi(node);
          break;
        case 'aws-apigatewayv2:HttpRoute':
          checkHttpRoute(node);
          break;
        case 'aws-apigatewayv2:CfnRoute':
          checkCfnRoute(node);
          break;
        case 'aws-apigatewayv2:CfnApi': {
          const props = constructProps(node, sourceCode);
          checkQuickCreateApi(props, constructPropsNode(node), node.callee, constructId(node, sourceCode));
          break;
        }
        case 'aws-sam:CfnFunction':
          checkSamFunction(node);
          break;
      }
    },
  };
}

function isNullish(value: StaticValue): boolean {
  return value.kind === 'undefined' || value.kind === 'null';
}

/** A route setting (`iamAuthEnabled`, `apiKeyRequired`) written as anything but absent, `false` or nullish. */
function isSet(property: StaticProperty | undefined): boolean {
  if (property === undefined || isNullish(property.value)) return false;
  return !(property.value.kind === 'boolean' && !property.value.value);
}

/** `apiKeyRequired` set to anything but `false` (or unknown). */
function mayRequireApiKey(value: PropValue): boolean {
  if (value.state === 'absent') return false;
  return value.state === 'unknown' || !(value.value.kind === 'boolean' && !value.value.value);
}

function hasSpread(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  return node.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement);
}

/** A path pattern's segment: `**` (any number of segments), or the literal pieces between its `*`s. */
type PatternSegment = typeof GLOBSTAR | readonly string[];

const GLOBSTAR = Symbol('**');

/** `allowPublic` read once per options object: every entry (for ids and exact paths), and its path globs. */
interface PublicEntries {
  entries: ReadonlySet<string>;
  /** Path entries with a `*`, split into segments. */
  patterns: readonly (readonly PatternSegment[])[];
  /** Some entry is a path: a path that cannot be resolved might be one of them. */
  allowsPaths: boolean;
}

/** Keyed by the options object, which createRule shares between the files a config applies to. */
const publicEntriesCache = new WeakMap<object, PublicEntries>();

function publicEntriesOf(options: Options[0]): PublicEntries {
  let compiled = publicEntriesCache.get(options);
  if (compiled === undefined) {
    const entries = new Set((options.allowPublic ?? []).map(normaliseEntry));
    const paths = [...entries].filter((entry) => entry.startsWith('/'));
    const patterns = paths
      .filter((entry) => entry.includes('*'))
      .map((entry) => pathSegments(entry).map(compileSegment));
    compiled = { entries, patterns, allowsPaths: paths.length > 0 };
    publicEntriesCache.set(options, compiled);
  }
  return compiled;
}

/**
 * A path a client calls to get credentials, so it cannot require them: discovery documents under a `.well-known`
 * segment (RFC 8615: OpenID configuration, JWKS, OAuth server metadata), OAuth 2.0's token and authorization
 * endpoints (`…/oauth/token`, `…/oauth2/authorize`, the authorization's `callback`) and the endpoints whose caller
 * authenticates in the request itself, as at the token endpoint (`introspect`, RFC 7662; `revoke`, RFC 7009;
 * `device_authorization`, RFC 8628; `par`, RFC 9126) or that are open by design (`register`, dynamic client
 * registration, RFC 7591), and a sign-in or sign-up page or action as the last segment (`/login`, `/auth/signin`,
 * `/users/sign-up`). Case-insensitive.
 */
function isSignInPath(path: string): boolean {
  const segments = path
    .toLowerCase()
    .split('/')
    .filter((segment) => segment !== '');
  if (segments.includes('.well-known')) return true;
  const last = segments[segments.length - 1];
  if (last === undefined) return false;
  if (SIGN_IN_SEGMENTS.has(last) || getsCredentials(segments)) return true;
  // `oauth/token`, `oauth2/authorize`, `oauth/authorize/callback`, `oauth/introspect`
  const oauth = segments.findIndex((segment) => segment === 'oauth' || segment === 'oauth2');
  if (oauth === -1) return false;
  return OAUTH_PUBLIC_ENDPOINTS.has(segments.slice(oauth + 1).join('/'));
}

/** What follows `oauth/` (or `oauth2/`) in the path of an OAuth 2.0 endpoint a client calls without a token. */
const OAUTH_PUBLIC_ENDPOINTS: ReadonlySet<string> = new Set([
  'token',
  'authorize',
  'authorize/callback',
  'callback',
  'introspect',
  'revoke',
  'register',
  'device_authorization',
  'par',
]);

const SIGN_IN_SEGMENTS: ReadonlySet<string> = new Set(['login', 'signin', 'sign-in', 'signup', 'sign-up']);

/**
 * The other steps of a sign-in, by the path's last segment (its words split at `-` and `_`) and the one before it: a
 * one-time password sent or checked (`otp`, `send-otp`, `verify_otp`, `/otp/verify`), a session renewed with a refresh
 * token (`refresh-token`, `refresh-session`, `/auth/refresh`, `/auth/client-refresh`), a kind of user's or a
 * provider's sign-in (`client-login`, `admin-login`, `google-signin`: SIGN_IN_KINDS; not `force-login`), an account
 * made (`/register`, `/auth/register`; not `/devices/register`), a forgotten password and its steps (`forgot-password`,
 * `/forgot-password/verify`, `/auth/reset-password`) and Cognito's confirmations (`confirm-sign-up`,
 * `confirm-forgot-password`). Their
 * callers have no valid token yet, or an expired one. Only these forms, and not under a path parameter or an
 * `admin` segment (`/admin/users/{id}/disable-otp`, `/integrations/{id}/refresh-token` act on a resource):
 * `/cache/refresh`, `/otp/secrets` or `/otp/{proxy+}` are no such step.
 */
function getsCredentials(segments: readonly string[]): boolean {
  const last = segments[segments.length - 1]!;
  const before = segments[segments.length - 2];
  if (segments.some((segment, index) => index < segments.length - 1 && (segment.startsWith('{') || segment === 'admin'))) {
    return false;
  }
  const words = last.split(/[-_]/u);
  // `/auth/register`, `/users/reset-password`: an account made, or its password reset, by someone signed out
  const underAccounts = before === undefined || ACCOUNT_PARENTS.has(before);
  if (words.length === 1) {
    if (last === 'otp') return true;
    if (before === 'otp') return OTP_STEPS.has(last);
    // `/forgot-password/send`, `/forgot-password/verify`: the steps of the forgotten password's reset
    if (before !== undefined && FORGOT_PASSWORD.has(before)) return PASSWORD_RESET_STEPS.has(last);
    if (last === 'register') return underAccounts;
    return last === 'refresh' && REFRESH_PARENTS.has(before ?? '');
  }
  // `confirm-forgot-password`, `confirm-sign-up`: Cognito's confirmation steps, with a code the user was sent
  if (CONFIRMATION_STEPS.has(words.join('-'))) return true;
  if (words.length !== 2) return false;
  const [first, second] = words as [string, string];
  if (second === 'otp') return OTP_STEPS.has(first);
  if (first === 'otp') return OTP_STEPS.has(second);
  if (first === 'refresh') return second === 'token' || second === 'session';
  // `/auth/client-refresh`: a kind of user's session renewed, under a sign-in segment
  if (second === 'refresh') {
    return first === 'token' || first === 'session' || (SIGN_IN_KINDS.has(first) && REFRESH_PARENTS.has(before ?? ''));
  }
  // `client-login`, `admin-login`, `google-signin`: a kind of user's or a provider's sign-in
  if (SIGN_IN_SEGMENTS.has(second)) return SIGN_IN_KINDS.has(first);
  if (second !== 'password') return false;
  return first === 'forgot' || (first === 'reset' && underAccounts);
}

/** The segment before `register` or `reset-password` that makes it an account's (or none: `/register`). */
const ACCOUNT_PARENTS: ReadonlySet<string> = new Set(['auth', 'account', 'accounts', 'user', 'users', 'identity']);

/** A forgotten password's segment, whose steps follow it (`/forgot-password/verify`). */
const FORGOT_PASSWORD: ReadonlySet<string> = new Set(['forgot-password', 'forgot_password', 'forgotpassword']);

/** Confirmation steps of a sign-up or a password reset, with their words joined by `-`. */
const CONFIRMATION_STEPS: ReadonlySet<string> = new Set(['confirm-forgot-password', 'confirm-sign-up', 'confirm-signup']);

/**
 * Who signs in, or through what, before `login`, `signin` or `signup` (`client-login`, `google_signin`) or before
 * `refresh` under a sign-in segment (`/auth/client-refresh`): only these. Any other word may be an action on
 * sign-ins (`force-login`, `approve-signup`) or something else refreshed (`/auth/jwks-refresh`).
 */
const SIGN_IN_KINDS: ReadonlySet<string> = new Set([
  'user',
  'client',
  'customer',
  'admin',
  'staff',
  'employee',
  'member',
  'partner',
  'vendor',
  'merchant',
  'seller',
  'buyer',
  'agent',
  'guest',
  'patient',
  'doctor',
  'driver',
  'student',
  'teacher',
  'tenant',
  'mobile',
  'web',
  'app',
  'device',
  'social',
  'google',
  'facebook',
  'apple',
  'github',
  'microsoft',
  'twitter',
  'linkedin',
  'amazon',
  'okta',
  'saml',
  'oidc',
  'sso',
  'email',
  'phone',
  'sms',
  'magic',
  'passwordless',
]);

/** What a one-time password step does (`send-otp`, `otp/verify`). */
const OTP_STEPS: ReadonlySet<string> = new Set(['send', 'request', 'resend', 'verify', 'validate', 'check', 'confirm']);

/** What a step of a forgotten password's reset does (`send`, `verify`, `confirm`, `reset`). */
const PASSWORD_RESET_STEPS: ReadonlySet<string> = new Set([...OTP_STEPS, 'reset']);

/** The segment before a last segment `refresh` that makes it a session's (`/auth/refresh`, `/token/refresh`). */
const REFRESH_PARENTS: ReadonlySet<string> = new Set(['auth', 'token', 'tokens', 'session', 'sessions', 'oauth', 'oauth2']);
/**
 * The verbs a sign-in is called with: a page (`GET`, `HEAD`), a form or token request (`POST`), or `ANY` (the
 * function behind it answers them all). `DELETE /users/{id}/signup` or `PUT /oauth/token` is no sign-in. Unknown
 * (null or undefined) or a choice (`GET|POST`): each part must be one.
 */
function isSignInVerb(verb: string | null | undefined): boolean {
  if (verb === null || verb === undefined) return true;
  return verb.split('|').every((each) => SIGN_IN_VERBS.has(each.trim().toUpperCase()));
}

const SIGN_IN_VERBS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'ANY']);

/** `/` → none; `/auth/login` → `auth`, `login`. */
function pathSegments(path: string): string[] {
  return path === '/' ? [] : path.slice(1).split('/');
}

function compileSegment(segment: string): PatternSegment {
  return segment === '**' ? GLOBSTAR : segment.split('*');
}

/**
 * A path's segments against a pattern's: `*` matches any characters within one segment, a `**` segment any number
 * of segments (none too). The usual wildcard walk, backing up only to the last `**`: time linear in the product of
 * the two lengths, never exponential.
 */
function matchesPathPattern(pattern: readonly PatternSegment[], segments: readonly string[]): boolean {
  return wildcardWalk(
    pattern,
    segments,
    (unit) => unit === GLOBSTAR,
    (unit, segment) => unit !== GLOBSTAR && matchesSegment(unit, segment),
  );
}

/** One segment against the literal pieces of a segment pattern (the text between its `*`s), leftmost first. */
function matchesSegment(pieces: readonly string[], segment: string): boolean {
  const first = pieces[0]!;
  if (pieces.length === 1) return segment === first;
  // A greedy path parameter (`{proxy+}`) serves any depth below it: only `**` covers it
  if (segment.startsWith('{') && segment.endsWith('+}')) return false;
  const last = pieces[pieces.length - 1]!;
  if (segment.length < first.length + last.length || !segment.startsWith(first) || !segment.endsWith(last)) {
    return false;
  }
  let from = first.length;
  const end = segment.length - last.length;
  for (let index = 1; index < pieces.length - 1; index += 1) {
    const found = segment.indexOf(pieces[index]!, from);
    if (found === -1 || found + pieces[index]!.length > end) return false;
    from = found + pieces[index]!.length;
  }
  return true;
}

/** `/health/` → `/health`; ids stay as they are. */
function normaliseEntry(entry: string): string {
  return entry.length > 1 && entry.startsWith('/') && entry.endsWith('/') ? trimTrailing(entry, '/') || '/' : entry;
}

function routeName(method: string, path: string | null): string {
  return path === null ? method : `${method} ${path}`;
}
