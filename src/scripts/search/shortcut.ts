/**
 * `/` anywhere on a page (outside a text field) goes to the search input: on the search page it
 * focuses the input, on any other page that includes this script it opens the search page, which
 * then focuses its input.
 */
import { onSite } from '../site-base.ts';

export const SEARCH_INPUT_ID = 'search-q';
const FOCUS_FLAG = 'edition-search-focus';
const SEARCH_PATH = '/search/';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null;
}

function focusInput(input: HTMLInputElement): void {
  input.focus();
  input.select();
}

export function installSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isEditable(event.target)) return;
    event.preventDefault();
    const input = document.getElementById(SEARCH_INPUT_ID);
    if (input instanceof HTMLInputElement && !input.closest('[hidden]')) {
      focusInput(input);
      return;
    }
    try {
      sessionStorage.setItem(FOCUS_FLAG, '1');
    } catch {
      // Storage may be disabled; the search page then just opens without focusing its input.
    }
    location.assign(onSite(SEARCH_PATH));
  });

  // Arrived from another page by `/`: focus the input once.
  let flagged = false;
  try {
    flagged = sessionStorage.getItem(FOCUS_FLAG) === '1';
    sessionStorage.removeItem(FOCUS_FLAG);
  } catch {
    flagged = false;
  }
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (flagged && input instanceof HTMLInputElement) focusInput(input);
}
