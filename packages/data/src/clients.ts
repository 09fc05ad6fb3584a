import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

let documentClient: DynamoDBDocumentClient | undefined;

/**
 * The DynamoDB document client of this process, created on first use and reused by every
 * invocation. Endpoints come from the standard SDK configuration (AWS_ENDPOINT_URL_DYNAMODB
 * points it at DynamoDB Local).
 */
export function dynamoDocumentClient(): DynamoDBDocumentClient {
  documentClient ??= DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
  });

  return documentClient;
}
