/**
 * The rules that give back capitals an OCR lost (`lost-capitals.ts`), each on forms quoted from Кислицын's
 * article (content/sources/kislitsyn-pirrova-pobeda.txt, line in brackets), and the words no rule touches.
 */
import { describe, expect, it } from 'vitest';
import { collectCaseEvidence, restoreCapitals } from '../src/lib/ingest/lost-capitals.ts';

const lost = new Set(['м', 'ю']);
const none = { capital: new Set<string>(), lower: new Set<string>() };
const restore = (text: string, evidence = none) => restoreCapitals(text, lost, evidence);

describe('restoreCapitals', () => {
  it('capitalises an initial, and a surname after an initial', () => {
    expect(restore('Фельштинский ю.Г., Чернявский Г.И.').text).toBe('Фельштинский Ю.Г., Чернявский Г.И.'); // (261)
    expect(restore('Я.м. Свердлова').text).toBe('Я.М. Свердлова'); // (191)
    expect(restore('позиций. м.: Терра. 2018.').text).toBe('позиций. М.: Терра. 2018.'); // (262)
    expect(restore('партии» К. маркса и Ф. Энгельса').repairs).toEqual([{ printed: 'маркса', reading: 'Маркса', rule: 'initial', before: 'партиик' }]); // (99)
  });

  it('capitalises a sentence start, not a word after an abbreviation', () => {
    expect(restore('даже как провокацию. можно предположить').text).toBe('даже как провокацию. Можно предположить'); // (216)
    expect(restore('мы вам признание').text).toBe('Мы вам признание');
    expect(restore('по принципу: «мы вам признание').text).toBe('по принципу: «Мы вам признание'); // (256)
    expect(restore('в 1941 г. можно').text).toBe('в 1941 г. можно');
    expect(restore('и т.п. можно').text).toBe('и т.п. можно');
  });

  it('capitalises a proper name the dictionary knows only with a capital, not a common word', () => {
    expect(restore('будет в 109 км от москвы, мы сделаем').text).toBe('будет в 109 км от Москвы, мы сделаем'); // (126–127)
    expect(restore('своими московскими процессами').text).toBe('своими московскими процессами'); // (222)
    expect(restore('поскольку мятеж ПОУм в Барселоне').text).toBe('поскольку мятеж ПОУМ в Барселоне'); // (165): an abbreviation in capitals
  });

  it('asks the dictionary it is given, once it needs one, and only then', () => {
    const asked: string[] = [];
    const capitalOnly = (known: string) => () => ({
      correct: (w: string) => {
        asked.push(w);
        return w === known;
      },
    });
    // The ingest's own dictionary, read once for the parse and the OCR review (ingest.ts).
    expect(restoreCapitals('от москвы', lost, none, capitalOnly('Москвы')).text).toBe('от Москвы');
    expect(asked).toEqual(['москвы', 'Москвы']);
    expect(restoreCapitals('от москвы', lost, none, capitalOnly('Парижа')).text).toBe('от москвы');
    // A sentence start decides without the dictionary: it is not read for it.
    const never = () => {
      throw new Error('the dictionary was read');
    };
    expect(restoreCapitals('москва стоит', lost, none, never).text).toBe('Москва стоит');
  });

  it('capitalises a word the other sources print with a capital inside sentences and never without', () => {
    const evidence = collectCaseEvidence(['письмо тов. Мясникова в ЦК и ответ Мясникову']);
    expect(restore('ответ мясникову', evidence).repairs.map((r) => r.rule)).toEqual(['corpus']);
    expect(restore('ответ мясникову').text).toBe('ответ мясникову');
  });

  it('gathers case evidence only for words that begin with a lost letter when asked so, and the same evidence for them', () => {
    const text = ['письмо тов. Мясникова в ЦК и ответ Мясникову, маркса и Юдину; «Москва» и москва', 'Мясников. Мясникову'];
    const all = collectCaseEvidence(text);
    const some = collectCaseEvidence(text, new Set(['м', 'ю']));
    const begins = (w: string) => /^[мю]/u.test(w);
    expect([...some.capital].sort()).toEqual([...all.capital].filter(begins).sort());
    expect([...some.lower].sort()).toEqual([...all.lower].filter(begins).sort());
    // `тов. Мясникова`, `«Москва»` and the words opening a line or a sentence tell nothing.
    expect([...some.capital].sort()).toEqual(['мясникову', 'юдину']);
    expect([...some.lower].sort()).toEqual(['маркса', 'москва']);
    expect(collectCaseEvidence(text, new Set())).toEqual({ capital: new Set(), lower: new Set() });
  });

  it('keeps the length of the text, so note marks stay where they were', () => {
    const text = 'от москвы, мы сделаем. мы свергнем';
    expect(restore(text).text).toHaveLength(text.length);
    expect(restore(text).text).toBe('от Москвы, мы сделаем. Мы свергнем');
  });
});
