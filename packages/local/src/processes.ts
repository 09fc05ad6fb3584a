import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** How a child process ended. */
export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * A child process of the local runtime. Each runs in its own process group, so stopping it
 * also stops whatever it started (DynamoDB Local's JVM under its supervisor).
 */
export interface ManagedProcess {
  readonly name: string;
  readonly pid: number;
  readonly child: ChildProcess;
  /** Resolves when the process has exited. */
  readonly exited: Promise<ExitStatus>;
  /** The last lines it printed, for error messages. */
  recentOutput(): string;
  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves once the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

/** What {@link spawnManaged} starts, and where its output goes. */
export interface SpawnOptions {
  name: string;
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Opens an IPC channel; children watch it to exit when the runtime dies. */
  ipc?: boolean;
  /** File that receives everything the process prints. */
  logFile: string;
  /** Also called with each printed line, e.g. to show it on the console. */
  onLine?: (line: string) => void;
}

const RECENT_LINES = 40;
const live = new Set<ManagedProcess>();
let exitHookInstalled = false;

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Last resort when the runtime exits without `stop()`: kill every group synchronously. */
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const managed of live) signalGroup(managed.pid, 'SIGKILL');
  });
}

/** Starts a child process in its own process group, logging its output to a file. */
export function spawnManaged(options: SpawnOptions): ManagedProcess {
  mkdirSync(dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', ...(options.ipc ? (['ipc'] as const) : [])],
  });
  if (child.pid === undefined) {
    log.end();
    throw new Error(`could not start ${options.name} (${options.command})`);
  }
  const pid = child.pid;
  const recent: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      recent.push(line);
      if (recent.length > RECENT_LINES) recent.shift();
      log.write(`${line}\n`);
      options.onLine?.(line);
    });
  }
  const exited = new Promise<ExitStatus>((resolve) => {
    // 'close' rather than 'exit': the output is complete and the group's pipes are shut.
    child.once('close', (code, signal) => {
      live.delete(managed);
      // Whatever the process left in its group (it should be nothing) goes with it.
      signalGroup(pid, 'SIGKILL');
      log.end();
      resolve({ code, signal });
    });
  });
  let stopping: Promise<void> | undefined;
  const managed: ManagedProcess = {
    name: options.name,
    pid,
    child,
    exited,
    recentOutput: () => recent.join('\n'),
    stop(graceMs = 5_000) {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        signalGroup(pid, 'SIGTERM');
        const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      })();

      return stopping;
    },
  };
  live.add(managed);
  installExitHook();

  return managed;
}

/** A promise that rejects when the process exits, quoting its last output. */
export function exitAsFailure(managed: ManagedProcess): Promise<never> {
  return managed.exited.then((status) => {
    const how = status.signal ? `signal ${status.signal}` : `code ${status.code}`;
    const output = managed.recentOutput();

    throw new Error(
      `${managed.name} exited (${how}) before it was ready${output ? `:\n${output}` : ''}`,
    );
  });
}

const require = createRequire(import.meta.url);
const CHILDREN_DIR = fileURLToPath(new URL('./children/', import.meta.url));

/**
 * The command line that runs one of the TypeScript entry points in `children/` with tsx,
 * so the children are type-checked and linted like the rest.
 */
export function childCommand(entry: string, nodeFlags: readonly string[] = []) {
  const tsxLoader = pathToFileURL(require.resolve('tsx')).href;

  return {
    command: process.execPath,
    args: [...nodeFlags, '--import', tsxLoader, join(CHILDREN_DIR, entry)],
  };
}
