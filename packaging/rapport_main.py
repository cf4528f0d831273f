"""The bundle's entry point: the same `rapport` command that `pip install .` makes.

`rapport -m MODULE ARGS...` runs one of the bundle's own modules as `python -m` would, so that
`rapport bench` can start its measuring program (ui.bench.gui) from the bundle too.
"""

import runpy
import sys

from ui.shell.entry import main

if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "-m":
        module = sys.argv[2]
        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        sys.exit(0)
    sys.exit(main())
