import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

import { BUCKETS, DOCUMENTS_BUCKET, REPORTS_BUCKET, type BucketDefinition } from '@eruz/data';

import { pascalCase } from '../names.ts';
import { acknowledge, logicalIdOf } from '../nag.ts';
import { reads, writes, type Store, type StoreAccess } from './stores.ts';

/** Days an upload may stay in quarantine before it is deleted unchecked. */
export const QUARANTINE_DAYS = 2;

/** Days after which reports move to the infrequent-access storage class. */
export const REPORTS_INFREQUENT_ACCESS_DAYS = 90;

/** Properties of {@link Archive}. */
export interface ArchiveProps {
  /** Encrypts every bucket but the access-log bucket. */
  readonly key: kms.IKey;
  /** Browser origins allowed to upload to the documents bucket by presigned POST. */
  readonly webOrigins: readonly string[];
  /** Days that server access logs are kept. */
  readonly accessLogDays: number;
  /**
   * The buckets to create.
   *
   * @default BUCKETS from `@eruz/data`
   */
  readonly buckets?: readonly BucketDefinition[];
}

/** Lifecycle of each bucket by definition name; a bucket not listed keeps every object. */
const LIFECYCLE: Readonly<Record<string, s3.LifecycleRule[]>> = {
  [DOCUMENTS_BUCKET.name]: [
    {
      id: 'expire-unchecked-uploads',
      prefix: 'quarantine/',
      expiration: Duration.days(QUARANTINE_DAYS),
      noncurrentVersionExpiration: Duration.days(1),
    },
    { id: 'expire-replaced-versions', noncurrentVersionExpiration: Duration.days(30) },
    { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
  ],
  [REPORTS_BUCKET.name]: [
    {
      id: 'infrequent-access',
      transitions: [
        {
          storageClass: s3.StorageClass.INFREQUENT_ACCESS,
          transitionAfter: Duration.days(REPORTS_INFREQUENT_ACCESS_DAYS),
        },
      ],
    },
    { id: 'expire-replaced-versions', noncurrentVersionExpiration: Duration.days(30) },
  ],
};

/**
 * The S3 buckets, one per definition: KMS-encrypted with the data key, private, TLS only,
 * versioned, logged to a dedicated access-log bucket; write-once (Object Lock, compliance
 * mode) where the definition asks for it.
 */
export class Archive extends Construct {
  /** Buckets by definition name. */
  readonly buckets: ReadonlyMap<string, s3.Bucket>;
  /** Receives the server access logs of the other buckets. */
  readonly accessLogs: s3.Bucket;
  /** Buckets as stores functions may be granted. */
  readonly stores: readonly Store[];

  constructor(scope: Construct, id: string, props: ArchiveProps) {
    super(scope, id);

    // Server access log delivery cannot write to SSE-KMS buckets, so this one uses SSE-S3.
    this.accessLogs = new s3.Bucket(this, 'AccessLogsBucket', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      lifecycleRules: [
        {
          id: 'expire-logs',
          expiration: Duration.days(props.accessLogDays),
          noncurrentVersionExpiration: Duration.days(1),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const buckets = new Map<string, s3.Bucket>();
    const stores: Store[] = [];
    for (const definition of props.buckets ?? BUCKETS) {
      const bucket = new s3.Bucket(this, `${pascalCase(definition.name)}Bucket`, {
        encryption: s3.BucketEncryption.KMS,
        encryptionKey: props.key,
        bucketKeyEnabled: true,
        blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
        objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
        enforceSSL: true,
        minimumTLSVersion: 1.2,
        versioned: true,
        serverAccessLogsBucket: this.accessLogs,
        serverAccessLogsPrefix: `${definition.name}/`,
        objectLockEnabled: definition.objectLockDays !== undefined || undefined,
        objectLockDefaultRetention:
          definition.objectLockDays === undefined
            ? undefined
            : s3.ObjectLockRetention.compliance(Duration.days(definition.objectLockDays)),
        lifecycleRules: LIFECYCLE[definition.name],
        cors:
          definition.name === DOCUMENTS_BUCKET.name
            ? [
                {
                  // Browsers upload by presigned POST and download by presigned GET.
                  allowedMethods: [s3.HttpMethods.POST, s3.HttpMethods.GET],
                  allowedOrigins: [...props.webOrigins],
                  allowedHeaders: ['*'],
                  exposedHeaders: ['ETag'],
                  maxAge: 3000,
                },
              ]
            : undefined,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      buckets.set(definition.name, bucket);
      stores.push(bucketStore(definition, bucket, props.key));
    }

    this.buckets = buckets;
    this.stores = stores;
  }
}

function bucketStore(definition: BucketDefinition, bucket: s3.Bucket, key: kms.IKey): Store {
  return {
    name: definition.name,
    envVar: definition.envVar,
    envValue: bucket.bucketName,
    grantTo(role: iam.Role, access: StoreAccess): void {
      // Objects only: no listing, no deletion (quarantine expires by lifecycle, the
      // archive is write-once).
      const actions = [
        ...(reads(access) ? ['s3:GetObject'] : []),
        ...(writes(access) ? ['s3:PutObject', 's3:AbortMultipartUpload'] : []),
      ];
      iam.Grant.addToPrincipal({
        grantee: role,
        actions,
        resourceArns: [bucket.arnForObjects('*')],
      });
      // SSE-KMS: reading decrypts; writing asks for a data key (and decrypts the parts of
      // multipart uploads).
      key.grant(role, 'kms:Decrypt', ...(writes(access) ? ['kms:GenerateDataKey'] : []));
      acknowledge(
        role,
        `AwsSolutions-IAM5[Resource::<${logicalIdOf(bucket)}.Arn>/*]`,
        `object-level access to the ${definition.name} bucket is granted on its key space; ` +
          'actions are listed one by one',
      );
    },
  };
}
