/** The currencies offered first; any ISO 4217 code stored on a line is offered too. */
export const COMMON_CURRENCIES = [
  'USD',
  'CNY',
  'HKD',
  'TWD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'JPY',
  'SGD',
  'MYR',
];
