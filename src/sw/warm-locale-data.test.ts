import { afterEach, describe, expect, it, vi } from 'vitest';
import { warmLocaleData, warmLocaleDataAfterEntryScript } from './warm-locale-data';

const response = (type: string) => new Response('x', { headers: { 'Content-Type': type } });

/** A fetch event as the page sends it: Node's Request cannot be given a destination or mode. */
function fetchEvent(destination: RequestDestination, mode: RequestMode): ExtendableEvent {
  const request = new Request('http://127.0.0.1/asset');
  Object.defineProperties(request, { destination: { value: destination }, mode: { value: mode } });
  return Object.assign(new Event('fetch'), { request }) as unknown as ExtendableEvent;
}

const PAGE = fetchEvent('document', 'navigate');
const EARLY_SCRIPT = fetchEvent('script', 'no-cors');
const ENTRY_SCRIPT = fetchEvent('script', 'cors');
const STYLE = fetchEvent('style', 'cors');

function use(
  plugin: ReturnType<typeof warmLocaleDataAfterEntryScript>,
  cachedResponse: Response | undefined,
  event: ExtendableEvent,
) {
  const handle = plugin.cachedResponseWillBeUsed;
  if (!handle) throw new Error('the plugin must see cached responses');
  return handle({
    cacheName: 'precache',
    request: new Request('http://127.0.0.1/'),
    event,
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

describe('warmLocaleDataAfterEntryScript', () => {
  it('hands every response on untouched', async () => {
    const plugin = warmLocaleDataAfterEntryScript(() => ['en-US']);
    const page = response('text/html');
    const script = response('text/javascript');
    expect(await use(plugin, page, PAGE)).toBe(page);
    expect(await use(plugin, script, ENTRY_SCRIPT)).toBe(script);
    expect(await use(plugin, undefined, ENTRY_SCRIPT)).toBeUndefined();
  });

  it('makes the formatters once, after a page and then its module script were answered', async () => {
    vi.useFakeTimers();
    const languages = vi.fn(() => ['zh-CN']);
    const plugin = warmLocaleDataAfterEntryScript(languages);
    // A script before any page (an update's precaching, say) is not a start.
    await use(plugin, response('text/javascript'), ENTRY_SCRIPT);
    await use(plugin, response('text/html; charset=utf-8'), PAGE);
    // The early classic script and the stylesheet come before the page's bundle, or beside it.
    await use(plugin, response('text/javascript'), EARLY_SCRIPT);
    await use(plugin, response('text/css'), STYLE);
    vi.runAllTimers();
    expect(languages).not.toHaveBeenCalled();
    await use(plugin, response('text/javascript'), ENTRY_SCRIPT);
    expect(languages).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(languages).toHaveBeenCalledTimes(1);
    await use(plugin, response('text/html'), PAGE);
    await use(plugin, response('text/javascript'), ENTRY_SCRIPT);
    vi.runAllTimers();
    expect(languages).toHaveBeenCalledTimes(1);
  });
});
