"""``specgen update``: vendor a new version of a target's spec, and release the package for it.

The new spec replaces the vendored one byte for byte (it is never edited: local adjustments live
in the overlay), with every file its ``$ref``s pull in beside it, where it expects them; a file
there that the current spec does not use is never overwritten. The semantic diff decides the
new version of the generated package (major when the SDK or the wire breaks, minor when
anything else changed, patch when nothing did), the changelog gets the diff as its newest
entry, and the target is regenerated exactly as ``specgen generate`` does, so ``specgen check``
passes afterwards.

Nothing is written until both specs have loaded and the diff is known; then the spec files,
overlay, ``pyproject.toml``, changelog and regenerated package change in one journaled step
(``journal.Transaction``): an error or a signal puts back what was written, and a kill leaves the
next command to undo it, or to complete it once everything was written.
"""

from __future__ import annotations

import datetime
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.config import Target, find_target, load_targets
from generator.diff import Report, compare
from generator.diff.report import render_report
from generator.errors import SpecError
from generator.model.listing import NOTHING_SHIPPED, read_listing_file, shipped
from generator.project.journal import Transaction
from generator.project.output import check_replaceable, fill, writing_errors
from generator.project.pipeline import generate_files
from generator.project.pyproject import set_version
from generator.project.vendor import spec_files
from generator.spec.follow import Followed, follow_overlay
from generator.spec.load import load_spec_document, parse_text, read_document, spec_of

Echo = Callable[[str], None]

_VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")


@dataclass(frozen=True)
class Outcome:
    changed: bool
    old_version: str
    new_version: str
    report: Report | None


def update(
    project: Path,
    new_spec: Path,
    target_name: str | None,
    day: datetime.date,
    echo: Echo,
    color: bool = False,
    fresh_names: bool = False,
) -> Outcome:
    """Vendor ``new_spec`` for a target, follow its overlay, bump its version, add a changelog
    entry, regenerate. The SDK verdict compares the committed API listing (what was shipped)
    with what the new spec generates; names shipped are kept unless ``fresh_names``."""
    target = _choose(load_targets(project), target_name, project, new_spec)
    # A spec in several files is vendored whole, each file where the main one expects it.
    copies = spec_files(new_spec).destinations(target.spec)
    current = spec_files(target.spec).destinations(target.spec)
    unchanged = all(_snapshot(to) == _read(source) for to, source in copies.items())
    for destination in copies:
        if destination.exists() and destination not in current:
            raise SpecError(
                str(destination),
                "",
                f"not overwritten: {_shown(target.spec, project)} does not use it",
            )

    # Each spec is read once: the overlay is followed from one to the other on what was read.
    old_document = load_spec_document(target.spec, read_document)
    new_document = load_spec_document(new_spec, read_document)
    overlay = read_document(target.overlay) if target.overlay is not None else None
    old = spec_of(old_document, target.spec, target.overlay, overlay)
    followed = _follow(target, old_document, new_document)
    if followed.text is not None:
        overlay = parse_text(followed.text, str(target.overlay))
    new = spec_of(new_document, new_spec, target.overlay, overlay)
    # What the committed package ships: the old side of the SDK verdict, and the names to keep.
    listed = read_listing_file(target.out)
    kept = NOTHING_SHIPPED if fresh_names or listed is None else shipped(listed)
    report = compare(old, new, target, kept, listed)
    if unchanged and not report.sdk:
        # An overlay edit or a new generator that changes the SDK is released like a new spec.
        shown = _shown(target.spec, project)
        echo(
            f"{shown} is already {new_spec} byte for byte and the SDK is unchanged: nothing to do."
        )
        return Outcome(False, target.version, target.version, None)
    version = next_version(target.version, report, project)
    pyproject = project / "pyproject.toml"
    pyproject_text = pyproject.read_bytes().decode("utf-8")
    edited = set_version(pyproject_text, target.name, version, str(pyproject))

    # Every file's new text is known before anything is written; the regenerated package
    # needs them in place, so they are swapped in first, then the package; all in one
    # journaled step that an error, a signal or a kill leaves undone or (once committed) done.
    contents = {to: _read(source) for to, source in copies.items()}
    if target.overlay is not None and followed.text is not None:
        contents[target.overlay] = followed.text.encode("utf-8")
    contents[pyproject] = edited.encode("utf-8")
    if target.changelog is not None:
        entry = changelog_entry(report, version, day, old.document, new.document)
        entry += _overlay_paragraph(followed)
        previous = _snapshot(target.changelog) or b""
        contents[target.changelog] = entry.encode("utf-8") + b"\n" + previous
    check_replaceable(target.out)
    with writing_errors(project), Transaction(project, [*contents, target.out]) as step:
        for path, content in contents.items():
            _put(step, path, content)
        if target.overlay is not None and followed.text is not None:
            for note in followed.notes:
                echo(f"{_shown(target.overlay, project)}: {note}")
        for unused in sorted(current.keys() - copies.keys()):
            echo(f"{_shown(unused, project)} is no longer used by the spec (left in place)")
        old_label = f"{_shown(target.spec, project)} ({_api_version(old.document)})"
        new_label = f"{new_spec} ({_api_version(new.document)})"
        echo(render_report(report, "text", old_label, new_label, color))
        echo(f"{target.name}: version {target.version} -> {version}")
        if target.changelog is not None:
            echo(f"added the {version} entry to {_shown(target.changelog, project)}")
        else:
            echo(f"{target.name} has no changelog file configured: no entry written")
        # The same path as `specgen generate`, from the configuration as it now is.
        regenerated = _choose(load_targets(project), target.name, project)
        files = generate_files(regenerated, fresh_names=fresh_names)
        fill(step.staged(target.out), files, target.out)
        step.commit()
    echo(f"generated {regenerated.out} ({len(files)} files)")
    return Outcome(True, target.version, version, report)


def _put(step: Transaction, path: Path, content: bytes) -> None:
    """Stage ``content`` for ``path`` (with its mode) and swap it in at once."""
    staged = step.staged(path)
    try:
        staged.write_bytes(content)
        if path.exists():
            shutil.copymode(path, staged)
    except OSError as error:
        raise SpecError(str(path), "", f"cannot write: {error.strerror or error}") from None
    step.apply(path)


def _follow(target: Target, old_document: dict[str, Any], new_document: dict[str, Any]) -> Followed:
    """Follow each overlay action to the same place in the new spec (see ``follow``); every
    action that cannot be followed is one line of the error."""
    if target.overlay is None:
        return Followed(None, ())
    text = _read(target.overlay).decode("utf-8")
    return follow_overlay(old_document, text, str(target.overlay), new_document)


def _overlay_paragraph(followed: Followed) -> str:
    """What following the overlay did, for the changelog (each note was printed already)."""
    parts = [
        f"{count} {what}"
        for count, what in (
            (followed.retargeted, "action(s) re-targeted"),
            (followed.references, "`$ref`(s) in its schemas rewritten"),
            (followed.redundant, "action(s) now redundant"),
        )
        if count
    ]
    if not parts:
        return ""
    return f"\nThe overlay followed the spec to its new layout: {', '.join(parts)}.\n"


def next_version(version: str, report: Report, project: Path | None = None) -> str:
    """Major when the SDK or the wire breaks, minor when anything else changed, else patch."""
    match = _VERSION.fullmatch(version)
    if match is None:
        where = str(project / "pyproject.toml") if project else "pyproject.toml"
        raise SpecError(where, "", f"version {version!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in match.groups())
    if report.sdk_breaking or report.wire_breaking:
        return f"{major + 1}.0.0"
    if report.wire or report.sdk:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def changelog_entry(
    report: Report,
    version: str,
    day: datetime.date,
    old_document: dict[str, Any],
    new_document: dict[str, Any],
) -> str:
    """``## VERSION (DATE)``, the spec's new ``info.version`` if it changed, and what changed,
    as a maintainer would write it (``generator.project.changelog``)."""
    from generator.project import changelog

    return changelog.changelog_entry(
        report,
        version,
        day,
        _api_version(old_document),
        _api_version(new_document),
        old_document,
        new_document,
    )


def _api_version(document: dict[str, Any]) -> str:
    info = document.get("info")
    version = info.get("version") if isinstance(info, dict) else None
    return f"version {version}" if isinstance(version, str | int | float) else "unversioned"


def _choose(
    targets: list[Target], name: str | None, project: Path, new_spec: Path | None = None
) -> Target:
    if name is None:
        if len(targets) == 1:
            return targets[0]
        # A new version of specs/claude.json is usually called claude.json too.
        same_name = [t for t in targets if new_spec is not None and t.spec.name == new_spec.name]
        if len(same_name) == 1:
            return same_name[0]
        names = ", ".join(t.name for t in targets)
        raise SpecError(
            str(project / "pyproject.toml"), "", f"several targets ({names}): choose one, --target"
        )
    return find_target(targets, name, project)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise SpecError(str(path), "", "file not found") from None
    except OSError as error:
        raise SpecError(str(path), "", f"cannot read file: {error.strerror or error}") from None


def _snapshot(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _shown(path: Path, project: Path) -> str:
    """A path as the user thinks of it: relative to the project when inside it."""
    try:
        return str(path.relative_to(project))
    except ValueError:
        return str(path)
