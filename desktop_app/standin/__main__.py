"""`python -m desktop_app.standin [--port N] [--delay S]`: run the stand-in in the foreground."""

from __future__ import annotations

import argparse
import sys
import time

from .server import PATHS, StandIn


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop_app.standin",
                                     description="Loopback stand-in of the OCR APIs (a simulation).")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free port)")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds to wait before every answer")
    args = parser.parse_args(argv)
    standin = StandIn(delay=args.delay).start(port=args.port)
    print(standin.url, flush=True)
    print("SIMULATION — not a real OCR service", flush=True)
    for provider_id, path in PATHS.items():
        print(f"  {provider_id:28s} {standin.url}{path}", flush=True)
    seen = 0
    try:
        while True:
            time.sleep(0.2)
            for record in standin.requests[seen:]:
                print(f"{record.method} {record.path} -> {record.status} "
                      f"{','.join(record.samples) or '-'} {record.scenario or ''}".rstrip(), flush=True)
            seen = len(standin.requests)
    except KeyboardInterrupt:
        pass
    finally:
        standin.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
