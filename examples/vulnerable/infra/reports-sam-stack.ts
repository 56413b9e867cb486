// The reports service, written as SAM resources inside the CDK app (the AWS::Serverless transform).
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as sam from 'aws-cdk-lib/aws-sam';
import type { Construct } from 'constructs';

export class ReportsSamStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.addTransform('AWS::Serverless-2016-10-31');

    const api = new sam.CfnApi(this, 'ReportsApi', { stageName: 'prod' });
    new sam.CfnFunction(this, 'ListReports', {
      codeUri: 'functions/',
      handler: 'list-reports.handler',
      runtime: 'nodejs20.x',
      // Every S3 action on every bucket of the account.
      policies: [{ statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }],
      events: {
        // The API has no default authorizer and the event names none: anyone can list the reports.
        List: { type: 'Api', properties: { method: 'get', path: '/reports', restApiId: api.ref } },
      },
    });
  }
}
