import { describe, expect, it } from 'vitest';
import { datesInText, type NumericOrder } from './dates-in-text';

const dates = (text: string) => datesInText(text).map(({ date }) => date);

describe('datesInText', () => {
  it.each([
    ['January', '01'],
    ['February', '02'],
    ['March', '03'],
    ['April', '04'],
    ['May', '05'],
    ['June', '06'],
    ['July', '07'],
    ['August', '08'],
    ['September', '09'],
    ['October', '10'],
    ['November', '11'],
    ['December', '12'],
  ])('knows %s, written out or in three letters, either side of the day', (name, month) => {
    const short = name.slice(0, 3);
    expect(dates(`${name} 5, 2026`)).toEqual([`2026-${month}-05`]);
    expect(dates(`${short}. 5 2026`)).toEqual([`2026-${month}-05`]);
    expect(dates(`5 ${short.toUpperCase()} 2026`)).toEqual([`2026-${month}-05`]);
    expect(dates(`5th ${name}, 2026`)).toEqual([`2026-${month}-05`]);
    expect(dates(`on 05-${short}-2026 at 13:59`)).toEqual([`2026-${month}-05`]);
  });

  it('reads numeric dates year first, day first with dots, and month first with slashes', () => {
    expect(dates('2026-11-21 2026/1/2 2026.03.04')).toEqual([
      '2026-11-21',
      '2026-01-02',
      '2026-03-04',
    ]);
    expect(dates('21.11.2026')).toEqual(['2026-11-21']);
    expect(dates('11/21/2026 11-21-2026 11/21/26')).toEqual([
      '2026-11-21',
      '2026-11-21',
      '2026-11-21',
    ]);
  });

  it('reads a first number that cannot be a month as the day', () => {
    expect(dates('12/11/2026')).toEqual(['2026-12-11']);
    expect(dates('13/12/2026')).toEqual(['2026-12-13']);
    expect(dates('13-12-2026')).toEqual(['2026-12-13']);
    expect(dates('13/13/2026')).toEqual([]);
  });

  it('reads Chinese dates, and ROC years only where the text says so', () => {
    expect(dates('2026年11月21日 2026 年 1 月 2 号 2026年3月4號')).toEqual([
      '2026-11-21',
      '2026-01-02',
      '2026-03-04',
    ]);
    expect(dates('民國115年11月21日 民国 115 年 1 月 2 日')).toEqual(['2026-11-21', '2026-01-02']);
    expect(dates('115年11月21日')).toEqual([]);
  });

  it('keeps the years a top-up can have', () => {
    expect(dates('2000-01-01 2100-12-31')).toEqual(['2000-01-01', '2100-12-31']);
    expect(dates('1999-12-31 2101-01-01 3-2-1108')).toEqual([]);
  });

  it('drops days the calendar does not have', () => {
    expect(dates('2026-02-29 2028-02-29 2026-04-31')).toEqual(['2028-02-29']);
  });

  it('does not read a date out of a longer number or code', () => {
    expect(dates('ID2026-11-21 12026-11-21 2026-11-215 1/11/21/2026 11/21/2026/1')).toEqual([]);
    expect(dates('2026-11/21')).toEqual([]);
  });

  it('says where each date is written', () => {
    expect(datesInText('Paid on Nov 21, 2026.')).toEqual([
      { date: '2026-11-21', start: 8, end: 20 },
    ]);
  });
});

describe('datesInText in a country’s order', () => {
  const dates = (text: string, order: NumericOrder, minguo = false) =>
    datesInText(text, order, minguo).map(({ date }) => date);

  it('reads "03/04/2025" as the country writes it, and leaves it out when unknown', () => {
    expect(dates('03/04/2025', 'month-first')).toEqual(['2025-03-04']);
    expect(dates('03/04/2025', 'day-first')).toEqual(['2025-04-03']);
    expect(dates('03/04/2025', 'unknown')).toEqual([]);
    expect(dates('03-04-2025', 'day-first')).toEqual(['2025-04-03']);
  });

  it('reads a date whose first or second number cannot be a month in any order', () => {
    for (const order of ['month-first', 'day-first', 'unknown'] as const) {
      expect(dates('21/11/2025', order)).toEqual(['2025-11-21']);
      expect(dates('11/21/2025', order)).toEqual(['2025-11-21']);
    }
  });

  it('reads a Minguo year only in a Taiwanese text', () => {
    expect(dates('114/04/18', 'unknown', true)).toEqual(['2025-04-18']);
    expect(dates('114/04/18', 'unknown', false)).toEqual([]);
  });
});
