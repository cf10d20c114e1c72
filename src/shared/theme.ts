import { css } from 'lit';

export { THEMES, type Theme } from './themes.js';

/**
 * Theme tokens shared by every element, first in each element's `static styles`.
 *
 * Three tiers of custom properties:
 * - `--frr-*`, the page's global theme, only ever *read* through fallbacks and
 *   never declared here, so `:root { --frr-color-accent: … }` reaches every
 *   element without any global stylesheet;
 * - `--<tag>-*`, per element, read by each element's own styles;
 * - `--_*`, private locals resolved below, which element styles use.
 *
 * Light and dark palettes come from `light-dark()` and `color-scheme`: `auto`
 * inherits the page's `color-scheme` (a light page keeps light elements for a
 * reader whose system prefers dark), `system` follows `prefers-color-scheme`,
 * `light` and `dark` pin one. Forced colours
 * map every token to system colours; reduced motion zeroes durations.
 */
export const themeStyles = css`
  :host {
    /* theme="auto": no color-scheme here, so the page's own (inherited) applies. */
    --_bg: var(--frr-color-surface, light-dark(#ffffff, #17191e));
    --_bg-raised: var(--frr-color-surface-raised, light-dark(#f4f5f7, #22252c));
    --_fg: var(--frr-color-text, light-dark(#1d2027, #e6e8ec));
    --_fg-muted: var(--frr-color-text-muted, light-dark(#545b68, #aab1bd));
    --_border: var(--frr-color-border, light-dark(#8a919e, #6b7280));
    --_accent: var(--frr-color-accent, light-dark(#1f4fa8, #8fb4ff));
    --_accent-alt: var(--frr-color-accent-alt, light-dark(#a8231c, #ff9b8f));
    --_focus: var(--frr-color-focus, light-dark(#1f4fa8, #8fb4ff));
    --_error: var(--frr-color-error, light-dark(#9f1d15, #ffb4ab));
    --_error-bg: var(--frr-color-error-surface, light-dark(#fdecea, #3b1512));
    --_radius: var(--frr-radius, 0.5rem);
    --_space: var(--frr-space, 1rem);
    --_duration: var(--frr-duration, 160ms);

    display: block;
    box-sizing: border-box;
    background: var(--_bg);
    color: var(--_fg);
    /* Inherit the page's font unless the theme names one. */
    font-family: var(--frr-font-family, inherit);
    font-size: var(--frr-font-size, inherit);
    /* Reset the inherited text properties aggressive page CSS tends to set. */
    line-height: var(--frr-line-height, 1.5);
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
  }

  /* Important, so the attribute wins over page rules that match the host ("[hidden] { display:
     block !important }", "article > * { display: block }"): a shadow tree's !important beats the
     page's. */
  :host([hidden]) {
    display: none !important;
  }

  /*
   * Page rules such as "* { color: red !important }" reach the host element
   * itself and would flow into the shadow tree through inheritance. The shadow
   * tree's top-level elements take these values back from the theme.
   */
  :host > * {
    color: var(--_fg);
    font-style: normal;
    font-weight: normal;
    line-height: var(--frr-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    /* Blog themes put a white "letterpress" shadow on body. */
    text-shadow: none;
    white-space: normal;
    visibility: visible;
  }

  :host([theme='system']) {
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  /* border-box everywhere inside, as the styles assume: not "inherit" from the host, whose
     box-sizing a page sets ("*, *::before { box-sizing: content-box !important }"), and whose
     chain breaks at the browser's own shadow trees (a <details>' summary and body). */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  [part~='error'] {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_error-bg);
    color: var(--_error);
  }

  [part~='loading'] {
    margin: 0;
    padding: var(--_space);
    color: var(--_fg-muted);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }

  @media (forced-colors: active) {
    :host {
      --_bg: Canvas;
      --_bg-raised: Canvas;
      --_fg: CanvasText;
      --_fg-muted: CanvasText;
      --_border: CanvasText;
      --_accent: LinkText;
      --_accent-alt: CanvasText;
      --_focus: Highlight;
      --_error: CanvasText;
      --_error-bg: Canvas;
    }
  }
`;
