import type { CardInput } from './types.js';

/** Working ML knowledge: the concepts a screen checks before any specialization. */
export const practicalMlCards: CardInput[] = [
  {
    id: 'pml-bias-variance',
    topic: 'practical-ml',
    rounds: ['technical-screen', 'onsite'],
    level: 'entry',
    prompt: 'Explain the bias–variance trade-off and how you tell which problem a model has.',
    answer:
      'Bias is error from a model too simple to capture the pattern; variance is error from a model so flexible that it fits noise in the particular training sample. High bias shows as poor scores on both training and validation data (underfitting). High variance shows as a large gap: excellent training scores, much worse validation scores (overfitting). Learning curves of both scores against training size make the diagnosis visible.',
    skills: ['ml-foundations'],
  },
  {
    id: 'pml-overfitting-remedies',
    topic: 'practical-ml',
    rounds: ['technical-screen', 'onsite'],
    level: 'entry',
    prompt: 'Your model scores 0.98 on training data and 0.71 on validation. What do you try?',
    answer: [
      'First rule out a bug or leakage, such as duplicates between splits or a different preprocessing path.',
      'Get more or cleaner training data, or augment it where that makes sense (images, text).',
      'Reduce capacity: shallower trees, fewer features, a smaller network.',
      'Regularize: L1 or L2 penalties, dropout, weight decay, early stopping on the validation score.',
      'Use cross-validation to make sure the improvement is real and not noise in one split.',
    ],
    skills: ['ml-foundations', 'evaluation-design'],
  },
  {
    id: 'pml-l1-l2-regularization',
    topic: 'practical-ml',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'What is the difference between L1 and L2 regularization?',
    answer:
      'Both add a penalty on the size of the weights to the loss. L1 (lasso) penalizes the sum of absolute values and pushes many weights to exactly zero, which acts as feature selection. L2 (ridge) penalizes the sum of squares and shrinks all weights smoothly, which handles correlated features well. Elastic net mixes both; in every case, scale the features first so the penalty treats them equally.',
    skills: ['ml-foundations', 'scikit-learn'],
  },
  {
    id: 'pml-classification-vs-regression',
    topic: 'practical-ml',
    rounds: ['recruiter-screen', 'technical-screen'],
    level: 'entry',
    prompt:
      'When is a problem classification and when is it regression? Frame "predict next month’s customer spend" both ways.',
    answer:
      'Classification predicts a category (churn or not, which product type), regression predicts a continuous number (spend in dollars). Spend is naturally a regression target, evaluated with MAE or RMSE. If the business only acts on high spenders, it can be framed as classification ("will spend above $500?"), which is simpler but throws away information. Many spend targets are also zero-heavy, which suggests a two-part model: will they buy at all, and how much if they do.',
    skills: ['ml-foundations'],
  },
  {
    id: 'pml-logistic-regression',
    topic: 'practical-ml',
    rounds: ['technical-screen', 'onsite'],
    level: 'entry',
    prompt: 'How does logistic regression work, and why is it a good first model?',
    answer:
      'It fits a linear combination of the features and passes it through the sigmoid, so the model is linear in the log-odds and outputs a probability. Weights are learned by minimizing cross-entropy (log loss), usually with L2 regularization. It is fast, hard to overfit with regularization, gives reasonably calibrated probabilities and interpretable coefficients, which makes it the baseline any fancier model has to beat.',
    skills: ['ml-foundations', 'scikit-learn'],
    tags: ['baseline'],
  },
  {
    id: 'pml-random-forest',
    topic: 'practical-ml',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'How does a random forest improve on a single decision tree?',
    answer:
      'A deep decision tree has low bias but high variance: small data changes produce a very different tree. A random forest trains many trees on bootstrap samples of the rows and considers a random subset of features at each split, so the trees make different errors, and averaging their votes cancels much of the variance. It needs little tuning and gives out-of-bag error estimates for free, but it is larger and slower to serve than one tree.',
    skills: ['ml-foundations', 'scikit-learn'],
  },
  {
    id: 'pml-bagging-vs-boosting',
    topic: 'practical-ml',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'What is the difference between bagging and boosting?',
    answer:
      'Bagging trains models independently on resampled data and averages them, which mainly reduces variance; a random forest is the standard example. Boosting trains models one after another, each fitting the errors (the loss gradient) left by the ensemble so far, which mainly reduces bias; gradient-boosted trees such as XGBoost and LightGBM are the standard example. Boosting usually wins on tabular data but needs a learning rate, early stopping and more care against overfitting.',
    skills: ['ml-foundations', 'gradient-boosting'],
  },
  {
    id: 'pml-feature-scaling',
    topic: 'practical-ml',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt:
      'Which models need feature scaling, and how do you apply it without leaking information?',
    answer:
      'Models based on distances or gradients need it: k-nearest neighbours, SVMs, k-means, regularized linear models and neural networks, because otherwise features with large units dominate. Tree models split on thresholds and do not care. Fit the scaler on the training data only and apply the same transformation to validation, test and production data; a scikit-learn Pipeline does this inside every cross-validation fold automatically.',
    skills: ['scikit-learn', 'feature-engineering'],
    tags: ['leakage'],
  },
  {
    id: 'pml-missing-values',
    topic: 'practical-ml',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'How do you handle missing values?',
    answer: [
      'Ask why the values are missing: missingness is often informative (no income reported, sensor down), and dropping rows can bias the data.',
      'Impute simply (median for numbers, a "missing" category for categories) and add an indicator column so the model can learn from the gap itself.',
      'Gradient-boosted trees such as LightGBM and XGBoost handle missing values natively by learning a default direction at each split.',
      'Fit imputation on the training data inside a pipeline, and make sure production fills gaps exactly the same way.',
    ],
    skills: ['feature-engineering', 'pandas'],
  },
  {
    id: 'pml-categorical-encoding',
    topic: 'practical-ml',
    rounds: ['technical-screen', 'take-home'],
    level: 'mid',
    prompt: 'How do you encode a categorical feature with 5 values? With 50,000 values?',
    answer:
      'With few values, one-hot encoding is simple and safe; set it to ignore categories unseen in training. With tens of thousands of values, one-hot becomes huge and sparse, so use target encoding computed out of fold with smoothing, frequency encoding, feature hashing, learned embeddings, or the native categorical handling of LightGBM or CatBoost. Target encoding computed on the same rows the model trains on leaks the label, which is why it must be done out of fold.',
    skills: ['feature-engineering'],
    tags: ['leakage'],
  },
  {
    id: 'pml-class-imbalance',
    topic: 'practical-ml',
    rounds: ['technical-screen', 'onsite'],
    level: 'entry',
    prompt: 'Only 1 % of transactions are fraud. How do you train and evaluate a model for this?',
    answer: [
      'Evaluate with metrics that respect the imbalance: precision, recall, PR-AUC and the cost of each error, never accuracy alone.',
      'Keep the test set at the real class ratio; stratify splits so every fold has positives.',
      'Use class weights in the loss, or resample the training set only (undersample negatives, oversample positives).',
      'Choose the decision threshold from validation data to meet a business target, such as a review team’s daily capacity.',
      'Often the biggest gain is more and better positive labels.',
    ],
    skills: ['imbalanced-data', 'ml-metrics'],
  },
  {
    id: 'pml-gradient-descent',
    topic: 'practical-ml',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'Explain gradient descent and the role of the learning rate.',
    answer:
      'Gradient descent minimizes a loss by repeatedly moving the parameters a small step against the gradient, the direction in which the loss rises fastest. The learning rate sets the step size: too large and the loss oscillates or diverges, too small and training crawls or stalls. Stochastic and mini-batch variants estimate the gradient on a sample of the data per step, which is cheaper and adds noise that can help, and optimizers such as momentum or Adam adapt the steps.',
    skills: ['ml-foundations', 'calculus'],
  },
  {
    id: 'pml-kmeans',
    topic: 'practical-ml',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'How does k-means work, how do you choose k, and when does it fail?',
    answer:
      'It places k centroids, assigns each point to the nearest one, moves every centroid to the mean of its points and repeats until assignments stop changing; k-means++ initialization makes it more stable. Choose k with the elbow of the within-cluster error, silhouette scores and, above all, whether the clusters are useful to the business. It assumes round clusters of similar size, needs scaled features and is sensitive to outliers; DBSCAN or Gaussian mixtures handle other shapes.',
    skills: ['unsupervised-learning'],
  },
  {
    id: 'pml-pca',
    topic: 'practical-ml',
    rounds: ['technical-screen'],
    level: 'mid',
    prompt: 'What does PCA do, and when would you use it?',
    answer:
      'PCA finds orthogonal directions (principal components) along which the data varies most, computed from the eigenvectors of the covariance matrix or, in practice, an SVD of the centred data. Keeping the first few components compresses correlated features with little loss of variance, which helps visualization, speeds up distance-based models and reduces noise. Standardize features first, and remember the components are mixtures of features, so they are hard to explain, and high variance does not guarantee relevance to the target.',
    skills: ['unsupervised-learning', 'linear-algebra'],
  },
  {
    id: 'pml-feature-importance',
    topic: 'practical-ml',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'How do you find which features matter most, and what are the traps?',
    answer:
      'Built-in impurity importance of tree models is cheap but favours continuous and high-cardinality features. Permutation importance measures how much a validation metric drops when one feature is shuffled, and SHAP values attribute each prediction to features consistently. Correlated features share or steal importance from each other, and importance describes the model, not causation in the world.',
    skills: ['model-explainability'],
  },
  {
    id: 'pml-explain-to-stakeholder',
    topic: 'practical-ml',
    rounds: ['recruiter-screen', 'behavioral', 'onsite'],
    level: 'entry',
    prompt: 'Explain what your churn model does to a sales director with no technical background.',
    answer:
      'Start from their goal: the model ranks customers by how likely they are to cancel next month, so the team can call the riskiest ones first. Say what it learned from (past customers’ usage, support contacts, billing) and how good it is in their terms: of the 100 customers it flags, about how many really leave, and what share of all leavers it catches. Finish with its limits and what you need from them, such as feedback on flagged accounts.',
    skills: ['communication'],
  },
  {
    id: 'pml-curse-of-dimensionality',
    topic: 'practical-ml',
    rounds: ['technical-screen'],
    level: 'mid',
    prompt: 'What is the curse of dimensionality, and why does it hurt k-nearest neighbours?',
    answer:
      'As the number of features grows, the volume of the space grows exponentially, so any fixed dataset becomes sparse and the distances between points become nearly equal. k-nearest neighbours then has no genuinely near neighbours to vote, and irrelevant features add noise to every distance. Feature selection, dimensionality reduction or learned embeddings bring the problem back to a space where distance means something.',
    skills: ['ml-foundations'],
  },
];
