/**
 * X-Careline-Signature: `sha256=<hex HMAC-SHA256 of the raw body>` (contract, "Handoff delivery").
 * WebCrypto only: the same code runs in the background service worker, the options page and Node 20
 * (globalThis.crypto), with no Node-only or bundled crypto library.
 */

export const SIGNATURE_PREFIX = 'sha256=';

export async function signBody(secret: string, body: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(body));
  return SIGNATURE_PREFIX + toHex(new Uint8Array(mac));
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
