"""The `rapport` console script: the command line, with the desktop app as its default."""

import sys


def open_gui(database_target: str) -> int:
    from ui.shell.application import run_app

    return run_app(database_target)


def main(argv: list[str] | None = None) -> int:
    from app.cli.main import main as cli_main

    return cli_main(argv, open_gui=open_gui)


if __name__ == "__main__":
    sys.exit(main())
