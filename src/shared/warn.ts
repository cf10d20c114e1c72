/**
 * Console warnings for bad input. Each names the element, the attribute, the
 * value given and the values allowed, and is printed once per distinct
 * (tag, attribute, value) so a page with fifty broken cards is not flooded.
 */

const warned = new Set<string>();

export interface BadInput {
  /** The element's tag name, e.g. `alliance-card`. */
  readonly tag: string;
  /** The attribute (or property) that holds the bad value. */
  readonly attribute: string;
  /** The value given; `undefined` or `null` when the attribute is missing. */
  readonly value: string | null | undefined;
  /** What would have been accepted: a list of values or a description. */
  readonly allowed: readonly string[] | string;
  /** What is wrong, when "unknown value" or "missing" does not say it. */
  readonly problem?: string;
}

/** A problem found in an element's input: its console warning and its visible message, together. */
export interface Finding {
  readonly warning: BadInput;
  readonly message: string;
}

/** The warning text for a bad input (also used by tests). */
export function badInputMessage(input: BadInput): string {
  const problem =
    input.problem ??
    (input.value == null || input.value === ''
      ? `the "${input.attribute}" attribute is missing`
      : `"${input.value}" is not a valid value for "${input.attribute}"`);
  const allowed =
    typeof input.allowed === 'string' ? input.allowed : input.allowed.map((v) => `"${v}"`).join(', ');
  return `<${input.tag}>: ${problem}. Allowed: ${allowed}.`;
}

/**
 * Warns once about a bad attribute value. Returns whether a warning was printed.
 */
export function warn(input: BadInput): boolean {
  const key = JSON.stringify([input.tag, input.attribute, input.value ?? null, input.problem ?? null]);
  if (warned.has(key)) return false;
  warned.add(key);
  console.warn(badInputMessage(input));
  return true;
}

/** Forgets which warnings were printed (for tests, which each expect their own). */
export function resetWarnings(): void {
  warned.clear();
}

/** Whether `value` is one of `allowed` (narrows to the enumeration's type). */
export function isOneOf<const T extends string>(allowed: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/**
 * Checks an enumerated attribute: returns the value when allowed, otherwise
 * warns once and returns `fallback`.
 */
export function checkEnum<const T extends string>(
  tag: string,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (isOneOf(allowed, value)) return value;
  if (value != null) warn({ tag, attribute, value, allowed });
  return fallback;
}
