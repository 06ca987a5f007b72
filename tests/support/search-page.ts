/**
 * The /search/ page in the browser tests (tests/e2e/search-*.test.ts): opening it ready to use,
 * waiting for the results of the search in the URL, reading them off the screen, and the
 * records to check them against. Each test opens its own page: none depends on another's state.
 */
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { urls } from '../../src/lib/ids/urls.ts';
import { documents } from '../site/site-data.ts';
import { chromiumPages } from '../e2e/browser.ts';

export const base = inject('baseUrl');
export const searchUrl = urls.search();

/** The query of most tests: a name in many documents, titles and texts. */
export const QUERY = 'Зиновьев';
export const GENRE = 'письмо';
export const FROM = '1926-01';
export const TO = '1927-12';

export const byId = new Map(documents.map((d) => [d.id, d]));
export const idOf = (href: string): string => /\/documents\/([^/?#]+)\//.exec(href)?.[1] ?? href;
/** The text of a document as the reader sees it: title and paragraphs. */
export const textOf = (id: string): string => {
  const d = byId.get(id);
  return d ? [d.title, ...d.blocks.map((b) => b.text)].join(' ') : '';
};

/** The query string of a search as the page writes it (fixed parameter order). */
export const params = (entries: [string, string][]): string => new URLSearchParams(entries).toString();

/** The search parameters of the page's URL. */
export const search = (page: Page): URLSearchParams => new URL(page.url()).searchParams;

/** For one `describe`: Chromium, and a fresh page of the size the search tests use. */
export const searchPages = () => chromiumPages({ width: 1024, height: 800 }, 'search');

/** Opens a page of the site and waits until the search form is ready to use. */
export async function open(page: Page, path: string): Promise<void> {
  const res = await page.goto(base + path, { waitUntil: 'load' });
  if (res?.status() !== 200) throw new Error(`GET ${path}: HTTP ${res?.status() ?? 0}`);
  // The lists are filled from the index: the form is ready to use.
  await page.locator('#search-form[data-ready]').waitFor();
}

export interface Shown {
  /** Document ids of the results on screen, in order. */
  ids: string[];
  /** The count in the status line. */
  total: number;
  status: string;
}

/** Waits until the results on screen belong to the search in the URL. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const region = document.getElementById('search-results');
    const list = document.getElementById('search-list');
    return (
      region?.dataset['rendered'] === new URLSearchParams(location.search).toString() &&
      list?.getAttribute('aria-busy') !== 'true'
    );
  });
}

export async function shown(page: Page): Promise<Shown> {
  await settled(page);
  const hrefs = await page.locator('#search-list .search-result__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const status = await page.locator('#search-status').innerText();
  const total = status.includes('Ничего не найдено') ? 0 : Number(/(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return { ids: hrefs.map(idOf), total, status };
}

/** Clicks «Показать ещё» until every result is on screen. */
export async function showAll(page: Page): Promise<Shown> {
  // The results of the search in the URL first: before them, «Показать ещё» is not there yet.
  await settled(page);
  for (let i = 0; i < 50 && (await page.locator('#search-more').isVisible()); i++) {
    const before = await page.locator('#search-list > li').count();
    await page.locator('#search-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-list > li').length > n, before);
  }
  return shown(page);
}
