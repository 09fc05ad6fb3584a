import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

import type { Access } from '@eruz/api';

/** Which Cognito token a route takes: ID tokens for people, access tokens for systems. */
export type TokenUse = 'id' | 'access';

/** What a token is checked against. */
export interface VerifyOptions {
  /** The user pool's signing keys (its JWKS). */
  keys: JWTVerifyGetKey;
  /** `iss` of the pool's tokens: `<cognito endpoint>/<user pool id>`. */
  issuer: string;
  /** The token uses accepted. */
  tokenUse: TokenUse | readonly TokenUse[];
  /** Full scopes of which the token needs one (routes for agency systems). */
  scopes?: readonly string[];
  /** The clock, for tests. */
  currentDate?: Date;
}

/** Why a token was refused; API Gateway answers all of these with a bare 401. */
export class TokenRejectedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TokenRejectedError';
  }
}

/**
 * Verifies a Cognito JWT as the API Gateway Cognito authorizer does: an RS256 signature by a
 * key of the pool, the pool's issuer, not expired, and an accepted `token_use`; with scopes,
 * the token must carry one of them. Returns the token's claims.
 */
export async function verifyToken(token: string, options: VerifyOptions): Promise<JWTPayload> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, options.keys, {
      algorithms: ['RS256'],
      issuer: options.issuer,
      requiredClaims: ['exp', 'token_use'],
      ...(options.currentDate ? { currentDate: options.currentDate } : {}),
    }));
  } catch (error) {
    throw new TokenRejectedError(`token refused: ${(error as Error).message}`, { cause: error });
  }
  const accepted: readonly unknown[] =
    typeof options.tokenUse === 'string' ? [options.tokenUse] : options.tokenUse;
  if (!accepted.includes(payload.token_use)) {
    throw new TokenRejectedError(
      `expected an ${accepted.join(' or ')} token, got ${String(payload.token_use)}`,
    );
  }
  if (options.scopes && options.scopes.length > 0) {
    const granted = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
    if (!options.scopes.some((scope) => granted.includes(scope))) {
      throw new TokenRejectedError(`token has none of the scopes ${options.scopes.join(', ')}`);
    }
  }

  return payload;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** A time as Java's `Date.toString()` in UTC, the way the authorizer renders `exp` and `iat`. */
export function javaDateString(epochSeconds: number) {
  const at = new Date(epochSeconds * 1000);
  const time = [at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds()].map(two).join(':');
  const day = `${DAYS[at.getUTCDay()]} ${MONTHS[at.getUTCMonth()]} ${two(at.getUTCDate())}`;

  return `${day} ${time} UTC ${at.getUTCFullYear()}`;
}

/**
 * The claims as a REST API's Cognito authorizer puts them into
 * `requestContext.authorizer.claims`: every value a string, lists (such as
 * `cognito:groups`) joined with commas, `exp` and `iat` as Java date strings
 * (`Fri Jul 29 18:52:53 UTC 2016`), other numbers and booleans as their text.
 */
export function toAuthorizerClaims(payload: JWTPayload): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload)) {
    if (value === undefined || value === null) continue;
    if ((name === 'exp' || name === 'iat') && typeof value === 'number') {
      claims[name] = javaDateString(value);
    } else if (Array.isArray(value)) {
      claims[name] = value.map(String).join(',');
    } else if (typeof value === 'object') {
      claims[name] = JSON.stringify(value);
    } else {
      claims[name] = String(value);
    }
  }

  return claims;
}

/** The token of an Authorization header: `Bearer <jwt>`, or the bare JWT API Gateway also takes. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  const token = match?.[1] ?? header.trim();

  return token.split('.').length === 3 ? token : undefined;
}

/** Authorizes requests for routes that are not public; returns their claims or throws. */
export type Authorizer = (
  access: Exclude<Access, { kind: 'public' }>,
  authorization: string | undefined,
) => Promise<Record<string, string>>;

/**
 * Identifier of the Cognito resource server whose scopes agency systems get: a route's
 * scope `applications.read` is `eruz/applications.read` in tokens. The same value as
 * RESOURCE_SERVER_ID in infra/constructs/auth.ts.
 */
export const RESOURCE_SERVER_ID = 'eruz';

/**
 * An authorizer backed by a user pool's JWKS endpoint (fetched once, then cached), set up as
 * the stack sets API Gateway's: routes for people take an ID or an access token (roles are
 * the handler's business), routes for agency systems an access token with one of their
 * scopes.
 */
export function cognitoAuthorizer(options: {
  cognitoEndpoint: string;
  userPoolId: string;
}): Authorizer {
  const issuer = `${options.cognitoEndpoint}/${options.userPoolId}`;
  const keys = createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`));

  return async (access, authorization) => {
    const token = bearerToken(authorization);
    if (!token) throw new TokenRejectedError('no bearer token');
    const payload = await verifyToken(token, {
      keys,
      issuer,
      ...(access.kind === 'user'
        ? { tokenUse: ['id', 'access'] as const }
        : {
            tokenUse: 'access' as const,
            scopes: access.scopes.map((scope) => `${RESOURCE_SERVER_ID}/${scope}`),
          }),
    });

    return toAuthorizerClaims(payload);
  };
}
