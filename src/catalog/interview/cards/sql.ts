import type { CardInput } from './types.js';

/** SQL as applied-ML work uses it: pulling training data, building features, checking results. */
export const sqlCards: CardInput[] = [
  {
    id: 'sql-join-types',
    topic: 'sql',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt:
      'Explain INNER, LEFT and FULL OUTER joins. How do you find customers who never placed an order?',
    answer:
      'An inner join keeps only rows with a match on both sides. A left join keeps every row of the left table and fills the right side with NULL when nothing matches; a full outer join keeps unmatched rows from both sides. Customers without orders form an anti-join: `SELECT c.* FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.id IS NULL`, or equivalently `WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)`.',
    skills: ['sql'],
    tags: ['joins'],
  },
  {
    id: 'sql-where-vs-having',
    topic: 'sql',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'What is the difference between WHERE and HAVING?',
    answer:
      'WHERE filters individual rows before grouping, so it cannot refer to aggregates. HAVING filters groups after GROUP BY and can use aggregates, as in `HAVING COUNT(*) >= 5`. Filter rows in WHERE whenever you can, because it shrinks the data before the expensive grouping step.',
    skills: ['sql'],
  },
  {
    id: 'sql-window-ranking',
    topic: 'sql',
    rounds: ['technical-screen', 'onsite'],
    level: 'entry',
    prompt:
      'How do window functions differ from GROUP BY? Explain ROW_NUMBER, RANK and DENSE_RANK.',
    answer:
      'A window function computes a value over a set of related rows, defined by `OVER (PARTITION BY … ORDER BY …)`, but keeps every input row, whereas GROUP BY collapses each group into one row. ROW_NUMBER numbers rows 1, 2, 3 with no ties. RANK gives tied rows the same rank and then skips (1, 1, 3), and DENSE_RANK gives ties the same rank without gaps (1, 1, 2).',
    skills: ['sql-advanced'],
    tags: ['window-functions'],
  },
  {
    id: 'sql-latest-row-per-group',
    topic: 'sql',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'Write a query that returns each user’s most recent subscription event.',
    answer:
      'Number each user’s events from newest to oldest and keep the first: `SELECT * FROM (SELECT e.*, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY event_time DESC) AS rn FROM events e) t WHERE rn = 1`. Add a tie-breaker column to the ORDER BY (such as the event id) so the result is deterministic. PostgreSQL also offers `DISTINCT ON (user_id)` with the same ordering.',
    skills: ['sql-advanced'],
    tags: ['window-functions'],
  },
  {
    id: 'sql-rolling-window',
    topic: 'sql',
    rounds: ['technical-screen', 'take-home'],
    level: 'mid',
    prompt:
      'Compute a 7-day rolling sum of daily sales per store. What goes wrong if some days have no sales rows?',
    answer:
      '`SUM(sales) OVER (PARTITION BY store_id ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)` sums the current row and the six before it. ROWS counts rows, not days, so a missing day makes the window stretch over more than seven calendar days. Fix it by joining to a calendar table so every store has a row for every day (with zero sales), or use a RANGE frame with an interval where the database supports it.',
    skills: ['sql-advanced', 'feature-engineering'],
    tags: ['window-functions'],
  },
  {
    id: 'sql-point-in-time-features',
    topic: 'sql',
    rounds: ['technical-screen', 'take-home', 'onsite'],
    level: 'mid',
    prompt:
      'You build a churn training set with one row per customer and prediction date. How do you compute "orders in the last 30 days" without leaking the future?',
    answer:
      "Join orders to the label table on customer and restrict them to the window before each row’s prediction date: `o.order_time < l.prediction_date AND o.order_time >= l.prediction_date - INTERVAL '30 days'`, then count per (customer, prediction date). Every feature must use only data that existed at prediction time, including late-arriving records and values that were updated afterwards. Using the current snapshot of a table instead of its history is the usual source of leakage.",
    skills: ['sql-advanced', 'feature-engineering', 'evaluation-design'],
    tags: ['leakage'],
  },
  {
    id: 'sql-null-pitfalls',
    topic: 'sql',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'What surprises does NULL cause in SQL?',
    answer: [
      '`x = NULL` is never true (it yields unknown); use `IS NULL` or `IS NOT NULL`.',
      '`COUNT(*)` counts rows while `COUNT(col)` skips NULLs, and AVG ignores NULLs rather than treating them as zero.',
      '`NOT IN (subquery)` returns no rows at all if the subquery yields a NULL; NOT EXISTS is the safe form.',
      'Use COALESCE to substitute a default, and decide on purpose whether missing means zero or unknown.',
    ],
    skills: ['sql'],
    tags: ['gotcha'],
  },
  {
    id: 'sql-deduplicate-rows',
    topic: 'sql',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt:
      'An events table has duplicate rows from a retrying producer. How do you deduplicate it?',
    answer:
      'Decide what makes two rows the same (often an event id, or the full set of business columns) and keep one per key: `ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY ingested_at) = 1` keeps the first arrival. SELECT DISTINCT works only when duplicates are identical in every column. Also count duplicates before and after, since a sudden rise usually points to an upstream bug worth reporting.',
    skills: ['sql-advanced', 'data-validation'],
  },
  {
    id: 'sql-cte-vs-subquery',
    topic: 'sql',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'When would you use a CTE (WITH clause) instead of a nested subquery?',
    answer:
      'A CTE names an intermediate result so a long query reads top to bottom as steps (filter, aggregate, join), and the same step can be referenced twice. Recursive CTEs also walk hierarchies such as category trees. Most modern engines inline CTEs and optimize them like subqueries, but some materialize them, so check the plan when performance matters.',
    skills: ['sql-advanced'],
  },
  {
    id: 'sql-join-fanout',
    topic: 'sql',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt:
      'You join customers to orders and to support tickets, then sum order amounts per customer. The totals are too high. Why?',
    answer:
      'Both joins are one-to-many, so each order row is repeated once for every ticket of the same customer and the sum counts it several times. Aggregate each child table per customer first (in CTEs or subqueries) and join the aggregates, which are one row per customer. Checking row counts before and after every join catches this fan-out early.',
    skills: ['sql', 'data-validation'],
    tags: ['joins', 'gotcha'],
  },
  {
    id: 'sql-conversion-rate',
    topic: 'sql',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt:
      'Compute the daily conversion rate: the share of visitors who made a purchase that day.',
    answer:
      'Per day, count distinct visitors and distinct purchasers, for example `COUNT(DISTINCT v.user_id)` over visits left-joined to purchases on user and day, with `COUNT(DISTINCT p.user_id)` for buyers. Divide with a cast, such as `1.0 * buyers / NULLIF(visitors, 0)`, because integer division truncates to zero in many databases and NULLIF avoids dividing by zero. State the definitions you assumed: which time zone defines a day and whether a purchase must follow a visit.',
    skills: ['sql'],
  },
  {
    id: 'sql-lag-lead',
    topic: 'sql',
    rounds: ['technical-screen', 'take-home'],
    level: 'mid',
    prompt:
      'How would you compute the time between consecutive logins per user, and split logins into sessions with a 30-minute gap?',
    answer:
      '`LAG(login_time) OVER (PARTITION BY user_id ORDER BY login_time)` gives the previous login on each row, so the difference is the gap. Flag a new session when the gap is NULL or over 30 minutes, then take a running `SUM(flag) OVER (PARTITION BY user_id ORDER BY login_time)` to number the sessions. LEAD does the same looking forward.',
    skills: ['sql-advanced', 'feature-engineering'],
    tags: ['window-functions'],
  },
  {
    id: 'sql-indexes-and-warehouses',
    topic: 'sql',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt:
      'A feature query is slow. How do you find out why, and how can indexes or partitioning help?',
    answer:
      'Read the query plan with EXPLAIN (or the warehouse’s query profile) to see full scans, large sorts and join order. In a transactional database, an index on selective filter or join columns turns scans into lookups, at the cost of slower writes and more storage. Columnar warehouses such as BigQuery or Snowflake rely instead on partitioning and clustering by date or key, so filter on the partition column, select only needed columns and aggregate early.',
    skills: ['sql-advanced'],
    tags: ['performance'],
  },
  {
    id: 'sql-median-percentiles',
    topic: 'sql',
    rounds: ['technical-screen'],
    level: 'mid',
    prompt:
      'How do you compute the median and the 95th percentile of delivery times per city in SQL?',
    answer:
      'Use an ordered-set aggregate: `PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY minutes)` for the median and 0.95 for the tail, grouped by city. PERCENTILE_CONT interpolates between values while PERCENTILE_DISC returns an actual value. Large warehouses also offer approximate functions (APPROX_QUANTILES and the like) that are much cheaper and accurate enough for monitoring.',
    skills: ['sql-advanced', 'statistics'],
  },
  {
    id: 'sql-cohort-retention',
    topic: 'sql',
    rounds: ['take-home', 'onsite'],
    level: 'mid',
    prompt: 'Write the outline of a monthly cohort retention query.',
    answer: [
      "Find each user’s cohort: the month of their first activity, `MIN(DATE_TRUNC('month', activity_time))` per user.",
      'Join the cohort back to all activity and compute months since the cohort month for every active month.',
      'Count distinct users per (cohort, months since) and divide by the cohort’s size at month 0.',
      'Pivot or chart it as a triangle; mention that recent cohorts have fewer observed months, so do not read their empty cells as churn.',
    ],
    skills: ['sql-advanced'],
  },
];
