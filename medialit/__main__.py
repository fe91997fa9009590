"""`python -m medialit` is the `medialit` command."""

from .cli import main

raise SystemExit(main())
