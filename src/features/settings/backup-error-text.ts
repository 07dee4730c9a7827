// Plain words for each way a backup file can be wrong.
import { useTranslation } from '@/i18n/i18n';
import type { BackupError } from '@/db/backup/backup-format';
import { formatMinorPlain } from '@/domain/money';

export function useBackupErrorText(): (error: BackupError) => string {
  const { t } = useTranslation();
  return (error) => {
    switch (error.kind) {
      case 'not-a-zip':
        return t('backupErrors.notZip');
      case 'truncated':
        return t('backupErrors.truncated');
      case 'corrupt':
        return t('backupErrors.corrupt');
      case 'missing-manifest':
      case 'wrong-format':
        return t('backupErrors.wrongFormat');
      case 'not-json':
        return t('backupErrors.notJson');
      case 'future-version':
        return t('backupErrors.futureVersion', { version: error.version });
      case 'invalid-data':
        return t('backupErrors.invalidData', { path: error.path });
      case 'duplicate-id':
        return t('backupErrors.duplicateId', { path: error.path });
      case 'dangling-reference':
        return t('backupErrors.dangling', { path: error.path });
      case 'too-large':
        return t('backupErrors.tooLarge');
      case 'minor-digits':
        // Steps rather than a count of digits: "0.01" reads alike in every language, with no plural.
        return t('backupErrors.minorDigits', {
          currency: error.currency,
          backupStep: formatMinorPlain(1, error.digits),
          appStep: formatMinorPlain(1, error.ours),
        });
      case 'passphrase-needed':
        return t('backupErrors.passphraseNeeded');
      case 'wrong-passphrase':
        return t('backupErrors.wrongPassphrase');
      case 'encryption-unsupported':
        return t('backupErrors.encryptionUnsupported');
    }
  };
}
