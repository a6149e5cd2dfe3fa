/** The translator of Careline's extension pages (panel, options, welcome): every area's table. */
import type { Locale } from './locale';
import { content } from './messages/content';
import { lengthMessages } from './messages/length';
import { optionsData } from './messages/options-data';
import { optionsHandoff } from './messages/options-handoff';
import { optionsLibrary } from './messages/options-library';
import { optionsPacks } from './messages/options-packs';
import { optionsPage } from './messages/options-page';
import { panel } from './messages/panel';
import { publicReplies } from './messages/public-replies';
import { welcome } from './messages/welcome';
import { makeTranslator, pluralForm, type Params, type TranslateWith } from './translate';

const en = {
  ...panel.en,
  ...optionsLibrary.en,
  ...optionsData.en,
  ...optionsHandoff.en,
  ...optionsPacks.en,
  ...optionsPage.en,
  ...content.en,
  ...welcome.en,
  ...publicReplies.en,
  ...lengthMessages.en,
};
export type MessageKey = keyof typeof en;
const ko: Record<MessageKey, string> = {
  ...panel.ko,
  ...optionsLibrary.ko,
  ...optionsData.ko,
  ...optionsHandoff.ko,
  ...optionsPacks.ko,
  ...optionsPage.ko,
  ...content.ko,
  ...welcome.ko,
  ...publicReplies.ko,
  ...lengthMessages.ko,
};

export type Translate = TranslateWith<MessageKey>;

/** Keys that come as `<base>.one` and `<base>.other`: a counted phrase. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer B}.one` ? (`${B}.other` extends MessageKey ? B : never) : never;
}[MessageKey];

/** "Imported 1 template", "Imported 2 templates"; "템플릿 2개를 가져왔습니다". `{n}` is the count. */
export function plural(t: Translate, base: PluralKey, n: number, params: Params = {}): string {
  return t(`${base}.${pluralForm(t.locale, n)}`, { n, ...params });
}

export function translator(locale: Locale): Translate {
  return makeTranslator({ en, ko }, locale);
}

/** Every key, and the Korean table (tests check they match). */
export function messageKeys(): MessageKey[] {
  return Object.keys(en) as MessageKey[];
}

export function koreanTable(): Record<string, string> {
  return ko;
}
