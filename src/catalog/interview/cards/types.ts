import type { z } from 'zod';
import type { InterviewCardSchema } from '../schema.js';

/** A card as written in the data files, before validation. */
export type CardInput = z.input<typeof InterviewCardSchema>;
