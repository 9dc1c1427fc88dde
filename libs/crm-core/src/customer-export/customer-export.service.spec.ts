import { customerExportTable, exportedPersonalFields } from './customer-export-table';
import type { CustomFieldDefinitionData } from '@pcrm/customization';
import type { ExportCustomerRow } from './customer-export.sql';

const customer: ExportCustomerRow = {
  id: '1',
  customer_no: '1042',
  party_type: 'PERSON',
  kind: 'ACQUIRED',
  name: '홍길동',
  birth_date: '1980-04-05',
  sex: 'MALE',
  sido: '부산광역시',
  sigungu: '연제구',
  eupmyeondong: '연산동',
  road_address: '부산광역시 연제구 중앙대로 1001',
  address_detail: '101동 1001호',
  postal_code: '47545',
  tags: ['어르신', '다자녀'],
  source: '복지포털',
  last_contact_at: new Date('2026-11-01T03:04:00Z'),
  created_at: new Date('2026-01-02T15:30:00Z'),
  mobile: '01012344211',
  phone: '0518881234',
  email: 'hong@example.com',
  custom_fields: {
    grade: 'gold',
    interests: ['welfare', 'culture'],
    member: true,
    guardian: '010-5555-1234',
    since: '2026-03-01T09:30:00+09:00',
  },
};

const field = (key: string, type: string, extra: Partial<CustomFieldDefinitionData> = {}) =>
  ({
    key,
    type,
    labelKo: `${key} 항목`,
    options: [],
    personalData: false,
    ...extra,
  }) as CustomFieldDefinitionData;
const OPTIONS = [
  { value: 'gold', labelKo: '우수', labelEn: 'Gold' },
  { value: 'welfare', labelKo: '복지', labelEn: 'Welfare' },
  { value: 'culture', labelKo: '문화', labelEn: 'Culture' },
];
const CUSTOM = [
  field('grade', 'SELECT', { options: OPTIONS }),
  field('interests', 'MULTI_SELECT', { options: OPTIONS }),
  field('member', 'BOOLEAN'),
  field('guardian', 'PHONE', { personalData: true }),
  field('since', 'DATETIME'),
  field('empty', 'TEXT'),
];

describe('an export row', () => {
  it('writes every column in Korean terms, times in Korea', () => {
    const table = customerExportTable([customer], true);
    expect(table.header).toHaveLength(table.widths.length);
    expect(table.rows[0]).toEqual([
      '1042',
      '개인',
      '입수',
      '홍길동',
      '1980-04-05',
      '남',
      '010-1234-4211',
      '051-888-1234',
      'hong@example.com',
      '부산광역시',
      '연제구',
      '연산동',
      '부산광역시 연제구 중앙대로 1001',
      '101동 1001호',
      '47545',
      '어르신, 다자녀',
      '복지포털',
      '2026-11-01 12:04',
      '2026-01-03 00:30',
    ]);
  });

  it('masks personal fields for a requester without customer:personal:read, as lists do', () => {
    const [row] = customerExportTable([customer], false).rows;
    expect(row.slice(3, 9)).toEqual([
      '홍*동',
      '1980-**-**',
      '남',
      '010-****-4211',
      '051-***-1234',
      'h***@example.com',
    ]);
    expect(row[12]).toBe('부산광역시 연제구 중앙대로 ***');
    expect(row[13]).toBe('***');
    expect(row.slice(9, 12)).toEqual(['부산광역시', '연제구', '연산동']);
  });

  it('leaves missing values empty, masked or not', () => {
    const bare = {
      ...customer,
      birth_date: null,
      sex: null,
      mobile: null,
      phone: null,
      email: null,
      address_detail: null,
    };
    for (const unmasked of [true, false]) {
      const [row] = customerExportTable([bare], unmasked).rows;
      expect([row[4], row[5], row[6], row[7], row[8], row[13]]).toEqual(['', '', '', '', '', '']);
    }
  });

  it('adds a column per custom field given, labels for choices, personal data masked like the core columns', () => {
    const whole = customerExportTable([customer], true, CUSTOM);
    expect(whole.header.slice(-6)).toEqual(CUSTOM.map((d) => d.labelKo));
    expect(whole.widths).toHaveLength(whole.header.length);
    expect(whole.rows[0].slice(-6)).toEqual([
      '우수',
      '복지; 문화',
      '예',
      '010-5555-1234',
      '2026-03-01 09:30',
      '',
    ]);
    const masked = customerExportTable([customer], false, CUSTOM);
    expect(masked.rows[0].slice(-6)).toEqual([
      '우수',
      '복지; 문화',
      '예',
      '010-****-1234',
      '2026-03-01 09:30',
      '',
    ]);
  });

  it('names every personal custom column in the access log', () => {
    expect(exportedPersonalFields(CUSTOM)).toEqual([
      'name',
      'birthDate',
      'phones',
      'emails',
      'address',
      'customFields.guardian',
    ]);
  });
});
