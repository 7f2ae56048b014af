/**
 * A password as PostgreSQL keeps it (SCRAM-SHA-256, RFC 5802 and 7677, with the server's 4096
 * iterations): computed here, so that the password itself never reaches the server, its logs or an
 * error message. The server takes a verifier in `CREATE ROLE … PASSWORD '…'` as it is.
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';

/** `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`, all in base64. */
export function scramVerifier(password: string, salt: Buffer = randomBytes(16), iterations = 4096): string {
  const salted = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}
