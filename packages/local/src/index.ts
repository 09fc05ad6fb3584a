/**
 * `@eruz/local`: the whole API on one machine, with no AWS account, Docker or internet.
 * See docs/local-runtime.md.
 */
export {
  FALLBACK_REGIONS,
  startLocalRuntime,
  type LocalRuntime,
  type LocalRuntimeOptions,
} from './runtime.ts';
export { applyEnvironment, localEnvironment, type Endpoints } from './environment.ts';
export { LOCAL_CREDENTIALS, LOCAL_REGION, LOCAL_STAGE } from './constants.ts';
export { matchRoute, type RouteMatch } from './gateway/routing.ts';
export {
  INTEGRATION_TIMEOUT_MS,
  buildContext,
  buildEvent,
  encodeBody,
  requestTime,
  splitTarget,
  type EventOptions,
  type GatewayRequest,
} from './gateway/event.ts';
export {
  TokenRejectedError,
  bearerToken,
  RESOURCE_SERVER_ID,
  cognitoAuthorizer,
  javaDateString,
  toAuthorizerClaims,
  verifyToken,
  type Authorizer,
  type TokenUse,
  type VerifyOptions,
} from './gateway/authorizer.ts';
export {
  LOCAL_BUNDLE_OPTIONS,
  bundledHandlerSource,
  type BundledHandlerOptions,
  type BundledHandlerSource,
  type HandlerSource,
  type ProxyHandler,
} from './gateway/handlers.ts';
export {
  DEFAULT_MAX_BODY_BYTES,
  CORS_ALLOW_HEADERS,
  createGateway,
  preflightHeaders,
  toReply,
  type AccessLogEntry,
  type GatewayOptions,
} from './gateway/server.ts';
export { gatewayProblem, problemLanguage, type GatewayProblem } from './gateway/problems.ts';
export { escapeHtml, renderDocsPage, schemaSummary } from './docs-page.ts';
export {
  dispatchS3Event,
  registerS3Consumer,
  registerStreamConsumer,
  startStreamPoller,
  toLambdaRecord,
  type S3Consumer,
  type StreamConsumer,
  type StreamPollerOptions,
} from './events.ts';
export { readLocalMessages } from './messages.ts';
export {
  LOCAL_CLIENT_NAME,
  ensureTable,
  ensureTopics,
  ensureUserPool,
  localPoolName,
} from './provision.ts';
export { lockDataDir, readState, writeState, type LocalState } from './state.ts';
export { startS3, toS3Event } from './stand-ins/s3.ts';
export { checkJava, parseJavaMajor, MIN_JAVA } from './stand-ins/java.ts';
