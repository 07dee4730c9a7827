// A line's port-out kit on its page: what moving the number away needs, at hand, with the PIN's
// expiry, and a word on keeping it safe.
import { useTranslation } from '@/i18n/i18n';
import { compareDates, type PlainDate } from '@/domain/plain-date';
import type { PortOutKit } from '@/domain/port-out';
import { DateText } from '@/ui/date-text';

export function PortOutSection({ kit, today }: { kit: PortOutKit; today: PlainDate }) {
  const { t } = useTranslation();
  const expired = kit.pinExpiresOn !== undefined && compareDates(kit.pinExpiresOn, today) < 0;
  return (
    <section className="card line-section" aria-labelledby="port-out-title">
      <h2 id="port-out-title">{t('portOut.title')}</h2>
      <dl className="line-facts">
        {kit.accountNumber && (
          <div>
            <dt>{t('portOut.accountNumber')}</dt>
            <dd>{kit.accountNumber}</dd>
          </div>
        )}
        {kit.billingZip && (
          <div>
            <dt>{t('portOut.billingZip')}</dt>
            <dd>{kit.billingZip}</dd>
          </div>
        )}
        {kit.pinIssuedOn && (
          <div>
            <dt>{t('portOut.pinIssuedOn')}</dt>
            <dd>
              <DateText date={kit.pinIssuedOn} />
            </dd>
          </div>
        )}
        {kit.pinExpiresOn && (
          <div>
            <dt>{t('portOut.pinExpiresOn')}</dt>
            <dd>
              <DateText date={kit.pinExpiresOn} />
              {expired && <span className="tag">{t('portOut.expired')}</span>}
            </dd>
          </div>
        )}
      </dl>
      {kit.usedFor && (
        <>
          <h3>{t('portOut.usedFor')}</h3>
          <p className="notes">{kit.usedFor}</p>
        </>
      )}
      <p className="hint">{t('portOut.keepSafe')}</p>
    </section>
  );
}
