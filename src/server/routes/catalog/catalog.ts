import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loadCatalog } from '../../../catalog/index.js';
import { ResourceSchema, SKILL_CATEGORIES } from '../../../catalog/schema.js';
import type { RouteContext } from '../../context.js';

const SkillDetailSchema = z.object({
  id: z.string(),
  title: z.string(),
  category: z.enum(SKILL_CATEGORIES),
  summary: z.string(),
  why: z.string(),
  proof: z.string(),
  prerequisites: z.array(z.string()),
  resources: z.array(ResourceSchema),
});

/** The skill catalog's texts for the roadmap's detail panel (the plan carries ids and weeks). */
export const catalogRoutes: FastifyPluginAsyncZod<RouteContext> = async (app) => {
  app.get(
    '/catalog/skills',
    { schema: { tags: ['plan'], response: { 200: z.array(SkillDetailSchema) } } },
    async (_request, reply) => {
      reply.header('cache-control', 'private, max-age=3600');
      return loadCatalog().skills.map((skill) => ({
        id: skill.id,
        title: skill.title,
        category: skill.category,
        summary: skill.summary,
        why: skill.why,
        proof: skill.proof,
        prerequisites: skill.prerequisites,
        resources: skill.resources,
      }));
    },
  );
};
