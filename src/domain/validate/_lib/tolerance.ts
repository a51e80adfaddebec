/**
 * Sums of decimal maxima (2.5 + 0.1 …) drift in binary; a millionth of a point is no real gap between a
 * sum and the number it should reach.
 */
export const SUM_TOLERANCE = 1e-6;
