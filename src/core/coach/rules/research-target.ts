import type { Profile } from '../../profile.js';
import type { Rule } from '../types.js';

const EDUCATION_NAMES: Record<NonNullable<Profile['education']>, string> = {
  none: 'no degree',
  bachelor: "a bachelor's degree",
  master: "a master's degree",
  phd: 'a PhD',
};

export const researchTarget: Rule = {
  id: 'research-target',
  title: 'Aiming at research roles',
  check({ profile }) {
    if (profile.track !== 'research' || profile.education === 'phd') return null;
    const education = profile.education
      ? `and ${EDUCATION_NAMES[profile.education]}`
      : 'and no education level set';
    return {
      id: 'research-target',
      severity: 'warning',
      message:
        'Research jobs at AI labs go almost only to people with a PhD and published papers, so that door is nearly shut for career switchers. Applied ML engineering — training, shipping and watching models inside products — hires many more people and values the field you come from.',
      evidence: `Your profile is set to the research track ${education}.`,
      action:
        'Switch your profile to the applied track, so your plan aims at roles that do interview career switchers; research depth can come after your first ML job.',
    };
  },
};
