export * from './screening-index.js';
