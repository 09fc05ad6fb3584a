/**
 * Runs a non-Node program (DynamoDB Local's JVM) under a watchdog: the program is stopped
 * when the runtime stops it or disappears.
 */
import { spawn } from 'node:child_process';

import { childConfig, exitWithParent } from './watchdog.ts';

interface SuperviseConfig {
  command: string;
  args: string[];
  cwd?: string;
}

const config = childConfig<SuperviseConfig>();
const program = spawn(config.command, config.args, { cwd: config.cwd, stdio: 'inherit' });
const gone = new Promise<void>((resolve) => program.once('exit', () => resolve()));

program.once('error', (error) => {
  console.error(`cannot run ${config.command}: ${error.message}`);
  process.exit(127);
});
program.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
exitWithParent(async () => {
  program.kill('SIGTERM');
  await gone;
});
