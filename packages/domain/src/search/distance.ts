// Rows of the distance table, kept between calls so that comparing a word with a whole
// vocabulary allocates nothing.
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(34),
  new Int32Array(34),
  new Int32Array(34),
];

/**
 * Damerau-Levenshtein distance (optimal string alignment: insertions, deletions,
 * substitutions and transpositions of neighbours) between `a` and `b`, computed only up to
 * `max`. Returns `max + 1` as soon as the distance is known to exceed `max`, so comparing a
 * query word with a whole vocabulary stays cheap.
 */
export function boundedDamerauLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  if (rows[0].length < width) {
    rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  }
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j < width; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  const distance = previous[b.length] as number;

  return distance > max ? max + 1 : distance;
}
