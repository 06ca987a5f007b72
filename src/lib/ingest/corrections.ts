import type { Correction } from '../../schemas/index.ts';
import type { DraftDocument } from './draft.ts';
import { parseLegend } from './legend.ts';

/** Applies editorial corrections to the drafts; returns the ids of those that found nothing to correct. */
export function applyCorrections(drafts: DraftDocument[], corrections: Correction[]): string[] {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const unused: string[] = [];
  for (const c of corrections) {
    const doc = byId.get(c.document);
    if (!doc || !applyOne(doc, c)) {
      unused.push(c.id);
      continue;
    }
    doc.corrections.push({ id: c.id, field: c.field, kind: c.kind, from: c.from, to: c.to, reason: c.reason });
  }
  return unused;
}

function applyOne(doc: DraftDocument, c: Correction): boolean {
  switch (c.field) {
    case 'date':
      if (!doc.date.text.includes(c.from) && !doc.title.includes(c.from)) return false;
      doc.date = { edtf: c.to, text: doc.date.text || c.from, source: doc.date.source ?? (doc.title.includes(c.from) ? 'title' : 'text') };
      return true;
    case 'title':
      if (!doc.title.includes(c.from)) return false;
      doc.title = doc.title.replace(c.from, c.to);
      return true;
    case 'legend':
      if (!doc.legend?.text.includes(c.from)) return false;
      doc.legend = parseLegend(doc.legend.text.replace(c.from, c.to));
      return true;
    case 'text': {
      const block = doc.blocks.find((b) => b.text.includes(c.from));
      if (!block) return false;
      const at = block.text.indexOf(c.from);
      const delta = c.to.length - c.from.length;
      block.text = block.text.slice(0, at) + c.to + block.text.slice(at + c.from.length);
      for (const n of block.notes) if (n.at >= at + c.from.length) n.at += delta;
      return true;
    }
  }
}
