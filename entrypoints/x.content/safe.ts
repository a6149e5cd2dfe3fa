/**
 * Nothing Careline does may throw into x.com's console: every callback we hand to the page's event
 * loop goes through `safe`, which keeps the error to itself (visible with verbose logging).
 */
export function safe<A extends unknown[]>(label: string, fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((error: unknown) => report(label, error));
    } catch (error) {
      report(label, error);
    }
  };
}

function report(label: string, error: unknown): void {
  console.debug(`[Careline] ${label}:`, error);
}
