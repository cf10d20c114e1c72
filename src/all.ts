/**
 * Registers every element of the library: the entry of the script-tag (CDN)
 * build and of `france-russia-relations/all.js`. Registration is guarded, so
 * loading this file twice, or beside another copy of the library, never throws.
 */
import './relations-timeline/define.js';
import './alliance-card/define.js';
import './alliance-gallery/define.js';
import './opinion-poll-chart/define.js';

export * from './index.js';
