"""Great Expectations for results: the suite runner and Data Docs (`gx`) and the result suites (`results`).

The input suite, which checks problem tables, is `tables/input_suite.py`.
"""
