import { describe, expect, it } from 'vitest';
import {
  FRAMEWORK_ADAPTERS,
  isFrameworkAdapterCall,
  isFrameworkAdapterModule,
} from '../../src/utils/framework-adapters.js';

describe('isFrameworkAdapterModule', () => {
  it.each<[string, boolean]>([
    ['serverless-http', true],
    ['aws-serverless-express', true],
    ['aws-serverless-express/middleware', true],
    ['@vendia/serverless-express/src/index', true],
    ['hono/aws-lambda', true],
    ['apollo-server-lambda', true],
    ['@remix-run/architect', true],
    ['@react-router/node', true],
    ['hono', false],
    ['serverless-http-helpers', false],
    ['express', false],
    ['@remix-run/react', false],
    ['./serverless-http', false],
    ['', false],
  ])('%j is %j', (specifier, expected) => {
    expect(isFrameworkAdapterModule(specifier)).toBe(expected);
  });

  it("passes every module of the list through the name-word prefilter (a new module's name must hold one)", () => {
    for (const module of FRAMEWORK_ADAPTERS.keys()) expect(isFrameworkAdapterModule(module)).toBe(true);
  });
});

describe('isFrameworkAdapterCall', () => {
  it.each<[string, string[], boolean]>([
    ['serverless-http', [], true],
    ['@vendia/serverless-express', ['configure'], true],
    ['hono/aws-lambda', ['handle'], true],
    ['hono/aws-lambda', [], false],
    ['@as-integrations/aws-lambda', ['startServerAndCreateLambdaHandler'], true],
    ['@as-integrations/aws-lambda', ['handlers', 'createAPIGatewayProxyEventV2RequestHandler'], false],
    ['@h4ad/serverless-adapter', ['ServerlessAdapter', 'new'], true],
    ['apollo-server-lambda', ['ApolloServer', 'prototype', 'createHandler'], true],
    ['apollo-server-lambda', ['ApolloServer'], false],
    ['aws-serverless-express', ['proxy'], false],
    ['@remix-run/node', ['createRequestHandler'], false],
    ['express', [], false],
  ])('%s %j is %j', (module, path, expected) => {
    expect(isFrameworkAdapterCall({ module, path })).toBe(expected);
  });
});
