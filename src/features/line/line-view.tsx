// A line's own page: where it stands, what it has cost, and every top-up with its receipts.
import { useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { Link, useLocation } from 'wouter';
import { deleteLine, restoreDeleted, setLineArchived } from '@/db/lines';
import type { LineRow } from '@/db/rows';
import { useLine, useTopUpsOfLine } from '@/db/use-line';
import { useSettings } from '@/db/use-settings';
import { findCarrier } from '@/domain/carriers';
import { lineState } from '@/domain/line-state';
import { dueOn, numberLost } from '@/domain/number-lost';
import { totalsByCurrency } from '@/domain/money';
import { useToasts } from '@/state/toast-store';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { DateText } from '@/ui/date-text';
import { DueBadge } from '@/ui/due-badge';
import { ExportCalendarButton } from '@/ui/export-calendar-button';
import { LogButtons } from '@/ui/log-buttons';
import { MoneyText } from '@/ui/money-text';
import { NextStepText } from '@/ui/next-step';
import { PageHeader } from '@/ui/page-header';
import { useToday } from '@/ui/use-today';
import { BalanceSection } from './balance-section';
import { PortOutSection } from './port-out-section';
import { TopUpHistory } from './top-up-history';
import { UseHistory } from './use-history';

export function LineView({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const line = useLine(params.id);
  if (line === undefined) return null;
  if (line === null) {
    return (
      <>
        <PageHeader title={t('line.missing')} />
        <Link href="/">{t('notFound.back')}</Link>
      </>
    );
  }
  return <LineDetails line={line} />;
}

/** "topup-Mint-Mobile.ics": the plan's name without characters file systems refuse. */
function calendarFileName(name: string): string {
  return `topup-${name.replace(/[\\/:*?"<>|\s]+/g, '-')}.ics`;
}

function LineDetails({ line }: { line: LineRow }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const today = useToday();
  const topUps = useTopUpsOfLine(line.id);
  const settings = useSettings();
  const showToast = useToasts((state) => state.show);
  const [confirming, setConfirming] = useState(false);
  const due = dueOn(line, today);
  const state = lineState({ ...line, nextDue: due }, today);
  const step = numberLost(line);
  const carrier = findCarrier(line.carrier);
  const totals = totalsByCurrency((topUps ?? []).map((topUp) => topUp.amount));

  async function onDelete() {
    setConfirming(false);
    const removed = await deleteLine(line.id);
    navigate('/');
    showToast(t('line.deleted', { name: line.name }), () => restoreDeleted(removed));
  }

  return (
    <>
      <PageHeader title={line.name}>
        <LogButtons lineId={line.id} logsUse={line.activity !== undefined} />
      </PageHeader>
      <section className="card line-summary">
        <p className="line-meta">
          {[line.carrier, line.phone, line.planName].filter(Boolean).join(' · ')}
        </p>
        {step && (
          <p className="next-step">
            <NextStepText step={step} />
          </p>
        )}
        <dl className="line-facts">
          <div>
            <dt>{t('line.nextDue')}</dt>
            <dd>
              <DateText date={due} style="full" />
            </dd>
          </div>
          <div>
            <dt>{t('line.state')}</dt>
            <dd>
              <DueBadge state={state} />
            </dd>
          </div>
          <div>
            <dt>{t('steps.lostOn')}</dt>
            <dd>{step ? <DateText date={step.lostOn} /> : '—'}</dd>
          </div>
          <div>
            <dt>{t('line.price')}</dt>
            <dd>
              <MoneyText money={line.price} />
            </dd>
          </div>
          <div>
            <dt>{t('line.totalPaid')}</dt>
            <dd>
              {totals.length === 0
                ? t('line.nothingPaid')
                : totals.map((total) => (
                    <span key={total.currency} className="total">
                      <MoneyText money={total} />
                    </span>
                  ))}
            </dd>
          </div>
        </dl>
        {carrier && (
          <p>
            <a href={carrier.website} target="_blank" rel="noopener noreferrer">
              {t('line.carrierSite', { carrier: carrier.name })}
            </a>
          </p>
        )}
        {line.notes && <p className="notes">{line.notes}</p>}
        <div className="actions">
          <Link href={`/plans/${line.id}/edit`} className="button secondary">
            {t('common.edit')}
          </Link>
          <button
            type="button"
            className="secondary"
            onClick={() => void setLineArchived(line.id, !line.archived)}
          >
            {line.archived ? t('line.unarchive') : t('line.archive')}
          </button>
          {settings && !line.archived && (
            <ExportCalendarButton
              className="secondary"
              lines={[line]}
              reminderTime={settings.reminderTime}
              fileName={calendarFileName(line.name)}
            />
          )}
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('common.delete')}
          </button>
        </div>
      </section>
      {line.balance && <BalanceSection line={line} balance={line.balance} />}
      {line.portOut && <PortOutSection kit={line.portOut} today={today} />}
      <TopUpHistory topUps={topUps} />
      {line.activity && <UseHistory lineId={line.id} />}
      <ConfirmDialog
        open={confirming}
        title={t('line.deleteTitle', { name: line.name })}
        body={t('line.deleteBody', { count: topUps?.length ?? 0 })}
        confirmLabel={t('common.delete')}
        onConfirm={() => void onDelete()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
