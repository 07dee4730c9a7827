// The first screen of a phone: at 360 px wide, Plans shows at least four whole cards, each with
// what to do and by when, without sideways scrolling.
import { expect, test } from './fixtures';
import { PlanForm } from './pages/plan-form';

test.use({ viewport: { width: 360, height: 740 } });

test('at 360 px, four plans fit whole on the first screen of Plans', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-03-20T10:00:00'));
  const form = new PlanForm(page);
  const plans = [
    {
      name: 'My US number',
      carrier: 'Mint Mobile',
      phone: '+1 415 555 0134',
      nextDue: '2027-03-22',
    },
    { name: 'Mum’s Tello', carrier: 'Tello', phone: '+1 628 555 0199', nextDue: '2027-03-25' },
    { name: 'UK giffgaff', carrier: 'giffgaff', phone: '+44 7700 900123', nextDue: '2027-04-02' },
    { name: 'Work line', carrier: 'US Mobile', phone: '+1 212 555 0188', nextDue: '2027-04-10' },
    { name: 'Spare', carrier: 'Ultra Mobile', phone: '+1 305 555 0111', nextDue: '2027-05-02' },
  ];
  for (const plan of plans) await form.add({ ...plan, price: '15' });
  await page.goto('/');
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(5);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Whole, and above the navigation bar fixed at the bottom of the screen.
  const fourth = await cards.nth(3).boundingBox();
  const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
  expect((fourth?.y ?? Infinity) + (fourth?.height ?? 0)).toBeLessThanOrEqual(nav?.y ?? 0);
  for (let index = 0; index < 4; index++) {
    await expect(cards.nth(index).getByRole('button', { name: 'Log top-up' })).toBeInViewport({
      ratio: 1,
    });
  }
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});
