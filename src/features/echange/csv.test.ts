import { describe, expect, it } from 'vitest';
import { CsvReader, formatCsvField, formatCsvRecord, parseCsv } from './csv';

const champs = (text: string) => parseCsv(text).map((r) => r.champs);

/** Feeds the text in every possible pair of chunks: the result must not depend on where chunks end. */
function parseEnMorceaux(text: string, coupe: number) {
  const reader = new CsvReader();
  return [...reader.push(text.slice(0, coupe)), ...reader.push(text.slice(coupe)), ...reader.end()];
}

describe('lecture CSV (RFC 4180)', () => {
  it('lit des champs simples, avec ou sans fin de ligne finale', () => {
    expect(champs('a,b,c\n1,2,3\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
    expect(champs('a,b,c\n1,2,3')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
  });

  it('accepte CRLF comme LF, et un CR seul', () => {
    expect(champs('a,b\r\n1,2\r\n')).toEqual([['a', 'b'], ['1', '2']]);
    expect(champs('a,b\r1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('garde les champs vides, en tête, au milieu et en fin de ligne', () => {
    expect(champs(',a,,b,\n')).toEqual([['', 'a', '', 'b', '']]);
  });

  it('lit les champs entre guillemets : virgules, guillemets doublés, sauts de ligne', () => {
    const text = 'id,texte\n1,"a, b"\n2,"il a dit ""oui"""\n3,"deux\nlignes"\n4,"crlf\r\ndedans"\n5,""\n';
    expect(champs(text)).toEqual([['id', 'texte'], ['1', 'a, b'], ['2', 'il a dit "oui"'], ['3', 'deux\nlignes'], ['4', 'crlf\r\ndedans'], ['5', '']]);
  });

  it('numérote les lignes physiques : une ligne qui contient des sauts de ligne en occupe plusieurs', () => {
    const records = parseCsv('id,texte\n1,"a\nb\nc"\n2,x\r\n\r\n3,y\n');
    expect(records.map((r) => [r.ligne, r.champs[0]])).toEqual([[1, 'id'], [2, '1'], [5, '2'], [7, '3']]);
  });

  it('ignore les lignes vides et un BOM UTF-8 en tête de fichier', () => {
    expect(champs('\uFEFFcode,nom\n\nA,B\n\n')).toEqual([['code', 'nom'], ['A', 'B']]);
  });

  it('ne retire le BOM qu’en tête de fichier', () => {
    expect(champs('a\n\uFEFFb\n')).toEqual([['a'], ['\uFEFFb']]);
  });

  it('signale un guillemet au milieu d’un champ non entre guillemets', () => {
    const [r] = parseCsv('ab"c,d\n');
    expect(r?.champs).toEqual(['ab"c', 'd']);
    expect(r?.erreurs[0]).toMatch(/guillemet inattendu/);
  });

  it('signale des caractères après le guillemet fermant', () => {
    const [r] = parseCsv('"ab"c,d\n');
    expect(r?.champs).toEqual(['abc', 'd']);
    expect(r?.erreurs[0]).toMatch(/après le guillemet fermant/);
  });

  it('signale des guillemets jamais fermés, avec la ligne où ils s’ouvrent', () => {
    const records = parseCsv('a,b\n1,"ouvert\n2,3\n');
    expect(records).toHaveLength(2);
    expect(records[1]?.ligne).toBe(2);
    expect(records[1]?.erreurs).toEqual(['guillemets non fermés (ouverts à la ligne 2)']);
  });

  it('donne le même résultat quel que soit le découpage en morceaux', () => {
    const text = '\uFEFFid,texte,n\r\n1,"a ""b""\r\nc",2\r\n2,,"x,y"\r\n3,"""",""\r\n';
    const attendu = parseCsv(text);
    for (let coupe = 0; coupe <= text.length; coupe += 1) expect(parseEnMorceaux(text, coupe)).toEqual(attendu);
  });

  it('lit un gros fichier sans relire ce qui est lu (morceaux de 64 Ko)', () => {
    const ligne = '12345,"Nom, Prénom","texte ""cité""\nsur deux lignes",2024-01-01T10:00\n';
    const text = `id,nom,texte,debut\n${ligne.repeat(50_000)}`;
    const reader = new CsvReader();
    let n = 0;
    const t0 = performance.now();
    for (let i = 0; i < text.length; i += 65_536) n += reader.push(text.slice(i, i + 65_536)).length;
    n += reader.end().length;
    expect(n).toBe(50_001);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});

describe('écriture CSV', () => {
  it('ne met entre guillemets que ce qui doit l’être, et double les guillemets', () => {
    expect(formatCsvField('simple')).toBe('simple');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('il a dit "oui"')).toBe('"il a dit ""oui"""');
    expect(formatCsvField('deux\nlignes')).toBe('"deux\nlignes"');
    expect(formatCsvField(null)).toBe('');
    expect(formatCsvField(undefined)).toBe('');
  });

  it('termine chaque ligne par CRLF, et se relit à l’identique', () => {
    const valeurs = ['1', 'a, "b"', 'x\r\ny', '', 'Créteil'];
    const text = formatCsvRecord(valeurs);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(champs(text)).toEqual([valeurs]);
  });
});
