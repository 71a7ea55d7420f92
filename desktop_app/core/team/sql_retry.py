"""Migration 5: a submission can be sent again (`team.submit_once`).

A script (or the window) that submitted a review and lost the answer to a timeout sends the same
file again. `team.submit` would then say the claim was lost, which is false: the review is stored.
`team.submit_once` answers such a retry with the stored submission (the same document, its state,
the same review), and otherwise submits as `team.submit` does. Clerks call this one.
"""

SQL = r"""
CREATE FUNCTION team.submit_once(p_body text, p_clerk text DEFAULT NULL)
RETURNS TABLE (document_id bigint, state text, review_id bigint, disagreements integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
DECLARE
    v_clerk text := team.acting_clerk(p_clerk);
BEGIN
    RETURN QUERY
        SELECT r.document_id, d.state, r.id, coalesce(r.disagreements, 0)
          FROM team.reviews r JOIN team.documents d ON d.id = r.document_id
         WHERE r.clerk = v_clerk AND r.body = p_body
         ORDER BY r.id DESC LIMIT 1;
    IF NOT FOUND THEN
        RETURN QUERY SELECT * FROM team.submit(p_body, p_clerk);
    END IF;
END
$$;
REVOKE ALL ON FUNCTION team.submit_once(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION team.submit_once(text, text) TO team_clerk;
"""
