import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle';

/** Title block at the top of every screen: one h1 per page (also the document title), optional description and actions. */
export function PageHeader({
  title,
  description,
  extra,
}: {
  title: string;
  description?: ReactNode;
  extra?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="pcrm-page-header">
      <div>
        <Typography.Title level={1} className="pcrm-page-title">
          {title}
        </Typography.Title>
        {description && <Typography.Paragraph className="pcrm-page-desc">{description}</Typography.Paragraph>}
      </div>
      {extra && <div className="pcrm-page-extra">{extra}</div>}
    </div>
  );
}
