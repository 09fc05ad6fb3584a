export * from './route.ts';
export * from './problem.ts';
export * from './routes.ts';
export * from './openapi.ts';
