import { describe, expect, it } from 'vitest';
import { formatMinutes, hoursNumber, parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['45', 45],
    ['90m', 90],
    ['90 min', 90],
    ['1.5h', 90],
    ['1,5 h', 90],
    ['.5h', 30],
    ['2h', 120],
    ['1h30m', 90],
    ['1h 30', 90],
    ['1:30', 90],
    [' 2 hours ', 120],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['', 'abc', '1.5', 'h', '1:75', '-30', '1h30x'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('formatMinutes', () => {
  it('writes hours and minutes', () => {
    expect(formatMinutes(45)).toBe('45 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(95)).toBe('1 h 35 min');
  });
});

describe('hoursNumber', () => {
  it('keeps one decimal at most', () => {
    expect(hoursNumber(12)).toBe('12');
    expect(hoursNumber(2.25)).toBe('2.3');
  });
});
