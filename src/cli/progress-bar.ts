/** A progress bar on a terminal's stderr for long work; nothing when stderr is not a terminal. */
export async function progressBar(
  total: number,
  label: string,
  unit = "runs",
): Promise<{ update(done: number): void; stop(): void }> {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const { default: progress } = await import("cli-progress");
  const bar = new progress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total} ${unit}` },
    progress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done: number) => bar.update(done), stop: () => bar.stop() };
}
