"""The committed translation files: in step with the code, compiled, complete (the last one counted).

``UNFINISHED_ALLOWED`` is how many source texts are still untranslated per language, the count
when the translation machinery went in (issue 8). The engineers wrapping and translating the GUI
drive it to 0: run ``uv run python tools/update_translations.py --todo`` to see what is left,
by file, and lower the number here with each batch of translations (the test says when it can go
lower). It only ever goes down: a new untranslated text fails here.
"""

from __future__ import annotations

import shutil
import warnings

import pytest

from tools import update_translations as ut

#: Untranslated source texts per language (English: %n texts without their two forms).
UNFINISHED_ALLOWED = {"ko": 0, "ja": 0, "en": 0}


@pytest.fixture(scope="module")
def committed():
    return {lang: ut.read_ts(ut.ts_path(lang)) for lang in ut.ALL_LANGUAGES}


def test_the_ts_files_hold_exactly_the_texts_of_the_code(tmp_path, committed):
    """lupdate over today's code adds and drops nothing: every tr() of the code is in the .ts."""
    fresh = {}
    for language in ut.TS_LANGUAGES:
        copy = tmp_path / ut.ts_path(language).name
        shutil.copy(ut.ts_path(language), copy)
        ut.run_lupdate(copy, language, ut.source_files())
        fresh[language] = ut.read_ts(copy)
    for language in ut.TS_LANGUAGES:
        have, want = {m.key for m in committed[language]}, {m.key for m in fresh[language]}
        new, gone = sorted(want - have), sorted(have - want)
        assert not new and not gone, (
            f"gradient_explorer_{language}.ts is behind the code; run `uv run python tools/update_translations.py`"
            f"\n  new texts: {new[:20]}\n  texts no longer in the code: {gone[:20]}")


def test_every_qm_is_its_ts_compiled(tmp_path):
    for language in ut.ALL_LANGUAGES:
        qm = tmp_path / ut.qm_path(language).name
        ut.run_lrelease(ut.ts_path(language), qm)
        assert qm.read_bytes() == ut.qm_path(language).read_bytes(), (
            f"{ut.qm_path(language).name} does not match its .ts; run `uv run python tools/update_translations.py`")


def test_english_carries_the_plural_forms_of_every_count_text(committed):
    counted = [m.key for m in committed["ko"] if "%n" in m.source]
    assert [m.key for m in committed["en"]] == counted
    assert all(m.numerus for m in committed["en"])


def test_no_obsolete_entries_and_the_unfinished_ones_counted(committed):
    for language, messages in committed.items():
        obsolete = [m.source for m in messages if m.kind in ("obsolete", "vanished")]
        assert not obsolete, f"{language}: obsolete entries (lupdate runs with -no-obsolete): {obsolete[:10]}"
    counts = {}
    for language, messages in committed.items():
        by_file = ut.unfinished_by_file(committed, [language])
        counts[language] = sum(len(v) for v in by_file.values())
        listing = "\n".join(f"  {file}: {len(msgs)}" for file, msgs in by_file.items())
        print(f"{language}: {counts[language]} unfinished of {len(messages)}\n{listing}")
    over = {lang: n for lang, n in counts.items() if n > UNFINISHED_ALLOWED[lang]}
    assert not over, (f"new untranslated texts {over} (allowed {UNFINISHED_ALLOWED}): translate them "
                      "(tools/update_translations.py --stub GROUP FILES…), don't raise the limit")
    under = {lang: n for lang, n in counts.items() if n < UNFINISHED_ALLOWED[lang]}
    if under:
        warnings.warn(f"fewer unfinished translations than allowed: lower UNFINISHED_ALLOWED to {counts}",
                      stacklevel=1)


def test_the_pending_translations_are_valid_current_and_merged(committed):
    pending = ut.load_pending()  # raises PendingError with every problem found
    stale = ut.stale_entries(pending, committed["ko"])
    assert not stale, "pending translations of texts no longer in the code (the English changed?):\n" + "\n".join(
        f"  {e.origin}: {e.key[0]}: {e.key[1]!r}" for e in stale)
    by_key = {lang: {m.key: m for m in committed[lang]} for lang in ut.ALL_LANGUAGES}
    for key, entry in pending.items():
        for language, forms in entry.forms.items():
            if not all(forms):
                continue
            message = by_key[language][key]
            assert message.finished and set(message.translations) == set(forms), (
                f"{entry.origin}: {key[1]!r} ({language}) is not merged; run tools/update_translations.py")
