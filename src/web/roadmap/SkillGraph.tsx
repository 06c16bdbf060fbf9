import { type KeyboardEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PlanSkill } from '../api/types';
import { type Direction, layoutSkills, nearestInDirection } from './graphLayout';
import { STATE_LABELS, skillState } from './labels';
import { StatusIcon } from './StatusIcon';
import { type SkillPhase, weeksShort } from './skills';

interface SkillGraphProps {
  skills: PlanSkill[];
  phases: Map<string, SkillPhase>;
  selectedId: string | null;
  /** The plan week that contains today, or null outside the plan: its skills are marked "now". */
  currentWeek: number | null;
  onOpen: (id: string, opener: HTMLElement) => void;
}

const ZOOMS = [0.5, 0.65, 0.8, 1] as const;
const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * The skills and their prerequisites as a left-to-right graph laid out by dagre (this module is a
 * lazy chunk, so dagre loads only with the roadmap). Edges are SVG; nodes are real buttons placed
 * over it, so Tab, Enter and Space work as everywhere else; arrow keys move between neighbours.
 */
export function SkillGraph({ skills, phases, selectedId, currentWeek, onOpen }: SkillGraphProps) {
  const layout = useMemo(() => layoutSkills(skills), [skills]);
  const [zoomIndex, setZoomIndex] = useState(ZOOMS.length - 1);
  const [active, setActive] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const scroller = useRef<HTMLDivElement>(null);
  const zoom = ZOOMS[zoomIndex] ?? 1;
  const shownZoom = useRef(zoom);
  const byId = useMemo(() => new Map(skills.map((skill) => [skill.id, skill])), [skills]);

  // Tab follows the picture: column by column, top to bottom.
  const ordered = useMemo(
    () => [...layout.nodes].sort((a, b) => a.x - b.x || a.y - b.y),
    [layout.nodes],
  );
  const related = useMemo(() => {
    const ids = new Set<string>();
    if (!active) return ids;
    for (const edge of layout.edges) {
      if (edge.from === active) ids.add(edge.to);
      if (edge.to === active) ids.add(edge.from);
    }
    return ids;
  }, [active, layout.edges]);

  const isNow = (skill: PlanSkill) =>
    currentWeek !== null &&
    skill.firstWeek !== null &&
    skill.firstWeek <= currentWeek &&
    currentWeek <= (skill.lastWeek ?? skill.firstWeek);

  // The graph is larger than its box: open it where today's skills are, not at an empty corner.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the graph first appears
  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const upcoming = skills
      .filter(
        (skill) =>
          skill.firstWeek !== null &&
          (currentWeek === null || isNow(skill) || (skill.firstWeek ?? 0) >= currentWeek),
      )
      .sort((a, b) => (a.firstWeek ?? 0) - (b.firstWeek ?? 0));
    const target = layout.nodes.find((node) => node.id === upcoming[0]?.id) ?? ordered[0];
    if (!target) return;
    box.scrollLeft = Math.max(0, (target.x - 24) * zoom);
    box.scrollTop = Math.max(0, (target.y + target.height / 2) * zoom - box.clientHeight / 2);
  }, [layout]);

  // Zooming keeps the point at the centre of the box where it was.
  useLayoutEffect(() => {
    const box = scroller.current;
    const before = shownZoom.current;
    shownZoom.current = zoom;
    if (!box || before === zoom) return;
    const ratio = zoom / before;
    const cx = box.scrollLeft + box.clientWidth / 2;
    const cy = box.scrollTop + box.clientHeight / 2;
    box.scrollLeft = Math.max(0, cx * ratio - box.clientWidth / 2);
    box.scrollTop = Math.max(0, cy * ratio - box.clientHeight / 2);
  }, [zoom]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, id: string) => {
    const direction = ARROWS[event.key];
    if (!direction) return;
    event.preventDefault();
    const next = nearestInDirection(layout.nodes, id, direction);
    if (next) buttons.current.get(next)?.focus();
  };

  const lit = (from: string, to: string) => active !== null && (from === active || to === active);

  return (
    <div className="graph">
      <div className="graph-toolbar">
        <span className="muted small" aria-live="polite">
          Zoom {Math.round(zoom * 100)}%
        </span>
        <button
          type="button"
          className="button button-small"
          onClick={() => setZoomIndex((index) => Math.max(0, index - 1))}
          disabled={zoomIndex === 0}
        >
          Zoom out
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => setZoomIndex((index) => Math.min(ZOOMS.length - 1, index + 1))}
          disabled={zoomIndex === ZOOMS.length - 1}
        >
          Zoom in
        </button>
      </div>
      <div className="graph-scroll" ref={scroller}>
        <div
          className="graph-canvas"
          style={{ width: layout.width * zoom, height: layout.height * zoom }}
        >
          {/* biome-ignore lint/a11y/useSemanticElements: a labelled group of buttons, not a form */}
          <div
            className={`graph-inner${active ? ' has-active' : ''}`}
            style={{ width: layout.width, height: layout.height, transform: `scale(${zoom})` }}
            role="group"
            aria-label={`Skills graph: ${skills.length} skills. Arrows lead from a skill to the skills that build on it. Arrow keys move between neighbouring skills.`}
          >
            <svg
              className="graph-edges"
              width={layout.width}
              height={layout.height}
              viewBox={`0 0 ${layout.width} ${layout.height}`}
              aria-hidden="true"
            >
              <defs>
                <marker
                  id="graph-arrow"
                  viewBox="0 0 10 10"
                  refX="9"
                  refY="5"
                  markerWidth="7"
                  markerHeight="7"
                  orient="auto-start-reverse"
                >
                  <path className="graph-arrow" d="M0 0 10 5 0 10Z" />
                </marker>
                <marker
                  id="graph-arrow-active"
                  viewBox="0 0 10 10"
                  refX="9"
                  refY="5"
                  markerWidth="7"
                  markerHeight="7"
                  orient="auto-start-reverse"
                >
                  <path className="graph-arrow is-active" d="M0 0 10 5 0 10Z" />
                </marker>
              </defs>
              {layout.edges.map((edge) => {
                const on = lit(edge.from, edge.to);
                return (
                  <path
                    key={`${edge.from}->${edge.to}`}
                    className={`graph-edge${on ? ' is-active' : ''}`}
                    d={edge.d}
                    markerEnd={on ? 'url(#graph-arrow-active)' : 'url(#graph-arrow)'}
                  />
                );
              })}
            </svg>
            {ordered.map((node) => {
              const skill = byId.get(node.id);
              if (!skill) return null;
              const state = skillState(skill);
              const phase = phases.get(skill.id);
              const weeks = weeksShort(skill);
              const now = isNow(skill);
              const classes = [
                'graph-node',
                `state-${state}`,
                phase ? `phase-${phase.slot}` : 'phase-none',
                node.id === selectedId ? 'is-selected' : '',
                node.id === active ? 'is-active' : '',
                related.has(node.id) ? 'is-related' : '',
                now ? 'is-now' : '',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <button
                  key={node.id}
                  ref={(element) => {
                    if (element) buttons.current.set(node.id, element);
                    else buttons.current.delete(node.id);
                  }}
                  type="button"
                  className={classes}
                  data-skill={node.id}
                  style={{ left: node.x, top: node.y, width: node.width, height: node.height }}
                  aria-haspopup="dialog"
                  onClick={(event) => onOpen(node.id, event.currentTarget)}
                  onKeyDown={(event) => onKeyDown(event, node.id)}
                  onFocus={() => setActive(node.id)}
                  onBlur={() => setActive((current) => (current === node.id ? null : current))}
                  onMouseEnter={() => setActive(node.id)}
                  onMouseLeave={() =>
                    setActive((current) => (current === node.id ? null : current))
                  }
                >
                  <span className="graph-node-title">{skill.title}</span>
                  <span className="graph-node-meta">
                    <StatusIcon state={state} />
                    <span>
                      {state === 'planned' && weeks ? weeks : STATE_LABELS[state]}
                      {state === 'planned' && (
                        <span className="visually-hidden">, {STATE_LABELS.planned}</span>
                      )}
                    </span>
                    {now && <span className="graph-node-now">This week</span>}
                  </span>
                </button>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
