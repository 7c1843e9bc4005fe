// Progress lines on stderr, with the time since the run started, so a long build shows where it is.
const started = performance.now();

export function progress(message: string) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
  console.error(`[bench ${seconds}s] ${message}`);
}
