"""Gradient Explorer: ``uv run main.py`` opens the window; ``--export``/``--export-csv`` render headlessly.

Only the standard library is imported here: ``--help`` and argument errors answer at once.
"""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    from gui.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    raise SystemExit(main())
