/**
 * How far a use case has come, for a caller that shows it while the work runs: reading the workbook,
 * checking what it holds (with how much that is), writing it.
 */
import type { Campaign } from '../domain/model';

/** What a use case is doing. */
export type ProgressStage = 'read' | 'check' | 'write';

/** How much the workbook holds: what a check or a write works through. */
export interface BookCounts {
  units: number;
  registrations: number;
  /** Rows of the scoring table. */
  scoreRows: number;
}

/** A step of a use case, with the counts once the workbook is read. */
export interface Progress {
  stage: ProgressStage;
  counts: BookCounts | null;
}

/** Told of each step of a use case. */
export type OnProgress = (progress: Progress) => void;

/**
 * How much a campaign holds.
 * @param campaign - the campaign read, or null
 * @returns its counts, or null when there is no campaign
 * @example
 * countsOf(presetById('hcm-2018')!)?.units // 40
 */
export function countsOf(campaign: Campaign | null): BookCounts | null {
  if (campaign === null) return null;
  return {
    units: campaign.units.length,
    registrations: campaign.registrations.length,
    scoreRows: campaign.scores.length,
  };
}

/**
 * Tells `onProgress` of a step and, when it listens, lets the page draw it before the work goes on:
 * the checks run in one go, and a browser shows nothing until they end otherwise.
 * @param onProgress - the listener, if any
 * @param progress - the step
 * @returns when the step has been shown
 * @example
 * await report(onProgress, { stage: 'check', counts: countsOf(book.campaign) });
 */
export async function report(onProgress: OnProgress | undefined, progress: Progress): Promise<void> {
  if (onProgress === undefined) return;
  onProgress(progress);
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
}
