import { describe, expect, it } from 'vitest';
import { replyAudience } from '@/utils/x/audience';

describe('reply audience', () => {
  it('treats X Chat as private', () => {
    expect(replyAudience('chat')).toBe('private');
  });

  it('treats replies (status page, reply modal) and new posts as public', () => {
    expect(replyAudience('reply')).toBe('public');
    expect(replyAudience('new-post')).toBe('public');
  });

  it('treats an unknown place as public, the side a mistake cannot be undone on', () => {
    expect(replyAudience('none')).toBe('public');
    expect(replyAudience(undefined)).toBe('public');
  });
});
