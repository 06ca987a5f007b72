import { describe, expect, it } from 'vitest';
import { parseTitle } from '../src/lib/ingest/title.ts';

const parties = (title: string) =>
  parseTitle(title).parties.map((p) => `${p.role === 'author' ? 'from' : 'to'} ${p.name} [${p.printed}]`);

describe('parseTitle (titles as printed in the collection)', () => {
  it('letter with several addressees', () => {
    const t = parseTitle('Письмо Л. Д. Троцкого М. М. Литвинову, Г. Е. Зиновьеву, И. В. Сталину от 1 февраля 1923 г. об интервью корреспонденту Ренсому');
    expect(t.genre).toBe('письмо');
    expect(t.date?.edtf).toBe('1923-02-01');
    expect(parties('Письмо Л. Д. Троцкого М. М. Литвинову, Г. Е. Зиновьеву, И. В. Сталину от 1 февраля 1923 г. об интервью корреспонденту Ренсому')).toEqual([
      'from Троцкий Л. Д. [Л. Д. Троцкого]',
      'to Литвинов М. М. [М. М. Литвинову]',
      'to Зиновьев Г. Е. [Г. Е. Зиновьеву]',
      'to Сталин И. В. [И. В. Сталину]',
    ]);
  });

  it('an office before the author is not a party; a body in the accusative is the addressee', () => {
    expect(parties('Информационное сообщение председателя ГПУ Ф. Э. Дзержинского в центральный комитет Российской коммунистической партии (б) «О рабочем стачечном движении»')).toEqual([
      'from Дзержинский Ф. Э. [Ф. Э. Дзержинского]',
      'to ЦК ВКП(б) [центральный комитет Российской коммунистической партии (б)]',
    ]);
  });

  it('the addressee may follow the date', () => {
    expect(parties('Письмо Л. Д. Троцкого от 24 октября 1923 г. в секретариат ЦК РКП(б)')).toEqual([
      'from Троцкий Л. Д. [Л. Д. Троцкого]',
      'to Секретариат ЦК ВКП(б) [секретариат ЦК РКП(б)]',
    ]);
  });

  it('persons in the subject are not parties', () => {
    expect(parties('Выписка из протокола заседания Политбюро ЦК от 11 октября1923 г. о письме Л. Д. Троцкого')).toEqual([
      'from Политбюро ЦК ВКП(б) [Политбюро ЦК]',
    ]);
    expect(parties('Письмо немецких коммунистов И. В. Сталину от 3 июля 1930 г. о распространении книг Л. Д. Троцкого')).toEqual([
      'from Немецкие коммунисты [немецких коммунистов]',
      'to Сталин И. В. [И. В. Сталину]',
    ]);
  });

  it('a feminine surname after the author is an addressee', () => {
    expect(parties('Письмо Л. Д. Троцкого Н. К. Крупской от 5 мая 1924 г.')).toEqual([
      'from Троцкий Л. Д. [Л. Д. Троцкого]',
      'to Крупская Н. К. [Н. К. Крупской]',
    ]);
  });

  it('knows an undated title', () => {
    const t = parseTitle('Письмо от неустановленного лица И.П. Товстухе (без даты) с приложением троцкистской листовки');
    expect(t.undated).toBe(true);
    expect(t.date).toBeNull();
    expect(parties('Письмо от неустановленного лица И.П. Товстухе (без даты) с приложением')).toEqual(['to Товстуха И. П. [И.П. Товстухе]']);
  });
});

describe('parseTitle: bodies, surnames without initials, subject-only titles', () => {
  it('reads the bodies of the collection in their case forms', () => {
    expect(parties('Письмо Л. Д. Троцкого в Секретариат ЦК ВКП(б) и Секретариат ЦКК ВКП(б) от 20 марта 1926 г. о рассылке')).toEqual([
      'from Троцкий Л. Д. [Л. Д. Троцкого]',
      'to Секретариат ЦК ВКП(б) [Секретариат ЦК ВКП(б)]',
      'to Секретариат ЦКК ВКП(б) [Секретариат ЦКК ВКП(б)]',
    ]);
    expect(parties('Письмо И.Т.Смилги в редакцию газеты «Правда» от 18 октября 1927 г. с приложением')).toEqual([
      'from Смилга И. Т. [И.Т.Смилги]',
      'to Редакция газеты «Правда» [редакцию газеты «Правда»]',
    ]);
    expect(parties('Письмо И. В. Сталина секретарю Камчатского Губкома')).toEqual([
      'from Сталин И. В. [И. В. Сталина]',
      'to Секретарь Камчатского губкома ВКП(б) [секретарю Камчатского Губкома]',
    ]);
    expect(parties('Выписка из протокола закрытого заседания бюро Сибкрайкома от 24 января 1929 г. о мероприятиях')).toEqual([
      'from Бюро Сибкрайкома ВКП(б) [бюро Сибкрайкома]',
    ]);
  });

  it('takes a surname without initials where a party stands', () => {
    expect(parties('Письмо Шеффера от 9 Января 1928 г.')).toEqual(['from Шеффер [Шеффера]']);
    expect(parties('Докладная записка Я. С. Агранова Сталину от 21 октября 1929 г. с приложением')).toEqual([
      'from Агранов Я. С. [Я. С. Агранова]',
      'to Сталин [Сталину]',
    ]);
    // `Особого` is an adjective, no surname: the department is the author (№ 108 «Донесение Особого отдела ОГПУ УВО»).
    expect(parties('Донесение Особого отдела ОГПУ от 5 мая 1928 г.')).toEqual(['from Особый отдел ОГПУ [Особого отдела ОГПУ]']);
  });

  it('names no parties where the title opens with its subject or names collected material', () => {
    expect(parties('О направлении заявлений оппозиционеров в Президиум ИККИ и ЦК всех национальных компартий от 17 января 1928 года')).toEqual([]);
    expect(parties('Обзор Бюллетеней ТАСС от 5 марта 1929 г. и статьи Л. Д. Троцкого')).toEqual([]);
  });
});
