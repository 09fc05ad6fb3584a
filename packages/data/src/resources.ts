/**
 * The stores of the system, defined once. The CDK stack and the local runtime both
 * create tables, buckets and topics from these definitions, so a change here reaches both.
 */

export type KeyType = 'S' | 'N';

export interface KeyDefinition {
  name: string;
  type: KeyType;
}

export interface IndexDefinition {
  name: string;
  partitionKey: KeyDefinition;
  sortKey?: KeyDefinition;
}

export interface TableDefinition {
  /** Logical name; also the CloudFormation id and the local table name. */
  name: string;
  /** Environment variable through which functions learn the physical name. */
  envVar: string;
  partitionKey: KeyDefinition;
  sortKey?: KeyDefinition;
  globalIndexes?: IndexDefinition[];
  /** Stream view type when changes leave the table through a stream. */
  stream?: 'NEW_IMAGE' | 'NEW_AND_OLD_IMAGES';
  timeToLiveAttribute?: string;
  /** The access patterns the key design serves, in plain words. */
  accessPatterns: string[];
}

export interface BucketDefinition {
  name: string;
  envVar: string;
  /** Write-once storage (S3 Object Lock, compliance mode) with this retention. */
  objectLockDays?: number;
  purpose: string;
}

export interface TopicDefinition {
  name: string;
  envVar: string;
  purpose: string;
}

const pk: KeyDefinition = { name: 'pk', type: 'S' };
const sk: KeyDefinition = { name: 'sk', type: 'S' };

export const CATALOG_TABLE: TableDefinition = {
  name: 'Catalog',
  envVar: 'CATALOG_TABLE',
  partitionKey: pk,
  sortKey: sk,
  accessPatterns: [
    'load the whole catalog of the deployment: Query pk = "CATALOG" (categories, services, ' +
      'regions by sk prefix); functions cache it in memory for a minute',
    'read the catalog revision for cache validation: GetItem pk = "CATALOG", sk = "META"',
  ],
};

export const TABLES: readonly TableDefinition[] = [CATALOG_TABLE];

export const DOCUMENTS_BUCKET: BucketDefinition = {
  name: 'documents',
  envVar: 'DOCUMENTS_BUCKET',
  purpose:
    "citizens' uploads: new objects land under quarantine/ and move to accepted/ only " +
    'after their content is checked',
};

export const ARCHIVE_BUCKET: BucketDefinition = {
  name: 'archive',
  envVar: 'ARCHIVE_BUCKET',
  objectLockDays: 3650,
  purpose: 'signed documents and issued results, write-once (Object Lock) with stored digests',
};

export const REPORTS_BUCKET: BucketDefinition = {
  name: 'reports',
  envVar: 'REPORTS_BUCKET',
  purpose: "analysts' exports partitioned by date (dt=YYYY-MM-DD), queried with Athena",
};

export const BUCKETS: readonly BucketDefinition[] = [
  DOCUMENTS_BUCKET,
  ARCHIVE_BUCKET,
  REPORTS_BUCKET,
];

export const NOTIFICATIONS_TOPIC: TopicDefinition = {
  name: 'notifications',
  envVar: 'NOTIFICATIONS_TOPIC_ARN',
  purpose: 'domain events that must notify someone; subscribers fan them out to channels',
};

export const TOPICS: readonly TopicDefinition[] = [NOTIFICATIONS_TOPIC];
