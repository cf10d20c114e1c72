/** Values of every element's `theme` attribute (kept apart from the styles so importing it costs nothing). */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
