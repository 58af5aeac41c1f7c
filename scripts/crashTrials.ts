/**
 * `npm run crash-trials -- [trials]`: the nightly version of the crash test. Kills a writing
 * process with SIGKILL N times (default 100) and reports acknowledged writes lost (must be 0) and
 * failed checks (must be 0). Exits 1 on any loss.
 */
import { crashTrial } from '../electron/core/testing/crashTrials';
import { newProject } from '../electron/core/testing/fixtures';

const trials = Number(process.argv[2] ?? 100);
const project = newProject('Crash trials');
let lost = 0;
let damaged = 0;
for (let i = 1; i <= trials; i += 1) {
  const r = await crashTrial(project);
  if (r.found < r.acknowledged) lost += r.acknowledged - r.found;
  if (!r.checkOk) damaged += 1;
  console.log(`trial ${i}/${trials}: killed after ${r.killedAfterMs} ms, ${r.acknowledged} acknowledged, ${r.found} in the file, check ${r.checkOk ? 'ok' : 'FAILED'}`);
}
console.log(`${trials} trials: ${lost} acknowledged writes lost, ${damaged} failed checks (${project})`);
process.exitCode = lost > 0 || damaged > 0 ? 1 : 0;
