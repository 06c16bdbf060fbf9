import type { CardInput } from './types.js';

/** Evaluation methodology: splits, leakage, baselines and honest comparisons. */
export const evaluationCards: CardInput[] = [
  {
    id: 'eval-train-validation-test',
    topic: 'evaluation',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'Why do you need separate training, validation and test sets?',
    answer:
      'The training set fits the parameters. The validation set (or cross-validation) compares models, features, hyperparameters and thresholds, and because you make many choices on it, its score becomes optimistic. The test set is touched once, at the end, to estimate how the chosen model performs on new data. If the test set influences decisions, you no longer have an unbiased estimate.',
    skills: ['evaluation-design'],
  },
  {
    id: 'eval-data-leakage',
    topic: 'evaluation',
    rounds: ['technical-screen', 'take-home', 'onsite'],
    level: 'entry',
    prompt: 'What is data leakage? Give three examples and how you would catch them.',
    answer: [
      'Leakage is information in training that will not be available at prediction time, so offline scores are better than reality.',
      'Target leakage: a feature recorded after the outcome, such as "account closed reason" in a churn model.',
      'Preprocessing leakage: fitting a scaler, imputer or target encoder on all the data before splitting.',
      'Split leakage: duplicates or the same customer in both train and test, or a random split of time-ordered data.',
      'Catch it by asking for every feature when it becomes known, by distrusting suspiciously good scores and by inspecting the top feature importances.',
    ],
    skills: ['evaluation-design'],
    tags: ['leakage'],
  },
  {
    id: 'eval-cross-validation',
    topic: 'evaluation',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'How does k-fold cross-validation work, and when is it not the right choice?',
    answer:
      'The data is split into k folds; each fold is held out once while the model trains on the rest, and the k scores are averaged, with their spread showing how stable the estimate is. Stratified folds keep the class ratio in each fold. It is the wrong choice for time-ordered data (use forward-chaining splits), for grouped data where the same entity must not appear on both sides (use group folds), and when training is too expensive to repeat k times. Tuning hyperparameters and reporting on the same folds is optimistic; nested cross-validation fixes that.',
    skills: ['evaluation-design', 'scikit-learn'],
  },
  {
    id: 'eval-time-based-split',
    topic: 'evaluation',
    rounds: ['technical-screen', 'take-home', 'onsite'],
    level: 'entry',
    prompt:
      'Why should a model that predicts next month’s demand not be evaluated with a random split?',
    answer:
      'A random split lets the model train on days after the days it is tested on, so it learns from the future, for example from a promotion visible in neighbouring days, and the score is too good. Split by time: train on the past, validate on the period that follows, as in production. Repeat with several cut-off dates (rolling-origin backtesting) and leave a gap equal to any delay in label availability.',
    skills: ['evaluation-design', 'time-series-forecasting'],
    tags: ['leakage'],
  },
  {
    id: 'eval-group-split',
    topic: 'evaluation',
    rounds: ['technical-screen', 'take-home'],
    level: 'mid',
    prompt:
      'You have several X-ray images per patient. Why might a random image-level split give a misleading score?',
    answer:
      'Images of the same patient share anatomy, scanner and labelling, so a model can recognize the patient instead of learning the disease, and a random split rewards that. Split by patient so all of a patient’s images fall on the same side, for instance with GroupKFold or GroupShuffleSplit. The same applies to users, stores, devices or any entity that will be new at prediction time.',
    skills: ['evaluation-design', 'computer-vision'],
    tags: ['leakage'],
  },
  {
    id: 'eval-baselines',
    topic: 'evaluation',
    rounds: ['technical-screen', 'take-home', 'system-design'],
    level: 'entry',
    prompt: 'Which baselines would you compare your model against, and why bother?',
    answer:
      'A number alone means nothing: 85 % accuracy is poor if the majority class is 90 %. Start with trivial baselines (majority class, mean or median, yesterday’s value, the most popular items), then the current business rule or heuristic, then a simple model such as logistic regression. A complex model has to beat all of them by enough to justify its cost to build, serve and maintain.',
    skills: ['evaluation-design'],
    tags: ['baseline'],
  },
  {
    id: 'eval-golden-dataset',
    topic: 'evaluation',
    rounds: ['technical-screen', 'onsite', 'system-design'],
    level: 'mid',
    prompt: 'What is a golden dataset and how would you build one?',
    answer:
      'It is a carefully labelled, versioned set of examples that every model version is scored against, so results compare over time. Build it by sampling real production inputs, including hard and rare cases, having them labelled by experts with clear guidelines, measuring agreement between labellers and resolving disagreements. Keep it out of training, extend it when new failure types appear, and treat a drop on it as a release blocker.',
    skills: ['evaluation-design'],
  },
  {
    id: 'eval-significance',
    topic: 'evaluation',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'Model B beats model A by 0.8 points of F1 on a 2,000-row test set. Is B better?',
    answer:
      'Not necessarily: on 2,000 rows that difference may be noise. Estimate uncertainty with a paired bootstrap, resampling the test rows and recomputing both models’ scores, and look at the confidence interval of the difference, or use a paired test such as McNemar’s on the disagreements. Also rerun training with several seeds, since the spread between seeds can exceed the gap. If the interval includes zero, prefer the simpler or cheaper model.',
    skills: ['significance-testing', 'statistics'],
  },
  {
    id: 'eval-ab-test-design',
    topic: 'evaluation',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt: 'How would you design an A/B test for a new recommendation model?',
    answer: [
      'Fix the hypothesis, the primary metric (such as purchases per user) and guardrails (latency, returns) before starting.',
      'Randomize by user, not by request, so each person has a consistent experience and observations are independent.',
      'Compute the sample size from the minimum effect worth detecting, the baseline variance, the significance level and the power; run whole weeks to cover weekly cycles.',
      'Do not stop early when the result first looks significant; check that the split ratio is as planned (sample ratio mismatch) before trusting results.',
    ],
    skills: ['significance-testing'],
  },
  {
    id: 'eval-error-analysis',
    topic: 'evaluation',
    rounds: ['take-home', 'onsite'],
    level: 'entry',
    prompt: 'Your model is done and scores acceptably. How do you decide what to improve next?',
    answer:
      'Do error analysis: collect the worst mistakes on validation data, read through a sample of them, and group them into categories such as label errors, a missing feature, a rare segment or bad input data. Compute the metric per slice (region, device, customer type, input length) to find where performance drops. Fix the largest category that is fixable, which is often data rather than model architecture.',
    skills: ['error-analysis'],
  },
  {
    id: 'eval-fairness-audit',
    topic: 'evaluation',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt: 'How would you check whether a loan-approval model treats groups fairly?',
    answer:
      'Compute the metrics per group (approval rate, true- and false-positive rates, precision, calibration) and compare them, with confidence intervals since some groups are small. Removing the protected attribute is not enough, because postcode or income can act as proxies. Fairness definitions such as equal approval rates and equal error rates can conflict, so agree with legal and business owners which one applies, then document the result and monitor it after launch.',
    skills: ['fairness-audit'],
  },
  {
    id: 'eval-tuning-on-test',
    topic: 'evaluation',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt:
      'What is wrong with trying 200 hyperparameter settings and reporting the best test score?',
    answer:
      'Picking the best of 200 results on the test set selects partly for luck on those particular rows, so the reported score overstates performance on new data. Tune on a validation set or with cross-validation, choose one configuration, and only then score the test set once. Random or Bayesian search is usually more efficient than a full grid for the tuning itself.',
    skills: ['evaluation-design'],
  },
  {
    id: 'eval-learning-curves',
    topic: 'evaluation',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'Should you collect more data or build a bigger model? How would you decide?',
    answer:
      'Plot learning curves: the training and validation scores as the training set grows. If the validation score is still rising at the full data size and there is a gap to the training score, more data will likely help. If both curves have flattened at a poor level, the model is too simple or the features too weak, so add capacity or better features. Labelling cost and the error analysis decide which investment is worth it.',
    skills: ['evaluation-design', 'error-analysis'],
  },
  {
    id: 'eval-label-quality',
    topic: 'evaluation',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt: 'How do noisy labels affect training and evaluation, and what can you do about them?',
    answer:
      'Noise in training labels caps what the model can learn and pushes it to memorize errors; noise in test labels makes the measured score wrong, and can even rank models in the wrong order. Measure it: have a sample labelled twice and compute agreement, and review examples where a strong model confidently disagrees with the label. Clean the test set first, write clearer labelling guidelines, and use robust losses or sample weights in training where cleaning is too costly.',
    skills: ['evaluation-design', 'error-analysis'],
  },
];
