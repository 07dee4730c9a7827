// A long seeded random run of everyday operations through the real interface, checking after every
// step that the database holds exactly what a model of the same operations says. Replay a failure
// with SOAK_SEED=<seed> (and SOAK_STEPS=<steps>); `npm run soak` runs a longer one.
import { expect, test, waitForActiveServiceWorker } from './fixtures';
import { chooseOperation } from './soak/choose-operation';
import { expectModel } from './soak/expect-model';
import { seededRandom, soakSeed, soakSteps } from './soak/random';
import { createSoak, OPERATION_KINDS, type OperationKind } from './soak/soak-state';

const seed = soakSeed();
const steps = soakSteps();
/** Today is Jan 20, 2027 for the whole run; the clock moves a second per step within the day. */
const START = new Date('2027-01-20T10:00:00').getTime();

// A phone as tall as a page of plans: the Undo toast, held for seconds above the bottom navigation,
// would otherwise cover the last card and make every step behind it wait for it to go.
test.use({ viewport: { width: 412, height: 3000 } });

function failureReport(step: number, operations: readonly string[], error: unknown): string {
  return [
    `The soak failed at step ${step} of ${steps}, seed ${seed}.`,
    `Replay it with: npx vite build && SOAK_SEED=${seed} SOAK_STEPS=${steps} npx playwright test e2e/soak.spec.ts`,
    'Operations so far:',
    ...operations,
    `Failure: ${error instanceof Error ? error.message : String(error)}`,
  ].join('\n');
}

test('a seeded random run of user operations keeps every due date, top-up, receipt and total as the model says', async ({
  page,
  context,
}, testInfo) => {
  // A step takes about 0.6 s alone and 1.5 s beside the other tests on two cores; this leaves room.
  test.setTimeout(120_000 + steps * 3_000);
  testInfo.annotations.push({ type: 'soak', description: `SOAK_SEED=${seed} SOAK_STEPS=${steps}` });
  process.stdout.write(`soak: SOAK_SEED=${seed} SOAK_STEPS=${steps}\n`);

  await page.clock.setFixedTime(START);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plans');
  await waitForActiveServiceWorker(page);

  const soak = createSoak(page, context, seededRandom(seed));
  const operations: string[] = [];
  const missing = new Set<OperationKind>(OPERATION_KINDS);
  const timing = new Map<OperationKind, { count: number; ms: number }>();
  const began = Date.now();

  for (let step = 1; step <= steps; step += 1) {
    soak.step = step;
    soak.now = START + step * 1_000;
    const operation = chooseOperation(soak, missing, step > steps / 2);
    operations.push(`${step}. ${operation.text}`);
    const started = Date.now();
    try {
      // Undo is offered right after a deletion only; any other step lets that moment pass.
      if (operation.kind !== 'undo') soak.undo = null;
      await page.clock.setFixedTime(soak.now);
      await operation.run(soak);
      await expectModel(soak);
    } catch (error) {
      const report = failureReport(step, operations, error);
      console.error(report);
      await testInfo.attach('soak operations', { body: report, contentType: 'text/plain' });
      throw new Error(
        `Soak seed ${seed}, step ${step}: ${operation.text}\n` +
          `(SOAK_SEED=${seed} SOAK_STEPS=${steps} replays it; the operations so far are printed above)\n` +
          (error instanceof Error ? error.message : String(error)),
        { cause: error },
      );
    }
    missing.delete(operation.kind);
    const spent = timing.get(operation.kind) ?? { count: 0, ms: 0 };
    timing.set(operation.kind, { count: spent.count + 1, ms: spent.ms + Date.now() - started });
  }

  const summary = [...timing]
    .map(([kind, { count, ms }]) => `${kind} ${count}× ~${Math.round(ms / count)} ms`)
    .join(', ');
  process.stdout.write(
    `soak: ${steps} steps in ${Math.round((Date.now() - began) / 1000)} s: ${summary}\n`,
  );
  await testInfo.attach('soak summary', { body: summary, contentType: 'text/plain' });
  // A run long enough to be the soak must have tried every kind of operation at least once.
  if (steps >= 300) expect([...missing], 'operations never tried').toEqual([]);
});
