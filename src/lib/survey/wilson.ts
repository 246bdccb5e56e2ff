/**
 * Wilson score interval for a proportion: with about 100 respondents a 30% answer
 * is uncertain by roughly ±9 points, and readers should see that.
 */
export function wilson(percent: number, n: number, z = 1.96): [number, number] {
  if (n <= 0) return [0, 100];
  const p = percent / 100;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  const round = (x: number) => Math.round(x * 1000) / 10;
  return [round(Math.max(0, centre - half)), round(Math.min(1, centre + half))];
}
