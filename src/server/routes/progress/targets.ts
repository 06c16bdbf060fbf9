import { catalogTargetProblem } from '../../../catalog/index.js';
import { HttpError } from '../../errors.js';

/** A skill or project id the catalog does not know is a 400 naming the field. */
export function requireCatalogTarget(kind: 'skill' | 'project', id: string, field: string): void {
  const problem = catalogTargetProblem(kind, id);
  if (problem)
    throw new HttpError(400, 'the request is invalid', [{ path: field, message: problem }]);
}
