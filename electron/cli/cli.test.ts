import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/testing/fixtures';
import { CLI, copydesk, TSX_BIN as TSX } from './testing/runCli';



function expectOneLineError(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^copydesk: /);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('copydesk new / info / check', () => {
  it('creates a project that reports WAL, our application id and a schema version', () => {
    const path = join(tempDir(), 'ferry.copydesk');
    const created = copydesk('new', path, '--title', 'Ferry aground');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Ferry aground');
    const info = copydesk('info', path, '--json');
    expect(info.code).toBe(0);
    const facts = JSON.parse(info.stdout) as Record<string, unknown>;
    expect(facts).toMatchObject({ title: 'Ferry aground', journalMode: 'wal', sourceCount: 0 });
    expect(facts.applicationId).not.toBe(0);
    expect(facts.schemaVersion).toBeGreaterThan(0);
    const text = copydesk('info', path);
    expect(text.stdout).toMatch(/Journal:\s+wal/);
    const check = copydesk('check', path);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^ok: /);
  });

  it('refuses to overwrite, with one line and exit 1', () => {
    const path = join(tempDir(), 'taken.copydesk');
    writeFileSync(path, 'keep me');
    const result = copydesk('new', path);
    expect(result.code).toBe(1);
    expectOneLineError(result.stderr, /already exists/);
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });

  it('check exits non-zero with a message for a damaged project, and leaves it untouched', () => {
    const path = join(tempDir(), 'hurt.copydesk');
    expect(copydesk('new', path).code).toBe(0);
    const bytes = readFileSync(path);
    bytes.fill(0xff, 4096, 4096 + 64);
    writeFileSync(path, bytes);
    const result = copydesk('check', path);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^copydesk: .*(damaged|failed its check)/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('info on a foreign file is one line, exit 1; --debug adds the stack', () => {
    const path = join(tempDir(), 'notes.copydesk');
    writeFileSync(path, 'just some notes');
    const plain = copydesk('info', path);
    expect(plain.code).toBe(1);
    expectOneLineError(plain.stderr, /not a Copydesk project/);
    const debug = copydesk('info', path, '--debug');
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('prints help for every command, and exits 2 on a usage error', () => {
    for (const command of ['new', 'info', 'check', 'serve']) {
      const help = copydesk(command, '--help');
      expect(help.code, command).toBe(0);
      expect(help.stdout).toContain(`Usage: copydesk ${command}`);
    }
    expect(copydesk('--help').stdout).toMatch(/new .*\n[\s\S]*serve/);
    const unknown = copydesk('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^copydesk: unknown command 'frobnicate'/);
    expect(copydesk('new').code).toBe(2);
    expect(copydesk('new', join(tempDir(), 'x.txt')).code).toBe(2);
  });
});

describe('copydesk serve', () => {
  it('prints the address with its token first, serves the API, and stops on SIGINT', async () => {
    const path = join(tempDir(), 'served.copydesk');
    expect(copydesk('new', path, '--title', 'Served story').code).toBe(0);
    const child = spawn(TSX, [CLI, 'serve', path, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const firstLine = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
      child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
    });
    const url = /http:\/\/127\.0\.0\.1:\d+\/\?token=([\w-]+)/.exec(firstLine);
    expect(url, firstLine).not.toBeNull();
    const origin = new URL(url![0]).origin;
    const reply = await fetch(`${origin}/api/project.get`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': url![1]! }, body: '{}' });
    expect(await reply.json()).toMatchObject({ ok: true, value: { title: 'Served story' } });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(copydesk('check', path).code).toBe(0);
  });

  it('rejects a bad port with a usage error', () => {
    const path = join(tempDir(), 'p.copydesk');
    copydesk('new', path);
    const result = copydesk('serve', path, '--port', 'eighty');
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr, /--port takes a number/);
  });
});
