"""Facts of the OpenAPI format that several stages need, written once."""

from __future__ import annotations

# The operations a path item may hold, in the order the specification lists them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
