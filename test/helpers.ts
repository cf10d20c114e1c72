/** Shared test helpers. */

/** Records console.warn calls (as joined strings) until `restore()`. */
export function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}
