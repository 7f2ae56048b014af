/** The patterns of stored values, shared by the zod schemas (schema.ts) and the plain checks (document-shapes.ts). */

export const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const SHA256 = /^[0-9a-f]{64}$/;
export const MESSAGE_KEY = /^(mid|hdr)-[0-9a-f]{32}$/;
export const CASE_ID = /^\d{4}-\d{4,}$/;
export const TRACKING_CODE = /^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/;
export const CHANNEL = /^[a-z0-9-]{1,40}$/;
export const BLOCK_KEY = /^\d{4}-\d{3}$/;
export const YEAR_KEY = /^\d{4}$/;
export const INTERVAL = /^\d{2}:\d{2}-\d{2}:\d{2}$/;
export const LOGIN = /^[a-z_][a-z0-9_]{0,62}$/;
