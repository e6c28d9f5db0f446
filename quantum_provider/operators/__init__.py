"""Operators: submit (and, later, preprocess and validate)."""
