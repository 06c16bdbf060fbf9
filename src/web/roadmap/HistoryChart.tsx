import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { PlanSnapshot } from '../api/types';
import { axisMonth, formatShort, fromEpochDay, monthTicks, toEpochDay } from './dates';

const AXIS = { fill: 'var(--text-muted)', fontSize: 12 };
const TOOLTIP = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)' },
  labelStyle: { color: 'var(--text)' },
};
/** Legend labels in the text colour (recharts colours them like their series). */
const legendText = (value: string) => <span className="chart-legend-text">{value}</span>;

/**
 * The P50 and P80 first-offer dates of each plan made, oldest first, with the target date. Dates
 * are plotted as epoch days; points are placed one per plan, since two plans can share a day.
 * Hidden from screen readers: the caption and the table beside it say the same.
 */
export default function HistoryChart({ snapshots }: { snapshots: PlanSnapshot[] }) {
  const data = snapshots.map((snapshot, index) => ({
    index,
    madeOn: snapshot.madeOn,
    p50: toEpochDay(snapshot.p50),
    p80: toEpochDay(snapshot.p80),
  }));
  const target = snapshots.at(-1)?.targetDate;
  const targetDay = target ? toEpochDay(target) : null;
  const days = data.flatMap((row) => [row.p50, row.p80]);
  if (targetDay !== null) days.push(targetDay);
  // A little room below and above, so no point or label sits on the frame.
  const ticks = monthTicks(Math.min(...days) - 20, Math.max(...days) + 20);
  const low = ticks[0] ?? Math.min(...days);
  const high = ticks.at(-1) ?? Math.max(...days);
  /** "23 Nov 2026", or "23 Nov 2026 (2)" for the second plan made that day. */
  const madeOn = (index: unknown) => {
    const position = Number(index);
    const row = data[position];
    if (!row) return '';
    const sameDay = data.filter((other) => other.madeOn === row.madeOn);
    if (sameDay.length === 1) return formatShort(row.madeOn);
    return `${formatShort(row.madeOn)} (${sameDay.indexOf(row) + 1})`;
  };

  return (
    <div className="history-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart
          accessibilityLayer={false}
          data={data}
          margin={{ top: 16, right: 16, bottom: 0, left: 0 }}
        >
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            dataKey="index"
            type="category"
            tick={AXIS}
            stroke="var(--border-strong)"
            tickFormatter={madeOn}
            minTickGap={16}
          />
          <YAxis
            type="number"
            domain={[low, high]}
            tick={AXIS}
            stroke="var(--border-strong)"
            ticks={ticks}
            tickFormatter={axisMonth}
            interval={0}
            width={64}
          />
          <Tooltip
            {...TOOLTIP}
            labelFormatter={(index) => `Plan of ${madeOn(index)}`}
            // Short names keep the tooltip inside a phone's width.
            formatter={(value, name) => [
              formatShort(fromEpochDay(Number(value))),
              String(name).includes('P80') ? 'P80' : 'P50',
            ]}
          />
          <Legend formatter={legendText} />
          {targetDay !== null && target && (
            <ReferenceLine
              y={targetDay}
              stroke="var(--text)"
              strokeDasharray="4 3"
              label={{
                value: `Target ${formatShort(target)}`,
                // For a line, "inside bottom" puts the text just above it.
                position: 'insideBottomLeft',
                fill: 'var(--text)',
                fontSize: 12,
              }}
            />
          )}
          <Line
            type="linear"
            dataKey="p80"
            name="Safe date (P80)"
            stroke="var(--border-strong)"
            strokeDasharray="6 4"
            strokeWidth={2}
            dot={{ r: 3, strokeDasharray: '0' }}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="p50"
            name="Likely date (P50)"
            stroke="var(--accent)"
            strokeWidth={3}
            dot={{ r: 4 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
