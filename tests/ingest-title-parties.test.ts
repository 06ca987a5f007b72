import { describe, expect, it } from 'vitest';
import { groupToNominative } from '../src/lib/lang/groups.ts';
import { parseTitle } from '../src/lib/ingest/title.ts';

const parties = (title: string) =>
  parseTitle(title).parties.map((p) => `${p.role === 'author' ? 'from' : 'to'} ${p.kind} ${p.name} [${p.printed}]`);

// Titles quoted from the collection (№ as printed); the expected parties read from the printed title and text.
describe('parties named without initials or a known body', () => {
  it('a group in the genitive plural after the genre or after «от» is an author (№ 110, 115, 129, 200)', () => {
    expect(parties('Письмо оппозиционеров от 2 января 1928 г. об отмене постановления о ссылке')).toEqual(['from group Оппозиционеры [оппозиционеров]']);
    expect(parties('Сообщения информационных агентств от 9-10 января 1928 г. о высылке оппозиционеров')).toEqual([
      'from group Информационные агентства [информационных агентств]',
    ]);
    expect(parties('Телеграмма из Великого Устюга от оппозиционеров от 30 апреля 1928 г.')).toEqual(['from group Оппозиционеры [оппозиционеров]']);
    expect(parties('Письмо немецких коммунистов И. В. Сталину от 3 июля 1930 г. о распространении книг Л. Д. Троцкого')).toEqual([
      'from group Немецкие коммунисты [немецких коммунистов]',
      'to person Сталин И. В. [И. В. Сталину]',
    ]);
  });

  it('members of a body and the material of a list are no group (№ 11, 109)', () => {
    expect(parties('Ответ членов Политбюро на письмо Л. Д. Троцкого от 19 октября 1923 г.')).toEqual(['from body Политбюро ЦК ВКП(б) [Политбюро]']);
    expect(parties('Список оппозиционеров направленных на работу на периферию от 2 января 1928 г.')).toEqual([]);
  });

  it('a cover name in quotes after the genre is its author (№ 145)', () => {
    expect(parties('Расшифованное письмо «Абрама» Л. Д. Троцкому от 3 октября 1928 г.')).toEqual([
      'from person «Абрам» [«Абрама»]',
      'to person Троцкий Л. Д. [Л. Д. Троцкому]',
    ]);
  });

  it('the newspaper an interview was given to, or a telegram sent to, is the addressee; where a text was printed is not (№ 111, 180, 181, 182)', () => {
    expect(parties('Интервью Л. Д. Троцкого Турецкой газете «Джумхуриет» от 20 марта 1929 г.')).toEqual([
      'from person Троцкий Л. Д. [Л. Д. Троцкого]',
      'to body Газета «Джумхуриет» [Турецкой газете «Джумхуриет»]',
    ]);
    expect(parties('Интервью Л. Д. Троцкого «Рейнско-Вестфальской газете»от 21 марта 1929 г.')).toEqual([
      'from person Троцкий Л. Д. [Л. Д. Троцкого]',
      'to body «Рейнско-Вестфальская газета» [«Рейнско-Вестфальской газете»]',
    ]);
    expect(parties('Телеграммы П. Шеффера в «Берлингер Тагеслатт» от 5 января 1928 г.')).toEqual([
      'from person Шеффер П. [П. Шеффера]',
      'to body Газета «Берлингер Тагеслатт» [«Берлингер Тагеслатт»]',
    ]);
    expect(parties('Публикация Л. Д. Троцкого в газете «Фольксвилле» от 10 апреля 1929 г.')).toEqual(['from person Троцкий Л. Д. [Л. Д. Троцкого]']);
    expect(parties('Статья Л. Д. Троцкого в «Дэйли Экспресс» от 1 марта 1929 г.')).toEqual(['from person Троцкий Л. Д. [Л. Д. Троцкого]']);
  });

  it('an abbreviation the edition does not know is kept as printed, not read as another body (№ 132)', () => {
    expect(parties('Письмо зав. Секретным Отделом ЦК ВЛКСМ Кучерова членам и кандидатам ЦК и ЦРК от мая 1928 г. с приложением материалов оппозиционеров')).toEqual([
      'from person Кучеров [Кучерова]',
      'to body ЦК ВКП(б) [ЦК]',
      'to body ЦРК [ЦРК]',
    ]);
    // Reported (`body-unknown`), so the editor sees each: only the unknown abbreviation is flagged.
    expect(parseTitle('Письмо зав. Секретным Отделом ЦК ВЛКСМ Кучерова членам и кандидатам ЦК и ЦРК от мая 1928 г.').parties.filter((p) => p.unknown).map((p) => p.printed)).toEqual(['ЦРК']);
    // The party's name left over from a misprinted body is not a party (№ 171 prints «Политбюро К ВКП(б)»).
    expect(parties('Письмо Х. Г. Раковского в Политбюро К ВКП(б) от 15 января 1929 г. о Л. Д. Троцком')).toEqual([
      'from person Раковский Х. Г. [Х. Г. Раковского]',
      'to body Политбюро ЦК ВКП(б) [Политбюро]',
    ]);
  });

  it('a title that opens with its subject keeps the sender of his own text and its addressee (№ 83), not the enclosures’ parties (№ 121)', () => {
    expect(parties('О направлении статьи Л. Д. Троцкого «Неужели же не пора понять?» в секретариат ЦК от 26 мая 1927 г.')).toEqual([
      'from person Троцкий Л. Д. [Л. Д. Троцкого]',
      'to body Секретариат ЦК ВКП(б) [секретариат ЦК]',
    ]);
    expect(parties('О направлении заявлений оппозиционеров в Президиум ИККИ и ЦК всех национальных компартий от 17 января 1928 года с приложением')).toEqual([]);
  });

  it('groups in the nominative plural', () => {
    expect(groupToNominative('немецких коммунистов')).toBe('Немецкие коммунисты');
    expect(groupToNominative('большевиков')).toBe('Большевики');
    expect(groupToNominative('информационных агентств')).toBe('Информационные агентства');
  });
});

describe('a draft dated by the publication of the finished text', () => {
  it('is dated before it: ../1924-11-02, with the reason (№ 31)', () => {
    const t = parseTitle('Черновик статьи Н.И.Бухарина «Как не нужно писать историю Октября» опубликованной в газете «Правда» 2 ноября 1924 г.');
    expect(t.date).toEqual({ edtf: '../1924-11-02', text: '2 ноября 1924', basis: 'publication' });
    expect(t.parties.map((p) => p.name)).toEqual(['Бухарин Н. И.']);
  });

  it('a title that dates the document itself keeps that date (№ 176)', () => {
    const t = parseTitle('Обзор Бюллетеней ТАСС от 5 марта 1929 г. и статьи Л. Д. Троцкого опубликованной в газете «Дейли Экспресс»');
    expect(t.date?.edtf).toBe('1929-03-05');
    expect(t.date?.basis).toBeUndefined();
  });
});
