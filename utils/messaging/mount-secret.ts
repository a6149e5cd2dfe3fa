/**
 * The per-mount secret: only the panel frame that Careline's content script mounted may
 * talk to it. The content script makes a new secret for each frame it mounts and puts it after the #
 * of the frame's address, which lives in a closed shadow root (the page cannot read it, and the # is
 * never sent anywhere). The panel takes it from its own address, clears it at once, and presents it
 * as the first message of every port it opens; a port without it is disconnected unanswered. A copy
 * of panel.html that x.com's page frames itself never had it.
 */

const SECRET = /^[0-9a-f]{64}$/;

/** 256 random bits, hex. */
export function newMountSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The secret in this page's address (null if there is none: a frame the page made, or panel.html
 * opened on its own), removed from the address before anything else can read it.
 */
export function takeMountSecret(location: Location, history: History): string | null {
  const candidate = location.hash.slice(1);
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  return SECRET.test(candidate) ? candidate : null;
}

/** The first message a panel port carries. */
export interface PanelHello {
  kind: 'hello';
  secret: string;
}

/** True when `message` is a hello presenting exactly `expected` (never when nothing is expected). */
export function presentsSecret(message: unknown, expected: string | null): boolean {
  if (expected === null || typeof message !== 'object' || message === null) return false;
  const { kind, secret } = message as { kind?: unknown; secret?: unknown };
  if (kind !== 'hello' || typeof secret !== 'string' || secret.length !== expected.length) return false;
  // Compared in full every time: how long a wrong guess takes says nothing about the right one.
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= secret.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}
