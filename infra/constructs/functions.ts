import path from 'node:path';

import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as lambdaNodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

import type { Grant, RouteDefinition } from '@eruz/api';

import { LAMBDA_BUNDLE } from '../bundling.ts';
import type { Deployment } from '../deployments/schema.ts';
import { pascalCase } from '../names.ts';
import { acknowledge } from '../nag.ts';
import { handlerEntry, LOCK_FILE, REPO_ROOT } from '../paths.ts';
import type { Store, StoreAccess } from './stores.ts';

/** Lambda runtime of every function: Node.js 24. */
export const RUNTIME = lambda.Runtime.NODEJS_24_X;

/** Properties of {@link HandlerFunction}. */
export interface HandlerFunctionProps {
  /** Handler module under `functions/`, without extension, e.g. `catalog/list-services`. */
  readonly handler: string;
  /** The deployment whose facts every function receives in its environment. */
  readonly deployment: Deployment;
  /** Encrypts the function's log group. */
  readonly logsKey: kms.IKey;
  /**
   * Variables added to the deployment-wide environment.
   *
   * @default - none
   */
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * How long one invocation may run.
   *
   * @default Duration.seconds(10)
   */
  readonly timeout?: Duration;
  /**
   * Memory in MiB (CPU grows with it).
   *
   * @default 512
   */
  readonly memorySize?: number;
  /**
   * Files to place beside the bundle, by name: each is copied from the given path after
   * esbuild runs (for data the function reads when invoked rather than at import).
   *
   * @default - none
   */
  readonly bundledFiles?: Readonly<Record<string, string>>;
  /**
   * Short description shown in the Lambda console.
   *
   * @default - the handler module
   */
  readonly description?: string;
}

/**
 * One handler module as a Lambda function: Node.js 24 on arm64, bundled by esbuild as
 * minified ESM with source maps and the AWS SDK inside, X-Ray tracing, JSON logs into its
 * own encrypted log group, and its own role that starts with nothing but its log group.
 */
export class HandlerFunction extends Construct {
  /** The function. */
  readonly lambda: NodejsFunction;
  /** The function's own role; stores add to it what the handler needs. */
  readonly role: iam.Role;
  /** Where the function logs. */
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: HandlerFunctionProps) {
    super(scope, id);
    const { deployment, handler } = props;

    this.logGroup = new logs.LogGroup(this, 'LogGroup', {
      retention: deployment.logRetentionDays as logs.RetentionDays,
      encryptionKey: props.logsKey,
    });
    // A role of our own instead of the default one, which carries the AWS managed policy
    // AWSLambdaBasicExecutionRole (logs:* on every log group).
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `ERUZ ${deployment.name}: ${handler}`,
    });
    this.logGroup.grantWrite(this.role);

    this.lambda = new NodejsFunction(this, 'Function', {
      entry: handlerEntry(handler),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: LOCK_FILE,
      runtime: RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      // Lambda keeps at most 256 characters of description.
      description: (props.description ?? handler).slice(0, 256),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      tracing: lambda.Tracing.ACTIVE,
      environment: {
        DEPLOYMENT: deployment.name,
        SERVED_REGIONS: deployment.subjects.join(','),
        LANGUAGES: deployment.languages.join(','),
        ALLOWED_ORIGINS: deployment.webOrigins.join(','),
        POWERTOOLS_SERVICE_NAME: `eruz-${handler.split('/')[0]}`,
        POWERTOOLS_METRICS_NAMESPACE: 'Eruz',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: LAMBDA_BUNDLE.target,
        mainFields: [...LAMBDA_BUNDLE.mainFields],
        banner: LAMBDA_BUNDLE.banner,
        minify: LAMBDA_BUNDLE.minify,
        sourceMap: true,
        sourcesContent: false,
        // The AWS SDK v3 is bundled and tree-shaken rather than taken from the runtime,
        // but for the credential sources a function never reaches (see bundling.ts).
        externalModules: [...LAMBDA_BUNDLE.external],
        ...(props.bundledFiles ? { commandHooks: copyFiles(props.bundledFiles) } : {}),
      },
    });

    acknowledge(
      this.role,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray PutTraceSegments and PutTelemetryRecords support no resource-level permissions',
    );
  }

  /**
   * Gives the function access to a store and tells it the store's physical name.
   *
   * @param store the table, bucket or topic
   * @param access what the handler does with it
   */
  grant(store: Store, access: StoreAccess): void {
    store.grantTo(this.role, access);
    this.lambda.addEnvironment(store.envVar, store.envValue);
  }
}

/** Command hooks that copy files into the bundle's folder once esbuild is done. */
function copyFiles(files: Readonly<Record<string, string>>): lambdaNodejs.ICommandHooks {
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (_inputDir, outputDir) =>
      Object.entries(files).map(
        ([name, source]) => `cp "${source}" "${path.join(outputDir, name)}"`,
      ),
  };
}

/** Properties of {@link RouteFunctions}. */
export interface RouteFunctionsProps {
  /** The deployment the functions serve. */
  readonly deployment: Deployment;
  /** Routes to serve; routes marked `localOnly` are skipped. */
  readonly routes: readonly RouteDefinition[];
  /** Stores by definition name, for the routes' grants. */
  readonly stores: ReadonlyMap<string, Store>;
  /** Encrypts the log groups. */
  readonly logsKey: kms.IKey;
}

/**
 * Merges the grants of the routes that share a handler: one access per store, `readwrite`
 * when the routes read and write it.
 */
export function mergeGrants(routes: readonly RouteDefinition[]): Map<string, StoreAccess> {
  const merged = new Map<string, StoreAccess>();
  for (const grant of routes.flatMap((route): readonly Grant[] => route.grants)) {
    const before = merged.get(grant.resource);
    merged.set(
      grant.resource,
      before === undefined || before === grant.access ? grant.access : 'readwrite',
    );
  }

  return merged;
}

/**
 * One function per handler module of the deployed routes, granted exactly the union of the
 * stores its routes list.
 */
export class RouteFunctions extends Construct {
  /** Functions by handler module. */
  readonly byHandler: ReadonlyMap<string, HandlerFunction>;

  constructor(scope: Construct, id: string, props: RouteFunctionsProps) {
    super(scope, id);
    const routesByHandler = new Map<string, RouteDefinition[]>();
    for (const route of props.routes.filter((candidate) => !candidate.localOnly)) {
      routesByHandler.set(route.handler, [...(routesByHandler.get(route.handler) ?? []), route]);
    }

    const byHandler = new Map<string, HandlerFunction>();
    for (const [handler, routes] of routesByHandler) {
      const fn = new HandlerFunction(this, pascalCase(handler), {
        handler,
        deployment: props.deployment,
        logsKey: props.logsKey,
        description: routes.map((route) => `${route.method} ${route.path}`).join(', '),
      });
      for (const [resource, access] of mergeGrants(routes)) {
        const store = props.stores.get(resource);
        if (store === undefined) {
          const users = routes.map((route) => route.operationId).join(', ');
          throw new Error(
            `Route ${users} grants unknown store "${resource}"; known stores: ` +
              [...props.stores.keys()].join(', '),
          );
        }
        fn.grant(store, access);
      }
      acknowledge(
        fn.lambda,
        'Serverless-LambdaDLQ',
        'invoked synchronously by API Gateway: failures return to the caller and raise the ' +
          'function error alarm; a dead-letter queue only catches asynchronous invocations',
      );
      byHandler.set(handler, fn);
    }

    this.byHandler = byHandler;
  }
}
