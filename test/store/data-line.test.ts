/** A backup's data lines, written and read as bytes: the same bytes as JSON, and nothing else taken for one. */
import { describe, expect, it } from 'vitest';
import { dataLine, dataRecord } from '../../src/store/data-line.js';

const line = (text: string) => Buffer.from(text);

describe('a data line', () => {
  it.each([
    ['no bytes', Buffer.alloc(0)],
    ['one byte (padded twice)', Buffer.from([0xff])],
    ['two bytes (padded once)', Buffer.from([0x00, 0xfb])],
    ['48 KiB of every byte value', Buffer.from(Array.from({ length: 48 * 1024 }, (_, i) => (i * 7) % 256))],
  ])('of %s is what JSON.stringify writes, and reads back to the same bytes', (_name, bytes) => {
    const written = dataLine(bytes);
    expect(written.toString()).toBe(`${JSON.stringify({ t: 'data', b64: bytes.toString('base64') })}\n`);
    const record = dataRecord(written.subarray(0, -1));
    expect(record).toEqual(JSON.parse(written.toString()));
    expect(Buffer.from(record!.b64, 'base64').equals(bytes)).toBe(true);
  });

  // Each of these is left to JSON.parse, which reads it as any other line (or refuses it).
  it.each([
    ['another record', '{"t":"sum","sha256":"ab","size":3}'],
    ['its fields in another order', '{"b64":"QUJD","t":"data"}'],
    ['a space after the colon', '{"t":"data","b64": "QUJD"}'],
    ['an escape in the base64', '{"t":"data","b64":"QU\\u004aD"}'],
    ['a character that is not base64', '{"t":"data","b64":"QU JD"}'],
    ['a byte beyond ASCII', '{"t":"data","b64":"QUé"}'],
    ['a quote inside', '{"t":"data","b64":"QU"JD"}'],
    ['no closing brace', '{"t":"data","b64":"QUJD"'],
    ['its head alone', '{"t":"data","b64":"'],
    ['an empty line', ''],
  ])('is not read from %s', (_name, text) => {
    expect(dataRecord(line(text))).toBeUndefined();
  });
});
