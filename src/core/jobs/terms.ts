import type { Catalog } from '../../catalog/schema.js';

/**
 * Finding catalog skills and technologies in posting text. Every id, alias and technology title of
 * the catalog becomes a term; one regular expression per catalog (built once, cached by the
 * catalog object) finds them all in a single pass, and each hit is then checked against the
 * term's rules: exact casing for words that are also ordinary English, a technical context for
 * the most ambiguous ones ("R", "Go", "Ray", "CV").
 */

/** How a term must appear to count. */
export interface TermRule {
  /** Accepted spellings, compared exactly (a trailing plural "s" is allowed on top). */
  forms?: readonly string[];
  /**
   * Also needs a technical context: another technology next to it in a list ("Python, R"), a cue
   * before it ("written in Go", "knowledge of R") or after it ("Go services", "CV models").
   */
  context?: boolean;
}

/**
 * Terms that are ordinary words, names or other abbreviations as well as tools. The catalog's
 * comments ask analyzers to match these case-sensitively or in a technical context only.
 */
export const AMBIGUOUS_TERMS: Readonly<Record<string, TermRule>> = {
  r: { forms: ['R'], context: true },
  go: { forms: ['Go'], context: true },
  uv: { forms: ['uv'], context: true },
  py: { forms: ['py'], context: true },
  pip: { forms: ['pip'], context: true },
  ray: { forms: ['Ray'], context: true },
  chroma: { forms: ['Chroma'], context: true },
  darts: { forms: ['Darts'], context: true },
  evidently: { forms: ['Evidently'], context: true },
  poetry: { forms: ['Poetry'], context: true },
  lightning: { forms: ['Lightning'], context: true },
  excel: { forms: ['Excel'], context: true },
  shell: { forms: ['shell', 'Shell'], context: true },
  terminal: { forms: ['terminal', 'Terminal'], context: true },
  containers: { forms: ['containers', 'Containers'], context: true },
  cv: { forms: ['CV'], context: true },
  hf: { forms: ['HF'], context: true },
  dl: { forms: ['DL'], context: true },
  f1: { forms: ['F1'], context: true },
  ml: { forms: ['ML'] },
  tf: { forms: ['TF'] },
  eda: { forms: ['EDA'] },
  etl: { forms: ['ETL'] },
  elt: { forms: ['ELT'] },
  auc: { forms: ['AUC'] },
  gbm: { forms: ['GBM'] },
  gbdt: { forms: ['GBDT'] },
  pca: { forms: ['PCA'] },
  cnn: { forms: ['CNN'] },
  xai: { forms: ['XAI'] },
  rag: { forms: ['RAG'] },
  dsa: { forms: ['DSA'] },
  tdd: { forms: ['TDD'] },
  s3: { forms: ['S3'] },
  ec2: { forms: ['EC2'] },
  eks: { forms: ['EKS'] },
  gke: { forms: ['GKE'] },
  k8s: { forms: ['K8s', 'k8s', 'K8S'] },
  bert: { forms: ['BERT'] },
  yolo: { forms: ['YOLO'] },
  shap: { forms: ['SHAP'] },
  cuda: { forms: ['CUDA'] },
  torch: { forms: ['torch', 'Torch'] },
  spark: { forms: ['Spark'] },
  rust: { forms: ['Rust'] },
  feast: { forms: ['Feast'] },
  helm: { forms: ['Helm'] },
  prophet: { forms: ['Prophet'] },
  triton: { forms: ['Triton'] },
  looker: { forms: ['Looker'] },
  snowflake: { forms: ['Snowflake'] },
  polars: { forms: ['Polars'] },
  flask: { forms: ['Flask'] },
  airflow: { forms: ['Airflow'] },
  prometheus: { forms: ['Prometheus'] },
  tableau: { forms: ['Tableau'] },
  pinecone: { forms: ['Pinecone'] },
  jenkins: { forms: ['Jenkins'] },
  azure: { forms: ['Azure'] },
  prefect: { forms: ['Prefect'] },
  redshift: { forms: ['Redshift'] },
  scala: { forms: ['Scala'] },
  java: { forms: ['Java'] },
  kafka: { forms: ['Kafka'] },
  bash: { forms: ['Bash', 'bash'] },
  sentry: { forms: ['Sentry'] },
  seldon: { forms: ['Seldon'] },
  tecton: { forms: ['Tecton'] },
  flink: { forms: ['Flink'] },
  anthropic: { forms: ['Anthropic'] },
};

/** Short terms that are safe in any casing (no English word or other common meaning). */
const SAFE_SHORT_TERMS = new Set([
  'sql',
  'aws',
  'gcp',
  'dbt',
  'dvc',
  'jax',
  'nlp',
  'llm',
  'gpu',
  'xgb',
  'cpp',
  'c++',
]);

/**
 * Catalog words that, in a job posting, mean something else than the catalog skill: "networking"
 * is computer networking there, "resume" is what you send, "algorithms" usually means ML
 * algorithms, "derivatives" are financial products, "segmentation" is often customer
 * segmentation. They are never reported from postings.
 */
const IGNORED_TERMS = [
  'networking',
  'referrals',
  'resume',
  'résumé',
  'curriculum vitae',
  'job search',
  'job hunting',
  'salary negotiation',
  'interview practice',
  'mock interviews',
  'behavioral interviews',
  'portfolio presentation',
  'blogging',
  'algorithms',
  'derivatives',
  'segmentation',
  // Longer phrases that would otherwise hide a short term inside them.
  'tf-idf',
  'r&d',
  'go-to',
  'go-to-market',
  'go to market',
  'customer segmentation',
  'market segmentation',
  'triton kernel',
  'triton kernels',
  'ray tracing',
];

interface TermInfo {
  /** The catalog id, or null for a term that is recognised only to be ignored. */
  id: string | null;
  rule: TermRule;
}

/** One term found in the text: where, what was written, and the id it names. */
export interface TermMatch {
  id: string;
  start: number;
  end: number;
  text: string;
}

export interface TermMatcher {
  /** Every accepted term in `text`, in order, without overlaps. */
  find(text: string): TermMatch[];
  /** Each id's display title (technology title or skill title). */
  titles: ReadonlyMap<string, string>;
  /** Catalog ids of technologies (as opposed to skills). */
  technologyIds: ReadonlySet<string>;
  /** The catalog skill an id is evidence of: itself for skills, `technology.skill` otherwise. */
  skillOf: ReadonlyMap<string, string>;
}

/** Lowercase, with runs of spaces and hyphens folded to one space: the key of a term. */
export const termKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s-]+/g, ' ')
    .trim();

/**
 * Letters and digits for term boundaries, spelled out (Latin, Greek, Cyrillic) so the big term
 * expression can run without the Unicode flag, which makes case-insensitive matching much slower.
 */
const WORD_CHARS = 'A-Za-z0-9_\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Separators and small words that may sit between two items of one list. */
const LIST_GAP =
  /^[\s,/&()+:;|]*(?:(?:and|or|and\/or|e\.g\.|i\.e\.|such as|like|including|plus|as well as|with|vs\.?)[\s,/&()+:;|]*)*$/i;
const CUE_BEFORE =
  /(?:\b(?:in|with|using|of|knowledge of|experience (?:with|in)|proficien(?:t|cy) (?:in|with)|fluen(?:t|cy) in|expert(?:ise)? in|expert|strong|solid|advanced|working|basic|deep|written in|code in|coding in|programming in|languages? (?:such as|like|including)|e\.g\.|such as|like|including)\s*[:(]?\s*)$/i;
const CUE_AFTER =
  /^\s*(?:programming|language|code|codebase|services?|microservices|scripts?|scripting|packages?|libraries|library|framework|clusters?|jobs|pipelines?|SDKs?|APIs?|ecosystem|tooling|kernels?|notebooks?|skills|files|models?|tasks|systems|research|engineers?|engineering|experience|developers?|development|stack|applications?|apps?|dashboards?|workbooks?|spreadsheets?|queries|scores?|modules?|runtime)\b/i;

/** The matches of a start-ordered list that begin within `reach` characters of `match`. */
function near(sorted: readonly TermMatch[], match: TermMatch, reach: number): TermMatch[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as TermMatch).start < match.start - reach - 60) low = middle + 1;
    else high = middle;
  }
  const found: TermMatch[] = [];
  for (let index = low; index < sorted.length; index++) {
    const other = sorted[index] as TermMatch;
    if (other.start > match.end + reach) break;
    found.push(other);
  }
  return found;
}

function hasContext(text: string, match: TermMatch, sorted: readonly TermMatch[]): boolean {
  for (const other of near(sorted, match, 16)) {
    if (other === match) continue;
    const gap =
      other.end <= match.start
        ? text.slice(other.end, match.start)
        : other.start >= match.end
          ? text.slice(match.end, other.start)
          : null;
    if (gap !== null && gap.length <= 16 && !gap.includes('\n') && LIST_GAP.test(gap)) return true;
  }
  const lineStart = text.lastIndexOf('\n', match.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, match.start - 40), match.start);
  const lineEnd = text.indexOf('\n', match.end);
  const after = text.slice(
    match.end,
    Math.min(lineEnd < 0 ? text.length : lineEnd, match.end + 30),
  );
  return CUE_BEFORE.test(before) || CUE_AFTER.test(after);
}

function ruleFor(key: string): TermRule {
  const known = AMBIGUOUS_TERMS[key];
  if (known) return known;
  if (key.length <= 2 && !SAFE_SHORT_TERMS.has(key)) {
    return { forms: [key.toUpperCase()], context: true };
  }
  return {};
}

function buildMatcher(catalog: Catalog): TermMatcher {
  const terms = new Map<string, TermInfo>();
  const add = (text: string, id: string | null) => {
    const key = termKey(text);
    if (key.length === 0 || terms.has(key)) return;
    terms.set(key, { id, rule: ruleFor(key) });
  };
  for (const text of IGNORED_TERMS) add(text, null);
  for (const { id } of catalog.technologies) add(id, id);
  for (const { id, title } of catalog.technologies) add(title, id);
  for (const { id } of catalog.skills) add(id, id);
  for (const [alias, id] of Object.entries(catalog.aliases)) add(alias, id);

  // Longest first, so "apache spark" wins over "spark" and "ci/cd" over anything shorter.
  const keys = [...terms.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const alternatives = keys.map((key) => escapeRegex(key).replace(/ /g, '[\\s-]?'));
  const pattern = new RegExp(
    `(?<![${WORD_CHARS}@.])(${alternatives.join('|')})(s|es)?(?![${WORD_CHARS}]|&[${WORD_CHARS}])`,
    'gi',
  );

  const titles = new Map<string, string>();
  for (const skill of catalog.skills) titles.set(skill.id, skill.title);
  for (const technology of catalog.technologies) titles.set(technology.id, technology.title);
  const skillOf = new Map<string, string>();
  for (const skill of catalog.skills) skillOf.set(skill.id, skill.id);
  for (const technology of catalog.technologies) skillOf.set(technology.id, technology.skill);

  const find = (text: string): TermMatch[] => {
    const candidates: { match: TermMatch; rule: TermRule }[] = [];
    for (const hit of text.matchAll(pattern)) {
      const written = hit[1] ?? '';
      const plural = hit[2] ?? '';
      const info = terms.get(termKey(written));
      if (!info?.id) continue;
      const key = termKey(written);
      if (plural && (key.length < 3 || !/[a-z]$/.test(key))) continue;
      if (info.rule.forms && !info.rule.forms.includes(written)) continue;
      const start = hit.index;
      candidates.push({
        match: { id: info.id, start, end: start + hit[0].length, text: hit[0] },
        rule: info.rule,
      });
    }
    const plain = candidates.filter((candidate) => !candidate.rule.context).map((c) => c.match);
    const accepted = new Set(plain);
    // Two rounds, so "R" next to "Go" in "R, Go and SQL" is confirmed through its confirmed neighbour.
    for (let round = 0; round < 2; round++) {
      const sorted = candidates.map((c) => c.match).filter((match) => accepted.has(match));
      for (const candidate of candidates) {
        if (!candidate.rule.context || accepted.has(candidate.match)) continue;
        if (hasContext(text, candidate.match, sorted)) accepted.add(candidate.match);
      }
    }
    return candidates.map((c) => c.match).filter((match) => accepted.has(match));
  };

  return {
    find,
    titles,
    technologyIds: new Set(catalog.technologies.map((technology) => technology.id)),
    skillOf,
  };
}

const matchers = new WeakMap<Catalog, TermMatcher>();

/** The term matcher of a catalog, compiled on first use and cached for that catalog object. */
export function termMatcher(catalog: Catalog): TermMatcher {
  let matcher = matchers.get(catalog);
  if (!matcher) {
    matcher = buildMatcher(catalog);
    matchers.set(catalog, matcher);
  }
  return matcher;
}
