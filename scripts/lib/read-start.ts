/**
 * The start of a file read into a buffer, with the file system's synchronous calls: for the build's
 * steps that read many files one after another with nothing beside them (the index's page scan, the URL
 * check), where a trip through the thread pool for each open, stat, read and close cost more than the read.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reads `path` from its start, at most `limit` bytes, into the buffer `bufferFor` gives for the bytes to
 * read; returns the buffer and how many bytes were read (a file that changes under the read is read as
 * far as it goes).
 */
export function readStart(path: string, bufferFor: (bytes: number) => Buffer, limit = Infinity): { buffer: Buffer; length: number } {
  const file = openSync(path, 'r');
  try {
    const bytes = Math.min(fstatSync(file).size, limit);
    const buffer = bufferFor(bytes);
    let length = 0;
    for (let read = -1; read !== 0 && length < bytes; length += read) read = readSync(file, buffer, length, bytes - length, length);
    return { buffer, length };
  } finally {
    closeSync(file);
  }
}
