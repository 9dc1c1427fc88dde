import { Query, type Client } from 'pg';

/**
 * `COPY … FROM STDIN` on a plain `pg` client without pg-copy-streams: a query whose copy-in response sends
 * the prepared text and ends the copy. `pg` calls `handleCopyInResponse` on the active query.
 */
class CopyIn extends Query {
  constructor(
    text: string,
    private readonly data: Buffer,
  ) {
    super(text);
  }

  handleCopyInResponse(connection: { sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void }): void {
    const CHUNK = 1 << 20;
    for (let at = 0; at < this.data.length; at += CHUNK)
      connection.sendCopyFromChunk(this.data.subarray(at, at + CHUNK));
    connection.endCopyFrom();
  }
}

/** Runs `COPY table (…) FROM STDIN (FORMAT csv)` with `csv` as the input. */
export function copyFrom(client: Client, statement: string, csv: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const query = new CopyIn(statement, Buffer.from(csv, 'utf8'));
    query.on('end', () => resolve());
    query.on('error', reject);
    void client.query(query as never);
  });
}

/** One CSV field as PostgreSQL's `COPY … (FORMAT csv)` reads it: unquoted empty is NULL, quoted text is text. */
export const csvField = (value: string | number | boolean | null | undefined): string =>
  value === null || value === undefined ? '' : `"${String(value).replace(/"/gu, '""')}"`;

/** A text[] literal: {"김","민준"}. */
export const arrayLiteral = (items: readonly string[]): string =>
  `{${items.map((i) => `"${i.replace(/[\\"]/gu, (c) => `\\${c}`)}"`).join(',')}}`;
