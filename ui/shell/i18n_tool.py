"""Keeping the translation files up to date (python -m ui.shell.i18n_tool update | missing | fill FILE.json)."""

import argparse
import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from ui.shell import i18n
from ui.shell.i18n import TRANSLATED, qm_path, ts_path

ROOT = Path(__file__).resolve().parents[2]


def qt_tool(name: str) -> str:
    """lupdate / lrelease as shipped inside the PySide6 wheel."""
    path = Path(PySide6.__file__).parent / name
    if not path.exists():
        raise FileNotFoundError(f"{path}: not found; is PySide6 (with its tools) installed?")
    return str(path)


def app_sources() -> list[str]:
    """The plain-Python modules of app/ that mark texts for translation (the brief's words, messages)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py")
                  if "QT_TRANSLATE_NOOP(\"" in p.read_text(encoding="utf-8"))


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py")) + app_sources()


def run_lupdate(ts_file: Path, language: str) -> None:
    plural_only = ["-pluralonly"] if language == "en" else []
    subprocess.run([qt_tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", *plural_only,
                    *source_files(), "-ts", str(ts_file)], cwd=ROOT, check=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], cwd=ROOT, check=True)


def _numerus_forms(ts_file: Path) -> dict[tuple[str, str], list[str]]:
    """The plural forms already translated in a .ts file, by (context, source)."""
    if not ts_file.exists():
        return {}
    out = {}
    for context, source, message in messages(ET.parse(ts_file)):
        if message.get("numerus") == "yes":
            out[(context, source)] = [f.text or "" for f in message.find("translation").iter("numerusform")]
    return out


def _keep_plurals(ts_file: Path, known: dict[tuple[str, str], list[str]]) -> None:
    """Mark every "%n" message as plural and put back its forms.

    PySide 6.11's lupdate does not see the count in QCoreApplication.translate(ctx, text, "", n)
    and merges such messages as singular, dropping their plural forms; Qt still reads plural
    forms from the .qm at run time, so the tool restores them after every lupdate run."""
    tree = ET.parse(ts_file)
    for context, source, message in messages(tree):
        if "%n" not in (source or "") or message.get("numerus") == "yes":
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        forms = known.get((context, source))
        text = translation.text
        translation.text = None
        if forms and all(f.strip() for f in forms):
            translation.attrib.pop("type", None)
        else:
            translation.set("type", "unfinished")
            forms = [text or ""] if text and text.strip() else [""]
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    _write_ts(tree, ts_file)


def _add_missing_plurals(target: Path, reference: Path) -> None:
    """Give the English file every plural message the reference file has.

    English needs only plural forms (-pluralonly), and 6.11's lupdate finds only the tr() ones."""
    tree = ET.parse(target)
    have = {(c, s) for c, s, _ in messages(tree)}
    contexts = {c.findtext("name"): c for c in tree.getroot().iter("context")}
    for context, source, _message in messages(ET.parse(reference)):
        if "%n" not in (source or "") or (context, source) in have:
            continue
        node = contexts.get(context)
        if node is None:
            node = contexts[context] = ET.SubElement(tree.getroot(), "context")
            ET.SubElement(node, "name").text = context
        message = ET.SubElement(node, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = ""
    _write_ts(tree, target)


def update() -> None:
    for language in TRANSLATED:
        if not ts_path(language).exists():
            ts_path(language).write_text(
                f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}"></TS>\n', encoding="utf-8")
    for language in sorted(TRANSLATED, key=lambda code: code == "en"):  # English last: it copies ru's plurals
        known = _numerus_forms(ts_path(language))
        run_lupdate(ts_path(language), language)
        if language == "en":
            _add_missing_plurals(ts_path("en"), ts_path("ru"))
        _keep_plurals(ts_path(language), known)
        run_lrelease(ts_path(language), qm_path(language))


def messages(tree: ET.ElementTree):
    """(context, source, message element) for every message of a parsed .ts file."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    out = []
    for context, source, message in messages(ET.parse(ts_file)):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] if message.get("numerus") == "yes" \
            else [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(f and f.strip() for f in forms):
            out.append((context, source))
    return out


def fill(mapping: dict) -> None:
    """Write translations into the .ts files from {language: {context: {source: text or [forms]}}}."""
    for language, contexts in mapping.items():
        tree = ET.parse(ts_path(language))
        for context, source, message in messages(tree):
            text = contexts.get(context, {}).get(source)
            if text is None:
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in (text if isinstance(text, list) else [text]):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
        _write_ts(tree, ts_path(language))
        run_lrelease(ts_path(language), qm_path(language))


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.shell.i18n_tool", description=i18n.__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "missing", "fill"))
    parser.add_argument("file", nargs="?", help="for fill: the JSON file of translations")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    if args.command == "fill":
        if not args.file:
            parser.error("fill needs FILE.json")
        fill(json.loads(Path(args.file).read_text(encoding="utf-8")))
    missing = {language: unfinished(ts_path(language)) for language in TRANSLATED}
    for language, items in missing.items():
        for context, source in items:
            print(f"{language}\t{context}\t{source!r}")
    return 1 if args.command == "missing" and any(missing.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
