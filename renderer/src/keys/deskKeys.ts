/** The desk's keyboard map: which key does what, and when a key belongs to a text field instead. */

export type DeskAction =
  | { type: 'import' }
  | { type: 'shortcuts' }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'pick'; variant: number }
  | { type: 'dismiss' }
  | { type: 'edit' }
  | { type: 'search' }
  | { type: 'searchStep'; delta: 1 | -1 }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'view'; index: number };

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

/** True where typing happens: text fields, selects and editors (the brief, a contenteditable). */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable && element.getAttribute('aria-readonly') !== 'true') return true;
  if (element.tagName === 'INPUT') {
    const type = (element as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
  }
  return element.tagName === 'TEXTAREA' || element.tagName === 'SELECT';
}

/** The action for a keydown, or null to leave the key alone. */
export function deskKeyAction(event: KeyLike): DeskAction | null {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key;
  const lower = key.toLowerCase();
  const digit = /^Digit([1-9])$/.exec(event.code ?? '')?.[1] ?? (/^[1-9]$/.test(key) ? key : null);

  // Work everywhere, even in a field.
  if (mod && !event.shiftKey && !event.altKey && lower === 'i') return { type: 'import' };
  if (mod && key === '/') return { type: 'shortcuts' };
  if (key === 'F3') return { type: 'searchStep', delta: event.shiftKey ? -1 : 1 };
  if ((mod || event.altKey) && !event.shiftKey && digit !== null && Number(digit) <= 3) return { type: 'view', index: Number(digit) - 1 };

  if (isTyping(event.target)) return null;

  if (mod && !event.altKey && lower === 'z') return event.shiftKey ? { type: 'redo' } : { type: 'undo' };
  if (mod && !event.altKey && !event.shiftKey && lower === 'y') return { type: 'redo' };
  if (mod || event.altKey) return null;

  if (key === '?') return { type: 'shortcuts' };
  if (key === '/') return { type: 'search' };
  if (event.shiftKey) return null;
  if (key === 'j') return { type: 'next' };
  if (key === 'k') return { type: 'previous' };
  if (key === 'd') return { type: 'dismiss' };
  if (key === 'e') return { type: 'edit' };
  if (/^[1-9]$/.test(key)) return { type: 'pick', variant: Number(key) - 1 };
  return null;
}
