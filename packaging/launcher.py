"""The bundle's entry script. PyInstaller runs it as a top-level module, so it imports the package
absolutely: a relative import (`from .cli import main`) fails at every start of the bundle."""

from desktop_app.cli import main

raise SystemExit(main())
