"""The intermediate model and its builders: operations, types, names, the listing."""
