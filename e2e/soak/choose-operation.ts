// Which operation comes next: cheap ones (log, delete, undo, edit) are common, the whole-device
// ones (export, import, reload, offline) rare. Every choice comes from the seeded generator and the
// model alone, so a seed replays the same run.
import { PAYABLE_UNTIL } from './choices';
import { exportBackup, importBackup, reload, toggleOffline } from './device-operations';
import { latestTopUpOf, topUpsOf, type ModelLine } from './model';
import { addPlan, archivePlan, deletePlan, editPlan } from './plan-operations';
import type { Operation, OperationKind, Soak } from './soak-state';
import { deleteTopUpOperation, logTopUpOperation, undoOperation } from './top-up-operations';

const MAX_LINES = 8;

/** How often each operation comes, before what is possible at this step. */
export const WEIGHTS: Record<OperationKind, number> = {
  'add plan': 5,
  'edit plan': 6,
  'log top-up': 32,
  'delete latest top-up': 8,
  'delete older top-up': 5,
  undo: 40,
  'delete plan': 2,
  archive: 4,
  'export backup': 1.5,
  'import replace': 0.8,
  'import merge': 0.8,
  reload: 1.2,
  offline: 1.5,
};

/**
 * Picks the next operation. `missing` are kinds not run yet: in the second half of a run they come
 * far more often, so that a run of a few hundred steps tries every one of them.
 */
export function chooseOperation(
  soak: Soak,
  missing: ReadonlySet<OperationKind>,
  late: boolean,
): Operation {
  const { random, rows } = soak;
  const lines = rows.lines;
  const payable = lines.filter((line) => line.nextDue < PAYABLE_UNTIL);
  const withTopUps = lines.filter((line) => topUpsOf(rows, line.id).length > 0);
  const withOlder = lines.filter((line) => topUpsOf(rows, line.id).length > 1);
  const farAhead = lines.some((line) => line.nextDue >= PAYABLE_UNTIL);

  const possible: Record<OperationKind, boolean> = {
    'add plan': lines.length < MAX_LINES,
    'edit plan': lines.length > 0,
    'log top-up': payable.length > 0,
    'delete latest top-up': withTopUps.length > 0,
    'delete older top-up': withOlder.length > 0,
    // Undo is offered only for a few seconds after a deletion: it is tried right after one.
    undo: soak.undo !== null,
    'delete plan': lines.length > 1,
    archive: lines.length > 0,
    'export backup': true,
    'import replace': soak.backups.length > 0,
    'import merge': soak.backups.length > 0,
    reload: true,
    offline: true,
  };
  const weight = (kind: OperationKind) => {
    if (!possible[kind]) return 0;
    let base = WEIGHTS[kind];
    if (kind === 'add plan' && lines.length < 3) base *= 8;
    if (kind === 'edit plan' && farAhead) base *= 4;
    return late && missing.has(kind) ? base * 20 : base;
  };
  const kind = random.weighted(
    (Object.keys(WEIGHTS) as OperationKind[]).map((name) => [name, weight(name)] as const),
  );

  // A person often does several things on the plan in front of them.
  const pickLine = (candidates: readonly ModelLine[]) => {
    const shown = candidates.find((line) => line.id === soak.shown);
    return shown && random.chance(0.6) ? shown : random.pick(candidates);
  };

  switch (kind) {
    case 'add plan':
      return addPlan(soak);
    case 'edit plan':
      return editPlan(soak, pickLine(lines));
    case 'log top-up':
      return logTopUpOperation(soak, pickLine(payable));
    case 'delete latest top-up': {
      const line = pickLine(withTopUps);
      const latest = latestTopUpOf(rows, line.id);
      if (!latest) throw new Error(`"${line.name}" has no top-up`);
      return deleteTopUpOperation(line, latest, 'latest');
    }
    case 'delete older top-up': {
      const line = pickLine(withOlder);
      const latest = latestTopUpOf(rows, line.id);
      const older = topUpsOf(rows, line.id).filter((topUp) => topUp !== latest);
      return deleteTopUpOperation(line, random.pick(older), 'older');
    }
    case 'undo':
      return undoOperation();
    case 'delete plan':
      return deletePlan(pickLine(lines));
    case 'archive':
      return archivePlan(pickLine(lines));
    case 'export backup':
      return exportBackup();
    case 'import replace':
    case 'import merge': {
      // Most often the latest backup, sometimes an older one.
      const latest = random.chance(0.6) ? soak.backups.at(-1) : undefined;
      const backup = latest ?? random.pick(soak.backups);
      return importBackup(backup, kind === 'import replace' ? 'replace' : 'merge');
    }
    case 'reload':
      return reload();
    case 'offline':
      return toggleOffline(soak);
  }
}
