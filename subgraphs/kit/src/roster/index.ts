export * from './roster-file.js';
export * from './roster-columns.js';
export * from './roster-import.entity.js';
export * from './custody-change.entity.js';
export * from './roster.js';
export * from './custody.js';
