import { Select } from 'antd';

/** One labelled select of a report's filter bar. */
export function FilterSelect<T extends string>({
  id,
  label,
  value,
  options,
  onChange,
  width = 200,
}: {
  id: string;
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
  width?: number;
}) {
  return (
    <div className="pcrm-filter-field">
      <label htmlFor={id}>{label}</label>
      <Select<T> id={id} value={value} style={{ width }} onChange={onChange} options={options} />
    </div>
  );
}
