import {
  Component,
  type KeyboardEvent,
  lazy,
  type ReactNode,
  Suspense,
  useMemo,
  useRef,
  useState,
} from 'react';
import { sentence } from '../api/client';
import { useCatalogSkills, useSetSkillState, useSkillStates } from '../api/queries';
import type { Plan, SkillProgressStatus } from '../api/types';
import { skillStatusLabel } from '../ui/SkillStatus';
import {
  Announcer,
  ShortcutHint,
  ShortcutsHelp,
  skillShortcut,
  useAnnouncer,
  useHelpKey,
} from '../ui/shortcuts';
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

/**
 * The skills map (graph), the same skills as lists, and the detail panel they both open. A focused
 * skill (a box, a list entry or the open panel) takes the keys t, l, d and s to change its state.
 */
export function Skills({ plan, today }: { plan: Plan; today: string }) {
  const catalog = useCatalogSkills();
  const skillStates = useSkillStates();
  const setSkill = useSetSkillState();
  const [selected, setSelected] = useState<string | null>(null);
  const [openings, setOpenings] = useState(0);
  /** The skill whose skip reason the panel asks for. */
  const [skipAsk, setSkipAsk] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [announcement, announce] = useAnnouncer();
  useHelpKey(() => setHelpOpen(true));
  const opener = useRef<HTMLElement | null>(null);
  const phases = useMemo(() => skillPhases(plan), [plan]);
  const states = new Set(plan.skills.map(skillState));
  const legendStates = LEGEND_STATES.filter((state) => states.has(state));
  const currentWeek =
    planMoment(plan.weeks, today) === 'during'
      ? (plan.weeks[currentWeekPosition(plan.weeks, today)]?.index ?? null)
      : null;
  const phaseList = [...plan.phases].sort((a, b) => a.start.localeCompare(b.start));

  const recorded = new Map(skillStates.data?.map((state) => [state.skillId, state]));
  /** A skill's state as recorded; the plan's own status until the list has loaded. */
  const statusOf = (id: string): SkillProgressStatus => {
    const state = recorded.get(id);
    if (state) return state.status;
    const status = plan.skills.find((skill) => skill.id === id)?.status ?? 'planned';
    return status === 'planned' ? 'todo' : status;
  };
  const titleOf = (id: string) => plan.skills.find((skill) => skill.id === id)?.title ?? id;
  const busy = setSkill.isPending || skillStates.isPending;

  const open = (id: string, element: HTMLElement) => {
    opener.current = element;
    setSkipAsk(null);
    setSelected(id);
    setOpenings((count) => count + 1);
  };
  const close = () => {
    setSelected(null);
    setSkipAsk(null);
    const element = opener.current;
    opener.current = null;
    // The dialog gives focus back on its own; this makes sure it lands on the skill that opened it.
    if (element?.isConnected) element.focus();
  };

  const save = (id: string, status: SkillProgressStatus, reason = '') => {
    const title = titleOf(id);
    setSkill.mutate(
      { skillId: id, status, ...(reason ? { reason } : {}) },
      {
        onSuccess: () => announce(`${title}: ${skillStatusLabel(status)}.`),
        onError: () => announce(`${title} could not be changed.`),
      },
    );
  };

  /** A status chosen by key or button; Skipped first asks why, in the panel. */
  const choose = (id: string, status: SkillProgressStatus, element?: HTMLElement) => {
    if (status === statusOf(id)) {
      announce(`${titleOf(id)} is already ${skillStatusLabel(status)}.`);
    } else if (status === 'skipped') {
      if (selected !== id && element) open(id, element);
      setSkipAsk(id);
    } else if (busy) {
      announce('Still saving the last change; press the key again in a moment.');
    } else {
      save(id, status);
    }
  };

  // Keys on a box of the map or an entry of the list (the panel handles its own).
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const skill = target.closest<HTMLElement>('[data-skill]');
    if (!skill?.dataset.skill || target.closest('dialog')) return;
    const status = skillShortcut(event.nativeEvent);
    if (!status) return;
    event.preventDefault();
    choose(skill.dataset.skill, status, skill);
  };

  return (
    <section className="card skills" aria-labelledby="skills-title" onKeyDown={onKeyDown}>
      <h2 id="skills-title" className="section-title">
        Skills map
      </h2>
      <p className="section-intro">
        Each box is a skill; arrows lead to the skills that build on it. Select a skill for what it
        is, why it matters, where to learn it and how you know you have it.
      </p>
      <ShortcutHint onHelp={() => setHelpOpen(true)} />
      <Announcer message={announcement} />
      {setSkill.error && (
        <p className="callout callout-error" role="alert">
          {sentence(setSkill.error.message)}
        </p>
      )}
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
        status={selected ? statusOf(selected) : null}
        reason={selected ? recorded.get(selected)?.reason : undefined}
        busy={busy}
        askingSkip={selected !== null && skipAsk === selected}
        announcement={announcement}
        statusError={setSkill.error ? sentence(setSkill.error.message) : null}
        onStatus={(status) => selected && choose(selected, status)}
        onSkip={(reason) => {
          if (!selected) return;
          setSkipAsk(null);
          save(selected, 'skipped', reason);
        }}
        onCancelSkip={() => setSkipAsk(null)}
        onHelp={() => setHelpOpen(true)}
        onShow={(id) => {
          setSkipAsk(null);
          setSelected(id);
        }}
        onClose={close}
        openings={openings}
      />
      <ShortcutsHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </section>
  );
}
