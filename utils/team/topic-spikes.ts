/**
 * When a topic jumps: a day with at least SPIKE_MIN posts and SPIKE_FACTOR times its usual level,
 * the usual level being the mean of the SPIKE_BASE_DAYS days before it, and never less than 1 (a
 * topic nobody wrote about last week does not jump on its first post). Pure: the server's report
 * uses it, and the lead's view can explain an alert with the same numbers.
 */
import { SPIKE_BASE_DAYS, SPIKE_FACTOR, SPIKE_MIN } from './desk-wire';

export interface TopicSpike {
  /** Index into the counts given. */
  index: number;
  count: number;
  /** The usual level, to one decimal (the rule compares with the exact mean). */
  usual: number;
}

/**
 * `counts`: posts of one topic per day, oldest first. Days before `firstReported` serve only as
 * the base of later days; days with fewer than SPIKE_BASE_DAYS days before them use those there are.
 */
export function topicSpikes(counts: readonly number[], firstReported = 0): TopicSpike[] {
  const spikes: TopicSpike[] = [];
  for (let i = Math.max(0, firstReported); i < counts.length; i++) {
    const count = counts[i] ?? 0;
    if (count < SPIKE_MIN) continue;
    const base = counts.slice(Math.max(0, i - SPIKE_BASE_DAYS), i);
    const mean = base.length ? base.reduce((sum, n) => sum + n, 0) / base.length : 0;
    const usual = Math.max(1, mean);
    if (count >= SPIKE_FACTOR * usual) spikes.push({ index: i, count, usual: Math.round(usual * 10) / 10 });
  }
  return spikes;
}
