import { resolve } from 'node:path';
import { z } from 'zod';

/** The environment the server and CLI read; the README's configuration table lists the same. */
const EnvSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int({ error: 'must be a port number' })
    .min(0, { error: 'must be a port number from 0 to 65535' })
    .max(65535, { error: 'must be a port number from 0 to 65535' })
    .default(3000),
  HOST: z.string().min(1, { error: 'must not be empty' }).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined))
    .refine((value) => value === undefined || /^postgres(ql)?:\/\//.test(value), {
      error: 'must be a postgres:// or postgresql:// URL',
    }),
  MLPATH_DATA_DIR: z.string().min(1, { error: 'must not be empty' }).default('./data'),
  MLPATH_SIGNUP: z
    .enum(['open', 'closed'], { error: 'must be "open" or "closed"' })
    .default('open'),
  MLPATH_DB_POOL_SIZE: z.coerce
    .number({ error: 'must be a whole number from 1 to 100' })
    .int({ error: 'must be a whole number from 1 to 100' })
    .min(1, { error: 'must be a whole number from 1 to 100' })
    .max(100, { error: 'must be a whole number from 1 to 100' })
    .default(10),
  MLPATH_TRUST_PROXY: z
    .enum(['true', 'false', '1', '0', ''], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  signup: 'open' | 'closed';
  /** Connections each process keeps to a PostgreSQL server (unused on the embedded database). */
  poolSize: number;
  /** Trust X-Forwarded-* from a reverse proxy (client address and HTTPS detection). */
  trustProxy: boolean;
}

export class ConfigError extends Error {}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ConfigError(`${issue?.path.join('.')}: ${issue?.message}`);
  }
  const parsed = result.data;
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL,
    dataDir: resolve(parsed.MLPATH_DATA_DIR),
    signup: parsed.MLPATH_SIGNUP,
    poolSize: parsed.MLPATH_DB_POOL_SIZE,
    trustProxy: parsed.MLPATH_TRUST_PROXY,
  };
}
