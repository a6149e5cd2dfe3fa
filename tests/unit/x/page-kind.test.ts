// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  canonicalStatusUrl,
  handleFromProfileUrl,
  handleFromStatusUrl,
  pageKind,
  statusIdFromUrl,
} from '@/utils/x/page-kind';
import type { PageKind } from '@/utils/x/types';

// [url, title, expected kind]
const KINDS: [string, string, PageKind][] = [
  ['https://x.com/home', 'Home / X', 'home'],
  ['https://x.com/home/', 'Home / X', 'home'],
  ['https://x.com/home?ref=nav', '(3) Home / X', 'home'],
  ['https://x.com/', 'X', 'home'],
  ['https://x.com', 'X', 'home'],
  ['https://twitter.com/home', 'Home / Twitter', 'home'],
  ['https://www.x.com/home#top', 'Home / X', 'home'],
  ['https://x.com/careline_demo/status/1800000000000000001', 'Careline on X: "hi" / X', 'status'],
  ['https://x.com/careline_demo/status/1800000000000000001/', '', 'status'],
  ['https://x.com/careline_demo/status/1800000000000000001?s=20&t=abc', '', 'status'],
  ['https://x.com/careline_demo/status/1800000000000000001/photo/1', '', 'status'],
  ['https://x.com/careline_demo/status/1800000000000000001/video/1', '', 'status'],
  ['https://x.com/careline_demo/status/1800000000000000001/analytics', '', 'status'],
  ['https://x.com/i/web/status/1800000000000000001', '', 'status'],
  ['https://x.com/i/status/1800000000000000001', '', 'status'],
  ['https://twitter.com/careline_demo/status/1800000000000000001', '', 'status'],
  ['https://mobile.twitter.com/careline_demo/statuses/123', '', 'status'],
  ['https://x.com/compose/post', 'Compose new post / X', 'compose'],
  ['https://x.com/compose/post/', '', 'compose'],
  ['https://x.com/compose/tweet', '', 'compose'],
  ['https://twitter.com/compose/tweet?text=hi', '', 'compose'],
  ['https://x.com/intent/post?text=hi', '', 'compose'],
  ['https://x.com/i/chat', 'Chat / X', 'chat'],
  ['https://x.com/i/chat/1234-5678', 'Chat / X', 'chat'],
  ['https://x.com/messages', 'Messages / X', 'chat'],
  ['https://x.com/messages/1234-5678', 'Messages / X', 'chat'],
  ['https://x.com/careline_demo', 'Careline Demo (@careline_demo) / X', 'profile'],
  ['https://x.com/careline_demo/', '', 'profile'],
  ['https://x.com/careline_demo?lang=ko', '', 'profile'],
  ['https://twitter.com/Careline_Demo/with_replies', '', 'profile'],
  ['https://x.com/careline_demo/media', '', 'profile'],
  ['https://x.com/careline_demo/followers', '', 'other'],
  ['https://x.com/explore', 'Explore / X', 'other'],
  ['https://x.com/notifications', 'Notifications / X', 'notifications'],
  ['https://x.com/notifications/mentions', '(2) Notifications / X', 'notifications'],
  ['https://x.com/notifications/verified/', '', 'notifications'],
  ['https://x.com/notifs_fan', '', 'profile'],
  ['https://x.com/settings', '', 'other'],
  ['https://x.com/settings/account', '', 'other'],
  ['https://x.com/search?q=careline', 'careline - Search / X', 'search'],
  ['https://x.com/search?q=%EC%9C%A0%EC%8B%AC%20%EB%A8%B9%ED%86%B5&src=typed_query&f=live', '', 'search'],
  ['https://x.com/search/', '', 'search'],
  ['https://x.com/search-advanced', '', 'other'],
  ['https://x.com/search/saved', '', 'other'],
  ['https://x.com/i/bookmarks', '', 'other'],
  ['https://x.com/i', '', 'other'],
  ['https://x.com/messages_', '', 'profile'],
  ['https://x.com/this_name_is_far_too_long', '', 'other'],
  ['https://x.com/careline_demo/status/notanumber', '', 'other'],
  ['https://example.com/home', 'Home / X', 'other'],
  ['https://x.com.evil.example/home', '', 'other'],
  ['chrome-extension://abc/panel.html', '', 'other'],
  ['not a url', 'Home / X', 'home'],
  ['not a url', '(2) Messages / X', 'chat'],
  ['not a url', 'whatever', 'other'],
  ['not a url', '(4) Notifications / X', 'notifications'],
  ['not a url', '유심 먹통 - Search / X', 'search'],
];

describe('pageKind', () => {
  it.each(KINDS)('%s (%j) is %s', (url, title, kind) => {
    expect(pageKind(url, title)).toBe(kind);
  });
});

// [href, status id, handle]
const STATUS: [string, string | null, string | null][] = [
  ['https://x.com/careline_demo/status/1800000000000000001', '1800000000000000001', 'careline_demo'],
  ['/careline_demo/status/1800000000000000001', '1800000000000000001', 'careline_demo'],
  ['/careline_demo/status/1800000000000000001/photo/1', '1800000000000000001', 'careline_demo'],
  ['/careline_demo/status/1800000000000000001/analytics', '1800000000000000001', 'careline_demo'],
  ['https://twitter.com/CarelineDemo/status/42?s=20', '42', 'CarelineDemo'],
  ['https://x.com/i/web/status/1800000000000000001', '1800000000000000001', null],
  ['/i/status/77', '77', null],
  ['https://x.com/careline_demo', null, null],
  ['https://x.com/home', null, null],
  ['https://t.co/abc', null, null],
  ['https://example.com/careline_demo/status/1', null, null],
  ['', null, null],
];

describe('statusIdFromUrl / handleFromStatusUrl', () => {
  it.each(STATUS)('%s', (href, id, handle) => {
    expect(statusIdFromUrl(href)).toBe(id);
    expect(handleFromStatusUrl(href)).toBe(handle);
  });
});

describe('handleFromProfileUrl / canonicalStatusUrl', () => {
  it('reads profile links, not X routes', () => {
    expect(handleFromProfileUrl('https://x.com/careline_demo')).toBe('careline_demo');
    expect(handleFromProfileUrl('/careline_demo/likes')).toBe('careline_demo');
    expect(handleFromProfileUrl('/explore')).toBeNull();
    expect(handleFromProfileUrl('/careline_demo/status/1')).toBeNull();
  });
  it('builds the x.com URL', () => {
    expect(canonicalStatusUrl('careline_demo', '1')).toBe('https://x.com/careline_demo/status/1');
  });
});
