// Words the alert messages of domain/ through an i18next instance: the page's, or the worker's own.
import type { i18n as I18n } from 'i18next';
import type { Translate } from '@/domain/alert-notification';

export function alertTranslator(instance: I18n): Translate {
  return ({ key, values }) => instance.t(key, values ?? {});
}
