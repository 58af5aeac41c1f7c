import { describe, expect, it } from 'vitest';
import { exportFileName } from './fileName';

describe('exportFileName', () => {
  it('names the file after the brief', () => {
    expect(exportFileName('Blinken in Beijing', 'md')).toBe('Blinken in Beijing.md');
    expect(exportFileName('Port Calder: bridge “closure” — day 2', 'pdf')).toBe('Port Calder bridge “closure” — day 2.pdf');
  });

  it('cannot climb out of the folder or upset a file system', () => {
    expect(exportFileName('../../etc/passwd', 'md')).toBe('etc passwd.md');
    expect(exportFileName('a\\b*c?d"e<f>g|h', 'pdf')).toBe('a b c d e f g h.pdf');
    expect(exportFileName('line\nbreak\u202Egnp.exe', 'md')).toBe('line breakgnp.exe.md');
    expect(exportFileName('  ...  ', 'md')).toBe('Brief.md');
    expect(exportFileName('CON', 'pdf')).toBe('CON brief.pdf');
  });

  it('keeps long titles to 80 characters without splitting a character', () => {
    const name = exportFileName('é'.repeat(50) + '😀'.repeat(50), 'md');
    expect([...name.replace(/\.md$/, '')]).toHaveLength(80);
    expect(name.endsWith('😀.md')).toBe(true);
  });
});
