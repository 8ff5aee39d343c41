"""Generation targets: which spec becomes which package, read from ``[tool.specgen]``."""

from __future__ import annotations

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
    return targets


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
