// Words the alert messages of domain/ with a translate function: the page's, or the worker's own.
import type { Translate } from '@/domain/translate';
import type { TFunction } from './translator';

export function alertTranslator(t: TFunction): Translate {
  return ({ key, values }) => t(key, values);
}
