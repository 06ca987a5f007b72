import { describe, expect, it } from 'vitest';
import { authorsLead, documentLabel, numberLabel, studyKindAfter, UNDATED } from '../src/lib/render/labels.ts';
import { dateText } from '../src/lib/edtf/label.ts';
import { SOURCE } from './search-fixtures.ts';

describe('labels', () => {
  it('closes the authors before a title with one full stop, not two after an initial', () => {
    expect(authorsLead(['Геббс Я.'])).toBe('Геббс Я. ');
    expect(authorsLead(['CDW'])).toBe('CDW. ');
    expect(authorsLead(['Уорд К. Д.', 'CDW'])).toBe('Уорд К. Д., CDW. ');
    expect(authorsLead([])).toBe('');
  });

  it('says a study\'s kind after its title only when the title does not', () => {
    expect(studyKindAfter('Аннотация', 'аннотация')).toBe('');
    expect(studyKindAfter('Предисловие', 'предисловие')).toBe('');
    expect(studyKindAfter('Год 1921-й', 'исследование')).toBe(' (исследование)');
  });

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
