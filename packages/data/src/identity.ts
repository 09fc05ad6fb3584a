import { ROLES } from '@eruz/domain';

/**
 * The user pool, defined once for the stack and the local runtime. Personal data stays in
 * DynamoDB; the pool holds only the sign-in identity.
 */
export const USER_POOL = {
  name: 'citizens',
  groups: ROLES,
  passwordPolicy: {
    minLength: 8,
    requireLowercase: true,
    requireUppercase: true,
    requireDigits: true,
    requireSymbols: false,
  },
  mfa: { required: true, sms: true, totp: true },
} as const;
