import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

import { USER_POOL } from '@eruz/data';

import type { Deployment } from '../deployments/schema.ts';
import { pascalCase } from '../names.ts';
import { acknowledge } from '../nag.ts';

/** Identifier of the resource server whose scopes agency systems are granted. */
export const RESOURCE_SERVER_ID = 'eruz';

/** Scopes offered to agency systems, whether or not a route asks for them yet. */
export const AGENCY_SCOPES = ['applications.read', 'applications.write'] as const;

/**
 * The full OAuth scope a route lists by its short name: `applications.read` becomes
 * `eruz/applications.read`.
 *
 * @param scope a scope name of the resource server
 */
export function oauthScope(scope: string): string {
  return `${RESOURCE_SERVER_ID}/${scope}`;
}

/** Properties of {@link Auth}. */
export interface AuthProps {
  /** The deployment whose people sign in. */
  readonly deployment: Deployment;
  /**
   * Scope names routes require of agency systems; the resource server offers these and
   * {@link AGENCY_SCOPES}.
   *
   * @default - only AGENCY_SCOPES
   */
  readonly routeScopes?: readonly string[];
  /**
   * Prefix of the Cognito domain that serves the OAuth token endpoint.
   *
   * @default `eruz-<deployment>-<account>`, unique across AWS
   */
  readonly domainPrefix?: string;
}

/**
 * Sign-in: the Cognito user pool of people (MFA required by SMS or TOTP, Plus-tier threat
 * protection, groups as roles, retained and protected from deletion), the public client of
 * the portal front end, and OAuth 2.0 client credentials for agency systems through a
 * resource server with scopes.
 */
export class Auth extends Construct {
  /** The user pool. */
  readonly userPool: cognito.UserPool;
  /** Client of the portal front end: no secret, password and SRP sign-in. */
  readonly webClient: cognito.UserPoolClient;
  /** Client-credentials client of a sample agency system. */
  readonly agencyClient: cognito.UserPoolClient;
  /** Resource server whose scopes agency systems receive. */
  readonly resourceServer: cognito.UserPoolResourceServer;
  /** Domain serving the OAuth 2.0 endpoints. */
  readonly domain: cognito.UserPoolDomain;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    const { deployment } = props;
    const { passwordPolicy } = USER_POOL;

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: `eruz-${deployment.name}-${USER_POOL.name}`,
      // People are registered through the API, which checks who they are first.
      selfSignUpEnabled: false,
      signInAliases: { email: true, phone: true },
      signInCaseSensitive: false,
      autoVerify: { email: true, phone: true },
      keepOriginal: { email: true, phone: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        phoneNumber: { required: true, mutable: true },
      },
      mfa: USER_POOL.mfa.required ? cognito.Mfa.REQUIRED : cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { sms: USER_POOL.mfa.sms, otp: USER_POOL.mfa.totp },
      passwordPolicy: {
        minLength: passwordPolicy.minLength,
        requireLowercase: passwordPolicy.requireLowercase,
        requireUppercase: passwordPolicy.requireUppercase,
        requireDigits: passwordPolicy.requireDigits,
        requireSymbols: passwordPolicy.requireSymbols,
        tempPasswordValidity: Duration.days(3),
      },
      // The phone is a second factor, so it must not also be the way back into an account.
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    if (!passwordPolicy.requireSymbols) {
      acknowledge(
        this.userPool,
        'AwsSolutions-COG1',
        'the password policy is the one of USER_POOL in @eruz/data: length and three ' +
          'character classes without a required symbol (NIST SP 800-63B advises against ' +
          'composition rules); every sign-in also needs a second factor (MFA required)',
      );
    }
    acknowledge(
      this.userPool,
      'AwsSolutions-IAM5[Resource::*]',
      'the SMS role Cognito uses for MFA codes publishes to phone numbers, which have no ' +
        'ARN; the role is assumable only by this pool (external id)',
    );

    USER_POOL.groups.forEach((role, precedence) => {
      new cognito.UserPoolGroup(this, `${pascalCase(role)}Group`, {
        userPool: this.userPool,
        groupName: role,
        description: `Role ${role}`,
        precedence,
      });
    });

    this.webClient = this.userPool.addClient('WebClient', {
      userPoolClientName: 'web',
      generateSecret: false,
      authFlows: { userPassword: true, userSrp: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      authSessionValidity: Duration.minutes(5),
    });

    const scopeNames = [...new Set([...AGENCY_SCOPES, ...(props.routeScopes ?? [])])].sort();
    const scopes = scopeNames.map(
      (scopeName) =>
        new cognito.ResourceServerScope({ scopeName, scopeDescription: `ERUZ ${scopeName}` }),
    );
    this.resourceServer = this.userPool.addResourceServer('AgencyApi', {
      identifier: RESOURCE_SERVER_ID,
      userPoolResourceServerName: 'ERUZ agency API',
      scopes,
    });
    this.agencyClient = this.userPool.addClient('SampleAgencyClient', {
      userPoolClientName: 'sample-agency',
      generateSecret: true,
      authFlows: {},
      oAuth: {
        flows: { clientCredentials: true },
        scopes: scopes.map((scope) =>
          cognito.OAuthScope.resourceServer(this.resourceServer, scope),
        ),
      },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
    });

    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: {
        domainPrefix: props.domainPrefix ?? `eruz-${deployment.name}-${deployment.account}`,
      },
    });
  }
}
