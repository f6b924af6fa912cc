import { useEffect, useEffectEvent, type RefObject } from 'react';

interface Shortcuts {
  /** Where "/" puts the cursor. */
  searchRef: RefObject<HTMLInputElement | null>;
  undo: () => void;
  redo: () => void;
  /** Esc outside the query editor. */
  escape: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  // Checkboxes and radios keep the shortcuts: only fields that take text have their own undo.
  const textFields = 'input:not([type=checkbox]):not([type=radio]):not([type=button]), textarea, select, [contenteditable="true"], .graphiql-container';
  return target instanceof HTMLElement && target.closest(textFields) !== null;
}

/** The page's keys: "/" search, Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo, Esc. */
export function useKeyboardShortcuts(shortcuts: Shortcuts): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent): void => {
    const typing = isTyping(event.target);
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === '/' && !typing && !mod && !event.altKey) {
      event.preventDefault();
      shortcuts.searchRef.current?.focus();
    } else if (mod && !typing && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      if (event.shiftKey) shortcuts.redo();
      else shortcuts.undo();
    } else if (mod && !typing && event.key.toLowerCase() === 'y') {
      event.preventDefault();
      shortcuts.redo();
    } else if (event.key === 'Escape' && !(event.target instanceof HTMLElement && event.target.closest('.graphiql-container'))) {
      shortcuts.escape();
    }
  });
  useEffect(() => {
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
