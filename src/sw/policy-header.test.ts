import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { policyHeaderPlugin, withPolicyHeader } from './policy-header';

const page = () =>
  new Response('<!doctype html><title>Topup</title>', {
    status: 200,
    statusText: 'OK',
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'X-Kept': 'yes' },
  });

describe('withPolicyHeader', () => {
  it('sets the policy on a page and keeps its status, headers and body', async () => {
    const served = await withPolicyHeader(page());
    expect(served.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(served.headers.get('X-Kept')).toBe('yes');
    expect(served.status).toBe(200);
    expect(served.statusText).toBe('OK');
    expect(await served.text()).toBe('<!doctype html><title>Topup</title>');
  });

  it('replaces a weaker policy the host sent', async () => {
    const response = new Response('x', {
      headers: { 'Content-Type': 'text/html', 'Content-Security-Policy': 'default-src *' },
    });
    const served = await withPolicyHeader(response);
    expect(served.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('leaves scripts, styles and images as they are', async () => {
    for (const type of ['text/javascript', 'text/css', 'image/png']) {
      const response = new Response('x', { headers: { 'Content-Type': type } });
      expect(await withPolicyHeader(response)).toBe(response);
    }
  });
});

describe('policyHeaderPlugin', () => {
  it('sets the header on pages leaving the cache, and passes a miss through', async () => {
    const use = policyHeaderPlugin.cachedResponseWillBeUsed;
    if (!use) throw new Error('the plugin must handle cached responses');
    const base = {
      cacheName: 'precache',
      request: new Request('http://127.0.0.1/'),
      event: new Event('fetch') as ExtendableEvent,
      state: {},
    };
    const hit = await use({ ...base, cachedResponse: page() });
    expect(hit?.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await use({ ...base, cachedResponse: undefined })).toBeUndefined();
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows nothing from another origin, no inline or evaluated script, and enforces Trusted Types', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
        const [name = '', ...values] = directive.split(' ');
        return [name, values.join(' ')];
      }),
    );
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('require-trusted-types-for')).toBe("'script'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:/);
  });
});
