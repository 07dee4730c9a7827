// The app's routes. Plans is the first view and ships in the entry chunk; every other view loads
// on demand (and is precached, so it loads offline too).
import { lazy, Suspense } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { Route, Switch } from 'wouter';
import { PlansView } from '@/features/plans/plans-view';
import { NotFoundView } from './not-found-view';

const ReceiptsView = lazy(() =>
  import('@/features/receipts/receipts-view').then((m) => ({ default: m.ReceiptsView })),
);
const InsightView = lazy(() =>
  import('@/features/insight/insight-view').then((m) => ({ default: m.InsightView })),
);
const LineView = lazy(() =>
  import('@/features/line/line-view').then((m) => ({ default: m.LineView })),
);
const PlanFormView = lazy(() =>
  import('@/features/plan-form/plan-form-view').then((m) => ({ default: m.PlanFormView })),
);
const TopUpFormView = lazy(() =>
  import('@/features/top-up-form/top-up-form-view').then((m) => ({ default: m.TopUpFormView })),
);
const EditTopUpView = lazy(() =>
  import('@/features/top-up-form/edit-top-up-view').then((m) => ({ default: m.EditTopUpView })),
);
const UseFormView = lazy(() =>
  import('@/features/use-form/use-form-view').then((m) => ({ default: m.UseFormView })),
);
const LogView = lazy(() => import('@/features/log/log-view').then((m) => ({ default: m.LogView })));
const SettingsView = lazy(() =>
  import('@/features/settings/settings-view').then((m) => ({ default: m.SettingsView })),
);

export const NAV_ITEMS = [
  { href: '/', key: 'nav.plans' },
  { href: '/receipts', key: 'nav.receipts' },
  { href: '/insight', key: 'nav.insight' },
  { href: '/settings', key: 'nav.settings' },
] as const;

export function Routes() {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <Switch>
        <Route path="/" component={PlansView} />
        <Route path="/plans/new" component={PlanFormView} />
        <Route path="/plans/:id/edit" component={PlanFormView} />
        <Route path="/plans/:id/top-up" component={TopUpFormView} />
        <Route path="/plans/:id/top-ups/:topUpId/edit" component={EditTopUpView} />
        <Route path="/plans/:id/use" component={UseFormView} />
        <Route path="/plans/:id/uses/:useId/edit" component={UseFormView} />
        <Route path="/plans/:id" component={LineView} />
        <Route path="/log" component={LogView} />
        <Route path="/receipts" component={ReceiptsView} />
        <Route path="/insight" component={InsightView} />
        <Route path="/settings" component={SettingsView} />
        <Route component={NotFoundView} />
      </Switch>
    </Suspense>
  );
}
