import { Typography, type TableColumnsType } from 'antd';

interface NamedTenant {
  code: string;
  nameKo: string;
  nameEn: string;
}

/** The code, Korean name and English name columns every tenant table starts with. */
export function tenantColumns<T extends NamedTenant>(titles: {
  code: string;
  nameKo: string;
  nameEn: string;
}): TableColumnsType<T> {
  return [
    {
      title: titles.code,
      dataIndex: 'code',
      key: 'code',
      render: (code: string) => <span className="pcrm-mono">{code}</span>,
    },
    {
      title: titles.nameKo,
      dataIndex: 'nameKo',
      key: 'nameKo',
      render: (name: string) => (
        <Typography.Text strong lang="ko">
          {name}
        </Typography.Text>
      ),
    },
    {
      title: titles.nameEn,
      dataIndex: 'nameEn',
      key: 'nameEn',
      responsive: ['lg'],
      render: (name: string) => <span lang="en">{name}</span>,
    },
  ];
}
