/**
 * Careline's icons and toolbar button in the manifest. The PNGs are public/icon/<size>.png, drawn
 * from assets/icon/*.svg by scripts/icons.ts. Pure: no imports, so wxt.config.ts can load it.
 */

export const ICON_SIZES = [16, 32, 48, 128] as const;

/** The manifest path of one size (WXT copies public/ to the extension's root). */
export const iconPath = (size: (typeof ICON_SIZES)[number]) => `icon/${size}.png`;

/** Manifest `icons`: the extensions page, the store, notifications. */
export const MANIFEST_ICONS: Record<string, string> = Object.fromEntries(
  ICON_SIZES.map((size) => [String(size), iconPath(size)]),
);

/**
 * Manifest `action`: a button without a popup (the background's `action.onClicked` toggles the
 * panel on x.com, else opens the settings), titled in the browser's language from public/_locales.
 */
export const ACTION = {
  default_title: '__MSG_actionTitle__',
  default_icon: { '16': iconPath(16), '32': iconPath(32) },
} as const;

/** The message the title names; it must exist in each public/_locales/<lang>/messages.json. */
export const ACTION_TITLE_MESSAGE = 'actionTitle';
