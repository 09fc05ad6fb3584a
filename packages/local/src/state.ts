import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** What the runtime remembers between starts, in `<dataDir>/state.json`. */
export interface LocalState {
  userPoolId?: string;
  userPoolClientId?: string;
}

const STATE_FILE = 'state.json';
const LOCK_FILE = 'runtime.lock';

/** Reads `state.json`; a missing or unreadable file is an empty state (ids are looked up). */
export function readState(dataDir: string): LocalState {
  const file = join(dataDir, STATE_FILE);
  if (!existsSync(file)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!parsed || typeof parsed !== 'object') return {};
    const { userPoolId, userPoolClientId } = parsed as Record<string, unknown>;

    return {
      ...(typeof userPoolId === 'string' ? { userPoolId } : {}),
      ...(typeof userPoolClientId === 'string' ? { userPoolClientId } : {}),
    };
  } catch {
    return {};
  }
}

/** Writes `state.json` atomically (a crash never leaves half a file). */
export function writeState(dataDir: string, state: LocalState) {
  const file = join(dataDir, STATE_FILE);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);

    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Claims the data folder for this process: two runtimes on one folder would fight over
 * DynamoDB Local's database file. A lock left by a process that is gone is taken over.
 * Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);

      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new Error(
          `the data folder ${dataDir} is in use by another local runtime (pid ${owner}); ` +
            'stop it, or give this one another folder',
        );
      }
      rmSync(file, { force: true });
    }
  }

  throw new Error(`could not lock the data folder ${dataDir}`);
}
