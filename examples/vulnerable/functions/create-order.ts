// POST /orders: stores an order. TypeScript, ES modules, AWS SDK v3.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';

// Re-passing the runtime's own variables by hand, and forgetting the session token.
const client = new DynamoDBClient({
  region: process.env.AWS_REGION,
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY!,
  },
});
const documents = DynamoDBDocumentClient.from(client);

export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  console.log('Received event', JSON.stringify(event));
  const order = JSON.parse(event.body ?? '{}') as { id: string; total: number };
  console.log('Processing order ' + order.id);
  await documents.send(new PutCommand({ TableName: process.env.TABLE_NAME, Item: order }));
  return { statusCode: 201, body: JSON.stringify({ id: order.id }) };
};
