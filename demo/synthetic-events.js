// Deterministic synthetic events in the dataset schema, for the stress page and
// the benchmark: same seed, same events, every run.
const CATEGORIES = ['diplomacy', 'alliance', 'treaty', 'war', 'crisis', 'visit', 'economy', 'culture', 'espionage', 'opinion'];
const WORDS = ['embassy', 'treaty', 'loan', 'squadron', 'exhibition', 'summit', 'convention', 'mission', 'visit', 'agreement', 'protocol', 'dispatch'];

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticEvents(count, seed = 1812) {
  const random = mulberry32(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const events = [];
  for (let i = 0; i < count; i++) {
    const year = 1668 + Math.floor((i / count) * 357);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const word = pick(WORDS);
    events.push({
      id: `synthetic-${i}`,
      date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      precision: 'day',
      category: pick(CATEGORIES),
      title: { en: `Synthetic ${word} no. ${i + 1}` },
      summary: { en: `A generated ${word} in ${year}, for measuring how the timeline scales.` },
      actors: [],
      // Any source of the bundled data will do; a stable, general one.
      sources: ['britannica-invasion-of-russia'],
      certainty: 'established',
    });
  }
  return events;
}
