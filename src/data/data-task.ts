import { html, type ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { UiStrings } from '../i18n/strings.js';
import { renderError } from '../shared/error-message.js';
import { warn } from '../shared/warn.js';
import { DataError } from './load.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A `Task` that loads an element's data. Loaders stay plain async functions; this
 * wrapper makes every failure a {@link DataError} and prints one console warning
 * naming the element and its `src`, so all elements fail the same way.
 */
export function createDataTask<const A extends readonly unknown[], T>(
  host: Host,
  args: () => A,
  load: (args: A) => Promise<T>,
): Task<A, T> {
  return new Task(host, {
    args,
    task: async (values) => {
      try {
        return await load(values);
      } catch (error) {
        const failure =
          error instanceof DataError
            ? error
            : new DataError('invalid', host.getAttribute('src') ?? '', String(error));
        warn({
          tag: host.localName,
          attribute: 'src',
          value: failure.url,
          problem: `could not use the dataset at "${failure.url}" (${failure.detail})`,
          allowed: 'the URL of a JSON file that follows the france-russia-relations schema (see data/schema/)',
        });
        throw failure;
      }
    },
  });
}

/**
 * Renders a data task's states the one way every element shares: the same
 * loading template for initial and pending (so server-rendered markup hydrates),
 * a translated error in `part="error"`, or the element's own content.
 */
export function renderDataTask<T>(
  task: Task<readonly unknown[], T>,
  strings: UiStrings,
  complete: (value: T) => unknown,
): unknown {
  const loading = () => html`<p part="loading" role="status">${strings.loading}</p>`;
  return task.render({
    initial: loading,
    pending: loading,
    complete,
    error: (error) =>
      renderError(
        error instanceof DataError
          ? strings.loadFailed(error.url, error.failure)
          : strings.loadFailed('', 'invalid'),
      ),
  });
}
