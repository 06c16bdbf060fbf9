import { describeIssues } from '../core/profile.js';
import { type Catalog, CatalogSchema } from './schema.js';

export class CatalogError extends Error {}

/** Finds one prerequisite cycle and returns it as a path (`a → b → c → a`), or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    if (!state.has(node)) {
      const cycle = visit(node);
      if (cycle) return cycle;
    }
  }
  return null;
}

const duplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);

/**
 * Validates the catalog's shape and its cross-references; throws a CatalogError naming the first
 * problem (field path, duplicate id, unknown reference or the cycle).
 */
export function validateCatalog(input: unknown): Catalog {
  const parsed = CatalogSchema.safeParse(input);
  if (!parsed.success) {
    const issue = describeIssues(parsed.error, 'catalog')[0];
    throw new CatalogError(`${issue?.path}: ${issue?.message}`);
  }
  const catalog = parsed.data;
  const skillIds = catalog.skills.map((skill) => skill.id);
  const technologyIds = catalog.technologies.map((technology) => technology.id);
  const projectIds = catalog.projects.map((project) => project.id);
  for (const [kind, ids] of [
    ['skill', skillIds],
    ['project', projectIds],
    ['milestone', catalog.milestones.map((milestone) => milestone.id)],
    ['skill or technology', [...skillIds, ...technologyIds]],
  ] as const) {
    const repeated = duplicates([...ids]);
    if (repeated.length > 0) throw new CatalogError(`duplicate ${kind} id "${repeated[0]}"`);
  }
  const skills = new Set(skillIds);
  for (const skill of catalog.skills) {
    for (const prerequisite of skill.prerequisites) {
      if (!skills.has(prerequisite)) {
        throw new CatalogError(`skill "${skill.id}" has an unknown prerequisite "${prerequisite}"`);
      }
    }
  }
  const cycle = findCycle(new Map(catalog.skills.map((skill) => [skill.id, skill.prerequisites])));
  if (cycle) throw new CatalogError(`prerequisite cycle: ${cycle.join(' → ')}`);
  for (const project of catalog.projects) {
    for (const id of project.skills) {
      if (!skills.has(id))
        throw new CatalogError(`project "${project.id}" uses an unknown skill "${id}"`);
    }
  }
  for (const technology of catalog.technologies) {
    if (!skills.has(technology.skill)) {
      throw new CatalogError(
        `technology "${technology.id}" points to an unknown skill "${technology.skill}"`,
      );
    }
  }
  const known = new Set([...skillIds, ...technologyIds]);
  for (const [alias, id] of Object.entries(catalog.aliases)) {
    if (!known.has(id)) throw new CatalogError(`alias "${alias}" points to an unknown id "${id}"`);
    if (alias !== alias.toLowerCase()) throw new CatalogError(`alias "${alias}" must be lowercase`);
  }
  return catalog;
}
