import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--alliance-gallery-gap, 0.75rem);
    container-type: inline-size;
  }

  .frame {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .count,
  .empty {
    margin: 0;
    color: var(--_fg-muted);
    font-size: 0.875em;
  }
  .list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    justify-items: start;
    gap: 0.3rem;
  }
  alliance-card {
    inline-size: 100%;
    /* The browser's scroll anchor is then a toggle or a list item, never a node inside a card:
       a card that opens (or is still laying out) below its button grew above an anchor inside
       it, and the page scrolled the button away. */
    overflow-anchor: none;
  }
  .toggle {
    font: inherit;
    font-size: 0.875em;
    padding: 0.2rem 0.7rem;
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
    transition: background-color var(--_duration), color var(--_duration);
  }
  /* Opening: its card's agreement is on its way. */
  .toggle[aria-busy='true'] {
    cursor: progress;
  }
  .toggle:hover {
    background: var(--_bg-raised);
  }
  .toggle::after {
    content: '';
    display: inline-block;
    margin-inline-start: 0.45em;
    inline-size: 0.4em;
    block-size: 0.4em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform var(--_duration);
  }
  .toggle[aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(-135deg);
  }

  @media (forced-colors: active) {
    .toggle {
      border-color: ButtonText;
      color: ButtonText;
    }
  }

  @media print {
    :host {
      background: none;
    }
    .toggle {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
  }
`;
