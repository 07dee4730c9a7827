// A receipt shared into the app (`?share=` on the top-up form): its files, prepared like picked
// ones (large photos shrunk), and its text for the confirmation reader.
import { useEffect, useState } from 'react';
import { useSearch } from 'wouter';
import type { ShareInboxRow } from '@/db/rows';
import { useSharedItem } from '@/db/share-inbox';
import { prepareReceiptFile } from '@/ui/prepare-receipt-file';
import type { ReceiptFile } from '@/ui/receipt-thumbnails';

export type SharedReceipt = { id: string; files: ReceiptFile[]; text: string };

async function prepare(item: ShareInboxRow): Promise<SharedReceipt> {
  const prepared = await Promise.all(
    item.files.map((file) =>
      prepareReceiptFile(new File([file.blob], file.name, { type: file.type })),
    ),
  );
  return {
    id: item.id,
    files: prepared.flatMap((file) =>
      file.ok ? [{ name: file.name, type: file.type, blob: file.blob }] : [],
    ),
    text: [item.title, item.text, item.url].filter(Boolean).join('\n'),
  };
}

/** undefined while loading; null without a share (or once it is gone). */
export function useSharedReceipt(): SharedReceipt | null | undefined {
  const shareId = new URLSearchParams(useSearch()).get('share');
  const item = useSharedItem(shareId);
  const [prepared, setPrepared] = useState<SharedReceipt | null>(null);
  useEffect(() => {
    let current = true;
    if (item) void prepare(item).then((result) => current && setPrepared(result));
    return () => {
      current = false;
    };
  }, [item]);
  if (!shareId || item === null) return null;
  if (item === undefined || prepared?.id !== item.id) return undefined;
  return prepared;
}
