import { Component, lazy, type ReactNode, Suspense, useMemo, useRef, useState } from 'react';
import { useCatalogSkills } from '../api/queries';
import type { Plan } from '../api/types';
import { currentWeekPosition, planMoment } from './dates';
import {
  phaseName,
  phaseSlot,
  type SkillState,
  STATE_DESCRIPTIONS,
  STATE_LABELS,
  skillState,
} from './labels';
import { SkillList } from './SkillList';
import { SkillPanel } from './SkillPanel';
import { StatusIcon } from './StatusIcon';
import { skillPhases } from './skills';

// The graph brings dagre; both load only when the roadmap shows the graph.
const SkillGraph = lazy(() => import('./SkillGraph').then((m) => ({ default: m.SkillGraph })));

/** Shows `fallback` instead of children that failed to render (a lazy chunk that did not load). */
class GraphBoundary extends Component<{ fallback: ReactNode; children: ReactNode }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

const LEGEND_STATES: SkillState[] = ['planned', 'learning', 'done', 'skipped', 'known'];

/** The skills map (graph), the same skills as lists, and the detail panel they both open. */
export function Skills({ plan, today }: { plan: Plan; today: string }) {
  const catalog = useCatalogSkills();
  const [selected, setSelected] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const phases = useMemo(() => skillPhases(plan), [plan]);
  const states = new Set(plan.skills.map(skillState));
  const legendStates = LEGEND_STATES.filter((state) => states.has(state));
  const currentWeek =
    planMoment(plan.weeks, today) === 'during'
      ? (plan.weeks[currentWeekPosition(plan.weeks, today)]?.index ?? null)
      : null;
  const phaseList = [...plan.phases].sort((a, b) => a.start.localeCompare(b.start));

  const open = (id: string, element: HTMLElement) => {
    opener.current = element;
    setSelected(id);
  };
  const close = () => {
    setSelected(null);
    const element = opener.current;
    opener.current = null;
    // The dialog gives focus back on its own; this makes sure it lands on the skill that opened it.
    if (element?.isConnected) element.focus();
  };

  return (
    <section className="card skills" aria-labelledby="skills-title">
      <h2 id="skills-title" className="section-title">
        Skills map
      </h2>
      <p className="section-intro">
        Each box is a skill; arrows lead to the skills that build on it. Select a skill for what it
        is, why it matters, where to learn it and how you know you have it.
      </p>
      <div className="legend">
        <ul className="legend-list" aria-label="Skill states">
          {legendStates.map((state) => (
            <li key={state} className={`legend-state state-${state}`}>
              <StatusIcon state={state} />
              <span>
                <strong>{STATE_LABELS[state]}</strong>
                <span className="visually-hidden">: {STATE_DESCRIPTIONS[state]}</span>
              </span>
            </li>
          ))}
        </ul>
        <ul className="legend-list" aria-label="Phase colours">
          {phaseList.map((phase, index) => (
            <li key={phase.id}>
              <span className={`legend-swatch phase-${phaseSlot(phase.id, index)}`} />
              {phaseName(phase.id)}
            </li>
          ))}
        </ul>
      </div>
      <GraphBoundary
        fallback={
          <p className="callout callout-info">
            The skills map could not load. Every skill is in the list below.
          </p>
        }
      >
        <Suspense
          fallback={
            <div className="graph-loading" aria-busy="true">
              <p className="muted">Drawing the skills map…</p>
            </div>
          }
        >
          <SkillGraph
            skills={plan.skills}
            phases={phases}
            selectedId={selected}
            currentWeek={currentWeek}
            onOpen={open}
          />
        </Suspense>
      </GraphBoundary>
      <details className="disclosure">
        <summary>Skills as a list, by phase</summary>
        <SkillList plan={plan} selectedId={selected} onOpen={open} />
      </details>
      <SkillPanel
        skillId={selected}
        skills={plan.skills}
        weeks={plan.weeks}
        phases={phases}
        catalog={catalog}
        onShow={setSelected}
        onClose={close}
      />
    </section>
  );
}
