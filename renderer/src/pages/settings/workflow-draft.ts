import type { Stage } from '../../../../electron/contract/schemas/common';
import type { WorkflowTemplate } from '../../../../electron/contract/schemas/cases';
import { STAGES } from '../../../../electron/contract/schemas/common';
import type { WorkflowSaveInput } from '../../stores/settings-workflow-store';

/** A step as the editor holds it; `key` is stable for React, `code` is absent for new steps. */
export interface DraftStep {
  key: string;
  code?: string;
  stage: Stage;
  name: string;
  kind: string;
  required: boolean;
  timeLimitDays: number | null;
  retired: boolean;
}

/** The kinds the default template uses; the field also takes any other word. */
export const STEP_KINDS = ['record', 'decision', 'visit', 'review', 'document', 'meeting', 'conversation', 'notice'] as const;

export function toDraft(template: WorkflowTemplate): DraftStep[] {
  return sortByStage(
    [...template.steps]
      .sort((a, b) => a.sort - b.sort)
      .map((s) => ({
        key: s.code,
        code: s.code,
        stage: s.stage,
        name: s.name,
        kind: s.kind,
        required: s.required,
        timeLimitDays: s.timeLimitDays,
        retired: s.retired,
      })),
  );
}

/** Keeps the order within each stage and the stages in their own order. */
export function sortByStage(steps: DraftStep[]): DraftStep[] {
  return STAGES.flatMap((stage) => steps.filter((s) => s.stage === stage));
}

/** Swaps a step with its neighbour in the same stage; returns the list unchanged at an edge. */
export function move(steps: DraftStep[], key: string, delta: -1 | 1): DraftStep[] {
  const index = steps.findIndex((s) => s.key === key);
  const other = index + delta;
  const step = steps[index];
  const neighbour = steps[other];
  if (!step || !neighbour || neighbour.stage !== step.stage) return steps;
  const next = [...steps];
  next[index] = neighbour;
  next[other] = step;
  return next;
}

export function toSaveInput(name: string, steps: DraftStep[]): WorkflowSaveInput {
  return {
    name: name.trim(),
    steps: steps.map((s) => ({
      ...(s.code ? { code: s.code } : {}),
      stage: s.stage,
      name: s.name.trim(),
      kind: s.kind.trim(),
      required: s.required,
      timeLimitDays: s.timeLimitDays,
      retired: s.retired,
    })),
  };
}
