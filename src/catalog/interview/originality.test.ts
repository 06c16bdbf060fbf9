import { describe, expect, it } from 'vitest';
import { copiedTexts, loadSeeds, seedsFolder } from '../../../test/originality.js';
import { interviewCatalogData, loadInterviewCatalog } from './index.js';

/**
 * The same check as the main catalog's: no interview text shares a run of 8 or more words with a
 * seed article. Source titles are citations of those articles, so they are the one exception.
 */
/** A citation of a seed article, allowed to repeat its title. */
const isCitation = (path: string) => /\.source\.title$/.test(path);

describe('originality of the interview catalog', () => {
  it('shares no run of 8 or more words with a seed article', (context) => {
    const loaded = loadSeeds();
    context.skip(!loaded, `seed articles not found at ${seedsFolder}`);
    expect(
      copiedTexts(loadInterviewCatalog(), 'interview', loaded?.shingles ?? new Set(), isCitation),
    ).toEqual([]);
  });

  it('flags a text copied from a seed article, but not a cited title', (context) => {
    const loaded = loadSeeds();
    context.skip(!loaded, `seed articles not found at ${seedsFolder}`);
    const input = structuredClone(interviewCatalogData);
    const card = input.cards[0];
    if (card) card.answer = `In short: ${loaded?.sample.toUpperCase()}.`;
    input.offers.bands.source.title = loaded?.sample ?? '';
    expect(copiedTexts(input, 'interview', loaded?.shingles ?? new Set(), isCitation)).toEqual([
      expect.stringMatching(/^interview\.cards\.0\.answer: /),
    ]);
  });
});
