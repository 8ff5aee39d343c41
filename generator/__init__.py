"""specgen: OpenAPI 3.0/3.1 document -> intermediate model -> typed Python client package."""

__version__ = "0.1.0"
