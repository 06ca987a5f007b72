import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { dataPath, readDataFile, SHORT_I_WORDS } from '../src/lib/render/data-dir.ts';
import { shortIVerdicts, verdictsDictionary } from '../src/lib/search/record.ts';
import { DocumentSchema, ShortIWordsSchema, type Document } from '../src/schemas/index.ts';
import { documentsPrinting, missingShortIForms, shortIForms, Stems } from '../src/lib/search/short-i.ts';
import { stemRu } from '../src/lib/search/snowball-ru.ts';
import { foldDiacritics, words } from '../src/lib/search/text.ts';

describe('stemRu: the Snowball Russian stemmer', () => {
  it.each([
    // From the Snowball project's sample vocabulary for Russian.
    ['вавиловых', 'вавилов'],
    ['вагона', 'вагон'],
    ['вагонов', 'вагон'],
    ['важнейшие', 'важн'],
    ['важнейшим', 'важн'],
    ['важно', 'важн'],
    ['важного', 'важн'],
    ['важности', 'важност'],
    ['важностью', 'важност'],
    // Forms of this corpus.
    ['красной', 'красн'],
    ['красная', 'красн'],
    ['троцкий', 'троцк'],
    ['троцкого', 'троцк'],
    ['войны', 'войн'],
    ['пошёл', 'пошел'],
  ])('%s → %s', (word, stem) => {
    expect(stemRu(word)).toBe(stem);
  });

  it('stems a word with й folded apart from its other forms: the reason for the й-forms', () => {
    // Pagefind folds before it stems: `красной` becomes `краснои`, stemmed `красно`,
    // which does not begin the stem `красн` of `красная`.
    expect(foldDiacritics('красной')).toBe('краснои');
    expect(stemRu('краснои')).toBe('красно');
    expect(stemRu('какои')).toBe('како');
    expect(stemRu(foldDiacritics('троцкий'))).toBe('троцк');
  });

  it('leaves words that are not Russian alone', () => {
    expect(stemRu('trotsky')).toBe('trotsky');
    expect(stemRu('1927')).toBe('1927');
  });
});

describe('the й-forms of a page', () => {
  const corpus = [
    new Set(words('красная армия и советская власть'.toLowerCase())),
    new Set(words('красной армии советской власти какой'.toLowerCase())),
    new Set(words('красный флаг'.toLowerCase())),
  ];
  const stems = new Stems();
  const forms = shortIForms(documentsPrinting(corpus), stems);

  it('collects the й-forms of the corpus by lexeme, leaving out stems of three letters', () => {
    expect(forms.get('красн')).toEqual(['красной', 'красный']);
    expect(forms.get('советск')).toEqual(['советской']);
    expect(forms.has('как')).toBe(false);
  });

  it('adds to a page the forms a query would not find there', () => {
    expect(missingShortIForms(corpus[0]!, forms, stems)).toEqual(['красной', 'красный', 'советской']);
  });

  it('adds nothing a page already answers', () => {
    // `красной` (stem `красно`) and `красный` (`красны`) are found through the page's own words
    // only when one of its indexed stems begins with theirs.
    expect(missingShortIForms(corpus[1]!, forms, stems)).toEqual(['красный']);
    expect(missingShortIForms(corpus[2]!, forms, stems)).toEqual(['красной']);
  });
});

describe('documentsPrinting: the corpus the й-forms are made from', () => {
  it('counts, for each word with й, the documents that print it, and nothing else', () => {
    const printed = documentsPrinting([new Set(['красной', 'армии', 'какой']), new Set(['красной', 'трotsky']), new Set(['новейший'])]);
    expect([...printed]).toEqual([
      ['красной', 2],
      ['какой', 1],
      ['новейший', 1],
    ]);
  });

  it('adds to the counts it is given, one document at a time, as the site gathers them', () => {
    const printed = documentsPrinting([new Set(['красной'])]);
    documentsPrinting([new Set(['красной', 'красный'])], printed);
    expect(printed).toEqual(new Map([['красной', 2], ['красный', 1]]));
  });
});

describe('shortIForms: only forms that exist go to other pages', () => {
  // «ответственейшие» is printed once (pt-031, for «ответственнейшие»); «красной» in two documents.
  const corpus = [new Set(['ответственейшие', 'красной']), new Set(['ответственный', 'красной', 'опаснейшая'])];
  const dictionary = new Set(['опаснейшая', 'ответственный']);

  it('keeps a form the dictionary knows or two documents print, and drops one printed once that it does not know', () => {
    const forms = [...shortIForms(documentsPrinting(corpus), new Stems(), (w) => dictionary.has(w)).values()].flat();
    expect(forms).toContain('красной');
    expect(forms).toContain('опаснейшая');
    expect(forms).not.toContain('ответственейшие');
    // Without a dictionary every form goes, as before.
    expect([...shortIForms(documentsPrinting(corpus)).values()].flat()).toContain('ответственейшие');
  });

  it('reads the Russian dictionary: the misprint is not a word, the right form is', async () => {
    const { isRussianWord } = await import('../src/lib/lang/spelling.ts');
    const isWord = isRussianWord;
    expect(isWord('ответственейшие')).toBe(false);
    expect(isWord('ответственнейшие')).toBe(true);
    expect(isWord('красной')).toBe(true);
  }, 120_000);
});

describe("the dictionary's verdicts on the documents' й-words, written by the ingest for the pages' build", () => {
  const doc = (title: string, text: string, notes: string[] = []) =>
    ({ title, text, notes: notes.map((n) => ({ n: '1', text: n })), legend: null, marginalia: [], published: [] }) as unknown as Document;
  const documents = [doc('Письмо Троцкого', 'О красной армии и красной гвардии.', ['ответственейшие товарищи']), doc('Записка', 'Красный флот; новейшие сведения.')];
  const dictionary = new Set(['красной', 'новейшие', 'красный']);

  it('hold every word with й of the indexed texts once, in code-unit order, split by the dictionary', () => {
    expect(shortIVerdicts(documents, (w) => dictionary.has(w))).toEqual({
      known: ['красной', 'красный', 'новейшие'],
      unknown: ['ответственейшие'],
      documents: { красной: 1, красный: 1, новейшие: 1, ответственейшие: 1 },
    });
  });

  it('answer as the dictionary did, and refuse a word they were not made from', () => {
    const isWord = verdictsDictionary({ known: ['красной'], unknown: ['ответственейшие'], documents: { красной: 1, ответственейшие: 1 } }, 'data/short-i-words.json');
    expect(isWord('красной')).toBe(true);
    expect(isWord('ответственейшие')).toBe(false);
    expect(() => isWord('новейшие')).toThrow(/data\/short-i-words\.json has no verdict on «новейшие»/);
  });

  it("are, in data/, the Russian dictionary's own on the published documents", async () => {
    const { isRussianWord } = await import('../src/lib/lang/spelling.ts');
    const published = DocumentSchema.array().parse(JSON.parse(await readDataFile('documents.json')));
    const written = ShortIWordsSchema.parse(JSON.parse(await readFile(dataPath(SHORT_I_WORDS), 'utf8')));
    expect(written).toEqual(shortIVerdicts(published, isRussianWord));
    expect(written.known).toContain('красной');
    expect(written.known.length + written.unknown.length).toBeGreaterThan(1000);
  }, 120_000);
});
