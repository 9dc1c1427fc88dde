import { Inject, Injectable } from '@nestjs/common';
import { TenantDatabase, run, runOne } from '@pcrm/tenancy';
import { toCsv, type ExportFile } from '../department-export';
import { MinistryQueries as Q, type MinistryMonthlyRow } from './ministry.sql';
import { MINIMUM_GROUP_SIZE } from './ministry.service';
import { requireMinistryScope } from './ministry-scope';

/** Months the open data covers: the last 24 published months up to the current one. */
const OPEN_DATA_MONTHS = 24;

interface OpenDataColumn {
  /** The CSV header (Korean) and the metadata's column name. */
  name: string;
  /** The JSON key. */
  key: string;
  description: string;
  type: '문자' | '숫자';
  unit: string;
  value: (r: MinistryMonthlyRow, tenantName: string) => string | number | null;
}

const share = (part: number | null, whole: number | null) =>
  part === null || !whole ? null : Math.round((part / whole) * 10_000) / 10_000;
const decimal = (v: string | null) => (v === null ? null : Number(v));

/** The published columns: the ministry's monthly roll-up, one row per tenant and month; no person in it. */
export const OPEN_DATA_COLUMNS: readonly OpenDataColumn[] = [
  {
    name: '기관코드',
    key: 'tenantCode',
    description: '시·도 코드',
    type: '문자',
    unit: '',
    value: (r) => r.tenant_id,
  },
  {
    name: '기관명',
    key: 'tenantName',
    description: '시·도 이름',
    type: '문자',
    unit: '',
    value: (_, n) => n,
  },
  {
    name: '기준월',
    key: 'month',
    description: '집계 월 (YYYY-MM, 한국 시간)',
    type: '문자',
    unit: '',
    value: (r) => r.month,
  },
  {
    name: '접수건수',
    key: 'received',
    description: '그 달 접수된 민원 수 (협조 하위 민원 제외); 5건 미만이면 빈칸',
    type: '숫자',
    unit: '건',
    value: (r) => r.received,
  },
  {
    name: '처리건수',
    key: 'finished',
    description: '그 달 답변·처리불가·이송된 민원 수; 5건 미만이면 빈칸',
    type: '숫자',
    unit: '건',
    value: (r) => r.finished,
  },
  {
    name: '목표기한내처리율',
    key: 'withinTargetShare',
    description: '처리건 중 목표기한 안에 처리된 비율 (0–1)',
    type: '숫자',
    unit: '비율',
    value: (r) => share(r.finished_within_target, r.finished),
  },
  {
    name: '법정기한내처리율',
    key: 'withinStatutoryShare',
    description: '처리건 중 법정 처리기간 안에 처리된 비율 (0–1)',
    type: '숫자',
    unit: '비율',
    value: (r) => share(r.finished_within_statutory, r.finished),
  },
  {
    name: '처리일수중앙값',
    key: 'medianDays',
    description: '처리건의 접수부터 처리까지 일수의 중앙값',
    type: '숫자',
    unit: '일',
    value: (r) => decimal(r.median_days),
  },
  {
    name: '만족도응답수',
    key: 'surveys',
    description: '그 달 제출된 만족도 조사 응답 수; 5건 미만이면 빈칸',
    type: '숫자',
    unit: '건',
    value: (r) => r.surveys,
  },
  {
    name: '만족도신속',
    key: 'speedAvg',
    description: '만족도 신속 평균 (1–5)',
    type: '숫자',
    unit: '점',
    value: (r) => decimal(r.speed_avg),
  },
  {
    name: '만족도친절',
    key: 'kindnessAvg',
    description: '만족도 친절 평균 (1–5)',
    type: '숫자',
    unit: '점',
    value: (r) => decimal(r.kindness_avg),
  },
  {
    name: '만족도공정',
    key: 'fairnessAvg',
    description: '만족도 공정 평균 (1–5)',
    type: '숫자',
    unit: '점',
    value: (r) => decimal(r.fairness_avg),
  },
  {
    name: '만족도편이',
    key: 'convenienceAvg',
    description: '만족도 편이 평균 (1–5)',
    type: '숫자',
    unit: '점',
    value: (r) => decimal(r.convenience_avg),
  },
];

export interface OpenDataTable {
  refreshedAt: Date | null;
  from: string;
  to: string;
  rows: Record<string, string | number | null>[];
}

const seoulMonthIndex = (now: Date) => {
  const seoul = new Date(now.getTime() + 9 * 3_600_000);
  return seoul.getUTCFullYear() * 12 + seoul.getUTCMonth();
};
const monthLabel = (index: number) =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/**
 * The open data (issue 11 #4a, docs/integrations/open-data.md): the same de-identified, k-suppressed monthly
 * statistics per tenant the ministry compares, as rows, CSV (UTF-8 with BOM, Korean headers) and the
 * metadata of a 공공데이터포털 file dataset. Read in a ministry scope on the ministry's role: published
 * roll-ups only.
 */
@Injectable()
export class MinistryOpenData {
  constructor(@Inject(TenantDatabase) private readonly db: TenantDatabase) {}

  async table(now = new Date()): Promise<OpenDataTable> {
    requireMinistryScope();
    const last = seoulMonthIndex(now);
    const from = monthLabel(last - OPEN_DATA_MONTHS + 1);
    const to = monthLabel(last);
    const sql = this.db.request();
    const [tenants, rows, refreshed] = await Promise.all([
      run(sql, Q.tenants()),
      run(sql, Q.monthly(`${from}-01`, `${to}-01`)),
      runOne(sql, Q.lastRefresh()),
    ]);
    const names = new Map(tenants.map((t) => [t.id, t.name_ko]));
    return {
      refreshedAt: refreshed.at,
      from,
      to,
      rows: rows
        .filter((r) => names.has(r.tenant_id))
        .map((r) =>
          Object.fromEntries(OPEN_DATA_COLUMNS.map((c) => [c.key, c.value(r, names.get(r.tenant_id)!)])),
        ),
    };
  }

  csv(table: OpenDataTable): ExportFile {
    return toCsv({
      header: OPEN_DATA_COLUMNS.map((c) => c.name),
      widths: OPEN_DATA_COLUMNS.map(() => 12),
      rows: table.rows.map((r) => OPEN_DATA_COLUMNS.map((c) => (r[c.key] === null ? '' : String(r[c.key])))),
    });
  }

  /** The dataset's metadata in the fields of a 공공데이터포털 (data.go.kr) file dataset. */
  metadata(table: OpenDataTable): Record<string, unknown> {
    return {
      데이터명: '시·도별 월별 민원 처리 통계',
      설명:
        `16개 시·도의 월별 민원 접수·처리 건수, 목표·법정기한 내 처리율, 처리일수 중앙값, 만족도 평균. ` +
        `개인정보는 없으며 ${MINIMUM_GROUP_SIZE}건 미만인 묶음은 값을 공개하지 않습니다(빈칸).`,
      제공기관: '행정안전부',
      관리부서: '시·도 민원 표준 플랫폼 운영',
      분류체계: '일반공공행정 - 일반행정',
      갱신주기: '일간 (매일 02:30 집계, 월 단위 자료)',
      키워드: ['민원', '시·도', '처리기간', '만족도', '행정서비스'],
      파일형식: 'CSV',
      인코딩: 'UTF-8 (BOM)',
      이용허락범위: '제한 없음 (공공누리 제1유형: 출처표시)',
      수집기간: { 시작: table.from, 종료: table.to },
      최종수정일: table.refreshedAt?.toISOString() ?? null,
      비공개기준: `${MINIMUM_GROUP_SIZE}건 미만 묶음은 저장 단계에서 비공개 (빈칸)`,
      컬럼정의: OPEN_DATA_COLUMNS.map((c) => ({
        컬럼명: c.name,
        영문명: c.key,
        설명: c.description,
        데이터타입: c.type,
        단위: c.unit,
      })),
    };
  }
}
