/** The version of the stored documents' schema; a store written by a newer loket is refused. */
export const SCHEMA_VERSION = 1;
