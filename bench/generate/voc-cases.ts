import { Client } from 'pg';
import { STANDARD_PETITION_WORKFLOW } from '../../libs/crm-core/src/petitions/standard-workflow';

export interface VocCaseLoadOptions {
  /** Owner: the workflow version, the bulk INSERT … SELECT, the receipt counters, VACUUM and CHECKPOINT. */
  readonly ownerUrl: string;
  readonly tenant: string;
  readonly count: number;
  /** The staff member whose own inbox is measured: about `officerOpenCases` open cases are theirs. */
  readonly officerId: string;
  readonly officerOpenCases: number;
  readonly seed: number;
  /**
   * The generator's row number of the first case (default 1): rows `firstRow`… of the seeded series, so a load
   * continued after an interrupted one makes the cases the uninterrupted load would have made.
   */
  readonly firstRow?: number;
  readonly log?: (line: string) => void;
}

/** `created_by` of generated cases. */
export const VOC_GENERATOR = 'bench-generator';
/**
 * Whose customers file the generated petitions: the demo seed's and the bench generator's, never a test's own
 * (a spec sharing the tenant must stay able to delete what it made).
 */
const REQUESTER_SOURCES = ['demo-seed', 'bench-generator'];
/** Rows per INSERT … SELECT (and transaction); two run at a time. */
const BATCH = 50_000;
const CONNECTIONS = 2;
/** Cases are received over the last three years. */
const HISTORY_DAYS = 1095;

/** A pick list in which each value appears as often as its weight. */
const weighted = (weights: Record<string, number>): string[] =>
  Object.entries(weights).flatMap(([value, n]) => Array<string>(n).fill(value));

/** Kinds as they arrive (건의 and 고충 most), with the statutory period in days and the variant of each. */
const KINDS: readonly { kind: string; weight: number; days: number; variant: string }[] = [
  { kind: 'PROPOSAL', weight: 30, days: 14, variant: '' },
  { kind: 'GRIEVANCE', weight: 28, days: 7, variant: '' },
  { kind: 'INQUIRY', weight: 18, days: 7, variant: 'PROCEDURE' },
  { kind: 'STATUTORY', weight: 10, days: 10, variant: '' },
  { kind: 'COMPLAINT', weight: 8, days: 7, variant: '' },
  { kind: 'OTHER', weight: 4, days: 7, variant: '' },
  { kind: 'PRAISE', weight: 2, days: 7, variant: '' },
];
const KIND_PICK = KINDS.flatMap((k) => Array<(typeof KINDS)[number]>(k.weight).fill(k));

/** Open cases by state: most are being handled by their officer. */
const OPEN_STATUSES = weighted({
  RECEIVED: 2,
  ASSIGNED: 4,
  IN_PROGRESS: 31,
  SUPPLEMENT_REQUESTED: 3,
  ANSWERED: 5,
  SURVEY: 5,
});
const CLOSED_STATUSES = weighted({ CLOSED: 18, REJECTED: 1, TRANSFERRED: 1 });
const SOURCES = weighted({
  PETITION: 70,
  EPEOPLE_TRANSFER: 15,
  COUNCIL: 4,
  PRESS: 3,
  MEETING: 2,
  FIELD_DIALOGUE: 2,
  INSTRUCTION: 2,
  PLEDGE: 1,
  AGENCY_SUGGESTION: 1,
});
const CHANNELS = weighted({ WEB: 45, PHONE: 25, VISIT: 12, MOBILE: 10, EMAIL: 4, MAIL: 2, KIOSK: 1, SMS: 1 });
const CLASSES = weighted({ SIMPLE_CONSULT: 40, SIMPLE_FORM: 25, COMPLEX: 25, PERIODIC: 5, LONG_TERM: 5 });
const TITLES = [
  '불법 주정차 단속 요청',
  '도로 파손 보수 요청',
  '가로등 고장 신고',
  '야간 공사 소음 민원',
  '쓰레기 무단투기 신고',
  '버스 노선 조정 건의',
  '여권 재발급 절차 문의',
  '건축 허가 처리 기간 문의',
  '기초연금 신청 자격 문의',
  '공원 놀이시설 보수 요청',
  '하수구 악취 민원',
  '지방세 감면 문의',
  '보도블록 들뜸 신고',
  '신호등 주기 조정 건의',
  '불친절 응대에 대한 불만',
  '신속한 처리에 대한 칭찬',
];
const NAMES = [
  '김민준',
  '이서연',
  '박지호',
  '최수아',
  '정예준',
  '강하은',
  '조도윤',
  '윤지우',
  '장서준',
  '임하린',
];

/**
 * The INSERT … SELECT of one batch: rows `$2`..`$3` of `generate_series`, every random choice a hash of the
 * row number and the seed (`u('…')`), so the same seed gives the same cases. Open cases are mostly recent
 * (received in the last 30 days: 90 % open; 30–180 days: 15 %; older: 2 %); due dates are the statutory
 * period in working days, taken as 7/5 calendar days (the inbox reads the dates, it does not compute them).
 */
const INSERT_BATCH = `
WITH g AS (
  SELECT i, ${[
    'age',
    'open',
    'status',
    'who',
    'mine',
    'kind',
    'cat',
    'src',
    'chan',
    'class',
    'cust',
    'title',
    'done',
  ]
    .map(
      (k) =>
        `(hashtextextended(i::text || ':${k}', $4) & 9007199254740991)::float8 / 9007199254740992 AS u_${k}`,
    )
    .join(',\n         ')}
    FROM generate_series($2::int, $3::int) AS i
), r AS (
  SELECT g.*, now() - u_age * interval '${HISTORY_DAYS} days' AS received_at,
         u_open < CASE WHEN u_age * ${HISTORY_DAYS} < 30 THEN 0.9 WHEN u_age * ${HISTORY_DAYS} < 180 THEN 0.15 ELSE 0.02 END AS open,
         1 + floor(u_kind * cardinality($9::text[]))::int AS k,
         1 + floor(u_who * cardinality($7::uuid[]))::int AS w
    FROM g
), s AS (
  SELECT r.*,
         CASE WHEN open THEN ($12::text[])[1 + floor(u_status * cardinality($12::text[]))::int]
              ELSE ($13::text[])[1 + floor(u_status * cardinality($13::text[]))::int] END AS status,
         ($10::int[])[k] AS days,
         extract(year FROM received_at AT TIME ZONE 'Asia/Seoul')::int AS year
    FROM r
), n AS (
  -- The numbers reserved for this load in each year's counter (see RESERVE), one per row of the load.
  SELECT s.*, ($20::bigint[])[year - $25 + 1] + i - $26 AS seq FROM s
), t AS (
  SELECT n.*, u_mine < $6 AND status NOT IN ('RECEIVED', 'ASSIGNED') AS mine,
         least(now(), received_at + u_done * days * interval '1.6 days') AS done_at
    FROM n
)
INSERT INTO voc_items (tenant_id, receipt_year, receipt_seq, receipt_no, source, channel, kind, period_variant,
       handling_class, category_code, title, body, customer_id, contact_name, contact_phone, reply_channel, status,
       workflow_key, workflow_version, department_id, officer_id, received_at, period_value, period_unit, due_at,
       target_due_at, answered_at, closed_at, created_by, created_at, updated_at)
SELECT $1, year, seq, upper($1) || '-' || year || '-' || lpad(seq::text, 6, '0'),
       ($14::text[])[1 + floor(u_src * cardinality($14::text[]))::int],
       ($15::text[])[1 + floor(u_chan * cardinality($15::text[]))::int],
       ($9::text[])[k], ($11::text[])[k],
       ($16::text[])[1 + floor(u_class * cardinality($16::text[]))::int],
       ($17::text[])[1 + floor(u_cat * cardinality($17::text[]))::int],
       ($18::text[])[1 + floor(u_title * cardinality($18::text[]))::int],
       ($18::text[])[1 + floor(u_title * cardinality($18::text[]))::int] || ' 관련하여 확인과 조치를 요청드립니다.',
       CASE WHEN u_cust < 0.5 THEN ($19::uuid[])[1 + floor(u_cust * 2 * cardinality($19::uuid[]))::int] END,
       CASE WHEN u_cust >= 0.5 THEN ($21::text[])[1 + floor((u_cust - 0.5) * 2 * cardinality($21::text[]))::int] END,
       CASE WHEN u_cust >= 0.5 THEN '010' || lpad((i % 100000000)::text, 8, '0') END,
       CASE WHEN u_cust >= 0.5 THEN 'SMS' ELSE 'NONE' END,
       status, $22, $23,
       CASE WHEN status = 'RECEIVED' THEN NULL WHEN mine THEN $24::uuid ELSE ($8::uuid[])[w] END,
       CASE WHEN status IN ('RECEIVED', 'ASSIGNED') THEN NULL WHEN mine THEN $5::uuid ELSE ($7::uuid[])[w] END,
       received_at, days, 'DAYS',
       received_at + days * interval '1.4 days', received_at + days * interval '0.7 days',
       CASE WHEN status IN ('CLOSED', 'ANSWERED', 'SURVEY') THEN done_at END,
       CASE WHEN NOT open THEN done_at END,
       '${VOC_GENERATOR}', received_at, coalesce(CASE WHEN NOT open THEN done_at END, received_at)
  FROM t`;

/** The first and last receipt year of cases received in the last HISTORY_DAYS (in Asia/Seoul). */
const YEARS = `SELECT extract(year FROM (now() - interval '${HISTORY_DAYS + 1} days') AT TIME ZONE 'Asia/Seoul')::int AS first,
                      extract(year FROM now() AT TIME ZONE 'Asia/Seoul')::int AS last`;

/**
 * Takes `$2` receipt numbers from each year's counter of the tenant at once (the row lock orders it with any
 * intake still committing), so loaded cases never take a number intake has taken or will take.
 */
const RESERVE = `INSERT INTO voc_receipt_counters (tenant_id, year, next_seq)
SELECT $1, y, 1 + $2::bigint FROM generate_series($3::int, $4::int) AS y
ON CONFLICT (tenant_id, year) DO UPDATE SET next_seq = voc_receipt_counters.next_seq + $2::bigint
RETURNING year, next_seq - $2::bigint AS first`;

/**
 * `count` petitions added to one tenant for the inbox scenario: many departments and officers (every active
 * staff member with a department), a realistic mix of states, kinds, sources and due dates over three years,
 * half from registered customers and half anonymous; the given officer holds about `officerOpenCases` of the
 * open ones. Bulk `INSERT … SELECT FROM generate_series` as the owner, then VACUUM (ANALYZE) and CHECKPOINT.
 * Cases get no transitions (the inbox reads none). Receipt numbers are taken from the year counters in one
 * block per year before the load, so intake before, during and after it takes other numbers.
 */
export async function loadVocCases(options: VocCaseLoadOptions): Promise<{ seconds: number }> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const { tenant } = options;
  const firstRow = options.firstRow ?? 1;

  const clients = Array.from(
    { length: CONNECTIONS },
    () => new Client({ connectionString: options.ownerUrl, application_name: 'pcrm-bench-voc' }),
  );
  await Promise.all(clients.map((c) => c.connect()));
  try {
    const [owner] = clients;
    const one = async <R>(text: string, params: unknown[]): Promise<R> =>
      (await owner.query(text, params)).rows[0] as R;
    // The workflow version new cases start on (version 1, the standard definition, as intake makes it).
    const { key, standardVersion } = STANDARD_PETITION_WORKFLOW;
    await owner.query(
      `INSERT INTO voc_workflows (tenant_id, key, version, standard_version, definition, created_by)
       VALUES ($1, $2, 1, $3, $4, 'system') ON CONFLICT DO NOTHING`,
      [tenant, key, standardVersion, JSON.stringify(STANDARD_PETITION_WORKFLOW)],
    );
    const workflow = {
      key,
      version: (
        await one<{ version: number }>(
          `SELECT max(version) AS version FROM voc_workflows WHERE tenant_id = $1 AND key = $2`,
          [tenant, key],
        )
      ).version,
    };
    const staff = await one<{ ids: string[]; depts: string[] }>(
      `SELECT array_agg(s.id ORDER BY s.id) AS ids, array_agg(s.department_id ORDER BY s.id) AS depts
         FROM staff s JOIN departments d ON d.tenant_id = s.tenant_id AND d.id = s.department_id
        WHERE s.tenant_id = $1 AND s.active AND d.active AND s.id <> $2`,
      [tenant, options.officerId],
    );
    const { dept } = await one<{ dept: string }>(
      `SELECT department_id AS dept FROM staff WHERE tenant_id = $1 AND id = $2`,
      [tenant, options.officerId],
    );
    const { codes } = await one<{ codes: string[] }>(
      `SELECT array_agg(code ORDER BY code) AS codes FROM voc_categories WHERE tenant_id = $1 AND active`,
      [tenant],
    );
    const { customers } = await one<{ customers: string[] }>(
      `SELECT coalesce(array_agg(id), '{}') AS customers
         FROM (SELECT id FROM customers WHERE tenant_id = $1 AND status = 'ACTIVE'
                  AND created_by = ANY($2) ORDER BY id LIMIT 5000) c`,
      [tenant, REQUESTER_SOURCES],
    );
    const years = await one<{ first: number; last: number }>(YEARS, []);
    const reserved = (
      await owner.query<{ year: number; first: string }>(RESERVE, [
        tenant,
        options.count,
        years.first,
        years.last,
      ])
    ).rows.sort((a, b) => a.year - b.year);
    if (!staff.ids?.length || !codes?.length || !customers.length)
      throw new Error(`voc cases: ${tenant} needs staff, active categories and customers first`);
    // Expected open share over the three years (see INSERT_BATCH): ~6.2 %.
    const open = (30 * 0.9 + 150 * 0.15 + (HISTORY_DAYS - 180) * 0.02) / HISTORY_DAYS;
    const handledShare = 1 - (2 + 4) / OPEN_STATUSES.length;
    const share = Math.min(0.5, options.officerOpenCases / (options.count * open * handledShare));
    const params = (from: number, to: number): unknown[] => [
      tenant,
      from,
      to,
      options.seed,
      options.officerId,
      share,
      staff.ids,
      staff.depts,
      KIND_PICK.map((k) => k.kind),
      KIND_PICK.map((k) => k.days),
      KIND_PICK.map((k) => k.variant),
      OPEN_STATUSES,
      CLOSED_STATUSES,
      SOURCES,
      CHANNELS,
      CLASSES,
      codes,
      TITLES,
      customers,
      reserved.map((r) => r.first),
      NAMES,
      workflow.key,
      workflow.version,
      dept,
      years.first,
      firstRow,
    ];
    log(
      `voc cases: ${options.count.toLocaleString('en')} into ${tenant} (${staff.ids.length + 1} officers, ` +
        `${codes.length} categories), ${BATCH.toLocaleString('en')} per statement on ${CONNECTIONS} connections…`,
    );
    const last = firstRow + options.count - 1;
    let next = firstRow;
    let done = 0;
    const worker = async (client: Client) => {
      while (next <= last) {
        const from = next;
        const to = Math.min(last, from + BATCH - 1);
        next = to + 1;
        await client.query(INSERT_BATCH, params(from, to));
        done += to - from + 1;
        log(`  ${done.toLocaleString('en')} cases (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    };
    await Promise.all(clients.map(worker));
    const inserted = Date.now();
    await owner.query('VACUUM (ANALYZE) voc_items');
    await owner.query('CHECKPOINT');
    const seconds = (Date.now() - started) / 1000;
    log(
      `voc cases: loaded in ${((inserted - started) / 1000).toFixed(1)} s, VACUUM (ANALYZE) and CHECKPOINT ` +
        `${((Date.now() - inserted) / 1000).toFixed(1)} s`,
    );
    return { seconds };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

export interface VocCaseFillOptions extends Omit<VocCaseLoadOptions, 'count' | 'officerId' | 'firstRow'> {
  /** The tenant's petitions after the fill, the demo's included. */
  readonly total: number;
  /** The staff member (username) whose own inbox holds about `officerOpenCases` open cases. */
  readonly officerUsername: string;
}

/**
 * Fills a tenant up to `total` petitions with `loadVocCases`, loading only what is missing: a tenant that
 * already holds them is not loaded again, and one whose load was interrupted (each statement of 50,000
 * commits on its own) continues the generator's rows where it stopped. Returns the officer's id and how
 * many cases were added.
 */
export async function fillVocCases(
  options: VocCaseFillOptions,
): Promise<{ officerId: string; have: number; loaded: number; seconds: number }> {
  const { tenant, total } = options;
  const owner = new Client({ connectionString: options.ownerUrl });
  await owner.connect();
  const { have, generated, officerId } = await owner
    .query<{ have: number; generated: number; officerId: string | null }>(
      `SELECT count(*)::int AS have, count(*) FILTER (WHERE created_by = $3)::int AS generated,
              (SELECT id FROM staff WHERE tenant_id = $1 AND username = $2) AS "officerId"
         FROM voc_items WHERE tenant_id = $1`,
      [tenant, options.officerUsername, VOC_GENERATOR],
    )
    .then((r) => r.rows[0])
    .finally(() => owner.end());
  if (!officerId) throw new Error(`voc cases: ${tenant} has no staff member '${options.officerUsername}'`);
  if (have >= total) return { officerId, have, loaded: 0, seconds: 0 };
  options.log?.(`voc cases: ${tenant} has ${have.toLocaleString('en')} cases; loading the rest…`);
  const { seconds } = await loadVocCases({
    ...options,
    count: total - have,
    officerId,
    firstRow: generated + 1,
  });
  return { officerId, have, loaded: total - have, seconds };
}
