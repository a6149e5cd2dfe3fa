/**
 * The panel's requests waiting for the content script's answer, by id. Each one ends: with the
 * answer, with the port's loss, or with a PanelTimeoutError once the answer is overdue. An answer
 * that comes after that is dropped (the content script refused to start it anyway: panel-api.ts).
 */
import { PANEL_ANSWER_WITHIN_MS } from './panel-api';

/** The x.com tab did not answer in time: nothing was done there. */
export class PanelTimeoutError extends Error {
  override name = 'PanelTimeoutError';
}

interface Waiting {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class PendingRequests {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly answerWithinMs = PANEL_ANSWER_WITHIN_MS) {}

  /** A fresh id and the promise of its answer. */
  open(): { id: number; answer: Promise<unknown> } {
    const id = this.nextId++;
    const answer = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(id);
        reject(new PanelTimeoutError(`The x.com tab did not answer within ${this.answerWithinMs} ms`));
      }, this.answerWithinMs);
      this.waiting.set(id, { resolve, reject, timer });
    });
    return { id, answer };
  }

  /** The content script's answer to `id`: false when nothing waits for it any more. */
  settle(id: number, response: unknown, error?: string): boolean {
    const waiting = this.waiting.get(id);
    if (!waiting) return false;
    this.waiting.delete(id);
    clearTimeout(waiting.timer);
    if (error) waiting.reject(new Error(error));
    else waiting.resolve(response);
    return true;
  }

  /** The port is gone: every request still waiting fails with `error`. */
  failAll(error: Error): void {
    for (const waiting of this.waiting.values()) {
      clearTimeout(waiting.timer);
      waiting.reject(error);
    }
    this.waiting.clear();
  }

  get size(): number {
    return this.waiting.size;
  }
}
