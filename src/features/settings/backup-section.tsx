// Export backup writes everything — plans, top-ups, receipts, settings — into one file; Import
// backup checks a file completely, says what it holds, and only then writes it, all at once.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupError, BackupSummary, ParsedBackup } from '@/db/backup-format';
import { backupFileName, exportBackup } from '@/db/backup-export';
import { applyBackup, readBackup } from '@/db/backup-import';
import { saveSetting } from '@/db/settings';
import { useBackupErrorText } from './backup-error-text';
import { saveFile } from '@/ui/save-file';

type Busy = { label: string; done: number; total: number } | null;

export function BackupSection({ lastBackupAt }: { lastBackupAt: number }) {
  const { t, i18n } = useTranslation();
  const errorText = useBackupErrorText();
  const inputId = useId();
  const [busy, setBusy] = useState<Busy>(null);
  const [pending, setPending] = useState<{ backup: ParsedBackup; summary: BackupSummary } | null>(
    null,
  );
  const [error, setError] = useState<BackupError | 'failed' | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function onExport() {
    setError(null);
    setDone(null);
    const label = t('backup.exporting');
    setBusy({ label, done: 0, total: 1 });
    try {
      const blob = await exportBackup((doneBytes, total) =>
        setBusy({ label, done: doneBytes, total }),
      );
      saveFile(blob, backupFileName(new Date()));
      await saveSetting('lastBackupAt', Date.now());
      setDone(t('backup.exported'));
    } catch (cause) {
      console.error(cause);
      setError('failed');
    } finally {
      setBusy(null);
    }
  }

  async function onPick(file: File | undefined) {
    if (!file) return;
    setError(null);
    setDone(null);
    setPending(null);
    const label = t('backup.reading');
    setBusy({ label, done: 0, total: file.size });
    const result = await readBackup(file, (doneBytes, total) =>
      setBusy({ label, done: doneBytes, total }),
    );
    setBusy(null);
    if (result.ok) setPending({ backup: result.backup, summary: result.summary });
    else setError(result.error);
  }

  async function onApply(mode: 'replace' | 'merge') {
    if (!pending) return;
    setBusy({ label: t('backup.importing'), done: 0, total: 1 });
    try {
      await applyBackup(pending.backup, mode);
      setDone(t('backup.imported'));
      setPending(null);
    } catch (cause) {
      console.error(cause);
      setError('failed');
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="card" id="backup">
      <h2>{t('backup.section')}</h2>
      <p className="muted">
        {lastBackupAt
          ? t('backup.last', {
              date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(
                lastBackupAt,
              ),
            })
          : t('backup.never')}
      </p>
      <div className="actions start">
        <button type="button" onClick={() => void onExport()} disabled={busy !== null}>
          {t('backup.export')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={inputId}>{t('backup.import')}</label>
        <input
          id={inputId}
          type="file"
          accept=".zip,application/zip"
          disabled={busy !== null}
          onChange={(event) => {
            void onPick(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      {busy && (
        <div className="progress-block">
          <label htmlFor={`${inputId}-progress`}>{busy.label}</label>
          <progress id={`${inputId}-progress`} max={busy.total || 1} value={busy.done} />
        </div>
      )}
      {error && (
        <p role="alert" className="form-alert">
          {error === 'failed' ? t('backup.failed') : errorText(error)}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      {pending && (
        <div className="preview" role="group" aria-label={t('backup.previewLabel')}>
          <p>
            {t('backup.holds', {
              lines: pending.summary.lines,
              topUps: pending.summary.topUps,
              attachments: pending.summary.attachments,
            })}
          </p>
          <p className="muted">
            {t('backup.from', {
              date: new Intl.DateTimeFormat(i18n.language, {
                dateStyle: 'medium',
                timeStyle: 'short',
              }).format(new Date(pending.summary.exportedAt)),
              version: pending.summary.appVersion,
            })}
          </p>
          <div className="actions start">
            <button type="button" onClick={() => void onApply('replace')}>
              {t('backup.replace')}
            </button>
            <button type="button" className="secondary" onClick={() => void onApply('merge')}>
              {t('backup.merge')}
            </button>
            <button type="button" className="secondary" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </button>
          </div>
          <p className="hint">{t('backup.modesHint')}</p>
        </div>
      )}
    </section>
  );
}
