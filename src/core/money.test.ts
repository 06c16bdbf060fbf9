import { describe, expect, it } from 'vitest';
import { formatGap, formatMoney, fromMinor, minorDigits, toMinor } from './money.js';

describe('minorDigits', () => {
  it('knows the minor unit of a currency', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('jpy')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(minorDigits('US')).toBeNull();
  });
});

describe('toMinor', () => {
  it('converts major units to minor units', () => {
    expect(toMinor('1,250.50', 'USD')).toBe(125050);
    expect(toMinor('20 000', 'EUR')).toBe(2000000);
    expect(toMinor('0.07', 'USD')).toBe(7);
    expect(toMinor('8000', 'JPY')).toBe(8000);
    expect(toMinor('1.5', 'KWD')).toBe(1500);
  });

  it('refuses what is not an amount in the currency', () => {
    expect(toMinor('', 'USD')).toBeNull();
    expect(toMinor('-5', 'USD')).toBeNull();
    expect(toMinor('1.234', 'USD')).toBeNull();
    expect(toMinor('10.5', 'JPY')).toBeNull();
    expect(toMinor('ten', 'USD')).toBeNull();
    expect(toMinor('10', 'XX')).toBeNull();
  });
});

describe('fromMinor and formatMoney', () => {
  it('goes back to major units', () => {
    expect(fromMinor(125050, 'USD')).toBe('1250.5');
    expect(fromMinor(8000, 'JPY')).toBe('8000');
    expect(formatMoney(125050, 'USD')).toBe('$1,251');
    expect(formatMoney(8000, 'JPY')).toBe('¥8,000');
  });
});

describe('formatMoney and formatGap', () => {
  it('shows whole currency units, and the code itself for an unknown currency', () => {
    expect(formatMoney(123_456, 'USD')).toBe('$1,235');
    expect(formatMoney(8_000, 'JPY')).toBe('¥8,000');
    expect(formatMoney(5_000, 'XXY')).toMatch(/^XXY\s50$/);
    expect(formatMoney(5_000, 'dollars')).toBe('50 dollars');
  });

  it('signs a gap to the best offer, with a dash for none', () => {
    expect(formatGap(0, 'USD')).toBe('—');
    expect(formatGap(400_000, 'USD')).toBe('+$4,000');
    expect(formatGap(-400_000, 'USD')).toBe('−$4,000');
  });
});
