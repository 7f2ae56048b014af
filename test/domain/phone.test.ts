import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../src/domain/phone.js';

describe('phone numbers as people write them', () => {
  it.each([
    ['0812-3456-7890', '081234567890'],
    ['0812 3456 7890', '081234567890'],
    ['(0251) 8321075', '02518321075'],
    ['(021) 797 2098', '0217972098'],
    ['+62 812-3456-7890', '081234567890'],
    ['+62 (21) 7972098', '0217972098'],
    ['6281234567890', '081234567890'],
    ['+65 6123 4567', '+6561234567'],
    ['021.7972098', '0217972098'],
    ['123', undefined],
    ['0812-ABCD', undefined],
    ['1234567890123456', undefined],
  ])('%j → %s', (text, expected) => {
    expect(normalisePhone(text)).toBe(expected);
  });
});
