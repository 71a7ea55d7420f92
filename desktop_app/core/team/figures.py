"""Figures for supervisors: the queue by state, and per clerk and per day — documents, fields
corrected, time per document, four-eyes disagreement rate (`desktop-app team status`).

Computed in the database from the reviews' own columns (the submit function fills them from the
review file; no client can change them). Days are in the server's TimeZone setting (set it to
Asia/Bangkok or Asia/Ho_Chi_Minh for the office).
"""

from __future__ import annotations

from typing import Any

from .errors import translated

STATES = ("waiting", "claimed", "qa_waiting", "qa_claimed", "disputed", "done", "rejected")

_PER_CLERK_DAY = """
SELECT r.clerk,
       to_char((r.submitted_at AT TIME ZONE current_setting('TimeZone'))::date, 'YYYY-MM-DD') AS day,
       count(*) FILTER (WHERE r.kind = 'review') AS first_reviews,
       count(*) FILTER (WHERE r.kind = 'qa') AS second_reviews,
       coalesce(sum(r.fields_corrected), 0) AS fields_corrected,
       coalesce(sum(r.seconds_spent), 0) AS seconds,
       count(q.id) AS qa_checked,
       count(q.id) FILTER (WHERE q.disagreements > 0) AS qa_disagreements
  FROM team.reviews r
  LEFT JOIN team.reviews q ON r.kind = 'review' AND q.kind = 'qa' AND q.document_id = r.document_id
 GROUP BY 1, 2
 ORDER BY 1, 2
"""


def _figures(first: float, second: float, corrected: float, seconds: float, checked: float,
             disagreed: float) -> dict[str, Any]:
    documents = first + second
    return {
        "documents": documents, "first_reviews": first, "second_reviews": second,
        "fields_corrected": corrected, "seconds": round(seconds, 1),
        "seconds_per_document": round(seconds / documents, 1) if documents else None,
        "qa_checked": checked, "qa_disagreements": disagreed,
        "qa_disagreement_rate": round(disagreed / checked, 4) if checked else None,
    }


def status(conn) -> dict[str, Any]:
    """`{"states": {state: count}, "clerks": {clerk: figures + "days": {day: figures}}, ...}`."""
    with translated():
        counts = dict(conn.execute("SELECT state, count(*) FROM team.documents GROUP BY state").fetchall())
        rows = conn.execute(_PER_CLERK_DAY).fetchall()
        leases = conn.execute("SELECT count(*), count(*) FILTER (WHERE outcome = 'expired'), "
                              "count(*) FILTER (WHERE outcome = 'released') FROM team.claims").fetchone()
    states = {state: int(counts.get(state, 0)) for state in STATES}
    clerks: dict[str, Any] = {}
    totals: dict[str, list[float]] = {}
    for clerk, day, first, second, corrected, seconds, checked, disagreed in rows:
        values = [int(first), int(second), int(corrected), float(seconds), int(checked), int(disagreed)]
        entry = clerks.setdefault(clerk, {"days": {}})
        entry["days"][day] = _figures(*values)
        total = totals.setdefault(clerk, [0, 0, 0, 0.0, 0, 0])
        for i, value in enumerate(values):
            total[i] += value
    for clerk, total in totals.items():
        days = clerks[clerk].pop("days")
        clerks[clerk] = {**_figures(*total), "days": days}
    return {"states": states, "documents": sum(states.values()), "clerks": clerks,
            "claims": {"given": int(leases[0]), "expired": int(leases[1]), "released": int(leases[2])}}
