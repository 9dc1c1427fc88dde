import { AppError, ErrorCode, badInput, conflict, timeout } from '../errors/app-errors';

/** The fields of a PostgreSQL error the mapping reads (node-postgres `DatabaseError`). */
interface PgError {
  code?: string;
  detail?: string;
  table?: string;
  constraint?: string;
}

/** PostgreSQL SQLSTATEs the API answers as something a caller can act on. */
const SqlState = {
  UniqueViolation: '23505',
  ForeignKeyViolation: '23503',
  CheckViolation: '23514',
  InvalidTextRepresentation: '22P02',
  StringTooLong: '22001',
  NumericOutOfRange: '22003',
  InvalidDatetime: '22007',
  DatetimeOutOfRange: '22008',
  CharacterNotInRepertoire: '22021',
  UntranslatableCharacter: '22P05',
  QueryCanceled: '57014',
  LockNotAvailable: '55P03',
  IdleInTransactionTimeout: '25P03',
} as const;

/** Values PostgreSQL could not take as they are: NUL, broken encodings, text where a number or id belongs. */
const BAD_VALUE: ReadonlySet<string> = new Set([
  SqlState.InvalidTextRepresentation,
  SqlState.StringTooLong,
  SqlState.NumericOutOfRange,
  SqlState.InvalidDatetime,
  SqlState.DatetimeOutOfRange,
  SqlState.CharacterNotInRepertoire,
  SqlState.UntranslatableCharacter,
  SqlState.CheckViolation,
]);

const TIMED_OUT: ReadonlySet<string> = new Set([
  SqlState.QueryCanceled,
  SqlState.LockNotAvailable,
  SqlState.IdleInTransactionTimeout,
]);

const camel = (column: string): string => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * The field a key violation is about. PostgreSQL names the key's columns in `detail` only where the role
 * may see every row (never on RLS tables), so the constraint's name speaks for it: by convention a unique
 * or foreign key is named `<table>_[tenant_id_]<field>_(key|fkey)` (PostgreSQL's default for
 * `UNIQUE (tenant_id, code)` is `departments_tenant_id_code_key` → `code`); name an index over several
 * scoping columns after the one field a caller can change (`departments_name_key` for sibling names).
 */
export function keyField(error: PgError): string | null {
  const keys = /^Key \((.+?)\)=\(/.exec(error.detail ?? '')?.[1];
  let column: string | undefined;
  if (keys) {
    const parts = keys.split(/,\s*(?![^(]*\))/);
    column = /([a-z_][a-z0-9_]*)\)*$/i.exec(parts[parts.length - 1].trim())?.[1];
  } else if (error.constraint && error.table && error.constraint.startsWith(`${error.table}_`)) {
    column = error.constraint
      .slice(error.table.length + 1)
      .replace(/_(key|fkey|pkey|idx|unique)$/, '')
      .replace(/^tenant_id_/, '');
  }
  return column && column !== 'tenant_id' ? camel(column) : null;
}

/**
 * A database error as the caller should see it, or the error unchanged when it is truly unexpected (it then
 * leaves as a logged, masked INTERNAL_SERVER_ERROR). Never carries SQL, values or constraint names.
 */
export function fromDatabaseError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const pg = ((error as { driverError?: PgError }).driverError ?? error) as PgError;
  const code = pg?.code;
  if (!code) return error;
  if (code === SqlState.UniqueViolation) {
    return conflict(
      keyField(pg) ?? '',
      '같은 값이 이미 있습니다. 다른 값을 입력해 주세요.',
      'This value is already in use. Please enter a different one.',
    );
  }
  if (code === SqlState.ForeignKeyViolation) {
    const field = keyField(pg) ?? '';
    return /is not present/.test(pg.detail ?? '')
      ? badInput(field, '참조하는 항목을 찾을 수 없습니다.', 'The referenced record does not exist.')
      : conflict(field, '다른 항목이 참조하고 있어 바꿀 수 없습니다.', 'Other records still refer to it.');
  }
  if (BAD_VALUE.has(code)) {
    return new AppError(
      ErrorCode.BadUserInput,
      '입력값을 저장할 수 없습니다. 허용되지 않는 문자나 형식이 있는지 확인해 주세요.',
      'The input cannot be stored: check it for characters or formats that are not allowed.',
    );
  }
  if (TIMED_OUT.has(code)) return timeout();
  return error;
}
