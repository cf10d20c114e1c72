/**
 * The margin of error shown beside every poll: the one the pollster published,
 * or, when only the sample size is known, the 95 % sampling error of a simple
 * random sample of that size at the worst case p = 0.5, labelled as computed.
 */

/** z for a 95 % confidence level. */
export const Z_95 = 1.96;

export interface MarginOfError {
  /** Half-width of the interval, in percentage points. */
  readonly points: number;
  /** True when we computed it from the sample size; false when the pollster published it. */
  readonly computed: boolean;
  /** The sample size it was computed from. */
  readonly sampleSize?: number;
}

/**
 * The 95 % sampling error, in percentage points, of a share estimated from a
 * simple random sample of `sampleSize` people: 1.96 · √(0.25 / n) · 100.
 * Returns `undefined` for a size that is not a positive number.
 */
export function samplingError(sampleSize: number): number | undefined {
  if (!Number.isFinite(sampleSize) || sampleSize <= 0) return undefined;
  return Z_95 * Math.sqrt(0.25 / sampleSize) * 100;
}

/**
 * The margin of error to show: the published one when there is one, else the
 * computed sampling error when the sample size is known, else `undefined`
 * (not published).
 */
export function marginOfError(published: number | null | undefined, sampleSize: number | null | undefined): MarginOfError | undefined {
  if (published != null && Number.isFinite(published) && published > 0) return { points: published, computed: false };
  if (sampleSize == null) return undefined;
  const points = samplingError(sampleSize);
  return points === undefined ? undefined : { points, computed: true, sampleSize };
}
