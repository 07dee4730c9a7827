// The Paste confirmation field: the text of an SMS or e-mail, read on request into the form's
// fields. It only fills the form; saving stays the user's decision.
import { useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { readConfirmation, type ConfirmationReading } from '@/domain/confirmation-reader';
import { LIMITS } from '@/domain/limits';
import { Field } from '@/ui/field';
import type { ConfirmationFill } from './top-up-form-values';

interface ConfirmationPasteProps {
  /** Puts what was read into the form and says what it filled. */
  onRead: (reading: ConfirmationReading) => ConfirmationFill;
  /** The currency the line is paid in. */
  currency: string;
  /** Text shared into the app with a receipt, and what reading it filled when the form opened. */
  shared?: { text: string; fill: ConfirmationFill };
}

export function ConfirmationPaste({ onRead, currency, shared }: ConfirmationPasteProps) {
  const { t } = useTranslation();

  function statusOf(fill: ConfirmationFill): string {
    const messages = [
      fill.filled.length > 0 ? t('topUp.paste.filled') : '',
      fill.otherCurrency
        ? t('topUp.paste.otherCurrency', { found: fill.otherCurrency, currency })
        : '',
    ].filter(Boolean);
    return messages.length > 0 ? messages.join(' ') : t('topUp.paste.nothing');
  }

  const [text, setText] = useState(shared?.text.slice(0, LIMITS.pastedText) ?? '');
  const [status, setStatus] = useState(() => (shared ? statusOf(shared.fill) : ''));

  function onFill() {
    if (text.trim() === '') {
      setStatus(t('topUp.paste.empty'));
      return;
    }
    setStatus(statusOf(onRead(readConfirmation(text))));
  }

  return (
    <div className="preview">
      <Field label={t('topUp.paste.label')} hint={t('topUp.paste.hint')}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            maxLength={LIMITS.pastedText}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <button type="button" className="secondary" onClick={onFill}>
        {t('topUp.paste.fill')}
      </button>
      {/* Always present, so that screen readers announce each new message. */}
      <p role="status">{status}</p>
    </div>
  );
}
