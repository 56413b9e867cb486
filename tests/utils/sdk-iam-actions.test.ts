import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sdkCallIamAction } from '../../src/utils/sdk-iam-actions.js';

// aws-cdk-lib (a dev dependency) is the reference: the tables are its own, where a name changes
const require = createRequire(import.meta.url);
const helpers = join(dirname(require.resolve('aws-cdk-lib')), 'custom-resources/lib/helpers-internal');
const { awsSdkToIamAction } = require(join(helpers, 'sdk-info.js')) as {
  awsSdkToIamAction: (service: string, action: string) => string;
};
const v2ToV3 = require(join(helpers, 'sdk-v2-to-v3.json')) as Record<string, string>;
const v3Metadata = require(join(helpers, 'sdk-v3-metadata.json')) as Record<string, { commands?: string[] }>;

describe('sdkCallIamAction', () => {
  it('names the action aws-cdk-lib grants, for every service it knows', () => {
    const services = [
      ...Object.keys(v2ToV3),
      ...Object.keys(v3Metadata),
      ...Object.keys(v3Metadata).map((name) => `@aws-sdk/client-${name}`),
      'SSM',
      'CloudWatchLogs',
      'CognitoIdentityServiceProvider',
      'unknownservice',
    ];
    const actions = ['getParameter', 'GetParameter', 'GetParameterCommand', 'SendCommand', 'ExecuteCommand', 'GetCommand', 'x'];
    let compared = 0;
    for (const service of services) {
      for (const action of actions) {
        expect([service, action, sdkCallIamAction(service, action)]).toEqual([
          service,
          action,
          awsSdkToIamAction(service, action),
        ]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it.each([
    ['SSM', 'getParameter', 'ssm:GetParameter'],
    ['CloudWatchLogs', 'putRetentionPolicy', 'logs:PutRetentionPolicy'],
    ['@aws-sdk/client-cloudwatch-logs', 'PutRetentionPolicyCommand', 'logs:PutRetentionPolicy'],
    ['CognitoIdentityServiceProvider', 'adminCreateUser', 'cognito-idp:AdminCreateUser'],
    ['ssm', 'SendCommand', 'ssm:SendCommand'],
    ['StepFunctions', 'startExecution', 'states:StartExecution'],
  ])('%s %s is %s', (service, action, expected) => {
    expect(sdkCallIamAction(service, action)).toBe(expected);
  });

  it.each([
    ['', 'getParameter'],
    ['SSM', ''],
    ['${svc}', 'getParameter'],
    ['SSM', 'get parameter'],
    ['SSM', 'ssm:GetParameter'],
  ])('has no action for %j %j', (service, action) => {
    expect(sdkCallIamAction(service, action)).toBeNull();
  });
});
