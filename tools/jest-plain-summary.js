/**
 * Ends a Jest run with one plain line, `tests: N passed, N failed, N skipped`, which CI reads as the count
 * of what ran (Jest's own summary is laid out for people).
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    );
  }
}

module.exports = PlainSummaryReporter;
