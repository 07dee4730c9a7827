// The plans the pictures of the app show (README and manifest screenshots): three lines on three
// kinds of renewal, with two top-ups, one of them with a photo of its receipt.
import type { Page } from '@playwright/test';
import { LinePage } from './pages/line-page';
import { PlanForm } from './pages/plan-form';

export async function addDemoPlans(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date('2027-03-20T10:00:00'));
  const form = new PlanForm(page);
  const line = new LinePage(page);
  await form.add({
    name: 'My US number',
    carrier: 'Mint Mobile',
    phone: '+1 415 555 0134',
    price: '15',
    nextDue: '2027-03-22',
    graceDays: '10',
  });
  await line.logTopUp({
    paidOn: '2027-02-20',
    confirmation: 'MNT-48213',
    files: ['e2e/files/receipt.png'],
  });
  await form.add({
    name: 'Mum’s Tello',
    carrier: 'Tello',
    price: '10',
    renewal: 'Fixed days',
    every: '30',
    nextDue: '2027-03-15',
    graceDays: '30',
  });
  await form.add({
    name: 'Keep-alive SIM',
    carrier: 'Ultra Mobile',
    price: '3',
    renewal: 'Validity after top-up',
    every: '90',
    nextDue: '2027-05-02',
  });
  await line.logTopUp({ paidOn: '2027-02-01', confirmation: 'UM-7731' });
}
