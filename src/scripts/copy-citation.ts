/**
 * «Как цитировать» on a document's page: fills the access date of the web page's citation with the
 * reader's date (the page shows «ДД.ММ.ГГГГ» without JavaScript) and shows a copy button for each
 * citation in browsers with the Clipboard API; without it the text stays selectable.
 *
 * Citing a passage: each paragraph of the text ends with «¶», a link to its anchor (`#p-3`), which
 * works without JavaScript. When the address names a paragraph (the link followed, or the page opened
 * so), this script puts the passage's citation under it with a copy button. The citation is put
 * together here from the article's `data-passage-before` and `data-passage-after` (made once per page
 * by `gostPassage` of src/lib/export/gost.ts), the paragraph's anchor and the reader's date, so no
 * paragraph carries a citation of its own.
 *
 * The date is written as `accessDate` in src/lib/export/gost.ts writes it (`21.11.2026`); that
 * module is not imported, because it would bring the edition's identity and its schemas into the
 * page's script. tests/e2e/citation.test.ts checks that the two agree.
 */
const two = (n: number): string => String(n).padStart(2, '0');
const today = new Date();
const accessed = `${two(today.getDate())}.${two(today.getMonth() + 1)}.${today.getFullYear()}`;
/** `ACCESS_DATE_PLACEHOLDER` of src/lib/export/gost.ts. */
const PLACEHOLDER = 'ДД.ММ.ГГГГ';
for (const slot of document.querySelectorAll<HTMLElement>('[data-access-date]')) slot.textContent = accessed;

/** Copies the text of `source` when `button` is pressed, and says so in `status`. */
function copyOnClick(button: HTMLButtonElement, source: () => string, status: Element | null): void {
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(source().replace(/\s+/g, ' ').trim()).then(
      () => {
        if (status) status.textContent = 'Скопировано';
      },
      () => {
        if (status) status.textContent = 'Не удалось скопировать: выделите текст вручную';
      },
    );
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const target = document.getElementById(button.dataset['copy'] ?? '');
  if (!target || !navigator.clipboard) continue;
  copyOnClick(button, () => target.textContent ?? '', button.nextElementSibling);
}

const article = document.querySelector<HTMLElement>('[data-passage-before]');
if (article) {
  const before = article.dataset['passageBefore'] ?? '';
  const after = (article.dataset['passageAfter'] ?? '').replace(PLACEHOLDER, accessed);
  const box = document.createElement('div');
  box.className = 'passage-cite';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', 'Как цитировать это место');
  box.hidden = true;
  const text = document.createElement('p');
  text.className = 'cite__text';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  button.textContent = 'Скопировать ссылку на это место';
  button.hidden = true;
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('role', 'status');
  box.append(text, button, status);
  if (navigator.clipboard) copyOnClick(button, () => text.textContent ?? '', status);

  /** Shows the citation under the passage the address names, or hides it when it names none. */
  const show = (): void => {
    const anchor = decodeURIComponent(location.hash.slice(1));
    const target = anchor ? document.getElementById(anchor) : null;
    const link = target?.querySelector(':scope > a.passage');
    if (!target || !link || !article.contains(target)) {
      box.hidden = true;
      return;
    }
    text.textContent = `${before}${anchor}${after}`;
    status.textContent = '';
    target.after(box);
    box.hidden = false;
  };
  addEventListener('hashchange', show);
  show();
}
