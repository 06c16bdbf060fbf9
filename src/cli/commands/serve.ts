import { ConfigError, readConfig } from '../../config.js';
import { startServer } from '../../server/start.js';
import { UsageError } from '../errors.js';
import { print } from '../output.js';

export async function serve(options: { port?: string; host?: string }): Promise<void> {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig({
      ...process.env,
      ...(options.port !== undefined && { PORT: options.port }),
      ...(options.host !== undefined && { HOST: options.host }),
    });
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  const server = await startServer(config);
  const where =
    server.database.kind === 'embedded' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
  print(`mlpath is running at ${server.url} (${where}). Press Ctrl+C to stop.`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
