/**
 * Runs cognito-local in this process. It keeps its data in `.cognito/` under the working
 * directory and reads its port and host from PORT and HOST, which the runtime sets.
 */
import { exitWithParent } from './watchdog.ts';

exitWithParent();
await import('cognito-local/lib/bin/start.js');
