import { describe, expect, it } from 'vitest';
import { chosenReceipts } from './chosen-receipts';
import type { PreparedFile } from './prepare-receipt-file';

/** A preparation that finishes only when the test says so, as a camera photo on a slow phone. */
function slowPreparation() {
  const waiting = new Map<string, (outcome: PreparedFile | Error) => void>();
  const prepare = (file: File) =>
    new Promise<PreparedFile>((resolve, reject) => {
      waiting.set(file.name, (outcome) =>
        outcome instanceof Error ? reject(outcome) : resolve(outcome),
      );
    });
  const finish = (name: string, outcome?: PreparedFile | Error) => {
    const done = waiting.get(name);
    if (!done) throw new Error(`${name} is not being prepared`);
    done(outcome ?? { ok: true, name, type: 'image/jpeg', blob: new Blob([name]) });
  };
  return { prepare, finish };
}

const photo = (name: string) => new File(['bytes'], name, { type: 'image/jpeg' });

describe('chosen receipts', () => {
  it('Save waits for a photo still being prepared, and stores it', async () => {
    const { prepare, finish } = slowPreparation();
    const receipts = chosenReceipts(prepare);
    receipts.add([photo('camera.jpg')]);
    expect(receipts.state().chosen).toEqual([{ id: 0, name: 'camera.jpg', status: 'preparing' }]);

    let saved: string[] | undefined;
    const save = receipts.ready().then(({ files }) => (saved = files.map((file) => file.name)));
    await Promise.resolve();
    expect(saved).toBeUndefined();

    finish('camera.jpg');
    await save;
    expect(saved).toEqual(['camera.jpg']);
  });

  it('a file chosen while Save waits joins the wait, and the chosen order is kept', async () => {
    const { prepare, finish } = slowPreparation();
    const receipts = chosenReceipts(prepare);
    receipts.add([photo('first.jpg')]);
    const save = receipts.ready();
    receipts.add([photo('second.jpg')]);
    finish('first.jpg');
    await Promise.resolve();
    await Promise.resolve();
    finish('second.jpg');
    expect((await save).files.map((file) => file.name)).toEqual(['first.jpg', 'second.jpg']);
  });

  it('two choices in a row are both kept (the second does not replace the first)', async () => {
    const { prepare, finish } = slowPreparation();
    const receipts = chosenReceipts(prepare);
    receipts.add([photo('a.jpg')]);
    receipts.add([photo('b.jpg'), photo('c.jpg')]);
    finish('c.jpg');
    finish('a.jpg');
    finish('b.jpg');
    const { files } = await receipts.ready();
    expect(files.map((file) => file.name)).toEqual(['a.jpg', 'b.jpg', 'c.jpg']);
  });

  it('a file refused or failing while Save waits is named, and Save learns of it', async () => {
    const { prepare, finish } = slowPreparation();
    const receipts = chosenReceipts(prepare);
    receipts.add([photo('good.jpg'), photo('fake.jpg'), photo('broken.jpg')]);
    const save = receipts.ready();
    finish('good.jpg');
    finish('fake.jpg', { ok: false, name: 'fake.jpg', problem: 'type' });
    finish('broken.jpg', new Error('decoder crashed'));
    const { files, refusedWhileWaiting } = await save;
    expect(refusedWhileWaiting).toBe(true);
    expect(files.map((file) => file.name)).toEqual(['good.jpg']);
    expect(receipts.state().refused).toEqual([
      { name: 'fake.jpg', problem: 'type' },
      { name: 'broken.jpg', problem: 'unreadable' },
    ]);
  });

  it('a refusal seen before Save does not stop it, and a new choice clears it', async () => {
    const { prepare, finish } = slowPreparation();
    const receipts = chosenReceipts(prepare);
    receipts.add([photo('big.jpg')]);
    finish('big.jpg', { ok: false, name: 'big.jpg', problem: 'size' });
    await receipts.ready();
    expect(receipts.state().refused).toHaveLength(1);
    expect((await receipts.ready()).refusedWhileWaiting).toBe(false);
    receipts.add([photo('next.jpg')]);
    expect(receipts.state().refused).toEqual([]);
  });

  it('a file removed while it is prepared stays removed', async () => {
    const { prepare, finish } = slowPreparation();
    const receipts = chosenReceipts(prepare);
    receipts.add([photo('wrong.jpg'), photo('right.jpg')]);
    receipts.remove(0);
    finish('wrong.jpg');
    finish('right.jpg');
    const { files } = await receipts.ready();
    expect(files.map((file) => file.name)).toEqual(['right.jpg']);
  });

  it('tells its subscribers of every change', () => {
    const { prepare } = slowPreparation();
    const receipts = chosenReceipts(prepare);
    let calls = 0;
    const stop = receipts.subscribe(() => calls++);
    receipts.add([photo('a.jpg')]);
    receipts.remove(0);
    stop();
    receipts.add([photo('b.jpg')]);
    expect(calls).toBe(2);
  });
});
