import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmLocaleData, warmLocaleDataAfterFirstPage } from './warm-locale-data';

const response = (type: string) => new Response('x', { headers: { 'Content-Type': type } });

function use(plugin: ReturnType<typeof warmLocaleDataAfterFirstPage>, cachedResponse?: Response) {
  const handle = plugin.cachedResponseWillBeUsed;
  if (!handle) throw new Error('the plugin must see cached responses');
  return handle({
    cacheName: 'precache',
    request: new Request('http://127.0.0.1/'),
    event: new Event('fetch') as ExtendableEvent,
    state: {},
    cachedResponse,
  });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('warmLocaleData', () => {
  it('accepts any language list, Chinese or unknown tags included', () => {
    for (const languages of [[], ['zh-TW', 'en'], ['zh-CN'], ['x-not-a-tag'], ['de-CH']]) {
      expect(() => warmLocaleData(languages)).not.toThrow();
    }
  });
});

describe('warmLocaleDataAfterFirstPage', () => {
  it('hands every response on untouched', async () => {
    const plugin = warmLocaleDataAfterFirstPage(() => ['en-US']);
    const page = response('text/html');
    const script = response('text/javascript');
    expect(await use(plugin, page)).toBe(page);
    expect(await use(plugin, script)).toBe(script);
    expect(await use(plugin, undefined)).toBeUndefined();
  });

  it('makes the formatters once, after the first page has been answered', async () => {
    vi.useFakeTimers();
    const languages = vi.fn(() => ['zh-CN']);
    const plugin = warmLocaleDataAfterFirstPage(languages);
    await use(plugin, response('text/javascript'));
    await use(plugin, response('text/html; charset=utf-8'));
    await use(plugin, response('text/html'));
    expect(languages).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(languages).toHaveBeenCalledTimes(1);
  });
});
