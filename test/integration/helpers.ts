/**
 * What integration tests share: the values the global setup provides, and helpers to reach
 * the local runtime it started.
 */
import { randomUUID } from 'node:crypto';

import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { inject } from 'vitest';

import type { Role } from '@eruz/domain';
import type { Endpoints } from '@eruz/local';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the local API, e.g. `http://127.0.0.1:41791`. */
    apiUrl: string;
    /** The variables that point the AWS SDK and the handlers at the stand-ins. */
    localEnv: Record<string, string>;
    endpoints: Endpoints;
    userPoolId: string;
    userPoolClientId: string;
    /** The runtime's data folder (a fresh temporary folder per run). */
    dataDir: string;
    startupMs: number;
  }
}

/**
 * Sets the runtime's variables in this worker's `process.env`, so that SDK clients and
 * handlers imported afterwards talk to the stand-ins. Call it before importing them.
 */
export function useLocalEnvironment() {
  Object.assign(process.env, inject('localEnv'));
}

/** Sends a request to the local API. */
export function api(path: string, init?: RequestInit) {
  return fetch(new URL(path, inject('apiUrl')), init);
}

/** Cognito tokens of a signed-in person. */
export interface SignedIn {
  username: string;
  idToken: string;
  accessToken: string;
}

/**
 * Creates a confirmed user in the local pool with the given roles (Cognito groups) and
 * signs them in with USER_PASSWORD_AUTH.
 */
export async function signIn(roles: readonly Role[] = ['citizen']): Promise<SignedIn> {
  const client = new CognitoIdentityProviderClient({
    endpoint: inject('endpoints').cognito,
    region: inject('localEnv').AWS_REGION,
    credentials: {
      accessKeyId: inject('localEnv').AWS_ACCESS_KEY_ID ?? '',
      secretAccessKey: inject('localEnv').AWS_SECRET_ACCESS_KEY ?? '',
    },
  });
  const userPoolId = inject('userPoolId');
  const email = `test-${randomUUID()}@example.com`;
  const password = `Aa1-${randomUUID()}`;
  try {
    const created = await client.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: email,
        UserAttributes: [{ Name: 'email', Value: email }],
        MessageAction: 'SUPPRESS',
      }),
    );
    const username = created.User?.Username ?? email;
    await client.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: userPoolId,
        Username: username,
        Password: password,
        Permanent: true,
      }),
    );
    for (const role of roles) {
      await client.send(
        new AdminAddUserToGroupCommand({
          UserPoolId: userPoolId,
          Username: username,
          GroupName: role,
        }),
      );
    }
    const auth = await client.send(
      new InitiateAuthCommand({
        ClientId: inject('userPoolClientId'),
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }),
    );
    const tokens = auth.AuthenticationResult;
    if (!tokens?.IdToken || !tokens.AccessToken) {
      throw new Error(
        `sign-in of ${email} returned no tokens (${auth.ChallengeName ?? 'no challenge'})`,
      );
    }

    return { username, idToken: tokens.IdToken, accessToken: tokens.AccessToken };
  } finally {
    client.destroy();
  }
}
