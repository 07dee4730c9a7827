// The baseline the benchmark measures Topup against: the bare stack Topup is built on, doing the
// least a start of the app does. It opens an IndexedDB database with Dexie, reads a table into a
// zustand store, renders it with React, marks `baseline:ready` once the rows are on screen, and
// registers a precaching service worker with workbox-window.
import Dexie, { type EntityTable } from 'dexie';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Workbox } from 'workbox-window';
import { create } from 'zustand';

interface Item {
  id: string;
  name: string;
}

const db = new Dexie('baseline') as Dexie & { items: EntityTable<Item, 'id'> };
db.version(1).stores({ items: 'id' });

const SAMPLE: Item[] = [
  { id: '1', name: 'First' },
  { id: '2', name: 'Second' },
  { id: '3', name: 'Third' },
];

const useItems = create<{ items: Item[] | undefined }>(() => ({ items: undefined }));

function App() {
  const items = useItems((state) => state.items);
  useEffect(() => {
    if (items && !performance.getEntriesByName('baseline:ready').length)
      performance.mark('baseline:ready');
  }, [items]);
  return (
    <main>
      <h1>Baseline</h1>
      {items && (
        <ul>
          {items.map((item) => (
            <li key={item.id}>{item.name}</li>
          ))}
        </ul>
      )}
    </main>
  );
}

async function load(): Promise<void> {
  // The first visit stores a few rows, so that every later start renders data, as the app does.
  if ((await db.items.count()) === 0) await db.items.bulkPut(SAMPLE);
  useItems.setState({ items: await db.items.toArray() });
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void load();
  if ('serviceWorker' in navigator) void new Workbox('/sw.js', { scope: '/' }).register();
}
