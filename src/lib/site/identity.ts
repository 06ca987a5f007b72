/**
 * The edition's identity, in one place: its title, what kind of publication it is, the printed
 * source it is built on (with the compiler as that source's sidecar gives him), who publishes it,
 * its licence and year. Citations, the exports (TEI, CMIF, CSL-JSON …), the data page and, once
 * wired, the page heads read it from here. The address is not here but in src/lib/ids/site-address.ts
 * (it is set per build by `EDITION_SITE`, not by the edition).
 */
import collectionSidecar from '../../../content/sources/politburo-i-trotsky-1923-1932.json';
import { SourceSchema, type Source } from '../../schemas/index.ts';
import { EDITION_TITLE } from '../render/labels.ts';

/** The licence of what the edition itself makes, and what it says of the texts it reproduces. */
export interface Licence {
  /** SPDX identifier. */
  id: string;
  /** The licence's deed. */
  url: string;
  /** Short name for a reader: `CC BY 4.0`. */
  name: string;
  /** The statement in Russian, for the data page, the TEI `availability` and the data README. */
  statement: string;
  /**
   * False while the licence is a proposal that the maintainers have not confirmed (the README says
   * so): no licence has been declared for the project so far.
   */
  decided: boolean;
}

export interface EditionIdentity {
  /** The edition's title, as the site's name and the electronic publication in citations. */
  title: string;
  /** What it is, as ГОСТ Р 7.0.100 puts it after the title: `электронное издание`. */
  kind: string;
  /** The title romanised (ALA-LC), for citations in English. */
  titleLatin: string;
  /** What the edition holds, in one sentence (Russian). */
  description: string;
  /**
   * Who publishes the electronic edition. No publishing body has been named, so the edition
   * publishes under its own title (TEI `publisher`, CMIF `publisher`, CSL `publisher` of the web page).
   */
  publisher: string;
  /** The year the electronic edition was first published. */
  year: number;
  /** Language of the texts and the interface (BCP 47). */
  language: 'ru';
  licence: Licence;
  /**
   * The printed collection the edition is built on, as its sidecar (`content/sources/…json`) gives
   * it: title, compiler (`authors` with `authorRole: compiler`), publisher, place, year, volume.
   */
  basedOn: Source;
}

/** CC BY 4.0: the licence correspSearch requires of a CMIF file, proposed here for all the edition's own work. */
const CC_BY_4 = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/', name: 'CC BY 4.0' } as const;

export const EDITION: EditionIdentity = {
  title: EDITION_TITLE,
  kind: 'электронное издание',
  titleLatin: 'Politbiuro i Lev Trotskii',
  description: 'Электронное издание документов о Л. Д. Троцком, Политбюро и левой оппозиции, 1923–1932 гг.',
  publisher: EDITION_TITLE,
  year: 2026,
  language: 'ru',
  licence: {
    ...CC_BY_4,
    statement:
      'Разметка, метаданные и файлы данных издания распространяются по лицензии CC BY 4.0 ' +
      '(https://creativecommons.org/licenses/by/4.0/). Тексты документов, заголовки и примечания составителя ' +
      'воспроизводятся по печатному сборнику; права на них остаются за правообладателями.',
    decided: false,
  },
  basedOn: SourceSchema.parse(collectionSidecar),
};

/** The licence statement of a CMIF file, as the CMIF's own examples word it (`publicationStmt/availability/licence`). */
export const CMIF_LICENCE_TEXT = 'This file is licensed under the terms of the Creative Commons Licence CC BY 4.0';
