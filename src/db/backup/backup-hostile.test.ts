// Backup files made to hurt, generated: each one is either imported cleanly (and then what was
// written is exactly what was read) or refused with a BackupError, and a refused file leaves the
// database exactly as it was, to the last byte of the last receipt.
import fc from 'fast-check';
import { inflateSync, strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@/domain/limits';
import { exportBackup } from './backup-export';
import {
  BACKUP_LIMITS,
  type BackupError,
  type BackupLimits,
  type ParsedBackup,
} from './backup-format';
import { craftZip, zeroBomb, zipLayout } from '@/testing/hostile-backups';
import { applyBackup, readBackup } from './backup-import';
import { bytesOf, dumpDatabase, seedEverything } from '@/testing/backup-fixtures';
import { resetDatabase } from '@/testing/db-fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];
type Dump = Awaited<ReturnType<typeof dumpDatabase>>;

const KINDS: readonly BackupError['kind'][] = [
  'not-a-zip',
  'truncated',
  'corrupt',
  'missing-manifest',
  'not-json',
  'wrong-format',
  'future-version',
  'invalid-data',
  'duplicate-id',
  'dangling-reference',
  'too-large',
  'minor-digits',
];
/** Keys a row may lack. */
const OPTIONAL_KEYS = new Set([
  'lateMode',
  'ruleBefore',
  'snoozedUntil',
  'activity',
  'lastUsedOn',
  'balance',
  'balanceHistory',
  'creditExpiresOn',
  'toBalance',
  'balanceBefore',
  'balanceAfter',
  'portOut',
  'pinIssuedOn',
  'pinExpiresOn',
]);
const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);
const MiB = 1024 * 1024;
/**
 * Runs of each property: enough to meet every branch, few enough for the file to take some
 * seconds. The time limit is generous for a busy machine, not for the work.
 */
const SLOW = { timeout: 60_000 };
const RUNS = 80;

// The database every file is read against, and a real backup of it to break.
let before: Dump;
let base: ParsedBackup;
let baseZip: Uint8Array<ArrayBuffer>;
let manifest: Json;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  await resetDatabase();
  await seedEverything(5_000);
  before = await dumpDatabase();
  baseZip = new Uint8Array(await (await exportBackup()).arrayBuffer());
  const entries = unzipSync(baseZip);
  const { 'topup.json': text, ...receipts } = entries;
  manifest = JSON.parse(strFromU8(text ?? new Uint8Array())) as Json;
  files = receipts;
  const read = await readBackup(new Blob([baseZip]));
  if (!read.ok) throw new Error(`The base backup is refused: ${read.error.kind}`);
  base = read.backup;
});

function sorted<T>(rows: readonly T[], keyOf: (row: T) => string): T[] {
  return [...rows].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}

/** What dumpDatabase shows after `backup` replaced everything. */
async function dumpOf(backup: ParsedBackup): Promise<Dump> {
  const byId = (row: { id: string }) => row.id;
  const byKey = (row: { key: string }) => row.key;
  return {
    lines: sorted(backup.lines, byId),
    topUps: sorted(backup.topUps, byId),
    settings: sorted(backup.settings, byKey),
    reminderLog: sorted(backup.reminderLog, byKey),
    uses: sorted(backup.uses, byId),
    attachments: await Promise.all(
      sorted(backup.attachments, byId).map(async ({ blob, ...row }) => ({
        ...row,
        bytes: await bytesOf(blob),
      })),
    ),
    shareInbox: before.shareInbox,
  };
}

function expectShownSafely(error: BackupError) {
  for (const value of Object.values(error)) {
    if (typeof value !== 'string') continue;
    expect(Array.from(value).length).toBeLessThanOrEqual(120);
    expect(value).not.toMatch(/\p{C}/u);
  }
}

/**
 * Reads `file` as the app would. A refused file must leave the database as it was; an accepted
 * one is written, must then be in the database exactly as read, and is undone for the next run.
 */
async function judge(
  file: Blob | Uint8Array<ArrayBuffer>,
  limits: BackupLimits = BACKUP_LIMITS,
): Promise<BackupError | 'imported'> {
  const result = await readBackup(file instanceof Blob ? file : new Blob([file]), { limits });
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (!result.ok) {
    expect(KINDS).toContain(result.error.kind);
    expectShownSafely(result.error);
    expect(await dumpDatabase()).toEqual(before);
    return result.error;
  }
  await applyBackup(result.backup, 'replace');
  expect(await dumpDatabase()).toEqual(await dumpOf(result.backup));
  await applyBackup(base, 'replace');
  return 'imported';
}

function refused(outcome: BackupError | 'imported'): BackupError {
  if (outcome === 'imported') throw new Error('A hostile file was imported');
  return outcome;
}

/** A backup archive of `json` (or text) and the receipt files, as the app writes one. */
function zipOf(json: Json | string, receipts: Record<string, Uint8Array> = files) {
  const text = typeof json === 'string' ? json : JSON.stringify(json);
  const zippable: Zippable = { 'topup.json': [strToU8(text), { level: 1 }] };
  for (const [name, bytes] of Object.entries(receipts)) zippable[name] = [bytes, { level: 0 }];
  return zipSync(zippable);
}

// Editing JSON by path, on copies.

function nodes(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const here = [{ path, value }];
  if (Array.isArray(value)) {
    return here.concat(value.flatMap((item, index) => nodes(item, [...path, index])));
  }
  if (value !== null && typeof value === 'object') {
    return here.concat(Object.entries(value).flatMap(([key, item]) => nodes(item, [...path, key])));
  }
  return here;
}

function parentOf(root: Json, path: Path): Record<string | number, Json> {
  let node: Json = root;
  for (const step of path.slice(0, -1)) {
    node = (node as Record<string | number, Json>)[step] ?? null;
  }
  return node as Record<string | number, Json>;
}

function replaced(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(root);
  parentOf(copy, path)[path.at(-1) ?? ''] = value;
  return copy;
}

function removed(root: Json, path: Path): Json {
  const copy = structuredClone(root);
  const parent = parentOf(copy, path);
  const last = path.at(-1) ?? '';
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else Reflect.deleteProperty(parent, last);
  return copy;
}

/** The object at `path` with an own key `key`, even `__proto__`. */
function withKey(root: Json, path: Path, key: string, value: Json): Json {
  const copy = structuredClone(root);
  const target = path.length === 0 ? copy : parentOf(copy, path)[path.at(-1) ?? ''];
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

function typeOf(value: Json): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

const isObject = (value: Json) => typeOf(value) === 'object';

/** Inside a setting's value, where any plain JSON is allowed. */
function inSettingValue(path: Path): boolean {
  return path[0] === 'tables' && path[1] === 'settings' && path[3] === 'value';
}

function rowsOf(table: string): Record<string, Json>[] {
  return ((manifest as { tables: Record<string, Json[]> }).tables[table] ?? []) as Record<
    string,
    Json
  >[];
}

/** A fresh id, not any of the backup's. */
const freshId = fc.stringMatching(/^[a-z0-9-]{1,40}$/).map((id) => `fresh-${id}`);

describe(
  'hostile backups: each is imported cleanly or refused, and a refusal changes nothing',
  SLOW,
  () => {
    it('the base backup itself is imported cleanly', async () => {
      expect(await judge(baseZip)).toBe('imported');
    });

    it('cut off at any point: in a header, in the manifest, in a receipt, in the directory', async () => {
      const { entries, directory, end } = zipLayout(baseZip);
      const boundaries = [0, 1, 3, 4, 21, 22, directory, end, baseZip.length - 1];
      for (const entry of entries.values()) {
        boundaries.push(entry.local, entry.local + 29, entry.start, entry.start + 1);
        boundaries.push(entry.start + entry.compressedSize - 1);
      }
      const cuts = boundaries.flatMap((at) => [at - 1, at, at + 1]);
      const inRange = cuts.filter((at) => at >= 0 && at < baseZip.length);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.constantFrom(...inRange), fc.nat({ max: baseZip.length - 1 })),
          async (cut) => {
            const error = refused(await judge(baseZip.slice(0, cut)));
            expect(['truncated', 'not-a-zip', 'corrupt']).toContain(error.kind);
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('with its manifest text cut off, or not text at all', async () => {
      const text = JSON.stringify(manifest);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.nat({ max: text.length - 1 }).map((cut) => text.slice(0, cut)),
            fc.string({ unit: 'binary', maxLength: 200 }),
          ),
          async (broken) => {
            fc.pre(broken !== text);
            const outcome = await judge(zipOf(broken));
            // Some random text is JSON (a number, a string), but never a backup.
            expect(['not-json', 'wrong-format']).toContain(refused(outcome).kind);
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('with a value of the wrong JSON type anywhere', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...nodes(manifest)),
          fc.jsonValue({ maxDepth: 2 }),
          async (node, value) => {
            const json = value as Json;
            fc.pre(typeOf(json) !== typeOf(node.value));
            const outcome = await judge(zipOf(replaced(manifest, node.path, json)));
            if (!inSettingValue(node.path)) refused(outcome);
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('with a field missing anywhere, or a whole row', async () => {
      const keyed = nodes(manifest).filter((node) => node.path.length > 0);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...keyed), async ({ path }) => {
          const outcome = await judge(zipOf(removed(manifest, path)));
          const last = path.at(-1);
          const mayLack =
            typeof last === 'number' ||
            OPTIONAL_KEYS.has(String(last)) ||
            (inSettingValue(path) && path.length > 4);
          if (!mayLack) refused(outcome);
        }),
        { numRuns: RUNS },
      );
    });

    it('with an extra field anywhere, its name short or enormous', async () => {
      const objects = nodes(manifest).filter((node) => isObject(node.value));
      const known = new Set(objects.flatMap((node) => Object.keys(node.value as object)));
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...objects),
          fc.oneof(
            fc.string({ maxLength: 12 }),
            fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
            fc.integer({ min: 1_000, max: 200_000 }).map((length) => 'k'.repeat(length)),
          ),
          fc.jsonValue({ maxDepth: 1 }),
          async (node, key, value) => {
            fc.pre(!known.has(key) && !OPTIONAL_KEYS.has(key));
            const outcome = await judge(zipOf(withKey(manifest, node.path, key, value as Json)));
            expect(refused(outcome).kind).toBe('invalid-data');
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('with __proto__, constructor or prototype as a key anywhere, however deep', async () => {
      const objects = nodes(manifest).filter((node) => isObject(node.value));
      const settings = rowsOf('settings');
      const nested = (depth: number, key: string, value: Json): Json => {
        let json: Json = withKey({}, [], key, value);
        for (let level = 0; level < depth; level += 1) json = { inner: json };
        return json;
      };
      const payload = fc.oneof(
        fc.constant<Json>({ polluted: true }),
        fc.constant<Json>({ prototype: { polluted: true } }),
        fc.jsonValue({ maxDepth: 2 }).map((value) => value as Json),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc
              .record({
                path: fc.constantFrom(...objects.map((node) => node.path)),
                key: fc.constantFrom(...UNSAFE_KEYS),
                value: payload,
              })
              .map(({ path, key, value }) => withKey(manifest, path, key, value)),
            fc
              .record({
                row: fc.nat({ max: settings.length - 1 }),
                depth: fc.nat({ max: 7 }),
                key: fc.constantFrom(...UNSAFE_KEYS),
                value: payload,
              })
              .map(({ row, depth, key, value }) =>
                replaced(manifest, ['tables', 'settings', row, 'value'], nested(depth, key, value)),
              ),
          ),
          async (json) => {
            expect(refused(await judge(zipOf(json))).kind).toBe('invalid-data');
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('with an enormous string in any text field', async () => {
      const strings = nodes(manifest).filter((node) => typeof node.value === 'string');
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...strings),
          // Longer than any text field may be.
          fc.integer({ min: LIMITS.note + 1, max: 1_000_000 }),
          fc.constantFrom('a', '密', '😀', '\u202e', '0'),
          async (node, length, char) => {
            const huge = char.repeat(length);
            const outcome = await judge(zipOf(replaced(manifest, node.path, huge)));
            if (!inSettingValue(node.path)) refused(outcome);
          },
        ),
        { numRuns: 20 },
      );
    });

    it('of a future format version, or no version at all', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.integer({ min: 3, max: Number.MAX_SAFE_INTEGER }),
            fc.constantFrom(3, 4, 1e21),
            fc.double({ noNaN: true, noDefaultInfinity: true }),
            fc.integer({ max: 0 }),
            fc.string({ maxLength: 5 }),
            fc.constant(null),
          ),
          async (version) => {
            fc.pre(version !== 1 && version !== 2 && version !== 3);
            const error = refused(
              await judge(zipOf(replaced(manifest, ['formatVersion'], version))),
            );
            if (typeof version === 'number' && Number.isInteger(version) && version >= 4) {
              expect(error).toEqual({ kind: 'future-version', version });
            } else {
              expect(error).toEqual({ kind: 'invalid-data', path: 'formatVersion' });
            }
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('with one id twice in a table, or one entry name twice in the archive', async () => {
      const tables = ['lines', 'topUps', 'settings', 'reminderLog', 'attachments'] as const;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...tables),
          fc.nat(),
          fc.nat(),
          fc.integer({ min: 0, max: 1_000_000 }),
          async (table, pick, place, updatedAt) => {
            const rows = rowsOf(table);
            const row = rows[pick % rows.length] ?? {};
            const copy = table === 'reminderLog' ? { ...row } : { ...row, updatedAt };
            const json = replaced(
              manifest,
              ['tables', table],
              rows.toSpliced(place % (rows.length + 1), 0, copy),
            );
            const error = refused(await judge(zipOf(json)));
            expect(error).toMatchObject({ kind: 'duplicate-id', id: row.id ?? row.key });
          },
        ),
        { numRuns: RUNS },
      );
      const twice = craftZip(
        ['topup.json', 'topup.json'].map((name) => ({
          name,
          method: 0,
          data: strToU8('{}'),
          size: 2,
          crc: 0,
        })),
      );
      expect(refused(await judge(twice))).toMatchObject({ kind: 'duplicate-id' });
    });

    it('with top-ups of lines and receipts of top-ups that are not in it', async () => {
      const topUps = rowsOf('topUps');
      const lines = rowsOf('lines');
      const attachments = rowsOf('attachments');
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.record({
              kind: fc.constant('line of a top-up'),
              index: fc.nat({ max: topUps.length - 1 }),
              id: freshId,
            }),
            fc.record({
              kind: fc.constant('line deleted'),
              index: fc.nat({ max: lines.length - 1 }),
              id: freshId,
            }),
            fc.record({
              kind: fc.constant('top-up of a receipt'),
              index: fc.nat({ max: attachments.length - 1 }),
              id: freshId,
            }),
            fc.record({
              kind: fc.constant('receipt file missing'),
              index: fc.nat({ max: attachments.length - 1 }),
              id: freshId,
            }),
            fc.record({
              kind: fc.constant('receipt of another size'),
              index: fc.nat({ max: attachments.length - 1 }),
              id: freshId,
            }),
          ),
          fc.nat({ max: 30_000_000 }),
          async ({ kind, index, id }, size) => {
            const receipt = attachments[index] ?? {};
            const file = String(receipt.file);
            let json = manifest;
            let receipts = files;
            let expected: Partial<BackupError>;
            switch (kind) {
              case 'line of a top-up':
                json = replaced(manifest, ['tables', 'topUps', index, 'lineId'], id);
                expected = { path: `tables.topUps[${index}].lineId`, target: id };
                break;
              case 'line deleted':
                json = removed(manifest, ['tables', 'lines', index]);
                expected = { target: String(lines[index]?.id) };
                break;
              case 'top-up of a receipt':
                json = replaced(manifest, ['tables', 'attachments', index, 'topUpId'], id);
                expected = { path: `tables.attachments[${index}].topUpId`, target: id };
                break;
              case 'receipt file missing':
                receipts = Object.fromEntries(
                  Object.entries(files).filter(([name]) => name !== file),
                );
                expected = { path: `tables.attachments[${index}].file`, target: file };
                break;
              case 'receipt of another size':
                fc.pre(size !== receipt.size);
                json = replaced(manifest, ['tables', 'attachments', index, 'size'], size);
                expected = { path: `tables.attachments[${index}].size`, target: file };
                break;
            }
            const error = refused(await judge(zipOf(json, receipts)));
            expect(error).toMatchObject({ kind: 'dangling-reference', ...expected });
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('with a bit flipped in a stored receipt, caught by its checksum', async () => {
      const { entries } = zipLayout(baseZip);
      const stored = [...entries].filter(
        ([name, entry]) => name.startsWith('attachments/') && entry.compressedSize > 0,
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...stored),
          fc.nat(),
          fc.nat({ max: 7 }),
          async ([name, entry], offset, bit) => {
            const flipped = baseZip.slice();
            const at = entry.start + (offset % entry.compressedSize);
            flipped[at] = (flipped[at] ?? 0) ^ (1 << bit);
            expect(refused(await judge(flipped))).toEqual({ kind: 'corrupt', file: name });
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('with a bit flipped anywhere at all', async () => {
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: baseZip.length * 8 - 1 }), async (bit) => {
          const flipped = baseZip.slice();
          flipped[bit >> 3] = (flipped[bit >> 3] ?? 0) ^ (1 << (bit & 7));
          await judge(flipped);
        }),
        { numRuns: RUNS },
      );
    });

    it('with entries whose names climb out of the archive', async () => {
      const segment = fc.constantFrom('..', '.', '', 'attachments', 'topup.json', 'C:', 'etc', '~');
      const traversal = fc.oneof(
        fc.constantFrom(
          '../topup.json',
          '../../../../etc/passwd',
          '/topup.json',
          '/attachments/x',
          'attachments/../topup.json',
          'attachments/../../x',
          '..\\..\\Windows\\x',
          'C:\\x',
          './topup.json',
          'topup.json/',
          'topup.json\u0000.txt',
          'attachments/\u202egpj.exe',
        ),
        fc
          .array(segment, { minLength: 2, maxLength: 6 })
          .chain((parts) => fc.constantFrom(parts.join('/'), parts.join('\\'))),
      );
      const attachments = rowsOf('attachments');
      await fc.assert(
        fc.asyncProperty(
          traversal,
          fc.boolean(),
          fc.nat({ max: attachments.length - 1 }),
          async (name, rename, index) => {
            fc.pre(!(name in files) && name !== 'topup.json');
            // Segments can join into a plain receipt name ("attachments/etc"), which climbs
            // nowhere: a row may point to it, and the backup is then rightly imported.
            fc.pre(!/^attachments\/[A-Za-z0-9_-]+$/.test(name));
            if (!rename) {
              // An entry no row names is never read: the backup is what it was without it.
              const outcome = await judge(zipOf(manifest, { ...files, [name]: strToU8('evil') }));
              expect(outcome).toBe('imported');
              return;
            }
            const file = String(attachments[index]?.file);
            const receipts = Object.fromEntries(
              Object.entries(files).map(([entry, bytes]) => [entry === file ? name : entry, bytes]),
            );
            const renamed = refused(await judge(zipOf(manifest, receipts)));
            expect(renamed).toMatchObject({ kind: 'dangling-reference', target: file });
            const row = replaced(
              replaced(manifest, ['tables', 'attachments', index, 'file'], name),
              ['tables', 'attachments', index, 'id'],
              name.replace(/^attachments\//, ''),
            );
            const pointing = refused(await judge(zipOf(row, receipts)));
            expect(pointing.kind).toBe('invalid-data');
          },
        ),
        { numRuns: RUNS },
      );
    });

    it('with more entries than the limit, or an end record that miscounts them', async () => {
      const limits = { ...BACKUP_LIMITS, entries: 12 };
      const count = Object.keys(files).length + 1;
      await fc.assert(
        fc.asyncProperty(fc.nat({ max: 20 }), async (extra) => {
          const padding = Object.fromEntries(
            Array.from({ length: extra }, (_, index) => [`padding/${index}`, strToU8('x')]),
          );
          const outcome = await judge(zipOf(manifest, { ...files, ...padding }), limits);
          if (count + extra > limits.entries) {
            expect(outcome).toEqual({ kind: 'too-large', limit: 'entries' });
          } else {
            expect(outcome).toBe('imported');
          }
        }),
        { numRuns: 30 },
      );
      const { end } = zipLayout(baseZip);
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 0xffff }), async (declared) => {
          fc.pre(declared !== count);
          const forged = baseZip.slice();
          const data = new DataView(forged.buffer);
          data.setUint16(end + 8, declared, true);
          data.setUint16(end + 10, declared, true);
          const error = refused(await judge(forged));
          expect(error).toEqual(
            declared > BACKUP_LIMITS.entries || declared === 0xffff
              ? { kind: 'too-large', limit: 'entries' }
              : { kind: 'corrupt' },
          );
        }),
        { numRuns: 30 },
      );
    });

    it('of random bytes, with or without a ZIP signature in front', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom([], [0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06]),
          fc.uint8Array({ maxLength: 3_000 }),
          async (prefix, noise) => {
            refused(await judge(new Uint8Array([...prefix, ...noise])));
          },
        ),
        { numRuns: RUNS },
      );
    });
  },
);

describe('a ZIP bomb: a small topup.json that inflates far beyond the manifest limit', SLOW, () => {
  it('is a real deflate stream of zeros', () => {
    const { data, size } = zeroBomb(3);
    const inflated = inflateSync(data);
    expect(inflated.length).toBe(size);
    expect(inflated.every((byte) => byte === 0)).toBe(true);
  });

  // 32 blocks: 426 kB that inflate to 67.7 MB, past the 64 MiB limit.
  const bomb = zeroBomb(32);
  const bombZip = (declared: number) =>
    craftZip([{ name: 'topup.json', method: 8, data: bomb.data, size: declared, crc: 0 }]);

  it('is refused whatever size it declares, never holding more than the limit', async () => {
    expect(bomb.size).toBeGreaterThan(BACKUP_LIMITS.manifestBytes);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constant(bomb.size),
          fc.integer({ min: BACKUP_LIMITS.manifestBytes + 1, max: 0xfffffffe }),
          fc.integer({ min: 0, max: 4 * MiB }),
        ),
        async (declared) => {
          const error = refused(await judge(bombZip(declared)));
          expect(error).toEqual(
            declared > BACKUP_LIMITS.manifestBytes
              ? { kind: 'too-large', limit: 'manifest' }
              : { kind: 'corrupt', file: 'topup.json' },
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('of 4 GB is refused after reading a sliver of it, in bounded time and memory', async () => {
    // 2,030 blocks: 27 MB that inflate to 4.29 GB, the most a ZIP without ZIP64 can declare.
    const huge = zeroBomb(2_030);
    const archive = craftZip([
      { name: 'topup.json', method: 8, data: huge.data, size: huge.size, crc: 0 },
    ]);
    let read = 0;
    class CountingBlob extends Blob {
      override slice(start?: number, end?: number, type?: string): Blob {
        const part = super.slice(start, end, type);
        read += part.size;
        return part;
      }
    }
    const limitAt = craftZip([
      { name: 'topup.json', method: 8, data: huge.data, size: BACKUP_LIMITS.manifestBytes, crc: 0 },
    ]);
    for (const [file, error, maxRead] of [
      [archive, { kind: 'too-large', limit: 'manifest' }, 100_000],
      // Declared at the limit: inflating stops one step past it, a sixtieth of the file.
      [limitAt, { kind: 'corrupt', file: 'topup.json' }, 2 * MiB],
    ] as const) {
      read = 0;
      let peak = 0;
      const startMemory = process.memoryUsage();
      const sample = setInterval(() => {
        const now = process.memoryUsage();
        peak = Math.max(
          peak,
          now.heapUsed + now.arrayBuffers - startMemory.heapUsed - startMemory.arrayBuffers,
        );
      }, 5);
      const started = performance.now();
      const outcome = await judge(new CountingBlob([file]));
      clearInterval(sample);
      expect(outcome).toEqual(error);
      expect(read).toBeLessThan(maxRead);
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(peak).toBeLessThan(512 * MiB);
    }
    expect(archive.size).toBeGreaterThan(25 * MiB);
  });
});
