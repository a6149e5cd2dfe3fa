/**
 * X's three backgrounds (Settings > Display): it paints them on <body> as an inline style.
 * As in home-twitter-complete.html (dark: rgb(0, 0, 0)) and X's display settings.
 */
import type { Theme } from '@/utils/messaging/protocol';

const BACKGROUNDS: Record<string, Theme> = {
  'rgb(255, 255, 255)': 'light',
  'rgb(21, 32, 43)': 'dim',
  'rgb(0, 0, 0)': 'dark',
};

export function readTheme(doc: Document): Theme {
  const body = doc.body;
  if (!body) return 'light';
  const inline = body.style.backgroundColor;
  const color = inline || doc.defaultView?.getComputedStyle(body).backgroundColor || '';
  return BACKGROUNDS[color.replace(/\s+/g, ' ').trim()] ?? 'light';
}
