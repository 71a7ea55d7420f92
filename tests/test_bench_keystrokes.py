"""The keystroke benchmark's replay must keep working (it broke once when saves moved to a worker):
one smart review and one lean Tab-only review of the demo ID card, through the real window. The
replay itself checks that the saved review is complete and right; here we only compare counts,
never times."""

from __future__ import annotations

from bench import keystrokes


def test_the_keystroke_replay_runs_and_the_smart_flow_needs_fewer_keys(qapp, tmp_path):
    smart, fields, needing, corrected = keystrokes._review(qapp, tmp_path, "thai_id_card", "smart")
    lean, *_ = keystrokes._review(qapp, tmp_path, "thai_id_card", "tab-lean")
    assert fields > 10 and needing >= corrected >= 1
    assert smart < lean
