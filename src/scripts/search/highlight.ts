/**
 * On a document page opened from a search result: the words searched for, marked in the text.
 * Result links carry them as `?highlight=word&highlight=word` (Pagefind's `highlightParam`);
 * Pagefind's highlight script marks them with mark.js inside `[data-pagefind-body]`, skipping
 * what the index ignores (`data-pagefind-ignore`). Pages opened without the parameter load nothing.
 *
 * Russian inflects: a search for «Троцкий» finds «Троцкого» (Pagefind stems both), but the typed
 * word is not in the inflected one. So each word is cut to its Snowball stem, the one Pagefind
 * searches by (`троцк`), and every word of the text that begins with it is marked whole.
 * @see https://pagefind.app/docs/highlighting/
 */
import { HIGHLIGHT_PARAM } from './pagefind.ts';
import { onSite } from '../site-base.ts';

const HIGHLIGHT_URL = '/pagefind/pagefind-highlight.js';
export const HIGHLIGHT_CLASS = 'pagefind-highlight';

/** Stems shorter than this would mark too much (`по…`); such words are looked for as typed. */
const MIN_STEM = 3;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern of one part of a word: its stem and any ending for a Russian word; a short word
 * (`по`, `и`) alone; anything else as typed, with any ending. A part after a hyphen follows
 * the part before it, so a short stem will do there (`алма-ата` → `алм…-ат…`, «в Алма-Ату»).
 */
function partPattern(part: string, stem: (word: string) => string, afterHyphen: boolean): string {
  const any = '[\\p{L}\\p{N}]*';
  if (!/^[а-яё]+$/.test(part)) return escape(part) + any;
  if (part.length < MIN_STEM && !afterHyphen) return `${part}(?![\\p{L}\\p{N}])`;
  const s = stem(part);
  return (s.length >= (afterHyphen ? 1 : MIN_STEM) ? s : part) + any;
}

/**
 * A regular expression that finds, case-insensitively, every word beginning with the stem of one
 * of the searched words, each part of a hyphenated word alike; `е` also finds `ё`. `null` when no
 * word is left.
 */
export function highlightRegExp(terms: readonly string[], stem: (word: string) => string): RegExp | null {
  const patterns = [
    ...new Set(
      terms
        .map((t) => t.toLowerCase().trim())
        .filter((t) => t !== '')
        .map((t) =>
          t
            .split('-')
            .map((part, i) => partPattern(part, stem, i > 0).replace(/[её]/g, '[её]'))
            .join('-'),
        ),
    ),
  ].sort((a, b) => b.length - a.length);
  if (patterns.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${patterns.join('|')})`, 'giu');
}

interface MarkInstance {
  markRegExp(regexp: RegExp, options: Record<string, unknown>): void;
}
interface HighlightOptions {
  highlightParam: string;
  markOptions: Record<string, unknown>;
  addStyles: boolean;
}
type PagefindHighlightClass = new (options: HighlightOptions) => {
  markOptions?: Record<string, unknown>;
  markText?(instance: MarkInstance, terms: string[]): void;
};

export async function highlightSearchTerms(): Promise<void> {
  const terms = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM).filter((t) => t.trim() !== '');
  if (terms.length === 0) return;
  const url = onSite(HIGHLIGHT_URL);
  const [module, { stemRu }] = await Promise.all([
    import(/* @vite-ignore */ url) as Promise<{ default?: PagefindHighlightClass }>,
    import('../../lib/search/snowball-ru.ts'),
  ]);
  const Base = module.default ?? (window as { PagefindHighlight?: PagefindHighlightClass }).PagefindHighlight;
  if (!Base) throw new Error(`${HIGHLIGHT_URL} did not define PagefindHighlight`);

  // pagefind-highlight.js 1.x reads the words from the URL and hands them to `markText`, which
  // marks each as typed; here they are marked by stem instead. Should a later version mark
  // elsewhere, the words are marked as typed, as Pagefind does.
  const Stemmed = class extends Base {
    override markText(instance: MarkInstance, words: string[]): void {
      const regexp = highlightRegExp(words, stemRu);
      if (regexp) instance.markRegExp(regexp, this.markOptions ?? {});
    }
  };
  // The constructor marks the words at once. The edition styles the marks itself (search-highlight.astro).
  new Stemmed({
    highlightParam: HIGHLIGHT_PARAM,
    markOptions: { className: HIGHLIGHT_CLASS, exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
    addStyles: false,
  });
}
