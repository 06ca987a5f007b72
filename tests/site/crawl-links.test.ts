/**
 * The links of the built site, crawled from `/` (tests/site/crawl.ts): every internal link and
 * `#fragment` resolves, pages link root-relative, and every built page is reachable from `/`.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, capped, crawled, fragmentLinks, links, pages, reachable, summary } from './crawl.ts';

describe(summary, () => {
  it('serves the home page', () => {
    expect(crawled.get('/')?.status, 'GET / status').toBe(200);
    expect(pages.length, 'HTML pages reached from /').toBeGreaterThan(1);
  });

  it(`has no broken internal link (${links.length} links checked)`, () => {
    // Grouped by target: a broken link in the layout is one line, with the pages that carry it.
    const byProblem = new Map<string, Set<string>>();
    for (const link of links) {
      const target = crawled.get(link.path);
      let problem: string | null = null;
      if (link.path.startsWith('(')) problem = `<${link.tag}> ${link.path}`;
      else if (!target) problem = `${link.path}: not fetched`;
      else if (target.error) problem = `${link.path}: ${target.error}`;
      else if (target.status >= 300 && target.status < 400)
        problem = `${link.raw}: HTTP ${target.status} → ${target.location} (link the final URL; with trailingSlash 'always' page URLs end in /)`;
      else if (target.status !== 200) problem = `${link.path}: HTTP ${target.status}`;
      if (problem === null) continue;
      const from = byProblem.get(problem) ?? new Set<string>();
      from.add(link.from);
      byProblem.set(problem, from);
    }
    const broken = [...byProblem].map(([problem, from]) => {
      const pages = [...from];
      const shown = pages.slice(0, 3).join(', ') + (pages.length > 3 ? ', …' : '');
      return `${problem} ← linked from ${pages.length} page${pages.length === 1 ? '' : 's'} (${shown})`;
    });
    const count = [...byProblem.values()].reduce((n, from) => n + from.size, 0);
    expect(capped(broken), `${byProblem.size} broken targets, linked from ${count} page-target pairs; ${links.length} internal links checked`).toEqual([]);
  });

  it(`has no broken #fragment (${fragmentLinks.length} links with a fragment)`, () => {
    const broken: string[] = [];
    for (const link of fragmentLinks) {
      const fragment = link.fragment!;
      if (fragment === 'top') continue; // scrolls to the top by definition
      const target = crawled.get(link.path);
      if (!target || target.status !== 200) continue; // reported as a broken link
      if (target.page === null) broken.push(`${link.from}: ${link.raw}: the target is not an HTML page (${target.type})`);
      else if (!target.ids.has(fragment)) broken.push(`${link.from}: ${link.raw}: no id="${fragment}" on ${link.path}`);
    }
    expect(capped(broken), `${broken.length} broken of ${fragmentLinks.length} fragment links`).toEqual([]);
  });

  it('links its own pages root-relative, not through the canonical origin', () => {
    const home = crawled.get('/')?.page;
    const canonical = home?.tags.find((t) => t.name === 'link' && /\bcanonical\b/i.test(t.attrs.get('rel') ?? ''))?.attrs.get('href');
    const siteOrigin = canonical ? new URL(canonical).origin : null;
    const absolute = pages.flatMap((f) =>
      f.page!.tags
        .filter((t) => (t.name === 'a' || t.name === 'area') && siteOrigin !== null && (t.attrs.get('href') ?? '').startsWith(siteOrigin))
        .map((t) => `${f.path}: ${t.attrs.get('href')}`),
    );
    expect(capped(absolute), `links to ${siteOrigin} (the configured site) are not testable here and break while it is a placeholder`).toEqual([]);
  });

  it('reaches every built page from / (no orphans)', () => {
    const built = builtPages();
    const orphans = built.filter((p) => !reachable.has(p));
    expect(capped(orphans), `${orphans.length} of ${built.length} built pages are not linked from any page reachable from /`).toEqual([]);
  });
});
