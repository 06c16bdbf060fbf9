import type { CardInput } from './types.js';

/** Evaluation metrics, and above all when each one misleads. */
export const metricsCards: CardInput[] = [
  {
    id: 'metrics-accuracy-misleads',
    topic: 'metrics',
    rounds: ['technical-screen', 'recruiter-screen'],
    level: 'entry',
    prompt: 'Your disease classifier is 99 % accurate. Why might that be worthless?',
    answer:
      'If only 1 % of patients have the disease, predicting "healthy" for everyone is also 99 % accurate and finds no one. Accuracy hides how the errors split between missed cases and false alarms, which usually have very different costs. Report the confusion matrix, recall and precision for the positive class, and compare against the majority-class baseline.',
    skills: ['ml-metrics', 'imbalanced-data'],
  },
  {
    id: 'metrics-precision-recall',
    topic: 'metrics',
    rounds: ['technical-screen', 'onsite'],
    level: 'entry',
    prompt: 'Define precision and recall. Give a case where each matters more.',
    answer:
      'Precision is TP / (TP + FP): of the cases flagged, the share that are truly positive. Recall is TP / (TP + FN): of all true positives, the share the model catches. Screening for a serious disease favours recall, since a missed case is worse than an extra test. A spam filter favours precision, since losing a real email is worse than letting some spam through. Raising the threshold usually trades recall for precision.',
    skills: ['ml-metrics'],
  },
  {
    id: 'metrics-f1-limits',
    topic: 'metrics',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'What is F1, and when is it the wrong thing to optimize?',
    answer:
      'F1 is the harmonic mean of precision and recall, so it is high only when both are. It weighs the two equally, ignores true negatives and depends on the chosen threshold. When a false negative costs ten times a false positive, F1 picks the wrong operating point; use F-beta with a beta matching the cost ratio, or optimize expected cost directly.',
    skills: ['ml-metrics'],
  },
  {
    id: 'metrics-roc-auc',
    topic: 'metrics',
    rounds: ['technical-screen', 'onsite'],
    level: 'entry',
    prompt: 'What does ROC-AUC measure, and when can it look good while the model is not useful?',
    answer:
      'ROC-AUC is the probability that a randomly chosen positive gets a higher score than a randomly chosen negative, summarized over all thresholds. With heavy imbalance, the false-positive rate stays tiny even when false positives outnumber true positives, so a model with AUC 0.95 can still flag mostly innocent cases at any usable threshold. It also ignores calibration. For rare positives, look at the precision–recall curve and precision at the threshold you will actually use.',
    skills: ['ml-metrics', 'imbalanced-data'],
  },
  {
    id: 'metrics-pr-auc',
    topic: 'metrics',
    rounds: ['technical-screen'],
    level: 'mid',
    prompt: 'What is PR-AUC (average precision), and what is its baseline?',
    answer:
      'It summarizes the precision–recall curve across thresholds; average precision is the usual estimate. Unlike ROC-AUC, a random model scores the positive rate, not 0.5, so 0.30 can be strong when positives are 2 % and weak when they are 25 %. Always quote it next to the positive rate, and compare models on the same test set because the number depends on the prevalence.',
    skills: ['ml-metrics', 'imbalanced-data'],
  },
  {
    id: 'metrics-confusion-matrix-costs',
    topic: 'metrics',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'How do you turn a confusion matrix into a business decision?',
    answer:
      'Assign a cost or value to each cell, for example the loss from an undetected fraud, the cost of an analyst reviewing a false alarm, and zero for the rest. For each candidate threshold, multiply the counts by those values and pick the threshold with the best expected result on validation data. This shows stakeholders the trade-off in money instead of abstract scores, and it changes when the costs change.',
    skills: ['ml-metrics', 'communication'],
  },
  {
    id: 'metrics-threshold-selection',
    topic: 'metrics',
    rounds: ['technical-screen', 'take-home', 'onsite'],
    level: 'mid',
    prompt: 'How do you choose the classification threshold? Why not just use 0.5?',
    answer:
      '0.5 is only meaningful for calibrated probabilities with equal error costs, which is rarely the case. Pick the threshold on validation data to meet a business constraint: a minimum precision, a target recall, an expected-cost optimum, or a capacity such as the 200 cases a team can review each day. Never tune it on the test set, and revisit it when the class balance or costs drift.',
    skills: ['ml-metrics'],
  },
  {
    id: 'metrics-log-loss-calibration',
    topic: 'metrics',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'What is calibration, and when does it matter more than ranking quality?',
    answer:
      'A calibrated model’s scores match observed frequencies: among cases scored 0.2, about 20 % are positive. It matters whenever the probability itself is used, such as expected-loss pricing, budget planning or combining models, while ranking metrics like AUC ignore it. Check it with a reliability diagram, log loss or the Brier score, and fix it with Platt scaling or isotonic regression fitted on held-out data. Resampling or class weights during training distort calibration.',
    skills: ['ml-metrics'],
  },
  {
    id: 'metrics-mae-rmse-r2',
    topic: 'metrics',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'Compare MAE, RMSE and R² for a regression model.',
    answer:
      'MAE is the average absolute error, in the target’s units and robust to outliers. RMSE squares errors before averaging, so large misses weigh more; prefer it when big errors are disproportionately costly. R² is the share of variance explained relative to predicting the mean; it has no units, can be negative on new data, and a high R² can still hide errors too large for the business. Always compare against a naive baseline.',
    skills: ['ml-metrics'],
  },
  {
    id: 'metrics-mape-pitfalls',
    topic: 'metrics',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'A forecasting team reports MAPE. What can go wrong?',
    answer: [
      'It is undefined when an actual value is zero and explodes when actuals are small, so low-volume items dominate the average.',
      'It penalizes over-forecasts more than under-forecasts of the same size, nudging models to forecast low.',
      'Weighted alternatives such as WAPE (total absolute error over total actuals) stay stable and match business volume.',
      'Scaled errors such as MASE compare the model with a naive forecast and work across series of different scales.',
    ],
    skills: ['ml-metrics', 'time-series-forecasting'],
  },
  {
    id: 'metrics-ranking',
    topic: 'metrics',
    rounds: ['technical-screen', 'system-design'],
    level: 'mid',
    prompt: 'Which metrics evaluate a ranked list of search results or recommendations?',
    answer:
      'Precision@k and recall@k count relevant items among the top k. MRR rewards putting the first relevant item high, which suits tasks with one right answer. NDCG@k uses graded relevance and discounts lower positions logarithmically, normalized by the ideal order, and MAP averages precision at each relevant position. Choose k to match what users actually see on screen.',
    skills: ['ml-metrics', 'recsys-evaluation', 'retrieval-ranking'],
  },
  {
    id: 'metrics-macro-micro',
    topic: 'metrics',
    rounds: ['technical-screen'],
    level: 'mid',
    prompt:
      'In a multi-class problem, what is the difference between macro, micro and weighted averages?',
    answer:
      'Macro averaging computes the metric per class and takes the plain mean, so rare classes count as much as common ones. Micro averaging pools all decisions before computing the metric, so frequent classes dominate; for single-label problems micro F1 equals accuracy. Weighted averaging weights each class by its support. Report per-class scores too, since an average can hide one class that always fails.',
    skills: ['ml-metrics'],
  },
  {
    id: 'metrics-offline-online-gap',
    topic: 'metrics',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt:
      'A new model improved offline AUC, but the A/B test shows no lift in revenue. What could explain it?',
    answer: [
      'The offline metric is a weak proxy: AUC over all items may not reflect the top few positions users see.',
      'The test data differs from live traffic through time, population, logging or training–serving skew in features.',
      'Feedback loops: historical labels came from what the old model chose to show.',
      'The gain is real but too small to detect with the test’s sample size, or latency increases offset it.',
      'Leakage inflated the offline score.',
    ],
    skills: ['evaluation-design', 'significance-testing'],
  },
  {
    id: 'metrics-guardrails',
    topic: 'metrics',
    rounds: ['system-design', 'onsite'],
    level: 'mid',
    prompt: 'What are guardrail metrics, and why do you need them next to the primary metric?',
    answer:
      'The primary metric is the one you are trying to move, such as click-through. Guardrails are metrics that must not get worse: latency, error rate, unsubscribes, complaint rate, revenue per user, fairness across groups. Optimizing one number invites harmful shortcuts, such as clickbait raising clicks while trust falls, and guardrails catch that before the launch.',
    skills: ['significance-testing', 'evaluation-design'],
  },
];
