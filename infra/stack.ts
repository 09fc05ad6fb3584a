import { CfnOutput, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';

import { ROUTE_LIST, type RouteDefinition } from '@eruz/api';
import {
  BUCKETS,
  CATALOG_TABLE,
  TABLES,
  TOPICS,
  type BucketDefinition,
  type TableDefinition,
  type TopicDefinition,
} from '@eruz/data';

import { Api } from './constructs/api.ts';
import { Archive } from './constructs/archive.ts';
import { Auth } from './constructs/auth.ts';
import { CatalogSeed } from './constructs/catalog-seed.ts';
import { Data } from './constructs/data.ts';
import { RouteFunctions, type HandlerFunction } from './constructs/functions.ts';
import { Keys } from './constructs/keys.ts';
import { Monitoring } from './constructs/monitoring.ts';
import { Notifications } from './constructs/notifications.ts';
import type { Store } from './constructs/stores.ts';
import { Waf } from './constructs/waf.ts';
import type { Deployment } from './deployments/schema.ts';
import { pascalCase } from './names.ts';

/** Properties of {@link EruzStack}. */
export interface EruzStackProps extends Omit<StackProps, 'env'> {
  /** The validated deployment; its account and region become the stack's environment. */
  readonly deployment: Deployment;
  /**
   * Routes served by API Gateway.
   *
   * @default ROUTE_LIST from `@eruz/api`
   */
  readonly routes?: readonly RouteDefinition[];
  /**
   * DynamoDB tables.
   *
   * @default TABLES from `@eruz/data`
   */
  readonly tables?: readonly TableDefinition[];
  /**
   * S3 buckets.
   *
   * @default BUCKETS from `@eruz/data`
   */
  readonly buckets?: readonly BucketDefinition[];
  /**
   * SNS topics.
   *
   * @default TOPICS from `@eruz/data`
   */
  readonly topics?: readonly TopicDefinition[];
  /**
   * Version of the seed catalog; the seed is written again when it changes.
   *
   * @default - a digest of packages/catalog-seed/src
   */
  readonly seedVersion?: string;
}

/** Name of the stack of a deployment. */
export const stackName = (deployment: Deployment): string => `Eruz-${deployment.name}`;

/**
 * Everything one deployment runs in its AWS account and region: keys, tables, buckets,
 * topics and e-mail, sign-in, the functions and the API built from the route table, WAF,
 * the catalog seed and monitoring.
 */
export class EruzStack extends Stack {
  /** Customer-managed KMS keys. */
  readonly keys: Keys;
  /** DynamoDB tables. */
  readonly data: Data;
  /** S3 buckets. */
  readonly archive: Archive;
  /** SNS topics and the SES sender. */
  readonly notifications: Notifications;
  /** Cognito user pool, clients and resource server. */
  readonly auth: Auth;
  /** One function per route handler. */
  readonly functions: RouteFunctions;
  /** The REST API. */
  readonly api: Api;
  /** AWS WAF in front of the API. */
  readonly waf: Waf;
  /** Custom resource writing the seed catalog. */
  readonly catalogSeed: CatalogSeed;
  /** Dashboard and alarms. */
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: EruzStackProps) {
    const { deployment } = props;
    super(scope, id, {
      description:
        `ERUZ state services portal backend, deployment ${deployment.name} ` +
        `(federal subjects ${deployment.subjects.join(', ')})`,
      terminationProtection: true,
      ...props,
      env: { account: deployment.account, region: deployment.region },
    });
    Tags.of(this).add('project', 'eruz');
    Tags.of(this).add('deployment', deployment.name);
    const routes: readonly RouteDefinition[] = props.routes ?? ROUTE_LIST;

    this.keys = new Keys(this, 'Keys', { deploymentName: deployment.name });
    this.data = new Data(this, 'Data', { key: this.keys.data, tables: props.tables ?? TABLES });
    this.archive = new Archive(this, 'Archive', {
      key: this.keys.data,
      webOrigins: deployment.webOrigins,
      accessLogDays: deployment.logRetentionDays,
      buckets: props.buckets ?? BUCKETS,
    });
    this.notifications = new Notifications(this, 'Notifications', {
      key: this.keys.data,
      emailDomain: deployment.email.domain,
      topics: props.topics ?? TOPICS,
    });
    const stores = new Map<string, Store>(
      [...this.data.stores, ...this.archive.stores, ...this.notifications.stores].map((store) => [
        store.name,
        store,
      ]),
    );

    this.auth = new Auth(this, 'Auth', {
      deployment,
      routeScopes: routes.flatMap((route) =>
        route.access.kind === 'system' && !route.localOnly ? route.access.scopes : [],
      ),
    });
    this.functions = new RouteFunctions(this, 'Functions', {
      deployment,
      routes,
      stores,
      logsKey: this.keys.ops,
    });
    this.api = new Api(this, 'Api', {
      deployment,
      routes,
      functions: this.functions.byHandler,
      userPool: this.auth.userPool,
      logsKey: this.keys.ops,
    });
    this.waf = new Waf(this, 'Waf', {
      deployment,
      stageArn: this.api.restApi.deploymentStage.stageArn,
      logsKey: this.keys.ops,
    });

    const catalog = stores.get(CATALOG_TABLE.name);
    if (catalog === undefined) {
      throw new Error(`The catalog seed needs the ${CATALOG_TABLE.name} table`);
    }
    this.catalogSeed = new CatalogSeed(this, 'CatalogSeed', {
      deployment,
      catalog,
      logsKey: this.keys.ops,
      seedVersion: props.seedVersion,
    });

    const functions = new Map<string, HandlerFunction>([
      ...this.functions.byHandler,
      ['catalog/seed', this.catalogSeed.handler],
    ]);
    this.monitoring = new Monitoring(this, 'Monitoring', {
      deployment,
      api: this.api.restApi,
      functions,
      deadLetterQueues: new Map([['catalog-seed', this.catalogSeed.deadLetterQueue]]),
      webAclMetricName: this.waf.metricName,
      opsKey: this.keys.ops,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.restApi.url, description: 'API base URL' });
    new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, 'WebClientId', { value: this.auth.webClient.userPoolClientId });
    new CfnOutput(this, 'AgencyClientId', {
      value: this.auth.agencyClient.userPoolClientId,
      description: 'Client-credentials client of the sample agency (secret in Cognito)',
    });
    new CfnOutput(this, 'OAuthTokenUrl', {
      value: `${this.auth.domain.baseUrl()}/oauth2/token`,
    });
    for (const [name, bucket] of this.archive.buckets) {
      new CfnOutput(this, `${pascalCase(name)}BucketName`, { value: bucket.bucketName });
    }
  }
}
