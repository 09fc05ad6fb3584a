export * from './i18n/languages.ts';
export * from './catalog/model.ts';
export * from './catalog/views.ts';
export * from './roles.ts';
