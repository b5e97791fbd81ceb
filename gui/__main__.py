"""``python -m gui``: the same program as the ``gradient-explorer`` command (and ``main.py``)."""

from gui.app import main

raise SystemExit(main())
