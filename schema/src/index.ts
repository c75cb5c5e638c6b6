/** The server's entry: the browser-safe contract plus what needs Node (crypto, pg, files). */
export * from './contract.js';
export * from './identity-header.js';
export * from './outbox-feed.js';
export * from './supergraph.js';
