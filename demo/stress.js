import { syntheticEvents } from './synthetic-events.js';

const count = Number(new URLSearchParams(location.search).get('count') ?? 10000);
const timeline = document.querySelector('#stress');
const start = performance.now();
timeline.events = syntheticEvents(count);
timeline.addEventListener('relations-select', (e) => console.info('selected', e.eventId));
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    document.querySelector('#timing').textContent = `${count.toLocaleString('en')} events rendered in ${Math.round(performance.now() - start)} ms.`;
  }),
);
