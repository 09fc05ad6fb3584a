/**
 * Ties a child process to the runtime that started it: when the runtime goes away, even by
 * SIGKILL, its end of the IPC channel closes and the child cleans up and exits, so no
 * stand-in outlives the runtime.
 */
export function exitWithParent(cleanup: () => Promise<void> | void = () => undefined) {
  let leaving = false;
  const leave = (code: number) => {
    if (leaving) return;
    leaving = true;
    Promise.resolve()
      .then(cleanup)
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit(code));
  };
  process.once('disconnect', () => leave(0));
  process.once('SIGTERM', () => leave(0));
  process.once('SIGINT', () => leave(0));
}

/** Reads the JSON configuration a child is started with (its first argument). */
export function childConfig<T>(): T {
  const raw = process.argv[2];
  if (raw === undefined) throw new Error('child started without its configuration');

  return JSON.parse(raw) as T;
}

/** Sends a message to the runtime, if it is still there. */
export function tellParent(message: unknown) {
  if (process.connected) process.send?.(message);
}
