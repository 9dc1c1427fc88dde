/** A start that cannot go on, told in one sentence saying what to do (printed without a stack trace). */
export class StartupProblem extends Error {
  override readonly name = 'StartupProblem';
}
