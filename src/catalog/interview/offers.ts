import type { OffersCatalog } from './schema.js';

/** Whole US dollars to cents, so the bands compare with offers kept in minor units. */
const usd = (dollars: number): number => dollars * 100;

/**
 * Salary bands and the negotiation checklist. The 2026 article gives no pay figures, so the bands
 * come from the one guide that gives them per level (2025); the other guides' single figures are
 * mentioned in the caveat only.
 */
export const offers: OffersCatalog = {
  bands: {
    currency: 'USD',
    basis: 'total-compensation',
    region: 'United States',
    source: {
      title: 'How to Become a Machine Learning Engineer Without a Degree - Complete 2025 Roadmap',
      publisher: 'AIcourseUSA',
      year: 2025,
    },
    caveat:
      'These are yearly total-compensation ranges (base, bonus and equity together) quoted by one promotional guide, without a stated data source, and they lean toward large US tech employers. Smaller companies, other regions and non-tech industries often pay noticeably less: other guides put the average ML engineer salary at roughly $120,000 to $200,000, and base pay near $150,000 in the big hubs. Treat the bands as a rough yardstick and check current data for your city and level before you name a number.',
    levels: [
      { level: 'entry', label: 'Entry-level ML Engineer', low: usd(150_000), high: usd(200_000) },
      { level: 'mid', label: 'ML Engineer II', low: usd(200_000), high: usd(300_000) },
      { level: 'senior', label: 'Senior ML Engineer', low: usd(300_000), high: usd(500_000) },
    ],
  },
  negotiation: [
    {
      id: 'research-the-range',
      item: 'Research the pay range for the level, the city and the company size before any number is discussed',
      why: 'Without a range you negotiate against your own guess. Crowd-sourced compensation sites and people already in the role show what the company actually pays at that level.',
    },
    {
      id: 'compare-total-compensation',
      item: 'Compare total compensation, not the base salary alone',
      why: 'Bonus and equity can be a large part of the package at some companies and nothing at others, so two offers with the same base can differ by tens of thousands a year.',
    },
    {
      id: 'separate-one-off-pay',
      item: 'Keep one-off payments (sign-on bonus, relocation) apart from recurring pay',
      why: 'A sign-on bonus makes the first year look better than every year after it. Compare the steady-state yearly total as well as the first-year total.',
    },
    {
      id: 'understand-the-equity',
      item: 'Ask how the equity vests: the schedule, any cliff, refresh grants and, at a private company, the last valuation',
      why: 'Equity a company grants over four years with a one-year cliff is worth nothing if you leave in month eleven, and private-company shares may never become cash.',
    },
    {
      id: 'get-it-in-writing',
      item: 'Get the full offer in writing, with its deadline, before you reply',
      why: 'A written offer lets you compare line by line and removes misunderstandings about what was promised on the phone.',
    },
    {
      id: 'ask-for-time',
      item: 'Thank them, show enthusiasm and ask for a few days to decide',
      why: 'Asking for time is normal and rarely costs an offer; deciding on the call leaves no room to think or to hear back from other companies.',
    },
    {
      id: 'anchor-on-evidence',
      item: 'Ground every ask in evidence: your shipped project and its numbers, your domain knowledge, a competing offer',
      why: 'A reasoned request ("my fraud work in banking is what this team does") is easier for a recruiter to take to the hiring manager than a bare demand for more.',
    },
    {
      id: 'one-complete-ask',
      item: 'Make one clear, complete counter that covers everything you want changed',
      why: 'Coming back again and again with new items wears out goodwill; a single list lets the company answer it in one round.',
    },
    {
      id: 'weigh-the-level',
      item: 'Ask which level the offer is at and what it takes to reach the next one; accepting a slightly lower level can be the right trade',
      why: 'For a first ML job, a role where you ship real models and have a clear path to promotion is worth more over a few years than a slightly higher title or starting figure.',
    },
    {
      id: 'value-the-learning',
      item: 'Weigh mentoring, a learning budget and the kind of ML work alongside the money',
      why: 'The first two years set your trajectory. A team that gives you production ML work and senior people to learn from raises your pay later more than a small difference now.',
    },
    {
      id: 'stay-honest',
      item: 'Never invent a competing offer or a current salary',
      why: 'Recruiters talk to each other and ask for proof; being caught bluffing can cost the offer and your reputation in a small field.',
    },
  ],
};
