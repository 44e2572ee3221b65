// West of UTC, where a date-only value read as UTC midnight falls on the day before. Set before any Date is made.
const previousZone = process.env.TZ;
process.env.TZ = 'America/New_York';

import { afterAll, expect, it } from 'vitest';
import { formatDate } from '../../src/popup/format';

afterAll(() => {
  if (previousZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousZone;
});

it('runs in a zone west of UTC', () => {
  expect(new Date('2025-10-31T00:00:00Z').getDate()).toBe(30);
});

it('shows a date without a time as the calendar day the page gave', () => {
  expect(formatDate('2025-10-31', 'en-US')).toBe('October 31, 2025');
  expect(formatDate('2024-01-01', 'en-US')).toBe('January 1, 2024');
});

it('shows a date with a time and zone as the day it is where the reader is', () => {
  // 02:00 UTC on 1 November is still 31 October in New York.
  expect(formatDate('2025-11-01T02:00:00Z', 'en-US')).toBe('October 31, 2025');
});

it('gives back a value it cannot read', () => {
  expect(formatDate('last Tuesday', 'en-US')).toBe('last Tuesday');
});
