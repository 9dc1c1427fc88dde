import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { buildDepartmentTree, type DepartmentNode } from './tree';
import type { Department } from './queries';

interface Option {
  value: string;
  title: string;
  label: string;
  children: Option[];
}

function toOptions(nodes: DepartmentNode<Department>[]): Option[] {
  return nodes.map((n) => ({
    value: n.id,
    title: `${n.name} (${n.code})`,
    label: n.name,
    children: toOptions(n.children),
  }));
}

export interface DepartmentSelectProps {
  id?: string;
  departments: readonly Department[];
  value?: string | null;
  onChange?(value: string | undefined): void;
  placeholder?: string;
  loading?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

/** Searchable department picker shaped like the organization tree; inactive departments are not offered. */
export function DepartmentSelect({ departments, value, onChange, ...rest }: DepartmentSelectProps) {
  const treeData = useMemo(
    () => toOptions(buildDepartmentTree(departments.filter((d) => d.active))),
    [departments],
  );
  return (
    <TreeSelect
      {...rest}
      value={value ?? undefined}
      onChange={(v) => onChange?.((v as string | undefined) ?? undefined)}
      treeData={treeData}
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear
      treeDefaultExpandAll
      treeNodeLabelProp="label"
      popupMatchSelectWidth={false}
      listHeight={360}
    />
  );
}
