import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestUser } from '../../../../test/app.js';

const { app } = await createTestApp();

const POSTING = `Machine Learning Engineer — Claims Automation
About the role
You will own production models for insurance claims, from evaluation to monitoring.

Requirements
- 3+ years of experience with Python and SQL
- Experience shipping models with Docker and AWS
- Kubernetes in production

Nice to have
- PyTorch
- Airflow

Salary range: $140,000 – $170,000. Mentorship from a senior ML engineer in your first months.`;

const analyze = (user: TestUser, payload: object) =>
  app.inject({
    method: 'POST',
    url: '/api/jobs/analyses',
    headers: { cookie: user.cookie },
    payload,
  });

const withProfile = async () => {
  const user = await signUp(app);
  await app.inject({
    method: 'PUT',
    url: '/api/profile',
    headers: { cookie: user.cookie },
    payload: {
      background: 'data-analyst',
      domain: 'insurance',
      hoursPerWeek: 15,
      skills: { python: 2, sql: 3, deployment: 0 },
    },
  });
  return user;
};

function pdfOf(text: string): Promise<string> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks).toString('base64')));
    doc.text(text);
    doc.end();
  });
}

describe('job analyses', () => {
  it('analyze pasted text, save it, and show the gap against the profile', async () => {
    const user = await withProfile();
    const response = await analyze(user, {
      text: POSTING,
      company: 'Northwind Mutual',
      url: 'https://jobs.example.com/ml',
    });
    expect(response.statusCode, response.body).toBe(201);
    const saved = response.json();
    expect(saved.analysis.kind).toBe('applied');
    expect(saved.analysis.yearsRequired).toBe(3);
    expect(saved.analysis.skills.required).toEqual(
      expect.arrayContaining(['python', 'sql', 'docker', 'aws', 'kubernetes']),
    );
    expect(saved.analysis.skills.preferred).toEqual(expect.arrayContaining(['pytorch', 'airflow']));
    expect(saved.analysis.gap.covered).toEqual(expect.arrayContaining(['python', 'sql']));
    expect(saved.analysis.gap.missing).toEqual(expect.arrayContaining(['docker', 'kubernetes']));
    for (const flag of [...saved.analysis.redFlags, ...saved.analysis.greenFlags]) {
      expect(saved.posting).toContain(flag.evidence);
    }

    const list = (
      await app.inject({ url: '/api/jobs/analyses', headers: { cookie: user.cookie } })
    ).json();
    expect(list).toEqual([
      expect.objectContaining({ id: saved.id, company: 'Northwind Mutual', kind: 'applied' }),
    ]);
    const again = await app.inject({
      url: `/api/jobs/analyses/${saved.id}`,
      headers: { cookie: user.cookie },
    });
    expect(again.json()).toEqual(saved);
  });

  it('reads HTML and PDF files, and never stores markup from a hostile posting', async () => {
    const user = await withProfile();
    const html = `<html><head><style>body{color:red}</style><script>alert(1)</script></head>
      <body><h1>Data Scientist</h1><p>Run A/B tests with SQL &amp; pandas.</p>
      <img src=x onerror="alert(2)"><ul><li>Python</li></ul></body></html>`;
    const fromHtml = await analyze(user, {
      file: { name: 'posting.html', contentBase64: Buffer.from(html).toString('base64') },
    });
    expect(fromHtml.statusCode, fromHtml.body).toBe(201);
    expect(fromHtml.json().posting).not.toMatch(/<script|onerror|alert|color:red/);
    expect(fromHtml.json().posting).toContain('SQL & pandas');

    const fromPdf = await analyze(user, {
      file: { name: 'posting.pdf', contentBase64: await pdfOf(POSTING) },
    });
    expect(fromPdf.statusCode, fromPdf.body).toBe(201);
    expect(fromPdf.json().analysis.skills.required).toEqual(expect.arrayContaining(['python']));
  });

  it('refuses empty, binary, ambiguous and oversized input with a clear 4xx, saving nothing', async () => {
    const user = await withProfile();
    const empty = await analyze(user, { text: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(/empty/);
    const binary = await analyze(user, {
      file: {
        name: 'image.png',
        contentBase64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0, 0, 0]).toString('base64'),
      },
    });
    expect(binary.statusCode).toBe(400);
    expect(
      (await analyze(user, { text: 'x', file: { name: 'a.txt', contentBase64: 'eA==' } }))
        .statusCode,
    ).toBe(400);
    const huge = await analyze(user, { text: 'Python engineer. '.repeat(20_000) });
    expect(huge.statusCode).toBe(413);
    const list = await app.inject({ url: '/api/jobs/analyses', headers: { cookie: user.cookie } });
    expect(list.json()).toEqual([]);
  });

  it('adds the missing skills to the plan and re-plans; delete removes the analysis', async () => {
    const user = await withProfile();
    const saved = (
      await analyze(user, {
        text: 'Computer Vision Engineer\nRequirements:\n- Python\n- Computer vision: image classification and object detection with PyTorch\n- Docker',
      })
    ).json();
    const planBefore = (
      await app.inject({ url: '/api/plan', headers: { cookie: user.cookie } })
    ).json();
    const beforeIds = new Set(planBefore.skills.map((skill: { id: string }) => skill.id));
    const added = await app.inject({
      method: 'POST',
      url: `/api/jobs/analyses/${saved.id}/add-to-plan`,
      headers: { cookie: user.cookie },
    });
    expect(added.statusCode, added.body).toBe(200);
    const result = added.json();
    expect(result.added.length).toBeGreaterThan(0);
    for (const id of result.added) expect(beforeIds.has(id)).toBe(false);
    const planAfter = (
      await app.inject({ url: '/api/plan', headers: { cookie: user.cookie } })
    ).json();
    const afterIds = new Set(planAfter.skills.map((skill: { id: string }) => skill.id));
    for (const id of result.added) expect(afterIds.has(id)).toBe(true);
    expect(planAfter.estimate.firstOfferDate.p50 >= planBefore.estimate.firstOfferDate.p50).toBe(
      true,
    );
    const history = (
      await app.inject({ url: '/api/plan/history', headers: { cookie: user.cookie } })
    ).json();
    expect(history.at(-1).reason).toBe('replan');

    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/jobs/analyses/${saved.id}`,
      headers: { cookie: user.cookie },
    });
    expect(removed.statusCode).toBe(204);
    expect(
      (
        await app.inject({
          url: `/api/jobs/analyses/${saved.id}`,
          headers: { cookie: user.cookie },
        })
      ).statusCode,
    ).toBe(404);
  });
});
