/**
 * Synthetic events for the benchmark, never shipped: `count` events spread over the story's period,
 * of every kind, at the story's own places, from a seeded generator so that every run measures the
 * same data.
 */

/** Mulberry32: a small, fast, seeded pseudo-random generator. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['diplomacy', 'build-up', 'statement', 'decision'];

/** The story with `count` synthetic events added (and sorted in, as the data build would). */
export function withSyntheticEvents(story, count, seed = 2022) {
  const next = random(seed);
  const start = Date.parse(`${story.period.start}T00:00:00Z`);
  const days = Math.round((Date.parse(`${story.period.end}T00:00:00Z`) - start) / 86_400_000) + 1;
  const places = story.places.filter((p) => p.position && p.inRegion).map((p) => p.id);
  const source = Object.keys(story.sources)[0];
  const events = [...story.events];
  for (let i = 0; i < count; i++) {
    const date = new Date(start + Math.floor(next() * days) * 86_400_000).toISOString().slice(0, 10);
    const place = places[Math.floor(next() * places.length)];
    events.push({
      id: `synthetic-${i}`,
      date,
      kind: KINDS[Math.floor(next() * KINDS.length)],
      title: `Synthetic event ${i}`,
      places: [{place}],
      summary: 'A synthetic event for the benchmark.',
      sources: [{source}],
    });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {...story, events};
}
