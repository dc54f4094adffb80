/// <reference types="node" />
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CliFileError, type CliIo } from './io.js';

/** Node's error codes in words a data editor understands. */
function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

export function nodeIo(): CliIo {
  return {
    async readText(path) {
      try {
        return await readFile(path, 'utf8');
      } catch (error) {
        throw new CliFileError(`cannot read ${path}: ${reason(error)}`);
      }
    },
    async writeText(path, text) {
      try {
        await writeFile(path, text, 'utf8');
      } catch (error) {
        throw new CliFileError(`cannot write ${path}: ${reason(error)}`);
      }
    },
    async kindOf(path) {
      try {
        const info = await stat(path);
        return info.isDirectory() ? 'directory' : 'file';
      } catch {
        return null;
      }
    },
    async makeDirectory(path) {
      try {
        await mkdir(path, { recursive: true });
      } catch (error) {
        throw new CliFileError(`cannot create the folder ${path}: ${reason(error)}`);
      }
    },
    join,
    async readPackageFile(specifier) {
      let path: string;
      try {
        path = createRequire(import.meta.url).resolve(specifier);
      } catch {
        throw new CliFileError(
          `cannot find ${specifier}: install the package it belongs to (npm install ${specifier.split('/')[0]})`,
        );
      }
      return this.readText(path);
    },
    gzipSize: (text) => gzipSync(text, { level: 9 }).length,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}
