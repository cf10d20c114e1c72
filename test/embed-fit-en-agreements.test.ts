/**
 * Embeds fit in 1,000 px (see embed-fit.ts): every English agreement page. What happens
 * beyond the limit is in embed-beyond.test.ts.
 */
import { describePagesFit } from './embed-fit.js';

describePagesFit('en', ['agreement']);
