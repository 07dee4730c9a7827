import { useTranslation } from '@/i18n/i18n';
import { formatMoney, type Money } from '@/domain/money';
import { rememberedText } from './remembered-texts';

export function MoneyText({ money }: { money: Money }) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const text = rememberedText(`money|${locale}|${money.currency}|${money.minor}`, () =>
    formatMoney(money, locale),
  );
  return <span className="money">{text}</span>;
}
