import type { SelectorEntry } from './evidence';

const HOME = { 'home-twitter-complete.html': 1 } as const;

/**
 * X's post and reply boxes: Draft.js editors inline (Home, status pages) and in the reply/compose
 * dialog, and their send buttons. The Draft.js class and data-* names are the editor library's own,
 * stable across X deploys; X's generated css-/r- classes are never used.
 */
export const COMPOSER_SELECTORS = {
  draftComposer: {
    fallbacks: [
      // Draft.js content div, role=textbox.
      { css: '[data-testid="tweetTextarea_0"][contenteditable="true"]', seen: HOME },
      // The same testid while X has it momentarily non-editable (during a send).
      { css: '[data-testid="tweetTextarea_0"]', seen: HOME },
      // Any editable textbox in the rich-text container, should X rename the editor's testid.
      {
        css: '[data-testid="tweetTextarea_0RichTextInputContainer"] [contenteditable="true"][role="textbox"]',
        seen: HOME,
      },
      // Draft.js's own class: the last resort.
      { css: '.public-DraftEditor-content[contenteditable="true"]', seen: HOME },
    ],
  },
  draftComposerAnyPost: {
    fallbacks: [
      // Thread composer posts are tweetTextarea_0, _1, ...; [contenteditable] leaves out _0_label and
      // _0RichTextInputContainer.
      { css: '[data-testid^="tweetTextarea_"][contenteditable="true"]', seen: HOME },
    ],
  },
  draftComposerContainer: {
    fallbacks: [
      // Wraps .DraftEditor-root.
      { css: '[data-testid="tweetTextarea_0RichTextInputContainer"]', seen: HOME },
      // Outer wrapper of the same.
      { css: '[data-testid="tweetTextarea_0_label"]', seen: HOME },
    ],
  },
  draftContents: {
    fallbacks: [
      // Draft.js block container inside the editor.
      { css: '[data-contents="true"]', seen: HOME },
    ],
  },
  draftBlock: {
    fallbacks: [
      // Draft.js renders every block (paragraph) as [data-block="true"].
      { css: '[data-block="true"]', seen: HOME },
    ],
  },
  draftTextLeaf: {
    fallbacks: [
      // Draft.js leaf: <span data-text="true"> with text, or <br data-text="true"> when empty.
      { css: '[data-text="true"]', seen: HOME },
    ],
  },
  sendInline: {
    fallbacks: [
      // aria-disabled="true" and disabled while the box is empty.
      { css: '[data-testid="tweetButtonInline"]', seen: HOME },
    ],
  },
  sendModal: {
    fallbacks: [
      // The dialog's send button.
      { css: '[data-testid="tweetButton"]', guess: true, from: "X's 2025 web bundles" },
    ],
  },
  replyModal: {
    fallbacks: [
      // The reply/compose dialog (/compose/post), in #layers.
      { css: '#layers [role="dialog"][aria-labelledby="modal-header"]', guess: true, from: "X's 2025 web bundles" },
      // The same dialog should X render it outside #layers.
      { css: '[role="dialog"][aria-labelledby="modal-header"]', guess: true, from: "X's 2025 web bundles" },
    ],
  },
} as const satisfies Record<string, SelectorEntry>;
