import { ConfigError, readConfig } from '../config.js';
import { type Account, findAccountByEmail, listAccounts } from '../db/accounts.js';
import { type Database, type DatabaseHandle, openDatabase } from '../db/client.js';
import { DataDirBusyError } from '../db/lock.js';
import { UsageError } from './errors.js';

/** Opens the configured database for one command, migrated, and always closes it. */
export async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  let config: ReturnType<typeof readConfig>;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase(config);
  } catch (error) {
    if (error instanceof DataDirBusyError) throw new UsageError(error.message);
    throw error;
  }
  try {
    await handle.migrate();
    return await work(handle);
  } finally {
    await handle.close();
  }
}

/** The account a command acts on: `--email`, or the only account when there is just one. */
export async function pickAccount(db: Database, email: string | undefined): Promise<Account> {
  if (email) {
    const account = await findAccountByEmail(db, email);
    if (!account) throw new UsageError(`--email: no account with the email ${email}`);
    return account;
  }
  const accounts = await listAccounts(db);
  if (accounts.length === 1 && accounts[0]) return accounts[0];
  if (accounts.length === 0)
    throw new UsageError('no account exists yet; sign up in the web app first');
  throw new UsageError(`--email: required, this instance has ${accounts.length} accounts`);
}
