/**
 * The browser-safe contract (`@rv/schema/contract`): tenants, errors, events, rule packs and their
 * evaluation, the working calendar, the message catalogues and personal-data masks. Portals import
 * it instead of re-implementing masks, relations and dates. Nothing here may import a Node module
 * (contract.test.ts walks the import graph); node-only parts are added by `index.ts`.
 */
export * from './tenants.js';
export * from './errors.js';
export * from './events.js';
export * from './personal-data.js';
export * from './case-scope.js';
export * from './rules/index.js';
export * from './clock.js';
export * from './messages/index.js';
export * from './units.js';
export * from './staff-accounts.js';
