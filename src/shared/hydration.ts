import { isServer, LitElement } from 'lit';
import { dataOf } from './data-controller.js';

/**
 * True in the constructor of an element whose shadow root came with the page
 * (declarative shadow DOM from a server renderer, see src/ssr.ts).
 */
export const fromServer = (host: HTMLElement): boolean => !isServer && host.shadowRoot !== null;

/**
 * The base of our elements. One whose markup came from a server waits, before
 * its first render, for what that render needs (its DataController's
 * `prepare`: the data the server had loaded), so it draws what the server drew and Lit's
 * hydration adopts the server's nodes, instead of replacing them with a
 * loading status and then redrawing them.
 */
export class HydratingElement extends LitElement {
  readonly #fromServer = fromServer(this);

  protected override scheduleUpdate(): ReturnType<LitElement['scheduleUpdate']> {
    const data = this.#fromServer && !this.hasUpdated ? dataOf.get(this) : undefined;
    if (data) return data.prepare().then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }
}
