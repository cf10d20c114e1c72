/** Values of every element's `theme` attribute (kept apart from the styles so importing it costs nothing). */
/**
 * `auto` follows the page: the `color-scheme` it declares, which the element
 * inherits (`light dark` follows the reader's system; none, or `light`, stays
 * light); `system` follows the reader's `prefers-color-scheme` whatever the
 * page says; `light` and `dark` pin one.
 */
export const THEMES = ['auto', 'system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
