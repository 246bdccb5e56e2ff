import { describe, expect, it } from 'vitest';
import { isRetiredAt, standingAt } from '../../src/lib/radar/movement.ts';

const editions = [
  { id: '2021', date: '2021-01-17' },
  { id: '2023', date: '2023' },
  { id: '2024', date: '2024-02-18' },
];
const rings = new Map([
  ['adopt', 0],
  ['trial', 1],
  ['assess', 2],
  ['hold', 3],
]);
const h = (edition: string, ring: string) => ({ edition, ring, note: `${ring} in ${edition}` });

describe('standingAt', () => {
  it('is new in the edition of its first placement', () => {
    expect(standingAt([h('2023', 'trial')], editions, '2023', rings)).toMatchObject({
      ring: 'trial',
      movement: 'new',
      carried: false,
    });
  });
  it('is absent before its first placement', () => {
    expect(standingAt([h('2023', 'trial')], editions, '2021', rings)).toBeUndefined();
  });
  it('moves in towards Adopt and out towards Hold', () => {
    const history = [h('2021', 'assess'), h('2023', 'trial'), h('2024', 'hold')];
    expect(standingAt(history, editions, '2023', rings)).toMatchObject({ movement: 'in', previousRing: 'assess' });
    expect(standingAt(history, editions, '2024', rings)).toMatchObject({ movement: 'out', previousRing: 'trial' });
  });
  it('is unchanged when reviewed in the same ring', () => {
    expect(standingAt([h('2021', 'adopt'), h('2024', 'adopt')], editions, '2024', rings)).toMatchObject({
      movement: 'unchanged',
      carried: false,
    });
  });
  it('carries over unchanged when an edition does not review it, and says when it was last reviewed', () => {
    expect(standingAt([h('2021', 'hold')], editions, '2024', rings)).toEqual({
      ring: 'hold',
      note: 'hold in 2021',
      movement: 'unchanged',
      reviewedIn: '2021',
      carried: true,
    });
  });
  it('never invents a move across an edition that skipped the entry', () => {
    const history = [h('2021', 'trial'), h('2024', 'adopt')];
    expect(standingAt(history, editions, '2023', rings)).toMatchObject({
      ring: 'trial',
      movement: 'unchanged',
      carried: true,
    });
    expect(standingAt(history, editions, '2024', rings)).toMatchObject({ movement: 'in', previousRing: 'trial' });
  });
});

describe('isRetiredAt', () => {
  it('counts from the retiring edition on', () => {
    expect(isRetiredAt({ edition: '2023' }, editions, '2021')).toBe(false);
    expect(isRetiredAt({ edition: '2023' }, editions, '2023')).toBe(true);
    expect(isRetiredAt({ edition: '2023' }, editions, '2024')).toBe(true);
    expect(isRetiredAt(undefined, editions, '2024')).toBe(false);
  });
});
