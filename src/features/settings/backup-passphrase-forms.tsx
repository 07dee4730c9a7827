// The passphrase of a backup: typed twice to export an encrypted file, once to open one.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/i18n/i18n';

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
  const id = useId();
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
      <div className="field">
        <label htmlFor={`${id}-passphrase`}>{t('backup.passphrase')}</label>
        <input
          id={`${id}-passphrase`}
          type="password"
          autoComplete="new-password"
          value={passphrase}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <p id={`${id}-hint`} className="hint">
          {t('backup.passphraseHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>{t('backup.passphraseConfirm')}</label>
        <input
          ref={confirmRef}
          id={`${id}-confirm`}
          type="password"
          autoComplete="new-password"
          value={confirm}
          aria-invalid={mismatch || undefined}
          aria-describedby={mismatch ? `${id}-mismatch` : undefined}
          onChange={(event) => {
            setConfirm(event.target.value);
            setMismatch(false);
          }}
        />
        {mismatch && (
          <p id={`${id}-mismatch`} role="alert" className="field-error">
            {t('backup.passphraseMismatch')}
          </p>
        )}
      </div>
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
  const id = useId();
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
      <div className="field">
        <label htmlFor={`${id}-passphrase`}>{t('backup.passphrase')}</label>
        <input
          ref={inputRef}
          id={`${id}-passphrase`}
          type="password"
          autoComplete="current-password"
          required
          value={passphrase}
          aria-invalid={showWrong || undefined}
          aria-describedby={showWrong ? `${id}-wrong` : undefined}
          onChange={(event) => {
            setPassphrase(event.target.value);
            setEdited(true);
          }}
        />
        {showWrong && (
          <p id={`${id}-wrong`} role="alert" className="field-error">
            {t('backupErrors.wrongPassphrase')}
          </p>
        )}
      </div>
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
