import { css } from 'lit';

export const styles = css`
  :host {
    --_card-accent: var(--alliance-card-accent, var(--_accent));
    --_fold-accent: var(--_card-accent);
    --_pad: var(--alliance-card-padding, var(--_space));
    /* One lane of stage marks on the zoomed strip. */
    --_lane-h: 1.125rem;
    container-type: inline-size;
    border-radius: var(--_radius);
  }

  .frame {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    overflow-wrap: anywhere;
  }

  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.875rem;
    padding: var(--_pad);
    border: var(--alliance-card-border, 1px solid var(--_border));
    border-radius: var(--_radius);
  }
  .card.compact {
    gap: 0.5rem;
  }
  /* A phone: tighter, so that a card in an embed keeps within 1,000 px. */
  @container (max-width: 24rem) {
    .card {
      padding: calc(var(--_pad) * 0.75);
      gap: 0.625rem;
    }
  }

  /* Header */
  .header {
    display: grid;
    gap: 0.3rem;
  }
  .title {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .compact .title {
    font-size: 1.0625em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem 0.6rem;
    margin: 0;
    font-size: 0.875em;
  }
  .kind {
    padding: 0.05rem 0.55rem;
    border: 1px solid var(--_card-accent);
    border-radius: 999px;
    font-weight: 600;
  }
  .dates {
    font-variant-numeric: tabular-nums;
    color: var(--_fg-muted);
  }
  .disputed {
    padding: 0 0.45rem;
    border: 1px dashed currentColor;
    border-radius: 999px;
  }
  .summary {
    margin: 0;
  }

  /* Duration bar */
  .bar {
    display: grid;
    gap: 0.4rem;
    margin: 0;
  }
  .scale {
    display: grid;
    forced-color-adjust: none;
    print-color-adjust: exact;
  }
  .axis {
    position: relative;
    block-size: 1.4em;
    font-size: 0.75em;
    line-height: 1.4;
    color: var(--_fg-muted);
    font-variant-numeric: tabular-nums;
  }
  .axis > span {
    position: absolute;
    inset-block-start: 0;
  }
  .axis-start {
    inset-inline-start: 0;
  }
  .axis-end {
    inset-inline-end: 0;
  }
  .axis-mid {
    inset-inline-start: var(--_at);
    translate: -50% 0;
  }
  .track,
  .mini {
    position: relative;
    block-size: 0.75rem;
    overflow: hidden;
    background: var(--_bg-raised);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .mini {
    block-size: 0.5rem;
    forced-color-adjust: none;
    print-color-adjust: exact;
  }
  .century {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--_at);
    border-inline-start: 1px solid var(--_border);
  }
  .segment {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--_from);
    inline-size: calc(var(--_to) - var(--_from));
    min-inline-size: 4px;
    background: var(--_card-accent);
  }
  .funnel {
    display: block;
    inline-size: 100%;
    block-size: 1.25rem;
    overflow: visible;
  }
  .funnel polygon {
    fill: var(--_bg-raised);
    stroke: var(--_border);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .zoom {
    position: relative;
    block-size: calc(var(--_lanes) * var(--_lane-h) + 0.625rem);
    background: var(--_bg-raised);
    border: 1px solid var(--_border);
    border-block-start: 0;
    border-radius: 0 0 calc(var(--_radius) * 0.5) calc(var(--_radius) * 0.5);
  }
  .zoom-axis {
    margin-block-start: 0.2rem;
  }
  /* Lane 0 runs along the strip; later lanes hang below it. */
  .run,
  .talks,
  .tail {
    position: absolute;
    inset-inline-start: var(--_from);
    inline-size: calc(var(--_to) - var(--_from));
    inset-block-start: calc(0.3125rem + var(--_lane-h) / 2 - 0.25rem);
    block-size: 0.5rem;
  }
  .run {
    min-inline-size: 3px;
    background: var(--_card-accent);
    border-radius: 2px;
  }
  /* Never formally ended: the bar runs on to today, ending in an arrow. */
  .bar[data-end='ongoing'] .run {
    border-radius: 2px 0 0 2px;
    clip-path: polygon(0 0, calc(100% - 0.5rem) 0, 100% 50%, calc(100% - 0.5rem) 100%, 0 100%);
  }
  /* Talks before the signature: a dotted lead-in. */
  .talks {
    block-size: 0;
    inset-block-start: calc(0.3125rem + var(--_lane-h) / 2 - 1px);
    border-block-start: 2px dotted var(--_fg-muted);
  }
  /* An end the sources do not date: dashes fading out. */
  .tail {
    background: repeating-linear-gradient(90deg, var(--_card-accent) 0 4px, transparent 4px 8px);
    mask-image: linear-gradient(90deg, #000, transparent);
  }
  .mark {
    position: absolute;
    z-index: 1;
    inset-inline-start: var(--_at);
    inset-block-start: calc(0.3125rem + var(--_lane-h) / 2 + var(--_lane) * var(--_lane-h));
    translate: -50% -50%;
    display: block;
    line-height: 0;
    color: var(--_fg);
  }
  .mark::before {
    content: '';
    position: absolute;
    z-index: -1;
    inset-block-end: 50%;
    inset-inline-start: calc(50% - 0.5px);
    block-size: calc(var(--_lane) * var(--_lane-h));
    border-inline-start: 1px solid var(--_fg-muted);
  }
  .stage-icon {
    flex: none;
    overflow: visible;
    fill: currentColor;
    stroke: var(--_bg-raised);
    stroke-width: 1.5;
    paint-order: stroke;
  }
  .stage-icon .hollow {
    fill: var(--_bg-raised);
    stroke: currentColor;
    stroke-width: 1.75;
  }
  .caption {
    font-size: 0.875em;
    font-weight: 600;
  }

  /* Sections */
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.875rem 1.75rem;
  }
  .column {
    display: grid;
    align-content: start;
    gap: 0.875rem;
  }
  @container (min-width: 40rem) {
    .columns {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (max-width: 24rem) {
    .full .title {
      font-size: 1.125em;
    }
    .columns,
    .column {
      gap: 0.625rem;
    }
    /* How it ended goes under its title, which then keeps its line. */
    .fold-toggle:has(.fold-value) {
      flex-wrap: wrap;
      row-gap: 0;
    }
    .fold-value {
      flex-basis: 100%;
      padding-inline-start: calc(0.45em + 0.75rem);
    }
  }
  .section {
    display: grid;
    gap: 0.35rem;
    align-content: start;
  }
  .section p,
  .fold p {
    margin: 0;
  }
  /* Folded sections: one compact row each, opening in place. */
  .folds {
    gap: 0.3rem;
  }
  .fold-body {
    padding-block-end: 0.4rem;
    padding-inline-start: calc(0.45em + 0.75rem);
  }
  .fold-value {
    font-size: 0.9375em;
  }
  .section-title {
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_fg-muted);
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.1rem;
  }
  li + li {
    margin-block-start: 0.2rem;
  }
  .parties {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.35rem;
    padding: 0;
    list-style: none;
  }
  .parties li {
    margin: 0;
    padding: 0 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
  }
  .stages {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }
  .stages li {
    margin: 0;
  }
  .stage-head {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .stage-text {
    flex: 0 1 auto;
    min-inline-size: 0;
  }
  .stage-name {
    font-weight: 600;
    margin-inline-end: 0.25rem;
  }
  .stage time {
    font-variant-numeric: tabular-nums;
  }
  .stage-note {
    display: block;
    padding-inline-start: calc(12px + 0.5rem);
    font-size: 0.875em;
    color: var(--_fg-muted);
  }
  /* A stage whose note folds: the chevron after its date; its shape stays in line with the others. */
  .stage-fold > .fold-toggle::before {
    order: 1;
  }
  .stages.folded {
    gap: 0.15rem;
  }
  .hint {
    font-size: 0.875em;
    color: var(--_fg-muted);
  }
  .event-date {
    font-size: 0.875em;
    color: var(--_fg-muted);
    font-variant-numeric: tabular-nums;
  }
  .event-date::before {
    content: '· ';
  }
  .source-note {
    font-size: 0.875em;
  }
  a {
    color: var(--_card-accent);
    text-underline-offset: 0.15em;
    transition: color var(--_duration);
  }
  a:hover {
    color: var(--_fg);
  }
  a:focus-visible {
    border-radius: 2px;
  }

  @media (forced-colors: active) {
    .segment,
    .run {
      background: CanvasText;
    }
    .tail {
      background: repeating-linear-gradient(90deg, CanvasText 0 4px, transparent 4px 8px);
    }
    .track,
    .mini,
    .zoom,
    .kind,
    .parties li {
      border-color: CanvasText;
    }
    .track,
    .mini,
    .zoom {
      background: Canvas;
    }
    .funnel polygon {
      fill: Canvas;
      stroke: CanvasText;
    }
    .mark,
    .stage-icon {
      color: CanvasText;
      stroke: Canvas;
    }
  }

  @media print {
    :host {
      background: none;
      color: black;
    }
    .card {
      break-inside: avoid;
    }
    .hint {
      display: none;
    }
    .source-list a::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }
  }
`;
