import type { CardInput } from './types.js';

/**
 * ML system design prompts. Each has a short answer (the shape of a good response) and an outline
 * in the order interviewers expect: requirements, data, features, model, offline and online
 * evaluation, serving, monitoring, iteration.
 */
export const systemDesignCards: CardInput[] = [
  {
    id: 'design-answer-structure',
    topic: 'system-design',
    rounds: ['system-design', 'onsite'],
    level: 'entry',
    prompt: 'How do you structure your answer in an ML system design interview?',
    answer:
      'Clarify before designing, then walk through the system in a fixed order and keep checking in with the interviewer. Spend the first few minutes on requirements and the last few on monitoring and iteration, which candidates often skip. Always start with a simple baseline, and say out loud which trade-offs you are making.',
    outline: [
      {
        section: 'requirements',
        points: [
          'Business goal and how success is measured',
          'Scale (users, items, requests per second), latency budget, batch or real time',
          'Constraints: privacy, fairness, explainability, cost',
        ],
      },
      {
        section: 'data',
        points: [
          'Sources, labels and how labels are obtained or delayed',
          'Volume, quality problems, class balance, how to split',
        ],
      },
      {
        section: 'features',
        points: [
          'Main feature groups and how fresh each must be',
          'How to compute them identically for training and serving',
        ],
      },
      {
        section: 'model',
        points: [
          'A baseline first (heuristic or linear model), then a stronger candidate',
          'Loss and output that match the decision being made',
        ],
      },
      {
        section: 'offline-evaluation',
        points: ['Metric tied to the business goal, validation scheme, baselines, slices'],
      },
      {
        section: 'online-evaluation',
        points: ['A/B test with a primary metric and guardrails, or shadow mode first'],
      },
      {
        section: 'serving',
        points: ['Batch or online, latency and throughput plan, fallbacks when the model fails'],
      },
      {
        section: 'monitoring',
        points: ['Service health, data and prediction drift, delayed performance, business KPI'],
      },
      {
        section: 'iteration',
        points: ['Retraining cadence, error analysis, what you would build next with more time'],
      },
    ],
    skills: ['ml-system-design'],
  },
  {
    id: 'design-payment-fraud',
    topic: 'system-design',
    rounds: ['system-design', 'onsite'],
    level: 'mid',
    prompt: 'Design a system that detects fraudulent card payments in real time.',
    answer:
      'A real-time classifier scores each payment within a tight latency budget using precomputed customer aggregates plus fresh velocity features, and a policy layer approves, declines or sends to review. The hard parts are extreme imbalance, delayed labels and adapting adversaries, so evaluation is cost-based and retraining frequent.',
    outline: [
      {
        section: 'requirements',
        points: [
          'Decide within about 100 ms per payment at peak volume',
          'Minimize fraud losses while keeping false declines (lost good customers) low',
          'Decisions may need explanations for analysts and regulators',
        ],
      },
      {
        section: 'data',
        points: [
          'Transactions, card and account history, device and merchant data',
          'Labels from chargebacks and analyst reviews, arriving weeks later; unreviewed fraud hides among negatives',
          'Time-based splits; fraud well under 1 % of payments',
        ],
      },
      {
        section: 'features',
        points: [
          'Velocity: payments per card in the last minutes and hours, amount versus the card’s usual amount',
          'Novelty: new device, new merchant, distance from usual location',
          'Merchant and device risk aggregates, computed point in time for training',
        ],
      },
      {
        section: 'model',
        points: [
          'Start with business rules as a baseline, then gradient-boosted trees with class weights',
          'Output a calibrated probability so thresholds can map to expected loss',
        ],
      },
      {
        section: 'offline-evaluation',
        points: [
          'Precision and recall at the review team’s capacity, money saved, PR-AUC',
          'Backtests over recent weeks, slices by merchant type and country',
        ],
      },
      {
        section: 'online-evaluation',
        points: [
          'Shadow mode against the current system, then a controlled rollout on a share of traffic',
          'Track fraud caught, false declines and customer complaints',
        ],
      },
      {
        section: 'serving',
        points: [
          'Low-latency API with an online feature store for aggregates and a stream processor for velocity counts',
          'Fallback to rules if the model or features time out',
        ],
      },
      {
        section: 'monitoring',
        points: [
          'Score distribution and decline rate by hour, feature drift, latency',
          'Precision and recall as labels mature; alerts on sudden spikes',
        ],
      },
      {
        section: 'iteration',
        points: [
          'Frequent retraining, analyst feedback as fast labels, new features from investigated cases',
          'Graph features linking cards, devices and accounts as a next step',
        ],
      },
    ],
    skills: ['ml-system-design', 'imbalanced-data', 'model-serving'],
    tags: ['fraud'],
  },
  {
    id: 'design-product-recommendations',
    topic: 'system-design',
    rounds: ['system-design', 'onsite'],
    level: 'mid',
    prompt: 'Design the "recommended for you" section on an online shop’s home page.',
    answer:
      'A two-stage recommender: several cheap candidate sources narrow millions of products to a few hundred, a ranking model orders them by predicted purchase probability, and a re-ranker adds diversity and business rules. Evaluate offline with time-split ranking metrics and decide with an A/B test on purchases per user.',
    outline: [
      {
        section: 'requirements',
        points: [
          'Goal: more purchases or revenue per visit, not just clicks',
          'Millions of products, page load budget of roughly 100–200 ms, personalized for logged-in and anonymous users',
        ],
      },
      {
        section: 'data',
        points: [
          'Views, add-to-carts, purchases with timestamps and the position items were shown in',
          'Product catalogue with text, images, price, stock; user profiles',
        ],
      },
      {
        section: 'features',
        points: [
          'User: recent categories, price range, purchase frequency',
          'Item: popularity trends, price, content embeddings; context: device, time, season',
          'User–item: similarity between the item and recent views',
        ],
      },
      {
        section: 'model',
        points: [
          'Baseline: popular items per category',
          'Candidates from a two-tower embedding model, co-purchase pairs and trending items',
          'Ranker: gradient-boosted trees or a neural network predicting purchase probability',
        ],
      },
      {
        section: 'offline-evaluation',
        points: [
          'Train on past weeks, test on the following week: recall@k and NDCG@k against the popularity baseline',
          'Coverage, diversity and results for new users separately',
        ],
      },
      {
        section: 'online-evaluation',
        points: [
          'A/B test randomized by user: purchases per user as primary metric, latency and returns as guardrails',
        ],
      },
      {
        section: 'serving',
        points: [
          'Precompute embeddings and candidate lists, approximate nearest-neighbour index, rank online',
          'Cache results for anonymous traffic and fall back to popular items on errors',
        ],
      },
      {
        section: 'monitoring',
        points: [
          'Click-through and conversion of the module, share of out-of-stock items shown, latency, feature freshness',
        ],
      },
      {
        section: 'iteration',
        points: [
          'Exploration to limit feedback loops, session-based models for anonymous users, regular retraining',
        ],
      },
    ],
    skills: ['ml-system-design', 'recommender-systems', 'retrieval-ranking'],
  },
  {
    id: 'design-churn-prediction',
    topic: 'system-design',
    rounds: ['system-design', 'onsite', 'take-home'],
    level: 'entry',
    prompt:
      'Design a churn prediction system for a subscription business whose retention team calls at-risk customers.',
    answer:
      'A weekly batch model scores every active customer’s probability of cancelling in the next 30 days and hands the team a ranked list sized to their capacity. The value comes from the intervention, so the online test measures retained revenue, and ideally the model targets customers whom a call can actually save.',
    outline: [
      {
        section: 'requirements',
        points: [
          'Weekly list for a team that can call a fixed number of customers',
          'Success is retained revenue, not prediction accuracy',
        ],
      },
      {
        section: 'data',
        points: [
          'Subscription history, product usage, support tickets, billing events',
          'Label: cancelled within 30 days after the scoring date; rows at many past scoring dates',
        ],
      },
      {
        section: 'features',
        points: [
          'Usage trends (last 4 weeks versus before), days since last login, failed payments, support contacts, plan and tenure',
          'All computed as of the scoring date',
        ],
      },
      {
        section: 'model',
        points: [
          'Baseline: a rule such as "no login in 14 days"',
          'Logistic regression, then gradient-boosted trees; SHAP reasons to guide the call',
        ],
      },
      {
        section: 'offline-evaluation',
        points: [
          'Time-based split; precision among the top N the team can call, recall of churners, calibration',
        ],
      },
      {
        section: 'online-evaluation',
        points: [
          'Randomized holdout of at-risk customers who are not called, to measure the calls’ real effect on retention',
        ],
      },
      {
        section: 'serving',
        points: ['Weekly batch job writing scores and top reasons to the CRM'],
      },
      {
        section: 'monitoring',
        points: [
          'Score distribution and input data quality per run, churn rate of called versus not called customers',
        ],
      },
      {
        section: 'iteration',
        points: [
          'Move to uplift modelling (who changes their mind when called), add call outcomes as features and labels',
        ],
      },
    ],
    skills: ['ml-system-design', 'feature-engineering', 'gradient-boosting'],
  },
  {
    id: 'design-search-ranking',
    topic: 'system-design',
    rounds: ['system-design', 'onsite'],
    level: 'senior',
    prompt: 'Design the ranking of search results for an online marketplace.',
    answer:
      'Retrieve candidates with keyword and semantic search, then rank them with a learning-to-rank model trained on click and purchase logs corrected for position bias. Evaluate with NDCG on judged queries and with an A/B or interleaving test on purchases per search.',
    outline: [
      {
        section: 'requirements',
        points: [
          'Relevant results within about 200 ms for any query, including misspellings and long-tail queries',
          'Goal: successful searches that end in a purchase',
        ],
      },
      {
        section: 'data',
        points: [
          'Search logs with query, shown results, positions, clicks, purchases',
          'Listing text, attributes, seller quality; human relevance judgments for a query sample',
        ],
      },
      {
        section: 'features',
        points: [
          'Query–item text match scores (BM25), embedding similarity, attribute matches',
          'Item quality: price, reviews, conversion rate; user context: location, past categories',
        ],
      },
      {
        section: 'model',
        points: [
          'Baseline: BM25 keyword ranking',
          'Candidates from keyword plus vector retrieval; a LambdaMART-style gradient-boosted ranker on top',
          'Handle position bias in click labels with randomized or propensity-weighted training',
        ],
      },
      {
        section: 'offline-evaluation',
        points: [
          'NDCG@10 on judged queries and on held-out logs, slices for head and tail queries',
        ],
      },
      {
        section: 'online-evaluation',
        points: [
          'Interleaving for quick comparisons, then an A/B test on purchases per search and zero-result rate',
        ],
      },
      {
        section: 'serving',
        points: [
          'Search index with keyword and vector retrieval, ranker as a low-latency service, caching of popular queries',
        ],
      },
      {
        section: 'monitoring',
        points: [
          'Zero-result and reformulation rates, click-through by position, latency percentiles',
        ],
      },
      {
        section: 'iteration',
        points: [
          'Query understanding (spelling, synonyms, category intent), personalization, regular relabelling',
        ],
      },
    ],
    skills: ['ml-system-design', 'retrieval-ranking', 'embeddings'],
  },
  {
    id: 'design-demand-forecasting',
    topic: 'system-design',
    rounds: ['system-design', 'onsite'],
    level: 'mid',
    prompt:
      'Design a daily demand forecast for 20,000 products across 300 stores to drive replenishment.',
    answer:
      'A global gradient-boosted model trained on all store–product series with lag, calendar and promotion features produces quantile forecasts for the next two weeks, run as a nightly batch. Evaluate with backtests against seasonal naive forecasts and judge it by stock-outs and waste once in use.',
    outline: [
      {
        section: 'requirements',
        points: [
          'Forecasts per store and product for the next 14 days, ready before orders are placed each morning',
          'Replenishment needs quantiles, not just a point forecast; millions of series',
        ],
      },
      {
        section: 'data',
        points: [
          'Daily sales, stock levels (zero sales when out of stock are not zero demand), prices, promotions, holidays',
          'New products and stores with little history',
        ],
      },
      {
        section: 'features',
        points: [
          'Lags and rolling means shifted by the horizon, day of week, holidays, planned promotions and prices',
          'Product and store attributes so the model can generalize across series',
        ],
      },
      {
        section: 'model',
        points: [
          'Baseline: seasonal naive (same weekday last week)',
          'Global LightGBM with a quantile loss, or one model per horizon group',
        ],
      },
      {
        section: 'offline-evaluation',
        points: [
          'Rolling-origin backtests: WAPE and bias per category, pinball loss and interval coverage',
        ],
      },
      {
        section: 'online-evaluation',
        points: [
          'Pilot in a group of stores against control stores: stock-outs, waste, inventory cost',
        ],
      },
      {
        section: 'serving',
        points: [
          'Nightly batch job writing forecasts to the planning system, with the last good forecast as fallback',
        ],
      },
      {
        section: 'monitoring',
        points: ['Forecast error as actuals arrive, bias drift, missing input data per store'],
      },
      {
        section: 'iteration',
        points: [
          'Correct for stock-outs, add weather or events, hierarchical reconciliation across stores and regions',
        ],
      },
    ],
    skills: ['ml-system-design', 'time-series-forecasting', 'time-series-ml'],
  },
  {
    id: 'design-ticket-routing',
    topic: 'system-design',
    rounds: ['system-design', 'onsite', 'take-home'],
    level: 'entry',
    prompt: 'Design a system that routes incoming customer support tickets to the right team.',
    answer:
      'A text classifier predicts the team from the ticket’s subject and body, routes automatically when confident and leaves the rest to a human triager. Start with TF-IDF and logistic regression, compare with a fine-tuned small transformer, and measure routing accuracy and time to resolution.',
    outline: [
      {
        section: 'requirements',
        points: [
          'Route within seconds of arrival; wrong routes cost a reassignment and delay',
          'About a dozen teams; several languages possible',
        ],
      },
      {
        section: 'data',
        points: [
          'Past tickets with the team that finally resolved them (not the first assignment)',
          'Check for label noise and merged or renamed teams',
        ],
      },
      {
        section: 'features',
        points: ['Subject and body text, channel, customer plan, product area if selected'],
      },
      {
        section: 'model',
        points: [
          'Baseline: keyword rules used today',
          'TF-IDF with logistic regression, then a fine-tuned small multilingual transformer',
          'Confidence threshold below which a human triages',
        ],
      },
      {
        section: 'offline-evaluation',
        points: [
          'Time-based split; macro F1, per-team recall, and accuracy at the chosen coverage',
        ],
      },
      {
        section: 'online-evaluation',
        points: ['Shadow mode first, then A/B on reassignment rate and time to first response'],
      },
      {
        section: 'serving',
        points: [
          'Called by the ticketing system on creation; CPU inference is enough for a small model',
        ],
      },
      {
        section: 'monitoring',
        points: ['Reassignment rate per team, share routed automatically, new topics appearing'],
      },
      {
        section: 'iteration',
        points: [
          'Retrain on corrected routes, add priority or sentiment prediction, suggested replies later',
        ],
      },
    ],
    skills: ['ml-system-design', 'text-classification'],
  },
  {
    id: 'design-rag-assistant',
    topic: 'system-design',
    rounds: ['system-design', 'onsite'],
    level: 'mid',
    prompt:
      'Design an assistant that answers employees’ questions from the company’s internal documentation.',
    answer:
      'A retrieval-augmented generation system: documents are chunked, embedded and indexed with access controls, questions retrieve the most relevant chunks, and an LLM answers from them with citations or says it does not know. Quality hinges on retrieval, so evaluate retrieval and answers separately on a labelled question set.',
    outline: [
      {
        section: 'requirements',
        points: [
          'Accurate, cited answers in a few seconds; respect document permissions',
          'Cost per question within budget; no leaking of confidential content',
        ],
      },
      {
        section: 'data',
        points: [
          'Wikis, policies, tickets; owners, update dates and access lists',
          'A set of real questions with reference answers and source documents for evaluation',
        ],
      },
      {
        section: 'features',
        points: [
          'Chunking that follows document structure, metadata filters (team, date), hybrid keyword and embedding retrieval',
        ],
      },
      {
        section: 'model',
        points: [
          'Baseline: plain keyword search returning documents',
          'Embedding model plus re-ranker for retrieval; a hosted or self-hosted LLM with a prompt that demands citations',
        ],
      },
      {
        section: 'offline-evaluation',
        points: [
          'Retrieval recall@k on the question set; answer correctness and faithfulness with human or calibrated LLM grading',
        ],
      },
      {
        section: 'online-evaluation',
        points: ['Pilot with one department: thumbs up or down, deflected tickets, time saved'],
      },
      {
        section: 'serving',
        points: [
          'Index updates when documents change, permission filtering at retrieval, streaming responses, caching frequent questions',
        ],
      },
      {
        section: 'monitoring',
        points: [
          'Share of "no answer", negative feedback, latency and token cost, stale documents cited',
        ],
      },
      {
        section: 'iteration',
        points: [
          'Add failing questions to the evaluation set, improve chunking, fine-tune the re-ranker',
        ],
      },
    ],
    skills: ['ml-system-design', 'llm-applications', 'embeddings'],
  },
  {
    id: 'design-content-moderation',
    topic: 'system-design',
    rounds: ['system-design', 'onsite'],
    level: 'senior',
    prompt: 'Design a system that flags harmful posts (text and images) on a social platform.',
    answer:
      'Separate classifiers per policy for text and images feed a decision layer that removes clear violations, queues uncertain ones for human moderators by severity and leaves the rest. Precision and recall per policy, moderator capacity and appeal outcomes drive the thresholds.',
    outline: [
      {
        section: 'requirements',
        points: [
          'Millions of posts a day; severe harms must be caught within minutes',
          'Limited moderator capacity; wrongful removals harm users and trust',
        ],
      },
      {
        section: 'data',
        points: [
          'Moderator decisions and user reports as labels, with policy guidelines; appeals outcomes',
          'Rare classes and constantly changing language and memes',
        ],
      },
      {
        section: 'features',
        points: [
          'Text and image embeddings from pretrained models, account history and report counts, context of the conversation',
        ],
      },
      {
        section: 'model',
        points: [
          'Baseline: keyword lists and hash matching of known harmful images',
          'Fine-tuned text and image classifiers per policy, combined in a decision layer',
        ],
      },
      {
        section: 'offline-evaluation',
        points: ['Precision and recall per policy and per language, with a fresh recent test set'],
      },
      {
        section: 'online-evaluation',
        points: [
          'Prevalence of violating content seen by users, moderator agreement, appeal reversal rate',
        ],
      },
      {
        section: 'serving',
        points: [
          'Fast path at upload for severe harms, asynchronous scoring for the rest, priority queue for moderators',
        ],
      },
      {
        section: 'monitoring',
        points: ['Flag rates by policy and language, queue length, drift from new slang or trends'],
      },
      {
        section: 'iteration',
        points: [
          'Active learning on uncertain items, quick retraining when new abuse patterns appear',
        ],
      },
    ],
    skills: ['ml-system-design', 'text-classification', 'computer-vision'],
  },
  {
    id: 'design-delivery-eta',
    topic: 'system-design',
    rounds: ['system-design', 'onsite'],
    level: 'mid',
    prompt:
      'Design the model that shows customers an estimated delivery time when they order food.',
    answer:
      'A regression model predicts total delivery minutes from restaurant preparation patterns, courier availability, distance and live traffic, served online at checkout and updated as the order progresses. Optimize for small errors and honest intervals, since late deliveries hurt more than early ones.',
    outline: [
      {
        section: 'requirements',
        points: [
          'Prediction at checkout in under 100 ms, then updates during the order',
          'Lateness against the promise matters more than earliness',
        ],
      },
      {
        section: 'data',
        points: [
          'Historical orders with timestamps for each stage: accepted, prepared, picked up, delivered',
          'Restaurant, courier and location data, weather',
        ],
      },
      {
        section: 'features',
        points: [
          'Restaurant preparation time by hour and order size, current open orders, couriers nearby',
          'Route distance and live travel time estimate, time of day, weather',
        ],
      },
      {
        section: 'model',
        points: [
          'Baseline: restaurant average plus distance divided by typical speed',
          'Gradient-boosted regression per stage or in total, with quantile outputs',
        ],
      },
      {
        section: 'offline-evaluation',
        points: [
          'MAE, share of orders late versus promise, calibration of the intervals, by city and hour',
        ],
      },
      {
        section: 'online-evaluation',
        points: ['A/B test: conversion at checkout, late-delivery rate, support contacts'],
      },
      {
        section: 'serving',
        points: [
          'Online service with cached restaurant aggregates and a streaming feed of live courier and order counts',
        ],
      },
      {
        section: 'monitoring',
        points: [
          'Error and lateness by city, feature freshness, drift during events or bad weather',
        ],
      },
      {
        section: 'iteration',
        points: ['Separate models per stage, better preparation-time signals from restaurants'],
      },
    ],
    skills: ['ml-system-design', 'model-serving'],
  },
  {
    id: 'design-visual-inspection',
    topic: 'system-design',
    rounds: ['system-design', 'onsite'],
    level: 'mid',
    prompt: 'Design a camera-based system that spots defective parts on a factory conveyor.',
    answer:
      'An image model running on an edge device next to the line classifies or localizes defects in each part within the line’s cycle time, diverting suspect parts for human inspection. With very few defect examples, start from pretrained models, anomaly detection and close collaboration with quality engineers.',
    outline: [
      {
        section: 'requirements',
        points: [
          'Decision within the cycle time of the line (for example 200 ms per part), on site, with unreliable network',
          'Missing a defect is expensive; too many false rejects slow production',
        ],
      },
      {
        section: 'data',
        points: [
          'Images from fixed cameras with controlled lighting; quality engineers label defect types',
          'Very few defects, so collect continuously and split by production batch or day',
        ],
      },
      {
        section: 'features',
        points: [
          'Raw images at a fixed resolution; augmentation limited to realistic lighting and position changes',
        ],
      },
      {
        section: 'model',
        points: [
          'Baseline: the current manual sampling inspection',
          'Anomaly detection trained on good parts, plus a fine-tuned classifier or detector once defect examples exist',
        ],
      },
      {
        section: 'offline-evaluation',
        points: [
          'Recall per defect type at a tolerated false-reject rate, tested on later production batches',
        ],
      },
      {
        section: 'online-evaluation',
        points: ['Run in parallel with human inspection first and compare decisions on every part'],
      },
      {
        section: 'serving',
        points: [
          'Quantized model on an edge GPU at the line, images and decisions synced to a central store',
        ],
      },
      {
        section: 'monitoring',
        points: [
          'Reject rate per shift, image brightness and focus drift, confirmed misses from downstream checks',
        ],
      },
      {
        section: 'iteration',
        points: ['Add confirmed defects to training, retrain when materials or cameras change'],
      },
    ],
    skills: ['ml-system-design', 'computer-vision', 'model-optimization'],
  },
];
