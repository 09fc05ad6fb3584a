import type { BuildOptions } from 'esbuild';

/**
 * How every function is bundled, in one place: the stack hands these to NodejsFunction and
 * the benchmark hands the same to esbuild, so the measured bundle is the deployed one.
 */

/** Lets bundled ESM code call `require` for CommonJS dependencies. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/**
 * Credential sources of the SDK's default chain that a Lambda function never reaches: the
 * chain takes the role's credentials from the environment first, and only falls through to
 * SSO, profile files, processes, web identity or instance metadata when they are missing.
 * The chain loads these by dynamic `import()`, so leaving them out of the bundle removes
 * about 130 KiB (a quarter of a catalog function) and its parse time at cold start,
 * without changing what runs. Everything the function does use is bundled.
 */
export const UNREACHED_CREDENTIAL_SOURCES = [
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/credential-provider-login',
  '@aws-sdk/credential-provider-http',
  '@smithy/credential-provider-imds',
  '@aws-sdk/nested-clients',
  '@aws-sdk/token-providers',
] as const;

/** esbuild settings shared by the stack and the benchmark. */
export const LAMBDA_BUNDLE = {
  format: 'esm',
  target: 'node24',
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  minify: true,
  external: UNREACHED_CREDENTIAL_SOURCES,
} as const;

/**
 * The same settings as esbuild's own options, for code that calls esbuild directly (the
 * local runtime and the benchmark) rather than through NodejsFunction.
 */
export const LAMBDA_ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: LAMBDA_BUNDLE.format,
  target: LAMBDA_BUNDLE.target,
  mainFields: [...LAMBDA_BUNDLE.mainFields],
  banner: { js: LAMBDA_BUNDLE.banner },
  minify: LAMBDA_BUNDLE.minify,
  external: [...LAMBDA_BUNDLE.external],
} as const satisfies BuildOptions;
