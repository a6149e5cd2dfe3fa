/** The translator of Careline's extension pages (panel, options, welcome): every area's table. */
import type { Locale } from './locale';
import { content } from './messages/content';
import { lengthMessages } from './messages/length';
import { optionsCustomers } from './messages/options-customers';
import { optionsData } from './messages/options-data';
import { optionsHandoff } from './messages/options-handoff';
import { optionsLibrary } from './messages/options-library';
import { optionsPacks } from './messages/options-packs';
import { optionsPage } from './messages/options-page';
import { optionsTeam } from './messages/options-team';
import { optionsTeamLead } from './messages/options-team-lead';
import { optionsTeamPacks } from './messages/options-team-packs';
import { panel } from './messages/panel';
import { panelCollision } from './messages/panel-collision';
import { panelCustomer } from './messages/panel-customer';
import { panelDesk } from './messages/panel-desk';
import { panelHandoff } from './messages/panel-handoff';
import { panelQueue } from './messages/panel-queue';
import { panelTeam } from './messages/panel-team';
import { panelTimeout } from './messages/panel-timeout';
import { personas } from './messages/personas';
import { publicReplies } from './messages/public-replies';
import { ticketsRoutes } from './messages/tickets-routes';
import { welcome } from './messages/welcome';
import { topics } from './messages/topics';
import { optionsLeadDesk } from './messages/options-lead-desk';
import { makeTranslator, type PluralBase, type TranslateWith } from './translate';

export { plural } from './translate';

const en = {
  ...panel.en,
  ...panelCustomer.en,
  ...panelHandoff.en,
  ...optionsLibrary.en,
  ...optionsData.en,
  ...optionsCustomers.en,
  ...optionsHandoff.en,
  ...optionsPacks.en,
  ...optionsPage.en,
  ...optionsTeam.en,
  ...optionsTeamLead.en,
  ...optionsTeamPacks.en,
  ...content.en,
  ...welcome.en,
  ...publicReplies.en,
  ...lengthMessages.en,
  ...panelTimeout.en,
  ...panelTeam.en,
  ...panelCollision.en,
  ...panelQueue.en,
  ...personas.en,
  ...topics.en,
  ...optionsLeadDesk.en,
  ...panelDesk.en,
  ...ticketsRoutes.en,
};
export type MessageKey = keyof typeof en;
const ko: Record<MessageKey, string> = {
  ...panel.ko,
  ...panelCustomer.ko,
  ...panelHandoff.ko,
  ...optionsLibrary.ko,
  ...optionsData.ko,
  ...optionsCustomers.ko,
  ...optionsHandoff.ko,
  ...optionsPacks.ko,
  ...optionsPage.ko,
  ...optionsTeam.ko,
  ...optionsTeamLead.ko,
  ...optionsTeamPacks.ko,
  ...content.ko,
  ...welcome.ko,
  ...publicReplies.ko,
  ...lengthMessages.ko,
  ...panelTimeout.ko,
  ...panelTeam.ko,
  ...panelCollision.ko,
  ...panelQueue.ko,
  ...personas.ko,
  ...topics.ko,
  ...optionsLeadDesk.ko,
  ...panelDesk.ko,
  ...ticketsRoutes.ko,
};

export type Translate = TranslateWith<MessageKey>;

/** Keys that come as `<base>.one` and `<base>.other`: a counted phrase. */
export type PluralKey = PluralBase<MessageKey>;

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
