import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

import { TABLES, type KeyDefinition, type TableDefinition } from '@eruz/data';

import { acknowledge } from '../nag.ts';
import { reads, writes, type Store, type StoreAccess } from './stores.ts';

/** Item-level reads: no Scan, which only exports may use. */
const READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];

/** Item-level writes; transactions are authorised through these. */
const WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

/** What DynamoDB asks of a caller's KMS permissions on the table key. */
const KEY_READ_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey'];
const KEY_WRITE_ACTIONS = ['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*'];

/** Properties of {@link Data}. */
export interface DataProps {
  /** Encrypts every table. */
  readonly key: kms.IKey;
  /**
   * The tables to create.
   *
   * @default TABLES from `@eruz/data`
   */
  readonly tables?: readonly TableDefinition[];
}

const attribute = (key: KeyDefinition): dynamodb.Attribute => ({
  name: key.name,
  type: key.type === 'S' ? dynamodb.AttributeType.STRING : dynamodb.AttributeType.NUMBER,
});

/**
 * The DynamoDB tables, one per definition: on-demand, point-in-time recovery, encrypted
 * with the customer-managed data key, protected from deletion and retained when the stack
 * goes away.
 */
export class Data extends Construct {
  /** Tables by definition name. */
  readonly tables: ReadonlyMap<string, dynamodb.TableV2>;
  /** Tables as stores functions may be granted. */
  readonly stores: readonly Store[];

  constructor(scope: Construct, id: string, props: DataProps) {
    super(scope, id);
    const tables = new Map<string, dynamodb.TableV2>();
    const stores: Store[] = [];

    for (const definition of props.tables ?? TABLES) {
      const table = new dynamodb.TableV2(this, `${definition.name}Table`, {
        partitionKey: attribute(definition.partitionKey),
        sortKey: definition.sortKey && attribute(definition.sortKey),
        billing: dynamodb.Billing.onDemand(),
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        encryption: dynamodb.TableEncryptionV2.customerManagedKey(props.key),
        deletionProtection: true,
        removalPolicy: RemovalPolicy.RETAIN,
        dynamoStream: definition.stream && dynamodb.StreamViewType[definition.stream],
        timeToLiveAttribute: definition.timeToLiveAttribute,
        globalSecondaryIndexes: definition.globalIndexes?.map((index) => ({
          indexName: index.name,
          partitionKey: attribute(index.partitionKey),
          sortKey: index.sortKey && attribute(index.sortKey),
        })),
      });
      tables.set(definition.name, table);
      stores.push(tableStore(definition, table, props.key));
    }

    this.tables = tables;
    this.stores = stores;
  }
}

function tableStore(definition: TableDefinition, table: dynamodb.TableV2, key: kms.IKey): Store {
  // Indexes are named one by one, so that no grant needs a wildcard resource.
  const indexArns = (definition.globalIndexes ?? []).map(
    (index) => `${table.tableArn}/index/${index.name}`,
  );

  return {
    name: definition.name,
    envVar: definition.envVar,
    envValue: table.tableName,
    grantTo(role: iam.Role, access: StoreAccess): void {
      const actions = [
        ...(reads(access) ? READ_ACTIONS : []),
        ...(writes(access) ? WRITE_ACTIONS : []),
      ];
      iam.Grant.addToPrincipal({
        grantee: role,
        actions: [...new Set(actions)],
        resourceArns: [table.tableArn, ...indexArns],
      });
      key.grant(role, ...KEY_READ_ACTIONS, ...(writes(access) ? KEY_WRITE_ACTIONS : []));
      if (writes(access)) {
        for (const action of ['kms:ReEncrypt*', 'kms:GenerateDataKey*']) {
          acknowledge(
            role,
            `AwsSolutions-IAM5[Action::${action}]`,
            `DynamoDB needs the ${action} family to write items encrypted with the table's ` +
              'customer-managed key; the statement names that single key',
          );
        }
      }
    },
  };
}
