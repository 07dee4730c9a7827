// What one soak run carries from step to step: the page, the model and what Undo and import need.
import type { BrowserContext, Page } from '@playwright/test';
import { LinePage } from '../pages/line-page';
import { PlanForm } from '../pages/plan-form';
import { emptyRows, type ModelRows, type Removed } from './model';
import type { Random } from './random';

export const OPERATION_KINDS = [
  'add plan',
  'edit plan',
  'log top-up',
  'delete latest top-up',
  'delete older top-up',
  'undo',
  'delete plan',
  'archive',
  'export backup',
  'import replace',
  'import merge',
  'reload',
  'offline',
] as const;

export type OperationKind = (typeof OPERATION_KINDS)[number];

export interface Backup {
  path: string;
  rows: ModelRows;
  step: number;
}

export interface Soak {
  page: Page;
  context: BrowserContext;
  random: Random;
  linePage: LinePage;
  planForm: PlanForm;
  rows: ModelRows;
  /** What the last deletion removed while its Undo is still offered. */
  undo: Removed | null;
  backups: Backup[];
  offline: boolean;
  /** The plan whose page is in view, if any. */
  shown: string | null;
  /** Plans are numbered so that every name is used once. */
  lastNumber: number;
  /** The moment the page's clock shows during this step. */
  now: number;
  step: number;
}

/** An operation with every random choice already made, so that its text says exactly what it does. */
export interface Operation {
  kind: OperationKind;
  text: string;
  run: (soak: Soak) => Promise<void>;
}

export function createSoak(page: Page, context: BrowserContext, random: Random): Soak {
  return {
    page,
    context,
    random,
    linePage: new LinePage(page),
    planForm: new PlanForm(page),
    rows: emptyRows(),
    undo: null,
    backups: [],
    offline: false,
    shown: null,
    lastNumber: 0,
    now: 0,
    step: 0,
  };
}
