/**
 * What the commands need from the outside world. The commands stay free of Node APIs, so
 * their logic reads as plain functions; `node-io.ts` is the one place that touches files.
 */
export interface CliIo {
  /** Reads a UTF-8 file; rejects with a `CliFileError` when it cannot. */
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
  /** `'file'`, `'directory'` or `null` when nothing is there. */
  kindOf(path: string): Promise<'file' | 'directory' | null>;
  /** Creates a directory and its parents; fine when it exists. */
  makeDirectory(path: string): Promise<void>;
  join(directory: string, name: string): string;
  /**
   * Reads a UTF-8 file of an installed package (`world-atlas/countries-50m.json`), found as
   * Node finds packages from this command's own folder; rejects with a `CliFileError`.
   */
  readPackageFile(specifier: string): Promise<string>;
  /** The size in bytes of the text gzipped at level 9, as a server would send it. */
  gzipSize(text: string): number;
  out(line: string): void;
  err(line: string): void;
}

/** A file that could not be read or written, with the reason in plain words. */
export class CliFileError extends Error {
  override readonly name = 'CliFileError';
}

/** Exit codes, for a site's CI: 0 valid, 1 the data has problems, 2 the command was wrong. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
