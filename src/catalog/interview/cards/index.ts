import { behavioralCards } from './behavioral.js';
import { computerVisionCards } from './computer-vision.js';
import { deepLearningCards } from './deep-learning.js';
import { deploymentMlopsCards } from './deployment-mlops.js';
import { evaluationCards } from './evaluation.js';
import { metricsCards } from './metrics.js';
import { nlpLlmCards } from './nlp-llm.js';
import { practicalMlCards } from './practical-ml.js';
import { pythonCards } from './python.js';
import { recommenderCards } from './recommender.js';
import { sqlCards } from './sql.js';
import { systemDesignCards } from './system-design.js';
import { tabularCards } from './tabular.js';
import { timeSeriesCards } from './time-series.js';
import type { CardInput } from './types.js';

export type { CardInput } from './types.js';

/** Every card, grouped by topic in the order of INTERVIEW_TOPICS. */
export const cards: CardInput[] = [
  ...pythonCards,
  ...sqlCards,
  ...practicalMlCards,
  ...metricsCards,
  ...evaluationCards,
  ...deepLearningCards,
  ...nlpLlmCards,
  ...computerVisionCards,
  ...timeSeriesCards,
  ...recommenderCards,
  ...tabularCards,
  ...deploymentMlopsCards,
  ...systemDesignCards,
  ...behavioralCards,
];
