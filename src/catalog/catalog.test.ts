import { describe, expect, it } from 'vitest';
import { copiedTexts, loadSeeds, seedsFolder } from '../../test/originality.js';
import { SPECIALIZATIONS } from '../core/profile.js';
import { catalogData, loadCatalog, resolveAlias } from './index.js';
import {
  type CatalogInput,
  DOMAINS,
  PROJECT_ARCHETYPES,
  SKILL_CATEGORIES,
  SPRINT_LEVELS,
} from './schema.js';
import { CatalogError, validateCatalog } from './validate.js';

const catalog = loadCatalog();
const skillIds = new Set(catalog.skills.map((skill) => skill.id));
const technologyIds = new Set(catalog.technologies.map((technology) => technology.id));
const skillById = new Map(catalog.skills.map((skill) => [skill.id, skill]));

/** A deep copy of the shipped catalog input, to break one thing in. */
const cloneCatalog = (): CatalogInput => structuredClone(catalogData);

/** The error message validateCatalog gives for an input, or a failure if it accepts it. */
function validationError(input: CatalogInput): string {
  try {
    validateCatalog(input);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return (error as Error).message;
  }
  throw new Error('expected the catalog to be rejected');
}

const skillIndex = (input: CatalogInput, id: string): number => {
  const index = input.skills.findIndex((skill) => skill.id === id);
  expect(index, `skill ${id}`).toBeGreaterThanOrEqual(0);
  return index;
};

describe('shipped catalog', () => {
  it('validates and is memoized', () => {
    expect(() => validateCatalog(catalogData)).not.toThrow();
    expect(loadCatalog()).toBe(catalog);
  });

  it('has at least 45 skills with every category and every stack rank', () => {
    expect(catalog.skills.length).toBeGreaterThanOrEqual(45);
    const categories = new Set(catalog.skills.map((skill) => skill.category));
    for (const category of SKILL_CATEGORIES) expect(categories, category).toContain(category);
    const ranks = new Set(catalog.skills.map((skill) => skill.stackRank));
    for (let rank = 1; rank <= 8; rank += 1) expect(ranks, `stackRank ${rank}`).toContain(rank);
  });

  it('covers every topic of the applied-ML curriculum', () => {
    const required = [
      // programming foundations and production Python
      'python',
      'python-typing-errors',
      'python-async',
      'python-packaging',
      'python-testing',
      'git',
      'command-line',
      // data
      'sql',
      'sql-advanced',
      'pandas',
      'numpy',
      'data-visualization',
      // math
      'linear-algebra',
      'calculus',
      'probability',
      'statistics',
      // ML and deep learning
      'ml-foundations',
      'ml-metrics',
      'scikit-learn',
      'gradient-boosting',
      'neural-networks',
      'pytorch',
      'pytorch-training-loop',
      // specializations
      'feature-engineering',
      'computer-vision',
      'cnn-transfer-learning',
      'text-classification',
      'embeddings',
      'transformer-models',
      'llm-applications',
      'recommender-systems',
      'time-series-forecasting',
      // evaluation
      'evaluation-design',
      'significance-testing',
      'error-analysis',
      'fairness-audit',
      // deployment and MLOps
      'model-serving',
      'docker',
      'cloud-deployment',
      'ci-cd',
      'experiment-tracking',
      'model-registry',
      'model-monitoring',
      'retraining-pipelines',
      'data-validation',
      // interviews and career
      'ml-system-design',
      'data-structures-algorithms',
      'interview-practice',
      'technical-writing',
      'communication',
      'resume',
      'networking',
      'job-search',
    ];
    for (const id of required) expect(skillIds, id).toContain(id);
  });

  it('keeps skill hours, build shares and prerequisites sensible', () => {
    for (const skill of catalog.skills) {
      const { none, basic, working } = skill.hours;
      expect(none, skill.id).toBeGreaterThan(0);
      expect(basic, skill.id).toBeLessThanOrEqual(none);
      expect(working, skill.id).toBeLessThanOrEqual(basic);
      expect(skill.buildShare, skill.id).toBeGreaterThanOrEqual(0.4);
      expect(skill.buildShare, skill.id).toBeLessThanOrEqual(0.9);
      for (const id of skill.prerequisites) {
        const prerequisite = skillById.get(id);
        // A skill may only build on core skills or skills of its own specialization.
        if (prerequisite?.specialization) {
          expect(prerequisite.specialization, `${skill.id} → ${id}`).toBe(skill.specialization);
        }
      }
    }
    const prerequisites = (id: string) => skillById.get(id)?.prerequisites ?? [];
    expect(prerequisites('pytorch-training-loop')).toEqual(
      expect.arrayContaining(['python', 'numpy', 'ml-foundations']),
    );
    expect(prerequisites('cloud-deployment')).toEqual(
      expect.arrayContaining(['docker', 'model-serving']),
    );
  });

  it('lands a level-0 plan of core plus one specialization at 950–1,150 hours, mostly building', () => {
    const core = catalog.skills.filter((skill) => !skill.specialization);
    for (const specialization of SPECIALIZATIONS) {
      const planned = [
        ...core,
        ...catalog.skills.filter((skill) => skill.specialization === specialization),
      ];
      const hours = planned.reduce((sum, skill) => sum + skill.hours.none, 0);
      const build = planned.reduce((sum, skill) => sum + skill.hours.none * skill.buildShare, 0);
      expect(hours, specialization).toBeGreaterThanOrEqual(950);
      expect(hours, specialization).toBeLessThanOrEqual(1150);
      expect(build / hours, specialization).toBeGreaterThanOrEqual(0.65);
    }
  });

  it('has exactly the eight domains, with distinct lowercase keywords', () => {
    expect(catalog.domains.map((domain) => domain.id).sort()).toEqual([...DOMAINS].sort());
    const owner = new Map<string, string>();
    for (const domain of catalog.domains) {
      for (const keyword of domain.keywords) {
        expect(keyword, domain.id).toBe(keyword.trim().toLowerCase());
        expect(owner.get(keyword), `"${keyword}" in ${domain.id}`).toBeUndefined();
        owner.set(keyword, domain.id);
      }
    }
    const expected: Record<string, string[]> = {
      healthcare: ['nurse', 'hospital', 'clinic', 'pharmacy', 'patient'],
      finance: ['bank', 'accountant', 'insurance', 'fintech', 'audit'],
      retail: ['e-commerce', 'ecommerce', 'store', 'merchandising', 'sales associate'],
      logistics: ['supply chain', 'warehouse', 'shipping', 'trucking', 'delivery'],
      manufacturing: ['factory', 'plant', 'quality', 'construction', 'site'],
      marketing: ['advertising', 'seo', 'growth', 'brand', 'social media'],
      education: ['teacher', 'school', 'tutor', 'university', 'lecturer'],
      hospitality: ['restaurant', 'hotel', 'waitress', 'chef', 'barista'],
    };
    for (const [domain, keywords] of Object.entries(expected)) {
      for (const keyword of keywords) expect(owner.get(keyword), keyword).toBe(domain);
    }
    expect(catalog.domains.find((domain) => domain.id === 'finance')?.specialization).toBe(
      'tabular',
    );
    expect(catalog.domains.find((domain) => domain.id === 'retail')?.specialization).toBe('recsys');
  });

  it('gives every project a variant for all eight domains and covers every archetype', () => {
    for (const project of catalog.projects) {
      expect(Object.keys(project.variants).sort(), project.id).toEqual([...DOMAINS].sort());
      expect(project.hours, project.id).toBeGreaterThanOrEqual(40);
      expect(project.hours, project.id).toBeLessThanOrEqual(150);
    }
    const archetypes = new Set(catalog.projects.map((project) => project.archetype));
    for (const archetype of PROJECT_ARCHETYPES) expect(archetypes, archetype).toContain(archetype);
    expect(catalog.projects.filter((project) => project.deployed).length).toBeGreaterThanOrEqual(3);
  });

  it('gives each specialization its own skills and at least one project', () => {
    for (const specialization of SPECIALIZATIONS) {
      const skills = catalog.skills.filter((skill) => skill.specialization === specialization);
      expect(skills.length, specialization).toBeGreaterThan(0);
      const projects = catalog.projects.filter((project) =>
        project.specializations.includes(specialization),
      );
      expect(projects.length, specialization).toBeGreaterThan(0);
    }
  });

  it('has the milestones the planner dates', () => {
    const ids = catalog.milestones.map((milestone) => milestone.id);
    for (const id of [
      'first-model',
      'first-project-shipped',
      'first-deployed-app',
      'first-blog-post',
      'portfolio-ready',
      'applications-start',
      'first-interview',
      'first-offer',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('has a 90-day sprint where only advanced learners reach interviews', () => {
    expect(catalog.sprint.map((block) => block.days)).toEqual(['1-30', '31-60', '61-90']);
    for (const block of catalog.sprint) {
      expect(Object.keys(block.goals).sort()).toEqual([...SPRINT_LEVELS].sort());
    }
    const last = catalog.sprint[2];
    const beginner = (last?.goals.beginner ?? []).join(' ').toLowerCase();
    const advanced = (last?.goals.advanced ?? []).join(' ').toLowerCase();
    expect(beginner).toContain('first model');
    expect(beginner).not.toContain('interview');
    expect(advanced).toContain('interview');
  });
});

describe('ids, technologies and aliases', () => {
  it('keeps the ids the contract names', () => {
    for (const id of ['python', 'sql', 'git', 'docker', 'pytorch', 'computer-vision']) {
      expect(skillIds, id).toContain(id);
    }
    expect(technologyIds).toContain('kubernetes');
  });

  it('maps at least 60 technologies to skills without reusing skill ids', () => {
    expect(catalog.technologies.length).toBeGreaterThanOrEqual(60);
    for (const technology of catalog.technologies) {
      expect(skillIds.has(technology.id), technology.id).toBe(false);
      expect(skillIds, technology.id).toContain(technology.skill);
    }
    for (const id of [
      'aws',
      'gcp',
      'azure',
      'sagemaker',
      'vertex-ai',
      'spark',
      'airflow',
      'dbt',
      'kafka',
      'terraform',
      'kubernetes',
      'mlflow',
      'weights-and-biases',
      'dvc',
      'tensorflow',
      'xgboost',
      'lightgbm',
      'hugging-face',
      'langchain',
      'vector-databases',
      'faiss',
      'opencv',
      'yolo',
      'fastapi',
      'github-actions',
      'snowflake',
      'bigquery',
      'databricks',
      'onnx',
      'prometheus',
      'great-expectations',
      'feast',
      'kubeflow',
    ]) {
      expect(technologyIds, id).toContain(id);
    }
  });

  it('has at least 80 lowercase aliases that point at real ids and are not ids themselves', () => {
    const entries = Object.entries(catalog.aliases);
    expect(entries.length).toBeGreaterThanOrEqual(80);
    for (const [alias, id] of entries) {
      expect(alias, alias).toBe(alias.trim().toLowerCase());
      expect(skillIds.has(alias) || technologyIds.has(alias), `alias ${alias} is an id`).toBe(
        false,
      );
      expect(skillIds.has(id) || technologyIds.has(id), `${alias} → ${id}`).toBe(true);
    }
  });

  it('resolves aliases and ids case-insensitively', () => {
    expect(resolveAlias('py')).toBe('python');
    expect(resolveAlias('k8s')).toBe('kubernetes');
    expect(resolveAlias('postgres')).toBe('sql');
    expect(resolveAlias('cv')).toBe('computer-vision');
    expect(resolveAlias('Python3')).toBe('python');
    expect(resolveAlias('  K8S ')).toBe('kubernetes');
    expect(resolveAlias('sklearn')).toBe('scikit-learn');
    expect(resolveAlias('torch')).toBe('pytorch');
    expect(resolveAlias('TF')).toBe('tensorflow');
    expect(resolveAlias('CI/CD')).toBe('ci-cd');
    expect(resolveAlias('A/B testing')).toBe('significance-testing');
    expect(resolveAlias('Docker')).toBe('docker');
    expect(resolveAlias('AWS')).toBe('aws');
    expect(resolveAlias('no such tool')).toBeUndefined();
  });

  it('lists no resource URL on more than three skills', () => {
    const skillsByUrl = new Map<string, Set<string>>();
    for (const skill of catalog.skills) {
      for (const resource of skill.resources) {
        const set = skillsByUrl.get(resource.url) ?? new Set<string>();
        set.add(skill.id);
        skillsByUrl.set(resource.url, set);
      }
    }
    const overused = [...skillsByUrl].filter(([, ids]) => ids.size > 3).map(([url]) => url);
    expect(overused).toEqual([]);
  });
});

describe('loader errors', () => {
  it('names the skill and the unknown prerequisite', () => {
    const input = cloneCatalog();
    input.skills[skillIndex(input, 'pandas')]?.prerequisites.push('spreadsheets');
    expect(validationError(input)).toBe(
      'skill "pandas" has an unknown prerequisite "spreadsheets"',
    );
  });

  it('names the cycle', () => {
    const input = cloneCatalog();
    const python = input.skills[skillIndex(input, 'python')];
    python?.prerequisites.push('python-typing-errors');
    expect(validationError(input)).toMatch(
      /^prerequisite cycle: (python → python-typing-errors → python|python-typing-errors → python → python-typing-errors)$/,
    );
  });

  it('names a duplicate skill id', () => {
    const input = cloneCatalog();
    const copy = structuredClone(input.skills[skillIndex(input, 'docker')]);
    if (copy) input.skills.push(copy);
    expect(validationError(input)).toBe('duplicate skill id "docker"');
  });

  it('names a technology id that repeats a skill id', () => {
    const input = cloneCatalog();
    input.technologies.push({ id: 'docker', title: 'Docker', skill: 'docker' });
    expect(validationError(input)).toBe('duplicate skill or technology id "docker"');
  });

  it('gives the field path of a resource without a url', () => {
    const input = cloneCatalog();
    const resource = input.skills[0]?.resources[1] as Record<string, unknown> | undefined;
    delete resource?.url;
    expect(validationError(input)).toMatch(/^catalog\.skills\.0\.resources\.1\.url: /);
  });

  it('gives the field path of a resource without a type', () => {
    const input = cloneCatalog();
    const resource = input.skills[0]?.resources[1] as Record<string, unknown> | undefined;
    delete resource?.type;
    expect(validationError(input)).toMatch(/^catalog\.skills\.0\.resources\.1\.type: /);
  });
});

describe('originality', () => {
  it('shares no run of 8 or more words with a seed article', (context) => {
    const loaded = loadSeeds();
    context.skip(!loaded, `seed articles not found at ${seedsFolder}`);
    expect(copiedTexts(catalog, 'catalog', loaded?.shingles ?? new Set())).toEqual([]);
  });

  it('flags a text copied from a seed article', (context) => {
    const loaded = loadSeeds();
    context.skip(!loaded, `seed articles not found at ${seedsFolder}`);
    const input = cloneCatalog();
    const skill = input.skills[skillIndex(input, 'git')];
    if (skill) skill.proof = `In short: ${loaded?.sample.toUpperCase()}.`;
    expect(copiedTexts(input, 'catalog', loaded?.shingles ?? new Set())).toEqual([
      expect.stringMatching(/^catalog\.skills\.\d+\.proof: /),
    ]);
  });
});
