import type { CliIO } from './cli-command';

/**
 * Progress of a long command on stderr, with rate and ETA: one line per 10 % and at the end, at most one per
 * second otherwise, so that logs stay readable when stderr is a file. A job found complete at its first report
 * (nothing to do) prints nothing; an unknown total prints the count only.
 */
export function progressReporter(io: CliIO, label: string, unit: string): (done: number, total: number | null) => void {
  const started = Date.now();
  let lastStep = 0;
  let lastAt = started;
  let finished = false;
  let calls = 0;
  return (done, total) => {
    calls += 1;
    if (finished) return;
    const now = Date.now();
    if (total === null || total <= 0) {
      if (total === 0 && calls === 1) io.err(`${label}: nothing to do\n`);
      else if (total === null && now - lastAt >= 1_000) {
        lastAt = now;
        io.err(`${label}: ${done} ${unit}\n`);
      }
      return;
    }
    const step = Math.floor((done / total) * 10);
    finished = done >= total;
    if (finished && calls === 1) return;
    if (!finished && step === lastStep && now - lastAt < 1_000) return;
    lastStep = step;
    lastAt = now;
    const seconds = (now - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 && done < total ? `, ETA ${Math.ceil((total - done) / rate)} s` : '';
    io.err(`${label}: ${done}/${total} ${unit} (${Math.floor((done / total) * 100)} %), ${rate.toFixed(rate < 10 ? 1 : 0)} ${unit}/s${eta}\n`);
  };
}
