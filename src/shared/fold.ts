import { css, html, nothing, type TemplateResult } from 'lit';

export interface Fold {
  /** Part names of the `<details>` (the section's own, e.g. `sources`), if any. */
  readonly part?: string;
  /** What the summary says first: the section's heading or term. */
  readonly title: TemplateResult | string;
  /** How many items it folds, formatted for the locale; none for prose. */
  readonly count?: string;
  /** A short value shown in the summary beside the title ("Lapsed"). */
  readonly value?: string;
  readonly body: unknown;
  /** More classes for the `<details>`. */
  readonly className?: string;
}

/**
 * A secondary section folded behind a native disclosure: `<details>` whose
 * `<summary>` holds the section's title and the count of what it folds. It
 * needs no script (a server-rendered page folds and unfolds by itself),
 * opens with Enter or Space, is one tab stop, and holds no state of the
 * element's own: re-rendering and hydration leave it as the reader left it.
 * Browsers open it for find-in-page; print unfolds it.
 */
export function renderFold(fold: Fold): TemplateResult {
  return html`<details part=${fold.part ?? nothing} class=${fold.className ? `fold ${fold.className}` : 'fold'}>
    <summary part="section-toggle" class="fold-toggle">
      ${fold.title} ${fold.value ? html`<span class="fold-value">${fold.value}</span>` : nothing}
      ${fold.count === undefined ? nothing : html`<span part="count" class="count">${fold.count}</span>`}
    </summary>
    <div class="fold-body">${fold.body}</div>
  </details>`;
}

/** The disclosures' look; the title inside keeps its element's own style. */
export const foldStyles = css`
  .fold-toggle {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    /* A target of at least 24 px (WCAG 2.5.8), with the row's own height. */
    min-block-size: 1.75rem;
    inline-size: fit-content;
    max-inline-size: 100%;
    border-radius: 4px;
    cursor: pointer;
    list-style: none;
  }
  .fold-toggle::-webkit-details-marker {
    display: none;
  }
  /* A chevron (the corner of two borders, turned), pointing down when open: forced colours keep it. */
  .fold-toggle::before {
    content: '';
    flex: none;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline: 0.1em 0.15em;
    border-right: 2px solid var(--_fold-accent, var(--_accent));
    border-bottom: 2px solid var(--_fold-accent, var(--_accent));
    rotate: -45deg;
    transition: rotate var(--_duration);
  }
  .fold[open] > .fold-toggle::before {
    rotate: 45deg;
  }
  .fold-toggle:hover > :first-child {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
    /* A long title or value wraps beside the chevron, not below it. */
  .fold-toggle > * {
    min-inline-size: 0;
  }
  .fold-value {
    font-weight: 600;
  }
  .count {
    flex: none;
    min-inline-size: 1.6em;
    padding: 0 0.45em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: max(0.8em, 12px);
    font-weight: 600;
    line-height: 1.5;
    text-align: center;
    font-variant-numeric: tabular-nums;
    color: var(--_fg);
  }
  .fold-body {
    padding-block-start: 0.35rem;
  }

  /* Print unfolds every disclosure (a browser that does not know ::details-content drops this rule only). */
  @media print {
    .fold-toggle::before {
      display: none;
    }
    .fold::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
