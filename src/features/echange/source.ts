/**
 * Where the files of an exchange folder come from: a directory on disk (CLIs), or memory (tests, and
 * later an uploaded archive). Files are read as UTF-8 text chunks, never whole.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type Source = {
  /** For messages: the folder's path. */
  description: string;
  /** Names of the files present (not sub-folders). */
  noms(): Promise<string[]>;
  /** Size in bytes (progress of the validation pass). */
  taille(nom: string): Promise<number>;
  /** The file's text, chunk by chunk. */
  lire(nom: string): AsyncIterable<string>;
};

export function sourceRepertoire(dir: string): Source {
  return {
    description: dir,
    async noms() {
      const entries = await readdir(dir, { withFileTypes: true });
      return entries.filter((e) => e.isFile()).map((e) => e.name).sort();
    },
    async taille(nom) {
      return (await stat(join(dir, nom))).size;
    },
    lire(nom) {
      // A StringDecoder inside the stream keeps multi-byte characters split across chunks whole.
      return createReadStream(join(dir, nom), { encoding: 'utf8', highWaterMark: 1 << 20 });
    },
  };
}

export function sourceMemoire(fichiers: Record<string, string>, description = 'mémoire'): Source {
  return {
    description,
    async noms() {
      return Object.keys(fichiers).sort();
    },
    async taille(nom) {
      return Buffer.byteLength(fichiers[nom] ?? '', 'utf8');
    },
    async *lire(nom) {
      const text = fichiers[nom] ?? '';
      // Small chunks, so that the tests also cross chunk boundaries.
      for (let i = 0; i < text.length; i += 7) yield text.slice(i, i + 7);
    },
  };
}
