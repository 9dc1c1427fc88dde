import { CustomFieldType as T, type CustomFieldSpec, type CustomFieldType } from './custom-field.types';
import { fieldSchema, valueAjv } from './value-schema';

const spec = (type: CustomFieldType, extra: Partial<CustomFieldSpec> = {}): CustomFieldSpec => ({
  labelKo: '항목',
  labelEn: 'Field',
  type,
  required: false,
  defaultValue: null,
  rules: {},
  options: [
    { value: 'a', labelKo: '가', labelEn: 'A' },
    { value: 'b', labelKo: '나', labelEn: 'B' },
  ],
  helpKo: null,
  helpEn: null,
  position: 0,
  group: null,
  readRoles: [],
  editRoles: [],
  personalData: false,
  ...extra,
});

const UUID = '0b7c6a52-2f7e-4a55-9d0c-5a1f3c1d9e21';

/** Every type with values it takes and values it refuses (issue 9 #9). */
const CASES: [CustomFieldType, unknown[], unknown[]][] = [
  [T.TEXT, ['홍길동', ''], [1, null, 'x'.repeat(501), ['a']]],
  [T.LONG_TEXT, ['긴 글\n둘째 줄', 'x'.repeat(10_000)], ['x'.repeat(10_001), {}]],
  [T.INTEGER, [0, -5, 42], [4.5, '42', true, null]],
  [T.DECIMAL, [0.5, 3, -1.25], ['0.5', NaN, null]],
  [T.DATE, ['2026-11-27', '2024-02-29'], ['2026-02-30', '2026-1-1', '2026-11-27T00:00:00Z', 20261127]],
  [
    T.DATETIME,
    ['2026-11-27T09:00:00+09:00', '2026-11-27T00:00:00.123Z'],
    ['2026-11-27T09:00:00', '2026-11-27', 'yesterday'],
  ],
  [T.BOOLEAN, [true, false], ['true', 0, null]],
  [T.SELECT, ['a', 'b'], ['c', ['a'], 1]],
  [T.MULTI_SELECT, [[], ['a'], ['a', 'b']], [['a', 'a'], ['c'], 'a']],
  [
    T.PHONE,
    ['010-1234-5678', '+82 10 1234 5678', '0511234567'],
    ['call me', '12', '010-1234-5678-9999-0000-1'],
  ],
  [T.EMAIL, ['hong@example.go.kr'], ['hong@', 'hong example.com', 'a@b']],
  [
    T.URL,
    ['https://www.busan.go.kr/a?b=c', 'http://example.com'],
    ['ftp://example.com', 'javascript:alert(1)', 'example.com'],
  ],
  [
    T.ADDRESS,
    [
      { road: '부산광역시 연제구 중앙대로 1001' },
      { postalCode: '47545', road: '중앙대로 1001', detail: '101호' },
    ],
    [
      { postalCode: '47545' },
      { road: '' },
      { road: 'x', extra: 1 },
      { road: 'x', postalCode: '4754' },
      '중앙대로',
    ],
  ],
  [T.CUSTOMER_REF, [UUID], ['nobody', 42, `${UUID}x`]],
  [T.DEPARTMENT_REF, [UUID], ['', null]],
];

describe.each(CASES)('%s values', (type, valid, invalid) => {
  const validate = valueAjv().compile(fieldSchema(spec(type)));
  it.each(valid.map((v) => [JSON.stringify(v).slice(0, 40), v]))('takes %s', (_label, value) => {
    expect(validate(value)).toBe(true);
  });
  it.each(invalid.map((v) => [JSON.stringify(v)?.slice(0, 40) ?? String(v), v]))(
    'refuses %s',
    (_label, value) => {
      expect(validate(value)).toBe(false);
    },
  );
});

it('applies the rules: lengths, range and pattern', () => {
  const text = valueAjv().compile(
    fieldSchema(spec(T.TEXT, { rules: { minLength: 2, maxLength: 4, pattern: '^[가-힣]+$' } })),
  );
  expect([text('홍길'), text('홍'), text('홍길동전설'), text('ab')]).toEqual([true, false, false, false]);
  const int = valueAjv().compile(fieldSchema(spec(T.INTEGER, { rules: { minimum: 1, maximum: 10 } })));
  expect([int(1), int(10), int(0), int(11)]).toEqual([true, true, false, false]);
  const many = valueAjv().compile(fieldSchema(spec(T.MULTI_SELECT, { rules: { minLength: 1 } })));
  expect([many(['a']), many([])]).toEqual([true, false]);
});
