export * from './errors.ts';
export * from './env.ts';
export * from './handler.ts';
export * from './logger.ts';
export * from './problem.ts';
export * from './redaction.ts';
export * from './validation.ts';
