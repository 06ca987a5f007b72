/** Moved to src/lib/ids/urls.ts; this re-export goes once every import points there. */
export * from '../ids/urls.ts';
