export * from './rule-pack.js';
export * from './packs.js';
export * from './calendar.js';
export * from './evaluate.js';
export * from './briefing.js';
