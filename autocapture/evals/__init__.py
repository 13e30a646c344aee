"""Golden evaluation: suites of questions with expectations, metrics, baselines and drift."""
