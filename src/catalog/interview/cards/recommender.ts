import type { CardInput } from './types.js';

/** Recommendation and ranking systems. */
export const recommenderCards: CardInput[] = [
  {
    id: 'rec-collaborative-vs-content',
    topic: 'recommender',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'Compare collaborative filtering and content-based recommendation.',
    answer:
      'Collaborative filtering learns from behaviour alone: users who interacted with similar items will like similar items. It finds non-obvious connections but needs interaction history, so it fails for new users and items. Content-based methods use item attributes (text, category, price, images) matched to a user’s profile, which handles new items and is explainable but tends to recommend more of the same. Production systems usually combine both.',
    skills: ['recommender-systems'],
  },
  {
    id: 'rec-cold-start',
    topic: 'recommender',
    rounds: ['technical-screen', 'system-design'],
    level: 'entry',
    prompt: 'How do you handle the cold-start problem for new users and new items?',
    answer: [
      'New users: start with popular or trending items, possibly per region or signup channel, ask for a few preferences at onboarding, and adapt fast from the first clicks within the session.',
      'New items: use content features (text and image embeddings, category, price) so they can be placed near similar items immediately.',
      'Reserve some exposure for new items (exploration) so they can collect interactions.',
      'Measure cold-start segments separately, since overall metrics hide them.',
    ],
    skills: ['recommender-systems'],
  },
  {
    id: 'rec-implicit-feedback',
    topic: 'recommender',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'Most of your data is clicks and purchases, not ratings. What changes?',
    answer:
      'Implicit feedback has only positives: a missing interaction may mean dislike or simply never seen. Treat observed interactions as positive with confidence weights (a purchase counts more than a click), and sample unobserved items as negatives, ideally including items that were shown but ignored. The data is biased by what the current system displayed, so popular and highly placed items look better than they are.',
    skills: ['recommender-systems'],
  },
  {
    id: 'rec-two-stage-architecture',
    topic: 'recommender',
    rounds: ['system-design', 'onsite'],
    level: 'mid',
    prompt: 'Why do large recommenders use a candidate generation stage and a ranking stage?',
    answer: [
      'Scoring millions of items with a rich model for every request is too slow.',
      'Candidate generation cheaply narrows the catalog to a few hundred items, using several sources: nearest neighbours in an embedding space (two-tower models), co-occurrence, popularity, recent items.',
      'Ranking scores those candidates with a heavier model (gradient-boosted trees or a neural network) using user, item and context features, predicting clicks, purchases or watch time.',
      'A final re-ranking step applies diversity, freshness and business rules, such as removing out-of-stock items.',
    ],
    skills: ['recommender-systems', 'retrieval-ranking'],
  },
  {
    id: 'rec-matrix-factorization',
    topic: 'recommender',
    rounds: ['technical-screen'],
    level: 'mid',
    prompt: 'How does matrix factorization produce recommendations?',
    answer:
      'It represents each user and each item by a short vector of latent factors, chosen so that the dot product of a user’s and an item’s vectors approximates their interaction, such as a rating or a weighted implicit signal. The vectors are learned by alternating least squares or gradient descent with regularization. Recommending means finding the items with the highest dot product for a user, which nearest-neighbour search does quickly. The factors have no fixed meaning, but similar items end up close together.',
    skills: ['recommender-systems', 'linear-algebra'],
  },
  {
    id: 'rec-offline-evaluation',
    topic: 'recommender',
    rounds: ['technical-screen', 'take-home', 'system-design'],
    level: 'mid',
    prompt: 'How do you evaluate a recommender offline?',
    answer:
      'Split by time: train on interactions before a date and predict each user’s interactions after it, which mirrors production. Score the top k with recall@k, NDCG@k or MAP, and always compare with a popularity baseline, which is hard to beat. Also report coverage of the catalog, diversity and performance for new users and items. Offline metrics are biased toward what the old system showed, so confirm with an online test.',
    skills: ['recsys-evaluation'],
  },
  {
    id: 'rec-feedback-loops',
    topic: 'recommender',
    rounds: ['onsite', 'system-design'],
    level: 'senior',
    prompt: 'What is a feedback loop in a recommender, and how do you limit its harm?',
    answer:
      'The model shows items, users can only click what they were shown, and the next model trains on those clicks, so it keeps reinforcing what it already favoured while other items never get a chance. Popularity bias and filter bubbles grow over time. Limit it with exploration (a small share of random or uncertain items), logging what was shown and its position, correcting for position and exposure in training, and diversity constraints in re-ranking.',
    skills: ['recommender-systems', 'recsys-evaluation'],
  },
  {
    id: 'rec-online-evaluation',
    topic: 'recommender',
    rounds: ['system-design', 'onsite'],
    level: 'mid',
    prompt: 'Which online metrics would you track when testing a new homepage recommender?',
    answer:
      'Primary: a metric close to value, such as purchases or revenue per user, or long-term engagement, rather than clicks alone. Secondary: click-through on the module, add-to-cart rate, session length. Guardrails: latency, return rate, catalog coverage, complaints. Randomize by user and run for whole weeks; interleaving experiments can compare two rankers with less traffic.',
    skills: ['recsys-evaluation', 'significance-testing'],
  },
];
