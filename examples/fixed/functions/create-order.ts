// POST /orders: stores an order. TypeScript, ES modules, AWS SDK v3.
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

const logger = new Logger({ serviceName: 'orders' });
// No credentials: the default provider chain supplies the execution role's temporary credentials.
const client = new DynamoDBClient({ region: process.env.AWS_REGION });
const documents = DynamoDBDocumentClient.from(client);

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  logger.info('Request received', { path: event.path, method: event.httpMethod });
  const order = JSON.parse(event.body ?? '{}') as { id: string; total: number };
  logger.info('Processing order', { orderId: order.id });
  await documents.send(new PutCommand({ TableName: process.env.TABLE_NAME, Item: order }));
  return { statusCode: 201, body: JSON.stringify({ id: order.id }) };
};
