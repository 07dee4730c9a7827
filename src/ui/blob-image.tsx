// Shows a stored file through a blob: URL (the only way user files are shown). The URL is made
// when the element mounts and revoked when it unmounts, so no file stays pinned in memory.
import { useEffect, useRef } from 'react';

/** A ref that gives the element a blob: URL of `blob` in its `src` or `href`. */
export function useBlobUrlRef<E extends HTMLImageElement | HTMLAnchorElement>(blob: Blob) {
  const ref = useRef<E>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const url = URL.createObjectURL(blob);
    if (element instanceof HTMLImageElement) element.src = url;
    else element.href = url;
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  return ref;
}

export function BlobImage({
  blob,
  alt,
  className,
}: {
  blob: Blob;
  alt: string;
  className?: string;
}) {
  const ref = useBlobUrlRef<HTMLImageElement>(blob);
  return <img ref={ref} alt={alt} className={className} />;
}
