/**
 * Launching real Firefox (Debian's firefox-esr) with the built Careline add-on on our x.com
 * imitation, for the Firefox e2e checks (tests/e2e/firefox.spec.ts). Playwright drives only its own
 * patched Firefox, which cannot be downloaded here, so this uses Puppeteer over WebDriver BiDi,
 * which drives a stock Firefox and installs add-ons (temporarily, as about:debugging does).
 *
 * Firefox has no --host-resolver-rules: x.com reaches the imitation through a small CONNECT proxy
 * that tunnels every https request to the imitation's port (it serves x.com's certificate; the
 * session accepts it, as Chromium's --ignore-certificate-errors does).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = path.resolve(import.meta.dirname, '../.output/firefox-mv3');

/** FIREFOX_PATH, else Debian's firefox-esr, else firefox. */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(
    (p): p is string => !!p,
  );
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    `No Firefox found for Careline's Firefox checks. Tried: ${candidates.join(', ')} (\`apt-get install firefox-esr\`)`,
  );
}

/** A CONNECT-only proxy: whatever host the browser asks for, the tunnel goes to the imitation. */
async function startTunnel(targetPort: number): Promise<Server> {
  const server = createServer((client) => {
    client.once('data', (head) => {
      const firstLine = head.toString('latin1').split('\r\n')[0] ?? '';
      if (!firstLine.startsWith('CONNECT ')) {
        client.end('HTTP/1.1 405 Method Not Allowed\r\n\r\n');
        return;
      }
      const upstream = connect(targetPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

export interface LaunchedFirefox {
  browser: Browser;
  addonId: string;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Port of the imitation's HTTPS server on 127.0.0.1. */
  port: number;
  /**
   * Milliseconds of idleness after which Firefox unloads the add-on's background (event page);
   * Firefox's own default is 30 s. Short in tests, to check the panel survives it.
   */
  backgroundIdleMs?: number;
}

export async function launchCarelineFirefox(opts: FirefoxOptions): Promise<LaunchedFirefox> {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `Careline for Firefox is not built at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`,
    );
  }
  const tunnel = await startTunnel(opts.port);
  const tunnelPort = (tunnel.address() as AddressInfo).port;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: mkdtempSync(path.join(tmpdir(), 'careline-firefox-')),
    defaultViewport: { width: 1400, height: 900 },
    // CARELINE_FIREFOX_LOG=1: Firefox's own output, the add-on's console included, on stderr.
    dumpio: process.env.CARELINE_FIREFOX_LOG === '1',
    extraPrefsFirefox: {
      // Every https request goes through the tunnel (the BiDi connection itself is to localhost,
      // which Firefox never proxies).
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': tunnelPort,
      // The network here is closed: no update checks or telemetry.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.background.idle.timeout': opts.backgroundIdleMs ?? 30_000,
      // permissions.request() is granted without Firefox's prompt, as a team lead's "Allow" would
      // (saving the webhook asks for its origin; a headless browser cannot show the prompt).
      'extensions.webextOptionalPermissionPrompts': false,
      ...(process.env.CARELINE_FIREFOX_LOG === '1'
        ? { 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true }
        : {}),
    },
  });
  const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    addonId,
    async close() {
      // Firefox can hang on its way out (seen with 140 and an extension tab open): after 10 s the
      // process this launch started is killed, so a finished test does not time out in teardown.
      const closed = browser.close().then(() => true);
      const after = (ms: number) => new Promise<false>((resolve) => setTimeout(() => resolve(false), ms).unref());
      if (!(await Promise.race([closed, after(10_000)]))) {
        browser.process()?.kill('SIGKILL');
        await Promise.race([closed.catch(() => false), after(5_000)]);
      }
      await new Promise<void>((resolve) => tunnel.close(() => resolve()));
    },
  };
}
