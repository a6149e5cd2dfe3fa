/**
 * Formula injection in CSV files (OWASP "CSV injection"): what Careline writes so that no spreadsheet
 * runs a cell as a formula, and how Careline's own import reads that back.
 *
 * A cell is not only read where its quotes say. Excel set to a locale whose list separator is `;`
 * (German, French, …) splits a comma-separated file at every `;` and takes the quotes for part of the
 * text; other readers split at tabs or line breaks. So every piece of a cell that such a reader may
 * see as a cell of its own, its start and whatever follows a run of `;`, tab, CR or LF, is defused
 * when it starts with a formula character: an apostrophe goes in front (the spreadsheet shows text).
 *
 * The apostrophe is added to a piece that already starts with apostrophes before a formula character
 * too (`'=x` → `''=x`), so `restoreDefused` can take exactly one away again: export then import gives
 * back every value as it was.
 */

/**
 * First characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula (ASVS
 * 1.2.10 adds NUL). LF because some readers trim it away and then see `=`. The full-width forms
 * because Excel with a CJK input locale reads `＝1+1` as a formula too.
 */
const FORMULA = '=+\\-@\\t\\r\\n\\0\\uFF1D\\uFF0B\\uFF0D\\uFF20';
/** The same without the separators: after a run of separators, the next piece starts at a non-separator. */
const FORMULA_AFTER_SEPARATOR = '=+\\-@\\0\\uFF1D\\uFF0B\\uFF0D\\uFF20';
const SEPARATORS = ';\\t\\r\\n';

const RISKY_START = new RegExp(`^'*[${FORMULA}]`, 'u');
const RISKY_PIECE = new RegExp(`([${SEPARATORS}]+)('*[${FORMULA_AFTER_SEPARATOR}])`, 'gu');
const DEFUSED_START = new RegExp(`^'('*[${FORMULA}])`, 'u');
const DEFUSED_PIECE = new RegExp(`([${SEPARATORS}]+)'('*[${FORMULA_AFTER_SEPARATOR}])`, 'gu');

/** `=1+1` → `'=1+1`, `vip;=1+1` → `vip;'=1+1`, `note\n@cmd` → `note\n'@cmd` (phone `+82…` too: it is text). */
export function defuseFormula(value: string): string {
  const start = RISKY_START.test(value) ? `'${value}` : value;
  return start.replace(RISKY_PIECE, "$1'$2");
}

/** The inverse of `defuseFormula`, for Careline's import: `vip;'=1+1` → `vip;=1+1`. */
export function restoreDefused(value: string): string {
  return value.replace(DEFUSED_PIECE, '$1$2').replace(DEFUSED_START, '$1');
}
