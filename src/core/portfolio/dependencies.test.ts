import { describe, expect, it } from 'vitest';
import { checkPinning, manifestPins, requirementPin } from './dependencies.js';
import { textFile } from './test-fixtures.js';

describe('requirementPin', () => {
  it.each([
    ['pandas==2.2.3', true],
    ['scikit-learn === 1.6.1', true],
    ['fastapi[standard]==0.115.6 ; python_version >= "3.10"', true],
    ['torch==2.5.1 --hash=sha256:abc', true],
    ['mylib @ git+https://github.com/ana/mylib@3f2a9c1', true],
    ['mylib @ https://files.example.org/mylib-1.0-py3-none-any.whl', true],
    ['-e git+https://github.com/ana/mylib.git@v1.0#egg=mylib', false],
    ['pandas>=2', false],
    ['numpy', false],
    ['scipy==1.*', false],
    ['requests==2.32,<3', false],
    ['mylib @ git+https://github.com/ana/mylib', false],
  ])('%s → pinned %s', (line, pinned) => {
    expect(requirementPin(line)?.pinned).toBe(pinned);
  });

  it.each(['# a comment', '', '-r base.txt', '--index-url https://x', '-e .', './local-pkg'])(
    'ignores %j',
    (line) => {
      expect(requirementPin(line)).toBeNull();
    },
  );
});

describe('manifestPins', () => {
  it('reads Poetry tables, Pipfiles and package.json', () => {
    const poetry = manifestPins(
      textFile(
        'pyproject.toml',
        '[tool.poetry.dependencies]\npython = "^3.11"\npandas = "2.2.3"\ntorch = {version = "^2.5", source = "pytorch"}\n\n[build-system]\nrequires = ["poetry-core"]\n',
      ),
    );
    expect(poetry).toEqual({ path: 'pyproject.toml', total: 2, unpinned: ['torch'] });
    const pipfile = manifestPins(
      textFile('Pipfile', '[packages]\nflask = "==3.0.0"\nnumpy = "*"\n'),
    );
    expect(pipfile?.unpinned).toEqual(['numpy']);
    const pkg = manifestPins(
      textFile('package.json', '{"dependencies":{"react":"19.0.0","vite":"^6.0.0"}}'),
    );
    expect(pkg).toEqual({ path: 'package.json', total: 2, unpinned: ['vite'] });
    expect(manifestPins(textFile('package.json', '{ not json'))?.total).toBe(0);
  });

  it('reads requirement lines continued with a backslash', () => {
    const pins = manifestPins(
      textFile('requirements.txt', 'torch==2.5.1 \\\n    --hash=sha256:aaa\nnumpy==2.1.0\n'),
    );
    expect(pins).toEqual({ path: 'requirements.txt', total: 2, unpinned: [] });
  });
});

describe('checkPinning', () => {
  it('uses a pinned requirements file even when pyproject.toml has ranges', () => {
    const result = checkPinning(
      ['pyproject.toml', 'requirements.txt'],
      [
        textFile('pyproject.toml', '[project]\ndependencies = ["pandas>=2"]\n'),
        textFile('requirements.txt', 'pandas==2.2.3\n'),
      ],
    );
    expect(result).toMatchObject({ pass: true, file: null });
  });

  it('falls back to pyproject.toml when the requirements file only installs the package', () => {
    const result = checkPinning(
      ['pyproject.toml', 'requirements.txt'],
      [
        textFile('pyproject.toml', '[project]\ndependencies = ["pandas==2.2.3", "numpy>=2"]\n'),
        textFile('requirements.txt', '-e .\n'),
      ],
    );
    expect(result).toMatchObject({ pass: false, file: 'pyproject.toml' });
  });
});
