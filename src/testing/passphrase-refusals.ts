// The refusals every encrypted backup format shares, for a file encrypted with "correct horse
// battery staple": no passphrase, and a wrong one (one letter off, another case), with the
// database left as it was.
import { expect, it } from 'vitest';
import type { BackupError } from '@/db/backup/backup-format';
import { dumpDatabase, seedEverything } from './backup-fixtures';

export function itRefusesMissingAndWrongPassphrases(
  encrypted: () => Promise<Uint8Array<ArrayBuffer>>,
  refusal: (file: Uint8Array<ArrayBuffer>, passphrase?: string) => Promise<BackupError>,
): void {
  it('without a passphrase, saying that it needs one', async () => {
    expect(await refusal(await encrypted())).toEqual({ kind: 'passphrase-needed' });
  });

  it('with a wrong passphrase, saying so', async () => {
    await seedEverything(5_000);
    const before = await dumpDatabase();
    const bytes = await encrypted();
    for (const wrong of ['correct horse battery stapl', 'Correct horse battery staple', ' ']) {
      expect(await refusal(bytes, wrong)).toEqual({ kind: 'wrong-passphrase' });
    }
    expect(await dumpDatabase()).toEqual(before);
  });
}
