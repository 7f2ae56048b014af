/** @module-tag slow (runs only on PostgreSQL: run by `npm test` and CI, not by `npm run test:fast`) */
import { describe, expect, it } from 'vitest';
import { legacyTrackingSql } from '../../src/store/pg/schema.js';
import { legacyTrackingCode } from '../../src/domain/tracking-lookup.js';
import { DATABASE_URL } from '../helpers/stores.js';

// The database's migration gives cases stored before tracking codes the same code the file store derives.
describe.skipIf(!DATABASE_URL)('the SQL of a legacy tracking code', () => {
  it.each([
    ['ab'.repeat(32), '2026-0001'],
    ['0123456789abcdef'.repeat(4), '2025-0420'],
    ['f'.repeat(64), '2024-123456'],
  ])('secret %s…, case %s: SQL and TypeScript agree', async (secret, id) => {
    const { default: postgres } = await import('postgres');
    const sql = postgres(DATABASE_URL!, { max: 1, onnotice: () => undefined });
    try {
      const [row] = await sql.unsafe(`select ${legacyTrackingSql('$1', '$2')} as code`, [secret, id]);
      expect(row?.code).toBe(legacyTrackingCode(secret, id));
    } finally {
      await sql.end();
    }
  });
});
