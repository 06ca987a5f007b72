/**
 * «Как цитировать» on a document's page: fills the access date of the web page's citation with the
 * reader's date (the page shows «ДД.ММ.ГГГГ» without JavaScript) and shows a copy button for each
 * citation in browsers with the Clipboard API; without it the text stays selectable.
 *
 * The date is written as `accessDate` in src/lib/export/gost.ts writes it (`21.11.2026`); that
 * module is not imported, because it would bring the edition's identity and its schemas into the
 * page's script. tests/e2e/citation.test.ts checks that the two agree.
 */
const two = (n: number): string => String(n).padStart(2, '0');
const today = new Date();
for (const slot of document.querySelectorAll<HTMLElement>('[data-access-date]')) {
  slot.textContent = `${two(today.getDate())}.${two(today.getMonth() + 1)}.${today.getFullYear()}`;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const target = document.getElementById(button.dataset['copy'] ?? '');
  const status = button.nextElementSibling;
  if (!target || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const text = (target.textContent ?? '').replace(/\s+/g, ' ').trim();
    navigator.clipboard.writeText(text).then(
      () => {
        if (status) status.textContent = 'Скопировано';
      },
      () => {
        if (status) status.textContent = 'Не удалось скопировать: выделите текст вручную';
      },
    );
  });
}
