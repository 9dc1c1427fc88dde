/** What one upload may hold (docs/adr/0016-attachments.md lists them for integrators and residents). */
export const ATTACHMENT_LIMITS = {
  /** Bytes of one file; a larger one is refused as soon as its bytes pass this, without reading it all. */
  maxFileBytes: 10 * 1024 * 1024,
  /** Files of one request. */
  maxFiles: 5,
  /** Characters of a file name kept after cleaning (the extension is kept whole). */
  maxFileNameLength: 200,
  /** Hours an upload may stay unclaimed; then the nightly purge deletes its record and its file. */
  unclaimedRetentionHours: 24,
} as const;

/** Multipart overhead (boundaries, part headers) allowed above the files' bytes before a body is cut off. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** The largest request body worth reading at all: every file at its limit plus the multipart framing. */
export const MAX_UPLOAD_BODY_BYTES =
  ATTACHMENT_LIMITS.maxFiles * ATTACHMENT_LIMITS.maxFileBytes + MULTIPART_OVERHEAD_BYTES;
