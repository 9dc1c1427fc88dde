import { changedAttributes } from '../src/customization/fields/change-summary';
import {
  defineInput,
  formOfDefinition,
  NEW_DEFINITION,
  needsCheck,
  updateInput,
} from '../src/customization/fields/definition-input';
import type { FieldDefinition } from '../src/customization/fields/queries';
import {
  customFieldsPatch,
  displayValue,
  formValuesOf,
  fromFormValue,
  toFormValue,
} from '../src/customization/fields/values';

const def = (key: string, over: Partial<FieldDefinition> = {}): FieldDefinition => ({
  id: key,
  entity: 'crm-core.customers',
  key,
  labelKo: key,
  labelEn: key,
  type: 'TEXT',
  required: false,
  defaultValue: null,
  rules: null,
  options: [],
  helpKo: null,
  helpEn: null,
  position: 1,
  group: null,
  archived: false,
  readRoles: [],
  editRoles: [],
  personalData: false,
  version: 1,
  updatedAt: '2026-11-27T00:00:00Z',
  updatedBy: 'admin',
  canEdit: true,
  ...over,
});

const words = { yes: '예', no: '아니오' };

describe('custom field values between the API and the form', () => {
  it('converts every type there and back', () => {
    const cases: [FieldDefinition['type'], unknown][] = [
      ['TEXT', '홍길동'],
      ['LONG_TEXT', '여러\n줄'],
      ['INTEGER', 42],
      ['DECIMAL', 3.5],
      ['DATE', '2026-11-27'],
      ['BOOLEAN', false],
      ['SELECT', 'a'],
      ['MULTI_SELECT', ['a', 'b']],
      ['PHONE', '010-1234-5678'],
      ['EMAIL', 'a@b.kr'],
      ['URL', 'https://jeonbuk.go.kr'],
      ['ADDRESS', { road: '전주시 완산구 효자로 225', postalCode: '54968' }],
      ['CUSTOMER_REF', '7d1f0b3e-2c1a-4c9e-9a55-0f4c8f0d2b11'],
      ['DEPARTMENT_REF', '7d1f0b3e-2c1a-4c9e-9a55-0f4c8f0d2b12'],
    ];
    for (const [type, value] of cases) {
      const d = def('f', { type });
      expect(fromFormValue(d, toFormValue(d, value))).toEqual(value);
    }
    const at = def('f', { type: 'DATETIME' });
    expect(fromFormValue(at, toFormValue(at, '2026-11-27T09:30:00.000Z'))).toBe('2026-11-27T09:30:00.000Z');
  });

  it('reads empty inputs as null and never sends a masked value the user did not touch', () => {
    expect(fromFormValue(def('f'), '  ')).toBeNull();
    expect(fromFormValue(def('f', { type: 'ADDRESS' }), { road: ' ', detail: '' })).toBeNull();
    expect(fromFormValue(def('f', { type: 'MULTI_SELECT' }), [])).toBeNull();
    const defs = [def('name_kana', { personalData: true }), def('visits', { type: 'INTEGER' })];
    const before = formValuesOf(defs, { name_kana: '홍*동', visits: 2 });
    expect(customFieldsPatch(defs, { ...before }, before)).toBeUndefined();
    expect(customFieldsPatch(defs, { ...before, visits: null }, before)).toEqual({ visits: null });
    expect(customFieldsPatch(defs, { ...before, name_kana: '홍길동' }, before)).toEqual({
      name_kana: '홍길동',
    });
  });

  it('starts a new record from the defaults, sends only filled fields and skips fields the caller may not edit', () => {
    const defs = [
      def('level', { type: 'SELECT', defaultValue: 'b', options: [] }),
      def('note'),
      def('locked', { canEdit: false, defaultValue: 'x' }),
    ];
    const values = formValuesOf(defs);
    expect(values).toEqual({ level: 'b', note: undefined, locked: 'x' });
    expect(customFieldsPatch(defs, values)).toEqual({ level: 'b' });
  });

  it('shows values in words: options by their label, booleans, addresses, masked values as they came', () => {
    const choice = def('c', {
      type: 'MULTI_SELECT',
      options: [
        { value: 'a', labelKo: '가', labelEn: 'A' },
        { value: 'b', labelKo: '나', labelEn: 'B' },
      ],
    });
    expect(displayValue(choice, ['a', 'b'], 'ko', words)).toBe('가, 나');
    expect(displayValue(choice, ['b'], 'en', words)).toBe('B');
    expect(displayValue(def('b', { type: 'BOOLEAN' }), true, 'ko', words)).toBe('예');
    expect(
      displayValue(def('a', { type: 'ADDRESS' }), { road: '효자로 225', postalCode: '54968' }, 'ko', words),
    ).toBe('효자로 225 (54968)');
    expect(displayValue(def('p', { type: 'INTEGER', personalData: true }), '***', 'ko', words)).toBe('***');
    expect(displayValue(def('t'), null, 'ko', words)).toBeUndefined();
  });
});

describe('the designer input', () => {
  it('sends only the attributes its type takes', () => {
    const input = defineInput('crm-core.customers', {
      ...NEW_DEFINITION,
      key: 'visits',
      labelKo: ' 방문 횟수 ',
      labelEn: 'Visits',
      type: 'INTEGER',
      rules: { minimum: 0, maxLength: 10, pattern: 'x' },
      options: [{ value: 'a', labelKo: '가', labelEn: 'A' }],
      defaultValue: 1,
    });
    expect(input).toMatchObject({
      entity: 'crm-core.customers',
      key: 'visits',
      labelKo: '방문 횟수',
      options: [],
      defaultValue: 1,
      rules: { minimum: 0, maximum: null, minLength: null, maxLength: null, pattern: null },
    });
  });

  it('updates only what changed and checks a type change, a new required flag, rules and options first', () => {
    const d = def('note', {
      rules: { minLength: null, maxLength: 50, minimum: null, maximum: null, pattern: null },
    });
    const same = formOfDefinition(d);
    expect(updateInput(d, same)).toEqual({});
    const relabel = updateInput(d, { ...same, labelKo: '메모' });
    expect(relabel).toEqual({ labelKo: '메모' });
    expect(needsCheck(d, relabel)).toBe(false);
    expect(needsCheck(d, updateInput(d, { ...same, required: true }))).toBe(true);
    expect(needsCheck(d, updateInput(d, { ...same, type: 'INTEGER' }))).toBe(true);
    expect(needsCheck(d, updateInput(d, { ...same, rules: { ...same.rules, maxLength: 10 } }))).toBe(true);
    expect(needsCheck(def('r', { required: true }), { required: false })).toBe(false);
  });

  it('describes a change by the attributes it touched', () => {
    expect(
      changedAttributes(
        { labelKo: '메모', required: false, version: 1 },
        { labelKo: '비고', required: true, version: 2 },
      ),
    ).toEqual(['labelKo: 메모 → 비고', 'required: false → true']);
    expect(changedAttributes(null, { key: 'note', type: 'TEXT', labelKo: '메모', required: false })).toEqual([
      'type: TEXT',
      'labelKo: 메모',
    ]);
  });
});
