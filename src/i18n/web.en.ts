/** English messages of the web feature: every Indonesian key has its twin. */
import type { webId } from './web.id.js';

export const webEn: Record<keyof typeof webId, string> = {
  'web.register.trackingCode': 'Tracking code: {code} (to follow the case on the public service page)',
  'web.col.trackingCode': 'Tracking code',
  'help.serve': 'Runs the public service page: case status by tracking code, certificate and document verification',
  'help.serve.host': 'address to listen on (default 127.0.0.1; behind the office reverse proxy)',
  'help.serve.port': 'port to listen on (default 8080; 0 picks a free port)',
  'web.serve.listening': 'The public service page is running at {url} (public address: {publicUrl}). Stop it with Ctrl+C.',
  'web.serve.noPublicUrl': 'not set (loket config set serve.publicUrl https://...)',
  'web.serve.stopped': 'The public service page stopped ({requests} requests served).',
  'web.input.port': '"{value}" is not a port number (0–65535)',
  'web.input.host': '"{value}" is not an address to listen on',
  'web.input.listen': 'cannot listen on {host}:{port}: {reason}',
  'web.input.publicUrl': '"{value}" is not an http(s) address without ? or # (e.g. https://layanan.contoh.go.id)',
};
