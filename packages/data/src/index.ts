export * from './resources.ts';
export * from './identity.ts';
export * from './catalog-store.ts';
export * from './clients.ts';
export * from './catalog-reader.ts';
export * from './memo.ts';
