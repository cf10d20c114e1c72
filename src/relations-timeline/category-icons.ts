import { svg, type SVGTemplateResult } from 'lit';
import type { Category } from '../data/types.js';

/**
 * One small glyph per category, so categories never rely on colour alone.
 * Paths are drawn on a 16×16 grid with `currentColor`.
 */
const PATHS: Record<Category, SVGTemplateResult> = {
  diplomacy: svg`<path d="M2 8h12M8 2v12M4 4l8 8M12 4l-8 8" stroke-width="1.6"/>`,
  alliance: svg`<circle cx="6" cy="8" r="3.5"/><circle cx="10" cy="8" r="3.5"/>`,
  treaty: svg`<path d="M4 2h6l3 3v9H4z M6 7h5M6 10h5"/>`,
  war: svg`<path d="M3 13 13 3M10 3h3v3M3 3l10 10M3 10v3h3"/>`,
  crisis: svg`<path d="M8 2 14.5 13.5h-13z M8 6.5v3.5M8 11.8v.2"/>`,
  visit: svg`<path d="M8 14s-5-4.6-5-8a5 5 0 0 1 10 0c0 3.4-5 8-5 8z"/><circle cx="8" cy="6" r="1.8"/>`,
  economy: svg`<path d="M2 13h12M4 13V8M8 13V4M12 13V6"/>`,
  culture: svg`<path d="M8 3 2 6h12z M3.5 6.5v5M6.5 6.5v5M9.5 6.5v5M12.5 6.5v5M2 13h12"/>`,
  espionage: svg`<circle cx="8" cy="8" r="2.2"/><path d="M1.5 8S4 3.5 8 3.5 14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8z"/>`,
  opinion: svg`<path d="M2.5 3.5h11v7H7l-3 2.5v-2.5H2.5z"/>`,
};

export function categoryIcon(category: Category) {
  return svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round">${PATHS[category]}</svg>`;
}
