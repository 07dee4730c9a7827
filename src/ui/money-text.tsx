import { useTranslation } from '@/i18n/i18n';
import { formatMoney, type Money } from '@/domain/money';

export function MoneyText({ money }: { money: Money }) {
  const { i18n } = useTranslation();
  return <span className="money">{formatMoney(money, i18n.language)}</span>;
}
