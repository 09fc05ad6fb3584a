import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { CustomResource, Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';

import { SEED_CATALOG } from '@eruz/catalog-seed';

import type { Deployment } from '../deployments/schema.ts';
import { acknowledge, logicalIdOf } from '../nag.ts';
import { REPO_ROOT } from '../paths.ts';
import { HandlerFunction } from './functions.ts';
import { deadLetterQueue } from './queues.ts';
import type { Store } from './stores.ts';

/** Where the seed catalog's sources live. */
export const SEED_SOURCES = path.join(REPO_ROOT, 'packages', 'catalog-seed', 'src');

/**
 * A digest of the seed catalog's sources: every file under `dir`, by relative path and
 * content. It changes exactly when the seed changes.
 *
 * @param dir the folder to digest
 * @default SEED_SOURCES
 */
export function seedDigest(dir: string = SEED_SOURCES): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    hash.update(path.relative(dir, file).split(path.sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }

  return hash.digest('hex');
}

/**
 * Writes the seed catalog as JSON into a temporary folder named by its version, once, and
 * returns the file. The seed function reads it when CloudFormation invokes it, so 240 KiB
 * of data stays out of the code that is parsed at cold start.
 *
 * @param version the seed's digest
 */
export function writeSeedFile(version: string): string {
  const folder = path.join(tmpdir(), `eruz-seed-${version.slice(0, 16)}`);
  const file = path.join(folder, SEED_FILE_NAME);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, JSON.stringify(SEED_CATALOG));
  }

  return file;
}

/** Name of the seed data file beside the seed function's bundle. */
export const SEED_FILE_NAME = 'catalog.json';

/** Properties of {@link CatalogSeed}. */
export interface CatalogSeedProps {
  /** The deployment being seeded. */
  readonly deployment: Deployment;
  /** The catalog table the seed is written to. */
  readonly catalog: Store;
  /** Encrypts the log groups. */
  readonly logsKey: kms.IKey;
  /**
   * Changes whenever the seed does, so that CloudFormation updates the resource and the
   * seed is written again.
   *
   * @default seedDigest() of packages/catalog-seed/src
   */
  readonly seedVersion?: string;
}

/**
 * Writes the seed catalog into the catalog table on every deploy that changes the seed:
 * a custom resource whose handler is `functions/catalog/seed.ts`, behind the CDK provider
 * framework. CloudFormation invokes the framework asynchronously, so its function has a
 * dead-letter queue (alarmed on) for invocations that fail outright.
 */
export class CatalogSeed extends Construct {
  /** The function that writes the seed. */
  readonly handler: HandlerFunction;
  /** Catches CloudFormation's events that the provider framework failed to handle. */
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: CatalogSeedProps) {
    super(scope, id);
    const seedVersion = props.seedVersion ?? seedDigest();

    this.handler = new HandlerFunction(this, 'Handler', {
      handler: 'catalog/seed',
      deployment: props.deployment,
      logsKey: props.logsKey,
      timeout: Duration.minutes(5),
      memorySize: 1024,
      description: 'Writes the seed catalog (CloudFormation custom resource)',
      bundledFiles: { [SEED_FILE_NAME]: writeSeedFile(seedVersion) },
    });
    this.handler.grant(props.catalog, 'readwrite');
    acknowledge(
      this.handler.lambda,
      'Serverless-LambdaDLQ',
      'invoked synchronously by the provider framework, which reports failures to ' +
        'CloudFormation (the deploy rolls back); the framework function has the queue',
    );

    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetterQueue');

    const frameworkLogGroup = new logs.LogGroup(this, 'ProviderLogGroup', {
      retention: props.deployment.logRetentionDays as logs.RetentionDays,
      encryptionKey: props.logsKey,
    });
    // Our own role: the default one would carry the AWS managed AWSLambdaBasicExecutionRole.
    const frameworkRole = new iam.Role(this, 'ProviderRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `ERUZ ${props.deployment.name}: catalog seed provider framework`,
    });
    frameworkLogGroup.grantWrite(frameworkRole);
    const provider = new cr.Provider(this, 'Provider', {
      onEventHandler: this.handler.lambda,
      frameworkOnEventRole: frameworkRole,
      logGroup: frameworkLogGroup,
      // The events carry a presigned response URL: log failures only.
      frameworkLambdaLoggingLevel: lambda.ApplicationLogLevel.ERROR,
    });
    const framework = provider.node.findChild('framework-onEvent') as lambda.Function;
    (framework.node.defaultChild as lambda.CfnFunction).deadLetterConfig = {
      targetArn: this.deadLetterQueue.queueArn,
    };
    this.deadLetterQueue.grantSendMessages(frameworkRole);

    acknowledge(
      frameworkRole,
      `AwsSolutions-IAM5[Resource::<${logicalIdOf(this.handler.lambda)}.Arn>:*]`,
      'the provider framework may invoke any version of the seed function (grantInvoke)',
    );
    const owned = 'function of the CDK custom resource provider framework, owned by aws-cdk-lib';
    acknowledge(framework, 'Serverless-LambdaDefaultMemorySize', `${owned}; memory set by CDK`);
    acknowledge(framework, 'Serverless-LambdaTracing', `${owned}; runs only during deploys`);

    new CustomResource(this, 'Resource', {
      serviceToken: provider.serviceToken,
      resourceType: 'Custom::CatalogSeed',
      properties: { seedVersion },
    });
  }
}
