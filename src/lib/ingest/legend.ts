import type { Legend } from '../../schemas/index.ts';

/** A line that opens an archive legend: an archive abbreviation followed by a fond. */
export const LEGEND_START = /^(РГАСПИ|РГАНИ|ГАРФ|ЦА ФСБ(?: России)?|АП ?РФ|РГВА|РГАЭ|ЦГАОР|ЦАМО|ЦПА ИМЛ)[\s.,]*Ф\s*\./u;

const AUTHENTICITY = /(Заверенная копия|Подлинник|Копия|Отпуск|Дубликат)/u;
const METHOD = /(Машинопись|Рукопись|Автограф|Типографский экз(?:емпляр|\.)?|Типографский оттиск|Стеклограф|Ротатор|Ксерокопия|Фотокопия)/u;

/** Reads the parts of a legend; missing parts are `null`. */
export function parseLegend(text: string): Legend {
  const t = text.replace(/\s+/g, ' ').trim();
  const archive = /^([^.]+?)\.?\s*Ф\s*\./u.exec(t)?.[1]?.trim() ?? null;
  const fond = /Ф\s*\.\s*([\wА-Яа-я-]+?)\s*\./u.exec(t)?.[1] ?? null;
  const opis = /Оп\s*\.\s*([\wА-Яа-я-]+?)\s*\./u.exec(t)?.[1] ?? null;
  const delo = /Д\s*\.\s*([\wА-Яа-я-]+?)\s*\./u.exec(t)?.[1] ?? null;
  const sheetsRaw = /Л\s*\.\s*([\d\s,;–—-]+(?:\s*\(?об\.?\)?)?(?:[\d\s,;–—-]*)?)/u.exec(t)?.[1] ?? null;
  return {
    text: t,
    archive,
    fond,
    opis,
    delo,
    sheets: sheetsRaw ? normaliseSheets(sheetsRaw) : null,
    authenticity: AUTHENTICITY.exec(t)?.[1] ?? null,
    method: METHOD.exec(t)?.[1] ?? null,
  };
}

/** `50-53` → `50–53`, `12(об)` → `12 об.`, trailing punctuation dropped. */
export function normaliseSheets(raw: string): string {
  return raw
    .replace(/[\s.,;–-]+$/u, '')
    .replace(/\s*[-—]\s*/g, '–')
    .replace(/\s*–\s*/g, '–')
    .replace(/\s*\(?об\.?\)?/gu, ' об.')
    .replace(/\s*,\s*/g, ', ')
    .replace(/\s*;\s*/g, '; ')
    .trim();
}

/** Lines after a legend: what kind each is. */
export function classifyAfterLegend(line: string): 'published' | 'marginalia' | 'other' {
  if (/^(Опубл|Впервые опубл|Публикуется|Ранее опубл)/u.test(line)) return 'published';
  if (/(помет|резолюци|надпис|подчеркнут|отметк|приписк|штамп)/iu.test(line)) return 'marginalia';
  return 'other';
}
