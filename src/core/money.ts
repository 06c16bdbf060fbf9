/**
 * Money everywhere it is shown or typed (runway, offers, bands; web and CLI). Amounts are stored as
 * integer minor units (cents); people type and read major units (dollars). The number of minor
 * digits comes from the currency (2 for USD, 0 for JPY).
 */

/** Digits of the currency's minor unit; null when the code is not a currency Intl knows. */
export function minorDigits(currency: string): number | null {
  if (!/^[A-Za-z]{3}$/.test(currency)) return null;
  try {
    return (
      new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency: currency.toUpperCase(),
      }).resolvedOptions().maximumFractionDigits ?? 2
    );
  } catch {
    return null;
  }
}

/**
 * "1,250.50" in USD → 125050. Accepts thousands separators (commas, spaces, underscores) and a
 * decimal point; refuses more decimals than the currency has, negatives and anything else (null).
 */
export function toMinor(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  if (digits === null) return null;
  const cleaned = text.trim().replace(/[\s,_]/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return null;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** 125050 in USD → "1250.5": the value a form field shows, without grouping. */
export function fromMinor(minor: number, currency: string): string {
  const digits = minorDigits(currency) ?? 2;
  return String(minor / 10 ** digits);
}

/** Minor units as money in whole units: "$1,250", "¥8,000"; the code itself for an odd currency. */
export function formatMoney(minor: number, currency: string): string {
  const digits = minorDigits(currency) ?? 2;
  const whole = Math.round(minor / 10 ** digits);
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
    }).format(whole);
  } catch {
    return `${whole} ${currency}`;
  }
}

/** A signed gap to the best offer: "—" for none, else "+$4,000" or "−$4,000". */
export const formatGap = (minor: number, currency: string): string =>
  minor === 0 ? '—' : `${minor < 0 ? '−' : '+'}${formatMoney(Math.abs(minor), currency)}`;
