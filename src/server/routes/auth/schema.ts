import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../../../db/accounts.js';

export const CredentialsSchema = z.strictObject({
  email: z
    .string({ error: 'is required' })
    .trim()
    .max(254, { error: 'must be at most 254 characters' })
    .pipe(z.email({ error: 'must be an email address' })),
  password: z
    .string({ error: 'is required' })
    .max(1000, { error: 'must be at most 1000 characters' }),
});

export const SignupSchema = CredentialsSchema.extend({
  password: z
    .string({ error: 'is required' })
    .min(MIN_PASSWORD_LENGTH, { error: `must be at least ${MIN_PASSWORD_LENGTH} characters` })
    .max(1000, { error: 'must be at most 1000 characters' }),
});

export const AccountSchema = z.object({ id: z.string(), email: z.string() });

export type Credentials = z.infer<typeof CredentialsSchema>;
