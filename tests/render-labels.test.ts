import { describe, expect, it } from 'vitest';
import { documentLabel, numberLabel, UNDATED } from '../src/lib/render/labels.ts';
import { dateText } from '../src/lib/edtf/label.ts';
import { SOURCE } from './search-fixtures.ts';

describe('labels', () => {
  it('prints a number as the collection does', () => {
    expect(numberLabel(12)).toBe('№ 12');
    expect(numberLabel(12, { nobreak: true })).toBe('№\u00a012');
    expect(numberLabel('7', { nobreak: true })).toBe('№\u00a07');
  });

  it('labels a date, or says that there is none', () => {
    expect(dateText('1923-09-02')).toBe('2 сентября 1923 г.');
    expect(dateText(null)).toBe(UNDATED);
    expect(UNDATED).toBe('без даты');
  });

  it('names a document of a collection by its number, a text of its own by its source', () => {
    expect(documentLabel({ number: 3 }, SOURCE)).toBe('№ 3');
    expect(documentLabel({ number: 3 }, undefined)).toBe('№ 3');
    const single = { ...SOURCE, kind: 'single-document' as const, shortTitle: 'Троцкий. Проблемы развития СССР' };
    expect(documentLabel({ number: 1 }, single)).toBe('Троцкий. Проблемы развития СССР');
    const book = { ...SOURCE, kind: 'book' as const, shortTitle: 'Левые коммунисты в России' };
    expect(documentLabel({ number: 2, title: 'Рабочая оппозиция' }, book)).toBe('Рабочая оппозиция');
  });
});
