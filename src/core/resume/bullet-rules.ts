import { loadCatalog } from '../../catalog/index.js';

/**
 * The vocabulary and pattern rules the bullet coach reads a bullet with. Each rule names a kind
 * of evidence (a metric name, a data noun, an evaluation phrase…) rather than a whole phrase, so
 * bullets the coach has never seen are read the same way.
 */

const words = (list: string) => list.trim().split(/\s*\|\s*/);
const alternation = (list: string[]) =>
  list.map((item) => item.replace(/[.*+?^${}()[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+')).join('|');

/** Verbs that name something done to the world; irregular pasts and base forms the -ed rule misses. */
export const STRONG_VERBS = new Set(
  words(`
    built | led | ran | wrote | cut | made | drove | grew | won | set | taught | brought | found |
    rebuilt | began | chose | kept | held | sold | put | shipped | spun | stood | overhauled | rewrote |
    build | lead | run | write | make | drive | grow | design | develop | train | deploy | ship |
    reduce | improve | create | automate | analyze | analyse | own | launch | migrate | optimize |
    optimise | forecast | predict | detect | classify | implement | engineer | architect | scale |
    manage | coordinate | negotiate | teach | mentor | lower | raise | lift | boost | increase |
    decrease | cut | halve | double | triple | speed | fine-tune | benchmark | evaluate | label |
    clean | scrape | collect | model | serve | monitor | test | validate | refactor | replace
  `),
);

/** Openers that hide what the person did: helping, being responsible, merely using. */
export const WEAK_OPENERS =
  /^(?:helped(?:\s+(?:to|with|in))?|assisted(?:\s+(?:with|in))?|supported|worked\s+(?:on|with|in)|participated\s+in|contributed\s+to|involved\s+in|was\s+involved\s+in|(?:was\s+|were\s+)?responsible\s+for|tasked\s+with|in\s+charge\s+of|handled|used|utili[sz]ed|leveraged|tried\s+to|attempted\s+to|exposed\s+to|duties\s+included|was\s+part\s+of|was|were)\b/i;

/** Openers that describe learning or attending rather than producing something. */
export const ACTIVITY_OPENERS =
  /^(?:completed|took(?:\s+part\s+in)?|attended|studied|learned|learnt|finished|earned|obtained|passed|watched|read|followed|enrolled\s+in|enrolled|practi[cs]ed|spent|explored|gained|got)\b/i;

/** Adjectives that look like -ed verbs at the start of a line ("Experienced in…"). */
export const ADJECTIVE_OPENERS = new Set(
  words(`
    experienced | skilled | motivated | dedicated | talented | interested | seasoned | certified |
    qualified | versed | detail-oriented | self-motivated | results-driven | data-driven |
    well-versed | passionated | focused | self-taught | advanced | accomplished | committed
  `),
);

/** Words that mark learning and effort as opposed to results. */
export const ACTIVITY_NOUNS =
  /\b(?:courses?|certificates?|certifications?|moocs?|bootcamps?|tutorials?|specialization|specialisation|nanodegrees?|lectures?|hackathons?|kaggle\s+competitions?|self[- ]study|self[- ]taught|studying|coursework)\b/i;

/** Nouns that count effort when a number stands before them. */
export const EFFORT_NOUNS = words(`
  courses | course | certificates | certificate | certifications | projects | project | notebooks |
  tutorials | competitions | hackathons | models | apps | repositories | repos | books | lectures |
  modules | lessons | years | year | months | month | weeks | week | hours | hour | moocs |
  specializations | nanodegrees | bootcamps | dashboards | reports | presentations | papers |
  articles | posts | people | members | engineers | analysts | teams | team
`);

/** Items a dataset is counted in; "N <item>" is always a dataset size. */
export const DATA_ITEMS = words(`
  rows | row | records | record | images | image | photos | photo | scans | scan | x-rays |
  documents | document | docs | texts | sentences | tokens | transactions | transaction | samples |
  sample | examples | observations | data points | datapoints | entries | labels | annotations |
  files | logs | events | frames | videos | clips | transcripts | recordings | utterances | requests |
  gb | tb | mb
`);

/** Things that are a dataset only in an ML bullet ("48,000 discharges" vs "8 patients a day"). */
export const ENTITY_NOUNS = words(`
  reviews | tickets | claims | emails | messages | tweets | posts | articles | calls | invoices |
  shipments | orders | listings | queries | applications | appointments | visits | encounters |
  discharges | admissions | questions | answers | essays | resumes | receipts | products | items |
  skus | pages | series | trips | rides | readings | measurements | patients | customers | users |
  students | accounts | households | loans | policies | stores | parcels | payments | contracts |
  cases | bookings | reservations | vehicles | devices | sensors | machines | parts | units | sessions
`);

/** Nouns that count people doing a job, never a dataset ("200 agents", "8 technicians"). */
export const ROLE_NOUNS = new Set(
  words(`
    agents | staff | employees | engineers | analysts | nurses | teachers | drivers | technicians |
    colleagues | stakeholders | teams | participants | competitors | people | members | reports |
    volunteers | interns | managers | developers | scientists | clinicians | doctors | pharmacists |
    representatives | reps | associates | workers | operators | contributors | mentees | countries |
    cities | languages | classes | queues | features | layers | epochs | parameters | params |
    seconds | minutes | hours | days | weeks | months | years | times | points | percent | dollars |
    euros | pounds | courses | projects | models | notebooks | dashboards | competitions | apps |
    certificates | tutorials | steps | stages | folds | iterations | experiments | runs | lines
  `),
);

/** Words after which a count of days or years describes the span of the data. */
export const DATA_SPAN_NOUNS =
  /^(?:data|history|records|logs|sales|transactions|orders|prices|readings|traffic|claims|bookings|visits|demand|usage|telemetry|weather|loads|deliveries|shipments|routes|results|grades|exams|scores|returns|admissions|appointments)$/i;

/** Evaluation metrics, matched case-insensitively as whole words. */
export const METRIC_NAMES = new RegExp(
  `\\b(?:${alternation(
    words(`
      accuracy | balanced accuracy | precision | recall | sensitivity | specificity | f1 | f1-score |
      f-score | f1 score | macro-f1 | micro-f1 | macro f1 | auc | roc-auc | roc auc | auroc | pr-auc |
      auprc | average precision | mean average precision | rmse | mae | mape | smape | wape |
      mse | r2 | r-squared | log loss | logloss | cross-entropy | brier | bleu | rouge | rouge-l |
      meteor | wer | cer | perplexity | ndcg | mrr | hit rate | hit-rate | recall@k | precision@k |
      top-1 | top-5 | iou | dice | dice score | latency | throughput | error rate |
      false positive rate | false positives | false negatives | fpr | tpr | kappa | gini |
      exact match | uplift | p95 | p99 | click-through rate | ctr | conversion rate
    `),
  )})\\b`,
  'i',
);

/** Evaluation-set phrases: held-out data, test splits, cross-validation, live experiments. */
export const EVALUATION_SET =
  /\b(?:held[- ]?out|hold[- ]?out|holdout|(?:test|validation|eval|evaluation|dev)[- ](?:set|split|data|fold|period|week|month|sample)s?|cross[- ]?validat\w*|k[- ]fold|\d+[- ]fold\s+(?:cv|cross)|a\/b[- ]?tests?|a\/b[- ]testing|a\/b\s+experiment|out[- ]of[- ](?:time|sample)|back[- ]?test\w*|golden\s+(?:set|dataset|data)|leave[- ]one[- ]out|(?:time|temporal|chronological)[- ](?:based\s+)?split|blind\s+(?:test|set)|shadow\s+(?:deployment|mode|test\w*|launch|run)|canary\s+(?:release|test\w*)|unseen\s+\w+|test\s+on\s+\w+\s+held|(?:live|field|production)\s+pilots?|replay(?:ed|ing)?\s+(?:[\w-]+\s+){0,4}?(?:historical|past|production|recorded|real)\b|(?:checked|tested|validated|evaluated|measured|scored)\s+on\s+(?:the\s+|a\s+)?(?:(?:19|20)\d\d|next|following|later|new|fresh)\s+(?:cohort|season|year|quarter|month|intake|class|batch))\b/i;

/** Deployment: serving, containers, cloud hosting, production traffic. */
export const DEPLOYMENT =
  /\b(?:deploy\w*|re-?deployed|serv(?:ed|ing|es)\s+(?:as|via|through|behind|from|on|in|by|to|predictions|the\s+model|it|them|real-time|live)|api|apis|endpoints?|fastapi|flask|django|docker\w*|containeri[sz]\w*|containers?|kubernetes|k8s|in\s+production|to\s+production|into\s+production|production[- ](?:model|system|service|pipeline|traffic|requests|environment|use|grade|ready|app|application|endpoint)s?|shipped|streamlit|gradio|hugging\s+face\s+spaces?|web\s+app|live\s+(?:demo|app|site|service)|sagemaker|vertex\s+ai|lambda|cloud\s+run|heroku|on\s+(?:aws|gcp|azure|ec2)|ci\/cd|batch\s+(?:scoring|inference|predictions|job)|microservices?|bentoml|torchserve|triton|model\s+server|(?:live|production)\s+pilots?|piloted\s+(?:it|them|the|in|at|with))\b/i;

export const DEPLOYMENT_CASED = /\bREST(?:ful)?\b/;

/** Monitoring once the model runs; dashboards count only next to model or service words. */
export const MONITORING =
  /\b(?:monitor\w*|drift|alerting|observability|prometheus|grafana|evidently|whylabs|retrain\w*|(?:drift|latency|error|errors|accuracy|performance|data[- ]quality|uptime|slack|pagerduty|on-call)\s+alerts?|alerts?\s+(?:on|for|when)\s+(?:[\w-]+\s+){0,2}?(?:drift|latency|errors?|accuracy|failures?|outages?|degradation))\b/i;
export const DASHBOARD = /\bdashboards?\b/i;

/** Specific model families and architectures (case-insensitive). */
export const MODEL_FAMILIES = new RegExp(
  `\\b(?:${alternation(
    words(`
      logistic regression | linear regression | ridge regression | lasso | elastic net |
      random forests | random forest | decision trees | decision tree | xgboost | lightgbm |
      catboost | svm | svms | support vector machine | support vector | knn | k-nn |
      nearest neighbours | nearest neighbors | naive bayes | neural network | neural networks |
      neural net | mlp | cnn | cnns | rnn | lstm | lstms | gru | transformer | transformers | bert |
      distilbert | roberta | deberta | gpt | llm | llms | llama | mistral | resnet | efficientnet |
      mobilenet | u-net | unet | yolo | r-cnn | faster r-cnn | mask r-cnn | arima | sarima |
      sarimax | exponential smoothing | holt-winters | autoencoder | autoencoders |
      isolation forest | k-means | kmeans | dbscan | matrix factorization |
      matrix factorisation | collaborative filtering | two-tower | word2vec | gnn |
      graph neural network | survival model | cox model | bayesian model | glm | gam |
      stacked ensemble | embedding model | embeddings | sentence transformer | sentence-transformers |
      gradient boosting | gradient-boosting | gradient boosted | gradient-boosted | xlm-r | t5 | vit |
      logistic model | logit model | probit | or-tools | vehicle-routing solver | routing solver |
      linear programming | integer programming | mixed-integer | cross-encoder | bi-encoder
    `),
  )})(?:[-\\w.]*)\\b`,
  'i',
);

/** Model names that are ordinary words in lower case: matched only as written (Whisper, RAG). */
export const MODEL_PROPER_NAMES = /\b(?:Whisper|Prophet|CLIP|RAG|Stable Diffusion|SAM|GPT-\w+)\b/;

/** Words that place a bullet in the ML world, so counts of people or items are data. */
export const ML_CONTEXT =
  /\b(?:models?|machine\s+learning|ml|ai|sql|features?|classifier|regressor|predictor|predict\w*|forecast\w*|dataset|data|train\w*|fine-?tun\w*|features|pipeline|nlp|vision|detector|embeddings?|inference|labell?ed|algorithm|clustering|segment\w*|recommend\w*|scor(?:e|ed|ing))\b/i;

/** Business outcome nouns; they count when an outcome verb acts on them. */
export const BUSINESS_NOUNS = words(`
  revenue | sales | cost | costs | spend | savings | churn | conversion | conversions | retention |
  profit | profits | margin | margins | roi | stockouts | stock-outs | waste | losses |
  write-offs | chargebacks | no-shows | downtime | turnover | overtime | fraud losses | refunds |
  returns | time | wait times | wait time | handling time | manual work | manual effort |
  manual review | workload | backlog | complaints | escalations | errors | defects | delays |
  late deliveries | bookings | occupancy | basket size | order value | lifetime value |
  false alerts | false alarms | false positives | false declines | manual reviews
`);

export const OUTCOME_VERBS = words(`
  cut | cutting | cuts | reduced | reducing | reduces | lowered | lowering | raised | raising |
  increased | increasing | boosted | boosting | grew | growing | saved | saving | saves |
  lifted | lifting | prevented | preventing | avoided | avoiding | recovered | recovering |
  generated | generating | added | adding | drove | driving | decreased | decreasing | halved |
  halving | doubled | doubling | improved | improving | shrank | trimmed | eliminated |
  eliminating | freed | freeing | recouped | protected | unlocked
`);

/** Comparison words and phrases that name what a result is measured against. */
export const BASELINE =
  /\b(?:baselines?|benchmark(?:ed)?\s+against|vs\.?|versus|compared\s+(?:to|with|against)|relative\s+to|outperform\w*|beat(?:s|ing)?\b|improv\w*\s+(?:on|over|upon)\s+(?:a|an|the)\b|up\s+from|down\s+from|against\s+[\d.,]+\s*%?\s+(?:for|from|with|by|under|using)\s|replac\w*\s+(?:a|an|the)?\s*(?:\w+\s+){0,2}?(?:rules?|manual|spreadsheets?|heuristics?|legacy|existing|previous|old|current)|(?:previous|existing|prior|legacy|old|current|original|manual|rule-based|heuristic|naive|majority-class|vendor's|vendor|published|incumbent)\s+(?:[\w-]+\s+){0,2}?(?:models?|systems?|process|processes|approach|baseline|method|rules?|scoring|forecasts?|version|solution|pipeline))\b/i;

/** "I" as a pronoun (not "Type I error"), and bullets that open with we, my or our. */
export const PRONOUN_I =
  /(?<!\b(?:[Tt]ype|[Pp]hase|[Ll]evel|[Tt]ier|[Pp]art|[Ss]tage)\s)(?<![\w'’.])I(?:['’](?:m|ve|d))?(?![\w'’/]|\.\w)/;
export const LEADING_PRONOUN = /^(?:we|my|our)\b/i;
/** Metric names that are everyday words in lower case, matched only as written. */
export const METRIC_NAMES_CASED = /\b(?:mAP(?:@[\d.:]+)?|MAP@\d+)\b/;
export const INFLATED =
  /\b(?:production-grade|enterprise-grade|state-of-the-art|cutting-edge|world-class|industry-leading|revolutionary|groundbreaking|best-in-class)\b/i;
export const UNQUANTIFIED =
  /\b(?:significantly|greatly|drastically|dramatically|substantially|massively|hugely|considerably|vastly|tremendously)\b/i;

/** Tool-list openers: after one of these, a comma list of tools is all the bullet holds. */
export const TOOL_LIST_OPENER =
  /^(?:(?:skills|tools|tech(?:nical)?\s+stack|stack|technologies|languages|frameworks)\s*:|proficient\s+(?:in|with)|skilled\s+(?:in|with)|experienced\s+(?:in|with)|experience\s+(?:in|with)|familiar\s+with|knowledge\s+of|comfortable\s+with|used|utili[sz]ed|worked\s+with|using)\s*/i;

/** Domain words that are ambiguous in ML bullets ("server", "feature store", "site reliability"). */
export const AMBIGUOUS_DOMAIN_WORDS = new Set(
  words(`
    server | quality | engineering | site | growth | plant | store | assembly | maintenance |
    brand | audit | sem | health | shipping | delivery
  `),
);

/** Extra industry words the catalog's career keywords do not list but bullets use. */
const EXTRA_DOMAIN_WORDS = words(`
  patients | hospitals | clinics | readmission | readmissions | diagnosis | diagnostic | tumor |
  tumors | tumour | tumours | mri | x-ray | x-rays | ct scans | ehr | icu | prescription |
  prescriptions | health-tech | healthtech | health tech | public health | health insurance |
  predictive maintenance | fraud | fraudulent | credit card | credit risk | credit scoring |
  underwriting | policyholders | invoices | stores | shoppers | basket | skus | sku |
  point-of-sale | merchandise | parcel | parcels | shipments | deliveries | warehouses | freight |
  supply chain | factory | factories | defect | defects | production line | students | schools |
  exam | exams | grading | hotels | restaurants | bookings | guests | rent | rental | apartment |
  apartments | real estate | property | housing | energy | electricity | solar | grid | farm | farms |
  crop | crops | agriculture | legal | telecom | call-center | call center | insurance claims |
  retail | e-commerce | ecommerce | logistics | finance | banking | healthcare | manufacturing
`);

let domainPattern: RegExp | undefined;

/** Industry and prior-career words: the catalog's domain keywords plus bullet-specific ones. */
export function domainWords(): RegExp {
  if (!domainPattern) {
    const catalogWords = loadCatalog()
      .domains.flatMap((domain) => domain.keywords)
      .filter((word) => !AMBIGUOUS_DOMAIN_WORDS.has(word));
    // Singular and plural forms both count: "student" and "students", "invoice" and "invoices".
    const forms = [...catalogWords, ...EXTRA_DOMAIN_WORDS].flatMap((word) =>
      /[^s]s$/.test(word) && !/(?:ics|us)$/.test(word) && word.length > 4
        ? [word, word.slice(0, -1)]
        : [word],
    );
    const all = [...new Set(forms)].sort((a, b) => b.length - a.length);
    domainPattern = new RegExp(
      `(?:\\b(?:${alternation(all)})(?:s|es)?\\b|\\b(?:my|our)\\s+(?:prior|previous|former|earlier|old)\\s+[\\w-]+|\\b(?:prior|previous|former)\\s+(?:career|job|role|work)\\b)`,
      'i',
    );
  }
  return domainPattern;
}

export { alternation };
