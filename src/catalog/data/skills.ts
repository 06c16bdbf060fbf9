import type { z } from 'zod';
import type { SkillSchema } from '../schema.js';

type SkillInput = z.input<typeof SkillSchema>;

/**
 * The learnable skills. Hours are what it takes to reach the level applied-ML jobs expect, from
 * each prior level of the skill's intake area; a person at level 3 (production) needs none.
 * Skills with a `specialization` are planned only for people on that track. `phase` overrides
 * the phase a category implies where the 2026 timeline differs: SQL and pipelines come with
 * shipping (months 4–6), writing starts with the first shipped project, and inference
 * optimisation waits for the depth phase.
 */
export const skills = [
  // ── foundations ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'python',
    title: 'Python programming basics',
    category: 'foundations',
    area: 'python',
    stackRank: 1,
    summary:
      'Variables, control flow, functions, the built-in collections (list, dict, set, tuple), classes, reading and writing files, and breaking a problem into small functions. The aim is to think in code, not to memorise syntax.',
    why: 'Every later skill in the plan is written in Python, and most career switchers who stall do so because they skipped this layer and went straight to model tutorials.',
    hours: { none: 90, basic: 45, working: 8 },
    prerequisites: [],
    buildShare: 0.75,
    resources: [
      { title: 'Python for Everybody', url: 'https://www.py4e.com/', type: 'course', free: true },
      {
        title: 'Automate the Boring Stuff with Python',
        url: 'https://automatetheboringstuff.com/',
        type: 'book',
        free: true,
      },
      {
        title: 'The Python Tutorial (official)',
        url: 'https://docs.python.org/3/tutorial/',
        type: 'docs',
        free: true,
      },
      {
        title: 'HackerRank Python practice',
        url: 'https://www.hackerrank.com/domains/python',
        type: 'practice',
        free: true,
      },
    ],
    proof:
      'You can write a 150-line script that reads a CSV, cleans it with plain Python, and prints a summary, using functions and a class, without copying from a tutorial.',
  },
  {
    id: 'python-typing-errors',
    title: 'Production Python: type hints, errors and logging',
    category: 'foundations',
    area: 'python',
    stackRank: 1,
    summary:
      'Annotating functions with type hints and checking them with mypy or pyright, raising and catching specific exceptions, validating inputs at the edges, and logging instead of printing. This is the gap between notebook code and code a team will merge.',
    why: 'Hiring screens for applied ML are mostly software-engineering screens; untyped, print-debugged notebook code is the most common reason switchers fail them.',
    hours: { none: 25, basic: 15, working: 6 },
    prerequisites: ['python'],
    buildShare: 0.75,
    resources: [
      {
        title: 'typing — Support for type hints',
        url: 'https://docs.python.org/3/library/typing.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'mypy documentation',
        url: 'https://mypy.readthedocs.io/en/stable/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Errors and Exceptions (Python tutorial)',
        url: 'https://docs.python.org/3/tutorial/errors.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'Logging HOWTO',
        url: 'https://docs.python.org/3/howto/logging.html',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A module of yours passes `mypy --strict`, turns bad input into a clear custom exception, and logs at sensible levels instead of printing.',
  },
  {
    id: 'python-async',
    title: 'Async Python and concurrency',
    category: 'foundations',
    area: 'python',
    stackRank: 1,
    summary:
      'What async/await does and does not buy you, the event loop, running I/O-bound calls concurrently, and when to reach for threads or processes instead. Enough to write async API handlers and call other services without blocking.',
    why: 'Model services are web services: FastAPI handlers, calls to feature stores and LLM APIs are all async, and postings name async explicitly.',
    hours: { none: 15, basic: 10, working: 4 },
    prerequisites: ['python-typing-errors'],
    buildShare: 0.7,
    resources: [
      {
        title: 'asyncio — Asynchronous I/O',
        url: 'https://docs.python.org/3/library/asyncio.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'FastAPI: Concurrency and async / await',
        url: 'https://fastapi.tiangolo.com/async/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Real Python: Async IO in Python',
        url: 'https://realpython.com/async-io-python/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'You can explain, without notes, why an async handler that calls a CPU-heavy model blocks every other request, and fix it with a thread pool or a separate worker.',
  },
  {
    id: 'python-packaging',
    title: 'Python environments and packaging',
    category: 'foundations',
    area: 'python',
    stackRank: 1,
    summary:
      'Virtual environments, pinned dependencies, a pyproject.toml, a src layout, and an installable package with a command-line entry point. The project should install the same way on any machine.',
    why: 'A reviewer who cannot install your portfolio project in two commands will not read it; Docker images and CI jobs also depend on clean, pinned installs.',
    hours: { none: 10, basic: 6, working: 2 },
    prerequisites: ['python', 'command-line'],
    buildShare: 0.75,
    resources: [
      {
        title: 'Packaging Python Projects (PyPA tutorial)',
        url: 'https://packaging.python.org/en/latest/tutorials/packaging-projects/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Virtual Environments and Packages',
        url: 'https://docs.python.org/3/tutorial/venv.html',
        type: 'docs',
        free: true,
      },
      { title: 'uv documentation', url: 'https://docs.astral.sh/uv/', type: 'docs', free: true },
    ],
    proof:
      'A fresh clone of your project installs with one command from a lock file and exposes a CLI entry point that runs training or prediction.',
  },
  {
    id: 'python-testing',
    title: 'Testing Python code with pytest',
    category: 'foundations',
    area: 'python',
    stackRank: 1,
    summary:
      'Unit tests with pytest, fixtures, parametrised cases, testing data-cleaning functions on tiny hand-made frames, and smoke tests that a model trains and predicts with the right shapes.',
    why: 'Tests are one of the first things a hiring manager looks for in a portfolio repo, and ML code without them breaks silently when data changes.',
    hours: { none: 20, basic: 12, working: 4 },
    prerequisites: ['python'],
    buildShare: 0.8,
    resources: [
      {
        title: 'pytest: Get Started',
        url: 'https://docs.pytest.org/en/stable/getting-started.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'Made With ML: Testing ML systems',
        url: 'https://madewithml.com/courses/mlops/testing/',
        type: 'course',
        free: true,
      },
    ],
    proof:
      'Your project has a `tests/` folder that checks the feature code, the data contract and a tiny end-to-end train-and-predict run, and it passes in CI.',
  },
  {
    id: 'command-line',
    title: 'The command line',
    category: 'foundations',
    area: 'git',
    summary:
      'Moving around a Unix shell, pipes and redirection, environment variables, permissions, ssh into a remote machine, and small shell scripts. Cloud VMs and containers are driven from here.',
    why: 'Deploying a model, debugging a container or a GPU box all happen in a terminal; fumbling there is visible in any pairing interview.',
    hours: { none: 12, basic: 6, working: 1 },
    prerequisites: [],
    buildShare: 0.8,
    resources: [
      {
        title: 'The Missing Semester of Your CS Education (MIT)',
        url: 'https://missing.csail.mit.edu/',
        type: 'course',
        free: true,
      },
      {
        title: 'The Linux Command Line (William Shotts)',
        url: 'https://linuxcommand.org/tlcl.php',
        type: 'book',
        free: true,
      },
    ],
    proof:
      'You can ssh into a fresh Linux VM, install Python, copy a project over, run it in the background and read its logs, without looking anything up.',
  },
  {
    id: 'git',
    title: 'Git and GitHub',
    category: 'foundations',
    area: 'git',
    stackRank: 6,
    summary:
      'Commits with meaningful messages, branches, merging and rebasing, resolving conflicts, pull requests and reviews on GitHub, and a .gitignore that keeps data and secrets out of the history.',
    why: 'Put every project under Git from its first hour; a steady commit history is also evidence that the portfolio work is yours and was done over time.',
    hours: { none: 15, basic: 8, working: 2 },
    prerequisites: ['command-line'],
    buildShare: 0.8,
    resources: [
      { title: 'Pro Git (book)', url: 'https://git-scm.com/book/en/v2', type: 'book', free: true },
      {
        title: 'Learn Git Branching',
        url: 'https://learngitbranching.js.org/',
        type: 'practice',
        free: true,
      },
      {
        title: 'GitHub Docs: Get started',
        url: 'https://docs.github.com/en/get-started',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'You open a pull request from a feature branch, resolve a merge conflict in it, and squash-merge it, all from the terminal.',
  },

  // ── data ─────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'sql',
    title: 'SQL querying',
    category: 'data',
    area: 'sql',
    phase: 'shipping',
    stackRank: 5,
    summary:
      'SELECT, filtering, sorting, GROUP BY with aggregates, inner and outer joins, subqueries and NULL handling, against a real database such as PostgreSQL or SQLite.',
    why: 'Training data in most companies sits in a warehouse, and the first task in many ML jobs is writing the query that pulls it.',
    hours: { none: 40, basic: 18, working: 4 },
    prerequisites: [],
    buildShare: 0.8,
    resources: [
      {
        title: 'Kaggle Learn: Intro to SQL',
        url: 'https://www.kaggle.com/learn/intro-to-sql',
        type: 'course',
        free: true,
      },
      { title: 'SQLBolt', url: 'https://sqlbolt.com/', type: 'practice', free: true },
      { title: 'Select Star SQL', url: 'https://selectstarsql.com/', type: 'course', free: true },
      {
        title: 'PostgreSQL tutorial (official)',
        url: 'https://www.postgresql.org/docs/current/tutorial.html',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'You can write a three-table join with a grouped aggregate and a HAVING clause, and explain why a LEFT JOIN changed the row count, without looking it up.',
  },
  {
    id: 'sql-advanced',
    title: 'Analytical SQL: window functions and feature aggregations',
    category: 'data',
    area: 'sql',
    phase: 'shipping',
    stackRank: 5,
    summary:
      'Window functions (ROW_NUMBER, LAG, rolling sums), CTEs, date bucketing, deduplication, and building point-in-time feature tables per entity without leaking future rows into the past.',
    why: 'Feature queries are where switchers most often under-invest, and leakage in them quietly inflates every metric downstream.',
    hours: { none: 25, basic: 15, working: 4 },
    prerequisites: ['sql'],
    buildShare: 0.8,
    resources: [
      {
        title: 'Kaggle Learn: Advanced SQL',
        url: 'https://www.kaggle.com/learn/advanced-sql',
        type: 'course',
        free: true,
      },
      {
        title: 'PostgreSQL tutorial: Window Functions',
        url: 'https://www.postgresql.org/docs/current/tutorial-window.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'LeetCode: Top SQL 50',
        url: 'https://leetcode.com/studyplan/top-sql-50/',
        type: 'practice',
        free: true,
      },
      {
        title: 'HackerRank SQL practice',
        url: 'https://www.hackerrank.com/domains/sql',
        type: 'practice',
        free: true,
      },
    ],
    proof:
      'One SQL file turns a raw events table into a per-customer feature table (counts over 7/30/90 days, days since last event) computed as of a cutoff date, with a test that no row uses data after it.',
  },
  {
    id: 'numpy',
    title: 'NumPy arrays and vectorised code',
    category: 'data',
    area: 'python',
    stackRank: 1,
    summary:
      'Creating, indexing and slicing arrays, shapes and axes, broadcasting, and replacing Python loops with vectorised operations. The mental model carries straight over to PyTorch tensors.',
    why: 'Shape bugs are the most common bug in ML code; comfort with arrays makes pandas, scikit-learn and PyTorch all easier.',
    hours: { none: 20, basic: 10, working: 2 },
    prerequisites: ['python'],
    buildShare: 0.75,
    resources: [
      {
        title: 'NumPy: the absolute basics for beginners',
        url: 'https://numpy.org/doc/stable/user/absolute_beginners.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'CS231n Python and NumPy tutorial',
        url: 'https://cs231n.github.io/python-numpy-tutorial/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'You implement linear regression with gradient descent in pure NumPy, with no Python loop over rows, and its weights match scikit-learn to three decimals.',
  },
  {
    id: 'pandas',
    title: 'pandas data wrangling',
    category: 'data',
    area: 'python',
    stackRank: 1,
    summary:
      'Loading CSV, Parquet and SQL results, selecting and filtering, fixing types, handling missing values and duplicates, groupby-aggregate, merging tables and reshaping. Practised on messy real data, not tidy tutorial sets.',
    why: 'Most of the hours in an ML project go into getting data into shape; real company data is far dirtier than course datasets.',
    hours: { none: 40, basic: 20, working: 5 },
    prerequisites: ['numpy'],
    buildShare: 0.8,
    resources: [
      {
        title: 'Kaggle Learn: Pandas',
        url: 'https://www.kaggle.com/learn/pandas',
        type: 'course',
        free: true,
      },
      {
        title: 'Kaggle Learn: Data Cleaning',
        url: 'https://www.kaggle.com/learn/data-cleaning',
        type: 'course',
        free: true,
      },
      {
        title: '10 minutes to pandas',
        url: 'https://pandas.pydata.org/docs/user_guide/10min.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'Python for Data Analysis, 3rd ed. (open access)',
        url: 'https://wesmckinney.com/book/',
        type: 'book',
        free: true,
      },
    ],
    proof:
      'You take a messy public dataset (open-government data works well) from raw files to one clean, typed table, and every cleaning step is a tested function rather than a notebook cell.',
  },
  {
    id: 'data-visualization',
    title: 'Data visualisation and exploratory analysis',
    category: 'data',
    area: 'python',
    summary:
      'Histograms, scatter and line plots, heatmaps and small multiples with Matplotlib and seaborn; using them to find skew, outliers, leakage and label noise before modelling, and to show results to people who do not read code.',
    why: 'Exploration catches data problems that metrics hide, and a clear chart is how an ML result gets accepted by a product or operations team.',
    hours: { none: 15, basic: 8, working: 2 },
    prerequisites: ['pandas'],
    buildShare: 0.75,
    resources: [
      {
        title: 'Kaggle Learn: Data Visualization',
        url: 'https://www.kaggle.com/learn/data-visualization',
        type: 'course',
        free: true,
      },
      {
        title: 'seaborn tutorial',
        url: 'https://seaborn.pydata.org/tutorial.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'Fundamentals of Data Visualization (Claus Wilke)',
        url: 'https://clauswilke.com/dataviz/',
        type: 'book',
        free: true,
      },
    ],
    proof:
      'An exploratory report on a dataset with five charts, each captioned with the one decision it led to (a dropped column, a fixed unit, a new feature).',
  },
  {
    id: 'data-collection',
    title: 'Collecting data from APIs, files and the web',
    category: 'data',
    area: 'python',
    summary:
      'Calling REST APIs with pagination, retries and rate limits, reading awkward file formats, polite web scraping where the terms allow it, and storing raw pulls so a run can be repeated.',
    why: 'The strongest portfolio projects use data the candidate gathered themselves, often from the industry they are leaving, rather than a famous benchmark.',
    hours: { none: 12, basic: 7, working: 2 },
    prerequisites: ['python'],
    buildShare: 0.8,
    resources: [
      {
        title: 'Requests documentation',
        url: 'https://requests.readthedocs.io/en/latest/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Beautiful Soup documentation',
        url: 'https://www.crummy.com/software/BeautifulSoup/bs4/doc/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Automate the Boring Stuff with Python',
        url: 'https://automatetheboringstuff.com/',
        type: 'book',
        free: true,
      },
    ],
    proof:
      'A script that pulls a dataset from a public API into dated raw files, resumes after a failure, and can be re-run to reproduce the same snapshot.',
  },
  {
    id: 'data-pipelines',
    title: 'Data engineering basics: ETL and orchestration',
    category: 'data',
    area: 'sql',
    phase: 'shipping',
    summary:
      'Extract-transform-load jobs, warehouse and lake concepts, scheduling with an orchestrator such as Airflow, incremental loads, and when data outgrows one machine and Spark or Dask becomes worth it.',
    why: 'Applied ML engineers often own the pipeline that feeds their model; postings regularly list Airflow, dbt or Spark next to PyTorch.',
    hours: { none: 20, basic: 15, working: 6 },
    prerequisites: ['sql-advanced', 'pandas', 'python-packaging'],
    buildShare: 0.75,
    resources: [
      {
        title: 'DataTalksClub Data Engineering Zoomcamp',
        url: 'https://github.com/DataTalksClub/data-engineering-zoomcamp',
        type: 'course',
        free: true,
      },
      {
        title: 'Apache Airflow documentation',
        url: 'https://airflow.apache.org/docs/',
        type: 'docs',
        free: true,
      },
      {
        title: 'What is dbt?',
        url: 'https://docs.getdbt.com/docs/introduction',
        type: 'docs',
        free: true,
      },
      {
        title: 'PySpark: Getting Started',
        url: 'https://spark.apache.org/docs/latest/api/python/getting_started/index.html',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A scheduled job loads new raw data each day, transforms it into the feature table your model reads, and can be re-run for a past date without duplicating rows.',
  },

  // ── math ─────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'linear-algebra',
    title: 'Linear algebra for ML',
    category: 'math',
    area: 'math',
    stackRank: 8,
    summary:
      'Vectors, dot products and what they measure, matrix multiplication as a transformation, shapes, rank, eigenvectors and the idea behind PCA and SVD. Intuition and the ability to read notation matter more than proofs.',
    why: 'Embeddings, layers and similarity search are matrix operations; reading a paper methods section needs this vocabulary.',
    hours: { none: 25, basic: 12, working: 3 },
    prerequisites: [],
    buildShare: 0.45,
    resources: [
      {
        title: 'Essence of Linear Algebra (3Blue1Brown)',
        url: 'https://www.3blue1brown.com/topics/linear-algebra',
        type: 'video',
        free: true,
      },
      {
        title: 'Khan Academy: Linear algebra',
        url: 'https://www.khanacademy.org/math/linear-algebra',
        type: 'course',
        free: true,
      },
      {
        title: 'Mathematics for Machine Learning (Deisenroth, Faisal, Ong)',
        url: 'https://mml-book.github.io/',
        type: 'book',
        free: true,
      },
      {
        title: 'MIT 18.06 Linear Algebra (Gilbert Strang)',
        url: 'https://ocw.mit.edu/courses/18-06-linear-algebra-spring-2010/',
        type: 'course',
        free: true,
      },
    ],
    proof:
      'You can implement PCA with NumPy via the covariance matrix and explain in plain words what the first component of your own data represents.',
  },
  {
    id: 'calculus',
    title: 'Calculus and gradients',
    category: 'math',
    area: 'math',
    stackRank: 8,
    summary:
      'Derivatives, partial derivatives, the gradient as the direction of steepest increase, the chain rule, and gradient descent as repeated small steps downhill on a loss. Enough to follow how a network learns.',
    why: 'Training is gradient-based optimisation; knowing it lets you debug learning rates, exploding losses and frozen layers instead of guessing.',
    hours: { none: 20, basic: 10, working: 2 },
    prerequisites: [],
    buildShare: 0.4,
    resources: [
      {
        title: 'Essence of Calculus (3Blue1Brown)',
        url: 'https://www.3blue1brown.com/topics/calculus',
        type: 'video',
        free: true,
      },
      {
        title: 'Khan Academy: Multivariable calculus',
        url: 'https://www.khanacademy.org/math/multivariable-calculus',
        type: 'course',
        free: true,
      },
      {
        title: 'Mathematics for Machine Learning (Deisenroth, Faisal, Ong)',
        url: 'https://mml-book.github.io/',
        type: 'book',
        free: true,
      },
    ],
    proof:
      'You derive the gradient of mean squared error for a linear model by hand, code gradient descent for it, and show the loss curve falling.',
  },
  {
    id: 'probability',
    title: 'Probability',
    category: 'math',
    area: 'math',
    stackRank: 8,
    summary:
      'Random variables, common distributions (Bernoulli, binomial, normal, Poisson), conditional probability, independence, expectation and variance, and Bayes’ rule as updating a belief with evidence.',
    why: 'Classifiers output probabilities, losses are likelihoods, and base rates explain why a 99%-accurate fraud model can be useless.',
    hours: { none: 20, basic: 10, working: 2 },
    prerequisites: [],
    buildShare: 0.45,
    resources: [
      {
        title: 'Khan Academy: Statistics and probability',
        url: 'https://www.khanacademy.org/math/statistics-probability',
        type: 'course',
        free: true,
      },
      {
        title: 'Seeing Theory (Brown University)',
        url: 'https://seeing-theory.brown.edu/',
        type: 'course',
        free: true,
      },
      {
        title: '3Blue1Brown: Bayes theorem',
        url: 'https://www.3blue1brown.com/lessons/bayes-theorem',
        type: 'video',
        free: true,
      },
      {
        title: 'Think Bayes (Allen Downey)',
        url: 'https://greenteapress.com/wp/think-bayes/',
        type: 'book',
        free: true,
      },
    ],
    proof:
      'Given a test with stated sensitivity, specificity and base rate, you compute the chance a positive result is real and confirm it with a short simulation.',
  },
  {
    id: 'statistics',
    title: 'Statistics for data work',
    category: 'math',
    area: 'math',
    summary:
      'Descriptive statistics, sampling, the central limit theorem, confidence intervals, hypothesis tests and p-values, correlation versus causation, and the bootstrap as a general-purpose way to get error bars.',
    why: 'Deciding whether a model really beats the baseline, or whether an A/B test moved anything, is a statistics question.',
    hours: { none: 25, basic: 12, working: 3 },
    prerequisites: ['probability'],
    buildShare: 0.5,
    resources: [
      {
        title: 'OpenIntro Statistics',
        url: 'https://www.openintro.org/book/os/',
        type: 'book',
        free: true,
      },
      {
        title: 'Think Stats (Allen Downey)',
        url: 'https://greenteapress.com/wp/think-stats-2e/',
        type: 'book',
        free: true,
      },
      {
        title: 'Khan Academy: Statistics and probability',
        url: 'https://www.khanacademy.org/math/statistics-probability',
        type: 'course',
        free: true,
      },
    ],
    proof:
      'You bootstrap a 95% confidence interval for a metric on your own dataset and explain what the interval does and does not say.',
  },

  // ── ml ───────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'ml-foundations',
    title: 'Practical ML basics',
    category: 'ml',
    area: 'ml',
    stackRank: 3,
    summary:
      'Framing a problem as classification or regression, train/validation/test splits, cross-validation, under- and over-fitting, the bias-variance trade-off, regularisation, and data leakage. Practical judgement, not derivations.',
    why: 'This is the everyday toolkit of an applied ML engineer, and interviewers probe it with questions about your own projects.',
    hours: { none: 35, basic: 18, working: 4 },
    prerequisites: ['pandas', 'statistics'],
    buildShare: 0.65,
    resources: [
      {
        title: 'Machine Learning Specialization (Andrew Ng)',
        url: 'https://www.coursera.org/specializations/machine-learning-introduction',
        type: 'course',
        free: true,
      },
      {
        title: 'Kaggle Learn: Intro to Machine Learning',
        url: 'https://www.kaggle.com/learn/intro-to-machine-learning',
        type: 'course',
        free: true,
      },
      {
        title: 'Google Machine Learning Crash Course',
        url: 'https://developers.google.com/machine-learning/crash-course',
        type: 'course',
        free: true,
      },
      {
        title: 'An Introduction to Statistical Learning',
        url: 'https://www.statlearning.com/',
        type: 'book',
        free: true,
      },
    ],
    proof:
      'For a model you trained, you can show the learning curves, say whether it over- or under-fits, and name the change you made because of it.',
  },
  {
    id: 'ml-metrics',
    title: 'Metrics and when they mislead',
    category: 'ml',
    area: 'ml',
    stackRank: 3,
    summary:
      'Accuracy, precision, recall, F1, ROC AUC, PR AUC, log loss, calibration, MAE, RMSE and MAPE; what each rewards, how class imbalance and skewed targets fool them, and choosing a threshold from business costs.',
    why: 'Picking the wrong metric is how a model looks great offline and fails in production; interviewers ask about it constantly.',
    hours: { none: 15, basic: 8, working: 2 },
    prerequisites: ['ml-foundations'],
    buildShare: 0.6,
    resources: [
      {
        title: 'scikit-learn: Metrics and scoring',
        url: 'https://scikit-learn.org/stable/modules/model_evaluation.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'MLU-Explain visual essays',
        url: 'https://mlu-explain.github.io/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'On an imbalanced dataset you show a model with high accuracy and poor recall, then choose a threshold from a stated cost of false positives versus false negatives.',
  },
  {
    id: 'scikit-learn',
    title: 'Classical ML with scikit-learn',
    category: 'ml',
    area: 'ml',
    stackRank: 3,
    summary:
      'Linear and logistic regression, k-nearest neighbours, decision trees, random forests and SVMs; preprocessing in Pipelines and ColumnTransformers, hyperparameter search, and saving a fitted pipeline for serving.',
    why: 'Most production ML is still classical models on tables, and scikit-learn pipelines are the standard way to keep training and serving consistent.',
    hours: { none: 35, basic: 18, working: 4 },
    prerequisites: ['ml-foundations'],
    buildShare: 0.8,
    resources: [
      {
        title: 'scikit-learn User Guide',
        url: 'https://scikit-learn.org/stable/user_guide.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'Kaggle Learn: Intermediate Machine Learning',
        url: 'https://www.kaggle.com/learn/intermediate-machine-learning',
        type: 'course',
        free: true,
      },
      {
        title: 'Hands-On Machine Learning notebooks (Géron)',
        url: 'https://github.com/ageron/handson-ml3',
        type: 'book',
        free: true,
      },
    ],
    proof:
      'A single scikit-learn Pipeline with preprocessing and model, tuned with cross-validation, saved to disk and loaded again to score new rows.',
  },
  {
    id: 'gradient-boosting',
    title: 'Gradient-boosted trees (XGBoost, LightGBM)',
    category: 'ml',
    area: 'ml',
    summary:
      'How boosting builds trees on the errors of earlier ones, the handful of hyperparameters that matter, early stopping, categorical handling, and why boosted trees are the default for tabular problems.',
    why: 'Fraud, churn, risk and pricing models in industry are overwhelmingly boosted trees; a switcher who can tune one well is immediately useful.',
    hours: { none: 20, basic: 10, working: 3 },
    prerequisites: ['scikit-learn'],
    buildShare: 0.8,
    resources: [
      {
        title: 'XGBoost: Introduction to Boosted Trees',
        url: 'https://xgboost.readthedocs.io/en/stable/tutorials/model.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'LightGBM documentation',
        url: 'https://lightgbm.readthedocs.io/en/stable/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Kaggle Learn: Intermediate Machine Learning',
        url: 'https://www.kaggle.com/learn/intermediate-machine-learning',
        type: 'course',
        free: true,
      },
    ],
    proof:
      'A LightGBM or XGBoost model with early stopping on a validation set that beats your logistic-regression baseline, with the gain reported on a held-out test set.',
  },
  {
    id: 'unsupervised-learning',
    title: 'Clustering and dimensionality reduction',
    category: 'ml',
    area: 'ml',
    summary:
      'k-means, hierarchical clustering and DBSCAN, PCA, t-SNE and UMAP for looking at high-dimensional data, and the honest limits of evaluating clusters without labels.',
    why: 'Segmentation, deduplication and visualising embeddings come up in many roles, and unlabeled data is the normal case at work.',
    hours: { none: 12, basic: 7, working: 2 },
    prerequisites: ['scikit-learn', 'linear-algebra'],
    buildShare: 0.7,
    resources: [
      {
        title: 'scikit-learn: Clustering',
        url: 'https://scikit-learn.org/stable/modules/clustering.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'scikit-learn: Decomposing signals (PCA and friends)',
        url: 'https://scikit-learn.org/stable/modules/decomposition.html',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A customer or product segmentation with a short write-up of how you chose the number of clusters and what each cluster means in business terms.',
  },

  // ── deep learning ────────────────────────────────────────────────────────────────────────────
  {
    id: 'neural-networks',
    title: 'Neural network fundamentals',
    category: 'deep-learning',
    area: 'ml',
    summary:
      'Neurons and layers, activation functions, loss functions, backpropagation as the chain rule applied layer by layer, initialisation, and optimisers such as SGD and Adam. Built once from scratch so frameworks stop being magic.',
    why: 'Reading a training curve, choosing a loss and fixing a network that will not learn all depend on this picture.',
    hours: { none: 20, basic: 12, working: 3 },
    prerequisites: ['numpy', 'calculus', 'linear-algebra', 'ml-foundations'],
    buildShare: 0.55,
    resources: [
      {
        title: '3Blue1Brown: Neural networks',
        url: 'https://www.3blue1brown.com/topics/neural-networks',
        type: 'video',
        free: true,
      },
      {
        title: 'Neural Networks: Zero to Hero (Andrej Karpathy)',
        url: 'https://karpathy.ai/zero-to-hero.html',
        type: 'video',
        free: true,
      },
      { title: 'Dive into Deep Learning', url: 'https://d2l.ai/', type: 'book', free: true },
      {
        title: 'Deep Learning Specialization (Andrew Ng)',
        url: 'https://www.coursera.org/specializations/deep-learning',
        type: 'course',
        free: true,
      },
    ],
    proof:
      'A two-layer network written in NumPy, with hand-coded backpropagation, that learns a non-linear toy problem and whose gradients you checked numerically.',
  },
  {
    id: 'pytorch',
    title: 'PyTorch fundamentals',
    category: 'deep-learning',
    area: 'ml',
    stackRank: 2,
    summary:
      'Tensors, devices, autograd, nn.Module, loss functions and optimisers. PyTorch is the one framework to learn deeply; TensorFlow or JAX can come later when a job needs them.',
    why: 'PyTorch is the default framework in 2026 postings, and depth in one framework counts for more than a little of several.',
    hours: { none: 30, basic: 16, working: 4 },
    prerequisites: ['neural-networks'],
    buildShare: 0.75,
    resources: [
      {
        title: 'PyTorch: Learn the Basics',
        url: 'https://pytorch.org/tutorials/beginner/basics/intro.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'Practical Deep Learning for Coders (fast.ai)',
        url: 'https://course.fast.ai/',
        type: 'course',
        free: true,
      },
      {
        title: 'Zero to Mastery: Learn PyTorch',
        url: 'https://www.learnpytorch.io/',
        type: 'course',
        free: true,
      },
    ],
    proof:
      'You can write an nn.Module for a small multilayer network and explain what `loss.backward()` and `optimizer.step()` each change, without notes.',
  },
  {
    id: 'pytorch-training-loop',
    title: 'PyTorch training loops, data loaders and checkpoints',
    category: 'deep-learning',
    area: 'ml',
    stackRank: 2,
    summary:
      'A hand-written training and validation loop, Dataset and DataLoader classes, batching and shuffling, moving work to a GPU, mixed precision, learning-rate schedules, saving and resuming checkpoints, and seeding for repeatable runs.',
    why: 'Postings ask for exactly this: a person who can write the loop, load their own data and recover a run, not just call a high-level fit().',
    hours: { none: 30, basic: 18, working: 5 },
    prerequisites: ['pytorch', 'python', 'numpy', 'ml-foundations'],
    buildShare: 0.8,
    resources: [
      {
        title: 'PyTorch: Datasets and DataLoaders',
        url: 'https://pytorch.org/tutorials/beginner/basics/data_tutorial.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'PyTorch: Saving and loading models',
        url: 'https://pytorch.org/tutorials/beginner/saving_loading_models.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'Practical Deep Learning for Coders (fast.ai)',
        url: 'https://course.fast.ai/',
        type: 'course',
        free: true,
      },
      {
        title: 'Google Colab (free GPU notebooks)',
        url: 'https://colab.research.google.com/',
        type: 'practice',
        free: true,
      },
    ],
    proof:
      'A training script with a custom Dataset that you can kill mid-epoch and resume from the last checkpoint to the same validation score.',
  },

  // ── specialization: tabular ──────────────────────────────────────────────────────────────────
  {
    id: 'feature-engineering',
    title: 'Feature engineering for tabular data',
    category: 'specialization',
    area: 'ml',
    specialization: 'tabular',
    stackRank: 4,
    summary:
      'Encoding categoricals, aggregates over time windows, ratios and interactions, target encoding without leakage, handling missingness as signal, and time-aware validation for data where rows arrive over time.',
    why: 'On tables, better features usually beat a better algorithm, and domain knowledge from a previous career turns directly into features.',
    hours: { none: 30, basic: 18, working: 6 },
    prerequisites: ['pandas', 'sql-advanced', 'gradient-boosting'],
    buildShare: 0.8,
    resources: [
      {
        title: 'Kaggle Learn: Feature Engineering',
        url: 'https://www.kaggle.com/learn/feature-engineering',
        type: 'course',
        free: true,
      },
      {
        title: 'scikit-learn: Preprocessing data',
        url: 'https://scikit-learn.org/stable/modules/preprocessing.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'scikit-learn: Cross-validation (incl. time series splits)',
        url: 'https://scikit-learn.org/stable/modules/cross_validation.html',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'An ablation table showing how much each feature group you built adds over the raw columns, measured on a time-based holdout.',
  },
  {
    id: 'imbalanced-data',
    title: 'Imbalanced classification and calibration',
    category: 'specialization',
    area: 'ml',
    specialization: 'tabular',
    stackRank: 4,
    summary:
      'Rare-event problems such as fraud, churn and defaults: class weights, resampling and when not to use it, PR curves, probability calibration, and cost-based thresholds that a business owner can sign off.',
    why: 'Most valuable tabular problems are imbalanced, and interviewers use them to check whether you understand metrics beyond accuracy.',
    hours: { none: 15, basic: 9, working: 3 },
    prerequisites: ['ml-metrics', 'gradient-boosting'],
    buildShare: 0.75,
    resources: [
      {
        title: 'imbalanced-learn documentation',
        url: 'https://imbalanced-learn.org/stable/',
        type: 'docs',
        free: true,
      },
      {
        title: 'scikit-learn: Probability calibration',
        url: 'https://scikit-learn.org/stable/modules/calibration.html',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A reliability diagram before and after calibration and a threshold chosen from an explicit cost table, reported with recall at a fixed precision.',
  },
  {
    id: 'model-explainability',
    title: 'Explaining tabular models',
    category: 'specialization',
    area: 'ml',
    specialization: 'tabular',
    stackRank: 4,
    summary:
      'Permutation importance, partial dependence, SHAP values for single predictions and global patterns, and the traps: correlated features, importance that is not causation, and explanations of a leaky feature.',
    why: 'Regulated industries such as lending, insurance and health need to justify individual decisions, and explanations expose leakage early.',
    hours: { none: 15, basic: 9, working: 3 },
    prerequisites: ['gradient-boosting'],
    buildShare: 0.7,
    resources: [
      {
        title: 'Kaggle Learn: Machine Learning Explainability',
        url: 'https://www.kaggle.com/learn/machine-learning-explainability',
        type: 'course',
        free: true,
      },
      {
        title: 'Interpretable Machine Learning (Christoph Molnar)',
        url: 'https://christophm.github.io/interpretable-ml-book/',
        type: 'book',
        free: true,
      },
      {
        title: 'SHAP documentation',
        url: 'https://shap.readthedocs.io/en/latest/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'Your service returns the top three reasons behind each prediction, and your README shows one case where an explanation revealed a data problem you then fixed.',
  },

  // ── specialization: computer vision ──────────────────────────────────────────────────────────
  {
    id: 'computer-vision',
    title: 'Computer vision foundations',
    category: 'specialization',
    area: 'ml',
    specialization: 'computer-vision',
    stackRank: 4,
    summary:
      'Images as tensors, loading and resizing with OpenCV and torchvision, normalisation, data augmentation, labelling your own images, and image classification as the first task.',
    why: 'Inspection, safety monitoring, document processing and medical imaging all start from these basics, and vision is a common specialisation in postings.',
    hours: { none: 25, basic: 15, working: 6 },
    prerequisites: ['pytorch-training-loop'],
    buildShare: 0.75,
    resources: [
      {
        title: 'CS231n: Deep Learning for Computer Vision (notes)',
        url: 'https://cs231n.github.io/',
        type: 'course',
        free: true,
      },
      {
        title: 'Kaggle Learn: Computer Vision',
        url: 'https://www.kaggle.com/learn/computer-vision',
        type: 'course',
        free: true,
      },
      {
        title: 'OpenCV-Python tutorials',
        url: 'https://docs.opencv.org/4.x/d6/d00/tutorial_py_root.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'torchvision documentation',
        url: 'https://pytorch.org/vision/stable/index.html',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'An image pipeline that loads your own labelled photos, augments them, and feeds a classifier, with a grid of sample augmented images in the README.',
  },
  {
    id: 'cnn-transfer-learning',
    title: 'CNNs and transfer learning',
    category: 'specialization',
    area: 'ml',
    specialization: 'computer-vision',
    stackRank: 4,
    summary:
      'Convolutions, pooling and the common backbones (ResNet, EfficientNet, ViT at a high level), fine-tuning a pretrained model on a small dataset, freezing and unfreezing layers, and exporting the result for inference.',
    why: 'Almost no company trains vision models from scratch; fine-tuning a pretrained backbone on a few thousand images is the daily job.',
    hours: { none: 30, basic: 18, working: 6 },
    prerequisites: ['computer-vision'],
    buildShare: 0.8,
    resources: [
      {
        title: 'PyTorch: Transfer learning for computer vision',
        url: 'https://pytorch.org/tutorials/beginner/transfer_learning_tutorial.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'Practical Deep Learning for Coders (fast.ai)',
        url: 'https://course.fast.ai/',
        type: 'course',
        free: true,
      },
      {
        title: 'timm (PyTorch Image Models) documentation',
        url: 'https://huggingface.co/docs/timm/index',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A fine-tuned classifier on a few hundred to a few thousand of your own images that beats a frozen-backbone baseline, with a confusion matrix and the worst mistakes shown.',
  },
  {
    id: 'object-detection',
    title: 'Object detection and segmentation',
    category: 'specialization',
    area: 'ml',
    specialization: 'computer-vision',
    stackRank: 4,
    summary:
      'Bounding boxes, IoU and mAP, one-stage detectors such as YOLO, segmentation masks, annotation formats, and the latency-versus-accuracy choices of running detection on video or edge devices.',
    why: 'Defect spotting, safety-gear checks and counting items on shelves are detection problems, and they are where vision work in industry concentrates.',
    hours: { none: 30, basic: 18, working: 7 },
    prerequisites: ['cnn-transfer-learning'],
    buildShare: 0.8,
    resources: [
      {
        title: 'Ultralytics YOLO documentation',
        url: 'https://docs.ultralytics.com/',
        type: 'docs',
        free: true,
      },
      {
        title: 'CS231n course site (Stanford)',
        url: 'https://cs231n.stanford.edu/',
        type: 'course',
        free: true,
      },
      {
        title: 'TorchVision object detection finetuning tutorial',
        url: 'https://pytorch.org/tutorials/intermediate/torchvision_tutorial.html',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A detector fine-tuned on images you annotated, reporting mAP on a held-out set and frames per second on the hardware you deploy to.',
  },

  // ── specialization: NLP ──────────────────────────────────────────────────────────────────────
  {
    id: 'text-classification',
    title: 'Text processing and classification',
    category: 'specialization',
    area: 'ml',
    specialization: 'nlp',
    stackRank: 4,
    summary:
      'Cleaning and tokenising text, bag-of-words and TF-IDF baselines with linear models, sentiment and topic labelling, multi-label problems, and labelling a small set by hand when no labels exist.',
    why: 'Routing tickets, tagging reviews and flagging risky messages are common first NLP tasks, and a strong TF-IDF baseline is what a transformer must beat.',
    hours: { none: 20, basic: 12, working: 4 },
    prerequisites: ['scikit-learn'],
    buildShare: 0.75,
    resources: [
      {
        title: 'scikit-learn: Working with text data',
        url: 'https://scikit-learn.org/stable/tutorial/text_analytics/working_with_text_data.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'Speech and Language Processing (Jurafsky and Martin)',
        url: 'https://web.stanford.edu/~jurafsky/slp3/',
        type: 'book',
        free: true,
      },
      {
        title: 'spaCy 101',
        url: 'https://spacy.io/usage/spacy-101',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A TF-IDF plus logistic-regression classifier on text from your field, with per-class precision and recall and twenty misclassified examples reviewed by hand.',
  },
  {
    id: 'embeddings',
    title: 'Embeddings and semantic search',
    category: 'specialization',
    area: 'ml',
    specialization: 'nlp',
    stackRank: 4,
    summary:
      'Dense vector representations of text, sentence-embedding models, cosine similarity, nearest-neighbour search with FAISS or a vector database, and evaluating retrieval with recall@k on labelled queries.',
    why: 'Search, deduplication, clustering of feedback and every retrieval-augmented LLM feature sit on embeddings.',
    hours: { none: 15, basic: 9, working: 3 },
    prerequisites: ['text-classification', 'linear-algebra', 'pytorch'],
    buildShare: 0.75,
    resources: [
      {
        title: 'Sentence Transformers documentation',
        url: 'https://www.sbert.net/',
        type: 'docs',
        free: true,
      },
      {
        title: 'FAISS wiki',
        url: 'https://github.com/facebookresearch/faiss/wiki',
        type: 'docs',
        free: true,
      },
      {
        title: 'Hugging Face Learn',
        url: 'https://huggingface.co/learn',
        type: 'course',
        free: true,
      },
    ],
    proof:
      'A semantic search over a few thousand documents with recall@5 measured on 50 hand-written queries and compared against keyword search.',
  },
  {
    id: 'transformer-models',
    title: 'Transformers and fine-tuning with Hugging Face',
    category: 'specialization',
    area: 'ml',
    specialization: 'nlp',
    stackRank: 4,
    summary:
      'Attention at an intuitive level, tokenizers, encoder models like BERT versus decoder models like GPT, fine-tuning a pretrained model for classification or extraction with the Hugging Face libraries, and fitting it on a modest GPU.',
    why: 'Transformers are the default NLP tool; fine-tuning one and knowing when a smaller model suffices are common interview topics.',
    hours: { none: 30, basic: 18, working: 6 },
    prerequisites: ['embeddings', 'pytorch-training-loop'],
    buildShare: 0.75,
    resources: [
      {
        title: 'Hugging Face Learn',
        url: 'https://huggingface.co/learn',
        type: 'course',
        free: true,
      },
      {
        title: 'Transformers documentation',
        url: 'https://huggingface.co/docs/transformers/index',
        type: 'docs',
        free: true,
      },
      {
        title: 'The Illustrated Transformer (Jay Alammar)',
        url: 'https://jalammar.github.io/illustrated-transformer/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A fine-tuned small transformer that beats your TF-IDF baseline on the same held-out split, with the gain, the training cost and the latency per request reported.',
  },
  {
    id: 'llm-applications',
    title: 'LLM applications and retrieval-augmented generation',
    category: 'specialization',
    area: 'ml',
    specialization: 'nlp',
    stackRank: 4,
    summary:
      'Calling hosted and open models, prompt design, structured outputs, retrieval-augmented generation over your own documents, guarding against made-up answers, and evaluating answers with a golden question set rather than by eye.',
    why: 'Many 2026 applied roles ship LLM features, and the engineers who can measure and improve one stand out from those who only demo it.',
    hours: { none: 30, basic: 18, working: 7 },
    prerequisites: ['transformer-models', 'model-serving'],
    buildShare: 0.75,
    resources: [
      {
        title: 'Hugging Face Open-Source AI Cookbook',
        url: 'https://huggingface.co/learn/cookbook/index',
        type: 'docs',
        free: true,
      },
      {
        title: 'OpenAI Cookbook',
        url: 'https://cookbook.openai.com/',
        type: 'docs',
        free: true,
      },
      {
        title: 'DeepLearning.AI short courses',
        url: 'https://www.deeplearning.ai/short-courses/',
        type: 'course',
        free: true,
      },
    ],
    proof:
      'A question-answering service over your documents that reports answer accuracy and citation correctness on at least 50 golden questions, before and after one retrieval improvement.',
  },

  // ── specialization: recommendation systems ──────────────────────────────────────────────────
  {
    id: 'recommender-systems',
    title: 'Recommendation systems',
    category: 'specialization',
    area: 'ml',
    specialization: 'recsys',
    stackRank: 4,
    summary:
      'Popularity and co-occurrence baselines, collaborative filtering with matrix factorisation, content-based and hybrid approaches, implicit feedback such as clicks and purchases, and the cold-start problem for new users and items.',
    why: 'Recommendations drive revenue in retail, media and travel, and the interview design question about them is one of the most common.',
    hours: { none: 35, basic: 20, working: 7 },
    prerequisites: ['scikit-learn', 'linear-algebra', 'sql-advanced'],
    buildShare: 0.75,
    resources: [
      {
        title: 'Google: Recommendation Systems course',
        url: 'https://developers.google.com/machine-learning/recommendation',
        type: 'course',
        free: true,
      },
      {
        title: 'Microsoft Recommenders (examples and best practices)',
        url: 'https://github.com/recommenders-team/recommenders',
        type: 'practice',
        free: true,
      },
      {
        title: 'implicit library documentation',
        url: 'https://benfred.github.io/implicit/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A matrix-factorisation recommender trained on interaction data that beats a most-popular baseline on a time-based split, with a cold-start fallback.',
  },
  {
    id: 'recsys-evaluation',
    title: 'Evaluating recommenders',
    category: 'specialization',
    area: 'ml',
    specialization: 'recsys',
    stackRank: 4,
    summary:
      'Ranking metrics (precision@k, recall@k, MAP, NDCG), time-based splits, coverage, diversity and novelty, popularity bias, and why offline gains often fail to show up in online tests.',
    why: 'A recommender judged only on offline accuracy tends to push the same popular items; interviewers probe whether you know the difference.',
    hours: { none: 15, basic: 9, working: 3 },
    prerequisites: ['recommender-systems', 'evaluation-design'],
    buildShare: 0.65,
    resources: [
      {
        title: 'Google: Recommendation Systems course',
        url: 'https://developers.google.com/machine-learning/recommendation',
        type: 'course',
        free: true,
      },
      {
        title: 'Microsoft Recommenders evaluation notebooks',
        url: 'https://github.com/recommenders-team/recommenders/tree/main/examples/03_evaluate',
        type: 'practice',
        free: true,
      },
    ],
    proof:
      'A results table with NDCG@10, coverage and a popularity-bias measure for a baseline and your model, plus a note on what an online test would need to confirm.',
  },
  {
    id: 'retrieval-ranking',
    title: 'Two-stage retrieval and ranking',
    category: 'specialization',
    area: 'ml',
    specialization: 'recsys',
    stackRank: 4,
    summary:
      'The candidate-generation then ranking architecture used at scale: learned embeddings with two-tower models, approximate nearest-neighbour lookup, and a boosted or neural ranker with contextual features.',
    why: 'Production recommenders and search systems are built this way, and ML system-design interviews expect you to sketch it.',
    hours: { none: 25, basic: 15, working: 6 },
    prerequisites: ['recommender-systems', 'pytorch-training-loop'],
    buildShare: 0.75,
    resources: [
      {
        title: 'TensorFlow Recommenders guide',
        url: 'https://www.tensorflow.org/recommenders',
        type: 'docs',
        free: true,
      },
      {
        title: 'Stanford CS329S: Machine Learning Systems Design',
        url: 'https://stanford-cs329s.github.io/',
        type: 'course',
        free: true,
      },
    ],
    proof:
      'A two-stage recommender where the retrieval stage alone and retrieval plus ranker are compared on recall@100 and NDCG@10, with request latency measured.',
  },

  // ── specialization: time series ──────────────────────────────────────────────────────────────
  {
    id: 'time-series-forecasting',
    title: 'Time series forecasting',
    category: 'specialization',
    area: 'ml',
    specialization: 'time-series',
    stackRank: 4,
    summary:
      'Trend and seasonality, naive and seasonal-naive baselines, exponential smoothing and ARIMA, forecasting many related series, prediction intervals, and backtesting with a rolling origin instead of a random split.',
    why: 'Demand, staffing, inventory and energy planning run on forecasts, and a forecaster who always checks against seasonal-naive is rare and trusted.',
    hours: { none: 35, basic: 20, working: 7 },
    prerequisites: ['pandas', 'statistics'],
    buildShare: 0.7,
    resources: [
      {
        title: 'Forecasting: Principles and Practice (Hyndman and Athanasopoulos)',
        url: 'https://otexts.com/fpp3/',
        type: 'book',
        free: true,
      },
      {
        title: 'Kaggle Learn: Time Series',
        url: 'https://www.kaggle.com/learn/time-series',
        type: 'course',
        free: true,
      },
      {
        title: 'statsmodels: Time series analysis',
        url: 'https://www.statsmodels.org/stable/tsa.html',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A rolling-origin backtest over at least a year of history showing your forecast against seasonal-naive on MAE and on interval coverage.',
  },
  {
    id: 'time-series-ml',
    title: 'Machine-learning forecasters',
    category: 'specialization',
    area: 'ml',
    specialization: 'time-series',
    stackRank: 4,
    summary:
      'Turning series into supervised tables with lags, rolling statistics, calendar and holiday features, global gradient-boosted models across many series, and direct versus recursive multi-step forecasts.',
    why: 'Retail and logistics forecasting competitions and production systems are mostly won by feature-rich boosted models, not classical methods alone.',
    hours: { none: 25, basic: 15, working: 5 },
    prerequisites: ['time-series-forecasting', 'gradient-boosting'],
    buildShare: 0.8,
    resources: [
      {
        title: 'Kaggle Learn: Time Series',
        url: 'https://www.kaggle.com/learn/time-series',
        type: 'course',
        free: true,
      },
      {
        title: 'Darts documentation',
        url: 'https://unit8co.github.io/darts/',
        type: 'docs',
        free: true,
      },
      {
        title: 'skforecast documentation',
        url: 'https://skforecast.org/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'One LightGBM model trained across many series that beats per-series exponential smoothing in the same backtest, with the leakage checks for lag features written as tests.',
  },
  {
    id: 'anomaly-detection',
    title: 'Anomaly detection on sensor and event data',
    category: 'specialization',
    area: 'ml',
    specialization: 'time-series',
    stackRank: 4,
    summary:
      'Statistical control limits, residuals from a forecast, isolation forests and other outlier detectors, alert thresholds that respect on-call patience, and evaluating with very few labelled incidents.',
    why: 'Sensor monitoring, transaction spikes and outage detection are common time-series jobs, and false alarms are what make or break them.',
    hours: { none: 15, basic: 9, working: 3 },
    prerequisites: ['time-series-forecasting'],
    buildShare: 0.7,
    resources: [
      {
        title: 'scikit-learn: Novelty and outlier detection',
        url: 'https://scikit-learn.org/stable/modules/outlier_detection.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'PyOD documentation',
        url: 'https://pyod.readthedocs.io/en/latest/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A detector run over a history with known incidents that reports how many it caught, how early, and how many false alarms per week it raised.',
  },

  // ── evaluation ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'evaluation-design',
    title: 'Evaluation design: holdouts, golden sets and baselines',
    category: 'evaluation',
    area: 'ml',
    stackRank: 7,
    summary:
      'Setting aside an untouched test set, building a small hand-checked golden set, splitting by time or by group when rows are related, always reporting a simple baseline, and writing the evaluation as code that anyone can re-run.',
    why: 'Self-taught candidates neglect this more than any other skill, and it is the clearest sign of someone a team can trust with a model.',
    hours: { none: 20, basic: 14, working: 6 },
    prerequisites: ['ml-metrics', 'scikit-learn'],
    buildShare: 0.7,
    resources: [
      {
        title: 'Made With ML: Evaluation',
        url: 'https://madewithml.com/courses/mlops/evaluation/',
        type: 'course',
        free: true,
      },
      {
        title: 'Rules of Machine Learning (Google)',
        url: 'https://developers.google.com/machine-learning/guides/rules-of-ml',
        type: 'docs',
        free: true,
      },
      {
        title: 'scikit-learn: Cross-validation',
        url: 'https://scikit-learn.org/stable/modules/cross_validation.html',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'Your README has a results table — baseline versus model on a held-out set never used for tuning — and one command regenerates it.',
  },
  {
    id: 'significance-testing',
    title: 'Significance testing and A/B tests',
    category: 'evaluation',
    area: 'math',
    stackRank: 7,
    summary:
      'Bootstrap confidence intervals for model metrics, paired comparisons of two models on the same examples, online A/B tests with sample-size planning, and the usual mistakes: peeking, many comparisons, and mismatched units.',
    why: 'A one-point gain on a small test set is often noise; showing whether it is real is what separates a claim from a result.',
    hours: { none: 12, basic: 8, working: 3 },
    prerequisites: ['statistics', 'evaluation-design'],
    buildShare: 0.6,
    resources: [
      {
        title: 'How Not to Run an A/B Test (Evan Miller)',
        url: 'https://www.evanmiller.org/how-not-to-run-an-ab-test.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'SciPy statistical functions',
        url: 'https://docs.scipy.org/doc/scipy/reference/stats.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'OpenIntro Statistics',
        url: 'https://www.openintro.org/book/os/',
        type: 'book',
        free: true,
      },
    ],
    proof:
      'Your results table carries confidence intervals, and you can state the sample size an A/B test of your model would need to detect the gain you claim.',
  },
  {
    id: 'error-analysis',
    title: 'Error analysis',
    category: 'evaluation',
    area: 'ml',
    stackRank: 7,
    summary:
      'Reading the model’s mistakes by hand, slicing metrics by segment, finding label errors, and turning the findings into the next data or feature change rather than another round of random tuning.',
    why: 'It is the fastest way to improve a model and the best material for a project deep-dive in interviews.',
    hours: { none: 12, basic: 8, working: 3 },
    prerequisites: ['evaluation-design'],
    buildShare: 0.75,
    resources: [
      {
        title: 'Made With ML: Evaluation (slices)',
        url: 'https://madewithml.com/courses/mlops/evaluation/',
        type: 'course',
        free: true,
      },
      {
        title: 'cleanlab documentation (finding label issues)',
        url: 'https://docs.cleanlab.ai/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A table of the worst-performing data slices with a hypothesis for each, and one change that fixed the largest one, measured on the holdout.',
  },
  {
    id: 'fairness-audit',
    title: 'Fairness audits and responsible ML',
    category: 'evaluation',
    area: 'ml',
    stackRank: 7,
    summary:
      'Comparing error rates across groups, the common fairness definitions and why they conflict, proxy features for protected attributes, documenting a model with a model card, and knowing when a model should not ship.',
    why: 'Lending, hiring, health and insurance models face audits, and postings increasingly mention responsible AI.',
    hours: { none: 10, basic: 7, working: 3 },
    prerequisites: ['evaluation-design'],
    buildShare: 0.65,
    resources: [
      { title: 'Fairlearn', url: 'https://fairlearn.org/', type: 'docs', free: true },
      {
        title: 'Fairness and Machine Learning (Barocas, Hardt, Narayanan)',
        url: 'https://fairmlbook.org/',
        type: 'book',
        free: true,
      },
      {
        title: 'Kaggle Learn: Intro to AI Ethics',
        url: 'https://www.kaggle.com/learn/intro-to-ai-ethics',
        type: 'course',
        free: true,
      },
    ],
    proof:
      'A model card for one of your models with per-group error rates, the gap you found, and what you changed or decided because of it.',
  },

  // ── deployment ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'model-serving',
    title: 'Serving models with FastAPI',
    category: 'deployment',
    area: 'deployment',
    stackRank: 6,
    summary:
      'Wrapping a trained model in a typed HTTP API with FastAPI and Pydantic, loading the model once at start-up, input validation, health checks, batch versus online prediction, and a small demo UI for non-technical visitors.',
    why: 'A model nobody can call is not a product; hiring managers want to see the endpoint, not only the notebook.',
    hours: { none: 20, basic: 10, working: 2 },
    prerequisites: ['python-typing-errors', 'scikit-learn'],
    buildShare: 0.85,
    resources: [
      {
        title: 'FastAPI tutorial',
        url: 'https://fastapi.tiangolo.com/tutorial/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Made With ML (serving lessons)',
        url: 'https://madewithml.com/',
        type: 'course',
        free: true,
      },
      {
        title: 'Gradio quickstart',
        url: 'https://www.gradio.app/guides/quickstart',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A `/predict` endpoint with a validated request schema, a `/health` endpoint and tests for both, returning a prediction in under 100 ms on your laptop.',
  },
  {
    id: 'docker',
    title: 'Docker for ML services',
    category: 'deployment',
    area: 'deployment',
    stackRank: 6,
    summary:
      'Writing a Dockerfile for a Python service, slim base images, layer caching, keeping model files and secrets out of the image or mounting them, docker compose for a service plus database, and reading container logs.',
    why: 'Containers are how models move from a laptop to any cloud; a Dockerfile is one of the first things reviewers check in a repo.',
    hours: { none: 20, basic: 10, working: 2 },
    prerequisites: ['command-line'],
    buildShare: 0.85,
    resources: [
      {
        title: 'Docker: Get started',
        url: 'https://docs.docker.com/get-started/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Docker: Building best practices',
        url: 'https://docs.docker.com/build/building/best-practices/',
        type: 'docs',
        free: true,
      },
      {
        title: 'FastAPI in Containers — Docker',
        url: 'https://fastapi.tiangolo.com/deployment/docker/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'Your model service builds into an image under 1 GB and starts with one `docker run`, and a stranger can run it from the README alone.',
  },
  {
    id: 'cloud-deployment',
    title: 'Deploying to one cloud',
    category: 'deployment',
    area: 'deployment',
    stackRank: 6,
    summary:
      'Picking one of AWS, GCP or Azure and learning enough to ship: a container on a managed service or a small VM, object storage for models, IAM basics, secrets, logs, a budget alert, and what the managed ML platforms (SageMaker, Vertex AI) add.',
    why: 'Postings ask for cloud experience, and a public URL anyone can try is the strongest single item in a switcher’s portfolio.',
    hours: { none: 25, basic: 14, working: 4 },
    prerequisites: ['docker', 'model-serving'],
    buildShare: 0.8,
    resources: [
      {
        title: 'Amazon SageMaker: What is SageMaker?',
        url: 'https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'Google Cloud Vertex AI documentation',
        url: 'https://cloud.google.com/vertex-ai/docs',
        type: 'docs',
        free: true,
      },
      {
        title: 'Azure Machine Learning documentation',
        url: 'https://learn.microsoft.com/en-us/azure/machine-learning/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Hugging Face Spaces (free hosting for demos)',
        url: 'https://huggingface.co/docs/hub/spaces',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'Your containerised model runs at a public HTTPS URL on a cloud account you set up, with logs you can read and a budget alert you configured.',
  },
  {
    id: 'ci-cd',
    title: 'CI/CD with GitHub Actions',
    category: 'deployment',
    area: 'deployment',
    stackRank: 6,
    summary:
      'A workflow that lints, type-checks and tests on every push, caches dependencies, builds the Docker image, and deploys from the main branch; plus quick model checks that fail the build when quality drops.',
    why: 'A green CI badge tells a reviewer the project still works, and CI for ML is named in many MLOps postings.',
    hours: { none: 12, basic: 7, working: 2 },
    prerequisites: ['git', 'python-testing', 'docker'],
    buildShare: 0.85,
    resources: [
      {
        title: 'GitHub Actions documentation',
        url: 'https://docs.github.com/en/actions',
        type: 'docs',
        free: true,
      },
      {
        title: 'Made With ML: CI/CD for ML',
        url: 'https://madewithml.com/courses/mlops/cicd/',
        type: 'course',
        free: true,
      },
    ],
    proof:
      'Every push to your project runs tests and a small evaluation in GitHub Actions, and a merge to main redeploys the service.',
  },
  {
    id: 'model-optimization',
    title: 'Inference performance: export, quantisation and batching',
    category: 'deployment',
    area: 'deployment',
    phase: 'depth',
    summary:
      'Measuring latency and throughput, exporting to ONNX or TorchScript, quantising weights, batching requests, and choosing CPU or GPU serving based on cost per thousand predictions.',
    why: 'Serving cost and latency decide whether a model ships; postings that mention ONNX, TensorRT or Triton are asking for this.',
    hours: { none: 10, basic: 7, working: 2 },
    prerequisites: ['pytorch-training-loop', 'model-serving'],
    buildShare: 0.75,
    resources: [
      {
        title: 'ONNX Runtime documentation',
        url: 'https://onnxruntime.ai/docs/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Hugging Face Optimum documentation',
        url: 'https://huggingface.co/docs/optimum/index',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A before-and-after table for one model: p50 and p95 latency, throughput and accuracy in its original form and after export or quantisation.',
  },

  // ── mlops ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'experiment-tracking',
    title: 'Experiment tracking',
    category: 'mlops',
    area: 'deployment',
    summary:
      'Logging parameters, metrics, data versions and artefacts for every run with MLflow or Weights & Biases, comparing runs, and being able to say exactly which code and data produced a given model.',
    why: 'Without tracking, nobody can reproduce the model in production; it is a staple line in MLOps and applied ML postings.',
    hours: { none: 10, basic: 5, working: 1 },
    prerequisites: ['scikit-learn', 'git'],
    buildShare: 0.85,
    resources: [
      {
        title: 'MLflow documentation',
        url: 'https://mlflow.org/docs/latest/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Weights & Biases documentation',
        url: 'https://docs.wandb.ai/',
        type: 'docs',
        free: true,
      },
      {
        title: 'DataTalksClub MLOps Zoomcamp',
        url: 'https://github.com/DataTalksClub/mlops-zoomcamp',
        type: 'course',
        free: true,
      },
    ],
    proof:
      'Every training run of your project appears in a tracking UI with its git commit, data version, parameters and metrics, and you can rebuild any past model from it.',
  },
  {
    id: 'model-registry',
    title: 'Model and data versioning',
    category: 'mlops',
    area: 'deployment',
    summary:
      'A model registry with stages (candidate, production, archived), versioned datasets with DVC or a warehouse snapshot, promotion rules, and rolling back to the previous model when a new one misbehaves.',
    why: 'Teams need to know which model is live and how to undo a bad release; this is routine in MLOps interviews.',
    hours: { none: 8, basic: 5, working: 1 },
    prerequisites: ['experiment-tracking'],
    buildShare: 0.8,
    resources: [
      {
        title: 'MLflow (model registry and tracking)',
        url: 'https://mlflow.org/',
        type: 'docs',
        free: true,
      },
      { title: 'DVC documentation', url: 'https://dvc.org/doc', type: 'docs', free: true },
    ],
    proof:
      'Your service loads whichever model is marked production in the registry, and you can demonstrate a rollback in one command.',
  },
  {
    id: 'data-validation',
    title: 'Data validation and contracts',
    category: 'mlops',
    area: 'deployment',
    summary:
      'Declaring what valid input looks like — columns, types, ranges, allowed categories, null rates — and checking it in the pipeline and at the API with Pandera, Great Expectations or Pydantic, so bad data fails loudly.',
    why: 'Most production ML incidents start with a silent upstream data change; validation is cheap insurance and shows engineering maturity.',
    hours: { none: 10, basic: 6, working: 2 },
    prerequisites: ['pandas', 'python-testing'],
    buildShare: 0.8,
    resources: [
      {
        title: 'Pandera documentation',
        url: 'https://pandera.readthedocs.io/en/stable/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Great Expectations documentation',
        url: 'https://docs.greatexpectations.io/docs/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A schema for your training table that runs in CI and in the daily pipeline, and a test showing that a renamed column stops the run with a clear message.',
  },
  {
    id: 'model-monitoring',
    title: 'Monitoring models and detecting drift',
    category: 'mlops',
    area: 'deployment',
    summary:
      'Logging predictions and inputs, service metrics (latency, errors), input drift measured per feature, prediction drift, delayed ground truth, alert thresholds, and dashboards that someone actually reads.',
    why: 'Models decay as the world changes; a portfolio project that watches its own inputs for drift signals production thinking more than any certificate.',
    hours: { none: 15, basic: 9, working: 3 },
    prerequisites: ['cloud-deployment', 'evaluation-design', 'statistics'],
    buildShare: 0.8,
    resources: [
      {
        title: 'Evidently documentation',
        url: 'https://docs.evidentlyai.com/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Data Distribution Shifts and Monitoring (Chip Huyen)',
        url: 'https://huyenchip.com/2022/02/07/data-distribution-shifts-and-monitoring.html',
        type: 'docs',
        free: true,
      },
      {
        title: 'Prometheus: Getting started',
        url: 'https://prometheus.io/docs/introduction/overview/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A drift report on the most important features of your deployed model, run on a schedule, with an alert you triggered on purpose by replaying shifted data.',
  },
  {
    id: 'retraining-pipelines',
    title: 'Automated training and retraining pipelines',
    category: 'mlops',
    area: 'deployment',
    summary:
      'A pipeline that fetches data, validates it, trains, evaluates against the current production model, and promotes only on a real gain; scheduled or triggered by drift, with each step re-runnable on its own.',
    why: 'Retraining on a schedule with a safety gate is what keeps a model useful after launch, and it is the core of most MLOps roles.',
    hours: { none: 20, basic: 12, working: 4 },
    prerequisites: [
      'model-registry',
      'data-pipelines',
      'data-validation',
      'model-monitoring',
      'ci-cd',
    ],
    buildShare: 0.85,
    resources: [
      {
        title: 'DataTalksClub MLOps Zoomcamp',
        url: 'https://github.com/DataTalksClub/mlops-zoomcamp',
        type: 'course',
        free: true,
      },
      {
        title: 'Full Stack Deep Learning (2022 course)',
        url: 'https://fullstackdeeplearning.com/course/2022/',
        type: 'course',
        free: true,
      },
      {
        title: 'MLOps principles (ml-ops.org)',
        url: 'https://ml-ops.org/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A weekly retraining job that only replaces the live model when the new one wins on the holdout, with the log of one run where it refused to promote.',
  },

  // ── interview ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'data-structures-algorithms',
    title: 'Data structures and algorithms for interviews',
    category: 'interview',
    area: 'python',
    summary:
      'Arrays, hash maps, stacks, queues, heaps, trees and graphs; two pointers, sliding windows, binary search, BFS/DFS and simple dynamic programming; Big-O reasoning, practised as timed problems mostly at medium difficulty.',
    why: 'The coding round of most ML engineer loops is a software-engineering round; it filters out many candidates with good projects.',
    hours: { none: 50, basic: 35, working: 20 },
    prerequisites: ['python'],
    buildShare: 0.85,
    resources: [
      {
        title: 'NeetCode roadmap',
        url: 'https://neetcode.io/roadmap',
        type: 'practice',
        free: true,
      },
      {
        title: 'LeetCode: Top Interview 150',
        url: 'https://leetcode.com/studyplan/top-interview-150/',
        type: 'practice',
        free: true,
      },
      {
        title: 'Problem Solving with Algorithms and Data Structures using Python',
        url: 'https://runestone.academy/ns/books/published/pythonds/index.html',
        type: 'book',
        free: true,
      },
      {
        title: 'Tech Interview Handbook: Coding interview prep',
        url: 'https://www.techinterviewhandbook.org/coding-interview-prep/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'You solve an unseen medium problem in 30 minutes while talking through your approach and its complexity, in at least seven of ten timed attempts.',
  },
  {
    id: 'ml-system-design',
    title: 'ML system design',
    category: 'interview',
    area: 'ml',
    summary:
      'Designing an ML system end to end from a vague product ask: clarifying the goal and metric, data and labels, features, model choice, offline and online evaluation, serving, latency and cost trade-offs, monitoring, and iteration.',
    why: 'It is a standard round for ML engineers and the place where a well-understood portfolio project pays off most.',
    hours: { none: 30, basic: 22, working: 10 },
    prerequisites: ['cloud-deployment', 'evaluation-design', 'model-monitoring'],
    buildShare: 0.6,
    resources: [
      {
        title: 'Stanford CS329S: Machine Learning Systems Design',
        url: 'https://stanford-cs329s.github.io/',
        type: 'course',
        free: true,
      },
      {
        title: 'Machine Learning Systems Design (Chip Huyen, free booklet)',
        url: 'https://huyenchip.com/machine-learning-systems-design/toc.html',
        type: 'book',
        free: true,
      },
      {
        title: 'Machine Learning Interviews (alirezadir)',
        url: 'https://github.com/alirezadir/Machine-Learning-Interviews',
        type: 'practice',
        free: true,
      },
    ],
    proof:
      'You can whiteboard a design for a fraud, feed-ranking or search system in 45 minutes, and defend every choice in your own flagship project the same way.',
  },
  {
    id: 'interview-practice',
    title: 'Interview practice and project deep dives',
    category: 'interview',
    summary:
      'Mock interviews, answering ML fundamentals questions in plain words, telling two or three project stories in the situation–task–action–result shape, walking through your flagship project’s failures, and preparing questions for the team.',
    why: 'Many capable switchers fail on delivery rather than knowledge; rehearsal with feedback is the cheapest fix.',
    hours: { none: 15, basic: 10, working: 5 },
    prerequisites: ['communication', 'ml-foundations'],
    buildShare: 0.85,
    resources: [
      {
        title: 'Tech Interview Handbook: Behavioral interviews',
        url: 'https://www.techinterviewhandbook.org/behavioral-interview/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Tech Interview Handbook: Mock interviews',
        url: 'https://www.techinterviewhandbook.org/mock-interviews/',
        type: 'practice',
        free: true,
      },
      {
        title: 'Machine Learning Interviews Book (Chip Huyen)',
        url: 'https://huyenchip.com/ml-interviews-book/',
        type: 'book',
        free: true,
      },
    ],
    proof:
      'Three recorded mock interviews, the last one with no unanswered fundamentals question and a project story told in under four minutes.',
  },

  // ── career ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'communication',
    title: 'Explaining ML to non-specialists',
    category: 'career',
    summary:
      'Translating a metric into money, risk or time saved, presenting uncertainty honestly, one-slide summaries, and listening for the real business question behind a request.',
    why: 'ML engineers spend much of their time aligning with product, operations and leadership; career switchers often already have this strength.',
    hours: { none: 10, basic: 6, working: 3 },
    prerequisites: [],
    buildShare: 0.7,
    resources: [
      {
        title: 'Storytelling with Data (blog and resources)',
        url: 'https://www.storytellingwithdata.com/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Google Technical Writing One',
        url: 'https://developers.google.com/tech-writing/one',
        type: 'course',
        free: true,
      },
    ],
    proof:
      'A five-minute talk on one of your projects, given to someone outside tech, after which they can repeat what the model does and how well.',
  },
  {
    id: 'technical-writing',
    title: 'Technical writing and blogging',
    category: 'career',
    phase: 'shipping',
    summary:
      'Project write-ups that state the question, data, baseline, result and what failed; short explainers of a concept you just learned; and posting them where recruiters and engineers will see them.',
    why: 'Writing forces understanding, shows communication skill, and gives hiring managers something to read before they call you.',
    hours: { none: 15, basic: 9, working: 4 },
    prerequisites: [],
    buildShare: 0.8,
    resources: [
      {
        title: 'Google Technical Writing courses',
        url: 'https://developers.google.com/tech-writing',
        type: 'course',
        free: true,
      },
      {
        title: 'Diátaxis documentation framework',
        url: 'https://diataxis.fr/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Write the Docs guide',
        url: 'https://www.writethedocs.org/guide/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'Two published posts: one project write-up with numbers against a baseline, and one explainer that a reader outside ML says they understood.',
  },
  {
    id: 'portfolio-presentation',
    title: 'Presenting a portfolio on GitHub',
    category: 'career',
    summary:
      'README structure (problem, data, approach, results against a baseline, how to run, demo link), pinned repositories, a clean commit history, a licence, and removing dead notebooks so the best work is what a visitor sees first.',
    why: 'Reviewers give a repo about a minute; a clear README with numbers decides whether they look further.',
    hours: { none: 8, basic: 5, working: 2 },
    prerequisites: ['git', 'technical-writing'],
    buildShare: 0.85,
    resources: [
      { title: 'Make a README', url: 'https://www.makeareadme.com/', type: 'docs', free: true },
      {
        title: 'GitHub Docs: About READMEs',
        url: 'https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes',
        type: 'docs',
        free: true,
      },
      {
        title: 'Choose an open source license',
        url: 'https://choosealicense.com/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'Your GitHub profile shows three pinned projects, each with a README that gives its headline result against a baseline in the first screen.',
  },
  {
    id: 'resume',
    title: 'A resume for career switchers',
    category: 'career',
    summary:
      'Projects first with dataset size, model, baseline, metric and deployment in each bullet; earlier career below it with one or two transferable points per role; skills and education last; the switch framed as domain expertise, never hidden.',
    why: 'Without an ML job title, the resume must prove the work on its own, and specific numbers are what earn a phone screen.',
    hours: { none: 8, basic: 5, working: 2 },
    prerequisites: ['portfolio-presentation'],
    buildShare: 0.8,
    resources: [
      {
        title: 'Tech Interview Handbook: Resume',
        url: 'https://www.techinterviewhandbook.org/resume/',
        type: 'docs',
        free: true,
      },
      {
        title: 'r/EngineeringResumes wiki',
        url: 'https://www.reddit.com/r/EngineeringResumes/wiki/index/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A one-page resume whose top bullet names the data size, the model, the baseline, the metric gain and the deployment, and which a reviewer outside your field can summarise back.',
  },
  {
    id: 'networking',
    title: 'Networking and referrals',
    category: 'career',
    summary:
      'Turning former colleagues, meetups, online communities and open-source work into conversations; asking for advice before asking for referrals; and keeping a simple tracker of who you spoke with and what you promised.',
    why: 'Referred candidates convert several times better than cold applicants, and many roles are filled before they are posted.',
    hours: { none: 12, basic: 8, working: 4 },
    prerequisites: [],
    buildShare: 0.8,
    resources: [
      { title: 'MLOps Community', url: 'https://mlops.community/', type: 'practice', free: true },
      {
        title: 'Meetup (local ML groups)',
        url: 'https://www.meetup.com/',
        type: 'practice',
        free: true,
      },
      {
        title: 'Kaggle discussions',
        url: 'https://www.kaggle.com/discussions',
        type: 'practice',
        free: true,
      },
    ],
    proof:
      'A tracker with at least twenty conversations held, including five people at target companies, and at least one referral offered.',
  },
  {
    id: 'job-search',
    title: 'Job search strategy and offers',
    category: 'career',
    summary:
      'Targeting companies that hire switchers (vertical SaaS in your old industry, mid-market firms adding ML, consulting practices), reading postings for red and green flags, tracking applications, and negotiating on total compensation.',
    why: 'Where and how you apply changes the odds more than one more course; researched negotiation is worth real money.',
    hours: { none: 10, basic: 6, working: 3 },
    prerequisites: ['resume', 'networking'],
    buildShare: 0.75,
    resources: [
      {
        title: 'Levels.fyi compensation data',
        url: 'https://www.levels.fyi/',
        type: 'docs',
        free: true,
      },
      {
        title: 'Tech Interview Handbook: Negotiation',
        url: 'https://www.techinterviewhandbook.org/negotiation/',
        type: 'docs',
        free: true,
      },
    ],
    proof:
      'A list of 30 target companies ranked by fit with your domain, an application tracker, and a written pay range for the role, seniority and city, with sources.',
  },
] satisfies SkillInput[];
