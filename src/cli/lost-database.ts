/**
 * A database connection that the server ends (a restart, a shutdown, an administrator) can reach the
 * process outside any awaited query: as a rejection nobody awaits, or, with postgres 3.4.9, as a
 * TypeError thrown from the client's deferred write on the closed socket (porsager/postgres#1154 and
 * #1208, fixes not released). Either is a store failure like any other: exit 3 with the masked
 * address, never a crash with a stack trace. Nothing is half-written: only whole transactions
 * commit. Anything else stays a crash (exit 1), as it should.
 */
import { StoreError } from '../errors.js';
import { databaseError, maskUrl } from '../store/pg/connect.js';

/** Installs the handler for this process; `report` prints the failure and returns the exit code. */
export function exitOnLostDatabase(env: NodeJS.ProcessEnv, report: (error: StoreError) => Promise<number>): void {
  const location = maskUrl(env.LOKET_DATABASE_URL ?? '');
  const stop = (error: StoreError) => void report(error).then((code) => process.exit(code));
  process.on('unhandledRejection', (reason) => {
    const mapped = databaseError(reason, location);
    if (!(mapped instanceof StoreError)) throw reason;
    stop(mapped);
  });
  process.on('uncaughtException', (error) => {
    if (!isClientWriteOnClosedSocket(error)) {
      // As Node would: the stack on stderr, exit 1.
      process.stderr.write(`${error.stack ?? String(error)}\n`);
      process.exit(1);
    }
    stop(new StoreError('store.database', { location, message: 'connection closed' }));
  });
}

/** The client's deferred write after its socket closed (see above). */
function isClientWriteOnClosedSocket(error: Error): boolean {
  return (
    error instanceof TypeError && /reading 'write'/.test(error.message) && /postgres[\\/]src[\\/]connection\.js/.test(error.stack ?? '')
  );
}
