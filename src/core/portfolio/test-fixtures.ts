/** Hand-written repository snapshots for the portfolio checks' tests (tests only). */
import type { CommitInfo, RepoSnapshot, TextFile } from './snapshot.js';

/** A README that passes every README-based check. */
export const GOOD_README = `# Churn prediction for a regional gym chain

[![CI](https://github.com/ana/churn/actions/workflows/ci.yml/badge.svg)](https://github.com/ana/churn/actions)

**Live demo:** [try it on Hugging Face Spaces](https://huggingface.co/spaces/ana/gym-churn)

Members who cancel within 30 days cost the chain more than new sign-ups bring in. This project
predicts which members are likely to cancel, from 18 months of check-in and billing records
(41,000 members, anonymised), so that front-desk staff can call them first.

## Data

Check-ins, contract type, payment failures and class bookings, joined per member and week. The
last three months are kept apart as the test set: the split is by time, so that the model never
sees the future it predicts.

## Results

Recall on the 30-day churn class at a fixed precision of 0.60, on the held-out test set:

| Model | Recall | PR-AUC |
|---|---|---|
| Majority class | 0.00 | 0.11 |
| Logistic regression (baseline) | 0.64 | 0.38 |
| LightGBM | 0.81 | 0.52 |

LightGBM finds 17 more churners in every 100 than the baseline, at the same number of calls.

## How to run

\`\`\`bash
git clone https://github.com/ana/churn.git && cd churn
pip install -r requirements.txt
python -m churn.train --data data/sample.csv
uvicorn churn.serve:app --port 8000
\`\`\`

## Tests

Run \`pytest\` from the top folder; CI runs the same on every push.
`;

export const GOOD_FILES = [
  '.github/workflows/ci.yml',
  'Dockerfile',
  'LICENSE',
  'README.md',
  'notebooks/01-exploration.ipynb',
  'requirements.txt',
  'src/churn/__init__.py',
  'src/churn/features.py',
  'src/churn/serve.py',
  'src/churn/train.py',
  'tests/test_features.py',
  'tests/test_serve.py',
];

export const PINNED_REQUIREMENTS = `# pinned with pip-compile
pandas==2.2.3
scikit-learn==1.6.1
lightgbm==4.5.0
fastapi[standard]==0.115.6  # the API
uvicorn==0.34.0
`;

export const MIT_LICENSE = `MIT License

Copyright (c) 2026 Ana Example

Permission is hereby granted, free of charge, to any person obtaining a copy of this software`;

const DAY = 86_400;
/** 2026-01-05T12:00:00Z */
const START = 1_767_614_400;

/** One commit a day on the given day offsets from 2026-01-05, at noon UTC. */
export function commitsOn(offsets: readonly number[], author = 'ana@example.com'): CommitInfo[] {
  return offsets
    .map((offset) => {
      const time = START + offset * DAY;
      return { time, day: new Date(time * 1000).toISOString().slice(0, 10), author };
    })
    .reverse();
}

const text = (path: string, content: string): TextFile => ({
  path,
  text: content,
  truncated: false,
});

const FEATURE_TESTS = `import pandas as pd

from churn.features import tenure_buckets


def test_tenure_buckets_cover_every_row():
    frame = pd.DataFrame({"tenure_months": [0, 5, 13, 40]})
    assert tenure_buckets(frame).notna().all()
`;

/** A snapshot that passes every check; override parts to make one fail. */
export function goodSnapshot(overrides: Partial<RepoSnapshot> = {}): RepoSnapshot {
  return {
    files: GOOD_FILES,
    readme: text('README.md', GOOD_README),
    license: text('LICENSE', MIT_LICENSE),
    manifests: [text('requirements.txt', PINNED_REQUIREMENTS)],
    testSources: [text('tests/test_features.py', FEATURE_TESTS)],
    commits: commitsOn([0, 1, 3, 8, 9, 15, 22, 23, 30, 41]),
    shallow: false,
    ...overrides,
  };
}

/** The good snapshot with another README (Markdown unless the path says otherwise). */
export const withReadme = (content: string, path = 'README.md'): RepoSnapshot =>
  goodSnapshot({ readme: text(path, content) });

export const textFile = text;
