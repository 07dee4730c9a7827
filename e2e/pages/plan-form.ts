// Page model of the plan form, found by label as a person would.
import type { Page } from '@playwright/test';

export interface PlanFields {
  name: string;
  carrier?: string;
  phone?: string;
  price: string;
  currency?: string;
  billing?: 'prepaid' | 'postpaid';
  renewal?: 'Calendar months' | 'Fixed days' | 'Validity after top-up';
  every?: string;
  /** When paid late; shown for month and day cycles. */
  lateMode?: 'default' | 'keep' | 'restart';
  /** Validity plans only: stack an early top-up on the current expiry. */
  stack?: boolean;
  nextDue: string;
  graceDays?: string;
}

const BILLING_LABELS = { prepaid: 'Prepaid', postpaid: 'Postpaid (monthly bill)' } as const;
const LATE_LABELS = { keep: 'Keep the schedule', restart: 'Restart from the payment day' } as const;

export class PlanForm {
  constructor(readonly page: Page) {}

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async fill(fields: PlanFields): Promise<void> {
    await this.change(fields);
  }

  /** Fills only the fields given, leaving the others as the form shows them. */
  async change(fields: Partial<PlanFields>): Promise<void> {
    if (fields.name !== undefined) await this.field('Name').fill(fields.name);
    if (fields.carrier) await this.field('Carrier').fill(fields.carrier);
    if (fields.phone) await this.field('Phone number').fill(fields.phone);
    if (fields.price !== undefined) await this.field('Price').fill(fields.price);
    if (fields.currency) await this.field('Currency').selectOption(fields.currency);
    if (fields.billing) {
      await this.field('Billing').selectOption({ label: BILLING_LABELS[fields.billing] });
    }
    if (fields.renewal) await this.field('Renewal').selectOption({ label: fields.renewal });
    if (fields.every) await this.field('Every').fill(fields.every);
    if (fields.lateMode) {
      // The first choice is the billing's default, worded after it.
      await this.field('When paid late').selectOption(
        fields.lateMode === 'default' ? { index: 0 } : { label: LATE_LABELS[fields.lateMode] },
      );
    }
    if (fields.stack !== undefined) {
      await this.page.getByLabel(/^Stack an early top-up/).setChecked(fields.stack);
    }
    if (fields.nextDue !== undefined) await this.field('Next due date').fill(fields.nextDue);
    if (fields.graceDays) await this.field('Grace days').fill(fields.graceDays);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save' }).click();
  }

  /** Adds a plan from the Plans view and waits for its page. */
  async add(fields: PlanFields): Promise<void> {
    await this.page.goto('/plans/new');
    await this.fill(fields);
    await this.save();
    await this.page.getByRole('heading', { level: 1, name: fields.name }).waitFor();
  }
}
