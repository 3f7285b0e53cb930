// Writes ../resources/fsrs/fixtures.json: what ts-fsrs 5.4.2 (the reference FSRS-6 implementation)
// schedules for many rating sequences. Run by hand after `npm install` in this folder; the JSON is
// committed and FsrsFixturesTest holds the Java scheduler to it. Fuzz is off: the numbers are exact.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEmptyCard, fsrs, generatorParameters, State, FSRSVersion } from 'ts-fsrs';

const START = '2026-01-05T09:00:00.000Z';
const MINUTE = 60_000;
const DAY = 86_400_000;

// A step is a rating (1-4), reviewed at the card's due time moved by `shift` minutes (negative: early).
const named = [
  ['good x6, again x2, good x5 (literature anchor)', [3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3]],
  ['again first, then good', [1, 3, 3, 3, 3]],
  ['hard first', [2, 2, 3, 3, 3]],
  ['hard on the second learning step', [3, 2, 2, 3, 3, 3]],
  ['easy first', [4, 4, 4, 4]],
  ['easy after a learning step', [3, 4, 3, 3]],
  ['again on every learning step', [1, 1, 1, 3, 3]],
  ['lapse then hard in relearning', [3, 3, 3, 1, 2, 3, 3]],
  ['lapse then easy in relearning', [3, 3, 3, 3, 1, 4, 3]],
  ['three lapses', [3, 3, 3, 1, 3, 3, 1, 3, 3, 1, 3, 3]],
  ['hard reviews', [3, 3, 2, 2, 2, 2, 2]],
  ['mixed', [2, 3, 4, 1, 1, 2, 3, 4, 2, 3]],
].map(([name, ratings]) => ({ name, steps: ratings.map((rating) => ({ rating, shift: 0 })) }));

const shifted = [
  ['late review of a review card', [[3, 0], [3, 0], [3, 0], [3, 3 * 24 * 60], [3, 0]]],
  ['early review of a review card', [[3, 0], [3, 0], [3, 0], [3, -2 * 24 * 60], [3, 0]]],
  ['review card answered again very late', [[3, 0], [3, 0], [1, 40 * 24 * 60], [3, 0], [3, 0]]],
  ['learning step answered a day late', [[3, 0], [3, 24 * 60], [3, 0]]],
  ['learning step answered early', [[1, 0], [3, -1], [3, -5], [3, 0]]],
  ['same-day review of a review card', [[4, 0], [3, -3 * 24 * 60 + 60], [2, -10 * 24 * 60], [3, 0]]],
  ['relearning step late by days', [[3, 0], [3, 0], [3, 0], [1, 0], [3, 7 * 24 * 60], [3, 0]]],
].map(([name, pairs]) => ({ name, steps: pairs.map(([rating, shift]) => ({ rating, shift })) }));

// Random sequences from a fixed seed (mulberry32), so the file is the same on every run.
function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20261129);
const randomSequences = [];
for (let i = 0; i < 60; i++) {
  const length = 3 + Math.floor(random() * 18);
  const steps = [];
  for (let j = 0; j < length; j++) {
    const r = random();
    const rating = r < 0.15 ? 1 : r < 0.3 ? 2 : r < 0.85 ? 3 : 4;
    const s = random();
    // mostly on time; sometimes early (down to a few days) or late (up to two months)
    const shift = s < 0.6 ? 0 : s < 0.8 ? -Math.floor(random() * 4 * 24 * 60) : Math.floor(random() * 60 * 24 * 60);
    steps.push({ rating, shift });
  }
  randomSequences.push({ name: `random ${i + 1}`, steps });
}

const retentions = [0.9, 0.7, 0.8, 0.85, 0.95, 0.97];
const cases = [];
let index = 0;
for (const seq of [...named, ...shifted, ...randomSequences]) {
  // the named sequences at 0.9 and at one other retention; the random ones each at one retention
  const rs = index < named.length + shifted.length ? [0.9, retentions[1 + (index % (retentions.length - 1))]] : [retentions[index % retentions.length]];
  index++;
  for (const retention of rs) {
    const scheduler = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: false }));
    let card = createEmptyCard(new Date(START));
    const reviews = [];
    for (const { rating, shift } of seq.steps) {
      let at = new Date(card.due.getTime() + shift * MINUTE);
      if (card.last_review && at < card.last_review) {
        at = new Date(card.last_review.getTime()); // never before the last review
      }
      card = scheduler.next(card, at, rating).card;
      reviews.push({
        rating, shift, review: at.toISOString(), state: State[card.state], stability: card.stability,
        difficulty: card.difficulty, due: card.due.toISOString(), scheduled_days: card.scheduled_days,
        learning_steps: card.learning_steps, reps: card.reps, lapses: card.lapses,
        retrievability_at_due: scheduler.get_retrievability(card, card.due, false),
      });
    }
    cases.push({ name: seq.name, retention, start: START, reviews });
  }
}

const out = fileURLToPath(new URL('../resources/fsrs/fixtures.json', import.meta.url));
writeFileSync(out, JSON.stringify({ generator: `ts-fsrs ${FSRSVersion}`, minute: MINUTE, day: DAY, cases }, null, 1) + '\n');
console.log(`${cases.length} sequences, ${cases.reduce((n, c) => n + c.reviews.length, 0)} reviews -> ${out}`);
