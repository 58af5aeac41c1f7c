import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../analysis/evaluation/corpus';
import { exportMarkdown, printHtml } from '../brief/export';
import { closePdfPrinter, printPdf } from '../brief/export/printPdf';
import { newProject, tempDir } from '../testing/fixtures';
import { ProjectSession } from './projectSession';

/** The real articles are read from ../shared/corpus when it is there; nothing of them is stored in the repo. */
const files = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort() : [];

describe('the brief of the five real articles', () => {
  // Skipped (and counted as skipped) where ../shared/corpus is absent.
  it.skipIf(files.length === 0)('uses the decided “Qin Gang” everywhere in the body of the Markdown and the PDF, cites sources, and lists the correction', async () => {
    const session = ProjectSession.open(newProject('Blinken in Beijing'), { analysisWorker: 'main-thread' });
    for (const f of files) await session.importArticle({ kind: 'file', fileName: f, bytes: readFileSync(join(CORPUS_DIR, f)) });
    await session.analyze();
    const name = session.analysisReport().discrepancies.find((d) => d.kind === 'name' && d.variants.some((v) => v.text === 'Qin Gang'))!;
    expect(name).toBeDefined();
    session.decide(name.id, { action: 'pick', reading: 'Qin Gang', note: 'Foreign ministry website' });
    const { state } = await session.compileBrief();

    const markdown = exportMarkdown(state.document!, session.listSources(), { title: 'Blinken in Beijing', exportedAt: '2023-06-20T12:00:00Z' });
    const body = markdown.slice(0, markdown.indexOf('## Single-source claims'));
    expect(body).toContain('Qin Gang');
    expect(body).not.toMatch(/\bChen\b/);
    expect(body).toMatch(/\[\^\d+\]/); // cited
    const corrections = markdown.slice(markdown.indexOf('## Corrections'), markdown.indexOf('## Sources'));
    expect(corrections).toMatch(/Chen Gang.*Qin Gang.*\|\s*Qin Gang\s*\|\s*Foreign ministry website/);

    const pdf = join(tempDir(), 'brief.pdf');
    writeFileSync(pdf, await printPdf(printHtml(state.document!, session.listSources(), { title: 'Blinken in Beijing', exportedAt: '2023-06-20T12:00:00Z' }), { title: 'Blinken in Beijing', date: '20 June 2023' }));
    await closePdfPrinter();
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const pdfBody = text.slice(0, text.indexOf('Single-source claims'));
    expect(pdfBody).toContain('Qin Gang');
    expect(pdfBody).not.toMatch(/\bChen\b/);
    expect(text.slice(text.indexOf('Corrections'))).toMatch(/Chen Gang/);
    await session.close();
  }, 120_000);
});
