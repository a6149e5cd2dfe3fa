import { describe, expect, it } from 'vitest';
import { SPIKE_BASE_DAYS } from '@/utils/team/desk-wire';
import { topicSpikes } from '@/utils/team/topic-spikes';

describe('topic spikes', () => {
  it('flags a day at three times the mean of the seven days before, with at least five posts', () => {
    const counts = [2, 2, 2, 2, 2, 2, 2, 6, 5];
    // Day 7: 6 >= 3 x 2. Day 8: the base is days 1-7 (mean 16/7 = 2.29), 5 < 6.86.
    expect(topicSpikes(counts)).toEqual([{ index: 7, count: 6, usual: 2 }]);
  });

  it('needs at least five posts: a quiet topic going from 0 to 4 does not jump', () => {
    expect(topicSpikes([0, 0, 0, 0, 0, 0, 0, 4])).toEqual([]);
    expect(topicSpikes([0, 0, 0, 0, 0, 0, 0, 5])).toEqual([{ index: 7, count: 5, usual: 1 }]);
  });

  it('just under three times is no jump; the usual level is shown to one decimal', () => {
    const base = [3, 3, 3, 3, 3, 3, 4]; // mean 22/7 = 3.14: 9 is under 9.43, 10 is over
    expect(topicSpikes([...base, 9])).toEqual([]);
    expect(topicSpikes([...base, 10])).toEqual([{ index: 7, count: 10, usual: 3.1 }]);
  });

  it('looks back only seven days: a burst eight days ago is not part of the usual level', () => {
    const counts = [30, ...Array<number>(SPIKE_BASE_DAYS).fill(1), 6];
    expect(topicSpikes(counts, 1).map((s) => s.index)).toEqual([8]);
  });

  it('reports only from firstReported, using the days before as the base', () => {
    const counts = [9, 0, 0, 0, 0, 0, 0, 0, 1];
    expect(topicSpikes(counts)).toEqual([{ index: 0, count: 9, usual: 1 }]);
    expect(topicSpikes(counts, 1)).toEqual([]);
  });
});
