// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { setProblemLocale } from '@/utils/i18n/problems';
import { describeMissingComposer, findComposer } from '@/utils/x/find-composer';
import { readTweet } from '@/utils/x/read-tweet';
import { readReplyContext } from '@/utils/x/reply-context';
import { mount, tweetHtml } from './fragments';

afterEach(() => {
  document.body.innerHTML = '';
});

/** X's Draft.js composer shape (as in home-twitter-complete.html), empty. */
function composerHtml(n = 0): string {
  return `<div data-testid="tweetTextarea_${n}_label"><div data-testid="tweetTextarea_${n}RichTextInputContainer">
    <div class="DraftEditor-root"><div class="DraftEditor-editorContainer">
      <div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" aria-label="Post text" tabindex="0" data-testid="tweetTextarea_${n}">
        <div data-contents="true"><div data-block="true"><div><span><br data-text="true"></span></div></div></div>
      </div></div></div></div></div>
    <div data-testid="toolBar"><button data-testid="tweetButtonInline" aria-disabled="true" disabled>Reply</button></div>`;
}

function page(primary: string, layers = ''): void {
  mount(
    `<div id="react-root"><main role="main"><div data-testid="primaryColumn">${primary}</div></main><div id="layers">${layers}</div></div>`,
  );
}

/** The reply dialog: parent tweet without links (like X's), "Replying to", composer. */
function replyModal(parentHandle: string, replyingTo = `@${parentHandle}`, withUserName = true): string {
  const userName = `<div data-testid="User-Name"><div><div dir="ltr"><span>Parent Person</span></div></div><div><div tabindex="-1"><span>@${parentHandle}</span></div></div></div>`;
  return `<div role="dialog" aria-modal="true" aria-labelledby="modal-header"><h2 id="modal-header">Reply</h2>
    <div><div data-testid="Tweet-User-Avatar"></div>
      ${withUserName ? userName : ''}
      <div dir="auto" lang="ko" data-testid="tweetText">부모 트윗</div>
      <div dir="ltr">Replying to <span>${replyingTo}</span></div></div>
    <div data-testid="UserAvatar-Container-agent_me"><a href="/agent_me" role="link">me</a></div>
    ${composerHtml(0).replace('tweetButtonInline', 'tweetButton')}
  </div>`;
}

const STATUS_URL = 'https://x.com/customer_b/status/222';

describe('readReplyContext on a status page', () => {
  it('answers the focused tweet (tabindex -1), not the parent above it', () => {
    page(
      tweetHtml({ handle: 'parent_a', statusId: '111', textHtml: 'p' }) +
        tweetHtml({ handle: 'customer_b', statusId: '222', focused: true, textHtml: '도와주세요', lang: 'ko' }) +
        composerHtml(),
    );
    const ctx = readReplyContext(document, { url: STATUS_URL, title: 'x / X' });
    expect(ctx).toMatchObject({
      kind: 'reply',
      composer: 'draft',
      customer: { handle: 'customer_b' },
    });
    expect(ctx.tweet).toEqual({
      statusId: '222',
      url: 'https://x.com/customer_b/status/222',
      text: '도와주세요',
      lang: 'ko',
    });
    expect(ctx.missing).toBeUndefined();
  });

  it('falls back to the article whose permalink matches the URL, then to the URL', () => {
    page(
      tweetHtml({ handle: 'parent_a', statusId: '111' }) +
        tweetHtml({ handle: 'customer_b', statusId: '222' }) +
        composerHtml(),
    );
    expect(readReplyContext(document, { url: STATUS_URL, title: '' }).customer?.handle).toBe('customer_b');
    document.body.innerHTML = '';
    page('');
    const bare = readReplyContext(document, { url: STATUS_URL, title: '' });
    expect(bare).toMatchObject({ kind: 'reply', customer: { handle: 'customer_b' }, composer: null });
    expect(bare.missing).toContain('tweetTextarea_0');
  });

  it('lets an explicitly clicked tweet win', () => {
    page(
      tweetHtml({ handle: 'customer_b', statusId: '222', focused: true }) +
        tweetHtml({ handle: 'replier_c', statusId: '333' }) +
        composerHtml(),
    );
    const clicked = document.querySelectorAll('article')[1] ?? null;
    expect(readReplyContext(document, { url: STATUS_URL, title: '', clickedTweet: clicked }).customer?.handle).toBe(
      'replier_c',
    );
  });
});

describe('readReplyContext with the reply dialog', () => {
  const home = () => tweetHtml({ handle: 'customer_b', statusId: '222', textHtml: 'help' }) + composerHtml();

  it('uses the remembered Reply click and writes into the dialog, not the Home box', () => {
    page(home(), replyModal('customer_b'));
    const lastClicked = readTweet(document.querySelector('article') as Element);
    const ctx = readReplyContext(document, { url: 'https://x.com/compose/post', title: '', lastClicked });
    expect(ctx).toMatchObject({
      kind: 'reply',
      composer: 'draft',
      customer: { handle: 'customer_b' },
      tweet: { statusId: '222' },
    });
    const target = findComposer(document);
    expect(target?.kind === 'draft' && target.editor.closest('[role="dialog"]')).toBeTruthy();
  });

  it('on /compose/post with a dialog X renamed: the box outside the main column, never the Home box behind', () => {
    page(home(), replyModal('customer_b').replace('role="dialog"', 'role="renamed"'));
    const lastClicked = readTweet(document.querySelector('article') as Element);
    const url = 'https://x.com/compose/post';
    const ctx = readReplyContext(document, { url, title: '', lastClicked });
    expect(ctx).toMatchObject({ kind: 'reply', composer: 'draft', customer: { handle: 'customer_b' } });
    const target = findComposer(document, url);
    expect(target?.kind === 'draft' && target.editor.closest('#layers')).toBeTruthy();
  });

  it('on /compose/post with no box outside the main column: no composer, the alert names the dialog', () => {
    page(home());
    const url = 'https://x.com/compose/post';
    expect(findComposer(document, url)).toBeNull();
    const ctx = readReplyContext(document, { url, title: '' });
    expect(ctx).toMatchObject({ kind: 'none', composer: null });
    expect(ctx.missing).toContain('tweetTextarea_0');
  });

  it("distrusts a stale click for another person: the dialog's parent wins (no status id)", () => {
    page(home(), replyModal('someone_new'));
    const lastClicked = readTweet(document.querySelector('article') as Element);
    const ctx = readReplyContext(document, { url: 'https://x.com/compose/post', title: '', lastClicked });
    expect(ctx.customer).toEqual({ handle: 'someone_new', name: 'Parent Person' });
    expect(ctx.tweet).toBeUndefined();
  });

  it('falls back to "Replying to @handle" and never picks the agent\'s own avatar', () => {
    const typed = replyModal('x_parent', '@first_one and @second_one', false).replace(
      '<br data-text="true">',
      '<span data-text="true">@typed_agent hi</span>',
    );
    page(home(), typed);
    const ctx = readReplyContext(document, { url: 'https://x.com/compose/post', title: '' });
    expect(ctx).toMatchObject({ kind: 'reply', customer: { handle: 'first_one' }, composer: 'draft' });
    // What the agent typed in the box is not the "Replying to" line: a click on @typed_agent is stale.
    const stale = readReplyContext(document, {
      url: 'https://x.com/compose/post',
      title: '',
      lastClicked: { person: { handle: 'typed_agent' } },
    });
    expect(stale.customer?.handle).toBe('first_one');
  });

  it('is a new post when the dialog shows no parent tweet', () => {
    page(
      home(),
      `<div role="dialog" aria-labelledby="modal-header"><h2 id="modal-header">Post</h2>${composerHtml()}</div>`,
    );
    const ctx = readReplyContext(document, {
      url: 'https://x.com/compose/post',
      title: '',
      lastClicked: { person: { handle: 'stale' } },
    });
    expect(ctx).toMatchObject({ kind: 'new-post', composer: 'draft' });
    expect(ctx.customer).toBeUndefined();
  });

  it('reports a dialog without a box as missing, naming the dialog', () => {
    page(
      home(),
      replyModal('customer_b')
        .replace(/data-testid="tweetTextarea_0"/, 'data-testid="somethingElse"')
        .replace(/contenteditable="true"/, ''),
    );
    const ctx = readReplyContext(document, { url: 'https://x.com/compose/post', title: '' });
    expect(ctx.composer).toBeNull();
    expect(ctx.missing).toMatch(/reply dialog/);
    expect(describeMissingComposer(document)).toMatch(/reply dialog/);
  });

  it('names the missing parts in Korean when the content script speaks Korean', () => {
    page(
      home(),
      replyModal('customer_b')
        .replace(/data-testid="tweetTextarea_0"/, 'data-testid="somethingElse"')
        .replace(/contenteditable="true"/, ''),
    );
    setProblemLocale('ko');
    try {
      const ctx = readReplyContext(document, { url: 'https://x.com/compose/post', title: '' });
      expect(ctx.missing).toBe('X의 답글 대화상자 (#layers role=dialog) 안의 X의 답글 입력창 (tweetTextarea_0)');
      expect(describeMissingComposer(undefined, 'https://x.com/i/chat/123')).toBe(
        'X 채팅의 메시지 입력창 (dm-composer-textarea)',
      );
      expect(describeMissingComposer()).toBe(
        'X의 답글 입력창 (tweetTextarea_0) 또는 X 채팅의 메시지 입력창 (dm-composer-textarea)',
      );
    } finally {
      setProblemLocale('en');
    }
    expect(describeMissingComposer()).toBe(
      "X's reply box (tweetTextarea_0) or X Chat's message box (dm-composer-textarea)",
    );
  });
});

describe('readReplyContext elsewhere', () => {
  it('Home composer without a dialog is a new post with no customer', () => {
    page(tweetHtml({ handle: 'someone', statusId: '1' }) + composerHtml());
    const ctx = readReplyContext(document, { url: 'https://x.com/home', title: 'Home / X' });
    expect(ctx).toEqual({ kind: 'new-post', composer: 'draft' });
  });

  it("a clicked tweet on Home is a reply that still needs X's reply dialog", () => {
    page(tweetHtml({ handle: 'someone', statusId: '1' }) + composerHtml());
    const ctx = readReplyContext(document, {
      url: 'https://x.com/home',
      title: '',
      clickedTweet: document.querySelector('article'),
    });
    expect(ctx).toMatchObject({ kind: 'reply', customer: { handle: 'someone' }, composer: null });
    expect(ctx.missing).toMatch(/reply dialog/);
  });

  it('a profile without a composer is none, with what was looked for', () => {
    page(tweetHtml({ handle: 'someone', statusId: '1' }));
    const ctx = readReplyContext(document, { url: 'https://x.com/someone', title: '' });
    expect(ctx).toMatchObject({ kind: 'none', composer: null });
    expect(ctx.missing).toMatch(/tweetTextarea_0.*dm-composer-textarea/);
  });

  it('never throws on DOM surprises', () => {
    const broken = new Proxy(document, {
      get(target, prop) {
        if (prop === 'querySelector' || prop === 'querySelectorAll')
          return () => {
            throw new Error('boom');
          };
        return Reflect.get(target, prop, target);
      },
    });
    const ctx = readReplyContext(broken, { url: STATUS_URL, title: '' });
    expect(ctx).toMatchObject({ kind: 'none', composer: null });
    expect(ctx.missing).toContain('boom');
  });
});

describe('X Chat', () => {
  function chat(hostTestId: string): HTMLTextAreaElement {
    page('<div id="chat-host"></div>');
    const host = document.getElementById('chat-host') as HTMLElement;
    host.setAttribute('data-testid', hostTestId);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<div data-testid="dm-conversation-header"><a href="/chat_customer"><span data-testid="dm-conversation-username">Chat Customer</span><span>@chat_customer</span></a></div>
      <textarea data-testid="dm-composer-textarea"></textarea><button data-testid="dm-composer-send-button">Send</button>`;
    return root.querySelector('textarea') as HTMLTextAreaElement;
  }

  it("finds the textarea inside xchatEmbedRoute's shadow root and the contact from the header", () => {
    const textarea = chat('xchatEmbedRoute');
    const ctx = readReplyContext(document, { url: 'https://x.com/i/chat/1-2', title: 'Chat / X' });
    expect(ctx).toEqual({
      kind: 'chat',
      composer: 'textarea',
      customer: { handle: 'chat_customer', name: 'Chat Customer' },
    });
    const target = findComposer(document);
    expect(target?.kind === 'textarea' && target.textarea).toBe(textarea);
  });

  it('also looks in any open shadow root under main', () => {
    const textarea = chat('renamedChatHost');
    const target = findComposer(document, 'https://x.com/i/chat/1-2');
    expect(target?.kind === 'textarea' && target.textarea).toBe(textarea);
  });

  it('never puts a reply into the chat drawer of a status page without a reply box', () => {
    chat('xchatEmbedRoute');
    const ctx = readReplyContext(document, { url: STATUS_URL, title: '' });
    expect(ctx).toMatchObject({ kind: 'reply', composer: null });
    expect(findComposer(document, STATUS_URL)).toBeNull();
  });

  it('without a chat box: composer null and the chat box named', () => {
    page('');
    const ctx = readReplyContext(document, { url: 'https://x.com/i/chat/1-2', title: '' });
    expect(ctx).toMatchObject({ kind: 'chat', composer: null });
    expect(ctx.missing).toContain('dm-composer-textarea');
  });
});

describe('findComposer', () => {
  it('prefers the focused post box of a thread', () => {
    page(composerHtml(0) + composerHtml(1));
    const second = document.querySelector('[data-testid="tweetTextarea_1"]') as HTMLElement;
    second.focus();
    const target = findComposer(document);
    expect(target?.kind === 'draft' && target.editor).toBe(second);
  });

  it('else the first tweetTextarea_0', () => {
    page(composerHtml(0));
    const target = findComposer(document);
    expect(target?.kind === 'draft' && target.editor.getAttribute('data-testid')).toBe('tweetTextarea_0');
  });
});
