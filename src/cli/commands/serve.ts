/** `loket serve`: the public service page over this store until SIGTERM or Ctrl+C. */
import { ProblemList } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { publicUrl } from '../../domain/verification.js';
import { checklists } from '../../app/checklists.js';
import { command } from '../command-spec.js';
import { output } from '../output.js';
import { printLog } from '../print.js';

/** `loket serve [--host H] [--port P]`. */
export const serveCommand = command({
  name: 'serve',
  description: 'help.serve',
  options: {
    host: { flags: '--host <address>', help: 'help.serve.host', default: '127.0.0.1' },
    port: { flags: '--port <number>', help: 'help.serve.port', default: '8080' },
  },
  examples: ['loket serve', 'loket serve --host 0.0.0.0 --port 8080', 'loket config set serve.publicUrl https://layanan.contoh.go.id'],
  async run(ctx, input) {
    const problems = new ProblemList();
    const port = Number(input.port);
    if (!/^\d{1,5}$/.test(input.port ?? '') || port > 65535) problems.add('port', 'web.input.port', { value: input.port ?? '' });
    const host = (input.host ?? '').trim();
    if (!/^[0-9A-Za-z.:-]{1,253}$/.test(host)) problems.add('host', 'web.input.host', { value: input.host ?? '' });
    problems.throwIfAny();
    // On PostgreSQL the pages read only through the database's public functions, which the server's own
    // login (`loket db serve-login`) may run and nothing else (issue 32).
    const store = ctx.database ? (await import('../../store/pg/public-store.js')).publicStore(ctx.database, ctx.env) : ctx.store();
    const profile = (await store.config()).profile;
    const { storePort } = await import('../../web/store-port.js');
    const { startServer } = await import('../../web/server.js');
    const server = await startServer({
      publicPort: storePort(store, checklists(), ctx.now),
      host,
      port,
      log: printLog,
      logError: (error) => printLog(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    });
    printLog(t('web.serve.listening', { url: server.url, publicUrl: publicUrl(profile) ?? t('web.serve.noPublicUrl') }));
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
    await server.close();
    if (ctx.database) await store.close();
    return output({ url: server.url, requests: server.requests(), stopped: true }, t('web.serve.stopped', { requests: server.requests() }));
  },
});
