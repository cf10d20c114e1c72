import type { RelationsTimeline } from '../relations-timeline/relations-timeline.js';

/**
 * The `<relations-timeline>` with id `id` that `host` links to: looked up in
 * the host's own tree first (a page, or the shadow root it sits in), then in
 * each enclosing tree, then in the document.
 */
export function findTimeline(host: Element, id: string): RelationsTimeline | undefined {
  const roots: (Document | ShadowRoot)[] = [];
  let root = host.getRootNode();
  while (root instanceof ShadowRoot) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  roots.push(document);
  for (const tree of roots) {
    const found = tree.getElementById(id);
    if (found?.localName === 'relations-timeline') return found as RelationsTimeline;
  }
  return undefined;
}

/**
 * Selects `eventId` in the timeline through its public `selected` property,
 * then brings the timeline into view once it has opened the event.
 */
export async function selectInTimeline(timeline: RelationsTimeline, eventId: string): Promise<void> {
  timeline.selected = eventId;
  await timeline.updateComplete;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  timeline.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
}
