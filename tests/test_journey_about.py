"""Journey: the clerk (or IT) opens Help > About and reads the version and what the program ships
under which licence, each licence's text one click away, in English and in Thai; a first Open
starts where the samples are; the start check a built bundle runs reports what it finds."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from desktop_app import __version__
from desktop_app.gui import i18n
from desktop_app.gui.window import start_check
from desktop_app.licences import components

pytest_plugins = ["gui_helpers"]


def _about_action(window):
    return next(action for action in window.review.menu_help.actions() if action is window.about.action)


def test_help_about_shows_the_version_and_every_licence_with_its_text(qtbot, make_window):
    window = make_window()
    action = _about_action(window)
    assert i18n.plain(action.text()) == "About OCR Review Desk"
    action.trigger()
    dialog = window.about.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert __version__ in dialog.title.text()
    names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert names == [item.name for item in components()]
    for name in ("Qt 6", "PySide6_Essentials", "python-stdnum", "Noto Sans, Noto Sans Thai"):
        assert name in names
    assert "glibc 2.36" in dialog.notes.text() and "LGPL" in dialog.notes.text()

    dialog.table.setCurrentCell(names.index("python-stdnum"), 0)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    dialog.table.setCurrentCell(names.index("Noto Sans, Noto Sans Thai"), 0)
    assert "Open Font License (OFL)" in dialog.text.toPlainText()
    for widget in (dialog.table, dialog.text, dialog.notes, dialog.title):
        assert widget.accessibleName()
    frame = dialog.frameGeometry()
    area = dialog.screen().availableGeometry()
    assert frame.width() <= area.width() and frame.height() <= area.height()
    dialog.close()


def test_about_speaks_thai_when_the_window_does(qtbot, make_window):
    window = make_window()
    i18n.set_language("th")
    try:
        window.retranslate()
        action = _about_action(window)
        assert "เกี่ยวกับ" in action.text()
        action.trigger()
        dialog = window.about.dialog
        assert dialog.table.horizontalHeaderItem(1).text() == "สัญญาอนุญาต"
        assert dialog.windowTitle() == "เกี่ยวกับ OCR Review Desk"
        assert dialog.table.item(0, 2).text() == components()[0].purpose_th
        assert "glibc 2.36" in dialog.notes.text() and "ต้องใช้" in dialog.notes.text()
        dialog.close()
    finally:
        i18n.set_language("en")


def test_the_first_open_starts_at_the_samples(qtbot, make_window, monkeypatch):
    window = make_window()
    seen = {}

    def fake_open(_parent, _title, start, _filter):
        seen["start"] = start
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake_open))
    window.open_dialog()
    from desktop_app.resources import samples_dir
    assert seen["start"] == str(samples_dir())


def test_the_start_check_names_what_a_bundle_lacks(qtbot, make_window, monkeypatch, tmp_path):
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert start_check.findings(window, fit=False) == []
    monkeypatch.setattr(start_check, "samples_dir", lambda: tmp_path)
    monkeypatch.setattr(start_check, "licence_dir", lambda: tmp_path)
    problems = start_check.findings(window, fit=False)
    assert any("no samples" in p for p in problems) and any("licence" in p for p in problems)
    window.resize(5000, 5000)
    assert any("exceeds the screen" in p for p in start_check.findings(window, fit=True))


def test_the_first_window_fits_the_screen(qtbot, settings):
    # not make_window: that fixture sets the tests' own 1400x900 layout on purpose
    from desktop_app.gui.window.main_window import MainWindow

    window = MainWindow(settings, None)
    try:
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: start_check.findings(window, fit=True) == [], timeout=5000)
    finally:
        window.close()
        window.deleteLater()


def test_a_bundle_without_opengl_names_only_the_two_packages_it_lacks(monkeypatch, capsys):
    import builtins
    import sys

    from desktop_app import cli

    real_import = builtins.__import__

    def no_libgl(name, *args, **kwargs):
        if name == "gui.window.app" or name.endswith("gui.window.app"):
            raise ImportError("libGL.so.1: cannot open shared object file: No such file or directory")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_libgl)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert cli.main([]) == 2
    error = capsys.readouterr().err
    assert "libGL.so.1" in error and error.rstrip().endswith("install --no-install-recommends libgl1 libegl1")
    monkeypatch.delattr(sys, "frozen")
    assert cli.main([]) == 2
    assert "libxcb-cursor0" in capsys.readouterr().err
