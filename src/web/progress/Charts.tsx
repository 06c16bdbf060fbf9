import {
  Bar,
  BarChart,
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
import { formatMoney, minorDigits } from '../../core/money';
import type { Dashboard, DashboardRunway } from '../api/types';
import { formatLong, formatMonth, formatShort } from '../roadmap/dates';
import { hoursNumber } from './duration';

/** The share of build work the guides recommend: most of the time goes into making things. */
export const BUILD_TARGET = 0.7;

const AXIS = { stroke: 'var(--text-muted)', fontSize: 12 };
const TOOLTIP = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)' },
  labelStyle: { color: 'var(--text)' },
};

/** Legend labels in the text colour (recharts colours them like their series). */
const legendText = (value: string) => <span className="chart-legend-text">{value}</span>;

/** Planned vs logged hours, cumulative per plan week. */
function Burnup({ burnup }: { burnup: Dashboard['burnup'] }) {
  const last = burnup[burnup.length - 1];
  return (
    <figure className="chart-figure">
      <figcaption>
        <strong>Burn-up:</strong>{' '}
        {last
          ? `${hoursNumber(last.actual)} h logged against ${hoursNumber(last.planned)} h planned by week ${last.week}.`
          : 'the chart starts with the first week of your plan.'}
      </figcaption>
      {burnup.length > 0 && (
        <div className="chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={240}>
            <LineChart
              accessibilityLayer={false}
              data={burnup}
              margin={{ top: 8, right: 16, bottom: 0, left: -8 }}
            >
              <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
              <XAxis dataKey="week" tick={AXIS} stroke="var(--border-strong)" />
              <YAxis tick={AXIS} stroke="var(--border-strong)" unit=" h" />
              <Tooltip
                {...TOOLTIP}
                labelFormatter={(week) => `Week ${week}`}
                formatter={(value) => `${hoursNumber(Number(value))} h`}
              />
              <Legend formatter={legendText} />
              <Line
                type="monotone"
                dataKey="planned"
                name="Planned"
                stroke="var(--border-strong)"
                strokeDasharray="6 4"
                strokeWidth={2}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
              <Line
                type="monotone"
                dataKey="actual"
                name="Logged"
                stroke="var(--accent)"
                strokeWidth={3}
                dot={{ r: 3 }}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}

/** Build vs theory over the last 28 days, against the 70% build target. */
function BuildShare({ buildShare }: { buildShare: Dashboard['buildShare'] }) {
  const share = buildShare.share;
  const data =
    share === null ? [] : [{ name: 'Last 28 days', build: share * 100, theory: 100 - share * 100 }];
  const verdict =
    share === null
      ? `nothing logged since ${formatShort(buildShare.since)}.`
      : `${Math.round(share * 100)}% build, ${Math.round((1 - share) * 100)}% theory of ${hoursNumber(buildShare.hours)} h — ${
          share >= BUILD_TARGET ? 'at or above' : 'below'
        } the ${BUILD_TARGET * 100}% build target.`;
  return (
    <figure className="chart-figure">
      <figcaption>
        <strong>Build share, last 28 days:</strong> {verdict}
      </figcaption>
      {share !== null && (
        <div className="chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={124}>
            <BarChart
              accessibilityLayer={false}
              data={data}
              layout="vertical"
              margin={{ top: 22, right: 16, bottom: 0, left: 8 }}
            >
              <XAxis type="number" domain={[0, 100]} unit="%" tick={AXIS} />
              <YAxis type="category" dataKey="name" hide />
              <Legend formatter={legendText} />
              <Bar
                dataKey="build"
                name="Build"
                stackId="a"
                fill="var(--accent)"
                isAnimationActive={false}
              />
              <Bar
                dataKey="theory"
                name="Theory"
                stackId="a"
                fill="var(--surface-2)"
                stroke="var(--border-strong)"
                isAnimationActive={false}
              />
              <ReferenceLine
                x={BUILD_TARGET * 100}
                stroke="var(--text)"
                strokeWidth={2}
                strokeDasharray="4 3"
                label={{ value: '70% target', position: 'top', fill: 'var(--text)', fontSize: 12 }}
              />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}

/** The balance month by month with the emergency-fund floor and the P80 offer date. */
function RunwayChart({ runway, p80 }: { runway: DashboardRunway; p80: string }) {
  const digits = minorDigits(runway.currency) ?? 2;
  const data = runway.months.map((month) => ({
    month: month.month,
    balance: month.balance / 10 ** digits,
  }));
  const p80Month = p80.slice(0, 7);
  const money = (major: number) => formatMoney(major * 10 ** digits, runway.currency);
  return (
    <figure className="chart-figure">
      <figcaption>
        <strong>Runway:</strong> the balance{' '}
        {runway.runsOutOn
          ? `reaches your emergency floor of ${formatMoney(runway.floor, runway.currency)} on ${formatLong(runway.runsOutOn)}`
          : `stays above your emergency floor of ${formatMoney(runway.floor, runway.currency)}`}
        ; the safe-bet offer date (P80) is {formatLong(p80)}.
      </figcaption>
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={240}>
          <LineChart
            accessibilityLayer={false}
            data={data}
            margin={{ top: 16, right: 16, bottom: 0, left: 8 }}
          >
            <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
            <XAxis
              dataKey="month"
              tick={AXIS}
              stroke="var(--border-strong)"
              tickFormatter={(month: string) =>
                formatMonth(`${month}-01`).replace(/ (\d\d)(\d\d)$/, ' ’$2')
              }
              minTickGap={24}
            />
            <YAxis tick={AXIS} stroke="var(--border-strong)" tickFormatter={money} width={80} />
            <Tooltip {...TOOLTIP} formatter={(value) => money(Number(value))} />
            <ReferenceLine
              y={runway.floor / 10 ** digits}
              stroke="var(--danger-text)"
              strokeDasharray="6 4"
              label={{
                value: 'Floor',
                position: 'insideBottomLeft',
                fill: 'var(--danger-text)',
                fontSize: 12,
              }}
            />
            {data.some((row) => row.month === p80Month) && (
              <ReferenceLine
                x={p80Month}
                stroke="var(--text)"
                strokeDasharray="4 3"
                label={{ value: 'P80 offer', position: 'top', fill: 'var(--text)', fontSize: 12 }}
              />
            )}
            <Line
              type="monotone"
              dataKey="balance"
              name="Balance"
              stroke="var(--accent)"
              strokeWidth={3}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** The charts chunk: recharts loads only with the Progress page, after its first paint. */
export default function Charts({
  dashboard,
  part,
}: {
  dashboard: Dashboard;
  part: 'progress' | 'runway';
}) {
  if (part === 'runway') {
    return dashboard.runway ? (
      <RunwayChart runway={dashboard.runway} p80={dashboard.forecast.firstOfferDate.p80} />
    ) : null;
  }
  return (
    <div className="charts">
      <Burnup burnup={dashboard.burnup} />
      <BuildShare buildShare={dashboard.buildShare} />
    </div>
  );
}
