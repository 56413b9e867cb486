// The reports service, written as SAM resources inside the CDK app (the AWS::Serverless transform).
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as sam from 'aws-cdk-lib/aws-sam';
import type { Construct } from 'constructs';

export class ReportsSamStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps & { userPoolArn: string; reportsBucket: string }) {
    super(scope, id, props);
    this.addTransform('AWS::Serverless-2016-10-31');

    // Every method of the API asks Cognito first.
    const api = new sam.CfnApi(this, 'ReportsApi', {
      stageName: 'prod',
      auth: {
        defaultAuthorizer: 'ReportsUsers',
        authorizers: { ReportsUsers: { UserPoolArn: props.userPoolArn } },
      },
    });
    new sam.CfnFunction(this, 'ListReports', {
      codeUri: 'functions/',
      handler: 'list-reports.handler',
      runtime: 'nodejs20.x',
      // Reads the reports bucket, nothing else.
      policies: [
        {
          statement: [
            { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${props.reportsBucket}/reports/*` },
          ],
        },
      ],
      events: {
        List: { type: 'Api', properties: { method: 'get', path: '/reports', restApiId: api.ref } },
      },
    });
  }
}
