import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import { describe } from 'vitest';
import rule, { type MessageIds, type Options } from '../../src/rules/require-api-authorization.js';
import { cjsRuleTester, jsRuleTester, tsRuleTester } from '../rule-tester.js';
import { itMatchesEslint9 } from './eslint-v9-parity.js';

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

/** A decorated stack class whose field-initialised function gets a URL with `authType`, next to deep nesting. */
const decoratedStack = (authType: string): string => `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
function construct(): ClassDecorator { return () => undefined; }
@construct()
export class Stack {
  @Reflect.metadata('k', 'v') readonly fn = new lambda.Function(this, 'F', { runtime, handler: 'h', code });
  constructor() {
    this.fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.${authType} });
    const deep = { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: { a: 1 } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } };
    new lambda.Function(this, 'G', {}).addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM, deep });
  }
}`;

const tsValid: Valid[] = [
  {
    name: "a route helper's authorizer parameter some call gives, or of an exported helper: other code may give one",
    code: `import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
declare const fn: never;
declare const authz: apigwv2.IHttpRouteAuthorizer;
const api = new apigwv2.HttpApi(undefined as never, 'Api');
const addSecured = (path: string, authorizer?: apigwv2.IHttpRouteAuthorizer) =>
  api.addRoutes({ path, methods: [apigwv2.HttpMethod.GET], integration: new HttpLambdaIntegration(path, fn), authorizer });
addSecured('/a', authz);
addSecured('/b');
export const addExported = (path: string, authorizer?: apigwv2.IHttpRouteAuthorizer) =>
  api.addRoutes({ path, methods: [apigwv2.HttpMethod.GET], integration: new HttpLambdaIntegration(path, fn), authorizer });
addExported('/c');`,
  },
  {
    name: 'the same with allowPublic: an unresolved path has the benefit of the doubt',
    code: `import * as cdk from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string, fn: lambda.IFunction, authorizer: apigw.IAuthorizer) {
    super(scope, id);
    const api = new apigw.RestApi(this, 'Api');
    const integ = new apigw.LambdaIntegration(fn);
    const ROUTES = [{ path: 'health', public: true }, { path: 'orders', public: false }];
    for (const r of ROUTES) {
      const res = api.root.addResource(r.path);
      if (r.public) res.addMethod('GET', integ);
      else res.addMethod('GET', integ, { authorizer });
    }
    const add = (part: string, verb: string, secure: boolean) => {
      const res = api.root.addResource(part);
      if (secure) { res.addMethod(verb, integ, { authorizer }); return; }
      res.addMethod(verb, integ);
    };
    add('ping', 'GET', false);
    add('carts', 'DELETE', true);
  }
}`,
    options: [{ allowPublic: ['/health', '/ping'] }],
  },
  {
    name: 'a choice of authType made at run time, or whose constant test takes the AWS_IAM branch, is not judged NONE',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
const IS_PUBLIC = false;
declare const fn: lambda.Function;
declare const props: { public: boolean };
fn.addFunctionUrl({ authType: IS_PUBLIC ? lambda.FunctionUrlAuthType.NONE : lambda.FunctionUrlAuthType.AWS_IAM });
fn.addFunctionUrl({ authType: props.public ? lambda.FunctionUrlAuthType.NONE : lambda.FunctionUrlAuthType.AWS_IAM });`,
  },
  {
    name: 'NONE asserted to a type of another module does not prove a CDK call on a function received from elsewhere',
    code: `import type { AuthType } from './types';
declare const fn: { addFunctionUrl(options: { authType: AuthType }): void };
fn.addFunctionUrl({ authType: 'NONE' as AuthType });`,
  },
    {
      name: 'quiet: no row is public: only the authorized branch runs for this table',
      code: `import { Stack } from 'aws-cdk-lib';
import { HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { UserPool } from 'aws-cdk-lib/aws-cognito';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';

const ENDPOINTS = [
  { method: HttpMethod.GET, path: '/profile', isPublic: false },
  { method: HttpMethod.PUT, path: '/profile', isPublic: false },
];

export class ProfileStack extends Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const pool = new UserPool(this, 'Pool');
    const authorizer = new HttpUserPoolAuthorizer('PoolAuth', pool);
    const api = new HttpApi(this, 'ProfileApi');
    const integration = new HttpLambdaIntegration('Profile', new NodejsFunction(this, 'Fn', { entry: 'src/profile.ts' }));
    for (const endpoint of ENDPOINTS) {
      if (endpoint.isPublic) {
        api.addRoutes({ path: endpoint.path, methods: [endpoint.method], integration });
      } else {
        api.addRoutes({ path: endpoint.path, methods: [endpoint.method], integration, authorizer });
      }
    }
  }
}`,
    },
    {
      name: 'quiet: the route table is built at run time (rows from a parameter) or a row only preflights: no method it adds can be read as open',
      code: `import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';

export function routes(scope: any, fn: IFunction, extra: { path: string; method: apigwv2.HttpMethod }[]) {
  const api = new apigwv2.HttpApi(scope, 'Api');
  for (const route of extra) {
    api.addRoutes({ path: route.path, methods: [route.method], integration: new HttpLambdaIntegration('X', fn) });
  }
  for (const route of [{ path: '/a', method: apigwv2.HttpMethod.OPTIONS }]) {
    api.addRoutes({ path: route.path, methods: [route.method], integration: new HttpLambdaIntegration('O', fn) });
  }
}`,
    },
    {
      name: 'quiet: the HTTP API is reachable only through a custom domain with mutual TLS (default endpoint disabled): every caller presents a trusted client certificate',
      code: `import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Stack } from 'aws-cdk-lib';

export class GatewayStack extends Stack {
  constructor(scope: any, id: string, props: { certificate: any; trustStore: s3.IBucket; fn: lambda.IFunction }) {
    super(scope, id);
    const domainName = new apigwv2.DomainName(this, 'Domain', {
      domainName: 'gw.example.org',
      certificate: props.certificate,
      mtls: { bucket: props.trustStore, key: 'truststore.pem' },
    });
    const api = new apigwv2.HttpApi(this, 'Api', {
      defaultDomainMapping: { domainName },
      disableExecuteApiEndpoint: true,
    });
    api.addRoutes({
      path: '/v1/patient-discovery',
      methods: [apigwv2.HttpMethod.POST],
      integration: new HttpLambdaIntegration('Pd', props.fn),
    });
  }
}`,
    },
    {
      name: 'CDK for Terraform: REST methods with IAM, an authorizer, OPTIONS or on a private API; a WebSocket $default route; an HTTP route with a JWT authorizer',
      code: `import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { ApiGatewayRestApi } from '@cdktf/provider-aws/lib/api-gateway-rest-api';
import { ApiGatewayMethod } from '@cdktf/provider-aws/lib/api-gateway-method';
import { Apigatewayv2Api } from '@cdktf/provider-aws/lib/apigatewayv2-api';
import { Apigatewayv2Route } from '@cdktf/provider-aws/lib/apigatewayv2-route';
export class Api extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const rest = new ApiGatewayRestApi(this, 'rest', { name: 'rest' });
    new ApiGatewayMethod(this, 'iam', { restApiId: rest.id, resourceId: rest.rootResourceId, httpMethod: 'GET', authorization: 'AWS_IAM' });
    new ApiGatewayMethod(this, 'cognito', { restApiId: rest.id, resourceId: rest.rootResourceId, httpMethod: 'POST', authorization: 'COGNITO_USER_POOLS', authorizerId: auth.id });
    new ApiGatewayMethod(this, 'preflight', { restApiId: rest.id, resourceId: rest.rootResourceId, httpMethod: 'OPTIONS', authorization: 'NONE' });
    const internal = new ApiGatewayRestApi(this, 'internal', { name: 'internal', endpointConfiguration: { types: ['PRIVATE'] } });
    new ApiGatewayMethod(this, 'private', { restApiId: internal.id, resourceId: internal.rootResourceId, httpMethod: 'GET', authorization: 'NONE' });
    const ws = new Apigatewayv2Api(this, 'ws', { name: 'ws', protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action' });
    new Apigatewayv2Route(this, 'connect', { apiId: ws.id, routeKey: '$default', target: 'integrations/x' });
    const http = new Apigatewayv2Api(this, 'http', { name: 'http', protocolType: 'HTTP' });
    new Apigatewayv2Route(this, 'jwt', { apiId: http.id, routeKey: 'GET /me', target: 'integrations/x', authorizationType: 'JWT', authorizerId: jwt.id });
  }
}`,
    },
    {
      name: 'L1 methods and routes in a loop under a condition or a continue (preflight-only NONE): which verbs take it is not settled, not judged',
      code: `import * as cdk from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
export class ApiStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, authorizerId: string) {
    super(scope, id);
    const rest = new apigw.CfnRestApi(this, 'Rest', { name: 'rest' });
    for (const verb of ['GET', 'POST', 'OPTIONS']) {
      if (verb === 'OPTIONS') new apigw.CfnMethod(this, \`M\${verb}\`, { restApiId: rest.ref, resourceId: rest.attrRootResourceId, httpMethod: verb, authorizationType: 'NONE' });
      else new apigw.CfnMethod(this, \`M\${verb}\`, { restApiId: rest.ref, resourceId: rest.attrRootResourceId, httpMethod: verb, authorizationType: 'CUSTOM', authorizerId });
    }
    const http = new apigwv2.CfnApi(this, 'Http', { name: 'http', protocolType: 'HTTP' });
    for (const key of ['GET /orders', 'OPTIONS /orders']) {
      if (!key.startsWith('OPTIONS')) continue;
      new apigwv2.CfnRoute(this, key, { apiId: http.ref, routeKey: key, target: 'integrations/x' });
    }
  }
}`,
    },
    {
      name: 'CDK for Terraform: a method and a route whose authorization attributes the file sets after creation are not judged',
      code: `import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { ApiGatewayMethod } from '@cdktf/provider-aws/lib/api-gateway-method';
import { Apigatewayv2Route } from '@cdktf/provider-aws/lib/apigatewayv2-route';
export class Api extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const method = new ApiGatewayMethod(this, 'get', { restApiId: 'r', resourceId: 'x', httpMethod: 'GET', authorization: 'NONE' });
    method.authorization = 'COGNITO_USER_POOLS';
    method.authorizerId = 'auth';
    const route = new Apigatewayv2Route(this, 'items', { apiId: 'a', routeKey: 'POST /items', target: 'integrations/x' });
    route.authorizationType = 'JWT';
  }
}`,
    },
    {
      name: 'CDK for Terraform: a function URL whose authorization an escape hatch sets anew is not judged',
      code: `import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { LambdaFunctionUrl } from '@cdktf/provider-aws/lib/lambda-function-url';
export class ApiStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const url = new LambdaFunctionUrl(this, 'url', { functionName: 'api', authorizationType: 'NONE' });
    url.addOverride('authorization_type', 'AWS_IAM');
  }
}`,
    },
    {
      name: 'NONE on a resource of an API the file makes in ways the rule cannot follow (a conditional of two private APIs) is not taken for a received one',
      code: `import { Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export class ProbeStack extends Stack {
  private api: apigw.RestApi;
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const fn = new lambda.Function(this, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('dist') });
    const integ = new apigw.LambdaIntegration(fn);
    const internal = this.node.tryGetContext('internal');
    const api = internal ? new apigw.RestApi(this, 'A', { endpointConfiguration: { types: [apigw.EndpointType.PRIVATE] } }) : new apigw.RestApi(this, 'B', { endpointConfiguration: { types: [apigw.EndpointType.PRIVATE] } });
    api.root.addResource('health', { defaultMethodOptions: { authorizationType: apigw.AuthorizationType.NONE } }).addMethod('GET', integ);
  }
}`,
    },
    {
      name: 'a helper whose callers in the file pass an API the rule cannot resolve is not judged on NONE of its resources',
      code: `import { Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export class ProbeStack extends Stack {
  private api: apigw.RestApi;
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const fn = new lambda.Function(this, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('dist') });
    const integ = new apigw.LambdaIntegration(fn);
    const api = new apigw.RestApi(this, 'Api', { endpointConfiguration: { types: [apigw.EndpointType.PRIVATE] } });
    this.addHealth(api.root, integ);
    this.addHealth(this.node.tryGetContext('extraRoot'), integ);
  }
  private addHealth(root: apigw.IResource, integ: apigw.Integration) {
    root.addResource('health', { defaultMethodOptions: { authorizationType: apigw.AuthorizationType.NONE } }).addMethod('GET', integ);
  }
}`,
    },
    {
      name: 'resourceForPath on a received API may return an existing resource with options of its own',
      code: `import { AuthorizationType, IRestApi, LambdaIntegration } from 'aws-cdk-lib/aws-apigateway';
import { IFunction } from 'aws-cdk-lib/aws-lambda';

export function addPublic(api: IRestApi, fn: IFunction): void {
  const pub = api.root.addResource('public', { defaultMethodOptions: { authorizationType: AuthorizationType.NONE } });
  pub.addResource('admin', { defaultMethodOptions: { authorizationType: AuthorizationType.IAM } });
  pub.resourceForPath('admin').addMethod('POST', new LambdaIntegration(fn));
}`,
    },
    {
      name: 'a method with no integration on the way of a received API may get the mock integration',
      code: `import { Construct } from 'constructs';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export interface RoutesProps { api: apigw.IRestApi; fn: lambda.IFunction; authorizer: apigw.IAuthorizer }

export class ProbeRoutes extends Construct {
  constructor(scope: Construct, id: string, props: RoutesProps) {
    super(scope, id);
    const integ = new apigw.LambdaIntegration(props.fn);
    props.api.root.addResource('ping', { defaultMethodOptions: { authorizationType: apigw.AuthorizationType.NONE } }).addMethod('GET');
  }
}`,
    },
    {
      name: 'getResource of a resource added with an authorizer, of one made elsewhere or by an unknown path; on a received API, an authorizer nearer than the NONE, an own type, nothing written; an HTTP route with no target',
      code: `import { Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { AuthorizationType, LambdaIntegration, RestApi, type IAuthorizer } from 'aws-cdk-lib/aws-apigateway';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
export class ProbeStack extends Stack {
  constructor(scope: any, id: string, fn: LambdaFunction, authorizer: IAuthorizer, path: string) {
    super(scope, id);
    const api = new apigw.RestApi(this, 'Api', {});
    api.root.addResource('b', { defaultMethodOptions: { authorizer } });
    api.root.getResource('b')!.addMethod('GET', new apigw.LambdaIntegration(fn));
    api.root.getResource('made-elsewhere')?.addMethod('GET', new apigw.LambdaIntegration(fn));
    api.root.getResource(path)?.addMethod('GET', new apigw.LambdaIntegration(fn));
    const http = new apigwv2.CfnApi(this, 'Http', { name: 'geo', protocolType: 'HTTP' });
    new apigwv2.CfnRoute(this, 'Default', { apiId: http.ref, routeKey: '$default' });
  }
}
export class AuthApi {
  constructor(restApi: RestApi, fn: LambdaFunction, authorizer: IAuthorizer) {
    const auth = restApi.root.addResource('auth', { defaultMethodOptions: { authorizationType: AuthorizationType.NONE } });
    auth.addResource('{action+}', { defaultMethodOptions: { authorizer } }).addMethod('GET', new LambdaIntegration(fn));
    auth.addResource('iam').addMethod('GET', new LambdaIntegration(fn), { authorizationType: AuthorizationType.IAM });
    restApi.root.addResource('inherits').addMethod('GET', new LambdaIntegration(fn));
    restApi.root.getResource('auth')?.addMethod('POST', new LambdaIntegration(fn));
  }
}`,
    },
  {
    name: 'REST API props spreading a choice: quiet when a branch authorizes, or one cannot be read',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
declare const fn: any, integration: apigw.Integration, authorizer: apigw.IAuthorizer, extra: apigw.RestApiProps;
declare const isPublic: boolean;
const byBranch = new apigw.RestApi(this, 'ByBranch', { ...(isPublic ? {} : { defaultMethodOptions: { authorizer } }) });
byBranch.root.addMethod('GET', integration);
const unread = new apigw.RestApi(this, 'Unread', { ...(isPublic ? extra : {}) });
unread.root.addMethod('GET', integration);
const later = new apigw.RestApi(this, 'Later', { ...(isPublic ? {} : {}), ...extra });
later.root.addMethod('GET', integration);
new apigw.LambdaRestApi(this, 'Proxy', {
  handler: fn,
  ...(isPublic ? {} : { defaultMethodOptions: { authorizationType: apigw.AuthorizationType.IAM } }),
});
const notProxy = new apigw.LambdaRestApi(this, 'NotProxy', { handler: fn, ...(isPublic ? {} : { proxy: false }) });
notProxy.root.addMethod('GET');`,
  },
  {
    name: 'allowPublic: a path entry covers every method of the path (REST, HTTP API, L1), and /auth/** covers /auth itself',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigwv2.HttpRouteIntegration;
declare const restIntegration: apigw.Integration;
const rest = new apigw.RestApi(this, 'Rest');
const health = rest.root.addResource('health');
health.addMethod('GET', restIntegration);
health.addMethod('POST', restIntegration);
health.addMethod('ANY', restIntegration);
rest.root.addResource('auth').addMethod('DELETE', restIntegration);
const api = new apigwv2.HttpApi(this, 'Api');
api.addRoutes({ path: '/health', methods: [apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/health', integration });
api.addRoutes({ path: '/auth', methods: [apigwv2.HttpMethod.DELETE], integration });
new apigwv2.HttpRoute(this, 'R', { httpApi: api, routeKey: apigwv2.HttpRouteKey.with('/health', apigwv2.HttpMethod.PATCH), integration });
new apigwv2.CfnRoute(this, 'C', { apiId: api.apiId, routeKey: 'DELETE /health' });
new apigwv2.CfnRoute(this, 'C2', { apiId: api.apiId, routeKey: 'ANY /auth' });`,
    options: [{ allowPublic: ['/health', '/auth/**'] }],
  },
  {
    name: 'allowPublic: SST v3 routes of every method on a listed path, /auth/** covering /auth, and $default listed by its id',
    code: `export default $config({
  app() { return { name: 'x' }; },
  async run() {
    const api = new sst.aws.ApiGatewayV2('Api');
    api.route('GET /health', 'src/h.handler');
    api.route('POST /health', 'src/h.handler');
    api.route('ANY /health', 'src/h.handler');
    api.route('DELETE /auth', 'src/h.handler');
    api.route('$default', 'src/h.handler');
    const rest = new sst.aws.ApiGatewayV1('Rest');
    rest.route('PUT /health', 'src/h.handler');
    rest.route('ANY /auth', 'src/h.handler');
  },
});`,
    options: [{ allowPublic: ['/health', '/auth/**', '$default'] }],
  },
  {
    name: 'allowPublic path globs: * within one segment, ** across segments (none too), {id} literal',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigwv2.HttpRouteIntegration;
declare const restIntegration: apigw.Integration;
const api = new apigwv2.HttpApi(this, 'Api');
api.addRoutes({ path: '/auth/login', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/auth/callback', methods: [apigwv2.HttpMethod.GET], integration });
api.addRoutes({ path: '/.well-known', methods: [apigwv2.HttpMethod.GET], integration });
api.addRoutes({ path: '/.well-known/openid-configuration', methods: [apigwv2.HttpMethod.GET], integration });
api.addRoutes({ path: '/.well-known/jwks/keys.json', methods: [apigwv2.HttpMethod.GET], integration });
api.addRoutes({ path: '/hooks/{provider}', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/files/report.public.csv', methods: [apigwv2.HttpMethod.GET], integration });
const rest = new apigw.RestApi(this, 'Rest');
rest.root.addResource('tenants').addResource('{tenantId}').addResource('metadata').addMethod('GET', restIntegration);
rest.root.addResource('metadata').addMethod('GET', restIntegration);`,
    options: [
      { allowPublic: ['/auth/*', '/.well-known/**', '/hooks/{provider}', '/files/*.public.*', '/**/metadata'] },
    ],
  },
  {
    name: 'allowPublic /** covers every path, the root and a proxying LambdaRestApi too',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
declare const restIntegration: apigw.Integration;
const rest = new apigw.RestApi(this, 'Rest');
rest.root.addMethod('GET', restIntegration);
rest.root.addResource('a').addResource('b').addMethod('GET', restIntegration);
new apigw.LambdaRestApi(this, 'Site', { handler: fn });`,
    options: [
      { allowPublic: ['/**'] },
    ],
  },
  {
    name: 'a LambdaRestApi without a handler (no props, null, or none given) builds no API',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
export function build(scope: any) {
  new (apigw.LambdaRestApi as any)();
  new (apigw.LambdaRestApi as any)(scope);
  new apigw.LambdaRestApi(scope, 'X', null as any);
  new apigw.LambdaRestApi(scope, 'Y', {} as any);
}`,
  },
  {
    name: 'Serverless Framework: authorized, private (apiKeyCountsAsAuth), OPTIONS and unreadable events; other providers; not a function config',
    filename: 'src/functions/hello/index.ts',
    code: `export const hello = {
  handler: 'src/hello.main',
  events: [
    { http: { method: 'get', path: 'me', authorizer: 'aws_iam' } },
    { http: { method: 'get', path: 'keyed', private: true } },
    { http: { method: 'options', path: 'me' } },
    { http: { method: verb, path: 'dynamic' } },
    { http: { ...shared, method: 'get', path: 'spread' } },
    { httpApi: { method: 'POST', path: '/secure', authorizer: { name: 'jwt' } } },
    { http: 'gcp-path' },
    { http: true, methods: ['GET'], authLevel: 'function' },
    { sqs: { arn: queueArn } },
  ],
};
export const notAFunction = { events: [{ http: 'GET open' }] };`,
    options: [{ apiKeyCountsAsAuth: true }],
  },
  {
    name: 'Serverless Framework shapes outside a config path: a handler that is no module path and export, or no events',
    filename: 'src/routes/table.ts',
    code: `import { listOrders } from './orders';
export const byFunction = { handler: listOrders, events: [{ http: 'GET orders' }] };
export const byName = { handler: 'list', events: [{ http: 'GET orders' }] };
export const byWords = { handler: 'list orders.now', events: [{ http: 'GET orders' }] };
export const byTemplate = { handler: \`\${base}\`, events: [{ http: 'GET orders' }] };
export const byFolder = { handler: \`\${base}/handlers/\`, events: [{ http: 'GET orders' }] };
export const byExpression = { handler: pick('list'), events: [{ http: 'GET orders' }] };
export const noEvents = { handler: 'src/list.handler', routes: [{ http: 'GET orders' }] };`,
  },
  {
    name: 'Serverless Framework: events added only for a local run (serverless-offline: the CLI\'s offline command, IS_OFFLINE, IS_LOCAL) are never deployed',
    filename: 'serverless.ts',
    code: `const functions: Record<string, unknown> = {};
const offline = process.argv.includes('offline');
if (process.argv.includes('offline')) {
  functions.api = { handler: 'src/server.handler', events: [{ http: { method: 'GET', path: '/' } }] };
}
if (process.env.IS_OFFLINE === 'true' && process.env.PORT) {
  functions.web = { handler: 'src/web.handler', events: [{ httpApi: '*' }] };
}
if (offline) functions.debug = { handler: 'src/debug.handler', events: [{ http: 'ANY /{proxy+}' }] };
export default { service: 'svc', provider: { name: 'aws' }, functions };`,
  },
  {
    name: 'Serverless Framework: REST events in a file that sets a resource policy',
    filename: 'serverless.ts',
    code: `export default {
  provider: { name: 'aws', apiGateway: { resourcePolicy: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: ['execute-api:/*'], Condition: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } }] } },
  functions: { list: { handler: 'src/list.handler', events: [{ http: 'GET orders' }] } },
};`,
  },
  {
    name: "Serverless Framework function URLs: authorizer 'aws_iam', url false or unreadable, overridden later, not a function",
    filename: 'serverless.ts',
    code: `import type { AWS } from '@serverless/typescript';
declare const urlOptions: { cors: boolean };
declare const overrides: Record<string, unknown>;
const serverlessConfiguration: AWS = {
  service: 'orders',
  provider: { name: 'aws' },
  functions: {
    iam: { handler: 'src/iam.main', url: { authorizer: 'aws_iam' } },
    iamCors: { handler: 'src/iam.cors', url: { authorizer: 'aws_iam', cors: { allowedOrigins: ['https://example.com'] } } },
    off: { handler: 'src/off.main', url: false },
    staged: { handler: 'src/staged.main', url: process.env.STAGE === 'dev' },
    spread: { handler: 'src/spread.main', url: { ...urlOptions } },
    overridden: { handler: 'src/overridden.main', url: true, ...overrides },
    replaced: { handler: 'src/replaced.main', url: true, url: false },
    noUrl: { handler: 'src/none.main', events: [{ sqs: { arn: 'arn:aws:sqs:eu-west-1:123456789012:q' } }] },
  },
  custom: { preview: { handler: 'src/preview.main', url: true } },
};
export default serverlessConfiguration;`,
  },
  {
    name: 'Serverless Framework function URL whose AuthType a resources override may set',
    filename: 'serverless.ts',
    code: `export default {
  service: 'hooks',
  provider: { name: 'aws' },
  functions: { webhook: { handler: 'src/webhook.main', url: true } },
  resources: { extensions: { WebhookLambdaFunctionUrl: { Properties: { AuthType: 'AWS_IAM' } } } },
};`,
  },
  {
    name: 'objects with url: true that are no Serverless function config: no handler as Serverless writes it, no events or functions map, an SST function',
    filename: 'src/site/config.ts',
    code: `/// <reference path="./.sst/platform/config.d.ts" />
export default { title: 'Orders', url: true, handler: 'index.main' };
export const link = { handler: onClick, url: true, events: [{ click: {} }] };
export const card = { handler: 'src/card.main', url: true };
export const stackConfig = { functions: { api: { handler: 'index.handler', url: true } } };
new sst.aws.Function('Api', { handler: 'src/api.handler', url: { authorization: 'iam' } });`,
  },
  {
    name: 'an SST function with an IAM URL in a functions folder is SST, not Serverless',
    filename: 'stacks/functions/api.ts',
    code: `/// <reference path="./.sst/platform/config.d.ts" />
export const api = new sst.aws.Function('Api', { handler: 'src/api.handler', url: { authorization: 'iam' } });`,
  },
  {
    name: 'a functions map in a functions folder whose handlers are not handler paths (a UI action registry)',
    filename: 'src/functions/registry.ts',
    code: `import { share, open } from './actions';
const functions = {
  share: { handler: share, url: true, label: 'Share' },
  open: { handler: open, url: { target: '_blank' } },
};
export default functions;`,
  },
  {
    name: 'an SST v2 functions map (handed to new Function) in a functions folder: SST, whose url takes other values',
    filename: 'stacks/functions/API.ts',
    code: `import { StackContext, Function } from 'sst/constructs';
const functions = {
  api: { handler: 'packages/functions/src/api.handler', url: true },
};
export function API({ stack }: StackContext) {
  for (const [id, props] of Object.entries(functions)) new Function(stack, id, props);
}`,
  },
  {
    name: 'allowPublic: a Serverless function URL by its name in functions, its variable or its handler export',
    filename: 'src/functions/products/index.ts',
    code: `import { handlerPath } from '@libs/handler-resolver';
export const getProductById = { handler: \`\${handlerPath(__dirname)}/handler.getProductById\`, url: true };
export default {
  handler: \`\${handlerPath(__dirname)}/handler.createProduct\`,
  url: { cors: true },
  events: [{ http: { method: 'post', path: 'products', authorizer: 'auth' } }],
};
export const config = { functions: { hello: { handler: 'src/hello.main', url: true } } };`,
    options: [{ allowPublic: ['getProductById', 'createProduct', 'hello'] }],
  },
  {
    name: 'allowPublic: a Serverless function URL by the member of functions it is assigned to',
    filename: 'serverless.ts',
    code: `import type { AWS } from '@serverless/typescript';
const functions: AWS['functions'] = {};
functions['api-url'] = { handler: 'src/server.handler', url: { cors: true } };
export default { service: 'api', provider: { name: 'aws' }, functions };`,
    options: [{ allowPublic: ['api-url'] }],
  },
  {
    name: 'REST APIs whose resource policy may admit only some callers: a condition, a Deny, an account, one from elsewhere',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
const byIp = new iam.PolicyDocument({
  statements: [
    new iam.PolicyStatement({
      actions: ['execute-api:Invoke'],
      principals: [new iam.AnyPrincipal()],
      resources: ['execute-api:/*'],
      conditions: { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } },
    }),
  ],
});
new apigw.LambdaRestApi(this, 'ByIp', { handler: fn, policy: byIp });
new apigw.LambdaRestApi(this, 'Deny', {
  handler: fn,
  policy: new iam.PolicyDocument({
    statements: [
      new iam.PolicyStatement({ actions: ['execute-api:Invoke'], principals: [new iam.AnyPrincipal()], resources: ['execute-api:/*'] }),
      new iam.PolicyStatement({ effect: iam.Effect.DENY, actions: ['execute-api:Invoke'], principals: [new iam.AnyPrincipal()], resources: ['execute-api:/*'], conditions: { NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } }),
    ],
  }),
});
new apigw.LambdaRestApi(this, 'Account', { handler: fn, policy: new iam.PolicyDocument({ statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], principals: [new iam.AccountPrincipal('123456789012')], resources: ['execute-api:/*'] })] }) });
new apigw.LambdaRestApi(this, 'Shared', { handler: fn, policy: props.policy });`,
  },
  {
    name: 'SST v3: routes with IAM or an authorizer, OPTIONS, route defaults through transform, private REST APIs, WebSocket APIs, allowPublic, look-alikes',
    code: `export default $config({
  app() { return { name: 'api', home: 'aws' }; },
  async run() {
    const api = new sst.aws.ApiGatewayV2('MyApi');
    api.route('GET /me', 'src/me.handler', { auth: { iam: true } });
    api.route('GET /jwt', 'src/jwt.handler', { auth: { jwt: { authorizer: authorizer.id } } });
    api.route('GET /custom', 'src/custom.handler', { auth: options.auth });
    api.route('GET /maybe', 'src/maybe.handler', { auth: { iam: options.iam } });
    api.route('GET /lambda', 'src/lambda.handler', { auth: { lambda: authorizer.id } });
    api.route('GET /spread', 'src/spread.handler', { auth: { ...options.auth } });
    api.route('GET /shared', 'src/shared.handler', routeArgs);
    api.route('OPTIONS /', 'src/cors.handler');
    api.route('GET /health', 'src/health.handler');
    api.route(path, 'src/dynamic.handler');
    const priv = new sst.aws.ApiGatewayV1('Private', { endpoint: { type: 'private', vpcEndpointIds: ['vpce-1'] } });
    priv.route('GET /', 'src/private.handler');
    const shaped = new sst.aws.ApiGatewayV2('Shaped', { transform: { route: { args: { auth: { iam: true } } } } });
    shaped.route('GET /', 'src/shaped.handler');
    const ws = new sst.aws.ApiGatewayWebSocket('Ws');
    ws.route('$connect', 'src/connect.handler');
    router.route('GET /', 'src/router.handler');
    new Map().set('x', 1);
  },
});`,
    options: [{ allowPublic: ['/health'] }],
  },
  {
    name: 'SST v2: a spread chosen by the stage that may set the defaults or the routes leaves the Api unread',
    code: `import { Api, StackContext } from 'sst/constructs';
export function API({ app, stack }: StackContext) {
  new Api(stack, 'A', { routes: { 'GET /a': 'src/a.main' }, ...(app.stage === 'prod' && { defaults: { authorizer: 'iam' } }) });
  new Api(stack, 'B', { routes: { 'GET /b': 'src/b.main' }, ...(app.stage === 'prod' ? { routes: {} } : {}) });
}`,
  },
  {
    name: 'SST v2: Api routes whose defaults or own authorizer cannot be read, an API from elsewhere, a look-alike Api',
    code: `import { Api, StackContext } from 'sst/constructs';
import { Api as OtherApi } from './api';
export function API({ stack }: StackContext) {
  new Api(stack, 'A', { defaults: { authorizer: props.authorizer }, routes: { 'GET /a': 'src/a.main' } });
  new Api(stack, 'B', { routes: { 'GET /b': { function: 'src/b.main', authorizer: props.authorizer } } });
  new Api(stack, 'C', { cdk: { httpApi: existing }, routes: { 'GET /c': 'src/c.main' } });
  new Api(stack, 'D', props);
  new OtherApi(stack, 'E', { routes: { 'GET /e': 'src/e.main' } });
}`,
  },
  {
    name: 'SST v2: Function-construct routes behind a default authorizer or allowed; values not known to be an SST Function',
    code: `import { Api, Function, StackContext } from 'sst/constructs';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export function API({ stack }: StackContext) {
  const updateUser = new Function(stack, 'UpdateUser', { handler: 'src/update.main' });
  new Api(stack, 'Secured', { defaults: { authorizer: 'iam' }, routes: { 'PUT /api/user': updateUser } });
  async function later(name: string) { return new Function(stack, name, { handler: 'src/later.main' }); }
  function either(name: string) {
    if (name === 'a') return new Function(stack, name, { handler: 'src/a.main' });
    return props.fn;
  }
  function* generated() { return new Function(stack, 'G', { handler: 'src/g.main' }); }
  function nothing(name: string) { new Function(stack, name, { handler: 'src/n.main' }); }
  let reassigned = new Function(stack, 'R', { handler: 'src/r.main' });
  reassigned = props.fn;
  new Api(stack, 'Open', {
    routes: {
      'GET /health': updateUser,
      'GET /wrapped-iam': { function: updateUser, authorizer: 'iam' },
      'GET /async': later('Later'),
      'GET /either': either('E'),
      'GET /generated': generated(),
      'GET /nothing': nothing('N'),
      'GET /reassigned': reassigned,
      'GET /cdk': new lambda.Function(stack, 'Cdk', { runtime, handler: 'index.handler', code }),
      'GET /unknown': props.fn,
      'GET /imported': makeFunction('I'),
    },
  });
}`,
    options: [{ allowPublic: ['/health'] }],
  },
  {
    name: 'SST v1 (≥ 1.0): routes behind defaults.authorizer or their own, an API from elsewhere (cdk), settings that cannot be read, a look-alike Api',
    code: `import { Api, Function, StackContext } from '@serverless-stack/resources';
import { Api as OtherApi } from './api';
export function ApiStack({ stack }: StackContext) {
  const fn = new Function(stack, 'Fn', { handler: 'functions/fn.main' });
  new Api(stack, 'Secured', {
    authorizers: { jwt: { type: 'user_pool', userPool: { id: pool.userPoolId, clientIds: [client.userPoolClientId] } } },
    defaults: { authorizer: 'jwt' },
    routes: { 'GET /notes': 'functions/list.main', 'PUT /fn': fn, 'POST /notes': { function: 'functions/create.main', authorizer: 'iam' } },
  });
  new Api(stack, 'Own', { routes: { 'GET /me': { function: 'functions/me.main', authorizer: 'iam' } } });
  new Api(stack, 'Wrapped', { cdk: { httpApi: existing }, routes: { 'GET /w': 'functions/w.main' } });
  new Api(stack, 'Unknown', { defaults: { authorizer: props.authorizer }, routes: { 'GET /u': 'functions/u.main' } });
  new Api(stack, 'Spread', { ...props, routes: { 'GET /s': 'functions/s.main' } });
  new Api(stack, 'Health', { routes: { 'GET /health': 'functions/health.main', 'OPTIONS /notes': 'functions/cors.main' } });
  new OtherApi(stack, 'Other', { routes: { 'GET /o': 'functions/o.main' } });
}`,
    options: [{ allowPublic: ['/health'] }],
  },
  {
    name: 'SST v1 (0.x): routes behind defaultAuthorizationType (the enum of @serverless-stack/resources, or its string) or their own; httpApi, types that cannot be read, a look-alike enum of another module',
    code: `import * as sst from '@serverless-stack/resources';
import { ApiAuthorizationType as Lookalike } from './auth-types';
export default class ApiStack extends sst.Stack {
  constructor(scope: sst.App, id: string, props?: sst.StackProps) {
    super(scope, id, props);
    new sst.Api(this, 'Iam', { defaultAuthorizationType: sst.ApiAuthorizationType.AWS_IAM, routes: { 'GET /a': 'src/a.main' } });
    new sst.Api(this, 'Jwt', { defaultAuthorizationType: 'JWT', defaultAuthorizer: jwt, routes: { 'GET /b': 'src/b.main' } });
    new sst.Api(this, 'Own', {
      defaultFunctionProps: {},
      routes: { 'GET /c': { function: 'src/c.main', authorizationType: sst.ApiAuthorizationType.CUSTOM, authorizer } },
    });
    new sst.Api(this, 'Imported', { httpApi: existing, routes: { 'GET /d': 'src/d.main' } });
    new sst.Api(this, 'Read', { defaultAuthorizationType: props.authType, routes: { 'GET /e': 'src/e.main' } });
    new sst.Api(this, 'Lookalike', { defaultAuthorizationType: Lookalike.NONE, routes: { 'GET /f': 'src/f.main' } });
    new sst.Api(this, 'RouteLookalike', { routes: { 'GET /g': { function: 'src/g.main', authorizationType: Lookalike.NONE } } });
  }
}`,
  },
  {
    name: 'SST v1: APIs or routes whose props mix the settings of SST 0.x and ≥ 1.0, or whose authorizer 0.x might not ignore, are not judged',
    code: `import * as sst from '@serverless-stack/resources';
export function Mixed(stack: sst.Stack) {
  new sst.Api(stack, 'Both', { defaults: { authorizer: 'none' }, defaultAuthorizationType: 'NONE', routes: { 'GET /a': 'src/a.main' } });
  new sst.Api(stack, 'Legacy', { defaultFunctionProps: {}, routes: { 'GET /b': { function: 'src/b.main', authorizer: 'none' } } });
  new sst.Api(stack, 'Current', { defaults: {}, routes: { 'GET /c': { function: 'src/c.main', authorizationType: 'NONE' } } });
  new sst.Api(stack, 'Route', { routes: { 'GET /d': { function: 'src/d.main', authorizer: 'none', authorizationType: 'NONE' } } });
  new sst.Api(stack, 'Name', { defaultFunctionProps: {}, routes: { 'GET /e': { function: 'src/e.main', authorizer: props.authorizer } } });
}`,
  },
  {
    name: "SST ApiGatewayV1Api (v1 and v2): IAM, a 0.x default authorizer, methodOptions or a route's cdk (CDK method options), an API from elsewhere, $default",
    code: `import * as sst from '@serverless-stack/resources';
import { ApiGatewayV1Api } from 'sst/constructs';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
export function Rest(stack: sst.Stack) {
  new sst.ApiGatewayV1Api(stack, 'Iam', { defaultAuthorizationType: apigateway.AuthorizationType.IAM, routes: { 'GET /a': 'src/a.main' } });
  new sst.ApiGatewayV1Api(stack, 'Authorizer', { defaultAuthorizer: authorizer, routes: { 'GET /b': 'src/b.main' } });
  new sst.ApiGatewayV1Api(stack, 'Options', {
    routes: { 'GET /c': { function: 'src/c.main', methodOptions: { authorizationType: apigateway.AuthorizationType.NONE, apiKeyRequired: true } } },
  });
  new sst.ApiGatewayV1Api(stack, 'Imported', { restApi: existing, routes: { 'GET /d': 'src/d.main' } });
  new sst.ApiGatewayV1Api(stack, 'Current', {
    defaults: { authorizer: 'iam' },
    routes: { 'GET /e': 'src/e.main', 'GET /f': { function: 'src/f.main', authorizer: 'none', cdk: { method: { apiKeyRequired: true } } } },
  });
  new ApiGatewayV1Api(stack, 'V2', {
    cdk: { restApi: { endpointConfiguration: { types: [apigateway.EndpointType.PRIVATE] } } },
    routes: { 'GET /g': 'src/g.main' },
  });
  new ApiGatewayV1Api(stack, 'V2Default', { routes: { $default: 'src/default.main' } });
}`,
  },
  {
    name: 'SST v1 ApiGatewayV1Api: a file that adds a resource policy to a REST API',
    code: `import { ApiGatewayV1Api, StackContext } from '@serverless-stack/resources';
import * as iam from 'aws-cdk-lib/aws-iam';
export function Rest({ stack }: StackContext) {
  const api = new ApiGatewayV1Api(stack, 'Api', { routes: { 'GET /items': 'src/items.main' } });
  api.cdk.restApi.addToResourcePolicy(new iam.PolicyStatement({
    effect: iam.Effect.DENY,
    principals: [new iam.AnyPrincipal()],
    actions: ['execute-api:Invoke'],
    conditions: { StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } },
  }));
}`,
  },
  {
    name: 'SST v2: spaced route keys behind an authorizer or allowed by their one-space form; keys SST rejects; SST v3 keys',
    code: `import { Api, StackContext } from 'sst/constructs';
export function API({ stack }: StackContext) {
  new Api(stack, 'Secured', { defaults: { authorizer: 'iam' }, routes: { 'GET    /me': 'src/me.main' } });
  new Api(stack, 'Open', {
    routes: {
      'GET    /health': 'src/health.main',
      'POST\t\t/webhook': 'src/webhook.main',
      '  GET /leading': 'src/leading.main',
      'GET /trailing ': 'src/trailing.main',
    },
  });
  const v3 = new sst.aws.ApiGatewayV2('V3');
  v3.route('GET  /spaced', 'src/spaced.handler');
}`,
    options: [{ allowPublic: ['/health', 'POST /webhook'] }],
  },
  {
    name: "SST v3: a route's own transform, and an API key counted as authorization (option), may set its access",
    code: `export default $config({
  app() { return { name: 'api', home: 'aws' }; },
  async run() {
    const api = new sst.aws.ApiGatewayV2('MyApi');
    api.route('GET /admin', 'src/admin.handler', { transform: { route: { authorizationType: 'AWS_IAM' } } });
    const rest = new sst.aws.ApiGatewayV1('Rest');
    rest.route('GET /keyed', 'src/keyed.handler', { apiKey: true });
    rest.deploy();
  },
});`,
    options: [{ apiKeyCountsAsAuth: true }],
  },
  {
    name: "SST v3: a file with $transform may set every route's authorization",
    code: `$transform(aws.apigatewayv2.Route, (args) => {
  args.authorizationType = 'AWS_IAM';
});
const api = new sst.aws.ApiGatewayV2('MyApi');
api.route('GET /', 'src/index.handler');`,
  },
  {
    name: "CDK: a REST API whose resource policy grows after creation (addToResourcePolicy) may admit only some callers",
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = new apigw.LambdaRestApi(this, 'Api', { handler: fn });
api.addToResourcePolicy(allowFromVpcOnly);`,
  },
  {
    name: 'SST v3 look-alike: a local sst object',
    code: `const sst = { aws: { ApiGatewayV2: class { route() {} } } };
const api = new sst.aws.ApiGatewayV2('MyApi');
api.route('GET /', 'src/index.handler');`,
  },
  {
    name: 'Pulumi: verbs and route keys from loops and choices that are all OPTIONS, may be OPTIONS, or hold an unknown value',
    code: `import * as aws from '@pulumi/aws';
const api = new aws.apigateway.RestApi('api', {});
const res = new aws.apigateway.Resource('res', { restApi: api.id, parentId: api.rootResourceId, pathPart: 'orders' });
for (const verb of ['OPTIONS']) {
  new aws.apigateway.Method(\`m-\${verb}\`, { restApi: api.id, resourceId: res.id, httpMethod: verb, authorization: 'NONE' });
}
const pick = process.env.CORS ? 'OPTIONS' : 'GET';
new aws.apigateway.Method('pick', { restApi: api.id, resourceId: res.id, httpMethod: pick, authorization: 'NONE' });
for (const verb of [process.env.VERB, 'GET']) {
  new aws.apigateway.Method(\`u-\${verb}\`, { restApi: api.id, resourceId: res.id, httpMethod: verb, authorization: 'NONE' });
}
const http = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });
for (const key of ['OPTIONS /a', process.env.KEY]) {
  new aws.apigatewayv2.Route(\`r-\${key}\`, { apiId: http.id, routeKey: key, target: 'integrations/x' });
}
const routeKey = process.env.OPEN ? 'GET /c' : 'OPTIONS /c';
new aws.apigatewayv2.Route('c', { apiId: http.id, routeKey, target: 'integrations/x' });`,
  },
  {
    name: 'Pulumi: IAM function URLs, authorized methods and routes, OPTIONS, private APIs, WebSocket routes, allowPublic, look-alikes',
    code: `import * as aws from '@pulumi/aws';
import { Method } from './local';
new aws.lambda.FunctionUrl('iam-url', { functionName: fn.name, authorizationType: 'AWS_IAM' });
const api = new aws.apigateway.RestApi('api', {});
new aws.apigateway.Method('options', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: 'OPTIONS', authorization: 'NONE' });
new aws.apigateway.Method('post', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: 'POST', authorization: 'COGNITO_USER_POOLS', authorizerId: auth.id });
new aws.apigateway.Method('health', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', authorization: 'NONE' });
const priv = new aws.apigateway.RestApi('private', { endpointConfiguration: { types: 'PRIVATE', vpcEndpointIds: [vpce.id] } });
new aws.apigateway.Method('private-get', { restApi: priv.id, resourceId: priv.rootResourceId, httpMethod: 'GET', authorization: 'NONE' });
const configured = new aws.apigateway.RestApi('configured', { endpointConfiguration: props.endpoint });
new aws.apigateway.Method('configured-get', { restApi: configured.id, resourceId: r, httpMethod: 'GET', authorization: 'NONE' });
const http = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });
new aws.apigatewayv2.Route('jwt', { apiId: http.id, routeKey: 'POST /items', authorizationType: 'JWT', authorizerId: jwt.id });
const ws = new aws.apigatewayv2.Api('ws', { protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action' });
new aws.apigatewayv2.Route('connect', { apiId: ws.id, routeKey: '$connect' });
new aws.apigatewayv2.Route('default', { apiId: ws.id, routeKey: '$default' });
new aws.apigatewayv2.Route('unknown-default', { apiId: importedApiId, routeKey: '$default' });
const restricted = new aws.apigateway.RestApi('restricted', { policy: JSON.stringify(allowListPolicy) });
new aws.apigateway.Method('restricted-get', { restApi: restricted.id, resourceId: r, httpMethod: 'GET', authorization: 'NONE' });
new Method('local', { httpMethod: 'GET', authorization: 'NONE' });`,
    options: [{ allowPublic: ['health'] }],
  },
  {
    name: 'quick create: no target, WebSocket or unreadable protocol, a target that may be left out, an OpenAPI body, an unreadable or OPTIONS route key, a spread, allowPublic by path and id, a look-alike',
    code: `import * as aws from '@pulumi/aws';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
new aws.apigatewayv2.Api('plain', { protocolType: 'HTTP' });
new aws.apigatewayv2.Api('ws', { protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action', target: fn.arn });
new aws.apigatewayv2.Api('unknown-protocol', { protocolType: props.protocol, target: fn.arn });
new aws.apigatewayv2.Api('maybe', { protocolType: 'HTTP', target: props.quick ? fn.arn : undefined });
new aws.apigatewayv2.Api('flag', { protocolType: 'HTTP', routeKey: 'GET /', target: props.quick && fn.arn });
new aws.apigatewayv2.Api('openapi', { protocolType: 'HTTP', body: JSON.stringify(spec), target: fn.arn });
new aws.apigatewayv2.Api('dynamic-key', { protocolType: 'HTTP', routeKey: props.routeKey, target: fn.arn });
new aws.apigatewayv2.Api('preflight', { protocolType: 'HTTP', routeKey: 'OPTIONS /', target: fn.arn });
new aws.apigatewayv2.Api('spread', { ...props, protocolType: 'HTTP', target: fn.arn });
new aws.apigatewayv2.Api('health', { protocolType: 'HTTP', routeKey: 'GET /health', target: fn.arn });
new aws.apigatewayv2.Api('listed', { protocolType: 'HTTP', target: fn.arn });
new apigwv2.CfnApi(this, 'Ws', { protocolType: 'WEBSOCKET', target: fnArn });
new apigwv2.CfnApi(this, 'Plain', { name: 'plain', protocolType: 'HTTP' });
new apigwv2.CfnApi(this, 'Spec', { bodyS3Location: { bucket: 'b', key: 'k' }, protocolType: 'HTTP', target: fnArn });
new apigwv2.CfnApi(this, 'Public', { protocolType: 'HTTP', routeKey: 'GET /', target: fnArn });
new apigwv2.CfnApi(this, 'Health', { protocolType: 'HTTP', routeKey: 'ANY /health', target: fnArn });
class Api { constructor(..._: unknown[]) {} }
new Api('local', { protocolType: 'HTTP', target: fn.arn });`,
    options: [{ allowPublic: ['/health', 'listed', 'Public'] }],
  },
  {
    name: "Pulumi's RestAPI component: routes with authorizers, IAM or (counted) API keys, OPTIONS, routes that serve no function, unreadable routes or APIs, Swagger specs, private APIs, allowPublic by path, function name and API name, a look-alike",
    code: `import * as aws from '@pulumi/aws';
import * as apigateway from '@pulumi/aws-apigateway';
import { API } from './local';
const fn = new aws.lambda.CallbackFunction('fn', { callback: async () => ({ statusCode: 200, body: '' }) });
const publicFn = new aws.lambda.Function('public-fn', { role: role.arn, handler: 'index.handler', code });
new apigateway.RestAPI('api', {
  routes: [
    { path: '/lambda-auth', method: 'GET', eventHandler: fn, authorizers: [{ authType: 'custom', authorizerName: 'jwt', parameterName: 'Authorization', identitySource: ['method.request.header.Authorization'], handler: authFn }] },
    { path: '/cognito', method: 'GET', eventHandler: fn, authorizers: apigateway.getCognitoAuthorizer({ providerARNs: [pool] }) },
    { path: '/spread', method: 'GET', eventHandler: fn, authorizers: [...authorizers] },
    { path: '/iam', method: 'POST', eventHandler: fn, iamAuthEnabled: true },
    { path: '/flag', method: 'POST', eventHandler: fn, iamAuthEnabled: props.iam },
    { path: '/keyed', method: 'POST', eventHandler: fn, apiKeyRequired: true },
    { path: '/', method: 'OPTIONS', eventHandler: fn },
    { path: '/static', localPath: 'www' },
    { path: '/proxy', target: { type: 'http_proxy', uri: 'https://example.com' } },
    { path: '/data', method: 'GET', data: {} },
    { path: '/more', method: 'GET', eventHandler: fn, ...extra },
    { path: '/health', method: 'GET', eventHandler: fn },
    { path: '/fn-id', method: 'GET', eventHandler: publicFn },
    routeFromElsewhere,
  ],
});
new apigateway.RestAPI('spec', { swaggerString: spec, routes: [{ path: '/', method: 'GET', eventHandler: fn }] });
new apigateway.RestAPI('private', { restApiArgs: { endpointConfiguration: { types: 'PRIVATE' } }, routes: [{ path: '/', method: 'GET', eventHandler: fn }] });
new apigateway.RestAPI('policy', { restApiArgs: { policy: allowFromVpc }, routes: [{ path: '/', method: 'GET', eventHandler: fn }] });
new apigateway.RestAPI('args', { restApiArgs: props.restApiArgs, routes: [{ path: '/', method: 'GET', eventHandler: fn }] });
new apigateway.RestAPI('built', { routes: names.map((name) => ({ path: \`/\${name}\`, method: 'GET', eventHandler: fn })) });
new apigateway.RestAPI('spread', { ...props, routes: [{ path: '/', method: 'GET', eventHandler: fn }] });
new apigateway.RestAPI('public-api', { routes: [{ path: '/', method: 'GET', eventHandler: fn }] });
new API('local', { routes: [{ path: '/', method: 'GET', eventHandler: fn }] });`,
    options: [{ allowPublic: ['/health', 'public-fn', 'public-api'], apiKeyCountsAsAuth: true }],
  },
  {
    name: 'SST function URLs through a spread of a choice: IAM or no URL in every branch, overridden later, a branch or spread that cannot be read, allowed by id',
    code: `/// <reference path="./.sst/platform/config.d.ts" />
export default $config({
  async run() {
    new sst.aws.Function('Iam', { handler, ...(prod ? { url: { authorization: 'iam' } } : { url: false }) });
    new sst.aws.Function('None', { handler, ...(prod ? {} : { timeout: '30 seconds' }) });
    new sst.aws.Function('Unknown', { handler, ...(prod ? props.extra : { url: { authorization: 'iam' } }) });
    new sst.aws.Function('Overridden', { ...(dev ? { url: true } : {}), url: false });
    new sst.aws.Function('Hidden', { url: true, ...(prod ? props.extra : {}) });
    new sst.aws.Function('Spread', { url: true, ...props });
    new sst.aws.Function('Listed', { handler, ...(dev ? { url: true } : {}) });
  },
});`,
    options: [{ allowPublic: ['Listed'] }],
  },
  {
    name: "SST function URLs with IAM, without a URL, turned off, allowed by id, and a local look-alike of SST's global",
    code: `/// <reference path="./.sst/platform/config.d.ts" />
import { Function as SstFunction } from 'sst/constructs';
export function app(stack: unknown) {
  new sst.aws.Function('Iam', { url: { authorization: 'iam' }, handler: 'src/a.handler' });
  new sst.aws.Function('NoUrl', { handler: 'src/b.handler' });
  new sst.aws.Function('Off', { url: false, handler: 'src/c.handler' });
  new sst.aws.Function('Health', { url: true, handler: 'src/d.handler' });
  new SstFunction(stack, 'V2', { handler: 'src/e.handler', url: { authorizer: 'iam' } });
}
function local() {
  const sst = { aws: { Function: class { constructor(_n: string, _p: object) {} } } };
  new sst.aws.Function('Api', { url: true });
}`,
    options: [{ allowPublic: ['Health'] }],
  },
  {
    name: 'a method with no integration and none to inherit is a MockIntegration CDK makes (nothing behind it)',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = new apigw.RestApi(this, 'Endpoint');
api.root.addMethod('POST');
api.root.addResource('hooks').addMethod('GET', undefined);
api.root.addResource('any').addProxy({ anyMethod: true });
new apigw.Method(this, 'M', { resource: api.root, httpMethod: 'DELETE' });`,
  },
  {
    name: 'APIs and function URLs built in test files are not the deployed ones',
    filename: 'test/api.test.ts',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const fn = new lambda.Function(stack, 'F', {});
new apigw.LambdaRestApi(stack, 'Api', { handler: fn });
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });`,
  },
  {
    name: 'addFunctionUrl() defaults to AWS_IAM',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
fn.addFunctionUrl();
fn.addFunctionUrl({});
fn.addFunctionUrl({ cors: { allowedOrigins: ['*'] } });`,
  },
  {
    name: 'AWS_IAM function URL',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
fn.addFunctionUrl({ authType: 'AWS_IAM' });
fn.addFunctionUrl({ authType: undefined });`,
  },
  {
    name: 'function URL on an unknown object with a NONE that is not CDK enum (nothing proves the call is CDK)',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
export function expose(fn: lambda.IFunction, mode: string) {
  fn.addFunctionUrl({ authType: 'NONE' });
  fn.addFunctionUrl({ authType: mode });
  fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
  fn.addFunctionUrl();
}`,
  },
  {
    name: 'a method on a resource received from elsewhere: no NONE written on it (its inheritance is unknown)',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
export function routes(api: apigw.RestApi, auth: apigw.IAuthorizer) {
  api.root.addMethod('GET', integration);
  api.root.addMethod('POST', integration, { authorizationType: 'NONE' });
  api.root.addMethod('PUT', integration, { authorizationType: apigw.AuthorizationType.IAM });
  api.root.addMethod('OPTIONS', integration, { authorizationType: apigw.AuthorizationType.NONE });
  api.root.addMethod('PATCH', integration, { authorizer: auth, authorizationType: apigw.AuthorizationType.NONE });
}`,
  },
  {
    name: 'escape hatches that set authorization still withdraw the file\'s reports (an Aspect, a findChild, a CfnMethod variable)',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = new apigw.RestApi(this, 'Api');
api.root.addMethod('GET', integration);
const cfn = api.node.findChild('Default') as apigw.CfnMethod;
cfn.authorizationType = 'AWS_IAM';`,
  },
  {
    name: 'local class named like the CDK one',
    code: `class Function { addFunctionUrl(options: object) { return options; } }
const FunctionUrlAuthType = { NONE: 'NONE' };
new Function().addFunctionUrl({ authType: FunctionUrlAuthType.NONE });`,
  },
  {
    name: 'authType that cannot be resolved',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
declare const authType: lambda.FunctionUrlAuthType;
fn.addFunctionUrl({ authType });`,
  },
  {
    name: 'a spread that cannot be read may override authType',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
declare const overrides: object;
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE, ...overrides });`,
  },
  {
    name: 'a later key overrides NONE',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
const base = { authType: lambda.FunctionUrlAuthType.NONE };
fn.addFunctionUrl({ ...base, authType: lambda.FunctionUrlAuthType.AWS_IAM });`,
  },
  {
    name: 'public function URL listed in allowPublic by its function id',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });`,
    options: [
      { allowPublic: ['Handler'] },
    ],
  },
  {
    name: 'FunctionUrl construct listed in allowPublic by its id',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
new lambda.FunctionUrl(this, 'WebhookUrl', { function: fn, authType: lambda.FunctionUrlAuthType.NONE });`,
    options: [
      { allowPublic: ['WebhookUrl'] },
    ],
  },
  {
    name: 'FunctionUrl and CfnUrl with IAM or default',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
new lambda.FunctionUrl(this, 'Url', { function: fn });
new lambda.CfnUrl(this, 'CfnUrl', { authType: 'AWS_IAM', targetFunctionArn: fn.functionArn });`,
  },
  {
    name: 'SDK v3 with AWS_IAM, and an SDK call on another client',
    code: `import { CreateFunctionUrlConfigCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { S3 } from '@aws-sdk/client-s3';
const client = new LambdaClient({});
await client.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'fn', AuthType: 'AWS_IAM' }));
const s3 = new S3({});
(s3 as any).createFunctionUrlConfig({ AuthType: 'NONE' });`,
  },
  {
    name: 'SDK v3 command listed in allowPublic by FunctionName',
    code: `import { CreateFunctionUrlConfigCommand } from '@aws-sdk/client-lambda';
new CreateFunctionUrlConfigCommand({ FunctionName: 'stripe-webhook', AuthType: 'NONE' });`,
    options: [
      { allowPublic: ['stripe-webhook'] },
    ],
  },
  {
    name: 'SDK v3 command with unknown params',
    code: `import { UpdateFunctionUrlConfigCommand } from '@aws-sdk/client-lambda';
export const update = (input: any) => new UpdateFunctionUrlConfigCommand(input);`,
  },
  {
    name: 'LambdaRestApi with a default authorizer',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
declare const authorizer: apigw.IAuthorizer;
new apigw.LambdaRestApi(this, 'Api', { handler: fn, defaultMethodOptions: { authorizer } });`,
  },
  {
    name: 'LambdaRestApi with IAM authorization',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
new apigw.LambdaRestApi(this, 'Api', {
  handler: fn,
  defaultMethodOptions: { authorizationType: apigw.AuthorizationType.IAM },
});`,
  },
  {
    name: 'LambdaRestApi with COGNITO given as a string',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
new apigw.LambdaRestApi(this, 'Api', { handler: fn, defaultMethodOptions: { authorizationType: 'COGNITO_USER_POOLS' as apigw.AuthorizationType } });`,
  },
  {
    name: 'LambdaRestApi with proxy: false and no methods',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
new apigw.LambdaRestApi(this, 'Api', { handler: fn, proxy: false });`,
  },
  {
    name: 'LambdaRestApi with props that cannot be read',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
export function make(scope: any, props: apigw.LambdaRestApiProps) {
  return new apigw.LambdaRestApi(scope, 'Api', props);
}`,
  },
  {
    name: 'LambdaRestApi with an api key when apiKeyCountsAsAuth',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
new apigw.LambdaRestApi(this, 'Api', { handler: fn, defaultMethodOptions: { apiKeyRequired: true } });`,
    options: [
      { apiKeyCountsAsAuth: true },
    ],
  },
  {
    name: 'LambdaRestApi listed in allowPublic',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
new apigw.LambdaRestApi(this, 'PublicSite', { handler: fn });`,
    options: [
      { allowPublic: ['PublicSite'] },
    ],
  },
  {
    name: 'methods inherit defaultMethodOptions from the RestApi',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigw.Integration;
declare const authorizer: apigw.IAuthorizer;
const api = new apigw.RestApi(this, 'Api', { defaultMethodOptions: { authorizer } });
api.root.addMethod('GET', integration);
api.root.addResource('orders').addResource('{id}').addMethod('DELETE', integration);`,
  },
  {
    name: 'methods inherit defaultMethodOptions from a resource',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigw.Integration;
const api = new apigw.RestApi(this, 'Api');
const admin = api.root.addResource('admin', {
  defaultMethodOptions: { authorizationType: apigw.AuthorizationType.IAM },
});
admin.addMethod('GET', integration);
admin.addResource('users').addMethod('POST', integration);`,
  },
  {
    name: 'method with its own authorizer or authorization type',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigw.Integration;
declare const authorizer: apigw.IAuthorizer;
const api = new apigw.RestApi(this, 'Api');
api.root.addMethod('GET', integration, { authorizer });
api.root.addMethod('POST', integration, { authorizationType: apigw.AuthorizationType.CUSTOM, authorizer });
api.root.addMethod('PUT', integration, { authorizationType: apigw.AuthorizationType.IAM });`,
  },
  {
    name: 'OPTIONS methods (CORS preflight)',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigw.Integration;
const api = new apigw.RestApi(this, 'Api');
api.root.addMethod('OPTIONS', integration);
api.root.addResource('x').addMethod('options', integration);`,
  },
  {
    name: 'paths listed in allowPublic',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigw.Integration;
const api = new apigw.RestApi(this, 'Api');
api.root.addResource('health').addMethod('GET', integration);
api.root.resourceForPath('/status/').addMethod('GET', integration);`,
    options: [
      { allowPublic: ['/health', '/status/'] },
    ],
  },
  {
    name: 'a path that cannot be resolved is not judged against allowPublic paths',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigw.Integration;
declare const name: string;
const api = new apigw.RestApi(this, 'Api');
api.root.addResource(name).addMethod('GET', integration);`,
    options: [
      { allowPublic: ['/health'] },
    ],
  },
  {
    name: 'a whole API listed in allowPublic by its construct id',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigw.Integration;
const api = new apigw.RestApi(this, 'PublicApi');
api.root.addResource('a').addMethod('GET', integration);`,
    options: [
      { allowPublic: ['PublicApi'] },
    ],
  },
  {
    name: 'api key counts as auth when configured',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigw.Integration;
const api = new apigw.RestApi(this, 'Api', { defaultMethodOptions: { apiKeyRequired: true } });
api.root.addMethod('GET', integration);
api.root.addMethod('POST', integration, { apiKeyRequired: true });`,
    options: [
      { apiKeyCountsAsAuth: true },
    ],
  },
  {
    name: 'unknown resources, verbs and options',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigw.Integration;
declare const verb: string;
declare const options: apigw.MethodOptions;
const api = new apigw.RestApi(this, 'Api');
this.api.root.addMethod('GET', integration);
api.root.addMethod(verb, integration);
api.root.addMethod('GET', integration, options);
api.root.getResource('x')?.addMethod('GET', integration);
export function add(resource: apigw.IResource) { resource.addMethod('GET', integration); }`,
  },
  {
    name: 'RestApi whose props cannot be read',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigw.Integration;
declare const props: apigw.RestApiProps;
const api = new apigw.RestApi(this, 'Api', props);
api.root.addMethod('GET', integration);`,
  },
  {
    name: 'root of a proxying LambdaRestApi (CDK forbids addMethod there; the api itself is reported)',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
declare const authorizer: apigw.IAuthorizer;
const api = new apigw.LambdaRestApi(this, 'Api', { handler: fn, defaultMethodOptions: { authorizer } });
api.root.addMethod('GET', new apigw.LambdaIntegration(fn));`,
  },
  {
    name: 'addProxy without an ANY method, or with an authorizer',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigw.Integration;
declare const authorizer: apigw.IAuthorizer;
const api = new apigw.RestApi(this, 'Api');
api.root.addProxy({ defaultIntegration: integration, anyMethod: false });
api.root.addResource('v1').addProxy({ defaultIntegration: integration, defaultMethodOptions: { authorizer } });`,
  },
  {
    name: 'CfnMethod with AWS_IAM, an OPTIONS CfnMethod, and one without authorizationType',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
new apigw.CfnMethod(this, 'Get', { httpMethod: 'GET', resourceId: 'r', restApiId: 'a', authorizationType: 'AWS_IAM' });
new apigw.CfnMethod(this, 'Cors', { httpMethod: 'OPTIONS', resourceId: 'r', restApiId: 'a', authorizationType: 'NONE' });
new apigw.CfnMethod(this, 'Custom', { httpMethod: 'GET', resourceId: 'r', restApiId: 'a', authorizationType: 'CUSTOM', authorizerId: 'x' });`,
  },
  {
    name: "CfnMethod NONE on a path allowPublic lists: an L2 resource's resourceId, a CfnResource chain, the root, a sign-in path",
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = new apigw.RestApi(this, 'Api');
const health = api.root.addResource('health');
new apigw.CfnMethod(this, 'M', { httpMethod: 'GET', resourceId: health.resourceId, restApiId: api.restApiId, authorizationType: 'NONE' });
const v1 = new apigw.CfnResource(this, 'V1', { restApiId: api.restApiId, parentId: api.restApiRootResourceId, pathPart: 'v1' });
const status = new apigw.CfnResource(this, 'Status', { restApiId: api.restApiId, parentId: v1.ref, pathPart: 'status' });
new apigw.CfnMethod(this, 'S', { httpMethod: 'GET', resourceId: status.attrResourceId, restApiId: api.restApiId, authorizationType: 'NONE' });
new apigw.CfnMethod(this, 'Root', { httpMethod: 'GET', resourceId: api.root.resourceId, restApiId: api.restApiId, authorizationType: 'NONE' });
const login = new apigw.CfnResource(this, 'Login', { restApiId: api.restApiId, parentId: api.restApiRootResourceId, pathPart: 'login' });
new apigw.CfnMethod(this, 'L', { httpMethod: 'POST', resourceId: login.ref, restApiId: api.restApiId, authorizationType: 'NONE' });`,
    options: [{ allowPublic: ['/health', '/v1/status', '/'] }],
  },
  {
    name: "CfnMethod NONE on any path with allowPublic '/**'",
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = new apigw.RestApi(this, 'Api');
new apigw.CfnMethod(this, 'M', { httpMethod: 'GET', resourceId: api.root.addResource('orders').resourceId, restApiId: api.restApiId, authorizationType: 'NONE' });`,
    options: [{ allowPublic: ['/**'] }],
  },
  {
    name: 'CfnMethod NONE listed in allowPublic by construct id',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
new apigw.CfnMethod(this, 'HealthGet', { httpMethod: 'GET', resourceId: 'r', restApiId: 'a', authorizationType: 'NONE' });`,
    options: [
      { allowPublic: ['HealthGet'] },
    ],
  },
  {
    name: 'HTTP API routes with an authorizer or a default authorizer',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigwv2.HttpRouteIntegration;
declare const authorizer: apigwv2.IHttpRouteAuthorizer;
const open = new apigwv2.HttpApi(this, 'Open');
open.addRoutes({ path: '/items', methods: [apigwv2.HttpMethod.GET], integration, authorizer });
const secured = new apigwv2.HttpApi(this, 'Secured', { defaultAuthorizer: authorizer });
secured.addRoutes({ path: '/items', integration });
new apigwv2.HttpRoute(this, 'Route', { httpApi: secured, routeKey: apigwv2.HttpRouteKey.with('/x'), integration });`,
  },
  {
    name: 'HTTP API OPTIONS-only routes',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigwv2.HttpRouteIntegration;
const api = new apigwv2.HttpApi(this, 'Api');
api.addRoutes({ path: '/items', methods: [apigwv2.HttpMethod.OPTIONS], integration });
new apigwv2.HttpRoute(this, 'Preflight', { httpApi: api, routeKey: apigwv2.HttpRouteKey.with('/x', apigwv2.HttpMethod.OPTIONS), integration });`,
  },
  {
    name: 'HTTP API routes that cannot be judged',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigwv2.HttpRouteIntegration;
declare const methods: apigwv2.HttpMethod[];
declare const options: apigwv2.AddRoutesOptions;
declare const props: apigwv2.HttpApiProps;
const api = new apigwv2.HttpApi(this, 'Api', props);
api.addRoutes({ path: '/items', integration });
new apigwv2.HttpApi(this, 'Other').addRoutes({ path: '/a', methods, integration });
new apigwv2.HttpApi(this, 'Third').addRoutes(options);
export function add(httpApi: apigwv2.HttpApi) { httpApi.addRoutes({ path: '/b', integration }); }`,
  },
  {
    name: 'HTTP API paths and ids listed in allowPublic',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigwv2.HttpRouteIntegration;
const api = new apigwv2.HttpApi(this, 'Api');
api.addRoutes({ path: '/health', integration });
new apigwv2.HttpRoute(this, 'Ping', { httpApi: api, routeKey: apigwv2.HttpRouteKey.with('/ping'), integration });`,
    options: [
      { allowPublic: ['/health', 'Ping'] },
    ],
  },
  {
    name: 'CfnRoute with an authorization type, OPTIONS, WebSocket keys',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
new apigwv2.CfnRoute(this, 'A', { apiId: 'x', routeKey: 'GET /items', authorizationType: 'JWT', authorizerId: 'y' });
new apigwv2.CfnRoute(this, 'B', { apiId: 'x', routeKey: 'OPTIONS /items' });
new apigwv2.CfnRoute(this, 'C', { apiId: 'x', routeKey: '$connect' });
new apigwv2.CfnRoute(this, 'D', { apiId: 'x', routeKey: 'sendMessage' });
const ws = new apigwv2.CfnApi(this, 'Ws', { name: 'ws', protocolType: 'WEBSOCKET' });
new apigwv2.CfnRoute(this, 'E', { apiId: ws.ref, routeKey: '$default' });`,
  },
  {
    name: 'CfnRoute whose route key or authorization type is unknown',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const key: string;
declare const type: string;
new apigwv2.CfnRoute(this, 'A', { apiId: 'x', routeKey: key });
new apigwv2.CfnRoute(this, 'B', { apiId: 'x', routeKey: 'GET /items', authorizationType: type });`,
  },
  {
    name: 'local classes named like CDK ones',
    code: `class RestApi { root = { addMethod(verb: string, i?: unknown) { return [verb, i]; } }; }
class LambdaRestApi { constructor(...args: unknown[]) { void args; } }
class HttpApi { addRoutes(o: object) { return o; } }
const api = new RestApi();
api.root.addMethod('GET');
new LambdaRestApi(this, 'Api', { handler: null });
new HttpApi().addRoutes({ path: '/x' });`,
  },
  {
    name: 'decorators, classes and deep nesting',
    code: decoratedStack('AWS_IAM'),
  },
  {
    name: 'mock integrations return a canned response: no backend to protect',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { MockIntegration, Integration, IntegrationType, Method, RestApi } from 'aws-cdk-lib/aws-apigateway';
const api = new RestApi(this, 'Api');
api.root.addMethod('GET', new MockIntegration({ integrationResponses: [{ statusCode: '200' }] }), { methodResponses: [{ statusCode: '200' }] });
const mock = new apigw.MockIntegration();
api.root.addResource('ping').addMethod('GET', mock);
api.root.addResource('raw').addMethod('POST', new Integration({ type: IntegrationType.MOCK }));
api.root.addResource('str').addMethod('PUT', new apigw.Integration({ type: 'MOCK' }));
new Method(this, 'M', { resource: api.root, httpMethod: 'DELETE', integration: mock });`,
  },
  {
    name: 'private REST APIs are reachable only through VPC endpoints',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = new apigw.RestApi(this, 'Api', { endpointConfiguration: { types: [apigw.EndpointType.PRIVATE], vpcEndpoints: [vpce] }, policy });
api.root.addMethod('GET', integration);
api.root.addProxy({ defaultIntegration: integration });
new apigw.LambdaRestApi(this, 'Proxy', { handler: fn, endpointTypes: [apigw.EndpointType.PRIVATE] });
const viaString = new apigw.RestApi(this, 'S', { endpointTypes: ['PRIVATE'] });
viaString.root.addResource('x').addMethod('POST', integration);`,
  },
  {
    name: 'endpoint types the rule cannot read may be PRIVATE: quiet',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
export function hosting(props: { endpoint: apigw.EndpointConfiguration; type: apigw.EndpointType }) {
  const api = new apigw.RestApi(this, 'Api', { endpointConfiguration: props.endpoint });
  api.root.addProxy();
  const other = new apigw.RestApi(this, 'Other', { endpointTypes: [props.type] });
  other.root.addMethod('GET', integration);
}`,
  },
  {
    name: 'defaultMethodOptions assigned after creation (JS), and authorization set through escape hatches',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = new apigw.RestApi(this, 'Api');
api.root.defaultMethodOptions = { authorizer: auth, authorizationType: apigw.AuthorizationType.COGNITO };
api.root.addMethod('ANY');
api.root.addMethod('GET', null, { authorizationScopes: ['read'] });`,
  },
  {
    name: 'addPropertyOverride of the authorization type on the method',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = new apigw.RestApi(this, 'Api');
const method = api.root.addMethod('GET', integration);
(method.node.defaultChild as apigw.CfnMethod).addPropertyOverride('AuthorizationType', 'AWS_IAM');`,
  },
  {
    name: 'an authorizationType assigned on the L1 of a method or route (also set by an Aspect in the file)',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { IAspect, Aspects } from 'aws-cdk-lib';
class RequireIam implements IAspect {
  visit(node: unknown) {
    if (node instanceof apigw.CfnMethod && node.httpMethod !== 'OPTIONS') node.authorizationType = 'AWS_IAM';
  }
}
Aspects.of(this).add(new RequireIam());
const api = new apigw.RestApi(this, 'Api');
api.root.addMethod('GET', integration);
const http = new apigwv2.HttpApi(this, 'Http');
http.addRoutes({ path: '/items', methods: [apigwv2.HttpMethod.GET], integration });`,
  },
  {
    name: "a SAM function's whole FunctionUrlConfig overridden: it may set the URL's auth type",
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
const fn = new lambda.Function(this, 'F', {});
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
(fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('FunctionUrlConfig', urlConfig);`,
  },
  {
    name: 'a function URL whose L1 auth type is overridden',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
const fn = new lambda.Function(this, 'F', {});
const url = fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
(url.node.defaultChild as lambda.CfnUrl).addPropertyOverride('AuthType', 'AWS_IAM');`,
  },
  {
    name: 'methods on an API that cannot be resolved (parameter, this.api, an import by id, which has no root)',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
export function routes(api: apigw.RestApi) {
  api.root.addResource('items').addMethod('GET', integration);
}
const byId = apigw.RestApi.fromRestApiId(this, 'I', 'x');
byId.root.addMethod('GET', integration);
class Stack { api!: apigw.RestApi; m() { this.api.root.addMethod('GET', integration); } }`,
  },
  {
    name: 'this.x members that are not one known construct: written twice, in a branch, outside the constructor, static, or in a plain function (a NONE string proves nothing on an unknown receiver)',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
export class Stack {
  fn: lambda.Function = new lambda.Function(this, 'A', {});
  branch?: lambda.Function;
  later?: lambda.Function;
  static shared = new lambda.Function(scope, 'S', {});
  constructor(private readonly injected: lambda.Function, flag: boolean) {
    this.fn = new lambda.Function(this, 'B', {});
    if (flag) this.branch = new lambda.Function(this, 'C', {});
    this.injected = new lambda.Function(this, 'D', {});
    this.fn.addFunctionUrl({ authType: 'NONE' });
    this.branch?.addFunctionUrl({ authType: 'NONE' });
    this.injected.addFunctionUrl({ authType: 'NONE' });
    function helper(this: { fn: lambda.Function }) { this.fn.addFunctionUrl({ authType: 'NONE' }); }
    void helper;
  }
  init(): void {
    this.later = new lambda.Function(this, 'E', {});
    this.later.addFunctionUrl({ authType: 'NONE' });
  }
  static make(): void {
    this.shared.addFunctionUrl({ authType: 'NONE' });
  }
}
class Other { api = new apigw.RestApi(this, 'Api'); }
class Reader { api: apigw.RestApi; read(): void { this.api.root.addMethod('GET', integration); } }`,
  },
  {
    name: 'SAM in CDK: authorizers, default authorizers, private or OpenAPI-described APIs, preflights, resource policies, other event types, allowPublic, an override, not SAM',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sam from 'aws-cdk-lib/aws-sam';
class CfnFunction { constructor(...args: unknown[]) {} }
declare const apiId: string;
const authed = new sam.CfnApi(this, 'Authed', { stageName: 'prod', auth: { defaultAuthorizer: 'Cognito', authorizers: {} } });
const priv = new sam.CfnApi(this, 'Private', { stageName: 'prod', endpointConfiguration: 'PRIVATE' });
const described = new sam.CfnApi(this, 'Described', { stageName: 'prod', definitionUri: './openapi.yaml' });
const httpAuthed = new sam.CfnHttpApi(this, 'HttpAuthed', { auth: { defaultAuthorizer: 'Jwt' } });
new sam.CfnFunction(this, 'Orders', {
  codeUri: 'src/',
  functionUrlConfig: { authType: 'AWS_IAM' },
  events: {
    Iam: { type: 'Api', properties: { method: 'get', path: '/a', auth: { authorizer: 'AWS_IAM' } } },
    Default: { type: 'Api', properties: { method: 'get', path: '/b', restApiId: authed.ref } },
    Private: { type: 'Api', properties: { method: 'get', path: '/c', restApiId: priv.ref } },
    Preflight: { type: 'Api', properties: { method: 'options', path: '/d' } },
    Described: { type: 'Api', properties: { method: 'get', path: '/e', restApiId: described.ref } },
    Imported: { type: 'Api', properties: { method: 'get', path: '/f', restApiId: apiId } },
    Restricted: { type: 'Api', properties: { method: 'get', path: '/g', auth: { resourcePolicy: { ipRangeWhitelist: ['10.0.0.0/8'] } } } },
    Jwt: { type: 'HttpApi', properties: { apiId: httpAuthed.ref } },
    Queue: { type: 'SQS', properties: { queue: 'arn:aws:sqs:us-east-1:123456789012:q' } },
  },
});
new sam.CfnFunction(this, 'Health', { codeUri: 'src/', events: { Ping: { type: 'Api', properties: { method: 'get', path: '/health' } } } });
new lambda.CfnFunction(this, 'Plain', { code: {}, role: 'r', events: { A: { type: 'Api', properties: { method: 'get', path: '/x' } } } } as never);
new CfnFunction(this, 'Local', { events: { A: { type: 'Api', properties: { method: 'get', path: '/x' } } } });
const overridden = new sam.CfnFunction(this, 'Overridden', { codeUri: 'src/', events: { A: { type: 'Api', properties: { method: 'get', path: '/x' } } } });
overridden.addPropertyOverride('Events.A.Properties.Auth.Authorizer', 'AWS_IAM');`,
    options: [{ allowPublic: ['/health'] }],
  },
  {
    name: 'SAM in CDK: an API given an OpenAPI definition or a private endpoint after construction makes its events unknown',
    code: `import * as sam from 'aws-cdk-lib/aws-sam';
declare const spec: unknown;
const api = new sam.CfnApi(this, 'Api', { stageName: 'prod' });
api.addPropertyOverride('DefinitionBody', spec);
new sam.CfnFunction(this, 'Fn', { codeUri: 'src/', events: { Get: { type: 'Api', properties: { method: 'get', path: '/x', restApiId: api.ref } } } });`,
  },
  {
    name: 'SAM in CDK: an API made private by an assignment',
    code: `import * as sam from 'aws-cdk-lib/aws-sam';
const api = new sam.CfnApi(this, 'Api', { stageName: 'prod' });
api.endpointConfiguration = { type: 'PRIVATE' };
new sam.CfnFunction(this, 'Fn', { codeUri: 'src/', events: { Get: { type: 'Api', properties: { method: 'get', path: '/x', restApiId: api.ref } } } });`,
  },
  {
    name: 'an API handed to helpers: each call passes an API whose defaults authorize (IAM, a Cognito authorizer), or the helper sets an authorizer itself',
    code: `import { Construct } from 'constructs';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
function addOrders(api: apigw.RestApi, integration: apigw.Integration) {
  api.root.addResource('orders').addMethod('GET', integration);
}
export class ApiStack extends Construct {
  constructor(scope: Construct, id: string, integration: apigw.Integration, authorizer: apigw.IAuthorizer) {
    super(scope, id);
    const iam = new apigw.RestApi(this, 'Iam', {
      defaultMethodOptions: { authorizationType: apigw.AuthorizationType.IAM },
    });
    const cognito = new apigw.RestApi(this, 'Cognito', { defaultMethodOptions: { authorizer } });
    addOrders(iam, integration);
    addOrders(cognito, integration);
    this.addAdmin(new apigw.RestApi(this, 'Open'), integration, authorizer);
  }
  private addAdmin(api: apigw.RestApi, integration: apigw.Integration, authorizer: apigw.IAuthorizer) {
    api.root.addResource('admin').addMethod('GET', integration, { authorizer });
    api.root.addResource('iam').addMethod('GET', integration, { authorizationType: apigw.AuthorizationType.IAM });
  }
}`,
  },
  {
    name: 'a helper called with a value the rule cannot resolve (alone, or beside an open API), or with none: quiet',
    code: `import { Construct } from 'constructs';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
function addUnknown(api: apigw.IRestApi, integration: apigw.Integration) {
  api.root.addResource('unknown').addMethod('GET', integration);
}
function addMixed(api: apigw.IRestApi, integration: apigw.Integration) {
  api.root.addResource('mixed').addMethod('GET', integration);
}
function addMissing(integration: apigw.Integration, api?: apigw.IRestApi) {
  api?.root.addResource('missing').addMethod('GET', integration);
}
export class ApiStack extends Construct {
  constructor(scope: Construct, id: string, props: { api: apigw.IRestApi; integration: apigw.Integration }) {
    super(scope, id);
    const open = new apigw.RestApi(this, 'Open');
    addUnknown(props.api, props.integration);
    addMixed(open, props.integration);
    addMixed(props.api, props.integration);
    addMissing(props.integration);
  }
}`,
  },
  {
    name: 'an API handed to helpers whose callers make it private, give it a resource policy or assign its defaults, or followed more than three helpers out',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
function routes(api: apigw.RestApi) {
  api.root.addResource('orders').addMethod('GET', integration);
}
function lockDown(api: apigw.RestApi) {
  api.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['execute-api:Invoke'], conditions: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } } }));
}
function defaults(api: apigw.RestApi) {
  api.root.defaultMethodOptions = { authorizationType: apigw.AuthorizationType.IAM };
}
const locked = new apigw.RestApi(this, 'Locked');
routes(locked);
lockDown(locked);
const assigned = new apigw.RestApi(this, 'Assigned');
routes(assigned);
defaults(assigned);
routes(new apigw.RestApi(this, 'Private', { endpointTypes: [apigw.EndpointType.PRIVATE] }));
function one(api: apigw.RestApi) { two(api); }
function two(api: apigw.RestApi) { three(api); }
function three(api: apigw.RestApi) { four(api); }
function four(api: apigw.RestApi) { api.root.addResource('deep').addMethod('GET', integration); }
one(new apigw.RestApi(this, 'Deep'));`,
  },
  {
    name: 'an HTTP API handed to a helper: its defaultAuthorizer covers the routes the helper adds',
    code: `import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
function addOrders(httpApi: apigwv2.HttpApi, integration: apigwv2.HttpRouteIntegration) {
  httpApi.addRoutes({ path: '/orders', methods: [apigwv2.HttpMethod.POST], integration });
  new apigwv2.HttpRoute(this, 'Get', { httpApi, routeKey: apigwv2.HttpRouteKey.with('/orders', apigwv2.HttpMethod.GET), integration });
}
addOrders(new apigwv2.HttpApi(this, 'Http', { defaultAuthorizer: new apigwv2.HttpIamAuthorizer() }), integration);`,
  },
];

const tsInvalid: Invalid[] = [
  {
    name: "a route helper whose verb is a parameter's default: the calls that leave it out add that verb",
    code: `import * as cdk from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string, fn: lambda.IFunction) {
    super(scope, id);
    const api = new apigw.RestApi(this, 'Api');
    const route = (path: string, method = 'GET') => api.root.addResource(path).addMethod(method, new apigw.LambdaIntegration(fn));
    route('orders');
    route('items', 'POST');
  }
}`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET|POST /orders|/items' }, line: 8, column: 80, endLine: 8, endColumn: 89, suggestions: [] },
    ],
  },
  {
    name: "AWS Solutions Constructs: a proxying LambdaRestApi built from apiGatewayProps (a typed const) whose defaultMethodOptions say NONE",
    code: `import * as api from 'aws-cdk-lib/aws-apigateway';
import { LambdaRestApiProps } from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Stack } from 'aws-cdk-lib';
import { CloudFrontToApiGatewayToLambda } from '@aws-solutions-constructs/aws-cloudfront-apigateway-lambda';

const stack = new Stack();
const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('') });
const apiGatewayProps: LambdaRestApiProps = {
  handler: fn,
  defaultMethodOptions: { authorizationType: api.AuthorizationType.NONE },
};
new CloudFrontToApiGatewayToLambda(stack, 'ImageApi', { existingLambdaObj: fn, apiGatewayProps });
`,
    output: null,
    errors: [
      { messageId: 'proxyWithoutAuthorization', data: { api: 'ImageApi' }, line: 13, column: 5, endLine: 13, endColumn: 35, suggestions: [] },
    ],
  },
  {
    name: "StepFunctionsRestApi adds ANY / on its root with the API's defaultMethodOptions: open without them or with NONE; quiet with an authorizer, IAM, or a private endpoint",
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
export function api(scope: any, stateMachine: sfn.IStateMachine, authorizer: apigw.IAuthorizer) {
  const sfnApi = new apigw.StepFunctionsRestApi(scope, 'SfnApi', { stateMachine });
  sfnApi.root.addResource('run').addMethod('POST');
  new apigw.StepFunctionsRestApi(scope, 'Secured', { stateMachine, defaultMethodOptions: { authorizer } });
  new apigw.StepFunctionsRestApi(scope, 'Iam', { stateMachine, defaultMethodOptions: { authorizationType: apigw.AuthorizationType.IAM } });
  new apigw.StepFunctionsRestApi(scope, 'Open', { stateMachine, defaultMethodOptions: { authorizationType: apigw.AuthorizationType.NONE } });
  new apigw.StepFunctionsRestApi(scope, 'Private', { stateMachine, endpointTypes: [apigw.EndpointType.PRIVATE] });
}`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'ANY /' }, line: 4, column: 22, endLine: 4, endColumn: 48, suggestions: [] },
      { messageId: 'methodWithoutAuthorization', data: { route: 'POST /run' }, line: 5, column: 34, endLine: 5, endColumn: 43, suggestions: [] },
      { messageId: 'methodAuthorizationNone', data: { route: 'ANY /' }, line: 8, column: 108, endLine: 8, endColumn: 136, suggestions: [] },
    ],
  },
  {
    name: 'a choice whose branches all leave authorizationType undefined leaves the method open; a branch that sets one keeps it quiet',
    code: `import { LambdaIntegration, RestApi } from 'aws-cdk-lib/aws-apigateway';
declare const scope: any, fn: any, authorizer: any;
const users = new RestApi(scope, 'Api').root.addResource('admin-users');
users.addMethod('DELETE', new LambdaIntegration(fn), { authorizationType: authorizer ? undefined : undefined });
users.addMethod('GET', new LambdaIntegration(fn), { authorizationType: authorizer ? 'CUSTOM' : undefined });`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'DELETE /admin-users' }, line: 4, column: 7, endLine: 4, endColumn: 16, suggestions: [] },
    ],
  },
  {
    name: "a route helper's optional authorizer parameter that no call gives: each route it adds is open",
    code: `import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
declare const fn: never;
export function build(scope: never) {
  const api = new apigwv2.HttpApi(scope, 'Api');
  const addRoute = (path: string, authorizer?: apigwv2.IHttpRouteAuthorizer) =>
    api.addRoutes({ path, methods: [apigwv2.HttpMethod.GET], integration: new HttpLambdaIntegration(path, fn), authorizer });
  addRoute('/orders');
  addRoute('/users', undefined);
}`,
    output: null,
    errors: [{ messageId: 'routeWithoutAuthorization', data: { route: 'GET /orders|/users' }, line: 7, column: 9, endLine: 7, endColumn: 18, suggestions: [] }],
  },
  {
    name: "methods added to another stack's REST API (fromRestApiAttributes): its imported root inherits no method options",
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
declare const fn: never;
export function addOrders(scope: never) {
  const api = apigw.RestApi.fromRestApiAttributes(scope, 'Shared', { restApiId: 'abc', rootResourceId: 'def' });
  api.root.addResource('orders').addMethod('GET', new apigw.LambdaIntegration(fn));
  api.root.addResource('admin').addMethod('POST', new apigw.LambdaIntegration(fn), { authorizationType: apigw.AuthorizationType.IAM });
  const { root } = apigw.LambdaRestApi.fromRestApiAttributes(scope, 'Other', { restApiId: 'x', rootResourceId: 'y' });
  root.addMethod('DELETE', new apigw.LambdaIntegration(fn), { authorizationType: apigw.AuthorizationType.NONE });
}`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /orders' }, line: 5, column: 34, endLine: 5, endColumn: 43, suggestions: [] },
      { messageId: 'methodAuthorizationNone', data: { route: 'DELETE /' }, line: 8, column: 82, endLine: 8, endColumn: 110, suggestions: [] },
    ],
  },
  {
    name: 'a helper adding methods at resourceForPath(path): each call pairs its path and verb; allowPublic leaves the public one',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
export function routes(scope: any, fn: lambda.IFunction) {
  const api = new apigw.RestApi(scope, 'Api');
  const addRoute = (path: string, verb: string) =>
    api.root.resourceForPath(path).addMethod(verb, new apigw.LambdaIntegration(fn));
  addRoute('/health', 'GET');
  addRoute('/status/now', 'GET');
}`,
    options: [{ allowPublic: ['/health'] }],
    output: null,
    errors: [{ messageId: 'methodWithoutAuthorization', data: { route: 'GET /status/now' }, line: 6, column: 36, endLine: 6, endColumn: 45, suggestions: [] }],
  },
  {
    name: 'a sign-in path called with a verb no sign-in takes (DELETE, PUT, PATCH) is judged; GET, POST, HEAD and ANY stay public',
    code: `import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigwv2.HttpRouteIntegration;
const api = new apigwv2.HttpApi(this, 'Api');
api.addRoutes({ path: '/oauth/token', methods: [apigwv2.HttpMethod.DELETE], integration });
api.addRoutes({ path: '/users/{id}/signup', methods: [apigwv2.HttpMethod.GET, apigwv2.HttpMethod.PUT], integration });
api.addRoutes({ path: '/tenants/{tenantId}/login', methods: [apigwv2.HttpMethod.ANY], integration });
api.addRoutes({ path: '/login', methods: [apigwv2.HttpMethod.HEAD, apigwv2.HttpMethod.POST], integration });
new apigwv2.HttpRoute(this, 'Reset', { httpApi: api, routeKey: apigwv2.HttpRouteKey.with('/sign-in', apigwv2.HttpMethod.PATCH), integration });`,
    output: null,
    errors: [
      { messageId: 'routeWithoutAuthorization', data: { route: 'DELETE /oauth/token' }, line: 4, column: 5, endLine: 4, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'GET|PUT /users/{id}/signup' }, line: 5, column: 5, endLine: 5, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'PATCH /sign-in' }, line: 8, column: 5, endLine: 8, endColumn: 22 },
    ],
  },
  {
    name: 'routes only named like sign-in steps: under admin or a path parameter, other words, a proxy under otp',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
declare const integ: apigw.Integration;
const api = new apigw.RestApi(this, 'Api');
const admin = api.root.addResource('admin').addResource('users').addResource('{id}');
admin.addResource('disable-otp').addMethod('POST', integ);
admin.addResource('revoke-refresh-token').addMethod('POST', integ);
api.root.addResource('otp').addResource('secrets').addMethod('GET', integ);
api.root.addResource('forgot-password-requests').addMethod('GET', integ);
api.root.addResource('otp').addResource('{proxy+}').addMethod('ANY', integ);
api.root.addResource('integrations').addResource('{id}').addResource('refresh-token').addMethod('POST', integ);`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'POST /admin/users/{id}/disable-otp' }, line: 5, column: 34, endLine: 5, endColumn: 43 },
      { messageId: 'methodWithoutAuthorization', data: { route: 'POST /admin/users/{id}/revoke-refresh-token' }, line: 6, column: 43, endLine: 6, endColumn: 52 },
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /otp/secrets' }, line: 7, column: 52, endLine: 7, endColumn: 61 },
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /forgot-password-requests' }, line: 8, column: 50, endLine: 8, endColumn: 59 },
      { messageId: 'methodWithoutAuthorization', data: { route: 'ANY /otp/{proxy+}' }, line: 9, column: 53, endLine: 9, endColumn: 62 },
      { messageId: 'methodWithoutAuthorization', data: { route: 'POST /integrations/{id}/refresh-token' }, line: 10, column: 87, endLine: 10, endColumn: 96 },
    ],
  },
  {
    name: 'SST v3: an account made, a forgotten password and its steps, Cognito confirmations are sign-in steps; other registrations and resets are not',
    filename: 'sst.config.ts',
    code: `export default $config({
  app() { return { name: 'api', home: 'aws' }; },
  async run() {
    const api = new sst.aws.ApiGatewayV2('Api');
    api.route('POST /auth/register', 'src/auth.handler');
    api.route('POST /register', 'src/auth.handler');
    api.route('POST /users/register', 'src/auth.handler');
    api.route('POST /auth/forgot-password/send', 'src/auth.handler');
    api.route('POST /auth/forgot-password/verify', 'src/auth.handler');
    api.route('POST /forgot_password/reset', 'src/auth.handler');
    api.route('POST /auth/reset-password', 'src/auth.handler');
    api.route('POST /auth/confirm-sign-up', 'src/auth.handler');
    api.route('POST /auth/confirm_forgot_password', 'src/auth.handler');
    api.route('POST /devices/register', 'src/auth.handler');
    api.route('POST /webhooks/register', 'src/auth.handler');
    api.route('POST /auth/forgot-password/history', 'src/auth.handler');
    api.route('POST /orders/reset-password', 'src/auth.handler');
    api.route('POST /tenants/{id}/register', 'src/auth.handler');
    api.route('DELETE /auth/register', 'src/auth.handler');
    api.route('POST /auth/confirm-order', 'src/auth.handler');
  },
});`,
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /devices/register', option: 'auth' }, line: 14, column: 9, endLine: 14, endColumn: 14, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /webhooks/register', option: 'auth' }, line: 15, column: 9, endLine: 15, endColumn: 14, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /auth/forgot-password/history', option: 'auth' }, line: 16, column: 9, endLine: 16, endColumn: 14, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /orders/reset-password', option: 'auth' }, line: 17, column: 9, endLine: 17, endColumn: 14, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /tenants/{id}/register', option: 'auth' }, line: 18, column: 9, endLine: 18, endColumn: 14, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'DELETE /auth/register', option: 'auth' }, line: 19, column: 9, endLine: 19, endColumn: 14, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /auth/confirm-order', option: 'auth' }, line: 20, column: 9, endLine: 20, endColumn: 14, suggestions: [] },
    ],
  },
  {
    name: "an escape hatch on the L1 resource of a method kept in a const makes only that method unknown",
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
declare const i: apigw.Integration;
const api = new apigw.RestApi(this, 'Api');
api.root.addResource('orders').addMethod('DELETE', i);
const m = api.root.addResource('admin').addMethod('POST', i);
(m.node.defaultChild as apigw.CfnMethod).addPropertyOverride('AuthorizationType', 'AWS_IAM');
const n = api.root.addResource('reports').addMethod('GET', i);
(n.node.defaultChild as apigw.CfnMethod).authorizationType = 'AWS_IAM';`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'DELETE /orders' }, line: 4, column: 32, endLine: 4, endColumn: 41 },
    ],
  },
  {
    name: 'the other steps of a sign-in (one-time passwords, a session refresh, a forgotten password) and sign-ins of a kind of user or a provider are public; look-alikes are not',
    code: `import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigwv2.HttpRouteIntegration;
const api = new apigwv2.HttpApi(this, 'Api');
api.addRoutes({ path: '/users/send-otp', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/users/verify_otp', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/otp/verify', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/users/refresh-session', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/auth/refresh', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/Refresh-Token', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/auth/forgot-password', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/cache/refresh', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/users/{id}/reset-password', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/otp/verify', methods: [apigwv2.HttpMethod.DELETE], integration });
api.addRoutes({ path: '/hotpot', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/refresh', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/auth/client-login', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/auth/client-refresh', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/admin-login', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/google_signin', methods: [apigwv2.HttpMethod.GET], integration });
api.addRoutes({ path: '/users/disable-login', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/cache/client-refresh', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/users/{id}/client-login', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/support/force-login', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/admins/approve-signup', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/auth/jwks-refresh', methods: [apigwv2.HttpMethod.POST], integration });`,
    output: null,
    errors: [
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /cache/refresh' }, line: 11, column: 5, endLine: 11, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /users/{id}/reset-password' }, line: 12, column: 5, endLine: 12, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'DELETE /otp/verify' }, line: 13, column: 5, endLine: 13, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /hotpot' }, line: 14, column: 5, endLine: 14, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /refresh' }, line: 15, column: 5, endLine: 15, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /users/disable-login' }, line: 20, column: 5, endLine: 20, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /cache/client-refresh' }, line: 21, column: 5, endLine: 21, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /users/{id}/client-login' }, line: 22, column: 5, endLine: 22, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /support/force-login' }, line: 23, column: 5, endLine: 23, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /admins/approve-signup' }, line: 24, column: 5, endLine: 24, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /auth/jwks-refresh' }, line: 25, column: 5, endLine: 25, endColumn: 14 },
    ],
  },
  {
    name: 'sign-in endpoints (OAuth token and authorize, .well-known discovery, login, sign-up) are public by protocol; other routes of an OAuth service are not',
    code: `import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigwv2.HttpRouteIntegration;
const api = new apigwv2.HttpApi(this, 'Api');
api.addRoutes({ path: '/.well-known/oauth-authorization-server', methods: [apigwv2.HttpMethod.GET], integration });
api.addRoutes({ path: '/login', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/oauth/authorize', methods: [apigwv2.HttpMethod.GET, apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/oauth/authorize/callback', methods: [apigwv2.HttpMethod.GET], integration });
api.addRoutes({ path: '/v1/oauth2/token', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/users/Sign-Up', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/oauth/client/{clientId}', methods: [apigwv2.HttpMethod.DELETE], integration });
api.addRoutes({ path: '/login-history', methods: [apigwv2.HttpMethod.GET], integration });
api.addRoutes({ path: '/token/{id}', methods: [apigwv2.HttpMethod.GET], integration });
api.addRoutes({ path: '/oauth/introspect', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/auth/oauth2/revoke', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/oauth/register', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/oauth/device_authorization', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/OAuth/PAR', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/oauth/introspect', methods: [apigwv2.HttpMethod.DELETE], integration });
api.addRoutes({ path: '/oauth/register/{clientId}', methods: [apigwv2.HttpMethod.GET], integration });
api.addRoutes({ path: '/oauth/revoke-all', methods: [apigwv2.HttpMethod.POST], integration });`,
    output: null,
    errors: [
      { messageId: 'routeWithoutAuthorization', data: { route: 'DELETE /oauth/client/{clientId}' }, line: 10, column: 5, endLine: 10, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'GET /login-history' }, line: 11, column: 5, endLine: 11, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'GET /token/{id}' }, line: 12, column: 5, endLine: 12, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'DELETE /oauth/introspect' }, line: 18, column: 5, endLine: 18, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'GET /oauth/register/{clientId}' }, line: 19, column: 5, endLine: 19, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /oauth/revoke-all' }, line: 20, column: 5, endLine: 20, endColumn: 14 },
    ],
  },
  {
    name: 'new ProxyResource adds ANY /{proxy+} as addProxy does: reported without authorization to inherit; quiet with defaultMethodOptions authorizing it or anyMethod false',
    code: `import * as cdk from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string, fn: lambda.IFunction, authorizer: apigw.IAuthorizer) {
    super(scope, id);
    const api = new apigw.RestApi(this, 'Api');
    const integ = new apigw.LambdaIntegration(fn);
    const v1 = api.root.addResource('v1');
    new apigw.ProxyResource(this, 'Open', { parent: v1, defaultIntegration: integ });
    const v2 = api.root.addResource('v2');
    new apigw.ProxyResource(this, 'Secured', { parent: v2, defaultIntegration: integ, defaultMethodOptions: { authorizer } });
    const v3 = api.root.addResource('v3');
    new apigw.ProxyResource(this, 'NoAny', { parent: v3, defaultIntegration: integ, anyMethod: false });
  }
}`,
    output: null,
    errors: [{ messageId: 'methodWithoutAuthorization', data: { route: 'ANY /v1/{proxy+}' }, line: 10, column: 9, endLine: 10, endColumn: 28, suggestions: [] }],
  },
  {
    name: 'a route added to an HTTP API imported from another stack: no default authorizer to inherit (its own authorizer decides; allowPublic by the import id)',
    code: `import * as cdk from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string, fn: lambda.IFunction, authorizer: HttpJwtAuthorizer) {
    super(scope, id);
    const integration = new HttpLambdaIntegration('I', fn);
    const shared = apigwv2.HttpApi.fromHttpApiAttributes(this, 'Shared', { httpApiId: 'abc' });
    new apigwv2.HttpRoute(this, 'Orders', { httpApi: shared, routeKey: apigwv2.HttpRouteKey.with('/orders', apigwv2.HttpMethod.GET), integration });
    new apigwv2.HttpRoute(this, 'Users', { httpApi: shared, routeKey: apigwv2.HttpRouteKey.with('/users', apigwv2.HttpMethod.GET), integration, authorizer });
    new apigwv2.HttpRoute(this, 'Cors', { httpApi: shared, routeKey: apigwv2.HttpRouteKey.with('/users', apigwv2.HttpMethod.OPTIONS), integration });
    const publicApi = apigwv2.HttpApi.fromHttpApiAttributes(this, 'PublicApi', { httpApiId: 'def' });
    new apigwv2.HttpRoute(this, 'Health', { httpApi: publicApi, routeKey: apigwv2.HttpRouteKey.with('/health', apigwv2.HttpMethod.GET), integration });
  }
}`,
    options: [{ allowPublic: ['PublicApi'] }],
    output: null,
    errors: [{ messageId: 'routeWithoutAuthorization', data: { route: 'GET /orders' }, line: 11, column: 9, endLine: 11, endColumn: 26, suggestions: [] }],
  },
  {
    name: "an override of another field of a SAM function's FunctionUrlConfig (InvokeMode, Cors) is no escape hatch for a URL's auth",
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
const fn = new lambda.DockerImageFunction(this, 'Fn', { code });
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
const cfn = fn.node.defaultChild as lambda.CfnFunction;
cfn.addPropertyOverride('FunctionUrlConfig.InvokeMode', 'RESPONSE_STREAM');
cfn.addOverride('Properties.FunctionUrlConfig.Cors.AllowOrigins', ['*']);`,
    output: null,
    errors: [{ messageId: 'functionUrlAuthNone', data: { option: 'authType' }, line: 3, column: 31, endLine: 3, endColumn: 62, suggestions: [{ messageId: 'useAwsIam', output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
const fn = new lambda.DockerImageFunction(this, 'Fn', { code });
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
const cfn = fn.node.defaultChild as lambda.CfnFunction;
cfn.addPropertyOverride('FunctionUrlConfig.InvokeMode', 'RESPONSE_STREAM');
cfn.addOverride('Properties.FunctionUrlConfig.Cors.AllowOrigins', ['*']);` }] }],
  },
  {
    name: 'options spread from a function of the file that returns an object literal: NONE there is reported on the call, AWS_IAM is not',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const fn: lambda.Function;
const urlOptions = () => ({ authType: lambda.FunctionUrlAuthType.NONE });
fn.addFunctionUrl({ ...urlOptions(), cors: { allowedOrigins: ['*'] } });
const iamOptions = () => ({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
const options = iamOptions();
fn.addFunctionUrl({ ...options, cors: { allowedOrigins: ['*'] } });`,
    output: null,
    errors: [{ messageId: 'functionUrlAuthNone', data: { option: 'authType' }, line: 4, column: 4, endLine: 4, endColumn: 18, suggestions: [] }],
  },
  {
    name: "NONE handed to a construct's props or a helper's parameter by a call of the file: reported where it is written (AWS_IAM is not)",
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
class UrlFunction extends Construct {
  constructor(scope: Construct, id: string, props: { entry: string; authType: lambda.FunctionUrlAuthType }) {
    super(scope, id);
    new NodejsFunction(this, 'Fn', { entry: props.entry }).addFunctionUrl({ authType: props.authType });
  }
}
const addUrl = (fn: lambda.IFunction, authType: lambda.FunctionUrlAuthType) => fn.addFunctionUrl({ authType });
declare const fn: lambda.IFunction;
declare const scope: Construct;
new UrlFunction(scope, 'Public', { entry: 'a.ts', authType: lambda.FunctionUrlAuthType.NONE });
new UrlFunction(scope, 'Private', { entry: 'b.ts', authType: lambda.FunctionUrlAuthType.AWS_IAM });
addUrl(fn, lambda.FunctionUrlAuthType.NONE);
addUrl(fn, lambda.FunctionUrlAuthType.AWS_IAM);`,
    output: null,
    errors: [
      { messageId: 'functionUrlAuthNone', data: { option: 'authType' }, line: 13, column: 61, endLine: 13, endColumn: 92, suggestions: [] },
      { messageId: 'functionUrlAuthNone', data: { option: 'authType' }, line: 15, column: 12, endLine: 15, endColumn: 43, suggestions: [] },
    ],
  },
  {
    name: 'a choice of authType bound to a const: a constant test is judged by its branch (on the call), a run-time one is not judged',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
const IS_PUBLIC = true;
declare const fn: lambda.Function;
const authType = IS_PUBLIC ? lambda.FunctionUrlAuthType.NONE : lambda.FunctionUrlAuthType.AWS_IAM;
fn.addFunctionUrl({ authType });
declare const props: { public: boolean };
const chosen = props.public ? lambda.FunctionUrlAuthType.NONE : lambda.FunctionUrlAuthType.AWS_IAM;
fn.addFunctionUrl({ authType: chosen });`,
    output: null,
    errors: [{ messageId: 'functionUrlAuthNone', data: { option: 'authType' }, line: 5, column: 4, endLine: 5, endColumn: 18, suggestions: [] }],
  },
  {
    name: 'a method added under a condition in a route loop or after an early return in a helper is not paired with every row or call: the loop\'s is judged without a path, the helper\'s not at all',
    code: `import * as cdk from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string, fn: lambda.IFunction, authorizer: apigw.IAuthorizer) {
    super(scope, id);
    const api = new apigw.RestApi(this, 'Api');
    const integ = new apigw.LambdaIntegration(fn);
    const ROUTES = [{ path: 'health', public: true }, { path: 'orders', public: false }];
    for (const r of ROUTES) {
      const res = api.root.addResource(r.path);
      if (r.public) res.addMethod('GET', integ);
      else res.addMethod('GET', integ, { authorizer });
    }
    const add = (part: string, verb: string, secure: boolean) => {
      const res = api.root.addResource(part);
      if (secure) { res.addMethod(verb, integ, { authorizer }); return; }
      res.addMethod(verb, integ);
    };
    add('ping', 'GET', false);
    add('carts', 'DELETE', true);
  }
}`,
    output: null,
    errors: [{ messageId: 'methodWithoutAuthorization', data: { route: 'GET' }, line: 12, column: 25, endLine: 12, endColumn: 34, suggestions: [] }],
  },
  {
    name: 'options a function of the file returns as an object literal are read: NONE there is reported on the call',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const fn: lambda.Function;
const urlOptions = () => ({ authType: lambda.FunctionUrlAuthType.NONE, cors: { allowedOrigins: ['*'] } });
fn.addFunctionUrl(urlOptions());
const iamOptions = (origins: string[]) => ({ authType: lambda.FunctionUrlAuthType.AWS_IAM, cors: { allowedOrigins: origins } });
fn.addFunctionUrl(iamOptions(['https://example.com']));`,
    output: null,
    errors: [{ messageId: 'functionUrlAuthNone', data: { option: 'authType' }, line: 4, column: 4, endLine: 4, endColumn: 18, suggestions: [] }],
  },
  {
    name: 'a route table and a helper\'s calls pair each verb with its path: an OPTIONS row or call names no path; a helper given several resources is not judged',
    code: `import * as cdk from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string, fn: lambda.IFunction, authorizer: apigw.IAuthorizer) {
    super(scope, id);
    const api = new apigw.RestApi(this, 'Api');
    const integ = new apigw.LambdaIntegration(fn);
    const ROUTES = [{ path: 'orders', method: 'DELETE' }, { path: 'cors', method: 'OPTIONS' }, { path: 'health', method: 'GET' }];
    for (const route of ROUTES) api.root.addResource(route.path).addMethod(route.method, integ);
    const add = (part: string, verb: string) => api.root.addResource(part).addMethod(verb, integ);
    add('items', 'DELETE');
    add('health2', 'GET');
    add('preflight', 'OPTIONS');
    const secured = api.root.addResource('secure', { defaultMethodOptions: { authorizer } });
    const add2 = (resource: apigw.IResource, part: string, verb: string) => resource.addResource(part).addMethod(verb, integ);
    add2(secured, 'carts', 'PUT');
    add2(api.root, 'public', 'GET');
  }
}`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'DELETE|GET /orders|/health' }, line: 10, column: 66, endLine: 10, endColumn: 75, suggestions: [] },
      { messageId: 'methodWithoutAuthorization', data: { route: 'DELETE|GET /items|/health2' }, line: 11, column: 76, endLine: 11, endColumn: 85, suggestions: [] },
    ],
  },
  {
    name: 'the same with allowPublic: a public path takes its verb with it',
    code: `import * as cdk from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string, fn: lambda.IFunction, authorizer: apigw.IAuthorizer) {
    super(scope, id);
    const api = new apigw.RestApi(this, 'Api');
    const integ = new apigw.LambdaIntegration(fn);
    const ROUTES = [{ path: 'orders', method: 'DELETE' }, { path: 'cors', method: 'OPTIONS' }, { path: 'health', method: 'GET' }];
    for (const route of ROUTES) api.root.addResource(route.path).addMethod(route.method, integ);
    const add = (part: string, verb: string) => api.root.addResource(part).addMethod(verb, integ);
    add('items', 'DELETE');
    add('health2', 'GET');
    add('preflight', 'OPTIONS');
    const secured = api.root.addResource('secure', { defaultMethodOptions: { authorizer } });
    const add2 = (resource: apigw.IResource, part: string, verb: string) => resource.addResource(part).addMethod(verb, integ);
    add2(secured, 'carts', 'PUT');
    add2(api.root, 'public', 'GET');
  }
}`,
    options: [{ allowPublic: ['/health', '/health2'] }],
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'DELETE /orders' }, line: 10, column: 66, endLine: 10, endColumn: 75, suggestions: [] },
      { messageId: 'methodWithoutAuthorization', data: { route: 'DELETE /items' }, line: 11, column: 76, endLine: 11, endColumn: 85, suggestions: [] },
    ],
  },
  {
    name: 'a choice of authType whose test is a constant of the file: the branch it takes is judged (NONE here)',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
const IS_PUBLIC = true;
declare const fn: lambda.Function;
fn.addFunctionUrl({ authType: IS_PUBLIC ? lambda.FunctionUrlAuthType.NONE : lambda.FunctionUrlAuthType.AWS_IAM });`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 4,
        column: 43,
        endLine: 4,
        endColumn: 74,
        suggestions: [{ messageId: 'useAwsIam', output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
const IS_PUBLIC = true;
declare const fn: lambda.Function;
fn.addFunctionUrl({ authType: IS_PUBLIC ? lambda.FunctionUrlAuthType.AWS_IAM : lambda.FunctionUrlAuthType.AWS_IAM });` }],
      },
    ],
  },
    {
      name: 'reported: REST paths from a loop over a list or a route table and a helper\'s calls are named; public ones listed in allowPublic are left out',
      code: `import * as cdk from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string, fn: lambda.IFunction) {
    super(scope, id);
    const api = new apigw.RestApi(this, 'Api');
    for (const path of ['orders', 'users']) {
      api.root.addResource(path).addMethod('GET', new apigw.LambdaIntegration(fn));
    }
    const ROUTES = [{ path: 'health', method: 'GET' }, { path: 'admin', method: 'POST' }];
    for (const route of ROUTES) {
      api.root.addResource(route.path).addMethod(route.method, new apigw.LambdaIntegration(fn));
    }
    const add = (p: string, verb: string) => api.root.addResource(p).addMethod(verb, new apigw.LambdaIntegration(fn));
    add('items', 'DELETE');
    add('public', 'GET');
  }
}`,
      output: null,
      errors: [
        { messageId: 'methodWithoutAuthorization', data: { route: 'GET /orders|/users' }, line: 9, column: 34, endLine: 9, endColumn: 43, suggestions: [] },
        { messageId: 'methodWithoutAuthorization', data: { route: 'GET|POST /health|/admin' }, line: 13, column: 40, endLine: 13, endColumn: 49, suggestions: [] },
        { messageId: 'methodWithoutAuthorization', data: { route: 'DELETE|GET /items|/public' }, line: 15, column: 70, endLine: 15, endColumn: 79, suggestions: [] },
      ],
    },
    {
      name: 'reported with allowPublic: only the routes not listed, each verb with its own path',
      code: `import * as cdk from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string, fn: lambda.IFunction) {
    super(scope, id);
    const api = new apigw.RestApi(this, 'Api');
    for (const path of ['orders', 'users']) {
      api.root.addResource(path).addMethod('GET', new apigw.LambdaIntegration(fn));
    }
    const ROUTES = [{ path: 'health', method: 'GET' }, { path: 'admin', method: 'POST' }];
    for (const route of ROUTES) {
      api.root.addResource(route.path).addMethod(route.method, new apigw.LambdaIntegration(fn));
    }
    const add = (p: string, verb: string) => api.root.addResource(p).addMethod(verb, new apigw.LambdaIntegration(fn));
    add('items', 'DELETE');
    add('public', 'GET');
  }
}`,
      options: [{ allowPublic: ['/health', '/public'] }],
      output: null,
      errors: [
        { messageId: 'methodWithoutAuthorization', data: { route: 'GET /orders|/users' }, line: 9, column: 34, endLine: 9, endColumn: 43, suggestions: [] },
        { messageId: 'methodWithoutAuthorization', data: { route: 'POST /admin' }, line: 13, column: 40, endLine: 13, endColumn: 49, suggestions: [] },
        { messageId: 'methodWithoutAuthorization', data: { route: 'DELETE /items' }, line: 15, column: 70, endLine: 15, endColumn: 79, suggestions: [] },
      ],
    },
  {
    name: 'NONE asserted to be CDK FunctionUrlAuthType proves the call is CDK, on a function received from elsewhere',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const fn: lambda.Function;
fn.addFunctionUrl({ authType: 'NONE' as lambda.FunctionUrlAuthType });`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 3,
        column: 31,
        endLine: 3,
        endColumn: 67,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const fn: lambda.Function;
fn.addFunctionUrl({ authType: 'AWS_IAM' as lambda.FunctionUrlAuthType });`,
          },
        ],
      },
    ],
  },
    {
      name: 'reported: the pairs add GET /items and POST /items without an authorizer',
      code: `import { Stack } from 'aws-cdk-lib';
import { HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';

const ROUTES: [HttpMethod, string][] = [
  [HttpMethod.GET, '/items'],
  [HttpMethod.POST, '/items'],
];

export class ItemsStack extends Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const api = new HttpApi(this, 'ItemsApi');
    const integration = new HttpLambdaIntegration('I', new NodejsFunction(this, 'Fn', { entry: 'src/i.ts' }));
    for (const [method, path] of ROUTES) api.addRoutes({ path, methods: [method], integration });
  }
}`,
      output: null,
      errors: [
        { messageId: 'routeWithoutAuthorization', data: { route: 'GET|POST /items' }, line: 17, column: 46, endLine: 17, endColumn: 55, suggestions: [] },
      ],
    },
    {
      name: 'reported: the GET row is open (the OPTIONS row is a preflight)',
      code: `import { Stack } from 'aws-cdk-lib';
import { HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';

const ROUTES: { method: HttpMethod; path: string }[] = [
  { method: HttpMethod.OPTIONS, path: '/{proxy+}' },
  { method: HttpMethod.GET, path: '/reports' },
];

export class ReportsStack extends Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const api = new HttpApi(this, 'ReportsApi');
    const integration = new HttpLambdaIntegration('R', new NodejsFunction(this, 'Fn', { entry: 'src/r.ts' }));
    ROUTES.forEach(({ path, method }) => api.addRoutes({ path, methods: [method], integration }));
  }
}`,
      output: null,
      errors: [
        { messageId: 'routeWithoutAuthorization', data: { route: 'GET /reports' }, line: 17, column: 46, endLine: 17, endColumn: 55, suggestions: [] },
      ],
    },
    {
      name: 'reported: the pairs add GET /items and POST /items without an authorizer (string methods)',
      code: `import { Stack } from 'aws-cdk-lib';
import { LambdaIntegration, RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Function, Runtime, Code } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

const ROUTES = [
  ['GET', 'items'],
  ['POST', 'items'],
];

export class ItemsRestStack extends Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const api = new RestApi(this, 'ItemsApi');
    const integration = new LambdaIntegration(new Function(this, 'Fn', { runtime: Runtime.NODEJS_20_X, handler: 'i.h', code: Code.fromAsset('dist') }));
    const items = api.root.addResource('items');
    for (const [method] of ROUTES) items.addMethod(method, integration);
  }
}`,
      output: null,
      errors: [
        { messageId: 'methodWithoutAuthorization', data: { route: 'GET|POST /items' }, line: 17, column: 42, endLine: 17, endColumn: 51, suggestions: [] },
      ],
    },
    {
      name: 'reported: each REST method of the table is added without authorization',
      code: `import { Stack } from 'aws-cdk-lib';
import { LambdaIntegration, RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Function, Runtime, Code } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

const ENDPOINTS = [
  { method: 'GET', resource: 'invoices' },
  { method: 'POST', resource: 'payments' },
];

export class BillingStack extends Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const api = new RestApi(this, 'BillingApi');
    const fn = new Function(this, 'Billing', { runtime: Runtime.NODEJS_20_X, handler: 'index.handler', code: Code.fromAsset('dist') });
    const integration = new LambdaIntegration(fn);
    for (const { method, resource } of ENDPOINTS) {
      api.root.addResource(resource).addMethod(method, integration);
    }
  }
}`,
      output: null,
      errors: [
        { messageId: 'methodWithoutAuthorization', data: { route: 'GET|POST /invoices|/payments' }, line: 18, column: 38, endLine: 18, endColumn: 47, suggestions: [] },
      ],
    },
    {
      name: 'reported: a second custom domain without mtls is added to the API, so callers reach it without a client certificate',
      code: `import { Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';

export class PartnerApiStack extends Stack {
  constructor(scope: any, id: string, props: { fn: lambda.IFunction; certificate: acm.ICertificate; trustStore: s3.IBucket }) {
    super(scope, id);
    const api = new apigw.RestApi(this, 'PartnerApi', {
      disableExecuteApiEndpoint: true,
      domainName: {
        domainName: 'partners.example.com',
        certificate: props.certificate,
        mtls: { bucket: props.trustStore, key: 'truststore.pem' },
      },
    });
    api.addDomainName('PublicDomain', { domainName: 'api.example.com', certificate: props.certificate });
    api.root.addResource('orders').addMethod('POST', new apigw.LambdaIntegration(props.fn));
  }
}`,
      output: null,
      errors: [
        { messageId: 'methodWithoutAuthorization', data: { route: 'POST /orders' }, line: 19, column: 36, endLine: 19, endColumn: 45, suggestions: [] },
      ],
    },
    {
      name: 'reported: an ApiMapping also puts the HTTP API on a domain without mtls',
      code: `import { Stack } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export class GatewayStack extends Stack {
  constructor(scope: any, id: string, props: { certificate: any; trustStore: any; fn: lambda.IFunction }) {
    super(scope, id);
    const mtlsDomain = new apigwv2.DomainName(this, 'MtlsDomain', {
      domainName: 'gw.example.org',
      certificate: props.certificate,
      mtls: { bucket: props.trustStore, key: 'truststore.pem' },
    });
    const publicDomain = new apigwv2.DomainName(this, 'PublicDomain', { domainName: 'api.example.org', certificate: props.certificate });
    const api = new apigwv2.HttpApi(this, 'Api', { defaultDomainMapping: { domainName: mtlsDomain }, disableExecuteApiEndpoint: true });
    new apigwv2.ApiMapping(this, 'PublicMapping', { api, domainName: publicDomain });
    api.addRoutes({ path: '/v1/claims', methods: [apigwv2.HttpMethod.POST], integration: new HttpLambdaIntegration('Claims', props.fn) });
  }
}`,
      output: null,
      errors: [
        { messageId: 'routeWithoutAuthorization', data: { route: 'POST /v1/claims' }, line: 17, column: 9, endLine: 17, endColumn: 18, suggestions: [] },
      ],
    },
    {
      name: 'reported: the beta stage is mapped to a plain custom domain, reachable without a client certificate',
      code: `import { Stack } from 'aws-cdk-lib';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export class GatewayStack extends Stack {
  constructor(scope: any, id: string, props: { certificate: any; trustStore: any; fn: lambda.IFunction }) {
    super(scope, id);
    const mtlsDomain = new apigwv2.DomainName(this, 'MtlsDomain', {
      domainName: 'gw.example.org',
      certificate: props.certificate,
      mtls: { bucket: props.trustStore, key: 'truststore.pem' },
    });
    const betaDomain = new apigwv2.DomainName(this, 'BetaDomain', { domainName: 'beta.example.org', certificate: props.certificate });
    const api = new apigwv2.HttpApi(this, 'Api', { defaultDomainMapping: { domainName: mtlsDomain }, disableExecuteApiEndpoint: true });
    api.addStage('beta', { stageName: 'beta', autoDeploy: true, domainMapping: { domainName: betaDomain } });
    api.addRoutes({ path: '/v1/claims', methods: [apigwv2.HttpMethod.POST], integration: new HttpLambdaIntegration('Claims', props.fn) });
  }
}`,
      output: null,
      errors: [
        { messageId: 'routeWithoutAuthorization', data: { route: 'POST /v1/claims' }, line: 17, column: 9, endLine: 17, endColumn: 18, suggestions: [] },
      ],
    },
    {
      name: 'reported: mtls is only set when a trust store is configured; without it the only domain asks no certificate',
      code: `import { Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';

export class PartnerApiStack extends Stack {
  constructor(scope: any, id: string, props: { fn: lambda.IFunction; certificate: any; trustStore?: s3.IBucket }) {
    super(scope, id);
    const api = new apigw.RestApi(this, 'PartnerApi', {
      disableExecuteApiEndpoint: true,
      domainName: {
        domainName: 'partners.example.com',
        certificate: props.certificate,
        mtls: props.trustStore ? { bucket: props.trustStore, key: 'ca.pem' } : undefined,
      },
    });
    api.root.addResource('orders').addMethod('POST', new apigw.LambdaIntegration(props.fn));
  }
}`,
      output: null,
      errors: [
        { messageId: 'methodWithoutAuthorization', data: { route: 'POST /orders' }, line: 17, column: 36, endLine: 17, endColumn: 45, suggestions: [] },
      ],
    },
    {
      name: 'reported: the escape hatch turns the execute-api endpoint back on, so the API is reachable without a client certificate',
      code: `import { Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export class PartnerApiStack extends Stack {
  constructor(scope: any, id: string, props: { fn: lambda.IFunction; certificate: any; trustStore: any }) {
    super(scope, id);
    const api = new apigw.RestApi(this, 'PartnerApi', {
      disableExecuteApiEndpoint: true,
      domainName: { domainName: 'partners.example.com', certificate: props.certificate, mtls: { bucket: props.trustStore, key: 'ca.pem' } },
    });
    // keep the default endpoint for the smoke tests
    const cfnApi = api.node.defaultChild as apigw.CfnRestApi;
    cfnApi.disableExecuteApiEndpoint = false;
    api.root.addResource('orders').addMethod('POST', new apigw.LambdaIntegration(props.fn));
  }
}`,
      output: null,
      errors: [
        { messageId: 'methodWithoutAuthorization', data: { route: 'POST /orders' }, line: 15, column: 36, endLine: 15, endColumn: 45, suggestions: [] },
      ],
    },
    {
      name: 'reported: the URL is public; the AWS_IAM suggestion must not rewrite the exported const other modules also read',
      code: `import { Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

export const PUBLIC_URL_AUTH = lambda.FunctionUrlAuthType.NONE;

export class WebhookStack extends Stack {
  constructor(scope: any, id: string) {
    super(scope, id);
    const fn = new lambda.Function(this, 'Webhook', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('dist') });
    fn.addFunctionUrl({ authType: PUBLIC_URL_AUTH });
  }
}`,
      output: null,
      errors: [
        { messageId: 'functionUrlAuthNone', data: { option: 'authType' }, line: 10, column: 35, endLine: 10, endColumn: 50, suggestions: [] },
      ],
    },
    {
      name: 'reported: the URL is public; any AWS_IAM suggestion must leave valid code (the const is annotated with the literal type NONE)',
      code: `import { LambdaClient, UpdateFunctionUrlConfigCommand } from '@aws-sdk/client-lambda';

const client = new LambdaClient({});

export async function openUrl(functionName: string) {
  const AuthType: 'NONE' = 'NONE';
  await client.send(new UpdateFunctionUrlConfigCommand({ FunctionName: functionName, AuthType }));
}`,
      output: null,
      errors: [
        { messageId: 'functionUrlAuthNone', data: { option: 'AuthType' }, line: 7, column: 86, endLine: 7, endColumn: 94, suggestions: [] },
      ],
    },
    {
      name: 'reported: routes added in loops over a table of routes, by member or destructured, and over a list of paths are read row by row: each loops routes are open',
      code: `import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';

export function routes(scope: any, fns: Record<string, IFunction>) {
  const api = new apigwv2.HttpApi(scope, 'Api');
  const table = [
    { path: '/orders', method: apigwv2.HttpMethod.GET, fn: 'list' },
    { path: '/orders', method: apigwv2.HttpMethod.POST, fn: 'create' },
  ];
  for (const route of table) {
    api.addRoutes({ path: route.path, methods: [route.method], integration: new HttpLambdaIntegration(route.fn, fns[route.fn]) });
  }
  table.forEach(({ path, method, fn }) => {
    api.addRoutes({ path, methods: [method], integration: new HttpLambdaIntegration(fn, fns[fn]) });
  });
  for (const path of ['/users', '/teams']) {
    api.addRoutes({ path, methods: [apigwv2.HttpMethod.GET], integration: new HttpLambdaIntegration(path, fns.users) });
  }
}`,
      output: null,
      errors: [
        { messageId: 'routeWithoutAuthorization', data: { route: 'GET|POST /orders' }, line: 12, column: 9, endLine: 12, endColumn: 18, suggestions: [] },
        { messageId: 'routeWithoutAuthorization', data: { route: 'GET|POST /orders' }, line: 15, column: 9, endLine: 15, endColumn: 18, suggestions: [] },
        { messageId: 'routeWithoutAuthorization', data: { route: 'GET /users|/teams' }, line: 18, column: 9, endLine: 18, endColumn: 18, suggestions: [] },
      ],
    },
    {
      name: 'reported: a client-certificate domain protects nothing while the default endpoint stays on, and a disabled endpoint behind a domain without mtls is still open t',
      code: `import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';

export function apis(scope: any, fn: IFunction, certificate: any, trustStore: any) {
  const mtlsDomain = new apigwv2.DomainName(scope, 'Mtls', { domainName: 'a.example.com', certificate, mtls: { bucket: trustStore, key: 'ca.pem' } });
  const withEndpoint = new apigwv2.HttpApi(scope, 'A', { defaultDomainMapping: { domainName: mtlsDomain } });
  withEndpoint.addRoutes({ path: '/a', integration: new HttpLambdaIntegration('A', fn) });
  const plainDomain = new apigwv2.DomainName(scope, 'Plain', { domainName: 'b.example.com', certificate });
  const noMtls = new apigwv2.HttpApi(scope, 'B', { defaultDomainMapping: { domainName: plainDomain }, disableExecuteApiEndpoint: true });
  noMtls.addRoutes({ path: '/b', integration: new HttpLambdaIntegration('B', fn) });
}`,
      output: null,
      errors: [
        { messageId: 'routeWithoutAuthorization', data: { route: 'ANY /a' }, line: 8, column: 16, endLine: 8, endColumn: 25, suggestions: [] },
        { messageId: 'routeWithoutAuthorization', data: { route: 'ANY /b' }, line: 11, column: 10, endLine: 11, endColumn: 19, suggestions: [] },
      ],
    },
    {
      name: 'reported: the authType const holding NONE is read only by this function URL: the suggestion switches the const',
      code: `import * as lambda from 'aws-cdk-lib/aws-lambda';

const authType = lambda.FunctionUrlAuthType.NONE;
const fn = new lambda.DockerImageFunction(this, 'Image', {
  code: lambda.DockerImageCode.fromImageAsset('./image'),
});
fn.addFunctionUrl({ authType });`,
      output: null,
      errors: [
        { messageId: 'functionUrlAuthNone', data: { option: 'authType' }, line: 7, column: 21, endLine: 7, endColumn: 29, suggestions: [{ messageId: 'useAwsIam', output: `import * as lambda from 'aws-cdk-lib/aws-lambda';

const authType = lambda.FunctionUrlAuthType.AWS_IAM;
const fn = new lambda.DockerImageFunction(this, 'Image', {
  code: lambda.DockerImageCode.fromImageAsset('./image'),
});
fn.addFunctionUrl({ authType });` }] },
      ],
    },
    {
      name: 'reported: two function URLs read one NONE const: each is reported, and no suggestion changes the const under the other',
      code: `import * as lambda from 'aws-cdk-lib/aws-lambda';

const PUBLIC = lambda.FunctionUrlAuthType.NONE;
export function addUrls(api: lambda.Function, admin: lambda.Function) {
  api.addFunctionUrl({ authType: PUBLIC });
  admin.addFunctionUrl({ authType: PUBLIC, cors: { allowedOrigins: ['*'] } });
}`,
      output: null,
      errors: [
        { messageId: 'functionUrlAuthNone', data: { option: 'authType' }, line: 5, column: 34, endLine: 5, endColumn: 40, suggestions: [] },
        { messageId: 'functionUrlAuthNone', data: { option: 'authType' }, line: 6, column: 36, endLine: 6, endColumn: 42, suggestions: [] },
      ],
    },
  {
    name: 'HTTP API routes added through a helper of the file whose method and path are parameters: the methods its calls pass',
    code: `import { App, Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';

const stack = new Stack(new App(), 'Api');
const fn = new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromInline('x'),
});
const httpApi = new apigwv2.HttpApi(stack, 'WebApi');

const addRoute = (method: apigwv2.HttpMethod, path: string, name: string, target: lambda.IFunction) => {
  const integration = new HttpLambdaIntegration(\`\${name}Integration\`, target);
  httpApi.addRoutes({ path, methods: [method], integration });
};

addRoute(apigwv2.HttpMethod.POST, '/users/delete', 'UsersDelete', fn);
addRoute(apigwv2.HttpMethod.POST, '/config/unlock', 'ConfigUnlock', fn);
httpApi.addRoutes({ path: '/inline', methods: [apigwv2.HttpMethod.GET], integration: new HttpLambdaIntegration('I', fn) });`,
    output: null,
    errors: [
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /users/delete|/config/unlock' }, line: 14, column: 11, endLine: 14, endColumn: 20, suggestions: [] },
      { messageId: 'routeWithoutAuthorization', data: { route: 'GET /inline' }, line: 19, column: 9, endLine: 19, endColumn: 18, suggestions: [] },
    ],
  },
    {
      name: 'CDK for Terraform: a REST method with authorization NONE, a quick-create HTTP API, an HTTP route without an authorizer (through the provider root)',
      code: `import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { ApiGatewayRestApi } from '@cdktf/provider-aws/lib/api-gateway-rest-api';
import { ApiGatewayMethod } from '@cdktf/provider-aws/lib/api-gateway-method';
import { Apigatewayv2Api } from '@cdktf/provider-aws/lib/apigatewayv2-api';
import * as aws from '@cdktf/provider-aws';
export class Api extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const rest = new ApiGatewayRestApi(this, 'rest', { name: 'rest' });
    new ApiGatewayMethod(this, 'get', { restApiId: rest.id, resourceId: rest.rootResourceId, httpMethod: 'GET', authorization: 'NONE' });
    const http = new Apigatewayv2Api(this, 'http', { name: 'http', protocolType: 'HTTP', target: fn.arn });
    new aws.apigatewayv2Route.Apigatewayv2Route(this, 'items', { apiId: http.id, routeKey: 'POST /items', target: 'integrations/x' });
  }
}`,
      output: null,
      errors: [
        { messageId: 'methodAuthorizationNone', data: { route: 'GET' }, line: 11, column: 128, endLine: 11, endColumn: 134, suggestions: [] },
        { messageId: 'quickCreateRouteWithoutAuthorization', data: { route: '$default' }, line: 12, column: 98, endLine: 12, endColumn: 104, suggestions: [] },
        { messageId: 'routeWithoutAuthorization', data: { route: 'POST /items' }, line: 13, column: 9, endLine: 13, endColumn: 48, suggestions: [] },
      ],
    },
    {
      name: 'CDK for Terraform: a LambdaFunctionUrl with authorizationType NONE (imported from its lib file, or through the provider root)',
      code: `import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { LambdaFunctionUrl } from '@cdktf/provider-aws/lib/lambda-function-url';
import * as aws from '@cdktf/provider-aws';
export class Demo extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LambdaFunctionUrl(this, 'url', { functionName: 'demo', authorizationType: 'NONE' });
    new aws.lambdaFunctionUrl.LambdaFunctionUrl(this, 'url2', { functionName: 'demo', authorizationType: 'NONE' });
    new LambdaFunctionUrl(this, 'iam', { functionName: 'demo', authorizationType: 'AWS_IAM' });
  }
}`,
      output: null,
      errors: [
        { messageId: 'functionUrlAuthNone', data: { option: 'authorizationType' }, line: 8, column: 83, endLine: 8, endColumn: 89, suggestions: [{ messageId: 'useAwsIam', output: `import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { LambdaFunctionUrl } from '@cdktf/provider-aws/lib/lambda-function-url';
import * as aws from '@cdktf/provider-aws';
export class Demo extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LambdaFunctionUrl(this, 'url', { functionName: 'demo', authorizationType: 'AWS_IAM' });
    new aws.lambdaFunctionUrl.LambdaFunctionUrl(this, 'url2', { functionName: 'demo', authorizationType: 'NONE' });
    new LambdaFunctionUrl(this, 'iam', { functionName: 'demo', authorizationType: 'AWS_IAM' });
  }
}` }] },
        { messageId: 'functionUrlAuthNone', data: { option: 'authorizationType' }, line: 9, column: 106, endLine: 9, endColumn: 112, suggestions: [{ messageId: 'useAwsIam', output: `import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { LambdaFunctionUrl } from '@cdktf/provider-aws/lib/lambda-function-url';
import * as aws from '@cdktf/provider-aws';
export class Demo extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LambdaFunctionUrl(this, 'url', { functionName: 'demo', authorizationType: 'NONE' });
    new aws.lambdaFunctionUrl.LambdaFunctionUrl(this, 'url2', { functionName: 'demo', authorizationType: 'AWS_IAM' });
    new LambdaFunctionUrl(this, 'iam', { functionName: 'demo', authorizationType: 'AWS_IAM' });
  }
}` }] },
      ],
    },
    {
      name: 'a CfnRoute given its target after creation (assigned) is judged',
      code: `import { Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { CfnApi, CfnIntegration, CfnRoute } from 'aws-cdk-lib/aws-apigatewayv2';

export class HttpStack extends Stack {
  constructor(scope: Construct, id: string, fnArn: string) {
    super(scope, id);
    const api = new CfnApi(this, 'Api', { name: 'items', protocolType: 'HTTP' });
    const integration = new CfnIntegration(this, 'Integ', { apiId: api.ref, integrationType: 'AWS_PROXY', integrationUri: fnArn, payloadFormatVersion: '2.0' });
    const route = new CfnRoute(this, 'Route', { apiId: api.ref, routeKey: 'GET /items' });
    route.target = \`integrations/\${integration.ref}\`;
  }
}`,
      output: null,
      errors: [
        { messageId: 'routeWithoutAuthorization', data: { route: 'GET /items' }, line: 10, column: 23, endLine: 10, endColumn: 31, suggestions: [] },
      ],
    },
    {
      name: 'a CfnRoute given its target by an escape hatch (addPropertyOverride) is judged',
      code: `import { Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';

export class HttpStack extends Stack {
  constructor(scope: Construct, id: string, fnArn: string) {
    super(scope, id);
    const api = new apigwv2.CfnApi(this, 'Api', { name: 'items', protocolType: 'HTTP' });
    const integration = new apigwv2.CfnIntegration(this, 'Integ', { apiId: api.ref, integrationType: 'AWS_PROXY', integrationUri: fnArn, payloadFormatVersion: '2.0' });
    const route = new apigwv2.CfnRoute(this, 'Route', { apiId: api.ref, routeKey: 'POST /orders' });
    route.addPropertyOverride('Target', \`integrations/\${integration.ref}\`);
  }
}`,
      output: null,
      errors: [
        { messageId: 'routeWithoutAuthorization', data: { route: 'POST /orders' }, line: 10, column: 23, endLine: 10, endColumn: 39, suggestions: [] },
      ],
    },
    {
      name: 'a method on getResource(path) of a resource the file adds, and NONE inherited from the defaultMethodOptions of a resource added to an API received from elsewhere',
      code: `import { Stack } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import { AuthorizationType, LambdaIntegration, RestApi } from 'aws-cdk-lib/aws-apigateway';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
export class ProbeStack extends Stack {
  constructor(scope: any, id: string, fn: LambdaFunction) {
    super(scope, id);
    const api = new apigw.RestApi(this, 'Api', {});
    api.root.addResource('b');
    api.root.getResource('b')!.addMethod('GET', new apigw.LambdaIntegration(fn));
    api.root.addResource('c').addResource('d');
    api.root.getResource('c')?.getResource('d')?.addMethod('POST', new apigw.LambdaIntegration(fn));
  }
}
export class AuthApi {
  constructor(restApi: RestApi, fn: LambdaFunction) {
    const auth = restApi.root.addResource('auth', { defaultMethodOptions: { authorizationType: AuthorizationType.NONE } });
    auth.addResource('{action+}', { defaultIntegration: new LambdaIntegration(fn) }).addMethod('GET');
    auth.addResource('open').addMethod('PUT', new LambdaIntegration(fn), { apiKeyRequired: false });
  }
}`,
      output: null,
      errors: [
        { messageId: 'methodWithoutAuthorization', data: { route: 'GET /b' }, line: 10, column: 32, endLine: 10, endColumn: 41, suggestions: [] },
        { messageId: 'methodWithoutAuthorization', data: { route: 'POST /c/d' }, line: 12, column: 50, endLine: 12, endColumn: 59, suggestions: [] },
        { messageId: 'methodAuthorizationNone', data: { route: 'GET' }, line: 18, column: 86, endLine: 18, endColumn: 95, suggestions: [] },
        { messageId: 'methodAuthorizationNone', data: { route: 'PUT' }, line: 19, column: 30, endLine: 19, endColumn: 39, suggestions: [] },
      ],
    },
  {
    name: "SST v2's Api and Function imported under other names (the stack function is itself called Api); a look-alike class is not",
    code: `import { StackContext, Api as SSTApi, Function as Fn } from 'sst/constructs';
class Other { constructor(...args: unknown[]) {} }
export function Api({ stack }: StackContext) {
  const api = new SSTApi(stack, 'Api', {
    routes: {
      'GET /layers': 'packages/functions/api/layers.handler',
    },
  });
  new Other(stack, 'X', { routes: { 'GET /other': 'packages/functions/other.handler' }, url: true });
  new Fn(stack, 'fn', { handler: 'src/a.handler', url: true });
  return { api };
}`,
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /layers', option: 'authorizer' }, line: 6, column: 7, endLine: 6, endColumn: 20, suggestions: [] },
      { messageId: 'sstFunctionUrlWithoutAuthorization', data: { option: 'authorizer' }, line: 10, column: 56, endLine: 10, endColumn: 60, suggestions: [] },
    ],
  },
  {
    name: "SST v1's Function (1.x, @serverless-stack/resources): the same url options as v2's, authorizer 'none' unless set",
    code: `import * as sst from '@serverless-stack/resources';
new sst.Function(this, 'Fn', { handler: 'src/fn.main', url: true });
new sst.Function(this, 'Iam', { handler: 'src/fn.main', url: { authorizer: 'iam' } });
new sst.Function(this, 'Open', { handler: 'src/fn.main', url: { cors: true } });`,
    output: null,
    errors: [
      { messageId: 'sstFunctionUrlWithoutAuthorization', data: { option: 'authorizer' }, line: 2, column: 61, endLine: 2, endColumn: 65, suggestions: [] },
      { messageId: 'sstFunctionUrlWithoutAuthorization', data: { option: 'authorizer' }, line: 4, column: 63, endLine: 4, endColumn: 77, suggestions: [] },
    ],
  },
  {
    name: 'REST API props spreading a choice: reported when the method is open whichever branch runs',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
declare const fn: any, integration: apigw.Integration, isPublic: boolean;
const api = new apigw.LambdaRestApi(this, 'Api', {
  handler: fn,
  proxy: false,
  ...(isPublic ? {} : { apiKeySourceType: apigw.ApiKeySourceType.HEADER, defaultMethodOptions: { apiKeyRequired: true } }),
});
api.root.addResource('docs').addMethod('GET', undefined, { apiKeyRequired: false });
const rest = new apigw.RestApi(this, 'Rest', {
  ...(isPublic && { defaultMethodOptions: { authorizationType: apigw.AuthorizationType.NONE } }),
});
new apigw.Method(this, 'M', { resource: rest.root, httpMethod: 'POST', integration });
new apigw.LambdaRestApi(this, 'Proxy', { handler: fn, ...(isPublic ? { defaultMethodOptions: {} } : {}) });`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /docs' }, line: 8, column: 30, endLine: 8, endColumn: 39 },
      { messageId: 'methodWithoutAuthorization', data: { route: 'POST /' }, line: 12, column: 5, endLine: 12, endColumn: 17 },
      { messageId: 'proxyWithoutAuthorization', data: { api: 'Proxy' }, line: 13, column: 5, endLine: 13, endColumn: 24 },
    ],
  },
  {
    name: 'a Serverless config written with quoted keys: its url and its http events are read as with plain keys',
    filename: 'serverless.ts',
    code: `import type { AWS } from '@serverless/typescript';
const serverlessConfiguration: AWS = {
  service: 'orders',
  provider: { name: 'aws', runtime: 'nodejs20.x' },
  functions: {
    "api": { "handler": 'src/api.main', "url": true },
    'hello': { 'handler': 'src/hello.main', 'events': [{ 'http': { 'method': 'get', 'path': 'hello' } }] },
  },
};
module.exports = serverlessConfiguration;`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authorizer' },
        line: 6,
        column: 48,
        endLine: 6,
        endColumn: 52,
        suggestions: [{ messageId: 'useAwsIam', output: `import type { AWS } from '@serverless/typescript';
const serverlessConfiguration: AWS = {
  service: 'orders',
  provider: { name: 'aws', runtime: 'nodejs20.x' },
  functions: {
    "api": { "handler": 'src/api.main', "url": { authorizer: 'aws_iam' } },
    'hello': { 'handler': 'src/hello.main', 'events': [{ 'http': { 'method': 'get', 'path': 'hello' } }] },
  },
};
module.exports = serverlessConfiguration;` }],
      },
      { messageId: 'serverlessEventWithoutAuthorization', data: { event: 'http', route: 'GET /hello' }, line: 7, column: 58, endLine: 7, endColumn: 64, suggestions: [] },
    ],
  },
  {
    name: 'Serverless Framework: events of the deployed branch (the else of a local run, the CLI\'s deploy command) are checked',
    filename: 'serverless.ts',
    code: `const functions: Record<string, unknown> = {};
if (process.argv.includes('offline')) {
  functions.api = { handler: 'src/server.handler' };
} else {
  functions.api = { handler: 'src/server.handler', events: [{ http: { method: 'GET', path: '/' } }] };
}
if (process.argv.includes('deploy')) {
  functions.web = { handler: 'src/web.handler', events: [{ httpApi: 'GET /web' }] };
}
export default { service: 'svc', provider: { name: 'aws' }, functions };`,
    output: null,
    errors: [
      { messageId: 'serverlessEventWithoutAuthorization', data: { event: 'http', route: 'GET /' }, line: 5, column: 63, endLine: 5, endColumn: 67, suggestions: [] },
      { messageId: 'serverlessEventWithoutAuthorization', data: { event: 'httpApi', route: 'GET /web' }, line: 8, column: 60, endLine: 8, endColumn: 67, suggestions: [] },
    ],
  },
  {
    name: "allowPublic paths do not cover SST's $default route (it serves every path no other route matches): v3",
    code: `export default $config({
  app() { return { name: 'x' }; },
  async run() {
    const api = new sst.aws.ApiGatewayV2('Api');
    api.route('GET /health', 'src/h.handler');
    api.route('$default', 'src/h.handler');
  },
});`,
    options: [{ allowPublic: ['/health', '/**/metadata'] }],
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: '$default', option: 'auth' }, line: 6, column: 9, endLine: 6, endColumn: 14, suggestions: [] },
    ],
  },
  {
    name: "allowPublic paths do not cover SST's $default route: v2 routes",
    code: `import { Api, StackContext } from 'sst/constructs';
export function Stack({ stack }: StackContext) {
  new Api(stack, 'Api', { routes: { 'GET /health': 'h.handler', $default: 'h.handler' } });
}`,
    options: [{ allowPublic: ['/health'] }],
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: '$default', option: 'authorizer' }, line: 3, column: 65, endLine: 3, endColumn: 73, suggestions: [] },
    ],
  },
  {
    name: 'allowPublic path globs cover only what they match: * stays in one segment, pieces in order, {id} literal',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigwv2.HttpRouteIntegration;
declare const restIntegration: apigw.Integration;
const api = new apigwv2.HttpApi(this, 'Api');
api.addRoutes({ path: '/auth', methods: [apigwv2.HttpMethod.GET], integration });
api.addRoutes({ path: '/auth/session/refresh', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/authz/login', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/hooks/{id}', methods: [apigwv2.HttpMethod.POST], integration });
api.addRoutes({ path: '/files/report.csv', methods: [apigwv2.HttpMethod.GET], integration });
const rest = new apigw.RestApi(this, 'Rest');
rest.root.addResource('public').addResource('admin').addResource('users').addMethod('DELETE', restIntegration);
rest.root.addResource('open').addResource('{proxy+}').addMethod('ANY', restIntegration);`,
    options: [
      {
        allowPublic: ['/auth/*', '/.well-known/**', '/hooks/{provider}', '/files/*.public.*', '/**/metadata', '/public/*', '/open/*'],
        allowSignInEndpoints: false,
      },
    ],
    output: null,
    errors: [
      { messageId: 'routeWithoutAuthorization', data: { route: 'GET /auth' }, line: 6, column: 5, endLine: 6, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /auth/session/refresh' }, line: 7, column: 5, endLine: 7, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /authz/login' }, line: 8, column: 5, endLine: 8, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /hooks/{id}' }, line: 9, column: 5, endLine: 9, endColumn: 14 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'GET /files/report.csv' }, line: 10, column: 5, endLine: 10, endColumn: 14 },
      { messageId: 'methodWithoutAuthorization', data: { route: 'DELETE /public/admin/users' }, line: 12, column: 75, endLine: 12, endColumn: 84 },
      // a greedy path parameter serves any depth: only `**` covers it
      { messageId: 'methodWithoutAuthorization', data: { route: 'ANY /open/{proxy+}' }, line: 13, column: 55, endLine: 13, endColumn: 64 },
    ],
  },
  {
    name: 'a function URL with authType NONE on a subclass of a function construct declared in the file',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
class AppFunction extends NodejsFunction {
  constructor(scope: any, id: string, props: NodejsFunctionProps) {
    super(scope, id, { runtime: lambda.Runtime.NODEJS_20_X, ...props });
  }
}
const fn = new AppFunction(this, 'C', { entry: 'c.ts' });
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 9,
        column: 31,
        endLine: 9,
        endColumn: 62,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
class AppFunction extends NodejsFunction {
  constructor(scope: any, id: string, props: NodejsFunctionProps) {
    super(scope, id, { runtime: lambda.Runtime.NODEJS_20_X, ...props });
  }
}
const fn = new AppFunction(this, 'C', { entry: 'c.ts' });
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });`,
          },
        ],
      },
    ],
  },
  {
    name: "an unrelated object's authorizer field set in the file is no escape hatch (no L1 resource has one)",
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
export function build(scope: any, integration: apigw.LambdaIntegration, cfg: any) {
  new apigw.RestApi(scope, 'A').root.addMethod('GET', integration);
  cfg.authorizer = 'cognito';
}`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /' }, line: 3, column: 38, endLine: 3, endColumn: 47 },
    ],
  },
  {
    name: 'the root resource destructured from the API (const { root } = api) is api.root',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
export function build(stack: any, integration: apigw.LambdaIntegration) {
  const api = new apigw.RestApi(stack, 'Api');
  const { root } = api;
  root.addMethod('POST', integration);
  const orders = root.addResource('orders');
  orders.addMethod('GET', integration);
}`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'POST /' }, line: 5, column: 8, endLine: 5, endColumn: 17 },
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /orders' }, line: 7, column: 10, endLine: 7, endColumn: 19 },
    ],
  },
  {
    name: 'Serverless Framework function configs outside a config path, known by their handler (a module path and export, or the template\'s handlerPath(__dirname))',
    filename: 'services/public/hello/handler/index.ts',
    code: `import { AWSFunction, handlerPath } from '@medii/api-lambda';
export const list = { handler: 'src/orders/list.handler', events: [{ http: 'GET orders' }] };
export default {
  handler: \`\${handlerPath(__dirname)}/handler.main\`,
  events: [{ http: { method: 'post', path: 'public/hello' } }, { httpApi: { method: 'GET', path: '/me', authorizer: { name: 'jwt' } } }],
} as AWSFunction;`,
    output: null,
    errors: [
      { messageId: 'serverlessEventWithoutAuthorization', data: { event: 'http', route: 'GET /orders' }, line: 2, column: 70, endLine: 2, endColumn: 74, suggestions: [] },
      { messageId: 'serverlessEventWithoutAuthorization', data: { event: 'http', route: 'POST /public/hello' }, line: 5, column: 14, endLine: 5, endColumn: 18, suggestions: [] },
    ],
  },
  {
    name: 'Serverless Framework function config (aws-nodejs-typescript template): http and httpApi events without an authorizer',
    filename: 'src/functions/hello/index.ts',
    code: `import schema from './schema';
import { handlerPath } from '@libs/handler-resolver';

export default {
  handler: \`\${handlerPath(__dirname)}/handler.main\`,
  events: [
    { http: { method: 'post', path: 'hello', request: { schemas: { 'application/json': schema } } } },
    { http: { method: 'get', path: 'me', authorizer: 'aws_iam' } },
    { http: 'GET orders/{id}' },
    { http: { method: 'options', path: 'hello' } },
    { httpApi: { method: 'GET', path: '/items' } },
    { httpApi: '*' },
    { httpApi: { method: 'POST', path: '/secure', authorizer: { name: 'jwt' } } },
    { sqs: { arn: queueArn } },
  ],
};`,
    output: null,
    errors: [
      { messageId: 'serverlessEventWithoutAuthorization', data: { event: 'http', route: 'POST /hello' }, line: 7, column: 7, endLine: 7, endColumn: 11 },
      { messageId: 'serverlessEventWithoutAuthorization', data: { event: 'http', route: 'GET /orders/{id}' }, line: 9, column: 7, endLine: 9, endColumn: 11 },
      { messageId: 'serverlessEventWithoutAuthorization', data: { event: 'httpApi', route: 'GET /items' }, line: 11, column: 7, endLine: 11, endColumn: 14 },
      { messageId: 'serverlessEventWithoutAuthorization', data: { event: 'httpApi', route: 'ANY' }, line: 12, column: 7, endLine: 12, endColumn: 14 },
    ],
  },
  {
    name: 'Serverless Framework function URLs in serverless.ts: url: true, url options without an authorizer, url: {}',
    filename: 'serverless.ts',
    code: `import type { AWS } from '@serverless/typescript';
const serverlessConfiguration: AWS = {
  service: 'orders',
  provider: { name: 'aws', runtime: 'nodejs20.x' },
  functions: {
    api: { handler: 'src/api.main', url: true },
    stream: { handler: 'src/stream.main', url: { cors: true, invokeMode: 'RESPONSE_STREAM' } },
    empty: { handler: 'src/empty.main', url: {} },
  },
};
module.exports = serverlessConfiguration;`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authorizer' },
        line: 6,
        column: 42,
        endLine: 6,
        endColumn: 46,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import type { AWS } from '@serverless/typescript';
const serverlessConfiguration: AWS = {
  service: 'orders',
  provider: { name: 'aws', runtime: 'nodejs20.x' },
  functions: {
    api: { handler: 'src/api.main', url: { authorizer: 'aws_iam' } },
    stream: { handler: 'src/stream.main', url: { cors: true, invokeMode: 'RESPONSE_STREAM' } },
    empty: { handler: 'src/empty.main', url: {} },
  },
};
module.exports = serverlessConfiguration;`,
          },
        ],
      },
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authorizer' },
        line: 7,
        column: 48,
        endLine: 7,
        endColumn: 93,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import type { AWS } from '@serverless/typescript';
const serverlessConfiguration: AWS = {
  service: 'orders',
  provider: { name: 'aws', runtime: 'nodejs20.x' },
  functions: {
    api: { handler: 'src/api.main', url: true },
    stream: { handler: 'src/stream.main', url: { authorizer: 'aws_iam', cors: true, invokeMode: 'RESPONSE_STREAM' } },
    empty: { handler: 'src/empty.main', url: {} },
  },
};
module.exports = serverlessConfiguration;`,
          },
        ],
      },
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authorizer' },
        line: 8,
        column: 46,
        endLine: 8,
        endColumn: 48,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import type { AWS } from '@serverless/typescript';
const serverlessConfiguration: AWS = {
  service: 'orders',
  provider: { name: 'aws', runtime: 'nodejs20.x' },
  functions: {
    api: { handler: 'src/api.main', url: true },
    stream: { handler: 'src/stream.main', url: { cors: true, invokeMode: 'RESPONSE_STREAM' } },
    empty: { handler: 'src/empty.main', url: { authorizer: 'aws_iam' } },
  },
};
module.exports = serverlessConfiguration;`,
          },
        ],
      },
    ],
  },
  {
    name: 'Serverless Framework function config (aws-nodejs-typescript template): url: true beside an authorized http event',
    filename: 'src/functions/createProduct/index.ts',
    code: `import { handlerPath } from '@libs/handler-resolver';

export default {
  handler: \`\${handlerPath(__dirname)}/handler.createProduct\`,
  url: true,
  events: [{ http: { method: 'post', path: 'products', authorizer: 'auth' } }],
};`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authorizer' },
        line: 5,
        column: 8,
        endLine: 5,
        endColumn: 12,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import { handlerPath } from '@libs/handler-resolver';

export default {
  handler: \`\${handlerPath(__dirname)}/handler.createProduct\`,
  url: { authorizer: 'aws_iam' },
  events: [{ http: { method: 'post', path: 'products', authorizer: 'auth' } }],
};`,
          },
        ],
      },
    ],
  },
  {
    name: 'Serverless Framework function config of an S3-triggered function (no http event) with url options on several lines',
    filename: 'src/functions/importFilesParser/index.ts',
    code: `import type { AWS } from '@serverless/typescript';
import { handlerPath } from '@libs/handler-resolver';

export default {
  handler: \`\${handlerPath(__dirname)}/handler.importFilesParser\`,
  url: {
    cors: true,
  },
  events: [{ s3: { bucket: 'uploads', event: 's3:ObjectCreated:*', existing: true } }],
} satisfies AWS['functions'][string];`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authorizer' },
        line: 6,
        column: 8,
        endLine: 8,
        endColumn: 4,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import type { AWS } from '@serverless/typescript';
import { handlerPath } from '@libs/handler-resolver';

export default {
  handler: \`\${handlerPath(__dirname)}/handler.importFilesParser\`,
  url: {
    authorizer: 'aws_iam',
    cors: true,
  },
  events: [{ s3: { bucket: 'uploads', event: 's3:ObjectCreated:*', existing: true } }],
} satisfies AWS['functions'][string];`,
          },
        ],
      },
    ],
  },
  {
    name: 'Serverless Framework function URLs in a functions map declared as a variable, and assigned to one of its members',
    filename: 'serverless.ts',
    code: `import type { AWS } from '@serverless/typescript';
const functions: AWS['functions'] = { status: { handler: 'src/status.main', url: true } };
functions['api-url'] = { timeout: 30, handler: 'src/server.handler', url: { cors: true } };
export default { service: 'api', provider: { name: 'aws' }, functions };`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authorizer' },
        line: 2,
        column: 82,
        endLine: 2,
        endColumn: 86,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import type { AWS } from '@serverless/typescript';
const functions: AWS['functions'] = { status: { handler: 'src/status.main', url: { authorizer: 'aws_iam' } } };
functions['api-url'] = { timeout: 30, handler: 'src/server.handler', url: { cors: true } };
export default { service: 'api', provider: { name: 'aws' }, functions };`,
          },
        ],
      },
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authorizer' },
        line: 3,
        column: 75,
        endLine: 3,
        endColumn: 89,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import type { AWS } from '@serverless/typescript';
const functions: AWS['functions'] = { status: { handler: 'src/status.main', url: true } };
functions['api-url'] = { timeout: 30, handler: 'src/server.handler', url: { authorizer: 'aws_iam', cors: true } };
export default { service: 'api', provider: { name: 'aws' }, functions };`,
          },
        ],
      },
    ],
  },
  {
    name: 'Serverless Framework function config with only a URL (no events), under a functions folder',
    filename: 'src/functions/status/index.ts',
    code: `import { handlerPath } from '@libs/handler-resolver';
export const status = { handler: \`\${handlerPath(__dirname)}/handler.main\`, url: true } as const;`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authorizer' },
        line: 2,
        column: 81,
        endLine: 2,
        endColumn: 85,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import { handlerPath } from '@libs/handler-resolver';
export const status = { handler: \`\${handlerPath(__dirname)}/handler.main\`, url: { authorizer: 'aws_iam' } } as const;`,
          },
        ],
      },
    ],
  },
  {
    name: 'a REST API whose resource policy allows anyone, unconditionally, restricts nothing',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
const allowAll = new iam.PolicyDocument({
  statements: [new iam.PolicyStatement({ actions: ['execute-api:Invoke'], principals: [new iam.AnyPrincipal()], resources: ['execute-api:/*'] })],
});
new apigw.LambdaRestApi(this, 'Open', { handler: fn, policy: allowAll });`,
    output: null,
    errors: [{ messageId: 'proxyWithoutAuthorization', data: { api: 'Open' }, line: 6, column: 5, endLine: 6, endColumn: 24 }],
  },
  {
    name: "SST v2: Api routes without an authorizer (SST's default 'none'), in the props and through addRoutes",
    code: `import { Api, StackContext } from 'sst/constructs';
export function API({ stack }: StackContext) {
  const api = new Api(stack, 'Api', {
    routes: {
      'GET /notes': 'packages/functions/src/list.main',
      'POST /notes': { function: 'packages/functions/src/create.main', authorizer: 'none' },
      'GET /private': { function: 'packages/functions/src/private.main', authorizer: 'iam' },
      'OPTIONS /notes': 'packages/functions/src/cors.main',
    },
  });
  api.addRoutes(stack, { 'DELETE /notes/{id}': 'packages/functions/src/delete.main' });
  const secured = new Api(stack, 'Secured', {
    defaults: { authorizer: 'iam' },
    routes: {
      'GET /me': 'packages/functions/src/me.main',
      'GET /public': { function: 'packages/functions/src/public.main', authorizer: 'none' },
    },
  });
  secured.addRoutes(stack, { 'GET /more': 'packages/functions/src/more.main' });
  return api;
}`,
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /notes', option: 'authorizer' }, line: 5, column: 7, endLine: 5, endColumn: 19 },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /notes', option: 'authorizer' }, line: 6, column: 84, endLine: 6, endColumn: 90 },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'DELETE /notes/{id}', option: 'authorizer' }, line: 11, column: 26, endLine: 11, endColumn: 46 },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /public', option: 'authorizer' }, line: 16, column: 84, endLine: 16, endColumn: 90 },
    ],
  },
  {
    name: 'SST v2: a custom domain spread in for one stage changes no route: the GraphQL route is public',
    code: `import { Api, StackContext } from 'sst/constructs';
export const ApolloStack = ({ app, stack }: StackContext) => {
  const api = new Api(stack, 'ApolloApi', {
    routes: { 'POST /': { type: 'graphql', function: 'packages/functions/api/src/index.handler' } },
    defaults: { function: { timeout: 10 } },
    ...(app.stage === 'prod' && { customDomain: { domainName: 'api.example.com', hostedZone: 'example.com' } }),
  });
  stack.addOutputs({ url: api.url });
};`,
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /', option: 'authorizer' }, line: 4, column: 15, endLine: 4, endColumn: 23 },
    ],
  },
  {
    name: "SST v2: routes whose value is a Function construct (inline, bound once, or from a helper) inherit 'none'",
    code: `import { Api, Function, StackContext } from 'sst/constructs';
export function API({ stack }: StackContext) {
  function lambdaFunction(name: string, handler: string) {
    const lambda = new Function(stack, name, { handler });
    lambda.addEnvironment('STAGE', stack.stage);
    return lambda;
  }
  const makeArrow = (name: string): Function => new Function(stack, name, { handler: 'src/arrow.main' });
  const updateUser = new Function(stack, 'UpdateUser', { handler: 'src/update.main' });
  const login = lambdaFunction('Login', 'src/login.main');
  const api = new Api(stack, 'Api', {
    routes: {
      'PUT /api/user': updateUser,
      'POST   /api/users/login': login,
      'GET /inline': new Function(stack, 'Inline', { handler: 'src/inline.main' }),
      'GET /arrow': makeArrow('Arrow'),
      'GET /wrapped': { function: updateUser },
    },
  });
  api.addRoutes(stack, { 'DELETE /api/user': lambdaFunction('Delete', 'src/delete.main') });
}`,
    options: [{ allowSignInEndpoints: false }],
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'PUT /api/user', option: 'authorizer' }, line: 13, column: 7, endLine: 13, endColumn: 22, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /api/users/login', option: 'authorizer' }, line: 14, column: 7, endLine: 14, endColumn: 32, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /inline', option: 'authorizer' }, line: 15, column: 7, endLine: 15, endColumn: 20, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /arrow', option: 'authorizer' }, line: 16, column: 7, endLine: 16, endColumn: 19, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /wrapped', option: 'authorizer' }, line: 17, column: 7, endLine: 17, endColumn: 21, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'DELETE /api/user', option: 'authorizer' }, line: 20, column: 26, endLine: 20, endColumn: 44, suggestions: [] },
    ],
  },
  {
    name: 'SST v2: route keys whose method and path are parted by several spaces or a tab (SST joins them with one)',
    code: `import { Api, StackContext } from 'sst/constructs';
export function API({ stack }: StackContext) {
  const api = new Api(stack, 'Api', {
    routes: {
      'POST   /api/users/login': 'src/login.main',
      'GET\t/api/user': 'src/user.main',
      'delete  /api/user': { function: 'src/delete.main', authorizer: 'none' },
      'OPTIONS   /api/user': 'src/cors.main',
    },
  });
  api.addRoutes(stack, { 'PUT    /api/user': 'src/update.main' });
}`,
    options: [{ allowSignInEndpoints: false }],
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /api/users/login', option: 'authorizer' }, line: 5, column: 7, endLine: 5, endColumn: 32, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /api/user', option: 'authorizer' }, line: 6, column: 7, endLine: 6, endColumn: 22, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'DELETE /api/user', option: 'authorizer' }, line: 7, column: 71, endLine: 7, endColumn: 77, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'PUT /api/user', option: 'authorizer' }, line: 11, column: 26, endLine: 11, endColumn: 44, suggestions: [] },
    ],
  },
  {
    name: "SST v1 (≥ 1.0, functional stack): routes without an authorizer, own 'none', a v1 Function construct, $default, addRoutes",
    code: `import { Api, Function, StackContext } from '@serverless-stack/resources';
export function ApiStack({ stack }: StackContext) {
  const list = new Function(stack, 'List', { handler: 'functions/list.main' });
  const api = new Api(stack, 'Api', {
    defaults: { function: { timeout: 20 } },
    routes: {
      'GET    /notes': list,
      'POST   /notes': 'functions/create.main',
      'PUT /notes/{id}': { function: 'functions/update.main', authorizer: 'none' },
      'GET /me': { function: 'functions/me.main', authorizer: 'iam' },
      $default: 'functions/fallback.main',
    },
  });
  api.addRoutes(stack, { 'DELETE /notes/{id}': 'functions/delete.main' });
  return { api };
}`,
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /notes', option: 'authorizer' }, line: 7, column: 7, endLine: 7, endColumn: 22, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /notes', option: 'authorizer' }, line: 8, column: 7, endLine: 8, endColumn: 22, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'PUT /notes/{id}', option: 'authorizer' }, line: 9, column: 75, endLine: 9, endColumn: 81, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: '$default', option: 'authorizer' }, line: 11, column: 7, endLine: 11, endColumn: 15, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'DELETE /notes/{id}', option: 'authorizer' }, line: 14, column: 26, endLine: 14, endColumn: 46, suggestions: [] },
    ],
  },
  {
    name: "SST v1 (0.x, class stack): routes whose authorizationType is NONE (SST's default, the enum, the string); an authorizer without a type counts for nothing",
    code: `import * as sst from '@serverless-stack/resources';
import { ApiAuthorizationType } from '@serverless-stack/resources';
import { HttpJwtAuthorizer } from '@aws-cdk/aws-apigatewayv2-authorizers-alpha';
export default class ApiStack extends sst.Stack {
  api: sst.Api;
  constructor(scope: sst.App, id: string, props?: sst.StackProps) {
    super(scope, id, props);
    const jwtAuthorizer = new HttpJwtAuthorizer('Jwt', issuer, { jwtAudience });
    this.api = new sst.Api(this, 'Api', {
      defaultFunctionProps: { timeout: 20 },
      routes: {
        'GET /notes': 'src/list.main',
        'POST /notes': { function: 'src/create.main', authorizationType: ApiAuthorizationType.NONE },
        'PUT /notes/{id}': { function: 'src/update.main', authorizationType: sst.ApiAuthorizationType.AWS_IAM },
        'GET /jwt': { function: 'src/jwt.main', authorizer: jwtAuthorizer },
      },
    });
    this.api.addRoutes(this, { 'DELETE /notes/{id}': new sst.Function(this, 'Delete', { handler: 'src/delete.main' }) });
    new sst.Api(this, 'Secured', {
      defaultAuthorizationType: 'AWS_IAM',
      routes: { 'GET /me': 'src/me.main', 'GET /status': { function: 'src/status.main', authorizationType: 'NONE' } },
    });
    new sst.Api(this, 'TypeMissing', { defaultAuthorizer: jwtAuthorizer, routes: { 'GET /orders': 'src/orders.main' } });
  }
}`,
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /notes', option: 'defaultAuthorizationType' }, line: 12, column: 9, endLine: 12, endColumn: 21, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /notes', option: 'authorizationType' }, line: 13, column: 74, endLine: 13, endColumn: 99, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /jwt', option: 'defaultAuthorizationType' }, line: 15, column: 9, endLine: 15, endColumn: 19, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'DELETE /notes/{id}', option: 'defaultAuthorizationType' }, line: 18, column: 32, endLine: 18, endColumn: 52, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /status', option: 'authorizationType' }, line: 21, column: 108, endLine: 21, endColumn: 114, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /orders', option: 'defaultAuthorizationType' }, line: 23, column: 84, endLine: 23, endColumn: 97, suggestions: [] },
    ],
  },
  {
    name: 'SST v1: an API whose props fit both generations is reported when both leave the route public, by the setting of each',
    code: `import * as sst from '@serverless-stack/resources';
export class MyStack extends sst.Stack {
  constructor(scope: sst.App, id: string) {
    super(scope, id);
    new sst.Api(this, 'Api', {
      routes: {
        'GET /notes': 'src/list.main',
        'GET /fn': new sst.Function(this, 'Fn', { handler: 'src/fn.main' }),
        'POST /notes': { function: 'src/create.main', authorizer: 'none' },
        'PUT /notes': { function: 'src/update.main', authorizationType: 'NONE' },
        'GET /iam': { function: 'src/iam.main', authorizer: 'iam' },
        'GET /aws-iam': { function: 'src/aws-iam.main', authorizationType: 'AWS_IAM' },
        'GET /mixed': { function: 'src/mixed.main', authorizer: 'none', authorizationType: 'NONE' },
      },
    });
  }
}`,
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /notes', option: 'authorizer` (SST ≥ 1.0) or, in SST 0.x, `defaultAuthorizationType' }, line: 7, column: 9, endLine: 7, endColumn: 21, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /fn', option: 'authorizer` (SST ≥ 1.0) or, in SST 0.x, `defaultAuthorizationType' }, line: 8, column: 9, endLine: 8, endColumn: 18, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /notes', option: 'authorizer' }, line: 9, column: 67, endLine: 9, endColumn: 73, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'PUT /notes', option: 'authorizationType' }, line: 10, column: 73, endLine: 10, endColumn: 79, suggestions: [] },
    ],
  },
  {
    name: "SST ApiGatewayV1Api: v1 0.x (CDK's AuthorizationType.NONE), v1 ≥ 1.0 and v2 routes without authorization",
    code: `import * as sst from '@serverless-stack/resources';
import { ApiGatewayV1Api } from 'sst/constructs';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
export function Rest(stack: sst.Stack) {
  new sst.ApiGatewayV1Api(stack, 'Legacy', {
    defaultAuthorizationType: apigateway.AuthorizationType.NONE,
    routes: {
      'GET /items': 'src/items.main',
      'POST /items': { function: 'src/create.main', methodOptions: { authorizationType: apigateway.AuthorizationType.IAM } },
    },
  });
  new sst.ApiGatewayV1Api(stack, 'Current', {
    defaults: { authorizer: 'none' },
    routes: {
      'GET /users': 'src/users.main',
      'GET /keyed': { function: 'src/keyed.main', cdk: { method: { apiKeyRequired: true } } },
      $default: 'src/default.main',
    },
  });
  new ApiGatewayV1Api(stack, 'V2', { routes: { 'ANY /{proxy+}': 'src/proxy.main', 'GET /me': { function: 'src/me.main', authorizer: 'iam' } } });
}`,
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /items', option: 'defaultAuthorizationType' }, line: 8, column: 7, endLine: 8, endColumn: 19, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /users', option: 'authorizer' }, line: 15, column: 7, endLine: 15, endColumn: 19, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'ANY /{proxy+}', option: 'authorizer' }, line: 20, column: 48, endLine: 20, endColumn: 63, suggestions: [] },
    ],
  },
  {
    name: 'SST v3: API Gateway routes without auth, or with auth: false (HTTP and REST APIs)',
    code: `export default $config({
  app() { return { name: 'api', home: 'aws' }; },
  async run() {
    const api = new sst.aws.ApiGatewayV2('MyApi');
    api.route('GET /', { handler: 'index.upload' });
    api.route('POST /admin', 'src/admin.handler', { auth: false });
    api.route('$default', 'src/default.handler');
    const rest = new sst.aws.ApiGatewayV1('Rest');
    rest.route('ANY /{proxy+}', 'src/proxy.handler');
    rest.deploy();
    api.route('GET /empty', 'src/empty.handler', { auth: {} });
    api.route('GET /off', 'src/off.handler', { auth: { iam: false, jwt: undefined } });
  },
});`,
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /', option: 'auth' }, line: 5, column: 9, endLine: 5, endColumn: 14 },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /admin', option: 'auth' }, line: 6, column: 59, endLine: 6, endColumn: 64 },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: '$default', option: 'auth' }, line: 7, column: 9, endLine: 7, endColumn: 14 },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'ANY /{proxy+}', option: 'auth' }, line: 9, column: 10, endLine: 9, endColumn: 15 },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /empty', option: 'auth' }, line: 11, column: 58, endLine: 11, endColumn: 60 },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /off', option: 'auth' }, line: 12, column: 54, endLine: 12, endColumn: 84 },
    ],
  },
  {
    name: "SST 3.0: a chain of routes (route returned its API), each judged on the chain's API",
    code: `export default $config({
  app() { return { name: 'api', home: 'aws' }; },
  async run() {
    const api = new sst.aws.ApiGatewayV2('Api')
      .route('GET /notes', 'src/list.handler')
      .route('POST /notes', 'src/create.handler', { auth: { iam: true } })
      .route('DELETE /notes/{id}', 'src/delete.handler');
    new sst.aws.ApiGatewayV2('Shaped', { transform: { route: { args: { auth: { iam: true } } } } })
      .route('GET /', 'src/shaped.handler')
      .route('GET /more', 'src/more.handler');
    const chained = new sst.aws.ApiGatewayV2('Chained').route('GET /a', 'src/a.handler');
    chained.route('GET /b', 'src/b.handler');
  },
});`,
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /notes', option: 'auth' }, line: 5, column: 8, endLine: 5, endColumn: 13 },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'DELETE /notes/{id}', option: 'auth' }, line: 7, column: 8, endLine: 7, endColumn: 13 },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /a', option: 'auth' }, line: 11, column: 57, endLine: 11, endColumn: 62 },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /b', option: 'auth' }, line: 12, column: 13, endLine: 12, endColumn: 18 },
    ],
  },
  {
    name: "Pulumi: a function URL with authorizationType 'NONE' (suggests AWS_IAM)",
    code: `import * as aws from '@pulumi/aws';
export const url = new aws.lambda.FunctionUrl('url', { functionName: fn.name, authorizationType: 'NONE' });`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authorizationType' },
        line: 2,
        column: 98,
        endLine: 2,
        endColumn: 104,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as aws from '@pulumi/aws';
export const url = new aws.lambda.FunctionUrl('url', { functionName: fn.name, authorizationType: 'AWS_IAM' });`,
          },
        ],
      },
    ],
  },
  {
    name: 'Pulumi: REST methods with authorization NONE on public APIs, HTTP routes without an authorizer or with NONE',
    code: `import * as aws from '@pulumi/aws';
const api = new aws.apigateway.RestApi('api', {});
new aws.apigateway.Method('get', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', authorization: 'NONE' });
const regional = new aws.apigateway.RestApi('regional', { endpointConfiguration: { types: ['REGIONAL'] } });
new aws.apigateway.Method('regional-get', { restApi: regional, resourceId: regional.rootResourceId, httpMethod: 'GET', authorization: 'NONE' });
const http = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });
new aws.apigatewayv2.Route('items', { apiId: http.id, routeKey: 'GET /items', target: integration });
new aws.apigatewayv2.Route('open', { apiId: http.id, routeKey: '$default', authorizationType: 'NONE', target: i });`,
    output: null,
    errors: [
      { messageId: 'methodAuthorizationNone', data: { route: 'GET' }, line: 3, column: 119, endLine: 3, endColumn: 125 },
      { messageId: 'methodAuthorizationNone', data: { route: 'GET' }, line: 5, column: 135, endLine: 5, endColumn: 141 },
      { messageId: 'routeWithoutAuthorization', data: { route: 'GET /items' }, line: 7, column: 5, endLine: 7, endColumn: 27 },
      { messageId: 'routeAuthorizationNone', data: { route: '$default' }, line: 8, column: 95, endLine: 8, endColumn: 101 },
    ],
  },
  {
    name: 'Pulumi: a method verb or a route key from a loop over a known list (each but OPTIONS) or from a choice of known values',
    code: `import * as aws from '@pulumi/aws';
const api = new aws.apigateway.RestApi('api', {});
const res = new aws.apigateway.Resource('res', { restApi: api.id, parentId: api.rootResourceId, pathPart: 'orders' });
for (const verb of ['GET', 'OPTIONS', 'POST']) {
  new aws.apigateway.Method(\`m-\${verb}\`, { restApi: api.id, resourceId: res.id, httpMethod: verb, authorization: 'NONE' });
}
const pick = process.env.ADMIN ? 'GET' : 'POST';
new aws.apigateway.Method('pick', { restApi: api.id, resourceId: res.id, httpMethod: pick, authorization: 'NONE' });
const http = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });
for (const key of ['GET /a', 'OPTIONS /a', 'POST /b']) {
  new aws.apigatewayv2.Route(\`r-\${key}\`, { apiId: http.id, routeKey: key, target: 'integrations/x' });
}`,
    output: null,
    errors: [
      { messageId: 'methodAuthorizationNone', data: { route: 'GET|POST' }, line: 5, column: 114, endLine: 5, endColumn: 120, suggestions: [] },
      { messageId: 'methodAuthorizationNone', data: { route: 'GET|POST' }, line: 8, column: 107, endLine: 8, endColumn: 113, suggestions: [] },
      { messageId: 'routeWithoutAuthorization', data: { route: 'GET /a|POST /b' }, line: 11, column: 7, endLine: 11, endColumn: 29, suggestions: [] },
    ],
  },
  {
    name: "CDK L1: a CfnMethod's verb from a loop, CfnRoute keys from a table's rows",
    code: `import * as cdk from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
export class ApiStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const rest = new apigw.CfnRestApi(this, 'Rest', { name: 'rest' });
    for (const verb of ['PUT', 'DELETE']) {
      new apigw.CfnMethod(this, \`Method\${verb}\`, { restApiId: rest.ref, resourceId: rest.attrRootResourceId, httpMethod: verb, authorizationType: 'NONE' });
    }
    const http = new apigwv2.CfnApi(this, 'Http', { name: 'http', protocolType: 'HTTP' });
    const ROUTES = [{ key: 'GET /b' }, { key: 'POST /c' }];
    ROUTES.forEach((route) => new apigwv2.CfnRoute(this, route.key, { apiId: http.ref, routeKey: route.key, target: 'integrations/x' }));
  }
}`,
    output: null,
    errors: [
      { messageId: 'methodAuthorizationNone', data: { route: 'PUT|DELETE /' }, line: 9, column: 147, endLine: 9, endColumn: 153, suggestions: [] },
      { messageId: 'routeWithoutAuthorization', data: { route: 'GET /b|POST /c' }, line: 13, column: 35, endLine: 13, endColumn: 51, suggestions: [] },
    ],
  },
  {
    name: 'quick create (Pulumi): an HTTP API given a target has an open route, named by routeKey or $default',
    code: `import * as aws from '@pulumi/aws';
export const keyed = new aws.apigatewayv2.Api('keyed', { protocolType: 'HTTP', routeKey: 'GET /', target: fn.invokeArn });
export const catchAll = new aws.apigatewayv2.Api('catch-all', { protocolType: 'http', target: fn.arn });
const args = { protocolType: 'HTTP', routeKey: 'POST /orders', target: fn.arn };
export const shared = new aws.apigatewayv2.Api('shared', args);`,
    output: null,
    errors: [
      { messageId: 'quickCreateRouteWithoutAuthorization', data: { route: 'GET /' }, line: 2, column: 90, endLine: 2, endColumn: 97, suggestions: [] },
      { messageId: 'quickCreateRouteWithoutAuthorization', data: { route: '$default' }, line: 3, column: 95, endLine: 3, endColumn: 101, suggestions: [] },
      { messageId: 'quickCreateRouteWithoutAuthorization', data: { route: 'POST /orders' }, line: 5, column: 27, endLine: 5, endColumn: 47, suggestions: [] },
    ],
  },
  {
    name: "quick create (CDK's CfnApi): routeKey, none ($default), and HttpRouteKey.DEFAULT.key",
    code: `import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { CfnApi, HttpRouteKey } from 'aws-cdk-lib/aws-apigatewayv2';
new apigwv2.CfnApi(this, 'Quick', { name: 'quick', protocolType: 'HTTP', routeKey: 'ANY /x', target: fnArn });
new apigwv2.CfnApi(this, 'CatchAll', { protocolType: 'HTTP', target: fn.functionArn });
new CfnApi(this, 'Default', { protocolType: 'HTTP', routeKey: HttpRouteKey.DEFAULT.key, target: fn.functionArn });`,
    output: null,
    errors: [
      { messageId: 'quickCreateRouteWithoutAuthorization', data: { route: 'ANY /x' }, line: 3, column: 84, endLine: 3, endColumn: 92, suggestions: [] },
      { messageId: 'quickCreateRouteWithoutAuthorization', data: { route: '$default' }, line: 4, column: 70, endLine: 4, endColumn: 84, suggestions: [] },
      { messageId: 'quickCreateRouteWithoutAuthorization', data: { route: '$default' }, line: 5, column: 63, endLine: 5, endColumn: 87, suggestions: [] },
    ],
  },
  {
    name: "quick create through SST v3's global aws",
    code: `/// <reference path="./.sst/platform/config.d.ts" />
export default $config({
  app() { return { name: 'x', home: 'aws' }; },
  async run() {
    const fn = new sst.aws.Function('Fn', { handler: 'src/api.handler' });
    new aws.apigatewayv2.Api('Quick', { protocolType: 'HTTP', routeKey: 'ANY /{proxy+}', target: fn.arn });
  },
});`,
    output: null,
    errors: [
      { messageId: 'quickCreateRouteWithoutAuthorization', data: { route: 'ANY /{proxy+}' }, line: 6, column: 73, endLine: 6, endColumn: 88, suggestions: [] },
    ],
  },
  {
    name: "Pulumi's RestAPI component: routes without authorizers (or with none), an uncounted API key and IAM off",
    code: `import * as aws from '@pulumi/aws';
import * as apigateway from '@pulumi/aws-apigateway';
const upload = new aws.lambda.CallbackFunction('upload', { callback: async (event) => save(event.body) });
const routes = [
  { path: '/', method: 'GET', eventHandler: async (event) => ({ statusCode: 200, body: event.path }) },
  { path: 'upload', method: 'post', eventHandler: upload, authorizers: [] },
  { path: '/keyed', method: 'PUT', eventHandler: upload, apiKeyRequired: true, iamAuthEnabled: false },
];
export const api = new apigateway.RestAPI('api', { routes, restApiArgs: { endpointConfiguration: { types: 'REGIONAL' } } });`,
    output: null,
    errors: [
      { messageId: 'pulumiRouteWithoutAuthorization', data: { route: 'GET /' }, line: 5, column: 31, endLine: 5, endColumn: 43, suggestions: [] },
      { messageId: 'pulumiRouteWithoutAuthorization', data: { route: 'POST /upload' }, line: 6, column: 72, endLine: 6, endColumn: 74, suggestions: [] },
      { messageId: 'pulumiRouteWithoutAuthorization', data: { route: 'PUT /keyed' }, line: 7, column: 36, endLine: 7, endColumn: 48, suggestions: [] },
    ],
  },
  {
    name: 'Pulumi routes whose function only answers a literal are canned responses, but one reading its input, calling, or answering a computed value is judged',
    code: `import * as aws from '@pulumi/aws';
import * as awsx from '@pulumi/awsx';
const hello = new aws.lambda.CallbackFunction('hello', { callback: async () => ({ statusCode: 200, body: 'Hello, world!' }) });
new awsx.classic.apigateway.API('hello', {
  routes: [
    { path: '/', method: 'GET', eventHandler: async () => ({ statusCode: 200, body: 'Hello, world!' }) },
    { path: '/ping', method: 'GET', eventHandler: hello },
    { path: '/v', method: 'GET', eventHandler: () => { return { statusCode: 200, headers: { 'x-v': '1' }, body: \`ok\` }; } },
    { path: '/echo', method: 'POST', eventHandler: async (event) => ({ statusCode: 200, body: event.body }) },
    { path: '/time', method: 'GET', eventHandler: async () => ({ statusCode: 200, body: String(Date.now()) }) },
    { path: '/env', method: 'GET', eventHandler: async () => ({ statusCode: 200, body: process.env.SECRET }) },
  ],
});`,
    output: null,
    errors: [
      { messageId: 'pulumiRouteWithoutAuthorization', data: { route: 'POST /echo' }, line: 9, column: 38, endLine: 9, endColumn: 50, suggestions: [] },
      { messageId: 'pulumiRouteWithoutAuthorization', data: { route: 'GET /time' }, line: 10, column: 37, endLine: 10, endColumn: 49, suggestions: [] },
      { messageId: 'pulumiRouteWithoutAuthorization', data: { route: 'GET /env' }, line: 11, column: 36, endLine: 11, endColumn: 48, suggestions: [] },
    ],
  },
  {
    name: "awsx's apigateway.API (v0) and RestAPI imported by name: routes without authorizers",
    code: `import { apigateway } from '@pulumi/awsx';
import { RestAPI } from '@pulumi/aws-apigateway';
new apigateway.API('legacy', { routes: [{ path: '/items', method: 'GET', eventHandler: handler, authorizers: undefined }] });
new RestAPI('api', { routes: [{ path: \`/items/\${'{id}'}\`, method: 'DELETE', eventHandler: handler }] });`,
    output: null,
    errors: [
      { messageId: 'pulumiRouteWithoutAuthorization', data: { route: 'GET /items' }, line: 3, column: 74, endLine: 3, endColumn: 86, suggestions: [] },
      { messageId: 'pulumiRouteWithoutAuthorization', data: { route: 'DELETE /items/{id}' }, line: 4, column: 77, endLine: 4, endColumn: 89, suggestions: [] },
    ],
  },
  {
    name: 'SST function URLs through a spread of a choice: a public URL in any branch (v3 and v2), and a URL before the spread that a branch leaves in force',
    code: `/// <reference path="./.sst/platform/config.d.ts" />
export default $config({
  async run() {
    new sst.aws.Function('Staged', {
      handler: 'src/api.handler',
      ...($app.stage === 'production' ? { url: { router: { instance: router } } } : { url: true }),
    });
    new sst.aws.Function('Dev', { handler: 'src/dev.handler', ...($dev && { url: true }) });
    new sst.aws.Function('Late', { url: { authorization: 'iam' }, ...(isDev ? { url: { authorization: 'none' } } : {}) });
    new sst.aws.Function('Early', { url: true, ...(secure ? { url: { authorization: 'iam' } } : {}) });
  },
});`,
    output: null,
    errors: [
      { messageId: 'sstFunctionUrlWithoutAuthorization', data: { option: 'authorization' }, line: 6, column: 48, endLine: 6, endColumn: 80, suggestions: [] },
      { messageId: 'sstFunctionUrlWithoutAuthorization', data: { option: 'authorization' }, line: 6, column: 92, endLine: 6, endColumn: 96, suggestions: [] },
      { messageId: 'sstFunctionUrlWithoutAuthorization', data: { option: 'authorization' }, line: 8, column: 82, endLine: 8, endColumn: 86, suggestions: [] },
      { messageId: 'sstFunctionUrlWithoutAuthorization', data: { option: 'authorization' }, line: 9, column: 103, endLine: 9, endColumn: 109, suggestions: [] },
      { messageId: 'sstFunctionUrlWithoutAuthorization', data: { option: 'authorization' }, line: 10, column: 42, endLine: 10, endColumn: 46, suggestions: [] },
    ],
  },
  {
    name: 'SST v2 function URL through a spread of a choice',
    code: `import { Function, StackContext } from 'sst/constructs';
export function Stack({ stack }: StackContext) {
  new Function(stack, 'Fn', { handler: 'src/fn.main', ...(stack.stage === 'dev' ? { url: true } : {}) });
}`,
    output: null,
    errors: [
      { messageId: 'sstFunctionUrlWithoutAuthorization', data: { option: 'authorizer' }, line: 3, column: 90, endLine: 3, endColumn: 94, suggestions: [] },
    ],
  },
  {
    name: "SST v3 function URLs: url: true, authorization 'none', and url options without authorization",
    code: `/// <reference path="./.sst/platform/config.d.ts" />
export default $config({
  async run() {
    new sst.aws.Function('Api', { url: true, handler: 'src/api.handler' });
    new sst.aws.Function('Open', { url: { authorization: 'none' }, handler: 'src/b.handler' });
    new sst.aws.Function('Cors', { url: { cors: true }, handler: 'src/c.handler' });
  },
});`,
    output: null,
    errors: [
      { messageId: 'sstFunctionUrlWithoutAuthorization', data: { option: 'authorization' }, line: 4, column: 40, endLine: 4, endColumn: 44 },
      { messageId: 'sstFunctionUrlWithoutAuthorization', data: { option: 'authorization' }, line: 5, column: 58, endLine: 5, endColumn: 64 },
      { messageId: 'sstFunctionUrlWithoutAuthorization', data: { option: 'authorization' }, line: 6, column: 41, endLine: 6, endColumn: 55 },
    ],
  },
  {
    name: 'a method with no integration of its own gets the default integration of its resource, a parent or the API',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
export function stack(fn: lambda.IFunction) {
  const api = new apigw.RestApi(this, 'Api');
  api.root.addResource('x', { defaultIntegration: new apigw.LambdaIntegration(fn) }).addResource('y').addMethod('GET');
  new apigw.RestApi(this, 'Two', { defaultIntegration: new apigw.LambdaIntegration(fn) }).root.addMethod('POST');
  new apigw.LambdaRestApi(this, 'Three', { handler: fn, proxy: false }).root.addMethod('PATCH');
  new apigw.StepFunctionsRestApi(this, 'Four', { stateMachine }).root.addResource('m').addMethod('GET');
  api.root.resourceForPath('x/y').addMethod('DELETE');
}`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /x/y' }, line: 5, column: 103, endLine: 5, endColumn: 112 },
      { messageId: 'methodWithoutAuthorization', data: { route: 'POST /' }, line: 6, column: 96, endLine: 6, endColumn: 105 },
      { messageId: 'methodWithoutAuthorization', data: { route: 'PATCH /' }, line: 7, column: 78, endLine: 7, endColumn: 87 },
      { messageId: 'methodWithoutAuthorization', data: { route: 'ANY /' }, line: 8, column: 7, endLine: 8, endColumn: 33 },
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /m' }, line: 8, column: 88, endLine: 8, endColumn: 97 },
      { messageId: 'methodWithoutAuthorization', data: { route: 'DELETE /x/y' }, line: 9, column: 35, endLine: 9, endColumn: 44 },
    ],
  },
  {
    name: 'a known public endpoint type next to an unknown one is public',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
export function hosting(props: { type: apigw.EndpointType }) {
  const api = new apigw.RestApi(this, 'Api', { endpointTypes: [apigw.EndpointType.REGIONAL, props.type] });
  api.root.addMethod('GET', integration);
}`,
    output: null,
    errors: [{ messageId: 'methodWithoutAuthorization', data: { route: 'GET /' }, line: 4, column: 12, endLine: 4, endColumn: 21 }],
  },
  {
    name: 'a verb chosen by a condition between two verbs that need authorization',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
declare const saml: boolean;
const api = new apigw.RestApi(this, 'Api');
const verb = saml ? 'POST' : 'GET';
api.root.addResource('acs').addMethod(verb, integration);
api.root.addResource('cors').addMethod(saml ? 'OPTIONS' : 'GET', integration);`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'POST|GET /acs' }, line: 5, column: 29, endLine: 5, endColumn: 38 },
    ],
  },
  {
    name: 'a RestApi made in a function called where it is written (IIFE)',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = (() => {
  const made = new apigw.RestApi(this, 'Api');
  return made;
})();
api.root.addMethod('GET', integration);`,
    output: null,
    errors: [{ messageId: 'methodWithoutAuthorization', data: { route: 'GET /' }, line: 6, column: 10, endLine: 6, endColumn: 19 }],
  },
  {
    name: 'verbs from a loop over a known array (OPTIONS among them is a preflight); an unknown array is not judged',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
declare const configured: string[];
const api = new apigw.RestApi(this, 'Api');
const VERBS = ['get', 'post'] as const;
for (const verb of VERBS) api.root.addResource('orders').addMethod(verb, integration);
for (const verb of ['GET', 'OPTIONS']) api.root.addResource('cors').addMethod(verb, integration);
for (const verb of configured) api.root.addResource('other').addMethod(verb, integration);
['PUT', 'DELETE'].forEach((verb) => api.root.addResource('items').addMethod(verb, integration));
for (const verb of ['OPTIONS']) api.root.addResource('pre').addMethod(verb, integration);`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET|POST /orders' }, line: 5, column: 58, endLine: 5, endColumn: 67 },
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /cors' }, line: 6, column: 69, endLine: 6, endColumn: 78 },
      { messageId: 'methodWithoutAuthorization', data: { route: 'PUT|DELETE /items' }, line: 8, column: 67, endLine: 8, endColumn: 76 },
    ],
  },
  {
    name: 'function URL with the CDK NONE on a function received from elsewhere (props, a parameter)',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
export function expose(fn: lambda.IFunction) {
  fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
}`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 3,
        column: 33,
        endLine: 3,
        endColumn: 64,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
export function expose(fn: lambda.IFunction) {
  fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
}`,
          },
        ],
      },
    ],
  },
  {
    name: 'a method with the CDK AuthorizationType.NONE on a resource received through props',
    code: `import { Construct } from 'constructs';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
export class Routes extends Construct {
  constructor(scope: Construct, id: string, props: { api: apigw.RestApi }) {
    super(scope, id);
    props.api.root.addResource('x').addMethod('GET', integration, { authorizationType: apigw.AuthorizationType.NONE });
  }
}`,
    output: null,
    errors: [{ messageId: 'methodAuthorizationNone', data: { route: 'GET' }, line: 6, column: 88, endLine: 6, endColumn: 116 }],
  },
  {
    name: 'a stack field named authorizer is not an escape hatch: the open methods are still reported',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
export class ApiStack {
  authorizer: apigw.IAuthorizer;
  constructor(scope: any, pool: any) {
    this.authorizer = new apigw.CognitoUserPoolsAuthorizer(scope, 'Auth', { cognitoUserPools: [pool] });
    const api = new apigw.RestApi(scope, 'Api');
    api.root.addMethod('GET', integration, { authorizer: this.authorizer });
    api.root.addResource('open').addMethod('POST', integration);
    const settings = { authType: 'AWS_IAM', authorizationType: 'COGNITO' };
    settings.authType = 'NONE';
    settings.authorizationType = 'NONE';
  }
}`,
    output: null,
    errors: [{ messageId: 'methodWithoutAuthorization', data: { route: 'POST /open' }, line: 8, column: 34, endLine: 8, endColumn: 43 }],
  },
  {
    name: 'an override of another property whose path mentions an authorizer is not an escape hatch',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
const fn = new lambda.Function(this, 'Fn', {});
(fn.node.defaultChild as lambda.CfnFunction).addPropertyOverride('Environment.Variables.AUTHORIZER_AUDIENCE', 'x');
const api = new apigw.RestApi(this, 'Api');
api.root.addMethod('DELETE', new apigw.LambdaIntegration(fn));`,
    output: null,
    errors: [{ messageId: 'methodWithoutAuthorization', data: { route: 'DELETE /' }, line: 6, column: 10, endLine: 6, endColumn: 19 }],
  },
  {
    name: 'addFunctionUrl with FunctionUrlAuthType.NONE (namespace import)',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 5,
        column: 31,
        endLine: 5,
        endColumn: 62,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });`,
          },
        ],
      },
    ],
  },
  {
    name: 'named, renamed imports',
    code: `import { Function as LambdaFunction, FunctionUrlAuthType, Runtime, Code } from 'aws-cdk-lib/aws-lambda';
const handler = new LambdaFunction(this, 'Handler', {
  runtime: Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: Code.fromAsset('dist'),
});
handler.addFunctionUrl({
  authType: FunctionUrlAuthType.NONE,
});`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 8,
        column: 13,
        endLine: 8,
        endColumn: 37,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import { Function as LambdaFunction, FunctionUrlAuthType, Runtime, Code } from 'aws-cdk-lib/aws-lambda';
const handler = new LambdaFunction(this, 'Handler', {
  runtime: Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: Code.fromAsset('dist'),
});
handler.addFunctionUrl({
  authType: FunctionUrlAuthType.AWS_IAM,
});`,
          },
        ],
      },
    ],
  },
  {
    name: 'root barrel import',
    code: `import { aws_lambda as lambda, aws_apigateway as apigw, aws_apigatewayv2 as apigwv2 } from 'aws-cdk-lib';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 3,
        column: 31,
        endLine: 3,
        endColumn: 62,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import { aws_lambda as lambda, aws_apigateway as apigw, aws_apigatewayv2 as apigwv2 } from 'aws-cdk-lib';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });`,
          },
        ],
      },
    ],
  },
  {
    name: 'root barrel through a namespace',
    code: `import * as cdk from 'aws-cdk-lib';
const fn = new cdk.aws_lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
fn.addFunctionUrl({ authType: cdk.aws_lambda.FunctionUrlAuthType.NONE });`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 3,
        column: 31,
        endLine: 3,
        endColumn: 70,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as cdk from 'aws-cdk-lib';
const fn = new cdk.aws_lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
fn.addFunctionUrl({ authType: cdk.aws_lambda.FunctionUrlAuthType.AWS_IAM });`,
          },
        ],
      },
    ],
  },
  {
    name: 'CDK v1 (@aws-cdk/aws-lambda)',
    code: `import * as lambda from '@aws-cdk/aws-lambda';
import * as apigw from '@aws-cdk/aws-apigateway';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 4,
        column: 31,
        endLine: 4,
        endColumn: 62,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as lambda from '@aws-cdk/aws-lambda';
import * as apigw from '@aws-cdk/aws-apigateway';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });`,
          },
        ],
      },
    ],
  },
  {
    name: 'NodejsFunction with the string NONE (quotes kept)',
    code: `import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
const api = new NodejsFunction(this, 'Api', { entry: 'src/api.ts' });
api.addFunctionUrl({ authType: 'NONE' as any });
new NodejsFunction(this, 'Hook').addFunctionUrl({ authType: "NONE" });`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 3,
        column: 32,
        endLine: 3,
        endColumn: 45,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
const api = new NodejsFunction(this, 'Api', { entry: 'src/api.ts' });
api.addFunctionUrl({ authType: 'AWS_IAM' as any });
new NodejsFunction(this, 'Hook').addFunctionUrl({ authType: "NONE" });`,
          },
        ],
      },
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 4,
        column: 61,
        endLine: 4,
        endColumn: 67,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
const api = new NodejsFunction(this, 'Api', { entry: 'src/api.ts' });
api.addFunctionUrl({ authType: 'NONE' as any });
new NodejsFunction(this, 'Hook').addFunctionUrl({ authType: "AWS_IAM" });`,
          },
        ],
      },
    ],
  },
  {
    name: 'DockerImageFunction, SingletonFunction, Function.fromFunctionArn',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const docker = new lambda.DockerImageFunction(this, 'Docker', { code });
const singleton = new lambda.SingletonFunction(this, 'Single', { uuid: 'u', runtime, handler: 'h', code });
const imported = lambda.Function.fromFunctionArn(this, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:function:f');
docker.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
singleton.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
imported.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 7,
        column: 35,
        endLine: 7,
        endColumn: 66,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const docker = new lambda.DockerImageFunction(this, 'Docker', { code });
const singleton = new lambda.SingletonFunction(this, 'Single', { uuid: 'u', runtime, handler: 'h', code });
const imported = lambda.Function.fromFunctionArn(this, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:function:f');
docker.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
singleton.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
imported.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });`,
          },
        ],
      },
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 8,
        column: 38,
        endLine: 8,
        endColumn: 69,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const docker = new lambda.DockerImageFunction(this, 'Docker', { code });
const singleton = new lambda.SingletonFunction(this, 'Single', { uuid: 'u', runtime, handler: 'h', code });
const imported = lambda.Function.fromFunctionArn(this, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:function:f');
docker.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
singleton.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
imported.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });`,
          },
        ],
      },
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 9,
        column: 37,
        endLine: 9,
        endColumn: 68,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const docker = new lambda.DockerImageFunction(this, 'Docker', { code });
const singleton = new lambda.SingletonFunction(this, 'Single', { uuid: 'u', runtime, handler: 'h', code });
const imported = lambda.Function.fromFunctionArn(this, 'Imported', 'arn:aws:lambda:us-east-1:123456789012:function:f');
docker.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
singleton.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
imported.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });`,
          },
        ],
      },
    ],
  },
  {
    name: 'versions and aliases; computed member; non-null assertion',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
fn.currentVersion.addFunctionUrl({ authType: lambda.FunctionUrlAuthType['NONE'] });
fn.addAlias('live').addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE! });`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 5,
        column: 46,
        endLine: 5,
        endColumn: 80,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
fn.currentVersion.addFunctionUrl({ authType: lambda.FunctionUrlAuthType['AWS_IAM'] });
fn.addAlias('live').addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE! });`,
          },
        ],
      },
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 6,
        column: 48,
        endLine: 6,
        endColumn: 80,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
fn.currentVersion.addFunctionUrl({ authType: lambda.FunctionUrlAuthType['NONE'] });
fn.addAlias('live').addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM! });`,
          },
        ],
      },
    ],
  },
  {
    name: 'NONE through constants read once: reported where used, the suggestion switches the constant',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
const PUBLIC = lambda.FunctionUrlAuthType.NONE;
fn.addFunctionUrl({ authType: PUBLIC });
const urlOptions: lambda.FunctionUrlOptions = { authType: lambda.FunctionUrlAuthType.NONE };
fn.addFunctionUrl(urlOptions);`,
    output: null,
    errors: [
      { messageId: 'functionUrlAuthNone', data: { option: 'authType' }, line: 6, column: 31, endLine: 6, endColumn: 37, suggestions: [{ messageId: 'useAwsIam', output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
const PUBLIC = lambda.FunctionUrlAuthType.AWS_IAM;
fn.addFunctionUrl({ authType: PUBLIC });
const urlOptions: lambda.FunctionUrlOptions = { authType: lambda.FunctionUrlAuthType.NONE };
fn.addFunctionUrl(urlOptions);` }] },
      { messageId: 'functionUrlAuthNone', data: { option: 'authType' }, line: 8, column: 4, endLine: 8, endColumn: 18, suggestions: [{ messageId: 'useAwsIam', output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
const PUBLIC = lambda.FunctionUrlAuthType.NONE;
fn.addFunctionUrl({ authType: PUBLIC });
const urlOptions: lambda.FunctionUrlOptions = { authType: lambda.FunctionUrlAuthType.AWS_IAM };
fn.addFunctionUrl(urlOptions);` }] },
    ],
  },
  {
    name: 'FunctionUrl and CfnUrl constructs',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
new lambda.FunctionUrl(this, 'Url', { function: fn, authType: lambda.FunctionUrlAuthType.NONE });
new lambda.CfnUrl(this, 'CfnUrl', { authType: 'NONE', targetFunctionArn: fn.functionArn });`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 5,
        column: 63,
        endLine: 5,
        endColumn: 94,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
new lambda.FunctionUrl(this, 'Url', { function: fn, authType: lambda.FunctionUrlAuthType.AWS_IAM });
new lambda.CfnUrl(this, 'CfnUrl', { authType: 'NONE', targetFunctionArn: fn.functionArn });`,
          },
        ],
      },
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 6,
        column: 47,
        endLine: 6,
        endColumn: 53,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
new lambda.FunctionUrl(this, 'Url', { function: fn, authType: lambda.FunctionUrlAuthType.NONE });
new lambda.CfnUrl(this, 'CfnUrl', { authType: 'AWS_IAM', targetFunctionArn: fn.functionArn });`,
          },
        ],
      },
    ],
  },
  {
    name: 'SDK v3 commands (string, SDK enum, params from a constant)',
    code: `import { CreateFunctionUrlConfigCommand, UpdateFunctionUrlConfigCommand, FunctionUrlAuthType, LambdaClient } from '@aws-sdk/client-lambda';
const client = new LambdaClient({});
await client.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'orders', AuthType: 'NONE' }));
await client.send(new UpdateFunctionUrlConfigCommand({ FunctionName: 'orders', AuthType: FunctionUrlAuthType.NONE }));
const input = { FunctionName: 'orders', AuthType: \`NONE\` } as const;
await client.send(new CreateFunctionUrlConfigCommand(input));`,
    output: null,
    errors: [
      { messageId: 'functionUrlAuthNone', data: { option: 'AuthType' }, line: 3, column: 90, endLine: 3, endColumn: 96, suggestions: [{ messageId: 'useAwsIam', output: `import { CreateFunctionUrlConfigCommand, UpdateFunctionUrlConfigCommand, FunctionUrlAuthType, LambdaClient } from '@aws-sdk/client-lambda';
const client = new LambdaClient({});
await client.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'orders', AuthType: 'AWS_IAM' }));
await client.send(new UpdateFunctionUrlConfigCommand({ FunctionName: 'orders', AuthType: FunctionUrlAuthType.NONE }));
const input = { FunctionName: 'orders', AuthType: \`NONE\` } as const;
await client.send(new CreateFunctionUrlConfigCommand(input));` }] },
      { messageId: 'functionUrlAuthNone', data: { option: 'AuthType' }, line: 4, column: 90, endLine: 4, endColumn: 114, suggestions: [{ messageId: 'useAwsIam', output: `import { CreateFunctionUrlConfigCommand, UpdateFunctionUrlConfigCommand, FunctionUrlAuthType, LambdaClient } from '@aws-sdk/client-lambda';
const client = new LambdaClient({});
await client.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'orders', AuthType: 'NONE' }));
await client.send(new UpdateFunctionUrlConfigCommand({ FunctionName: 'orders', AuthType: FunctionUrlAuthType.AWS_IAM }));
const input = { FunctionName: 'orders', AuthType: \`NONE\` } as const;
await client.send(new CreateFunctionUrlConfigCommand(input));` }] },
      { messageId: 'functionUrlAuthNone', data: { option: 'AuthType' }, line: 6, column: 23, endLine: 6, endColumn: 53, suggestions: [{ messageId: 'useAwsIam', output: `import { CreateFunctionUrlConfigCommand, UpdateFunctionUrlConfigCommand, FunctionUrlAuthType, LambdaClient } from '@aws-sdk/client-lambda';
const client = new LambdaClient({});
await client.send(new CreateFunctionUrlConfigCommand({ FunctionName: 'orders', AuthType: 'NONE' }));
await client.send(new UpdateFunctionUrlConfigCommand({ FunctionName: 'orders', AuthType: FunctionUrlAuthType.NONE }));
const input = { FunctionName: 'orders', AuthType: \`AWS_IAM\` } as const;
await client.send(new CreateFunctionUrlConfigCommand(input));` }] },
    ],
  },
  {
    name: 'SDK v3 aggregated client',
    code: `import { Lambda } from '@aws-sdk/client-lambda';
const lambda = new Lambda({ region: 'eu-west-1' });
await lambda.createFunctionUrlConfig({ FunctionName: 'orders', AuthType: 'NONE' });`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'AuthType' },
        line: 3,
        column: 74,
        endLine: 3,
        endColumn: 80,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import { Lambda } from '@aws-sdk/client-lambda';
const lambda = new Lambda({ region: 'eu-west-1' });
await lambda.createFunctionUrlConfig({ FunctionName: 'orders', AuthType: 'AWS_IAM' });`,
          },
        ],
      },
    ],
  },
  {
    name: 'LambdaRestApi proxy without authorization',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
new apigw.LambdaRestApi(this, 'OrdersApi', { handler: fn });`,
    output: null,
    errors: [
      {
        messageId: 'proxyWithoutAuthorization',
        data: { api: 'OrdersApi' },
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 24,
      },
    ],
  },
  {
    name: 'LambdaRestApi with explicit NONE, and an api key that does not count by default',
    code: `import { LambdaRestApi, AuthorizationType } from 'aws-cdk-lib/aws-apigateway';
import { Function } from 'aws-cdk-lib/aws-lambda';
declare const id: string;
const fn = new Function(this, 'Handler', { runtime, handler: 'index.handler', code });
new LambdaRestApi(this, 'Api', {
  handler: fn,
  proxy: true,
  defaultMethodOptions: { authorizationType: AuthorizationType.NONE },
});
new LambdaRestApi(this, id, { handler: fn, defaultMethodOptions: { apiKeyRequired: true } });`,
    output: null,
    errors: [
      {
        messageId: 'proxyWithoutAuthorization',
        data: { api: 'Api' },
        line: 8,
        column: 46,
        endLine: 8,
        endColumn: 68,
      },
      {
        messageId: 'proxyWithoutAuthorization',
        data: { api: '(dynamic id)' },
        line: 10,
        column: 5,
        endLine: 10,
        endColumn: 18,
      },
    ],
  },
  {
    name: 'addMethod on root, chains, const-bound resources, resourceForPath, explicit NONE',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigw.Integration;
const api = new apigw.RestApi(this, 'Api');
api.root.addMethod('GET', integration);
api.root.addResource('orders').addMethod('post', integration);
const items = api.root.addResource('items');
const item = items.addResource('{id}');
item.addMethod('DELETE', integration);
api.root.resourceForPath('/a/b/').addMethod('PUT', integration);
api.root.addMethod('ANY', integration, { authorizationType: apigw.AuthorizationType.NONE });`,
    output: null,
    errors: [
      {
        messageId: 'methodWithoutAuthorization',
        data: { route: 'GET /' },
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 19,
      },
      {
        messageId: 'methodWithoutAuthorization',
        data: { route: 'POST /orders' },
        line: 7,
        column: 32,
        endLine: 7,
        endColumn: 41,
      },
      {
        messageId: 'methodWithoutAuthorization',
        data: { route: 'DELETE /items/{id}' },
        line: 10,
        column: 6,
        endLine: 10,
        endColumn: 15,
      },
      {
        messageId: 'methodWithoutAuthorization',
        data: { route: 'PUT /a/b' },
        line: 11,
        column: 35,
        endLine: 11,
        endColumn: 44,
      },
      {
        messageId: 'methodAuthorizationNone',
        data: { route: 'ANY /' },
        line: 12,
        column: 61,
        endLine: 12,
        endColumn: 89,
      },
    ],
  },
  {
    name: 'NONE overrides an inherited authorizer (own options); inherited NONE does not override an authorizer',
    code: `import { RestApi, AuthorizationType, type IAuthorizer, type Integration } from 'aws-cdk-lib/aws-apigateway';
declare const integration: Integration;
declare const authorizer: IAuthorizer;
const api = new RestApi(this, 'Api', { defaultMethodOptions: { authorizer } });
const PUBLIC = { authorizationType: AuthorizationType.NONE };
api.root.addResource('public').addMethod('GET', integration, PUBLIC);
api.root.addResource('open', { defaultMethodOptions: { authorizationType: AuthorizationType.NONE } }).addMethod('GET', integration);`,
    output: null,
    errors: [
      {
        messageId: 'methodAuthorizationNone',
        data: { route: 'GET /public' },
        line: 6,
        column: 32,
        endLine: 6,
        endColumn: 41,
      },
    ],
  },
  {
    name: 'inherited explicit NONE, innermost defaultMethodOptions win',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigw.Integration;
const api = new apigw.RestApi(this, 'Api', { defaultMethodOptions: { authorizationType: apigw.AuthorizationType.NONE } });
api.root.addMethod('GET', integration);
const v1 = api.root.addResource('v1', { defaultMethodOptions: { authorizationType: apigw.AuthorizationType.IAM } });
v1.addResource('public', { defaultMethodOptions: { authorizationType: apigw.AuthorizationType.NONE } }).addMethod('GET', integration);
v1.addMethod('GET', integration);`,
    output: null,
    errors: [
      {
        messageId: 'methodAuthorizationNone',
        data: { route: 'GET /' },
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 19,
      },
      {
        messageId: 'methodAuthorizationNone',
        data: { route: 'GET /v1/public' },
        line: 8,
        column: 105,
        endLine: 8,
        endColumn: 114,
      },
    ],
  },
  {
    name: 'SpecRestApi; unresolved path; api key is not auth by default',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigw.Integration;
declare const name: string;
const api = new apigw.SpecRestApi(this, 'Spec', { apiDefinition });
api.root.addResource(name).addMethod('GET', integration);
api.root.addMethod('POST', integration, { apiKeyRequired: true });`,
    output: null,
    errors: [
      {
        messageId: 'methodWithoutAuthorization',
        data: { route: 'GET' },
        line: 7,
        column: 28,
        endLine: 7,
        endColumn: 37,
      },
      {
        messageId: 'methodWithoutAuthorization',
        data: { route: 'POST /' },
        line: 8,
        column: 10,
        endLine: 8,
        endColumn: 19,
      },
    ],
  },
  {
    name: 'LambdaRestApi with proxy: false, Resource, addProxy, Method constructs',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
const api = new apigw.LambdaRestApi(this, 'Api', { handler: fn, proxy: false });
const items = new apigw.Resource(this, 'Items', { parent: api.root, pathPart: 'items' });
items.addMethod('GET', new apigw.LambdaIntegration(fn));
api.root.addProxy({ defaultIntegration: new apigw.LambdaIntegration(fn) });
new apigw.Method(this, 'Post', { resource: items, httpMethod: 'POST', integration: new apigw.LambdaIntegration(fn) });`,
    output: null,
    errors: [
      {
        messageId: 'methodWithoutAuthorization',
        data: { route: 'GET /items' },
        line: 7,
        column: 7,
        endLine: 7,
        endColumn: 16,
      },
      {
        messageId: 'methodWithoutAuthorization',
        data: { route: 'ANY /{proxy+}' },
        line: 8,
        column: 10,
        endLine: 8,
        endColumn: 18,
      },
      {
        messageId: 'methodWithoutAuthorization',
        data: { route: 'POST /items' },
        line: 9,
        column: 5,
        endLine: 9,
        endColumn: 17,
      },
    ],
  },
  {
    name: 'CfnMethod NONE on a known path allowPublic does not list (named with its path), and on a path not known (matched by its id only)',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
declare const props: { resourceId: string };
const api = new apigw.RestApi(this, 'Api');
const orders = api.root.addResource('orders');
new apigw.CfnMethod(this, 'M', { httpMethod: 'GET', resourceId: orders.resourceId, restApiId: api.restApiId, authorizationType: 'NONE' });
const cfnApi = new apigw.CfnRestApi(this, 'Raw', { name: 'raw' });
const items = new apigw.CfnResource(this, 'Items', { restApiId: cfnApi.ref, parentId: cfnApi.attrRootResourceId, pathPart: 'items' });
new apigw.CfnMethod(this, 'I', { httpMethod: 'delete', resourceId: items.ref, restApiId: cfnApi.ref, authorizationType: 'NONE' });
new apigw.CfnMethod(this, 'U', { httpMethod: 'DELETE', resourceId: props.resourceId, restApiId: api.restApiId, authorizationType: 'NONE' });`,
    options: [{ allowPublic: ['/health'] }],
    output: null,
    errors: [
      { messageId: 'methodAuthorizationNone', data: { route: 'GET /orders' }, line: 5, column: 129, endLine: 5, endColumn: 135 },
      { messageId: 'methodAuthorizationNone', data: { route: 'DELETE /items' }, line: 8, column: 121, endLine: 8, endColumn: 127 },
      { messageId: 'methodAuthorizationNone', data: { route: 'DELETE' }, line: 9, column: 131, endLine: 9, endColumn: 137 },
    ],
  },
  {
    name: 'CfnMethod with authorizationType NONE',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
new apigw.CfnMethod(this, 'Get', {
  httpMethod: 'GET',
  resourceId: 'abc123',
  restApiId: 'api123',
  authorizationType: 'NONE',
});`,
    output: null,
    errors: [
      {
        messageId: 'methodAuthorizationNone',
        data: { route: 'GET' },
        line: 8,
        column: 22,
        endLine: 8,
        endColumn: 28,
      },
    ],
  },
  {
    name: 'HttpApi.addRoutes without authorizer or defaultAuthorizer',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigwv2.HttpRouteIntegration;
const httpApi = new apigwv2.HttpApi(this, 'Http');
httpApi.addRoutes({ path: '/items', methods: [apigwv2.HttpMethod.GET, apigwv2.HttpMethod.OPTIONS], integration });
httpApi.addRoutes({ path: '/orders', integration });
httpApi.addRoutes({ path: '/x', methods: ['POST', 'PUT'] as apigwv2.HttpMethod[], integration });`,
    output: null,
    errors: [
      {
        messageId: 'routeWithoutAuthorization',
        data: { route: 'GET /items' },
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 18,
      },
      {
        messageId: 'routeWithoutAuthorization',
        data: { route: 'ANY /orders' },
        line: 7,
        column: 9,
        endLine: 7,
        endColumn: 18,
      },
      {
        messageId: 'routeWithoutAuthorization',
        data: { route: 'POST|PUT /x' },
        line: 8,
        column: 9,
        endLine: 8,
        endColumn: 18,
      },
    ],
  },
  {
    name: 'HttpNoneAuthorizer on a route or as the default',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigwv2.HttpRouteIntegration;
declare const authorizer: apigwv2.IHttpRouteAuthorizer;
const httpApi = new apigwv2.HttpApi(this, 'Http', { defaultAuthorizer: authorizer });
httpApi.addRoutes({ path: '/public', integration, authorizer: new apigwv2.HttpNoneAuthorizer() });
const none = new apigwv2.HttpNoneAuthorizer();
const open = new apigwv2.HttpApi(this, 'Open', { defaultAuthorizer: none });
new apigwv2.HttpRoute(this, 'Route', { httpApi: open, routeKey: apigwv2.HttpRouteKey.with('/r', apigwv2.HttpMethod.PATCH), integration });`,
    output: null,
    errors: [
      {
        messageId: 'routeAuthorizationNone',
        data: { route: 'ANY /public' },
        line: 7,
        column: 63,
        endLine: 7,
        endColumn: 95,
      },
      {
        messageId: 'routeAuthorizationNone',
        data: { route: 'PATCH /r' },
        line: 10,
        column: 5,
        endLine: 10,
        endColumn: 22,
      },
    ],
  },
  {
    name: `the v2 alpha package; defaultIntegration makes a $default route`,
    code: `import { HttpApi, HttpRoute, HttpRouteKey } from '@aws-cdk/aws-apigatewayv2-alpha';
declare const integration: any;
const api = new HttpApi(this, 'Api', { defaultIntegration: integration });
new HttpRoute(this, 'Route', { httpApi: api, routeKey: HttpRouteKey.with('/books'), integration });
new HttpRoute(this, 'Default', { httpApi: api, routeKey: HttpRouteKey.DEFAULT, integration });`,
    output: null,
    errors: [
      {
        messageId: 'routeWithoutAuthorization',
        data: { route: `$default` },
        line: 3,
        column: 17,
        endLine: 3,
        endColumn: 24,
      },
      {
        messageId: 'routeWithoutAuthorization',
        data: { route: 'ANY /books' },
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 14,
      },
      {
        messageId: 'routeWithoutAuthorization',
        data: { route: `$default` },
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 14,
      },
    ],
  },
  {
    name: 'CfnRoute without authorizationType or with NONE',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
const httpApi = new apigwv2.CfnApi(this, 'Api', { name: 'api', protocolType: 'HTTP' });
new apigwv2.CfnRoute(this, 'List', { apiId: httpApi.ref, routeKey: 'GET /items', target: 'integrations/x' });
new apigwv2.CfnRoute(this, 'Create', { apiId: httpApi.ref, routeKey: 'POST /items', authorizationType: 'NONE', target: 'x' });
new apigwv2.CfnRoute(this, 'Default', { apiId: httpApi.ref, routeKey: '$default', target: 'x' });
new apigwv2.CfnRoute(this, 'Default2', { apiId: httpApi.ref, routeKey: apigwv2.HttpRouteKey.DEFAULT.key, target: 'x' });`,
    output: null,
    errors: [
      {
        messageId: 'routeWithoutAuthorization',
        data: { route: 'GET /items' },
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 21,
      },
      {
        messageId: 'routeAuthorizationNone',
        data: { route: 'POST /items' },
        line: 6,
        column: 104,
        endLine: 6,
        endColumn: 110,
      },
      {
        messageId: 'routeWithoutAuthorization',
        data: { route: `$default` },
        line: 7,
        column: 5,
        endLine: 7,
        endColumn: 21,
      },
      {
        messageId: 'routeWithoutAuthorization',
        data: { route: `$default` },
        line: 8,
        column: 5,
        endLine: 8,
        endColumn: 21,
      },
    ],
  },
  {
    name: 'allowPublic exempts only the listed path',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
declare const integration: apigw.Integration;
const api = new apigw.RestApi(this, 'Api');
api.root.addResource('health').addMethod('GET', integration);
api.root.addResource('orders').addMethod('GET', integration);`,
    options: [
      { allowPublic: ['/health'] },
    ],
    output: null,
    errors: [
      {
        messageId: 'methodWithoutAuthorization',
        data: { route: 'GET /orders' },
        line: 7,
        column: 32,
        endLine: 7,
        endColumn: 41,
      },
    ],
  },
  {
    name: 'root barrel: aws_apigateway and aws_apigatewayv2',
    code: `import { aws_lambda as lambda, aws_apigateway as apigw, aws_apigatewayv2 as apigwv2 } from 'aws-cdk-lib';
const fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
declare const integration: any;
const api = new apigw.RestApi(this, 'Api', { defaultMethodOptions: { authorizationType: apigw.AuthorizationType.NONE } });
api.root.addResource('a').addMethod('GET', integration);
new apigwv2.HttpApi(this, 'Http').addRoutes({ path: '/b', methods: [apigwv2.HttpMethod.DELETE], integration });`,
    output: null,
    errors: [
      {
        messageId: 'methodAuthorizationNone',
        data: { route: 'GET /a' },
        line: 5,
        column: 27,
        endLine: 5,
        endColumn: 36,
      },
      {
        messageId: 'routeWithoutAuthorization',
        data: { route: 'DELETE /b' },
        line: 6,
        column: 35,
        endLine: 6,
        endColumn: 44,
      },
    ],
  },
  {
    name: 'CDK v1 apigateway and apigatewayv2',
    code: `import * as apigwv2 from '@aws-cdk/aws-apigatewayv2';
import { AuthorizationType, RestApi } from '@aws-cdk/aws-apigateway';
const http = new apigwv2.HttpApi(this, 'Http');
http.addRoutes({ path: '/v1', integration });
const rest = new RestApi(this, 'Rest');
rest.root.addMethod('PATCH', integration, { authorizationType: AuthorizationType.NONE });`,
    output: null,
    errors: [
      {
        messageId: 'routeWithoutAuthorization',
        data: { route: 'ANY /v1' },
        line: 4,
        column: 6,
        endLine: 4,
        endColumn: 15,
      },
      {
        messageId: 'methodAuthorizationNone',
        data: { route: 'PATCH /' },
        line: 6,
        column: 64,
        endLine: 6,
        endColumn: 86,
      },
    ],
  },
  {
    name: 'regional and edge APIs stay public; a mock elsewhere, an unrelated override and a read do not hide a method',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
declare const fn: lambda.Function;
const api = new apigw.RestApi(this, 'Api', { endpointConfiguration: { types: [apigw.EndpointType.REGIONAL] } });
api.root.addMethod('GET', new apigw.MockIntegration({ requestTemplates: { 'application/json': '{"statusCode": 200}' } }));
api.root.addMethod('POST', new apigw.LambdaIntegration(fn));
const edge = new apigw.LambdaRestApi(this, 'Edge', { handler: fn, endpointTypes: [apigw.EndpointType.EDGE, apigw.EndpointType.PRIVATE] });
const other = new apigw.RestApi(this, 'Other');
other.root.defaultMethodOptions;
const cfn = api.node.defaultChild as apigw.CfnRestApi;
cfn.addPropertyOverride('Description', 'x');`,
    output: null,
    errors: [
      {
        messageId: 'methodWithoutAuthorization',
        data: { route: 'POST /' },
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 19,
      },
      {
        messageId: 'proxyWithoutAuthorization',
        data: { api: 'Edge' },
        line: 7,
        column: 18,
        endLine: 7,
        endColumn: 37,
      },
    ],
  },
  {
    name: 'defaultMethodOptions assigned on another API does not cover this one',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const a = new apigw.RestApi(this, 'A');
const b = new apigw.RestApi(this, 'B');
a.root.defaultMethodOptions = { authorizationType: apigw.AuthorizationType.IAM };
a.root.addMethod('GET', integration);
b.root.addMethod('GET', integration);`,
    output: null,
    errors: [
      {
        messageId: 'methodWithoutAuthorization',
        data: { route: 'GET /' },
        line: 6,
        column: 8,
        endLine: 6,
        endColumn: 17,
      },
    ],
  },
  {
    name: 'decorators, classes and deep nesting: a function URL on a field-initialised this.fn',
    code: decoratedStack('NONE'),
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 9,
        column: 40,
        endLine: 9,
        endColumn: 71,
        suggestions: [{ messageId: 'useAwsIam', output: decoratedStack('AWS_IAM') }],
      },
    ],
  },
  {
    name: 'stack members assigned once in the constructor: this.fn, this.api, this.#http',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
export class ApiStack {
  public readonly fn: lambda.Function;
  private readonly api: apigw.RestApi;
  readonly #http: apigwv2.HttpApi;
  constructor() {
    this.fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
    this.api = new apigw.RestApi(this, 'Api');
    this.#http = new apigwv2.HttpApi(this, 'Http');
    this.addEndpoints();
  }
  private addEndpoints(): void {
    this.fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
    this.api.root.addResource('orders').addMethod('GET', new apigw.LambdaIntegration(this.fn));
    const add = () => this.#http.addRoutes({ path: '/orders', methods: [apigwv2.HttpMethod.POST], integration });
    add();
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 15,
        column: 40,
        endLine: 15,
        endColumn: 71,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
export class ApiStack {
  public readonly fn: lambda.Function;
  private readonly api: apigw.RestApi;
  readonly #http: apigwv2.HttpApi;
  constructor() {
    this.fn = new lambda.Function(this, 'Handler', { runtime, handler: 'index.handler', code });
    this.api = new apigw.RestApi(this, 'Api');
    this.#http = new apigwv2.HttpApi(this, 'Http');
    this.addEndpoints();
  }
  private addEndpoints(): void {
    this.fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
    this.api.root.addResource('orders').addMethod('GET', new apigw.LambdaIntegration(this.fn));
    const add = () => this.#http.addRoutes({ path: '/orders', methods: [apigwv2.HttpMethod.POST], integration });
    add();
  }
}`,
          },
        ],
      },
      {
        messageId: 'methodWithoutAuthorization',
        data: { route: 'GET /orders' },
        line: 16,
        column: 41,
        endLine: 16,
        endColumn: 50,
      },
      {
        messageId: 'routeWithoutAuthorization',
        data: { route: 'POST /orders' },
        line: 17,
        column: 34,
        endLine: 17,
        endColumn: 43,
      },
    ],
  },
  {
    name: 'SAM in CDK: function URL NONE; Api and HttpApi events on an API without a default authorizer, on the implicit API, or with authorizer NONE',
    code: `import * as cdk from 'aws-cdk-lib';
import * as sam from 'aws-cdk-lib/aws-sam';
const api = new sam.CfnApi(this, 'Api', { stageName: 'prod' });
const authed = new sam.CfnApi(this, 'Authed', { stageName: 'prod', auth: { defaultAuthorizer: 'Cognito' } });
const http = new sam.CfnHttpApi(this, 'Http', {});
new sam.CfnFunction(this, 'Orders', {
  codeUri: 'src/',
  functionUrlConfig: { authType: 'NONE' },
  events: {
    Create: { type: 'Api', properties: { method: 'post', path: '/orders', restApiId: api.ref } },
    Implicit: { type: 'Api', properties: { method: 'get', path: '/orders' } },
    Public: { type: 'Api', properties: { method: 'get', path: '/public', restApiId: authed.ref, auth: { authorizer: 'NONE' } } },
    Catch: { type: 'HttpApi' },
    Route: { type: 'HttpApi', properties: { method: 'DELETE', path: '/orders/{id}', apiId: http.ref } },
  },
});`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 8,
        column: 34,
        endLine: 8,
        endColumn: 40,
        suggestions: [{ messageId: 'useAwsIam', output: `import * as cdk from 'aws-cdk-lib';
import * as sam from 'aws-cdk-lib/aws-sam';
const api = new sam.CfnApi(this, 'Api', { stageName: 'prod' });
const authed = new sam.CfnApi(this, 'Authed', { stageName: 'prod', auth: { defaultAuthorizer: 'Cognito' } });
const http = new sam.CfnHttpApi(this, 'Http', {});
new sam.CfnFunction(this, 'Orders', {
  codeUri: 'src/',
  functionUrlConfig: { authType: 'AWS_IAM' },
  events: {
    Create: { type: 'Api', properties: { method: 'post', path: '/orders', restApiId: api.ref } },
    Implicit: { type: 'Api', properties: { method: 'get', path: '/orders' } },
    Public: { type: 'Api', properties: { method: 'get', path: '/public', restApiId: authed.ref, auth: { authorizer: 'NONE' } } },
    Catch: { type: 'HttpApi' },
    Route: { type: 'HttpApi', properties: { method: 'DELETE', path: '/orders/{id}', apiId: http.ref } },
  },
});` }],
      },
      {
        messageId: 'samEventWithoutAuthorization',
        data: { event: 'Api', route: 'POST /orders' },
        line: 10,
        column: 5,
        endLine: 10,
        endColumn: 11,
      },
      {
        messageId: 'samEventWithoutAuthorization',
        data: { event: 'Api', route: 'GET /orders' },
        line: 11,
        column: 5,
        endLine: 11,
        endColumn: 13,
      },
      {
        messageId: 'samEventAuthorizationNone',
        data: { event: 'Api', route: 'GET /public' },
        line: 12,
        column: 117,
        endLine: 12,
        endColumn: 123,
      },
      {
        messageId: 'samEventWithoutAuthorization',
        data: { event: 'HttpApi', route: '$default' },
        line: 13,
        column: 5,
        endLine: 13,
        endColumn: 10,
      },
      {
        messageId: 'samEventWithoutAuthorization',
        data: { event: 'HttpApi', route: 'DELETE /orders/{id}' },
        line: 14,
        column: 5,
        endLine: 14,
        endColumn: 10,
      },
    ],
  },
  {
    name: 'SAM in CDK with apiKeyCountsAsAuth: an API key required counts, one set to false does not',
    code: `import * as sam from 'aws-cdk-lib/aws-sam';
new sam.CfnFunction(this, 'Keys', {
  codeUri: 'src/',
  events: {
    Keyed: { type: 'Api', properties: { method: 'get', path: '/keyed', auth: { apiKeyRequired: true } } },
    Open: { type: 'Api', properties: { method: 'get', path: '/open', auth: { apiKeyRequired: false } } },
  },
});`,
    options: [{ apiKeyCountsAsAuth: true }],
    output: null,
    errors: [
      {
        messageId: 'samEventWithoutAuthorization',
        data: { event: 'Api', route: 'GET /open' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 9,
      },
    ],
  },
  {
    name: 'an API created in the constructor and handed to a private method of the class, which adds an open method',
    code: `import { Stack } from 'aws-cdk-lib';
import { LambdaIntegration, RestApi } from 'aws-cdk-lib/aws-apigateway';
import { Function } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
export class ApiStack extends Stack {
  constructor(scope: Construct, id: string, props: { ordersFetch: Function }) {
    super(scope, id);
    const api = new RestApi(this, 'Api', { restApiName: 'EcommerceApi' });
    this.createOrderServices(props, api);
  }
  private createOrderServices(props: { ordersFetch: Function }, api: RestApi) {
    const integration = new LambdaIntegration(props.ordersFetch);
    const orders = api.root.addResource('orders');
    orders.addMethod('GET', integration);
  }
}`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /orders' }, line: 14, column: 12, endLine: 14, endColumn: 21, suggestions: [] },
    ],
  },
  {
    name: 'an API handed to a module-level function of the file: an open method, and an explicit NONE named with its path',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
function addRoutes(api: apigw.IRestApi, fn: lambda.IFunction): void {
  api.root.addResource('orders').addMethod('POST', new apigw.LambdaIntegration(fn));
  api.root.addResource('admin').addMethod('DELETE', new apigw.LambdaIntegration(fn), { authorizationType: apigw.AuthorizationType.NONE });
}
export class ApiStack {
  constructor(scope: any, fn: lambda.Function) {
    const api = new apigw.RestApi(scope, 'Api');
    addRoutes(api, fn);
  }
}`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'POST /orders' }, line: 4, column: 34, endLine: 4, endColumn: 43, suggestions: [] },
      { messageId: 'methodAuthorizationNone', data: { route: 'DELETE /admin' }, line: 5, column: 107, endLine: 5, endColumn: 135, suggestions: [] },
    ],
  },
  {
    name: "an API handed on through helpers (a resource on the way), and in a construct's props (`new OrderRoutes(this, 'Orders', { api })`)",
    code: `import { Construct } from 'constructs';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
class OrderRoutes extends Construct {
  constructor(scope: Construct, id: string, props: { api: apigw.RestApi; integration: apigw.Integration }) {
    super(scope, id);
    props.api.root.addResource('orders').addMethod('GET', props.integration);
  }
}
export class ApiStack extends Construct {
  constructor(scope: Construct, id: string, integration: apigw.Integration) {
    super(scope, id);
    const api = new apigw.RestApi(this, 'Api');
    this.wire(api, integration);
    new OrderRoutes(this, 'Orders', { api, integration });
  }
  private wire(api: apigw.RestApi, integration: apigw.Integration) {
    this.items(api.root.addResource('v1'), integration);
  }
  private items(parent: apigw.IResource, integration: apigw.Integration) {
    parent.addResource('items').addMethod('PUT', integration);
  }
}`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /orders' }, line: 6, column: 42, endLine: 6, endColumn: 51, suggestions: [] },
      { messageId: 'methodWithoutAuthorization', data: { route: 'PUT /v1/items' }, line: 20, column: 33, endLine: 20, endColumn: 42, suggestions: [] },
    ],
  },
  {
    name: 'a helper called with two APIs: judged with each, reported once for the one that leaves the method open',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const open = new apigw.RestApi(this, 'Open');
const secured = new apigw.RestApi(this, 'Secured', {
  defaultMethodOptions: { authorizationType: apigw.AuthorizationType.IAM },
});
const addHealth = (api: apigw.RestApi) => {
  api.root.addResource('health').addMethod('GET', integration);
};
addHealth(secured);
addHealth(open);
addHealth(open);`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /health' }, line: 7, column: 34, endLine: 7, endColumn: 43, suggestions: [] },
    ],
  },
  {
    name: 'an HTTP API handed to a helper: its routes (addRoutes, HttpRoute) without an authorizer',
    code: `import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
function addOrders(httpApi: apigwv2.HttpApi, integration: apigwv2.HttpRouteIntegration) {
  httpApi.addRoutes({ path: '/orders', methods: [apigwv2.HttpMethod.POST], integration });
  new apigwv2.HttpRoute(this, 'Get', { httpApi, routeKey: apigwv2.HttpRouteKey.with('/orders', apigwv2.HttpMethod.GET), integration });
}
export function build(scope: any, integration: apigwv2.HttpRouteIntegration) {
  const httpApi = new apigwv2.HttpApi(scope, 'HttpApi');
  addOrders(httpApi, integration);
}`,
    output: null,
    errors: [
      { messageId: 'routeWithoutAuthorization', data: { route: 'POST /orders' }, line: 3, column: 11, endLine: 3, endColumn: 20, suggestions: [] },
      { messageId: 'routeWithoutAuthorization', data: { route: 'GET /orders' }, line: 4, column: 7, endLine: 4, endColumn: 24, suggestions: [] },
    ],
  },
];

const jsValid: Valid[] = [
  {
    name: 'ESM: a StepFunctionsRestApi public on purpose (allowPublic by its id or its root path), and one without a state machine (no API is built)',
    code: `import { StepFunctionsRestApi } from 'aws-cdk-lib/aws-apigateway';
export const make = (scope, stateMachine) => {
  new StepFunctionsRestApi(scope, 'PublicWorkflow', { stateMachine });
  new StepFunctionsRestApi(scope, 'Broken', {});
};`,
    options: [{ allowPublic: ['PublicWorkflow'] }],
  },
  {
    name: 'ESM: a REST API discovery document and sign-in resource stay public',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = new apigw.RestApi(this, 'Auth');
api.root.addResource('.well-known').addResource('jwks.json').addMethod('GET', new apigw.LambdaIntegration(jwks));
api.root.addResource('auth').addResource('signin').addMethod('POST', new apigw.LambdaIntegration(signIn));`,
  },
  {
    name: 'ESM: OAuth introspection, revocation and client registration resources, whose callers authenticate in the request',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = new apigw.RestApi(this, 'Auth');
const oauth = api.root.addResource('oauth');
for (const name of ['introspect', 'revoke', 'register']) oauth.addResource(name).addMethod('POST', new apigw.LambdaIntegration(fn));`,
  },
  {
    name: 'JS: REST paths from a loop all listed in allowPublic; a helper one of whose calls passes a verb the file does not settle is not judged',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
export function build(stack, fn, verbs) {
  const api = new apigw.RestApi(stack, 'Api');
  for (const name of ['login', 'signup']) api.root.addResource(name).addMethod('POST', new apigw.LambdaIntegration(fn));
  const add = (verb) => api.root.addResource('items').addMethod(verb, new apigw.LambdaIntegration(fn));
  add(verbs[0]);
  add('GET');
}`,
    options: [{ allowPublic: ['/login', '/signup'] }],
  },
    {
      name: 'JS: quiet: the REST API answers only on its custom domain, which requires client certificates (mtls), its execute-api endpoint turned off',
      code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';

export function partnerApi(scope, fn, certificate, trustStore) {
  const api = new apigw.LambdaRestApi(scope, 'Partner', {
    handler: fn,
    proxy: false,
    disableExecuteApiEndpoint: true,
    domainName: { domainName: 'partners.example.com', certificate, mtls: { bucket: trustStore, key: 'ca.pem' } },
  });
  api.root.addResource('orders').addMethod('POST');
}`,
    },
  {
    name: 'a route helper of the file called only with OPTIONS, and one whose every call passes a path allowPublic lists',
    code: `import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
const api = new apigwv2.HttpApi(this, 'Api');
const preflight = (path, fn) => {
  api.addRoutes({ path, methods: [apigwv2.HttpMethod.OPTIONS], integration: new HttpLambdaIntegration('P', fn) });
};
preflight('/orders', fn);
function addPublic(method, path, fn) {
  api.addRoutes({ path, methods: [method], integration: new HttpLambdaIntegration(path, fn) });
}
addPublic(apigwv2.HttpMethod.GET, '/health', fn);
addPublic('POST', '/auth/login', fn);`,
    options: [{ allowPublic: ['/health', '/auth/**'] }],
  },
  {
    name: 'SST v2 (JS): a Function-construct route behind an authorizer of the API',
    code: `import { Api, Function } from 'sst/constructs';
export function API({ stack }) {
  const fn = new Function(stack, 'Update', { handler: 'src/update.main' });
  new Api(stack, 'Api', {
    authorizers: { jwt: { type: 'user_pool', userPool: { id: pool.userPoolId } } },
    defaults: { authorizer: 'jwt' },
    routes: { 'PUT /notes/{id}': fn },
  });
}`,
  },
  {
    name: "SST v1 (JS, ≥ 1.0): routes behind defaults.authorizer 'iam' (the shape of SST's notes guide)",
    code: `import { Api, use } from "@serverless-stack/resources";
import { Storage } from "./Storage";

export function Backend({ stack }) {
  const { bucket } = use(Storage);
  const api = new Api(stack, "Backend", {
    defaults: {
      authorizer: "iam",
      function: { permissions: [bucket], environment: { BUCKET: bucket.bucketName } },
    },
    routes: {
      "GET    /files": "functions/files/list.main",
      "POST   /files": "functions/files/upload.main",
    },
  });
  stack.addOutputs({ Endpoint: api.url });
  return { api };
}`,
  },
  {
    name: "SST v1 (JS, 0.x): routes behind defaultAuthorizationType 'AWS_IAM' (a class stack)",
    code: `import * as sst from "@serverless-stack/resources";

export default class BackendStack extends sst.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    this.api = new sst.Api(this, "Backend", {
      defaultAuthorizationType: "AWS_IAM",
      defaultFunctionProps: { environment: { BUCKET: props.bucket.bucketName } },
      routes: {
        "GET    /files": "src/files/list.main",
        "POST   /files": "src/files/upload.main",
      },
    });
    this.api.attachPermissions([props.bucket]);
  }
}`,
  },
  {
    name: 'SST v2 (JS): aligned route keys behind the default authorizer',
    code: `import { Api } from 'sst/constructs';
export function API({ stack }) {
  new Api(stack, 'Api', {
    defaults: { authorizer: 'jwt' },
    routes: { 'GET    /notes': 'src/list.main', 'POST   /notes': { function: 'src/create.main', authorizer: 'iam' } },
  });
}`,
  },
  {
    name: "a serverless.js function URL with authorizer 'aws_iam', or whose url is chosen at run time",
    filename: 'serverless.js',
    code: `const isDev = process.env.STAGE === 'dev';
export default {
  service: 'hooks',
  functions: {
    signed: { handler: 'src/signed.main', url: { authorizer: 'aws_iam', cors: true } },
    dev: { handler: 'src/dev.main', url: isDev },
  },
};`,
  },
  {
    name: 'allowPublic: a serverless.js path entry covers every method of the path, and /auth/** covers /auth itself',
    filename: 'serverless.js',
    code: `export default {
  service: 's',
  functions: {
    h: { handler: 'src/h.handler', events: [{ http: 'GET health' }, { http: { method: 'post', path: '/health' } }, { httpApi: 'DELETE /health' }, { httpApi: { method: '*', path: '/health' } }, { http: 'ANY auth' }, { httpApi: 'POST /auth' }] },
  },
};`,
    options: [{ allowPublic: ['/health', '/auth/**'] }],
  },
  {
    name: 'a serverless.js whose events allowPublic lists by a ** glob',
    filename: 'serverless.js',
    code: `export default {
  service: 'auth',
  functions: {
    login: { handler: 'src/login.handler', events: [{ http: 'POST auth/login' }, { httpApi: 'GET /auth/oauth/google/callback' }] },
  },
};`,
    options: [
      { allowPublic: ['/auth/**'] },
    ],
  },
  {
    name: 'AWS_IAM in JS',
    code: `import { Function, FunctionUrlAuthType } from 'aws-cdk-lib/aws-lambda';
const fn = new Function(this, 'F', {});
fn.addFunctionUrl({ authType: FunctionUrlAuthType.AWS_IAM });`,
  },
  { name: 'empty file', code: '' },
  {
    name: 'unicode, JSX and odd syntax',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
const ünïcode = '🚀';
const el = <div title={ünïcode}>{lambda.FunctionUrlAuthType.NONE}</div>;
label: for (const x of []) { continue label; }
export default class { static { this.x = 1; } #p = 1; get p() { return this.#p; } }`,
  },
  {
    name: 'a very long string',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
const fn = new lambda.Function(this, 'F', {});
fn.addFunctionUrl({ authType: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' });`,
  },
  {
    name: 'user module sharing a name',
    code: `import { Function, FunctionUrlAuthType } from './aws-lambda.js';
new Function(this, 'F', {}).addFunctionUrl({ authType: FunctionUrlAuthType.NONE });`,
  },
  {
    name: 'reassigned resource variables are not followed; very long chains are bounded',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = new apigw.RestApi(this, 'Api');
let resource = api.root;
for (let i = 0; i < 3; i++) resource = resource.addResource('x');
resource.addMethod('GET', integration);
api.root.addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addMethod('GET', integration);`,
  },
  {
    name: 'an API handed to a helper: one call passes an API with IAM defaults, the other one the rule cannot resolve',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const addRoutes = (api, fn) => {
  api.root.addResource('orders').addMethod('POST', new apigw.LambdaIntegration(fn));
};
export function build(scope, fn, imported) {
  const api = new apigw.RestApi(scope, 'Api', { defaultMethodOptions: { authorizationType: apigw.AuthorizationType.IAM } });
  addRoutes(api, fn);
  addRoutes(imported, fn);
}`,
  },
];

const jsInvalid: Invalid[] = [
  {
    name: "ESM: a route helper declaration whose verb is a parameter's default",
    code: `import { RestApi, LambdaIntegration } from 'aws-cdk-lib/aws-apigateway';
export function wire(scope, fn) {
  const api = new RestApi(scope, 'Api');
  function route(path, verb = 'DELETE') {
    api.root.addResource(path).addMethod(verb, new LambdaIntegration(fn));
  }
  route('orders');
}`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'DELETE /orders' }, line: 5, column: 32, endLine: 5, endColumn: 41, suggestions: [] },
    ],
  },
  {
    name: 'ESM: Solutions Constructs ApiGatewayToLambda: NONE written in place is reported there; the default (IAM), an authorizer, proxy false and a local class of that name are not',
    code: `import * as api from 'aws-cdk-lib/aws-apigateway';
import * as sc from '@aws-solutions-constructs/aws-apigateway-lambda';
import { ApiGatewayToLambda } from './local-constructs.js';
export function build(stack, fn, authorizer) {
  new sc.ApiGatewayToLambda(stack, 'Open', { existingLambdaObj: fn, apiGatewayProps: { defaultMethodOptions: { authorizationType: api.AuthorizationType.NONE } } });
  new sc.ApiGatewayToLambda(stack, 'Default', { existingLambdaObj: fn });
  new sc.ApiGatewayToLambda(stack, 'Custom', { existingLambdaObj: fn, apiGatewayProps: { defaultMethodOptions: { authorizationType: api.AuthorizationType.CUSTOM, authorizer } } });
  new sc.ApiGatewayToLambda(stack, 'NoProxy', { existingLambdaObj: fn, apiGatewayProps: { proxy: false, defaultMethodOptions: { authorizationType: api.AuthorizationType.NONE } } });
  new ApiGatewayToLambda(stack, 'Local', { apiGatewayProps: { defaultMethodOptions: { authorizationType: api.AuthorizationType.NONE } } });
}
`,
    output: null,
    errors: [
      { messageId: 'proxyWithoutAuthorization', data: { api: 'Open' }, line: 5, column: 131, endLine: 5, endColumn: 157, suggestions: [] },
    ],
  },
  {
    name: 'JS: a REST helper whose options parameter no call gives',
    code: `import { RestApi, LambdaIntegration } from 'aws-cdk-lib/aws-apigateway';
export const stack = (scope, fn) => {
  const rest = new RestApi(scope, 'Rest');
  function add(part, verb, options) {
    rest.root.addResource(part).addMethod(verb, new LambdaIntegration(fn), options);
  }
  add('reports', 'GET');
};`,
    output: null,
    errors: [{ messageId: 'methodWithoutAuthorization', data: { route: 'GET /reports' }, line: 5, column: 33, endLine: 5, endColumn: 42, suggestions: [] }],
  },
  {
    name: "JS: a route added to another stack's REST API by a microservice stack",
    code: `import { RestApi, LambdaIntegration } from 'aws-cdk-lib/aws-apigateway';
export const addRoute = (scope, fn) => {
  const shared = RestApi.fromRestApiAttributes(scope, 'Shared', { restApiId: 'abc', rootResourceId: 'def' });
  shared.root.addResource('users').addResource('{id}').addMethod('PUT', new LambdaIntegration(fn));
};`,
    output: null,
    errors: [{ messageId: 'methodWithoutAuthorization', data: { route: 'PUT /users/{id}' }, line: 4, column: 56, endLine: 4, endColumn: 65, suggestions: [] }],
  },
  {
    name: 'ESM: a loop over paths given to resourceForPath',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = new apigw.RestApi(this, 'Api');
for (const path of ['/orders', '/orders/{id}']) api.root.resourceForPath(path).addMethod('GET', new apigw.LambdaIntegration(fn));`,
    output: null,
    errors: [{ messageId: 'methodWithoutAuthorization', data: { route: 'GET /orders|/orders/{id}' }, line: 3, column: 80, endLine: 3, endColumn: 89, suggestions: [] }],
  },
  {
    name: 'ESM: a REST API method DELETE on a sign-up resource is no sign-in',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = new apigw.RestApi(this, 'Api');
const signup = api.root.addResource('users').addResource('{id}').addResource('signup');
signup.addMethod('POST', new apigw.LambdaIntegration(register));
signup.addMethod('DELETE', new apigw.LambdaIntegration(remove));`,
    output: null,
    errors: [{ messageId: 'methodWithoutAuthorization', data: { route: 'DELETE /users/{id}/signup' }, line: 5, column: 8, endLine: 5, endColumn: 17, suggestions: [] }],
  },
    {
      name: 'JS: reported: domain.addBasePathMapping(api) exposes the API on a custom domain that asks no client certificate',
      code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';

export function partnerApi(scope, fn, certificate, trustStore) {
  const api = new apigw.RestApi(scope, 'Partner', {
    disableExecuteApiEndpoint: true,
    domainName: { domainName: 'partners.example.com', certificate, mtls: { bucket: trustStore, key: 'ca.pem' } },
  });
  api.root.addResource('orders').addMethod('POST', new apigw.LambdaIntegration(fn));
  const web = new apigw.DomainName(scope, 'Web', { domainName: 'www-api.example.com', certificate });
  web.addBasePathMapping(api, { basePath: 'partner' });
  return api;
}`,
      output: null,
      errors: [
        { messageId: 'methodWithoutAuthorization', data: { route: 'POST /orders' }, line: 8, column: 34, endLine: 8, endColumn: 43, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: addPropertyOverride re-enables the default execute-api endpoint',
      code: `import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';

export function gateway(scope, fn, certificate, trustStore) {
  const domainName = new apigwv2.DomainName(scope, 'Domain', { domainName: 'gw.example.org', certificate, mtls: { bucket: trustStore, key: 'ca.pem' } });
  const api = new apigwv2.HttpApi(scope, 'Api', { defaultDomainMapping: { domainName }, disableExecuteApiEndpoint: true });
  api.node.defaultChild.addPropertyOverride('DisableExecuteApiEndpoint', false);
  api.addRoutes({ path: '/v1/claims', methods: [apigwv2.HttpMethod.POST], integration: new HttpLambdaIntegration('Claims', fn) });
}`,
      output: null,
      errors: [
        { messageId: 'routeWithoutAuthorization', data: { route: 'POST /v1/claims' }, line: 8, column: 7, endLine: 8, endColumn: 16, suggestions: [] },
      ],
    },
    {
      name: 'JS: reported: a REST method added for each row of a route table takes the rows verb: GET and DELETE are open, the OPTIONS row is a preflight',
      code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';

const ROUTES = [
  { verb: 'GET', path: 'items' },
  { verb: 'DELETE', path: 'items' },
  { verb: 'OPTIONS', path: 'items' },
];

export function addItems(scope, integration) {
  const api = new apigw.RestApi(scope, 'Items');
  for (const route of ROUTES) {
    api.root.addResource('items').addMethod(route.verb, integration);
  }
}`,
      output: null,
      errors: [
        { messageId: 'methodWithoutAuthorization', data: { route: 'GET|DELETE /items' }, line: 12, column: 35, endLine: 12, endColumn: 44, suggestions: [] },
      ],
    },
  {
    name: 'JS: a route helper whose calls pass a listed path and an unlisted one is reported for the unlisted method',
    code: `import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
const api = new apigwv2.HttpApi(this, 'Api');
function addPublic(method, path, fn) {
  api.addRoutes({ path, methods: [method], integration: new HttpLambdaIntegration(path, fn) });
}
addPublic(apigwv2.HttpMethod.GET, '/health', fn);
addPublic('DELETE', '/admin/users', fn);`,
    options: [{ allowPublic: ['/health'] }],
    output: null,
    errors: [
      { messageId: 'routeWithoutAuthorization', data: { route: 'GET|DELETE /admin/users' }, line: 5, column: 7, endLine: 5, endColumn: 16, suggestions: [] },
    ],
  },
  {
    name: 'SST v2 (JS): a route whose value is a Function construct from a helper of the file',
    code: `import { Api, Function } from 'sst/constructs';
export function API({ stack }) {
  const fn = (name, handler) => new Function(stack, name, { handler });
  new Api(stack, 'Api', { routes: { 'PUT /notes/{id}': fn('Update', 'src/update.main') } });
}`,
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'PUT /notes/{id}', option: 'authorizer' }, line: 4, column: 37, endLine: 4, endColumn: 54, suggestions: [] },
    ],
  },
  {
    name: "SST v1 (JS, 0.x): a class stack whose Api's defaultAuthorizationType is ApiAuthorizationType.NONE, and addRoutes on this.api",
    code: `import * as sst from "@serverless-stack/resources";

export default class ApiStack extends sst.Stack {
  api;

  constructor(scope, id, props) {
    super(scope, id, props);
    this.api = new sst.Api(this, "Api", {
      defaultAuthorizationType: sst.ApiAuthorizationType.NONE,
      defaultFunctionProps: { environment: { TABLE_NAME: props.table.tableName } },
      cors: true,
      routes: {
        "POST   /notes": "src/create.main",
        "GET    /notes/{id}": "src/get.main",
      },
    });
    this.api.addRoutes(this, { "DELETE /notes/{id}": "src/delete.main" });
  }
}`,
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /notes', option: 'defaultAuthorizationType' }, line: 13, column: 9, endLine: 13, endColumn: 24, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /notes/{id}', option: 'defaultAuthorizationType' }, line: 14, column: 9, endLine: 14, endColumn: 29, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'DELETE /notes/{id}', option: 'defaultAuthorizationType' }, line: 17, column: 32, endLine: 17, endColumn: 52, suggestions: [] },
    ],
  },
  {
    name: "SST v1 (JS, ≥ 1.0): a functional stack's routes without an authorizer, or with 'none'",
    code: `import { Api, use } from "@serverless-stack/resources";
import { StorageStack } from "./StorageStack";

export function ApiStack({ stack, app }) {
  const { table } = use(StorageStack);
  const api = new Api(stack, "Api", {
    customDomain: app.stage === "prod" ? "notes-api.example.com" : undefined,
    defaults: {
      function: { permissions: [table], environment: { TABLE_NAME: table.tableName } },
    },
    routes: {
      "GET    /notes": "functions/list.main",
      "POST   /billing": { function: "functions/billing.main", authorizer: "none" },
    },
  });
  return { api };
}`,
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /notes', option: 'authorizer' }, line: 12, column: 7, endLine: 12, endColumn: 22, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'POST /billing', option: 'authorizer' }, line: 13, column: 76, endLine: 13, endColumn: 82, suggestions: [] },
    ],
  },
  {
    name: 'SST v2 (JS): aligned route keys with several spaces are read as SST reads them',
    code: `import { Api } from 'sst/constructs';
export function API({ stack }) {
  new Api(stack, 'Api', {
    routes: {
      'GET    /notes':      'src/list.main',
      'DELETE /notes/{id}': 'src/delete.main',
    },
  });
}`,
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /notes', option: 'authorizer' }, line: 5, column: 7, endLine: 5, endColumn: 22, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'DELETE /notes/{id}', option: 'authorizer' }, line: 6, column: 7, endLine: 6, endColumn: 27, suggestions: [] },
    ],
  },
  {
    name: 'a serverless.js: a * glob neither crosses segments nor stretches a segment (/authme)',
    filename: 'serverless.js',
    code: `export default {
  service: 'auth',
  functions: {
    login: { handler: 'src/login.handler', events: [{ http: 'POST auth/login' }, { httpApi: 'GET /auth/oauth/google/callback' }] },
    me: { handler: 'src/me.handler', events: [{ httpApi: { method: 'GET', path: '/authme' } }] },
  },
};`,
    options: [
      { allowPublic: ['/auth/*'] },
    ],
    output: null,
    errors: [
      { messageId: 'serverlessEventWithoutAuthorization', data: { event: 'httpApi', route: 'GET /auth/oauth/google/callback' }, line: 4, column: 84, endLine: 4, endColumn: 91 },
      { messageId: 'serverlessEventWithoutAuthorization', data: { event: 'httpApi', route: 'GET /authme' }, line: 5, column: 49, endLine: 5, endColumn: 56 },
    ],
  },
  {
    name: "function URLs on subclasses of function constructs declared in the file: the string 'NONE' too, and allowPublic by construct id",
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
class AppFunction extends NodejsFunction {}
const Other = class extends lambda.Function {};
const open = new AppFunction(this, 'Open', { entry: 'o.js' });
open.addFunctionUrl({ authType: 'NONE' });
const health = new AppFunction(this, 'Health', { entry: 'h.js' });
health.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
new Other(this, 'X', {}).addFunctionUrl({ authType: 'NONE' });
class NotFn {}
new NotFn().addFunctionUrl({ authType: 'NONE' });`,
    options: [{ allowPublic: ['Health'] }],
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 6,
        column: 33,
        endLine: 6,
        endColumn: 39,
        suggestions: [{ messageId: 'useAwsIam', output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
class AppFunction extends NodejsFunction {}
const Other = class extends lambda.Function {};
const open = new AppFunction(this, 'Open', { entry: 'o.js' });
open.addFunctionUrl({ authType: 'AWS_IAM' });
const health = new AppFunction(this, 'Health', { entry: 'h.js' });
health.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
new Other(this, 'X', {}).addFunctionUrl({ authType: 'NONE' });
class NotFn {}
new NotFn().addFunctionUrl({ authType: 'NONE' });` }],
      },
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 9,
        column: 53,
        endLine: 9,
        endColumn: 59,
        suggestions: [{ messageId: 'useAwsIam', output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
class AppFunction extends NodejsFunction {}
const Other = class extends lambda.Function {};
const open = new AppFunction(this, 'Open', { entry: 'o.js' });
open.addFunctionUrl({ authType: 'NONE' });
const health = new AppFunction(this, 'Health', { entry: 'h.js' });
health.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
new Other(this, 'X', {}).addFunctionUrl({ authType: 'AWS_IAM' });
class NotFn {}
new NotFn().addFunctionUrl({ authType: 'NONE' });` }],
      },
    ],
  },
  {
    name: "SST v2 function URLs from sst/constructs: url: true and authorizer 'none'",
    code: `import { Function } from 'sst/constructs';
export function Stack({ stack }) {
  new Function(stack, 'Api', { handler: 'src/api.handler', url: true });
  new Function(stack, 'Open', { handler: 'src/api.handler', url: { authorizer: 'none', cors: true } });
}`,
    output: null,
    errors: [
      { messageId: 'sstFunctionUrlWithoutAuthorization', data: { option: 'authorizer' }, line: 3, column: 65, endLine: 3, endColumn: 69 },
      { messageId: 'sstFunctionUrlWithoutAuthorization', data: { option: 'authorizer' }, line: 4, column: 80, endLine: 4, endColumn: 86 },
    ],
  },
  {
    name: 'JS ESM: SAM events held in a constant are reported on the construct',
    code: `import { aws_sam as sam } from 'aws-cdk-lib';
const events = { Get: { type: 'Api', properties: { method: 'get', path: '/items' } } };
new sam.CfnFunction(this, 'Items', { codeUri: 'src/', events });`,
    output: null,
    errors: [
      {
        messageId: 'samEventWithoutAuthorization',
        data: { event: 'Api', route: 'GET /items' },
        line: 3,
        column: 5,
        endLine: 3,
        endColumn: 20,
      },
    ],
  },
  {
    name: 'JS ESM root barrel',
    code: `import { aws_lambda as lambda } from 'aws-cdk-lib';
const fn = new lambda.Function(this, 'F', {});
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 3,
        column: 31,
        endLine: 3,
        endColumn: 62,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import { aws_lambda as lambda } from 'aws-cdk-lib';
const fn = new lambda.Function(this, 'F', {});
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });`,
          },
        ],
      },
    ],
  },
  {
    name: 'long resource chain',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const api = new apigw.RestApi(this, 'Api');
api.root.addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addResource('a').addMethod('GET', integration);`,
    output: null,
    errors: [
      {
        messageId: 'methodWithoutAuthorization',
        data: { route: 'GET /a/a/a/a/a/a/a/a/a/a' },
        line: 3,
        column: 180,
        endLine: 3,
        endColumn: 189,
      },
    ],
  },
  {
    name: 'JS class: this.fn assigned in the constructor',
    code: `import * as lambda from 'aws-cdk-lib/aws-lambda';
export class Stack {
  constructor(scope) {
    this.fn = new lambda.Function(scope, 'Handler', {});
    this.fn.addFunctionUrl({ authType: 'NONE' });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 5,
        column: 40,
        endLine: 5,
        endColumn: 46,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `import * as lambda from 'aws-cdk-lib/aws-lambda';
export class Stack {
  constructor(scope) {
    this.fn = new lambda.Function(scope, 'Handler', {});
    this.fn.addFunctionUrl({ authType: 'AWS_IAM' });
  }
}`,
          },
        ],
      },
    ],
  },
  {
    name: 'JS: an API created in the constructor and handed to a method of the class',
    code: `import { Stack } from 'aws-cdk-lib';
import { LambdaIntegration, RestApi } from 'aws-cdk-lib/aws-apigateway';
export class ApiStack extends Stack {
  constructor(scope, id, props) {
    super(scope, id);
    const api = new RestApi(this, 'Api');
    this.createOrderServices(props, api);
  }
  createOrderServices(props, api) {
    const orders = api.root.addResource('orders');
    orders.addMethod('GET', new LambdaIntegration(props.ordersFetch));
  }
}`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /orders' }, line: 11, column: 12, endLine: 11, endColumn: 21, suggestions: [] },
    ],
  },
  {
    name: 'JS: an API handed to a function of the module',
    code: `import * as apigw from 'aws-cdk-lib/aws-apigateway';
const addRoutes = (api, fn) => {
  api.root.addResource('orders').addMethod('POST', new apigw.LambdaIntegration(fn));
};
export function build(scope, fn) {
  const api = new apigw.RestApi(scope, 'Api');
  addRoutes(api, fn);
}`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'POST /orders' }, line: 3, column: 34, endLine: 3, endColumn: 43, suggestions: [] },
    ],
  },
];

const cjsValid: Valid[] = [
  {
    name: 'CJS: an escape hatch on a method whose variable is reassigned may set any method of the file: all unknown',
    code: `const apigw = require('aws-cdk-lib/aws-apigateway');
const api = new apigw.RestApi(scope, 'Api');
api.root.addResource('orders').addMethod('DELETE', integ);
let m = api.root.addResource('admin').addMethod('POST', integ);
m = api.root.addResource('other').addMethod('POST', integ);
m.node.defaultChild.addPropertyOverride('AuthorizationType', 'AWS_IAM');`,
  },
    {
      name: 'CJS: a Serverless config written in code with OAuth revocation and device authorization endpoints',
      code: `module.exports = {
  service: 'auth',
  provider: { name: 'aws' },
  functions: {
    revoke: { handler: 'src/revoke.handler', events: [{ httpApi: 'POST /oauth2/revoke' }] },
    device: { handler: 'src/device.handler', events: [{ http: { method: 'post', path: 'oauth/device_authorization' } }] },
  },
};`,
      filename: 'serverless.js',
    },
    {
      name: 'CJS: CDK for Terraform function URLs with IAM auth, props it cannot read, and a class of another module by the same name',
      code: `const { LambdaFunctionUrl } = require('@cdktf/provider-aws/lib/lambda-function-url');
const { LambdaFunctionUrl: Other } = require('./my-constructs');
exports.make = (scope, props) => {
  new LambdaFunctionUrl(scope, 'iam', { functionName: 'demo', authorizationType: 'AWS_IAM' });
  new LambdaFunctionUrl(scope, 'spread', { ...props });
  new Other(scope, 'other', { functionName: 'demo', authorizationType: 'NONE' });
};`,
    },
  {
    name: "SST v1 (CJS): routes behind IAM (0.x's enum and 1.0's defaults); a look-alike enum of another module",
    code: `const sst = require('@serverless-stack/resources');
const { ApiAuthorizationType } = require('./auth-types');
class ApiStack extends sst.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    new sst.Api(this, 'Secured', { defaultAuthorizationType: sst.ApiAuthorizationType.AWS_IAM, routes: { 'GET /a': 'src/a.main' } });
    new sst.Api(this, 'Lookalike', { defaultAuthorizationType: ApiAuthorizationType.NONE, routes: { 'GET /b': 'src/b.main' } });
    new sst.Api(this, 'Current', { defaults: { authorizer: 'iam' }, routes: { 'GET /c': 'src/c.main' } });
  }
}
module.exports = { ApiStack };`,
  },
  {
    name: 'CJS: IAM function URL',
    code: `const lambda = require('aws-cdk-lib/aws-lambda');
const { aws_apigateway: apigw } = require('aws-cdk-lib');
const fn = new lambda.Function(this, 'F', {});
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });`,
  },
  {
    name: 'CJS: a shadowed require is not trusted',
    code: `function load(require) {
  const lambda = require('aws-cdk-lib/aws-lambda');
  new lambda.Function(this, 'F', {}).addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
}`,
  },
  {
    name: 'SDK v2 with AWS_IAM',
    code: `const AWS = require('aws-sdk');
new AWS.Lambda().createFunctionUrlConfig({ FunctionName: 'f', AuthType: 'AWS_IAM' });`,
  },
  {
    name: 'CJS: api.root.defaultMethodOptions assigned after creation; a mock GET on another API',
    code: `const apigateway = require('aws-cdk-lib/aws-apigateway');
const api = new apigateway.RestApi(this, 'PrivateRestApi', {});
api.root.defaultMethodOptions = { authorizer: auth, authorizationType: apigateway.AuthorizationType.COGNITO };
api.root.addMethod('ANY');
const health = new apigateway.RestApi(this, 'Health');
health.root.addMethod('GET', new apigateway.MockIntegration({ integrationResponses: [{ statusCode: '200' }] }));`,
  },
];

const cjsInvalid: Invalid[] = [
  {
    name: 'CJS: REST API sign-up and password reset steps are public; a device registered is not',
    code: `const apigw = require('aws-cdk-lib/aws-apigateway');
const api = new apigw.RestApi(scope, 'Api');
const auth = api.root.addResource('auth');
auth.addResource('register').addMethod('POST', integ);
auth.addResource('forgot-password').addResource('verify').addMethod('POST', integ);
auth.addResource('confirm-forgot-password').addMethod('POST', integ);
api.root.addResource('devices').addResource('register').addMethod('POST', integ);`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'POST /devices/register' }, line: 7, column: 57, endLine: 7, endColumn: 66 },
    ],
  },
  {
    name: "CJS: a route helper arrow whose verb is a parameter's default",
    code: `const apigw = require('aws-cdk-lib/aws-apigateway');
module.exports = function wire(scope, fn) {
  const api = new apigw.RestApi(scope, 'Api');
  const route = (path, method = 'GET') => api.root.addResource(path).addMethod(method, new apigw.LambdaIntegration(fn));
  route('health');
};`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /health' }, line: 4, column: 70, endLine: 4, endColumn: 79, suggestions: [] },
    ],
  },
  {
    name: 'CJS: Solutions Constructs CloudFrontToApiGatewayToLambda required, its API open by NONE',
    code: `const { AuthorizationType } = require('aws-cdk-lib/aws-apigateway');
const { CloudFrontToApiGatewayToLambda } = require('@aws-solutions-constructs/aws-cloudfront-apigateway-lambda');
exports.build = (stack, fn) =>
  new CloudFrontToApiGatewayToLambda(stack, 'Images', {
    existingLambdaObj: fn,
    apiGatewayProps: { defaultMethodOptions: { authorizationType: AuthorizationType.NONE } },
  });
`,
    output: null,
    errors: [
      { messageId: 'proxyWithoutAuthorization', data: { api: 'Images' }, line: 6, column: 67, endLine: 6, endColumn: 89, suggestions: [] },
    ],
  },
  {
    name: 'CJS: a StepFunctionsRestApi required from aws-cdk-lib starts executions for anyone',
    code: `const { aws_apigateway: apigw } = require('aws-cdk-lib');
exports.make = (scope, stateMachine) => new apigw.StepFunctionsRestApi(scope, 'Orders', { stateMachine, deploy: true });`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'ANY /' }, line: 2, column: 45, endLine: 2, endColumn: 71, suggestions: [] },
    ],
  },
  {
    name: 'CJS: an HttpRoute helper given undefined for its authorizer by every call',
    code: `const apigwv2 = require('aws-cdk-lib/aws-apigatewayv2');
module.exports = (scope, integration) => {
  const api = new apigwv2.HttpApi(scope, 'Api');
  function route(id, key, authorizer) {
    return new apigwv2.HttpRoute(scope, id, { httpApi: api, routeKey: apigwv2.HttpRouteKey.with(key, apigwv2.HttpMethod.POST), integration, authorizer });
  }
  route('A', '/a', undefined);
};`,
    output: null,
    errors: [{ messageId: 'routeWithoutAuthorization', data: { route: 'POST' }, line: 5, column: 16, endLine: 5, endColumn: 33, suggestions: [] }],
  },
  {
    name: "CJS: a method on the root of another stack's REST API",
    code: `const apigw = require('aws-cdk-lib/aws-apigateway');
module.exports = (scope, fn) => {
  const api = apigw.RestApi.fromRestApiAttributes(scope, 'Api', { restApiId: 'abc', rootResourceId: 'def' });
  api.root.addMethod('GET', new apigw.LambdaIntegration(fn));
};`,
    output: null,
    errors: [{ messageId: 'methodWithoutAuthorization', data: { route: 'GET /' }, line: 4, column: 12, endLine: 4, endColumn: 21, suggestions: [] }],
  },
  {
    name: 'CJS: a helper with a fixed verb at resourceForPath(path), called twice',
    code: `const apigw = require('aws-cdk-lib/aws-apigateway');
const api = new apigw.RestApi(this, 'Api');
function post(path) { api.root.resourceForPath(path).addMethod('POST', new apigw.LambdaIntegration(fn)); }
post('/a/b');
post('/c');`,
    output: null,
    errors: [{ messageId: 'methodWithoutAuthorization', data: { route: 'POST /a/b|/c' }, line: 3, column: 54, endLine: 3, endColumn: 63, suggestions: [] }],
  },
  {
    name: 'CJS: a Method construct PUT on a login resource is judged',
    code: `const apigw = require('aws-cdk-lib/aws-apigateway');
const api = new apigw.RestApi(this, 'Api');
const login = api.root.addResource('login');
new apigw.Method(this, 'Login', { resource: login, httpMethod: 'POST', integration: new apigw.LambdaIntegration(fn) });
new apigw.Method(this, 'Replace', { resource: login, httpMethod: 'PUT', integration: new apigw.LambdaIntegration(fn) });`,
    output: null,
    errors: [{ messageId: 'methodWithoutAuthorization', data: { route: 'PUT /login' }, line: 5, column: 5, endLine: 5, endColumn: 17, suggestions: [] }],
  },
  {
    name: 'CJS: allowSignInEndpoints: false reports a login route too',
    code: `const apigwv2 = require('aws-cdk-lib/aws-apigatewayv2');
const api = new apigwv2.HttpApi(this, 'Api');
api.addRoutes({ path: '/login', methods: [apigwv2.HttpMethod.POST], integration });`,
    options: [{ allowSignInEndpoints: false }],
    output: null,
    errors: [{ messageId: 'routeWithoutAuthorization', data: { route: 'POST /login' }, line: 3, column: 5, endLine: 3, endColumn: 14 }],
  },
  {
    name: 'CJS: an API and a function declared first and assigned once: their method and URL are judged',
    code: `const apigw = require('aws-cdk-lib/aws-apigateway');
const lambda = require('aws-cdk-lib/aws-lambda');
module.exports.build = (scope, handlerFn) => {
  let api;
  api = new apigw.RestApi(scope, 'Api');
  api.root.addMethod('GET', new apigw.LambdaIntegration(handlerFn));
  let fn;
  fn = new lambda.Function(scope, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('x') });
  fn.addFunctionUrl({ authType: 'NONE' });
};`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /' }, line: 6, column: 12, endLine: 6, endColumn: 21, suggestions: [] },
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 9,
        column: 33,
        endLine: 9,
        endColumn: 39,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `const apigw = require('aws-cdk-lib/aws-apigateway');
const lambda = require('aws-cdk-lib/aws-lambda');
module.exports.build = (scope, handlerFn) => {
  let api;
  api = new apigw.RestApi(scope, 'Api');
  api.root.addMethod('GET', new apigw.LambdaIntegration(handlerFn));
  let fn;
  fn = new lambda.Function(scope, 'Fn', { runtime: lambda.Runtime.NODEJS_20_X, handler: 'index.handler', code: lambda.Code.fromAsset('x') });
  fn.addFunctionUrl({ authType: 'AWS_IAM' });
};`,
          },
        ],
      },
    ],
  },
  {
    name: 'CJS: a ProxyResource on the root of a RestApi with no default authorization',
    code: `const { RestApi, ProxyResource, LambdaIntegration } = require('aws-cdk-lib/aws-apigateway');
module.exports.build = (scope, fn) => {
  const api = new RestApi(scope, 'Api');
  return new ProxyResource(scope, 'Proxy', { parent: api.root, defaultIntegration: new LambdaIntegration(fn) });
};`,
    output: null,
    errors: [{ messageId: 'methodWithoutAuthorization', data: { route: 'ANY /{proxy+}' }, line: 4, column: 14, endLine: 4, endColumn: 27, suggestions: [] }],
  },
  {
    name: 'CJS: a route on an imported HTTP API with no authorizer of its own',
    code: `const { HttpApi, HttpRoute, HttpRouteKey, HttpMethod } = require('aws-cdk-lib/aws-apigatewayv2');
module.exports.addRoute = (scope, integration) => {
  const api = HttpApi.fromHttpApiAttributes(scope, 'Api', { httpApiId: 'abc' });
  return new HttpRoute(scope, 'Items', { httpApi: api, routeKey: HttpRouteKey.with('/items', HttpMethod.POST), integration });
};`,
    output: null,
    errors: [{ messageId: 'routeWithoutAuthorization', data: { route: 'POST /items' }, line: 4, column: 14, endLine: 4, endColumn: 23, suggestions: [] }],
  },
  {
    name: 'CJS: function URL options spread from a local function returning NONE',
    code: `const lambda = require('aws-cdk-lib/aws-lambda');
function urlOptions() {
  return { authType: lambda.FunctionUrlAuthType.NONE };
}
module.exports.expose = (fn) => fn.addFunctionUrl({ ...urlOptions(), invokeMode: lambda.InvokeMode.BUFFERED });`,
    output: null,
    errors: [{ messageId: 'functionUrlAuthNone', data: { option: 'authType' }, line: 5, column: 36, endLine: 5, endColumn: 50, suggestions: [] }],
  },
  {
    name: 'CJS: a constant truthy test picks the NONE branch',
    code: `const lambda = require('aws-cdk-lib/aws-lambda');
const PUBLIC_URL = 'yes';
module.exports = (fn) => fn.addFunctionUrl({ authType: PUBLIC_URL ? lambda.FunctionUrlAuthType.NONE : lambda.FunctionUrlAuthType.AWS_IAM });`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 3,
        column: 69,
        endLine: 3,
        endColumn: 100,
        suggestions: [{ messageId: 'useAwsIam', output: `const lambda = require('aws-cdk-lib/aws-lambda');
const PUBLIC_URL = 'yes';
module.exports = (fn) => fn.addFunctionUrl({ authType: PUBLIC_URL ? lambda.FunctionUrlAuthType.AWS_IAM : lambda.FunctionUrlAuthType.AWS_IAM });` }],
      },
    ],
  },
  {
    name: 'CJS: a helper function declaration given the path part and the verb: each call\'s values are named',
    code: `const apigw = require('aws-cdk-lib/aws-apigateway');
module.exports = function build(stack, fn) {
  const api = new apigw.RestApi(stack, 'Api');
  function route(part, verb) {
    api.root.addResource(part).addMethod(verb, new apigw.LambdaIntegration(fn));
  }
  route('reports', 'GET');
  route('reports-admin', 'PUT');
};`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET|PUT /reports|/reports-admin' }, line: 5, column: 32, endLine: 5, endColumn: 41, suggestions: [] },
    ],
  },
    {
      name: 'CJS: reported: NONE is written in the params const the command alone reads: the suggestion switches it there',
      code: `const { LambdaClient, UpdateFunctionUrlConfigCommand } = require('@aws-sdk/client-lambda');

const lambda = new LambdaClient({});

async function openUp(name) {
  const params = { FunctionName: name, AuthType: 'NONE', Cors: { AllowOrigins: ['*'] } };
  await lambda.send(new UpdateFunctionUrlConfigCommand(params));
}
module.exports = { openUp };`,
      output: null,
      errors: [
        { messageId: 'functionUrlAuthNone', data: { option: 'AuthType' }, line: 7, column: 25, endLine: 7, endColumn: 55, suggestions: [{ messageId: 'useAwsIam', output: `const { LambdaClient, UpdateFunctionUrlConfigCommand } = require('@aws-sdk/client-lambda');

const lambda = new LambdaClient({});

async function openUp(name) {
  const params = { FunctionName: name, AuthType: 'AWS_IAM', Cors: { AllowOrigins: ['*'] } };
  await lambda.send(new UpdateFunctionUrlConfigCommand(params));
}
module.exports = { openUp };` }] },
      ],
    },
  {
    name: "CJS: tsc's compiled output binds the CDK through __importStar",
    code: `'use strict';
var __importStar = (this && this.__importStar) || function (mod) { return mod; };
const apigateway = __importStar(require('aws-cdk-lib/aws-apigateway'));
function build(scope, fn) {
  const api = new apigateway.RestApi(scope, 'Api');
  api.root.addResource('records').addMethod('POST', new apigateway.LambdaIntegration(fn));
}
exports.build = build;`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'POST /records' }, line: 6, column: 35, endLine: 6, endColumn: 44 },
    ],
  },
  {
    name: 'CJS, REST API props spreading a choice whose branches both leave the root method open',
    code: `const { RestApi } = require('aws-cdk-lib/aws-apigateway');
const api = new RestApi(this, 'Api', { ...(process.env.STAGE === 'dev' ? { deploy: false } : { deploy: true }) });
api.root.addMethod('GET', integration);`,
    output: null,
    errors: [
      { messageId: 'methodWithoutAuthorization', data: { route: 'GET /' }, line: 3, column: 10, endLine: 3, endColumn: 19 },
    ],
  },
  {
    name: "SST v1 (CJS): require of @serverless-stack/resources, destructured and whole, 0.x's NONE and 1.0's 'none'",
    code: `const { Api, ApiAuthorizationType } = require('@serverless-stack/resources');
const sst = require('@serverless-stack/resources');
module.exports.ApiStack = function ApiStack({ stack }) {
  new Api(stack, 'Legacy', { defaultAuthorizationType: ApiAuthorizationType.NONE, routes: { 'GET /a': 'src/a.main' } });
  new Api(stack, 'Secured', { defaultAuthorizationType: ApiAuthorizationType.AWS_IAM, routes: { 'GET /b': 'src/b.main' } });
  new sst.Api(stack, 'Current', { defaults: { authorizer: 'none' }, routes: { 'GET /c': 'src/c.main' } });
};`,
    output: null,
    errors: [
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /a', option: 'defaultAuthorizationType' }, line: 4, column: 93, endLine: 4, endColumn: 101, suggestions: [] },
      { messageId: 'sstRouteWithoutAuthorization', data: { route: 'GET /c', option: 'authorizer' }, line: 6, column: 79, endLine: 6, endColumn: 87, suggestions: [] },
    ],
  },
  {
    name: 'CJS: Pulumi quick create; a path in allowPublic does not cover $default',
    code: `const aws = require('@pulumi/aws');
exports.api = new aws.apigatewayv2.Api('api', { protocolType: 'HTTP', routeKey: 'GET /health', target: fn.arn });
exports.other = new aws.apigatewayv2.Api('other', { protocolType: 'HTTP', target: fn.arn });`,
    options: [{ allowPublic: ['/health'] }],
    output: null,
    errors: [
      { messageId: 'quickCreateRouteWithoutAuthorization', data: { route: '$default' }, line: 3, column: 83, endLine: 3, endColumn: 89, suggestions: [] },
    ],
  },
  {
    name: 'CJS: a serverless.js with open http and httpApi events',
    filename: 'serverless.js',
    code: `module.exports = {
  service: 'orders',
  provider: { name: 'aws', runtime: 'nodejs20.x' },
  functions: {
    list: { handler: 'src/list.handler', events: [{ http: 'GET orders' }] },
    create: { handler: 'src/create.handler', events: [{ httpApi: { method: 'POST', path: '/orders' } }] },
  },
};`,
    output: null,
    errors: [
      { messageId: 'serverlessEventWithoutAuthorization', data: { event: 'http', route: 'GET /orders' }, line: 5, column: 53, endLine: 5, endColumn: 57 },
      { messageId: 'serverlessEventWithoutAuthorization', data: { event: 'httpApi', route: 'POST /orders' }, line: 6, column: 57, endLine: 6, endColumn: 64 },
    ],
  },
  {
    name: 'CJS: a Pulumi HTTP API route without an authorizer, through require',
    code: `const aws = require('@pulumi/aws');
exports.route = new aws.apigatewayv2.Route('r', { apiId, routeKey: 'ANY /{proxy+}', target });`,
    output: null,
    errors: [{ messageId: 'routeWithoutAuthorization', data: { route: 'ANY /{proxy+}' }, line: 2, column: 21, endLine: 2, endColumn: 43 }],
  },
  {
    name: "CJS: awsx's classic.apigateway.API route without authorizers, through require",
    code: `const awsx = require('@pulumi/awsx');
exports.api = new awsx.classic.apigateway.API('hooks', {
  routes: [{ path: '/hook', method: 'ANY', eventHandler: async (event) => ({ statusCode: 200, body: await save(event) }) }],
});`,
    output: null,
    errors: [{ messageId: 'pulumiRouteWithoutAuthorization', data: { route: 'ANY /hook' }, line: 3, column: 44, endLine: 3, endColumn: 56, suggestions: [] }],
  },
  {
    name: 'CJS: a Serverless Framework function config module outside a config path (handlerPath template)',
    filename: 'services/items/delete/index.js',
    code: `const { handlerPath } = require('../../libs/handler-resolver');
module.exports = {
  handler: \`\${handlerPath(__dirname)}/handler.main\`,
  events: [{ httpApi: { method: 'delete', path: '/items/{id}' } }],
};`,
    output: null,
    errors: [{ messageId: 'serverlessEventWithoutAuthorization', data: { event: 'httpApi', route: 'DELETE /items/{id}' }, line: 4, column: 14, endLine: 4, endColumn: 21, suggestions: [] }],
  },
  {
    name: 'CJS: a Serverless Framework function config module outside a config path whose url is a constant true',
    filename: 'services/orders/parse/index.js',
    code: `const { handlerPath } = require('../../libs/handler-resolver');
const PUBLIC_URL = true;
module.exports = {
  handler: \`\${handlerPath(__dirname)}/handler.main\`,
  url: PUBLIC_URL,
  events: [{ sqs: { arn: 'arn:aws:sqs:eu-west-1:123456789012:orders' } }],
};`,
    output: null,
    errors: [{ messageId: 'functionUrlAuthNone', data: { option: 'authorizer' }, line: 5, column: 8, endLine: 5, endColumn: 18, suggestions: [] }],
  },
  {
    name: 'CJS: a serverless.js whose function URL and http event are shorthand properties of constants',
    filename: 'serverless.js',
    code: `const url = true;
const http = { method: 'get', path: 'hello' };
module.exports = { functions: { hello: { handler: 'src/hello.main', url, events: [{ http }] } } };`,
    output: null,
    errors: [
      { messageId: 'functionUrlAuthNone', data: { option: 'authorizer' }, line: 3, column: 69, endLine: 3, endColumn: 72, suggestions: [] },
      { messageId: 'serverlessEventWithoutAuthorization', data: { event: 'http', route: 'GET /hello' }, line: 3, column: 85, endLine: 3, endColumn: 89, suggestions: [] },
    ],
  },
  {
    name: 'CJS: a serverless.js function URL, the suggestion quoted as the handler is',
    filename: 'serverless.js',
    code: `module.exports = {
  service: "hooks",
  provider: { name: "aws" },
  functions: { stripe: { handler: "handler.stripe", url: true } },
};`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authorizer' },
        line: 4,
        column: 58,
        endLine: 4,
        endColumn: 62,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `module.exports = {
  service: "hooks",
  provider: { name: "aws" },
  functions: { stripe: { handler: "handler.stripe", url: { authorizer: "aws_iam" } } },
};`,
          },
        ],
      },
    ],
  },
  {
    name: 'SST v2 Function required from sst/constructs with url: true',
    code: `const { Function } = require('sst/constructs');
module.exports.Stack = ({ stack }) => new Function(stack, 'Api', { handler: 'src/api.handler', url: true });`,
    output: null,
    errors: [
      { messageId: 'sstFunctionUrlWithoutAuthorization', data: { option: 'authorizer' }, line: 2, column: 101, endLine: 2, endColumn: 105 },
    ],
  },
  {
    name: 'CJS, CDK v1: a SAM HttpApi event opts out of its API\'s default authorizer with NONE',
    code: `const sam = require('@aws-cdk/aws-sam');
class Stack {
  constructor() {
    this.api = new sam.CfnHttpApi(this, 'Http', { auth: { defaultAuthorizer: 'Jwt' } });
    new sam.CfnFunction(this, 'Items', {
      codeUri: 'src/',
      events: { Open: { type: 'HttpApi', properties: { path: '/open', method: 'get', apiId: this.api.ref, auth: { authorizer: 'NONE' } } } },
    });
  }
}`,
    output: null,
    errors: [
      {
        messageId: 'samEventAuthorizationNone',
        data: { event: 'HttpApi', route: 'GET /open' },
        line: 7,
        column: 127,
        endLine: 7,
        endColumn: 133,
      },
    ],
  },
  {
    name: 'CJS require of a submodule and of the root barrel',
    code: `const lambda = require('aws-cdk-lib/aws-lambda');
const { aws_apigateway: apigw } = require('aws-cdk-lib');
const fn = new lambda.Function(this, 'F', {});
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
const api = new apigw.RestApi(this, 'Api');
api.root.addMethod('GET', integration);`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'authType' },
        line: 4,
        column: 31,
        endLine: 4,
        endColumn: 62,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `const lambda = require('aws-cdk-lib/aws-lambda');
const { aws_apigateway: apigw } = require('aws-cdk-lib');
const fn = new lambda.Function(this, 'F', {});
fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
const api = new apigw.RestApi(this, 'Api');
api.root.addMethod('GET', integration);`,
          },
        ],
      },
      {
        messageId: 'methodWithoutAuthorization',
        data: { route: 'GET /' },
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 19,
      },
    ],
  },
  {
    name: 'SDK v2 createFunctionUrlConfig / updateFunctionUrlConfig',
    code: `const AWS = require('aws-sdk');
const lambda = new AWS.Lambda({ region: 'us-east-1' });
lambda.createFunctionUrlConfig({ FunctionName: 'orders', AuthType: 'NONE' }).promise();
const Lambda = require('aws-sdk/clients/lambda');
new Lambda().updateFunctionUrlConfig({ FunctionName: 'orders', AuthType: 'NONE' }, () => {});`,
    output: null,
    errors: [
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'AuthType' },
        line: 3,
        column: 68,
        endLine: 3,
        endColumn: 74,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `const AWS = require('aws-sdk');
const lambda = new AWS.Lambda({ region: 'us-east-1' });
lambda.createFunctionUrlConfig({ FunctionName: 'orders', AuthType: 'AWS_IAM' }).promise();
const Lambda = require('aws-sdk/clients/lambda');
new Lambda().updateFunctionUrlConfig({ FunctionName: 'orders', AuthType: 'NONE' }, () => {});`,
          },
        ],
      },
      {
        messageId: 'functionUrlAuthNone',
        data: { option: 'AuthType' },
        line: 5,
        column: 74,
        endLine: 5,
        endColumn: 80,
        suggestions: [
          {
            messageId: 'useAwsIam',
            output: `const AWS = require('aws-sdk');
const lambda = new AWS.Lambda({ region: 'us-east-1' });
lambda.createFunctionUrlConfig({ FunctionName: 'orders', AuthType: 'NONE' }).promise();
const Lambda = require('aws-sdk/clients/lambda');
new Lambda().updateFunctionUrlConfig({ FunctionName: 'orders', AuthType: 'AWS_IAM' }, () => {});`,
          },
        ],
      },
    ],
  },
  {
    name: 'CJS, CDK v1, destructured require',
    code: `const { LambdaRestApi } = require('@aws-cdk/aws-apigateway');
const { Function } = require('@aws-cdk/aws-lambda');
new LambdaRestApi(this, 'Api', { handler: new Function(this, 'F', {}) });`,
    output: null,
    errors: [
      {
        messageId: 'proxyWithoutAuthorization',
        data: { api: 'Api' },
        line: 3,
        column: 5,
        endLine: 3,
        endColumn: 18,
      },
    ],
  },
];

tsRuleTester.run('require-api-authorization', rule, { valid: tsValid, invalid: tsInvalid });
jsRuleTester.run('require-api-authorization', rule, { valid: jsValid, invalid: jsInvalid });
cjsRuleTester.run('require-api-authorization', rule, { valid: cjsValid, invalid: cjsInvalid });

describe('require-api-authorization on ESLint 9', () => {
  itMatchesEslint9(rule, [
    ...tsInvalid.map((test) => ['ts', test] as const),
    ...jsInvalid.map((test) => ['js', test] as const),
    ...cjsInvalid.map((test) => ['cjs', test] as const),
  ]);
});

// A parameter's default that reads another parameter takes what the same call gave that one
tsRuleTester.run('require-api-authorization (defaults that read other parameters)', rule, {
  valid: [
    {
      name: 'a target defaulting to the api parameter: each call adds to the secured API, one through the default',
      code: `import * as cdk from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigateway';
import * as lambda from 'aws-cdk-lib/aws-lambda';
export class S extends cdk.Stack {
  constructor(scope: cdk.App, id: string, fn: lambda.IFunction) {
    super(scope, id);
    const secured = new apigw.RestApi(this, 'Secured', { defaultMethodOptions: { authorizationType: apigw.AuthorizationType.IAM } });
    const open = new apigw.RestApi(this, 'Open');
    const route = (api: apigw.RestApi, target = api) => target.root.addMethod('GET', new apigw.LambdaIntegration(fn));
    route(secured);
    route(open, secured);
    open.root.addMethod('POST', new apigw.MockIntegration(), { authorizationType: apigw.AuthorizationType.IAM });
  }
}`,
    },
  ],
  invalid: [],
});

cjsRuleTester.run('require-api-authorization (defaults that read other parameters)', rule, {
  valid: [
    {
      name: 'CJS: a verb defaulting to another parameter given a secured verb by the same call',
      code: `const apigw = require('aws-cdk-lib/aws-apigateway');
module.exports = function wire(scope, fn) {
  const api = new apigw.RestApi(scope, 'Api');
  const route = (path, options, verb = options.verb) => api.root.addResource(path).addMethod(verb, new apigw.LambdaIntegration(fn), options);
  route('orders', { verb: 'GET', authorizationType: apigw.AuthorizationType.IAM });
};`,
    },
  ],
  invalid: [],
});
