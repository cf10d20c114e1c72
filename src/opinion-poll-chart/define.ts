import { OpinionPollChart } from './opinion-poll-chart.js';

// Guarded: a second copy of the library on the page must not throw.
if (!customElements.get('opinion-poll-chart')) customElements.define('opinion-poll-chart', OpinionPollChart);

export { OpinionPollChart };
