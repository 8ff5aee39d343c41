"""Hypothesis strategies for random, valid-looking OpenAPI 3.0 and 3.1 documents.

The documents are what a real spec could plausibly contain, with the text chosen to be hostile:
property names that are keywords, dunders, builtins, pydantic members or collide after
snake_case; descriptions that try to close docstrings or open Jinja tags; enum values with
quotes, newlines and NULs. Most documents generate; some are refused with a ``SpecError``
(duplicate client methods, recursive non-object components, ...), which is a fine outcome too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

JSON = dict[str, Any]
Draw = st.DrawFn

V30, V31 = "3.0.3", "3.1.0"

# -- text ----------------------------------------------------------------------------------------

HOSTILE_TEXT = (
    '"""',
    "'''",
    '"',
    "\\",
    "\\n",
    "\\x00",
    "{{ 7*7 }}",
    "{% raw %}",
    "{% endraw %}",
    "{#",
    "#}",
    "\x00",
    "\x1b[31m",
    "\u2028",
    "\u2029",
    "\x85",
    "\r\n",
    "\r",
    "\n",
    "\t",
    "\x0b\x0c",
    "# noqa",
    "'); import os; os._exit(99) #",
    "ünïcödé 日本語 😀",
    "   ",
    "end\\",
)

# Names that Python, pydantic, the generated runtime or snake_case make interesting.
HOSTILE_NAMES = (
    "id", "type", "class", "class_", "def", "None", "True", "self", "cls", "__init__", "__class__",
    "__dict__", "_", "__", "_private", "model_config", "model_fields", "model_dump",
    "model_validate", "model_extra", "model_copy", "model_post_init", "schema", "json", "dict",
    "copy", "fields", "from_orm", "parse_obj", "validate", "construct", "datetime", "Any",
    "Literal", "Field", "BaseModel", "annotations", "typing", "builtins", "pydantic", "list",
    "str", "int", "float", "bool", "bytes", "object", "1st", "2", "x-dashed.name", "foo-bar",
    "foo_bar", "foo_bar_", "fooBar", "FooBar", "FOO_BAR", "foo bar", "", " ", "ünïcödé", "日本語",
    "😀", "a/b", "a~b", "$ref", "{id}", "timeout", "extra_headers", "extra_body", "extra_query",
    "stream", "kind", "match", "case", "type_", "async", "await", "lambda", "import", "print",
    "NOT_GIVEN", "NotGiven", "request", "client", "options", "line\nbreak", "sep\u2028arated",
    "esc\x1b[0m", "tab\there",
)  # fmt: skip

# Component names as OpenAPI allows them (^[a-zA-Z0-9.\-_]+$), some clashing with our names.
COMPONENT_NAMES = (
    "Pet", "Pets", "pet", "Error", "ErrorResponse", "Model", "Thing", "ThingParam",
    "ThingParams", "Client", "AsyncClient", "BaseModel", "Field", "Any", "Literal", "None",
    "class", "1Thing", "foo-bar", "foo.bar", "Foo_Bar", "FooBar", "Stream", "NotGiven",
    "datetime", "Node", "Tree", "Item", "Items", "RateLimitError", "TypeAlias",
)  # fmt: skip

SEGMENTS = (
    "v1", "v2", "pets", "things", "chat", "completions", "messages", "count_tokens", "class",
    "items-list", "foo.bar", "ünï", "__init__", "1abc", "Client", "list", "with_options",
    "request", "a", "b", "search", "models", "users", "me", "self", "x\ny", "\u2028",
)  # fmt: skip

PARAMETER_NAMES = (
    "id", "class", "timeout", "page", "limit", "X-Request-Id", "x-request-id", "q[]",
    "filter.name", "self", "extra_headers", "extra_query", "from", "thing_id", "thingId",
    "ünï", "1x", "Accept-Language", "session", "api_key", "_", "stream",
)  # fmt: skip

OPERATION_IDS = (
    "listPets", "createPet", "get-thing", "class", "__init__", "doIt", "search_by_tag",
    "retrieve", "with_options", "ünïcödé", "1st", "request", "list", "List", "close",
)  # fmt: skip

identifiers = st.from_regex(r"[a-z][a-zA-Z0-9_]{0,7}", fullmatch=True)


def hostile_text(max_size: int = 4) -> st.SearchStrategy[str]:
    """Text made of hostile fragments, or arbitrary short text."""
    return st.one_of(
        st.lists(st.sampled_from(HOSTILE_TEXT) | identifiers, max_size=max_size).map(" ".join),
        st.text(max_size=12),
    )


def descriptions() -> st.SearchStrategy[str]:
    return hostile_text()


property_names = st.one_of(st.sampled_from(HOSTILE_NAMES), identifiers)
enum_strings = st.one_of(
    st.sampled_from(("a", "b", "", "None", "null", 'a"b', "c\nd", "\\", "{{ x }}", "'", "1")),
    st.sampled_from(HOSTILE_NAMES),
    st.text(max_size=6),
)
enum_ints = st.one_of(st.sampled_from((0, 1, -1, 2**31, 2**53 + 1, -(2**63))), st.integers())


def ref(name: str) -> JSON:
    return {"$ref": f"#/components/schemas/{name}"}


# A reference to the n-th component, made real (or replaced) once the components are known:
# the strategies are built once per version instead of once per set of component names.
placeholder_refs = st.integers(0, 7).map(lambda index: {"$ref": index})


def resolve_placeholders(node: Any, names: Sequence[str]) -> Any:
    if isinstance(node, list):
        return [resolve_placeholders(item, names) for item in node]
    if not isinstance(node, dict):
        return node
    if isinstance(node.get("$ref"), int):
        return ref(names[node["$ref"] % len(names)]) if names else {"type": "object"}
    return {key: resolve_placeholders(value, names) for key, value in node.items()}


# -- schemas -------------------------------------------------------------------------------------


class Schemas:
    """Schema strategies for one OpenAPI version (build them once: see ``for_version``)."""

    def __init__(self, version: str) -> None:
        self.version = version
        self.v31 = version.startswith("3.1")
        self.string = self._string()
        self.number = self._number()
        self.boolean = st.fixed_dictionaries(
            {"type": st.just("boolean")}, optional={"default": st.booleans()}
        )
        self.enum = st.one_of(
            st.lists(enum_strings, min_size=1, max_size=4, unique=True).map(
                lambda values: {"type": "string", "enum": values}
            ),
            st.lists(enum_ints, min_size=1, max_size=4, unique=True).map(
                lambda values: {"type": "integer", "enum": values}
            ),
        )
        mixed = st.one_of(st.none(), st.booleans(), st.integers(0, 2), st.just(1.0), enum_strings)
        self.mixed_enum = st.lists(mixed, min_size=1, max_size=4).map(lambda v: {"enum": v})
        self.leaves = self.decorated(self._leaves())
        self.schemas = st.recursive(self.leaves, self._extend, max_leaves=8)
        self.small_schemas = st.recursive(self.leaves, self._extend, max_leaves=3)
        # Bodies, error bodies and components: mostly objects, sometimes anything.
        self.objects = st.one_of(
            self.object(self.small_schemas),
            self.object(self.small_schemas),
            self.object(self.small_schemas),
            self.all_of(self.small_schemas),
            placeholder_refs,
            self.schemas,
        )
        self.components = st.one_of(
            self.object(self.small_schemas),
            self.object(self.small_schemas),
            self.object(self.small_schemas),
            self.all_of(self.small_schemas),
            self.schemas,
        )
        simple = st.one_of(self.string, self.number, self.boolean, self.enum)
        self.parameter_schemas = st.one_of(
            simple,
            simple,
            simple.map(lambda items: {"type": "array", "items": items}),
            self.small_schemas,
        )

    # leaves

    def _string(self) -> st.SearchStrategy[JSON]:
        return st.fixed_dictionaries(
            {"type": st.just("string")},
            optional={
                "format": st.sampled_from(
                    ("date-time", "date", "uuid", "binary", "byte", "email", "password")
                ),
                "minLength": st.integers(0, 3),
                "maxLength": st.integers(3, 12),
                "default": enum_strings,
                "example": enum_strings,
                "description": descriptions(),
            },
        )

    def _number(self) -> st.SearchStrategy[JSON]:
        bounds: dict[str, st.SearchStrategy[Any]] = {
            "minimum": st.integers(-100, 0),
            "maximum": st.integers(1, 100),
            "default": st.integers(0, 1),
            "example": st.integers(0, 1),
            "format": st.sampled_from(("int32", "int64", "float", "double")),
        }
        if self.v31:
            bounds["exclusiveMinimum"] = st.integers(-200, -101)
        else:
            bounds["exclusiveMaximum"] = st.booleans()
        return st.fixed_dictionaries(
            {"type": st.sampled_from(("integer", "number"))}, optional=bounds
        )

    def _leaves(self) -> st.SearchStrategy[JSON]:
        const: st.SearchStrategy[JSON]
        if self.v31:
            const = st.one_of(
                enum_strings.map(lambda value: {"type": "string", "const": value}),
                enum_ints.map(lambda value: {"type": "integer", "const": value}),
            )
        else:
            const = enum_strings.map(lambda value: {"type": "string", "enum": [value]})
        options = [
            self.string,
            self.number,
            self.boolean,
            self.enum,
            self.mixed_enum,
            const,
            st.just({}),
            st.just({"type": "object"}),
            placeholder_refs,
            placeholder_refs,
        ]
        if self.v31:
            options.append(
                st.lists(
                    st.sampled_from(("string", "integer", "number", "boolean", "null")),
                    min_size=2,
                    max_size=3,
                    unique=True,
                ).map(lambda types: {"type": types})
            )
        return st.one_of(options)

    # decorations

    def decorated(self, schemas: st.SearchStrategy[JSON]) -> st.SearchStrategy[JSON]:
        return st.builds(
            self._decorate,
            schemas,
            nullable=st.integers(0, 4).map(lambda n: n == 0),
            description=st.none() | descriptions(),
        )

    def _decorate(self, schema: JSON, nullable: bool, description: str | None) -> JSON:
        if "$ref" in schema:
            if not nullable:
                return schema
            if self.v31:
                return {"anyOf": [schema, {"type": "null"}]}
            return {"allOf": [schema], "nullable": True}
        schema = dict(schema)
        if description is not None:
            schema["description"] = description
        if nullable:
            if not self.v31:
                schema["nullable"] = True
            elif isinstance(schema.get("type"), str):
                schema["type"] = [schema["type"], "null"]
                if "enum" in schema:
                    schema["enum"] = [*schema["enum"], None]
            else:
                schema = {"anyOf": [schema, {"type": "null"}]}
        return schema

    # containers

    def _extend(self, children: st.SearchStrategy[JSON]) -> st.SearchStrategy[JSON]:
        return self.decorated(
            st.one_of(
                self.object(children),
                self.object(children),
                self.array(children),
                self.map(children),
                self.union(children),
                self.tagged_union(children),
                self.all_of(children),
            )
        )

    @staticmethod
    def object(children: st.SearchStrategy[JSON]) -> st.SearchStrategy[JSON]:
        return _object(children)

    @staticmethod
    def array(children: st.SearchStrategy[JSON]) -> st.SearchStrategy[JSON]:
        return st.fixed_dictionaries(
            {"type": st.just("array"), "items": children},
            optional={"minItems": st.integers(0, 2), "maxItems": st.integers(2, 4)},
        )

    @staticmethod
    def map(children: st.SearchStrategy[JSON]) -> st.SearchStrategy[JSON]:
        return children.map(lambda value: {"type": "object", "additionalProperties": value})

    @staticmethod
    def union(children: st.SearchStrategy[JSON]) -> st.SearchStrategy[JSON]:
        def build(keyword: str, variants: list[JSON], tag: str | None) -> JSON:
            # A declared discriminator the variants may well not support.
            return {keyword: variants, **({"discriminator": {"propertyName": tag}} if tag else {})}

        return st.builds(
            build,
            st.sampled_from(("oneOf", "anyOf")),
            st.lists(children, min_size=1, max_size=3),
            st.none() | st.none() | st.none() | property_names,
        )

    def tagged_union(self, children: st.SearchStrategy[JSON]) -> st.SearchStrategy[JSON]:
        """Object variants each setting a distinct single value of one property, with or
        without a declared discriminator."""
        return _tagged_union(children, self.v31)

    def all_of(self, children: st.SearchStrategy[JSON]) -> st.SearchStrategy[JSON]:
        return st.builds(
            lambda first, second: {"allOf": [first, second]},
            st.one_of(placeholder_refs, self.object(children), children),
            self.object(children),
        )


@st.composite
def _object(draw: Draw, children: st.SearchStrategy[JSON]) -> JSON:
    properties = draw(st.dictionaries(property_names, children, min_size=1, max_size=5))
    schema: JSON = {"type": "object", "properties": properties}
    required = draw(st.lists(st.sampled_from(sorted(properties)), unique=True))
    if required:
        schema["required"] = required
    extra = draw(st.sampled_from(("absent", "absent", "true", "false", "schema")))
    if extra == "true":
        schema["additionalProperties"] = True
    elif extra == "false":
        schema["additionalProperties"] = False
    elif extra == "schema":
        schema["additionalProperties"] = draw(children)
    return schema


@st.composite
def _tagged_union(draw: Draw, children: st.SearchStrategy[JSON], v31: bool) -> JSON:
    tag = draw(st.sampled_from(("type", "kind", "object")) | property_names)
    values = draw(st.lists(enum_strings, min_size=1, max_size=3, unique=True))
    variants = []
    for value in values:
        others = draw(st.dictionaries(property_names, children, max_size=2))
        single = {"const": value} if v31 and draw(st.booleans()) else {"enum": [value]}
        variants.append(
            {
                "type": "object",
                "properties": {**others, tag: {"type": "string", **single}},
                "required": [tag],
            }
        )
    schema: JSON = {draw(st.sampled_from(("oneOf", "anyOf"))): variants}
    if draw(st.booleans()):
        schema["discriminator"] = {"propertyName": tag}
    return schema


_BY_VERSION: dict[str, Schemas] = {}


def for_version(version: str) -> Schemas:
    if version not in _BY_VERSION:
        _BY_VERSION[version] = Schemas(version)
    return _BY_VERSION[version]


# -- operations and documents --------------------------------------------------------------------

SUCCESS_STATUSES = ("200", "200", "201", "202", "204")
ERROR_STATUSES = ("400", "401", "404", "409", "418", "422", "429", "451", "500", "503", "default")
METHODS = ("get", "post", "put", "patch", "delete")
PATH_PARAMETERS = ("id", "thing_id", "class", "from", "x-y", "1x")


@st.composite
def paths(draw: Draw) -> tuple[str, tuple[str, ...]]:
    """A path and the names of its path parameters."""
    segments = draw(
        st.lists(
            st.one_of(
                st.sampled_from(SEGMENTS),
                identifiers,
                st.sampled_from(PATH_PARAMETERS).map(lambda name: "{" + name + "}"),
            ),
            min_size=1,
            max_size=4,
            unique=True,
        )
    )
    parameters = tuple(s[1:-1] for s in segments if s.startswith("{"))
    return "/" + "/".join(segments), parameters


@st.composite
def media(draw: Draw, schemas: Schemas, error: bool) -> JSON:
    """The ``content`` of a response: JSON mostly, sometimes text, a file or problem+json."""
    kind = draw(st.sampled_from(("json", "json", "json", "text", "binary", "problem")))
    if kind == "text":
        return {"text/plain": {"schema": {"type": "string"}}}
    if kind == "binary":
        return {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}
    schema = draw(schemas.objects if error or draw(st.booleans()) else schemas.schemas)
    content_type = "application/problem+json" if kind == "problem" else "application/json"
    return {content_type: {"schema": schema}}


@st.composite
def responses(draw: Draw, schemas: Schemas) -> JSON:
    result: JSON = {}
    status = draw(st.sampled_from(SUCCESS_STATUSES))
    response: JSON = {"description": draw(descriptions())}
    if status != "204" and draw(st.integers(0, 5)) > 0:
        response["content"] = draw(media(schemas, error=False))
    result[status] = response
    for error in draw(st.lists(st.sampled_from(ERROR_STATUSES), max_size=3, unique=True)):
        response = {"description": draw(descriptions())}
        if draw(st.integers(0, 3)) > 0:
            response["content"] = draw(media(schemas, error=True))
        result[error] = response
    return result


@st.composite
def parameters(draw: Draw, schemas: Schemas, path_parameters: tuple[str, ...]) -> list[JSON]:
    result: list[JSON] = [
        {
            "name": name,
            "in": "path",
            "required": True,
            "schema": draw(st.sampled_from(({"type": "string"}, {"type": "integer"}))),
        }
        for name in path_parameters
    ]
    seen = {(name, "path") for name in path_parameters}
    for _ in range(draw(st.integers(0, 4))):
        name = draw(st.sampled_from(PARAMETER_NAMES) | property_names)
        location = draw(st.sampled_from(("query", "query", "header", "cookie")))
        if (name, location) in seen:
            continue
        seen.add((name, location))
        parameter: JSON = {"name": name, "in": location, "schema": draw(schemas.parameter_schemas)}
        if draw(st.booleans()):
            parameter["required"] = draw(st.booleans())
        if draw(st.booleans()):
            parameter["description"] = draw(descriptions())
        if draw(st.integers(0, 5)) == 0:
            parameter["deprecated"] = True
        result.append(parameter)
    return result


OPTIONAL_OPERATION_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "operationId": st.sampled_from(OPERATION_IDS) | identifiers,
    "tags": st.lists(st.sampled_from(("pets", "class", "ünï", "")), max_size=2),
    "deprecated": st.booleans(),
    "summary": descriptions(),
    "description": descriptions(),
}


@st.composite
def operations(draw: Draw, schemas: Schemas, method: str, path_parameters: tuple[str, ...]) -> JSON:
    operation: JSON = {"responses": draw(responses(schemas))}
    params = draw(parameters(schemas, path_parameters))
    if params:
        operation["parameters"] = params
    sends = method in ("post", "put", "patch") or (method == "delete" and draw(st.booleans()))
    if sends and draw(st.integers(0, 4)) > 0:
        body: JSON = {"content": {"application/json": {"schema": draw(schemas.objects)}}}
        if draw(st.booleans()):
            body["required"] = draw(st.booleans())
        if draw(st.integers(0, 15)) == 0:  # not JSON: refused, or JSON among others
            body["content"]["application/x-www-form-urlencoded"] = {"schema": {}}
            if draw(st.booleans()):
                del body["content"]["application/json"]
        operation["requestBody"] = body
    for key, values in OPTIONAL_OPERATION_FIELDS.items():
        if draw(st.integers(0, 2)) == 0:
            operation[key] = draw(values)
    return operation


@st.composite
def documents(draw: Draw, max_operations: int = 4) -> JSON:
    """A whole OpenAPI document: components that may refer to each other (and to
    themselves), and a few operations on random paths."""
    version = draw(st.sampled_from((V30, V31)))
    schemas = for_version(version)
    names = draw(st.lists(st.sampled_from(COMPONENT_NAMES), max_size=4, unique=True))
    components = {name: draw(schemas.components) for name in names}
    document: JSON = {
        "openapi": version,
        "info": {
            "title": draw(st.sampled_from(("T", "Pet Store")) | descriptions()),
            "version": draw(st.sampled_from(("1", "1.0.0", "2024-01-01"))),
        },
        "paths": {},
    }
    if draw(st.booleans()):
        document["info"]["description"] = draw(descriptions())
    count = draw(st.integers(1, max_operations))
    for path, path_parameters in draw(
        st.lists(paths(), min_size=1, max_size=count, unique_by=lambda p: p[0])
    ):
        methods = draw(st.lists(st.sampled_from(METHODS), min_size=1, max_size=2, unique=True))
        document["paths"][path] = {
            method: draw(operations(schemas, method, path_parameters)) for method in methods
        }
    if components:
        document["components"] = {"schemas": components}
    auth = draw(st.sampled_from(("none", "bearer", "header", "query")))
    if auth != "none":
        scheme: JSON = {"type": "http", "scheme": "bearer"}
        if auth != "bearer":
            scheme = {"type": "apiKey", "in": auth, "name": draw(st.sampled_from(PARAMETER_NAMES))}
        document.setdefault("components", {})["securitySchemes"] = {"auth": scheme}
        document["security"] = [{"auth": []}]
    if draw(st.booleans()):
        document["servers"] = [{"url": draw(st.sampled_from(("https://api.example.com/v1/", "/")))}]
    return resolve_placeholders(document, names)  # type: ignore[no-any-return]
