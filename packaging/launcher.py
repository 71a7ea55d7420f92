"""The bundle's entry script. PyInstaller runs it as a top-level module, so it imports the package
absolutely: a relative import (`from .entry import run`) fails at every start of the bundle."""

from desktop_app.entry import run

raise SystemExit(run())
