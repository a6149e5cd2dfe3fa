/** A canned response as stored. Field names follow the template pack format (ui-contract.md). */
export interface TemplateRecord {
  id: string;
  title: string;
  body: string;
  shortcut?: string;
  folder?: string;
  tags?: string[];
  lang?: string;
  /** Other languages of the same reply, by language code. */
  variants?: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}
