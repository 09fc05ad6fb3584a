import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { DEPLOYMENT_NAMES, loadAllDeployments } from './deployments/index.ts';
import { REPO_ROOT } from './paths.ts';

/**
 * Synthesizes every shipped deployment with the real CDK CLI, one after the other, into
 * `cdk.out/<name>`: the functions are bundled by esbuild and cdk-nag checks every stack.
 * Works offline and without AWS credentials. Exits non-zero if any deployment fails.
 */
function main(): number {
  // Validate all deployments together first: a broken or overlapping configuration is
  // reported by field before any bundling starts.
  try {
    loadAllDeployments();
  } catch (error) {
    console.error((error as Error).message);

    return 1;
  }

  const cdk = path.join(REPO_ROOT, 'node_modules', '.bin', 'cdk');
  const failed: string[] = [];
  for (const name of DEPLOYMENT_NAMES) {
    const started = Date.now();
    console.log(`\n=== cdk synth ${name}`);
    const result = spawnSync(
      cdk,
      [
        'synth',
        '--quiet',
        '--no-notices',
        '--no-lookups',
        '--context',
        `deployment=${name}`,
        '--output',
        path.join('cdk.out', name),
      ],
      {
        cwd: REPO_ROOT,
        stdio: 'inherit',
        env: {
          ...process.env,
          CDK_DISABLE_VERSION_CHECK: '1',
          CDK_DISABLE_CLI_TELEMETRY: 'true',
          // No instance metadata lookups: synthesis needs no credentials.
          AWS_EC2_METADATA_DISABLED: 'true',
        },
      },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.status === 0) {
      console.log(`=== ${name}: synthesized in ${seconds} s`);
    } else {
      const cause = result.error?.message ?? `exit code ${result.status ?? result.signal}`;
      console.error(`=== ${name}: FAILED after ${seconds} s (${cause})`);
      failed.push(name);
    }
  }

  if (failed.length > 0) {
    console.error(`\nSynthesis failed for: ${failed.join(', ')}`);

    return 1;
  }
  console.log(`\nSynthesized: ${DEPLOYMENT_NAMES.join(', ')}`);

  return 0;
}

process.exitCode = main();
