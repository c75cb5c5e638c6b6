export * from './tenants.js';
export * from './errors.js';
export * from './identity-header.js';
export * from './events.js';
export * from './outbox-feed.js';
export * from './personal-data.js';
export * from './case-scope.js';
export * from './supergraph.js';
