import type { CardInput } from './types.js';

/** Tabular ML: gradient boosting, feature work and the classic business problems. */
export const tabularCards: CardInput[] = [
  {
    id: 'tab-gbdt-vs-neural',
    topic: 'tabular',
    rounds: ['technical-screen', 'onsite'],
    level: 'entry',
    prompt: 'Why do gradient-boosted trees usually beat neural networks on tabular business data?',
    answer:
      'Tabular features are heterogeneous (amounts, counts, categories, dates) with irregular, threshold-like relations, which trees capture naturally without scaling. Boosted trees are robust to outliers and missing values, train fast on CPUs and need modest tuning with early stopping. Neural networks shine when there is a lot of data or unstructured inputs such as text and images, or when embeddings of high-cardinality ids matter.',
    skills: ['gradient-boosting'],
  },
  {
    id: 'tab-boosting-hyperparameters',
    topic: 'tabular',
    rounds: ['technical-screen', 'take-home'],
    level: 'mid',
    prompt: 'Which LightGBM or XGBoost hyperparameters do you tune first?',
    answer: [
      'Learning rate together with the number of trees: set a small rate (0.02–0.1) and let early stopping on validation data pick the number of trees.',
      'Tree complexity: max_depth or num_leaves, and the minimum number of samples per leaf, which control overfitting the most.',
      'Randomness: row subsampling and column subsampling per tree.',
      'Regularization: L1 and L2 penalties on leaf weights, and the minimum gain to split.',
      'Use random or Bayesian search with cross-validation, and keep the final test set out of it.',
    ],
    skills: ['gradient-boosting'],
  },
  {
    id: 'tab-target-encoding',
    topic: 'tabular',
    rounds: ['technical-screen', 'take-home'],
    level: 'mid',
    prompt: 'What is target encoding, and how do you do it without leakage?',
    answer:
      'It replaces each category with the mean of the target for that category, which compresses a high-cardinality feature into one informative number. Computed on the same rows the model trains on, it leaks each row’s own label, so rare categories look perfectly predictive. Compute it out of fold (each row’s value comes from the other folds), smooth rare categories toward the global mean, and apply the encoding fitted on all training data to the test set.',
    skills: ['feature-engineering'],
    tags: ['leakage'],
  },
  {
    id: 'tab-feature-engineering-ideas',
    topic: 'tabular',
    rounds: ['take-home', 'onsite'],
    level: 'entry',
    prompt: 'Which features would you build for predicting whether an invoice will be paid late?',
    answer: [
      'Customer history: share of past invoices paid late, average days late, days since last late payment.',
      'Invoice details: amount, amount relative to the customer’s usual invoice, payment terms, due date on a weekend or month end.',
      'Relationship: customer tenure, number of open invoices, recent disputes or contacts with support.',
      'Context: industry, region, seasonality.',
      'All computed as of the invoice date, so no payment information from after it sneaks in; domain experts from finance know which signals matter.',
    ],
    skills: ['feature-engineering'],
  },
  {
    id: 'tab-shap-explanations',
    topic: 'tabular',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'A credit analyst asks why the model rejected an applicant. How do you answer?',
    answer:
      'Compute SHAP values for that prediction: each feature’s contribution pushing the score up or down from the average prediction, which for tree models TreeSHAP calculates exactly and quickly. Present the top contributors in plain language, such as a high debt-to-income ratio or a short credit history. Explanations describe the model, not causes, and correlated features can split credit between them; regulated decisions may also need reason codes reviewed by compliance.',
    skills: ['model-explainability'],
  },
  {
    id: 'tab-churn-framing',
    topic: 'tabular',
    rounds: ['take-home', 'onsite', 'system-design'],
    level: 'entry',
    prompt: 'How do you define the label and the dataset for a churn model?',
    answer:
      'Agree on what churn means with the business (cancelled, or no activity for 60 days) and when the prediction is made. For each customer and prediction date, features come from a window before that date and the label from a window after it, for example "churns within the next 30 days". Leave out customers who already churned, build rows at several prediction dates to get enough examples, and split by time so the test period follows the training period.',
    skills: ['feature-engineering', 'evaluation-design'],
  },
  {
    id: 'tab-fraud-specifics',
    topic: 'tabular',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt: 'What makes fraud detection harder than a typical classification problem?',
    answer: [
      'Extreme imbalance: fraud may be well under 1 % of transactions.',
      'Delayed and incomplete labels: chargebacks arrive weeks later and undetected fraud is labelled as legitimate.',
      'Adversaries adapt, so patterns drift quickly and models need frequent retraining and monitoring.',
      'Decisions are real time with tight latency, and errors cost differently: a missed fraud versus a blocked good customer.',
      'Evaluate with precision and recall at the review team’s capacity and with money saved, not accuracy.',
    ],
    skills: ['imbalanced-data', 'model-monitoring'],
  },
  {
    id: 'tab-id-columns',
    topic: 'tabular',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'Should you use customer_id or order_id as a feature?',
    answer:
      'Raw ids usually should not be features: a model can memorize training customers, which does not generalize to new ones, and sequential ids can leak time or data-collection order. Use them to join, deduplicate and split by group. If an entity’s identity matters, represent it through behaviour (counts, averages, tenure) or with out-of-fold target or frequency encoding, and check that the gain holds for entities unseen in training.',
    skills: ['feature-engineering'],
    tags: ['leakage'],
  },
  {
    id: 'tab-calibrated-risk',
    topic: 'tabular',
    rounds: ['onsite'],
    level: 'mid',
    prompt: 'An insurer wants expected claim cost per policy. Why does calibration matter here?',
    answer:
      'The premium is computed from predicted probability times expected severity, so a score that ranks well but is systematically too high or too low misprices every policy. Check calibration per segment on held-out data with reliability curves and the Brier score, and recalibrate with isotonic regression or Platt scaling if needed. Boosted models trained with reweighting or resampling are usually miscalibrated until corrected.',
    skills: ['ml-metrics', 'gradient-boosting'],
  },
];
