import { describe, expect, it } from 'vitest';
import { ResumeSchema } from '../../core/resume/schema';
import { sampleResume } from '../../core/resume/test-fixtures';
import { emptyBullet, fieldPath, fromDraft, move, starterDraft, toDraft } from './draft';

describe('the editor draft', () => {
  it('turns a resume into a draft and back without loss', () => {
    const resume = sampleResume();
    expect(ResumeSchema.parse(fromDraft(toDraft(resume)))).toEqual(resume);
  });

  it('leaves out blank optional fields and blank bullets, but sends blank required ones', () => {
    const draft = starterDraft();
    const sent = fromDraft(draft);
    expect(sent.basics).toEqual({ name: '', links: {} });
    expect(sent.summary).toBeUndefined();
    expect(sent.projects).toEqual([{ name: '', bullets: [], keywords: [] }]);
    expect(ResumeSchema.safeParse(sent).success).toBe(false);
  });

  it('points issues at the field in the draft', () => {
    const draft = starterDraft();
    const project = draft.projects[0];
    if (!project) throw new Error('no project');
    project.bullets = [
      emptyBullet(),
      { ...emptyBullet(), text: 'x' },
      { ...emptyBullet(), text: 'y' },
    ];
    expect(fieldPath(draft, 'projects.0.bullets.1')).toBe('projects.0.bullets.2');
    expect(fieldPath(draft, 'projects.0.keywords.3')).toBe('projects.0.keywords');
    expect(fieldPath(draft, 'basics.links.github')).toBe('basics.links.github');
  });

  it('moves items within bounds', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
  });
});
