"""Migration 3: least rights. Nothing is granted to PUBLIC; clerks and supervisors get what their
work needs and no more (`team grant` makes a login role a member of one of these groups).

- `team_clerk`: the clerk functions (claim, renew, open, stored answers, release, submit) and the
  figures of their OWN reviews and claims (row-level security: `clerk = session_user`). No table
  of images, answers, review texts or the access log is readable, none is writable.
- `team_supervisor`: every figure (documents' states, claims, reviews without their text,
  decisions, the access log), the queue's settings (share checked twice, lease length), deciding
  disagreements, reading a review's text and exporting, each read logged by the database.
"""

SQL = r"""
REVOKE ALL ON SCHEMA team FROM PUBLIC;
GRANT USAGE ON SCHEMA team TO team_clerk, team_supervisor;
REVOKE ALL ON ALL TABLES IN SCHEMA team FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA team FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA team FROM PUBLIC;

GRANT EXECUTE ON FUNCTION
    team.claim_next(text), team.renew(bigint, text), team.open_document(bigint, text),
    team.answer_get(bigint, text, text),
    team.answer_put(bigint, text, integer, jsonb, double precision, bytea, text),
    team.answer_discard(bigint, text, text), team.release(bigint, text), team.submit(text, text)
TO team_clerk;
GRANT EXECUTE ON FUNCTION
    team.decide(bigint, text, text), team.open_review(bigint), team.export_reviews(bigint, integer)
TO team_supervisor;

GRANT SELECT (id, document_id, claim_id, clerk, kind, submitted_at, status, seconds_spent,
              fields_corrected, open_problems, disagreements)
    ON team.reviews TO team_clerk, team_supervisor;
GRANT SELECT ON team.claims, team.schema_version TO team_clerk, team_supervisor;
GRANT SELECT ON team.documents, team.decisions, team.access_log, team.settings TO team_supervisor;
GRANT UPDATE (value) ON team.settings TO team_supervisor;

ALTER TABLE team.reviews ENABLE ROW LEVEL SECURITY;
CREATE POLICY reviews_own ON team.reviews FOR SELECT TO team_clerk USING (clerk = session_user);
CREATE POLICY reviews_all ON team.reviews FOR SELECT TO team_supervisor USING (true);
ALTER TABLE team.claims ENABLE ROW LEVEL SECURITY;
CREATE POLICY claims_own ON team.claims FOR SELECT TO team_clerk USING (clerk = session_user);
CREATE POLICY claims_all ON team.claims FOR SELECT TO team_supervisor USING (true);
"""
