/**
 * Registers every element of the library: the entry of the script-tag (CDN)
 * build and of `france-russia-relations/all.js`. Each element's `define.ts` is
 * imported here as it lands; registration is guarded, so loading this file
 * twice, or beside another copy of the library, never throws.
 */
export * from './index.js';
