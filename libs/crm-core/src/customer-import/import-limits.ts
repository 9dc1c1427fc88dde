/** What one upload may hold (docs/integrations/customer-import.md lists them for integrators). */
export const IMPORT_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 100,
  maxCellLength: 1000,
  /** Days an uploaded file's content is kept; then the nightly purge empties it (its batch has run). */
  uploadRetentionDays: 7,
} as const;

/** Rows per statement of a running import: far under the statement timeout, few round trips. */
export const IMPORT_CHUNK_ROWS = 5000;
