import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { build, type BuildFailure, type BuildOptions, type Metafile } from 'esbuild';

import { ROUTE_LIST, type RouteDefinition } from '@eruz/api';

import { LAMBDA_ESBUILD_OPTIONS } from '../../infra/bundling.ts';
import { handlerEntry, REPO_ROOT } from '../../infra/paths.ts';
import { BUDGETS } from './budgets.ts';
import { budgeted, describeError, info, type Figure } from './figures.ts';

/**
 * Functions deployed outside the route table: the custom resource that writes the seed
 * catalog into a new deployment's table.
 */
const HANDLERS_OUTSIDE_ROUTES = ['catalog/seed'];

/**
 * What `HandlerFunction` (infra/constructs/functions.ts) hands to esbuild through
 * NodejsFunction, from the same settings (infra/bundling.ts). The stack also writes a source
 * map beside the bundle; it is left out here because it is a separate file that is not
 * loaded at init.
 */
export const LAMBDA_BUNDLING = {
  ...LAMBDA_ESBUILD_OPTIONS,
  sourcemap: false,
} as const satisfies BuildOptions;

/** The bundle of one function, or why it could not be built. */
export interface FunctionBundle {
  handler: string;
  /** Path of `index.mjs`; absent when bundling failed. */
  file?: string;
  bytes?: number;
  gzipBytes?: number;
  /** The heaviest inputs, largest first, to show where an oversized bundle's bytes come from. */
  heaviest?: { input: string; bytes: number }[];
  error?: string;
}

/** Every handler a deployment ships: the routes that are not local-only, and the seeding. */
export function deployedHandlers(): string[] {
  const routes: readonly RouteDefinition[] = ROUTE_LIST;
  const fromRoutes = routes.filter((route) => route.localOnly !== true).map((r) => r.handler);

  return [...new Set([...fromRoutes, ...HANDLERS_OUTSIDE_ROUTES])].sort();
}

/**
 * Bundles one handler as the stack would, into `<outDir>/<handler>/index.mjs`.
 *
 * @param handler module under `functions/` without extension, e.g. `catalog/list-services`
 */
export async function bundleHandler(handler: string, outDir: string): Promise<FunctionBundle> {
  const file = path.join(outDir, handler, 'index.mjs');
  await mkdir(path.dirname(file), { recursive: true });

  try {
    const result = await build({
      ...LAMBDA_BUNDLING,
      entryPoints: [handlerEntry(handler)],
      outfile: file,
      absWorkingDir: REPO_ROOT,
      metafile: true,
      logLevel: 'silent',
    });
    const code = await readFile(file);

    return {
      handler,
      file,
      bytes: code.byteLength,
      gzipBytes: gzipSync(code).byteLength,
      heaviest: heaviestInputs(result.metafile),
    };
  } catch (error) {
    return { handler, error: buildError(error) };
  }
}

/** esbuild's first error with its place, e.g. `Could not resolve "x" (functions/a.ts:3)`. */
function buildError(error: unknown): string {
  const first = (error as Partial<BuildFailure>).errors?.[0];
  if (first === undefined) return describeError(error);
  const where = first.location && `${first.location.file}:${first.location.line}`;

  return where ? `${first.text} (${where})` : first.text;
}

/** Bytes each package (or source folder) contributes to the output, largest first. */
function heaviestInputs(metafile: Metafile, count = 5): { input: string; bytes: number }[] {
  const byInput = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const key = packageOf(input);
      byInput.set(key, (byInput.get(key) ?? 0) + bytesInOutput);
    }
  }

  return [...byInput]
    .map(([input, bytes]) => ({ input, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
}

/**
 * The package an esbuild input belongs to: `node_modules/@smithy/core/dist-es/a.js` is
 * `@smithy/core`, `packages/domain/src/a.ts` is `packages/domain`.
 */
function packageOf(input: string): string {
  const parts = input.split('/');
  const modules = parts.lastIndexOf('node_modules');
  if (modules >= 0) {
    const name = parts[modules + 1] ?? input;

    return name.startsWith('@') ? `${name}/${parts[modules + 2] ?? ''}` : name;
  }

  return parts.slice(0, 2).join('/');
}

/**
 * Size figures of the bundles: the minified bytes against the budget, noting for a bundle
 * over budget where its bytes come from; gzip bytes for information.
 */
export function bundleFigures(bundles: readonly FunctionBundle[]): Figure[] {
  return bundles.flatMap((bundle) => {
    const name = `bundle ${bundle.handler}`;
    const limit = { max: BUDGETS.bundleBytes };
    const over = bundle.bytes !== undefined && bundle.bytes > limit.max;
    const heaviest = (bundle.heaviest ?? []).map(
      ({ input, bytes }) => `${input} ${(bytes / 1024).toFixed(1)} KiB`,
    );
    const note = over ? `heaviest inputs: ${heaviest.join(', ')}` : bundle.error;
    const size = budgeted(name, bundle.bytes ?? null, 'B', limit, note);
    if (bundle.gzipBytes === undefined) return [size];

    return [size, info(`${name} gzip`, bundle.gzipBytes, 'B')];
  });
}
