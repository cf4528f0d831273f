"""The bundle's entry point: the same `rapport` command that `pip install .` makes.

`rapport -m MODULE ARGS...` runs one of the bundle's own modules as `python -m` would, so that
the sample firm's builder (`-m app demo`) and `rapport bench` (`-m ui.bench.gui`) can start
the bundle again as they start Python when installed with pip.
"""

import os
import runpy
import sys


def give_other_programs_the_systems_libraries() -> None:
    """On Linux the bundle's loader starts Rapport with its own libraries first on
    LD_LIBRARY_PATH; this process has already read it, but programs Rapport opens (the file
    manager from Help > About, a browser, the print system) must get the system's libraries."""
    if not (getattr(sys, "frozen", False) and sys.platform.startswith("linux")):
        return
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original


if __name__ == "__main__":
    give_other_programs_the_systems_libraries()
    if len(sys.argv) > 2 and sys.argv[1] == "-m":
        module = sys.argv[2]
        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
        sys.exit(0)
    from ui.shell.entry import main

    sys.exit(main())
