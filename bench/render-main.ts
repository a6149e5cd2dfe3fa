/** `npx tsx bench/render-main.ts`: the template render bench on its own (no extension build needed). */
import { benchRender, renderTableRows } from './render';

const figures = await benchRender();
for (const row of renderTableRows(figures)) console.log(`| ${row.join(' | ')} |`);
