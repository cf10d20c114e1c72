/**
 * Embeds fit in 1,000 px (see embed-fit.ts): every Russian poll and series page.
 */
import { describePagesFit } from './embed-fit.js';

describePagesFit('ru', ['poll', 'series']);
