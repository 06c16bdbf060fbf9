import type { CardInput } from './types.js';

/** Forecasting and time-ordered data. */
export const timeSeriesCards: CardInput[] = [
  {
    id: 'ts-naive-baselines',
    topic: 'time-series',
    rounds: ['technical-screen', 'take-home'],
    level: 'entry',
    prompt: 'Which baselines should any forecasting model beat?',
    answer:
      'The naive forecast (the next value equals the last one), the seasonal naive forecast (the same day last week or last year), and a moving average. They are surprisingly hard to beat on noisy series and they set the scale for metrics such as MASE. If a model cannot beat the seasonal naive forecast in a backtest, it is not ready.',
    skills: ['time-series-forecasting'],
    tags: ['baseline'],
  },
  {
    id: 'ts-trend-seasonality',
    topic: 'time-series',
    rounds: ['technical-screen'],
    level: 'entry',
    prompt: 'What are trend, seasonality and stationarity, and why do they matter?',
    answer:
      'Trend is a long-run rise or fall, seasonality a pattern that repeats on a fixed calendar period (daily, weekly, yearly), and a stationary series has a mean and variance that do not change over time. Classical models such as ARIMA assume stationarity, so you difference or transform the series first; decomposition separates trend and seasonality so you can model or check each. Autocorrelation plots show the lags that carry information.',
    skills: ['time-series-forecasting', 'statistics'],
  },
  {
    id: 'ts-lag-features',
    topic: 'time-series',
    rounds: ['technical-screen', 'take-home', 'onsite'],
    level: 'mid',
    prompt:
      'How do you turn a forecasting problem into a supervised learning problem for gradient boosting?',
    answer: [
      'Build one row per series and date with the target at the forecast horizon.',
      'Add lag features (value 1, 7 and 28 days before) and rolling statistics, computed only from data available at the forecast time: shift before rolling.',
      'Add calendar features (day of week, holidays, paydays), known future inputs such as planned promotions, and series identifiers or attributes.',
      'Train one global model across many series, which shares patterns and handles short histories better than one model per series.',
      'Validate with time-based backtests, never a random split.',
    ],
    skills: ['time-series-ml', 'feature-engineering', 'gradient-boosting'],
    tags: ['leakage'],
  },
  {
    id: 'ts-backtesting',
    topic: 'time-series',
    rounds: ['technical-screen', 'take-home'],
    level: 'mid',
    prompt: 'How do you backtest a forecasting model?',
    answer:
      'Choose several cut-off dates. For each, train only on data before the cut-off, forecast the next horizon (say 14 days), and score against the actuals; then move the cut-off forward, with an expanding or a sliding training window. Average the errors over folds and look at their spread, include any delay in data availability as a gap, and make sure features are rebuilt as of each cut-off.',
    skills: ['time-series-forecasting', 'evaluation-design'],
  },
  {
    id: 'ts-multi-step',
    topic: 'time-series',
    rounds: ['technical-screen', 'onsite'],
    level: 'mid',
    prompt: 'You need forecasts for each of the next 28 days. What strategies exist?',
    answer:
      'Recursive: train a one-step model and feed each prediction back in as a lag for the next step, which is simple but lets errors accumulate. Direct: train a separate model (or a horizon feature in one model) for each horizon, which avoids accumulation but costs more and may give inconsistent paths. Multi-output models such as sequence networks predict all 28 values at once. Whatever the strategy, lag features must only use values available at forecast time.',
    skills: ['time-series-forecasting', 'time-series-ml'],
  },
  {
    id: 'ts-uncertainty',
    topic: 'time-series',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt: 'Why should a demand forecast come with intervals, and how do you produce them?',
    answer:
      'Decisions such as stock levels depend on the spread, not only the average: the cost of running out differs from the cost of overstock. Produce quantile forecasts by training with the quantile (pinball) loss, for example the 10th, 50th and 90th percentiles, or use models with built-in intervals, or conformal prediction on backtest residuals. Check that about 80 % of actuals fall inside an 80 % interval in backtests.',
    skills: ['time-series-forecasting', 'probability'],
  },
  {
    id: 'ts-anomaly-detection',
    topic: 'time-series',
    rounds: ['technical-screen', 'system-design'],
    level: 'mid',
    prompt: 'How would you detect anomalies in a metric with strong daily and weekly patterns?',
    answer:
      'Model the expected value first (a seasonal baseline or forecast), then flag points whose residual is far outside the usual spread, using robust statistics such as the median absolute deviation so past anomalies do not inflate the threshold. Without removing seasonality, every Monday peak looks anomalous. Tune thresholds with the people who receive the alerts, since too many false alarms get ignored, and record confirmed incidents to measure precision.',
    skills: ['anomaly-detection', 'time-series-forecasting'],
  },
  {
    id: 'ts-cold-start-series',
    topic: 'time-series',
    rounds: ['onsite', 'system-design'],
    level: 'mid',
    prompt: 'How do you forecast demand for a product launched last week?',
    answer:
      'It has no history of its own, so borrow from similar items: a global model that uses product attributes (category, price, brand) can predict from day one. Analogous products’ launch curves, scaled to early sales, are another option, and so are simple category-level averages. Update quickly as real sales arrive, and show wider intervals until there is enough history.',
    skills: ['time-series-ml'],
  },
];
