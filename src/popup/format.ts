/** How the popup writes the story's facts. Kept apart from popup.ts so that it can be tested without a browser. */

/**
 * The publication date in the reader's words. A date without a time ("2025-10-31") is a calendar day, not the
 * midnight UTC that Date reads it as: shown in the reader's zone, it would be the day before anywhere west of UTC.
 */
export function formatDate(value: string, locale?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value.trim());
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric', ...(dateOnly ? { timeZone: 'UTC' } : {}) });
}
