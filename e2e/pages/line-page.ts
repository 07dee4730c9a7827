// Page model of a line's own page and of its top-up form.
import { expect, type Page } from '@playwright/test';

export interface TopUpFields {
  amount?: string;
  paidOn?: string;
  periods?: string;
  confirmation?: string;
  files?: string[];
}

export class LinePage {
  constructor(readonly page: Page) {}

  nextDue() {
    return this.page
      .getByRole('term')
      .filter({ hasText: 'Next due' })
      .locator('xpath=following-sibling::dd[1]')
      .locator('time');
  }

  async expectNextDue(date: string): Promise<void> {
    await expect(this.nextDue()).toHaveAttribute('datetime', date);
  }

  async logTopUp(fields: TopUpFields = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Log top-up' }).first().click();
    const label = (name: string) => this.page.getByLabel(name, { exact: true });
    await label('Amount').waitFor();
    if (fields.amount !== undefined) await label('Amount').fill(fields.amount);
    if (fields.paidOn) await label('Paid on').fill(fields.paidOn);
    if (fields.periods) await label('Periods').fill(fields.periods);
    if (fields.confirmation) await label('Confirmation number').fill(fields.confirmation);
    if (fields.files) {
      await label('Attachment').setInputFiles(fields.files);
      await expect(
        this.page.getByRole('list', { name: 'Chosen receipts' }).getByRole('listitem'),
      ).toHaveCount(fields.files.length);
    }
    await this.page.getByRole('button', { name: 'Save' }).click();
    await this.page.getByRole('heading', { name: 'Top-ups' }).waitFor();
  }

  async deleteTopUp(index = 0): Promise<void> {
    await this.page
      .getByRole('button', { name: /^Delete the top-up of/ })
      .nth(index)
      .click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  }
}
