import { AllianceCard } from './alliance-card.js';

// Guarded: a second copy of the library on the page must not throw.
if (!customElements.get('alliance-card')) customElements.define('alliance-card', AllianceCard);

export { AllianceCard };
