import type { Document } from '../../schemas/index.ts';

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

export function snapshot(documents: Document[]): string {
  return `${documents.map(snapshotLine).join('\n')}\n`;
}
