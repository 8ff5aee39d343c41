"""Tests of the generated client."""
