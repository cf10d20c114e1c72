import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { fromServer } from '../shared/hydration.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Tracks printing (between `beforeprint` and `afterprint`), so the host can
 * render everything expanded for the print snapshot.
 */
export class PrintController implements ReactiveController {
  readonly #host: Host;
  /** True while the page is being printed. */
  printing = false;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#before);
    window.addEventListener('afterprint', this.#after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#before);
    window.removeEventListener('afterprint', this.#after);
  }

  #before = () => {
    this.printing = true;
    this.#host.requestUpdate();
    // Render synchronously enough for the print snapshot.
    (this.#host as Host & { performUpdate(): void }).performUpdate();
  };

  #after = () => {
    this.printing = false;
    this.#host.requestUpdate();
  };
}

/**
 * Keeps an id in the page URL's hash while `enabled()`: `write(id)` replaces
 * the hash (no history entry), and a hash naming an id (on load or on
 * `hashchange`) is handed to `onHash`.
 */
export class HashController implements ReactiveController {
  readonly #enabled: () => boolean;
  readonly #onHash: (id: string) => void;
  /**
   * Markup from a server, drawn without the URL: its first render must match
   * it to hydrate, so the hash is read after that render.
   */
  #waiting: boolean;

  constructor(host: Host, enabled: () => boolean, onHash: (id: string) => void) {
    this.#enabled = enabled;
    this.#onHash = onHash;
    this.#waiting = fromServer(host);
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.read);
    this.read();
  }

  hostUpdated(): void {
    if (!this.#waiting) return;
    this.#waiting = false;
    this.read();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.read);
  }

  /** Hands the id in the hash, if any, to the host. */
  readonly read = (): void => {
    if (isServer || this.#waiting || !this.#enabled()) return;
    const id = decodeURIComponent(location.hash.slice(1));
    if (id && /^[a-z0-9-]+$/.test(id)) this.#onHash(id);
  };

  write(id: string): void {
    if (this.#enabled() && location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
  }
}
