/**
 * A root-relative path of the edition under the base path the site is served from. Its own module,
 * with no imports, because the browser's scripts need it too (with Vite's `import.meta.env.BASE_URL`)
 * and must not pull in the rest of `src/lib/ids`.
 *
 * The records keep root-relative permanent paths (`/documents/pt-001/` in `documents.json`, the
 * public URL list, the search index): they name a page of the edition wherever it is served. Only
 * where a path becomes a link, a script's fetch or a file's address is the base put in front.
 */

/**
 * `/documents/pt-001/` under `/trotsky/` → `/trotsky/documents/pt-001/`. Only a root-relative path
 * (one slash) is prefixed: a fragment (`#note-1`), a query, a protocol-relative or absolute URL is
 * returned as it is, so a template may pass any `href` through it.
 */
export function underBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const slashed = base.endsWith('/') ? base : `${base}/`;
  return `${slashed}${path.slice(1)}`;
}
