import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file rather than the working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The lock file that pins what esbuild bundles into the functions. */
export const LOCK_FILE = path.join(REPO_ROOT, 'package-lock.json');

/**
 * The source file of a handler module.
 *
 * @param handler module under `functions/` without extension, e.g. `catalog/list-services`
 */
export function handlerEntry(handler: string): string {
  return path.join(REPO_ROOT, 'functions', `${handler}.ts`);
}
