/**
 * A database connection that the server ends (a restart, a shutdown, an administrator) can reach the
 * process outside any awaited query: as a rejection nobody awaits, or, with postgres 3.4.9, as a
 * TypeError thrown from the client's deferred write on the closed socket (porsager/postgres#1154 and
 * #1208, fixes not released). Either is a store failure like any other: exit 3 with the masked
 * address, never a crash with a stack trace. Nothing is half-written: only whole transactions
 * commit. Anything else that escapes is reported as the unexpected fault it is (exit 1).
 */
import { StoreError } from '../../errors.js';
import { databaseError } from './connect.js';

/** What a run races its command against: the first failure that escaped it, until `stop()`. */
export interface LostConnectionWatch {
  lost: Promise<unknown>;
  stop(): void;
}

/** Listens for failures outside any awaited call while a command runs against the database at `location` (masked). */
export function watchLostConnection(location: string): LostConnectionWatch {
  let report: (error: unknown) => void = () => undefined;
  const lost = new Promise<unknown>((resolve) => (report = resolve));
  const onRejection = (reason: unknown) => report(databaseError(reason, location));
  const onException = (error: Error) =>
    report(isClientWriteOnClosedSocket(error) ? new StoreError('store.database', { location, message: 'connection closed' }) : error);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return {
    lost,
    stop() {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    },
  };
}

/** The client's deferred write after its socket closed (see above). */
function isClientWriteOnClosedSocket(error: Error): boolean {
  return (
    error instanceof TypeError && /reading 'write'/.test(error.message) && /postgres[\\/]src[\\/]connection\.js/.test(error.stack ?? '')
  );
}
