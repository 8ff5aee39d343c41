"""Generation targets: which spec becomes which package, read from ``[tool.specgen]``."""

from __future__ import annotations

import keyword
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from generator.errors import SpecError

DEFAULT_API_KEY_ENV = "ACEDATACLOUD_API_TOKEN"


@dataclass(frozen=True)
class Target:
    name: str
    spec: Path
    overlay: Path | None
    package: str  # import name
    distribution: str  # pip name
    out: Path
    version: str = "0.1.0"  # of the generated package
    api_key_env: str = DEFAULT_API_KEY_ENV
    base_url_env: str = ""
    # Release notes of the generated package (Markdown entries, newest first), rendered into
    # its CHANGELOG.md; ``specgen update`` prepends an entry.
    changelog: Path | None = None

    @property
    def resolved_base_url_env(self) -> str:
        return self.base_url_env or f"{self.package.upper()}_BASE_URL"


def load_targets(project: Path) -> list[Target]:
    """The targets of the project whose ``pyproject.toml`` is in ``project``."""
    file = project / "pyproject.toml"
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpecError(str(file), "", "file not found") from None
    except tomllib.TOMLDecodeError as error:
        raise SpecError(str(file), "", f"invalid TOML: {error}") from None
    entries = data.get("tool", {}).get("specgen", {}).get("targets", [])
    if not entries:
        raise SpecError(str(file), "/tool/specgen/targets", "no generation targets configured")
    targets = []
    for index, entry in enumerate(entries):
        where = f"/tool/specgen/targets/{index}"
        problem = package_problem(entry["package"]) if "package" in entry else None
        if problem is not None:
            raise SpecError(str(file), f"{where}/package", problem)
        try:
            targets.append(
                Target(
                    name=entry["name"],
                    spec=project / entry["spec"],
                    overlay=project / entry["overlay"] if entry.get("overlay") else None,
                    package=entry["package"],
                    distribution=entry.get("distribution", entry["package"].replace("_", "-")),
                    out=project / entry["out"],
                    version=entry.get("version", "0.1.0"),
                    api_key_env=entry.get("api_key_env", DEFAULT_API_KEY_ENV),
                    base_url_env=entry.get("base_url_env", ""),
                    changelog=project / entry["changelog"] if entry.get("changelog") else None,
                )
            )
        except KeyError as error:
            raise SpecError(str(file), where, f"missing key {error.args[0]!r}") from None
    # What each output folder would hold first: an out of "." overlaps every other one too.
    for check in (out_problem, _overlap):
        for index, target in enumerate(targets):
            problem = check(target, targets, project)
            if problem is not None:
                where = f"/tool/specgen/targets/{index}/out"
                raise SpecError(str(file), where, f"out {str(target.out)!r} {problem}")
    return targets


def package_problem(package: object) -> str | None:
    """Why ``package`` cannot name a generated package (it names a folder too), if it cannot."""
    if not isinstance(package, str) or not package.isidentifier():
        return f"package {package!r} is not a Python identifier (letters, digits and _)"
    if keyword.iskeyword(package):
        return f"package {package!r} is a Python keyword"
    if len(package.encode("utf-8")) > 200:
        return "the package name is longer than 200 bytes"
    return None


def out_problem(target: Target, targets: list[Target], project: Path | None) -> str | None:
    """Why ``target.out`` cannot be an output folder (a phrase: "holds ..."), if it cannot:
    replacing it would replace the project, its vendored specs, an input or another output."""
    out = _absolute(target.out)
    if project is not None:
        root = _absolute(project)
        if _within(root, out):
            return "holds the project folder"
        if _within(out, root / "specs"):
            return "is in specs/, the vendored specs"
    for other in targets:
        for path in (other.spec, other.overlay, other.changelog):
            if path is not None and _within(_absolute(path), out):
                return f"holds {path}, an input"
    return None


def _overlap(target: Target, targets: list[Target], project: Path | None) -> str | None:
    """The outer of two nested output folders is the one at fault."""
    out = _absolute(target.out)
    for other in targets:
        if other is not target and _within(_absolute(other.out), out):
            return f"holds the out of target {other.name!r}"
    return None


def _absolute(path: Path) -> Path:
    """``path`` made absolute, symbolic links followed, ``..`` resolved."""
    return Path(os.path.realpath(path))


def _within(path: Path, folder: Path) -> bool:
    """``path`` is ``folder`` or inside it."""
    return path == folder or folder in path.parents


def find_target(targets: list[Target], name: str, project: Path) -> Target:
    for target in targets:
        if target.name == name:
            return target
    names = ", ".join(target.name for target in targets)
    raise SpecError(
        str(project / "pyproject.toml"),
        "/tool/specgen/targets",
        f"no target {name!r} (targets: {names})",
    )
