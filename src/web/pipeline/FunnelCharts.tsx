import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Funnel } from './api';
import { SOURCE_SHORT, stageLabel } from './labels';

const AXIS = { stroke: 'var(--text-muted)', fontSize: 12 };
const TOOLTIP = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)' },
  labelStyle: { color: 'var(--text)' },
};
const legendText = (value: string) => <span className="chart-legend-text">{value}</span>;

/**
 * The funnel's two charts, in their own chunk (recharts is large). They repeat the tables next
 * to them for sighted readers, so they are hidden from screen readers.
 */
export default function FunnelCharts({ funnel }: { funnel: Funnel }) {
  const steps = funnel.steps.map((step) => ({
    name: stageLabel(step.stage),
    reached: step.reached,
  }));
  const sources = funnel.bySource
    .filter((item) => item.applied > 0)
    .map((item) => ({
      name: SOURCE_SHORT[item.source],
      applied: item.applied,
      responded: item.responded,
      interviews: item.interviews,
    }));
  return (
    <div className="funnel-charts">
      <figure className="chart-figure">
        <figcaption>
          <strong>By stage:</strong> how many applications got at least this far.
        </figcaption>
        <div className="chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={260}>
            <BarChart
              accessibilityLayer={false}
              data={steps}
              layout="vertical"
              margin={{ top: 4, right: 16, bottom: 0, left: 8 }}
            >
              <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" horizontal={false} />
              <XAxis
                type="number"
                allowDecimals={false}
                tick={AXIS}
                stroke="var(--border-strong)"
              />
              <YAxis
                type="category"
                dataKey="name"
                width={80}
                tick={AXIS}
                stroke="var(--border-strong)"
              />
              <Tooltip {...TOOLTIP} cursor={{ fill: 'var(--surface-2)' }} />
              <Bar
                dataKey="reached"
                name="Reached"
                fill="var(--accent)"
                isAnimationActive={false}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      {sources.length > 0 && (
        <figure className="chart-figure">
          <figcaption>
            <strong>By source:</strong> sent, answered and interviews.
          </figcaption>
          <div className="chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={260}>
              <BarChart
                accessibilityLayer={false}
                data={sources}
                margin={{ top: 4, right: 16, bottom: 0, left: -16 }}
              >
                <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" tick={AXIS} stroke="var(--border-strong)" />
                <YAxis allowDecimals={false} tick={AXIS} stroke="var(--border-strong)" />
                <Tooltip {...TOOLTIP} cursor={{ fill: 'var(--surface-2)' }} />
                <Legend formatter={legendText} itemSorter={null} />
                <Bar
                  dataKey="applied"
                  name="Sent"
                  fill="var(--border-strong)"
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="responded"
                  name="Answered"
                  fill="var(--accent)"
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="interviews"
                  name="Interviews"
                  fill="var(--success-border)"
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
      )}
    </div>
  );
}
