"""Migration 2: the group roles and the functions every clerk action goes through.

Clerks get no table rights: they claim, renew, open, submit and release through these SECURITY
DEFINER functions, which run as the schema's owner, check the caller's lease, and write the
access log themselves (a client cannot skip or forge an entry). The clerk is the login role
(`session_user`); only the schema's owner or a superuser (automation, the load test) may act
under another name, given explicitly.

Error codes raised here (SQLSTATE, matched in core/team/errors.py):
TQ001 the claim is no longer this clerk's · TQ002 the review file is not signed off or rejected ·
TQ003 the review file is not of this document · TQ004 a clerk name is needed · TQ005 no such
document / nothing to decide.
"""

SQL = r"""
DO $roles$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'team_clerk') THEN
        CREATE ROLE team_clerk NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'team_supervisor') THEN
        CREATE ROLE team_supervisor NOLOGIN;
    END IF;
END
$roles$;

CREATE FUNCTION team.setting(p_name text) RETURNS double precision
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
    SELECT value FROM team.settings WHERE name = p_name
$$;

CREATE FUNCTION team.acting_clerk(p_clerk text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
DECLARE
    v_free boolean;
BEGIN
    SELECT r.rolsuper OR r.rolname = (SELECT pg_get_userbyid(n.nspowner) FROM pg_namespace n
                                      WHERE n.nspname = 'team')
      INTO v_free FROM pg_roles r WHERE r.rolname = session_user;
    IF coalesce(v_free, false) THEN
        IF p_clerk IS NULL OR btrim(p_clerk) = '' THEN
            RAISE EXCEPTION 'a clerk name is needed' USING ERRCODE = 'TQ004';
        END IF;
        RETURN p_clerk;
    END IF;
    IF p_clerk IS NOT NULL AND p_clerk <> session_user THEN
        RAISE EXCEPTION 'logged in as %, not as %', session_user, p_clerk USING ERRCODE = '42501';
    END IF;
    RETURN session_user;
END
$$;

-- The document a review file is of: its one source's sha256, or sha256 of "A+B" for a pair.
CREATE FUNCTION team.body_document_sha(p_body jsonb) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = team, pg_catalog, pg_temp AS $$
    SELECT CASE WHEN count(*) = 1 THEN min(s.value ->> 'sha256')
                ELSE encode(sha256(convert_to(string_agg(s.value ->> 'sha256', '+' ORDER BY s.n), 'UTF8')),
                            'hex') END
      FROM jsonb_array_elements(coalesce(p_body #> '{document,sources}', '[]'::jsonb))
           WITH ORDINALITY AS s(value, n)
$$;

CREATE FUNCTION team.body_values(p_body jsonb)
RETURNS TABLE (page integer, key text, value text)
LANGUAGE sql IMMUTABLE SET search_path = team, pg_catalog, pg_temp AS $$
    SELECT (p.n - 1)::integer, f.value ->> 'key', f.value ->> 'value'
      FROM jsonb_array_elements(coalesce(p_body -> 'pages', '[]'::jsonb)) WITH ORDINALITY AS p(value, n),
           jsonb_array_elements(coalesce(p.value -> 'fields', '[]'::jsonb)) AS f(value)
$$;

-- Problems left open at sign-off: the answer's errors and fields whose checks report an error.
CREATE FUNCTION team.body_open_problems(p_body jsonb) RETURNS integer
LANGUAGE sql IMMUTABLE SET search_path = team, pg_catalog, pg_temp AS $$
    SELECT (SELECT count(*) FROM jsonb_array_elements(coalesce(p_body -> 'errors', '[]'::jsonb)))::integer
         + (SELECT count(*)
              FROM jsonb_array_elements(coalesce(p_body -> 'pages', '[]'::jsonb)) AS p(value),
                   jsonb_array_elements(coalesce(p.value -> 'fields', '[]'::jsonb)) AS f(value)
             WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(f.value -> 'checks', '[]'::jsonb)) c
                            WHERE c ->> 'severity' = 'error'))::integer
$$;

CREATE FUNCTION team.body_corrected(p_body jsonb) RETURNS integer
LANGUAGE sql IMMUTABLE SET search_path = team, pg_catalog, pg_temp AS $$
    SELECT count(*)::integer
      FROM jsonb_array_elements(coalesce(p_body -> 'pages', '[]'::jsonb)) AS p(value),
           jsonb_array_elements(coalesce(p.value -> 'fields', '[]'::jsonb)) AS f(value)
     WHERE f.value ->> 'state' = 'corrected'
$$;

CREATE FUNCTION team.log_access(p_clerk text, p_document bigint, p_claim bigint, p_action text,
                                p_detail text DEFAULT NULL) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
    INSERT INTO team.access_log (clerk, document_id, claim_id, action, detail)
    VALUES (p_clerk, p_document, p_claim, p_action, p_detail)
$$;

-- Claim the next document: the oldest waiting one, a four-eyes check of someone else's review,
-- or one whose lease ran out (its old claim is closed as expired). SKIP LOCKED: two clerks
-- claiming at the same moment get different documents, and never wait for each other.
CREATE FUNCTION team.claim_next(p_clerk text DEFAULT NULL)
RETURNS TABLE (claim_id bigint, document_id bigint, kind text, lease_until timestamptz,
               provider_id text, options jsonb, reclaimed boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
DECLARE
    v_clerk text := team.acting_clerk(p_clerk);
    v_doc team.documents%ROWTYPE;
    v_kind text;
    v_claim bigint;
    v_until timestamptz := clock_timestamp() + make_interval(secs => team.setting('lease_seconds'));
BEGIN
    SELECT d.* INTO v_doc FROM team.documents d
     WHERE (d.state IN ('waiting', 'qa_waiting')
            OR (d.state IN ('claimed', 'qa_claimed') AND d.lease_until < clock_timestamp()))
       AND NOT (d.state IN ('qa_waiting', 'qa_claimed')
                AND EXISTS (SELECT 1 FROM team.reviews r
                             WHERE r.id = d.first_review_id AND r.clerk = v_clerk))
     ORDER BY d.id
     LIMIT 1
     FOR UPDATE SKIP LOCKED;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF v_doc.claim_id IS NOT NULL THEN
        UPDATE team.claims SET ended_at = clock_timestamp(), outcome = 'expired' WHERE id = v_doc.claim_id;
        PERFORM team.log_access(v_doc.claimed_by, v_doc.id, v_doc.claim_id, 'lease_expired');
    END IF;
    v_kind := CASE WHEN v_doc.state IN ('qa_waiting', 'qa_claimed') THEN 'qa' ELSE 'review' END;
    INSERT INTO team.claims (document_id, clerk, kind, lease_until)
    VALUES (v_doc.id, v_clerk, v_kind, v_until) RETURNING id INTO v_claim;
    UPDATE team.documents d
       SET state = CASE v_kind WHEN 'qa' THEN 'qa_claimed' ELSE 'claimed' END,
           claim_id = v_claim, claimed_by = v_clerk, lease_until = v_until
     WHERE d.id = v_doc.id;
    PERFORM team.log_access(v_clerk, v_doc.id, v_claim, 'claim', v_kind);
    RETURN QUERY SELECT v_claim, v_doc.id, v_kind, v_until, v_doc.provider_id, v_doc.options,
                        v_doc.claim_id IS NOT NULL;
END
$$;

-- The live claim `p_claim` of the caller, locked; TQ001 when it is gone.
CREATE FUNCTION team.own_claim(p_claim bigint, p_clerk text) RETURNS team.documents
LANGUAGE plpgsql SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
DECLARE
    v_doc team.documents%ROWTYPE;
BEGIN
    SELECT d.* INTO v_doc FROM team.documents d
     WHERE d.claim_id = p_claim AND d.claimed_by = p_clerk FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'claim % is no longer held by %', p_claim, p_clerk USING ERRCODE = 'TQ001';
    END IF;
    RETURN v_doc;
END
$$;

-- Heartbeat: push the lease on. A lease that ran out but was not yet re-claimed is still the
-- clerk's (nobody else has the document); one that was re-claimed is lost (TQ001).
CREATE FUNCTION team.renew(p_claim bigint, p_clerk text DEFAULT NULL) RETURNS timestamptz
LANGUAGE plpgsql SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
DECLARE
    v_clerk text := team.acting_clerk(p_clerk);
    v_doc team.documents%ROWTYPE := team.own_claim(p_claim, v_clerk);
    v_until timestamptz := clock_timestamp() + make_interval(secs => team.setting('lease_seconds'));
BEGIN
    UPDATE team.documents SET lease_until = v_until WHERE id = v_doc.id;
    UPDATE team.claims SET lease_until = v_until, renewed_at = clock_timestamp() WHERE id = p_claim;
    RETURN v_until;
END
$$;

-- The claimed document's files (for OCR and the window); every call is logged.
CREATE FUNCTION team.open_document(p_claim bigint, p_clerk text DEFAULT NULL)
RETURNS TABLE (source_position integer, name text, sha256 text, bytes bytea, page_count integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
DECLARE
    v_clerk text := team.acting_clerk(p_clerk);
    v_doc team.documents%ROWTYPE := team.own_claim(p_claim, v_clerk);
BEGIN
    PERFORM team.log_access(v_clerk, v_doc.id, p_claim, 'open');
    RETURN QUERY SELECT s.position, s.name, i.sha256, i.bytes, i.page_count
                   FROM team.sources s JOIN team.images i ON i.sha256 = s.image_sha256
                  WHERE s.document_id = v_doc.id ORDER BY s.position;
END
$$;

-- The team's stored answer for a request key, read under a live claim (logged).
CREATE FUNCTION team.answer_get(p_claim bigint, p_key text, p_clerk text DEFAULT NULL)
RETURNS TABLE (status integer, headers jsonb, elapsed double precision, body bytea, stored_at timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
DECLARE
    v_clerk text := team.acting_clerk(p_clerk);
    v_doc team.documents%ROWTYPE := team.own_claim(p_claim, v_clerk);
BEGIN
    RETURN QUERY SELECT a.status, a.headers, a.elapsed, a.body, a.stored_at FROM team.answers a
                  WHERE a.key = p_key;
    IF FOUND THEN
        PERFORM team.log_access(v_clerk, v_doc.id, p_claim, 'answer');
    END IF;
END
$$;

-- Store a paid answer the moment it arrives. The first one stored wins (never two for a key).
CREATE FUNCTION team.answer_put(p_claim bigint, p_key text, p_status integer, p_headers jsonb,
                                p_elapsed double precision, p_body bytea, p_clerk text DEFAULT NULL)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
DECLARE
    v_clerk text := team.acting_clerk(p_clerk);
    v_doc team.documents%ROWTYPE := team.own_claim(p_claim, v_clerk);
BEGIN
    INSERT INTO team.answers (key, document_id, status, headers, elapsed, body, stored_by)
    VALUES (p_key, v_doc.id, p_status, p_headers, p_elapsed, p_body, v_clerk)
    ON CONFLICT (key) DO UPDATE SET status = EXCLUDED.status, headers = EXCLUDED.headers,
        elapsed = EXCLUDED.elapsed, body = EXCLUDED.body, stored_at = now(), stored_by = EXCLUDED.stored_by;
    RETURN true;
END
$$;

-- An answer that turned out to be an error (it parsed as one) is never replayed.
CREATE FUNCTION team.answer_discard(p_claim bigint, p_key text, p_clerk text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
DECLARE
    v_clerk text := team.acting_clerk(p_clerk);
    v_doc team.documents%ROWTYPE := team.own_claim(p_claim, v_clerk);
BEGIN
    DELETE FROM team.answers WHERE key = p_key AND document_id = v_doc.id;
END
$$;

-- Give a claim back unfinished: the document waits again.
CREATE FUNCTION team.release(p_claim bigint, p_clerk text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
DECLARE
    v_clerk text := team.acting_clerk(p_clerk);
    v_doc team.documents%ROWTYPE := team.own_claim(p_claim, v_clerk);
BEGIN
    UPDATE team.claims SET ended_at = clock_timestamp(), outcome = 'released' WHERE id = p_claim;
    UPDATE team.documents
       SET state = CASE state WHEN 'qa_claimed' THEN 'qa_waiting' ELSE 'waiting' END,
           claim_id = NULL, claimed_by = NULL, lease_until = NULL
     WHERE id = v_doc.id;
    PERFORM team.log_access(v_clerk, v_doc.id, p_claim, 'release');
END
$$;

-- Submit a signed-off (or rejected) review file for the caller's live claim on its document.
-- A first review goes to a second clerk when it left problems open, or by the configured share;
-- a second review is compared with the first: the same values finish the document, any
-- difference puts it before a supervisor. Returns the document's new state.
CREATE FUNCTION team.submit(p_body text, p_clerk text DEFAULT NULL)
RETURNS TABLE (document_id bigint, state text, review_id bigint, disagreements integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
DECLARE
    v_clerk text := team.acting_clerk(p_clerk);
    v_json jsonb := p_body::jsonb;
    v_status text := v_json #>> '{review,status}';
    v_sha text := team.body_document_sha(v_json);
    v_doc team.documents%ROWTYPE;
    v_claim team.claims%ROWTYPE;
    v_review bigint;
    v_problems integer := team.body_open_problems(v_json);
    v_state text;
    v_first team.reviews%ROWTYPE;
    v_diff integer;
BEGIN
    IF v_status IS NULL OR v_status NOT IN ('reviewed', 'rejected') THEN
        RAISE EXCEPTION 'the review file is %, not signed off', coalesce(v_status, 'without a status')
            USING ERRCODE = 'TQ002';
    END IF;
    SELECT d.* INTO v_doc FROM team.documents d WHERE d.sha256 = v_sha FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no document in the queue has these sources' USING ERRCODE = 'TQ003';
    END IF;
    IF v_doc.claim_id IS NULL OR v_doc.claimed_by IS DISTINCT FROM v_clerk THEN
        RAISE EXCEPTION 'document % is not claimed by %', v_doc.id, v_clerk USING ERRCODE = 'TQ001';
    END IF;
    SELECT c.* INTO v_claim FROM team.claims c WHERE c.id = v_doc.claim_id;
    INSERT INTO team.reviews (document_id, claim_id, clerk, kind, status, seconds_spent,
                              fields_corrected, open_problems, body)
    VALUES (v_doc.id, v_claim.id, v_clerk, v_claim.kind, v_status,
            coalesce((v_json #>> '{review,seconds_spent}')::double precision, 0),
            team.body_corrected(v_json), v_problems, p_body)
    RETURNING id INTO v_review;
    UPDATE team.claims SET ended_at = clock_timestamp(), outcome = 'submitted' WHERE id = v_claim.id;
    IF v_claim.kind = 'review' THEN
        IF v_status = 'rejected' THEN
            v_state := 'rejected';
        ELSIF v_problems > 0 OR random() < team.setting('qa_share') THEN
            v_state := 'qa_waiting';
        ELSE
            v_state := 'done';
        END IF;
        UPDATE team.documents d
           SET state = v_state, first_review_id = v_review,
               final_review_id = CASE WHEN v_state = 'qa_waiting' THEN NULL ELSE v_review END,
               finished_at = CASE WHEN v_state = 'qa_waiting' THEN NULL ELSE clock_timestamp() END,
               claim_id = NULL, claimed_by = NULL, lease_until = NULL
         WHERE d.id = v_doc.id;
    ELSE
        SELECT r.* INTO v_first FROM team.reviews r WHERE r.id = v_doc.first_review_id;
        SELECT count(*)::integer INTO v_diff
          FROM team.body_values(v_first.body::jsonb) a
          FULL JOIN team.body_values(v_json) b ON a.page = b.page AND a.key = b.key
         WHERE a.key IS NULL OR b.key IS NULL OR a.value IS DISTINCT FROM b.value;
        v_diff := v_diff + CASE WHEN v_first.status = v_status THEN 0 ELSE 1 END;
        UPDATE team.reviews SET disagreements = v_diff WHERE id = v_review;
        v_state := CASE WHEN v_diff = 0 THEN CASE v_status WHEN 'rejected' THEN 'rejected' ELSE 'done' END
                        ELSE 'disputed' END;
        UPDATE team.documents d
           SET state = v_state, qa_review_id = v_review,
               final_review_id = CASE WHEN v_diff = 0 THEN v_review ELSE NULL END,
               finished_at = CASE WHEN v_diff = 0 THEN clock_timestamp() ELSE NULL END,
               claim_id = NULL, claimed_by = NULL, lease_until = NULL
         WHERE d.id = v_doc.id;
    END IF;
    PERFORM team.log_access(v_clerk, v_doc.id, v_claim.id, 'submit', v_state);
    RETURN QUERY SELECT v_doc.id, v_state, v_review, v_diff;
END
$$;

-- A supervisor's ruling on a disputed document: which of the two reviews is final.
CREATE FUNCTION team.decide(p_document bigint, p_choice text, p_note text DEFAULT NULL) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
DECLARE
    v_doc team.documents%ROWTYPE;
    v_chosen bigint;
    v_status text;
BEGIN
    SELECT d.* INTO v_doc FROM team.documents d WHERE d.id = p_document AND d.state = 'disputed' FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'document % is not waiting for a decision', p_document USING ERRCODE = 'TQ005';
    END IF;
    v_chosen := CASE p_choice WHEN 'first' THEN v_doc.first_review_id
                              WHEN 'second' THEN v_doc.qa_review_id END;
    IF v_chosen IS NULL THEN
        RAISE EXCEPTION 'choose first or second, not %', p_choice USING ERRCODE = '22023';
    END IF;
    SELECT r.status INTO v_status FROM team.reviews r WHERE r.id = v_chosen;
    INSERT INTO team.decisions (document_id, chosen_review_id, note) VALUES (p_document, v_chosen, p_note);
    UPDATE team.documents
       SET state = CASE v_status WHEN 'rejected' THEN 'rejected' ELSE 'done' END,
           final_review_id = v_chosen, finished_at = clock_timestamp()
     WHERE id = p_document;
    PERFORM team.log_access(session_user, p_document, NULL, 'decide', p_choice);
    RETURN CASE v_status WHEN 'rejected' THEN 'rejected' ELSE 'done' END;
END
$$;

-- A review file's text, for a supervisor (logged).
CREATE FUNCTION team.open_review(p_review bigint) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
DECLARE
    v_review team.reviews%ROWTYPE;
BEGIN
    SELECT r.* INTO v_review FROM team.reviews r WHERE r.id = p_review;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no review %', p_review USING ERRCODE = 'TQ005';
    END IF;
    PERFORM team.log_access(session_user, v_review.document_id, v_review.claim_id, 'open_review',
                            p_review::text);
    RETURN v_review.body;
END
$$;

-- The final review file of every finished document, for export (each one logged).
CREATE FUNCTION team.export_reviews(p_after bigint DEFAULT 0, p_limit integer DEFAULT 200)
RETURNS TABLE (document_id bigint, state text, body text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = team, pg_catalog, pg_temp AS $$
BEGIN
    RETURN QUERY
    WITH picked AS (
        SELECT d.id, d.state, r.body FROM team.documents d JOIN team.reviews r ON r.id = d.final_review_id
         WHERE d.state IN ('done', 'rejected') AND d.id > p_after ORDER BY d.id LIMIT p_limit
    ), logged AS (
        INSERT INTO team.access_log (clerk, document_id, action)
        SELECT session_user, picked.id, 'export' FROM picked
    )
    SELECT picked.id, picked.state, picked.body FROM picked ORDER BY picked.id;
END
$$;
"""
