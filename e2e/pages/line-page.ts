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

  /** The Plans view, with the archived plans shown when asked for. */
  async showPlans(archived = false): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Plans' })
      .click();
    await this.page.getByRole('heading', { level: 1, name: 'Plans' }).waitFor();
    if (archived) {
      const toggle = this.page.getByRole('button', { name: /^Archived plans \(\d+\)$/ });
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    }
  }

  /** Opens a plan from its card on the Plans view. */
  async openCard(name: string, archived = false): Promise<void> {
    await this.planCard(name, archived).getByRole('link', { name, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  }

  /** Opens a plan from the Plans view, as a person would; archived plans sit behind a toggle. */
  async openFromPlans(name: string, archived = false): Promise<void> {
    await this.showPlans(archived);
    await this.openCard(name, archived);
  }

  /** A plan's card on the Plans view, in the list of active or of archived plans. */
  planCard(name: string, archived = false) {
    return this.page
      .getByRole('list', { name: archived ? 'Archived plans' : 'Your plans, most urgent first' })
      .getByRole('article', { name, exact: true });
  }

  /** The due date a card on the Plans view shows. */
  cardNextDue(name: string, archived = false) {
    return this.planCard(name, archived)
      .getByRole('term')
      .filter({ hasText: 'Next due' })
      .locator('xpath=following-sibling::dd[1]')
      .locator('time');
  }

  /** The Delete button of each top-up listed, newest payment first. */
  topUpDeleteButtons() {
    return this.page.getByRole('button', { name: /^Delete the top-up of/ });
  }

  /** The top-up listed at `index`, newest payment first. */
  topUpItem(index: number) {
    return this.topUpDeleteButtons().nth(index).locator('xpath=ancestor::li[1]');
  }

  /** What the top-up form says the due date will be after the payment typed. */
  newDuePreview() {
    return this.page.getByText('After this top-up the plan will be due on').locator('time');
  }

  /** Fills the open top-up form; files are waited for until each shows as chosen. */
  async fillTopUp(fields: TopUpFields): Promise<void> {
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
  }

  async logTopUp(fields: TopUpFields = {}): Promise<void> {
    await this.page.getByRole('button', { name: 'Log top-up' }).first().click();
    await this.fillTopUp(fields);
    await this.page.getByRole('button', { name: 'Save' }).click();
    await this.page.getByRole('heading', { name: 'Top-ups' }).waitFor();
  }

  async deleteTopUp(index = 0): Promise<void> {
    await this.topUpDeleteButtons().nth(index).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  }

  /** Deletes the plan shown, confirming in the dialog. */
  async deletePlan(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete', exact: true }).first().click();
    await this.page
      .getByRole('dialog', { name: `Delete ${name}?` })
      .getByRole('button', { name: 'Delete' })
      .click();
  }

  /** The Undo of the toast shown after a deletion. */
  async undo(): Promise<void> {
    await this.page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  }
}
