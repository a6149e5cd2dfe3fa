import type { SelectorEntry } from './evidence';

const X_CHAT = 'X Chat (since late 2025) in live x.com';
const LEGACY_DMS = 'public X-automation code (legacy DMs at /messages)';
const CHAT_READER = 'a public X Chat reader (2025/26)';

/** X Chat at /i/chat (often in an open shadow root) and the legacy DMs: none of it is in the captures. */
export const CHAT_SELECTORS = {
  chatEmbedRoute: {
    fallbacks: [
      // Host of X Chat's open shadow root.
      { css: '[data-testid="xchatEmbedRoute"]', guess: true, from: X_CHAT },
    ],
  },
  chatTextarea: {
    fallbacks: [
      // A real <textarea>.
      { css: 'textarea[data-testid="dm-composer-textarea"]', guess: true, from: X_CHAT },
      // The legacy DM composer: a Draft.js editor.
      { css: '[data-testid="dmComposerTextInput"]', guess: true, from: LEGACY_DMS },
    ],
  },
  chatSend: {
    fallbacks: [
      { css: '[data-testid="dm-composer-send-button"]', guess: true, from: X_CHAT },
      { css: '[data-testid="dmComposerSendButton"]', guess: true, from: LEGACY_DMS },
    ],
  },
  chatHeader: {
    fallbacks: [
      // The conversation header, with a link to x.com/<handle>.
      { css: '[data-testid="dm-conversation-header"]', guess: true, from: CHAT_READER },
    ],
  },
  chatUserName: {
    fallbacks: [
      // The contact's display name in the conversation.
      { css: '[data-testid="dm-conversation-username"]', guess: true, from: CHAT_READER },
    ],
  },
} as const satisfies Record<string, SelectorEntry>;
