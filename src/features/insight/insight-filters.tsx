// Insight's two filters: one line or all, one currency or all.
import { useTranslation } from '@/i18n/i18n';
import type { InsightFilter } from '@/domain/insight-filter';
import { Field } from '@/ui/field';
import { currencyName } from './currency-name';

interface InsightFiltersProps {
  filter: InsightFilter;
  lines: readonly { id: string; name: string }[];
  currencies: readonly string[];
  onChange: (filter: InsightFilter) => void;
}

export function InsightFilters({ filter, lines, currencies, onChange }: InsightFiltersProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="card field-row insight-filters" role="group" aria-label={t('insight.filters')}>
      <Field label={t('insight.line')}>
        {(control) => (
          <select
            {...control}
            value={filter.lineId}
            onChange={(event) => onChange({ ...filter, lineId: event.target.value })}
          >
            <option value="">{t('insight.allLines')}</option>
            {lines.map((line) => (
              <option key={line.id} value={line.id}>
                {line.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('insight.currency')}>
        {(control) => (
          <select
            {...control}
            value={filter.currency}
            onChange={(event) => onChange({ ...filter, currency: event.target.value })}
          >
            <option value="">{t('insight.allCurrencies')}</option>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {currencyName(code, i18n.language)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
