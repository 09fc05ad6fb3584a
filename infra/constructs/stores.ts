import type * as iam from 'aws-cdk-lib/aws-iam';

import type { Grant } from '@eruz/api';

/** How much of a store a function may use. */
export type StoreAccess = Grant['access'];

/**
 * A table, bucket or topic as functions see it: the variable that carries its physical
 * name and the permissions a function needs for a kind of access. Stores grant exactly the
 * actions the access needs, never a service wildcard.
 */
export interface Store {
  /** `name` of the definition in `@eruz/data`. */
  readonly name: string;
  /** Environment variable through which functions learn the physical name. */
  readonly envVar: string;
  /** The physical name (table, bucket) or ARN (topic). */
  readonly envValue: string;
  /**
   * Grants a role one kind of access, and acknowledges the cdk-nag findings the grant
   * necessarily raises (object keys under a bucket, KMS action families).
   *
   * @throws Error when the store does not support the access
   */
  grantTo(role: iam.Role, access: StoreAccess): void;
}

/** Whether an access includes reading. */
export const reads = (access: StoreAccess): boolean => access !== 'write';

/** Whether an access includes writing. */
export const writes = (access: StoreAccess): boolean => access !== 'read';
