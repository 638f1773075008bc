/**
 * The exchange format's CSV (RFC 4180): comma separator, fields quoted with `"` when they contain a
 * comma, a quote (doubled) or a line break; CRLF or LF line ends; a leading UTF-8 BOM is tolerated.
 *
 * The reader is incremental (`push` chunks, then `end`) so that a file of a million rows is never held
 * as rows in memory, and it never rescans what it has read. Each record carries the physical line
 * number where it starts (the header is line 1), so errors point at the line an editor shows.
 */

export type CsvRecord = {
  /** Physical line (1-based) where the record starts. */
  ligne: number;
  champs: string[];
  /** Syntax problems found in this record (French); the record is still returned as read. */
  erreurs: string[];
};

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;

export class CsvReader {
  private fields: string[] = [];
  private field = '';
  /** Inside a quoted field. */
  private inQuotes = false;
  /** A quote was seen inside a quoted field as the last character of the previous chunk. */
  private quotePending = false;
  /** The current field was quoted and its closing quote has been read. */
  private closed = false;
  /** Nothing has been read for the current field yet (a quote here opens a quoted field). */
  private atFieldStart = true;
  /** The previous chunk ended with CR (a following LF belongs to the same line end). */
  private skipLf = false;
  private started = false;
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private errors: string[] = [];
  private out: CsvRecord[] = [];

  push(chunk: string): CsvRecord[] {
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const n = text.length;
    let i = 0;
    if (this.skipLf) {
      this.skipLf = false;
      if (n > 0 && text.charCodeAt(0) === LF) i = 1;
    }
    while (i < n) {
      if (this.quotePending) {
        this.quotePending = false;
        if (text.charCodeAt(i) === QUOTE) {
          this.field += '"';
          i += 1;
          continue;
        }
        this.inQuotes = false;
        this.closed = true;
      }
      if (this.inQuotes) {
        const q = text.indexOf('"', i);
        const end = q === -1 ? n : q;
        this.countLines(text, i, end);
        this.field += text.slice(i, end);
        if (q === -1) return this.drain();
        if (q + 1 === n) {
          this.quotePending = true;
          return this.drain();
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          this.field += '"';
          i = q + 2;
        } else {
          this.inQuotes = false;
          this.closed = true;
          i = q + 1;
        }
        continue;
      }
      if (this.atFieldStart && text.charCodeAt(i) === QUOTE) {
        this.atFieldStart = false;
        this.inQuotes = true;
        this.quoteLine = this.line;
        i += 1;
        continue;
      }
      // Unquoted content (or what follows a closing quote): up to the next special character.
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === LF || c === CR || c === QUOTE) break;
        j += 1;
      }
      if (j > i) {
        if (this.closed) this.error('caractères après le guillemet fermant : un champ entre guillemets doit être suivi d’une virgule ou d’une fin de ligne');
        this.field += text.slice(i, j);
        this.atFieldStart = false;
      }
      if (j === n) return this.drain();
      const c = text.charCodeAt(j);
      if (c === QUOTE) {
        this.error('guillemet inattendu : un champ qui contient des guillemets doit être entre guillemets, et ses guillemets doublés');
        this.field += '"';
        this.atFieldStart = false;
        i = j + 1;
      } else if (c === COMMA) {
        this.endField();
        i = j + 1;
      } else {
        this.endField();
        this.endRecord();
        this.line += 1;
        this.recordLine = this.line;
        if (c === CR) {
          if (j + 1 === n) {
            this.skipLf = true;
            i = j + 1;
          } else {
            i = text.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
          }
        } else {
          i = j + 1;
        }
      }
    }
    return this.drain();
  }

  /** Flushes the last record (a file need not end with a line break). */
  end(): CsvRecord[] {
    if (this.quotePending) {
      this.quotePending = false;
      this.inQuotes = false;
      this.closed = true;
    }
    if (this.inQuotes) {
      this.error(`guillemets non fermés (ouverts à la ligne ${this.quoteLine})`);
      this.inQuotes = false;
    }
    if (!this.atFieldStart || this.fields.length > 0 || this.closed) {
      this.endField();
      this.endRecord();
    }
    return this.drain();
  }

  private countLines(text: string, from: number, to: number) {
    let k = text.indexOf('\n', from);
    while (k !== -1 && k < to) {
      this.line += 1;
      k = text.indexOf('\n', k + 1);
    }
  }

  private error(message: string) {
    if (!this.errors.includes(message)) this.errors.push(message);
  }

  private endField() {
    this.fields.push(this.field);
    this.field = '';
    this.atFieldStart = true;
    this.closed = false;
  }

  private endRecord() {
    const blank = this.fields.length === 1 && this.fields[0] === '' && this.errors.length === 0;
    if (!blank) this.out.push({ ligne: this.recordLine, champs: this.fields, erreurs: this.errors });
    this.fields = [];
    this.errors = [];
  }

  private drain(): CsvRecord[] {
    const out = this.out;
    this.out = [];
    return out;
  }
}

/** Parses a whole text (tests, small files). */
export function parseCsv(text: string): CsvRecord[] {
  const reader = new CsvReader();
  return [...reader.push(text), ...reader.end()];
}

/** Records of a stream of text chunks. */
export async function* readCsv(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  const reader = new CsvReader();
  for await (const chunk of chunks) yield* reader.push(chunk);
  yield* reader.end();
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One field: quoted (inner quotes doubled) only when needed; null and undefined are empty. */
export function formatCsvField(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record with its CRLF line end (RFC 4180). */
export function formatCsvRecord(values: readonly (string | null | undefined)[]): string {
  return `${values.map(formatCsvField).join(',')}\r\n`;
}
