// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { positionOf, rangeAt } from '@/utils/x/insert/caret-memory';

/** Draft.js's rendering of two blocks: "Hello world" (two leaves) and "두 번째". */
function draftEditor(): HTMLElement {
  document.body.innerHTML = `
    <div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"><div data-contents="true">
      <div data-block="true" data-offset-key="a-0-0"><div data-offset-key="a-0-0">
        <span data-offset-key="a-0-0"><span data-text="true">Hello </span></span>
        <span data-offset-key="a-1-0"><span data-text="true">world</span></span>
      </div></div>
      <div data-block="true" data-offset-key="b-0-0"><div data-offset-key="b-0-0">
        <span data-offset-key="b-0-0"><span data-text="true">두 번째</span></span>
      </div></div>
    </div></div>`;
  return document.querySelector('[data-testid="tweetTextarea_0"]') as HTMLElement;
}

describe('caret memory positions', () => {
  it('turns a DOM caret into (block, offset) across leaves', () => {
    const editor = draftEditor();
    const world = Array.from(editor.querySelectorAll('[data-text="true"]'))[1]?.firstChild as Text;
    expect(positionOf(editor, world, 2)).toEqual({ block: 0, offset: 8 });
  });

  it('turns (block, offset) back into a DOM caret, in the right text node', () => {
    const editor = draftEditor();
    const range = rangeAt(editor, { block: 1, offset: 2 });
    expect(range?.startContainer.textContent).toBe('두 번째');
    expect(range?.startOffset).toBe(2);
    const start = rangeAt(editor, { block: 0, offset: 8 });
    expect(start?.startContainer.textContent).toBe('world');
    expect(start?.startOffset).toBe(2);
  });

  it('clamps an offset past the end of a block to its end, and an unknown block to null', () => {
    const editor = draftEditor();
    const range = rangeAt(editor, { block: 0, offset: 99 });
    expect(range?.startContainer.textContent).toBe('world');
    expect(range?.startOffset).toBe(5);
    expect(rangeAt(editor, { block: 5, offset: 0 })).toBeNull();
  });
});

describe('caret on an element rather than a text node', () => {
  it('counts the leaves before the caret', () => {
    const editor = draftEditor();
    const secondLeafSpan = Array.from(editor.querySelectorAll('[data-offset-key="a-1-0"]'))[0] as Element;
    // Caret before the "world" leaf (offset 0 in its wrapper span): after "Hello ".
    expect(positionOf(editor, secondLeafSpan, 0)).toEqual({ block: 0, offset: 6 });
  });
});
