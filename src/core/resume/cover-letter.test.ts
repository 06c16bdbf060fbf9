import { describe, expect, it } from 'vitest';
import { buildCoverLetter, coverLetterToText } from './cover-letter.js';
import type { Resume } from './schema.js';
import { sampleResume } from './test-fixtures.js';

const digitRuns = (text: string) => text.match(/\d+/g) ?? [];
const JOB = {
  title: 'Machine Learning Engineer',
  company: 'Carewise Health',
  requiredSkills: ['python', 'SQL', 'docker', 'kubernetes'],
};

describe('buildCoverLetter', () => {
  it('writes four paragraphs: the role, the strongest project with its numbers, the prior career, a close', () => {
    const resume = sampleResume();
    const letter = buildCoverLetter(resume, JOB, { domain: 'ICU nursing' });
    expect(letter.paragraphs).toHaveLength(4);
    const [why, project, career, close] = letter.paragraphs;
    expect(why).toContain('Machine Learning Engineer role at Carewise Health');
    expect(why).toMatch(/\[.*Carewise Health.*\]/);
    expect(why).not.toMatch(/Kubernetes/i);
    expect(project).toMatch(/Readmission risk service|Clinic no-show forecaster/);
    expect(project).toMatch(/0\.\d\d/);
    expect(career).toContain('as a Senior ICU Nurse at Leeds Teaching Hospitals');
    expect(career).toContain('healthcare');
    expect(close).toMatch(/call/);
    expect(letter.greeting).toBe('Dear Carewise Health hiring team,');
    expect(letter.signature).toBe(resume.basics.name);
  });

  it('never writes a number that is not in the resume or the job', () => {
    const resume = sampleResume();
    const letter = coverLetterToText(buildCoverLetter(resume, JOB));
    const source = JSON.stringify(resume) + JSON.stringify(JOB);
    for (const run of digitRuns(letter)) expect(source).toContain(run);
  });

  it('leaves prompts instead of inventing what the resume lacks', () => {
    const bare: Resume = { ...sampleResume(), projects: [], experience: [], summary: undefined };
    const letter = buildCoverLetter(bare, { ...JOB, requiredSkills: ['rust'] });
    expect(letter.paragraphs[0]).toMatch(/\[Name the requirement/);
    expect(letter.paragraphs[1]).toMatch(/^\[Describe your strongest project/);
    expect(letter.paragraphs[2]).toMatch(/\[Describe your previous career/);
    expect(digitRuns(coverLetterToText(letter))).toEqual([]);
  });
});
