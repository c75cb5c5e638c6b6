export * from './rule-pack.js';
export * from './packs.js';
export * from './calendar.js';
export * from './evaluate.js';
export * from './briefing.js';
export * from './lawyer-pack.js';
export * from './lawyer.js';
