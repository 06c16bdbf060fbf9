import { describe, expect, it } from 'vitest';
import { CHECK_IDS, type CheckId, checkRepository, WEIGHTS } from './repo-checks.js';
import { RepoReportSchema } from './schema.js';
import type { RepoSnapshot } from './snapshot.js';
import {
  commitsOn,
  GOOD_FILES,
  GOOD_README,
  goodSnapshot,
  MIT_LICENSE,
  textFile,
  withReadme,
} from './test-fixtures.js';

const check = (snapshot: RepoSnapshot, id: CheckId, today?: string) => {
  const found = checkRepository(snapshot, { today }).checks.find((item) => item.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
};
const passes = (snapshot: RepoSnapshot, id: CheckId) => check(snapshot, id).pass;
const files = (...extra: string[]) => goodSnapshot({ files: [...GOOD_FILES, ...extra].sort() });
const without = (...removed: string[]) =>
  goodSnapshot({ files: GOOD_FILES.filter((path) => !removed.includes(path)) });

/** A README long enough for the `readme` check, around the given content. */
const padded = (content: string) =>
  `# Project\n\n${'This paragraph explains the project and its data in plain words. '.repeat(20)}\n\n${content}\n`;

describe('checkRepository', () => {
  it('reports the contract ids in order, weights that add up to 100, and a fix only on failures', () => {
    expect(Object.values(WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBe(100);
    const report = checkRepository(goodSnapshot());
    expect(report.checks.map((item) => item.id)).toEqual([...CHECK_IDS]);
    expect(RepoReportSchema.parse(report)).toEqual(report);
    expect(report.checks.filter((item) => !item.pass)).toEqual([]);
    expect(report.score).toBe(100);

    const bare = checkRepository({
      files: [],
      readme: null,
      license: null,
      manifests: [],
      testSources: [],
      commits: [],
      shallow: false,
    });
    expect(bare.score).toBe(0);
    for (const item of bare.checks) {
      expect(item.pass).toBe(false);
      expect(item.fix).toMatch(/^[A-Z].+\.$/);
      expect(item.fix?.split(/[.!?]\s/)).toHaveLength(1);
    }
  });

  it('weighs results against a baseline, deployment and tests heaviest', () => {
    const ranked = Object.entries(WEIGHTS).sort((a, b) => b[1] - a[1]);
    expect(ranked.slice(0, 3).map(([id]) => id)).toEqual([
      'readme-results',
      'deployment-link',
      'tests',
    ]);
    const noResults = withReadme(
      GOOD_README.replace(/\| Logistic.*\n/, '')
        .replace(/\| Majority.*\n/, '')
        .replace(/than the baseline/, ''),
    );
    expect(checkRepository(noResults).score).toBe(100 - WEIGHTS['readme-results']);
  });

  it('gives the same report for the same snapshot', () => {
    expect(checkRepository(goodSnapshot())).toEqual(checkRepository(goodSnapshot()));
  });
});

describe('readme', () => {
  it('passes a substantial README and names its size', () => {
    const result = check(goodSnapshot(), 'readme');
    expect(result.pass).toBe(true);
    expect(result.detail).toMatch(/^README\.md: \d+ words, 4 sections$/);
  });

  it('passes a shorter README with several sections', () => {
    const sections = ['Problem', 'Data', 'Results', 'Run']
      .map((title) => `## ${title}\n\n${'Some words about this part here. '.repeat(4)}`)
      .join('\n\n');
    expect(passes(withReadme(`# Title\n\n${sections}`), 'readme')).toBe(true);
  });

  it('fails a stub README and a missing one', () => {
    const stub = check(withReadme('# churn\n\nMy ML project. Work in progress.\n'), 'readme');
    expect(stub.pass).toBe(false);
    expect(stub.detail).toBe('README.md: 7 words, 0 sections: too short to explain the project');
    const missing = check(goodSnapshot({ readme: null }), 'readme');
    expect(missing.detail).toMatch(/no README/);
    expect(missing.fix).toBeDefined();
  });

  it('counts sections below the title, wherever the title is', () => {
    const badgesFirst =
      '[![CI](https://x/b.svg)](https://x)\n\nTitle\n=====\n\n## A\n\n## B\n\n### C\n';
    expect(check(withReadme(badgesFirst), 'readme').detail).toMatch(/, 3 sections:/);
    const rst = 'Title\n=====\n\nData\n----\n\nModel\n-----\n';
    expect(check(withReadme(rst, 'README.rst'), 'readme').detail).toMatch(/, 2 sections:/);
  });

  it('does not count code blocks as words', () => {
    const code = `# Tool\n\n\`\`\`\n${'word '.repeat(500)}\n\`\`\`\n`;
    expect(check(withReadme(code), 'readme').detail).toMatch(/: 1 word,/);
  });
});

describe('readme-results', () => {
  it('passes a results table with a baseline row and quotes it', () => {
    const result = check(goodSnapshot(), 'readme-results');
    expect(result.pass).toBe(true);
    expect(result.detail).toMatch(
      /^README\.md line \d+, table: “Model \| Recall \| PR-AUC \/ Logistic regression \(baseline\) \| 0\.64 \| 0\.38”$/,
    );
  });

  it.each([
    'Our model reaches an F1 of 0.81 vs 0.64 for the logistic regression baseline.',
    'RMSE dropped from 412 to 318 units per store-week.',
    'The gradient-boosted model improves AUC over the majority-class predictor by 0.21.',
    'Top-5 accuracy is 91.2%, compared to 84.0% for the ResNet-18 we started from.',
    '- MAPE: 8.4% (seasonal naive forecast: 12.9%)',
    'mAP@0.5 rises from 0.41 to 0.58 after fine-tuning.',
  ])('passes the sentence %j', (sentence) => {
    expect(passes(withReadme(padded(sentence)), 'readme-results')).toBe(true);
  });

  it('passes a comparison table introduced by a caption', () => {
    const table =
      'Compared with the previous rules engine:\n\n| Metric | Value |\n|--|--|\n| Precision | 0.72 |\n| Recall | 0.66 |';
    expect(passes(withReadme(padded(table)), 'readme-results')).toBe(true);
  });

  it.each([
    [
      'a number without a baseline',
      'The model reaches 93% accuracy on the test set.',
      /gives a number .*accuracy.* but nothing to compare it with/,
    ],
    [
      'a metric without a number',
      'We optimised for recall and compared it against the baseline.',
      /names a metric but gives no number/,
    ],
    [
      'no metric at all',
      'This project was a lot of fun and taught me about pandas.',
      /reports no metric with a number/,
    ],
    [
      'a year and a metric name are not a result',
      'In 2024 the baseline accuracy was poor.',
      /names a metric but gives no number/,
    ],
    [
      'F1 itself is not a number',
      'We compare F1 against the baseline.',
      /names a metric but gives no number/,
    ],
    [
      '"map" is not mAP',
      'We map 12 regions and compare them with the baseline.',
      /reports no metric with a number/,
    ],
  ])('fails %s', (_name, sentence, detail) => {
    const result = check(withReadme(padded(sentence)), 'readme-results');
    expect(result.pass).toBe(false);
    expect(result.detail).toMatch(detail);
    expect(result.fix).toMatch(/baseline/);
  });

  it('ignores numbers inside code blocks', () => {
    const code = '```\naccuracy 0.93 vs baseline 0.71\n```';
    expect(passes(withReadme(padded(code)), 'readme-results')).toBe(false);
  });
});

describe('setup-instructions', () => {
  it('passes install commands in a code block and names the section', () => {
    const result = check(goodSnapshot(), 'setup-instructions');
    expect(result.pass).toBe(true);
    expect(result.detail).toMatch(/^README\.md under “How to run”: git clone, pip install, /);
  });

  it.each([
    'Install with `uv sync`, then start it.',
    '    docker compose up',
    '1. pip install -r requirements.txt\n2. python app.py',
    'Setup\n=====\n\n.. code-block:: bash\n\n   poetry install\n',
  ])('passes %j', (content) => {
    const path = content.includes('code-block') ? 'README.rst' : 'README.md';
    expect(passes(withReadme(padded(content), path), 'setup-instructions')).toBe(true);
  });

  it('fails run commands without an install step, a section without commands, and prose', () => {
    const runOnly = check(withReadme(padded('```\npython train.py\n```')), 'setup-instructions');
    expect(runOnly.detail).toBe(
      'README.md shows python train.py but not how to install the dependencies',
    );
    const cloneOnly = check(
      withReadme(padded('```\ngit clone https://x/y\npython -m venv .venv\n```')),
      'setup-instructions',
    );
    expect(cloneOnly.detail).toBe(
      'README.md shows git clone, python -m venv but not how to install the dependencies',
    );
    const empty = check(
      withReadme(padded('## Installation\n\nInstall the usual packages.')),
      'setup-instructions',
    );
    expect(empty.detail).toBe('README.md has a “Installation” section but no commands to copy');
    const prose = check(
      withReadme(padded('Make sure you have Python 3.11.')),
      'setup-instructions',
    );
    expect(prose.pass).toBe(false);
    expect(prose.fix).toMatch(/code block/);
  });
});

describe('file-based checks', () => {
  it('tests: counts test files, fails without', () => {
    expect(check(goodSnapshot(), 'tests').detail).toBe(
      '2 test files (tests/test_features.py, tests/test_serve.py)',
    );
    expect(passes(without('tests/test_features.py', 'tests/test_serve.py'), 'tests')).toBe(false);
    expect(passes(goodSnapshot({ files: ['app.py', 'web/src/app.test.ts'] }), 'tests')).toBe(true);
    // Data beside the tests is not a test.
    expect(passes(goodSnapshot({ files: ['tests/data/sample.csv', 'latest.py'] }), 'tests')).toBe(
      false,
    );
  });

  it('tests: placeholders that check nothing do not count, a short smoke test does', () => {
    const only = (path: string, source: string) =>
      goodSnapshot({ files: ['src/model.py', path], testSources: [textFile(path, source)] });
    for (const placeholder of [
      'def test_placeholder():\n    assert True\n',
      'import pytest\n\n\n@pytest.mark.skip\ndef test_todo():\n    pass\n',
      'import unittest\n\nclass TestModel(unittest.TestCase):\n    def test_it(self):\n        self.assertTrue(True)\n',
      "describe('app', () => {\n  it('works', () => {\n    expect(true).toBe(true);\n  });\n});\n",
    ]) {
      const result = check(only('tests/test_model.py', placeholder), 'tests');
      expect(result.pass, placeholder).toBe(false);
      expect(result.detail).toBe('only placeholder tests that check nothing (tests/test_model.py)');
    }
    for (const real of [
      'from src.model import predict\n\ndef test_predict_runs():\n    predict([[1, 2, 3]])\n',
      'def test_shape():\n    assert load().shape == (10, 3)\n',
    ]) {
      expect(passes(only('tests/test_model.py', real), 'tests'), real).toBe(true);
    }
    // One real test file among placeholders is enough; unread test files count as real.
    expect(
      passes(
        goodSnapshot({
          files: ['tests/test_a.py', 'tests/test_b.py'],
          testSources: [textFile('tests/test_a.py', 'def test_a():\n    assert True\n')],
        }),
        'tests',
      ),
    ).toBe(true);
  });

  it('ci: GitHub Actions, GitLab and others pass, nothing fails', () => {
    expect(check(goodSnapshot(), 'ci').detail).toBe('.github/workflows/ci.yml');
    expect(passes(goodSnapshot({ files: ['.gitlab-ci.yml'] }), 'ci')).toBe(true);
    const none = check(without('.github/workflows/ci.yml'), 'ci');
    expect(none.pass).toBe(false);
    expect(none.fix).toMatch(/GitHub Actions/);
    expect(passes(goodSnapshot({ files: ['.github/workflows/README.md'] }), 'ci')).toBe(false);
  });

  it('dockerfile: a Dockerfile passes; compose alone or nothing fails', () => {
    expect(check(files('docker-compose.yml'), 'dockerfile').detail).toBe(
      'Dockerfile, with docker-compose.yml',
    );
    expect(passes(goodSnapshot({ files: ['deploy/api.Dockerfile'] }), 'dockerfile')).toBe(true);
    const composeOnly = check(goodSnapshot({ files: ['compose.yaml'] }), 'dockerfile');
    expect(composeOnly.detail).toBe(
      'compose.yaml but no Dockerfile that builds the project itself',
    );
    expect(passes(without('Dockerfile'), 'dockerfile')).toBe(false);
  });

  it('license: names the license, fails without one', () => {
    expect(check(goodSnapshot(), 'license').detail).toBe('LICENSE (MIT)');
    const apache = goodSnapshot({
      files: ['LICENSE.txt'],
      license: textFile('LICENSE.txt', '  Apache License\n  Version 2.0, January 2004'),
    });
    expect(check(apache, 'license').detail).toBe('LICENSE.txt (Apache-2.0)');
    expect(check(goodSnapshot({ files: ['COPYING'], license: null }), 'license').detail).toBe(
      'COPYING',
    );
    const none = check(
      goodSnapshot({ files: ['docs/LICENSE-notes.md'], license: null }),
      'license',
    );
    expect(none.pass).toBe(false);
    expect(MIT_LICENSE).toMatch(/MIT/);
  });

  it('not-notebooks-only: modules beside notebooks pass; a notebook dump fails', () => {
    expect(check(goodSnapshot(), 'not-notebooks-only').detail).toBe(
      '3 source modules (src/churn/features.py, src/churn/serve.py, src/churn/train.py) and 1 notebook',
    );
    const dump = goodSnapshot({
      files: [
        '01-eda.ipynb',
        '02-model.ipynb',
        '03-final.ipynb',
        'utils.py',
        'setup.py',
        'tests/test_x.py',
      ],
    });
    const result = check(dump, 'not-notebooks-only');
    expect(result).toMatchObject({
      pass: false,
      detail: '1 source module (utils.py) and 3 notebooks',
    });
    expect(result.fix).toMatch(/out of the notebooks/);
    expect(passes(goodSnapshot({ files: ['app.py'] }), 'not-notebooks-only')).toBe(true);
    expect(passes(goodSnapshot({ files: ['README.md'] }), 'not-notebooks-only')).toBe(false);
    // A committed virtual environment is not the author's code.
    expect(
      passes(
        goodSnapshot({ files: ['a.ipynb', '.venv/lib/x.py', '.venv/lib/y.py'] }),
        'not-notebooks-only',
      ),
    ).toBe(false);
  });
});

describe('dependencies-pinned', () => {
  const manifests = (...pairs: [string, string][]) => {
    const paths = pairs.map(([path]) => path);
    return goodSnapshot({
      files: [...GOOD_FILES.filter((path) => path !== 'requirements.txt'), ...paths].sort(),
      manifests: pairs.map(([path, content]) => textFile(path, content)),
    });
  };

  it('passes pinned requirements and says how many', () => {
    expect(check(goodSnapshot(), 'dependencies-pinned').detail).toBe(
      'requirements.txt: all 5 packages pinned to exact versions',
    );
  });

  it('passes a lock file whatever the manifest says', () => {
    const locked = manifests(['pyproject.toml', '[project]\ndependencies = ["pandas>=2"]\n']);
    locked.files = [...locked.files, 'uv.lock'];
    expect(check(locked, 'dependencies-pinned').detail).toBe(
      'lock file uv.lock fixes every version',
    );
  });

  it('fails ranges and bare names, naming the file and packages', () => {
    const loose = check(
      manifests(['requirements.txt', 'pandas>=2\nnumpy\ntorch==2.5.1\n']),
      'dependencies-pinned',
    );
    expect(loose.pass).toBe(false);
    expect(loose.detail).toBe(
      'requirements.txt: 2 of 3 packages have no exact version (pandas, numpy)',
    );
    expect(loose.fix).toMatch(/^Pin exact versions in requirements\.txt/);
  });

  it('judges every requirements file and conda environment', () => {
    const mixed = manifests(
      ['requirements.txt', 'pandas==2.2.3\n'],
      ['requirements-dev.txt', 'pytest\n'],
    );
    expect(check(mixed, 'dependencies-pinned').detail).toMatch(
      /^requirements-dev\.txt: 1 of 1 package has/,
    );
    const conda = manifests([
      'environment.yml',
      'name: churn\ndependencies:\n  - python=3.11\n  - pandas=2.2.3\n  - pip\n  - pip:\n    - lightgbm==4.5.0\n',
    ]);
    expect(check(conda, 'dependencies-pinned')).toMatchObject({ pass: true });
  });

  it('fails a pyproject with ranges and no lock, and no dependency file at all', () => {
    const pyproject = check(
      manifests([
        'pyproject.toml',
        '[project]\nname = "churn"\ndependencies = [\n  "pandas>=2",\n  "scikit-learn~=1.6",\n]\n',
      ]),
      'dependencies-pinned',
    );
    expect(pyproject.detail).toBe(
      'pyproject.toml: 2 of 2 packages have no exact version (pandas, scikit-learn)',
    );
    const none = check(manifests(), 'dependencies-pinned');
    expect(none.detail).toMatch(/^no dependency file/);
    expect(none.fix).toMatch(/requirements\.txt/);
    const setupOnly = check(
      goodSnapshot({ files: ['setup.py'], manifests: [] }),
      'dependencies-pinned',
    );
    expect(setupOnly.detail).toBe('setup.py: no exact versions found, and no lock file');
  });
});

describe('commit-history', () => {
  it('passes work spread over weeks and describes it', () => {
    const result = check(goodSnapshot(), 'commit-history', '2026-03-01');
    expect(result.pass).toBe(true);
    expect(result.detail).toBe(
      '10 commits on 10 days from 2026-01-05 to 2026-02-15; busiest day 2026-01-05 with 1 (10%); 1 author; last commit 14 days ago',
    );
  });

  it('fails a one-day dump, too few days, a short span, and an empty history', () => {
    const dump = check(
      goodSnapshot({ commits: commitsOn([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 20]) }),
      'commit-history',
    );
    expect(dump.pass).toBe(false);
    expect(dump.detail).toMatch(
      /^11 commits on 3 days from 2026-01-05 to 2026-01-25; fewer than 5 days with commits; 82% of the commits on 2026-01-05; 1 author$/,
    );
    const burst = commitsOn([...Array(30).fill(0), 3, 9, 15, 22]);
    expect(check(goodSnapshot({ commits: burst }), 'commit-history').detail).toMatch(
      /^34 commits on 5 days from .*; 88% of the commits on 2026-01-05; 1 author$/,
    );
    const short = check(goodSnapshot({ commits: commitsOn([0, 1, 2, 3, 4, 5]) }), 'commit-history');
    expect(short.detail).toMatch(/; 5 days from first to last commit, under two weeks; 1 author$/);
    expect(check(goodSnapshot({ commits: [] }), 'commit-history').detail).toBe('no commits yet');
  });

  it('leaves bots out and suggests unshallowing a shallow clone', () => {
    const bots = commitsOn([40, 50, 60, 70], '49699333+dependabot[bot]@users.noreply.github.com');
    const result = check(
      goodSnapshot({ commits: [...bots, ...commitsOn([0])], shallow: true }),
      'commit-history',
    );
    expect(result.pass).toBe(false);
    expect(result.detail).toBe(
      '1 commit on 1 day (2026-01-05); fewer than 5 days with commits; 0 days from first to last commit, under two weeks; 1 author; shallow clone: older commits are missing',
    );
    expect(result.fix).toMatch(/git fetch --unshallow/);
  });
});

describe('deployment-link', () => {
  it('passes a Hugging Face Space and names the host', () => {
    expect(check(goodSnapshot(), 'deployment-link').detail).toBe(
      'https://huggingface.co/spaces/ana/gym-churn (Hugging Face Spaces)',
    );
  });

  it.each([
    ['a Streamlit app in a bare URL', 'See https://gym-churn.streamlit.app.'],
    [
      'a badge that links to a Space',
      '[![Open in Spaces](https://img.shields.io/badge/HF-Space-blue)](https://ana-gym.hf.space)',
    ],
    [
      'Cloud Run via a reference link',
      'The [API][api] answers in 40 ms.\n\n[api]: https://churn-api-abc123-ew.a.run.app',
    ],
    ['a custom domain called a demo', '[Live demo](https://churn.ana.dev)'],
    ['an HTML link', '<p><a href="https://gym.fly.dev/">open the app</a></p>'],
  ])('passes %s', (_name, content) => {
    expect(passes(withReadme(padded(content)), 'deployment-link')).toBe(true);
  });

  it.each([
    [
      'GitHub and badges only',
      '[![CI](https://img.shields.io/x.svg)](https://github.com/ana/churn) [demo video](https://github.com/ana/churn/demo.mp4)',
      /links to no live demo/,
    ],
    ['a temporary Gradio link', 'Demo: https://0a1b2c3d.gradio.live', /temporary or local/],
    [
      'localhost in prose',
      'The live app runs at http://localhost:8501 once started.',
      /temporary or local/,
    ],
    [
      'a custom domain without demo context',
      'Data from https://data.city.gov/trips',
      /links to no live demo/,
    ],
    [
      'a model card, not an app',
      'Weights: https://huggingface.co/ana/churn-lgbm',
      /links to no live demo/,
    ],
    [
      'a URL only in a code block',
      '```\ncurl https://gym.fly.dev/predict\n```',
      /links to no live demo/,
    ],
    ['an image source', '![screenshot](https://gym.fly.dev/shot.png)', /links to no live demo/],
  ])('fails %s', (_name, content, detail) => {
    const result = check(withReadme(padded(content)), 'deployment-link');
    expect(result.pass).toBe(false);
    expect(result.detail).toMatch(detail);
    expect(result.fix).toMatch(/Deploy/);
  });
});

describe('evaluation-method', () => {
  it('passes a described split and quotes it', () => {
    expect(check(goodSnapshot(), 'evaluation-method').detail).toMatch(
      /^README\.md line \d+: “The last three months are kept apart as the test set/,
    );
  });

  it.each([
    'Scores are the mean of 5-fold cross-validation.',
    'We used an 80/20 split stratified by store.',
    'Forecasts were backtested with a walk-forward scheme over 2023.',
    'A held-out set of 2,400 reviews was labelled by two annotators.',
    'Evaluation used `train_test_split` with a fixed seed.',
  ])('passes %j', (sentence) => {
    expect(passes(withReadme(padded(sentence)), 'evaluation-method')).toBe(true);
  });

  it('fails when nothing says how the model was evaluated', () => {
    const result = check(
      withReadme(padded('The model works well. Run the tests with pytest.')),
      'evaluation-method',
    );
    expect(result.pass).toBe(false);
    expect(result.fix).toMatch(/held out/);
  });
});

describe('hostile input', () => {
  it('stays fast on 100 KB READMEs and manifests built to make patterns backtrack', () => {
    const size = 100 * 1024;
    const blanks = ' '.repeat(size);
    const inputs = [
      '**a '.repeat(size / 4),
      '['.repeat(size),
      '[a]('.repeat(size / 4),
      '<a '.repeat(size / 3),
      '<a href="x">'.repeat(size / 12),
      '`a'.repeat(size / 2),
      '<!-- '.repeat(size / 5),
      '[a]: https://x\n[a][a] '.repeat(size / 22),
      `# a${blanks}b`,
      `|a|\n${blanks}x`,
      `- ${blanks}x`,
    ];
    const started = performance.now();
    for (const input of inputs) {
      checkRepository(withReadme(input));
      checkRepository(withReadme(input, 'README.rst'));
      checkRepository(
        goodSnapshot({
          files: ['environment.yml', 'pyproject.toml', 'requirements.txt'],
          manifests: [
            textFile('requirements.txt', input),
            textFile('environment.yml', `dependencies:\n  - ${input}`),
            textFile('pyproject.toml', `[tool.poetry.dependencies]\na = ${input}`),
          ],
        }),
      );
    }
    // Each of these took from 40 seconds to several minutes before the patterns were bounded.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
