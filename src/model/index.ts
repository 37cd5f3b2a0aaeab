export * from './entity.js';
export * from './name.js';
export * from './date.js';
export * from './identifier.js';
export * from './country.js';
