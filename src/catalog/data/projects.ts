import type { z } from 'zod';
import type { ProjectSchema } from '../schema.js';

type ProjectInput = z.input<typeof ProjectSchema>;

/**
 * Portfolio projects. Every project has a variant for each of the eight domains, so the planner
 * can hand a switcher a version built on the kind of data their old job produced. Data ideas
 * name kinds of public datasets, never specific links, and never real records from an employer.
 */
export const projects = [
  {
    id: 'first-model-baseline',
    archetype: 'end-to-end-pipeline',
    title: 'First model: clean messy data and beat a naive baseline',
    summary:
      'Take one untidy public table from the industry you know, clean it with tested functions, explore it, and train a simple model that is compared honestly with a naive baseline on a held-out split.',
    skills: ['pandas', 'data-visualization', 'ml-foundations', 'ml-metrics', 'scikit-learn', 'git'],
    deliverables: [
      'A repository whose README states the question, the data source and the headline result',
      'Cleaning functions covered by pytest tests',
      'A results table: naive baseline versus model on a held-out split',
      'A short list of the data problems found and how each was handled',
    ],
    difficulty: 'starter',
    hours: 40,
    deployed: false,
    specializations: [],
    variants: {
      healthcare: {
        title: 'Predicting missed clinic appointments',
        summary:
          'Estimate whether a booked appointment will be missed from lead time, weekday, age band and past visits, and compare with always guessing the majority outcome.',
        data: 'Public appointment no-show datasets from Kaggle or open health-service portals; never real patient records from an employer.',
      },
      finance: {
        title: 'Flagging loan applications likely to default',
        summary:
          'Predict repayment trouble from application fields and show how much better than a single income-to-debt rule the model does.',
        data: 'Public credit and lending datasets with application fields and a repayment outcome, as found on Kaggle or research archives.',
      },
      retail: {
        title: 'Which shoppers come back next month',
        summary:
          'Predict repeat purchases from past order history and compare with the rule that recent buyers return.',
        data: 'Public online-retail transaction logs with invoices, customer ids, products and dates.',
      },
      logistics: {
        title: 'Will this order arrive late?',
        summary:
          'Predict late deliveries from order, seller and route details, against a baseline that uses only the promised delivery window.',
        data: 'Public e-commerce order datasets with promised and actual delivery dates, or anonymised delivery logs whose shape you know from work.',
      },
      manufacturing: {
        title: 'Predicting machine failure from sensor readings',
        summary:
          'Classify whether a machine is about to fail from temperature, torque and wear readings, compared with a fixed alarm threshold.',
        data: 'Public predictive-maintenance datasets of sensor readings labelled with failures.',
      },
      marketing: {
        title: 'Who will respond to a campaign?',
        summary:
          'Predict which contacts answer a direct campaign and compare with targeting everyone, measured as responses per hundred contacts.',
        data: 'Public direct-marketing response datasets, such as the widely used bank telemarketing data.',
      },
      education: {
        title: 'Spotting students at risk of failing a course',
        summary:
          'Predict a failing final grade from attendance, early grades and study time, against the rule of flagging anyone with a low first test.',
        data: 'Public student-performance datasets from open education research.',
      },
      hospitality: {
        title: 'Predicting restaurant inspection results',
        summary:
          'Predict whether a restaurant fails its next health inspection from its history and type, against repeating its last result.',
        data: 'Public restaurant-inspection records published on city open-data portals.',
      },
    },
  },
  {
    id: 'tabular-risk-service',
    archetype: 'end-to-end-pipeline',
    title: 'Tabular prediction service with SQL features and a boosted model',
    summary:
      'Build point-in-time features in SQL from raw event tables, train a gradient-boosted model against a logistic-regression baseline, explain each prediction, and serve the model behind a typed API in a container.',
    skills: [
      'sql-advanced',
      'feature-engineering',
      'gradient-boosting',
      'imbalanced-data',
      'model-explainability',
      'evaluation-design',
      'model-serving',
      'docker',
      'python-testing',
    ],
    deliverables: [
      'SQL feature queries computed as of a cutoff date, with a test that catches leakage',
      'README results table: logistic baseline versus boosted model on a time-based holdout',
      'A FastAPI service returning a score and its top three reasons',
      'A Dockerfile and a deployed URL',
      'Tests for the features, the input schema and the endpoint',
    ],
    difficulty: 'intermediate',
    hours: 80,
    deployed: true,
    specializations: ['tabular'],
    variants: {
      healthcare: {
        title: 'Thirty-day readmission risk from hospital stays',
        summary:
          'Score the chance of readmission within a month from diagnoses, length of stay and prior admissions, with reasons a care coordinator can act on.',
        data: 'De-identified public hospital-encounter datasets (the diabetes readmission data is a common choice) loaded into PostgreSQL.',
      },
      finance: {
        title: 'Card-fraud scoring API',
        summary:
          'Score each transaction for fraud using account-history features built in SQL, tuned for recall at a fixed number of alerts per day.',
        data: 'Public anonymised or synthetic card-transaction datasets with fraud labels.',
      },
      retail: {
        title: 'Churn scores for a subscription shop',
        summary:
          'Rank subscribers by risk of cancelling next month from orders, returns and support contacts, so a retention team knows whom to call.',
        data: 'Public subscription or telecom churn datasets, or order histories from public e-commerce logs with churn defined by you.',
      },
      logistics: {
        title: 'Late-delivery risk per order',
        summary:
          'Score each order for the risk of missing its delivery promise from carrier, route, weight and warehouse load features.',
        data: 'Public order-and-shipment datasets with promised and actual dates, enriched with public holiday calendars.',
      },
      manufacturing: {
        title: 'Scrap risk per production batch',
        summary:
          'Predict whether a batch will fail final quality control from process parameters, so operators can intervene before it is finished.',
        data: 'Public process-quality datasets with many sensor columns and a pass/fail label, such as semiconductor line data.',
      },
      marketing: {
        title: 'Lead scoring for a sales team',
        summary:
          'Rank incoming leads by the chance they convert, with the reasons behind each score shown to the sales rep.',
        data: 'Public lead-conversion datasets, or a synthetic CRM export you design from what you know of real ones.',
      },
      education: {
        title: 'Early warning for online-course dropout',
        summary:
          'Flag learners likely to drop out in the first weeks from activity and assessment patterns, with reasons a tutor can follow up on.',
        data: 'Public online-learning analytics datasets with clickstream, assessments and final outcomes.',
      },
      hospitality: {
        title: 'Booking cancellation risk for a hotel',
        summary:
          'Score each reservation for cancellation risk from lead time, channel, deposit and history, to guide overbooking decisions.',
        data: 'Public hotel-booking demand datasets with booking details and a cancellation flag.',
      },
    },
  },
  {
    id: 'image-classifier-app',
    archetype: 'computer-vision-app',
    title: 'Image classification app with transfer learning',
    summary:
      'Fine-tune a pretrained vision model on a few thousand labelled images, study its mistakes, and ship it as a containerised app where a visitor uploads a photo and gets a prediction with its confidence.',
    skills: [
      'computer-vision',
      'cnn-transfer-learning',
      'pytorch-training-loop',
      'error-analysis',
      'model-serving',
      'docker',
      'cloud-deployment',
    ],
    deliverables: [
      'A training script with checkpoints, data augmentation and a fixed seed',
      'README table: frozen-backbone baseline versus fine-tuned model on a held-out set, with a confusion matrix',
      'A gallery of the worst errors and what each taught you',
      'A Dockerfile and a public demo URL',
      'Tests for preprocessing and the prediction endpoint',
    ],
    difficulty: 'intermediate',
    hours: 80,
    deployed: true,
    specializations: ['computer-vision'],
    variants: {
      healthcare: {
        title: 'Skin-lesion triage research demo',
        summary:
          'Classify dermatology images into a few broad classes, clearly labelled as a learning demo and not a diagnostic tool.',
        data: 'Public de-identified medical image collections released for research challenges.',
      },
      finance: {
        title: 'Back-office document sorter',
        summary:
          'Sort scanned pages into invoices, statements, forms and letters so they reach the right queue without manual triage.',
        data: 'Public scanned-document classification datasets, plus sample documents you create yourself.',
      },
      retail: {
        title: 'Product photo categoriser for a catalogue',
        summary:
          'Assign catalogue categories to product photos so new listings are tagged automatically and mis-filed items are flagged.',
        data: 'Public fashion and product-image datasets, plus photos you take in shops.',
      },
      logistics: {
        title: 'Damaged-parcel detector for the loading dock',
        summary:
          'Tell damaged boxes from intact ones in dock photos so claims can be documented at handover.',
        data: 'Photos of boxes you take and label yourself, topped up with public package-image collections.',
      },
      manufacturing: {
        title: 'Surface-defect inspection for a production line',
        summary:
          'Classify part or surface images as good or by defect type, reporting the miss rate that matters to a quality engineer.',
        data: 'Public industrial defect datasets covering steel surfaces, castings and textured parts.',
      },
      marketing: {
        title: 'Ad creative classifier',
        summary:
          'Tag ad images by format and theme so a team can compare which creative styles perform best.',
        data: 'Public social-media and advertising image collections, or screenshots of campaigns you ran before.',
      },
      education: {
        title: 'Handwritten worksheet answer reader',
        summary:
          'Recognise handwritten digits and short answers on scanned worksheets to speed up marking of practice sheets.',
        data: 'Public handwriting datasets, plus a few hundred worksheet snippets you write and label yourself.',
      },
      hospitality: {
        title: 'Dish recogniser for a restaurant menu',
        summary:
          'Recognise dishes from plate photos to log what leaves the kitchen or to help guests find menu items.',
        data: 'Public food-image datasets, plus photos of dishes you cook or order.',
      },
    },
  },
  {
    id: 'text-classifier-service',
    archetype: 'nlp-system',
    title: 'Text classification and semantic search service',
    summary:
      'Route or tag incoming text with a TF-IDF baseline and a fine-tuned transformer, add semantic search over past examples, and serve both behind one API with a page showing the results.',
    skills: [
      'text-classification',
      'embeddings',
      'transformer-models',
      'evaluation-design',
      'error-analysis',
      'model-serving',
      'docker',
    ],
    deliverables: [
      'A hand-checked golden set of at least 200 labelled texts',
      'README table: TF-IDF baseline versus fine-tuned transformer, with per-class F1',
      'A semantic search endpoint with recall@5 measured on labelled queries',
      'A Dockerfile and a deployed URL',
      'A write-up of the error analysis and the fix it led to',
    ],
    difficulty: 'intermediate',
    hours: 75,
    deployed: true,
    specializations: ['nlp'],
    variants: {
      healthcare: {
        title: 'Triage for patient portal messages',
        summary:
          'Route incoming messages to billing, prescriptions, scheduling or clinical review, and find similar past messages for the responder.',
        data: 'Public medical question-and-answer corpora, or messages you write from experience; never real patient messages.',
      },
      finance: {
        title: 'Complaint router for a bank',
        summary:
          'Assign consumer complaints to product and issue so they reach the right team, and surface similar resolved cases.',
        data: 'Public consumer-complaint databases published by financial regulators.',
      },
      retail: {
        title: 'Product review tagger',
        summary:
          'Tag reviews by issue (sizing, quality, delivery) and sentiment, and let merchandisers search reviews by meaning.',
        data: 'Public product-review corpora from e-commerce sites.',
      },
      logistics: {
        title: 'Support ticket classifier for a carrier',
        summary:
          'Sort customer messages into lost, late, damaged and address-change cases and find how similar cases were solved.',
        data: 'Public customer-support conversation datasets filtered to shipping topics, plus examples you write.',
      },
      manufacturing: {
        title: 'Maintenance log classifier',
        summary:
          'Classify free-text technician notes into failure modes and search past repairs with similar symptoms.',
        data: 'Public maintenance work-order text datasets, or realistic notes you rewrite from memory without company details.',
      },
      marketing: {
        title: 'Brand mention monitor',
        summary:
          'Label social posts about a brand by topic and sentiment and track how the mix changes week by week.',
        data: 'Public social-media sentiment datasets and brand-related posts gathered within platform terms.',
      },
      education: {
        title: 'Essay feedback tagger',
        summary:
          'Tag student essays against rubric dimensions and retrieve past essays with similar feedback for a teacher.',
        data: 'Public essay-scoring competition datasets with rubric scores.',
      },
      hospitality: {
        title: 'Guest review analyser',
        summary:
          'Classify guest reviews by theme (cleanliness, staff, food, noise) and sentiment, and let managers search them by meaning.',
        data: 'Public hotel and restaurant review datasets.',
      },
    },
  },
  {
    id: 'rag-assistant',
    archetype: 'nlp-system',
    title: 'Retrieval-augmented assistant with a golden-set evaluation',
    summary:
      'Answer questions over a document collection with retrieval plus a language model, measure answer and citation accuracy on a hand-written golden set, and improve retrieval on evidence rather than by tweaking prompts.',
    skills: [
      'llm-applications',
      'embeddings',
      'evaluation-design',
      'model-serving',
      'docker',
      'cloud-deployment',
    ],
    deliverables: [
      'A golden set of at least 50 questions with reference answers and sources',
      'README table: keyword baseline versus embedding and hybrid retrieval, on answer and citation accuracy',
      'A service that cites the passages it used and declines when the sources do not cover the question',
      'Cost and latency per query, measured',
      'A Dockerfile and a deployed URL',
    ],
    difficulty: 'advanced',
    hours: 90,
    deployed: true,
    specializations: ['nlp'],
    variants: {
      healthcare: {
        title: 'Assistant over public clinical guidelines',
        summary:
          'Help staff look up procedures in published guidelines with citations, clearly marked as a reference aid rather than medical advice.',
        data: 'Publicly published clinical guidelines and drug labelling documents.',
      },
      finance: {
        title: 'Regulation Q&A for compliance staff',
        summary:
          'Answer questions about rules and filings with the exact clause cited, so an analyst can verify every answer.',
        data: 'Public regulatory texts and published company annual reports.',
      },
      retail: {
        title: 'Shopping assistant over a product catalogue',
        summary:
          'Answer shopper questions about specs, sizing and compatibility using only the catalogue, citing the product pages.',
        data: 'Public product catalogues with descriptions and specifications.',
      },
      logistics: {
        title: 'Customs and shipping-rules assistant',
        summary:
          'Answer questions about restricted items, documents and surcharges with citations to the governing rules.',
        data: 'Public customs guidance and published carrier terms and conditions.',
      },
      manufacturing: {
        title: 'Equipment manual assistant for technicians',
        summary:
          'Let technicians ask about error codes and procedures and get the matching manual section with the answer.',
        data: 'Publicly available machine manuals and safety data sheets.',
      },
      marketing: {
        title: 'Brand guideline and campaign archive assistant',
        summary:
          'Answer questions on tone, logo use and past campaign results, quoting the guideline or report it came from.',
        data: 'Public brand guideline documents, press releases and published campaign case studies.',
      },
      education: {
        title: 'Course tutor that cites the textbook',
        summary:
          'Answer student questions from course material only, pointing to the chapter and page behind each answer.',
        data: 'Openly licensed textbooks and lecture notes.',
      },
      hospitality: {
        title: 'Guest concierge over hotel and local information',
        summary:
          'Answer guest questions about policies, amenities and nearby places using the hotel’s own documents and public tourism guides.',
        data: 'Public tourism-office guides, menus and published hotel policy pages.',
      },
    },
  },
  {
    id: 'recommender-app',
    archetype: 'end-to-end-pipeline',
    title: 'Recommendation service with offline ranking evaluation',
    summary:
      'Build a popularity baseline, a matrix-factorisation model and a small ranker on interaction data, compare them with ranking metrics on a time-based split, and serve top-10 lists with a fallback for new users.',
    skills: [
      'recommender-systems',
      'recsys-evaluation',
      'retrieval-ranking',
      'sql-advanced',
      'model-serving',
      'docker',
    ],
    deliverables: [
      'Interaction tables and features built in SQL',
      'README table: popularity baseline versus models on NDCG@10, recall@20 and catalogue coverage',
      'An API returning recommendations for known and brand-new users',
      'A Dockerfile and a deployed URL',
      'A write-up of popularity bias and what you changed because of it',
    ],
    difficulty: 'intermediate',
    hours: 80,
    deployed: true,
    specializations: ['recsys'],
    variants: {
      healthcare: {
        title: 'Wellness content recommender for a patient app',
        summary:
          'Suggest articles and exercises a user is likely to finish, with a safe default list for people who just signed up.',
        data: 'Public article-interaction or fitness-app activity logs, or simulated interactions designed from your experience.',
      },
      finance: {
        title: 'Next-product suggestions for bank customers',
        summary:
          'Recommend the next account or card a customer is likely to take up, learned from which products similar customers added.',
        data: 'Public bank product-holding datasets that record which customers hold which products month by month.',
      },
      retail: {
        title: '“Also bought” recommendations for an online shop',
        summary:
          'Recommend products from views, carts and purchases, and show the gain over best-sellers for returning and new shoppers.',
        data: 'Public e-commerce event logs with views, add-to-cart events and purchases.',
      },
      logistics: {
        title: 'Carrier suggestions for shippers',
        summary:
          'Recommend carriers or service levels for a lane based on what similar shippers chose and how those shipments went.',
        data: 'Public freight shipment records, or a synthetic lane-and-carrier history built from public trade statistics.',
      },
      manufacturing: {
        title: 'Spare-part suggestions for maintenance jobs',
        summary:
          'Suggest the parts a work order will probably need so technicians bring them on the first trip.',
        data: 'Public bill-of-materials and maintenance datasets, or synthetic work orders based on your shop-floor knowledge.',
      },
      marketing: {
        title: 'Personalised newsletter content',
        summary:
          'Pick the articles each subscriber is most likely to click, and measure the gain over sending everyone the same top stories.',
        data: 'Public news-click and impression logs.',
      },
      education: {
        title: 'Next-exercise recommender for learners',
        summary:
          'Recommend the next practice question at the right difficulty from a learner’s answer history.',
        data: 'Public learner-interaction datasets from online tutoring and practice platforms.',
      },
      hospitality: {
        title: 'Restaurant and hotel recommender for travellers',
        summary:
          'Recommend places to eat or stay from past ratings and location, with a neighbourhood-popularity fallback for new visitors.',
        data: 'Public restaurant and hotel rating datasets from review platforms.',
      },
    },
  },
  {
    id: 'demand-forecaster',
    archetype: 'end-to-end-pipeline',
    title: 'Forecasting service with honest backtests',
    summary:
      'Forecast a quantity your old job planned around, backtest seasonal-naive, a classical model and a global boosted model with a rolling origin, and publish daily forecasts with intervals through a scheduled job and an API.',
    skills: [
      'time-series-forecasting',
      'time-series-ml',
      'data-pipelines',
      'evaluation-design',
      'model-serving',
      'docker',
    ],
    deliverables: [
      'A rolling-origin backtest comparing seasonal-naive, a classical model and a boosted model',
      'Prediction intervals with their measured coverage',
      'A scheduled job that writes fresh forecasts every day',
      'An API and a chart of the latest forecast at a public URL',
      'A README explaining which model won, by how much, and why',
    ],
    difficulty: 'intermediate',
    hours: 75,
    deployed: true,
    specializations: ['time-series'],
    variants: {
      healthcare: {
        title: 'Emergency-department arrivals forecast',
        summary:
          'Forecast daily arrivals a week ahead so nurse rosters can follow demand, with intervals for busy-day planning.',
        data: 'Public hospital-activity statistics published by health services at daily or weekly grain.',
      },
      finance: {
        title: 'Cash demand forecast for an ATM network',
        summary:
          'Forecast daily withdrawals per machine so cash is loaded where it will be needed, with costs for running dry versus idle cash.',
        data: 'Public ATM or branch withdrawal series, or daily payment volumes from central-bank statistics.',
      },
      retail: {
        title: 'Store-item sales forecast',
        summary:
          'Forecast daily unit sales per store and product, accounting for promotions and holidays, to drive replenishment.',
        data: 'Public multi-store sales datasets with promotions and holiday calendars.',
      },
      logistics: {
        title: 'Parcel volume forecast per depot',
        summary:
          'Forecast next week’s volume for each depot so staffing and vehicles match the load.',
        data: 'Public freight and postal volume statistics, or shipment-count series from open transport data.',
      },
      manufacturing: {
        title: 'Energy use forecast for a plant',
        summary:
          'Forecast hourly electricity load to schedule energy-hungry jobs into cheaper hours.',
        data: 'Public industrial or commercial building electricity-load series with weather data.',
      },
      marketing: {
        title: 'Website traffic and lead forecast',
        summary:
          'Forecast daily visits and sign-ups so campaign effects can be judged against what would have happened anyway.',
        data: 'Public page-view series, such as open encyclopedia traffic statistics, plus public holiday calendars.',
      },
      education: {
        title: 'Enrolment and campus usage forecast',
        summary: 'Forecast term enrolments or daily library visits to plan staff and rooms.',
        data: 'Public enrolment statistics and facility-usage counts from open university data portals.',
      },
      hospitality: {
        title: 'Restaurant covers and hotel occupancy forecast',
        summary:
          'Forecast daily guests from reservations, weather and holidays so kitchens order and staff the right amount.',
        data: 'Public restaurant visitor and reservation series or hotel occupancy statistics, with holiday calendars.',
      },
    },
  },
  {
    id: 'mlops-pipeline',
    archetype: 'mlops-system',
    title: 'Production ML pipeline with CI/CD, a registry and drift monitoring',
    summary:
      'Take a model you already trained and surround it with what a team needs: tracked experiments, a model registry, data contracts, CI that tests and deploys, a drift monitor, and a retraining job that promotes a new model only when it wins.',
    skills: [
      'experiment-tracking',
      'model-registry',
      'data-validation',
      'ci-cd',
      'docker',
      'cloud-deployment',
      'model-monitoring',
      'retraining-pipelines',
      'significance-testing',
    ],
    deliverables: [
      'A GitHub Actions workflow that lints, tests, runs a small evaluation, builds the image and deploys',
      'Experiment tracking and a model registry, with a documented rollback',
      'Data-validation checks in the pipeline and at the API',
      'A drift dashboard and an alert fired by replaying shifted data',
      'A retraining job with a promotion gate, and the log of one refused promotion',
    ],
    difficulty: 'advanced',
    hours: 100,
    deployed: true,
    specializations: [],
    variants: {
      healthcare: {
        title: 'Monitored no-show model for a clinic network',
        summary:
          'Run the appointment model as a service that is retrained monthly and alerts when booking patterns shift.',
        data: 'Public appointment datasets replayed month by month to imitate new bookings arriving.',
      },
      finance: {
        title: 'Fraud model with weekly retraining',
        summary:
          'Retrain the fraud scorer every week, promote it only on a significant recall gain, and alert when fraud patterns move.',
        data: 'Public card-transaction data replayed in time order, with an injected change in fraud behaviour.',
      },
      retail: {
        title: 'Recommender that retrains on fresh orders',
        summary:
          'Refresh recommendations nightly from new orders, guarded by offline ranking checks and a drift report on item popularity.',
        data: 'Public e-commerce event logs split by day to imitate a live stream.',
      },
      logistics: {
        title: 'Delivery-time model that watches for route changes',
        summary:
          'Serve arrival-time predictions and detect when error grows because routes, seasons or volumes change.',
        data: 'Public trip or delivery records replayed week by week, with a holiday period acting as the shift.',
      },
      manufacturing: {
        title: 'Predictive-maintenance model with sensor drift alerts',
        summary:
          'Serve failure predictions from streaming sensor readings and alert when a sensor’s distribution moves after recalibration.',
        data: 'Public run-to-failure sensor datasets replayed as a stream, with a simulated recalibration.',
      },
      marketing: {
        title: 'Response model retrained per campaign',
        summary:
          'Retrain the response model after each campaign and promote it only when it beats the current one on the latest holdout.',
        data: 'Public marketing-response data split by campaign period to mimic new launches.',
      },
      education: {
        title: 'Dropout model that adapts each term',
        summary:
          'Retrain the early-warning model every term and detect when course design changes the meaning of activity features.',
        data: 'Public learning-platform logs split by term or course presentation.',
      },
      hospitality: {
        title: 'Demand model that reacts to seasonal shifts',
        summary:
          'Keep a booking-demand model current across seasons, with alerts when an event or closure breaks its assumptions.',
        data: 'Public booking data replayed across seasons, with an unusual period serving as the drift test.',
      },
    },
  },
  {
    id: 'domain-flagship',
    archetype: 'flagship',
    title: 'Flagship: a problem from your old industry, shipped and measured',
    summary:
      'One substantial project on the kind of data your previous career produced: a business question, a simple baseline and a stronger model compared on a held-out set with real numbers, a deployed service, and a lightweight drift check on the features that matter most. It heads the resume.',
    skills: [
      'data-collection',
      'sql-advanced',
      'evaluation-design',
      'significance-testing',
      'error-analysis',
      'model-serving',
      'docker',
      'cloud-deployment',
      'model-monitoring',
      'python-testing',
      'technical-writing',
    ],
    deliverables: [
      'A problem statement written for a manager from your old field',
      'Held-out results: baseline versus model with confidence intervals and dataset sizes',
      'A deployed API with a demo page at a public URL',
      'A drift monitor on the top features, with an alert you tested',
      'README, tests, Dockerfile, CI, and a blog post that walks through what failed',
      'One resume bullet naming data size, model, baseline, metric gain and deployment',
    ],
    difficulty: 'advanced',
    hours: 130,
    deployed: true,
    specializations: [],
    variants: {
      healthcare: {
        title: 'Claim-denial predictor for a clinic billing team',
        summary:
          'Predict which insurance claims will be denied before they are sent, with reasons, compared against the checklist billers use today.',
        data: 'Synthetic patient and claims records from open-source generators such as Synthea, shaped by what you know of billing workflows.',
      },
      finance: {
        title: 'Transaction monitoring with analyst-ready reasons',
        summary:
          'Score transactions for money-laundering risk and compare the model with the rule set compliance teams use as the baseline.',
        data: 'Public synthetic anti-money-laundering transaction datasets, with baseline rules written from your compliance experience.',
      },
      retail: {
        title: 'Personalised recommendations for a small online shop',
        summary:
          'Recommend products on a shop’s pages and measure the gain over best-seller lists for new and returning shoppers.',
        data: 'Public e-commerce event logs, or an anonymised order export from a shop you worked with, used with the owner’s permission.',
      },
      logistics: {
        title: 'Depot volume forecast that sets staffing',
        summary:
          'Forecast daily volume per depot and turn it into a staffing plan, compared with the planner’s usual rule of thumb.',
        data: 'Public parcel or freight volume series, or anonymised aggregate counts from a former employer shared with permission.',
      },
      manufacturing: {
        title: 'Visual inspection station for one defect type',
        summary:
          'Detect one defect type from camera images and compare the miss rate with manual spot checks, running on modest hardware.',
        data: 'Images you capture of real or 3D-printed parts, combined with public industrial defect datasets.',
      },
      marketing: {
        title: 'Social listening assistant for a brand',
        summary:
          'Classify and summarise brand mentions by topic and sentiment, compared with a keyword-rule dashboard as the baseline.',
        data: 'Public review and social-media datasets for one product category, with labels written using your marketing judgement.',
      },
      education: {
        title: 'Short-answer grading assistant for teachers',
        summary:
          'Suggest a score and feedback for short written answers, measured for agreement with a teacher’s own marks.',
        data: 'Public short-answer scoring datasets, plus answers you write and grade with a rubric you used in class.',
      },
      hospitality: {
        title: 'Covers and staffing forecast for a restaurant',
        summary:
          'Forecast daily guests and turn the forecast into a shift plan, compared with last year’s same-weekday numbers.',
        data: 'Public restaurant visitor and reservation datasets, joined with weather and holiday calendars.',
      },
    },
  },
] satisfies ProjectInput[];
