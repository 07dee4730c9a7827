// Home: every line, the most urgent first, so an overdue number is the first thing seen.
import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { Link } from 'wouter';
import { useLines } from '@/db/use-lines';
import { sortByUrgency } from '@/domain/urgency';
import { NoPlans } from '@/ui/no-plans';
import { PageHeader } from '@/ui/page-header';
import { useToday } from '@/ui/use-today';
import { BackupReminder } from './backup-reminder';
import { DueAlertsBanner } from './due-alerts-banner';
import { LineCard } from './line-card';

/** Less than a card's height and the gap below it, in CSS pixels (176 + 14 for a card without
 * carrier or number). */
const CARD_MIN_HEIGHT = 185;
/** Less than the height above the list: the header and the view's title. */
const ABOVE_LIST_MIN_HEIGHT = 100;
/** The window width from which app.css lays the cards out in two columns. */
const TWO_COLUMNS_FROM = 720;

/**
 * Cards in the first render: as many as the window can show (8 in a 1280 × 720 window, which
 * shows 6; 4 on a Pixel 7, which shows 3). With a hundred plans, the rest follow at once in an
 * interruptible render, so the first screen does not wait for all of them (sixteen cards in every
 * first render, as before, made a phone-sized window's start with a hundred plans take 841 ms
 * instead of 746 ms, over twelve cold starts each).
 */
function cardsOnFirstScreen(): number {
  const columns = window.innerWidth >= TWO_COLUMNS_FROM ? 2 : 1;
  return (
    columns * Math.ceil(Math.max(window.innerHeight - ABOVE_LIST_MIN_HEIGHT, 1) / CARD_MIN_HEIGHT)
  );
}

const READY_MARK = 'topup:plans-ready';

/**
 * Marks the first time the lines are on screen: `npm run bench` times start-up to this point.
 * Rendered first, its effect runs as soon as the lines are committed, before the effects of the
 * rest of the view (live reads, timers) that a person does not wait for.
 */
function ReadyMark() {
  useEffect(() => {
    if (!performance.getEntriesByName(READY_MARK).length) performance.mark(READY_MARK);
  }, []);
  return null;
}

export function PlansView() {
  const { t, i18n } = useTranslation();
  const lines = useLines();
  const today = useToday();
  const [showArchived, setShowArchived] = useState(false);
  const [firstCards] = useState(cardsOnFirstScreen);
  const [allCards, setAllCards] = useState(false);
  // Only when some cards were left out: otherwise the second render would redo the same view.
  const cardsLeftOut = (lines?.length ?? 0) > firstCards;
  useEffect(() => {
    if (cardsLeftOut && !allCards) startTransition(() => setAllCards(true));
  }, [cardsLeftOut, allCards]);

  const active = sortByUrgency(
    lines?.filter((line) => !line.archived) ?? [],
    today,
    (line) => line.name,
    i18n.language,
  );
  const archived = lines?.filter((line) => line.archived) ?? [];

  return (
    <>
      {lines && <ReadyMark />}
      <PageHeader title={t('plans.title')}>
        {lines && lines.length > 0 && (
          <Link href="/plans/new" className="button">
            {t('plans.add')}
          </Link>
        )}
      </PageHeader>
      {lines && <DueAlertsBanner lines={lines} />}
      {lines && <BackupReminder lines={lines} />}
      {lines && lines.length === 0 && <NoPlans why={t('plans.emptyBody')} />}
      {active.length > 0 && (
        <ul className="line-list" aria-label={t('plans.listLabel')}>
          {(allCards ? active : active.slice(0, firstCards)).map((line) => (
            <li key={line.id}>
              <LineCard line={line} today={today} />
            </li>
          ))}
        </ul>
      )}
      {archived.length > 0 && (
        <section className="archived">
          <button
            type="button"
            className="secondary"
            aria-expanded={showArchived}
            onClick={() => setShowArchived(!showArchived)}
          >
            {t('plans.showArchived', { count: archived.length })}
          </button>
          {showArchived && (
            <ul className="line-list" aria-label={t('plans.archivedLabel')}>
              {archived.map((line) => (
                <li key={line.id}>
                  <LineCard line={line} today={today} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
