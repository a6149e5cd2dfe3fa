/**
 * Turning a customer CSV's bytes into text, with the encoding detected.
 *
 * The whole file is decoded in one TextDecoder call, never slice by slice: decoding fixed-size byte
 * slices on their own (what papaparse does when it streams a File, https://github.com/mholt/PapaParse/issues/1132) silently
 * mangles a Hangul character whose bytes straddle a slice boundary, in UTF-8 and in CP949 alike.
 */

import { customersProblems } from '@/utils/i18n/messages/problems-customers';
import { problemSayer } from '@/utils/i18n/problems';

const say = problemSayer(customersProblems);

/** Larger files are refused before a byte is read (a CRM export of ~400,000 customers fits). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'cp949';

/** How the options page names each encoding: a getter, so the page's language at render time applies. */
export const ENCODING_LABEL: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  get 'utf-8-bom'() {
    return say('customers.csv.utf8Bom');
  },
  cp949: 'CP949 / EUC-KR',
};

export interface Decoded {
  /** The file's text, without a BOM. */
  text: string;
  encoding: CsvEncoding;
}

/** A file Careline refuses as a whole: the message is shown to the agent as it is. */
export class CsvFileError extends Error {
  override name = 'CsvFileError';
}

/** The refusal for a file too large to import, or null. Checked on File.size, before reading. */
export function sizeProblem(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  // One decimal always ("50.0"), as a string: the translator would drop the zero.
  return say('customers.csv.tooLarge', { size: (bytes / 1024 / 1024).toFixed(1), max: MAX_IMPORT_BYTES / 1024 / 1024 });
}

/** CP949 bytes to text; bytes that are not CP949 become U+FFFD. */
export type Cp949Decoder = (bytes: Uint8Array) => string;

const browserCp949: Cp949Decoder = (bytes) => new TextDecoder('euc-kr').decode(bytes);

/**
 * UTF-8 when the bytes are valid UTF-8 (a fatal decoder proves it over the whole file), else CP949:
 * what Excel in Korea writes as "CSV". Browsers' 'euc-kr' decoder is the WHATWG one, which is CP949
 * (Unified Hangul Code), so 똠 and other characters outside strict EUC-KR decode too. Node's is ICU's
 * strict EUC-KR, which garbles those: the team server passes a CP949 decoder of its own.
 */
export function decodeBytes(bytes: Uint8Array, cp949: Cp949Decoder = browserCp949): Decoded {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // ignoreBOM: false (the default) drops a leading BOM from the text.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not UTF-8: CP949. Bytes that are not CP949 either become U+FFFD, which the preview shows.
    return { text: cp949(bytes), encoding: 'cp949' };
  }
}

/** Decodes a chosen file; refuses one over MAX_IMPORT_BYTES without reading it. */
export async function decodeFile(file: Blob): Promise<Decoded> {
  const refused = sizeProblem(file.size);
  if (refused) throw new CsvFileError(refused);
  return decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
}

/** A customer file's bytes as text (the team server gets bytes, not a File); throws CsvFileError. */
export function decodeCsvBytes(bytes: Uint8Array, cp949?: Cp949Decoder): Decoded {
  const refused = sizeProblem(bytes.length);
  if (refused) throw new CsvFileError(refused);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const decoded = utf16 ? undefined : decodeBytes(bytes, cp949);
  if (!decoded || (decoded.encoding === 'cp949' && decoded.text.includes('\uFFFD'))) {
    // Neither UTF-8 nor CP949 (UTF-16 from "Unicode text", a spreadsheet file renamed .csv...).
    throw new CsvFileError(say('customers.csv.notText'));
  }
  return decoded;
}
