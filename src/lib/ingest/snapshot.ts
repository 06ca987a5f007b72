import type { Document, Study } from '../../schemas/index.ts';

/**
 * One line per record with the fields a reviewer checks against the printed book: number, date,
 * parties, legend, title. Kept under tests/ so a parser change shows up as a reviewable diff.
 */
export function snapshotLine(d: Document): string {
  const people = (list: Document['authors']) => list.map((p) => p.name).join('; ') || '—';
  const legend = d.legend
    ? [d.legend.archive, d.legend.fond, d.legend.opis, d.legend.delo, d.legend.sheets, d.legend.authenticity, d.legend.method]
        .map((x) => x ?? '∅')
        .join(' | ')
    : 'NO LEGEND';
  return [
    d.id,
    `${d.date.edtf ?? 'undated'} (${d.date.source ?? '-'}: ${d.date.text || '-'})`,
    `${d.genre ?? '?'}${d.place ? ` (${d.place})` : ''}; from ${people(d.authors)}; to ${people(d.addressees)}`,
    legend,
    `${d.titleSupplied ? '[supplied] ' : ''}${d.title}`,
    `p. ${d.page ?? '?'}, notes ${d.notes.length}, blocks ${d.blocks.length}${d.classification ? `, ${d.classification}` : ''}${d.registration ? `, ${d.registration}` : ''}`,
  ].join('\n  ');
}

/** One entry per study: kind, part, authors, publication, date, pages, headings and notes by kind. */
export function studyLine(s: Study): string {
  const notes = ['footnote', 'endnote', 'title'].map((k) => `${k} ${s.notes.filter((n) => n.kind === k).length}`).join(', ');
  const headings = s.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.anchor ?? '?'} ${b.text}`);
  return [
    `${s.id} (${s.kind}${s.part ? `, ${s.part}` : ''})`,
    `${s.titleSupplied ? '[supplied] ' : ''}${s.title}`,
    `by ${s.authors.join('; ') || '—'}; ${s.publication ?? 'no publication line'}; ${s.date ? `${s.date.edtf} (${s.date.source}: ${s.date.text})` : 'undated'}`,
    `pp. ${s.pages ? `${s.pages.start}–${s.pages.end}` : '?'}, blocks ${s.blocks.length}, notes: ${notes}`,
    ...headings.map((h) => `# ${h}`),
  ].join('\n  ');
}

export function snapshot(documents: Document[], studies: Study[] = []): string {
  return `${[...documents.map(snapshotLine), ...studies.map(studyLine)].join('\n')}\n`;
}
