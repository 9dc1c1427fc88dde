import type { Rule } from 'antd/es/form';
import type { I18n } from '../../i18n';
import {
  fromFormValue,
  takesLength,
  takesPattern,
  takesRange,
  type FormValue,
  type ValueShape,
} from './values';

/**
 * The definition's required flag and value rules as antd form rules: a courtesy before the round trip; the
 * API validates every write itself and its message lands on the same input.
 */
export function valueRules(shape: ValueShape, label: string, t: I18n['t']): Rule[] {
  const field = label;
  const rules: Rule[] = [];
  const r = shape.rules;
  if (shape.required)
    rules.push({
      validator: async (_, v: FormValue) => {
        if (fromFormValue(shape, v) === null) throw new Error(t('cfields.required', { field }));
      },
    });
  if (takesLength(shape.type)) {
    if (r?.minLength != null)
      rules.push({ min: r.minLength, message: t('cfields.rule.minLength', { field, n: r.minLength }) });
    if (r?.maxLength != null)
      rules.push({ max: r.maxLength, message: t('cfields.rule.maxLength', { field, n: r.maxLength }) });
  }
  if (takesPattern(shape.type) && r?.pattern) {
    const pattern = r.pattern;
    rules.push({
      validator: async (_, v: FormValue) => {
        const s = typeof v === 'string' ? v.trim() : '';
        let re: RegExp;
        try {
          re = new RegExp(pattern, 'u');
        } catch {
          return;
        }
        if (s && !re.test(s)) throw new Error(t('cfields.rule.pattern', { field }));
      },
    });
  }
  if (takesRange(shape.type)) {
    if (r?.minimum != null)
      rules.push({
        type: 'number',
        min: r.minimum,
        message: t('cfields.rule.minimum', { field, n: r.minimum }),
      });
    if (r?.maximum != null)
      rules.push({
        type: 'number',
        max: r.maximum,
        message: t('cfields.rule.maximum', { field, n: r.maximum }),
      });
  }
  if (shape.type === 'INTEGER')
    rules.push({ type: 'integer', message: t('cfields.rule.integer', { field }) });
  if (shape.type === 'EMAIL') rules.push({ type: 'email', message: t('cfields.rule.email', { field }) });
  if (shape.type === 'URL')
    rules.push({ pattern: /^https?:\/\/\S+$/i, message: t('cfields.rule.url', { field }) });
  return rules;
}
