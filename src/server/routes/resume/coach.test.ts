import { describe, expect, it } from 'vitest';
import { createTestApp, signUp } from '../../../../test/app.js';

const { app } = await createTestApp();

describe('POST /api/resume/coach-bullet', () => {
  it('coaches a weak bullet without inventing numbers, and passes a strong one', async () => {
    const user = await signUp(app);
    const coach = (text: string) =>
      app.inject({
        method: 'POST',
        url: '/api/resume/coach-bullet',
        headers: { cookie: user.cookie },
        payload: { text },
      });
    const weak = (await coach('Completed 12 online courses in machine learning')).json();
    expect(weak.verdict).toBe('weak');
    expect(weak.suggestion).not.toBe('');
    for (const number of weak.suggestion.match(/\d+/g) ?? []) expect('12').toContain(number);

    const strong = (
      await coach(
        'Built a gradient-boosted churn model on 1.2M customer records that raised recall from 0.61 (logistic regression baseline) to 0.78 on a held-out quarter, deployed as a FastAPI service',
      )
    ).json();
    expect(strong.verdict).toBe('strong');
    expect(strong.has).toEqual(expect.arrayContaining(['metric', 'baseline', 'dataset-size']));

    expect((await coach('   ')).statusCode).toBe(400);
  });
});
