import { html, isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { DataError } from '../data/load.js';
import { localeOf } from '../i18n/locale-controller.js';
import type { UiStrings } from '../i18n/strings.js';
import { renderError } from './error-message.js';
import { warn } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Where focus may go in an element's content once it has loaded. */
const FOCUSABLE = 'a[href], button:not([disabled]), input, select, summary, [tabindex="0"]';

/** How an element gets its data: see {@link DataController}. */
export interface DataSource<A extends readonly unknown[], T> {
  /** The inputs (attributes, locale…); when one changes, the data is read or loaded again. */
  readonly args: () => A;
  /**
   * The data, if everything it needs is already loaded (bundled parts after
   * `preload`, or loaded by another element); `undefined` otherwise. This is
   * the synchronous path: no loading state, and what a server renderer uses.
   */
  readonly read?: (args: A) => T | undefined;
  /** Loads the data; a rejection shows the element's error. */
  readonly load: (args: A) => Promise<T>;
  /**
   * Loads what the first render of server-rendered markup needs, so that it
   * draws what the server drew (see {@link DataController.prepare}); `load` if
   * not given.
   */
  readonly prepare?: (args: A) => Promise<unknown>;
}

/** Each host's data controller, for the hydration of server markup (see hydration.ts). */
export const dataOf = new WeakMap<HTMLElement, { prepare(): Promise<void> }>();

const same = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
  !!a && a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

/**
 * Owns an element's data: reads it synchronously when it is already loaded,
 * else loads it through a `@lit/task` Task; turns every failure into a
 * {@link DataError} with one console warning naming the element and its `src`;
 * and renders the pending, error (with a retry button) and complete states the
 * one way every element shares. A failed load is not cached: "Try again", or
 * any change of the inputs, loads again.
 */
export class DataController<const A extends readonly unknown[], T> implements ReactiveController {
  readonly #host: Host;
  readonly #source: DataSource<A, T>;
  readonly #task: Task<A, T>;
  #last: A | undefined;
  #sync: T | undefined;
  /** "Try again" had focus, and took it away with it: focus follows the load until it settles. */
  #refocus = false;

  constructor(host: Host, source: DataSource<A, T>) {
    this.#host = host;
    this.#source = source;
    this.#task = new Task(host, {
      args: source.args,
      autoRun: false,
      task: (args) => this.#load(args),
    });
    host.addController(this);
    dataOf.set(host, this);
  }

  hostUpdate(): void {
    const args = this.#source.args();
    // The content shows once the element's strings are here too: never a flash of English.
    this.#sync = localeOf.get(this.#host)?.ready === false ? undefined : this.#source.read?.(args);
    if (this.#sync === undefined && !same(this.#last, args)) void this.#task.run(args);
    this.#last = args;
  }

  /** The data, once read or loaded. */
  get value(): T | undefined {
    // A server renderer runs no controller hooks: read what is preloaded.
    if (isServer) return this.#source.read?.(this.#source.args());
    return this.#sync ?? (this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined);
  }

  /**
   * Before the first update of an element whose markup came from a server:
   * loads what its first render needs, so that this render matches the
   * server's (the data instead of a loading status) and hydrates in place.
   * Failures are left for the normal path to show.
   */
  async prepare(): Promise<void> {
    const args = this.#source.args();
    const strings = localeOf.get(this.#host)?.load();
    if (this.#source.read?.(args) !== undefined) return void (await strings);
    await Promise.all([(this.#source.prepare ?? this.#source.load)(args), strings]).catch(() => undefined);
  }

  /** True while nothing can be shown yet. */
  get pending(): boolean {
    return this.#sync === undefined && this.#task.status !== TaskStatus.COMPLETE && this.#task.status !== TaskStatus.ERROR;
  }

  /** Loads again (after a failure). */
  retry = (): void => {
    this.#refocus = !!this.#host.shadowRoot?.activeElement?.matches('[part~="retry"]');
    void this.#task.run(this.#source.args());
  };

  /**
   * The retry button goes as the load starts: focus waits on the loading
   * status, then moves to the content (its first control in sight) or, if the
   * load failed again, to the new button; never to the page's `<body>`.
   */
  hostUpdated(): void {
    if (!this.#refocus) return;
    const root = this.#host.shadowRoot;
    if (this.pending) return void root?.querySelector<HTMLElement>('[part~="loading"]')?.focus();
    this.#refocus = false;
    const shown = [...(root?.querySelectorAll<HTMLElement>(`[part~="retry"], ${FOCUSABLE}`) ?? [])].find((el) => el.checkVisibility());
    shown?.focus();
  }

  /**
   * The loading status (the same template before and during a load, so
   * server-rendered markup hydrates), a translated error in `part="error"`
   * with a retry button, or the element's content.
   */
  render(strings: UiStrings, complete: (value: T) => unknown): unknown {
    // Focusable by script only: focus waits there while "Try again" loads.
    const loading = () => html`<p part="loading" role="status" tabindex="-1">${strings.loading}</p>`;
    if (isServer) {
      const value = this.value;
      return value === undefined ? loading() : complete(value);
    }
    if (this.#sync !== undefined) return complete(this.#sync);
    return this.#task.render({
      initial: loading,
      pending: loading,
      complete,
      error: (error) => {
        const failure = error instanceof DataError ? error : undefined;
        return html`${renderError(failure ? strings.loadFailed(failure.url, failure.failure) : strings.loadFailed('', 'invalid'))}
          ${failure?.failure === 'part' || failure?.failure === 'network'
            ? html`<button type="button" part="retry" class="retry" @click=${this.retry}>${strings.retry}</button>`
            : ''}`;
      },
    });
  }

  async #load(args: A): Promise<T> {
    try {
      const [value] = await Promise.all([this.#source.load(args), localeOf.get(this.#host)?.load()]);
      return value;
    } catch (error) {
      // The message is shown in the element's language: let its strings finish loading.
      await localeOf.get(this.#host)?.load().catch(() => undefined);
      const src = this.#host.getAttribute('src') ?? '';
      const failure = error instanceof DataError ? error : new DataError('invalid', src, String(error));
      if (failure.failure === 'part') {
        // Not bad input: the page could not fetch one of our chunks.
        console.warn(`<${this.#host.localName}>: could not load part of the library from "${failure.url}": ${failure.detail}. Host the files of dist/cdn/chunks/ beside the script.`);
      } else {
        warn({
          tag: this.#host.localName,
          attribute: 'src',
          value: failure.url,
          problem: `could not use the dataset at "${failure.url}" (${failure.detail})`,
          allowed: 'the URL of a JSON file that follows the france-russia-relations schema (see data/schema/)',
        });
      }
      throw failure;
    }
  }
}
