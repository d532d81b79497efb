// What an evaluation's outcome suggests for the staircase (Nittedal's form:
// continue, a new agreement, or interdisciplinary consultation). The staff
// still choose the move; this only says which of the step's ways fits.
import type { EvaluationOutcome } from '../../contracts/followup-case.js';
import type { StaircaseStepDefinition, StepOutcome } from './staircase-schema.js';

const FITS: Record<EvaluationOutcome, StepOutcome> = {
  continue: 'stay',
  newAgreement: 'back',
  interdisciplinary: 'next',
};

/** The moves the step allows that follow from the chosen outcomes, in the outcomes' order. */
export function suggestedMoves(outcomes: readonly EvaluationOutcome[], step: StaircaseStepDefinition): StepOutcome[] {
  const moves: StepOutcome[] = [];
  for (const outcome of outcomes) {
    const move = FITS[outcome];
    if (step.leadsTo.includes(move) && !moves.includes(move)) moves.push(move);
  }
  return moves;
}
