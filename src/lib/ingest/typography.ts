/**
 * Russian typography for the reading text: straight double quotes become «ёлочки» (inner pairs „лапки“),
 * a hyphen standing between spaces becomes an en dash. Each replacement keeps the length of the text,
 * so footnote marker offsets stay valid. Quotes are changed only where they pair up within the block.
 */
export interface TypographyTally {
  quotes: number;
  dashes: number;
}

export function newTypographyTally(): TypographyTally {
  return { quotes: 0, dashes: 0 };
}

export function typeset(text: string, tally: TypographyTally): string {
  let out = text.replace(/(^|\s)-(?=\s)/gu, (_m, pre: string) => {
    tally.dashes++;
    return `${pre}–`;
  });
  const count = (out.match(/"/g) ?? []).length;
  if (count === 0 || count % 2 !== 0) return out;
  // An opening quote stands at the start or after a space or an opening bracket; it alternates with closing.
  const chars = [...out];
  let depth = 0;
  let ok = true;
  const kinds: Array<'open' | 'close'> = [];
  chars.forEach((ch, i) => {
    if (ch !== '"') return;
    const before = chars[i - 1] ?? ' ';
    const opening = /[\s(«„[—–-]/u.test(before);
    if (opening) {
      kinds.push('open');
      depth++;
    } else {
      kinds.push('close');
      depth--;
      if (depth < 0) ok = false;
    }
  });
  if (!ok || depth !== 0) return out;
  let k = 0;
  let level = 0;
  out = chars
    .map((ch) => {
      if (ch !== '"') return ch;
      const kind = kinds[k++];
      tally.quotes++;
      if (kind === 'open') return level++ === 0 ? '«' : '„';
      return --level === 0 ? '»' : '“';
    })
    .join('');
  return out;
}
