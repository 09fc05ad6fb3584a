import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';

import { ROUTE_LIST, type RouteDefinition } from '@eruz/api';
import { BUCKETS, TABLES, USER_POOL } from '@eruz/data';

import { MANAGED_RULE_GROUPS } from '../../infra/constructs/waf.ts';
import { DEPLOYMENT_NAMES, loadDeployment } from '../../infra/deployments/index.ts';
import { buildStack, methodsByRoute } from './helpers.ts';

const deployedRoutes = (ROUTE_LIST as readonly RouteDefinition[]).filter((r) => !r.localOnly);
const handlers = new Set(deployedRoutes.map((route) => route.handler));

/** Statements of the default policy of the role whose function serves `handler`. */
function policyStatementsOf(template: Template, description: string): unknown[] {
  const functions = template.findResources('AWS::Lambda::Function', {
    Properties: { Description: description },
  });
  const [fn] = Object.values(functions);
  const roleRef = (fn?.Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0];
  const policies = template.findResources('AWS::IAM::Policy', {
    Properties: { Roles: [{ Ref: roleRef }] },
  });

  return Object.values(policies).flatMap(
    (policy) => policy.Properties.PolicyDocument.Statement as unknown[],
  );
}

const actionsOf = (statements: unknown[]): string[] =>
  statements.flatMap((statement) => {
    const action = (statement as { Action: string | string[] }).Action;

    return Array.isArray(action) ? action : [action];
  });

describe.each(DEPLOYMENT_NAMES)('stack of deployment %s', (name) => {
  const deployment = loadDeployment(name);
  const { stack } = buildStack(deployment);
  const template = Template.fromStack(stack);
  const json = template.toJSON();

  it('is named after the deployment and placed in its account and region', () => {
    expect(stack.stackName).toBe(`Eruz-${name}`);
    expect(stack.account).toBe(deployment.account);
    expect(stack.region).toBe(deployment.region);
  });

  it('has one public method per deployed route, without authorizer, behind a validator', () => {
    const methods = methodsByRoute(json);
    for (const route of deployedRoutes) {
      const method = methods.get(`${route.method} ${route.path}`);
      expect(method, `${route.method} ${route.path}`).toBeDefined();
      expect(method?.AuthorizationType).toBe(
        route.access.kind === 'public' ? 'NONE' : 'COGNITO_USER_POOLS',
      );
      expect(method?.RequestValidatorId).toBeDefined();
      expect(method?.Integration).toMatchObject({
        Type: 'AWS_PROXY',
        IntegrationHttpMethod: 'POST',
      });
    }
    const nonPreflight = [...methods.keys()].filter((key) => !key.startsWith('OPTIONS '));
    expect(nonPreflight).toHaveLength(deployedRoutes.length);
  });

  it('answers CORS preflight for the deployment origins only', () => {
    const preflight = methodsByRoute(json).get('OPTIONS /v1/services');
    const headers = JSON.stringify(preflight?.Integration);
    for (const origin of deployment.webOrigins) expect(headers).toContain(origin);
    expect(headers).not.toContain("'*'");
  });

  it("lets browsers read the gateway's own errors", () => {
    for (const type of ['DEFAULT_4XX', 'DEFAULT_5XX']) {
      template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
        ResponseType: type,
        ResponseParameters: {
          'gatewayresponse.header.Access-Control-Allow-Origin': `'${deployment.webOrigins[0]}'`,
        },
      });
    }
  });

  it('throttles, traces and access-logs the api stage in JSON', () => {
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'api',
      TracingEnabled: true,
      AccessLogSetting: { Format: Match.stringLikeRegexp('^\\{.*"requestId"') },
      MethodSettings: Match.arrayWith([
        Match.objectLike({
          HttpMethod: '*',
          ResourcePath: '/*',
          LoggingLevel: 'ERROR',
          DataTraceEnabled: false,
          ThrottlingRateLimit: deployment.throttling.rateLimit,
          ThrottlingBurstLimit: deployment.throttling.burstLimit,
        }),
      ]),
    });
    template.hasResourceProperties('AWS::ApiGateway::RestApi', {
      EndpointConfiguration: { Types: ['REGIONAL'] },
    });
    template.resourceCountIs('AWS::ApiGateway::Account', 1);
  });

  it('runs one Node.js 24 arm64 function per handler, and the seed function', () => {
    const ours = template.findResources('AWS::Lambda::Function', {
      Properties: {
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
        MemorySize: Match.anyValue(),
      },
    });
    expect(Object.keys(ours)).toHaveLength(handlers.size + 1);
    const all = template.findResources('AWS::Lambda::Function');
    for (const fn of Object.values(all)) expect(fn.Properties.Runtime).toBe('nodejs24.x');
  });

  it('tells every function about the deployment', () => {
    const ours = template.findResources('AWS::Lambda::Function', {
      Properties: { Handler: 'index.handler' },
    });
    expect(Object.keys(ours)).toHaveLength(handlers.size + 1);
    for (const fn of Object.values(ours)) {
      expect(fn.Properties.Environment.Variables).toMatchObject({
        DEPLOYMENT: name,
        SERVED_REGIONS: deployment.subjects.join(','),
        LANGUAGES: deployment.languages.join(','),
        ALLOWED_ORIGINS: deployment.webOrigins.join(','),
        POWERTOOLS_SERVICE_NAME: expect.stringMatching(/^eruz-[a-z]+$/),
        POWERTOOLS_METRICS_NAMESPACE: 'Eruz',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        NODE_OPTIONS: '--enable-source-maps',
      });
    }
  });

  it('grants the catalog functions reads of the catalog table and nothing more', () => {
    const catalogRoutes = deployedRoutes.filter((route) => route.handler.startsWith('catalog/'));
    expect(catalogRoutes.length).toBeGreaterThan(0);
    for (const route of catalogRoutes) {
      const actions = actionsOf(policyStatementsOf(template, `${route.method} ${route.path}`));
      expect(actions).toContain('dynamodb:Query');
      expect(actions).toContain('dynamodb:GetItem');
      for (const forbidden of [
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
        'dynamodb:DeleteItem',
        'dynamodb:BatchWriteItem',
        'dynamodb:Scan',
        'kms:Encrypt',
        'dynamodb:*',
        's3:PutObject',
      ]) {
        expect(actions, route.operationId).not.toContain(forbidden);
      }
    }
    const openapi = actionsOf(policyStatementsOf(template, 'GET /openapi.json'));
    expect(openapi.filter((action) => action.startsWith('dynamodb:'))).toEqual([]);
  });

  it('lets the seed function write the catalog table', () => {
    const actions = actionsOf(
      policyStatementsOf(template, 'Writes the seed catalog (CloudFormation custom resource)'),
    );
    expect(actions).toEqual(
      expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:BatchWriteItem']),
    );
    template.hasResourceProperties('Custom::CatalogSeed', {
      seedVersion: Match.stringLikeRegexp('^[0-9a-f]{64}$'),
    });
  });

  it('keeps every table on demand, recoverable, KMS-encrypted and protected', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', TABLES.length);
    template.allResourcesProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      Replicas: [
        Match.objectLike({
          DeletionProtectionEnabled: true,
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          SSESpecification: { KMSMasterKeyId: Match.anyValue() },
        }),
      ],
    });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.allResourcesProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('keeps every bucket private, KMS-encrypted, versioned and logged', () => {
    const buckets = template.findResources('AWS::S3::Bucket', {
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            Match.objectLike({
              ServerSideEncryptionByDefault: Match.objectLike({ SSEAlgorithm: 'aws:kms' }),
            }),
          ],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: { DestinationBucketName: Match.anyValue() },
      },
    });
    expect(Object.keys(buckets)).toHaveLength(BUCKETS.length);
    // Plus the access-log bucket, encrypted by S3 because log delivery cannot use KMS.
    template.resourceCountIs('AWS::S3::Bucket', BUCKETS.length + 1);
  });

  it('denies every request to every bucket that is not over TLS', () => {
    template.resourceCountIs('AWS::S3::BucketPolicy', BUCKETS.length + 1);
    template.allResourcesProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('locks the archive in compliance mode and expires quarantine and ages reports', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      ObjectLockEnabled: true,
      ObjectLockConfiguration: {
        ObjectLockEnabled: 'Enabled',
        Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 3650 } },
      },
    });
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([Match.objectLike({ Prefix: 'quarantine/', ExpirationInDays: 2 })]),
      },
      CorsConfiguration: {
        CorsRules: [
          Match.objectLike({
            AllowedMethods: Match.arrayWith(['POST']),
            AllowedOrigins: deployment.webOrigins,
          }),
        ],
      },
    });
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({
            Transitions: [{ StorageClass: 'STANDARD_IA', TransitionInDays: 90 }],
          }),
        ]),
      },
    });
  });

  it('requires MFA by SMS or TOTP, the defined password policy and Plus threat protection', () => {
    const policy = USER_POOL.passwordPolicy;
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      EnabledMfas: Match.arrayEquals(['SMS_MFA', 'SOFTWARE_TOKEN_MFA']),
      Policies: {
        PasswordPolicy: {
          MinimumLength: policy.minLength,
          RequireLowercase: policy.requireLowercase,
          RequireUppercase: policy.requireUppercase,
          RequireNumbers: policy.requireDigits,
          RequireSymbols: policy.requireSymbols,
        },
      },
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
      DeletionProtection: 'ACTIVE',
      UsernameAttributes: ['email', 'phone_number'],
      SmsConfiguration: { SnsCallerArn: Match.anyValue() },
    });
    template.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain' });
  });

  it('has a group per role', () => {
    template.resourceCountIs('AWS::Cognito::UserPoolGroup', 6);
    for (const role of USER_POOL.groups) {
      template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: role });
    }
  });

  it('offers a public web client and a client-credentials client with agency scopes', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']),
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: Match.arrayWith([
        { 'Fn::Join': ['', [Match.anyValue(), '/applications.read']] },
        { 'Fn::Join': ['', [Match.anyValue(), '/applications.write']] },
      ]),
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
      Identifier: 'eruz',
      Scopes: Match.arrayWith([Match.objectLike({ ScopeName: 'applications.read' })]),
    });
  });

  it('puts WAF with the managed groups and a per-IP rate limit in front of the stage', () => {
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      DefaultAction: { Allow: {} },
      Rules: Match.arrayWith([
        ...MANAGED_RULE_GROUPS.map((group) =>
          Match.objectLike({
            Statement: { ManagedRuleGroupStatement: { VendorName: 'AWS', Name: group } },
          }),
        ),
        Match.objectLike({
          Action: { Block: {} },
          Statement: {
            RateBasedStatement: {
              Limit: deployment.waf.rateLimitPerIp,
              AggregateKeyType: 'IP',
              EvaluationWindowSec: 300,
            },
          },
        }),
      ]),
    });
    template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
      ResourceArn: Match.objectLike({ 'Fn::Join': Match.anyValue() }),
    });
    template.hasResourceProperties('AWS::WAFv2::LoggingConfiguration', {
      RedactedFields: [{ SingleHeader: { Name: 'authorization' } }],
    });
  });

  it('alarms on API 5xx, every function, and dead letters, to the operators by e-mail', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/ApiGateway',
      MetricName: '5XXError',
    });
    const functionErrors = template.findResources('AWS::CloudWatch::Alarm', {
      Properties: { Namespace: 'AWS/Lambda', MetricName: 'Errors' },
    });
    expect(Object.keys(functionErrors)).toHaveLength(handlers.size + 1);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Throttles',
    });
    const deadLetters = template.findResources('AWS::CloudWatch::Alarm', {
      Properties: {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      },
    });
    expect(Object.keys(deadLetters)).toHaveLength(2);
    template.allResourcesProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: [{ Ref: Match.stringLikeRegexp('^MonitoringAlarmTopic') }],
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: deployment.alarmEmail,
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue() },
    });
    template.allResourcesProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });

  it('gives the seed provider a dead-letter queue for failed CloudFormation events', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Handler: 'framework.onEvent',
      DeadLetterConfig: {
        TargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^CatalogSeedDeadLetterQueue'), 'Arn'] },
      },
    });
  });

  it('verifies the deployment sender domain in SES', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: deployment.email.domain,
      ConfigurationSetAttributes: { ConfigurationSetName: Match.anyValue() },
    });
  });

  it('outputs the API URL, the pool, its clients and the bucket names', () => {
    const outputs = Object.keys(template.findOutputs('*'));
    expect(outputs).toEqual(
      expect.arrayContaining([
        'ApiUrl',
        'UserPoolId',
        'WebClientId',
        'AgencyClientId',
        'OAuthTokenUrl',
        'DocumentsBucketName',
        'ArchiveBucketName',
        'ReportsBucketName',
      ]),
    );
  });
});
