import type { CardInput } from './types.js';

/** Shipping and running models: serving, containers, pipelines, monitoring. */
export const deploymentMlopsCards: CardInput[] = [
  {
    id: 'mlops-batch-vs-online',
    topic: 'deployment-mlops',
    rounds: ['technical-screen', 'system-design'],
    level: 'entry',
    prompt: 'When would you score with a nightly batch job, and when with a real-time API?',
    answer:
      'Batch scoring suits predictions that can be computed ahead and do not depend on what happens in the moment, such as weekly churn scores for a retention team or tomorrow’s demand; it is simple, cheap and easy to retry. Real-time serving is needed when the input exists only at request time or freshness matters, such as fraud checks on a payment or search ranking. A hybrid is common: precompute heavy features in batch and combine them with fresh signals online.',
    skills: ['model-serving'],
  },
  {
    id: 'mlops-fastapi-service',
    topic: 'deployment-mlops',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'How would you serve a scikit-learn model as a web API?',
    answer: [
      'Load the serialized pipeline (preprocessing and model together) once at startup, not on every request.',
      'Define the request and response with pydantic models so FastAPI validates input types and ranges and documents the API.',
      'Expose a predict endpoint, a health endpoint for the load balancer, and include the model version in responses and logs.',
      'Pin the library versions used in training, since pickled models break across versions, and add tests that call the endpoint.',
      'Package it in a Docker image and run it behind a production server such as uvicorn with several workers.',
    ],
    skills: ['model-serving', 'docker'],
  },
  {
    id: 'mlops-dockerfile',
    topic: 'deployment-mlops',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'Why containerize a model service, and what makes a good Dockerfile?',
    answer:
      'A container packages the code, the Python version, system libraries and dependencies, so the service runs the same on a laptop, in CI and in production. A good Dockerfile starts from a slim, pinned base image, installs pinned dependencies before copying the code so the layer cache survives code changes, runs as a non-root user, and keeps secrets and training data out of the image. Multi-stage builds keep build tools out of the final image.',
    skills: ['docker'],
  },
  {
    id: 'mlops-training-serving-skew',
    topic: 'deployment-mlops',
    rounds: ['technical-screen', 'onsite', 'system-design'],
    level: 'mid',
    prompt: 'What is training–serving skew, and how do you prevent it?',
    answer:
      'It is any difference between the features or preprocessing the model saw in training and what it receives in production, such as a feature computed in SQL for training but re-implemented in Java for serving, or a default value that differs. The model then silently performs worse than offline. Prevent it by sharing one feature implementation or a feature store for both paths, logging the features actually used at serving time and training on those logs, and comparing feature distributions between the two.',
    skills: ['model-serving', 'model-monitoring'],
  },
  {
    id: 'mlops-drift-types',
    topic: 'deployment-mlops',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt:
      'What is the difference between data drift and concept drift, and how do you detect each?',
    answer:
      'Data drift is a change in the input distribution, such as new customer segments or a sensor recalibrated; concept drift is a change in the relationship between inputs and the target, such as fraudsters changing tactics. Data drift can be detected without labels by comparing recent feature and prediction distributions with a reference window, using the population stability index or Kolmogorov–Smirnov tests. Concept drift shows up only when labels arrive and performance drops, so track delayed metrics and use proxies in the meantime.',
    skills: ['model-monitoring'],
  },
  {
    id: 'mlops-what-to-monitor',
    topic: 'deployment-mlops',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt: 'What would you monitor for a model in production?',
    answer: [
      'Service health: request rate, latency percentiles, error rate, resource use.',
      'Input data quality: schema, missing-value rates, value ranges, volume per source.',
      'Distributions of key features and of the predictions themselves compared with training.',
      'Model performance once labels arrive, overall and per important segment.',
      'The business metric the model is meant to move, with alerts routed to an owner and a runbook for what to do.',
    ],
    skills: ['model-monitoring'],
  },
  {
    id: 'mlops-retraining',
    topic: 'deployment-mlops',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt: 'How do you decide when and how to retrain a production model?',
    answer:
      'Retrain on a schedule that matches how fast the world changes (daily for fraud, monthly for slower domains), or trigger it when monitoring shows drift or a performance drop. Automate the pipeline: pull fresh data, validate it, train, evaluate against the current model on the same recent holdout and the golden set, and promote only if it is at least as good. Keep the previous version ready for rollback and record every run’s data and code versions.',
    skills: ['retraining-pipelines', 'model-registry'],
  },
  {
    id: 'mlops-experiment-tracking',
    topic: 'deployment-mlops',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'What should an experiment tracker record, and why?',
    answer:
      'For every run: the code commit, the data version or query, parameters and configuration, metrics over time and at the end, environment details, and artifacts such as the model file and evaluation plots. With that, any result can be reproduced, compared with others and traced back when a production model misbehaves. Tools such as MLflow or Weights & Biases do it with a few lines added to the training script.',
    skills: ['experiment-tracking'],
  },
  {
    id: 'mlops-model-registry',
    topic: 'deployment-mlops',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'What is a model registry for?',
    answer:
      'It is the catalogue of trained model versions with their lineage (training run, data, code, metrics) and their status, such as candidate, production or archived. Deployment pulls a named version from it instead of a file from someone’s laptop, promotions can require checks or approval, and rolling back means pointing production at the previous version. It also answers "which model made this prediction?" during an incident or an audit.',
    skills: ['model-registry'],
  },
  {
    id: 'mlops-ci-cd',
    topic: 'deployment-mlops',
    rounds: ['technical-screen', 'onsite', 'take-home'],
    level: 'mid',
    prompt: 'What does CI/CD look like for an ML project?',
    answer: [
      'On every change: lint, type-check and unit-test the code, including feature functions and data transforms.',
      'Validate data samples against the expected schema and run a small training smoke test.',
      'For model changes: evaluate on the fixed evaluation set and fail the pipeline if quality drops below the current model or a threshold.',
      'Build and scan the container image, deploy to staging, run integration tests against the endpoint.',
      'Release gradually (canary or shadow) with automatic rollback on errors or latency regressions.',
    ],
    skills: ['ci-cd'],
  },
  {
    id: 'mlops-shadow-canary',
    topic: 'deployment-mlops',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt: 'How do shadow deployments and canary releases reduce the risk of a new model?',
    answer:
      'In shadow mode the new model receives a copy of live traffic and its predictions are logged but not used, so you can compare them with the current model and check latency and errors at no risk to users. A canary sends a small share of real traffic to the new model and widens it step by step while metrics stay healthy, rolling back automatically if they degrade. An A/B test then measures the business effect with proper statistics.',
    skills: ['model-serving', 'ci-cd'],
  },
  {
    id: 'mlops-latency',
    topic: 'deployment-mlops',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt: 'Your model API’s p99 latency is 800 ms and the budget is 100 ms. What do you look at?',
    answer: [
      'Profile first: often the time goes to fetching features, network calls or serialization, not the model.',
      'Precompute or cache features and predictions where inputs repeat; parallelize external calls with timeouts.',
      'Make the model cheaper: a smaller architecture, distillation, quantization, an optimized runtime such as ONNX Runtime.',
      'Use batching on GPUs, keep the model warm in memory, and scale out replicas for throughput.',
      'Check the tail: garbage collection pauses, cold starts and noisy neighbours show up at p99, not in averages.',
    ],
    skills: ['model-optimization', 'model-serving'],
    tags: ['latency'],
  },
  {
    id: 'mlops-reproducibility',
    topic: 'deployment-mlops',
    rounds: ['take-home', 'onsite'],
    level: 'entry',
    prompt: 'How do you make a training run reproducible months later?',
    answer:
      'Version the code with Git and the data with snapshots or a tool such as DVC, or at least store the exact query and date. Pin dependencies in a lock file or container image, put all settings in a config file that is saved with the run, and fix random seeds. Log everything in an experiment tracker; note that GPU training may still vary slightly unless deterministic algorithms are enforced.',
    skills: ['experiment-tracking', 'git'],
    tags: ['reproducibility'],
  },
  {
    id: 'mlops-data-validation',
    topic: 'deployment-mlops',
    rounds: ['technical-screen', 'system-design'],
    level: 'mid',
    prompt: 'Why validate data in an ML pipeline, and what would you check?',
    answer:
      'Upstream changes break models silently: a renamed column, a unit change, a join that duplicates rows. Check the schema and types, allowed ranges and categories, missing-value rates, row counts and uniqueness of keys, and distribution shifts against the previous batch. Run the checks before training and before batch scoring, stop the pipeline on hard failures and warn on soft ones; Great Expectations or pandera make such checks declarative.',
    skills: ['data-validation'],
  },
  {
    id: 'mlops-feature-store',
    topic: 'deployment-mlops',
    rounds: ['onsite', 'system-design'],
    level: 'senior',
    prompt: 'What problem does a feature store solve, and when is it overkill?',
    answer:
      'It defines each feature once and serves it two ways: an offline store with history for building training sets with point-in-time correct joins, and a low-latency online store for serving, which removes a main cause of training–serving skew and lets teams reuse features. It adds infrastructure and operational cost. For one team with a few batch models, well-tested SQL or Python feature code shared between training and scoring is usually enough.',
    skills: ['data-pipelines', 'model-serving'],
  },
];
