import { describe, expect, it } from 'vitest';
import type { PortfolioProject } from './api';
import { emptyForm, formErrors, formOf, inputOf, patchOf } from './form';

const STORED: PortfolioProject = {
  id: 'p1',
  title: 'Churn',
  status: 'shipped',
  metric: 'recall',
  baselineValue: '64%',
  deployedUrl: 'https://churn.example.org',
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
};

describe('portfolio form', () => {
  it('sends a new project without empty fields', () => {
    const values = { ...emptyForm(), title: ' Churn ', metric: ' recall ', datasetSize: '  ' };
    expect(inputOf(values)).toEqual({ title: 'Churn', status: 'building', metric: 'recall' });
  });

  it('sends only what changed, and null for a cleared field', () => {
    const values = { ...formOf(STORED), resultValue: '81%', deployedUrl: '' };
    expect(patchOf(STORED, values)).toEqual({ resultValue: '81%', deployedUrl: null });
    expect(patchOf(STORED, formOf(STORED))).toEqual({});
  });

  it('catches a missing title, a non-web address and a relative path', () => {
    expect(
      formErrors({ ...emptyForm(), deployedUrl: 'javascript:alert(1)', localPath: 'churn' }),
    ).toEqual({
      title: expect.any(String),
      deployedUrl: expect.stringMatching(/https/),
      localPath: expect.stringMatching(/full path/),
    });
    expect(formErrors({ ...emptyForm(), title: 'x', localPath: 'C:\\work\\churn' })).toEqual({});
  });
});
