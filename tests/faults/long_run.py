"""The long fault-injection run: `python -m tests.faults.long_run --trials 300` (see the README).

Prints each failed trial as it happens, and the figures at the end; exit 1 if any trial failed."""

import argparse
import sys
import tempfile
from pathlib import Path

from tests.faults.trials import KINDS, run_trials, summary


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.faults.long_run", description=__doc__)
    parser.add_argument("--trials", type=int, default=300)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated, from {', '.join(KINDS)}")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rapport-faults-") as folder:
        outcomes = run_trials(Path(folder), args.trials, args.seed, tuple(args.kinds.split(",")),
                              report=lambda text: print(text, flush=True))
    print(summary(outcomes))
    return 1 if any(o.failed for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
