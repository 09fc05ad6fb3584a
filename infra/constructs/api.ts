import { Duration, RemovalPolicy, Size } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import * as z from 'zod';

import type { RouteDefinition } from '@eruz/api';

import type { Deployment } from '../deployments/schema.ts';
import { pascalCase } from '../names.ts';
import { acknowledge } from '../nag.ts';
import { oauthScope } from './auth.ts';
import type { HandlerFunction } from './functions.ts';

/** Name of the one stage the API is deployed to. */
export const STAGE_NAME = 'api';

/** Request headers a browser may send across origins. */
const CORS_HEADERS = ['Authorization', 'Content-Type', 'If-None-Match', 'Accept-Language'];

/** Properties of {@link Api}. */
export interface ApiProps {
  /** The deployment the API serves. */
  readonly deployment: Deployment;
  /** Routes to serve; routes marked `localOnly` are skipped. */
  readonly routes: readonly RouteDefinition[];
  /** The function of each handler module. */
  readonly functions: ReadonlyMap<string, HandlerFunction>;
  /** Pool whose tokens the authorizer accepts. */
  readonly userPool: cognito.IUserPool;
  /** Encrypts the access-log group. */
  readonly logsKey: kms.IKey;
}

/**
 * The public REST API (regional), built from the route table: a resource per path, a
 * method per route with a Lambda proxy integration, no authorizer for public routes and the
 * Cognito user pool authorizer for people (ID or access token) and agency systems (access
 * token carrying the route's scopes). The `api` stage is throttled, traced and writes JSON
 * access logs.
 */
export class Api extends Construct {
  /** The REST API. */
  readonly restApi: apigateway.RestApi;
  /** Where access logs go. */
  readonly accessLogGroup: logs.LogGroup;

  private authorizer?: apigateway.CognitoUserPoolsAuthorizer;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const { deployment } = props;
    const routes = props.routes.filter((route) => !route.localOnly);

    this.accessLogGroup = new logs.LogGroup(this, 'AccessLogs', {
      retention: deployment.logRetentionDays as logs.RetentionDays,
      encryptionKey: props.logsKey,
    });

    this.restApi = new apigateway.RestApi(this, 'RestApi', {
      restApiName: `eruz-${deployment.name}`,
      description: `ERUZ public API, deployment ${deployment.name}`,
      endpointTypes: [apigateway.EndpointType.REGIONAL],
      cloudWatchRole: true,
      // The account-wide logging role outlives the stack: other APIs may rely on it.
      cloudWatchRoleRemovalPolicy: RemovalPolicy.RETAIN,
      minCompressionSize: Size.kibibytes(1),
      deployOptions: {
        stageName: STAGE_NAME,
        description: `ERUZ ${deployment.name}`,
        tracingEnabled: true,
        metricsEnabled: true,
        loggingLevel: apigateway.MethodLoggingLevel.ERROR,
        // Request and response bodies carry personal data: never in execution logs.
        dataTraceEnabled: false,
        throttlingRateLimit: deployment.throttling.rateLimit,
        throttlingBurstLimit: deployment.throttling.burstLimit,
        accessLogDestination: new apigateway.LogGroupLogDestination(this.accessLogGroup),
        accessLogFormat: accessLogFormat(),
      },
      defaultCorsPreflightOptions: {
        allowOrigins: [...deployment.webOrigins],
        allowMethods: [...new Set(routes.map((route) => route.method))],
        allowHeaders: CORS_HEADERS,
        maxAge: Duration.hours(1),
      },
    });
    acknowledge(
      this.restApi,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/' +
        'AmazonAPIGatewayPushToCloudWatchLogs]',
      'the account-level role through which API Gateway writes execution logs; the AWS ' +
        'managed policy is the one AWS documents for it and is kept current by AWS',
    );

    // API Gateway's own errors (authorizer 401, WAF 403, throttling 429, 5xx) would reach
    // browsers without CORS headers; with one origin they can carry it.
    const [origin, ...otherOrigins] = deployment.webOrigins;
    if (origin !== undefined && otherOrigins.length === 0) {
      for (const type of [
        apigateway.ResponseType.DEFAULT_4XX,
        apigateway.ResponseType.DEFAULT_5XX,
      ]) {
        this.restApi.addGatewayResponse(`${type.responseType}Cors`, {
          type,
          responseHeaders: {
            'Access-Control-Allow-Origin': `'${origin}'`,
            Vary: "'Origin'",
          },
        });
      }
    }

    const validator = this.restApi.addRequestValidator('RequestValidator', {
      requestValidatorName: 'parameters-and-body',
      validateRequestParameters: true,
      validateRequestBody: true,
    });

    for (const route of routes) {
      const fn = props.functions.get(route.handler);
      if (fn === undefined) {
        throw new Error(`Route ${route.operationId}: no function for handler ${route.handler}`);
      }
      const resource = this.restApi.root.resourceForPath(route.path);
      const method = resource.addMethod(
        route.method,
        new apigateway.LambdaIntegration(fn.lambda, { proxy: true, allowTestInvoke: false }),
        {
          operationName: route.operationId,
          requestValidator: validator,
          requestParameters: requestParameters(route),
          requestModels: this.requestModels(route),
          ...this.authorization(route, props.userPool),
        },
      );
      if (route.access.kind === 'public') {
        const reason = `public catalog read: ${route.method} ${route.path} serves anyone`;
        acknowledge(method, 'AwsSolutions-APIG4', reason);
        acknowledge(method, 'AwsSolutions-COG4', reason);
      }
    }
  }

  private authorization(
    route: RouteDefinition,
    userPool: cognito.IUserPool,
  ): Partial<apigateway.MethodOptions> {
    if (route.access.kind === 'public') {
      return { authorizationType: apigateway.AuthorizationType.NONE };
    }
    this.authorizer ??= new apigateway.CognitoUserPoolsAuthorizer(this, 'Authorizer', {
      authorizerName: 'cognito',
      cognitoUserPools: [userPool],
    });

    return {
      authorizationType: apigateway.AuthorizationType.COGNITO,
      authorizer: this.authorizer,
      // Scopes make API Gateway require an access token carrying them; people's routes
      // check roles (the cognito:groups claim) in the handler.
      authorizationScopes:
        route.access.kind === 'system' ? route.access.scopes.map(oauthScope) : undefined,
    };
  }

  private requestModels(route: RouteDefinition): Record<string, apigateway.IModel> | undefined {
    const body = route.request?.body;
    if (body === undefined) return undefined;
    // API Gateway models speak JSON Schema draft 4, which zod emits (with its $schema).
    const schema = z.toJSONSchema(body, {
      target: 'draft-4',
      io: 'input',
      unrepresentable: 'any',
    });
    const model = this.restApi.addModel(`${pascalCase(route.operationId)}Body`, {
      contentType: 'application/json',
      modelName: `${pascalCase(route.operationId)}Body`,
      schema: schema as apigateway.JsonSchema,
    });

    return { 'application/json': model };
  }
}

/**
 * The parameters API Gateway checks before the function runs: path parameters are always
 * required; query parameters are required when their schema rejects a missing value.
 */
export function requestParameters(route: RouteDefinition): Record<string, boolean> {
  const parameters: Record<string, boolean> = {};
  for (const match of route.path.matchAll(/\{(\w+)\}/g)) {
    parameters[`method.request.path.${match[1]}`] = true;
  }
  const query = route.request?.query;
  for (const [name, schema] of Object.entries(query?.shape ?? {})) {
    const optional = (schema as z.ZodType).safeParse(undefined).success;
    parameters[`method.request.querystring.${name}`] = !optional;
  }

  return parameters;
}

/** One JSON object per request; no body, no token, no personal data beyond the IP. */
function accessLogFormat(): apigateway.AccessLogFormat {
  const field = apigateway.AccessLogField;

  return apigateway.AccessLogFormat.custom(
    JSON.stringify({
      requestId: field.contextRequestId(),
      extendedRequestId: field.contextExtendedRequestId(),
      requestTime: field.contextRequestTime(),
      ip: field.contextIdentitySourceIp(),
      userAgent: field.contextIdentityUserAgent(),
      httpMethod: field.contextHttpMethod(),
      resourcePath: field.contextResourcePath(),
      status: field.contextStatus(),
      protocol: field.contextProtocol(),
      responseLength: field.contextResponseLength(),
      responseLatency: field.contextResponseLatency(),
      integrationLatency: field.contextIntegrationLatency(),
      integrationStatus: field.contextIntegrationStatus(),
      authorizeStatus: field.contextAuthorizeStatus(),
      wafResponseCode: field.contextWafResponseCode(),
      errorMessage: field.contextErrorMessage(),
      xrayTraceId: field.contextXrayTraceId(),
    }),
  );
}
