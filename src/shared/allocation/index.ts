export * from './allocate-hours.js';
export * from './allocation.types.js';
export * from './forecast.js';
