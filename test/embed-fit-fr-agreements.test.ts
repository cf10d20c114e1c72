/**
 * Embeds fit in 1,000 px (see embed-fit.ts): every French agreement page.
 */
import { describePagesFit } from './embed-fit.js';

describePagesFit('fr', ['agreement']);
