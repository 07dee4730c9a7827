import { useTranslation } from '@/i18n/i18n';
import { formatMoney, minorDigits, type Money } from '@/domain/money';
import { rememberedText } from './remembered-texts';

export function MoneyText({ money }: { money: Money }) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  // The digits are in the key: the same minor units meant another amount when the browser's data
  // counted the currency's digits, and a text remembered from then must not be shown for them.
  const digits = minorDigits(money.currency);
  const text = rememberedText(`money|${locale}|${money.currency}|${digits}|${money.minor}`, () =>
    formatMoney(money, locale),
  );
  return <span className="money">{text}</span>;
}
