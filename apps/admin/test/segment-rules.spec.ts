import {
  customOpsOf,
  customShape,
  isIncomplete,
  newCondition,
  toDraft,
  toRules,
  withCustomField,
  withFieldOp,
  type CustomFieldChoice,
} from '../src/segments/rules';

/** The segment builder's custom-field conditions: operators by type, value shapes, and the API's form. */
const field = (over: Partial<CustomFieldChoice>): CustomFieldChoice => ({
  key: 'income_band',
  labelKo: '소득 구간',
  labelEn: 'Income band',
  type: 'SELECT',
  required: false,
  rules: { minLength: null, maxLength: null, minimum: null, maximum: null, pattern: null },
  options: [
    { value: 'LOW', labelKo: '저소득', labelEn: 'Low' },
    { value: 'MID', labelKo: '중간', labelEn: 'Middle' },
  ],
  ...over,
});

it('round-trips custom conditions between the API and the builder, NOT_EMPTY being EMPTY with false', () => {
  const rules = {
    match: 'ANY',
    conditions: [
      { field: 'tags', op: 'HAS_ANY', value: ['어르신'] },
      { field: 'custom', key: 'income_band', op: 'IN', value: ['LOW'] },
      { field: 'custom', key: 'household_size', op: 'GTE', value: 3 },
      { field: 'custom', key: 'memo', op: 'EMPTY' },
      { field: 'custom', key: 'memo', op: 'EMPTY', value: false },
    ],
  };
  const draft = toDraft(rules);
  expect(draft.nested).toEqual([]);
  expect(draft.conditions.map((c) => [c.field, c.customKey, c.op])).toEqual([
    ['tags', undefined, 'HAS_ANY'],
    ['custom', 'income_band', 'IN'],
    ['custom', 'household_size', 'GTE'],
    ['custom', 'memo', 'EMPTY'],
    ['custom', 'memo', 'NOT_EMPTY'],
  ]);
  expect(toRules(draft)).toEqual(rules);
});

it('offers the operators of the type and draws IN on a choice as several choices', () => {
  expect(customOpsOf('SELECT')).toEqual(['IN', 'EQ', 'EMPTY', 'NOT_EMPTY']);
  expect(customOpsOf('INTEGER')).toContain('GTE');
  expect(customOpsOf('TEXT')).toContain('CONTAINS');
  expect(customOpsOf('ADDRESS')).toEqual(['EMPTY', 'NOT_EMPTY']);
  const band = field({});
  expect(customShape(band, 'IN')?.type).toBe('MULTI_SELECT');
  expect(customShape(band, 'EQ')?.type).toBe('SELECT');
  expect(customShape(field({ type: 'MULTI_SELECT' }), 'CONTAINS')?.type).toBe('SELECT');
  expect(customShape(field({ type: 'LONG_TEXT' }), 'CONTAINS')?.type).toBe('TEXT');
  expect(customShape(band, 'NOT_EMPTY')).toBeNull();
});

it('keeps a value while the input stays the same and asks for one where it is missing', () => {
  const size = field({ key: 'household_size', type: 'INTEGER', options: [] });
  let c = withCustomField(newCondition('tags'), size);
  expect(c).toMatchObject({ field: 'custom', customKey: 'household_size', op: 'GTE', value: null });
  expect(isIncomplete(c)).toBe(true);
  c = withCustomField({ ...c, value: 3 }, size, 'LT');
  expect(c).toMatchObject({ op: 'LT', value: 3 });
  expect(isIncomplete(c)).toBe(false);
  expect(isIncomplete(withCustomField(c, size, 'EMPTY'))).toBe(false);
  expect(withCustomField(c, field({})).value).toBeNull();
  const back = withFieldOp(c, 'sex', 'IN');
  expect(back).toMatchObject({ field: 'sex', op: 'IN', value: [], customKey: undefined });
  expect(toRules({ match: 'ALL', conditions: [{ ...c, value: '  ' }], nested: [] })).toEqual({
    match: 'ALL',
    conditions: [{ field: 'custom', key: 'household_size', op: 'LT', value: '' }],
  });
  expect(isIncomplete({ ...c, value: '  ' })).toBe(true);
});
