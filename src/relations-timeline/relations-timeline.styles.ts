import { css } from 'lit';

export const styles = css`
  :host {
    --_height: var(--relations-timeline-height, 44rem);
    --_gap: var(--relations-timeline-gap, 1rem);
    --_tl-accent: var(--relations-timeline-accent, var(--_accent));
    /* Climate colours: distinct in hue and lightness; each band also has a pattern. */
    --_allied: light-dark(#1f6f4a, #5fc796);
    --_cordial: light-dark(#2f7fb8, #7cbdf0);
    --_mixed: light-dark(#7a7f8a, #a3a9b4);
    --_tense: light-dark(#b07a00, #f0c04a);
    --_hostile: light-dark(#c2410c, #ff9a62);
    --_at-war: light-dark(#8f1d2c, #ff6b81);
    container-type: inline-size;
    border-radius: var(--_radius);
    /* A fixed height, the same while loading and once loaded: the page never
       shifts around the element, and the list scrolls inside it. Never taller
       than the window, though: with the text zoomed (44rem grows with it) a
       nested scroller taller than the viewport traps the reader's scrolling. */
    block-size: min(var(--_height), var(--relations-timeline-max-height, 100svh));
  }
  /* On a phone (or a short window) the whole timeline stays well within the
     screen, leaving some of the page in view to scroll by.
     The value is in CSS, not measured, so server-rendered pages do not shift. */
  @media (width < 40rem), (height < 40rem) {
    :host {
      block-size: min(var(--_height), var(--relations-timeline-max-height, 85svh));
    }
  }

  .frame {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    box-sizing: border-box;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.75);
    overflow-wrap: anywhere;
  }

  .frame > * {
    flex: none;
    min-inline-size: 0;
  }
  .frame > .list,
  .frame > [part~='loading'] {
    flex: 1 1 auto;
    min-block-size: 0;
  }

  /* A window under 20rem tall (a laptop's zoomed to 400 %: 320 × 256 CSS px) would leave
     the list two lines under the controls and the overview. There the controls scroll
     with the page, and the list alone takes the height the whole element takes elsewhere
     (WCAG 1.4.10): scrolled into view, it fills most of the screen. Still sized by CSS,
     so nothing shifts when the events arrive. */
  @media (height < 20rem) {
    :host {
      block-size: auto;
    }
    .frame {
      gap: calc(var(--_space) * 0.375);
      padding: calc(var(--_space) * 0.25) calc(var(--_space) * 0.5);
    }
    .frame > .list,
    .frame > [part~='loading'] {
      flex: none;
      block-size: min(var(--_height), var(--relations-timeline-max-height, 85svh));
    }
  }

  /* Controls */
  .controls,
  .panel {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.5rem;
    align-items: center;
  }
  /* The fold for narrow widths: hidden where everything fits. */
  .filters-toggle {
    display: none;
    align-items: center;
    gap: 0.4rem;
    min-block-size: 2.25rem;
    padding: 0.35rem 0.75rem;
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
  }
  .filters-toggle::after {
    content: '';
    inline-size: 0.4em;
    block-size: 0.4em;
    margin-inline-start: 0.2em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .filters-toggle[aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .filters-toggle:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .badge {
    min-inline-size: 1.4em;
    padding: 0 0.35em;
    border-radius: 999px;
    background: var(--_tl-accent);
    color: var(--_bg);
    font-size: 0.875em;
    font-weight: 700;
    text-align: center;
  }
  @container (width < 40rem) {
    .controls:has(> .filters-toggle) {
      grid-template-columns: auto 1fr;
      grid-template-areas: 'toggle count' 'panel panel';
    }
    .filters-toggle {
      display: inline-flex;
      grid-area: toggle;
    }
    .controls:has(> .filters-toggle) > .count {
      grid-area: count;
      text-align: end;
    }
    /* Only beside the toggle: with search alone there are no named areas to place it in. */
    .controls:has(> .filters-toggle) > .panel {
      grid-area: panel;
    }
    .controls:not([data-expanded]) > .panel:has(.filters) {
      display: none;
    }
    /* A shorter sticky era heading leaves more of a phone's screen to the events. */
    .era-title {
      font-size: 1em;
    }
  }
  input[type='search'],
  select {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.45rem 0.6rem;
    min-inline-size: 0;
    inline-size: 100%;
  }
  .era-filter {
    display: grid;
    gap: 0.2rem;
    font-size: 0.875em;
    color: var(--_fg-muted);
  }
  .era-filter select {
    color: var(--_fg);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    padding: 0.2rem 0.6rem 0.2rem 0.35rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8125em;
    cursor: pointer;
    user-select: none;
  }
  .chip input {
    margin: 0;
    accent-color: var(--_tl-accent);
  }
  .chip:has(input:checked) {
    background: var(--_bg-raised);
    border-color: var(--_tl-accent);
    font-weight: 600;
  }
  .chip:has(input:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .count {
    margin: 0;
    font-size: 0.875em;
    color: var(--_fg-muted);
  }
  @container (width >= 40rem) {
    .panel {
      grid-template-columns: minmax(12rem, 2fr) minmax(10rem, 1fr);
    }
    .filters {
      grid-column: 1 / -1;
    }
  }

  /* Overview strip */
  /* Every band is a target of at least 24 × 24 px (WCAG 2.5.8); when they do
     not all fit (phones), the strip scrolls sideways, its axis with it. */
  .overview {
    overflow-x: auto;
    overflow-y: hidden;
    scrollbar-width: thin;
    /* With the bands' own 2 px, room for a focused band's whole ring (2 px at a 2 px offset),
       which this scroller would otherwise cut off above and at the ends. */
    padding: 2px 2px 0;
  }
  .strip {
    display: grid;
    gap: 0.2rem;
    /* 24 px bands, 2 px gaps and the padding: wider than the box only when they do not fit. */
    inline-size: max(100%, calc(var(--_bands, 1) * 26px + 2px));
  }
  /* The padding below holds the marker of the era in view. */
  .bands {
    display: flex;
    gap: 2px;
    margin: 0;
    padding: 2px 2px 9px;
    list-style: none;
  }
  .band-item {
    flex-basis: 0;
    min-inline-size: 24px;
    block-size: max(1.5rem, 24px);
  }
  .band {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    padding: 0;
    border: 0;
    border-radius: 3px;
    background-color: var(--_c);
    cursor: pointer;
    position: relative;
  }
  .band:disabled {
    opacity: 0.3;
    cursor: default;
  }
  .band[aria-current='true']::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(50% - 5px);
    inset-block-start: calc(100% + 3px);
    border: 5px solid transparent;
    border-block-start-width: 0;
    border-block-end-color: var(--_fg);
  }
  .band[aria-current='true'] {
    box-shadow: 0 0 0 2px var(--_fg);
  }
  [data-climate='allied'] {
    --_c: var(--_allied);
  }
  [data-climate='cordial'] {
    --_c: var(--_cordial);
  }
  [data-climate='mixed'] {
    --_c: var(--_mixed);
  }
  [data-climate='tense'] {
    --_c: var(--_tense);
  }
  [data-climate='hostile'] {
    --_c: var(--_hostile);
  }
  [data-climate='at-war'] {
    --_c: var(--_at-war);
  }
  /* Patterns, so climates read without colour. */
  .band[data-climate='tense'] {
    background-image: repeating-linear-gradient(90deg, transparent 0 6px, rgb(0 0 0 / 0.25) 6px 8px);
  }
  .band[data-climate='hostile'] {
    background-image: repeating-linear-gradient(45deg, transparent 0 4px, rgb(0 0 0 / 0.3) 4px 6px);
  }
  .band[data-climate='at-war'] {
    background-image: repeating-linear-gradient(45deg, transparent 0 3px, rgb(0 0 0 / 0.35) 3px 5px),
      repeating-linear-gradient(-45deg, transparent 0 3px, rgb(0 0 0 / 0.35) 3px 5px);
  }
  .axis {
    margin-block-start: -3px;
    display: flex;
    justify-content: space-between;
    font-size: 0.75em;
    color: var(--_fg-muted);
    font-variant-numeric: tabular-nums;
  }

  /* List */
  .list {
    position: relative;
    overflow-x: hidden;
    overflow-y: auto;
    /* Keep the width stable when the scrollbar appears, so rows measured by the
       virtualizer do not resize in the same frame. */
    scrollbar-gutter: stable;
    overscroll-behavior: contain;
    scroll-behavior: smooth;
    /* Focus scrolls stop below the sticky era heading (measured on use; this is the one-line height). */
    scroll-padding-block: 3.5rem 0.5rem;
    border-block-start: 1px solid var(--_border);
    padding-inline-end: 0.25rem;
  }
  /* Virtualized list: rows are absolutely positioned by the virtualizer, which
     also sets the scroll position (to correct its estimates, or to bring a row
     into view): instantly, or it reads a position still on its way. */
  .virtual {
    scroll-behavior: auto;
  }
  /* Focus waits on a virtualized list when its focused row is scrolled away; a compact list is a tab stop. */
  .list:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .vlist {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .vlist > li {
    inline-size: 100%;
    padding-block-end: var(--_gap);
    /* Each row lays out on its own: a fling brings new rows every frame, and the virtualizer's
       reads (scroll position, row sizes) then lay out those rows, not the whole list (a fling
       through 10,000 events: frames over 25 ms from 57 % to 23 %, median of nine). Not paint:
       it would clip focus rings. */
    contain: layout style;
  }
  .era-row .era-title {
    position: static;
  }
  @media (prefers-reduced-motion: reduce) {
    .list {
      scroll-behavior: auto;
    }
  }
  .era {
    padding-block: 0.75rem 0.25rem;
  }
  .era-title {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    padding-block: 0.4rem;
    background: var(--_bg);
    border-block-end: 1px solid var(--_border);
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  /* In a window under 20rem tall the list is a few lines high: a sticky era heading
     (two or three lines on a narrow screen) would cover all of it. It scrolls away instead. */
  @media (height < 20rem) {
    .era-title {
      position: static;
    }
  }
  .era-meta {
    font-size: 0.8em;
    font-weight: 400;
    color: var(--_fg-muted);
  }
  .climate::before {
    content: '';
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    margin-inline-end: 0.3em;
    border-radius: 2px;
    background: var(--_c);
  }
  .era-summary {
    margin: 0.4rem 0 0.75rem;
    color: var(--_fg-muted);
    font-size: 0.9375em;
  }
  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .event {
    position: relative;
    display: grid;
    gap: 0.2rem;
    padding-inline-start: 1.1rem;
    border-inline-start: 3px solid var(--_border);
  }
  .event[data-open] {
    border-inline-start-color: var(--_tl-accent);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.6rem;
    font-size: 0.8125em;
    color: var(--_fg-muted);
  }
  time {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    color: var(--_fg);
  }
  .category {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .icon {
    flex: none;
  }
  .disputed {
    padding: 0 0.4rem;
    border: 1px dashed currentColor;
    border-radius: 999px;
  }
  .title {
    font-weight: 700;
    font-size: 1em;
    line-height: 1.35;
  }
  .toggle {
    all: unset;
    box-sizing: border-box;
    cursor: pointer;
    color: var(--_fg);
    font: inherit;
    text-align: start;
  }
  .toggle::after {
    content: '';
    display: inline-block;
    margin-inline-start: 0.4em;
    inline-size: 0.4em;
    block-size: 0.4em;
    border-inline-end: 2px solid var(--_tl-accent);
    border-block-end: 2px solid var(--_tl-accent);
    transform: translateY(-0.2em) rotate(45deg);
    transition: transform var(--_duration);
  }
  .toggle[aria-expanded='true']::after {
    transform: translateY(0.05em) rotate(-135deg);
  }
  .toggle:hover {
    color: var(--_tl-accent);
  }
  .toggle:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .summary {
    margin: 0;
  }
  .details {
    display: grid;
    gap: 0.5rem;
    margin-block: 0.25rem 0.5rem;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_bg-raised);
    font-size: 0.9375em;
  }
  .details[hidden] {
    display: none;
  }
  .details p {
    margin: 0;
  }
  .group-title {
    display: block;
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_fg-muted);
  }
  .details ul {
    margin: 0.2rem 0 0;
    padding-inline-start: 1.1rem;
  }
  .role {
    color: var(--_fg-muted);
  }
  .source-note {
    font-size: 0.875em;
  }
  a {
    color: var(--_tl-accent);
    text-underline-offset: 0.15em;
  }
  .empty {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    padding: var(--_space);
  }
  .empty p {
    margin: 0;
  }
  .clear {
    font: inherit;
    padding: 0.35rem 0.8rem;
    border: 1px solid var(--_tl-accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: transparent;
    color: var(--_tl-accent);
    cursor: pointer;
  }

  @container (min-width: 44rem) {
    .event {
      grid-template-columns: 10.5rem 1fr;
      column-gap: 1rem;
      padding-inline-start: 0;
      border-inline-start: 0;
    }
    .meta {
      grid-row: 1 / span 4;
      flex-direction: column;
      align-items: flex-end;
      text-align: end;
      padding-inline-end: 1rem;
      border-inline-end: 3px solid var(--_border);
    }
    .event[data-open] .meta {
      border-inline-end-color: var(--_tl-accent);
    }
    .title,
    .summary,
    .details {
      grid-column: 2;
    }
  }

  /* Forced colours: system colours only, and a distinct pattern per climate in
     CanvasText, so the six climates stay apart without their colours. */
  @media (forced-colors: active) {
    .band {
      forced-color-adjust: none;
      background-color: Canvas;
      border: 1px solid CanvasText;
      --_p: CanvasText;
    }
    .band[aria-current='true'] {
      background-color: Highlight;
      --_p: HighlightText;
    }
    /* Opacity alone does not read as "unavailable" in a high-contrast theme: the system's own colour and a dashed edge do. */
    .band:disabled {
      opacity: 1;
      border: 1px dashed GrayText;
      --_p: GrayText;
    }
    .band[data-climate='allied'] {
      background-image: none;
    }
    .band[data-climate='cordial'] {
      background-image: repeating-linear-gradient(0deg, var(--_p) 0 1px, transparent 1px 6px);
    }
    .band[data-climate='mixed'] {
      background-image: repeating-linear-gradient(90deg, var(--_p) 0 1px, transparent 1px 6px);
    }
    .band[data-climate='tense'] {
      background-image: repeating-linear-gradient(-45deg, var(--_p) 0 1px, transparent 1px 6px);
    }
    .band[data-climate='hostile'] {
      background-image: repeating-linear-gradient(45deg, var(--_p) 0 2px, transparent 2px 5px);
    }
    .band[data-climate='at-war'] {
      background-image: repeating-linear-gradient(45deg, var(--_p) 0 2px, transparent 2px 5px),
        repeating-linear-gradient(-45deg, var(--_p) 0 2px, transparent 2px 5px);
    }
  }

  @media print {
    :host {
      block-size: auto;
      background: none;
      color: black;
    }
    .frame {
      block-size: auto;
    }
    .controls,
    .overview,
    .visually-hidden {
      display: none;
    }
    .list {
      block-size: auto;
      overflow: visible;
      border: 0;
    }
    .era-title {
      position: static;
    }
    .event {
      break-inside: avoid;
    }
    .toggle::after {
      display: none;
    }
  }
`;
