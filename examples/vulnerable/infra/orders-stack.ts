// The CDK app that deploys the functions. TypeScript, aws-cdk-lib v2.
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';

const ALL = '*';

export class OrdersStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    // One role for every function: a bug in one function can do anything any of them can.
    const role = new iam.Role(this, 'FunctionsRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    });
    role.addToPolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:*', 's3:GetObject'],
        resources: [ALL],
      }),
    );

    const createOrder = new lambda.Function(this, 'CreateOrder', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'create-order.handler',
      code: lambda.Code.fromAsset('functions'),
      role,
    });
    const nightlyReport = new lambda.Function(this, 'NightlyReport', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'nightly-report.handler',
      code: lambda.Code.fromAsset('functions'),
      role,
    });

    // Anyone on the internet can invoke these.
    nightlyReport.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });
    const api = new apigateway.RestApi(this, 'OrdersApi');
    api.root.addResource('orders').addMethod('POST', new apigateway.LambdaIntegration(createOrder));
  }
}
