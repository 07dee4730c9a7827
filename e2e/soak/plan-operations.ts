// Operations on plans: add, edit, archive or unarchive, delete.
import { expect } from '@playwright/test';
import type { PlanFields } from '../pages/plan-form';
import { editedPlan, newPlan, planName, RENEWAL_LABELS, TODAY, typedAmount } from './choices';
import {
  addLine,
  deleteLine,
  editLine,
  setArchived,
  type ModelLine,
  type PlanChoice,
} from './model';
import { showLine } from './show-line';
import type { Operation, Soak } from './soak-state';

/** What a new plan form shows before anything is typed. */
const NEW_FORM: PlanChoice = {
  name: '',
  price: { minor: -1, currency: 'USD' },
  billing: 'prepaid',
  lateMode: 'default',
  kind: 'monthly',
  every: 1,
  stack: false,
  nextDue: TODAY,
};

/** The plan form as it opens for a line: what the line holds. */
function formOf(line: ModelLine): PlanChoice {
  const { rule } = line;
  return {
    name: line.name,
    price: line.price,
    billing: line.billing,
    lateMode: line.lateMode ?? 'default',
    kind: rule.kind,
    every: rule.kind === 'validity' ? rule.days : rule.every,
    stack: rule.kind === 'validity' && rule.stack,
    nextDue: line.nextDue,
  };
}

/** The fields to change, as a person changes only what differs from what the form shows. */
function changes(choice: PlanChoice, shown: PlanChoice): Partial<PlanFields> {
  const fields: Partial<PlanFields> = {};
  const kindChanged = choice.kind !== shown.kind;
  if (choice.name !== shown.name) fields.name = choice.name;
  if (choice.price.currency !== shown.price.currency) fields.currency = choice.price.currency;
  if (fields.currency || choice.price.minor !== shown.price.minor) {
    fields.price = typedAmount(choice.price);
  }
  if (choice.billing !== shown.billing) fields.billing = choice.billing;
  if (kindChanged) fields.renewal = RENEWAL_LABELS[choice.kind];
  // Choosing another renewal kind puts a default in Every, so Every is typed again after it.
  if (kindChanged || choice.every !== shown.every) fields.every = String(choice.every);
  if (choice.kind !== 'validity' && choice.lateMode !== shown.lateMode) {
    fields.lateMode = choice.lateMode;
  }
  if (choice.kind === 'validity' && choice.stack !== shown.stack) fields.stack = choice.stack;
  if (choice.nextDue !== shown.nextDue) fields.nextDue = choice.nextDue;
  return fields;
}

function describe(choice: PlanChoice): string {
  const rule =
    choice.kind === 'validity'
      ? `validity ${choice.every} days${choice.stack ? ' stacked' : ''}`
      : `${choice.kind} every ${choice.every}, late ${choice.lateMode}`;
  return `"${choice.name}" ${typedAmount(choice.price)} ${choice.price.currency} ${choice.billing}, ${rule}, due ${choice.nextDue}`;
}

function nextName(soak: Soak): string {
  soak.lastNumber += 1;
  return planName(soak.random, soak.lastNumber);
}

export function addPlan(soak: Soak): Operation {
  const choice = newPlan(soak.random, nextName(soak));
  return {
    kind: 'add plan',
    text: `add plan ${describe(choice)}`,
    async run(soak) {
      const { page, planForm } = soak;
      await soak.linePage.showPlans();
      await page.getByRole('link', { name: 'Add plan' }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add plan');
      await planForm.change(changes(choice, NEW_FORM));
      await planForm.save();
      await page.getByRole('heading', { level: 1, name: choice.name, exact: true }).waitFor();
      const id = /^\/plans\/([^/]+)$/.exec(new URL(page.url()).pathname)?.[1];
      if (!id) throw new Error(`Saving the plan led to ${page.url()}, not to the plan's page`);
      soak.rows = addLine(soak.rows, id, choice, soak.now);
      soak.shown = id;
    },
  };
}

export function editPlan(soak: Soak, line: ModelLine): Operation {
  const choice = editedPlan(soak.random, line, () => nextName(soak));
  return {
    kind: 'edit plan',
    text: `edit plan "${line.name}" to ${describe(choice)}`,
    async run(soak) {
      const { page, planForm } = soak;
      await showLine(soak, line);
      await page.getByRole('link', { name: 'Edit', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit ${line.name}`);
      await planForm.change(changes(choice, formOf(line)));
      await planForm.save();
      await page.getByRole('heading', { level: 1, name: choice.name, exact: true }).waitFor();
      soak.rows = editLine(soak.rows, line.id, choice, soak.now);
    },
  };
}

export function archivePlan(line: ModelLine): Operation {
  const [press, then] = line.archived ? ['Unarchive', 'Archive'] : ['Archive', 'Unarchive'];
  return {
    kind: 'archive',
    text: `${press.toLowerCase()} "${line.name}"`,
    async run(soak) {
      const { page } = soak;
      await showLine(soak, line);
      await page.getByRole('button', { name: press, exact: true }).click();
      await page.getByRole('button', { name: then, exact: true }).waitFor();
      soak.rows = setArchived(soak.rows, line.id, !line.archived, soak.now);
    },
  };
}

export function deletePlan(line: ModelLine): Operation {
  return {
    kind: 'delete plan',
    text: `delete plan "${line.name}"`,
    async run(soak) {
      const { page } = soak;
      await showLine(soak, line);
      await soak.linePage.deletePlan(line.name);
      await page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
      await expect(page.getByRole('status').getByText(`${line.name} deleted.`)).toBeVisible();
      soak.shown = null;
      const deletion = deleteLine(soak.rows, line.id);
      soak.rows = deletion.rows;
      soak.undo = deletion.removed;
    },
  };
}
