import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.js';

describe('readConfig', () => {
  it('has the defaults the README lists', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      signup: 'open',
      poolSize: 10,
      trustProxy: false,
    });
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it('reads the PostgreSQL pool size, and names the variable when it is wrong', () => {
    expect(readConfig({ MLPATH_DB_POOL_SIZE: '4' }).poolSize).toBe(4);
    for (const bad of ['0', '101', '2.5', 'many']) {
      expect(() => readConfig({ MLPATH_DB_POOL_SIZE: bad })).toThrow(ConfigError);
      expect(() => readConfig({ MLPATH_DB_POOL_SIZE: bad })).toThrow(/^MLPATH_DB_POOL_SIZE: /);
    }
  });

  it('refuses a database URL that is not PostgreSQL and a port out of range', () => {
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/^DATABASE_URL: /);
    expect(() => readConfig({ PORT: '70000' })).toThrow(/^PORT: /);
    expect(readConfig({ DATABASE_URL: ' postgres://db/app ' }).databaseUrl).toBe(
      'postgres://db/app',
    );
  });
});
