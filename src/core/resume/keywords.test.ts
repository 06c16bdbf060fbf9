import { describe, expect, it } from 'vitest';
import { keywordMatch } from './keywords.js';
import { findCatalogTerms } from './terms.js';
import { sampleResume } from './test-fixtures.js';

describe('findCatalogTerms', () => {
  it('maps words to catalog ids through aliases, longest phrase first, as written', () => {
    const terms = findCatalogTerms(
      'Trained models in Py Torch and sklearn; deployed on k8s with CI/CD and machine learning ops',
    );
    expect(terms.map((term) => term.id)).toEqual(
      expect.arrayContaining(['pytorch', 'scikit-learn', 'kubernetes', 'ci-cd', 'ml-foundations']),
    );
    expect(terms.find((term) => term.id === 'pytorch')?.text).toBe('Py Torch');
  });

  it('takes everyday words only when written as a technology (Go, R, ML), and never across commas', () => {
    const ids = (text: string) => findCatalogTerms(text).map((term) => term.id);
    expect(ids('we go to the cv clinic and spark joy')).toEqual([]);
    expect(ids('Go, R and ML')).toEqual(['go', 'r', 'ml-foundations']);
    expect(ids('machine, learning')).not.toContain('ml-foundations');
  });
});

describe('keywordMatch', () => {
  it('scores required skills twice as much as preferred, and lists what matched and what is missing', () => {
    const match = keywordMatch(
      sampleResume(),
      ['python', 'sql', 'docker', 'kubernetes'],
      ['aws', 'spark'],
    );
    expect(match.matched.required).toEqual(['python', 'sql', 'docker']);
    expect(match.missing.required).toEqual(['kubernetes']);
    expect(match.matched.preferred).toEqual(['aws']);
    expect(match.missing.preferred).toEqual(['spark']);
    expect(match.score).toBe(Math.round((100 * (2 * 3 + 1)) / (2 * 4 + 2)));
  });

  it('counts a technology for the skill it is evidence of, and resolves names given instead of ids', () => {
    const match = keywordMatch(
      'Built a churn model with LightGBM, served through FastAPI',
      ['gradient-boosting', 'FastAPI', 'model-serving'],
      [],
    );
    expect(match.matched.required).toEqual(['gradient-boosting', 'fastapi', 'model-serving']);
    expect(match.score).toBe(100);
  });

  it('gives 100 when nothing is asked and 0 when nothing matches', () => {
    expect(keywordMatch('anything', [], []).score).toBe(100);
    expect(keywordMatch('Baked bread', ['pytorch'], ['aws']).score).toBe(0);
  });

  it('uses the resolver it is given', () => {
    const match = keywordMatch('We use Foo daily', ['foo-skill'], [], (term) =>
      term.toLowerCase() === 'foo' ? 'foo-skill' : undefined,
    );
    expect(match.matched.required).toEqual(['foo-skill']);
  });
});
