import type { ReactiveController, ReactiveControllerHost } from 'lit';
/** What this controller needs of a `<relations-timeline>`: its public `selected` property. */
type RelationsTimeline = HTMLElement & { selected: string | undefined; readonly updateComplete: Promise<boolean> };
import { warn } from './warn.js';

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
 * then brings the timeline into view once it has opened the event and moves
 * focus there (the timeline's `focus()` focuses its open event), so the
 * reader is not left on a link now off-screen.
 */
export async function selectInTimeline(timeline: RelationsTimeline, eventId: string): Promise<void> {
  timeline.selected = eventId;
  await timeline.updateComplete;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  timeline.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  timeline.focus({ preventScroll: true });
}

type LinkingHost = ReactiveControllerHost & HTMLElement & { htmlFor: string | undefined };

/**
 * The `for` attribute of the alliance elements: checks, once the host has its
 * data and the page is parsed, that `for` names a `<relations-timeline>`;
 * otherwise warns once and remembers it as missing, so the host shows a message
 * and links related events to their anchors instead.
 */
export class LinkedTimelineController implements ReactiveController {
  readonly #host: LinkingHost;
  readonly #tag: string;
  readonly #ready: () => boolean;
  #checked: string | undefined;
  #lastFor: string | undefined;
  /** The `for` value that named no timeline, if any. */
  missing: string | undefined;

  constructor(host: LinkingHost, tag: string, ready: () => boolean) {
    this.#host = host;
    this.#tag = tag;
    this.#ready = ready;
    host.addController(this);
  }

  /** The timeline id to link to, when it exists. */
  get linked(): string | undefined {
    const id = this.#host.htmlFor;
    return id && this.missing !== id ? id : undefined;
  }

  hostUpdate(): void {
    if (this.#host.htmlFor !== this.#lastFor) {
      this.#lastFor = this.#host.htmlFor;
      this.missing = undefined;
    }
  }

  hostUpdated(): void {
    const id = this.#host.htmlFor;
    if (id && id !== this.#checked && this.#ready()) {
      this.#checked = id;
      // After the page is parsed, so a timeline further down is found.
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', this.#check, { once: true });
      else queueMicrotask(this.#check);
    }
  }

  /** The linked timeline now, or undefined (reported as missing). */
  find(): RelationsTimeline | undefined {
    const id = this.#host.htmlFor;
    if (!id) return undefined;
    const timeline = findTimeline(this.#host, id);
    if (timeline) {
      if (this.missing) {
        this.missing = undefined;
        this.#host.requestUpdate();
      }
    } else {
      this.#report(id);
    }
    return timeline;
  }

  #check = () => {
    const id = this.#host.htmlFor;
    if (!id) return;
    if (findTimeline(this.#host, id)) {
      this.#found = id;
      this.#host.requestUpdate();
    } else this.#report(id);
  };

  #found: string | undefined;

  /**
   * The `for` id once a timeline with it has been found on the page; what a
   * gallery hands its cards, so they do not each report a missing timeline.
   */
  get verified(): string | undefined {
    const id = this.#host.htmlFor;
    return id && this.#found === id ? id : undefined;
  }

  #report(id: string) {
    warn({ tag: this.#tag, attribute: 'for', value: id, allowed: 'the id of a <relations-timeline> element on the page' });
    this.missing = id;
    this.#host.requestUpdate();
  }
}
