/**
 * Loading datasets given by URL (the `src` attribute of every element). The
 * bundled data needs none of this; a page that points `src` at its own file
 * gets clear, typed failures instead of a blank element.
 */
/**
 * Why data could not be used: a dataset given by URL failed to fetch (`network`,
 * `http`), parse (`json`) or validate (`invalid`), or a part of the bundled
 * data could not be loaded (`part`).
 */
export type LoadFailure = 'network' | 'http' | 'json' | 'invalid' | 'part';

/** A dataset could not be fetched, parsed or validated. */
export class DataError extends Error {
  override readonly name = 'DataError';

  constructor(
    /** What went wrong, in a word (translated for display by `UiStrings.loadFailed`). */
    readonly failure: LoadFailure,
    /** The URL as the page gave it. */
    readonly url: string,
    /** The detail for the console: status code, parse error, schema path. */
    readonly detail: string,
  ) {
    super(`${url}: ${detail}`);
  }
}

/** Input that does not follow the schema; `path` points at the (first) offending value. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';

  constructor(
    readonly path: string,
    readonly expected: string,
    /** Further problems found in the same input, for one warning that lists the first few. */
    readonly more: readonly ValidationError[] = [],
  ) {
    super([`${path || '(root)'}: expected ${expected}`, ...more.map((e) => e.message)].join('; '));
  }
}

/** Checks unknown input and returns it typed, or throws a {@link ValidationError}. */
export type Validator<T> = (input: unknown) => T;

// Several elements on one page often share one `src`: fetch and parse it once.
const responses = new Map<string, Promise<unknown>>();

async function fetchParsed(url: string, href: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(href, { credentials: 'same-origin' });
  } catch (error) {
    throw new DataError('network', url, String(error));
  }
  if (!response.ok) throw new DataError('http', url, `HTTP ${response.status}`);
  try {
    return (await response.json()) as unknown;
  } catch (error) {
    throw new DataError('json', url, String(error));
  }
}

/**
 * Fetches and parses the JSON at `url` (resolved against the page), sharing one
 * request between callers. Failures are not cached, so a later attempt retries.
 */
export function fetchJson(url: string): Promise<unknown> {
  const href = new URL(url, document.baseURI).href;
  let pending = responses.get(href);
  if (!pending) {
    pending = fetchParsed(url, href);
    pending.catch(() => responses.delete(href));
    responses.set(href, pending);
  }
  return pending;
}

/** Fetches the JSON at `url` and validates it, turning schema errors into a {@link DataError}. */
export async function loadJson<T>(url: string, validate: Validator<T>): Promise<T> {
  const input = await fetchJson(url);
  try {
    return validate(input);
  } catch (error) {
    if (error instanceof ValidationError) throw new DataError('invalid', url, error.message);
    throw error;
  }
}
