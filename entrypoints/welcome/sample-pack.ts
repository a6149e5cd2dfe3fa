/**
 * The sample replies as a team pack file: what a team lead publishes, in the contract format
 * (utils/templates/pack/export.ts), so a new team can start from a file that already imports.
 */
import type { TemplateRecord } from '@/utils/db/types';
import { exportPack, packToJson } from '@/utils/templates/pack/export';
import { SAMPLE_TEMPLATES } from '@/utils/templates/samples';

/** Fixed, so the same file comes out every time (pack.updatedAt is the pack's version). */
const SAMPLE_PACK_VERSION = '2026-11-29T00:00:00.000Z';
export const SAMPLE_PACK_FILE = 'careline-sample-pack.json';

/** `name`: the pack's name in the agent's language (its id stays, so a re-import is the same pack). */
export function samplePackJson(name: string): string {
  const records: TemplateRecord[] = SAMPLE_TEMPLATES.map((s) => ({
    ...s,
    locked: false,
    usageCount: 0,
    createdAt: SAMPLE_PACK_VERSION,
    updatedAt: SAMPLE_PACK_VERSION,
  }));
  return packToJson(exportPack(records, { id: 'careline-samples', name, updatedAt: SAMPLE_PACK_VERSION }));
}
