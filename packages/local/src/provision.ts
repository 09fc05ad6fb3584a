import {
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  SetUserPoolMfaConfigCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type AttributeDefinition,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
  type KeySchemaElement,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { CreateTopicCommand, type SNSClient } from '@aws-sdk/client-sns';

import type {
  IndexDefinition,
  KeyDefinition,
  TableDefinition,
  TopicDefinition,
  USER_POOL,
} from '@eruz/data';

import type { LocalState } from './state.ts';

function keySchema(partitionKey: KeyDefinition, sortKey?: KeyDefinition): KeySchemaElement[] {
  return [
    { AttributeName: partitionKey.name, KeyType: 'HASH' },
    ...(sortKey ? [{ AttributeName: sortKey.name, KeyType: 'RANGE' as const }] : []),
  ];
}

function attributeDefinitions(keys: readonly (KeyDefinition | undefined)[]): AttributeDefinition[] {
  const byName = new Map<string, AttributeDefinition>();
  for (const key of keys) {
    if (key) byName.set(key.name, { AttributeName: key.name, AttributeType: key.type });
  }

  return [...byName.values()];
}

function globalIndex(index: IndexDefinition): GlobalSecondaryIndex {
  return {
    IndexName: index.name,
    KeySchema: keySchema(index.partitionKey, index.sortKey),
    Projection: { ProjectionType: 'ALL' },
  };
}

async function describeTable(client: DynamoDBClient, name: string) {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

function sameKeys(existing: TableDescription, wanted: TableDefinition) {
  const want = keySchema(wanted.partitionKey, wanted.sortKey);
  const have = existing.KeySchema ?? [];

  return (
    have.length === want.length &&
    want.every(
      (key, i) => have[i]?.AttributeName === key.AttributeName && have[i]?.KeyType === key.KeyType,
    )
  );
}

/**
 * Makes a table match its definition: creates it (on demand, with its indexes and stream)
 * or, when it exists from an earlier run, adds missing indexes and the stream. A changed
 * key cannot be migrated; the error says to reset the data folder.
 */
export async function ensureTable(client: DynamoDBClient, table: TableDefinition) {
  const indexes = table.globalIndexes ?? [];
  const existing = await describeTable(client, table.name);
  if (!existing) {
    await client.send(
      new CreateTableCommand({
        TableName: table.name,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: keySchema(table.partitionKey, table.sortKey),
        AttributeDefinitions: attributeDefinitions([
          table.partitionKey,
          table.sortKey,
          ...indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
        ]),
        ...(indexes.length > 0 ? { GlobalSecondaryIndexes: indexes.map(globalIndex) } : {}),
        ...(table.stream
          ? { StreamSpecification: { StreamEnabled: true, StreamViewType: table.stream } }
          : {}),
      }),
    );
  } else {
    if (!sameKeys(existing, table)) {
      throw new Error(
        `table ${table.name} in the data folder has another key than its definition; ` +
          'delete the data folder (.local/data) to start over',
      );
    }
    const present = new Set((existing.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
    for (const index of indexes.filter((i) => !present.has(i.name))) {
      await client.send(
        new UpdateTableCommand({
          TableName: table.name,
          AttributeDefinitions: attributeDefinitions([index.partitionKey, index.sortKey]),
          GlobalSecondaryIndexUpdates: [{ Create: globalIndex(index) }],
        }),
      );
    }
    if (table.stream && !existing.StreamSpecification?.StreamEnabled) {
      await client.send(
        new UpdateTableCommand({
          TableName: table.name,
          StreamSpecification: { StreamEnabled: true, StreamViewType: table.stream },
        }),
      );
    }
  }
  if (table.timeToLiveAttribute)
    await ensureTimeToLive(client, table.name, table.timeToLiveAttribute);
}

async function ensureTimeToLive(client: DynamoDBClient, tableName: string, attribute: string) {
  const current = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const description = current.TimeToLiveDescription;
  if (description?.TimeToLiveStatus === 'ENABLED' && description.AttributeName === attribute) {
    return;
  }
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { Enabled: true, AttributeName: attribute },
    }),
  );
}

/** Creates the topics (CreateTopic is idempotent) and returns their ARNs by name. */
export async function ensureTopics(client: SNSClient, topics: readonly TopicDefinition[]) {
  const arns = new Map<string, string>();
  for (const topic of topics) {
    const created = await client.send(new CreateTopicCommand({ Name: topic.name }));
    if (!created.TopicArn) throw new Error(`CreateTopic ${topic.name} returned no ARN`);
    arns.set(topic.name, created.TopicArn);
  }

  return arns;
}

type UserPoolDefinition = typeof USER_POOL;

/** Name of the local app client: a web client that signs in with USER_PASSWORD_AUTH. */
export const LOCAL_CLIENT_NAME = 'local-web';

/** The pool's name locally, as the stack names it for a deployment called `local`. */
export function localPoolName(pool: UserPoolDefinition) {
  return `eruz-local-${pool.name}`;
}

async function poolExists(client: CognitoIdentityProviderClient, id: string) {
  try {
    await client.send(new DescribeUserPoolCommand({ UserPoolId: id }));

    return true;
  } catch {
    return false;
  }
}

async function clientExists(client: CognitoIdentityProviderClient, poolId: string, id: string) {
  try {
    await client.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: id }));

    return true;
  } catch {
    return false;
  }
}

async function findOrCreatePool(
  client: CognitoIdentityProviderClient,
  pool: UserPoolDefinition,
  known: string | undefined,
) {
  if (known && (await poolExists(client, known))) return known;
  const name = localPoolName(pool);
  const listed = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  const found = listed.UserPools?.find((candidate) => candidate.Name === name)?.Id;
  if (found) return found;
  const policy = pool.passwordPolicy;
  const created = await client.send(
    new CreateUserPoolCommand({
      PoolName: name,
      // As the stack's pool: people sign in with their e-mail or phone number.
      UsernameAttributes: ['email', 'phone_number'],
      AutoVerifiedAttributes: ['email', 'phone_number'],
      Policies: {
        PasswordPolicy: {
          MinimumLength: policy.minLength,
          RequireLowercase: policy.requireLowercase,
          RequireUppercase: policy.requireUppercase,
          RequireNumbers: policy.requireDigits,
          RequireSymbols: policy.requireSymbols,
        },
      },
    }),
  );
  const id = created.UserPool?.Id;
  if (!id) throw new Error('CreateUserPool returned no id');

  return id;
}

async function findOrCreateClient(
  client: CognitoIdentityProviderClient,
  poolId: string,
  known: string | undefined,
) {
  if (known && (await clientExists(client, poolId, known))) return known;
  const listed = await client.send(
    new ListUserPoolClientsCommand({ UserPoolId: poolId, MaxResults: 60 }),
  );
  const found = listed.UserPoolClients?.find((c) => c.ClientName === LOCAL_CLIENT_NAME)?.ClientId;
  if (found) return found;
  const created = await client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: LOCAL_CLIENT_NAME,
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    }),
  );
  const id = created.UserPoolClient?.ClientId;
  if (!id) throw new Error('CreateUserPoolClient returned no id');

  return id;
}

/**
 * Makes the user pool, its groups (one per role) and the local app client exist, reusing
 * those of an earlier run: first by the ids in `state`, then by name. MFA is OPTIONAL with
 * TOTP locally although the pool requires it in AWS: cognito-local refuses sign-in to a user
 * without MFA instead of offering MFA_SETUP, and has no SMS MFA.
 */
export async function ensureUserPool(
  client: CognitoIdentityProviderClient,
  pool: UserPoolDefinition,
  state: LocalState,
): Promise<Required<LocalState>> {
  const userPoolId = await findOrCreatePool(client, pool, state.userPoolId);
  await client.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: userPoolId,
      MfaConfiguration: pool.mfa.required ? 'OPTIONAL' : 'OFF',
      SoftwareTokenMfaConfiguration: { Enabled: pool.mfa.totp },
    }),
  );
  const groups = await client.send(new ListGroupsCommand({ UserPoolId: userPoolId }));
  const present = new Set(groups.Groups?.map((group) => group.GroupName));
  for (const group of pool.groups.filter((name) => !present.has(name))) {
    await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: group }));
  }
  const userPoolClientId = await findOrCreateClient(client, userPoolId, state.userPoolClientId);

  return { userPoolId, userPoolClientId };
}
