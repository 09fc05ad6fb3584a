export * from './resources.ts';
export * from './identity.ts';
