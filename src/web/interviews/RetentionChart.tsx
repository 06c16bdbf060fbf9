import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatShort } from '../roadmap/dates';
import type { InterviewStats } from './api';

const AXIS = { stroke: 'var(--text-muted)', fontSize: 12 };
const TOOLTIP = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)' },
  labelStyle: { color: 'var(--text)' },
};
const legendText = (value: string) => <span className="chart-legend-text">{value}</span>;

/** The scheduler aims at this share of cards remembered when they come due. */
const AIM = 90;

/** Reviews per week and the share recalled; the caption says the same in words. */
export default function RetentionChart({ stats }: { stats: InterviewStats }) {
  const weeks = stats.retention;
  const rated = weeks.filter((week) => week.rate !== null);
  const last = rated.at(-1);
  const data = weeks.map((week) => ({
    week: formatShort(week.weekStart),
    reviews: week.reviews,
    rate: week.rate === null ? null : Math.round(week.rate * 100),
  }));
  return (
    <figure className="chart-figure">
      <figcaption>
        {stats.reviews === 0 ? (
          'No reviews yet. After your first session this chart shows, week by week, how many cards you reviewed and the share you recalled.'
        ) : (
          <>
            <strong>{stats.reviews}</strong> {stats.reviews === 1 ? 'review' : 'reviews'} in all,{' '}
            {stats.reviewsToday} today.
            {last?.rate != null &&
              ` In the week of ${formatShort(last.weekStart)} you recalled ${Math.round(last.rate * 100)}% of ${last.reviews} cards (the schedule aims at about ${AIM}%).`}
          </>
        )}
      </figcaption>
      {weeks.length > 0 && (
        <div className="chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={240}>
            <ComposedChart
              accessibilityLayer={false}
              data={data}
              margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
            >
              <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
              <XAxis dataKey="week" tick={AXIS} stroke="var(--border-strong)" />
              <YAxis yAxisId="rate" domain={[0, 100]} unit="%" tick={AXIS} />
              <YAxis yAxisId="reviews" orientation="right" allowDecimals={false} tick={AXIS} />
              <Tooltip {...TOOLTIP} />
              <Legend formatter={legendText} />
              <Bar
                yAxisId="reviews"
                dataKey="reviews"
                name="Reviews"
                maxBarSize={48}
                fill="var(--border-strong)"
                isAnimationActive={false}
              />
              <Line
                yAxisId="rate"
                type="monotone"
                dataKey="rate"
                name="Recalled (%)"
                stroke="var(--accent)"
                strokeWidth={3}
                dot={{ r: 3 }}
                connectNulls
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
