// Export backup writes everything — plans, top-ups, receipts, settings — into one ZIP file,
// encrypted as an age file when given a passphrase; Import backup checks a file completely
// (asking for the passphrase of an encrypted one), says what it holds, and only then writes it,
// all at once.
import { dateTimeFormat } from '@/domain/intl-formats';
import { useId, useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import type { BackupError, BackupSummary, ParsedBackup } from '@/db/backup/backup-format';
import { backupFileName, exportBackup } from '@/db/backup/backup-export';
import { applyBackup, readBackup } from '@/db/backup/backup-import';
import { saveSetting } from '@/db/settings';
import { useBackupErrorText } from './backup-error-text';
import { BackupExportForm, BackupUnlockForm } from './backup-passphrase-forms';
import { decryptOffThread, encryptOffThread } from '@/pwa/age-off-thread';
import { parseJsonOffThread } from '@/pwa/parse-json-off-thread';
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
  /** An encrypted backup waiting for its passphrase. */
  const [locked, setLocked] = useState<File | null>(null);
  const [wrongPassphrase, setWrongPassphrase] = useState(false);

  async function onExport(passphrase: string): Promise<boolean> {
    setError(null);
    setDone(null);
    const label = t('backup.exporting');
    setBusy({ label, done: 0, total: 1 });
    try {
      const zip = await exportBackup((doneBytes, total) =>
        setBusy({ label, done: doneBytes, total }),
      );
      const encrypted = passphrase !== '';
      let blob = zip;
      if (encrypted) {
        const encrypting = t('backup.encrypting');
        setBusy({ label: encrypting, done: 0, total: zip.size });
        blob = await encryptOffThread(zip, passphrase, (doneBytes, total) =>
          setBusy({ label: encrypting, done: doneBytes, total }),
        );
      }
      saveFile(blob, backupFileName(new Date(), encrypted));
      await saveSetting('lastBackupAt', Date.now());
      setDone(t(encrypted ? 'backup.exportedEncrypted' : 'backup.exported'));
      return true;
    } catch (cause) {
      console.error(cause);
      setError('failed');
      return false;
    } finally {
      setBusy(null);
    }
  }

  /** Reads `file`; an encrypted one is read again once its passphrase is given. */
  async function read(file: File, passphrase?: string) {
    const label = t(passphrase === undefined ? 'backup.reading' : 'backup.unlocking');
    setBusy({ label, done: 0, total: file.size });
    try {
      const result = await readBackup(file, {
        passphrase,
        parseJson: parseJsonOffThread,
        decryptAge: decryptOffThread,
        onProgress: (doneBytes, total) => setBusy({ label, done: doneBytes, total }),
      });
      if (result.ok) {
        setLocked(null);
        setPending({ backup: result.backup, summary: result.summary });
      } else if (result.error.kind === 'passphrase-needed') {
        setLocked(file);
      } else if (result.error.kind === 'wrong-passphrase') {
        setWrongPassphrase(true);
      } else {
        setLocked(null);
        setError(result.error);
      }
    } catch (cause) {
      console.error(cause);
      setLocked(null);
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
    setLocked(null);
    setWrongPassphrase(false);
    await read(file);
  }

  async function onUnlock(passphrase: string) {
    if (!locked) return;
    setWrongPassphrase(false);
    await read(locked, passphrase);
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
              date: dateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(lastBackupAt),
            })
          : t('backup.never')}
      </p>
      <BackupExportForm disabled={busy !== null} onExport={onExport} />
      <div className="field">
        <label htmlFor={inputId}>{t('backup.import')}</label>
        <input
          id={inputId}
          type="file"
          accept=".zip,application/zip,.age,.topupenc,application/octet-stream"
          disabled={busy !== null}
          onChange={(event) => {
            void onPick(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </div>
      {locked && (
        <BackupUnlockForm
          fileName={locked.name}
          disabled={busy !== null}
          wrong={wrongPassphrase}
          onUnlock={(passphrase) => void onUnlock(passphrase)}
          onCancel={() => {
            setLocked(null);
            setWrongPassphrase(false);
          }}
        />
      )}
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
              date: dateTimeFormat(i18n.language, {
                dateStyle: 'medium',
                timeStyle: 'short',
              }).format(new Date(pending.summary.exportedAt)),
              version: pending.summary.appVersion,
            })}
          </p>
          <div className="actions start">
            <button type="button" onClick={() => void onApply('replace')} disabled={busy !== null}>
              {t('backup.replace')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => void onApply('merge')}
              disabled={busy !== null}
            >
              {t('backup.merge')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => setPending(null)}
              disabled={busy !== null}
            >
              {t('common.cancel')}
            </button>
          </div>
          <p className="hint">{t('backup.modesHint')}</p>
        </div>
      )}
    </section>
  );
}
