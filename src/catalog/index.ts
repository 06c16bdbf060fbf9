import { aliases } from './data/aliases.js';
import { domains } from './data/domains.js';
import { milestones } from './data/milestones.js';
import { projects } from './data/projects.js';
import { skills } from './data/skills.js';
import { sprint } from './data/sprint.js';
import { technologies } from './data/technologies.js';
import type { Catalog, CatalogInput } from './schema.js';
import { validateCatalog } from './validate.js';

export type { Catalog, Domain, Project, Skill } from './schema.js';
export { CatalogError } from './validate.js';

/** The catalog exactly as written in `data/`, before validation (tests clone and break it). */
export const catalogData: CatalogInput = {
  skills,
  domains,
  projects,
  milestones,
  sprint,
  technologies,
  aliases,
};

let loaded: Catalog | undefined;
let lookup: Map<string, string> | undefined;

/** The validated catalog; validation runs once per process and throws a CatalogError on a bad one. */
export function loadCatalog(): Catalog {
  loaded ??= validateCatalog(catalogData);
  return loaded;
}

/**
 * The skill or technology id a term names (`py` → `python`, `K8s` → `kubernetes`), matched
 * case-insensitively against ids first and aliases second; undefined when unknown.
 */
export function resolveAlias(term: string): string | undefined {
  if (!lookup) {
    const catalog = loadCatalog();
    lookup = new Map(Object.entries(catalog.aliases));
    for (const { id } of [...catalog.skills, ...catalog.technologies]) lookup.set(id, id);
  }
  return lookup.get(term.trim().toLowerCase());
}

/**
 * Why an id is not a catalog skill or project of that kind, or null when it is: time entries,
 * states, notes and evidence all name catalog work, so the log and the plan speak of the same.
 */
export function catalogTargetProblem(kind: 'skill' | 'project', id: string): string | null {
  const catalog = loadCatalog();
  const list = kind === 'skill' ? catalog.skills : catalog.projects;
  return list.some((item) => item.id === id) ? null : `no ${kind} "${id}" in the catalog`;
}
