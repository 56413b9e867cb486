// The CDK app that deploys the functions. TypeScript, aws-cdk-lib v2.
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';

export class OrdersStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const orders = new dynamodb.Table(this, 'Orders', {
      partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
    });

    // Each function gets its own generated execution role, granted exactly what it uses.
    const createOrder = new lambda.Function(this, 'CreateOrder', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'create-order.handler',
      code: lambda.Code.fromAsset('functions'),
      environment: { TABLE_NAME: orders.tableName },
    });
    orders.grantWriteData(createOrder);

    const nightlyReport = new lambda.Function(this, 'NightlyReport', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'nightly-report.handler',
      code: lambda.Code.fromAsset('functions'),
    });
    orders.grantReadData(nightlyReport);

    // Callers sign their requests (IAM), and the API requires IAM authorization on every method.
    nightlyReport.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
    const api = new apigateway.RestApi(this, 'OrdersApi', {
      defaultMethodOptions: { authorizationType: apigateway.AuthorizationType.IAM },
    });
    api.root.addResource('orders').addMethod('POST', new apigateway.LambdaIntegration(createOrder));
  }
}
