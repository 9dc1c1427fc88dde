import { RULE_LIMITS, RuleError, customConditions, validateRules } from './segment-rules';

/** The error a rule gets: its path and both messages. */
function refusal(rules: unknown): { field: string; message: string; messageEn: string } {
  try {
    validateRules(rules);
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    return { field: error.path, message: error.messageKo, messageEn: error.messageEn };
  }
  throw new Error('the rule was accepted');
}

const all = (...conditions: unknown[]) => ({ match: 'ALL', conditions });

it('accepts every field and operator and returns the canonical rule', () => {
  const rules = all(
    { field: 'kind', op: 'IN', value: ['CURRENT', 'CURRENT', 'POLICY'] },
    { field: 'area', op: 'IN', value: [{ sigungu: ' 연제구 ', eupmyeondong: '연산동' }] },
    { field: 'tags', op: 'HAS_ANY', value: ['어르신'] },
    { field: 'consent', op: 'HAS', value: 'ADMIN_NOTICE' },
    { field: 'lastContactAt', op: 'NEVER' },
    { match: 'ANY', conditions: [{ field: 'lifeStage', op: 'IN', value: ['SENIOR'] }] },
  );
  expect(validateRules(rules)).toEqual({
    match: 'ALL',
    conditions: [
      { field: 'kind', op: 'IN', value: ['CURRENT', 'POLICY'] },
      { field: 'area', op: 'IN', value: [{ sigungu: '연제구', eupmyeondong: '연산동' }] },
      { field: 'tags', op: 'HAS_ANY', value: ['어르신'] },
      { field: 'consent', op: 'HAS', value: 'ADMIN_NOTICE' },
      { field: 'lastContactAt', op: 'NEVER' },
      { match: 'ANY', conditions: [{ field: 'lifeStage', op: 'IN', value: ['SENIOR'] }] },
    ],
  });
  expect(validateRules(all())).toEqual({ match: 'ALL', conditions: [] });
});

it.each([
  ['not an object', [], 'rules', '조건 묶음은'],
  ['a bad match', { match: 'SOME', conditions: [] }, 'rules.match', 'ALL'],
  ['an unknown key', { match: 'ALL', conditions: [], extra: 1 }, 'rules.extra', "알 수 없는 키 'extra'"],
  [
    'an unknown field',
    all({ field: 'income', op: 'IN', value: ['x'] }),
    'rules.conditions[0].field',
    "'income'",
  ],
  [
    'an unknown operator',
    all({ field: 'kind', op: 'LIKE', value: ['x'] }),
    'rules.conditions[0].op',
    'IN, NOT_IN',
  ],
  ['a missing value', all({ field: 'kind', op: 'IN' }), 'rules.conditions[0].value', '값(value)이 필요'],
  [
    'a value for a no-value operator',
    all({ field: 'lastContactAt', op: 'NEVER', value: 1 }),
    'rules.conditions[0].value',
    "'value'",
  ],
  [
    'a scalar for a list',
    all({ field: 'kind', op: 'IN', value: 'CURRENT' }),
    'rules.conditions[0].value',
    '목록',
  ],
  ['an empty list', all({ field: 'tags', op: 'HAS_ANY', value: [] }), 'rules.conditions[0].value', '목록'],
  [
    'an unknown enum value',
    all({ field: 'kind', op: 'IN', value: ['CURRENT', 'VIP'] }),
    'rules.conditions[0].value[1]',
    'CURRENT, ACQUIRED, POLICY',
  ],
  [
    'a number for text',
    all({ field: 'source', op: 'IN', value: [7] }),
    'rules.conditions[0].value[0]',
    '보이는 글자',
  ],
  [
    'blank text',
    all({ field: 'tags', op: 'HAS_ALL', value: ['  '] }),
    'rules.conditions[0].value[0]',
    '보이는 글자',
  ],
  [
    'text for days',
    all({ field: 'lastContactAt', op: 'WITHIN_DAYS', value: '90' }),
    'rules.conditions[0].value',
    '정수',
  ],
  [
    'a fraction of days',
    all({ field: 'lastContactAt', op: 'WITHIN_DAYS', value: 1.5 }),
    'rules.conditions[0].value',
    '정수',
  ],
  [
    'an impossible date',
    all({ field: 'lastContactAt', op: 'BEFORE', value: '2025-02-30' }),
    'rules.conditions[0].value',
    'YYYY-MM-DD',
  ],
  [
    'an empty area',
    all({ field: 'area', op: 'IN', value: [{}] }),
    'rules.conditions[0].value[0]',
    '하나 이상',
  ],
  [
    'an unknown area part',
    all({ field: 'area', op: 'IN', value: [{ dong: '연산동' }] }),
    'rules.conditions[0].value[0].dong',
    "'dong'",
  ],
  [
    'an empty nested group',
    all({ match: 'ANY', conditions: [] }),
    'rules.conditions[0].conditions',
    '하나 이상',
  ],
  ['a condition that is not an object', all('kind = CURRENT'), 'rules.conditions[0]', '{ field, op, value }'],
  [
    'a custom condition without a key',
    all({ field: 'custom', op: 'EQ', value: 1 }),
    'rules.conditions[0].key',
    '항목 키',
  ],
  [
    'a custom key that is not a field key',
    all({ field: 'custom', key: 'Income Band', op: 'EQ', value: 1 }),
    'rules.conditions[0].key',
    '항목 키',
  ],
  [
    'an unknown custom operator',
    all({ field: 'custom', key: 'income', op: 'BETWEEN', value: [1, 2] }),
    'rules.conditions[0].op',
    'EQ, IN, GT, GTE, LT, LTE, CONTAINS, EMPTY',
  ],
  [
    'a custom condition without its value',
    all({ field: 'custom', key: 'income', op: 'GTE' }),
    'rules.conditions[0].value',
    '값(value)이 필요',
  ],
  [
    'an object as a custom value',
    all({ field: 'custom', key: 'income', op: 'EQ', value: { a: 1 } }),
    'rules.conditions[0].value',
    '참/거짓',
  ],
  [
    'a custom IN that is not a list',
    all({ field: 'custom', key: 'income', op: 'IN', value: 'LOW' }),
    'rules.conditions[0].value',
    '목록',
  ],
  [
    'a list element that is not a scalar',
    all({ field: 'custom', key: 'income', op: 'IN', value: ['LOW', null] }),
    'rules.conditions[0].value[1]',
    '참/거짓',
  ],
  [
    'EMPTY with a non-boolean value',
    all({ field: 'custom', key: 'income', op: 'EMPTY', value: 'yes' }),
    'rules.conditions[0].value',
    '거짓(값이 있음)',
  ],
  [
    'a key on another field',
    all({ field: 'tags', key: 'income', op: 'HAS_ANY', value: ['x'] }),
    'rules.conditions[0].key',
    "알 수 없는 키 'key'",
  ],
  [
    'an unknown key on a custom condition',
    all({ field: 'custom', key: 'income', op: 'EQ', value: 1, label: 'x' }),
    'rules.conditions[0].label',
    "알 수 없는 키 'label'",
  ],
])('refuses %s naming the path', (_, rules, field, text) => {
  const r = refusal(rules);
  expect(r).toMatchObject({ field });
  expect(r.message).toContain(text);
  expect(r.message).toContain(`(${field})`);
  expect(r.messageEn).toEqual(expect.stringContaining(`(${field})`));
});

it('accepts custom-field conditions of every operator and lists them with their paths', () => {
  const custom = [
    { field: 'custom', key: 'income_band', op: 'EQ', value: 'LOW' },
    { field: 'custom', key: 'income_band', op: 'IN', value: ['LOW', 'MID', 'LOW'] },
    { field: 'custom', key: 'household_size', op: 'GT', value: 2 },
    { field: 'custom', key: 'household_size', op: 'LTE', value: 5.5 },
    { field: 'custom', key: 'visit_date', op: 'GTE', value: '2026-01-01' },
    { field: 'custom', key: 'visit_date', op: 'LT', value: '2027-01-01' },
    { field: 'custom', key: 'memo', op: 'CONTAINS', value: '돌봄' },
    { field: 'custom', key: 'subscribed', op: 'EQ', value: false },
    { field: 'custom', key: 'memo', op: 'EMPTY' },
    { field: 'custom', key: 'memo', op: 'EMPTY', value: false },
  ];
  const rules = validateRules(all(custom[0], { match: 'ANY', conditions: custom.slice(1) }));
  const found = customConditions(rules);
  expect(found.map((f) => f.path)).toEqual([
    'rules.conditions[0]',
    ...custom.slice(1).map((_, i) => `rules.conditions[1].conditions[${i}]`),
  ]);
  expect(found.map((f) => f.condition)).toEqual([
    custom[0],
    { ...custom[1], value: ['LOW', 'MID'] },
    ...custom.slice(2),
  ]);
  expect(customConditions(validateRules(all({ field: 'tags', op: 'HAS_ANY', value: ['x'] })))).toEqual([]);
});

it(`refuses more than ${RULE_LIMITS.conditions} conditions in all, nested ones included`, () => {
  const c = { field: 'sex', op: 'IN', value: ['FEMALE'] };
  const half = Array.from({ length: 16 }, () => c);
  expect(() => validateRules(all(...half, { match: 'ANY', conditions: half.slice(2) }))).not.toThrow();
  expect(refusal(all(...half, { match: 'ANY', conditions: half }))).toMatchObject({
    field: 'rules.conditions[16].conditions[14]',
  });
});

it(`refuses groups nested deeper than ${RULE_LIMITS.depth} levels`, () => {
  const leaf = { field: 'sex', op: 'IN', value: ['MALE'] };
  const deep = all(all(all(leaf)));
  expect(() => validateRules(deep)).not.toThrow();
  expect(refusal(all(all(all(all(leaf)))))).toMatchObject({
    field: 'rules.conditions[0].conditions[0].conditions[0]',
  });
});

it('refuses too many values in one list', () => {
  const value = Array.from({ length: RULE_LIMITS.values + 1 }, (_, i) => `태그${i}`);
  expect(refusal(all({ field: 'tags', op: 'HAS_ANY', value }))).toMatchObject({
    field: 'rules.conditions[0].value',
  });
});

it('names the path under the argument it came in', () => {
  expect(() => validateRules(all({ field: 'x', op: 'IN', value: [] }), 'input.rules')).toThrow(
    expect.objectContaining({
      path: 'input.rules.conditions[0].field',
    }),
  );
});
