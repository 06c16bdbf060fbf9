import { z } from 'zod';
import { SKILL_AREAS, SPECIALIZATIONS } from '../core/profile.js';

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be a lowercase kebab-case id' });
const prose = z.string().trim().min(20, { error: 'must be at least 20 characters of text' });
const hours = z.number().min(0).max(600);

export const RESOURCE_TYPES = ['course', 'book', 'docs', 'video', 'practice'] as const;

export const ResourceSchema = z.strictObject({
  title: z.string().trim().min(3),
  url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
  type: z.enum(RESOURCE_TYPES),
  free: z.boolean(),
});

export const SKILL_CATEGORIES = [
  'foundations',
  'data',
  'math',
  'ml',
  'deep-learning',
  'specialization',
  'evaluation',
  'deployment',
  'mlops',
  'interview',
  'career',
] as const;

/** The plan's phases, in order; a skill's phase sets how early the planner wants it. */
export const PHASES = ['programming', 'first-models', 'shipping', 'depth', 'job-search'] as const;

/**
 * One learnable skill. `hours` are the hours to reach the level applied-ML jobs expect, from each
 * prior level of the skill's intake area (none, basic, working); production level needs none.
 */
export const SkillSchema = z.strictObject({
  id: kebabId,
  title: z.string().trim().min(2),
  category: z.enum(SKILL_CATEGORIES),
  /** The intake area whose self-rated level stands for this skill; absent: everyone starts at 0. */
  area: z.enum(SKILL_AREAS).optional(),
  /** Overrides the phase its category implies (SQL is data work, yet comes with shipping). */
  phase: z.enum(PHASES).optional(),
  /** Only planned for people on this specialization. */
  specialization: z.enum(SPECIALIZATIONS).optional(),
  /** Rank in the 2026 article's applied skill stack (1 = most often in postings), when listed. */
  stackRank: z.number().int().min(1).max(8).optional(),
  summary: prose,
  why: prose,
  hours: z.strictObject({ none: hours, basic: hours, working: hours }),
  prerequisites: z.array(kebabId),
  /** Share of the hours spent building (projects, exercises) rather than reading or watching. */
  buildShare: z.number().min(0).max(1),
  resources: z.array(ResourceSchema).min(2).max(5),
  /** A concrete deliverable or check that shows the skill is there. */
  proof: prose,
});

export const DOMAINS = [
  'healthcare',
  'finance',
  'retail',
  'logistics',
  'manufacturing',
  'marketing',
  'education',
  'hospitality',
] as const;

export const DomainSchema = z.strictObject({
  id: z.enum(DOMAINS),
  title: z.string(),
  /** Words in a free-text prior career that point to this domain (matched whole-word). */
  keywords: z.array(z.string().min(2)).min(3),
  /** The specialization most of this domain's ML work uses, and why, for the planner's pick. */
  specialization: z.enum(SPECIALIZATIONS),
  specializationReason: prose,
});

export const PROJECT_ARCHETYPES = [
  'end-to-end-pipeline',
  'computer-vision-app',
  'nlp-system',
  'mlops-system',
  'flagship',
] as const;

export const ProjectVariantSchema = z.strictObject({
  title: z.string().trim().min(5),
  summary: prose,
  /** Where the data comes from: a public dataset kind or data the person knows from work. */
  data: prose,
});

export const ProjectSchema = z.strictObject({
  id: kebabId,
  archetype: z.enum(PROJECT_ARCHETYPES),
  title: z.string().trim().min(5),
  summary: prose,
  skills: z.array(kebabId).min(2),
  deliverables: z.array(z.string().trim().min(5)).min(3),
  difficulty: z.enum(['starter', 'intermediate', 'advanced']),
  hours: z.number().min(10).max(300),
  deployed: z.boolean(),
  /** Specializations this project suits; empty means any. */
  specializations: z.array(z.enum(SPECIALIZATIONS)),
  variants: z.record(z.enum(DOMAINS), ProjectVariantSchema),
});

export const MilestoneSchema = z.strictObject({
  id: kebabId,
  title: z.string().trim().min(5),
  description: prose,
});

export const SPRINT_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;

export const SprintBlockSchema = z.strictObject({
  days: z.enum(['1-30', '31-60', '61-90']),
  title: z.string().trim().min(3),
  goals: z.record(z.enum(SPRINT_LEVELS), z.array(z.string().trim().min(10)).min(2)),
});

export const TechnologySchema = z.strictObject({
  id: kebabId,
  title: z.string().trim().min(1),
  /** The catalog skill this technology is evidence of, for gap analysis. */
  skill: kebabId,
});

export const CatalogSchema = z.strictObject({
  skills: z.array(SkillSchema).min(45),
  domains: z.array(DomainSchema).length(DOMAINS.length),
  projects: z.array(ProjectSchema).min(5),
  milestones: z.array(MilestoneSchema).min(5),
  sprint: z.array(SprintBlockSchema).length(3),
  technologies: z.array(TechnologySchema),
  /** Other names for skill and technology ids, as text analyzers meet them (`py` → `python`). */
  aliases: z.record(z.string().min(1), kebabId),
});

export type Catalog = z.infer<typeof CatalogSchema>;
export type Skill = z.infer<typeof SkillSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type Domain = z.infer<typeof DomainSchema>;
export type CatalogInput = z.input<typeof CatalogSchema>;
