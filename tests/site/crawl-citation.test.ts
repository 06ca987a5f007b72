/**
 * The head and the «Как цитировать» block of every document page of the built site, crawled from
 * `/`: the four files beside the page announced by `<link rel="alternate">` with their MIME types
 * and linked for download, the Dublin Core and Zotero tags that make Zotero save a letter or a
 * manuscript, no tag that would override that item type (research note §2.3), one JSON-LD block
 * describing an `ArchiveComponent`, and the access date's placeholder for readers without JavaScript.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_FORMATS } from '../../src/lib/export/document-files.ts';
import { decodeEntities } from '../support/html.ts';
import { base, capped, get, pages, summary } from './crawl.ts';

const documentPages = pages.filter((f) => /^\/documents\/[^/]+\/$/.test(f.path));

const metaContent = (f: (typeof pages)[number], name: string): string[] =>
  f.page!.tags.filter((t) => t.name === 'meta' && t.attrs.get('name') === name).map((t) => t.attrs.get('content') ?? '');

describe(summary, () => {
  it(`finds the document pages (${documentPages.length})`, () => {
    expect(documentPages.length).toBeGreaterThan(200);
  });

  // The Content-Type a file is served with is the host's (the tests' server goes by the extension); the types are the page's.
  it('announces the four files of each document with their MIME types, and links them for download', async () => {
    const problems: string[] = [];
    for (const f of documentPages) {
      const id = f.path.split('/')[2]!;
      const alternates = f.page!.tags.filter((t) => t.name === 'link' && t.attrs.get('rel') === 'alternate');
      const got = alternates.map((t) => `${t.attrs.get('type')} ${t.attrs.get('href')}`);
      const want = DOCUMENT_FORMATS.map((d) => `${d.mime} /documents/${id}/${id}.${d.extension}`);
      if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${f.path}: alternates ${JSON.stringify(got)}`);
      const downloads = f.page!.tags.filter((t) => t.name === 'a' && t.attrs.has('download')).map((t) => t.attrs.get('href'));
      if (JSON.stringify(downloads) !== JSON.stringify(want.map((w) => w.split(' ')[1]))) problems.push(`${f.path}: download links ${JSON.stringify(downloads)}`);
    }
    const first = documentPages[0]!.path.split('/')[2]!;
    for (const d of DOCUMENT_FORMATS) {
      const file = await get(`/documents/${first}/${first}.${d.extension}`);
      if (file.status !== 200) problems.push(`${first}.${d.extension}: HTTP ${file.status}`);
    }
    expect(capped(problems)).toEqual([]);
  });

  it('gives Zotero a letter or manuscript with its location, and nothing that overrides the item type', () => {
    const problems: string[] = [];
    const canonical = (f: (typeof pages)[number]) => f.page!.tags.find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')?.attrs.get('href');
    for (const f of documentPages) {
      const type = metaContent(f, 'z.itemType');
      if (type.length !== 1 || !['letter', 'manuscript'].includes(type[0]!)) problems.push(`${f.path}: z.itemType ${JSON.stringify(type)}`);
      if (metaContent(f, 'DC.title').length !== 1) problems.push(`${f.path}: no DC.title`);
      const identifier = metaContent(f, 'DC.identifier');
      if (identifier.length !== 1 || new URL(identifier[0]!).pathname !== f.path) problems.push(`${f.path}: DC.identifier ${JSON.stringify(identifier)}`);
      if (canonical(f) && identifier[0] !== canonical(f)) problems.push(`${f.path}: DC.identifier ${identifier[0]} is not the canonical ${canonical(f)}`);
      if (metaContent(f, 'z.archive').length !== metaContent(f, 'DC.coverage').length) problems.push(`${f.path}: z.archive without DC.coverage or the reverse`);
      const overriding = f.page!.tags.filter(
        (t) => t.name === 'meta' && ((t.attrs.get('name') ?? '').startsWith('citation_') || t.attrs.get('property') === 'og:type'),
      );
      if (overriding.length > 0) problems.push(`${f.path}: ${overriding.map((t) => t.attrs.get('name') ?? t.attrs.get('property')).join(', ')}`);
    }
    const withArchive = documentPages.filter((f) => metaContent(f, 'DC.coverage').length === 1).length;
    expect(capped(problems)).toEqual([]);
    expect(withArchive, 'pages with a location in the archive').toBeGreaterThan(200);
  });

  it('describes each document in one JSON-LD block as an ArchiveComponent', () => {
    const problems: string[] = [];
    for (const f of documentPages) {
      const blocks = [...f.html!.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      if (blocks.length !== 1) {
        problems.push(`${f.path}: ${blocks.length} JSON-LD blocks`);
        continue;
      }
      const graph = (JSON.parse(blocks[0]!) as { '@graph': { '@type': string | string[]; '@id': string }[] })['@graph'];
      const item = graph.find((n) => [n['@type']].flat().includes('ArchiveComponent'));
      if (!item) problems.push(`${f.path}: no ArchiveComponent`);
      else if (new URL(item['@id']).pathname !== f.path) problems.push(`${f.path}: the ArchiveComponent is ${item['@id']}`);
    }
    expect(capped(problems)).toEqual([]);
  });

  it('shows the access date as a placeholder in the HTML, for readers without JavaScript', () => {
    const problems = documentPages
      .filter((f) => !decodeEntities(f.html!).includes('(дата обращения: <span data-access-date>ДД.ММ.ГГГГ</span>).'))
      .map((f) => f.path);
    expect(capped(problems)).toEqual([]);
    expect(base).toMatch(/^http:/);
  });
});
