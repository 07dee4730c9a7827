import type { ReactNode } from 'react';
import { PageTitle } from './page-title';

/** The view's h1 with its main actions beside it. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="page-header">
      <PageTitle>{title}</PageTitle>
      {children && <div className="page-actions">{children}</div>}
    </div>
  );
}
