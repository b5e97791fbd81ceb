"""Update the translations: lupdate → merge the pending JSON → lrelease.

    uv run python tools/update_translations.py                    # the whole pipeline
    uv run python tools/update_translations.py --stub labs gui/labs/derivative_lab.py gui/labs/lab_base.py
    uv run python tools/update_translations.py --todo gui/main_window.py   # what is still untranslated

The steps:

1. ``pyside6-lupdate`` (from the venv: it ships in PySide6-Essentials) reads every ``.py`` under
   ``gui/`` and ``numerics/`` and updates ``resources/i18n/gradient_explorer_{ko,ja}.ts`` with
   ``-no-obsolete``: new source texts are added as unfinished, texts no longer in the code are
   dropped, existing translations are kept.
2. Every ``resources/i18n/pending/*.json`` is checked and merged into the ``.ts`` files (then
   lupdate runs once more, so the files keep lupdate's own layout). The plural forms of English
   are written to ``gradient_explorer_en.ts`` (every source text with ``%n``; English is the
   source language, so it needs no other entry).
3. ``pyside6-lrelease -nounfinished`` compiles each ``.ts`` into the ``.qm`` the app loads.
   The ``.qm`` files are committed: a fresh clone shows a translated UI with no build step, and
   ``tests/gui/test_translation_files.py`` checks that they match their ``.ts``.

The pending JSON format
-----------------------

One file per group of source files (``main_window.json``, ``labs.json``, ``numerics.json`` …),
UTF-8, keyed by the translation context (the class name for ``self.tr``, the literal context of
``translate``/``QT_TRANSLATE_NOOP``; ``"numerics"`` for every ``Message``), then by the English
source text exactly as in the code::

    {
      "MainWindow": {
        "&File": {"ko": "파일(&F)", "ja": "ファイル(&F)"},
        "Show or hide the %1": {"ko": "%1 표시 또는 숨기기", "ja": "%1の表示／非表示"},
        "Swarm of %n starts released": {
          "ko": "시작점 %n개의 무리를 놓았습니다",
          "ja": "%n 個の開始点の群れを放ちました",
          "en": ["Swarm of %n start released", "Swarm of %n starts released"]
        },
        "Open": {"comment": "verb, in the File menu", "ko": "열기", "ja": "開く"}
      }
    }

- ``"ko"``/``"ja"``: the translation, a string. Korean and Japanese have one plural form, so a
  ``%n`` text takes one string too (a one-element list is accepted).
- ``"en"``: only for ``%n`` texts: ``[singular, plural]`` (one string: the same for every n).
- ``"comment"``: the disambiguation (second argument of ``tr``), when the code gives one. A
  source text used with two comments: make the value a list of such objects.
- An empty string means "not translated yet" (``--stub`` writes those); the ``.ts`` keeps its
  unfinished entry. A translation must keep every placeholder of the source (``%1``…``%9``,
  ``%n``, ``{name}``/``{name:.3g}``) and, if the source has an accelerator (``&File``), have one
  (``파일(&F)``); the tool refuses the whole merge otherwise, naming the entry.
- An entry whose source text is no longer in the code is reported (the English changed: review
  the translation and move it to the new key); ``tests/gui/test_translation_files.py`` fails on it.

The JSON files stay committed: they are the reviewed record of every translation, and merging
them again changes nothing. A translation edited in Qt Linguist straight in the ``.ts`` is kept
unless a JSON entry for the same text says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "resources" / "i18n"
PENDING_DIR = I18N_DIR / "pending"
CATALOGUE = "gradient_explorer"
#: The languages lupdate writes .ts files for (English, the source, only gets its plural forms).
TS_LANGUAGES = ("ko", "ja")
ALL_LANGUAGES = ("en", *TS_LANGUAGES)
#: How many plural forms each language has (Qt's rules: English one/other; Korean, Japanese one).
PLURAL_FORMS = {"en": 2, "ko": 1, "ja": 1}
SOURCE_DIRS = ("gui", "numerics")

Key = tuple[str, str, str]  # (context, source, comment)


def ts_path(language: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str, directory: Path = I18N_DIR) -> Path:
    return directory / f"{CATALOGUE}_{language}.qm"


def source_files(root: Path = ROOT) -> list[Path]:
    """Every ``.py`` of gui/ and numerics/ (tracked or not: a new file is translated from its first line)."""
    files: list[Path] = []
    for name in SOURCE_DIRS:
        files.extend(p for p in (root / name).rglob("*.py") if "__pycache__" not in p.parts)
    return sorted(files)


# -- the Qt tools ----------------------------------------------------------------------------------

def tool_command(name: str) -> list[str]:
    """How to run ``pyside6-<name>``: the venv's script beside this Python, else one on PATH, else
    PySide6's own launcher (the wheel ships the Qt binaries and wraps them)."""
    script_dir = Path(sys.executable).parent
    for candidate in (script_dir / f"pyside6-{name}", script_dir / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    return [sys.executable, "-c", f"import sys; from PySide6.scripts.pyside_tool import {name}; "
                                  f"sys.argv[0] = 'pyside6-{name}'; sys.exit({name}())"]


def _run(command: list[str], cwd: Path) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:2])} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout + done.stderr


def run_lupdate(ts: Path, language: str, files: Sequence[Path], root: Path = ROOT) -> str:
    """Update ``ts`` from ``files`` (a list file keeps the command line short on Windows)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(os.path.relpath(f, root) for f in files) + "\n")
    try:
        return _run([*tool_command("lupdate"), f"@{lst.name}", "-ts", str(ts), "-no-obsolete",
                     "-source-language", "en", "-target-language", language, "-locations", "absolute"], root)
    finally:
        os.unlink(lst.name)


def run_lrelease(ts: Path, qm: Path) -> str:
    """Compile ``ts`` into ``qm`` (unfinished entries left out: the source text shows instead)."""
    return _run([*tool_command("lrelease"), "-nounfinished", str(ts), "-qm", str(qm)], ts.parent)


# -- reading .ts files -----------------------------------------------------------------------------

@dataclass
class TsMessage:
    """One ``<message>`` of a .ts file."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    translations: list[str] = field(default_factory=list)
    kind: str = ""  # "", "unfinished", "obsolete" or "vanished"
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return self.kind == "" and any(self.translations)


def read_ts(path: Path, root: Path = ROOT) -> list[TsMessage]:
    """The messages of ``path`` in file order; location file names are relative to ``root``."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            translation = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            if translation is None:
                texts, kind = [], "unfinished"
            elif numerus:
                texts, kind = [f.text or "" for f in translation.iter("numerusform")], translation.get("type", "")
            else:
                texts, kind = [translation.text or ""], translation.get("type", "")
            locations = [(Path(os.path.relpath((path.parent / loc.get("filename", "")).resolve(), root)).as_posix(),
                          int(loc.get("line", 0))) for loc in msg.iter("location") if loc.get("filename")]
            messages.append(TsMessage(name, msg.findtext("source") or "", msg.findtext("comment") or "", numerus,
                                      texts, kind, locations))
    return messages


# -- the pending JSON ------------------------------------------------------------------------------

_BRACE = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:[:!][^{}]*)?\}(?!\})")
_PERCENT = re.compile(r"%(?:n|L?[1-9])")
_ACCELERATOR = re.compile(r"&(?=[^&\s])")


def placeholders(text: str) -> Counter:
    """The place markers of a text: ``%1``…``%9``, ``%n``, ``{name}`` (format spec ignored)."""
    marks = Counter(m.group(0).replace("%L", "%") for m in _PERCENT.finditer(text))
    marks.update("{" + m.group(1) + "}" for m in _BRACE.finditer(text))
    return marks


def has_accelerator(text: str) -> bool:
    return bool(_ACCELERATOR.search(text.replace("&&", "")))


def translation_problems(source: str, translation: str) -> list[str]:
    """Why ``translation`` cannot stand for ``source`` (empty list: it can)."""
    problems = []
    want, got = placeholders(source), placeholders(translation)
    if set(want) != set(got):
        missing, extra = sorted(set(want) - set(got)), sorted(set(got) - set(want))
        problems.append("placeholders differ" + (f": missing {', '.join(missing)}" if missing else "")
                        + (f"; unknown {', '.join(extra)}" if extra else ""))
    if has_accelerator(source) and not has_accelerator(translation):
        problems.append("the source has an accelerator (&X); give the translation one, e.g. 파일(&F)")
    if translation != translation.strip() and source == source.strip():
        problems.append("leading or trailing white space that the source does not have")
    return problems


@dataclass
class PendingEntry:
    """The translations of one source text, from one JSON file."""

    key: Key
    forms: dict[str, list[str]]  # language → its forms (one for ko/ja; two for en)
    origin: str


class PendingError(ValueError):
    """A pending JSON file is malformed or holds a translation that would break the UI."""


def _forms(value: object, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return list(value)
    raise PendingError(f"{where}: expected a string or a list of strings, got {value!r}")


def load_pending(directory: Path = PENDING_DIR) -> dict[Key, PendingEntry]:
    """Every entry of every ``*.json`` in ``directory``; raises PendingError on the first bad one
    (with every problem found listed), so nothing is merged from a half-right file."""
    entries: dict[Key, PendingEntry] = {}
    problems: list[str] = []
    for path in sorted(directory.glob("*.json")) if directory.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise PendingError(f"{path.name}: {exc}") from None
        if not isinstance(data, dict):
            raise PendingError(f"{path.name}: expected an object of contexts")
        for context, sources in data.items():
            if not isinstance(sources, dict):
                raise PendingError(f"{path.name}: {context}: expected an object of source texts")
            for source, value in sources.items():
                for item in value if isinstance(value, list) else [value]:
                    where = f"{path.name}: {context}: {source!r}"
                    if not isinstance(item, dict):
                        raise PendingError(f"{where}: expected an object such as {{\"ko\": …, \"ja\": …}}")
                    unknown = set(item) - {"comment", *ALL_LANGUAGES}
                    if unknown:
                        raise PendingError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
                    comment = item.get("comment", "")
                    key = (context, source, comment)
                    if key in entries:
                        raise PendingError(f"{where}: given twice ({entries[key].origin} and {path.name})")
                    forms = {lang: _forms(item[lang], f"{where}: {lang}") for lang in ALL_LANGUAGES if lang in item}
                    if "en" in forms and "%n" not in source:
                        problems.append(f"{where}: en: English forms are only for %n texts")
                    for lang, texts in forms.items():
                        if len(texts) > PLURAL_FORMS[lang]:
                            problems.append(f"{where}: {lang}: {len(texts)} forms, the language has "
                                            f"{PLURAL_FORMS[lang]}")
                        for text in texts:
                            if text:
                                problems.extend(f"{where}: {lang}: {p}" for p in translation_problems(source, text))
                    entries[key] = PendingEntry(key, forms, path.name)
    if problems:
        raise PendingError("refused (nothing merged):\n  " + "\n  ".join(problems))
    return entries


def _wanted_forms(entry: PendingEntry | None, language: str, numerus: bool) -> list[str] | None:
    """The translation to write for a message, or None (keep what the .ts holds)."""
    if entry is None or language not in entry.forms:
        return None
    forms = entry.forms[language]
    if not all(forms):
        return None  # not translated yet (a stub)
    count = PLURAL_FORMS[language] if numerus else 1
    return (forms * count)[:count] if len(forms) == 1 else forms[:count]


# -- merging ---------------------------------------------------------------------------------------

@dataclass
class MergeReport:
    language: str
    merged: int = 0
    changed: int = 0


def merge_into_ts(ts: Path, language: str, pending: dict[Key, PendingEntry]) -> MergeReport:
    """Write the pending translations of ``language`` into ``ts`` (run lupdate after it: it
    rewrites the file in its own layout)."""
    tree = ET.parse(ts)
    report = MergeReport(language)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            key = (name, msg.findtext("source") or "", msg.findtext("comment") or "")
            numerus = msg.get("numerus") == "yes"
            forms = _wanted_forms(pending.get(key), language, numerus)
            if forms is None:
                continue
            translation = msg.find("translation")
            if translation is None:
                translation = ET.SubElement(msg, "translation")
            before = ([f.text or "" for f in translation.iter("numerusform")] if numerus else [translation.text or ""],
                      translation.get("type", ""))
            for child in list(translation):
                translation.remove(child)
            if numerus:
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            translation.attrib.pop("type", None)
            report.merged += 1
            report.changed += before != (forms, "")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return report


def stale_entries(pending: dict[Key, PendingEntry], messages: Iterable[TsMessage]) -> list[PendingEntry]:
    """Pending entries whose source text is no longer in the code."""
    known = {m.key for m in messages}
    return [entry for key, entry in pending.items() if key not in known]


def _xml(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def write_english_ts(path: Path, messages: Sequence[TsMessage], pending: dict[Key, PendingEntry]) -> None:
    """English needs only its plural forms: every ``%n`` text, ``[singular, plural]`` from the JSON."""
    by_context: dict[str, list[TsMessage]] = defaultdict(list)
    for msg in messages:
        if "%n" in msg.source:
            by_context[msg.context].append(msg)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="en" sourcelanguage="en">']
    for context, msgs in by_context.items():
        lines += ["<context>", f"    <name>{_xml(context)}</name>"]
        for msg in msgs:
            forms = _wanted_forms(pending.get(msg.key), "en", True)
            lines.append('    <message numerus="yes">')
            lines.append(f"        <source>{_xml(msg.source)}</source>")
            if msg.comment:
                lines.append(f"        <comment>{_xml(msg.comment)}</comment>")
            lines.append("        <translation>" if forms else '        <translation type="unfinished">')
            lines += [f"            <numerusform>{_xml(f)}</numerusform>" for f in (forms or [""] * PLURAL_FORMS["en"])]
            lines += ["        </translation>", "    </message>"]
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- the pipeline ----------------------------------------------------------------------------------

def update(directory: Path = I18N_DIR, pending_dir: Path = PENDING_DIR, root: Path = ROOT,
           quiet: bool = False) -> dict[str, list[TsMessage]]:
    """The whole pipeline into ``directory``; returns each language's messages afterwards."""
    say = (lambda *a: None) if quiet else print
    pending = load_pending(pending_dir)  # refuse bad JSON before touching any file
    files = source_files(root)
    directory.mkdir(parents=True, exist_ok=True)
    result: dict[str, list[TsMessage]] = {}
    for language in TS_LANGUAGES:
        ts = ts_path(language, directory)
        run_lupdate(ts, language, files, root)
        report = merge_into_ts(ts, language, pending)
        run_lupdate(ts, language, files, root)  # back to lupdate's own layout
        result[language] = read_ts(ts, root)
        say(f"{ts.name}: {report.merged} from pending JSON ({report.changed} new or changed)")
    write_english_ts(ts_path("en", directory), result[TS_LANGUAGES[0]], pending)
    result["en"] = read_ts(ts_path("en", directory), root)
    for language in ALL_LANGUAGES:
        run_lrelease(ts_path(language, directory), qm_path(language, directory))
    for entry in stale_entries(pending, result[TS_LANGUAGES[0]]):
        say(f"warning: {entry.origin}: {entry.key[0]}: {entry.key[1]!r} is no longer in the code "
            "(did its English change? move the translation to the new text)")
    for language in ALL_LANGUAGES:
        msgs = result[language]
        open_count = sum(not m.finished for m in msgs)
        say(f"{language}: {len(msgs) - open_count} of {len(msgs)} translated, {open_count} unfinished")
    return result


def unfinished_by_file(by_language: dict[str, Sequence[TsMessage]],
                       languages: Sequence[str] = TS_LANGUAGES) -> dict[str, list[TsMessage]]:
    """The messages still unfinished in any of ``languages``, grouped by the source file they come
    from (their first location)."""
    done = [{m.key for m in by_language[lang] if m.finished} for lang in languages]
    grouped: dict[str, list[TsMessage]] = defaultdict(list)
    for msg in by_language[languages[0]]:
        if not all(msg.key in d for d in done):
            grouped[msg.locations[0][0] if msg.locations else "?"].append(msg)
    return dict(sorted(grouped.items()))


def write_stub(group: str, files: Sequence[str], directory: Path = I18N_DIR, pending_dir: Path = PENDING_DIR,
               root: Path = ROOT) -> int:
    """Add every untranslated text of ``files`` to ``pending/<group>.json`` with empty translations
    (entries already there are kept); returns how many were added."""
    wanted = {Path(os.path.normpath(f)).as_posix() for f in files}
    messages = read_ts(ts_path(TS_LANGUAGES[0], directory), root)
    others = {lang: {m.key: m for m in read_ts(ts_path(lang, directory), root)} for lang in TS_LANGUAGES[1:]}
    path = pending_dir / f"{group}.json"
    data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    pending = load_pending(pending_dir)
    added = 0
    for msg in messages:
        if not any(f in wanted for f, _ in msg.locations) or msg.key in pending:
            continue
        if msg.finished and all(o.get(msg.key) is not None and o[msg.key].finished for o in others.values()):
            continue
        item: dict[str, object] = {"comment": msg.comment} if msg.comment else {}
        item.update({lang: "" for lang in TS_LANGUAGES})
        if "%n" in msg.source:
            item["en"] = ["", ""]
        sources = data.setdefault(msg.context, {})
        if msg.source in sources:  # the same text with another comment: a list of objects
            existing = sources[msg.source]
            sources[msg.source] = [*(existing if isinstance(existing, list) else [existing]), item]
        else:
            sources[msg.source] = item
        added += 1
    pending_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return added


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stub", nargs="+", metavar=("GROUP", "FILE"),
                        help="add the untranslated texts of FILEs to pending/GROUP.json (after updating the .ts files)")
    parser.add_argument("--todo", nargs="*", metavar="FILE",
                        help="list the untranslated texts (of FILEs, or of every file), by file")
    args = parser.parse_args(argv)
    try:
        result = update(quiet=args.todo is not None)
    except PendingError as exc:
        print(f"update_translations: {exc}", file=sys.stderr)
        return 1
    if args.stub:
        if len(args.stub) < 2:
            parser.error("--stub needs a group name and at least one file")
        added = write_stub(args.stub[0], args.stub[1:])
        print(f"pending/{args.stub[0]}.json: {added} untranslated text(s) added; fill them in and run this again")
    if args.todo is not None:
        wanted = {os.path.normpath(f) for f in args.todo}
        for file, msgs in unfinished_by_file(result).items():
            if wanted and os.path.normpath(file) not in wanted:
                continue
            print(f"{file}: {len(msgs)}")
            for msg in msgs:
                print(f"    [{msg.context}] {msg.source!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
