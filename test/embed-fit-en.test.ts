/**
 * Embeds fit in 1,000 px (see embed-fit.ts): every English page. What happens
 * beyond the limit is in embed-beyond.test.ts, a file of its own so that each
 * stays within the runner's time for a file in WebKitGTK (this one takes about
 * 100 s there; the two together came within seconds of the 180 s limit).
 */
import { describePagesFit } from './embed-fit.js';

describePagesFit('en');
