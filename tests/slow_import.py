"""A module whose import takes minutes: preloaded by a test's fork server, it stands for a host too busy to start
the batch pool soon (tests/unit/test_batch_head_start.py). Nothing else imports it."""

import time

time.sleep(300)
