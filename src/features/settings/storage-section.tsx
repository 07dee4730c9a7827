// How much this device holds for Topup, and whether the browser promises to keep it.
import { numberFormat } from '@/domain/intl-formats';
import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n/i18n';

interface StorageStatus {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

async function readStorageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage;
  const estimate = storage?.estimate ? await storage.estimate() : {};
  const persisted = storage?.persisted ? await storage.persisted() : null;
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}

export function StorageSection() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    let live = true;
    void readStorageStatus().then((value) => live && setStatus(value));
    return () => {
      live = false;
    };
  }, []);
  const bytes = (value: number | null) =>
    value === null
      ? t('storage.unknown')
      : numberFormat(i18n.language, {
          style: 'unit',
          unit: 'megabyte',
          maximumFractionDigits: 1,
        }).format(value / 1_000_000);

  return (
    <section className="card">
      <h2>{t('storage.section')}</h2>
      {status && (
        <dl className="line-facts">
          <div>
            <dt>{t('storage.used')}</dt>
            <dd>{bytes(status.usage)}</dd>
          </div>
          <div>
            <dt>{t('storage.available')}</dt>
            <dd>
              {bytes(
                status.quota === null || status.usage === null ? null : status.quota - status.usage,
              )}
            </dd>
          </div>
          <div>
            <dt>{t('storage.persistent')}</dt>
            <dd>
              {status.persisted === null
                ? t('storage.unknown')
                : status.persisted
                  ? t('storage.persistentYes')
                  : t('storage.persistentNo')}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
