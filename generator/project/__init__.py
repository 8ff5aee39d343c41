"""A project's targets on disk: generate, lock, check, init, update."""
