import { css } from 'lit';

/*
 * Answer colours: every fill has at least 4.5:1 against the surface, so values
 * written on it (white in light, near-black in dark) stay legible and the shape
 * itself clears 3:1. The two sides differ in hue (blue and red-orange, apart
 * for red-green colour blindness) and shades step in lightness; order, labels
 * and marker shapes carry the meaning too, never colour alone. Patterned tones
 * ("don't know", the unreported rest) take their fill from an SVG pattern set
 * as an attribute, so CSS colours only the others. Forced colours: positive
 * and odd options solid, negative, neutral and even options outlined. Print:
 * the table twin always prints.
 */
export const styles = css`
  :host {
    --_opc-accent: var(--opinion-poll-chart-accent, var(--_accent));
    --_pos-1: var(--opinion-poll-chart-positive, light-dark(#173f78, #8fb8f2));
    --_pos-2: light-dark(#2a62a8, #b3cff6);
    --_pos-3: light-dark(#3a74b8, #cfe0fa);
    --_neg-1: var(--opinion-poll-chart-negative, light-dark(#8f1d16, #ff8a78));
    --_neg-2: light-dark(#b3261e, #ffab8f);
    --_neg-3: light-dark(#c2410c, #ffc9b8);
    --_neutral: var(--opinion-poll-chart-neutral, light-dark(#5f6673, #a3a9b4));
    --_dk: light-dark(#6b7280, #8e95a1);
    --_opt-1: var(--opinion-poll-chart-option, light-dark(#0b6e99, #6cc3e8));
    --_opt-2: light-dark(#b8420f, #ff9e6b);
    --_opt-3: light-dark(#2d7d46, #7fd19a);
    --_opt-4: light-dark(#8e3b8f, #e3a3e3);
    --_opt-5: light-dark(#8a6100, #e6c15a);
    --_opt-6: light-dark(#6d5bd0, #b4a9ff);
    --_on-fill: light-dark(#ffffff, #111111);
    --_track: light-dark(#eceef1, #2a2e36);
    --_fold-accent: var(--_opc-accent);
    container-type: inline-size;
    /* Important: a page's reset ("* { padding: 0 }", Tailwind's preflight) matches the host and
       would otherwise win, leaving the text against the edge of the chart's surface. */
    padding: calc(var(--_space) * 0.75) !important;
    border-radius: var(--_radius);
  }

  .defs {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
  }

  .frame {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.65);
    overflow-wrap: anywhere;
  }

  [part~='loading'] {
    min-block-size: 14rem;
  }

  .header {
    display: grid;
    gap: 0.4rem;
  }
  .title {
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }
  .group {
    display: grid;
    gap: 0.6rem;
    padding-block-start: 0.25rem;
    border-block-start: 1px solid var(--_border);
  }
  .header + .group {
    border-block-start: 0;
    padding-block-start: 0;
  }
  /* A folded question: its heading is the toggle; open, the chart below it at full width. */
  details.group {
    display: block;
  }
  .question-fold > .fold-body {
    display: grid;
    gap: 0.6rem;
  }
  .question-fold + .question-fold {
    padding-block-start: 0;
  }
  .frame > .tail {
    display: grid;
    gap: 0.3rem;
  }
  .group-title {
    font-weight: 700;
    font-size: 1.05em;
    line-height: 1.35;
  }
  .figure {
    display: grid;
    gap: 0.6rem;
    margin: 0;
  }
  .summary {
    font-weight: 600;
  }
  .mc-note,
  .chart-notes p,
  .flag-note {
    margin: 0;
    font-size: 0.875em;
    color: var(--_fg-muted);
  }
  .chart-notes {
    display: grid;
    gap: 0.25rem;
  }
  .flag-note {
    padding-inline-start: 0.6rem;
    border-inline-start: 3px solid var(--_accent-alt);
    color: var(--_fg);
  }
  .flag-mark {
    font-weight: 700;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .swatch {
    flex: none;
    overflow: visible;
  }
  .legend-value {
    font-variant-numeric: tabular-nums;
  }
  .muted {
    color: var(--_fg-muted);
  }
  .plot {
    position: relative;
    inline-size: 100%;
  }
  .chart {
    display: block;
    /*
     * Drawn by a server at a default width: scaled down inside a box of the
     * height it was drawn at, until redrawn at the real width in place.
     */
    max-inline-size: 100%;
    overflow: visible;
    font-size: 13px;
  }
  .chart text {
    fill: var(--_fg);
  }
  .chart .tick,
  .chart .muted {
    fill: var(--_fg-muted);
    font-variant-numeric: tabular-nums;
  }
  .chart .row-label,
  .chart .wave-label {
    font-weight: 600;
  }
  .chart .value,
  .chart .in-label,
  .chart .out-label,
  .chart .end-label {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .leader {
    stroke: var(--_fg-muted);
    stroke-width: 1;
  }
  .grid {
    stroke: var(--_border);
    stroke-opacity: 0.45;
    stroke-dasharray: 2 3;
  }
  .axis {
    stroke: var(--_fg-muted);
  }
  .track {
    fill: var(--_track);
  }
  .tone-pos-1 {
    --_c: var(--_pos-1);
  }
  .tone-pos-2 {
    --_c: var(--_pos-2);
  }
  .tone-pos-3 {
    --_c: var(--_pos-3);
  }
  .tone-neg-1 {
    --_c: var(--_neg-1);
  }
  .tone-neg-2 {
    --_c: var(--_neg-2);
  }
  .tone-neg-3 {
    --_c: var(--_neg-3);
  }
  .tone-neutral {
    --_c: var(--_neutral);
  }
  .tone-dont-know {
    --_c: var(--_dk);
  }
  .tone-unreported {
    --_c: var(--_fg-muted);
  }
  .tone-opt-1 {
    --_c: var(--_opt-1);
  }
  .tone-opt-2 {
    --_c: var(--_opt-2);
  }
  .tone-opt-3 {
    --_c: var(--_opt-3);
  }
  .tone-opt-4 {
    --_c: var(--_opt-4);
  }
  .tone-opt-5 {
    --_c: var(--_opt-5);
  }
  .tone-opt-6 {
    --_c: var(--_opt-6);
  }
  .fill:not(.tone-unreported):not(.tone-dont-know) {
    fill: var(--_c);
  }
  .fill.tone-unreported {
    stroke: var(--_border);
    stroke-width: 1;
  }
  .pattern-bg {
    fill: var(--_bg);
  }
  .pattern-line {
    stroke: var(--_fg-muted);
    stroke-width: 1.5;
    stroke-opacity: 0.6;
  }
  .pattern-dk {
    fill: var(--_dk);
  }
  .pattern-dot {
    fill: var(--_bg);
    fill-opacity: 0.45;
  }
  .chart .in-label {
    fill: var(--_on-fill);
  }
  .chart .in-label.on-unreported {
    fill: var(--_fg);
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .chart .in-label.on-dont-know {
    stroke: var(--_dk);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .line {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .line.long {
    stroke-dasharray: 5 5;
    stroke-width: 2;
  }
  .marker {
    fill: var(--_c);
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .flagged .marker {
    fill: var(--_bg);
    stroke: var(--_c);
    stroke-width: 2;
  }
  .chart .flag {
    font-weight: 700;
  }
  .chart .end-label {
    fill: var(--_c);
  }
  .hit {
    fill: transparent;
  }
  .mark {
    cursor: default;
    outline: none;
  }
  .mark .fill {
    transition: opacity var(--_duration);
  }
  .mark:hover .fill {
    opacity: 0.85;
  }
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2;
    visibility: hidden;
  }
  .mark:focus-visible .ring {
    visibility: visible;
  }

  .tooltip {
    position: absolute;
    z-index: 2;
    inline-size: max-content;
    max-inline-size: min(16rem, 80cqi);
    padding: 0.35rem 0.55rem;
    border-radius: 4px;
    background: var(--_fg);
    color: var(--_bg);
    /* em, not rem: a page's root size (62.5 % on many blogs) made it 8 px. */
    font-size: max(0.8125em, 12px);
    line-height: 1.35;
    pointer-events: none;
    transform: translate(-50%, calc(-100% - 10px));
  }
  .tooltip[data-align='start'] {
    transform: translate(-12px, calc(-100% - 10px));
  }
  .tooltip[data-align='end'] {
    transform: translate(calc(-100% + 12px), calc(-100% - 10px));
  }
  .wording p {
    margin: 0 0 0.25rem;
  }
  /* Run in: the label on the line of the question it introduces. */
  .wording p > .term {
    display: inline;
    margin-inline-end: 0.35em;
  }
  .wording .original .fold-body {
    padding-block: 0;
  }
  .term {
    display: block;
    /* Never under 12 px ("Notes" and "Sources" sit in 0.875em blocks). */
    font-size: max(0.8em, 12px);
    font-weight: 700;
    letter-spacing: 0.02em;
    color: var(--_fg-muted);
  }
  q {
    font-style: italic;
  }
  /*
   * The facts beside every figure, always visible but dense: each term runs in
   * on the line of its value, and the items flow side by side, a long one
   * taking a line of its own.
   */
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1.25rem;
    margin: 0;
    padding: 0.6rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    font-size: 0.875em;
  }
  .meta-item {
    flex: 0 1 auto;
    max-inline-size: 100%;
  }
  .meta dt {
    display: inline;
    margin-inline-end: 0.4em;
    font-size: max(0.85em, 12px);
    font-weight: 700;
    color: var(--_fg-muted);
  }
  .meta dd {
    display: inline;
    margin: 0;
  }
  /* On a phone the items rarely fit side by side: they run on as one paragraph instead, a short
     one finishing the line of a long one (a series' facts: about 16 lines at 390 px become 12). */
  @container (width < 30rem) {
    .meta {
      display: block;
    }
    .meta-item {
      display: inline;
      margin-inline-end: 1em;
    }
    /* A term stays whole, so each value still starts after its label. */
    .meta dt {
      white-space: nowrap;
    }
    /* The question in the size of the facts it belongs with: a long translated question took
       seven lines at 390 px. */
    .wording {
      font-size: 0.875em;
    }
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .button {
    font: inherit;
    font-size: 0.9375em;
    padding: 0.2rem 0.8rem;
    border: 1px solid var(--_opc-accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: transparent;
    color: var(--_opc-accent);
    cursor: pointer;
  }
  .button[aria-pressed='true'] {
    background: var(--_opc-accent);
    color: var(--_bg);
  }
  .button:hover {
    text-decoration: underline;
  }

  .table-scroll {
    overflow-x: auto;
  }
  .twin.visually-hidden .table-scroll {
    overflow: visible;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
  }
  table.waves {
    inline-size: max-content;
    min-inline-size: 100%;
  }
  .waves thead th {
    min-inline-size: 6.5em;
    max-inline-size: 12em;
  }
  .waves tbody th {
    white-space: nowrap;
  }
  .waves td:last-child {
    min-inline-size: 12em;
  }
  caption {
    max-inline-size: 100cqi;
    position: sticky;
    inset-inline-start: 0;
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.4rem;
  }
  th,
  td {
    padding: 0.3rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    font-size: 0.9em;
    color: var(--_fg-muted);
  }
  td.num {
    text-align: end;
    white-space: nowrap;
  }
  .group-head {
    background: var(--_bg-raised);
  }
  .mc {
    font-weight: 400;
    color: var(--_fg-muted);
  }
  tr[data-kind='unreported'] th,
  tr[data-kind='unreported'] td {
    color: var(--_fg-muted);
    font-style: italic;
  }
  .notes .fold-body > p,
  .notes ul,
  .sources ul {
    margin: 0.2rem 0 0;
  }
  .methodology,
  .notes,
  .sources {
    font-size: 0.875em;
  }
  /* Folded in a compact chart: the facts in the size of the notes around them. */
  .methodology .meta {
    margin-block-start: 0.2rem;
    font-size: 1em;
  }
  .notes ul,
  .sources ul {
    padding-inline-start: 1.1rem;
  }
  .wave-notes {
    margin-block-start: 0.35rem;
  }
  .wave-notes-title {
    font-weight: 600;
  }
  .note-date {
    font-weight: 600;
  }
  a {
    color: var(--_opc-accent);
    text-underline-offset: 0.15em;
  }

  @media (forced-colors: active) {
    .chart,
    .swatch {
      forced-color-adjust: none;
    }
    .chart text,
    .chart .tick,
    .chart .end-label,
    .chart .in-label.on-unreported,
    .chart .in-label.on-dont-know {
      fill: CanvasText;
      stroke: none;
    }
    .fill:not(.tone-unreported):not(.tone-dont-know) {
      fill: CanvasText;
    }
    .fill:not(.tone-unreported):not(.tone-dont-know):is([class*='tone-neg'], .tone-neutral, .tone-opt-2, .tone-opt-4, .tone-opt-6) {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1.5;
    }
    .chart .in-label {
      fill: Canvas;
    }
    .chart .in-label[class*='on-neg'],
    .chart .in-label.on-neutral,
    .chart .in-label.on-opt-2,
    .chart .in-label.on-opt-4,
    .chart .in-label.on-opt-6 {
      fill: CanvasText;
    }
    .fill.tone-unreported,
    .fill.tone-dont-know {
      stroke: CanvasText;
    }
    .pattern-bg,
    .pattern-dk {
      fill: Canvas;
    }
    .pattern-line {
      stroke: CanvasText;
    }
    .pattern-dot {
      fill: CanvasText;
      fill-opacity: 1;
    }
    .line {
      stroke: CanvasText;
    }
    .marker {
      fill: CanvasText;
      stroke: Canvas;
    }
    .flagged .marker {
      fill: Canvas;
      stroke: CanvasText;
    }
    .grid,
    .axis {
      stroke: GrayText;
    }
    .leader {
      stroke: CanvasText;
    }
    .track {
      fill: Canvas;
      stroke: GrayText;
    }
    .ring {
      stroke: Highlight;
    }
    .tooltip {
      background: Canvas;
      color: CanvasText;
      border: 1px solid CanvasText;
    }
    .button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }

  @media print {
    :host {
      background: none;
      color: black;
      padding: 0 !important;
    }
    .actions,
    .tooltip,
    .ring {
      display: none;
    }
    .twin.visually-hidden {
      position: static;
      inline-size: auto;
      block-size: auto;
      margin: 0;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
    .group,
    .figure,
    .meta,
    tr {
      break-inside: avoid;
    }
  }
`;
