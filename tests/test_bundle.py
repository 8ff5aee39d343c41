"""``$ref`` to other local files: bundled into one document before the overlay and validation.

The fixture ``tests/fixtures/multifile/`` spreads a spec over YAML and JSON files (schemas,
parameters, responses, a request body, a path item, a whole-file schema, files referring back);
it must generate a client whose own tests pass. Bad references go through the command line: one
``error: FILE#/pointer: message`` line, exit 2, nothing written; URLs are never fetched.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecError
from generator.spec import bundle as bundle_module
from generator.spec.bundle import bundle
from generator.spec.load import load_spec, read_document
from generator.spec.refs import Resolver
from tests.helpers import ROOT, generate_and_test, invoke_generator, run_generator
from tests.test_bad_input import EXIT_BAD_INPUT, parse_error_line, snapshot

MULTIFILE = ROOT / "tests" / "fixtures" / "multifile"
MAIN = MULTIFILE / "api.yaml"

BILLION_LAUGHS = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n" for n in range(1, 10)
)


def refs_in(node: Any) -> list[str]:
    """Every ``$ref`` string in a document."""
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [ref for value in node.values() for ref in refs_in(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in refs_in(value)]
    return []


def main_spec(schema: dict[str, Any], **components: Any) -> str:
    """A one-operation spec (as JSON, which is YAML too) whose 200 response has ``schema``."""
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "getThing",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": schema}},
                        }
                    },
                }
            }
        },
    }
    if components:
        document["components"] = components
    return json.dumps(document, indent=2)


def write_tree(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def class_body(models: str, name: str) -> str:
    """The source of one generated class, up to the next top-level statement."""
    match = re.search(rf"^class {name}\(.*?(?=^\S)", models + "\nEND", re.MULTILINE | re.DOTALL)
    assert match is not None, name
    return match.group(0)


def bundled(tmp_path: Path, files: dict[str, str], main: str = "api.yaml") -> dict[str, Any]:
    write_tree(tmp_path, files)
    return load_spec(tmp_path / main).document


# -- the fixture: a working client ------------------------------------------------------------


def test_multifile_spec_generates_a_working_client(tmp_path: Path) -> None:
    out, summary = generate_and_test(tmp_path, MAIN, "multipets")
    models = (out / "multipets" / "models.py").read_text()
    classes = set(re.findall(r"^class (\w+)\(", models, re.MULTILINE))
    # From the whole file, its own definitions, the people file, the schemas file, the
    # responses file and the JSON file; Status is one type although two files define it.
    assert {"Pet", "Tag", "Person", "NewPet", "Category", "Problem", "CommonError"} <= classes
    assert "Status" in models and "CommonStatus" not in models
    # Recursive across files (Pet -> Person -> Pet) and within one (Category -> Category).
    assert "    owner: Person | None" in class_body(models, "Pet")
    assert "    pets: list[Pet] | None" in class_body(models, "Person")
    assert "    parent: Category | None" in class_body(models, "Category")
    resources = (out / "multipets" / "resources" / "pets.py").read_text()
    assert "limit: int" in resources and "pet_id: str" in resources  # both parameters files
    assert "passed" in summary and "failed" not in summary


def test_fixture_bundles_into_one_document() -> None:
    document = load_spec(MAIN).document
    assert all(ref.startswith("#/") for ref in refs_in(document)), refs_in(document)
    components = document["components"]
    assert sorted(components["schemas"]) == [
        "Category", "CommonError", "Error", "NewPet", "Person", "Pet", "Problem", "Status", "Tag",
    ]  # fmt: skip
    assert sorted(components["parameters"]) == ["Limit", "PetId"]
    assert sorted(components["responses"]) == ["Error", "NotFound"]
    assert sorted(components["requestBodies"]) == ["NewPetBody"]
    # The main spec's "Pet: {$ref: schemas/pet.yaml}" took the file's content; the file's own
    # definitions became entries of their own and left nothing behind.
    pet = components["schemas"]["Pet"]
    assert pet["properties"]["tags"]["items"] == {"$ref": "#/components/schemas/Tag"}
    assert pet["properties"]["status"] == {"$ref": "#/components/schemas/Status"}
    assert "definitions" not in pet
    # "#/..." inside responses.yaml and common.json meant those files, not the main spec.
    not_found = components["responses"]["NotFound"]["content"]["application/json"]["schema"]
    assert not_found == {"$ref": "#/components/schemas/Problem"}
    error = components["responses"]["Error"]["content"]["application/json"]["schema"]
    assert error == {"$ref": "#/components/schemas/CommonError"}
    # The path item is copied in place; its references were relative to paths/.
    item = document["paths"]["/pets/{pet_id}"]
    assert item["parameters"] == [{"$ref": "#/components/parameters/PetId"}]
    schema = item["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Pet"}


def test_bundling_is_deterministic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Generated code is byte-identical across runs, whatever the hash seed."""
    outputs = []
    for seed in ("1", "2"):
        monkeypatch.setenv("PYTHONHASHSEED", seed)
        cwd = tmp_path / seed
        cwd.mkdir()
        result = invoke_generator(cwd, "generate", str(MAIN), "--out", "out", "--package", "p")
        assert result.returncode == 0, result.stderr
        outputs.append(snapshot(cwd / "out"))
    assert outputs[0] == outputs[1]


def test_names_do_not_depend_on_key_order(tmp_path: Path) -> None:
    """The same files with the main spec's paths and components in reverse order bundle to the
    same components."""
    folder = tmp_path / "multifile"
    shutil.copytree(MULTIFILE, folder)
    document = read_document(MAIN)
    document["paths"] = dict(reversed(document["paths"].items()))
    document["components"]["schemas"] = dict(reversed(document["components"]["schemas"].items()))
    (folder / "reversed.yaml").write_text(json.dumps(document), encoding="utf-8")
    reordered = load_spec(folder / "reversed.yaml").document["components"]
    original = load_spec(MAIN).document["components"]
    assert json.dumps(reordered, sort_keys=True) == json.dumps(original, sort_keys=True)


# -- placement and names --------------------------------------------------------------------

ERROR_A = {"type": "object", "properties": {"a": {"type": "string"}}}
ERROR_B = {"type": "object", "properties": {"b": {"type": "string"}}}


def components_file(**schemas: Any) -> str:
    return json.dumps({"components": {"schemas": schemas}})


def test_a_taken_name_gets_the_file_name_in_front(tmp_path: Path) -> None:
    union = {"oneOf": [{"$ref": "one/common.yaml#/components/schemas/Error"}]}
    union["oneOf"].append({"$ref": "two/common.yaml#/components/schemas/Error"})
    files = {
        "api.yaml": main_spec(union, schemas={"Error": {"type": "string"}}),
        "one/common.yaml": components_file(Error=ERROR_A),
        "two/common.yaml": components_file(Error=ERROR_B),
    }
    document = bundled(tmp_path, files)
    schemas = document["components"]["schemas"]
    assert schemas["Error"] == {"type": "string"}
    assert schemas["CommonError"] == ERROR_A  # one/ sorts first
    assert schemas["TwoCommonError"] == ERROR_B
    variants = document["paths"]["/things"]["get"]["responses"]["200"]["content"]
    assert variants["application/json"]["schema"]["oneOf"] == [
        {"$ref": "#/components/schemas/CommonError"},
        {"$ref": "#/components/schemas/TwoCommonError"},
    ]


def test_identical_content_shares_one_entry(tmp_path: Path) -> None:
    union = {"oneOf": [{"$ref": "one/common.yaml#/components/schemas/Error"}]}
    union["oneOf"].append({"$ref": "two/common.yaml#/components/schemas/Error"})
    union["oneOf"].append({"$ref": "main-copy.yaml#/Error"})
    files = {
        "api.yaml": main_spec(union, schemas={"Error": ERROR_B}),
        "one/common.yaml": components_file(Error=ERROR_A),
        "two/common.yaml": components_file(Error=ERROR_A),
        "main-copy.yaml": json.dumps({"Error": ERROR_B}),
    }
    document = bundled(tmp_path, files)
    assert sorted(document["components"]["schemas"]) == ["CommonError", "Error"]
    schema = document["paths"]["/things"]["get"]["responses"]["200"]["content"]
    assert schema["application/json"]["schema"]["oneOf"] == [
        {"$ref": "#/components/schemas/CommonError"},
        {"$ref": "#/components/schemas/CommonError"},
        {"$ref": "#/components/schemas/Error"},
    ]


def test_references_are_relative_to_their_own_file(tmp_path: Path) -> None:
    """A chain through nested folders, each file's "#" meaning itself."""
    files = {
        "api.yaml": main_spec({"$ref": "dir1/a.yaml#/A"}),
        "dir1/a.yaml": json.dumps(
            {"A": {"type": "object", "properties": {"b": {"$ref": "./dir2/b.yaml#/B"}}}}
        ),
        "dir1/dir2/b.yaml": json.dumps(
            {
                "B": {"type": "object", "properties": {"c": {"$ref": "#/$defs/C"}}},
                "$defs": {"C": {"type": "object", "properties": {"d": {"$ref": "../../d.yaml"}}}},
            }
        ),
        "d.yaml": json.dumps({"type": "integer"}),
    }
    schemas = bundled(tmp_path, files)["components"]["schemas"]
    assert schemas["A"]["properties"]["b"] == {"$ref": "#/components/schemas/B"}
    assert schemas["B"]["properties"]["c"] == {"$ref": "#/components/schemas/C"}
    assert schemas["C"]["properties"]["d"] == {"$ref": "#/components/schemas/D"}
    assert schemas["D"] == {"type": "integer"}


def test_a_cycle_across_files_is_a_recursive_component(tmp_path: Path) -> None:
    files = {
        "api.yaml": main_spec({"$ref": "a.yaml"}),
        "a.yaml": json.dumps({"type": "object", "properties": {"b": {"$ref": "b.yaml"}}}),
        "b.yaml": json.dumps({"type": "object", "properties": {"a": {"$ref": "a.yaml#"}}}),
    }
    schemas = bundled(tmp_path, files)["components"]["schemas"]
    assert schemas["A"]["properties"]["b"] == {"$ref": "#/components/schemas/B"}
    assert schemas["B"]["properties"]["a"] == {"$ref": "#/components/schemas/A"}


def test_a_pointer_inside_a_copied_target_points_into_its_copy(tmp_path: Path) -> None:
    inner = {"$ref": "pet.yaml#/properties/name"}
    union = {"oneOf": [{"$ref": "pet.yaml"}, inner]}
    files = {
        "api.yaml": main_spec(union),
        "pet.yaml": json.dumps({"type": "object", "properties": {"name": {"type": "string"}}}),
    }
    document = bundled(tmp_path, files)
    assert list(document["components"]["schemas"]) == ["Pet"]
    schema = document["paths"]["/things"]["get"]["responses"]["200"]["content"]
    assert schema["application/json"]["schema"]["oneOf"][1] == {
        "$ref": "#/components/schemas/Pet/properties/name"
    }


def test_escaped_and_percent_encoded_references(tmp_path: Path) -> None:
    files = {
        "api.yaml": main_spec({"$ref": "my%20defs.yaml#/pet~1kind%20x"}),
        "my defs.yaml": json.dumps({"pet/kind x": {"type": "string", "enum": ["a", "b"]}}),
    }
    schemas = bundled(tmp_path, files)["components"]["schemas"]
    assert schemas == {"PetKindX": {"type": "string", "enum": ["a", "b"]}}


def test_discriminator_mapping_and_ref_siblings(tmp_path: Path) -> None:
    cat = {"type": "object", "properties": {"kind": {"const": "cat"}}}
    schema = {
        "oneOf": [{"$ref": "cat.yaml", "description": "A cat"}],
        "discriminator": {"propertyName": "kind", "mapping": {"cat": "./cat.yaml", "x": "Cat"}},
    }
    files = {"api.yaml": main_spec(schema), "cat.yaml": json.dumps(cat)}
    document = bundled(tmp_path, files)
    content = document["paths"]["/things"]["get"]["responses"]["200"]["content"]
    rewritten = content["application/json"]["schema"]
    assert rewritten["oneOf"] == [{"$ref": "#/components/schemas/Cat", "description": "A cat"}]
    assert rewritten["discriminator"]["mapping"] == {"cat": "#/components/schemas/Cat", "x": "Cat"}


def test_the_overlay_applies_after_bundling(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: 1.0.0}\nactions:\n"
        "  - target: $.components.schemas.Pet\n    update: {description: From the overlay}\n"
    )
    write_tree(tmp_path, {"api.yaml": main_spec({"$ref": "pet.yaml"})})
    write_tree(tmp_path, {"pet.yaml": json.dumps({"type": "object"})})
    document = load_spec(tmp_path / "api.yaml", overlay).document
    assert document["components"]["schemas"]["Pet"]["description"] == "From the overlay"


def test_a_spec_without_other_files_is_left_as_it_is(tmp_path: Path) -> None:
    document = json.loads(main_spec({"$ref": "#/components/schemas/X"}, schemas={"X": {}}))
    assert bundle(document, tmp_path / "api.yaml", read_document) is document


def test_too_many_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_module, "MAX_FILES", 2)
    chain = {f"f{n}.yaml": json.dumps({"$ref": f"f{n + 1}.yaml"}) for n in range(3)}
    write_tree(tmp_path, {"api.yaml": main_spec({"$ref": "f0.yaml"}), **chain})
    write_tree(tmp_path, {"f3.yaml": json.dumps({"type": "string"})})
    with pytest.raises(SpecError) as raised:
        load_spec(tmp_path / "api.yaml")
    # Two other files are read (f0, f1); f1's reference to a third is refused.
    assert Path(raised.value.file).name == "f1.yaml" and raised.value.pointer == "/$ref"
    assert "more than 2 files" in raised.value.message


def test_refs_still_names_urls_remote() -> None:
    resolver = Resolver({}, "spec.json")
    with pytest.raises(SpecError, match="remote"):
        resolver.target("https://example.com/x.json#/A", "/a")
    with pytest.raises(SpecError, match="another file") as raised:
        resolver.target("x.json#/A", "/a")
    assert "remote" not in raised.value.message and raised.value.pointer == "/a/$ref"


def spec_with_operation(operation: dict[str, Any], **components: Any) -> str:
    document = json.loads(main_spec({}, **components))
    document["paths"]["/things"]["get"] = operation
    return json.dumps(document)


BROKEN = {"$ref": "#/components/schemas/Nope"}
OK_200 = {"200": {"description": "ok"}}


def test_refs_are_checked_by_the_document_structure(tmp_path: Path) -> None:
    """``default`` and ``examples`` are data in a schema, but a ``default`` response and an
    ``examples`` map of a parameter hold references that must resolve."""
    responses = {**OK_200, "default": BROKEN}
    write_tree(tmp_path, {"a.yaml": spec_with_operation({"responses": responses})})
    with pytest.raises(SpecError) as raised:
        load_spec(tmp_path / "a.yaml")
    assert raised.value.pointer == "/paths/~1things/get/responses/default/$ref"

    parameter = {"name": "q", "in": "query", "schema": {}, "examples": {"one": BROKEN}}
    operation = {"parameters": [parameter], "responses": OK_200}
    write_tree(tmp_path, {"b.yaml": spec_with_operation(operation)})
    with pytest.raises(SpecError) as raised:
        load_spec(tmp_path / "b.yaml")
    assert raised.value.pointer == "/paths/~1things/get/parameters/0/examples/one/$ref"

    data = {"type": "object", "default": BROKEN, "example": BROKEN, "enum": [BROKEN]}
    examples = {"Sample": {"value": BROKEN}}
    spec = main_spec(data, examples=examples)
    write_tree(tmp_path, {"c.yaml": spec})
    assert load_spec(tmp_path / "c.yaml").document == json.loads(spec)


# -- bad references, through the command line -----------------------------------------------


def with_ref(ref: str) -> str:
    return main_spec({"type": "object", "properties": {"pet": {"$ref": ref}}})


REF_AT = "/paths/~1things/get/responses/200/content/application~1json/schema/properties/pet/$ref"
PET = json.dumps({"type": "object"})

# name -> (files in spec/, the file blamed, its pointer, fragments of the message)
BAD: dict[str, tuple[dict[str, str], str, str, tuple[str, ...]]] = {
    "https-url": ({"api.yaml": with_ref("https://example.com/pet.yaml")}, "api.yaml", REF_AT,
                  ("remote", "https://example.com/pet.yaml")),
    "http-url-in-another-file": (
        {"api.yaml": with_ref("pet.yaml"), "pet.yaml": json.dumps({"$ref": "http://x/p.yaml"})},
        "pet.yaml", "/$ref", ("remote",)),
    "file-url": ({"api.yaml": with_ref("file:///etc/passwd")}, "api.yaml", REF_AT, ("remote",)),
    "ftp-url": ({"api.yaml": with_ref("ftp://host/pet.yaml")}, "api.yaml", REF_AT, ("remote",)),
    "network-path": ({"api.yaml": with_ref("//host/pet.yaml")}, "api.yaml", REF_AT, ("remote",)),
    "absolute-path": ({"api.yaml": with_ref("/etc/passwd")}, "api.yaml", REF_AT, ("relative",)),
    "outside-the-folder": ({"api.yaml": with_ref("../../etc/passwd")}, "api.yaml", REF_AT,
                           ("outside",)),
    "outside-though-it-exists": ({"api.yaml": with_ref("../secret.yaml")}, "api.yaml", REF_AT,
                                 ("outside",)),
    "encoded-escape": ({"api.yaml": with_ref("%2e%2e/secret.yaml")}, "api.yaml", REF_AT,
                       ("outside",)),
    "missing-file": ({"api.yaml": with_ref("nowhere.yaml")}, "api.yaml", REF_AT,
                     ("nowhere.yaml",)),
    "a-folder": ({"api.yaml": with_ref("sub"), "sub/x.yaml": PET}, "api.yaml", REF_AT,
                 ("no file",)),
    "invalid-yaml": ({"api.yaml": with_ref("pet.yaml"), "pet.yaml": "a: [\n"}, "api.yaml",
                     REF_AT, ("pet.yaml", "invalid yaml")),
    "invalid-json": ({"api.yaml": with_ref("pet.json"), "pet.json": '{"a": '}, "api.yaml",
                     REF_AT, ("pet.json", "invalid json")),
    "alias-bomb": ({"api.yaml": with_ref("pet.yaml"), "pet.yaml": BILLION_LAUGHS}, "api.yaml",
                   REF_AT, ("pet.yaml", "aliases")),
    "broken-pointer": ({"api.yaml": with_ref("pet.yaml#/Nope"), "pet.yaml": PET}, "api.yaml",
                       REF_AT, ("pet.yaml#/Nope",)),
    "broken-pointer-in-another-file": (
        {"api.yaml": with_ref("sub/pet.yaml"),
         "sub/pet.yaml": json.dumps({"properties": {"x": {"$ref": "#/definitions/X"}}})},
        "sub/pet.yaml", "/properties/x/$ref", ("sub/pet.yaml#/definitions/X",)),
    "path-item-including-itself": (
        {"api.yaml": json.dumps({"openapi": "3.1.0", "info": {"title": "T", "version": "1"},
                                 "paths": {"/x": {"$ref": "loop.yaml"}}}),
         "loop.yaml": json.dumps({"$ref": "loop.yaml"})},
        "loop.yaml", "/$ref", ("itself",)),
}  # fmt: skip


@pytest.mark.parametrize("name", list(BAD))
def test_bad_reference_is_one_error_line(name: str, tmp_path: Path) -> None:
    files, blamed, at, fragments = BAD[name]
    write_tree(tmp_path / "spec", files)
    (tmp_path / "secret.yaml").write_text("type: object\n")
    before = snapshot(tmp_path)

    result = invoke_generator(
        tmp_path, "generate", "spec/api.yaml", "--out", "out", "--package", "p"
    )

    assert "Traceback" not in result.stderr + result.stdout
    assert result.returncode == EXIT_BAD_INPUT, (result.returncode, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    file, pointer, message = parse_error_line(lines[0])
    assert file == os.path.join("spec", blamed), lines[0]
    assert pointer == at, lines[0]
    for fragment in fragments:
        assert fragment.lower() in message.lower(), lines[0]
    assert snapshot(tmp_path) == before  # no output folder, nothing else written
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_symbolic_link_out_of_the_folder_is_refused(tmp_path: Path) -> None:
    write_tree(tmp_path / "spec", {"api.yaml": with_ref("link.yaml")})
    (tmp_path / "secret.yaml").write_text("type: object\n")
    (tmp_path / "spec" / "link.yaml").symlink_to(tmp_path / "secret.yaml")
    result = invoke_generator(
        tmp_path, "generate", "spec/api.yaml", "--out", "out", "--package", "p"
    )
    assert result.returncode == EXIT_BAD_INPUT, result.stderr
    file, pointer, message = parse_error_line(result.stderr.strip())
    assert (file, pointer) == (os.path.join("spec", "api.yaml"), REF_AT)
    assert "outside" in message and not (tmp_path / "out").exists()


def test_an_alias_bomb_in_the_spec_itself_is_refused(tmp_path: Path) -> None:
    """load.py's reader bounds what aliases expand to, not only how many there are."""
    spec = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n" + BILLION_LAUGHS
    spec += "paths: {/a: {get: {responses: {'200': {description: ok}}}}}\n"
    write_tree(tmp_path, {"api.yaml": spec})
    result = run_generator(tmp_path, "generate", "api.yaml", "--out", "out", timeout=30)
    assert result.returncode == EXIT_BAD_INPUT, result.stderr
    assert "aliases expand" in result.stderr and len(result.stderr.splitlines()) == 1
