import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { sentence } from '../api/client';
import { daysBetween, formatShort, localToday } from '../roadmap/dates';
import { ErrorState } from '../shell/ErrorState';
import { isTextEntry, useAnnouncer } from '../ui/shortcuts';
import { type Application, type Stage, useApplications, useMoveApplication } from './api';
import { EmptyPipeline } from './EmptyPipeline';
import { days, SOURCE_SHORT, STAGES, stageLabel } from './labels';

/** The drag payload's type, so drops from elsewhere (files, text) are ignored. */
const DRAG_TYPE = 'application/x-mlpath-application';

/**
 * The board: one column per stage. A card moves by drag and drop, or from the keyboard: with a
 * card focused, ← and → move it one stage and M opens a "Move to" menu. Every move is announced.
 */
export function Board() {
  const applications = useApplications();
  const move = useMoveApplication();
  const [message, announce] = useAnnouncer();
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; stage: Stage } | null>(null);
  const [dropTarget, setDropTarget] = useState<Stage | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);

  // The card re-renders in its new column; keep the keyboard where the user left it.
  useEffect(() => {
    if (!focusAfterMove) return;
    const { id, stage } = focusAfterMove;
    const card = boardRef.current?.querySelector<HTMLElement>(
      `.stage-${stage} [data-card="${CSS.escape(id)}"] .card-open`,
    );
    if (card) {
      card.focus();
      setFocusAfterMove(null);
    }
  });

  if (applications.isError) {
    return (
      <ErrorState
        what="Your applications could not be loaded."
        error={applications.error}
        onRetry={() => void applications.refetch()}
      />
    );
  }
  if (applications.isPending) return <p className="muted">Loading your applications…</p>;
  const list = applications.data;
  if (list.length === 0) return <EmptyPipeline />;

  const moveTo = (application: Application, stage: Stage, byKeyboard: boolean) => {
    if (stage === application.stage) return;
    const what = `${application.role} at ${application.company}`;
    if (byKeyboard) setFocusAfterMove({ id: application.id, stage });
    move.mutate(
      { id: application.id, stage },
      {
        onError: (error) => {
          if (byKeyboard) setFocusAfterMove({ id: application.id, stage: application.stage });
          announce(`${what} could not be moved: ${sentence(error.message)} It is back in place.`);
        },
      },
    );
    const column = STAGES.indexOf(stage) + 1;
    announce(`Moved ${what} to ${stageLabel(stage)}, column ${column} of ${STAGES.length}.`);
  };

  return (
    <section aria-labelledby="board-title" className="board-section">
      <h2 id="board-title" className="visually-hidden">
        Board
      </h2>
      <p className="board-help" id="board-help">
        Drag a card to another column — or focus a card and press <kbd>←</kbd> or <kbd>→</kbd> to
        move it one stage, or <kbd>M</kbd> to pick the stage.
      </p>
      <p className="visually-hidden" aria-live="polite" role="status">
        {message}
      </p>
      <div className="board" ref={boardRef}>
        {STAGES.map((stage) => {
          const cards = list.filter((item) => item.stage === stage);
          return (
            <section
              key={stage}
              className={`board-column stage-${stage}${dropTarget === stage ? ' is-drop-target' : ''}`}
              aria-labelledby={`column-${stage}`}
              onDragOver={(event) => {
                if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = 'move';
                setDropTarget(stage);
              }}
              onDragLeave={(event) => {
                if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
                  setDropTarget(null);
                }
              }}
              onDrop={(event) => {
                event.preventDefault();
                setDropTarget(null);
                const id = event.dataTransfer.getData(DRAG_TYPE);
                const dropped = list.find((item) => item.id === id);
                if (dropped) moveTo(dropped, stage, false);
              }}
            >
              <h3 id={`column-${stage}`} className="board-column-title">
                {stageLabel(stage)} <span className="board-count">{cards.length}</span>
              </h3>
              {cards.length === 0 ? (
                <p className="board-empty">Nothing here</p>
              ) : (
                <ul className="board-cards">
                  {cards.map((application) => (
                    <BoardCard key={application.id} application={application} onMove={moveTo} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}

interface BoardCardProps {
  application: Application;
  /** Moves the card; `byKeyboard` keeps focus on it in its new column. */
  onMove: (application: Application, stage: Stage, byKeyboard: boolean) => void;
}

function BoardCard({ application, onMove }: BoardCardProps) {
  const [menuOpen, setMenuOpen] = useState(false);
  const openRef = useRef<HTMLAnchorElement>(null);
  const today = localToday();
  const index = STAGES.indexOf(application.stage);
  const since = application.stageOn ? daysBetween(application.stageOn, today) : null;
  const overdue = application.nextActionOn !== undefined && application.nextActionOn < today;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target = STAGES[index + step];
    if (step !== 0 && target) {
      event.preventDefault();
      onMove(application, target, true);
    } else if (event.key === 'm' || event.key === 'M') {
      event.preventDefault();
      setMenuOpen(true);
    }
  };

  return (
    <li
      className={`board-card source-${application.source}`}
      data-card={application.id}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, application.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <Link
        ref={openRef}
        className="card-open"
        to={`/applications/${application.id}`}
        onKeyDown={onKeyDown}
        aria-describedby="board-help"
      >
        <span className="card-role">{application.role}</span>
        <span className="card-company">{application.company}</span>
      </Link>
      <div className="card-meta">
        <span className={`source-badge source-${application.source}`}>
          {SOURCE_SHORT[application.source]}
        </span>
        {since !== null && since > 0 && <span className="muted">{days(since)} here</span>}
      </div>
      {application.nextActionOn && (
        <p className={`card-next${overdue ? ' is-overdue' : ''}`}>
          {overdue ? 'Overdue: ' : 'Next: '}
          {application.nextAction ?? 'next step'} · {formatShort(application.nextActionOn)}
        </p>
      )}
      <MoveMenu
        application={application}
        open={menuOpen}
        onOpenChange={(open, restoreFocus) => {
          setMenuOpen(open);
          if (!open && restoreFocus) openRef.current?.focus();
        }}
        onMove={(stage) => onMove(application, stage, true)}
      />
    </li>
  );
}

interface MoveMenuProps {
  application: Application;
  open: boolean;
  onOpenChange: (open: boolean, restoreFocus: boolean) => void;
  onMove: (stage: Stage) => void;
}

/** "Move to…": a button and a menu of the other stages; arrows, Home/End and Escape work. */
function MoveMenu({ application, open, onOpenChange, onMove }: MoveMenuProps) {
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = `move-${application.id}`;
  const choices = STAGES.filter((stage) => stage !== application.stage);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const current = items.indexOf(document.activeElement as HTMLElement);
    const focusAt = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focusAt(current + 1);
    else if (event.key === 'ArrowUp') focusAt(current - 1);
    else if (event.key === 'Home') focusAt(0);
    else if (event.key === 'End') focusAt(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      onOpenChange(false, event.key === 'Escape');
      if (event.key === 'Tab') return;
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="move">
      <button
        type="button"
        className="button button-small button-quiet move-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => onOpenChange(!open, false)}
      >
        <span>Move…</span>
        <span className="visually-hidden"> {`${application.role} at ${application.company}`}</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={`Move ${application.role} at ${application.company} to`}
          className="move-menu"
          onKeyDown={onMenuKey}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
              onOpenChange(false, false);
            }
          }}
        >
          {choices.map((stage) => (
            <button
              key={stage}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => {
                onOpenChange(false, false);
                onMove(stage);
              }}
            >
              {stageLabel(stage)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
