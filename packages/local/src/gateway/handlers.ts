import { existsSync, watch, type FSWatcher } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import {
  build,
  context,
  type BuildContext,
  type BuildFailure,
  type BuildOptions,
  type BuildResult,
} from 'esbuild';

import type { RouteDefinition } from '@eruz/api';

import { LAMBDA_ESBUILD_OPTIONS } from '../../../../infra/bundling.ts';

/** A Lambda handler of the API, as `functions/<domain>/<name>.ts` exports it. */
export type ProxyHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<unknown>;

/** Finds the handler of a route; undefined when its module does not exist (yet). */
export type HandlerSource = (route: RouteDefinition) => Promise<ProxyHandler | undefined>;

/** A handler source that builds bundles, and may watch their sources until disposed. */
export interface BundledHandlerSource extends HandlerSource {
  /** Stops watching sources; handlers already loaded keep working. Idempotent. */
  dispose(): Promise<void>;
}

/**
 * How the local runtime bundles a handler: the settings the stack gives esbuild for the
 * deployed function (`LAMBDA_ESBUILD_OPTIONS` of infra/bundling.ts), with the source map inline
 * rather than beside the bundle, so that stack traces name the `.ts` sources without a
 * second file. The sources' text is left out of the map: traces need only the mappings.
 */
export const LOCAL_BUNDLE_OPTIONS = {
  ...LAMBDA_ESBUILD_OPTIONS,
  sourcemap: 'inline',
  sourcesContent: false,
  write: false,
  logLevel: 'silent',
} as const satisfies BuildOptions;

/** Options of {@link bundledHandlerSource}. */
export interface BundledHandlerOptions {
  /** The repository root, which holds `functions/`. */
  root: string;
  /** Where bundles are written, as `<outDir>/<domain>/<name>/index.mjs`. */
  outDir: string;
  /**
   * Rebuild the handlers built so far when a source under `functions/` or `packages/`
   * changes, and serve a changed bundle from the next request on (a new module instance: a
   * cold start of that function).
   *
   * @default false
   */
  watch?: boolean;
  /** Told about rebuilds that failed or could not be loaded. */
  onError?: (message: string, error: unknown) => void;
  /** Told when a changed handler has been rebuilt and is served from now on. */
  onReload?: (handler: string) => void;
}

function asProxyHandler(file: string, module: { handler?: unknown }): ProxyHandler {
  if (typeof module.handler !== 'function') {
    throw new Error(`${file} does not export a function named handler`);
  }

  return module.handler as ProxyHandler;
}

/** A handler's bundle as last built: where it was written and a hash of its content. */
interface Bundle {
  file: string;
  hash: string;
}

async function writeBundle(name: string, file: string, result: BuildResult): Promise<Bundle> {
  const output = result.outputFiles?.[0];
  if (!output) throw new Error(`esbuild wrote no bundle for functions/${name}.ts`);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, output.contents);

  return { file, hash: output.hash };
}

/** Imports of bundles so far: each gets a URL of its own (see below). */
let imports = 0;

async function importBundle(bundle: Bundle): Promise<ProxyHandler> {
  // A new URL per import, so that Node's module cache neither serves an earlier version nor
  // keeps the error of an import that threw: each import is a fresh init.
  imports += 1;
  const url = `${pathToFileURL(bundle.file).href}?v=${encodeURIComponent(bundle.hash)}-${imports}`;

  return asProxyHandler(bundle.file, (await import(url)) as { handler?: unknown });
}

/** The text of a build failure, without esbuild's own framing. */
function buildErrors(error: unknown): string {
  const failure = error as Partial<BuildFailure>;

  return failure.errors?.map((message) => message.text).join('; ') ?? String(error);
}

/** How long sources must stay unchanged before a rebuild: an editor saves in bursts. */
const SETTLE_MS = 100;

/**
 * Loads handlers as the same esbuild bundles that are deployed (see
 * {@link LOCAL_BUNDLE_OPTIONS}), each built and imported on its first request and then kept,
 * as a warm Lambda keeps its module: the environment is read once, at that import. A module
 * that does not exist is looked for again on the next request, so a handler written while
 * the runtime runs is picked up; one that fails to build, or whose import throws, is tried
 * again on the next request, as Lambda runs a failed init again.
 *
 * With `watch`, `functions/` and `packages/` are watched (inotify, no polling); a change
 * rebuilds every handler built so far, incrementally, and a handler whose bundle changed is
 * imported again, a new cold start, from its next request on. Dependencies in
 * `node_modules` are not watched.
 */
export function bundledHandlerSource(options: BundledHandlerOptions): BundledHandlerSource {
  const onError = options.onError ?? ((message, error) => console.error(message, error));
  const built = new Map<string, Promise<Bundle>>();
  const loaded = new Map<string, Promise<ProxyHandler>>();
  /** With `watch`: each built handler's esbuild context and its last bundle. */
  const contexts = new Map<string, { context: BuildContext; last: Bundle }>();
  const watchers: FSWatcher[] = [];
  let settling: NodeJS.Timeout | undefined;
  let rebuilding = Promise.resolve();
  let disposed = false;

  const entryOf = (name: string) => join(options.root, 'functions', `${name}.ts`);
  const fileOf = (name: string) => join(options.outDir, name, 'index.mjs');

  /** Rebuilds a watched handler; serves its new bundle from the next request on. */
  async function rebuild(name: string) {
    const watched = contexts.get(name);
    if (!watched) return;
    let bundle: Bundle;
    try {
      const result = await watched.context.rebuild();
      if (result.outputFiles?.[0]?.hash === watched.last.hash) return;
      bundle = await writeBundle(name, fileOf(name), result);
    } catch (error) {
      onError(`functions/${name}.ts does not build; serving its last bundle`, buildErrors(error));

      return;
    }
    watched.last = bundle;
    built.set(name, Promise.resolve(bundle));
    if (!loaded.has(name)) return;
    try {
      loaded.set(name, Promise.resolve(await importBundle(bundle)));
      options.onReload?.(name);
    } catch (error) {
      onError(`functions/${name}.ts was rebuilt but could not be loaded`, error);
    }
  }

  function sourcesChanged(_event: string, file: string | null) {
    if (file?.split(sep).includes('node_modules')) return;
    clearTimeout(settling);
    settling = setTimeout(() => {
      // One round of rebuilds at a time; a change during one starts another after it.
      rebuilding = rebuilding.then(async () => {
        for (const name of contexts.keys()) await rebuild(name);
      });
    }, SETTLE_MS);
  }

  /** Starts watching the sources, once: when the first handler is built. */
  function watchSources() {
    if (watchers.length > 0 || disposed) return;
    for (const folder of ['functions', 'packages']) {
      if (!existsSync(join(options.root, folder))) continue;
      const watcher = watch(join(options.root, folder), { recursive: true }, sourcesChanged);
      watcher.on('error', (error) => onError(`cannot watch ${folder}/ any more`, error));
      watcher.unref();
      watchers.push(watcher);
    }
  }

  async function bundle(name: string): Promise<Bundle> {
    const file = fileOf(name);
    const buildOptions = { ...LOCAL_BUNDLE_OPTIONS, entryPoints: [entryOf(name)], outfile: file };
    if (!options.watch) return writeBundle(name, file, await build(buildOptions));

    // Kept for incremental rebuilds when sources change.
    watchSources();
    const watched = await context(buildOptions);
    try {
      const first = await writeBundle(name, file, await watched.rebuild());
      if (disposed) await watched.dispose();
      else contexts.set(name, { context: watched, last: first });

      return first;
    } catch (error) {
      await watched.dispose();
      throw error;
    }
  }

  /** The handler's bundle, built now unless a build is done or under way. */
  function bundleOf(name: string): Promise<Bundle> {
    let building = built.get(name);
    if (!building) {
      building = bundle(name);
      built.set(name, building);
      // A build that fails is tried again on the next request.
      building.catch(() => {
        if (built.get(name) === building) built.delete(name);
      });
    }

    return building;
  }

  const source = (route: RouteDefinition): Promise<ProxyHandler | undefined> => {
    const name = route.handler;
    const known = loaded.get(name);
    if (known) return known;
    if (!existsSync(entryOf(name))) return Promise.resolve(undefined);
    // Lambda runs with --enable-source-maps; traces through the bundle name the sources.
    process.setSourceMapsEnabled(true);
    const loading = bundleOf(name).then(importBundle);
    loaded.set(name, loading);
    loading.catch(() => {
      if (loaded.get(name) === loading) loaded.delete(name);
    });

    return loading;
  };

  return Object.assign(source, {
    dispose: async () => {
      disposed = true;
      clearTimeout(settling);
      for (const watcher of watchers.splice(0)) watcher.close();
      await rebuilding;
      const stopping = [...contexts.values()].map(({ context: watched }) => watched.dispose());
      contexts.clear();
      await Promise.all(stopping);
    },
  });
}
