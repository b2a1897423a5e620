/** The progress bar as a manager reads it: −100 %…0, 0…100 % (the target) and 100…200 %, five blocks each. */
export function barOf(progress: number): string {
  const blocks = (fraction: number) => Math.round(Math.min(1, Math.max(0, fraction)) * 5);
  const [below, upTo, beyond] = [blocks(-progress), blocks(progress), blocks(progress - 1)];
  return (
    (progress < -1 ? '◀' : '') +
    '░'.repeat(5 - below) +
    '█'.repeat(below) +
    '│' +
    '█'.repeat(upTo) +
    '░'.repeat(5 - upTo) +
    '┃' +
    '█'.repeat(beyond) +
    '░'.repeat(5 - beyond) +
    (progress > 2 ? '▶' : '')
  );
}
