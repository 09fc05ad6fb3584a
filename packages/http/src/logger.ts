import { Logger } from '@aws-lambda-powertools/logger';

import { redactForLog } from './redaction.ts';

let instance: Logger | undefined;

function create(): Logger {
  instance ??= new Logger({
    serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'eruz',
    jsonReplacerFn: redactForLog,
  });

  return instance;
}

/**
 * The process-wide logger: one JSON line per entry with fixed snake_case keys, personal data
 * redacted, service name from POWERTOOLS_SERVICE_NAME. It is created when first used: a
 * public read that succeeds writes no line, so its cold start does not set up the output
 * streams a logger needs.
 */
export const logger: Logger = new Proxy({} as Logger, {
  get(_target, key) {
    const real = create();
    const value: unknown = Reflect.get(real, key, real);

    return typeof value === 'function' ? value.bind(real) : value;
  },
});
