import type { BulletElement, Verdict } from './bullet-coach.js';

/** One hand-labelled resume bullet: the verdict and the elements a careful reader would see. */
export interface BulletFixture {
  text: string;
  verdict: Verdict;
  has: BulletElement[];
}

/**
 * Bullets written for this test set (none taken from the seed articles), labelled by hand before
 * the rules were tuned. Strong: a measured result against a baseline on stated data. Fair:
 * concrete, but the result, the baseline or the data is missing. Weak: vague, or effort without
 * an outcome (courses, counts of projects, tool lists).
 */
export const BULLET_FIXTURES: BulletFixture[] = [
  // strong, across domains
  {
    text: 'Built a churn model on 12,000 customer records with LightGBM, lifting recall on the churn class from 64% (logistic baseline) to 81% on a held-out 2,400-row test set',
    verdict: 'strong',
    has: ['action-verb', 'metric', 'baseline', 'dataset-size', 'model', 'evaluation-set'],
  },
  {
    text: 'Trained a ResNet-50 classifier on 8,400 chest X-ray images, raising AUC from 0.81 to 0.90 over a logistic regression baseline on a held-out hospital test set',
    verdict: 'strong',
    has: ['action-verb', 'metric', 'baseline', 'dataset-size', 'model', 'evaluation-set', 'domain'],
  },
  {
    text: 'Cut demand-forecast error (MAPE) from 18% to 11% versus the seasonal naive baseline across 3 years of daily sales for 240 stores, validated with rolling backtests',
    verdict: 'strong',
    has: ['action-verb', 'metric', 'baseline', 'dataset-size', 'evaluation-set', 'domain'],
  },
  {
    text: 'Deployed a fraud-detection XGBoost model as a FastAPI service that flags 2.3x more fraudulent transactions than the rule-based system on 150k held-out payments, with drift alerts in Grafana',
    verdict: 'strong',
    has: [
      'action-verb',
      'metric',
      'baseline',
      'dataset-size',
      'model',
      'evaluation-set',
      'deployment',
      'monitoring',
      'domain',
    ],
  },
  {
    text: 'Fine-tuned DistilBERT on 40,000 support tickets to route them to 12 queues, improving macro-F1 from 0.62 (TF-IDF + logistic regression baseline) to 0.79 under 5-fold cross-validation',
    verdict: 'strong',
    has: ['action-verb', 'metric', 'baseline', 'dataset-size', 'model', 'evaluation-set'],
  },
  {
    text: 'Reduced median inference latency from 420 ms to 95 ms vs. the original PyTorch model by exporting to ONNX, benchmarked on 10,000 production requests',
    verdict: 'strong',
    has: ['action-verb', 'metric', 'baseline', 'dataset-size', 'deployment'],
  },
  {
    text: "Built a no-show predictor for a 3-clinic practice from 65,000 past appointments; gradient boosting beat the clinic's overbooking rule (AUC 0.74 vs 0.61) on an out-of-time test set, letting staff recover about 9 hours of idle time per week",
    verdict: 'strong',
    has: [
      'action-verb',
      'metric',
      'baseline',
      'dataset-size',
      'model',
      'evaluation-set',
      'domain',
      'business-impact',
    ],
  },
  {
    text: "Raised precision at 90% recall from 0.42 to 0.67 compared with the vendor's scoring on 1.2M loan applications, measured on a 2023 out-of-time holdout",
    verdict: 'strong',
    has: ['action-verb', 'metric', 'baseline', 'dataset-size', 'evaluation-set', 'domain'],
  },
  {
    text: 'Lowered the misrouted-parcel rate from 4.1% to 2.6% against the manual sorting baseline, evaluated in a two-week A/B test on 310,000 shipments',
    verdict: 'strong',
    has: ['action-verb', 'metric', 'baseline', 'dataset-size', 'evaluation-set', 'domain'],
  },
  {
    text: 'Built a defect detector with YOLOv8 on 5,600 labelled photos from my factory line; recall on cracked parts rose from 71% (previous vision system) to 93% on a held-out week of production',
    verdict: 'strong',
    has: ['action-verb', 'metric', 'baseline', 'dataset-size', 'model', 'evaluation-set', 'domain'],
  },
  {
    text: 'Cut stockouts by 18% across 120 stores by replacing spreadsheet forecasts with a LightGBM model trained on 2 years of point-of-sale data',
    verdict: 'strong',
    has: [
      'action-verb',
      'metric',
      'baseline',
      'dataset-size',
      'model',
      'domain',
      'business-impact',
    ],
  },
  {
    text: 'Scraped 30,000 apartment listings and trained a gradient-boosted regressor that predicts rent within 9% MAPE, beating a neighborhood-median baseline (14% MAPE) on a held-out city district',
    verdict: 'strong',
    has: ['action-verb', 'metric', 'baseline', 'dataset-size', 'model', 'evaluation-set', 'domain'],
  },
  {
    text: 'Trained a U-Net to segment tumors in 1,100 MRI scans, reaching a Dice score of 0.82 vs 0.74 for the published baseline on the held-out test split',
    verdict: 'strong',
    has: ['action-verb', 'metric', 'baseline', 'dataset-size', 'model', 'evaluation-set', 'domain'],
  },
  {
    text: 'Improved F1 on 8,000 product reviews from 0.71 with a keyword rule to 0.86 with a fine-tuned BERT model',
    verdict: 'strong',
    has: ['action-verb', 'metric', 'baseline', 'dataset-size', 'model'],
  },

  // fair: concrete, something essential missing
  {
    text: 'Built a LightGBM churn model that reached 0.87 AUC',
    verdict: 'fair',
    has: ['action-verb', 'metric', 'model'],
  },
  {
    text: 'Trained an XGBoost model on 200,000 credit card transactions with 0.93 AUC on a held-out test set',
    verdict: 'fair',
    has: ['action-verb', 'metric', 'dataset-size', 'model', 'evaluation-set', 'domain'],
  },
  {
    text: 'Compared a random forest with a logistic regression baseline on 10,000 patient records',
    verdict: 'fair',
    has: ['action-verb', 'baseline', 'dataset-size', 'model', 'domain'],
  },
  {
    text: 'Deployed a sentiment classifier as a Dockerized FastAPI service on AWS with a Grafana dashboard for latency and drift',
    verdict: 'fair',
    has: ['action-verb', 'deployment', 'monitoring'],
  },
  {
    text: 'Improved model accuracy by 12% by engineering new features from billing data',
    verdict: 'fair',
    has: ['action-verb', 'metric', 'baseline'],
  },
  {
    text: 'Automated weekly inventory reports with Python and SQL, saving the team 6 hours per week',
    verdict: 'fair',
    // A saving is a difference from the old way of working, so it carries its own baseline.
    has: ['action-verb', 'metric', 'baseline', 'domain', 'business-impact'],
  },
  {
    text: 'Managed a team of 8 pharmacy technicians and cut prescription wait times by 25%',
    verdict: 'fair',
    // Shorter waits for patients are an operational outcome, hence business impact.
    has: ['action-verb', 'metric', 'baseline', 'domain', 'business-impact'],
  },
  {
    text: 'Built a RAG assistant over 3,000 internal policy documents using LangChain and pgvector, deployed on Streamlit',
    verdict: 'fair',
    has: ['action-verb', 'dataset-size', 'model', 'deployment'],
  },
  {
    text: 'Forecasted daily hotel bookings with Prophet, reaching a MAPE of 9.8% on the last 90 days held out',
    verdict: 'fair',
    has: ['action-verb', 'metric', 'model', 'evaluation-set', 'domain'],
  },
  {
    text: 'Trained a LightGBM churn model on 50,000 customer records',
    verdict: 'fair',
    has: ['action-verb', 'dataset-size', 'model'],
  },
  {
    text: 'Predicted 30-day hospital readmissions for 48,000 discharges with logistic regression, AUC 0.71 on a held-out year',
    verdict: 'fair',
    has: ['action-verb', 'metric', 'dataset-size', 'model', 'evaluation-set', 'domain'],
  },
  {
    text: 'Designed an A/B test for a recommendation widget that raised click-through rate by 4.2% over 3 weeks',
    verdict: 'fair',
    has: ['action-verb', 'metric', 'baseline', 'evaluation-set'],
  },
  {
    text: 'Shipped a Whisper-based transcription API for 200 call-center agents, cutting after-call note time from 6 minutes to 2 minutes per call',
    verdict: 'fair',
    // A call centre is the prior-career setting here.
    has: ['action-verb', 'metric', 'baseline', 'model', 'deployment', 'domain', 'business-impact'],
  },
  {
    text: 'Set up a logistic regression baseline and a gradient-boosted model for loan default prediction',
    verdict: 'fair',
    has: ['action-verb', 'baseline', 'model', 'domain'],
  },
  {
    text: 'Achieved 98% accuracy on the MNIST test set with a small CNN',
    verdict: 'fair',
    has: ['action-verb', 'metric', 'model', 'evaluation-set'],
  },
  {
    text: 'Trained a gradient-boosted model on 85,000 loan applications, validated it with 5-fold cross-validation and served it through a Flask API with weekly drift checks',
    verdict: 'fair',
    has: [
      'action-verb',
      'dataset-size',
      'model',
      'evaluation-set',
      'deployment',
      'monitoring',
      'domain',
    ],
  },

  // weak: vague, effort without outcome, tool lists (several with numbers that are not results)
  { text: 'Worked on machine learning models', verdict: 'weak', has: [] },
  {
    text: 'Completed 12 online courses in machine learning and deep learning',
    verdict: 'weak',
    has: [],
  },
  {
    text: 'Python, SQL, pandas, scikit-learn, TensorFlow, Docker, Git',
    verdict: 'weak',
    has: ['deployment'],
  },
  {
    text: 'Helped with data cleaning and model training for various projects',
    verdict: 'weak',
    has: [],
  },
  {
    text: 'Responsible for building predictive models for the marketing team',
    verdict: 'weak',
    has: ['domain'],
  },
  {
    text: 'Passionate about AI and machine learning, with 3 years of self-study',
    verdict: 'weak',
    has: [],
  },
  { text: 'Built 5 end-to-end machine learning projects', verdict: 'weak', has: ['action-verb'] },
  {
    text: 'Ranked in the top 3% of a Kaggle competition with 2,000 teams',
    verdict: 'weak',
    has: ['action-verb'],
  },
  {
    text: 'Earned the TensorFlow Developer Certificate and the AWS Machine Learning Specialty',
    verdict: 'weak',
    has: [],
  },
  {
    text: 'Used pandas and matplotlib to explore a dataset of 50,000 rows',
    verdict: 'weak',
    has: ['dataset-size'],
  },
  { text: 'I built a model to predict house prices', verdict: 'weak', has: ['action-verb'] },
  {
    text: 'Was responsible for reporting and data analysis in a retail company for 4 years',
    verdict: 'weak',
    has: ['domain'],
  },
  { text: 'Took part in a hackathon where our team built a chatbot', verdict: 'weak', has: [] },
  { text: 'Analyzed sales data', verdict: 'weak', has: ['action-verb'] },
  {
    text: "Built an essay-scoring model for my former school's English department",
    verdict: 'weak',
    has: ['action-verb', 'domain'],
  },
  {
    text: 'Responsible for monthly KPI reporting to senior leadership',
    verdict: 'weak',
    has: [],
  },
  {
    text: 'Improved model performance significantly using advanced deep learning techniques',
    verdict: 'weak',
    has: ['action-verb'],
  },
  {
    text: 'Set up CI with GitHub Actions and pytest for a FastAPI model service',
    verdict: 'weak',
    has: ['action-verb', 'deployment'],
  },
  {
    text: 'Built a demand forecasting model for a logistics company',
    verdict: 'weak',
    has: ['action-verb', 'domain'],
  },
  {
    text: 'Spent 600 hours studying statistics, linear algebra and Python over 2 years',
    verdict: 'weak',
    has: [],
  },
  {
    text: 'Led the migration of 40 dashboards from Excel to Power BI for the finance team',
    verdict: 'weak',
    has: ['action-verb', 'domain'],
  },
  {
    text: 'Enthusiastic self-taught ML practitioner. Finished several courses. Comfortable with PyTorch and Keras.',
    verdict: 'weak',
    has: [],
  },
  {
    text: 'Trained a CNN in PyTorch on CIFAR-10 following a tutorial',
    verdict: 'weak',
    has: ['action-verb', 'model'],
  },
];
