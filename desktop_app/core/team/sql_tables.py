"""Migration 1: the tables of the team queue (schema `team`).

- `images`: every source file by its sha256, bytes in the database (NULL never: purge deletes rows).
- `documents`: what a clerk reviews, identified by content (`sha256`: its one source's sha256, or
  sha256("FRONT+BACK") of a pair), with the provider to read it and where it is in the queue.
- `sources`: a document's files in order, with the name they arrived under and their page count.
- `answers`: the verbatim paid answers, one per request key (core/cache.py's `cache_key`): stored
  once for the whole team, so no clerk pays for what another already paid for.
- `claims`: every lease ever given (who, when, until, how it ended).
- `reviews`: every review file as submitted (verbatim text), append-only: the history.
- `decisions`: a supervisor's ruling on a four-eyes disagreement.
- `access_log`: who opened what, when; written only by the database's own functions.
"""

SQL = r"""
CREATE TABLE team.settings (
    name text PRIMARY KEY,
    value double precision NOT NULL
);
INSERT INTO team.settings (name, value) VALUES ('qa_share', 0.10), ('lease_seconds', 120)
ON CONFLICT (name) DO NOTHING;

CREATE TABLE team.images (
    sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    bytes bytea NOT NULL,
    size bigint NOT NULL,
    page_count integer NOT NULL CHECK (page_count > 0),
    added_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE team.documents (
    id bigserial PRIMARY KEY,
    sha256 text NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    provider_id text NOT NULL,
    options jsonb NOT NULL DEFAULT '{}'::jsonb,
    state text NOT NULL DEFAULT 'waiting' CHECK (state IN
        ('waiting', 'claimed', 'qa_waiting', 'qa_claimed', 'disputed', 'done', 'rejected')),
    added_at timestamptz NOT NULL DEFAULT now(),
    added_by text NOT NULL DEFAULT session_user,
    claim_id bigint,
    claimed_by text,
    lease_until timestamptz,
    first_review_id bigint,
    qa_review_id bigint,
    final_review_id bigint,
    finished_at timestamptz,
    CHECK ((state IN ('claimed', 'qa_claimed')) = (claim_id IS NOT NULL))
);
CREATE INDEX documents_open ON team.documents (id)
    WHERE state IN ('waiting', 'qa_waiting', 'claimed', 'qa_claimed');
CREATE INDEX documents_finished ON team.documents (finished_at) WHERE finished_at IS NOT NULL;

CREATE TABLE team.sources (
    document_id bigint NOT NULL REFERENCES team.documents ON DELETE CASCADE,
    position integer NOT NULL,
    image_sha256 text NOT NULL REFERENCES team.images,
    name text NOT NULL,
    PRIMARY KEY (document_id, position)
);
CREATE INDEX sources_image ON team.sources (image_sha256);

CREATE TABLE team.answers (
    key text PRIMARY KEY CHECK (key ~ '^[0-9a-f]{64}$'),
    document_id bigint REFERENCES team.documents ON DELETE CASCADE,
    status integer NOT NULL,
    headers jsonb NOT NULL DEFAULT '{}'::jsonb,
    elapsed double precision NOT NULL DEFAULT 0,
    body bytea NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now(),
    stored_by text NOT NULL
);
CREATE INDEX answers_document ON team.answers (document_id);

CREATE TABLE team.claims (
    id bigserial PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES team.documents ON DELETE CASCADE,
    clerk text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('review', 'qa')),
    claimed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    renewed_at timestamptz,
    lease_until timestamptz NOT NULL,
    ended_at timestamptz,
    outcome text CHECK (outcome IN ('submitted', 'expired', 'released'))
);
CREATE INDEX claims_document ON team.claims (document_id);

CREATE TABLE team.reviews (
    id bigserial PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES team.documents ON DELETE CASCADE,
    claim_id bigint NOT NULL REFERENCES team.claims,
    clerk text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('review', 'qa')),
    submitted_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    status text NOT NULL CHECK (status IN ('reviewed', 'rejected')),
    seconds_spent double precision NOT NULL DEFAULT 0,
    fields_corrected integer NOT NULL DEFAULT 0,
    open_problems integer NOT NULL DEFAULT 0,
    disagreements integer,
    body text NOT NULL
);
CREATE INDEX reviews_document ON team.reviews (document_id);
CREATE INDEX reviews_clerk ON team.reviews (clerk, submitted_at);

CREATE TABLE team.decisions (
    document_id bigint PRIMARY KEY REFERENCES team.documents ON DELETE CASCADE,
    decided_by text NOT NULL DEFAULT session_user,
    decided_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    chosen_review_id bigint NOT NULL REFERENCES team.reviews,
    note text
);

CREATE TABLE team.access_log (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    db_user text NOT NULL DEFAULT session_user,
    clerk text,
    document_id bigint,
    claim_id bigint,
    action text NOT NULL,
    detail text
);
CREATE INDEX access_log_document ON team.access_log (document_id, at);
"""
