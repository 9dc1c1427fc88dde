import { useQuery } from '@apollo/client/react';
import { Input, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { CUSTOMERS_QUERY } from '../../customers/queries';
import { DepartmentSelect } from '../../departments/DepartmentSelect';
import { DEPARTMENTS_QUERY } from '../../departments/queries';
import { useI18n } from '../../i18n';
import type { AddressValue, FormValue, ValueShape } from './values';

/** Props antd's Form.Item hands its one child. */
interface ControlProps<V> {
  id?: string;
  value?: V;
  onChange?(value: V): void;
  disabled?: boolean;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean | 'true' | 'false';
}

/** The input of one custom field, chosen by its type (no per-field code): used in the record forms and for a default. */
export function FieldInput({
  shape,
  label,
  ...control
}: ControlProps<FormValue> & { shape: ValueShape; label: string }) {
  const { t, lang } = useI18n();
  const { value, onChange } = control;
  const common = {
    id: control.id,
    disabled: control.disabled,
    'aria-label': control['aria-label'],
    'aria-describedby': control['aria-describedby'],
    'aria-invalid': control['aria-invalid'],
  };
  const str = typeof value === 'string' ? value : '';
  const onText = (e: { target: { value: string } }) => onChange?.(e.target.value);
  const maxLength = shape.rules?.maxLength ?? undefined;
  switch (shape.type) {
    case 'LONG_TEXT':
      return <Input.TextArea {...common} value={str} onChange={onText} maxLength={maxLength} rows={3} />;
    case 'INTEGER':
    case 'DECIMAL':
      return (
        <InputNumber
          {...common}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => onChange?.(typeof v === 'number' ? v : null)}
          precision={shape.type === 'INTEGER' ? 0 : undefined}
          min={shape.rules?.minimum ?? undefined}
          max={shape.rules?.maximum ?? undefined}
          style={{ width: '100%', maxWidth: 240 }}
        />
      );
    case 'DATE':
      return <Input {...common} type="date" value={str} onChange={onText} />;
    case 'DATETIME':
      return <Input {...common} type="datetime-local" value={str} onChange={onText} />;
    case 'BOOLEAN':
      return (
        <Select
          {...common}
          allowClear
          value={str || undefined}
          onChange={(v?: string) => onChange?.(v ?? null)}
          options={[
            { value: 'true', label: t('cfields.value.yes') },
            { value: 'false', label: t('cfields.value.no') },
          ]}
          style={{ maxWidth: 240 }}
        />
      );
    case 'SELECT':
    case 'MULTI_SELECT': {
      const options = shape.options.map((o) => ({
        value: o.value,
        label: (lang === 'en' ? o.labelEn || o.labelKo : o.labelKo) || o.value,
      }));
      return shape.type === 'SELECT' ? (
        <Select
          {...common}
          allowClear
          value={str || undefined}
          onChange={(v?: string) => onChange?.(v ?? null)}
          options={options}
        />
      ) : (
        <Select
          {...common}
          mode="multiple"
          allowClear
          value={Array.isArray(value) ? value : []}
          onChange={(v: string[]) => onChange?.(v)}
          options={options}
        />
      );
    }
    case 'PHONE':
      return <Input {...common} value={str} onChange={onText} inputMode="tel" maxLength={maxLength ?? 20} />;
    case 'EMAIL':
      return <Input {...common} type="email" value={str} onChange={onText} maxLength={maxLength ?? 254} />;
    case 'URL':
      return <Input {...common} type="url" value={str} onChange={onText} maxLength={maxLength} />;
    case 'ADDRESS':
      return (
        <AddressInput
          {...common}
          label={label}
          value={value && typeof value === 'object' && !Array.isArray(value) ? value : undefined}
          onChange={onChange}
        />
      );
    case 'CUSTOMER_REF':
      return <CustomerRefSelect {...common} value={str || undefined} onChange={(v) => onChange?.(v)} />;
    case 'DEPARTMENT_REF':
      return <DepartmentRefSelect {...common} value={str || undefined} onChange={(v) => onChange?.(v)} />;
    default:
      return <Input {...common} value={str} onChange={onText} maxLength={maxLength} />;
  }
}

/** 도로명 주소 (the field's id, so its label names it), 우편번호, 상세 주소. */
function AddressInput({ label, value, onChange, ...common }: ControlProps<AddressValue> & { label: string }) {
  const { t } = useI18n();
  const part = (name: keyof AddressValue) => ({
    value: value?.[name] ?? '',
    onChange: (e: { target: { value: string } }) => onChange?.({ ...value, [name]: e.target.value }),
    disabled: common.disabled,
  });
  return (
    <div className="pcrm-cf-address">
      <Input
        {...common}
        {...part('road')}
        aria-label={t('cfields.value.road', { label })}
        maxLength={200}
        className="pcrm-cf-address-road"
      />
      <Input
        {...part('postalCode')}
        aria-label={t('cfields.value.postalCode', { label })}
        maxLength={5}
        inputMode="numeric"
        className="pcrm-cf-address-postal"
      />
      <Input
        {...part('detail')}
        aria-label={t('cfields.value.detail', { label })}
        maxLength={200}
        className="pcrm-cf-address-detail"
      />
    </div>
  );
}

/** A customer of the same tenant, found by name or number as the customer list finds it. */
function CustomerRefSelect({ value, onChange, ...common }: ControlProps<string | null | undefined>) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(CUSTOMERS_QUERY, {
    variables: { first: 20, filter: { query: search } },
    skip: search.trim().length < 2,
  });
  const found = (data?.customers.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.name} (${node.customerNo})`,
  }));
  const options =
    value && !found.some((o) => o.value === value) ? [{ value, label: value }, ...found] : found;
  return (
    <Select
      {...common}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value ?? undefined}
      onChange={(v?: string) => onChange?.(v ?? null)}
      options={options}
      loading={loading}
      placeholder={t('cfields.value.customerSearch')}
      notFoundContent={null}
    />
  );
}

function DepartmentRefSelect({ value, onChange, ...common }: ControlProps<string | null | undefined>) {
  const { data, loading } = useQuery(DEPARTMENTS_QUERY, { fetchPolicy: 'cache-first' });
  return (
    <DepartmentSelect
      id={common.id}
      departments={data?.departments ?? []}
      value={value}
      onChange={(v) => onChange?.(v ?? null)}
      loading={loading}
      style={{ width: '100%' }}
    />
  );
}
