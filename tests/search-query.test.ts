import { describe, expect, it } from 'vitest';
import { queryVariants } from '../src/scripts/search/query.ts';

describe('queryVariants', () => {
  it('adds the words of a hyphenated word apart, after the query as typed', () => {
    expect(queryVariants('платформа большевиков-ленинцев')).toEqual(['платформа большевиков-ленинцев', 'платформа большевиков ленинцев']);
    expect(queryVariants('Алма-Ата')).toEqual(['Алма-Ата', 'Алма Ата']);
  });
  it('leaves other queries alone', () => {
    expect(queryVariants('Зиновьев')).toEqual(['Зиновьев']);
    expect(queryVariants('1927-09-15')).toEqual(['1927-09-15']);
    expect(queryVariants('Троцкий - Сталин')).toEqual(['Троцкий - Сталин']);
    expect(queryVariants(null)).toEqual([null]);
  });
});
