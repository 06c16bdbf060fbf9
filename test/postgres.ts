import pg from 'pg';

/** A connection to the server's maintenance database, for creating and dropping test databases. */
export const adminPool = (url: string) => {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on('error', () => {});
  return pool;
};

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** One name per test run, so concurrent runs on one server never collide. */
export const templateDatabaseName = () => `mlpath_t_${process.pid}_tpl`;
