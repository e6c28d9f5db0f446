"""Problem tables in and published results out: the table layouts, preprocessing into job specs, and the
published parquet dataset.

``layouts`` (one documented layout per problem kind, read from any ObjectStoragePath URI), ``preprocessing``
(``preprocess_table`` and ``chunked``, for QuantumPreprocessOperator and TaskFlow code), ``publication``
(``write_partition``, ``read_published``). The Great Expectations suites that check them are in ``validation/``.
"""
