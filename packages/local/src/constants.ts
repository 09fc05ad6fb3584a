import { fileURLToPath } from 'node:url';

/** Every stand-in and the API listen on the loopback interface only. */
export const LOOPBACK = '127.0.0.1';

/** The region the SDK clients are told; the stand-ins accept any. */
export const LOCAL_REGION = 'eu-central-1';

/** The account id in ARNs the local runtime makes up. */
export const LOCAL_ACCOUNT = '000000000000';

/**
 * The credentials every SDK client uses locally. s3rver accepts only its built-in key pair
 * and the other stand-ins accept any, so all share this one.
 */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

/** API Gateway stage name of the local API. */
export const LOCAL_STAGE = 'local';

/** Root of the repository (the folder holding `functions/` and `packages/`). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
