import { describe, expect, it } from 'vitest';
import {
  findLicense,
  findReadme,
  isCiConfig,
  isLockFile,
  isSourceModule,
  isTestFile,
  licenseKind,
  MAX_MANIFESTS,
  manifestsToRead,
} from './files.js';

describe('findReadme', () => {
  it('follows GitHub: .github/ before the top level before docs/, Markdown first, any case', () => {
    expect(findReadme(['docs/README.md', 'README.rst', 'readme.md'])).toBe('readme.md');
    expect(findReadme(['README.md', '.github/README.md'])).toBe('.github/README.md');
    expect(findReadme(['docs/README.md', 'src/README.md'])).toBe('docs/README.md');
    expect(findReadme(['README', 'README.txt'])).toBe('README.txt');
    expect(findReadme(['src/pkg/README.md', 'READ_ME.md', 'README.pdf'])).toBeNull();
  });
});

describe('findLicense and licenseKind', () => {
  it('finds the top-level license, the plain name first', () => {
    expect(findLicense(['LICENSE-THIRD-PARTY', 'LICENSE', 'src/LICENSE'])).toBe('LICENSE');
    expect(findLicense(['Licence.md'])).toBe('Licence.md');
    expect(findLicense(['COPYING.txt'])).toBe('COPYING.txt');
    expect(findLicense(['vendor/LICENSE', 'LICENSES.md.bak.txt.old'])).toBeNull();
  });

  it('names common licenses from their text', () => {
    expect(licenseKind('Permission is hereby granted, free of charge, to any person')).toBe('MIT');
    expect(licenseKind('GNU GENERAL PUBLIC LICENSE\n   Version 3, 29 June 2007')).toBe('GPL-3.0');
    expect(licenseKind('All rights reserved.')).toBeNull();
  });
});

describe('path kinds', () => {
  it('recognises tests by name or folder, never data or lookalikes', () => {
    for (const path of [
      'tests/test_model.py',
      'test_api.py',
      'pkg/model_test.py',
      'web/app.test.tsx',
      'src/__tests__/x.js',
      'server/handler_test.go',
      'src/test/java/ModelTest.java',
      'conftest.py',
    ]) {
      expect(isTestFile(path), path).toBe(true);
    }
    for (const path of [
      'tests/fixtures.csv',
      'latest.py',
      'contest.py',
      'attest.java',
      'testing.md',
    ]) {
      expect(isTestFile(path), path).toBe(false);
    }
  });

  it('counts source modules but not tests, packaging, config, docs or vendored code', () => {
    expect(isSourceModule('src/churn/train.py')).toBe(true);
    expect(isSourceModule('app/__main__.py')).toBe(true);
    for (const path of [
      'tests/test_x.py',
      'setup.py',
      'src/churn/__init__.py',
      'vite.config.ts',
      'docs/conf.py',
      'node_modules/x/index.js',
      'venv/lib/site.py',
      'build/lib/churn.py',
      'types.d.ts',
    ]) {
      expect(isSourceModule(path), path).toBe(false);
    }
  });

  it('knows CI configurations and lock files', () => {
    expect(isCiConfig('.github/workflows/test.yaml')).toBe(true);
    expect(isCiConfig('.circleci/config.yml')).toBe(true);
    expect(isCiConfig('Jenkinsfile')).toBe(true);
    expect(isCiConfig('docs/.github/workflows/x.yml')).toBe(false);
    expect(isLockFile('uv.lock')).toBe(true);
    expect(isLockFile('api/package-lock.json')).toBe(true);
    expect(isLockFile('conda-linux-64.lock')).toBe(true);
    expect(isLockFile('node_modules/x/package-lock.json')).toBe(false);
  });

  it('reads at most a bounded number of manifests, the shallowest first', () => {
    const deep = Array.from({ length: 30 }, (_, index) => `services/s${index}/requirements.txt`);
    const chosen = manifestsToRead([
      'README.md',
      ...deep,
      'requirements.txt',
      'pyproject.toml',
      'uv.lock',
    ]);
    expect(chosen).toHaveLength(MAX_MANIFESTS);
    expect(chosen.slice(0, 2)).toEqual(['pyproject.toml', 'requirements.txt']);
  });
});
