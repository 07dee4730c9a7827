// A view's one h1. It also names the browser tab and, after an in-app navigation, takes focus so
// that screen-reader and keyboard users land at the top of the new view.
import { useEffect, useRef } from 'react';
import { useTranslation } from '@/i18n/i18n';

let firstViewShown = false;

export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${children} · ${t('app.titleSuffix')}`;
  }, [children, t]);

  useEffect(() => {
    if (firstViewShown) heading.current?.focus();
    firstViewShown = true;
  }, []);

  return (
    <h1 ref={heading} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
