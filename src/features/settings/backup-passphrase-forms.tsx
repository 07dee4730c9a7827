// The passphrase of a backup: typed twice to export an encrypted file, once to open one.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/i18n';
import { Field } from '@/ui/field';

/** Export backup, with an optional passphrase; the fields are emptied once the file is saved. */
export function BackupExportForm({
  disabled,
  onExport,
}: {
  disabled: boolean;
  /** Resolves true once the file is saved. */
  onExport: (passphrase: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const confirmRef = useRef<HTMLInputElement>(null);

  async function onSubmit() {
    if (passphrase !== confirm) {
      setMismatch(true);
      confirmRef.current?.focus();
      return;
    }
    setMismatch(false);
    if (await onExport(passphrase)) {
      setPassphrase('');
      setConfirm('');
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <Field label={t('backup.passphrase')} hint={t('backup.passphraseHint')}>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('backup.passphraseConfirm')}
        error={mismatch ? t('backup.passphraseMismatch') : undefined}
        announce
      >
        {(control) => (
          <input
            {...control}
            ref={confirmRef}
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(event) => {
              setConfirm(event.target.value);
              setMismatch(false);
            }}
          />
        )}
      </Field>
      <div className="actions start">
        <button type="submit" disabled={disabled}>
          {t('backup.export')}
        </button>
      </div>
    </form>
  );
}

/** Asks for the passphrase of an encrypted backup; `wrong` says the last one did not open it. */
export function BackupUnlockForm({
  fileName,
  disabled,
  wrong,
  onUnlock,
  onCancel,
}: {
  fileName: string;
  disabled: boolean;
  wrong: boolean;
  onUnlock: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [edited, setEdited] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const showWrong = wrong && !edited;

  useEffect(() => {
    inputRef.current?.focus();
  }, [wrong]);

  return (
    <form
      className="preview"
      aria-label={t('backup.lockedLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        setEdited(false);
        onUnlock(passphrase);
      }}
    >
      <p>{t('backup.lockedIntro', { name: fileName })}</p>
      <Field
        label={t('backup.passphrase')}
        error={showWrong ? t('backupErrors.wrongPassphrase') : undefined}
        announce
      >
        {(control) => (
          <input
            {...control}
            ref={inputRef}
            type="password"
            autoComplete="current-password"
            required
            value={passphrase}
            onChange={(event) => {
              setPassphrase(event.target.value);
              setEdited(true);
            }}
          />
        )}
      </Field>
      <div className="actions start">
        <button type="submit" disabled={disabled}>
          {t('backup.unlock')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
