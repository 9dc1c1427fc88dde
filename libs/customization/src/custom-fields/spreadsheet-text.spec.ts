import { parseSpreadsheetText, spreadsheetText } from './spreadsheet-text';
import type { CustomFieldDefinitionData } from './custom-field.types';

const OPTIONS = [
  { value: 'gold', labelKo: '우수', labelEn: 'Gold' },
  { value: 'silver', labelKo: '보통', labelEn: 'Silver' },
];
const def = (type: string) =>
  ({ type, options: OPTIONS }) as Pick<CustomFieldDefinitionData, 'type' | 'options'>;
const value = (type: string, text: string) => parseSpreadsheetText(def(type), text);

describe('spreadsheet text to a custom value', () => {
  it('reads numbers with thousands separators and refuses words', () => {
    expect(value('INTEGER', ' 1,234 ')).toEqual({ value: 1234 });
    expect(value('INTEGER', '-7')).toEqual({ value: -7 });
    expect(value('INTEGER', '1.5')).toMatchObject({ problem: { ko: '정수가 아닙니다.' } });
    expect(value('DECIMAL', '1,234.50')).toEqual({ value: 1234.5 });
    expect(value('DECIMAL', '열')).toMatchObject({ problem: { en: 'Not a number.' } });
  });

  it('reads dates as Korean offices write them, date-times as Korean time', () => {
    expect(value('DATE', '2026.3.1')).toEqual({ value: '2026-03-01' });
    expect(value('DATE', '2026/03/01')).toEqual({ value: '2026-03-01' });
    expect(value('DATE', '20260301')).toEqual({ value: '2026-03-01' });
    expect(value('DATE', '3월 1일')).toHaveProperty('problem');
    expect(value('DATETIME', '2026-03-01 09:30')).toEqual({ value: '2026-03-01T09:30:00+09:00' });
    expect(value('DATETIME', '2026-03-01T00:30:00Z')).toEqual({ value: '2026-03-01T00:30:00Z' });
    expect(value('DATETIME', '2026-03-01T00:30:00')).toEqual({ value: '2026-03-01T00:30:00+09:00' });
    expect(value('DATETIME', '내일 아침')).toHaveProperty('problem');
  });

  it('reads 예/아니오, Y/N and true/false in any case', () => {
    for (const yes of ['예', 'Y', 'y', 'TRUE', 'true'])
      expect(value('BOOLEAN', yes)).toEqual({ value: true });
    for (const no of ['아니오', 'N', 'false']) expect(value('BOOLEAN', no)).toEqual({ value: false });
    expect(value('BOOLEAN', '아마')).toHaveProperty('problem');
  });

  it('reads a choice by value or Korean label, several separated by ;', () => {
    expect(value('SELECT', '우수')).toEqual({ value: 'gold' });
    expect(value('SELECT', 'silver')).toEqual({ value: 'silver' });
    expect(value('SELECT', 'Gold')).toHaveProperty('problem');
    expect(value('MULTI_SELECT', '우수; silver;우수')).toEqual({ value: ['gold', 'silver'] });
    expect(value('MULTI_SELECT', '우수, 보통')).toHaveProperty('problem');
  });

  it('reads an address with its postal code and detail, and leaves an empty cell unset', () => {
    expect(value('ADDRESS', '[47545] 부산광역시 연제구 중앙대로 1001 / 101동')).toEqual({
      value: { postalCode: '47545', road: '부산광역시 연제구 중앙대로 1001', detail: '101동' },
    });
    expect(value('TEXT', '  ')).toBeNull();
    expect(value('MULTI_SELECT', ' ; ')).toBeNull();
  });

  it('reads back what an export writes', () => {
    const cases: [string, unknown][] = [
      ['SELECT', 'gold'],
      ['MULTI_SELECT', ['gold', 'silver']],
      ['BOOLEAN', false],
      ['DATETIME', '2026-03-01T09:30:00+09:00'],
      ['ADDRESS', { postalCode: '47545', road: '중앙대로 1001', detail: '101동' }],
      ['DECIMAL', 12.5],
    ];
    for (const [type, stored] of cases)
      expect(value(type, spreadsheetText(def(type), stored))).toEqual({ value: stored });
  });
});
