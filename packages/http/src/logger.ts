import { Logger } from '@aws-lambda-powertools/logger';

import { redactForLog } from './redaction.ts';

/**
 * The process-wide logger: one JSON line per entry with fixed snake_case keys, personal data
 * redacted. Created once per cold start; the service name comes from
 * POWERTOOLS_SERVICE_NAME.
 */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'eruz',
  jsonReplacerFn: redactForLog,
});
