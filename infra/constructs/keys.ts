import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/** Properties of {@link Keys}. */
export interface KeysProps {
  /** Deployment name, used in the key aliases. */
  readonly deploymentName: string;
}

/**
 * The customer-managed KMS keys of a deployment, both with yearly rotation:
 * `data` encrypts stored data (tables, buckets, topics); `ops` encrypts what operations
 * produce (log groups and the alarm topic) and lets CloudWatch Logs and CloudWatch alarms
 * use it.
 */
export class Keys extends Construct {
  /** Encrypts tables, buckets and the notification topics. */
  readonly data: kms.Key;
  /** Encrypts log groups and the alarm topic. */
  readonly ops: kms.Key;

  constructor(scope: Construct, id: string, props: KeysProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.data = new kms.Key(this, 'DataKey', {
      alias: `alias/eruz/${props.deploymentName}/data`,
      description: `ERUZ ${props.deploymentName}: tables, buckets and notification topics`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.ops = new kms.Key(this, 'OpsKey', {
      alias: `alias/eruz/${props.deploymentName}/ops`,
      description: `ERUZ ${props.deploymentName}: log groups and the alarm topic`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // CloudWatch Logs encrypts log groups of this account and region with the key.
    this.ops.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchLogsEncryptLogGroups',
        principals: [new iam.ServicePrincipal(`logs.${stack.region}.amazonaws.com`)],
        actions: [
          'kms:Encrypt*',
          'kms:Decrypt*',
          'kms:ReEncrypt*',
          'kms:GenerateDataKey*',
          'kms:Describe*',
        ],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': stack.formatArn({
              service: 'logs',
              resource: 'log-group',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
    // CloudWatch alarms publish to the encrypted alarm topic.
    this.ops.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarmsPublishToTopic',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
      }),
    );
  }
}
