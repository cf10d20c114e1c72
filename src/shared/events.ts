/**
 * Events the elements dispatch: one small Event subclass each, with typed
 * fields, registered in the global event maps so `addEventListener` is typed.
 */

/** An event of the history was opened (clicked, chosen with the keyboard, or selected from the URL hash). */
export class RelationsSelectEvent extends Event {
  static readonly eventName = 'relations-select';

  constructor(
    /** Id of the event opened. */
    readonly eventId: string,
  ) {
    // Bubbles so a page can listen on a container; not composed, so it stops at
    // a shadow root that holds the element (open-wc's events guidance).
    super(RelationsSelectEvent.eventName, { bubbles: true, composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'relations-select': RelationsSelectEvent;
  }
}
