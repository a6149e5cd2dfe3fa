/**
 * Imported first by main.tsx, so it runs before any other module of the panel: the mount secret
 * leaves the frame's address (see utils/messaging/mount-secret.ts) before anything could read it.
 */
import { takeMountSecret } from '@/utils/messaging/mount-secret';

export const mountSecret = takeMountSecret(location, history);
