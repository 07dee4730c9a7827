// What the carrier's own pages say keeps a number alive, shown under Carrier when Topup knows: each
// fact with a link to the page that states it and the day it was read, and one button that puts
// the facts into the form, where every value can still be changed.
import { useId } from 'react';
import { useTranslation } from '@/i18n/i18n';
import type { CarrierFacts, Sourced } from '@/domain/carrier-facts';
import { listFormat } from '@/domain/intl-formats';
import { DateText } from '@/ui/date-text';

function SourceLink({ fact }: { fact: Sourced<unknown> }) {
  const { t } = useTranslation();
  return (
    <>
      {' '}
      <a href={fact.source} target="_blank" rel="noopener noreferrer">
        {t('presets.source')}
      </a>{' '}
      <span className="muted">
        ({t('presets.checked')} <DateText date={fact.checked} />)
      </span>
    </>
  );
}

export function CarrierFactsNote({ facts, onUse }: { facts: CarrierFacts; onUse: () => void }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { activity, graceDays, renewsFromBalance, portOutPinDays } = facts;
  if (!activity && !graceDays && !renewsFromBalance && !portOutPinDays) return null;
  const kinds = activity?.value.counts.map((kind) => t(`activityKinds.${kind}`)) ?? [];
  return (
    <section className="preset" aria-labelledby={headingId}>
      <h2 id={headingId} className="preset-title">
        {t('presets.title', { carrier: facts.carrier })}
      </h2>
      <ul>
        {activity && (
          <li>
            {t(activity.value.unit === 'days' ? 'presets.activityDays' : 'presets.activityMonths', {
              count: activity.value.every,
              kinds: listFormat(i18n.language, { type: 'disjunction' }).format(kinds),
            })}
            <SourceLink fact={activity} />
          </li>
        )}
        {graceDays && (
          <li>
            {t('presets.graceDays', { count: graceDays.value })}
            <SourceLink fact={graceDays} />
          </li>
        )}
        {renewsFromBalance?.value && (
          <li>
            {t('presets.renewsFromBalance')}
            <SourceLink fact={renewsFromBalance} />
          </li>
        )}
        {portOutPinDays && (
          <li>
            {t('presets.portOutPinDays', { count: portOutPinDays.value })}
            <SourceLink fact={portOutPinDays} />
          </li>
        )}
      </ul>
      <button type="button" className="secondary small" onClick={onUse}>
        {t('presets.use', { carrier: facts.carrier })}
      </button>
    </section>
  );
}
