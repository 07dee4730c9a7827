// What a new plan starts with. Each field is saved when it is valid; an invalid value is shown
// with its problem and not saved.
import { useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { saveSetting } from '@/db/settings';
import type { Settings } from '@/db/settings-values';
import { LIMITS } from '@/domain/limits';
import { isCurrencyCode } from '@/domain/money';
import { Field } from '@/ui/field';
import { checkLeadDays, checkWholeNumber, type FormError, useFormErrorText } from '@/ui/form-error';

export function DefaultsSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const errorText = useFormErrorText();
  const [leadDays, setLeadDays] = useState(settings.defaultLeadDays.join(', '));
  const [graceDays, setGraceDays] = useState(String(settings.defaultGraceDays));
  const [currency, setCurrency] = useState(settings.defaultCurrency);
  const [errors, setErrors] = useState<
    Partial<Record<'leadDays' | 'graceDays' | 'currency', FormError>>
  >({});

  function saveLeadDays() {
    const checked = checkLeadDays(leadDays);
    setErrors((e) => ({ ...e, leadDays: checked.ok ? undefined : checked.error }));
    if (checked.ok) void saveSetting('defaultLeadDays', checked.value);
  }

  function saveGraceDays() {
    const checked = checkWholeNumber(graceDays, 0, LIMITS.graceDaysMax);
    setErrors((e) => ({ ...e, graceDays: checked.ok ? undefined : checked.error }));
    if (checked.ok) void saveSetting('defaultGraceDays', checked.value);
  }

  function saveCurrency() {
    const code = currency.trim().toUpperCase();
    const valid = isCurrencyCode(code);
    setErrors((e) => ({ ...e, currency: valid ? undefined : { key: 'currency' } }));
    if (valid) void saveSetting('defaultCurrency', code);
  }

  return (
    <section className="card">
      <h2>{t('settings.defaultsSection')}</h2>
      <Field
        label={t('settings.defaultLeadDays')}
        hint={t('planForm.remindMeHint')}
        error={errorText(errors.leadDays)}
      >
        {(control) => (
          <input
            {...control}
            value={leadDays}
            onChange={(e) => setLeadDays(e.target.value)}
            onBlur={saveLeadDays}
          />
        )}
      </Field>
      <div className="field-row">
        <Field label={t('settings.defaultGraceDays')} error={errorText(errors.graceDays)}>
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              value={graceDays}
              onChange={(e) => setGraceDays(e.target.value)}
              onBlur={saveGraceDays}
            />
          )}
        </Field>
        <Field
          label={t('settings.defaultCurrency')}
          hint={t('settings.defaultCurrencyHint')}
          error={errorText(errors.currency)}
        >
          {(control) => (
            <input
              {...control}
              value={currency}
              maxLength={3}
              autoCapitalize="characters"
              onChange={(e) => setCurrency(e.target.value)}
              onBlur={saveCurrency}
            />
          )}
        </Field>
      </div>
    </section>
  );
}
