export * from './i18n/languages.ts';
export * from './catalog/model.ts';
export * from './catalog/views.ts';
export * from './roles.ts';
export * from './i18n/messages.ts';
export * from './catalog/listing.ts';
export * from './pagination.ts';
export * from './search/index.ts';
