import type { FieldErrors } from '../ui/forms';
import type { Draft } from './draft';

export interface StepProps {
  draft: Draft;
  /** Changes answers and clears the errors of the paths given. */
  update: (patch: Partial<Draft>, paths: string[]) => void;
  errors: FieldErrors;
}

/** The id of an answer's error text, for aria-describedby. */
export const errorIdOf = (path: string) => `intake-${path.replace('.', '-')}-error`;
