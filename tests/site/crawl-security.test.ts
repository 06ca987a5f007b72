/**
 * The Content-Security-Policy of every built page (src/lib/site/content-security-policy.ts), read
 * from the HTML: one policy in a `<meta http-equiv>` ahead of everything it governs, scripts and
 * styles from the site only (no `'unsafe-inline'`, no hash, no other host), and nothing in the
 * pages that such a policy would block: no inline script or style, no `style` or event handler
 * attribute, no `javascript:` URL. That the browser enforces it, and search works under it, is
 * tested in Chromium (tests/e2e/content-security.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/content-security-policy.ts';
import { parseHtml, type ParsedPage } from '../support/html.ts';
import { builtPages, capped } from './crawl.ts';
import { distDir } from './site-data.ts';

/**
 * What the edition promises of its policy: these directives with exactly these sources (`'self'`
 * where the pages load from the site, `'none'` where they load nothing) …
 */
const REQUIRED: Record<string, string> = {
  'default-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};
/** … and no source but these anywhere: no host, scheme, `*`, `'unsafe-inline'`, `'unsafe-eval'` or hash. */
const ALLOWED_SOURCES = new Set(["'self'", "'none'"]);
/** Pagefind's WebAssembly, in `script-src` only. */
const WASM = "'wasm-unsafe-eval'";
/** Directives a browser ignores in a meta element. */
const NOT_IN_META = ['frame-ancestors', 'report-uri', 'sandbox'];

/** Elements that fetch or run something, which a policy in a meta element governs only after it. */
const GOVERNED = new Set(['link', 'script', 'style', 'img', 'source', 'iframe', 'object', 'embed', 'video', 'audio', 'base', 'form']);

/** Script types a browser runs; any other (`application/ld+json` …) is a data block. */
const isJavaScript = (type: string | undefined): boolean =>
  type === undefined || type === '' || type === 'module' || /^(text|application)\/(java|ecma)script$/i.test(type);

function parsePolicy(content: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of content.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What is wrong with the policy of one page, or with what it governs. */
function problemsOf(path: string, html: string, page: ParsedPage): string[] {
  const problems: string[] = [];
  const metas = page.tags.filter((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return [`${path}: ${metas.length} Content-Security-Policy meta elements (want 1)`];
  const meta = metas[0]!;
  const body = page.tags.find((t) => t.name === 'body');
  if (!body || meta.start > body.start) problems.push(`${path}: the policy is not in <head>`);
  const before = page.tags.filter((t) => t.start < meta.start && GOVERNED.has(t.name)).map((t) => `<${t.name}>`);
  if (before.length > 0) problems.push(`${path}: ${before.join(', ')} before the policy, which governs only what follows it`);

  const content = meta.attrs.get('content') ?? '';
  if (content !== CONTENT_SECURITY_POLICY) problems.push(`${path}: not the edition's policy: ${JSON.stringify(content)}`);
  const policy = parsePolicy(content);
  for (const [name, sources] of Object.entries(REQUIRED))
    if (policy.get(name)?.join(' ') !== sources) problems.push(`${path}: ${name} is not ${sources}`);
  for (const name of ['script-src', 'style-src'])
    if (!policy.has(name)) problems.push(`${path}: no ${name} (default-src decides)`);
  for (const [name, sources] of policy) {
    if (NOT_IN_META.includes(name)) problems.push(`${path}: ${name}, which a meta element cannot carry`);
    for (const source of sources)
      if (!ALLOWED_SOURCES.has(source) && !(source === WASM && name === 'script-src')) problems.push(`${path}: ${name} allows ${source}`);
  }

  for (const tag of page.tags) {
    const at = `${path}: <${tag.name}> at ${html.slice(0, tag.start).split('\n').length}`;
    if (tag.name === 'script' && isJavaScript(tag.attrs.get('type')) && !tag.attrs.has('src')) problems.push(`${at}: an inline script`);
    if (tag.name === 'style') problems.push(`${at}: an inline style element`);
    for (const [name, value] of tag.attrs) {
      if (name === 'style') problems.push(`${at}: a style attribute`);
      if (/^on[a-z]+$/.test(name)) problems.push(`${at}: an event handler attribute ${name}`);
      if (/^\s*javascript:/i.test(value)) problems.push(`${at}: a javascript: URL in ${name}`);
    }
    const url = tag.name === 'script' ? tag.attrs.get('src') : tag.name === 'link' ? tag.attrs.get('href') : undefined;
    if (url !== undefined && tag.name === 'link' && !/\b(stylesheet|preload|modulepreload|icon)\b/i.test(tag.attrs.get('rel') ?? '')) continue;
    if (url !== undefined && !/^\/(?!\/)/.test(url)) problems.push(`${at}: ${url} is not a path on the site`);
  }
  return problems;
}

const paths = builtPages();

describe(`the Content-Security-Policy of the ${paths.length} built pages`, () => {
  it('is one meta element ahead of what it governs, on every page, and allows no inline script', () => {
    const problems = paths.flatMap((path) => {
      const html = readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      return problemsOf(path, html, parseHtml(html));
    });
    expect(capped(problems), `${problems.length} problems`).toEqual([]);
  });

  it('finds what a page must not have', () => {
    // The checks themselves, on a page with each fault once: a test that cannot fail proves nothing.
    const html = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><link rel="stylesheet" href="/a.css">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.example.com; style-src 'self'; connect-src *; frame-ancestors 'none'">
<style>p{}</style><script>alert(1)</script><script type="application/ld+json">{}</script>
<script src="https://cdn.example.com/x.js"></script></head><body><p style="color:red" onclick="f()">x</p>
<a href="javascript:void(0)">y</a></body></html>`;
    const found = problemsOf('/bad/', html, parseHtml(html)).map((p) => p.replace(/^\/bad\/: (<\w+> at \d+: )?/, ''));
    expect(found).toEqual([
      '<link> before the policy, which governs only what follows it',
      expect.stringMatching(/^not the edition's policy: /),
      "connect-src is not 'self'",
      "object-src is not 'none'",
      "base-uri is not 'self'",
      "form-action is not 'self'",
      "script-src allows 'unsafe-inline'",
      'script-src allows https://cdn.example.com',
      'connect-src allows *',
      'frame-ancestors, which a meta element cannot carry',
      'an inline style element',
      'an inline script',
      'https://cdn.example.com/x.js is not a path on the site',
      'a style attribute',
      'an event handler attribute onclick',
      'a javascript: URL in href',
    ]);
  });
});
