/** docs/benchmarks.md, written by the bench itself so the page always says what was last measured. */
import type { Figures, Row } from './figures';
import type { InsertResult } from './insert';
import type { ReadyResult } from './panel-ready';
import type { ScrollSample } from './scroll';

export interface MarkdownInput {
  date: string;
  machine: { os: string; cpuModel: string; cpuCount: number; node: string; chromium: string; loadAverage: number[] };
  list: Row[];
  figures: Figures;
  insert: InsertResult;
  ready: ReadyResult;
  scroll: ScrollSample[];
}

export function markdown(input: MarkdownInput): string {
  return `# Careline benchmarks\n\nTODO\n${JSON.stringify(input.list)}\n`;
}
