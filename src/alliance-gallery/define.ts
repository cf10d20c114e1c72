import '../alliance-card/define.js';
import { AllianceGallery } from './alliance-gallery.js';

// Guarded: a second copy of the library on the page must not throw.
if (!customElements.get('alliance-gallery')) customElements.define('alliance-gallery', AllianceGallery);

export { AllianceGallery };
