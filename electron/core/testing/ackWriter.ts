/**
 * Test helper process: writes to a project as fast as it can and prints `ack N` after each write
 * is committed (acknowledged). Crash and backup tests kill it or copy the file under it.
 * Usage: tsx ackWriter.ts <project> [count]
 */
import { ProjectSession } from '../project/projectSession';

const [path, countArg] = process.argv.slice(2);
if (!path) throw new Error('usage: ackWriter <project> [count]');
const count = Number(countArg ?? 1e9);
const session = ProjectSession.open(path);
for (let i = 1; i <= count; i += 1) {
  session.rename(`Write ${i}`);
  process.stdout.write(`ack ${i}\n`);
  if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
}
session.close();
