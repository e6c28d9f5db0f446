"""The variational engine: ansatz builders, the optimizer loop, checkpoint/resume and result extraction.

Import the submodules (``runner``, ``optimizers``) explicitly; this package stays cheap to import.
"""
