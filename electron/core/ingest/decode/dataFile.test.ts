import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/api/errors';
import { dataFileKind } from './dataFile';
import { decodeFile } from './decodeFile';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('data files are not articles', () => {
  it('recognises JSON, SVG, RSS and other XML, but not articles that start with a bracket or XHTML', () => {
    expect(dataFileKind('{ "name": "copydesk", "version": "1" }')).toBe('JSON');
    expect(dataFileKind('[1, 2, 3]')).toBe('JSON');
    expect(dataFileKind('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')).toBe('XML');
    expect(dataFileKind('<?xml version="1.0"?><rss version="2.0"><channel/></rss>')).toBe('XML');
    expect(dataFileKind('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>')).toBeNull();
    expect(dataFileKind('[Updated] The council met on Monday.')).toBeNull();
    expect(dataFileKind('{Draft} Ferry aground near the harbour')).toBeNull();
    expect(dataFileKind('The council met on Monday.')).toBeNull();
  });

  it('refuses them at import with a message naming the file', async () => {
    for (const [name, text] of [
      ['package.json', '{ "name": "x" }'],
      ['icon.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>'],
    ] as const) {
      const error = await decodeFile(bytes(text), name).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('UNSUPPORTED_FILE');
      expect((error as AppError).message).toContain(name);
    }
  });
});
