import type { ReactNode } from 'react';

/** What a view shows when it has nothing yet: a heading, a few words, and what to do next. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <h2 id="empty-state-title">{title}</h2>
      {children}
    </section>
  );
}
