/**
 * Embeds fit in 1,000 px (see embed-fit.ts): every French poll and series page.
 */
import { describePagesFit } from './embed-fit.js';

describePagesFit('fr', ['poll', 'series']);
