"""Migration 4: what the window needs besides the clerk functions.

- `team.queue_counts()`: how many documents wait in each state (no document content), for the
  queue panel of every clerk.
- `team.conflicts` + `team.keep_conflict(body)`: a review whose lease was taken meanwhile (the
  clerk was offline past the lease) is kept for a supervisor, never dropped; supervisors read
  them, clerks can only add theirs (logged).
"""

SQL = r"""
CREATE TABLE team.conflicts (
    id bigserial PRIMARY KEY,
    document_id bigint REFERENCES team.documents ON DELETE CASCADE,
    clerk text NOT NULL,
    kept_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    body text NOT NULL
);

CREATE FUNCTION team.queue_counts() RETURNS TABLE (state text, documents bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
    SELECT d.state, count(*) FROM team.documents d GROUP BY d.state
$$;

CREATE FUNCTION team.keep_conflict(p_body text, p_clerk text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
DECLARE
    v_clerk text := team.acting_clerk(p_clerk);
    v_doc bigint;
    v_id bigint;
BEGIN
    SELECT d.id INTO v_doc FROM team.documents d WHERE d.sha256 = team.body_document_sha(p_body::jsonb);
    INSERT INTO team.conflicts (document_id, clerk, body) VALUES (v_doc, v_clerk, p_body)
    RETURNING id INTO v_id;
    PERFORM team.log_access(v_clerk, v_doc, NULL, 'conflict_kept', v_id::text);
    RETURN v_id;
END
$$;

REVOKE ALL ON team.conflicts FROM PUBLIC;
REVOKE ALL ON FUNCTION team.queue_counts(), team.keep_conflict(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION team.queue_counts(), team.keep_conflict(text, text) TO team_clerk, team_supervisor;
GRANT SELECT (id, document_id, clerk, kept_at) ON team.conflicts TO team_supervisor;
"""
