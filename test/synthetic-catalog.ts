import {
  type Catalog,
  DOMAINS,
  PROJECT_ARCHETYPES,
  SKILL_CATEGORIES,
} from '../src/catalog/schema.js';
import { SKILL_AREAS, SPECIALIZATIONS } from '../src/core/profile.js';

const text = (what: string) => `${what} described in enough words for the schema to accept it.`;

/**
 * A catalog of `size` generated skills, each with up to `prerequisites` earlier skills as
 * prerequisites (so the graph is acyclic), for planner tests and the benchmark's growth curve.
 */
export function syntheticCatalog(size: number, prerequisites = 4, seed = 7): Catalog {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const skills = Array.from({ length: size }, (_, index) => {
    const category = SKILL_CATEGORIES[index % SKILL_CATEGORIES.length] ?? 'ml';
    const count = Math.min(index, prerequisites);
    const earlier = new Set<number>();
    while (earlier.size < count) earlier.add(Math.floor(random() * index));
    const none = 10 + Math.floor(random() * 40);
    return {
      id: `skill-${index}`,
      title: `Skill ${index}`,
      category,
      ...(index % 3 === 0 && { area: SKILL_AREAS[index % SKILL_AREAS.length] }),
      ...(category === 'specialization' && {
        specialization: SPECIALIZATIONS[index % SPECIALIZATIONS.length],
      }),
      summary: text('A summary'),
      why: text('A reason'),
      hours: { none, basic: Math.round(none * 0.5), working: Math.round(none * 0.1) },
      prerequisites: [...earlier].sort((a, b) => a - b).map((other) => `skill-${other}`),
      buildShare: 0.75,
      resources: [
        { title: 'Docs', url: 'https://example.org/docs', type: 'docs' as const, free: true },
        { title: 'Course', url: 'https://example.org/course', type: 'course' as const, free: true },
      ],
      proof: text('A proof'),
    };
  });
  const variants = Object.fromEntries(
    DOMAINS.map((domain) => [
      domain,
      { title: `Project for ${domain}`, summary: text('A variant'), data: text('Data') },
    ]),
  ) as Catalog['projects'][number]['variants'];
  const projects = PROJECT_ARCHETYPES.flatMap((archetype, index) =>
    SPECIALIZATIONS.map((specialization, offset) => ({
      id: `${archetype}-${specialization}`,
      archetype,
      title: `${archetype} project`,
      summary: text('A project'),
      skills: [
        `skill-${(index * 7 + offset * 3) % size}`,
        `skill-${(index * 11 + offset * 5 + 1) % size}`,
      ],
      deliverables: ['A README with results', 'Tests', 'A deployed URL'],
      difficulty: 'intermediate' as const,
      hours: 60,
      deployed: archetype === 'mlops-system' || archetype === 'flagship',
      specializations: [specialization],
      variants,
    })),
  );
  return {
    skills,
    domains: DOMAINS.map((id, index) => ({
      id,
      title: id[0]?.toUpperCase() + id.slice(1),
      keywords: [id, `${id}-work`, `${id}-job`],
      specialization: SPECIALIZATIONS[index % SPECIALIZATIONS.length] ?? 'tabular',
      specializationReason: text('A reason'),
    })),
    projects,
    milestones: [
      'first-model',
      'first-deployed-app',
      'portfolio-ready',
      'applications-start',
      'first-interview',
    ].map((id) => ({ id, title: `Milestone ${id}`, description: text('A milestone') })),
    sprint: (['1-30', '31-60', '61-90'] as const).map((days) => ({
      days,
      title: `Days ${days}`,
      goals: {
        beginner: ['Goal one for beginners', 'Goal two for beginners'],
        intermediate: ['Goal one, intermediate', 'Goal two, intermediate'],
        advanced: ['Goal one for advanced', 'Goal two for advanced'],
      },
    })),
    technologies: [],
    aliases: {},
  };
}
