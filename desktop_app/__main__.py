import gc

# The imports below make objects that live as long as the process: the cyclic collector's passes
# over them were ~4% of `desktop-app ocr` (issue 12). cli.main turns it back on for anything but
# one document's `ocr` (cli_ocr.run_ocr_command).
gc.disable()

from .cli import main  # noqa: E402 - after the collector is paused

raise SystemExit(main())
