import { css, html, nothing } from 'lit';
import type { Source } from '../data/types.js';
import type { DataStrings } from '../i18n/strings.js';

/**
 * A record's sources as a list: title and publisher, linked only for http(s)
 * URLs (the loaders drop any other), opening in a new tab without passing the
 * page's origin, with the source's caveat (state media, mirror…) below it; a
 * title the editors supplied is shown in square brackets.
 */
export function renderSourceList(sources: readonly Source[], strings: DataStrings) {
  return html`<ul class="source-list">
    ${sources.map((source) => {
      const label = html`${source.titleSupplied ? `[${source.title}]` : source.title}<span class="publisher"> — ${source.publisher}</span>`;
      return html`<li>
        ${source.url
          ? html`<a href=${source.url} target="_blank" rel="noopener noreferrer">${label}<span class="visually-hidden"> ${strings.opensInNewTab}</span></a>`
          : label}
        ${source.note ? html`<span class="source-note">${source.note}</span>` : nothing}
      </li>`;
    })}
  </ul>`;
}

/** The list's own look; elements add spacing and sizes around it. */
export const sourceListStyles = css`
  /* Each link a target of at least 24 px in height (WCAG 2.5.8): one-line
     links in a small font sat 21 px apart. */
  .source-list > li + li {
    margin-block-start: 0.3rem;
  }
  .source-list a {
    display: inline-block;
    min-block-size: 24px;
    /* A link on two lines keeps its bullet on its first. */
    vertical-align: top;
  }
  .source-list .publisher,
  .source-list .source-note {
    color: var(--_fg-muted);
  }
  .source-list .source-note {
    display: block;
  }
`;
