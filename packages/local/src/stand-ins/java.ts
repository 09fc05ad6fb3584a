import { spawnSync } from 'node:child_process';

/** The oldest Java that DynamoDB Local 3.x runs on. */
export const MIN_JAVA = 17;

const FIX = 'apt-get install openjdk-17-jre-headless (or put a Java 17+ `java` on PATH)';

/**
 * The major version in `java -version` output: `17.0.15` → 17, the old `1.8.0_392` → 8.
 * Undefined when the output names no version.
 */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);

  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Fails with the fix to apply when `java` is missing or older than Java 17. */
export function checkJava(command = 'java'): number {
  const result = spawnSync(command, ['-version'], { encoding: 'utf8', timeout: 15_000 });
  if (result.error || result.status !== 0) {
    const why = result.error?.message ?? result.stderr.trim();
    throw new Error(
      `DynamoDB Local needs Java ${MIN_JAVA}+, and \`${command} -version\` failed (${why}): ${FIX}`,
    );
  }
  const major = parseJavaMajor(`${result.stderr}\n${result.stdout}`);
  if (major === undefined || major < MIN_JAVA) {
    const found = major === undefined ? 'an unknown version' : `Java ${major}`;
    throw new Error(`DynamoDB Local needs Java ${MIN_JAVA}+, found ${found}: ${FIX}`);
  }

  return major;
}
