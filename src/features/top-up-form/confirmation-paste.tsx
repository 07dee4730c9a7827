// The Paste confirmation field: the text of an SMS or e-mail, read on request. A payment made fills
// the form's fields; a failed, scheduled or due payment fills nothing and says so; a balance reply
// offers to update the line's balance. Saving stays the user's decision.
import { useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import {
  readMessage,
  type ConfirmationReading,
  type MessageReading,
} from '@/domain/confirmation-reader';
import { LIMITS } from '@/domain/limits';
import type { Money } from '@/domain/money';
import type { PlainDate } from '@/domain/plain-date';
import { DateText } from '@/ui/date-text';
import { Field } from '@/ui/field';
import { MoneyText } from '@/ui/money-text';
import type { ConfirmationFill } from './top-up-form-values';

/** What a balance reply offers to store as the line's balance. */
export interface BalanceOffer {
  balance: Money;
  validUntil?: PlainDate;
}

interface ConfirmationPasteProps {
  /** Puts what was read into the form and says what it filled. */
  onRead: (reading: ConfirmationReading) => ConfirmationFill;
  /** The currency the line is paid in. */
  currency: string;
  /** Given where the line keeps a balance: stores a balance reply's balance, once confirmed. */
  onBalance?: ((offer: BalanceOffer) => Promise<void>) | undefined;
  /** Text shared into the app with a receipt, what it is, and what reading it filled. */
  shared?: { text: string; message: MessageReading; fill: ConfirmationFill | null } | undefined;
}

export function ConfirmationPaste({ onRead, currency, onBalance, shared }: ConfirmationPasteProps) {
  const { t } = useTranslation();

  function fillStatus(fill: ConfirmationFill): string {
    const messages = [
      fill.filled.length > 0 ? t('topUp.paste.filled') : '',
      fill.otherCurrency
        ? t('topUp.paste.otherCurrency', { found: fill.otherCurrency, currency })
        : '',
    ].filter(Boolean);
    return messages.length > 0 ? messages.join(' ') : t('topUp.paste.nothing');
  }

  /** What the text is, when it is no payment: said, and nothing filled. */
  function kindStatus(message: MessageReading): string {
    switch (message.kind) {
      case 'failed':
      case 'scheduled':
      case 'due':
      case 'balance':
      case 'code':
      case 'refund':
        return t(`topUp.paste.kind.${message.kind}`);
      default:
        return '';
    }
  }

  function offerOf(message: MessageReading | undefined): BalanceOffer | null {
    if (message?.kind !== 'balance' || !message.balance || !onBalance) return null;
    if (message.balance.currency !== currency) return null;
    return message.validUntil
      ? { balance: message.balance, validUntil: message.validUntil }
      : { balance: message.balance };
  }

  const [text, setText] = useState(shared?.text.slice(0, LIMITS.pastedText) ?? '');
  const [status, setStatus] = useState(() =>
    shared ? (shared.fill ? fillStatus(shared.fill) : kindStatus(shared.message)) : '',
  );
  const [offer, setOffer] = useState(() => offerOf(shared?.message));

  function onFill() {
    setOffer(null);
    if (text.trim() === '') {
      setStatus(t('topUp.paste.empty'));
      return;
    }
    const message = readMessage(text);
    if (message.kind === 'payment' || message.kind === 'other') {
      setStatus(fillStatus(onRead(message.reading)));
      return;
    }
    setStatus(kindStatus(message));
    setOffer(offerOf(message));
  }

  async function onUpdateBalance(chosen: BalanceOffer) {
    await onBalance?.(chosen);
    setOffer(null);
    setStatus(t('topUp.paste.balanceUpdated'));
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
      {offer && (
        <div className="paste-offer">
          <p>
            {t('topUp.paste.balanceFound')} <MoneyText money={offer.balance} />
            {offer.validUntil && (
              <>
                {' '}
                {t('topUp.paste.validUntil')} <DateText date={offer.validUntil} />
              </>
            )}{' '}
            <span className="badge">{t('topUp.paste.check')}</span>
          </p>
          <button type="button" className="small" onClick={() => void onUpdateBalance(offer)}>
            {t('topUp.paste.updateBalance')}
          </button>
        </div>
      )}
    </div>
  );
}
