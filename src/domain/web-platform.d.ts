// The few web-platform APIs the domain uses, which the page, the worker and Node all provide.
// The domain's own TypeScript project (tsconfig.domain.json) has no DOM or WebWorker types, so
// that a use of anything else in src/domain is a compile error; the other projects take these
// from their own libraries and leave this file out.

interface TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare const TextEncoder: { new (): TextEncoder };

interface TextDecoder {
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare const TextDecoder: { new (label?: string, options?: { fatal?: boolean }): TextDecoder };

interface Blob {
  readonly size: number;
  readonly type: string;
  slice(start?: number, end?: number, contentType?: string): Blob;
  arrayBuffer(): Promise<ArrayBuffer>;
}
