import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isTrustedSender, windowOptions } from './window';

const origin = { indexUrl: 'file:///opt/HA%20Architect/out/renderer/index.html' };

describe('Electron window security', () => {
  it('isolates and sandboxes the renderer, with no Node and full web security', () => {
    const web = windowOptions('/app/out/main/preload.cjs').webPreferences!;
    expect(web).toMatchObject({
      preload: '/app/out/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('trusts only the app\'s own index page', () => {
    expect(isTrustedSender('file:///opt/HA%20Architect/out/renderer/index.html', origin)).toBe(true);
    expect(isTrustedSender('file:///opt/HA%20Architect/out/renderer/index.html#/x?y', origin)).toBe(true);
    expect(isTrustedSender('file:///opt/HA%20Architect/out/renderer/other.html', origin)).toBe(false);
    expect(isTrustedSender('file:///tmp/evil.html', origin)).toBe(false);
    expect(isTrustedSender('file://evil-host/opt/HA%20Architect/out/renderer/index.html', origin)).toBe(false);
    expect(isTrustedSender('https://evil.example/', origin)).toBe(false);
    expect(isTrustedSender('about:blank', origin)).toBe(false);
    expect(isTrustedSender('', origin)).toBe(false);
    expect(isTrustedSender(undefined, origin)).toBe(false);
    expect(isTrustedSender('not a url', origin)).toBe(false);
  });

  it('trusts a local dev server only when configured, by exact origin', () => {
    const dev = { ...origin, devServerUrl: 'http://127.0.0.1:5173/' };
    expect(isTrustedSender('http://127.0.0.1:5173/index.html', dev)).toBe(true);
    expect(isTrustedSender('http://127.0.0.1:5173/index.html', origin)).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5174/', dev)).toBe(false);
    expect(isTrustedSender('http://localhost:5173/', dev)).toBe(false);
    expect(isTrustedSender('http://evil.example:5173/', { ...origin, devServerUrl: 'http://evil.example:5173/' })).toBe(false);
  });

  it('allows navigation only to the app page itself', () => {
    expect(isAllowedNavigation('file:///opt/HA%20Architect/out/renderer/index.html', origin)).toBe(true);
    expect(isAllowedNavigation('https://aws.amazon.com/', origin)).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd', origin)).toBe(false);
  });
});
