import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { Link, useRoute } from 'wouter';
import { NAV_ITEMS } from './routes';
import { AppIcon } from '@/ui/app-icon';
import { ToastRegion } from '@/ui/toast-region';
import { HeaderStatus } from './header-status';
import { StatusBanners } from './status-banners';

function NavLink({ href, children }: { href: string; children: string }) {
  const [exact] = useRoute(href);
  // A line's pages belong to Plans; other views own their sub-paths.
  const [nested] = useRoute(href === '/' ? '/plans/*' : `${href}/*`);
  const active = exact || nested;
  return (
    <Link href={href} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link href="/" className="brand">
          <AppIcon />
          <span>{t('app.name')}</span>
        </Link>
        <HeaderStatus />
      </header>
      <StatusBanners />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <ToastRegion />
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.href}>
              <NavLink href={item.href}>{t(item.key)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
