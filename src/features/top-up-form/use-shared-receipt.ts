// A receipt shared into the app (`?share=` on the top-up form): its files, which the form
// prepares like picked ones, and its text for the confirmation reader.
import { useMemo } from 'react';
import { useSearch } from 'wouter';
import { useSharedItem } from '@/db/use-shared-item';

export type SharedReceipt = { id: string; files: File[]; text: string };

/** undefined while loading; null without a share (or once it is gone). */
export function useSharedReceipt(): SharedReceipt | null | undefined {
  const shareId = new URLSearchParams(useSearch()).get('share');
  const item = useSharedItem(shareId);
  return useMemo(() => {
    if (!shareId || item === null) return null;
    if (item === undefined) return undefined;
    return {
      id: item.id,
      files: item.files.map((file) => new File([file.blob], file.name, { type: file.type })),
      text: [item.title, item.text, item.url].filter(Boolean).join('\n'),
    };
  }, [shareId, item]);
}
