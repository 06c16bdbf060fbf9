export {
  type Forecast,
  type ForecastInput,
  forecast,
  MIN_OBSERVED_WEEKS,
  plannerProgress,
  remainingPlanInput,
} from './forecast.js';
export { milestonesReached, type ReachedMilestone } from './milestones.js';
export {
  DEFAULT_WEEKS,
  HALF_LIFE_WEEKS,
  type Observation,
  observeVelocity,
  type Velocity,
  type WeekHours,
  weekWeight,
} from './velocity.js';
