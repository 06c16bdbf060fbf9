import type { z } from 'zod';
import type { TechnologySchema } from '../schema.js';

type TechnologyInput = z.input<typeof TechnologySchema>;

/** Shorthand for one row: id, display title, and the catalog skill the technology is evidence of. */
const tech = (id: string, title: string, skill: string): TechnologyInput => ({ id, title, skill });

/**
 * Tools and technologies a job posting may name, each mapped to the skill it is evidence of, for
 * gap analysis. Ids never repeat a skill id: tools that are skills here (`docker`, `git`,
 * `pandas`, `numpy`, `scikit-learn`, `pytorch`, `sql`) are reached through `aliases` instead.
 *
 * Some ids are ordinary words or single letters (`r`, `go`, `ray`, `feast`, `uv`, `chroma`,
 * `spark`, `rust`): analyzers must match those case-sensitively or in a technical context
 * ("R and Python", "written in Go"), never as bare lowercase words.
 */
export const technologies = [
  // cloud and infrastructure
  tech('aws', 'Amazon Web Services', 'cloud-deployment'),
  tech('gcp', 'Google Cloud', 'cloud-deployment'),
  tech('azure', 'Microsoft Azure', 'cloud-deployment'),
  tech('sagemaker', 'Amazon SageMaker', 'cloud-deployment'),
  tech('vertex-ai', 'Google Vertex AI', 'cloud-deployment'),
  tech('azure-ml', 'Azure Machine Learning', 'cloud-deployment'),
  tech('aws-lambda', 'AWS Lambda', 'cloud-deployment'),
  tech('kubernetes', 'Kubernetes', 'cloud-deployment'),
  tech('helm', 'Helm', 'cloud-deployment'),
  tech('terraform', 'Terraform', 'cloud-deployment'),
  tech('docker-compose', 'Docker Compose', 'docker'),

  // data engineering and warehouses
  tech('spark', 'Apache Spark', 'data-pipelines'),
  tech('dask', 'Dask', 'data-pipelines'),
  tech('hadoop', 'Apache Hadoop', 'data-pipelines'),
  tech('kafka', 'Apache Kafka', 'data-pipelines'),
  tech('airflow', 'Apache Airflow', 'data-pipelines'),
  tech('dbt', 'dbt', 'data-pipelines'),
  tech('databricks', 'Databricks', 'data-pipelines'),
  tech('prefect', 'Prefect', 'data-pipelines'),
  tech('dagster', 'Dagster', 'data-pipelines'),
  tech('feast', 'Feast feature store', 'data-pipelines'),
  // Ray is mostly named for distributed compute around data and training jobs.
  tech('ray', 'Ray', 'data-pipelines'),
  tech('snowflake', 'Snowflake', 'sql-advanced'),
  tech('bigquery', 'Google BigQuery', 'sql-advanced'),
  tech('redshift', 'Amazon Redshift', 'sql-advanced'),
  tech('postgresql', 'PostgreSQL', 'sql'),
  tech('duckdb', 'DuckDB', 'sql'),
  tech('mongodb', 'MongoDB', 'sql'),

  // analysis, visualisation and languages
  tech('tableau', 'Tableau', 'data-visualization'),
  tech('power-bi', 'Power BI', 'data-visualization'),
  tech('looker', 'Looker', 'data-visualization'),
  tech('matplotlib', 'Matplotlib', 'data-visualization'),
  tech('seaborn', 'seaborn', 'data-visualization'),
  tech('plotly', 'Plotly', 'data-visualization'),
  tech('polars', 'Polars', 'pandas'),
  tech('scipy', 'SciPy', 'statistics'),
  tech('statsmodels', 'statsmodels', 'statistics'),
  tech('jupyter', 'Jupyter', 'python'),
  tech('r', 'R', 'statistics'),
  tech('scala', 'Scala', 'data-pipelines'),
  // General-purpose languages: the catalog teaches programming through Python, so a posting that
  // asks for one of these is evidence of the programming-foundations skill.
  tech('java', 'Java', 'python'),
  tech('go', 'Go', 'python'),
  tech('c-plus-plus', 'C++', 'python'),
  tech('rust', 'Rust', 'python'),
  tech('bash', 'Bash', 'command-line'),
  tech('linux', 'Linux', 'command-line'),

  // Python tooling
  tech('pytest', 'pytest', 'python-testing'),
  tech('mypy', 'mypy', 'python-typing-errors'),
  tech('pydantic', 'Pydantic', 'python-typing-errors'),
  tech('poetry', 'Poetry', 'python-packaging'),
  tech('uv', 'uv', 'python-packaging'),

  // deep learning frameworks: any one of them is evidence of "one framework deeply"
  tech('tensorflow', 'TensorFlow', 'pytorch'),
  tech('keras', 'Keras', 'pytorch'),
  tech('jax', 'JAX', 'pytorch'),
  tech('pytorch-lightning', 'PyTorch Lightning', 'pytorch-training-loop'),
  tech('cuda', 'CUDA', 'pytorch-training-loop'),

  // classical ML and tabular
  tech('xgboost', 'XGBoost', 'gradient-boosting'),
  tech('lightgbm', 'LightGBM', 'gradient-boosting'),
  tech('catboost', 'CatBoost', 'gradient-boosting'),
  tech('shap', 'SHAP', 'model-explainability'),
  tech('fairlearn', 'Fairlearn', 'fairness-audit'),

  // NLP and LLMs
  tech('hugging-face', 'Hugging Face', 'transformer-models'),
  tech('spacy', 'spaCy', 'text-classification'),
  tech('nltk', 'NLTK', 'text-classification'),
  tech('sentence-transformers', 'Sentence Transformers', 'embeddings'),
  tech('langchain', 'LangChain', 'llm-applications'),
  tech('llamaindex', 'LlamaIndex', 'llm-applications'),
  tech('openai-api', 'OpenAI API', 'llm-applications'),
  tech('anthropic-api', 'Anthropic API', 'llm-applications'),
  tech('vllm', 'vLLM', 'llm-applications'),
  tech('ollama', 'Ollama', 'llm-applications'),
  tech('vector-databases', 'Vector databases', 'embeddings'),
  tech('faiss', 'FAISS', 'embeddings'),
  tech('pinecone', 'Pinecone', 'embeddings'),
  tech('chroma', 'Chroma', 'embeddings'),
  tech('qdrant', 'Qdrant', 'embeddings'),
  tech('weaviate', 'Weaviate', 'embeddings'),
  tech('milvus', 'Milvus', 'embeddings'),
  tech('pgvector', 'pgvector', 'embeddings'),

  // computer vision
  tech('opencv', 'OpenCV', 'computer-vision'),
  tech('torchvision', 'torchvision', 'computer-vision'),
  tech('yolo', 'YOLO', 'object-detection'),

  // time series
  tech('prophet', 'Prophet', 'time-series-forecasting'),
  tech('sktime', 'sktime', 'time-series-forecasting'),
  tech('darts', 'Darts', 'time-series-forecasting'),

  // serving and inference
  tech('fastapi', 'FastAPI', 'model-serving'),
  tech('flask', 'Flask', 'model-serving'),
  tech('django', 'Django', 'model-serving'),
  tech('streamlit', 'Streamlit', 'model-serving'),
  tech('gradio', 'Gradio', 'model-serving'),
  tech('bentoml', 'BentoML', 'model-serving'),
  tech('torchserve', 'TorchServe', 'model-serving'),
  tech('triton', 'NVIDIA Triton Inference Server', 'model-optimization'),
  tech('onnx', 'ONNX', 'model-optimization'),
  tech('tensorrt', 'TensorRT', 'model-optimization'),
  tech('openvino', 'OpenVINO', 'model-optimization'),

  // version control and CI
  tech('github', 'GitHub', 'git'),
  tech('gitlab', 'GitLab', 'git'),
  tech('github-actions', 'GitHub Actions', 'ci-cd'),
  tech('gitlab-ci', 'GitLab CI', 'ci-cd'),
  tech('jenkins', 'Jenkins', 'ci-cd'),

  // MLOps
  tech('mlflow', 'MLflow', 'experiment-tracking'),
  tech('weights-and-biases', 'Weights & Biases', 'experiment-tracking'),
  tech('dvc', 'DVC', 'model-registry'),
  tech('kubeflow', 'Kubeflow', 'retraining-pipelines'),
  tech('metaflow', 'Metaflow', 'retraining-pipelines'),
  tech('zenml', 'ZenML', 'retraining-pipelines'),
  tech('prometheus', 'Prometheus', 'model-monitoring'),
  tech('grafana', 'Grafana', 'model-monitoring'),
  tech('evidently', 'Evidently', 'model-monitoring'),
  tech('great-expectations', 'Great Expectations', 'data-validation'),
  tech('pandera', 'Pandera', 'data-validation'),
  // Added for the job-posting analyzer: tools postings name often.
  // A feature store of any brand ("feature store" alone names no product, so not `feast`).
  tech('feature-stores', 'Feature stores', 'data-pipelines'),
  tech('tecton', 'Tecton', 'data-pipelines'),
  tech('flink', 'Apache Flink', 'data-pipelines'),
  tech('redis', 'Redis', 'model-serving'),
  tech('kserve', 'KServe', 'model-serving'),
  tech('seldon', 'Seldon Core', 'model-serving'),
  tech('elasticsearch', 'Elasticsearch', 'retrieval-ranking'),
  tech('typescript', 'TypeScript', 'python'),
  tech('javascript', 'JavaScript', 'python'),
  // "Excel" is also a verb: analyzers match it capitalised and in a technical context only.
  tech('excel', 'Microsoft Excel', 'data-visualization'),
  tech('deepspeed', 'DeepSpeed', 'pytorch-training-loop'),
  tech('datadog', 'Datadog', 'model-monitoring'),
  tech('sentry', 'Sentry', 'model-monitoring'),
  tech('langgraph', 'LangGraph', 'llm-applications'),
  tech('pymc', 'PyMC', 'statistics'),
] satisfies TechnologyInput[];
