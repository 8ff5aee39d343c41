"""What real specs get wrong often enough that the toolkit reads it anyway, saying so: each
quirk is generated, with one warning line naming the file and JSON pointer."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import invoke_generator

INTEGER_CODES = """\
openapi: 3.0.3
info: {title: T, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        200:
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {name: {type: string}}}
        404: {description: missing}
"""


def test_integer_response_codes_are_read_as_strings_with_a_warning_each(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(INTEGER_CODES, encoding="utf-8")
    result = invoke_generator(tmp_path, "generate", "spec.yaml", "--out", "out", "--package", "p")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "warning: spec.yaml#/paths/~1pets/get/responses/200: response code 200 should be a "
        "string; read as '200'",
        "warning: spec.yaml#/paths/~1pets/get/responses/404: response code 404 should be a "
        "string; read as '404'",
    ]
    resource = (tmp_path / "out" / "p" / "resources" / "pets.py").read_text(encoding="utf-8")
    assert "def list(" in resource and "-> PetListResponse:" in resource
    errors = (tmp_path / "out" / "p" / "_exceptions.py").read_text(encoding="utf-8")
    assert "class NotFoundError" in errors
