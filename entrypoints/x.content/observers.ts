/**
 * Named, scoped MutationObservers (refined-github style): each one says what it watches and why,
 * is re-attached to its scope after X's in-app navigation and torn down with the content script.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { safe } from './safe';

export interface ObserverSpec {
  /** Shown in debug logs: what this observer is for. */
  name: string;
  /** Resolved again after every navigation: X may replace the element. */
  scope: () => Node | null;
  options: MutationObserverInit;
  onChange: () => void;
}

export class ObserverRegistry {
  private readonly live = new Map<string, MutationObserver>();

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.disconnectAll());
  }

  /** (Re)attach an observer by name; an observer of the same name is disconnected first. */
  attach(spec: ObserverSpec): void {
    this.detach(spec.name);
    if (this.ctx.isInvalid) return;
    const target = spec.scope();
    if (!target) return;
    const observer = new MutationObserver(safe(`observer ${spec.name}`, spec.onChange));
    observer.observe(target, spec.options);
    this.live.set(spec.name, observer);
  }

  detach(name: string): void {
    this.live.get(name)?.disconnect();
    this.live.delete(name);
  }

  disconnectAll(): void {
    for (const observer of this.live.values()) observer.disconnect();
    this.live.clear();
  }
}
