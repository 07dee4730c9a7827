// Page model of the plan form, found by label as a person would.
import type { Page } from '@playwright/test';

export interface PlanFields {
  name: string;
  carrier?: string;
  phone?: string;
  price: string;
  currency?: string;
  renewal?: 'Calendar months' | 'Fixed days' | 'Validity after top-up';
  every?: string;
  nextDue: string;
  graceDays?: string;
}

export class PlanForm {
  constructor(readonly page: Page) {}

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async fill(fields: PlanFields): Promise<void> {
    await this.field('Name').fill(fields.name);
    if (fields.carrier) await this.field('Carrier').fill(fields.carrier);
    if (fields.phone) await this.field('Phone number').fill(fields.phone);
    await this.field('Price').fill(fields.price);
    if (fields.currency) await this.field('Currency').selectOption(fields.currency);
    if (fields.renewal) await this.field('Renewal').selectOption({ label: fields.renewal });
    if (fields.every) await this.field('Every').fill(fields.every);
    await this.field('Next due date').fill(fields.nextDue);
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
