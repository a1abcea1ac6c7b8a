export * from './lang.js';
export * from './errors.js';
export * from './snapshot.js';
export * from './article.js';
export * from './fact.js';
export * from './content-hash.js';
export * from './limits.js';
