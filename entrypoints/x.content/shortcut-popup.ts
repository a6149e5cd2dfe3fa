/**
 * The small suggestion list under the caret while the agent types `;` + letters in X's composer.
 * It shows template titles and shortcuts only, never a filled value. A CLOSED shadow root: x.com's
 * scripts cannot read the titles out of it. They can still restyle or cover the host from outside,
 * so `visible` asks whether the agent can really see the list before a key press acts on it.
 */
import type { ShortcutSuggestion } from '@/utils/templates/shortcuts';
import { OcclusionWatch } from './occlusion';
import { t } from './words';

const CSS = `
  :host { all: initial; }
  ul { position: fixed; z-index: 2147483002; margin: 0; padding: 4px; list-style: none; min-width: 220px; max-width: 360px;
    background: #fff; color: #0f1419; border: 1px solid #cfd9de; border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.2);
    font: 14px/1.3 system-ui, -apple-system, 'Segoe UI', 'Apple SD Gothic Neo', 'Noto Sans KR', sans-serif; }
  li { display: flex; justify-content: space-between; gap: 12px; word-break: keep-all; padding: 6px 10px; border-radius: 6px; cursor: pointer; }
  li[aria-selected='true'] { background: #ccfbf1; }
  .shortcut { color: #536471; font-family: ui-monospace, monospace; font-size: 12px; }
  .via { color: #536471; font-size: 12px; }
  .hint { padding: 4px 10px 2px; color: #536471; font-size: 11px; }
`;

export class ShortcutPopup {
  private readonly host = document.createElement('careline-shortcuts');
  private readonly list = document.createElement('ul');
  private items: ShortcutSuggestion[] = [];
  private active = 0;
  private readonly occlusion = new OcclusionWatch();

  constructor(private readonly onPick: (item: ShortcutSuggestion) => void) {
    const root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CSS;
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', t('content.shortcuts'));
    // Keep focus (and Draft's selection) in X's composer when an item is clicked.
    this.list.addEventListener('mousedown', (e) => e.preventDefault());
    root.append(style, this.list);
  }

  /**
   * Whether the agent can see the list, with the selected option, right now: shown, not hidden or
   * made transparent by any ancestor (the page's stylesheet reaches the host), on screen, and not
   * painted over by the page. Tab and Enter expand only then.
   */
  get visible(): boolean {
    if (!this.host.isConnected || this.items.length === 0) return false;
    if (!this.list.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true }))
      return false;
    const option = this.list.querySelector('[aria-selected="true"]');
    const box = option?.getBoundingClientRect();
    if (!box || box.width < 1 || box.height < 1) return false;
    if (box.left < 0 || box.top < 0 || box.right > window.innerWidth || box.bottom > window.innerHeight) return false;
    // The topmost element at the option's centre is ours (a closed root: the document sees its host),
    // and nothing, not even content that lets the pointer through, is painted over the list.
    if (document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) !== this.host) return false;
    return this.occlusion.clear();
  }

  get selected(): ShortcutSuggestion | undefined {
    return this.items[this.active];
  }

  show(items: ShortcutSuggestion[], anchor: DOMRect): void {
    this.items = items;
    this.active = 0;
    if (items.length === 0) return this.hide();
    this.list.setAttribute('aria-label', t('content.shortcuts')); // the language may have changed since
    this.render();
    this.list.style.left = `${Math.max(8, Math.min(anchor.left, window.innerWidth - 380))}px`;
    this.list.style.top = `${Math.max(8, Math.min(anchor.bottom + 6, window.innerHeight - 40 * items.length - 30))}px`;
    if (!this.host.isConnected) {
      document.documentElement.append(this.host);
      this.occlusion.watch(this.list);
    }
  }

  move(delta: number): void {
    if (this.items.length === 0) return;
    this.active = (this.active + delta + this.items.length) % this.items.length;
    this.render();
  }

  hide(): void {
    this.occlusion.stop();
    this.items = [];
    this.host.remove();
  }

  private render(): void {
    this.list.replaceChildren(
      ...this.items.map((item, i) => {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', String(i === this.active));
        const title = document.createElement('span');
        title.textContent = item.title; // text only: a template title is never parsed as HTML
        if (item.viaPanel) {
          // Tab will not insert this one here: it uses the customer's record or has fields to fill in.
          const via = document.createElement('span');
          via.className = 'via';
          via.textContent = t('content.shortcutViaPanel');
          title.append(via);
        }
        const shortcut = document.createElement('span');
        shortcut.className = 'shortcut';
        shortcut.textContent = `;${item.shortcut}`;
        li.append(title, shortcut);
        // A real click only: the list is in an open shadow root, the page could click() an item itself.
        li.addEventListener('click', (event) => {
          if (event.isTrusted) this.onPick(item);
        });
        return li;
      }),
    );
    const hint = document.createElement('li');
    hint.className = 'hint';
    hint.setAttribute('role', 'presentation');
    // Say what Tab will do with the selected item: insert here, or open it in the panel.
    hint.textContent = t(this.items[this.active]?.viaPanel ? 'content.shortcutsHintPanel' : 'content.shortcutsHint');
    this.list.append(hint);
  }
}
