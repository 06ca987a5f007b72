/**
 * The README of the data zip, in Russian: what the edition is, what each file holds, how dates and
 * archival references are written, the licence and how to cite the edition. Pure.
 */
import { homeUrl, type SiteAddress } from '../ids/site-address.ts';
import { EDITION } from '../site/identity.ts';
import { printedSource } from './gost.ts';

/** What the README lists. */
export interface ZipReadmeInput {
  files: readonly { name: string; format: string; description: string }[];
  /** The ingest's JSON files in the zip. */
  jsonNames: readonly string[];
  documents: number;
  updated: string | null;
  address?: SiteAddress | undefined;
}

export const JSON_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'documents.json': 'все документы: номер, заголовок, вид, авторы и адресаты, дата (как напечатана и в EDTF), архивная легенда, примечания, текст по абзацам, страница сборника, исправления издания',
  'persons.json': 'указатель лиц и учреждений с формами имени и документами, где они авторы или адресаты',
  'sources.json': 'разобранные источники: библиографическое описание и предисловие',
  'studies.json': 'исследования (статьи, главы книги): заглавие, авторы, место публикации, аннотации, текст по абзацам, примечания, нераскрытые ссылки, восстановленные заглавные буквы',
  'report.json': 'отчёт о разборе OCR-текстов: замечания, пропуски нумерации, полнота, исправления',
};

export function zipReadme(input: ZipReadmeInput): string {
  const home = homeUrl(input.address);
  const lines = [
    `# ${EDITION.title}: данные издания`,
    '',
    `${EDITION.description} ${home}`,
    '',
    `Основа издания: ${printedSource(EDITION.basedOn).replace(/\u00a0/g, ' ')}.`,
    '',
    `Документов: ${input.documents}. Данные собраны ${input.updated ?? '(дата сборки неизвестна)'}.`,
    '',
    '## Файлы',
    '',
    ...input.jsonNames.map((name) => `- \`${name}\` (JSON) — ${JSON_DESCRIPTIONS[name] ?? 'данные издания'}.`),
    ...input.files.map((f) => `- \`${f.name}\` (${f.format}) — ${f.description.replace(/\.$/, '')}.`),
    '- `tei/<id>.xml` (TEI P5) — каждый документ: текст с примечаниями составителя и исправлениями издания, архивное описание, переписка; проверены по схеме tei_all.',
    '',
    '## Как читать',
    '',
    '- Идентификатор документа — сигла источника и номер: `pt-001` — документ № 1 сборника, `bo-001` — платформа 1931 г.',
    '- Даты — в формате EDTF (ISO 8601-2): `1923-02-01`, `1925-04`, `1924-12~/1925-01~` (около декабря 1924 — около января 1925), `1928-02-12/..` (не ранее 12 февраля 1928); пустое значение — документ без даты.',
    '- Архивный шифр разложен по уровням: архив, фонд, опись, дело, листы (`об.` — оборот).',
    '- В CSV поля разделены запятыми, все значения в кавычках, кодировка UTF-8; несколько авторов или адресатов разделены «; ». В Excel: «Данные → Из текстового/CSV-файла», кодировка UTF-8.',
    '- Страница — страница сборника, на которой начинается документ (расчётная, где номер страницы в тексте не сохранился).',
    '',
    '## Лицензия',
    '',
    EDITION.licence.statement,
    '',
    '## Как цитировать',
    '',
    `${EDITION.title} : ${EDITION.kind}. URL: ${home} (дата обращения: ДД.ММ.ГГГГ).`,
    '',
  ];
  return lines.join('\n');
}
