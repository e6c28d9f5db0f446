"""Operators: submit, batch (one job per problem of a table), preprocess, validate and publish."""
