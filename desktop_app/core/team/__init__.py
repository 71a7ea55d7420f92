"""The team queue: many clerks, one PostgreSQL database, every document reviewed once, none lost.

Qt-free. `migrations` (schema, `team init`) · `db` (connections, keyring password) · `intake`
(`team add`) · `claims` (leases, heartbeat, submit) · `answers` (the team's stored answers: never
pay twice) · `clerk` (`team next`) · `figures` (`team status`) · `admin` (roles, settings,
decisions, purge) · `export` (`signed_off_reviews` for `team export`). SQL lives in `sql_*.py`.
See docs/team-queue.md.
"""
