import { describe, expect, it } from 'vitest';
import {
  isTrackingCode,
  maskTrackingCode,
  normalizeTrackingCode,
  trackingCode,
  TRACKING_ALPHABET,
  TRACKING_BYTES,
} from '../../src/domain/tracking-code.js';
import { legacyTrackingCode, sameTrackingCode, trackingDigest } from '../../src/domain/tracking-lookup.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('a tracking code from 80 random bits: 16 symbols of 5 bits, four groups of four', () => {
  it.each<[string, Uint8Array, string]>([
    ['all zero bits: the first symbol', new Uint8Array(10), 'AAAA-AAAA-AAAA-AAAA'],
    ['all one bits: the last symbol', new Uint8Array(10).fill(255), '9999-9999-9999-9999'],
    ['00001 00010 00011 …: symbols 1, 2, 3 …', bytes(0x08, 0x86, 0x42, 0x98, 0xe8, 0x4a, 0x96, 0xc6, 0xb9, 0xf0), 'BCDE-FGHJ-KLMN-PQRS'],
    ['one bit set, the very last', bytes(0, 0, 0, 0, 0, 0, 0, 0, 0, 1), 'AAAA-AAAA-AAAA-AAAB'],
    ['one bit set, the very first', bytes(0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0), 'SAAA-AAAA-AAAA-AAAA'],
    ['bytes past the tenth are not used', bytes(...new Array(10).fill(0), 255, 255), 'AAAA-AAAA-AAAA-AAAA'],
  ])('%s → %s', (_what, input, code) => {
    expect(trackingCode(input)).toBe(code);
    expect(isTrackingCode(code)).toBe(true);
  });

  it('needs 10 bytes', () => {
    expect(TRACKING_BYTES * 8).toBe(80);
    expect(() => trackingCode(new Uint8Array(9))).toThrow('10 bytes');
  });

  it('never writes 0, O, 1 or I: 32 symbols, each once', () => {
    expect(TRACKING_ALPHABET).toHaveLength(32);
    expect(new Set(TRACKING_ALPHABET).size).toBe(32);
    for (const ch of '0O1I') expect(TRACKING_ALPHABET).not.toContain(ch);
  });

  it('uses every symbol in every place, from random bytes', () => {
    const seen = Array.from({ length: 16 }, () => new Set<string>());
    for (let i = 0; i < 2000; i++) {
      const symbols = trackingCode(crypto.getRandomValues(new Uint8Array(10))).replace(/-/g, '');
      [...symbols].forEach((ch, at) => seen[at]!.add(ch));
    }
    expect(seen.map((s) => s.size)).toEqual(new Array(16).fill(32));
  });
});

describe('a code as people type it', () => {
  it.each<[string, string | undefined]>([
    ['K7QM-2XNA-P4RT-9HZC', 'K7QM-2XNA-P4RT-9HZC'],
    ['k7qm-2xna-p4rt-9hzc', 'K7QM-2XNA-P4RT-9HZC'],
    ['K7QM 2XNA P4RT 9HZC', 'K7QM-2XNA-P4RT-9HZC'],
    ['  K7QM2XNAP4RT9HZC ', 'K7QM-2XNA-P4RT-9HZC'],
    ['K7QM-2XNA-P4RT-9HZ', undefined],
    ['K7QM-2XNA-P4RT-9HZCX', undefined],
    ['K7QM-2XNA-P4RT-9HZ0', undefined],
    ['K7QM-2XNA-P4RT-9HZO', undefined],
    ['K7QM-2XNA-P4RT-9HZ1', undefined],
    ['K7QM-2XNA-P4RT-9HZI', undefined],
    ['K7QM_2XNA_P4RT_9HZC', undefined],
    ['', undefined],
    ['A'.repeat(65), undefined],
  ])('%j → %j', (typed, code) => {
    expect(normalizeTrackingCode(typed)).toBe(code);
  });

  it.each([
    ['K7QM-2XNA-P4RT-9HZC', 'K7QM-…'],
    ['<scr', '?scr-…'],
  ])('in a log line %s is only %s', (code, masked) => {
    expect(maskTrackingCode(code)).toBe(masked);
  });
});

describe('comparing and looking up codes', () => {
  it.each<[string | undefined, string, boolean]>([
    ['K7QM-2XNA-P4RT-9HZC', 'K7QM-2XNA-P4RT-9HZC', true],
    ['K7QM-2XNA-P4RT-9HZC', 'K7QM-2XNA-P4RT-9HZD', false],
    ['K7QM-2XNA-P4RT-9HZC', 'K7QM-2XNA-P4RT-9HZ', false],
    ['K7QM-2XNA-P4RT-9HZC', '', false],
    [undefined, '', false],
    ['', '', false],
  ])('%j and %j: the same? %s', (stored, typed, same) => {
    expect(sameTrackingCode(stored, typed)).toBe(same);
  });

  it('looks up by the SHA-256 of the code, not the code', () => {
    expect(trackingDigest('K7QM-2XNA-P4RT-9HZC')).toMatch(/^[0-9a-f]{64}$/);
    expect(trackingDigest('K7QM-2XNA-P4RT-9HZC')).not.toBe(trackingDigest('K7QM-2XNA-P4RT-9HZD'));
  });

  it('derives the code of an older case from the secret and the id: stable, different per case and per store', () => {
    const a = 'ab'.repeat(32);
    const b = 'cd'.repeat(32);
    expect(legacyTrackingCode(a, '2026-0001')).toBe(legacyTrackingCode(a, '2026-0001'));
    expect(isTrackingCode(legacyTrackingCode(a, '2026-0001'))).toBe(true);
    expect(legacyTrackingCode(a, '2026-0001')).not.toBe(legacyTrackingCode(a, '2026-0002'));
    expect(legacyTrackingCode(a, '2026-0001')).not.toBe(legacyTrackingCode(b, '2026-0001'));
  });
});
