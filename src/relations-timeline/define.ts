import { RelationsTimeline } from './relations-timeline.js';

// Guarded: a second copy of the library on the page must not throw.
if (!customElements.get('relations-timeline')) customElements.define('relations-timeline', RelationsTimeline);

export { RelationsTimeline };
