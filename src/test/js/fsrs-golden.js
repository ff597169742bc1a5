// Prints golden FSRS-6 schedules from the npm ts-fsrs package, for FsrsGoldenTest to compare with
// our Java port: {cases: [{name, params, cardId, start, ratings, delays, steps: [[4 previews]...]}]}.
// Each step previews all four grades on the card; the case's rating picks the next card, reviewed
// at its due time plus delays[i] hours.
const { fsrs, createEmptyCard, Rating, StrategyMode, GenSeedStrategyWithCardId } = require('ts-fsrs');

const START = Date.UTC(2022, 11, 29, 12, 30, 0);
const ANKI = [1, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3];
const MIXED = [3, 2, 4, 1, 2, 3, 4, 4, 1, 3, 2, 1, 3, 4];
const LATE = [0, 5, 30, 70, 200, 0, 26, 2, 49, 100, 300, 1, 24, 500];
const OTHER_W = [
  0.3, 1.1, 3.0, 14.5, 6.8, 0.6, 2.4, 0.02, 1.6, 0.2, 0.9, 1.7, 0.08, 0.3, 2.0, 0.35, 2.5, 0.4, 0.3, 0.1, 0.25,
];

const cases = [
  { name: 'default, reviewed when due', params: {}, ratings: ANKI },
  { name: 'default, mixed grades reviewed late', params: {}, ratings: MIXED, delays: LATE },
  { name: 'retention 0.8, maximum 30 days', params: { request_retention: 0.8, maximum_interval: 30 }, ratings: ANKI },
  { name: 'retention 0.95, no short-term', params: { request_retention: 0.95, enable_short_term: false }, ratings: ANKI },
  { name: 'no short-term, mixed late', params: { enable_short_term: false }, ratings: MIXED, delays: LATE },
  {
    name: 'other weights, three learning and two relearning steps',
    params: { w: OTHER_W, learning_steps: ['5m', '30m', '1h'], relearning_steps: ['10m', '1h'] },
    ratings: MIXED,
    delays: LATE,
  },
  {
    name: 'fuzz seeded by card id, maximum 100 days',
    params: { enable_fuzz: true, maximum_interval: 100 },
    cardId: 'in-bd-cert-mou-signed|date',
    ratings: ANKI,
    delays: LATE,
  },
  { name: 'fuzz, mixed grades', params: { enable_fuzz: true }, cardId: 'fact-7|count', ratings: MIXED },
  { name: 'no learning steps', params: { learning_steps: [], relearning_steps: [] }, ratings: MIXED, delays: LATE },
  { name: 'a one-day learning step', params: { learning_steps: ['10m', '1d'] }, ratings: MIXED },
];

function plain(card) {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    reps: card.reps,
    lapses: card.lapses,
    learning_steps: card.learning_steps,
    state: card.state,
    last_review: card.last_review ? card.last_review.getTime() : null,
  };
}

const out = cases.map((c) => {
  const f = fsrs(c.params);
  if (c.cardId) f.useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId('card_id'));
  let card = createEmptyCard(new Date(START));
  if (c.cardId) card.card_id = c.cardId;
  let now = new Date(START);
  const steps = [];
  c.ratings.forEach((rating, i) => {
    const preview = f.repeat(card, now);
    steps.push([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy].map((g) => plain(preview[g].card)));
    card = preview[rating].card;
    now = new Date(card.due.getTime() + ((c.delays && c.delays[i]) || 0) * 3600 * 1000);
  });
  const p = f.parameters;
  return {
    name: c.name,
    params: {
      w: Array.from(p.w),
      request_retention: p.request_retention,
      maximum_interval: p.maximum_interval,
      enable_fuzz: p.enable_fuzz,
      enable_short_term: p.enable_short_term,
      learning_steps: Array.from(p.learning_steps),
      relearning_steps: Array.from(p.relearning_steps),
      w_given: c.params.w || null,
    },
    cardId: c.cardId || null,
    start: START,
    ratings: c.ratings,
    delays: c.delays || [],
    steps,
  };
});

const f = fsrs();
const curve = [];
for (const s of [0.1, 1, 2.3065, 10, 100]) {
  for (const t of [0, 1, 3, 10, 365]) curve.push({ t, s, r: f.forgetting_curve(t, s) });
}
console.log(JSON.stringify({ version: require('ts-fsrs').FSRSVersion, cases: out, curve }));
