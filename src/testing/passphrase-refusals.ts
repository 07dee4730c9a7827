// The refusals every encrypted backup format shares, for a file encrypted with "correct horse
// battery staple": no passphrase, and a wrong one (one letter off, another case), with the
// database left as it was.
import fc from 'fast-check';
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

/**
 * Flips single bits of `bytes` (in its header of `headerBytes`, anywhere, and at both ends) and
 * expects each file refused with one of `allowed`, a bit past the header with `pastHeader` when
 * given, some as damaged and some as a wrong passphrase, and the database left as it was.
 */
export async function expectEveryFlippedBitRefused(options: {
  bytes: Uint8Array<ArrayBuffer>;
  headerBytes: number;
  allowed: readonly BackupError['kind'][];
  pastHeader?: BackupError['kind'];
  refusal: (file: Uint8Array<ArrayBuffer>, passphrase?: string) => Promise<BackupError>;
  passphrase: string;
}): Promise<void> {
  const { bytes, headerBytes, allowed, pastHeader, refusal, passphrase } = options;
  await seedEverything(5_000);
  const before = await dumpDatabase();
  const seen = new Set<string>();
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.nat({ max: headerBytes * 8 - 1 }),
        fc.nat({ max: bytes.length * 8 - 1 }),
        fc.constantFrom(0, headerBytes * 8, (bytes.length - 1) * 8 + 7),
      ),
      async (bit) => {
        const flipped = bytes.slice();
        flipped[bit >> 3] = (flipped[bit >> 3] ?? 0) ^ (1 << (bit & 7));
        const error = await refusal(flipped, passphrase);
        expect(allowed).toContain(error.kind);
        if (pastHeader && bit >= headerBytes * 8) expect(error.kind).toBe(pastHeader);
        seen.add(error.kind);
      },
    ),
    { numRuns: 150 },
  );
  expect([...seen]).toEqual(expect.arrayContaining(['corrupt', 'wrong-passphrase']));
  expect(await dumpDatabase()).toEqual(before);
}
