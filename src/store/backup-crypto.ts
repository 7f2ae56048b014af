/**
 * An encrypted backup file: one clear header line (the key derivation's parameters and salt, and a
 * check of the key), then the backup in frames of at most 64 KiB, each sealed with AES-256-GCM under
 * a key derived from the passphrase with scrypt. Each frame's authenticated data binds the header, the
 * frame's position and whether it is the last: a changed, removed, added, reordered or cut frame
 * fails to open, and memory holds one frame at a time whatever the size of the backup.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError, StoreError } from '../errors.js';

export const ENCRYPTED_FORMAT = 'loket-backup-encrypted';
const FRAME = 64 * 1024;
const TAG = 16;
// Frame header: 1 byte (1 = the last frame), 4 bytes plaintext length.
const FRAME_HEAD = 5;
const SCRYPT = { N: 1 << 15, r: 8, p: 1 };
const MAX_N = 1 << 20;

interface Header {
  format: typeof ENCRYPTED_FORMAT;
  version: 1;
  cipher: 'aes-256-gcm';
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  check: string;
}

/** The encryption key and the check value of the header, both from one scrypt run. */
async function deriveKeys(passphrase: string, kdf: Header['kdf']): Promise<{ key: Buffer; check: string }> {
  const bytes = await new Promise<Buffer>((resolve, reject) =>
    scrypt(
      passphrase.normalize('NFC'),
      Buffer.from(kdf.salt, 'base64'),
      64,
      { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r + (1 << 20) },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
  return { key: bytes.subarray(0, 32), check: createHash('sha256').update(bytes.subarray(32)).digest('base64') };
}

function frameAad(headerHash: Buffer, index: number, last: boolean): Buffer {
  const aad = Buffer.alloc(headerHash.length + 9);
  headerHash.copy(aad);
  aad.writeBigUInt64BE(BigInt(index), headerHash.length);
  aad[headerHash.length + 8] = last ? 1 : 0;
  return aad;
}

function nonce(index: number): Buffer {
  const iv = Buffer.alloc(12);
  iv.writeBigUInt64BE(BigInt(index), 4);
  return iv;
}

/** Where encrypted bytes go: a writable file stream. */
export interface ByteSink {
  write(bytes: Buffer): Promise<void>;
}

/**
 * An encrypting writer over `sink`: `write` takes the backup's text as it is made, `end` seals the
 * last frame. The header is written first.
 */
export async function encryptingWriter(
  sink: ByteSink,
  passphrase: string,
): Promise<{ write(text: string | Buffer): Promise<void>; end(): Promise<void> }> {
  const kdf = { name: 'scrypt' as const, ...SCRYPT, salt: randomBytes(16).toString('base64') };
  const { key, check } = await deriveKeys(passphrase, kdf);
  const header: Header = { format: ENCRYPTED_FORMAT, version: 1, cipher: 'aes-256-gcm', kdf, check };
  const headerLine = Buffer.from(`${JSON.stringify(header)}\n`);
  const headerHash = createHash('sha256').update(headerLine).digest();
  await sink.write(headerLine);
  let index = 0;
  let pending: Buffer[] = [];
  let size = 0;
  const seal = async (plain: Buffer, last: boolean) => {
    const cipher = createCipheriv('aes-256-gcm', key, nonce(index));
    cipher.setAAD(frameAad(headerHash, index, last));
    const head = Buffer.alloc(FRAME_HEAD);
    head[0] = last ? 1 : 0;
    head.writeUInt32BE(plain.length, 1);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    await sink.write(Buffer.concat([head, body, cipher.getAuthTag()]));
    index++;
  };
  // A full frame is sealed only once more follows, so that the last one can say it is the last.
  let full: Buffer | undefined;
  return {
    // A Buffer is kept as it is until sealed: the caller does not reuse it.
    async write(text) {
      const bytes = typeof text === 'string' ? Buffer.from(text) : text;
      pending.push(bytes);
      size += bytes.length;
      while (size > FRAME) {
        const all = Buffer.concat(pending);
        if (full) await seal(full, false);
        full = all.subarray(0, FRAME);
        pending = [all.subarray(FRAME)];
        size = pending[0]!.length;
      }
    },
    async end() {
      const rest = Buffer.concat(pending);
      if (full && rest.length === 0) return seal(full, true);
      if (full) await seal(full, false);
      await seal(rest, true);
    },
  };
}

/** Whether `file` is an encrypted backup (by its first bytes). */
export async function isEncryptedBackup(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const { bytesRead, buffer } = await fh.read(Buffer.alloc(64), 0, 64, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').includes(`"format":"${ENCRYPTED_FORMAT}"`);
  } finally {
    await fh.close();
  }
}

function altered(file: string, problem: string): StoreError {
  return new StoreError('store.backupAltered', { file, problem });
}

/**
 * The backup's text, decrypted frame by frame; exit 2 for a wrong passphrase, exit 3 when a frame is
 * altered, missing, added, out of place, or the file is cut.
 */
export async function* decryptedChunks(file: string, passphrase: string): AsyncGenerator<Buffer> {
  let buffered: Buffer = Buffer.alloc(0);
  const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
  const reader = stream[Symbol.asyncIterator]();
  let ended = false;
  // At least `n` bytes buffered (fewer only at the end of the file).
  const fill = async (n: number) => {
    while (buffered.length < n && !ended) {
      const r = await reader.next();
      if (r.done) ended = true;
      else buffered = buffered.length ? Buffer.concat([buffered, r.value as Buffer]) : (r.value as Buffer);
    }
  };
  try {
    await fill(4096);
    const nl = buffered.indexOf(0x0a);
    if (nl < 0) throw InputError.of('file', 'input.notBackup', { value: `${file} (header)` });
    const headerLine = buffered.subarray(0, nl + 1);
    buffered = buffered.subarray(nl + 1);
    let header: Header;
    try {
      header = JSON.parse(headerLine.toString('utf8')) as Header;
    } catch {
      throw InputError.of('file', 'input.notBackup', { value: `${file} (header)` });
    }
    const { kdf } = header;
    if (
      header.format !== ENCRYPTED_FORMAT ||
      header.version !== 1 ||
      header.cipher !== 'aes-256-gcm' ||
      kdf?.name !== 'scrypt' ||
      ![kdf.N, kdf.r, kdf.p].every(Number.isSafeInteger) ||
      kdf.N < 2 ||
      kdf.N > MAX_N ||
      kdf.r < 1 ||
      kdf.r > 32 ||
      kdf.p < 1 ||
      kdf.p > 16 ||
      typeof kdf.salt !== 'string'
    )
      throw InputError.of('file', 'input.notBackup', { value: `${file} (header)` });
    const { key, check } = await deriveKeys(passphrase, kdf);
    const given = Buffer.from(String(header.check));
    if (given.length !== check.length || !timingSafeEqual(given, Buffer.from(check)))
      throw InputError.of('passphrase', 'input.backupPassphrase', { value: file });
    const headerHash = createHash('sha256').update(headerLine).digest();
    for (let index = 0; ; index++) {
      await fill(FRAME_HEAD);
      if (buffered.length === 0) throw altered(file, 'cut short');
      if (buffered.length < FRAME_HEAD) throw altered(file, `frame ${index}`);
      const last = buffered[0] === 1;
      const length = buffered.readUInt32BE(1);
      if (buffered[0]! > 1 || length > FRAME) throw altered(file, `frame ${index}`);
      await fill(FRAME_HEAD + length + TAG);
      if (buffered.length < FRAME_HEAD + length + TAG) throw altered(file, 'cut short');
      const body = buffered.subarray(FRAME_HEAD, FRAME_HEAD + length);
      const tag = buffered.subarray(FRAME_HEAD + length, FRAME_HEAD + length + TAG);
      const decipher = createDecipheriv('aes-256-gcm', key, nonce(index));
      decipher.setAAD(frameAad(headerHash, index, last));
      decipher.setAuthTag(tag);
      let plain: Buffer;
      try {
        plain = Buffer.concat([decipher.update(body), decipher.final()]);
      } catch {
        throw altered(file, `frame ${index}`);
      }
      buffered = buffered.subarray(FRAME_HEAD + length + TAG);
      if (last) {
        // Checked before the last frame is handed over: its reader may stop at the end line.
        await fill(1);
        if (buffered.length) throw altered(file, 'data after the end');
        yield plain;
        return;
      }
      yield plain;
    }
  } finally {
    stream.destroy();
  }
}
