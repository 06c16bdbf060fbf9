export {
  addMonths,
  MONTHS_AFTER_P80,
  RUNWAY_HINTS,
  RUNWAY_HORIZON_MONTHS,
  type Runway,
  type RunwayMonth,
  runway,
} from './runway.js';
