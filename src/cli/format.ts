import type { Profile } from '../core/profile.js';

const LEVELS = ['none', 'basic', 'working', 'production'];

/** The human-readable `profile show`. */
export function formatProfile(email: string, profile: Profile): string {
  const skills = Object.entries(profile.skills)
    .map(([area, level]) => `${area} ${LEVELS[level] ?? level}`)
    .join(', ');
  const lines = [
    `Profile of ${email}`,
    `  background      ${profile.background}`,
    `  education       ${profile.education ?? 'not given'}`,
    `  skills          ${skills}`,
    `  hours per week  ${profile.hoursPerWeek}`,
    `  start date      ${profile.startDate ?? 'not set (today)'}`,
    `  target date     ${profile.targetDate ?? 'not set'}`,
    `  domain          ${profile.domain ?? 'not given'}`,
    `  track           ${profile.track}`,
    `  specialization  ${profile.specialization ?? 'picked from the domain'}`,
  ];
  return lines.join('\n');
}
