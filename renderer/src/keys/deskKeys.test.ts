import { describe, expect, it } from 'vitest';
import { deskKeyAction, type KeyLike } from './deskKeys';

/** Just what isTyping reads of an element. */
function element(tagName: string, extra: { type?: string; isContentEditable?: boolean; readonly?: boolean } = {}): EventTarget {
  return { tagName, type: extra.type ?? 'text', isContentEditable: extra.isContentEditable ?? false, getAttribute: (name: string) => (name === 'aria-readonly' && extra.readonly ? 'true' : null) } as unknown as EventTarget;
}

const body = element('BODY');
const press = (key: string, over: Partial<KeyLike> = {}): KeyLike => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, target: body, ...over });
const field = (tag: 'input' | 'textarea' | 'select', type?: string) => element(tag.toUpperCase(), { type });

describe('the desk keyboard map', () => {
  it('maps the review keys', () => {
    expect(deskKeyAction(press('j'))).toEqual({ type: 'next' });
    expect(deskKeyAction(press('k'))).toEqual({ type: 'previous' });
    expect(deskKeyAction(press('3'))).toEqual({ type: 'pick', variant: 2 });
    expect(deskKeyAction(press('d'))).toEqual({ type: 'dismiss' });
    expect(deskKeyAction(press('e'))).toEqual({ type: 'edit' });
    expect(deskKeyAction(press('/'))).toEqual({ type: 'search' });
    expect(deskKeyAction(press('?', { shiftKey: true }))).toEqual({ type: 'shortcuts' });
    expect(deskKeyAction(press('x'))).toBeNull();
  });

  it('undoes with Ctrl/Cmd+Z and redoes with Shift+Ctrl/Cmd+Z or Ctrl+Y', () => {
    expect(deskKeyAction(press('z', { ctrlKey: true }))).toEqual({ type: 'undo' });
    expect(deskKeyAction(press('z', { metaKey: true }))).toEqual({ type: 'undo' });
    expect(deskKeyAction(press('Z', { ctrlKey: true, shiftKey: true }))).toEqual({ type: 'redo' });
    expect(deskKeyAction(press('y', { ctrlKey: true }))).toEqual({ type: 'redo' });
  });

  it('leaves letters, digits and undo to a text field being typed in', () => {
    for (const target of [field('input'), field('input', 'search'), field('textarea'), field('select')]) {
      expect(deskKeyAction(press('j', { target }))).toBeNull();
      expect(deskKeyAction(press('1', { target }))).toBeNull();
      expect(deskKeyAction(press('z', { ctrlKey: true, target }))).toBeNull();
      expect(deskKeyAction(press('/', { target }))).toBeNull();
    }
    expect(deskKeyAction(press('d', { target: element('DIV', { isContentEditable: true }) }))).toBeNull();
    // The read-only reader is not an editor.
    expect(deskKeyAction(press('d', { target: element('DIV', { isContentEditable: true, readonly: true }) }))).toEqual({ type: 'dismiss' });
    // A checkbox is not typing.
    expect(deskKeyAction(press('j', { target: field('input', 'checkbox') }))).toEqual({ type: 'next' });
  });

  it('keeps the app-wide shortcuts working from a field', () => {
    const target = field('input');
    expect(deskKeyAction(press('i', { ctrlKey: true, target }))).toEqual({ type: 'import' });
    expect(deskKeyAction(press('F3', { target }))).toEqual({ type: 'searchStep', delta: 1 });
    expect(deskKeyAction(press('F3', { shiftKey: true, target }))).toEqual({ type: 'searchStep', delta: -1 });
    expect(deskKeyAction(press('2', { code: 'Digit2', ctrlKey: true, target }))).toEqual({ type: 'view', index: 1 });
    expect(deskKeyAction(press('¡', { code: 'Digit1', altKey: true }))).toEqual({ type: 'view', index: 0 });
  });
});
