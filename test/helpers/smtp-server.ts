/**
 * A real SMTP server in the test's process (smtp-server, the nodemailer project's) on a loopback
 * port: it speaks the protocol (EHLO, AUTH, SIZE) and keeps every message it accepted as sent, with
 * its envelope. It can refuse recipients, refuse the login, or limit the size, as a real one does.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface Received {
  from: string;
  to: string[];
  raw: Buffer;
}

export interface TestSmtp {
  port: number;
  received: Received[];
  stop(): Promise<void>;
}

export const SMTP_USER = 'persuratan@kasn.go.id';
export const SMTP_PASSWORD = 'rahasia-smtp';

/** Starts a server on 127.0.0.1 (a free port); `refuse` answers 550 for those recipients, `size` limits a message in bytes. */
export async function startSmtp(options: { refuse?: string[]; size?: number; auth?: boolean } = {}): Promise<TestSmtp> {
  const received: Received[] = [];
  const auth = options.auth ?? true;
  const config: SMTPServerOptions = {
    secure: false,
    disabledCommands: ['STARTTLS', ...(auth ? [] : ['AUTH'])],
    authOptional: !auth,
    allowInsecureAuth: true,
    logger: false,
    // No DNS query for each connection's address (the tests run without a network). Its other pause,
    // 100 ms before the greeting to catch clients that talk too soon, is the server's own and stays.
    disableReverseLookup: true,
    ...(options.size ? { size: options.size } : {}),
    onAuth(a, _session, callback) {
      if (a.username === SMTP_USER && a.password === SMTP_PASSWORD) return callback(null, { user: a.username });
      return callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (options.refuse?.includes(address.address))
        return callback(
          Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`), { responseCode: 550 }),
        );
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded)
          return callback(Object.assign(new Error('5.3.4 Message exceeds fixed maximum message size'), { responseCode: 552 }));
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  };
  const server = new SMTPServer(config);
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A loopback port nothing listens on (taken and released): the server is down. */
export async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
