import { html, svg, type SVGTemplateResult } from 'lit';
import type { Stage } from '../data/types.js';

/**
 * One shape per stage, so the bar and the list of stages read without colour:
 * open circle (negotiation), disc (signature), square (ratification), diamond
 * (entry into force), triangle (amendment), pause bars (suspension), cross (end).
 * Drawn in `currentColor` with a halo in the surface colour, so a mark stays
 * visible over the bar in light, dark and forced colours.
 */
const SHAPES: Readonly<Record<Stage, SVGTemplateResult>> = {
  negotiated: svg`<circle cx="6" cy="6" r="4" class="hollow" />`,
  signed: svg`<circle cx="6" cy="6" r="4.6" />`,
  ratified: svg`<rect x="1.8" y="1.8" width="8.4" height="8.4" />`,
  'in-force': svg`<path d="M6 0.6 11.4 6 6 11.4 0.6 6Z" />`,
  amended: svg`<path d="M6 1 11.2 10.6H0.8Z" />`,
  suspended: svg`<path d="M2.2 1.5h2.8v9H2.2zM7 1.5h2.8v9H7z" />`,
  ended: svg`<path d="M1.6 3.3 3.3 1.6 6 4.3 8.7 1.6 10.4 3.3 7.7 6 10.4 8.7 8.7 10.4 6 7.7 3.3 10.4 1.6 8.7 4.3 6Z" />`,
};

/** The shape of a stage, 12 × 12, hidden from assistive technology (the text says it). */
export function stageIcon(stage: Stage) {
  return html`<svg class="stage-icon" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">${SHAPES[stage]}</svg>`;
}
