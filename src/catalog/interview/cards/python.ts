import type { CardInput } from './types.js';

/** Python as the coding rounds test it: the language, its data libraries and production habits. */
export const pythonCards: CardInput[] = [
  {
    id: 'python-list-vs-tuple',
    topic: 'python',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt:
      'What is the difference between a list and a tuple in Python, and when would you use each?',
    answer:
      'A list is mutable: you can append, remove and reassign items. A tuple is immutable once created, which makes it hashable when its items are, so it can be a dictionary key or a set member. Use a tuple for a fixed record such as a (row, column) pair or a function returning several values, and a list for a collection that grows or changes.',
    skills: ['python'],
    tags: ['data-structures'],
  },
  {
    id: 'python-dict-lookup-cost',
    topic: 'python',
    rounds: ['technical-screen', 'onsite'],
    level: 'entry',
    prompt:
      'Why is checking `x in my_dict` fast while `x in my_list` is slow, and what can be a dictionary key?',
    answer:
      'A dict is a hash table: Python hashes the key and jumps to its slot, so a lookup takes constant time on average. Membership in a list scans item by item, which is linear in the list length. Keys must be hashable, meaning their hash never changes: strings, numbers, tuples of hashable items and frozensets qualify, lists and dicts do not. Since Python 3.7 dicts also keep insertion order.',
    skills: ['python', 'data-structures-algorithms'],
    tags: ['complexity'],
  },
  {
    id: 'python-mutable-default-argument',
    topic: 'python',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'What is wrong with `def add(item, bucket=[]): bucket.append(item); return bucket`?',
    answer:
      'Default values are evaluated once, when the function is defined, so every call without `bucket` shares and grows the same list. Calling add(1) and then add(2) returns [1, 2]. The fix is `bucket=None` and `if bucket is None: bucket = []` inside the body.',
    skills: ['python'],
    tags: ['gotcha'],
  },
  {
    id: 'python-generators',
    topic: 'python',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'What is a generator, and why would you use one to process a 50 GB log file?',
    answer:
      'A generator is a function that uses `yield` to produce values one at a time and pauses between them, so it never holds the whole sequence in memory. Reading the file line by line through a generator pipeline (read, parse, filter) keeps memory flat however big the file is. The trade-off is that a generator can be consumed only once and has no length or random access.',
    skills: ['python'],
    tags: ['memory'],
  },
  {
    id: 'python-decorators',
    topic: 'python',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'What is a decorator? Write one that logs how long a function takes.',
    answer: [
      'A decorator is a function that takes a function and returns a new one wrapping it; `@timed` above a definition is shorthand for `f = timed(f)`.',
      'Inside, define `wrapper(*args, **kwargs)` that records `time.perf_counter()`, calls the original, logs the elapsed time and returns the result.',
      'Decorate `wrapper` with `functools.wraps(func)` so the name and docstring survive for debugging and tools.',
      'Common uses in ML code: timing, retries around flaky network calls, caching with `functools.lru_cache`, and registering functions in a lookup table.',
    ],
    skills: ['python'],
  },
  {
    id: 'python-gil-threads-processes',
    topic: 'python',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt:
      'What is the GIL, and would you use threads or processes to speed up CPU-heavy feature computation?',
    answer:
      'In the standard CPython build, the global interpreter lock lets only one thread run Python bytecode at a time, so threads do not speed up pure-Python CPU work, although they help with I/O-bound work because the lock is released while waiting. For CPU-heavy work use processes (multiprocessing or concurrent.futures.ProcessPoolExecutor), or vectorized libraries such as NumPy that run compiled code and often release the lock. Python 3.13 added an optional free-threaded build, but most production code still assumes the GIL.',
    skills: ['python', 'python-async'],
    tags: ['concurrency'],
  },
  {
    id: 'python-async-await',
    topic: 'python',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt:
      'Your prediction service calls three other services for features before scoring. How can async/await help, and what can go wrong?',
    answer:
      'With asyncio the three calls can be awaited concurrently, for example with asyncio.gather, so latency is roughly that of the slowest call instead of the sum. It works because the event loop switches tasks while each one waits on the network. The classic mistake is calling blocking code inside a coroutine (a synchronous HTTP client, heavy model inference), which freezes the whole loop; run such work in a thread or process pool, and put timeouts on every external call.',
    skills: ['python-async', 'model-serving'],
    tags: ['concurrency', 'latency'],
  },
  {
    id: 'python-type-hints',
    topic: 'python',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'Are Python type hints checked when the code runs? Why do teams still insist on them?',
    answer:
      'No: the interpreter ignores annotations at run time, apart from storing them. Teams use them because a static checker such as mypy or pyright catches wrong types before the code ships, editors autocomplete better, and the signature documents what a function expects. When you need runtime checks, for example on API input, use a validation library such as pydantic that reads the annotations.',
    skills: ['python-typing-errors'],
    tags: ['production-code'],
  },
  {
    id: 'python-exception-handling',
    topic: 'python',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt:
      'How should a production ML pipeline handle errors? What is wrong with a bare `except:`?',
    answer:
      'Catch only the exceptions you expect and can handle, such as a timeout you retry or a malformed record you skip and count. A bare `except:` also swallows KeyboardInterrupt, SystemExit and real bugs, so failures become silent wrong results. When you translate an error, use `raise NewError(...) from err` to keep the original cause, log with context, and let unexpected errors crash loudly so monitoring sees them.',
    skills: ['python-typing-errors'],
    tags: ['production-code'],
  },
  {
    id: 'python-context-managers',
    topic: 'python',
    rounds: ['technical-screen'],
    level: 'mid',
    prompt: 'What does a `with` statement do? Give examples from ML code.',
    answer:
      'It calls the object’s `__enter__` on entry and `__exit__` on exit, even when an exception is raised, so cleanup always happens. Files, locks and database transactions use it to close, release or roll back. In PyTorch, `with torch.no_grad():` turns off gradient tracking for inference and restores it afterwards. You can write your own with a class or with `contextlib.contextmanager` around a generator.',
    skills: ['python', 'pytorch'],
  },
  {
    id: 'python-copies-and-views',
    topic: 'python',
    rounds: ['technical-screen', 'take-home'],
    level: 'mid',
    prompt:
      'After `b = a` and then `b.append(1)`, `a` changed too. Why? How does the same issue appear in pandas?',
    answer:
      'Assignment binds a second name to the same object; nothing is copied. `copy.copy` makes a shallow copy (a new outer container holding the same inner objects) and `copy.deepcopy` copies all the way down. In pandas, slicing can return a view or a copy, so writing into a filtered frame may or may not touch the original and raises SettingWithCopyWarning; call `.copy()` on the slice or assign with `.loc` on the original. Recent pandas versions move to copy-on-write, which makes the behaviour predictable.',
    skills: ['python', 'pandas'],
    tags: ['gotcha'],
  },
  {
    id: 'python-numpy-vectorization',
    topic: 'python',
    rounds: ['technical-screen', 'onsite'],
    level: 'entry',
    prompt:
      'Why is `np.sqrt(arr)` much faster than a Python loop over the array? What is broadcasting?',
    answer:
      'A NumPy operation runs one compiled loop over a contiguous block of typed memory, while a Python loop pays interpreter overhead and boxes each number as an object. Broadcasting lets arrays of different shapes combine without copying: shapes are compared from the last dimension, and a dimension of size 1 stretches to match. For example, subtracting a (3,) vector of column means from a (1000, 3) matrix centres every row.',
    skills: ['numpy'],
    tags: ['performance'],
  },
  {
    id: 'python-pandas-groupby',
    topic: 'python',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt:
      'With pandas, add to each order row the customer’s average order value, and separately build a table of totals per customer. What is the difference between `agg` and `transform`?',
    answer:
      '`df.groupby("customer_id")["amount"].agg(["sum", "mean", "count"])` returns one row per customer, which is the totals table. `df["avg_amount"] = df.groupby("customer_id")["amount"].transform("mean")` returns a result aligned to the original rows, so it can be added as a column. Use `agg` to summarize and `transform` to broadcast a group statistic back onto each row.',
    skills: ['pandas'],
  },
  {
    id: 'python-pandas-large-files',
    topic: 'python',
    rounds: ['technical-screen', 'take-home'],
    level: 'mid',
    prompt: 'A CSV does not fit in memory when loaded with pandas. What can you do?',
    answer: [
      'Load only the needed columns (`usecols`) and give compact dtypes: smaller integer and float types, `category` for repeated strings.',
      'Process it in pieces with `chunksize`, aggregating as you go.',
      'Convert it once to Parquet, which is columnar and compressed, and read only the columns and row groups you need.',
      'Push the work to a tool built for it: DuckDB or Polars on one machine, or the warehouse with SQL, and bring back only the aggregated result.',
    ],
    skills: ['pandas', 'data-pipelines'],
    tags: ['memory'],
  },
  {
    id: 'python-testing-ml-code',
    topic: 'python',
    rounds: ['take-home', 'onsite'],
    level: 'mid',
    prompt: 'How do you write tests for ML code when the model output is not exactly predictable?',
    answer: [
      'Test the deterministic parts exactly: feature functions, parsing and preprocessing on tiny hand-made inputs with known outputs.',
      'Check shapes, dtypes and value ranges of outputs, and that predictions are valid probabilities.',
      'Fix random seeds and assert that a short training run on a tiny dataset drives the loss down or overfits a handful of examples.',
      'Add a model-quality gate against a fixed evaluation set with a threshold rather than an exact score.',
      'Write regression tests for bugs you found, such as a leakage check asserting that no test id appears in training.',
    ],
    skills: ['python-testing'],
    tags: ['production-code'],
  },
  {
    id: 'python-environments-dependencies',
    topic: 'python',
    rounds: ['take-home', 'technical-screen'],
    level: 'entry',
    prompt:
      'A reviewer cannot run your take-home because of package versions. How do you make a Python project reproducible?',
    answer:
      'Work in an isolated virtual environment and declare dependencies in pyproject.toml, then pin exact versions in a lock file (pip-tools, uv or Poetry) so everyone installs the same set. Record the Python version, give one command to install and one to run, and test it in a fresh environment or a Docker container before sending. Fix random seeds and say where the data comes from.',
    skills: ['python-packaging'],
    tags: ['reproducibility'],
  },
  {
    id: 'python-two-sum',
    topic: 'python',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt:
      'Given a list of integers and a target, return the indices of two numbers that add up to the target. Aim for better than O(n²).',
    answer:
      'Walk the list once while keeping a dict from value to index of the numbers already seen. For each number x at index i, check whether target − x is in the dict: if it is, return its index and i; otherwise store x → i. This takes O(n) time and O(n) extra space, against O(n²) for checking every pair. Mention edge cases: no solution, duplicates, and using the same element twice.',
    skills: ['data-structures-algorithms', 'python'],
    tags: ['hashing', 'coding'],
  },
  {
    id: 'python-top-k-frequent',
    topic: 'python',
    rounds: ['technical-screen', 'onsite'],
    level: 'entry',
    prompt: 'Return the k most frequent words in a list of words. What is the complexity?',
    answer:
      'Count with `collections.Counter` in O(n), then take the top k with a heap: `heapq.nlargest(k, counts.items(), key=lambda kv: kv[1])` runs in O(m log k) for m distinct words. Sorting all counts costs O(m log m), which is fine when m is small. A bucket sort by count gives O(n) overall. Ask how ties should be ordered, for example alphabetically.',
    skills: ['data-structures-algorithms', 'python'],
    tags: ['heap', 'coding'],
  },
  {
    id: 'python-is-vs-equals',
    topic: 'python',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'What is the difference between `is` and `==`? Why write `if x is None`?',
    answer:
      '`==` compares values by calling `__eq__`, while `is` checks that both names point to the very same object. None is a singleton, so `is None` is both exact and immune to classes that override equality; NumPy arrays, for instance, compare element-wise with `==`. Never use `is` for numbers or strings: small values happen to be cached, which makes such code pass in tests and fail later.',
    skills: ['python'],
    tags: ['gotcha'],
  },
];
