/**
 * When well-known technologies first became publicly usable (YYYY-MM), keyed by catalog id, for
 * spotting postings that ask for more years of a tool than it has existed. Dates lean early (first
 * public release or open-sourcing, not 1.0), so the flag only fires when the ask is impossible.
 */
/**
 * The day the table was last reviewed. Ages are measured up to it, not to the wall clock, so the
 * same posting always gets the same analysis (pure commands are deterministic); review the table
 * and move this date forward together.
 */
export const RELEASE_DATES_CHECKED_ON = '2026-11-23';

export const RELEASE_DATES: Readonly<Record<string, string>> = {
  // deep learning and classical ML
  pytorch: '2016-09',
  'pytorch-lightning': '2019-03',
  tensorflow: '2015-11',
  keras: '2015-03',
  jax: '2018-12',
  'scikit-learn': '2007-06',
  xgboost: '2014-03',
  lightgbm: '2016-10',
  catboost: '2017-07',
  shap: '2017-05',
  onnx: '2017-09',
  tensorrt: '2016-09',
  triton: '2018-11',
  deepspeed: '2020-02',
  yolo: '2015-06',
  prophet: '2017-02',
  darts: '2020-06',
  sktime: '2019-01',
  // language models and retrieval
  'transformer-models': '2017-06',
  'llm-applications': '2018-06',
  'hugging-face': '2018-11',
  'sentence-transformers': '2019-08',
  'openai-api': '2020-06',
  'anthropic-api': '2023-03',
  langchain: '2022-10',
  langgraph: '2024-01',
  llamaindex: '2022-11',
  vllm: '2023-06',
  ollama: '2023-07',
  faiss: '2017-03',
  pinecone: '2019-01',
  weaviate: '2019-01',
  qdrant: '2021-05',
  milvus: '2019-10',
  chroma: '2022-10',
  pgvector: '2021-04',
  // data
  spark: '2010-03',
  kafka: '2011-01',
  airflow: '2015-06',
  dbt: '2016-03',
  snowflake: '2014-10',
  databricks: '2013-09',
  bigquery: '2010-05',
  polars: '2020-06',
  duckdb: '2019-06',
  prefect: '2018-01',
  dagster: '2019-04',
  ray: '2017-01',
  feast: '2019-01',
  tecton: '2020-04',
  // MLOps and deployment
  docker: '2013-03',
  kubernetes: '2014-06',
  terraform: '2014-07',
  helm: '2015-11',
  mlflow: '2018-06',
  kubeflow: '2017-12',
  'weights-and-biases': '2017-06',
  dvc: '2017-05',
  metaflow: '2019-12',
  zenml: '2020-11',
  evidently: '2020-11',
  'great-expectations': '2017-09',
  sagemaker: '2017-11',
  'vertex-ai': '2021-05',
  fastapi: '2018-12',
  streamlit: '2019-10',
  gradio: '2019-02',
  bentoml: '2019-04',
  torchserve: '2020-04',
  kserve: '2019-06',
  'github-actions': '2018-10',
  // languages and Python tooling
  go: '2009-11',
  rust: '2010-07',
  typescript: '2012-10',
  pydantic: '2017-05',
  poetry: '2018-02',
  uv: '2024-02',
};

/**
 * Products postings ask years of that the skill catalog has no id for (they are tools for a
 * skill, not skills), as the name they are written with and their first public release.
 */
export const PRODUCT_RELEASES: readonly { name: RegExp; released: string }[] = [
  { name: /^chat ?gpt\b/i, released: '2022-11' },
  { name: /^gpt-?4(?:o)?\b/i, released: '2023-03' },
  { name: /^(?:github )?copilot\b/i, released: '2021-06' },
  { name: /^midjourney\b/i, released: '2022-07' },
  { name: /^stable diffusion\b/i, released: '2022-08' },
  { name: /^claude\b/i, released: '2023-03' },
  { name: /^(?:google )?gemini\b/i, released: '2023-12' },
  { name: /^(?:meta'?s? )?llama ?[23]?\b/i, released: '2023-02' },
];

/** Years (with a decimal) from a YYYY-MM release to a YYYY-MM-DD day. */
export function yearsSince(release: string, today: string): number {
  const [year, month] = release.split('-').map(Number) as [number, number];
  const [nowYear, nowMonth, nowDay] = today.split('-').map(Number) as [number, number, number];
  const months = (nowYear - year) * 12 + (nowMonth - month) + (nowDay - 1) / 31;
  return months / 12;
}
