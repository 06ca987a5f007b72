/** `апрель 1925 г.` → `Апрель 1925 г.`: a label at the start of a sentence, a heading or a list item. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
