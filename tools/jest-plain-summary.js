/**
 * Ends a Jest run with one plain line, `tests: N passed, N failed, N skipped`, which CI reads as the count
 * of what ran (Jest's own summary is laid out for people). Written at exit, so it is the last line even
 * after Jest's summary reporter, which always runs last.
 */
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`;
    process.once('exit', () => process.stdout.write(line));
  }
}

module.exports = PlainSummaryReporter;
