/** What one upload may hold (docs/integrations/customer-import.md lists them for integrators). */
export const IMPORT_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 100,
  maxCellLength: 1000,
} as const;

/** Rows per statement of a running import: far under the statement timeout, few round trips. */
export const IMPORT_CHUNK_ROWS = 5000;
