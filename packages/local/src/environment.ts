import type { BucketDefinition, TableDefinition, TopicDefinition } from '@eruz/data';
import { LANGUAGES } from '@eruz/domain';

import { LOCAL_CREDENTIALS, LOCAL_REGION } from './constants.ts';

/** Where each stand-in listens. */
export interface Endpoints {
  dynamodb: string;
  s3: string;
  cognito: string;
  ses: string;
  sns: string;
}

/** Where the stand-ins are and what was created in them. */
export interface EnvironmentInput {
  endpoints: Endpoints;
  tables: readonly TableDefinition[];
  buckets: readonly BucketDefinition[];
  topics: readonly TopicDefinition[];
  topicArns: ReadonlyMap<string, string>;
  servedRegions: readonly string[];
  userPoolId: string;
  userPoolClientId: string;
  messagesFile: string;
}

/**
 * The variables that point unchanged production code at the stand-ins. The AWS SDK v3 reads
 * `AWS_ENDPOINT_URL_<SERVICE ID>` (the service id upper-cased, spaces as `_`) when a client
 * is created without an explicit endpoint; resource names come from each definition's
 * `envVar`, as the stack sets them.
 */
export function localEnvironment(input: EnvironmentInput): Record<string, string> {
  const { endpoints } = input;
  const env: Record<string, string> = {
    AWS_REGION: LOCAL_REGION,
    AWS_DEFAULT_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_DYNAMODB_STREAMS: endpoints.dynamodb,
    AWS_ENDPOINT_URL_S3: endpoints.s3,
    AWS_ENDPOINT_URL_SNS: endpoints.sns,
    AWS_ENDPOINT_URL_SESV2: endpoints.ses,
    AWS_ENDPOINT_URL_SES: endpoints.ses,
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoints.cognito,
    // s3rver stores streamed bodies with their aws-chunked checksum framing otherwise.
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    // Each handler bundle carries its own SDK, which would repeat the runtime's warning that
    // this Node is older than the SDK will support; Lambda runs Node 24 and never shows it.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    DEPLOYMENT: 'local',
    SERVED_REGIONS: input.servedRegions.join(','),
    LANGUAGES: LANGUAGES.join(','),
    ALLOWED_ORIGINS: '*',
    POWERTOOLS_SERVICE_NAME: 'eruz',
    POWERTOOLS_METRICS_NAMESPACE: 'eruz-local',
    // No X-Ray daemon here; the tracer would complain on every segment.
    POWERTOOLS_TRACE_ENABLED: 'false',
    USER_POOL_ID: input.userPoolId,
    USER_POOL_CLIENT_ID: input.userPoolClientId,
    LOCAL_MESSAGES_FILE: input.messagesFile,
  };
  for (const table of input.tables) env[table.envVar] = table.name;
  for (const bucket of input.buckets) env[bucket.envVar] = bucket.name;
  for (const topic of input.topics) {
    const arn = input.topicArns.get(topic.name);
    if (arn) env[topic.envVar] = arn;
  }

  return env;
}

/** Sets variables in `process.env`; the returned function puts the previous values back. */
export function applyEnvironment(env: Readonly<Record<string, string>>): () => void {
  const previous = new Map<string, string | undefined>();
  for (const [name, value] of Object.entries(env)) {
    previous.set(name, process.env[name]);
    process.env[name] = value;
  }
  // A session token of the developer's own AWS login would be sent along with the
  // local keys; a profile is harmless (environment credentials win) but confusing.
  for (const name of ['AWS_SESSION_TOKEN', 'AWS_PROFILE']) {
    previous.set(name, process.env[name]);
    delete process.env[name];
  }

  return () => {
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
}
