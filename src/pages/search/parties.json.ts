import type { APIRoute } from 'astro';
import { partiesData } from '../../lib/search/parties.ts';
import { documents, persons } from '../../lib/site/data.ts';

/**
 * `/search/parties.json`: the surname forms of authors and addressees and the author → addressee
 * pairs, for the search page's correspondence suggestion (src/lib/search/parties.ts).
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(partiesData(documents, persons)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
