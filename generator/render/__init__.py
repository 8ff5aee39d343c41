"""The intermediate model into files: view helpers, Python spelling, templates."""
